/* test-heatmap-layout.c: the heatmap's geometry with no surface, and its
 * pixels against reference images
 *
 * The layout tests measure text with a fixed-pitch fake (0.6 em a
 * character, 1.25 em a line), so their figures do not depend on the
 * fonts installed.  The reference images are drawn with the real fonts
 * by the painter and compared at a tolerance; ALIGNMENT_UPDATE_REFERENCES=1
 * rewrites them (look at them before committing).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <glib/gstdio.h>

#include "alignment-core.h"
#include "alignment-heatmap-layout.h"
#include "alignment-heatmap-painter.h"
#include "alignment-palette.h"
#include "../test-example.h"

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

static AlignmentHeatmapLayout *
example_layout (AlignmentBucketKind                  kind,
                AlignmentHeatmapMode                 mode,
                const AlignmentHeatmapLayoutOptions *options)
{
  g_autoptr(AlignmentCase) self = load_example ();
  AlignmentSignal **signals;
  guint n;

  signals = alignment_signal_list_peek (alignment_case_get_signals (self), &n);
  return alignment_heatmap_layout_new ((AlignmentSignal * const *) signals, n, kind, mode, options);
}

static gboolean
rect_inside (const AlignmentRect *inner,
             const AlignmentRect *outer)
{
  return inner->x >= outer->x - 1e-9 && inner->y >= outer->y - 1e-9
      && inner->x + inner->width <= outer->x + outer->width + 1e-9
      && inner->y + inner->height <= outer->y + outer->height + 1e-9;
}

static gboolean
rects_overlap (const AlignmentRect *a,
               const AlignmentRect *b)
{
  return a->x < b->x + b->width && b->x < a->x + a->width
      && a->y < b->y + b->height && b->y < a->y + a->height;
}

/* ---- Geometry --------------------------------------------------------------- */

