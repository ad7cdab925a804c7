/* test-window-views.c: the timeline and heatmap pages of the main window,
 * export, print and import, driven through the window under a display
 *
 * Needs a display (build-aux/run-tests runs the suite under Xvfb):
 * without one this test fails, unless ALIGNMENT_SKIP_DISPLAY_TESTS is
 * set.  Every test works in a temporary data folder, so the case library
 * is the test's own.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <glib/gstdio.h>

#include "alignment-application.h"
#include "alignment-date.h"
#include "alignment-file-chooser.h"
#include "alignment-library.h"
#include "alignment-case-page-private.h"
#include "alignment-signal-table-private.h"
#include "alignment-window-private.h"
#include "ui-test.h"

/* The views are the case page's. */
#define PAGE(window) alignment_window_get_case_page (window)
#define TABLE(window) alignment_case_page_get_signal_table (PAGE (window))

static AlignmentApplication *app;

static gboolean
dialog_ready (gpointer data)
{
  return !alignment_import_dialog_get_busy (data);
}

static void
show_view (AlignmentWindow *window,
           const char      *name)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s", name));
  ui_test_settle ();
}

/* A window showing the bundled example. */
static AlignmentWindow *
new_window_with_example (void)
{
  AlignmentWindow *window = alignment_window_new (app);

  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 900);
  gtk_window_present (GTK_WINDOW (window));
  ui_test_spin_until (ui_test_library_idle, window, "the library to be read");
  ui_test_activate (window, "win.open-example");
  ui_test_spin_until (ui_test_window_loaded, window, "the example to load");
  g_assert_nonnull (alignment_window_get_case (window));
  return window;
}

static guint
n_listed (AlignmentWindow *window)
{
  return g_list_model_get_n_items (G_LIST_MODEL (alignment_window_get_selection (window)));
}

static AlignmentSignal *
signal_by_id (AlignmentWindow *window,
              const char      *id)
{
  AlignmentSignalList *signals = alignment_case_get_signals (alignment_window_get_case (window));
  int position = alignment_signal_list_find_id (signals, id);

  g_assert_cmpint (position, >=, 0);
  return alignment_signal_list_get (signals, position);
}

static AlignmentSignal *
timeline_selected (AlignmentWindow *window)
{
  GtkSelectionModel *model = alignment_timeline_view_get_selection (PAGE (window)->timeline_view);

  g_assert_true (GTK_IS_SINGLE_SELECTION (model));
  return gtk_single_selection_get_selected_item (GTK_SINGLE_SELECTION (model));
}

/* ---- The pages ---------------------------------------------------------------- */

/* The views lay out on their first allocation, which a slow machine (or a
 * sanitizer build) reaches later than a fixed wait. */
static gboolean
timeline_laid_out (gpointer data)
{
  return alignment_timeline_view_get_layout (PAGE (ALIGNMENT_WINDOW (data))->timeline_view) != NULL;
}

static gboolean
heatmap_laid_out (gpointer data)
{
  return alignment_heatmap_view_get_layout (PAGE (ALIGNMENT_WINDOW (data))->heatmap_view) != NULL;
}

static void
test_pages (void)
{
  AlignmentWindow *window = new_window_with_example ();
  AlignmentCase *c = alignment_window_get_case (window);

  show_view (window, "timeline");
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (PAGE (window)->timeline_view)));
  g_assert_true (alignment_timeline_view_get_case (PAGE (window)->timeline_view) == c);
  ui_test_spin_until (timeline_laid_out, window, "the timeline to be laid out");
  /* Every one of the example's signals is drawn somewhere. */
  for (guint i = 0; i < 16; i++)
    {
      double x, y;

      g_assert_true (alignment_timeline_view_get_signal_point (PAGE (window)->timeline_view, i, &x, &y));
    }

  show_view (window, "heatmap");
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (PAGE (window)->heatmap_view)));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (PAGE (window)->thread_panel)));
  g_assert_true (alignment_heatmap_view_get_case (PAGE (window)->heatmap_view) == c);
  g_assert_true (alignment_thread_panel_get_case (PAGE (window)->thread_panel) == c);
  ui_test_spin_until (heatmap_laid_out, window, "the heatmap to be laid out");
  g_assert_nonnull (alignment_thread_panel_get_findings (PAGE (window)->thread_panel));
  /* The setting's default bucket. */
  g_assert_cmpint (alignment_heatmap_view_get_bucket_kind (PAGE (window)->heatmap_view), ==, ALIGNMENT_BUCKET_MONTH);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The trust scale follows the preference, the first bucket its own. */
/* The list's cells as the user meets them: every text whole in its
 * column (only the trigger may be cut, its tooltip gives the rest), no
 * tooltip set when a row is bound, and a tooltip worded when asked. */
typedef struct
{
  guint n_cells;
  guint n_cut;
  guint n_with_tooltip_text;
  guint n_answering;
  gboolean quiet;
} Cells;

