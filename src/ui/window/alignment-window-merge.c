/* alignment-window-merge.c: the other party's copy (Share a Copy…,
 * Merge a Copy…) and the conflicts a merge leaves
 *
 * Sharing writes a copy for the other party and makes this case
 * remember the exchange (an edit: the case is then unsaved).  Merging
 * reads the other party's file in a thread as every load does, merges it
 * (alignment_merge()), writes a backup of the case as it is now into
 * the app's data folder (backups/), and applies the result as one step
 * of the case's history.  AlignmentConflictBar counts what is left to
 * decide, AlignmentConflictDialog decides it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <string.h>

#include <glib/gi18n.h>

#include "alignment-conflict-bar.h"
#include "alignment-conflict-dialog.h"
#include "alignment-file-chooser.h"
#include "alignment-merge.h"
#include "alignment-window-private.h"

/* ---- Share a Copy… ---------------------------------------------------------------- */

static const char *
owner_description (AlignmentCopyOwner owner)
{
  switch (owner)
    {
    case ALIGNMENT_COPY_OWNER_CUSTOMER: return _("the customer’s copy");
    case ALIGNMENT_COPY_OWNER_PROVIDER: return _("the service provider’s copy");
    case ALIGNMENT_COPY_OWNER_JOINT: return _("a joint copy");
    case ALIGNMENT_COPY_OWNER_UNKNOWN:
    default: return _("a copy");
    }
}

gboolean
_alignment_window_share_copy_to (AlignmentWindow     *self,
                                 AlignmentCopyOwner   owner,
                                 GFile               *file,
                                 GError             **error)
{
  AlignmentDocument *document = self->document;
  AlignmentCase *alignment_case;
  AlignmentHistory *history;
  g_autoptr(AlignmentCase) clone = NULL;
  g_autoptr(AlignmentCase) copy = NULL;

  g_return_val_if_fail (ALIGNMENT_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (document != NULL, FALSE);

  alignment_case = alignment_document_get_case (document);
  history = alignment_document_get_history (document);

  /* The copy is made from a clone, so that this case changes only once
   * the copy is written; the ids first (no edit), so that the clone, the
   * copy and this case name each signal alike. */
  alignment_case_ensure_stable_ids (alignment_case);
  clone = alignment_merge_clone_case (alignment_case, error);
  if (clone == NULL)
    return FALSE;
  copy = alignment_merge_share_copy (clone, owner, error);
  if (copy == NULL || !alignment_case_save (copy, file, NULL, error))
    return FALSE;


  alignment_history_begin_group (history);
  /* The clone remembers the exchange (base signals, details,
   * stakeholders and lessons): this case takes it over. */
  {
    g_autoptr(AlignmentExchange) exchange = alignment_case_dup_exchange (clone);

    alignment_case_set_exchange (alignment_case, exchange);
  }
  /* A copy for one party is made by the other. */
  if (alignment_case_get_owner (alignment_case) == ALIGNMENT_COPY_OWNER_UNKNOWN)
    {
      if (owner == ALIGNMENT_COPY_OWNER_PROVIDER)
        alignment_case_set_owner (alignment_case, ALIGNMENT_COPY_OWNER_CUSTOMER);
      else if (owner == ALIGNMENT_COPY_OWNER_CUSTOMER)
        alignment_case_set_owner (alignment_case, ALIGNMENT_COPY_OWNER_PROVIDER);
    }
  alignment_history_end_group (history);
  return TRUE;
}

static void
share_chooser_response_cb (GtkNativeDialog *dialog,
                           int              response,
                           AlignmentWindow *self)
{
  AlignmentCopyOwner owner = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (dialog), "owner"));
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = alignment_file_chooser_dup_file (GTK_FILE_CHOOSER (dialog));
  g_clear_object (&self->io_chooser);

  if (file == NULL || self->document == NULL)
    return;

  if (_alignment_window_share_copy_to (self, owner, file, &error))
    {
      g_autofree char *name = g_file_get_basename (file);
      /* Translators: "Wrote the service provider’s copy as “case.alignment”". */
      g_autofree char *text = g_strdup_printf (_("Wrote %s as “%s”; save this case to keep the exchange"),
                                               owner_description (owner), name);

      _alignment_window_toast (self, text);
    }
  else
    _alignment_window_show_error (self, _("Could not write the copy"), error);
}

