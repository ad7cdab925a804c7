/* test-survey-entry.c: survey answers typed in and imported (issue 16)
 *
 * The form is driven as a user drives it: the fields filled in, the
 * answers typed as digits into the statement that has the focus, Add and
 * Next, Add; then Ctrl+Z in the window.  The import dialog reads the
 * test sheets (ODS and CSV) and its Import adds the round.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "ui-test.h"
#include "alignment-survey-entry.h"
#include "alignment-timeline-view.h"
#include "alignment-survey-import-dialog.h"

static AlignmentApplication *app;

static AlignmentWindow *
new_window_with_example (void)
{
  AlignmentWindow *window = ui_test_new_window ();

  ui_test_activate (window, "win.open-example");
  ui_test_spin_until (ui_test_window_loaded, window, "the example to load");
  return window;
}

static GListModel *
rounds_of (AlignmentWindow *window)
{
  return G_LIST_MODEL (alignment_case_get_survey_rounds (alignment_window_get_case (window)));
}

static AlignmentSurveyRound *
round_at (AlignmentWindow *window,
          guint            n)
{
  g_autoptr(AlignmentSurveyRound) round = g_list_model_get_item (rounds_of (window), n);

  g_assert_nonnull (round);
  return round;  /* the case holds it */
}

static AlignmentSurveyResponse *
response_at (AlignmentSurveyRound *round,
             guint                 n)
{
  g_autoptr(AlignmentSurveyResponse) response = g_list_model_get_item (G_LIST_MODEL (alignment_survey_round_get_responses (round)), n);

  g_assert_nonnull (response);
  return response;
}

static guint
n_responses (AlignmentSurveyRound *round)
{
  return g_list_model_get_n_items (G_LIST_MODEL (alignment_survey_round_get_responses (round)));
}

static gboolean
entry_gone (gpointer unused)
{
  return ui_test_find_toplevel (ALIGNMENT_TYPE_SURVEY_ENTRY) == NULL;
}

static GtkEditable *
entry_row (GtkWidget *dialog,
           guint      n)
{
  GtkWidget *row = ui_test_find_any_nth (dialog, ADW_TYPE_ENTRY_ROW, n);

  g_assert_nonnull (row);
  return GTK_EDITABLE (row);
}

static AdwComboRow *
combo_row (GtkWidget *dialog,
           guint      n)
{
  GtkWidget *row = ui_test_find_any_nth (dialog, ADW_TYPE_COMBO_ROW, n);

  g_assert_nonnull (row);
  return ADW_COMBO_ROW (row);
}

/* The scale button @point (1 to 7) of statement 1. */
static GtkWidget *
first_point (GtkWidget *dialog)
{
  GtkWidget *button = ui_test_find_any_nth (dialog, GTK_TYPE_TOGGLE_BUTTON, 0);

  g_assert_nonnull (button);
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (button)), ==, "1");
  return button;
}

/* Presses @keys ("7", "0"; "D" for Delete, "K" for the keypad's 7)
 * in the statement that has the focus, as typed on the keyboard. */
static void
press_keys (GtkWidget  *dialog,
            const char *keys)
{
  GtkWidget *list = gtk_widget_get_ancestor (first_point (dialog), GTK_TYPE_LIST_BOX);
  GtkEventController *controller = ui_test_find_controller (list, GTK_TYPE_EVENT_CONTROLLER_KEY);

  for (const char *k = keys; *k != '\0'; k++)
    {
      guint keyval = *k == 'D' ? GDK_KEY_Delete : *k == 'K' ? GDK_KEY_KP_7 : GDK_KEY_0 + (guint) (*k - '0');
      gboolean handled = FALSE;

      g_signal_emit_by_name (controller, "key-pressed", keyval, 0, (GdkModifierType) 0, &handled);
      g_assert_true (handled);
    }
  ui_test_settle ();
}

/* Types @keys into the statements from statement 1 on. */
static void
type_answers (GtkWidget  *dialog,
              const char *keys)
{
  gtk_widget_grab_focus (first_point (dialog));
  press_keys (dialog, keys);
}

