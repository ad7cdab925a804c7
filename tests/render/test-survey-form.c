/* test-survey-form.c: the blank questionnaire painted a page at a time,
 * as a print operation asks for it
 *
 * What a reader of the printed form would notice: each page asked for
 * is drawn, a page past the end stays blank, and the pages counted are
 * the pages the whole form takes.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <cairo-pdf.h>

#include "alignment-survey-form.h"

#define SCALE 0.5

/* An A4 page at half a point a pixel, filled with a colour no page
 * paints (pure blue) so that painting nothing shows. */
static cairo_surface_t *
blank_page (cairo_t **cr)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24,
                                                         (int) (ALIGNMENT_SURVEY_FORM_WIDTH * SCALE),
                                                         (int) (ALIGNMENT_SURVEY_FORM_HEIGHT * SCALE));

  *cr = cairo_create (surface);
  cairo_set_source_rgb (*cr, 0, 0, 1);
  cairo_paint (*cr);
  cairo_scale (*cr, SCALE, SCALE);
  return surface;
}

typedef struct
{
  guint blue;   /* left as it was */
  guint ink;    /* dark: text and boxes */
} Count;

static Count
count_pixels (cairo_surface_t *surface)
{
  Count count = { 0, 0 };
  int stride = cairo_image_surface_get_stride (surface);
  const guchar *data;

  cairo_surface_flush (surface);
  data = cairo_image_surface_get_data (surface);
  for (int y = 0; y < cairo_image_surface_get_height (surface); y++)
    for (int x = 0; x < cairo_image_surface_get_width (surface); x++)
      {
        guint32 pixel = *(const guint32 *) (data + y * stride + x * 4);
        guint r = (pixel >> 16) & 0xff, g = (pixel >> 8) & 0xff, b = pixel & 0xff;

        count.blue += r == 0 && g == 0 && b == 255;
        count.ink += r < 96 && g < 96 && b < 96;
      }
  return count;
}

/* Paints page @page of @party's form; returns what it reports and
 * counts the pixels. */
static guint
paint_page (AlignmentCase  *c,
            AlignmentParty  party,
            guint           page,
            Count          *count)
{
  cairo_t *cr;
  cairo_surface_t *surface = blank_page (&cr);
  guint pages = alignment_survey_form_paint_page (cr, c, party,
                                                  alignment_palette_get (ALIGNMENT_PALETTE_PRINT, ALIGNMENT_SCALE_RED_GREEN),
                                                  page);

  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  *count = count_pixels (surface);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  return pages;
}

/* The whole form as alignment_survey_form_paint() draws it: its page
 * count. */
static guint
form_pages (AlignmentCase  *c,
            AlignmentParty  party)
{
  cairo_surface_t *surface = cairo_pdf_surface_create_for_stream (NULL, NULL, ALIGNMENT_SURVEY_FORM_WIDTH,
                                                                  ALIGNMENT_SURVEY_FORM_HEIGHT);
  cairo_t *cr = cairo_create (surface);
  guint pages = alignment_survey_form_paint (cr, c, party,
                                             alignment_palette_get (ALIGNMENT_PALETTE_PRINT, ALIGNMENT_SCALE_RED_GREEN));

  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  return pages;
}

/* The default wording fits one page per party. */
static void
test_form_one_page (void)
{
  g_autoptr(AlignmentCase) c = alignment_case_new ();
  Count first, past;

  g_assert_cmpuint (paint_page (c, ALIGNMENT_PARTY_CUSTOMER, 0, &first), ==, 1);
  g_assert_cmpuint (form_pages (c, ALIGNMENT_PARTY_CUSTOMER), ==, 1);
  /* White paper with text on it, all of the page painted. */
  g_assert_cmpuint (first.blue, ==, 0);
  g_assert_cmpuint (first.ink, >, 300);

  /* Past the end: counted, not painted. */
  g_assert_cmpuint (paint_page (c, ALIGNMENT_PARTY_PROVIDER, 1, &past), ==, 1);
  g_assert_cmpuint (past.ink, ==, 0);
  g_assert_cmpuint (past.blue, ==, (guint) (int) (ALIGNMENT_SURVEY_FORM_WIDTH * SCALE)
                                   * (guint) (int) (ALIGNMENT_SURVEY_FORM_HEIGHT * SCALE));
}

/* A long wording runs on: each page drawn on its own, the second with
 * the statements the first had no room for. */
static void
test_form_long_wording (void)
{
  g_autoptr(AlignmentCase) c = alignment_case_new ();
  GListStore *items = alignment_case_get_survey_items (c);
  g_autoptr(GString) text = g_string_new (NULL);
  Count first, second, third;
  guint pages;

  for (guint i = 0; i < 40; i++)
    g_string_append (text, "The other party keeps every promise it makes in the steering board. ");
  for (guint number = 1; number <= 12; number++)
    {
      g_autoptr(AlignmentSurveyItem) item =
        alignment_survey_item_new (number, (number - 1) / 4, FALSE, text->str);

      g_list_store_append (items, item);
    }

  pages = paint_page (c, ALIGNMENT_PARTY_CUSTOMER, 0, &first);
  g_assert_cmpuint (pages, >, 1);
  g_assert_cmpuint (pages, ==, form_pages (c, ALIGNMENT_PARTY_CUSTOMER));
  g_assert_cmpuint (paint_page (c, ALIGNMENT_PARTY_CUSTOMER, 1, &second), ==, pages);
  g_assert_cmpuint (paint_page (c, ALIGNMENT_PARTY_CUSTOMER, pages, &third), ==, pages);

  g_assert_cmpuint (first.blue, ==, 0);
  g_assert_cmpuint (second.blue, ==, 0);
  g_assert_cmpuint (first.ink, >, 300);
  g_assert_cmpuint (second.ink, >, 300);
  /* Not the first page again. */
  g_assert_cmpuint (first.ink, !=, second.ink);
  g_assert_cmpuint (third.ink, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/survey-form/one-page", test_form_one_page);
  g_test_add_func ("/survey-form/long-wording", test_form_long_wording);

  return g_test_run ();
}
