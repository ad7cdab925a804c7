/* alignment-report-sections.c: what the review report says, section by section
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "alignment-i18n.h"

#include <math.h>
#include <stdlib.h>

#include "alignment-heatmap-layout.h"
#include "alignment-heatmap-painter.h"
#include "alignment-report-private.h"
#include "alignment-timeline-layout.h"
#include "alignment-timeline-painter.h"

/* The evidence lists this many signals each way. */
#define N_EVIDENCE 6
/* The status rule: a net delta of this much, or a survey score that
 * moved this much, is a change (see the method section). */
#define STATUS_DELTA 2
#define STATUS_SCORE 0.5
/* A timeline page shows at most this many days, and this many signals. */
#define TIMELINE_PAGE_DAYS 45
#define TIMELINE_PAGE_SIGNALS 120
#define TIMELINE_MAX_PAGES 24

/* The signals whose start date falls in the report's period. */
static gboolean
in_period (AlignmentReport *self,
           AlignmentSignal *signal)
{
  guint32 day = alignment_signal_get_start_julian (signal);

  return day != 0 && (self->from == 0 || day >= self->from) && (self->to == 0 || day <= self->to);
}

static void
add_paragraph (AlignmentReport *self,
               const char      *text)
{
  g_autofree char *escaped = report_escape (text);

  report_add_text (self, escaped, REPORT_BODY_SIZE);
}

static void
add_cover (AlignmentReport *self)
{
  AlignmentSignal **signals;
  guint n_signals = 0, n_undated = 0, n_no_sender = 0, n_unrated = 0, n_in_period = 0;
  g_autofree char *title = report_escape_max (self->title, 160);
  g_autofree char *markup = NULL;
  const double widths[2] = { 0.4, 0.6 };
  const char *customer = alignment_case_get_customer_name (self->kase);
  const char *provider = alignment_case_get_provider_name (self->kase);
  ReportBlock *block;

  signals = alignment_case_peek_signals (self->kase, &n_signals);
  for (guint i = 0; i < n_signals; i++)
    {
      gboolean rated = TRUE;

      if (alignment_signal_get_start_julian (signals[i]) == 0)
        n_undated++;
      if (alignment_signal_get_sender (signals[i]) == ALIGNMENT_PARTY_UNKNOWN)
        n_no_sender++;
      for (guint p = 0; p < ALIGNMENT_N_PARTIES; p++)
        for (guint r = 0; r < ALIGNMENT_N_REALMS; r++)
          if (alignment_signal_get_impact (signals[i], p == 0 ? ALIGNMENT_PARTY_CUSTOMER : ALIGNMENT_PARTY_PROVIDER, r)
              == ALIGNMENT_IMPACT_UNKNOWN)
            rated = FALSE;
      if (!rated)
        n_unrated++;
      if (in_period (self, signals[i]))
        n_in_period++;
    }

  block = report_add_text (self, T (N_("Review report")), REPORT_H2_SIZE);
  block->space_before = 4 * REPORT_H1_SIZE;
  markup = g_strdup_printf ("<b>%s</b>", title);
  block = report_add_text (self, markup, 1.6 * REPORT_H1_SIZE);
  block->space_after = REPORT_H1_SIZE;

  {
    g_autofree char *c = report_escape (customer != NULL && customer[0] ? customer : T (N_("Customer")));
    g_autofree char *p = report_escape (provider != NULL && provider[0] ? provider : T (N_("Service provider")));
    g_autofree char *period = report_escape (self->period);
    g_autofree char *made = report_escape (self->made);
    g_autofree char *n_period = g_strdup_printf ("%u", n_in_period);
    const char *rows[][2] = {
      { T (N_("Customer")), c },
      { T (N_("Service provider")), p },
      { T (N_("Period")), period },
      { T (N_("Made on")), made },
      { T (N_("Signals in the period")), n_period },
    };

    for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
      {
        const char *cells[2] = { rows[i][0], rows[i][1] };

        report_add_row (self, widths, 2, cells, FALSE);
      }
  }

  report_add_subheading (self, T (N_("Data completeness")));
  {
    g_autofree char *all = g_strdup_printf ("%u", n_signals);
    g_autofree char *undated = g_strdup_printf ("%u", n_undated);
    g_autofree char *no_sender = g_strdup_printf ("%u", n_no_sender);
    g_autofree char *unrated = g_strdup_printf ("%u", n_unrated);
    const char *rows[][2] = {
      { T (N_("Signals in the case")), all },
      { T (N_("Signals without a start date")), undated },
      { T (N_("Signals without a sender")), no_sender },
      { T (N_("Signals with a trust rating missing")), unrated },
    };

    for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
      {
        const char *cells[2] = { rows[i][0], rows[i][1] };

        report_add_row (self, widths, 2, cells, FALSE);
      }
  }
  if (n_undated + n_no_sender + n_unrated == 0)
    add_paragraph (self, T (N_("Every signal has a date, a sender and all six trust ratings.")));
  else
    add_paragraph (self, T (N_("Signals without a date are left out of every figure of the period; a missing trust rating counts as no change.")));
}


