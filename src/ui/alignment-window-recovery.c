/* alignment-window-recovery.c: recovery copies of unsaved cases
 *
 * While a case has unsaved changes, a copy of it is written to the
 * recovery folder (alignment-recovery.h) a few seconds after the last
 * change, and soon after every step of the undo history.  Saving the
 * case, or undoing back to the saved state, removes the copy; so does
 * "Discard" when the window closes.  What is left after a crash is
 * offered back at the next start, one question per copy: nothing is
 * restored silently and nothing is deleted without asking.
 *
 * The state lives on the document (object data), not on the window: a
 * copy belongs to the case, and the timers die with it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "alignment-recovery.h"
#include "alignment-window-private.h"

#define RECOVERY_DATA "alignment-recovery"
#define DEFAULT_DELAY_MS 5000

typedef struct
{
  AlignmentDocument *document;  /* not a reference: the state is its data */
  char              *key;
  guint              timeout;   /* a few seconds after the last change */
  guint              idle;      /* soon after a step of the history */
  gboolean           writing;
  gboolean           pending;   /* asked again while writing */
  gboolean           discarded; /* discarded while writing */
  gboolean           watched;
  gboolean           warned;    /* told the user a copy failed */
} Recovery;

static void write_copy (AlignmentDocument *document);

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

static void
recovery_free (gpointer data)
{
  Recovery *recovery = data;

  g_clear_handle_id (&recovery->timeout, g_source_remove);
  g_clear_handle_id (&recovery->idle, g_source_remove);
  g_free (recovery->key);
  g_free (recovery);
}

static Recovery *
get_recovery (AlignmentDocument *document)
{
  return g_object_get_data (G_OBJECT (document), RECOVERY_DATA);
}

static Recovery *
ensure_recovery (AlignmentDocument *document,
                 const char        *key)
{
  Recovery *recovery = get_recovery (document);

  if (recovery != NULL)
    return recovery;

  recovery = g_new0 (Recovery, 1);
  recovery->document = document;
  recovery->key = key != NULL ? g_strdup (key) : alignment_recovery_new_key ();
  g_object_set_data_full (G_OBJECT (document), RECOVERY_DATA, recovery, recovery_free);
  return recovery;
}

/* ---- Writing -------------------------------------------------------------------- */

typedef struct
{
  GFile  *folder;
  char   *key;
  GBytes *bytes;
  GFile  *origin;
  GApplication *app;           /* held while the copy is written */
} WriteJob;

static void
write_job_free (WriteJob *job)
{
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

/* Once per case, in the window that shows it: the case itself is fine,
 * but the user should know that a crash now would lose the changes. */
static void
warn_not_written (AlignmentDocument *document,
                  const GError      *error)
{
  GApplication *app = g_application_get_default ();
  g_autofree char *title = alignment_document_dup_title (document);
  g_autofree char *text = NULL;

  g_message ("Could not write a recovery copy of “%s”: %s", title, error->message);
  if (!GTK_IS_APPLICATION (app))
    return;

  /* Translators: %s is the case's title. */
  text = g_strdup_printf (_("Could not keep a recovery copy of “%s”: save it to be safe"), title);
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (app)); l != NULL; l = l->next)
    if (ALIGNMENT_IS_WINDOW (l->data)
        && g_list_store_find (G_LIST_STORE (alignment_window_get_documents (l->data)), document, NULL))
      {
        _alignment_window_toast (l->data, text);
        return;
      }
}

static void
written_cb (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  AlignmentDocument *document = ALIGNMENT_DOCUMENT (object);
  Recovery *recovery = get_recovery (document);
  WriteJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;

  /* Not worth a dialog in the middle of the user's work: a toast. */
  if (!g_task_propagate_boolean (G_TASK (result), &error) && recovery != NULL && !recovery->warned)
    {
      recovery->warned = TRUE;
      warn_not_written (document, error);
    }

  if (recovery != NULL)
    {
      recovery->writing = FALSE;
      if (recovery->discarded)
        {
          g_autoptr(GFile) folder = alignment_recovery_get_folder ();

          recovery->discarded = FALSE;
          recovery->pending = FALSE;
          alignment_recovery_discard (folder, recovery->key);
        }
      else if (recovery->pending)
        {
          recovery->pending = FALSE;
          write_copy (document);
        }
    }

  /* Here, not in the job's free function: that may run in the thread. */
  if (job->app != NULL)
    {
      g_application_release (job->app);
      g_clear_object (&job->app);
    }
}

