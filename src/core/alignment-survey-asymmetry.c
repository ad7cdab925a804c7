/* alignment-survey-asymmetry.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "alignment-i18n.h"

#include "alignment-survey-asymmetry.h"
#include "alignment-survey-score.h"

void
alignment_survey_asymmetry_round (AlignmentSurveyRound     *round,
                                  GListModel               *items,
                                  AlignmentSurveyAsymmetry  asymmetry[ALIGNMENT_N_REALMS])
{
  AlignmentSurveyScore scores[ALIGNMENT_N_PARTIES][ALIGNMENT_N_REALMS];

  g_return_if_fail (ALIGNMENT_IS_SURVEY_ROUND (round));

  alignment_survey_score_round (round, items, scores);
  for (guint realm = 0; realm < ALIGNMENT_N_REALMS; realm++)
    {
      const AlignmentSurveyScore *c = &scores[ALIGNMENT_PARTY_INDEX (ALIGNMENT_PARTY_CUSTOMER)][realm];
      const AlignmentSurveyScore *p = &scores[ALIGNMENT_PARTY_INDEX (ALIGNMENT_PARTY_PROVIDER)][realm];
      AlignmentSurveyAsymmetry *a = &asymmetry[realm];

      a->n_customer = c->n;
      a->n_provider = p->n;
      a->customer = c->mean;
      a->provider = p->mean;
      a->gap = c->n > 0 && p->n > 0 ? c->mean - p->mean : 0.0;
    }
}

gboolean
alignment_survey_asymmetry_is_uneven (const AlignmentSurveyAsymmetry *asymmetry)
{
  g_return_val_if_fail (asymmetry != NULL, FALSE);

  /* Compared as shown, to two decimals: 0.50 apart is still even. */
  return asymmetry->n_customer > 0 && asymmetry->n_provider > 0
         && round (fabs (asymmetry->gap) * 100) > ALIGNMENT_SURVEY_EVEN_GAP * 100;
}

char *
alignment_survey_asymmetry_describe (AlignmentCase                  *kase,
                                     const AlignmentSurveyAsymmetry *a)
{
  const char *customer, *provider;

  g_return_val_if_fail (ALIGNMENT_IS_CASE (kase), NULL);
  g_return_val_if_fail (a != NULL, NULL);

  customer = alignment_case_get_party_name (kase, ALIGNMENT_PARTY_CUSTOMER);
  provider = alignment_case_get_party_name (kase, ALIGNMENT_PARTY_PROVIDER);

  if (a->n_customer == 0 && a->n_provider == 0)
    return g_strdup (_("Neither party answered"));
  if (a->n_provider == 0)
    /* Translators: %s is the party that answered, %.2f its score. */
    return g_strdup_printf (_("Only %s answered: %.2f"), customer, a->customer);
  if (a->n_customer == 0)
    return g_strdup_printf (_("Only %s answered: %.2f"), provider, a->provider);

  if (!alignment_survey_asymmetry_is_uneven (a))
    /* Translators: the customer's trust in the provider against the
     * provider's trust in the customer, within half a point. */
    return g_strdup_printf (_("Even: %s %.2f, %s %.2f"), customer, a->customer, provider, a->provider);

  if (a->gap > 0)
    /* Translators: "Shipbuilder trusts IT provider more: 5.25 against
     * 4.00, 1.25 apart". */
    return g_strdup_printf (_("%s trusts %s more: %.2f against %.2f, %.2f apart"),
                            customer, provider, a->customer, a->provider, a->gap);
  return g_strdup_printf (_("%s trusts %s more: %.2f against %.2f, %.2f apart"),
                          provider, customer, a->provider, a->customer, -a->gap);
}
