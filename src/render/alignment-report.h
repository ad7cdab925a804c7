/* alignment-report.h: the review report, a paginated document for the board
 *
 * The report a steering board or service review reads: a cover, a
 * summary of where trust moved per party and realm, the threads, the
 * heatmap, the evidence, the findings, the timeline over as many pages
 * as it needs, the lessons learned and the method.  It is drawn with
 * cairo and pango only, so the app's print operation and
 * alignment-tool's PDF share one painter, always on the light print
 * palette.
 *
 * Threads: alignment_report_new() only takes a reference on the case
 * and copies the options, so it is cheap on the UI thread.  The layout
 * runs on the first call of alignment_report_get_n_pages() (or of any
 * function that needs it), may run in a worker thread, and only reads
 * the case: the case must not change while it runs (give the worker a
 * copy, or block edits, if the user can edit meanwhile).  After that,
 * drawing uses only the report's own copy of what it shows.  One
 * AlignmentReport is used by one thread at a time.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <gio/gio.h>

#include "alignment-core.h"

G_BEGIN_DECLS

typedef enum
{
  ALIGNMENT_REPORT_PAPER_A4,      /* 595 × 842 points, portrait */
  ALIGNMENT_REPORT_PAPER_LETTER,  /* 612 × 792 points, portrait */
} AlignmentReportPaper;

typedef struct _AlignmentReport AlignmentReport;

/* A report on @kase over the days @from to @to, both included: Julian
 * day numbers as in alignment-date.h, 0 for an open end.  @language is
 * "en" or "nl", or NULL for the user's (from the environment).  All of
 * the report is in that language whatever the process's is, read from
 * the project's catalogue with no locale needed: its own text
 * (headings, tables, sentences, dates, method) and what it borrows from
 * the analysis and the figures (the findings' sentences, the heatmap's
 * row labels, the timeline's legend and month names), which it makes
 * with its catalogue as the thread's translator (alignment-i18n.h).
 * Keeps a reference on @kase. */
AlignmentReport *alignment_report_new            (AlignmentCase        *kase,
                                                  guint32               from,
                                                  guint32               to,
                                                  AlignmentReportPaper  paper,
                                                  const char           *language);
void             alignment_report_free           (AlignmentReport      *self);

/* The paper in points (1/72 inch), portrait. */
void             alignment_report_get_page_size  (AlignmentReport      *self,
                                                  double               *width_pt,
                                                  double               *height_pt);

/* The number of pages, at least one.  Lays the report out on the first
 * call (see above on threads). */
guint            alignment_report_get_n_pages    (AlignmentReport      *self);

/* Draws page @page (from 0) onto @cr, whose user space is in points
 * with the page's top left at the origin, background included. */
void             alignment_report_draw_page      (AlignmentReport      *self,
                                                  cairo_t              *cr,
                                                  guint                 page);

/* Draws every page ahead, into recordings that
 * alignment_report_draw_page() then only replays: for a print
 * operation, which draws its pages on the UI thread.  Lays the report
 * out first if need be, and may run in a worker thread with it. */
void             alignment_report_record_pages   (AlignmentReport      *self);

/* Writes the whole report to @path as a PDF, with the case's title and
 * the period as the document's metadata.  The file is written whole or
 * not at all. */
gboolean         alignment_report_write_pdf      (AlignmentReport      *self,
                                                  const char           *path,
                                                  GError              **error);

/* The default period: the calendar quarter that holds the case's latest
 * dated signal (start or end date).  Without dated signals, the quarter
 * of the case's period end, or else of today. */
void             alignment_report_default_period (AlignmentCase        *kase,
                                                  guint32              *from,
                                                  guint32              *to);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (AlignmentReport, alignment_report_free)

G_END_DECLS
