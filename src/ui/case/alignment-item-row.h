/* alignment-item-row.h: a row that edits one item of a case's list
 *
 * The Details page's stakeholder and lesson rows are such rows: each
 * holds its item and the document it belongs to, edits the item in
 * place, and asks for the item's removal through the "remove" signal
 * (action "row.remove"); the page, which knows the list, removes it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "alignment-core.h"

G_BEGIN_DECLS

#define ALIGNMENT_TYPE_ITEM_ROW (alignment_item_row_get_type ())

G_DECLARE_DERIVABLE_TYPE (AlignmentItemRow, alignment_item_row, ALIGNMENT, ITEM_ROW, GtkListBoxRow)

struct _AlignmentItemRowClass
{
  GtkListBoxRowClass parent_class;
};

/* Properties "document" and "item", construct-only. */
AlignmentDocument *alignment_item_row_get_document (AlignmentItemRow *self);
gpointer           alignment_item_row_get_item     (AlignmentItemRow *self);
/* Edits the item's string @property in @entry, both ways: undo and redo
 * change the item behind the entry's back.  Leaving the entry ends its
 * typing step. */
void               alignment_item_row_bind_entry   (AlignmentItemRow *self,
                                                    const char       *property,
                                                    GtkEntry         *entry);
/* The same for a text view, for text that wraps over lines. */
void               alignment_item_row_bind_text_view (AlignmentItemRow *self,
                                                      const char       *property,
                                                      GtkTextView      *view);

G_END_DECLS
