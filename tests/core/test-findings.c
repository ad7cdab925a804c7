/* test-findings.c: heatmap modes, thread steps and case findings against
 * figures computed by hand
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "alignment-core.h"
#include "../test-example.h"

/* The example holds the 16 signals of fixtures/datasheet-threads-1-3.tsv;
 * tests/core/test-analysis.c tabulates them (dates, types, impacts) and gives
 * the nets by thread and month.  What this file adds, by hand from that
 * sheet (columns: customer contractual, operational, relational, then
 * the provider's):
 *
 * Gap (customer net minus provider net, per realm):
 *   by month  2024-02:  0 -1 +1   (cust 0 0 +1, prov 0 +1 0)
 *             2024-03:  0 -1  0   (cust 0 -3 -1, prov 0 -2 -1)
 *             2024-04: -1 +2  0   (cust 0 +1 -1, prov +1 -1 -1)
 *             2024-05:  0  0  0
 *   by thread 1:        0 -1 +1
 *             2:       -1 +1 -1
 *             3:        0  0 +1
 * Split (gained / lost) by thread:
 *   thread 1 customer operational 1 / 1 (1c + ; 1b -), net 0: churn a
 *            zero net hides; provider relational 1 / 1 (1c + ; 1d -)
 *   thread 3 customer operational 1 / 4 (3e + ; 3a 3b 3c 3d -)
 *
 * Understood (column 10): "No" for 1d 2g 3c 3d 3e, all sent by SP.
 *   all       5 of 16 not understood (31%)
 *   customer  0 of 7  (1a 1b 2a 2b 2f 3a 3b)
 *   provider  5 of 9  (1c 1d 2c 2d 2e 2g 3c 3d 3e)
 *   channel (message, without case): response 5 of 6 (1c 1d 2g 3c 3d
 *   3e; only 1c understood), resources 0 of 3, mail 0 of 2 ("Mail" 2b,
 *   "mail" 2f), then workshop, quality, meeting, new meetings and "Stop
 *   planning and do it central" with 1 each.
 *
 * Steps of the last cycle (a cycle restarts at an escalation after an
 * alignment event):
 *   thread 1: cycle 1 = 1a 1b 1c, cycle 2 = 1d (SP escalation, not
 *     understood, nothing after it): discussion only; 2 cycles.
 *   thread 2: cycle 1 = 2a-2d, cycle 2 = 2e (SP escalation) 2f (CUST
 *     request: the other side; understood) 2g (alignment): all three
 *     steps; 2 cycles.
 *   thread 3: one cycle (3b escalates before any alignment event):
 *     3a request, understood; 3c-3e by SP; 3c alignment: all three.
 *
 * Time to alignment: thread 2 87 days, thread 3 31 days (see
 * test-analysis.c); median (31 + 87) / 2 = 59, longest 87 (thread 2).
 * Open: thread 1 of 3.
 *
 * Realm desynchronisation, from the monthly nets:
 *   customer  contractual  0  0  0  0  total  0
 *             operational  0 -3 +1 +1  total -1, losses in Feb (1b),
 *                          Mar (2b 3a 3b), Apr (3c 3d): 3 months;
 *                          running 0 -3 -2 -1, lowest -3
 *             relational  +1 -1 -1 +1  total  0
 *     → operational keeps falling while the other two hold.
 *   provider  contractual total +1, operational -1, relational -1: two
 *     realms fall, so no single realm is out of step.
 *   The signals behind it: customer operational negatives 1b 2b 3a 3b
 *   3c 3d.
 */

static AlignmentSignal * const *
peek (AlignmentCase *self,
      guint         *n_signals)
{
  return (AlignmentSignal * const *) alignment_signal_list_peek (alignment_case_get_signals (self),
                                                                  n_signals);
}

/* The ids at @positions, space-separated. */
static char *
ids_of (AlignmentSignal * const *signals,
        GArray                  *positions)
{
  GString *ids = g_string_new (NULL);

  for (guint i = 0; i < positions->len; i++)
    g_string_append_printf (ids, "%s%s", i > 0 ? " " : "",
                            alignment_signal_get_id (signals[g_array_index (positions, guint, i)]));
  return g_string_free (ids, FALSE);
}

