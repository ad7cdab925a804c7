/* alignment-file-monitor.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "alignment-file-monitor.h"

/* Editors write in bursts (a temporary file, a rename, a touch): one
 * check after the burst. */
#define CHECK_DELAY_MS 250

G_DEFINE_ENUM_TYPE (AlignmentFileState, alignment_file_state,
  G_DEFINE_ENUM_VALUE (ALIGNMENT_FILE_UNCHANGED, "unchanged"),
  G_DEFINE_ENUM_VALUE (ALIGNMENT_FILE_CHANGED, "changed"),
  G_DEFINE_ENUM_VALUE (ALIGNMENT_FILE_DELETED, "deleted"))

struct _AlignmentFileMonitor
{
  GObject            parent_instance;

  AlignmentDocument *document;
  GFile             *file;
  GFileMonitor      *monitor;
  guint              check_source;
  GCancellable      *check;
  gboolean           paused;
};

G_DEFINE_FINAL_TYPE (AlignmentFileMonitor, alignment_file_monitor, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_DOCUMENT,
  PROP_FILE,
  N_PROPS
};

enum {
  CHECKED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* ---- Checking ---------------------------------------------------------------- */

typedef struct
{
  AlignmentDocument  *document;
  GFile              *file;
  AlignmentFileStamp *stamp;
  const AlignmentFileStamp *stamp_seen;  /* the document's, to notice a save meanwhile */
} CheckJob;

static void
check_job_free (CheckJob *job)
{
  g_clear_object (&job->document);
  g_clear_object (&job->file);
  g_clear_pointer (&job->stamp, alignment_file_stamp_free);
  g_free (job);
}

static void
check_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  CheckJob *job = task_data;

  if (!g_file_query_exists (job->file, cancellable))
    g_task_return_int (task, ALIGNMENT_FILE_DELETED);
  else if (!alignment_file_stamp_matches (job->stamp, job->file, cancellable))
    g_task_return_int (task, ALIGNMENT_FILE_CHANGED);
  else
    g_task_return_int (task, ALIGNMENT_FILE_UNCHANGED);
}

static void schedule_check (AlignmentFileMonitor *self);

static void
check_done_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  AlignmentFileMonitor *self = ALIGNMENT_FILE_MONITOR (object);
  CheckJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  AlignmentFileState state;

  state = g_task_propagate_int (G_TASK (result), &error);
  if (error != NULL || job->document != self->document)
    return;
  g_clear_object (&self->check);

  /* A save of ours since the check began: check against its stamp. */
  if (self->paused || alignment_document_get_stamp (job->document) != job->stamp_seen)
    {
      schedule_check (self);
      return;
    }

  g_signal_emit (self, signals[CHECKED], 0, state);
}

static gboolean
check_cb (gpointer data)
{
  AlignmentFileMonitor *self = data;
  const AlignmentFileStamp *stamp;
  g_autoptr(GTask) task = NULL;
  CheckJob *job;

  self->check_source = 0;
  if (self->document == NULL || self->file == NULL)
    return G_SOURCE_REMOVE;

  /* Our own save writes the file: look again when it is done. */
  if (self->paused)
    {
      schedule_check (self);
      return G_SOURCE_REMOVE;
    }

  /* No stamp (a case restored from a recovery copy, or one the user
   * chose to overwrite): nothing to compare, and the save asks anyway. */
  stamp = alignment_document_get_stamp (self->document);
  if (stamp == NULL)
    return G_SOURCE_REMOVE;

  job = g_new0 (CheckJob, 1);
  job->document = g_object_ref (self->document);
  job->file = g_object_ref (self->file);
  job->stamp = alignment_file_stamp_copy (stamp);
  job->stamp_seen = stamp;

  g_cancellable_cancel (self->check);
  g_clear_object (&self->check);
  self->check = g_cancellable_new ();
  task = g_task_new (self, self->check, check_done_cb, NULL);
  g_task_set_source_tag (task, check_cb);
  g_task_set_task_data (task, job, (GDestroyNotify) check_job_free);
  g_task_run_in_thread (task, check_thread);

  return G_SOURCE_REMOVE;
}

static void
schedule_check (AlignmentFileMonitor *self)
{
  g_clear_handle_id (&self->check_source, g_source_remove);
  self->check_source = g_timeout_add (CHECK_DELAY_MS, check_cb, self);
}

static void
monitor_changed_cb (GFileMonitor         *monitor,
                    GFile                *file,
                    GFile                *other_file,
                    GFileMonitorEvent     event,
                    AlignmentFileMonitor *self)
{
  if (event == G_FILE_MONITOR_EVENT_ATTRIBUTE_CHANGED
      || event == G_FILE_MONITOR_EVENT_PRE_UNMOUNT
      || event == G_FILE_MONITOR_EVENT_UNMOUNTED)
    return;

  schedule_check (self);
}

