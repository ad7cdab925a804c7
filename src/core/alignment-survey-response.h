/* alignment-survey-response.h: one respondent's answers in a survey round
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "alignment-types.h"
#include "alignment-enums.h"

G_BEGIN_DECLS

#define ALIGNMENT_TYPE_SURVEY_RESPONSE (alignment_survey_response_get_type ())

G_DECLARE_FINAL_TYPE (AlignmentSurveyResponse, alignment_survey_response, ALIGNMENT, SURVEY_RESPONSE, GObject)

/* Properties: "party" (AlignmentParty, the answering party), "respondent"
 * (a role or a name, never NULL when read) and "answers": the answers to
 * items 1 to ALIGNMENT_SURVEY_N_ITEMS as one string, a character per
 * item, '1' to '7' or '-' for no answer.  One string rather than twelve
 * properties, so that an edit is one change to undo. */

AlignmentSurveyResponse *alignment_survey_response_new            (AlignmentParty           party);
AlignmentParty           alignment_survey_response_get_party      (AlignmentSurveyResponse *self);
void                     alignment_survey_response_set_party      (AlignmentSurveyResponse *self,
                                                                   AlignmentParty           party);
const char              *alignment_survey_response_get_respondent (AlignmentSurveyResponse *self);
void                     alignment_survey_response_set_respondent (AlignmentSurveyResponse *self,
                                                                   const char              *respondent);
/* The answer to item @number (1-based): 1 to 7, or 0 when unanswered. */
guint                    alignment_survey_response_get_answer     (AlignmentSurveyResponse *self,
                                                                   guint                    number);
/* @answer 0 clears it. */
void                     alignment_survey_response_set_answer     (AlignmentSurveyResponse *self,
                                                                   guint                    number,
                                                                   guint                    answer);
guint                    alignment_survey_response_count_answers  (AlignmentSurveyResponse *self);
const char              *alignment_survey_response_get_answers    (AlignmentSurveyResponse *self);
/* Returns FALSE, changing nothing, when @answers is not a valid string. */
gboolean                 alignment_survey_response_set_answers    (AlignmentSurveyResponse *self,
                                                                   const char              *answers);
gboolean                 alignment_survey_response_equal          (AlignmentSurveyResponse *a,
                                                                   AlignmentSurveyResponse *b);

G_END_DECLS
