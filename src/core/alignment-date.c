/* alignment-date.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>
#include <stdlib.h>
#include <string.h>

#include "alignment-date.h"

static gboolean
is_valid_dmy (int year,
              int month,
              int day)
{
  return year >= 1 && year <= 9999
      && month >= 1 && month <= 12
      && day >= 1 && day <= g_date_get_days_in_month (month, year);
}

guint32
alignment_date_from_ymd (int year,
                         int month,
                         int day)
{
  GDate date;

  if (!is_valid_dmy (year, month, day))
    return 0;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, day, month, year);
  return g_date_get_julian (&date);
}

static int
digits (const char *s,
        int         n)
{
  int v = 0;

  for (int i = 0; i < n; i++)
    {
      if (!g_ascii_isdigit (s[i]))
        return -1;
      v = v * 10 + (s[i] - '0');
    }

  return v;
}

guint32
alignment_date_parse_iso (const char *text)
{
  int y, m, d;

  if (text == NULL || strlen (text) != 10 || text[4] != '-' || text[7] != '-')
    return 0;

  y = digits (text, 4);
  m = digits (text + 5, 2);
  d = digits (text + 8, 2);
  if (y < 0 || m < 0 || d < 0)
    return 0;

  return alignment_date_from_ymd (y, m, d);
}

void
alignment_date_format_iso (guint32  julian,
                           char    *buf)
{
  int y, m, d;

  alignment_date_split (julian, &y, &m, &d);
  g_snprintf (buf, 11, "%04d-%02d-%02d", y, m, d);
}

void
alignment_date_format_local (guint32  julian,
                             char    *buf,
                             gsize    size)
{
  static const char *format;
  GDate date;

  g_return_if_fail (size > 0);

  buf[0] = '\0';
  if (julian == 0 || !g_date_valid_julian (julian))
    return;

  if (format == NULL)
    {
      const char *locale = setlocale (LC_TIME, NULL);

      if (locale == NULL
          || g_str_equal (locale, "C")
          || g_str_equal (locale, "POSIX")
          || g_str_has_prefix (locale, "C."))
        format = "%Y-%m-%d";
      else
        format = "%x";
    }

  g_date_clear (&date, 1);
  g_date_set_julian (&date, julian);
  if (g_date_strftime (buf, size, format, &date) == 0)
    buf[0] = '\0';
}

/* Julian day 1 is 1 January of year 1 (GDate's count), a Monday.  The
 * civil-from-days arithmetic (Howard Hinnant's) works on days since
 * 1970-01-01, which is Julian day 719163. */
#define JULIAN_1970 719163

void
alignment_date_split (guint32  julian,
                      int     *year,
                      int     *month,
                      int     *day)
{
  gint64 z = (gint64) julian - JULIAN_1970 + 719468;
  gint64 era = (z >= 0 ? z : z - 146096) / 146097;
  gint64 doe = z - era * 146097;
  gint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  gint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  gint64 mp = (5 * doy + 2) / 153;
  gint64 d = doy - (153 * mp + 2) / 5 + 1;
  gint64 m = mp < 10 ? mp + 3 : mp - 9;
  gint64 y = yoe + era * 400 + (m <= 2);

  *year = (int) y;
  *month = (int) m;
  *day = (int) d;
}

void
alignment_date_iso_week (guint32  julian,
                         int     *iso_year,
                         int     *iso_week)
{
  /* Julian day 1 is a Monday: weekday 0..6 from Monday. */
  int weekday = (int) ((julian - 1) % 7);
  /* The Thursday of this week decides the ISO year. */
  guint32 thursday = julian - weekday + 3;
  int y, m, d;
  guint32 jan1;

  alignment_date_split (thursday, &y, &m, &d);
  jan1 = alignment_date_from_ymd (y, 1, 1);
  *iso_year = y;
  *iso_week = (int) ((thursday - jan1) / 7) + 1;
}

