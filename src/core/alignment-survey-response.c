/* alignment-survey-response.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "alignment-core-private.h"
#include "alignment-survey.h"
#include "alignment-survey-response.h"

#define NO_ANSWER '-'

struct _AlignmentSurveyResponse
{
  GObject         parent_instance;
  AlignmentParty  party;
  char           *respondent;
  char            answers[ALIGNMENT_SURVEY_N_ITEMS + 1];
};

G_DEFINE_FINAL_TYPE (AlignmentSurveyResponse, alignment_survey_response, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_PARTY,
  PROP_RESPONDENT,
  PROP_ANSWERS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
alignment_survey_response_finalize (GObject *object)
{
  AlignmentSurveyResponse *self = ALIGNMENT_SURVEY_RESPONSE (object);

  g_free (self->respondent);

  G_OBJECT_CLASS (alignment_survey_response_parent_class)->finalize (object);
}

static void
alignment_survey_response_get_property (GObject    *object,
                                        guint       prop_id,
                                        GValue     *value,
                                        GParamSpec *pspec)
{
  AlignmentSurveyResponse *self = ALIGNMENT_SURVEY_RESPONSE (object);

  switch (prop_id)
    {
    case PROP_PARTY:
      g_value_set_enum (value, self->party);
      break;
    case PROP_RESPONDENT:
      g_value_set_string (value, alignment_survey_response_get_respondent (self));
      break;
    case PROP_ANSWERS:
      g_value_set_string (value, self->answers);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
alignment_survey_response_set_property (GObject      *object,
                                        guint         prop_id,
                                        const GValue *value,
                                        GParamSpec   *pspec)
{
  AlignmentSurveyResponse *self = ALIGNMENT_SURVEY_RESPONSE (object);

  switch (prop_id)
    {
    case PROP_PARTY:
      alignment_survey_response_set_party (self, g_value_get_enum (value));
      break;
    case PROP_RESPONDENT:
      alignment_survey_response_set_respondent (self, g_value_get_string (value));
      break;
    case PROP_ANSWERS:
      if (!alignment_survey_response_set_answers (self, g_value_get_string (value)))
        g_warning ("“%s” is not a survey response's answers", g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
alignment_survey_response_class_init (AlignmentSurveyResponseClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = alignment_survey_response_finalize;
  object_class->get_property = alignment_survey_response_get_property;
  object_class->set_property = alignment_survey_response_set_property;

  properties[PROP_PARTY] =
    g_param_spec_enum ("party", NULL, NULL,
                       ALIGNMENT_TYPE_PARTY, ALIGNMENT_PARTY_UNKNOWN,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_RESPONDENT] =
    g_param_spec_string ("respondent", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ANSWERS] =
    g_param_spec_string ("answers", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
alignment_survey_response_init (AlignmentSurveyResponse *self)
{
  memset (self->answers, NO_ANSWER, ALIGNMENT_SURVEY_N_ITEMS);
  self->answers[ALIGNMENT_SURVEY_N_ITEMS] = '\0';
}

AlignmentSurveyResponse *
alignment_survey_response_new (AlignmentParty party)
{
  return g_object_new (ALIGNMENT_TYPE_SURVEY_RESPONSE, "party", party, NULL);
}

AlignmentParty
alignment_survey_response_get_party (AlignmentSurveyResponse *self)
{
  g_return_val_if_fail (ALIGNMENT_IS_SURVEY_RESPONSE (self), ALIGNMENT_PARTY_UNKNOWN);

  return self->party;
}

void
alignment_survey_response_set_party (AlignmentSurveyResponse *self,
                                     AlignmentParty           party)
{
  g_return_if_fail (ALIGNMENT_IS_SURVEY_RESPONSE (self));

  if (self->party == party)
    return;

  self->party = party;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PARTY]);
}

const char *
alignment_survey_response_get_respondent (AlignmentSurveyResponse *self)
{
  g_return_val_if_fail (ALIGNMENT_IS_SURVEY_RESPONSE (self), NULL);

  return alignment_text_or_empty (self->respondent);
}

void
alignment_survey_response_set_respondent (AlignmentSurveyResponse *self,
                                          const char              *respondent)
{
  g_return_if_fail (ALIGNMENT_IS_SURVEY_RESPONSE (self));

  if (alignment_set_text (&self->respondent, respondent))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RESPONDENT]);
}

guint
alignment_survey_response_get_answer (AlignmentSurveyResponse *self,
                                      guint                    number)
{
  char c;

  g_return_val_if_fail (ALIGNMENT_IS_SURVEY_RESPONSE (self), 0);
  g_return_val_if_fail (number >= 1 && number <= ALIGNMENT_SURVEY_N_ITEMS, 0);

  c = self->answers[number - 1];
  return c == NO_ANSWER ? 0 : (guint) (c - '0');
}

void
alignment_survey_response_set_answer (AlignmentSurveyResponse *self,
                                      guint                    number,
                                      guint                    answer)
{
  char c;

  g_return_if_fail (ALIGNMENT_IS_SURVEY_RESPONSE (self));
  g_return_if_fail (number >= 1 && number <= ALIGNMENT_SURVEY_N_ITEMS);
  g_return_if_fail (answer <= ALIGNMENT_SURVEY_MAX_ANSWER);

  c = answer == 0 ? NO_ANSWER : (char) ('0' + answer);
  if (self->answers[number - 1] == c)
    return;

  self->answers[number - 1] = c;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ANSWERS]);
}

guint
alignment_survey_response_count_answers (AlignmentSurveyResponse *self)
{
  guint n = 0;

  g_return_val_if_fail (ALIGNMENT_IS_SURVEY_RESPONSE (self), 0);

  for (guint i = 0; i < ALIGNMENT_SURVEY_N_ITEMS; i++)
    n += self->answers[i] != NO_ANSWER;
  return n;
}

const char *
alignment_survey_response_get_answers (AlignmentSurveyResponse *self)
{
  g_return_val_if_fail (ALIGNMENT_IS_SURVEY_RESPONSE (self), NULL);

  return self->answers;
}

gboolean
alignment_survey_response_set_answers (AlignmentSurveyResponse *self,
                                       const char              *answers)
{
  g_return_val_if_fail (ALIGNMENT_IS_SURVEY_RESPONSE (self), FALSE);

  if (answers == NULL || strlen (answers) != ALIGNMENT_SURVEY_N_ITEMS)
    return FALSE;
  for (guint i = 0; i < ALIGNMENT_SURVEY_N_ITEMS; i++)
    if (answers[i] != NO_ANSWER
        && (answers[i] < '0' + ALIGNMENT_SURVEY_MIN_ANSWER || answers[i] > '0' + ALIGNMENT_SURVEY_MAX_ANSWER))
      return FALSE;

  if (strcmp (self->answers, answers) == 0)
    return TRUE;

  memcpy (self->answers, answers, ALIGNMENT_SURVEY_N_ITEMS);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ANSWERS]);
  return TRUE;
}

gboolean
alignment_survey_response_equal (AlignmentSurveyResponse *a,
                                 AlignmentSurveyResponse *b)
{
  g_return_val_if_fail (ALIGNMENT_IS_SURVEY_RESPONSE (a), FALSE);
  g_return_val_if_fail (ALIGNMENT_IS_SURVEY_RESPONSE (b), FALSE);

  return a->party == b->party
         && g_strcmp0 (a->respondent, b->respondent) == 0
         && strcmp (a->answers, b->answers) == 0;
}
