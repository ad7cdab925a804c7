/* alignment-conflict-dialog.h: the conflicts a merge left, side by side
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "alignment-core.h"

G_BEGIN_DECLS

#define ALIGNMENT_TYPE_CONFLICT_DIALOG (alignment_conflict_dialog_get_type ())

G_DECLARE_FINAL_TYPE (AlignmentConflictDialog, alignment_conflict_dialog, ALIGNMENT, CONFLICT_DIALOG, AdwWindow)

/* Lists each conflict of @document's case: the signal, the field, both
 * values and both authors, with Keep Ours, Keep Theirs, Edit (a third
 * value, checked as the editor checks one) and Later.  Each decision is
 * one step of the document's history.  The list follows the case, also
 * when a decision is undone. */
AlignmentConflictDialog *alignment_conflict_dialog_new (GtkWindow         *parent,
                                                        AlignmentDocument *document);

/* Human name of a signal field a conflict names ("Start date"). */
const char *alignment_conflict_field_label (const char *field);

G_END_DECLS
