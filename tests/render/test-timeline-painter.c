/* test-timeline-painter.c: the timeline drawn to PNG, SVG and PDF
 *
 * The PNGs are compared with reference images in tests/data/ at a
 * tolerance (fonts may antialias a little differently); run with
 * ALIGNMENT_UPDATE_REFERENCES=1 to write new references after a
 * deliberate change, and look at them before committing.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include <sys/wait.h>

#include <glib/gstdio.h>

#include "alignment-core.h"
#include "alignment-render-file.h"
#include "alignment-timeline-layout.h"
#include "alignment-timeline-painter.h"
#include "../test-example.h"

#define EXAMPLE_N_SIGNALS 16
/* A pixel differs when a channel is off by more than this; the image
 * matches when at most this share of pixels differ. */
#define CHANNEL_TOLERANCE 48
#define PIXEL_TOLERANCE   0.005

typedef struct
{
  AlignmentTimelineData   *data;
  AlignmentTimelineOptions options;
  AlignmentTimelineStyle   style;
} Figure;

static void
figure_init (Figure                 *figure,
             AlignmentCase          *self,
             AlignmentTimelineLanes  lanes)
{
  figure->data = alignment_timeline_data_new_for_case (self);
  alignment_timeline_options_init (&figure->options, figure->data);
  /* What the tool and the help's figure use, without today. */
  figure->options.lanes = lanes;
  figure->options.today = 0;
  figure->options.font_size = 10;
  figure->options.width = 1000;
  figure->options.height = alignment_timeline_natural_height (figure->data, &figure->options);
  alignment_timeline_style_init (&figure->style);
}

static void
draw_cb (cairo_t  *cr,
         double    width,
         double    height,
         gpointer  user_data)
{
  Figure *figure = user_data;
  g_autoptr(AlignmentTimelineLayout) layout = NULL;

  figure->options.width = width;
  figure->options.height = height;
  layout = alignment_timeline_layout_new (figure->data, &figure->options);
  alignment_timeline_paint (cr, layout, &figure->style);
}

static char *
tmp_path (const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("timeline-XXXXXX", &error);

  g_assert_no_error (error);
  return g_build_filename (dir, name, NULL);
}

/* Whether a channel of pixel @x, @y differs by more than @tolerance. */
static gboolean
pixel_differs (cairo_surface_t *a,
               cairo_surface_t *b,
               int              x,
               int              y,
               int              tolerance)
{
  const guint8 *pa = cairo_image_surface_get_data (a) + y * cairo_image_surface_get_stride (a) + 4 * x;
  const guint8 *pb = cairo_image_surface_get_data (b) + y * cairo_image_surface_get_stride (b) + 4 * x;

  for (int c = 0; c < 4; c++)
    if (ABS ((int) pa[c] - (int) pb[c]) > tolerance)
      return TRUE;
  return FALSE;
}

/* The share of pixels where a channel differs by more than @tolerance. */
static double
share_differing (cairo_surface_t *a,
                 cairo_surface_t *b,
                 int              tolerance)
{
  int width = cairo_image_surface_get_width (a);
  int height = cairo_image_surface_get_height (a);
  guint differ = 0;

  g_assert_cmpint (cairo_image_surface_get_width (b), ==, width);
  g_assert_cmpint (cairo_image_surface_get_height (b), ==, height);
  cairo_surface_flush (a);
  cairo_surface_flush (b);
  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      differ += pixel_differs (a, b, x, y, tolerance);

  return (double) differ / ((double) width * height);
}

/* The share of pixels that differ by more than @tolerance together with
 * the four beside them: a shape missing or a pixel out of place, where
 * an edge moved by less than a pixel changes lines one pixel wide. */
static double
share_differing_areas (cairo_surface_t *a,
                       cairo_surface_t *b,
                       int              tolerance)
{
  int width = cairo_image_surface_get_width (a);
  int height = cairo_image_surface_get_height (a);
  guint differ = 0;

  cairo_surface_flush (a);
  cairo_surface_flush (b);
  for (int y = 1; y + 1 < height; y++)
    for (int x = 1; x + 1 < width; x++)
      differ += pixel_differs (a, b, x, y, tolerance) && pixel_differs (a, b, x - 1, y, tolerance)
                && pixel_differs (a, b, x + 1, y, tolerance) && pixel_differs (a, b, x, y - 1, tolerance)
                && pixel_differs (a, b, x, y + 1, tolerance);

  return (double) differ / ((double) width * height);
}

