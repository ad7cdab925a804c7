/* alignment-stakeholder-row.h: one stakeholder on the Details page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "alignment-item-row.h"

G_BEGIN_DECLS

#define ALIGNMENT_TYPE_STAKEHOLDER_ROW (alignment_stakeholder_row_get_type ())

G_DECLARE_FINAL_TYPE (AlignmentStakeholderRow, alignment_stakeholder_row, ALIGNMENT, STAKEHOLDER_ROW, AlignmentItemRow)

/* The name and the function edit @stakeholder in place; the party offers
 * the parties of @document's case by the names they have now. */
GtkWidget *alignment_stakeholder_row_new (AlignmentDocument    *document,
                                          AlignmentStakeholder *stakeholder);

G_END_DECLS
