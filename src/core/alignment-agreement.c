/* alignment-agreement.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "alignment-i18n.h"

#include "alignment-agreement.h"
#include "alignment-signal.h"

G_DEFINE_ENUM_TYPE (AlignmentPerceptionView, alignment_perception_view,
  G_DEFINE_ENUM_VALUE (ALIGNMENT_PERCEPTION_VIEW_OWN, "own"),
  G_DEFINE_ENUM_VALUE (ALIGNMENT_PERCEPTION_VIEW_CUSTOMER, "customer"),
  G_DEFINE_ENUM_VALUE (ALIGNMENT_PERCEPTION_VIEW_PROVIDER, "provider"),
  G_DEFINE_ENUM_VALUE (ALIGNMENT_PERCEPTION_VIEW_DIFFERENCE, "difference"))

const char *
alignment_perception_view_get_label (AlignmentPerceptionView view)
{
  switch (view)
    {
    case ALIGNMENT_PERCEPTION_VIEW_CUSTOMER:
      return _("The customer’s view");
    case ALIGNMENT_PERCEPTION_VIEW_PROVIDER:
      return _("The provider’s view");
    case ALIGNMENT_PERCEPTION_VIEW_DIFFERENCE:
      return _("Difference of the views (customer − provider)");
    case ALIGNMENT_PERCEPTION_VIEW_OWN:
    default:
      return _("Each party’s own ratings");
    }
}

int
alignment_agreement_category (AlignmentImpact impact)
{
  switch (impact)
    {
    case ALIGNMENT_IMPACT_NEGATIVE: return 0;
    case ALIGNMENT_IMPACT_SAME: return 1;
    case ALIGNMENT_IMPACT_POSITIVE: return 2;
    case ALIGNMENT_IMPACT_UNKNOWN:
    default: return -1;
    }
}

double
alignment_weighted_kappa (const guint *table,
                          guint        k)
{
  double n = 0, observed = 0, expected = 0;
  g_autofree double *rows = NULL;
  g_autofree double *columns = NULL;

  g_return_val_if_fail (table != NULL, NAN);
  g_return_val_if_fail (k >= 2, NAN);

  rows = g_new0 (double, k);
  columns = g_new0 (double, k);
  for (guint i = 0; i < k; i++)
    for (guint j = 0; j < k; j++)
      {
        n += table[i * k + j];
        rows[i] += table[i * k + j];
        columns[j] += table[i * k + j];
      }
  if (n == 0)
    return NAN;

  /* Linear weights: 1 − |i − j| / (k − 1). */
  for (guint i = 0; i < k; i++)
    for (guint j = 0; j < k; j++)
      {
        double weight = 1.0 - fabs ((double) i - (double) j) / (double) (k - 1);

        observed += weight * table[i * k + j] / n;
        expected += weight * (rows[i] / n) * (columns[j] / n);
      }

  /* Chance alone would agree fully: kappa says nothing. */
  if (expected >= 1.0 - 1e-12)
    return NAN;
  return (observed - expected) / (1.0 - expected);
}

static void
add_pair (AlignmentRealmAgreement *realm,
          guint                    position,
          AlignmentParty           trust_of,
          int                      customer,
          int                      provider)
{
  AlignmentAgreementItem item = { position, trust_of };

  g_array_append_val (realm->cells[customer][provider], item);
  realm->n_pairs++;
  realm->n_agree += customer == provider;
}

static void
add_position (GArray *positions,
              guint   position)
{
  if (positions->len == 0 || g_array_index (positions, guint, positions->len - 1) != position)
    g_array_append_val (positions, position);
}

