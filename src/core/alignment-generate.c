/* alignment-generate.c
 *
 * Synthetic cases for tests, benchmarks and demonstrations.  They follow
 * the shape the thesis found: a thread opens with a request or an
 * escalation, runs two to three months, and most threads end with an
 * alignment event; trust mostly stays the same, escalations cost trust
 * and alignment events rebuild it.  Text cells are of varying length so
 * that a generated file weighs what a real log of that size would.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "alignment-generate.h"
#include "alignment-case.h"
#include "alignment-date.h"
#include "alignment-lesson.h"
#include "alignment-signal.h"
#include "alignment-signal-list.h"
#include "alignment-stakeholder.h"

/* splitmix64: small, fast and fully specified here, so that a seed gives
 * the same case on every platform and every GLib (g_rand's sequence is
 * not promised to stay the same). */
typedef struct
{
  guint64 state;
} Rng;

static guint64
rng_next (Rng *rng)
{
  guint64 z = (rng->state += G_GUINT64_CONSTANT (0x9E3779B97F4A7C15));

  z = (z ^ (z >> 30)) * G_GUINT64_CONSTANT (0xBF58476D1CE4E5B9);
  z = (z ^ (z >> 27)) * G_GUINT64_CONSTANT (0x94D049BB133111EB);
  return z ^ (z >> 31);
}

/* Uniform in [0, n), n > 0 (Lemire's multiply-shift; the bias is far
 * below anything a synthetic log could show). */
static guint
rng_below (Rng   *rng,
           guint  n)
{
  return (guint) (((rng_next (rng) >> 32) * (guint64) n) >> 32);
}

static gboolean
rng_percent (Rng   *rng,
             guint  percent)
{
  return rng_below (rng, 100) < percent;
}

#define PICK(rng, array) ((array)[rng_below ((rng), G_N_ELEMENTS (array))])

/* ---- Vocabulary -------------------------------------------------------- */

/* The thesis's checklist of triggers, each about a topic. */
static const char * const trigger_forms[] = {
  "Differences of opinion about %s",
  "Change in the technical environment: %s",
  "Change in the organisation affecting %s",
  "Services not delivered according to the SLA (%s)",
  "People not performing according to the SLA on %s",
  "New contract requirements for %s",
  "Evaluation meeting on %s",
  "Long outstanding request for %s",
  "%s",
  "Quality of %s",
};

static const char * const topics[] = {
  "SAFe training",
  "the DevOps mindset in the teams",
  "SAP functional consultants",
  "backend developer resources",
  "PI planning",
  "test automation",
  "the release calendar",
  "sprint reviews",
  "the service desk",
  "the cloud migration",
  "licences & tooling",
  "the data platform",
  "\"central\" meetings with all product managers",
  "één centraal overleg per waardestroom",
  "roles in the agile release train",
  "the capacity plan for Q3",
  "incident response times",
  "knowledge transfer to new team members",
  "the change advisory board",
  "invoicing of extra capacity",
};

static const char * const roles[] = {
  "SP account lead",
  "SP account manager",
  "SP delivery manager",
  "SP coaches",
  "SP scrum masters",
  "CUST IT value manager",
  "CUST RTE",
  "CUST account manager",
  "CUST procurement",
  "CUST product owners",
  "IT value team",
  "CUST and SP",
};

static const char * const channels[] = {
  "meeting",
  "mail",
  "workshop",
  "response",
  "Teams call",
  "steering board",
  "service review",
  "change advisory board",
  "sprint review",
  "status report",
  "escalation letter",
  "Resources",
};

static const char * const goal_sentences[] = {
  "To improve knowledge of %s on both sides.",
  "We need a clear plan for %s before the next PI planning.",
  "Make sure %s is handled as agreed in the contract.",
  "The customer wants one point of contact for %s.",
  "There were quality issues with %s that have to be repaired.",
  "Agree on who decides about %s, and when.",
  "The provider asks for more time to prepare %s.",
  "Align the expectations about %s with the new way of working.",
  "Report progress on %s every two weeks.",
  "Escalate the delay on %s to the steering board.",
  "Get the candidates for %s confirmed within the agreed time.",
  "Discuss whether %s is still in scope; the customer's needs have changed since the contract was signed.",
};

