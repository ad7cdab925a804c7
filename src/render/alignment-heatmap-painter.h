/* alignment-heatmap-painter.h: draws a heatmap layout onto any cairo_t
 *
 * The same painter draws the widget, the printed page and the exported
 * PDF, SVG and PNG.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>

#include "alignment-heatmap-layout.h"
#include "alignment-palette.h"

G_BEGIN_DECLS

/* Paints @layout in its own coordinates (points), background included,
 * with the colours of @palette.  @focus_row and @focus_column mark the
 * cell that has the keyboard focus (-1 for none). */
void alignment_heatmap_paint (cairo_t                      *cr,
                              const AlignmentHeatmapLayout *layout,
                              const AlignmentPalette       *palette,
                              int                           focus_row,
                              int                           focus_column);

/* A printed page's footer, @width wide with its top at @y: a hairline,
 * then @left (the case's title) and @right (page and date) in muted
 * text of @font_size points; either may be NULL.  About 2.4 font sizes
 * high. */
void alignment_heatmap_paint_footer (cairo_t                *cr,
                                     const AlignmentPalette *palette,
                                     double                  y,
                                     double                  width,
                                     double                  font_size,
                                     const char             *left,
                                     const char             *right);

/* Writes the heatmap of @case_ to @path: a figure (.pdf, .svg or .png,
 * in the print palette with a margin and, with @header, the title block
 * of alignment_figure_title_new()) or the numbers (.csv, see alignment_heatmap_to_csv()).
 * @width fits the figure into that many points (0: its natural width);
 * @dpi is a PNG's resolution.  The file is written whole or not at all. */
gboolean alignment_heatmap_export (AlignmentCase        *case_,
                                   AlignmentBucketKind   kind,
                                   AlignmentHeatmapMode  mode,
                                   AlignmentScale        scale,
                                   gboolean              header,
                                   double                width,
                                   double                dpi,
                                   const char           *path,
                                   GError              **error);
/* The same with the cells summing @view's ratings (alignment-agreement.h). */
gboolean alignment_heatmap_export_view (AlignmentCase           *case_,
                                        AlignmentBucketKind      kind,
                                        AlignmentHeatmapMode     mode,
                                        AlignmentPerceptionView  view,
                                        AlignmentScale           scale,
                                        gboolean                 header,
                                        double                   width,
                                        double                   dpi,
                                        const char              *path,
                                        GError                 **error);

G_END_DECLS