static const AlignmentBucket *
bucket (const AlignmentHeatmap *heatmap,
        guint                   i)
{
  g_assert_cmpuint (i, <, heatmap->buckets->len);
  return &g_array_index (heatmap->buckets, AlignmentBucket, i);
}

/* ---- Heatmap modes -------------------------------------------------------- */

static void
test_gap (void)
{
  g_autoptr(AlignmentCase) self = load_example ();
  g_autoptr(AlignmentHeatmap) months = NULL;
  g_autoptr(AlignmentHeatmap) threads = NULL;
  static const int by_month[4][3] = { { 0, -1, 1 }, { 0, -1, 0 }, { -1, 2, 0 }, { 0, 0, 0 } };
  static const int by_thread[3][3] = { { 0, -1, 1 }, { -1, 1, -1 }, { 0, 0, 1 } };
  AlignmentSignal * const *signals;
  guint n;

  signals = peek (self, &n);
  months = alignment_heatmap_compute (signals, n, ALIGNMENT_BUCKET_MONTH, FALSE);
  threads = alignment_heatmap_compute (signals, n, ALIGNMENT_BUCKET_THREAD, FALSE);
  g_assert_cmpuint (months->buckets->len, ==, 4);
  g_assert_cmpuint (threads->buckets->len, ==, 3);

  for (guint b = 0; b < 4; b++)
    for (guint r = 0; r < 3; r++)
      g_assert_cmpint (alignment_bucket_gap (bucket (months, b), r), ==, by_month[b][r]);
  for (guint b = 0; b < 3; b++)
    for (guint r = 0; r < 3; r++)
      g_assert_cmpint (alignment_bucket_gap (bucket (threads, b), r), ==, by_thread[b][r]);
}

static void
test_split (void)
{
  g_autoptr(AlignmentCase) self = load_example ();
  g_autoptr(AlignmentHeatmap) threads = NULL;
  AlignmentSignal * const *signals;
  guint n;

  signals = peek (self, &n);
  threads = alignment_heatmap_compute (signals, n, ALIGNMENT_BUCKET_THREAD, FALSE);

  /* Churn under a zero net. */
  g_assert_cmpint (bucket (threads, 0)->net[0][ALIGNMENT_REALM_OPERATIONAL], ==, 0);
  g_assert_cmpint (bucket (threads, 0)->gained[0][ALIGNMENT_REALM_OPERATIONAL], ==, 1);
  g_assert_cmpint (bucket (threads, 0)->lost[0][ALIGNMENT_REALM_OPERATIONAL], ==, 1);
  g_assert_cmpint (bucket (threads, 0)->gained[1][ALIGNMENT_REALM_RELATIONAL], ==, 1);
  g_assert_cmpint (bucket (threads, 0)->lost[1][ALIGNMENT_REALM_RELATIONAL], ==, 1);
  g_assert_cmpint (bucket (threads, 2)->gained[0][ALIGNMENT_REALM_OPERATIONAL], ==, 1);
  g_assert_cmpint (bucket (threads, 2)->lost[0][ALIGNMENT_REALM_OPERATIONAL], ==, 4);
}

static void
test_cell_signals (void)
{
  g_autoptr(AlignmentCase) self = load_example ();
  g_autoptr(AlignmentHeatmap) months = NULL;
  g_autoptr(AlignmentHeatmap) running = NULL;
  g_autoptr(AlignmentHeatmap) threads = NULL;
  AlignmentSignal * const *signals;
  guint n;
  static const struct {
    int         heatmap;  /* 0 months, 1 running months, 2 threads */
    guint       bucket;
    guint       party;    /* 2: both (gap) */
    AlignmentRealm realm;
    const char *ids;
  } cases[] = {
    /* April, customer operational: 2c + 2d + 3c - 3d - 3e +; 2e, 2f
     * move other trust only. */
    { 0, 2, 0, ALIGNMENT_REALM_OPERATIONAL, "2c 2d 3c 3d 3e" },
    { 0, 2, 0, ALIGNMENT_REALM_CONTRACTUAL, "3d 3e" },
    { 0, 3, 1, ALIGNMENT_REALM_CONTRACTUAL, "" },
    /* Up to March, customer operational: 1b 1c, then 2b 3a 3b. */
    { 1, 1, 0, ALIGNMENT_REALM_OPERATIONAL, "1b 1c 2b 3a 3b" },
    /* Thread 1 relational, either party: 1c (both +), 1d (provider -). */
    { 2, 0, 2, ALIGNMENT_REALM_RELATIONAL, "1c 1d" },
    { 2, 0, 0, ALIGNMENT_REALM_RELATIONAL, "1c" },
  };

  signals = peek (self, &n);
  months = alignment_heatmap_compute (signals, n, ALIGNMENT_BUCKET_MONTH, FALSE);
  running = alignment_heatmap_compute (signals, n, ALIGNMENT_BUCKET_MONTH, TRUE);
  threads = alignment_heatmap_compute (signals, n, ALIGNMENT_BUCKET_THREAD, FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      AlignmentHeatmap *heatmap = cases[i].heatmap == 0 ? months : cases[i].heatmap == 1 ? running : threads;
      g_autoptr(GArray) positions = alignment_heatmap_cell_signals (heatmap, signals, n, cases[i].bucket,
                                                                     cases[i].party, cases[i].realm);
      g_autofree char *ids = ids_of (signals, positions);

      g_assert_cmpstr (ids, ==, cases[i].ids);
    }
}

