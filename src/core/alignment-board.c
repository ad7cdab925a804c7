/* alignment-board.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "alignment-core-private.h"
#include "alignment-board.h"

struct _AlignmentBoard
{
  GObject  parent_instance;
  char    *name;
  char    *cadence;
};

G_DEFINE_FINAL_TYPE (AlignmentBoard, alignment_board, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_NAME,
  PROP_CADENCE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
alignment_board_finalize (GObject *object)
{
  AlignmentBoard *self = ALIGNMENT_BOARD (object);

  g_free (self->name);
  g_free (self->cadence);

  G_OBJECT_CLASS (alignment_board_parent_class)->finalize (object);
}

static void
alignment_board_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  AlignmentBoard *self = ALIGNMENT_BOARD (object);

  switch (prop_id)
    {
    case PROP_NAME:
      g_value_set_string (value, alignment_board_get_name (self));
      break;
    case PROP_CADENCE:
      g_value_set_string (value, alignment_board_get_cadence (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
alignment_board_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  AlignmentBoard *self = ALIGNMENT_BOARD (object);

  switch (prop_id)
    {
    case PROP_NAME:
      alignment_board_set_name (self, g_value_get_string (value));
      break;
    case PROP_CADENCE:
      alignment_board_set_cadence (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
alignment_board_class_init (AlignmentBoardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = alignment_board_finalize;
  object_class->get_property = alignment_board_get_property;
  object_class->set_property = alignment_board_set_property;

  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CADENCE] =
    g_param_spec_string ("cadence", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
alignment_board_init (AlignmentBoard *self)
{
}

AlignmentBoard *
alignment_board_new (const char *name,
                     const char *cadence)
{
  return g_object_new (ALIGNMENT_TYPE_BOARD,
                       "name", name,
                       "cadence", cadence,
                       NULL);
}

const char *
alignment_board_get_name (AlignmentBoard *self)
{
  g_return_val_if_fail (ALIGNMENT_IS_BOARD (self), NULL);

  return alignment_text_or_empty (self->name);
}

void
alignment_board_set_name (AlignmentBoard *self,
                          const char     *name)
{
  g_return_if_fail (ALIGNMENT_IS_BOARD (self));

  if (alignment_set_text (&self->name, name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

const char *
alignment_board_get_cadence (AlignmentBoard *self)
{
  g_return_val_if_fail (ALIGNMENT_IS_BOARD (self), NULL);

  return alignment_text_or_empty (self->cadence);
}

void
alignment_board_set_cadence (AlignmentBoard *self,
                             const char     *cadence)
{
  g_return_if_fail (ALIGNMENT_IS_BOARD (self));

  if (alignment_set_text (&self->cadence, cadence))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CADENCE]);
}

gboolean
alignment_board_equal (AlignmentBoard *a,
                       AlignmentBoard *b)
{
  g_return_val_if_fail (ALIGNMENT_IS_BOARD (a), FALSE);
  g_return_val_if_fail (ALIGNMENT_IS_BOARD (b), FALSE);

  return strcmp (alignment_board_get_name (a), alignment_board_get_name (b)) == 0
         && strcmp (alignment_board_get_cadence (a), alignment_board_get_cadence (b)) == 0;
}
