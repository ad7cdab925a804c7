/* alignment-timeline-frame.c: what surrounds the timeline's plot
 *
 * The column of lane labels, the axis band, the trust strip and the
 * legend are measured before the lanes get what is left; a poster
 * repeats this frame on every page.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>
#include <time.h>

#include "alignment-i18n.h"

#include "alignment-timeline-data-private.h"
#include "alignment-timeline-layout-private.h"

/* ---- Options ------------------------------------------------------------ */

void
alignment_timeline_options_init (AlignmentTimelineOptions *options,
                                 AlignmentTimelineData    *data)
{
  memset (options, 0, sizeof *options);
  options->lanes = ALIGNMENT_TIMELINE_LANES_PARTY;
  options->width = 1920;
  options->height = 1080;
  options->trust_strip = TRUE;
  options->legend = TRUE;
  options->levels = TRUE;
  options->round_scores = TRUE;
  options->font_size = 11;
  {
    GDate today;

    g_date_clear (&today, 1);
    g_date_set_time_t (&today, time (NULL));
    options->today = g_date_get_julian (&today);
  }

  if (data != NULL && (data->n_entries > 0 || alignment_timeline_data_get_n_rounds (data) > 0))
    {
      guint32 first = data->n_entries > 0 ? data->first_day : G_MAXUINT32;
      guint32 last = data->n_entries > 0 ? data->last_day : 0;
      double span, margin;

      /* Survey rounds before the first signal or after the last are
       * part of the story too. */
      for (guint i = 0; i < alignment_timeline_data_get_n_rounds (data); i++)
        {
          guint32 date = alignment_survey_round_get_date (g_ptr_array_index (data->rounds, i));

          first = MIN (first, date);
          last = MAX (last, date);
        }

      /* A margin of a twentieth on each side, at least two days, so that
       * the first and last markers and their ids are not cut off. */
      span = (double) last - first + 1;
      margin = MAX (2.0, span / 20);
      options->first_day = first - margin;
      options->last_day = last + 1 + margin;
    }
  else
    {
      options->first_day = options->today - 30;
      options->last_day = options->today + 30;
    }
}

/* ---- Frame and legend --------------------------------------------------- */

static void
add_legend_item (AlignmentTimelineLayout *layout,
                 GArray                  *items,
                 AlignmentLegendKind      kind,
                 AlignmentSignalType      type,
                 const char              *label)
{
  AlignmentTimelineLegendItem item = { kind, type, g_strdup (label), { 0 }, 0, 0 };

  g_array_append_val (items, item);
}

/* The legend flows left to right under the figure, wrapping as needed;
 * returns its height. */
static double
layout_legend (AlignmentTimelineLayout *layout,
               gboolean                 has_density,
               gboolean                 has_today)
{
  double f = layout->font_size;
  double x0 = layout->lane_labels.x;
  double max_x = (layout->options.legend_width > 0 ? layout->options.legend_width : layout->options.width) - f;
  double item_h = 1.6 * f;
  double x = x0, y = 0;
  GArray *items = layout->legend_items;

  for (int type = ALIGNMENT_SIGNAL_TYPE_REQUEST_SENT; type <= ALIGNMENT_SIGNAL_TYPE_ALIGNMENT_EVENT; type++)
    add_legend_item (layout, items, ALIGNMENT_LEGEND_SHAPE, type,
                     alignment_enum_to_label (ALIGNMENT_TYPE_SIGNAL_TYPE, type));
  add_legend_item (layout, items, ALIGNMENT_LEGEND_HOLLOW, 0, _("Not understood"));
  add_legend_item (layout, items, ALIGNMENT_LEGEND_URGENCY, 0, _("Urgency: low to very high"));
  add_legend_item (layout, items, ALIGNMENT_LEGEND_BAR, 0, _("Start to end date"));
  add_legend_item (layout, items, ALIGNMENT_LEGEND_LINK, 0, _("Thread, aligned"));
  add_legend_item (layout, items, ALIGNMENT_LEGEND_OPEN_LINK, 0, _("Thread, still open"));
  if (has_density)
    add_legend_item (layout, items, ALIGNMENT_LEGEND_DENSITY, 0, _("Too many signals to draw apart"));
  if (has_today)
    add_legend_item (layout, items, ALIGNMENT_LEGEND_TODAY, 0, _("Today"));
  if (layout->options.trust_strip)
    add_legend_item (layout, items, ALIGNMENT_LEGEND_TRUST, 0, _("Net trust lost, gained"));
  /* Only when there are levels: a case without them keeps its picture. */
  if (layout->options.levels && layout->data->n_levelled > 0)
    add_legend_item (layout, items, ALIGNMENT_LEGEND_LEVEL, 0, _("Escalation level"));
  /* Only where the parties' ratings were merged side by side. */
  if (layout->data->n_differing > 0)
    add_legend_item (layout, items, ALIGNMENT_LEGEND_DIFFERS, 0, _("Judged differently by the parties"));

  for (guint i = 0; i < items->len; i++)
    {
      AlignmentTimelineLegendItem *item = &g_array_index (items, AlignmentTimelineLegendItem, i);
      double symbol_w = item->kind == ALIGNMENT_LEGEND_SHAPE || item->kind == ALIGNMENT_LEGEND_HOLLOW ? 1.4 * f
                        : item->kind == ALIGNMENT_LEGEND_URGENCY ? 4.4 * f
                        : item->kind == ALIGNMENT_LEGEND_LEVEL || item->kind == ALIGNMENT_LEGEND_DIFFERS ? 1.6 * f
                        : 3.0 * f;
      double text_w = alignment_timeline_text_measure (layout->data->text, item->label, f);
      double w = symbol_w + 0.5 * f + text_w;

      if (x + w > max_x && x > x0)
        {
          x = x0;
          y += item_h;
        }
      item->symbol = (AlignmentTimelineRect) { x, y, symbol_w, item_h };
      item->text_x = x + symbol_w + 0.5 * f;
      item->text_y = y + (item_h - LABEL_H * f) / 2;
      x += w + 1.6 * f;
    }

  return y + item_h;
}

