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

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "alignment-application.h"
#include "alignment-window.h"

#define EXAMPLE_TITLE     "Moving to the SAFe agile way of working"
#define EXAMPLE_N_SIGNALS 16
#define TIMEOUT_SECONDS   30

typedef gboolean (*Predicate) (gpointer data);

static gboolean
wake_cb (gpointer data)
{
  return G_SOURCE_CONTINUE;
}

/* Runs the main loop until @predicate holds; fails the test after
 * TIMEOUT_SECONDS.  The ticking source makes sure the loop wakes up to
 * look again even when nothing else happens. */
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

static gboolean
window_loaded (gpointer data)
{
  return !alignment_window_get_loading (ALIGNMENT_WINDOW (data));
}

/* The first widget of @type below @root that is on screen, depth first;
 * NULL when there is none.  Hidden pages and closed popovers hold
 * widgets too: only what is mapped is what the user sees. */
static GtkWidget *
find_mapped (GtkWidget *root,
             GType      type)
{
  if (!gtk_widget_get_mapped (root))
    return NULL;

  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type))
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_mapped (child, type);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* A label with exactly @text that is on screen, below @root. */
static GtkWidget *
find_mapped_label (GtkWidget  *root,
                   const char *text)
{
  if (GTK_IS_LABEL (root)
      && gtk_widget_get_mapped (root)
      && g_strcmp0 (gtk_label_get_text (GTK_LABEL (root)), text) == 0)
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_mapped_label (child, text);

      if (found != NULL)
        return found;
    }

  return NULL;
}

typedef struct
{
  GtkWidget  *root;
  const char *text;
} LabelQuery;

static gboolean
label_shown (gpointer data)
{
  LabelQuery *query = data;

  return find_mapped_label (query->root, query->text) != NULL;
}

static void
assert_label_shown (GtkWidget  *root,
                    const char *text)
{
  LabelQuery query = { root, text };
  g_autofree char *what = g_strdup_printf ("a cell showing \"%s\"", text);

  spin_until (label_shown, &query, what);
}

/* One application for the whole run, as in the real program: it is
 * registered once, and every test closes the windows it opened. */
static AlignmentApplication *app;

static void
start_application (void)
{
  g_autoptr(GError) error = NULL;

  app = alignment_application_new ();
  /* Tests run in parallel on one session bus: a unique instance would
   * hand our requests to another test's process. */
  g_application_set_flags (G_APPLICATION (app),
                           G_APPLICATION_HANDLES_OPEN | G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);
}

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
  spin_until (window_loaded, window, "the example to load");

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

  column_view = find_mapped (GTK_WIDGET (window), GTK_TYPE_COLUMN_VIEW);
  g_assert_nonnull (column_view);
  model = G_LIST_MODEL (gtk_column_view_get_model (GTK_COLUMN_VIEW (column_view)));
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, EXAMPLE_N_SIGNALS);

  /* The rows are really drawn, with the values the user reads: the id,
   * the translated type label, the party name from the case and the
   * start date. */
  assert_label_shown (column_view, "1a");
  assert_label_shown (column_view, "Request sent");
  assert_label_shown (column_view, "Shipbuilder (customer)");
  /* In the C locale (as here) dates are ISO 8601, not "02/01/24". */
  assert_label_shown (column_view, "2024-02-01");
  g_assert_null (find_mapped_label (GTK_WIDGET (window), "Could Not Open the Case"));

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
  spin_until (window_loaded, window, "the broken file to load");

  g_assert_null (alignment_window_get_case (window));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "broken-case.alignment");

  /* Instead of the list, the error. */
  g_assert_null (find_mapped (GTK_WIDGET (window), GTK_TYPE_COLUMN_VIEW));
  status_page = find_mapped (GTK_WIDGET (window), ADW_TYPE_STATUS_PAGE);
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
  GtkWidget *column_view = find_mapped (GTK_WIDGET (window), GTK_TYPE_COLUMN_VIEW);
  g_autoptr(GtkColumnViewColumn) sender = NULL;

  g_assert_nonnull (column_view);
  sender = g_list_model_get_item (gtk_column_view_get_columns (GTK_COLUMN_VIEW (column_view)), 2);

  /* A header from the window's template and a cell from the core's
   * vocabulary: both catalogs' paths work. */
  g_assert_cmpstr (gtk_column_view_column_get_title (sender), ==, "Afzender");
  assert_label_shown (column_view, "Verzoek verzonden");

  close_windows ();
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

static void
test_skipped (void)
{
  g_test_skip ("ALIGNMENT_SKIP_DISPLAY_TESTS is set: no display tests");
}

int
main (int   argc,
      char *argv[])
{
  const char *localedir = g_getenv ("ALIGNMENT_LOCALEDIR");
  const char *language = g_getenv ("LANGUAGE");
  g_autofree char *data_home = NULL;
  int status;

  if (localedir == NULL || *localedir == '\0')
    localedir = LOCALEDIR;
  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  g_test_init (&argc, &argv, NULL);

  if (g_getenv ("ALIGNMENT_SKIP_DISPLAY_TESTS") != NULL)
    {
      g_test_add_func ("/window/skipped", test_skipped);
      return g_test_run ();
    }

  /* The window lists the case library in the user's data folder, and
   * remembers recent files there: not the real one. */
  data_home = g_dir_make_tmp ("test-window-data-XXXXXX", NULL);
  g_assert_nonnull (data_home);
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);

  if (!gtk_init_check ())
    {
      g_printerr ("No display: run the tests under Xvfb (build-aux/run-tests does), "
                  "or set ALIGNMENT_SKIP_DISPLAY_TESTS=1 where there can be none.\n");
      remove_tree (data_home);
      return 1;
    }

  /* The Dutch run is a test of its own (tests/ui/meson.build) because the
   * language must be set before the first translation is looked up. */
  start_application ();

  if (language != NULL && g_str_has_prefix (language, "nl"))
    g_test_add_func ("/window/dutch", test_window_dutch);
  else
    {
      g_test_add_func ("/window/example", test_window_example);
      g_test_add_func ("/window/broken", test_window_broken);
    }

  status = g_test_run ();
  g_clear_object (&app);
  remove_tree (data_home);

  return status;
}
