/* test-main-window.c: the case browser and the signal editor, driven
 * through the window's actions under a display
 *
 * Needs a display (build-aux/run-tests runs the suite under Xvfb):
 * without one this test fails, unless ALIGNMENT_SKIP_DISPLAY_TESTS is
 * set.  Every test works in a temporary data folder, so the case library
 * is the test's own.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "alignment-application.h"
#include "alignment-library.h"
#include "alignment-library-sidebar.h"
#include "alignment-signal-editor.h"
#include "alignment-window.h"
#include "ui-test.h"

static AlignmentApplication *app;

static char *
library_path (const char *name)
{
  return g_build_filename (ui_test_get_data_home (), PACKAGE_NAME, "cases", name, NULL);
}

/* ---- Finding widgets ------------------------------------------------------- */

static GtkWidget *
find_widget (GtkWidget  *root,
             GType       type,
             gboolean    mapped_only,
             const char *title)
{
  if (mapped_only && !gtk_widget_get_mapped (root))
    return NULL;

  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type))
    {
      if (title == NULL)
        return root;
      if (ADW_IS_PREFERENCES_ROW (root)
          && g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (root)), title) == 0)
        return root;
      if (GTK_IS_LABEL (root) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (root)), title) == 0)
        return root;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_widget (child, type, mapped_only, title);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static gboolean
search_entry_shown (gpointer window)
{
  return find_widget (GTK_WIDGET (window), GTK_TYPE_SEARCH_ENTRY, TRUE, NULL) != NULL;
}

/* The list of the case library (the signal list is a list view too). */
static GtkWidget *
library_list (AlignmentWindow *window)
{
  return find_widget (find_widget (GTK_WIDGET (window), ALIGNMENT_TYPE_LIBRARY_SIDEBAR, TRUE, NULL),
                      GTK_TYPE_LIST_VIEW, TRUE, NULL);
}

static GtkWidget *
find_with_class (GtkWidget  *root,
                 const char *css_class)
{
  if (GTK_IS_TOGGLE_BUTTON (root) && gtk_widget_has_css_class (root, css_class))
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_with_class (child, css_class);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static AlignmentSignalEditor *
get_editor (AlignmentWindow *window)
{
  GtkWidget *editor = find_widget (GTK_WIDGET (window), ALIGNMENT_TYPE_SIGNAL_EDITOR, FALSE, NULL);

  g_assert_nonnull (editor);
  return ALIGNMENT_SIGNAL_EDITOR (editor);
}

static GtkWidget *
editor_row (AlignmentWindow *window,
            const char      *title)
{
  GtkWidget *row = find_widget (GTK_WIDGET (get_editor (window)), ADW_TYPE_PREFERENCES_ROW, FALSE, title);

  g_assert_nonnull (row);
  return row;
}

/* Types @text into an entry row the way a user's keystrokes arrive: one
 * change per prefix. */
static void
type_into (GtkWidget  *row,
           const char *text)
{
  g_autofree char *prefix = NULL;
  gsize len = strlen (text);

  gtk_widget_grab_focus (row);
  gtk_editable_set_text (GTK_EDITABLE (row), "");
  for (gsize i = 1; i <= len; i++)
    {
      g_free (prefix);
      prefix = g_strndup (text, i);
      gtk_editable_set_text (GTK_EDITABLE (row), prefix);
    }
}

static void
type_date (GtkWidget  *row,
           const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (row), text);
  g_signal_emit_by_name (row, "entry-activated");
}

/* ---- Tests ------------------------------------------------------------------ */