static void
legend_move (AlignmentTimelineLayout *layout,
             double                   top)
{
  for (guint i = 0; i < layout->legend_items->len; i++)
    {
      AlignmentTimelineLegendItem *item = &g_array_index (layout->legend_items, AlignmentTimelineLegendItem, i);

      item->symbol.y += top;
      item->text_y += top;
    }
}

static double
lane_labels_width (AlignmentTimelineData          *data,
                   const AlignmentTimelineOptions *o,
                   double                          f)
{
  double w = 6 * f;
  /* Long names wrap rather than eat the plot; the page's width counts
   * for a poster, whose frame repeats on every page. */
  double cap = MAX (8 * f, (o->legend_width > 0 ? o->legend_width : o->width) * 0.2);

  if (o->lanes == ALIGNMENT_TIMELINE_LANES_PARTY)
    for (guint p = 0; p < data->n_party_lanes; p++)
      w = MAX (w, alignment_timeline_text_measure (data->text, data->party_names[p], f * 1.05));
  else
    {
      g_autofree char *widest = g_strdup_printf (_("Thread %u"), 8888u);
      g_autofree char *detail = g_strdup_printf (ngettext ("aligned in %d day",
                                                           "aligned in %d days", 888), 888);

      w = MAX (w, alignment_timeline_text_measure (data->text, widest, f * 1.05));
      /* Titles are measured whole: a long one wraps below, as a long
       * party name does.  Once one fills the column, the rest need no
       * measuring. */
      for (guint t = 0; t < data->threads->len && w < cap; t++)
        {
          g_autofree char *label = alignment_timeline_thread_label (&g_array_index (data->threads, AlignmentTimelineThread, t));

          w = MAX (w, alignment_timeline_text_measure (data->text, label, f * 1.05));
        }
      w = MAX (w, alignment_timeline_text_measure (data->text, detail, f * 0.9));
    }

  if (o->trust_strip)
    for (guint p = 0; p < ALIGNMENT_N_PARTIES; p++)
      {
        g_autofree char *label = g_strdup_printf (_("Trust: %s"), data->party_names[p]);

        w = MAX (w, alignment_timeline_text_measure (data->text, label, f * 0.85));
      }

  return MIN (w, cap) + 1.2 * f;
}

