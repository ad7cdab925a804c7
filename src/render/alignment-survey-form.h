/* alignment-survey-form.h: the blank trust questionnaire, for print
 *
 * A workshop hands each party a page: its trust in the other party,
 * named in the heading, item by item on a scale of 1 to 7.  A
 * reverse-coded item looks like any other, so that respondents answer
 * the statement and not the scoring.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <gio/gio.h>

#include "alignment-core.h"
#include "alignment-palette.h"

G_BEGIN_DECLS

/* A4 in points. */
#define ALIGNMENT_SURVEY_FORM_WIDTH  595.276
#define ALIGNMENT_SURVEY_FORM_HEIGHT 841.890

/* Paints the questionnaire of @kase (its own wording, or the default
 * when it has none) to be answered by @party, page by page onto @cr,
 * whose pages are A4: a page is shown with cairo_show_page() before each
 * page after the first.  Returns the number of pages painted. */
guint    alignment_survey_form_paint  (cairo_t                *cr,
                                       AlignmentCase          *kase,
                                       AlignmentParty          party,
                                       const AlignmentPalette *palette);

/* The same for a print operation, which draws a page at a time: paints
 * page @page (from 0) of @party's questionnaire onto @cr, nothing for a
 * page past the end, and returns the number of pages it has. */
guint    alignment_survey_form_paint_page (cairo_t                *cr,
                                           AlignmentCase          *kase,
                                           AlignmentParty          party,
                                           const AlignmentPalette *palette,
                                           guint                   page);

/* Writes the blank questionnaire of @kase to @path as a PDF: the
 * customer's pages, then the provider's.  The file is written whole or
 * not at all. */
gboolean alignment_survey_form_export (AlignmentCase          *kase,
                                       const char             *path,
                                       GError                **error);

G_END_DECLS
