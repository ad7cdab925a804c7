/* test-merge-decide.c: conflicts decided, left for later, and a merge
 * applied to an open case as one step of its history
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "alignment-core.h"

static AlignmentSignal *
find_id (AlignmentCase *c,
         const char    *id)
{
  AlignmentSignal **signals;
  guint n;

  signals = alignment_case_peek_signals (c, &n);
  for (guint i = 0; i < n; i++)
    if (g_strcmp0 (alignment_signal_get_id (signals[i]), id) == 0)
      return signals[i];
  return NULL;
}

static AlignmentCase *
three_signal_case (void)
{
  AlignmentCase *c = alignment_case_new ();
  const char *ids[] = { "1a", "1b", "2a" };

  alignment_case_set_title (c, "Three");
  alignment_case_set_customer_name (c, "Shipyard");
  alignment_case_set_provider_name (c, "IT provider");
  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      g_autoptr(AlignmentSignal) s = alignment_signal_new (ids[i]);

      alignment_signal_set_sender (s, ALIGNMENT_PARTY_CUSTOMER);
      alignment_signal_set_start_julian (s, 738000 + i);
      alignment_signal_set_trigger (s, "Budget");
      alignment_signal_list_append (alignment_case_get_signals (c), s);
    }
  return c;
}

/* ours (customer) and theirs (provider), each changed the same three
 * facts differently: three conflicts, in signal order. */
static void
make_copies (AlignmentCase **ours,
             AlignmentCase **theirs)
{
  g_autoptr(AlignmentCase) original = three_signal_case ();
  g_autoptr(GError) error = NULL;

  *ours = alignment_merge_share_copy (original, ALIGNMENT_COPY_OWNER_CUSTOMER, &error);
  g_assert_no_error (error);
  *theirs = alignment_merge_share_copy (original, ALIGNMENT_COPY_OWNER_PROVIDER, &error);
  g_assert_no_error (error);

  alignment_signal_set_start_julian (find_id (*ours, "1a"), 738010);
  alignment_signal_set_start_julian (find_id (*theirs, "1a"), 738020);
  alignment_signal_set_trigger (find_id (*ours, "1b"), "Ours");
  alignment_signal_set_trigger (find_id (*theirs, "1b"), "Theirs");
  alignment_signal_set_signal_type (find_id (*ours, "2a"), ALIGNMENT_SIGNAL_TYPE_REQUEST_SENT);
  alignment_signal_set_signal_type (find_id (*theirs, "2a"), ALIGNMENT_SIGNAL_TYPE_ALIGNMENT_EVENT);
}