AlignmentAgreement *
alignment_agreement_compute (AlignmentSignal *const *signals,
                             guint                   n_signals)
{
  AlignmentAgreement *agreement = g_new0 (AlignmentAgreement, 1);

  g_return_val_if_fail (signals != NULL || n_signals == 0, agreement);

  for (guint r = 0; r < ALIGNMENT_N_REALMS; r++)
    {
      agreement->realms[r].realm = r;
      for (guint i = 0; i < ALIGNMENT_AGREEMENT_N_CATEGORIES; i++)
        for (guint j = 0; j < ALIGNMENT_AGREEMENT_N_CATEGORIES; j++)
          agreement->realms[r].cells[i][j] = g_array_new (FALSE, FALSE, sizeof (AlignmentAgreementItem));
    }
  agreement->understood_differs = g_array_new (FALSE, FALSE, sizeof (guint));
  agreement->urgency_differs = g_array_new (FALSE, FALSE, sizeof (guint));
  agreement->judged_differently = g_array_new (FALSE, FALSE, sizeof (guint));

  for (guint i = 0; i < n_signals; i++)
    {
      AlignmentSignal *signal = signals[i];
      AlignmentUnderstood understood = alignment_signal_get_understood (signal);
      AlignmentUnderstood understood_estimate = alignment_signal_get_understood_estimate (signal);
      AlignmentUrgency urgency = alignment_signal_get_urgency_understood (signal);
      AlignmentUrgency urgency_estimate = alignment_signal_get_urgency_understood_estimate (signal);
      gboolean differs = FALSE;

      for (guint r = 0; r < ALIGNMENT_N_REALMS; r++)
        {
          /* The customer's trust: its own rating against the provider's
           * estimate; the provider's: the customer's estimate against
           * the provider's own rating. */
          int own = alignment_agreement_category (alignment_signal_get_impact (signal, ALIGNMENT_PARTY_CUSTOMER, r));
          int other = alignment_agreement_category (alignment_signal_get_impact_estimate (signal, ALIGNMENT_PARTY_CUSTOMER, r));

          if (own >= 0 && other >= 0)
            {
              add_pair (&agreement->realms[r], i, ALIGNMENT_PARTY_CUSTOMER, own, other);
              differs |= own != other;
            }

          own = alignment_agreement_category (alignment_signal_get_impact (signal, ALIGNMENT_PARTY_PROVIDER, r));
          other = alignment_agreement_category (alignment_signal_get_impact_estimate (signal, ALIGNMENT_PARTY_PROVIDER, r));
          if (own >= 0 && other >= 0)
            {
              add_pair (&agreement->realms[r], i, ALIGNMENT_PARTY_PROVIDER, other, own);
              differs |= own != other;
            }
        }

      if (understood != ALIGNMENT_UNDERSTOOD_UNKNOWN && understood_estimate != ALIGNMENT_UNDERSTOOD_UNKNOWN)
        {
          agreement->n_understood_pairs++;
          if (understood != understood_estimate)
            {
              add_position (agreement->understood_differs, i);
              differs = TRUE;
            }
        }

      if (urgency != ALIGNMENT_URGENCY_UNKNOWN && urgency_estimate != ALIGNMENT_URGENCY_UNKNOWN)
        {
          agreement->n_urgency_pairs++;
          if (urgency != urgency_estimate)
            {
              add_position (agreement->urgency_differs, i);
              differs = TRUE;
            }
        }

      if (differs)
        add_position (agreement->judged_differently, i);
    }

  for (guint r = 0; r < ALIGNMENT_N_REALMS; r++)
    {
      AlignmentRealmAgreement *realm = &agreement->realms[r];
      guint table[ALIGNMENT_AGREEMENT_N_CATEGORIES * ALIGNMENT_AGREEMENT_N_CATEGORIES];

      for (guint i = 0; i < ALIGNMENT_AGREEMENT_N_CATEGORIES; i++)
        for (guint j = 0; j < ALIGNMENT_AGREEMENT_N_CATEGORIES; j++)
          table[i * ALIGNMENT_AGREEMENT_N_CATEGORIES + j] = realm->cells[i][j]->len;

      realm->percent = realm->n_pairs > 0 ? 100.0 * realm->n_agree / realm->n_pairs : NAN;
      realm->kappa = alignment_weighted_kappa (table, ALIGNMENT_AGREEMENT_N_CATEGORIES);
    }

  return agreement;
}

