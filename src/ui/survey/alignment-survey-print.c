/* alignment-survey-print.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "alignment-figure-title.h"
#include "alignment-survey-form.h"
#include "alignment-survey-print.h"
#include "alignment-survey-trend.h"

#define TITLE_SIZE 10.0

struct _AlignmentSurveyPrint
{
  GtkPrintOperation  parent_instance;

  AlignmentCase     *kase;
  gboolean           form;
  gboolean           title_block;
  /* The form: how many pages the customer's part has, found in
   * begin-print. */
  guint              customer_pages;
};

G_DEFINE_FINAL_TYPE (AlignmentSurveyPrint, alignment_survey_print, GTK_TYPE_PRINT_OPERATION)

static const AlignmentPalette *
print_palette (void)
{
  return alignment_palette_get (ALIGNMENT_PALETTE_PRINT, ALIGNMENT_SCALE_RED_GREEN);
}

static void
alignment_survey_print_begin_print (GtkPrintOperation *operation,
                                    GtkPrintContext   *context)
{
  AlignmentSurveyPrint *self = ALIGNMENT_SURVEY_PRINT (operation);
  cairo_t *cr;
  guint provider_pages;

  if (!self->form)
    {
      /* One page: a trend split over pages could not be read as one. */
      gtk_print_operation_set_n_pages (operation, 1);
      return;
    }

  /* Laid out, not drawn: a page past the end paints nothing. */
  cr = gtk_print_context_get_cairo_context (context);
  self->customer_pages = alignment_survey_form_paint_page (cr, self->kase, ALIGNMENT_PARTY_CUSTOMER,
                                                           print_palette (), G_MAXUINT);
  provider_pages = alignment_survey_form_paint_page (cr, self->kase, ALIGNMENT_PARTY_PROVIDER,
                                                     print_palette (), G_MAXUINT);
  gtk_print_operation_set_n_pages (operation, (int) (self->customer_pages + provider_pages));
}

static void
draw_form_page (AlignmentSurveyPrint *self,
                GtkPrintContext      *context,
                guint                 page)
{
  cairo_t *cr = gtk_print_context_get_cairo_context (context);
  double width = gtk_print_context_get_width (context);
  double height = gtk_print_context_get_height (context);
  double scale = MIN (width / ALIGNMENT_SURVEY_FORM_WIDTH, height / ALIGNMENT_SURVEY_FORM_HEIGHT);
  AlignmentParty party = page < self->customer_pages ? ALIGNMENT_PARTY_CUSTOMER : ALIGNMENT_PARTY_PROVIDER;

  if (party == ALIGNMENT_PARTY_PROVIDER)
    page -= self->customer_pages;

  /* Drawn for A4; on other paper it keeps its proportions, centred
   * across. */
  cairo_save (cr);
  cairo_translate (cr, (width - ALIGNMENT_SURVEY_FORM_WIDTH * scale) / 2, 0);
  cairo_scale (cr, scale, scale);
  alignment_survey_form_paint_page (cr, self->kase, party, print_palette (), page);
  cairo_restore (cr);
}

static void
draw_trend_page (AlignmentSurveyPrint *self,
                 GtkPrintContext      *context)
{
  cairo_t *cr = gtk_print_context_get_cairo_context (context);
  double width = gtk_print_context_get_width (context);
  double height = gtk_print_context_get_height (context);
  double top = 0, scale;

  if (self->title_block)
    {
      g_autoptr(AlignmentFigureTitle) title = alignment_figure_title_new (self->kase, 0);

      alignment_figure_title_paint (cr, title, print_palette (), 0, 0, width, TITLE_SIZE);
      top = alignment_figure_title_get_height (TITLE_SIZE);
    }

  /* At its natural size, scaled to the page keeping its proportions:
   * the text grows and shrinks with the lines. */
  scale = MIN (width / ALIGNMENT_SURVEY_TREND_WIDTH, (height - top) / ALIGNMENT_SURVEY_TREND_HEIGHT);
  cairo_save (cr);
  cairo_translate (cr, (width - ALIGNMENT_SURVEY_TREND_WIDTH * scale) / 2, top);
  cairo_scale (cr, scale, scale);
  cairo_rectangle (cr, 0, 0, ALIGNMENT_SURVEY_TREND_WIDTH, ALIGNMENT_SURVEY_TREND_HEIGHT);
  cairo_clip (cr);
  alignment_survey_trend_paint (cr, self->kase, print_palette (), FALSE,
                                ALIGNMENT_SURVEY_TREND_WIDTH, ALIGNMENT_SURVEY_TREND_HEIGHT);
  cairo_restore (cr);
}

