/* alignment-timeline-view.h: the swimlane timeline of a case, on screen
 *
 * A self-contained widget over the render layer's timeline layout and
 * painter: zoom (Ctrl+scroll, pinch, +/−, 0 to fit, Z to the selection)
 * around the pointer, pan by dragging and scrolling, a tooltip per
 * signal, selection shared with the other views through a
 * GtkSelectionModel, keyboard navigation, and an accessible list item
 * per signal for screen readers.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "alignment-core.h"
#include "alignment-timeline-layout.h"

G_BEGIN_DECLS

#define ALIGNMENT_TYPE_TIMELINE_VIEW (alignment_timeline_view_get_type ())

G_DECLARE_FINAL_TYPE (AlignmentTimelineView, alignment_timeline_view, ALIGNMENT, TIMELINE_VIEW, GtkWidget)

/* Properties:
 *   "case"              AlignmentCase, may be NULL
 *   "selection"         GtkSelectionModel over the case's signal list (the
 *                       one the signal list view uses), may be NULL
 *   "lanes"             AlignmentTimelineLanes: party (default) or thread
 *   "highlight-thread"  guint: that thread is drawn, the others dimmed;
 *                       0 (default) for none
 *   "trust-strip"       gboolean: the net trust strip (default TRUE)
 *   "levels"            gboolean: each signal's escalation level beside
 *                       its marker, with a legend entry (default TRUE)
 *
 * Signals:
 *   "activate-signal" (guint position): a signal was double-clicked or
 *       Enter was pressed on it: open it in the editor.  @position is in
 *       the case's signal list.
 *
 * Actions (with their keys while the view has the focus):
 *   timeline.zoom-in (+), timeline.zoom-out (−), timeline.zoom-fit (0),
 *   timeline.zoom-selection (Z), timeline.highlight-thread (T: the
 *   focused signal's thread, again to clear)
 */

GtkWidget     *alignment_timeline_view_new                 (void);

AlignmentCase *alignment_timeline_view_get_case            (AlignmentTimelineView  *self);
/* Shows @case_ at the zoom it was last shown at in this view, or fitted. */
void           alignment_timeline_view_set_case            (AlignmentTimelineView  *self,
                                                            AlignmentCase          *case_);
GtkSelectionModel *alignment_timeline_view_get_selection   (AlignmentTimelineView  *self);
void           alignment_timeline_view_set_selection       (AlignmentTimelineView  *self,
                                                            GtkSelectionModel      *selection);
AlignmentTimelineLanes alignment_timeline_view_get_lanes   (AlignmentTimelineView  *self);
void           alignment_timeline_view_set_lanes           (AlignmentTimelineView  *self,
                                                            AlignmentTimelineLanes  lanes);
guint          alignment_timeline_view_get_highlight_thread (AlignmentTimelineView *self);
void           alignment_timeline_view_set_highlight_thread (AlignmentTimelineView *self,
                                                             guint                  thread);
/* Draws the signals at @positions (in the case's signal list) in full and
 * dims the others and their links, as a highlighted thread does; NULL
 * and 0 clear it.  Highlighting a thread replaces it and the reverse. */
void           alignment_timeline_view_set_highlight_signals (AlignmentTimelineView *self,
                                                              const guint           *positions,
                                                              guint                  n_positions);
/* The positions given, sorted and without repeats; NULL and 0 when none
 * were (or a thread is highlighted). */
const guint   *alignment_timeline_view_get_highlight_signals (AlignmentTimelineView *self,
                                                              guint                 *n_positions);
gboolean       alignment_timeline_view_get_trust_strip     (AlignmentTimelineView  *self);
void           alignment_timeline_view_set_trust_strip     (AlignmentTimelineView  *self,
                                                            gboolean                show);
gboolean       alignment_timeline_view_get_levels          (AlignmentTimelineView  *self);
void           alignment_timeline_view_set_levels          (AlignmentTimelineView  *self,
                                                            gboolean                show);
/* Draws only the signals raised or aligned in the governance board named
 * @board; NULL or "" for every board. */
const char    *alignment_timeline_view_get_board           (AlignmentTimelineView  *self);
void           alignment_timeline_view_set_board           (AlignmentTimelineView  *self,
                                                            const char             *board);

/* Recomputes the figure: call after editing signals of the case in
 * place (adding and removing them is noticed by itself). */
void           alignment_timeline_view_reload              (AlignmentTimelineView  *self);

/* ---- Zoom ---------------------------------------------------------------- */

/* The visible dates, as Julian days, [first, last).  Save them with the
 * case (or in the window's state) to restore the zoom across sessions;
 * the view itself remembers them per case while it lives. */
void           alignment_timeline_view_get_viewport        (AlignmentTimelineView  *self,
                                                            double                 *first_day,
                                                            double                 *last_day);
void           alignment_timeline_view_set_viewport        (AlignmentTimelineView  *self,
                                                            double                  first_day,
                                                            double                  last_day);
/* Zooms by @factor (> 1 zooms in) keeping the date under @x (widget
 * coordinates; < 0 for the middle) where it is. */
void           alignment_timeline_view_zoom                (AlignmentTimelineView  *self,
                                                            double                  factor,
                                                            double                  x);
void           alignment_timeline_view_zoom_to_fit         (AlignmentTimelineView  *self);
/* Shows the selected signal with its thread; FALSE when nothing is
 * selected. */
gboolean       alignment_timeline_view_zoom_to_selection   (AlignmentTimelineView  *self);

/* ---- What is where -------------------------------------------------------- */

/* The signal (position in the case's list) drawn at @x, @y, or -1. */
int            alignment_timeline_view_signal_at           (AlignmentTimelineView  *self,
                                                            double                  x,
                                                            double                  y);
/* Where the signal at @position is drawn (its marker's centre); FALSE
 * when it is not in view. */
gboolean       alignment_timeline_view_get_signal_point    (AlignmentTimelineView  *self,
                                                            guint                   position,
                                                            double                 *x,
                                                            double                 *y);
/* The signal with the keyboard focus, or -1. */
int            alignment_timeline_view_get_focus_signal    (AlignmentTimelineView  *self);
/* The tooltip of the signal at @position: id, type, sender, dates,
 * trigger and trust impacts. */
char          *alignment_timeline_view_describe_signal     (AlignmentTimelineView  *self,
                                                            guint                   position);
/* The layout last drawn (for tests and for printing what is seen); NULL
 * before the first allocation. */
const AlignmentTimelineLayout *alignment_timeline_view_get_layout (AlignmentTimelineView *self);

G_END_DECLS
