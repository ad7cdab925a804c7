/* alignment-recovery-offer.c: the recovery copies a crash left, offered back
 *
 * What is left in the recovery folder after a crash (alignment-recovery.h;
 * the copies are written by each document's AlignmentAutosave) is
 * offered back at the next start, one question per copy: nothing is
 * restored silently and nothing is deleted without asking.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "alignment-recovery.h"
#include "alignment-window-private.h"

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
  _alignment_window_recovery_watch (self, document, entry->key);

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
