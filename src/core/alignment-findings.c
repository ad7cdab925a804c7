/* alignment-findings.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "alignment-i18n.h"

#include "alignment-agreement.h"
#include "alignment-core-private.h"
#include "alignment-findings.h"
#include "alignment-signal.h"
#include "alignment-thread-record.h"

G_DEFINE_ENUM_TYPE (AlignmentFindingKind, alignment_finding_kind,
  G_DEFINE_ENUM_VALUE (ALIGNMENT_FINDING_MEDIAN_TIME, "median-time"),
  G_DEFINE_ENUM_VALUE (ALIGNMENT_FINDING_LONGEST_TIME, "longest-time"),
  G_DEFINE_ENUM_VALUE (ALIGNMENT_FINDING_OPEN_THREADS, "open-threads"),
  G_DEFINE_ENUM_VALUE (ALIGNMENT_FINDING_PERCEPTION_GAP, "perception-gap"),
  G_DEFINE_ENUM_VALUE (ALIGNMENT_FINDING_REALM_DESYNC, "realm-desync"),
  G_DEFINE_ENUM_VALUE (ALIGNMENT_FINDING_ESCALATION, "escalation"),
  G_DEFINE_ENUM_VALUE (ALIGNMENT_FINDING_REALM_SHIFT, "realm-shift"))

static const AlignmentParty parties[ALIGNMENT_N_PARTIES] = {
  ALIGNMENT_PARTY_CUSTOMER,
  ALIGNMENT_PARTY_PROVIDER,
};

/* ---- Steps ---------------------------------------------------------------- */

static gboolean
is_raising (AlignmentSignalType type)
{
  return type == ALIGNMENT_SIGNAL_TYPE_REQUEST_SENT
      || type == ALIGNMENT_SIGNAL_TYPE_REQUEST_RECEIVED
      || type == ALIGNMENT_SIGNAL_TYPE_ESCALATION_SENT;
}

AlignmentSteps
alignment_thread_get_steps (const AlignmentThread *thread,
                            guint                 *n_cycles)
{
  GPtrArray *signals;
  AlignmentSteps steps = ALIGNMENT_STEP_NONE;
  AlignmentParty opener;
  gboolean seen_alignment = FALSE;
  guint cycle_start = 0, cycles = 0;

  g_return_val_if_fail (thread != NULL, ALIGNMENT_STEP_NONE);

  signals = thread->signals;
  if (signals->len > 0)
    cycles = 1;

  /* The same rule as the RESTARTED flag of alignment_threads_compute(). */
  for (guint i = 0; i < signals->len; i++)
    {
      AlignmentSignalType type = alignment_signal_get_signal_type (g_ptr_array_index (signals, i));

      if (type == ALIGNMENT_SIGNAL_TYPE_ESCALATION_SENT && seen_alignment)
        {
          cycle_start = i;
          cycles++;
          seen_alignment = FALSE;
        }
      if (type == ALIGNMENT_SIGNAL_TYPE_ALIGNMENT_EVENT)
        seen_alignment = TRUE;
    }

  if (n_cycles != NULL)
    *n_cycles = cycles;
  if (cycles == 0)
    return ALIGNMENT_STEP_NONE;

  opener = alignment_signal_get_sender (g_ptr_array_index (signals, cycle_start));
  for (guint i = cycle_start; i < signals->len; i++)
    {
      AlignmentSignal *signal = g_ptr_array_index (signals, i);
      AlignmentSignalType type = alignment_signal_get_signal_type (signal);
      AlignmentParty sender = alignment_signal_get_sender (signal);

      if (is_raising (type))
        steps |= ALIGNMENT_STEP_DISCUSSION;
      if (type == ALIGNMENT_SIGNAL_TYPE_ALIGNMENT_EVENT)
        steps |= ALIGNMENT_STEP_DECISION;
      /* Recognised: the receiver understood a signal as meant, or the
       * other side answered at all. */
      if (alignment_signal_get_understood (signal) == ALIGNMENT_UNDERSTOOD_YES
          || (sender != ALIGNMENT_PARTY_UNKNOWN && opener != ALIGNMENT_PARTY_UNKNOWN && sender != opener))
        steps |= ALIGNMENT_STEP_RECOGNITION;
    }

  return steps;
}

