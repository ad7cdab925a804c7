/* test-report-dialog.c: Review Report… as a user meets it (issue 18)
 *
 * The dialog opened from the window: its default period (the quarter of
 * the case's latest signal), the quarters it offers and a custom range
 * checked as it is typed; the report printed through a real
 * GtkPrintOperation into a PDF, on A4 and Letter, and saved as a PDF,
 * both read back with pdfinfo and pdftotext (poppler-utils).
 *
 * Needs a display (build-aux/run-tests runs the suite under Xvfb).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "alignment-report-dialog.h"
#include "alignment-window-private.h"
#include "ui-test.h"

#define TITLE "Moving to the SAFe agile way of working"

static AlignmentApplication *app;

static AlignmentWindow *
new_window_with_example (void)
{
  AlignmentWindow *window = ui_test_new_window ();

  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 900);
  ui_test_activate (window, "win.open-example");
  ui_test_spin_until (ui_test_window_loaded, window, "the example to load");
  return window;
}

static AlignmentReportDialog *
find_report_dialog (void)
{
  return (AlignmentReportDialog *) ui_test_find_toplevel (ALIGNMENT_TYPE_REPORT_DIALOG);
}

/* Review Report… from the window, as the menu or Ctrl+Shift+R does. */
static AlignmentReportDialog *
open_report_dialog (AlignmentWindow *window)
{
  AlignmentReportDialog *dialog;

  g_assert_null (find_report_dialog ());
  ui_test_activate (window, "win.review-report");
  dialog = find_report_dialog ();
  g_assert_nonnull (dialog);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == GTK_WINDOW (window));
  return dialog;
}

static gboolean
pointer_cleared (gpointer data)
{
  return *(gpointer *) data == NULL;
}

static guint32
iso (const char *text)
{
  guint32 julian = alignment_date_parse_iso (text);

  g_assert_cmpuint (julian, !=, 0);
  return julian;
}

/* What pdfinfo says of @path, or the text pdftotext reads in it. */
static char *
run_poppler (const char *program,
             const char *path)
{
  gboolean text = g_str_equal (program, "pdftotext");
  const char *argv[] = { program, path, text ? "-" : NULL, NULL };
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status = 0;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                               NULL, NULL, &out, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return out;
}

static gboolean
have_poppler (void)
{
  g_autofree char *pdfinfo = g_find_program_in_path ("pdfinfo");
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");

  if (pdfinfo != NULL && pdftotext != NULL)
    return TRUE;
  g_test_skip ("pdfinfo or pdftotext is not installed (Debian: poppler-utils): the PDF cannot be read");
  return FALSE;
}

