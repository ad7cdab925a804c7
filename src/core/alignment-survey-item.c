/* alignment-survey-item.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "alignment-core-private.h"
#include "alignment-survey.h"
#include "alignment-survey-item.h"

struct _AlignmentSurveyItem
{
  GObject         parent_instance;
  guint           number;
  char           *text;
  AlignmentRealm  realm;
  gboolean        reverse;
};

G_DEFINE_FINAL_TYPE (AlignmentSurveyItem, alignment_survey_item, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_NUMBER,
  PROP_TEXT,
  PROP_REALM,
  PROP_REVERSE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
alignment_survey_item_finalize (GObject *object)
{
  AlignmentSurveyItem *self = ALIGNMENT_SURVEY_ITEM (object);

  g_free (self->text);

  G_OBJECT_CLASS (alignment_survey_item_parent_class)->finalize (object);
}

static void
alignment_survey_item_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  AlignmentSurveyItem *self = ALIGNMENT_SURVEY_ITEM (object);

  switch (prop_id)
    {
    case PROP_NUMBER:
      g_value_set_uint (value, self->number);
      break;
    case PROP_TEXT:
      g_value_set_string (value, alignment_survey_item_get_text (self));
      break;
    case PROP_REALM:
      g_value_set_enum (value, self->realm);
      break;
    case PROP_REVERSE:
      g_value_set_boolean (value, self->reverse);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
alignment_survey_item_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  AlignmentSurveyItem *self = ALIGNMENT_SURVEY_ITEM (object);

  switch (prop_id)
    {
    case PROP_NUMBER:
      alignment_survey_item_set_number (self, g_value_get_uint (value));
      break;
    case PROP_TEXT:
      alignment_survey_item_set_text (self, g_value_get_string (value));
      break;
    case PROP_REALM:
      alignment_survey_item_set_realm (self, g_value_get_enum (value));
      break;
    case PROP_REVERSE:
      alignment_survey_item_set_reverse (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
alignment_survey_item_class_init (AlignmentSurveyItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = alignment_survey_item_finalize;
  object_class->get_property = alignment_survey_item_get_property;
  object_class->set_property = alignment_survey_item_set_property;

  properties[PROP_NUMBER] =
    g_param_spec_uint ("number", NULL, NULL, 1, ALIGNMENT_SURVEY_N_ITEMS, 1,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_REALM] =
    g_param_spec_enum ("realm", NULL, NULL,
                       ALIGNMENT_TYPE_REALM, ALIGNMENT_REALM_CONTRACTUAL,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_REVERSE] =
    g_param_spec_boolean ("reverse", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
alignment_survey_item_init (AlignmentSurveyItem *self)
{
  self->number = 1;
}

AlignmentSurveyItem *
alignment_survey_item_new (guint           number,
                           AlignmentRealm  realm,
                           gboolean        reverse,
                           const char     *text)
{
  g_return_val_if_fail (number >= 1 && number <= ALIGNMENT_SURVEY_N_ITEMS, NULL);

  return g_object_new (ALIGNMENT_TYPE_SURVEY_ITEM,
                       "number", number,
                       "realm", realm,
                       "reverse", reverse,
                       "text", text,
                       NULL);
}

guint
alignment_survey_item_get_number (AlignmentSurveyItem *self)
{
  g_return_val_if_fail (ALIGNMENT_IS_SURVEY_ITEM (self), 0);

  return self->number;
}

void
alignment_survey_item_set_number (AlignmentSurveyItem *self,
                                  guint                number)
{
  g_return_if_fail (ALIGNMENT_IS_SURVEY_ITEM (self));
  g_return_if_fail (number >= 1 && number <= ALIGNMENT_SURVEY_N_ITEMS);

  if (self->number == number)
    return;

  self->number = number;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NUMBER]);
}

const char *
alignment_survey_item_get_text (AlignmentSurveyItem *self)
{
  g_return_val_if_fail (ALIGNMENT_IS_SURVEY_ITEM (self), NULL);

  return alignment_text_or_empty (self->text);
}

void
alignment_survey_item_set_text (AlignmentSurveyItem *self,
                                const char          *text)
{
  g_return_if_fail (ALIGNMENT_IS_SURVEY_ITEM (self));

  if (alignment_set_text (&self->text, text))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEXT]);
}

AlignmentRealm
alignment_survey_item_get_realm (AlignmentSurveyItem *self)
{
  g_return_val_if_fail (ALIGNMENT_IS_SURVEY_ITEM (self), ALIGNMENT_REALM_CONTRACTUAL);

  return self->realm;
}

void
alignment_survey_item_set_realm (AlignmentSurveyItem *self,
                                 AlignmentRealm       realm)
{
  g_return_if_fail (ALIGNMENT_IS_SURVEY_ITEM (self));
  g_return_if_fail (realm < ALIGNMENT_N_REALMS);

  if (self->realm == realm)
    return;

  self->realm = realm;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REALM]);
}

gboolean
alignment_survey_item_get_reverse (AlignmentSurveyItem *self)
{
  g_return_val_if_fail (ALIGNMENT_IS_SURVEY_ITEM (self), FALSE);

  return self->reverse;
}

void
alignment_survey_item_set_reverse (AlignmentSurveyItem *self,
                                   gboolean             reverse)
{
  g_return_if_fail (ALIGNMENT_IS_SURVEY_ITEM (self));

  reverse = !!reverse;
  if (self->reverse == reverse)
    return;

  self->reverse = reverse;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REVERSE]);
}

gboolean
alignment_survey_item_equal (AlignmentSurveyItem *a,
                             AlignmentSurveyItem *b)
{
  g_return_val_if_fail (ALIGNMENT_IS_SURVEY_ITEM (a), FALSE);
  g_return_val_if_fail (ALIGNMENT_IS_SURVEY_ITEM (b), FALSE);

  return a->number == b->number
         && a->realm == b->realm
         && a->reverse == b->reverse
         && g_strcmp0 (a->text, b->text) == 0;
}
