/* alignment-disk-bar.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "alignment-disk-bar.h"

struct _AlignmentDiskBar
{
  GtkWidget             parent_instance;

  GtkRevealer          *revealer;
  GtkLabel             *label;
  GtkWidget            *reload_button;

  AlignmentFileMonitor *monitor;
  /* The document the reload question is about: the answer counts only
   * while it is still the one watched. */
  AlignmentDocument    *asked;
};

G_DEFINE_FINAL_TYPE (AlignmentDiskBar, alignment_disk_bar, GTK_TYPE_WIDGET)

enum {
  RELOAD,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
hide_bar (AlignmentDiskBar *self)
{
  gtk_revealer_set_reveal_child (self->revealer, FALSE);
}

static void
show_bar (AlignmentDiskBar   *self,
          AlignmentFileState  state)
{
  g_autofree char *title = alignment_document_dup_title (alignment_file_monitor_get_document (self->monitor));
  g_autofree char *text = NULL;

  if (state == ALIGNMENT_FILE_DELETED)
    /* Translators: %s is the case's title. */
    text = g_strdup_printf (_("The file of “%s” was deleted or moved by another program. "
                              "Save to write it again."), title);
  else
    text = g_strdup_printf (_("The file of “%s” was changed by another program."), title);

  gtk_label_set_text (self->label, text);
  gtk_widget_set_visible (self->reload_button, state == ALIGNMENT_FILE_CHANGED);
  gtk_revealer_set_reveal_child (self->revealer, TRUE);
}

static void
checked_cb (AlignmentDiskBar   *self,
            AlignmentFileState  state)
{
  if (state == ALIGNMENT_FILE_UNCHANGED)
    hide_bar (self);
  else
    show_bar (self, state);
}

static void
reload (AlignmentDiskBar *self)
{
  g_autoptr(AlignmentDocument) document = g_object_ref (alignment_file_monitor_get_document (self->monitor));

  hide_bar (self);
  g_signal_emit (self, signals[RELOAD], 0, document);
}

static void
reload_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    AlignmentDiskBar *self)
{
  g_autoptr(AlignmentDocument) asked = g_steal_pointer (&self->asked);

  if (g_str_equal (response, "reload") && asked == alignment_file_monitor_get_document (self->monitor))
    reload (self);
}

static void
reload_clicked_cb (AlignmentDiskBar *self)
{
  AlignmentDocument *document = alignment_file_monitor_get_document (self->monitor);
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
  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))), heading,
                                   _("The changes you have not saved will be lost, "
                                     "and the case shown as the other program wrote it."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "reload", _("_Reload"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "reload", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_set_object (&self->asked, document);
  g_signal_connect_object (dialog, "response", G_CALLBACK (reload_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
keep_clicked_cb (AlignmentDiskBar *self)
{
  AlignmentDocument *document = alignment_file_monitor_get_document (self->monitor);

  /* The window's version now differs from the file: closing asks, and
   * the next save asks before overwriting. */
  if (document != NULL)
    alignment_document_mark_unsaved (document);
  hide_bar (self);
}

void
alignment_disk_bar_set_document (AlignmentDiskBar  *self,
                                 AlignmentDocument *document)
{
  g_return_if_fail (ALIGNMENT_IS_DISK_BAR (self));
  g_return_if_fail (document == NULL || ALIGNMENT_IS_DOCUMENT (document));

  if (document != NULL && document == alignment_file_monitor_get_document (self->monitor))
    return;

  hide_bar (self);
  alignment_file_monitor_set_document (self->monitor, document);
}

AlignmentFileMonitor *
alignment_disk_bar_get_monitor (AlignmentDiskBar *self)
{
  g_return_val_if_fail (ALIGNMENT_IS_DISK_BAR (self), NULL);

  return self->monitor;
}

GtkWidget *
alignment_disk_bar_new (void)
{
  return g_object_new (ALIGNMENT_TYPE_DISK_BAR, NULL);
}

static void
alignment_disk_bar_dispose (GObject *object)
{
  AlignmentDiskBar *self = ALIGNMENT_DISK_BAR (object);

  if (self->monitor != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->monitor, self);
      alignment_file_monitor_set_document (self->monitor, NULL);
    }
  g_clear_object (&self->monitor);
  g_clear_object (&self->asked);
  gtk_widget_dispose_template (GTK_WIDGET (self), ALIGNMENT_TYPE_DISK_BAR);

  G_OBJECT_CLASS (alignment_disk_bar_parent_class)->dispose (object);
}

static void
alignment_disk_bar_class_init (AlignmentDiskBarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = alignment_disk_bar_dispose;

  signals[RELOAD] = g_signal_new ("reload",
                                  G_TYPE_FROM_CLASS (klass),
                                  G_SIGNAL_RUN_LAST,
                                  0, NULL, NULL, NULL,
                                  G_TYPE_NONE, 1, ALIGNMENT_TYPE_DOCUMENT);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/Alignment/alignment-disk-bar.ui");
  gtk_widget_class_bind_template_child (widget_class, AlignmentDiskBar, revealer);
  gtk_widget_class_bind_template_child (widget_class, AlignmentDiskBar, label);
  gtk_widget_class_bind_template_child (widget_class, AlignmentDiskBar, reload_button);
  gtk_widget_class_bind_template_callback (widget_class, keep_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, reload_clicked_cb);
}

static void
alignment_disk_bar_init (AlignmentDiskBar *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->monitor = alignment_file_monitor_new ();
  g_signal_connect_object (self->monitor, "checked", G_CALLBACK (checked_cb), self, G_CONNECT_SWAPPED);
  /* Saved under another name: nothing is known of that file yet. */
  g_signal_connect_object (self->monitor, "notify::file", G_CALLBACK (hide_bar), self, G_CONNECT_SWAPPED);
}
