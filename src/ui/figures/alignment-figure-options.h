/* alignment-figure-options.h: how a timeline figure is laid out, asked
 * before it is printed or exported
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "alignment-timeline-view.h"

G_BEGIN_DECLS

#define ALIGNMENT_TYPE_FIGURE_OPTIONS (alignment_figure_options_get_type ())

G_DECLARE_FINAL_TYPE (AlignmentFigureOptions, alignment_figure_options, ALIGNMENT, FIGURE_OPTIONS, AdwBin)

/* The rows Print… asks for (size, pages wide, lanes, trust strip), or
 * those Export Figure… asks for (width, resolution, dates, lanes). */
GtkWidget              *alignment_figure_options_new_for_print  (void);
GtkWidget              *alignment_figure_options_new_for_export (void);
/* The rows a heatmap's Print… asks for in its tab: the title block. */
GtkWidget              *alignment_figure_options_new_for_heatmap (void);

/* Asks for @self in a dialog on @parent: @heading, @body, and the
 * responses "cancel" and @response (labelled @label, the default);
 * @callback is connected to its "response" with @data, freed by
 * @destroy.  Returns the dialog, shown. */
GtkWidget              *alignment_figure_options_present        (AlignmentFigureOptions *self,
                                                                 GtkWindow              *parent,
                                                                 const char             *heading,
                                                                 const char             *body,
                                                                 const char             *response,
                                                                 const char             *label,
                                                                 GCallback               callback,
                                                                 gpointer                data,
                                                                 GClosureNotify          destroy);

AlignmentTimelineLanes  alignment_figure_options_get_lanes      (AlignmentFigureOptions *self);
void                    alignment_figure_options_set_lanes      (AlignmentFigureOptions *self,
                                                                 AlignmentTimelineLanes  lanes);

/* Print: 1 to fit the timeline to one page, else the pages of a poster
 * side by side; and whether the net trust strip is printed. */
guint                   alignment_figure_options_get_pages_wide (AlignmentFigureOptions *self);
gboolean                alignment_figure_options_get_trust_strip (AlignmentFigureOptions *self);

/* Both: whether the title block (case, parties, period, date made) is
 * drawn above the figure; on unless switched off. */
gboolean                alignment_figure_options_get_title_block (AlignmentFigureOptions *self);
void                    alignment_figure_options_set_title_block (AlignmentFigureOptions *self,
                                                                  gboolean                show);

/* Export: the width in points, the resolution of a PNG, and the days
 * shown, [@first_day, @last_day) in Julian days.  get_range() is FALSE
 * when the dates typed are not dates, or the first is after the last. */
double                  alignment_figure_options_get_width      (AlignmentFigureOptions *self);
void                    alignment_figure_options_set_width      (AlignmentFigureOptions *self,
                                                                 double                  width);
double                  alignment_figure_options_get_dpi        (AlignmentFigureOptions *self);
void                    alignment_figure_options_set_dpi        (AlignmentFigureOptions *self,
                                                                 double                  dpi);
void                    alignment_figure_options_set_range      (AlignmentFigureOptions *self,
                                                                 double                  first_day,
                                                                 double                  last_day);
gboolean                alignment_figure_options_get_range      (AlignmentFigureOptions *self,
                                                                 double                 *first_day,
                                                                 double                 *last_day);

G_END_DECLS
