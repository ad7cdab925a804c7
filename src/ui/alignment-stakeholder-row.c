/* alignment-stakeholder-row.c: one stakeholder on the Details page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "alignment-entry-commit.h"
#include "alignment-stakeholder-row.h"

struct _AlignmentStakeholderRow
{
  GtkListBoxRow         parent_instance;

  /* Template children */
  GtkEntry             *name_entry;
  GtkDropDown          *party_dropdown;
  GtkEntry             *function_entry;

  AlignmentDocument    *document;
  AlignmentStakeholder *stakeholder;
};

G_DEFINE_FINAL_TYPE (AlignmentStakeholderRow, alignment_stakeholder_row, GTK_TYPE_LIST_BOX_ROW)

enum
{
  REMOVE,
  N_SIGNALS
};

static guint row_signals[N_SIGNALS];

static AlignmentDocument *
get_document (gpointer data)
{
  return ALIGNMENT_STAKEHOLDER_ROW (data)->document;
}

static void
party_selected_cb (AlignmentStakeholderRow *self)
{
  alignment_stakeholder_set_party (self->stakeholder,
                                   (AlignmentParty) gtk_drop_down_get_selected (self->party_dropdown));
}

static void
remove_clicked_cb (AlignmentStakeholderRow *self)
{
  g_signal_emit (self, row_signals[REMOVE], 0);
}

GtkWidget *
alignment_stakeholder_row_new (AlignmentDocument    *document,
                               AlignmentStakeholder *stakeholder)
{
  AlignmentStakeholderRow *self;
  AlignmentCase *c;
  g_autoptr(GtkStringList) parties = NULL;

  g_return_val_if_fail (ALIGNMENT_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (ALIGNMENT_IS_STAKEHOLDER (stakeholder), NULL);

  self = g_object_new (ALIGNMENT_TYPE_STAKEHOLDER_ROW, NULL);
  self->document = g_object_ref (document);
  self->stakeholder = g_object_ref (stakeholder);
  c = alignment_document_get_case (document);

  /* Undo and redo change the stakeholder behind the entries' back. */
  g_object_bind_property (stakeholder, "name", self->name_entry, "text",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  g_object_bind_property (stakeholder, "function", self->function_entry, "text",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);

  parties = gtk_string_list_new ((const char *[]) {
                                   C_("party", "Unknown"),
                                   alignment_case_get_party_name (c, ALIGNMENT_PARTY_CUSTOMER),
                                   alignment_case_get_party_name (c, ALIGNMENT_PARTY_PROVIDER),
                                   NULL });
  gtk_drop_down_set_model (self->party_dropdown, G_LIST_MODEL (parties));
  gtk_drop_down_set_selected (self->party_dropdown, alignment_stakeholder_get_party (stakeholder));
  g_signal_connect_swapped (self->party_dropdown, "notify::selected", G_CALLBACK (party_selected_cb), self);

  alignment_entry_commit_end_step_on_leave (GTK_WIDGET (self->name_entry), get_document, self);
  alignment_entry_commit_end_step_on_leave (GTK_WIDGET (self->function_entry), get_document, self);

  return GTK_WIDGET (self);
}

AlignmentStakeholder *
alignment_stakeholder_row_get_stakeholder (AlignmentStakeholderRow *self)
{
  g_return_val_if_fail (ALIGNMENT_IS_STAKEHOLDER_ROW (self), NULL);

  return self->stakeholder;
}

static void
alignment_stakeholder_row_dispose (GObject *object)
{
  AlignmentStakeholderRow *self = ALIGNMENT_STAKEHOLDER_ROW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), ALIGNMENT_TYPE_STAKEHOLDER_ROW);
  g_clear_object (&self->stakeholder);
  g_clear_object (&self->document);

  G_OBJECT_CLASS (alignment_stakeholder_row_parent_class)->dispose (object);
}

static void
alignment_stakeholder_row_class_init (AlignmentStakeholderRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = alignment_stakeholder_row_dispose;

  row_signals[REMOVE] =
    g_signal_new ("remove", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/Alignment/alignment-stakeholder-row.ui");
  gtk_widget_class_bind_template_child (widget_class, AlignmentStakeholderRow, name_entry);
  gtk_widget_class_bind_template_child (widget_class, AlignmentStakeholderRow, party_dropdown);
  gtk_widget_class_bind_template_child (widget_class, AlignmentStakeholderRow, function_entry);
  gtk_widget_class_bind_template_callback (widget_class, remove_clicked_cb);
}

static void
alignment_stakeholder_row_init (AlignmentStakeholderRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
