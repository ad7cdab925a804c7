/* alignment-pixels.c: small shapes written straight into a surface's pixels
 *
 * The arithmetic is pixman's for OVER on premultiplied ARGB32: a channel
 * times an 8-bit factor rounds as (t + (t >> 8)) >> 8 with
 * t = x × a + 128.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "alignment-pixels.h"

gboolean
alignment_pixels_grid (AlignmentPixels *pixels,
                       cairo_t         *cr)
{
  cairo_surface_t *target = cairo_get_target (cr);
  cairo_matrix_t matrix;
  double sx, sy, ox, oy;

  memset (pixels, 0, sizeof *pixels);
  if (cairo_surface_get_type (target) != CAIRO_SURFACE_TYPE_IMAGE)
    return FALSE;
  cairo_get_matrix (cr, &matrix);
  cairo_surface_get_device_scale (target, &sx, &sy);
  cairo_surface_get_device_offset (target, &ox, &oy);
  if (matrix.xy != 0 || matrix.yx != 0 || matrix.xx <= 0 || matrix.xx != matrix.yy || sx != sy || !(sx > 0))
    return FALSE;

  pixels->scale = matrix.xx * sx;
  pixels->offset[0] = matrix.x0 * sx + ox;
  pixels->offset[1] = matrix.y0 * sy + oy;
  pixels->device_scale = sx;
  pixels->device_offset[0] = ox;
  pixels->device_offset[1] = oy;
  return TRUE;
}

void
alignment_pixels_path_box (const AlignmentPixels *pixels,
                           cairo_t               *cr,
                           double                 x0,
                           double                 y0,
                           double                 x1,
                           double                 y1)
{
  cairo_rectangle (cr, (x0 - pixels->offset[0]) / pixels->scale, (y0 - pixels->offset[1]) / pixels->scale,
                   (x1 - x0) / pixels->scale, (y1 - y0) / pixels->scale);
}

void
alignment_pixels_snap (const AlignmentPixels *pixels,
                       double                *x0,
                       double                *y0,
                       double                *x1,
                       double                *y1)
{
  *x0 = (round (alignment_pixels_x (pixels, *x0)) - pixels->offset[0]) / pixels->scale;
  *y0 = (round (alignment_pixels_y (pixels, *y0)) - pixels->offset[1]) / pixels->scale;
  *x1 = (round (alignment_pixels_x (pixels, *x1)) - pixels->offset[0]) / pixels->scale;
  *y1 = (round (alignment_pixels_y (pixels, *y1)) - pixels->offset[1]) / pixels->scale;
}

static double
fixed_point (const AlignmentPixels *pixels,
             double                 pixel,
             double                 device_offset)
{
  double device = (pixel - device_offset) / pixels->device_scale;

  return round (device * 256) / 256 * pixels->device_scale + device_offset;
}

void
alignment_pixels_point (const AlignmentPixels *pixels,
                        double                 x,
                        double                 y,
                        double                *px,
                        double                *py)
{
  *px = fixed_point (pixels, alignment_pixels_x (pixels, x), pixels->device_offset[0]);
  *py = fixed_point (pixels, alignment_pixels_y (pixels, y), pixels->device_offset[1]);
}

static gboolean
on_whole_pixel (double v)
{
  return fabs (v - round (v)) < 1e-6;
}

gboolean
alignment_pixels_begin (AlignmentPixels *pixels,
                        cairo_t         *cr)
{
  cairo_surface_t *target = cairo_get_target (cr);
  cairo_rectangle_list_t *clip;
  double x0, y0, x1, y1;
  gboolean plain;

  if (!alignment_pixels_grid (pixels, cr)
      /* Not into a group, whose pixels are elsewhere. */
      || cairo_get_group_target (cr) != target
      || cairo_get_operator (cr) != CAIRO_OPERATOR_OVER
      || cairo_image_surface_get_format (target) != CAIRO_FORMAT_ARGB32)
    return FALSE;

  /* Unclipped, cairo gives the surface's bounds: one rectangle too. */
  clip = cairo_copy_clip_rectangle_list (cr);
  plain = clip->status == CAIRO_STATUS_SUCCESS && clip->num_rectangles == 1;
  if (plain)
    {
      const cairo_rectangle_t *r = &clip->rectangles[0];

      x0 = alignment_pixels_x (pixels, r->x);
      y0 = alignment_pixels_y (pixels, r->y);
      x1 = alignment_pixels_x (pixels, r->x + r->width);
      y1 = alignment_pixels_y (pixels, r->y + r->height);
      plain = on_whole_pixel (x0) && on_whole_pixel (y0) && on_whole_pixel (x1) && on_whole_pixel (y1);
    }
  cairo_rectangle_list_destroy (clip);
  if (!plain)
    return FALSE;

  cairo_surface_flush (target);
  pixels->surface = target;
  pixels->data = (guint32 *) cairo_image_surface_get_data (target);
  pixels->stride = cairo_image_surface_get_stride (target) / 4;
  pixels->clip[0] = MAX ((int) round (x0), 0);
  pixels->clip[1] = MAX ((int) round (y0), 0);
  pixels->clip[2] = MIN ((int) round (x1), cairo_image_surface_get_width (target));
  pixels->clip[3] = MIN ((int) round (y1), cairo_image_surface_get_height (target));
  return pixels->data != NULL;
}

