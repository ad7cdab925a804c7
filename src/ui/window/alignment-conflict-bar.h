/* alignment-conflict-bar.h: the bar saying how many conflicts a merge
 * left to decide
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "alignment-core.h"

G_BEGIN_DECLS

#define ALIGNMENT_TYPE_CONFLICT_BAR (alignment_conflict_bar_get_type ())

G_DECLARE_FINAL_TYPE (AlignmentConflictBar, alignment_conflict_bar, ALIGNMENT, CONFLICT_BAR, GtkWidget)

/* Shows itself while the document's case holds conflicts (decided ones
 * leave it, those left for later stay and are counted); its Review…
 * button activates win.review-conflicts. */
GtkWidget *alignment_conflict_bar_new          (void);
void       alignment_conflict_bar_set_document (AlignmentConflictBar *self,
                                                AlignmentDocument    *document);
/* What the bar says now; NULL when it is hidden. */
const char *alignment_conflict_bar_get_text    (AlignmentConflictBar *self);

G_END_DECLS
