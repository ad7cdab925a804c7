/* test-tool-report.c: the review report as alignment-tool writes it, read
 * back with poppler's pdftotext, pdfinfo and pdffonts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <gio/gio.h>
#include <glib/gstdio.h>

#include "alignment-core.h"
#include "alignment-survey-score.h"

static char *tmpdir;

/* Runs @argv, returns its standard output; the exit status in @status. */
static char *
run (const char * const *argv,
     int                *status)
{
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  g_autofree char *err = NULL;

  process = g_subprocess_newv (argv, G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_PIPE, &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (process, NULL, NULL, &out, &err, &error);
  g_assert_no_error (error);
  *status = g_subprocess_get_if_exited (process) ? g_subprocess_get_exit_status (process) : -1;
  g_test_message ("%s → %d\n%s", argv[0], *status, err);
  return out;
}

static gboolean
have_poppler (void)
{
  g_autofree char *path = g_find_program_in_path ("pdftotext");

  if (path == NULL)
    g_test_skip ("poppler-utils (pdftotext, pdfinfo, pdffonts) is not installed");
  return path != NULL;
}

/* Writes the report of the example case with @options into a PDF of
 * @name; asserts that the tool succeeded.  Returns the PDF's path. */
static char *
make_report (const char         *name,
             const char * const *options)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  char *pdf = g_build_filename (tmpdir, name, NULL);
  g_autofree char *out = NULL;
  int status;

  g_ptr_array_add (argv, (gpointer) g_getenv ("ALIGNMENT_TOOL"));
  g_ptr_array_add (argv, (gpointer) "render");
  g_ptr_array_add (argv, (gpointer) "report");
  g_ptr_array_add (argv, (gpointer) g_getenv ("ALIGNMENT_EXAMPLE"));
  g_ptr_array_add (argv, (gpointer) "-o");
  g_ptr_array_add (argv, pdf);
  for (guint i = 0; options[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) options[i]);
  g_ptr_array_add (argv, NULL);

  out = run ((const char * const *) argv->pdata, &status);
  g_assert_cmpint (status, ==, 0);
  g_assert_true (g_file_test (pdf, G_FILE_TEST_IS_REGULAR));
  return pdf;
}

/* The PDF's text, page by page as pdftotext lays it out, each run of
 * spaces squeezed to one so that the checks read words and figures. */
static char *
pdf_text (const char *pdf)
{
  const char *argv[] = { "pdftotext", "-layout", pdf, "-", NULL };
  g_autofree char *text = NULL;
  g_autoptr(GRegex) spaces = g_regex_new ("[ \t]+", 0, 0, NULL);
  int status;

  text = run (argv, &status);
  g_assert_cmpint (status, ==, 0);
  return g_regex_replace_literal (spaces, text, -1, 0, " ", 0, NULL);
}

static char *
pdf_info (const char *pdf,
          const char *key)
{
  const char *argv[] = { "pdfinfo", pdf, NULL };
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;
  int status;

  text = run (argv, &status);
  g_assert_cmpint (status, ==, 0);
  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    if (g_str_has_prefix (lines[i], key))
      return g_strdup (g_strstrip (lines[i] + strlen (key)));
  return NULL;
}

static AlignmentCase *
load_example (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (g_getenv ("ALIGNMENT_EXAMPLE"));
  AlignmentCase *kase = alignment_case_load (file, NULL, &error);

  g_assert_no_error (error);
  return kase;
}

/* The signals of @kase whose start date falls in [from, to]. */
static GPtrArray *
signals_between (AlignmentCase *kase,
                 guint32        from,
                 guint32        to)
{
  GPtrArray *in = g_ptr_array_new ();
  AlignmentSignal **signals;
  guint n = 0;

  signals = alignment_case_peek_signals (kase, &n);
  for (guint i = 0; i < n; i++)
    {
      guint32 day = alignment_signal_get_start_julian (signals[i]);

      if (day >= from && day <= to)
        g_ptr_array_add (in, signals[i]);
    }
  return in;
}

static char *
delta_text (int value)
{
  return value > 0 ? g_strdup_printf ("+%d", value)
       : value < 0 ? g_strdup_printf ("−%d", -value) : g_strdup ("0");
}