static void
test_entry_keyboard_add_undo (void)
{
  AlignmentWindow *window = new_window_with_example ();
  GtkWidget *dialog;
  AlignmentSurveyEntry *entry;
  g_autofree char *answers = NULL;
  AlignmentSurveyRound *round;
  AlignmentSurveyResponse *response;

  g_assert_cmpuint (g_list_model_get_n_items (rounds_of (window)), ==, 0);
  ui_test_activate (window, "win.survey-add-responses");
  dialog = GTK_WIDGET (ui_test_find_toplevel (ALIGNMENT_TYPE_SURVEY_ENTRY));
  g_assert_nonnull (dialog);
  entry = ALIGNMENT_SURVEY_ENTRY (dialog);

  /* Nothing filled in: refused, and said why where the user sees it. */
  g_assert_true (gtk_widget_activate_action (dialog, "entry.add-next", NULL));
  ui_test_settle ();
  g_assert_cmpuint (g_list_model_get_n_items (rounds_of (window)), ==, 0);
  ui_test_assert_label_containing (dialog, "Name the new round");

  gtk_editable_set_text (entry_row (dialog, 0), "Q1 2024 review");
  gtk_editable_set_text (entry_row (dialog, 1), "31-13-2024");
  ui_test_assert_label_containing (dialog, "“31-13-2024” is not a date");
  gtk_editable_set_text (entry_row (dialog, 1), "31-3-2024");
  gtk_editable_set_text (entry_row (dialog, 2), "Service manager");
  ui_test_assert_label_containing (dialog, "Choose the answering party");
  adw_combo_row_set_selected (combo_row (dialog, 1), 2);
  ui_test_assert_label_containing (dialog, "Answer at least one statement");

  /* 7 to 1 down the first seven, 0 skips the eighth; a 2 for the
   * ninth taken back with Delete, then 7 to the last four (one from
   * the keypad). */
  type_answers (dialog, "76543210");
  press_keys (dialog, "2");
  gtk_widget_grab_focus (ui_test_find_any_nth (dialog, GTK_TYPE_TOGGLE_BUTTON, 8 * 7));
  press_keys (dialog, "DK777");
  answers = alignment_survey_entry_dup_answers (entry);
  g_assert_cmpstr (answers, ==, "7654321-7777");
  g_assert_null (alignment_survey_entry_get_problem (entry));

  /* Add and Next: the round and its first response, one step. */
  g_assert_true (gtk_widget_activate_action (dialog, "entry.add-next", NULL));
  ui_test_settle ();
  g_assert_cmpuint (g_list_model_get_n_items (rounds_of (window)), ==, 1);
  round = round_at (window, 0);
  g_assert_cmpstr (alignment_survey_round_get_name (round), ==, "Q1 2024 review");
  g_assert_cmpuint (alignment_survey_round_get_date (round), ==, alignment_date_parse_iso ("2024-03-31"));
  g_assert_cmpuint (n_responses (round), ==, 1);
  response = response_at (round, 0);
  g_assert_cmpint (alignment_survey_response_get_party (response), ==, ALIGNMENT_PARTY_PROVIDER);
  g_assert_cmpstr (alignment_survey_response_get_respondent (response), ==, "Service manager");
  g_assert_cmpstr (alignment_survey_response_get_answers (response), ==, "7654321-7777");

  /* The form is ready for the next respondent of the same round and
   * party: the round is now the one chosen, the answers empty. */
  g_clear_pointer (&answers, g_free);
  answers = alignment_survey_entry_dup_answers (entry);
  g_assert_cmpstr (answers, ==, "------------");
  g_assert_cmpuint (adw_combo_row_get_selected (combo_row (dialog, 0)), ==, 1);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (entry_row (dialog, 0))));
  g_assert_cmpuint (adw_combo_row_get_selected (combo_row (dialog, 1)), ==, 2);
  g_assert_cmpstr (gtk_editable_get_text (entry_row (dialog, 2)), ==, "");
  ui_test_assert_label_containing (dialog, "Added 1 response");

  /* An 8 is not on the scale: refused, nothing answered. */
  type_answers (dialog, "8");
  g_clear_pointer (&answers, g_free);
  answers = alignment_survey_entry_dup_answers (entry);
  g_assert_cmpstr (answers, ==, "------------");

  gtk_editable_set_text (entry_row (dialog, 2), "Account manager");
  type_answers (dialog, "555555555555");
  g_assert_true (gtk_widget_activate_action (dialog, "entry.add", NULL));
  ui_test_spin_until (entry_gone, NULL, "the form to close after Add");
  g_assert_cmpuint (g_list_model_get_n_items (rounds_of (window)), ==, 1);
  g_assert_cmpuint (n_responses (round), ==, 2);
  g_assert_cmpstr (alignment_survey_response_get_answers (response_at (round, 1)), ==, "555555555555");
  g_assert_true (alignment_document_get_modified (alignment_window_get_document (window)));

  /* Ctrl+Z takes the last response out; again, the round with its first. */
  ui_test_activate (window, "win.undo");
  g_assert_cmpuint (n_responses (round), ==, 1);
  ui_test_activate (window, "win.undo");
  g_assert_cmpuint (g_list_model_get_n_items (rounds_of (window)), ==, 0);
  ui_test_activate (window, "win.redo");
  g_assert_cmpuint (g_list_model_get_n_items (rounds_of (window)), ==, 1);
  g_assert_cmpuint (n_responses (round_at (window, 0)), ==, 1);

  alignment_history_mark_saved (alignment_document_get_history (alignment_window_get_document (window)));
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_entry_edit_delete (void)
{
  AlignmentWindow *window = new_window_with_example ();
  AlignmentDocument *document = alignment_window_get_document (window);
  AlignmentCase *kase = alignment_window_get_case (window);
  g_autoptr(AlignmentSurveyRound) round = alignment_survey_round_new ("Q2 2024 review", alignment_date_parse_iso ("2024-06-30"));
  g_autoptr(AlignmentSurveyResponse) response = alignment_survey_response_new (ALIGNMENT_PARTY_CUSTOMER);
  AlignmentSurveyEntry *entry;
  g_autofree char *answers = NULL;

  alignment_survey_response_set_respondent (response, "CIO");
  g_assert_true (alignment_survey_response_set_answers (response, "777777777777"));
  g_list_store_append (alignment_survey_round_get_responses (round), response);
  alignment_case_add_survey_round (kase, round);

  entry = alignment_survey_entry_new_for_response (GTK_WINDOW (window), document, round, response);
  gtk_window_present (GTK_WINDOW (entry));
  ui_test_settle ();
  answers = alignment_survey_entry_dup_answers (entry);
  g_assert_cmpstr (answers, ==, "777777777777");
  g_assert_cmpstr (gtk_editable_get_text (entry_row (GTK_WIDGET (entry), 2)), ==, "CIO");
  g_assert_null (ui_test_find_button (GTK_WIDGET (entry), "Add and _Next"));

  /* Three answers changed and the party: Save is one step. */
  type_answers (GTK_WIDGET (entry), "123");
  adw_combo_row_set_selected (combo_row (GTK_WIDGET (entry), 1), 2);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (entry), "entry.add", NULL));
  ui_test_spin_until (entry_gone, NULL, "the form to close after Save");
  g_assert_cmpstr (alignment_survey_response_get_answers (response), ==, "123777777777");
  g_assert_cmpint (alignment_survey_response_get_party (response), ==, ALIGNMENT_PARTY_PROVIDER);
  ui_test_activate (window, "win.undo");
  g_assert_cmpstr (alignment_survey_response_get_answers (response), ==, "777777777777");
  g_assert_cmpint (alignment_survey_response_get_party (response), ==, ALIGNMENT_PARTY_CUSTOMER);

  /* A new round may not take the name of one the case has. */
  entry = alignment_survey_entry_new (GTK_WINDOW (window), document);
  gtk_window_present (GTK_WINDOW (entry));
  ui_test_settle ();
  adw_combo_row_set_selected (combo_row (GTK_WIDGET (entry), 0), 0);
  gtk_editable_set_text (entry_row (GTK_WIDGET (entry), 0), "q2 2024 review");
  adw_combo_row_set_selected (combo_row (GTK_WIDGET (entry), 1), 1);
  type_answers (GTK_WIDGET (entry), "4");
  gtk_widget_activate_action (GTK_WIDGET (entry), "entry.add", NULL);
  ui_test_settle ();
  ui_test_assert_label_containing (GTK_WIDGET (entry), "already has a round named “q2 2024 review”");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (alignment_case_get_survey_rounds (kase))), ==, 1);
  gtk_window_destroy (GTK_WINDOW (entry));

  /* Delete Response, undone. */
  entry = alignment_survey_entry_new_for_response (GTK_WINDOW (window), document, round, response);
  gtk_window_present (GTK_WINDOW (entry));
  ui_test_settle ();
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (entry), "entry.delete", NULL));
  ui_test_spin_until (entry_gone, NULL, "the form to close after Delete");
  g_assert_cmpuint (n_responses (round), ==, 0);
  ui_test_activate (window, "win.undo");
  g_assert_cmpuint (n_responses (round), ==, 1);

  alignment_history_mark_saved (alignment_document_get_history (document));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* ---- The timeline --------------------------------------------------------- */

