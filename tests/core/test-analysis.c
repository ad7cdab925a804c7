/* test-analysis.c: heatmap, threads and totals against hand-computed figures
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "alignment-core.h"
#include "../test-example.h"

/* The example case holds the 16 signals of the thesis's threads 1-3
 * (fixtures/datasheet-threads-1-3.tsv).  Every figure below was computed
 * by hand from that sheet, signal by signal; the six columns are always
 * customer contractual, operational, relational, then provider
 * contractual, operational, relational ("+" positive, "-" negative, "."
 * same).
 *
 *   id  start       type        und.  impacts       week   month
 *   1a  2024-02-01  request     yes   ... ...       W05    02
 *   1b  2024-02-15  escalation  yes   .-. ...       W07    02
 *   1c  2024-02-19  alignment   yes   .++ .++       W08    02
 *   1d  2024-02-22  escalation  NO    ... ..-       W08    02
 *   2a  2024-02-10  request     yes   ... ...       W06    02
 *   2b  2024-03-20  escalation  yes   .-. ...       W12    03
 *   2c  2024-04-01  alignment   yes   .+. +++       W14    04
 *   2d  2024-04-01  alignment   yes   .+. ..-       W14    04
 *   2e  2024-04-15  escalation  yes   ... .-.       W16    04
 *   2f  2024-04-24  request     yes   ..- ...       W17    04
 *   2g  2024-05-07  alignment   NO    .++ .++       W19    05
 *   3a  2024-03-01  request     yes   .-. .-.       W09    03
 *   3b  2024-03-15  escalation  yes   .-- .--       W11    03
 *   3c  2024-04-01  alignment   NO    .-. .--       W14    04
 *   3d  2024-04-01  alignment   NO    --. --.       W14    04
 *   3e  2024-04-01  alignment   NO    ++. ++.       W14    04
 *
 * Per thread (net; n = signals):
 *   thread 1 (n 4):  0  0 +1 | 0 +1  0   1b -1, 1c +1 op; 1c +1 rel;
 *                                        1c +1 op; 1c +1, 1d -1 rel
 *   thread 2 (n 7):  0 +2  0 |+1 +1 +1   op -1 +1 +1 +1; rel -1 +1;
 *                                        2c con; op +1 -1 +1; rel +1 -1 +1
 *   thread 3 (n 5):  0 -3 -1 | 0 -3 -2   con -1 +1; op -1 -1 -1 -1 +1; ...
 *
 * Per month (net; n):
 *   2024-02 (n 5):   0  0 +1 | 0 +1  0
 *   2024-03 (n 3):   0 -3 -1 | 0 -2 -1   2b, 3a, 3b
 *   2024-04 (n 7):   0 +1 -1 |+1 -1 -1   2c 2d 2e 2f 3c 3d 3e
 *   2024-05 (n 1):   0 +1 +1 | 0 +1 +1   2g
 *   both ways the totals are 0 -1 0 | +1 -1 -1.
 * Running sums (cumulative) by month:
 *   2024-02:         0  0 +1 | 0 +1  0
 *   2024-03:         0 -3  0 | 0 -1 -1
 *   2024-04:         0 -2 -1 |+1 -2 -2
 *   2024-05:         0 -1  0 |+1 -1 -1
 * Gained / lost by month (counts of + and of -):
 *   2024-02 gained   0 1 1 | 0 1 1    lost  0 1 0 | 0 0 1
 *   2024-03 gained   0 0 0 | 0 0 0    lost  0 3 1 | 0 2 1
 *   2024-04 gained   1 3 0 | 2 2 1    lost  1 2 1 | 1 3 2
 *   2024-05 gained   0 1 1 | 0 1 1    lost  0 0 0 | 0 0 0
 *
 * By ISO week: 2024-W05 … 2024-W19, 15 buckets without gaps; W10, W13,
 * W15 and W18 hold no signal.  W08 (1c, 1d) nets 0 +1 +1 | 0 +1 0; W14
 * (2c 2d 3c 3d 3e) nets 0 +1 0 | +1 0 -1.
 *
 * Threads, their signals ordered by date, then letter:
 *   1: 1a 1b 1c 1d: last is an escalation: OPEN; 1d (escalation) follows
 *      1c (alignment event): RESTARTED; 1d not understood: NOT_UNDERSTOOD;
 *      days to alignment -1 (open).
 *   2: 2a … 2g: last 2g is an alignment event: ALIGNED; 2e (escalation)
 *      follows 2c: RESTARTED; 2g not understood; 2024-02-10 → 2024-05-07
 *      = 19 + 31 + 30 + 7 = 87 days (2024 is a leap year).
 *   3: 3a 3b 3c 3d 3e: 3c, 3d, 3e share 2024-04-01 and sort by letter, so
 *      3e closes it: ALIGNED; its escalation 3b comes before any alignment
 *      event: not restarted; 3c-3e not understood; 2024-03-01 →
 *      2024-04-01 = 31 days.
 *   No signal of the example gives a separate understood urgency, so no
 *   thread has URGENCY_MISMATCH.
 *
 * Totals: 16 signals; 3 threads, 1 open, 2 aligned; 4 requests sent
 * (1a 2a 2f 3a), 0 received, 5 escalations (1b 1d 2b 2e 3b), 7 alignment
 * events; from 2024-02-01 to 2024-05-07 (2g's start and 2f's end).
 */