/* Month names and abbreviations, English and Dutch, lowercase. */
static const struct {
  const char *name;
  int month;
} month_names[] = {
  { "january", 1 }, { "januari", 1 }, { "jan", 1 },
  { "february", 2 }, { "februari", 2 }, { "feb", 2 },
  { "march", 3 }, { "maart", 3 }, { "mar", 3 }, { "mrt", 3 }, { "maa", 3 },
  { "april", 4 }, { "apr", 4 },
  { "may", 5 }, { "mei", 5 },
  { "june", 6 }, { "juni", 6 }, { "jun", 6 },
  { "july", 7 }, { "juli", 7 }, { "jul", 7 },
  { "august", 8 }, { "augustus", 8 }, { "aug", 8 },
  { "september", 9 }, { "sept", 9 }, { "sep", 9 },
  { "october", 10 }, { "oktober", 10 }, { "oct", 10 }, { "okt", 10 },
  { "november", 11 }, { "nov", 11 },
  { "december", 12 }, { "dec", 12 },
};

static int
month_from_name (const char *word)
{
  g_autofree char *lower = g_ascii_strdown (word, -1);
  gsize len = strlen (lower);

  /* "feb." is as good as "feb" */
  if (len > 0 && lower[len - 1] == '.')
    lower[--len] = '\0';

  for (guint i = 0; i < G_N_ELEMENTS (month_names); i++)
    if (strcmp (lower, month_names[i].name) == 0)
      return month_names[i].month;

  return 0;
}

static gboolean
parse_number (const char *word,
              int        *value)
{
  char *end = NULL;
  gint64 v;

  if (*word == '\0' || strlen (word) > 4)
    return FALSE;
  for (const char *p = word; *p; p++)
    if (!g_ascii_isdigit (*p))
      return FALSE;

  v = g_ascii_strtoll (word, &end, 10);
  *value = (int) v;
  return end != NULL && *end == '\0';
}

guint32
alignment_date_parse_loose (const char *text,
                            int         default_year,
                            gboolean   *had_year)
{
  g_autofree char *stripped = NULL;
  g_auto(GStrv) parts = NULL;
  guint32 julian;
  int day, month, year;
  guint n;

  if (had_year != NULL)
    *had_year = TRUE;

  if (text == NULL)
    return 0;

  stripped = g_strstrip (g_strdup (text));
  if (*stripped == '\0')
    return 0;

  if ((julian = alignment_date_parse_iso (stripped)) != 0)
    return julian;

  if (g_ascii_strcasecmp (stripped, "today") == 0
      || g_ascii_strcasecmp (stripped, "vandaag") == 0)
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();

      return alignment_date_from_ymd (g_date_time_get_year (now),
                              g_date_time_get_month (now),
                              g_date_time_get_day_of_month (now));
    }

  /* Split on the separators people use: "1-2-2024", "1/2/2024",
   * "1.2.2024", "15 mrt", "7-feb", "7 February 2024", "7 feb. 2024". */
  for (char *p = stripped; *p; p++)
    if (*p == '/' || *p == '.' || *p == ',' || *p == '-' || g_ascii_isspace (*p))
      *p = ' ';
  parts = g_strsplit (stripped, " ", -1);

  /* Drop the empty words that runs of separators leave. */
  n = 0;
  for (guint i = 0; parts[i] != NULL; i++)
    {
      if (*parts[i] != '\0')
        parts[n++] = parts[i];
      else
        g_free (parts[i]);
    }
  parts[n] = NULL;

  if (n < 2 || n > 3 || !parse_number (parts[0], &day))
    return 0;

  if (!parse_number (parts[1], &month) && (month = month_from_name (parts[1])) == 0)
    return 0;

  if (n == 3)
    {
      if (!parse_number (parts[2], &year))
        return 0;
      /* A two-digit year is this century's. */
      if (strlen (parts[2]) == 2)
        year += 2000;
      else if (strlen (parts[2]) != 4)
        return 0;
    }
  else
    {
      if (default_year == 0)
        {
          g_autoptr(GDateTime) now = g_date_time_new_now_local ();
          default_year = g_date_time_get_year (now);
        }
      year = default_year;
      if (had_year != NULL)
        *had_year = FALSE;
    }

  return alignment_date_from_ymd (year, month, day);
}
