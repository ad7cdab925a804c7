/* alignment-heatmap-print.h: printing the heatmap
 *
 * A GtkPrintOperation that prints the heatmap on one page, landscape,
 * fitted to the page, under a header with the case's title and period,
 * with the painter that draws it on screen and in exports (always with
 * the print palette, on white).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "alignment-core.h"
#include "alignment-palette.h"

G_BEGIN_DECLS

#define ALIGNMENT_TYPE_HEATMAP_PRINT (alignment_heatmap_print_get_type ())

G_DECLARE_FINAL_TYPE (AlignmentHeatmapPrint, alignment_heatmap_print, ALIGNMENT, HEATMAP_PRINT, GtkPrintOperation)

/* The heatmap of @case_ by @kind in @mode, coloured on @scale.  Run it
 * with gtk_print_operation_run(): GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG
 * to print, or GTK_PRINT_OPERATION_ACTION_EXPORT with an export filename
 * to write a PDF. */
AlignmentHeatmapPrint *alignment_heatmap_print_new (AlignmentCase        *case_,
                                                    AlignmentBucketKind   kind,
                                                    AlignmentHeatmapMode  mode,
                                                    AlignmentScale        scale);

/* The scale the last page was drawn at: above 1 when the figure was
 * enlarged to fill the page, below when it was shrunk to fit it. */
/* The title block above the heatmap (case, parties, period); on unless
 * switched off. */
void                   alignment_heatmap_print_set_title_block (AlignmentHeatmapPrint *self,
                                                                gboolean               show);

double                 alignment_heatmap_print_get_scale (AlignmentHeatmapPrint *self);

/* Whose ratings the cells sum, as on screen; each party's own unless set. */
void                   alignment_heatmap_print_set_view (AlignmentHeatmapPrint   *self,
                                                         AlignmentPerceptionView  view);

G_END_DECLS