static void
share_owner_cb (AdwMessageDialog *dialog,
                const char       *response,
                AlignmentWindow  *self)
{
  AlignmentCopyOwner owner;
  g_autofree char *title = NULL;
  g_autofree char *name = NULL;
  const char *suffix;

  if (self->document == NULL || self->io_chooser != NULL
      || !alignment_copy_owner_from_token (response, &owner))
    return;

  suffix = owner == ALIGNMENT_COPY_OWNER_CUSTOMER ? _("customer")
         : owner == ALIGNMENT_COPY_OWNER_PROVIDER ? _("provider")
         : _("joint");
  title = alignment_document_dup_title (self->document);
  /* Translators: a file name: the case's title and whose copy it is. */
  name = g_strdup_printf (_("%s (%s).alignment"), title, suffix);
  name = alignment_file_chooser_clean_name (g_steal_pointer (&name));

  self->io_chooser = gtk_file_chooser_native_new (_("Share a Copy"), GTK_WINDOW (self),
                                                  GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save Copy"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->io_chooser), TRUE);
  alignment_file_chooser_add_filter (GTK_FILE_CHOOSER (self->io_chooser), _("Alignment cases"), "alignment", NULL);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->io_chooser), name);
  g_object_set_data (G_OBJECT (self->io_chooser), "owner", GINT_TO_POINTER (owner));
  g_signal_connect (self->io_chooser, "response", G_CALLBACK (share_chooser_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->io_chooser));
}

static void
share_copy_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  AlignmentWindow *self = ALIGNMENT_WINDOW (widget);
  AlignmentCopyOwner ours;
  GtkWidget *dialog;

  if (self->document == NULL)
    return;

  ours = alignment_case_get_owner (alignment_document_get_case (self->document));
  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Share a Copy"),
                                   _("Who is the copy for? Each party then edits its own copy, and "
                                     "Merge a Copy… brings the other party’s copy back into this one."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "customer", _("C_ustomer"),
                                    "provider", _("Service _Provider"),
                                    "joint", _("_Joint Review"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog),
                                              ours == ALIGNMENT_COPY_OWNER_PROVIDER ? "customer" : "provider",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog),
                                           ours == ALIGNMENT_COPY_OWNER_PROVIDER ? "customer" : "provider");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (share_owner_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* ---- Merge a Copy… ----------------------------------------------------------------- */

/* The merge report in a window of its own, with Save…. */
static void
report_saved_cb (GtkNativeDialog *chooser,
                 int              response,
                 GtkWidget       *window)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  const char *text = g_object_get_data (G_OBJECT (window), "report");

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_object_unref (chooser);

  if (file != NULL
      && !g_file_replace_contents (file, text, strlen (text), NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION,
                                   NULL, NULL, &error))
    {
      GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (window), _("Could not save the report"),
                                                  error->message);

      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (dialog));
    }
}

static void
report_save_clicked_cb (GtkWidget *button,
                        GtkWidget *window)
{
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (_("Save the Merge Report"), GTK_WINDOW (window),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), _("merge report.txt"));
  g_signal_connect (chooser, "response", G_CALLBACK (report_saved_cb), window);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

GtkWidget *
_alignment_window_show_merge_report (AlignmentWindow *self,
                                     const char      *report)
{
  GtkWidget *window = adw_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *save = gtk_button_new_with_mnemonic (_("_Save…"));
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *view = gtk_text_view_new ();

  gtk_window_set_title (GTK_WINDOW (window), _("Merge Report"));
  gtk_window_set_transient_for (GTK_WINDOW (window), GTK_WINDOW (self));
  gtk_window_set_modal (GTK_WINDOW (window), TRUE);
  gtk_window_set_default_size (GTK_WINDOW (window), 640, 560);
  g_object_set_data_full (G_OBJECT (window), "report", g_strdup (report), g_free);

  gtk_widget_set_tooltip_text (save, _("Save the report as a text file"));
  g_signal_connect (save, "clicked", G_CALLBACK (report_save_clicked_cb), window);
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), save);
  gtk_box_append (GTK_BOX (box), header);

  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)), report, -1);
  gtk_text_view_set_editable (GTK_TEXT_VIEW (view), FALSE);
  gtk_text_view_set_monospace (GTK_TEXT_VIEW (view), TRUE);
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (view), 12);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (view), 12);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (view), 12);
  gtk_accessible_update_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Merge report"), -1);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), view);
  gtk_widget_set_vexpand (scrolled, TRUE);
  gtk_box_append (GTK_BOX (box), scrolled);
  adw_window_set_content (ADW_WINDOW (window), box);
  gtk_window_present (GTK_WINDOW (window));
  return window;
}

static void
merge_result_cb (AdwMessageDialog *dialog,
                 const char       *response,
                 AlignmentWindow  *self)
{
  if (g_str_equal (response, "report"))
    gtk_widget_activate_action (GTK_WIDGET (self), "win.merge-report", NULL);
  else if (g_str_equal (response, "review"))
    gtk_widget_activate_action (GTK_WIDGET (self), "win.review-conflicts", NULL);
}

/* Writes @alignment_case as it is now into the app's backups folder;
 * returns the file, or NULL with @error. */