static void
test_report_sections (void)
{
  const char *options[] = { "--from", "2024-02-01", "--to", "2024-06-30", "--lang", "en", NULL };
  const char *sections[] = {
    "Review report", "Data completeness", "Summary", "The biggest changes", "Threads",
    "Open at the end of the period, oldest first", "Trust-delta heatmap", "Evidence",
    "Signals that raised trust most", "Signals that lowered trust most", "Findings",
    "Timeline", "Lessons learned", "Method and sources",
  };
  g_autofree char *pdf = NULL;
  g_autofree char *text = NULL;
  g_autofree char *pages = NULL;
  const char *last = NULL;

  if (!have_poppler ())
    return;

  pdf = make_report ("sections.pdf", options);
  text = pdf_text (pdf);

  /* Every section, in the order. */
  for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
    {
      g_autofree char *line = g_strdup_printf ("\n%s", sections[i]);
      const char *at = strstr (last != NULL ? last : text, line);

      g_assert_nonnull (at);
      last = at;
    }

  /* A header and a footer on every page. */
  pages = pdf_info (pdf, "Pages:");
  g_assert_nonnull (pages);
  for (guint page = 1; page <= (guint) atoi (pages); page++)
    {
      g_autofree char *footer = g_strdup_printf ("Page %u of %s", page, pages);

      g_assert_nonnull (strstr (text, footer));
    }
  g_assert_cmpint (atoi (pages), >=, 8);
  g_assert_nonnull (strstr (text, "Moving to the SAFe agile way of working 1 February 2024 – 30 June 2024"));
}

/* The summary's net deltas are those of the period's signals only. */
static void
test_report_net_deltas (void)
{
  const char *options[] = { "--from", "2024-04-01", "--to", "2024-06-30", "--lang", "en", NULL };
  const char *realms[] = { "Contractual — honesty in exchange", "Operational — good-faith effort",
                           "Relational — limited opportunism" };
  const char *parties[] = { "Customer", "Service provider" };
  g_autoptr(AlignmentCase) kase = load_example ();
  g_autoptr(GPtrArray) period = signals_between (kase, alignment_date_parse_iso ("2024-04-01"),
                                                 alignment_date_parse_iso ("2024-06-30"));
  g_autoptr(GPtrArray) all = signals_between (kase, 1, G_MAXUINT32);
  g_autofree char *pdf = NULL;
  g_autofree char *text = NULL;
  AlignmentTotals totals, whole;
  gboolean differs = FALSE;

  if (!have_poppler ())
    return;

  alignment_totals_compute ((AlignmentSignal **) period->pdata, period->len, &totals);
  alignment_totals_compute ((AlignmentSignal **) all->pdata, all->len, &whole);
  g_assert_cmpuint (period->len, >, 0);
  g_assert_cmpuint (period->len, <, all->len);

  pdf = make_report ("deltas.pdf", options);
  text = pdf_text (pdf);

  for (guint p = 0; p < 2; p++)
    for (guint r = 0; r < 3; r++)
      {
        g_autofree char *delta = delta_text (totals.net[p][r]);
        g_autofree char *row = g_strdup_printf ("\n%s %s %s ", parties[p], realms[r], delta);

        g_assert_nonnull (strstr (text, row));
        differs |= totals.net[p][r] != whole.net[p][r];
      }
  /* Otherwise the test could not tell the period from the whole case. */
  g_assert_true (differs);

  {
    g_autofree char *count = g_strdup_printf ("Signals in the period %u\n", period->len);

    g_assert_nonnull (strstr (text, count));
  }
}

/* Threads 1–3 of the example with their status at the period's end. */
static void
test_report_threads (void)
{
  const char *options[] = { "--from", "2024-02-01", "--to", "2024-06-30", NULL };
  g_autoptr(AlignmentCase) kase = load_example ();
  g_autoptr(GPtrArray) all = signals_between (kase, 1, G_MAXUINT32);
  g_autoptr(GPtrArray) threads = alignment_threads_compute ((AlignmentSignal **) all->pdata, all->len);
  g_autofree char *pdf = NULL;
  g_autofree char *text = NULL;
  const char *table;
  guint n_open = 0;

  if (!have_poppler ())
    return;

  pdf = make_report ("threads.pdf", options);
  text = pdf_text (pdf);
  table = strstr (text, "\nThreads\n");
  g_assert_nonnull (table);

  g_assert_cmpuint (threads->len, ==, 3);
  for (guint i = 0; i < threads->len; i++)
    {
      const AlignmentThread *thread = threads->pdata[i];
      g_autofree char *title = alignment_case_dup_thread_title (kase, thread->number, NULL);
      g_autofree char *start = g_strdup_printf ("\n%u %.12s", thread->number, title);
      const char *row = strstr (table, start);
      g_autofree char *line = NULL;
      const char *status = thread->status == ALIGNMENT_THREAD_OPEN ? " open " : " aligned ";

      g_assert_nonnull (row);
      line = g_strndup (row + 1, strchr (row + 1, '\n') - (row + 1));
      g_assert_nonnull (strstr (line, status));
      if (thread->status == ALIGNMENT_THREAD_OPEN)
        {
          g_autofree char *open = g_strdup_printf ("Thread %u (", thread->number);

          g_assert_nonnull (strstr (table, open));
          n_open++;
        }
    }
  /* Thread 1 of the thesis's case stayed open. */
  g_assert_cmpuint (n_open, >=, 1);
}

