/* test-import-dialog.c: the import preview, driven under a display
 *
 * Real widgets on a real (virtual) display: the sheet is read in the
 * dialog's thread, the preview is checked by what is on screen, choices
 * are made through the dialog's own rows, and Import through its action
 * and its keyboard shortcut.
 *
 * Needs a display (build-aux/run-tests runs the suite under Xvfb):
 * without one this test fails, so that a CI without Xvfb cannot pass
 * silently.  Only ALIGNMENT_SKIP_DISPLAY_TESTS=1 skips it, for builds
 * that can have no display at all (the Flatpak build).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "alignment-import-dialog.h"
#include "ui-test.h"

#define FIXTURE_N_SIGNALS 16

static gboolean
dialog_idle (gpointer data)
{
  return !alignment_import_dialog_get_busy (data);
}

static gboolean
pointer_cleared (gpointer data)
{
  return *(gpointer *) data == NULL;
}

/* Lets the dialog finish what it is doing and draw the result. */
static void
wait_for_dialog (AlignmentImportDialog *dialog)
{
  ui_test_spin_until (dialog_idle, dialog, "the dialog to read the sheet");
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

/* The combo row of the signal log's @title column, on screen. */
static AdwComboRow *
find_combo_row (GtkWidget  *root,
                const char *title)
{
  if (!gtk_widget_get_mapped (root))
    return NULL;

  if (ADW_IS_COMBO_ROW (root)
      && g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (root)), title) == 0)
    return ADW_COMBO_ROW (root);

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      AdwComboRow *found = find_combo_row (child, title);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static gboolean
import_enabled (AlignmentImportDialog *dialog)
{
  GtkWidget *button = ui_test_find_any_button (GTK_WIDGET (dialog), "_Import");

  g_assert_nonnull (button);
  return gtk_widget_get_mapped (button) && gtk_widget_is_sensitive (button);
}

static void
collect_column_views (GtkWidget *root,
                      GPtrArray *views)
{
  if (!gtk_widget_get_mapped (root))
    return;

  if (GTK_IS_COLUMN_VIEW (root))
    {
      g_ptr_array_add (views, root);
      return;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_column_views (child, views);
}

/* The column views of the preview on screen: the signals (0), then the
 * report (1); NULL when not shown. */
static GtkColumnView *
find_column_view (GtkWidget *root,
                  guint      nth)
{
  g_autoptr(GPtrArray) views = g_ptr_array_new ();

  collect_column_views (root, views);
  return nth < views->len ? g_ptr_array_index (views, nth) : NULL;
}

/* The preferences row of @type titled @title, on screen. */
static GtkWidget *
find_titled_row (GtkWidget  *root,
                 GType       type,
                 const char *title)
{
  if (!gtk_widget_get_mapped (root))
    return NULL;

  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type)
      && g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (root)), title) == 0)
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_titled_row (child, type, title);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static GListModel *
view_model (GtkColumnView *view)
{
  GtkSelectionModel *selection = gtk_column_view_get_model (view);

  return gtk_no_selection_get_model (GTK_NO_SELECTION (selection));
}

static char *
data_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "..", "data", name, NULL);
}

/* Each test has a parent window, as the app's window is. */
static GtkWindow *
new_parent (void)
{
  GtkWindow *parent = GTK_WINDOW (gtk_window_new ());

  gtk_window_set_default_size (parent, 400, 300);
  gtk_window_present (parent);
  return parent;
}

static AlignmentImportDialog *
open_fixture (GtkWindow *parent)
{
  g_autofree char *path = data_path ("datasheet-threads-1-3.tsv");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  AlignmentImportDialog *dialog = alignment_import_dialog_new (parent, file);

  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == parent);
  g_assert_true (gtk_window_get_modal (GTK_WINDOW (dialog)));
  /* The sheet is read in a thread: the dialog answers at once. */
  g_assert_true (alignment_import_dialog_get_busy (dialog));

  gtk_window_present (GTK_WINDOW (dialog));
  wait_for_dialog (dialog);
  return dialog;
}

typedef struct
{
  guint          n_emitted;
  AlignmentCase *imported;
  guint          n_signals;
} ImportRecord;

static void
import_cb (AlignmentImportDialog *dialog,
           AlignmentCase         *imported,
           guint                  n_signals,
           ImportRecord          *record)
{
  record->n_emitted++;
  g_set_object (&record->imported, imported);
  record->n_signals = n_signals;
}

