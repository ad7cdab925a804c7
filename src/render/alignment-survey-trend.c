/* alignment-survey-trend.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "alignment-i18n.h"
#include <pango/pangocairo.h>

#include "alignment-figure-title.h"
#include "alignment-heatmap-layout.h"
#include "alignment-render-file.h"
#include "alignment-survey-text.h"
#include "alignment-survey-trend.h"
#include "alignment-timeline-painter.h"

#define MARGIN       24.0
#define FONT_SIZE     9.0
#define TITLE_SIZE   11.0
#define AXIS_WIDTH   28.0
#define LEGEND_WIDTH 250.0
#define LABEL_HEIGHT 34.0
#define MARKER        3.2

/* Realms apart without colour: a dash pattern and a marker each. */
static const double dash_operational[] = { 6.0, 3.0 };
static const double dash_relational[] = { 1.5, 2.5 };

static const AlignmentRgba *
party_color (const AlignmentPalette *palette,
             AlignmentParty          party)
{
  /* Blue and vermilion of Okabe and Ito's set: apart for any common
   * colour blindness and in greyscale. */
  return &palette->threads[party == ALIGNMENT_PARTY_PROVIDER ? 3 : 0];
}

static void
set_realm_dash (cairo_t        *cr,
                AlignmentRealm  realm)
{
  if (realm == ALIGNMENT_REALM_OPERATIONAL)
    cairo_set_dash (cr, dash_operational, G_N_ELEMENTS (dash_operational), 0);
  else if (realm == ALIGNMENT_REALM_RELATIONAL)
    cairo_set_dash (cr, dash_relational, G_N_ELEMENTS (dash_relational), 0);
  else
    cairo_set_dash (cr, NULL, 0, 0);
}

/* A filled circle, an open square or a filled triangle, as the
 * timeline draws them. */
static void
paint_marker (cairo_t                *cr,
              const AlignmentPalette *palette,
              AlignmentParty          party,
              AlignmentRealm          realm,
              double                  x,
              double                  y)
{
  AlignmentMarkerShape shape = realm == ALIGNMENT_REALM_OPERATIONAL ? ALIGNMENT_MARKER_SQUARE
                             : realm == ALIGNMENT_REALM_RELATIONAL ? ALIGNMENT_MARKER_TRIANGLE
                             : ALIGNMENT_MARKER_CIRCLE;

  cairo_set_dash (cr, NULL, 0, 0);
  alignment_timeline_paint_marker (cr, shape, x, y, MARKER, party_color (palette, party),
                                   realm == ALIGNMENT_REALM_OPERATIONAL, &palette->background);
}

static int
compare_rounds (gconstpointer a,
                gconstpointer b)
{
  guint32 day_a = alignment_survey_round_get_date (*(AlignmentSurveyRound **) a);
  guint32 day_b = alignment_survey_round_get_date (*(AlignmentSurveyRound **) b);

  /* Undated rounds last, in their own order (the sort is stable). */
  day_a = day_a == 0 ? G_MAXUINT32 : day_a;
  day_b = day_b == 0 ? G_MAXUINT32 : day_b;
  return day_a < day_b ? -1 : day_a > day_b;
}

GPtrArray *
alignment_survey_trend_rounds (AlignmentCase *kase)
{
  GListModel *rounds = G_LIST_MODEL (alignment_case_get_survey_rounds (kase));
  GPtrArray *sorted = g_ptr_array_new ();

  for (guint i = 0; i < g_list_model_get_n_items (rounds); i++)
    {
      g_autoptr(AlignmentSurveyRound) round = g_list_model_get_item (rounds, i);

      g_ptr_array_add (sorted, round);
    }
  g_ptr_array_sort (sorted, compare_rounds);
  return sorted;
}