typedef struct
{
  const char *label;
  guint       n_signals;
  int         cells[6];
} Expected;

static const Expected by_thread[] = {
  { "1", 4, { 0, 0, 1, 0, 1, 0 } },
  { "2", 7, { 0, 2, 0, 1, 1, 1 } },
  { "3", 5, { 0, -3, -1, 0, -3, -2 } },
};

static const Expected by_month[] = {
  { "2024-02", 5, { 0, 0, 1, 0, 1, 0 } },
  { "2024-03", 3, { 0, -3, -1, 0, -2, -1 } },
  { "2024-04", 7, { 0, 1, -1, 1, -1, -1 } },
  { "2024-05", 1, { 0, 1, 1, 0, 1, 1 } },
};

static const Expected by_month_cumulative[] = {
  { "2024-02", 5, { 0, 0, 1, 0, 1, 0 } },
  { "2024-03", 3, { 0, -3, 0, 0, -1, -1 } },
  { "2024-04", 7, { 0, -2, -1, 1, -2, -2 } },
  { "2024-05", 1, { 0, -1, 0, 1, -1, -1 } },
};

static const Expected by_week[] = {
  { "2024-W05", 1, { 0, 0, 0, 0, 0, 0 } },
  { "2024-W06", 1, { 0, 0, 0, 0, 0, 0 } },
  { "2024-W07", 1, { 0, -1, 0, 0, 0, 0 } },
  { "2024-W08", 2, { 0, 1, 1, 0, 1, 0 } },
  { "2024-W09", 1, { 0, -1, 0, 0, -1, 0 } },
  { "2024-W10", 0, { 0, 0, 0, 0, 0, 0 } },
  { "2024-W11", 1, { 0, -1, -1, 0, -1, -1 } },
  { "2024-W12", 1, { 0, -1, 0, 0, 0, 0 } },
  { "2024-W13", 0, { 0, 0, 0, 0, 0, 0 } },
  { "2024-W14", 5, { 0, 1, 0, 1, 0, -1 } },
  { "2024-W15", 0, { 0, 0, 0, 0, 0, 0 } },
  { "2024-W16", 1, { 0, 0, 0, 0, -1, 0 } },
  { "2024-W17", 1, { 0, 0, -1, 0, 0, 0 } },
  { "2024-W18", 0, { 0, 0, 0, 0, 0, 0 } },
  { "2024-W19", 1, { 0, 1, 1, 0, 1, 1 } },
};

static const Expected by_quarter[] = {
  { "2024-Q1", 8, { 0, -3, 0, 0, -1, -1 } },
  { "2024-Q2", 8, { 0, 2, 0, 1, 0, 0 } },
};

static const int month_gained[4][6] = {
  { 0, 1, 1, 0, 1, 1 },
  { 0, 0, 0, 0, 0, 0 },
  { 1, 3, 0, 2, 2, 1 },
  { 0, 1, 1, 0, 1, 1 },
};

static const int month_lost[4][6] = {
  { 0, 1, 0, 0, 0, 1 },
  { 0, 3, 1, 0, 2, 1 },
  { 1, 2, 1, 1, 3, 2 },
  { 0, 0, 0, 0, 0, 0 },
};

/* ---- Helpers ----------------------------------------------------------- */

static guint32
day (const char *iso)
{
  guint32 julian = alignment_date_parse_iso (iso);

  g_assert_cmpuint (julian, !=, 0);
  return julian;
}

static const AlignmentBucket *
bucket (const AlignmentHeatmap *heatmap,
        guint                   i)
{
  g_assert_cmpuint (i, <, heatmap->buckets->len);
  return &g_array_index (heatmap->buckets, AlignmentBucket, i);
}

static void
assert_cells (const int  actual[ALIGNMENT_N_PARTIES][ALIGNMENT_N_REALMS],
              const int  expected[6],
              const char *what)
{
  for (guint c = 0; c < 6; c++)
    {
      if (actual[c / 3][c % 3] != expected[c])
        g_error ("%s: cell %u (%s %s) is %d, expected %d", what, c,
                 c < 3 ? "customer" : "provider",
                 alignment_realm_get_label (c % 3),
                 actual[c / 3][c % 3], expected[c]);
    }
}

static void
assert_heatmap (const AlignmentHeatmap *heatmap,
                const Expected         *expected,
                guint                   n_expected)
{
  g_assert_cmpuint (heatmap->buckets->len, ==, n_expected);
  for (guint i = 0; i < n_expected; i++)
    {
      const AlignmentBucket *b = bucket (heatmap, i);

      g_assert_cmpstr (b->label, ==, expected[i].label);
      g_assert_cmpuint (b->n_signals, ==, expected[i].n_signals);
      assert_cells ((const int (*)[ALIGNMENT_N_REALMS]) b->net, expected[i].cells, b->label);
    }
}

/* A signal with @impacts written as in the table above ("+-." × 6). */
static AlignmentSignal *
make_signal (const char          *id,
             AlignmentSignalType  type,
             const char          *start,
             const char          *impacts)
{
  AlignmentSignal *signal = alignment_signal_new (id);

  alignment_signal_set_signal_type (signal, type);
  alignment_signal_set_sender (signal, ALIGNMENT_PARTY_CUSTOMER);
  if (start != NULL)
    alignment_signal_set_start_julian (signal, day (start));
  for (guint c = 0; c < 6 && impacts != NULL; c++)
    alignment_signal_set_impact (signal,
                                 c < 3 ? ALIGNMENT_PARTY_CUSTOMER : ALIGNMENT_PARTY_PROVIDER,
                                 c % 3,
                                 impacts[c] == '+' ? ALIGNMENT_IMPACT_POSITIVE
                                 : impacts[c] == '-' ? ALIGNMENT_IMPACT_NEGATIVE
                                 : ALIGNMENT_IMPACT_SAME);
  return signal;
}

