/* alignment-library-item.c: one case file of the case library
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "alignment-library-item.h"

struct _AlignmentLibraryItem
{
  GObject               parent_instance;

  GFile                *file;
  char                 *basename;
  AlignmentCaseSummary *summary;
  char                 *error;
  gint64                modified;
  guint                 loaded : 1;
  guint                 external : 1;
};

G_DEFINE_FINAL_TYPE (AlignmentLibraryItem, alignment_library_item, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_FILE,
  PROP_TITLE,
  PROP_LOADED,
  PROP_ERROR,
  PROP_MODIFIED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

AlignmentLibraryItem *
alignment_library_item_new (GFile *file)
{
  AlignmentLibraryItem *self;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  self = g_object_new (ALIGNMENT_TYPE_LIBRARY_ITEM, NULL);
  self->file = g_object_ref (file);
  self->basename = g_file_get_basename (file);
  return self;
}

GFile *
alignment_library_item_get_file (AlignmentLibraryItem *self)
{
  g_return_val_if_fail (ALIGNMENT_IS_LIBRARY_ITEM (self), NULL);

  return self->file;
}

const char *
alignment_library_item_get_title (AlignmentLibraryItem *self)
{
  g_return_val_if_fail (ALIGNMENT_IS_LIBRARY_ITEM (self), NULL);

  if (self->summary != NULL && self->summary->title != NULL && *self->summary->title != '\0')
    return self->summary->title;

  return self->basename;
}

gboolean
alignment_library_item_get_loaded (AlignmentLibraryItem *self)
{
  g_return_val_if_fail (ALIGNMENT_IS_LIBRARY_ITEM (self), FALSE);

  return self->loaded;
}

const char *
alignment_library_item_get_error (AlignmentLibraryItem *self)
{
  g_return_val_if_fail (ALIGNMENT_IS_LIBRARY_ITEM (self), NULL);

  return self->error;
}

gint64
alignment_library_item_get_modified (AlignmentLibraryItem *self)
{
  g_return_val_if_fail (ALIGNMENT_IS_LIBRARY_ITEM (self), 0);

  return self->modified;
}

const AlignmentCaseSummary *
alignment_library_item_get_summary (AlignmentLibraryItem *self)
{
  g_return_val_if_fail (ALIGNMENT_IS_LIBRARY_ITEM (self), NULL);

  return self->summary;
}

gboolean
alignment_library_item_get_external (AlignmentLibraryItem *self)
{
  g_return_val_if_fail (ALIGNMENT_IS_LIBRARY_ITEM (self), FALSE);

  return self->external;
}

void
alignment_library_item_set_external (AlignmentLibraryItem *self,
                                     gboolean              external)
{
  g_return_if_fail (ALIGNMENT_IS_LIBRARY_ITEM (self));

  self->external = !!external;
}

void
alignment_library_item_set_result (AlignmentLibraryItem *self,
                                   AlignmentCaseSummary *summary,
                                   const GError         *error,
                                   gint64                modified)
{
  g_return_if_fail (ALIGNMENT_IS_LIBRARY_ITEM (self));

  g_clear_pointer (&self->summary, alignment_case_summary_free);
  g_clear_pointer (&self->error, g_free);
  self->summary = summary;
  if (error != NULL)
    self->error = g_strdup (error->message);
  self->modified = modified;
  self->loaded = TRUE;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ERROR]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADED]);
}

static void
alignment_library_item_finalize (GObject *object)
{
  AlignmentLibraryItem *self = ALIGNMENT_LIBRARY_ITEM (object);

  g_clear_object (&self->file);
  g_clear_pointer (&self->basename, g_free);
  g_clear_pointer (&self->summary, alignment_case_summary_free);
  g_clear_pointer (&self->error, g_free);

  G_OBJECT_CLASS (alignment_library_item_parent_class)->finalize (object);
}

static void
alignment_library_item_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  AlignmentLibraryItem *self = ALIGNMENT_LIBRARY_ITEM (object);

  switch (prop_id)
    {
    case PROP_FILE:
      g_value_set_object (value, self->file);
      break;

    case PROP_TITLE:
      g_value_set_string (value, alignment_library_item_get_title (self));
      break;

    case PROP_LOADED:
      g_value_set_boolean (value, self->loaded);
      break;

    case PROP_ERROR:
      g_value_set_string (value, self->error);
      break;

    case PROP_MODIFIED:
      g_value_set_int64 (value, self->modified);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
alignment_library_item_class_init (AlignmentLibraryItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags ro = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = alignment_library_item_finalize;
  object_class->get_property = alignment_library_item_get_property;

  properties[PROP_FILE] = g_param_spec_object ("file", NULL, NULL, G_TYPE_FILE, ro);
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL, ro);
  properties[PROP_LOADED] = g_param_spec_boolean ("loaded", NULL, NULL, FALSE, ro);
  properties[PROP_ERROR] = g_param_spec_string ("error", NULL, NULL, NULL, ro);
  properties[PROP_MODIFIED] = g_param_spec_int64 ("modified", NULL, NULL, 0, G_MAXINT64, 0, ro);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
alignment_library_item_init (AlignmentLibraryItem *self)
{
}