static void
test_edit_save_reopen (void)
{
  AlignmentWindow *window = ui_test_new_window ();
  AlignmentDocument *document;
  AlignmentCase *c;
  AlignmentSignalList *signals;
  AlignmentSignal *signal;
  g_autoptr(AlignmentCase) saved = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *messages = NULL;
  g_autofree char *contents = NULL;
  GtkWidget *toggle;
  GtkWidget *negative;

  /* A new case is a file of the library at once. */
  ui_test_activate (window, "win.new-case");
  document = alignment_window_get_document (window);
  g_assert_nonnull (document);
  file = g_object_ref (alignment_document_get_file (document));
  g_assert_true (g_file_query_exists (file, NULL));
  g_assert_false (alignment_document_get_modified (document));
  c = alignment_window_get_case (window);
  signals = alignment_case_get_signals (c);
  g_assert_cmpstr (alignment_case_get_title (c), ==, "New case");
  ui_test_spin_until (ui_test_library_idle, window, "the new case in the library");
  g_assert_nonnull (alignment_library_lookup (alignment_window_get_library (window), file));

  /* Thread 1: a request and its answer. */
  ui_test_activate (window, "win.new-thread");
  signal = alignment_signal_editor_get_signal (get_editor (window));
  g_assert_nonnull (signal);
  g_assert_cmpstr (alignment_signal_get_id (signal), ==, "1a");
  g_assert_true (signal == gtk_single_selection_get_selected_item (alignment_window_get_selection (window)));

  type_into (editor_row (window, "Trigger or reason"), "New contract requirements");
  adw_combo_row_set_selected (ADW_COMBO_ROW (editor_row (window, "Sender")), ALIGNMENT_PARTY_CUSTOMER);
  adw_combo_row_set_selected (ADW_COMBO_ROW (editor_row (window, "Urgency intended")), ALIGNMENT_URGENCY_HIGH);
  type_date (editor_row (window, "Start date"), "1-2-2024");
  /* The customer's trust in honesty went up: the first "Positive" toggle. */
  toggle = find_with_class (GTK_WIDGET (get_editor (window)), "impact-positive");
  g_assert_nonnull (toggle);
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (toggle), TRUE);

  g_assert_cmpstr (alignment_signal_get_trigger (signal), ==, "New contract requirements");
  g_assert_cmpint (alignment_signal_get_sender (signal), ==, ALIGNMENT_PARTY_CUSTOMER);
  g_assert_cmpint (alignment_signal_get_urgency (signal), ==, ALIGNMENT_URGENCY_HIGH);
  g_assert_cmpuint (alignment_signal_get_start_julian (signal), ==, alignment_date_parse_iso ("2024-02-01"));
  g_assert_cmpint (alignment_signal_get_impact (signal, ALIGNMENT_PARTY_CUSTOMER, ALIGNMENT_REALM_CONTRACTUAL),
                   ==, ALIGNMENT_IMPACT_POSITIVE);

  /* Another arrow of the realm takes its place; clicking the pressed
   * arrow again leaves the impact not set, and undo brings it back. */
  negative = find_with_class (GTK_WIDGET (get_editor (window)), "impact-negative");
  g_signal_emit_by_name (negative, "clicked");
  g_assert_cmpint (alignment_signal_get_impact (signal, ALIGNMENT_PARTY_CUSTOMER, ALIGNMENT_REALM_CONTRACTUAL),
                   ==, ALIGNMENT_IMPACT_NEGATIVE);
  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (negative)));
  g_assert_false (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (toggle)));
  g_signal_emit_by_name (negative, "clicked");
  g_assert_cmpint (alignment_signal_get_impact (signal, ALIGNMENT_PARTY_CUSTOMER, ALIGNMENT_REALM_CONTRACTUAL),
                   ==, ALIGNMENT_IMPACT_UNKNOWN);
  g_assert_false (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (negative)));
  g_assert_false (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (toggle)));
  ui_test_activate (window, "win.undo");
  g_assert_cmpint (alignment_signal_get_impact (signal, ALIGNMENT_PARTY_CUSTOMER, ALIGNMENT_REALM_CONTRACTUAL),
                   ==, ALIGNMENT_IMPACT_NEGATIVE);
  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (negative)));
  g_signal_emit_by_name (toggle, "clicked");
  g_assert_cmpint (alignment_signal_get_impact (signal, ALIGNMENT_PARTY_CUSTOMER, ALIGNMENT_REALM_CONTRACTUAL),
                   ==, ALIGNMENT_IMPACT_POSITIVE);
  g_assert_false (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (negative)));

  /* The typed date is shown as understood. */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (editor_row (window, "Start date"))), ==, "2024-02-01");

  /* The dot in the title says "unsaved". */
  g_assert_true (alignment_document_get_modified (document));
  g_assert_true (g_str_has_prefix (gtk_window_get_title (GTK_WINDOW (window)), "• "));

  /* So does the case's row in the library. */
  ui_test_settle ();
  g_assert_nonnull (ui_test_find_label_containing (library_list (window),
                                   "• New case"));

  /* Same thread, next letter; the answer comes from the other party. */
  ui_test_activate (window, "win.new-signal");
  signal = alignment_signal_editor_get_signal (get_editor (window));
  g_assert_cmpstr (alignment_signal_get_id (signal), ==, "1b");
  g_assert_cmpint (alignment_signal_get_sender (signal), ==, ALIGNMENT_PARTY_PROVIDER);
  adw_combo_row_set_selected (ADW_COMBO_ROW (editor_row (window, "Type")), ALIGNMENT_SIGNAL_TYPE_ALIGNMENT_EVENT);
  type_date (editor_row (window, "Start date"), "15 mrt");
  /* No year typed: the case's year, not this one. */
  g_assert_cmpuint (alignment_signal_get_start_julian (signal), ==, alignment_date_parse_iso ("2024-03-15"));

  /* Thread 2. */
  ui_test_activate (window, "win.new-thread");
  signal = alignment_signal_editor_get_signal (get_editor (window));
  g_assert_cmpstr (alignment_signal_get_id (signal), ==, "2a");
  g_assert_cmpuint (alignment_signal_list_get_n (signals), ==, 3);

  /* A duplicate id is explained and not applied. */
  type_into (editor_row (window, "ID"), "1a");
  g_signal_emit_by_name (editor_row (window, "ID"), "entry-activated");
  messages = alignment_signal_editor_dup_messages (get_editor (window));
  g_test_message ("Editor says: %s", messages);
  g_assert_nonnull (strstr (messages, "already has the id 1a"));
  g_assert_cmpstr (alignment_signal_get_id (signal), ==, "2a");
  type_into (editor_row (window, "ID"), "2a");
  g_signal_emit_by_name (editor_row (window, "ID"), "entry-activated");
  g_assert_cmpstr (alignment_signal_get_id (signal), ==, "2a");
  g_clear_pointer (&messages, g_free);

  /* So is an end before the start, and a date that is not one. */
  type_date (editor_row (window, "Start date"), "2024-03-15");
  type_date (editor_row (window, "End date (optional)"), "1-3-2024");
  messages = alignment_signal_editor_dup_messages (get_editor (window));
  g_assert_nonnull (strstr (messages, "before the start date"));
  g_clear_pointer (&messages, g_free);
  type_date (editor_row (window, "End date (optional)"), "someday");
  messages = alignment_signal_editor_dup_messages (get_editor (window));
  g_assert_nonnull (strstr (messages, "“someday” is not a date"));
  g_assert_cmpuint (alignment_signal_get_end_julian (signal), ==, alignment_date_parse_iso ("2024-03-01"));
  g_clear_pointer (&messages, g_free);
  type_date (editor_row (window, "End date (optional)"), "");
  g_assert_cmpuint (alignment_signal_get_end_julian (signal), ==, 0);

  /* Undo takes back the last edit, then the one before; redo replays. */
  type_into (editor_row (window, "Recipients or participants"), "Steering board");
  g_assert_cmpstr (alignment_signal_get_recipients (signal), ==, "Steering board");
  ui_test_activate (window, "win.undo");
  /* Typing in one field was one step. */
  g_assert_cmpstr (alignment_signal_get_recipients (signal), ==, "");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (editor_row (window, "Recipients or participants"))), ==, "");
  ui_test_activate (window, "win.undo");
  g_assert_cmpuint (alignment_signal_get_end_julian (signal), ==, alignment_date_parse_iso ("2024-03-01"));
  ui_test_activate (window, "win.redo");
  ui_test_activate (window, "win.redo");
  g_assert_cmpstr (alignment_signal_get_recipients (signal), ==, "Steering board");
  g_assert_cmpuint (alignment_signal_get_end_julian (signal), ==, 0);

  /* Deleting a signal is undone as a whole, back in its place. */
  ui_test_activate (window, "win.delete-signal");
  g_assert_cmpuint (alignment_signal_list_get_n (signals), ==, 2);
  ui_test_activate (window, "win.undo");
  g_assert_cmpuint (alignment_signal_list_get_n (signals), ==, 3);
  g_assert_true (alignment_signal_list_get (signals, 2) == signal);

  /* Alt+Up/Down moves between signals. */
  alignment_window_select_signal (window, signal);
  ui_test_activate (window, "win.previous-signal");
  g_assert_cmpstr (alignment_signal_get_id (alignment_signal_editor_get_signal (get_editor (window))), ==, "1b");

  /* Save (in a thread): no dot, and the file holds exactly the case. */
  ui_test_activate (window, "win.save");
  ui_test_spin_until (ui_test_document_saved, document, "the save");
  g_assert_false (alignment_document_get_modified (document));
  g_assert_false (g_str_has_prefix (gtk_window_get_title (GTK_WINDOW (window)), "• "));
  saved = alignment_case_load (file, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (alignment_case_equal (saved, c));
  contents = ui_test_read_file (file);
  g_assert_nonnull (strstr (contents, "New contract requirements"));

  /* Closing a saved case asks nothing. */
  gtk_window_close (GTK_WINDOW (window));
  ui_test_spin_until (ui_test_window_gone, window, "the window to close");
  g_assert_null (ui_test_find_dialog ());

  /* Reopened, it is the same case. */
  window = ui_test_new_window ();
  alignment_window_open (window, file);
  ui_test_spin_until (ui_test_window_loaded, window, "the case to load again");
  g_assert_nonnull (alignment_window_get_case (window));
  g_assert_true (alignment_case_equal (saved, alignment_window_get_case (window)));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "New case");
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A signal's board and escalation level, chosen in the editor from the
 * case's own lists: undone like any field, saved, and shown again when
 * the case is reopened. */
