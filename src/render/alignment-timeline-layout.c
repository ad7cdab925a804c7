/* alignment-timeline-layout.c: lanes, markers, ids, links, density, trust
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "alignment-i18n.h"

#include "alignment-timeline-data-private.h"
#include "alignment-timeline-layout-private.h"

AlignmentMarkerShape
alignment_timeline_shape_for_type (AlignmentSignalType type)
{
  switch (type)
    {
    case ALIGNMENT_SIGNAL_TYPE_REQUEST_SENT:
      return ALIGNMENT_MARKER_CIRCLE;
    case ALIGNMENT_SIGNAL_TYPE_REQUEST_RECEIVED:
      return ALIGNMENT_MARKER_SQUARE;
    case ALIGNMENT_SIGNAL_TYPE_ESCALATION_SENT:
      return ALIGNMENT_MARKER_TRIANGLE;
    case ALIGNMENT_SIGNAL_TYPE_ALIGNMENT_EVENT:
      return ALIGNMENT_MARKER_DIAMOND;
    case ALIGNMENT_SIGNAL_TYPE_UNKNOWN:
    default:
      return ALIGNMENT_MARKER_DOT;
    }
}

static double
radius_for_urgency (AlignmentUrgency urgency,
                    double           f)
{
  switch (urgency)
    {
    case ALIGNMENT_URGENCY_LOW:
      return 0.34 * f;
    case ALIGNMENT_URGENCY_HIGH:
      return 0.54 * f;
    case ALIGNMENT_URGENCY_VERY_HIGH:
      return 0.64 * f;
    case ALIGNMENT_URGENCY_MEDIUM:
    case ALIGNMENT_URGENCY_UNKNOWN:
    default:
      return 0.44 * f;
    }
}

/* ---- Layout ------------------------------------------------------------- */

/* The layout's axis: the plot's width over the visible dates. */
static inline AlignmentTimelineAxis
layout_axis (const AlignmentTimelineLayout *layout)
{
  return (AlignmentTimelineAxis) { layout->plot.x, layout->options.first_day,
                                   layout->options.last_day, layout->px_per_day };
}

double
alignment_timeline_layout_day_to_x (const AlignmentTimelineLayout *layout,
                                    double                         day)
{
  AlignmentTimelineAxis axis = layout_axis (layout);

  return alignment_timeline_axis_day_to_x (&axis, day);
}

double
alignment_timeline_layout_x_to_day (const AlignmentTimelineLayout *layout,
                                    double                         x)
{
  AlignmentTimelineAxis axis = layout_axis (layout);

  return alignment_timeline_axis_x_to_day (&axis, x);
}

static void
lane_clear (gpointer data)
{
  AlignmentTimelineLane *lane = data;

  g_free (lane->label);
  g_free (lane->detail);
}

static void
tick_clear (gpointer data)
{
  g_free (((AlignmentTimelineTick *) data)->label);
}

static void
legend_clear (gpointer data)
{
  g_free (((AlignmentTimelineLegendItem *) data)->label);
}

void
alignment_timeline_layout_free (AlignmentTimelineLayout *layout)
{
  if (layout == NULL)
    return;

  g_array_unref (layout->lanes);
  g_array_unref (layout->ticks);
  g_array_unref (layout->markers);
  g_array_unref (layout->links);
  g_array_unref (layout->tails);
  g_array_unref (layout->density);
  g_array_unref (layout->trust);
  g_array_unref (layout->legend_items);
  _alignment_timeline_layout_rounds_free (layout);
  g_free (layout);
}

/* A signal is drawn over its days, each from its start to the next. */
static inline gboolean
entry_visible (const AlignmentTimelineEntry   *e,
               const AlignmentTimelineOptions *o)
{
  return e->start < o->last_day && MAX (e->start, e->end) + 1 > o->first_day
         && (o->board == NULL || g_strcmp0 (e->board, o->board) == 0);
}


typedef struct
{
  double top;
  double height;
  guint  n_rows;
  double row_top;    /* first row's centre is row_top + pitch / 2 */
  guint  n_visible;
  gboolean dense;
  guint32 group_day; /* the day of the stack being built */
  int    group_row;  /* the row its next signal tries first */
  double *row_end;
  guint  *counts;    /* per density column */
  guint   n_cols;   /* per row, the rightmost x taken so far */
} LaneState;

static double
lane_top (const AlignmentTimelineLayout *layout,
          double                         lane_height,
          guint                          lane)
{
  return layout->plot.y + lane * lane_height - (layout->options.lanes == ALIGNMENT_TIMELINE_LANES_THREAD
                                                ? layout->options.lane_offset : 0);
}

static double
lane_height_for (const AlignmentTimelineLayout *layout,
                 guint                          n_lanes)
{
  double f = layout->font_size;

  /* Thread lanes have a natural height, and share what is left over. */
  if (layout->options.lanes == ALIGNMENT_TIMELINE_LANES_THREAD)
    return MAX (THREAD_ROWS * ROW_PITCH * f + 2 * LANE_PAD * f, layout->plot.height / MAX (n_lanes, 1));

  return layout->plot.height / MAX (n_lanes, 1);
}

static gboolean
rects_overlap (const AlignmentTimelineRect *a,
               const AlignmentTimelineRect *b)
{
  return a->x < b->x + b->width && b->x < a->x + a->width
         && a->y < b->y + b->height && b->y < a->y + a->height;
}

