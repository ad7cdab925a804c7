/* alignment-survey-text.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "alignment-survey-text.h"

double
alignment_survey_text_width (PangoLayout *layout)
{
  int width;

  pango_layout_get_size (layout, &width, NULL);
  return pango_units_to_double (width);
}

double
alignment_survey_text_height (PangoLayout *layout)
{
  int height;

  pango_layout_get_size (layout, NULL, &height);
  return pango_units_to_double (height);
}

double
alignment_survey_text_show (cairo_t             *cr,
                            PangoLayout         *layout,
                            const AlignmentRgba *color,
                            double               x,
                            double               y)
{
  alignment_rgba_set_source (cr, color);
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
  return alignment_survey_text_height (layout);
}
