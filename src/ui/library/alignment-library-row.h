/* alignment-library-row.h: one row of the case library sidebar
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "alignment-core.h"
#include "alignment-library-item.h"

G_BEGIN_DECLS

#define ALIGNMENT_TYPE_LIBRARY_ROW (alignment_library_row_get_type ())

G_DECLARE_FINAL_TYPE (AlignmentLibraryRow, alignment_library_row, ALIGNMENT, LIBRARY_ROW, GtkWidget)

GtkWidget *alignment_library_row_new      (void);
/* Shows @item (NULL: nothing); @document is the case of @item's file as
 * the window has it open, whose unsaved changes the title marks, or
 * NULL. */
void       alignment_library_row_set_item (AlignmentLibraryRow  *self,
                                           AlignmentLibraryItem *item,
                                           AlignmentDocument    *document);
/* Whether another case of the library has the same title: the row then
 * shows its file's name (a file from elsewhere always shows its folder). */
void       alignment_library_row_set_shared_title (AlignmentLibraryRow *self,
                                                   gboolean             shared_title);

G_END_DECLS
