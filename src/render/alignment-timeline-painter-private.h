/* alignment-timeline-painter-private.h: shared by the painter's files
 *
 * Colours and text as the painter draws them, for the figure's parts in
 * alignment-timeline-painter.c and the pages in
 * alignment-timeline-painter-pages.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <pango/pangocairo.h>

#include "alignment-timeline-painter.h"
#include "alignment-timeline-text.h"

G_BEGIN_DECLS

/* @style's palette, or the print palette. */
const AlignmentPalette *_alignment_timeline_palette_of  (const AlignmentTimelineStyle *style);
void                    _alignment_timeline_set_source  (cairo_t                      *cr,
                                                         const AlignmentRgba          *color,
                                                         double                        alpha);
/* Sans at @size, unhinted as the layout measured it. */
PangoLayout            *_alignment_timeline_text_layout (cairo_t                      *cr,
                                                         double                        size,
                                                         gboolean                      bold);
/* Draws @text with its logical box's top left at @x, @y. */
void                    _alignment_timeline_show_text   (cairo_t                      *cr,
                                                         PangoLayout                  *layout,
                                                         const char                   *text,
                                                         double                        x,
                                                         double                        y);
double                  _alignment_timeline_text_width  (PangoLayout                  *layout,
                                                         const char                   *text);
/* Draws one line of @text at @size in @color, cut short with an ellipsis
 * to @width; returns the line's height. */
double                  _alignment_timeline_show_line   (cairo_t                      *cr,
                                                         const AlignmentRgba          *color,
                                                         const char                   *text,
                                                         double                        size,
                                                         gboolean                      bold,
                                                         double                        x,
                                                         double                        y,
                                                         double                        width);
/* What a string shaped on @cr's target depends on, for
 * alignment_timeline_text_shape(). */
guint64                 _alignment_timeline_surface_stamp (cairo_t                    *cr);
void                    _alignment_timeline_show_shaped (cairo_t                       *cr,
                                                         const AlignmentTimelineShaped *shaped,
                                                         double                         x,
                                                         double                         y);

/* The outline of a marker of @shape and radius @r centred on @x, @y. */
void                    _alignment_timeline_marker_path (cairo_t                      *cr,
                                                         AlignmentMarkerShape          shape,
                                                         double                        x,
                                                         double                        y,
                                                         double                        r);
/* Full for a highlighted signal (or when none is), dimmed otherwise. */
double                  _alignment_timeline_alpha_for   (const AlignmentTimelineStyle *style,
                                                         guint                         position);
/* The survey rounds' row and its name (alignment-timeline-rounds.c). */
void                    _alignment_timeline_paint_rounds (cairo_t                       *cr,
                                                          const AlignmentTimelineLayout *layout,
                                                          const AlignmentTimelineStyle  *style);
void                    _alignment_timeline_paint_rounds_name (cairo_t                       *cr,
                                                               const AlignmentTimelineLayout *layout,
                                                               const AlignmentTimelineStyle  *style);
/* The markers and their ids on an image surface (alignment-timeline-markers.c). */
void                    _alignment_timeline_paint_markers_batched (cairo_t                       *cr,
                                                                   const AlignmentTimelineLayout *layout,
                                                                   const AlignmentTimelineStyle  *style);

G_END_DECLS
