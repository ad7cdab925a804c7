/* alignment-window-private.h: what the parts of the window share
 *
 * The window is split by concern, as gnome-text-editor's editor-window
 * is: alignment-window.c (the object, documents, state),
 * alignment-window-library.c (the case library sidebar),
 * alignment-window-signals.c (the signal list, its columns and filters),
 * alignment-window-actions.c (the actions) and alignment-window-save.c
 * (saving, and closing with unsaved changes).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "alignment-window.h"
#include "alignment-case-details.h"
#include "alignment-library.h"
#include "alignment-signal-editor.h"

G_BEGIN_DECLS

struct _AlignmentWindow
{
  AdwApplicationWindow  parent_instance;

  /* Template children */
  AdwToastOverlay      *toast_overlay;
  GtkPaned             *library_paned;
  GtkSearchBar         *search_bar;
  GtkSearchEntry       *library_search;
  GtkListView          *library_view;
  GtkStack             *library_stack;
  GtkSingleSelection   *library_selection;
  GtkFilterListModel   *library_filter_model;
  GtkSortListModel     *library_sort_model;
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
  AlignmentCaseDetails *case_details;

  AlignmentLibrary     *library;
  GtkCustomFilter      *library_filter;
  GtkCustomSorter      *library_sorter;
  AlignmentLibrarySort  library_sort;

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
  gboolean              selecting_case;
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
void       _alignment_window_cancel_loading    (AlignmentWindow   *self);
void       _alignment_window_notify_library_sort (AlignmentWindow *self);

/* alignment-window-library.c */
void       _alignment_window_library_class_init (GtkWidgetClass   *widget_class);
void       _alignment_window_library_init      (AlignmentWindow   *self);
void       _alignment_window_library_select    (AlignmentWindow   *self,
                                                GFile             *file);
GFile     *_alignment_window_dup_library_folder (AlignmentWindow  *self);
void       _alignment_window_library_set_sort  (AlignmentWindow   *self,
                                                AlignmentLibrarySort sort);

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
void       _alignment_window_show_error        (AlignmentWindow   *self,
                                                const char        *heading,
                                                const GError      *error);

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

G_END_DECLS
