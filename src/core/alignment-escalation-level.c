/* alignment-escalation-level.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "alignment-core-private.h"
#include "alignment-escalation-level.h"

struct _AlignmentEscalationLevel
{
  GObject  parent_instance;
  guint    number;
  char    *name;
  char    *covers;
};

G_DEFINE_FINAL_TYPE (AlignmentEscalationLevel, alignment_escalation_level, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_NUMBER,
  PROP_NAME,
  PROP_COVERS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
alignment_escalation_level_finalize (GObject *object)
{
  AlignmentEscalationLevel *self = ALIGNMENT_ESCALATION_LEVEL (object);

  g_free (self->name);
  g_free (self->covers);

  G_OBJECT_CLASS (alignment_escalation_level_parent_class)->finalize (object);
}

static void
alignment_escalation_level_get_property (GObject    *object,
                                         guint       prop_id,
                                         GValue     *value,
                                         GParamSpec *pspec)
{
  AlignmentEscalationLevel *self = ALIGNMENT_ESCALATION_LEVEL (object);

  switch (prop_id)
    {
    case PROP_NUMBER:
      g_value_set_uint (value, self->number);
      break;
    case PROP_NAME:
      g_value_set_string (value, alignment_escalation_level_get_name (self));
      break;
    case PROP_COVERS:
      g_value_set_string (value, alignment_escalation_level_get_covers (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
alignment_escalation_level_set_property (GObject      *object,
                                         guint         prop_id,
                                         const GValue *value,
                                         GParamSpec   *pspec)
{
  AlignmentEscalationLevel *self = ALIGNMENT_ESCALATION_LEVEL (object);

  switch (prop_id)
    {
    case PROP_NUMBER:
      alignment_escalation_level_set_number (self, g_value_get_uint (value));
      break;
    case PROP_NAME:
      alignment_escalation_level_set_name (self, g_value_get_string (value));
      break;
    case PROP_COVERS:
      alignment_escalation_level_set_covers (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
alignment_escalation_level_class_init (AlignmentEscalationLevelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = alignment_escalation_level_finalize;
  object_class->get_property = alignment_escalation_level_get_property;
  object_class->set_property = alignment_escalation_level_set_property;

  properties[PROP_NUMBER] =
    g_param_spec_uint ("number", NULL, NULL, 1, G_MAXUINT, 1,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_COVERS] =
    g_param_spec_string ("covers", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
alignment_escalation_level_init (AlignmentEscalationLevel *self)
{
  self->number = 1;
}

AlignmentEscalationLevel *
alignment_escalation_level_new (guint       number,
                                const char *name,
                                const char *covers)
{
  return g_object_new (ALIGNMENT_TYPE_ESCALATION_LEVEL,
                       "number", MAX (number, 1),
                       "name", name,
                       "covers", covers,
                       NULL);
}

guint
alignment_escalation_level_get_number (AlignmentEscalationLevel *self)
{
  g_return_val_if_fail (ALIGNMENT_IS_ESCALATION_LEVEL (self), 0);

  return self->number;
}

void
alignment_escalation_level_set_number (AlignmentEscalationLevel *self,
                                       guint                     number)
{
  g_return_if_fail (ALIGNMENT_IS_ESCALATION_LEVEL (self));
  g_return_if_fail (number >= 1);

  if (self->number == number)
    return;

  self->number = number;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NUMBER]);
}

const char *
alignment_escalation_level_get_name (AlignmentEscalationLevel *self)
{
  g_return_val_if_fail (ALIGNMENT_IS_ESCALATION_LEVEL (self), NULL);

  return alignment_text_or_empty (self->name);
}

void
alignment_escalation_level_set_name (AlignmentEscalationLevel *self,
                                     const char               *name)
{
  g_return_if_fail (ALIGNMENT_IS_ESCALATION_LEVEL (self));

  if (alignment_set_text (&self->name, name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

const char *
alignment_escalation_level_get_covers (AlignmentEscalationLevel *self)
{
  g_return_val_if_fail (ALIGNMENT_IS_ESCALATION_LEVEL (self), NULL);

  return alignment_text_or_empty (self->covers);
}

void
alignment_escalation_level_set_covers (AlignmentEscalationLevel *self,
                                       const char               *covers)
{
  g_return_if_fail (ALIGNMENT_IS_ESCALATION_LEVEL (self));

  if (alignment_set_text (&self->covers, covers))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COVERS]);
}

gboolean
alignment_escalation_level_equal (AlignmentEscalationLevel *a,
                                  AlignmentEscalationLevel *b)
{
  g_return_val_if_fail (ALIGNMENT_IS_ESCALATION_LEVEL (a), FALSE);
  g_return_val_if_fail (ALIGNMENT_IS_ESCALATION_LEVEL (b), FALSE);

  return a->number == b->number
         && strcmp (alignment_escalation_level_get_name (a), alignment_escalation_level_get_name (b)) == 0
         && strcmp (alignment_escalation_level_get_covers (a), alignment_escalation_level_get_covers (b)) == 0;
}
