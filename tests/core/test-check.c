/* test-check.c: the semantic checks of a case
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "alignment-core.h"

static guint32
iso (const char *text)
{
  guint32 julian = alignment_date_parse_iso (text);

  g_assert_cmpuint (julian, !=, 0);
  return julian;
}

/* A signal that raises no problem of its own. */
static AlignmentSignal *
add_signal (AlignmentCase *c,
            const char    *id,
            const char    *start)
{
  g_autoptr(AlignmentSignal) s = alignment_signal_new (id);

  alignment_signal_set_sender (s, ALIGNMENT_PARTY_CUSTOMER);
  if (start != NULL)
    alignment_signal_set_start_julian (s, iso (start));
  alignment_signal_list_append (alignment_case_get_signals (c), s);
  return s;
}

static AlignmentProblem *
only_problem (GPtrArray *problems)
{
  for (guint i = 0; i < problems->len; i++)
    {
      AlignmentProblem *p = g_ptr_array_index (problems, i);

      g_test_message ("%s %s: %s", p->severity == ALIGNMENT_PROBLEM_ERROR ? "error" : "warning",
                      p->signal_id, p->message);
    }
  g_assert_cmpuint (problems->len, ==, 1);
  return g_ptr_array_index (problems, 0);
}

static void
assert_problem (AlignmentProblem         *p,
                AlignmentProblemSeverity  severity,
                AlignmentProblemKind      kind,
                guint                     position,
                const char               *id,
                const char               *message)
{
  g_assert_cmpint (p->severity, ==, severity);
  g_assert_cmpint (p->kind, ==, kind);
  g_assert_cmpuint (p->position, ==, position);
  g_assert_cmpstr (p->signal_id, ==, id);
  g_assert_cmpstr (p->message, ==, message);
}

static void
test_clean (void)
{
  g_autoptr(AlignmentCase) c = alignment_case_new ();
  g_autoptr(GPtrArray) problems = NULL;

  problems = alignment_case_check (c);
  g_assert_cmpuint (problems->len, ==, 0);
  g_clear_pointer (&problems, g_ptr_array_unref);

  add_signal (c, "1a", "2024-02-01");
  add_signal (c, "1b", "2024-02-02");
  add_signal (c, "2a", NULL);
  alignment_signal_set_start_julian (add_signal (c, "2b", "2024-02-10"), iso ("2024-02-10"));
  add_signal (c, "1c", "2024-01-01");
  add_signal (c, "3", "2024-03-01");
  /* "z" then "aa": no gap, as in a spreadsheet's columns */
  for (char letter = 'a'; letter <= 'z'; letter++)
    {
      char id[8];

      g_snprintf (id, sizeof id, "4%c", letter);
      add_signal (c, id, "2024-04-01");
    }
  add_signal (c, "4aa", "2024-04-02");
  add_signal (c, "4AB", "2024-04-02");
  g_assert_cmpuint (alignment_signal_list_get_n (alignment_case_get_signals (c)), ==, 34);

  problems = alignment_case_check (c);
  /* 2a has no start date: the one warning */
  assert_problem (only_problem (problems), ALIGNMENT_PROBLEM_WARNING, ALIGNMENT_PROBLEM_NO_START_DATE,
                  2, "2a", "Signal 2a has no start date, so it has no place on the timeline.");
}

static void
test_duplicate_id (void)
{
  g_autoptr(AlignmentCase) c = alignment_case_new ();
  g_autoptr(GPtrArray) problems = NULL;

  add_signal (c, "2a", "2024-02-01");
  add_signal (c, "2b", "2024-02-02");
  add_signal (c, "2a", "2024-02-03");

  problems = alignment_case_check (c);
  /* the second one is the duplicate */
  assert_problem (only_problem (problems), ALIGNMENT_PROBLEM_ERROR, ALIGNMENT_PROBLEM_DUPLICATE_ID,
                  2, "2a", "Two signals have the id 2a: every signal needs an id of its own.");
}