const char *
alignment_step_get_label (AlignmentSteps step)
{
  switch ((int) step)
    {
    case ALIGNMENT_STEP_DISCUSSION:
      return _("discussion");
    case ALIGNMENT_STEP_RECOGNITION:
      return _("recognition");
    case ALIGNMENT_STEP_DECISION:
      return _("decision");
    default:
      g_return_val_if_reached ("");
    }
}

const char *
alignment_thread_flag_get_label (AlignmentThreadFlags flag)
{
  switch ((int) flag)
    {
    case ALIGNMENT_THREAD_FLAG_NOT_UNDERSTOOD:
      return _("a signal was not understood");
    case ALIGNMENT_THREAD_FLAG_RESTARTED:
      return _("escalated after an alignment event: the cycle restarted");
    case ALIGNMENT_THREAD_FLAG_URGENCY_MISMATCH:
      return _("urgency understood differently from how it was meant");
    default:
      g_return_val_if_reached ("");
    }
}

/* "1", "1 and 4", "1, 4 and 7": a short list as a sentence says it. */
static char *
join_words (GPtrArray *words)
{
  g_autofree char *head = NULL;

  if (words->len == 0)
    return g_strdup ("");
  if (words->len == 1)
    return g_strdup (g_ptr_array_index (words, 0));

  head = g_strdup (g_ptr_array_index (words, 0));
  for (guint i = 1; i + 1 < words->len; i++)
    {
      char *longer = g_strdup_printf ("%s, %s", head, (char *) g_ptr_array_index (words, i));

      g_free (head);
      head = longer;
    }
  /* TRANSLATORS: joins the last item to a list: "1, 4 and 7", "1d and 3c" */
  return g_strdup_printf (_("%s and %s"), head, (char *) g_ptr_array_index (words, words->len - 1));
}

char *
alignment_thread_describe_flag (const AlignmentThread *thread,
                                AlignmentThreadFlags   flag)
{
  g_autoptr(GPtrArray) ids = NULL;
  g_autofree char *list = NULL;

  g_return_val_if_fail (thread != NULL, NULL);

  if (flag != ALIGNMENT_THREAD_FLAG_NOT_UNDERSTOOD)
    return g_strdup (alignment_thread_flag_get_label (flag));

  /* Which signals, so that the reader can look them up. */
  ids = g_ptr_array_new ();
  for (guint i = 0; i < thread->signals->len; i++)
    {
      AlignmentSignal *signal = g_ptr_array_index (thread->signals, i);

      if (alignment_signal_get_understood (signal) == ALIGNMENT_UNDERSTOOD_NO)
        g_ptr_array_add (ids, (gpointer) alignment_signal_get_id (signal));
    }
  if (ids->len == 0)
    return g_strdup (alignment_thread_flag_get_label (flag));
  if (ids->len > ALIGNMENT_FINDINGS_MAX_LISTED)
    return g_strdup_printf (ngettext ("%u signal was not understood",
                                      "%u signals were not understood",
                                      ids->len),
                            ids->len);

  list = join_words (ids);
  /* TRANSLATORS: %s lists signal ids: "signal 1d was not understood",
   * "signals 3c, 3d and 3e were not understood" */
  return g_strdup_printf (ngettext ("signal %s was not understood",
                                    "signals %s were not understood",
                                    ids->len),
                          list);
}

/* ---- Findings ------------------------------------------------------------- */

static void
finding_free (gpointer data)
{
  AlignmentFinding *finding = data;

  g_free (finding->title);
  g_free (finding->summary);
  g_clear_pointer (&finding->signals, g_array_unref);
  g_free (finding);
}

static void
understanding_free (gpointer data)
{
  AlignmentUnderstanding *understanding = data;

  g_free (understanding->name);
  g_free (understanding);
}