static void
test_governance_fields (void)
{
  AlignmentWindow *window = ui_test_new_window ();
  AlignmentDocument *document;
  AlignmentSignal *signal;
  AdwComboRow *board, *level;
  GtkStringList *levels;
  g_autoptr(GFile) file = NULL;
  g_autofree char *contents = NULL;

  ui_test_activate (window, "win.new-case");
  document = alignment_window_get_document (window);
  file = g_object_ref (alignment_document_get_file (document));
  ui_test_activate (window, "win.new-thread");
  signal = alignment_signal_editor_get_signal (get_editor (window));
  g_assert_nonnull (signal);

  board = ADW_COMBO_ROW (editor_row (window, "Board"));
  level = ADW_COMBO_ROW (editor_row (window, "Escalation level"));
  /* "Not set", then the contract's seven boards and three levels. */
  g_assert_cmpuint (g_list_model_get_n_items (adw_combo_row_get_model (board)), ==, 8);
  levels = GTK_STRING_LIST (adw_combo_row_get_model (level));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (levels)), ==, 4);
  g_assert_cmpstr (gtk_string_list_get_string (levels, 3), ==, "3 · Strategic");
  g_assert_cmpuint (adw_combo_row_get_selected (level), ==, 0);

  adw_combo_row_set_selected (board, 3);
  ui_test_settle ();
  adw_combo_row_set_selected (level, 3);
  ui_test_settle ();
  g_assert_cmpstr (alignment_signal_get_board (signal), ==, "Service review");
  g_assert_cmpuint (alignment_signal_get_escalation_level (signal), ==, 3);

  /* Undo takes back the level, then the board, and the rows follow. */
  ui_test_activate (window, "win.undo");
  g_assert_cmpuint (alignment_signal_get_escalation_level (signal), ==, 0);
  g_assert_cmpuint (adw_combo_row_get_selected (level), ==, 0);
  g_assert_cmpstr (alignment_signal_get_board (signal), ==, "Service review");
  ui_test_activate (window, "win.redo");
  g_assert_cmpuint (alignment_signal_get_escalation_level (signal), ==, 3);
  g_assert_cmpuint (adw_combo_row_get_selected (level), ==, 3);

  /* A board added on the Details page is offered on coming back. */
  {
    g_autoptr(AlignmentBoard) added = alignment_board_new ("Contract board", "Yearly");

    gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s", "details");
    ui_test_settle ();
    g_list_store_append (alignment_case_get_boards (alignment_window_get_case (window)), added);
    gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s", "signals");
    ui_test_settle ();
    g_assert_cmpuint (g_list_model_get_n_items (adw_combo_row_get_model (board)), ==, 9);
    g_assert_cmpuint (adw_combo_row_get_selected (board), ==, 3);
    ui_test_activate (window, "win.undo");
    g_assert_cmpuint (alignment_signal_get_escalation_level (signal), ==, 3);
  }

  ui_test_activate (window, "win.save");
  ui_test_spin_until (ui_test_document_saved, document, "the save");
  contents = ui_test_read_file (file);
  g_assert_nonnull (strstr (contents, "board=\"Service review\" escalation-level=\"3\""));
  /* The contract's boards and levels are not written. */
  g_assert_null (strstr (contents, "<governance"));
  gtk_window_close (GTK_WINDOW (window));
  ui_test_spin_until (ui_test_window_gone, window, "the window to close");

  window = ui_test_new_window ();
  alignment_window_open (window, file);
  ui_test_spin_until (ui_test_window_loaded, window, "the case to load again");
  signal = alignment_signal_list_get (alignment_case_get_signals (alignment_window_get_case (window)), 0);
  alignment_window_select_signal (window, signal);
  ui_test_settle ();
  g_assert_true (alignment_signal_editor_get_signal (get_editor (window)) == signal);
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (editor_row (window, "Board"))), ==, 3);
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (editor_row (window, "Escalation level"))), ==, 3);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
add_thread (AlignmentWindow *window)
{
  ui_test_activate (window, "win.new-thread");
  g_assert_true (alignment_document_get_modified (alignment_window_get_document (window)));
}