static void
check_cells (GtkWidget *widget,
             Cells     *cells)
{
  if (GTK_IS_INSCRIPTION (widget) && gtk_widget_get_mapped (widget)
      && gtk_widget_get_ancestor (widget, GTK_TYPE_LIST_VIEW) != NULL)
    {
      const char *text = gtk_inscription_get_text (GTK_INSCRIPTION (widget));
      g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (widget, text);
      int width;

      cells->n_cells++;
      /* Whole if its text fits in what the cell was given. */
      pango_layout_get_pixel_size (layout, &width, NULL);
      if (gtk_inscription_get_min_chars (GTK_INSCRIPTION (widget)) != 14
          && width > gtk_widget_get_width (widget))
        {
          if (!cells->quiet)
            g_test_message ("cut: %s", text);
          cells->n_cut++;
        }
    }
  if (gtk_widget_get_tooltip_text (widget) != NULL)
    cells->n_with_tooltip_text++;
  if (gtk_widget_get_has_tooltip (widget) && gtk_widget_get_mapped (widget))
    {
      g_autoptr(GObject) tooltip = g_object_new (GTK_TYPE_TOOLTIP, NULL);
      gboolean answered = FALSE;

      g_signal_emit_by_name (widget, "query-tooltip", 1, 1, FALSE, tooltip, &answered);
      cells->n_answering += answered;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    check_cells (child, cells);
}

/* The columns take their sampled widths in the next layout. */
static gboolean
cells_whole (gpointer view)
{
  Cells cells = { .quiet = TRUE };

  check_cells (view, &cells);
  return cells.n_cells >= 16 * 8 && cells.n_cut == 0;
}

static void
test_signal_cells (void)
{
  AlignmentWindow *window = new_window_with_example ();
  GtkColumnView *view = alignment_signal_table_get_column_view (PAGE (window)->signal_table);
  GListModel *columns = gtk_column_view_get_columns (view);
  Cells cells = { 0 };

  ui_test_settle ();
  /* Widths from samples, not from every row: only the trigger takes
   * what is left. */
  for (guint i = 0; i < g_list_model_get_n_items (columns); i++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);

      if (!gtk_column_view_column_get_expand (column))
        g_assert_cmpint (gtk_column_view_column_get_fixed_width (column), >, 0);
    }

  ui_test_spin_until (cells_whole, view, "every cell to show its whole text");
  check_cells (GTK_WIDGET (view), &cells);
  g_test_message ("%u cells, %u cut, %u answer a tooltip", cells.n_cells, cells.n_cut, cells.n_answering);
  g_assert_cmpuint (cells.n_cells, >=, 16 * 8);
  g_assert_cmpuint (cells.n_cut, ==, 0);
  g_assert_cmpuint (cells.n_with_tooltip_text, ==, 0);
  /* The stripe, the trigger and the two trust cells of each row. */
  g_assert_cmpuint (cells.n_answering, >=, 16 * 4);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_settings (void)
{
  GSettings *settings = alignment_application_get_settings (app);
  AlignmentWindow *window;

  g_settings_set_string (settings, "heatmap-bucket", "quarter");
  window = new_window_with_example ();
  g_assert_cmpint (alignment_heatmap_view_get_bucket_kind (PAGE (window)->heatmap_view), ==, ALIGNMENT_BUCKET_QUARTER);
  g_assert_cmpint (alignment_heatmap_view_get_trust_scale (PAGE (window)->heatmap_view), ==, ALIGNMENT_SCALE_RED_GREEN);
  g_settings_set_string (settings, "trust-palette", "blue-orange");
  g_assert_cmpint (alignment_heatmap_view_get_trust_scale (PAGE (window)->heatmap_view), ==, ALIGNMENT_SCALE_BLUE_ORANGE);
  g_settings_reset (settings, "trust-palette");
  g_assert_cmpint (alignment_heatmap_view_get_trust_scale (PAGE (window)->heatmap_view), ==, ALIGNMENT_SCALE_RED_GREEN);
  g_settings_reset (settings, "heatmap-bucket");
  g_assert_cmpint (alignment_heatmap_view_get_bucket_kind (PAGE (window)->heatmap_view), ==, ALIGNMENT_BUCKET_MONTH);

  /* The dividers come back where the user left them, except one dragged
   * against the window's edge. */
  show_view (window, "heatmap");
  gtk_paned_set_position (PAGE (window)->heatmap_paned, 321);
  gtk_window_close (GTK_WINDOW (window));
  ui_test_spin_until (ui_test_window_gone, window, "the window to close");
  g_assert_cmpint (g_settings_get_int (settings, "heatmap-pane-position"), ==, 321);

  window = new_window_with_example ();
  g_assert_cmpint (gtk_paned_get_position (PAGE (window)->heatmap_paned), ==, 321);
  g_settings_reset (settings, "heatmap-pane-position");
  gtk_window_destroy (GTK_WINDOW (window));
}

/* ---- Selection ---------------------------------------------------------------- */

static void
test_selection (void)
{
  AlignmentWindow *window = new_window_with_example ();
  AlignmentSignalList *signals = alignment_case_get_signals (alignment_window_get_case (window));
  GtkSelectionModel *timeline_model;
  AlignmentSignal *signal;

  show_view (window, "timeline");
  timeline_model = alignment_timeline_view_get_selection (PAGE (window)->timeline_view);

  /* The list to the timeline. */
  alignment_window_select_signal (window, signal_by_id (window, "2c"));
  g_assert_true (timeline_selected (window) == signal_by_id (window, "2c"));

  /* The timeline to the list, with the list sorted otherwise than the
   * case: the timeline's positions are the case's. */
  gtk_column_view_sort_by_column (TABLE (window)->column_view,
                                  g_list_model_get_item (gtk_column_view_get_columns (TABLE (window)->column_view), 5),
                                  GTK_SORT_DESCENDING);
  g_object_unref (g_list_model_get_item (gtk_column_view_get_columns (TABLE (window)->column_view), 5));
  ui_test_settle ();
  g_assert_true (gtk_selection_model_select_item (timeline_model,
                                                  alignment_signal_list_find_id (signals, "3a"), TRUE));
  signal = gtk_single_selection_get_selected_item (alignment_window_get_selection (window));
  g_assert_nonnull (signal);
  g_assert_cmpstr (alignment_signal_get_id (signal), ==, "3a");
  g_assert_true (timeline_selected (window) == signal);

  /* Activating a signal on the timeline opens it in the editor, beside
   * the timeline (test-timeline-page checks where). */
  g_signal_emit_by_name (PAGE (window)->timeline_view, "activate-signal", (guint) alignment_signal_list_find_id (signals, "1c"));
  ui_test_settle ();
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (PAGE (window)->view_stack), ==, "timeline");
  signal = gtk_single_selection_get_selected_item (alignment_window_get_selection (window));
  g_assert_cmpstr (alignment_signal_get_id (signal), ==, "1c");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (PAGE (window)->signal_editor)));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* An edit in place shows on the timeline and the heatmap. */