static void
test_geometry (void)
{
  AlignmentHeatmapLayoutOptions options = { .measure = fake_measure };
  g_autoptr(AlignmentHeatmapLayout) layout = example_layout (ALIGNMENT_BUCKET_MONTH, ALIGNMENT_HEATMAP_NET, &options);
  const AlignmentHeatmapCell *a, *b;
  double w, h;

  g_assert_cmpuint (layout->n_rows, ==, 6);
  g_assert_cmpuint (layout->n_columns, ==, 4);
  g_assert_cmpstr (layout->row_labels[0].text, ==, "Customer · Contractual — honesty in exchange");
  g_assert_cmpstr (layout->row_labels[4].text, ==, "Service provider · Operational — good-faith effort");
  /* Readable month names; the bucket keeps its stable key. */
  g_assert_cmpstr (layout->column_labels[0].text, ==, "Feb 2024");
  g_assert_cmpstr (layout->column_names[3], ==, "May 2024");
  g_assert_cmpstr (g_array_index (layout->heatmap->buckets, AlignmentBucket, 0).label, ==, "2024-02");
  g_assert_cmpstr (layout->axis_label.text, ==, "Month");
  /* No header on screen. */
  g_assert_null (layout->title.text);

  /* The widest row label ("Service provider · Contractual — honesty in
   * exchange", 52 characters of 6 pt) and two paddings of 6 pt: the grid
   * starts at 324. */
  g_assert_cmpfloat (layout->grid.x, ==, 324);
  a = alignment_heatmap_layout_get_cell (layout, 0, 0);
  w = a->rect.width;
  h = a->rect.height;
  /* Natural column: the widest of 3.6 em (36), "−3" + 2 × 6, and the
   * label "Feb 2024" (48) + 6: 54; rows 2.4 em. */
  g_assert_cmpfloat (w, ==, 54);
  g_assert_cmpfloat (h, ==, 24);
  g_assert_cmpfloat (a->rect.x, ==, layout->grid.x);
  g_assert_cmpfloat (a->rect.y, ==, layout->grid.y);

  /* Columns side by side; the provider's rows after a gap of 8. */
  for (guint row = 0; row < 6; row++)
    for (guint col = 0; col < 4; col++)
      {
        b = alignment_heatmap_layout_get_cell (layout, row, col);
        g_assert_cmpuint (b->row, ==, row);
        g_assert_cmpuint (b->column, ==, col);
        g_assert_cmpuint (b->party_index, ==, row / 3);
        g_assert_cmpint (b->realm, ==, row % 3);
        g_assert_cmpfloat (b->rect.x, ==, layout->grid.x + col * w);
        g_assert_cmpfloat (b->rect.y, ==, layout->grid.y + row * h + (row >= 3 ? 8 : 0));
        g_assert_true (rect_inside (&b->rect, &layout->grid));
        /* Row labels end left of the grid, centred on their row. */
        g_assert_cmpfloat (layout->row_labels[row].rect.x + layout->row_labels[row].rect.width, <=, layout->grid.x);
      }
  g_assert_cmpfloat (layout->grid.width, ==, 4 * w);
  g_assert_cmpfloat (layout->grid.height, ==, 6 * h + 8);

  /* The values: March, customer operational, is −3, the darkest red. */
  b = alignment_heatmap_layout_get_cell (layout, 1, 1);
  g_assert_cmpint (b->value, ==, -3);
  g_assert_cmpstr (b->value_text, ==, "\u22123");
  g_assert_cmpstr (b->label.text, ==, "\u22123");
  g_assert_true (rect_inside (&b->label.rect, &b->rect));
  g_assert_cmpfloat (b->tone, ==, -1.0);
  g_assert_cmpint (layout->scale, ==, 3);
  /* +1 of 3: a visible tint (square root), not a third. */
  b = alignment_heatmap_layout_get_cell (layout, 2, 0);
  g_assert_cmpstr (b->value_text, ==, "+1");
  g_assert_cmpfloat (fabs (b->tone - sqrt (1.0 / 3)), <, 1e-9);

  /* Each row's total after the grid, apart from it: the widest of
   * "Total" in bold (30) + 2 × 6 and 3.6 em: 42, after a gap of 6.
   * Customer operational: 0 − 3 + 1 + 1. */
  g_assert_cmpstr (layout->total_label.text, ==, "Total");
  g_assert_true (layout->total_label.bold);
  g_assert_nonnull (layout->totals);
  g_assert_cmpfloat (layout->total_rect.x, ==, layout->grid.x + layout->grid.width + 6);
  g_assert_cmpfloat (layout->total_rect.width, ==, 42);
  g_assert_cmpfloat (layout->total_label.rect.x, >=, layout->total_rect.x);
  g_assert_cmpfloat (layout->total_label.rect.y + layout->total_label.rect.height, <=, layout->grid.y);
  for (guint row = 0; row < 6; row++)
    {
      const AlignmentHeatmapCell *total = &layout->totals[row];
      int sum = 0;

      for (guint col = 0; col < 4; col++)
        sum += alignment_heatmap_layout_get_cell (layout, row, col)->value;
      g_assert_cmpint (total->value, ==, sum);
      g_assert_cmpuint (total->column, ==, 4);
      g_assert_cmpfloat (total->rect.y, ==, alignment_heatmap_layout_get_cell (layout, row, 0)->rect.y);
      g_assert_true (rect_inside (&total->rect, &layout->total_rect));
      g_assert_true (total->label.bold);
      /* Not a cell of the grid: the pointer does not reach it. */
      g_assert_false (alignment_heatmap_layout_cell_at (layout, total->rect.x + 1, total->rect.y + 1, NULL, NULL));
    }
  g_assert_cmpint (layout->totals[1].value, ==, -1);
  g_assert_cmpstr (layout->totals[1].label.text, ==, "\u22121");

  /* Everything inside the figure. */
  g_assert_cmpfloat (layout->grid.x + layout->grid.width, <=, layout->width);
  g_assert_cmpfloat (layout->total_rect.x + layout->total_rect.width, <=, layout->width);
  g_assert_cmpfloat (layout->legend_ticks[0].rect.y + layout->legend_ticks[0].rect.height, <=, layout->height);
}