static GPtrArray *
signal_array (void)
{
  return g_ptr_array_new_with_free_func (g_object_unref);
}

#define SIGNALS(array) ((AlignmentSignal * const *) (array)->pdata)

/* ---- The example: heatmap ---------------------------------------------- */

static void
test_example_heatmap_thread (void)
{
  g_autoptr(AlignmentCase) self = load_example ();
  g_autoptr(AlignmentHeatmap) heatmap = NULL;
  AlignmentSignal * const *signals;
  guint n;

  signals = alignment_case_peek_signals (self, &n);
  g_assert_cmpuint (n, ==, 16);

  heatmap = alignment_heatmap_compute (signals, n, ALIGNMENT_BUCKET_THREAD, FALSE);
  g_assert_cmpint (heatmap->kind, ==, ALIGNMENT_BUCKET_THREAD);
  g_assert_false (heatmap->cumulative);
  assert_heatmap (heatmap, by_thread, G_N_ELEMENTS (by_thread));

  /* A thread bucket spans its first to its last signal's date. */
  g_assert_cmpint (bucket (heatmap, 0)->key, ==, 1);
  g_assert_cmpuint (bucket (heatmap, 0)->first_day, ==, day ("2024-02-01"));
  g_assert_cmpuint (bucket (heatmap, 0)->last_day, ==, day ("2024-02-22"));
  g_assert_cmpuint (bucket (heatmap, 1)->first_day, ==, day ("2024-02-10"));
  g_assert_cmpuint (bucket (heatmap, 1)->last_day, ==, day ("2024-05-07"));
  g_assert_cmpuint (bucket (heatmap, 2)->first_day, ==, day ("2024-03-01"));
  g_assert_cmpuint (bucket (heatmap, 2)->last_day, ==, day ("2024-04-01"));
}

static void
test_example_heatmap_month (void)
{
  g_autoptr(AlignmentCase) self = load_example ();
  g_autoptr(AlignmentHeatmap) heatmap = NULL;
  AlignmentSignal * const *signals;
  guint n;

  signals = alignment_case_peek_signals (self, &n);
  heatmap = alignment_heatmap_compute (signals, n, ALIGNMENT_BUCKET_MONTH, FALSE);
  assert_heatmap (heatmap, by_month, G_N_ELEMENTS (by_month));
  g_assert_cmpuint (heatmap->n_undated, ==, 0);

  /* Churn that a zero net hides: February's customer operational row
   * nets 0 from one loss (1b) and one gain (1c). */
  for (guint i = 0; i < G_N_ELEMENTS (by_month); i++)
    {
      const AlignmentBucket *b = bucket (heatmap, i);

      assert_cells ((const int (*)[ALIGNMENT_N_REALMS]) b->gained, month_gained[i], "gained");
      assert_cells ((const int (*)[ALIGNMENT_N_REALMS]) b->lost, month_lost[i], "lost");
    }

  g_assert_cmpuint (bucket (heatmap, 0)->first_day, ==, day ("2024-02-01"));
  g_assert_cmpuint (bucket (heatmap, 0)->last_day, ==, day ("2024-02-29"));
  g_assert_cmpuint (bucket (heatmap, 2)->first_day, ==, day ("2024-04-01"));
  g_assert_cmpuint (bucket (heatmap, 2)->last_day, ==, day ("2024-04-30"));
  g_assert_cmpint (bucket (heatmap, 1)->key, ==, bucket (heatmap, 0)->key + 1);
}

static void
test_example_heatmap_cumulative (void)
{
  g_autoptr(AlignmentCase) self = load_example ();
  g_autoptr(AlignmentHeatmap) heatmap = NULL;
  AlignmentSignal * const *signals;
  const AlignmentBucket *last;
  guint n;

  signals = alignment_case_peek_signals (self, &n);
  heatmap = alignment_heatmap_compute (signals, n, ALIGNMENT_BUCKET_MONTH, TRUE);
  g_assert_true (heatmap->cumulative);
  assert_heatmap (heatmap, by_month_cumulative, G_N_ELEMENTS (by_month_cumulative));

  /* The running sums of gains and losses end at the totals of the
   * gained and lost tables: customer operational gained 1+0+3+1, lost
   * 1+3+2+0. */
  last = bucket (heatmap, 3);
  g_assert_cmpint (last->gained[0][ALIGNMENT_REALM_OPERATIONAL], ==, 5);
  g_assert_cmpint (last->lost[0][ALIGNMENT_REALM_OPERATIONAL], ==, 6);
  g_assert_cmpint (last->gained[1][ALIGNMENT_REALM_OPERATIONAL], ==, 4);
  g_assert_cmpint (last->lost[1][ALIGNMENT_REALM_OPERATIONAL], ==, 5);
}