static void
test_bad_id (void)
{
  g_autoptr(AlignmentCase) c = alignment_case_new ();
  g_autoptr(GPtrArray) problems = NULL;
  AlignmentProblem *p;

  add_signal (c, "1a", "2024-02-01");
  add_signal (c, "a1", "2024-02-02");
  add_signal (c, "", "2024-02-03");
  add_signal (c, "2 b", "2024-02-04");

  problems = alignment_case_check (c);
  g_assert_cmpuint (problems->len, ==, 3);

  p = g_ptr_array_index (problems, 0);
  assert_problem (p, ALIGNMENT_PROBLEM_ERROR, ALIGNMENT_PROBLEM_BAD_ID, 1, "a1",
                  "“a1” is not a signal id: an id is a thread number followed by letters, such as 2c.");
  p = g_ptr_array_index (problems, 1);
  assert_problem (p, ALIGNMENT_PROBLEM_ERROR, ALIGNMENT_PROBLEM_BAD_ID, 2, "",
                  "Signal number 3 in the list has no id.");
  p = g_ptr_array_index (problems, 2);
  g_assert_cmpint (p->kind, ==, ALIGNMENT_PROBLEM_BAD_ID);
  g_assert_cmpstr (p->signal_id, ==, "2 b");
}

static void
test_end_before_start (void)
{
  g_autoptr(AlignmentCase) c = alignment_case_new ();
  g_autoptr(GPtrArray) problems = NULL;
  AlignmentSignal *s;

  add_signal (c, "1a", "2024-02-01");
  s = add_signal (c, "1b", "2024-02-15");
  alignment_signal_set_end_julian (s, iso ("2024-02-14"));
  /* the same day is fine */
  s = add_signal (c, "1c", "2024-02-15");
  alignment_signal_set_end_julian (s, iso ("2024-02-15"));

  problems = alignment_case_check (c);
  assert_problem (only_problem (problems), ALIGNMENT_PROBLEM_WARNING, ALIGNMENT_PROBLEM_END_BEFORE_START,
                  1, "1b", "Signal 1b ends on 2024-02-14, before it starts on 2024-02-15.");
}

static void
test_letter_gap (void)
{
  g_autoptr(AlignmentCase) c = alignment_case_new ();
  g_autoptr(GPtrArray) problems = NULL;
  AlignmentProblem *p;

  add_signal (c, "2a", "2024-02-01");
  add_signal (c, "2c", "2024-02-03");
  add_signal (c, "3a", "2024-02-01");
  add_signal (c, "3e", "2024-02-05");
  add_signal (c, "4b", "2024-02-05");
  add_signal (c, "5d", "2024-02-05");

  problems = alignment_case_check (c);
  g_assert_cmpuint (problems->len, ==, 4);

  p = g_ptr_array_index (problems, 0);
  assert_problem (p, ALIGNMENT_PROBLEM_WARNING, ALIGNMENT_PROBLEM_LETTER_GAP, 1, "2c",
                  "Thread 2 jumps from 2a to 2c: there is no signal 2b.");
  p = g_ptr_array_index (problems, 1);
  assert_problem (p, ALIGNMENT_PROBLEM_WARNING, ALIGNMENT_PROBLEM_LETTER_GAP, 3, "3e",
                  "Thread 3 jumps from 3a to 3e: there are no signals 3b to 3d.");
  p = g_ptr_array_index (problems, 2);
  assert_problem (p, ALIGNMENT_PROBLEM_WARNING, ALIGNMENT_PROBLEM_LETTER_GAP, 4, "4b",
                  "Thread 4 starts at 4b: there is no signal 4a.");
  p = g_ptr_array_index (problems, 3);
  assert_problem (p, ALIGNMENT_PROBLEM_WARNING, ALIGNMENT_PROBLEM_LETTER_GAP, 5, "5d",
                  "Thread 5 starts at 5d: there are no signals 5a to 5c.");

  /* filling the gaps, in any order of the list, clears them */
  g_clear_pointer (&problems, g_ptr_array_unref);
  add_signal (c, "2b", "2024-02-02");
  add_signal (c, "3B", "2024-02-02");
  add_signal (c, "3c", "2024-02-03");
  add_signal (c, "3d", "2024-02-04");
  add_signal (c, "4a", "2024-02-04");
  add_signal (c, "5a", "2024-02-04");
  add_signal (c, "5b", "2024-02-04");
  add_signal (c, "5c", "2024-02-04");
  problems = alignment_case_check (c);
  g_assert_cmpuint (problems->len, ==, 0);
}