static gboolean
timeline_has_label (gpointer data)
{
  AlignmentWindow *window = data;
  g_autofree char *text = alignment_timeline_view_describe_signal (PAGE (window)->timeline_view, 0);

  return strstr (text, "Refresher course") != NULL;
}

static void
test_reload_after_edit (void)
{
  AlignmentWindow *window = new_window_with_example ();
  AlignmentSignal *first = alignment_signal_list_get (alignment_case_get_signals (alignment_window_get_case (window)), 0);
  double first_day, last_day, zoomed_first, zoomed_last, again_first, again_last;
  g_autoptr(GFile) example = NULL;

  show_view (window, "timeline");
  alignment_window_select_signal (window, first);
  alignment_signal_set_trigger (first, "Refresher course");
  ui_test_spin_until (timeline_has_label, window, "the timeline to follow an edit");

  /* The zoom of a case comes back with it. */
  example = g_object_ref (alignment_window_get_file (window));
  alignment_timeline_view_get_viewport (PAGE (window)->timeline_view, &first_day, &last_day);
  ui_test_activate (window, "win.zoom-in");
  alignment_timeline_view_get_viewport (PAGE (window)->timeline_view, &zoomed_first, &zoomed_last);
  g_assert_cmpfloat (zoomed_last - zoomed_first, <, last_day - first_day);
  /* Unedited, so that the window forgets the case object itself. */
  g_assert_true (alignment_history_undo (alignment_document_get_history (alignment_window_get_document (window))));
  ui_test_activate (window, "win.new-case");
  g_assert_false (g_file_equal (alignment_window_get_file (window), example));
  alignment_window_open (window, example);
  ui_test_spin_until (ui_test_window_loaded, window, "the example to load again");
  show_view (window, "timeline");
  alignment_timeline_view_get_viewport (PAGE (window)->timeline_view, &again_first, &again_last);
  g_assert_cmpfloat_with_epsilon (again_first, zoomed_first, 0.001);
  g_assert_cmpfloat_with_epsilon (again_last, zoomed_last, 0.001);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* ---- The heatmap as a filter -------------------------------------------------- */

static void
test_heatmap_filter (void)
{
  AlignmentWindow *window = new_window_with_example ();
  AlignmentSignalList *signals = alignment_case_get_signals (alignment_window_get_case (window));
  GListModel *listed = G_LIST_MODEL (alignment_window_get_selection (window));
  GDate march, april;
  guint expected = 0;
  guint in_cell[3];
  const guint *highlighted;
  guint n_highlighted;
  int sum = 0;

  g_assert_cmpuint (n_listed (window), ==, 16);

  /* By hand from the case: the signals of March 2024 that changed the
   * customer's operational trust. */
  g_date_clear (&march, 1);
  g_date_clear (&april, 1);
  g_date_set_dmy (&march, 1, G_DATE_MARCH, 2024);
  g_date_set_dmy (&april, 1, G_DATE_APRIL, 2024);
  for (guint i = 0; i < alignment_signal_list_get_n (signals); i++)
    {
      AlignmentSignal *signal = alignment_signal_list_get (signals, i);
      guint32 start = alignment_signal_get_start_julian (signal);
      AlignmentImpact impact = alignment_signal_get_impact (signal, ALIGNMENT_PARTY_CUSTOMER,
                                                            ALIGNMENT_REALM_OPERATIONAL);

      if (start >= g_date_get_julian (&march) && start < g_date_get_julian (&april)
          && alignment_impact_to_delta (impact) != 0)
        {
          g_assert_cmpuint (expected, <, G_N_ELEMENTS (in_cell));
          in_cell[expected++] = i;
        }
    }
  g_assert_cmpuint (expected, ==, 3);

  show_view (window, "heatmap");
  alignment_heatmap_view_set_bucket_kind (PAGE (window)->heatmap_view, ALIGNMENT_BUCKET_MONTH);
  alignment_heatmap_view_set_mode (PAGE (window)->heatmap_view, ALIGNMENT_HEATMAP_NET);
  /* Row 1: Customer · Operational; column 1: 2024-03. */
  alignment_heatmap_view_activate_cell (PAGE (window)->heatmap_view, 1, 1);
  ui_test_settle ();

  g_assert_cmpuint (n_listed (window), ==, expected);
  g_assert_cmpuint (alignment_signal_table_get_signal_set_size (TABLE (window)), ==, expected);
  for (guint i = 0; i < n_listed (window); i++)
    {
      g_autoptr(AlignmentSignal) signal = g_list_model_get_item (listed, i);

      sum += alignment_impact_to_delta (alignment_signal_get_impact (signal, ALIGNMENT_PARTY_CUSTOMER,
                                                                     ALIGNMENT_REALM_OPERATIONAL));
    }
  /* The cell's number. */
  g_assert_cmpint (sum, ==, -3);
  /* Said above the list, and counted on the filter button. */
  g_assert_true (gtk_revealer_get_reveal_child (TABLE (window)->signal_set_revealer));
  g_assert_nonnull (strstr (gtk_label_get_text (TABLE (window)->signal_set_label), "3 signals from the heatmap"));
  g_assert_nonnull (strstr (gtk_menu_button_get_label (TABLE (window)->filter_button), "(1)"));
  /* And on the timeline: one of them selected. */
  g_assert_nonnull (timeline_selected (window));
  g_assert_true (g_list_model_get_item (listed, 0) != NULL);
  g_object_unref (g_list_model_get_item (listed, 0));
  /* Exactly the cell's signals highlighted, in the case's order. */
  highlighted = alignment_timeline_view_get_highlight_signals (PAGE (window)->timeline_view, &n_highlighted);
  g_assert_cmpuint (n_highlighted, ==, expected);
  for (guint i = 0; i < expected; i++)
    g_assert_cmpuint (highlighted[i], ==, in_cell[i]);

  ui_test_activate (window, "win.clear-signal-set");
  g_assert_cmpuint (n_listed (window), ==, 16);
  g_assert_false (gtk_revealer_get_reveal_child (TABLE (window)->signal_set_revealer));
  g_assert_null (alignment_timeline_view_get_highlight_signals (PAGE (window)->timeline_view, &n_highlighted));
  g_assert_cmpuint (n_highlighted, ==, 0);

  /* A thread of the thread panel, the same way. */
  alignment_thread_panel_activate_thread (PAGE (window)->thread_panel, 2);
  ui_test_settle ();
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (PAGE (window)->view_stack), ==, "signals");
  for (guint i = 0; i < n_listed (window); i++)
    {
      g_autoptr(AlignmentSignal) signal = g_list_model_get_item (listed, i);

      g_assert_cmpuint (alignment_signal_get_thread (signal), ==, 2);
    }
  g_assert_cmpuint (n_listed (window), ==, 7);
  highlighted = alignment_timeline_view_get_highlight_signals (PAGE (window)->timeline_view, &n_highlighted);
  g_assert_cmpuint (n_highlighted, ==, 7);
  for (guint i = 0; i < n_highlighted; i++)
    g_assert_cmpuint (alignment_signal_get_thread (alignment_signal_list_get (signals, highlighted[i])), ==, 2);
  ui_test_activate (window, "win.clear-filters");
  g_assert_cmpuint (n_listed (window), ==, 16);
  g_assert_null (alignment_timeline_view_get_highlight_signals (PAGE (window)->timeline_view, &n_highlighted));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* ---- Export and print ------------------------------------------------------------ */

static void
assert_file_starts_with (const char *path,
                         const char *magic,
                         gsize       magic_len)
{
  g_autofree char *contents = NULL;
  gsize length = 0;
  g_autoptr(GError) error = NULL;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (length, >, 1000);
  g_assert_cmpmem (contents, magic_len, magic, magic_len);
}

/* pdfinfo's page count, or 0 without poppler-utils. */
static int
pdf_pages (const char *path)
{
  g_autofree char *out = NULL;
  g_autofree char *program = g_find_program_in_path ("pdfinfo");
  const char *argv[] = { "pdfinfo", path, NULL };
  const char *pages;
  int status = 0;

  if (program == NULL)
    {
      g_test_message ("pdfinfo not found: page counts not checked");
      return 0;
    }

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                               NULL, NULL, &out, NULL, &status, NULL));
  g_assert_cmpint (status, ==, 0);
  pages = strstr (out, "Pages:");
  g_assert_nonnull (pages);
  return atoi (pages + strlen ("Pages:"));
}