static void
test_report_paper (void)
{
  const char *a4[] = { "--paper", "a4", NULL };
  const char *letter[] = { "--paper", "letter", NULL };
  g_autofree char *pdf_a4 = NULL;
  g_autofree char *pdf_letter = NULL;
  g_autofree char *size_a4 = NULL;
  g_autofree char *size_letter = NULL;

  if (!have_poppler ())
    return;

  pdf_a4 = make_report ("a4.pdf", a4);
  pdf_letter = make_report ("letter.pdf", letter);
  size_a4 = pdf_info (pdf_a4, "Page size:");
  size_letter = pdf_info (pdf_letter, "Page size:");
  g_assert_cmpstr (size_a4, ==, "595.276 x 841.89 pts (A4)");
  g_assert_cmpstr (size_letter, ==, "612 x 792 pts (letter)");
}

static void
test_report_fonts_embedded (void)
{
  const char *options[] = { "--from", "2024-02-01", "--to", "2024-06-30", NULL };
  const char *argv[] = { "pdffonts", NULL, NULL };
  g_autofree char *pdf = NULL;
  g_autofree char *out = NULL;
  g_auto(GStrv) lines = NULL;
  guint n_fonts = 0;
  int status;

  if (!have_poppler ())
    return;

  pdf = make_report ("fonts.pdf", options);
  argv[1] = pdf;
  out = run (argv, &status);
  g_assert_cmpint (status, ==, 0);

  /* Past the two heading lines, a font a line: "… emb sub uni object ID". */
  lines = g_strsplit (out, "\n", -1);
  for (guint i = 2; lines[i] != NULL; i++)
    {
      g_auto(GStrv) words = g_strsplit_set (g_strstrip (lines[i]), " ", -1);
      g_autoptr(GPtrArray) fields = g_ptr_array_new ();

      if (lines[i][0] == '\0')
        continue;
      for (guint j = 0; words[j] != NULL; j++)
        if (words[j][0] != '\0')
          g_ptr_array_add (fields, words[j]);
      g_assert_cmpuint (fields->len, >=, 6);
      g_assert_cmpstr (fields->pdata[fields->len - 5], ==, "yes");
      n_fonts++;
    }
  g_assert_cmpuint (n_fonts, >, 0);
}

static void
test_report_empty_period (void)
{
  const char *options[] = { "--from", "2030-01-01", "--to", "2030-03-31", NULL };
  g_autofree char *pdf = NULL;
  g_autofree char *text = NULL;
  g_autofree char *pages = NULL;

  if (!have_poppler ())
    return;

  pdf = make_report ("empty.pdf", options);
  text = pdf_text (pdf);
  pages = pdf_info (pdf, "Pages:");
  g_assert_nonnull (strstr (text, "No signals in this period"));
  g_assert_nonnull (strstr (text, "Signals in the period 0\n"));
  g_assert_null (strstr (text, "\nEvidence\n"));
  g_assert_cmpint (atoi (pages), <=, 4);
}

