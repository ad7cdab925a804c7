/* alignment-document.c: a case being edited, with its file and history
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "alignment-i18n.h"

#include "alignment-autosave.h"
#include "alignment-case.h"
#include "alignment-case-xml.h"
#include "alignment-document.h"

struct _AlignmentDocument
{
  GObject           parent_instance;

  AlignmentCase    *alignment_case;
  AlignmentHistory *history;
  GFile            *file;
  AlignmentFileStamp *stamp;
  /* Restored from a recovery copy: what the file holds is not known. */
  gboolean          stamp_unknown;
  /* Differs from the file whatever the history says. */
  gboolean          unsaved;
  AlignmentAutosave *autosave;
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

static void alignment_document_saved (AlignmentDocument  *self,
                                      GFile              *file,
                                      AlignmentFileStamp *stamp);

G_DEFINE_QUARK (alignment-document-error-quark, alignment_document_error)

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

AlignmentDocument *
alignment_document_new_restored (AlignmentCase *alignment_case,
                                 GFile         *origin)
{
  AlignmentDocument *self = alignment_document_new (alignment_case, origin);

  self->unsaved = TRUE;
  self->stamp_unknown = origin != NULL;
  return self;
}

typedef struct
{
  GFile                *file;
  GFileProgressCallback progress;
  gpointer              progress_data;
  /* Written by the loading thread, read in the caller's context. */
  GMutex                lock;
  goffset               read;
  goffset               size;
  /* Whether a report is waiting in the caller's context. */
  gboolean              report_queued;
} LoadData;

static void
load_data_free (LoadData *data)
{
  g_mutex_clear (&data->lock);
  g_object_unref (data->file);
  g_free (data);
}

/* In the caller's context: the latest figures, unless the load ended or
 * was called off meanwhile (the caller may be gone then). */
static gboolean
report_progress (gpointer user_data)
{
  GTask *task = user_data;
  LoadData *data = g_task_get_task_data (task);
  goffset read, size;

  g_mutex_lock (&data->lock);
  data->report_queued = FALSE;
  read = data->read;
  size = data->size;
  g_mutex_unlock (&data->lock);

  if (!g_task_get_completed (task) && !g_cancellable_is_cancelled (g_task_get_cancellable (task)))
    data->progress (read, size, data->progress_data);

  return G_SOURCE_REMOVE;
}

/* In the loading thread, after each read: at most one report waits in
 * the caller's context at a time, however fast the reads come. */
static void
load_progress_cb (goffset  read,
                  goffset  size,
                  gpointer user_data)
{
  GTask *task = user_data;
  LoadData *data = g_task_get_task_data (task);
  gboolean queue;

  g_mutex_lock (&data->lock);
  data->read = read;
  data->size = size;
  queue = !data->report_queued;
  data->report_queued = TRUE;
  g_mutex_unlock (&data->lock);

  /* Not g_main_context_invoke(): when the caller's context is the
   * global default and nobody iterates it at this moment, it would run
   * the report here, in the loading thread. */
  if (queue)
    {
      g_autoptr(GSource) source = g_idle_source_new ();

      g_source_set_priority (source, G_PRIORITY_DEFAULT);
      g_source_set_callback (source, report_progress, g_object_ref (task), g_object_unref);
      g_source_set_static_name (source, "[alignment] load progress");
      g_source_attach (source, g_task_get_context (task));
    }
}

static void
load_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  LoadData *data = task_data;
  GFile *file = data->file;
  g_autoptr(GError) error = NULL;
  g_autoptr(AlignmentCase) loaded = NULL;
  g_autoptr(AlignmentFileStamp) stamp = NULL;
  AlignmentDocument *document;

  /* Before reading: a change in between makes the stamp older than the
   * case, and the worst that does is one question too many at save. */
  stamp = alignment_file_stamp_new (file, cancellable, NULL);
  loaded = alignment_case_load_with_progress (file, data->progress != NULL ? load_progress_cb : NULL, task,
                                              cancellable, &error);
  if (loaded == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  if (g_task_return_error_if_cancelled (task))
    return;

  /* The document (and its history's shadow of every signal) is built
   * here, off the main thread: nothing else holds the case yet. */
  document = alignment_document_new (loaded, file);
  document->stamp = g_steal_pointer (&stamp);
  g_task_return_pointer (task, document, g_object_unref);
}

void
alignment_document_load_async (GFile                 *file,
                               GCancellable          *cancellable,
                               GFileProgressCallback  progress_callback,
                               gpointer               progress_data,
                               GAsyncReadyCallback    callback,
                               gpointer               user_data)
{
  g_autoptr(GTask) task = NULL;
  LoadData *data;

  g_return_if_fail (G_IS_FILE (file));

  data = g_new0 (LoadData, 1);
  g_mutex_init (&data->lock);
  data->file = g_object_ref (file);
  data->progress = progress_callback;
  data->progress_data = progress_data;

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, alignment_document_load_async);
  g_task_set_task_data (task, data, (GDestroyNotify) load_data_free);
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
  return self->file == NULL || self->unsaved || alignment_history_get_modified (self->history);
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

void
alignment_document_mark_unsaved (AlignmentDocument *self)
{
  g_return_if_fail (ALIGNMENT_IS_DOCUMENT (self));

  if (self->unsaved)
    return;

  self->unsaved = TRUE;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
}

