/* alignment-analysis.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "alignment-agreement.h"
#include "alignment-analysis.h"
#include "alignment-core-private.h"
#include "alignment-date.h"
#include "alignment-signal.h"

G_DEFINE_ENUM_TYPE (AlignmentBucketKind, alignment_bucket_kind,
  G_DEFINE_ENUM_VALUE (ALIGNMENT_BUCKET_WEEK, "week"),
  G_DEFINE_ENUM_VALUE (ALIGNMENT_BUCKET_MONTH, "month"),
  G_DEFINE_ENUM_VALUE (ALIGNMENT_BUCKET_QUARTER, "quarter"),
  G_DEFINE_ENUM_VALUE (ALIGNMENT_BUCKET_THREAD, "thread"))

G_DEFINE_ENUM_TYPE (AlignmentHeatmapMode, alignment_heatmap_mode,
  G_DEFINE_ENUM_VALUE (ALIGNMENT_HEATMAP_NET, "net"),
  G_DEFINE_ENUM_VALUE (ALIGNMENT_HEATMAP_CUMULATIVE, "cumulative"),
  G_DEFINE_ENUM_VALUE (ALIGNMENT_HEATMAP_SPLIT, "split"),
  G_DEFINE_ENUM_VALUE (ALIGNMENT_HEATMAP_GAP, "gap"))

/* ---- Buckets ------------------------------------------------------------
 *
 * Keys count whole weeks, months or quarters since the start of the
 * calendar, so that consecutive buckets have consecutive keys.
 */

/* 9999-12-31: the file format writes four-digit years, and a bound on
 * the days bounds the number of time buckets. */
#define MAX_JULIAN 3652059

static inline int
week_key (guint32 julian)
{
  /* Julian day 1 (1 January of year 1) is a Monday: ISO weeks start on
   * Mondays, so this is the number of the ISO week since then. */
  return (int) ((julian - 1) / 7);
}

static inline int
month_key (guint32 julian)
{
  int y, m, d;

  alignment_date_split (julian, &y, &m, &d);
  return y * 12 + (m - 1);
}

static inline int
quarter_key (guint32 julian)
{
  int y, m, d;

  alignment_date_split (julian, &y, &m, &d);
  return y * 4 + (m - 1) / 3;
}

static inline int
time_key (AlignmentBucketKind kind,
          guint32             julian)
{
  switch (kind)
    {
    case ALIGNMENT_BUCKET_WEEK:
      return week_key (julian);
    case ALIGNMENT_BUCKET_MONTH:
      return month_key (julian);
    case ALIGNMENT_BUCKET_QUARTER:
      return quarter_key (julian);
    case ALIGNMENT_BUCKET_THREAD:
    default:
      g_return_val_if_reached (0);
    }
}

/* The label and the days covered by the time bucket with @key. */
static char *
time_bucket_describe (AlignmentBucketKind  kind,
                      int                  key,
                      guint32             *first_day,
                      guint32             *last_day)
{
  int year, month;

  switch (kind)
    {
    case ALIGNMENT_BUCKET_WEEK:
      {
        guint32 monday = (guint32) key * 7 + 1;
        int iso_year, iso_week;

        alignment_date_iso_week (monday, &iso_year, &iso_week);
        *first_day = monday;
        *last_day = monday + 6;
        return g_strdup_printf ("%04d-W%02d", iso_year, iso_week);
      }

    case ALIGNMENT_BUCKET_MONTH:
      year = key / 12;
      month = key % 12 + 1;
      *first_day = alignment_date_from_ymd (year, month, 1);
      *last_day = *first_day + g_date_get_days_in_month (month, year) - 1;
      return g_strdup_printf ("%04d-%02d", year, month);

    case ALIGNMENT_BUCKET_QUARTER:
      year = key / 4;
      month = (key % 4) * 3 + 1;
      *first_day = alignment_date_from_ymd (year, month, 1);
      /* The end of the quarter's own last month: the day after it may
       * be past the last year a date can have (9999). */
      *last_day = alignment_date_from_ymd (year, month + 2, 1)
                  + g_date_get_days_in_month (month + 2, year) - 1;
      return g_strdup_printf ("%04d-Q%d", year, key % 4 + 1);

    case ALIGNMENT_BUCKET_THREAD:
    default:
      g_return_val_if_reached (NULL);
    }
}