static void
test_example_heatmap_week (void)
{
  g_autoptr(AlignmentCase) self = load_example ();
  g_autoptr(AlignmentHeatmap) heatmap = NULL;
  AlignmentSignal * const *signals;
  guint n;

  signals = alignment_case_peek_signals (self, &n);
  heatmap = alignment_heatmap_compute (signals, n, ALIGNMENT_BUCKET_WEEK, FALSE);
  assert_heatmap (heatmap, by_week, G_N_ELEMENTS (by_week));

  /* Weeks run Monday to Sunday. */
  g_assert_cmpuint (bucket (heatmap, 0)->first_day, ==, day ("2024-01-29"));
  g_assert_cmpuint (bucket (heatmap, 0)->last_day, ==, day ("2024-02-04"));
  for (guint i = 1; i < heatmap->buckets->len; i++)
    g_assert_cmpint (bucket (heatmap, i)->key, ==, bucket (heatmap, i - 1)->key + 1);
}

static void
test_example_heatmap_quarter (void)
{
  g_autoptr(AlignmentCase) self = load_example ();
  g_autoptr(AlignmentHeatmap) heatmap = NULL;
  AlignmentSignal * const *signals;
  guint n;

  signals = alignment_case_peek_signals (self, &n);
  heatmap = alignment_heatmap_compute (signals, n, ALIGNMENT_BUCKET_QUARTER, FALSE);
  assert_heatmap (heatmap, by_quarter, G_N_ELEMENTS (by_quarter));
  g_assert_cmpuint (bucket (heatmap, 1)->first_day, ==, day ("2024-04-01"));
  g_assert_cmpuint (bucket (heatmap, 1)->last_day, ==, day ("2024-06-30"));
}

/* The last quarter a date can fall in ends on the last day a date can
 * have, not on the day before "10000-01-01". */
static void
test_heatmap_last_quarter (void)
{
  g_autoptr(GPtrArray) signals = signal_array ();
  g_autoptr(AlignmentHeatmap) heatmap = NULL;

  g_ptr_array_add (signals, make_signal ("1a", ALIGNMENT_SIGNAL_TYPE_REQUEST_SENT, "9999-11-15", "+....."));
  heatmap = alignment_heatmap_compute ((AlignmentSignal **) signals->pdata, signals->len,
                                       ALIGNMENT_BUCKET_QUARTER, FALSE);
  g_assert_cmpuint (heatmap->buckets->len, ==, 1);
  g_assert_cmpuint (bucket (heatmap, 0)->first_day, ==, day ("9999-10-01"));
  g_assert_cmpuint (bucket (heatmap, 0)->last_day, ==, day ("9999-12-31"));
}

/* ---- The example: threads and totals ----------------------------------- */

static void
test_example_threads (void)
{
  g_autoptr(AlignmentCase) self = load_example ();
  g_autoptr(GPtrArray) threads = NULL;
  static const int net[3][6] = {
    { 0, 0, 1, 0, 1, 0 },
    { 0, 2, 0, 1, 1, 1 },
    { 0, -3, -1, 0, -3, -2 },
  };
  static const char * const order[3] = {
    "1a 1b 1c 1d",
    "2a 2b 2c 2d 2e 2f 2g",
    "3a 3b 3c 3d 3e",
  };
  AlignmentSignal * const *signals;
  AlignmentThread *t;
  guint n;

  signals = alignment_case_peek_signals (self, &n);
  threads = alignment_threads_compute (signals, n);
  g_assert_cmpuint (threads->len, ==, 3);

  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(GString) ids = g_string_new (NULL);

      t = g_ptr_array_index (threads, i);
      g_assert_cmpuint (t->number, ==, i + 1);
      for (guint j = 0; j < t->signals->len; j++)
        g_string_append_printf (ids, "%s%s", j > 0 ? " " : "",
                                alignment_signal_get_id (g_ptr_array_index (t->signals, j)));
      g_assert_cmpstr (ids->str, ==, order[i]);
      assert_cells ((const int (*)[ALIGNMENT_N_REALMS]) t->net, net[i], "thread net");
    }

  t = g_ptr_array_index (threads, 0);
  g_assert_cmpint (t->status, ==, ALIGNMENT_THREAD_OPEN);
  g_assert_cmpint (t->flags, ==, ALIGNMENT_THREAD_FLAG_RESTARTED | ALIGNMENT_THREAD_FLAG_NOT_UNDERSTOOD);
  g_assert_cmpint (t->days_to_alignment, ==, -1);
  g_assert_cmpuint (t->first_day, ==, day ("2024-02-01"));
  g_assert_cmpuint (t->last_day, ==, day ("2024-02-22"));

  t = g_ptr_array_index (threads, 1);
  g_assert_cmpint (t->status, ==, ALIGNMENT_THREAD_ALIGNED);
  g_assert_cmpint (t->flags, ==, ALIGNMENT_THREAD_FLAG_RESTARTED | ALIGNMENT_THREAD_FLAG_NOT_UNDERSTOOD);
  g_assert_cmpint (t->days_to_alignment, ==, 87);
  g_assert_cmpuint (t->last_day, ==, day ("2024-05-07"));

  t = g_ptr_array_index (threads, 2);
  g_assert_cmpint (t->status, ==, ALIGNMENT_THREAD_ALIGNED);
  g_assert_cmpint (t->flags, ==, ALIGNMENT_THREAD_FLAG_NOT_UNDERSTOOD);
  g_assert_cmpint (t->days_to_alignment, ==, 31);
}