static void
paint_axis (cairo_t                *cr,
            PangoContext           *context,
            const AlignmentPalette *palette,
            double                  left,
            double                  top,
            double                  plot_width,
            double                  plot_height)
{
  g_autoptr(PangoLayout) neutral = alignment_render_text_layout (context, _("neutral"), FONT_SIZE - 1, FALSE);

  for (guint value = 1; value <= 7; value++)
    {
      g_autofree char *number = g_strdup_printf ("%u", value);
      g_autoptr(PangoLayout) label = alignment_render_text_layout (context, number, FONT_SIZE, FALSE);
      double y = top + plot_height * (7 - value) / 6.0;

      alignment_rgba_set_source (cr, value == 4 ? &palette->muted : &palette->grid);
      cairo_set_line_width (cr, value == 4 ? 1.2 : 0.5);
      cairo_move_to (cr, left, y);
      cairo_line_to (cr, left + plot_width, y);
      cairo_stroke (cr);
      alignment_survey_text_show (cr, label, &palette->foreground, left - 6 - alignment_survey_text_width (label),
                                  y - alignment_survey_text_height (label) / 2);
    }

  /* The neutral middle, named where no line starts. */
  alignment_survey_text_show (cr, neutral, &palette->muted, left + plot_width - alignment_survey_text_width (neutral) - 2,
           top + plot_height / 2 - alignment_survey_text_height (neutral) - 1);
}

static void
paint_legend (cairo_t                *cr,
              PangoContext           *context,
              AlignmentCase          *kase,
              const AlignmentPalette *palette,
              double                  x,
              double                  y)
{
  g_autoptr(PangoLayout) heading = alignment_render_text_layout (context, _("Trust in the other party"),
                                                                 FONT_SIZE, TRUE);

  alignment_survey_text_show (cr, heading, &palette->foreground, x, y);
  y += alignment_survey_text_height (heading) + 6;

  for (AlignmentParty party = ALIGNMENT_PARTY_CUSTOMER; party <= ALIGNMENT_PARTY_PROVIDER; party++)
    for (AlignmentRealm realm = 0; realm < ALIGNMENT_N_REALMS; realm++)
      {
        /* TRANSLATORS: a line of the survey trend's legend: the answering
         * party's name, then the realm */
        g_autofree char *text = g_strdup_printf (_("%s · %s"), alignment_case_get_party_name (kase, party),
                                                 alignment_realm_get_label (realm));
        g_autoptr(PangoLayout) label = alignment_render_text_layout (context, text, FONT_SIZE, FALSE);
        double mid = y + FONT_SIZE * 0.7; /* the first line's middle */

        pango_layout_set_width (label, pango_units_from_double (LEGEND_WIDTH - 36 - MARGIN));
        pango_layout_set_wrap (label, PANGO_WRAP_WORD_CHAR);
        alignment_rgba_set_source (cr, party_color (palette, party));
        cairo_set_line_width (cr, 1.6);
        set_realm_dash (cr, realm);
        cairo_move_to (cr, x, mid);
        cairo_line_to (cr, x + 28, mid);
        cairo_stroke (cr);
        paint_marker (cr, palette, party, realm, x + 14, mid);
        alignment_survey_text_show (cr, label, &palette->foreground, x + 36, y);
        y += alignment_survey_text_height (label) + 5;
      }
}

