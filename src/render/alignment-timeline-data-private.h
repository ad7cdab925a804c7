/* alignment-timeline-data-private.h: the inside of AlignmentTimelineData
 *
 * For the layout in src/render only: it walks the sorted entries and
 * threads directly, as it did when they were one file.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "alignment-timeline-data.h"
#include "alignment-timeline-text.h"

G_BEGIN_DECLS

/* thread_index of a signal that belongs to no thread */
#define ALIGNMENT_TIMELINE_NO_THREAD G_MAXUINT

/* A dated signal, with what a layout needs of it copied out of the
 * GObject: a big case is laid out many times a second while zooming. */
typedef struct
{
  guint32     start;
  guint32     end;       /* after start, or 0 */
  guint       position;
  guint       thread;    /* number, 0 when none */
  guint       thread_index;
  guint       thread_rank;
  guint       lane[2];   /* by AlignmentTimelineLanes */
  guint8      type;
  guint8      party;     /* ALIGNMENT_PARTY_INDEX, 2 for unknown */
  guint8      urgency;
  guint8      understood;
  guint8      level;     /* escalation level, 0 when not set */
  guint8      differs;   /* the parties judged it differently */
  gint8       net[ALIGNMENT_N_PARTIES];
  const char *id;        /* borrowed from the signal */
  /* The id's width at id_size, kept: a zoom lays out every visible id
   * again at the same size. */
  double      id_width;
  double      id_size;
  const char *board;     /* borrowed from the signal; NULL when not set */
} AlignmentTimelineEntry;

typedef struct
{
  guint    number;
  GArray  *ranks;   /* guint, in the thread's order */
  gboolean aligned;
  int      days;    /* first signal to the closing alignment event */
  char    *title;   /* the case's title for it, or its opening trigger;
                     * NULL when built from signals alone */
} AlignmentTimelineThread;

struct _AlignmentTimelineData
{
  GPtrArray              *signals;   /* the given array, a reference each */
  AlignmentTimelineEntry *entries;   /* dated, sorted */
  guint                   n_entries;
  /* By entry and party: the sum of net of the entries before it, so
   * that a zoomed-out strip sums a run of them in one step. */
  int                    *net_before;
  int                    *rank_of;   /* by position, -1 when undated */
  guint                   n_undated;
  guint32                 first_day;
  guint32                 last_day;
  guint32                 max_duration;
  GArray                 *threads;   /* AlignmentTimelineThread, by number */
  guint                   n_party_lanes;
  gboolean                has_unthreaded;
  guint                   n_levelled; /* dated signals with a level */
  guint                   n_differing; /* dated signals the parties judged differently */
  char                   *party_names[3];
  /* The case's dated survey rounds, by date (a reference each), and
   * the questionnaire that scores them; NULL from signals alone. */
  GPtrArray              *rounds;
  GListModel             *survey_items;

  /* Widths of ids and labels, kept as long as the signals are. */
  AlignmentTimelineText *text;
};

/* A thread lane's label: "2 · New people", or "Thread 2" without a
 * title.  Newly allocated. */
char *alignment_timeline_thread_label (const AlignmentTimelineThread *thread);

/* Keeps @kase's dated survey rounds (alignment-timeline-rounds.c). */
void _alignment_timeline_data_take_rounds (AlignmentTimelineData *data,
                                           AlignmentCase         *kase);

/* The first rank whose start is at or after @day. */
guint _alignment_timeline_data_lower_bound (AlignmentTimelineData *data,
                                            double                 day);

G_END_DECLS