static void
assert_signals_equal_example (AlignmentCase *imported)
{
  g_autoptr(GFile) file = g_file_new_for_path (g_getenv ("ALIGNMENT_EXAMPLE"));
  g_autoptr(GError) error = NULL;
  g_autoptr(AlignmentCase) example = alignment_case_load (file, NULL, &error);
  AlignmentSignal **expected, **got;
  guint n_expected, n_got;

  g_assert_no_error (error);
  expected = alignment_signal_list_peek (alignment_case_get_signals (example), &n_expected);
  got = alignment_signal_list_peek (alignment_case_get_signals (imported), &n_got);
  g_assert_cmpuint (n_got, ==, n_expected);
  for (guint i = 0; i < n_expected; i++)
    if (!alignment_signal_equal (expected[i], got[i]))
      g_error ("signal %s differs from the example's", alignment_signal_get_id (expected[i]));
}

/* The thesis's sheet: 16 rows, the detected columns, the year repairs. */
static void
test_preview (void)
{
  GtkWindow *parent = new_parent ();
  AlignmentImportDialog *dialog = open_fixture (parent);
  GtkWidget *root = GTK_WIDGET (dialog);
  GtkColumnView *rows, *report;
  AdwComboRow *trigger;

  rows = find_column_view (root, 0);
  report = find_column_view (root, 1);
  g_assert_nonnull (rows);
  g_assert_nonnull (report);
  g_assert_cmpuint (g_list_model_get_n_items (view_model (rows)), ==, FIXTURE_N_SIGNALS);

  /* The counts, and the rows as they will be imported. */
  ui_test_assert_label_containing (root, "16 signals, 8 repairs, 0 unreadable cells");
  g_assert_true (import_enabled (dialog));
  ui_test_assert_label_containing (root, "header in row 1");
  ui_test_assert_label_containing (GTK_WIDGET (rows), "1a");
  ui_test_assert_label_containing (GTK_WIDGET (rows), "Request sent");
  ui_test_assert_label_containing (GTK_WIDGET (rows), "Need for Training SAFE Agile");
  /* "7-feb" had no year: it is shown with the year it was given. */
  ui_test_assert_label_containing (GTK_WIDGET (rows), "2024-02-07");

  /* The report: row, column, what was read, what was done, the kind. */
  g_assert_cmpuint (g_list_model_get_n_items (view_model (report)), >=, 8);
  ui_test_assert_label_containing (GTK_WIDGET (report), "“7-feb”");
  ui_test_assert_label_containing (GTK_WIDGET (report), "End date");
  ui_test_assert_label_containing (GTK_WIDGET (report), "no year given: took 2024");
  ui_test_assert_label_containing (GTK_WIDGET (report), "Repaired");

  /* The detected mapping: the sheet's column D is the trigger. */
  trigger = find_combo_row (root, "Trigger/reason");
  g_assert_nonnull (trigger);
  g_assert_cmpuint (adw_combo_row_get_selected (trigger), ==, ALIGNMENT_COLUMN_TRIGGER + 1);
  ui_test_assert_label_containing (GTK_WIDGET (trigger), "D · Trigger/reason");

  gtk_window_destroy (GTK_WINDOW (dialog));
  gtk_window_destroy (parent);
}

/* A column set to "not in the sheet": the rows are read again without
 * it, and the report says so.  Cancel imports nothing. */