static void
test_example_totals (void)
{
  g_autoptr(AlignmentCase) self = load_example ();
  static const int net[6] = { 0, -1, 0, 1, -1, -1 };
  AlignmentSignal * const *signals;
  AlignmentTotals totals;
  guint n;

  signals = alignment_case_peek_signals (self, &n);
  alignment_totals_compute (signals, n, &totals);

  g_assert_cmpuint (totals.n_signals, ==, 16);
  g_assert_cmpuint (totals.n_threads, ==, 3);
  g_assert_cmpuint (totals.n_open, ==, 1);
  g_assert_cmpuint (totals.n_aligned, ==, 2);
  g_assert_cmpuint (totals.first_day, ==, day ("2024-02-01"));
  g_assert_cmpuint (totals.last_day, ==, day ("2024-05-07"));
  g_assert_cmpuint (totals.by_type[ALIGNMENT_SIGNAL_TYPE_UNKNOWN], ==, 0);
  g_assert_cmpuint (totals.by_type[ALIGNMENT_SIGNAL_TYPE_REQUEST_SENT], ==, 4);
  g_assert_cmpuint (totals.by_type[ALIGNMENT_SIGNAL_TYPE_REQUEST_RECEIVED], ==, 0);
  g_assert_cmpuint (totals.by_type[ALIGNMENT_SIGNAL_TYPE_ESCALATION_SENT], ==, 5);
  g_assert_cmpuint (totals.by_type[ALIGNMENT_SIGNAL_TYPE_ALIGNMENT_EVENT], ==, 7);
  assert_cells ((const int (*)[ALIGNMENT_N_REALMS]) totals.net, net, "totals");
}

/* ---- Edge cases --------------------------------------------------------- */

static void
test_week_year_boundary (void)
{
  g_autoptr(GPtrArray) signals = signal_array ();
  g_autoptr(AlignmentHeatmap) weeks = NULL;
  g_autoptr(AlignmentHeatmap) months = NULL;

  /* 2019-12-30 is a Monday in ISO week 2020-W01; 2020 has 53 ISO weeks,
   * the last running from Monday 2020-12-28 to Sunday 2021-01-03. */
  g_ptr_array_add (signals, make_signal ("1a", ALIGNMENT_SIGNAL_TYPE_REQUEST_SENT, "2019-12-30", "+....."));
  g_ptr_array_add (signals, make_signal ("1b", ALIGNMENT_SIGNAL_TYPE_REQUEST_SENT, "2020-12-28", ".-...."));
  g_ptr_array_add (signals, make_signal ("1c", ALIGNMENT_SIGNAL_TYPE_REQUEST_SENT, "2021-01-03", ".-...."));
  g_ptr_array_add (signals, make_signal ("1d", ALIGNMENT_SIGNAL_TYPE_REQUEST_SENT, "2021-01-04", ".....+"));

  weeks = alignment_heatmap_compute (SIGNALS (signals), signals->len, ALIGNMENT_BUCKET_WEEK, FALSE);
  g_assert_cmpuint (weeks->buckets->len, ==, 54);
  g_assert_cmpstr (bucket (weeks, 0)->label, ==, "2020-W01");
  g_assert_cmpuint (bucket (weeks, 0)->first_day, ==, day ("2019-12-30"));
  g_assert_cmpint (bucket (weeks, 0)->net[0][ALIGNMENT_REALM_CONTRACTUAL], ==, 1);
  g_assert_cmpstr (bucket (weeks, 1)->label, ==, "2020-W02");
  g_assert_cmpuint (bucket (weeks, 1)->n_signals, ==, 0);
  g_assert_cmpstr (bucket (weeks, 52)->label, ==, "2020-W53");
  g_assert_cmpuint (bucket (weeks, 52)->n_signals, ==, 2);
  g_assert_cmpint (bucket (weeks, 52)->net[0][ALIGNMENT_REALM_OPERATIONAL], ==, -2);
  g_assert_cmpint (bucket (weeks, 52)->lost[0][ALIGNMENT_REALM_OPERATIONAL], ==, 2);
  g_assert_cmpuint (bucket (weeks, 52)->last_day, ==, day ("2021-01-03"));
  g_assert_cmpstr (bucket (weeks, 53)->label, ==, "2021-W01");
  g_assert_cmpint (bucket (weeks, 53)->net[1][ALIGNMENT_REALM_RELATIONAL], ==, 1);

  /* By month the same signals span 2019-12 to 2021-01 without gaps. */
  months = alignment_heatmap_compute (SIGNALS (signals), signals->len, ALIGNMENT_BUCKET_MONTH, FALSE);
  g_assert_cmpuint (months->buckets->len, ==, 14);
  g_assert_cmpstr (bucket (months, 0)->label, ==, "2019-12");
  g_assert_cmpstr (bucket (months, 1)->label, ==, "2020-01");
  g_assert_cmpuint (bucket (months, 1)->n_signals, ==, 0);
  g_assert_cmpstr (bucket (months, 12)->label, ==, "2020-12");
  g_assert_cmpstr (bucket (months, 13)->label, ==, "2021-01");
  g_assert_cmpuint (bucket (months, 13)->n_signals, ==, 2);
}

