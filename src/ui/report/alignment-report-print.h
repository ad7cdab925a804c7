/* alignment-report-print.h: printing the review report
 *
 * A GtkPrintOperation over a report already laid out (see
 * alignment-report.h): as many pages as the report has, each drawn by
 * the report's own painter on the report's paper, portrait, whatever
 * page setup the last print left behind.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "alignment-report.h"

G_BEGIN_DECLS

#define ALIGNMENT_TYPE_REPORT_PRINT (alignment_report_print_get_type ())

G_DECLARE_FINAL_TYPE (AlignmentReportPrint, alignment_report_print, ALIGNMENT, REPORT_PRINT, GtkPrintOperation)

/* Takes @report, which must be laid out (its pages counted) and is
 * then used by this thread only; @paper is the paper it was laid out
 * for, @job_name the name the printer queue shows. */
AlignmentReportPrint *alignment_report_print_new (AlignmentReport      *report,
                                                  AlignmentReportPaper  paper,
                                                  const char           *job_name);

G_END_DECLS