static const char * const realm_names[ALIGNMENT_N_REALMS] = {
  N_("Contractual"), N_("Operational"), N_("Relational"),
};
static const char * const dimension_names[ALIGNMENT_N_REALMS] = {
  N_("honesty in exchange"), N_("good-faith effort"), N_("limited opportunism"),
};

static char *
realm_label (AlignmentReport *self,
             guint            realm)
{
  /* TRANSLATORS: a realm and its trust dimension, "Operational — good-faith effort" */
  return g_strdup_printf (T (N_("%s — %s")), T (realm_names[realm]), T (dimension_names[realm]));
}

static const char *
party_label (AlignmentReport *self,
             guint            party_index)
{
  return party_index == 0 ? T (N_("Customer")) : T (N_("Service provider"));
}

static char *
format_delta (int value)
{
  return value > 0 ? g_strdup_printf ("+%d", value)
       : value < 0 ? g_strdup_printf ("−%d", -value) : g_strdup ("0");
}

static int
signal_net (AlignmentSignal *signal)
{
  int net = 0;

  for (guint p = 0; p < ALIGNMENT_N_PARTIES; p++)
    for (guint r = 0; r < ALIGNMENT_N_REALMS; r++)
      net += alignment_impact_to_delta (alignment_signal_get_impact (signal, p == 0 ? ALIGNMENT_PARTY_CUSTOMER
                                                                                     : ALIGNMENT_PARTY_PROVIDER, r));
  return net;
}

/* ---- Summary --------------------------------------------------------------- */

typedef enum
{
  STATUS_STABLE,
  STATUS_IMPROVING,
  STATUS_AT_RISK,
} Status;

/* The survey's latest round dated in the period (or before its end), and
 * the round before it: their scores. */
typedef struct
{
  gboolean             has_rounds;
  AlignmentSurveyRound *latest;
  AlignmentSurveyRound *previous;
  AlignmentSurveyScore latest_scores[ALIGNMENT_N_PARTIES][ALIGNMENT_N_REALMS];
  AlignmentSurveyScore previous_scores[ALIGNMENT_N_PARTIES][ALIGNMENT_N_REALMS];
} Survey;

static void
find_survey (AlignmentReport *self,
             Survey          *survey)
{
  GListModel *rounds = G_LIST_MODEL (alignment_case_get_survey_rounds (self->kase));
  GListModel *items = G_LIST_MODEL (alignment_case_get_survey_items (self->kase));
  guint n = g_list_model_get_n_items (rounds);

  memset (survey, 0, sizeof *survey);
  survey->has_rounds = n > 0;
  /* The latest round up to the period's end, then the latest one
   * strictly before it: a change needs two dates. */
  for (guint pass = 0; pass < 2; pass++)
    for (guint i = 0; i < n; i++)
      {
        g_autoptr(AlignmentSurveyRound) round = g_list_model_get_item (rounds, i);
        guint32 date = alignment_survey_round_get_date (round);
        AlignmentSurveyRound **best = pass == 0 ? &survey->latest : &survey->previous;

        if (self->to != 0 && date > self->to)
          continue;
        if (pass == 1 && (survey->latest == NULL || date >= alignment_survey_round_get_date (survey->latest)))
          continue;
        if (*best == NULL || date >= alignment_survey_round_get_date (*best))
          *best = round;
      }
  if (survey->latest != NULL)
    alignment_survey_score_round (survey->latest, items, survey->latest_scores);
  if (survey->previous != NULL)
    alignment_survey_score_round (survey->previous, items, survey->previous_scores);
}

static Status
status_of (int                         net,
           const AlignmentSurveyScore *latest,
           const AlignmentSurveyScore *previous)
{
  double change = latest != NULL && previous != NULL && latest->n > 0 && previous->n > 0
                  ? latest->mean - previous->mean : 0;

  if (net <= -STATUS_DELTA || change <= -STATUS_SCORE)
    return STATUS_AT_RISK;
  if (net >= STATUS_DELTA || change >= STATUS_SCORE)
    return STATUS_IMPROVING;
  return STATUS_STABLE;
}

static const char *
status_label (AlignmentReport *self,
              Status           status)
{
  /* The word and a mark, so that the status reads without colour. */
  switch (status)
    {
    case STATUS_IMPROVING:
      return T (N_("▲ improving"));
    case STATUS_AT_RISK:
      return T (N_("▼ at risk"));
    case STATUS_STABLE:
    default:
      return T (N_("● stable"));
    }
}

