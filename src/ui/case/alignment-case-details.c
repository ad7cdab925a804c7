/* alignment-case-details.c: the Details page of a case
 *
 * The page is its template; the stakeholder and lesson rows are widgets
 * of their own, made for the case's lists.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "alignment-case-details.h"
#include "alignment-entry-commit.h"
#include "alignment-lesson-row.h"
#include "alignment-stakeholder-row.h"
#include "alignment-board-row.h"
#include "alignment-escalation-level-row.h"

struct _AlignmentCaseDetails
{
  GtkWidget          parent_instance;

  /* Template children */
  GtkWidget         *scrolled;
  AdwEntryRow       *title_row;
  AdwEntryRow       *customer_row;
  AdwEntryRow       *provider_row;
  AdwEntryRow       *period_start_row;
  AdwEntryRow       *period_end_row;
  GtkTextView       *context_view;
  GtkListBox        *stakeholders_box;
  GtkListBox        *lessons_box;
  GtkListBox        *boards_box;
  GtkListBox        *levels_box;

  GtkTextBuffer     *context;
  AlignmentDocument *document;
  GSignalGroup      *case_signals;
  GBindingGroup     *case_bindings;
  guint              updating;
  /* The rows of the lists are made for the case when the page is first
   * shown, not while a case opens on another view. */
  gboolean           rows_pending;
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

/* ---- Governance ------------------------------------------------------------ */

static GtkWidget *
create_board_row (gpointer item,
                  gpointer user_data)
{
  AlignmentCaseDetails *self = user_data;
  GtkWidget *row = alignment_board_row_new (self->document, item);

  g_signal_connect_object (row, "remove", G_CALLBACK (item_remove_cb),
                           alignment_case_get_boards (get_case (self)), 0);
  return row;
}

static GtkWidget *
create_level_row (gpointer item,
                  gpointer user_data)
{
  AlignmentCaseDetails *self = user_data;
  GtkWidget *row = alignment_escalation_level_row_new (self->document, item);

  g_signal_connect_object (row, "remove", G_CALLBACK (item_remove_cb),
                           alignment_case_get_escalation_levels (get_case (self)), 0);
  return row;
}

static void
add_board_cb (AlignmentCaseDetails *self)
{
  g_autoptr(AlignmentBoard) item = NULL;

  if (get_case (self) == NULL)
    return;

  item = alignment_board_new ("", "");
  g_list_store_append (alignment_case_get_boards (get_case (self)), item);
}

/* A new level goes above the highest: levels are numbered upwards. */
static void
add_level_cb (AlignmentCaseDetails *self)
{
  g_autoptr(AlignmentEscalationLevel) item = NULL;
  GListModel *levels;
  guint highest = 0;

  if (get_case (self) == NULL)
    return;

  levels = G_LIST_MODEL (alignment_case_get_escalation_levels (get_case (self)));
  for (guint i = 0; i < g_list_model_get_n_items (levels); i++)
    {
      g_autoptr(AlignmentEscalationLevel) level = g_list_model_get_item (levels, i);

      highest = MAX (highest, alignment_escalation_level_get_number (level));
    }
  item = alignment_escalation_level_new (highest + 1, "", "");
  g_list_store_append (G_LIST_STORE (levels), item);
}

static void
bind_governance (AlignmentCaseDetails *self,
                 AlignmentCase        *c)
{
  gtk_list_box_bind_model (self->boards_box, c != NULL ? G_LIST_MODEL (alignment_case_get_boards (c)) : NULL,
                           c != NULL ? create_board_row : NULL, self, NULL);
  gtk_list_box_bind_model (self->levels_box, c != NULL ? G_LIST_MODEL (alignment_case_get_escalation_levels (c)) : NULL,
                           c != NULL ? create_level_row : NULL, self, NULL);
}

static void
bind_rows (AlignmentCaseDetails *self,
           AlignmentCase        *c)
{
  if (c != NULL)
    self->rows_pending = FALSE;
  gtk_list_box_bind_model (self->stakeholders_box, c != NULL ? G_LIST_MODEL (alignment_case_get_stakeholders (c)) : NULL,
                           c != NULL ? create_stakeholder_row : NULL, self, NULL);
  gtk_list_box_bind_model (self->lessons_box, c != NULL ? G_LIST_MODEL (alignment_case_get_lessons (c)) : NULL,
                           c != NULL ? create_lesson_row : NULL, self, NULL);
  bind_governance (self, c);
}

static void
alignment_case_details_map (GtkWidget *widget)
{
  AlignmentCaseDetails *self = ALIGNMENT_CASE_DETAILS (widget);

  GTK_WIDGET_CLASS (alignment_case_details_parent_class)->map (widget);
  if (self->rows_pending && get_case (self) != NULL)
    bind_rows (self, get_case (self));
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
  /* The rows of the case before go at once: they edit that case. */
  bind_rows (self, NULL);
  self->rows_pending = c != NULL;
  if (c == NULL)
    return;

  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    bind_rows (self, c);
  refresh_case (self);
}

/* ---- Focus ------------------------------------------------------------------ */

/* Coming to the page puts the cursor at the end of the title with
 * nothing selected: GTK selects an entry's text when it takes the focus,
 * and one stray key would then replace the title. */