static void
alignment_survey_print_draw_page (GtkPrintOperation *operation,
                                  GtkPrintContext   *context,
                                  int                page_nr)
{
  AlignmentSurveyPrint *self = ALIGNMENT_SURVEY_PRINT (operation);

  if (self->form)
    draw_form_page (self, context, (guint) page_nr);
  else
    draw_trend_page (self, context);
}

static void
alignment_survey_print_finalize (GObject *object)
{
  AlignmentSurveyPrint *self = ALIGNMENT_SURVEY_PRINT (object);

  g_clear_object (&self->kase);

  G_OBJECT_CLASS (alignment_survey_print_parent_class)->finalize (object);
}

static void
alignment_survey_print_class_init (AlignmentSurveyPrintClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkPrintOperationClass *print_class = GTK_PRINT_OPERATION_CLASS (klass);

  object_class->finalize = alignment_survey_print_finalize;
  print_class->begin_print = alignment_survey_print_begin_print;
  print_class->draw_page = alignment_survey_print_draw_page;
}

static void
alignment_survey_print_init (AlignmentSurveyPrint *self)
{
  self->title_block = TRUE;
}

static AlignmentSurveyPrint *
survey_print_new (AlignmentCase *kase,
                  gboolean       form)
{
  AlignmentSurveyPrint *self = g_object_new (ALIGNMENT_TYPE_SURVEY_PRINT, NULL);
  GtkPrintOperation *operation = GTK_PRINT_OPERATION (self);
  g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) a4 = gtk_paper_size_new (GTK_PAPER_NAME_A4);
  g_autoptr(AlignmentFigureTitle) title = alignment_figure_title_new (kase, 0);
  g_autofree char *job = NULL;

  self->kase = g_object_ref (kase);
  self->form = form;

  if (form)
    {
      /* The form is drawn for A4 to the paper's edge: its own margins. */
      gtk_page_setup_set_paper_size_and_default_margins (setup, a4);
      gtk_print_operation_set_use_full_page (operation, TRUE);
      /* Translators: the print job's name of the blank questionnaire;
       * %s is the case's title. */
      job = g_strdup_printf (_("Trust survey: %s"), title->title);
    }
  else
    {
      /* Rounds run left to right: landscape gives them room. */
      gtk_page_setup_set_orientation (setup, GTK_PAGE_ORIENTATION_LANDSCAPE);
      gtk_print_operation_set_use_full_page (operation, FALSE);
      job = g_strdup (title->title);
    }
  gtk_print_operation_set_default_page_setup (operation, setup);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_job_name (operation, job);

  return self;
}

AlignmentSurveyPrint *
alignment_survey_print_new_trend (AlignmentCase *kase)
{
  g_return_val_if_fail (ALIGNMENT_IS_CASE (kase), NULL);

  return survey_print_new (kase, FALSE);
}

AlignmentSurveyPrint *
alignment_survey_print_new_form (AlignmentCase *kase)
{
  g_return_val_if_fail (ALIGNMENT_IS_CASE (kase), NULL);

  return survey_print_new (kase, TRUE);
}

void
alignment_survey_print_set_title_block (AlignmentSurveyPrint *self,
                                        gboolean              show)
{
  g_return_if_fail (ALIGNMENT_IS_SURVEY_PRINT (self));

  self->title_block = !!show;
}
