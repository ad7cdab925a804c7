/* test-agreement-render.c: what the figures show of the two parties'
 * differing judgements: the timeline's mark and legend entry, and the
 * heatmap's views of each party and their difference
 *
 * tests/data/agreement.alignment: 1a, 1b, 1c and 2a were judged
 * differently (an impact, the urgency or "understood"), 2b alike.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <cairo.h>
#include <glib/gstdio.h>

#include "alignment-core.h"
#include "alignment-heatmap-layout.h"
#include "alignment-timeline-layout.h"
#include "alignment-timeline-painter.h"
#include "../test-example.h"

static AlignmentCase *
load_agreement (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("ALIGNMENT_TEST_DATA"), "agreement.alignment", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  AlignmentCase *self = alignment_case_load (file, NULL, &error);

  g_assert_no_error (error);
  return self;
}

static AlignmentTimelineLayout *
timeline_layout (AlignmentTimelineData *data)
{
  AlignmentTimelineOptions options;

  alignment_timeline_options_init (&options, data);
  options.today = 0;
  options.font_size = 10;
  options.width = 800;
  options.height = alignment_timeline_natural_height (data, &options);
  return alignment_timeline_layout_new (data, &options);
}

static gboolean
has_differs_legend (const AlignmentTimelineLayout *layout)
{
  for (guint i = 0; i < layout->legend_items->len; i++)
    if (g_array_index (layout->legend_items, AlignmentTimelineLegendItem, i).kind == ALIGNMENT_LEGEND_DIFFERS)
      return TRUE;
  return FALSE;
}

static const AlignmentTimelineMarker *
marker_of (const AlignmentTimelineLayout *layout,
           const char                    *id)
{
  for (guint i = 0; i < layout->markers->len; i++)
    if (g_str_equal (g_array_index (layout->markers, AlignmentTimelineMarker, i).id, id))
      return &g_array_index (layout->markers, AlignmentTimelineMarker, i);
  g_assert_not_reached ();
}

static void
test_timeline_layout (void)
{
  g_autoptr(AlignmentCase) self = load_agreement ();
  g_autoptr(AlignmentCase) example = load_example ();
  g_autoptr(AlignmentTimelineData) data = alignment_timeline_data_new_for_case (self);
  g_autoptr(AlignmentTimelineData) example_data = alignment_timeline_data_new_for_case (example);
  g_autoptr(AlignmentTimelineLayout) layout = timeline_layout (data);
  g_autoptr(AlignmentTimelineLayout) example_layout = timeline_layout (example_data);

  g_assert_true (marker_of (layout, "1a")->differs);
  g_assert_true (marker_of (layout, "1b")->differs);
  g_assert_true (marker_of (layout, "1c")->differs);
  g_assert_true (marker_of (layout, "2a")->differs);
  g_assert_false (marker_of (layout, "2b")->differs);
  g_assert_true (has_differs_legend (layout));

  /* A case one author kept has no such mark, and no legend entry. */
  for (guint i = 0; i < example_layout->markers->len; i++)
    g_assert_false (g_array_index (example_layout->markers, AlignmentTimelineMarker, i).differs);
  g_assert_false (has_differs_legend (example_layout));
}

static cairo_surface_t *
paint (const AlignmentTimelineLayout *layout)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int) layout->options.width,
                                                         (int) layout->options.height);
  cairo_t *cr = cairo_create (surface);
  AlignmentTimelineStyle style;

  alignment_timeline_style_init (&style);
  alignment_timeline_paint (cr, layout, &style);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
}

/* Pixels that differ in the box around (@x, @y). */
static guint
differing_pixels (cairo_surface_t *a,
                  cairo_surface_t *b,
                  double           x,
                  double           y,
                  int              half)
{
  int stride = cairo_image_surface_get_stride (a);
  int width = cairo_image_surface_get_width (a), height = cairo_image_surface_get_height (a);
  const guint8 *pa = cairo_image_surface_get_data (a), *pb = cairo_image_surface_get_data (b);
  guint n = 0;

  for (int row = MAX ((int) y - half, 0); row < MIN ((int) y + half, height); row++)
    for (int col = MAX ((int) x - half, 0); col < MIN ((int) x + half, width); col++)
      n += memcmp (pa + row * stride + col * 4, pb + row * stride + col * 4, 4) != 0;
  return n;
}

