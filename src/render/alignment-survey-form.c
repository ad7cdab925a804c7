/* alignment-survey-form.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "alignment-i18n.h"
#include <pango/pangocairo.h>

#include "alignment-figure-title.h"
#include "alignment-heatmap-layout.h"
#include "alignment-render-file.h"
#include "alignment-survey-form.h"
#include "alignment-survey-text.h"

#define MARGIN        56.0
#define TITLE_SIZE    18.0
#define TEXT_SIZE     10.5
#define SMALL_SIZE     7.5
#define BOX            14.0
#define BOX_GAP        9.0
#define ITEM_GAP      14.0
#define SCALE_WIDTH   (7 * BOX + 6 * BOX_GAP)

/* A layout of @text wrapped into @width. */
static PangoLayout *
wrapped (PangoContext *context,
         const char   *text,
         double        size,
         gboolean      bold,
         double        width)
{
  PangoLayout *layout = alignment_render_text_layout (context, text, size, bold);

  pango_layout_set_width (layout, pango_units_from_double (width));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  return layout;
}

static void
paint_background (cairo_t                *cr,
                  const AlignmentPalette *palette)
{
  alignment_rgba_set_source (cr, &palette->background);
  cairo_paint (cr);
}

/* The seven boxes with their numbers under them and the ends named;
 * returns the height. */
static double
paint_scale (cairo_t                *cr,
             PangoContext           *context,
             const AlignmentPalette *palette,
             double                  x,
             double                  y)
{
  g_autoptr(PangoLayout) disagree = alignment_render_text_layout (context, _("strongly disagree"), SMALL_SIZE, FALSE);
  g_autoptr(PangoLayout) agree = alignment_render_text_layout (context, _("strongly agree"), SMALL_SIZE, FALSE);
  double number_height = 0;

  cairo_set_line_width (cr, 0.8);
  for (guint i = 0; i < 7; i++)
    {
      g_autofree char *number = g_strdup_printf ("%u", i + 1);
      g_autoptr(PangoLayout) label = alignment_render_text_layout (context, number, SMALL_SIZE, FALSE);
      double bx = x + i * (BOX + BOX_GAP);

      alignment_rgba_set_source (cr, &palette->foreground);
      cairo_rectangle (cr, bx, y, BOX, BOX);
      cairo_stroke (cr);
      number_height = alignment_survey_text_show (cr, label, &palette->foreground,
                                                  bx + (BOX - alignment_survey_text_width (label)) / 2, y + BOX + 2);
    }

  alignment_survey_text_show (cr, disagree, &palette->muted, x, y + BOX + 2 + number_height);
  alignment_survey_text_show (cr, agree, &palette->muted, x + SCALE_WIDTH - alignment_survey_text_width (agree),
                              y + BOX + 2 + number_height);
  return BOX + 2 + number_height + alignment_survey_text_height (agree);
}

/* The heading, the instructions and the respondent's lines; returns the
 * height. */
