/* alignment-window-disk.c: the case's file, changed behind our back
 *
 * The file of the case shown is watched.  When another program (or
 * another window) writes or deletes it, a bar above the case says so and
 * offers to reload it or keep the window's version.  A change is told
 * from our own saves by the file's stamp (alignment-file-stamp.h), not by
 * the monitor's events, which an atomic save of our own also causes.
 *
 * Saving over a file that no longer matches its stamp fails in the
 * document (ALIGNMENT_DOCUMENT_ERROR_CHANGED_ON_DISK); the question the
 * user then gets is here too.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "alignment-window-private.h"

/* Editors write in bursts (a temporary file, a rename, a touch): one
 * check after the burst. */
#define CHECK_DELAY_MS 250

typedef enum
{
  DISK_UNCHANGED,
  DISK_CHANGED,
  DISK_DELETED,
} DiskState;

struct _AlignmentWindowDisk
{
  AlignmentDocument *document;   /* the one watched */
  GFile             *file;
  GFileMonitor      *monitor;
  guint              check_source;
  GCancellable      *check;

  GtkRevealer       *bar;
  GtkLabel          *label;
  GtkWidget         *reload;
};

/* ---- The bar ---------------------------------------------------------------- */

static void
hide_bar (AlignmentWindow *self)
{
  gtk_revealer_set_reveal_child (self->disk->bar, FALSE);
}

static void
show_bar (AlignmentWindow *self,
          DiskState        state)
{
  AlignmentWindowDisk *disk = self->disk;
  g_autofree char *title = alignment_document_dup_title (disk->document);
  g_autofree char *text = NULL;

  if (state == DISK_DELETED)
    /* Translators: %s is the case's title. */
    text = g_strdup_printf (_("The file of “%s” was deleted or moved by another program. "
                              "Save to write it again."), title);
  else
    text = g_strdup_printf (_("The file of “%s” was changed by another program."), title);

  gtk_label_set_text (disk->label, text);
  gtk_widget_set_visible (disk->reload, state == DISK_CHANGED);
  gtk_revealer_set_reveal_child (disk->bar, TRUE);
}

static void
reload (AlignmentWindow *self)
{
  g_autoptr(AlignmentDocument) document = g_object_ref (self->disk->document);
  g_autoptr(GFile) file = g_object_ref (alignment_document_get_file (document));

  hide_bar (self);
  /* The user chose the file's version: the window's is let go, and
   * its recovery copy with it. */
  _alignment_window_recovery_discard (self, document);
  _alignment_window_forget_document (self, document);
  alignment_window_open (self, file);
}

static void
reload_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    AlignmentWindow  *self)
{
  AlignmentDocument *document = g_object_get_data (G_OBJECT (dialog), "document");

  if (g_str_equal (response, "reload") && document == self->disk->document)
    reload (self);
}

