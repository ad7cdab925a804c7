/* test-survey.c: the trust survey's questionnaire, scores and undo
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "alignment-core.h"

static GListStore *
default_items (void)
{
  GListStore *items = g_list_store_new (ALIGNMENT_TYPE_SURVEY_ITEM);

  alignment_survey_add_default (items);
  return items;
}

/* @answers: one character per item, '1' to '7' or '-'. */
static AlignmentSurveyResponse *
response (AlignmentParty  party,
          const char     *answers)
{
  AlignmentSurveyResponse *r = alignment_survey_response_new (party);

  g_assert_true (alignment_survey_response_set_answers (r, answers));
  return r;
}

static void
test_survey_default_questionnaire (void)
{
  g_autoptr(GListStore) items = default_items ();
  static const gboolean reverse[] = { 0, 0, 0, 0, 0, 0, 1, 1, 0, 1, 1, 1 };

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (items)), ==, 12);
  for (guint n = 1; n <= 12; n++)
    {
      AlignmentSurveyItem *item = alignment_survey_lookup_item (G_LIST_MODEL (items), n);

      g_assert_nonnull (item);
      g_assert_cmpuint (alignment_survey_item_get_number (item), ==, n);
      g_assert_cmpint (alignment_survey_item_get_realm (item), ==, (n - 1) / 4);
      g_assert_cmpint (alignment_survey_item_get_reverse (item), ==, reverse[n - 1]);
      g_assert_cmpstr (alignment_survey_item_get_text (item), !=, "");
    }
  g_assert_null (alignment_survey_lookup_item (G_LIST_MODEL (items), 13));
}

static void
assert_scores (AlignmentSurveyResponse *r,
               GListModel              *items,
               double                   contractual,
               double                   operational,
               double                   relational)
{
  double expected[] = { contractual, operational, relational };

  for (guint realm = 0; realm < ALIGNMENT_N_REALMS; realm++)
    {
      double score = -1;
      gboolean has = alignment_survey_score_response (r, items, realm, &score);

      if (expected[realm] < 0)
        g_assert_false (has);
      else
        {
          g_assert_true (has);
          g_assert_cmpfloat_with_epsilon (score, expected[realm], 1e-9);
        }
    }
}

static void
test_survey_score_response (void)
{
  g_autoptr(GListStore) store = default_items ();
  GListModel *items = G_LIST_MODEL (store);
  g_autoptr(AlignmentSurveyResponse) sevens = response (ALIGNMENT_PARTY_CUSTOMER, "777777777777");
  g_autoptr(AlignmentSurveyResponse) ones = response (ALIGNMENT_PARTY_CUSTOMER, "111111111111");
  g_autoptr(AlignmentSurveyResponse) mixed = response (ALIGNMENT_PARTY_PROVIDER, "645326215734");
  g_autoptr(AlignmentSurveyResponse) sparse = response (ALIGNMENT_PARTY_PROVIDER, "5-33--1-2-6-");

  /* Operational: 7 7 (8−7) (8−7) = 16 / 4; relational: 7 1 1 1 = 10 / 4. */
  assert_scores (sevens, items, 7.0, 4.0, 2.5);
  /* Operational: 1 1 7 7 = 16 / 4; relational: 1 7 7 7 = 22 / 4. */
  assert_scores (ones, items, 1.0, 4.0, 5.5);
  /* Contractual: 6 4 5 3 = 18 / 4; operational: 2 6 (8−2) (8−1) = 21 / 4;
   * relational: 5 (8−7) (8−3) (8−4) = 15 / 4. */
  assert_scores (mixed, items, 4.5, 5.25, 3.75);
  /* Contractual: 5 3 3 of 4 = 11 / 3; operational: only 2 of 4 (6, 8−1)
   * answered, no score; relational: 2 and 8−6, 2 of 4, no score. */
  assert_scores (sparse, items, 11.0 / 3.0, -1, -1);
}

/* The scores follow the case's questionnaire, not the default: a case
 * that calls item 1 reverse-coded scores it so. */
static void
test_survey_score_own_questionnaire (void)
{
  g_autoptr(GListStore) store = default_items ();
  g_autoptr(AlignmentSurveyResponse) r = response (ALIGNMENT_PARTY_CUSTOMER, "777777777777");

  alignment_survey_item_set_reverse (alignment_survey_lookup_item (G_LIST_MODEL (store), 1), TRUE);
  /* Contractual: (8−7) 7 7 7 = 22 / 4. */
  assert_scores (r, G_LIST_MODEL (store), 5.5, 4.0, 2.5);
}