void
alignment_pixels_end (AlignmentPixels *pixels)
{
  if (pixels->surface != NULL)
    cairo_surface_mark_dirty (pixels->surface);
  pixels->surface = NULL;
  pixels->data = NULL;
}

/* cairo keeps a channel in 16 bits, rounded; pixman takes the high 8. */
static guint32
channel (double value)
{
  return ((guint32) (CLAMP (value, 0.0, 1.0) * 65535.0 + 0.5)) >> 8;
}

guint32
alignment_pixels_color (double red,
                        double green,
                        double blue,
                        double alpha)
{
  return channel (alpha) << 24 | channel (red * alpha) << 16 | channel (green * alpha) << 8 | channel (blue * alpha);
}

/* Each channel of @x times @a / 255: the four spread over 64 bits, a
 * channel to 16 of them, and multiplied at once. */
static inline guint32
mul (guint32 x,
     guint32 a)
{
  guint64 t = (x & 0xff00ff) | (guint64) (x & 0xff00ff00) << 24;

  t = t * a + G_GUINT64_CONSTANT (0x0080008000800080);
  t = ((t + ((t >> 8) & G_GUINT64_CONSTANT (0x00ff00ff00ff00ff))) >> 8) & G_GUINT64_CONSTANT (0x00ff00ff00ff00ff);
  return (guint32) (t | t >> 24);
}

/* Two pixels of a row at once, a channel to a lane: GCC and Clang turn
 * these into the processor's vector instructions. */
typedef guint8  Bytes __attribute__ ((vector_size (8)));
typedef guint16 Lanes __attribute__ ((vector_size (16)));

/* Two pixels of @row under @color, whose alpha leaves @behind of them. */
static inline void
over_two (guint32 *row,
          Bytes    color,
          guint16  behind)
{
  Bytes pixels;
  Lanes t;

  memcpy (&pixels, row, sizeof pixels);
  t = __builtin_convertvector (pixels, Lanes) * behind + 0x80;
  t = (t + (t >> 8)) >> 8;
  pixels = __builtin_convertvector (t, Bytes) + color;
  memcpy (row, &pixels, sizeof pixels);
}

/* Premultiplied, a channel of @source plus the same of @dest behind it
 * never passes 255. */
static inline guint32
over (guint32 source,
      guint32 dest)
{
  guint32 alpha = source >> 24;

  if (alpha == 0xff)
    return source;
  return source + mul (dest, 0xff - alpha);
}

/* An image's size and pixels, and where the pixels of each row that
 * are not transparent begin and end: found once and kept with it, since
 * the corners of a marker and the space around letters are most of
 * their images, and asking cairo each time costs more than the copy. */
typedef struct
{
  int           bytes;    /* a pixel's: 1 for A8, 4 for ARGB32 */
  int           width;
  int           height;
  int           stride;
  const guchar *data;
  gint16        spans[];  /* first and last + 1, by row */
} Image;

static const cairo_user_data_key_t image_key;

static const Image *
image_of (cairo_surface_t *surface)
{
  Image *image = cairo_surface_get_user_data (surface, &image_key);
  cairo_format_t format;

  if (image != NULL)
    return image;

  format = cairo_image_surface_get_format (surface);
  cairo_surface_flush (surface);
  image = g_malloc0 (sizeof (Image) + 2 * sizeof (gint16) * (gsize) MAX (cairo_image_surface_get_height (surface), 0));
  image->bytes = format == CAIRO_FORMAT_A8 ? 1 : format == CAIRO_FORMAT_ARGB32 ? 4 : 0;
  image->width = cairo_image_surface_get_width (surface);
  image->height = cairo_image_surface_get_height (surface);
  image->stride = cairo_image_surface_get_stride (surface);
  image->data = cairo_image_surface_get_data (surface);
  for (int y = 0; y < image->height && image->data != NULL && image->bytes != 0; y++)
    {
      const guchar *row = image->data + (gsize) y * image->stride;
      int first = -1, last = -1;

      for (int x = 0; x < image->width; x++)
        {
          gboolean clear = image->bytes == 1 ? row[x] == 0 : ((const guint32 *) (const void *) row)[x] == 0;

          if (!clear)
            {
              if (first < 0)
                first = x;
              last = x;
            }
        }
      image->spans[2 * y] = (gint16) MAX (first, 0);
      image->spans[2 * y + 1] = (gint16) (last + 1);
    }
  cairo_surface_set_user_data (surface, &image_key, image, g_free);
  return image;
}