typedef struct
{
  AlignmentWindow *window;
  guint            expected;
} RoundsOnTimeline;

static gboolean
timeline_has_rounds (gpointer data)
{
  const RoundsOnTimeline *wait = data;
  GtkWidget *view = ui_test_find_mapped (GTK_WIDGET (wait->window), ALIGNMENT_TYPE_TIMELINE_VIEW);
  const AlignmentTimelineLayout *layout = view != NULL ? alignment_timeline_view_get_layout (ALIGNMENT_TIMELINE_VIEW (view)) : NULL;

  return layout != NULL && layout->rounds != NULL && layout->rounds->len == wait->expected;
}

/* A round typed in shows on the Timeline page at once, and undo takes
 * it off again; its hover text has the scores. */
static void
test_timeline_follows (void)
{
  AlignmentWindow *window = new_window_with_example ();
  GtkWidget *dialog;
  GtkWidget *view;
  const AlignmentTimelineLayout *layout;
  g_autofree char *text = NULL;
  RoundsOnTimeline wait = { window, 0 };

  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 800);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s", "timeline"));
  ui_test_settle ();
  ui_test_spin_until (timeline_has_rounds, &wait, "the timeline without rounds");

  ui_test_activate (window, "win.survey-add-responses");
  dialog = GTK_WIDGET (ui_test_find_toplevel (ALIGNMENT_TYPE_SURVEY_ENTRY));
  gtk_editable_set_text (entry_row (dialog, 0), "Q1 2024 review");
  gtk_editable_set_text (entry_row (dialog, 1), "2024-03-15");
  adw_combo_row_set_selected (combo_row (dialog, 1), 1);
  type_answers (dialog, "777777777777");
  g_assert_true (gtk_widget_activate_action (dialog, "entry.add", NULL));
  ui_test_spin_until (entry_gone, NULL, "the form to close after Add");

  wait.expected = 1;
  ui_test_spin_until (timeline_has_rounds, &wait, "the round on the timeline");
  view = ui_test_find_mapped (GTK_WIDGET (window), ALIGNMENT_TYPE_TIMELINE_VIEW);
  layout = alignment_timeline_view_get_layout (ALIGNMENT_TIMELINE_VIEW (view));
  /* On screen the name alone; the scores on hover. */
  g_assert_cmpstr (g_array_index (layout->rounds, AlignmentTimelineRoundMark, 0).text, ==, "Q1 2024 review");
  text = alignment_timeline_layout_round_text (layout, 0);
  g_assert_nonnull (strstr (text, "Contractual 7.00, Operational 4.00, Relational 2.50"));

  /* The pointer over the diamond asks for a tooltip; beside it, none. */
  {
    const AlignmentTimelineRoundMark *mark = &g_array_index (layout->rounds, AlignmentTimelineRoundMark, 0);
    int y = (int) (mark->marker.y + mark->marker.height / 2);
    g_autoptr(GObject) tooltip = g_object_new (GTK_TYPE_TOOLTIP, NULL);
    gboolean answered = FALSE;

    g_assert_true (gtk_widget_get_has_tooltip (view));
    g_signal_emit_by_name (view, "query-tooltip", (int) mark->x, y, FALSE, tooltip, &answered);
    g_assert_true (answered);
    answered = FALSE;
    g_signal_emit_by_name (view, "query-tooltip", (int) (mark->x > 200 ? mark->x - 150 : mark->x + 150), y,
                           FALSE, tooltip, &answered);
    g_assert_false (answered);
  }

  ui_test_activate (window, "win.undo");
  wait.expected = 0;
  ui_test_spin_until (timeline_has_rounds, &wait, "the round to leave the timeline");

  alignment_history_mark_saved (alignment_document_get_history (alignment_window_get_document (window)));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* ---- Import --------------------------------------------------------------- */