static void
test_no_start_date (void)
{
  g_autoptr(AlignmentCase) c = alignment_case_new ();
  g_autoptr(GPtrArray) problems = NULL;
  AlignmentSignal *s;

  add_signal (c, "1a", "2024-02-01");
  s = add_signal (c, "1b", NULL);
  /* an end date alone does not place it either */
  alignment_signal_set_end_julian (s, iso ("2024-02-10"));

  problems = alignment_case_check (c);
  assert_problem (only_problem (problems), ALIGNMENT_PROBLEM_WARNING, ALIGNMENT_PROBLEM_NO_START_DATE,
                  1, "1b", "Signal 1b has no start date, so it has no place on the timeline.");
}

static void
test_unknown_sender (void)
{
  g_autoptr(AlignmentCase) c = alignment_case_new ();
  g_autoptr(GPtrArray) problems = NULL;

  add_signal (c, "1a", "2024-02-01");
  alignment_signal_set_sender (add_signal (c, "1b", "2024-02-02"), ALIGNMENT_PARTY_UNKNOWN);
  alignment_signal_set_sender (add_signal (c, "1c", "2024-02-03"), ALIGNMENT_PARTY_PROVIDER);

  problems = alignment_case_check (c);
  assert_problem (only_problem (problems), ALIGNMENT_PROBLEM_WARNING, ALIGNMENT_PROBLEM_UNKNOWN_SENDER,
                  1, "1b", "Signal 1b does not say who sent it: the customer or the service provider.");
}

static void
test_outside_period (void)
{
  g_autoptr(AlignmentCase) c = alignment_case_new ();
  g_autoptr(GPtrArray) problems = NULL;
  AlignmentProblem *p;

  add_signal (c, "1a", "2024-01-31");
  alignment_signal_set_end_julian (add_signal (c, "1b", "2024-06-20"), iso ("2024-07-01"));
  add_signal (c, "1c", "2024-07-02");
  add_signal (c, "1d", "2024-02-01");
  alignment_signal_set_end_julian (add_signal (c, "1e", "2024-02-02"), iso ("2024-06-30"));

  /* without a period nothing is outside it */
  problems = alignment_case_check (c);
  g_assert_cmpuint (problems->len, ==, 0);
  g_clear_pointer (&problems, g_ptr_array_unref);

  alignment_case_set_period_start (c, iso ("2024-02-01"));
  problems = alignment_case_check (c);
  assert_problem (only_problem (problems), ALIGNMENT_PROBLEM_WARNING, ALIGNMENT_PROBLEM_OUTSIDE_PERIOD,
                  0, "1a", "Signal 1a starts on 2024-01-31, before the case period begins (2024-02-01).");
  g_clear_pointer (&problems, g_ptr_array_unref);

  alignment_case_set_period_end (c, iso ("2024-06-30"));
  problems = alignment_case_check (c);
  g_assert_cmpuint (problems->len, ==, 3);
  p = g_ptr_array_index (problems, 1);
  assert_problem (p, ALIGNMENT_PROBLEM_WARNING, ALIGNMENT_PROBLEM_OUTSIDE_PERIOD, 1, "1b",
                  "Signal 1b ends on 2024-07-01, after the case period ends (2024-06-30).");
  p = g_ptr_array_index (problems, 2);
  assert_problem (p, ALIGNMENT_PROBLEM_WARNING, ALIGNMENT_PROBLEM_OUTSIDE_PERIOD, 2, "1c",
                  "Signal 1c starts on 2024-07-02, after the case period ends (2024-06-30).");
}

/* Problems come in the order of the signals, so that a list beside the
 * log reads top to bottom. */