static gboolean
focus_title (AlignmentCaseDetails *self)
{
  GtkEditable *text = gtk_editable_get_delegate (GTK_EDITABLE (self->title_row));

  if (!GTK_IS_TEXT (text) || !gtk_widget_is_drawable (GTK_WIDGET (self->title_row))
      || !gtk_text_grab_focus_without_selecting (GTK_TEXT (text)))
    return FALSE;
  gtk_editable_set_position (text, -1);
  return TRUE;
}

static gboolean
alignment_case_details_focus (GtkWidget        *widget,
                              GtkDirectionType  direction)
{
  AlignmentCaseDetails *self = ALIGNMENT_CASE_DETAILS (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  gboolean entering = focus == NULL || (focus != widget && !gtk_widget_is_ancestor (focus, widget));

  if (entering && direction == GTK_DIR_TAB_FORWARD && focus_title (self))
    return TRUE;

  return GTK_WIDGET_CLASS (alignment_case_details_parent_class)->focus (widget, direction);
}

static gboolean
alignment_case_details_grab_focus (GtkWidget *widget)
{
  return focus_title (ALIGNMENT_CASE_DETAILS (widget))
      || GTK_WIDGET_CLASS (alignment_case_details_parent_class)->grab_focus (widget);
}

/* ---- Construction ---------------------------------------------------------- */

static void
alignment_case_details_dispose (GObject *object)
{
  AlignmentCaseDetails *self = ALIGNMENT_CASE_DETAILS (object);

  g_clear_object (&self->case_signals);
  g_clear_object (&self->case_bindings);
  g_clear_object (&self->document);
  gtk_widget_dispose_template (GTK_WIDGET (self), ALIGNMENT_TYPE_CASE_DETAILS);

  G_OBJECT_CLASS (alignment_case_details_parent_class)->dispose (object);
}

static void
alignment_case_details_class_init (AlignmentCaseDetailsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = alignment_case_details_dispose;
  widget_class->focus = alignment_case_details_focus;
  widget_class->grab_focus = alignment_case_details_grab_focus;
  widget_class->map = alignment_case_details_map;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/Alignment/alignment-case-details.ui");
  gtk_widget_class_bind_template_child (widget_class, AlignmentCaseDetails, scrolled);
  gtk_widget_class_bind_template_child (widget_class, AlignmentCaseDetails, title_row);
  gtk_widget_class_bind_template_child (widget_class, AlignmentCaseDetails, customer_row);
  gtk_widget_class_bind_template_child (widget_class, AlignmentCaseDetails, provider_row);
  gtk_widget_class_bind_template_child (widget_class, AlignmentCaseDetails, period_start_row);
  gtk_widget_class_bind_template_child (widget_class, AlignmentCaseDetails, period_end_row);
  gtk_widget_class_bind_template_child (widget_class, AlignmentCaseDetails, context_view);
  gtk_widget_class_bind_template_child (widget_class, AlignmentCaseDetails, stakeholders_box);
  gtk_widget_class_bind_template_child (widget_class, AlignmentCaseDetails, lessons_box);
  gtk_widget_class_bind_template_child (widget_class, AlignmentCaseDetails, boards_box);
  gtk_widget_class_bind_template_child (widget_class, AlignmentCaseDetails, levels_box);
  gtk_widget_class_bind_template_callback (widget_class, period_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, add_stakeholder_cb);
  gtk_widget_class_bind_template_callback (widget_class, add_lesson_cb);
  gtk_widget_class_bind_template_callback (widget_class, add_board_cb);
  gtk_widget_class_bind_template_callback (widget_class, add_level_cb);
}

/* The case's own text fields follow it both ways. */
static void
bind_case_field (AlignmentCaseDetails *self,
                 AdwEntryRow          *row,
                 const char           *property)
{
  g_binding_group_bind (self->case_bindings, property, row, "text",
                        G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  alignment_entry_commit_end_step_on_leave (GTK_WIDGET (row), get_document, self);
}

static void
alignment_case_details_init (AlignmentCaseDetails *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->case_bindings = g_binding_group_new ();
  bind_case_field (self, self->title_row, "title");
  bind_case_field (self, self->customer_row, "customer-name");
  bind_case_field (self, self->provider_row, "provider-name");

  alignment_entry_commit_on_leave (GTK_WIDGET (self->period_start_row), G_CALLBACK (period_leave_cb), self);
  alignment_entry_commit_on_leave (GTK_WIDGET (self->period_end_row), G_CALLBACK (period_leave_cb), self);

  self->context = gtk_text_view_get_buffer (self->context_view);
  gtk_text_buffer_set_enable_undo (self->context, FALSE);
  g_signal_connect (self->context, "changed", G_CALLBACK (context_changed_cb), self);
  alignment_entry_commit_end_step_on_leave (GTK_WIDGET (self->context_view), get_document, self);
  alignment_entry_commit_fit_text_view (self->context_view);

  /* Undo and redo change the case behind the form's back. */
  self->case_signals = g_signal_group_new (ALIGNMENT_TYPE_CASE);
  g_signal_group_connect_swapped (self->case_signals, "notify", G_CALLBACK (refresh_case), self);
}
