/* alignment-board-row.h: one governance board on the Details page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "alignment-item-row.h"

G_BEGIN_DECLS

#define ALIGNMENT_TYPE_BOARD_ROW (alignment_board_row_get_type ())

G_DECLARE_FINAL_TYPE (AlignmentBoardRow, alignment_board_row, ALIGNMENT, BOARD_ROW, AlignmentItemRow)

/* The name and the cadence edit @board in place. */
GtkWidget *alignment_board_row_new (AlignmentDocument *document,
                                    AlignmentBoard    *board);

G_END_DECLS
