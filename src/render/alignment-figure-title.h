/* alignment-figure-title.h: the title block above a printed or exported
 * figure
 *
 * A timeline or heatmap taken out of the app (a page, a PDF, a slide)
 * must say what it shows: the case, its parties, its period and when it
 * was made.  Print, Export Figure… and alignment-tool all draw it here.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>

#include "alignment-core.h"
#include "alignment-palette.h"

G_BEGIN_DECLS

/* @julian in the long form of the user's language, "3 December 2026",
 * which nobody misreads, unlike "12/03/26"; "" for 0.  Every date a
 * figure prints goes through here. */
char                 *alignment_date_format_long        (guint32                     julian);

/* "1 February 2024 – 30 June 2024": the case's period, or else the
 * dates its signals span; NULL when it has neither. */
char                 *alignment_case_period_text        (AlignmentCase              *self);

typedef struct
{
  char *title;   /* the case's title, or "Untitled case" */
  char *detail;  /* "A and B · 1 February 2024 – 30 June 2024" */
  char *made;    /* "Made on 3 December 2026" */
} AlignmentFigureTitle;

/* The title block of @self, made on Julian day @made_day (0: today). */
AlignmentFigureTitle *alignment_figure_title_new        (AlignmentCase              *self,
                                                         guint32                     made_day);
void                  alignment_figure_title_free       (AlignmentFigureTitle       *title);

/* Its height at @font_size, a hairline and a gap under it included. */
double                alignment_figure_title_get_height (double                      font_size);

/* Paints @title into @width with its top left at @x, @y: the title in
 * bold over the detail on the left, the date made on the right, a
 * hairline under them, in @palette's colours. */
void                  alignment_figure_title_paint      (cairo_t                    *cr,
                                                         const AlignmentFigureTitle *title,
                                                         const AlignmentPalette     *palette,
                                                         double                      x,
                                                         double                      y,
                                                         double                      width,
                                                         double                      font_size);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (AlignmentFigureTitle, alignment_figure_title_free)

G_END_DECLS