/* The value of @key in pdfinfo's output, e.g. "Pages". */
static char *
pdfinfo_value (const char *info,
               const char *key)
{
  g_auto(GStrv) lines = g_strsplit (info, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    if (g_str_has_prefix (lines[i], key) && lines[i][strlen (key)] == ':')
      return g_strstrip (g_strdup (lines[i] + strlen (key) + 1));
  g_assert_not_reached ();
}

/* How many pages the report of the window's case has, laid out here. */
static guint
report_pages (AlignmentWindow      *window,
              guint32               from,
              guint32               to,
              AlignmentReportPaper  paper,
              const char           *language)
{
  g_autoptr(AlignmentReport) report = alignment_report_new (alignment_window_get_case (window),
                                                            from, to, paper, language);

  return alignment_report_get_n_pages (report);
}

/* ---- The dialog ------------------------------------------------------------------ */

/* It opens on the quarter of the case's latest signal, offers each
 * quarter of the case, and the locale's paper and the app's language. */
static void
test_defaults (void)
{
  AlignmentWindow *window = new_window_with_example ();
  AlignmentReportDialog *dialog = open_report_dialog (window);
  GtkWidget *print_button = ui_test_find_button (GTK_WIDGET (dialog), "_Print…");
  GtkWidget *save_button = ui_test_find_button (GTK_WIDGET (dialog), "Save as P_DF…");
  AdwComboRow *period = ADW_COMBO_ROW (ui_test_find_any_nth (GTK_WIDGET (dialog), ADW_TYPE_COMBO_ROW, 0));
  GListModel *quarters = adw_combo_row_get_model (period);
  guint32 from = 0, to = 0, default_from = 0, default_to = 0;

  /* The example runs from February to June 2024: its latest quarter. */
  alignment_report_default_period (alignment_window_get_case (window), &default_from, &default_to);
  g_assert_true (alignment_report_dialog_get_period (dialog, &from, &to, NULL));
  g_assert_cmpuint (from, ==, iso ("2024-04-01"));
  g_assert_cmpuint (to, ==, iso ("2024-06-30"));
  g_assert_cmpuint (from, ==, default_from);
  g_assert_cmpuint (to, ==, default_to);
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (period)), ==, "1 April 2024 – 30 June 2024");

  /* Newest first, then a range of one's own. */
  g_assert_cmpuint (g_list_model_get_n_items (quarters), ==, 3);
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (quarters), 0), ==, "Q2 2024");
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (quarters), 1), ==, "Q1 2024");
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (quarters), 2), ==, "Custom range");
  g_assert_cmpuint (adw_combo_row_get_selected (period), ==, 0);
  adw_combo_row_set_selected (period, 1);
  g_assert_true (alignment_report_dialog_get_period (dialog, &from, &to, NULL));
  g_assert_cmpuint (from, ==, iso ("2024-01-01"));
  g_assert_cmpuint (to, ==, iso ("2024-03-31"));
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (period)), ==, "1 January 2024 – 31 March 2024");

  /* No print yet, a C locale: A4; the app in English: English. */
  g_assert_cmpint (alignment_report_dialog_get_paper (dialog), ==, ALIGNMENT_REPORT_PAPER_A4);
  g_assert_cmpint (alignment_report_default_paper (), ==, ALIGNMENT_REPORT_PAPER_A4);
  g_assert_cmpstr (alignment_report_dialog_get_language (dialog), ==, "en");

  g_assert_nonnull (print_button);
  g_assert_nonnull (save_button);
  g_assert_true (gtk_widget_is_sensitive (print_button));
  g_assert_true (gtk_widget_is_sensitive (save_button));
  g_assert_false (alignment_report_dialog_get_busy (dialog));

  /* Escape closes it, the case as it was. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "report.cancel", NULL));
  ui_test_settle ();
  g_assert_null (find_report_dialog ());
  g_assert_false (alignment_history_get_modified (alignment_document_get_history (alignment_window_get_document (window))));

  gtk_window_destroy (GTK_WINDOW (window));
  ui_test_settle ();
}

/* A custom range is checked as it is typed: the problem is said under
 * the dates, and nothing can be printed until they make a period. */
static void
test_custom_range (void)
{
  AlignmentWindow *window = new_window_with_example ();
  AlignmentReportDialog *dialog = open_report_dialog (window);
  GtkWidget *print_button = ui_test_find_button (GTK_WIDGET (dialog), "_Print…");
  GtkWidget *save_button = ui_test_find_button (GTK_WIDGET (dialog), "Save as P_DF…");
  struct
  {
    const char *from, *to, *problem;
  } wrong[] = {
    { "", "2024-03-31", "Type the first day of the period, such as 2024-01-01." },
    { "2024-01-01", "", "Type the last day of the period, such as 2024-03-31." },
    { "31-31-2024", "2024-03-31", "“31-31-2024” is not a date: type it as 2024-01-01." },
    { "2024-01-01", "soon", "“soon” is not a date: type it as 2024-03-31." },
    { "2024-05-01", "2024-04-01", "The period ends on 1 April 2024, before it starts on 1 May 2024." },
  };
  guint32 from = 0, to = 0;

  for (guint i = 0; i < G_N_ELEMENTS (wrong); i++)
    {
      g_autofree char *problem = NULL;
      GtkWidget *label;

      alignment_report_dialog_set_custom_range (dialog, wrong[i].from, wrong[i].to);
      ui_test_settle ();
      g_assert_false (alignment_report_dialog_get_period (dialog, &from, &to, &problem));
      g_assert_cmpstr (problem, ==, wrong[i].problem);
      label = ui_test_find_label (GTK_WIDGET (dialog), wrong[i].problem);
      g_assert_nonnull (label);
      g_assert_true (gtk_widget_has_css_class (label, "error"));
      g_assert_false (gtk_widget_is_sensitive (print_button));
      g_assert_false (gtk_widget_is_sensitive (save_button));
    }

  /* Dates as people type them, the last day included. */
  alignment_report_dialog_set_custom_range (dialog, "1-2-2024", "15 mrt 2024");
  ui_test_settle ();
  g_assert_true (alignment_report_dialog_get_period (dialog, &from, &to, NULL));
  g_assert_cmpuint (from, ==, iso ("2024-02-01"));
  g_assert_cmpuint (to, ==, iso ("2024-03-15"));
  g_assert_true (gtk_widget_is_sensitive (print_button));
  g_assert_null (ui_test_find_label_containing (GTK_WIDGET (dialog), "before it starts"));

  /* A quarter chosen again sets the dates to it: the range starts from
   * there. */
  alignment_report_dialog_set_period (dialog, iso ("2024-01-01"), iso ("2024-03-31"));
  g_assert_true (alignment_report_dialog_get_period (dialog, &from, &to, NULL));
  g_assert_cmpuint (from, ==, iso ("2024-01-01"));
  alignment_report_dialog_set_period (dialog, iso ("2024-02-10"), iso ("2024-02-20"));
  g_assert_true (alignment_report_dialog_get_period (dialog, &from, &to, NULL));
  g_assert_cmpuint (from, ==, iso ("2024-02-10"));
  g_assert_cmpuint (to, ==, iso ("2024-02-20"));

  gtk_window_destroy (GTK_WINDOW (window));
  ui_test_settle ();
}