/* Cuts @x, @y, @width, @height to the clip; FALSE when nothing is left.
 * @sx, @sy give where the cut starts within the original. */
static gboolean
clip_to (const AlignmentPixels *pixels,
         int                   *x,
         int                   *y,
         int                   *width,
         int                   *height,
         int                   *sx,
         int                   *sy)
{
  int x0 = MAX (*x, pixels->clip[0]), y0 = MAX (*y, pixels->clip[1]);
  int x1 = MIN (*x + *width, pixels->clip[2]), y1 = MIN (*y + *height, pixels->clip[3]);

  if (x0 >= x1 || y0 >= y1)
    return FALSE;
  *sx = x0 - *x;
  *sy = y0 - *y;
  *x = x0;
  *y = y0;
  *width = x1 - x0;
  *height = y1 - y0;
  return TRUE;
}

void
alignment_pixels_box (const AlignmentPixels *pixels,
                      int                    x0,
                      int                    y0,
                      int                    x1,
                      int                    y1,
                      guint32                color)
{
  int width = x1 - x0, height = y1 - y0, sx, sy;

  guint32 behind = 0xff - (color >> 24);
  guint32 both[2] = { color, color };
  Bytes two;

  if (color == 0 || !clip_to (pixels, &x0, &y0, &width, &height, &sx, &sy))
    return;
  memcpy (&two, both, sizeof two);
  for (int y = y0; y < y0 + height; y++)
    {
      guint32 *row = pixels->data + (gsize) y * pixels->stride + x0;

      int x = 0;

      if (behind == 0)
        for (; x < width; x++)
          row[x] = color;
      for (; x + 1 < width; x += 2)
        over_two (row + x, two, (guint16) behind);
      for (; x < width; x++)
        row[x] = color + mul (row[x], behind);
    }
}

void
alignment_pixels_box_except (const AlignmentPixels *pixels,
                             const int              box[4],
                             const int              except[4],
                             guint32                color)
{
  int y0 = MAX (box[1], except[1]), y1 = MIN (box[3], except[3]);

  if (MAX (box[0], except[0]) >= MIN (box[2], except[2]) || y0 >= y1)
    {
      alignment_pixels_box (pixels, box[0], box[1], box[2], box[3], color);
      return;
    }
  /* Above and below @except, and beside it between. */
  alignment_pixels_box (pixels, box[0], box[1], box[2], y0, color);
  alignment_pixels_box (pixels, box[0], y1, box[2], box[3], color);
  alignment_pixels_box (pixels, box[0], y0, MIN (box[2], except[0]), y1, color);
  alignment_pixels_box (pixels, MAX (box[0], except[2]), y0, box[2], y1, color);
}

/* How much of the pixel from @d - ½ to @d + ½ lies within @lo to @hi. */
static inline double
overlap (double d,
         double lo,
         double hi)
{
  return MAX (0.0, MIN (d + 0.5, hi) - MAX (d - 0.5, lo));
}

/* @color at @cover, from none to all. */
static inline guint32
covered (guint32 color,
         double  cover)
{
  guint32 m = (guint32) (cover * 255 + 0.5);

  return m >= 0xff ? color : m == 0 ? 0 : mul (color, m);
}

void
alignment_pixels_rectangle (const AlignmentPixels *pixels,
                            double                 x0,
                            double                 y0,
                            double                 x1,
                            double                 y1,
                            guint32                color)
{
  int left = (int) floor (x0), right = (int) ceil (x1);
  int top = MAX ((int) floor (y0), pixels->clip[1]), bottom = MIN ((int) ceil (y1), pixels->clip[3]);
  double first = overlap (left + 0.5, x0, x1), last = overlap (right - 0.5, x0, x1), down = -1;
  guint32 edge[2] = { 0, 0 }, middle = 0;

  int x0_in = MAX (left, pixels->clip[0]), x1_in = MIN (right, pixels->clip[2]);

  /* Only the first and last column and row can be covered in part. */
  for (int y = top; y < bottom; y++)
    {
      guint32 *row = pixels->data + (gsize) y * pixels->stride;
      double d = y > y0 && y + 1 < y1 ? 1.0 : overlap (y + 0.5, y0, y1);

      if (d != down)
        {
          down = d;
          edge[0] = covered (color, d * first);
          edge[1] = covered (color, d * last);
          middle = covered (color, d);
        }
      for (int x = x0_in; x < x1_in; x++)
        {
          guint32 source = x == left ? edge[0] : x == right - 1 ? edge[1] : middle;

          if (source != 0)
            row[x] = over (source, row[x]);
        }
    }
}

