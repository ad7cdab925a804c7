/* test-timeline-axis.c: the timeline's time axis, with no surface
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "alignment-core.h"
#include "alignment-timeline-axis.h"

static guint32
day (const char *iso)
{
  guint32 julian = alignment_date_parse_iso (iso);

  g_assert_cmpuint (julian, !=, 0);
  return julian;
}

/* A day maps to an x and back to the same day, at any scale and
 * anywhere in the plot, fractions of a day included. */
static void
test_day_to_x (void)
{
  const double scales[] = { 0.05, 1.0, 3.5, 48.0 };

  for (guint s = 0; s < G_N_ELEMENTS (scales); s++)
    {
      AlignmentTimelineAxis axis = { 120.0, day ("2024-01-01") + 0.25, day ("2024-12-31"), scales[s] };

      /* The first visible day sits at the plot's left edge; a day later
       * is a day's width to the right. */
      g_assert_cmpfloat_with_epsilon (alignment_timeline_axis_day_to_x (&axis, axis.first_day), 120.0, 1e-9);
      g_assert_cmpfloat_with_epsilon (alignment_timeline_axis_day_to_x (&axis, axis.first_day + 1)
                                      - alignment_timeline_axis_day_to_x (&axis, axis.first_day),
                                      scales[s], 1e-9);

      for (double d = axis.first_day - 40; d < axis.last_day + 40; d += 13.7)
        {
          double x = alignment_timeline_axis_day_to_x (&axis, d);

          g_assert_cmpfloat_with_epsilon (alignment_timeline_axis_x_to_day (&axis, x), d, 1e-6);
        }
      /* And an x to a day and back to the same x. */
      for (double x = 0; x < 2000; x += 97.3)
        g_assert_cmpfloat_with_epsilon (alignment_timeline_axis_day_to_x (&axis, alignment_timeline_axis_x_to_day (&axis, x)),
                                        x, 1e-6);
    }
}

/* Zoomed in the axis counts days; zoomed out weeks, months, quarters and
 * at last years, so that labels never run into each other. */
static void
test_tick_unit (void)
{
  const double f = 11;
  AlignmentTickUnit previous = ALIGNMENT_TICK_DAY;

  g_assert_cmpint (alignment_timeline_tick_unit_for_scale (40, f), ==, ALIGNMENT_TICK_DAY);
  g_assert_cmpint (alignment_timeline_tick_unit_for_scale (8, f), ==, ALIGNMENT_TICK_WEEK);
  g_assert_cmpint (alignment_timeline_tick_unit_for_scale (2, f), ==, ALIGNMENT_TICK_MONTH);
  g_assert_cmpint (alignment_timeline_tick_unit_for_scale (0.5, f), ==, ALIGNMENT_TICK_QUARTER);
  g_assert_cmpint (alignment_timeline_tick_unit_for_scale (0.05, f), ==, ALIGNMENT_TICK_YEAR);

  /* A bigger font needs room sooner: what shows days at 11 shows
   * weeks at 22. */
  g_assert_cmpint (alignment_timeline_tick_unit_for_scale (30, 22), ==, ALIGNMENT_TICK_WEEK);

  /* Zooming out never makes the unit finer. */
  for (double px = 100; px > 0.001; px *= 0.9)
    {
      AlignmentTickUnit unit = alignment_timeline_tick_unit_for_scale (px, f);

      g_assert_cmpint (unit, >=, previous);
      previous = unit;
    }
  g_assert_cmpint (previous, ==, ALIGNMENT_TICK_YEAR);
}

/* Units start where a calendar starts them: Mondays, the first of a
 * month, of a quarter, of a year. */
