/* test-survey-view.c: the Survey view of the main window (issue 16):
 * the trend, the scores and their accessible table, the asymmetry, the
 * findings shown on the timeline, following edits and undo, Export
 * Figure… and Print…, and the blank questionnaire printed to a PDF
 *
 * Needs a display (build-aux/run-tests runs the suite under Xvfb).  The
 * case of tests/data/survey-two-rounds.alignment is the bundled example
 * with two rounds, answered by two respondents of each party, whose
 * scores were worked out by hand:
 *
 *   round            party     contractual  operational  relational
 *   Kick-off survey  customer  5.50 (5–6)   4.75 (4.5–5) 3.75 (3.5–4)
 *   (2024-01-31)     provider  4.25 (4–4.5) 4.00 (4–4)   4.00 (4–4)
 *   Q1 2024 review   customer  4.50 (4–5)   3.50 (3.25–3.75) 3.50 (3–4)
 *   (2024-03-31)     provider  5.00 (5–5)   5.50 (5–6)   5.50 (5–6)
 *
 * The signals between the rounds lower the provider's operational and
 * relational trust by one on balance (signals 1c, 3a, 3b and 1c, 1d,
 * 3b), while its scores rose: two findings.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "alignment-case-page-private.h"
#include "alignment-signal-table.h"
#include "alignment-survey-entry.h"
#include "alignment-survey-view.h"
#include "ui-test.h"

#define PAGE(window) alignment_window_get_case_page (window)

static AlignmentApplication *app;

static gboolean
survey_shown (gpointer data)
{
  AlignmentSurveyView *view = PAGE (ALIGNMENT_WINDOW (data))->survey_view;

  return gtk_widget_get_mapped (GTK_WIDGET (view)) && alignment_survey_view_get_has_rounds (view)
         && gtk_widget_get_first_child (alignment_survey_view_get_score_table (view)) != NULL;
}

static AlignmentWindow *
new_window (void)
{
  AlignmentWindow *window = alignment_window_new (app);

  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 900);
  gtk_window_present (GTK_WINDOW (window));
  ui_test_spin_until (ui_test_library_idle, window, "the library to be read");
  return window;
}

static AlignmentWindow *
new_window_with (const char *name)
{
  AlignmentWindow *window = new_window ();
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  alignment_window_open (window, file);
  ui_test_spin_until (ui_test_window_loaded, window, "the case to load");
  g_assert_nonnull (alignment_window_get_case (window));
  return window;
}

static void
show_view (AlignmentWindow *window,
           const char      *name)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s", name));
  ui_test_settle ();
}

/* Whether the window's action @name is enabled, as a button for it
 * shows: the view's own buttons of win.print and win.survey-print-form. */
static gboolean
action_enabled (AlignmentWindow *window,
                const char      *name)
{
  const char *tooltip = g_str_equal (name, "print") ? "Print the Survey Trend (Ctrl+P)" : "Print Blank Questionnaire…";
  GtkWidget *button = ui_test_find_any_button_with_tooltip (GTK_WIDGET (PAGE (window)->survey_view), tooltip);
  g_autofree char *action = g_strconcat ("win.", name, NULL);

  g_assert_nonnull (button);
  g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (button)), ==, action);
  ui_test_settle ();
  return gtk_widget_get_sensitive (button);
}

/* The rows of a table (the separators between them left out). */
static GPtrArray *
table_rows (GtkWidget *table)
{
  GPtrArray *rows = g_ptr_array_new ();

  for (GtkWidget *child = gtk_widget_get_first_child (table); child != NULL; child = gtk_widget_get_next_sibling (child))
    if (gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (child)) == GTK_ACCESSIBLE_ROLE_ROW)
      g_ptr_array_add (rows, child);
  return rows;
}

static GtkWidget *
row_cell (GtkWidget *row,
          guint      column)
{
  GtkWidget *cell = gtk_widget_get_first_child (row);

  for (guint i = 0; i < column && cell != NULL; i++)
    cell = gtk_widget_get_next_sibling (cell);
  g_assert_nonnull (cell);
  return cell;
}

static const char *
cell_text (GtkWidget *row,
           guint      column)
{
  return gtk_label_get_text (GTK_LABEL (row_cell (row, column)));
}

/* ---- The view ---------------------------------------------------------------- */

/* The fifth view, Alt+5; the scores of both rounds, per party and realm,
 * as a table a screen reader can walk. */
