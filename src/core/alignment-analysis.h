/* alignment-analysis.h: trust deltas and threads, as pure functions
 *
 * Every function here reads signals and computes; nothing keeps state or
 * touches a case.  They take the signals as a borrowed array (see
 * alignment_signal_list_peek()) so that views and tools can pass a whole
 * case or any selection of it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "alignment-types.h"
#include "alignment-enums.h"
#include "alignment-agreement.h"

G_BEGIN_DECLS

/* ---- Trust-delta heatmap ------------------------------------------------ */

typedef enum
{
  ALIGNMENT_BUCKET_WEEK,    /* ISO week: "2024-W07" */
  ALIGNMENT_BUCKET_MONTH,   /* "2024-02" */
  ALIGNMENT_BUCKET_QUARTER, /* "2024-Q1" */
  ALIGNMENT_BUCKET_THREAD,  /* thread number: "2" */
} AlignmentBucketKind;

GType alignment_bucket_kind_get_type (void) G_GNUC_CONST;
#define ALIGNMENT_TYPE_BUCKET_KIND (alignment_bucket_kind_get_type ())

typedef struct
{
  char   *label;      /* as above; stable, not translated */
  int     key;        /* orders the buckets: week, month or quarter index
                       * since year 0, or the thread number */
  guint32 first_day;  /* Julian days covered (time buckets); for a thread
                       * its first and last signal's date, 0 if undated */
  guint32 last_day;
  guint   n_signals;  /* signals that fall in this bucket */
  /* Summed deltas (or running sums), [party index][realm]; party index 0
   * is the customer, 1 the provider (ALIGNMENT_PARTY_INDEX). */
  int     net[ALIGNMENT_N_PARTIES][ALIGNMENT_N_REALMS];
  /* The positive and negative deltas apart (the negatives as a count >= 0),
   * so that churn is not hidden by a zero net.  Running sums too when
   * cumulative. */
  int     gained[ALIGNMENT_N_PARTIES][ALIGNMENT_N_REALMS];
  int     lost[ALIGNMENT_N_PARTIES][ALIGNMENT_N_REALMS];
} AlignmentBucket;

typedef struct
{
  AlignmentBucketKind kind;
  gboolean            cumulative;
  GArray             *buckets;    /* of AlignmentBucket, ordered by key */
  guint               n_undated;  /* signals left out of time buckets */
  AlignmentPerceptionView view;   /* whose ratings the buckets sum */
} AlignmentHeatmap;

/* Sums the trust deltas of @signals per party and realm into buckets of
 * @kind.  Time buckets run without gaps from the first dated signal's
 * bucket to the last one's (empty buckets hold zeros), so that a row reads
 * as a time axis; thread buckets are the threads present, by number.  With
 * @cumulative each bucket holds the running sum up to and including it. */
AlignmentHeatmap *alignment_heatmap_compute (AlignmentSignal *const *signals,
                                             guint                   n_signals,
                                             AlignmentBucketKind     kind,
                                             gboolean                cumulative);
/* The same as @view sees the impacts (alignment-agreement.h): each
 * party's own ratings, one party's view with its estimates of the
 * other's, or the difference of the two views (deltas of −2 … +2 per
 * signal). */
AlignmentHeatmap *alignment_heatmap_compute_view (AlignmentSignal *const  *signals,
                                                  guint                    n_signals,
                                                  AlignmentBucketKind      kind,
                                                  gboolean                 cumulative,
                                                  AlignmentPerceptionView  view);
void              alignment_heatmap_free    (AlignmentHeatmap       *heatmap);

/* The label of the bucket that holds @julian ("2024-W07"), newly allocated. */
char             *alignment_bucket_label_for_day (AlignmentBucketKind kind,
                                                  guint32             julian);

/* What a heatmap cell shows. */
typedef enum
{
  ALIGNMENT_HEATMAP_NET,        /* the bucket's net delta */
  ALIGNMENT_HEATMAP_CUMULATIVE, /* the running sum: a trust trajectory */
  ALIGNMENT_HEATMAP_SPLIT,      /* gains and losses apart: +4 / -3 */
  ALIGNMENT_HEATMAP_GAP,        /* customer minus provider, per realm */
} AlignmentHeatmapMode;

GType alignment_heatmap_mode_get_type (void) G_GNUC_CONST;
#define ALIGNMENT_TYPE_HEATMAP_MODE (alignment_heatmap_mode_get_type ())

