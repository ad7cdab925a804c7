/* alignment-survey-trend.h: the trust survey's scores over the rounds
 *
 * One line per party and realm: the party's trust in the other, from 1
 * to 7, round by round, with the neutral 4 marked.  The party is told by
 * colour, the realm by dash and marker, so that the figure reads in
 * black and white too.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <gio/gio.h>

#include "alignment-core.h"
#include "alignment-palette.h"

G_BEGIN_DECLS

/* The figure's natural size in points. */
#define ALIGNMENT_SURVEY_TREND_WIDTH  780.0
#define ALIGNMENT_SURVEY_TREND_HEIGHT 420.0

/* The rounds of @kase in the figure's order, by date with the undated
 * ones last: a new array of borrowed AlignmentSurveyRound. */
GPtrArray *alignment_survey_trend_rounds (AlignmentCase          *kase);

/* Paints the trend of @kase into @width × @height from the top left of
 * @cr, background included, under the title block when @header. */
void       alignment_survey_trend_paint  (cairo_t                *cr,
                                          AlignmentCase          *kase,
                                          const AlignmentPalette *palette,
                                          gboolean                header,
                                          double                  width,
                                          double                  height);

/* Writes the trend of @kase to @path (.pdf, .svg or .png at @dpi) in the
 * print palette.  Fails with G_IO_ERROR_NOT_FOUND when @kase has no
 * survey rounds.  The file is written whole or not at all. */
gboolean   alignment_survey_trend_export (AlignmentCase          *kase,
                                          gboolean                header,
                                          double                  dpi,
                                          const char             *path,
                                          GError                **error);

G_END_DECLS