static void
test_mode_enum (void)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (ALIGNMENT_TYPE_HEATMAP_MODE);
  static const char * const nicks[] = { "net", "cumulative", "split", "gap" };

  g_assert_cmpuint (klass->n_values, ==, G_N_ELEMENTS (nicks));
  for (guint i = 0; i < G_N_ELEMENTS (nicks); i++)
    g_assert_cmpint (g_enum_get_value_by_nick (klass, nicks[i])->value, ==, i);
}

/* ---- Threads and findings ------------------------------------------------- */

static void
test_example_steps (void)
{
  g_autoptr(AlignmentCase) self = load_example ();
  g_autoptr(AlignmentFindings) findings = NULL;
  AlignmentSignal * const *signals;
  const AlignmentThreadReport *report;
  guint n;

  signals = peek (self, &n);
  findings = alignment_findings_compute (signals, n);
  g_assert_cmpuint (findings->reports->len, ==, 3);

  report = alignment_findings_get_report (findings, 1);
  g_assert_nonnull (report);
  g_assert_cmpstr (alignment_signal_get_id (signals[report->opening]), ==, "1a");
  g_assert_cmpint (report->steps, ==, ALIGNMENT_STEP_DISCUSSION);
  g_assert_cmpuint (report->n_cycles, ==, 2);
  g_assert_cmpint (report->thread->status, ==, ALIGNMENT_THREAD_OPEN);

  report = alignment_findings_get_report (findings, 2);
  g_assert_cmpstr (alignment_signal_get_id (signals[report->opening]), ==, "2a");
  g_assert_cmpint (report->steps, ==, ALIGNMENT_STEPS_ALL);
  g_assert_cmpuint (report->n_cycles, ==, 2);
  g_assert_cmpint (report->thread->days_to_alignment, ==, 87);

  report = alignment_findings_get_report (findings, 3);
  g_assert_cmpstr (alignment_signal_get_id (signals[report->opening]), ==, "3a");
  g_assert_cmpint (report->steps, ==, ALIGNMENT_STEPS_ALL);
  g_assert_cmpuint (report->n_cycles, ==, 1);
  g_assert_cmpint (report->thread->days_to_alignment, ==, 31);

  g_assert_null (alignment_findings_get_report (findings, 4));
}

static AlignmentSignal *
make_signal (const char          *id,
             AlignmentSignalType  type,
             AlignmentParty       sender,
             AlignmentUnderstood  understood)
{
  AlignmentSignal *signal = alignment_signal_new (id);

  alignment_signal_set_signal_type (signal, type);
  alignment_signal_set_sender (signal, sender);
  alignment_signal_set_understood (signal, understood);
  return signal;
}

