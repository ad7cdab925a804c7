/* alignment-board-row.c: one governance board on the Details page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "alignment-board-row.h"

struct _AlignmentBoardRow
{
  AlignmentItemRow  parent_instance;

  /* Template children */
  GtkEntry         *name_entry;
  GtkEntry         *cadence_entry;
};

G_DEFINE_FINAL_TYPE (AlignmentBoardRow, alignment_board_row, ALIGNMENT_TYPE_ITEM_ROW)

GtkWidget *
alignment_board_row_new (AlignmentDocument *document,
                         AlignmentBoard    *board)
{
  AlignmentBoardRow *self;

  g_return_val_if_fail (ALIGNMENT_IS_BOARD (board), NULL);

  self = g_object_new (ALIGNMENT_TYPE_BOARD_ROW, "document", document, "item", board, NULL);
  alignment_item_row_bind_entry (ALIGNMENT_ITEM_ROW (self), "name", self->name_entry);
  alignment_item_row_bind_entry (ALIGNMENT_ITEM_ROW (self), "cadence", self->cadence_entry);

  return GTK_WIDGET (self);
}

static void
alignment_board_row_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), ALIGNMENT_TYPE_BOARD_ROW);

  G_OBJECT_CLASS (alignment_board_row_parent_class)->dispose (object);
}

static void
alignment_board_row_class_init (AlignmentBoardRowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = alignment_board_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/Alignment/alignment-board-row.ui");
  gtk_widget_class_bind_template_child (widget_class, AlignmentBoardRow, name_entry);
  gtk_widget_class_bind_template_child (widget_class, AlignmentBoardRow, cadence_entry);
}

static void
alignment_board_row_init (AlignmentBoardRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