static void
test_label_fitting (void)
{
  AlignmentHeatmapLayoutOptions options = { .measure = fake_measure };
  g_autoptr(AlignmentHeatmapLayout) narrow = NULL;
  g_autoptr(AlignmentHeatmapLayout) weeks = NULL;

  /* 4 columns in 40 points (after the totals' 6 + 42): cells of 10, too
   * small for "−3" (12 + 2 × 2.4 margin) or any month label. */
  options.width = 324 + 40 + 48;
  narrow = example_layout (ALIGNMENT_BUCKET_MONTH, ALIGNMENT_HEATMAP_NET, &options);
  g_assert_cmpfloat (alignment_heatmap_layout_get_cell (narrow, 0, 0)->rect.width, ==, 10);
  for (guint i = 0; i < narrow->n_rows * narrow->n_columns; i++)
    {
      /* Nothing drawn, but the value is still there to read out. */
      g_assert_null (narrow->cells[i].label.text);
      g_assert_nonnull (narrow->cells[i].value_text);
    }
  /* "Feb 2024" is 48 + 6 wide: every sixth label. */
  g_assert_nonnull (narrow->column_labels[0].text);
  g_assert_null (narrow->column_labels[1].text);
  g_assert_null (narrow->column_labels[3].text);
  /* The row labels never shrink. */
  g_assert_cmpstr (narrow->row_labels[0].text, ==, "Customer · Contractual — honesty in exchange");

  /* 15 weeks in 324 + 300 (and the totals): cells of 20; "W5 2024"
   * (42 + 6) every third. */
  options.width = 324 + 300 + 48;
  weeks = example_layout (ALIGNMENT_BUCKET_WEEK, ALIGNMENT_HEATMAP_NET, &options);
  g_assert_cmpuint (weeks->n_columns, ==, 15);
  g_assert_cmpstr (weeks->column_labels[0].text, ==, "W5 2024");
  g_assert_cmpstr (weeks->column_names[14], ==, "W19 2024");
  g_assert_cmpfloat (alignment_heatmap_layout_get_cell (weeks, 0, 0)->rect.width, ==, 20);
  for (guint col = 0; col < 15; col++)
    {
      g_assert_true ((weeks->column_labels[col].text != NULL) == (col % 3 == 0));
      if (weeks->column_labels[col].text != NULL && col + 3 < 15)
        g_assert_false (rects_overlap (&weeks->column_labels[col].rect, &weeks->column_labels[col + 3].rect));
    }
  /* "+1" (12) fits a 20-point cell with its margins; empty weeks say nothing. */
  g_assert_cmpstr (alignment_heatmap_layout_get_cell (weeks, 1, 2)->label.text, ==, "\u22121");
  g_assert_true (alignment_heatmap_layout_get_cell (weeks, 0, 5)->empty);
  g_assert_null (alignment_heatmap_layout_get_cell (weeks, 0, 5)->label.text);

  /* A wide window does not turn four columns into posters: 7 em. */
  options.width = 2000;
  g_clear_pointer (&narrow, alignment_heatmap_layout_free);
  narrow = example_layout (ALIGNMENT_BUCKET_MONTH, ALIGNMENT_HEATMAP_NET, &options);
  g_assert_cmpfloat (alignment_heatmap_layout_get_cell (narrow, 0, 0)->rect.width, ==, 70);
  g_assert_cmpfloat (narrow->width, ==, 2000);

}

