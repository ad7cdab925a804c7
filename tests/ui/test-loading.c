/* test-loading.c: the loading page and what a failed load offers
 *
 * Quitting while a case is read leaves no warning behind (issue 15),
 * and a truncated case can be opened as far as it could be read, as a
 * new unsaved case, without touching its file (issue 16).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "alignment-loading-page.h"
#include "ui-test.h"

/* The pulse of the loading page's bar, stopped at quit or not: a
 * critical here fails the test (g_test_init() makes criticals fatal). */
static void
test_quit_while_loading (void)
{
  g_autoptr(GFile) big = ui_test_write_generated_case (100000);
  AlignmentWindow *window = ui_test_new_window ();
  g_autoptr(AlignmentLibrary) library = g_object_ref (alignment_window_get_library (window));

  alignment_window_open (window, big);
  g_assert_true (alignment_window_get_loading (window));
  /* Long enough for the bar to have pulsed a few times. */
  ui_test_spin_for (350);
  g_assert_true (alignment_window_get_loading (window));

  g_action_group_activate_action (G_ACTION_GROUP (g_application_get_default ()), "quit", NULL);
  ui_test_spin_until (ui_test_window_gone, window, "the window to close");
  /* What the cancelled load and the bar's timer do afterwards. */
  ui_test_spin_for (1500);
  /* The library reads the new file's title in a thread of its own: the
   * test ends after it, as libxml2 is torn down at exit. */
  while (alignment_library_get_busy (library))
    ui_test_spin_for (100);
}

/* A window being torn down can still be asked to open a case: its
 * loading page, disposed already, starts no pulse whose bar is gone. */
static void
test_load_after_dispose (void)
{
  g_autoptr(GFile) example = g_file_new_for_path (g_getenv ("ALIGNMENT_EXAMPLE"));
  GtkWidget *page = g_object_ref_sink (g_object_new (ALIGNMENT_TYPE_LOADING_PAGE, NULL));

  g_object_run_dispose (G_OBJECT (page));
  alignment_loading_page_load (ALIGNMENT_LOADING_PAGE (page), example);
  g_assert_false (alignment_loading_page_get_loading (ALIGNMENT_LOADING_PAGE (page)));
  /* The bar pulses every 100 ms. */
  ui_test_spin_for (400);
  g_object_unref (page);
}

/* A critical warning fails a window test, wherever it comes from: the
 * tests run with G_DEBUG=fatal-criticals (tests/ui/meson.build). */
static void
test_critical_is_fatal (void)
{
  g_assert_nonnull (strstr (g_getenv ("G_DEBUG") != NULL ? g_getenv ("G_DEBUG") : "", "fatal-criticals"));
  if (g_test_subprocess ())
    {
      /* As GTK's checks do, in a widget's code. */
      gtk_progress_bar_pulse (NULL);
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
  g_test_trap_assert_stderr ("*CRITICAL*gtk_progress_bar_pulse*");
}

static gboolean
window_shows_document (gpointer window)
{
  return alignment_window_get_document (window) != NULL;
}

/* A truncated copy of the example: the error page offers what could be
 * read, which opens as a new unsaved case with the signals before the
 * cut; the truncated file is left as it was. */
static void
test_open_partial (void)
{
  g_autofree char *example = NULL;
  g_autofree char *path = g_build_filename (ui_test_get_data_home (), "cut.alignment", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *after = NULL;
  AlignmentWindow *window;
  AlignmentDocument *document;
  AlignmentSignalList *signals;
  GtkWidget *button;
  const char *cut;
  gsize length, cut_length;
  guint n_closed = 0;
  char *asked;

  g_assert_true (g_file_get_contents (g_getenv ("ALIGNMENT_EXAMPLE"), &example, &length, NULL));
  /* In the middle of the tenth signal's message. */
  cut = example;
  for (guint i = 0; i < 10; i++)
    cut = strstr (cut + 1, "<signal ");
  g_assert_nonnull (cut);
  cut = strstr (cut, "<message>") + 20;
  cut_length = (gsize) (cut - example);
  for (const char *p = strstr (example, "</signal>"); p != NULL && p < cut; p = strstr (p + 1, "</signal>"))
    n_closed++;
  g_assert_cmpuint (n_closed, ==, 9);
  g_assert_true (g_file_set_contents (path, example, (gssize) cut_length, NULL));

  window = ui_test_new_window ();
  alignment_window_open (window, file);
  ui_test_spin_until (ui_test_window_loaded, window, "the load to end");
  g_assert_null (alignment_window_get_document (window));
  button = ui_test_find_button (GTK_WIDGET (window), "Open What Could Be _Read");
  g_assert_nonnull (button);

  g_signal_emit_by_name (button, "clicked");
  ui_test_spin_until (window_shows_document, window, "what could be read");
  asked = ui_test_answer_dialog ("close", "Only Part of");
  g_assert_nonnull (strstr (asked, "9 signals were read"));
  g_free (asked);

  document = alignment_window_get_document (window);
  g_assert_null (alignment_document_get_file (document));
  g_assert_null (alignment_window_get_file (window));
  g_assert_true (alignment_document_get_modified (document));
  signals = alignment_case_get_signals (alignment_document_get_case (document));
  g_assert_cmpuint (alignment_signal_list_get_n (signals), ==, n_closed);
  g_assert_cmpstr (alignment_signal_get_id (alignment_signal_list_get (signals, n_closed - 1)), !=, NULL);

  /* The file is as it was. */
  g_assert_true (g_file_get_contents (path, &after, &length, NULL));
  g_assert_cmpuint (length, ==, cut_length);
  g_assert_cmpmem (after, length, example, cut_length);

  /* Destroyed, not closed: the unsaved case asks nothing. */
  gtk_window_destroy (GTK_WINDOW (window));
  ui_test_settle ();
}

int
main (int   argc,
      char *argv[])
{
  int status;

  if (!ui_test_init (&argc, &argv, "/loading/skipped", "test-loading-XXXXXX", &status))
    return status;
  ui_test_start_application (G_APPLICATION_HANDLES_OPEN | G_APPLICATION_NON_UNIQUE);
  ui_test_add ("/loading/quit-while-loading", test_quit_while_loading, UI_TEST_FRESH_CASES);
  g_test_add_func ("/loading/critical-is-fatal", test_critical_is_fatal);
  ui_test_add ("/loading/open-partial", test_open_partial, UI_TEST_FRESH_CASES);
  ui_test_add ("/loading/load-after-dispose", test_load_after_dispose, UI_TEST_FRESH_CASES);
  return ui_test_run ();
}