/* "1234": a thread bucket's label.  A large case has a hundred thousand
 * threads, where printf's parsing would show. */
static char *
thread_label (int key)
{
  char digits[16];
  char *label;
  guint v = (guint) key;
  int n = 0;

  do
    {
      digits[n++] = (char) ('0' + v % 10);
      v /= 10;
    }
  while (v > 0);

  label = g_malloc (n + 1);
  for (int i = 0; i < n; i++)
    label[i] = digits[n - 1 - i];
  label[n] = '\0';

  return label;
}

char *
alignment_bucket_label_for_day (AlignmentBucketKind kind,
                                guint32             julian)
{
  guint32 first, last;

  g_return_val_if_fail (kind != ALIGNMENT_BUCKET_THREAD, NULL);
  g_return_val_if_fail (julian >= 1 && julian <= MAX_JULIAN, NULL);

  return time_bucket_describe (kind, time_key (kind, julian), &first, &last);
}

/* ---- Heatmap -------------------------------------------------------------
 *
 * A heatmap over a million signals has to stay within a few tens of
 * milliseconds.  Each signal is read once and summed straight into a
 * dense array of buckets indexed by key minus the lowest key, grown as
 * keys appear: no hash table, no second pass, no allocation per signal.
 */

#define N_CELLS (ALIGNMENT_N_PARTIES * ALIGNMENT_N_REALMS)

static const AlignmentParty parties[ALIGNMENT_N_PARTIES] = {
  ALIGNMENT_PARTY_CUSTOMER,
  ALIGNMENT_PARTY_PROVIDER,
};

/* One bucket while summing: counts of gains and losses per cell (the net
 * is their difference) and, for threads, the days seen. */
typedef struct
{
  guint   n_signals;
  guint   gained[N_CELLS];
  guint   lost[N_CELLS];
  guint32 first_day;
  guint32 last_day;
} Sums;

static inline void
sums_add (Sums                    *sums,
          AlignmentSignal         *signal,
          guint32                  day,
          AlignmentPerceptionView  view)
{
  sums->n_signals++;

  for (guint p = 0; p < ALIGNMENT_N_PARTIES; p++)
    for (guint r = 0; r < ALIGNMENT_N_REALMS; r++)
      {
        /* A difference of views runs from −2 to +2. */
        int delta = view == ALIGNMENT_PERCEPTION_VIEW_OWN
                    ? alignment_impact_to_delta (alignment_signal_get_impact (signal, parties[p], r))
                    : alignment_signal_view_delta (signal, view, parties[p], r);

        sums->gained[p * ALIGNMENT_N_REALMS + r] += MAX (delta, 0);
        sums->lost[p * ALIGNMENT_N_REALMS + r] += MAX (-delta, 0);
      }

  if (day != 0)
    {
      if (sums->first_day == 0 || day < sums->first_day)
        sums->first_day = day;
      if (day > sums->last_day)
        sums->last_day = day;
    }
}

/* The signals lie wherever the loader allocated them, between their
 * texts: read in list order each one misses the cache, and the hardware
 * cannot guess the next address.  Asking for a signal a few iterations
 * ahead hides that latency; it about halves the time of a heatmap over a
 * million generated signals. */
#define PREFETCH_DISTANCE 12

static inline void
prefetch_signal (AlignmentSignal *const *signals,
                 guint                   n_signals,
                 guint                   i)
{
#if defined(__GNUC__) || defined(__clang__)
  if (i < n_signals)
    {
      const char *p = (const char *) signals[i];

      /* The instance spans two cache lines: the class pointer that the
       * type checks read, and the fields. */
      __builtin_prefetch (p);
      __builtin_prefetch (p + 64);
    }
#endif
}

