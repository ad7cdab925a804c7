/* test-timeline-layout.c: where the timeline puts things, with no surface
 *
 * The example case's signals (see tests/core/test-analysis.c for the table):
 * 1a 1b 2a 3a 3b 2b 2f are the customer's, the rest the provider's;
 * 2c 2d 3c 3d 3e all start on 2024-04-01; thread 1 is open (its last
 * signal 1d is an escalation), threads 2 and 3 are aligned; 1a, 1b, 2a,
 * 2f, 3a and 3b have end dates.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "alignment-core.h"
#include "alignment-timeline-layout.h"
#include "../test-example.h"

#define EXAMPLE_N_SIGNALS 16

static guint32
day (const char *iso)
{
  guint32 julian = alignment_date_parse_iso (iso);

  g_assert_cmpuint (julian, !=, 0);
  return julian;
}

static const AlignmentTimelineMarker *
marker_by_id (AlignmentTimelineLayout *layout,
              const char              *id)
{
  for (guint i = 0; i < layout->markers->len; i++)
    {
      const AlignmentTimelineMarker *m = &g_array_index (layout->markers, AlignmentTimelineMarker, i);

      if (g_str_equal (m->id, id))
        return m;
    }

  g_error ("no marker %s", id);
  return NULL;
}

/* The example at 1600 × 700, 1 February to 1 June 2024, today out of
 * sight. */
static AlignmentTimelineLayout *
example_layout (AlignmentCase         *self,
                AlignmentTimelineData **data,
                AlignmentTimelineLanes  lanes)
{
  AlignmentTimelineOptions options;

  *data = alignment_timeline_data_new_for_case (self);
  alignment_timeline_options_init (&options, *data);
  options.width = 1600;
  options.height = 700;
  options.first_day = day ("2024-01-25");
  options.last_day = day ("2024-05-20");
  options.today = 0;
  options.lanes = lanes;
  return alignment_timeline_layout_new (*data, &options);
}

static gboolean
overlap (const AlignmentTimelineRect *a,
         const AlignmentTimelineRect *b)
{
  return a->x < b->x + b->width && b->x < a->x + a->width
         && a->y < b->y + b->height && b->y < a->y + a->height;
}

static AlignmentTimelineRect
box_of (const AlignmentTimelineMarker *m)
{
  return (AlignmentTimelineRect) { m->x - m->radius, m->y - m->radius, m->x_end - m->x + 2 * m->radius, 2 * m->radius };
}

static void
test_data (void)
{
  g_autoptr(AlignmentCase) self = load_example ();
  g_autoptr(AlignmentTimelineData) data = alignment_timeline_data_new_for_case (self);
  guint32 previous = 0;

  g_assert_cmpuint (alignment_timeline_data_get_n_dated (data), ==, EXAMPLE_N_SIGNALS);
  g_assert_cmpuint (alignment_timeline_data_get_n_undated (data), ==, 0);
  g_assert_cmpuint (alignment_timeline_data_get_first_day (data), ==, day ("2024-02-01"));
  /* 2g starts on 7 May, 2f ends on it; 2a's end, 1 April, is earlier. */
  g_assert_cmpuint (alignment_timeline_data_get_last_day (data), ==, day ("2024-05-07"));
  g_assert_cmpuint (alignment_timeline_data_get_n_lanes (data, ALIGNMENT_TIMELINE_LANES_PARTY), ==, 2);
  g_assert_cmpuint (alignment_timeline_data_get_n_lanes (data, ALIGNMENT_TIMELINE_LANES_THREAD), ==, 3);

  /* Ranks run by date; position and rank are each other's inverse. */
  for (guint rank = 0; rank < EXAMPLE_N_SIGNALS; rank++)
    {
      guint position = alignment_timeline_data_get_position (data, rank);
      AlignmentSignal *signal = alignment_timeline_data_get_signal (data, position);

      g_assert_cmpint (alignment_timeline_data_get_rank (data, position), ==, (int) rank);
      g_assert_cmpuint (alignment_signal_get_start_julian (signal), >=, previous);
      previous = alignment_signal_get_start_julian (signal);
    }
}