static void
test_survey_score_round (void)
{
  g_autoptr(GListStore) store = default_items ();
  g_autoptr(AlignmentSurveyRound) round = alignment_survey_round_new ("Q1 2024 review",
                                                                      alignment_date_parse_iso ("2024-03-28"));
  GListStore *responses = alignment_survey_round_get_responses (round);
  AlignmentSurveyScore scores[ALIGNMENT_N_PARTIES][ALIGNMENT_N_REALMS];
  const char *answers[] = {
    "777777777777", /* customer: 7, 4, 2.5 */
    "111111111111", /* customer: 1, 4, 5.5 */
    "645326215734", /* provider: 4.5, 5.25, 3.75 */
    "5-33--1-2-6-", /* provider: 11/3, none, none */
    "------------", /* provider: nothing at all */
  };

  for (guint i = 0; i < G_N_ELEMENTS (answers); i++)
    {
      g_autoptr(AlignmentSurveyResponse) r =
        response (i < 2 ? ALIGNMENT_PARTY_CUSTOMER : ALIGNMENT_PARTY_PROVIDER, answers[i]);

      g_list_store_append (responses, r);
    }

  alignment_survey_score_round (round, G_LIST_MODEL (store), scores);

  /* Customer, two respondents in every realm. */
  g_assert_cmpuint (scores[0][ALIGNMENT_REALM_CONTRACTUAL].n, ==, 2);
  g_assert_cmpfloat_with_epsilon (scores[0][ALIGNMENT_REALM_CONTRACTUAL].mean, 4.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (scores[0][ALIGNMENT_REALM_CONTRACTUAL].min, 1.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (scores[0][ALIGNMENT_REALM_CONTRACTUAL].max, 7.0, 1e-9);
  g_assert_cmpuint (scores[0][ALIGNMENT_REALM_OPERATIONAL].n, ==, 2);
  g_assert_cmpfloat_with_epsilon (scores[0][ALIGNMENT_REALM_OPERATIONAL].mean, 4.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (scores[0][ALIGNMENT_REALM_RELATIONAL].mean, 4.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (scores[0][ALIGNMENT_REALM_RELATIONAL].min, 2.5, 1e-9);
  g_assert_cmpfloat_with_epsilon (scores[0][ALIGNMENT_REALM_RELATIONAL].max, 5.5, 1e-9);

  /* Provider: contractual from two respondents, the others from one. */
  g_assert_cmpuint (scores[1][ALIGNMENT_REALM_CONTRACTUAL].n, ==, 2);
  g_assert_cmpfloat_with_epsilon (scores[1][ALIGNMENT_REALM_CONTRACTUAL].mean, (4.5 + 11.0 / 3.0) / 2, 1e-9);
  g_assert_cmpfloat_with_epsilon (scores[1][ALIGNMENT_REALM_CONTRACTUAL].min, 11.0 / 3.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (scores[1][ALIGNMENT_REALM_CONTRACTUAL].max, 4.5, 1e-9);
  g_assert_cmpuint (scores[1][ALIGNMENT_REALM_OPERATIONAL].n, ==, 1);
  g_assert_cmpfloat_with_epsilon (scores[1][ALIGNMENT_REALM_OPERATIONAL].mean, 5.25, 1e-9);
  g_assert_cmpuint (scores[1][ALIGNMENT_REALM_RELATIONAL].n, ==, 1);
  g_assert_cmpfloat_with_epsilon (scores[1][ALIGNMENT_REALM_RELATIONAL].mean, 3.75, 1e-9);
}

static void
test_survey_response_answers (void)
{
  g_autoptr(AlignmentSurveyResponse) r = alignment_survey_response_new (ALIGNMENT_PARTY_CUSTOMER);

  g_assert_cmpuint (alignment_survey_response_count_answers (r), ==, 0);
  alignment_survey_response_set_answer (r, 12, 7);
  alignment_survey_response_set_answer (r, 1, 3);
  g_assert_cmpstr (alignment_survey_response_get_answers (r), ==, "3----------7");
  g_assert_cmpuint (alignment_survey_response_get_answer (r, 1), ==, 3);
  g_assert_cmpuint (alignment_survey_response_get_answer (r, 2), ==, 0);
  g_assert_cmpuint (alignment_survey_response_count_answers (r), ==, 2);

  /* Nothing outside 1–7, and twelve answers exactly. */
  g_assert_false (alignment_survey_response_set_answers (r, "8-----------"));
  g_assert_false (alignment_survey_response_set_answers (r, "0-----------"));
  g_assert_false (alignment_survey_response_set_answers (r, "1111"));
  g_assert_cmpstr (alignment_survey_response_get_answers (r), ==, "3----------7");
}

/* The first round gives the case the default questionnaire; a case that
 * has its own wording keeps it. */
static void
test_survey_case_questionnaire (void)
{
  g_autoptr(AlignmentCase) c = alignment_case_new ();
  g_autoptr(AlignmentSurveyRound) first = alignment_survey_round_new ("First", 0);
  g_autoptr(AlignmentSurveyRound) second = alignment_survey_round_new ("Second", 0);
  GListModel *items = G_LIST_MODEL (alignment_case_get_survey_items (c));

  g_assert_cmpuint (g_list_model_get_n_items (items), ==, 0);
  alignment_case_add_survey_round (c, first);
  g_assert_cmpuint (g_list_model_get_n_items (items), ==, 12);
  g_assert_cmpstr (alignment_survey_item_get_text (alignment_survey_lookup_item (items, 3)), ==,
                   alignment_survey_default_text (3));

  alignment_survey_item_set_text (alignment_survey_lookup_item (items, 3), "Licensed wording");
  alignment_case_add_survey_round (c, second);
  g_assert_cmpuint (g_list_model_get_n_items (items), ==, 12);
  g_assert_cmpstr (alignment_survey_item_get_text (alignment_survey_lookup_item (items, 3)), ==,
                   "Licensed wording");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (alignment_case_get_survey_rounds (c))), ==, 2);
}

static void
test_survey_undo (void)
{
  g_autoptr(AlignmentCase) c = alignment_case_new ();
  g_autoptr(AlignmentSurveyRound) round = alignment_survey_round_new ("Q1", 0);
  g_autoptr(AlignmentHistory) history = NULL;
  g_autoptr(AlignmentSurveyResponse) r = alignment_survey_response_new (ALIGNMENT_PARTY_PROVIDER);
  GListStore *rounds = alignment_case_get_survey_rounds (c);

  alignment_case_add_survey_round (c, round);
  history = alignment_history_new (c);

  /* A response added to a round that was there before the history. */
  g_list_store_append (alignment_survey_round_get_responses (round), r);
  alignment_survey_response_set_answer (r, 4, 6);
  alignment_survey_response_set_respondent (r, "Service manager");
  alignment_survey_round_set_name (round, "Q1 2024 review");
  alignment_survey_item_set_text (alignment_survey_lookup_item (G_LIST_MODEL (alignment_case_get_survey_items (c)), 1),
                                  "Own wording");

  g_assert_true (alignment_history_undo (history));
  g_assert_cmpstr (alignment_survey_item_get_text (alignment_survey_lookup_item (G_LIST_MODEL (alignment_case_get_survey_items (c)), 1)),
                   ==, alignment_survey_default_text (1));
  g_assert_true (alignment_history_undo (history));
  g_assert_cmpstr (alignment_survey_round_get_name (round), ==, "Q1");
  g_assert_true (alignment_history_undo (history));
  g_assert_cmpstr (alignment_survey_response_get_respondent (r), ==, "");
  g_assert_true (alignment_history_undo (history));
  g_assert_cmpuint (alignment_survey_response_get_answer (r, 4), ==, 0);
  g_assert_true (alignment_history_undo (history));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (alignment_survey_round_get_responses (round))), ==, 0);
  g_assert_false (alignment_history_undo (history));

  g_assert_true (alignment_history_redo (history));
  g_assert_true (alignment_history_redo (history));
  g_assert_cmpuint (alignment_survey_response_get_answer (r, 4), ==, 6);

  /* A round added later: its responses are watched too. */
  {
    g_autoptr(AlignmentSurveyRound) later = alignment_survey_round_new ("Q2", 0);
    g_autoptr(AlignmentSurveyResponse) r2 = alignment_survey_response_new (ALIGNMENT_PARTY_CUSTOMER);

    alignment_case_add_survey_round (c, later);
    g_list_store_append (alignment_survey_round_get_responses (later), r2);
    alignment_survey_response_set_answer (r2, 9, 2);
    g_assert_true (alignment_history_undo (history));
    g_assert_cmpuint (alignment_survey_response_get_answer (r2, 9), ==, 0);
    g_assert_true (alignment_history_undo (history));
    g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (alignment_survey_round_get_responses (later))), ==, 0);
    g_assert_true (alignment_history_undo (history));
    g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (rounds)), ==, 1);
  }
}