static const char * const reaction_sentences[] = {
  "Recognised by the other party and agreed.",
  "A meeting will be planned to discuss %s.",
  "Recognised, promised to do better and to deliver better criteria.",
  "The request was ignored at first and the old practice went on.",
  "Half of the demand is fulfilled; regular updates are given on %s.",
  "The job description kept changing, so the profiles did not match.",
  "Both sides decided on a dry run together with a smaller group.",
  "The content was tailored to the customer's own adoption of %s.",
  "Not all stakeholders were available to finish the discussion.",
  "The provider confirmed before the customer had aligned internally.",
  "Should the customer not listen to the provider at all? Is that the new way of working?",
  "Agreed to revisit %s at the next service review.",
};

static const char * const stakeholder_roles[][3] = {
  { "CUST RTE", "customer", "Release train engineer of the customer" },
  { "CUST IT value manager", "customer", "Owns the IT value stream at the customer" },
  { "CUST account manager", "customer", "Account manager of the customer" },
  { "SP account lead", "provider", "Leads the account at the service provider" },
  { "SP delivery manager", "provider", "Delivery of the teams of the service provider" },
  { "SP coaches", "provider", "Agile coaches of the service provider" },
};

static const char * const lessons[] = {
  "Alignment on a thread needs all three steps: discussion, recognition and decision.",
  "An escalation after an alignment event means a step went missing; look for it.",
  "Agree on the urgency of a request when it is made, not when it is late.",
  "Review the contract whenever the way of working changes.",
};

/* ---- Signals ----------------------------------------------------------- */

/* "a" … "z", "aa" … "az", "ba" …: the letters of the @index-th signal
 * of a thread, as a spreadsheet names its columns. */
static void
letters_for_index (guint  index,
                   char  *buf)
{
  char tmp[16];
  int n = 0;

  index++;
  while (index > 0 && n < (int) sizeof tmp)
    {
      index--;
      tmp[n++] = (char) ('a' + index % 26);
      index /= 26;
    }
  for (int i = 0; i < n; i++)
    buf[i] = tmp[n - 1 - i];
  buf[n] = '\0';
}

/* Appends @form with its "%s", if any, replaced by @topic.  Not printf:
 * the topics hold quotes and ampersands, and a format string must be a
 * literal. */
static void
append_with_topic (GString    *text,
                   const char *form,
                   const char *topic)
{
  const char *at = strstr (form, "%s");

  if (at == NULL)
    {
      g_string_append (text, form);
      return;
    }

  g_string_append_len (text, form, at - form);
  g_string_append (text, topic);
  g_string_append (text, at + 2);
}

static void
append_sentences (GString            *text,
                  Rng                *rng,
                  const char * const *sentences,
                  guint               n_sentences,
                  guint               count,
                  const char         *topic)
{
  for (guint i = 0; i < count; i++)
    {
      if (i > 0)
        g_string_append_c (text, ' ');
      append_with_topic (text, sentences[rng_below (rng, n_sentences)], topic);
    }
}

static AlignmentSignalType
pick_type (Rng      *rng,
           guint     position,
           guint     n_in_thread,
           gboolean  aligned)
{
  guint r;

  if (position == 0)
    return rng_percent (rng, 60) ? ALIGNMENT_SIGNAL_TYPE_REQUEST_SENT
                                 : ALIGNMENT_SIGNAL_TYPE_ESCALATION_SENT;
  if (position == n_in_thread - 1 && aligned)
    return ALIGNMENT_SIGNAL_TYPE_ALIGNMENT_EVENT;

  r = rng_below (rng, 100);
  if (position == n_in_thread - 1)
    return r < 50 ? ALIGNMENT_SIGNAL_TYPE_ESCALATION_SENT
         : r < 80 ? ALIGNMENT_SIGNAL_TYPE_REQUEST_SENT
                  : ALIGNMENT_SIGNAL_TYPE_REQUEST_RECEIVED;

  return r < 30 ? ALIGNMENT_SIGNAL_TYPE_REQUEST_RECEIVED
       : r < 55 ? ALIGNMENT_SIGNAL_TYPE_REQUEST_SENT
       : r < 80 ? ALIGNMENT_SIGNAL_TYPE_ESCALATION_SENT
                : ALIGNMENT_SIGNAL_TYPE_ALIGNMENT_EVENT;
}

