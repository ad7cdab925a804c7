/* test-recovery-window.c: recovery copies after a crash, and files that
 * another program changed, driven through the window under a display
 *
 * Needs a display (build-aux/run-tests runs the suite under Xvfb):
 * without one this test fails, unless ALIGNMENT_SKIP_DISPLAY_TESTS is
 * set.  The data folder (the library and the recovery copies) is a
 * temporary one.
 *
 * A crash is simulated by destroying the window without closing it:
 * nothing is asked and nothing is discarded, as when the process dies.
 * tests/ui/check-crash-recovery.py does the same to the real app with
 * SIGKILL.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "alignment-application.h"
#include "alignment-library.h"
#include "alignment-recovery.h"
#include "alignment-signal-editor.h"
#include "alignment-window.h"
#include "ui-test.h"

static GtkWidget *
find_row (GtkWidget  *root,
          const char *title)
{
  if (ADW_IS_PREFERENCES_ROW (root)
      && g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (root)), title) == 0)
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_row (child, title);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* The bar is the revealer around "Keep Mine"; while it slides away its
 * buttons are still mapped, so the revealer says. */
static gboolean
bar_shown (gpointer data)
{
  GtkWidget *keep = ui_test_find_any_button (GTK_WIDGET (data), "_Keep Mine");
  GtkWidget *revealer;

  g_assert_nonnull (keep);
  revealer = gtk_widget_get_ancestor (keep, GTK_TYPE_REVEALER);
  g_assert_nonnull (revealer);
  return gtk_revealer_get_reveal_child (GTK_REVEALER (revealer));
}

typedef struct
{
  AlignmentWindow *window;
  const char      *label;
} ButtonQuery;

static gboolean
button_mapped (gpointer data)
{
  ButtonQuery *query = data;

  return ui_test_find_button (GTK_WIDGET (query->window), query->label) != NULL;
}

/* Clicks @label once the bar has slid far enough to show it. */
static void
click (AlignmentWindow *window,
       const char      *label)
{
  ButtonQuery query = { window, label };

  ui_test_spin_until (button_mapped, &query, label);
  g_signal_emit_by_name (ui_test_find_button (GTK_WIDGET (window), label), "clicked");
  ui_test_spin_for (50);
}

static GPtrArray *
list_copies (void)
{
  g_autoptr(GFile) folder = alignment_recovery_get_folder ();

  return alignment_recovery_list (folder);
}

static guint
n_copies (void)
{
  g_autoptr(GPtrArray) entries = list_copies ();

  return entries->len;
}

typedef struct
{
  guint       n_signals;
  const char *text;      /* also in the copy, or NULL */
} CopyQuery;

/* One recovery copy, and it has what the window has. */
static gboolean
copy_has (gpointer data)
{
  CopyQuery *query = data;
  g_autoptr(GPtrArray) entries = list_copies ();
  g_autofree char *contents = NULL;
  g_autoptr(AlignmentCase) copy = NULL;
  AlignmentRecoveryEntry *entry;

  if (entries->len != 1)
    return FALSE;
  entry = g_ptr_array_index (entries, 0);
  if (!g_file_load_contents (entry->copy, NULL, &contents, NULL, NULL, NULL))
    return FALSE;
  copy = alignment_case_load_from_data (contents, strlen (contents), NULL, NULL);
  return copy != NULL
         && alignment_signal_list_get_n (alignment_case_get_signals (copy)) == query->n_signals
         && (query->text == NULL || strstr (contents, query->text) != NULL);
}

static gboolean
no_copies (gpointer data)
{
  return n_copies () == 0;
}

/* A case file of the library, as another program would write it. */
static GFile *
write_case (const char *name,
            const char *title,
            guint       n_signals)
{
  g_autofree char *path = g_build_filename (ui_test_get_data_home (), PACKAGE_NAME, "cases", name, NULL);
  g_autoptr(AlignmentCase) c = n_signals > 0 ? alignment_case_generate (n_signals, 2, 1) : alignment_case_new ();
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;

  alignment_case_set_title (c, title);
  bytes = alignment_case_to_bytes (c);
  g_assert_true (g_file_set_contents (path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &error));
  g_assert_no_error (error);
  return g_file_new_for_path (path);
}

