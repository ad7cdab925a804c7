/* alignment-survey-compare.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "alignment-i18n.h"

#include "alignment-date.h"
#include "alignment-signal.h"
#include "alignment-survey-compare.h"
#include "alignment-survey-score.h"

void
alignment_survey_mismatch_free (AlignmentSurveyMismatch *mismatch)
{
  if (mismatch == NULL)
    return;

  g_clear_object (&mismatch->from);
  g_clear_object (&mismatch->to);
  g_clear_pointer (&mismatch->signal_ids, g_ptr_array_unref);
  g_free (mismatch);
}

static int
compare_round_dates (gconstpointer a,
                     gconstpointer b)
{
  guint32 x = alignment_survey_round_get_date (*(AlignmentSurveyRound * const *) a);
  guint32 y = alignment_survey_round_get_date (*(AlignmentSurveyRound * const *) b);

  return x < y ? -1 : x > y;
}

/* The rounds with a date, in date order (a stable sort keeps the file's
 * order for rounds on the same day). */
static GPtrArray *
dated_rounds (AlignmentCase *kase)
{
  GListModel *rounds = G_LIST_MODEL (alignment_case_get_survey_rounds (kase));
  guint n = g_list_model_get_n_items (rounds);
  GPtrArray *dated = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < n; i++)
    {
      AlignmentSurveyRound *round = g_list_model_get_item (rounds, i);

      if (alignment_survey_round_get_date (round) != 0)
        g_ptr_array_add (dated, round);
      else
        g_object_unref (round);
    }

  g_ptr_array_sort (dated, compare_round_dates);
  return dated;
}

/* Adds up what the signals dated after @from up to @to did to @party's
 * trust in @realm: a mismatch when that contradicts the move from
 * @from_score to @to_score, NULL otherwise. */
static AlignmentSurveyMismatch *
check_pair (AlignmentCase        *kase,
            AlignmentSurveyRound *from,
            AlignmentSurveyRound *to,
            AlignmentParty        party,
            AlignmentRealm        realm,
            double                from_score,
            double                to_score)
{
  g_autoptr(AlignmentSurveyMismatch) mismatch = g_new0 (AlignmentSurveyMismatch, 1);
  guint32 after = alignment_survey_round_get_date (from);
  guint32 until = alignment_survey_round_get_date (to);
  AlignmentSignal **signals;
  guint n_signals;
  int net = 0;

  mismatch->signal_ids = g_ptr_array_new_with_free_func (g_free);
  signals = alignment_case_peek_signals (kase, &n_signals);
  for (guint i = 0; i < n_signals; i++)
    {
      guint32 day = alignment_signal_get_start_julian (signals[i]);
      int delta;

      if (day <= after || day > until)
        continue;
      delta = alignment_impact_to_delta (alignment_signal_get_impact (signals[i], party, realm));
      if (delta == 0)
        continue;

      net += delta;
      mismatch->n_positive += delta > 0;
      mismatch->n_negative += delta < 0;
      g_ptr_array_add (mismatch->signal_ids, g_strdup (alignment_signal_get_id (signals[i])));
    }

  if (!((to_score < from_score && net > 0) || (to_score > from_score && net < 0)))
    return NULL;

  mismatch->from = g_object_ref (from);
  mismatch->to = g_object_ref (to);
  mismatch->party = party;
  mismatch->realm = realm;
  mismatch->from_score = from_score;
  mismatch->to_score = to_score;
  return g_steal_pointer (&mismatch);
}

GPtrArray *
alignment_survey_compare_log (AlignmentCase *kase)
{
  GListModel *items;
  g_autoptr(GPtrArray) rounds = NULL;
  GPtrArray *found;

  g_return_val_if_fail (ALIGNMENT_IS_CASE (kase), NULL);

  items = G_LIST_MODEL (alignment_case_get_survey_items (kase));
  rounds = dated_rounds (kase);
  found = g_ptr_array_new_with_free_func ((GDestroyNotify) alignment_survey_mismatch_free);

  for (guint i = 1; i < rounds->len; i++)
    {
      AlignmentSurveyRound *from = g_ptr_array_index (rounds, i - 1);
      AlignmentSurveyRound *to = g_ptr_array_index (rounds, i);
      AlignmentSurveyScore a[ALIGNMENT_N_PARTIES][ALIGNMENT_N_REALMS];
      AlignmentSurveyScore b[ALIGNMENT_N_PARTIES][ALIGNMENT_N_REALMS];

      alignment_survey_score_round (from, items, a);
      alignment_survey_score_round (to, items, b);
      for (guint p = 0; p < ALIGNMENT_N_PARTIES; p++)
        for (guint realm = 0; realm < ALIGNMENT_N_REALMS; realm++)
          {
            AlignmentSurveyMismatch *mismatch;

            if (a[p][realm].n == 0 || b[p][realm].n == 0)
              continue;
            mismatch = check_pair (kase, from, to, p + 1, realm, a[p][realm].mean, b[p][realm].mean);
            if (mismatch != NULL)
              g_ptr_array_add (found, mismatch);
          }
    }

  return found;
}

char *
alignment_survey_mismatch_describe (AlignmentCase                 *kase,
                                    const AlignmentSurveyMismatch *mismatch)
{
  const char *party = alignment_case_get_party_name (kase, mismatch->party);
  const char *realm = alignment_realm_get_label (mismatch->realm);
  const char *from = alignment_survey_round_get_name (mismatch->from);
  const char *to = alignment_survey_round_get_name (mismatch->to);
  int net = (int) mismatch->n_positive - (int) mismatch->n_negative;

  if (mismatch->to_score < mismatch->from_score)
    /* Translators: "Shipbuilder (customer): Operational trust fell from
     * 5.50 to 4.00 between “Q1 review” and “Q2 review”, while the signals
     * dated between them add up to +2 (2 up, 0 down): …" */
    return g_strdup_printf (_("%s: %s trust fell from %.2f to %.2f between “%s” and “%s”, while the signals "
                              "dated between them add up to %+d (%u up, %u down): signals may be missing"),
                            party, realm, mismatch->from_score, mismatch->to_score, from, to,
                            net, mismatch->n_positive, mismatch->n_negative);

  return g_strdup_printf (_("%s: %s trust rose from %.2f to %.2f between “%s” and “%s”, while the signals "
                            "dated between them add up to %+d (%u up, %u down): signals may be missing"),
                          party, realm, mismatch->from_score, mismatch->to_score, from, to,
                          net, mismatch->n_positive, mismatch->n_negative);
}