static void
add_summary (AlignmentReport   *self,
             AlignmentSignal  **signals,
             guint              n_signals,
             AlignmentFindings *findings)
{
  AlignmentTotals totals;
  Survey survey;
  const double widths[] = { 0.18, 0.4, 0.09, 0.16, 0.17 };
  const double widths_survey[] = { 0.16, 0.34, 0.08, 0.11, 0.15, 0.16 };
  struct { int net; guint party, realm; } changes[ALIGNMENT_N_PARTIES * ALIGNMENT_N_REALMS];
  guint n_changes = 0;

  alignment_totals_compute (signals, n_signals, &totals);
  find_survey (self, &survey);

  report_add_heading (self, T (N_("Summary")), TRUE);
  {
    guint n_threads = findings->threads->len;
    g_autofree char *text = g_strdup_printf (NT (N_("%u signal of %u thread falls in the period."),
                                                 N_("%u signals of %u threads fall in the period."),
                                                 n_signals),
                                             n_signals, totals.n_threads);
    g_autofree char *end = g_strdup_printf (NT (N_("At its end, %u of the case’s %u threads was still open."),
                                                N_("At its end, %u of the case’s %u threads were still open."),
                                                findings->n_open),
                                            findings->n_open, n_threads);
    g_autofree char *both = g_strdup_printf ("%s %s", text, end);

    add_paragraph (self, both);
  }

  if (survey.latest != NULL)
    {
      /* TRANSLATORS: table headings of the review report's summary:
       * the net trust change, the survey score and its change; short */
      const char *cells[] = { T (N_("Party")), T (N_("Realm")), T (N_("Net")),
                              T (N_("Survey")), T (N_("Change")), T (N_("Status")) };

      report_add_row (self, widths_survey, 6, cells, TRUE);
    }
  else
    {
      const char *cells[] = { T (N_("Party")), T (N_("Realm")), T (N_("Net")),
                              T (N_("Gained / lost")), T (N_("Status")) };

      report_add_row (self, widths, 5, cells, TRUE);
    }

  for (guint p = 0; p < ALIGNMENT_N_PARTIES; p++)
    for (guint r = 0; r < ALIGNMENT_N_REALMS; r++)
      {
        int net = totals.net[p][r], gained = 0, lost = 0;
        g_autofree char *realm = realm_label (self, r);
        g_autofree char *delta = format_delta (net);
        g_autofree char *churn = NULL;
        const AlignmentSurveyScore *latest = survey.latest != NULL ? &survey.latest_scores[p][r] : NULL;
        const AlignmentSurveyScore *previous = survey.previous != NULL ? &survey.previous_scores[p][r] : NULL;
        const char *status = status_label (self, status_of (net, latest, previous));

        for (guint i = 0; i < n_signals; i++)
          {
            int d = alignment_impact_to_delta (alignment_signal_get_impact (signals[i], p == 0 ? ALIGNMENT_PARTY_CUSTOMER
                                                                                                  : ALIGNMENT_PARTY_PROVIDER, r));
            gained += d > 0;
            lost += d < 0;
          }

        if (survey.latest != NULL)
          {
            g_autofree char *score = latest->n > 0 ? g_strdup_printf ("%.1f", latest->mean) : g_strdup ("—");
            g_autofree char *change = latest->n > 0 && previous != NULL && previous->n > 0
                                      ? g_strdup_printf ("%+.1f", latest->mean - previous->mean) : g_strdup ("—");
            const char *cells[] = { party_label (self, p), realm, delta, score, change, status };

            report_add_row (self, widths_survey, 6, cells, FALSE);
          }
        else
          {
            const char *cells[] = { party_label (self, p), realm, delta, NULL, status };

            churn = g_strdup_printf ("+%d / −%d", gained, lost);
            cells[3] = churn;
            report_add_row (self, widths, 5, cells, FALSE);
          }

        if (net != 0)
          {
            changes[n_changes].net = net;
            changes[n_changes].party = p;
            changes[n_changes].realm = r;
            n_changes++;
          }
      }

  if (survey.latest != NULL)
    {
      g_autofree char *name = report_escape (alignment_survey_round_get_name (survey.latest));
      g_autofree char *date = report_format_date (self, alignment_survey_round_get_date (survey.latest));
      g_autofree char *text = survey.previous != NULL
        ? g_strdup_printf (T (N_("Survey scores (1–7) are those of the round “%s” of %s; their change is against the round before it.")), name, date)
        : g_strdup_printf (T (N_("Survey scores (1–7) are those of the round “%s” of %s, the first round.")), name, date);

      report_add_text (self, text, REPORT_SMALL_SIZE)->space_before = 0.5 * REPORT_BODY_SIZE;
    }
  else if (!survey.has_rounds)
    report_add_text (self, T (N_("The case has no survey rounds, so the summary shows only the signal log.")),
                     REPORT_SMALL_SIZE)->space_before = 0.5 * REPORT_BODY_SIZE;

  report_add_subheading (self, T (N_("The biggest changes")));
  /* Largest first; on a tie the customer, then realm order. */
  for (guint i = 1; i < n_changes; i++)
    for (guint j = i; j > 0 && abs (changes[j].net) > abs (changes[j - 1].net); j--)
      {
        __typeof__ (changes[0]) swap = changes[j];

        changes[j] = changes[j - 1];
        changes[j - 1] = swap;
      }
  if (n_changes == 0)
    add_paragraph (self, T (N_("No party’s trust moved on balance in any realm in this period.")));
  for (guint i = 0; i < MIN (3, n_changes); i++)
    {
      g_autofree char *realm = realm_label (self, changes[i].realm);
      g_autofree char *text = NULL;
      g_autofree char *bullet = NULL;
      int n = abs (changes[i].net);

      if (changes[i].party == 0)
        text = g_strdup_printf (changes[i].net > 0 ? NT (N_("The customer’s trust in the provider rose by %d in the %s realm."),
                                                         N_("The customer’s trust in the provider rose by %d in the %s realm."), n)
                                                   : NT (N_("The customer’s trust in the provider fell by %d in the %s realm."),
                                                         N_("The customer’s trust in the provider fell by %d in the %s realm."), n),
                                n, realm);
      else
        text = g_strdup_printf (changes[i].net > 0 ? NT (N_("The provider’s trust in the customer rose by %d in the %s realm."),
                                                         N_("The provider’s trust in the customer rose by %d in the %s realm."), n)
                                                   : NT (N_("The provider’s trust in the customer fell by %d in the %s realm."),
                                                         N_("The provider’s trust in the customer fell by %d in the %s realm."), n),
                                n, realm);
      bullet = g_strdup_printf ("%u. %s", i + 1, text);
      add_paragraph (self, bullet);
    }
}

