/* alignment-report-print.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "alignment-report-print.h"

struct _AlignmentReportPrint
{
  GtkPrintOperation     parent_instance;

  AlignmentReport      *report;
  AlignmentReportPaper  paper;
};

G_DEFINE_FINAL_TYPE (AlignmentReportPrint, alignment_report_print, GTK_TYPE_PRINT_OPERATION)

static GtkPageSetup *
page_setup_new (AlignmentReportPaper paper)
{
  GtkPageSetup *setup = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) size = gtk_paper_size_new (paper == ALIGNMENT_REPORT_PAPER_LETTER
                                                     ? GTK_PAPER_NAME_LETTER : GTK_PAPER_NAME_A4);

  gtk_page_setup_set_paper_size (setup, size);
  gtk_page_setup_set_orientation (setup, GTK_PAGE_ORIENTATION_PORTRAIT);
  return setup;
}

static void
alignment_report_print_begin_print (GtkPrintOperation *operation,
                                    GtkPrintContext   *context)
{
  AlignmentReportPrint *self = ALIGNMENT_REPORT_PRINT (operation);

  gtk_print_operation_set_n_pages (operation, (int) alignment_report_get_n_pages (self->report));
}

/* The report is laid out for its paper: every page is printed on it, as
 * the user chose in the report's dialog, not on the landscape paper the
 * last timeline was printed on. */
static void
alignment_report_print_request_page_setup (GtkPrintOperation *operation,
                                           GtkPrintContext   *context,
                                           int                page_nr,
                                           GtkPageSetup      *setup)
{
  AlignmentReportPrint *self = ALIGNMENT_REPORT_PRINT (operation);
  g_autoptr(GtkPageSetup) paper = page_setup_new (self->paper);

  gtk_page_setup_set_paper_size (setup, gtk_page_setup_get_paper_size (paper));
  gtk_page_setup_set_orientation (setup, GTK_PAGE_ORIENTATION_PORTRAIT);
}

static void
alignment_report_print_draw_page (GtkPrintOperation *operation,
                                  GtkPrintContext   *context,
                                  int                page_nr)
{
  AlignmentReportPrint *self = ALIGNMENT_REPORT_PRINT (operation);
  cairo_t *cr = gtk_print_context_get_cairo_context (context);
  double width = gtk_print_context_get_width (context);
  double height = gtk_print_context_get_height (context);
  double page_width, page_height, scale;

  /* A printer that cannot take the paper may give another: the page is
   * shrunk to fit, never cut off. */
  alignment_report_get_page_size (self->report, &page_width, &page_height);
  scale = MIN (width / page_width, height / page_height);
  if (!(scale > 0))
    scale = 1;

  cairo_save (cr);
  cairo_translate (cr, (width - page_width * scale) / 2, (height - page_height * scale) / 2);
  cairo_scale (cr, scale, scale);
  alignment_report_draw_page (self->report, cr, (guint) page_nr);
  cairo_restore (cr);
}

AlignmentReportPrint *
alignment_report_print_new (AlignmentReport      *report,
                            AlignmentReportPaper  paper,
                            const char           *job_name)
{
  AlignmentReportPrint *self;
  g_autoptr(GtkPageSetup) setup = NULL;

  g_return_val_if_fail (report != NULL, NULL);

  self = g_object_new (ALIGNMENT_TYPE_REPORT_PRINT, NULL);
  self->report = report;
  self->paper = paper;

  setup = page_setup_new (paper);
  gtk_print_operation_set_default_page_setup (GTK_PRINT_OPERATION (self), setup);
  /* The report draws its own margins, header and footer. */
  gtk_print_operation_set_use_full_page (GTK_PRINT_OPERATION (self), TRUE);
  gtk_print_operation_set_unit (GTK_PRINT_OPERATION (self), GTK_UNIT_POINTS);
  if (job_name != NULL)
    gtk_print_operation_set_job_name (GTK_PRINT_OPERATION (self), job_name);

  return self;
}

static void
alignment_report_print_finalize (GObject *object)
{
  AlignmentReportPrint *self = ALIGNMENT_REPORT_PRINT (object);

  g_clear_pointer (&self->report, alignment_report_free);

  G_OBJECT_CLASS (alignment_report_print_parent_class)->finalize (object);
}

static void
alignment_report_print_class_init (AlignmentReportPrintClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkPrintOperationClass *print_class = GTK_PRINT_OPERATION_CLASS (klass);

  object_class->finalize = alignment_report_print_finalize;

  print_class->begin_print = alignment_report_print_begin_print;
  print_class->request_page_setup = alignment_report_print_request_page_setup;
  print_class->draw_page = alignment_report_print_draw_page;
}

static void
alignment_report_print_init (AlignmentReportPrint *self)
{
}
