/* alignment-enums.h: the closed vocabularies of the signal log
 *
 * Every enum has a stable lowercase token (its GEnumValue nick) that the
 * file format uses, and a translated label for the UI.  The value 0 of the
 * enums a sheet can leave empty means "not set".
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum
{
  ALIGNMENT_PARTY_UNKNOWN = 0,
  ALIGNMENT_PARTY_CUSTOMER,
  ALIGNMENT_PARTY_PROVIDER,
} AlignmentParty;

/* The two parties as array indices (customer first), for per-party tables. */
#define ALIGNMENT_N_PARTIES 2
#define ALIGNMENT_PARTY_INDEX(p) ((p) == ALIGNMENT_PARTY_PROVIDER ? 1 : 0)

typedef enum
{
  ALIGNMENT_REALM_CONTRACTUAL = 0, /* honesty in exchange */
  ALIGNMENT_REALM_OPERATIONAL,     /* good-faith effort */
  ALIGNMENT_REALM_RELATIONAL,      /* limited opportunism */
} AlignmentRealm;

#define ALIGNMENT_N_REALMS 3

/* A set of realms, such as those in which a thread was aligned; none is
 * "not (yet) aligned". */
typedef enum
{
  ALIGNMENT_REALM_FLAGS_NONE        = 0,
  ALIGNMENT_REALM_FLAGS_CONTRACTUAL = 1 << ALIGNMENT_REALM_CONTRACTUAL,
  ALIGNMENT_REALM_FLAGS_OPERATIONAL = 1 << ALIGNMENT_REALM_OPERATIONAL,
  ALIGNMENT_REALM_FLAGS_RELATIONAL  = 1 << ALIGNMENT_REALM_RELATIONAL,
} AlignmentRealmFlags;

#define ALIGNMENT_REALM_FLAGS_ALL (ALIGNMENT_REALM_FLAGS_CONTRACTUAL | ALIGNMENT_REALM_FLAGS_OPERATIONAL | ALIGNMENT_REALM_FLAGS_RELATIONAL)

typedef enum
{
  ALIGNMENT_SIGNAL_TYPE_UNKNOWN = 0,
  ALIGNMENT_SIGNAL_TYPE_REQUEST_SENT,
  ALIGNMENT_SIGNAL_TYPE_REQUEST_RECEIVED,
  ALIGNMENT_SIGNAL_TYPE_ESCALATION_SENT,
  ALIGNMENT_SIGNAL_TYPE_ALIGNMENT_EVENT,
} AlignmentSignalType;

typedef enum
{
  ALIGNMENT_URGENCY_UNKNOWN = 0,
  ALIGNMENT_URGENCY_LOW,
  ALIGNMENT_URGENCY_MEDIUM,
  ALIGNMENT_URGENCY_HIGH,
  ALIGNMENT_URGENCY_VERY_HIGH,
} AlignmentUrgency;

typedef enum
{
  ALIGNMENT_UNDERSTOOD_UNKNOWN = 0,
  ALIGNMENT_UNDERSTOOD_YES,
  ALIGNMENT_UNDERSTOOD_NO,
} AlignmentUnderstood;

typedef enum
{
  ALIGNMENT_IMPACT_UNKNOWN = 0,
  ALIGNMENT_IMPACT_NEGATIVE,
  ALIGNMENT_IMPACT_SAME,
  ALIGNMENT_IMPACT_POSITIVE,
} AlignmentImpact;

GType alignment_party_get_type        (void) G_GNUC_CONST;
GType alignment_realm_get_type        (void) G_GNUC_CONST;
GType alignment_signal_type_get_type  (void) G_GNUC_CONST;
GType alignment_urgency_get_type      (void) G_GNUC_CONST;
GType alignment_understood_get_type   (void) G_GNUC_CONST;
GType alignment_impact_get_type       (void) G_GNUC_CONST;
GType alignment_realm_flags_get_type  (void) G_GNUC_CONST;

#define ALIGNMENT_TYPE_PARTY       (alignment_party_get_type ())
#define ALIGNMENT_TYPE_REALM       (alignment_realm_get_type ())
#define ALIGNMENT_TYPE_SIGNAL_TYPE (alignment_signal_type_get_type ())
#define ALIGNMENT_TYPE_URGENCY     (alignment_urgency_get_type ())
#define ALIGNMENT_TYPE_UNDERSTOOD  (alignment_understood_get_type ())
#define ALIGNMENT_TYPE_IMPACT      (alignment_impact_get_type ())
#define ALIGNMENT_TYPE_REALM_FLAGS (alignment_realm_flags_get_type ())

/* Stable file-format token of @value ("request-sent"), or NULL when
 * @value is not a value of @enum_type. */
const char *alignment_enum_to_token   (GType       enum_type,
                                       int         value);
/* Parses a token exactly as the file format writes it.  Returns FALSE and
 * leaves @value untouched for anything else. */
gboolean    alignment_enum_from_token (GType       enum_type,
                                       const char *token,
                                       int        *value);
/* Translated, human label ("Request sent", "Very high"). */
const char *alignment_enum_to_label   (GType       enum_type,
                                       int         value);

/* +1, 0 or -1; an unknown impact counts as no change. */
static inline int
alignment_impact_to_delta (AlignmentImpact impact)
{
  return impact == ALIGNMENT_IMPACT_POSITIVE ? 1
       : impact == ALIGNMENT_IMPACT_NEGATIVE ? -1 : 0;
}

/* The file format's tokens of @flags, space-separated in realm order
 * ("operational relational"); "" for none.  Newly allocated. */
char       *alignment_realm_flags_to_tokens (AlignmentRealmFlags flags);
/* Parses what alignment_realm_flags_to_tokens() writes, in any order:
 * tokens separated by one space.  FALSE for anything else. */
gboolean    alignment_realm_flags_from_tokens (const char          *tokens,
                                               AlignmentRealmFlags *flags);
/* The translated realm names of @flags joined for reading
 * ("Operational and relational"); NULL for none.  Newly allocated. */
char       *alignment_realm_flags_to_label  (AlignmentRealmFlags flags);

/* "Operational" and "good-faith effort": the two names of one axis. */
const char *alignment_realm_get_label           (AlignmentRealm realm);
const char *alignment_realm_get_trust_dimension (AlignmentRealm realm);

G_END_DECLS