static void
test_close_unsaved (void)
{
  AlignmentWindow *window = ui_test_new_window ();
  g_autoptr(GFile) first = NULL;
  g_autoptr(GFile) second = NULL;

  ui_test_activate (window, "win.new-case");
  first = g_object_ref (alignment_window_get_file (window));
  add_thread (window);

  /* Cancel: nothing happens. */
  gtk_window_close (GTK_WINDOW (window));
  g_free (ui_test_answer_dialog ("cancel", "New case"));
  g_assert_false (ui_test_window_gone (window));
  g_assert_true (alignment_document_get_modified (alignment_window_get_document (window)));

  /* Discard: the window closes and the file stays as it was. */
  gtk_window_close (GTK_WINDOW (window));
  g_free (ui_test_answer_dialog ("discard", NULL));
  ui_test_spin_until (ui_test_window_gone, window, "the window to close after discard");
  g_assert_cmpuint (ui_test_n_signals_in (first), ==, 0);

  /* Save: the window closes and the file has the change. */
  window = ui_test_new_window ();
  alignment_window_open (window, first);
  ui_test_spin_until (ui_test_window_loaded, window, "the case to load");
  add_thread (window);
  gtk_window_close (GTK_WINDOW (window));
  g_free (ui_test_answer_dialog ("save", NULL));
  ui_test_spin_until (ui_test_window_gone, window, "the window to close after save");
  g_assert_cmpuint (ui_test_n_signals_in (first), ==, 1);

  /* Two unsaved cases in one window: a question for each, in turn. */
  window = ui_test_new_window ();
  alignment_window_open (window, first);
  ui_test_spin_until (ui_test_window_loaded, window, "the case to load");
  add_thread (window);
  ui_test_activate (window, "win.new-case");
  second = g_object_ref (alignment_window_get_file (window));
  g_assert_false (g_file_equal (first, second));
  add_thread (window);
  g_assert_cmpuint (g_list_model_get_n_items (alignment_window_get_documents (window)), ==, 2);

  gtk_window_close (GTK_WINDOW (window));
  g_free (ui_test_answer_dialog ("save", NULL));
  g_assert_false (ui_test_window_gone (window));
  g_free (ui_test_answer_dialog ("discard", NULL));
  ui_test_spin_until (ui_test_window_gone, window, "the window to close after two answers");
  g_assert_cmpuint (ui_test_n_signals_in (first), ==, 2);
  g_assert_cmpuint (ui_test_n_signals_in (second), ==, 0);
}