static AlignmentTimelineRect
marker_box (const AlignmentTimelineMarker *m)
{
  AlignmentTimelineRect r = { m->x - m->radius, m->y - m->radius,
                              m->x_end - m->x + 2 * m->radius, 2 * m->radius };

  return r;
}

/* The boxes taken in a lane, filed by the columns of width @cell they
 * span: an id is checked against its neighbours only, not against every
 * box of a lane with thousands.  Boxes beyond either end are filed in
 * the first or last column, so that any two that overlap share one. */
typedef struct
{
  double  x0, cell;
  int     n_columns;
  GArray *rects;    /* AlignmentTimelineRect */
  GArray *columns;  /* GArray of guint (index into rects), by column */
} Taken;

static void
taken_span (const Taken                 *taken,
            const AlignmentTimelineRect *r,
            int                         *c0,
            int                         *c1)
{
  *c0 = (int) CLAMP (floor ((r->x - taken->x0) / taken->cell), 0, taken->n_columns - 1);
  *c1 = (int) CLAMP (floor ((r->x + r->width - taken->x0) / taken->cell), 0, taken->n_columns - 1);
}

static void
taken_add (Taken                       *taken,
           const AlignmentTimelineRect *r)
{
  guint index = taken->rects->len;
  int c0, c1;

  g_array_append_val (taken->rects, *r);
  taken_span (taken, r, &c0, &c1);
  for (int c = c0; c <= c1; c++)
    g_array_append_val (g_array_index (taken->columns, GArray *, c), index);
}

static gboolean
taken_is_free (const Taken                 *taken,
               const AlignmentTimelineRect *r)
{
  int c0, c1;

  taken_span (taken, r, &c0, &c1);
  for (int c = c0; c <= c1; c++)
    {
      GArray *column = g_array_index (taken->columns, GArray *, c);

      for (guint j = 0; j < column->len; j++)
        if (rects_overlap (r, &g_array_index (taken->rects, AlignmentTimelineRect,
                                              g_array_index (column, guint, j))))
          return FALSE;
    }
  return TRUE;
}

/* Labels go right of a point and left of a bar (whose line runs to the
 * right); when that place is taken, the other side, then above and
 * below.  Nothing is drawn where nothing fits. */
static void
place_labels (AlignmentTimelineMarker *markers,
              guint                    n,
              const double            *widths,
              double                   f,
              double                   top,
              double                   bottom)
{
  double h = LABEL_H * f;
  double gap = LABEL_GAP * f;
  double x0 = G_MAXDOUBLE, x1 = -G_MAXDOUBLE;
  Taken taken = { 0 };

  if (n == 0)
    return;

  for (guint i = 0; i < n; i++)
    {
      x0 = MIN (x0, markers[i].x - markers[i].radius);
      x1 = MAX (x1, markers[i].x_end + markers[i].radius);
    }
  taken.x0 = x0;
  taken.cell = MAX (4 * f, 1.0);
  taken.n_columns = (int) CLAMP (ceil ((x1 - x0) / taken.cell), 1, 4096);
  taken.rects = g_array_new (FALSE, FALSE, sizeof (AlignmentTimelineRect));
  taken.columns = g_array_new (FALSE, FALSE, sizeof (GArray *));
  for (int c = 0; c < taken.n_columns; c++)
    {
      GArray *column = g_array_new (FALSE, FALSE, sizeof (guint));

      g_array_append_val (taken.columns, column);
    }

  for (guint i = 0; i < n; i++)
    {
      AlignmentTimelineRect box = marker_box (&markers[i]);

      taken_add (&taken, &box);
    }

  for (guint i = 0; i < n; i++)
    {
      AlignmentTimelineMarker *m = &markers[i];
      double w = widths[i];
      gboolean bar = m->x_end > m->x;
      AlignmentTimelineRect right = { (bar ? m->x_end : m->x) + m->radius + gap, m->y - h / 2, w, h };
      AlignmentTimelineRect left = { m->x - m->radius - gap - w, m->y - h / 2, w, h };
      AlignmentTimelineRect above = { m->x - w / 2, m->y - m->radius - gap / 2 - h, w, h };
      AlignmentTimelineRect below = { m->x - w / 2, m->y + m->radius + gap / 2, w, h };
      AlignmentTimelineRect candidates[4];

      if (bar)
        {
          candidates[0] = left;
          candidates[1] = right;
        }
      else
        {
          candidates[0] = right;
          candidates[1] = left;
        }
      candidates[2] = above;
      candidates[3] = below;

      for (guint c = 0; c < G_N_ELEMENTS (candidates); c++)
        {
          const AlignmentTimelineRect *cand = &candidates[c];

          /* An id stays in its lane: the next lane's ids are not looked at. */
          if (cand->y >= top && cand->y + cand->height <= bottom && taken_is_free (&taken, cand))
            {
              m->has_label = TRUE;
              m->label = *cand;
              taken_add (&taken, cand);
              break;
            }
        }
    }

  for (int c = 0; c < taken.n_columns; c++)
    g_array_unref (g_array_index (taken.columns, GArray *, c));
  g_array_unref (taken.columns);
  g_array_unref (taken.rects);
}

/* The occupied extent of a marker in its row: the marker, a bar, and
 * room for its id on the side place_labels() tries first. */
