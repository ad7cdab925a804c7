/* alignment-trend-painter.h: a small line of a case's trust trend
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <glib.h>

#include "alignment-palette.h"

G_BEGIN_DECLS

/* Paints @values (running net trust deltas, one per month) as a line
 * across @width × @height from the top-left of @cr: a zero line, the line
 * itself, and its last point in the scale's colour for its sign.  The
 * vertical scale is symmetric around zero, so up is gained trust. */
void alignment_trend_paint (cairo_t                *cr,
                            const int              *values,
                            guint                   n_values,
                            double                  width,
                            double                  height,
                            const AlignmentPalette *palette);

G_END_DECLS
