/* alignment-window-save.c: saving cases, recovery copies of unsaved
 * ones, and closing with unsaved ones
 *
 * Saving over a file that no longer matches its stamp fails in the
 * document (ALIGNMENT_DOCUMENT_ERROR_CHANGED_ON_DISK); the user is then
 * asked whether to overwrite it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "alignment-autosave.h"
#include "alignment-window-private.h"

static void alignment_window_ask_next (AlignmentWindow *self);
static void ask_overwrite             (AlignmentWindow        *self,
                                       AlignmentDocument      *document,
                                       AlignmentSavedCallback  callback);

/* Our own save writes the file: the watch on it waits until it is done. */
static void
set_saving (AlignmentWindow *self,
            gboolean         saving)
{
  self->saving = saving;
  if (self->disk_bar != NULL)
    alignment_file_monitor_set_paused (alignment_disk_bar_get_monitor (self->disk_bar), saving);
}

/* ---- Saving ------------------------------------------------------------------- */

/* A save on its way through a thread, a file chooser or a question:
 * the case, and who to tell how it went. */
typedef struct
{
  AlignmentWindow        *self;
  AlignmentDocument      *document;
  AlignmentSavedCallback  callback;
} SaveRequest;

static SaveRequest *
save_request_new (AlignmentWindow        *self,
                  AlignmentDocument      *document,
                  AlignmentSavedCallback  callback)
{
  SaveRequest *request = g_new0 (SaveRequest, 1);

  request->self = g_object_ref (self);
  request->document = g_object_ref (document);
  request->callback = callback;
  return request;
}

static void
save_request_free (SaveRequest *request)
{
  g_object_unref (request->document);
  g_object_unref (request->self);
  g_free (request);
}

static void
save_request_closure_free (gpointer  data,
                           GClosure *closure)
{
  save_request_free (data);
}

static void
save_done_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  SaveRequest *data = user_data;
  AlignmentWindow *self = data->self;
  g_autoptr(GError) error = NULL;
  gboolean saved;

  saved = alignment_document_save_finish (data->document, result, &error);

  set_saving (self, FALSE);
  gtk_widget_set_sensitive (GTK_WIDGET (self->main_stack), TRUE);
  if (self->focus_before_save != NULL)
    gtk_widget_grab_focus (self->focus_before_save);
  g_clear_weak_pointer (&self->focus_before_save);

  if (saved)
    {
      GFile *file = alignment_document_get_file (data->document);
      g_autofree char *uri = g_file_get_uri (file);

      gtk_recent_manager_add_item (gtk_recent_manager_get_default (), uri);
      alignment_library_reload_file (alignment_window_get_library (self), file);
      if (data->document == self->document && g_set_object (&self->file, file))
        g_object_notify (G_OBJECT (self), "file");
    }
  else if (g_error_matches (error, ALIGNMENT_DOCUMENT_ERROR, ALIGNMENT_DOCUMENT_ERROR_CHANGED_ON_DISK))
    {
      /* Not a failure but a question; its answer calls back. */
      ask_overwrite (self, data->document, data->callback);
      data->callback = NULL;
    }
  else
    _alignment_window_show_error (self, _("Could Not Save the Case"), error);

  _alignment_window_update_actions (self);
  if (data->callback != NULL)
    data->callback (self, saved);

  save_request_free (data);
}

/* Saves in a thread: a big case takes seconds.  Until it is written the
 * case view does not take edits, so the thread reads a case that holds
 * still; the rest of the window keeps working. */
static void
save_document (AlignmentWindow        *self,
               AlignmentDocument      *document,
               GFile                  *file,
               AlignmentSavedCallback  callback)
{
  if (self->saving)
    {
      if (callback != NULL)
        callback (self, FALSE);
      return;
    }

  set_saving (self, TRUE);
  /* An entry that loses its sensitivity while it has the focus confuses
   * GTK: take the focus away first, and give it back after. */
  g_set_weak_pointer (&self->focus_before_save, gtk_window_get_focus (GTK_WINDOW (self)));
  gtk_window_set_focus (GTK_WINDOW (self), NULL);
  gtk_widget_set_sensitive (GTK_WIDGET (self->main_stack), FALSE);
  _alignment_window_update_actions (self);
  alignment_document_save_async (document, file, NULL, save_done_cb,
                                 save_request_new (self, document, callback));
}

static void
save_chooser_response_cb (GtkNativeDialog *dialog,
                          int              response,
                          SaveRequest     *request)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));

  if (file != NULL)
    save_document (request->self, request->document, file, request->callback);
  else if (request->callback != NULL)
    request->callback (request->self, FALSE);

  gtk_native_dialog_destroy (dialog);
  g_object_unref (dialog);
}

