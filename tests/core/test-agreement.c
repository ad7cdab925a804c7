/* test-agreement.c: the two parties' agreement on the perceptions both
 * rated, their estimates in the file and through a merge
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <math.h>
#include <string.h>

#include "alignment-core.h"

#define N ALIGNMENT_IMPACT_NEGATIVE
#define S ALIGNMENT_IMPACT_SAME
#define P ALIGNMENT_IMPACT_POSITIVE

typedef struct
{
  AlignmentParty  trust_of;
  AlignmentImpact customer;  /* the customer's judgement */
  AlignmentImpact provider;  /* the provider's */
} Pair;

/* Ten contractual pairs, seven on the customer's trust and three on the
 * provider's, giving (rows: the customer's judgement, columns: the
 * provider's, in the order negative, same, positive):
 *
 *            N  S  P
 *        N   2  1  0     row totals 3
 *        S   0  3  1                4
 *        P   1  0  2                3
 *   columns  3  4  3     n = 10
 */
static const Pair pairs[] = {
  { ALIGNMENT_PARTY_CUSTOMER, N, N },
  { ALIGNMENT_PARTY_PROVIDER, N, N },
  { ALIGNMENT_PARTY_CUSTOMER, N, S },
  { ALIGNMENT_PARTY_CUSTOMER, S, S },
  { ALIGNMENT_PARTY_CUSTOMER, S, S },
  { ALIGNMENT_PARTY_PROVIDER, S, S },
  { ALIGNMENT_PARTY_CUSTOMER, S, P },
  { ALIGNMENT_PARTY_CUSTOMER, P, N },
  { ALIGNMENT_PARTY_PROVIDER, P, P },
  { ALIGNMENT_PARTY_CUSTOMER, P, P },
};

static GPtrArray *
pair_signals (void)
{
  GPtrArray *signals = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < G_N_ELEMENTS (pairs); i++)
    {
      g_autofree char *id = g_strdup_printf ("%ua", i + 1);
      AlignmentSignal *signal = alignment_signal_new (id);
      const Pair *pair = &pairs[i];

      /* A party's own rating and the other party's estimate of it. */
      if (pair->trust_of == ALIGNMENT_PARTY_CUSTOMER)
        {
          alignment_signal_set_impact (signal, ALIGNMENT_PARTY_CUSTOMER, ALIGNMENT_REALM_CONTRACTUAL, pair->customer);
          alignment_signal_set_impact_estimate (signal, ALIGNMENT_PARTY_CUSTOMER, ALIGNMENT_REALM_CONTRACTUAL,
                                                pair->provider);
        }
      else
        {
          alignment_signal_set_impact (signal, ALIGNMENT_PARTY_PROVIDER, ALIGNMENT_REALM_CONTRACTUAL, pair->provider);
          alignment_signal_set_impact_estimate (signal, ALIGNMENT_PARTY_PROVIDER, ALIGNMENT_REALM_CONTRACTUAL,
                                                pair->customer);
        }
      /* Rated by one party only: no pair. */
      alignment_signal_set_impact (signal, ALIGNMENT_PARTY_CUSTOMER, ALIGNMENT_REALM_RELATIONAL, P);
      g_ptr_array_add (signals, signal);
    }
  return signals;
}

/* Kappa against the value computed by hand from the table above.
 *
 * Linear weights over three categories: w = 1 − |i − j| / 2, so 1 on
 * the diagonal, ½ for neighbours, 0 for negative against positive.
 *
 * Observed: p_o = (2 + 3 + 2) / 10 + ½ × (1 + 0 + 1 + 0) / 10 + 0 × (0 + 1) / 10
 *               = 0.7 + 0.1 = 0.8
 * Expected by chance, from the totals (3, 4, 3) × (3, 4, 3):
 *   diagonal   3·3 + 4·4 + 3·3           = 34
 *   neighbours ½ × (3·4 + 4·3 + 4·3 + 3·4) = 24
 *   p_e = (34 + 24) / 100 = 0.58
 * κ = (p_o − p_e) / (1 − p_e) = 0.22 / 0.42 = 11/21 ≈ 0.5238
 * Percent agreement: 7 of 10 exactly = 70 %. */
