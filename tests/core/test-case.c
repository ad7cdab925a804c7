/* test-case.c: the case and what it holds besides signals
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "alignment-core.h"

static void
on_notify (GObject    *object,
           GParamSpec *pspec,
           GString    *log)
{
  g_string_append_printf (log, "%s;", pspec->name);
}

static void
test_properties (void)
{
  g_autoptr(AlignmentCase) c = alignment_case_new ();
  g_autoptr(GString) log = g_string_new ("");
  g_autoptr(GDate) start = NULL;
  GDate date;

  g_assert_cmpstr (alignment_case_get_title (c), ==, "");
  g_assert_cmpuint (alignment_case_get_period_start (c), ==, 0);
  g_object_get (c, "period-start", &start, NULL);
  g_assert_null (start);

  g_signal_connect (c, "notify", G_CALLBACK (on_notify), log);
  alignment_case_set_title (c, "Moving to SAFe");
  alignment_case_set_title (c, "Moving to SAFe");
  alignment_case_set_customer_name (c, "Shipbuilder");
  alignment_case_set_context (c, "Line one\nLine two");
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 1, 2, 2024);
  g_object_set (c, "period-start", &date, NULL);
  g_assert_cmpstr (log->str, ==, "title;customer-name;context;period-start;");
  g_assert_cmpuint (alignment_case_get_period_start (c), ==, g_date_get_julian (&date));
  g_assert_cmpstr (alignment_case_get_context (c), ==, "Line one\nLine two");
}

static void
test_party_names (void)
{
  g_autoptr(AlignmentCase) c = alignment_case_new ();

  /* without names a case still speaks of its parties */
  g_assert_cmpstr (alignment_case_get_party_name (c, ALIGNMENT_PARTY_CUSTOMER), ==, "Customer");
  g_assert_cmpstr (alignment_case_get_party_name (c, ALIGNMENT_PARTY_PROVIDER), ==, "Service provider");

  alignment_case_set_customer_name (c, "Shipbuilder");
  alignment_case_set_provider_name (c, "IT service provider");
  g_assert_cmpstr (alignment_case_get_party_name (c, ALIGNMENT_PARTY_CUSTOMER), ==, "Shipbuilder");
  g_assert_cmpstr (alignment_case_get_party_name (c, ALIGNMENT_PARTY_PROVIDER), ==, "IT service provider");
}

static AlignmentCase *
make_case (void)
{
  AlignmentCase *c = alignment_case_new ();
  g_autoptr(AlignmentStakeholder) rte = alignment_stakeholder_new ("CUST RTE", ALIGNMENT_PARTY_CUSTOMER, "Release train engineer");
  g_autoptr(AlignmentLesson) lesson = alignment_lesson_new ("Tailor the training.");
  g_autoptr(AlignmentSignal) signal = alignment_signal_new ("1a");

  alignment_case_set_title (c, "Case");
  g_list_store_append (alignment_case_get_stakeholders (c), rte);
  g_list_store_append (alignment_case_get_lessons (c), lesson);
  alignment_signal_set_signal_type (signal, ALIGNMENT_SIGNAL_TYPE_REQUEST_SENT);
  alignment_signal_list_append (alignment_case_get_signals (c), signal);
  return c;
}