static void
test_report_dutch (void)
{
  const char *options[] = { "--from", "2024-02-01", "--to", "2024-06-30", "--lang", "nl", NULL };
  /* Also what the report borrows, made in the process's English: the
   * findings, the figures' legends and their months. */
  const char *english[] = { "\nSummary\n", "\nLessons learned\n", "\nMethod and sources\n", "Page 1 of",
                            "still open", "Request sent", "Feb 2024" };
  const char *dutch[] = { "\nSamenvatting\n", "\nDraden\n", "\nBewijs\n", "\nGeleerde lessen\n", "Pagina 1 van",
                          "februari 2024", "nog open", "Verzoek verzonden", "feb 2024" };
  g_autofree char *pdf = NULL;
  g_autofree char *text = NULL;

  if (!have_poppler ())
    return;

  pdf = make_report ("dutch.pdf", options);
  text = pdf_text (pdf);
  for (guint i = 0; i < G_N_ELEMENTS (dutch); i++)
    g_assert_nonnull (strstr (text, dutch[i]));
  for (guint i = 0; i < G_N_ELEMENTS (english); i++)
    {
      if (strstr (text, english[i]) != NULL)
        g_test_message ("English in the Dutch report: %s", english[i]);
      g_assert_null (strstr (text, english[i]));
    }
}

/* Each thread's highest escalation level, by the case's own name. */
static void
test_report_levels (void)
{
  g_autofree char *kase_path = g_build_filename (g_getenv ("ALIGNMENT_TEST_DATA"), "governance.alignment", NULL);
  g_autofree char *pdf = g_build_filename (tmpdir, "levels.pdf", NULL);
  const char *render[] = { g_getenv ("ALIGNMENT_TOOL"), "render", "report", kase_path, "-o", pdf,
                           "--from", "1900-01-01", "--to", "2100-12-31", "--lang", "en", NULL };
  g_autoptr(GFile) file = g_file_new_for_path (kase_path);
  g_autoptr(GError) error = NULL;
  g_autoptr(AlignmentCase) kase = alignment_case_load (file, NULL, &error);
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(GPtrArray) threads = NULL;
  g_autofree char *out = NULL;
  g_autofree char *text = NULL;
  const char *section, *end;
  guint n_checked = 0;
  int status;

  if (!have_poppler ())
    return;
  g_assert_no_error (error);

  out = run (render, &status);
  g_assert_cmpint (status, ==, 0);
  text = pdf_text (pdf);
  section = strstr (text, "\nThreads\n");
  g_assert_nonnull (section);
  end = strstr (section, "\nOpen at the end of the period");
  g_assert_nonnull (end);

  all = signals_between (kase, 1, G_MAXUINT32);
  threads = alignment_threads_compute ((AlignmentSignal **) all->pdata, all->len);
  for (guint i = 0; i < threads->len; i++)
    {
      const AlignmentThread *thread = threads->pdata[i];
      g_autofree char *label = NULL;
      const char *at;

      if (thread->highest_level == 0)
        continue;
      label = alignment_governance_level_label (G_LIST_MODEL (alignment_case_get_escalation_levels (kase)),
                                                thread->highest_level);
      /* "4 · Board of directors" may wrap after its first word. */
      {
        g_auto(GStrv) words = g_strsplit (label, " ", 4);

        if (g_strv_length (words) > 3)
          {
            g_free (words[3]);
            words[3] = NULL;
          }
        g_free (label);
        label = g_strjoinv (" ", words);
      }
      at = strstr (section, label);
      g_assert_nonnull (at);
      g_assert_true (at < end);
      n_checked++;
    }
  g_assert_cmpuint (n_checked, >, 0);
}

/* With survey rounds the summary shows each party's latest score per
 * realm, as the survey scores it. */