static void
test_scores (void)
{
  AlignmentWindow *window = new_window_with ("survey-two-rounds.alignment");
  AlignmentSurveyView *view = PAGE (window)->survey_view;
  g_autoptr(GtkSelectionModel) pages = adw_view_stack_get_pages (PAGE (window)->view_stack);
  g_autoptr(AdwViewStackPage) fifth = g_list_model_get_item (G_LIST_MODEL (pages), 4);
  g_autoptr(GPtrArray) rows = NULL;
  GtkWidget *table;

  /* Alt+N shows the N-th page. */
  g_assert_cmpstr (adw_view_stack_page_get_name (fifth), ==, "survey");
  g_assert_cmpstr (adw_view_stack_page_get_title (fifth), ==, "S_urvey");

  show_view (window, "survey");
  ui_test_spin_until (survey_shown, window, "the survey view to show the case");
  g_assert_true (gtk_widget_get_mapped (alignment_survey_view_get_score_table (view)));
  g_assert_null (ui_test_find_label (GTK_WIDGET (view), "No survey rounds yet"));

  table = alignment_survey_view_get_score_table (view);
  g_assert_cmpint (gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (table)), ==, GTK_ACCESSIBLE_ROLE_TABLE);
  rows = table_rows (table);
  /* The header, then two rounds of two parties. */
  g_assert_cmpuint (rows->len, ==, 5);
  g_assert_cmpint (gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (row_cell (rows->pdata[0], 2))), ==,
                   GTK_ACCESSIBLE_ROLE_COLUMN_HEADER);
  g_assert_cmpstr (cell_text (rows->pdata[0], 2), ==, "Contractual\nhonesty in exchange");

  g_assert_cmpstr (cell_text (rows->pdata[1], 0), ==, "Kick-off survey\n31 January 2024");
  g_assert_cmpstr (cell_text (rows->pdata[1], 1), ==, "Shipbuilder (customer)");
  g_assert_cmpint (gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (row_cell (rows->pdata[1], 1))), ==,
                   GTK_ACCESSIBLE_ROLE_ROW_HEADER);
  g_assert_cmpstr (cell_text (rows->pdata[1], 2), ==, "5.50\nn = 2 · 5.00–6.00");
  g_assert_cmpstr (cell_text (rows->pdata[1], 3), ==, "4.75\nn = 2 · 4.50–5.00");
  g_assert_cmpstr (cell_text (rows->pdata[1], 4), ==, "3.75\nn = 2 · 3.50–4.00");
  g_assert_cmpstr (cell_text (rows->pdata[2], 1), ==, "IT service provider");
  g_assert_cmpstr (cell_text (rows->pdata[2], 2), ==, "4.25\nn = 2 · 4.00–4.50");
  g_assert_cmpstr (cell_text (rows->pdata[3], 0), ==, "Q1 2024 review\n31 March 2024");
  g_assert_cmpstr (cell_text (rows->pdata[3], 3), ==, "3.50\nn = 2 · 3.25–3.75");
  g_assert_cmpstr (cell_text (rows->pdata[4], 3), ==, "5.50\nn = 2 · 5.00–6.00");

  /* Each cell says what it is, for readers that do not announce the
   * headers. */
  g_assert_cmpint (gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (row_cell (rows->pdata[1], 2))), ==,
                   GTK_ACCESSIBLE_ROLE_CELL);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (row_cell (rows->pdata[1], 2)),
                                       GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                       "Shipbuilder (customer), Contractual — honesty in exchange, in “Kick-off survey”: "
                                       "5.50 from 2 respondents, 5.00 to 6.00");
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (row_cell (rows->pdata[4], 4)),
                                       GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                       "IT service provider, Relational — limited opportunism, in “Q1 2024 review”: "
                                       "5.50 from 2 respondents, 5.00 to 6.00");

  /* The trend is a figure: it exports and prints. */
  g_assert_true (alignment_case_page_get_figure_shown (PAGE (window)));
  g_assert_true (action_enabled (window, "print"));
  g_assert_true (action_enabled (window, "survey-print-form"));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The customer's trust in the provider against the provider's in the
 * customer, per round and realm; an uneven realm stands out. */
