/* alignment-conflict-dialog.c
 *
 * The rows are built again whenever the case's conflicts change (a
 * decision, its undo, another merge), so that a row's index is always
 * the conflict's index in the case.  The buttons are actions with that
 * index as their target.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "alignment-conflict-dialog.h"
#include "alignment-merge.h"

struct _AlignmentConflictDialog
{
  AdwWindow          parent_instance;

  AlignmentDocument *document;
  GtkListBox        *list;
  GtkWidget         *stack;
  /* Per conflict, by index: the box with the entry of a third value. */
  GPtrArray         *edit_boxes;
  GPtrArray         *entries;
  GPtrArray         *errors;
};

G_DEFINE_FINAL_TYPE (AlignmentConflictDialog, alignment_conflict_dialog, ADW_TYPE_WINDOW)

static const struct {
  const char *field;
  const char *label;
} field_labels[] = {
  { "signal-type", N_("Type") },
  { "sender", N_("Sender") },
  { "start-date", N_("Start date") },
  { "end-date", N_("End date") },
  { "trigger", N_("Trigger or reason") },
  { "recipients", N_("Recipients or participants") },
  { "message", N_("Message or content") },
  { "goal", N_("Goal") },
  { "reaction", N_("Reaction of the receiver") },
  { "understood", N_("Understood as meant") },
  { "urgency", N_("Urgency intended") },
  { "urgency-understood", N_("Urgency understood") },
  { "customer-contractual", N_("Customer’s trust, contractual") },
  { "customer-operational", N_("Customer’s trust, operational") },
  { "customer-relational", N_("Customer’s trust, relational") },
  { "provider-contractual", N_("Provider’s trust, contractual") },
  { "provider-operational", N_("Provider’s trust, operational") },
  { "provider-relational", N_("Provider’s trust, relational") },
  /* A party's estimate of what the other perceived. */
  { "understood-estimate", N_("Understood as meant, as the sender estimates") },
  { "urgency-understood-estimate", N_("Urgency understood, as the sender estimates") },
  { "customer-contractual-estimate", N_("Customer’s trust, contractual, as the provider estimates") },
  { "customer-operational-estimate", N_("Customer’s trust, operational, as the provider estimates") },
  { "customer-relational-estimate", N_("Customer’s trust, relational, as the provider estimates") },
  { "provider-contractual-estimate", N_("Provider’s trust, contractual, as the customer estimates") },
  { "provider-operational-estimate", N_("Provider’s trust, operational, as the customer estimates") },
  { "provider-relational-estimate", N_("Provider’s trust, relational, as the customer estimates") },
  { "title", N_("Title") },
  { "customer-name", N_("Customer") },
  { "provider-name", N_("Service provider") },
  { "context", N_("Context") },
  { "period-start", N_("Period start") },
  { "period-end", N_("Period end") },
};

const char *
alignment_conflict_field_label (const char *field)
{
  for (guint i = 0; i < G_N_ELEMENTS (field_labels); i++)
    if (g_strcmp0 (field_labels[i].field, field) == 0)
      return _(field_labels[i].label);
  return field;
}

/* A value as the editor shows it: a choice by its label. */
static char *
display_value (const char *field,
               const char *text)
{
  g_auto(GValue) value = G_VALUE_INIT;

  if (text == NULL)
    return g_strdup (C_("conflict value", "not set"));

  if (alignment_conflict_parse_value (field, text, &value, NULL) && G_VALUE_HOLDS_ENUM (&value))
    return g_strdup (alignment_enum_to_label (G_VALUE_TYPE (&value), g_value_get_enum (&value)));
  return g_strdup (text);
}

static GtkWidget *
side_box (const char *heading,
          const char *author,
          const char *field,
          const char *text)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  g_autofree char *title = NULL;
  g_autofree char *shown = display_value (field, text);
  GtkWidget *label;

  /* Translators: "Ours — Shipyard": which copy, and whose it is. */
  title = author != NULL ? g_strdup_printf (_("%s — %s"), heading, author) : g_strdup (heading);
  label = gtk_label_new (title);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, "caption-heading");
  gtk_widget_add_css_class (label, "dim-label");
  gtk_box_append (GTK_BOX (box), label);

  label = gtk_label_new (shown);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_box_append (GTK_BOX (box), label);
  gtk_widget_set_hexpand (box, TRUE);
  return box;
}