static void
export_and_check (AlignmentWindow *window,
                  const char      *dir,
                  const char      *name)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  g_assert_true (alignment_case_page_export_figure (PAGE (window), file, &error));
  g_assert_no_error (error);

  if (g_str_has_suffix (name, ".pdf"))
    {
      int pages;

      assert_file_starts_with (path, "%PDF-", 5);
      pages = pdf_pages (path);
      g_assert_true (pages == 0 || pages == 1);
    }
  else if (g_str_has_suffix (name, ".png"))
    assert_file_starts_with (path, "\x89PNG\r\n\x1a\n", 8);
  else if (g_str_has_suffix (name, ".svg"))
    {
      g_autofree char *contents = NULL;

      g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
      g_assert_nonnull (strstr (contents, "<svg"));
    }
}

static void
test_export (void)
{
  AlignmentWindow *window = new_window_with_example ();
  g_autofree char *dir = g_dir_make_tmp ("test-window-views-XXXXXX", NULL);
  g_autofree char *csv = g_build_filename (dir, "heatmap.csv", NULL);
  g_autofree char *contents = NULL;

  show_view (window, "timeline");
  g_assert_true (gtk_widget_is_sensitive (GTK_WIDGET (window)));
  export_and_check (window, dir, "timeline.pdf");
  export_and_check (window, dir, "timeline.png");
  export_and_check (window, dir, "timeline.svg");

  show_view (window, "heatmap");
  export_and_check (window, dir, "heatmap.pdf");
  export_and_check (window, dir, "heatmap.png");
  export_and_check (window, dir, "heatmap.csv");
  g_assert_true (g_file_get_contents (csv, &contents, NULL, NULL));
  g_assert_nonnull (strstr (contents, "2024-03"));

  gtk_window_destroy (GTK_WINDOW (window));
  ui_test_remove_tree (dir);
}

