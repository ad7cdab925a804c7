/* test-signal-list.c: the signals of a case as a list model
 *
 * Every view binds to this list: what it shows is only right when each
 * change is announced once, at the right place, with the right counts.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "alignment-core.h"

typedef struct
{
  guint n_changes;
  guint position;
  guint removed;
  guint added;
  guint n_notifies;
} Changes;

static void
on_items_changed (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  Changes    *changes)
{
  changes->n_changes++;
  changes->position = position;
  changes->removed = removed;
  changes->added = added;
}

static void
on_notify_n_items (GObject    *object,
                   GParamSpec *pspec,
                   Changes    *changes)
{
  changes->n_notifies++;
}

static AlignmentSignalList *
watched_list (Changes *changes)
{
  AlignmentSignalList *list = alignment_signal_list_new ();

  g_signal_connect (list, "items-changed", G_CALLBACK (on_items_changed), changes);
  g_signal_connect (list, "notify::n-items", G_CALLBACK (on_notify_n_items), changes);
  return list;
}

/* The ids of the list, in order, joined by spaces. */
static char *
ids_of (AlignmentSignalList *list)
{
  g_autoptr(GString) ids = g_string_new (NULL);
  AlignmentSignal **signals;
  guint n;

  signals = alignment_signal_list_peek (list, &n);
  for (guint i = 0; i < n; i++)
    g_string_append_printf (ids, "%s%s", i > 0 ? " " : "", alignment_signal_get_id (signals[i]));

  return g_string_free (g_steal_pointer (&ids), FALSE);
}

static void
append_new (AlignmentSignalList *list,
            const char          *id)
{
  g_autoptr(AlignmentSignal) signal = alignment_signal_new (id);

  alignment_signal_list_append (list, signal);
}

static void
test_empty (void)
{
  g_autoptr(AlignmentSignalList) list = alignment_signal_list_new ();
  guint n = 42;

  g_assert_true (G_IS_LIST_MODEL (list));
  g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (list)) == ALIGNMENT_TYPE_SIGNAL);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 0);
  g_assert_cmpuint (alignment_signal_list_get_n (list), ==, 0);
  g_assert_null (g_list_model_get_item (G_LIST_MODEL (list), 0));
  alignment_signal_list_peek (list, &n);
  g_assert_cmpuint (n, ==, 0);
  g_assert_cmpint (alignment_signal_list_find_id (list, "1a"), ==, -1);
}

static void
test_append_insert_remove (void)
{
  Changes changes = { 0, };
  g_autoptr(AlignmentSignalList) list = watched_list (&changes);
  g_autoptr(AlignmentSignal) middle = alignment_signal_new ("1b");
  g_autofree char *after_insert = NULL;
  g_autofree char *after_remove = NULL;

  append_new (list, "1a");
  g_assert_cmpuint (changes.n_changes, ==, 1);
  g_assert_cmpuint (changes.position, ==, 0);
  g_assert_cmpuint (changes.removed, ==, 0);
  g_assert_cmpuint (changes.added, ==, 1);

  append_new (list, "2a");
  g_assert_cmpuint (changes.n_changes, ==, 2);
  g_assert_cmpuint (changes.position, ==, 1);

  /* Inserted where asked, the others moving down. */
  alignment_signal_list_insert (list, 1, middle);
  g_assert_cmpuint (changes.n_changes, ==, 3);
  g_assert_cmpuint (changes.position, ==, 1);
  g_assert_cmpuint (changes.removed, ==, 0);
  g_assert_cmpuint (changes.added, ==, 1);
  after_insert = ids_of (list);
  g_assert_cmpstr (after_insert, ==, "1a 1b 2a");
  g_assert_true (alignment_signal_list_get (list, 1) == middle);
  g_assert_cmpuint (changes.n_notifies, ==, 3);

  /* The list holds its own reference. */
  g_assert_cmpuint (G_OBJECT (middle)->ref_count, ==, 2);

  alignment_signal_list_remove (list, 0);
  g_assert_cmpuint (changes.n_changes, ==, 4);
  g_assert_cmpuint (changes.position, ==, 0);
  g_assert_cmpuint (changes.removed, ==, 1);
  g_assert_cmpuint (changes.added, ==, 0);
  after_remove = ids_of (list);
  g_assert_cmpstr (after_remove, ==, "1b 2a");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 2);
  g_assert_cmpuint (changes.n_notifies, ==, 4);

  alignment_signal_list_remove (list, 0);
  g_assert_cmpuint (G_OBJECT (middle)->ref_count, ==, 1);
}

