/* alignment-signal.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "alignment-core-private.h"
#include "alignment-signal-private.h"

/* understood, urgency as understood, then the six impacts */
#define N_ESTIMATES (2 + ALIGNMENT_N_PARTIES * ALIGNMENT_N_REALMS)
#define ESTIMATE_UNDERSTOOD 0
#define ESTIMATE_URGENCY_UNDERSTOOD 1
#define ESTIMATE_IMPACT_FIRST 2

/* A case can hold a million signals: enums are bytes and dates are Julian
 * day numbers, so that analysis runs over plain fields. */
struct _AlignmentSignal
{
  GObject    parent_instance;

  char      *id;
  char      *trigger;
  char      *recipients;
  char      *message;
  char      *goal;
  char      *reaction;
  char      *board;
  GPtrArray *foreign;
  char      *stable_id;  /* NULL until needed; see alignment_signal_ensure_stable_id() */

  guint32    start;
  guint32    end;
  guint      thread;
  guint      escalation_level;
  guint8     letter_offset;  /* the letters start at id + letter_offset */
  guint8     type;
  guint8     sender;
  guint8     understood;
  guint8     urgency;
  guint8     urgency_understood;
  guint8     impact[ALIGNMENT_N_PARTIES * ALIGNMENT_N_REALMS];
  /* The other party's estimates of the perceptions above, in the order
   * of estimate_property_names. */
  guint8     estimate[N_ESTIMATES];

  AlignmentSignalWatch watch;
  gpointer   watch_data;
};

