/* alignment-timeline-print.h: printing the timeline of a case
 *
 * A GtkPrintOperation that prints the timeline through the same layout
 * and painter as the screen, always on the light print palette:
 * landscape by default, fitted to one page or as a poster N pages wide
 * with the lane labels, axis and legend repeated on every page, marks
 * where the pages overlap, a header (title, parties, dates) and a footer
 * (print date, page number).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "alignment-core.h"
#include "alignment-figure-title.h"
#include "alignment-timeline-layout.h"

G_BEGIN_DECLS

#define ALIGNMENT_TYPE_TIMELINE_PRINT (alignment_timeline_print_get_type ())

G_DECLARE_FINAL_TYPE (AlignmentTimelinePrint, alignment_timeline_print, ALIGNMENT, TIMELINE_PRINT, GtkPrintOperation)

/* Properties:
 *   "case"         AlignmentCase (construct only)
 *   "lanes"        AlignmentTimelineLanes (default party)
 *   "pages-wide"   guint: 0 or 1 fits the figure to one page (default);
 *                  more makes a poster that many pages wide
 *   "first-day", "last-day"  double: the dates, Julian days, [first, last);
 *                  0 for the case's own (default)
 *   "trust-strip"  gboolean (default TRUE)
 *   "levels"       gboolean: escalation levels beside the markers
 *                  (default TRUE)
 *   "board"        string: only the signals of this governance board,
 *                  named in the title block; NULL for all (default)
 */

AlignmentTimelinePrint *alignment_timeline_print_new            (AlignmentCase          *case_);

void                    alignment_timeline_print_set_lanes      (AlignmentTimelinePrint *self,
                                                                 AlignmentTimelineLanes  lanes);
void                    alignment_timeline_print_set_pages_wide (AlignmentTimelinePrint *self,
                                                                 guint                   pages_wide);
guint                   alignment_timeline_print_get_pages_wide (AlignmentTimelinePrint *self);
void                    alignment_timeline_print_set_range      (AlignmentTimelinePrint *self,
                                                                 double                  first_day,
                                                                 double                  last_day);
void                    alignment_timeline_print_set_trust_strip (AlignmentTimelinePrint *self,
                                                                  gboolean                show);
void                    alignment_timeline_print_set_levels     (AlignmentTimelinePrint *self,
                                                                 gboolean                show);
void                    alignment_timeline_print_set_board      (AlignmentTimelinePrint *self,
                                                                 const char             *board);

/* Adds "Board: NAME" to @title's detail line, so that a figure filtered
 * by a board says so on paper; nothing for NULL or "". */
void                    alignment_timeline_print_title_add_board (AlignmentFigureTitle  *title,
                                                                  const char            *board);

/* Asks in a small dialog of the app's own what the print portal cannot
 * (one page or a poster, lanes, trust strip), then runs the system print
 * dialog with its page setup and preview.  The dates are those of
 * @first_day and @last_day (0 for the whole case), the levels and board
 * (NULL for all) those given: pass the timeline view's to print what is
 * seen.  Errors are shown in a dialog on @parent. */
/* The title block above the timeline (case, parties, period); on unless
 * switched off. */
void                    alignment_timeline_print_set_title_block (AlignmentTimelinePrint *self,
                                                                  gboolean                show);

void                    alignment_timeline_print_run_with_options (GtkWindow              *parent,
                                                                   AlignmentCase          *case_,
                                                                   AlignmentTimelineLanes  lanes,
                                                                   double                  first_day,
                                                                   double                  last_day,
                                                                   gboolean                levels,
                                                                   const char             *board);

G_END_DECLS