static void
test_order (void)
{
  g_autoptr(AlignmentCase) c = alignment_case_new ();
  g_autoptr(GPtrArray) problems = NULL;
  AlignmentSignal *s;

  alignment_case_set_period_start (c, iso ("2024-02-01"));
  s = add_signal (c, "7c", NULL);
  alignment_signal_set_sender (s, ALIGNMENT_PARTY_UNKNOWN);
  s = add_signal (c, "7c", "2024-01-15");
  alignment_signal_set_end_julian (s, iso ("2024-01-10"));

  problems = alignment_case_check (c);
  g_assert_cmpuint (problems->len, ==, 7);
  for (guint i = 0; i < problems->len; i++)
    {
      AlignmentProblem *p = g_ptr_array_index (problems, i);

      g_test_message ("%u %d %s", p->position, p->kind, p->message);
      g_assert_cmpuint (p->position, ==, i < 3 ? 0 : 1);
      g_assert_nonnull (strstr (p->message, "7c"));
    }
}

static void
test_example (void)
{
  g_autoptr(GFile) file = g_file_new_for_path (g_getenv ("ALIGNMENT_EXAMPLE"));
  g_autoptr(GError) error = NULL;
  g_autoptr(AlignmentCase) c = alignment_case_load (file, NULL, &error);
  g_autoptr(GPtrArray) problems = NULL;

  g_assert_no_error (error);
  problems = alignment_case_check (c);

  /* The thesis's three threads are complete (1a–1d, 2a–2g, 3a–3e), every
   * signal has a sender and a start date, and all fall within February
   * to June 2024: no error, and no warning either. */
  for (guint i = 0; i < problems->len; i++)
    {
      AlignmentProblem *p = g_ptr_array_index (problems, i);

      g_test_message ("%s", p->message);
    }
  g_assert_cmpuint (problems->len, ==, 0);

  /* and the same case with a gap and a signal past the period has exactly
   * those two warnings */
  g_clear_pointer (&problems, g_ptr_array_unref);
  alignment_signal_list_remove (alignment_case_get_signals (c),
                                (guint) alignment_signal_list_find_id (alignment_case_get_signals (c), "2b"));
  alignment_signal_set_end_julian (alignment_signal_list_get (alignment_case_get_signals (c),
                                                              (guint) alignment_signal_list_find_id (alignment_case_get_signals (c), "3e")),
                                   iso ("2024-07-15"));
  problems = alignment_case_check (c);
  g_assert_cmpuint (problems->len, ==, 2);
  g_assert_cmpint (((AlignmentProblem *) g_ptr_array_index (problems, 0))->kind, ==, ALIGNMENT_PROBLEM_LETTER_GAP);
  g_assert_cmpstr (((AlignmentProblem *) g_ptr_array_index (problems, 0))->signal_id, ==, "2c");
  g_assert_cmpint (((AlignmentProblem *) g_ptr_array_index (problems, 1))->kind, ==, ALIGNMENT_PROBLEM_OUTSIDE_PERIOD);
  g_assert_cmpstr (((AlignmentProblem *) g_ptr_array_index (problems, 1))->signal_id, ==, "3e");
}

/* A board or level the case does not define is kept, with a warning that
 * names the signal and what it names; the contract's defaults and a
 * case's own boards are known. */
