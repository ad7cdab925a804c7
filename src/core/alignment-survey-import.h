/* alignment-survey-import.h: survey responses from a form tool's export
 *
 * One row per respondent below a header row.  Item columns are found by
 * number ("1", "Q1", "Item 1", "Vraag 1", "Q1. text") or by the item's
 * text; optional columns name the party, the respondent and the date, in
 * English or Dutch.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "alignment-case.h"
#include "alignment-sheet.h"
#include "alignment-survey-round.h"

G_BEGIN_DECLS

#define ALIGNMENT_SURVEY_IMPORT_ERROR (alignment_survey_import_error_quark ())

typedef enum
{
  ALIGNMENT_SURVEY_IMPORT_ERROR_NO_ITEMS,  /* no column names an item */
  ALIGNMENT_SURVEY_IMPORT_ERROR_ANSWER,    /* an answer outside 1–7 */
  ALIGNMENT_SURVEY_IMPORT_ERROR_PARTY,     /* a row whose party is not known */
  ALIGNMENT_SURVEY_IMPORT_ERROR_DATE,      /* a date that is not one */
  ALIGNMENT_SURVEY_IMPORT_ERROR_EMPTY,     /* no row with an answer */
} AlignmentSurveyImportError;

GQuark alignment_survey_import_error_quark (void);

typedef struct
{
  AlignmentSurveyRound *round;   /* the responses read, in row order */
  GPtrArray            *report;  /* lines of text: what was read and how */
} AlignmentSurveyImport;

void                   alignment_survey_import_free  (AlignmentSurveyImport *import);

/* Reads @sheet (named @file_name in messages) into a new round named
 * @name.  The questionnaire is @kase's, or the default when it has none;
 * @kase's party names are understood in a party column.  A row's own
 * party and date win over @party and @date (0 when not given); the round
 * takes the latest date of its rows.  Fails at the first answer outside
 * 1–7, naming the file, row and column. */
AlignmentSurveyImport *alignment_survey_import_sheet (AlignmentCase         *kase,
                                                      const AlignmentSheet  *sheet,
                                                      const char            *file_name,
                                                      const char            *name,
                                                      AlignmentParty         party,
                                                      guint32                date,
                                                      GError               **error);
/* The report as text, a line each. */
char                  *alignment_survey_import_report (AlignmentSurveyImport *import);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (AlignmentSurveyImport, alignment_survey_import_free)

G_END_DECLS