static void
marker_extent (const AlignmentTimelineMarker *m,
               double                         label_w,
               double                         gap,
               double                        *x0,
               double                        *x1)
{
  if (m->x_end > m->x)
    {
      *x0 = m->x - m->radius - gap - label_w;
      *x1 = m->x_end + m->radius;
    }
  else
    {
      *x0 = m->x - m->radius;
      *x1 = m->x + m->radius + gap + label_w;
    }
}

static guint *
density_counts (AlignmentTimelineLayout *layout,
                LaneState               *state)
{
  if (state->counts == NULL)
    {
      state->n_cols = (guint) ceil (layout->plot.width / MAX (2.0, layout->px_per_day)) + 2;
      state->counts = g_new0 (guint, state->n_cols);
    }
  return state->counts;
}

/* The density column at @x; columns are two units wide, or a day when
 * days are wider.  Column 0 holds what starts left of the plot (bars
 * running in). */
static guint
density_column (AlignmentTimelineLayout *layout,
                LaneState               *state,
                double                   x)
{
  gint64 col = (gint64) floor ((x - layout->plot.x) / MAX (2.0, layout->px_per_day)) + 1;

  return (guint) CLAMP (col, 0, (gint64) state->n_cols - 1);
}

/* Counts a signal in its lane's column at @x. */
static void
add_density (AlignmentTimelineLayout *layout,
             LaneState               *state,
             double                   x)
{
  density_counts (layout, state)[density_column (layout, state, x)]++;
}

/* The counted columns become bars scaled to their count: a square root,
 * so that a column of one still shows beside a column of a hundred. */
static void
finish_density (AlignmentTimelineLayout *layout,
                LaneState               *lanes,
                guint                    lane_lo,
                guint                    lane_hi)
{
  double f = layout->font_size;
  double col_w = MAX (2.0, layout->px_per_day);

  layout->density_max = 0;
  for (guint lane = lane_lo; lane < lane_hi; lane++)
    {
      LaneState *state = &lanes[lane - lane_lo];

      for (guint c = 0; state->counts != NULL && c < state->n_cols; c++)
        layout->density_max = MAX (layout->density_max, state->counts[c]);
    }

  for (guint lane = lane_lo; lane < lane_hi; lane++)
    {
      LaneState *state = &lanes[lane - lane_lo];
      /* Beside markers the bars keep to the lane's bottom pad. */
      double full = state->dense ? state->height - 2 * LANE_PAD * f : LANE_PAD * f * 0.8;
      double bottom = state->top + state->height - (state->dense ? LANE_PAD * f : 0);

      if (state->counts == NULL)
        continue;
      for (guint c = 0; c < state->n_cols; c++)
        {
          AlignmentTimelineDensity d;
          double h;

          if (state->counts[c] == 0)
            continue;
          h = MAX (1.0, full * sqrt ((double) state->counts[c] / layout->density_max));
          d.area = (AlignmentTimelineRect) { layout->plot.x + ((double) c - 1) * col_w, bottom - h, col_w, h };
          d.lane = lane;
          d.count = state->counts[c];
          g_array_append_val (layout->density, d);
        }
      g_clear_pointer (&state->counts, g_free);
    }
}

static void
layout_lanes (AlignmentTimelineLayout *layout,
              guint                    lane_lo,
              guint                    lane_hi,
              double                   lane_h)
{
  AlignmentTimelineData *data = layout->data;

  for (guint lane = lane_lo; lane < lane_hi; lane++)
    {
      AlignmentTimelineLane l = { 0 };

      l.area.x = layout->plot.x;
      l.area.y = lane_top (layout, lane_h, lane);
      l.area.width = layout->plot.width;
      l.area.height = lane_h;
      if (layout->options.lanes == ALIGNMENT_TIMELINE_LANES_PARTY)
        {
          l.party = lane;
          l.label = g_strdup (data->party_names[lane]);
        }
      else if (lane < data->threads->len)
        {
          AlignmentTimelineThread *thread = &g_array_index (data->threads, AlignmentTimelineThread, lane);

          l.party = -1;
          l.thread = thread->number;
          l.open = !thread->aligned;
          l.label = alignment_timeline_thread_label (thread);
          l.detail = thread->aligned
                     ? g_strdup_printf (ngettext ("aligned in %d day",
                                                  "aligned in %d days", thread->days), thread->days)
                     : g_strdup (_("open"));
        }
      else
        {
          l.party = -1;
          l.label = g_strdup (_("No thread"));
        }
      g_array_append_val (layout->lanes, l);
    }
}

/* Where a signal that is not laid out would be: for thread links that
 * run off the plot. */
static void
offscreen_point (AlignmentTimelineLayout      *layout,
                 double                        lane_h,
                 const AlignmentTimelineEntry *e,
                 double                       *x,
                 double                       *y)
{
  *x = alignment_timeline_layout_day_to_x (layout, e->start + 0.5);
  *y = lane_top (layout, lane_h, e->lane[layout->options.lanes]) + lane_h / 2;
}

/* Cuts the segment to @r (Liang–Barsky); FALSE when nothing is left.
 * A dotted line far off the plot would still cost a dot a few units. */
