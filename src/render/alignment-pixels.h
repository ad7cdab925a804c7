/* alignment-pixels.h: small shapes written straight into a surface's pixels
 *
 * Private to src/render.  For a dot, a stamped marker or a short id,
 * cairo's cost is the overhead of the call, not the few pixels it
 * touches: a few thousand of them take it milliseconds.  Where a
 * cairo_t draws onto the pixels of an ARGB32 image surface, with a plain
 * scale, the OVER operator and a clip of one rectangle on whole pixels,
 * these write the pixels themselves, with the same arithmetic as
 * pixman's OVER: the picture is the same to the bit.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  /* The grid: pixel = user * scale + offset. */
  double           scale;
  double           offset[2];
  double           device_scale;      /* the surface's pixels to a device unit */
  double           device_offset[2];
  /* Set while the pixels are written directly, else NULL. */
  cairo_surface_t *surface;
  guint32         *data;
  int              stride;            /* in pixels */
  int              clip[4];           /* x0, y0, x1, y1: the pixels that may change */
} AlignmentPixels;

/* Whether @cr draws on an image surface whose pixels are a plain scale
 * of its user space (no rotation, the same both ways); if so, fills in
 * the grid of @pixels. */
gboolean alignment_pixels_grid  (AlignmentPixels       *pixels,
                                 cairo_t               *cr);
/* Whether @cr's pixels can also be written directly; if so, flushes the
 * surface, and alignment_pixels_end() must come before cairo draws on
 * it again. */
gboolean alignment_pixels_begin (AlignmentPixels       *pixels,
                                 cairo_t               *cr);
void     alignment_pixels_end   (AlignmentPixels       *pixels);

/* A colour as cairo gives it to pixman: premultiplied, 8 bits a channel. */
guint32  alignment_pixels_color (double                 red,
                                 double                 green,
                                 double                 blue,
                                 double                 alpha);

/* The pixels @x0 ≤ x < @x1, @y0 ≤ y < @y1 under @color. */
void     alignment_pixels_box   (const AlignmentPixels *pixels,
                                 int                    x0,
                                 int                    y0,
                                 int                    x1,
                                 int                    y1,
                                 guint32                color);
/* The box @x0, @y0 to @x1, @y1 in pixels, its edges antialiased: each
 * pixel covered by the product of its overlaps across and down. */
void     alignment_pixels_rectangle (const AlignmentPixels *pixels,
                                     double                 x0,
                                     double                 y0,
                                     double                 x1,
                                     double                 y1,
                                     guint32                color);
/* The same for the pixels of @box (x0, y0, x1, y1) outside @except. */
void     alignment_pixels_box_except (const AlignmentPixels *pixels,
                                      const int              box[4],
                                      const int              except[4],
                                      guint32                color);
/* A dashed line from @x0, @y0 to @x1, @y1 in pixels, @width wide,
 * dashes @on long with @off between, butt-capped, as cairo strokes it
 * but for the antialiasing: each pixel is covered by the product of its
 * overlaps along and across the dash. */
void     alignment_pixels_dashes (const AlignmentPixels *pixels,
                                  double                 x0,
                                  double                 y0,
                                  double                 x1,
                                  double                 y1,
                                  double                 width,
                                  double                 on,
                                  double                 off,
                                  guint32                color);
/* An ARGB32 image with its top left pixel at @x, @y.  An image is read
 * once, the first time it is given: it must not change after. */
void     alignment_pixels_image (const AlignmentPixels *pixels,
                                 cairo_surface_t       *image,
                                 int                    x,
                                 int                    y);
/* A colour at each coverage: what it adds and what it leaves of the
 * pixel behind. */
typedef struct
{
  guint32 source[256];
  guint8  behind[256];
} AlignmentPixelsInk;

void     alignment_pixels_ink   (AlignmentPixelsInk    *ink,
                                 guint32                color);
/* @ink through an A8 image (its coverage) with its top left at @x, @y. */
void     alignment_pixels_mask  (const AlignmentPixels *pixels,
                                 cairo_surface_t       *mask,
                                 int                    x,
                                 int                    y,
                                 const AlignmentPixelsInk *ink);

/* Moves the box @x0, @y0 to @x1, @y1 in user space to the nearest
 * edges of whole pixels. */
void     alignment_pixels_snap  (const AlignmentPixels *pixels,
                                 double                *x0,
                                 double                *y0,
                                 double                *x1,
                                 double                *y1);

/* Adds the box of pixels @x0, @y0 to @x1, @y1 to @cr's path, in its
 * user space. */
void     alignment_pixels_path_box (const AlignmentPixels *pixels,
                                    cairo_t               *cr,
                                    double                 x0,
                                    double                 y0,
                                    double                 x1,
                                    double                 y1);
/* The pixel cairo's current point lies on after a move to @x, @y: it
 * keeps the point in 24.8 fixed point of device space. */
void     alignment_pixels_point (const AlignmentPixels *pixels,
                                 double                 x,
                                 double                 y,
                                 double                *px,
                                 double                *py);

static inline double
alignment_pixels_x (const AlignmentPixels *pixels,
                    double                 x)
{
  return x * pixels->scale + pixels->offset[0];
}

static inline double
alignment_pixels_y (const AlignmentPixels *pixels,
                    double                 y)
{
  return y * pixels->scale + pixels->offset[1];
}

G_END_DECLS