static void
test_positions (void)
{
  g_autoptr(AlignmentCase) self = load_example ();
  g_autoptr(AlignmentTimelineData) data = NULL;
  g_autoptr(AlignmentTimelineLayout) layout = example_layout (self, &data, ALIGNMENT_TIMELINE_LANES_PARTY);
  const AlignmentTimelineMarker *a1 = marker_by_id (layout, "1a");
  const AlignmentTimelineMarker *b1 = marker_by_id (layout, "1b");
  const AlignmentTimelineMarker *c1 = marker_by_id (layout, "1c");
  const AlignmentTimelineMarker *g2 = marker_by_id (layout, "2g");
  double ppd = layout->px_per_day;

  g_assert_cmpuint (layout->markers->len, ==, EXAMPLE_N_SIGNALS);
  g_assert_cmpfloat_with_epsilon (ppd, layout->plot.width / (day ("2024-05-20") - day ("2024-01-25")), 1e-9);

  /* A signal sits in the middle of its day; 14 days lie between 1a
   * and 1b. */
  g_assert_cmpfloat_with_epsilon (a1->x, layout->plot.x + (day ("2024-02-01") + 0.5 - day ("2024-01-25")) * ppd, 1e-6);
  g_assert_cmpfloat_with_epsilon (b1->x - a1->x, 14 * ppd, 1e-6);
  g_assert_cmpfloat_with_epsilon (alignment_timeline_layout_x_to_day (layout, a1->x), day ("2024-02-01") + 0.5, 1e-9);

  /* 1a runs to 7 February: a bar of six days; 1c has no end date. */
  g_assert_cmpfloat_with_epsilon (a1->x_end - a1->x, 6 * ppd, 1e-6);
  g_assert_cmpfloat (c1->x_end, ==, c1->x);

  /* The lanes: customer above provider, each marker inside its own. */
  g_assert_cmpuint (layout->lanes->len, ==, 2);
  for (guint i = 0; i < layout->markers->len; i++)
    {
      const AlignmentTimelineMarker *m = &g_array_index (layout->markers, AlignmentTimelineMarker, i);
      const AlignmentTimelineLane *lane = &g_array_index (layout->lanes, AlignmentTimelineLane, m->lane);
      AlignmentSignal *signal = alignment_timeline_data_get_signal (data, m->position);

      g_assert_cmpint (lane->party, ==, ALIGNMENT_PARTY_INDEX (alignment_signal_get_sender (signal)));
      g_assert_cmpfloat (m->y - m->radius, >=, lane->area.y);
      g_assert_cmpfloat (m->y + m->radius, <=, lane->area.y + lane->area.height);
    }
  g_assert_cmpstr (g_array_index (layout->lanes, AlignmentTimelineLane, 0).label, ==, "Shipbuilder (customer)");
  g_assert_cmpstr (g_array_index (layout->lanes, AlignmentTimelineLane, 1).label, ==, "IT service provider");
  g_assert_cmpfloat (g_array_index (layout->lanes, AlignmentTimelineLane, 0).area.y, <,
                     g_array_index (layout->lanes, AlignmentTimelineLane, 1).area.y);

  /* Shape and colour by type, size by urgency, hollow when not
   * understood: 2g is an alignment event, very high, not understood. */
  g_assert_cmpint (a1->shape, ==, ALIGNMENT_MARKER_CIRCLE);
  g_assert_cmpint (b1->shape, ==, ALIGNMENT_MARKER_TRIANGLE);
  g_assert_cmpint (g2->shape, ==, ALIGNMENT_MARKER_DIAMOND);
  g_assert_true (g2->hollow);
  g_assert_false (a1->hollow);
  g_assert_cmpfloat (g2->radius, >, a1->radius);   /* very high > medium */

  /* Out of range, nothing: no today marker (it was turned off). */
  g_assert_cmpfloat (layout->today_x, <, 0);
}

static void
test_today (void)
{
  g_autoptr(AlignmentCase) self = load_example ();
  g_autoptr(AlignmentTimelineData) data = alignment_timeline_data_new_for_case (self);
  g_autoptr(AlignmentTimelineLayout) layout = NULL;
  AlignmentTimelineOptions options;

  alignment_timeline_options_init (&options, data);
  options.today = day ("2024-03-01");
  layout = alignment_timeline_layout_new (data, &options);
  g_assert_cmpfloat_with_epsilon (layout->today_x, alignment_timeline_layout_day_to_x (layout, day ("2024-03-01") + 0.5), 1e-9);
}

