/* alignment-palette.h: the colours of every figure, per style
 *
 * The painters draw with a palette, never with colours of their own, so
 * the screen follows the light, dark and high-contrast styles and print
 * and export always use the light print palette.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <glib.h>

#include "alignment-enums.h"

G_BEGIN_DECLS

typedef struct
{
  double red, green, blue, alpha;
} AlignmentRgba;

typedef enum
{
  ALIGNMENT_PALETTE_LIGHT,
  ALIGNMENT_PALETTE_DARK,
  ALIGNMENT_PALETTE_HIGH_CONTRAST,
  ALIGNMENT_PALETTE_HIGH_CONTRAST_DARK,
  /* Paper: light, and readable in black and white too. */
  ALIGNMENT_PALETTE_PRINT,
} AlignmentPaletteKind;

/* The diverging scale of trust deltas. */
typedef enum
{
  ALIGNMENT_SCALE_RED_GREEN,
  /* For readers who cannot tell red from green. */
  ALIGNMENT_SCALE_BLUE_ORANGE,
} AlignmentScale;

/* Threads take turns in this many colours, in the list and the figures. */
#define ALIGNMENT_N_THREAD_COLORS 6

typedef struct
{
  AlignmentRgba background;
  AlignmentRgba foreground;     /* text, axis */
  AlignmentRgba muted;          /* secondary text, ticks */
  AlignmentRgba grid;           /* lines behind the data */
  AlignmentRgba lane[ALIGNMENT_N_PARTIES];        /* lane backgrounds */
  AlignmentRgba signal_type[5]; /* by AlignmentSignalType */
  AlignmentRgba thread;         /* a thread's line in the legend */
  AlignmentRgba threads[ALIGNMENT_N_THREAD_COLORS]; /* by thread, in turn */
  AlignmentRgba accent;         /* selection, today */
  AlignmentRgba negative;       /* the ends and middle of the scale */
  AlignmentRgba neutral;
  AlignmentRgba positive;
} AlignmentPalette;

/* The palette of @kind with the trust scale @scale; the result is
 * static. */
const AlignmentPalette *alignment_palette_get      (AlignmentPaletteKind     kind,
                                                    AlignmentScale           scale);

/* The colour of @value on the palette's diverging scale: -1 and below is
 * the negative end, 0 neutral, 1 and above positive. */
void                    alignment_palette_diverge  (const AlignmentPalette  *palette,
                                                    double                   value,
                                                    AlignmentRgba           *color);

/* The colour of thread @thread (from 1; 0 is no thread), the one the
 * signal list gives it too.  The hues are Okabe and Ito's, which readers
 * with any common colour blindness tell apart. */
const AlignmentRgba    *alignment_palette_thread   (const AlignmentPalette  *palette,
                                                    guint                    thread);

/* Black or white, whichever reads better on @background. */
void                    alignment_rgba_text_on     (const AlignmentRgba     *background,
                                                    AlignmentRgba           *text);

static inline void
alignment_rgba_set_source (cairo_t             *cr,
                           const AlignmentRgba *color)
{
  cairo_set_source_rgba (cr, color->red, color->green, color->blue, color->alpha);
}

G_END_DECLS
