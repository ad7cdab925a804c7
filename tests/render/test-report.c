/* test-report.c: the review report's layout and pages, with no display
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "alignment-report.h"
#include "alignment-report-private.h"

static AlignmentCase *
load_example (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (g_getenv ("ALIGNMENT_EXAMPLE"));
  AlignmentCase *kase = alignment_case_load (file, NULL, &error);

  g_assert_no_error (error);
  return kase;
}

static void
test_default_period (void)
{
  g_autoptr(AlignmentCase) kase = load_example ();
  AlignmentSignal **signals;
  guint n = 0;
  guint32 latest = 0, from = 0, to = 0;
  int year, month, day, to_year, to_month, to_day, latest_year, latest_month;

  signals = alignment_case_peek_signals (kase, &n);
  for (guint i = 0; i < n; i++)
    latest = MAX (latest, MAX (alignment_signal_get_start_julian (signals[i]),
                               alignment_signal_get_end_julian (signals[i])));
  g_assert_cmpuint (latest, >, 0);

  alignment_report_default_period (kase, &from, &to);
  g_assert_cmpuint (from, <=, latest);
  g_assert_cmpuint (latest, <=, to);

  /* A calendar quarter: from its first day to its last. */
  alignment_date_split (from, &year, &month, &day);
  alignment_date_split (to, &to_year, &to_month, &to_day);
  alignment_date_split (latest, &latest_year, &latest_month, &day);
  g_assert_cmpint (month, ==, (latest_month - 1) / 3 * 3 + 1);
  g_assert_cmpint (year, ==, latest_year);
  g_assert_cmpint (to_year, ==, year);
  g_assert_cmpint (to_month, ==, month + 2);
  alignment_date_split (to + 1, &to_year, &to_month, &to_day);
  g_assert_cmpint (to_day, ==, 1);
}

static void
test_paper (void)
{
  g_autoptr(AlignmentCase) kase = load_example ();
  g_autoptr(AlignmentReport) a4 = alignment_report_new (kase, 0, 0, ALIGNMENT_REPORT_PAPER_A4, "en");
  g_autoptr(AlignmentReport) letter = alignment_report_new (kase, 0, 0, ALIGNMENT_REPORT_PAPER_LETTER, "en");
  double w, h;

  alignment_report_get_page_size (a4, &w, &h);
  g_assert_cmpfloat_with_epsilon (w, 595.276, 0.01);
  g_assert_cmpfloat_with_epsilon (h, 841.89, 0.01);
  alignment_report_get_page_size (letter, &w, &h);
  g_assert_cmpfloat (w, ==, 612);
  g_assert_cmpfloat (h, ==, 792);
}

/* Every block lies inside the body of its page, between the header and
 * the footer, and no line of text is wider than its column. */
static void
assert_fits (AlignmentReport *report)
{
  double body = report_body_height (report);
  double width = report_body_width (report);
  PangoFontMap *font_map = pango_cairo_font_map_get_default ();
  PangoContext *context = pango_font_map_create_context (font_map);

  g_assert_cmpuint (report->n_pages, >=, 1);
  for (guint i = 0; i < report->blocks->len; i++)
    {
      ReportBlock *block = report->blocks->pdata[i];

      if (block->kind == REPORT_BLOCK_BREAK)
        continue;
      g_assert_cmpuint (block->page, <, report->n_pages);
      g_assert_cmpfloat (block->y, >=, 0);
      g_assert_cmpfloat (block->y + block->height, <=, body + 0.01);

      if (block->kind == REPORT_BLOCK_TEXT)
        {
          g_autoptr(PangoLayout) layout = report_layout (context, block->markup, block->size, width - block->indent);
          PangoRectangle ink, logical;

          pango_layout_get_extents (layout, &ink, &logical);
          g_assert_cmpfloat ((double) logical.width / PANGO_SCALE, <=, width - block->indent + 0.5);
        }
      else if (block->kind == REPORT_BLOCK_ROW)
        for (guint c = 0; c < block->n_cells; c++)
          {
            double column = block->widths[c] * width - 6;
            g_autoptr(PangoLayout) layout = report_layout (context, block->cells[c], block->size, column);
            PangoRectangle ink, logical;

            pango_layout_get_extents (layout, &ink, &logical);
            g_assert_cmpfloat ((double) logical.width / PANGO_SCALE, <=, column + 0.5);
          }
    }
  g_object_unref (context);
}

/* Long text the case's users typed: a title, a trigger with a word
 * longer than any column, many lessons. */