void
alignment_agreement_free (AlignmentAgreement *agreement)
{
  if (agreement == NULL)
    return;

  for (guint r = 0; r < ALIGNMENT_N_REALMS; r++)
    for (guint i = 0; i < ALIGNMENT_AGREEMENT_N_CATEGORIES; i++)
      for (guint j = 0; j < ALIGNMENT_AGREEMENT_N_CATEGORIES; j++)
        g_clear_pointer (&agreement->realms[r].cells[i][j], g_array_unref);
  g_clear_pointer (&agreement->understood_differs, g_array_unref);
  g_clear_pointer (&agreement->urgency_differs, g_array_unref);
  g_clear_pointer (&agreement->judged_differently, g_array_unref);
  g_free (agreement);
}

gboolean
alignment_signal_judged_differently (AlignmentSignal *signal)
{
  AlignmentUnderstood understood, understood_estimate;
  AlignmentUrgency urgency, urgency_estimate;

  g_return_val_if_fail (ALIGNMENT_IS_SIGNAL (signal), FALSE);

  if (!alignment_signal_has_estimates (signal))
    return FALSE;

  for (guint p = ALIGNMENT_PARTY_CUSTOMER; p <= ALIGNMENT_PARTY_PROVIDER; p++)
    for (guint r = 0; r < ALIGNMENT_N_REALMS; r++)
      {
        AlignmentImpact own = alignment_signal_get_impact (signal, p, r);
        AlignmentImpact estimate = alignment_signal_get_impact_estimate (signal, p, r);

        if (own != ALIGNMENT_IMPACT_UNKNOWN && estimate != ALIGNMENT_IMPACT_UNKNOWN && own != estimate)
          return TRUE;
      }

  understood = alignment_signal_get_understood (signal);
  understood_estimate = alignment_signal_get_understood_estimate (signal);
  if (understood != ALIGNMENT_UNDERSTOOD_UNKNOWN && understood_estimate != ALIGNMENT_UNDERSTOOD_UNKNOWN
      && understood != understood_estimate)
    return TRUE;

  urgency = alignment_signal_get_urgency_understood (signal);
  urgency_estimate = alignment_signal_get_urgency_understood_estimate (signal);
  return urgency != ALIGNMENT_URGENCY_UNKNOWN && urgency_estimate != ALIGNMENT_URGENCY_UNKNOWN
      && urgency != urgency_estimate;
}

/* @party's trust as @viewer sees it: its own rating when it is @party,
 * its estimate otherwise, or the own rating where it made none. */
static int
seen_by (AlignmentSignal *signal,
         AlignmentParty   viewer,
         AlignmentParty   party,
         AlignmentRealm   realm)
{
  AlignmentImpact impact = alignment_signal_get_impact (signal, party, realm);

  if (viewer != party)
    {
      AlignmentImpact estimate = alignment_signal_get_impact_estimate (signal, party, realm);

      if (estimate != ALIGNMENT_IMPACT_UNKNOWN)
        impact = estimate;
    }
  return alignment_impact_to_delta (impact);
}

int
alignment_signal_view_delta (AlignmentSignal         *signal,
                             AlignmentPerceptionView  view,
                             AlignmentParty           party,
                             AlignmentRealm           realm)
{
  g_return_val_if_fail (ALIGNMENT_IS_SIGNAL (signal), 0);
  g_return_val_if_fail (party == ALIGNMENT_PARTY_CUSTOMER || party == ALIGNMENT_PARTY_PROVIDER, 0);
  g_return_val_if_fail (realm < ALIGNMENT_N_REALMS, 0);

  switch (view)
    {
    case ALIGNMENT_PERCEPTION_VIEW_CUSTOMER:
      return seen_by (signal, ALIGNMENT_PARTY_CUSTOMER, party, realm);
    case ALIGNMENT_PERCEPTION_VIEW_PROVIDER:
      return seen_by (signal, ALIGNMENT_PARTY_PROVIDER, party, realm);
    case ALIGNMENT_PERCEPTION_VIEW_DIFFERENCE:
      return seen_by (signal, ALIGNMENT_PARTY_CUSTOMER, party, realm)
           - seen_by (signal, ALIGNMENT_PARTY_PROVIDER, party, realm);
    case ALIGNMENT_PERCEPTION_VIEW_OWN:
    default:
      return alignment_impact_to_delta (alignment_signal_get_impact (signal, party, realm));
    }
}
