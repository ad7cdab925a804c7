/* test-signal.c: one signal of the log, and the list that holds them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "alignment-core.h"

static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              GString    *log)
{
  g_string_append_printf (log, "%s;", pspec->name);
}

static void
test_id_parts (void)
{
  g_autoptr(AlignmentSignal) signal = alignment_signal_new ("2c");
  guint thread = 0;
  const char *letter = NULL;

  g_assert_cmpstr (alignment_signal_get_id (signal), ==, "2c");
  g_assert_cmpuint (alignment_signal_get_thread (signal), ==, 2);
  g_assert_cmpstr (alignment_signal_get_letter (signal), ==, "c");

  alignment_signal_set_id (signal, "12ab");
  g_assert_cmpuint (alignment_signal_get_thread (signal), ==, 12);
  g_assert_cmpstr (alignment_signal_get_letter (signal), ==, "ab");

  alignment_signal_set_id (signal, "7");
  g_assert_cmpuint (alignment_signal_get_thread (signal), ==, 7);
  g_assert_cmpstr (alignment_signal_get_letter (signal), ==, "");

  /* not a thread id: no thread, and nothing invented */
  alignment_signal_set_id (signal, "c2");
  g_assert_cmpuint (alignment_signal_get_thread (signal), ==, 0);
  g_assert_cmpstr (alignment_signal_get_id (signal), ==, "c2");

  g_assert_true (alignment_signal_id_parse ("3e", &thread, &letter));
  g_assert_cmpuint (thread, ==, 3);
  g_assert_cmpstr (letter, ==, "e");
  g_assert_false (alignment_signal_id_parse ("3-e", NULL, NULL));
  g_assert_false (alignment_signal_id_parse ("", NULL, NULL));
  g_assert_false (alignment_signal_id_parse ("99999999999a", NULL, NULL));
}

static void
test_properties_notify (void)
{
  g_autoptr(AlignmentSignal) signal = alignment_signal_new ("1a");
  g_autoptr(GString) log = g_string_new ("");
  g_autoptr(GDate) start = NULL;
  GDate date;

  g_signal_connect (signal, "notify", G_CALLBACK (count_notify), log);

  alignment_signal_set_signal_type (signal, ALIGNMENT_SIGNAL_TYPE_REQUEST_SENT);
  alignment_signal_set_sender (signal, ALIGNMENT_PARTY_CUSTOMER);
  alignment_signal_set_trigger (signal, "Need for Training SAFE Agile");
  alignment_signal_set_urgency (signal, ALIGNMENT_URGENCY_MEDIUM);
  /* through GObject too, as bindings and the editor do */
  g_object_set (signal, "understood", ALIGNMENT_UNDERSTOOD_YES, NULL);
  g_object_set (signal, "provider-relational", ALIGNMENT_IMPACT_NEGATIVE, NULL);
  g_assert_cmpstr (log->str, ==, "signal-type;sender;trigger;urgency;understood;provider-relational;");

  /* setting the same value again is silent: views do not redraw for nothing */
  g_string_truncate (log, 0);
  alignment_signal_set_trigger (signal, "Need for Training SAFE Agile");
  alignment_signal_set_urgency (signal, ALIGNMENT_URGENCY_MEDIUM);
  alignment_signal_set_impact (signal, ALIGNMENT_PARTY_PROVIDER, ALIGNMENT_REALM_RELATIONAL, ALIGNMENT_IMPACT_NEGATIVE);
  g_assert_cmpstr (log->str, ==, "");

  g_assert_cmpint (alignment_signal_get_impact (signal, ALIGNMENT_PARTY_PROVIDER, ALIGNMENT_REALM_RELATIONAL), ==, ALIGNMENT_IMPACT_NEGATIVE);
  g_assert_cmpint (alignment_signal_get_impact (signal, ALIGNMENT_PARTY_CUSTOMER, ALIGNMENT_REALM_RELATIONAL), ==, ALIGNMENT_IMPACT_UNKNOWN);

  /* changing the id notifies the derived thread and letter too */
  alignment_signal_set_id (signal, "2a");
  g_assert_cmpstr (log->str, ==, "id;thread;");
  g_string_truncate (log, 0);
  alignment_signal_set_id (signal, "2b");
  g_assert_cmpstr (log->str, ==, "id;letter;");

  /* dates: typed setters, and the boxed GDate property for bindings */
  g_string_truncate (log, 0);
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 15, G_DATE_FEBRUARY, 2024);
  g_object_set (signal, "start-date", &date, NULL);
  g_assert_cmpstr (log->str, ==, "start-date;");
  g_assert_cmpuint (alignment_signal_get_start_julian (signal), ==, g_date_get_julian (&date));
  g_object_get (signal, "start-date", &start, NULL);
  g_assert_cmpint (g_date_compare (start, &date), ==, 0);
  g_assert_false (alignment_signal_get_end_date (signal, &date));
  g_object_set (signal, "start-date", NULL, NULL);
  g_assert_cmpuint (alignment_signal_get_start_julian (signal), ==, 0);

  /* text is never NULL when read; empty text is unset */
  alignment_signal_set_goal (signal, "");
  g_assert_cmpstr (alignment_signal_get_goal (signal), ==, "");
  alignment_signal_set_goal (signal, NULL);
  g_assert_cmpstr (alignment_signal_get_reaction (signal), ==, "");
}

