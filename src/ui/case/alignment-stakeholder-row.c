/* alignment-stakeholder-row.c: one stakeholder on the Details page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "alignment-stakeholder-row.h"

struct _AlignmentStakeholderRow
{
  AlignmentItemRow  parent_instance;

  /* Template children */
  GtkEntry         *name_entry;
  GtkDropDown      *party_dropdown;
  GtkTextView      *function_view;
};

G_DEFINE_FINAL_TYPE (AlignmentStakeholderRow, alignment_stakeholder_row, ALIGNMENT_TYPE_ITEM_ROW)

static void
party_selected_cb (AlignmentStakeholderRow *self)
{
  alignment_stakeholder_set_party (alignment_item_row_get_item (ALIGNMENT_ITEM_ROW (self)),
                                   (AlignmentParty) gtk_drop_down_get_selected (self->party_dropdown));
}

GtkWidget *
alignment_stakeholder_row_new (AlignmentDocument    *document,
                               AlignmentStakeholder *stakeholder)
{
  AlignmentStakeholderRow *self;
  AlignmentCase *c;
  g_autoptr(GtkStringList) parties = NULL;

  g_return_val_if_fail (ALIGNMENT_IS_STAKEHOLDER (stakeholder), NULL);

  self = g_object_new (ALIGNMENT_TYPE_STAKEHOLDER_ROW, "document", document, "item", stakeholder, NULL);
  alignment_item_row_bind_entry (ALIGNMENT_ITEM_ROW (self), "name", self->name_entry);
  alignment_item_row_bind_text_view (ALIGNMENT_ITEM_ROW (self), "function", self->function_view);

  c = alignment_document_get_case (document);
  parties = gtk_string_list_new ((const char *[]) {
                                   C_("party", "Unknown"),
                                   alignment_case_get_party_name (c, ALIGNMENT_PARTY_CUSTOMER),
                                   alignment_case_get_party_name (c, ALIGNMENT_PARTY_PROVIDER),
                                   NULL });
  gtk_drop_down_set_model (self->party_dropdown, G_LIST_MODEL (parties));
  gtk_drop_down_set_selected (self->party_dropdown, alignment_stakeholder_get_party (stakeholder));
  g_signal_connect_swapped (self->party_dropdown, "notify::selected", G_CALLBACK (party_selected_cb), self);

  return GTK_WIDGET (self);
}

static void
alignment_stakeholder_row_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), ALIGNMENT_TYPE_STAKEHOLDER_ROW);

  G_OBJECT_CLASS (alignment_stakeholder_row_parent_class)->dispose (object);
}

static void
alignment_stakeholder_row_class_init (AlignmentStakeholderRowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = alignment_stakeholder_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/Alignment/alignment-stakeholder-row.ui");
  gtk_widget_class_bind_template_child (widget_class, AlignmentStakeholderRow, name_entry);
  gtk_widget_class_bind_template_child (widget_class, AlignmentStakeholderRow, party_dropdown);
  gtk_widget_class_bind_template_child (widget_class, AlignmentStakeholderRow, function_view);
}

static void
alignment_stakeholder_row_init (AlignmentStakeholderRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