/* Buckets for the keys from base to base + capacity - 1. */
typedef struct
{
  Sums   *sums;
  gint64  base;
  guint64 capacity;
  gint64  min_key;   /* the keys seen so far */
  gint64  max_key;
  guint64 limit;     /* the most keys the window may span */
} Window;

static void
window_clear (Window *window)
{
  g_clear_pointer (&window->sums, g_free);
  window->capacity = 0;
}

/* Makes room for @key, doubling on the side that grew.  FALSE when the
 * keys seen would span more than the limit. */
static gboolean
window_reserve (Window *window,
                gint64  key)
{
  gint64 lo, hi, base;
  guint64 span, capacity;
  Sums *sums;

  if (window->capacity > 0
      && key >= window->base
      && key < window->base + (gint64) window->capacity)
    {
      window->min_key = MIN (window->min_key, key);
      window->max_key = MAX (window->max_key, key);
      return TRUE;
    }

  lo = window->capacity > 0 ? MIN (window->min_key, key) : key;
  hi = window->capacity > 0 ? MAX (window->max_key, key) : key;
  span = (guint64) (hi - lo) + 1;
  if (span > window->limit)
    return FALSE;

  capacity = MIN (MAX (MAX (span, 2 * window->capacity), 64), MAX (window->limit, span));
  base = window->capacity > 0 && key < window->base ? hi - (gint64) capacity + 1 : lo;

  sums = g_new0 (Sums, capacity);
  if (window->capacity > 0)
    memcpy (sums + (window->min_key - base),
            window->sums + (window->min_key - window->base),
            (gsize) (window->max_key - window->min_key + 1) * sizeof (Sums));
  g_free (window->sums);

  window->sums = sums;
  window->base = base;
  window->capacity = capacity;
  window->min_key = lo;
  window->max_key = hi;

  return TRUE;
}

static void
bucket_clear (gpointer data)
{
  AlignmentBucket *bucket = data;

  g_clear_pointer (&bucket->label, g_free);
}

static void
bucket_fill (AlignmentBucket *bucket,
             const Sums      *sums)
{
  bucket->n_signals = sums->n_signals;
  for (guint c = 0; c < N_CELLS; c++)
    {
      guint p = c / ALIGNMENT_N_REALMS, r = c % ALIGNMENT_N_REALMS;

      bucket->gained[p][r] = (int) sums->gained[c];
      bucket->lost[p][r] = (int) sums->lost[c];
      bucket->net[p][r] = (int) sums->gained[c] - (int) sums->lost[c];
    }
}

static GArray *
buckets_new (guint reserved)
{
  GArray *buckets = g_array_sized_new (FALSE, TRUE, sizeof (AlignmentBucket), reserved);

  g_array_set_clear_func (buckets, bucket_clear);
  return buckets;
}

/* Room for @n buckets at once, rather than growing by copies. */
static void
heatmap_reserve (AlignmentHeatmap *heatmap,
                 guint             n)
{
  g_assert (heatmap->buckets->len == 0);

  g_array_unref (heatmap->buckets);
  heatmap->buckets = buckets_new (n);
}

static AlignmentBucket *
heatmap_add_bucket (AlignmentHeatmap *heatmap,
                    int               key,
                    const Sums       *sums)
{
  AlignmentBucket *bucket;

  g_array_set_size (heatmap->buckets, heatmap->buckets->len + 1);
  bucket = &g_array_index (heatmap->buckets, AlignmentBucket, heatmap->buckets->len - 1);
  bucket->key = key;
  if (heatmap->kind == ALIGNMENT_BUCKET_THREAD)
    {
      bucket->label = thread_label (key);
      bucket->first_day = sums->first_day;
      bucket->last_day = sums->last_day;
    }
  else
    {
      bucket->label = time_bucket_describe (heatmap->kind, key, &bucket->first_day, &bucket->last_day);
    }
  bucket_fill (bucket, sums);

  return bucket;
}

/* Sums @signals into @window.  FALSE when the keys spread wider than the
 * window's limit: the caller then sums another way. */