static void
test_change_mapping (void)
{
  GtkWindow *parent = new_parent ();
  AlignmentImportDialog *dialog = open_fixture (parent);
  GtkWidget *root = GTK_WIDGET (dialog);
  ImportRecord record = { 0 };
  AlignmentSignal **signals;
  GtkColumnView *rows;
  AdwComboRow *trigger;
  guint n;

  g_signal_connect (dialog, "import", G_CALLBACK (import_cb), &record);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);

  trigger = find_combo_row (root, "Trigger/reason");
  g_assert_nonnull (trigger);
  adw_combo_row_set_selected (trigger, 0);
  g_assert_true (alignment_import_dialog_get_busy (dialog));
  wait_for_dialog (dialog);

  rows = find_column_view (root, 0);
  g_assert_cmpuint (g_list_model_get_n_items (view_model (rows)), ==, FIXTURE_N_SIGNALS);
  signals = alignment_signal_list_peek (alignment_case_get_signals (alignment_import_dialog_get_import (dialog)->imported), &n);
  g_assert_cmpuint (n, ==, FIXTURE_N_SIGNALS);
  for (guint i = 0; i < n; i++)
    g_assert_cmpstr (alignment_signal_get_trigger (signals[i]), ==, "");
  g_assert_cmpint (alignment_import_dialog_get_import (dialog)->mapping[ALIGNMENT_COLUMN_TRIGGER], ==, -1);
  /* The other columns stayed where they were. */
  g_assert_cmpint (alignment_import_dialog_get_import (dialog)->mapping[ALIGNMENT_COLUMN_START], ==, ALIGNMENT_COLUMN_START);

  ui_test_assert_no_label_containing (GTK_WIDGET (rows), "Need for Training SAFE Agile");
  ui_test_assert_label_containing (GTK_WIDGET (rows), "1a");
  /* The core names the missing columns in one note. */
  ui_test_assert_label_containing (GTK_WIDGET (find_column_view (root, 1)), "not in the sheet");
  ui_test_assert_label_containing (root, "1 value to check");
  g_assert_cmpuint (adw_combo_row_get_selected (trigger), ==, 0);

  /* Cancel: the dialog goes, nothing is imported. */
  g_assert_true (gtk_widget_activate_action (root, "window.close", NULL));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_null (dialog);
  g_assert_cmpuint (record.n_emitted, ==, 0);

  gtk_window_destroy (parent);
}

/* The Ctrl+Enter binding of the dialog, activated as a key press would. */
static gboolean
activate_shortcut (GtkWidget  *widget,
                   const char *accelerator)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);
  g_autoptr(GtkShortcutTrigger) wanted = gtk_shortcut_trigger_parse_string (accelerator);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;

      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);

          if (gtk_shortcut_trigger_equal (gtk_shortcut_get_trigger (shortcut), wanted))
            return gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut), 0, widget,
                                                 gtk_shortcut_get_arguments (shortcut));
        }
    }

  return FALSE;
}

/* Import gives the example's 16 signals, once, and the dialog closes. */
static void
test_import (void)
{
  GtkWindow *parent = new_parent ();
  AlignmentImportDialog *dialog = open_fixture (parent);
  ImportRecord record = { 0 };

  g_signal_connect (dialog, "import", G_CALLBACK (import_cb), &record);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);

  g_assert_true (activate_shortcut (GTK_WIDGET (dialog), "<Control>Return"));
  while (g_main_context_iteration (NULL, FALSE))
    ;

  g_assert_null (dialog);
  g_assert_cmpuint (record.n_emitted, ==, 1);
  g_assert_cmpuint (record.n_signals, ==, FIXTURE_N_SIGNALS);
  g_assert_nonnull (record.imported);
  assert_signals_equal_example (record.imported);
  /* The sheet has no title row: the new case is named after the file. */
  g_assert_cmpstr (alignment_case_get_title (record.imported), ==, "datasheet-threads-1-3");

  g_clear_object (&record.imported);
  gtk_window_destroy (parent);
}

/* A zip bomb posing as a workbook: an error page that says why, and no
 * Import. */
static void
test_zip_bomb (void)
{
  GtkWindow *parent = new_parent ();
  g_autofree char *path = data_path ("zip-bomb.xlsx");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  AlignmentImportDialog *dialog = alignment_import_dialog_new (parent, file);
  ImportRecord record = { 0 };
  GtkWidget *status_page;
  const char *description;

  g_signal_connect (dialog, "import", G_CALLBACK (import_cb), &record);
  gtk_window_present (GTK_WINDOW (dialog));
  wait_for_dialog (dialog);

  g_assert_null (alignment_import_dialog_get_import (dialog));
  g_assert_null (ui_test_find_mapped (GTK_WIDGET (dialog), GTK_TYPE_COLUMN_VIEW));
  status_page = ui_test_find_mapped (GTK_WIDGET (dialog), ADW_TYPE_STATUS_PAGE);
  g_assert_nonnull (status_page);
  g_assert_cmpstr (adw_status_page_get_title (ADW_STATUS_PAGE (status_page)), ==, "Could Not Read the Sheet");
  description = adw_status_page_get_description (ADW_STATUS_PAGE (status_page));
  g_test_message ("Error shown: %s", description);
  g_assert_nonnull (strstr (description, "unpacks to more than"));
  /* The way out: another file, or Cancel. */
  ui_test_assert_label_containing (status_page, "Choose Another File…");

  g_assert_false (import_enabled (dialog));
  g_assert_false (activate_shortcut (GTK_WIDGET (dialog), "<Control>Return"));
  g_assert_cmpuint (record.n_emitted, ==, 0);

  gtk_window_destroy (GTK_WINDOW (dialog));
  gtk_window_destroy (parent);
}