void
alignment_findings_free (AlignmentFindings *findings)
{
  if (findings == NULL)
    return;

  g_clear_pointer (&findings->threads, g_ptr_array_unref);
  g_clear_pointer (&findings->reports, g_array_unref);
  g_clear_pointer (&findings->by_channel, g_ptr_array_unref);
  g_clear_pointer (&findings->findings, g_ptr_array_unref);
  g_free (findings);
}

const AlignmentThreadReport *
alignment_findings_get_report (const AlignmentFindings *findings,
                               guint                    number)
{
  g_return_val_if_fail (findings != NULL, NULL);

  for (guint i = 0; i < findings->reports->len; i++)
    {
      const AlignmentThreadReport *report = &g_array_index (findings->reports, AlignmentThreadReport, i);

      if (report->thread->number == number)
        return report;
    }

  return NULL;
}

static AlignmentFinding *
finding_add (AlignmentFindings    *findings,
             AlignmentFindingKind  kind,
             const char           *title,
             char                 *summary)
{
  AlignmentFinding *finding = g_new0 (AlignmentFinding, 1);

  finding->kind = kind;
  finding->title = g_strdup (title);
  finding->summary = summary;
  finding->signals = g_array_new (FALSE, FALSE, sizeof (guint));
  g_ptr_array_add (findings->findings, finding);

  return finding;
}

/* Appends the positions of @thread's signals (all, or only its first and
 * last) in the order of the input. */
static void
add_thread_signals (GArray          *positions,
                    GHashTable      *position_of,
                    AlignmentThread *thread,
                    gboolean         ends_only)
{
  for (guint i = 0; i < thread->signals->len; i++)
    {
      guint position;

      if (ends_only && i != 0 && i != thread->signals->len - 1)
        continue;
      position = GPOINTER_TO_UINT (g_hash_table_lookup (position_of, g_ptr_array_index (thread->signals, i))) - 1;
      g_array_append_val (positions, position);
    }
}

static void
sort_positions (GArray *positions)
{
  g_array_sort (positions, alignment_compare_uint);
}

/* How far threads were escalated: the highest level any reached, the
 * thread that reached it first and how long it stayed there.  The
 * signals behind it are that thread's. */
static void
compute_escalation (AlignmentFindings *findings,
                    GHashTable        *position_of)
{
  AlignmentThread *top = NULL;
  guint n_escalated = 0;
  AlignmentFinding *finding;
  g_autofree char *stay = NULL;
  char *summary;

  for (guint i = 0; i < findings->threads->len; i++)
    {
      AlignmentThread *thread = g_ptr_array_index (findings->threads, i);

      if (thread->highest_level == 0)
        continue;
      n_escalated++;
      if (top == NULL || thread->highest_level > top->highest_level)
        top = thread;
    }

  if (top == NULL)
    return;

  if (top->days_at_highest_level < 0)
    stay = g_strdup (_("for how long is not known: its signals are not dated"));
  else if (top->still_at_highest_level)
    stay = g_strdup_printf (ngettext ("and is still there after %d day",
                                      "and is still there after %d days",
                                      (gulong) top->days_at_highest_level),
                            top->days_at_highest_level);
  else
    stay = g_strdup_printf (ngettext ("and stayed there %d day",
                                      "and stayed there %d days",
                                      (gulong) top->days_at_highest_level),
                            top->days_at_highest_level);

  summary = g_strdup_printf (/* TRANSLATORS: "2 of 3 threads were escalated; thread 3 reached
                              * level 3, the highest, and stayed there 20 days." */
                             ngettext ("%u of %u threads was escalated; thread %u reached level %u, the highest, %s.",
                                       "%u of %u threads were escalated; thread %u reached level %u, the highest, %s.",
                                       n_escalated),
                             n_escalated, findings->threads->len, top->number, top->highest_level, stay);
  finding = finding_add (findings, ALIGNMENT_FINDING_ESCALATION, _("Escalation"), summary);
  add_thread_signals (finding->signals, position_of, top, FALSE);
  sort_positions (finding->signals);
}

/* "59" or "59.5": medians of an even count end in a half. */
static char *
format_days (double days)
{
  if (days == (double) (gint64) days)
    return g_strdup_printf ("%" G_GINT64_FORMAT, (gint64) days);
  return g_strdup_printf ("%.1f", days);
}

