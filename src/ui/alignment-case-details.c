/* alignment-case-details.c: the Details page of a case
 *
 * Built in code rather than from a template: the fixed part is four
 * groups; the stakeholder and lesson rows are widgets of their own.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "alignment-case-details.h"
#include "alignment-entry-commit.h"
#include "alignment-lesson-row.h"
#include "alignment-stakeholder-row.h"

struct _AlignmentCaseDetails
{
  GtkWidget          parent_instance;

  GtkWidget         *scrolled;
  AdwEntryRow       *title_row;
  AdwEntryRow       *customer_row;
  AdwEntryRow       *provider_row;
  AdwEntryRow       *period_start_row;
  AdwEntryRow       *period_end_row;
  GtkTextBuffer     *context;
  GtkListBox        *stakeholders_box;
  GtkListBox        *lessons_box;

  AlignmentDocument *document;
  GSignalGroup      *case_signals;
  GBindingGroup     *case_bindings;
  guint              updating;
};

G_DEFINE_FINAL_TYPE (AlignmentCaseDetails, alignment_case_details, GTK_TYPE_WIDGET)

static AlignmentCase *
get_case (AlignmentCaseDetails *self)
{
  return self->document != NULL ? alignment_document_get_case (self->document) : NULL;
}

/* ---- Case fields ----------------------------------------------------------- */

static void
refresh_case (AlignmentCaseDetails *self)
{
  AlignmentCase *c = get_case (self);
  g_autofree char *context = NULL;
  GtkTextIter start, end;
  char date[16];

  if (c == NULL)
    return;

  self->updating++;
  date[0] = '\0';
  if (alignment_case_get_period_start (c) != 0)
    alignment_date_format_iso (alignment_case_get_period_start (c), date);
  if (!gtk_widget_has_css_class (GTK_WIDGET (self->period_start_row), "error"))
    alignment_entry_commit_show_text (GTK_EDITABLE (self->period_start_row), date);
  date[0] = '\0';
  if (alignment_case_get_period_end (c) != 0)
    alignment_date_format_iso (alignment_case_get_period_end (c), date);
  if (!gtk_widget_has_css_class (GTK_WIDGET (self->period_end_row), "error"))
    alignment_entry_commit_show_text (GTK_EDITABLE (self->period_end_row), date);

  gtk_text_buffer_get_bounds (self->context, &start, &end);
  context = gtk_text_buffer_get_text (self->context, &start, &end, FALSE);
  if (g_strcmp0 (context, alignment_case_get_context (c)) != 0)
    gtk_text_buffer_set_text (self->context, alignment_case_get_context (c), -1);
  self->updating--;
}

static void
context_changed_cb (GtkTextBuffer        *buffer,
                    AlignmentCaseDetails *self)
{
  g_autofree char *text = NULL;
  GtkTextIter start, end;

  if (self->updating || get_case (self) == NULL)
    return;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  alignment_case_set_context (get_case (self), text);
}

static void
apply_period (AlignmentCaseDetails *self,
              AdwEntryRow          *row)
{
  g_autofree char *message = NULL;
  guint32 julian = 0;

  if (self->updating || get_case (self) == NULL)
    return;

  if (!alignment_form_parse_date (gtk_editable_get_text (GTK_EDITABLE (row)), 0, &julian, &message))
    {
      /* Kept as typed, and said why. */
      gtk_widget_add_css_class (GTK_WIDGET (row), "error");
      gtk_widget_set_tooltip_text (GTK_WIDGET (row), message);
      return;
    }

  gtk_widget_remove_css_class (GTK_WIDGET (row), "error");
  gtk_widget_set_tooltip_text (GTK_WIDGET (row), NULL);
  if (row == self->period_start_row)
    alignment_case_set_period_start (get_case (self), julian);
  else
    alignment_case_set_period_end (get_case (self), julian);
  refresh_case (self);
}

static void
period_activated_cb (AdwEntryRow          *row,
                     AlignmentCaseDetails *self)
{
  apply_period (self, row);
}

static void
period_leave_cb (GtkEventControllerFocus *controller,
                 AlignmentCaseDetails    *self)
{
  apply_period (self, ADW_ENTRY_ROW (gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller))));
}

static AlignmentDocument *
get_document (gpointer data)
{
  return ALIGNMENT_CASE_DETAILS (data)->document;
}

/* ---- Stakeholders and lessons --------------------------------------------- */

/* The list is the user data: a row knows its item, not where it is. */
static void
item_remove_cb (AlignmentItemRow *row,
                GListStore       *store)
{
  guint position;

  if (g_list_store_find (store, alignment_item_row_get_item (row), &position))
    g_list_store_remove (store, position);
}

