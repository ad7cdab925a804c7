/* test-open-large.c: opening large cases in the window (issue 14)
 *
 * A load cancelled mid-way leaves what was shown before it intact: the
 * previous case, or the empty state, as it was.  And nothing is built per
 * signal before it is shown: after a 20 000-signal case opens, the signal
 * list and the thread panel have no more row widgets than GTK keeps
 * around what is on screen, and the views not shown have built nothing.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "alignment-case-page-private.h"
#include "alignment-item-row.h"
#include "alignment-window-private.h"
#include "ui-test.h"

static gboolean
window_shows_case (gpointer window)
{
  return !alignment_window_get_loading (window) && alignment_window_get_document (window) != NULL;
}

/* The rows of a list or column view are GtkListItemWidgets (the cells
 * of a column view are subclasses of it, and not counted). */
static guint
count_row_widgets (GtkWidget *widget)
{
  guint n = strcmp (G_OBJECT_TYPE_NAME (widget), "GtkListItemWidget") == 0;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n += count_row_widgets (child);
  return n;
}

/* What a view built for assistive technology: the widgets below @root
 * with @role. */
static guint
count_role (GtkWidget         *root,
            GtkAccessibleRole  role)
{
  guint n = gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (root)) == role;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n += count_role (child, role);
  return n;
}

static gboolean
timeline_read_whole (gpointer window)
{
  AlignmentCasePage *page = alignment_window_get_case_page (window);

  return count_role (GTK_WIDGET (page->timeline_view), GTK_ACCESSIBLE_ROLE_LIST_ITEM) == 2000;
}

static void
open_and_cancel (AlignmentWindow *window,
                 GFile           *big)
{
  alignment_window_open (window, big);
  g_assert_true (alignment_window_get_loading (window));
  ui_test_activate (window, "win.cancel-loading");
  g_assert_false (alignment_window_get_loading (window));
  /* Nothing of the cancelled load arrives later. */
  ui_test_spin_for (1500);
}

static void
test_cancel_keeps_previous_case (void)
{
  g_autoptr(GFile) example = g_file_new_for_path (g_getenv ("ALIGNMENT_EXAMPLE"));
  g_autoptr(GFile) big = ui_test_write_generated_case (100000);
  AlignmentWindow *window = ui_test_new_window ();
  AlignmentCase *before;
  guint n_before;

  alignment_window_open (window, example);
  ui_test_spin_until (window_shows_case, window, "the example to load");
  before = alignment_window_get_case (window);
  n_before = alignment_signal_list_get_n (alignment_case_get_signals (before));
  gtk_single_selection_set_selected (alignment_window_get_selection (window), 3);

  open_and_cancel (window, big);

  g_assert_true (alignment_window_get_case (window) == before);
  /* As the user left it: the page kept it while the load ran, rather
   * than making its views again. */
  g_assert_cmpuint (gtk_single_selection_get_selected (alignment_window_get_selection (window)), ==, 3);
  g_assert_cmpuint (alignment_signal_list_get_n (alignment_case_get_signals (before)), ==, n_before);
  g_assert_true (g_file_equal (alignment_window_get_file (window), example));
  g_assert_nonnull (ui_test_find_mapped (GTK_WIDGET (window), GTK_TYPE_COLUMN_VIEW));
  g_assert_null (ui_test_find_button (GTK_WIDGET (window), "Cancel"));

  gtk_window_destroy (GTK_WINDOW (window));
  ui_test_settle ();
}

static void
test_cancel_keeps_empty_state (void)
{
  g_autoptr(GFile) big = ui_test_write_generated_case (100000);
  AlignmentWindow *window = ui_test_new_window ();

  g_assert_null (alignment_window_get_document (window));
  open_and_cancel (window, big);

  g_assert_null (alignment_window_get_document (window));
  g_assert_null (alignment_window_get_file (window));
  g_assert_null (ui_test_find_mapped (GTK_WIDGET (window), GTK_TYPE_COLUMN_VIEW));
  g_assert_null (ui_test_find_button (GTK_WIDGET (window), "Cancel"));

  gtk_window_destroy (GTK_WINDOW (window));
  ui_test_settle ();
}

static AlignmentWindow *
open_generated (guint n_signals)
{
  g_autoptr(GFile) file = ui_test_write_generated_case (n_signals);
  AlignmentWindow *window = ui_test_new_window ();

  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 900);
  alignment_window_open (window, file);
  ui_test_spin_until (window_shows_case, window, "the generated case to load");
  ui_test_settle ();
  g_assert_cmpuint (alignment_signal_list_get_n (alignment_case_get_signals (alignment_window_get_case (window))), ==, n_signals);
  return window;
}

