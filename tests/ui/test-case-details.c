/* test-case-details.c: the Details page of a case, driven under a display
 *
 * The case's fields, and the stakeholder and lesson rows: adding,
 * editing, moving and removing, each undone and redone through the
 * case's history, as the window's Undo does.  The widgets are found as a
 * user meets them: the fields by their order, the buttons by their
 * tooltips.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <adwaita.h>

#include "alignment-case-details.h"
#include "ui-test.h"

typedef struct
{
  AlignmentCase        *c;
  AlignmentDocument    *document;
  AlignmentHistory     *history;
  AlignmentCaseDetails *details;
  GtkWidget            *window;
} Fixture;

static gboolean
details_shown (gpointer details)
{
  return gtk_widget_get_mapped (details);
}

static void
fixture_set_up (Fixture *f)
{
  f->c = alignment_case_new ();
  alignment_case_set_customer_name (f->c, "Acme");
  alignment_case_set_provider_name (f->c, "Servico");
  f->document = alignment_document_new (f->c, NULL);
  f->history = alignment_document_get_history (f->document);
  f->details = ALIGNMENT_CASE_DETAILS (alignment_case_details_new ());
  f->window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (f->window), 900, 1400);
  gtk_window_set_child (GTK_WINDOW (f->window), GTK_WIDGET (f->details));
  alignment_case_details_set_document (f->details, f->document);
  gtk_window_present (GTK_WINDOW (f->window));
  ui_test_spin_until (details_shown, f->details, "the details page to show");
  ui_test_settle ();
}

static void
fixture_tear_down (Fixture *f)
{
  gtk_window_destroy (GTK_WINDOW (f->window));
  ui_test_settle ();
  g_clear_object (&f->document);
  g_clear_object (&f->c);
}

static GtkWidget *
nth_of_type (GtkWidget *root,
             GType      type,
             guint      n)
{
  GtkWidget *found = ui_test_find_any_nth (root, type, n);

  g_assert_nonnull (found);
  return found;
}

static void
click (GtkWidget  *root,
       const char *tooltip)
{
  GtkWidget *button = ui_test_find_any_button_with_tooltip (root, tooltip);

  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  ui_test_settle ();
}

/* The list of stakeholders (0), of lessons (1), of boards (2) or of
 * escalation levels (3): the one that says so when it is empty. */
static GtkListBox *
list_box (Fixture *f,
          guint    n)
{
  static const char *const placeholders[] = {
    "No stakeholders yet", "No lessons yet", "No boards", "No escalation levels"
  };
  const char *placeholder = placeholders[n];
  GtkWidget *list;

  for (guint i = 0; (list = nth_of_type (GTK_WIDGET (f->details), GTK_TYPE_LIST_BOX, i)) != NULL; i++)
    if (ui_test_find_any_label (list, placeholder) != NULL)
      break;
  return GTK_LIST_BOX (list);
}

static GtkWidget *
row_at (Fixture *f,
        guint    list,
        guint    index)
{
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (list_box (f, list), (int) index);

  g_assert_nonnull (row);
  return GTK_WIDGET (row);
}

/* The @n-th field of @row that takes text: an entry, or a text view
 * where the text wraps. */
static GtkWidget *
find_field (GtkWidget *root,
            guint     *n)
{
  if (GTK_IS_ENTRY (root) || GTK_IS_TEXT_VIEW (root))
    {
      if (*n == 0)
        return root;
      (*n)--;
      return NULL;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_field (child, n);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static GtkWidget *
field_at (GtkWidget *row,
          guint      n)
{
  GtkWidget *field = find_field (row, &n);

  g_assert_nonnull (field);
  return field;
}

static const char *
entry_text (GtkWidget *row,
            guint      n)
{
  static char *text;
  GtkWidget *field = field_at (row, n);
  GtkTextIter start, end;

  if (GTK_IS_ENTRY (field))
    return gtk_editable_get_text (GTK_EDITABLE (field));

  g_free (text);
  gtk_text_buffer_get_bounds (gtk_text_view_get_buffer (GTK_TEXT_VIEW (field)), &start, &end);
  text = gtk_text_buffer_get_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (field)), &start, &end, FALSE);
  return text;
}

static void
type_into (GtkWidget  *row,
           guint       n,
           const char *text)
{
  GtkWidget *field = field_at (row, n);

  if (GTK_IS_ENTRY (field))
    gtk_editable_set_text (GTK_EDITABLE (field), text);
  else
    gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (field)), text, -1);
  ui_test_settle ();
}