static gboolean
heatmap_sum_dense (AlignmentHeatmap        *heatmap,
                   AlignmentSignal *const  *signals,
                   guint                    n_signals,
                   Window                  *window,
                   AlignmentPerceptionView  view)
{
  AlignmentBucketKind kind = heatmap->kind;

  for (guint i = 0; i < n_signals; i++)
    {
      AlignmentSignal *signal = signals[i];
      guint32 day;
      gint64 key;

      prefetch_signal (signals, n_signals, i + PREFETCH_DISTANCE);

      day = alignment_signal_get_start_julian (signal);
      if (kind == ALIGNMENT_BUCKET_THREAD)
        {
          /* Signals without a thread number belong to no thread. */
          key = alignment_signal_get_thread (signal);
          if (key == 0 || key > G_MAXINT32)
            continue;
        }
      else
        {
          /* Only time buckets leave undated signals out (a thread bucket
           * still holds them), and a day past 9999 counts as no date. */
          if (day == 0 || day > MAX_JULIAN)
            {
              heatmap->n_undated++;
              continue;
            }
          key = time_key (kind, day);
        }

      if (!window_reserve (window, key))
        return FALSE;
      sums_add (&window->sums[key - window->base], signal, day, view);
    }

  return TRUE;
}

/* Thread numbers can be far apart ("1a", "900000a"): past a range
 * proportional to the input, the numbers present are sorted and found by
 * bisection instead. */
static void
heatmap_sum_sparse_threads (AlignmentHeatmap        *heatmap,
                            AlignmentSignal *const  *signals,
                            guint                    n_signals,
                            AlignmentPerceptionView  view)
{
  g_autofree int *keys = g_new (int, MAX (n_signals, 1));
  g_autofree Sums *sums = NULL;
  guint n_keys = 0, n_unique = 0;

  for (guint i = 0; i < n_signals; i++)
    {
      guint thread = alignment_signal_get_thread (signals[i]);

      if (thread != 0 && thread <= G_MAXINT32)
        keys[n_keys++] = (int) thread;
    }

  qsort (keys, n_keys, sizeof (int), alignment_compare_int);
  for (guint i = 0; i < n_keys; i++)
    if (n_unique == 0 || keys[n_unique - 1] != keys[i])
      keys[n_unique++] = keys[i];

  sums = g_new0 (Sums, MAX (n_unique, 1));
  for (guint i = 0; i < n_signals; i++)
    {
      guint thread = alignment_signal_get_thread (signals[i]);
      int key = (int) thread;
      int *found;

      if (thread == 0 || thread > G_MAXINT32)
        continue;
      found = bsearch (&key, keys, n_unique, sizeof (int), alignment_compare_int);
      sums_add (&sums[found - keys], signals[i], alignment_signal_get_start_julian (signals[i]), view);
    }

  heatmap_reserve (heatmap, n_unique);
  for (guint i = 0; i < n_unique; i++)
    heatmap_add_bucket (heatmap, keys[i], &sums[i]);
}

static void
heatmap_accumulate (AlignmentHeatmap *heatmap)
{
  AlignmentBucket *buckets = (AlignmentBucket *) (void *) heatmap->buckets->data;

  for (guint i = 1; i < heatmap->buckets->len; i++)
    for (guint p = 0; p < ALIGNMENT_N_PARTIES; p++)
      for (guint r = 0; r < ALIGNMENT_N_REALMS; r++)
        {
          buckets[i].net[p][r] += buckets[i - 1].net[p][r];
          buckets[i].gained[p][r] += buckets[i - 1].gained[p][r];
          buckets[i].lost[p][r] += buckets[i - 1].lost[p][r];
        }
}

AlignmentHeatmap *
alignment_heatmap_compute (AlignmentSignal *const *signals,
                           guint                   n_signals,
                           AlignmentBucketKind     kind,
                           gboolean                cumulative)
{
  return alignment_heatmap_compute_view (signals, n_signals, kind, cumulative, ALIGNMENT_PERCEPTION_VIEW_OWN);
}