static void
compute_times (AlignmentFindings *findings,
               GHashTable        *position_of)
{
  g_autoptr(GArray) days = g_array_new (FALSE, FALSE, sizeof (int));
  AlignmentThread *longest = NULL;

  findings->median_days = -1;
  findings->longest_days = -1;

  for (guint i = 0; i < findings->threads->len; i++)
    {
      AlignmentThread *thread = g_ptr_array_index (findings->threads, i);

      if (thread->status == ALIGNMENT_THREAD_OPEN)
        findings->n_open++;
      if (thread->days_to_alignment < 0)
        continue;
      g_array_append_val (days, thread->days_to_alignment);
      if (longest == NULL || thread->days_to_alignment > longest->days_to_alignment)
        longest = thread;
    }

  findings->n_timed = days->len;
  if (days->len > 0)
    {
      AlignmentFinding *finding;
      g_autofree char *median = NULL;
      guint n = days->len;

      g_array_sort (days, alignment_compare_int);
      findings->median_days = n % 2 == 1
                            ? g_array_index (days, int, n / 2)
                            : (g_array_index (days, int, n / 2 - 1) + g_array_index (days, int, n / 2)) / 2.0;
      findings->longest_days = longest->days_to_alignment;
      findings->longest_thread = longest->number;

      median = format_days (findings->median_days);
      finding = finding_add (findings, ALIGNMENT_FINDING_MEDIAN_TIME, _("Time to alignment"),
                             /* TRANSLATORS: %s is a number of days ("59" or "59.5"), %u of threads */
                             g_strdup_printf (ngettext ("Alignment took a median of %s days, over %u aligned thread.",
                                                        "Alignment took a median of %s days, over %u aligned threads.",
                                                        n),
                                              median, n));
      /* Where each aligned thread started and where it was aligned. */
      for (guint i = 0; i < findings->threads->len; i++)
        {
          AlignmentThread *thread = g_ptr_array_index (findings->threads, i);

          if (thread->days_to_alignment >= 0)
            add_thread_signals (finding->signals, position_of, thread, TRUE);
        }
      sort_positions (finding->signals);

      finding = finding_add (findings, ALIGNMENT_FINDING_LONGEST_TIME, _("Longest alignment"),
                             g_strdup_printf (ngettext ("Thread %u took longest: %d day from its first signal to its alignment event.",
                                                        "Thread %u took longest: %d days from its first signal to its alignment event.",
                                                        (gulong) longest->days_to_alignment),
                                              longest->number, longest->days_to_alignment));
      add_thread_signals (finding->signals, position_of, longest, FALSE);
      sort_positions (finding->signals);
    }

  if (findings->n_open > 0)
    {
      AlignmentFinding *finding;
      char *summary;

      if (findings->n_open <= ALIGNMENT_FINDINGS_MAX_LISTED)
        {
          g_autoptr(GPtrArray) numbers = g_ptr_array_new_with_free_func (g_free);
          g_autofree char *list = NULL;

          for (guint i = 0; i < findings->threads->len; i++)
            {
              AlignmentThread *thread = g_ptr_array_index (findings->threads, i);

              if (thread->status == ALIGNMENT_THREAD_OPEN)
                g_ptr_array_add (numbers, g_strdup_printf ("%u", thread->number));
            }
          list = join_words (numbers);
          summary = g_strdup_printf (/* TRANSLATORS: "1 of 3 threads is still open: thread 1.";
                                      * the last %s lists thread numbers: "1, 4 and 7" */
                                     ngettext ("%u of %u threads is still open: thread %s.",
                                               "%u of %u threads are still open: threads %s.",
                                               findings->n_open),
                                     findings->n_open, findings->threads->len, list);
        }
      else
        {
          /* Hundreds of numbers are a wall nobody reads: the count, and
           * the signals behind it for a view to show. */
          summary = g_strdup_printf (/* TRANSLATORS: "393 of 2000 threads are still open." */
                                     ngettext ("%u of %u threads is still open.",
                                               "%u of %u threads are still open.",
                                               findings->n_open),
                                     findings->n_open, findings->threads->len);
        }

      finding = finding_add (findings, ALIGNMENT_FINDING_OPEN_THREADS, _("Open threads"), summary);
      for (guint i = 0; i < findings->threads->len; i++)
        {
          AlignmentThread *thread = g_ptr_array_index (findings->threads, i);

          if (thread->status == ALIGNMENT_THREAD_OPEN)
            add_thread_signals (finding->signals, position_of, thread, FALSE);
        }
      sort_positions (finding->signals);
    }
}

