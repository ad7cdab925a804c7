/* test-survey-asymmetry.c: one party's trust in the other against the
 * other's, realm by realm
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "alignment-core.h"

static void
add_response (AlignmentSurveyRound *round,
              AlignmentParty        party,
              const char           *answers)
{
  g_autoptr(AlignmentSurveyResponse) r = alignment_survey_response_new (party);

  g_assert_true (alignment_survey_response_set_answers (r, answers));
  g_list_store_append (alignment_survey_round_get_responses (round), r);
}

/* Scores worked out by hand with the default questionnaire (7, 8, 10,
 * 11 and 12 reverse-coded):
 *   customer "666655445555": contractual 6.00, operational (5+5+4+4)/4
 *   = 4.50, relational (5+3+3+3)/4 = 3.50;
 *   provider "444455335555": contractual 4.00, operational (5+5+5+5)/4
 *   = 5.00, relational (5+3+3+3)/4 = 3.50. */
static void
test_asymmetry_round (void)
{
  g_autoptr(AlignmentCase) c = alignment_case_new ();
  g_autoptr(AlignmentSurveyRound) round = alignment_survey_round_new ("Q1 review", alignment_date_parse_iso ("2024-03-31"));
  g_autoptr(GListStore) items = g_list_store_new (ALIGNMENT_TYPE_SURVEY_ITEM);
  AlignmentSurveyAsymmetry a[ALIGNMENT_N_REALMS];
  g_autofree char *contractual = NULL, *operational = NULL, *relational = NULL;

  alignment_survey_add_default (items);
  alignment_case_set_customer_name (c, "Shipyard");
  alignment_case_set_provider_name (c, "IT provider");
  add_response (round, ALIGNMENT_PARTY_CUSTOMER, "666655445555");
  add_response (round, ALIGNMENT_PARTY_PROVIDER, "444455335555");

  alignment_survey_asymmetry_round (round, G_LIST_MODEL (items), a);
  g_assert_cmpuint (a[ALIGNMENT_REALM_CONTRACTUAL].n_customer, ==, 1);
  g_assert_cmpuint (a[ALIGNMENT_REALM_CONTRACTUAL].n_provider, ==, 1);
  g_assert_cmpfloat_with_epsilon (a[ALIGNMENT_REALM_CONTRACTUAL].customer, 6.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (a[ALIGNMENT_REALM_CONTRACTUAL].provider, 4.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (a[ALIGNMENT_REALM_CONTRACTUAL].gap, 2.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (a[ALIGNMENT_REALM_OPERATIONAL].gap, -0.5, 1e-9);
  g_assert_cmpfloat_with_epsilon (a[ALIGNMENT_REALM_RELATIONAL].gap, 0.0, 1e-9);

  g_assert_true (alignment_survey_asymmetry_is_uneven (&a[ALIGNMENT_REALM_CONTRACTUAL]));
  /* Half a point apart is still even. */
  g_assert_false (alignment_survey_asymmetry_is_uneven (&a[ALIGNMENT_REALM_OPERATIONAL]));
  g_assert_false (alignment_survey_asymmetry_is_uneven (&a[ALIGNMENT_REALM_RELATIONAL]));

  contractual = alignment_survey_asymmetry_describe (c, &a[ALIGNMENT_REALM_CONTRACTUAL]);
  operational = alignment_survey_asymmetry_describe (c, &a[ALIGNMENT_REALM_OPERATIONAL]);
  relational = alignment_survey_asymmetry_describe (c, &a[ALIGNMENT_REALM_RELATIONAL]);
  g_assert_cmpstr (contractual, ==, "Shipyard trusts IT provider more: 6.00 against 4.00, 2.00 apart");
  g_assert_cmpstr (operational, ==, "Even: Shipyard 4.50, IT provider 5.00");
  g_assert_cmpstr (relational, ==, "Even: Shipyard 3.50, IT provider 3.50");
}

/* The provider trusts more; then a realm only one party could be scored
 * in (too few answers), and a round only one party answered. */
static void
test_asymmetry_one_sided (void)
{
  g_autoptr(AlignmentCase) c = alignment_case_new ();
  g_autoptr(AlignmentSurveyRound) round = alignment_survey_round_new ("Q2 review", 0);
  g_autoptr(AlignmentSurveyRound) alone = alignment_survey_round_new ("Customer only", 0);
  g_autoptr(GListStore) items = g_list_store_new (ALIGNMENT_TYPE_SURVEY_ITEM);
  AlignmentSurveyAsymmetry a[ALIGNMENT_N_REALMS];
  g_autofree char *contractual = NULL, *operational = NULL, *none = NULL;

  alignment_survey_add_default (items);
  alignment_case_set_customer_name (c, "Shipyard");
  alignment_case_set_provider_name (c, "IT provider");
  /* Customer: contractual 2.00, operational only 2 answers. */
  add_response (round, ALIGNMENT_PARTY_CUSTOMER, "2222--------");
  /* Provider: contractual 5.00, operational (4+4+4+4)/4 = 4.00. */
  add_response (round, ALIGNMENT_PARTY_PROVIDER, "555544445555");

  alignment_survey_asymmetry_round (round, G_LIST_MODEL (items), a);
  g_assert_cmpfloat_with_epsilon (a[ALIGNMENT_REALM_CONTRACTUAL].gap, -3.0, 1e-9);
  g_assert_cmpuint (a[ALIGNMENT_REALM_OPERATIONAL].n_customer, ==, 0);
  g_assert_cmpfloat_with_epsilon (a[ALIGNMENT_REALM_OPERATIONAL].gap, 0.0, 1e-9);
  g_assert_false (alignment_survey_asymmetry_is_uneven (&a[ALIGNMENT_REALM_OPERATIONAL]));

  contractual = alignment_survey_asymmetry_describe (c, &a[ALIGNMENT_REALM_CONTRACTUAL]);
  operational = alignment_survey_asymmetry_describe (c, &a[ALIGNMENT_REALM_OPERATIONAL]);
  g_assert_cmpstr (contractual, ==, "IT provider trusts Shipyard more: 5.00 against 2.00, 3.00 apart");
  g_assert_cmpstr (operational, ==, "Only IT provider answered: 4.00");

  alignment_survey_asymmetry_round (alone, G_LIST_MODEL (items), a);
  none = alignment_survey_asymmetry_describe (c, &a[ALIGNMENT_REALM_RELATIONAL]);
  g_assert_cmpstr (none, ==, "Neither party answered");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/survey/asymmetry/round", test_asymmetry_round);
  g_test_add_func ("/survey/asymmetry/one-sided", test_asymmetry_one_sided);

  return g_test_run ();
}
