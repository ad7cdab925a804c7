/* test-window.c: the application's window, driven under a display
 *
 * Needs a display (the README's test command runs the suite under Xvfb):
 * without one this test fails, so that a CI without Xvfb cannot pass
 * silently.  Only ALIGNMENT_SKIP_DISPLAY_TESTS=1 skips it, for builds
 * that can have no display at all (the Flatpak build).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>

#include "alignment-application.h"
#include "alignment-window.h"
#include "ui-test.h"

#define EXAMPLE_TITLE     "Moving to the SAFe agile way of working"
#define EXAMPLE_N_SIGNALS 16

/* One application for the whole run, as in the real program: it is
 * registered once, and every test closes the windows it opened. */
static AlignmentApplication *app;

static void
close_windows (void)
{
  GList *windows;

  while ((windows = gtk_application_get_windows (GTK_APPLICATION (app))) != NULL)
    gtk_window_destroy (GTK_WINDOW (windows->data));
}

static AlignmentWindow *
window_for_file (GFile *file)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (app)); l != NULL; l = l->next)
    {
      GFile *shown = alignment_window_get_file (l->data);

      if (shown != NULL && g_file_equal (shown, file))
        return l->data;
    }

  return NULL;
}

/* Starting with no file opens the bundled example. */
static AlignmentWindow *
activate_with_example (void)
{
  AlignmentWindow *window;

  g_application_activate (G_APPLICATION (app));

  window = ALIGNMENT_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (app)));
  g_assert_nonnull (window);
  g_assert_nonnull (alignment_window_get_file (window));
  ui_test_spin_until (ui_test_window_loaded, window, "the example to load");

  return window;
}

static void
test_window_example (void)
{
  AlignmentWindow *window;
  GtkWidget *column_view;
  GListModel *model;
  AlignmentCase *loaded;
  g_autofree char *last_file = NULL;

  /* The app remembers its window size; that needs the built schema. */
  g_assert_nonnull (alignment_application_get_settings (app));

  window = activate_with_example ();
  loaded = alignment_window_get_case (window);
  g_assert_nonnull (loaded);
  g_assert_cmpstr (alignment_case_get_title (loaded), ==, EXAMPLE_TITLE);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, EXAMPLE_TITLE);

  column_view = ui_test_find_mapped (GTK_WIDGET (window), GTK_TYPE_COLUMN_VIEW);
  g_assert_nonnull (column_view);
  model = G_LIST_MODEL (gtk_column_view_get_model (GTK_COLUMN_VIEW (column_view)));
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, EXAMPLE_N_SIGNALS);

  /* The rows are really drawn, with the values the user reads: the id,
   * the translated type label, the party name from the case and the
   * start date. */
  ui_test_assert_label_shown (column_view, "1a");
  ui_test_assert_label_shown (column_view, "Request sent");
  ui_test_assert_label_shown (column_view, "Shipbuilder (customer)");
  /* In the C locale (as here) dates are ISO 8601, not "02/01/24". */
  ui_test_assert_label_shown (column_view, "2024-02-01");
  g_assert_null (ui_test_find_label (GTK_WIDGET (window), "Could Not Open the Case"));

  /* The example is not the user's file: the file chooser must not start
   * in the app's own data folder because of it. */
  last_file = g_settings_get_string (alignment_application_get_settings (app), "last-file");
  g_assert_cmpstr (last_file, ==, "");

  close_windows ();
}

static void
test_window_broken (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;
  AlignmentWindow *window;
  GtkWidget *status_page;
  const char *description;
  /* The <signal> is never closed: not well-formed, at line 6. */
  const char *broken =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<case xmlns=\"https://example.org/ns/alignment\" version=\"1.0\">\n"
    "  <title>Broken</title>\n"
    "  <signals>\n"
    "    <signal id=\"1a\" type=\"request-sent\" sender=\"customer\" start=\"2024-02-01\">\n"
    "  </signals>\n"
    "</case>\n";

  dir = g_dir_make_tmp ("test-window-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (dir, "broken-case.alignment", NULL);
  g_file_set_contents (path, broken, -1, &error);
  g_assert_no_error (error);
  file = g_file_new_for_path (path);

  g_application_open (G_APPLICATION (app), &file, 1, "");
  window = window_for_file (file);
  g_assert_nonnull (window);
  ui_test_spin_until (ui_test_window_loaded, window, "the broken file to load");

  g_assert_null (alignment_window_get_case (window));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "broken-case.alignment");

  /* Instead of the list, the error. */
  g_assert_null (ui_test_find_mapped (GTK_WIDGET (window), GTK_TYPE_COLUMN_VIEW));
  status_page = ui_test_find_mapped (GTK_WIDGET (window), ADW_TYPE_STATUS_PAGE);
  g_assert_nonnull (status_page);
  g_assert_cmpstr (adw_status_page_get_title (ADW_STATUS_PAGE (status_page)), ==,
                   "Could Not Open the Case");

  /* The user is told which file and which line. */
  description = adw_status_page_get_description (ADW_STATUS_PAGE (status_page));
  g_test_message ("Error shown: %s", description);
  g_assert_true (g_regex_match_simple ("broken-case\\.alignment:[0-9]+:", description, 0, 0));

  close_windows ();
  g_unlink (path);
  g_rmdir (dir);
}

/* Run with LANGUAGE=nl and the catalog built into the build tree. */
static void
test_window_dutch (void)
{
  AlignmentWindow *window = activate_with_example ();
  GtkWidget *column_view = ui_test_find_mapped (GTK_WIDGET (window), GTK_TYPE_COLUMN_VIEW);
  g_autoptr(GtkColumnViewColumn) sender = NULL;

  g_assert_nonnull (column_view);
  sender = g_list_model_get_item (gtk_column_view_get_columns (GTK_COLUMN_VIEW (column_view)), 2);

  /* A header from the window's template and a cell from the core's
   * vocabulary: both catalogs' paths work. */
  g_assert_cmpstr (gtk_column_view_column_get_title (sender), ==, "Afzender");
  ui_test_assert_label_shown (column_view, "Verzoek verzonden");

  close_windows ();
}

int
main (int   argc,
      char *argv[])
{
  const char *language = g_getenv ("LANGUAGE");
  int status;

  ui_test_bind_text_domain ();
  /* The window lists the case library in the user's data folder, and
   * remembers recent files there: not the real one. */
  if (!ui_test_init (&argc, &argv, "/window/skipped", "test-window-data-XXXXXX", &status))
    return status;

  /* The Dutch run is a test of its own (tests/ui/meson.build) because the
   * language must be set before the first translation is looked up. */
  app = ui_test_start_application (G_APPLICATION_HANDLES_OPEN | G_APPLICATION_NON_UNIQUE);

  if (language != NULL && g_str_has_prefix (language, "nl"))
    g_test_add_func ("/window/dutch", test_window_dutch);
  else
    {
      g_test_add_func ("/window/example", test_window_example);
      g_test_add_func ("/window/broken", test_window_broken);
    }

  return ui_test_run ();
}
