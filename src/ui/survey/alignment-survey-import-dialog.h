/* alignment-survey-import-dialog.h: survey responses from a sheet, previewed
 *
 * The dialog reads a form tool's export (CSV, TSV, XLSX or ODS) in a
 * thread and shows what the import would add before anything is added:
 * the responses with their scores, and the importer's report, or the
 * cell it refused (the file, row and column of an answer of 8).  The
 * user names the round, and gives the date and party for rows that have
 * none.  Import adds the round to the document's case as one step of
 * its history, then the dialog closes; it destroys itself.
 *
 * Signals:
 *   "imported" (AlignmentSurveyImportDialog *dialog,
 *               AlignmentSurveyRound *round, gpointer user_data)
 *       After the round was added to the case.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "alignment-core.h"

G_BEGIN_DECLS

#define ALIGNMENT_TYPE_SURVEY_IMPORT_DIALOG (alignment_survey_import_dialog_get_type ())

G_DECLARE_FINAL_TYPE (AlignmentSurveyImportDialog, alignment_survey_import_dialog, ALIGNMENT, SURVEY_IMPORT_DIALOG, AdwWindow)

AlignmentSurveyImportDialog *alignment_survey_import_dialog_new        (GtkWindow                   *parent,
                                                                        AlignmentDocument           *document,
                                                                        GFile                       *sheet);
/* TRUE while the sheet is being read. */
gboolean                     alignment_survey_import_dialog_get_busy   (AlignmentSurveyImportDialog *self);
/* The import shown, or NULL (while reading, or when it failed). */
const AlignmentSurveyImport *alignment_survey_import_dialog_get_import (AlignmentSurveyImportDialog *self);
/* Why nothing can be imported (a refused answer, an unreadable file),
 * or NULL. */
const char                  *alignment_survey_import_dialog_get_error  (AlignmentSurveyImportDialog *self);

G_END_DECLS