/* ---- Watching ----------------------------------------------------------------- */

static void
stop_watching (AlignmentFileMonitor *self)
{
  if (self->monitor != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->monitor, self);
      g_file_monitor_cancel (self->monitor);
      g_clear_object (&self->monitor);
    }
  if (self->document != NULL)
    g_signal_handlers_disconnect_by_data (self->document, self);
  g_cancellable_cancel (self->check);
  g_clear_object (&self->check);
  g_clear_handle_id (&self->check_source, g_source_remove);
  g_clear_object (&self->document);
  g_clear_object (&self->file);
}

static void document_file_cb (AlignmentFileMonitor *self);

static void
watch (AlignmentFileMonitor *self,
       AlignmentDocument    *document)
{
  GFile *file = document != NULL ? alignment_document_get_file (document) : NULL;
  g_autoptr(GError) error = NULL;

  stop_watching (self);
  if (document == NULL)
    return;

  self->document = g_object_ref (document);
  g_signal_connect_object (document, "notify::file", G_CALLBACK (document_file_cb),
                           self, G_CONNECT_SWAPPED);
  if (file == NULL)
    return;

  self->file = g_object_ref (file);
  self->monitor = g_file_monitor_file (file, G_FILE_MONITOR_WATCH_MOVES, NULL, &error);
  if (self->monitor != NULL)
    g_signal_connect_object (self->monitor, "changed", G_CALLBACK (monitor_changed_cb), self, 0);
  else
    {
      g_autofree char *uri = g_file_get_uri (file);

      g_debug ("Not watching %s: %s", uri, error->message);
    }

  /* It may have changed while it was not watched: looked at now, not
   * after the wait for an editor's burst of writes, which would keep a
   * case just opened busy for a quarter of a second more. */
  check_cb (self);
}

/* Saved under another name: that file is the one to watch now. */
static void
document_file_cb (AlignmentFileMonitor *self)
{
  g_autoptr(AlignmentDocument) document = g_object_ref (self->document);

  watch (self, document);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILE]);
}

AlignmentFileMonitor *
alignment_file_monitor_new (void)
{
  return g_object_new (ALIGNMENT_TYPE_FILE_MONITOR, NULL);
}

AlignmentDocument *
alignment_file_monitor_get_document (AlignmentFileMonitor *self)
{
  g_return_val_if_fail (ALIGNMENT_IS_FILE_MONITOR (self), NULL);

  return self->document;
}

void
alignment_file_monitor_set_document (AlignmentFileMonitor *self,
                                     AlignmentDocument    *document)
{
  GFile *file;

  g_return_if_fail (ALIGNMENT_IS_FILE_MONITOR (self));
  g_return_if_fail (document == NULL || ALIGNMENT_IS_DOCUMENT (document));

  if (document == self->document)
    return;

  file = self->file;
  watch (self, document);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);
  if (file != self->file)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILE]);
}

GFile *
alignment_file_monitor_get_file (AlignmentFileMonitor *self)
{
  g_return_val_if_fail (ALIGNMENT_IS_FILE_MONITOR (self), NULL);

  return self->file;
}

void
alignment_file_monitor_set_paused (AlignmentFileMonitor *self,
                                   gboolean              paused)
{
  g_return_if_fail (ALIGNMENT_IS_FILE_MONITOR (self));

  self->paused = !!paused;
}

static void
alignment_file_monitor_dispose (GObject *object)
{
  AlignmentFileMonitor *self = ALIGNMENT_FILE_MONITOR (object);

  stop_watching (self);

  G_OBJECT_CLASS (alignment_file_monitor_parent_class)->dispose (object);
}

static void
alignment_file_monitor_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  AlignmentFileMonitor *self = ALIGNMENT_FILE_MONITOR (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;

    case PROP_FILE:
      g_value_set_object (value, self->file);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
alignment_file_monitor_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  AlignmentFileMonitor *self = ALIGNMENT_FILE_MONITOR (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      alignment_file_monitor_set_document (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
alignment_file_monitor_class_init (AlignmentFileMonitorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = alignment_file_monitor_dispose;
  object_class->get_property = alignment_file_monitor_get_property;
  object_class->set_property = alignment_file_monitor_set_property;

  properties[PROP_DOCUMENT] = g_param_spec_object ("document", NULL, NULL, ALIGNMENT_TYPE_DOCUMENT,
                                                   G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY
                                                   | G_PARAM_STATIC_STRINGS);
  properties[PROP_FILE] = g_param_spec_object ("file", NULL, NULL, G_TYPE_FILE,
                                               G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY
                                               | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[CHECKED] = g_signal_new ("checked",
                                   G_TYPE_FROM_CLASS (klass),
                                   G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL,
                                   G_TYPE_NONE, 1, ALIGNMENT_TYPE_FILE_STATE);
}

static void
alignment_file_monitor_init (AlignmentFileMonitor *self)
{
}