typedef struct
{
  GListModel *model;
  guint       n;
} CountQuery;

static gboolean
model_has_n (gpointer data)
{
  CountQuery *query = data;

  return g_list_model_get_n_items (query->model) == query->n;
}

static void
test_library (void)
{
  const char *broken =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<case xmlns=\"https://example.org/ns/alignment\" version=\"1.0\">\n"
    "  <title>Broken</title>\n"
    "  <signals>\n"
    "    <signal id=\"1a\" type=\"request-sent\" sender=\"customer\" start=\"2024-02-01\">\n"
    "  </signals>\n"
    "</case>\n";
  g_autofree char *broken_path = library_path ("broken-case.alignment");
  g_autofree char *example_path = library_path ("shipyard.alignment");
  g_autofree char *other_path = library_path ("harbour.alignment");
  g_autofree char *example = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(AlignmentCase) other = alignment_case_new ();
  g_autoptr(GFile) other_file = g_file_new_for_path (other_path);
  g_autoptr(GFile) broken_file = g_file_new_for_path (broken_path);
  AlignmentWindow *window;
  GtkWidget *list_view;
  GtkWidget *search;
  CountQuery query;
  AlignmentLibraryItem *item;
  GtkWidget *undo;

  g_assert_true (g_file_get_contents (g_getenv ("ALIGNMENT_EXAMPLE"), &example, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_set_contents (example_path, example, -1, &error));
  g_assert_true (g_file_set_contents (broken_path, broken, -1, &error));
  g_assert_no_error (error);

  window = ui_test_new_window ();

  /* The broken file is listed, with what is wrong and where. */
  item = alignment_library_lookup (alignment_window_get_library (window), broken_file);
  g_assert_nonnull (item);
  g_assert_nonnull (alignment_library_item_get_error (item));
  g_test_message ("Library says: %s", alignment_library_item_get_error (item));
  g_assert_true (g_regex_match_simple ("broken-case\\.alignment:[0-9]+:",
                                       alignment_library_item_get_error (item), 0, 0));
  ui_test_settle ();
  g_assert_nonnull (ui_test_find_label_containing (GTK_WIDGET (window), "broken-case.alignment:"));

  /* A case another program writes into the folder shows up. */
  alignment_case_set_title (other, "Harbour cranes");
  alignment_case_set_customer_name (other, "Port authority");
  g_assert_true (alignment_case_save (other, other_file, NULL, &error));
  g_assert_no_error (error);

  list_view = library_list (window);
  g_assert_nonnull (list_view);
  query.model = G_LIST_MODEL (gtk_list_view_get_model (GTK_LIST_VIEW (list_view)));
  /* The example, the broken file, the new one, and the cases left by
   * the tests before (each in its own folder, so none). */
  query.n = 3;
  ui_test_spin_until (model_has_n, &query, "the new file in the library");
  ui_test_spin_until (ui_test_library_idle, window, "the new file to be read");

  /* Sorted by title, or by period with the undated cases last. */
  g_object_set (window, "library-sort", ALIGNMENT_LIBRARY_SORT_TITLE, NULL);
  {
    g_autoptr(AlignmentLibraryItem) first = g_list_model_get_item (query.model, 0);
    g_autoptr(AlignmentLibraryItem) last = g_list_model_get_item (query.model, 2);

    g_assert_cmpstr (alignment_library_item_get_title (first), ==, "broken-case.alignment");
    g_assert_cmpstr (alignment_library_item_get_title (last), ==, "Moving to the SAFe agile way of working");
  }
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.sort-library", "s", "period"));
  {
    g_autoptr(AlignmentLibraryItem) first = g_list_model_get_item (query.model, 0);

    g_assert_cmpstr (alignment_library_item_get_title (first), ==, "Moving to the SAFe agile way of working");
  }

  /* Search: titles, parties, and the texts of signals. */
  ui_test_activate (window, "win.search");
  /* The search bar slides in: a slow machine shows it frames later. */
  ui_test_spin_until (search_entry_shown, window, "the library's search entry");
  search = find_widget (GTK_WIDGET (window), GTK_TYPE_SEARCH_ENTRY, TRUE, NULL);
  g_assert_nonnull (search);
  gtk_editable_set_text (GTK_EDITABLE (search), "safe");
  query.n = 1;
  ui_test_spin_until (model_has_n, &query, "the search for a title");
  gtk_editable_set_text (GTK_EDITABLE (search), "port authority");
  ui_test_spin_until (model_has_n, &query, "the search for a party");
  /* "Mindset" is in one of the example's signals only. */
  gtk_editable_set_text (GTK_EDITABLE (search), "mindset");
  ui_test_spin_until (model_has_n, &query, "the search for a signal's text");
  gtk_editable_set_text (GTK_EDITABLE (search), "no such words anywhere");
  query.n = 0;
  ui_test_spin_until (model_has_n, &query, "a search that finds nothing");
  ui_test_settle ();
  g_assert_nonnull (ui_test_find_label_containing (GTK_WIDGET (window), "No case matches the search"));
  gtk_editable_set_text (GTK_EDITABLE (search), "");
  query.n = 3;
  ui_test_spin_until (model_has_n, &query, "the search to be cleared");

  /* Opening the broken file shows the error and where. */
  alignment_window_open (window, broken_file);
  ui_test_spin_until (ui_test_window_loaded, window, "the broken case");
  g_assert_null (alignment_window_get_case (window));
  g_assert_nonnull (ui_test_find_label_containing (GTK_WIDGET (window), "Could Not Open the Case"));

  /* Duplicate: a new file in the library, with "(copy)" in its title. */
  alignment_window_open (window, other_file);
  ui_test_spin_until (ui_test_window_loaded, window, "the other case");
  ui_test_activate (window, "win.duplicate-case");
  g_assert_false (g_file_equal (alignment_window_get_file (window), other_file));
  g_assert_cmpstr (alignment_case_get_title (alignment_window_get_case (window)), ==, "Harbour cranes (copy)");
  g_assert_true (g_file_query_exists (alignment_window_get_file (window), NULL));

  /* Rename: the title changes, as an edit that undo takes back. */
  ui_test_activate (window, "win.rename-case");
  {
    AdwMessageDialog *dialog;

    ui_test_spin_until (ui_test_dialog_shown, NULL, "the rename dialog");
    dialog = ui_test_find_dialog ();
    gtk_editable_set_text (GTK_EDITABLE (adw_message_dialog_get_extra_child (dialog)), "Quay cranes");
    adw_message_dialog_response (dialog, "rename");
    gtk_window_destroy (GTK_WINDOW (dialog));
  }
  g_assert_cmpstr (alignment_case_get_title (alignment_window_get_case (window)), ==, "Quay cranes");
  g_assert_true (g_str_has_prefix (gtk_window_get_title (GTK_WINDOW (window)), "• Quay cranes"));
  ui_test_activate (window, "win.undo");
  g_assert_cmpstr (alignment_case_get_title (alignment_window_get_case (window)), ==, "Harbour cranes (copy)");
  g_assert_false (alignment_document_get_modified (alignment_window_get_document (window)));

  /* Deleting moves the file to the trash and out of the library. */
  alignment_window_open (window, other_file);
  ui_test_spin_until (ui_test_window_loaded, window, "the other case");
  ui_test_activate (window, "win.delete-case");
  g_assert_false (g_file_query_exists (other_file, NULL));
  g_assert_null (alignment_library_lookup (alignment_window_get_library (window), other_file));

  /* The toast's Undo brings it back, and shows it. */
  undo = ui_test_find_button (GTK_WIDGET (window), "_Undo");
  g_assert_nonnull (undo);
  g_signal_emit_by_name (undo, "clicked");
  ui_test_spin_until (ui_test_window_loaded, window, "the restored case");
  g_assert_true (g_file_query_exists (other_file, NULL));
  g_assert_nonnull (alignment_window_get_case (window));
  g_assert_cmpstr (alignment_case_get_title (alignment_window_get_case (window)), ==, "Harbour cranes");

  gtk_window_destroy (GTK_WINDOW (window));
  g_unlink (broken_path);
  g_unlink (example_path);
}

/* The filters of the signal list, on the example: its thread 1 is open,
 * threads 2 and 3 are aligned. */
/* The signal list filtered by board and by escalation level, offered
 * as the case has them. */
static void
test_governance_filters (void)
{
  AlignmentWindow *window = ui_test_new_window ();
  GtkSingleSelection *selection = alignment_window_get_selection (window);
  g_autoptr(GFile) example = g_file_new_for_path (g_getenv ("ALIGNMENT_EXAMPLE"));
  GtkWidget *thread_filter, *board, *level;
  AlignmentSignalList *list;
  GListModel *boards;

  alignment_window_open (window, example);
  ui_test_spin_until (ui_test_window_loaded, window, "the example");
  list = alignment_case_get_signals (alignment_window_get_case (window));
  alignment_signal_set_board (alignment_signal_list_get (list, 0), "Service review");
  alignment_signal_set_board (alignment_signal_list_get (list, 3), "Service review");
  alignment_signal_set_escalation_level (alignment_signal_list_get (list, 3), 2);
  alignment_signal_set_escalation_level (alignment_signal_list_get (list, 5), 2);
  ui_test_settle ();

  thread_filter = find_widget (GTK_WIDGET (window), GTK_TYPE_DROP_DOWN, FALSE, NULL);
  board = thread_filter;
  for (guint i = 0; i < 4; i++)
    board = gtk_widget_get_next_sibling (board);
  level = gtk_widget_get_next_sibling (board);
  g_assert_cmpstr (gtk_widget_get_tooltip_text (board), ==, "Show the signals of one governance board");
  g_assert_cmpstr (gtk_widget_get_tooltip_text (level), ==, "Show the signals of one escalation level");
  /* "All boards", then the case's seven; "All levels", then three. */
  boards = gtk_drop_down_get_model (GTK_DROP_DOWN (board));
  g_assert_cmpuint (g_list_model_get_n_items (boards), ==, 8);
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (GTK_DROP_DOWN (level))), ==, 4);

  gtk_drop_down_set_selected (GTK_DROP_DOWN (board), 3);  /* Service review */
  ui_test_settle ();
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (selection)), ==, 2);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (level), 2);  /* 2 · Tactical */
  ui_test_settle ();
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (selection)), ==, 1);
  {
    g_autoptr(AlignmentSignal) shown = g_list_model_get_item (G_LIST_MODEL (selection), 0);

    g_assert_true (shown == alignment_signal_list_get (list, 3));
  }

  ui_test_activate (window, "win.clear-filters");
  g_assert_cmpuint (gtk_drop_down_get_selected (GTK_DROP_DOWN (board)), ==, 0);
  g_assert_cmpuint (gtk_drop_down_get_selected (GTK_DROP_DOWN (level)), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (selection)), ==, 16);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_filters (void)
{
  AlignmentWindow *window = ui_test_new_window ();
  GtkSingleSelection *selection = alignment_window_get_selection (window);
  g_autoptr(GFile) example = g_file_new_for_path (g_getenv ("ALIGNMENT_EXAMPLE"));
  GtkWidget *open_only;
  GtkWidget *type;
  GtkWidget *preferences;
  AlignmentSignal *last;
  guint n_all;
  GSettings *settings = alignment_application_get_settings (app);

  alignment_window_open (window, example);
  ui_test_spin_until (ui_test_window_loaded, window, "the example");
  n_all = g_list_model_get_n_items (G_LIST_MODEL (selection));
  g_assert_cmpuint (n_all, ==, 16);

  /* Open threads only: thread 1's four signals. */
  open_only = NULL;
  for (GtkWidget *w = GTK_WIDGET (window); w != NULL; )
    {
      /* Depth-first walk for the toggle by its label. */
      GtkWidget *next = gtk_widget_get_first_child (w);

      if (GTK_IS_TOGGLE_BUTTON (w) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (w)), "_Open Threads") == 0)
        {
          open_only = w;
          break;
        }
      while (next == NULL && w != NULL)
        {
          next = gtk_widget_get_next_sibling (w);
          if (next == NULL)
            w = gtk_widget_get_parent (w);
        }
      w = next;
    }
  g_assert_nonnull (open_only);
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (open_only), TRUE);
  ui_test_settle ();
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (selection)), ==, 4);
  for (guint i = 0; i < 4; i++)
    {
      g_autoptr(AlignmentSignal) signal = g_list_model_get_item (G_LIST_MODEL (selection), i);

      g_assert_cmpuint (alignment_signal_get_thread (signal), ==, 1);
    }

  /* A signal the filters hide is shown when another view selects it. */
  last = alignment_signal_list_get (alignment_case_get_signals (alignment_window_get_case (window)), 15);
  alignment_window_select_signal (window, last);
  g_assert_true (gtk_single_selection_get_selected_item (selection) == last);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (selection)), ==, n_all);
  g_assert_false (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (open_only)));

  /* By type: the alignment events. */
  type = gtk_widget_get_next_sibling (find_widget (GTK_WIDGET (window), GTK_TYPE_DROP_DOWN, FALSE, NULL));
  g_assert_true (GTK_IS_DROP_DOWN (type));
  gtk_drop_down_set_selected (GTK_DROP_DOWN (type), ALIGNMENT_SIGNAL_TYPE_ALIGNMENT_EVENT);
  ui_test_settle ();
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (selection)); i++)
    {
      g_autoptr(AlignmentSignal) signal = g_list_model_get_item (G_LIST_MODEL (selection), i);

      g_assert_cmpint (alignment_signal_get_signal_type (signal), ==, ALIGNMENT_SIGNAL_TYPE_ALIGNMENT_EVENT);
    }
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (selection)), <, n_all);
  ui_test_activate (window, "win.clear-filters");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (selection)), ==, n_all);

  /* The preferences edit the settings the other views read. */
  g_assert_true (g_action_group_has_action (G_ACTION_GROUP (app), "preferences"));
  g_action_group_activate_action (G_ACTION_GROUP (app), "preferences", NULL);
  ui_test_settle ();
  preferences = NULL;
  {
    GListModel *toplevels = gtk_window_get_toplevels ();

    for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
      {
        g_autoptr(GtkWidget) toplevel = g_list_model_get_item (toplevels, i);

        if (ADW_IS_PREFERENCES_WINDOW (toplevel))
          preferences = toplevel;
      }
  }
  g_assert_nonnull (preferences);
  adw_combo_row_set_selected (ADW_COMBO_ROW (find_widget (preferences, ADW_TYPE_COMBO_ROW, FALSE,
                                                          "Colours of the trust scale")), 1);
  g_assert_cmpint (g_settings_get_enum (settings, "trust-palette"), ==, 1);
  ui_test_settle ();
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (window), "palette-blue-orange"));
  adw_combo_row_set_selected (ADW_COMBO_ROW (find_widget (preferences, ADW_TYPE_COMBO_ROW, FALSE,
                                                          "Heatmap groups signals by")), 0);
  {
    g_autofree char *bucket = g_settings_get_string (settings, "heatmap-bucket");

    g_assert_cmpstr (bucket, ==, "week");
  }
  g_settings_reset (settings, "trust-palette");
  g_settings_reset (settings, "heatmap-bucket");
  gtk_window_destroy (GTK_WINDOW (preferences));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Two windows list one library: a case made in one is in the other's
 * list at once, and closing one leaves the other's list as it was. */
