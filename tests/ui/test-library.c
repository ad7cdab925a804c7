/* test-library.c: the case library's rows and "Remove from Library",
 * under a display
 *
 * Needs a display (build-aux/run-tests runs the suite under Xvfb):
 * without one this test fails, unless ALIGNMENT_SKIP_DISPLAY_TESTS is
 * set.  Every test works in a temporary data folder, so the case library
 * is the test's own.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>

#include "alignment-application.h"
#include "alignment-library.h"
#include "alignment-library-row.h"
#include "alignment-window.h"
#include "ui-test.h"

static AlignmentApplication *app;

static char *
library_path (const char *name)
{
  return g_build_filename (ui_test_get_data_home (), PACKAGE_NAME, "cases", name, NULL);
}

/* A case file with @title at @path. */
static GFile *
write_case (const char *path,
            const char *title)
{
  g_autoptr(AlignmentCase) alignment_case = alignment_case_new ();
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) parent = g_file_get_parent (file);
  g_autoptr(GError) error = NULL;

  g_file_make_directory_with_parents (parent, NULL, NULL);
  alignment_case_set_title (alignment_case, title);
  g_assert_true (alignment_case_save (alignment_case, file, NULL, &error));
  g_assert_no_error (error);

  return g_steal_pointer (&file);
}

typedef struct
{
  AlignmentWindow *window;
  GFile           *file;
} Listed;

static gboolean
is_listed (gpointer data)
{
  Listed *listed = data;

  return alignment_library_lookup (alignment_window_get_library (listed->window), listed->file) != NULL
         && ui_test_library_idle (listed->window);
}

static gboolean
not_hidden (gpointer data)
{
  Listed *listed = data;

  return !alignment_library_is_hidden (alignment_window_get_library (listed->window), listed->file);
}

