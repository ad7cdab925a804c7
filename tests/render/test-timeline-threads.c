/* test-timeline-threads.c: threads told apart on the timeline: their
 * colours (the signal list's), their numbers, the emphasised thread
 *
 * The example has three threads: 1 (1a 1b 1c 1d, open), 2 (2a … 2g) and
 * 3 (3a … 3e).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "alignment-core.h"
#include "alignment-timeline-layout.h"
#include "alignment-timeline-painter.h"
#include "../test-example.h"

typedef struct
{
  AlignmentCase           *case_;
  AlignmentTimelineData   *data;
  AlignmentTimelineLayout *layout;
  cairo_surface_t         *surface;
} Figure;

static void
figure_paint (Figure                       *figure,
              AlignmentTimelineLanes        lanes,
              const AlignmentTimelineStyle *style)
{
  AlignmentTimelineOptions options;
  cairo_t *cr;

  figure->case_ = load_example ();
  figure->data = alignment_timeline_data_new_for_case (figure->case_);
  alignment_timeline_options_init (&options, figure->data);
  options.lanes = lanes;
  options.today = 0;
  options.font_size = 10;
  options.width = 1000;
  options.height = alignment_timeline_natural_height (figure->data, &options);
  figure->layout = alignment_timeline_layout_new (figure->data, &options);
  figure->surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, (int) options.width, (int) ceil (options.height));
  cr = cairo_create (figure->surface);
  alignment_timeline_paint (cr, figure->layout, style);
  cairo_destroy (cr);
  cairo_surface_flush (figure->surface);
}

static void
figure_clear (Figure *figure)
{
  g_clear_pointer (&figure->surface, cairo_surface_destroy);
  g_clear_pointer (&figure->layout, alignment_timeline_layout_free);
  g_clear_pointer (&figure->data, alignment_timeline_data_free);
  g_clear_object (&figure->case_);
}

static gboolean
near_color (guint32              pixel,
            const AlignmentRgba *color,
            int                  tolerance)
{
  int r = pixel >> 16 & 0xff, g = pixel >> 8 & 0xff, b = pixel & 0xff;

  return ABS (r - (int) round (color->red * 255)) <= tolerance
         && ABS (g - (int) round (color->green * 255)) <= tolerance
         && ABS (b - (int) round (color->blue * 255)) <= tolerance;
}

/* How many pixels on @thread's links are close to @color: the links are
 * dotted or dashed, so a share of the points on them is. */
static guint
n_link_pixels (Figure              *figure,
               guint                thread,
               const AlignmentRgba *color,
               int                  tolerance)
{
  const guint8 *data = cairo_image_surface_get_data (figure->surface);
  int stride = cairo_image_surface_get_stride (figure->surface);
  int width = cairo_image_surface_get_width (figure->surface);
  int height = cairo_image_surface_get_height (figure->surface);
  guint n = 0;

  for (guint i = 0; i < figure->layout->links->len; i++)
    {
      const AlignmentTimelineLink *l = &g_array_index (figure->layout->links, AlignmentTimelineLink, i);
      double length = hypot (l->x1 - l->x0, l->y1 - l->y0);

      if (l->thread != thread)
        continue;
      /* Away from the markers at both ends. */
      for (double d = 12; d < length - 12; d += 1)
        {
          int x = (int) (l->x0 + (l->x1 - l->x0) * d / length);
          int y = (int) (l->y0 + (l->y1 - l->y0) * d / length);

          if (x >= 0 && y >= 0 && x < width && y < height
              && near_color (*(const guint32 *) (data + y * stride + x * 4), color, tolerance))
            n++;
        }
    }
  return n;
}

/* Each thread's links are in its own colour, the one the signal list
 * gives it. */
