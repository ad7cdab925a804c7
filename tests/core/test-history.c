/* test-history.c: undo and redo of every change to a case, no display
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "alignment-core.h"

static AlignmentCase *
make_case (void)
{
  AlignmentCase *c = alignment_case_new ();
  AlignmentSignalList *signals = alignment_case_get_signals (c);
  g_autoptr(AlignmentSignal) a = alignment_signal_new ("1a");
  g_autoptr(AlignmentSignal) b = alignment_signal_new ("1b");

  alignment_case_set_title (c, "Before");
  alignment_signal_set_trigger (a, "first");
  alignment_signal_set_start_julian (a, alignment_date_parse_iso ("2024-02-01"));
  alignment_signal_list_append (signals, a);
  alignment_signal_list_append (signals, b);
  return c;
}

static void
test_history_property (void)
{
  g_autoptr(AlignmentCase) c = make_case ();
  g_autoptr(AlignmentHistory) history = alignment_history_new (c);
  AlignmentSignal *a = alignment_signal_list_get (alignment_case_get_signals (c), 0);

  g_assert_false (alignment_history_get_can_undo (history));
  g_assert_false (alignment_history_get_modified (history));

  alignment_case_set_title (c, "After");
  alignment_signal_set_sender (a, ALIGNMENT_PARTY_PROVIDER);
  alignment_signal_set_impact (a, ALIGNMENT_PARTY_CUSTOMER, ALIGNMENT_REALM_RELATIONAL,
                               ALIGNMENT_IMPACT_NEGATIVE);
  alignment_signal_set_end_julian (a, alignment_date_parse_iso ("2024-03-01"));
  g_assert_true (alignment_history_get_can_undo (history));
  g_assert_true (alignment_history_get_modified (history));
  g_assert_cmpuint (alignment_history_get_changes_since_save (history), ==, 4);

  /* Each change is its own step, undone in reverse order. */
  g_assert_true (alignment_history_undo (history));
  g_assert_cmpuint (alignment_signal_get_end_julian (a), ==, 0);
  g_assert_true (alignment_history_undo (history));
  g_assert_cmpint (alignment_signal_get_impact (a, ALIGNMENT_PARTY_CUSTOMER, ALIGNMENT_REALM_RELATIONAL),
                   ==, ALIGNMENT_IMPACT_UNKNOWN);
  g_assert_true (alignment_history_undo (history));
  g_assert_cmpint (alignment_signal_get_sender (a), ==, ALIGNMENT_PARTY_UNKNOWN);
  g_assert_true (alignment_history_undo (history));
  g_assert_cmpstr (alignment_case_get_title (c), ==, "Before");
  g_assert_false (alignment_history_undo (history));
  g_assert_false (alignment_history_get_modified (history));
  g_assert_true (alignment_history_get_can_redo (history));

  /* Redo replays them. */
  while (alignment_history_redo (history))
    ;
  g_assert_cmpstr (alignment_case_get_title (c), ==, "After");
  g_assert_cmpint (alignment_signal_get_sender (a), ==, ALIGNMENT_PARTY_PROVIDER);
  g_assert_cmpuint (alignment_signal_get_end_julian (a), ==, alignment_date_parse_iso ("2024-03-01"));
  g_assert_false (alignment_history_get_can_redo (history));
}