static void
test_asymmetry (void)
{
  AlignmentWindow *window = new_window_with ("survey-two-rounds.alignment");
  AlignmentSurveyView *view = PAGE (window)->survey_view;
  g_autoptr(GPtrArray) rows = NULL;

  show_view (window, "survey");
  ui_test_spin_until (survey_shown, window, "the survey view to show the case");

  rows = table_rows (alignment_survey_view_get_asymmetry_table (view));
  g_assert_cmpuint (rows->len, ==, 3);
  g_assert_cmpstr (cell_text (rows->pdata[1], 1), ==,
                   "Shipbuilder (customer) trusts IT service provider more: 5.50 against 4.25, 1.25 apart");
  g_assert_true (gtk_widget_has_css_class (row_cell (rows->pdata[1], 1), "warning"));
  g_assert_cmpstr (cell_text (rows->pdata[1], 3), ==, "Even: Shipbuilder (customer) 3.75, IT service provider 4.00");
  g_assert_false (gtk_widget_has_css_class (row_cell (rows->pdata[1], 3), "warning"));
  /* Half a point apart is even. */
  g_assert_cmpstr (cell_text (rows->pdata[2], 1), ==, "Even: Shipbuilder (customer) 4.50, IT service provider 5.00");
  g_assert_cmpstr (cell_text (rows->pdata[2], 2), ==,
                   "IT service provider trusts Shipbuilder (customer) more: 5.50 against 3.50, 2.00 apart");
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (row_cell (rows->pdata[2], 2)),
                                       GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                       "Operational, in “Q1 2024 review”: IT service provider trusts Shipbuilder "
                                       "(customer) more: 5.50 against 3.50, 2.00 apart");

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The findings in plain words; one shown on the timeline highlights its
 * signals there and lists them. */
static void
test_findings (void)
{
  AlignmentWindow *window = new_window_with ("survey-two-rounds.alignment");
  AlignmentSurveyView *view = PAGE (window)->survey_view;
  AlignmentSignalList *signals = alignment_case_get_signals (alignment_window_get_case (window));
  const char *expected[] = { "1c", "3a", "3b" };
  const guint *highlighted;
  GtkWidget *button;
  guint n = 0;

  show_view (window, "survey");
  ui_test_spin_until (survey_shown, window, "the survey view to show the case");

  g_assert_cmpuint (alignment_survey_view_get_n_findings (view), ==, 2);
  g_assert_cmpstr (alignment_survey_view_get_finding (view, 0), ==,
                   "IT service provider: Operational trust rose from 4.00 to 5.50 between “Kick-off survey” and "
                   "“Q1 2024 review”, while the signals dated between them add up to -1 (1 up, 2 down): "
                   "signals may be missing");
  g_assert_true (g_str_has_prefix (alignment_survey_view_get_finding (view, 1),
                                   "IT service provider: Relational trust rose from 4.00 to 5.50"));
  /* On screen, with the signals they counted. */
  ui_test_assert_label_shown (GTK_WIDGET (view), alignment_survey_view_get_finding (view, 0));
  ui_test_assert_label_shown (GTK_WIDGET (view), "Signals 1c, 3a, 3b");

  /* As a click on the first finding's button would. */
  button = ui_test_find_button (GTK_WIDGET (view), "Show on _Timeline");
  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  ui_test_settle ();

  g_assert_cmpstr (alignment_case_page_get_view (PAGE (window)), ==, "timeline");
  highlighted = alignment_timeline_view_get_highlight_signals (PAGE (window)->timeline_view, &n);
  g_assert_cmpuint (n, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < n; i++)
    g_assert_cmpuint (highlighted[i], ==, (guint) alignment_signal_list_find_id (signals, expected[i]));
  g_assert_cmpuint (alignment_signal_table_get_signal_set_size (alignment_case_page_get_signal_table (PAGE (window))),
                    ==, 3);
  /* The list says where its three signals come from. */
  show_view (window, "signals");
  ui_test_assert_label_containing (GTK_WIDGET (window), "Showing 3 signals of a survey finding");

  gtk_window_destroy (GTK_WINDOW (window));
}

/* A case without rounds: the view says so and offers what adds some;
 * a round added shows at once, and goes again with undo. */