static AlignmentSurveyRound *
round_of (const char *name,
          const char *date,
          const char *customer,
          const char *provider)
{
  AlignmentSurveyRound *round = alignment_survey_round_new (name, alignment_date_parse_iso (date));
  g_autoptr(AlignmentSurveyResponse) c = response (ALIGNMENT_PARTY_CUSTOMER, customer);
  g_autoptr(AlignmentSurveyResponse) p = response (ALIGNMENT_PARTY_PROVIDER, provider);

  g_list_store_append (alignment_survey_round_get_responses (round), c);
  g_list_store_append (alignment_survey_round_get_responses (round), p);
  return round;
}

static void
add_signal (AlignmentCase   *c,
            const char      *id,
            const char      *date,
            AlignmentParty   party,
            AlignmentImpact  contractual)
{
  g_autoptr(AlignmentSignal) signal = alignment_signal_new (id);

  alignment_signal_set_start_julian (signal, alignment_date_parse_iso (date));
  alignment_signal_set_impact (signal, party, ALIGNMENT_REALM_CONTRACTUAL, contractual);
  alignment_signal_list_append (alignment_case_get_signals (c), signal);
}

/* The provider's contractual trust falls from 6.00 to 3.00 while the
 * signals between the rounds raise it twice: a mismatch.  The
 * customer's rises with a positive signal: none.  Signals on the first
 * round's day or before, or after the second, do not count. */