static void
lesson_move_cb (AlignmentLessonRow   *row,
                int                   delta,
                AlignmentCaseDetails *self)
{
  GListStore *store = alignment_case_get_lessons (get_case (self));
  AlignmentHistory *history = alignment_document_get_history (self->document);
  g_autoptr(GObject) keep = g_object_ref (alignment_item_row_get_item (ALIGNMENT_ITEM_ROW (row)));
  guint position;
  int target;

  if (!g_list_store_find (store, keep, &position))
    return;
  target = (int) position + delta;
  if (target < 0 || target >= (int) g_list_model_get_n_items (G_LIST_MODEL (store)))
    return;

  /* A move is one step, not a removal and an insertion. */
  alignment_history_begin_group (history);
  g_list_store_remove (store, position);
  g_list_store_insert (store, (guint) target, keep);
  alignment_history_end_group (history);
}

static GtkWidget *
create_stakeholder_row (gpointer item,
                        gpointer user_data)
{
  AlignmentCaseDetails *self = user_data;
  GtkWidget *row = alignment_stakeholder_row_new (self->document, item);

  g_signal_connect_object (row, "remove", G_CALLBACK (item_remove_cb),
                           alignment_case_get_stakeholders (get_case (self)), 0);
  return row;
}

static GtkWidget *
create_lesson_row (gpointer item,
                   gpointer user_data)
{
  AlignmentCaseDetails *self = user_data;
  GtkWidget *row = alignment_lesson_row_new (self->document, item);

  g_signal_connect (row, "move", G_CALLBACK (lesson_move_cb), self);
  g_signal_connect_object (row, "remove", G_CALLBACK (item_remove_cb),
                           alignment_case_get_lessons (get_case (self)), 0);
  return row;
}

static void
add_stakeholder_cb (AlignmentCaseDetails *self)
{
  g_autoptr(AlignmentStakeholder) item = NULL;

  if (get_case (self) == NULL)
    return;

  item = alignment_stakeholder_new ("", ALIGNMENT_PARTY_UNKNOWN, "");
  g_list_store_append (alignment_case_get_stakeholders (get_case (self)), item);
}

static void
add_lesson_cb (AlignmentCaseDetails *self)
{
  g_autoptr(AlignmentLesson) item = NULL;

  if (get_case (self) == NULL)
    return;

  item = alignment_lesson_new ("");
  g_list_store_append (alignment_case_get_lessons (get_case (self)), item);
}

/* ---- Public API ------------------------------------------------------------ */

GtkWidget *
alignment_case_details_new (void)
{
  return g_object_new (ALIGNMENT_TYPE_CASE_DETAILS, NULL);
}

void
alignment_case_details_set_document (AlignmentCaseDetails *self,
                                     AlignmentDocument    *document)
{
  AlignmentCase *c;

  g_return_if_fail (ALIGNMENT_IS_CASE_DETAILS (self));

  if (!g_set_object (&self->document, document))
    return;

  c = get_case (self);
  g_signal_group_set_target (self->case_signals, c);
  g_binding_group_set_source (self->case_bindings, c);
  if (c == NULL)
    {
      gtk_list_box_bind_model (self->stakeholders_box, NULL, NULL, NULL, NULL);
      gtk_list_box_bind_model (self->lessons_box, NULL, NULL, NULL, NULL);
      return;
    }

  gtk_list_box_bind_model (self->stakeholders_box, G_LIST_MODEL (alignment_case_get_stakeholders (c)),
                           create_stakeholder_row, self, NULL);
  gtk_list_box_bind_model (self->lessons_box, G_LIST_MODEL (alignment_case_get_lessons (c)),
                           create_lesson_row, self, NULL);
  refresh_case (self);
}

/* ---- Construction ---------------------------------------------------------- */

static AdwEntryRow *
add_entry_row (AlignmentCaseDetails *self,
               AdwPreferencesGroup  *group,
               const char           *title,
               const char           *property)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_editable_set_enable_undo (GTK_EDITABLE (row), FALSE);
  adw_preferences_group_add (group, row);
  if (property != NULL)
    {
      g_binding_group_bind (self->case_bindings, property, row, "text",
                            G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
      alignment_entry_commit_end_step_on_leave (row, get_document, self);
    }
  return ADW_ENTRY_ROW (row);
}

static GtkListBox *
add_list_group (AlignmentCaseDetails *self,
                GtkBox               *page,
                const char           *title,
                const char           *description,
                const char           *add_tooltip,
                const char           *placeholder,
                GCallback             add_cb)
{
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *add = gtk_button_new_from_icon_name ("list-add-symbolic");
  GtkWidget *list = gtk_list_box_new ();
  GtkWidget *empty = gtk_label_new (placeholder);

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), description);
  gtk_widget_set_tooltip_text (add, add_tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (add), GTK_ACCESSIBLE_PROPERTY_LABEL, add_tooltip, -1);
  gtk_widget_add_css_class (add, "flat");
  g_signal_connect_swapped (add, "clicked", add_cb, self);
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (group), add);

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_widget_add_css_class (empty, "dim-label");
  gtk_widget_set_margin_top (empty, 12);
  gtk_widget_set_margin_bottom (empty, 12);
  gtk_list_box_set_placeholder (GTK_LIST_BOX (list), empty);
  gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), list);
  gtk_box_append (page, group);

  return GTK_LIST_BOX (list);
}