const AlignmentFileStamp *
alignment_document_get_stamp (AlignmentDocument *self)
{
  g_return_val_if_fail (ALIGNMENT_IS_DOCUMENT (self), NULL);

  return self->stamp;
}

void
alignment_document_set_stamp (AlignmentDocument  *self,
                              AlignmentFileStamp *stamp)
{
  g_return_if_fail (ALIGNMENT_IS_DOCUMENT (self));

  g_clear_pointer (&self->stamp, alignment_file_stamp_free);
  self->stamp = stamp;
  self->stamp_unknown = FALSE;
}

/* One save: what it writes to and what it checks first, set up on the
 * main thread so that the saving thread reads only its own copies. */
typedef struct
{
  GFile              *file;
  gboolean            check;
  AlignmentFileStamp *expected;  /* NULL with check: not known, so ask */
  AlignmentFileStamp *written;   /* the stamp after the save */
} SaveJob;

static void
save_job_free (SaveJob *job)
{
  g_clear_object (&job->file);
  g_clear_pointer (&job->expected, alignment_file_stamp_free);
  g_clear_pointer (&job->written, alignment_file_stamp_free);
  g_free (job);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SaveJob, save_job_free)

static SaveJob *
save_job_new (AlignmentDocument *self,
              GFile             *file)
{
  SaveJob *job = g_new0 (SaveJob, 1);

  job->file = g_object_ref (file != NULL ? file : self->file);
  /* Save As to another file: the file chooser asked about replacing. */
  job->check = self->file != NULL && g_file_equal (job->file, self->file)
               && (self->stamp != NULL || self->stamp_unknown);
  job->expected = alignment_file_stamp_copy (self->stamp);
  return job;
}

/* Blocking: the check, the write and the new stamp. */
static gboolean
save_job_run (SaveJob        *job,
              AlignmentCase  *alignment_case,
              GCancellable   *cancellable,
              GError        **error)
{
  if (job->check && g_file_query_exists (job->file, cancellable)
      && (job->expected == NULL || !alignment_file_stamp_matches (job->expected, job->file, cancellable)))
    {
      g_autofree char *name = g_file_get_parse_name (job->file);

      g_set_error (error, ALIGNMENT_DOCUMENT_ERROR, ALIGNMENT_DOCUMENT_ERROR_CHANGED_ON_DISK,
                   _("“%s” was changed by another program since it was opened or last saved."),
                   name);
      return FALSE;
    }

  if (!alignment_case_save (alignment_case, job->file, cancellable, error))
    return FALSE;

  /* Without a stamp the next save cannot check: better than failing a
   * save that worked. */
  job->written = alignment_file_stamp_new (job->file, cancellable, NULL);
  return TRUE;
}

gboolean
alignment_document_save (AlignmentDocument  *self,
                         GFile              *file,
                         GError            **error)
{
  g_autoptr(SaveJob) job = NULL;

  g_return_val_if_fail (ALIGNMENT_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (file != NULL || self->file != NULL, FALSE);

  job = save_job_new (self, file);
  if (!save_job_run (job, self->alignment_case, NULL, error))
    return FALSE;

  alignment_document_saved (self, job->file, g_steal_pointer (&job->written));
  return TRUE;
}

static void
alignment_document_saved (AlignmentDocument  *self,
                          GFile              *file,
                          AlignmentFileStamp *stamp)
{
  if (self->file != file && g_set_object (&self->file, file))
    {
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILE]);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
    }
  alignment_document_set_stamp (self, stamp);
  self->unsaved = FALSE;
  /* Notifies "modified" through the history. */
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

  if (save_job_run (task_data, self->alignment_case, cancellable, &error))
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
  g_task_set_task_data (task, save_job_new (self, file), (GDestroyNotify) save_job_free);
  g_task_run_in_thread (task, save_thread);
}

gboolean
alignment_document_save_finish (AlignmentDocument  *self,
                                GAsyncResult       *result,
                                GError            **error)
{
  SaveJob *job;

  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  if (!g_task_propagate_boolean (G_TASK (result), error))
    return FALSE;

  job = g_task_get_task_data (G_TASK (result));
  alignment_document_saved (self, job->file, g_steal_pointer (&job->written));
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

AlignmentAutosave *
alignment_document_get_autosave (AlignmentDocument *self)
{
  g_return_val_if_fail (ALIGNMENT_IS_DOCUMENT (self), NULL);

  return self->autosave;
}

void
alignment_document_set_autosave (AlignmentDocument *self,
                                 AlignmentAutosave *autosave)
{
  g_return_if_fail (ALIGNMENT_IS_DOCUMENT (self));
  g_return_if_fail (autosave == NULL || ALIGNMENT_IS_AUTOSAVE (autosave));

  g_set_object (&self->autosave, autosave);
}

static void
alignment_document_dispose (GObject *object)
{
  AlignmentDocument *self = ALIGNMENT_DOCUMENT (object);

  /* First: its timers must not fire on a document half gone. */
  g_clear_object (&self->autosave);
  g_clear_object (&self->history);
  g_clear_object (&self->alignment_case);
  g_clear_object (&self->file);
  g_clear_pointer (&self->stamp, alignment_file_stamp_free);

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