static void
write_copy (AlignmentDocument *document)
{
  Recovery *recovery = get_recovery (document);
  g_autoptr(GTask) task = NULL;
  WriteJob *job;
  GApplication *app = g_application_get_default ();

  if (recovery == NULL)
    return;

  g_clear_handle_id (&recovery->timeout, g_source_remove);
  g_clear_handle_id (&recovery->idle, g_source_remove);
  if (!alignment_document_get_modified (document))
    return;
  if (recovery->writing)
    {
      recovery->pending = TRUE;
      return;
    }

  job = g_new0 (WriteJob, 1);
  job->folder = alignment_recovery_get_folder ();
  job->key = g_strdup (recovery->key);
  job->bytes = alignment_case_to_bytes (alignment_document_get_case (document));
  if (alignment_document_get_file (document) != NULL)
    job->origin = g_object_ref (alignment_document_get_file (document));

  recovery->writing = TRUE;
  /* A quit does not cut a copy (or the discard after it) in half: the
   * job releases the application when the callback is done. */
  if (app != NULL)
    {
      job->app = g_object_ref (app);
      g_application_hold (app);
    }

  task = g_task_new (document, NULL, written_cb, NULL);
  g_task_set_source_tag (task, write_copy);
  g_task_set_task_data (task, job, (GDestroyNotify) write_job_free);
  g_task_run_in_thread (task, write_thread);
}

static gboolean
timeout_cb (gpointer data)
{
  Recovery *recovery = data;

  recovery->timeout = 0;
  write_copy (recovery->document);
  return G_SOURCE_REMOVE;
}

static gboolean
idle_cb (gpointer data)
{
  Recovery *recovery = data;

  recovery->idle = 0;
  write_copy (recovery->document);
  return G_SOURCE_REMOVE;
}

/* Every change, typing included: the copy waits for a pause. */
static void
history_changed_cb (AlignmentDocument *document)
{
  Recovery *recovery = get_recovery (document);

  if (recovery == NULL)
    return;

  g_clear_handle_id (&recovery->timeout, g_source_remove);
  recovery->timeout = g_timeout_add (recovery_delay_ms (), timeout_cb, recovery);
}

/* A step of the history (a new one, an undo, a redo): a checkpoint,
 * written as soon as the main loop is idle. */
static void
history_step_cb (AlignmentDocument *document)
{
  Recovery *recovery = get_recovery (document);

  if (recovery == NULL || recovery->idle != 0)
    return;

  recovery->idle = g_idle_add_full (G_PRIORITY_LOW, idle_cb, recovery, NULL);
}

static void
discard_copy (AlignmentDocument *document)
{
  Recovery *recovery = get_recovery (document);
  g_autoptr(GFile) folder = NULL;

  if (recovery == NULL)
    return;

  g_clear_handle_id (&recovery->timeout, g_source_remove);
  g_clear_handle_id (&recovery->idle, g_source_remove);
  recovery->pending = FALSE;
  if (recovery->writing)
    recovery->discarded = TRUE;

  folder = alignment_recovery_get_folder ();
  alignment_recovery_discard (folder, recovery->key);
}

/* Saved, or undone back to the saved state: nothing left to recover. */
static void
document_modified_cb (AlignmentDocument *document)
{
  if (!alignment_document_get_modified (document))
    discard_copy (document);
  else
    history_step_cb (document);
}

void
_alignment_window_recovery_watch (AlignmentWindow   *self,
                                  AlignmentDocument *document)
{
  AlignmentHistory *history = alignment_document_get_history (document);
  Recovery *recovery = ensure_recovery (document, NULL);

  if (recovery->watched)
    return;

  recovery->watched = TRUE;
  /* Connected to the document: they go when it does, whichever window
   * shows it. */
  g_signal_connect_object (history, "changed", G_CALLBACK (history_changed_cb),
                           document, G_CONNECT_SWAPPED);
  g_signal_connect_object (history, "notify::changes-since-save", G_CALLBACK (history_step_cb),
                           document, G_CONNECT_SWAPPED);
  g_signal_connect_object (document, "notify::modified", G_CALLBACK (document_modified_cb),
                           document, G_CONNECT_SWAPPED);

  /* A restored case is unsaved from the start. */
  if (alignment_document_get_modified (document))
    history_step_cb (document);
}

void
_alignment_window_recovery_discard (AlignmentWindow   *self,
                                    AlignmentDocument *document)
{
  discard_copy (document);
}

/* ---- Offering the copies back ------------------------------------------------------ */

typedef struct
{
  AlignmentWindow *self;
  GPtrArray       *entries;  /* AlignmentRecoveryEntry, the next first */
} Offer;

static void offer_next (Offer *offer);

static void
offer_free (Offer *offer)
{
  g_object_unref (offer->self);
  g_ptr_array_unref (offer->entries);
  g_free (offer);
}

static char *
describe_age (GDateTime *written)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  GTimeSpan span = MAX (0, g_date_time_difference (now, written));
  gint64 minutes = span / G_TIME_SPAN_MINUTE;
  gint64 hours = span / G_TIME_SPAN_HOUR;
  gint64 days = span / G_TIME_SPAN_DAY;

  if (minutes < 1)
    return g_strdup (_("less than a minute ago"));
  if (hours < 1)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d minute ago", "%d minutes ago", minutes),
                            (int) minutes);
  if (days < 1)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d hour ago", "%d hours ago", hours),
                            (int) hours);
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d day ago", "%d days ago", days),
                          (int) days);
}

