/* alignment-survey-score.h: the trust survey's scores
 *
 * A response's score in a realm is the mean of its answers to the
 * realm's items, a reverse-coded answer counting as 8 − answer; it needs
 * ALIGNMENT_SURVEY_MIN_REALM_ANSWERS of them.  A round's score per party
 * and realm is the mean over the party's respondents who have one.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "alignment-enums.h"
#include "alignment-survey-response.h"
#include "alignment-survey-round.h"

G_BEGIN_DECLS

typedef struct
{
  guint  n;     /* respondents with a score; the rest is 0 when n is 0 */
  double mean;
  double min;
  double max;
} AlignmentSurveyScore;

/* Scores @response in @realm with the questionnaire @items (a list of
 * AlignmentSurveyItem).  FALSE when too few of the realm's items were
 * answered. */
gboolean alignment_survey_score_response (AlignmentSurveyResponse *response,
                                          GListModel              *items,
                                          AlignmentRealm           realm,
                                          double                  *score);
/* Fills @scores, indexed by party − 1 (customer first) and realm. */
void     alignment_survey_score_round    (AlignmentSurveyRound    *round,
                                          GListModel              *items,
                                          AlignmentSurveyScore     scores[ALIGNMENT_N_PARTIES][ALIGNMENT_N_REALMS]);

G_END_DECLS
