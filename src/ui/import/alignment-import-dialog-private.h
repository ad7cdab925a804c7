/* alignment-import-dialog-private.h: the import dialog's parts
 *
 * The dialog (alignment-import-dialog.c) shows and decides; its jobs
 * (alignment-import-dialog-job.c) read and import sheets in a thread;
 * its cells (alignment-import-dialog-cells.c) fill the column views of
 * the preview and the report.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "alignment-import-dialog.h"

G_BEGIN_DECLS

/* A sheet shared by the dialog and its import threads: never changed
 * once read, freed with its last reference. */
typedef struct
{
  AlignmentSheet *sheet;
} AlignmentImportSheetRef;

AlignmentImportSheetRef *_alignment_import_sheet_ref_ref   (AlignmentImportSheetRef *ref);
void                     _alignment_import_sheet_ref_unref (AlignmentImportSheetRef *ref);

typedef struct
{
  /* What to read: a file (with its bytes once loaded) or text; or, when
   * @sheet is set, only the import to run again. */
  GFile                   *file;
  GBytes                  *bytes;
  char                    *text;
  char                    *sheet_name;   /* NULL: the first sheet with signals */
  AlignmentImportSheetRef *sheet;
  AlignmentImportOptions   options;

  /* What the thread found */
  GStrv                    sheet_names;  /* of a workbook; NULL for text */
  AlignmentImport         *import;
  GError                  *import_error; /* the sheet was read, no signals */
} AlignmentImportJob;

void _alignment_import_job_free   (AlignmentImportJob *job);
/* A GTaskThreadFunc; the task data is the job.  Returns TRUE, with the
 * results in the job, or the error that kept the sheet from being read. */
void _alignment_import_job_thread (GTask              *task,
                                   gpointer            source_object,
                                   gpointer            task_data,
                                   GCancellable       *cancellable);

/* One note of the report, as an item of its column view. */
#define ALIGNMENT_TYPE_IMPORT_NOTE_ITEM (alignment_import_note_item_get_type ())

G_DECLARE_FINAL_TYPE (AlignmentImportNoteItem, alignment_import_note_item, ALIGNMENT, IMPORT_NOTE_ITEM, GObject)

AlignmentImportNoteItem *_alignment_import_note_item_new (const AlignmentImportNote *note);

/* Adds the columns of the preview (signals) and of the report (notes). */
void _alignment_import_dialog_add_columns (AlignmentImportDialog *self,
                                           GtkColumnView         *rows_view,
                                           GtkColumnView         *notes_view);

G_END_DECLS