/* The row on screen that shows @file, or NULL. */
static GtkWidget *
find_row (GtkWidget *root,
          GFile     *file)
{
  if (ALIGNMENT_IS_LIBRARY_ROW (root) && gtk_widget_get_mapped (root))
    {
      GtkWidget *labels = gtk_widget_get_first_child (root);
      g_autofree char *where = g_file_get_parse_name (file);

      /* The row's labels name its file in their tooltip. */
      for (; labels != NULL; labels = gtk_widget_get_next_sibling (labels))
        if (g_strcmp0 (gtk_widget_get_tooltip_text (labels), where) == 0)
          return root;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_row (child, file);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* "Remove from Library" leaves the file on disk, in the library folder
 * or elsewhere; its row goes, and stays gone when the library is read
 * again, until the user opens the file again. */
static void
test_remove (void)
{
  g_autofree char *inside_path = library_path ("harbour.alignment");
  g_autofree char *outside_path = g_build_filename (ui_test_get_data_home (), "elsewhere", "quay.alignment", NULL);
  g_autoptr(GFile) inside = write_case (inside_path, "Harbour cranes");
  g_autoptr(GFile) outside = write_case (outside_path, "Quay walls");
  AlignmentWindow *window;
  Listed listed;

  window = ui_test_new_window ();
  g_assert_nonnull (alignment_library_lookup (alignment_window_get_library (window), inside));

  /* Opened from elsewhere, the case joins the library, showing where it
   * lives. */
  alignment_window_open (window, outside);
  ui_test_spin_until (ui_test_window_loaded, window, "the case from elsewhere");
  listed.window = window;
  listed.file = outside;
  ui_test_spin_until (is_listed, &listed, "the case from elsewhere in the library");
  ui_test_assert_label_containing (GTK_WIDGET (window), "elsewhere");

  ui_test_activate (window, "win.remove-case");
  g_assert_true (g_file_query_exists (outside, NULL));
  g_assert_null (alignment_library_lookup (alignment_window_get_library (window), outside));
  g_assert_nonnull (ui_test_find_label_containing (GTK_WIDGET (window), "“Quay walls” removed from the library"));

  alignment_window_open (window, inside);
  ui_test_spin_until (ui_test_window_loaded, window, "the case in the library folder");
  ui_test_activate (window, "win.remove-case");
  g_assert_true (g_file_query_exists (inside, NULL));
  g_assert_null (alignment_library_lookup (alignment_window_get_library (window), inside));
  g_assert_null (find_row (GTK_WIDGET (window), inside));

  /* The last window takes the library with it: the next one lists the
   * folder and the recent files afresh, without either case. */
  gtk_window_destroy (GTK_WINDOW (window));
  ui_test_spin_until (ui_test_window_gone, window, "the window to close");
  window = ui_test_new_window ();
  g_assert_null (alignment_library_lookup (alignment_window_get_library (window), inside));
  g_assert_null (alignment_library_lookup (alignment_window_get_library (window), outside));
  g_assert_true (g_file_query_exists (inside, NULL));
  g_assert_true (g_file_query_exists (outside, NULL));

  /* Opening one again brings it back. */
  alignment_window_open (window, inside);
  ui_test_spin_until (ui_test_window_loaded, window, "the removed case, opened again");
  listed.window = window;
  listed.file = inside;
  ui_test_spin_until (is_listed, &listed, "the case back in the library");

  /* A removed file that is deleted is no longer kept out: a new file of
   * that name is another case. */
  ui_test_activate (window, "win.remove-case");
  g_assert_true (alignment_library_is_hidden (alignment_window_get_library (window), inside));
  g_assert_cmpint (g_unlink (inside_path), ==, 0);
  ui_test_spin_until (not_hidden, &listed, "the deleted file to be let go");

  gtk_window_destroy (GTK_WINDOW (window));
  ui_test_spin_until (ui_test_window_gone, window, "the window to close");
  g_unlink (outside_path);
}

/* A file that cannot be read says so, to the eye and to a screen reader,
 * and can be removed from the library like any other. */
static void
test_unreadable (void)
{
  g_autofree char *path = library_path ("torn.alignment");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  AlignmentWindow *window;
  GtkWidget *row;
  GtkWidget *icon;
  GtkWidget *child;

  g_assert_true (g_file_set_contents (path, "<?xml version=\"1.0\"?>\n<case", -1, &error));
  g_assert_no_error (error);

  window = ui_test_new_window ();
  g_assert_nonnull (alignment_library_item_get_error (alignment_library_lookup (alignment_window_get_library (window), file)));
  ui_test_settle ();
  row = find_row (GTK_WIDGET (window), file);
  g_assert_nonnull (row);

  /* The mark: an icon that says what it means. */
  icon = NULL;
  for (child = gtk_widget_get_first_child (row); child != NULL; child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_IMAGE (child))
      icon = child;
  g_assert_nonnull (icon);
  g_assert_true (gtk_widget_get_mapped (icon));
  g_assert_cmpstr (gtk_widget_get_tooltip_text (icon), ==, "Cannot be read");
  /* What a screen reader reads. */
  g_assert_cmpint (gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (icon)), ==, GTK_ACCESSIBLE_ROLE_IMG);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL, "Cannot be read");
  ui_test_assert_label_containing (GTK_WIDGET (window), "torn.alignment:");

  /* Selecting it shows the error; removing it leaves the file. */
  alignment_window_open (window, file);
  ui_test_spin_until (ui_test_window_loaded, window, "the unreadable case");
  ui_test_activate (window, "win.remove-case");
  g_assert_true (g_file_query_exists (file, NULL));
  g_assert_null (alignment_library_lookup (alignment_window_get_library (window), file));

  gtk_window_destroy (GTK_WINDOW (window));
  ui_test_spin_until (ui_test_window_gone, window, "the window to close");
  g_unlink (path);
}

/* Two cases with the same title: each row names its file; a case with a
 * title of its own does not need to. */
static void
test_same_title (void)
{
  g_autofree char *first_path = library_path ("cranes-2023.alignment");
  g_autofree char *second_path = library_path ("cranes-2024.alignment");
  g_autofree char *single_path = library_path ("walls.alignment");
  g_autoptr(GFile) first = write_case (first_path, "Harbour cranes");
  g_autoptr(GFile) second = write_case (second_path, "Harbour cranes");
  g_autoptr(GFile) single = write_case (single_path, "Quay walls");
  AlignmentWindow *window;

  window = ui_test_new_window ();
  g_assert_cmpuint (alignment_library_count_title (alignment_window_get_library (window), "Harbour cranes"), ==, 2);
  ui_test_assert_label_shown (GTK_WIDGET (window), "cranes-2023.alignment");
  ui_test_assert_label_shown (GTK_WIDGET (window), "cranes-2024.alignment");
  g_assert_null (ui_test_find_label (GTK_WIDGET (window), "walls.alignment"));

  /* Once the titles differ, the names go. */
  g_unlink (second_path);
  ui_test_assert_no_label_containing (GTK_WIDGET (window), "cranes-2023.alignment");

  gtk_window_destroy (GTK_WINDOW (window));
  ui_test_spin_until (ui_test_window_gone, window, "the window to close");
  g_unlink (first_path);
  g_unlink (single_path);
}

