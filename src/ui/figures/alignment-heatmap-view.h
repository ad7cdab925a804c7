/* alignment-heatmap-view.h: the trust-delta heatmap of a case, on screen
 *
 * A self-contained widget: bucket and mode switches, the heatmap drawn by
 * the render layer's painter, a tooltip listing the signals behind the
 * cell under the pointer, keyboard navigation over the cells, and an
 * accessible table of the same numbers for screen readers.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "alignment-core.h"
#include "alignment-heatmap-layout.h"
#include "alignment-palette.h"

G_BEGIN_DECLS

/* AlignmentScale as a GEnum ("red-green", "blue-orange"), so that the
 * "trust-scale" property binds to a GSettings key of those values. */
GType alignment_trust_scale_get_type (void) G_GNUC_CONST;
#define ALIGNMENT_TYPE_TRUST_SCALE (alignment_trust_scale_get_type ())

#define ALIGNMENT_TYPE_HEATMAP_VIEW (alignment_heatmap_view_get_type ())

G_DECLARE_FINAL_TYPE (AlignmentHeatmapView, alignment_heatmap_view, ALIGNMENT, HEATMAP_VIEW, GtkWidget)

/* Properties:
 *   "case"         AlignmentCase, may be NULL
 *   "bucket-kind"  AlignmentBucketKind: columns by week, month (default),
 *                  quarter or thread; the widget's own switch sets it too
 *   "mode"         AlignmentHeatmapMode: net (default), cumulative, split, gap
 *   "trust-scale"  ALIGNMENT_TYPE_TRUST_SCALE: red-green (default) or
 *                  blue-orange; bind it to the "trust-scale" setting
 *   "view"         AlignmentPerceptionView: each party's own ratings
 *                  (default), the customer's or the provider's view (its
 *                  estimates of the other's), or their difference
 *
 * Signals:
 *   "cell-activated" (guint row, guint column, GArray *positions):
 *       a cell was clicked, or chosen with Enter or Space.  @positions
 *       (a GArray of guint, only valid during the emission) are the
 *       positions in the case's signal list of the signals behind the
 *       cell: filter the list, highlight them on the timeline.
 */

GtkWidget                    *alignment_heatmap_view_new              (void);

AlignmentCase                *alignment_heatmap_view_get_case         (AlignmentHeatmapView *self);
void                          alignment_heatmap_view_set_case         (AlignmentHeatmapView *self,
                                                                       AlignmentCase        *case_);
AlignmentBucketKind           alignment_heatmap_view_get_bucket_kind  (AlignmentHeatmapView *self);
void                          alignment_heatmap_view_set_bucket_kind  (AlignmentHeatmapView *self,
                                                                       AlignmentBucketKind   kind);
AlignmentHeatmapMode          alignment_heatmap_view_get_mode         (AlignmentHeatmapView *self);
void                          alignment_heatmap_view_set_mode         (AlignmentHeatmapView *self,
                                                                       AlignmentHeatmapMode  mode);
AlignmentPerceptionView       alignment_heatmap_view_get_view         (AlignmentHeatmapView *self);
void                          alignment_heatmap_view_set_view         (AlignmentHeatmapView    *self,
                                                                       AlignmentPerceptionView  view);
AlignmentScale                alignment_heatmap_view_get_trust_scale  (AlignmentHeatmapView *self);
void                          alignment_heatmap_view_set_trust_scale  (AlignmentHeatmapView *self,
                                                                       AlignmentScale        scale);

/* Recomputes the figure: call after editing signals of the case (a
 * change of the signal list itself is followed on its own). */
void                          alignment_heatmap_view_refresh          (AlignmentHeatmapView *self);

/* The layout on screen (NULL without a case): for hit testing in tests
 * and for printing what is seen. */
const AlignmentHeatmapLayout *alignment_heatmap_view_get_layout       (AlignmentHeatmapView *self);

/* The cell with the keyboard focus; FALSE when there is none. */
gboolean                      alignment_heatmap_view_get_focus_cell   (AlignmentHeatmapView *self,
                                                                       guint                *row,
                                                                       guint                *column);
void                          alignment_heatmap_view_set_focus_cell   (AlignmentHeatmapView *self,
                                                                       guint                 row,
                                                                       guint                 column);
/* Emits "cell-activated" for the cell, as a click does. */
void                          alignment_heatmap_view_activate_cell    (AlignmentHeatmapView *self,
                                                                       guint                 row,
                                                                       guint                 column);
/* The tooltip text (Pango markup) of the cell, newly allocated. */
char                         *alignment_heatmap_view_describe_cell    (AlignmentHeatmapView *self,
                                                                       guint                 row,
                                                                       guint                 column);

G_END_DECLS
