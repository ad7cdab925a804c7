/* test-survey-import.c: survey responses read from a form tool's export
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "alignment-core.h"

static AlignmentSurveyImport *
import_file (AlignmentCase   *c,
             const char      *name,
             AlignmentParty   party,
             GError         **error)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(AlignmentSheet) sheet = alignment_sheet_read_file (file, NULL, NULL, error);

  if (sheet == NULL)
    return NULL;
  return alignment_survey_import_sheet (c, sheet, name, "Q1 2024 review", party, 0, error);
}

static AlignmentSurveyResponse *
nth_response (AlignmentSurveyImport *import,
              guint                  n)
{
  return g_list_model_get_item (G_LIST_MODEL (alignment_survey_round_get_responses (import->round)), n);
}

/* The quirks of tests/data/make-survey-sheets.py, in either format. */
static void
check_responses (const char *name)
{
  g_autoptr(AlignmentCase) c = alignment_case_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(AlignmentSurveyImport) import = import_file (c, name, ALIGNMENT_PARTY_PROVIDER, &error);
  g_autoptr(AlignmentSurveyResponse) customer = NULL;
  g_autoptr(AlignmentSurveyResponse) provider = NULL;
  g_autofree char *report = NULL;
  g_autoptr(GListStore) items = g_list_store_new (ALIGNMENT_TYPE_SURVEY_ITEM);
  AlignmentSurveyScore scores[ALIGNMENT_N_PARTIES][ALIGNMENT_N_REALMS];

  g_assert_no_error (error);
  g_assert_nonnull (import);
  g_assert_cmpstr (alignment_survey_round_get_name (import->round), ==, "Q1 2024 review");
  /* The latest of the rows' dates; a time stamp counts as its day. */
  g_assert_cmpuint (alignment_survey_round_get_date (import->round), ==, alignment_date_parse_iso ("2024-03-28"));

  /* The row with no answers is left out. */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (alignment_survey_round_get_responses (import->round))), ==, 2);
  customer = nth_response (import, 0);
  provider = nth_response (import, 1);

  /* "Klant" in the row wins over the provider given as the default. */
  g_assert_cmpint (alignment_survey_response_get_party (customer), ==, ALIGNMENT_PARTY_CUSTOMER);
  g_assert_cmpstr (alignment_survey_response_get_respondent (customer), ==, "CIO");
  g_assert_cmpstr (alignment_survey_response_get_answers (customer), ==, "777777777777");
  g_assert_cmpint (alignment_survey_response_get_party (provider), ==, ALIGNMENT_PARTY_PROVIDER);
  g_assert_cmpstr (alignment_survey_response_get_respondent (provider), ==, "Service manager");
  /* Columns in another order, found by "Q7", "Item 1", "2", "q11" and
   * item 9's text; items 2 and 11 left empty. */
  g_assert_cmpstr (alignment_survey_response_get_answers (provider), ==, "6-53262157-4");

  alignment_survey_add_default (items);
  alignment_survey_score_round (import->round, G_LIST_MODEL (items), scores);
  g_assert_cmpfloat_with_epsilon (scores[0][ALIGNMENT_REALM_CONTRACTUAL].mean, 7.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (scores[0][ALIGNMENT_REALM_OPERATIONAL].mean, 4.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (scores[0][ALIGNMENT_REALM_RELATIONAL].mean, 2.5, 1e-9);
  g_assert_cmpfloat_with_epsilon (scores[1][ALIGNMENT_REALM_CONTRACTUAL].mean, 14.0 / 3.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (scores[1][ALIGNMENT_REALM_OPERATIONAL].mean, 21.0 / 4.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (scores[1][ALIGNMENT_REALM_RELATIONAL].mean, 10.0 / 3.0, 1e-9);

  report = alignment_survey_import_report (import);
  g_test_message ("%s", report);
  g_assert_nonnull (strstr (report, "Read 2 responses from "));
  g_assert_nonnull (strstr (report, "1 from the customer, 1 from the service provider"));
  g_assert_nonnull (strstr (report, "Row 4 has no answers and was left out."));
  g_assert_nonnull (strstr (report, "Row 3 leaves 2 of 12 items unanswered."));
  g_assert_nonnull (strstr (report, "Item columns: 1 (F), 2 (G), 3 (H), 4 (I), 5 (P), 6 (O), 7 (E), 8 (N), "
                                    "9 (M), 10 (L), 11 (K), 12 (J)."));
  g_assert_nonnull (strstr (report, "Columns not used: D (“Comment”)."));
}

static void
test_survey_import_csv (void)
{
  check_responses ("survey-responses.csv");
}

static void
test_survey_import_xlsx (void)
{
  check_responses ("survey-responses.xlsx");
}

static void
test_survey_import_ods (void)
{
  check_responses ("survey-responses.ods");
}

static void
check_answer_8 (const char *name)
{
  g_autoptr(AlignmentCase) c = alignment_case_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(AlignmentSurveyImport) import = import_file (c, name, ALIGNMENT_PARTY_UNKNOWN, &error);
  g_autofree char *expected = g_strdup_printf ("%s: row 3, column H (“Q3”): “8” is not an answer from 1 to 7", name);

  g_assert_null (import);
  g_assert_error (error, ALIGNMENT_SURVEY_IMPORT_ERROR, ALIGNMENT_SURVEY_IMPORT_ERROR_ANSWER);
  g_assert_cmpstr (error->message, ==, expected);
}

static void
test_survey_import_answer_8 (void)
{
  check_answer_8 ("survey-responses-answer-8.csv");
  check_answer_8 ("survey-responses-answer-8.xlsx");
  check_answer_8 ("survey-responses-answer-8.ods");
}

static AlignmentSurveyImport *
import_text (AlignmentCase   *c,
             const char      *text,
             AlignmentParty   party,
             GError         **error)
{
  g_autoptr(AlignmentSheet) sheet = alignment_sheet_read_delimited (text, strlen (text), error);

  g_assert_nonnull (sheet);
  return alignment_survey_import_sheet (c, sheet, "typed.csv", "R", party, alignment_date_parse_iso ("2024-06-30"), error);
}

static void
test_survey_import_party_and_text (void)
{
  g_autoptr(AlignmentCase) c = alignment_case_new ();
  g_autoptr(AlignmentSurveyRound) round = alignment_survey_round_new ("Earlier", 0);
  g_autoptr(GError) error = NULL;
  g_autoptr(AlignmentSurveyImport) import = NULL;
  g_autoptr(AlignmentSurveyResponse) r = NULL;

  /* The case's own wording names the column; its party names are
   * understood in the party column. */
  alignment_case_set_customer_name (c, "Acme Insurance");
  alignment_case_add_survey_round (c, round);
  alignment_survey_item_set_text (alignment_survey_lookup_item (G_LIST_MODEL (alignment_case_get_survey_items (c)), 4),
                                  "They are open about the facts");
  import = import_text (c, "party;Q1;\"4. They are open about the facts?\";Item 7\n"
                           "Acme Insurance;3;6 - agree;\n", ALIGNMENT_PARTY_UNKNOWN, &error);
  g_assert_no_error (error);
  r = nth_response (import, 0);
  g_assert_cmpint (alignment_survey_response_get_party (r), ==, ALIGNMENT_PARTY_CUSTOMER);
  g_assert_cmpstr (alignment_survey_response_get_answers (r), ==, "3--6--------");
  /* No date column: the date given. */
  g_assert_cmpuint (alignment_survey_round_get_date (import->round), ==, alignment_date_parse_iso ("2024-06-30"));
  g_clear_pointer (&import, alignment_survey_import_free);

  /* No party anywhere. */
  import = import_text (c, "Q1;Q2\n3;4\n", ALIGNMENT_PARTY_UNKNOWN, &error);
  g_assert_null (import);
  g_assert_error (error, ALIGNMENT_SURVEY_IMPORT_ERROR, ALIGNMENT_SURVEY_IMPORT_ERROR_PARTY);
  g_assert_cmpstr (error->message, ==,
                   "typed.csv: row 2 does not say which party answered: add a party column or choose the party");
  g_clear_error (&error);

  /* No item column. */
  import = import_text (c, "Name;Score\nA;4\n", ALIGNMENT_PARTY_CUSTOMER, &error);
  g_assert_null (import);
  g_assert_error (error, ALIGNMENT_SURVEY_IMPORT_ERROR, ALIGNMENT_SURVEY_IMPORT_ERROR_NO_ITEMS);
  g_clear_error (&error);

  /* Not numbers, and a zero. */
  import = import_text (c, "Q1;Q2\n3;agree\n", ALIGNMENT_PARTY_CUSTOMER, &error);
  g_assert_error (error, ALIGNMENT_SURVEY_IMPORT_ERROR, ALIGNMENT_SURVEY_IMPORT_ERROR_ANSWER);
  g_assert_cmpstr (error->message, ==, "typed.csv: row 2, column B (“Q2”): “agree” is not an answer from 1 to 7");
  g_clear_error (&error);
  import = import_text (c, "Q1;Q2\n0;4.5\n", ALIGNMENT_PARTY_CUSTOMER, &error);
  g_assert_error (error, ALIGNMENT_SURVEY_IMPORT_ERROR, ALIGNMENT_SURVEY_IMPORT_ERROR_ANSWER);
  g_assert_cmpstr (error->message, ==, "typed.csv: row 2, column A (“Q1”): “0” is not an answer from 1 to 7");
  g_clear_error (&error);

  /* An unknown party. */
  import = import_text (c, "Partij;Q1\nboth;4\n", ALIGNMENT_PARTY_CUSTOMER, &error);
  g_assert_error (error, ALIGNMENT_SURVEY_IMPORT_ERROR, ALIGNMENT_SURVEY_IMPORT_ERROR_PARTY);
  g_assert_cmpstr (error->message, ==, "typed.csv: row 2, column A: “both” is not a party (expected customer or provider)");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/survey-import/csv", test_survey_import_csv);
  g_test_add_func ("/survey-import/xlsx", test_survey_import_xlsx);
  g_test_add_func ("/survey-import/ods", test_survey_import_ods);
  g_test_add_func ("/survey-import/answer-8", test_survey_import_answer_8);
  g_test_add_func ("/survey-import/party-and-text", test_survey_import_party_and_text);

  return g_test_run ();
}