AlignmentHeatmap *
alignment_heatmap_compute_view (AlignmentSignal *const  *signals,
                                guint                    n_signals,
                                AlignmentBucketKind      kind,
                                gboolean                 cumulative,
                                AlignmentPerceptionView  view)
{
  AlignmentHeatmap *heatmap;
  Window window = { 0 };

  g_return_val_if_fail (signals != NULL || n_signals == 0, NULL);
  g_return_val_if_fail (kind <= ALIGNMENT_BUCKET_THREAD, NULL);

  heatmap = g_new0 (AlignmentHeatmap, 1);
  heatmap->kind = kind;
  heatmap->cumulative = cumulative;
  heatmap->view = view;
  heatmap->buckets = buckets_new (0);

  /* Time keys are bounded by MAX_JULIAN; thread numbers only by the
   * input, so their window may not outgrow it. */
  window.limit = kind == ALIGNMENT_BUCKET_THREAD ? 2 * (guint64) n_signals + 1024 : G_MAXUINT64;

  if (!heatmap_sum_dense (heatmap, signals, n_signals, &window, view))
    {
      heatmap_sum_sparse_threads (heatmap, signals, n_signals, view);
    }
  else if (window.capacity > 0)
    {
      gboolean threads = kind == ALIGNMENT_BUCKET_THREAD;
      guint n_buckets = 0;

      /* Time buckets run without gaps; threads are those present. */
      for (gint64 key = window.min_key; key <= window.max_key; key++)
        n_buckets += !threads || window.sums[key - window.base].n_signals > 0;
      heatmap_reserve (heatmap, n_buckets);

      for (gint64 key = window.min_key; key <= window.max_key; key++)
        {
          const Sums *sums = &window.sums[key - window.base];

          if (!threads || sums->n_signals > 0)
            heatmap_add_bucket (heatmap, (int) key, sums);
        }
    }
  window_clear (&window);

  if (cumulative)
    heatmap_accumulate (heatmap);

  return heatmap;
}

void
alignment_heatmap_free (AlignmentHeatmap *heatmap)
{
  if (heatmap == NULL)
    return;

  g_clear_pointer (&heatmap->buckets, g_array_unref);
  g_free (heatmap);
}

char *
alignment_heatmap_to_csv (const AlignmentHeatmap *heatmap,
                          AlignmentHeatmapMode    mode)
{
  static const char * const party_names[ALIGNMENT_N_PARTIES] = { "customer", "provider" };
  static const char * const realm_names[ALIGNMENT_N_REALMS] = { "contractual", "operational", "relational" };
  GString *csv;

  g_return_val_if_fail (heatmap != NULL, NULL);
  g_return_val_if_fail (mode <= ALIGNMENT_HEATMAP_GAP, NULL);

  csv = g_string_new ("bucket");
  if (mode == ALIGNMENT_HEATMAP_GAP)
    for (guint r = 0; r < ALIGNMENT_N_REALMS; r++)
      g_string_append_printf (csv, ",gap_%s", realm_names[r]);
  else
    for (guint p = 0; p < ALIGNMENT_N_PARTIES; p++)
      for (guint r = 0; r < ALIGNMENT_N_REALMS; r++)
        if (mode == ALIGNMENT_HEATMAP_SPLIT)
          g_string_append_printf (csv, ",%s_%s_gained,%s_%s_lost",
                                  party_names[p], realm_names[r], party_names[p], realm_names[r]);
        else
          g_string_append_printf (csv, ",%s_%s", party_names[p], realm_names[r]);
  g_string_append_c (csv, '\n');

  for (guint i = 0; i < heatmap->buckets->len; i++)
    {
      const AlignmentBucket *bucket = &g_array_index (heatmap->buckets, AlignmentBucket, i);

      /* Labels are digits, dashes, "W" and "Q": nothing to quote. */
      g_string_append (csv, bucket->label);
      if (mode == ALIGNMENT_HEATMAP_GAP)
        for (guint r = 0; r < ALIGNMENT_N_REALMS; r++)
          g_string_append_printf (csv, ",%d", alignment_bucket_gap (bucket, r));
      else
        for (guint p = 0; p < ALIGNMENT_N_PARTIES; p++)
          for (guint r = 0; r < ALIGNMENT_N_REALMS; r++)
            if (mode == ALIGNMENT_HEATMAP_SPLIT)
              g_string_append_printf (csv, ",%d,%d", bucket->gained[p][r], bucket->lost[p][r]);
            else
              g_string_append_printf (csv, ",%d", bucket->net[p][r]);
      g_string_append_c (csv, '\n');
    }

  return g_string_free (csv, FALSE);
}

