/* test-loading.c: the loading page and what a failed load offers
 *
 * Quitting while a case is read leaves no warning behind (issue 15),
 * and a truncated case can be opened as far as it could be read, as a
 * new unsaved case, without touching its file (issue 16).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

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

int
main (int   argc,
      char *argv[])
{
  int status;

  if (!ui_test_init (&argc, &argv, "/loading/skipped", "test-loading-XXXXXX", &status))
    return status;
  ui_test_start_application (G_APPLICATION_HANDLES_OPEN | G_APPLICATION_NON_UNIQUE);
  ui_test_add ("/loading/quit-while-loading", test_quit_while_loading, UI_TEST_FRESH_CASES);
  return ui_test_run ();
}
