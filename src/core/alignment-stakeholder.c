/* alignment-stakeholder.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "alignment-core-private.h"
#include "alignment-stakeholder.h"

struct _AlignmentStakeholder
{
  GObject         parent_instance;
  char           *name;
  char           *function;
  AlignmentParty  party;
};

G_DEFINE_FINAL_TYPE (AlignmentStakeholder, alignment_stakeholder, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_NAME,
  PROP_PARTY,
  PROP_FUNCTION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
alignment_stakeholder_finalize (GObject *object)
{
  AlignmentStakeholder *self = ALIGNMENT_STAKEHOLDER (object);

  g_free (self->name);
  g_free (self->function);

  G_OBJECT_CLASS (alignment_stakeholder_parent_class)->finalize (object);
}

static void
alignment_stakeholder_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  AlignmentStakeholder *self = ALIGNMENT_STAKEHOLDER (object);

  switch (prop_id)
    {
    case PROP_NAME:
      g_value_set_string (value, alignment_stakeholder_get_name (self));
      break;
    case PROP_PARTY:
      g_value_set_enum (value, self->party);
      break;
    case PROP_FUNCTION:
      g_value_set_string (value, alignment_stakeholder_get_function (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
alignment_stakeholder_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  AlignmentStakeholder *self = ALIGNMENT_STAKEHOLDER (object);

  switch (prop_id)
    {
    case PROP_NAME:
      alignment_stakeholder_set_name (self, g_value_get_string (value));
      break;
    case PROP_PARTY:
      alignment_stakeholder_set_party (self, g_value_get_enum (value));
      break;
    case PROP_FUNCTION:
      alignment_stakeholder_set_function (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
alignment_stakeholder_class_init (AlignmentStakeholderClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = alignment_stakeholder_finalize;
  object_class->get_property = alignment_stakeholder_get_property;
  object_class->set_property = alignment_stakeholder_set_property;

  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PARTY] =
    g_param_spec_enum ("party", NULL, NULL, ALIGNMENT_TYPE_PARTY, ALIGNMENT_PARTY_UNKNOWN,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_FUNCTION] =
    g_param_spec_string ("function", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
alignment_stakeholder_init (AlignmentStakeholder *self)
{
}

AlignmentStakeholder *
alignment_stakeholder_new (const char     *name,
                           AlignmentParty  party,
                           const char     *function)
{
  return g_object_new (ALIGNMENT_TYPE_STAKEHOLDER,
                       "name", name,
                       "party", party,
                       "function", function,
                       NULL);
}

const char *
alignment_stakeholder_get_name (AlignmentStakeholder *self)
{
  g_return_val_if_fail (ALIGNMENT_IS_STAKEHOLDER (self), NULL);

  return alignment_text_or_empty (self->name);
}

void
alignment_stakeholder_set_name (AlignmentStakeholder *self,
                                const char           *name)
{
  g_return_if_fail (ALIGNMENT_IS_STAKEHOLDER (self));

  if (alignment_set_text (&self->name, name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

AlignmentParty
alignment_stakeholder_get_party (AlignmentStakeholder *self)
{
  g_return_val_if_fail (ALIGNMENT_IS_STAKEHOLDER (self), ALIGNMENT_PARTY_UNKNOWN);

  return self->party;
}

void
alignment_stakeholder_set_party (AlignmentStakeholder *self,
                                 AlignmentParty        party)
{
  g_return_if_fail (ALIGNMENT_IS_STAKEHOLDER (self));

  if (self->party == party)
    return;

  self->party = party;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PARTY]);
}

const char *
alignment_stakeholder_get_function (AlignmentStakeholder *self)
{
  g_return_val_if_fail (ALIGNMENT_IS_STAKEHOLDER (self), NULL);

  return alignment_text_or_empty (self->function);
}

void
alignment_stakeholder_set_function (AlignmentStakeholder *self,
                                    const char           *function)
{
  g_return_if_fail (ALIGNMENT_IS_STAKEHOLDER (self));

  if (alignment_set_text (&self->function, function))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FUNCTION]);
}
