/* test-figure-title.c: what an exported or printed figure says about
 * itself, and where its file goes (issue 15, point 8)
 *
 * The timeline and heatmap, exported to PDF and printed through a real
 * GtkPrintOperation into a PDF, carry the case's title in their title
 * block, and lose it when it is switched off; the figure's file chooser
 * opens in the case's folder; the print settings of one print are those
 * of the next.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include <glib/gstdio.h>
#include <gtk/gtkunixprint.h>

#include "alignment-case-page.h"
#include "alignment-print-settings.h"
#include "alignment-timeline-print.h"
#include "ui-test.h"

#define PAGE(window) alignment_window_get_case_page (window)
#define TITLE "Moving to the SAFe agile way of working"

static void
show_view (AlignmentWindow *window,
           const char      *name)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s", name));
  ui_test_settle ();
}

/* A window showing a copy of the example in a folder of its own. */
static AlignmentWindow *
new_window_with_copy (GFile **folder)
{
  g_autofree char *dir = g_build_filename (ui_test_get_data_home (), "reports", NULL);
  g_autofree char *path = g_build_filename (dir, "example.alignment", NULL);
  g_autoptr(GFile) example = g_file_new_for_path (g_getenv ("ALIGNMENT_EXAMPLE"));
  g_autoptr(GFile) copy = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  AlignmentWindow *window;

  g_mkdir_with_parents (dir, 0700);
  g_file_copy (example, copy, G_FILE_COPY_OVERWRITE, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  *folder = g_file_new_for_path (dir);

  window = ui_test_new_window ();
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 900);
  alignment_window_open (window, copy);
  ui_test_spin_until (ui_test_window_loaded, window, "the copy to load");
  g_assert_nonnull (alignment_window_get_case (window));
  return window;
}

/* The text of a PDF, or NULL (and a skipped test) without pdftotext. */
static char *
pdf_text (const char *path)
{
  g_autofree char *program = g_find_program_in_path ("pdftotext");
  const char *argv[] = { "pdftotext", path, "-", NULL };
  char *out = NULL;
  int status = 0;

  if (program == NULL)
    {
      g_test_skip ("pdftotext is not installed (Debian: poppler-utils)");
      return NULL;
    }
  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                               NULL, NULL, &out, NULL, &status, NULL));
  g_assert_cmpint (status, ==, 0);
  return out;
}

static void
assert_titled (const char *path,
               gboolean    titled)
{
  g_autofree char *text = pdf_text (path);

  if (text == NULL)
    return;
  g_test_message ("%s:\n%s", path, text);
  if (titled)
    {
      g_assert_nonnull (strstr (text, TITLE));
      g_assert_nonnull (strstr (text, "1 February 2024 – 30 June 2024"));
    }
  else
    {
      g_assert_null (strstr (text, TITLE));
      g_assert_null (strstr (text, "1 February 2024 – 30 June 2024"));
    }
}

static void
test_export (void)
{
  g_autoptr(GFile) folder = NULL;
  AlignmentWindow *window = new_window_with_copy (&folder);
  g_autoptr(GFile) heatmap = g_file_get_child (folder, "heatmap.pdf");
  g_autoptr(GFile) timeline = g_file_get_child (folder, "timeline.pdf");
  g_autoptr(GFile) untitled = g_file_get_child (folder, "untitled.pdf");
  AlignmentTimelineExport options = { 842, 96, 0, 0, ALIGNMENT_TIMELINE_LANES_PARTY, FALSE };
  g_autoptr(GError) error = NULL;

  show_view (window, "heatmap");
  g_assert_true (alignment_case_page_export_figure (PAGE (window), heatmap, &error));
  g_assert_no_error (error);
  assert_titled (g_file_peek_path (heatmap), TRUE);

  show_view (window, "timeline");
  g_assert_true (alignment_case_page_export_timeline (PAGE (window), timeline, &options, &error));
  g_assert_no_error (error);
  assert_titled (g_file_peek_path (timeline), TRUE);

  options.no_title = TRUE;
  g_assert_true (alignment_case_page_export_timeline (PAGE (window), untitled, &options, &error));
  g_assert_no_error (error);
  assert_titled (g_file_peek_path (untitled), FALSE);

  gtk_window_destroy (GTK_WINDOW (window));
  ui_test_settle ();
}