/* ---- Threads --------------------------------------------------------------- */

static char *
steps_text (AlignmentReport *self,
            AlignmentSteps   steps)
{
  GString *text = g_string_new (NULL);
  const struct { AlignmentSteps step; const char *name; } names[] = {
    { ALIGNMENT_STEP_DISCUSSION, N_("discussion") },
    { ALIGNMENT_STEP_RECOGNITION, N_("recognition") },
    { ALIGNMENT_STEP_DECISION, N_("decision") },
  };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (steps & names[i].step)
      g_string_append_printf (text, "%s%s", text->len > 0 ? ", " : "", T (names[i].name));
  if (text->len == 0)
    g_string_append (text, "—");
  return g_string_free (text, FALSE);
}

static gboolean
thread_in_period (AlignmentReport       *self,
                  const AlignmentThread *thread)
{
  for (guint i = 0; i < thread->signals->len; i++)
    if (in_period (self, thread->signals->pdata[i]))
      return TRUE;
  return FALSE;
}

static int
compare_open (gconstpointer a,
              gconstpointer b)
{
  const AlignmentThread *x = *(AlignmentThread * const *) a;
  const AlignmentThread *y = *(AlignmentThread * const *) b;

  if (x->first_day != y->first_day)
    return x->first_day < y->first_day ? -1 : 1;
  return x->number < y->number ? -1 : x->number > y->number;
}

