/* test-form.c: the editor's and the library's logic, no display
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "alignment-core.h"

static void
add_signal (AlignmentCase *c,
            const char    *id,
            const char    *start,
            const char    *end)
{
  g_autoptr(AlignmentSignal) signal = alignment_signal_new (id);

  if (start != NULL)
    alignment_signal_set_start_julian (signal, alignment_date_parse_iso (start));
  if (end != NULL)
    alignment_signal_set_end_julian (signal, alignment_date_parse_iso (end));
  alignment_signal_set_sender (signal, ALIGNMENT_PARTY_CUSTOMER);
  alignment_signal_set_signal_type (signal, ALIGNMENT_SIGNAL_TYPE_REQUEST_SENT);
  alignment_signal_list_append (alignment_case_get_signals (c), signal);
}

static void
test_form_next_id (void)
{
  g_autoptr(AlignmentCase) c = alignment_case_new ();
  AlignmentSignalList *signals = alignment_case_get_signals (c);
  g_autofree char *empty = NULL;
  g_autofree char *second = NULL;
  g_autofree char *fresh = NULL;
  g_autofree char *after_z = NULL;

  g_assert_cmpuint (alignment_form_next_thread (signals), ==, 1);
  empty = alignment_form_next_id_in_thread (signals, 1);
  g_assert_cmpstr (empty, ==, "1a");

  add_signal (c, "1a", NULL, NULL);
  /* A skipped letter: the next is after the highest, not in the gap. */
  add_signal (c, "1c", NULL, NULL);
  add_signal (c, "3a", NULL, NULL);
  add_signal (c, "2z", NULL, NULL);

  second = alignment_form_next_id_in_thread (signals, 1);
  g_assert_cmpstr (second, ==, "1d");
  g_assert_cmpuint (alignment_form_next_thread (signals), ==, 4);
  fresh = alignment_form_next_id_in_thread (signals, 4);
  g_assert_cmpstr (fresh, ==, "4a");
  after_z = alignment_form_next_id_in_thread (signals, 2);
  g_assert_cmpstr (after_z, ==, "2aa");
}

static gboolean
has_message (GPtrArray          *messages,
             AlignmentFormField  field,
             gboolean            is_error,
             const char         *part)
{
  for (guint i = 0; i < messages->len; i++)
    {
      AlignmentFormMessage *m = g_ptr_array_index (messages, i);

      if (m->field == field && m->is_error == is_error && strstr (m->message, part) != NULL)
        return TRUE;
    }

  return FALSE;
}

static void
test_form_validate (void)
{
  g_autoptr(AlignmentCase) c = alignment_case_new ();
  AlignmentSignalList *signals = alignment_case_get_signals (c);
  g_autoptr(GPtrArray) good = NULL;
  g_autoptr(GPtrArray) bad = NULL;
  g_autoptr(GPtrArray) dup = NULL;
  g_autofree char *typed_dup = NULL;
  g_autofree char *typed_bad = NULL;
  g_autofree char *typed_ok = NULL;
  AlignmentSignal *signal;

  add_signal (c, "1a", "2024-02-01", "2024-02-07");
  add_signal (c, "1b", "2024-03-15", "2024-03-01");
  add_signal (c, "1c", NULL, NULL);

  good = alignment_form_validate_signal (c, alignment_signal_list_get (signals, 0));
  g_assert_cmpuint (good->len, ==, 0);

  /* End before start is an error that names both dates. */
  signal = alignment_signal_list_get (signals, 1);
  bad = alignment_form_validate_signal (c, signal);
  g_assert_true (has_message (bad, ALIGNMENT_FORM_FIELD_END, TRUE, "2024-03-01"));
  g_assert_true (has_message (bad, ALIGNMENT_FORM_FIELD_END, TRUE, "2024-03-15"));

  /* Unknown sender and no start date are warnings. */
  signal = alignment_signal_list_get (signals, 2);
  alignment_signal_set_sender (signal, ALIGNMENT_PARTY_UNKNOWN);
  alignment_signal_set_id (signal, "1A");
  dup = alignment_form_validate_signal (c, signal);
  g_assert_true (has_message (dup, ALIGNMENT_FORM_FIELD_ID, TRUE, "1a"));
  g_assert_true (has_message (dup, ALIGNMENT_FORM_FIELD_SENDER, FALSE, "sender"));
  g_assert_true (has_message (dup, ALIGNMENT_FORM_FIELD_START, FALSE, "start date"));
  /* Errors come first. */
  g_assert_true (((AlignmentFormMessage *) g_ptr_array_index (dup, 0))->is_error);

  /* An id being typed is checked before it is set. */
  typed_dup = alignment_form_check_id (signals, signal, "1b");
  g_assert_nonnull (typed_dup);
  typed_bad = alignment_form_check_id (signals, signal, "b1");
  g_assert_nonnull (strstr (typed_bad, "not an id"));
  typed_ok = alignment_form_check_id (signals, signal, "2a");
  g_assert_null (typed_ok);
}