/* The gap of @bucket in @realm: how much more the customer's trust moved
 * than the provider's on the same signals.  Running when the heatmap is
 * cumulative, like the nets it is the difference of. */
static inline int
alignment_bucket_gap (const AlignmentBucket *bucket,
                      AlignmentRealm         realm)
{
  return bucket->net[0][realm] - bucket->net[1][realm];
}

/* The heatmap as CSV, the cells as @mode shows them: one row per bucket
 * after a header row; for net and cumulative one column per party and
 * realm ("customer_operational"), for split two ("…_gained", "…_lost"),
 * for gap one per realm ("gap_operational").  The nets are running sums
 * when @heatmap is cumulative.  Newly allocated. */
char             *alignment_heatmap_to_csv       (const AlignmentHeatmap *heatmap,
                                                  AlignmentHeatmapMode    mode);

/* The positions in @signals of the signals that make the cell of bucket
 * @bucket_index (of a heatmap computed from the same @signals) in
 * @realm for the party at @party_index, or for both parties when
 * @party_index is ALIGNMENT_N_PARTIES (a gap cell): those that fall in
 * the bucket (or, cumulative, in it or before it) and move that trust
 * as the heatmap's view sees it.
 * A GArray of guint, in the order of @signals. */
GArray           *alignment_heatmap_cell_signals (const AlignmentHeatmap *heatmap,
                                                  AlignmentSignal *const *signals,
                                                  guint                   n_signals,
                                                  guint                   bucket_index,
                                                  guint                   party_index,
                                                  AlignmentRealm          realm);

/* ---- Threads ------------------------------------------------------------ */

typedef enum
{
  ALIGNMENT_THREAD_OPEN,
  ALIGNMENT_THREAD_ALIGNED,
} AlignmentThreadStatus;

typedef enum
{
  ALIGNMENT_THREAD_FLAG_NONE             = 0,
  /* a signal in the thread was not understood as meant */
  ALIGNMENT_THREAD_FLAG_NOT_UNDERSTOOD   = 1 << 0,
  /* an escalation follows an alignment event: the cycle started again */
  ALIGNMENT_THREAD_FLAG_RESTARTED        = 1 << 1,
  /* a signal's urgency was understood differently from how it was meant */
  ALIGNMENT_THREAD_FLAG_URGENCY_MISMATCH = 1 << 2,
} AlignmentThreadFlags;

typedef struct
{
  guint                 number;
  /* The thread's signals by date, then letter (alignment_signal_compare):
   * a GPtrArray holding a reference on each. */
  GPtrArray            *signals;
  guint32               first_day;   /* Julian; 0 when no signal is dated */
  guint32               last_day;
  AlignmentThreadStatus status;
  AlignmentThreadFlags  flags;
  /* From the first signal's start to the closing alignment event's start,
   * in days; -1 when open or undated. */
  int                   days_to_alignment;
  int                   net[ALIGNMENT_N_PARTIES][ALIGNMENT_N_REALMS];
  /* The highest escalation level a signal of the thread recorded, 0 when
   * none did; how many days the thread stayed there, from the first
   * signal at that level to the next signal at a lower level, or to the
   * closing alignment event, or (when it is still there) to the thread's
   * last date: -1 when those days are not dated; and whether it is still
   * there at the thread's last signal. */
  guint                 highest_level;
  int                   days_at_highest_level;
  gboolean              still_at_highest_level;
} AlignmentThread;

void       alignment_thread_free     (AlignmentThread        *thread);

/* The threads of @signals in order of number: a GPtrArray of
 * AlignmentThread that frees its items.  A thread is aligned when its
 * last signal is an alignment event, open otherwise.  Signals whose id
 * has no thread number are left out. */
GPtrArray *alignment_threads_compute (AlignmentSignal *const *signals,
                                      guint                   n_signals);

/* ---- Totals ------------------------------------------------------------- */

typedef struct
{
  guint   n_signals;
  guint   n_threads;
  guint   n_open;
  guint   n_aligned;
  guint32 first_day; /* Julian day of the earliest start date, 0 if none */
  guint32 last_day;  /* latest start or end date, 0 if none */
  int     net[ALIGNMENT_N_PARTIES][ALIGNMENT_N_REALMS];
  guint   by_type[5];   /* indexed by AlignmentSignalType */
} AlignmentTotals;

void       alignment_totals_compute  (AlignmentSignal *const *signals,
                                      guint                   n_signals,
                                      AlignmentTotals        *totals);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (AlignmentHeatmap, alignment_heatmap_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (AlignmentThread, alignment_thread_free)

G_END_DECLS
