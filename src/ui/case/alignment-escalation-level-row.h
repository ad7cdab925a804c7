/* alignment-escalation-level-row.h: one escalation level on the Details
 * page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "alignment-item-row.h"

G_BEGIN_DECLS

#define ALIGNMENT_TYPE_ESCALATION_LEVEL_ROW (alignment_escalation_level_row_get_type ())

G_DECLARE_FINAL_TYPE (AlignmentEscalationLevelRow, alignment_escalation_level_row, ALIGNMENT, ESCALATION_LEVEL_ROW, AlignmentItemRow)

/* The level's number shows; its name and what it covers edit @level in
 * place. */
GtkWidget *alignment_escalation_level_row_new (AlignmentDocument        *document,
                                               AlignmentEscalationLevel *level);

G_END_DECLS