static void
test_thread_colors (void)
{
  Figure figure = { 0 };
  AlignmentTimelineStyle style;
  const AlignmentRgba *one, *two;

  alignment_timeline_style_init (&style);
  figure_paint (&figure, ALIGNMENT_TIMELINE_LANES_PARTY, &style);
  one = alignment_palette_thread (style.palette, 1);
  two = alignment_palette_thread (style.palette, 2);
  g_assert_false (near_color ((guint32) round (two->red * 255) << 16 | (guint32) round (two->green * 255) << 8
                              | (guint32) round (two->blue * 255), one, 60));

  g_assert_cmpuint (n_link_pixels (&figure, 1, one, 50), >, 10);
  g_assert_cmpuint (n_link_pixels (&figure, 2, two, 50), >, 10);
  /* ... and not the other's (but for a blue marker's bar a link
   * crosses). */
  g_assert_cmpuint (n_link_pixels (&figure, 1, two, 50), <, n_link_pixels (&figure, 1, one, 50) / 5);
  g_assert_cmpuint (n_link_pixels (&figure, 2, one, 50), <, n_link_pixels (&figure, 2, two, 50) / 5);
  figure_clear (&figure);

  /* On a lane per thread as well. */
  figure_paint (&figure, ALIGNMENT_TIMELINE_LANES_THREAD, &style);
  g_assert_cmpuint (n_link_pixels (&figure, 3, alignment_palette_thread (style.palette, 3), 50), >, 10);
  figure_clear (&figure);
}

/* The colours the list and the figure share: as many as the list takes
 * turns in, all different, in every style; thread n + 6 looks like n. */
static void
test_palette_threads (void)
{
  for (AlignmentPaletteKind kind = ALIGNMENT_PALETTE_LIGHT; kind <= ALIGNMENT_PALETTE_PRINT; kind++)
    {
      const AlignmentPalette *palette = alignment_palette_get (kind, ALIGNMENT_SCALE_RED_GREEN);

      for (guint a = 1; a <= ALIGNMENT_N_THREAD_COLORS; a++)
        {
          const AlignmentRgba *ca = alignment_palette_thread (palette, a);

          g_assert_true (alignment_palette_thread (palette, a + ALIGNMENT_N_THREAD_COLORS) == ca);
          for (guint b = a + 1; b <= ALIGNMENT_N_THREAD_COLORS; b++)
            {
              const AlignmentRgba *cb = alignment_palette_thread (palette, b);

              g_assert_cmpfloat (fabs (ca->red - cb->red) + fabs (ca->green - cb->green) + fabs (ca->blue - cb->blue), >, 0.3);
            }
        }
    }
}

/* With thread 2 emphasised, thread 1's links fade towards the paper
 * (what is left of its colour is the blue bar of 1a beside them) and
 * thread 2's keep their colour. */
static void
test_emphasis (void)
{
  Figure figure = { 0 };
  AlignmentTimelineStyle style;
  const AlignmentRgba *one, *two;
  guint one_plain, two_plain;

  alignment_timeline_style_init (&style);
  one = alignment_palette_thread (style.palette, 1);
  two = alignment_palette_thread (style.palette, 2);
  figure_paint (&figure, ALIGNMENT_TIMELINE_LANES_PARTY, &style);
  one_plain = n_link_pixels (&figure, 1, one, 50);
  two_plain = n_link_pixels (&figure, 2, two, 50);
  figure_clear (&figure);

  style.emphasis_thread = 2;
  figure_paint (&figure, ALIGNMENT_TIMELINE_LANES_PARTY, &style);
  g_test_message ("thread 1: %u pixels of its colour, %u faded", one_plain, n_link_pixels (&figure, 1, one, 50));
  g_assert_cmpuint (n_link_pixels (&figure, 1, one, 50), <, one_plain / 2);
  /* Thicker, so more of it. */
  g_assert_cmpuint (n_link_pixels (&figure, 2, two, 50), >=, two_plain);
  figure_clear (&figure);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/timeline-threads/colors", test_thread_colors);
  g_test_add_func ("/timeline-threads/palette", test_palette_threads);
  g_test_add_func ("/timeline-threads/emphasis", test_emphasis);

  return g_test_run ();
}
