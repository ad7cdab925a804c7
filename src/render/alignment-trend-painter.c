/* alignment-trend-painter.c: a small line of a case's trust trend
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "alignment-trend-painter.h"

void
alignment_trend_paint (cairo_t                *cr,
                       const int              *values,
                       guint                   n_values,
                       double                  width,
                       double                  height,
                       const AlignmentPalette *palette)
{
  const double pad = 3.0;
  double extent = 1.0;
  double mid = height / 2.0;
  double step, scale;
  int last;
  AlignmentRgba color;

  g_return_if_fail (cr != NULL && palette != NULL);

  for (guint i = 0; i < n_values; i++)
    extent = MAX (extent, fabs ((double) values[i]));
  scale = (mid - pad) / extent;
  step = n_values > 1 ? (width - 2 * pad) / (n_values - 1) : 0.0;

  cairo_save (cr);

  alignment_rgba_set_source (cr, &palette->grid);
  cairo_set_line_width (cr, 1.0);
  cairo_move_to (cr, pad, floor (mid) + 0.5);
  cairo_line_to (cr, width - pad, floor (mid) + 0.5);
  cairo_stroke (cr);

  if (n_values == 0)
    {
      cairo_restore (cr);
      return;
    }

  alignment_rgba_set_source (cr, &palette->muted);
  cairo_set_line_width (cr, 1.5);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  for (guint i = 0; i < n_values; i++)
    {
      double x = n_values > 1 ? pad + i * step : width / 2.0;
      double y = mid - values[i] * scale;

      if (i == 0)
        cairo_move_to (cr, x, y);
      else
        cairo_line_to (cr, x, y);
    }
  cairo_stroke (cr);

  /* The end point says where trust stands now: the colour is backed by
   * the position above or below the zero line, never colour alone. */
  last = values[n_values - 1];
  alignment_palette_diverge (palette, last, &color);
  if (last == 0)
    color = palette->muted;
  alignment_rgba_set_source (cr, &color);
  cairo_arc (cr, n_values > 1 ? width - pad : width / 2.0, mid - last * scale, 2.5, 0, 2 * G_PI);
  cairo_fill (cr);

  cairo_restore (cr);
}
