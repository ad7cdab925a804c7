/* test-date.c: dates as files store them and as people type them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "alignment-core.h"

static void
test_iso (void)
{
  char buf[11];

  g_assert_cmpuint (alignment_date_parse_iso ("2024-02-01"), ==, alignment_date_from_ymd (2024, 2, 1));
  g_assert_cmpuint (alignment_date_parse_iso ("2024-02-29"), ==, alignment_date_from_ymd (2024, 2, 29));
  g_assert_cmpuint (alignment_date_parse_iso ("2023-02-29"), ==, 0);
  g_assert_cmpuint (alignment_date_parse_iso ("2024-02-30"), ==, 0);
  g_assert_cmpuint (alignment_date_parse_iso ("2024-13-01"), ==, 0);
  g_assert_cmpuint (alignment_date_parse_iso ("1-2-2024"), ==, 0);
  g_assert_cmpuint (alignment_date_parse_iso ("2024-2-1"), ==, 0);
  g_assert_cmpuint (alignment_date_parse_iso ("2024-02-01T00:00"), ==, 0);
  g_assert_cmpuint (alignment_date_parse_iso (""), ==, 0);
  g_assert_cmpuint (alignment_date_parse_iso (NULL), ==, 0);

  alignment_date_format_iso (alignment_date_from_ymd (2024, 5, 7), buf);
  g_assert_cmpstr (buf, ==, "2024-05-07");
  alignment_date_format_iso (alignment_date_from_ymd (1, 1, 1), buf);
  g_assert_cmpstr (buf, ==, "0001-01-01");
}

/* Shown in the user's format; in the C locale of the tests that is ISO,
 * not "%x"'s "02/01/24". */
static void
test_local (void)
{
  char buf[64];

  alignment_date_format_local (alignment_date_from_ymd (2024, 2, 1), buf, sizeof buf);
  g_assert_cmpstr (buf, ==, "2024-02-01");
  alignment_date_format_local (0, buf, sizeof buf);
  g_assert_cmpstr (buf, ==, "");
}

/* The other tests take their expected days from alignment_date_from_ymd():
 * it must agree with GDate, and know the days that do not exist. */
static void
test_from_ymd (void)
{
  for (int y = 1890; y < 2110; y++)
    for (int m = 1; m <= 12; m++)
      for (int d = 1; d <= g_date_get_days_in_month (m, y); d++)
        {
          GDate date;

          g_date_clear (&date, 1);
          g_date_set_dmy (&date, d, m, y);
          if (alignment_date_from_ymd (y, m, d) != g_date_get_julian (&date))
            g_error ("%d-%d-%d is Julian day %u, not %u", y, m, d,
                     g_date_get_julian (&date), alignment_date_from_ymd (y, m, d));
        }

  g_assert_cmpuint (alignment_date_from_ymd (1, 1, 1), ==, 1);
  g_assert_cmpuint (alignment_date_from_ymd (2023, 2, 29), ==, 0);
  g_assert_cmpuint (alignment_date_from_ymd (2024, 13, 1), ==, 0);
  g_assert_cmpuint (alignment_date_from_ymd (2024, 4, 31), ==, 0);
  g_assert_cmpuint (alignment_date_from_ymd (0, 1, 1), ==, 0);
  g_assert_cmpuint (alignment_date_from_ymd (10000, 1, 1), ==, 0);
}

/* The arithmetic split must agree with GDate on every day of several
 * centuries, leap years and the 1900/2000/2100 rules included. */
static void
test_split_matches_gdate (void)
{
  for (guint32 j = alignment_date_from_ymd (1890, 1, 1); j < alignment_date_from_ymd (2110, 1, 1); j++)
    {
      GDate date;
      int y, m, d;

      g_date_clear (&date, 1);
      g_date_set_julian (&date, j);
      alignment_date_split (j, &y, &m, &d);
      if (y != g_date_get_year (&date) || m != (int) g_date_get_month (&date) || d != g_date_get_day (&date))
        g_error ("Julian day %u split as %d-%d-%d", j, y, m, d);
    }
}