static void
test_steps_missing (void)
{
  g_autoptr(GPtrArray) signals = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) threads = NULL;
  AlignmentThread *t;
  guint cycles;

  /* 1: raised, not understood, no answer: discussion only. */
  g_ptr_array_add (signals, make_signal ("1a", ALIGNMENT_SIGNAL_TYPE_REQUEST_SENT,
                                         ALIGNMENT_PARTY_CUSTOMER, ALIGNMENT_UNDERSTOOD_NO));
  /* 2: raised and answered by the other side, no decision. */
  g_ptr_array_add (signals, make_signal ("2a", ALIGNMENT_SIGNAL_TYPE_ESCALATION_SENT,
                                         ALIGNMENT_PARTY_PROVIDER, ALIGNMENT_UNDERSTOOD_UNKNOWN));
  g_ptr_array_add (signals, make_signal ("2b", ALIGNMENT_SIGNAL_TYPE_REQUEST_RECEIVED,
                                         ALIGNMENT_PARTY_CUSTOMER, ALIGNMENT_UNDERSTOOD_UNKNOWN));
  /* 3: a decision nobody raised or recognised. */
  g_ptr_array_add (signals, make_signal ("3a", ALIGNMENT_SIGNAL_TYPE_ALIGNMENT_EVENT,
                                         ALIGNMENT_PARTY_PROVIDER, ALIGNMENT_UNDERSTOOD_NO));
  /* 4: understood by the receiver, then decided: all three. */
  g_ptr_array_add (signals, make_signal ("4a", ALIGNMENT_SIGNAL_TYPE_REQUEST_SENT,
                                         ALIGNMENT_PARTY_CUSTOMER, ALIGNMENT_UNDERSTOOD_YES));
  g_ptr_array_add (signals, make_signal ("4b", ALIGNMENT_SIGNAL_TYPE_ALIGNMENT_EVENT,
                                         ALIGNMENT_PARTY_CUSTOMER, ALIGNMENT_UNDERSTOOD_UNKNOWN));

  threads = alignment_threads_compute ((AlignmentSignal * const *) signals->pdata, signals->len);
  g_assert_cmpuint (threads->len, ==, 4);

  t = g_ptr_array_index (threads, 0);
  g_assert_cmpint (alignment_thread_get_steps (t, &cycles), ==, ALIGNMENT_STEP_DISCUSSION);
  g_assert_cmpuint (cycles, ==, 1);
  t = g_ptr_array_index (threads, 1);
  g_assert_cmpint (alignment_thread_get_steps (t, NULL), ==, ALIGNMENT_STEP_DISCUSSION | ALIGNMENT_STEP_RECOGNITION);
  t = g_ptr_array_index (threads, 2);
  g_assert_cmpint (alignment_thread_get_steps (t, NULL), ==, ALIGNMENT_STEP_DECISION);
  t = g_ptr_array_index (threads, 3);
  g_assert_cmpint (alignment_thread_get_steps (t, NULL), ==, ALIGNMENT_STEPS_ALL);
}

static const AlignmentFinding *
find (const AlignmentFindings *findings,
      AlignmentFindingKind     kind)
{
  for (guint i = 0; i < findings->findings->len; i++)
    {
      const AlignmentFinding *finding = g_ptr_array_index (findings->findings, i);

      if (finding->kind == kind)
        return finding;
    }
  return NULL;
}