static AlignmentImpact
pick_impact (Rng                 *rng,
             AlignmentSignalType  type)
{
  guint r = rng_below (rng, 100);
  guint negative, positive;

  switch (type)
    {
    case ALIGNMENT_SIGNAL_TYPE_ESCALATION_SENT:
      negative = 30, positive = 4;
      break;
    case ALIGNMENT_SIGNAL_TYPE_ALIGNMENT_EVENT:
      negative = 8, positive = 35;
      break;
    case ALIGNMENT_SIGNAL_TYPE_UNKNOWN:
    case ALIGNMENT_SIGNAL_TYPE_REQUEST_SENT:
    case ALIGNMENT_SIGNAL_TYPE_REQUEST_RECEIVED:
    default:
      negative = 6, positive = 5;
      break;
    }

  return r < negative ? ALIGNMENT_IMPACT_NEGATIVE
       : r < negative + positive ? ALIGNMENT_IMPACT_POSITIVE
       : ALIGNMENT_IMPACT_SAME;
}

static AlignmentParty
pick_sender (Rng                 *rng,
             AlignmentSignalType  type)
{
  /* In the thesis's case the customer mostly raises issues and the
   * provider mostly answers them with an alignment event. */
  guint customer_percent = type == ALIGNMENT_SIGNAL_TYPE_ALIGNMENT_EVENT ? 30
                         : type == ALIGNMENT_SIGNAL_TYPE_REQUEST_RECEIVED ? 40
                         : 65;

  return rng_percent (rng, customer_percent) ? ALIGNMENT_PARTY_CUSTOMER
                                             : ALIGNMENT_PARTY_PROVIDER;
}

static AlignmentUrgency
pick_urgency (Rng *rng)
{
  guint r = rng_below (rng, 100);

  return r < 20 ? ALIGNMENT_URGENCY_LOW
       : r < 60 ? ALIGNMENT_URGENCY_MEDIUM
       : r < 88 ? ALIGNMENT_URGENCY_HIGH
                : ALIGNMENT_URGENCY_VERY_HIGH;
}

typedef struct
{
  Rng      rng;
  GString *text;
  guint32  period_start;
  guint32  period_end;
} Generator;

static AlignmentSignal *
generate_signal (Generator           *gen,
                 guint                thread,
                 guint                position,
                 guint                n_in_thread,
                 gboolean             aligned,
                 const char          *topic,
                 guint32              start)
{
  Rng *rng = &gen->rng;
  g_autoptr(AlignmentSignal) signal = NULL;
  AlignmentSignalType type;
  AlignmentUrgency urgency;
  char id[32];
  char letters[16];
  guint32 end;

  letters_for_index (position, letters);
  g_snprintf (id, sizeof id, "%u%s", thread, letters);
  signal = alignment_signal_new (id);

  type = pick_type (rng, position, n_in_thread, aligned);
  alignment_signal_set_signal_type (signal, type);
  alignment_signal_set_sender (signal, pick_sender (rng, type));

  /* Answered within two weeks, and within the period. */
  end = start + rng_below (rng, 15);
  end = MIN (end, gen->period_end);
  alignment_signal_set_start_julian (signal, start);
  alignment_signal_set_end_julian (signal, end);

  g_string_truncate (gen->text, 0);
  append_with_topic (gen->text, PICK (rng, trigger_forms), topic);
  /* A trigger that is just the topic reads as a sentence. */
  gen->text->str[0] = g_ascii_toupper (gen->text->str[0]);
  alignment_signal_set_trigger (signal, gen->text->str);

  g_string_truncate (gen->text, 0);
  g_string_append (gen->text, PICK (rng, roles));
  for (guint i = rng_below (rng, 3); i > 0; i--)
    {
      g_string_append (gen->text, ", ");
      g_string_append (gen->text, PICK (rng, roles));
    }
  alignment_signal_set_recipients (signal, gen->text->str);

  alignment_signal_set_message (signal, PICK (rng, channels));

  g_string_truncate (gen->text, 0);
  append_sentences (gen->text, rng, goal_sentences, G_N_ELEMENTS (goal_sentences),
                    1 + rng_below (rng, 2), topic);
  alignment_signal_set_goal (signal, gen->text->str);

  g_string_truncate (gen->text, 0);
  append_sentences (gen->text, rng, reaction_sentences, G_N_ELEMENTS (reaction_sentences),
                    1 + rng_below (rng, 3), topic);
  alignment_signal_set_reaction (signal, gen->text->str);

  alignment_signal_set_understood (signal, rng_percent (rng, 85) ? ALIGNMENT_UNDERSTOOD_YES
                                                                 : ALIGNMENT_UNDERSTOOD_NO);
  urgency = pick_urgency (rng);
  alignment_signal_set_urgency (signal, urgency);
  alignment_signal_set_urgency_understood (signal, rng_percent (rng, 90) ? urgency : pick_urgency (rng));

  for (guint p = 0; p < ALIGNMENT_N_PARTIES; p++)
    for (guint r = 0; r < ALIGNMENT_N_REALMS; r++)
      alignment_signal_set_impact (signal,
                                   p == 0 ? ALIGNMENT_PARTY_CUSTOMER : ALIGNMENT_PARTY_PROVIDER,
                                   r, pick_impact (rng, type));

  return g_steal_pointer (&signal);
}