/* The share of pixels that differ by more than the tolerance. */
static double
compare_images (cairo_surface_t *a,
                cairo_surface_t *b)
{
  return share_differing (a, b, CHANNEL_TOLERANCE);
}

static void
check_reference (AlignmentTimelineLanes  lanes,
                 const char             *reference)
{
  g_autoptr(AlignmentCase) self = load_example ();
  g_autofree char *path = tmp_path ("timeline.png");
  g_autofree char *expected_path = g_test_build_filename (G_TEST_DIST, "data", reference, NULL);
  g_autoptr(GError) error = NULL;
  cairo_surface_t *actual, *expected;
  Figure figure;
  double share;

  figure_init (&figure, self, lanes);
  g_assert_true (alignment_render_to_file (path, figure.options.width, figure.options.height, 96,
                                           draw_cb, &figure, &error));
  g_assert_no_error (error);
  alignment_timeline_data_free (figure.data);

  if (g_getenv ("ALIGNMENT_UPDATE_REFERENCES") != NULL)
    {
      g_autofree char *contents = NULL;
      gsize length;

      g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
      g_assert_true (g_file_set_contents (expected_path, contents, length, NULL));
      g_test_message ("wrote %s", expected_path);
    }

  actual = cairo_image_surface_create_from_png (path);
  expected = cairo_image_surface_create_from_png (expected_path);
  g_assert_cmpint (cairo_surface_status (actual), ==, CAIRO_STATUS_SUCCESS);
  if (cairo_surface_status (expected) != CAIRO_STATUS_SUCCESS)
    g_error ("cannot read the reference %s", expected_path);

  share = compare_images (actual, expected);
  g_test_message ("%s: %.3f%% of pixels differ", reference, share * 100);
  if (share > PIXEL_TOLERANCE)
    g_error ("%s differs from %s in %.2f%% of its pixels", path, expected_path, share * 100);

  cairo_surface_destroy (actual);
  cairo_surface_destroy (expected);
  g_unlink (path);
}

static void
test_png_party (void)
{
  check_reference (ALIGNMENT_TIMELINE_LANES_PARTY, "timeline-example.png");
}

static void
test_png_thread (void)
{
  check_reference (ALIGNMENT_TIMELINE_LANES_THREAD, "timeline-example-thread.png");
}

/* The pixels under markers have their type's colour: 2c is a filled
 * alignment event (green), 1b an escalation; 2g, not understood, is
 * hollow: background in the middle. */
static void
test_pixels (void)
{
  g_autoptr(AlignmentCase) self = load_example ();
  g_autoptr(AlignmentTimelineLayout) layout = NULL;
  const AlignmentPalette *palette = alignment_palette_get (ALIGNMENT_PALETTE_PRINT, ALIGNMENT_SCALE_RED_GREEN);
  cairo_surface_t *surface;
  cairo_t *cr;
  Figure figure;
  struct { const char *id; const AlignmentRgba *color; } cases[] = {
    { "2c", &palette->signal_type[ALIGNMENT_SIGNAL_TYPE_ALIGNMENT_EVENT] },
    { "1b", &palette->signal_type[ALIGNMENT_SIGNAL_TYPE_ESCALATION_SENT] },
    { "2f", &palette->signal_type[ALIGNMENT_SIGNAL_TYPE_REQUEST_SENT] },
    { "2g", &palette->background },
  };

  figure_init (&figure, self, ALIGNMENT_TIMELINE_LANES_PARTY);
  layout = alignment_timeline_layout_new (figure.data, &figure.options);
  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, (int) figure.options.width, (int) figure.options.height);
  cr = cairo_create (surface);
  alignment_timeline_paint (cr, layout, &figure.style);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    for (guint k = 0; k < layout->markers->len; k++)
      {
        const AlignmentTimelineMarker *m = &g_array_index (layout->markers, AlignmentTimelineMarker, k);
        const guint8 *pixel;

        if (!g_str_equal (m->id, cases[i].id))
          continue;
        pixel = cairo_image_surface_get_data (surface)
                + (int) m->y * cairo_image_surface_get_stride (surface) + (int) m->x * 4;
        /* RGB24 is stored as native-endian 0xXXRRGGBB. */
        g_assert_cmpint (ABS (pixel[2] - (int) round (cases[i].color->red * 255)), <=, 8);
        g_assert_cmpint (ABS (pixel[1] - (int) round (cases[i].color->green * 255)), <=, 8);
        g_assert_cmpint (ABS (pixel[0] - (int) round (cases[i].color->blue * 255)), <=, 8);
      }

  cairo_surface_destroy (surface);
  alignment_timeline_data_free (figure.data);
}