static int
compare_channels (gconstpointer a,
                  gconstpointer b)
{
  const AlignmentUnderstanding *x = *(AlignmentUnderstanding * const *) a;
  const AlignmentUnderstanding *y = *(AlignmentUnderstanding * const *) b;

  if (x->n_not_understood != y->n_not_understood)
    return x->n_not_understood > y->n_not_understood ? -1 : 1;
  if (x->n_signals != y->n_signals)
    return x->n_signals > y->n_signals ? -1 : 1;
  return g_utf8_collate (x->name, y->name);
}

static void
count (AlignmentUnderstanding *understanding,
       gboolean                not_understood)
{
  understanding->n_signals++;
  understanding->n_not_understood += not_understood;
}

static void
compute_perception (AlignmentFindings      *findings,
                    AlignmentSignal *const *signals,
                    guint                   n_signals)
{
  g_autoptr(GHashTable) channels = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GArray) positions = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(AlignmentAgreement) agreement = NULL;
  AlignmentFinding *finding;
  g_autoptr(GString) summary = NULL;

  findings->by_channel = g_ptr_array_new_with_free_func (understanding_free);

  for (guint i = 0; i < n_signals; i++)
    {
      AlignmentUnderstood understood = alignment_signal_get_understood (signals[i]);
      AlignmentParty sender = alignment_signal_get_sender (signals[i]);
      gboolean no = understood == ALIGNMENT_UNDERSTOOD_NO;
      g_autofree char *stripped = NULL;

      if (understood == ALIGNMENT_UNDERSTOOD_UNKNOWN)
        continue;

      count (&findings->understood, no);
      if (sender != ALIGNMENT_PARTY_UNKNOWN)
        count (&findings->by_sender[ALIGNMENT_PARTY_INDEX (sender)], no);
      if (no)
        g_array_append_val (positions, i);

      /* "Mail" and "mail " are one channel. */
      stripped = g_strstrip (g_strdup (alignment_signal_get_message (signals[i])));
      if (*stripped != '\0')
        {
          g_autofree char *key = g_utf8_casefold (stripped, -1);
          AlignmentUnderstanding *channel = g_hash_table_lookup (channels, key);

          if (channel == NULL)
            {
              channel = g_new0 (AlignmentUnderstanding, 1);
              channel->name = g_steal_pointer (&stripped);
              g_ptr_array_add (findings->by_channel, channel);
              g_hash_table_insert (channels, g_steal_pointer (&key), channel);
            }
          count (channel, no);
        }
    }
  g_ptr_array_sort (findings->by_channel, compare_channels);

  agreement = alignment_agreement_compute (signals, n_signals);
  if (findings->understood.n_not_understood == 0
      && agreement->understood_differs->len == 0 && agreement->urgency_differs->len == 0)
    return;

  summary = g_string_new (NULL);
  if (findings->understood.n_not_understood > 0)
    {
      g_string_append_printf (summary,
                              /* TRANSLATORS: "5 of 16 signals were not understood as meant (31%)." */
                              ngettext ("%u of %u signal was not understood as meant (%u%%).",
                                        "%u of %u signals were not understood as meant (%u%%).",
                                        findings->understood.n_signals),
                              findings->understood.n_not_understood, findings->understood.n_signals,
                              (guint) (100.0 * findings->understood.n_not_understood / findings->understood.n_signals + 0.5));
    }
  for (guint p = 0; p < ALIGNMENT_N_PARTIES && findings->understood.n_not_understood > 0; p++)
    {
      const AlignmentUnderstanding *by = &findings->by_sender[p];

      if (by->n_signals == 0)
        continue;
      g_string_append_c (summary, ' ');
      /* TRANSLATORS: "Sent by the service provider: 5 of 9 not understood." */
      g_string_append_printf (summary, _("Sent by %s: %u of %u not understood."),
                              alignment_enum_to_label (ALIGNMENT_TYPE_PARTY, parties[p]),
                              by->n_not_understood, by->n_signals);
    }
  if (findings->by_channel->len > 0 && findings->understood.n_not_understood > 0)
    {
      const AlignmentUnderstanding *worst = g_ptr_array_index (findings->by_channel, 0);

      g_string_append_c (summary, ' ');
      /* TRANSLATORS: "Most by channel: “response”, 5 of 6." */
      g_string_append_printf (summary, _("Most by channel: “%s”, %u of %u."),
                              worst->name, worst->n_not_understood, worst->n_signals);
    }

  /* The two parties' own judgements differ: the receiver's and the
   * sender's estimate of it. */
  if (agreement->understood_differs->len > 0)
    {
      if (summary->len > 0)
        g_string_append_c (summary, ' ');
      /* TRANSLATORS: "The parties judged differently whether 2 of 5 signals were understood." */
      g_string_append_printf (summary,
                              ngettext ("The parties judged differently whether %u of %u signal was understood.",
                                        "The parties judged differently whether %u of %u signals were understood.",
                                        agreement->n_understood_pairs),
                              agreement->understood_differs->len, agreement->n_understood_pairs);
      g_array_append_vals (positions, agreement->understood_differs->data, agreement->understood_differs->len);
    }
  if (agreement->urgency_differs->len > 0)
    {
      if (summary->len > 0)
        g_string_append_c (summary, ' ');
      /* TRANSLATORS: "They judged the urgency of 1 of 4 signals differently." */
      g_string_append_printf (summary,
                              ngettext ("They judged the urgency of %u of %u signal differently.",
                                        "They judged the urgency of %u of %u signals differently.",
                                        agreement->n_urgency_pairs),
                              agreement->urgency_differs->len, agreement->n_urgency_pairs);
      g_array_append_vals (positions, agreement->urgency_differs->data, agreement->urgency_differs->len);
    }

  finding = finding_add (findings, ALIGNMENT_FINDING_PERCEPTION_GAP, _("Perception gap"),
                         g_string_free (g_steal_pointer (&summary), FALSE));
  g_array_append_vals (finding->signals, positions->data, positions->len);
  sort_positions (finding->signals);
  for (guint i = 1; i < finding->signals->len; i++)
    if (g_array_index (finding->signals, guint, i) == g_array_index (finding->signals, guint, i - 1))
      g_array_remove_index (finding->signals, i--);
}