/* Printed as "Print to File" prints, through the print operation. */
static void
test_print (void)
{
  g_autoptr(GFile) folder = NULL;
  AlignmentWindow *window = new_window_with_copy (&folder);
  g_autoptr(GFile) heatmap = g_file_get_child (folder, "heatmap-print.pdf");
  g_autoptr(GFile) timeline = g_file_get_child (folder, "timeline-print.pdf");
  g_autoptr(GFile) untitled = g_file_get_child (folder, "untitled-print.pdf");
  g_autoptr(AlignmentTimelinePrint) print = NULL;
  g_autoptr(GError) error = NULL;

  show_view (window, "heatmap");
  g_assert_true (alignment_case_page_print (PAGE (window), g_file_peek_path (heatmap), &error));
  g_assert_no_error (error);
  assert_titled (g_file_peek_path (heatmap), TRUE);

  show_view (window, "timeline");
  g_assert_true (alignment_case_page_print (PAGE (window), g_file_peek_path (timeline), &error));
  g_assert_no_error (error);
  assert_titled (g_file_peek_path (timeline), TRUE);

  print = alignment_timeline_print_new (alignment_window_get_case (window));
  alignment_timeline_print_set_title_block (print, FALSE);
  gtk_print_operation_set_export_filename (GTK_PRINT_OPERATION (print), g_file_peek_path (untitled));
  g_assert_cmpint (gtk_print_operation_run (GTK_PRINT_OPERATION (print), GTK_PRINT_OPERATION_ACTION_EXPORT,
                                            GTK_WINDOW (window), &error),
                   ==, GTK_PRINT_OPERATION_RESULT_APPLY);
  g_assert_no_error (error);
  assert_titled (g_file_peek_path (untitled), FALSE);

  gtk_window_destroy (GTK_WINDOW (window));
  ui_test_settle ();
}

static GtkWidget *
find_file_chooser (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) window = g_list_model_get_item (toplevels, i);

      if (GTK_IS_FILE_CHOOSER_DIALOG (window) && gtk_widget_get_visible (window))
        return window;
    }
  return NULL;
}

static gboolean
file_chooser_shown (gpointer unused)
{
  return find_file_chooser () != NULL;
}

/* The export chooser once it is shown, and the folder it shows. */
static GtkWidget *
wait_for_chooser (GFile **shown)
{
  GtkWidget *chooser;

  ui_test_spin_until (file_chooser_shown, NULL, "the export chooser");
  chooser = find_file_chooser ();
  /* The chooser reads its folder before it says which it is. */
  for (guint i = 0; i < 50 && *shown == NULL; i++)
    {
      ui_test_spin_for (100);
      *shown = gtk_file_chooser_get_current_folder (GTK_FILE_CHOOSER (chooser));
    }
  g_assert_nonnull (*shown);
  g_test_message ("chooser in %s", g_file_peek_path (*shown));
  /* Answered while it still lists the folder, GTK 4.8's chooser can
   * tear down half-built rows (a critical, on a slow sanitizer build):
   * a user never answers that fast. */
  ui_test_settle ();
  return chooser;
}

static gboolean
file_written (gpointer path)
{
  g_autofree char *contents = NULL;
  gsize length;

  /* Whole: a PDF ends with its trailer, and a slow build may look
   * while the worker is still writing. */
  return g_file_get_contents (path, &contents, &length, NULL)
         && length >= 6 && g_strrstr_len (contents + length - MIN (length, 32), MIN (length, 32), "%%EOF") != NULL;
}

/* Export Figure… of the heatmap goes straight to its chooser, which
 * starts in the case's folder, not the folder the app started in. */
