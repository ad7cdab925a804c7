/* alignment-window-import.c: sheets in (Import…, drops, pasted rows)
 *
 * The import dialog previews what a sheet gives; this file decides what
 * an import means: a sheet file becomes a new case in the library, rows
 * pasted into the signal list join the open case as one undoable step.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "alignment-form.h"
#include "alignment-file-chooser.h"
#include "alignment-window-private.h"

static const char * const sheet_suffixes[] = { ".csv", ".tsv", ".txt", ".xlsx" };

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
import_chooser_response_cb (GtkNativeDialog *dialog,
                            int              response,
                            AlignmentWindow *self)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
  g_clear_object (&self->io_chooser);

  if (file != NULL)
    _alignment_window_import_sheet (self, file);
}

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  AlignmentWindow *self = ALIGNMENT_WINDOW (widget);
  GtkFileChooser *chooser;

  if (self->io_chooser != NULL)
    return;

  self->io_chooser = gtk_file_chooser_native_new (_("Import a Signal Log"), GTK_WINDOW (self),
                                                      GTK_FILE_CHOOSER_ACTION_OPEN,
                                                      _("_Import"), _("_Cancel"));
  chooser = GTK_FILE_CHOOSER (self->io_chooser);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->io_chooser), TRUE);

  alignment_file_chooser_add_filter (chooser, _("Spreadsheets and text tables"), "csv", "tsv", "txt", "xlsx", NULL);
  alignment_file_chooser_add_filter (chooser, _("CSV and TSV files"), "csv", "tsv", "txt", NULL);
  alignment_file_chooser_add_filter (chooser, _("Excel workbooks"), "xlsx", NULL);

  g_signal_connect (self->io_chooser, "response", G_CALLBACK (import_chooser_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->io_chooser));
}

/* ---- Pasted rows: signals added to the open case -------------------------------- */

/* The case the rows were pasted into, even if another is shown when the
 * import is confirmed; the window only while it is there. */
typedef struct
{
  AlignmentWindow   *self;      /* weak */
  AlignmentDocument *document;
} PasteTarget;

static void
paste_target_free (gpointer  data,
                   GClosure *closure)
{
  PasteTarget *target = data;

  g_clear_weak_pointer (&target->self);
  g_clear_object (&target->document);
  g_free (target);
}

static void
paste_import_cb (AlignmentImportDialog *dialog,
                 AlignmentCase         *imported,
                 guint                  n_signals,
                 PasteTarget           *target)
{
  AlignmentWindow *self = target->self;
  AlignmentDocument *document = target->document;
  AlignmentSignalList *signals;
  AlignmentSignalList *from = alignment_case_get_signals (imported);
  AlignmentHistory *history;
  g_autoptr(GString) renamed = g_string_new (NULL);
  g_autofree char *title = NULL;
  AlignmentSignal *first = NULL;
  guint n_renamed = 0;
  guint n = alignment_signal_list_get_n (from);

  if (self == NULL || n == 0)
    return;

  signals = alignment_case_get_signals (alignment_document_get_case (document));
  history = alignment_document_get_history (document);

  alignment_history_begin_group (history);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AlignmentSignal) signal = alignment_signal_copy (alignment_signal_list_get (from, i));
      const char *id = alignment_signal_get_id (signal);

      /* A taken id gets the next free one in its thread: the rows were
       * most likely copied from this very case, or one like it. */
      if (*id != '\0' && alignment_signal_list_find_id (signals, id) >= 0)
        {
          guint thread = alignment_signal_get_thread (signal);
          g_autofree char *next = NULL;

          if (thread == 0)
            thread = alignment_form_next_thread (signals);
          next = alignment_form_next_id_in_thread (signals, thread);
          if (n_renamed < 3)
            /* Translators: one renamed id in a list: "2a → 2e". */
            g_string_append_printf (renamed, "%s%s → %s", n_renamed > 0 ? ", " : "", id, next);
          n_renamed++;
          alignment_signal_set_id (signal, next);
        }

      alignment_signal_list_append (signals, signal);
      if (first == NULL)
        first = signal;
    }
  alignment_history_end_group (history);

  if (document == self->document && first != NULL)
    alignment_window_select_signal (self, first);

  if (n_renamed == 0)
    /* Translators: a toast after pasting rows from a spreadsheet. */
    title = g_strdup_printf (ngettext ("Added %u signal", "Added %u signals", n), n);
  else
    {
      g_autofree char *added = g_strdup_printf (ngettext ("Added %u signal", "Added %u signals", n), n);
      g_autofree char *ids = g_strdup_printf (ngettext ("%u id was taken and renumbered", "%u ids were taken and renumbered",
                                                        n_renamed), n_renamed);

      /* Translators: "Added 4 signals; 2 ids were taken and renumbered
       * (2a → 2e, 2b → 2f)". */
      title = g_strdup_printf (_("%s; %s (%s%s)"), added, ids, renamed->str, n_renamed > 3 ? ", …" : "");
    }
  _alignment_window_toast (self, title);
}

AlignmentImportDialog *
_alignment_window_paste_rows (AlignmentWindow *self,
                              const char      *text)
{
  AlignmentImportDialog *dialog;
  PasteTarget *target;

  g_return_val_if_fail (ALIGNMENT_IS_WINDOW (self), NULL);
  g_return_val_if_fail (text != NULL, NULL);

  if (self->document == NULL)
    return NULL;

  target = g_new0 (PasteTarget, 1);
  g_set_weak_pointer (&target->self, self);
  target->document = g_object_ref (self->document);
  dialog = alignment_import_dialog_new_for_text (GTK_WINDOW (self), text);
  g_signal_connect_data (dialog, "import", G_CALLBACK (paste_import_cb), target, paste_target_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  return dialog;
}

static void
paste_read_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(AlignmentWindow) self = user_data;
  g_autofree char *text = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (object), result, NULL);

  if (text == NULL || strchr (text, '\t') == NULL)
    {
      _alignment_window_toast (self, _("To add signals, copy rows of a signal log in a spreadsheet first"));
      return;
    }

  _alignment_window_paste_rows (self, text);
}

static void
paste_signals_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  AlignmentWindow *self = ALIGNMENT_WINDOW (widget);

  if (self->document == NULL)
    return;

  gdk_clipboard_read_text_async (gtk_widget_get_clipboard (widget), NULL, paste_read_cb, g_object_ref (self));
}

/* ---- Setup ----------------------------------------------------------------------- */

void
_alignment_window_import_init (AlignmentWindow *self)
{
  GtkEventController *controller = gtk_shortcut_controller_new ();

  /* Ctrl+V pastes rows in the signal list only: elsewhere it is the
   * text fields' own. */
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_v, GDK_CONTROL_MASK),
                                                          gtk_named_action_new ("win.paste-signals")));
  gtk_widget_add_controller (GTK_WIDGET (alignment_case_page_get_column_view (self->case_page)), controller);
}

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
