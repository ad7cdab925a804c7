/* test-file-choosers.c: the window's choosers of a file to read, used as
 * a user does: the chooser opens, a file is chosen (or none), and what
 * the file is for follows
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "alignment-import-dialog.h"
#include "alignment-survey-import-dialog.h"
#include "alignment-window-private.h"
#include "ui-test.h"

static AlignmentApplication *app;

static gboolean
chooser_shown (gpointer data)
{
  return ui_test_find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG) != NULL;
}

static gboolean
chooser_gone (gpointer data)
{
  return ui_test_find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG) == NULL;
}

static gboolean
toplevel_shown (gpointer type)
{
  return ui_test_find_toplevel (GPOINTER_TO_SIZE (type)) != NULL;
}

static gboolean
dialog_shown (gpointer data)
{
  return ui_test_find_dialog () != NULL;
}

static gboolean
file_exists (gpointer file)
{
  return g_file_query_exists (file, NULL);
}

static gboolean
file_selected (gpointer data)
{
  gpointer *wait = data;
  g_autoptr(GFile) selected = gtk_file_chooser_get_file (wait[0]);

  return selected != NULL && g_file_equal (selected, wait[1]);
}

/* Opens the chooser of @action and answers it with @name from the test
 * data, or cancels it when NULL. */
static void
choose (AlignmentWindow *window,
        const char      *action,
        const char      *name)
{
  GtkWindow *chooser;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), action, NULL));
  ui_test_spin_until (chooser_shown, NULL, "the file chooser to open");
  chooser = ui_test_find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG);
  g_assert_true (gtk_window_get_modal (chooser));
  g_assert_true (gtk_window_get_transient_for (chooser) == GTK_WINDOW (window));
  if (name != NULL)
    {
      g_autofree char *path = g_build_filename (g_getenv ("ALIGNMENT_TEST_DATA"), name, NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);

      gpointer wait[] = { chooser, file };

      g_assert_true (gtk_file_chooser_set_file (GTK_FILE_CHOOSER (chooser), file, NULL));
      /* The chooser lists the folder, then selects the file: until then
       * it would refuse the answer. */
      ui_test_spin_until (file_selected, wait, "the file chooser to select the file");
      gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_ACCEPT);
    }
  else
    gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_CANCEL);
  ui_test_spin_until (chooser_gone, NULL, "the file chooser to close");
}

static AlignmentWindow *
new_window_with_example (void)
{
  AlignmentWindow *window = ui_test_new_window ();

  ui_test_activate (window, "win.open-example");
  ui_test_spin_until (ui_test_window_loaded, window, "the example to load");
  return window;
}

static void
close_toplevel (GType type)
{
  GtkWindow *dialog = ui_test_find_toplevel (type);

  g_assert_nonnull (dialog);
  gtk_window_destroy (dialog);
  ui_test_settle ();
}

/* Import… opens the import of the sheet chosen; a cancelled chooser
 * leaves nothing behind, and the next one opens again. */
static void
test_import (void)
{
  AlignmentWindow *window = new_window_with_example ();

  choose (window, "win.import", NULL);
  g_assert_null (ui_test_find_toplevel (ALIGNMENT_TYPE_IMPORT_DIALOG));

  choose (window, "win.import", "datasheet-threads-1-3.tsv");
  ui_test_spin_until (toplevel_shown, GSIZE_TO_POINTER (ALIGNMENT_TYPE_IMPORT_DIALOG), "the import dialog to open");
  close_toplevel (ALIGNMENT_TYPE_IMPORT_DIALOG);

  gtk_window_destroy (GTK_WINDOW (window));
  ui_test_settle ();
}

/* Import Survey Responses… opens the import of the responses chosen. */
static void
test_survey_import (void)
{
  AlignmentWindow *window = new_window_with_example ();

  choose (window, "win.survey-import", NULL);
  g_assert_null (ui_test_find_toplevel (ALIGNMENT_TYPE_SURVEY_IMPORT_DIALOG));

  choose (window, "win.survey-import", "survey-responses.ods");
  ui_test_spin_until (toplevel_shown, GSIZE_TO_POINTER (ALIGNMENT_TYPE_SURVEY_IMPORT_DIALOG),
                      "the survey import dialog to open");
  close_toplevel (ALIGNMENT_TYPE_SURVEY_IMPORT_DIALOG);

  gtk_window_destroy (GTK_WINDOW (window));
  ui_test_settle ();
}

