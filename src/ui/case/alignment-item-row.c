/* alignment-item-row.c: a row that edits one item of a case's list
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "alignment-entry-commit.h"
#include "alignment-item-row.h"

typedef struct
{
  AlignmentDocument *document;
  GObject           *item;
} AlignmentItemRowPrivate;

G_DEFINE_TYPE_WITH_PRIVATE (AlignmentItemRow, alignment_item_row, GTK_TYPE_LIST_BOX_ROW)

enum
{
  PROP_0,
  PROP_DOCUMENT,
  PROP_ITEM,
  N_PROPS
};

enum
{
  REMOVE,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint row_signals[N_SIGNALS];

AlignmentDocument *
alignment_item_row_get_document (AlignmentItemRow *self)
{
  AlignmentItemRowPrivate *priv = alignment_item_row_get_instance_private (self);

  g_return_val_if_fail (ALIGNMENT_IS_ITEM_ROW (self), NULL);

  return priv->document;
}

gpointer
alignment_item_row_get_item (AlignmentItemRow *self)
{
  AlignmentItemRowPrivate *priv = alignment_item_row_get_instance_private (self);

  g_return_val_if_fail (ALIGNMENT_IS_ITEM_ROW (self), NULL);

  return priv->item;
}

static AlignmentDocument *
get_document (gpointer data)
{
  return alignment_item_row_get_document (data);
}

void
alignment_item_row_bind_entry (AlignmentItemRow *self,
                               const char       *property,
                               GtkEntry         *entry)
{
  AlignmentItemRowPrivate *priv = alignment_item_row_get_instance_private (self);

  g_return_if_fail (ALIGNMENT_IS_ITEM_ROW (self));
  g_return_if_fail (GTK_IS_ENTRY (entry));

  g_object_bind_property (priv->item, property, entry, "text",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  alignment_entry_commit_end_step_on_leave (GTK_WIDGET (entry), get_document, self);
}

void
alignment_item_row_bind_text_view (AlignmentItemRow *self,
                                   const char       *property,
                                   GtkTextView      *view)
{
  AlignmentItemRowPrivate *priv = alignment_item_row_get_instance_private (self);
  GtkTextBuffer *buffer;

  g_return_if_fail (ALIGNMENT_IS_ITEM_ROW (self));
  g_return_if_fail (GTK_IS_TEXT_VIEW (view));

  buffer = gtk_text_view_get_buffer (view);
  gtk_text_buffer_set_enable_undo (buffer, FALSE);
  g_object_bind_property (priv->item, property, buffer, "text",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  alignment_entry_commit_end_step_on_leave (GTK_WIDGET (view), get_document, self);
  alignment_entry_commit_fit_text_view (view);
}

static void
remove_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  g_signal_emit (widget, row_signals[REMOVE], 0);
}

static void
alignment_item_row_dispose (GObject *object)
{
  AlignmentItemRowPrivate *priv = alignment_item_row_get_instance_private (ALIGNMENT_ITEM_ROW (object));

  g_clear_object (&priv->item);
  g_clear_object (&priv->document);

  G_OBJECT_CLASS (alignment_item_row_parent_class)->dispose (object);
}

static void
alignment_item_row_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  AlignmentItemRowPrivate *priv = alignment_item_row_get_instance_private (ALIGNMENT_ITEM_ROW (object));

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, priv->document);
      break;
    case PROP_ITEM:
      g_value_set_object (value, priv->item);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
alignment_item_row_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  AlignmentItemRowPrivate *priv = alignment_item_row_get_instance_private (ALIGNMENT_ITEM_ROW (object));

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      priv->document = g_value_dup_object (value);
      break;
    case PROP_ITEM:
      priv->item = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
alignment_item_row_class_init (AlignmentItemRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = alignment_item_row_dispose;
  object_class->get_property = alignment_item_row_get_property;
  object_class->set_property = alignment_item_row_set_property;

  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL, ALIGNMENT_TYPE_DOCUMENT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ITEM] =
    g_param_spec_object ("item", NULL, NULL, G_TYPE_OBJECT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  row_signals[REMOVE] =
    g_signal_new ("remove", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_install_action (widget_class, "row.remove", NULL, remove_action);
}

static void
alignment_item_row_init (AlignmentItemRow *self)
{
}
