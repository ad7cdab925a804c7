/* test-enums.c: the file tokens and labels of the signal log's vocabularies
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "alignment-core.h"

typedef struct
{
  GType       (*get_type) (void);
  int         value;
  const char *token;
  const char *label;
} Expected;

static const Expected expected[] = {
  { alignment_party_get_type, ALIGNMENT_PARTY_CUSTOMER, "customer", "Customer" },
  { alignment_party_get_type, ALIGNMENT_PARTY_PROVIDER, "provider", "Service provider" },
  { alignment_realm_get_type, ALIGNMENT_REALM_CONTRACTUAL, "contractual", "Contractual" },
  { alignment_realm_get_type, ALIGNMENT_REALM_OPERATIONAL, "operational", "Operational" },
  { alignment_realm_get_type, ALIGNMENT_REALM_RELATIONAL, "relational", "Relational" },
  { alignment_signal_type_get_type, ALIGNMENT_SIGNAL_TYPE_UNKNOWN, "unknown", "Not set" },
  { alignment_signal_type_get_type, ALIGNMENT_SIGNAL_TYPE_REQUEST_SENT, "request-sent", "Request sent" },
  { alignment_signal_type_get_type, ALIGNMENT_SIGNAL_TYPE_REQUEST_RECEIVED, "request-received", "Request received" },
  { alignment_signal_type_get_type, ALIGNMENT_SIGNAL_TYPE_ESCALATION_SENT, "escalation-sent", "Escalation sent" },
  { alignment_signal_type_get_type, ALIGNMENT_SIGNAL_TYPE_ALIGNMENT_EVENT, "alignment-event", "Alignment event" },
  { alignment_urgency_get_type, ALIGNMENT_URGENCY_LOW, "low", "Low" },
  { alignment_urgency_get_type, ALIGNMENT_URGENCY_MEDIUM, "medium", "Medium" },
  { alignment_urgency_get_type, ALIGNMENT_URGENCY_HIGH, "high", "High" },
  { alignment_urgency_get_type, ALIGNMENT_URGENCY_VERY_HIGH, "very-high", "Very high" },
  { alignment_understood_get_type, ALIGNMENT_UNDERSTOOD_YES, "yes", "Yes" },
  { alignment_understood_get_type, ALIGNMENT_UNDERSTOOD_NO, "no", "No" },
  { alignment_impact_get_type, ALIGNMENT_IMPACT_NEGATIVE, "negative", "Negative" },
  { alignment_impact_get_type, ALIGNMENT_IMPACT_SAME, "same", "Same" },
  { alignment_impact_get_type, ALIGNMENT_IMPACT_POSITIVE, "positive", "Positive" },
};

static void
test_tokens_round_trip (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      GType type = expected[i].get_type ();
      int parsed = -1;

      g_assert_cmpstr (alignment_enum_to_token (type, expected[i].value), ==, expected[i].token);
      g_assert_true (alignment_enum_from_token (type, expected[i].token, &parsed));
      g_assert_cmpint (parsed, ==, expected[i].value);
      g_assert_cmpstr (alignment_enum_to_label (type, expected[i].value), ==, expected[i].label);
    }
}

/* Every value of every enum has a token and a label, so that no value can
 * be written to a file or shown in the UI as NULL. */
static void
test_every_value_named (void)
{
  GType types[] = {
    ALIGNMENT_TYPE_PARTY, ALIGNMENT_TYPE_REALM, ALIGNMENT_TYPE_SIGNAL_TYPE,
    ALIGNMENT_TYPE_URGENCY, ALIGNMENT_TYPE_UNDERSTOOD, ALIGNMENT_TYPE_IMPACT,
  };

  for (guint i = 0; i < G_N_ELEMENTS (types); i++)
    {
      g_autoptr(GEnumClass) klass = g_type_class_ref (types[i]);

      g_assert_cmpint (klass->minimum, ==, 0);
      for (guint v = 0; v < klass->n_values; v++)
        {
          int value = klass->values[v].value;

          g_assert_cmpint (value, ==, (int) v);
          g_assert_nonnull (alignment_enum_to_token (types[i], value));
          g_assert_nonnull (alignment_enum_to_label (types[i], value));
          /* the GEnum nick is the token, so GSettings and .ui files agree
           * with the file format */
          g_assert_cmpstr (klass->values[v].value_nick, ==, alignment_enum_to_token (types[i], value));
        }
    }
}

static void
test_tokens_are_exact (void)
{
  int value = 42;

  /* Files hold exactly the token: sheets' spellings are the importer's
   * business, not the file format's. */
  g_assert_false (alignment_enum_from_token (ALIGNMENT_TYPE_SIGNAL_TYPE, "Request sent", &value));
  g_assert_false (alignment_enum_from_token (ALIGNMENT_TYPE_URGENCY, "Very High", &value));
  g_assert_false (alignment_enum_from_token (ALIGNMENT_TYPE_URGENCY, "", &value));
  g_assert_false (alignment_enum_from_token (ALIGNMENT_TYPE_UNDERSTOOD, NULL, &value));
  g_assert_cmpint (value, ==, 42);
  g_assert_null (alignment_enum_to_token (ALIGNMENT_TYPE_IMPACT, 17));
}

static void
test_deltas_and_realm_names (void)
{
  g_assert_cmpint (alignment_impact_to_delta (ALIGNMENT_IMPACT_POSITIVE), ==, 1);
  g_assert_cmpint (alignment_impact_to_delta (ALIGNMENT_IMPACT_SAME), ==, 0);
  g_assert_cmpint (alignment_impact_to_delta (ALIGNMENT_IMPACT_NEGATIVE), ==, -1);
  g_assert_cmpint (alignment_impact_to_delta (ALIGNMENT_IMPACT_UNKNOWN), ==, 0);

  g_assert_cmpstr (alignment_realm_get_trust_dimension (ALIGNMENT_REALM_CONTRACTUAL), ==, "honesty in exchange");
  g_assert_cmpstr (alignment_realm_get_trust_dimension (ALIGNMENT_REALM_OPERATIONAL), ==, "good-faith effort");
  g_assert_cmpstr (alignment_realm_get_trust_dimension (ALIGNMENT_REALM_RELATIONAL), ==, "limited opportunism");
  g_assert_cmpstr (alignment_realm_get_label (ALIGNMENT_REALM_OPERATIONAL), ==, "Operational");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/enums/tokens-round-trip", test_tokens_round_trip);
  g_test_add_func ("/enums/every-value-named", test_every_value_named);
  g_test_add_func ("/enums/tokens-are-exact", test_tokens_are_exact);
  g_test_add_func ("/enums/deltas-and-realm-names", test_deltas_and_realm_names);

  return g_test_run ();
}