/* ---- Printing and saving ------------------------------------------------------ */

/* Print… through the real print operation, into a PDF as "Print to
 * File" does: the report of the period on the paper chosen, every page
 * of it, in the language chosen. */
static void
test_print (void)
{
  AlignmentWindow *window = new_window_with_example ();
  struct
  {
    AlignmentReportPaper paper;
    const char *size;
    const char *from, *to, *period;
  } prints[] = {
    { ALIGNMENT_REPORT_PAPER_A4, "595.276 x 841.89 pts (A4)", NULL, NULL, "1 April 2024 – 30 June 2024" },
    { ALIGNMENT_REPORT_PAPER_LETTER, "612 x 792 pts (letter)", "2024-02-01", "2024-03-31",
      "1 February 2024 – 31 March 2024" },
  };

  if (!have_poppler ())
    {
      gtk_window_destroy (GTK_WINDOW (window));
      return;
    }

  for (guint i = 0; i < G_N_ELEMENTS (prints); i++)
    {
      AlignmentReportDialog *dialog = open_report_dialog (window);
      gpointer weak = dialog;
      g_autofree char *name = g_strdup_printf ("report-print-%u.pdf", i);
      g_autofree char *path = g_build_filename (ui_test_get_data_home (), name, NULL);
      g_autofree char *info = NULL;
      g_autofree char *text = NULL;
      g_autofree char *size = NULL;
      g_autofree char *pages = NULL;
      guint32 from, to;

      if (prints[i].from != NULL)
        alignment_report_dialog_set_custom_range (dialog, prints[i].from, prints[i].to);
      alignment_report_dialog_set_paper (dialog, prints[i].paper);
      g_assert_true (alignment_report_dialog_get_period (dialog, &from, &to, NULL));

      g_object_add_weak_pointer (G_OBJECT (dialog), &weak);
      alignment_report_dialog_print (dialog, path);
      /* Laid out in a thread: the dialog says so meanwhile. */
      g_assert_true (alignment_report_dialog_get_busy (dialog));
      g_assert_false (gtk_widget_is_sensitive (ui_test_find_button (GTK_WIDGET (dialog), "_Print…")));
      ui_test_spin_until (pointer_cleared, &weak, "the dialog to close once printed");

      info = run_poppler ("pdfinfo", path);
      text = run_poppler ("pdftotext", path);
      g_test_message ("%s\n%s", info, text);
      size = pdfinfo_value (info, "Page size");
      pages = pdfinfo_value (info, "Pages");
      g_assert_cmpstr (size, ==, prints[i].size);
      g_assert_cmpuint (g_ascii_strtoull (pages, NULL, 10), ==,
                        report_pages (window, from, to, prints[i].paper, "en"));
      g_assert_nonnull (strstr (text, TITLE));
      g_assert_nonnull (strstr (text, prints[i].period));
      g_assert_nonnull (strstr (text, "Review report"));
      g_unlink (path);
    }

  gtk_window_destroy (GTK_WINDOW (window));
  ui_test_settle ();
}