static const char *
lesson_text (Fixture *f,
             guint    position)
{
  g_autoptr(AlignmentLesson) lesson = g_list_model_get_item (G_LIST_MODEL (alignment_case_get_lessons (f->c)), position);

  return alignment_lesson_get_text (lesson);
}

static void
test_case_fields (void)
{
  Fixture f = { 0 };
  GtkWidget *title;

  fixture_set_up (&f);

  /* The first entry row is the title. */
  title = nth_of_type (GTK_WIDGET (f.details), ADW_TYPE_ENTRY_ROW, 0);
  gtk_editable_set_text (GTK_EDITABLE (title), "Training plan");
  g_assert_cmpstr (alignment_case_get_title (f.c), ==, "Training plan");

  /* Undo changes the case behind the form's back: the row follows. */
  g_assert_true (alignment_history_undo (f.history));
  ui_test_settle ();
  g_assert_cmpstr (alignment_case_get_title (f.c), ==, "");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (title)), ==, "");
  g_assert_true (alignment_history_redo (f.history));
  ui_test_settle ();
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (title)), ==, "Training plan");

  fixture_tear_down (&f);
}

static void
test_stakeholders (void)
{
  Fixture f = { 0 };
  GListModel *stakeholders;
  AlignmentStakeholder *item;
  GtkWidget *row;
  GtkDropDown *party;
  g_autoptr(GtkStringObject) provider = NULL;

  fixture_set_up (&f);
  stakeholders = G_LIST_MODEL (alignment_case_get_stakeholders (f.c));

  g_assert_null (gtk_list_box_get_row_at_index (list_box (&f, 0), 0));
  click (GTK_WIDGET (f.details), "Add Stakeholder");
  g_assert_cmpuint (g_list_model_get_n_items (stakeholders), ==, 1);
  item = g_list_model_get_item (stakeholders, 0);
  g_object_unref (item);

  /* Name, party and function go straight into the stakeholder. */
  row = row_at (&f, 0, 0);
  type_into (row, 0, "Anna");
  type_into (row, 1, "Sponsor");
  party = GTK_DROP_DOWN (nth_of_type (row, GTK_TYPE_DROP_DOWN, 0));
  /* The parties are named as in the case. */
  provider = g_list_model_get_item (gtk_drop_down_get_model (party), ALIGNMENT_PARTY_PROVIDER);
  g_assert_cmpstr (gtk_string_object_get_string (provider), ==, "Servico");
  gtk_drop_down_set_selected (party, ALIGNMENT_PARTY_PROVIDER);
  ui_test_settle ();
  g_assert_cmpstr (alignment_stakeholder_get_name (item), ==, "Anna");
  g_assert_cmpstr (alignment_stakeholder_get_function (item), ==, "Sponsor");
  g_assert_cmpint (alignment_stakeholder_get_party (item), ==, ALIGNMENT_PARTY_PROVIDER);

  /* Undo changes the item behind the row's back: the entry follows. */
  g_assert_true (alignment_history_undo (f.history));
  g_assert_cmpint (alignment_stakeholder_get_party (item), ==, ALIGNMENT_PARTY_UNKNOWN);
  g_assert_true (alignment_history_undo (f.history));
  ui_test_settle ();
  g_assert_cmpstr (alignment_stakeholder_get_function (item), ==, "");
  g_assert_cmpstr (entry_text (row_at (&f, 0, 0), 1), ==, "");
  g_assert_cmpstr (entry_text (row_at (&f, 0, 0), 0), ==, "Anna");
  g_assert_true (alignment_history_redo (f.history));
  ui_test_settle ();
  g_assert_cmpstr (entry_text (row_at (&f, 0, 0), 1), ==, "Sponsor");

  /* Removing is one step; undoing it brings the row back as it was. */
  click (row_at (&f, 0, 0), "Remove Stakeholder");
  g_assert_cmpuint (g_list_model_get_n_items (stakeholders), ==, 0);
  g_assert_null (gtk_list_box_get_row_at_index (list_box (&f, 0), 0));
  g_assert_true (alignment_history_undo (f.history));
  ui_test_settle ();
  g_assert_cmpuint (g_list_model_get_n_items (stakeholders), ==, 1);
  g_assert_cmpstr (entry_text (row_at (&f, 0, 0), 0), ==, "Anna");
  g_assert_cmpstr (entry_text (row_at (&f, 0, 0), 1), ==, "Sponsor");

  fixture_tear_down (&f);
}

