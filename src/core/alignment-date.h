/* alignment-date.h: dates as people type them and as files store them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Parses an ISO 8601 calendar date "YYYY-MM-DD" strictly (four-digit
 * year, real day of month).  Returns the Julian day, or 0. */
guint32  alignment_date_parse_iso   (const char *text);
/* The Julian day of @year-@month-@day (month and day from 1), or 0 when
 * there is no such day in years 1 to 9999. */
guint32  alignment_date_from_ymd    (int         year,
                                     int         month,
                                     int         day);
/* Writes @julian as "YYYY-MM-DD" into @buf (at least 11 bytes). */
void     alignment_date_format_iso  (guint32     julian,
                                     char       *buf);

/* Writes @julian in the user's own date format into @buf (at least 64
 * bytes): the locale's "%x", but ISO 8601 in the C locale, whose "%x"
 * ("02/01/24") is a format nobody chose.  "" for 0. */
void     alignment_date_format_local (guint32     julian,
                                      char       *buf,
                                      gsize       size);

/* Parses the dates people type and sheets hold: "2024-02-01", "1-2-2024"
 * and "1/2/2024" (day first), "7-feb", "15 mrt", "7 February 2024" (Dutch
 * and English month names and abbreviations), "today".  A date without a
 * year takes @default_year (or the current year when it is 0), and
 * *@had_year tells which it was.  Returns the Julian day, or 0 when @text
 * is not a date. */
guint32  alignment_date_parse_loose (const char *text,
                                     int         default_year,
                                     gboolean   *had_year);

/* Calendar fields of a Julian day without going through GDate, for the
 * analysis hot loops. */
void     alignment_date_split       (guint32     julian,
                                     int        *year,
                                     int        *month,
                                     int        *day);
/* ISO 8601 week-numbering year and week of @julian. */
void     alignment_date_iso_week    (guint32     julian,
                                     int        *iso_year,
                                     int        *iso_week);

G_END_DECLS