/* Appends the @n_in_thread signals of thread @number, in date order. */
static void
generate_thread (Generator *gen,
                 guint      number,
                 guint      n_in_thread,
                 GPtrArray *out)
{
  Rng *rng = &gen->rng;
  guint32 period = gen->period_end - gen->period_start;
  const char *topic = PICK (rng, topics);
  gboolean aligned = n_in_thread > 1 && rng_percent (rng, 85);
  guint32 span, first;

  /* Most threads take two to three months, a few are settled quickly. */
  span = rng_percent (rng, 80) ? 45 + rng_below (rng, 56) : 7 + rng_below (rng, 38);
  span = MIN (span, period);
  first = gen->period_start + rng_below (rng, period - span + 1);

  for (guint i = 0; i < n_in_thread; i++)
    {
      guint32 offset = 0;

      /* Evenly spread with jitter, never out of order: offset i lies in
       * [i, i + 1) * span / (n - 1). */
      if (n_in_thread > 1 && i > 0)
        offset = i == n_in_thread - 1 ? span
               : (guint32) (((guint64) i * span + rng_below (rng, MAX (span, 1))) / (n_in_thread - 1));

      g_ptr_array_add (out, generate_signal (gen, number, i, n_in_thread, aligned,
                                             topic, first + offset));
    }
}

static void
generate_metadata (AlignmentCase *self,
                   Generator     *gen,
                   guint          n_signals,
                   guint          n_threads,
                   guint64        seed)
{
  g_autofree char *title = NULL;
  g_autofree char *context = NULL;

  title = g_strdup_printf ("Generated case %" G_GUINT64_FORMAT, seed);
  alignment_case_set_title (self, title);
  alignment_case_set_customer_name (self, "Shipyard Customer");
  alignment_case_set_provider_name (self, "Offshore IT Provider");
  context = g_strdup_printf ("A synthetic signal log of %u signals in %u threads, "
                             "generated from seed %" G_GUINT64_FORMAT ". Its threads "
                             "open with a request or an escalation and most end with an "
                             "alignment event, as in the thesis's case; the text cells "
                             "are drawn from a small vocabulary.",
                             n_signals, n_threads, seed);
  alignment_case_set_context (self, context);
  alignment_case_set_period_start (self, gen->period_start);
  alignment_case_set_period_end (self, gen->period_end);

  for (guint i = 0; i < G_N_ELEMENTS (stakeholder_roles); i++)
    {
      g_autoptr(AlignmentStakeholder) stakeholder = NULL;
      AlignmentParty party = g_str_equal (stakeholder_roles[i][1], "customer")
                           ? ALIGNMENT_PARTY_CUSTOMER : ALIGNMENT_PARTY_PROVIDER;

      stakeholder = alignment_stakeholder_new (stakeholder_roles[i][0], party,
                                               stakeholder_roles[i][2]);
      g_list_store_append (alignment_case_get_stakeholders (self), stakeholder);
    }

  for (guint i = 0; i < G_N_ELEMENTS (lessons); i++)
    {
      g_autoptr(AlignmentLesson) lesson = alignment_lesson_new (lessons[i]);

      g_list_store_append (alignment_case_get_lessons (self), lesson);
    }
}