/* The key of the bucket @signal falls in, or FALSE when it falls in none
 * (undated for time buckets, no thread number for threads): the same
 * rules as heatmap_sum_dense(). */
static gboolean
signal_bucket_key (AlignmentSignal     *signal,
                   AlignmentBucketKind  kind,
                   gint64              *key)
{
  if (kind == ALIGNMENT_BUCKET_THREAD)
    {
      guint thread = alignment_signal_get_thread (signal);

      *key = thread;
      return thread != 0 && thread <= G_MAXINT32;
    }
  else
    {
      guint32 day = alignment_signal_get_start_julian (signal);

      if (day == 0 || day > MAX_JULIAN)
        return FALSE;
      *key = time_key (kind, day);
      return TRUE;
    }
}

GArray *
alignment_heatmap_cell_signals (const AlignmentHeatmap *heatmap,
                                AlignmentSignal *const *signals,
                                guint                   n_signals,
                                guint                   bucket_index,
                                guint                   party_index,
                                AlignmentRealm          realm)
{
  GArray *positions = g_array_new (FALSE, FALSE, sizeof (guint));
  const AlignmentBucket *bucket;

  g_return_val_if_fail (heatmap != NULL, positions);
  g_return_val_if_fail (signals != NULL || n_signals == 0, positions);
  g_return_val_if_fail (bucket_index < heatmap->buckets->len, positions);
  g_return_val_if_fail (party_index <= ALIGNMENT_N_PARTIES, positions);
  g_return_val_if_fail (realm < ALIGNMENT_N_REALMS, positions);

  bucket = &g_array_index (heatmap->buckets, AlignmentBucket, bucket_index);

  for (guint i = 0; i < n_signals; i++)
    {
      gboolean moves = FALSE;
      gint64 key;

      if (!signal_bucket_key (signals[i], heatmap->kind, &key))
        continue;
      if (heatmap->cumulative ? key > bucket->key : key != bucket->key)
        continue;

      for (guint p = 0; p < ALIGNMENT_N_PARTIES; p++)
        if (party_index == ALIGNMENT_N_PARTIES || party_index == p)
          moves |= alignment_signal_view_delta (signals[i], heatmap->view, parties[p], realm) != 0;

      if (moves)
        g_array_append_val (positions, i);
    }

  return positions;
}

/* ---- Threads ------------------------------------------------------------ */

void
alignment_thread_free (AlignmentThread *thread)
{
  if (thread == NULL)
    return;

  g_clear_pointer (&thread->signals, g_ptr_array_unref);
  g_free (thread);
}

static void
add_net (int              net[ALIGNMENT_N_PARTIES][ALIGNMENT_N_REALMS],
         AlignmentSignal *signal)
{
  for (guint p = 0; p < ALIGNMENT_N_PARTIES; p++)
    for (guint r = 0; r < ALIGNMENT_N_REALMS; r++)
      net[p][r] += alignment_impact_to_delta (alignment_signal_get_impact (signal, parties[p], r));
}

static int
compare_signals (gconstpointer a,
                 gconstpointer b)
{
  AlignmentSignal *x = *(AlignmentSignal * const *) a;
  AlignmentSignal *y = *(AlignmentSignal * const *) b;

  return alignment_signal_compare (x, y);
}

/* The highest escalation level and how long the thread stayed there;
 * thread->status and last_day are known. */