static void
test_example_findings (void)
{
  g_autoptr(AlignmentCase) self = load_example ();
  g_autoptr(AlignmentFindings) findings = NULL;
  AlignmentSignal * const *signals;
  const AlignmentFinding *finding;
  const AlignmentUnderstanding *channel;
  g_autofree char *ids = NULL;
  guint n;

  signals = peek (self, &n);
  findings = alignment_findings_compute (signals, n);

  /* Time to alignment. */
  g_assert_cmpuint (findings->n_timed, ==, 2);
  g_assert_cmpfloat (findings->median_days, ==, 59.0);
  g_assert_cmpint (findings->longest_days, ==, 87);
  g_assert_cmpuint (findings->longest_thread, ==, 2);
  g_assert_cmpuint (findings->n_open, ==, 1);

  finding = find (findings, ALIGNMENT_FINDING_MEDIAN_TIME);
  g_assert_nonnull (finding);
  g_assert_nonnull (strstr (finding->summary, "59 days"));
  ids = ids_of (signals, finding->signals);
  g_assert_cmpstr (ids, ==, "2a 2g 3a 3e");
  g_clear_pointer (&ids, g_free);

  finding = find (findings, ALIGNMENT_FINDING_LONGEST_TIME);
  g_assert_nonnull (strstr (finding->summary, "Thread 2"));
  g_assert_nonnull (strstr (finding->summary, "87 days"));
  ids = ids_of (signals, finding->signals);
  g_assert_cmpstr (ids, ==, "2a 2b 2c 2d 2e 2f 2g");
  g_clear_pointer (&ids, g_free);

  finding = find (findings, ALIGNMENT_FINDING_OPEN_THREADS);
  /* The numbers say what they are. */
  g_assert_cmpstr (finding->summary, ==, "1 of 3 threads is still open: thread 1.");
  ids = ids_of (signals, finding->signals);
  g_assert_cmpstr (ids, ==, "1a 1b 1c 1d");
  g_clear_pointer (&ids, g_free);

  /* Perception gap. */
  g_assert_cmpuint (findings->understood.n_signals, ==, 16);
  g_assert_cmpuint (findings->understood.n_not_understood, ==, 5);
  g_assert_cmpuint (findings->by_sender[0].n_signals, ==, 7);
  g_assert_cmpuint (findings->by_sender[0].n_not_understood, ==, 0);
  g_assert_cmpuint (findings->by_sender[1].n_signals, ==, 9);
  g_assert_cmpuint (findings->by_sender[1].n_not_understood, ==, 5);
  g_assert_cmpuint (findings->by_channel->len, ==, 8);
  channel = g_ptr_array_index (findings->by_channel, 0);
  g_assert_cmpstr (channel->name, ==, "response");
  g_assert_cmpuint (channel->n_signals, ==, 6);
  g_assert_cmpuint (channel->n_not_understood, ==, 5);
  channel = g_ptr_array_index (findings->by_channel, 1);
  g_assert_cmpstr (channel->name, ==, "Resources");
  g_assert_cmpuint (channel->n_signals, ==, 3);
  channel = g_ptr_array_index (findings->by_channel, 2);
  /* "Mail" (2b) and "mail" (2f) are one channel, named as first seen. */
  g_assert_cmpstr (channel->name, ==, "Mail");
  g_assert_cmpuint (channel->n_signals, ==, 2);
  g_assert_cmpuint (channel->n_not_understood, ==, 0);

  finding = find (findings, ALIGNMENT_FINDING_PERCEPTION_GAP);
  g_assert_nonnull (strstr (finding->summary, "5 of 16 signals were not understood as meant (31%)."));
  g_assert_nonnull (strstr (finding->summary, "Service provider: 5 of 9"));
  g_assert_nonnull (strstr (finding->summary, "“response”, 5 of 6"));
  ids = ids_of (signals, finding->signals);
  g_assert_cmpstr (ids, ==, "1d 2g 3c 3d 3e");
  g_clear_pointer (&ids, g_free);

  /* Realm desynchronisation: the customer's operational trust. */
  g_assert_cmpint (findings->desync_realm[0], ==, ALIGNMENT_REALM_OPERATIONAL);
  g_assert_cmpint (findings->desync_lowest[0], ==, -3);
  g_assert_cmpint (findings->desync_realm[1], ==, -1);
  finding = find (findings, ALIGNMENT_FINDING_REALM_DESYNC);
  g_assert_nonnull (strstr (finding->summary, "operational trust (good-faith effort) fell in 3 months, to -3"));
  ids = ids_of (signals, finding->signals);
  g_assert_cmpstr (ids, ==, "1b 2b 3a 3b 3c 3d");

  /* In the order of their kinds, one each. */
  g_assert_cmpuint (findings->findings->len, ==, 5);
  for (guint i = 0; i < 5; i++)
    g_assert_cmpint (((AlignmentFinding *) g_ptr_array_index (findings->findings, i))->kind, ==, i);
}