static void
test_units (void)
{
  static const struct
  {
    AlignmentTickUnit unit;
    const char *date, *start, *next, *label;
  } cases[] = {
    { ALIGNMENT_TICK_DAY, "2024-02-29", "2024-02-29", "2024-03-01", "29" },
    { ALIGNMENT_TICK_WEEK, "2024-04-03", "2024-04-01", "2024-04-08", "1" },
    { ALIGNMENT_TICK_WEEK, "2024-12-31", "2024-12-30", "2025-01-06", "30" },
    { ALIGNMENT_TICK_MONTH, "2024-02-15", "2024-02-01", "2024-03-01", "Feb" },
    { ALIGNMENT_TICK_MONTH, "2024-12-09", "2024-12-01", "2025-01-01", "Dec" },
    { ALIGNMENT_TICK_QUARTER, "2024-05-20", "2024-04-01", "2024-07-01", "Q2" },
    { ALIGNMENT_TICK_QUARTER, "2024-11-20", "2024-10-01", "2025-01-01", "Q4" },
    { ALIGNMENT_TICK_YEAR, "2024-07-04", "2024-01-01", "2025-01-01", "2024" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      guint32 start = alignment_timeline_axis_unit_start (cases[i].unit, day (cases[i].date));
      g_autofree char *label = alignment_timeline_axis_unit_label (cases[i].unit, start);

      g_assert_cmpuint (start, ==, day (cases[i].start));
      g_assert_cmpuint (alignment_timeline_axis_unit_next (cases[i].unit, start), ==, day (cases[i].next));
      g_assert_cmpstr (label, ==, cases[i].label);
    }
}

/* The view can be panned past the last year a file may hold: the axis
 * keeps counting. */
static void
test_units_far (void)
{
  guint32 december = day ("9999-12-01");
  guint32 next_year = december + 31;

  g_assert_cmpuint (alignment_timeline_axis_unit_next (ALIGNMENT_TICK_MONTH, december), ==, next_year);
  g_assert_cmpuint (alignment_timeline_axis_unit_next (ALIGNMENT_TICK_QUARTER, day ("9999-10-01")), ==, next_year);
  g_assert_cmpuint (alignment_timeline_axis_unit_next (ALIGNMENT_TICK_YEAR, day ("9999-01-01")), ==, next_year);
  g_assert_cmpuint (alignment_timeline_axis_unit_start (ALIGNMENT_TICK_YEAR, next_year + 40), ==, next_year);
  g_assert_cmpuint (alignment_timeline_axis_unit_start (ALIGNMENT_TICK_MONTH, next_year + 40), ==, next_year + 31);
}

static void
tick_clear (gpointer data)
{
  g_free (((AlignmentTimelineTick *) data)->label);
}

/* Month ticks over a third of a year, grouped under the year; the
 * labels sit in the middle of their month. */
static void
test_ticks (void)
{
  AlignmentTimelineAxis axis = { 50.0, day ("2024-01-10"), day ("2024-04-20"), 3.0 };
  g_autoptr(GArray) ticks = g_array_new (FALSE, TRUE, sizeof (AlignmentTimelineTick));
  const char *months[] = { "Jan", "Feb", "Mar", "Apr" };
  guint n_minor = 0, n_major = 0;

  g_array_set_clear_func (ticks, tick_clear);
  alignment_timeline_axis_add_ticks (&axis, ALIGNMENT_TICK_MONTH, ticks);

  for (guint i = 0; i < ticks->len; i++)
    {
      const AlignmentTimelineTick *tick = &g_array_index (ticks, AlignmentTimelineTick, i);

      if (tick->major)
        {
          /* The year's name stays in sight though its start is left of
           * the plot. */
          g_assert_cmpstr (tick->label, ==, "2024");
          g_assert_cmpfloat (tick->label_x, ==, axis.x);
          n_major++;
          continue;
        }

      g_assert_cmpuint (n_minor, <, G_N_ELEMENTS (months));
      g_assert_cmpstr (tick->label, ==, months[n_minor]);
      g_assert_cmpfloat (tick->label_x, >, tick->x);
      if (n_minor > 0)
        {
          const AlignmentTimelineTick *prev = &g_array_index (ticks, AlignmentTimelineTick, i - 1);

          g_assert_cmpfloat (tick->x, >, prev->x);
          /* The middle of the month before is half a month left of
           * this tick. */
          g_assert_cmpfloat (prev->label_x, <, tick->x);
        }
      n_minor++;
    }

  g_assert_cmpuint (n_minor, ==, 4);
  g_assert_cmpuint (n_major, ==, 1);
  g_assert_cmpfloat_with_epsilon (g_array_index (ticks, AlignmentTimelineTick, 1).x,
                                  alignment_timeline_axis_day_to_x (&axis, day ("2024-02-01")), 1e-9);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/timeline-axis/day-to-x", test_day_to_x);
  g_test_add_func ("/timeline-axis/tick-unit", test_tick_unit);
  g_test_add_func ("/timeline-axis/units", test_units);
  g_test_add_func ("/timeline-axis/units-far", test_units_far);
  g_test_add_func ("/timeline-axis/ticks", test_ticks);

  return g_test_run ();
}
