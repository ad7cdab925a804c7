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

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/case/properties", test_properties);
  g_test_add_func ("/case/party-names", test_party_names);
  g_test_add_func ("/case/equal", test_equal);

  return g_test_run ();
}
