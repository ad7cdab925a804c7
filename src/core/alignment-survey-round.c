/* alignment-survey-round.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "alignment-core-private.h"
#include "alignment-survey-response.h"
#include "alignment-survey-round.h"

struct _AlignmentSurveyRound
{
  GObject     parent_instance;
  char       *name;
  guint32     date;
  GListStore *responses;
};

G_DEFINE_FINAL_TYPE (AlignmentSurveyRound, alignment_survey_round, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_NAME,
  PROP_DATE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
alignment_survey_round_finalize (GObject *object)
{
  AlignmentSurveyRound *self = ALIGNMENT_SURVEY_ROUND (object);

  g_free (self->name);
  g_clear_object (&self->responses);

  G_OBJECT_CLASS (alignment_survey_round_parent_class)->finalize (object);
}

static void
alignment_survey_round_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  AlignmentSurveyRound *self = ALIGNMENT_SURVEY_ROUND (object);

  switch (prop_id)
    {
    case PROP_NAME:
      g_value_set_string (value, alignment_survey_round_get_name (self));
      break;
    case PROP_DATE:
      g_value_set_uint (value, self->date);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
alignment_survey_round_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  AlignmentSurveyRound *self = ALIGNMENT_SURVEY_ROUND (object);

  switch (prop_id)
    {
    case PROP_NAME:
      alignment_survey_round_set_name (self, g_value_get_string (value));
      break;
    case PROP_DATE:
      alignment_survey_round_set_date (self, g_value_get_uint (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
alignment_survey_round_class_init (AlignmentSurveyRoundClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = alignment_survey_round_finalize;
  object_class->get_property = alignment_survey_round_get_property;
  object_class->set_property = alignment_survey_round_set_property;

  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DATE] =
    g_param_spec_uint ("date", NULL, NULL, 0, G_MAXUINT32, 0,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
alignment_survey_round_init (AlignmentSurveyRound *self)
{
  self->responses = g_list_store_new (ALIGNMENT_TYPE_SURVEY_RESPONSE);
}

AlignmentSurveyRound *
alignment_survey_round_new (const char *name,
                            guint32     date)
{
  return g_object_new (ALIGNMENT_TYPE_SURVEY_ROUND, "name", name, "date", date, NULL);
}

const char *
alignment_survey_round_get_name (AlignmentSurveyRound *self)
{
  g_return_val_if_fail (ALIGNMENT_IS_SURVEY_ROUND (self), NULL);

  return alignment_text_or_empty (self->name);
}

void
alignment_survey_round_set_name (AlignmentSurveyRound *self,
                                 const char           *name)
{
  g_return_if_fail (ALIGNMENT_IS_SURVEY_ROUND (self));

  if (alignment_set_text (&self->name, name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

guint32
alignment_survey_round_get_date (AlignmentSurveyRound *self)
{
  g_return_val_if_fail (ALIGNMENT_IS_SURVEY_ROUND (self), 0);

  return self->date;
}

void
alignment_survey_round_set_date (AlignmentSurveyRound *self,
                                 guint32               date)
{
  g_return_if_fail (ALIGNMENT_IS_SURVEY_ROUND (self));

  if (self->date == date)
    return;

  self->date = date;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATE]);
}

GListStore *
alignment_survey_round_get_responses (AlignmentSurveyRound *self)
{
  g_return_val_if_fail (ALIGNMENT_IS_SURVEY_ROUND (self), NULL);

  return self->responses;
}

gboolean
alignment_survey_round_equal (AlignmentSurveyRound *a,
                              AlignmentSurveyRound *b)
{
  GListModel *ra, *rb;
  guint n;

  g_return_val_if_fail (ALIGNMENT_IS_SURVEY_ROUND (a), FALSE);
  g_return_val_if_fail (ALIGNMENT_IS_SURVEY_ROUND (b), FALSE);

  ra = G_LIST_MODEL (a->responses);
  rb = G_LIST_MODEL (b->responses);
  n = g_list_model_get_n_items (ra);
  if (g_strcmp0 (a->name, b->name) != 0 || a->date != b->date || n != g_list_model_get_n_items (rb))
    return FALSE;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AlignmentSurveyResponse) x = g_list_model_get_item (ra, i);
      g_autoptr(AlignmentSurveyResponse) y = g_list_model_get_item (rb, i);

      if (!alignment_survey_response_equal (x, y))
        return FALSE;
    }

  return TRUE;
}