/* The width of a PNG, from its IHDR chunk. */
static guint32
png_width (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length = 0;
  const guchar *p;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 24);
  g_assert_cmpmem (contents + 12, 4, "IHDR", 4);
  p = (const guchar *) contents + 16;
  return ((guint32) p[0] << 24) | ((guint32) p[1] << 16) | ((guint32) p[2] << 8) | p[3];
}

static void
test_export_timeline_options (void)
{
  AlignmentWindow *window = new_window_with_example ();
  g_autofree char *dir = g_dir_make_tmp ("test-window-views-XXXXXX", NULL);
  g_autofree char *png = g_build_filename (dir, "march.png", NULL);
  g_autofree char *pdf = g_build_filename (dir, "march.pdf", NULL);
  g_autofree char *pdfinfo = g_find_program_in_path ("pdfinfo");
  g_autoptr(GFile) png_file = g_file_new_for_path (png);
  g_autoptr(GFile) pdf_file = g_file_new_for_path (pdf);
  g_autoptr(GError) error = NULL;
  AlignmentTimelineExport options = {
    .width = 800,
    .dpi = 144,
    .first_day = alignment_date_parse_iso ("2024-03-01"),
    .last_day = alignment_date_parse_iso ("2024-04-01"),
    .lanes = ALIGNMENT_TIMELINE_LANES_THREAD,
  };

  /* The options hold whatever page is shown. */
  show_view (window, "heatmap");
  g_assert_true (alignment_case_page_export_timeline (PAGE (window), png_file, &options, &error));
  g_assert_no_error (error);
  assert_file_starts_with (png, "\x89PNG\r\n\x1a\n", 8);
  g_assert_cmpuint (png_width (png), ==, 800 * 144 / 72);

  g_assert_true (alignment_case_page_export_timeline (PAGE (window), pdf_file, &options, &error));
  g_assert_no_error (error);
  assert_file_starts_with (pdf, "%PDF-", 5);
  if (pdfinfo != NULL)
    {
      g_autofree char *out = NULL;
      const char *argv[] = { "pdfinfo", pdf, NULL };
      const char *size;
      int status = 0;

      g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                                   NULL, NULL, &out, NULL, &status, NULL));
      g_assert_cmpint (status, ==, 0);
      size = strstr (out, "Page size:");
      g_assert_nonnull (size);
      g_assert_cmpfloat_with_epsilon (g_ascii_strtod (size + strlen ("Page size:"), NULL), 800, 0.5);
    }
  else
    g_test_message ("pdfinfo not found: the page size not checked");

  /* Export Figure… on the timeline asks for these first, filled in
   * from the view. */
  show_view (window, "timeline");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.export-figure", NULL));
  {
    GListModel *toplevels = gtk_window_get_toplevels ();  /* GTK's own */
    AdwMessageDialog *dialog = NULL;

    for (guint i = 0; i < g_list_model_get_n_items (toplevels) && dialog == NULL; i++)
      {
        g_autoptr(GObject) item = g_list_model_get_item (toplevels, i);

        if (ADW_IS_MESSAGE_DIALOG (item))
          dialog = ADW_MESSAGE_DIALOG (item);
      }
    g_assert_nonnull (dialog);
    g_assert_nonnull (adw_message_dialog_get_extra_child (dialog));
    g_assert_true (adw_message_dialog_has_response (dialog, "export"));
    /* Closing answers its close response, "cancel". */
    gtk_window_close (GTK_WINDOW (dialog));
  }

  gtk_window_destroy (GTK_WINDOW (window));
  ui_test_remove_tree (dir);
}