static void
test_legend (void)
{
  AlignmentHeatmapLayoutOptions options = { .measure = fake_measure };
  g_autoptr(AlignmentHeatmapLayout) layout = example_layout (ALIGNMENT_BUCKET_MONTH, ALIGNMENT_HEATMAP_NET, &options);
  g_autoptr(AlignmentHeatmapLayout) gap = example_layout (ALIGNMENT_BUCKET_MONTH, ALIGNMENT_HEATMAP_GAP, &options);
  const AlignmentRect *bar = &layout->legend_bar;

  g_assert_cmpstr (layout->legend_ticks[0].text, ==, "\u22123");
  g_assert_cmpstr (layout->legend_ticks[1].text, ==, "0");
  g_assert_cmpstr (layout->legend_ticks[2].text, ==, "+3");
  g_assert_cmpstr (layout->legend_low.text, ==, "Trust lost");
  g_assert_cmpstr (layout->legend_high.text, ==, "Trust gained");

  /* Below the grid; lost on the left, gained on the right. */
  g_assert_cmpfloat (bar->y, >, layout->grid.y + layout->grid.height);
  g_assert_cmpfloat (bar->width, >, 0);
  g_assert_cmpfloat (layout->legend_low.rect.x + layout->legend_low.rect.width, <=, bar->x);
  g_assert_cmpfloat (layout->legend_high.rect.x, >=, bar->x + bar->width);
  /* The ticks at the bar's ends and middle, under it. */
  g_assert_cmpfloat (layout->legend_ticks[0].rect.x, ==, bar->x);
  g_assert_cmpfloat (layout->legend_ticks[2].rect.x + layout->legend_ticks[2].rect.width, ==, bar->x + bar->width);
  g_assert_cmpfloat (fabs (layout->legend_ticks[1].rect.x + layout->legend_ticks[1].rect.width / 2
                           - (bar->x + bar->width / 2)), <, 1e-9);
  for (guint i = 0; i < 3; i++)
    g_assert_cmpfloat (layout->legend_ticks[i].rect.y, >=, bar->y + bar->height);
  g_assert_cmpfloat (layout->legend_high.rect.x + layout->legend_high.rect.width, <=, layout->width);

  /* The gap's ends mean something else; its scale is its own: ±2. */
  g_assert_cmpstr (gap->legend_low.text, ==, "Provider more positive");
  g_assert_cmpstr (gap->legend_high.text, ==, "Customer more positive");
  g_assert_cmpint (gap->scale, ==, 2);
}

static void
test_modes (void)
{
  AlignmentHeatmapLayoutOptions options = { .measure = fake_measure };
  g_autoptr(AlignmentHeatmapLayout) running = example_layout (ALIGNMENT_BUCKET_MONTH, ALIGNMENT_HEATMAP_CUMULATIVE, &options);
  g_autoptr(AlignmentHeatmapLayout) split = example_layout (ALIGNMENT_BUCKET_MONTH, ALIGNMENT_HEATMAP_SPLIT, &options);
  g_autoptr(AlignmentHeatmapLayout) gap = example_layout (ALIGNMENT_BUCKET_THREAD, ALIGNMENT_HEATMAP_GAP, &options);
  const AlignmentHeatmapCell *cell;

  /* Running sums (test-analysis.c): customer operational 0 −3 −2 −1;
   * the total is the net over them all, the last running sum. */
  g_assert_cmpint (alignment_heatmap_layout_get_cell (running, 1, 0)->value, ==, 0);
  g_assert_cmpint (alignment_heatmap_layout_get_cell (running, 1, 1)->value, ==, -3);
  g_assert_cmpint (alignment_heatmap_layout_get_cell (running, 1, 2)->value, ==, -2);
  g_assert_cmpint (alignment_heatmap_layout_get_cell (running, 1, 3)->value, ==, -1);
  g_assert_cmpint (running->totals[1].value, ==, -1);

  /* Split, April, customer operational: gained 3, lost 2, one number
   * in each half of a taller cell. */
  cell = alignment_heatmap_layout_get_cell (split, 1, 2);
  g_assert_cmpint (cell->gained, ==, 3);
  g_assert_cmpint (cell->lost, ==, 2);
  g_assert_cmpstr (cell->value_text, ==, "+3 \u22122");
  g_assert_cmpstr (cell->label.text, ==, "+3");
  g_assert_cmpstr (cell->label_lost.text, ==, "\u22122");
  g_assert_cmpfloat (cell->rect.height, ==, 34);
  g_assert_cmpfloat (cell->label.rect.y + cell->label.rect.height, <=, cell->rect.y + cell->rect.height / 2);
  g_assert_cmpfloat (cell->label_lost.rect.y, >=, cell->rect.y + cell->rect.height / 2);
  g_assert_cmpfloat (cell->tone, ==, 1.0);
  g_assert_cmpfloat (cell->tone_lost, <, 0);
  /* The split total: all the gains and all the losses, in two halves. */
  {
    int gained = 0, lost = 0;

    for (guint col = 0; col < split->n_columns; col++)
      {
        gained += alignment_heatmap_layout_get_cell (split, 1, col)->gained;
        lost += alignment_heatmap_layout_get_cell (split, 1, col)->lost;
      }
    g_assert_cmpint (split->totals[1].gained, ==, gained);
    g_assert_cmpint (split->totals[1].lost, ==, lost);
    g_assert_cmpint (split->totals[1].value, ==, gained - lost);
    g_assert_nonnull (split->totals[1].label.text);
    g_assert_nonnull (split->totals[1].label_lost.text);
  }
  /* March: losses only; the gains' half stays blank. */
  cell = alignment_heatmap_layout_get_cell (split, 1, 1);
  g_assert_null (cell->label.text);
  g_assert_cmpstr (cell->label_lost.text, ==, "\u22123");

  /* Gap by thread: three rows, one per realm (test-findings.c). */
  g_assert_cmpuint (gap->n_rows, ==, 3);
  g_assert_cmpstr (gap->row_labels[1].text, ==, "Customer − provider · Operational — good-faith effort");
  g_assert_cmpint (alignment_heatmap_layout_get_cell (gap, 0, 1)->value, ==, -1);
  g_assert_cmpint (alignment_heatmap_layout_get_cell (gap, 2, 2)->value, ==, 1);
  g_assert_cmpuint (alignment_heatmap_layout_get_cell (gap, 2, 2)->party_index, ==, ALIGNMENT_N_PARTIES);
  g_assert_cmpstr (gap->axis_label.text, ==, "Thread");
  /* Threads keep their numbers. */
  g_assert_cmpstr (gap->column_names[0], ==, g_array_index (gap->heatmap->buckets, AlignmentBucket, 0).label);
}

