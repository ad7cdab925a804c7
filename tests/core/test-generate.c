/* test-generate.c: synthetic cases
 *
 * The benchmarks, the tool's "generate" and the demonstrations rely on
 * a generated case being the same for the same seed, of the size asked
 * for, and as sound as a careful person's log.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "alignment-core.h"

static void
test_generate_reproducible (void)
{
  g_autoptr(AlignmentCase) a = alignment_case_generate (400, 0, 42);
  g_autoptr(AlignmentCase) b = alignment_case_generate (400, 0, 42);
  g_autoptr(AlignmentCase) c = alignment_case_generate (400, 0, 43);
  g_autoptr(GBytes) bytes_a = alignment_case_to_bytes (a);
  g_autoptr(GBytes) bytes_b = alignment_case_to_bytes (b);
  g_autoptr(GBytes) bytes_c = alignment_case_to_bytes (c);

  g_assert_true (g_bytes_equal (bytes_a, bytes_b));
  g_assert_false (g_bytes_equal (bytes_a, bytes_c));
}

static void
test_generate_counts (void)
{
  g_autoptr(AlignmentCase) self = alignment_case_generate (1000, 40, 7);
  g_autoptr(AlignmentCase) automatic = alignment_case_generate (800, 0, 7);
  g_autoptr(AlignmentCase) tiny = alignment_case_generate (3, 10, 7);
  g_autoptr(GPtrArray) threads = NULL;
  AlignmentSignal * const *signals;
  guint n;

  signals = alignment_case_peek_signals (self, &n);
  g_assert_cmpuint (n, ==, 1000);
  threads = alignment_threads_compute (signals, n);
  g_assert_cmpuint (threads->len, ==, 40);
  g_clear_pointer (&threads, g_ptr_array_unref);

  /* 0 threads: about one per eight signals. */
  signals = alignment_case_peek_signals (automatic, &n);
  g_assert_cmpuint (n, ==, 800);
  threads = alignment_threads_compute (signals, n);
  g_assert_cmpuint (threads->len, ==, 100);
  g_clear_pointer (&threads, g_ptr_array_unref);

  /* More threads than signals: one signal each. */
  signals = alignment_case_peek_signals (tiny, &n);
  g_assert_cmpuint (n, ==, 3);
  threads = alignment_threads_compute (signals, n);
  g_assert_cmpuint (threads->len, ==, 3);
}

static void
test_generate_realistic (gconstpointer data)
{
  g_autoptr(AlignmentCase) self = alignment_case_generate (2000, 0, GPOINTER_TO_UINT (data));
  g_autoptr(GPtrArray) threads = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GBytes) bytes = NULL;
  AlignmentSignal * const *signals;
  guint32 period_start = alignment_case_get_period_start (self);
  guint32 period_end = alignment_case_get_period_end (self);
  guint n, n_aligned = 0, n_not_understood = 0, n_same = 0, n_impacts = 0;

  g_assert_cmpstr (alignment_case_get_title (self), !=, "");
  g_assert_cmpuint (period_start, !=, 0);
  g_assert_cmpuint (period_end, >, period_start);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (alignment_case_get_stakeholders (self))), >, 0);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (alignment_case_get_lessons (self))), >, 0);

  signals = alignment_case_peek_signals (self, &n);
  for (guint i = 0; i < n; i++)
    {
      AlignmentSignal *s = signals[i];

      g_assert_cmpstr (alignment_signal_get_trigger (s), !=, "");
      g_assert_cmpstr (alignment_signal_get_recipients (s), !=, "");
      g_assert_cmpstr (alignment_signal_get_message (s), !=, "");
      g_assert_cmpstr (alignment_signal_get_goal (s), !=, "");
      g_assert_cmpstr (alignment_signal_get_reaction (s), !=, "");
      g_assert_cmpint (alignment_signal_get_signal_type (s), !=, ALIGNMENT_SIGNAL_TYPE_UNKNOWN);
      g_assert_cmpint (alignment_signal_get_sender (s), !=, ALIGNMENT_PARTY_UNKNOWN);
      g_assert_cmpint (alignment_signal_get_urgency (s), !=, ALIGNMENT_URGENCY_UNKNOWN);
      g_assert_cmpint (alignment_signal_get_urgency_understood (s), !=, ALIGNMENT_URGENCY_UNKNOWN);
      g_assert_cmpint (alignment_signal_get_understood (s), !=, ALIGNMENT_UNDERSTOOD_UNKNOWN);
      g_assert_cmpuint (alignment_signal_get_start_julian (s), >=, period_start);
      g_assert_cmpuint (alignment_signal_get_end_julian (s), >=, alignment_signal_get_start_julian (s));
      g_assert_cmpuint (alignment_signal_get_end_julian (s), <=, period_end);

      if (alignment_signal_get_understood (s) == ALIGNMENT_UNDERSTOOD_NO)
        n_not_understood++;
      for (guint c = 0; c < 6; c++)
        {
          AlignmentImpact impact = alignment_signal_get_impact (s, c < 3 ? ALIGNMENT_PARTY_CUSTOMER
                                                                         : ALIGNMENT_PARTY_PROVIDER, c % 3);

          g_assert_cmpint (impact, !=, ALIGNMENT_IMPACT_UNKNOWN);
          n_same += impact == ALIGNMENT_IMPACT_SAME;
          n_impacts++;
        }
    }

  /* Some signals not understood, trust mostly unchanged. */
  g_assert_cmpuint (n_not_understood, >, n / 20);
  g_assert_cmpuint (n_not_understood, <, n / 3);
  g_assert_cmpuint (n_same, >, n_impacts / 2);
  g_assert_cmpuint (n_same, <, n_impacts);

  threads = alignment_threads_compute (signals, n);
  for (guint i = 0; i < threads->len; i++)
    {
      AlignmentThread *t = g_ptr_array_index (threads, i);
      AlignmentSignalType first = alignment_signal_get_signal_type (g_ptr_array_index (t->signals, 0));

      /* Threads open with a request or an escalation … */
      g_assert_true (first == ALIGNMENT_SIGNAL_TYPE_REQUEST_SENT
                     || first == ALIGNMENT_SIGNAL_TYPE_ESCALATION_SENT);
      if (t->status == ALIGNMENT_THREAD_ALIGNED)
        {
          n_aligned++;
          /* … and most take weeks to months. */
          g_assert_cmpint (t->days_to_alignment, >=, 0);
          g_assert_cmpint (t->days_to_alignment, <=, 100);
        }
    }
  /* … and most end with an alignment event. */
  g_assert_cmpuint (n_aligned, >, threads->len * 7 / 10);
  g_assert_cmpuint (n_aligned, <, threads->len);

  /* A valid log: no errors from the semantic checks (ids, letters,
   * dates inside the period). */
  problems = alignment_case_check (self);
  for (guint i = 0; i < problems->len; i++)
    {
      AlignmentProblem *problem = g_ptr_array_index (problems, i);

      g_test_message ("problem: %s", problem->message);
      g_assert_cmpint (problem->severity, !=, ALIGNMENT_PROBLEM_ERROR);
    }
  g_assert_cmpuint (problems->len, ==, 0);

  /* As heavy as a real log: between 300 bytes and 1.5 kB a signal, so a
   * 100 000-signal file weighs tens of megabytes. */
  bytes = alignment_case_to_bytes (self);
  g_assert_cmpuint (g_bytes_get_size (bytes) / n, >=, 300);
  g_assert_cmpuint (g_bytes_get_size (bytes) / n, <=, 1500);
}

