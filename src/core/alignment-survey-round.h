/* alignment-survey-round.h: one round of the trust survey
 *
 * A round, such as "Q1 2024 review", is answered on one date by
 * respondents of either party or both.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "alignment-types.h"

G_BEGIN_DECLS

#define ALIGNMENT_TYPE_SURVEY_ROUND (alignment_survey_round_get_type ())

G_DECLARE_FINAL_TYPE (AlignmentSurveyRound, alignment_survey_round, ALIGNMENT, SURVEY_ROUND, GObject)

/* Properties: "name" (never NULL when read) and "date" (a Julian day
 * number, 0 when not known). */

AlignmentSurveyRound *alignment_survey_round_new           (const char           *name,
                                                            guint32               date);
const char           *alignment_survey_round_get_name      (AlignmentSurveyRound *self);
void                  alignment_survey_round_set_name      (AlignmentSurveyRound *self,
                                                            const char           *name);
guint32               alignment_survey_round_get_date      (AlignmentSurveyRound *self);
void                  alignment_survey_round_set_date      (AlignmentSurveyRound *self,
                                                            guint32               date);
/* A GListStore of AlignmentSurveyResponse, in order, owned by the round. */
GListStore           *alignment_survey_round_get_responses (AlignmentSurveyRound *self);
gboolean              alignment_survey_round_equal         (AlignmentSurveyRound *a,
                                                            AlignmentSurveyRound *b);

G_END_DECLS