static void
test_history_typing (void)
{
  g_autoptr(AlignmentCase) c = make_case ();
  g_autoptr(AlignmentHistory) history = alignment_history_new (c);
  AlignmentSignal *a = alignment_signal_list_get (alignment_case_get_signals (c), 0);

  /* Keystrokes in one field are one step… */
  alignment_signal_set_goal (a, "A");
  alignment_signal_set_goal (a, "Ag");
  alignment_signal_set_goal (a, "Agr");
  alignment_signal_set_goal (a, "Agree");
  g_assert_cmpuint (alignment_history_get_changes_since_save (history), ==, 1);

  /* …until another field is edited or the user leaves the field. */
  alignment_signal_set_reaction (a, "Ok");
  alignment_history_break_merge (history);
  alignment_signal_set_reaction (a, "Ok, done");
  g_assert_cmpuint (alignment_history_get_changes_since_save (history), ==, 3);

  g_assert_true (alignment_history_undo (history));
  g_assert_cmpstr (alignment_signal_get_reaction (a), ==, "Ok");
  g_assert_true (alignment_history_undo (history));
  g_assert_cmpstr (alignment_signal_get_reaction (a), ==, "");
  g_assert_true (alignment_history_undo (history));
  g_assert_cmpstr (alignment_signal_get_goal (a), ==, "");
  g_assert_false (alignment_history_get_can_undo (history));

  /* Two picks from a dropdown are two decisions. */
  alignment_signal_set_urgency (a, ALIGNMENT_URGENCY_LOW);
  alignment_signal_set_urgency (a, ALIGNMENT_URGENCY_HIGH);
  g_assert_true (alignment_history_undo (history));
  g_assert_cmpint (alignment_signal_get_urgency (a), ==, ALIGNMENT_URGENCY_LOW);
}

static void
test_history_lists (void)
{
  g_autoptr(AlignmentCase) c = make_case ();
  g_autoptr(AlignmentHistory) history = alignment_history_new (c);
  AlignmentSignalList *signals = alignment_case_get_signals (c);
  g_autoptr(AlignmentSignal) added = alignment_signal_new ("2a");
  g_autoptr(AlignmentStakeholder) person = alignment_stakeholder_new ("CIO", ALIGNMENT_PARTY_CUSTOMER, "");
  g_autoptr(AlignmentLesson) lesson = alignment_lesson_new ("Talk early.");
  AlignmentSignal *removed;

  /* A new signal and its first fields are one step. */
  alignment_history_begin_group (history);
  alignment_signal_list_append (signals, added);
  alignment_signal_set_trigger (added, "Contract");
  alignment_signal_set_sender (added, ALIGNMENT_PARTY_CUSTOMER);
  alignment_history_end_group (history);

  /* Changes to a signal after it was added are recorded too. */
  alignment_signal_set_trigger (added, "Contract change");

  removed = alignment_signal_list_get (signals, 0);
  alignment_signal_list_remove (signals, 0);
  g_list_store_append (alignment_case_get_stakeholders (c), person);
  g_list_store_append (alignment_case_get_lessons (c), lesson);
  alignment_stakeholder_set_function (person, "Signs the contract");
  g_assert_cmpuint (alignment_history_get_changes_since_save (history), ==, 6);

  g_assert_true (alignment_history_undo (history));
  g_assert_cmpstr (alignment_stakeholder_get_function (person), ==, "");
  g_assert_true (alignment_history_undo (history));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (alignment_case_get_lessons (c))), ==, 0);
  g_assert_true (alignment_history_undo (history));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (alignment_case_get_stakeholders (c))), ==, 0);

  /* The removed signal comes back where it was, with its values. */
  g_assert_true (alignment_history_undo (history));
  g_assert_cmpuint (alignment_signal_list_get_n (signals), ==, 3);
  g_assert_true (alignment_signal_list_get (signals, 0) == removed);
  g_assert_cmpstr (alignment_signal_get_trigger (removed), ==, "first");

  g_assert_true (alignment_history_undo (history));
  g_assert_cmpstr (alignment_signal_get_trigger (added), ==, "Contract");

  /* The grouped step goes at once. */
  g_assert_true (alignment_history_undo (history));
  g_assert_cmpuint (alignment_signal_list_get_n (signals), ==, 2);
  g_assert_cmpint (alignment_signal_list_find_id (signals, "2a"), ==, -1);
  g_assert_false (alignment_history_get_can_undo (history));

  while (alignment_history_redo (history))
    ;
  g_assert_cmpuint (alignment_signal_list_get_n (signals), ==, 2);
  g_assert_cmpint (alignment_signal_list_find_id (signals, "1a"), ==, -1);
  g_assert_cmpstr (alignment_signal_get_trigger (added), ==, "Contract change");
  g_assert_cmpint (alignment_signal_get_sender (added), ==, ALIGNMENT_PARTY_CUSTOMER);
  g_assert_cmpstr (alignment_stakeholder_get_function (person), ==, "Signs the contract");
}