static gboolean
clip_link (AlignmentTimelineLink       *l,
           const AlignmentTimelineRect *r)
{
  double t0 = 0, t1 = 1;
  double dx = l->x1 - l->x0, dy = l->y1 - l->y0;
  double p[4] = { -dx, dx, -dy, dy };
  double q[4] = { l->x0 - r->x, r->x + r->width - l->x0, l->y0 - r->y, r->y + r->height - l->y0 };

  for (int i = 0; i < 4; i++)
    {
      if (p[i] == 0)
        {
          if (q[i] < 0)
            return FALSE;
          continue;
        }
      {
        double t = q[i] / p[i];

        if (p[i] < 0)
          t0 = MAX (t0, t);
        else
          t1 = MIN (t1, t);
      }
    }
  if (t0 > t1)
    return FALSE;

  l->x1 = l->x0 + t1 * dx;
  l->y1 = l->y0 + t1 * dy;
  l->x0 = l->x0 + t0 * dx;
  l->y0 = l->y0 + t0 * dy;
  return TRUE;
}

static void
add_link (AlignmentTimelineLayout *layout,
          AlignmentTimelineLink   *link)
{
  double m = 2 * layout->font_size;
  AlignmentTimelineRect r = { layout->plot.x - m, layout->plot.y - m,
                              layout->plot.width + 2 * m, layout->plot.height + 2 * m };

  if (clip_link (link, &r))
    g_array_append_val (layout->links, *link);
}

enum
{
  NOT_LAID_OUT = -1, /* off the plot: links run to where it would be */
  AGGREGATED = -2,   /* in a density column: no link */
};

static void
layout_links (AlignmentTimelineLayout *layout,
              const int               *marker_of,
              guint                    lo,
              guint                    hi,
              double                   lane_h)
{
  AlignmentTimelineData *data = layout->data;
  double f = layout->font_size;

  for (guint i = 0; i < layout->markers->len; i++)
    {
      AlignmentTimelineMarker *m = &g_array_index (layout->markers, AlignmentTimelineMarker, i);
      const AlignmentTimelineEntry *e = &data->entries[m->rank];
      AlignmentTimelineThread *thread;
      AlignmentTimelineLink link = { 0 };

      if (e->thread_index == ALIGNMENT_TIMELINE_NO_THREAD)
        continue;
      thread = &g_array_index (data->threads, AlignmentTimelineThread, e->thread_index);
      link.thread = thread->number;
      link.open = !thread->aligned;

      if (e->thread_rank > 0)
        {
          guint prev = g_array_index (thread->ranks, guint, e->thread_rank - 1);
          int state = prev >= lo && prev < hi ? marker_of[prev - lo] : NOT_LAID_OUT;

          if (state >= 0)
            {
              AlignmentTimelineMarker *p = &g_array_index (layout->markers, AlignmentTimelineMarker, state);

              link.x0 = p->x;
              link.y0 = p->y;
            }
          else if (state == NOT_LAID_OUT)
            offscreen_point (layout, lane_h, &data->entries[prev], &link.x0, &link.y0);

          if (state != AGGREGATED)
            {
              link.from = data->entries[prev].position;
              link.to = m->position;
              link.x1 = m->x;
              link.y1 = m->y;
              add_link (layout, &link);
            }
        }

      if (e->thread_rank + 1 < thread->ranks->len)
        {
          guint next = g_array_index (thread->ranks, guint, e->thread_rank + 1);
          int state = next >= lo && next < hi ? marker_of[next - lo] : NOT_LAID_OUT;

          if (state == NOT_LAID_OUT)
            {
              link.from = m->position;
              link.to = data->entries[next].position;
              link.x0 = m->x;
              link.y0 = m->y;
              offscreen_point (layout, lane_h, &data->entries[next], &link.x1, &link.y1);
              add_link (layout, &link);
            }
        }
      else if (!thread->aligned)
        {
          /* An open thread's last signal trails off to the right: the
           * issue is not settled yet. */
          link.from = link.to = m->position;
          link.x0 = (m->x_end > m->x ? m->x_end : m->x) + m->radius;
          link.y0 = m->y;
          link.x1 = link.x0 + 1.6 * f;
          link.y1 = m->y;
          if (m->has_label && m->label.x >= m->x && m->label.x < link.x1 + 0.2 * f
              && fabs (m->label.y + m->label.height / 2 - m->y) < m->label.height)
            {
              /* The id sits where the tail would go: the tail goes
               * after it. */
              link.x0 = m->label.x + m->label.width + 0.2 * f;
              link.x1 = link.x0 + 1.6 * f;
            }
          g_array_append_val (layout->tails, link);
        }
    }
}