static void
test_splice (void)
{
  Changes changes = { 0, };
  g_autoptr(AlignmentSignalList) list = watched_list (&changes);
  g_autoptr(GPtrArray) additions = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *ids = NULL;
  g_autofree char *replaced = NULL;

  for (guint i = 1; i <= 4; i++)
    {
      g_autofree char *id = g_strdup_printf ("%ua", i);

      g_ptr_array_add (additions, alignment_signal_new (id));
    }

  /* A whole load is one change, however many signals. */
  alignment_signal_list_splice (list, 0, 0, (AlignmentSignal **) additions->pdata, additions->len);
  g_assert_cmpuint (changes.n_changes, ==, 1);
  g_assert_cmpuint (changes.position, ==, 0);
  g_assert_cmpuint (changes.removed, ==, 0);
  g_assert_cmpuint (changes.added, ==, 4);
  g_assert_cmpuint (changes.n_notifies, ==, 1);
  ids = ids_of (list);
  g_assert_cmpstr (ids, ==, "1a 2a 3a 4a");

  /* Replacing as many as are removed keeps the count: no notify. */
  g_ptr_array_set_size (additions, 0);
  g_ptr_array_add (additions, alignment_signal_new ("5a"));
  g_ptr_array_add (additions, alignment_signal_new ("6a"));
  alignment_signal_list_splice (list, 1, 2, (AlignmentSignal **) additions->pdata, additions->len);
  g_assert_cmpuint (changes.n_changes, ==, 2);
  g_assert_cmpuint (changes.position, ==, 1);
  g_assert_cmpuint (changes.removed, ==, 2);
  g_assert_cmpuint (changes.added, ==, 2);
  g_assert_cmpuint (changes.n_notifies, ==, 1);
  replaced = ids_of (list);
  g_assert_cmpstr (replaced, ==, "1a 5a 6a 4a");

  /* Nothing removed and nothing added is no change at all. */
  alignment_signal_list_splice (list, 2, 0, NULL, 0);
  g_assert_cmpuint (changes.n_changes, ==, 2);
  g_assert_cmpuint (changes.n_notifies, ==, 1);
}

static void
test_get_item_and_find (void)
{
  g_autoptr(AlignmentSignalList) list = alignment_signal_list_new ();
  g_autoptr(AlignmentSignal) item = NULL;
  AlignmentSignal **peeked;
  guint n;

  append_new (list, "1a");
  append_new (list, "1b");
  append_new (list, "2a");

  /* GListModel hands out a reference of its own. */
  item = g_list_model_get_item (G_LIST_MODEL (list), 2);
  g_assert_nonnull (item);
  g_assert_cmpstr (alignment_signal_get_id (item), ==, "2a");
  g_assert_cmpuint (G_OBJECT (item)->ref_count, ==, 2);
  g_assert_null (g_list_model_get_item (G_LIST_MODEL (list), 3));

  /* peek borrows the list's own array, in order. */
  peeked = alignment_signal_list_peek (list, &n);
  g_assert_cmpuint (n, ==, 3);
  g_assert_true (peeked[2] == item);
  g_assert_true (alignment_signal_list_get (list, 0) == peeked[0]);

  g_assert_cmpint (alignment_signal_list_find_id (list, "1b"), ==, 1);
  g_assert_cmpint (alignment_signal_list_find_id (list, "2a"), ==, 2);
  g_assert_cmpint (alignment_signal_list_find_id (list, "3a"), ==, -1);
}

/* The case's list is the one its signals live in. */
static void
test_case_peek (void)
{
  g_autoptr(AlignmentCase) kase = alignment_case_new ();
  AlignmentSignalList *list = alignment_case_get_signals (kase);
  AlignmentSignal **signals;
  guint n = 42;

  signals = alignment_case_peek_signals (kase, &n);
  g_assert_cmpuint (n, ==, 0);

  append_new (list, "1a");
  append_new (list, "2a");
  signals = alignment_case_peek_signals (kase, &n);
  g_assert_cmpuint (n, ==, 2);
  g_assert_true (signals == alignment_signal_list_peek (list, NULL));
  g_assert_cmpstr (alignment_signal_get_id (signals[1]), ==, "2a");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/signal-list/empty", test_empty);
  g_test_add_func ("/signal-list/append-insert-remove", test_append_insert_remove);
  g_test_add_func ("/signal-list/splice", test_splice);
  g_test_add_func ("/signal-list/get-item-and-find", test_get_item_and_find);
  g_test_add_func ("/signal-list/case-peek", test_case_peek);

  return g_test_run ();
}