static void
add_threads (AlignmentReport    *self,
             AlignmentFindings  *findings)
{
  const double widths[] = { 0.08, 0.27, 0.12, 0.23, 0.14, 0.16 };
  /* TRANSLATORS: "No." heads the column of thread numbers */
  const char *head[] = { T (N_("No.")), T (N_("Title")), T (N_("Status")), T (N_("Steps found")),
                         T (N_("Days to alignment")), T (N_("Highest level")) };
  g_autoptr(GPtrArray) open = g_ptr_array_new ();
  g_autoptr(GHashTable) titles = alignment_case_dup_thread_titles (self->kase);
  GListModel *levels = G_LIST_MODEL (alignment_case_get_escalation_levels (self->kase));
  guint n_listed = 0;

  report_add_heading (self, T (N_("Threads")), TRUE);
  add_paragraph (self, T (N_("The threads with a signal in the period, as they stood at its end.")));
  report_add_row (self, widths, 6, head, TRUE);

  for (guint i = 0; i < findings->threads->len; i++)
    {
      const AlignmentThread *thread = findings->threads->pdata[i];
      const AlignmentThreadReport *report = &g_array_index (findings->reports, AlignmentThreadReport, i);
      g_autofree char *number = NULL;
      g_autofree char *title_escaped = NULL;
      g_autofree char *steps = NULL;
      g_autofree char *days = NULL;
      g_autofree char *level = NULL;
      const char *cells[6];

      if (thread->status == ALIGNMENT_THREAD_OPEN)
        g_ptr_array_add (open, (gpointer) thread);
      if (!thread_in_period (self, thread))
        continue;

      number = g_strdup_printf ("%u", thread->number);
      title_escaped = report_escape_max (g_hash_table_lookup (titles, GUINT_TO_POINTER (thread->number)), 300);
      steps = steps_text (self, report->steps);
      days = thread->days_to_alignment >= 0 ? g_strdup_printf ("%d", thread->days_to_alignment) : g_strdup ("—");
      if (thread->highest_level == 0)
        level = g_strdup ("—");
      else
        {
          /* "2 · Tactical": the case's own name of its level. */
          g_autofree char *label = alignment_governance_level_label (levels, thread->highest_level);
          g_autofree char *escaped = report_escape_max (label, 80);

          if (thread->days_at_highest_level >= 0)
            level = g_strdup_printf (NT (N_("%s, for %d day"), N_("%s, for %d days"), thread->days_at_highest_level),
                                     escaped, thread->days_at_highest_level);
          else
            level = g_steal_pointer (&escaped);
        }

      cells[0] = number;
      cells[1] = title_escaped;
      cells[2] = thread->status == ALIGNMENT_THREAD_OPEN ? T (N_("open")) : T (N_("aligned"));
      cells[3] = steps;
      cells[4] = days;
      cells[5] = level;
      report_add_row (self, widths, 6, cells, FALSE);
      n_listed++;
    }
  if (n_listed == 0)
    add_paragraph (self, T (N_("No thread has a signal in this period.")));

  report_add_subheading (self, T (N_("Open at the end of the period, oldest first")));
  if (open->len == 0)
    {
      add_paragraph (self, T (N_("Every thread was aligned by the end of the period.")));
      return;
    }
  g_ptr_array_sort (open, compare_open);
  for (guint i = 0; i < open->len; i++)
    {
      const AlignmentThread *thread = open->pdata[i];
      g_autofree char *since = report_format_date (self, thread->first_day);
      g_autofree char *escaped = report_escape (g_hash_table_lookup (titles, GUINT_TO_POINTER (thread->number)));
      guint32 end = self->to != 0 ? self->to : thread->last_day;
      int age = thread->first_day != 0 && end >= thread->first_day ? (int) (end - thread->first_day) : 0;
      g_autofree char *text = g_strdup_printf (NT (N_("Thread %u (%s): open since %s, %d day at the end of the period."),
                                                   N_("Thread %u (%s): open since %s, %d days at the end of the period."), age),
                                               thread->number, escaped, since, age);

      report_add_text (self, text, REPORT_BODY_SIZE);
    }
}

/* ---- Heatmap --------------------------------------------------------------- */

static void
paint_heatmap (cairo_t  *cr,
               double    width,
               double    height,
               gpointer  data)
{
  AlignmentHeatmapLayout *layout = data;
  double scale = MIN (1.0, MIN (width / layout->width, height / layout->height));

  cairo_scale (cr, scale, scale);
  alignment_heatmap_paint (cr, layout, alignment_palette_get (ALIGNMENT_PALETTE_PRINT, ALIGNMENT_SCALE_RED_GREEN), -1, -1);
}

static void
add_heatmap (AlignmentReport  *self,
             AlignmentSignal **signals,
             guint             n_signals)
{
  AlignmentHeatmapLayoutOptions options = { 0 };
  AlignmentHeatmapLayout *layout;
  guint32 first = G_MAXUINT32, last = 0;
  AlignmentBucketKind kind;
  double scale;

  for (guint i = 0; i < n_signals; i++)
    {
      first = MIN (first, alignment_signal_get_start_julian (signals[i]));
      last = MAX (last, alignment_signal_get_start_julian (signals[i]));
    }
  /* Weeks for a quarter or less, months beyond. */
  kind = last - first <= 100 ? ALIGNMENT_BUCKET_WEEK : ALIGNMENT_BUCKET_MONTH;

  report_add_heading (self, T (N_("Trust-delta heatmap")), TRUE);
  add_paragraph (self, kind == ALIGNMENT_BUCKET_WEEK
                 ? T (N_("The net trust delta of each party in each realm, week by week: every cell shows its number, a minus sign for trust lost."))
                 : T (N_("The net trust delta of each party in each realm, month by month: every cell shows its number, a minus sign for trust lost.")));

  options.width = report_body_width (self);
  options.font_size = REPORT_SMALL_SIZE;
  layout = alignment_heatmap_layout_new (signals, n_signals, kind, ALIGNMENT_HEATMAP_NET, &options);
  scale = MIN (1.0, report_body_width (self) / layout->width);
  report_add_figure (self, layout->height * scale + 2, paint_heatmap, layout,
                     (GDestroyNotify) alignment_heatmap_layout_free);
}

/* ---- Evidence -------------------------------------------------------------- */

static int
compare_net (gconstpointer a,
             gconstpointer b)
{
  AlignmentSignal *x = *(AlignmentSignal * const *) a;
  AlignmentSignal *y = *(AlignmentSignal * const *) b;
  int nx = signal_net (x), ny = signal_net (y);

  if (nx != ny)
    return nx > ny ? -1 : 1;
  return alignment_signal_compare (x, y);
}