static AlignmentSignal *
make_signal (const char *id,
             int         d,
             int         m)
{
  AlignmentSignal *signal = alignment_signal_new (id);
  GDate date;

  if (d > 0)
    {
      g_date_clear (&date, 1);
      g_date_set_dmy (&date, d, m, 2024);
      alignment_signal_set_start_date (signal, &date);
    }
  return signal;
}

static void
test_equal_and_copy (void)
{
  g_autoptr(AlignmentSignal) a = make_signal ("3d", 1, 4);
  g_autoptr(AlignmentSignal) b = NULL;

  alignment_signal_set_reaction (a, "Meeting planned\nwith \"all\" stakeholders & CUST <RTE>");
  alignment_signal_set_impact (a, ALIGNMENT_PARTY_CUSTOMER, ALIGNMENT_REALM_CONTRACTUAL, ALIGNMENT_IMPACT_NEGATIVE);
  alignment_signal_set_urgency_understood (a, ALIGNMENT_URGENCY_HIGH);
  alignment_signal_add_foreign (a, "<x:note xmlns:x=\"urn:x\">kept</x:note>");

  b = alignment_signal_copy (a);
  g_assert_true (alignment_signal_equal (a, b));

  /* every field counts */
  alignment_signal_set_impact (b, ALIGNMENT_PARTY_CUSTOMER, ALIGNMENT_REALM_CONTRACTUAL, ALIGNMENT_IMPACT_SAME);
  g_assert_false (alignment_signal_equal (a, b));
  alignment_signal_set_impact (b, ALIGNMENT_PARTY_CUSTOMER, ALIGNMENT_REALM_CONTRACTUAL, ALIGNMENT_IMPACT_NEGATIVE);
  alignment_signal_set_end_julian (b, alignment_signal_get_start_julian (b) + 1);
  g_assert_false (alignment_signal_equal (a, b));
  alignment_signal_set_end_julian (b, 0);
  g_assert_true (alignment_signal_equal (a, b));
  alignment_signal_add_foreign (b, "<x:other xmlns:x=\"urn:x\"/>");
  g_assert_false (alignment_signal_equal (a, b));
}