static void
compute_desync (AlignmentFindings      *findings,
                AlignmentSignal *const *signals,
                guint                   n_signals)
{
  g_autoptr(AlignmentHeatmap) months = NULL;

  months = alignment_heatmap_compute (signals, n_signals, ALIGNMENT_BUCKET_MONTH, FALSE);

  for (guint p = 0; p < ALIGNMENT_N_PARTIES; p++)
    {
      int total[ALIGNMENT_N_REALMS] = { 0 };
      int lowest[ALIGNMENT_N_REALMS] = { 0 };
      guint losing_months[ALIGNMENT_N_REALMS] = { 0 };
      AlignmentFinding *finding;
      g_autofree char *realm_name = NULL;
      int desync = -1;

      findings->desync_realm[p] = -1;
      findings->desync_lowest[p] = 0;

      for (guint b = 0; b < months->buckets->len; b++)
        {
          const AlignmentBucket *bucket = &g_array_index (months->buckets, AlignmentBucket, b);

          for (guint r = 0; r < ALIGNMENT_N_REALMS; r++)
            {
              total[r] += bucket->net[p][r];
              lowest[r] = MIN (lowest[r], total[r]);
              losing_months[r] += bucket->lost[p][r] > 0;
            }
        }

      /* One realm keeps falling while the other two hold. */
      for (guint r = 0; r < ALIGNMENT_N_REALMS; r++)
        {
          gboolean others_hold = TRUE;

          for (guint o = 0; o < ALIGNMENT_N_REALMS; o++)
            if (o != r && total[o] < 0)
              others_hold = FALSE;
          if (losing_months[r] >= 2 && total[r] < 0 && others_hold)
            desync = (int) r;
        }
      if (desync < 0)
        continue;

      findings->desync_realm[p] = desync;
      findings->desync_lowest[p] = lowest[desync];

      realm_name = g_utf8_strdown (alignment_realm_get_label (desync), -1);
      finding = finding_add (findings, ALIGNMENT_FINDING_REALM_DESYNC, _("Realm desynchronisation"),
                             /* TRANSLATORS: "Customer: operational trust (good-faith effort) fell in
                              * 3 months, to -3 at its lowest and -1 at the end, while the other realms held." */
                             g_strdup_printf (_("%s: %s trust (%s) fell in %u months, to %d at its lowest "
                                                "and %d at the end, while the other realms held."),
                                              alignment_enum_to_label (ALIGNMENT_TYPE_PARTY, parties[p]),
                                              realm_name, alignment_realm_get_trust_dimension (desync),
                                              losing_months[desync], lowest[desync], total[desync]));
      for (guint i = 0; i < n_signals; i++)
        if (alignment_impact_to_delta (alignment_signal_get_impact (signals[i], parties[p], desync)) < 0)
          g_array_append_val (finding->signals, i);
    }
}

