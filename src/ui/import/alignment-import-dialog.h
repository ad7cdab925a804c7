/* alignment-import-dialog.h: a sheet's signals, previewed before import
 *
 * The dialog reads a signal log kept in a spreadsheet (a CSV, TSV or
 * XLSX file, or rows pasted from a spreadsheet) in a thread, and shows
 * what an import would create before anything is created: the columns
 * of the sheet and which column of the signal log each one fills (the
 * user can change that), the worksheet of a workbook, the year of dates
 * written without one, the signals as they will be imported, and the
 * importer's report of every repair and doubt.  Errors (an unreadable
 * file, a zip bomb, a sheet without signals) are shown in the dialog.
 *
 * The caller decides what an import means.  For a sheet file, a new case:
 *
 *   static void
 *   import_cb (AlignmentImportDialog *dialog,
 *              AlignmentCase         *imported,
 *              guint                  n_signals,
 *              gpointer               user_data)
 *   {
 *     show_new_case (user_data, imported);   // takes its own reference
 *   }
 *
 *   dialog = alignment_import_dialog_new (GTK_WINDOW (window), file);
 *   g_signal_connect (dialog, "import", G_CALLBACK (import_cb), window);
 *   gtk_window_present (GTK_WINDOW (dialog));
 *
 * For pasted text, alignment_import_dialog_new_for_text(), and the
 * handler appends the signals of @imported to the open case.
 *
 * The dialog is modal and transient for @parent, and destroys itself:
 * after "import", or when the user cancels (Cancel, Escape, closing
 * it).  It emits "import" at most once.
 *
 * Signals:
 *   "import" (AlignmentImportDialog *dialog, AlignmentCase *imported,
 *             guint n_signals, gpointer user_data)
 *       The user chose Import (or pressed Ctrl+Enter).  @imported is a
 *       new case holding the @n_signals signals shown (n_signals > 0),
 *       the title and context the sheet gave, if any; for a file whose
 *       sheet gives no title, the file's name without its extension is
 *       the title.  The dialog drops its reference when the handler
 *       returns: take one (or move or copy the signals) to keep it.
 *
 * Properties:
 *   "file"  GFile, construct-only: the sheet file read, or NULL
 *   "text"  string, construct-only: the pasted text read, or NULL
 *   "busy"  boolean, read-only: TRUE while the sheet is being read or
 *           imported again after a change; Import waits for it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "alignment-core.h"
#include "alignment-import.h"

G_BEGIN_DECLS

#define ALIGNMENT_TYPE_IMPORT_DIALOG (alignment_import_dialog_get_type ())

G_DECLARE_FINAL_TYPE (AlignmentImportDialog, alignment_import_dialog, ALIGNMENT, IMPORT_DIALOG, AdwWindow)

/* Starts reading @sheet (CSV, TSV, UTF-16 text, XLSX or ODS, told apart
 * by content). */
AlignmentImportDialog *alignment_import_dialog_new          (GtkWindow             *parent,
                                                             GFile                 *sheet);
/* Starts reading @text: rows copied from a spreadsheet (tab-separated,
 * as spreadsheet programs put them on the clipboard; ';' and ','
 * work too), with or without their header row. */
AlignmentImportDialog *alignment_import_dialog_new_for_text (GtkWindow             *parent,
                                                             const char            *text);

gboolean               alignment_import_dialog_get_busy     (AlignmentImportDialog *self);
/* The import shown in the preview: its case, the column mapping used
 * and the report.  NULL while reading and when nothing could be read.
 * Owned by the dialog and replaced by every change the user makes. */
const AlignmentImport *alignment_import_dialog_get_import   (AlignmentImportDialog *self);

G_END_DECLS