typedef struct
{
  const char        *first;
  const char        *last;
  AlignmentTickUnit  unit;
  guint              n_minor;
} TickCase;

static void
test_ticks (void)
{
  g_autoptr(AlignmentCase) self = load_example ();
  g_autoptr(AlignmentTimelineData) data = alignment_timeline_data_new_for_case (self);
  /* At 1920 wide and 11 px type, with the label column: */
  const TickCase cases[] = {
    { "2024-04-01", "2024-04-15", ALIGNMENT_TICK_DAY, 14 },        /* ~120 px a day */
    { "2024-02-01", "2024-05-01", ALIGNMENT_TICK_WEEK, 14 },       /* weeks from 29 Jan */
    { "2024-01-01", "2025-01-01", ALIGNMENT_TICK_MONTH, 12 },
    { "2020-01-01", "2026-01-01", ALIGNMENT_TICK_QUARTER, 24 },
    { "1950-01-01", "2050-01-01", ALIGNMENT_TICK_YEAR, 100 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(AlignmentTimelineLayout) layout = NULL;
      AlignmentTimelineOptions options;
      guint n_minor = 0;
      double previous = -G_MAXDOUBLE;

      alignment_timeline_options_init (&options, data);
      options.first_day = day (cases[i].first);
      options.last_day = day (cases[i].last);
      layout = alignment_timeline_layout_new (data, &options);
      g_assert_cmpint (layout->tick_unit, ==, cases[i].unit);

      for (guint t = 0; t < layout->ticks->len; t++)
        {
          const AlignmentTimelineTick *tick = &g_array_index (layout->ticks, AlignmentTimelineTick, t);

          if (tick->major)
            continue;
          g_assert_cmpfloat (tick->x, >, previous);
          previous = tick->x;
          n_minor++;
        }
      g_assert_cmpuint (n_minor, ==, cases[i].n_minor);
    }

  /* The unit only ever grows as the scale shrinks. */
  for (double ppd = 200; ppd > 0.01; ppd *= 0.9)
    g_assert_cmpint (alignment_timeline_tick_unit_for_scale (ppd, 11), >=,
                     alignment_timeline_tick_unit_for_scale (ppd / 0.9, 11));
}

/* Month ticks are named as GLib names months in the user's language,
 * and grouped under their year. */
static void
test_tick_labels (void)
{
  g_autoptr(AlignmentCase) self = load_example ();
  g_autoptr(AlignmentTimelineData) data = alignment_timeline_data_new_for_case (self);
  g_autoptr(AlignmentTimelineLayout) layout = NULL;
  g_autoptr(GDateTime) march = g_date_time_new_utc (2024, 3, 1, 12, 0, 0);
  g_autofree char *mar = g_date_time_format (march, "%b");
  AlignmentTimelineOptions options;
  gboolean seen_march = FALSE, seen_2024 = FALSE;

  alignment_timeline_options_init (&options, data);
  options.first_day = day ("2024-01-01");
  options.last_day = day ("2025-01-01");
  layout = alignment_timeline_layout_new (data, &options);
  for (guint t = 0; t < layout->ticks->len; t++)
    {
      const AlignmentTimelineTick *tick = &g_array_index (layout->ticks, AlignmentTimelineTick, t);

      if (!tick->major && g_str_equal (tick->label, mar))
        {
          seen_march = TRUE;
          g_assert_cmpfloat_with_epsilon (tick->x, alignment_timeline_layout_day_to_x (layout, day ("2024-03-01")), 1e-6);
        }
      if (tick->major && g_str_equal (tick->label, "2024"))
        seen_2024 = TRUE;
    }
  g_assert_true (seen_march);
  g_assert_true (seen_2024);
}

static void
test_stacking (void)
{
  g_autoptr(AlignmentCase) self = load_example ();
  g_autoptr(AlignmentTimelineData) data = NULL;
  g_autoptr(AlignmentTimelineLayout) layout = example_layout (self, &data, ALIGNMENT_TIMELINE_LANES_PARTY);
  const char *stack[] = { "2c", "2d", "3c", "3d", "3e" };

  /* Same day, same column, one under the other in their order. */
  for (guint i = 1; i < G_N_ELEMENTS (stack); i++)
    {
      const AlignmentTimelineMarker *above = marker_by_id (layout, stack[i - 1]);
      const AlignmentTimelineMarker *below = marker_by_id (layout, stack[i]);

      g_assert_cmpfloat (below->x, ==, above->x);
      g_assert_cmpfloat (below->y - above->y, >=, above->radius + below->radius);
    }

  /* No two markers of a lane touch, bars included. */
  for (guint i = 0; i < layout->markers->len; i++)
    for (guint j = i + 1; j < layout->markers->len; j++)
      {
        const AlignmentTimelineMarker *a = &g_array_index (layout->markers, AlignmentTimelineMarker, i);
        const AlignmentTimelineMarker *b = &g_array_index (layout->markers, AlignmentTimelineMarker, j);
        AlignmentTimelineRect ra = box_of (a), rb = box_of (b);

        if (a->lane == b->lane && overlap (&ra, &rb))
          g_error ("%s and %s overlap", a->id, b->id);
      }
}

/* Every id is placed and no id covers another id or any marker. */
static void
assert_labels_apart (AlignmentTimelineLayout *layout,
                     gboolean                 all_placed)
{
  for (guint i = 0; i < layout->markers->len; i++)
    {
      const AlignmentTimelineMarker *a = &g_array_index (layout->markers, AlignmentTimelineMarker, i);

      if (all_placed)
        g_assert_true (a->has_label);
      if (!a->has_label)
        continue;

      /* Inside its own lane (these layouts show all lanes from the
       * first). */
      {
        const AlignmentTimelineLane *lane = &g_array_index (layout->lanes, AlignmentTimelineLane, a->lane);

        g_assert_cmpfloat (a->label.y, >=, lane->area.y);
        g_assert_cmpfloat (a->label.y + a->label.height, <=, lane->area.y + lane->area.height);
      }

      for (guint j = 0; j < layout->markers->len; j++)
        {
          const AlignmentTimelineMarker *b = &g_array_index (layout->markers, AlignmentTimelineMarker, j);
          AlignmentTimelineRect rb = box_of (b);

          if (overlap (&a->label, &rb))
            g_error ("the id of %s covers the marker of %s", a->id, b->id);
          if (j != i && b->has_label && overlap (&a->label, &b->label))
            g_error ("the ids of %s and %s overlap", a->id, b->id);
        }
    }
}

static void
test_labels (void)
{
  g_autoptr(AlignmentCase) self = load_example ();
  g_autoptr(AlignmentTimelineData) data = NULL;
  g_autoptr(AlignmentTimelineLayout) layout = example_layout (self, &data, ALIGNMENT_TIMELINE_LANES_PARTY);
  const AlignmentTimelineMarker *c1 = marker_by_id (layout, "1c");
  const AlignmentTimelineMarker *a1 = marker_by_id (layout, "1a");

  assert_labels_apart (layout, TRUE);
  /* A point's id goes right of it, a bar's left of its start. */
  g_assert_cmpfloat (c1->label.x, >, c1->x);
  g_assert_cmpfloat (a1->label.x + a1->label.width, <, a1->x);
}

/* A crowd in a small figure: ids that fit are placed, none overlap. */
static void
test_labels_crowded (void)
{
  g_autoptr(AlignmentCase) self = alignment_case_generate (400, 40, 7);
  g_autoptr(AlignmentTimelineData) data = alignment_timeline_data_new_for_case (self);
  g_autoptr(AlignmentTimelineLayout) layout = NULL;
  AlignmentTimelineOptions options;

  alignment_timeline_options_init (&options, data);
  options.width = 900;
  options.height = 500;
  options.last_day = options.first_day + 60;
  layout = alignment_timeline_layout_new (data, &options);
  g_assert_cmpuint (layout->markers->len, >, 10);
  assert_labels_apart (layout, FALSE);
}

static void
test_links (void)
{
  g_autoptr(AlignmentCase) self = load_example ();
  g_autoptr(AlignmentTimelineData) data = NULL;
  g_autoptr(AlignmentTimelineLayout) layout = example_layout (self, &data, ALIGNMENT_TIMELINE_LANES_PARTY);
  guint per_thread[4] = { 0 };

  /* 4 + 7 + 5 signals: 3 + 6 + 4 links, each from earlier to later. */
  for (guint i = 0; i < layout->links->len; i++)
    {
      const AlignmentTimelineLink *link = &g_array_index (layout->links, AlignmentTimelineLink, i);

      g_assert_cmpuint (link->thread, >=, 1);
      g_assert_cmpuint (link->thread, <=, 3);
      per_thread[link->thread]++;
      g_assert_cmpfloat (link->x0, <=, link->x1);
      g_assert_cmpint (link->open, ==, link->thread == 1);
    }
  g_assert_cmpuint (per_thread[1], ==, 3);
  g_assert_cmpuint (per_thread[2], ==, 6);
  g_assert_cmpuint (per_thread[3], ==, 4);

  /* 2b links to 2c, 2c to 2d (the same day, the next row). */
  {
    const AlignmentTimelineMarker *b2 = marker_by_id (layout, "2b");
    const AlignmentTimelineMarker *c2 = marker_by_id (layout, "2c");
    gboolean found = FALSE;

    for (guint i = 0; i < layout->links->len; i++)
      {
        const AlignmentTimelineLink *link = &g_array_index (layout->links, AlignmentTimelineLink, i);

        found |= link->x0 == b2->x && link->y0 == b2->y && link->x1 == c2->x && link->y1 == c2->y;
      }
    g_assert_true (found);
  }

  /* The open thread trails off after 1d. */
  g_assert_cmpuint (layout->tails->len, ==, 1);
  g_assert_cmpuint (g_array_index (layout->tails, AlignmentTimelineLink, 0).thread, ==, 1);
  g_assert_cmpfloat (g_array_index (layout->tails, AlignmentTimelineLink, 0).x0, >, marker_by_id (layout, "1d")->x);
}

static void
test_thread_lanes (void)
{
  g_autoptr(AlignmentCase) self = load_example ();
  g_autoptr(AlignmentTimelineData) data = NULL;
  g_autoptr(AlignmentTimelineLayout) layout = example_layout (self, &data, ALIGNMENT_TIMELINE_LANES_THREAD);

  g_assert_cmpuint (layout->lanes->len, ==, 3);
  g_assert_true (g_array_index (layout->lanes, AlignmentTimelineLane, 0).open);
  g_assert_false (g_array_index (layout->lanes, AlignmentTimelineLane, 1).open);
  g_assert_cmpstr (g_array_index (layout->lanes, AlignmentTimelineLane, 2).detail, ==, "aligned in 31 days");
  for (guint i = 0; i < layout->markers->len; i++)
    {
      const AlignmentTimelineMarker *m = &g_array_index (layout->markers, AlignmentTimelineMarker, i);

      g_assert_cmpuint (g_array_index (layout->lanes, AlignmentTimelineLane, m->lane).thread, ==, m->thread);
    }
  assert_labels_apart (layout, TRUE);
}

/* Only what is in the visible dates is laid out: the count matches a
 * plain scan of the signals. */
static void
test_culling (void)
{
  g_autoptr(AlignmentCase) self = alignment_case_generate (5000, 0, 3);
  g_autoptr(AlignmentTimelineData) data = alignment_timeline_data_new_for_case (self);
  guint32 first = alignment_timeline_data_get_first_day (data);
  guint n;
  AlignmentSignal **signals = alignment_signal_list_peek (alignment_case_get_signals (self), &n);

  for (guint32 offset = 0; offset < 400; offset += 57)
    {
      g_autoptr(AlignmentTimelineLayout) layout = NULL;
      AlignmentTimelineOptions options;
      guint expected = 0, counted = 0;

      alignment_timeline_options_init (&options, data);
      options.width = 4000;
      options.height = 2000;
      options.first_day = first + offset;
      options.last_day = first + offset + 10;
      layout = alignment_timeline_layout_new (data, &options);

      for (guint i = 0; i < n; i++)
        {
          guint32 start = alignment_signal_get_start_julian (signals[i]);
          guint32 end = MAX (start, alignment_signal_get_end_julian (signals[i]));

          /* A day is drawn from its start to the start of the next. */
          if (start != 0 && start < options.last_day && end + 1 > options.first_day)
            expected++;
        }
      g_assert_cmpuint (layout->n_visible, ==, expected);

      counted = layout->markers->len;
      for (guint i = 0; i < layout->density->len; i++)
        counted += g_array_index (layout->density, AlignmentTimelineDensity, i).count;
      g_assert_cmpuint (counted, ==, expected);

      for (guint i = 0; i < layout->markers->len; i++)
        {
          const AlignmentTimelineMarker *m = &g_array_index (layout->markers, AlignmentTimelineMarker, i);

          g_assert_cmpfloat (m->x_end, >=, layout->plot.x - layout->px_per_day);
          g_assert_cmpfloat (m->x, <=, layout->plot.x + layout->plot.width + layout->px_per_day);
        }
    }
}

/* 20 000 signals on 800 units: far less than a unit apart, so they are
 * counted in columns, and every one is counted. */
static void
test_density (void)
{
  g_autoptr(AlignmentCase) self = alignment_case_generate (20000, 0, 5);
  g_autoptr(AlignmentTimelineData) data = alignment_timeline_data_new_for_case (self);
  g_autoptr(AlignmentTimelineLayout) layout = NULL;
  AlignmentTimelineOptions options;
  guint counted = 0;

  alignment_timeline_options_init (&options, data);
  options.width = 800;
  options.height = 400;
  layout = alignment_timeline_layout_new (data, &options);

  g_assert_cmpuint (layout->n_visible, ==, 20000);
  g_assert_cmpuint (layout->markers->len, ==, 0);
  g_assert_cmpuint (layout->density->len, >, 100);
  for (guint i = 0; i < layout->density->len; i++)
    {
      const AlignmentTimelineDensity *d = &g_array_index (layout->density, AlignmentTimelineDensity, i);

      counted += d->count;
      g_assert_cmpfloat (d->area.width, <=, 2.0 + 1e-9);
      g_assert_cmpfloat (d->area.height, >, 0);
    }
  g_assert_cmpuint (counted, ==, 20000);
  g_assert_cmpuint (layout->links->len, ==, 0);
}

/* The net trust delta of each party, per cell of the strip. */
static void
trust_totals (const AlignmentTimelineLayout *layout,
              int                            total[ALIGNMENT_N_PARTIES])
{
  total[0] = total[1] = 0;
  for (guint i = 0; i < layout->trust->len; i++)
    {
      const AlignmentTimelineTrustCell *c = &g_array_index (layout->trust, AlignmentTimelineTrustCell, i);

      total[c->party] += c->net;
    }
}

/* The strip sums each party's net trust delta per cell: over the whole
 * case, all of them; zoomed in, the same whether the cells are summed
 * a run of signals at once (no board chosen) or signal by signal (a
 * board chosen that every signal is on). */
static void
test_trust_strip (void)
{
  g_autoptr(AlignmentCase) self = alignment_case_generate (3000, 0, 13);
  AlignmentSignalList *signals = alignment_case_get_signals (self);
  g_autoptr(AlignmentTimelineData) data = NULL;
  g_autoptr(AlignmentTimelineLayout) whole = NULL;
  g_autoptr(AlignmentTimelineLayout) runs = NULL;
  g_autoptr(AlignmentTimelineLayout) one_by_one = NULL;
  AlignmentTimelineOptions options;
  int expected[ALIGNMENT_N_PARTIES] = { 0, 0 }, total[ALIGNMENT_N_PARTIES];
  guint nonzero = 0;

  for (guint i = 0; i < alignment_signal_list_get_n (signals); i++)
    {
      AlignmentSignal *signal = alignment_signal_list_peek (signals, NULL)[i];

      for (guint realm = 0; realm < ALIGNMENT_N_REALMS; realm++)
        {
          expected[0] += alignment_impact_to_delta (alignment_signal_get_impact (signal, ALIGNMENT_PARTY_CUSTOMER, realm));
          expected[1] += alignment_impact_to_delta (alignment_signal_get_impact (signal, ALIGNMENT_PARTY_PROVIDER, realm));
        }
      alignment_signal_set_board (signal, "Steering board");
    }
  data = alignment_timeline_data_new_for_case (self);
  alignment_timeline_options_init (&options, data);
  options.width = 1200;
  options.height = 600;
  whole = alignment_timeline_layout_new (data, &options);
  trust_totals (whole, total);
  g_assert_cmpint (total[0], ==, expected[0]);
  g_assert_cmpint (total[1], ==, expected[1]);

  options.first_day += 200;
  options.last_day = options.first_day + 95;
  runs = alignment_timeline_layout_new (data, &options);
  options.board = "Steering board";
  one_by_one = alignment_timeline_layout_new (data, &options);
  g_assert_cmpuint (runs->trust->len, ==, one_by_one->trust->len);
  g_assert_cmpuint (runs->trust->len, >, 4);
  for (guint i = 0; i < runs->trust->len; i++)
    {
      const AlignmentTimelineTrustCell *a = &g_array_index (runs->trust, AlignmentTimelineTrustCell, i);
      const AlignmentTimelineTrustCell *b = &g_array_index (one_by_one->trust, AlignmentTimelineTrustCell, i);

      g_assert_cmpint (a->net, ==, b->net);
      nonzero += a->net != 0;
    }
  g_assert_cmpuint (nonzero, >, 2);
}

static void
test_hit (void)
{
  g_autoptr(AlignmentCase) self = load_example ();
  g_autoptr(AlignmentTimelineData) data = NULL;
  g_autoptr(AlignmentTimelineLayout) layout = example_layout (self, &data, ALIGNMENT_TIMELINE_LANES_PARTY);

  for (guint i = 0; i < layout->markers->len; i++)
    {
      const AlignmentTimelineMarker *m = &g_array_index (layout->markers, AlignmentTimelineMarker, i);

      g_assert_cmpint (alignment_timeline_layout_hit (layout, m->x, m->y), ==, (int) i);
      g_assert_cmpint (alignment_timeline_layout_find (layout, m->position), ==, (int) i);
    }
  /* The empty top left corner of the plot holds nothing. */
  g_assert_cmpint (alignment_timeline_layout_hit (layout, layout->plot.x + 1, layout->plot.y + 1), ==, -1);
}

static void
test_legend (void)
{
  g_autoptr(AlignmentCase) self = load_example ();
  g_autoptr(AlignmentTimelineData) data = NULL;
  g_autoptr(AlignmentTimelineLayout) layout = example_layout (self, &data, ALIGNMENT_TIMELINE_LANES_PARTY);
  guint shapes = 0;

  for (guint i = 0; i < layout->legend_items->len; i++)
    {
      const AlignmentTimelineLegendItem *item = &g_array_index (layout->legend_items, AlignmentTimelineLegendItem, i);

      shapes += item->kind == ALIGNMENT_LEGEND_SHAPE;
      g_assert_cmpint (item->kind, !=, ALIGNMENT_LEGEND_DENSITY);  /* none here */
      g_assert_cmpfloat (item->symbol.y, >=, layout->legend.y - 1e-9);
      g_assert_cmpfloat (item->symbol.y + item->symbol.height, <=, layout->options.height);
    }
  g_assert_cmpuint (shapes, ==, 4);
  g_assert_cmpfloat (layout->legend.y, >, layout->strip.y + layout->strip.height);
}

/* Gives the example's signal @id a board and a level. */
static void
set_governance (AlignmentCase *self,
                const char    *id,
                const char    *board,
                guint          level)
{
  AlignmentSignalList *list = alignment_case_get_signals (self);
  int position = alignment_signal_list_find_id (list, id);
  g_autoptr(AlignmentSignal) signal = NULL;

  g_assert_cmpint (position, >=, 0);
  signal = g_list_model_get_item (G_LIST_MODEL (list), (guint) position);
  alignment_signal_set_board (signal, board);
  alignment_signal_set_escalation_level (signal, level);
}

static gboolean
has_legend_kind (AlignmentTimelineLayout *layout,
                 AlignmentLegendKind      kind)
{
  for (guint i = 0; i < layout->legend_items->len; i++)
    if (g_array_index (layout->legend_items, AlignmentTimelineLegendItem, i).kind == kind)
      return TRUE;

  return FALSE;
}

/* Levels reach the markers and the legend when on, and neither when off;
 * a case without levels has no legend entry for them. */
static void
test_levels (void)
{
  g_autoptr(AlignmentCase) self = load_example ();
  g_autoptr(AlignmentTimelineData) plain_data = NULL;
  g_autoptr(AlignmentTimelineLayout) plain = example_layout (self, &plain_data, ALIGNMENT_TIMELINE_LANES_PARTY);
  g_autoptr(AlignmentTimelineData) data = NULL;
  g_autoptr(AlignmentTimelineLayout) layout = NULL;
  g_autoptr(AlignmentTimelineLayout) off = NULL;
  AlignmentTimelineOptions options;

  g_assert_true (plain->options.levels);
  g_assert_cmpuint (alignment_timeline_data_get_n_levelled (plain_data), ==, 0);
  g_assert_false (has_legend_kind (plain, ALIGNMENT_LEGEND_LEVEL));

  set_governance (self, "1b", "Steering board", 2);
  set_governance (self, "1c", "Steering board", 3);
  layout = example_layout (self, &data, ALIGNMENT_TIMELINE_LANES_PARTY);
  g_assert_cmpuint (alignment_timeline_data_get_n_levelled (data), ==, 2);
  g_assert_true (has_legend_kind (layout, ALIGNMENT_LEGEND_LEVEL));
  g_assert_cmpuint (marker_by_id (layout, "1b")->level, ==, 2);
  g_assert_cmpuint (marker_by_id (layout, "1c")->level, ==, 3);
  g_assert_cmpuint (marker_by_id (layout, "1a")->level, ==, 0);

  options = layout->options;
  options.levels = FALSE;
  off = alignment_timeline_layout_new (data, &options);
  g_assert_false (has_legend_kind (off, ALIGNMENT_LEGEND_LEVEL));
  g_assert_cmpuint (marker_by_id (off, "1b")->level, ==, 0);
}

/* Filtering by board leaves the markers of that board only, and links
 * none to the others. */
static void
test_board_filter (void)
{
  g_autoptr(AlignmentCase) self = load_example ();
  g_autoptr(AlignmentTimelineData) data = NULL;
  g_autoptr(AlignmentTimelineLayout) all = NULL;
  g_autoptr(AlignmentTimelineLayout) steering = NULL;
  g_autoptr(AlignmentTimelineLayout) review = NULL;
  AlignmentTimelineOptions options;

  set_governance (self, "1a", "Service review", 1);
  set_governance (self, "1b", "Steering board", 2);
  set_governance (self, "1c", "Steering board", 3);
  set_governance (self, "2a", "Steering board", 0);
  all = example_layout (self, &data, ALIGNMENT_TIMELINE_LANES_PARTY);
  g_assert_cmpuint (all->markers->len, ==, EXAMPLE_N_SIGNALS);

  options = all->options;
  options.board = "Steering board";
  steering = alignment_timeline_layout_new (data, &options);
  g_assert_cmpuint (steering->markers->len, ==, 3);
  g_assert_cmpuint (steering->n_visible, ==, 3);
  marker_by_id (steering, "1b");
  marker_by_id (steering, "1c");
  marker_by_id (steering, "2a");
  /* 1b to 1c is drawn; nothing runs to 1a or 1d, which are not. */
  g_assert_cmpuint (steering->links->len, ==, 1);
  g_assert_cmpuint (steering->tails->len, ==, 0);

  options.board = "Service review";
  review = alignment_timeline_layout_new (data, &options);
  g_assert_cmpuint (review->markers->len, ==, 1);
  g_assert_cmpstr (g_array_index (review->markers, AlignmentTimelineMarker, 0).id, ==, "1a");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/timeline-layout/data", test_data);
  g_test_add_func ("/timeline-layout/trust-strip", test_trust_strip);
  g_test_add_func ("/timeline-layout/positions", test_positions);
  g_test_add_func ("/timeline-layout/today", test_today);
  g_test_add_func ("/timeline-layout/ticks", test_ticks);
  g_test_add_func ("/timeline-layout/tick-labels", test_tick_labels);
  g_test_add_func ("/timeline-layout/stacking", test_stacking);
  g_test_add_func ("/timeline-layout/labels", test_labels);
  g_test_add_func ("/timeline-layout/labels-crowded", test_labels_crowded);
  g_test_add_func ("/timeline-layout/links", test_links);
  g_test_add_func ("/timeline-layout/thread-lanes", test_thread_lanes);
  g_test_add_func ("/timeline-layout/culling", test_culling);
  g_test_add_func ("/timeline-layout/density", test_density);
  g_test_add_func ("/timeline-layout/hit", test_hit);
  g_test_add_func ("/timeline-layout/legend", test_legend);
  g_test_add_func ("/timeline-layout/levels", test_levels);
  g_test_add_func ("/timeline-layout/board-filter", test_board_filter);

  return g_test_run ();
}
