/* alignment-survey-score.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "alignment-survey.h"
#include "alignment-survey-score.h"

gboolean
alignment_survey_score_response (AlignmentSurveyResponse *response,
                                 GListModel              *items,
                                 AlignmentRealm           realm,
                                 double                  *score)
{
  guint n_items = g_list_model_get_n_items (items);
  guint n = 0, sum = 0;

  g_return_val_if_fail (ALIGNMENT_IS_SURVEY_RESPONSE (response), FALSE);
  g_return_val_if_fail (realm < ALIGNMENT_N_REALMS, FALSE);

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(AlignmentSurveyItem) item = g_list_model_get_item (items, i);
      guint answer;

      if (alignment_survey_item_get_realm (item) != realm)
        continue;

      answer = alignment_survey_response_get_answer (response, alignment_survey_item_get_number (item));
      if (answer == 0)
        continue;

      if (alignment_survey_item_get_reverse (item))
        answer = ALIGNMENT_SURVEY_MIN_ANSWER + ALIGNMENT_SURVEY_MAX_ANSWER - answer;
      sum += answer;
      n++;
    }

  if (n < ALIGNMENT_SURVEY_MIN_REALM_ANSWERS)
    return FALSE;

  *score = (double) sum / n;
  return TRUE;
}

void
alignment_survey_score_round (AlignmentSurveyRound *round,
                              GListModel           *items,
                              AlignmentSurveyScore  scores[ALIGNMENT_N_PARTIES][ALIGNMENT_N_REALMS])
{
  GListModel *responses;
  guint n;

  g_return_if_fail (ALIGNMENT_IS_SURVEY_ROUND (round));

  memset (scores, 0, sizeof (AlignmentSurveyScore) * ALIGNMENT_N_PARTIES * ALIGNMENT_N_REALMS);
  responses = G_LIST_MODEL (alignment_survey_round_get_responses (round));
  n = g_list_model_get_n_items (responses);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AlignmentSurveyResponse) response = g_list_model_get_item (responses, i);
      AlignmentParty party = alignment_survey_response_get_party (response);

      if (party != ALIGNMENT_PARTY_CUSTOMER && party != ALIGNMENT_PARTY_PROVIDER)
        continue;

      for (guint realm = 0; realm < ALIGNMENT_N_REALMS; realm++)
        {
          AlignmentSurveyScore *s = &scores[party - 1][realm];
          double value;

          if (!alignment_survey_score_response (response, items, realm, &value))
            continue;

          s->min = s->n == 0 ? value : MIN (s->min, value);
          s->max = s->n == 0 ? value : MAX (s->max, value);
          s->mean += value; /* the sum until the end */
          s->n++;
        }
    }

  for (guint p = 0; p < ALIGNMENT_N_PARTIES; p++)
    for (guint realm = 0; realm < ALIGNMENT_N_REALMS; realm++)
      if (scores[p][realm].n > 0)
        scores[p][realm].mean /= scores[p][realm].n;
}
