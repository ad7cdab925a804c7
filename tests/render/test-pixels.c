/* test-pixels.c: shapes written straight into pixels, against cairo's
 *
 * Each shape is drawn twice onto the same background of every colour
 * and alpha: by cairo and by alignment-pixels.c.  Boxes, images and
 * masks on whole pixels must come out the same to the bit; boxes on
 * part pixels and dashes, which are antialiased another way, within a
 * few levels.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "alignment-pixels.h"

#define SIZE 64

/* Stripes of every hue and alpha, premultiplied as cairo keeps them. */
static cairo_surface_t *
background (void)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, SIZE, SIZE);
  cairo_t *cr = cairo_create (surface);
  cairo_pattern_t *across = cairo_pattern_create_linear (0, 0, SIZE, 0);
  cairo_pattern_t *down = cairo_pattern_create_linear (0, 0, 0, SIZE);

  cairo_pattern_add_color_stop_rgba (across, 0, 1, 0, 0, 1);
  cairo_pattern_add_color_stop_rgba (across, 0.5, 0, 1, 0.3, 0.6);
  cairo_pattern_add_color_stop_rgba (across, 1, 0.2, 0.1, 1, 0);
  cairo_set_source (cr, across);
  cairo_paint (cr);
  cairo_pattern_add_color_stop_rgba (down, 0, 1, 1, 1, 0);
  cairo_pattern_add_color_stop_rgba (down, 1, 0.9, 0.8, 0.1, 0.7);
  cairo_set_source (cr, down);
  cairo_paint (cr);
  cairo_pattern_destroy (across);
  cairo_pattern_destroy (down);
  cairo_destroy (cr);
  return surface;
}

/* The largest difference of a channel between @a and @b. */
static int
largest_difference (cairo_surface_t *a,
                    cairo_surface_t *b)
{
  int worst = 0;

  cairo_surface_flush (a);
  cairo_surface_flush (b);
  for (int y = 0; y < SIZE; y++)
    {
      const guint8 *ra = cairo_image_surface_get_data (a) + y * cairo_image_surface_get_stride (a);
      const guint8 *rb = cairo_image_surface_get_data (b) + y * cairo_image_surface_get_stride (b);

      for (int x = 0; x < 4 * SIZE; x++)
        worst = MAX (worst, ABS ((int) ra[x] - (int) rb[x]));
    }
  return worst;
}

static gboolean
changed (cairo_surface_t *surface)
{
  cairo_surface_t *untouched = background ();
  gboolean differs = largest_difference (surface, untouched) > 0;

  cairo_surface_destroy (untouched);
  return differs;
}

typedef struct
{
  cairo_surface_t *by_cairo;
  cairo_surface_t *by_pixels;
  cairo_t         *cr;
  AlignmentPixels  pixels;
} Pair;

static void
pair_init (Pair *pair)
{
  pair->by_cairo = background ();
  pair->by_pixels = background ();
  pair->cr = cairo_create (pair->by_pixels);
  g_assert_true (alignment_pixels_begin (&pair->pixels, pair->cr));
}

/* Ends the writing and gives the largest difference from cairo's. */
static int
pair_finish (Pair *pair)
{
  int worst;

  alignment_pixels_end (&pair->pixels);
  cairo_destroy (pair->cr);
  g_assert_true (changed (pair->by_cairo));
  g_assert_true (changed (pair->by_pixels));
  worst = largest_difference (pair->by_cairo, pair->by_pixels);
  cairo_surface_destroy (pair->by_cairo);
  cairo_surface_destroy (pair->by_pixels);
  return worst;
}

static const double colors[][4] = {
  { 0.8, 0.1, 0.2, 1.0 },
  { 0.1, 0.5, 0.9, 0.85 },
  { 0.3, 0.7, 0.1, 0.35 },
  { 1.0, 1.0, 1.0, 0.02 },
};

static void
test_box (void)
{
  for (guint c = 0; c < G_N_ELEMENTS (colors); c++)
    {
      const double *rgba = colors[c];
      Pair pair;
      cairo_t *cr;

      pair_init (&pair);
      /* Two boxes, one of them cut by the surface's edge. */
      cr = cairo_create (pair.by_cairo);
      cairo_set_source_rgba (cr, rgba[0], rgba[1], rgba[2], rgba[3]);
      cairo_rectangle (cr, 5, 7, 30, 11);
      cairo_rectangle (cr, 50, 40, 30, 30);
      cairo_fill (cr);
      cairo_destroy (cr);
      alignment_pixels_box (&pair.pixels, 5, 7, 35, 18, alignment_pixels_color (rgba[0], rgba[1], rgba[2], rgba[3]));
      alignment_pixels_box (&pair.pixels, 50, 40, 80, 70, alignment_pixels_color (rgba[0], rgba[1], rgba[2], rgba[3]));
      g_assert_cmpint (pair_finish (&pair), ==, 0);
    }
}

