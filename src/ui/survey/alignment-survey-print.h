/* alignment-survey-print.h: printing the trust survey
 *
 * Two GtkPrintOperations: the trend of the Survey view on one landscape
 * page under the case's title block, and the blank questionnaire, A4,
 * the customer's pages then the provider's, each with the other party's
 * name filled in.  Both draw with the render layer's painters in the
 * print palette, on white, as the exports do.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "alignment-core.h"

G_BEGIN_DECLS

#define ALIGNMENT_TYPE_SURVEY_PRINT (alignment_survey_print_get_type ())

G_DECLARE_FINAL_TYPE (AlignmentSurveyPrint, alignment_survey_print, ALIGNMENT, SURVEY_PRINT, GtkPrintOperation)

/* Run them with gtk_print_operation_run(): GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG
 * to print, or GTK_PRINT_OPERATION_ACTION_EXPORT with an export filename
 * to write a PDF. */
AlignmentSurveyPrint *alignment_survey_print_new_trend      (AlignmentCase        *kase);
AlignmentSurveyPrint *alignment_survey_print_new_form       (AlignmentCase        *kase);

/* The title block above the trend (case, parties, period); on unless
 * switched off.  The form has its own heading. */
void                  alignment_survey_print_set_title_block (AlignmentSurveyPrint *self,
                                                              gboolean              show);

G_END_DECLS
