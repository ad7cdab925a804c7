/* bench-timeline.c: how fast the timeline draws a large case
 *
 * Run by `meson test --benchmark`.  Prints figures and whether each
 * target is met; timing never fails the run.  Every frame is laid out
 * and painted from scratch on a 1920 × 1080 cairo image surface, as the
 * widget does on a zoom.
 *
 *   zoomed out      100 000 signals, all of them: ≤ 8 ms a frame
 *   one month       100 000 signals ≤ 1.5 × 1 000 signals, a month each
 *   pan step        the whole case moved by 8 pixels a frame, the last
 *                   frame reused: ≤ 3 ms
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>
#include <stdlib.h>

#include "alignment-core.h"
#include "alignment-timeline-layout.h"
#include "alignment-timeline-painter.h"

#define WIDTH    1920
#define HEIGHT   1080
#define N_FRAMES 60

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

typedef struct
{
  double median;
  double min;
  double layout;   /* median of the layout alone */
  guint  markers;
  guint  density;
  guint  visible;
} Timing;

static Timing
time_frames (AlignmentTimelineData          *data,
             const AlignmentTimelineOptions *options)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH, HEIGHT);
  double frames[N_FRAMES];
  double layouts[N_FRAMES];
  AlignmentTimelineStyle style;
  Timing timing = { 0 };

  alignment_timeline_style_init (&style);
  style.palette = alignment_palette_get (ALIGNMENT_PALETTE_LIGHT, ALIGNMENT_SCALE_RED_GREEN);

  /* One frame to warm the font caches, as a window has them warm. */
  for (int i = -1; i < N_FRAMES; i++)
    {
      cairo_t *cr = cairo_create (surface);
      gint64 start = g_get_monotonic_time ();
      AlignmentTimelineLayout *layout = alignment_timeline_layout_new (data, options);
      gint64 laid_out = g_get_monotonic_time ();

      alignment_timeline_paint (cr, layout, &style);
      cairo_surface_flush (surface);
      if (i >= 0)
        {
          frames[i] = (g_get_monotonic_time () - start) / 1000.0;
          layouts[i] = (laid_out - start) / 1000.0;
        }
      timing.markers = layout->markers->len;
      timing.density = layout->density->len;
      timing.visible = layout->n_visible;
      alignment_timeline_layout_free (layout);
      cairo_destroy (cr);
    }
  cairo_surface_destroy (surface);

  qsort (frames, N_FRAMES, sizeof (double), compare_doubles);
  qsort (layouts, N_FRAMES, sizeof (double), compare_doubles);
  timing.layout = layouts[N_FRAMES / 2];
  timing.median = frames[N_FRAMES / 2];
  timing.min = frames[0];
  return timing;
}

/* A drag: every frame the viewport moves 8 pixels to the right of the
 * last and is laid out again, then painted from scratch or, with
 * @reuse, from the frame before, as the widget does while dragged. */
static double
time_pan (AlignmentTimelineData *data,
          gboolean               reuse)
{
  cairo_surface_t *surfaces[2] = {
    cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH, HEIGHT),
    cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH, HEIGHT),
  };
  AlignmentTimelineOptions options, previous;
  AlignmentTimelineStyle style;
  double frames[N_FRAMES];
  double step;

  alignment_timeline_options_init (&options, data);
  options.width = WIDTH;
  options.height = HEIGHT;
  step = 8 * (options.last_day - options.first_day) / WIDTH;
  alignment_timeline_style_init (&style);
  style.palette = alignment_palette_get (ALIGNMENT_PALETTE_LIGHT, ALIGNMENT_SCALE_RED_GREEN);

  for (int i = -1; i < N_FRAMES; i++)
    {
      cairo_surface_t *target = surfaces[(i + 2) % 2];
      cairo_t *cr = cairo_create (target);
      gint64 start = g_get_monotonic_time ();
      AlignmentTimelineLayout *layout;

      previous = options;
      options.first_day += step;
      options.last_day += step;
      layout = alignment_timeline_layout_new (data, &options);
      if (!reuse || i < 0
          || !alignment_timeline_paint_panned (cr, layout, &style, surfaces[(i + 1) % 2], &previous))
        alignment_timeline_paint (cr, layout, &style);
      cairo_surface_flush (target);
      if (i >= 0)
        frames[i] = (g_get_monotonic_time () - start) / 1000.0;
      alignment_timeline_layout_free (layout);
      cairo_destroy (cr);
    }
  cairo_surface_destroy (surfaces[0]);
  cairo_surface_destroy (surfaces[1]);

  qsort (frames, N_FRAMES, sizeof (double), compare_doubles);
  return frames[N_FRAMES / 2];
}