static void
test_long_text_fits (void)
{
  g_autoptr(AlignmentCase) kase = load_example ();
  g_autoptr(AlignmentReport) report = NULL;
  AlignmentSignal **signals;
  guint n = 0;
  g_autofree char *word = g_strnfill (300, 'x');
  g_autofree char *trigger = g_strdup_printf ("A trigger with %s in it & <markup>", word);

  {
    g_autofree char *title = g_strnfill (3000, 't');

    alignment_case_set_title (kase, title);
  }
  signals = alignment_case_peek_signals (kase, &n);
  alignment_signal_set_trigger (signals[0], trigger);
  for (guint i = 0; i < 80; i++)
    {
      g_autofree char *text = g_strdup_printf ("Lesson %u: %s", i, i % 7 == 0 ? word : "agree on the contract before the way of working changes.");
      g_autoptr(AlignmentLesson) lesson = alignment_lesson_new (text);

      g_list_store_append (alignment_case_get_lessons (kase), lesson);
    }

  {
    /* Longer than a page, had it been drawn whole. */
    g_autofree char *huge = g_strnfill (20000, 'w');
    g_autoptr(AlignmentLesson) lesson = alignment_lesson_new (huge);

    g_list_store_append (alignment_case_get_lessons (kase), lesson);
    alignment_signal_set_message (signals[1], huge);
  }

  report = alignment_report_new (kase, 0, 0, ALIGNMENT_REPORT_PAPER_LETTER, "en");
  g_assert_cmpuint (alignment_report_get_n_pages (report), >, 10);
  assert_fits (report);
}

static gpointer
lay_out_in_thread (gpointer data)
{
  return GUINT_TO_POINTER (alignment_report_get_n_pages (data));
}

/* Laid out in a worker, as the app does, then drawn here: every page
 * on white, with text in its header. */
static void
test_worker_then_draw (void)
{
  g_autoptr(AlignmentCase) kase = load_example ();
  g_autoptr(AlignmentReport) report = alignment_report_new (kase, alignment_date_parse_iso ("2024-02-01"),
                                                            alignment_date_parse_iso ("2024-06-30"),
                                                            ALIGNMENT_REPORT_PAPER_A4, "en");
  GThread *thread = g_thread_new ("report", lay_out_in_thread, report);
  guint n_pages = GPOINTER_TO_UINT (g_thread_join (thread));
  double width, height;

  g_assert_cmpuint (n_pages, >=, 8);
  g_assert_cmpuint (alignment_report_get_n_pages (report), ==, n_pages);
  assert_fits (report);

  alignment_report_get_page_size (report, &width, &height);
  for (guint page = 0; page < n_pages; page++)
    {
      cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, (int) width, (int) height);
      cairo_t *cr = cairo_create (surface);
      guint32 *pixels;
      int stride;
      guint dark = 0;

      /* A dark target: the page must paint its own white. */
      cairo_set_source_rgb (cr, 0, 0, 0);
      cairo_paint (cr);
      alignment_report_draw_page (report, cr, page);
      g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
      cairo_destroy (cr);
      cairo_surface_flush (surface);

      pixels = (guint32 *) cairo_image_surface_get_data (surface);
      stride = cairo_image_surface_get_stride (surface) / 4;
      g_assert_cmphex (pixels[5 * stride + 5] & 0xffffff, ==, 0xffffff);
      /* The header's text, in the top margin band. */
      for (int y = (int) REPORT_MARGIN; y < (int) (REPORT_MARGIN + 2 * REPORT_BAND_SIZE); y++)
        for (int x = 0; x < (int) width; x++)
          dark += (pixels[y * stride + x] & 0xff) < 0x80;
      g_assert_cmpuint (dark, >, 20);
      cairo_surface_destroy (surface);
    }
}

static gpointer
record_in_thread (gpointer report)
{
  alignment_report_record_pages (report);
  return NULL;
}

static cairo_surface_t *
draw_to_image (AlignmentReport *report,
               guint            page)
{
  double width, height;
  cairo_surface_t *surface;
  cairo_t *cr;

  alignment_report_get_page_size (report, &width, &height);
  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, (int) width, (int) height);
  cr = cairo_create (surface);
  alignment_report_draw_page (report, cr, page);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
}

/* Pages drawn ahead in a worker, for a print operation, come out as
 * drawn on the spot, in the report's language. */
