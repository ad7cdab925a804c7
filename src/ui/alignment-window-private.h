/* alignment-window-private.h: what the parts of the window share
 *
 * The window is split by concern, as gnome-text-editor's editor-window
 * is: alignment-window.c (the object, documents, state),
 * alignment-window-signals.c (the signal list, its columns and filters),
 * alignment-window-actions.c (the actions), alignment-window-save.c
 * (saving, recovery copies, and closing with unsaved changes),
 * alignment-window-import.c (Import…, Paste Signals) and
 * alignment-window-export.c (Export Case…).  Recovery copies after a
 * crash are offered back by alignment-recovery-offer.c; the case's file
 * changed by another program is AlignmentDiskBar's to show.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "alignment-window.h"
#include "alignment-case-details.h"
#include "alignment-disk-bar.h"
#include "alignment-library-sidebar.h"
#include "alignment-signal-editor.h"
#include "alignment-heatmap-view.h"
#include "alignment-import-dialog.h"
#include "alignment-thread-panel.h"
#include "alignment-timeline-view.h"

G_BEGIN_DECLS

struct _AlignmentWindow
{
  AdwApplicationWindow  parent_instance;

  /* Template children */
  AdwToastOverlay      *toast_overlay;
  GtkPaned             *library_paned;
  AlignmentLibrarySidebar *sidebar;
  AdwViewSwitcherTitle *switcher_title;
  GtkStack             *main_stack;
  AdwStatusPage        *error_page;
  GtkProgressBar       *loading_progress;
  GtkLabel             *loading_label;
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
  GtkBox               *timeline_page;
  GtkBox               *heatmap_page;
  GtkPaned             *heatmap_paned;
  AlignmentCaseDetails *case_details;
  AlignmentTimelineView *timeline_view;
  GtkToggleButton      *lanes_thread_button;
  AlignmentHeatmapView *heatmap_view;
  AlignmentThreadPanel *thread_panel;
  GtkRevealer          *signal_set_revealer;
  GtkLabel             *signal_set_label;

  /* Every case this window has open, edited or not; the one shown. */
  GListStore           *documents;
  AlignmentDocument    *document;
  /* The file shown or being loaded (also when it could not be read). */
  GFile                *file;
  /* The load under way; replaced by every new load, so a finished load
   * whose cancellable is not this one is stale. */
  GCancellable         *cancellable;
  guint                 pulse_source;
  GtkFileChooserNative *chooser;

  GtkCustomFilter      *signal_filter;
  /* Thread numbers of the open threads, for "open threads only". */
  GHashTable           *open_threads;
  guint                 filter_thread;  /* 0: every thread */
  gboolean              filter_data_stale;

  /* Closing: the documents still to ask about, and whether the answer
   * for all of them has been given. */
  GPtrArray            *close_queue;
  gboolean              close_confirmed;
  gboolean              saving;
  GtkWidget            *focus_before_save;

  /* Over the case: its file, changed by another program.  A weak
   * pointer: the bar belongs to the widget tree. */
  AlignmentDiskBar     *disk_bar;

  /* alignment-window-views.c: the timeline's own selection, over the
   * case's list in its order (the list's is sorted and filtered), kept
   * in step with the list's; the zoom of every case shown, by URI; the
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
  /* Import…, Export Case… and Export Figure…: one at a time. */
  GtkFileChooserNative *io_chooser;
};

/* alignment-window.c */
GSettings *_alignment_window_get_settings      (AlignmentWindow   *self);
void       _alignment_window_show_document     (AlignmentWindow   *self,
                                                AlignmentDocument *document);
void       _alignment_window_add_document      (AlignmentWindow   *self,
                                                AlignmentDocument *document);
void       _alignment_window_forget_document   (AlignmentWindow   *self,
                                                AlignmentDocument *document);
AlignmentDocument *_alignment_window_find_document (AlignmentWindow *self,
                                                    GFile           *file);
void       _alignment_window_update_title      (AlignmentWindow   *self);
void       _alignment_window_update_actions    (AlignmentWindow   *self);
gboolean   _alignment_window_is_example        (AlignmentWindow   *self,
                                                GFile             *file);
void       _alignment_window_toast             (AlignmentWindow   *self,
                                                const char        *title);
void       _alignment_window_show_error        (AlignmentWindow   *self,
                                                const char        *heading,
                                                const GError      *error);
void       _alignment_window_cancel_loading    (AlignmentWindow   *self);

/* alignment-window-signals.c */
void       _alignment_window_signals_init      (AlignmentWindow   *self);
void       _alignment_window_signals_set_case  (AlignmentWindow   *self,
                                                AlignmentCase     *alignment_case);
void       _alignment_window_signals_class_init (GtkWidgetClass   *widget_class);
AlignmentSignal *_alignment_window_get_selected_signal (AlignmentWindow *self);
void       _alignment_window_move_selection    (AlignmentWindow   *self,
                                                int                delta);

