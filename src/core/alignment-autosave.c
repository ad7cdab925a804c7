/* alignment-autosave.c
 *
 * Typing fires the history's "changed" at every key: the copy waits for
 * a pause.  A step of the history (a new one, an undo, a redo) is a
 * checkpoint, written as soon as the main loop is idle.  One copy is
 * written at a time; a request meanwhile is remembered and written
 * after, and a discard meanwhile removes the copy once it is written.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "alignment-autosave.h"
#include "alignment-case.h"
#include "alignment-case-xml.h"
#include "alignment-recovery.h"

#define DEFAULT_DELAY_MS 5000

struct _AlignmentAutosave
{
  GObject            parent_instance;

  AlignmentDocument *document;  /* weak: the document owns us */
  GFile             *folder;
  char              *key;
  guint              timeout;   /* a few seconds after the last change */
  guint              idle;      /* soon after a step of the history */
  gboolean           writing;
  gboolean           pending;   /* asked again while writing */
  gboolean           discarded; /* discarded while writing */
  gboolean           warned;    /* "failed" was emitted */
};

G_DEFINE_FINAL_TYPE (AlignmentAutosave, alignment_autosave, G_TYPE_OBJECT)

enum {
  FAILED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void write_copy (AlignmentAutosave *self);

/* ALIGNMENT_RECOVERY_DELAY_MS makes tests (and the curious) wait less. */
static guint
recovery_delay_ms (void)
{
  static guint delay;

  if (delay == 0)
    {
      const char *value = g_getenv ("ALIGNMENT_RECOVERY_DELAY_MS");
      guint64 parsed = 0;

      if (value == NULL || !g_ascii_string_to_unsigned (value, 10, 1, G_MAXUINT, &parsed, NULL))
        parsed = DEFAULT_DELAY_MS;
      delay = (guint) parsed;
    }

  return delay;
}

/* ---- Writing -------------------------------------------------------------------- */

typedef struct
{
  AlignmentDocument *document;  /* its pending copy is written after this one */
  GFile             *folder;
  char              *key;
  GBytes            *bytes;
  GFile             *origin;
  GApplication      *app;       /* held while the copy is written */
} WriteJob;

static void
write_job_free (WriteJob *job)
{
  g_clear_object (&job->document);
  g_clear_object (&job->folder);
  g_free (job->key);
  g_clear_pointer (&job->bytes, g_bytes_unref);
  g_clear_object (&job->origin);
  g_clear_object (&job->app);
  g_free (job);
}

static void
write_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  WriteJob *job = task_data;
  g_autoptr(AlignmentCase) copy = NULL;
  g_autoptr(GError) error = NULL;
  gsize size;
  const char *data = g_bytes_get_data (job->bytes, &size);

  /* The case was written out on the main thread, where it may change;
   * the thread works on its own copy. */
  copy = alignment_case_load_from_data (data, size, NULL, &error);
  if (copy == NULL || !alignment_recovery_save (job->folder, job->key, copy, job->origin, &error))
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_boolean (task, TRUE);
}

static void
written_cb (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  AlignmentAutosave *self = ALIGNMENT_AUTOSAVE (object);
  WriteJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;

  /* Said once: not worth repeating in the middle of the user's work. */
  if (!g_task_propagate_boolean (G_TASK (result), &error) && !self->warned)
    {
      self->warned = TRUE;
      g_signal_emit (self, signals[FAILED], 0, error);
    }

  self->writing = FALSE;
  if (self->discarded)
    {
      self->discarded = FALSE;
      self->pending = FALSE;
      alignment_recovery_discard (self->folder, self->key);
    }
  else if (self->pending)
    {
      self->pending = FALSE;
      write_copy (self);
    }

  /* Here, not in the job's free function: that may run in the thread. */
  g_clear_object (&job->document);
  if (job->app != NULL)
    {
      g_application_release (job->app);
      g_clear_object (&job->app);
    }
}

static void
write_copy (AlignmentAutosave *self)
{
  g_autoptr(GTask) task = NULL;
  WriteJob *job;
  GApplication *app = g_application_get_default ();

  g_clear_handle_id (&self->timeout, g_source_remove);
  g_clear_handle_id (&self->idle, g_source_remove);
  if (self->document == NULL || !alignment_document_get_modified (self->document))
    return;
  if (self->writing)
    {
      self->pending = TRUE;
      return;
    }

  job = g_new0 (WriteJob, 1);
  /* The document lives until the copy is written, so that a change
   * asked for meanwhile is written too. */
  job->document = g_object_ref (self->document);
  job->folder = g_object_ref (self->folder);
  job->key = g_strdup (self->key);
  job->bytes = alignment_case_to_bytes (alignment_document_get_case (self->document));
  if (alignment_document_get_file (self->document) != NULL)
    job->origin = g_object_ref (alignment_document_get_file (self->document));

  self->writing = TRUE;
  /* A quit does not cut a copy (or the discard after it) in half: the
   * job releases the application when the callback is done. */
  if (app != NULL)
    {
      job->app = g_object_ref (app);
      g_application_hold (app);
    }

  task = g_task_new (self, NULL, written_cb, NULL);
  g_task_set_source_tag (task, write_copy);
  g_task_set_task_data (task, job, (GDestroyNotify) write_job_free);
  g_task_run_in_thread (task, write_thread);
}

