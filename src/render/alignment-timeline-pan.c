/* alignment-timeline-pan.c: a panned frame from the one before
 *
 * While the timeline is dragged, each frame shows most of the last one
 * moved sideways.  Moving pixels costs a copy; drawing them again costs
 * every link, marker and id in view.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "alignment-pixels.h"
#include "alignment-timeline-painter-private.h"

/* Everything but the dates must be the same for the frame to be reused. */
static gboolean
only_moved (const AlignmentTimelineOptions *a,
            const AlignmentTimelineOptions *b)
{
  double span_a = a->last_day - a->first_day;
  double span_b = b->last_day - b->first_day;

  return a->lanes == b->lanes && a->width == b->width && a->height == b->height
         && a->lane_offset == b->lane_offset && a->today == b->today
         && a->trust_strip == b->trust_strip && a->legend == b->legend
         && a->levels == b->levels && g_strcmp0 (a->board, b->board) == 0
         && a->font_size == b->font_size && a->legend_width == b->legend_width
         && fabs (span_a - span_b) <= 1e-9 * MAX (span_a, 1.0);
}

gboolean
alignment_timeline_paint_panned (cairo_t                        *cr,
                                 const AlignmentTimelineLayout  *layout,
                                 const AlignmentTimelineStyle   *style,
                                 cairo_surface_t                *previous,
                                 const AlignmentTimelineOptions *previous_options)
{
  const AlignmentTimelineRect *plot = &layout->plot;
  const AlignmentTimelineOptions *o = &layout->options;
  double shift, device_shift, sx = 1, sy = 0, pixel, strip_x0, strip_x1, col_x0, col_x1;

  g_return_val_if_fail (cr != NULL && layout != NULL && previous != NULL && previous_options != NULL, FALSE);

  if (!only_moved (o, previous_options) || plot->width <= 0)
    return FALSE;

  /* Whole device pixels only: the pixels are moved, not resampled. */
  cairo_user_to_device_distance (cr, &sx, &sy);
  if (!(sx > 0) || sy != 0)
    return FALSE;
  shift = (previous_options->first_day - o->first_day) * layout->px_per_day;
  device_shift = round (shift * sx);
  shift = device_shift / sx;
  pixel = 1 / sx;
  if (fabs (shift) + 2 * pixel >= plot->width)
    return FALSE;

  /* What stays in view, moved. */
  cairo_save (cr);
  cairo_rectangle (cr, plot->x, plot->y, plot->width, plot->height);
  cairo_clip (cr);
  cairo_set_operator (cr, CAIRO_OPERATOR_SOURCE);
  cairo_set_source_surface (cr, previous, shift, 0);
  cairo_paint (cr);
  cairo_restore (cr);

  /* The strip that comes into view, a pixel wider on each side for the
   * edge the old frame's clip cut through. */
  if (shift > 0)
    {
      strip_x0 = plot->x;
      strip_x1 = plot->x + shift + 2 * pixel;
    }
  else
    {
      strip_x0 = plot->x + plot->width + shift - 2 * pixel;
      strip_x1 = plot->x + plot->width;
    }
  if (shift != 0)
    {
      double strip_y0 = plot->y, strip_y1 = plot->y + plot->height;
      AlignmentPixels grid;

      /* On whole pixels, as the lanes are: what is drawn there is then
       * written straight into them. */
      if (alignment_pixels_grid (&grid, cr))
        alignment_pixels_snap (&grid, &strip_x0, &strip_y0, &strip_x1, &strip_y1);
      cairo_save (cr);
      cairo_rectangle (cr, strip_x0, strip_y0, strip_x1 - strip_x0, strip_y1 - strip_y0);
      cairo_clip (cr);
      alignment_timeline_paint (cr, layout, style);
      cairo_restore (cr);
    }

  /* Beside the lanes, the lane names and the margin do not move with
   * time: they are copied where they were, up to a pixel short of the
   * lanes, whose edge the old frame's clip may have cut through. */
  col_x0 = floor (plot->x * sx) / sx - pixel;
  col_x1 = ceil ((plot->x + plot->width) * sx) / sx + pixel;
  cairo_save (cr);
  cairo_rectangle (cr, 0, plot->y, MAX (col_x0, 0), plot->height);
  cairo_rectangle (cr, col_x1, plot->y, MAX (o->width - col_x1, 0), plot->height);
  cairo_clip (cr);
  cairo_set_operator (cr, CAIRO_OPERATOR_SOURCE);
  cairo_set_source_surface (cr, previous, 0, 0);
  cairo_paint (cr);
  cairo_restore (cr);

  /* Above and below the lanes: the axis's and the strip's labels stay
   * put while their cells move, so all of it is painted again, with
   * the pixel beside each edge of the lanes.  A clip each: through one
   * clip of them all, whose extents are the whole figure, every marker
   * would be drawn for nothing. */
  cairo_save (cr);
  cairo_rectangle (cr, 0, 0, o->width, plot->y);
  cairo_rectangle (cr, 0, plot->y + plot->height, o->width, o->height - plot->y - plot->height);
  cairo_rectangle (cr, col_x0, plot->y, plot->x - col_x0, plot->height);
  cairo_rectangle (cr, plot->x + plot->width, plot->y, col_x1 - plot->x - plot->width, plot->height);
  cairo_clip (cr);
  alignment_timeline_paint (cr, layout, style);
  cairo_restore (cr);

  return TRUE;
}