static void
test_bucket_labels (void)
{
  static const struct {
    AlignmentBucketKind kind;
    const char *date;
    const char *label;
  } cases[] = {
    { ALIGNMENT_BUCKET_WEEK, "2021-01-01", "2020-W53" },  /* a Friday */
    { ALIGNMENT_BUCKET_WEEK, "2021-01-04", "2021-W01" },
    { ALIGNMENT_BUCKET_WEEK, "2024-12-30", "2025-W01" },  /* a Monday */
    { ALIGNMENT_BUCKET_WEEK, "2026-01-01", "2026-W01" },  /* a Thursday */
    { ALIGNMENT_BUCKET_WEEK, "2027-01-03", "2026-W53" },  /* a Sunday */
    { ALIGNMENT_BUCKET_WEEK, "2024-02-15", "2024-W07" },
    { ALIGNMENT_BUCKET_MONTH, "2019-12-31", "2019-12" },
    { ALIGNMENT_BUCKET_MONTH, "2024-02-29", "2024-02" },
    { ALIGNMENT_BUCKET_QUARTER, "2024-03-31", "2024-Q1" },
    { ALIGNMENT_BUCKET_QUARTER, "2024-04-01", "2024-Q2" },
    { ALIGNMENT_BUCKET_QUARTER, "2019-12-31", "2019-Q4" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *label = alignment_bucket_label_for_day (cases[i].kind, day (cases[i].date));

      g_assert_cmpstr (label, ==, cases[i].label);
    }
}

static void
test_bucket_kind_enum (void)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (ALIGNMENT_TYPE_BUCKET_KIND);
  static const char * const nicks[] = { "week", "month", "quarter", "thread" };

  g_assert_cmpuint (klass->n_values, ==, G_N_ELEMENTS (nicks));
  for (guint i = 0; i < G_N_ELEMENTS (nicks); i++)
    g_assert_cmpint (g_enum_get_value_by_nick (klass, nicks[i])->value, ==, i);
}

static void
test_undated (void)
{
  g_autoptr(GPtrArray) signals = signal_array ();
  g_autoptr(AlignmentHeatmap) months = NULL;
  g_autoptr(AlignmentHeatmap) threads = NULL;
  g_autoptr(GPtrArray) thread_list = NULL;
  AlignmentThread *t;

  g_ptr_array_add (signals, make_signal ("1a", ALIGNMENT_SIGNAL_TYPE_REQUEST_SENT, "2024-03-05", "-....."));
  g_ptr_array_add (signals, make_signal ("1b", ALIGNMENT_SIGNAL_TYPE_ALIGNMENT_EVENT, NULL, "+....."));
  g_ptr_array_add (signals, make_signal ("2a", ALIGNMENT_SIGNAL_TYPE_REQUEST_SENT, NULL, "..+..."));
  /* No thread number: in time buckets, but in no thread. */
  g_ptr_array_add (signals, make_signal ("x", ALIGNMENT_SIGNAL_TYPE_REQUEST_SENT, "2024-03-06", "...+.."));

  months = alignment_heatmap_compute (SIGNALS (signals), signals->len, ALIGNMENT_BUCKET_MONTH, FALSE);
  g_assert_cmpuint (months->n_undated, ==, 2);
  g_assert_cmpuint (months->buckets->len, ==, 1);
  g_assert_cmpuint (bucket (months, 0)->n_signals, ==, 2);
  g_assert_cmpint (bucket (months, 0)->net[0][0], ==, -1);
  g_assert_cmpint (bucket (months, 0)->net[1][0], ==, 1);

  /* Undated signals still belong to their thread. */
  threads = alignment_heatmap_compute (SIGNALS (signals), signals->len, ALIGNMENT_BUCKET_THREAD, FALSE);
  g_assert_cmpuint (threads->buckets->len, ==, 2);
  g_assert_cmpuint (bucket (threads, 0)->n_signals, ==, 2);
  g_assert_cmpint (bucket (threads, 0)->net[0][0], ==, 0);
  g_assert_cmpuint (bucket (threads, 1)->first_day, ==, 0);
  g_assert_cmpint (bucket (threads, 1)->net[0][2], ==, 1);

  /* Undated signals sort last: 1b (undated) closes thread 1, but its
   * days to alignment cannot be counted. */
  thread_list = alignment_threads_compute (SIGNALS (signals), signals->len);
  g_assert_cmpuint (thread_list->len, ==, 2);
  t = g_ptr_array_index (thread_list, 0);
  g_assert_cmpint (t->status, ==, ALIGNMENT_THREAD_ALIGNED);
  g_assert_cmpint (t->days_to_alignment, ==, -1);
  g_assert_cmpuint (t->first_day, ==, day ("2024-03-05"));
  g_assert_cmpuint (t->last_day, ==, day ("2024-03-05"));
  t = g_ptr_array_index (thread_list, 1);
  g_assert_cmpint (t->status, ==, ALIGNMENT_THREAD_OPEN);
  g_assert_cmpuint (t->first_day, ==, 0);
}

static void
test_empty (void)
{
  g_autoptr(AlignmentHeatmap) heatmap = NULL;
  g_autoptr(GPtrArray) threads = NULL;
  AlignmentTotals totals;

  heatmap = alignment_heatmap_compute (NULL, 0, ALIGNMENT_BUCKET_WEEK, TRUE);
  g_assert_cmpuint (heatmap->buckets->len, ==, 0);
  g_assert_cmpuint (heatmap->n_undated, ==, 0);
  threads = alignment_threads_compute (NULL, 0);
  g_assert_cmpuint (threads->len, ==, 0);
  alignment_totals_compute (NULL, 0, &totals);
  g_assert_cmpuint (totals.n_signals, ==, 0);
  g_assert_cmpuint (totals.first_day, ==, 0);
}