void
_alignment_window_save_as (AlignmentWindow        *self,
                           AlignmentDocument      *document,
                           AlignmentSavedCallback  callback)
{
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *title = alignment_document_dup_title (document);
  g_autofree char *name = g_strconcat (title, ALIGNMENT_FILE_SUFFIX, NULL);

  chooser = gtk_file_chooser_native_new (_("Save the Case"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_filter_set_name (filter, _("Alignment cases"));
  gtk_file_filter_add_suffix (filter, "alignment");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  g_strdelimit (name, "/\\", '-');
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  if (alignment_library_get_folder (alignment_window_get_library (self)) != NULL)
    gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser),
                                         alignment_library_get_folder (alignment_window_get_library (self)), NULL);

  g_signal_connect_data (chooser, "response", G_CALLBACK (save_chooser_response_cb),
                         save_request_new (self, document, callback), save_request_closure_free, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

void
_alignment_window_save_or_ask (AlignmentWindow        *self,
                               AlignmentDocument      *document,
                               AlignmentSavedCallback  callback)
{
  GFile *file = alignment_document_get_file (document);

  if (file == NULL || _alignment_window_is_example (self, file))
    _alignment_window_save_as (self, document, callback);
  else
    save_document (self, document, NULL, callback);
}

/* ---- Saving over a changed file ----------------------------------------------- */

static void
overwrite_response_cb (AdwMessageDialog  *dialog,
                       const char        *response,
                       SaveRequest       *question)
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

/* After a save found @document's file changed on disk: Overwrite, Save
 * As… or Cancel; @callback gets the outcome of what the user chose. */
static void
ask_overwrite (AlignmentWindow        *self,
               AlignmentDocument      *document,
               AlignmentSavedCallback  callback)
{
  g_autofree char *name = g_file_get_basename (alignment_document_get_file (document));
  g_autofree char *heading = NULL;
  GtkWidget *dialog;

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
                         save_request_new (self, document, callback), save_request_closure_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* ---- Recovery copies ------------------------------------------------------------ */

/* Once per case, in the window that shows it: the case itself is fine,
 * but the user should know that a crash now would lose the changes.
 * Not worth a dialog in the middle of the user's work: a toast. */
static void
autosave_failed_cb (AlignmentAutosave *autosave,
                    const GError      *error,
                    AlignmentDocument *document)
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

void
_alignment_window_recovery_watch (AlignmentWindow   *self,
                                  AlignmentDocument *document,
                                  const char        *key)
{
  g_autoptr(AlignmentAutosave) autosave = NULL;

  /* The document's, not the window's: one for the case, whichever
   * windows show it. */
  if (alignment_document_get_autosave (document) != NULL)
    return;

  autosave = alignment_autosave_new (document, NULL, key);
  g_signal_connect_object (autosave, "failed", G_CALLBACK (autosave_failed_cb), document, 0);
  alignment_document_set_autosave (document, autosave);
}

void
_alignment_window_recovery_discard (AlignmentWindow   *self,
                                    AlignmentDocument *document)
{
  AlignmentAutosave *autosave = alignment_document_get_autosave (document);

  if (autosave != NULL)
    alignment_autosave_discard (autosave);
}

/* ---- Closing -------------------------------------------------------------------- */

static void
close_saved_cb (AlignmentWindow *self,
                gboolean         saved)
{
  if (!saved)
    {
      /* Not saved is not discarded: stay open. */
      g_clear_pointer (&self->close_queue, g_ptr_array_unref);
      return;
    }

  g_ptr_array_remove_index (self->close_queue, 0);
  alignment_window_ask_next (self);
}

static void
close_response_cb (AdwMessageDialog *dialog,
                   const char       *response,
                   AlignmentWindow  *self)
{
  AlignmentDocument *document;

  if (self->close_queue == NULL || self->close_queue->len == 0)
    return;

  document = g_ptr_array_index (self->close_queue, 0);

  if (g_str_equal (response, "save"))
    {
      _alignment_window_save_or_ask (self, document, close_saved_cb);
      return;
    }

  if (g_str_equal (response, "discard"))
    {
      /* Let go on purpose: no recovery copy to offer next time. */
      _alignment_window_recovery_discard (self, document);
      g_ptr_array_remove_index (self->close_queue, 0);
      alignment_window_ask_next (self);
      return;
    }

  /* Cancel, or the dialog went away: the window stays, as it was. */
  g_clear_pointer (&self->close_queue, g_ptr_array_unref);
}

static gboolean
close_idle_cb (gpointer data)
{
  gtk_window_close (GTK_WINDOW (data));
  return G_SOURCE_REMOVE;
}

static void
alignment_window_ask_next (AlignmentWindow *self)
{
  AlignmentDocument *document;
  g_autofree char *title = NULL;
  g_autofree char *heading = NULL;
  GtkWidget *dialog;

  if (self->close_queue == NULL)
    return;

  if (self->close_queue->len == 0)
    {
      g_clear_pointer (&self->close_queue, g_ptr_array_unref);
      self->close_confirmed = TRUE;
      /* Not from inside the dialog's response: the dialog is still
       * being emitted on, and belongs to this window. */
      g_idle_add_full (G_PRIORITY_DEFAULT, close_idle_cb, g_object_ref (self), g_object_unref);
      return;
    }

  /* The user sees the case the question is about. */
  document = g_ptr_array_index (self->close_queue, 0);
  if (document != self->document)
    _alignment_window_show_document (self, document);

  title = alignment_document_dup_title (document);
  heading = g_strdup_printf (_("Save Changes to “%s”?"), title);
  dialog = adw_message_dialog_new (GTK_WINDOW (self), heading,
                                   _("The changes will be lost if you close without saving."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "discard", _("_Discard"),
                                    "save", _("_Save"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "save", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "save");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect (dialog, "response", G_CALLBACK (close_response_cb), self);
  gtk_window_present (GTK_WINDOW (dialog));
}

gboolean
_alignment_window_confirm_close (AlignmentWindow *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->documents));

  /* A question already on screen is still the answer to wait for. */
  if (self->close_queue != NULL)
    return FALSE;

  self->close_queue = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AlignmentDocument) document = g_list_model_get_item (G_LIST_MODEL (self->documents), i);

      if (alignment_document_get_modified (document))
        g_ptr_array_add (self->close_queue, g_steal_pointer (&document));
    }

  if (self->close_queue->len == 0)
    {
      g_clear_pointer (&self->close_queue, g_ptr_array_unref);
      return TRUE;
    }

  alignment_window_ask_next (self);
  return FALSE;
}

