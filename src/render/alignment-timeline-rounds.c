/* alignment-timeline-rounds.c: the trust survey's rounds on the timeline
 *
 * The signal log says where trust moved; a survey round measures where
 * it stands.  Each dated round is a small diamond at its date in a row
 * under the trust strip, with its name beside it; on a page or an image
 * also each party's scores (contractual / operational / relational), on
 * screen those show on hover (alignment_timeline_layout_round_text()).
 * The scores are the core's (alignment_survey_score_round()); they are
 * worked out when a layout is made, so a response added to a round
 * shows in the next frame.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "alignment-i18n.h"

#include "alignment-timeline-data-private.h"
#include "alignment-timeline-layout-private.h"
#include "alignment-timeline-painter-private.h"

#define ROUND_FONT 0.8   /* of the font size */

/* ---- Data ------------------------------------------------------------------ */

static int
compare_rounds (gconstpointer a,
                gconstpointer b)
{
  AlignmentSurveyRound *ra = *(AlignmentSurveyRound **) a;
  AlignmentSurveyRound *rb = *(AlignmentSurveyRound **) b;
  guint32 da = alignment_survey_round_get_date (ra);
  guint32 db = alignment_survey_round_get_date (rb);

  return da < db ? -1 : da > db;
}

void
_alignment_timeline_data_take_rounds (AlignmentTimelineData *data,
                                      AlignmentCase         *kase)
{
  GListModel *rounds = G_LIST_MODEL (alignment_case_get_survey_rounds (kase));
  guint n = g_list_model_get_n_items (rounds);

  g_clear_pointer (&data->rounds, g_ptr_array_unref);
  g_clear_object (&data->survey_items);
  data->rounds = g_ptr_array_new_with_free_func (g_object_unref);
  data->survey_items = g_object_ref (G_LIST_MODEL (alignment_case_get_survey_items (kase)));
  for (guint i = 0; i < n; i++)
    {
      AlignmentSurveyRound *round = g_list_model_get_item (rounds, i);

      if (alignment_survey_round_get_date (round) != 0)
        g_ptr_array_add (data->rounds, round);
      else
        g_object_unref (round);
    }
  /* Stable: rounds of one day keep the case's order. */
  g_ptr_array_sort (data->rounds, compare_rounds);
}

guint
alignment_timeline_data_get_n_rounds (AlignmentTimelineData *data)
{
  g_return_val_if_fail (data != NULL, 0);

  return data->rounds != NULL ? data->rounds->len : 0;
}

/* ---- Layout ---------------------------------------------------------------- */

static void
round_mark_clear (gpointer data)
{
  AlignmentTimelineRoundMark *mark = data;

  g_free (mark->text);
}

