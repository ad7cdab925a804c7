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

#include <glib.h>

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

G_END_DECLS
