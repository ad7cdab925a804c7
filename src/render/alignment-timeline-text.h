/* alignment-timeline-text.h: text widths for the timeline's layout
 *
 * Private to src/render.  A layout places ids and labels by their width;
 * measuring is the costly part of a big case, so widths are kept per
 * size and string, and ids (short ASCII) are summed from advances
 * measured once per size.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <pango/pango.h>

G_BEGIN_DECLS

typedef struct _AlignmentTimelineText AlignmentTimelineText;

AlignmentTimelineText *alignment_timeline_text_new        (void);
void                   alignment_timeline_text_free       (AlignmentTimelineText *text);

/* The width of @string in Sans at @size, unhinted as the painter draws. */
double                 alignment_timeline_text_measure    (AlignmentTimelineText *text,
                                                           const char            *string,
                                                           double                 size);
/* The same for a signal's id, faster for ASCII. */
double                 alignment_timeline_text_measure_id (AlignmentTimelineText *text,
                                                           const char            *id,
                                                           double                 size);

/* A string shaped once and drawn many frames: its glyphs, placed as
 * pango_cairo_show_layout() places them from the box's top left. */
typedef struct
{
  unsigned long index;
  double        run_x;  /* the run's start; the glyph is at run_x + x */
  double        x;
  double        y;      /* from the baseline */
} AlignmentTimelineGlyph;

typedef struct _AlignmentTimelineMask AlignmentTimelineMask;

typedef struct
{
  cairo_scaled_font_t    *font;      /* NULL: more than one font, let pango draw it */
  AlignmentTimelineMask  *mask;      /* see alignment_timeline_shaped_mask() */
  double                  baseline;
  double                  width;     /* the logical box's, as pango measures it */
  guint                   n_glyphs;
  AlignmentTimelineGlyph  glyphs[];
} AlignmentTimelineShaped;

/* @string shaped in @layout's font.  @key names that font (its size and
 * weight); @stamp names the surface's font options and scale, and a new
 * one forgets what was shaped for the old. */
const AlignmentTimelineShaped *alignment_timeline_text_shape (AlignmentTimelineText *text,
                                                              PangoLayout           *layout,
                                                              const char            *key,
                                                              guint64                stamp,
                                                              const char            *string);

/* @shaped's glyphs as the coverage cairo composites onto pixels: an A8
 * image for the baseline's start at @x, @y in pixels, @scale pixels to a
 * unit, and in @left, @top the pixel its top left goes on.  Kept with
 * @shaped.  NULL where cairo must draw the glyphs itself: a font
 * antialiased per colour channel, or the first time at a new place
 * within a pixel (a view moved by whole pixels comes back to it, a zoom
 * does not). */
cairo_surface_t *alignment_timeline_shaped_mask (const AlignmentTimelineShaped *shaped,
                                                 double                         scale,
                                                 double                         x,
                                                 double                         y,
                                                 int                           *left,
                                                 int                           *top);

G_END_DECLS