static gboolean
import_read (gpointer dialog)
{
  return !alignment_survey_import_dialog_get_busy (dialog);
}

static AlignmentSurveyImportDialog *
open_import (AlignmentWindow *window,
             const char      *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  AlignmentSurveyImportDialog *dialog;

  dialog = alignment_survey_import_dialog_new (GTK_WINDOW (window), alignment_window_get_document (window), file);
  gtk_window_present (GTK_WINDOW (dialog));
  ui_test_spin_until (import_read, dialog, "the responses to be read");
  ui_test_settle ();
  return dialog;
}

static void
check_import (const char *name)
{
  AlignmentWindow *window = new_window_with_example ();
  AlignmentSurveyImportDialog *dialog = open_import (window, name);
  const AlignmentSurveyImport *import = alignment_survey_import_dialog_get_import (dialog);
  AlignmentSurveyRound *round;
  AlignmentSurveyResponse *provider;

  g_assert_null (alignment_survey_import_dialog_get_error (dialog));
  g_assert_nonnull (import);
  /* The preview: the two respondents and the report's words. */
  ui_test_assert_label_containing (GTK_WIDGET (dialog), "CIO, ");
  ui_test_assert_label_containing (GTK_WIDGET (dialog), "Answers: 777777777777");
  ui_test_assert_label_containing (GTK_WIDGET (dialog), "Row 4 has no answers and was left out.");

  /* The round's name, typed over the file's. */
  gtk_editable_set_text (entry_row (GTK_WIDGET (dialog), 0), "Q1 2024 review");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "survey-import.import", NULL));
  ui_test_settle ();
  g_assert_cmpuint (g_list_model_get_n_items (rounds_of (window)), ==, 1);
  round = round_at (window, 0);
  g_assert_cmpstr (alignment_survey_round_get_name (round), ==, "Q1 2024 review");
  g_assert_cmpuint (alignment_survey_round_get_date (round), ==, alignment_date_parse_iso ("2024-03-28"));
  g_assert_cmpuint (n_responses (round), ==, 2);
  provider = response_at (round, 1);
  g_assert_cmpint (alignment_survey_response_get_party (provider), ==, ALIGNMENT_PARTY_PROVIDER);
  g_assert_cmpstr (alignment_survey_response_get_answers (provider), ==, "6-53262157-4");

  ui_test_activate (window, "win.undo");
  g_assert_cmpuint (g_list_model_get_n_items (rounds_of (window)), ==, 0);

  alignment_history_mark_saved (alignment_document_get_history (alignment_window_get_document (window)));
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_import_ods (void)
{
  check_import ("survey-responses.ods");
}