/* alignment-window-actions.c */
void       _alignment_window_actions_class_init (GtkWidgetClass   *widget_class);

/* alignment-window-views.c */
void       _alignment_window_views_class_init  (GtkWidgetClass   *widget_class);
void       _alignment_window_views_init        (AlignmentWindow   *self);
void       _alignment_window_views_dispose     (AlignmentWindow   *self);
void       _alignment_window_views_update_actions (AlignmentWindow *self);
/* Writes the figure of the page shown (timeline or heatmap) to @file,
 * in the format its name ends in (.pdf, .svg, .png; .csv for the
 * heatmap): what Export Figure… does once the user chose a file. */
gboolean   _alignment_window_export_figure     (AlignmentWindow   *self,
                                                GFile             *file,
                                                GError           **error);
/* What the options step of Export Figure… asks for a timeline. */
typedef struct
{
  double                 width;      /* points */
  double                 dpi;        /* of a PNG */
  double                 first_day;  /* Julian days, [first, last) */
  double                 last_day;
  AlignmentTimelineLanes lanes;
} AlignmentTimelineExport;

/* Writes the timeline to @file laid out by @options, whatever page is
 * shown: what Export Figure… does once the options and file are chosen. */
gboolean   _alignment_window_export_timeline   (AlignmentWindow               *self,
                                                GFile                         *file,
                                                const AlignmentTimelineExport *options,
                                                GError                       **error);
/* Prints the page shown; with @export_path, to that PDF without a
 * dialog (GTK_PRINT_OPERATION_ACTION_EXPORT). */
gboolean   _alignment_window_print             (AlignmentWindow   *self,
                                                const char        *export_path,
                                                GError           **error);

/* alignment-window-signals.c: the heatmap's or thread panel's choice of
 * signals (AlignmentSignal) as a filter of the list, with @label saying
 * so above it; NULL or empty clears it. */
void       _alignment_window_set_signal_set    (AlignmentWindow   *self,
                                                GPtrArray         *signals,
                                                const char        *label);
guint      _alignment_window_get_signal_set_size (AlignmentWindow *self);

/* alignment-window-import.c */
void       _alignment_window_import_class_init (GtkWidgetClass   *widget_class);
void       _alignment_window_import_init       (AlignmentWindow   *self);
void       _alignment_window_update_import_actions (AlignmentWindow *self);
/* Opens the import preview for @sheet; on "import" the signals become a
 * new case in the library.  Returns the dialog (owned by itself). */
AlignmentImportDialog *_alignment_window_import_sheet (AlignmentWindow *self,
                                                       GFile           *sheet);
/* Opens the import preview for pasted @text; on "import" the signals
 * are added to the open case as one step. */
AlignmentImportDialog *_alignment_window_paste_rows   (AlignmentWindow *self,
                                                       const char      *text);
/* TRUE for the names of sheets Import… reads (.csv, .tsv, .txt, .xlsx). */
gboolean   _alignment_window_is_sheet_file     (GFile             *file);

/* alignment-window-export.c */
void       _alignment_window_export_class_init (GtkWidgetClass   *widget_class);
void       _alignment_window_update_export_actions (AlignmentWindow *self);
/* Writes the case as CSV, TSV or XES, by @file's extension. */
gboolean   _alignment_window_export_case       (AlignmentWindow   *self,
                                                GFile             *file,
                                                GError           **error);

/* alignment-window-actions.c */
void       _alignment_window_add_case_to_library (AlignmentWindow *self,
                                                  AlignmentCase   *alignment_case);

/* alignment-window-save.c */
typedef void (*AlignmentSavedCallback) (AlignmentWindow *self,
                                        gboolean         saved);

/* Saves @document in place (in a thread), or asks where when it has no
 * file of the user's; @callback (may be NULL) says how it went. */
void       _alignment_window_save_or_ask       (AlignmentWindow        *self,
                                                AlignmentDocument      *document,
                                                AlignmentSavedCallback  callback);
void       _alignment_window_save_as           (AlignmentWindow        *self,
                                                AlignmentDocument      *document,
                                                AlignmentSavedCallback  callback);
/* TRUE when the window may close now; else it asks about each unsaved
 * case in turn and closes itself when the answers allow. */
gboolean   _alignment_window_confirm_close     (AlignmentWindow   *self);

/* Recovery copies of unsaved cases: watch gives @document its
 * AlignmentAutosave under @key (NULL: a new one; once, the window's
 * add_document calls it); discard removes its copy (the user let its
 * changes go).  The copies a crash left are offered back by
 * alignment_window_offer_recovery() (alignment-recovery-offer.c). */
void       _alignment_window_recovery_watch    (AlignmentWindow   *self,
                                                AlignmentDocument *document,
                                                const char        *key);
void       _alignment_window_recovery_discard  (AlignmentWindow   *self,
                                                AlignmentDocument *document);

G_END_DECLS