static void
layout_trust (AlignmentTimelineLayout *layout,
              guint                    lo,
              guint                    hi)
{
  AlignmentTimelineData *data = layout->data;
  double row_h = layout->strip.height / ALIGNMENT_N_PARTIES;
  g_autoptr(GArray) edges = g_array_new (FALSE, FALSE, sizeof (guint32));
  guint32 first = (guint32) MAX (1.0, floor (layout->options.first_day));
  guint32 last = (guint32) MAX (1.0, ceil (layout->options.last_day));
  guint cell = 0;

  /* One cell per tick: the strip reads with the axis above it. */
  for (guint32 day = alignment_timeline_axis_unit_start (layout->tick_unit, first); day < last;
       day = alignment_timeline_axis_unit_next (layout->tick_unit, day))
    g_array_append_val (edges, day);
  {
    guint32 end = alignment_timeline_axis_unit_next (layout->tick_unit, g_array_index (edges, guint32, edges->len - 1));

    g_array_append_val (edges, end);
  }

  for (guint i = 0; i + 1 < edges->len; i++)
    for (int p = 0; p < ALIGNMENT_N_PARTIES; p++)
      {
        AlignmentTimelineTrustCell c = { 0 };

        c.x0 = alignment_timeline_layout_day_to_x (layout, g_array_index (edges, guint32, i));
        c.x1 = alignment_timeline_layout_day_to_x (layout, g_array_index (edges, guint32, i + 1));
        c.party = p;
        c.y = layout->strip.y + p * row_h;
        c.height = row_h;
        g_array_append_val (layout->trust, c);
      }

  /* The visible signals are in date order, a cell's a run of them: with
   * no board chosen, summed from where the run starts and ends. */
  if (layout->options.board == NULL)
    for (guint i = 0; i + 1 < edges->len; i++)
      {
        guint r0 = CLAMP (_alignment_timeline_data_lower_bound (data, g_array_index (edges, guint32, i)), lo, hi);
        guint r1 = i + 2 == edges->len ? hi
                   : CLAMP (_alignment_timeline_data_lower_bound (data, g_array_index (edges, guint32, i + 1)), r0, hi);

        for (int p = 0; p < ALIGNMENT_N_PARTIES; p++)
          g_array_index (layout->trust, AlignmentTimelineTrustCell, i * 2 + p).net
            = data->net_before[r1 * ALIGNMENT_N_PARTIES + p] - data->net_before[r0 * ALIGNMENT_N_PARTIES + p];
      }
  /* Else signal by signal, the cell only moving right. */
  for (guint r = lo; r < hi && layout->options.board != NULL; r++)
    {
      const AlignmentTimelineEntry *e = &data->entries[r];

      while (cell + 2 < edges->len && e->start >= g_array_index (edges, guint32, cell + 1))
        cell++;
      if (e->start < g_array_index (edges, guint32, cell) || g_strcmp0 (e->board, layout->options.board) != 0)
        continue;
      for (int p = 0; p < ALIGNMENT_N_PARTIES; p++)
        g_array_index (layout->trust, AlignmentTimelineTrustCell, cell * 2 + p).net += e->net[p];
    }

  layout->trust_max = 0;
  for (guint i = 0; i < layout->trust->len; i++)
    layout->trust_max = MAX (layout->trust_max, ABS (g_array_index (layout->trust, AlignmentTimelineTrustCell, i).net));
}

/* ---- The phases of a layout ----------------------------------------------- */

/* What the phases of alignment_timeline_layout_new() hand on. */
typedef struct
{
  AlignmentTimelineLayout *layout;
  AlignmentTimelineData   *data;
  double                   f;
  double                   lane_h;
  guint                    lane_lo, lane_hi; /* the lanes laid out */
  guint                    lo, hi;           /* the ranks that can be seen */
  LaneState               *lanes;            /* by lane - lane_lo */
  int                     *marker_of;        /* by rank - lo: a marker, or the enum above */
  double                  *label_w;          /* the id's width, by marker */
  guint                   *dense_column;     /* by day - dense_day0: its density column */
  guint32                  dense_day0, dense_day1; /* the days wholly in view */
} LayoutBuild;

static AlignmentTimelineLayout *
layout_alloc (AlignmentTimelineData          *data,
              const AlignmentTimelineOptions *options)
{
  AlignmentTimelineLayout *layout = g_new0 (AlignmentTimelineLayout, 1);

  layout->options = *options;
  if (!(layout->options.last_day > layout->options.first_day))
    layout->options.last_day = layout->options.first_day + 1;
  layout->data = data;
  layout->font_size = options->font_size > 0 ? options->font_size : 11;
  layout->lanes = g_array_new (FALSE, TRUE, sizeof (AlignmentTimelineLane));
  g_array_set_clear_func (layout->lanes, lane_clear);
  layout->ticks = g_array_new (FALSE, TRUE, sizeof (AlignmentTimelineTick));
  g_array_set_clear_func (layout->ticks, tick_clear);
  layout->markers = g_array_new (FALSE, TRUE, sizeof (AlignmentTimelineMarker));
  layout->links = g_array_new (FALSE, TRUE, sizeof (AlignmentTimelineLink));
  layout->tails = g_array_new (FALSE, TRUE, sizeof (AlignmentTimelineLink));
  layout->density = g_array_new (FALSE, TRUE, sizeof (AlignmentTimelineDensity));
  layout->trust = g_array_new (FALSE, TRUE, sizeof (AlignmentTimelineTrustCell));
  layout->legend_items = g_array_new (FALSE, TRUE, sizeof (AlignmentTimelineLegendItem));
  g_array_set_clear_func (layout->legend_items, legend_clear);

  return layout;
}

