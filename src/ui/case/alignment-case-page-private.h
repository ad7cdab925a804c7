/* alignment-case-page-private.h: what the parts of the case page share
 *
 * alignment-case-page.c (the object, the views kept in step with the
 * case and the list), alignment-case-page-actions.c (editing signals,
 * zoom, export and print, Export Case…) and alignment-case-page-paste.c (rows pasted
 * from a sheet).  The signal list is an AlignmentSignalTable.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "alignment-case-page.h"
#include "alignment-agreement-panel.h"
#include "alignment-case-details.h"
#include "alignment-heatmap-view.h"
#include "alignment-signal-editor.h"
#include "alignment-signal-table.h"
#include "alignment-survey-view.h"
#include "alignment-thread-panel.h"
#include "alignment-timeline-view.h"

G_BEGIN_DECLS

struct _AlignmentCasePage
{
  AdwBin                parent_instance;

  /* Template children */
  AdwViewStack         *view_stack;
  GtkPaned             *editor_paned;
  AlignmentSignalTable *signal_table;
  AlignmentSignalEditor *signal_editor;
  GtkPaned             *heatmap_paned;
  AlignmentCaseDetails *case_details;
  GtkPaned             *timeline_paned;
  AlignmentTimelineView *timeline_view;
  GtkToggleButton      *lanes_thread_button;
  GtkDropDown          *board_dropdown;
  AlignmentHeatmapView *heatmap_view;
  AlignmentThreadPanel *thread_panel;
  AlignmentAgreementPanel *agreement_panel;
  /* Beside the timeline, where threads are edited. */
  GtkPaned             *threads_paned;
  GtkToggleButton      *threads_button;
  AlignmentThreadPanel *timeline_thread_panel;
  AlignmentSurveyView  *survey_view;

  AlignmentDocument    *document;
  /* The shown document's history: edits refresh the figures. */
  GSignalGroup         *history_signals;
  /* The shown case's boards, and each of them for its name: the
   * timeline's board filter follows them. */
  GSignalGroup         *boards_signals;
  GPtrArray            *watched_boards;
  GSettings            *settings;

  /* The timeline's own selection, over the case's list in its order
   * (the list's is sorted and filtered), kept in step with the list's;
   * the zoom of every case shown, by URI (the timeline view keeps it by
   * case object, and an unedited case is read again from its file). */
  GtkSingleSelection   *timeline_selection;
  GHashTable           *viewports;
  GFile                *views_file;
  AlignmentSignal      *watched_signal;
  guint                 views_refresh_source;
  guint                 selection_sync_source;
  gboolean              views_stale;
  gboolean              syncing_selection;
  /* Export Figure… and Export Case…: one at a time. */
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

/* alignment-case-page-paste.c */
void       _alignment_case_page_paste_init     (AlignmentCasePage *self);

G_END_DECLS