static void
test_form_dates (void)
{
  guint32 julian = 42;
  g_autofree char *message = NULL;

  g_assert_true (alignment_form_parse_date ("1-2-2024", 0, &julian, NULL));
  g_assert_cmpuint (julian, ==, alignment_date_parse_iso ("2024-02-01"));
  g_assert_true (alignment_form_parse_date ("7-feb", 2024, &julian, NULL));
  g_assert_cmpuint (julian, ==, alignment_date_parse_iso ("2024-02-07"));
  g_assert_true (alignment_form_parse_date (" 15 mrt ", 2024, &julian, NULL));
  g_assert_cmpuint (julian, ==, alignment_date_parse_iso ("2024-03-15"));
  g_assert_true (alignment_form_parse_date ("2024-02-01", 1999, &julian, NULL));
  g_assert_cmpuint (julian, ==, alignment_date_parse_iso ("2024-02-01"));
  g_assert_true (alignment_form_parse_date ("today", 0, &julian, NULL));
  g_assert_cmpuint (julian, >, 0);

  /* Empty clears; nonsense is refused, untouched, and explained. */
  g_assert_true (alignment_form_parse_date ("  ", 0, &julian, NULL));
  g_assert_cmpuint (julian, ==, 0);
  julian = 7;
  g_assert_false (alignment_form_parse_date ("32-13-2024", 0, &julian, &message));
  g_assert_cmpuint (julian, ==, 7);
  g_assert_nonnull (strstr (message, "32-13-2024"));
}

static void
test_form_library (void)
{
  g_autoptr(AlignmentCase) c = alignment_case_new ();
  g_autoptr(AlignmentCaseSummary) summary = NULL;
  AlignmentSignal *signal;

  alignment_case_set_title (c, "Moving to SAFe");
  alignment_case_set_customer_name (c, "Shipbuilder");
  alignment_case_set_provider_name (c, "Provider");
  add_signal (c, "1a", "2024-02-01", NULL);
  add_signal (c, "2a", "2024-04-01", NULL);
  signal = alignment_signal_list_get (alignment_case_get_signals (c), 1);
  alignment_signal_set_signal_type (signal, ALIGNMENT_SIGNAL_TYPE_ALIGNMENT_EVENT);
  alignment_signal_set_trigger (signal, "Capacity planning über");
  alignment_signal_set_impact (signal, ALIGNMENT_PARTY_CUSTOMER, ALIGNMENT_REALM_OPERATIONAL,
                               ALIGNMENT_IMPACT_POSITIVE);

  summary = alignment_case_summary_new (c);
  g_assert_cmpuint (summary->n_signals, ==, 2);
  g_assert_cmpuint (summary->n_open_threads, ==, 1);
  g_assert_cmpuint (summary->first_day, ==, alignment_date_parse_iso ("2024-02-01"));
  /* February to April: three months, the last ends at +1. */
  g_assert_cmpuint (summary->trend->len, ==, 3);
  g_assert_cmpint (g_array_index (summary->trend, int, 2), ==, 1);

  /* Every word, in any case, in title, parties or signal texts. */
  g_assert_true (alignment_form_search_matches (summary->search_text, ""));
  g_assert_true (alignment_form_search_matches (summary->search_text, "safe"));
  g_assert_true (alignment_form_search_matches (summary->search_text, "SHIPBUILDER capacity"));
  g_assert_true (alignment_form_search_matches (summary->search_text, "ÜBER"));
  g_assert_false (alignment_form_search_matches (summary->search_text, "safe escalation"));

  /* Sorting: title A–Z; newest change first; newest period first, with
   * undated cases last. */
  g_assert_cmpint (alignment_form_library_compare (ALIGNMENT_LIBRARY_SORT_TITLE, "Apple", 1, 0, "Banana", 2, 0), <, 0);
  g_assert_cmpint (alignment_form_library_compare (ALIGNMENT_LIBRARY_SORT_TITLE, "apple", 1, 0, "Banana", 2, 0), <, 0);
  g_assert_cmpint (alignment_form_library_compare (ALIGNMENT_LIBRARY_SORT_MODIFIED, "Apple", 1, 0, "Banana", 2, 0), >, 0);
  g_assert_cmpint (alignment_form_library_compare (ALIGNMENT_LIBRARY_SORT_PERIOD, "Apple", 1, 0, "Banana", 2, 5), >, 0);
  g_assert_cmpint (alignment_form_library_compare (ALIGNMENT_LIBRARY_SORT_PERIOD, "Apple", 1, 9, "Banana", 2, 5), <, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/form/next-id", test_form_next_id);
  g_test_add_func ("/form/validate", test_form_validate);
  g_test_add_func ("/form/dates", test_form_dates);
  g_test_add_func ("/form/library", test_form_library);

  return g_test_run ();
}