static AlignmentCase *
merged_with_conflicts (void)
{
  g_autoptr(AlignmentCase) ours = NULL;
  g_autoptr(AlignmentCase) theirs = NULL;
  g_autoptr(GError) error = NULL;
  AlignmentCase *result;
  guint n_conflicts = 0;

  make_copies (&ours, &theirs);
  result = alignment_merge (ours, theirs, NULL, ALIGNMENT_MERGE_FLAGS_NONE, &n_conflicts, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (n_conflicts, ==, 3);
  return result;
}

static guint
conflict_index (AlignmentCase *c,
                const char    *signal_id)
{
  GPtrArray *conflicts = alignment_case_get_conflicts (c);

  for (guint i = 0; i < conflicts->len; i++)
    if (g_strcmp0 (((AlignmentConflict *) g_ptr_array_index (conflicts, i))->signal_id, signal_id) == 0)
      return i;
  g_assert_not_reached ();
}

static void
test_decide (void)
{
  g_autoptr(AlignmentCase) c = merged_with_conflicts ();
  g_autoptr(AlignmentCase) loaded = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  AlignmentConflict *conflict;
  guint n_later = 99;

  g_assert_cmpuint (alignment_case_count_conflicts (c, &n_later), ==, 3);
  g_assert_cmpuint (n_later, ==, 0);

  /* theirs: the other copy's date replaces ours */
  g_assert_true (alignment_case_decide_conflict (c, conflict_index (c, "1a"), ALIGNMENT_CONFLICT_KEEP_THEIRS,
                                                 NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (alignment_signal_get_start_julian (find_id (c, "1a")), ==, 738020);

  /* ours: the value stays, the conflict goes */
  g_assert_true (alignment_case_decide_conflict (c, conflict_index (c, "1b"), ALIGNMENT_CONFLICT_KEEP_OURS,
                                                 NULL, &error));
  g_assert_cmpstr (alignment_signal_get_trigger (find_id (c, "1b")), ==, "Ours");
  g_assert_cmpuint (alignment_case_count_conflicts (c, NULL), ==, 1);

  /* the merge report tells what was decided, under one heading */
  g_assert_nonnull (strstr (alignment_case_get_merge_report (c), "Conflicts:\n"));
  g_assert_nonnull (strstr (alignment_case_get_merge_report (c),
                            "\nDecided:\n  1a  start-date: took theirs, “2021-08-18”\n"));
  g_assert_nonnull (strstr (alignment_case_get_merge_report (c), "  1b  trigger: kept ours, “Ours”\n"));
  g_assert_null (strstr (strstr (alignment_case_get_merge_report (c), "Decided:") + 1, "Decided:"));

  /* an edited value is checked as the editor checks it: nothing changes
   * on a wrong one */
  g_assert_false (alignment_case_decide_conflict (c, 0, ALIGNMENT_CONFLICT_EDIT, "sometimes", &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
  g_assert_nonnull (strstr (error->message, "Alignment event"));
  g_clear_error (&error);
  g_assert_cmpint (alignment_signal_get_signal_type (find_id (c, "2a")), ==, ALIGNMENT_SIGNAL_TYPE_REQUEST_SENT);
  g_assert_cmpuint (alignment_case_count_conflicts (c, NULL), ==, 1);

  /* later: stays, marked and counted, also in the file */
  g_assert_true (alignment_case_decide_conflict (c, 0, ALIGNMENT_CONFLICT_LATER, NULL, &error));
  g_assert_cmpuint (alignment_case_count_conflicts (c, &n_later), ==, 1);
  g_assert_cmpuint (n_later, ==, 1);

  bytes = alignment_case_to_bytes (c);
  g_assert_nonnull (g_strstr_len (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), "later=\"yes\""));
  loaded = alignment_case_load_from_data (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), "decided", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (alignment_case_count_conflicts (loaded, &n_later), ==, 1);
  g_assert_cmpuint (n_later, ==, 1);
  conflict = g_ptr_array_index (alignment_case_get_conflicts (loaded), 0);
  g_assert_cmpstr (conflict->signal_id, ==, "2a");
  g_assert_cmpstr (conflict->field, ==, "signal-type");
  g_assert_true (alignment_case_equal (loaded, c));

  /* a label as the editor shows it is a valid third value */
  g_assert_true (alignment_case_decide_conflict (loaded, 0, ALIGNMENT_CONFLICT_EDIT, "escalation sent", &error));
  g_assert_no_error (error);
  g_assert_cmpint (alignment_signal_get_signal_type (find_id (loaded, "2a")), ==,
                   ALIGNMENT_SIGNAL_TYPE_ESCALATION_SENT);
  g_assert_cmpuint (alignment_case_count_conflicts (loaded, NULL), ==, 0);
  /* the report went through the file, and goes on */
  g_assert_nonnull (strstr (alignment_case_get_merge_report (loaded), "  1b  trigger: kept ours, “Ours”\n"));
  g_assert_nonnull (strstr (alignment_case_get_merge_report (loaded), "  2a  signal-type: set to “escalation sent”\n"));
}

static void
test_parse_value (void)
{
  g_auto(GValue) value = G_VALUE_INIT;
  g_autoptr(GError) error = NULL;
  GDate *date;

  g_assert_true (alignment_conflict_parse_value ("start-date", "1-2-2024", &value, &error));
  g_assert_no_error (error);
  date = g_value_get_boxed (&value);
  g_assert_cmpuint (g_date_get_month (date), ==, 2);
  g_assert_cmpuint (g_date_get_day (date), ==, 1);
  g_value_unset (&value);

  /* an optional field may be cleared */
  g_assert_true (alignment_conflict_parse_value ("end-date", "", &value, &error));
  g_assert_null (g_value_get_boxed (&value));
  g_value_unset (&value);

  g_assert_false (alignment_conflict_parse_value ("start-date", "31-31-2024", NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
  g_assert_nonnull (strstr (error->message, "31-31-2024"));
  g_clear_error (&error);

  g_assert_false (alignment_conflict_parse_value ("no-such-field", "x", NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
}

/* Deciding a conflict is an edit: one undo gives back the value and the
 * conflict. */
static void
test_decide_undo (void)
{
  g_autoptr(AlignmentCase) c = merged_with_conflicts ();
  g_autoptr(AlignmentHistory) history = alignment_history_new (c);

  alignment_history_begin_group (history);
  g_assert_true (alignment_case_decide_conflict (c, conflict_index (c, "1a"), ALIGNMENT_CONFLICT_KEEP_THEIRS,
                                                 NULL, NULL));
  alignment_history_end_group (history);
  g_assert_cmpuint (alignment_case_count_conflicts (c, NULL), ==, 2);
  g_assert_true (alignment_history_get_modified (history));

  g_assert_true (alignment_history_undo (history));
  g_assert_cmpuint (alignment_case_count_conflicts (c, NULL), ==, 3);
  g_assert_cmpuint (alignment_signal_get_start_julian (find_id (c, "1a")), ==, 738010);
  g_assert_false (alignment_history_get_can_undo (history));

  g_assert_true (alignment_history_redo (history));
  g_assert_cmpuint (alignment_case_count_conflicts (c, NULL), ==, 2);
  g_assert_cmpuint (alignment_signal_get_start_julian (find_id (c, "1a")), ==, 738020);

  /* later, too */
  alignment_case_decide_conflict (c, 0, ALIGNMENT_CONFLICT_LATER, NULL, NULL);
  g_assert_true (((AlignmentConflict *) g_ptr_array_index (alignment_case_get_conflicts (c), 0))->later);
  g_assert_true (alignment_history_undo (history));
  g_assert_false (((AlignmentConflict *) g_ptr_array_index (alignment_case_get_conflicts (c), 0))->later);
}

/* A merge applied to the open case is one step: undo gives back the
 * case as it was, signals, base and conflicts. */
static void
test_apply_undo (void)
{
  g_autoptr(AlignmentCase) ours = NULL;
  g_autoptr(AlignmentCase) theirs = NULL;
  g_autoptr(AlignmentCase) merged = NULL;
  g_autoptr(AlignmentCase) before = NULL;
  g_autoptr(AlignmentHistory) history = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(AlignmentSignal) added = alignment_signal_new ("3a");

  make_copies (&ours, &theirs);
  alignment_signal_list_append (alignment_case_get_signals (theirs), added);
  alignment_case_set_context (theirs, "Their context");
  before = alignment_merge_clone_case (ours, &error);
  g_assert_no_error (error);
  history = alignment_history_new (ours);

  merged = alignment_merge (ours, theirs, NULL, ALIGNMENT_MERGE_FLAGS_NONE, NULL, NULL, &error);
  g_assert_no_error (error);
  /* merging alone does not touch ours */
  g_assert_true (alignment_case_equal (ours, before));

  alignment_history_begin_group (history);
  alignment_merge_apply (ours, merged);
  alignment_history_end_group (history);
  g_assert_true (alignment_case_equal (ours, merged));
  g_assert_nonnull (find_id (ours, "3a"));
  g_assert_cmpuint (alignment_case_count_conflicts (ours, NULL), ==, 3);

  g_assert_true (alignment_history_undo (history));
  g_assert_true (alignment_case_equal (ours, before));
  g_assert_null (find_id (ours, "3a"));
  g_assert_cmpuint (alignment_case_count_conflicts (ours, NULL), ==, 0);
  g_assert_false (alignment_history_get_can_undo (history));

  g_assert_true (alignment_history_redo (history));
  g_assert_true (alignment_case_equal (ours, merged));
}

/* The case's own details merge three-way, against the details of the
 * last exchange: a one-sided change is taken, both sides' changes are a
 * conflict decided as a signal's are; stakeholders and lessons of
 * either side are kept. */
static void
test_details (void)
{
  g_autoptr(AlignmentCase) original = three_signal_case ();
  g_autoptr(AlignmentCase) ours = NULL;
  g_autoptr(AlignmentCase) theirs = NULL;
  g_autoptr(AlignmentCase) merged = NULL;
  g_autoptr(AlignmentCase) loaded = NULL;
  g_autoptr(AlignmentCase) old_style = NULL;
  g_autoptr(AlignmentLesson) lesson = alignment_lesson_new ("Agree on the training budget first");
  g_autoptr(AlignmentStakeholder) stakeholder = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *report = NULL;
  AlignmentConflict *conflict;
  guint n_conflicts = 0;

  alignment_case_set_context (original, "Moving to SAFe");
  ours = alignment_merge_share_copy (original, ALIGNMENT_COPY_OWNER_CUSTOMER, &error);
  theirs = alignment_merge_share_copy (original, ALIGNMENT_COPY_OWNER_PROVIDER, &error);
  g_assert_no_error (error);
  g_assert_nonnull (alignment_case_get_base_details (ours));

  /* the copies keep the details as exchanged through the file */
  bytes = alignment_case_to_bytes (ours);
  loaded = alignment_case_load_from_data (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), "ours", &error);
  g_assert_no_error (error);
  g_assert_true (alignment_case_equal (loaded, ours));
  g_assert_cmpstr (g_hash_table_lookup (alignment_case_get_base_details (loaded), "context"), ==, "Moving to SAFe");

  alignment_case_set_title (theirs, "Three, renamed by the provider");
  alignment_case_set_period_start (theirs, alignment_date_parse_iso ("2024-02-01"));
  alignment_case_set_context (loaded, "Our context");
  alignment_case_set_context (theirs, "Their context");
  g_list_store_append (alignment_case_get_lessons (theirs), lesson);
  stakeholder = alignment_stakeholder_new ("Release train engineer", ALIGNMENT_PARTY_PROVIDER, NULL);
  g_list_store_append (alignment_case_get_stakeholders (loaded), stakeholder);

  merged = alignment_merge (loaded, theirs, NULL, ALIGNMENT_MERGE_FLAGS_NONE, &n_conflicts, &report, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (alignment_case_get_title (merged), ==, "Three, renamed by the provider");
  g_assert_cmpuint (alignment_case_get_period_start (merged), ==, alignment_date_parse_iso ("2024-02-01"));
  g_assert_cmpstr (alignment_case_get_context (merged), ==, "Our context");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (alignment_case_get_lessons (merged))), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (alignment_case_get_stakeholders (merged))), ==, 1);
  g_assert_nonnull (strstr (report, "case  title"));

  g_assert_cmpuint (n_conflicts, ==, 1);
  conflict = g_ptr_array_index (alignment_case_get_conflicts (merged), 0);
  g_assert_cmpstr (conflict->signal, ==, ALIGNMENT_CONFLICT_CASE);
  g_assert_cmpstr (conflict->field, ==, "context");
  g_assert_cmpstr (conflict->theirs, ==, "Their context");
  g_assert_true (alignment_case_decide_conflict (merged, 0, ALIGNMENT_CONFLICT_KEEP_THEIRS, NULL, &error));
  g_assert_cmpstr (alignment_case_get_context (merged), ==, "Their context");

  /* the next base is theirs' details */
  g_assert_cmpstr (g_hash_table_lookup (alignment_case_get_base_details (merged), "title"), ==,
                   "Three, renamed by the provider");

  /* A file from before details were kept: ours stay, the report shows
   * theirs. */
  alignment_case_set_base_details (loaded, NULL);
  old_style = alignment_merge (loaded, theirs, NULL, ALIGNMENT_MERGE_FLAGS_NONE, &n_conflicts, NULL, &error);
  g_assert_cmpstr (alignment_case_get_title (old_style), ==, "Three");
  g_assert_cmpuint (n_conflicts, ==, 0);
}

static guint
n_items (GListStore *store)
{
  return g_list_model_get_n_items (G_LIST_MODEL (store));
}

static gboolean
has_stakeholder (AlignmentCase *c,
                 const char    *name)
{
  GListStore *store = alignment_case_get_stakeholders (c);

  for (guint i = 0; i < n_items (store); i++)
    {
      g_autoptr(AlignmentStakeholder) s = g_list_model_get_item (G_LIST_MODEL (store), i);

      if (g_strcmp0 (alignment_stakeholder_get_name (s), name) == 0)
        return TRUE;
    }
  return FALSE;
}

/* Stakeholders and lessons merge three-way against those exchanged: a
 * removal on either side is applied, additions of both sides are kept,
 * the base keeps them through the file, and applying the merge to the
 * open case brings them in as one undoable step. */
static void
test_lists (void)
{
  g_autoptr(AlignmentCase) original = three_signal_case ();
  g_autoptr(AlignmentCase) ours = NULL;
  g_autoptr(AlignmentCase) theirs = NULL;
  g_autoptr(AlignmentCase) merged = NULL;
  g_autoptr(AlignmentCase) loaded = NULL;
  g_autoptr(AlignmentCase) old_style = NULL;
  g_autoptr(AlignmentHistory) history = NULL;
  g_autoptr(AlignmentStakeholder) owner = alignment_stakeholder_new ("Product owner", ALIGNMENT_PARTY_CUSTOMER, NULL);
  g_autoptr(AlignmentStakeholder) manager = alignment_stakeholder_new ("Account manager", ALIGNMENT_PARTY_PROVIDER, NULL);
  g_autoptr(AlignmentStakeholder) coach = alignment_stakeholder_new ("Agile coach", ALIGNMENT_PARTY_CUSTOMER, NULL);
  g_autoptr(AlignmentLesson) lesson = alignment_lesson_new ("Agree on the budget first");
  g_autoptr(AlignmentLesson) theirs_lesson = alignment_lesson_new ("Name one contact per realm");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *report = NULL;

  g_list_store_append (alignment_case_get_stakeholders (original), owner);
  g_list_store_append (alignment_case_get_stakeholders (original), manager);
  g_list_store_append (alignment_case_get_lessons (original), lesson);
  ours = alignment_merge_share_copy (original, ALIGNMENT_COPY_OWNER_CUSTOMER, &error);
  theirs = alignment_merge_share_copy (original, ALIGNMENT_COPY_OWNER_PROVIDER, &error);
  g_assert_no_error (error);

  /* the base keeps them through the file, copies that later edits of
   * the case leave alone */
  bytes = alignment_case_to_bytes (ours);
  loaded = alignment_case_load_from_data (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), "ours", &error);
  g_assert_no_error (error);
  g_assert_true (alignment_case_equal (loaded, ours));
  g_assert_cmpuint (n_items (alignment_case_get_base_stakeholders (loaded)), ==, 2);
  g_assert_cmpuint (n_items (alignment_case_get_base_lessons (loaded)), ==, 1);
  alignment_stakeholder_set_name (owner, "Renamed in the original");
  g_assert_true (has_stakeholder (ours, "Product owner"));

  /* ours adds a coach; theirs removes the product owner and adds a lesson */
  g_list_store_append (alignment_case_get_stakeholders (loaded), coach);
  g_list_store_remove (alignment_case_get_stakeholders (theirs), 0);
  g_list_store_append (alignment_case_get_lessons (theirs), theirs_lesson);

  merged = alignment_merge (loaded, theirs, NULL, ALIGNMENT_MERGE_FLAGS_NONE, NULL, &report, &error);
  g_assert_no_error (error);
  g_assert_false (has_stakeholder (merged, "Product owner"));
  g_assert_true (has_stakeholder (merged, "Account manager"));
  g_assert_true (has_stakeholder (merged, "Agile coach"));
  g_assert_cmpuint (n_items (alignment_case_get_stakeholders (merged)), ==, 2);
  g_assert_cmpuint (n_items (alignment_case_get_lessons (merged)), ==, 2);
  g_assert_nonnull (strstr (report, "stakeholder  “Product owner”  deleted in their copy"));
  g_assert_nonnull (strstr (report, "lesson  “Name one contact per realm”"));
  g_assert_cmpstr (alignment_case_get_merge_report (merged), ==, report);
  /* the next base is theirs */
  g_assert_cmpuint (n_items (alignment_case_get_base_stakeholders (merged)), ==, 1);
  g_assert_cmpuint (n_items (alignment_case_get_base_lessons (merged)), ==, 2);

  /* applied to the open case: in, and out again on undo */
  history = alignment_history_new (loaded);
  alignment_history_begin_group (history);
  alignment_merge_apply (loaded, merged);
  alignment_history_end_group (history);
  g_assert_true (alignment_case_equal (loaded, merged));
  g_assert_false (has_stakeholder (loaded, "Product owner"));
  g_assert_cmpuint (n_items (alignment_case_get_lessons (loaded)), ==, 2);
  g_assert_true (alignment_history_undo (history));
  g_assert_true (has_stakeholder (loaded, "Product owner"));
  g_assert_cmpuint (n_items (alignment_case_get_lessons (loaded)), ==, 1);
  g_assert_null (alignment_case_get_merge_report (loaded));

  /* A base that does not know them (an older file): nothing is taken
   * away, what only theirs holds is added. */
  alignment_case_set_base_stakeholders (loaded, NULL);
  alignment_case_set_base_lessons (loaded, NULL);
  old_style = alignment_merge (loaded, theirs, NULL, ALIGNMENT_MERGE_FLAGS_NONE, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (has_stakeholder (old_style, "Product owner"));
  g_assert_cmpuint (n_items (alignment_case_get_lessons (old_style)), ==, 2);
}

/* A base given by the caller (git's ancestor, --base) is used for the
 * case's details too: a one-sided change is taken, not ours kept. */
static void
test_given_base (void)
{
  g_autoptr(AlignmentCase) base = three_signal_case ();
  g_autoptr(AlignmentCase) ours = three_signal_case ();
  g_autoptr(AlignmentCase) theirs = three_signal_case ();
  g_autoptr(AlignmentCase) merged = NULL;
  g_autoptr(AlignmentCase) none = alignment_case_new ();
  g_autoptr(AlignmentLesson) lesson = alignment_lesson_new ("Keep the board informed");
  g_autoptr(GError) error = NULL;
  g_autofree char *report = NULL;
  guint n_conflicts = 99;

  g_list_store_append (alignment_case_get_lessons (base), lesson);
  g_list_store_append (alignment_case_get_lessons (ours), lesson);
  alignment_case_set_title (theirs, "Renamed by the provider");
  alignment_case_set_context (ours, "Our context");

  merged = alignment_merge (ours, theirs, base, ALIGNMENT_MERGE_FLAGS_KEEP_BASE, &n_conflicts, &report, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (n_conflicts, ==, 0);
  g_assert_nonnull (strstr (report, "Base: the 3 signals of the common ancestor given\n"));
  g_assert_cmpstr (alignment_case_get_title (merged), ==, "Renamed by the provider");
  g_assert_cmpstr (alignment_case_get_context (merged), ==, "Our context");
  /* theirs removed the lesson since the base */
  g_assert_cmpuint (n_items (alignment_case_get_lessons (merged)), ==, 0);
  g_clear_object (&merged);

  /* an empty ancestor (both added the file): titles that differ are a
   * conflict, a detail only one side set is taken */
  merged = alignment_merge (ours, theirs, none, ALIGNMENT_MERGE_FLAGS_KEEP_BASE, &n_conflicts, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (n_conflicts, ==, 1);
  g_assert_cmpstr (((AlignmentConflict *) g_ptr_array_index (alignment_case_get_conflicts (merged), 0))->field, ==,
                   "title");
  g_assert_cmpstr (alignment_case_get_title (merged), ==, "Three");
  g_assert_cmpstr (alignment_case_get_context (merged), ==, "Our context");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/merge-decide/decide", test_decide);
  g_test_add_func ("/merge-decide/parse-value", test_parse_value);
  g_test_add_func ("/merge-decide/decide-undo", test_decide_undo);
  g_test_add_func ("/merge-decide/apply-undo", test_apply_undo);
  g_test_add_func ("/merge-decide/details", test_details);
  g_test_add_func ("/merge-decide/lists", test_lists);
  g_test_add_func ("/merge-decide/given-base", test_given_base);

  return g_test_run ();
}