static GtkWidget *
action_button (const char *label,
               const char *action,
               guint       index,
               const char *tooltip)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button), g_variant_new_uint32 (index));
  gtk_widget_set_tooltip_text (button, tooltip);
  return button;
}

static void decide (AlignmentConflictDialog *self, guint index, AlignmentConflictDecision decision,
                    const char *value);

/* Enter in a third value's entry is its Use button. */
static void
entry_activate_cb (AlignmentConflictDialog *self,
                   GtkEntry                *entry)
{
  guint index;

  if (g_ptr_array_find (self->entries, entry, &index))
    decide (self, index, ALIGNMENT_CONFLICT_EDIT, gtk_editable_get_text (GTK_EDITABLE (entry)));
}

static GtkWidget *
conflict_row (AlignmentConflictDialog *self,
              AlignmentConflict       *conflict,
              guint                    index)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  GtkWidget *top = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *sides = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *edit = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *edit_column = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *label, *entry, *error, *row;
  g_autofree char *title = NULL;
  g_autofree char *ours = NULL;

  gtk_widget_set_margin_top (box, 12);
  gtk_widget_set_margin_bottom (box, 12);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);

  if (g_strcmp0 (conflict->signal, ALIGNMENT_CONFLICT_CASE) == 0)
    /* Translators: a conflict about the case's own details: "Case: Title". */
    title = g_strdup_printf (_("Case: %s"), alignment_conflict_field_label (conflict->field));
  else
    /* Translators: "Signal 2c: Start date". */
    title = g_strdup_printf (_("Signal %s: %s"), conflict->signal_id != NULL ? conflict->signal_id : conflict->signal,
                             alignment_conflict_field_label (conflict->field));
  label = gtk_label_new (title);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_widget_add_css_class (label, "heading");
  gtk_box_append (GTK_BOX (top), label);
  if (conflict->later)
    {
      label = gtk_label_new (_("Left for later"));
      gtk_widget_add_css_class (label, "conflict-later");
      gtk_box_append (GTK_BOX (top), label);
    }
  gtk_box_append (GTK_BOX (box), top);

  gtk_box_set_homogeneous (GTK_BOX (sides), TRUE);
  gtk_box_append (GTK_BOX (sides), side_box (_("Ours"), conflict->ours_author, conflict->field, conflict->ours));
  gtk_box_append (GTK_BOX (sides), side_box (_("Theirs"), conflict->theirs_author, conflict->field, conflict->theirs));
  gtk_box_append (GTK_BOX (box), sides);

  gtk_box_append (GTK_BOX (buttons), action_button (_("Keep _Ours"), "conflict.keep-ours", index,
                                                    _("Keep the value this case holds")));
  gtk_box_append (GTK_BOX (buttons), action_button (_("Keep _Theirs"), "conflict.keep-theirs", index,
                                                    _("Use the value of the other party’s copy")));
  gtk_box_append (GTK_BOX (buttons), action_button (_("_Edit…"), "conflict.edit", index,
                                                    _("Type a third value")));
  if (!conflict->later)
    gtk_box_append (GTK_BOX (buttons), action_button (_("_Later"), "conflict.later", index,
                                                      _("Decide later: the conflict stays in the case, counted")));
  gtk_box_append (GTK_BOX (box), buttons);

  entry = gtk_entry_new ();
  ours = display_value (conflict->field, conflict->ours);
  gtk_editable_set_text (GTK_EDITABLE (entry), conflict->ours != NULL ? ours : "");
  gtk_widget_set_hexpand (entry, TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  alignment_conflict_field_label (conflict->field), -1);
  gtk_entry_set_activates_default (GTK_ENTRY (entry), FALSE);
  gtk_box_append (GTK_BOX (edit), entry);
  gtk_box_append (GTK_BOX (edit), action_button (_("_Use"), "conflict.use-value", index,
                                                 _("Use this value and close the conflict")));
  error = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (error), 0);
  gtk_label_set_wrap (GTK_LABEL (error), TRUE);
  gtk_widget_add_css_class (error, "error");
  gtk_widget_set_visible (error, FALSE);
  gtk_box_append (GTK_BOX (edit_column), edit);
  gtk_box_append (GTK_BOX (edit_column), error);
  gtk_widget_set_visible (edit_column, FALSE);
  gtk_box_append (GTK_BOX (box), edit_column);

  g_ptr_array_add (self->edit_boxes, edit_column);
  g_ptr_array_add (self->entries, entry);
  g_ptr_array_add (self->errors, error);
  g_signal_connect_object (entry, "activate", G_CALLBACK (entry_activate_cb), self, G_CONNECT_SWAPPED);

  row = gtk_list_box_row_new ();
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  return row;
}