static void
test_compare (void)
{
  /* 2c and 2d share a date: the letter decides; undated last */
  g_autoptr(AlignmentSignal) a = make_signal ("2d", 1, 4);
  g_autoptr(AlignmentSignal) b = make_signal ("2c", 1, 4);
  g_autoptr(AlignmentSignal) c = make_signal ("2b", 20, 3);
  g_autoptr(AlignmentSignal) z = make_signal ("2z", 1, 4);
  g_autoptr(AlignmentSignal) aa = make_signal ("2aa", 1, 4);
  g_autoptr(AlignmentSignal) undated = make_signal ("2a", 0, 0);

  g_assert_cmpint (alignment_signal_compare (b, a), <, 0);
  g_assert_cmpint (alignment_signal_compare (a, b), >, 0);
  g_assert_cmpint (alignment_signal_compare (c, b), <, 0);
  g_assert_cmpint (alignment_signal_compare (z, aa), <, 0);
  g_assert_cmpint (alignment_signal_compare (undated, c), >, 0);
  g_assert_cmpint (alignment_signal_compare (c, undated), <, 0);
  g_assert_cmpint (alignment_signal_compare (a, a), ==, 0);
}

typedef struct
{
  guint position, removed, added, calls;
} Changes;

static void
items_changed (GListModel *model,
               guint       position,
               guint       removed,
               guint       added,
               Changes    *changes)
{
  changes->position = position;
  changes->removed = removed;
  changes->added = added;
  changes->calls++;
}

static void
test_list (void)
{
  g_autoptr(AlignmentSignalList) list = alignment_signal_list_new ();
  g_autoptr(AlignmentSignal) first = NULL;
  AlignmentSignal *batch[3];
  AlignmentSignal **items;
  Changes changes = { 0 };
  guint n;

  g_signal_connect (list, "items-changed", G_CALLBACK (items_changed), &changes);
  g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (list)) == ALIGNMENT_TYPE_SIGNAL);

  for (guint i = 0; i < 3; i++)
    batch[i] = make_signal ((const char *[]) { "1a", "1c", "1d" }[i], 1 + i, 2);
  alignment_signal_list_splice (list, 0, 0, batch, 3);
  g_assert_cmpuint (changes.calls, ==, 1);
  g_assert_cmpuint (changes.added, ==, 3);
  for (guint i = 0; i < 3; i++)
    g_object_unref (batch[i]);

  {
    g_autoptr(AlignmentSignal) b = make_signal ("1b", 2, 2);
    alignment_signal_list_insert (list, 1, b);
  }
  g_assert_cmpuint (changes.position, ==, 1);
  g_assert_cmpuint (changes.added, ==, 1);

  items = alignment_signal_list_peek (list, &n);
  g_assert_cmpuint (n, ==, 4);
  g_assert_cmpstr (alignment_signal_get_id (items[0]), ==, "1a");
  g_assert_cmpstr (alignment_signal_get_id (items[1]), ==, "1b");
  g_assert_cmpstr (alignment_signal_get_id (items[2]), ==, "1c");
  g_assert_cmpstr (alignment_signal_get_id (items[3]), ==, "1d");
  g_assert_cmpint (alignment_signal_list_find_id (list, "1c"), ==, 2);
  g_assert_cmpint (alignment_signal_list_find_id (list, "9z"), ==, -1);

  first = g_list_model_get_item (G_LIST_MODEL (list), 0);
  g_assert_true (first == items[0]);
  g_assert_null (g_list_model_get_item (G_LIST_MODEL (list), 4));

  alignment_signal_list_remove (list, 0);
  g_assert_cmpuint (changes.position, ==, 0);
  g_assert_cmpuint (changes.removed, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 3);
  /* the list let go of it, we still hold it */
  g_assert_cmpstr (alignment_signal_get_id (first), ==, "1a");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/signal/id-parts", test_id_parts);
  g_test_add_func ("/signal/properties-notify", test_properties_notify);
  g_test_add_func ("/signal/equal-and-copy", test_equal_and_copy);
  g_test_add_func ("/signal/compare", test_compare);
  g_test_add_func ("/signal/list", test_list);

  return g_test_run ();
}
