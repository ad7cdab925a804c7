/* alignment-lesson.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "alignment-core-private.h"
#include "alignment-lesson.h"

struct _AlignmentLesson
{
  GObject  parent_instance;
  char    *text;
};

G_DEFINE_FINAL_TYPE (AlignmentLesson, alignment_lesson, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_TEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
alignment_lesson_finalize (GObject *object)
{
  AlignmentLesson *self = ALIGNMENT_LESSON (object);

  g_free (self->text);

  G_OBJECT_CLASS (alignment_lesson_parent_class)->finalize (object);
}

static void
alignment_lesson_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  AlignmentLesson *self = ALIGNMENT_LESSON (object);

  switch (prop_id)
    {
    case PROP_TEXT:
      g_value_set_string (value, alignment_lesson_get_text (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
alignment_lesson_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  AlignmentLesson *self = ALIGNMENT_LESSON (object);

  switch (prop_id)
    {
    case PROP_TEXT:
      alignment_lesson_set_text (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
alignment_lesson_class_init (AlignmentLessonClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = alignment_lesson_finalize;
  object_class->get_property = alignment_lesson_get_property;
  object_class->set_property = alignment_lesson_set_property;

  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
alignment_lesson_init (AlignmentLesson *self)
{
}

AlignmentLesson *
alignment_lesson_new (const char *text)
{
  return g_object_new (ALIGNMENT_TYPE_LESSON, "text", text, NULL);
}

const char *
alignment_lesson_get_text (AlignmentLesson *self)
{
  g_return_val_if_fail (ALIGNMENT_IS_LESSON (self), NULL);

  return alignment_text_or_empty (self->text);
}

void
alignment_lesson_set_text (AlignmentLesson *self,
                           const char      *text)
{
  g_return_if_fail (ALIGNMENT_IS_LESSON (self));

  if (alignment_set_text (&self->text, text))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEXT]);
}