static void
test_import_csv (void)
{
  check_import ("survey-responses.csv");
}

static void
test_import_answer_8 (void)
{
  AlignmentWindow *window = new_window_with_example ();
  AlignmentSurveyImportDialog *dialog = open_import (window, "survey-responses-answer-8.ods");
  const char *error = alignment_survey_import_dialog_get_error (dialog);

  /* Refused, naming the file, the row and the column of the 8. */
  g_assert_null (alignment_survey_import_dialog_get_import (dialog));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error, "survey-responses-answer-8.ods"));
  g_assert_nonnull (strstr (error, "row 3"));
  g_assert_nonnull (strstr (error, "column H"));
  g_assert_nonnull (strstr (error, "“8”"));
  ui_test_assert_label_containing (GTK_WIDGET (dialog), "is not an answer from 1 to 7");
  /* Import is off, and Ctrl+Enter adds nothing. */
  g_assert_false (gtk_widget_get_sensitive (ui_test_find_button (GTK_WIDGET (dialog), "_Import")));
  gtk_widget_activate_action (GTK_WIDGET (dialog), "survey-import.import", NULL);
  ui_test_settle ();
  g_assert_cmpuint (g_list_model_get_n_items (rounds_of (window)), ==, 0);

  gtk_window_destroy (GTK_WINDOW (dialog));
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  if (!ui_test_init (&argc, &argv, "/survey-entry/skipped", "test-survey-entry-XXXXXX", &status))
    return status;
  app = ui_test_start_application (G_APPLICATION_HANDLES_OPEN | G_APPLICATION_NON_UNIQUE);

  ui_test_add ("/survey-entry/keyboard-add-undo", test_entry_keyboard_add_undo, UI_TEST_FRESH_CASES);
  ui_test_add ("/survey-entry/edit-delete", test_entry_edit_delete, UI_TEST_FRESH_CASES);
  ui_test_add ("/survey-entry/timeline-follows", test_timeline_follows, UI_TEST_FRESH_CASES);
  ui_test_add ("/survey-import/ods", test_import_ods, UI_TEST_FRESH_CASES);
  ui_test_add ("/survey-import/csv", test_import_csv, UI_TEST_FRESH_CASES);
  ui_test_add ("/survey-import/answer-8", test_import_answer_8, UI_TEST_FRESH_CASES);

  return ui_test_run ();
}