static void
thread_analyse_levels (AlignmentThread *thread)
{
  GPtrArray *signals = thread->signals;
  guint32 reached = 0, left = 0;
  guint first_at = 0;

  thread->highest_level = 0;
  thread->days_at_highest_level = -1;
  thread->still_at_highest_level = FALSE;

  for (guint i = 0; i < signals->len; i++)
    {
      guint level = alignment_signal_get_escalation_level (g_ptr_array_index (signals, i));

      if (level > thread->highest_level)
        {
          thread->highest_level = level;
          first_at = i;
        }
    }
  if (thread->highest_level == 0)
    return;

  reached = alignment_signal_get_start_julian (g_ptr_array_index (signals, first_at));
  thread->still_at_highest_level = TRUE;
  for (guint i = first_at + 1; i < signals->len && thread->still_at_highest_level; i++)
    {
      AlignmentSignal *signal = g_ptr_array_index (signals, i);
      guint level = alignment_signal_get_escalation_level (signal);

      /* Down a level, or aligned: the thread left the highest level. */
      if ((level != 0 && level < thread->highest_level)
          || (alignment_signal_get_signal_type (signal) == ALIGNMENT_SIGNAL_TYPE_ALIGNMENT_EVENT
              && i == signals->len - 1))
        {
          thread->still_at_highest_level = FALSE;
          left = alignment_signal_get_start_julian (signal);
        }
    }
  /* Aligned at the highest level itself: it stayed there no longer. */
  if (thread->still_at_highest_level && thread->status == ALIGNMENT_THREAD_ALIGNED)
    {
      thread->still_at_highest_level = FALSE;
      left = alignment_signal_get_start_julian (g_ptr_array_index (signals, signals->len - 1));
    }
  else if (thread->still_at_highest_level)
    left = thread->last_day;

  if (reached != 0 && left >= reached)
    thread->days_at_highest_level = (int) (left - reached);
}

/* Status, flags and figures of a thread whose signals are in order. */
static void
thread_analyse (AlignmentThread *thread)
{
  GPtrArray *signals = thread->signals;
  AlignmentSignal *first = g_ptr_array_index (signals, 0);
  AlignmentSignal *last = g_ptr_array_index (signals, signals->len - 1);
  gboolean seen_alignment = FALSE;

  /* Undated signals sort last: the first signal has the earliest date,
   * and the latest date is that of the last dated one. */
  thread->first_day = alignment_signal_get_start_julian (first);
  thread->last_day = 0;

  for (guint i = 0; i < signals->len; i++)
    {
      AlignmentSignal *signal = g_ptr_array_index (signals, i);
      AlignmentSignalType type = alignment_signal_get_signal_type (signal);
      AlignmentUrgency meant = alignment_signal_get_urgency (signal);
      AlignmentUrgency understood = alignment_signal_get_urgency_understood (signal);
      guint32 day = alignment_signal_get_start_julian (signal);

      if (day != 0)
        thread->last_day = day;

      /* A step of discussion, recognition and decision went missing:
       * the cycle started again after an alignment event. */
      if (type == ALIGNMENT_SIGNAL_TYPE_ESCALATION_SENT && seen_alignment)
        thread->flags |= ALIGNMENT_THREAD_FLAG_RESTARTED;
      if (type == ALIGNMENT_SIGNAL_TYPE_ALIGNMENT_EVENT)
        seen_alignment = TRUE;

      if (alignment_signal_get_understood (signal) == ALIGNMENT_UNDERSTOOD_NO)
        thread->flags |= ALIGNMENT_THREAD_FLAG_NOT_UNDERSTOOD;

      /* Only a mismatch when both are known: a sheet with one urgency
       * column leaves the understood one unset. */
      if (understood != ALIGNMENT_URGENCY_UNKNOWN
          && meant != ALIGNMENT_URGENCY_UNKNOWN
          && understood != meant)
        thread->flags |= ALIGNMENT_THREAD_FLAG_URGENCY_MISMATCH;

      add_net (thread->net, signal);
    }

  thread->status = alignment_signal_get_signal_type (last) == ALIGNMENT_SIGNAL_TYPE_ALIGNMENT_EVENT
                 ? ALIGNMENT_THREAD_ALIGNED : ALIGNMENT_THREAD_OPEN;

  thread_analyse_levels (thread);

  thread->days_to_alignment = -1;
  if (thread->status == ALIGNMENT_THREAD_ALIGNED
      && thread->first_day != 0
      && alignment_signal_get_start_julian (last) != 0)
    thread->days_to_alignment = (int) (alignment_signal_get_start_julian (last) - thread->first_day);
}