static char *
describe_entry (AlignmentRecoveryEntry *entry)
{
  g_autofree char *age = describe_age (entry->written);
  g_autofree char *what = NULL;
  const char *title = entry->title != NULL && *entry->title != '\0' ? entry->title : _("Untitled");

  if (entry->origin != NULL)
    {
      g_autofree char *name = g_file_get_parse_name (entry->origin);

      /* Translators: "“Shipyard” (/home/ann/Shipyard.alignment)" */
      what = g_strdup_printf (_("“%s” (%s)"), title, name);
    }
  else
    /* Translators: %s is the case's title. */
    what = g_strdup_printf (_("a new case, “%s”"), title);

  /* Translators: the first %s says which case, the second how old the
   * copy is: "3 minutes ago". */
  return g_strdup_printf (_("Alignment did not close properly while %s had unsaved changes. "
                            "A recovery copy of it was written %s.\n\n"
                            "Restore opens the copy as unsaved changes; Discard deletes it; "
                            "Decide Later asks again at the next start."),
                          what, age);
}

typedef struct
{
  Offer                  *offer;
  AlignmentRecoveryEntry *entry;
} Restore;

static void
restore_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  AlignmentRecoveryEntry *entry = task_data;
  g_autoptr(AlignmentCase) restored = NULL;
  g_autoptr(GError) error = NULL;

  restored = alignment_case_load (entry->copy, cancellable, &error);
  if (restored == NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, alignment_document_new_restored (restored, entry->origin), g_object_unref);
}

static void
restored_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  Offer *offer = user_data;
  AlignmentWindow *self = offer->self;
  AlignmentRecoveryEntry *entry = g_task_get_task_data (G_TASK (result));
  g_autoptr(AlignmentDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  GFile *origin = entry->origin;

  document = g_task_propagate_pointer (G_TASK (result), &error);
  /* The window closed while the copy was read: the copy stays for the
   * next start. */
  if (gtk_window_get_application (GTK_WINDOW (self)) == NULL)
    {
      offer_next (offer);
      return;
    }
  if (document == NULL)
    {
      /* The copy stays: it is not deleted without asking. */
      _alignment_window_show_error (self, _("Could Not Restore the Case"), error);
      offer_next (offer);
      return;
    }

  /* The same key: the copy on disk is this document's until it is
   * saved or discarded, so a second crash loses nothing either. */
  ensure_recovery (document, entry->key);

  /* The file as it is on disk may already be open (the case shown at
   * the last start): the restored version takes its place. */
  if (origin != NULL)
    {
      AlignmentDocument *open = _alignment_window_find_document (self, origin);

      if (alignment_window_get_loading (self) && self->file != NULL && g_file_equal (self->file, origin))
        _alignment_window_cancel_loading (self);
      if (open != NULL && !alignment_document_get_modified (open))
        _alignment_window_forget_document (self, open);
    }

  _alignment_window_show_document (self, document);
  offer_next (offer);
}

static void
offer_response_cb (AdwMessageDialog *dialog,
                   const char       *response,
                   Offer            *offer)
{
  AlignmentRecoveryEntry *entry = g_ptr_array_steal_index (offer->entries, 0);

  if (g_str_equal (response, "restore"))
    {
      g_autoptr(GTask) task = g_task_new (NULL, NULL, restored_cb, offer);

      g_task_set_source_tag (task, offer_response_cb);
      g_task_set_task_data (task, entry, (GDestroyNotify) alignment_recovery_entry_free);
      g_task_run_in_thread (task, restore_thread);
      return;
    }

  if (g_str_equal (response, "discard"))
    {
      g_autoptr(GFile) folder = g_file_get_parent (entry->copy);

      alignment_recovery_discard (folder, entry->key);
    }

  /* "later" (or the dialog closed): the copy stays for the next start. */
  alignment_recovery_entry_free (entry);
  offer_next (offer);
}

static void
offer_next (Offer *offer)
{
  AlignmentRecoveryEntry *entry;
  g_autofree char *body = NULL;
  GtkWidget *dialog;

  /* A window closed meanwhile leaves the rest for the next start. */
  if (offer->entries->len == 0 || gtk_window_get_application (GTK_WINDOW (offer->self)) == NULL)
    {
      offer_free (offer);
      return;
    }

  entry = g_ptr_array_index (offer->entries, 0);
  body = describe_entry (entry);
  dialog = adw_message_dialog_new (GTK_WINDOW (offer->self), _("Restore Unsaved Changes?"), body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "later", _("Decide _Later"),
                                    "discard", _("_Discard"),
                                    "restore", _("_Restore"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "restore", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "restore");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "later");
  g_signal_connect (dialog, "response", G_CALLBACK (offer_response_cb), offer);
  gtk_window_present (GTK_WINDOW (dialog));
}

void
alignment_window_offer_recovery (AlignmentWindow *self)
{
  g_autoptr(GFile) folder = NULL;
  Offer *offer;

  g_return_if_fail (ALIGNMENT_IS_WINDOW (self));

  folder = alignment_recovery_get_folder ();
  offer = g_new0 (Offer, 1);
  offer->self = g_object_ref (self);
  offer->entries = alignment_recovery_list (folder);
  offer_next (offer);
}
