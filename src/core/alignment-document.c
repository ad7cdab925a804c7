/* alignment-document.c: a case being edited, with its file and history
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "alignment-case.h"
#include "alignment-case-xml.h"
#include "alignment-document.h"

struct _AlignmentDocument
{
  GObject           parent_instance;

  AlignmentCase    *alignment_case;
  AlignmentHistory *history;
  GFile            *file;
};

G_DEFINE_FINAL_TYPE (AlignmentDocument, alignment_document, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CASE,
  PROP_HISTORY,
  PROP_FILE,
  PROP_MODIFIED,
  PROP_TITLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void alignment_document_saved (AlignmentDocument *self,
                                      GFile             *file);

AlignmentDocument *
alignment_document_new (AlignmentCase *alignment_case,
                        GFile         *file)
{
  g_autoptr(AlignmentHistory) history = NULL;

  g_return_val_if_fail (ALIGNMENT_IS_CASE (alignment_case), NULL);
  g_return_val_if_fail (file == NULL || G_IS_FILE (file), NULL);

  history = alignment_history_new (alignment_case);
  return g_object_new (ALIGNMENT_TYPE_DOCUMENT,
                       "case", alignment_case,
                       "history", history,
                       "file", file,
                       NULL);
}

static void
load_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  GFile *file = task_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(AlignmentCase) loaded = NULL;

  loaded = alignment_case_load (file, cancellable, &error);
  if (loaded == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  if (g_task_return_error_if_cancelled (task))
    return;

  /* The document (and its history's shadow of every signal) is built
   * here, off the main thread: nothing else holds the case yet. */
  g_task_return_pointer (task, alignment_document_new (loaded, file), g_object_unref);
}

void
alignment_document_load_async (GFile               *file,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (G_IS_FILE (file));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, alignment_document_load_async);
  g_task_set_task_data (task, g_object_ref (file), g_object_unref);
  g_task_run_in_thread (task, load_thread);
}

AlignmentDocument *
alignment_document_load_finish (GAsyncResult  *result,
                                GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

AlignmentCase *
alignment_document_get_case (AlignmentDocument *self)
{
  g_return_val_if_fail (ALIGNMENT_IS_DOCUMENT (self), NULL);

  return self->alignment_case;
}

AlignmentHistory *
alignment_document_get_history (AlignmentDocument *self)
{
  g_return_val_if_fail (ALIGNMENT_IS_DOCUMENT (self), NULL);

  return self->history;
}

GFile *
alignment_document_get_file (AlignmentDocument *self)
{
  g_return_val_if_fail (ALIGNMENT_IS_DOCUMENT (self), NULL);

  return self->file;
}

gboolean
alignment_document_get_modified (AlignmentDocument *self)
{
  g_return_val_if_fail (ALIGNMENT_IS_DOCUMENT (self), FALSE);

  /* A case that was never saved is new work, even when untouched. */
  return self->file == NULL || alignment_history_get_modified (self->history);
}

char *
alignment_document_dup_title (AlignmentDocument *self)
{
  const char *title;

  g_return_val_if_fail (ALIGNMENT_IS_DOCUMENT (self), NULL);

  title = alignment_case_get_title (self->alignment_case);
  if (*title != '\0')
    return g_strdup (title);
  if (self->file != NULL)
    return g_file_get_basename (self->file);

  return g_strdup (_("Unsaved Case"));
}

gboolean
alignment_document_save (AlignmentDocument  *self,
                         GFile              *file,
                         GError            **error)
{
  g_return_val_if_fail (ALIGNMENT_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (file != NULL || self->file != NULL, FALSE);

  if (file == NULL)
    file = self->file;

  if (!alignment_case_save (self->alignment_case, file, NULL, error))
    return FALSE;

  alignment_document_saved (self, file);
  return TRUE;
}

static void
alignment_document_saved (AlignmentDocument *self,
                          GFile             *file)
{
  if (self->file != file && g_set_object (&self->file, file))
    {
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILE]);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
    }
  alignment_history_mark_saved (self->history);
}

static void
save_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  AlignmentDocument *self = source_object;
  g_autoptr(GError) error = NULL;

  if (alignment_case_save (self->alignment_case, task_data, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, g_steal_pointer (&error));
}

void
alignment_document_save_async (AlignmentDocument   *self,
                               GFile               *file,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (ALIGNMENT_IS_DOCUMENT (self));
  g_return_if_fail (file != NULL || self->file != NULL);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, alignment_document_save_async);
  g_task_set_task_data (task, g_object_ref (file != NULL ? file : self->file), g_object_unref);
  g_task_run_in_thread (task, save_thread);
}

gboolean
alignment_document_save_finish (AlignmentDocument  *self,
                                GAsyncResult       *result,
                                GError            **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  if (!g_task_propagate_boolean (G_TASK (result), error))
    return FALSE;

  alignment_document_saved (self, g_task_get_task_data (G_TASK (result)));
  return TRUE;
}

static void
history_modified_cb (AlignmentDocument *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
}

static void
case_title_cb (AlignmentDocument *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

static void
alignment_document_constructed (GObject *object)
{
  AlignmentDocument *self = ALIGNMENT_DOCUMENT (object);

  G_OBJECT_CLASS (alignment_document_parent_class)->constructed (object);

  g_signal_connect_object (self->history, "notify::modified",
                           G_CALLBACK (history_modified_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->alignment_case, "notify::title",
                           G_CALLBACK (case_title_cb), self, G_CONNECT_SWAPPED);
}

static void
alignment_document_dispose (GObject *object)
{
  AlignmentDocument *self = ALIGNMENT_DOCUMENT (object);

  g_clear_object (&self->history);
  g_clear_object (&self->alignment_case);
  g_clear_object (&self->file);

  G_OBJECT_CLASS (alignment_document_parent_class)->dispose (object);
}

static void
alignment_document_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  AlignmentDocument *self = ALIGNMENT_DOCUMENT (object);

  switch (prop_id)
    {
    case PROP_CASE:
      g_value_set_object (value, self->alignment_case);
      break;

    case PROP_HISTORY:
      g_value_set_object (value, self->history);
      break;

    case PROP_FILE:
      g_value_set_object (value, self->file);
      break;

    case PROP_MODIFIED:
      g_value_set_boolean (value, alignment_document_get_modified (self));
      break;

    case PROP_TITLE:
      g_value_take_string (value, alignment_document_dup_title (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
alignment_document_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  AlignmentDocument *self = ALIGNMENT_DOCUMENT (object);

  switch (prop_id)
    {
    case PROP_CASE:
      self->alignment_case = g_value_dup_object (value);
      break;

    case PROP_HISTORY:
      self->history = g_value_dup_object (value);
      break;

    case PROP_FILE:
      g_set_object (&self->file, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
alignment_document_class_init (AlignmentDocumentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags construct = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;
  const GParamFlags ro = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->constructed = alignment_document_constructed;
  object_class->dispose = alignment_document_dispose;
  object_class->get_property = alignment_document_get_property;
  object_class->set_property = alignment_document_set_property;

  properties[PROP_CASE] = g_param_spec_object ("case", NULL, NULL, ALIGNMENT_TYPE_CASE, construct);
  properties[PROP_HISTORY] = g_param_spec_object ("history", NULL, NULL, ALIGNMENT_TYPE_HISTORY, construct);
  properties[PROP_FILE] = g_param_spec_object ("file", NULL, NULL, G_TYPE_FILE,
                                               G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY
                                               | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_MODIFIED] = g_param_spec_boolean ("modified", NULL, NULL, FALSE, ro);
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL, ro);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
alignment_document_init (AlignmentDocument *self)
{
}