static void
test_empty_and_edits (void)
{
  AlignmentWindow *window = new_window ();
  AlignmentSurveyView *view = PAGE (window)->survey_view;
  AlignmentCase *c;
  g_autoptr(AlignmentSurveyRound) round = NULL;
  g_autoptr(AlignmentSurveyResponse) response = NULL;
  g_autoptr(GPtrArray) rows = NULL;

  ui_test_activate (window, "win.open-example");
  ui_test_spin_until (ui_test_window_loaded, window, "the example to load");
  c = alignment_window_get_case (window);
  show_view (window, "survey");

  g_assert_false (gtk_widget_get_mapped (alignment_survey_view_get_score_table (view)));
  ui_test_assert_label_shown (GTK_WIDGET (view), "No survey rounds yet");
  g_assert_nonnull (ui_test_find_button (GTK_WIDGET (view), "_Add Survey Responses…"));
  g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (ui_test_find_button (GTK_WIDGET (view),
                                                                                      "_Add Survey Responses…"))),
                   ==, "win.survey-add-responses");
  g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (ui_test_find_button (GTK_WIDGET (view),
                                                                                      "_Import Survey Responses…"))),
                   ==, "win.survey-import");
  g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (ui_test_find_button (GTK_WIDGET (view),
                                                                                      "_Print Blank Questionnaire…"))),
                   ==, "win.survey-print-form");
  /* Nothing to draw: no figure to export or print. */
  g_assert_false (alignment_case_page_get_figure_shown (PAGE (window)));
  g_assert_false (action_enabled (window, "print"));
  g_assert_true (action_enabled (window, "survey-print-form"));

  /* A round, as the entry form adds one: one step of the history. */
  round = alignment_survey_round_new ("Workshop", alignment_date_parse_iso ("2024-04-30"));
  response = alignment_survey_response_new (ALIGNMENT_PARTY_PROVIDER);
  g_assert_true (alignment_survey_response_set_answers (response, "666655445555"));
  g_list_store_append (alignment_survey_round_get_responses (round), response);
  alignment_case_add_survey_round (c, round);
  ui_test_spin_until (survey_shown, window, "the new round to show");

  rows = table_rows (alignment_survey_view_get_score_table (view));
  g_assert_cmpuint (rows->len, ==, 3);
  g_assert_cmpstr (cell_text (rows->pdata[1], 2), ==, "no score");
  g_assert_cmpstr (cell_text (rows->pdata[2], 1), ==, "IT service provider");
  g_assert_cmpstr (cell_text (rows->pdata[2], 2), ==, "6.00\nn = 1");
  g_assert_true (alignment_case_page_get_figure_shown (PAGE (window)));
  g_assert_true (action_enabled (window, "print"));
  /* One round: no change to explain. */
  g_assert_cmpuint (alignment_survey_view_get_n_findings (view), ==, 0);
  ui_test_assert_label_containing (GTK_WIDGET (view), "Findings need two rounds with a date");

  ui_test_activate (window, "win.undo");
  ui_test_spin_for (400);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (alignment_case_get_survey_rounds (c))), ==, 0);
  ui_test_assert_label_shown (GTK_WIDGET (view), "No survey rounds yet");
  g_assert_false (action_enabled (window, "print"));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The trend follows the style: dark in dark mode (the export stays
 * light, below). */
static double
mean_brightness (GBytes *pixels)
{
  gsize size;
  const guchar *data = g_bytes_get_data (pixels, &size);
  double sum = 0;

  for (gsize i = 0; i + 3 < size; i += 4)
    sum += (data[i] + data[i + 1] + data[i + 2]) / 3.0;
  return size > 0 ? sum / (size / 4) : 0;
}

static void
test_dark (void)
{
  AlignmentWindow *window = new_window_with ("survey-two-rounds.alignment");
  AlignmentSurveyView *view = PAGE (window)->survey_view;
  AdwStyleManager *style = adw_style_manager_get_default ();
  g_autoptr(GBytes) light = NULL;
  g_autoptr(GBytes) dark = NULL;

  show_view (window, "survey");
  ui_test_spin_until (survey_shown, window, "the survey view to show the case");

  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_LIGHT);
  ui_test_settle ();
  light = ui_test_render_widget (alignment_survey_view_get_trend_area (view));
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
  ui_test_settle ();
  dark = ui_test_render_widget (alignment_survey_view_get_trend_area (view));
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);

  g_assert_cmpfloat (mean_brightness (light), >, 180);
  g_assert_cmpfloat (mean_brightness (dark), <, 90);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* ---- Export and print ------------------------------------------------------------ */

/* pdftotext of @path's page @page (from 1), or NULL without
 * poppler-utils. */