static void
test_sparse_threads (void)
{
  g_autoptr(GPtrArray) signals = signal_array ();
  g_autoptr(AlignmentHeatmap) heatmap = NULL;

  /* Thread numbers far apart must not cost a bucket per number between. */
  g_ptr_array_add (signals, make_signal ("900000a", ALIGNMENT_SIGNAL_TYPE_REQUEST_SENT, "2024-01-02", "+....."));
  g_ptr_array_add (signals, make_signal ("7a", ALIGNMENT_SIGNAL_TYPE_REQUEST_SENT, "2024-01-01", "-....."));
  g_ptr_array_add (signals, make_signal ("900000b", ALIGNMENT_SIGNAL_TYPE_REQUEST_SENT, "2024-01-03", "+....."));

  heatmap = alignment_heatmap_compute (SIGNALS (signals), signals->len, ALIGNMENT_BUCKET_THREAD, TRUE);
  g_assert_cmpuint (heatmap->buckets->len, ==, 2);
  g_assert_cmpstr (bucket (heatmap, 0)->label, ==, "7");
  g_assert_cmpint (bucket (heatmap, 0)->net[0][0], ==, -1);
  g_assert_cmpstr (bucket (heatmap, 1)->label, ==, "900000");
  g_assert_cmpuint (bucket (heatmap, 1)->n_signals, ==, 2);
  g_assert_cmpuint (bucket (heatmap, 1)->first_day, ==, day ("2024-01-02"));
  g_assert_cmpuint (bucket (heatmap, 1)->last_day, ==, day ("2024-01-03"));
  /* cumulative: -1 + 2 */
  g_assert_cmpint (bucket (heatmap, 1)->net[0][0], ==, 1);
}

static void
test_thread_order_and_flags (void)
{
  g_autoptr(GPtrArray) signals = signal_array ();
  g_autoptr(GPtrArray) threads = NULL;
  AlignmentSignal *signal;
  AlignmentThread *t;

  /* Thread 8 in letter order reads "escalation, then aligned"; by date
   * the alignment event comes first and the escalation reopens it. */
  g_ptr_array_add (signals, make_signal ("8a", ALIGNMENT_SIGNAL_TYPE_ESCALATION_SENT, "2024-03-10", NULL));
  g_ptr_array_add (signals, make_signal ("8b", ALIGNMENT_SIGNAL_TYPE_ALIGNMENT_EVENT, "2024-03-01", NULL));

  /* Thread 5: urgency meant high, understood low. */
  signal = make_signal ("5a", ALIGNMENT_SIGNAL_TYPE_REQUEST_SENT, "2024-01-01", NULL);
  alignment_signal_set_urgency (signal, ALIGNMENT_URGENCY_HIGH);
  alignment_signal_set_urgency_understood (signal, ALIGNMENT_URGENCY_LOW);
  g_ptr_array_add (signals, signal);
  signal = make_signal ("5b", ALIGNMENT_SIGNAL_TYPE_ALIGNMENT_EVENT, "2024-01-11", NULL);
  alignment_signal_set_understood (signal, ALIGNMENT_UNDERSTOOD_YES);
  g_ptr_array_add (signals, signal);

  /* Thread 6: the same urgency both ways, and one urgency only. */
  signal = make_signal ("6a", ALIGNMENT_SIGNAL_TYPE_REQUEST_SENT, "2024-01-01", NULL);
  alignment_signal_set_urgency (signal, ALIGNMENT_URGENCY_HIGH);
  alignment_signal_set_urgency_understood (signal, ALIGNMENT_URGENCY_HIGH);
  g_ptr_array_add (signals, signal);
  signal = make_signal ("6b", ALIGNMENT_SIGNAL_TYPE_REQUEST_RECEIVED, "2024-01-02", NULL);
  alignment_signal_set_urgency (signal, ALIGNMENT_URGENCY_LOW);
  g_ptr_array_add (signals, signal);

  threads = alignment_threads_compute (SIGNALS (signals), signals->len);
  g_assert_cmpuint (threads->len, ==, 3);

  t = g_ptr_array_index (threads, 0);
  g_assert_cmpuint (t->number, ==, 5);
  g_assert_cmpint (t->flags, ==, ALIGNMENT_THREAD_FLAG_URGENCY_MISMATCH);
  g_assert_cmpint (t->status, ==, ALIGNMENT_THREAD_ALIGNED);
  g_assert_cmpint (t->days_to_alignment, ==, 10);

  t = g_ptr_array_index (threads, 1);
  g_assert_cmpuint (t->number, ==, 6);
  g_assert_cmpint (t->flags, ==, ALIGNMENT_THREAD_FLAG_NONE);
  g_assert_cmpint (t->status, ==, ALIGNMENT_THREAD_OPEN);

  t = g_ptr_array_index (threads, 2);
  g_assert_cmpuint (t->number, ==, 8);
  g_assert_cmpstr (alignment_signal_get_id (g_ptr_array_index (t->signals, 0)), ==, "8b");
  g_assert_cmpint (t->status, ==, ALIGNMENT_THREAD_OPEN);
  g_assert_cmpint (t->flags, ==, ALIGNMENT_THREAD_FLAG_RESTARTED);
  g_assert_cmpint (t->days_to_alignment, ==, -1);
}