/* A box with another cut out, as two overlapping dots are filled once. */
static void
test_box_except (void)
{
  int box[4] = { 10, 10, 30, 30 }, except[4] = { 20, 15, 40, 25 };
  Pair pair;
  cairo_t *cr;

  pair_init (&pair);
  cr = cairo_create (pair.by_cairo);
  cairo_set_source_rgba (cr, 0.2, 0.4, 0.9, 0.7);
  cairo_rectangle (cr, 10, 10, 20, 20);
  cairo_rectangle (cr, 20, 15, 20, 10);
  cairo_fill (cr);
  cairo_destroy (cr);
  alignment_pixels_box (&pair.pixels, except[0], except[1], except[2], except[3],
                        alignment_pixels_color (0.2, 0.4, 0.9, 0.7));
  alignment_pixels_box_except (&pair.pixels, box, except, alignment_pixels_color (0.2, 0.4, 0.9, 0.7));
  g_assert_cmpint (pair_finish (&pair), ==, 0);
}

static void
test_image (void)
{
  cairo_surface_t *sprite = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 21, 21);
  cairo_t *cr = cairo_create (sprite);
  Pair pair;

  /* A half-transparent disc with an opaque ring, antialiased. */
  cairo_arc (cr, 10.3, 10.6, 7.2, 0, 2 * G_PI);
  cairo_set_source_rgba (cr, 0.1, 0.6, 0.3, 0.6);
  cairo_fill_preserve (cr);
  cairo_set_source_rgba (cr, 0.9, 0.2, 0.1, 1);
  cairo_set_line_width (cr, 1.7);
  cairo_stroke (cr);
  cairo_destroy (cr);

  pair_init (&pair);
  cr = cairo_create (pair.by_cairo);
  cairo_set_source_surface (cr, sprite, 3, 4);
  cairo_paint (cr);
  cairo_set_source_surface (cr, sprite, 50, -6);
  cairo_paint (cr);
  cairo_destroy (cr);
  alignment_pixels_image (&pair.pixels, sprite, 3, 4);
  alignment_pixels_image (&pair.pixels, sprite, 50, -6);
  g_assert_cmpint (pair_finish (&pair), ==, 0);
  cairo_surface_destroy (sprite);
}

static void
test_mask (void)
{
  cairo_surface_t *mask = cairo_image_surface_create (CAIRO_FORMAT_A8, 30, 12);
  cairo_t *cr = cairo_create (mask);
  AlignmentPixelsInk ink;
  Pair pair;

  /* Letters' coverage. */
  cairo_select_font_face (cr, "Sans", CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_NORMAL);
  cairo_set_font_size (cr, 10);
  cairo_move_to (cr, 1, 10);
  cairo_show_text (cr, "117a");
  cairo_destroy (cr);

  pair_init (&pair);
  cr = cairo_create (pair.by_cairo);
  cairo_set_source_rgba (cr, 0.1, 0.1, 0.15, 0.8);
  cairo_mask_surface (cr, mask, 10, 20);
  cairo_mask_surface (cr, mask, -7, 58);
  cairo_destroy (cr);
  alignment_pixels_ink (&ink, alignment_pixels_color (0.1, 0.1, 0.15, 0.8));
  alignment_pixels_mask (&pair.pixels, mask, 10, 20, &ink);
  alignment_pixels_mask (&pair.pixels, mask, -7, 58, &ink);
  g_assert_cmpint (pair_finish (&pair), ==, 0);
  cairo_surface_destroy (mask);
}

/* On part pixels, cairo's coverage is kept to 8 bits another way. */
static void
test_rectangle (void)
{
  int worst;
  Pair pair;
  cairo_t *cr;

  pair_init (&pair);
  cr = cairo_create (pair.by_cairo);
  cairo_set_source_rgba (cr, 0.5, 0.5, 0.5, 0.6);
  cairo_rectangle (cr, 10.3, 4.25, 0.54, 50.5);
  cairo_rectangle (cr, 20.8, 4.6, 7.9, 3.3);
  cairo_fill (cr);
  cairo_destroy (cr);
  alignment_pixels_rectangle (&pair.pixels, 10.3, 4.25, 10.84, 54.75, alignment_pixels_color (0.5, 0.5, 0.5, 0.6));
  alignment_pixels_rectangle (&pair.pixels, 20.8, 4.6, 28.7, 7.9, alignment_pixels_color (0.5, 0.5, 0.5, 0.6));
  worst = pair_finish (&pair);
  g_test_message ("at most %d levels apart", worst);
  g_assert_cmpint (worst, <=, 3);
}

/* Dashes are antialiased across and along them, not by their area: a
 * pixel on a slanted edge may differ by a few levels. */