static void
reload_clicked_cb (AlignmentWindow *self)
{
  AlignmentDocument *document = self->disk->document;
  g_autofree char *title = NULL;
  g_autofree char *heading = NULL;
  GtkWidget *dialog;

  if (document == NULL)
    return;

  if (!alignment_document_get_modified (document))
    {
      reload (self);
      return;
    }

  title = alignment_document_dup_title (document);
  heading = g_strdup_printf (_("Reload “%s”?"), title);
  dialog = adw_message_dialog_new (GTK_WINDOW (self), heading,
                                   _("The changes you have not saved will be lost, "
                                     "and the case shown as the other program wrote it."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "reload", _("_Reload"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "reload", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "document", g_object_ref (document), g_object_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (reload_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
keep_clicked_cb (AlignmentWindow *self)
{
  /* The window's version now differs from the file: closing asks, and
   * the next save asks before overwriting. */
  if (self->disk->document != NULL)
    alignment_document_mark_unsaved (self->disk->document);
  hide_bar (self);
}

static GtkWidget *
bar_new (AlignmentWindow *self)
{
  AlignmentWindowDisk *disk = self->disk;
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *keep;

  gtk_widget_add_css_class (box, "toolbar");
  gtk_widget_add_css_class (box, "disk-changed-bar");

  disk->label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (disk->label, TRUE);
  gtk_label_set_xalign (disk->label, 0.0);
  gtk_widget_set_hexpand (GTK_WIDGET (disk->label), TRUE);
  gtk_widget_set_margin_start (GTK_WIDGET (disk->label), 6);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (disk->label));

  keep = gtk_button_new_with_mnemonic (_("_Keep Mine"));
  gtk_widget_set_tooltip_text (keep, _("Keep the case as this window shows it"));
  g_signal_connect_swapped (keep, "clicked", G_CALLBACK (keep_clicked_cb), self);
  gtk_box_append (GTK_BOX (box), keep);

  disk->reload = gtk_button_new_with_mnemonic (_("_Reload"));
  gtk_widget_set_tooltip_text (disk->reload, _("Show the case as the other program wrote it"));
  gtk_widget_add_css_class (disk->reload, "suggested-action");
  g_signal_connect_swapped (disk->reload, "clicked", G_CALLBACK (reload_clicked_cb), self);
  gtk_box_append (GTK_BOX (box), disk->reload);

  disk->bar = GTK_REVEALER (gtk_revealer_new ());
  gtk_revealer_set_child (disk->bar, box);
  gtk_accessible_update_property (GTK_ACCESSIBLE (box),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("File changed on disk"),
                                  -1);
  return GTK_WIDGET (disk->bar);
}

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
    g_task_return_int (task, DISK_DELETED);
  else if (!alignment_file_stamp_matches (job->stamp, job->file, cancellable))
    g_task_return_int (task, DISK_CHANGED);
  else
    g_task_return_int (task, DISK_UNCHANGED);
}

static void schedule_check (AlignmentWindow *self);

static void
check_done_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  AlignmentWindow *self = ALIGNMENT_WINDOW (object);
  CheckJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  DiskState state;

  state = g_task_propagate_int (G_TASK (result), &error);
  if (error != NULL || self->disk == NULL || job->document != self->disk->document)
    return;
  g_clear_object (&self->disk->check);

  /* A save of ours since the check began: check against its stamp. */
  if (self->saving || alignment_document_get_stamp (job->document) != job->stamp_seen)
    {
      schedule_check (self);
      return;
    }

  if (state == DISK_UNCHANGED)
    hide_bar (self);
  else
    show_bar (self, state);
}

static gboolean
check_cb (gpointer data)
{
  AlignmentWindow *self = data;
  AlignmentWindowDisk *disk = self->disk;
  const AlignmentFileStamp *stamp;
  g_autoptr(GTask) task = NULL;
  CheckJob *job;

  disk->check_source = 0;
  if (disk->document == NULL || disk->file == NULL)
    return G_SOURCE_REMOVE;

  /* Our own save writes the file: look again when it is done. */
  if (self->saving)
    {
      schedule_check (self);
      return G_SOURCE_REMOVE;
    }

  /* No stamp (a case restored from a recovery copy, or one the user
   * chose to overwrite): nothing to compare, and the save asks anyway. */
  stamp = alignment_document_get_stamp (disk->document);
  if (stamp == NULL)
    return G_SOURCE_REMOVE;

  job = g_new0 (CheckJob, 1);
  job->document = g_object_ref (disk->document);
  job->file = g_object_ref (disk->file);
  job->stamp = alignment_file_stamp_copy (stamp);
  job->stamp_seen = stamp;

  g_cancellable_cancel (disk->check);
  g_clear_object (&disk->check);
  disk->check = g_cancellable_new ();
  task = g_task_new (self, disk->check, check_done_cb, NULL);
  g_task_set_source_tag (task, check_cb);
  g_task_set_task_data (task, job, (GDestroyNotify) check_job_free);
  g_task_run_in_thread (task, check_thread);

  return G_SOURCE_REMOVE;
}

static void
schedule_check (AlignmentWindow *self)
{
  g_clear_handle_id (&self->disk->check_source, g_source_remove);
  self->disk->check_source = g_timeout_add (CHECK_DELAY_MS, check_cb, self);
}

static void
monitor_changed_cb (GFileMonitor      *monitor,
                    GFile             *file,
                    GFile             *other_file,
                    GFileMonitorEvent  event,
                    AlignmentWindow   *self)
{
  if (event == G_FILE_MONITOR_EVENT_ATTRIBUTE_CHANGED
      || event == G_FILE_MONITOR_EVENT_PRE_UNMOUNT
      || event == G_FILE_MONITOR_EVENT_UNMOUNTED)
    return;

  schedule_check (self);
}

/* ---- Watching ----------------------------------------------------------------- */

static void
stop_watching (AlignmentWindow *self)
{
  AlignmentWindowDisk *disk = self->disk;

  if (disk->monitor != NULL)
    {
      g_signal_handlers_disconnect_by_data (disk->monitor, self);
      g_file_monitor_cancel (disk->monitor);
      g_clear_object (&disk->monitor);
    }
  if (disk->document != NULL)
    g_signal_handlers_disconnect_by_data (disk->document, self);
  g_cancellable_cancel (disk->check);
  g_clear_object (&disk->check);
  g_clear_handle_id (&disk->check_source, g_source_remove);
  g_clear_object (&disk->document);
  g_clear_object (&disk->file);
}

static void
document_file_cb (AlignmentWindow *self)
{
  /* Saved under another name: that file is the one to watch now. */
  stop_watching (self);
  _alignment_window_disk_watch (self);
}

void
_alignment_window_disk_watch (AlignmentWindow *self)
{
  AlignmentWindowDisk *disk = self->disk;
  AlignmentDocument *document = self->document;
  GFile *file = document != NULL ? alignment_document_get_file (document) : NULL;
  g_autoptr(GError) error = NULL;

  if (disk == NULL || (document == disk->document && document != NULL))
    return;

  stop_watching (self);
  hide_bar (self);
  if (document == NULL)
    return;

  disk->document = g_object_ref (document);
  g_signal_connect_object (document, "notify::file", G_CALLBACK (document_file_cb),
                           self, G_CONNECT_SWAPPED);
  if (file == NULL)
    return;

  disk->file = g_object_ref (file);
  disk->monitor = g_file_monitor_file (file, G_FILE_MONITOR_WATCH_MOVES, NULL, &error);
  if (disk->monitor != NULL)
    g_signal_connect_object (disk->monitor, "changed", G_CALLBACK (monitor_changed_cb), self, 0);
  else
    {
      g_autofree char *uri = g_file_get_uri (file);

      g_debug ("Not watching %s: %s", uri, error->message);
    }

  /* It may have changed while another case was shown. */
  schedule_check (self);
}

void
_alignment_window_disk_init (AlignmentWindow *self)
{
  GtkWidget *stack = GTK_WIDGET (self->main_stack);

  self->disk = g_new0 (AlignmentWindowDisk, 1);
  /* Above the case, under its header bar. */
  gtk_widget_insert_before (bar_new (self), gtk_widget_get_parent (stack), stack);
}

void
_alignment_window_disk_dispose (AlignmentWindow *self)
{
  if (self->disk == NULL)
    return;

  stop_watching (self);
  g_clear_pointer (&self->disk, g_free);
}

/* ---- Saving over a changed file ----------------------------------------------- */

typedef struct
{
  AlignmentWindow        *self;
  AlignmentDocument      *document;
  AlignmentSavedCallback  callback;
} OverwriteQuestion;

static void
overwrite_response_cb (AdwMessageDialog  *dialog,
                       const char        *response,
                       OverwriteQuestion *question)
{
  AlignmentWindow *self = question->self;

  if (g_str_equal (response, "overwrite"))
    {
      /* The user has seen the question: this one save does not check. */
      alignment_document_set_stamp (question->document, NULL);
      _alignment_window_save_or_ask (self, question->document, question->callback);
    }
  else if (g_str_equal (response, "save-as"))
    _alignment_window_save_as (self, question->document, question->callback);
  else if (question->callback != NULL)
    question->callback (self, FALSE);
}

static void
overwrite_question_free (gpointer  data,
                         GClosure *closure)
{
  OverwriteQuestion *question = data;

  g_object_unref (question->self);
  g_object_unref (question->document);
  g_free (question);
}

void
_alignment_window_ask_overwrite (AlignmentWindow        *self,
                                 AlignmentDocument      *document,
                                 AlignmentSavedCallback  callback)
{
  OverwriteQuestion *question = g_new0 (OverwriteQuestion, 1);
  g_autofree char *name = g_file_get_basename (alignment_document_get_file (document));
  g_autofree char *heading = NULL;
  GtkWidget *dialog;

  question->self = g_object_ref (self);
  question->document = g_object_ref (document);
  question->callback = callback;

  heading = g_strdup_printf (_("“%s” Was Changed by Another Program"), name);
  dialog = adw_message_dialog_new (GTK_WINDOW (self), heading,
                                   _("The file is no longer the version this window opened or last saved. "
                                     "Overwriting it loses what the other program wrote; "
                                     "Save As keeps both."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "save-as", _("Save _As…"),
                                    "overwrite", _("_Overwrite"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "overwrite", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "save-as");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_data (dialog, "response", G_CALLBACK (overwrite_response_cb),
                         question, overwrite_question_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}
