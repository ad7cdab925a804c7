/* alignment-timeline-layout-private.h: shared by the files of the layout
 *
 * The layout's proportions and the frame's part in building a layout
 * (alignment-timeline-frame.c), for alignment-timeline-layout.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "alignment-timeline-layout.h"

G_BEGIN_DECLS

/* Proportions, in font sizes, so that a figure scales as one. */
#define ROW_PITCH   1.75  /* between stacked markers */
#define LABEL_GAP   0.3   /* between a marker and its id */
#define LABEL_H     1.15
#define LANE_PAD    0.5
#define THREAD_ROWS 3     /* a thread lane's natural height, in rows */
#define PARTY_ROWS  8     /* a party lane's, at least */
#define MAX_LABELS  1500  /* beyond this many markers, ids are left out */

/* The frame around the lanes: label column, axis, strip, legend. */
void _alignment_timeline_layout_frame         (AlignmentTimelineLayout *layout,
                                               gboolean                 has_today);
/* Moves the axis, strip and legend up by @delta, the plot shrinking:
 * the lanes need less than the frame gave them. */
void _alignment_timeline_layout_raise_frame   (AlignmentTimelineLayout *layout,
                                               double                   delta);
/* The survey rounds' marks (alignment-timeline-rounds.c). */
void _alignment_timeline_layout_rounds        (AlignmentTimelineLayout *layout);
void _alignment_timeline_layout_rounds_free   (AlignmentTimelineLayout *layout);

/* Flows the legend again once the layout knows whether it has density. */
void _alignment_timeline_layout_finish_legend (AlignmentTimelineLayout *layout);

G_END_DECLS