/* The realms in which a party's trust fell in @thread: before its first
 * alignment event when it fell there, else anywhere. */
static AlignmentRealmFlags
compute_raised_in (AlignmentThread *thread)
{
  AlignmentRealmFlags before = 0, anywhere = 0;
  gboolean aligned = FALSE;

  for (guint i = 0; i < thread->signals->len; i++)
    {
      AlignmentSignal *signal = g_ptr_array_index (thread->signals, i);

      /* The alignment event itself belongs to the settling. */
      if (alignment_signal_get_signal_type (signal) == ALIGNMENT_SIGNAL_TYPE_ALIGNMENT_EVENT)
        aligned = TRUE;
      for (guint p = 0; p < ALIGNMENT_N_PARTIES; p++)
        for (guint r = 0; r < ALIGNMENT_N_REALMS; r++)
          if (alignment_impact_to_delta (alignment_signal_get_impact (signal, parties[p], r)) < 0)
            {
              anywhere |= 1 << r;
              if (!aligned)
                before |= 1 << r;
            }
    }

  return before != 0 ? before : anywhere;
}

static char *
dup_realm_name (AlignmentRealm realm)
{
  return g_utf8_strdown (alignment_realm_get_label (realm), -1);
}

void
alignment_findings_add_thread_records (AlignmentFindings      *findings,
                                       AlignmentSignal *const *signals,
                                       guint                   n_signals,
                                       GListModel             *records)
{
  g_autoptr(GHashTable) position_of = NULL;
  g_autoptr(GPtrArray) sentences = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) shifted = g_array_new (FALSE, FALSE, sizeof (guint));
  AlignmentFinding *finding;
  g_autofree char *summary = NULL;
  guint n_records;

  g_return_if_fail (findings != NULL);
  g_return_if_fail (G_IS_LIST_MODEL (records));

  /* Records added again (edited) replace what the last ones gave. */
  memset (findings->realm_shifts, 0, sizeof findings->realm_shifts);
  for (guint i = findings->findings->len; i > 0; i--)
    if (((AlignmentFinding *) g_ptr_array_index (findings->findings, i - 1))->kind == ALIGNMENT_FINDING_REALM_SHIFT)
      g_ptr_array_remove_index (findings->findings, i - 1);
  n_records = g_list_model_get_n_items (records);
  for (guint i = 0; i < findings->reports->len; i++)
    {
      AlignmentThreadReport *report = &g_array_index (findings->reports, AlignmentThreadReport, i);
      gboolean shifts = FALSE;

      report->aligned_in = 0;
      for (guint j = 0; j < n_records; j++)
        {
          g_autoptr(AlignmentThreadRecord) record = g_list_model_get_item (records, j);

          if (alignment_thread_record_get_number (record) == report->thread->number)
            report->aligned_in = alignment_thread_record_get_aligned_in (record);
        }

      /* Only threads that reached alignment somewhere else than where
       * they were raised; one aligned where it was raised as well still
       * counts for its other realms. */
      for (guint r = 0; r < ALIGNMENT_N_REALMS; r++)
        for (guint a = 0; a < ALIGNMENT_N_REALMS; a++)
          if ((report->raised_in & (1 << r)) && (report->aligned_in & (1 << a))
              && !(report->raised_in & (1 << a)))
            {
              findings->realm_shifts[r][a]++;
              shifts = TRUE;
            }
      if (shifts)
        g_array_append_val (shifted, i);
    }

  if (shifted->len == 0)
    return;

  for (guint r = 0; r < ALIGNMENT_N_REALMS; r++)
    for (guint a = 0; a < ALIGNMENT_N_REALMS; a++)
      {
        g_autofree char *raised = NULL;
        g_autofree char *settled = NULL;
        guint n = findings->realm_shifts[r][a];

        if (n == 0)
          continue;
        raised = dup_realm_name (r);
        settled = dup_realm_name (a);
        /* TRANSLATORS: "contractual misalignment settled in the
         * operational realm in 2 threads" */
        g_ptr_array_add (sentences,
                         g_strdup_printf (ngettext ("%s misalignment settled in the %s realm in %u thread",
                                                    "%s misalignment settled in the %s realm in %u threads", n),
                                          raised, settled, n));
      }

  {
    g_autofree char *list = join_words (sentences);

    /* TRANSLATORS: %s lists realm pairs, as above.  The sentence names
     * the pattern the method looks for: a misalignment raised in one
     * realm but settled in another. */
    summary = g_strdup_printf (_("Raised in one realm, aligned in another: %s."), list);
  }

  finding = finding_add (findings, ALIGNMENT_FINDING_REALM_SHIFT, _("Realm shifts"), g_steal_pointer (&summary));
  position_of = g_hash_table_new (NULL, NULL);
  for (guint i = 0; i < n_signals; i++)
    g_hash_table_insert (position_of, signals[i], GUINT_TO_POINTER (i + 1));
  for (guint i = 0; i < shifted->len; i++)
    {
      AlignmentThreadReport *report = &g_array_index (findings->reports, AlignmentThreadReport, g_array_index (shifted, guint, i));

      add_thread_signals (finding->signals, position_of, report->thread, FALSE);
    }
  sort_positions (finding->signals);
}