/* Paints @layout onto pixels directly and, recorded, replayed onto
 * pixels as a PDF or SVG gets it; gives the share of pixels that differ
 * by more than @tolerance levels.  Both surfaces have @scale pixels to
 * a unit, as a window on a high-resolution screen has. */
static double
pixels_against_replayed (AlignmentTimelineLayout      *layout,
                         const AlignmentTimelineStyle *style,
                         int                           width,
                         int                           height,
                         int                           scale,
                         int                           tolerance,
                         gboolean                      areas)
{
  cairo_surface_t *pixels = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width * scale, height * scale);
  cairo_surface_t *replayed = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width * scale, height * scale);
  cairo_surface_t *recording = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);
  cairo_t *cr;
  double share;

  cairo_surface_set_device_scale (pixels, scale, scale);
  cairo_surface_set_device_scale (replayed, scale, scale);
  cr = cairo_create (pixels);
  alignment_timeline_paint (cr, layout, style);
  cairo_destroy (cr);

  cr = cairo_create (recording);
  alignment_timeline_paint (cr, layout, style);
  cairo_destroy (cr);
  cr = cairo_create (replayed);
  cairo_set_source_surface (cr, recording, 0, 0);
  cairo_paint (cr);
  cairo_destroy (cr);

  share = areas ? share_differing_areas (pixels, replayed, tolerance) : share_differing (pixels, replayed, tolerance);
  cairo_surface_destroy (recording);
  cairo_surface_destroy (replayed);
  cairo_surface_destroy (pixels);
  return share;
}

/* On pixels the markers and ids are drawn in batches
 * (alignment-timeline-markers.c) and an aligned thread's dots as
 * squares; on any other surface one by one, and as a dotted line.  Both
 * must give the same picture: the one-by-one drawing is recorded and
 * replayed onto pixels, and compared with the batched one, for a
 * crowded case where markers, bars and ids overlap, with a selected,
 * a hovered and a focused signal and some dimmed. */
static void
check_batched (AlignmentTimelineLayout      *layout,
               const AlignmentTimelineStyle *style,
               int                           width,
               int                           height,
               int                           scale)
{
  guint n_links = layout->links->len;
  double differ, far, worst, dots, areas;

  /* The dots are squares on whole pixels, and a dash pattern's on a
   * line that runs at an angle: up to half a pixel apart, on a few
   * pixels.  Without them, the markers and ids must agree but for the
   * markers stamped from sprites, which may sit up to an eighth of a
   * pixel from where the one-by-one drawing puts them, and for the
   * edges of the lanes, of the bars and of the boxes behind ids, which
   * lie on whole pixels: up to half a pixel from the drawing's. */
  dots = pixels_against_replayed (layout, style, width, height, scale, 96, FALSE);
  layout->links->len = 0;
  differ = pixels_against_replayed (layout, style, width, height, scale, 4, FALSE);
  far = pixels_against_replayed (layout, style, width, height, scale, 31, FALSE);
  worst = pixels_against_replayed (layout, style, width, height, scale, 63, FALSE);
  areas = pixels_against_replayed (layout, style, width, height, scale, 31, TRUE);
  layout->links->len = n_links;

  /* A shape moved by a pixel or missing would change whole areas; edges
   * moved by less change lines a pixel wide. */
  g_test_message ("%.3f%% of pixels differ by more than 4 levels, %.4f%% by more than 31, %.4f%% by more than 63, "
                  "%.4f%% by more than 31 with those beside them; with the dotted links, %.3f%% by more than 96",
                  differ * 100, far * 100, worst * 100, areas * 100, dots * 100);
  g_assert_cmpfloat (areas, ==, 0);
  g_assert_cmpfloat (worst, <, 0.005);
  g_assert_cmpfloat (far, <, 0.05);
  g_assert_cmpfloat (differ, <, 0.065);
  g_assert_cmpfloat (dots, <, 0.004);
}