static void
test_equal (void)
{
  g_autoptr(AlignmentCase) a = make_case ();
  g_autoptr(AlignmentCase) b = make_case ();
  AlignmentStakeholder *s;
  AlignmentLesson *l;

  g_assert_true (alignment_case_equal (a, b));

  s = g_list_model_get_item (G_LIST_MODEL (alignment_case_get_stakeholders (b)), 0);
  alignment_stakeholder_set_party (s, ALIGNMENT_PARTY_PROVIDER);
  g_assert_false (alignment_case_equal (a, b));
  alignment_stakeholder_set_party (s, ALIGNMENT_PARTY_CUSTOMER);
  g_assert_true (alignment_case_equal (a, b));
  g_object_unref (s);

  l = g_list_model_get_item (G_LIST_MODEL (alignment_case_get_lessons (b)), 0);
  alignment_lesson_set_text (l, "Tailor the training!");
  g_assert_false (alignment_case_equal (a, b));
  alignment_lesson_set_text (l, "Tailor the training.");
  g_object_unref (l);

  alignment_signal_set_sender (alignment_signal_list_get (alignment_case_get_signals (b), 0), ALIGNMENT_PARTY_PROVIDER);
  g_assert_false (alignment_case_equal (a, b));
  alignment_signal_set_sender (alignment_signal_list_get (alignment_case_get_signals (b), 0), ALIGNMENT_PARTY_UNKNOWN);
  g_assert_true (alignment_case_equal (a, b));

  alignment_case_add_foreign (b, "<x:y xmlns:x=\"urn:x\"/>");
  g_assert_false (alignment_case_equal (a, b));
  alignment_case_add_foreign (a, "<x:y xmlns:x=\"urn:x\"/>");
  g_assert_true (alignment_case_equal (a, b));

  alignment_signal_list_remove (alignment_case_get_signals (b), 0);
  g_assert_false (alignment_case_equal (a, b));
}

static AlignmentSignal *
add_signal (AlignmentCase *c,
            const char    *id,
            const char    *start,
            const char    *trigger)
{
  g_autoptr(AlignmentSignal) signal = alignment_signal_new (id);

  alignment_signal_set_start_julian (signal, alignment_date_parse_iso (start));
  alignment_signal_set_trigger (signal, trigger);
  alignment_signal_list_append (alignment_case_get_signals (c), signal);

  return signal;
}

/* A thread without a title is called after what opened it, and says
 * the title is a default; a written title wins. */
static void
test_thread_titles (void)
{
  g_autoptr(AlignmentCase) c = alignment_case_new ();
  g_autoptr(AlignmentThreadRecord) record = alignment_thread_record_new (2);
  gboolean is_default = FALSE;
  g_autofree char *opening = NULL;
  g_autofree char *written = NULL;
  g_autofree char *none = NULL;

  /* Added out of order: the opening signal is the earliest, not the
   * first in the list. */
  add_signal (c, "2b", "2024-03-05", "Response");
  add_signal (c, "2a", "2024-03-01", "More and different people");
  add_signal (c, "3a", "2024-04-01", "Meeting structure");

  opening = alignment_case_dup_thread_title (c, 2, &is_default);
  g_assert_cmpstr (opening, ==, "More and different people");
  g_assert_true (is_default);

  alignment_thread_record_set_story (record, "The customer wanted more people.");
  g_list_store_append (alignment_case_get_thread_records (c), record);
  g_clear_pointer (&opening, g_free);
  opening = alignment_case_dup_thread_title (c, 2, &is_default);
  g_assert_cmpstr (opening, ==, "More and different people");
  g_assert_true (is_default);

  alignment_thread_record_set_title (record, "New people in the teams");
  written = alignment_case_dup_thread_title (c, 2, &is_default);
  g_assert_cmpstr (written, ==, "New people in the teams");
  g_assert_false (is_default);

  none = alignment_case_dup_thread_title (c, 9, &is_default);
  g_assert_cmpstr (none, ==, "");
  g_assert_true (is_default);
  g_assert_true (alignment_case_lookup_thread_record (c, 2) == record);
  g_assert_null (alignment_case_lookup_thread_record (c, 3));
}

/* All titles at once are the titles one by one: the opening trigger,
 * a written title over it, "" for a record with neither. */
