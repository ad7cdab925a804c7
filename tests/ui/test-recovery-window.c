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

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "alignment-application.h"
#include "alignment-library.h"
#include "alignment-recovery.h"
#include "alignment-signal-editor.h"
#include "alignment-window.h"

#define TIMEOUT_SECONDS 30

typedef gboolean (*Predicate) (gpointer data);

static AlignmentApplication *app;
static char *data_home;

static gboolean
wake_cb (gpointer data)
{
  return G_SOURCE_CONTINUE;
}

static void
spin_until (Predicate   predicate,
            gpointer    data,
            const char *what)
{
  gint64 deadline = g_get_monotonic_time () + TIMEOUT_SECONDS * G_USEC_PER_SEC;
  guint tick = g_timeout_add (20, wake_cb, NULL);

  while (!predicate (data))
    {
      if (g_get_monotonic_time () > deadline)
        g_error ("Timed out waiting for %s", what);
      g_main_context_iteration (NULL, TRUE);
    }

  g_source_remove (tick);
}

static void
spin_for (guint ms)
{
  gint64 until = g_get_monotonic_time () + ms * 1000;
  guint tick = g_timeout_add (10, wake_cb, NULL);

  while (g_get_monotonic_time () < until)
    g_main_context_iteration (NULL, TRUE);

  g_source_remove (tick);
}

static gboolean
window_loaded (gpointer data)
{
  return !alignment_window_get_loading (ALIGNMENT_WINDOW (data));
}

static gboolean
library_idle (gpointer data)
{
  return !alignment_library_get_busy (alignment_window_get_library (ALIGNMENT_WINDOW (data)));
}

static gboolean
document_saved (gpointer data)
{
  return !alignment_document_get_modified (ALIGNMENT_DOCUMENT (data));
}

static gboolean
window_gone (gpointer data)
{
  return g_list_find (gtk_application_get_windows (GTK_APPLICATION (app)), data) == NULL;
}

static AlignmentWindow *
new_window (void)
{
  AlignmentWindow *window = alignment_window_new (app);

  gtk_window_present (GTK_WINDOW (window));
  spin_until (library_idle, window, "the library to be read");
  return window;
}

static void
activate (AlignmentWindow *window,
          const char      *action)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), action, NULL));
  spin_for (50);
}

static AdwMessageDialog *
find_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  guint n = g_list_model_get_n_items (toplevels);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (window) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return ADW_MESSAGE_DIALOG (window);
    }

  return NULL;
}

static gboolean
dialog_shown (gpointer data)
{
  return find_dialog () != NULL;
}

/* Answers the question on screen with @response, as a click would, and
 * returns its heading and body ("heading\nbody"). */
static char *
answer_dialog (const char *response,
               const char *expected_heading_part)
{
  AdwMessageDialog *dialog;
  char *text;

  spin_until (dialog_shown, NULL, "a question");
  dialog = find_dialog ();
  text = g_strdup_printf ("%s\n%s", adw_message_dialog_get_heading (dialog),
                          adw_message_dialog_get_body (dialog));
  g_test_message ("Asked: %s", text);
  if (expected_heading_part != NULL)
    g_assert_nonnull (strstr (adw_message_dialog_get_heading (dialog), expected_heading_part));
  adw_message_dialog_response (dialog, response);
  gtk_window_destroy (GTK_WINDOW (dialog));
  spin_for (50);
  return text;
}

static GtkWidget *
find_button (GtkWidget  *root,
             const char *label)
{
  if (!gtk_widget_get_mapped (root))
    return NULL;

  if (GTK_IS_BUTTON (root) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (root)), label) == 0)
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_button (child, label);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static GtkWidget *find_any_button (GtkWidget  *root,
                                   const char *label);

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

static GtkWidget *
find_any_button (GtkWidget  *root,
                 const char *label)
{
  if (GTK_IS_BUTTON (root) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (root)), label) == 0)
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_any_button (child, label);

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
  GtkWidget *keep = find_any_button (GTK_WIDGET (data), "_Keep Mine");
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

  return find_button (GTK_WIDGET (query->window), query->label) != NULL;
}

/* Clicks @label once the bar has slid far enough to show it. */
static void
click (AlignmentWindow *window,
       const char      *label)
{
  ButtonQuery query = { window, label };

  spin_until (button_mapped, &query, label);
  g_signal_emit_by_name (find_button (GTK_WIDGET (window), label), "clicked");
  spin_for (50);
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

static guint
n_signals_in (GFile *file)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AlignmentCase) c = alignment_case_load (file, NULL, &error);

  g_assert_no_error (error);
  return alignment_signal_list_get_n (alignment_case_get_signals (c));
}

