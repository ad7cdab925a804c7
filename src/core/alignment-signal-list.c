/* alignment-signal-list.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "alignment-signal.h"
#include "alignment-signal-list.h"

struct _AlignmentSignalList
{
  GObject    parent_instance;
  GPtrArray *items;
};

static GType
alignment_signal_list_get_item_type (GListModel *model)
{
  return ALIGNMENT_TYPE_SIGNAL;
}

static guint
alignment_signal_list_get_n_items (GListModel *model)
{
  return ALIGNMENT_SIGNAL_LIST (model)->items->len;
}

static gpointer
alignment_signal_list_get_item (GListModel *model,
                                guint       position)
{
  AlignmentSignalList *self = ALIGNMENT_SIGNAL_LIST (model);

  if (position >= self->items->len)
    return NULL;
  return g_object_ref (g_ptr_array_index (self->items, position));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = alignment_signal_list_get_item_type;
  iface->get_n_items = alignment_signal_list_get_n_items;
  iface->get_item = alignment_signal_list_get_item;
}

G_DEFINE_FINAL_TYPE_WITH_CODE (AlignmentSignalList, alignment_signal_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

enum {
  PROP_0,
  PROP_N_ITEMS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
alignment_signal_list_finalize (GObject *object)
{
  AlignmentSignalList *self = ALIGNMENT_SIGNAL_LIST (object);

  g_clear_pointer (&self->items, g_ptr_array_unref);

  G_OBJECT_CLASS (alignment_signal_list_parent_class)->finalize (object);
}

static void
alignment_signal_list_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  AlignmentSignalList *self = ALIGNMENT_SIGNAL_LIST (object);

  switch (prop_id)
    {
    case PROP_N_ITEMS:
      g_value_set_uint (value, self->items->len);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
alignment_signal_list_class_init (AlignmentSignalListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = alignment_signal_list_finalize;
  object_class->get_property = alignment_signal_list_get_property;

  properties[PROP_N_ITEMS] =
    g_param_spec_uint ("n-items", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
alignment_signal_list_init (AlignmentSignalList *self)
{
  self->items = g_ptr_array_new_with_free_func (g_object_unref);
}

AlignmentSignalList *
alignment_signal_list_new (void)
{
  return g_object_new (ALIGNMENT_TYPE_SIGNAL_LIST, NULL);
}

guint
alignment_signal_list_get_n (AlignmentSignalList *self)
{
  g_return_val_if_fail (ALIGNMENT_IS_SIGNAL_LIST (self), 0);

  return self->items->len;
}

AlignmentSignal *
alignment_signal_list_get (AlignmentSignalList *self,
                           guint                position)
{
  g_return_val_if_fail (ALIGNMENT_IS_SIGNAL_LIST (self), NULL);
  g_return_val_if_fail (position < self->items->len, NULL);

  return g_ptr_array_index (self->items, position);
}

AlignmentSignal **
alignment_signal_list_peek (AlignmentSignalList *self,
                            guint               *n_signals)
{
  g_return_val_if_fail (ALIGNMENT_IS_SIGNAL_LIST (self), NULL);

  if (n_signals != NULL)
    *n_signals = self->items->len;
  return (AlignmentSignal **) self->items->pdata;
}

void
alignment_signal_list_splice (AlignmentSignalList  *self,
                              guint                 position,
                              guint                 n_removals,
                              AlignmentSignal     **additions,
                              guint                 n_additions)
{
  g_return_if_fail (ALIGNMENT_IS_SIGNAL_LIST (self));
  g_return_if_fail (position <= self->items->len);
  g_return_if_fail (n_removals <= self->items->len - position);

  if (n_removals > 0)
    g_ptr_array_remove_range (self->items, position, n_removals);

  if (n_additions > 0)
    {
      /* Open a gap once, then fill it: inserting one by one would move
       * the tail of a large list for every item. */
      guint old_len = self->items->len;

      g_ptr_array_set_size (self->items, old_len + n_additions);
      memmove (self->items->pdata + position + n_additions,
               self->items->pdata + position,
               (old_len - position) * sizeof (gpointer));
      for (guint i = 0; i < n_additions; i++)
        {
          g_return_if_fail (ALIGNMENT_IS_SIGNAL (additions[i]));
          self->items->pdata[position + i] = g_object_ref (additions[i]);
        }
    }

  if (n_removals == 0 && n_additions == 0)
    return;

  g_list_model_items_changed (G_LIST_MODEL (self), position, n_removals, n_additions);
  if (n_removals != n_additions)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ITEMS]);
}

void
alignment_signal_list_append (AlignmentSignalList *self,
                              AlignmentSignal     *signal)
{
  g_return_if_fail (ALIGNMENT_IS_SIGNAL_LIST (self));

  alignment_signal_list_splice (self, self->items->len, 0, &signal, 1);
}

void
alignment_signal_list_insert (AlignmentSignalList *self,
                              guint                position,
                              AlignmentSignal     *signal)
{
  alignment_signal_list_splice (self, position, 0, &signal, 1);
}

void
alignment_signal_list_remove (AlignmentSignalList *self,
                              guint                position)
{
  alignment_signal_list_splice (self, position, 1, NULL, 0);
}

int
alignment_signal_list_find_id (AlignmentSignalList *self,
                               const char          *id)
{
  g_return_val_if_fail (ALIGNMENT_IS_SIGNAL_LIST (self), -1);

  for (guint i = 0; i < self->items->len; i++)
    if (g_strcmp0 (alignment_signal_get_id (g_ptr_array_index (self->items, i)), id) == 0)
      return (int) i;

  return -1;
}