/* The example that comes with the app says so, rather than showing the
 * folder it was installed (or built) in. */
static void
test_example (void)
{
  g_autoptr(GFile) example = g_file_new_for_path (g_getenv ("ALIGNMENT_EXAMPLE"));
  g_autoptr(GFile) folder = g_file_get_parent (example);
  g_autofree char *folder_name = g_file_get_basename (folder);
  AlignmentWindow *window;
  Listed listed;
  GtkWidget *row;

  window = ui_test_new_window ();
  alignment_window_open (window, example);
  ui_test_spin_until (ui_test_window_loaded, window, "the example");
  listed.window = window;
  listed.file = example;
  ui_test_spin_until (is_listed, &listed, "the example in the library");
  ui_test_settle ();
  row = find_row (GTK_WIDGET (window), example);
  g_assert_nonnull (row);
  g_assert_nonnull (ui_test_find_label_containing (row, "Example case"));
  g_assert_null (ui_test_find_label_containing (row, folder_name));

  gtk_window_destroy (GTK_WINDOW (window));
  ui_test_spin_until (ui_test_window_gone, window, "the window to close");
}

static gboolean
item_loaded (gpointer item)
{
  return alignment_library_item_get_loaded (item);
}

/* A case the window loads is not read by the library as well: the
 * library waits for the load's summary, and reads the file itself only
 * if the load did not finish. */
static void
test_summary_from_load (void)
{
  g_autofree char *path = g_build_filename (ui_test_get_data_home (), "elsewhere", "held.alignment", NULL);
  g_autoptr(GFile) file = write_case (path, "On disk");
  g_autoptr(AlignmentCase) loaded = alignment_case_new ();
  AlignmentWindow *window = ui_test_new_window ();
  AlignmentLibrary *library = alignment_window_get_library (window);
  AlignmentLibraryItem *item;

  alignment_library_hold_file (library, file);
  item = alignment_library_add_file (library, file);
  ui_test_spin_until (ui_test_library_idle, window, "the library to be read");
  ui_test_spin_for (200);
  g_assert_false (alignment_library_item_get_loaded (item));

  /* The load's summary, told apart from the file's by its title. */
  alignment_case_set_title (loaded, "As loaded");
  alignment_library_release_file (library, file, alignment_case_summary_new (loaded), 0);
  g_assert_true (alignment_library_item_get_loaded (item));
  g_assert_cmpstr (alignment_library_item_get_title (item), ==, "As loaded");
  g_assert_true (ui_test_library_idle (window));

  /* A load that did not finish: the library reads the file. */
  alignment_library_remove_file (library, file);
  alignment_library_hold_file (library, file);
  item = alignment_library_add_file (library, file);
  ui_test_spin_until (ui_test_library_idle, window, "the library to be read");
  g_assert_false (alignment_library_item_get_loaded (item));
  alignment_library_release_file (library, file, NULL, 0);
  ui_test_spin_until (item_loaded, item, "the library to read the file");
  g_assert_cmpstr (alignment_library_item_get_title (item), ==, "On disk");

  /* And the window, opening it, gives the library its summary. */
  alignment_library_remove_file (library, file);
  alignment_window_open (window, file);
  ui_test_spin_until (ui_test_window_loaded, window, "the case");
  item = alignment_library_lookup (library, file);
  g_assert_nonnull (item);
  g_assert_true (alignment_library_item_get_loaded (item));
  g_assert_cmpstr (alignment_library_item_get_title (item), ==, "On disk");

  gtk_window_destroy (GTK_WINDOW (window));
  ui_test_spin_until (ui_test_window_gone, window, "the window to close");
}

int
main (int   argc,
      char *argv[])
{
  int status;

  ui_test_bind_text_domain ();
  /* The library, recent files and the trash all live in the data folder:
   * a temporary one, not the user's. */
  if (!ui_test_init (&argc, &argv, "/library/skipped", "test-library-XXXXXX", &status))
    return status;
  app = ui_test_start_application (G_APPLICATION_HANDLES_OPEN | G_APPLICATION_NON_UNIQUE);

  ui_test_add ("/library/remove", test_remove, UI_TEST_FRESH_CASES);
  ui_test_add ("/library/unreadable", test_unreadable, UI_TEST_FRESH_CASES);
  ui_test_add ("/library/same-title", test_same_title, UI_TEST_FRESH_CASES);
  ui_test_add ("/library/example", test_example, UI_TEST_FRESH_CASES);
  ui_test_add ("/library/summary-from-load", test_summary_from_load, UI_TEST_FRESH_CASES);

  return ui_test_run ();
}