static void
test_batched (void)
{
  g_autoptr(AlignmentCase) self = alignment_case_generate (600, 0, 7);
  guint highlight[] = { 3, 10, 11, 12, 40, 41, 500, 501, 502, 900 };

  for (int lanes = ALIGNMENT_TIMELINE_LANES_PARTY; lanes <= ALIGNMENT_TIMELINE_LANES_THREAD; lanes++)
    for (int styled = 0; styled <= 1; styled++)
      {
        g_autoptr(AlignmentTimelineLayout) layout = NULL;
        AlignmentTimelineStyle style;
        Figure figure;
        guint with_label = 0;

        figure_init (&figure, self, lanes);
        figure.options.width = 1200;
        figure.options.height = 700;
        layout = alignment_timeline_layout_new (figure.data, &figure.options);
        alignment_timeline_style_init (&style);
        if (styled)
          {
            style.selected = 10;
            style.hovered = 11;
            style.focused = 12;
            style.highlight = highlight;
            style.n_highlight = G_N_ELEMENTS (highlight);
          }
        for (guint i = 0; i < layout->markers->len; i++)
          with_label += g_array_index (layout->markers, AlignmentTimelineMarker, i).has_label;
        /* Crowded: the batches must really interleave. */
        g_assert_cmpuint (layout->markers->len, >, 50);
        g_assert_cmpuint (with_label, >, 30);
        check_batched (layout, &style, 1200, 700, 1);
        /* Two pixels to a unit: the sprites are drawn at that scale. */
        if (styled)
          check_batched (layout, &style, 1200, 700, 2);
        alignment_timeline_data_free (figure.data);
      }
}

/* A pan reuses the frame before: moved by whole pixels, it looks as the
 * frame painted anew, up to the odd id placed differently where
 * signals come into view; anything but a move paints nothing. */
static void
test_panned (void)
{
  g_autoptr(AlignmentCase) self = alignment_case_generate (300, 0, 11);
  g_autoptr(AlignmentTimelineLayout) before = NULL;
  g_autoptr(AlignmentTimelineLayout) after = NULL;
  g_autoptr(AlignmentTimelineLayout) zoomed = NULL;
  cairo_surface_t *previous = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1000, 600);
  cairo_surface_t *panned = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1000, 600);
  cairo_surface_t *anew = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1000, 600);
  AlignmentTimelineOptions options;
  Figure figure;
  cairo_t *cr;
  double share;

  figure_init (&figure, self, ALIGNMENT_TIMELINE_LANES_PARTY);
  figure.options.width = 1000;
  figure.options.height = 600;
  before = alignment_timeline_layout_new (figure.data, &figure.options);
  cr = cairo_create (previous);
  alignment_timeline_paint (cr, before, &figure.style);
  cairo_destroy (cr);

  /* 12 pixels into the past. */
  options = figure.options;
  options.first_day -= 12 / before->px_per_day;
  options.last_day -= 12 / before->px_per_day;
  after = alignment_timeline_layout_new (figure.data, &options);
  cr = cairo_create (panned);
  g_assert_true (alignment_timeline_paint_panned (cr, after, &figure.style, previous, &figure.options));
  cairo_destroy (cr);
  cr = cairo_create (anew);
  alignment_timeline_paint (cr, after, &figure.style);
  cairo_destroy (cr);

  share = compare_images (panned, anew);
  g_test_message ("panned: %.3f%% of pixels differ", share * 100);
  g_assert_cmpfloat (share, <, 0.005);
  /* Not the frame before, unmoved. */
  g_assert_cmpfloat (compare_images (previous, anew), >, 0.01);

  options.last_day += 10;
  zoomed = alignment_timeline_layout_new (figure.data, &options);
  cr = cairo_create (panned);
  g_assert_false (alignment_timeline_paint_panned (cr, zoomed, &figure.style, previous, &figure.options));
  cairo_destroy (cr);

  cairo_surface_destroy (previous);
  cairo_surface_destroy (panned);
  cairo_surface_destroy (anew);
  alignment_timeline_data_free (figure.data);
}

/* Painted through a narrow clip, as a pan paints the strip that comes
 * into view, the figure is what the whole one shows there, to the last
 * bit: links, numbers, lane names and the legend that lie outside the
 * clip are left out, none that reach into it. */
/* Through a clip, cairo rounds the odd pixel of a shape a few levels
 * apart from the same shape unclipped. */
#define CLIP_TOLERANCE 8