/* A flag says which signals it is about. */
static void
test_flag_names_signals (void)
{
  g_autoptr(AlignmentCase) self = load_example ();
  g_autoptr(AlignmentFindings) findings = NULL;
  const AlignmentThreadReport *report;
  g_autofree char *one = NULL;
  g_autofree char *three = NULL;
  g_autofree char *restarted = NULL;
  AlignmentSignal * const *signals;
  guint n;

  signals = peek (self, &n);
  findings = alignment_findings_compute (signals, n);

  report = alignment_findings_get_report (findings, 1);
  g_assert_true (report->thread->flags & ALIGNMENT_THREAD_FLAG_NOT_UNDERSTOOD);
  one = alignment_thread_describe_flag (report->thread, ALIGNMENT_THREAD_FLAG_NOT_UNDERSTOOD);
  g_assert_cmpstr (one, ==, "signal 1d was not understood");
  restarted = alignment_thread_describe_flag (report->thread, ALIGNMENT_THREAD_FLAG_RESTARTED);
  g_assert_cmpstr (restarted, ==, alignment_thread_flag_get_label (ALIGNMENT_THREAD_FLAG_RESTARTED));

  report = alignment_findings_get_report (findings, 3);
  three = alignment_thread_describe_flag (report->thread, ALIGNMENT_THREAD_FLAG_NOT_UNDERSTOOD);
  g_assert_cmpstr (three, ==, "signals 3c, 3d and 3e were not understood");
}

/* More open threads than a sentence can list: counted, one sentence,
 * with every open thread's signals behind it. */
static void
test_open_threads_many (void)
{
  g_autoptr(AlignmentCase) self = alignment_case_generate (2000, 0, 15);
  g_autoptr(AlignmentFindings) findings = NULL;
  g_autofree char *expected = NULL;
  const AlignmentFinding *finding;
  AlignmentSignal * const *signals;
  guint n, n_behind = 0;

  signals = peek (self, &n);
  g_assert_cmpuint (n, ==, 2000);
  findings = alignment_findings_compute (signals, n);
  g_assert_cmpuint (findings->n_open, >, ALIGNMENT_FINDINGS_MAX_LISTED);

  finding = find (findings, ALIGNMENT_FINDING_OPEN_THREADS);
  g_assert_nonnull (finding);
  expected = g_strdup_printf ("%u of %u threads are still open.", findings->n_open, findings->threads->len);
  g_assert_cmpstr (finding->summary, ==, expected);
  g_assert_cmpuint (strlen (finding->summary), <, 60);

  for (guint i = 0; i < findings->threads->len; i++)
    {
      AlignmentThread *thread = g_ptr_array_index (findings->threads, i);

      if (thread->status == ALIGNMENT_THREAD_OPEN)
        n_behind += thread->signals->len;
    }
  g_assert_cmpuint (finding->signals->len, ==, n_behind);
}

/* A few open threads are listed as a sentence lists them. */
static void
test_open_threads_few (void)
{
  g_autoptr(AlignmentCase) self = alignment_case_generate (40, 5, 7);
  g_autoptr(AlignmentFindings) findings = NULL;
  const AlignmentFinding *finding;
  AlignmentSignal * const *signals;
  g_autoptr(GString) expected = g_string_new (NULL);
  guint n, listed = 0;

  signals = peek (self, &n);
  findings = alignment_findings_compute (signals, n);
  g_assert_cmpuint (findings->n_open, >=, 2);
  g_assert_cmpuint (findings->n_open, <=, ALIGNMENT_FINDINGS_MAX_LISTED);

  g_string_append_printf (expected, "%u of %u threads are still open: threads ", findings->n_open, findings->threads->len);
  for (guint i = 0; i < findings->threads->len; i++)
    {
      AlignmentThread *thread = g_ptr_array_index (findings->threads, i);

      if (thread->status != ALIGNMENT_THREAD_OPEN)
        continue;
      listed++;
      if (listed > 1)
        g_string_append (expected, listed == findings->n_open ? " and " : ", ");
      g_string_append_printf (expected, "%u", thread->number);
    }
  g_string_append_c (expected, '.');

  finding = find (findings, ALIGNMENT_FINDING_OPEN_THREADS);
  g_assert_cmpstr (finding->summary, ==, expected->str);
}

static void
test_findings_empty (void)
{
  g_autoptr(AlignmentFindings) findings = alignment_findings_compute (NULL, 0);

  g_assert_cmpuint (findings->threads->len, ==, 0);
  g_assert_cmpuint (findings->n_timed, ==, 0);
  g_assert_cmpfloat (findings->median_days, ==, -1);
  g_assert_cmpuint (findings->findings->len, ==, 0);
  g_assert_cmpint (findings->desync_realm[0], ==, -1);
}

