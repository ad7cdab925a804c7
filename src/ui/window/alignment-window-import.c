/* alignment-window-import.c: sheets in (Import…, drops, pasted rows)
 *
 * The import dialog previews what a sheet gives; this file decides what
 * an import means: a sheet file becomes a new case in the library.  Rows
 * pasted into the signal list join the open case: the case page's
 * (alignment-case-page-paste.c).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "alignment-file-chooser.h"
#include "alignment-window-private.h"

static const char * const sheet_suffixes[] = { ".csv", ".tsv", ".txt", ".xlsx", ".ods" };

gboolean
_alignment_window_is_sheet_file (GFile *file)
{
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *folded = NULL;

  if (name == NULL)
    return FALSE;

  folded = g_ascii_strdown (name, -1);
  for (guint i = 0; i < G_N_ELEMENTS (sheet_suffixes); i++)
    if (g_str_has_suffix (folded, sheet_suffixes[i]))
      return TRUE;

  return FALSE;
}

/* ---- A sheet file: a new case ---------------------------------------------------- */

static void
import_case_cb (AlignmentImportDialog *dialog,
                AlignmentCase         *imported,
                guint                  n_signals,
                AlignmentWindow       *self)
{
  g_autoptr(AlignmentCase) owned = g_object_ref (imported);
  g_autofree char *title = NULL;

  _alignment_window_add_case_to_library (self, owned);
  if (alignment_window_get_case (self) != owned)
    return;

  alignment_case_page_show_view (self->case_page, "signals");
  /* Translators: a toast after importing a sheet as case "Title". */
  title = g_strdup_printf (ngettext ("Imported “%s” with %u signal", "Imported “%s” with %u signals", n_signals),
                           alignment_case_get_title (owned), n_signals);
  _alignment_window_toast (self, title);
}

AlignmentImportDialog *
_alignment_window_import_sheet (AlignmentWindow *self,
                                GFile           *sheet)
{
  AlignmentImportDialog *dialog;

  g_return_val_if_fail (ALIGNMENT_IS_WINDOW (self), NULL);
  g_return_val_if_fail (G_IS_FILE (sheet), NULL);

  dialog = alignment_import_dialog_new (GTK_WINDOW (self), sheet);
  g_signal_connect_object (dialog, "import", G_CALLBACK (import_case_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  return dialog;
}

static void
import_chosen (AlignmentWindow *self,
               GFile           *file)
{
  _alignment_window_import_sheet (self, file);
}

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  AlignmentWindow *self = ALIGNMENT_WINDOW (widget);
  GtkFileChooser *chooser = _alignment_window_new_open_chooser (self, _("Import a Signal Log"), _("_Import"),
                                                                import_chosen);

  if (chooser == NULL)
    return;
  alignment_file_chooser_add_sheet_filters (chooser);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* ---- Pasted rows: the case page's ---------------------------------------------- */

static void
paste_signals_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  AlignmentWindow *self = ALIGNMENT_WINDOW (widget);

  alignment_case_page_paste_signals (self->case_page);
}

/* ---- Setup ----------------------------------------------------------------------- */

void
_alignment_window_update_import_actions (AlignmentWindow *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  gboolean has_case = self->document != NULL && !self->saving;

  gtk_widget_action_set_enabled (widget, "win.paste-signals", has_case);
}

void
_alignment_window_import_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.import", NULL, import_action);
  gtk_widget_class_install_action (widget_class, "win.paste-signals", NULL, paste_signals_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_i, GDK_CONTROL_MASK, "win.import", NULL);
}