/* The scale, the ticks that suit it and the today marker. */
static void
layout_time_axis (AlignmentTimelineLayout *layout)
{
  const AlignmentTimelineOptions *o = &layout->options;
  AlignmentTimelineAxis axis;

  layout->px_per_day = layout->plot.width / (o->last_day - o->first_day);
  layout->tick_unit = alignment_timeline_tick_unit_for_scale (layout->px_per_day, layout->font_size);
  layout->today_x = o->today != 0 && o->today >= floor (o->first_day) && o->today < o->last_day
                    ? alignment_timeline_layout_day_to_x (layout, o->today + 0.5) : -1;
  if (layout->today_x >= 0 && (layout->today_x < layout->plot.x || layout->today_x > layout->plot.x + layout->plot.width))
    layout->today_x = -1;

  axis = layout_axis (layout);
  alignment_timeline_axis_add_ticks (&axis, layout->tick_unit, layout->ticks);
}

/* The rows the busiest lane needs for the signals in view, placed as
 * build_markers() places them: a day's signals stack, and a bar or an
 * id keeps its row until it ends (ids estimated, not measured).  Counts
 * up to @max_rows. */
static guint
rows_needed (LayoutBuild *b,
             guint        n_lanes,
             guint        max_rows)
{
  AlignmentTimelineLayout *layout = b->layout;
  const AlignmentTimelineOptions *o = &layout->options;
  double f = b->f, gap = LABEL_GAP * f;
  g_autofree double *row_end = g_new (double, (gsize) n_lanes * max_rows);
  g_autofree guint *n_rows = g_new0 (guint, n_lanes);
  guint most = 1;

  for (guint r = b->lo; r < b->hi && most < max_rows; r++)
    {
      const AlignmentTimelineEntry *e = &b->data->entries[r];
      guint lane = e->lane[o->lanes];
      double x0, x1;
      guint row;

      if (lane >= n_lanes || !entry_visible (e, o))
        continue;
      x0 = alignment_timeline_layout_day_to_x (layout, e->start + 0.5) - 0.6 * f;
      x1 = alignment_timeline_layout_day_to_x (layout, MAX (e->start, e->end) + 0.5) + 0.6 * f
           + gap + 0.62 * f * (e->id != NULL ? strlen (e->id) : 0);
      for (row = 0; row < n_rows[lane]; row++)
        if (row_end[lane * max_rows + row] + gap <= x0)
          break;
      if (row == n_rows[lane])
        n_rows[lane]++;
      row_end[lane * max_rows + row] = x1;
      most = MAX (most, n_rows[lane]);
    }
  return most;
}

/* Lanes are as tall as the window gives them, but no taller than their
 * signals need with room to spare: a small case keeps its axis and
 * legend near its lanes instead of spreading a few markers over the
 * whole view.  Never below a lane's natural rows. */
static double
fit_lane_height (LayoutBuild *b,
                 guint        n_lanes,
                 double       lane_h)
{
  const AlignmentTimelineOptions *o = &b->layout->options;
  double pitch = ROW_PITCH * b->f, pad = 2 * LANE_PAD * b->f;
  guint min_rows = o->lanes == ALIGNMENT_TIMELINE_LANES_THREAD ? THREAD_ROWS : PARTY_ROWS;
  guint max_rows = (guint) MAX (1.0, floor ((lane_h - pad) / pitch));

  if (!o->fit_lanes || n_lanes == 0 || max_rows <= min_rows)
    return lane_h;

  return MIN (lane_h, MAX (rows_needed (b, n_lanes, max_rows) + 1, min_rows) * pitch + pad);
}

/* Lanes: all party lanes; the thread lanes in the scrolled view. */
static void
build_lanes (LayoutBuild *b)
{
  AlignmentTimelineLayout *layout = b->layout;
  const AlignmentTimelineOptions *o = &layout->options;
  guint n_lanes = alignment_timeline_data_get_n_lanes (b->data, o->lanes);

  b->lane_h = fit_lane_height (b, n_lanes, lane_height_for (layout, n_lanes));
  if (n_lanes * b->lane_h < layout->plot.height)
    _alignment_timeline_layout_raise_frame (layout, layout->plot.height - n_lanes * b->lane_h);
  if (o->lanes == ALIGNMENT_TIMELINE_LANES_THREAD)
    {
      b->lane_lo = (guint) CLAMP (floor (o->lane_offset / b->lane_h), 0, n_lanes);
      b->lane_hi = (guint) CLAMP (ceil ((o->lane_offset + layout->plot.height) / b->lane_h), b->lane_lo, n_lanes);
    }
  else
    {
      b->lane_lo = 0;
      b->lane_hi = n_lanes;
    }
  layout_lanes (layout, b->lane_lo, b->lane_hi, b->lane_h);
}

/* Only what can be seen: a binary search finds the first signal whose
 * bar can reach into the plot. */
static void
build_visible_range (LayoutBuild *b)
{
  AlignmentTimelineData *data = b->data;
  const AlignmentTimelineOptions *o = &b->layout->options;

  b->lo = _alignment_timeline_data_lower_bound (data, floor (o->first_day) - data->max_duration - 1);
  b->hi = _alignment_timeline_data_lower_bound (data, ceil (o->last_day) + 1);
  while (b->lo < b->hi && MAX (data->entries[b->lo].start, data->entries[b->lo].end) + 1 < o->first_day)
    b->lo++;
}

/* Rows per lane, and per lane whether its markers can be drawn apart:
 * where they would be less than a pixel apart, or could not all be
 * stacked with their ids, the lane shows density. */