/* A random (version 4) UUID drawn from @rng. */
static char *
rng_uuid (Rng *rng)
{
  guint64 high = rng_next (rng);
  guint64 low = rng_next (rng);

  high = (high & G_GUINT64_CONSTANT (0xFFFFFFFFFFFF0FFF)) | G_GUINT64_CONSTANT (0x4000);
  low = (low & G_GUINT64_CONSTANT (0x3FFFFFFFFFFFFFFF)) | G_GUINT64_CONSTANT (0x8000000000000000);
  return g_strdup_printf ("%08x-%04x-%04x-%04x-%012" G_GINT64_MODIFIER "x",
                          (guint) (high >> 32), (guint) ((high >> 16) & 0xFFFF), (guint) (high & 0xFFFF),
                          (guint) (low >> 48), low & G_GUINT64_CONSTANT (0xFFFFFFFFFFFF));
}

/* Stable ids from a stream of their own, so that the same seed gives
 * the same file and the rest of the case stays what it was before
 * signals had stable ids. */
static void
generate_stable_ids (AlignmentCase *self,
                     GPtrArray     *signals,
                     guint64        seed)
{
  Rng rng = { seed ^ G_GUINT64_CONSTANT (0x5DEECE66D1D2C3B4) };
  g_autofree char *case_id = rng_uuid (&rng);

  alignment_case_set_case_id (self, case_id);
  for (guint i = 0; i < signals->len; i++)
    {
      g_autofree char *stable_id = rng_uuid (&rng);

      alignment_signal_set_stable_id (g_ptr_array_index (signals, i), stable_id);
    }
}

AlignmentCase *
alignment_case_generate (guint   n_signals,
                         guint   n_threads,
                         guint64 seed)
{
  g_autoptr(AlignmentCase) self = alignment_case_new ();
  g_autoptr(GPtrArray) signals = NULL;
  g_autofree guint *sizes = NULL;
  g_autoptr(GString) text = g_string_new (NULL);
  Generator gen = { { seed }, text, 0, 0 };
  guint period_days;

  if (n_threads == 0)
    n_threads = MAX (1, (n_signals + 4) / 8);
  /* Every thread has at least one signal. */
  n_threads = MIN (n_threads, n_signals);

  /* The period grows with the number of threads, from about five months
   * (the thesis's case) to at most four years. */
  period_days = (guint) CLAMP ((guint64) n_threads * 2, 150, 4 * 365);
  gen.period_start = alignment_date_from_ymd (2023, 1, 1) + rng_below (&gen.rng, 365);
  gen.period_end = gen.period_start + period_days - 1;

  generate_metadata (self, &gen, n_signals, n_threads, seed);
  if (n_signals == 0)
    {
      g_autoptr(GPtrArray) none = g_ptr_array_new ();

      generate_stable_ids (self, none, seed);
      return g_steal_pointer (&self);
    }

  /* One signal each, then the rest dealt out at random: thread sizes
   * vary around the mean as in a real log. */
  sizes = g_new (guint, n_threads);
  for (guint t = 0; t < n_threads; t++)
    sizes[t] = 1;
  for (guint i = n_threads; i < n_signals; i++)
    sizes[rng_below (&gen.rng, n_threads)]++;

  signals = g_ptr_array_new_full (n_signals, g_object_unref);
  for (guint t = 0; t < n_threads; t++)
    generate_thread (&gen, t + 1, sizes[t], signals);

  generate_stable_ids (self, signals, seed);
  alignment_signal_list_splice (alignment_case_get_signals (self), 0, 0,
                                (AlignmentSignal **) signals->pdata, signals->len);

  return g_steal_pointer (&self);
}