static void
test_chooser_folder (void)
{
  g_autoptr(GFile) folder = NULL;
  AlignmentWindow *window = new_window_with_copy (&folder);
  g_autoptr(GFile) shown = NULL;
  GtkWidget *chooser;

  show_view (window, "heatmap");
  alignment_case_page_ask_export_figure (PAGE (window));
  chooser = wait_for_chooser (&shown);
  g_assert_true (g_file_equal (shown, folder));
  /* The heatmap's one option, the title block, is asked here, on. */
  g_assert_cmpstr (gtk_file_chooser_get_choice (GTK_FILE_CHOOSER (chooser), "title"), ==, "true");

  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_CANCEL);
  ui_test_settle ();

  /* The timeline's: its options first, then the chooser in the same
   * folder, and a file written with the title, as the user goes. */
  show_view (window, "timeline");
  alignment_case_page_ask_export_figure (PAGE (window));
  g_free (ui_test_answer_dialog ("export", "Export"));
  g_clear_object (&shown);
  chooser = wait_for_chooser (&shown);
  g_assert_true (g_file_equal (shown, folder));
  {
    g_autoptr(GFile) target = g_file_get_child (folder, "chosen.pdf");

    gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), "chosen.pdf");
    gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_ACCEPT);
    ui_test_spin_until (file_written, (gpointer) g_file_peek_path (target), "the figure to be written");
    ui_test_spin_for (300);
    assert_titled (g_file_peek_path (target), TRUE);
  }

  gtk_window_destroy (GTK_WINDOW (window));
  ui_test_settle ();
}

/* The printer and "Print to File" folder of one print are the next
 * one's. */
static void
test_print_settings_kept (void)
{
  g_autoptr(GFile) folder = NULL;
  AlignmentWindow *window = new_window_with_copy (&folder);
  g_autofree char *path = alignment_print_settings_get_path ();
  g_autofree char *out = g_build_filename (g_file_peek_path (folder), "printed.pdf", NULL);
  g_autofree char *uri = g_filename_to_uri (out, NULL, NULL);
  g_autoptr(AlignmentTimelinePrint) first = alignment_timeline_print_new (alignment_window_get_case (window));
  g_autoptr(AlignmentTimelinePrint) second = alignment_timeline_print_new (alignment_window_get_case (window));
  g_autoptr(GtkPrintSettings) settings = gtk_print_settings_new ();
  g_autoptr(GError) error = NULL;
  GtkPrintSettings *kept;

  g_remove (path);
  gtk_print_settings_set_printer (settings, "Print to File");
  gtk_print_settings_set (settings, GTK_PRINT_SETTINGS_OUTPUT_URI, uri);
  gtk_print_settings_set_orientation (settings, GTK_PAGE_ORIENTATION_PORTRAIT);

  /* As if the dialog had chosen them: nothing was kept yet to replace
   * them. */
  gtk_print_operation_set_print_settings (GTK_PRINT_OPERATION (first), settings);
  gtk_print_operation_set_export_filename (GTK_PRINT_OPERATION (first), out);
  g_assert_cmpint (alignment_print_settings_run (GTK_PRINT_OPERATION (first), GTK_PRINT_OPERATION_ACTION_EXPORT,
                                                 GTK_WINDOW (window), &error),
                   ==, GTK_PRINT_OPERATION_RESULT_APPLY);
  g_assert_no_error (error);
  g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));

  gtk_print_operation_set_export_filename (GTK_PRINT_OPERATION (second), out);
  g_assert_cmpint (alignment_print_settings_run (GTK_PRINT_OPERATION (second), GTK_PRINT_OPERATION_ACTION_EXPORT,
                                                 GTK_WINDOW (window), &error),
                   ==, GTK_PRINT_OPERATION_RESULT_APPLY);
  kept = gtk_print_operation_get_print_settings (GTK_PRINT_OPERATION (second));
  g_assert_nonnull (kept);
  g_assert_cmpstr (gtk_print_settings_get_printer (kept), ==, "Print to File");
  g_assert_cmpstr (gtk_print_settings_get (kept, GTK_PRINT_SETTINGS_OUTPUT_URI), ==, uri);

  gtk_window_destroy (GTK_WINDOW (window));
  ui_test_settle ();
}

/* Answers the print dialog when "Print to File" is chosen in it: with
 * OK, or with Cancel when @data says so. */
typedef struct
{
  gboolean cancel;
  gboolean answered;
  guint    source;
} PrintAnswer;