static void
test_dashes (void)
{
  const double lines[][4] = { { 2, 5.5, 60, 5.5 }, { 3.2, 10.7, 58.1, 61.3 }, { 40.5, 60, 45.5, 2 } };

  for (guint i = 0; i < G_N_ELEMENTS (lines); i++)
    {
      const double *l = lines[i];
      int worst;
      Pair pair;
      cairo_t *cr;

      pair_init (&pair);
      cr = cairo_create (pair.by_cairo);
      cairo_set_source_rgba (cr, 0.9, 0.4, 0.1, 0.9);
      cairo_set_line_width (cr, 1.3);
      cairo_set_dash (cr, (double[]) { 6.3, 4.05 }, 2, 0);
      cairo_move_to (cr, l[0], l[1]);
      cairo_line_to (cr, l[2], l[3]);
      cairo_stroke (cr);
      cairo_destroy (cr);
      alignment_pixels_dashes (&pair.pixels, l[0], l[1], l[2], l[3], 1.3, 6.3, 4.05,
                               alignment_pixels_color (0.9, 0.4, 0.1, 0.9));
      worst = pair_finish (&pair);
      g_test_message ("line %u: at most %d levels apart", i, worst);
      g_assert_cmpint (worst, <=, 12);
    }
}

/* Written only within the clip, and only where cairo's pixels are the
 * surface's own, with a plain scale, OVER and one clip box on whole
 * pixels; else cairo draws. */
static void
test_when (void)
{
  cairo_surface_t *surface = background ();
  cairo_surface_t *recording = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);
  cairo_surface_t *untouched = background ();
  AlignmentPixels pixels;
  cairo_t *cr = cairo_create (surface);

  cairo_rectangle (cr, 10, 12, 20, 30);
  cairo_clip (cr);
  g_assert_true (alignment_pixels_begin (&pixels, cr));
  g_assert_cmpint (pixels.clip[0], ==, 10);
  g_assert_cmpint (pixels.clip[1], ==, 12);
  g_assert_cmpint (pixels.clip[2], ==, 30);
  g_assert_cmpint (pixels.clip[3], ==, 42);
  alignment_pixels_box (&pixels, 0, 0, SIZE, SIZE, alignment_pixels_color (0, 0, 0, 1));
  alignment_pixels_end (&pixels);
  cairo_surface_flush (surface);
  for (int y = 0; y < SIZE; y++)
    for (int x = 0; x < SIZE; x++)
      {
        guint32 pixel = ((guint32 *) cairo_image_surface_get_data (surface))[y * cairo_image_surface_get_stride (surface) / 4 + x];
        guint32 before = ((guint32 *) cairo_image_surface_get_data (untouched))[y * cairo_image_surface_get_stride (untouched) / 4 + x];
        gboolean inside = x >= 10 && x < 30 && y >= 12 && y < 42;

        g_assert_cmphex (pixel, ==, inside ? 0xff000000 : before);
      }

  /* A scale of 2 and an offset: the grid of the pixels. */
  cairo_reset_clip (cr);
  cairo_translate (cr, 3, 4);
  cairo_scale (cr, 2, 2);
  g_assert_true (alignment_pixels_begin (&pixels, cr));
  g_assert_cmpfloat (pixels.scale, ==, 2);
  g_assert_cmpfloat (alignment_pixels_x (&pixels, 5), ==, 13);
  g_assert_cmpfloat (alignment_pixels_y (&pixels, 5), ==, 14);
  alignment_pixels_end (&pixels);

  cairo_rotate (cr, 0.1);
  g_assert_false (alignment_pixels_grid (&pixels, cr));
  g_assert_false (alignment_pixels_begin (&pixels, cr));
  cairo_identity_matrix (cr);

  cairo_rectangle (cr, 10.5, 12, 20, 30);
  cairo_clip (cr);
  g_assert_false (alignment_pixels_begin (&pixels, cr));
  cairo_reset_clip (cr);

  cairo_rectangle (cr, 1, 1, 5, 5);
  cairo_rectangle (cr, 20, 20, 5, 5);
  cairo_clip (cr);
  g_assert_false (alignment_pixels_begin (&pixels, cr));
  cairo_reset_clip (cr);

  cairo_set_operator (cr, CAIRO_OPERATOR_SOURCE);
  g_assert_false (alignment_pixels_begin (&pixels, cr));
  cairo_set_operator (cr, CAIRO_OPERATOR_OVER);

  cairo_push_group (cr);
  g_assert_true (alignment_pixels_grid (&pixels, cr));
  g_assert_false (alignment_pixels_begin (&pixels, cr));
  cairo_pattern_destroy (cairo_pop_group (cr));
  cairo_destroy (cr);

  cr = cairo_create (recording);
  g_assert_false (alignment_pixels_grid (&pixels, cr));
  g_assert_false (alignment_pixels_begin (&pixels, cr));
  cairo_destroy (cr);

  cairo_surface_destroy (recording);
  cairo_surface_destroy (untouched);
  cairo_surface_destroy (surface);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/pixels/box", test_box);
  g_test_add_func ("/pixels/box-except", test_box_except);
  g_test_add_func ("/pixels/image", test_image);
  g_test_add_func ("/pixels/mask", test_mask);
  g_test_add_func ("/pixels/rectangle", test_rectangle);
  g_test_add_func ("/pixels/dashes", test_dashes);
  g_test_add_func ("/pixels/when", test_when);

  return g_test_run ();
}