static void
test_hit_testing (void)
{
  AlignmentHeatmapLayoutOptions options = { .measure = fake_measure };
  g_autoptr(AlignmentHeatmapLayout) layout = example_layout (ALIGNMENT_BUCKET_MONTH, ALIGNMENT_HEATMAP_NET, &options);
  g_autoptr(AlignmentCase) self = load_example ();
  g_autoptr(GArray) positions = NULL;
  AlignmentSignal **signals;
  guint row, column, n;

  for (guint r = 0; r < layout->n_rows; r++)
    for (guint c = 0; c < layout->n_columns; c++)
      {
        const AlignmentRect *rect = &alignment_heatmap_layout_get_cell (layout, r, c)->rect;

        g_assert_true (alignment_heatmap_layout_cell_at (layout, rect->x + rect->width / 2,
                                                         rect->y + rect->height / 2, &row, &column));
        g_assert_cmpuint (row, ==, r);
        g_assert_cmpuint (column, ==, c);
        /* The top left corner belongs to the cell, the bottom right to the next. */
        g_assert_true (alignment_heatmap_layout_cell_at (layout, rect->x, rect->y, &row, &column));
        g_assert_cmpuint (row, ==, r);
        g_assert_cmpuint (column, ==, c);
      }

  /* Not on the labels, the gap between the parties, or past the grid. */
  g_assert_false (alignment_heatmap_layout_cell_at (layout, 10, layout->grid.y + 5, &row, &column));
  g_assert_false (alignment_heatmap_layout_cell_at (layout, layout->grid.x + 5, layout->grid.y + 3 * 24 + 4, &row, &column));
  g_assert_false (alignment_heatmap_layout_cell_at (layout, layout->grid.x + layout->grid.width + 1,
                                                    layout->grid.y + 5, &row, &column));
  g_assert_false (alignment_heatmap_layout_cell_at (layout, layout->grid.x + 5, layout->grid.y - 1, &row, &column));

  /* The signals behind the cell the pointer is on. */
  g_assert_true (alignment_heatmap_layout_cell_at (layout, layout->grid.x + 2 * 54 + 1,
                                                   layout->grid.y + 24 + 1, &row, &column));
  signals = alignment_signal_list_peek (alignment_case_get_signals (self), &n);
  positions = alignment_heatmap_layout_cell_signals (layout, (AlignmentSignal * const *) signals, n, row, column);
  g_assert_cmpuint (positions->len, ==, 5);
  g_assert_cmpstr (alignment_signal_get_id (signals[g_array_index (positions, guint, 0)]), ==, "2c");
}