static GFile *
write_backup (AlignmentCase  *alignment_case,
              const char     *title,
              GError        **error)
{
  g_autofree char *folder = g_build_filename (g_get_user_data_dir (), PACKAGE_NAME, "backups", NULL);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *stamp = g_date_time_format (now, "%Y-%m-%d %H.%M.%S");
  g_autofree char *name = NULL;
  g_autoptr(GFile) file = NULL;

  if (g_mkdir_with_parents (folder, 0700) != 0)
    {
      int saved = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved),
                   _("Could not make the folder “%s” for the backup: %s"), folder, g_strerror (saved));
      return NULL;
    }

  /* Translators: a backup's file name: the case's title and when. */
  name = g_strdup_printf (_("%s before merge %s.alignment"), title, stamp);
  name = alignment_file_chooser_clean_name (g_steal_pointer (&name));
  file = g_file_new_build_filename (folder, name, NULL);
  if (!alignment_case_save (alignment_case, file, NULL, error))
    return NULL;
  return g_steal_pointer (&file);
}

gboolean
_alignment_window_merge_case (AlignmentWindow  *self,
                              AlignmentCase    *theirs,
                              GFile           **backup_out,
                              GError          **error)
{
  AlignmentDocument *document = self->document;
  AlignmentCase *ours;
  AlignmentHistory *history;
  AlignmentMergeCounts counts = { 0, };
  g_autoptr(AlignmentCase) merged = NULL;
  g_autoptr(GFile) backup = NULL;
  g_autofree char *title = NULL;
  g_autofree char *backup_path = NULL;
  g_autofree char *body = NULL;
  g_autofree char *heading = NULL;
  GtkWidget *dialog;
  char *tmp;
  guint n_left;

  g_return_val_if_fail (ALIGNMENT_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (document != NULL, FALSE);

  ours = alignment_document_get_case (document);
  history = alignment_document_get_history (document);
  title = alignment_document_dup_title (document);

  merged = alignment_merge_counted (ours, theirs, NULL, ALIGNMENT_MERGE_FLAGS_NONE, &counts, NULL, error);
  if (merged == NULL)
    return FALSE;

  /* Nothing is applied without a backup of what was there. */
  backup = write_backup (ours, title, error);
  if (backup == NULL)
    return FALSE;

  alignment_history_break_merge (history);
  alignment_history_begin_group (history);
  alignment_merge_apply (ours, merged);
  alignment_history_end_group (history);
  alignment_history_break_merge (history);

  n_left = alignment_case_count_conflicts (ours, NULL);
  backup_path = g_file_get_parse_name (backup);
  {
    g_autofree char *theirs_text = g_strdup_printf (ngettext ("%u change came from their copy.",
                                                              "%u changes came from their copy.",
                                                              counts.from_theirs), counts.from_theirs);
    g_autofree char *ours_text = g_strdup_printf (ngettext ("%u change of ours was kept.",
                                                            "%u changes of ours were kept.",
                                                            counts.from_ours), counts.from_ours);
    g_autofree char *perceptions_text = g_strdup_printf (ngettext ("%u perception was decided by its own party.",
                                                                   "%u perceptions were decided by their own party.",
                                                                   counts.perceptions), counts.perceptions);
    g_autofree char *conflicts_text = g_strdup_printf (ngettext ("%u new conflict.", "%u new conflicts.",
                                                                 counts.conflicts), counts.conflicts);
    /* Translators: %s is the backup file's path. */
    g_autofree char *backup_text = g_strdup_printf (_("The case as it was before the merge is in the backup "
                                                      "“%s”. Undo also gives it back."), backup_path);

    body = g_strjoin (" ", theirs_text, ours_text, perceptions_text, conflicts_text, NULL);
    body = (tmp = g_strconcat (body, "\n\n", backup_text, NULL), g_free (body), tmp);
  }

  if (n_left > 0)
    heading = g_strdup_printf (ngettext ("Merged, %u Conflict to Decide", "Merged, %u Conflicts to Decide", n_left),
                               n_left);
  else
    heading = g_strdup (_("Merged"));

  dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "report", _("Show _Report"),
                                    "close", _("_Close"),
                                    NULL);
  if (n_left > 0)
    {
      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "review", _("_Review…"));
      adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "review", ADW_RESPONSE_SUGGESTED);
      adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "review");
    }
  else
    adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "close");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "close");
  g_signal_connect_object (dialog, "response", G_CALLBACK (merge_result_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));

  if (backup_out != NULL)
    *backup_out = g_steal_pointer (&backup);
  return TRUE;
}

typedef struct
{
  AlignmentWindow   *window;
  AlignmentDocument *document;
  GFile             *file;
} MergeJob;

static void
merge_job_free (MergeJob *job)
{
  g_clear_object (&job->window);
  g_clear_object (&job->document);
  g_clear_object (&job->file);
  g_free (job);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MergeJob, merge_job_free)