static void
test_iso_week (void)
{
  struct { int d, m, y, iso_year, iso_week; } cases[] = {
    { 1, 2, 2024, 2024, 5 },
    { 15, 2, 2024, 2024, 7 },
    { 1, 1, 2021, 2020, 53 },   /* a Friday: still week 53 of 2020 */
    { 3, 1, 2021, 2020, 53 },
    { 4, 1, 2021, 2021, 1 },
    { 31, 12, 2024, 2025, 1 },  /* a Tuesday: week 1 of 2025 */
    { 29, 12, 2025, 2026, 1 },
    { 28, 12, 2026, 2026, 53 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      GDate date;
      int year, week;

      alignment_date_iso_week (alignment_date_from_ymd (cases[i].y, cases[i].m, cases[i].d), &year, &week);
      g_assert_cmpint (year, ==, cases[i].iso_year);
      g_assert_cmpint (week, ==, cases[i].iso_week);

      /* and agree with GDate's own ISO week */
      g_date_clear (&date, 1);
      g_date_set_dmy (&date, cases[i].d, cases[i].m, cases[i].y);
      g_assert_cmpint (week, ==, g_date_get_iso8601_week_of_year (&date));
    }
}

static void
test_loose (void)
{
  gboolean had_year = FALSE;

  /* the spellings of the thesis's sheet */
  g_assert_cmpuint (alignment_date_parse_loose ("1-2-2024", 0, &had_year), ==, alignment_date_from_ymd (2024, 2, 1));
  g_assert_true (had_year);
  g_assert_cmpuint (alignment_date_parse_loose ("7-feb", 2024, &had_year), ==, alignment_date_from_ymd (2024, 2, 7));
  g_assert_false (had_year);
  g_assert_cmpuint (alignment_date_parse_loose ("15-mrt", 2024, NULL), ==, alignment_date_from_ymd (2024, 3, 15));
  g_assert_cmpuint (alignment_date_parse_loose ("7-mei", 2024, NULL), ==, alignment_date_from_ymd (2024, 5, 7));
  g_assert_cmpuint (alignment_date_parse_loose ("3 okt", 2023, NULL), ==, alignment_date_from_ymd (2023, 10, 3));
  g_assert_cmpuint (alignment_date_parse_loose ("15 mrt", 2024, NULL), ==, alignment_date_from_ymd (2024, 3, 15));
  g_assert_cmpuint (alignment_date_parse_loose ("2024-02-01", 1999, &had_year), ==, alignment_date_from_ymd (2024, 2, 1));
  g_assert_true (had_year);
  g_assert_cmpuint (alignment_date_parse_loose (" 7 February 2024 ", 0, NULL), ==, alignment_date_from_ymd (2024, 2, 7));
  g_assert_cmpuint (alignment_date_parse_loose ("7 Feb. 2024", 0, NULL), ==, alignment_date_from_ymd (2024, 2, 7));
  g_assert_cmpuint (alignment_date_parse_loose ("01/02/2024", 0, NULL), ==, alignment_date_from_ymd (2024, 2, 1));
  g_assert_cmpuint (alignment_date_parse_loose ("1.2.24", 0, NULL), ==, alignment_date_from_ymd (2024, 2, 1));
  g_assert_cmpuint (alignment_date_parse_loose ("1 MEI 2024", 0, NULL), ==, alignment_date_from_ymd (2024, 5, 1));

  /* not dates: nothing is guessed */
  g_assert_cmpuint (alignment_date_parse_loose ("", 2024, NULL), ==, 0);
  g_assert_cmpuint (alignment_date_parse_loose ("soon", 2024, NULL), ==, 0);
  g_assert_cmpuint (alignment_date_parse_loose ("31-feb", 2024, NULL), ==, 0);
  g_assert_cmpuint (alignment_date_parse_loose ("32-1-2024", 0, NULL), ==, 0);
  g_assert_cmpuint (alignment_date_parse_loose ("1-2-3-4", 0, NULL), ==, 0);
  g_assert_cmpuint (alignment_date_parse_loose ("1-2-123", 0, NULL), ==, 0);
  g_assert_cmpuint (alignment_date_parse_loose ("7-fbr", 2024, NULL), ==, 0);
  g_assert_cmpuint (alignment_date_parse_loose ("99999999999999999999-1", 2024, NULL), ==, 0);
}

static void
test_today (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  guint32 today = alignment_date_parse_loose ("today", 0, NULL);
  int y, m, d;

  alignment_date_split (today, &y, &m, &d);
  g_assert_cmpint (y, ==, g_date_time_get_year (now));
  g_assert_cmpint (m, ==, g_date_time_get_month (now));
  g_assert_cmpint (d, ==, g_date_time_get_day_of_month (now));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/date/iso", test_iso);
  g_test_add_func ("/date/local", test_local);
  g_test_add_func ("/date/from-ymd", test_from_ymd);
  g_test_add_func ("/date/split-matches-gdate", test_split_matches_gdate);
  g_test_add_func ("/date/iso-week", test_iso_week);
  g_test_add_func ("/date/loose", test_loose);
  g_test_add_func ("/date/today", test_today);

  return g_test_run ();
}
