/* alignment-palette.c
 *
 * The colours are GNOME's palette (the HIG's), so the figures sit well
 * beside the rest of the desktop; the threads' are Okabe and Ito's
 * colour-blind-safe set (lighter on dark backgrounds), as there can be
 * six of them side by side.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "alignment-palette.h"

#define RGB(hex) { ((hex) >> 16 & 0xff) / 255.0, ((hex) >> 8 & 0xff) / 255.0, ((hex) & 0xff) / 255.0, 1.0 }

static const AlignmentPalette light = {
  .background = RGB (0xffffff),
  .foreground = RGB (0x241f31),
  .muted = RGB (0x5e5c64),
  .grid = RGB (0xdeddda),
  .lane = { RGB (0xf6f5f4), RGB (0xebf3fc) },
  .signal_type = { RGB (0x77767b), RGB (0x1c71d8), RGB (0x613583), RGB (0xc01c28), RGB (0x26a269) },
  .thread = RGB (0x5e5c64),
  .threads = { RGB (0x0072b2), RGB (0xe69f00), RGB (0x009e73), RGB (0xd55e00), RGB (0xcc79a7), RGB (0x56b4e9) },
  .accent = RGB (0x1c71d8),
  .negative = RGB (0xc01c28),
  .neutral = RGB (0xf6f5f4),
  .positive = RGB (0x26a269),
};

static const AlignmentPalette dark = {
  .background = RGB (0x242424),
  .foreground = RGB (0xffffff),
  .muted = RGB (0xc0bfbc),
  .grid = RGB (0x3d3846),
  .lane = { RGB (0x2e2e2e), RGB (0x262d38) },
  .signal_type = { RGB (0x9a9996), RGB (0x62a0ea), RGB (0xc061cb), RGB (0xf66151), RGB (0x57e389) },
  .thread = RGB (0xc0bfbc),
  .threads = { RGB (0x56b4e9), RGB (0xe69f00), RGB (0x2ec4a0), RGB (0xff7f3f), RGB (0xcc79a7), RGB (0xf0e442) },
  .accent = RGB (0x78aeed),
  .negative = RGB (0xe01b24),
  .neutral = RGB (0x3d3846),
  .positive = RGB (0x2ec27e),
};

static const AlignmentPalette high_contrast = {
  .background = RGB (0xffffff),
  .foreground = RGB (0x000000),
  .muted = RGB (0x000000),
  .grid = RGB (0x77767b),
  .lane = { RGB (0xffffff), RGB (0xe6eef9) },
  .signal_type = { RGB (0x000000), RGB (0x1a5fb4), RGB (0x613583), RGB (0xa51d2d), RGB (0x26a269) },
  .thread = RGB (0x000000),
  .threads = { RGB (0x0072b2), RGB (0xe69f00), RGB (0x009e73), RGB (0xd55e00), RGB (0xcc79a7), RGB (0x56b4e9) },
  .accent = RGB (0x1a5fb4),
  .negative = RGB (0xa51d2d),
  .neutral = RGB (0xffffff),
  .positive = RGB (0x26a269),
};

static const AlignmentPalette high_contrast_dark = {
  .background = RGB (0x000000),
  .foreground = RGB (0xffffff),
  .muted = RGB (0xffffff),
  .grid = RGB (0x9a9996),
  .lane = { RGB (0x000000), RGB (0x1a2433) },
  .signal_type = { RGB (0xffffff), RGB (0x99c1f1), RGB (0xdc8add), RGB (0xff7b63), RGB (0x8ff0a4) },
  .thread = RGB (0xffffff),
  .threads = { RGB (0x56b4e9), RGB (0xe69f00), RGB (0x2ec4a0), RGB (0xff7f3f), RGB (0xcc79a7), RGB (0xf0e442) },
  .accent = RGB (0x99c1f1),
  .negative = RGB (0xff7b63),
  .neutral = RGB (0x000000),
  .positive = RGB (0x8ff0a4),
};

/* Paper: darker hues that keep their difference in grey. */
static const AlignmentPalette print = {
  .background = RGB (0xffffff),
  .foreground = RGB (0x000000),
  .muted = RGB (0x3d3846),
  .grid = RGB (0xc0bfbc),
  .lane = { RGB (0xf6f5f4), RGB (0xe8e8e7) },
  .signal_type = { RGB (0x5e5c64), RGB (0x1a5fb4), RGB (0x613583), RGB (0xa51d2d), RGB (0x26a269) },
  .thread = RGB (0x3d3846),
  .threads = { RGB (0x0072b2), RGB (0xe69f00), RGB (0x009e73), RGB (0xd55e00), RGB (0xcc79a7), RGB (0x56b4e9) },
  .accent = RGB (0x1a5fb4),
  .negative = RGB (0xa51d2d),
  .neutral = RGB (0xffffff),
  .positive = RGB (0x26a269),
};