static void
test_print (void)
{
  AlignmentWindow *window = new_window_with_example ();
  g_autofree char *dir = g_dir_make_tmp ("test-window-views-XXXXXX", NULL);
  g_autofree char *timeline = g_build_filename (dir, "timeline.pdf", NULL);
  g_autofree char *heatmap = g_build_filename (dir, "heatmap.pdf", NULL);
  g_autoptr(GError) error = NULL;

  show_view (window, "timeline");
  g_assert_true (alignment_case_page_print (PAGE (window), timeline, &error));
  g_assert_no_error (error);
  assert_file_starts_with (timeline, "%PDF-", 5);
  g_assert_cmpint (pdf_pages (timeline), <=, 1);

  show_view (window, "heatmap");
  g_assert_true (alignment_case_page_print (PAGE (window), heatmap, &error));
  g_assert_no_error (error);
  assert_file_starts_with (heatmap, "%PDF-", 5);

  gtk_window_destroy (GTK_WINDOW (window));
  ui_test_remove_tree (dir);
}

static void
test_export_case (void)
{
  AlignmentWindow *window = new_window_with_example ();
  g_autofree char *dir = g_dir_make_tmp ("test-window-views-XXXXXX", NULL);
  const char *names[] = { "case.csv", "case.tsv", "case.xes", "case.ods", "case.xlsx" };
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *path = g_build_filename (dir, names[i], NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autofree char *contents = NULL;
      gsize length;

      g_assert_true (alignment_case_page_export_case (alignment_window_get_case_page (window), file, &error));
      g_assert_no_error (error);
      g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
      if (i >= 3)
        {
          /* a workbook, which reads back as the case's 16 signals */
          g_autoptr(GBytes) bytes = g_bytes_new (contents, length);
          g_autoptr(AlignmentSheet) sheet = alignment_sheet_read_xlsx (bytes, NULL, &error);
          g_autoptr(AlignmentImport) import = NULL;

          g_assert_no_error (error);
          import = alignment_import_sheet (sheet, NULL, &error);
          g_assert_no_error (error);
          g_assert_cmpuint (import->n_signals, ==, 16);
        }
      else if (i == 2)
        g_assert_nonnull (strstr (contents, "<log"));
      else
        g_assert_nonnull (strstr (contents, i == 0 ? "1a," : "1a\t"));
    }

  {
    g_autofree char *path = g_build_filename (dir, "case.doc", NULL);
    g_autoptr(GFile) file = g_file_new_for_path (path);

    g_assert_false (alignment_case_page_export_case (alignment_window_get_case_page (window), file, &error));
    g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_FILENAME);
  }

  gtk_window_destroy (GTK_WINDOW (window));
  ui_test_remove_tree (dir);
}

static gboolean
chooser_has_file (gpointer data)
{
  g_autoptr(GFile) file = gtk_file_chooser_get_file (data);

  return file != NULL;
}

/* A workbook's name, typed with or without its extension, is the
 * workbook's: never "case.ods.ods". */
static void
test_export_case_names (void)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *widget = gtk_file_chooser_widget_new (GTK_FILE_CHOOSER_ACTION_SAVE);
  GtkFileChooser *chooser = GTK_FILE_CHOOSER (widget);
  g_autofree char *dir = g_dir_make_tmp ("test-window-views-XXXXXX", NULL);
  g_autoptr(GFile) folder = g_file_new_for_path (dir);
  const char *typed[][3] = {
    { "xlsx", "case.xlsx", "case.xlsx" },
    { "xlsx", "case", "case.xlsx" },
    { "ods", "Case.ODS", "Case.ODS" },
    { "ods", "case", "case.ods" },
  };
  GListModel *filters;

  /* in a window, as the chooser always is */
  gtk_window_set_child (GTK_WINDOW (window), widget);
  alignment_file_chooser_add_filter (chooser, "ODS", "ods", NULL);
  alignment_file_chooser_add_filter (chooser, "XLSX", "xlsx", NULL);
  filters = gtk_file_chooser_get_filters (chooser);
  g_assert_true (gtk_file_chooser_set_current_folder (chooser, folder, NULL));

  for (guint i = 0; i < G_N_ELEMENTS (typed); i++)
    {
      g_autoptr(GtkFileFilter) filter = g_list_model_get_item (filters, g_str_equal (typed[i][0], "ods") ? 0 : 1);
      g_autoptr(GFile) file = NULL;
      g_autofree char *name = NULL;

      gtk_file_chooser_set_filter (chooser, filter);
      gtk_file_chooser_set_current_name (chooser, typed[i][1]);
      /* the folder is read in the background */
      ui_test_spin_until (chooser_has_file, chooser, "the chooser to have a file");
      file = alignment_file_chooser_dup_file (chooser);
      name = g_file_get_basename (file);
      g_assert_cmpstr (name, ==, typed[i][2]);
    }

  /* Disposing a chooser widget that has read its folder fails an
   * assertion inside GTK 4.8 (g_object_unref of a freed object): it is
   * hidden and left for the end of the test program instead. */
  gtk_widget_set_visible (window, FALSE);
  g_rmdir (dir);
}

/* ---- Import ---------------------------------------------------------------------- */