/* A thread's record is undone like any other part of the case, and a
 * renumbering made as one step goes back as one. */
static void
test_history_thread_records (void)
{
  g_autoptr(AlignmentCase) c = make_case ();
  g_autoptr(AlignmentHistory) history = alignment_history_new (c);
  g_autoptr(AlignmentThreadRecord) record = alignment_thread_record_new (1);
  AlignmentSignalList *signals = alignment_case_get_signals (c);
  guint n = alignment_signal_list_get_n (signals);

  g_list_store_append (alignment_case_get_thread_records (c), record);
  alignment_thread_record_set_title (record, "Training");
  alignment_thread_record_set_aligned_in (record, ALIGNMENT_REALM_FLAGS_RELATIONAL);

  alignment_history_begin_group (history);
  g_assert_true (alignment_case_renumber_thread (c, 1, 7, NULL));
  alignment_history_end_group (history);
  g_assert_cmpuint (alignment_thread_record_get_number (record), ==, 7);
  g_assert_cmpint (alignment_signal_list_find_id (signals, "1a"), ==, -1);

  g_assert_true (alignment_history_undo (history));
  g_assert_cmpuint (alignment_thread_record_get_number (record), ==, 1);
  g_assert_cmpint (alignment_signal_list_find_id (signals, "1a"), >=, 0);
  g_assert_cmpuint (alignment_signal_list_get_n (signals), ==, n);

  g_assert_true (alignment_history_undo (history));
  g_assert_cmpint (alignment_thread_record_get_aligned_in (record), ==, ALIGNMENT_REALM_FLAGS_NONE);
  g_assert_true (alignment_history_undo (history));
  g_assert_cmpstr (alignment_thread_record_get_title (record), ==, "");
  g_assert_true (alignment_history_undo (history));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (alignment_case_get_thread_records (c))), ==, 0);
}

static void
test_history_saved (void)
{
  g_autoptr(AlignmentCase) c = make_case ();
  g_autoptr(AlignmentHistory) history = alignment_history_new (c);

  alignment_case_set_title (c, "One");
  alignment_case_set_context (c, "Context");
  alignment_history_mark_saved (history);
  g_assert_false (alignment_history_get_modified (history));

  /* Typing after a save does not merge into the saved step. */
  alignment_case_set_context (c, "Context, more");
  g_assert_true (alignment_history_get_modified (history));
  g_assert_true (alignment_history_undo (history));
  g_assert_false (alignment_history_get_modified (history));
  g_assert_cmpstr (alignment_case_get_context (c), ==, "Context");

  /* Undo past the save is a change too. */
  g_assert_true (alignment_history_undo (history));
  g_assert_true (alignment_history_get_modified (history));
  g_assert_cmpuint (alignment_history_get_changes_since_save (history), ==, 1);

  /* A new edit now drops the redo steps, and with them the saved state:
   * nothing can make the case unmodified again but a save. */
  alignment_case_set_title (c, "Two");
  g_assert_true (alignment_history_get_modified (history));
  g_assert_cmpuint (alignment_history_get_changes_since_save (history), ==, G_MAXUINT);
  g_assert_true (alignment_history_undo (history));
  g_assert_true (alignment_history_get_modified (history));
}

static void
notify_count_cb (GObject    *object,
                 GParamSpec *pspec,
                 guint      *count)
{
  (*count)++;
}

static void
applied_cb (AlignmentHistory *history,
            GObject          *object,
            GObject         **last)
{
  g_set_object (last, object);
}

