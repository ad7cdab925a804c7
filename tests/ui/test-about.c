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
#include "ui-test.h"

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
  /* The trust survey's instrument is cited, with its ampersand intact. */
  g_assert_nonnull (ui_test_find_any_label (GTK_WIDGET (about),
                                            "Trust survey adapted from Cummings & Bromiley, 1996: "
                                            "the Organizational Trust Inventory"));

  gtk_window_destroy (GTK_WINDOW (about));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  if (!ui_test_init (&argc, &argv, "/about/skipped", NULL, &status))
    return status;
  app = ui_test_start_application (G_APPLICATION_NON_UNIQUE);

  g_test_add_func ("/about/window", test_about_window);

  return ui_test_run ();
}