static void
test_thread_titles_at_once (void)
{
  g_autoptr(AlignmentCase) c = alignment_case_generate (400, 0, 7);
  g_autoptr(AlignmentThreadRecord) titled = alignment_thread_record_new (3);
  g_autoptr(AlignmentThreadRecord) bare = alignment_thread_record_new (900);
  g_autoptr(GHashTable) titles = NULL;
  GHashTableIter iter;
  gpointer number, title;
  AlignmentSignal **signals;
  guint n_threads = 0, n_signals;

  alignment_thread_record_set_title (titled, "Written");
  g_list_store_append (alignment_case_get_thread_records (c), titled);
  g_list_store_append (alignment_case_get_thread_records (c), bare);

  titles = alignment_case_dup_thread_titles (c);
  g_assert_cmpstr (g_hash_table_lookup (titles, GUINT_TO_POINTER (3)), ==, "Written");
  g_assert_cmpstr (g_hash_table_lookup (titles, GUINT_TO_POINTER (900)), ==, "");
  g_hash_table_iter_init (&iter, titles);
  while (g_hash_table_iter_next (&iter, &number, &title))
    {
      g_autofree char *one = alignment_case_dup_thread_title (c, GPOINTER_TO_UINT (number), NULL);

      g_assert_cmpstr (title, ==, one);
      n_threads++;
    }
  /* About one thread per eight signals, and the bare record. */
  g_assert_cmpuint (n_threads, >, 400 / 16);
  signals = alignment_case_peek_signals (c, &n_signals);
  for (guint i = 0; i < n_signals; i++)
    {
      guint thread = alignment_signal_get_thread (signals[i]);

      g_assert_true (thread == 0 || g_hash_table_contains (titles, GUINT_TO_POINTER (thread)));
    }
}

/* Renumbering renames the thread's signals and its record, and refuses a
 * number that is taken, leaving everything as it was. */
