/* test-about.c: the About window tells the truth about the app
 *
 * Needs a display, like test-window; ALIGNMENT_SKIP_DISPLAY_TESTS=1
 * skips it where there can be none (the Flatpak build).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "alignment-application.h"

static AlignmentApplication *app;

static AdwAboutWindow *
find_about_window (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_ABOUT_WINDOW (window))
        return ADW_ABOUT_WINDOW (window);
    }

  return NULL;
}

/* The icon, version, licence and website a user reads there are the
 * app's own: the icon under the app id (found in the source tree's
 * data/icons, which the test puts on XDG_DATA_DIRS), the version of the
 * build, GPL-3.0, and the project's home page. */
static void
test_about_window (void)
{
  AdwAboutWindow *about;

  g_assert_null (find_about_window ());
  g_action_group_activate_action (G_ACTION_GROUP (app), "about", NULL);

  about = find_about_window ();
  g_assert_nonnull (about);
  g_assert_cmpstr (adw_about_window_get_application_icon (about), ==, APP_ID);
  g_assert_cmpstr (adw_about_window_get_application_name (about), ==, "Alignment");
  g_assert_cmpstr (adw_about_window_get_version (about), ==, PACKAGE_VERSION);
  g_assert_cmpint (adw_about_window_get_license_type (about), ==, GTK_LICENSE_GPL_3_0);
  g_assert_cmpstr (adw_about_window_get_website (about), ==, PACKAGE_URL);
  g_assert_cmpstr (adw_about_window_get_release_notes_version (about), ==, PACKAGE_VERSION);
  g_assert_nonnull (adw_about_window_get_developers (about));
  g_assert_cmpstr (adw_about_window_get_developer_name (about), !=, "");

  gtk_window_destroy (GTK_WINDOW (about));
}

static void
test_skipped (void)
{
  g_test_skip ("ALIGNMENT_SKIP_DISPLAY_TESTS is set: no display tests");
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;

  g_test_init (&argc, &argv, NULL);

  if (g_getenv ("ALIGNMENT_SKIP_DISPLAY_TESTS") != NULL)
    {
      g_test_add_func ("/about/skipped", test_skipped);
      return g_test_run ();
    }

  if (!gtk_init_check ())
    {
      g_printerr ("No display: run the tests under Xvfb (build-aux/run-tests does), "
                  "or set ALIGNMENT_SKIP_DISPLAY_TESTS=1 where there can be none.\n");
      return 1;
    }

  app = alignment_application_new ();
  /* Tests run in parallel on one session bus. */
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);

  g_test_add_func ("/about/window", test_about_window);

  return g_test_run ();
}