static void
test_header_and_empty (void)
{
  AlignmentHeatmapLayoutOptions options = {
    .measure = fake_measure,
    .title = "Moving to SAFe",
    .period = "2024-02-01 – 2024-06-30",
  };
  g_autoptr(AlignmentHeatmapLayout) layout = example_layout (ALIGNMENT_BUCKET_QUARTER, ALIGNMENT_HEATMAP_NET, &options);
  g_autoptr(AlignmentHeatmapLayout) empty = NULL;

  g_assert_cmpstr (layout->title.text, ==, "Moving to SAFe");
  g_assert_true (layout->title.bold);
  g_assert_cmpfloat (layout->title.size, >, 10);
  g_assert_cmpstr (layout->subtitle.text, ==, "2024-02-01 – 2024-06-30 · By quarter · Net change");
  g_assert_cmpfloat (layout->subtitle.rect.y, >=, layout->title.rect.y + layout->title.rect.height);
  g_assert_cmpfloat (layout->axis_label.rect.y, >=, layout->subtitle.rect.y + layout->subtitle.rect.height);
  g_assert_cmpuint (layout->n_columns, ==, 2);

  empty = alignment_heatmap_layout_new (NULL, 0, ALIGNMENT_BUCKET_MONTH, ALIGNMENT_HEATMAP_NET, &options);
  g_assert_cmpuint (empty->n_columns, ==, 0);
  g_assert_cmpstr (empty->empty.text, ==, "No signal has a start date.");
  g_assert_null (empty->legend_low.text);
  g_assert_false (alignment_heatmap_layout_cell_at (empty, 10, 10, NULL, NULL));
  g_assert_cmpfloat (empty->height, >, empty->empty.rect.y);
}

/* ---- Pixels ----------------------------------------------------------------- */

/* The mean difference of the channels, 0 … 255, or -1 when the sizes
 * differ. */
static double
image_difference (cairo_surface_t *a,
                  cairo_surface_t *b)
{
  int w = cairo_image_surface_get_width (a), h = cairo_image_surface_get_height (a);
  const guint8 *pa, *pb;
  guint64 sum = 0;

  if (w != cairo_image_surface_get_width (b) || h != cairo_image_surface_get_height (b))
    return -1;

  cairo_surface_flush (a);
  cairo_surface_flush (b);
  pa = cairo_image_surface_get_data (a);
  pb = cairo_image_surface_get_data (b);
  for (int y = 0; y < h; y++)
    for (int x = 0; x < w * 4; x++)
      sum += ABS ((int) pa[y * cairo_image_surface_get_stride (a) + x]
                  - (int) pb[y * cairo_image_surface_get_stride (b) + x]);

  return (double) sum / ((double) w * h * 4);
}

static void
test_reference_image (gconstpointer data)
{
  const char *name = data;
  g_auto(GStrv) parts = g_strsplit (name, "-", 3);
  g_autofree char *file = g_strdup_printf ("heatmap-%s.png", name);
  g_autofree char *reference_path = g_test_build_filename (G_TEST_DIST, "data", file, NULL);
  g_autoptr(AlignmentHeatmapLayout) layout = NULL;
  int kind, mode;
  AlignmentScale scale;
  cairo_surface_t *surface, *reference;
  cairo_t *cr;
  double difference;

  {
    g_autoptr(GEnumClass) kinds = g_type_class_ref (ALIGNMENT_TYPE_BUCKET_KIND);
    g_autoptr(GEnumClass) modes = g_type_class_ref (ALIGNMENT_TYPE_HEATMAP_MODE);

    kind = g_enum_get_value_by_nick (kinds, parts[0])->value;
    mode = g_enum_get_value_by_nick (modes, parts[1])->value;
    scale = g_str_equal (parts[2], "blue-orange") ? ALIGNMENT_SCALE_BLUE_ORANGE : ALIGNMENT_SCALE_RED_GREEN;
  }

  layout = example_layout (kind, mode, &(AlignmentHeatmapLayoutOptions) { .title = "Moving to the SAFe agile way of working",
                                                                          .period = "2024-02-01 – 2024-06-30" });
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int) layout->width, (int) layout->height);
  cr = cairo_create (surface);
  alignment_heatmap_paint (cr, layout, alignment_palette_get (ALIGNMENT_PALETTE_PRINT, scale), -1, -1);
  cairo_destroy (cr);

  if (g_getenv ("ALIGNMENT_UPDATE_REFERENCES") != NULL)
    {
      g_autofree char *source = g_build_filename (g_getenv ("ALIGNMENT_UPDATE_REFERENCES"), file, NULL);

      g_assert_cmpint (cairo_surface_write_to_png (surface, source), ==, CAIRO_STATUS_SUCCESS);
      g_test_message ("wrote %s", source);
    }

  reference = cairo_image_surface_create_from_png (reference_path);
  g_assert_cmpint (cairo_surface_status (reference), ==, CAIRO_STATUS_SUCCESS);
  /* The PNG loads as RGB24 when opaque: compare like with like. */
  {
    cairo_surface_t *converted = cairo_image_surface_create (CAIRO_FORMAT_ARGB32,
                                                             cairo_image_surface_get_width (reference),
                                                             cairo_image_surface_get_height (reference));
    cr = cairo_create (converted);
    cairo_set_source_surface (cr, reference, 0, 0);
    cairo_paint (cr);
    cairo_destroy (cr);
    cairo_surface_destroy (reference);
    reference = converted;
  }

  difference = image_difference (surface, reference);
  g_test_message ("%s: mean difference %.3f", file, difference);
  /* A size change means the layout moved; small differences are font
   * rendering (hinting, antialiasing) between machines. */
  g_assert_cmpfloat (difference, >=, 0);
  g_assert_cmpfloat (difference, <, 2.0);

  cairo_surface_destroy (reference);
  cairo_surface_destroy (surface);
}

