/* test-timeline-data.c: the timeline's signals and their threads
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "alignment-core.h"
#include "alignment-timeline-data.h"

static AlignmentSignal *
signal_new (const char *id,
            const char *start,
            const char *end)
{
  AlignmentSignal *signal = alignment_signal_new (id);

  if (start != NULL)
    alignment_signal_set_start_julian (signal, alignment_date_parse_iso (start));
  if (end != NULL)
    alignment_signal_set_end_julian (signal, alignment_date_parse_iso (end));
  return signal;
}

/* Positions are the given order, not the date order; an undated signal
 * still belongs to its thread. */
static void
test_threads (void)
{
  g_autoptr(GPtrArray) signals = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(AlignmentTimelineData) data = NULL;
  g_autoptr(GArray) positions = g_array_new (FALSE, FALSE, sizeof (guint));
  guint32 first = 0, last = 0;

  g_ptr_array_add (signals, signal_new ("2b", "2024-03-10", "2024-04-02")); /* 0 */
  g_ptr_array_add (signals, signal_new ("1a", "2024-01-05", NULL));         /* 1 */
  g_ptr_array_add (signals, signal_new ("2a", "2024-02-01", NULL));         /* 2 */
  g_ptr_array_add (signals, signal_new ("2c", NULL, NULL));                 /* 3 */
  g_ptr_array_add (signals, signal_new ("2d", "2024-03-20", NULL));         /* 4 */

  data = alignment_timeline_data_new ((AlignmentSignal *const *) signals->pdata, signals->len, NULL, NULL);

  g_assert_cmpuint (alignment_timeline_data_get_thread (data, 0), ==, 2);
  g_assert_cmpuint (alignment_timeline_data_get_thread (data, 1), ==, 1);
  g_assert_cmpuint (alignment_timeline_data_get_thread (data, 3), ==, 2);

  alignment_timeline_data_collect_thread (data, 2, positions);
  g_assert_cmpuint (positions->len, ==, 4);
  g_assert_cmpuint (g_array_index (positions, guint, 0), ==, 0);
  g_assert_cmpuint (g_array_index (positions, guint, 1), ==, 2);
  g_assert_cmpuint (g_array_index (positions, guint, 2), ==, 3);
  g_assert_cmpuint (g_array_index (positions, guint, 3), ==, 4);

  /* Thread 2 runs from 2a's start to 2b's end, which is later than the
   * start of its last signal 2d. */
  g_assert_true (alignment_timeline_data_get_thread_span (data, 2, &first, &last));
  g_assert_cmpuint (first, ==, alignment_date_parse_iso ("2024-02-01"));
  g_assert_cmpuint (last, ==, alignment_date_parse_iso ("2024-04-02"));

  g_assert_true (alignment_timeline_data_get_thread_span (data, 1, &first, &last));
  g_assert_cmpuint (first, ==, alignment_date_parse_iso ("2024-01-05"));
  g_assert_cmpuint (last, ==, first);

  /* No such thread: nothing found, nothing touched. */
  g_array_set_size (positions, 0);
  alignment_timeline_data_collect_thread (data, 9, positions);
  g_assert_cmpuint (positions->len, ==, 0);
  first = last = 7;
  g_assert_false (alignment_timeline_data_get_thread_span (data, 9, &first, &last));
  g_assert_cmpuint (first, ==, 7);
  g_assert_cmpuint (last, ==, 7);
}

/* Data prepared while loading is what the view takes, once, and only
 * while the case still has the signals it was built from. */
static void
test_prepared (void)
{
  g_autoptr(AlignmentCase) c = alignment_case_generate (300, 0, 3);
  g_autoptr(AlignmentTimelineData) taken = NULL;
  g_autoptr(AlignmentTimelineData) again = NULL;
  g_autoptr(AlignmentTimelineData) fresh = NULL;
  g_autoptr(AlignmentSignal) extra = alignment_signal_new ("999a");
  AlignmentSignal *first;
  guint32 first_day;

  alignment_timeline_data_prepare_for_case (c);
  /* A field changed behind the data's back (in the app, a change comes
   * with a change of the list): the prepared data, taken as it was,
   * still has the old first day, and built again it has the new. */
  first = alignment_case_peek_signals (c, NULL)[0];
  first_day = alignment_signal_get_start_julian (first);
  g_assert_cmpuint (first_day, !=, 0);
  alignment_signal_set_start_julian (first, 1);
  taken = alignment_timeline_data_take_for_case (c);
  g_assert_cmpuint (alignment_timeline_data_get_first_day (taken), >, 1);
  again = alignment_timeline_data_take_for_case (c);
  g_assert_cmpuint (alignment_timeline_data_get_first_day (again), ==, 1);

  /* Prepared, then the list changed: the data is built again. */
  alignment_timeline_data_prepare_for_case (c);
  alignment_signal_set_start_julian (extra, first_day);
  alignment_signal_list_append (alignment_case_get_signals (c), extra);
  fresh = alignment_timeline_data_take_for_case (c);
  g_assert_cmpuint (alignment_timeline_data_get_n_dated (fresh) + alignment_timeline_data_get_n_undated (fresh), ==, 301);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/timeline-data/threads", test_threads);
  g_test_add_func ("/timeline-data/prepared", test_prepared);

  return g_test_run ();
}
