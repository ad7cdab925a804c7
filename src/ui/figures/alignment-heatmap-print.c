/* alignment-heatmap-print.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "alignment-heatmap-print.h"
#include "alignment-heatmap-layout.h"
#include "alignment-heatmap-painter.h"

struct _AlignmentHeatmapPrint
{
  GtkPrintOperation     parent_instance;

  AlignmentCase        *case_;
  AlignmentBucketKind   kind;
  AlignmentHeatmapMode  mode;
  AlignmentScale        scale;
  AlignmentPerceptionView view;
  double                drawn_scale;
  gboolean              title_block;
};

G_DEFINE_FINAL_TYPE (AlignmentHeatmapPrint, alignment_heatmap_print, GTK_TYPE_PRINT_OPERATION)

static void
alignment_heatmap_print_begin_print (GtkPrintOperation *operation,
                                     GtkPrintContext   *context)
{
  /* One page: a heatmap split over pages could not be read as one. */
  gtk_print_operation_set_n_pages (operation, 1);
}

/* The footer's text size and the band it takes at the page's foot. */
#define FOOTER_FONT_SIZE 8.0
#define FOOTER_HEIGHT (FOOTER_FONT_SIZE * 3.0)

/* "Page 1 of 1 · Printed on 3 December 2026": the date in the long form
 * of the user's language, which no one misreads, unlike "12/03/26". */
static char *
footer_right (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *date = alignment_date_format_long (alignment_date_from_ymd (g_date_time_get_year (now),
                                                                              g_date_time_get_month (now),
                                                                              g_date_time_get_day_of_month (now)));
  g_autofree char *page = g_strdup_printf (_("Page %u of %u"), 1u, 1u);
  g_autofree char *printed = g_strdup_printf (_("Printed on %s"), date);

  return g_strdup_printf ("%s · %s", page, printed);
}

static void
alignment_heatmap_print_draw_page (GtkPrintOperation *operation,
                                   GtkPrintContext   *context,
                                   int                page_nr)
{
  AlignmentHeatmapPrint *self = ALIGNMENT_HEATMAP_PRINT (operation);
  cairo_t *cr = gtk_print_context_get_cairo_context (context);
  double page_width = gtk_print_context_get_width (context);
  double page_height = gtk_print_context_get_height (context);
  double header = self->title_block ? alignment_figure_title_get_height (FOOTER_FONT_SIZE * 1.2) : 0;
  double figure_height = MAX (page_height - header - FOOTER_HEIGHT, 1.0);
  const AlignmentPalette *palette = alignment_palette_get (ALIGNMENT_PALETTE_PRINT, self->scale);
  g_autoptr(AlignmentHeatmapLayout) layout = NULL;
  g_autoptr(AlignmentFigureTitle) title = NULL;
  g_autofree char *right = footer_right ();
  AlignmentHeatmapLayoutOptions options = { 0 };
  AlignmentSignal **signals;
  guint n;

  /* What the cells show, under the title block or without it. */
  options.title = "";
  options.view = self->view;
  if (self->title_block)
    {
      title = alignment_figure_title_new (self->case_, 0);
      /* The date made is in the footer already. */
      g_clear_pointer (&title->made, g_free);
      alignment_figure_title_paint (cr, title, palette, 0, 0, page_width, FOOTER_FONT_SIZE * 1.2);
    }

  /* At its natural width first, to be scaled up to the page keeping its
   * proportions; too wide for the page, it is laid out again at the
   * page's width, where the cells narrow rather than the text shrink. */
  signals = alignment_signal_list_peek (alignment_case_get_signals (self->case_), &n);
  layout = alignment_heatmap_layout_new ((AlignmentSignal * const *) signals, n, self->kind, self->mode, &options);
  if (layout->width > page_width)
    {
      g_clear_pointer (&layout, alignment_heatmap_layout_free);
      options.width = page_width;
      layout = alignment_heatmap_layout_new ((AlignmentSignal * const *) signals, n, self->kind, self->mode, &options);
    }

  self->drawn_scale = MIN (page_width / layout->width, figure_height / layout->height);
  cairo_save (cr);
  /* Short of height, the figure keeps its proportions in the middle. */
  cairo_translate (cr, (page_width - layout->width * self->drawn_scale) / 2, header);
  cairo_scale (cr, self->drawn_scale, self->drawn_scale);
  alignment_heatmap_paint (cr, layout, palette, -1, -1);
  cairo_restore (cr);

  alignment_heatmap_paint_footer (cr, palette, page_height - FOOTER_HEIGHT + FOOTER_FONT_SIZE * 0.6, page_width,
                                  FOOTER_FONT_SIZE, title != NULL ? title->title : NULL, right);
}

double
alignment_heatmap_print_get_scale (AlignmentHeatmapPrint *self)
{
  g_return_val_if_fail (ALIGNMENT_IS_HEATMAP_PRINT (self), 1.0);
  return self->drawn_scale;
}

static void
alignment_heatmap_print_finalize (GObject *object)
{
  AlignmentHeatmapPrint *self = ALIGNMENT_HEATMAP_PRINT (object);

  g_clear_object (&self->case_);

  G_OBJECT_CLASS (alignment_heatmap_print_parent_class)->finalize (object);
}

static void
alignment_heatmap_print_class_init (AlignmentHeatmapPrintClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkPrintOperationClass *print_class = GTK_PRINT_OPERATION_CLASS (klass);

  object_class->finalize = alignment_heatmap_print_finalize;
  print_class->begin_print = alignment_heatmap_print_begin_print;
  print_class->draw_page = alignment_heatmap_print_draw_page;
}

static void
alignment_heatmap_print_init (AlignmentHeatmapPrint *self)
{
  self->drawn_scale = 1.0;
  self->title_block = TRUE;
}

void
alignment_heatmap_print_set_title_block (AlignmentHeatmapPrint *self,
                                         gboolean               show)
{
  g_return_if_fail (ALIGNMENT_IS_HEATMAP_PRINT (self));

  self->title_block = !!show;
}

AlignmentHeatmapPrint *
alignment_heatmap_print_new (AlignmentCase        *case_,
                             AlignmentBucketKind   kind,
                             AlignmentHeatmapMode  mode,
                             AlignmentScale        scale)
{
  AlignmentHeatmapPrint *self;
  g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();

  g_return_val_if_fail (ALIGNMENT_IS_CASE (case_), NULL);

  self = g_object_new (ALIGNMENT_TYPE_HEATMAP_PRINT, NULL);
  self->case_ = g_object_ref (case_);
  self->kind = kind;
  self->mode = mode;
  self->scale = scale;

  /* Buckets run left to right: landscape gives them room. */
  gtk_page_setup_set_orientation (setup, GTK_PAGE_ORIENTATION_LANDSCAPE);
  gtk_print_operation_set_default_page_setup (GTK_PRINT_OPERATION (self), setup);
  gtk_print_operation_set_unit (GTK_PRINT_OPERATION (self), GTK_UNIT_POINTS);
  gtk_print_operation_set_use_full_page (GTK_PRINT_OPERATION (self), FALSE);
  gtk_print_operation_set_job_name (GTK_PRINT_OPERATION (self), alignment_case_get_title (case_));

  return self;
}

void
alignment_heatmap_print_set_view (AlignmentHeatmapPrint   *self,
                                  AlignmentPerceptionView  view)
{
  g_return_if_fail (ALIGNMENT_IS_HEATMAP_PRINT (self));
  self->view = view;
}