/* The reference images must be able to fail: a figure in the other
 * colours differs from them by far more than the tolerance. */
static void
test_reference_sensitivity (void)
{
  g_autofree char *reference_path = g_test_build_filename (G_TEST_DIST, "data", "heatmap-month-net-red-green.png", NULL);
  g_autoptr(AlignmentHeatmapLayout) layout = NULL;
  cairo_surface_t *surface, *reference, *converted;
  cairo_t *cr;
  guint64 changed = 0;
  int w, h;

  layout = example_layout (ALIGNMENT_BUCKET_MONTH, ALIGNMENT_HEATMAP_NET,
                           &(AlignmentHeatmapLayoutOptions) { .title = "Moving to the SAFe agile way of working",
                                                              .period = "2024-02-01 – 2024-06-30" });
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int) layout->width, (int) layout->height);
  cr = cairo_create (surface);
  alignment_heatmap_paint (cr, layout, alignment_palette_get (ALIGNMENT_PALETTE_PRINT, ALIGNMENT_SCALE_BLUE_ORANGE), -1, -1);
  cairo_destroy (cr);

  reference = cairo_image_surface_create_from_png (reference_path);
  w = cairo_image_surface_get_width (reference);
  h = cairo_image_surface_get_height (reference);
  converted = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, w, h);
  cr = cairo_create (converted);
  cairo_set_source_surface (cr, reference, 0, 0);
  cairo_paint (cr);
  cairo_destroy (cr);

  g_assert_cmpint (w, ==, cairo_image_surface_get_width (surface));
  /* Count the pixels that changed clearly: the coloured cells. */
  cairo_surface_flush (surface);
  for (int y = 0; y < h; y++)
    for (int x = 0; x < w; x++)
      {
        const guint8 *a = cairo_image_surface_get_data (surface) + y * cairo_image_surface_get_stride (surface) + 4 * x;
        const guint8 *b = cairo_image_surface_get_data (converted) + y * cairo_image_surface_get_stride (converted) + 4 * x;

        changed += ABS (a[0] - b[0]) + ABS (a[1] - b[1]) + ABS (a[2] - b[2]) > 60;
      }
  g_test_message ("%" G_GUINT64_FORMAT " pixels changed", changed);
  g_assert_cmpuint (changed, >, 2000);

  cairo_surface_destroy (converted);
  cairo_surface_destroy (reference);
  cairo_surface_destroy (surface);
}

/* The figure's CSV: the core's rows, whose columns scripts read, and
 * then the figure's totals in a row of their own. */