static GFile *
import_fixture (AlignmentWindow *window)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "datasheet-threads-1-3.tsv", NULL);
  g_autoptr(GFile) sheet = g_file_new_for_path (path);
  AlignmentImportDialog *dialog = _alignment_window_import_sheet (window, sheet);

  g_assert_nonnull (dialog);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  ui_test_spin_until (dialog_ready, dialog, "the sheet to be read");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "dialog.import", NULL));
  ui_test_settle ();
  /* It closes itself after an import. */
  g_assert_null (dialog);

  return g_object_ref (alignment_window_get_file (window));
}

static void
test_import (void)
{
  AlignmentWindow *window = ui_test_new_window ();
  g_autoptr(GFile) first = NULL;
  g_autoptr(GFile) second = NULL;
  g_autoptr(GFile) folder = NULL;
  g_autoptr(GFile) parent = NULL;
  g_autofree char *first_name = NULL;
  g_autofree char *second_name = NULL;
  g_autofree char *first_contents = NULL;
  g_autofree char *first_again = NULL;

  first = import_fixture (window);
  g_assert_nonnull (alignment_window_get_case (window));
  g_assert_cmpuint (alignment_signal_list_get_n (alignment_case_get_signals (alignment_window_get_case (window))), ==, 16);
  /* A new file in the library folder, saved. */
  folder = g_object_ref (alignment_library_get_folder (alignment_window_get_library (window)));
  parent = g_file_get_parent (first);
  g_assert_true (g_file_equal (parent, folder));
  g_assert_true (g_file_query_exists (first, NULL));
  g_assert_false (alignment_document_get_modified (alignment_window_get_document (window)));
  first_name = g_file_get_basename (first);
  g_assert_true (g_str_has_suffix (first_name, ".alignment"));
  g_assert_true (g_file_load_contents (first, NULL, &first_contents, NULL, NULL, NULL));

  /* The same sheet again: a second file, the first untouched. */
  second = import_fixture (window);
  g_assert_false (g_file_equal (first, second));
  second_name = g_file_get_basename (second);
  g_assert_true (g_str_has_suffix (second_name, " 2.alignment"));
  g_assert_true (g_file_load_contents (first, NULL, &first_again, NULL, NULL, NULL));
  g_assert_cmpstr (first_contents, ==, first_again);

  gtk_window_destroy (GTK_WINDOW (window));
}

static AlignmentImportDialog *
find_import_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) toplevel = g_list_model_get_item (toplevels, i);

      if (ALIGNMENT_IS_IMPORT_DIALOG (toplevel))
        return ALIGNMENT_IMPORT_DIALOG (toplevel);
    }

  return NULL;
}

static gboolean
clipboard_dialog_shown (gpointer data)
{
  return find_import_dialog () != NULL;
}

/* A sheet dropped on the window opens the import preview. */
/* A sheet dropped on the window opens the import preview: @data is the
 * name of a sheet of the example's 16 signals in tests/data. */
static void
drop_sheet (const char *data)
{
  AlignmentWindow *window = ui_test_new_window ();
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", data, NULL);
  g_autoptr(GFile) sheet = g_file_new_for_path (path);
  g_autoptr(GListModel) controllers = NULL;
  GtkDropTarget *target = NULL;
  GSList *files = g_slist_prepend (NULL, sheet);
  g_auto(GValue) value = G_VALUE_INIT;
  AlignmentImportDialog *dialog;
  gboolean accepted = FALSE;

  controllers = gtk_widget_observe_controllers (GTK_WIDGET (window));
  for (guint i = 0; i < g_list_model_get_n_items (controllers) && target == NULL; i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_DROP_TARGET (controller))
        target = GTK_DROP_TARGET (controller);
    }
  g_assert_nonnull (target);

  g_value_init (&value, GDK_TYPE_FILE_LIST);
  g_value_take_boxed (&value, gdk_file_list_new_from_list (files));
  g_slist_free (files);
  g_assert_null (find_import_dialog ());
  g_signal_emit_by_name (target, "drop", &value, 10.0, 10.0, &accepted);
  g_assert_true (accepted);

  dialog = find_import_dialog ();
  g_assert_nonnull (dialog);
  ui_test_spin_until (dialog_ready, dialog, "the dropped sheet to be read");
  g_assert_nonnull (alignment_import_dialog_get_import (dialog));
  g_assert_cmpuint (alignment_import_dialog_get_import (dialog)->n_signals, ==, 16);
  /* Cancelled: nothing is created. */
  gtk_window_close (GTK_WINDOW (dialog));
  ui_test_settle ();
  g_assert_null (find_import_dialog ());
  g_assert_null (alignment_window_get_case (window));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_drop_sheet (void)
{
  drop_sheet ("datasheet-threads-1-3.tsv");
}

/* LibreOffice's own format is a sheet too. */
static void
test_drop_ods (void)
{
  drop_sheet ("datasheet-threads-1-3.ods");
}

/* And Excel's "Unicode Text", UTF-16 in either byte order. */
static void
test_drop_utf16 (void)
{
  drop_sheet ("datasheet-threads-1-3-utf16le.txt");
  drop_sheet ("datasheet-threads-1-3-utf16be.txt");
}

