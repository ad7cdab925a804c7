/* alignment-enums.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "alignment-i18n.h"

#include "alignment-enums.h"

/* The nicks are the file format's tokens: never change or translate them.
 * The labels are indexed by value (every enum here counts from 0 without
 * gaps) and translated on the way out. */

static const GEnumValue party_values[] = {
  { ALIGNMENT_PARTY_UNKNOWN, "ALIGNMENT_PARTY_UNKNOWN", "unknown" },
  { ALIGNMENT_PARTY_CUSTOMER, "ALIGNMENT_PARTY_CUSTOMER", "customer" },
  { ALIGNMENT_PARTY_PROVIDER, "ALIGNMENT_PARTY_PROVIDER", "provider" },
  { 0, NULL, NULL }
};

static const char * const party_labels[] = {
  N_("Unknown"),
  N_("Customer"),
  N_("Service provider"),
};

static const GEnumValue realm_values[] = {
  { ALIGNMENT_REALM_CONTRACTUAL, "ALIGNMENT_REALM_CONTRACTUAL", "contractual" },
  { ALIGNMENT_REALM_OPERATIONAL, "ALIGNMENT_REALM_OPERATIONAL", "operational" },
  { ALIGNMENT_REALM_RELATIONAL, "ALIGNMENT_REALM_RELATIONAL", "relational" },
  { 0, NULL, NULL }
};

static const char * const realm_labels[] = {
  N_("Contractual"),
  N_("Operational"),
  N_("Relational"),
};

static const GEnumValue signal_type_values[] = {
  { ALIGNMENT_SIGNAL_TYPE_UNKNOWN, "ALIGNMENT_SIGNAL_TYPE_UNKNOWN", "unknown" },
  { ALIGNMENT_SIGNAL_TYPE_REQUEST_SENT, "ALIGNMENT_SIGNAL_TYPE_REQUEST_SENT", "request-sent" },
  { ALIGNMENT_SIGNAL_TYPE_REQUEST_RECEIVED, "ALIGNMENT_SIGNAL_TYPE_REQUEST_RECEIVED", "request-received" },
  { ALIGNMENT_SIGNAL_TYPE_ESCALATION_SENT, "ALIGNMENT_SIGNAL_TYPE_ESCALATION_SENT", "escalation-sent" },
  { ALIGNMENT_SIGNAL_TYPE_ALIGNMENT_EVENT, "ALIGNMENT_SIGNAL_TYPE_ALIGNMENT_EVENT", "alignment-event" },
  { 0, NULL, NULL }
};

static const char * const signal_type_labels[] = {
  N_("Not set"),
  N_("Request sent"),
  N_("Request received"),
  N_("Escalation sent"),
  N_("Alignment event"),
};

static const GEnumValue urgency_values[] = {
  { ALIGNMENT_URGENCY_UNKNOWN, "ALIGNMENT_URGENCY_UNKNOWN", "unknown" },
  { ALIGNMENT_URGENCY_LOW, "ALIGNMENT_URGENCY_LOW", "low" },
  { ALIGNMENT_URGENCY_MEDIUM, "ALIGNMENT_URGENCY_MEDIUM", "medium" },
  { ALIGNMENT_URGENCY_HIGH, "ALIGNMENT_URGENCY_HIGH", "high" },
  { ALIGNMENT_URGENCY_VERY_HIGH, "ALIGNMENT_URGENCY_VERY_HIGH", "very-high" },
  { 0, NULL, NULL }
};

static const char * const urgency_labels[] = {
  N_("Not set"),
  N_("Low"),
  N_("Medium"),
  N_("High"),
  N_("Very high"),
};

static const GEnumValue understood_values[] = {
  { ALIGNMENT_UNDERSTOOD_UNKNOWN, "ALIGNMENT_UNDERSTOOD_UNKNOWN", "unknown" },
  { ALIGNMENT_UNDERSTOOD_YES, "ALIGNMENT_UNDERSTOOD_YES", "yes" },
  { ALIGNMENT_UNDERSTOOD_NO, "ALIGNMENT_UNDERSTOOD_NO", "no" },
  { 0, NULL, NULL }
};

