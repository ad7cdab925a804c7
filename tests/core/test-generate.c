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
assert_same_bytes (AlignmentCase *a,
                   AlignmentCase *b)
{
  g_autoptr(GBytes) bytes_a = alignment_case_to_bytes (a);
  g_autoptr(GBytes) bytes_b = alignment_case_to_bytes (b);

  g_assert_true (g_bytes_equal (bytes_a, bytes_b));
}

static void
test_same_seed_same_case (void)
{
  g_autoptr(AlignmentCase) a = alignment_case_generate (200, 25, 7);
  g_autoptr(AlignmentCase) b = alignment_case_generate (200, 25, 7);
  g_autoptr(AlignmentCase) other = alignment_case_generate (200, 25, 8);
  g_autoptr(GBytes) bytes_a = alignment_case_to_bytes (a);
  g_autoptr(GBytes) bytes_other = alignment_case_to_bytes (other);

  g_assert_true (alignment_case_equal (a, b));
  assert_same_bytes (a, b);

  /* Another seed, another case of the same size. */
  g_assert_false (alignment_case_equal (a, other));
  g_assert_false (g_bytes_equal (bytes_a, bytes_other));
  g_assert_cmpuint (alignment_signal_list_get_n (alignment_case_get_signals (other)), ==, 200);
}

/* The number of distinct threads of @self. */
static guint
count_threads (AlignmentCase *self)
{
  g_autoptr(GHashTable) threads = g_hash_table_new (NULL, NULL);
  AlignmentSignal **signals;
  guint n;

  signals = alignment_case_peek_signals (self, &n);
  for (guint i = 0; i < n; i++)
    g_hash_table_add (threads, GUINT_TO_POINTER (alignment_signal_get_thread (signals[i])));

  return g_hash_table_size (threads);
}

static void
test_counts (void)
{
  static const struct { guint signals, threads, expected_threads; } sizes[] = {
    { 1, 1, 1 },
    { 30, 4, 4 },
    { 500, 60, 60 },
    /* No more threads than signals: each has one at least. */
    { 5, 9, 5 },
    /* 0 threads: about eight signals a thread. */
    { 80, 0, 10 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      g_autoptr(AlignmentCase) self = alignment_case_generate (sizes[i].signals, sizes[i].threads, 42);

      g_assert_cmpuint (alignment_signal_list_get_n (alignment_case_get_signals (self)), ==, sizes[i].signals);
      g_assert_cmpuint (count_threads (self), ==, sizes[i].expected_threads);
    }
}

static void
test_empty (void)
{
  g_autoptr(AlignmentCase) self = alignment_case_generate (0, 0, 1);

  g_assert_cmpuint (alignment_signal_list_get_n (alignment_case_get_signals (self)), ==, 0);
  /* Still a case with a title and a period, that saves and loads. */
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

/* What the generator makes is what a careful log holds: the check finds
 * nothing, and the file it saves loads back as the same case. */
static void
test_passes_check (void)
{
  static const guint64 seeds[] = { 1, 2, 99, 12345 };

  for (guint i = 0; i < G_N_ELEMENTS (seeds); i++)
    {
      g_autoptr(AlignmentCase) self = alignment_case_generate (250, 30, seeds[i]);
      g_autoptr(GPtrArray) problems = alignment_case_check (self);
      g_autoptr(GBytes) bytes = alignment_case_to_bytes (self);
      g_autoptr(AlignmentCase) loaded = NULL;
      g_autoptr(GError) error = NULL;
      gsize length;
      const char *data = g_bytes_get_data (bytes, &length);

      for (guint p = 0; p < problems->len; p++)
        g_test_message ("seed %" G_GUINT64_FORMAT ": %s", seeds[i],
                        ((AlignmentProblem *) g_ptr_array_index (problems, p))->message);
      g_assert_cmpuint (problems->len, ==, 0);

      loaded = alignment_case_load_from_data (data, length, "generated.alignment", &error);
      g_assert_no_error (error);
      g_assert_true (alignment_case_equal (self, loaded));
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/generate/same-seed-same-case", test_same_seed_same_case);
  g_test_add_func ("/generate/counts", test_counts);
  g_test_add_func ("/generate/empty", test_empty);
  g_test_add_func ("/generate/ids-valid", test_ids_valid);
  g_test_add_func ("/generate/passes-check", test_passes_check);

  return g_test_run ();
}