static void
alignment_case_details_dispose (GObject *object)
{
  AlignmentCaseDetails *self = ALIGNMENT_CASE_DETAILS (object);

  g_clear_object (&self->case_signals);
  g_clear_object (&self->case_bindings);
  g_clear_object (&self->document);
  g_clear_pointer (&self->scrolled, gtk_widget_unparent);

  G_OBJECT_CLASS (alignment_case_details_parent_class)->dispose (object);
}

static void
alignment_case_details_class_init (AlignmentCaseDetailsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = alignment_case_details_dispose;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
alignment_case_details_init (AlignmentCaseDetails *self)
{
  GtkWidget *clamp = adw_clamp_new ();
  GtkWidget *page = gtk_box_new (GTK_ORIENTATION_VERTICAL, 24);
  GtkWidget *group;
  GtkWidget *frame, *view;

  /* The case's own text fields follow it both ways. */
  self->case_bindings = g_binding_group_new ();
  self->scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (self->scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_widget_set_parent (self->scrolled, GTK_WIDGET (self));
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (self->scrolled), clamp);
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 720);
  adw_clamp_set_child (ADW_CLAMP (clamp), page);
  gtk_widget_set_margin_top (page, 24);
  gtk_widget_set_margin_bottom (page, 24);
  gtk_widget_set_margin_start (page, 12);
  gtk_widget_set_margin_end (page, 12);

  group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Case"));
  self->title_row = add_entry_row (self, ADW_PREFERENCES_GROUP (group), _("Title"), "title");
  self->customer_row = add_entry_row (self, ADW_PREFERENCES_GROUP (group), _("Customer"), "customer-name");
  self->provider_row = add_entry_row (self, ADW_PREFERENCES_GROUP (group), _("Service provider"), "provider-name");
  gtk_box_append (GTK_BOX (page), group);

  group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Period"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                         _("Type a date as 1-2-2024, 7 feb 2024 or 2024-02-01, and press Enter."));
  self->period_start_row = add_entry_row (self, ADW_PREFERENCES_GROUP (group), _("From"), NULL);
  self->period_end_row = add_entry_row (self, ADW_PREFERENCES_GROUP (group), _("To"), NULL);
  g_signal_connect (self->period_start_row, "entry-activated", G_CALLBACK (period_activated_cb), self);
  g_signal_connect (self->period_end_row, "entry-activated", G_CALLBACK (period_activated_cb), self);
  alignment_entry_commit_on_leave (GTK_WIDGET (self->period_start_row), G_CALLBACK (period_leave_cb), self);
  alignment_entry_commit_on_leave (GTK_WIDGET (self->period_end_row), G_CALLBACK (period_leave_cb), self);
  gtk_box_append (GTK_BOX (page), group);

  group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Context"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                         _("What the case is about: the change, the contract, the people."));
  frame = gtk_frame_new (NULL);
  view = gtk_text_view_new ();
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (view), 8);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (view), 8);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (view), 10);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (view), 10);
  gtk_widget_set_size_request (view, -1, 96);
  gtk_accessible_update_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Context"), -1);
  gtk_frame_set_child (GTK_FRAME (frame), view);
  gtk_widget_add_css_class (frame, "view");
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), frame);
  gtk_box_append (GTK_BOX (page), group);
  self->context = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
  gtk_text_buffer_set_enable_undo (self->context, FALSE);
  g_signal_connect (self->context, "changed", G_CALLBACK (context_changed_cb), self);
  alignment_entry_commit_end_step_on_leave (view, get_document, self);

  self->stakeholders_box = add_list_group (self, GTK_BOX (page), _("Stakeholders"),
                                           _("The people and roles taking part, and their party."),
                                           _("Add Stakeholder"), _("No stakeholders yet"),
                                           G_CALLBACK (add_stakeholder_cb));
  self->lessons_box = add_list_group (self, GTK_BOX (page), _("Lessons Learned"),
                                      _("What the parties agreed on after reviewing the case together, in order."),
                                      _("Add Lesson"), _("No lessons yet"),
                                      G_CALLBACK (add_lesson_cb));
  /* Undo and redo change the case behind the form's back. */
  self->case_signals = g_signal_group_new (ALIGNMENT_TYPE_CASE);
  g_signal_group_connect_swapped (self->case_signals, "notify", G_CALLBACK (refresh_case), self);
}
