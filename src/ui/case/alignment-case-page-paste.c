/* alignment-case-page-paste.c: rows pasted into the signal list
 *
 * Rows copied from a spreadsheet are previewed in the import dialog,
 * then join the case they were pasted into as one undoable step.  The
 * window keeps the action (win.paste-signals) and whether it is
 * enabled; Ctrl+V is the list's own.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "alignment-form.h"
#include "alignment-case-page-private.h"

/* The case the rows were pasted into, even if another is shown when the
 * import is confirmed; the page only while it is there. */
typedef struct
{
  AlignmentCasePage *self;      /* weak */
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
  AlignmentCasePage *self = target->self;
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
    alignment_case_page_select_signal (self, first);

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
  _alignment_case_page_toast (self, adw_toast_new (title));
}

AlignmentImportDialog *
alignment_case_page_paste_rows (AlignmentCasePage *self,
                                const char        *text)
{
  AlignmentImportDialog *dialog;
  PasteTarget *target;
  GtkRoot *root;

  g_return_val_if_fail (ALIGNMENT_IS_CASE_PAGE (self), NULL);
  g_return_val_if_fail (text != NULL, NULL);

  if (self->document == NULL)
    return NULL;

  root = gtk_widget_get_root (GTK_WIDGET (self));
  target = g_new0 (PasteTarget, 1);
  g_set_weak_pointer (&target->self, self);
  target->document = g_object_ref (self->document);
  dialog = alignment_import_dialog_new_for_text (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, text);
  g_signal_connect_data (dialog, "import", G_CALLBACK (paste_import_cb), target, paste_target_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  return dialog;
}

static void
paste_read_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(AlignmentCasePage) self = user_data;
  g_autofree char *text = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (object), result, NULL);

  if (text == NULL || strchr (text, '\t') == NULL)
    {
      _alignment_case_page_toast (self, adw_toast_new (_("To add signals, copy rows of a signal log in a spreadsheet first")));
      return;
    }

  alignment_case_page_paste_rows (self, text);
}

void
alignment_case_page_paste_signals (AlignmentCasePage *self)
{
  g_return_if_fail (ALIGNMENT_IS_CASE_PAGE (self));

  if (self->document == NULL)
    return;

  gdk_clipboard_read_text_async (gtk_widget_get_clipboard (GTK_WIDGET (self)), NULL,
                                 paste_read_cb, g_object_ref (self));
}

void
_alignment_case_page_paste_init (AlignmentCasePage *self)
{
  GtkEventController *controller = gtk_shortcut_controller_new ();

  /* Ctrl+V pastes rows in the signal list only: elsewhere it is the
   * text fields' own. */
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_v, GDK_CONTROL_MASK),
                                                          gtk_named_action_new ("win.paste-signals")));
  gtk_widget_add_controller (GTK_WIDGET (alignment_signal_table_get_column_view (self->signal_table)), controller);
}
