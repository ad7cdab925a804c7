/* alignment-timeline-axis.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "alignment-i18n.h"

#include "alignment-core.h"
#include "alignment-timeline-axis.h"

G_DEFINE_ENUM_TYPE (AlignmentTickUnit, alignment_tick_unit,
  G_DEFINE_ENUM_VALUE (ALIGNMENT_TICK_DAY, "day"),
  G_DEFINE_ENUM_VALUE (ALIGNMENT_TICK_WEEK, "week"),
  G_DEFINE_ENUM_VALUE (ALIGNMENT_TICK_MONTH, "month"),
  G_DEFINE_ENUM_VALUE (ALIGNMENT_TICK_QUARTER, "quarter"),
  G_DEFINE_ENUM_VALUE (ALIGNMENT_TICK_YEAR, "year"))

double
alignment_timeline_axis_day_to_x (const AlignmentTimelineAxis *axis,
                                  double                       day)
{
  return axis->x + (day - axis->first_day) * axis->px_per_day;
}

double
alignment_timeline_axis_x_to_day (const AlignmentTimelineAxis *axis,
                                  double                       x)
{
  return axis->first_day + (x - axis->x) / axis->px_per_day;
}

AlignmentTickUnit
alignment_timeline_tick_unit_for_scale (double px_per_day,
                                        double font_size)
{
  /* The smallest unit whose label ("28", "Sep", "Q4", "2024") fits in
   * its interval with room to breathe. */
  if (px_per_day >= 2.2 * font_size)
    return ALIGNMENT_TICK_DAY;
  if (px_per_day * 7 >= 3.5 * font_size)
    return ALIGNMENT_TICK_WEEK;
  if (px_per_day * 28 >= 3.2 * font_size)
    return ALIGNMENT_TICK_MONTH;
  if (px_per_day * 90 >= 3.0 * font_size)
    return ALIGNMENT_TICK_QUARTER;
  return ALIGNMENT_TICK_YEAR;
}

/* The month's name in the language of the figure: the user's, as GLib's
 * strftime has it, or a document's own. */
static char *
format_month (int         year,
              int         month,
              const char *format)
{
  g_autoptr(GDateTime) time = g_date_time_new_utc (year, month, 1, 12, 0, 0);

  return alignment_i18n_format_date_time (time, format);
}

/* The first of the month @months after (before, when negative) the
 * month of @julian.  GDate's arithmetic holds to the year 65535, as far
 * as the view can be panned. */
static guint32
month_first (guint32 julian,
             int     months)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, julian);
  g_date_set_day (&date, 1);
  if (months > 0)
    g_date_add_months (&date, months);
  else if (months < 0)
    g_date_subtract_months (&date, -months);
  return g_date_get_julian (&date);
}

guint32
alignment_timeline_axis_unit_start (AlignmentTickUnit unit,
                                    guint32           julian)
{
  int y, m, d;

  alignment_date_split (julian, &y, &m, &d);
  switch (unit)
    {
    case ALIGNMENT_TICK_DAY:
      return julian;
    case ALIGNMENT_TICK_WEEK:
      /* Julian day 1 (1 January of year 1) is a Monday. */
      return julian - (julian - 1) % 7;
    case ALIGNMENT_TICK_MONTH:
      return month_first (julian, 0);
    case ALIGNMENT_TICK_QUARTER:
      return month_first (julian, -((m - 1) % 3));
    case ALIGNMENT_TICK_YEAR:
    default:
      return month_first (julian, -(m - 1));
    }
}

guint32
alignment_timeline_axis_unit_next (AlignmentTickUnit unit,
                                   guint32           start)
{
  switch (unit)
    {
    case ALIGNMENT_TICK_DAY:
      return start + 1;
    case ALIGNMENT_TICK_WEEK:
      return start + 7;
    case ALIGNMENT_TICK_MONTH:
      return month_first (start, 1);
    case ALIGNMENT_TICK_QUARTER:
      return month_first (start, 3);
    case ALIGNMENT_TICK_YEAR:
    default:
      return month_first (start, 12);
    }
}

char *
alignment_timeline_axis_unit_label (AlignmentTickUnit unit,
                                    guint32           julian)
{
  int y, m, d;

  alignment_date_split (julian, &y, &m, &d);
  switch (unit)
    {
    case ALIGNMENT_TICK_DAY:
    case ALIGNMENT_TICK_WEEK:
      return g_strdup_printf ("%d", d);
    case ALIGNMENT_TICK_MONTH:
      return format_month (y, m, "%b");
    case ALIGNMENT_TICK_QUARTER:
      /* TRANSLATORS: a quarter of a year on the timeline's axis: Q1 … Q4 */
      return g_strdup_printf (_("Q%d"), (m - 1) / 3 + 1);
    case ALIGNMENT_TICK_YEAR:
    default:
      return g_strdup_printf ("%d", y);
    }
}

/* Day and week ticks are grouped by month, months and quarters by
 * year; years stand alone. */
static AlignmentTickUnit
major_unit (AlignmentTickUnit unit)
{
  return unit <= ALIGNMENT_TICK_WEEK ? ALIGNMENT_TICK_MONTH : ALIGNMENT_TICK_YEAR;
}

void
alignment_timeline_axis_add_ticks (const AlignmentTimelineAxis *axis,
                                   AlignmentTickUnit            unit,
                                   GArray                      *ticks)
{
  guint32 first = (guint32) MAX (1.0, floor (axis->first_day));
  guint32 last = (guint32) MAX (1.0, ceil (axis->last_day));
  AlignmentTickUnit major = major_unit (unit);

  for (guint32 day = alignment_timeline_axis_unit_start (unit, first); day < last;
       day = alignment_timeline_axis_unit_next (unit, day))
    {
      AlignmentTimelineTick tick = { 0 };
      guint32 next = alignment_timeline_axis_unit_next (unit, day);

      tick.x = alignment_timeline_axis_day_to_x (axis, day);
      tick.label = alignment_timeline_axis_unit_label (unit, day);
      tick.label_x = (tick.x + alignment_timeline_axis_day_to_x (axis, next)) / 2;
      g_array_append_val (ticks, tick);
    }

  if (unit == ALIGNMENT_TICK_YEAR)
    return;

  for (guint32 day = alignment_timeline_axis_unit_start (major, first); day < last;
       day = alignment_timeline_axis_unit_next (major, day))
    {
      AlignmentTimelineTick tick = { 0 };
      int y, m, d;

      alignment_date_split (day, &y, &m, &d);
      tick.major = TRUE;
      tick.x = alignment_timeline_axis_day_to_x (axis, day);
      /* The group's name stays in sight while its start is scrolled
       * away: the painter draws it from label_x on. */
      tick.label_x = MAX (tick.x, axis->x);
      tick.label = major == ALIGNMENT_TICK_MONTH ? format_month (y, m, "%b %Y")
                                                 : g_strdup_printf ("%d", y);
      g_array_append_val (ticks, tick);
    }
}