static void
test_clipped (void)
{
  g_autoptr(AlignmentCase) self = alignment_case_generate (300, 0, 5);

  for (int lanes = 0; lanes <= 1; lanes++)
    {
      g_autoptr(AlignmentTimelineLayout) layout = NULL;
      cairo_surface_t *whole, *part, *expected;
      Figure figure;
      cairo_t *cr;
      int width, height;

      figure_init (&figure, self, lanes ? ALIGNMENT_TIMELINE_LANES_THREAD : ALIGNMENT_TIMELINE_LANES_PARTY);
      figure.options.height = MIN (figure.options.height, 900);
      width = (int) figure.options.width;
      height = (int) figure.options.height;
      layout = alignment_timeline_layout_new (figure.data, &figure.options);
      g_assert_cmpuint (layout->links->len, >, 20);
      whole = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
      cr = cairo_create (whole);
      alignment_timeline_paint (cr, layout, &figure.style);
      cairo_destroy (cr);

      /* Columns across the lane names, the lanes and the margin, and
       * rows across the lanes, the axis, the strip and the legend.  The
       * columns stop at the axis: its labels and the strip's figures
       * are placed in the part of the axis in view. */
      for (int i = 0; i < 24; i++)
        {
          gboolean column = i < 14;
          int x = column ? i * width / 14 + 3 : 0;
          int y = column ? (int) ceil (layout->plot.y) : (i - 14) * height / 10 + 5;
          int w = column ? 9 : width;
          int h = column ? (int) floor (layout->plot.y + layout->plot.height) - y : 7;

          part = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
          cr = cairo_create (part);
          cairo_rectangle (cr, x, y, w, h);
          cairo_clip (cr);
          alignment_timeline_paint (cr, layout, &figure.style);
          cairo_destroy (cr);

          expected = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
          cr = cairo_create (expected);
          cairo_rectangle (cr, x, y, w, h);
          cairo_clip (cr);
          cairo_set_source_surface (cr, whole, 0, 0);
          cairo_paint (cr);
          cairo_destroy (cr);

          g_assert_cmpfloat (share_differing (part, expected, CLIP_TOLERANCE), ==, 0);
          cairo_surface_destroy (part);
          cairo_surface_destroy (expected);
        }

      cairo_surface_destroy (whole);
      alignment_timeline_data_free (figure.data);
    }
}

/* The dark palette really paints dark: the screen follows the style. */
static void
test_dark (void)
{
  g_autoptr(AlignmentCase) self = load_example ();
  g_autoptr(AlignmentTimelineLayout) layout = NULL;
  const AlignmentPalette *dark = alignment_palette_get (ALIGNMENT_PALETTE_DARK, ALIGNMENT_SCALE_RED_GREEN);
  cairo_surface_t *surface;
  cairo_t *cr;
  const guint8 *pixel;
  Figure figure;

  figure_init (&figure, self, ALIGNMENT_TIMELINE_LANES_PARTY);
  figure.style.palette = dark;
  layout = alignment_timeline_layout_new (figure.data, &figure.options);
  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, (int) figure.options.width, (int) figure.options.height);
  cr = cairo_create (surface);
  alignment_timeline_paint (cr, layout, &figure.style);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  /* The bottom right corner is background. */
  pixel = cairo_image_surface_get_data (surface)
          + ((int) figure.options.height - 2) * cairo_image_surface_get_stride (surface)
          + ((int) figure.options.width - 2) * 4;
  g_assert_cmpint (pixel[2], ==, (int) round (dark->background.red * 255));
  g_assert_cmpint (pixel[1], ==, (int) round (dark->background.green * 255));

  cairo_surface_destroy (surface);
  alignment_timeline_data_free (figure.data);
}

static guint
count (const char *haystack,
       const char *needle)
{
  guint n = 0;

  for (const char *p = strstr (haystack, needle); p != NULL; p = strstr (p + 1, needle))
    n++;
  return n;
}