static gboolean
answer_print_dialog (gpointer data)
{
  PrintAnswer *answer = data;
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) window = g_list_model_get_item (toplevels, i);
      GtkPrinter *printer;

      if (!GTK_IS_PRINT_UNIX_DIALOG (window) || !gtk_widget_get_visible (window))
        continue;
      printer = gtk_print_unix_dialog_get_selected_printer (GTK_PRINT_UNIX_DIALOG (window));
      if (printer == NULL || !gtk_printer_is_virtual (printer))
        return G_SOURCE_CONTINUE;
      g_test_message ("print dialog on %s", gtk_printer_get_name (printer));
      gtk_dialog_response (GTK_DIALOG (window), answer->cancel ? GTK_RESPONSE_CANCEL : GTK_RESPONSE_OK);
      answer->answered = TRUE;
      answer->source = 0;
      return G_SOURCE_REMOVE;
    }
  return G_SOURCE_CONTINUE;
}

static gboolean
print_answered (gpointer data)
{
  return ((PrintAnswer *) data)->answered;
}

/* Print… as a user goes through it: the options, the print dialog on
 * "Print to File" as the last print left it, then OK; the PDF has the
 * title.  Then once more, cancelled.  No critical on the way. */
static void
test_print_dialog (void)
{
  g_autoptr(GFile) folder = NULL;
  AlignmentWindow *window = new_window_with_copy (&folder);
  g_autofree char *path = alignment_print_settings_get_path ();
  g_autofree char *out = g_build_filename (g_file_peek_path (folder), "dialog.pdf", NULL);
  g_autofree char *uri = g_filename_to_uri (out, NULL, NULL);
  g_autoptr(GtkPrintSettings) settings = gtk_print_settings_new ();
  g_autoptr(GKeyFile) file = g_key_file_new ();
  g_autoptr(GError) error = NULL;
  const char *views[] = { "timeline", "heatmap" };

  gtk_print_settings_set_printer (settings, "Print to File");
  gtk_print_settings_set (settings, GTK_PRINT_SETTINGS_OUTPUT_FILE_FORMAT, "pdf");
  gtk_print_settings_set (settings, GTK_PRINT_SETTINGS_OUTPUT_URI, uri);
  gtk_print_settings_to_key_file (settings, file, NULL);
  g_assert_true (g_key_file_save_to_file (file, path, &error));
  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    for (int cancel = 0; cancel <= 1; cancel++)
      {
        PrintAnswer answer = { cancel, FALSE, 0 };

        answer.source = g_timeout_add (100, answer_print_dialog, &answer);

        g_remove (out);
        show_view (window, views[i]);
        alignment_case_page_ask_print (PAGE (window));
        /* The timeline asks its options first; the dialog runs inside. */
        if (i == 0)
          g_free (ui_test_answer_dialog ("print", "Print"));
        ui_test_spin_until (print_answered, &answer, "the print dialog");
        ui_test_settle ();
        g_clear_handle_id (&answer.source, g_source_remove);
        if (cancel)
          g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
        else
          assert_titled (out, TRUE);
      }

  gtk_window_destroy (GTK_WINDOW (window));
  ui_test_settle ();
}

int
main (int   argc,
      char *argv[])
{
  int status;

  if (!ui_test_init (&argc, &argv, "/figure-title/skipped", "test-figure-title-XXXXXX", &status))
    return status;
  ui_test_start_application (G_APPLICATION_HANDLES_OPEN | G_APPLICATION_NON_UNIQUE);
  ui_test_add ("/figure-title/export", test_export, UI_TEST_FRESH_CASES);
  ui_test_add ("/figure-title/print", test_print, UI_TEST_FRESH_CASES);
  ui_test_add ("/figure-title/chooser-folder", test_chooser_folder, UI_TEST_FRESH_CASES);
  ui_test_add ("/figure-title/print-dialog", test_print_dialog, UI_TEST_FRESH_CASES);
  ui_test_add ("/figure-title/print-settings-kept", test_print_settings_kept, UI_TEST_FRESH_CASES);
  return ui_test_run ();
}
