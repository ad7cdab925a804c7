/* alignment-timeline-painter.h: draws a timeline layout on any cairo_t
 *
 * The screen, the printer and file export all draw through here, so what
 * is printed is what is seen.  Colours come from an AlignmentPalette;
 * text is drawn with pango at the layout's font size.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>

#include "alignment-figure-title.h"
#include "alignment-palette.h"
#include "alignment-timeline-layout.h"

G_BEGIN_DECLS

typedef struct
{
  const AlignmentPalette *palette;   /* NULL: the print palette */
  int                     selected;  /* a signal's position, or -1 */
  int                     focused;   /* the keyboard focus, or -1 */
  int                     hovered;   /* or -1 */
  /* Sorted positions of the signals drawn in full: the others and
   * their links are dimmed.  Nothing is dimmed when n_highlight is 0. */
  const guint            *highlight;
  guint                   n_highlight;
  gboolean                background; /* fill the figure first */
  /* A thread drawn over the others (hovered or selected), the other
   * threads' links faded; 0 for none. */
  guint                   emphasis_thread;
} AlignmentTimelineStyle;

/* Nothing selected, print palette, with a background. */
void alignment_timeline_style_init       (AlignmentTimelineStyle        *style);

/* The whole figure: the lanes and what moves with time, then the lane
 * labels and the legend. */
void alignment_timeline_paint            (cairo_t                       *cr,
                                          const AlignmentTimelineLayout *layout,
                                          const AlignmentTimelineStyle  *style);

/* The parts, for a poster that repeats the frame on every page: what
 * runs with time (lanes, grid, markers, axis, trust strip), clipped to
 * the plot's columns ... */
/* A pan: paints @layout onto @cr, whose target is an image surface of
 * the figure's size, from @previous, the frame painted for a layout
 * with @previous_options: what is still in view is moved over and only
 * the strip that comes into view, and the axis, strip, lane names and
 * legend around the lanes, are painted anew.  @previous must have the
 * target's size and device scale, and @style must be what painted it.
 * Returns FALSE, having painted nothing, when the two differ by more
 * than a move in time of less than the plot's width. */
gboolean alignment_timeline_paint_panned (cairo_t                        *cr,
                                          const AlignmentTimelineLayout  *layout,
                                          const AlignmentTimelineStyle   *style,
                                          cairo_surface_t                *previous,
                                          const AlignmentTimelineOptions *previous_options);
void alignment_timeline_paint_plot       (cairo_t                       *cr,
                                          const AlignmentTimelineLayout *layout,
                                          const AlignmentTimelineStyle  *style);
/* ... the column of lane labels and trust rows ... */
void alignment_timeline_paint_lane_labels (cairo_t                       *cr,
                                           const AlignmentTimelineLayout *layout,
                                           const AlignmentTimelineStyle  *style);
/* ... and the legend. */
void alignment_timeline_paint_legend     (cairo_t                       *cr,
                                          const AlignmentTimelineLayout *layout,
                                          const AlignmentTimelineStyle  *style);

/* Page @page (from 0) of a poster @n_pages pages of @page_width wide
 * (see alignment_timeline_poster_width()): its slice of the plot, the
 * lane labels, the legend and marks where the pages overlap, with the
 * page's top left at the origin. */
void alignment_timeline_paint_poster_page (cairo_t                       *cr,
                                           const AlignmentTimelineLayout *layout,
                                           const AlignmentTimelineStyle  *style,
                                           guint                          page,
                                           guint                          n_pages,
                                           double                         page_width,
                                           double                         overlap);

/* A page's header or footer: @title in bold over @detail on the left,
 * @right on the right; any may be NULL.  About 2.6 font sizes high. */
void alignment_timeline_paint_band       (cairo_t                       *cr,
                                          const AlignmentTimelineStyle  *style,
                                          double                         x,
                                          double                         y,
                                          double                         width,
                                          double                         font_size,
                                          const char                    *title,
                                          const char                    *detail,
                                          const char                    *right);

/* A marker of @shape at @x, @y, as in the figure (for legends elsewhere). */
void alignment_timeline_paint_marker     (cairo_t                       *cr,
                                          AlignmentMarkerShape           shape,
                                          double                         x,
                                          double                         y,
                                          double                         radius,
                                          const AlignmentRgba           *color,
                                          gboolean                       hollow,
                                          const AlignmentRgba           *background);

/* Writes the figure laid out by @options (its width and height in points)
 * to @path, in the format its suffix names (.pdf, .svg or .png at @dpi),
 * on the print palette: what an app's Export and alignment-tool write.
 * With @title, the title block takes the top of that height. */
gboolean alignment_timeline_write_file   (AlignmentTimelineData          *data,
                                          const AlignmentTimelineOptions *options,
                                          const AlignmentFigureTitle     *title,
                                          const char                     *path,
                                          double                          dpi,
                                          GError                        **error);

/* The height the title block and its margin take above a figure whose
 * text is @font_size points. */
double   alignment_timeline_title_height (double                          font_size);

G_END_DECLS