static void
test_generate_round_trip (void)
{
  g_autoptr(AlignmentCase) self = alignment_case_generate (300, 0, 5);
  g_autoptr(AlignmentCase) loaded = NULL;
  g_autoptr(GBytes) bytes = alignment_case_to_bytes (self);
  g_autoptr(GError) error = NULL;

  /* The generated text holds quotes, ampersands and non-ASCII letters. */
  loaded = alignment_case_load_from_data (g_bytes_get_data (bytes, NULL),
                                          g_bytes_get_size (bytes), "generated", &error);
  g_assert_no_error (error);
  g_assert_true (alignment_case_equal (self, loaded));
}

static void
test_empty (void)
{
  g_autoptr(AlignmentCase) self = alignment_case_generate (0, 0, 1);

  g_assert_cmpuint (alignment_signal_list_get_n (alignment_case_get_signals (self)), ==, 0);
  /* Still a case with a title and a period. */
  g_assert_cmpstr (alignment_case_get_title (self), !=, "");
  g_assert_cmpuint (alignment_case_get_period_start (self), !=, 0);
  g_assert_cmpuint (alignment_case_get_period_end (self), >=, alignment_case_get_period_start (self));
}

static void
test_ids_valid (void)
{
  g_autoptr(AlignmentCase) self = alignment_case_generate (300, 40, 3);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  AlignmentSignal **signals;
  guint n;

  signals = alignment_case_peek_signals (self, &n);
  for (guint i = 0; i < n; i++)
    {
      const char *id = alignment_signal_get_id (signals[i]);
      const char *p = id;
      guint64 thread;

      /* A thread number, then letters: "12c". */
      g_assert_true (g_ascii_isdigit (*p));
      thread = g_ascii_strtoull (p, (char **) &p, 10);
      g_assert_true (g_ascii_isalpha (*p));
      while (g_ascii_isalpha (*p))
        p++;
      g_assert_cmpint (*p, ==, '\0');

      g_assert_cmpuint (thread, ==, alignment_signal_get_thread (signals[i]));
      g_assert_cmpuint (thread, >=, 1);
      g_assert_cmpuint (thread, <=, 40);
      g_assert_false (g_hash_table_contains (seen, id));
      g_hash_table_add (seen, (gpointer) id);

      g_assert_cmpuint (alignment_signal_get_start_julian (signals[i]), !=, 0);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/generate/reproducible", test_generate_reproducible);
  g_test_add_func ("/generate/counts", test_generate_counts);
  g_test_add_data_func ("/generate/realistic/seed-1", GUINT_TO_POINTER (1), test_generate_realistic);
  g_test_add_data_func ("/generate/realistic/seed-2", GUINT_TO_POINTER (2), test_generate_realistic);
  g_test_add_data_func ("/generate/realistic/seed-3", GUINT_TO_POINTER (3), test_generate_realistic);
  g_test_add_func ("/generate/round-trip", test_generate_round_trip);
  g_test_add_func ("/generate/empty", test_empty);
  g_test_add_func ("/generate/ids-valid", test_ids_valid);

  return g_test_run ();
}