static void
build_rows (LayoutBuild *b)
{
  AlignmentTimelineLayout *layout = b->layout;
  const AlignmentTimelineOptions *o = &layout->options;
  double f = b->f;
  double pitch = ROW_PITCH * f;
  double px_capacity;

  b->lanes = g_new0 (LaneState, MAX (b->lane_hi - b->lane_lo, 1));
  for (guint lane = b->lane_lo; lane < b->lane_hi; lane++)
    {
      LaneState *s = &b->lanes[lane - b->lane_lo];

      s->top = lane_top (layout, b->lane_h, lane);
      s->height = b->lane_h;
      s->n_rows = (guint) MAX (1.0, floor ((b->lane_h - 2 * LANE_PAD * f) / pitch));
      s->row_top = s->top + (b->lane_h - s->n_rows * pitch) / 2;
    }

  for (guint r = b->lo; r < b->hi; r++)
    {
      guint lane = b->data->entries[r].lane[o->lanes];

      if (lane >= b->lane_lo && lane < b->lane_hi && entry_visible (&b->data->entries[r], o))
        {
          b->lanes[lane - b->lane_lo].n_visible++;
          layout->n_visible++;
        }
    }

  px_capacity = layout->plot.width / (2.5 * f);
  for (guint lane = b->lane_lo; lane < b->lane_hi; lane++)
    {
      LaneState *s = &b->lanes[lane - b->lane_lo];

      s->dense = s->n_visible > layout->plot.width
                 || s->n_visible > px_capacity * s->n_rows;
      if (!s->dense)
        {
          s->row_end = g_new (double, s->n_rows);
          for (guint k = 0; k < s->n_rows; k++)
            s->row_end[k] = -G_MAXDOUBLE;
        }
    }
}

/* The marker of @e, but for its row. */
static void
marker_init (AlignmentTimelineMarker      *m,
             AlignmentTimelineLayout      *layout,
             const AlignmentTimelineEntry *e,
             guint                         rank,
             guint                         lane)
{
  m->position = e->position;
  m->rank = rank;
  m->lane = lane;
  m->thread = e->thread;
  m->id = e->id;
  m->type = e->type;
  m->shape = alignment_timeline_shape_for_type (e->type);
  m->hollow = e->understood == ALIGNMENT_UNDERSTOOD_NO;
  m->level = layout->options.levels ? e->level : 0;
  m->differs = e->differs;
  m->radius = radius_for_urgency (e->urgency, layout->font_size);
  m->x_end = e->end != 0 ? alignment_timeline_layout_day_to_x (layout, e->end + 0.5) : m->x;
}

/* Signals of one day stack downwards in their order (2c above 2d), the
 * stack centred on the lane; later ones take the first free row from
 * there.  The row for a marker that takes up @x0 on, or -1 when every
 * row is taken there. */
static int
stack_row (LayoutBuild *b,
           LaneState   *s,
           guint        rank,
           guint        lane,
           double       x0)
{
  const AlignmentTimelineEntry *e = &b->data->entries[rank];
  AlignmentTimelineLanes lanes = b->layout->options.lanes;
  double gap = LABEL_GAP * b->f;
  int row = -1;

  if (e->start != s->group_day)
    {
      guint k = 0;

      for (guint q = rank; q < b->hi && b->data->entries[q].start == e->start; q++)
        k += b->data->entries[q].lane[lanes] == lane;
      s->group_day = e->start;
      s->group_row = MAX (0, ((int) s->n_rows - (int) k) / 2);
    }
  for (guint k = 0; k < s->n_rows && row < 0; k++)
    {
      int candidate = (s->group_row + (int) k) % (int) s->n_rows;

      if (s->row_end[candidate] + gap <= x0)
        row = candidate;
    }
  if (row >= 0)
    s->group_row = row + 1;

  return row;
}

/* A marker per visible signal in a lane that has room, counted in the
 * density otherwise. */