static AlignmentSignal *
add_rated (GPtrArray           *signals,
           const char          *id,
           AlignmentSignalType  type,
           AlignmentParty       party,
           AlignmentRealm       realm,
           AlignmentImpact      impact)
{
  AlignmentSignal *signal = make_signal (id, type, ALIGNMENT_PARTY_CUSTOMER, ALIGNMENT_UNDERSTOOD_YES);

  alignment_signal_set_impact (signal, party, realm, impact);
  g_ptr_array_add (signals, signal);
  return signal;
}

static void
add_record (GListStore          *records,
            guint                number,
            AlignmentRealmFlags  aligned_in)
{
  g_autoptr(AlignmentThreadRecord) record = alignment_thread_record_new (number);

  alignment_thread_record_set_aligned_in (record, aligned_in);
  g_list_store_append (records, record);
}

/* The thesis's pattern: misalignment raised in one realm and settled in
 * another.  Threads 1 and 2 are contractual escalations, settled in the
 * operational realm; 3 is raised in the operational realm and settled
 * there too; 4 falls in the relational realm only after its first
 * alignment event, so it counts as raised there; 5 has no record. */
static void
test_realm_shifts (void)
{
  g_autoptr(GPtrArray) signals = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GListStore) records = g_list_store_new (ALIGNMENT_TYPE_THREAD_RECORD);
  g_autoptr(AlignmentFindings) findings = NULL;
  const AlignmentFinding *finding;
  AlignmentSignal * const *list;

  add_rated (signals, "1a", ALIGNMENT_SIGNAL_TYPE_ESCALATION_SENT, ALIGNMENT_PARTY_CUSTOMER,
             ALIGNMENT_REALM_CONTRACTUAL, ALIGNMENT_IMPACT_NEGATIVE);
  add_rated (signals, "1b", ALIGNMENT_SIGNAL_TYPE_ALIGNMENT_EVENT, ALIGNMENT_PARTY_CUSTOMER,
             ALIGNMENT_REALM_OPERATIONAL, ALIGNMENT_IMPACT_NEGATIVE);
  add_rated (signals, "2a", ALIGNMENT_SIGNAL_TYPE_ESCALATION_SENT, ALIGNMENT_PARTY_PROVIDER,
             ALIGNMENT_REALM_CONTRACTUAL, ALIGNMENT_IMPACT_NEGATIVE);
  add_rated (signals, "2b", ALIGNMENT_SIGNAL_TYPE_ALIGNMENT_EVENT, ALIGNMENT_PARTY_PROVIDER,
             ALIGNMENT_REALM_OPERATIONAL, ALIGNMENT_IMPACT_POSITIVE);
  add_rated (signals, "3a", ALIGNMENT_SIGNAL_TYPE_REQUEST_SENT, ALIGNMENT_PARTY_CUSTOMER,
             ALIGNMENT_REALM_OPERATIONAL, ALIGNMENT_IMPACT_NEGATIVE);
  add_rated (signals, "3b", ALIGNMENT_SIGNAL_TYPE_ALIGNMENT_EVENT, ALIGNMENT_PARTY_CUSTOMER,
             ALIGNMENT_REALM_OPERATIONAL, ALIGNMENT_IMPACT_POSITIVE);
  add_rated (signals, "4a", ALIGNMENT_SIGNAL_TYPE_ALIGNMENT_EVENT, ALIGNMENT_PARTY_CUSTOMER,
             ALIGNMENT_REALM_OPERATIONAL, ALIGNMENT_IMPACT_POSITIVE);
  add_rated (signals, "4b", ALIGNMENT_SIGNAL_TYPE_ESCALATION_SENT, ALIGNMENT_PARTY_PROVIDER,
             ALIGNMENT_REALM_RELATIONAL, ALIGNMENT_IMPACT_NEGATIVE);
  add_rated (signals, "5a", ALIGNMENT_SIGNAL_TYPE_ESCALATION_SENT, ALIGNMENT_PARTY_PROVIDER,
             ALIGNMENT_REALM_CONTRACTUAL, ALIGNMENT_IMPACT_NEGATIVE);
  add_record (records, 1, ALIGNMENT_REALM_FLAGS_OPERATIONAL);
  add_record (records, 2, ALIGNMENT_REALM_FLAGS_OPERATIONAL | ALIGNMENT_REALM_FLAGS_CONTRACTUAL);
  add_record (records, 3, ALIGNMENT_REALM_FLAGS_OPERATIONAL);
  add_record (records, 4, ALIGNMENT_REALM_FLAGS_CONTRACTUAL);

  list = (AlignmentSignal * const *) signals->pdata;
  findings = alignment_findings_compute (list, signals->len);
  /* Without the records, no thread says where it was aligned. */
  g_assert_null (find (findings, ALIGNMENT_FINDING_REALM_SHIFT));
  g_assert_cmpint (alignment_findings_get_report (findings, 1)->raised_in, ==, ALIGNMENT_REALM_FLAGS_CONTRACTUAL);
  g_assert_cmpint (alignment_findings_get_report (findings, 4)->raised_in, ==, ALIGNMENT_REALM_FLAGS_RELATIONAL);

  alignment_findings_add_thread_records (findings, list, signals->len, G_LIST_MODEL (records));
  g_assert_cmpint (alignment_findings_get_report (findings, 2)->aligned_in, ==,
                   ALIGNMENT_REALM_FLAGS_OPERATIONAL | ALIGNMENT_REALM_FLAGS_CONTRACTUAL);
  g_assert_cmpint (alignment_findings_get_report (findings, 5)->aligned_in, ==, ALIGNMENT_REALM_FLAGS_NONE);
  g_assert_cmpuint (findings->realm_shifts[ALIGNMENT_REALM_CONTRACTUAL][ALIGNMENT_REALM_OPERATIONAL], ==, 2);
  g_assert_cmpuint (findings->realm_shifts[ALIGNMENT_REALM_RELATIONAL][ALIGNMENT_REALM_CONTRACTUAL], ==, 1);
  g_assert_cmpuint (findings->realm_shifts[ALIGNMENT_REALM_OPERATIONAL][ALIGNMENT_REALM_OPERATIONAL], ==, 0);
  g_assert_cmpuint (findings->realm_shifts[ALIGNMENT_REALM_CONTRACTUAL][ALIGNMENT_REALM_CONTRACTUAL], ==, 0);

  finding = find (findings, ALIGNMENT_FINDING_REALM_SHIFT);
  g_assert_nonnull (finding);
  g_assert_cmpstr (finding->title, ==, "Realm shifts");
  g_assert_cmpstr (finding->summary, ==,
                   "Raised in one realm, aligned in another: contractual misalignment settled in the "
                   "operational realm in 2 threads and relational misalignment settled in the "
                   "contractual realm in 1 thread.");
  /* The signals of threads 1, 2 and 4, in order. */
  g_assert_cmpuint (finding->signals->len, ==, 6);
  g_assert_cmpuint (g_array_index (finding->signals, guint, 0), ==, 0);
  g_assert_cmpuint (g_array_index (finding->signals, guint, 3), ==, 3);
  g_assert_cmpuint (g_array_index (finding->signals, guint, 4), ==, 6);
  g_assert_cmpuint (g_array_index (finding->signals, guint, 5), ==, 7);

  /* Added again, with other records, it starts afresh. */
  g_list_store_remove_all (records);
  alignment_findings_add_thread_records (findings, list, signals->len, G_LIST_MODEL (records));
  g_assert_cmpuint (findings->realm_shifts[ALIGNMENT_REALM_CONTRACTUAL][ALIGNMENT_REALM_OPERATIONAL], ==, 0);
  g_assert_null (find (findings, ALIGNMENT_FINDING_REALM_SHIFT));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/findings/heatmap/gap", test_gap);
  g_test_add_func ("/findings/heatmap/split", test_split);
  g_test_add_func ("/findings/heatmap/cell-signals", test_cell_signals);
  g_test_add_func ("/findings/heatmap/mode-enum", test_mode_enum);
  g_test_add_func ("/findings/steps/example", test_example_steps);
  g_test_add_func ("/findings/steps/missing", test_steps_missing);
  g_test_add_func ("/findings/example", test_example_findings);
  g_test_add_func ("/findings/flag-names-signals", test_flag_names_signals);
  g_test_add_func ("/findings/open-threads/few", test_open_threads_few);
  g_test_add_func ("/findings/open-threads/many", test_open_threads_many);
  g_test_add_func ("/findings/empty", test_findings_empty);
  g_test_add_func ("/findings/realm-shifts", test_realm_shifts);

  return g_test_run ();
}