/* Every signal is a group of its own in the SVG, in both layouts. */
static void
test_svg (void)
{
  g_autoptr(AlignmentCase) self = load_example ();

  for (int lanes = ALIGNMENT_TIMELINE_LANES_PARTY; lanes <= ALIGNMENT_TIMELINE_LANES_THREAD; lanes++)
    {
      g_autofree char *path = tmp_path ("timeline.svg");
      g_autofree char *svg = NULL;
      g_autoptr(GError) error = NULL;
      Figure figure;

      figure_init (&figure, self, lanes);
      g_assert_true (alignment_timeline_write_file (figure.data, &figure.options, NULL, path, 72, &error));
      g_assert_no_error (error);
      alignment_timeline_data_free (figure.data);

      g_assert_true (g_file_get_contents (path, &svg, NULL, NULL));
      g_assert_true (g_str_has_prefix (svg, "<?xml"));
      g_assert_cmpuint (count (svg, "<use xlink:href=\"#surface"), ==, EXAMPLE_N_SIGNALS);
      /* cairo draws the lane labels as outlines: the title and the
       * description name them for screen readers and search. */
      g_assert_nonnull (strstr (svg, "<title>Swimlane timeline</title>"));
      if (lanes == ALIGNMENT_TIMELINE_LANES_THREAD)
        g_assert_nonnull (strstr (svg, "<desc>Lanes by thread: 1 · Training in SAFe; 2 · New people in the product teams; "
                                       "3 · A meeting structure for the new way of working</desc>"));
      else
        g_assert_nonnull (strstr (svg, "<desc>Lanes by party: Shipbuilder (customer); IT service provider"));
      g_unlink (path);
    }
}

/* ---- Through alignment-tool ---------------------------------------------- */

static char *
run (const char * const *argv,
     int                *status)
{
  g_autoptr(GError) error = NULL;
  char *out = NULL;

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                     NULL, NULL, &out, NULL, status, &error))
    g_error ("cannot run %s: %s", argv[0], error->message);
  return out;
}

static gboolean
have_program (const char *name)
{
  g_autofree char *path = g_find_program_in_path (name);

  if (path == NULL)
    {
      g_autofree char *message = g_strdup_printf ("%s is not installed (Debian: poppler-utils): not checked", name);

      g_test_skip (message);
      return FALSE;
    }
  return TRUE;
}

/* A poster two A4 pages wide: two pages, each with the lane labels,
 * the legend, the case's title and its number. */
static void
test_poster (void)
{
  g_autofree char *path = tmp_path ("poster.pdf");
  const char *tool = g_getenv ("ALIGNMENT_TOOL");
  const char *example = g_getenv ("ALIGNMENT_EXAMPLE");
  const char *render[] = { tool, "render", "timeline", example, "-o", path, "--pages", "2", NULL };
  const char *info[] = { "pdfinfo", path, NULL };
  g_autofree char *out = NULL;
  int status;

  if (!have_program ("pdfinfo") || !have_program ("pdftotext"))
    return;

  g_assert_nonnull (tool);
  g_free (run (render, &status));
  g_assert_true (g_spawn_check_wait_status (status, NULL));

  out = run (info, &status);
  g_assert_nonnull (strstr (out, "\nPages:           2\n"));

  for (int page = 1; page <= 2; page++)
    {
      g_autofree char *number = g_strdup_printf ("%d", page);
      g_autofree char *heading = g_strdup_printf ("Page %d of 2", page);
      const char *text[] = { "pdftotext", "-f", number, "-l", number, path, "-", NULL };
      g_autofree char *page_text = run (text, &status);

      g_assert_nonnull (strstr (page_text, heading));
      g_assert_nonnull (strstr (page_text, "Moving to the SAFe agile way of working"));
      g_assert_nonnull (strstr (page_text, "Shipbuilder"));
      g_assert_nonnull (strstr (page_text, "IT service provider"));
      g_assert_nonnull (strstr (page_text, "Request sent"));
      g_assert_nonnull (strstr (page_text, "Thread, still open"));
    }
  g_unlink (path);
}

/* An exported figure says what it shows: the title block with the
 * case's title, parties, period and the date made, in long dates; and
 * --no-title leaves all of it out.  For the timeline and the heatmap. */
static void
test_title_block (void)
{
  const char *tool = g_getenv ("ALIGNMENT_TOOL");
  const char *example = g_getenv ("ALIGNMENT_EXAMPLE");
  const char *figures[] = { "timeline", "heatmap" };

  if (!have_program ("pdftotext"))
    return;

  g_assert_nonnull (tool);
  for (guint i = 0; i < G_N_ELEMENTS (figures); i++)
    for (int with = 0; with <= 1; with++)
      {
        g_autofree char *path = tmp_path ("titled.pdf");
        const char *render[] = { tool, "render", figures[i], example, "-o", path,
                                 with ? NULL : "--no-title", NULL };
        const char *text[] = { "pdftotext", path, "-", NULL };
        g_autofree char *out = NULL;
        int status;

        g_free (run (render, &status));
        g_assert_true (g_spawn_check_wait_status (status, NULL));
        out = run (text, &status);
        g_test_message ("%s, %s the title block:\n%s", figures[i], with ? "with" : "without", out);
        if (with)
          {
            g_assert_nonnull (strstr (out, "Moving to the SAFe agile way of working"));
            g_assert_nonnull (strstr (out, "Shipbuilder (customer) and IT service provider · 1 February 2024 – 30 June 2024"));
            g_assert_nonnull (strstr (out, "Made on "));
          }
        else
          {
            g_assert_null (strstr (out, "SAFe"));
            g_assert_null (strstr (out, "February 2024"));
            g_assert_null (strstr (out, "Made on "));
          }
        g_unlink (path);
      }
}