static const char * const understood_labels[] = {
  N_("Not set"),
  N_("Yes"),
  N_("No"),
};

static const GEnumValue impact_values[] = {
  { ALIGNMENT_IMPACT_UNKNOWN, "ALIGNMENT_IMPACT_UNKNOWN", "unknown" },
  { ALIGNMENT_IMPACT_NEGATIVE, "ALIGNMENT_IMPACT_NEGATIVE", "negative" },
  { ALIGNMENT_IMPACT_SAME, "ALIGNMENT_IMPACT_SAME", "same" },
  { ALIGNMENT_IMPACT_POSITIVE, "ALIGNMENT_IMPACT_POSITIVE", "positive" },
  { 0, NULL, NULL }
};

static const char * const impact_labels[] = {
  N_("Not set"),
  N_("Negative"),
  N_("Same"),
  N_("Positive"),
};

#define DEFINE_ENUM(func, Name, values)                                   \
  GType                                                                   \
  func (void)                                                             \
  {                                                                       \
    static gsize type_id = 0;                                             \
    if (g_once_init_enter (&type_id))                                     \
      g_once_init_leave (&type_id,                                        \
                         g_enum_register_static (g_intern_static_string (Name), values)); \
    return type_id;                                                       \
  }

DEFINE_ENUM (alignment_party_get_type, "AlignmentParty", party_values)
DEFINE_ENUM (alignment_realm_get_type, "AlignmentRealm", realm_values)
DEFINE_ENUM (alignment_signal_type_get_type, "AlignmentSignalType", signal_type_values)
DEFINE_ENUM (alignment_urgency_get_type, "AlignmentUrgency", urgency_values)
DEFINE_ENUM (alignment_understood_get_type, "AlignmentUnderstood", understood_values)
DEFINE_ENUM (alignment_impact_get_type, "AlignmentImpact", impact_values)

/* Looked up without touching the GEnumClass so that the hot paths of the
 * loader need no class reference. */
static const GEnumValue *
values_for_type (GType               enum_type,
                 const char * const **labels)
{
#define RETURN_IF(TYPE, name)       \
  if (enum_type == TYPE)            \
    {                               \
      if (labels != NULL)           \
        *labels = name##_labels;    \
      return name##_values;         \
    }
  RETURN_IF (ALIGNMENT_TYPE_PARTY, party)
  RETURN_IF (ALIGNMENT_TYPE_REALM, realm)
  RETURN_IF (ALIGNMENT_TYPE_SIGNAL_TYPE, signal_type)
  RETURN_IF (ALIGNMENT_TYPE_URGENCY, urgency)
  RETURN_IF (ALIGNMENT_TYPE_UNDERSTOOD, understood)
  RETURN_IF (ALIGNMENT_TYPE_IMPACT, impact)
#undef RETURN_IF
  return NULL;
}

static const GEnumValue *
find_value (GType enum_type,
            int   value)
{
  const GEnumValue *values = values_for_type (enum_type, NULL);

  g_return_val_if_fail (values != NULL, NULL);

  for (; values->value_name != NULL; values++)
    if (values->value == value)
      return values;

  return NULL;
}

const char *
alignment_enum_to_token (GType enum_type,
                         int   value)
{
  const GEnumValue *v = find_value (enum_type, value);

  return v != NULL ? v->value_nick : NULL;
}

gboolean
alignment_enum_from_token (GType       enum_type,
                           const char *token,
                           int        *value)
{
  const GEnumValue *values = values_for_type (enum_type, NULL);

  g_return_val_if_fail (values != NULL, FALSE);

  if (token == NULL)
    return FALSE;

  for (; values->value_name != NULL; values++)
    {
      if (strcmp (values->value_nick, token) == 0)
        {
          *value = values->value;
          return TRUE;
        }
    }

  return FALSE;
}

