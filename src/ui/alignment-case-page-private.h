/* alignment-case-page-private.h: what the parts of the case page share
 *
 * alignment-case-page.c (the object, the views kept in step with the
 * case and the list, export and print) and alignment-case-page-signals.c
 * (the signal list, its columns and filters).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "alignment-case-page.h"
#include "alignment-case-details.h"
#include "alignment-heatmap-view.h"
#include "alignment-signal-editor.h"
#include "alignment-thread-panel.h"
#include "alignment-timeline-view.h"

G_BEGIN_DECLS

struct _AlignmentCasePage
{
  AdwBin                parent_instance;

  /* Template children */
  AdwViewStack         *view_stack;
  GtkPaned             *editor_paned;
  GtkStack             *signals_stack;
  GtkColumnView        *column_view;
  GtkSingleSelection   *selection;
  GtkFilterListModel   *signal_filter_model;
  GtkSortListModel     *signal_sort_model;
  GtkMenuButton        *filter_button;
  GtkDropDown          *thread_filter;
  GtkDropDown          *type_filter;
  GtkDropDown          *sender_filter;
  GtkDropDown          *realm_filter;
  GtkToggleButton      *open_only_filter;
  GtkStringList        *thread_filter_model;
  GtkStringList        *sender_filter_model;
  AlignmentSignalEditor *signal_editor;
  GtkPaned             *heatmap_paned;
  AlignmentCaseDetails *case_details;
  AlignmentTimelineView *timeline_view;
  GtkToggleButton      *lanes_thread_button;
  AlignmentHeatmapView *heatmap_view;
  AlignmentThreadPanel *thread_panel;
  GtkRevealer          *signal_set_revealer;
  GtkLabel             *signal_set_label;

  AlignmentDocument    *document;
  /* The shown document's history: edits refresh the figures. */
  GSignalGroup         *history_signals;
  GSettings            *settings;

  GtkCustomFilter      *signal_filter;
  /* Thread numbers of the open threads, for "open threads only". */
  GHashTable           *open_threads;
  guint                 filter_thread;  /* 0: every thread */
  gboolean              filter_data_stale;

  /* The timeline's own selection, over the case's list in its order
   * (the list's is sorted and filtered), kept in step with the list's;
   * the zoom of every case shown, by URI (the timeline view keeps it by
   * case object, and an unedited case is read again from its file); the
   * signals the heatmap or the thread panel chose (NULL: no such filter). */
  GtkSingleSelection   *timeline_selection;
  GHashTable           *viewports;
  GFile                *views_file;
  AlignmentSignal      *watched_signal;
  GHashTable           *signal_set;
  guint                 views_refresh_source;
  guint                 selection_sync_source;
  gboolean              views_stale;
  gboolean              syncing_selection;
  /* Export Figure…: one at a time. */
  GtkFileChooserNative *io_chooser;
};

/* alignment-case-page.c */
void       _alignment_case_page_toast          (AlignmentCasePage *self,
                                                AdwToast          *toast);
/* TRUE when the view named @view is the one shown. */
gboolean   _alignment_case_page_shows          (AlignmentCasePage *self,
                                                const char        *view);

/* alignment-case-page-actions.c */
void       _alignment_case_page_actions_dispose (AlignmentCasePage *self);

/* alignment-case-page-signals.c */
void       _alignment_case_page_signals_class_init (GtkWidgetClass *widget_class);
void       _alignment_case_page_signals_init   (AlignmentCasePage *self);
void       _alignment_case_page_signals_dispose (AlignmentCasePage *self);
void       _alignment_case_page_signals_set_case (AlignmentCasePage *self,
                                                  AlignmentCase     *alignment_case);
void       _alignment_case_page_move_selection (AlignmentCasePage *self,
                                                int                delta);
/* The heatmap's or thread panel's choice of signals (AlignmentSignal) as
 * a filter of the list, with @label saying so above it; NULL or empty
 * clears it. */
void       _alignment_case_page_set_signal_set (AlignmentCasePage *self,
                                                GPtrArray         *signals,
                                                const char        *label);
guint      _alignment_case_page_get_signal_set_size (AlignmentCasePage *self);
void       _alignment_case_page_clear_filters  (AlignmentCasePage *self);

G_END_DECLS