static void
test_lessons (void)
{
  Fixture f = { 0 };
  GListModel *lessons;

  fixture_set_up (&f);
  lessons = G_LIST_MODEL (alignment_case_get_lessons (f.c));

  click (GTK_WIDGET (f.details), "Add Lesson");
  click (GTK_WIDGET (f.details), "Add Lesson");
  g_assert_cmpuint (g_list_model_get_n_items (lessons), ==, 2);
  type_into (row_at (&f, 1, 0), 0, "Agree on a date");
  type_into (row_at (&f, 1, 1), 0, "Write it down");
  g_assert_cmpstr (lesson_text (&f, 0), ==, "Agree on a date");
  g_assert_cmpstr (lesson_text (&f, 1), ==, "Write it down");

  /* Up from the top and down from the bottom do nothing. */
  click (row_at (&f, 1, 0), "Move Up");
  click (row_at (&f, 1, 1), "Move Down");
  g_assert_cmpstr (lesson_text (&f, 0), ==, "Agree on a date");
  g_assert_cmpstr (lesson_text (&f, 1), ==, "Write it down");

  /* A move is one step, undone as one. */
  click (row_at (&f, 1, 0), "Move Down");
  g_assert_cmpstr (lesson_text (&f, 0), ==, "Write it down");
  g_assert_cmpstr (lesson_text (&f, 1), ==, "Agree on a date");
  g_assert_cmpstr (entry_text (row_at (&f, 1, 0), 0), ==, "Write it down");
  g_assert_true (alignment_history_undo (f.history));
  ui_test_settle ();
  g_assert_cmpstr (lesson_text (&f, 0), ==, "Agree on a date");
  g_assert_cmpstr (entry_text (row_at (&f, 1, 0), 0), ==, "Agree on a date");
  click (row_at (&f, 1, 1), "Move Up");
  g_assert_cmpstr (lesson_text (&f, 0), ==, "Write it down");
  g_assert_true (alignment_history_undo (f.history));
  g_assert_cmpstr (lesson_text (&f, 0), ==, "Agree on a date");

  /* Removing, and undoing it. */
  click (row_at (&f, 1, 0), "Remove Lesson");
  g_assert_cmpuint (g_list_model_get_n_items (lessons), ==, 1);
  g_assert_cmpstr (lesson_text (&f, 0), ==, "Write it down");
  g_assert_cmpstr (entry_text (row_at (&f, 1, 0), 0), ==, "Write it down");
  g_assert_true (alignment_history_undo (f.history));
  ui_test_settle ();
  g_assert_cmpuint (g_list_model_get_n_items (lessons), ==, 2);
  g_assert_cmpstr (entry_text (row_at (&f, 1, 0), 0), ==, "Agree on a date");

  /* Undo of an edit reaches the entry. */
  g_assert_true (alignment_history_undo (f.history));
  ui_test_settle ();
  g_assert_cmpstr (lesson_text (&f, 1), ==, "");
  g_assert_cmpstr (entry_text (row_at (&f, 1, 1), 0), ==, "");

  fixture_tear_down (&f);
}

/* Showing the page, as the window's view stack does, puts the keyboard
 * in the title without selecting it: one stray key would replace it. */
static void
test_title_not_selected (void)
{
  AlignmentCase *c = alignment_case_new ();
  AlignmentDocument *document;
  GtkWidget *window, *stack, *other, *elsewhere, *details, *title, *focus;
  int start, end;

  alignment_case_set_title (c, "Training plan");
  document = alignment_document_new (c, NULL);
  details = alignment_case_details_new ();
  alignment_case_details_set_document (ALIGNMENT_CASE_DETAILS (details), document);

  stack = adw_view_stack_new ();
  /* The keyboard is in a widget of the page before, as in the list of
   * signals: the stack hands it on only from inside a page. */
  other = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  elsewhere = gtk_button_new_with_label ("Elsewhere");
  gtk_box_append (GTK_BOX (other), elsewhere);
  adw_view_stack_add_named (ADW_VIEW_STACK (stack), other, "other");
  adw_view_stack_add_named (ADW_VIEW_STACK (stack), details, "details");
  window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (window), 900, 1000);
  gtk_window_set_child (GTK_WINDOW (window), stack);
  gtk_window_present (GTK_WINDOW (window));
  ui_test_spin_until (details_shown, other, "the window to show");
  g_assert_true (gtk_widget_grab_focus (elsewhere));
  ui_test_settle ();

  adw_view_stack_set_visible_child_name (ADW_VIEW_STACK (stack), "details");
  ui_test_spin_until (details_shown, details, "the details page to show");
  ui_test_settle ();

  title = nth_of_type (details, ADW_TYPE_ENTRY_ROW, 0);
  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_nonnull (focus);
  g_assert_true (gtk_widget_is_ancestor (focus, title));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (title)), ==, "Training plan");
  g_assert_false (gtk_editable_get_selection_bounds (GTK_EDITABLE (title), &start, &end));
  /* The cursor waits at the end, for adding to the title. */
  g_assert_cmpint (gtk_editable_get_position (GTK_EDITABLE (title)), ==, (int) strlen ("Training plan"));

  gtk_window_destroy (GTK_WINDOW (window));
  ui_test_settle ();
  g_object_unref (document);
  g_object_unref (c);
}

