/* alignment-report-dialog.h: "Review Report…", the review report of a
 * case for a steering board or service review
 *
 * Asks for the period (a calendar quarter of the case, by default the
 * one of its latest signal, or any range of days), the paper (A4 or
 * Letter, by default the last print's, else the locale's) and the
 * language of the document (English or Dutch, by default the app's),
 * then lays the report out in a worker thread, on a copy of the case so
 * that editing goes on meanwhile, and prints it or saves it as a PDF.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "alignment-core.h"
#include "alignment-report.h"

G_BEGIN_DECLS

#define ALIGNMENT_TYPE_REPORT_DIALOG (alignment_report_dialog_get_type ())

G_DECLARE_FINAL_TYPE (AlignmentReportDialog, alignment_report_dialog, ALIGNMENT, REPORT_DIALOG, AdwWindow)

/* Properties:
 *   "document"  AlignmentDocument (construct only): the case reported on
 *   "busy"      gboolean (read only): the report is being laid out,
 *               written or printed
 *
 * Signals:
 *   "saved" (GFile *file): the report was written to @file; the dialog
 *       closes after it.
 *
 * Actions: report.print (Ctrl+P), report.save (Ctrl+S), report.cancel
 * (Escape: stops the layout, or closes). */

GtkWidget           *alignment_report_dialog_new          (GtkWindow             *parent,
                                                           AlignmentDocument     *document);

gboolean             alignment_report_dialog_get_busy     (AlignmentReportDialog *self);

/* The days of the period, both included, as Julian days; FALSE (with
 * what is wrong, translated, in @problem unless NULL) when the custom
 * dates typed are not dates or end before they start. */
gboolean             alignment_report_dialog_get_period   (AlignmentReportDialog *self,
                                                           guint32               *from,
                                                           guint32               *to,
                                                           char                 **problem);
/* Chooses the quarter of the list that is [@from, @to], or else a
 * custom range of these days. */
void                 alignment_report_dialog_set_period   (AlignmentReportDialog *self,
                                                           guint32                from,
                                                           guint32                to);
/* Chooses "Custom range" and types @from and @to as the user would. */
void                 alignment_report_dialog_set_custom_range (AlignmentReportDialog *self,
                                                               const char            *from,
                                                               const char            *to);

AlignmentReportPaper alignment_report_dialog_get_paper    (AlignmentReportDialog *self);
void                 alignment_report_dialog_set_paper    (AlignmentReportDialog *self,
                                                           AlignmentReportPaper   paper);
/* "en" or "nl". */
const char          *alignment_report_dialog_get_language (AlignmentReportDialog *self);
void                 alignment_report_dialog_set_language (AlignmentReportDialog *self,
                                                           const char            *language);

/* What Print… does once the report is laid out: the system's print
 * dialog, or with @export_path straight into that PDF (as Print to File
 * would, for tests and scripts).  Returns at once; "busy" is FALSE again
 * when it is done, and the dialog closes when it printed. */
void                 alignment_report_dialog_print        (AlignmentReportDialog *self,
                                                           const char            *export_path);
/* What Save as PDF… does once the file is chosen. */
void                 alignment_report_dialog_save         (AlignmentReportDialog *self,
                                                           GFile                 *file);

/* The paper the user most likely wants: the paper of the last print,
 * else the one of the locale (Letter in the US and Canada, A4
 * elsewhere). */
AlignmentReportPaper alignment_report_default_paper       (void);
/* "nl" when the app speaks Dutch, else "en". */
const char          *alignment_report_default_language    (void);

G_END_DECLS