static void
add_evidence_rows (AlignmentReport  *self,
                   AlignmentSignal **sorted,
                   guint             n,
                   gboolean          up)
{
  const double widths[] = { 0.09, 0.17, 0.08, 0.14, 0.52 };
  const char *head[] = { T (N_("Id")), T (N_("Date")), T (N_("From")), T (N_("Trust C / P")),
                         T (N_("Trigger and message")) };
  guint shown = 0;

  report_add_subheading (self, up ? T (N_("Signals that raised trust most")) : T (N_("Signals that lowered trust most")));
  report_add_row (self, widths, 5, head, TRUE);
  for (guint k = 0; k < n && shown < N_EVIDENCE; k++)
    {
      AlignmentSignal *signal = sorted[up ? k : n - 1 - k];
      int net = signal_net (signal), part[ALIGNMENT_N_PARTIES] = { 0, 0 };
      g_autofree char *id = NULL;
      g_autofree char *date = NULL;
      g_autofree char *moved = NULL;
      g_autofree char *c = NULL;
      g_autofree char *p = NULL;
      g_autofree char *trigger = NULL;
      g_autofree char *message = NULL;
      g_autofree char *what = NULL;
      AlignmentParty sender = alignment_signal_get_sender (signal);
      const char *cells[5];

      if (up ? net <= 0 : net >= 0)
        break;
      for (guint i = 0; i < ALIGNMENT_N_PARTIES; i++)
        for (guint r = 0; r < ALIGNMENT_N_REALMS; r++)
          part[i] += alignment_impact_to_delta (alignment_signal_get_impact (signal, i == 0 ? ALIGNMENT_PARTY_CUSTOMER
                                                                                             : ALIGNMENT_PARTY_PROVIDER, r));
      id = report_escape_max (alignment_signal_get_id (signal), 40);
      date = report_format_date (self, alignment_signal_get_start_julian (signal));
      c = format_delta (part[0]);
      p = format_delta (part[1]);
      moved = g_strdup_printf ("%s / %s", c, p);
      trigger = report_escape_max (alignment_signal_get_trigger (signal), 400);
      message = report_escape_max (alignment_signal_get_message (signal), 200);
      what = message[0] != '\0' ? g_strdup_printf ("%s <i>(%s)</i>", trigger, message) : g_strdup (trigger);

      cells[0] = id;
      cells[1] = date;
      cells[2] = sender == ALIGNMENT_PARTY_CUSTOMER ? "CUST" : sender == ALIGNMENT_PARTY_PROVIDER ? "SP" : "—";
      cells[3] = moved;
      cells[4] = what;
      report_add_row (self, widths, 5, cells, FALSE);
      shown++;
    }
  if (shown == 0)
    add_paragraph (self, up ? T (N_("No signal in the period raised trust on balance."))
                            : T (N_("No signal in the period lowered trust on balance.")));
}

static void
add_evidence (AlignmentReport  *self,
              AlignmentSignal **signals,
              guint             n_signals)
{
  g_autofree AlignmentSignal **sorted = g_memdup2 (signals, n_signals * sizeof *signals);

  qsort (sorted, n_signals, sizeof *sorted, compare_net);

  report_add_heading (self, T (N_("Evidence")), TRUE);
  add_paragraph (self, T (N_("The signals of the period that moved trust most, summed over both parties and the three realms; “Trust C / P” is the customer’s and the provider’s part.")));
  add_evidence_rows (self, sorted, n_signals, TRUE);
  add_evidence_rows (self, sorted, n_signals, FALSE);
}

/* ---- Findings -------------------------------------------------------------- */

static void
add_findings (AlignmentReport   *self,
              AlignmentFindings *findings)
{
  g_autoptr(GPtrArray) mismatches = NULL;
  guint n_survey = 0;

  report_add_heading (self, T (N_("Findings")), TRUE);
  report_add_subheading (self, T (N_("From the threads")));
  if (findings->findings->len == 0)
    add_paragraph (self, T (N_("The threads of the period give no findings.")));
  for (guint i = 0; i < findings->findings->len; i++)
    {
      const AlignmentFinding *finding = findings->findings->pdata[i];
      g_autofree char *title = report_escape (finding->title);
      g_autofree char *summary = report_escape (finding->summary);
      g_autofree char *markup = g_strdup_printf ("<b>%s.</b> %s", title, summary);

      report_add_text (self, markup, REPORT_BODY_SIZE);
    }

  if (g_list_model_get_n_items (G_LIST_MODEL (alignment_case_get_survey_rounds (self->kase))) == 0)
    return;

  report_add_subheading (self, T (N_("Survey against the signal log")));
  mismatches = alignment_survey_compare_log (self->kase);
  for (guint i = 0; mismatches != NULL && i < mismatches->len; i++)
    {
      const AlignmentSurveyMismatch *mismatch = mismatches->pdata[i];
      guint32 date = alignment_survey_round_get_date (mismatch->to);
      g_autofree char *text = NULL;

      if ((self->from != 0 && date < self->from) || (self->to != 0 && date > self->to))
        continue;
      text = alignment_survey_mismatch_describe (self->kase, mismatch);
      add_paragraph (self, text);
      n_survey++;
    }
  if (n_survey == 0)
    add_paragraph (self, T (N_("The signal log agrees with every change of the survey scores in this period.")));
}