static void
print_timing (const char   *what,
              const Timing *timing)
{
  g_print ("  %-34s median %7.3f ms  min %7.3f ms  layout %6.3f ms  (visible %u, markers %u, density columns %u)\n",
           what, timing->median, timing->min, timing->layout, timing->visible, timing->markers, timing->density);
}

static AlignmentTimelineData *
make_data (guint n_signals)
{
  g_autoptr(AlignmentCase) self = alignment_case_generate (n_signals, 0, 42);
  gint64 start = g_get_monotonic_time ();
  AlignmentTimelineData *data = alignment_timeline_data_new_for_case (self);

  g_print ("  %u signals: sorted and analysed in %.1f ms\n", n_signals,
           (g_get_monotonic_time () - start) / 1000.0);
  return data;
}

/* A month in the middle of the case's dates. */
static void
month_options (AlignmentTimelineData    *data,
               AlignmentTimelineOptions *options)
{
  guint32 middle = (alignment_timeline_data_get_first_day (data) + alignment_timeline_data_get_last_day (data)) / 2;

  alignment_timeline_options_init (options, data);
  options->width = WIDTH;
  options->height = HEIGHT;
  options->first_day = middle;
  options->last_day = middle + 30;
}

int
main (void)
{
  g_autoptr(AlignmentTimelineData) big = NULL;
  g_autoptr(AlignmentTimelineData) small = NULL;
  AlignmentTimelineOptions options;
  Timing all, all_thread, month_big, month_small;
  double ratio, pan[4], worst_pan = 0;

  setlocale (LC_ALL, "");
  g_print ("Timeline frames, %d × %d image surface, median of %d:\n", WIDTH, HEIGHT, N_FRAMES);

  big = make_data (100000);
  small = make_data (1000);

  alignment_timeline_options_init (&options, big);
  options.width = WIDTH;
  options.height = HEIGHT;
  all = time_frames (big, &options);
  print_timing ("100 000, zoomed out, party lanes", &all);
  options.lanes = ALIGNMENT_TIMELINE_LANES_THREAD;
  all_thread = time_frames (big, &options);
  print_timing ("100 000, zoomed out, thread lanes", &all_thread);

  month_options (big, &options);
  month_big = time_frames (big, &options);
  print_timing ("100 000, one month", &month_big);
  month_options (small, &options);
  month_small = time_frames (small, &options);
  print_timing ("1 000, one month", &month_small);
  ratio = month_big.median / month_small.median;

  g_print ("\nPan steps, the whole case moved 8 pixels a frame:\n");

  {
    guint sizes[] = { 300, 1000, 3000 };

    g_print ("  %-34s %-18s %s\n", "", "drawn anew", "last frame reused");
    for (guint i = 0; i <= G_N_ELEMENTS (sizes); i++)
      {
        g_autoptr(AlignmentTimelineData) data = i < G_N_ELEMENTS (sizes) ? make_data (sizes[i]) : NULL;
        g_autofree char *label = g_strdup_printf ("%u", i < G_N_ELEMENTS (sizes) ? sizes[i] : 100000);
        double anew = time_pan (data != NULL ? data : big, FALSE);

        pan[i] = time_pan (data != NULL ? data : big, TRUE);
        g_print ("  %-34s median %7.3f ms  median %7.3f ms\n", label, anew, pan[i]);
      }
  }

  g_print ("\nTargets:\n");
  g_print ("  zoomed out, 100 000 signals   %7.3f ms  (target ≤ 8 ms)     %s\n",
           all.median, all.median <= 8.0 ? "met" : "NOT MET");
  g_print ("  one month, 100 000 / 1 000    %7.2f ×   (target ≤ 1.5 ×)    %s\n",
           ratio, ratio <= 1.5 ? "met" : "NOT MET");
  for (guint i = 0; i < G_N_ELEMENTS (pan); i++)
    worst_pan = MAX (worst_pan, pan[i]);
  g_print ("  pan step, slowest case        %7.3f ms  (target ≤ 3 ms)     %s\n",
           worst_pan, worst_pan <= 3.0 ? "met" : "NOT MET");

  return 0;
}