static gboolean
timeout_cb (gpointer data)
{
  AlignmentAutosave *self = data;

  self->timeout = 0;
  write_copy (self);
  return G_SOURCE_REMOVE;
}

static gboolean
idle_cb (gpointer data)
{
  AlignmentAutosave *self = data;

  self->idle = 0;
  write_copy (self);
  return G_SOURCE_REMOVE;
}

/* ---- Following the document ---------------------------------------------------- */

/* Every change, typing included: the copy waits for a pause. */
static void
history_changed_cb (AlignmentAutosave *self)
{
  g_clear_handle_id (&self->timeout, g_source_remove);
  self->timeout = g_timeout_add (recovery_delay_ms (), timeout_cb, self);
}

/* A step of the history: a checkpoint. */
static void
history_step_cb (AlignmentAutosave *self)
{
  if (self->idle != 0)
    return;

  self->idle = g_idle_add_full (G_PRIORITY_LOW, idle_cb, self, NULL);
}

/* Saved, or undone back to the saved state: nothing left to recover. */
static void
document_modified_cb (AlignmentAutosave *self)
{
  if (!alignment_document_get_modified (self->document))
    alignment_autosave_discard (self);
  else
    history_step_cb (self);
}

void
alignment_autosave_discard (AlignmentAutosave *self)
{
  g_return_if_fail (ALIGNMENT_IS_AUTOSAVE (self));

  g_clear_handle_id (&self->timeout, g_source_remove);
  g_clear_handle_id (&self->idle, g_source_remove);
  self->pending = FALSE;
  if (self->writing)
    self->discarded = TRUE;

  alignment_recovery_discard (self->folder, self->key);
}

const char *
alignment_autosave_get_key (AlignmentAutosave *self)
{
  g_return_val_if_fail (ALIGNMENT_IS_AUTOSAVE (self), NULL);

  return self->key;
}

AlignmentAutosave *
alignment_autosave_new (AlignmentDocument *document,
                        GFile             *folder,
                        const char        *key)
{
  AlignmentAutosave *self;
  AlignmentHistory *history;

  g_return_val_if_fail (ALIGNMENT_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (folder == NULL || G_IS_FILE (folder), NULL);

  self = g_object_new (ALIGNMENT_TYPE_AUTOSAVE, NULL);
  g_set_weak_pointer (&self->document, document);
  self->folder = folder != NULL ? g_object_ref (folder) : alignment_recovery_get_folder ();
  self->key = key != NULL ? g_strdup (key) : alignment_recovery_new_key ();

  history = alignment_document_get_history (document);
  g_signal_connect_object (history, "changed", G_CALLBACK (history_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (history, "notify::changes-since-save", G_CALLBACK (history_step_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (document, "notify::modified", G_CALLBACK (document_modified_cb),
                           self, G_CONNECT_SWAPPED);

  /* A restored case is unsaved from the start. */
  if (alignment_document_get_modified (document))
    history_step_cb (self);

  return self;
}

static void
alignment_autosave_dispose (GObject *object)
{
  AlignmentAutosave *self = ALIGNMENT_AUTOSAVE (object);

  g_clear_handle_id (&self->timeout, g_source_remove);
  g_clear_handle_id (&self->idle, g_source_remove);
  g_clear_weak_pointer (&self->document);

  G_OBJECT_CLASS (alignment_autosave_parent_class)->dispose (object);
}

static void
alignment_autosave_finalize (GObject *object)
{
  AlignmentAutosave *self = ALIGNMENT_AUTOSAVE (object);

  g_clear_object (&self->folder);
  g_free (self->key);

  G_OBJECT_CLASS (alignment_autosave_parent_class)->finalize (object);
}

static void
alignment_autosave_class_init (AlignmentAutosaveClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = alignment_autosave_dispose;
  object_class->finalize = alignment_autosave_finalize;

  signals[FAILED] = g_signal_new ("failed",
                                  G_TYPE_FROM_CLASS (klass),
                                  G_SIGNAL_RUN_LAST,
                                  0, NULL, NULL, NULL,
                                  G_TYPE_NONE, 1, G_TYPE_ERROR | G_SIGNAL_TYPE_STATIC_SCOPE);
}

static void
alignment_autosave_init (AlignmentAutosave *self)
{
}