AlignmentFindings *
alignment_findings_compute (AlignmentSignal *const *signals,
                            guint                   n_signals)
{
  AlignmentFindings *findings;
  g_autoptr(GHashTable) position_of = NULL;

  g_return_val_if_fail (signals != NULL || n_signals == 0, NULL);

  findings = g_new0 (AlignmentFindings, 1);
  findings->threads = alignment_threads_compute (signals, n_signals);
  findings->reports = g_array_sized_new (FALSE, TRUE, sizeof (AlignmentThreadReport), findings->threads->len);
  findings->findings = g_ptr_array_new_with_free_func (finding_free);

  /* Positions are stored plus one, so that 0 means "not found". */
  position_of = g_hash_table_new (NULL, NULL);
  for (guint i = 0; i < n_signals; i++)
    g_hash_table_insert (position_of, signals[i], GUINT_TO_POINTER (i + 1));

  for (guint i = 0; i < findings->threads->len; i++)
    {
      AlignmentThread *thread = g_ptr_array_index (findings->threads, i);
      AlignmentThreadReport report = { 0 };

      report.thread = thread;
      report.opening = GPOINTER_TO_UINT (g_hash_table_lookup (position_of, g_ptr_array_index (thread->signals, 0))) - 1;
      report.steps = alignment_thread_get_steps (thread, &report.n_cycles);
      report.raised_in = compute_raised_in (thread);
      g_array_append_val (findings->reports, report);
    }

  compute_times (findings, position_of);
  compute_perception (findings, signals, n_signals);
  compute_desync (findings, signals, n_signals);
  compute_escalation (findings, position_of);

  return findings;
}