static AlignmentWindow *
open_case (GFile *file)
{
  AlignmentWindow *window = ui_test_new_window ();

  alignment_window_open (window, file);
  ui_test_spin_until (ui_test_window_loaded, window, "the case to load");
  g_assert_nonnull (alignment_window_get_document (window));
  return window;
}

/* ---- Crash recovery ------------------------------------------------------------- */

static void
test_crash_restore (void)
{
  AlignmentWindow *window = ui_test_new_window ();
  AlignmentDocument *document;
  g_autoptr(GFile) file = NULL;
  g_autofree char *asked = NULL;
  g_autofree char *name = NULL;
  CopyQuery query = { 1, NULL };
  GtkWidget *trigger;

  g_assert_cmpuint (n_copies (), ==, 0);

  /* A saved case has no copy: only unsaved changes do. */
  ui_test_activate (window, "win.new-case");
  file = g_object_ref (alignment_window_get_file (window));
  ui_test_spin_for (400);
  g_assert_cmpuint (n_copies (), ==, 0);

  /* A new signal is a step of the history: written soon after. */
  ui_test_activate (window, "win.new-thread");
  ui_test_spin_until (copy_has, &query, "the recovery copy of the new signal");

  /* Typing waits for a pause (ALIGNMENT_RECOVERY_DELAY_MS), then it is
   * in the copy too. */
  trigger = find_row (GTK_WIDGET (window), "Trigger or reason");
  g_assert_nonnull (trigger);
  gtk_editable_set_text (GTK_EDITABLE (trigger), "Steering");
  gtk_editable_set_text (GTK_EDITABLE (trigger), "Steering board asks");
  query.text = "Steering board asks";
  ui_test_spin_until (copy_has, &query, "the typing in the recovery copy");

  /* The crash: the window goes without a question. */
  gtk_window_destroy (GTK_WINDOW (window));
  ui_test_spin_for (100);
  g_assert_true (copy_has (&query));
  g_assert_cmpuint (ui_test_n_signals_in (file), ==, 0);

  /* The next start asks, naming the file and the copy's age. */
  window = ui_test_new_window ();
  alignment_window_offer_recovery (window);
  asked = ui_test_answer_dialog ("restore", "Restore Unsaved Changes?");
  name = g_file_get_parse_name (file);
  g_assert_nonnull (strstr (asked, name));
  g_assert_nonnull (strstr (asked, "less than a minute ago"));
  ui_test_spin_until (ui_test_window_loaded, window, "the restore");
  ui_test_spin_for (100);

  /* The edits are back, unsaved, attached to their file. */
  document = alignment_window_get_document (window);
  g_assert_nonnull (document);
  g_assert_true (g_file_equal (alignment_document_get_file (document), file));
  g_assert_true (alignment_document_get_modified (document));
  g_assert_cmpuint (alignment_signal_list_get_n (alignment_case_get_signals (alignment_window_get_case (window))), ==, 1);
  g_assert_true (g_str_has_prefix (gtk_window_get_title (GTK_WINDOW (window)), "• "));
  g_assert_nonnull (strstr (alignment_signal_get_trigger (alignment_signal_list_get (alignment_case_get_signals (alignment_window_get_case (window)), 0)),
                            "Steering board asks"));
  /* The copy stays until the case is saved. */
  g_assert_cmpuint (n_copies (), ==, 1);

  /* Saving over the file: what it holds now is not known, so it asks. */
  ui_test_activate (window, "win.save");
  g_free (ui_test_answer_dialog ("overwrite", "Was Changed by Another Program"));
  ui_test_spin_until (ui_test_document_saved, document, "the save");
  g_assert_cmpuint (ui_test_n_signals_in (file), ==, 1);
  ui_test_spin_until (no_copies, NULL, "the copy to go after the save");

  /* Saved: nothing to ask at the next start. */
  gtk_window_destroy (GTK_WINDOW (window));
  window = ui_test_new_window ();
  alignment_window_offer_recovery (window);
  ui_test_spin_for (200);
  g_assert_null (ui_test_find_dialog ());
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_discard_and_later (void)
{
  AlignmentWindow *window = ui_test_new_window ();
  g_autoptr(GFile) file = NULL;
  CopyQuery query = { 1, NULL };

  ui_test_activate (window, "win.new-case");
  file = g_object_ref (alignment_window_get_file (window));
  ui_test_activate (window, "win.new-thread");
  ui_test_spin_until (copy_has, &query, "the recovery copy");

  /* Undone back to the saved state: nothing unsaved, no copy. */
  ui_test_activate (window, "win.undo");
  ui_test_spin_until (no_copies, NULL, "the copy to go after undo");
  ui_test_activate (window, "win.redo");
  ui_test_spin_until (copy_has, &query, "the copy after redo");

  /* Closing with "Discard" lets the changes go, and the copy. */
  gtk_window_close (GTK_WINDOW (window));
  g_free (ui_test_answer_dialog ("discard", "Save Changes"));
  ui_test_spin_until (ui_test_window_gone, window, "the window to close");
  ui_test_spin_until (no_copies, NULL, "the copy to go after discard");

  /* "Decide Later" keeps the copy for the next start; "Discard" there
   * deletes it. */
  window = open_case (file);
  ui_test_activate (window, "win.new-thread");
  ui_test_spin_until (copy_has, &query, "the recovery copy");
  gtk_window_destroy (GTK_WINDOW (window));

  window = ui_test_new_window ();
  alignment_window_offer_recovery (window);
  g_free (ui_test_answer_dialog ("later", "Restore Unsaved Changes?"));
  g_assert_cmpuint (n_copies (), ==, 1);
  g_assert_null (alignment_window_get_document (window));
  gtk_window_destroy (GTK_WINDOW (window));

  window = ui_test_new_window ();
  alignment_window_offer_recovery (window);
  g_free (ui_test_answer_dialog ("discard", "Restore Unsaved Changes?"));
  g_assert_cmpuint (n_copies (), ==, 0);
  g_assert_cmpuint (ui_test_n_signals_in (file), ==, 0);

  /* A save leaves none; a clean close after it neither. */
  alignment_window_open (window, file);
  ui_test_spin_until (ui_test_window_loaded, window, "the case");
  ui_test_activate (window, "win.new-thread");
  ui_test_spin_until (copy_has, &query, "the recovery copy");
  ui_test_activate (window, "win.save");
  ui_test_spin_until (ui_test_document_saved, alignment_window_get_document (window), "the save");
  ui_test_spin_until (no_copies, NULL, "the copy to go after the save");
  gtk_window_close (GTK_WINDOW (window));
  ui_test_spin_until (ui_test_window_gone, window, "the window to close");
  g_assert_cmpuint (n_copies (), ==, 0);
}

static gboolean
toast_shown (gpointer data)
{
  return ui_test_find_label_containing (GTK_WIDGET (data), "Could not keep a recovery copy") != NULL;
}

/* A copy that cannot be written (here: a file where the folder should
 * be) is said once, not hidden in a log. */
static void
test_copy_fails (void)
{
  g_autofree char *recovery = g_build_filename (ui_test_get_data_home (), PACKAGE_NAME, "recovery", NULL);
  AlignmentWindow *window;

  g_assert_true (g_file_set_contents (recovery, "not a folder", -1, NULL));
  window = ui_test_new_window ();
  ui_test_activate (window, "win.new-case");
  ui_test_activate (window, "win.new-thread");
  ui_test_spin_until (toast_shown, window, "the toast about the recovery copy");
  g_assert_true (alignment_document_get_modified (alignment_window_get_document (window)));

  gtk_window_destroy (GTK_WINDOW (window));
  g_unlink (recovery);
}

/* ---- Files changed behind our back ------------------------------------------------ */

static void
test_changed_reload (void)
{
  g_autoptr(GFile) file = write_case ("watched.alignment", "Before", 3);
  AlignmentWindow *window = open_case (file);
  AlignmentDocument *document;

  g_assert_cmpstr (alignment_case_get_title (alignment_window_get_case (window)), ==, "Before");
  ui_test_spin_for (400);
  g_assert_false (bar_shown (window));

  /* Our own save is not "another program". */
  ui_test_activate (window, "win.new-signal");
  ui_test_activate (window, "win.save");
  ui_test_spin_until (ui_test_document_saved, alignment_window_get_document (window), "the save");
  ui_test_spin_for (600);
  g_assert_false (bar_shown (window));
  g_assert_cmpuint (ui_test_n_signals_in (file), ==, 4);

  /* Another program rewrites it: the bar; Reload shows its version. */
  g_object_unref (write_case ("watched.alignment", "Written elsewhere", 5));
  ui_test_spin_until (bar_shown, window, "the bar saying the file changed");
  click (window, "_Reload");
  ui_test_spin_until (ui_test_window_loaded, window, "the reload");
  ui_test_spin_for (100);
  g_assert_cmpstr (alignment_case_get_title (alignment_window_get_case (window)), ==, "Written elsewhere");
  g_assert_false (alignment_document_get_modified (alignment_window_get_document (window)));
  g_assert_false (bar_shown (window));

  /* With unsaved changes Reload asks; Cancel keeps them. */
  ui_test_activate (window, "win.new-thread");
  g_object_unref (write_case ("watched.alignment", "Written again", 2));
  ui_test_spin_until (bar_shown, window, "the bar again");
  click (window, "_Reload");
  g_free (ui_test_answer_dialog ("cancel", "Reload"));
  document = alignment_window_get_document (window);
  g_assert_true (alignment_document_get_modified (document));
  g_assert_cmpuint (alignment_signal_list_get_n (alignment_case_get_signals (alignment_window_get_case (window))), ==, 6);
  click (window, "_Reload");
  g_free (ui_test_answer_dialog ("reload", "Reload"));
  ui_test_spin_until (ui_test_window_loaded, window, "the reload");
  ui_test_spin_for (100);
  g_assert_cmpstr (alignment_case_get_title (alignment_window_get_case (window)), ==, "Written again");
  g_assert_cmpuint (alignment_signal_list_get_n (alignment_case_get_signals (alignment_window_get_case (window))), ==, 2);
  g_assert_false (alignment_document_get_modified (alignment_window_get_document (window)));

  /* Deleted: the bar says so, with no Reload. */
  g_assert_true (g_file_delete (file, NULL, NULL));
  ui_test_spin_until (bar_shown, window, "the bar saying the file is gone");
  g_assert_null (ui_test_find_button (GTK_WIDGET (window), "_Reload"));
  click (window, "_Keep Mine");
  g_assert_false (bar_shown (window));
  /* Kept: the window's version is unsaved now, and a save writes it. */
  g_assert_true (alignment_document_get_modified (alignment_window_get_document (window)));
  ui_test_activate (window, "win.save");
  ui_test_spin_until (ui_test_document_saved, alignment_window_get_document (window), "the save");
  g_assert_cmpuint (ui_test_n_signals_in (file), ==, 2);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Keep Mine, then Save: it asks, and Cancel leaves the other program's
 * bytes as they are. */
static void
test_save_changed_asks (void)
{
  g_autoptr(GFile) file = write_case ("kept.alignment", "Mine", 3);
  g_autoptr(GFile) theirs = NULL;
  AlignmentWindow *window = open_case (file);
  AlignmentDocument *document = alignment_window_get_document (window);
  g_autofree char *their_bytes = NULL;
  g_autofree char *after = NULL;

  ui_test_activate (window, "win.new-signal");
  theirs = write_case ("kept.alignment", "Theirs", 7);
  their_bytes = ui_test_read_file (file);
  ui_test_spin_until (bar_shown, window, "the bar");
  click (window, "_Keep Mine");
  g_assert_true (alignment_document_get_modified (document));

  ui_test_activate (window, "win.save");
  g_free (ui_test_answer_dialog ("cancel", "Was Changed by Another Program"));
  ui_test_spin_for (200);
  after = ui_test_read_file (file);
  g_assert_cmpstr (after, ==, their_bytes);
  g_assert_true (alignment_document_get_modified (document));
  g_assert_cmpuint (alignment_signal_list_get_n (alignment_case_get_signals (alignment_window_get_case (window))), ==, 4);

  /* Overwrite writes the window's version. */
  ui_test_activate (window, "win.save");
  g_free (ui_test_answer_dialog ("overwrite", "Was Changed by Another Program"));
  ui_test_spin_until (ui_test_document_saved, document, "the overwrite");
  g_assert_cmpuint (ui_test_n_signals_in (file), ==, 4);
  /* ...and the next save, with nobody else writing, asks nothing. */
  ui_test_activate (window, "win.new-signal");
  ui_test_activate (window, "win.save");
  ui_test_spin_until (ui_test_document_saved, document, "the save");
  g_assert_null (ui_test_find_dialog ());
  g_assert_cmpuint (ui_test_n_signals_in (file), ==, 5);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Two windows of the app on one file cannot overwrite each other
 * silently: the second save asks. */
static void
test_two_windows (void)
{
  g_autoptr(GFile) file = write_case ("shared.alignment", "Shared", 2);
  AlignmentWindow *first = open_case (file);
  AlignmentWindow *second = open_case (file);
  AlignmentDocument *first_document = alignment_window_get_document (first);
  AlignmentDocument *second_document = alignment_window_get_document (second);
  g_autofree char *first_bytes = NULL;
  g_autofree char *after = NULL;

  g_assert_true (first_document != second_document);

  ui_test_activate (first, "win.new-signal");
  ui_test_activate (first, "win.save");
  ui_test_spin_until (ui_test_document_saved, first_document, "the first window's save");
  g_assert_cmpuint (ui_test_n_signals_in (file), ==, 3);
  first_bytes = ui_test_read_file (file);

  /* The second window's bar tells it, and its save asks. */
  ui_test_spin_until (bar_shown, second, "the second window's bar");
  ui_test_activate (second, "win.new-thread");
  ui_test_activate (second, "win.new-thread");
  ui_test_activate (second, "win.save");
  g_free (ui_test_answer_dialog ("cancel", "Was Changed by Another Program"));
  ui_test_spin_for (200);
  after = ui_test_read_file (file);
  g_assert_cmpstr (after, ==, first_bytes);
  g_assert_true (alignment_document_get_modified (second_document));

  /* Overwrite, on purpose: now the first window's save asks. */
  ui_test_activate (second, "win.save");
  g_free (ui_test_answer_dialog ("overwrite", NULL));
  ui_test_spin_until (ui_test_document_saved, second_document, "the second window's save");
  g_assert_cmpuint (ui_test_n_signals_in (file), ==, 4);
  ui_test_activate (first, "win.new-signal");
  ui_test_activate (first, "win.save");
  g_free (ui_test_answer_dialog ("cancel", "Was Changed by Another Program"));
  g_assert_cmpuint (ui_test_n_signals_in (file), ==, 4);

  gtk_window_destroy (GTK_WINDOW (first));
  gtk_window_destroy (GTK_WINDOW (second));
}

/* ---- Running ------------------------------------------------------------------------ */

int
main (int   argc,
      char *argv[])
{
  /* Each test gets a library and a recovery folder of its own. */
  const UiTestFresh fresh = UI_TEST_FRESH_CASES | UI_TEST_FRESH_RECOVERY;
  int status;

  /* Short, so that the test does not wait five seconds for each copy. */
  g_setenv ("ALIGNMENT_RECOVERY_DELAY_MS", "300", TRUE);
  if (!ui_test_init (&argc, &argv, "/recovery-window/skipped", "test-recovery-window-XXXXXX", &status))
    return status;
  ui_test_start_application (G_APPLICATION_HANDLES_OPEN | G_APPLICATION_NON_UNIQUE);
  ui_test_set_settle_time (50);

  ui_test_add ("/recovery-window/crash-restore", test_crash_restore, fresh);
  ui_test_add ("/recovery-window/discard-and-later", test_discard_and_later, fresh);
  ui_test_add ("/recovery-window/copy-fails", test_copy_fails, fresh);
  ui_test_add ("/disk/changed-reload", test_changed_reload, fresh);
  ui_test_add ("/disk/save-changed-asks", test_save_changed_asks, fresh);
  ui_test_add ("/disk/two-windows", test_two_windows, fresh);

  return ui_test_run ();
}