static void
rebuild (AlignmentConflictDialog *self)
{
  AlignmentCase *alignment_case = alignment_document_get_case (self->document);
  GPtrArray *conflicts = alignment_case_get_conflicts (alignment_case);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list))) != NULL)
    gtk_list_box_remove (self->list, child);
  g_ptr_array_set_size (self->edit_boxes, 0);
  g_ptr_array_set_size (self->entries, 0);
  g_ptr_array_set_size (self->errors, 0);

  for (guint i = 0; i < conflicts->len; i++)
    gtk_list_box_append (self->list, conflict_row (self, g_ptr_array_index (conflicts, i), i));

  gtk_stack_set_visible_child_name (GTK_STACK (self->stack), conflicts->len > 0 ? "list" : "done");
}

static void
decide (AlignmentConflictDialog   *self,
        guint                      index,
        AlignmentConflictDecision  decision,
        const char                *value)
{
  AlignmentCase *alignment_case = alignment_document_get_case (self->document);
  AlignmentHistory *history = alignment_document_get_history (self->document);
  g_autoptr(GError) error = NULL;
  gboolean done;

  if (index >= alignment_case_get_conflicts (alignment_case)->len)
    return;

  alignment_history_begin_group (history);
  done = alignment_case_decide_conflict (alignment_case, index, decision, value, &error);
  alignment_history_end_group (history);

  if (!done && index < self->errors->len)
    {
      GtkWidget *label = g_ptr_array_index (self->errors, index);

      gtk_label_set_text (GTK_LABEL (label), error->message);
      gtk_widget_set_visible (label, TRUE);
      gtk_widget_add_css_class (g_ptr_array_index (self->entries, index), "error");
      gtk_widget_grab_focus (g_ptr_array_index (self->entries, index));
    }
}

static void
decide_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  AlignmentConflictDialog *self = ALIGNMENT_CONFLICT_DIALOG (widget);
  guint index = parameter != NULL ? g_variant_get_uint32 (parameter) : 0;

  if (g_str_equal (action_name, "conflict.keep-ours"))
    decide (self, index, ALIGNMENT_CONFLICT_KEEP_OURS, NULL);
  else if (g_str_equal (action_name, "conflict.keep-theirs"))
    decide (self, index, ALIGNMENT_CONFLICT_KEEP_THEIRS, NULL);
  else if (g_str_equal (action_name, "conflict.later"))
    decide (self, index, ALIGNMENT_CONFLICT_LATER, NULL);
  else if (g_str_equal (action_name, "conflict.use-value") && index < self->entries->len)
    decide (self, index, ALIGNMENT_CONFLICT_EDIT,
            gtk_editable_get_text (GTK_EDITABLE (g_ptr_array_index (self->entries, index))));
  else if (g_str_equal (action_name, "conflict.undo"))
    alignment_history_undo (alignment_document_get_history (self->document));
  else if (g_str_equal (action_name, "conflict.redo"))
    alignment_history_redo (alignment_document_get_history (self->document));
  else if (g_str_equal (action_name, "conflict.edit") && index < self->edit_boxes->len)
    {
      gtk_widget_set_visible (g_ptr_array_index (self->edit_boxes, index), TRUE);
      gtk_widget_grab_focus (g_ptr_array_index (self->entries, index));
    }
}