static void
merge_loaded_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(MergeJob) job = user_data;
  g_autoptr(AlignmentDocument) theirs = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_file_get_basename (job->file);
  g_autofree char *heading = NULL;

  theirs = alignment_document_load_finish (result, &error);
  /* Translators: %s is the name of the other party's file. */
  heading = g_strdup_printf (_("Could not merge “%s”"), name);

  if (theirs == NULL)
    {
      _alignment_window_show_error (job->window, heading, error);
      return;
    }

  /* The case shown changed while the copy was read: merge nothing into
   * a case the user did not choose. */
  if (job->window->document != job->document)
    {
      g_set_error_literal (&error, G_IO_ERROR, G_IO_ERROR_CANCELLED,
                           _("Another case was opened while the copy was read. Open the case again and merge."));
      _alignment_window_show_error (job->window, heading, error);
      return;
    }

  if (!_alignment_window_merge_case (job->window, alignment_document_get_case (theirs), NULL, &error))
    _alignment_window_show_error (job->window, heading, error);
}

void
_alignment_window_merge_file (AlignmentWindow *self,
                              GFile           *file)
{
  MergeJob *job;

  g_return_if_fail (ALIGNMENT_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  if (self->document == NULL)
    return;

  job = g_new0 (MergeJob, 1);
  job->window = g_object_ref (self);
  job->document = g_object_ref (self->document);
  job->file = g_object_ref (file);
  alignment_document_load_async (file, NULL, NULL, NULL, merge_loaded_cb, job);
}

static void
merge_copy_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  AlignmentWindow *self = ALIGNMENT_WINDOW (widget);
  GtkFileChooser *chooser;

  if (self->document == NULL)
    return;
  chooser = _alignment_window_new_open_chooser (self, _("Merge the Other Party’s Copy"), _("_Merge"),
                                                _alignment_window_merge_file);
  if (chooser == NULL)
    return;
  alignment_file_chooser_add_filter (chooser, _("Alignment cases"), "alignment", NULL);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* ---- Conflicts ------------------------------------------------------------------------ */

static void
review_conflicts_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  AlignmentWindow *self = ALIGNMENT_WINDOW (widget);

  if (self->document == NULL)
    return;

  gtk_window_present (GTK_WINDOW (alignment_conflict_dialog_new (GTK_WINDOW (self), self->document)));
}

/* The report of the last merge, with what was decided since. */
static void
merge_report_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  AlignmentWindow *self = ALIGNMENT_WINDOW (widget);
  const char *report;

  if (self->document == NULL)
    return;
  report = alignment_case_get_merge_report (alignment_document_get_case (self->document));
  if (report != NULL)
    _alignment_window_show_merge_report (self, report);
}

static void
exchange_changed_cb (AlignmentWindow *self)
{
  _alignment_window_update_merge_actions (self);
}

void
_alignment_window_merge_init (AlignmentWindow *self)
{
  GtkWidget *stack = GTK_WIDGET (self->main_stack);
  GtkWidget *bar = alignment_conflict_bar_new ();

  /* Above the case, under its header bar, as the disk bar is. */
  gtk_widget_insert_before (bar, gtk_widget_get_parent (stack), stack);
  g_set_weak_pointer (&self->conflict_bar, ALIGNMENT_CONFLICT_BAR (bar));
}

void
_alignment_window_merge_set_document (AlignmentWindow *self)
{
  if (self->conflict_bar != NULL)
    alignment_conflict_bar_set_document (self->conflict_bar, self->document);
  if (self->document != NULL)
    g_signal_connect_object (alignment_document_get_case (self->document), "notify::exchange",
                             G_CALLBACK (exchange_changed_cb), self, G_CONNECT_SWAPPED);
  _alignment_window_update_merge_actions (self);
}

void
_alignment_window_update_merge_actions (AlignmentWindow *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  gboolean has_case = self->document != NULL && !self->saving;

  gtk_widget_action_set_enabled (widget, "win.share-copy", has_case);
  gtk_widget_action_set_enabled (widget, "win.merge-copy", has_case);
  gtk_widget_action_set_enabled (widget, "win.review-conflicts", has_case);
  gtk_widget_action_set_enabled (widget, "win.merge-report",
                                 self->document != NULL
                                 && alignment_case_get_merge_report (alignment_document_get_case (self->document)) != NULL);
}

void
_alignment_window_merge_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.share-copy", NULL, share_copy_action);
  gtk_widget_class_install_action (widget_class, "win.merge-copy", NULL, merge_copy_action);
  gtk_widget_class_install_action (widget_class, "win.review-conflicts", NULL, review_conflicts_action);
  gtk_widget_class_install_action (widget_class, "win.merge-report", NULL, merge_report_action);
}