static void
build_markers (LayoutBuild *b)
{
  AlignmentTimelineLayout *layout = b->layout;
  const AlignmentTimelineOptions *o = &layout->options;
  double gap = LABEL_GAP * b->f;

  b->marker_of = g_new (int, MAX (b->hi - b->lo, 1));
  b->label_w = g_new (double, MAX (b->hi - b->lo, 1));

  /* Each day wholly in view has its column, worked out once: a case
   * zoomed out has a hundred thousand signals for a few thousand days,
   * and a signal of such a day in a dense lane is only counted. */
  {
    gboolean any_dense = FALSE;

    for (guint lane = b->lane_lo; lane < b->lane_hi; lane++)
      any_dense |= b->lanes[lane - b->lane_lo].dense;
    if (any_dense && o->board == NULL && o->first_day >= 0 && o->last_day > o->first_day
        && o->last_day - o->first_day < 1e6)
      {
        LaneState probe = { 0 };

        b->dense_day0 = (guint32) ceil (o->first_day);
        b->dense_day1 = MAX (b->dense_day0, (guint32) floor (o->last_day));
        density_counts (layout, &probe);
        b->dense_column = g_new (guint, MAX (b->dense_day1 - b->dense_day0, 1));
        for (guint32 d = b->dense_day0; d < b->dense_day1; d++)
          b->dense_column[d - b->dense_day0] = density_column (layout, &probe,
                                                               alignment_timeline_layout_day_to_x (layout, d + 0.5));
        g_free (probe.counts);
      }
  }

  for (guint r = b->lo; r < b->hi; r++)
    {
      const AlignmentTimelineEntry *e = &b->data->entries[r];
      guint lane = e->lane[o->lanes];
      LaneState *s;
      AlignmentTimelineMarker m;
      double x0, x1, lw;
      int row;

      /* Visible (its day is in view, no board chosen) in a dense lane:
       * most of a case zoomed out, so nothing more is done for it. */
      if (b->dense_column != NULL && e->start >= b->dense_day0 && e->start < b->dense_day1
          && lane >= b->lane_lo && lane < b->lane_hi && b->lanes[lane - b->lane_lo].dense)
        {
          s = &b->lanes[lane - b->lane_lo];
          if (G_UNLIKELY (s->counts == NULL))
            density_counts (layout, s);
          s->counts[b->dense_column[e->start - b->dense_day0]]++;
          b->marker_of[r - b->lo] = AGGREGATED;
          continue;
        }
      memset (&m, 0, sizeof m);

      if (lane < b->lane_lo || lane >= b->lane_hi || !entry_visible (e, o))
        {
          /* Another board's signal is not drawn, nor linked to. */
          gboolean other_board = o->board != NULL && g_strcmp0 (e->board, o->board) != 0;

          b->marker_of[r - b->lo] = other_board ? AGGREGATED : NOT_LAID_OUT;
          continue;
        }
      s = &b->lanes[lane - b->lane_lo];
      m.x = alignment_timeline_layout_day_to_x (layout, e->start + 0.5);
      if (s->dense)
        {
          add_density (layout, s, m.x);
          b->marker_of[r - b->lo] = AGGREGATED;
          continue;
        }

      marker_init (&m, layout, e, r, lane);
      if (e->id_size != b->f)
        {
          AlignmentTimelineEntry *entry = &b->data->entries[r];

          entry->id_width = alignment_timeline_text_measure_id (b->data->text, e->id, b->f);
          entry->id_size = b->f;
        }
      lw = e->id_width;
      marker_extent (&m, lw, gap, &x0, &x1);
      row = stack_row (b, s, r, lane, x0);
      if (row < 0)
        {
          add_density (layout, s, m.x);
          b->marker_of[r - b->lo] = AGGREGATED;
          continue;
        }

      s->row_end[row] = x1;
      m.y = s->row_top + ROW_PITCH * b->f * (row + 0.5);
      b->marker_of[r - b->lo] = layout->markers->len;
      b->label_w[layout->markers->len] = lw;
      g_array_append_val (layout->markers, m);
    }

  for (guint lane = b->lane_lo; lane < b->lane_hi; lane++)
    g_clear_pointer (&b->lanes[lane - b->lane_lo].row_end, g_free);
  g_clear_pointer (&b->dense_column, g_free);
}

/* Ids per lane (markers of other lanes are never in the way); a crowd
 * of thousands is not read by its ids. */
static void
build_labels (LayoutBuild *b)
{
  AlignmentTimelineLayout *layout = b->layout;

  if (layout->markers->len > MAX_LABELS)
    return;

  for (guint lane = b->lane_lo; lane < b->lane_hi; lane++)
    {
      const LaneState *s = &b->lanes[lane - b->lane_lo];
      g_autoptr(GArray) in_lane = g_array_new (FALSE, FALSE, sizeof (AlignmentTimelineMarker));
      g_autoptr(GArray) widths = g_array_new (FALSE, FALSE, sizeof (double));
      g_autoptr(GArray) index = g_array_new (FALSE, FALSE, sizeof (guint));

      for (guint i = 0; i < layout->markers->len; i++)
        {
          AlignmentTimelineMarker *m = &g_array_index (layout->markers, AlignmentTimelineMarker, i);

          if (m->lane != lane)
            continue;
          g_array_append_val (in_lane, *m);
          g_array_append_val (widths, b->label_w[i]);
          g_array_append_val (index, i);
        }

      place_labels ((AlignmentTimelineMarker *) (void *) in_lane->data, in_lane->len,
                    (const double *) (void *) widths->data, b->f, s->top, s->top + s->height);
      for (guint i = 0; i < in_lane->len; i++)
        g_array_index (layout->markers, AlignmentTimelineMarker, g_array_index (index, guint, i))
          = g_array_index (in_lane, AlignmentTimelineMarker, i);
    }
}

AlignmentTimelineLayout *
alignment_timeline_layout_new (AlignmentTimelineData          *data,
                               const AlignmentTimelineOptions *options)
{
  AlignmentTimelineLayout *layout = layout_alloc (data, options);
  const AlignmentTimelineOptions *o = &layout->options;
  LayoutBuild b = { .layout = layout, .data = data, .f = layout->font_size };

  _alignment_timeline_layout_frame (layout, o->today != 0 && o->today >= o->first_day && o->today < o->last_day);
  layout_time_axis (layout);
  build_visible_range (&b);
  build_lanes (&b);
  if (o->trust_strip)
    layout_trust (layout, b.lo, b.hi);
  _alignment_timeline_layout_rounds (layout);
  build_rows (&b);
  build_markers (&b);
  build_labels (&b);
  layout_links (layout, b.marker_of, b.lo, b.hi, b.lane_h);
  finish_density (layout, b.lanes, b.lane_lo, b.lane_hi);
  _alignment_timeline_layout_finish_legend (layout);

  g_free (b.lanes);
  g_free (b.marker_of);
  g_free (b.label_w);
  return layout;
}