AlignmentConflictDialog *
alignment_conflict_dialog_new (GtkWindow         *parent,
                               AlignmentDocument *document)
{
  AlignmentConflictDialog *self;

  g_return_val_if_fail (ALIGNMENT_IS_DOCUMENT (document), NULL);

  self = g_object_new (ALIGNMENT_TYPE_CONFLICT_DIALOG,
                       "transient-for", parent,
                       "modal", TRUE,
                       "title", _("Conflicts"),
                       "default-width", 720,
                       "default-height", 640,
                       NULL);
  self->document = g_object_ref (document);
  g_signal_connect_object (alignment_document_get_case (document), "notify::exchange",
                           G_CALLBACK (rebuild), self, G_CONNECT_SWAPPED);
  rebuild (self);
  return self;
}

static void
alignment_conflict_dialog_dispose (GObject *object)
{
  AlignmentConflictDialog *self = ALIGNMENT_CONFLICT_DIALOG (object);

  g_clear_object (&self->document);
  g_clear_pointer (&self->edit_boxes, g_ptr_array_unref);
  g_clear_pointer (&self->entries, g_ptr_array_unref);
  g_clear_pointer (&self->errors, g_ptr_array_unref);

  G_OBJECT_CLASS (alignment_conflict_dialog_parent_class)->dispose (object);
}

static void
alignment_conflict_dialog_class_init (AlignmentConflictDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = alignment_conflict_dialog_dispose;

  gtk_widget_class_install_action (widget_class, "conflict.keep-ours", "u", decide_action);
  gtk_widget_class_install_action (widget_class, "conflict.keep-theirs", "u", decide_action);
  gtk_widget_class_install_action (widget_class, "conflict.edit", "u", decide_action);
  gtk_widget_class_install_action (widget_class, "conflict.use-value", "u", decide_action);
  gtk_widget_class_install_action (widget_class, "conflict.later", "u", decide_action);
  /* Undo and redo reach the case from here as from the window. */
  gtk_widget_class_install_action (widget_class, "conflict.undo", NULL, decide_action);
  gtk_widget_class_install_action (widget_class, "conflict.redo", NULL, decide_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "conflict.undo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "conflict.redo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
alignment_conflict_dialog_init (AlignmentConflictDialog *self)
{
  GtkWidget *content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *clamp = adw_clamp_new ();
  GtkWidget *column = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *intro, *done;

  self->edit_boxes = g_ptr_array_new ();
  self->entries = g_ptr_array_new ();
  self->errors = g_ptr_array_new ();

  gtk_box_append (GTK_BOX (content), header);

  intro = gtk_label_new (_("The two copies changed these facts differently. The case holds our value "
                           "until you decide. Each decision can be undone."));
  gtk_label_set_wrap (GTK_LABEL (intro), TRUE);
  gtk_label_set_xalign (GTK_LABEL (intro), 0);
  gtk_widget_add_css_class (intro, "dim-label");
  gtk_box_append (GTK_BOX (column), intro);

  self->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (self->list), "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Conflicts"), -1);
  gtk_box_append (GTK_BOX (column), GTK_WIDGET (self->list));
  gtk_widget_set_margin_top (column, 12);
  gtk_widget_set_margin_bottom (column, 12);
  gtk_widget_set_margin_start (column, 12);
  gtk_widget_set_margin_end (column, 12);
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 900);
  adw_clamp_set_child (ADW_CLAMP (clamp), column);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), clamp);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);

  done = adw_status_page_new ();
  adw_status_page_set_icon_name (ADW_STATUS_PAGE (done), "emblem-ok-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (done), _("No Conflicts Left"));
  adw_status_page_set_description (ADW_STATUS_PAGE (done), _("Every conflict of the merge is decided."));

  self->stack = gtk_stack_new ();
  gtk_stack_add_named (GTK_STACK (self->stack), scrolled, "list");
  gtk_stack_add_named (GTK_STACK (self->stack), done, "done");
  gtk_widget_set_vexpand (self->stack, TRUE);
  gtk_box_append (GTK_BOX (content), self->stack);

  adw_window_set_content (ADW_WINDOW (self), content);
}