static void
test_library_shared (void)
{
  AlignmentWindow *first = ui_test_new_window ();
  AlignmentWindow *second = ui_test_new_window ();
  AlignmentLibrary *library = alignment_window_get_library (first);
  GtkWidget *list_view;
  GFile *file;

  g_assert_nonnull (library);
  g_assert_true (alignment_window_get_library (second) == library);

  ui_test_activate (first, "win.new-case");
  file = alignment_window_get_file (first);
  g_assert_nonnull (file);
  g_assert_nonnull (alignment_library_lookup (library, file));
  list_view = library_list (second);
  g_assert_nonnull (list_view);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (gtk_list_view_get_model (GTK_LIST_VIEW (list_view)))),
                    ==, g_list_model_get_n_items (G_LIST_MODEL (library)));

  gtk_window_destroy (GTK_WINDOW (first));
  ui_test_settle ();
  g_assert_true (alignment_window_get_library (second) == library);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (library)), >=, 1);
  gtk_window_destroy (GTK_WINDOW (second));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  ui_test_bind_text_domain ();
  /* The library, recent files and the trash all live in the data folder:
   * a temporary one, not the user's. */
  if (!ui_test_init (&argc, &argv, "/main-window/skipped", "test-main-window-XXXXXX", &status))
    return status;
  app = ui_test_start_application (G_APPLICATION_HANDLES_OPEN | G_APPLICATION_NON_UNIQUE);

  /* Each test gets a library of its own. */
  ui_test_add ("/main-window/edit-save-reopen", test_edit_save_reopen, UI_TEST_FRESH_CASES);
  ui_test_add ("/main-window/governance-fields", test_governance_fields, UI_TEST_FRESH_CASES);
  ui_test_add ("/main-window/close-unsaved", test_close_unsaved, UI_TEST_FRESH_CASES);
  ui_test_add ("/main-window/library", test_library, UI_TEST_FRESH_CASES);
  ui_test_add ("/main-window/library-shared", test_library_shared, UI_TEST_FRESH_CASES);
  ui_test_add ("/main-window/filters", test_filters, UI_TEST_FRESH_CASES);
  ui_test_add ("/main-window/governance-filters", test_governance_filters, UI_TEST_FRESH_CASES);

  return ui_test_run ();
}
