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

typedef struct
{
  cairo_scaled_font_t    *font;      /* NULL: more than one font, let pango draw it */
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

G_END_DECLS