/* A lane per thread names each thread by its number and the title the
 * case gives it, in print as on screen. */
static void
test_thread_titles (void)
{
  const char *tool = g_getenv ("ALIGNMENT_TOOL");
  const char *example = g_getenv ("ALIGNMENT_EXAMPLE");
  g_autofree char *path = tmp_path ("threads.pdf");
  const char *render[] = { tool, "render", "timeline", example, "--layout", "thread", "-o", path, NULL };
  const char *text[] = { "pdftotext", path, "-", NULL };
  g_autofree char *out = NULL;
  int status;

  if (!have_program ("pdftotext"))
    {
      g_test_skip ("pdftotext is not installed: the lane labels were not read back");
      return;
    }

  g_free (run (render, &status));
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  out = run (text, &status);
  g_test_message ("%s", out);
  g_assert_nonnull (strstr (out, "1 · Training in SAFe"));
  /* A long title wraps in the label column. */
  g_assert_nonnull (strstr (out, "2 · New people in the"));
  g_assert_nonnull (strstr (out, "3 · A meeting structure"));
  g_unlink (path);
}

static void
test_tool (void)
{
  g_autofree char *path = tmp_path ("timeline.png");
  const char *tool = g_getenv ("ALIGNMENT_TOOL");
  const char *example = g_getenv ("ALIGNMENT_EXAMPLE");
  const char *bad_layout[] = { tool, "render", "timeline", example, "-o", path, "--layout", "diagonal", NULL };
  const char *bad_date[] = { tool, "render", "timeline", example, "-o", path, "--from", "1-2-2024", NULL };
  const char *bench[] = { tool, "render", "timeline", example, "--repeat", "3", NULL };
  const char *ok[] = { tool, "render", "timeline", example, "-o", path, "--from", "2024-03-01",
                       "--to", "2024-04-30", "--width", "600", "--height", "300", "--layout", "thread", NULL };
  g_autofree char *out = NULL;
  cairo_surface_t *png;
  int status;

  g_assert_nonnull (tool);
  g_free (run (bad_layout, &status));
  g_assert_true (WIFEXITED (status) && WEXITSTATUS (status) == 2);
  g_free (run (bad_date, &status));
  g_assert_true (WIFEXITED (status) && WEXITSTATUS (status) == 2);

  out = run (bench, &status);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  g_assert_nonnull (strstr (out, "frame ms: min "));

  g_free (run (ok, &status));
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  png = cairo_image_surface_create_from_png (path);
  g_assert_cmpint (cairo_surface_status (png), ==, CAIRO_STATUS_SUCCESS);
  /* 600 × 300 points at 96 dpi. */
  g_assert_cmpint (cairo_image_surface_get_width (png), ==, 800);
  g_assert_cmpint (cairo_image_surface_get_height (png), ==, 400);
  cairo_surface_destroy (png);
  g_unlink (path);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/timeline-painter/png-party", test_png_party);
  g_test_add_func ("/timeline-painter/png-thread", test_png_thread);
  g_test_add_func ("/timeline-painter/pixels", test_pixels);
  g_test_add_func ("/timeline-painter/batched", test_batched);
  g_test_add_func ("/timeline-painter/panned", test_panned);
  g_test_add_func ("/timeline-painter/clipped", test_clipped);
  g_test_add_func ("/timeline-painter/dark", test_dark);
  g_test_add_func ("/timeline-painter/svg", test_svg);
  g_test_add_func ("/timeline-painter/poster", test_poster);
  g_test_add_func ("/timeline-painter/tool", test_tool);
  g_test_add_func ("/timeline-painter/title-block", test_title_block);
  g_test_add_func ("/timeline-painter/thread-titles", test_thread_titles);

  return g_test_run ();
}