static void
test_recorded_pages (void)
{
  g_autoptr(AlignmentCase) kase = load_example ();
  guint32 from = alignment_date_parse_iso ("2024-02-01"), to = alignment_date_parse_iso ("2024-06-30");
  g_autoptr(AlignmentReport) direct = alignment_report_new (kase, from, to, ALIGNMENT_REPORT_PAPER_A4, "nl");
  g_autoptr(AlignmentReport) recorded = alignment_report_new (kase, from, to, ALIGNMENT_REPORT_PAPER_A4, "nl");
  guint n_pages = alignment_report_get_n_pages (direct);
  g_autofree char *pdftotext = NULL;
  g_autofree char *pdffonts = NULL;

  g_thread_join (g_thread_new ("report", record_in_thread, recorded));
  g_assert_cmpuint (alignment_report_get_n_pages (recorded), ==, n_pages);
  for (guint page = 0; page < n_pages; page++)
    {
      cairo_surface_t *a = draw_to_image (direct, page);
      cairo_surface_t *b = draw_to_image (recorded, page);
      int stride = cairo_image_surface_get_stride (a);
      int height = cairo_image_surface_get_height (a);
      guint differ = 0;
      const guchar *pa = cairo_image_surface_get_data (a);
      const guchar *pb = cairo_image_surface_get_data (b);

      /* Replayed glyphs may round a pixel differently, and the
       * timeline's dots are squares on pixels but a dotted line when
       * recorded: a level or so apart at their edges, no more. */
      for (int i = 0; i < stride * height; i++)
        differ += ABS ((int) pa[i] - (int) pb[i]) > 96;
      g_assert_cmpuint (differ, <, stride * height / 1000);
      cairo_surface_destroy (a);
      cairo_surface_destroy (b);
    }

  /* A PDF of the replayed pages keeps its text and its fonts. */
  pdftotext = g_find_program_in_path ("pdftotext");
  pdffonts = g_find_program_in_path ("pdffonts");
  if (pdftotext != NULL && pdffonts != NULL)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *dir = g_dir_make_tmp ("test-report-XXXXXX", &error);
      g_autofree char *pdf = g_build_filename (dir, "recorded.pdf", NULL);
      g_autofree char *text = NULL;
      g_autofree char *fonts = NULL;
      const char *text_argv[] = { "pdftotext", pdf, "-", NULL };
      const char *fonts_argv[] = { "pdffonts", pdf, NULL };

      g_assert_true (alignment_report_write_pdf (recorded, pdf, &error));
      g_assert_no_error (error);
      g_assert_true (g_spawn_sync (NULL, (char **) text_argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                                   NULL, NULL, &text, NULL, NULL, &error));
      g_assert_true (g_spawn_sync (NULL, (char **) fonts_argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                                   NULL, NULL, &fonts, NULL, NULL, &error));
      g_assert_nonnull (strstr (text, "Samenvatting"));
      g_assert_nonnull (strstr (text, "Verzoek verzonden"));
      /* pdffonts's "emb" column: every font embedded. */
      g_assert_null (strstr (fonts, " no  "));
      g_assert_nonnull (strstr (fonts, " yes "));
      g_unlink (pdf);
      g_rmdir (dir);
    }
  else
    g_test_message ("pdftotext or pdffonts is missing (Debian: poppler-utils): the PDF is not read back");
}

static void
test_empty_case (void)
{
  g_autoptr(AlignmentCase) kase = alignment_case_new ();
  g_autoptr(AlignmentReport) report = alignment_report_new (kase, 0, 0, ALIGNMENT_REPORT_PAPER_A4, NULL);
  cairo_surface_t *surface = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);
  cairo_t *cr = cairo_create (surface);
  guint32 from = 0, to = 0;

  alignment_report_default_period (kase, &from, &to);
  g_assert_cmpuint (from, >, 0);
  g_assert_cmpuint (to, >, from);

  g_assert_cmpuint (alignment_report_get_n_pages (report), >=, 1);
  g_assert_cmpuint (alignment_report_get_n_pages (report), <=, 4);
  for (guint i = 0; i < alignment_report_get_n_pages (report); i++)
    alignment_report_draw_page (report, cr, i);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/report/default-period", test_default_period);
  g_test_add_func ("/report/paper", test_paper);
  g_test_add_func ("/report/long-text-fits", test_long_text_fits);
  g_test_add_func ("/report/worker-then-draw", test_worker_then_draw);
  g_test_add_func ("/report/empty-case", test_empty_case);
  g_test_add_func ("/report/recorded-pages", test_recorded_pages);

  return g_test_run ();
}
