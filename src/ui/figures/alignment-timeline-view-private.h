/* alignment-timeline-view-private.h: shared by the timeline view's files
 *
 * alignment-timeline-view.c holds the object, its properties, the
 * viewport and drawing; alignment-timeline-view-input.c the pointer,
 * keys, selection and actions; alignment-timeline-view-a11y.c the
 * accessible list of signals and their descriptions.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "alignment-timeline-painter.h"
#include "alignment-timeline-view.h"

G_BEGIN_DECLS

struct _AlignmentTimelineView
{
  GtkWidget parent_instance;

  AlignmentCase          *case_;
  GtkSelectionModel      *selection;
  AlignmentTimelineData  *data;
  AlignmentTimelineLayout *layout;
  AlignmentTimelineLanes  lanes;
  guint                   highlight_thread;
  /* Sorted positions drawn in full, the others dimmed: the highlighted
   * thread's signals, or the ones given; empty for none. */
  GArray                 *highlight;
  gboolean                trust_strip;
  gboolean                levels;      /* each signal's escalation level */
  char                   *board;       /* only this board's signals, or NULL */

  double first_day;
  double last_day;
  double lane_offset;

  int    focused;       /* position, or -1 */
  int    hovered;
  double pointer_x;     /* last pointer position, for zooming around it */
  double pointer_y;

  /* Drag and pinch start from where they began. */
  double drag_first_day;
  double drag_lane_offset;
  double pinch_first_day;
  double pinch_last_day;
  double pinch_x;

  /* The last frame, which the next reuses while the view pans. */
  cairo_surface_t         *frame;
  AlignmentTimelineOptions frame_options;
  guint                    frame_style;  /* what else painted it */
  guint                    settle_timeout;
  guint                    n_frames_reused;  /* for tests */

  GPtrArray  *accessible;  /* GtkWidget per dated signal, by position */
  GPtrArray  *accessible_rounds;  /* GtkWidget per dated survey round, by date */
  /* The accessible items are made once the view is shown, a few at a
   * time: the next rank to make, and what makes it. */
  guint       accessible_rank;
  guint       accessible_round;  /* the next survey round to make an item for */
  GtkWidget  *accessible_last;   /* the last item made, to add the next after */
  guint       accessible_source;
  gulong      accessible_map_handler;
  GHashTable *viewports;   /* AlignmentCase* → double[2], weak keys */
  guint       reload_idle;
  /* The case's survey rounds and their lists of responses, watched:
   * their marks in the trust strip follow them. */
  GPtrArray  *survey_lists;
};

/* alignment-timeline-view.c */
void                     _alignment_timeline_view_invalidate_layout  (AlignmentTimelineView *self);
AlignmentTimelineLayout *_alignment_timeline_view_ensure_layout      (AlignmentTimelineView *self);
/* The first selected position, or -1. */
int                      _alignment_timeline_view_selected_position  (AlignmentTimelineView *self);
void                     _alignment_timeline_view_clamp_lane_offset  (AlignmentTimelineView *self);
/* Pans so that @position is in view, keeping the zoom. */
void                     _alignment_timeline_view_scroll_to          (AlignmentTimelineView *self,
                                                                      guint                  position);
void                     _alignment_timeline_view_emit_activate      (AlignmentTimelineView *self,
                                                                      guint                  position);
/* The thread drawn over the others (hovered or selected), or 0. */
guint                    _alignment_timeline_view_emphasis_thread    (AlignmentTimelineView *self);

/* alignment-timeline-view-input.c */
void                     _alignment_timeline_view_class_init_input   (GtkWidgetClass        *widget_class);
void                     _alignment_timeline_view_init_input         (AlignmentTimelineView *self);
void                     _alignment_timeline_view_selection_changed  (AlignmentTimelineView *self);
/* The tooltip of a signal described by @text: wrapped to a width that
 * fits a small window. */
GtkWidget               *_alignment_timeline_view_tooltip_label      (const char            *text);

/* alignment-timeline-view-a11y.c */
void                     _alignment_timeline_view_build_accessible   (AlignmentTimelineView *self);
void                     _alignment_timeline_view_clear_accessible   (AlignmentTimelineView *self);
void                     _alignment_timeline_view_update_accessible  (AlignmentTimelineView *self);

G_END_DECLS