/* A file that is not there: said plainly, with a way out. */
static void
test_missing_file (void)
{
  GtkWindow *parent = new_parent ();
  g_autoptr(GFile) file = g_file_new_for_path ("/nonexistent/signal-log.csv");
  AlignmentImportDialog *dialog = alignment_import_dialog_new (parent, file);
  GtkWidget *status_page;

  gtk_window_present (GTK_WINDOW (dialog));
  wait_for_dialog (dialog);

  status_page = ui_test_find_mapped (GTK_WIDGET (dialog), ADW_TYPE_STATUS_PAGE);
  g_assert_nonnull (status_page);
  g_assert_cmpstr (adw_status_page_get_title (ADW_STATUS_PAGE (status_page)), ==, "Could Not Read the Sheet");
  g_assert_nonnull (strstr (adw_status_page_get_description (ADW_STATUS_PAGE (status_page)), "signal-log.csv"));
  g_assert_false (import_enabled (dialog));

  gtk_window_destroy (GTK_WINDOW (dialog));
  gtk_window_destroy (parent);
}

/* Rows copied from a spreadsheet, without their header, as a paste. */
static void
test_pasted_text (void)
{
  GtkWindow *parent = new_parent ();
  g_autofree char *path = data_path ("datasheet-threads-1-3.tsv");
  g_autofree char *contents = NULL;
  g_autofree char *pasted = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GError) error = NULL;
  AlignmentImportDialog *dialog;
  ImportRecord record = { 0 };
  GtkColumnView *rows;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  lines = g_strsplit (contents, "\n", -1);
  /* Rows 2 to 4 (1a, 1b, 1c): what a user selects and copies. */
  pasted = g_strjoin ("\n", lines[1], lines[2], lines[3], NULL);

  dialog = alignment_import_dialog_new_for_text (parent, pasted);
  g_signal_connect (dialog, "import", G_CALLBACK (import_cb), &record);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  gtk_window_present (GTK_WINDOW (dialog));
  wait_for_dialog (dialog);

  rows = find_column_view (GTK_WIDGET (dialog), 0);
  g_assert_nonnull (rows);
  g_assert_cmpuint (g_list_model_get_n_items (view_model (rows)), ==, 3);
  ui_test_assert_label_containing (GTK_WIDGET (dialog), "3 signals,");
  ui_test_assert_label_containing (GTK_WIDGET (dialog), "Pasted rows");
  /* the rows join the open case: no names or period of a new one */
  g_assert_null (find_titled_row (GTK_WIDGET (dialog), ADW_TYPE_ENTRY_ROW, "C_ustomer"));
  ui_test_assert_label_containing (GTK_WIDGET (rows), "1c");
  ui_test_assert_label_containing (GTK_WIDGET (rows), "Escalation sent");
  /* No header: the thesis's order was assumed, and the report says so. */
  ui_test_assert_label_containing (GTK_WIDGET (find_column_view (GTK_WIDGET (dialog), 1)), "no header row found");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "dialog.import", NULL));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_null (dialog);
  g_assert_cmpuint (record.n_emitted, ==, 1);
  g_assert_cmpuint (record.n_signals, ==, 3);
  /* A paste names no case: the caller adds the signals to its own. */
  g_assert_cmpstr (alignment_case_get_title (record.imported), ==, "");

  g_clear_object (&record.imported);
  gtk_window_destroy (parent);
}

/* A workbook whose first sheet holds notes: the signals' sheet is
 * found, and the other can be chosen, and shows why it has none. */
