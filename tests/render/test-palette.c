/* test-palette.c: the colours of the figures
 *
 * What a reader would notice: trust lost, no change and trust gained
 * look different in every style; the blue-orange scale is not the
 * red-green one; dark styles are dark and paper is white.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "alignment-palette.h"

static const AlignmentPaletteKind kinds[] = {
  ALIGNMENT_PALETTE_LIGHT,
  ALIGNMENT_PALETTE_DARK,
  ALIGNMENT_PALETTE_HIGH_CONTRAST,
  ALIGNMENT_PALETTE_HIGH_CONTRAST_DARK,
  ALIGNMENT_PALETTE_PRINT,
};

static const AlignmentScale scales[] = {
  ALIGNMENT_SCALE_RED_GREEN,
  ALIGNMENT_SCALE_BLUE_ORANGE,
};

/* Euclidean distance in sRGB, 0 … √3. */
static double
distance (const AlignmentRgba *a,
          const AlignmentRgba *b)
{
  return sqrt ((a->red - b->red) * (a->red - b->red)
               + (a->green - b->green) * (a->green - b->green)
               + (a->blue - b->blue) * (a->blue - b->blue));
}

static gboolean
same (const AlignmentRgba *a,
      const AlignmentRgba *b)
{
  return distance (a, b) < 1e-6 && fabs (a->alpha - b->alpha) < 1e-6;
}

static double
luminance (const AlignmentRgba *c)
{
  return 0.2126 * c->red + 0.7152 * c->green + 0.0722 * c->blue;
}

static gboolean
is_dark (AlignmentPaletteKind kind)
{
  return kind == ALIGNMENT_PALETTE_DARK || kind == ALIGNMENT_PALETTE_HIGH_CONTRAST_DARK;
}

/* -, 0 and + are three colours apart from each other, the ends of the
 * scale are the palette's own, and beyond ±1 nothing changes. */
static void
test_diverging (void)
{
  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    for (guint s = 0; s < G_N_ELEMENTS (scales); s++)
      {
        const AlignmentPalette *palette = alignment_palette_get (kinds[k], scales[s]);
        AlignmentRgba lost, none, gained, far_lost, far_gained, half;

        alignment_palette_diverge (palette, -1, &lost);
        alignment_palette_diverge (palette, 0, &none);
        alignment_palette_diverge (palette, 1, &gained);
        alignment_palette_diverge (palette, -7, &far_lost);
        alignment_palette_diverge (palette, 7, &far_gained);
        alignment_palette_diverge (palette, 0.5, &half);

        g_assert_cmpfloat (distance (&lost, &none), >, 0.25);
        g_assert_cmpfloat (distance (&gained, &none), >, 0.25);
        g_assert_cmpfloat (distance (&lost, &gained), >, 0.25);

        g_assert_true (same (&lost, &palette->negative));
        g_assert_true (same (&none, &palette->neutral));
        g_assert_true (same (&gained, &palette->positive));
        g_assert_true (same (&far_lost, &lost));
        g_assert_true (same (&far_gained, &gained));

        /* Half way is neither end. */
        g_assert_cmpfloat (distance (&half, &none), >, 0.05);
        g_assert_cmpfloat (distance (&half, &gained), >, 0.05);
      }
}

