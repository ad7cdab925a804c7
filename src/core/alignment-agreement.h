/* alignment-agreement.h: how far the two parties agree on the
 * perceptions they both rated
 *
 * Each party is authoritative for its own perceptions and may estimate
 * the other's (alignment_signal_get_impact_estimate()).  Where a signal
 * holds both a party's own impact in a realm and the other party's
 * estimate of it, the two parties rated the same impact: one pair.  Per
 * realm, the pairs of both parties' trust are pooled, always seen from
 * the same side: the customer's judgement (its own impact, or its
 * estimate of the provider's) against the provider's.
 *
 * Per realm: the percent of pairs on which they agree; Cohen's weighted
 * kappa with linear weights over negative / same / positive (full
 * credit for the same category, half for neighbours, none for negative
 * against positive), which discounts the agreement chance alone would
 * give; and a 3 × 3 table whose cells list the signals.
 *
 * "Understood" and the urgency as understood are judged by the receiver
 * and estimated by the sender: their disagreements are counted here and
 * feed the perception-gap finding (alignment-findings.h).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "alignment-types.h"
#include "alignment-enums.h"

G_BEGIN_DECLS

/* The three categories, in table order. */
#define ALIGNMENT_AGREEMENT_N_CATEGORIES 3

/* One pair in a cell: the signal (its position in the array the
 * agreement was computed from) and whose trust was rated. */
typedef struct
{
  guint          position;
  AlignmentParty trust_of;
} AlignmentAgreementItem;

typedef struct
{
  AlignmentRealm realm;
  guint          n_pairs;
  guint          n_agree;
  /* 100 × n_agree / n_pairs; NAN without pairs. */
  double         percent;
  /* Linear weighted kappa; NAN when it is not defined (no pairs, or
   * both parties used one and the same category throughout). */
  double         kappa;
  /* cells[customer's category][provider's category], categories
   * negative, same, positive: GArray of AlignmentAgreementItem. */
  GArray        *cells[ALIGNMENT_AGREEMENT_N_CATEGORIES][ALIGNMENT_AGREEMENT_N_CATEGORIES];
} AlignmentRealmAgreement;

typedef struct
{
  AlignmentRealmAgreement realms[ALIGNMENT_N_REALMS];
  /* Signals with both the receiver's "understood" and the sender's
   * estimate of it; those where they differ (positions). */
  guint   n_understood_pairs;
  GArray *understood_differs;
  /* The same for the urgency as understood. */
  guint   n_urgency_pairs;
  GArray *urgency_differs;
  /* Every signal the parties judged differently in any of the above,
   * by position, ascending. */
  GArray *judged_differently;
} AlignmentAgreement;

AlignmentAgreement *alignment_agreement_compute (AlignmentSignal *const *signals,
                                                 guint                   n_signals);
void                alignment_agreement_free    (AlignmentAgreement     *agreement);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (AlignmentAgreement, alignment_agreement_free)

/* Cohen's weighted kappa with linear weights over @k ordered categories
 * of the @k × @k table of counts @table (row-major); NAN when it is not
 * defined.  Exposed so that it can be checked against a hand count. */
double              alignment_weighted_kappa    (const guint            *table,
                                                 guint                   k);

/* The table category of @impact (0 negative, 1 same, 2 positive); -1
 * for unknown. */
int                 alignment_agreement_category (AlignmentImpact        impact);

/* TRUE when the parties judged @signal differently: a perception and
 * the other party's estimate of it are both known and differ. */
gboolean            alignment_signal_judged_differently (AlignmentSignal *signal);

/* Which impacts a view of the heatmap shows: each party's own (the
 * record of the case), what one party sees (its own impacts and its
 * estimates of the other's), or the difference, customer's view minus
 * provider's. */
typedef enum
{
  ALIGNMENT_PERCEPTION_VIEW_OWN = 0,
  ALIGNMENT_PERCEPTION_VIEW_CUSTOMER,
  ALIGNMENT_PERCEPTION_VIEW_PROVIDER,
  ALIGNMENT_PERCEPTION_VIEW_DIFFERENCE,
} AlignmentPerceptionView;

GType alignment_perception_view_get_type (void) G_GNUC_CONST;
/* Translated: "Each party’s own ratings", "The customer’s view", … */
const char *alignment_perception_view_get_label (AlignmentPerceptionView view);
#define ALIGNMENT_TYPE_PERCEPTION_VIEW (alignment_perception_view_get_type ())

/* The trust delta (−1, 0, +1; −2 … +2 for the difference) of @signal on
 * @party's trust in @realm as @view sees it.  Where a party made no
 * estimate, its view takes the other party's own rating. */
int                 alignment_signal_view_delta (AlignmentSignal         *signal,
                                                 AlignmentPerceptionView  view,
                                                 AlignmentParty           party,
                                                 AlignmentRealm           realm);

G_END_DECLS
