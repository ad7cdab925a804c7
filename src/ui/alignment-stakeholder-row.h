/* alignment-stakeholder-row.h: one stakeholder on the Details page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "alignment-core.h"

G_BEGIN_DECLS

#define ALIGNMENT_TYPE_STAKEHOLDER_ROW (alignment_stakeholder_row_get_type ())

G_DECLARE_FINAL_TYPE (AlignmentStakeholderRow, alignment_stakeholder_row, ALIGNMENT, STAKEHOLDER_ROW, GtkListBoxRow)

/* The name and the function edit @stakeholder in place, both ways (undo
 * reaches them); the party offers the parties of @document's case by
 * the names they have now.  Signal "remove": the user asked for the
 * stakeholder to go; the list that holds it removes it. */
GtkWidget            *alignment_stakeholder_row_new             (AlignmentDocument       *document,
                                                                 AlignmentStakeholder    *stakeholder);
AlignmentStakeholder *alignment_stakeholder_row_get_stakeholder (AlignmentStakeholderRow *self);

G_END_DECLS