/* The frame around the lanes: label column, axis, strip, legend. */
void
_alignment_timeline_layout_frame (AlignmentTimelineLayout *layout,
                                  gboolean                 has_today)
{
  const AlignmentTimelineOptions *o = &layout->options;
  double f = layout->font_size;
  double margin = 0.8 * f;
  double legend_h = 0, strip_h = 0, rounds_h = 0, axis_h = 2.6 * f;
  double bottom;

  layout->lane_labels.x = margin;
  layout->lane_labels.width = lane_labels_width (layout->data, o, f);
  layout->plot.x = layout->lane_labels.x + layout->lane_labels.width;
  layout->plot.width = MAX (1.0, o->width - layout->plot.x - margin);
  layout->plot.y = margin;

  if (o->legend)
    legend_h = layout_legend (layout, TRUE, has_today) + 0.6 * f;
  if (o->trust_strip)
    strip_h = 2 * 1.5 * f + 0.4 * f;
  /* Survey rounds get a row of their own under the strip. */
  if (o->trust_strip && alignment_timeline_data_get_n_rounds (layout->data) > 0)
    rounds_h = 1.6 * f;

  bottom = o->height - margin - legend_h;
  layout->legend = (AlignmentTimelineRect) { layout->lane_labels.x, bottom + 0.6 * f,
                                             (o->legend_width > 0 ? o->legend_width : o->width) - 2 * margin,
                                             legend_h - 0.6 * f };
  layout->rounds_row = (AlignmentTimelineRect) { layout->plot.x, bottom - rounds_h, layout->plot.width, rounds_h };
  bottom -= rounds_h;
  layout->strip = (AlignmentTimelineRect) { layout->plot.x, bottom - strip_h + 0.4 * f, layout->plot.width, MAX (0.0, strip_h - 0.4 * f) };
  layout->axis = (AlignmentTimelineRect) { layout->plot.x, bottom - strip_h - axis_h, layout->plot.width, axis_h };
  layout->plot.height = MAX (1.0, layout->axis.y - layout->plot.y);
  layout->lane_labels.y = layout->plot.y;
  layout->lane_labels.height = layout->plot.height;
  if (o->legend)
    legend_move (layout, layout->legend.y);
}

void
_alignment_timeline_layout_raise_frame (AlignmentTimelineLayout *layout,
                                        double                   delta)
{
  layout->plot.height -= delta;
  layout->lane_labels.height = layout->plot.height;
  layout->axis.y -= delta;
  layout->strip.y -= delta;
  layout->rounds_row.y -= delta;
  layout->legend.y -= delta;
  legend_move (layout, -delta);
}

double
alignment_timeline_natural_height (AlignmentTimelineData          *data,
                                   const AlignmentTimelineOptions *options)
{
  AlignmentTimelineOptions o = *options;
  double f = o.font_size > 0 ? o.font_size : 11;
  g_autoptr(AlignmentTimelineLayout) probe = NULL;
  guint n_lanes = alignment_timeline_data_get_n_lanes (data, o.lanes);
  double lanes_h;

  /* Measure the frame at a nominal height, then give the lanes theirs. */
  o.height = 1000;
  o.last_day = o.first_day + 1;
  o.fit_lanes = FALSE;
  probe = alignment_timeline_layout_new (data, &o);
  if (o.lanes == ALIGNMENT_TIMELINE_LANES_THREAD)
    lanes_h = n_lanes * (THREAD_ROWS * ROW_PITCH * f + 2 * LANE_PAD * f);
  else
    lanes_h = n_lanes * PARTY_ROWS * ROW_PITCH * f;

  return ceil (o.height - probe->plot.height + MAX (lanes_h, 4 * f));
}

/* The legend names density only when there is some: flowed again
 * without it, in the place that was kept for it. */
void
_alignment_timeline_layout_finish_legend (AlignmentTimelineLayout *layout)
{
  if (!layout->options.legend || layout->density->len > 0)
    return;

  g_array_set_size (layout->legend_items, 0);
  layout_legend (layout, FALSE, layout->today_x >= 0);
  legend_move (layout, layout->legend.y);
}

/* ---- Posters ------------------------------------------------------------ */

/* The frame (lane labels, margins) of a layout for @options. */
static void
poster_frame (AlignmentTimelineData          *data,
              const AlignmentTimelineOptions *options,
              double                          page_width,
              double                         *left,
              double                         *right)
{
  AlignmentTimelineOptions o = *options;
  g_autoptr(AlignmentTimelineLayout) probe = NULL;

  o.width = page_width;
  o.legend_width = page_width;
  o.last_day = o.first_day + 1;
  probe = alignment_timeline_layout_new (data, &o);
  *left = probe->plot.x;
  *right = page_width - probe->plot.x - probe->plot.width;
}

double
alignment_timeline_poster_width (AlignmentTimelineData          *data,
                                 const AlignmentTimelineOptions *options,
                                 double                          page_width,
                                 guint                           n_pages,
                                 double                          overlap)
{
  double left, right, slice;

  poster_frame (data, options, page_width, &left, &right);
  slice = page_width - left - right;
  n_pages = MAX (n_pages, 1);

  return left + n_pages * slice - (n_pages - 1) * overlap + right;
}

double
alignment_timeline_poster_slice (const AlignmentTimelineLayout *layout,
                                 double                         page_width)
{
  return page_width - layout->plot.x - (layout->options.width - layout->plot.x - layout->plot.width);
}

