/* alignment-timeline-data.h: the signals of a timeline, sorted and analysed
 *
 * Built once per change of the signals: it sorts them by date (then
 * thread and letter), works out their threads and the lane each is drawn
 * in, and answers the questions about threads that the painter and the
 * widget ask, so that neither walks the signals of the case itself.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "alignment-core.h"

G_BEGIN_DECLS

typedef enum
{
  ALIGNMENT_TIMELINE_LANES_PARTY,  /* a lane per party: the thesis's figure */
  ALIGNMENT_TIMELINE_LANES_THREAD, /* a lane per thread */
} AlignmentTimelineLanes;

GType alignment_timeline_lanes_get_type (void) G_GNUC_CONST;
#define ALIGNMENT_TYPE_TIMELINE_LANES (alignment_timeline_lanes_get_type ())

typedef struct _AlignmentTimelineData AlignmentTimelineData;

/* Takes a reference on each of @signals; @position in the results below
 * is an index into @signals.  The party names label the party lanes. */
AlignmentTimelineData *alignment_timeline_data_new        (AlignmentSignal *const *signals,
                                                           guint                   n_signals,
                                                           const char             *customer_name,
                                                           const char             *provider_name);
AlignmentTimelineData *alignment_timeline_data_new_for_case (AlignmentCase        *self);
/* Builds the data of @self and keeps it with the case for the next
 * _take_for_case(): for the thread that loads a case, while no other
 * thread holds it, so that the main thread only takes the result. */
void                   alignment_timeline_data_prepare_for_case (AlignmentCase   *self);
/* The data prepared for @self, when its signals are still the ones it
 * was built from, or else new data, as _new_for_case() gives. */
AlignmentTimelineData *alignment_timeline_data_take_for_case    (AlignmentCase   *self);
void                   alignment_timeline_data_free       (AlignmentTimelineData  *data);

/* The case's survey rounds that have a date (none for data built from
 * signals alone). */
guint                  alignment_timeline_data_get_n_rounds  (AlignmentTimelineData *data);
/* The date of the @index'th round, by date (Julian day). */
guint32                alignment_timeline_data_get_round_date (AlignmentTimelineData *data,
                                                               guint                  index);
/* What the @index'th round tells: a first line with its name and date,
 * then each party's scores per realm with the number of respondents.
 * Newly allocated. */
char                  *alignment_timeline_data_describe_round (AlignmentTimelineData *data,
                                                               guint                  index);

/* Signals with a start date, and without. */
guint                  alignment_timeline_data_get_n_dated   (AlignmentTimelineData *data);
guint                  alignment_timeline_data_get_n_undated (AlignmentTimelineData *data);
/* Julian days of the first start and the last start or end; 0 when no
 * signal is dated. */
guint32                alignment_timeline_data_get_first_day (AlignmentTimelineData *data);
guint32                alignment_timeline_data_get_last_day  (AlignmentTimelineData *data);

/* The dated signals in the timeline's order (by date, then thread and
 * letter), as positions in the array given to _new(); @rank is the
 * place in that order.  -1 when @position is not dated. */
guint                  alignment_timeline_data_get_position  (AlignmentTimelineData *data,
                                                              guint                  rank);
int                    alignment_timeline_data_get_rank      (AlignmentTimelineData *data,
                                                              guint                  position);
AlignmentSignal       *alignment_timeline_data_get_signal    (AlignmentTimelineData *data,
                                                              guint                  position);
/* Dated signals that record an escalation level. */
guint                  alignment_timeline_data_get_n_levelled (AlignmentTimelineData *data);
/* The name of a party by its ALIGNMENT_PARTY_INDEX (2: sender not set). */
const char            *alignment_timeline_data_get_party_name (AlignmentTimelineData *data,
                                                               int                    party_index);
/* The lane @position is drawn in for @lanes, and the number of lanes. */
guint                  alignment_timeline_data_get_lane      (AlignmentTimelineData *data,
                                                              AlignmentTimelineLanes lanes,
                                                              guint                  position);
guint                  alignment_timeline_data_get_n_lanes   (AlignmentTimelineData *data,
                                                              AlignmentTimelineLanes lanes);

/* ---- Threads ------------------------------------------------------------ */

/* The number of the thread the signal at @position (dated or not)
 * belongs to, 0 for none. */
guint                  alignment_timeline_data_get_thread    (AlignmentTimelineData *data,
                                                              guint                  position);
/* Appends to @positions (of guint) the positions of the signals of
 * @thread, dated or not, in ascending order. */
/* The title of @thread as the case gives it (its record's, or the
 * trigger of its opening signal); "" when there is none. */
const char            *alignment_timeline_data_get_thread_title (AlignmentTimelineData *data,
                                                                 guint                  thread);
void                   alignment_timeline_data_collect_thread (AlignmentTimelineData *data,
                                                               guint                  thread,
                                                               GArray                *positions);
/* The days @thread's dated signals span: the first start and the last
 * start or end.  FALSE, leaving both alone, when none of them is dated. */
gboolean               alignment_timeline_data_get_thread_span (AlignmentTimelineData *data,
                                                                guint                  thread,
                                                                guint32               *first_day,
                                                                guint32               *last_day);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (AlignmentTimelineData, alignment_timeline_data_free)

G_END_DECLS