static void
saved_cb (AlignmentReportDialog  *dialog,
          GFile                  *file,
          GFile                 **saved)
{
  g_set_object (saved, file);
}

/* Save as PDF… once the file is chosen: written, said in a toast, the
 * dialog closed. */
static void
test_save (void)
{
  AlignmentWindow *window = new_window_with_example ();
  AlignmentReportDialog *dialog = open_report_dialog (window);
  gpointer weak = dialog;
  g_autofree char *path = g_build_filename (ui_test_get_data_home (), "report-saved.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) saved = NULL;
  g_autofree char *info = NULL;
  g_autofree char *text = NULL;
  g_autofree char *size = NULL;

  if (!have_poppler ())
    {
      gtk_window_destroy (GTK_WINDOW (window));
      return;
    }

  alignment_report_dialog_set_paper (dialog, ALIGNMENT_REPORT_PAPER_LETTER);
  g_signal_connect (dialog, "saved", G_CALLBACK (saved_cb), &saved);
  g_object_add_weak_pointer (G_OBJECT (dialog), &weak);
  alignment_report_dialog_save (dialog, file);
  g_assert_true (alignment_report_dialog_get_busy (dialog));
  ui_test_spin_until (pointer_cleared, &weak, "the dialog to close once saved");

  g_assert_nonnull (saved);
  g_assert_true (g_file_equal (saved, file));
  ui_test_assert_label_shown (GTK_WIDGET (window), "Report saved as “report-saved.pdf”");
  info = run_poppler ("pdfinfo", path);
  text = run_poppler ("pdftotext", path);
  size = pdfinfo_value (info, "Page size");
  g_assert_cmpstr (size, ==, "612 x 792 pts (letter)");
  g_assert_nonnull (strstr (text, TITLE));
  g_assert_nonnull (strstr (text, "1 April 2024 – 30 June 2024"));
  g_unlink (path);

  gtk_window_destroy (GTK_WINDOW (window));
  ui_test_settle ();
}

/* Escape while the report is laid out stops it: nothing is printed, and
 * the dialog stays for another try. */
static void
test_cancel (void)
{
  AlignmentWindow *window = new_window_with_example ();
  AlignmentReportDialog *dialog = open_report_dialog (window);
  g_autofree char *path = g_build_filename (ui_test_get_data_home (), "report-cancelled.pdf", NULL);
  gpointer weak = dialog;

  alignment_report_dialog_print (dialog, path);
  g_assert_true (alignment_report_dialog_get_busy (dialog));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "report.cancel", NULL));
  g_assert_false (alignment_report_dialog_get_busy (dialog));
  g_assert_true (find_report_dialog () == dialog);
  g_assert_true (gtk_widget_is_sensitive (ui_test_find_button (GTK_WIDGET (dialog), "_Print…")));

  /* The layout still running holds the dialog: once closed, the dialog
   * goes only when that thread has ended and its answer was dropped. */
  g_object_add_weak_pointer (G_OBJECT (dialog), &weak);
  gtk_window_destroy (GTK_WINDOW (dialog));
  ui_test_spin_until (pointer_cleared, &weak, "the cancelled layout to end");
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  gtk_window_destroy (GTK_WINDOW (window));
  ui_test_settle ();
}