G_DEFINE_FINAL_TYPE (AlignmentSignal, alignment_signal, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_THREAD,
  PROP_LETTER,
  PROP_SIGNAL_TYPE,
  PROP_SENDER,
  PROP_TRIGGER,
  PROP_START_DATE,
  PROP_END_DATE,
  PROP_RECIPIENTS,
  PROP_MESSAGE,
  PROP_GOAL,
  PROP_UNDERSTOOD,
  PROP_URGENCY,
  PROP_URGENCY_UNDERSTOOD,
  PROP_REACTION,
  PROP_IMPACT_FIRST,
  PROP_IMPACT_LAST = PROP_IMPACT_FIRST + ALIGNMENT_N_PARTIES * ALIGNMENT_N_REALMS - 1,
  PROP_BOARD,
  PROP_ESCALATION_LEVEL,
  PROP_ESTIMATE_FIRST,
  PROP_ESTIMATE_LAST = PROP_ESTIMATE_FIRST + N_ESTIMATES - 1,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char * const impact_property_names[] = {
  "customer-contractual", "customer-operational", "customer-relational",
  "provider-contractual", "provider-operational", "provider-relational",
};

static const char * const estimate_property_names[] = {
  "understood-estimate", "urgency-understood-estimate",
  "customer-contractual-estimate", "customer-operational-estimate", "customer-relational-estimate",
  "provider-contractual-estimate", "provider-operational-estimate", "provider-relational-estimate",
};

G_STATIC_ASSERT (G_N_ELEMENTS (estimate_property_names) == N_ESTIMATES);

static void alignment_signal_get_property (GObject    *object,
                                           guint       prop_id,
                                           GValue     *value,
                                           GParamSpec *pspec);

/* Every setter that changes a writable property goes through these two:
 * the watch sees the old value, and then everyone is notified. */
static void
change_begin (AlignmentSignal *self,
              guint            prop,
              GValue          *old_value)
{
  if (self->watch == NULL)
    return;

  g_value_init (old_value, properties[prop]->value_type);
  alignment_signal_get_property (G_OBJECT (self), prop, old_value, properties[prop]);
}

static void
change_end (AlignmentSignal *self,
            guint            prop,
            GValue          *old_value)
{
  if (self->watch != NULL)
    {
      self->watch (self, properties[prop], old_value, self->watch_data);
      g_value_unset (old_value);
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
}

static void
set_text (AlignmentSignal  *self,
          char            **field,
          const char       *value,
          guint             prop)
{
  GValue old_value = G_VALUE_INIT;

  if (value != NULL && *value == '\0')
    value = NULL;
  if (g_strcmp0 (*field, value) == 0)
    return;

  change_begin (self, prop, &old_value);
  alignment_set_text (field, value);
  change_end (self, prop, &old_value);
}

static void
set_byte (AlignmentSignal *self,
          guint8          *field,
          int              value,
          guint            prop)
{
  GValue old_value = G_VALUE_INIT;

  if (*field == (guint8) value)
    return;

  change_begin (self, prop, &old_value);
  *field = (guint8) value;
  change_end (self, prop, &old_value);
}

static GDate *
julian_to_boxed (guint32 julian)
{
  return julian != 0 ? g_date_new_julian (julian) : NULL;
}

static guint32
date_to_julian (const GDate *date)
{
  return date != NULL && g_date_valid (date) ? g_date_get_julian (date) : 0;
}

static void
alignment_signal_finalize (GObject *object)
{
  AlignmentSignal *self = ALIGNMENT_SIGNAL (object);

  g_free (self->id);
  g_free (self->trigger);
  g_free (self->recipients);
  g_free (self->message);
  g_free (self->goal);
  g_free (self->reaction);
  g_free (self->board);
  g_clear_pointer (&self->foreign, g_ptr_array_unref);
  g_free (self->stable_id);

  G_OBJECT_CLASS (alignment_signal_parent_class)->finalize (object);
}

static void
alignment_signal_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  AlignmentSignal *self = ALIGNMENT_SIGNAL (object);

  if (prop_id >= PROP_IMPACT_FIRST && prop_id <= PROP_IMPACT_LAST)
    {
      g_value_set_enum (value, self->impact[prop_id - PROP_IMPACT_FIRST]);
      return;
    }

  if (prop_id >= PROP_ESTIMATE_FIRST && prop_id <= PROP_ESTIMATE_LAST)
    {
      g_value_set_enum (value, self->estimate[prop_id - PROP_ESTIMATE_FIRST]);
      return;
    }

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, alignment_signal_get_id (self));
      break;
    case PROP_THREAD:
      g_value_set_uint (value, self->thread);
      break;
    case PROP_LETTER:
      g_value_set_string (value, alignment_signal_get_letter (self));
      break;
    case PROP_SIGNAL_TYPE:
      g_value_set_enum (value, self->type);
      break;
    case PROP_SENDER:
      g_value_set_enum (value, self->sender);
      break;
    case PROP_TRIGGER:
      g_value_set_string (value, alignment_signal_get_trigger (self));
      break;
    case PROP_START_DATE:
      g_value_take_boxed (value, julian_to_boxed (self->start));
      break;
    case PROP_END_DATE:
      g_value_take_boxed (value, julian_to_boxed (self->end));
      break;
    case PROP_RECIPIENTS:
      g_value_set_string (value, alignment_signal_get_recipients (self));
      break;
    case PROP_MESSAGE:
      g_value_set_string (value, alignment_signal_get_message (self));
      break;
    case PROP_GOAL:
      g_value_set_string (value, alignment_signal_get_goal (self));
      break;
    case PROP_UNDERSTOOD:
      g_value_set_enum (value, self->understood);
      break;
    case PROP_URGENCY:
      g_value_set_enum (value, self->urgency);
      break;
    case PROP_URGENCY_UNDERSTOOD:
      g_value_set_enum (value, self->urgency_understood);
      break;
    case PROP_REACTION:
      g_value_set_string (value, alignment_signal_get_reaction (self));
      break;
    case PROP_BOARD:
      g_value_set_string (value, alignment_signal_get_board (self));
      break;
    case PROP_ESCALATION_LEVEL:
      g_value_set_uint (value, self->escalation_level);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
alignment_signal_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  AlignmentSignal *self = ALIGNMENT_SIGNAL (object);

  if (prop_id >= PROP_IMPACT_FIRST && prop_id <= PROP_IMPACT_LAST)
    {
      guint index = prop_id - PROP_IMPACT_FIRST;

      set_byte (self, &self->impact[index], g_value_get_enum (value), prop_id);
      return;
    }

  if (prop_id >= PROP_ESTIMATE_FIRST && prop_id <= PROP_ESTIMATE_LAST)
    {
      guint index = prop_id - PROP_ESTIMATE_FIRST;

      set_byte (self, &self->estimate[index], g_value_get_enum (value), prop_id);
      return;
    }

  switch (prop_id)
    {
    case PROP_ID:
      alignment_signal_set_id (self, g_value_get_string (value));
      break;
    case PROP_SIGNAL_TYPE:
      alignment_signal_set_signal_type (self, g_value_get_enum (value));
      break;
    case PROP_SENDER:
      alignment_signal_set_sender (self, g_value_get_enum (value));
      break;
    case PROP_TRIGGER:
      alignment_signal_set_trigger (self, g_value_get_string (value));
      break;
    case PROP_START_DATE:
      alignment_signal_set_start_date (self, g_value_get_boxed (value));
      break;
    case PROP_END_DATE:
      alignment_signal_set_end_date (self, g_value_get_boxed (value));
      break;
    case PROP_RECIPIENTS:
      alignment_signal_set_recipients (self, g_value_get_string (value));
      break;
    case PROP_MESSAGE:
      alignment_signal_set_message (self, g_value_get_string (value));
      break;
    case PROP_GOAL:
      alignment_signal_set_goal (self, g_value_get_string (value));
      break;
    case PROP_UNDERSTOOD:
      alignment_signal_set_understood (self, g_value_get_enum (value));
      break;
    case PROP_URGENCY:
      alignment_signal_set_urgency (self, g_value_get_enum (value));
      break;
    case PROP_URGENCY_UNDERSTOOD:
      alignment_signal_set_urgency_understood (self, g_value_get_enum (value));
      break;
    case PROP_REACTION:
      alignment_signal_set_reaction (self, g_value_get_string (value));
      break;
    case PROP_BOARD:
      alignment_signal_set_board (self, g_value_get_string (value));
      break;
    case PROP_ESCALATION_LEVEL:
      alignment_signal_set_escalation_level (self, g_value_get_uint (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static GParamSpec *
text_property (const char *name)
{
  return g_param_spec_string (name, NULL, NULL, NULL,
                              G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
}

static GParamSpec *
enum_property (const char *name,
               GType       type)
{
  return g_param_spec_enum (name, NULL, NULL, type, 0,
                            G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
}

static GParamSpec *
date_property (const char *name)
{
  return g_param_spec_boxed (name, NULL, NULL, G_TYPE_DATE,
                             G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
}

static void
alignment_signal_class_init (AlignmentSignalClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = alignment_signal_finalize;
  object_class->get_property = alignment_signal_get_property;
  object_class->set_property = alignment_signal_set_property;

  properties[PROP_ID] = text_property ("id");
  properties[PROP_THREAD] =
    g_param_spec_uint ("thread", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LETTER] =
    g_param_spec_string ("letter", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SIGNAL_TYPE] = enum_property ("signal-type", ALIGNMENT_TYPE_SIGNAL_TYPE);
  properties[PROP_SENDER] = enum_property ("sender", ALIGNMENT_TYPE_PARTY);
  properties[PROP_TRIGGER] = text_property ("trigger");
  properties[PROP_START_DATE] = date_property ("start-date");
  properties[PROP_END_DATE] = date_property ("end-date");
  properties[PROP_RECIPIENTS] = text_property ("recipients");
  properties[PROP_MESSAGE] = text_property ("message");
  properties[PROP_GOAL] = text_property ("goal");
  properties[PROP_UNDERSTOOD] = enum_property ("understood", ALIGNMENT_TYPE_UNDERSTOOD);
  properties[PROP_URGENCY] = enum_property ("urgency", ALIGNMENT_TYPE_URGENCY);
  properties[PROP_URGENCY_UNDERSTOOD] = enum_property ("urgency-understood", ALIGNMENT_TYPE_URGENCY);
  properties[PROP_REACTION] = text_property ("reaction");
  for (guint i = 0; i < G_N_ELEMENTS (impact_property_names); i++)
    properties[PROP_IMPACT_FIRST + i] = enum_property (impact_property_names[i], ALIGNMENT_TYPE_IMPACT);
  properties[PROP_BOARD] = text_property ("board");
  properties[PROP_ESCALATION_LEVEL] =
    g_param_spec_uint ("escalation-level", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ESTIMATE_FIRST + ESTIMATE_UNDERSTOOD] =
    enum_property (estimate_property_names[ESTIMATE_UNDERSTOOD], ALIGNMENT_TYPE_UNDERSTOOD);
  properties[PROP_ESTIMATE_FIRST + ESTIMATE_URGENCY_UNDERSTOOD] =
    enum_property (estimate_property_names[ESTIMATE_URGENCY_UNDERSTOOD], ALIGNMENT_TYPE_URGENCY);
  for (guint i = ESTIMATE_IMPACT_FIRST; i < N_ESTIMATES; i++)
    properties[PROP_ESTIMATE_FIRST + i] = enum_property (estimate_property_names[i], ALIGNMENT_TYPE_IMPACT);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
alignment_signal_init (AlignmentSignal *self)
{
}

AlignmentSignal *
alignment_signal_new (const char *id)
{
  AlignmentSignal *self = g_object_new (ALIGNMENT_TYPE_SIGNAL, NULL);

  /* Set directly: nobody listens yet. */
  alignment_signal_set_id (self, id);
  return self;
}

gboolean
alignment_signal_id_parse (const char  *id,
                           guint       *thread,
                           const char **letter)
{
  const char *p = id;
  guint64 number = 0;

  if (id == NULL || !g_ascii_isdigit (*p))
    return FALSE;

  for (; g_ascii_isdigit (*p); p++)
    {
      number = number * 10 + (guint64) (*p - '0');
      if (number > G_MAXUINT)
        return FALSE;
    }

  for (const char *q = p; *q; q++)
    if (!g_ascii_isalpha (*q))
      return FALSE;

  if (thread != NULL)
    *thread = (guint) number;
  if (letter != NULL)
    *letter = p;
  return TRUE;
}

const char *
alignment_signal_get_id (AlignmentSignal *self)
{
  g_return_val_if_fail (ALIGNMENT_IS_SIGNAL (self), NULL);

  return alignment_text_or_empty (self->id);
}

void
alignment_signal_set_id (AlignmentSignal *self,
                         const char      *id)
{
  guint thread = 0;
  const char *letter = NULL;
  guint old_thread;
  g_autofree char *old_letter = NULL;
  GValue old_id = G_VALUE_INIT;

  g_return_if_fail (ALIGNMENT_IS_SIGNAL (self));

  if (g_strcmp0 (self->id, id) == 0)
    return;

  change_begin (self, PROP_ID, &old_id);
  old_thread = self->thread;
  old_letter = g_strdup (alignment_signal_get_letter (self));

  g_free (self->id);
  self->id = g_strdup (id);

  /* All fields are updated before the first notification, so a listener
   * of "id" already sees the new thread and letter.  An id that is not
   * "<number><letters>" belongs to no thread (thread 0, no letter); the
   * case check reports it. */
  if (alignment_signal_id_parse (self->id, &thread, &letter) && letter - self->id <= G_MAXUINT8)
    {
      self->thread = thread;
      self->letter_offset = (guint8) (letter - self->id);
    }
  else
    {
      self->thread = 0;
      self->letter_offset = 0;
    }

  change_end (self, PROP_ID, &old_id);
  if (old_thread != self->thread)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_THREAD]);
  if (g_strcmp0 (old_letter, alignment_signal_get_letter (self)) != 0)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LETTER]);
}

guint
alignment_signal_get_thread (AlignmentSignal *self)
{
  g_return_val_if_fail (ALIGNMENT_IS_SIGNAL (self), 0);

  return self->thread;
}

const char *
alignment_signal_get_letter (AlignmentSignal *self)
{
  g_return_val_if_fail (ALIGNMENT_IS_SIGNAL (self), NULL);

  if (self->id == NULL || self->thread == 0)
    return "";
  return self->id + self->letter_offset;
}

#define ENUM_ACCESSORS(Type, name, field, PROP)                         \
  Type                                                                  \
  alignment_signal_get_##name (AlignmentSignal *self)                   \
  {                                                                     \
    g_return_val_if_fail (ALIGNMENT_IS_SIGNAL (self), 0);               \
    return (Type) self->field;                                          \
  }                                                                     \
                                                                        \
  void                                                                  \
  alignment_signal_set_##name (AlignmentSignal *self,                   \
                               Type             value)                  \
  {                                                                     \
    g_return_if_fail (ALIGNMENT_IS_SIGNAL (self));                      \
    g_return_if_fail ((guint) value <= G_MAXUINT8);                     \
    set_byte (self, &self->field, value, PROP);                         \
  }

ENUM_ACCESSORS (AlignmentSignalType, signal_type, type, PROP_SIGNAL_TYPE)
ENUM_ACCESSORS (AlignmentParty, sender, sender, PROP_SENDER)
ENUM_ACCESSORS (AlignmentUnderstood, understood, understood, PROP_UNDERSTOOD)
ENUM_ACCESSORS (AlignmentUrgency, urgency, urgency, PROP_URGENCY)
ENUM_ACCESSORS (AlignmentUrgency, urgency_understood, urgency_understood, PROP_URGENCY_UNDERSTOOD)
ENUM_ACCESSORS (AlignmentUnderstood, understood_estimate, estimate[ESTIMATE_UNDERSTOOD],
                PROP_ESTIMATE_FIRST + ESTIMATE_UNDERSTOOD)
ENUM_ACCESSORS (AlignmentUrgency, urgency_understood_estimate, estimate[ESTIMATE_URGENCY_UNDERSTOOD],
                PROP_ESTIMATE_FIRST + ESTIMATE_URGENCY_UNDERSTOOD)

#define TEXT_ACCESSORS(name, PROP)                                      \
  const char *                                                          \
  alignment_signal_get_##name (AlignmentSignal *self)                   \
  {                                                                     \
    g_return_val_if_fail (ALIGNMENT_IS_SIGNAL (self), NULL);            \
    return alignment_text_or_empty (self->name);                                  \
  }                                                                     \
                                                                        \
  void                                                                  \
  alignment_signal_set_##name (AlignmentSignal *self,                   \
                               const char      *text)                   \
  {                                                                     \
    g_return_if_fail (ALIGNMENT_IS_SIGNAL (self));                      \
    set_text (self, &self->name, text, PROP);                           \
  }

TEXT_ACCESSORS (trigger, PROP_TRIGGER)
TEXT_ACCESSORS (recipients, PROP_RECIPIENTS)
TEXT_ACCESSORS (message, PROP_MESSAGE)
TEXT_ACCESSORS (goal, PROP_GOAL)
TEXT_ACCESSORS (reaction, PROP_REACTION)
TEXT_ACCESSORS (board, PROP_BOARD)

guint
alignment_signal_get_escalation_level (AlignmentSignal *self)
{
  g_return_val_if_fail (ALIGNMENT_IS_SIGNAL (self), 0);

  return self->escalation_level;
}

void
alignment_signal_set_escalation_level (AlignmentSignal *self,
                                       guint            level)
{
  GValue old_value = G_VALUE_INIT;

  g_return_if_fail (ALIGNMENT_IS_SIGNAL (self));

  if (self->escalation_level == level)
    return;

  change_begin (self, PROP_ESCALATION_LEVEL, &old_value);
  self->escalation_level = level;
  change_end (self, PROP_ESCALATION_LEVEL, &old_value);
}

static void
set_julian (AlignmentSignal *self,
            guint32         *field,
            guint32          julian,
            guint            prop)
{
  GValue old_value = G_VALUE_INIT;

  g_return_if_fail (julian == 0 || g_date_valid_julian (julian));

  if (*field == julian)
    return;

  change_begin (self, prop, &old_value);
  *field = julian;
  change_end (self, prop, &old_value);
}

guint32
alignment_signal_get_start_julian (AlignmentSignal *self)
{
  g_return_val_if_fail (ALIGNMENT_IS_SIGNAL (self), 0);

  return self->start;
}

guint32
alignment_signal_get_end_julian (AlignmentSignal *self)
{
  g_return_val_if_fail (ALIGNMENT_IS_SIGNAL (self), 0);

  return self->end;
}

void
alignment_signal_set_start_julian (AlignmentSignal *self,
                                   guint32          julian)
{
  g_return_if_fail (ALIGNMENT_IS_SIGNAL (self));

  set_julian (self, &self->start, julian, PROP_START_DATE);
}

void
alignment_signal_set_end_julian (AlignmentSignal *self,
                                 guint32          julian)
{
  g_return_if_fail (ALIGNMENT_IS_SIGNAL (self));

  set_julian (self, &self->end, julian, PROP_END_DATE);
}

static gboolean
fill_date (guint32  julian,
           GDate   *date)
{
  g_date_clear (date, 1);
  if (julian == 0)
    return FALSE;

  g_date_set_julian (date, julian);
  return TRUE;
}

gboolean
alignment_signal_get_start_date (AlignmentSignal *self,
                                 GDate           *date)
{
  g_return_val_if_fail (ALIGNMENT_IS_SIGNAL (self), FALSE);
  g_return_val_if_fail (date != NULL, FALSE);

  return fill_date (self->start, date);
}

gboolean
alignment_signal_get_end_date (AlignmentSignal *self,
                               GDate           *date)
{
  g_return_val_if_fail (ALIGNMENT_IS_SIGNAL (self), FALSE);
  g_return_val_if_fail (date != NULL, FALSE);

  return fill_date (self->end, date);
}

void
alignment_signal_set_start_date (AlignmentSignal *self,
                                 const GDate     *date)
{
  alignment_signal_set_start_julian (self, date_to_julian (date));
}

void
alignment_signal_set_end_date (AlignmentSignal *self,
                               const GDate     *date)
{
  alignment_signal_set_end_julian (self, date_to_julian (date));
}

static guint
impact_index (AlignmentParty party,
              AlignmentRealm realm)
{
  return ALIGNMENT_PARTY_INDEX (party) * ALIGNMENT_N_REALMS + realm;
}

AlignmentImpact
alignment_signal_get_impact (AlignmentSignal *self,
                             AlignmentParty   party,
                             AlignmentRealm   realm)
{
  g_return_val_if_fail (ALIGNMENT_IS_SIGNAL (self), ALIGNMENT_IMPACT_UNKNOWN);
  g_return_val_if_fail (party == ALIGNMENT_PARTY_CUSTOMER || party == ALIGNMENT_PARTY_PROVIDER, ALIGNMENT_IMPACT_UNKNOWN);
  g_return_val_if_fail (realm < ALIGNMENT_N_REALMS, ALIGNMENT_IMPACT_UNKNOWN);

  return (AlignmentImpact) self->impact[impact_index (party, realm)];
}

void
alignment_signal_set_impact (AlignmentSignal *self,
                             AlignmentParty   party,
                             AlignmentRealm   realm,
                             AlignmentImpact  impact)
{
  guint index;

  g_return_if_fail (ALIGNMENT_IS_SIGNAL (self));
  g_return_if_fail (party == ALIGNMENT_PARTY_CUSTOMER || party == ALIGNMENT_PARTY_PROVIDER);
  g_return_if_fail (realm < ALIGNMENT_N_REALMS);
  g_return_if_fail (impact <= ALIGNMENT_IMPACT_POSITIVE);

  index = impact_index (party, realm);
  set_byte (self, &self->impact[index], impact, PROP_IMPACT_FIRST + index);
}

AlignmentImpact
alignment_signal_get_impact_estimate (AlignmentSignal *self,
                                      AlignmentParty   party,
                                      AlignmentRealm   realm)
{
  g_return_val_if_fail (ALIGNMENT_IS_SIGNAL (self), ALIGNMENT_IMPACT_UNKNOWN);
  g_return_val_if_fail (party == ALIGNMENT_PARTY_CUSTOMER || party == ALIGNMENT_PARTY_PROVIDER, ALIGNMENT_IMPACT_UNKNOWN);
  g_return_val_if_fail (realm < ALIGNMENT_N_REALMS, ALIGNMENT_IMPACT_UNKNOWN);

  return (AlignmentImpact) self->estimate[ESTIMATE_IMPACT_FIRST + impact_index (party, realm)];
}

void
alignment_signal_set_impact_estimate (AlignmentSignal *self,
                                      AlignmentParty   party,
                                      AlignmentRealm   realm,
                                      AlignmentImpact  impact)
{
  guint index;

  g_return_if_fail (ALIGNMENT_IS_SIGNAL (self));
  g_return_if_fail (party == ALIGNMENT_PARTY_CUSTOMER || party == ALIGNMENT_PARTY_PROVIDER);
  g_return_if_fail (realm < ALIGNMENT_N_REALMS);
  g_return_if_fail (impact <= ALIGNMENT_IMPACT_POSITIVE);

  index = ESTIMATE_IMPACT_FIRST + impact_index (party, realm);
  set_byte (self, &self->estimate[index], impact, PROP_ESTIMATE_FIRST + index);
}

gboolean
alignment_signal_has_estimates (AlignmentSignal *self)
{
  g_return_val_if_fail (ALIGNMENT_IS_SIGNAL (self), FALSE);

  for (guint i = 0; i < N_ESTIMATES; i++)
    if (self->estimate[i] != 0)
      return TRUE;
  return FALSE;
}

GPtrArray *
alignment_signal_get_foreign (AlignmentSignal *self)
{
  g_return_val_if_fail (ALIGNMENT_IS_SIGNAL (self), NULL);

  return self->foreign;
}

void
alignment_signal_add_foreign (AlignmentSignal *self,
                              const char      *xml)
{
  g_return_if_fail (ALIGNMENT_IS_SIGNAL (self));
  g_return_if_fail (xml != NULL);

  if (self->foreign == NULL)
    self->foreign = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (self->foreign, g_strdup (xml));
}

gboolean
alignment_signal_equal (AlignmentSignal *a,
                        AlignmentSignal *b)
{
  g_return_val_if_fail (ALIGNMENT_IS_SIGNAL (a), FALSE);
  g_return_val_if_fail (ALIGNMENT_IS_SIGNAL (b), FALSE);

  return g_strcmp0 (a->id, b->id) == 0
      && g_strcmp0 (a->trigger, b->trigger) == 0
      && g_strcmp0 (a->recipients, b->recipients) == 0
      && g_strcmp0 (a->message, b->message) == 0
      && g_strcmp0 (a->goal, b->goal) == 0
      && g_strcmp0 (a->reaction, b->reaction) == 0
      && g_strcmp0 (a->board, b->board) == 0
      && a->escalation_level == b->escalation_level
      && a->start == b->start
      && a->end == b->end
      && a->type == b->type
      && a->sender == b->sender
      && a->understood == b->understood
      && a->urgency == b->urgency
      && a->urgency_understood == b->urgency_understood
      && memcmp (a->impact, b->impact, sizeof a->impact) == 0
      && memcmp (a->estimate, b->estimate, sizeof a->estimate) == 0
      && alignment_strings_equal (a->foreign, b->foreign);
}

AlignmentSignal *
alignment_signal_copy (AlignmentSignal *self)
{
  AlignmentSignal *copy;

  g_return_val_if_fail (ALIGNMENT_IS_SIGNAL (self), NULL);

  copy = alignment_signal_new (self->id);
  copy->trigger = g_strdup (self->trigger);
  copy->recipients = g_strdup (self->recipients);
  copy->message = g_strdup (self->message);
  copy->goal = g_strdup (self->goal);
  copy->reaction = g_strdup (self->reaction);
  copy->board = g_strdup (self->board);
  copy->escalation_level = self->escalation_level;
  copy->start = self->start;
  copy->end = self->end;
  copy->type = self->type;
  copy->sender = self->sender;
  copy->understood = self->understood;
  copy->urgency = self->urgency;
  copy->urgency_understood = self->urgency_understood;
  memcpy (copy->impact, self->impact, sizeof self->impact);
  memcpy (copy->estimate, self->estimate, sizeof self->estimate);
  if (self->foreign != NULL)
    for (guint i = 0; i < self->foreign->len; i++)
      alignment_signal_add_foreign (copy, g_ptr_array_index (self->foreign, i));

  return copy;
}

guint64
alignment_signal_letters_to_index (const char *letters)
{
  guint64 index = 0;
  gsize len;

  g_return_val_if_fail (letters != NULL, 0);

  len = strlen (letters);
  if (len == 0 || len > 12)
    return 0;

  for (const char *p = letters; *p != '\0'; p++)
    {
      if (!g_ascii_isalpha (*p))
        return 0;
      index = index * 26 + (guint64) (g_ascii_tolower (*p) - 'a' + 1);
    }

  return index;
}

char *
alignment_signal_letters_from_index (guint64 index)
{
  char buf[16];
  int pos = sizeof buf - 1;

  buf[pos] = '\0';
  while (index > 0 && pos > 0)
    {
      index--;
      buf[--pos] = (char) ('a' + index % 26);
      index /= 26;
    }

  return g_strdup (buf + pos);
}

/* "b" < "c" < "z" < "aa": shorter letter runs first, then alphabetical,
 * ignoring case. */
static int
compare_letters (const char *a,
                 const char *b)
{
  gsize la = strlen (a), lb = strlen (b);

  if (la != lb)
    return la < lb ? -1 : 1;
  return g_ascii_strcasecmp (a, b);
}

int
alignment_signal_compare (AlignmentSignal *a,
                          AlignmentSignal *b)
{
  int cmp;

  /* Undated signals go last: 0 would otherwise sort first. */
  if (a->start != b->start)
    {
      if (a->start == 0)
        return 1;
      if (b->start == 0)
        return -1;
      return a->start < b->start ? -1 : 1;
    }

  if (a->thread != b->thread)
    return a->thread < b->thread ? -1 : 1;

  cmp = compare_letters (alignment_signal_get_letter (a), alignment_signal_get_letter (b));
  if (cmp != 0)
    return cmp;

  return g_strcmp0 (a->id, b->id);
}

void
alignment_signal_set_watch (AlignmentSignal      *self,
                            AlignmentSignalWatch  watch,
                            gpointer              user_data)
{
  g_return_if_fail (ALIGNMENT_IS_SIGNAL (self));
  g_return_if_fail (watch == NULL || self->watch == NULL);

  self->watch = watch;
  self->watch_data = user_data;
}

/* The stable id is who the signal is, not what it says: setting it is no
 * edit (no watch, no notify), so the history never records it and a case
 * that only gains ids is not modified. */
const char *
alignment_signal_get_stable_id (AlignmentSignal *self)
{
  g_return_val_if_fail (ALIGNMENT_IS_SIGNAL (self), NULL);

  return g_atomic_pointer_get (&self->stable_id);
}

void
alignment_signal_set_stable_id (AlignmentSignal *self,
                                const char      *stable_id)
{
  g_return_if_fail (ALIGNMENT_IS_SIGNAL (self));

  alignment_uuid_set (&self->stable_id, stable_id);
}

/* Lazily, so that loading a large old file costs nothing. */
const char *
alignment_signal_ensure_stable_id (AlignmentSignal *self)
{
  g_return_val_if_fail (ALIGNMENT_IS_SIGNAL (self), NULL);

  return alignment_uuid_ensure (&self->stable_id);
}

gboolean
alignment_signal_stable_id_is_valid (const char *stable_id)
{
  return stable_id != NULL && g_uuid_string_is_valid (stable_id);
}

AlignmentSignal *
alignment_signal_clone (AlignmentSignal *self)
{
  AlignmentSignal *clone;

  g_return_val_if_fail (ALIGNMENT_IS_SIGNAL (self), NULL);

  clone = alignment_signal_copy (self);
  alignment_signal_set_stable_id (clone, alignment_signal_get_stable_id (self));
  return clone;
}
