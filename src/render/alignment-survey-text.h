/* alignment-survey-text.h: placing text in the survey's figures
 *
 * Private to src/render: the form and the trend measure and show pango
 * layouts the same way.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <pango/pangocairo.h>

#include "alignment-palette.h"

G_BEGIN_DECLS

/* @layout's logical width and height in points. */
double alignment_survey_text_width  (PangoLayout         *layout);
double alignment_survey_text_height (PangoLayout         *layout);
/* Shows @layout with its top left at @x, @y in @color; returns its
 * height. */
double alignment_survey_text_show   (cairo_t             *cr,
                                     PangoLayout         *layout,
                                     const AlignmentRgba *color,
                                     double               x,
                                     double               y);

G_END_DECLS