static void
test_workbook (void)
{
  GtkWindow *parent = new_parent ();
  g_autofree char *path = data_path ("signals.xlsx");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  AlignmentImportDialog *dialog = alignment_import_dialog_new (parent, file);
  GtkWidget *root = GTK_WIDGET (dialog);
  AdwComboRow *worksheet;
  GtkWidget *status_page;

  gtk_window_present (GTK_WINDOW (dialog));
  wait_for_dialog (dialog);

  worksheet = find_combo_row (root, "_Worksheet");
  g_assert_nonnull (worksheet);
  g_assert_cmpuint (g_list_model_get_n_items (adw_combo_row_get_model (worksheet)), ==, 2);
  g_assert_cmpuint (adw_combo_row_get_selected (worksheet), ==, 1);
  ui_test_assert_label_containing (root, "sheet “Signals”");
  g_assert_cmpuint (g_list_model_get_n_items (view_model (find_column_view (root, 0))), ==, FIXTURE_N_SIGNALS);
  assert_signals_equal_example (alignment_import_dialog_get_import (dialog)->imported);

  /* The notes sheet: no signals, said in the preview, choices kept. */
  adw_combo_row_set_selected (worksheet, 0);
  wait_for_dialog (dialog);
  g_assert_null (alignment_import_dialog_get_import (dialog));
  g_assert_null (find_column_view (root, 0));
  status_page = ui_test_find_mapped (root, ADW_TYPE_STATUS_PAGE);
  g_assert_nonnull (status_page);
  g_assert_cmpstr (adw_status_page_get_title (ADW_STATUS_PAGE (status_page)), ==, "No Signals to Import");
  g_assert_nonnull (strstr (adw_status_page_get_description (ADW_STATUS_PAGE (status_page)), "No signals found"));
  g_assert_false (import_enabled (dialog));
  g_assert_false (activate_shortcut (root, "<Control>Return"));
  g_assert_true (find_combo_row (root, "_Worksheet") == worksheet);

  adw_combo_row_set_selected (worksheet, 1);
  wait_for_dialog (dialog);
  g_assert_cmpuint (g_list_model_get_n_items (view_model (find_column_view (root, 0))), ==, FIXTURE_N_SIGNALS);

  gtk_window_destroy (GTK_WINDOW (dialog));
  gtk_window_destroy (parent);
}

/* Draws @window into the PNG named by ALIGNMENT_TEST_SCREENSHOT_DIR and
 * @name, to look at what the user sees; nothing when it is not set. */
static void
maybe_screenshot (GtkWidget  *window,
                  const char *name)
{
  const char *dir = g_getenv ("ALIGNMENT_TEST_SCREENSHOT_DIR");
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GtkSnapshot) snapshot = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *path = NULL;

  if (dir == NULL)
    return;

  /* let transitions end and the window draw */
  {
    gint64 until = g_get_monotonic_time () + G_USEC_PER_SEC;

    while (g_get_monotonic_time () < until)
      g_main_context_iteration (NULL, FALSE);
  }
  paintable = gtk_widget_paintable_new (window);
  snapshot = gtk_snapshot_new ();
  gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot),
                          gtk_widget_get_width (window), gtk_widget_get_height (window));
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (window)), node, NULL);
  path = g_build_filename (dir, name, NULL);
  g_assert_true (gdk_texture_save_to_png (texture, path));
}

/* LibreOffice's .ods and Excel's "Unicode Text" (UTF-16) preview as the
 * thesis's sheet does: every signal, and the description row said to be
 * the case's description, not shown as a signal. */
static void
test_other_formats (void)
{
  const char *names[] = { "datasheet-threads-1-3.ods", "datasheet-threads-1-3-utf16le.txt" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      GtkWindow *parent = new_parent ();
      g_autofree char *path = data_path (names[i]);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      AlignmentImportDialog *dialog = alignment_import_dialog_new (parent, file);
      GtkWidget *root = GTK_WIDGET (dialog);
      GtkColumnView *rows;

      gtk_window_present (GTK_WINDOW (dialog));
      wait_for_dialog (dialog);

      rows = find_column_view (root, 0);
      g_assert_nonnull (rows);
      g_assert_cmpuint (g_list_model_get_n_items (view_model (rows)), ==, FIXTURE_N_SIGNALS);
      g_assert_true (import_enabled (dialog));
      assert_signals_equal_example (alignment_import_dialog_get_import (dialog)->imported);

      if (i == 0)
        {
          AdwComboRow *worksheet = find_combo_row (root, "_Worksheet");

          /* the first sheet that holds signals, after the notes */
          g_assert_nonnull (worksheet);
          g_assert_cmpuint (adw_combo_row_get_selected (worksheet), ==, 1);
          ui_test_assert_label_containing (GTK_WIDGET (find_column_view (root, 1)), "taken as the case description");
          g_assert_cmpstr (alignment_case_get_context (alignment_import_dialog_get_import (dialog)->imported), ==,
                           "Case: introducing SAFe.\nSecond  paragraph\nwith a break.");
          maybe_screenshot (root, "import-ods.png");
        }

      gtk_window_destroy (GTK_WINDOW (dialog));
      gtk_window_destroy (parent);
    }
}

