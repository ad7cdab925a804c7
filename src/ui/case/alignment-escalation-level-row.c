/* alignment-escalation-level-row.c: one escalation level on the Details
 * page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "alignment-escalation-level-row.h"

struct _AlignmentEscalationLevelRow
{
  AlignmentItemRow  parent_instance;

  /* Template children */
  GtkLabel         *number_label;
  GtkEntry         *name_entry;
  GtkEntry         *covers_entry;
};

G_DEFINE_FINAL_TYPE (AlignmentEscalationLevelRow, alignment_escalation_level_row, ALIGNMENT_TYPE_ITEM_ROW)

static void
number_changed_cb (AlignmentEscalationLevelRow *self)
{
  AlignmentEscalationLevel *level = alignment_item_row_get_item (ALIGNMENT_ITEM_ROW (self));
  g_autofree char *number = g_strdup_printf ("%u", alignment_escalation_level_get_number (level));
  /* TRANSLATORS: the accessible name of an escalation level's number */
  g_autofree char *name = g_strdup_printf (_("Level %u"), alignment_escalation_level_get_number (level));

  gtk_label_set_text (self->number_label, number);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->number_label), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
}

GtkWidget *
alignment_escalation_level_row_new (AlignmentDocument        *document,
                                    AlignmentEscalationLevel *level)
{
  AlignmentEscalationLevelRow *self;

  g_return_val_if_fail (ALIGNMENT_IS_ESCALATION_LEVEL (level), NULL);

  self = g_object_new (ALIGNMENT_TYPE_ESCALATION_LEVEL_ROW, "document", document, "item", level, NULL);
  alignment_item_row_bind_entry (ALIGNMENT_ITEM_ROW (self), "name", self->name_entry);
  alignment_item_row_bind_entry (ALIGNMENT_ITEM_ROW (self), "covers", self->covers_entry);
  g_signal_connect_object (level, "notify::number", G_CALLBACK (number_changed_cb), self, G_CONNECT_SWAPPED);
  number_changed_cb (self);

  return GTK_WIDGET (self);
}

static void
alignment_escalation_level_row_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), ALIGNMENT_TYPE_ESCALATION_LEVEL_ROW);

  G_OBJECT_CLASS (alignment_escalation_level_row_parent_class)->dispose (object);
}

static void
alignment_escalation_level_row_class_init (AlignmentEscalationLevelRowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = alignment_escalation_level_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/Alignment/alignment-escalation-level-row.ui");
  gtk_widget_class_bind_template_child (widget_class, AlignmentEscalationLevelRow, number_label);
  gtk_widget_class_bind_template_child (widget_class, AlignmentEscalationLevelRow, name_entry);
  gtk_widget_class_bind_template_child (widget_class, AlignmentEscalationLevelRow, covers_entry);
}

static void
alignment_escalation_level_row_init (AlignmentEscalationLevelRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