static double
paint_head (cairo_t                *cr,
            PangoContext           *context,
            AlignmentCase          *kase,
            AlignmentParty          party,
            const AlignmentPalette *palette,
            double                  width)
{
  AlignmentParty other = party == ALIGNMENT_PARTY_CUSTOMER ? ALIGNMENT_PARTY_PROVIDER : ALIGNMENT_PARTY_CUSTOMER;
  /* TRANSLATORS: the heading of the printed questionnaire; %s is the
   * other party's name */
  g_autofree char *heading = g_strdup_printf (_("Your trust in %s"), alignment_case_get_party_name (kase, other));
  /* TRANSLATORS: under the questionnaire's heading: the case's title,
   * then the answering party's name */
  g_autoptr(AlignmentFigureTitle) block = alignment_figure_title_new (kase, 0);
  g_autofree char *detail = g_strdup_printf (_("%s · to be answered by %s"), block->title,
                                             alignment_case_get_party_name (kase, party));
  g_autoptr(PangoLayout) title = wrapped (context, heading, TITLE_SIZE, TRUE, width);
  g_autoptr(PangoLayout) sub = wrapped (context, detail, TEXT_SIZE, FALSE, width);
  g_autoptr(PangoLayout) intro = NULL;
  g_autoptr(PangoLayout) role = alignment_render_text_layout (context, _("Your role:"), TEXT_SIZE, FALSE);
  g_autoptr(PangoLayout) date = alignment_render_text_layout (context, _("Date:"), TEXT_SIZE, FALSE);
  g_autofree char *intro_text = NULL;
  double y = MARGIN, line_y, date_x = MARGIN + width * 0.62;

  /* TRANSLATORS: the instructions of the printed questionnaire; %s is
   * the other party's name */
  intro_text = g_strdup_printf (_("How far do you agree with each statement about %s? "
                                  "Tick one box per statement, from 1 (strongly disagree) to 7 (strongly agree)."),
                                alignment_case_get_party_name (kase, other));
  intro = wrapped (context, intro_text, TEXT_SIZE, FALSE, width);

  y += alignment_survey_text_show (cr, title, &palette->foreground, MARGIN, y) + 4;
  y += alignment_survey_text_show (cr, sub, &palette->muted, MARGIN, y) + 14;

  /* Room to write on, after each label. */
  alignment_survey_text_show (cr, role, &palette->foreground, MARGIN, y);
  alignment_survey_text_show (cr, date, &palette->foreground, date_x, y);
  line_y = y + alignment_survey_text_height (role);
  alignment_rgba_set_source (cr, &palette->muted);
  cairo_set_line_width (cr, 0.6);
  cairo_move_to (cr, MARGIN + alignment_survey_text_width (role) + 6, line_y);
  cairo_line_to (cr, date_x - 18, line_y);
  cairo_move_to (cr, date_x + alignment_survey_text_width (date) + 6, line_y);
  cairo_line_to (cr, MARGIN + width, line_y);
  cairo_stroke (cr);
  y = line_y + 16;

  y += alignment_survey_text_show (cr, intro, &palette->foreground, MARGIN, y) + 8;

  alignment_rgba_set_source (cr, &palette->grid);
  cairo_set_line_width (cr, 0.5);
  cairo_move_to (cr, MARGIN, y);
  cairo_line_to (cr, MARGIN + width, y);
  cairo_stroke (cr);

  return y + ITEM_GAP - MARGIN;
}

/* Where the drawing goes: every page one after the other (@only < 0,
 * each shown with cairo_show_page() before the next), or only page
 * @only, the others laid out but clipped away. */
static void
start_page (cairo_t                *cr,
            const AlignmentPalette *palette,
            int                     only,
            guint                   page)
{
  if (only < 0)
    {
      if (page > 0)
        cairo_show_page (cr);
      paint_background (cr, palette);
      return;
    }

  if (page > 0)
    cairo_restore (cr);
  cairo_save (cr);
  if ((guint) only != page)
    {
      cairo_new_path (cr);
      cairo_rectangle (cr, 0, 0, 0, 0);
      cairo_clip (cr);
    }
  paint_background (cr, palette);
}