static void
test_rows_only_for_what_is_shown (void)
{
  AlignmentWindow *window = open_generated (20000);
  AlignmentCasePage *page = alignment_window_get_case_page (window);
  GtkWidget *column_view;
  guint n_rows;

  column_view = ui_test_find_mapped (GTK_WIDGET (window), GTK_TYPE_COLUMN_VIEW);
  g_assert_nonnull (column_view);
  n_rows = count_row_widgets (column_view);
  g_test_message ("%u row widgets for 20000 signals", n_rows);
  /* At least the rows on screen (900 pixels hold about 30), and no
   * more than the 200 GTK 4.8's list views keep bound around them, plus
   * a few: far fewer than the signals. */
  g_assert_cmpuint (n_rows, >=, 10);
  g_assert_cmpuint (n_rows, <=, 250);

  /* The views not shown built nothing: no table in the heatmap, no row
   * in the thread panel. */
  g_assert_cmpuint (count_role (GTK_WIDGET (page->heatmap_view), GTK_ACCESSIBLE_ROLE_ROW), ==, 0);
  g_assert_cmpuint (ui_test_count_widgets (GTK_WIDGET (page->thread_panel), ADW_TYPE_EXPANDER_ROW), ==, 0);
  /* Nor any row of the Details page (the case has its default boards
   * and escalation levels). */
  g_assert_cmpuint (ui_test_count_widgets (GTK_WIDGET (page->case_details), ALIGNMENT_TYPE_ITEM_ROW), ==, 0);

  /* Shown, the thread panel has rows for what is on screen, not one per
   * thread (20 000 signals are 2 500 threads). */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s", "heatmap"));
  ui_test_settle ();
  g_assert_cmpuint (count_role (GTK_WIDGET (page->heatmap_view), GTK_ACCESSIBLE_ROLE_ROW), >, 1);
  n_rows = ui_test_count_widgets (GTK_WIDGET (page->thread_panel), ADW_TYPE_EXPANDER_ROW);
  g_test_message ("%u thread rows", n_rows);
  g_assert_cmpuint (n_rows, >, 0);
  g_assert_cmpuint (n_rows, <=, 200);

  /* Shown, the Details page has the rows of its lists. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s", "details"));
  ui_test_settle ();
  g_assert_cmpuint (ui_test_count_widgets (GTK_WIDGET (page->case_details), ALIGNMENT_TYPE_ITEM_ROW), >, 0);

  gtk_window_destroy (GTK_WINDOW (window));
  ui_test_settle ();
}

/* The timeline makes an accessible item per signal only once it is
 * shown, and then for every signal. */
static void
test_timeline_read_when_shown (void)
{
  AlignmentWindow *window = open_generated (2000);
  AlignmentCasePage *page = alignment_window_get_case_page (window);

  g_assert_cmpuint (count_role (GTK_WIDGET (page->timeline_view), GTK_ACCESSIBLE_ROLE_LIST_ITEM), ==, 0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s", "timeline"));
  ui_test_spin_until (timeline_read_whole, window, "the timeline's accessible items");

  gtk_window_destroy (GTK_WINDOW (window));
  ui_test_settle ();
}

/* A case filtered in chunks, then a small one filtered at once: GTK 4.8
 * must not be asked to stop chunking with nothing filtered. */
static void
test_big_then_small (void)
{
  AlignmentWindow *window = open_generated (6000);
  g_autoptr(GFile) small = ui_test_write_generated_case (300);

  alignment_window_open (window, small);
  ui_test_spin_until (window_shows_case, window, "the small case to load");
  ui_test_settle ();
  g_assert_cmpuint (alignment_signal_list_get_n (alignment_case_get_signals (alignment_window_get_case (window))), ==, 300);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (alignment_window_get_selection (window))), ==, 300);

  gtk_window_destroy (GTK_WINDOW (window));
  ui_test_settle ();
}

int
main (int   argc,
      char *argv[])
{
  int status;

  if (!ui_test_init (&argc, &argv, "/open-large/skipped", "test-open-large-XXXXXX", &status))
    return status;
  ui_test_start_application (G_APPLICATION_HANDLES_OPEN | G_APPLICATION_NON_UNIQUE);
  ui_test_add ("/open-large/cancel-keeps-previous-case", test_cancel_keeps_previous_case, UI_TEST_FRESH_CASES);
  ui_test_add ("/open-large/cancel-keeps-empty-state", test_cancel_keeps_empty_state, UI_TEST_FRESH_CASES);
  ui_test_add ("/open-large/rows-only-for-what-is-shown", test_rows_only_for_what_is_shown, UI_TEST_FRESH_CASES);
  ui_test_add ("/open-large/timeline-read-when-shown", test_timeline_read_when_shown, UI_TEST_FRESH_CASES);
  ui_test_add ("/open-large/big-then-small", test_big_then_small, UI_TEST_FRESH_CASES);
  return ui_test_run ();
}