static void
test_history_notify (void)
{
  g_autoptr(AlignmentCase) c = make_case ();
  g_autoptr(AlignmentHistory) history = alignment_history_new (c);
  AlignmentSignal *b = alignment_signal_list_get (alignment_case_get_signals (c), 1);
  g_autoptr(GObject) last = NULL;
  guint can_undo = 0;

  g_signal_connect (history, "notify::can-undo", G_CALLBACK (notify_count_cb), &can_undo);
  g_signal_connect (history, "applied", G_CALLBACK (applied_cb), &last);

  alignment_signal_set_message (b, "Mail");
  g_assert_cmpuint (can_undo, >, 0);

  /* The view is told which signal the undo changed, to show it. */
  alignment_history_undo (history);
  g_assert_true (last == G_OBJECT (b));
}

/* Ids (which move a signal between threads) and texts cleared to
 * nothing come back whole; a signal deleted and restored keeps its
 * history. */
static void
test_history_ids_and_cleared_texts (void)
{
  g_autoptr(AlignmentCase) c = make_case ();
  g_autoptr(AlignmentHistory) history = alignment_history_new (c);
  AlignmentSignalList *signals = alignment_case_get_signals (c);
  g_autoptr(AlignmentSignal) a = g_object_ref (alignment_signal_list_get (signals, 0));

  alignment_signal_set_id (a, "2c");
  alignment_signal_set_trigger (a, "");
  alignment_signal_list_remove (signals, 0);
  g_assert_cmpuint (alignment_history_get_changes_since_save (history), ==, 3);

  g_assert_true (alignment_history_undo (history));
  g_assert_true (alignment_signal_list_get (signals, 0) == a);
  g_assert_true (alignment_history_undo (history));
  g_assert_cmpstr (alignment_signal_get_trigger (a), ==, "first");
  g_assert_true (alignment_history_undo (history));
  g_assert_cmpstr (alignment_signal_get_id (a), ==, "1a");
  g_assert_cmpuint (alignment_signal_get_thread (a), ==, 1);
  g_assert_cmpstr (alignment_signal_get_letter (a), ==, "a");
  g_assert_false (alignment_history_get_modified (history));

  /* Redone, the deleted signal still answers to its own history. */
  while (alignment_history_redo (history))
    ;
  g_assert_cmpuint (alignment_signal_list_get_n (signals), ==, 1);
  alignment_signal_set_goal (a, "edited while deleted");
  g_assert_true (alignment_history_undo (history));
  g_assert_cmpstr (alignment_signal_get_goal (a), ==, "");
}

/* A case is watched by one history at a time, and a new one (a reload,
 * a restored copy) takes over when the old one is gone. */
static void
test_history_successor (void)
{
  g_autoptr(AlignmentCase) c = make_case ();
  AlignmentSignal *a = alignment_signal_list_get (alignment_case_get_signals (c), 0);
  AlignmentHistory *first = alignment_history_new (c);
  g_autoptr(AlignmentHistory) second = NULL;

  alignment_signal_set_message (a, "seen by the first");
  g_assert_cmpuint (alignment_history_get_changes_since_save (first), ==, 1);
  g_object_unref (first);

  /* Nobody watches: changes are not recorded anywhere. */
  alignment_signal_set_message (a, "seen by nobody");

  second = alignment_history_new (c);
  g_assert_false (alignment_history_get_can_undo (second));
  alignment_signal_set_message (a, "seen by the second");
  g_assert_true (alignment_history_undo (second));
  g_assert_cmpstr (alignment_signal_get_message (a), ==, "seen by nobody");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/history/property", test_history_property);
  g_test_add_func ("/history/typing", test_history_typing);
  g_test_add_func ("/history/lists", test_history_lists);
  g_test_add_func ("/history/thread-records", test_history_thread_records);
  g_test_add_func ("/history/saved", test_history_saved);
  g_test_add_func ("/history/notify", test_history_notify);
  g_test_add_func ("/history/ids-and-cleared-texts", test_history_ids_and_cleared_texts);
  g_test_add_func ("/history/successor", test_history_successor);

  return g_test_run ();
}