static void
test_report_survey (void)
{
  g_autofree char *responses = g_build_filename (g_getenv ("ALIGNMENT_TEST_DATA"), "survey-responses.csv", NULL);
  g_autofree char *kase_path = g_build_filename (tmpdir, "survey.alignment", NULL);
  g_autofree char *pdf = g_build_filename (tmpdir, "survey.pdf", NULL);
  const char *import[] = { g_getenv ("ALIGNMENT_TOOL"), "survey", "import", g_getenv ("ALIGNMENT_EXAMPLE"), responses,
                           "-o", kase_path, "--round", "Spring", "--date", "2024-03-28", NULL };
  const char *render[] = { g_getenv ("ALIGNMENT_TOOL"), "render", "report", kase_path, "-o", pdf,
                           "--from", "2024-02-01", "--to", "2024-06-30", "--lang", "en", NULL };
  const char *realms[] = { "Contractual — honesty in exchange", "Operational — good-faith effort",
                           "Relational — limited opportunism" };
  const char *parties[] = { "Customer", "Service provider" };
  AlignmentSurveyScore scores[ALIGNMENT_N_PARTIES][ALIGNMENT_N_REALMS];
  g_autoptr(AlignmentCase) kase = NULL;
  g_autoptr(AlignmentSurveyRound) round = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_autofree char *more = NULL;
  g_autofree char *text = NULL;
  guint n_scored = 0;
  int status;

  if (!have_poppler ())
    return;

  out = run (import, &status);
  g_assert_cmpint (status, ==, 0);
  more = run (render, &status);
  g_assert_cmpint (status, ==, 0);
  text = pdf_text (pdf);
  g_assert_nonnull (strstr (text, "\nParty Realm Net Survey Change Status\n"));

  file = g_file_new_for_path (kase_path);
  kase = alignment_case_load (file, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (alignment_case_get_survey_rounds (kase))), >=, 1);
  round = g_list_model_get_item (G_LIST_MODEL (alignment_case_get_survey_rounds (kase)), 0);
  alignment_survey_score_round (round, G_LIST_MODEL (alignment_case_get_survey_items (kase)), scores);

  for (guint p = 0; p < 2; p++)
    for (guint r = 0; r < 3; r++)
      {
        g_autofree char *score = scores[p][r].n > 0 ? g_strdup_printf ("%.1f", scores[p][r].mean) : g_strdup ("—");
        g_autofree char *row = g_strdup_printf ("\n%s %s ", parties[p], realms[r]);
        const char *at = strstr (text, row);
        g_autofree char *line = NULL;

        g_assert_nonnull (at);
        line = g_strndup (at + 1, strchr (at + 1, '\n') - (at + 1));
        g_assert_nonnull (strstr (line, score));
        n_scored += scores[p][r].n > 0;
      }
  g_assert_cmpuint (n_scored, >, 0);
}

static void
test_report_usage (void)
{
  const char *bad[][8] = {
    { "--paper", "a5", NULL },
    { "--lang", "fr", NULL },
    { "--from", "1-2-2024", NULL },
    { "--from", "2024-06-01", "--to", "2024-05-01", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GPtrArray) argv = g_ptr_array_new ();
      g_autofree char *pdf = g_build_filename (tmpdir, "bad.pdf", NULL);
      g_autofree char *out = NULL;
      int status;

      g_ptr_array_add (argv, (gpointer) g_getenv ("ALIGNMENT_TOOL"));
      g_ptr_array_add (argv, (gpointer) "render");
      g_ptr_array_add (argv, (gpointer) "report");
      g_ptr_array_add (argv, (gpointer) g_getenv ("ALIGNMENT_EXAMPLE"));
      g_ptr_array_add (argv, (gpointer) "-o");
      g_ptr_array_add (argv, pdf);
      for (guint j = 0; bad[i][j] != NULL; j++)
        g_ptr_array_add (argv, (gpointer) bad[i][j]);
      g_ptr_array_add (argv, NULL);
      out = run ((const char * const *) argv->pdata, &status);
      g_assert_cmpint (status, ==, 2);
      g_assert_false (g_file_test (pdf, G_FILE_TEST_EXISTS));
    }
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);

  tmpdir = g_dir_make_tmp ("alignment-report-XXXXXX", &error);
  g_assert_no_error (error);

  g_test_add_func ("/tool/report/sections", test_report_sections);
  g_test_add_func ("/tool/report/net-deltas", test_report_net_deltas);
  g_test_add_func ("/tool/report/threads", test_report_threads);
  g_test_add_func ("/tool/report/paper", test_report_paper);
  g_test_add_func ("/tool/report/fonts-embedded", test_report_fonts_embedded);
  g_test_add_func ("/tool/report/empty-period", test_report_empty_period);
  g_test_add_func ("/tool/report/dutch", test_report_dutch);
  g_test_add_func ("/tool/report/survey", test_report_survey);
  g_test_add_func ("/tool/report/levels", test_report_levels);
  g_test_add_func ("/tool/report/usage", test_report_usage);

  status = g_test_run ();

  {
    g_autoptr(GDir) dir = g_dir_open (tmpdir, 0, NULL);
    const char *name;

    while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
      {
        g_autofree char *path = g_build_filename (tmpdir, name, NULL);

        g_unlink (path);
      }
    g_rmdir (tmpdir);
    g_free (tmpdir);
  }
  return status;
}
