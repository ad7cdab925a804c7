/* test-i18n.c: a thread's own language for the core's messages
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "alignment-i18n.h"

/* A "catalogue" that shouts, for two messages and the months. */
static const char *
shout (const char *msgid,
       const char *msgid_plural,
       gulong      n,
       gpointer    user_data)
{
  (*(guint *) user_data)++;
  if (g_str_equal (msgid, "open"))
    return "OPEN";
  if (g_str_equal (msgid, "%u day"))
    return n == 1 ? "%u DAY" : "%u DAYS";
  if (g_str_equal (msgid, "month abbreviation\004Mar"))
    return "MRT";
  if (g_str_equal (msgid, "month name\004March"))
    return "MAART";
  return NULL;
}

static gpointer
other_thread (gpointer data)
{
  /* Another thread keeps the process's language. */
  return g_strdup (_("open"));
}

static void
test_thread_translator (void)
{
  guint asked = 0;
  g_autoptr(GDateTime) march = g_date_time_new_utc (2024, 3, 5, 12, 0, 0);
  g_autofree char *elsewhere = NULL;
  g_autofree char *short_month = NULL;
  g_autofree char *long_month = NULL;
  g_autofree char *plain = NULL;
  gpointer before;

  g_assert_cmpstr (_("open"), ==, "open");

  before = alignment_i18n_set_thread_translator (shout, &asked);
  g_assert_null (before);
  g_assert_cmpstr (_("open"), ==, "OPEN");
  g_assert_cmpstr (ngettext ("%u day", "%u days", 1), ==, "%u DAY");
  g_assert_cmpstr (ngettext ("%u day", "%u days", 3), ==, "%u DAYS");
  /* What the translator lacks stays in English, not the process's. */
  g_assert_cmpstr (_("closed"), ==, "closed");
  g_assert_cmpstr (ngettext ("%u week", "%u weeks", 2), ==, "%u weeks");
  g_assert_cmpstr (C_("level", "first"), ==, "first");

  short_month = alignment_i18n_format_date_time (march, "%b %Y");
  long_month = alignment_i18n_format_date_time (march, "%-d %B %Y, 100%%");
  g_assert_cmpstr (short_month, ==, "MRT 2024");
  g_assert_cmpstr (long_month, ==, "5 MAART 2024, 100%");

  elsewhere = g_thread_join (g_thread_new ("elsewhere", other_thread, NULL));
  g_assert_cmpstr (elsewhere, ==, "open");

  alignment_i18n_restore_thread_translator (before);
  g_assert_cmpstr (_("open"), ==, "open");
  plain = alignment_i18n_format_date_time (march, "%-d %B %Y");
  g_assert_cmpstr (plain, ==, "5 March 2024");
  g_assert_cmpuint (asked, >=, 7);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/i18n/thread-translator", test_thread_translator);
  return g_test_run ();
}