/* ---- Timeline -------------------------------------------------------------- */

typedef struct
{
  AlignmentTimelineData   *data;
  AlignmentTimelineLayout *layout;
  guint                    ref_count;
} Timeline;

typedef struct
{
  Timeline *timeline;
  guint     page;
  guint     n_pages;
  double    page_width;
} TimelinePage;

static void
timeline_page_free (gpointer data)
{
  TimelinePage *page = data;

  if (--page->timeline->ref_count == 0)
    {
      alignment_timeline_layout_free (page->timeline->layout);
      alignment_timeline_data_free (page->timeline->data);
      g_free (page->timeline);
    }
  g_free (page);
}

static void
paint_timeline_page (cairo_t  *cr,
                     double    width,
                     double    height,
                     gpointer  data)
{
  TimelinePage *page = data;
  AlignmentTimelineStyle style;

  alignment_timeline_style_init (&style);
  alignment_timeline_paint_poster_page (cr, page->timeline->layout, &style, page->page, page->n_pages,
                                        page->page_width, 2 * REPORT_SMALL_SIZE);
}

static void
add_timeline (AlignmentReport  *self,
              AlignmentSignal **signals,
              guint             n_signals,
              AlignmentSignal **all,
              guint             n_all)
{
  Timeline *timeline = g_new0 (Timeline, 1);
  AlignmentTimelineOptions options;
  guint32 first = self->from, last = self->to;
  double page_width = report_body_width (self);
  double height = report_body_height (self) - 3 * REPORT_H1_SIZE;
  guint n_pages;

  guint32 lowest = G_MAXUINT32, highest = 0;

  for (guint i = 0; i < n_signals; i++)
    {
      guint32 day = alignment_signal_get_start_julian (signals[i]);

      lowest = MIN (lowest, day);
      highest = MAX (highest, MAX (day, alignment_signal_get_end_julian (signals[i])));
    }
  /* The period, but no more than a week around its signals: a period of
   * years with a few months of signals is not drawn as years of empty
   * lanes. */
  first = self->from != 0 ? MAX (self->from, lowest - MIN (lowest, 7)) : lowest;
  last = self->to != 0 ? MIN (self->to, highest + 7) : highest;

  /* Enough pages that the markers keep their room. */
  n_pages = MAX ((last - first) / TIMELINE_PAGE_DAYS + 1, n_signals / TIMELINE_PAGE_SIGNALS + 1);
  n_pages = CLAMP (n_pages, 1, TIMELINE_MAX_PAGES);

  /* All the case's signals, so that a thread's link runs in from before
   * the period; the axis shows the period. */
  timeline->data = alignment_timeline_data_new (all, n_all,
                                                alignment_case_get_customer_name (self->kase),
                                                alignment_case_get_provider_name (self->kase));
  alignment_timeline_options_init (&options, timeline->data);
  options.first_day = first;
  options.last_day = last + 1;
  options.today = 0;
  options.font_size = REPORT_SMALL_SIZE;
  options.legend_width = page_width;
  options.height = height;
  options.width = alignment_timeline_poster_width (timeline->data, &options, page_width, n_pages,
                                                   2 * REPORT_SMALL_SIZE);
  timeline->layout = alignment_timeline_layout_new (timeline->data, &options);

  for (guint page = 0; page < n_pages; page++)
    {
      TimelinePage *data = g_new0 (TimelinePage, 1);
      g_autofree char *heading = n_pages > 1
        ? g_strdup_printf (T (N_("Timeline (%u of %u)")), page + 1, n_pages) : g_strdup (T (N_("Timeline")));

      data->timeline = timeline;
      data->page = page;
      data->n_pages = n_pages;
      data->page_width = page_width;
      timeline->ref_count++;
      report_add_heading (self, heading, TRUE);
      report_add_figure (self, height, paint_timeline_page, data, timeline_page_free);
    }
}

/* ---- Lessons and method ---------------------------------------------------- */