/* The document's language is the one chosen, not the app's. */
static void
test_language (void)
{
  AlignmentWindow *window = new_window_with_example ();
  char *texts[2] = { NULL, NULL };
  const char *chosen[] = { "en", "nl" };

  if (!have_poppler ())
    {
      gtk_window_destroy (GTK_WINDOW (window));
      return;
    }

  for (guint i = 0; i < G_N_ELEMENTS (chosen); i++)
    {
      AlignmentReportDialog *dialog = open_report_dialog (window);
      gpointer weak = dialog;
      g_autofree char *name = g_strdup_printf ("report-%s.pdf", chosen[i]);
      g_autofree char *path = g_build_filename (ui_test_get_data_home (), name, NULL);

      alignment_report_dialog_set_language (dialog, chosen[i]);
      g_assert_cmpstr (alignment_report_dialog_get_language (dialog), ==, chosen[i]);
      g_object_add_weak_pointer (G_OBJECT (dialog), &weak);
      alignment_report_dialog_print (dialog, path);
      ui_test_spin_until (pointer_cleared, &weak, "the dialog to close once printed");
      texts[i] = run_poppler ("pdftotext", path);
      g_unlink (path);
    }
  g_test_message ("English:\n%s\nDutch:\n%s", texts[0], texts[1]);
  g_assert_nonnull (strstr (texts[0], "Review report"));
  g_assert_null (strstr (texts[1], "Review report"));
  g_assert_nonnull (strstr (texts[1], TITLE));
  /* What the report borrows from the figures is in its language too,
   * though the window stays in English. */
  g_assert_nonnull (strstr (texts[0], "Request sent"));
  g_assert_nonnull (strstr (texts[1], "Verzoek verzonden"));
  g_assert_null (strstr (texts[1], "Request sent"));
  g_free (texts[0]);
  g_free (texts[1]);

  gtk_window_destroy (GTK_WINDOW (window));
  ui_test_settle ();
}

/* A case of 2 000 signals: laid out in the thread, the window goes on
 * meanwhile (the longest stall is printed, not asserted: a figure for
 * the benchmarks' table). */
static gint64 last_tick;
static gint64 longest_stall;

static gboolean
tick_cb (gpointer data)
{
  gint64 now = g_get_monotonic_time ();

  longest_stall = MAX (longest_stall, now - last_tick);
  last_tick = now;
  return G_SOURCE_CONTINUE;
}

static void
test_large_case (void)
{
  AlignmentWindow *window = ui_test_new_window ();
  g_autoptr(GFile) file = ui_test_write_generated_case (2000);
  g_autofree char *path = g_build_filename (ui_test_get_data_home (), "report-large.pdf", NULL);
  AlignmentReportDialog *dialog;
  gpointer weak;
  gint64 start;
  guint tick;

  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 900);
  alignment_window_open (window, file);
  ui_test_spin_until (ui_test_window_loaded, window, "the generated case to load");
  ui_test_set_timeout (300);
  dialog = open_report_dialog (window);
  weak = dialog;
  g_object_add_weak_pointer (G_OBJECT (dialog), &weak);

  start = last_tick = g_get_monotonic_time ();
  longest_stall = 0;
  tick = g_timeout_add (10, tick_cb, NULL);
  alignment_report_dialog_print (dialog, path);
  g_assert_true (alignment_report_dialog_get_busy (dialog));
  ui_test_spin_until (pointer_cleared, &weak, "the dialog to close once printed");
  g_source_remove (tick);
  g_test_message ("2 000 signals: laid out and printed in %.1f s, longest stall of the window %.0f ms",
                  (g_get_monotonic_time () - start) / 1e6, longest_stall / 1e3);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  g_unlink (path);
  ui_test_set_timeout (30);

  gtk_window_destroy (GTK_WINDOW (window));
  ui_test_settle ();
}

int
main (int   argc,
      char *argv[])
{
  int status;

  if (!ui_test_init (&argc, &argv, "/report-dialog/skipped", "test-report-dialog-XXXXXX", &status))
    return status;
  app = ui_test_start_application (G_APPLICATION_HANDLES_OPEN | G_APPLICATION_NON_UNIQUE);

  ui_test_add ("/report-dialog/defaults", test_defaults, UI_TEST_FRESH_CASES);
  ui_test_add ("/report-dialog/custom-range", test_custom_range, UI_TEST_FRESH_CASES);
  ui_test_add ("/report-dialog/print", test_print, UI_TEST_FRESH_CASES);
  ui_test_add ("/report-dialog/save", test_save, UI_TEST_FRESH_CASES);
  ui_test_add ("/report-dialog/cancel", test_cancel, UI_TEST_FRESH_CASES);
  ui_test_add ("/report-dialog/language", test_language, UI_TEST_FRESH_CASES);
  ui_test_add ("/report-dialog/large-case", test_large_case, UI_TEST_FRESH_CASES);

  return ui_test_run ();
}