/* "C 5.25 / 4.00 / 2.50", or NULL when the party gave no score. */
static char *
party_scores (const AlignmentTimelineData *data,
              int                          p,
              AlignmentSurveyScore         scores[ALIGNMENT_N_PARTIES][ALIGNMENT_N_REALMS])
{
  g_autoptr(GString) text = NULL;
  gboolean any = FALSE;

  for (int r = 0; r < ALIGNMENT_N_REALMS; r++)
    any |= scores[p][r].n > 0;
  if (!any)
    return NULL;

  text = g_string_new (data->party_names[p]);
  g_string_append_c (text, ' ');
  for (int r = 0; r < ALIGNMENT_N_REALMS; r++)
    {
      if (r > 0)
        g_string_append (text, " / ");
      if (scores[p][r].n > 0)
        g_string_append_printf (text, "%.2f", scores[p][r].mean);
      else
        g_string_append (text, "–");
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* The round's name, and with @with_scores each party's scores:
 * "Q1 2024 review: Acme 5.25 / 4.00 / 2.50 · Supplier 6.00 / …". */
static char *
mark_text (const AlignmentTimelineData *data,
           AlignmentSurveyRound        *round,
           gboolean                     with_scores)
{
  AlignmentSurveyScore scores[ALIGNMENT_N_PARTIES][ALIGNMENT_N_REALMS];
  g_autoptr(GString) text = g_string_new (alignment_survey_round_get_name (round));
  gboolean first = TRUE;

  if (!with_scores || data->survey_items == NULL)
    return g_string_free (g_steal_pointer (&text), FALSE);

  alignment_survey_score_round (round, data->survey_items, scores);
  for (int p = 0; p < ALIGNMENT_N_PARTIES; p++)
    {
      g_autofree char *party = party_scores (data, p, scores);

      if (party == NULL)
        continue;
      g_string_append (text, first ? ": " : " · ");
      g_string_append (text, party);
      first = FALSE;
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* What the neighbours of mark @i take up of the row, left and right. */
static void
free_span (AlignmentTimelineLayout *layout,
           guint                    i,
           double                  *lo,
           double                  *hi)
{
  const AlignmentTimelineRect *row = &layout->rounds_row;
  double gap = 0.3 * layout->font_size;

  *lo = row->x;
  *hi = row->x + row->width;
  if (i > 0)
    {
      const AlignmentTimelineRoundMark *prev = &g_array_index (layout->rounds, AlignmentTimelineRoundMark, i - 1);

      *lo = prev->marker.x + prev->marker.width + gap;
      if (prev->label.width > 0)
        *lo = MAX (*lo, prev->label.x + prev->label.width + gap);
    }
  if (i + 1 < layout->rounds->len)
    {
      const AlignmentTimelineRoundMark *next = &g_array_index (layout->rounds, AlignmentTimelineRoundMark, i + 1);

      *hi = next->marker.x - gap;
      /* A label not placed yet has no x. */
      if (next->label.width > 0 && next->label.x > 0)
        *hi = MIN (*hi, next->label.x - gap);
    }
}

/* Puts mark @i's label right of its diamond, or else left of it (the
 * last round near the end of the plot), where the neighbours leave
 * room; @keep: when it fits neither way, leave it and say so, rather
 * than dropping the label. */
static gboolean
place_label (AlignmentTimelineLayout *layout,
             guint                    i,
             gboolean                 keep)
{
  AlignmentTimelineRoundMark *mark = &g_array_index (layout->rounds, AlignmentTimelineRoundMark, i);
  double gap = 0.3 * layout->font_size;
  double right = mark->marker.x + mark->marker.width + gap;
  double left = mark->marker.x - gap - mark->label.width;
  double lo, hi;

  free_span (layout, i, &lo, &hi);
  if (right + mark->label.width <= hi)
    mark->label.x = right;
  else if (left >= lo)
    mark->label.x = left;
  else
    {
      if (!keep)
        mark->label.width = 0;
      return FALSE;
    }
  return TRUE;
}

void
_alignment_timeline_layout_rounds (AlignmentTimelineLayout *layout)
{
  AlignmentTimelineData *data = layout->data;
  const AlignmentTimelineRect *row = &layout->rounds_row;
  double f = layout->font_size;
  double size = ROUND_FONT * f;
  double r = 0.4 * f;

  layout->rounds = g_array_new (FALSE, TRUE, sizeof (AlignmentTimelineRoundMark));
  g_array_set_clear_func (layout->rounds, round_mark_clear);
  if (data->rounds == NULL || row->height <= 0)
    return;

  for (guint i = 0; i < data->rounds->len; i++)
    {
      AlignmentSurveyRound *round = g_ptr_array_index (data->rounds, i);
      AlignmentTimelineRoundMark mark = { 0 };
      double x = alignment_timeline_layout_day_to_x (layout, alignment_survey_round_get_date (round) + 0.5);

      if (x < row->x - r || x > row->x + row->width + r)
        continue;
      mark.index = i;
      mark.x = x;
      mark.marker = (AlignmentTimelineRect) { x - r, row->y + row->height / 2 - r, 2 * r, 2 * r };
      mark.text = g_strdup (alignment_survey_round_get_name (round));
      mark.label = (AlignmentTimelineRect) { 0, row->y + (row->height - 1.15 * size) / 2,
                                             alignment_timeline_text_measure (data->text, mark.text, size),
                                             1.15 * size };
      g_array_append_val (layout->rounds, mark);
    }

  /* Every round's name first, then the scores where they fit: a
   * crowded page keeps its names rather than one round's scores. */
  for (guint i = 0; i < layout->rounds->len; i++)
    place_label (layout, i, FALSE);
  if (layout->options.round_scores)
    for (guint i = 0; i < layout->rounds->len; i++)
      {
        AlignmentTimelineRoundMark *mark = &g_array_index (layout->rounds, AlignmentTimelineRoundMark, i);
        AlignmentTimelineRoundMark was = *mark;

        if (mark->label.width <= 0)
          continue;
        mark->text = mark_text (data, g_ptr_array_index (data->rounds, mark->index), TRUE);
        mark->label.width = alignment_timeline_text_measure (data->text, mark->text, size);
        if (place_label (layout, i, TRUE))
          g_free (was.text);
        else
          {
            g_free (mark->text);
            *mark = was;
          }
      }
}

void
_alignment_timeline_layout_rounds_free (AlignmentTimelineLayout *layout)
{
  g_clear_pointer (&layout->rounds, g_array_unref);
}

static gboolean
rect_contains (const AlignmentTimelineRect *rect,
               double                       x,
               double                       y,
               double                       slack)
{
  return x >= rect->x - slack && x <= rect->x + rect->width + slack
         && y >= rect->y - slack && y <= rect->y + rect->height + slack;
}

int
alignment_timeline_layout_hit_round (const AlignmentTimelineLayout *layout,
                                     double                         x,
                                     double                         y)
{
  double slack = 0.2 * layout->font_size;

  if (layout->rounds == NULL || !rect_contains (&layout->rounds_row, x, y, 0))
    return -1;

  for (guint i = 0; i < layout->rounds->len; i++)
    {
      const AlignmentTimelineRoundMark *mark = &g_array_index (layout->rounds, AlignmentTimelineRoundMark, i);

      if (rect_contains (&mark->marker, x, y, slack)
          || (mark->label.width > 0 && rect_contains (&mark->label, x, y, slack)))
        return (int) i;
    }
  return -1;
}

char *
alignment_timeline_layout_round_text (const AlignmentTimelineLayout *layout,
                                      guint                          mark)
{
  g_return_val_if_fail (layout->rounds != NULL && mark < layout->rounds->len, NULL);

  return alignment_timeline_data_describe_round (layout->data,
                                                 g_array_index (layout->rounds, AlignmentTimelineRoundMark, mark).index);
}

guint32
alignment_timeline_data_get_round_date (AlignmentTimelineData *data,
                                        guint                  index)
{
  g_return_val_if_fail (data != NULL && data->rounds != NULL && index < data->rounds->len, 0);

  return alignment_survey_round_get_date (g_ptr_array_index (data->rounds, index));
}

char *
alignment_timeline_data_describe_round (AlignmentTimelineData *data,
                                        guint                  index)
{
  AlignmentSurveyRound *round;
  AlignmentSurveyScore scores[ALIGNMENT_N_PARTIES][ALIGNMENT_N_REALMS];
  g_autoptr(GString) text = NULL;
  char date[64];

  g_return_val_if_fail (data != NULL && data->rounds != NULL && index < data->rounds->len, NULL);

  round = g_ptr_array_index (data->rounds, index);
  alignment_date_format_local (alignment_survey_round_get_date (round), date, sizeof date);
  text = g_string_new (NULL);
  /* TRANSLATORS: a survey round on the timeline: its name and date */
  g_string_append_printf (text, _("Survey round “%s”, %s"), alignment_survey_round_get_name (round), date);

  alignment_survey_score_round (round, data->survey_items, scores);
  for (int p = 0; p < ALIGNMENT_N_PARTIES; p++)
    {
      guint n = 0;

      for (int r = 0; r < ALIGNMENT_N_REALMS; r++)
        n = MAX (n, scores[p][r].n);
      g_string_append_c (text, '\n');
      if (n == 0)
        {
          /* TRANSLATORS: a party that gave no scores in a survey round */
          g_string_append_printf (text, _("%s: no scores"), data->party_names[p]);
          continue;
        }
      /* TRANSLATORS: a party's trust scores in a survey round, each
       * realm's mean from 1 to 7; %u is the number of respondents */
      g_string_append_printf (text, ngettext ("%s (%u respondent):", "%s (%u respondents):", n),
                              data->party_names[p], n);
      for (int r = 0; r < ALIGNMENT_N_REALMS; r++)
        {
          g_string_append (text, r == 0 ? " " : ", ");
          if (scores[p][r].n > 0)
            /* TRANSLATORS: a realm and its score, "contractual 5.25" */
            g_string_append_printf (text, _("%s %.2f"), alignment_realm_get_label (r), scores[p][r].mean);
          else
            /* TRANSLATORS: a realm without a score in a survey round */
            g_string_append_printf (text, _("%s –"), alignment_realm_get_label (r));
        }
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* ---- Painting -------------------------------------------------------------- */

void
_alignment_timeline_paint_rounds (cairo_t                       *cr,
                                  const AlignmentTimelineLayout *layout,
                                  const AlignmentTimelineStyle  *style)
{
  const AlignmentPalette *palette = _alignment_timeline_palette_of (style);
  const AlignmentTimelineRect *row = &layout->rounds_row;
  double f = layout->font_size;
  g_autoptr(PangoLayout) text = NULL;

  if (layout->rounds == NULL || layout->rounds->len == 0 || row->height <= 0)
    return;

  text = _alignment_timeline_text_layout (cr, ROUND_FONT * f, FALSE);
  cairo_save (cr);
  for (guint i = 0; i < layout->rounds->len; i++)
    {
      const AlignmentTimelineRoundMark *mark = &g_array_index (layout->rounds, AlignmentTimelineRoundMark, i);
      double r = mark->marker.width / 2;
      double cy = mark->marker.y + r;

      /* A thin line up through the strip ties the round to the trust
       * that moved before and after it. */
      _alignment_timeline_set_source (cr, &palette->foreground, 0.5);
      cairo_set_line_width (cr, 1.0);
      cairo_move_to (cr, round (mark->x) + 0.5, layout->strip.y);
      cairo_line_to (cr, round (mark->x) + 0.5, cy - r);
      cairo_stroke (cr);

      _alignment_timeline_set_source (cr, &palette->foreground, 1.0);
      _alignment_timeline_marker_path (cr, ALIGNMENT_MARKER_DIAMOND, mark->x, cy, r);
      cairo_fill (cr);

      if (mark->label.width > 0)
        _alignment_timeline_show_text (cr, text, mark->text, mark->label.x, mark->label.y);
    }
  cairo_restore (cr);
}

void
_alignment_timeline_paint_rounds_name (cairo_t                       *cr,
                                       const AlignmentTimelineLayout *layout,
                                       const AlignmentTimelineStyle  *style)
{
  const AlignmentPalette *palette = _alignment_timeline_palette_of (style);
  const AlignmentTimelineRect *col = &layout->lane_labels;
  const AlignmentTimelineRect *row = &layout->rounds_row;
  double f = layout->font_size;
  double pad = 0.6 * f;

  if (row->height <= 0)
    return;

  /* TRANSLATORS: the row of the timeline that shows survey rounds */
  _alignment_timeline_show_line (cr, &palette->muted, _("Survey rounds"), 0.85 * f, FALSE,
                                 col->x + pad, row->y + (row->height - 1.15 * 0.85 * f) / 2, col->width - 2 * pad);
}