static void
test_export_csv (void)
{
  g_autoptr(AlignmentCase) self = load_example ();
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("test-heatmap-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "heatmap.csv", NULL);
  AlignmentHeatmapMode modes[] = { ALIGNMENT_HEATMAP_NET, ALIGNMENT_HEATMAP_SPLIT };

  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (modes); i++)
    {
      g_autoptr(AlignmentHeatmap) heatmap = NULL;
      g_autofree char *core = NULL;
      g_autofree char *csv = NULL;
      g_auto(GStrv) lines = NULL;
      g_auto(GStrv) header = NULL;
      g_auto(GStrv) total = NULL;
      AlignmentSignal **signals;
      guint n, n_lines;

      g_assert_true (alignment_heatmap_export (self, ALIGNMENT_BUCKET_MONTH, modes[i], ALIGNMENT_SCALE_RED_GREEN,
                                               TRUE, 0, 96, path, &error));
      g_assert_no_error (error);
      g_file_get_contents (path, &csv, NULL, &error);
      g_assert_no_error (error);

      signals = alignment_signal_list_peek (alignment_case_get_signals (self), &n);
      heatmap = alignment_heatmap_compute ((AlignmentSignal * const *) signals, n, ALIGNMENT_BUCKET_MONTH, FALSE);
      core = alignment_heatmap_to_csv (heatmap, modes[i]);
      g_assert_true (g_str_has_prefix (csv, core));
      /* The buckets keep their keys. */
      g_assert_nonnull (strstr (csv, "\n2024-03,"));

      lines = g_strsplit (csv, "\n", -1);
      n_lines = g_strv_length (lines);
      /* A header, four months, the totals and the end of the last line. */
      g_assert_cmpuint (n_lines, ==, 7);
      g_assert_cmpstr (lines[6], ==, "");
      header = g_strsplit (lines[0], ",", -1);
      total = g_strsplit (lines[5], ",", -1);
      g_assert_cmpstr (total[0], ==, "total");
      g_assert_cmpuint (g_strv_length (total), ==, g_strv_length (header));
      if (modes[i] == ALIGNMENT_HEATMAP_NET)
        g_assert_cmpstr (lines[5], ==, "total,0,-1,0,1,-1,-1");
      else
        {
          /* Gains and losses apart, as the figure's totals have them,
           * and as the sums of the months above. */
          g_autoptr(AlignmentHeatmapLayout) layout = example_layout (ALIGNMENT_BUCKET_MONTH, modes[i], NULL);

          for (guint row = 0; row < layout->n_rows; row++)
            {
              int gained = 0, lost = 0;

              for (guint col = 0; col < layout->n_columns; col++)
                {
                  gained += alignment_heatmap_layout_get_cell (layout, row, col)->gained;
                  lost += alignment_heatmap_layout_get_cell (layout, row, col)->lost;
                }
              g_assert_cmpint (atoi (total[1 + 2 * row]), ==, gained);
              g_assert_cmpint (atoi (total[2 + 2 * row]), ==, lost);
            }
          /* The customer's operational trust moved both ways. */
          g_assert_cmpint (atoi (total[3]), >, 0);
          g_assert_cmpint (atoi (total[4]), >, 0);
        }
    }

  g_unlink (path);
  g_rmdir (dir);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/heatmap-layout/geometry", test_geometry);
  g_test_add_func ("/heatmap-layout/label-fitting", test_label_fitting);
  g_test_add_func ("/heatmap-layout/legend", test_legend);
  g_test_add_func ("/heatmap-layout/modes", test_modes);
  g_test_add_func ("/heatmap-layout/hit-testing", test_hit_testing);
  g_test_add_func ("/heatmap-layout/header-and-empty", test_header_and_empty);
  g_test_add_func ("/heatmap-painter/export-csv", test_export_csv);
  g_test_add_data_func ("/heatmap-painter/month-net-red-green", "month-net-red-green", test_reference_image);
  g_test_add_data_func ("/heatmap-painter/thread-split-blue-orange", "thread-split-blue-orange", test_reference_image);
  g_test_add_data_func ("/heatmap-painter/week-gap-red-green", "week-gap-red-green", test_reference_image);
  g_test_add_func ("/heatmap-painter/sensitivity", test_reference_sensitivity);

  return g_test_run ();
}
