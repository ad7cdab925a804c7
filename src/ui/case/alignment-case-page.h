/* alignment-case-page.h: the case shown, in its five views
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "alignment-core.h"
#include "alignment-import-dialog.h"
#include "alignment-timeline-view.h"

G_BEGIN_DECLS

#define ALIGNMENT_TYPE_CASE_PAGE (alignment_case_page_get_type ())

G_DECLARE_FINAL_TYPE (AlignmentCasePage, alignment_case_page, ALIGNMENT, CASE_PAGE, AdwBin)

/* Properties "document" (AlignmentDocument, NULL for none) and
 * "editor-visible", read-write; "selected-signal", read-only: each is
 * notified. */
AlignmentDocument  *alignment_case_page_get_document        (AlignmentCasePage *self);
void                alignment_case_page_set_document        (AlignmentCasePage *self,
                                                             AlignmentDocument *document);
AlignmentCase      *alignment_case_page_get_case            (AlignmentCasePage *self);
gboolean            alignment_case_page_get_editor_visible  (AlignmentCasePage *self);
void                alignment_case_page_set_editor_visible  (AlignmentCasePage *self,
                                                             gboolean           visible);

/* The stack of the five views ("signals", "timeline", "heatmap",
 * "details", "survey"), for a view switcher.  Alt+1 to Alt+9 show its pages in
 * order, from anywhere in the window (win.show-view). */
AdwViewStack       *alignment_case_page_get_stack           (AlignmentCasePage *self);
/* Whether the view shown, with a case, is a figure (Export Figure…,
 * Print…; property "figure-shown", notified when the survey gains or
 * loses its rounds), or one that zooms (the timeline). */
gboolean            alignment_case_page_get_figure_shown    (AlignmentCasePage *self);
gboolean            alignment_case_page_get_can_zoom        (AlignmentCasePage *self);
/* The name of the view shown, or NULL. */
const char         *alignment_case_page_get_view            (AlignmentCasePage *self);
void                alignment_case_page_show_view           (AlignmentCasePage *self,
                                                             const char        *name);

/* The signals the list shows, sorted and filtered, as a
 * GtkSingleSelection of AlignmentSignal; see alignment_window_get_selection(). */
GtkSingleSelection *alignment_case_page_get_selection       (AlignmentCasePage *self);
AlignmentSignal    *alignment_case_page_get_selected_signal (AlignmentCasePage *self);
/* Selects @signal in every view, clearing the list's filters when they
 * hide it; NULL unselects. */
void                alignment_case_page_select_signal       (AlignmentCasePage *self,
                                                             AlignmentSignal   *signal);
/* Shows every signal again: no filter, no set chosen in the heatmap or
 * the thread panel; or only the latter. */
void                alignment_case_page_clear_filters       (AlignmentCasePage *self);
void                alignment_case_page_clear_signal_set    (AlignmentCasePage *self);
/* The Signals view's list, and its column view itself (for shortcuts
 * that apply in it only). */
typedef struct _AlignmentSignalTable AlignmentSignalTable;
AlignmentSignalTable *alignment_case_page_get_signal_table  (AlignmentCasePage *self);
GtkColumnView      *alignment_case_page_get_column_view     (AlignmentCasePage *self);
/* Gives the keyboard to the list of signals. */
void                alignment_case_page_focus_list          (AlignmentCasePage *self);

/* The heatmap's default columns and the trust palette follow @settings
 * (the application's), once set. */
void                alignment_case_page_bind_settings       (AlignmentCasePage *self,
                                                             GSettings         *settings);
/* The dividers beside the editor and below the heatmap, whose places
 * the window keeps. */
GtkPaned           *alignment_case_page_get_editor_paned    (AlignmentCasePage *self);
GtkPaned           *alignment_case_page_get_heatmap_paned   (AlignmentCasePage *self);

/* What the window's actions on signals do (win.new-signal,
 * win.new-thread, win.duplicate-signal, win.delete-signal,
 * win.previous-signal, win.next-signal): each edits the document shown
 * as one step that can be undone. */