static guint
paint_form (cairo_t                *cr,
            AlignmentCase          *kase,
            AlignmentParty          party,
            const AlignmentPalette *palette,
            int                     only)
{
  g_autoptr(GListStore) fallback = NULL;
  PangoContext *context;
  GListModel *items = G_LIST_MODEL (alignment_case_get_survey_items (kase));
  double width = ALIGNMENT_SURVEY_FORM_WIDTH - 2 * MARGIN;
  double text_width = width - SCALE_WIDTH - 24;
  double bottom = ALIGNMENT_SURVEY_FORM_HEIGHT - MARGIN;
  double y;
  guint pages = 1;

  if (g_list_model_get_n_items (items) == 0)
    {
      fallback = g_list_store_new (ALIGNMENT_TYPE_SURVEY_ITEM);
      alignment_survey_add_default (fallback);
      items = G_LIST_MODEL (fallback);
    }

  context = pango_cairo_create_context (cr);
  start_page (cr, palette, only, 0);
  y = MARGIN + paint_head (cr, context, kase, party, palette, width);

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(AlignmentSurveyItem) item = g_list_model_get_item (items, i);
      g_autofree char *number = g_strdup_printf ("%u.", alignment_survey_item_get_number (item));
      g_autoptr(PangoLayout) label = alignment_render_text_layout (context, number, TEXT_SIZE, TRUE);
      g_autoptr(PangoLayout) text = wrapped (context, alignment_survey_item_get_text (item),
                                             TEXT_SIZE, FALSE, text_width - 22);
      double scale_height = BOX + 2 + 2 * SMALL_SIZE * 1.3;
      double height = MAX (alignment_survey_text_height (text), scale_height);

      /* A long wording runs on to another page rather than off this
       * one. */
      if (y + height > bottom && y > MARGIN + 1)
        {
          start_page (cr, palette, only, pages);
          y = MARGIN;
          pages++;
        }

      alignment_survey_text_show (cr, label, &palette->foreground, MARGIN, y);
      alignment_survey_text_show (cr, text, &palette->foreground, MARGIN + 22, y);
      paint_scale (cr, context, palette, MARGIN + width - SCALE_WIDTH, y);
      y += height + ITEM_GAP;
    }

  if (only >= 0)
    cairo_restore (cr);
  g_object_unref (context);
  return pages;
}

guint
alignment_survey_form_paint (cairo_t                *cr,
                             AlignmentCase          *kase,
                             AlignmentParty          party,
                             const AlignmentPalette *palette)
{
  g_return_val_if_fail (ALIGNMENT_IS_CASE (kase), 0);

  return paint_form (cr, kase, party, palette, -1);
}

guint
alignment_survey_form_paint_page (cairo_t                *cr,
                                  AlignmentCase          *kase,
                                  AlignmentParty          party,
                                  const AlignmentPalette *palette,
                                  guint                   page)
{
  g_return_val_if_fail (ALIGNMENT_IS_CASE (kase), 0);

  return paint_form (cr, kase, party, palette, (int) MIN (page, G_MAXINT));
}

/* Both parties' pages, one after the other. */
static void
render_form (cairo_t  *cr,
             double    width,
             double    height,
             gpointer  user_data)
{
  const AlignmentPalette *palette = alignment_palette_get (ALIGNMENT_PALETTE_PRINT, ALIGNMENT_SCALE_RED_GREEN);

  alignment_survey_form_paint (cr, user_data, ALIGNMENT_PARTY_CUSTOMER, palette);
  cairo_show_page (cr);
  alignment_survey_form_paint (cr, user_data, ALIGNMENT_PARTY_PROVIDER, palette);
}

gboolean
alignment_survey_form_export (AlignmentCase  *kase,
                              const char     *path,
                              GError        **error)
{
  g_autoptr(AlignmentFigureTitle) block = NULL;
  g_autofree char *title = NULL;
  AlignmentRenderFormat format;

  g_return_val_if_fail (ALIGNMENT_IS_CASE (kase), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  /* Pages are for PDF only: an SVG or PNG holds one. */
  if (!alignment_render_format_from_path (path, &format, error))
    return FALSE;
  if (format != ALIGNMENT_RENDER_FORMAT_PDF)
    {
      g_set_error (error, ALIGNMENT_RENDER_ERROR, ALIGNMENT_RENDER_ERROR_FORMAT,
                   _("The questionnaire is written as a .pdf"));
      return FALSE;
    }

  block = alignment_figure_title_new (kase, 0);
  /* TRANSLATORS: the PDF title of the printed questionnaire; %s is the
   * case's title */
  title = g_strdup_printf (_("Trust survey: %s"), block->title);
  return alignment_render_to_file_described (path, ALIGNMENT_SURVEY_FORM_WIDTH, ALIGNMENT_SURVEY_FORM_HEIGHT, 96.0,
                                             title, NULL, render_form, kase, error);
}