/* A long lesson wraps over lines, all of them shown. */
static void
test_long_lesson_wraps (void)
{
  Fixture f = { 0 };
  GtkTextView *view;
  GtkTextIter start;
  GdkRectangle one_line;
  int y, paragraph_height, bottom;

  fixture_set_up (&f);
  click (GTK_WIDGET (f.details), "Add Lesson");
  type_into (row_at (&f, 1, 0), 0,
             "Agree on the date of every training before it is planned, write it down in the "
             "minutes of the steering committee, and have both parties sign the minutes within a week.");

  view = GTK_TEXT_VIEW (field_at (row_at (&f, 1, 0), 0));
  g_assert_true (GTK_IS_TEXT_VIEW (view));
  g_assert_cmpstr (lesson_text (&f, 0), ==, entry_text (row_at (&f, 1, 0), 0));
  /* The paragraph is laid out over several lines of the first
   * character's height, and the view is as tall as all of them. */
  gtk_text_buffer_get_start_iter (gtk_text_view_get_buffer (view), &start);
  gtk_text_view_get_iter_location (view, &start, &one_line);
  gtk_text_view_get_line_yrange (view, &start, &y, &paragraph_height);
  g_assert_cmpint (one_line.height, >, 0);
  g_assert_cmpint (paragraph_height, >=, 2 * one_line.height);
  gtk_text_view_buffer_to_window_coords (view, GTK_TEXT_WINDOW_WIDGET, 0, y + paragraph_height, NULL, &bottom);
  g_assert_cmpint (bottom, <=, gtk_widget_get_height (GTK_WIDGET (view)));

  fixture_tear_down (&f);
}

/* Whether @view shows all its text: the text's laid-out height, the
 * upper bound of its adjustment, fits the view. */
static gboolean
shows_all_text (GtkTextView *view)
{
  GtkAdjustment *adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (view));

  return gtk_adjustment_get_upper (adjustment) <= gtk_widget_get_height (GTK_WIDGET (view));
}

/* The view has grown past the 96 px it starts at, to its text. */
static gboolean
fits_long_text (gpointer data)
{
  GtkTextView *view = data;

  return gtk_widget_get_height (GTK_WIDGET (view)) > 96 && shows_all_text (view);
}

typedef struct
{
  GtkTextView *view;
  int          old_width;
} Refit;

/* The view was laid out at another width, and fits its text there. */
static gboolean
refitted (gpointer data)
{
  Refit *refit = data;

  return gtk_widget_get_width (GTK_WIDGET (refit->view)) != refit->old_width
         && shows_all_text (refit->view);
}

/* Resizes the window and waits until the view has taken its new width
 * and fitted its text to it: on a slow machine (a sanitizer build) that
 * takes longer than a fixed wait. */
static void
resize_and_refit (Fixture     *f,
                  GtkTextView *view,
                  int          width)
{
  Refit refit = { view, gtk_widget_get_width (GTK_WIDGET (view)) };

  gtk_window_set_default_size (GTK_WINDOW (f->window), width, 1400);
  ui_test_spin_until (refitted, &refit, "the Context box to fit its text at its new width");
  g_assert_true (shows_all_text (view));
}

/* The Context box is as tall as its text: its last line shows when the
 * page first shows, and after the window narrows and the text wraps
 * anew. */