static void
test_kappa_by_hand (void)
{
  g_autoptr(GPtrArray) signals = pair_signals ();
  g_autoptr(AlignmentAgreement) agreement = NULL;
  const AlignmentRealmAgreement *contractual;
  static const guint expected[3][3] = { { 2, 1, 0 }, { 0, 3, 1 }, { 1, 0, 2 } };

  agreement = alignment_agreement_compute ((AlignmentSignal *const *) signals->pdata, signals->len);
  contractual = &agreement->realms[ALIGNMENT_REALM_CONTRACTUAL];

  g_assert_cmpuint (contractual->n_pairs, ==, 10);
  g_assert_cmpuint (contractual->n_agree, ==, 7);
  g_assert_cmpfloat_with_epsilon (contractual->percent, 70.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (contractual->kappa, 11.0 / 21.0, 1e-9);

  for (guint i = 0; i < 3; i++)
    for (guint j = 0; j < 3; j++)
      g_assert_cmpuint (contractual->cells[i][j]->len, ==, expected[i][j]);

  /* The cells list their signals: the customer said positive where the
   * provider said negative for 8a's customer trust. */
  g_assert_cmpuint (g_array_index (contractual->cells[2][0], AlignmentAgreementItem, 0).position, ==, 7);
  g_assert_cmpint (g_array_index (contractual->cells[2][0], AlignmentAgreementItem, 0).trust_of, ==,
                   ALIGNMENT_PARTY_CUSTOMER);
  /* 2a rated the provider's trust: its own row is the customer's estimate. */
  g_assert_cmpuint (g_array_index (contractual->cells[0][0], AlignmentAgreementItem, 1).position, ==, 1);
  g_assert_cmpint (g_array_index (contractual->cells[0][0], AlignmentAgreementItem, 1).trust_of, ==,
                   ALIGNMENT_PARTY_PROVIDER);

  /* Only one party rated the relational realm: nothing to compare. */
  g_assert_cmpuint (agreement->realms[ALIGNMENT_REALM_RELATIONAL].n_pairs, ==, 0);
  g_assert_true (isnan (agreement->realms[ALIGNMENT_REALM_RELATIONAL].percent));
  g_assert_true (isnan (agreement->realms[ALIGNMENT_REALM_RELATIONAL].kappa));

  /* 3a, 7a, 8a differ. */
  g_assert_cmpuint (agreement->judged_differently->len, ==, 3);
  g_assert_cmpuint (g_array_index (agreement->judged_differently, guint, 0), ==, 2);
  g_assert_true (alignment_signal_judged_differently (g_ptr_array_index (signals, 7)));
  g_assert_false (alignment_signal_judged_differently (g_ptr_array_index (signals, 0)));
}

/* Textbook corners: full agreement in several categories is κ = 1;
 * agreement no better than chance is 0; one category throughout says
 * nothing. */
static void
test_kappa_corners (void)
{
  const guint perfect[9] = { 3, 0, 0, 0, 2, 0, 0, 0, 5 };
  /* rows and columns independent: every row is (1, 2, 1) */
  const guint chance[9] = { 1, 2, 1, 1, 2, 1, 1, 2, 1 };
  const guint one[9] = { 0, 0, 0, 0, 4, 0, 0, 0, 0 };
  const guint opposite[9] = { 0, 0, 2, 0, 0, 0, 2, 0, 0 };

  g_assert_cmpfloat_with_epsilon (alignment_weighted_kappa (perfect, 3), 1.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (alignment_weighted_kappa (chance, 3), 0.0, 1e-9);
  g_assert_true (isnan (alignment_weighted_kappa (one, 3)));
  /* Negative against positive and back: p_o = 0, p_e = ½ (corners weigh
   * 0, and half the chance pairs fall on the diagonal's corners):
   * totals (2, 0, 2) × (2, 0, 2): diagonal 4 + 4 = 8 of 16 → ½;
   * κ = (0 − ½) / (1 − ½) = −1. */
  g_assert_cmpfloat_with_epsilon (alignment_weighted_kappa (opposite, 3), -1.0, 1e-9);
}

static AlignmentCase *
load (const char *data)
{
  g_autoptr(GError) error = NULL;
  AlignmentCase *c = alignment_case_load_from_data (data, strlen (data), "t.alignment", &error);

  g_assert_no_error (error);
  return c;
}

static AlignmentSignal *
first_signal (AlignmentCase *c)
{
  guint n;
  AlignmentSignal **signals = alignment_case_peek_signals (c, &n);

  g_assert_cmpuint (n, >, 0);
  return signals[0];
}

/* Estimates come back from the file, written where older files had
 * nothing (a file without them is written as before). */
static void
test_estimates_in_file (void)
{
  const char *doc =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<case xmlns=\"https://example.org/ns/alignment\" version=\"1.0\">\n"
    "  <title>T</title>\n"
    "  <signals>\n"
    "    <signal id=\"1a\" sender=\"customer\" understood=\"no\" urgency-understood=\"low\" "
    "understood-estimate=\"yes\" urgency-understood-estimate=\"high\" "
    "uuid=\"2f1c0a4e-5b7d-4e8f-9a1b-3c4d5e6f7a8b\">\n"
    "      <trust party=\"customer\" contractual=\"positive\"/>\n"
    "      <trust party=\"provider\" operational=\"negative\"/>\n"
    "      <estimate party=\"customer\" contractual=\"negative\"/>\n"
    "      <estimate party=\"provider\" operational=\"same\" relational=\"positive\"/>\n"
    "    </signal>\n"
    "  </signals>\n"
    "</case>\n";
  g_autoptr(AlignmentCase) c = load (doc);
  g_autoptr(AlignmentCase) again = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GBytes) bytes_again = NULL;
  AlignmentSignal *s = first_signal (c);

  g_assert_cmpint (alignment_signal_get_understood (s), ==, ALIGNMENT_UNDERSTOOD_NO);
  g_assert_cmpint (alignment_signal_get_understood_estimate (s), ==, ALIGNMENT_UNDERSTOOD_YES);
  g_assert_cmpint (alignment_signal_get_urgency_understood_estimate (s), ==, ALIGNMENT_URGENCY_HIGH);
  g_assert_cmpint (alignment_signal_get_impact (s, ALIGNMENT_PARTY_CUSTOMER, ALIGNMENT_REALM_CONTRACTUAL), ==, P);
  g_assert_cmpint (alignment_signal_get_impact_estimate (s, ALIGNMENT_PARTY_CUSTOMER, ALIGNMENT_REALM_CONTRACTUAL), ==, N);
  g_assert_cmpint (alignment_signal_get_impact_estimate (s, ALIGNMENT_PARTY_PROVIDER, ALIGNMENT_REALM_OPERATIONAL), ==, S);
  g_assert_cmpint (alignment_signal_get_impact_estimate (s, ALIGNMENT_PARTY_PROVIDER, ALIGNMENT_REALM_RELATIONAL), ==, P);
  g_assert_cmpint (alignment_signal_get_impact_estimate (s, ALIGNMENT_PARTY_CUSTOMER, ALIGNMENT_REALM_RELATIONAL), ==,
                   ALIGNMENT_IMPACT_UNKNOWN);

  /* The writer gives back the same signals, byte for byte, twice. */
  bytes = alignment_case_to_bytes (c);
  {
    const char *from = strstr (doc, "  <signals>");
    g_autofree char *block = g_strndup (from, (gsize) (strstr (doc, "</signals>") - from));

    g_assert_nonnull (strstr (g_bytes_get_data (bytes, NULL), block));
  }
  again = load (g_bytes_get_data (bytes, NULL));
  bytes_again = alignment_case_to_bytes (again);
  g_assert_true (g_bytes_equal (bytes, bytes_again));
  g_assert_true (alignment_signal_equal (s, first_signal (again)));

  /* An estimate is not the value: a signal that differs only there is
   * another signal. */
  alignment_signal_set_impact_estimate (first_signal (again), ALIGNMENT_PARTY_CUSTOMER,
                                        ALIGNMENT_REALM_CONTRACTUAL, P);
  g_assert_false (alignment_signal_equal (s, first_signal (again)));
}

static AlignmentCase *
merge (AlignmentCase *ours,
       AlignmentCase *theirs)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *report = NULL;
  guint n_conflicts = 99;
  AlignmentCase *result = alignment_merge (ours, theirs, NULL, ALIGNMENT_MERGE_FLAGS_NONE, &n_conflicts, &report, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (n_conflicts, ==, 0);
  g_assert_nonnull (strstr (report, "kept as its estimate"));
  return result;
}

/* Two account managers rate the same signal in their own copies: the
 * merge keeps each party's own ratings, and the other's differing
 * ratings as its estimates, whichever copy it is merged into; the
 * agreement and the perception-gap finding see them. */
static void
test_merge_keeps_estimates (void)
{
  g_autoptr(AlignmentCase) original = alignment_case_new ();
  g_autoptr(AlignmentSignal) a = alignment_signal_new ("1a");
  g_autoptr(AlignmentCase) customer = NULL;
  g_autoptr(AlignmentCase) provider = NULL;
  g_autoptr(GError) error = NULL;
  AlignmentSignal *s;

  alignment_case_set_title (original, "Two copies");
  alignment_signal_set_sender (a, ALIGNMENT_PARTY_CUSTOMER);
  alignment_signal_set_start_julian (a, 738000);
  alignment_signal_list_append (alignment_case_get_signals (original), a);

  customer = alignment_merge_share_copy (original, ALIGNMENT_COPY_OWNER_CUSTOMER, &error);
  g_assert_no_error (error);
  provider = alignment_merge_share_copy (original, ALIGNMENT_COPY_OWNER_PROVIDER, &error);
  g_assert_no_error (error);

  /* The customer sent 1a and thinks the provider understood it. */
  s = first_signal (customer);
  alignment_signal_set_impact (s, ALIGNMENT_PARTY_CUSTOMER, ALIGNMENT_REALM_OPERATIONAL, P);
  alignment_signal_set_impact (s, ALIGNMENT_PARTY_PROVIDER, ALIGNMENT_REALM_OPERATIONAL, P);
  alignment_signal_set_understood (s, ALIGNMENT_UNDERSTOOD_YES);
  s = first_signal (provider);
  alignment_signal_set_impact (s, ALIGNMENT_PARTY_CUSTOMER, ALIGNMENT_REALM_OPERATIONAL, N);
  alignment_signal_set_impact (s, ALIGNMENT_PARTY_PROVIDER, ALIGNMENT_REALM_OPERATIONAL, P);
  alignment_signal_set_understood (s, ALIGNMENT_UNDERSTOOD_NO);

  for (guint way = 0; way < 2; way++)
    {
      g_autoptr(AlignmentCase) result = way == 0 ? merge (customer, provider) : merge (provider, customer);
      g_autoptr(AlignmentAgreement) agreement = NULL;
      g_autoptr(AlignmentFindings) findings = NULL;
      AlignmentSignal **signals;
      guint n;
      gboolean gap = FALSE;

      s = first_signal (result);
      g_assert_cmpint (alignment_signal_get_impact (s, ALIGNMENT_PARTY_CUSTOMER, ALIGNMENT_REALM_OPERATIONAL), ==, P);
      g_assert_cmpint (alignment_signal_get_impact_estimate (s, ALIGNMENT_PARTY_CUSTOMER, ALIGNMENT_REALM_OPERATIONAL),
                       ==, N);
      /* They agree on the provider's trust: nothing to estimate apart. */
      g_assert_cmpint (alignment_signal_get_impact (s, ALIGNMENT_PARTY_PROVIDER, ALIGNMENT_REALM_OPERATIONAL), ==, P);
      g_assert_cmpint (alignment_signal_get_impact_estimate (s, ALIGNMENT_PARTY_PROVIDER, ALIGNMENT_REALM_OPERATIONAL),
                       ==, ALIGNMENT_IMPACT_UNKNOWN);
      /* understood: the receiver's (the provider's), the sender's estimate beside it */
      g_assert_cmpint (alignment_signal_get_understood (s), ==, ALIGNMENT_UNDERSTOOD_NO);
      g_assert_cmpint (alignment_signal_get_understood_estimate (s), ==, ALIGNMENT_UNDERSTOOD_YES);
      g_assert_true (alignment_signal_judged_differently (s));

      signals = alignment_case_peek_signals (result, &n);
      agreement = alignment_agreement_compute (signals, n);
      g_assert_cmpuint (agreement->realms[ALIGNMENT_REALM_OPERATIONAL].n_pairs, ==, 1);
      g_assert_cmpuint (agreement->realms[ALIGNMENT_REALM_OPERATIONAL].n_agree, ==, 0);
      g_assert_cmpuint (agreement->realms[ALIGNMENT_REALM_OPERATIONAL].cells[2][0]->len, ==, 1);
      g_assert_cmpuint (agreement->n_understood_pairs, ==, 1);
      g_assert_cmpuint (agreement->understood_differs->len, ==, 1);

      findings = alignment_findings_compute (signals, n);
      for (guint i = 0; i < findings->findings->len; i++)
        {
          AlignmentFinding *finding = g_ptr_array_index (findings->findings, i);

          if (finding->kind != ALIGNMENT_FINDING_PERCEPTION_GAP)
            continue;
          gap = TRUE;
          g_assert_nonnull (strstr (finding->summary, "judged differently whether 1 of 1 signal was understood"));
          g_assert_cmpuint (finding->signals->len, ==, 1);
        }
      g_assert_true (gap);
    }
}

/* The urgency as understood feeds the finding too, even where every
 * signal was understood. */
static void
test_urgency_feeds_finding (void)
{
  g_autoptr(AlignmentSignal) a = alignment_signal_new ("1a");
  g_autoptr(AlignmentSignal) b = alignment_signal_new ("1b");
  AlignmentSignal *signals[2] = { a, b };
  g_autoptr(AlignmentFindings) findings = NULL;
  AlignmentFinding *gap = NULL;

  alignment_signal_set_understood (a, ALIGNMENT_UNDERSTOOD_YES);
  alignment_signal_set_urgency_understood (a, ALIGNMENT_URGENCY_LOW);
  alignment_signal_set_urgency_understood_estimate (a, ALIGNMENT_URGENCY_VERY_HIGH);
  alignment_signal_set_urgency_understood (b, ALIGNMENT_URGENCY_HIGH);
  alignment_signal_set_urgency_understood_estimate (b, ALIGNMENT_URGENCY_HIGH);

  findings = alignment_findings_compute (signals, 2);
  for (guint i = 0; i < findings->findings->len; i++)
    if (((AlignmentFinding *) g_ptr_array_index (findings->findings, i))->kind == ALIGNMENT_FINDING_PERCEPTION_GAP)
      gap = g_ptr_array_index (findings->findings, i);
  g_assert_nonnull (gap);
  g_assert_nonnull (strstr (gap->summary, "urgency of 1 of 2 signals"));
  g_assert_null (strstr (gap->summary, "not understood"));
  g_assert_cmpuint (gap->signals->len, ==, 1);
  g_assert_cmpuint (g_array_index (gap->signals, guint, 0), ==, 0);

  /* Without estimates there is no gap to report. */
  alignment_signal_set_urgency_understood_estimate (a, ALIGNMENT_URGENCY_UNKNOWN);
  g_clear_pointer (&findings, alignment_findings_free);
  findings = alignment_findings_compute (signals, 2);
  for (guint i = 0; i < findings->findings->len; i++)
    g_assert_cmpint (((AlignmentFinding *) g_ptr_array_index (findings->findings, i))->kind, !=,
                     ALIGNMENT_FINDING_PERCEPTION_GAP);
}

/* Each party's view of the heatmap: its own ratings and its estimates
 * of the other's; the difference is one view minus the other. */
static void
test_views (void)
{
  g_autoptr(AlignmentSignal) s = alignment_signal_new ("1a");

  alignment_signal_set_impact (s, ALIGNMENT_PARTY_CUSTOMER, ALIGNMENT_REALM_CONTRACTUAL, P);
  alignment_signal_set_impact_estimate (s, ALIGNMENT_PARTY_CUSTOMER, ALIGNMENT_REALM_CONTRACTUAL, N);
  alignment_signal_set_impact (s, ALIGNMENT_PARTY_PROVIDER, ALIGNMENT_REALM_CONTRACTUAL, S);

  g_assert_cmpint (alignment_signal_view_delta (s, ALIGNMENT_PERCEPTION_VIEW_OWN, ALIGNMENT_PARTY_CUSTOMER,
                                                ALIGNMENT_REALM_CONTRACTUAL), ==, 1);
  g_assert_cmpint (alignment_signal_view_delta (s, ALIGNMENT_PERCEPTION_VIEW_CUSTOMER, ALIGNMENT_PARTY_CUSTOMER,
                                                ALIGNMENT_REALM_CONTRACTUAL), ==, 1);
  g_assert_cmpint (alignment_signal_view_delta (s, ALIGNMENT_PERCEPTION_VIEW_PROVIDER, ALIGNMENT_PARTY_CUSTOMER,
                                                ALIGNMENT_REALM_CONTRACTUAL), ==, -1);
  g_assert_cmpint (alignment_signal_view_delta (s, ALIGNMENT_PERCEPTION_VIEW_DIFFERENCE, ALIGNMENT_PARTY_CUSTOMER,
                                                ALIGNMENT_REALM_CONTRACTUAL), ==, 2);
  /* No estimate of the provider's trust: both views take its own. */
  g_assert_cmpint (alignment_signal_view_delta (s, ALIGNMENT_PERCEPTION_VIEW_DIFFERENCE, ALIGNMENT_PARTY_PROVIDER,
                                                ALIGNMENT_REALM_CONTRACTUAL), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/agreement/kappa/by-hand", test_kappa_by_hand);
  g_test_add_func ("/agreement/kappa/corners", test_kappa_corners);
  g_test_add_func ("/agreement/estimates/file", test_estimates_in_file);
  g_test_add_func ("/agreement/estimates/merge", test_merge_keeps_estimates);
  g_test_add_func ("/agreement/findings/urgency", test_urgency_feeds_finding);
  g_test_add_func ("/agreement/views", test_views);

  return g_test_run ();
}