/* Merge a Copy… reads the copy chosen and says what it found. */
static void
test_merge (void)
{
  AlignmentWindow *window = new_window_with_example ();
  AdwMessageDialog *dialog;

  choose (window, "win.merge-copy", NULL);
  g_assert_null (ui_test_find_dialog ());

  choose (window, "win.merge-copy", "governance.alignment");
  ui_test_spin_until (dialog_shown, NULL, "the merge to answer");
  dialog = ui_test_find_dialog ();
  g_test_message ("%s: %s", adw_message_dialog_get_heading (dialog), adw_message_dialog_get_body (dialog));
  g_assert_nonnull (strstr (adw_message_dialog_get_heading (dialog), "Merge"));
  gtk_window_destroy (GTK_WINDOW (dialog));
  ui_test_settle ();

  gtk_window_destroy (GTK_WINDOW (window));
  ui_test_settle ();
}

/* Share a Copy… asks whose copy it is, then where to save it: the copy
 * written is that party's and says where it came from. */
static void
test_share (void)
{
  AlignmentWindow *window = new_window_with_example ();
  AlignmentCase *ours = alignment_window_get_case (window);
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) folder = NULL;
  g_autoptr(GFile) copy_file = NULL;
  g_autoptr(AlignmentCase) copy = NULL;
  g_autofree char *dir = g_dir_make_tmp ("alignment-share-XXXXXX", &error);
  g_autofree char *answered = NULL;
  GtkWindow *chooser;

  g_assert_no_error (error);
  folder = g_file_new_for_path (dir);
  copy_file = g_file_get_child (folder, "for the provider.alignment");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.share-copy", NULL));
  answered = ui_test_answer_dialog ("provider", "Share a Copy");
  ui_test_spin_until (chooser_shown, NULL, "the save chooser to open");
  chooser = ui_test_find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG);
  g_assert_true (gtk_window_get_modal (chooser));
  g_assert_true (gtk_window_get_transient_for (chooser) == GTK_WINDOW (window));
  /* the name offered says whose copy it is */
  {
    g_autofree char *offered = gtk_file_chooser_get_current_name (GTK_FILE_CHOOSER (chooser));

    g_assert_nonnull (strstr (offered, "(provider).alignment"));
  }
  g_assert_true (gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), folder, NULL));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), "for the provider.alignment");
  {
    gpointer wait[] = { chooser, copy_file };

    ui_test_spin_until (file_selected, wait, "the save chooser to take the folder and name");
  }
  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_ACCEPT);
  ui_test_spin_until (chooser_gone, NULL, "the save chooser to close");

  /* as named: the extension typed is not doubled.  The chooser may be
   * gone a moment before it answers (it looks whether the file exists
   * first), so the copy is waited for. */
  ui_test_spin_until (file_exists, copy_file, "the copy to be written");
  copy = alignment_case_load (copy_file, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (alignment_case_get_owner (copy), ==, ALIGNMENT_COPY_OWNER_PROVIDER);
  g_assert_cmpstr (alignment_case_get_copy_of (copy), ==, alignment_case_get_case_id (ours));
  g_assert_cmpuint (alignment_signal_list_get_n (alignment_case_get_signals (copy)), ==,
                    alignment_signal_list_get_n (alignment_case_get_signals (ours)));
  /* this case remembers the exchange: an edit, to be saved */
  g_assert_nonnull (alignment_case_get_base (ours));
  g_assert_true (alignment_history_get_modified (alignment_document_get_history (alignment_window_get_document (window))));

  ui_test_activate (window, "win.undo");
  gtk_window_destroy (GTK_WINDOW (window));
  ui_test_settle ();
  ui_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  if (!ui_test_init (&argc, &argv, "/file-choosers/skipped", "test-file-choosers-XXXXXX", &status))
    return status;

  app = ui_test_start_application (G_APPLICATION_HANDLES_OPEN | G_APPLICATION_NON_UNIQUE);
  ui_test_add ("/file-choosers/import", test_import, UI_TEST_FRESH_CASES);
  ui_test_add ("/file-choosers/survey-import", test_survey_import, UI_TEST_FRESH_CASES);
  ui_test_add ("/file-choosers/merge", test_merge, UI_TEST_FRESH_CASES);
  ui_test_add ("/file-choosers/share", test_share, UI_TEST_FRESH_CASES);
  return ui_test_run ();
}