/* The highest escalation level of a thread and how long it stayed
 * there: until a signal at a lower level, until its alignment event, or
 * (still there) until its last date. */
static void
test_escalation_levels (void)
{
  AlignmentSignal *signals[] = {
    make_signal ("1a", ALIGNMENT_SIGNAL_TYPE_REQUEST_SENT, "2024-01-01", NULL),
    make_signal ("1b", ALIGNMENT_SIGNAL_TYPE_ESCALATION_SENT, "2024-01-05", NULL),
    make_signal ("1c", ALIGNMENT_SIGNAL_TYPE_ESCALATION_SENT, "2024-01-10", NULL),
    make_signal ("1d", ALIGNMENT_SIGNAL_TYPE_ALIGNMENT_EVENT, "2024-01-25", NULL),
    make_signal ("2a", ALIGNMENT_SIGNAL_TYPE_ESCALATION_SENT, "2024-02-01", NULL),
    make_signal ("2b", ALIGNMENT_SIGNAL_TYPE_ESCALATION_SENT, "2024-02-03", NULL),
    make_signal ("2c", ALIGNMENT_SIGNAL_TYPE_REQUEST_RECEIVED, "2024-02-09", NULL),
    make_signal ("3a", ALIGNMENT_SIGNAL_TYPE_ESCALATION_SENT, NULL, NULL),
    make_signal ("4a", ALIGNMENT_SIGNAL_TYPE_REQUEST_SENT, "2024-03-01", NULL),
    make_signal ("4b", ALIGNMENT_SIGNAL_TYPE_ALIGNMENT_EVENT, "2024-03-04", NULL),
  };
  g_autoptr(GPtrArray) threads = NULL;
  AlignmentThread *t;

  alignment_signal_set_escalation_level (signals[1], 2);
  alignment_signal_set_escalation_level (signals[2], 2);
  alignment_signal_set_escalation_level (signals[4], 1);
  alignment_signal_set_escalation_level (signals[5], 3);
  alignment_signal_set_escalation_level (signals[7], 2);
  alignment_signal_set_escalation_level (signals[9], 2);
  threads = alignment_threads_compute (signals, G_N_ELEMENTS (signals));
  g_assert_cmpuint (threads->len, ==, 4);

  /* Level 2 from 5 January, repeated, until the alignment on the 25th. */
  t = g_ptr_array_index (threads, 0);
  g_assert_cmpuint (t->highest_level, ==, 2);
  g_assert_cmpint (t->days_at_highest_level, ==, 20);
  g_assert_false (t->still_at_highest_level);
  /* Level 3 from 3 February; 2c records none, so it is still there. */
  t = g_ptr_array_index (threads, 1);
  g_assert_cmpuint (t->highest_level, ==, 3);
  g_assert_cmpint (t->days_at_highest_level, ==, 6);
  g_assert_true (t->still_at_highest_level);
  /* Undated: the level, but no days. */
  t = g_ptr_array_index (threads, 2);
  g_assert_cmpuint (t->highest_level, ==, 2);
  g_assert_cmpint (t->days_at_highest_level, ==, -1);
  /* Aligned at the level it reached: no time there. */
  t = g_ptr_array_index (threads, 3);
  g_assert_cmpuint (t->highest_level, ==, 2);
  g_assert_cmpint (t->days_at_highest_level, ==, 0);
  g_assert_false (t->still_at_highest_level);

  /* Down a level: it left when 2c said so. */
  alignment_signal_set_escalation_level (signals[6], 1);
  g_clear_pointer (&threads, g_ptr_array_unref);
  threads = alignment_threads_compute (signals, G_N_ELEMENTS (signals));
  t = g_ptr_array_index (threads, 1);
  g_assert_cmpint (t->days_at_highest_level, ==, 6);
  g_assert_false (t->still_at_highest_level);

  for (guint i = 0; i < G_N_ELEMENTS (signals); i++)
    g_object_unref (signals[i]);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/analysis/example/heatmap-thread", test_example_heatmap_thread);
  g_test_add_func ("/analysis/example/heatmap-month", test_example_heatmap_month);
  g_test_add_func ("/analysis/example/heatmap-cumulative", test_example_heatmap_cumulative);
  g_test_add_func ("/analysis/example/heatmap-week", test_example_heatmap_week);
  g_test_add_func ("/analysis/example/heatmap-quarter", test_example_heatmap_quarter);
  g_test_add_func ("/analysis/heatmap/last-quarter", test_heatmap_last_quarter);
  g_test_add_func ("/analysis/example/threads", test_example_threads);
  g_test_add_func ("/analysis/example/totals", test_example_totals);
  g_test_add_func ("/analysis/week-year-boundary", test_week_year_boundary);
  g_test_add_func ("/analysis/bucket-labels", test_bucket_labels);
  g_test_add_func ("/analysis/bucket-kind-enum", test_bucket_kind_enum);
  g_test_add_func ("/analysis/undated", test_undated);
  g_test_add_func ("/analysis/escalation-levels", test_escalation_levels);
  g_test_add_func ("/analysis/empty", test_empty);
  g_test_add_func ("/analysis/sparse-threads", test_sparse_threads);
  g_test_add_func ("/analysis/thread-order-and-flags", test_thread_order_and_flags);

  return g_test_run ();
}
