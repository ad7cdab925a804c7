/* test-help.c: Help (F1) on a system without a help viewer, under a
 * display
 *
 * The test runs with data folders that are the system's without their
 * "applications" folders: no application is installed, so neither Yelp
 * nor a web browser, as on a system without them.  The desktop's answer
 * is then real, not imitated: "Operation not supported".
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <unistd.h>

#include <string.h>

#include <glib/gstdio.h>

#include "alignment-application.h"
#include "alignment-window.h"
#include "ui-test.h"

static AlignmentApplication *app;

/* Points XDG_DATA_DIRS at links to everything of the system's data
 * folders but their applications (icons, MIME types and all), before
 * GLib reads it.  Returns the folder of the links. */
static char *
hide_applications (void)
{
  const char *dirs = g_getenv ("XDG_DATA_DIRS");
  g_auto(GStrv) split = NULL;
  g_autoptr(GStrvBuilder) hidden = g_strv_builder_new ();
  g_auto(GStrv) joined = NULL;
  g_autofree char *value = NULL;
  g_autoptr(GError) error = NULL;
  char *root;

  if (dirs == NULL || *dirs == '\0')
    dirs = "/usr/local/share:/usr/share";
  root = g_dir_make_tmp ("test-help-data-XXXXXX", &error);
  g_assert_no_error (error);

  split = g_strsplit (dirs, G_SEARCHPATH_SEPARATOR_S, -1);
  for (guint i = 0; split[i] != NULL; i++)
    {
      g_autofree char *number = g_strdup_printf ("%u", i);
      g_autofree char *copy = g_build_filename (root, number, NULL);
      g_autoptr(GDir) dir = g_dir_open (split[i], 0, NULL);
      const char *name;

      g_assert_cmpint (g_mkdir (copy, 0700), ==, 0);
      g_strv_builder_add (hidden, copy);
      while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *target = g_build_filename (split[i], name, NULL);
          g_autofree char *link = g_build_filename (copy, name, NULL);

          if (!g_str_equal (name, "applications"))
            g_assert_cmpint (symlink (target, link), ==, 0);
        }
    }

  joined = g_strv_builder_end (hidden);
  value = g_strjoinv (G_SEARCHPATH_SEPARATOR_S, joined);
  g_setenv ("XDG_DATA_DIRS", value, TRUE);

  return root;
}

typedef struct
{
  const char *heading_part;
} Wanted;

static gboolean
dialog_with_heading (gpointer data)
{
  Wanted *wanted = data;
  AdwMessageDialog *dialog = ui_test_find_dialog ();

  return dialog != NULL && strstr (adw_message_dialog_get_heading (dialog), wanted->heading_part) != NULL;
}

/* The user is told what is missing and how to get it, and offered the
 * same help in the web browser: the HTML pages built with the manual. */
static void
test_no_viewer (void)
{
  AlignmentWindow *window = ui_test_new_window ();
  Wanted wanted = { "No Help Viewer Installed" };
  AdwMessageDialog *dialog;
  const char *body;
  const char *uri;
  g_autoptr(GFile) index = NULL;

  g_assert_true (g_app_info_get_default_for_uri_scheme ("help") == NULL);

  g_assert_true (g_action_group_has_action (G_ACTION_GROUP (app), "help"));
  g_action_group_activate_action (G_ACTION_GROUP (app), "help", NULL);
  g_assert_cmpstr (alignment_application_get_shown_uri (app), ==, "help:" HELP_ID);
  ui_test_spin_until (dialog_with_heading, &wanted, "the missing help viewer to be named");

  dialog = ui_test_find_dialog ();
  body = adw_message_dialog_get_body (dialog);
  g_test_message ("Said: %s", body);
  g_assert_nonnull (strstr (body, "“yelp” package"));
  g_assert_null (strstr (body, "Operation not supported"));
  g_assert_true (adw_message_dialog_has_response (dialog, "close"));
  g_assert_true (adw_message_dialog_has_response (dialog, "browser"));
  g_assert_cmpstr (adw_message_dialog_get_default_response (dialog), ==, "browser");

  /* "Open in Browser" asks the desktop for the HTML pages, which exist. */
  adw_message_dialog_response (dialog, "browser");
  gtk_window_destroy (GTK_WINDOW (dialog));
  uri = alignment_application_get_shown_uri (app);
  g_test_message ("Asked for: %s", uri);
  g_assert_true (g_str_has_prefix (uri, "file://"));
  g_assert_true (g_str_has_suffix (uri, "/index.html"));
  index = g_file_new_for_uri (uri);
  g_assert_true (g_file_query_exists (index, NULL));
  {
    g_autofree char *html = ui_test_read_file (index);

    g_assert_nonnull (strstr (html, "Alignment"));
  }

  /* Without a browser either, that is said too. */
  g_free (ui_test_answer_dialog ("close", "Could Not Show Help"));

  gtk_window_destroy (GTK_WINDOW (window));
  ui_test_spin_until (ui_test_window_gone, window, "the window to close");
}

/* Without the HTML pages, the message still says what to install, and
 * offers nothing that would not work. */
static void
test_no_viewer_no_html (void)
{
  AlignmentWindow *window = ui_test_new_window ();
  Wanted wanted = { "No Help Viewer Installed" };
  g_autofree char *saved = g_strdup (g_getenv ("ALIGNMENT_HELP_HTML"));
  AdwMessageDialog *dialog;

  g_setenv ("ALIGNMENT_HELP_HTML", "/nonexistent", TRUE);
  g_action_group_activate_action (G_ACTION_GROUP (app), "help", NULL);
  ui_test_spin_until (dialog_with_heading, &wanted, "the missing help viewer to be named");
  dialog = ui_test_find_dialog ();
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "“yelp” package"));
  g_assert_false (adw_message_dialog_has_response (dialog, "browser"));
  g_free (ui_test_answer_dialog ("close", "No Help Viewer Installed"));
  g_setenv ("ALIGNMENT_HELP_HTML", saved, TRUE);

  gtk_window_destroy (GTK_WINDOW (window));
  ui_test_spin_until (ui_test_window_gone, window, "the window to close");
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *data_dirs = hide_applications ();
  int status;

  ui_test_bind_text_domain ();
  if (!ui_test_init (&argc, &argv, "/help/skipped", "test-help-XXXXXX", &status))
    {
      ui_test_remove_tree (data_dirs);
      return status;
    }
  app = ui_test_start_application (G_APPLICATION_HANDLES_OPEN | G_APPLICATION_NON_UNIQUE);

  ui_test_add ("/help/no-viewer", test_no_viewer, 0);
  ui_test_add ("/help/no-viewer-no-html", test_no_viewer_no_html, 0);

  status = ui_test_run ();
  ui_test_remove_tree (data_dirs);

  return status;
}