/* What the sheet says of the case besides its signals: the description
 * row shown as the case description (never as a signal), each duplicate
 * id beside the id it gets, the sender codes offered as the parties'
 * names (a name the user writes is the one imported, and outlives a new
 * reading of the sheet), and the period of the sheet's dates. */
static void
test_case_and_duplicates (void)
{
  static const char sheet[] =
    "Signal log, shipyard\r\n"
    "Signal id;Signal type;Sender;Start date;End date\r\n"
    "Case: introducing SAFe.;;;;\r\n"
    "6a;Request sent;CUST;1-2-2024;\r\n"
    "6b;Request received;SP;2-2-2024;\r\n"
    "6a;Escalation sent;CUST;3-2-2024;\r\n"
    "6b;Alignment event;SP;4-2-2024;9-3-2024\r\n"
    "6c;Alignment event;CUST;5-2-2024;\r\n";
  g_autofree char *dir = g_dir_make_tmp ("test-import-dialog-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "shipyard.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  GtkWindow *parent = new_parent ();
  AlignmentImportDialog *dialog = NULL;
  GtkWidget *root;
  GtkWidget *customer, *provider, *period, *description;
  GtkColumnView *rows;
  ImportRecord record = { 0 };

  g_assert_true (g_file_set_contents (path, sheet, -1, NULL));
  dialog = alignment_import_dialog_new (parent, file);
  root = GTK_WIDGET (dialog);
  gtk_window_set_default_size (GTK_WINDOW (dialog), 1100, 800);
  gtk_window_present (GTK_WINDOW (dialog));
  wait_for_dialog (dialog);

  /* five signals; the description is no row of theirs */
  rows = find_column_view (root, 0);
  g_assert_nonnull (rows);
  g_assert_cmpuint (g_list_model_get_n_items (view_model (rows)), ==, 5);
  ui_test_assert_no_label_containing (GTK_WIDGET (rows), "Case: introducing SAFe.");
  description = find_titled_row (root, ADW_TYPE_ACTION_ROW, "Case description");
  g_assert_nonnull (description);
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (description)), ==, "Case: introducing SAFe.");

  /* the ids as written stay; the duplicates show the id they get */
  ui_test_assert_label_containing (GTK_WIDGET (rows), "6d, was 6a");
  ui_test_assert_label_containing (GTK_WIDGET (rows), "6e, was 6b");
  ui_test_assert_no_label_containing (GTK_WIDGET (rows), "6c, was");

  customer = find_titled_row (root, ADW_TYPE_ENTRY_ROW, "C_ustomer");
  provider = find_titled_row (root, ADW_TYPE_ENTRY_ROW, "Service _Provider");
  period = find_titled_row (root, ADW_TYPE_ACTION_ROW, "Period");
  g_assert_nonnull (customer);
  g_assert_nonnull (provider);
  g_assert_nonnull (period);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (customer)), ==, "CUST");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (provider)), ==, "SP");
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (period)), ==, "2024-02-01 – 2024-03-09");
  maybe_screenshot (root, "import-case.png");

  /* a name of the user's, then the sheet read again with a fixed year */
  gtk_editable_set_text (GTK_EDITABLE (provider), "Shipyard IT ");
  adw_expander_row_set_enable_expansion (ADW_EXPANDER_ROW (ui_test_find_mapped (root, ADW_TYPE_EXPANDER_ROW)), TRUE);
  wait_for_dialog (dialog);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (provider)), ==, "Shipyard IT ");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (customer)), ==, "CUST");

  g_signal_connect (dialog, "import", G_CALLBACK (import_cb), &record);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  gtk_widget_activate_action (root, "dialog.import", NULL);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_null (dialog);
  g_assert_cmpuint (record.n_emitted, ==, 1);
  g_assert_cmpstr (alignment_case_get_customer_name (record.imported), ==, "CUST");
  g_assert_cmpstr (alignment_case_get_provider_name (record.imported), ==, "Shipyard IT");
  g_assert_cmpuint (alignment_case_get_period_start (record.imported), ==, alignment_date_from_ymd (2024, 2, 1));
  g_assert_cmpuint (alignment_case_get_period_end (record.imported), ==, alignment_date_from_ymd (2024, 3, 9));
  g_assert_cmpstr (alignment_case_get_context (record.imported), ==, "Case: introducing SAFe.");

  g_clear_object (&record.imported);
  gtk_window_destroy (parent);
  g_unlink (path);
  g_rmdir (dir);
}