static void
test_survey_compare_log (void)
{
  g_autoptr(AlignmentCase) c = alignment_case_new ();
  /* Listed out of date order: the comparison follows the dates. */
  g_autoptr(AlignmentSurveyRound) q2 = round_of ("Q2 review", "2024-06-30", "5555--------", "3333--------");
  g_autoptr(AlignmentSurveyRound) q1 = round_of ("Q1 review", "2024-03-31", "4444--------", "6666--------");
  g_autoptr(AlignmentSurveyRound) undated = round_of ("Undated", "", "1111--------", "1111--------");
  g_autoptr(GPtrArray) found = NULL;
  g_autofree char *text = NULL;
  AlignmentSurveyMismatch *m;

  alignment_case_set_provider_name (c, "IT service provider");
  add_signal (c, "1a", "2024-03-31", ALIGNMENT_PARTY_PROVIDER, ALIGNMENT_IMPACT_NEGATIVE);
  add_signal (c, "1b", "2024-04-15", ALIGNMENT_PARTY_PROVIDER, ALIGNMENT_IMPACT_POSITIVE);
  add_signal (c, "1c", "2024-05-01", ALIGNMENT_PARTY_CUSTOMER, ALIGNMENT_IMPACT_POSITIVE);
  add_signal (c, "1d", "2024-06-30", ALIGNMENT_PARTY_PROVIDER, ALIGNMENT_IMPACT_POSITIVE);
  add_signal (c, "1e", "2024-05-02", ALIGNMENT_PARTY_PROVIDER, ALIGNMENT_IMPACT_SAME);
  add_signal (c, "1f", "2024-07-01", ALIGNMENT_PARTY_PROVIDER, ALIGNMENT_IMPACT_NEGATIVE);
  alignment_case_add_survey_round (c, q2);
  alignment_case_add_survey_round (c, undated);
  alignment_case_add_survey_round (c, q1);

  found = alignment_survey_compare_log (c);
  g_assert_cmpuint (found->len, ==, 1);
  m = g_ptr_array_index (found, 0);
  g_assert_true (m->from == q1);
  g_assert_true (m->to == q2);
  g_assert_cmpint (m->party, ==, ALIGNMENT_PARTY_PROVIDER);
  g_assert_cmpint (m->realm, ==, ALIGNMENT_REALM_CONTRACTUAL);
  g_assert_cmpfloat_with_epsilon (m->from_score, 6.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (m->to_score, 3.0, 1e-9);
  g_assert_cmpuint (m->n_positive, ==, 2);
  g_assert_cmpuint (m->n_negative, ==, 0);
  g_assert_cmpuint (m->signal_ids->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (m->signal_ids, 0), ==, "1b");
  g_assert_cmpstr (g_ptr_array_index (m->signal_ids, 1), ==, "1d");

  text = alignment_survey_mismatch_describe (c, m);
  g_assert_cmpstr (text, ==, "IT service provider: Contractual trust fell from 6.00 to 3.00 between “Q1 review” "
                             "and “Q2 review”, while the signals dated between them add up to +2 (2 up, 0 down): "
                             "signals may be missing");

  /* A negative signal for the provider between the rounds: the log now
   * adds up to nothing, which contradicts nothing. */
  add_signal (c, "1g", "2024-05-03", ALIGNMENT_PARTY_PROVIDER, ALIGNMENT_IMPACT_NEGATIVE);
  add_signal (c, "1h", "2024-05-04", ALIGNMENT_PARTY_PROVIDER, ALIGNMENT_IMPACT_NEGATIVE);
  g_clear_pointer (&found, g_ptr_array_unref);
  found = alignment_survey_compare_log (c);
  g_assert_cmpuint (found->len, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/survey/default-questionnaire", test_survey_default_questionnaire);
  g_test_add_func ("/survey/score/response", test_survey_score_response);
  g_test_add_func ("/survey/score/own-questionnaire", test_survey_score_own_questionnaire);
  g_test_add_func ("/survey/score/round", test_survey_score_round);
  g_test_add_func ("/survey/response/answers", test_survey_response_answers);
  g_test_add_func ("/survey/case/questionnaire", test_survey_case_questionnaire);
  g_test_add_func ("/survey/undo", test_survey_undo);
  g_test_add_func ("/survey/compare-log", test_survey_compare_log);

  return g_test_run ();
}
