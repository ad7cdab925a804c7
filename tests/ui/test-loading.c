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
  ui_test_add ("/loading/load-after-dispose", test_load_after_dispose, UI_TEST_FRESH_CASES);
  return ui_test_run ();
}
