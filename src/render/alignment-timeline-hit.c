/* alignment-timeline-hit.c: what is under the pointer
 *
 * Hit testing reads the geometry the painter draws, never a second copy
 * of the arithmetic.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "alignment-timeline-layout.h"

int
alignment_timeline_layout_hit (const AlignmentTimelineLayout *layout,
                               double                         x,
                               double                         y)
{
  double slack = 0.2 * layout->font_size;
  double best = G_MAXDOUBLE;
  int found = -1;

  for (guint i = 0; i < layout->markers->len; i++)
    {
      const AlignmentTimelineMarker *m = &g_array_index (layout->markers, AlignmentTimelineMarker, i);
      double r = m->radius + slack;
      double dx = x < m->x ? m->x - x : x > m->x_end ? x - m->x_end : 0;
      double dy = y - m->y;
      double d = dx * dx + dy * dy;

      if (d <= r * r && d < best)
        {
          best = d;
          found = i;
        }
      else if (found < 0 && m->has_label
               && x >= m->label.x && x < m->label.x + m->label.width
               && y >= m->label.y && y < m->label.y + m->label.height)
        found = i;
    }

  return found;
}

int
alignment_timeline_layout_hit_density (const AlignmentTimelineLayout *layout,
                                       double                         x,
                                       double                         y)
{
  for (guint i = 0; i < layout->density->len; i++)
    {
      const AlignmentTimelineDensity *d = &g_array_index (layout->density, AlignmentTimelineDensity, i);
      const AlignmentTimelineLane *lane = NULL;

      for (guint l = 0; l < layout->lanes->len; l++)
        {
          const AlignmentTimelineLane *candidate = &g_array_index (layout->lanes, AlignmentTimelineLane, l);

          if (y >= candidate->area.y && y < candidate->area.y + candidate->area.height)
            lane = candidate;
        }
      if (lane != NULL && x >= d->area.x && x < d->area.x + d->area.width
          && d->area.y >= lane->area.y && d->area.y < lane->area.y + lane->area.height)
        return i;
    }

  return -1;
}

int
alignment_timeline_layout_find (const AlignmentTimelineLayout *layout,
                                guint                          position)
{
  int rank = alignment_timeline_data_get_rank (layout->data, position);
  guint lo = 0, hi = layout->markers->len;

  if (rank < 0)
    return -1;

  /* Markers are in rank order. */
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      guint r = g_array_index (layout->markers, AlignmentTimelineMarker, mid).rank;

      if (r < (guint) rank)
        lo = mid + 1;
      else
        hi = mid;
    }

  if (lo < layout->markers->len && g_array_index (layout->markers, AlignmentTimelineMarker, lo).rank == (guint) rank)
    return lo;
  return -1;
}