static void
test_paste (void)
{
  AlignmentWindow *window = new_window_with_example ();
  AlignmentSignalList *signals = alignment_case_get_signals (alignment_window_get_case (window));
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "datasheet-threads-1-3.tsv", NULL);
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  g_autofree char *rows = NULL;
  AlignmentImportDialog *dialog;

  /* The header and the first two signals, as a spreadsheet copies them:
   * their ids, 1a and 1b, are taken. */
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  lines = g_strsplit (contents, "\n", 4);
  rows = g_strjoin ("\n", lines[0], lines[1], lines[2], NULL);

  g_assert_cmpuint (alignment_signal_list_get_n (signals), ==, 16);
  dialog = alignment_case_page_paste_rows (alignment_window_get_case_page (window), rows);
  g_assert_nonnull (dialog);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  ui_test_spin_until (dialog_ready, dialog, "the rows to be read");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "dialog.import", NULL));
  ui_test_settle ();
  g_assert_null (dialog);

  g_assert_cmpuint (alignment_signal_list_get_n (signals), ==, 18);
  /* Thread 1 has 1a to 1d: the pasted ones follow. */
  g_assert_cmpint (alignment_signal_list_find_id (signals, "1e"), >=, 0);
  g_assert_cmpint (alignment_signal_list_find_id (signals, "1f"), >=, 0);
  g_assert_cmpstr (alignment_signal_get_trigger (alignment_signal_list_get (signals, alignment_signal_list_find_id (signals, "1e"))),
                   ==, "Need for Training SAFE Agile");
  g_assert_cmpuint (n_listed (window), ==, 18);

  /* One step. */
  ui_test_activate (window, "win.undo");
  g_assert_cmpuint (alignment_signal_list_get_n (signals), ==, 16);
  g_assert_cmpint (alignment_signal_list_find_id (signals, "1e"), <, 0);
  ui_test_activate (window, "win.redo");
  g_assert_cmpuint (alignment_signal_list_get_n (signals), ==, 18);
  ui_test_activate (window, "win.undo");

  /* Ctrl+V in the list reads the clipboard: rows open the preview ... */
  gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (window)), rows);
  gtk_widget_grab_focus (GTK_WIDGET (TABLE (window)->column_view));
  ui_test_activate (window, "win.paste-signals");
  ui_test_spin_until (clipboard_dialog_shown, NULL, "the preview of the clipboard's rows");
  dialog = find_import_dialog ();
  ui_test_spin_until (dialog_ready, dialog, "the clipboard's rows to be read");
  g_assert_cmpuint (alignment_import_dialog_get_import (dialog)->n_signals, ==, 2);
  gtk_window_close (GTK_WINDOW (dialog));
  ui_test_settle ();
  g_assert_cmpuint (alignment_signal_list_get_n (signals), ==, 16);

  /* ... text that is not rows of a sheet does not. */
  gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (window)), "just a sentence");
  ui_test_activate (window, "win.paste-signals");
  ui_test_settle ();
  g_assert_null (find_import_dialog ());

  gtk_window_destroy (GTK_WINDOW (window));
}

/* ---- Main ------------------------------------------------------------------------- */

int
main (int   argc,
      char *argv[])
{
  int status;

  if (!ui_test_init (&argc, &argv, "/window-views/skipped", "test-window-views-XXXXXX", &status))
    return status;
  app = ui_test_start_application (G_APPLICATION_HANDLES_OPEN | G_APPLICATION_NON_UNIQUE);
  ui_test_set_settle_time (300);

  ui_test_add ("/window-views/pages", test_pages, UI_TEST_FRESH_CASES);
  ui_test_add ("/window-views/settings", test_settings, UI_TEST_FRESH_CASES);
  ui_test_add ("/window-views/signal-cells", test_signal_cells, UI_TEST_FRESH_CASES);
  ui_test_add ("/window-views/selection", test_selection, UI_TEST_FRESH_CASES);
  ui_test_add ("/window-views/reload-after-edit", test_reload_after_edit, UI_TEST_FRESH_CASES);
  ui_test_add ("/window-views/export-timeline-options", test_export_timeline_options, UI_TEST_FRESH_CASES);
  ui_test_add ("/window-views/heatmap-filter", test_heatmap_filter, UI_TEST_FRESH_CASES);
  ui_test_add ("/window-views/export", test_export, UI_TEST_FRESH_CASES);
  ui_test_add ("/window-views/print", test_print, UI_TEST_FRESH_CASES);
  ui_test_add ("/window-views/export-case", test_export_case, UI_TEST_FRESH_CASES);
  ui_test_add ("/window-views/export-case-names", test_export_case_names, UI_TEST_FRESH_CASES);
  ui_test_add ("/window-views/import", test_import, UI_TEST_FRESH_CASES);
  ui_test_add ("/window-views/drop-sheet", test_drop_sheet, UI_TEST_FRESH_CASES);
  ui_test_add ("/window-views/drop-ods", test_drop_ods, UI_TEST_FRESH_CASES);
  ui_test_add ("/window-views/drop-utf16", test_drop_utf16, UI_TEST_FRESH_CASES);
  ui_test_add ("/window-views/paste", test_paste, UI_TEST_FRESH_CASES);

  return ui_test_run ();
}