void
alignment_pixels_dashes (const AlignmentPixels *pixels,
                         double                 x0,
                         double                 y0,
                         double                 x1,
                         double                 y1,
                         double                 width,
                         double                 on,
                         double                 off,
                         guint32                color)
{
  double length = hypot (x1 - x0, y1 - y0);
  double ux, uy, half = width / 2;

  if (!(length > 0) || !(on > 0) || !(off >= 0) || color == 0)
    return;
  ux = (x1 - x0) / length;
  uy = (y1 - y0) / length;
  for (double start = 0; start < length; start += on + off)
    {
      double end = MIN (start + on, length);
      double ax = x0 + ux * start, ay = y0 + uy * start;
      double bx = x0 + ux * end, by = y0 + uy * end;
      int left = MAX ((int) floor (MIN (ax, bx) - half - 1), pixels->clip[0]);
      int right = MIN ((int) ceil (MAX (ax, bx) + half + 1), pixels->clip[2]);
      int top = MAX ((int) floor (MIN (ay, by) - half - 1), pixels->clip[1]);
      int bottom = MIN ((int) ceil (MAX (ay, by) + half + 1), pixels->clip[3]);

      for (int y = top; y < bottom; y++)
        {
          guint32 *row = pixels->data + (gsize) y * pixels->stride;
          double cy = y + 0.5 - y0;

          for (int x = left; x < right; x++)
            {
              double cx = x + 0.5 - x0;
              double along = cx * ux + cy * uy, across = cx * uy - cy * ux;
              double cover = overlap (along, start, end) * overlap (across, -half, half);
              guint32 m = (guint32) (cover * 255 + 0.5);

              if (m != 0)
                row[x] = over (m >= 0xff ? color : mul (color, m), row[x]);
            }
        }
    }
}

void
alignment_pixels_image (const AlignmentPixels *pixels,
                        cairo_surface_t       *surface,
                        int                    x,
                        int                    y)
{
  const Image *image = image_of (surface);
  int width = image->width, height = image->height, sx, sy;

  g_return_if_fail (image->bytes == 4);
  if (image->data == NULL || !clip_to (pixels, &x, &y, &width, &height, &sx, &sy))
    return;
  for (int j = 0; j < height; j++)
    {
      const guint32 *from = (const guint32 *) (const void *) (image->data + (gsize) (sy + j) * image->stride);
      guint32 *row = pixels->data + (gsize) (y + j) * pixels->stride + x - sx;
      int i0 = MAX (image->spans[2 * (sy + j)], sx), i1 = MIN (image->spans[2 * (sy + j) + 1], sx + width);

      for (int i = i0; i < i1; i++)
        if (from[i] != 0)
          row[i] = over (from[i], row[i]);
    }
}

void
alignment_pixels_ink (AlignmentPixelsInk *ink,
                      guint32             color)
{
  for (guint32 m = 0; m < 256; m++)
    {
      ink->source[m] = m == 0xff ? color : mul (color, m);
      ink->behind[m] = 0xff - (ink->source[m] >> 24);
    }
}

void
alignment_pixels_mask (const AlignmentPixels    *pixels,
                       cairo_surface_t          *surface,
                       int                       x,
                       int                       y,
                       const AlignmentPixelsInk *ink)
{
  const Image *image = image_of (surface);
  int width = image->width, height = image->height, sx, sy;

  g_return_if_fail (image->bytes == 1);
  if (image->data == NULL || ink->source[0xff] == 0 || !clip_to (pixels, &x, &y, &width, &height, &sx, &sy))
    return;
  for (int j = 0; j < height; j++)
    {
      const guchar *from = image->data + (gsize) (sy + j) * image->stride;
      guint32 *row = pixels->data + (gsize) (y + j) * pixels->stride + x - sx;
      int i0 = MAX (image->spans[2 * (sy + j)], sx), i1 = MIN (image->spans[2 * (sy + j) + 1], sx + width);

      for (int i = i0; i < i1; i++)
        if (from[i] != 0)
          row[i] = ink->source[from[i]] + mul (row[i], ink->behind[from[i]]);
    }
}