/* The mark is painted beside the marker: the same figure without it
 * differs there, and only around the signals judged differently. */
static void
test_timeline_mark_painted (void)
{
  g_autoptr(AlignmentCase) self = load_agreement ();
  g_autoptr(AlignmentTimelineData) data = alignment_timeline_data_new_for_case (self);
  g_autoptr(AlignmentTimelineLayout) layout = timeline_layout (data);
  cairo_surface_t *with, *without;
  const AlignmentTimelineMarker *a, *b;

  with = paint (layout);
  for (guint i = 0; i < layout->markers->len; i++)
    g_array_index (layout->markers, AlignmentTimelineMarker, i).differs = FALSE;
  without = paint (layout);

  a = marker_of (layout, "1c");
  b = marker_of (layout, "2b");
  g_assert_cmpuint (differing_pixels (with, without, a->x - a->radius, a->y + a->radius, 8), >, 10);
  g_assert_cmpuint (differing_pixels (with, without, b->x - b->radius, b->y + b->radius, 8), ==, 0);

  cairo_surface_destroy (with);
  cairo_surface_destroy (without);
}

/* Print and export draw the same legend: the PDF says what the mark
 * means. */
static void
test_timeline_pdf_legend (void)
{
  g_autoptr(AlignmentCase) self = load_agreement ();
  g_autoptr(AlignmentTimelineData) data = alignment_timeline_data_new_for_case (self);
  g_autofree char *dir = g_dir_make_tmp ("agreement-XXXXXX", NULL);
  g_autofree char *pdf = g_build_filename (dir, "timeline.pdf", NULL);
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  AlignmentTimelineOptions options;
  int status = 0;

  alignment_timeline_options_init (&options, data);
  options.today = 0;
  options.width = 1000;
  options.height = alignment_timeline_natural_height (data, &options);
  g_assert_true (alignment_timeline_write_file (data, &options, NULL, pdf, 72, &error));
  g_assert_no_error (error);

  if (pdftotext == NULL)
    g_test_skip ("pdftotext (poppler-utils) is not installed: the PDF's text was not read");
  else
    {
      const char *argv[] = { pdftotext, pdf, "-", NULL };

      g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL,
                                   &text, NULL, &status, &error));
      g_assert_no_error (error);
      g_assert_nonnull (strstr (text, "Judged differently by the parties"));
      g_assert_nonnull (strstr (text, "≠"));
    }

  g_unlink (pdf);
  g_rmdir (dir);
}

static void
fake_measure (const char *text,
              double      size,
              gboolean    bold,
              double     *width,
              double     *height,
              gpointer    user_data)
{
  *width = g_utf8_strlen (text, -1) * size * 0.6;
  *height = size * 1.25;
}

static int
value (const AlignmentHeatmapLayout *layout,
       guint                         row,
       guint                         column)
{
  return alignment_heatmap_layout_get_cell (layout, row, column)->value;
}

/* Rows: customer contractual, operational, relational, then the
 * provider's; columns February, March, April 2024. */