static gboolean
spin_button_shown (gpointer data)
{
  return ui_test_find_mapped (data, GTK_TYPE_SPIN_BUTTON) != NULL;
}

/* A fixed year for dates written without one. */
static void
test_fixed_year (void)
{
  GtkWindow *parent = new_parent ();
  AlignmentImportDialog *dialog = open_fixture (parent);
  GtkWidget *root = GTK_WIDGET (dialog);
  AdwExpanderRow *year_row = ADW_EXPANDER_ROW (ui_test_find_mapped (root, ADW_TYPE_EXPANDER_ROW));
  GtkSpinButton *spin;

  g_assert_nonnull (year_row);

  adw_expander_row_set_enable_expansion (year_row, TRUE);
  adw_expander_row_set_expanded (year_row, TRUE);
  wait_for_dialog (dialog);
  /* The row opens with an animation. */
  ui_test_spin_until (spin_button_shown, year_row, "the year field to show");
  spin = GTK_SPIN_BUTTON (ui_test_find_mapped (GTK_WIDGET (year_row), GTK_TYPE_SPIN_BUTTON));
  /* It starts at the year of the sheet's own dates. */
  g_assert_cmpint (gtk_spin_button_get_value_as_int (spin), ==, 2024);

  gtk_spin_button_set_value (spin, 2023);
  wait_for_dialog (dialog);
  ui_test_assert_label_containing (GTK_WIDGET (find_column_view (root, 1)), "no year given: took 2023, as asked");
  ui_test_assert_label_containing (GTK_WIDGET (find_column_view (root, 0)), "2023-02-07");

  gtk_window_destroy (GTK_WINDOW (dialog));
  gtk_window_destroy (parent);
}

/* Closing while the sheet is read: the read is cancelled and its result
 * dropped, and the dialog goes away without importing. */
static void
test_cancel_while_reading (void)
{
  GtkWindow *parent = new_parent ();
  g_autofree char *path = data_path ("signals.xlsx");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  AlignmentImportDialog *dialog = alignment_import_dialog_new (parent, file);
  ImportRecord record = { 0 };

  g_signal_connect (dialog, "import", G_CALLBACK (import_cb), &record);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  gtk_window_present (GTK_WINDOW (dialog));
  g_assert_true (alignment_import_dialog_get_busy (dialog));

  gtk_widget_activate_action (GTK_WIDGET (dialog), "window.close", NULL);
  /* The thread holds the dialog until it ends; then it is freed. */
  ui_test_spin_until (pointer_cleared, &dialog, "the dialog to be freed");
  g_assert_cmpuint (record.n_emitted, ==, 0);

  gtk_window_destroy (parent);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  ui_test_bind_text_domain ();
  if (!ui_test_init (&argc, &argv, "/import-dialog/skipped", NULL, &status))
    return status;
  adw_init ();
  /* A wait fails after 20 s: nine of them fit in the test's timeout. */
  ui_test_set_timeout (20);

  g_test_add_func ("/import-dialog/preview", test_preview);
  g_test_add_func ("/import-dialog/change-mapping", test_change_mapping);
  g_test_add_func ("/import-dialog/import", test_import);
  g_test_add_func ("/import-dialog/zip-bomb", test_zip_bomb);
  g_test_add_func ("/import-dialog/missing-file", test_missing_file);
  g_test_add_func ("/import-dialog/pasted-text", test_pasted_text);
  g_test_add_func ("/import-dialog/workbook", test_workbook);
  g_test_add_func ("/import-dialog/other-formats", test_other_formats);
  g_test_add_func ("/import-dialog/fixed-year", test_fixed_year);
  g_test_add_func ("/import-dialog/case-and-duplicates", test_case_and_duplicates);
  g_test_add_func ("/import-dialog/cancel-while-reading", test_cancel_while_reading);

  return ui_test_run ();
}