/* Blue for gained, orange for lost: the pair colour-blind readers tell
 * apart best. */
static const AlignmentRgba blue_light = RGB (0x1c71d8);
static const AlignmentRgba orange_light = RGB (0xe66100);
static const AlignmentRgba blue_dark = RGB (0x62a0ea);
static const AlignmentRgba orange_dark = RGB (0xffa348);

const AlignmentPalette *
alignment_palette_get (AlignmentPaletteKind kind,
                       AlignmentScale       scale)
{
  static AlignmentPalette blue_orange[5];
  static gsize initialized = 0;
  const AlignmentPalette *palettes[] = { &light, &dark, &high_contrast, &high_contrast_dark, &print };

  g_return_val_if_fail (kind <= ALIGNMENT_PALETTE_PRINT, &light);

  if (scale == ALIGNMENT_SCALE_RED_GREEN)
    return palettes[kind];

  if (g_once_init_enter (&initialized))
    {
      for (guint i = 0; i < G_N_ELEMENTS (palettes); i++)
        {
          gboolean is_dark = i == ALIGNMENT_PALETTE_DARK || i == ALIGNMENT_PALETTE_HIGH_CONTRAST_DARK;

          blue_orange[i] = *palettes[i];
          blue_orange[i].negative = is_dark ? orange_dark : orange_light;
          blue_orange[i].positive = is_dark ? blue_dark : blue_light;
        }
      g_once_init_leave (&initialized, 1);
    }

  return &blue_orange[kind];
}

static double
to_linear (double c)
{
  return c <= 0.04045 ? c / 12.92 : pow ((c + 0.055) / 1.055, 2.4);
}

static double
to_srgb (double c)
{
  return c <= 0.0031308 ? c * 12.92 : 1.055 * pow (c, 1 / 2.4) - 0.055;
}

/* Mixed in linear light, so the middle of the scale is not muddy. */
static void
mix (const AlignmentRgba *a,
     const AlignmentRgba *b,
     double               t,
     AlignmentRgba       *out)
{
  out->red = to_srgb (to_linear (a->red) * (1 - t) + to_linear (b->red) * t);
  out->green = to_srgb (to_linear (a->green) * (1 - t) + to_linear (b->green) * t);
  out->blue = to_srgb (to_linear (a->blue) * (1 - t) + to_linear (b->blue) * t);
  out->alpha = a->alpha * (1 - t) + b->alpha * t;
}

void
alignment_palette_diverge (const AlignmentPalette *palette,
                           double                  value,
                           AlignmentRgba          *color)
{
  double t = CLAMP (value, -1.0, 1.0);

  if (t < 0)
    mix (&palette->neutral, &palette->negative, -t, color);
  else
    mix (&palette->neutral, &palette->positive, t, color);
}

const AlignmentRgba *
alignment_palette_thread (const AlignmentPalette *palette,
                          guint                   thread)
{
  /* Thread 1 takes the first colour, as in the signal list. */
  return &palette->threads[(thread + ALIGNMENT_N_THREAD_COLORS - 1) % ALIGNMENT_N_THREAD_COLORS];
}

void
alignment_rgba_text_on (const AlignmentRgba *background,
                        AlignmentRgba       *text)
{
  /* WCAG relative luminance; 0.179 is where black and white have equal
   * contrast. */
  double luminance = 0.2126 * to_linear (background->red)
                   + 0.7152 * to_linear (background->green)
                   + 0.0722 * to_linear (background->blue);
  double v = luminance > 0.179 ? 0.0 : 1.0;

  text->red = text->green = text->blue = v;
  text->alpha = 1.0;
}
