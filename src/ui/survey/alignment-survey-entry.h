/* alignment-survey-entry.h: typing in a respondent's survey answers
 *
 * A form for one response at a time: the round (one of the case's, or
 * a new one with its name and date), the answering party, the
 * respondent's role and the twelve statements, each on the scale of 1
 * (strongly disagree) to 7 (strongly agree).  Typing a digit answers
 * the statement that has the focus and moves on to the next; 0 skips
 * it unanswered, Delete clears it.  Reverse-coded statements look like the
 * others, as they do on paper.
 *
 * Add puts the response (and a new round) into the case as one step of
 * the document's history and closes; Add and Next does the same and
 * empties the form for the next respondent of the same round and party.
 * Opened on a response, the form edits it (Save, one step) or deletes
 * it.  The dialog is modal and destroys itself.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "alignment-core.h"

G_BEGIN_DECLS

#define ALIGNMENT_TYPE_SURVEY_ENTRY (alignment_survey_entry_get_type ())

G_DECLARE_FINAL_TYPE (AlignmentSurveyEntry, alignment_survey_entry, ALIGNMENT, SURVEY_ENTRY, AdwWindow)

/* A form for new responses to @document's case. */
AlignmentSurveyEntry *alignment_survey_entry_new              (GtkWindow               *parent,
                                                               AlignmentDocument       *document);
/* A form that edits @response of @round, a round of @document's case. */
AlignmentSurveyEntry *alignment_survey_entry_new_for_response (GtkWindow               *parent,
                                                               AlignmentDocument       *document,
                                                               AlignmentSurveyRound    *round,
                                                               AlignmentSurveyResponse *response);

/* The answers on the form, as AlignmentSurveyResponse:answers has them
 * ("7-5…", '-' for none).  Newly allocated. */
char                 *alignment_survey_entry_dup_answers      (AlignmentSurveyEntry    *self);
/* What the form refuses now, or NULL when it would add. */
const char           *alignment_survey_entry_get_problem      (AlignmentSurveyEntry    *self);
/* How many responses this form has added. */
guint                 alignment_survey_entry_get_n_added      (AlignmentSurveyEntry    *self);

G_END_DECLS