static void
test_thread_renumber (void)
{
  g_autoptr(AlignmentCase) c = alignment_case_new ();
  g_autoptr(AlignmentThreadRecord) record = alignment_thread_record_new (2);
  g_autoptr(AlignmentThreadRecord) told = alignment_thread_record_new (5);
  g_autoptr(GError) error = NULL;
  AlignmentSignal *first = add_signal (c, "2a", "2024-03-01", "People");
  AlignmentSignal *second = add_signal (c, "2B", "2024-03-05", "Response");
  AlignmentSignal *other = add_signal (c, "3a", "2024-04-01", "Meetings");

  g_list_store_append (alignment_case_get_thread_records (c), record);
  g_list_store_append (alignment_case_get_thread_records (c), told);

  g_assert_false (alignment_case_renumber_thread (c, 2, 3, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS);
  g_assert_cmpstr (error->message, ==, "Thread 3 already exists (signal 3a): choose a number no thread uses");
  g_clear_error (&error);
  g_assert_false (alignment_case_renumber_thread (c, 2, 5, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS);
  g_clear_error (&error);
  g_assert_cmpstr (alignment_signal_get_id (first), ==, "2a");
  g_assert_cmpuint (alignment_thread_record_get_number (record), ==, 2);

  g_assert_true (alignment_case_renumber_thread (c, 2, 12, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (alignment_signal_get_id (first), ==, "12a");
  g_assert_cmpstr (alignment_signal_get_id (second), ==, "12B");
  g_assert_cmpstr (alignment_signal_get_id (other), ==, "3a");
  g_assert_cmpuint (alignment_signal_get_thread (first), ==, 12);
  g_assert_cmpuint (alignment_thread_record_get_number (record), ==, 12);
  g_assert_cmpint (alignment_signal_list_find_id (alignment_case_get_signals (c), "12a"), >=, 0);
  g_assert_cmpint (alignment_signal_list_find_id (alignment_case_get_signals (c), "2a"), ==, -1);
}

/* A record that says nothing is not part of the case: it is not written,
 * so it does not make two cases differ. */
static void
test_thread_records_equal (void)
{
  g_autoptr(AlignmentCase) a = alignment_case_new ();
  g_autoptr(AlignmentCase) b = alignment_case_new ();
  g_autoptr(AlignmentThreadRecord) empty = alignment_thread_record_new (1);
  g_autoptr(AlignmentThreadRecord) told = alignment_thread_record_new (2);

  g_list_store_append (alignment_case_get_thread_records (a), empty);
  g_assert_true (alignment_thread_record_is_empty (empty));
  g_assert_true (alignment_case_equal (a, b));

  alignment_thread_record_set_aligned_in (told, ALIGNMENT_REALM_FLAGS_OPERATIONAL);
  g_list_store_append (alignment_case_get_thread_records (a), told);
  g_assert_false (alignment_case_equal (a, b));
  g_assert_false (alignment_thread_record_is_empty (told));
}

/* The records are found by number however the store changes under the
 * lookup: appended, renumbered, inserted before, removed; with two
 * records of one number, the first in the store is the one. */
static void
test_thread_record_lookup (void)
{
  g_autoptr(AlignmentCase) c = alignment_case_new ();
  GListStore *records = alignment_case_get_thread_records (c);
  g_autoptr(AlignmentThreadRecord) four = alignment_thread_record_new (4);
  g_autoptr(AlignmentThreadRecord) other_four = alignment_thread_record_new (4);
  guint position;

  g_assert_null (alignment_case_lookup_thread_record (c, 1));

  for (guint n = 1; n <= 3000; n++)
    {
      g_autoptr(AlignmentThreadRecord) record = alignment_thread_record_new (n == 4 ? 3001 : n);

      g_list_store_append (records, record);
      /* Asked after each append, as the loader does. */
      g_assert_true (alignment_case_lookup_thread_record (c, n == 4 ? 3001 : n) == record);
    }
  g_assert_null (alignment_case_lookup_thread_record (c, 4));
  for (guint n = 1; n <= 3000; n += 7)
    if (n != 4)
      g_assert_cmpuint (alignment_thread_record_get_number (alignment_case_lookup_thread_record (c, n)), ==, n);

  /* Renumbered: found by its new number, no longer by its old one. */
  alignment_thread_record_set_number (alignment_case_lookup_thread_record (c, 3001), 5000);
  g_assert_null (alignment_case_lookup_thread_record (c, 3001));
  g_assert_cmpuint (alignment_thread_record_get_number (alignment_case_lookup_thread_record (c, 5000)), ==, 5000);

  /* Two of a number: the first in the store wins, wherever it went in. */
  g_list_store_append (records, four);
  g_assert_true (alignment_case_lookup_thread_record (c, 4) == four);
  g_list_store_insert (records, 0, other_four);
  g_assert_true (alignment_case_lookup_thread_record (c, 4) == other_four);

  /* Removed: the other one is found again. */
  g_assert_true (g_list_store_find (records, other_four, &position));
  g_list_store_remove (records, position);
  g_assert_true (alignment_case_lookup_thread_record (c, 4) == four);

  /* The one a lookup does not give is watched too. */
  g_list_store_insert (records, 0, other_four);
  g_assert_true (alignment_case_lookup_thread_record (c, 4) == other_four);
  alignment_thread_record_set_number (four, 6000);
  g_assert_true (alignment_case_lookup_thread_record (c, 6000) == four);

  g_list_store_remove_all (records);
  g_assert_null (alignment_case_lookup_thread_record (c, 4));
  g_assert_null (alignment_case_lookup_thread_record (c, 1));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/case/properties", test_properties);
  g_test_add_func ("/case/party-names", test_party_names);
  g_test_add_func ("/case/equal", test_equal);
  g_test_add_func ("/case/thread-titles", test_thread_titles);
  g_test_add_func ("/case/thread-titles-at-once", test_thread_titles_at_once);
  g_test_add_func ("/case/thread-renumber", test_thread_renumber);
  g_test_add_func ("/case/thread-records-equal", test_thread_records_equal);
  g_test_add_func ("/case/thread-record-lookup", test_thread_record_lookup);

  return g_test_run ();
}