void                alignment_case_page_new_signal          (AlignmentCasePage *self);
void                alignment_case_page_new_thread          (AlignmentCasePage *self);
void                alignment_case_page_duplicate_signal    (AlignmentCasePage *self);
void                alignment_case_page_delete_signal       (AlignmentCasePage *self);
void                alignment_case_page_previous_signal     (AlignmentCasePage *self);
void                alignment_case_page_next_signal         (AlignmentCasePage *self);

/* Opens the import preview for pasted @text; on "import" the signals
 * are added, as one step, to the document shown now.  Returns the
 * dialog (owned by itself), or NULL when no case is shown. */
AlignmentImportDialog *alignment_case_page_paste_rows      (AlignmentCasePage *self,
                                                            const char        *text);
/* What win.paste-signals (Ctrl+V in the list) does: the clipboard's
 * rows through alignment_case_page_paste_rows(), or a note saying how
 * to copy some. */
void                alignment_case_page_paste_signals       (AlignmentCasePage *self);

/* What the window's actions do (win.zoom-in, win.zoom-out, win.zoom-fit,
 * win.zoom-selection, win.export-figure, win.print, win.export-case). */
void                alignment_case_page_zoom_in             (AlignmentCasePage *self);
void                alignment_case_page_zoom_out            (AlignmentCasePage *self);
void                alignment_case_page_zoom_fit            (AlignmentCasePage *self);
void                alignment_case_page_zoom_selection      (AlignmentCasePage *self);
/* Export Figure…: asks for the timeline's options, then for the file. */
void                alignment_case_page_ask_export_figure   (AlignmentCasePage *self);
/* Print…: the timeline's own options, then the system's dialog. */
void                alignment_case_page_ask_print           (AlignmentCasePage *self);

/* Print Blank Questionnaire… (win.survey-print-form): the system's
 * dialog, then the trust survey's blank form, an A4 page per party;
 * with @export_path, to that PDF without a dialog. */
void                alignment_case_page_ask_print_survey_form (AlignmentCasePage *self);
gboolean            alignment_case_page_print_survey_form   (AlignmentCasePage             *self,
                                                             const char                    *export_path,
                                                             GError                       **error);

/* Export Case…: asks for a file, then writes the case to it. */
void                alignment_case_page_ask_export_case     (AlignmentCasePage *self);
/* Writes the case as CSV, TSV or XES, by @file's extension: what
 * Export Case… does once the user chose a file. */
gboolean            alignment_case_page_export_case         (AlignmentCasePage  *self,
                                                             GFile              *file,
                                                             GError            **error);

/* What the options step of Export Figure… asks for a timeline. */
typedef struct
{
  double                 width;      /* points */
  double                 dpi;        /* of a PNG */
  double                 first_day;  /* Julian days, [first, last) */
  double                 last_day;
  AlignmentTimelineLanes lanes;
  gboolean               no_title;   /* leave out the title block */
} AlignmentTimelineExport;

/* Writes the figure of the view shown (timeline, heatmap or survey
 * trend) to @file, in the format its name ends in (.pdf, .svg, .png;
 * .csv for the heatmap): what Export Figure… does once the user chose a file. */
gboolean            alignment_case_page_export_figure       (AlignmentCasePage             *self,
                                                             GFile                         *file,
                                                             GError                       **error);
/* Writes the timeline to @file laid out by @options, whatever view is
 * shown: what Export Figure… does once the options and file are chosen. */
gboolean            alignment_case_page_export_timeline     (AlignmentCasePage             *self,
                                                             GFile                         *file,
                                                             const AlignmentTimelineExport *options,
                                                             GError                       **error);
/* Prints the view shown; with @export_path, to that PDF without a
 * dialog (GTK_PRINT_OPERATION_ACTION_EXPORT). */
gboolean            alignment_case_page_print               (AlignmentCasePage             *self,
                                                             const char                    *export_path,
                                                             GError                       **error);

G_END_DECLS