static void
test_heatmap_views (void)
{
  g_autoptr(AlignmentCase) self = load_agreement ();
  AlignmentSignal **signals;
  AlignmentHeatmapLayout *layouts[4];
  guint n;

  signals = alignment_signal_list_peek (alignment_case_get_signals (self), &n);
  for (guint v = 0; v < 4; v++)
    {
      AlignmentHeatmapLayoutOptions options = { .measure = fake_measure, .title = "", .view = v };

      layouts[v] = alignment_heatmap_layout_new ((AlignmentSignal * const *) signals, n, ALIGNMENT_BUCKET_MONTH,
                                                 ALIGNMENT_HEATMAP_NET, &options);
      g_assert_cmpuint (layouts[v]->n_columns, ==, 3);
    }

  /* The provider's contractual trust in February (1a): the provider
   * said same, the customer estimated negative. */
  g_assert_cmpint (value (layouts[ALIGNMENT_PERCEPTION_VIEW_OWN], 3, 0), ==, 0);
  g_assert_cmpint (value (layouts[ALIGNMENT_PERCEPTION_VIEW_PROVIDER], 3, 0), ==, 0);
  g_assert_cmpint (value (layouts[ALIGNMENT_PERCEPTION_VIEW_CUSTOMER], 3, 0), ==, -1);
  g_assert_cmpint (value (layouts[ALIGNMENT_PERCEPTION_VIEW_DIFFERENCE], 3, 0), ==, -1);
  /* The customer's operational trust in February (1b): its own
   * positive, the provider's estimate same. */
  g_assert_cmpint (value (layouts[ALIGNMENT_PERCEPTION_VIEW_CUSTOMER], 1, 0), ==, 1);
  g_assert_cmpint (value (layouts[ALIGNMENT_PERCEPTION_VIEW_PROVIDER], 1, 0), ==, 0);
  g_assert_cmpint (value (layouts[ALIGNMENT_PERCEPTION_VIEW_DIFFERENCE], 1, 0), ==, 1);
  /* The provider's relational trust in March (2a): its own negative,
   * the customer's estimate positive: two steps apart. */
  g_assert_cmpint (value (layouts[ALIGNMENT_PERCEPTION_VIEW_OWN], 5, 1), ==, -1);
  g_assert_cmpint (value (layouts[ALIGNMENT_PERCEPTION_VIEW_CUSTOMER], 5, 1), ==, 1);
  g_assert_cmpint (value (layouts[ALIGNMENT_PERCEPTION_VIEW_DIFFERENCE], 5, 1), ==, 2);
  /* Where they agree, the difference is zero: April (2b). */
  g_assert_cmpint (value (layouts[ALIGNMENT_PERCEPTION_VIEW_DIFFERENCE], 2, 2), ==, 0);

  /* The signals behind a cell of the difference are those the parties
   * judged apart: February's provider contractual cell holds 1a only,
   * though 1b falls in the same month. */
  {
    g_autoptr(GArray) february = alignment_heatmap_layout_cell_signals (layouts[ALIGNMENT_PERCEPTION_VIEW_DIFFERENCE],
                                                                         (AlignmentSignal * const *) signals, n, 3, 0);
    g_autoptr(GArray) april = alignment_heatmap_layout_cell_signals (layouts[ALIGNMENT_PERCEPTION_VIEW_DIFFERENCE],
                                                                      (AlignmentSignal * const *) signals, n, 2, 2);
    g_autoptr(GArray) february_own = alignment_heatmap_layout_cell_signals (layouts[ALIGNMENT_PERCEPTION_VIEW_OWN],
                                                                             (AlignmentSignal * const *) signals, n, 3, 0);

    g_assert_cmpuint (february->len, ==, 1);
    g_assert_cmpstr (alignment_signal_get_id (signals[g_array_index (february, guint, 0)]), ==, "1a");
    /* The provider's own "same" moved nothing: its own cell is empty. */
    g_assert_cmpuint (february_own->len, ==, 0);
    /* 2b: both said "same": nothing to tell apart */
    g_assert_cmpuint (april->len, ==, 0);
  }

  /* The caption says whose view it is. */
  g_assert_null (strstr (layouts[ALIGNMENT_PERCEPTION_VIEW_OWN]->subtitle.text, "view"));
  g_assert_nonnull (strstr (layouts[ALIGNMENT_PERCEPTION_VIEW_CUSTOMER]->subtitle.text, "The customer’s view"));

  for (guint v = 0; v < 4; v++)
    alignment_heatmap_layout_free (layouts[v]);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/agreement-render/timeline/layout", test_timeline_layout);
  g_test_add_func ("/agreement-render/timeline/mark-painted", test_timeline_mark_painted);
  g_test_add_func ("/agreement-render/timeline/pdf-legend", test_timeline_pdf_legend);
  g_test_add_func ("/agreement-render/heatmap/views", test_heatmap_views);

  return g_test_run ();
}
