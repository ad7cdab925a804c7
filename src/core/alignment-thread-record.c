/* alignment-thread-record.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "alignment-core-private.h"
#include "alignment-thread-record.h"

struct _AlignmentThreadRecord
{
  GObject              parent_instance;
  guint                number;
  char                *title;
  char                *story;
  AlignmentRealmFlags  aligned_in;
};

G_DEFINE_FINAL_TYPE (AlignmentThreadRecord, alignment_thread_record, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_NUMBER,
  PROP_TITLE,
  PROP_STORY,
  PROP_ALIGNED_IN,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
alignment_thread_record_finalize (GObject *object)
{
  AlignmentThreadRecord *self = ALIGNMENT_THREAD_RECORD (object);

  g_free (self->title);
  g_free (self->story);

  G_OBJECT_CLASS (alignment_thread_record_parent_class)->finalize (object);
}

static void
alignment_thread_record_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  AlignmentThreadRecord *self = ALIGNMENT_THREAD_RECORD (object);

  switch (prop_id)
    {
    case PROP_NUMBER:
      g_value_set_uint (value, self->number);
      break;
    case PROP_TITLE:
      g_value_set_string (value, alignment_thread_record_get_title (self));
      break;
    case PROP_STORY:
      g_value_set_string (value, alignment_thread_record_get_story (self));
      break;
    case PROP_ALIGNED_IN:
      g_value_set_flags (value, self->aligned_in);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
alignment_thread_record_set_property (GObject      *object,
                                      guint         prop_id,
                                      const GValue *value,
                                      GParamSpec   *pspec)
{
  AlignmentThreadRecord *self = ALIGNMENT_THREAD_RECORD (object);

  switch (prop_id)
    {
    case PROP_NUMBER:
      alignment_thread_record_set_number (self, g_value_get_uint (value));
      break;
    case PROP_TITLE:
      alignment_thread_record_set_title (self, g_value_get_string (value));
      break;
    case PROP_STORY:
      alignment_thread_record_set_story (self, g_value_get_string (value));
      break;
    case PROP_ALIGNED_IN:
      alignment_thread_record_set_aligned_in (self, g_value_get_flags (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
alignment_thread_record_class_init (AlignmentThreadRecordClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = alignment_thread_record_finalize;
  object_class->get_property = alignment_thread_record_get_property;
  object_class->set_property = alignment_thread_record_set_property;

  properties[PROP_NUMBER] =
    g_param_spec_uint ("number", NULL, NULL, 1, G_MAXUINT, 1,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_STORY] =
    g_param_spec_string ("story", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ALIGNED_IN] =
    g_param_spec_flags ("aligned-in", NULL, NULL,
                        ALIGNMENT_TYPE_REALM_FLAGS, ALIGNMENT_REALM_FLAGS_NONE,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
alignment_thread_record_init (AlignmentThreadRecord *self)
{
  self->number = 1;
}

AlignmentThreadRecord *
alignment_thread_record_new (guint number)
{
  g_return_val_if_fail (number >= 1, NULL);

  return g_object_new (ALIGNMENT_TYPE_THREAD_RECORD, "number", number, NULL);
}

guint
alignment_thread_record_get_number (AlignmentThreadRecord *self)
{
  g_return_val_if_fail (ALIGNMENT_IS_THREAD_RECORD (self), 0);

  return self->number;
}

void
alignment_thread_record_set_number (AlignmentThreadRecord *self,
                                    guint                  number)
{
  g_return_if_fail (ALIGNMENT_IS_THREAD_RECORD (self));
  g_return_if_fail (number >= 1);

  if (self->number == number)
    return;

  self->number = number;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NUMBER]);
}

const char *
alignment_thread_record_get_title (AlignmentThreadRecord *self)
{
  g_return_val_if_fail (ALIGNMENT_IS_THREAD_RECORD (self), NULL);

  return alignment_text_or_empty (self->title);
}

void
alignment_thread_record_set_title (AlignmentThreadRecord *self,
                                   const char            *title)
{
  g_return_if_fail (ALIGNMENT_IS_THREAD_RECORD (self));

  if (alignment_set_text (&self->title, title))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

const char *
alignment_thread_record_get_story (AlignmentThreadRecord *self)
{
  g_return_val_if_fail (ALIGNMENT_IS_THREAD_RECORD (self), NULL);

  return alignment_text_or_empty (self->story);
}

void
alignment_thread_record_set_story (AlignmentThreadRecord *self,
                                   const char            *story)
{
  g_return_if_fail (ALIGNMENT_IS_THREAD_RECORD (self));

  if (alignment_set_text (&self->story, story))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORY]);
}

AlignmentRealmFlags
alignment_thread_record_get_aligned_in (AlignmentThreadRecord *self)
{
  g_return_val_if_fail (ALIGNMENT_IS_THREAD_RECORD (self), ALIGNMENT_REALM_FLAGS_NONE);

  return self->aligned_in;
}

void
alignment_thread_record_set_aligned_in (AlignmentThreadRecord *self,
                                        AlignmentRealmFlags    aligned_in)
{
  g_return_if_fail (ALIGNMENT_IS_THREAD_RECORD (self));

  aligned_in &= ALIGNMENT_REALM_FLAGS_ALL;
  if (self->aligned_in == aligned_in)
    return;

  self->aligned_in = aligned_in;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ALIGNED_IN]);
}

gboolean
alignment_thread_record_is_empty (AlignmentThreadRecord *self)
{
  g_return_val_if_fail (ALIGNMENT_IS_THREAD_RECORD (self), TRUE);

  return self->title == NULL && self->story == NULL && self->aligned_in == 0;
}

gboolean
alignment_thread_record_equal (AlignmentThreadRecord *a,
                               AlignmentThreadRecord *b)
{
  g_return_val_if_fail (ALIGNMENT_IS_THREAD_RECORD (a), FALSE);
  g_return_val_if_fail (ALIGNMENT_IS_THREAD_RECORD (b), FALSE);

  return a->number == b->number
         && g_strcmp0 (a->title, b->title) == 0
         && g_strcmp0 (a->story, b->story) == 0
         && a->aligned_in == b->aligned_in;
}