static char *
read_file (GFile *file)
{
  char *contents = NULL;

  g_assert_true (g_file_load_contents (file, NULL, &contents, NULL, NULL, NULL));
  return contents;
}

/* A case file of the library, as another program would write it. */
static GFile *
write_case (const char *name,
            const char *title,
            guint       n_signals)
{
  g_autofree char *path = g_build_filename (data_home, PACKAGE_NAME, "cases", name, NULL);
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
  AlignmentWindow *window = new_window ();

  alignment_window_open (window, file);
  spin_until (window_loaded, window, "the case to load");
  g_assert_nonnull (alignment_window_get_document (window));
  return window;
}

/* ---- Crash recovery ------------------------------------------------------------- */

static void
test_crash_restore (void)
{
  AlignmentWindow *window = new_window ();
  AlignmentDocument *document;
  g_autoptr(GFile) file = NULL;
  g_autofree char *asked = NULL;
  g_autofree char *name = NULL;
  CopyQuery query = { 1, NULL };
  GtkWidget *trigger;

  g_assert_cmpuint (n_copies (), ==, 0);

  /* A saved case has no copy: only unsaved changes do. */
  activate (window, "win.new-case");
  file = g_object_ref (alignment_window_get_file (window));
  spin_for (400);
  g_assert_cmpuint (n_copies (), ==, 0);

  /* A new signal is a step of the history: written soon after. */
  activate (window, "win.new-thread");
  spin_until (copy_has, &query, "the recovery copy of the new signal");

  /* Typing waits for a pause (ALIGNMENT_RECOVERY_DELAY_MS), then it is
   * in the copy too. */
  trigger = find_row (GTK_WIDGET (window), "Trigger or reason");
  g_assert_nonnull (trigger);
  gtk_editable_set_text (GTK_EDITABLE (trigger), "Steering");
  gtk_editable_set_text (GTK_EDITABLE (trigger), "Steering board asks");
  query.text = "Steering board asks";
  spin_until (copy_has, &query, "the typing in the recovery copy");

  /* The crash: the window goes without a question. */
  gtk_window_destroy (GTK_WINDOW (window));
  spin_for (100);
  g_assert_true (copy_has (&query));
  g_assert_cmpuint (n_signals_in (file), ==, 0);

  /* The next start asks, naming the file and the copy's age. */
  window = new_window ();
  alignment_window_offer_recovery (window);
  asked = answer_dialog ("restore", "Restore Unsaved Changes?");
  name = g_file_get_parse_name (file);
  g_assert_nonnull (strstr (asked, name));
  g_assert_nonnull (strstr (asked, "less than a minute ago"));
  spin_until (window_loaded, window, "the restore");
  spin_for (100);

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
  activate (window, "win.save");
  g_free (answer_dialog ("overwrite", "Was Changed by Another Program"));
  spin_until (document_saved, document, "the save");
  g_assert_cmpuint (n_signals_in (file), ==, 1);
  spin_until (no_copies, NULL, "the copy to go after the save");

  /* Saved: nothing to ask at the next start. */
  gtk_window_destroy (GTK_WINDOW (window));
  window = new_window ();
  alignment_window_offer_recovery (window);
  spin_for (200);
  g_assert_null (find_dialog ());
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_discard_and_later (void)
{
  AlignmentWindow *window = new_window ();
  g_autoptr(GFile) file = NULL;
  CopyQuery query = { 1, NULL };

  activate (window, "win.new-case");
  file = g_object_ref (alignment_window_get_file (window));
  activate (window, "win.new-thread");
  spin_until (copy_has, &query, "the recovery copy");

  /* Undone back to the saved state: nothing unsaved, no copy. */
  activate (window, "win.undo");
  spin_until (no_copies, NULL, "the copy to go after undo");
  activate (window, "win.redo");
  spin_until (copy_has, &query, "the copy after redo");

  /* Closing with "Discard" lets the changes go, and the copy. */
  gtk_window_close (GTK_WINDOW (window));
  g_free (answer_dialog ("discard", "Save Changes"));
  spin_until (window_gone, window, "the window to close");
  spin_until (no_copies, NULL, "the copy to go after discard");

  /* "Decide Later" keeps the copy for the next start; "Discard" there
   * deletes it. */
  window = open_case (file);
  activate (window, "win.new-thread");
  spin_until (copy_has, &query, "the recovery copy");
  gtk_window_destroy (GTK_WINDOW (window));

  window = new_window ();
  alignment_window_offer_recovery (window);
  g_free (answer_dialog ("later", "Restore Unsaved Changes?"));
  g_assert_cmpuint (n_copies (), ==, 1);
  g_assert_null (alignment_window_get_document (window));
  gtk_window_destroy (GTK_WINDOW (window));

  window = new_window ();
  alignment_window_offer_recovery (window);
  g_free (answer_dialog ("discard", "Restore Unsaved Changes?"));
  g_assert_cmpuint (n_copies (), ==, 0);
  g_assert_cmpuint (n_signals_in (file), ==, 0);

  /* A save leaves none; a clean close after it neither. */
  alignment_window_open (window, file);
  spin_until (window_loaded, window, "the case");
  activate (window, "win.new-thread");
  spin_until (copy_has, &query, "the recovery copy");
  activate (window, "win.save");
  spin_until (document_saved, alignment_window_get_document (window), "the save");
  spin_until (no_copies, NULL, "the copy to go after the save");
  gtk_window_close (GTK_WINDOW (window));
  spin_until (window_gone, window, "the window to close");
  g_assert_cmpuint (n_copies (), ==, 0);
}

static gboolean
label_containing (GtkWidget  *root,
                  const char *part)
{
  if (!gtk_widget_get_mapped (root))
    return FALSE;

  if (GTK_IS_LABEL (root) && strstr (gtk_label_get_text (GTK_LABEL (root)), part) != NULL)
    return TRUE;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (label_containing (child, part))
      return TRUE;

  return FALSE;
}

static gboolean
toast_shown (gpointer data)
{
  return label_containing (GTK_WIDGET (data), "Could not keep a recovery copy");
}

/* A copy that cannot be written (here: a file where the folder should
 * be) is said once, not hidden in a log. */
static void
test_copy_fails (void)
{
  g_autofree char *recovery = g_build_filename (data_home, PACKAGE_NAME, "recovery", NULL);
  AlignmentWindow *window;

  g_assert_true (g_file_set_contents (recovery, "not a folder", -1, NULL));
  window = new_window ();
  activate (window, "win.new-case");
  activate (window, "win.new-thread");
  spin_until (toast_shown, window, "the toast about the recovery copy");
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
  spin_for (400);
  g_assert_false (bar_shown (window));

  /* Our own save is not "another program". */
  activate (window, "win.new-signal");
  activate (window, "win.save");
  spin_until (document_saved, alignment_window_get_document (window), "the save");
  spin_for (600);
  g_assert_false (bar_shown (window));
  g_assert_cmpuint (n_signals_in (file), ==, 4);

  /* Another program rewrites it: the bar; Reload shows its version. */
  g_object_unref (write_case ("watched.alignment", "Written elsewhere", 5));
  spin_until (bar_shown, window, "the bar saying the file changed");
  click (window, "_Reload");
  spin_until (window_loaded, window, "the reload");
  spin_for (100);
  g_assert_cmpstr (alignment_case_get_title (alignment_window_get_case (window)), ==, "Written elsewhere");
  g_assert_false (alignment_document_get_modified (alignment_window_get_document (window)));
  g_assert_false (bar_shown (window));

  /* With unsaved changes Reload asks; Cancel keeps them. */
  activate (window, "win.new-thread");
  g_object_unref (write_case ("watched.alignment", "Written again", 2));
  spin_until (bar_shown, window, "the bar again");
  click (window, "_Reload");
  g_free (answer_dialog ("cancel", "Reload"));
  document = alignment_window_get_document (window);
  g_assert_true (alignment_document_get_modified (document));
  g_assert_cmpuint (alignment_signal_list_get_n (alignment_case_get_signals (alignment_window_get_case (window))), ==, 6);
  click (window, "_Reload");
  g_free (answer_dialog ("reload", "Reload"));
  spin_until (window_loaded, window, "the reload");
  spin_for (100);
  g_assert_cmpstr (alignment_case_get_title (alignment_window_get_case (window)), ==, "Written again");
  g_assert_cmpuint (alignment_signal_list_get_n (alignment_case_get_signals (alignment_window_get_case (window))), ==, 2);
  g_assert_false (alignment_document_get_modified (alignment_window_get_document (window)));

  /* Deleted: the bar says so, with no Reload. */
  g_assert_true (g_file_delete (file, NULL, NULL));
  spin_until (bar_shown, window, "the bar saying the file is gone");
  g_assert_null (find_button (GTK_WIDGET (window), "_Reload"));
  click (window, "_Keep Mine");
  g_assert_false (bar_shown (window));
  /* Kept: the window's version is unsaved now, and a save writes it. */
  g_assert_true (alignment_document_get_modified (alignment_window_get_document (window)));
  activate (window, "win.save");
  spin_until (document_saved, alignment_window_get_document (window), "the save");
  g_assert_cmpuint (n_signals_in (file), ==, 2);

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

  activate (window, "win.new-signal");
  theirs = write_case ("kept.alignment", "Theirs", 7);
  their_bytes = read_file (file);
  spin_until (bar_shown, window, "the bar");
  click (window, "_Keep Mine");
  g_assert_true (alignment_document_get_modified (document));

  activate (window, "win.save");
  g_free (answer_dialog ("cancel", "Was Changed by Another Program"));
  spin_for (200);
  after = read_file (file);
  g_assert_cmpstr (after, ==, their_bytes);
  g_assert_true (alignment_document_get_modified (document));
  g_assert_cmpuint (alignment_signal_list_get_n (alignment_case_get_signals (alignment_window_get_case (window))), ==, 4);

  /* Overwrite writes the window's version. */
  activate (window, "win.save");
  g_free (answer_dialog ("overwrite", "Was Changed by Another Program"));
  spin_until (document_saved, document, "the overwrite");
  g_assert_cmpuint (n_signals_in (file), ==, 4);
  /* ...and the next save, with nobody else writing, asks nothing. */
  activate (window, "win.new-signal");
  activate (window, "win.save");
  spin_until (document_saved, document, "the save");
  g_assert_null (find_dialog ());
  g_assert_cmpuint (n_signals_in (file), ==, 5);

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

  activate (first, "win.new-signal");
  activate (first, "win.save");
  spin_until (document_saved, first_document, "the first window's save");
  g_assert_cmpuint (n_signals_in (file), ==, 3);
  first_bytes = read_file (file);

  /* The second window's bar tells it, and its save asks. */
  spin_until (bar_shown, second, "the second window's bar");
  activate (second, "win.new-thread");
  activate (second, "win.new-thread");
  activate (second, "win.save");
  g_free (answer_dialog ("cancel", "Was Changed by Another Program"));
  spin_for (200);
  after = read_file (file);
  g_assert_cmpstr (after, ==, first_bytes);
  g_assert_true (alignment_document_get_modified (second_document));

  /* Overwrite, on purpose: now the first window's save asks. */
  activate (second, "win.save");
  g_free (answer_dialog ("overwrite", NULL));
  spin_until (document_saved, second_document, "the second window's save");
  g_assert_cmpuint (n_signals_in (file), ==, 4);
  activate (first, "win.new-signal");
  activate (first, "win.save");
  g_free (answer_dialog ("cancel", "Was Changed by Another Program"));
  g_assert_cmpuint (n_signals_in (file), ==, 4);

  gtk_window_destroy (GTK_WINDOW (first));
  gtk_window_destroy (GTK_WINDOW (second));
}

/* ---- Running ------------------------------------------------------------------------ */

static void
test_skipped (void)
{
  g_test_skip ("ALIGNMENT_SKIP_DISPLAY_TESTS is set: no display tests");
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
        remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

/* Each test gets a library and a recovery folder of its own. */
static void
fresh_folders (void)
{
  g_autofree char *cases = g_build_filename (data_home, PACKAGE_NAME, "cases", NULL);
  g_autofree char *recovery = g_build_filename (data_home, PACKAGE_NAME, "recovery", NULL);

  remove_tree (cases);
  remove_tree (recovery);
  g_mkdir_with_parents (cases, 0700);
}

static void
add_test (const char *path,
          void      (*func) (void))
{
  g_test_add_vtable (path, 0, NULL, (GTestFixtureFunc) fresh_folders, (GTestFixtureFunc) func, NULL);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);

  if (g_getenv ("ALIGNMENT_SKIP_DISPLAY_TESTS") != NULL)
    {
      g_test_add_func ("/recovery-window/skipped", test_skipped);
      return g_test_run ();
    }

  data_home = g_dir_make_tmp ("test-recovery-window-XXXXXX", &error);
  g_assert_no_error (error);
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  /* Short, so that the test does not wait five seconds for each copy. */
  g_setenv ("ALIGNMENT_RECOVERY_DELAY_MS", "300", TRUE);

  if (!gtk_init_check ())
    {
      g_printerr ("No display: run the tests under Xvfb (build-aux/run-tests does), "
                  "or set ALIGNMENT_SKIP_DISPLAY_TESTS=1 where there can be none.\n");
      remove_tree (data_home);
      return 1;
    }

  app = alignment_application_new ();
  g_application_set_flags (G_APPLICATION (app),
                           G_APPLICATION_HANDLES_OPEN | G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);

  add_test ("/recovery-window/crash-restore", test_crash_restore);
  add_test ("/recovery-window/discard-and-later", test_discard_and_later);
  add_test ("/recovery-window/copy-fails", test_copy_fails);
  add_test ("/disk/changed-reload", test_changed_reload);
  add_test ("/disk/save-changed-asks", test_save_changed_asks);
  add_test ("/disk/two-windows", test_two_windows);

  status = g_test_run ();

  g_clear_object (&app);
  remove_tree (data_home);
  g_free (data_home);

  return status;
}
