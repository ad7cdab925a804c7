/* alignment-thread-panel-item.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "alignment-thread-panel-item.h"

struct _AlignmentThreadPanelItem
{
  GObject                  parent_instance;

  AlignmentThreadPanelKind kind;
  guint                    index;
  gboolean                 expanded;
  char                    *key;
};

G_DEFINE_FINAL_TYPE (AlignmentThreadPanelItem, alignment_thread_panel_item, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_EXPANDED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

AlignmentThreadPanelItem *
alignment_thread_panel_item_new (AlignmentThreadPanelKind kind,
                                 guint                    index)
{
  AlignmentThreadPanelItem *self = g_object_new (ALIGNMENT_TYPE_THREAD_PANEL_ITEM, NULL);

  self->kind = kind;
  self->index = index;
  return self;
}

AlignmentThreadPanelKind
alignment_thread_panel_item_get_kind (AlignmentThreadPanelItem *self)
{
  g_return_val_if_fail (ALIGNMENT_IS_THREAD_PANEL_ITEM (self), ALIGNMENT_THREAD_PANEL_HEADING);
  return self->kind;
}

guint
alignment_thread_panel_item_get_index (AlignmentThreadPanelItem *self)
{
  g_return_val_if_fail (ALIGNMENT_IS_THREAD_PANEL_ITEM (self), 0);
  return self->index;
}

const char *
alignment_thread_panel_item_get_key (AlignmentThreadPanelItem *self)
{
  g_return_val_if_fail (ALIGNMENT_IS_THREAD_PANEL_ITEM (self), NULL);
  return self->key;
}

void
alignment_thread_panel_item_take_key (AlignmentThreadPanelItem *self,
                                      char                     *key)
{
  g_return_if_fail (ALIGNMENT_IS_THREAD_PANEL_ITEM (self));
  g_free (self->key);
  self->key = key;
}

gboolean
alignment_thread_panel_item_get_expanded (AlignmentThreadPanelItem *self)
{
  g_return_val_if_fail (ALIGNMENT_IS_THREAD_PANEL_ITEM (self), FALSE);
  return self->expanded;
}

void
alignment_thread_panel_item_set_expanded (AlignmentThreadPanelItem *self,
                                          gboolean                  expanded)
{
  g_return_if_fail (ALIGNMENT_IS_THREAD_PANEL_ITEM (self));

  expanded = !!expanded;
  if (self->expanded == expanded)
    return;
  self->expanded = expanded;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EXPANDED]);
}

static void
alignment_thread_panel_item_get_property (GObject    *object,
                                          guint       prop_id,
                                          GValue     *value,
                                          GParamSpec *pspec)
{
  AlignmentThreadPanelItem *self = ALIGNMENT_THREAD_PANEL_ITEM (object);

  switch (prop_id)
    {
    case PROP_EXPANDED:
      g_value_set_boolean (value, self->expanded);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
alignment_thread_panel_item_set_property (GObject      *object,
                                          guint         prop_id,
                                          const GValue *value,
                                          GParamSpec   *pspec)
{
  AlignmentThreadPanelItem *self = ALIGNMENT_THREAD_PANEL_ITEM (object);

  switch (prop_id)
    {
    case PROP_EXPANDED:
      alignment_thread_panel_item_set_expanded (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
alignment_thread_panel_item_finalize (GObject *object)
{
  AlignmentThreadPanelItem *self = ALIGNMENT_THREAD_PANEL_ITEM (object);

  g_free (self->key);

  G_OBJECT_CLASS (alignment_thread_panel_item_parent_class)->finalize (object);
}

static void
alignment_thread_panel_item_class_init (AlignmentThreadPanelItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = alignment_thread_panel_item_finalize;
  object_class->get_property = alignment_thread_panel_item_get_property;
  object_class->set_property = alignment_thread_panel_item_set_property;

  properties[PROP_EXPANDED] =
    g_param_spec_boolean ("expanded", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
alignment_thread_panel_item_init (AlignmentThreadPanelItem *self)
{
}
