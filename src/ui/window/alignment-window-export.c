/* alignment-window-export.c: the case out as a sheet or an event log
 * (Export Case…)
 *
 * Figures (Export Figure…) are written by the views; this is the case's
 * signals themselves, for a spreadsheet or a process-mining tool.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "alignment-export.h"
#include "alignment-file-chooser.h"
#include "alignment-window-private.h"

gboolean
_alignment_window_export_case (AlignmentWindow  *self,
                               GFile            *file,
                               GError          **error)
{
  AlignmentCase *c = alignment_window_get_case (self);
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *folded = g_ascii_strdown (name != NULL ? name : "", -1);
  g_autoptr(GBytes) bytes = NULL;

  if (c == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("No case is open."));
      return FALSE;
    }

  if (g_str_has_suffix (folded, ".xes"))
    bytes = alignment_case_to_xes (c);
  else if (g_str_has_suffix (folded, ".tsv") || g_str_has_suffix (folded, ".txt"))
    bytes = alignment_case_to_delimited (c, '\t');
  else if (g_str_has_suffix (folded, ".csv"))
    bytes = alignment_case_to_delimited (c, ',');
  else
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_FILENAME,
                   _("“%s” does not end in .csv, .tsv or .xes: choose one of these formats."), name);
      return FALSE;
    }

  return g_file_replace_contents (file, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                  NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION, NULL, NULL, error);
}

static void
export_case_response_cb (GtkNativeDialog *dialog,
                         int              response,
                         AlignmentWindow *self)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = alignment_file_chooser_dup_file (GTK_FILE_CHOOSER (dialog));
  g_clear_object (&self->io_chooser);

  if (file == NULL)
    return;

  /* A sheet or an event log is written at once, even for a big case:
   * the text is built in memory before anything is written. */
  if (!_alignment_window_export_case (self, file, &error))
    _alignment_window_show_error (self, _("Could Not Export the Case"), error);
  else
    {
      g_autofree char *name = g_file_get_basename (file);
      g_autofree char *title = g_strdup_printf (_("Exported to “%s”"), name);

      _alignment_window_toast (self, title);
    }
}

static void
export_case_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  AlignmentWindow *self = ALIGNMENT_WINDOW (widget);
  GtkFileChooser *chooser;
  g_autofree char *title = NULL;
  g_autofree char *name = NULL;

  if (self->document == NULL || self->io_chooser != NULL)
    return;

  self->io_chooser = gtk_file_chooser_native_new (_("Export the Case"), GTK_WINDOW (self),
                                                      GTK_FILE_CHOOSER_ACTION_SAVE,
                                                      _("_Export"), _("_Cancel"));
  chooser = GTK_FILE_CHOOSER (self->io_chooser);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->io_chooser), TRUE);
  alignment_file_chooser_add_filter (chooser, _("CSV sheet (.csv)"), "csv", NULL);
  alignment_file_chooser_add_filter (chooser, _("Tab-separated sheet (.tsv)"), "tsv", NULL);
  alignment_file_chooser_add_filter (chooser, _("Process-mining event log (.xes)"), "xes", NULL);

  title = alignment_file_chooser_clean_name (alignment_document_dup_title (self->document));
  name = g_strconcat (title, ".csv", NULL);
  gtk_file_chooser_set_current_name (chooser, name);

  g_signal_connect (self->io_chooser, "response", G_CALLBACK (export_case_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->io_chooser));
}

void
_alignment_window_update_export_actions (AlignmentWindow *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export-case", self->document != NULL);
}

void
_alignment_window_export_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.export-case", NULL, export_case_action);
}