typedef struct
{
  guint thread;
  guint index;
} ThreadMember;

static int
compare_members (gconstpointer a,
                 gconstpointer b)
{
  const ThreadMember *x = a, *y = b;

  if (x->thread != y->thread)
    return x->thread < y->thread ? -1 : 1;
  return x->index < y->index ? -1 : x->index > y->index;
}

GPtrArray *
alignment_threads_compute (AlignmentSignal *const *signals,
                           guint                   n_signals)
{
  g_autoptr(GPtrArray) threads = g_ptr_array_new_with_free_func ((GDestroyNotify) alignment_thread_free);
  g_autofree ThreadMember *members = NULL;
  guint n_members = 0;

  g_return_val_if_fail (signals != NULL || n_signals == 0, NULL);

  /* Group by sorting (number, position) pairs: no hash table, and the
   * threads come out in order of number. */
  members = g_new (ThreadMember, MAX (n_signals, 1));
  for (guint i = 0; i < n_signals; i++)
    {
      guint thread = alignment_signal_get_thread (signals[i]);

      if (thread != 0)
        {
          members[n_members].thread = thread;
          members[n_members].index = i;
          n_members++;
        }
    }
  qsort (members, n_members, sizeof (ThreadMember), compare_members);

  for (guint start = 0; start < n_members;)
    {
      AlignmentThread *thread = g_new0 (AlignmentThread, 1);
      guint end = start;

      while (end < n_members && members[end].thread == members[start].thread)
        end++;

      thread->number = members[start].thread;
      thread->signals = g_ptr_array_new_full (end - start, g_object_unref);
      for (guint i = start; i < end; i++)
        g_ptr_array_add (thread->signals, g_object_ref (signals[members[i].index]));
      g_ptr_array_sort (thread->signals, compare_signals);

      thread_analyse (thread);
      g_ptr_array_add (threads, thread);
      start = end;
    }

  return g_steal_pointer (&threads);
}

/* ---- Totals ------------------------------------------------------------- */

void
alignment_totals_compute (AlignmentSignal *const *signals,
                          guint                   n_signals,
                          AlignmentTotals        *totals)
{
  g_autoptr(GPtrArray) threads = NULL;

  g_return_if_fail (signals != NULL || n_signals == 0);
  g_return_if_fail (totals != NULL);

  memset (totals, 0, sizeof *totals);
  totals->n_signals = n_signals;

  for (guint i = 0; i < n_signals; i++)
    {
      AlignmentSignal *signal = signals[i];
      AlignmentSignalType type = alignment_signal_get_signal_type (signal);
      guint32 start = alignment_signal_get_start_julian (signal);
      guint32 end = alignment_signal_get_end_julian (signal);

      if (type < G_N_ELEMENTS (totals->by_type))
        totals->by_type[type]++;

      if (start != 0 && (totals->first_day == 0 || start < totals->first_day))
        totals->first_day = start;
      totals->last_day = MAX (totals->last_day, MAX (start, end));

      add_net (totals->net, signal);
    }

  /* One definition of "aligned": the threads' own. */
  threads = alignment_threads_compute (signals, n_signals);
  totals->n_threads = threads->len;
  for (guint i = 0; i < threads->len; i++)
    {
      AlignmentThread *thread = g_ptr_array_index (threads, i);

      if (thread->status == ALIGNMENT_THREAD_ALIGNED)
        totals->n_aligned++;
      else
        totals->n_open++;
    }
}