void
alignment_survey_trend_paint (cairo_t                *cr,
                              AlignmentCase          *kase,
                              const AlignmentPalette *palette,
                              gboolean                header,
                              double                  width,
                              double                  height)
{
  g_autoptr(GPtrArray) rounds = NULL;
  PangoContext *context;
  GListModel *items;
  double top = MARGIN, left, plot_width, plot_height, step;
  guint n;

  g_return_if_fail (ALIGNMENT_IS_CASE (kase));

  context = pango_cairo_create_context (cr);
  alignment_rgba_set_source (cr, &palette->background);
  cairo_paint (cr);

  if (header)
    {
      g_autoptr(AlignmentFigureTitle) title = alignment_figure_title_new (kase, 0);

      alignment_figure_title_paint (cr, title, palette, MARGIN, top, width - 2 * MARGIN, TITLE_SIZE);
      top += alignment_figure_title_get_height (TITLE_SIZE);
    }
  top += FONT_SIZE;

  left = MARGIN + AXIS_WIDTH;
  plot_width = MAX (width - left - MARGIN - LEGEND_WIDTH, 40);
  plot_height = MAX (height - top - MARGIN - LABEL_HEIGHT, 40);
  paint_axis (cr, context, palette, left, top, plot_width, plot_height);
  paint_legend (cr, context, kase, palette, left + plot_width + 24, top);

  rounds = alignment_survey_trend_rounds (kase);
  n = rounds->len;
  step = plot_width / MAX (n, 1);

  /* The rounds' names and dates under the axis, each within its column. */
  for (guint i = 0; i < n; i++)
    {
      AlignmentSurveyRound *round = g_ptr_array_index (rounds, i);
      g_autofree char *date = alignment_date_format_long (alignment_survey_round_get_date (round));
      g_autoptr(PangoLayout) name = alignment_render_text_layout (context, alignment_survey_round_get_name (round),
                                                                  FONT_SIZE, FALSE);
      g_autoptr(PangoLayout) when = alignment_render_text_layout (context, date, FONT_SIZE - 1, FALSE);
      double x = left + step * i;

      pango_layout_set_width (name, pango_units_from_double (step - 4));
      pango_layout_set_ellipsize (name, PANGO_ELLIPSIZE_END);
      pango_layout_set_alignment (name, PANGO_ALIGN_CENTER);
      pango_layout_set_width (when, pango_units_from_double (step - 4));
      pango_layout_set_alignment (when, PANGO_ALIGN_CENTER);
      alignment_survey_text_show (cr, name, &palette->foreground, x + 2, top + plot_height + 6);
      alignment_survey_text_show (cr, when, &palette->muted, x + 2, top + plot_height + 6 + alignment_survey_text_height (name));
    }

  items = G_LIST_MODEL (alignment_case_get_survey_items (kase));
  for (AlignmentParty party = ALIGNMENT_PARTY_CUSTOMER; party <= ALIGNMENT_PARTY_PROVIDER; party++)
    for (AlignmentRealm realm = 0; realm < ALIGNMENT_N_REALMS; realm++)
      {
        g_autofree double *xs = g_new (double, n);
        g_autofree double *ys = g_new (double, n);
        guint points = 0;

        for (guint i = 0; i < n; i++)
          {
            AlignmentSurveyScore scores[ALIGNMENT_N_PARTIES][ALIGNMENT_N_REALMS];
            const AlignmentSurveyScore *score;

            alignment_survey_score_round (g_ptr_array_index (rounds, i), items, scores);
            score = &scores[ALIGNMENT_PARTY_INDEX (party)][realm];
            if (score->n == 0)
              continue;
            xs[points] = left + step * (i + 0.5);
            ys[points] = top + plot_height * (7 - CLAMP (score->mean, 1, 7)) / 6.0;
            points++;
          }

        alignment_rgba_set_source (cr, party_color (palette, party));
        cairo_set_line_width (cr, 1.6);
        set_realm_dash (cr, realm);
        for (guint i = 0; i < points; i++)
          {
            if (i == 0)
              cairo_move_to (cr, xs[i], ys[i]);
            else
              cairo_line_to (cr, xs[i], ys[i]);
          }
        cairo_stroke (cr);
        for (guint i = 0; i < points; i++)
          paint_marker (cr, palette, party, realm, xs[i], ys[i]);
      }
  cairo_set_dash (cr, NULL, 0, 0);
  g_object_unref (context);
}

typedef struct
{
  AlignmentCase *kase;
  gboolean       header;
} Figure;

static void
render_figure (cairo_t  *cr,
               double    width,
               double    height,
               gpointer  user_data)
{
  Figure *figure = user_data;

  alignment_survey_trend_paint (cr, figure->kase,
                                alignment_palette_get (ALIGNMENT_PALETTE_PRINT, ALIGNMENT_SCALE_RED_GREEN),
                                figure->header, width, height);
}

gboolean
alignment_survey_trend_export (AlignmentCase  *kase,
                               gboolean        header,
                               double          dpi,
                               const char     *path,
                               GError        **error)
{
  g_autoptr(AlignmentFigureTitle) title = NULL;
  Figure figure = { kase, header };
  double height = ALIGNMENT_SURVEY_TREND_HEIGHT;

  g_return_val_if_fail (ALIGNMENT_IS_CASE (kase), FALSE);

  if (g_list_model_get_n_items (G_LIST_MODEL (alignment_case_get_survey_rounds (kase))) == 0)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                           _("The case has no survey rounds to draw: add one with “alignment-tool survey import”"));
      return FALSE;
    }

  if (header)
    height += alignment_figure_title_get_height (TITLE_SIZE);
  title = alignment_figure_title_new (kase, 0);
  return alignment_render_to_file_described (path, ALIGNMENT_SURVEY_TREND_WIDTH, height, dpi,
                                             title->title,
                                             _("The trust survey's scores per party and realm, round by round, "
                                               "on a scale of 1 to 7"),
                                             render_figure, &figure, error);
}