/* The blue-orange scale changes the ends of the scale, nothing else. */
static void
test_blue_orange (void)
{
  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    {
      const AlignmentPalette *red_green = alignment_palette_get (kinds[k], ALIGNMENT_SCALE_RED_GREEN);
      const AlignmentPalette *blue_orange = alignment_palette_get (kinds[k], ALIGNMENT_SCALE_BLUE_ORANGE);

      g_assert_true (red_green != blue_orange);
      g_assert_cmpfloat (distance (&red_green->negative, &blue_orange->negative), >, 0.1);
      g_assert_cmpfloat (distance (&red_green->positive, &blue_orange->positive), >, 0.1);
      /* Gained is blue: more blue than red. */
      g_assert_cmpfloat (blue_orange->positive.blue, >, blue_orange->positive.red);
      /* Lost is orange: more red than blue. */
      g_assert_cmpfloat (blue_orange->negative.red, >, blue_orange->negative.blue);

      g_assert_true (same (&red_green->neutral, &blue_orange->neutral));
      g_assert_true (same (&red_green->background, &blue_orange->background));
      g_assert_true (same (&red_green->foreground, &blue_orange->foreground));
      g_assert_true (same (&red_green->accent, &blue_orange->accent));

      /* The same palette every time: painters may keep the pointer. */
      g_assert_true (alignment_palette_get (kinds[k], ALIGNMENT_SCALE_BLUE_ORANGE) == blue_orange);
      g_assert_true (alignment_palette_get (kinds[k], ALIGNMENT_SCALE_RED_GREEN) == red_green);
    }
}

/* Dark styles are dark with light text, the others light with dark text;
 * paper is white; every signal type has a colour of its own. */
static void
test_styles (void)
{
  const AlignmentPalette *print = alignment_palette_get (ALIGNMENT_PALETTE_PRINT, ALIGNMENT_SCALE_RED_GREEN);
  const AlignmentRgba white = { 1, 1, 1, 1 };

  g_assert_true (same (&print->background, &white));

  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    {
      const AlignmentPalette *palette = alignment_palette_get (kinds[k], ALIGNMENT_SCALE_RED_GREEN);
      double bg = luminance (&palette->background);
      double fg = luminance (&palette->foreground);

      if (is_dark (kinds[k]))
        g_assert_cmpfloat (bg, <, fg);
      else
        g_assert_cmpfloat (bg, >, fg);
      g_assert_cmpfloat (fabs (bg - fg), >, 0.5);

      for (guint a = 0; a < G_N_ELEMENTS (palette->signal_type); a++)
        for (guint b = a + 1; b < G_N_ELEMENTS (palette->signal_type); b++)
          g_assert_cmpfloat (distance (&palette->signal_type[a], &palette->signal_type[b]), >, 0.1);
    }

  /* The dark style is not the light one. */
  g_assert_cmpfloat (distance (&alignment_palette_get (ALIGNMENT_PALETTE_DARK, ALIGNMENT_SCALE_RED_GREEN)->background,
                               &alignment_palette_get (ALIGNMENT_PALETTE_LIGHT, ALIGNMENT_SCALE_RED_GREEN)->background),
                     >, 0.5);
}

/* Numbers on a cell are black on light colours and white on dark ones. */
static void
test_text_on (void)
{
  const AlignmentRgba black = { 0, 0, 0, 1 }, white = { 1, 1, 1, 1 };
  const AlignmentRgba yellow = { 1, 0.9, 0.3, 1 }, navy = { 0.05, 0.1, 0.35, 1 };
  AlignmentRgba text;

  alignment_rgba_text_on (&white, &text);
  g_assert_true (same (&text, &black));
  alignment_rgba_text_on (&yellow, &text);
  g_assert_true (same (&text, &black));
  alignment_rgba_text_on (&black, &text);
  g_assert_true (same (&text, &white));
  alignment_rgba_text_on (&navy, &text);
  g_assert_true (same (&text, &white));

  /* Readable at both ends of every scale. */
  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    for (guint s = 0; s < G_N_ELEMENTS (scales); s++)
      {
        const AlignmentPalette *palette = alignment_palette_get (kinds[k], scales[s]);
        const AlignmentRgba *ends[] = { &palette->negative, &palette->neutral, &palette->positive };

        for (guint e = 0; e < G_N_ELEMENTS (ends); e++)
          {
            alignment_rgba_text_on (ends[e], &text);
            g_assert_cmpfloat (fabs (luminance (&text) - luminance (ends[e])), >, 0.3);
          }
      }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/palette/diverging", test_diverging);
  g_test_add_func ("/palette/blue-orange", test_blue_orange);
  g_test_add_func ("/palette/styles", test_styles);
  g_test_add_func ("/palette/text-on", test_text_on);

  return g_test_run ();
}