static char *
pdf_text (const char *path,
          int         page)
{
  g_autofree char *program = g_find_program_in_path ("pdftotext");
  g_autofree char *number = g_strdup_printf ("%d", page);
  const char *argv[] = { "pdftotext", "-f", number, "-l", number, path, "-", NULL };
  char *out = NULL;
  int status = 0;

  if (program == NULL)
    return NULL;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                               NULL, NULL, &out, NULL, &status, NULL));
  g_assert_cmpint (status, ==, 0);
  return out;
}

/* What pdfinfo says of @path. */
static char *
pdf_info (const char *path)
{
  const char *argv[] = { "pdfinfo", path, NULL };
  char *out = NULL;
  int status = 0;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                               NULL, NULL, &out, NULL, &status, NULL));
  g_assert_cmpint (status, ==, 0);
  return out;
}

static int
pdf_pages (const char *path)
{
  g_autofree char *out = pdf_info (path);
  const char *pages = strstr (out, "Pages:");

  g_assert_nonnull (pages);
  return atoi (pages + strlen ("Pages:"));
}

static gboolean
have_poppler (void)
{
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  g_autofree char *pdfinfo = g_find_program_in_path ("pdfinfo");

  if (pdftotext == NULL || pdfinfo == NULL)
    {
      g_test_skip ("pdftotext and pdfinfo (poppler-utils) are needed to read the PDF");
      return FALSE;
    }
  return TRUE;
}

/* Print Blank Questionnaire…, through a real print operation: an A4
 * page per party, each about the other party. */
