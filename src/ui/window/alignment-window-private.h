/* alignment-window-private.h: what the parts of the window share
 *
 * The window is split by concern, as gnome-text-editor's editor-window
 * is: alignment-window.c (the object, documents, state),
 * alignment-window-actions.c (the actions), alignment-window-save.c
 * (saving, recovery copies, and closing with unsaved changes),
 * alignment-window-import.c (Import…).  Recovery copies after a
 * crash are offered back by alignment-recovery-offer.c; the case's file
 * changed by another program is AlignmentDiskBar's to show.  The case
 * shown is an AlignmentCasePage of its own, the case library an
 * AlignmentLibrarySidebar, a case being read an AlignmentLoadingPage.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "alignment-window.h"
#include "alignment-case-page.h"
#include "alignment-conflict-bar.h"
#include "alignment-disk-bar.h"
#include "alignment-library-sidebar.h"
#include "alignment-loading-page.h"
#include "alignment-import-dialog.h"

G_BEGIN_DECLS

struct _AlignmentWindow
{
  AdwApplicationWindow  parent_instance;

  /* Template children */
  AdwToastOverlay      *toast_overlay;
  AdwFlap              *library_flap;
  GtkToggleButton      *library_button;
  AlignmentLibrarySidebar *sidebar;
  AdwViewSwitcherTitle *switcher_title;
  GtkStack             *main_stack;
  AdwStatusPage        *error_page;
  GtkWidget            *open_partial_button;
  AlignmentLoadingPage *loading_page;
  AlignmentCasePage    *case_page;
  AdwViewSwitcherBar   *switcher_bar;

  /* Every case this window has open, edited or not; the one shown. */
  GListStore           *documents;
  AlignmentDocument    *document;
  /* The file shown or being loaded (also when it could not be read). */
  GFile                *file;
  /* The case shown before the load under way, which a cancelled load
   * goes back to; NULL for the empty state. */
  AlignmentDocument    *before_loading;
  /* The file being loaded, held in the library (which takes its
   * summary from the load instead of reading it again). */
  GFile                *held_file;
  GtkFileChooserNative *chooser;

  /* Closing: the documents still to ask about, and whether the answer
   * for all of them has been given. */
  GPtrArray            *close_queue;
  gboolean              close_confirmed;
  gboolean              saving;
  GtkWidget            *focus_before_save;

  /* Over the case: its file, changed by another program.  A weak
   * pointer: the bar belongs to the widget tree. */
  AlignmentDiskBar     *disk_bar;
  /* Over the case: the conflicts a merge left (weak, as disk_bar). */
  AlignmentConflictBar *conflict_bar;

  /* Import…: one at a time. */
  GtkFileChooserNative *io_chooser;
};

/* alignment-window.c */
/* Opens what could be read of the file that did not load (self->file)
 * as a new, unsaved case, and says what was missing. */
void       _alignment_window_open_partial      (AlignmentWindow   *self);
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
typedef void (*AlignmentWindowFileFunc) (AlignmentWindow *self,
                                         GFile           *file);
GtkFileChooser *_alignment_window_new_open_chooser (AlignmentWindow         *self,
                                                    const char              *title,
                                                    const char              *accept_label,
                                                    AlignmentWindowFileFunc  chosen);
void       _alignment_window_show_error        (AlignmentWindow   *self,
                                                const char        *heading,
                                                const GError      *error);
void       _alignment_window_cancel_loading    (AlignmentWindow   *self);

/* alignment-window-actions.c */
void       _alignment_window_actions_class_init (GtkWidgetClass   *widget_class);

/* alignment-window-import.c */
void       _alignment_window_import_class_init (GtkWidgetClass   *widget_class);
void       _alignment_window_update_import_actions (AlignmentWindow *self);
/* Opens the import preview for @sheet; on "import" the signals become a
 * new case in the library.  Returns the dialog (owned by itself). */
AlignmentImportDialog *_alignment_window_import_sheet (AlignmentWindow *self,
                                                       GFile           *sheet);
/* TRUE for the names of sheets Import… reads (.csv, .tsv, .txt, .xlsx). */
gboolean   _alignment_window_is_sheet_file     (GFile             *file);

/* alignment-window-survey.c */
void       _alignment_window_survey_class_init (GtkWidgetClass   *widget_class);
void       _alignment_window_update_survey_actions (AlignmentWindow *self);

/* alignment-window-actions.c */
void       _alignment_window_add_case_to_library (AlignmentWindow *self,
                                                  AlignmentCase   *alignment_case);

/* alignment-window-merge.c: Share a Copy…, Merge a Copy…, conflicts */
void       _alignment_window_merge_class_init  (GtkWidgetClass    *widget_class);
void       _alignment_window_merge_init        (AlignmentWindow   *self);
/* The conflict bar follows self->document. */
void       _alignment_window_merge_set_document (AlignmentWindow  *self);
void       _alignment_window_update_merge_actions (AlignmentWindow *self);
/* Writes a copy of the case shown for @owner's party into @file and makes
 * the case remember the exchange (one step of its history). */
gboolean   _alignment_window_share_copy_to     (AlignmentWindow    *self,
                                                AlignmentCopyOwner  owner,
                                                GFile              *file,
                                                GError            **error);
/* Reads @file (in a thread) and merges it into the case shown; says
 * what failed in a dialog. */
void       _alignment_window_merge_file        (AlignmentWindow   *self,
                                                GFile             *file);
/* Merges @theirs into the case shown: a backup first (*@backup_out, the
 * file written), then one step of its history, then the result dialog. */
gboolean   _alignment_window_merge_case        (AlignmentWindow   *self,
                                                AlignmentCase     *theirs,
                                                GFile            **backup_out,
                                                GError           **error);
/* The merge report in a window of its own (returned), with Save…. */
GtkWidget *_alignment_window_show_merge_report (AlignmentWindow   *self,
                                                const char        *report);

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