static void
test_context_shows_last_line (void)
{
  Fixture f = { 0 };
  GtkTextView *view;
  g_autoptr(GString) context = g_string_new (NULL);

  for (guint i = 0; i < 12; i++)
    g_string_append (context, "The provider moves its service desk to another country, and the customer "
                              "hears of it late. ");
  g_string_append (context, "\nLast line.");

  fixture_set_up (&f);
  alignment_case_set_context (f.c, context->str);
  ui_test_settle ();
  view = GTK_TEXT_VIEW (nth_of_type (GTK_WIDGET (f.details), GTK_TYPE_TEXT_VIEW, 0));
  ui_test_spin_until (fits_long_text, view, "the Context box to grow to its text");
  g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (view)), >, 96);
  g_assert_true (shows_all_text (view));

  resize_and_refit (&f, view, 420);
  resize_and_refit (&f, view, 900);

  fixture_tear_down (&f);
}

/* The case's boards and levels: the contract's to start with, edited,
 * added and removed in place, each step undone through the history. */
static void
test_governance (void)
{
  Fixture f = { 0 };
  GListModel *boards, *levels;
  g_autoptr(AlignmentBoard) first = NULL;
  g_autoptr(AlignmentEscalationLevel) fourth = NULL;
  GtkWidget *number;

  fixture_set_up (&f);
  boards = G_LIST_MODEL (alignment_case_get_boards (f.c));
  levels = G_LIST_MODEL (alignment_case_get_escalation_levels (f.c));

  /* Seven boards and three levels, shown with what the contract says. */
  g_assert_nonnull (gtk_list_box_get_row_at_index (list_box (&f, 2), 6));
  g_assert_null (gtk_list_box_get_row_at_index (list_box (&f, 2), 7));
  g_assert_cmpstr (entry_text (row_at (&f, 2, 0), 0), ==, "Steering board");
  g_assert_cmpstr (entry_text (row_at (&f, 2, 0), 1), ==, "Quarterly");
  g_assert_cmpstr (entry_text (row_at (&f, 3, 2), 0), ==, "Strategic");
  g_assert_nonnull (ui_test_find_any_label (row_at (&f, 3, 2), "3"));

  first = g_list_model_get_item (boards, 0);
  type_into (row_at (&f, 2, 0), 1, "Every quarter");
  g_assert_cmpstr (alignment_board_get_cadence (first), ==, "Every quarter");
  g_assert_false (alignment_governance_boards_are_default (boards));
  g_assert_true (alignment_history_undo (f.history));
  ui_test_settle ();
  g_assert_cmpstr (entry_text (row_at (&f, 2, 0), 1), ==, "Quarterly");
  g_assert_true (alignment_governance_boards_are_default (boards));

  click (GTK_WIDGET (f.details), "Add Board");
  g_assert_cmpuint (g_list_model_get_n_items (boards), ==, 8);
  click (row_at (&f, 2, 7), "Remove Board");
  g_assert_cmpuint (g_list_model_get_n_items (boards), ==, 7);
  g_assert_true (alignment_history_undo (f.history));
  g_assert_cmpuint (g_list_model_get_n_items (boards), ==, 8);

  /* A new level goes above the highest. */
  click (GTK_WIDGET (f.details), "Add Escalation Level");
  g_assert_cmpuint (g_list_model_get_n_items (levels), ==, 4);
  fourth = g_list_model_get_item (levels, 3);
  g_assert_cmpuint (alignment_escalation_level_get_number (fourth), ==, 4);
  number = ui_test_find_any_label (row_at (&f, 3, 3), "4");
  g_assert_nonnull (number);
  type_into (row_at (&f, 3, 3), 0, "Board of directors");
  type_into (row_at (&f, 3, 3), 1, "Ending the contract");
  g_assert_cmpstr (alignment_escalation_level_get_name (fourth), ==, "Board of directors");
  g_assert_cmpstr (alignment_escalation_level_get_covers (fourth), ==, "Ending the contract");
  click (row_at (&f, 3, 3), "Remove Level");
  g_assert_cmpuint (g_list_model_get_n_items (levels), ==, 3);
  g_assert_true (alignment_governance_levels_are_default (levels));

  fixture_tear_down (&f);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  if (!ui_test_init (&argc, &argv, "/case-details/skipped", NULL, &status))
    return status;
  adw_init ();

  g_test_add_func ("/case-details/case-fields", test_case_fields);
  g_test_add_func ("/case-details/stakeholders", test_stakeholders);
  g_test_add_func ("/case-details/lessons", test_lessons);
  g_test_add_func ("/case-details/governance", test_governance);
  g_test_add_func ("/case-details/title-not-selected", test_title_not_selected);
  g_test_add_func ("/case-details/long-lesson-wraps", test_long_lesson_wraps);
  g_test_add_func ("/case-details/context-shows-last-line", test_context_shows_last_line);

  return ui_test_run ();
}