const char *
alignment_enum_to_label (GType enum_type,
                         int   value)
{
  const char * const *labels = NULL;
  const GEnumValue *values = values_for_type (enum_type, &labels);

  g_return_val_if_fail (values != NULL, NULL);

  for (guint i = 0; values[i].value_name != NULL; i++)
    if (values[i].value == value)
      return _(labels[i]);

  return NULL;
}

const char *
alignment_realm_get_label (AlignmentRealm realm)
{
  return alignment_enum_to_label (ALIGNMENT_TYPE_REALM, realm);
}

const char *
alignment_realm_get_trust_dimension (AlignmentRealm realm)
{
  switch (realm)
    {
    case ALIGNMENT_REALM_CONTRACTUAL:
      return _("honesty in exchange");
    case ALIGNMENT_REALM_OPERATIONAL:
      return _("good-faith effort");
    case ALIGNMENT_REALM_RELATIONAL:
      return _("limited opportunism");
    default:
      g_return_val_if_reached (NULL);
    }
}

static const GFlagsValue realm_flags_values[] = {
  { ALIGNMENT_REALM_FLAGS_CONTRACTUAL, "ALIGNMENT_REALM_FLAGS_CONTRACTUAL", "contractual" },
  { ALIGNMENT_REALM_FLAGS_OPERATIONAL, "ALIGNMENT_REALM_FLAGS_OPERATIONAL", "operational" },
  { ALIGNMENT_REALM_FLAGS_RELATIONAL, "ALIGNMENT_REALM_FLAGS_RELATIONAL", "relational" },
  { 0, NULL, NULL }
};

GType
alignment_realm_flags_get_type (void)
{
  static gsize type_id = 0;

  if (g_once_init_enter (&type_id))
    g_once_init_leave (&type_id,
                       g_flags_register_static (g_intern_static_string ("AlignmentRealmFlags"),
                                                realm_flags_values));
  return type_id;
}

char *
alignment_realm_flags_to_tokens (AlignmentRealmFlags flags)
{
  GString *tokens = g_string_new (NULL);

  for (guint realm = 0; realm < ALIGNMENT_N_REALMS; realm++)
    {
      if ((flags & (1 << realm)) == 0)
        continue;
      if (tokens->len > 0)
        g_string_append_c (tokens, ' ');
      g_string_append (tokens, realm_values[realm].value_nick);
    }

  return g_string_free (tokens, FALSE);
}

gboolean
alignment_realm_flags_from_tokens (const char          *tokens,
                                   AlignmentRealmFlags *flags)
{
  g_auto(GStrv) words = NULL;
  AlignmentRealmFlags parsed = 0;

  g_return_val_if_fail (flags != NULL, FALSE);

  if (tokens == NULL || *tokens == '\0')
    return FALSE;

  /* Exactly the schema's list: tokens separated by one space. */
  words = g_strsplit (tokens, " ", -1);
  for (guint i = 0; words[i] != NULL; i++)
    {
      int realm;

      if (!alignment_enum_from_token (ALIGNMENT_TYPE_REALM, words[i], &realm))
        return FALSE;
      parsed |= 1 << realm;
    }

  *flags = parsed;
  return TRUE;
}

char *
alignment_realm_flags_to_label (AlignmentRealmFlags flags)
{
  const char *names[ALIGNMENT_N_REALMS];
  guint n = 0;

  for (guint realm = 0; realm < ALIGNMENT_N_REALMS; realm++)
    if ((flags & (1 << realm)) != 0)
      names[n++] = alignment_realm_get_label (realm);

  switch (n)
    {
    case 0:
      return NULL;
    case 1:
      return g_strdup (names[0]);
    case 2:
      /* Translators: two realms in which a thread was aligned,
       * "Operational and Relational". */
      return g_strdup_printf (_("%s and %s"), names[0], names[1]);
    default:
      /* Translators: the three realms in which a thread was aligned. */
      return g_strdup_printf (_("%s, %s and %s"), names[0], names[1], names[2]);
    }
}