static void
test_print_form (void)
{
  AlignmentWindow *window = new_window_with ("survey-two-rounds.alignment");
  g_autofree char *dir = g_dir_make_tmp ("test-survey-view-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "form.pdf", NULL);
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (alignment_case_page_print_survey_form (PAGE (window), path, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));

  if (have_poppler ())
    {
      g_autofree char *info = pdf_info (path);

      g_assert_cmpint (pdf_pages (path), ==, 2);
      /* A4, upright, whatever paper the figures were last printed on. */
      g_assert_nonnull (strstr (info, "(A4)"));
      first = pdf_text (path, 1);
      second = pdf_text (path, 2);
      /* The customer answers about the provider, and the other way. */
      g_assert_nonnull (strstr (first, "Your trust in IT service provider"));
      g_assert_nonnull (strstr (first, "to be answered by Shipbuilder (customer)"));
      g_assert_nonnull (strstr (second, "Your trust in Shipbuilder (customer)"));
      g_assert_nonnull (strstr (second, "to be answered by IT service provider"));
      /* The case's wording, all twelve items, on the scale. */
      g_assert_nonnull (strstr (first, "12."));
      g_assert_nonnull (strstr (first, "strongly disagree"));
      g_assert_nonnull (strstr (second, "strongly agree"));
    }

  gtk_window_destroy (GTK_WINDOW (window));
  ui_test_remove_tree (dir);
}

/* Export Figure… and Print… on the Survey view: the trend, with the
 * rounds' names, in every format. */
static void
test_export_print (void)
{
  AlignmentWindow *window = new_window_with ("survey-two-rounds.alignment");
  g_autofree char *dir = g_dir_make_tmp ("test-survey-view-XXXXXX", NULL);
  const char *names[] = { "trend.pdf", "trend.svg", "trend.png" };
  g_autofree char *printed = g_build_filename (dir, "printed.pdf", NULL);
  g_autoptr(GError) error = NULL;

  show_view (window, "survey");
  ui_test_spin_until (survey_shown, window, "the survey view to show the case");

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *path = g_build_filename (dir, names[i], NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autofree char *contents = NULL;
      gsize length = 0;

      g_assert_true (alignment_case_page_export_figure (PAGE (window), file, &error));
      g_assert_no_error (error);
      g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
      g_assert_cmpuint (length, >, 1000);
      if (i == 0)
        g_assert_true (g_str_has_prefix (contents, "%PDF-"));
      else if (i == 1)
        g_assert_nonnull (strstr (contents, "<svg"));
      else
        g_assert_cmpmem (contents, 8, "\x89PNG\r\n\x1a\n", 8);
    }

  g_assert_true (alignment_case_page_print (PAGE (window), printed, &error));
  g_assert_no_error (error);
  if (have_poppler ())
    {
      g_autofree char *exported = NULL;
      g_autofree char *text = pdf_text (printed, 1);
      g_autofree char *pdf = g_build_filename (dir, names[0], NULL);

      g_assert_cmpint (pdf_pages (printed), ==, 1);
      g_assert_nonnull (strstr (text, "Moving to the SAFe agile way of working"));
      g_assert_nonnull (strstr (text, "Kick-off survey"));
      g_assert_nonnull (strstr (text, "Q1 2024 review"));
      g_assert_nonnull (strstr (text, "Trust in the other party"));
      exported = pdf_text (pdf, 1);
      g_assert_nonnull (strstr (exported, "Q1 2024 review"));
    }

  gtk_window_destroy (GTK_WINDOW (window));
  ui_test_remove_tree (dir);
}

/* ---- Main ------------------------------------------------------------------------- */

static guint
n_rows (GtkListBox *list)
{
  guint n = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (list)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n += ADW_IS_ACTION_ROW (child);
  return n;
}

static gboolean
rows_are (gpointer data)
{
  gpointer *wait = data;

  return n_rows (wait[0]) == GPOINTER_TO_UINT (wait[1]);
}

static void
wait_for_rows (GtkListBox *list,
               guint       n)
{
  gpointer wait[] = { list, GUINT_TO_POINTER (n) };

  ui_test_spin_until (rows_are, wait, "the responses to be listed");
}

static gboolean
no_entry (gpointer data)
{
  return ui_test_find_toplevel (ALIGNMENT_TYPE_SURVEY_ENTRY) == NULL;
}

/* Every response is listed under its round and party; opening one gives
 * the form that removes it, undoably. */
static void
test_responses (void)
{
  AlignmentWindow *window = new_window_with ("survey-two-rounds.alignment");
  AlignmentSurveyView *view = PAGE (window)->survey_view;
  GtkListBox *list = alignment_survey_view_get_responses_list (view);
  AlignmentSurveyRound *round;
  GtkWidget *first;
  GtkWindow *entry;

  show_view (window, "survey");
  ui_test_spin_until (survey_shown, window, "the survey view to show");
  /* Two rounds, two respondents of each party in each. */
  wait_for_rows (list, 8);
  first = gtk_widget_get_first_child (GTK_WIDGET (list));
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (first)), "Kick-off survey"));
  round = g_object_get_data (G_OBJECT (first), "alignment-round");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (alignment_survey_round_get_responses (round))), ==, 4);

  g_signal_emit_by_name (first, "activated");
  entry = ui_test_find_toplevel (ALIGNMENT_TYPE_SURVEY_ENTRY);
  g_assert_nonnull (entry);
  g_assert_true (gtk_window_get_transient_for (entry) == GTK_WINDOW (window));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (entry), "entry.delete", NULL));
  ui_test_spin_until (no_entry, NULL, "the form to close after Delete");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (alignment_survey_round_get_responses (round))), ==, 3);
  wait_for_rows (list, 7);

  ui_test_activate (window, "win.undo");
  wait_for_rows (list, 8);

  alignment_history_mark_saved (alignment_document_get_history (alignment_window_get_document (window)));
  gtk_window_destroy (GTK_WINDOW (window));
  ui_test_settle ();
}

int
main (int   argc,
      char *argv[])
{
  int status;

  if (!ui_test_init (&argc, &argv, "/survey-view/skipped", "test-survey-view-XXXXXX", &status))
    return status;
  app = ui_test_start_application (G_APPLICATION_HANDLES_OPEN | G_APPLICATION_NON_UNIQUE);
  ui_test_set_settle_time (300);

  ui_test_add ("/survey-view/scores", test_scores, UI_TEST_FRESH_CASES);
  ui_test_add ("/survey-view/asymmetry", test_asymmetry, UI_TEST_FRESH_CASES);
  ui_test_add ("/survey-view/findings", test_findings, UI_TEST_FRESH_CASES);
  ui_test_add ("/survey-view/empty-and-edits", test_empty_and_edits, UI_TEST_FRESH_CASES);
  ui_test_add ("/survey-view/dark", test_dark, UI_TEST_FRESH_CASES);
  ui_test_add ("/survey-view/print-form", test_print_form, UI_TEST_FRESH_CASES);
  ui_test_add ("/survey-view/export-print", test_export_print, UI_TEST_FRESH_CASES);
  ui_test_add ("/survey-view/responses", test_responses, UI_TEST_FRESH_CASES);

  return ui_test_run ();
}