static void
add_lessons (AlignmentReport *self)
{
  GListModel *lessons = G_LIST_MODEL (alignment_case_get_lessons (self->kase));
  guint n = g_list_model_get_n_items (lessons);

  report_add_heading (self, T (N_("Lessons learned")), TRUE);
  if (n == 0)
    add_paragraph (self, T (N_("The case records no lessons learned yet.")));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AlignmentLesson) lesson = g_list_model_get_item (lessons, i);
      g_autofree char *text = report_escape (alignment_lesson_get_text (lesson));
      g_autofree char *markup = g_strdup_printf ("%u. %s", i + 1, text);

      report_add_text (self, markup, REPORT_BODY_SIZE);
    }
}

static void
add_method (AlignmentReport *self,
            gboolean         new_page)
{
  g_autofree char *rule = NULL;

  report_add_heading (self, T (N_("Method and sources")), new_page);
  add_paragraph (self, T (N_("Signals. Every message or event between the parties is a signal; its id names its thread (2c: thread 2). A signal belongs to the period when its start date falls in it; signals without a date are counted on the cover and left out of every figure.")));
  add_paragraph (self, T (N_("Trust deltas. For each signal the log records how it changed each party’s trust in the other in each realm: positive +1, same 0, negative −1, a missing rating counting as 0. The net change of a party in a realm is the sum over the period’s signals; “gained / lost” counts the signals that raised and lowered it.")));
  /* TRANSLATORS: the status rule; %d is the net delta and %.1f the survey score change that count as a change */
  rule = g_strdup_printf (T (N_("Status. A party’s trust in a realm is “at risk” when its net change in the period is −%d or lower, or its survey score fell by %.1f or more since the round before; “improving” when its net change is +%d or higher, or its survey score rose by %.1f or more; “stable” otherwise. At risk is checked first.")),
                          STATUS_DELTA, STATUS_SCORE, STATUS_DELTA, STATUS_SCORE);
  add_paragraph (self, rule);
  add_paragraph (self, T (N_("Survey scores. Each party answers the twelve statements of the short Organizational Trust Inventory about the other on a scale of 1 to 7; reverse-worded statements count as 8 minus the answer, and a realm’s score is the mean of its four statements over the respondents.")));
  add_paragraph (self, T (N_("Threads. A thread is aligned when its last signal is an alignment event, and open otherwise. The steps found are those of its last cycle: discussion (a request or escalation raises the issue), recognition (the other side reacts or understands) and decision (an alignment event). Days to alignment run from its first signal to the alignment event; the highest level is the highest escalation level any of its signals recorded, with the days it stayed there.")));
  add_paragraph (self, T (N_("Evidence and findings. The evidence lists the signals with the largest sum of deltas over both parties and realms, each way. The findings are computed from the threads of the period as the app’s analysis computes them, and from the survey rounds against the signals dated between them.")));
  add_paragraph (self, T (N_("Sources. The method follows a 2024 master’s thesis (Open Universiteit) on alignment and trust between a customer and its IT service provider; the three realms after Vosselman and Verstegen; trust as Bromiley and Cummings define it, measured with their Organizational Trust Inventory (short form). The data are the case’s own signal log, survey rounds and lessons learned.")));
}

/* ---- The whole --------------------------------------------------------------- */

void
report_build (AlignmentReport *self)
{
  AlignmentSignal **all;
  guint n_all = 0;
  g_autoptr(GPtrArray) period = g_ptr_array_new ();
  g_autoptr(GPtrArray) until_end = g_ptr_array_new ();
  g_autoptr(AlignmentFindings) findings = NULL;

  all = alignment_case_peek_signals (self->kase, &n_all);
  for (guint i = 0; i < n_all; i++)
    {
      guint32 day = alignment_signal_get_start_julian (all[i]);

      if (in_period (self, all[i]))
        g_ptr_array_add (period, all[i]);
      /* The threads as they stood at the end of the period. */
      if (day != 0 && (self->to == 0 || day <= self->to))
        g_ptr_array_add (until_end, all[i]);
    }

  add_cover (self);

  if (period->len == 0)
    {
      report_add_heading (self, T (N_("No signals in this period")), TRUE);
      add_paragraph (self, T (N_("No signal of the case has a start date in this period, so there is nothing to review: no trust moved, no thread changed. Choose a period that holds the case’s signals.")));
      add_lessons (self);
      add_method (self, FALSE);
      return;
    }

  findings = alignment_findings_compute ((AlignmentSignal **) until_end->pdata, until_end->len);
  alignment_findings_add_thread_records (findings, (AlignmentSignal **) until_end->pdata, until_end->len,
                                         G_LIST_MODEL (alignment_case_get_thread_records (self->kase)));

  add_summary (self, (AlignmentSignal **) period->pdata, period->len, findings);
  add_threads (self, findings);
  add_heatmap (self, (AlignmentSignal **) period->pdata, period->len);
  add_evidence (self, (AlignmentSignal **) period->pdata, period->len);
  add_findings (self, findings);
  add_timeline (self, (AlignmentSignal **) period->pdata, period->len, all, n_all);
  add_lessons (self);
  add_method (self, TRUE);
}