static void
test_unknown_governance (void)
{
  g_autoptr(AlignmentCase) c = alignment_case_new ();
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(AlignmentBoard) board = alignment_board_new ("Architecture board", "Monthly");
  AlignmentProblem *p;

  /* Known: a default board and level, and no board or level at all. */
  alignment_signal_set_board (add_signal (c, "1a", "2024-02-01"), "Steering board");
  alignment_signal_set_escalation_level (add_signal (c, "1b", "2024-02-02"), 3);
  add_signal (c, "1c", "2024-02-03");
  problems = alignment_case_check (c);
  g_assert_cmpuint (problems->len, ==, 0);
  g_clear_pointer (&problems, g_ptr_array_unref);

  alignment_signal_set_board (add_signal (c, "1d", "2024-02-04"), "Architecture board");
  alignment_signal_set_escalation_level (add_signal (c, "1e", "2024-02-05"), 4);
  /* Names are compared as written: a board is named by signals exactly. */
  alignment_signal_set_board (add_signal (c, "1f", "2024-02-06"), "steering board");
  problems = alignment_case_check (c);
  g_assert_cmpuint (problems->len, ==, 3);
  assert_problem (g_ptr_array_index (problems, 0), ALIGNMENT_PROBLEM_WARNING, ALIGNMENT_PROBLEM_UNKNOWN_BOARD,
                  3, "1d",
                  "Signal 1d names the board “Architecture board”, which is not among the case’s governance boards.");
  p = g_ptr_array_index (problems, 1);
  assert_problem (p, ALIGNMENT_PROBLEM_WARNING, ALIGNMENT_PROBLEM_UNKNOWN_LEVEL, 4, "1e",
                  "Signal 1e is at escalation level 4, which the case does not define.");
  g_assert_false (alignment_problem_refuses_file (p));
  g_assert_cmpint (((AlignmentProblem *) g_ptr_array_index (problems, 2))->kind, ==, ALIGNMENT_PROBLEM_UNKNOWN_BOARD);
  g_clear_pointer (&problems, g_ptr_array_unref);

  /* The case defines the board, and a fourth level: only the case of
   * the letters is left. */
  g_list_store_append (alignment_case_get_boards (c), board);
  {
    g_autoptr(AlignmentEscalationLevel) level = alignment_escalation_level_new (4, "Executive", "");

    g_list_store_append (alignment_case_get_escalation_levels (c), level);
  }
  problems = alignment_case_check (c);
  assert_problem (only_problem (problems), ALIGNMENT_PROBLEM_WARNING, ALIGNMENT_PROBLEM_UNKNOWN_BOARD,
                  5, "1f",
                  "Signal 1f names the board “steering board”, which is not among the case’s governance boards.");
  g_clear_pointer (&problems, g_ptr_array_unref);

  /* A case without boards or levels knows none. */
  g_list_store_remove_all (alignment_case_get_boards (c));
  g_list_store_remove_all (alignment_case_get_escalation_levels (c));
  problems = alignment_case_check (c);
  g_assert_cmpuint (problems->len, ==, 5);
}

/* Validation must pass every case the app writes: the loader takes all
 * but ids that clash or are malformed, so only those are errors. */
static void
test_errors_are_refusals (void)
{
  g_autoptr(AlignmentCase) c = alignment_case_new ();
  g_autoptr(GPtrArray) problems = NULL;
  gboolean kinds[ALIGNMENT_PROBLEM_UNKNOWN_LEVEL + 1] = { FALSE };

  alignment_case_set_period_start (c, iso ("2024-01-01"));
  alignment_case_set_period_end (c, iso ("2024-12-31"));
  alignment_signal_set_end_julian (add_signal (c, "1a", "2024-03-02"), iso ("2024-03-01"));
  add_signal (c, "1a", "2024-03-03");
  add_signal (c, "x1", "2024-03-04");
  add_signal (c, "2c", NULL);
  alignment_signal_set_sender (add_signal (c, "3a", "2023-03-03"), ALIGNMENT_PARTY_UNKNOWN);
  alignment_signal_set_board (add_signal (c, "3b", "2024-03-05"), "No such board");
  alignment_signal_set_escalation_level (add_signal (c, "3c", "2024-03-06"), 9);

  problems = alignment_case_check (c);
  for (guint i = 0; i < problems->len; i++)
    {
      AlignmentProblem *p = g_ptr_array_index (problems, i);

      g_test_message ("%d %s: %s", p->kind, p->signal_id, p->message);
      kinds[p->kind] = TRUE;
      g_assert_cmpint (p->severity == ALIGNMENT_PROBLEM_ERROR, ==, alignment_problem_refuses_file (p));
    }
  /* every kind was raised, so every kind was compared */
  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    g_assert_true (kinds[k]);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/check/clean", test_clean);
  g_test_add_func ("/check/duplicate-id", test_duplicate_id);
  g_test_add_func ("/check/bad-id", test_bad_id);
  g_test_add_func ("/check/end-before-start", test_end_before_start);
  g_test_add_func ("/check/letter-gap", test_letter_gap);
  g_test_add_func ("/check/no-start-date", test_no_start_date);
  g_test_add_func ("/check/unknown-sender", test_unknown_sender);
  g_test_add_func ("/check/outside-period", test_outside_period);
  g_test_add_func ("/check/unknown-governance", test_unknown_governance);
  g_test_add_func ("/check/order", test_order);
  g_test_add_func ("/check/example", test_example);
  g_test_add_func ("/check/errors-are-refusals", test_errors_are_refusals);

  return g_test_run ();
}
