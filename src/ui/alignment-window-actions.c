/* alignment-window-actions.c: the window's actions
 *
 * Every action is installed in class_init; _alignment_window_update_actions()
 * is the one place that decides which are enabled.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "alignment-window-private.h"

void
_alignment_window_update_actions (AlignmentWindow *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  AlignmentDocument *document = self->document;
  AlignmentHistory *history = document != NULL ? alignment_document_get_history (document) : NULL;
  gboolean has_signal = document != NULL && _alignment_window_get_selected_signal (self) != NULL;
  gboolean has_file = self->file != NULL;
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));
  g_autoptr(GFile) example = NULL;

  if (ALIGNMENT_IS_APPLICATION (app))
    example = alignment_application_dup_example_file (ALIGNMENT_APPLICATION (app));

  gtk_widget_action_set_enabled (widget, "win.open-example", example != NULL);
  gtk_widget_action_set_enabled (widget, "win.new-case-from-example", example != NULL);
  /* While a save runs, the case holds still. */
  if (self->saving)
    {
      document = NULL;
      history = NULL;
      has_signal = FALSE;
    }
  gtk_widget_action_set_enabled (widget, "win.save", document != NULL);
  gtk_widget_action_set_enabled (widget, "win.save-as", document != NULL);
  gtk_widget_action_set_enabled (widget, "win.undo", history != NULL && alignment_history_get_can_undo (history));
  gtk_widget_action_set_enabled (widget, "win.redo", history != NULL && alignment_history_get_can_redo (history));
  gtk_widget_action_set_enabled (widget, "win.new-signal", document != NULL);
  gtk_widget_action_set_enabled (widget, "win.new-thread", document != NULL);
  gtk_widget_action_set_enabled (widget, "win.duplicate-signal", has_signal);
  gtk_widget_action_set_enabled (widget, "win.delete-signal", has_signal);
  gtk_widget_action_set_enabled (widget, "win.previous-signal", document != NULL);
  gtk_widget_action_set_enabled (widget, "win.next-signal", document != NULL);
  gtk_widget_action_set_enabled (widget, "win.duplicate-case", document != NULL);
  gtk_widget_action_set_enabled (widget, "win.rename-case", document != NULL);
  /* The bundled example is not the user's to throw away. */
  gtk_widget_action_set_enabled (widget, "win.delete-case",
                                 has_file && !_alignment_window_is_example (self, self->file)
                                 && self->cancellable == NULL && !self->saving);
  gtk_widget_action_set_enabled (widget, "win.show-in-folder", has_file);
  gtk_widget_action_set_enabled (widget, "win.show-view", document != NULL);
  gtk_widget_action_set_enabled (widget, "win.cancel-loading", self->cancellable != NULL);
  _alignment_window_views_update_actions (self);
  _alignment_window_update_import_actions (self);
  _alignment_window_update_export_actions (self);
}

/* ---- Files ------------------------------------------------------------------ */

/* Saves @alignment_case as a new file of the library and shows it. */
void
_alignment_window_add_case_to_library (AlignmentWindow *self,
                                       AlignmentCase   *alignment_case)
{
  alignment_library_sidebar_add_case (self->sidebar, alignment_case);
}

/* ---- Case actions --------------------------------------------------------------- */

static void
chooser_response_cb (GtkNativeDialog *dialog,
                     int              response,
                     AlignmentWindow *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));

      if (file != NULL)
        alignment_window_open (self, file);
    }

  g_clear_object (&self->chooser);
}

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  AlignmentWindow *self = ALIGNMENT_WINDOW (widget);
  GSettings *settings = _alignment_window_get_settings (self);
  g_autoptr(GtkFileFilter) filter = NULL;
  g_autofree char *last = NULL;

  if (self->chooser != NULL)
    {
      gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
      return;
    }

  self->chooser = gtk_file_chooser_native_new (_("Open a Case"), GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_OPEN,
                                               _("_Open"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);

  filter = gtk_file_filter_new ();
  gtk_file_filter_set_name (filter, _("Alignment cases"));
  gtk_file_filter_add_suffix (filter, "alignment");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);

  /* Where the user last opened a case, else the library. */
  if (settings != NULL)
    last = g_settings_get_string (settings, "last-file");
  if (last != NULL && *last != '\0')
    {
      g_autoptr(GFile) file = g_file_new_for_uri (last);
      g_autoptr(GFile) folder = g_file_get_parent (file);

      if (folder != NULL)
        gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (self->chooser), folder, NULL);
    }
  else if (alignment_library_get_folder (alignment_window_get_library (self)) != NULL)
    gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (self->chooser),
                                         alignment_library_get_folder (alignment_window_get_library (self)), NULL);

  g_signal_connect (self->chooser, "response", G_CALLBACK (chooser_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
open_example_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  AlignmentWindow *self = ALIGNMENT_WINDOW (widget);
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));
  g_autoptr(GFile) example = NULL;

  if (ALIGNMENT_IS_APPLICATION (app))
    example = alignment_application_dup_example_file (ALIGNMENT_APPLICATION (app));

  if (example != NULL)
    alignment_window_open (self, example);
}

static void
new_case_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  AlignmentWindow *self = ALIGNMENT_WINDOW (widget);

  alignment_library_sidebar_new_case (self->sidebar);

  /* A new case starts with what it is about. */
  if (self->document != NULL)
    adw_view_stack_set_visible_child_name (self->view_stack, "details");
}

static void
new_case_from_example_action (GtkWidget  *widget,
                              const char *action_name,
                              GVariant   *parameter)
{
  AlignmentWindow *self = ALIGNMENT_WINDOW (widget);
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));
  g_autoptr(GFile) example = NULL;

  if (ALIGNMENT_IS_APPLICATION (app))
    example = alignment_application_dup_example_file (ALIGNMENT_APPLICATION (app));
  alignment_library_sidebar_new_case_from (self->sidebar, example);
}

static void
duplicate_case_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  AlignmentWindow *self = ALIGNMENT_WINDOW (widget);

  alignment_library_sidebar_duplicate_case (self->sidebar, self->document);
}

static void
rename_case_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  AlignmentWindow *self = ALIGNMENT_WINDOW (widget);

  alignment_library_sidebar_rename_case (self->sidebar, self->document);
}

static void
delete_case_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  AlignmentWindow *self = ALIGNMENT_WINDOW (widget);

  if (self->file != NULL)
    alignment_library_sidebar_trash_case (self->sidebar, self->file);
}

static void
open_library_folder_action (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *parameter)
{
  alignment_library_sidebar_open_folder (ALIGNMENT_WINDOW (widget)->sidebar);
}

static void
show_in_folder_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  AlignmentWindow *self = ALIGNMENT_WINDOW (widget);

  alignment_library_sidebar_show_in_folder (self->sidebar, self->file);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  AlignmentWindow *self = ALIGNMENT_WINDOW (widget);

  if (self->document != NULL)
    _alignment_window_save_or_ask (self, self->document, NULL);
}

static void
save_as_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  AlignmentWindow *self = ALIGNMENT_WINDOW (widget);

  if (self->document != NULL)
    _alignment_window_save_as (self, self->document, NULL);
}

static void
cancel_loading_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  _alignment_window_cancel_loading (ALIGNMENT_WINDOW (widget));
}

/* ---- Editing ---------------------------------------------------------------------- */

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  AlignmentWindow *self = ALIGNMENT_WINDOW (widget);

  if (self->document != NULL)
    alignment_history_undo (alignment_document_get_history (self->document));
}

static void
redo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  AlignmentWindow *self = ALIGNMENT_WINDOW (widget);

  if (self->document != NULL)
    alignment_history_redo (alignment_document_get_history (self->document));
}

/* After the last signal of @thread in the list, else at the end. */
static guint
insert_position (AlignmentSignalList *signals,
                 guint                thread)
{
  guint n = alignment_signal_list_get_n (signals);

  for (guint i = n; i > 0; i--)
    if (alignment_signal_get_thread (alignment_signal_list_get (signals, i - 1)) == thread)
      return i;

  return n;
}

static void
add_signal (AlignmentWindow *self,
            AlignmentSignal *signal,
            guint            thread)
{
  AlignmentCase *c = alignment_document_get_case (self->document);
  AlignmentSignalList *signals = alignment_case_get_signals (c);
  AlignmentHistory *history = alignment_document_get_history (self->document);

  /* The signal and the fields set while making it are one step. */
  alignment_history_begin_group (history);
  alignment_signal_list_insert (signals, insert_position (signals, thread), signal);
  alignment_history_end_group (history);

  if (!gtk_widget_get_mapped (GTK_WIDGET (self->signal_editor)))
    adw_view_stack_set_visible_child_name (self->view_stack, "signals");
  alignment_window_select_signal (self, signal);
  g_object_set (self, "editor-visible", TRUE, NULL);
  alignment_signal_editor_focus (self->signal_editor);
}

static AlignmentSignal *
new_signal (AlignmentWindow *self,
            guint            thread)
{
  AlignmentSignalList *signals = alignment_case_get_signals (alignment_document_get_case (self->document));
  g_autofree char *id = alignment_form_next_id_in_thread (signals, thread);
  AlignmentSignal *signal = alignment_signal_new (id);
  GDate today;

  /* Most signals are logged the day they happen. */
  g_date_clear (&today, 1);
  g_date_set_time_t (&today, time (NULL));
  alignment_signal_set_start_date (signal, &today);
  return signal;
}

static void
new_thread_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  AlignmentWindow *self = ALIGNMENT_WINDOW (widget);
  AlignmentSignalList *signals;
  g_autoptr(AlignmentSignal) signal = NULL;
  guint thread;

  if (self->document == NULL)
    return;

  signals = alignment_case_get_signals (alignment_document_get_case (self->document));
  thread = alignment_form_next_thread (signals);
  signal = new_signal (self, thread);
  /* A thread opens with a request or an escalation. */
  alignment_signal_set_signal_type (signal, ALIGNMENT_SIGNAL_TYPE_REQUEST_SENT);
  add_signal (self, signal, thread);
}

static void
new_signal_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  AlignmentWindow *self = ALIGNMENT_WINDOW (widget);
  AlignmentSignal *selected = _alignment_window_get_selected_signal (self);
  g_autoptr(AlignmentSignal) signal = NULL;
  guint thread;

  if (self->document == NULL)
    return;

  if (selected == NULL || alignment_signal_get_thread (selected) == 0)
    {
      new_thread_action (widget, action_name, parameter);
      return;
    }

  thread = alignment_signal_get_thread (selected);
  signal = new_signal (self, thread);
  /* The answer usually comes from the other party. */
  if (alignment_signal_get_sender (selected) == ALIGNMENT_PARTY_CUSTOMER)
    alignment_signal_set_sender (signal, ALIGNMENT_PARTY_PROVIDER);
  else if (alignment_signal_get_sender (selected) == ALIGNMENT_PARTY_PROVIDER)
    alignment_signal_set_sender (signal, ALIGNMENT_PARTY_CUSTOMER);
  add_signal (self, signal, thread);
}

static void
duplicate_signal_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  AlignmentWindow *self = ALIGNMENT_WINDOW (widget);
  AlignmentSignal *selected = _alignment_window_get_selected_signal (self);
  AlignmentSignalList *signals;
  g_autoptr(AlignmentSignal) copy = NULL;
  g_autofree char *id = NULL;
  guint thread;

  if (self->document == NULL || selected == NULL)
    return;

  signals = alignment_case_get_signals (alignment_document_get_case (self->document));
  thread = alignment_signal_get_thread (selected);
  if (thread == 0)
    thread = alignment_form_next_thread (signals);
  id = alignment_form_next_id_in_thread (signals, thread);
  copy = alignment_signal_copy (selected);
  alignment_signal_set_id (copy, id);
  add_signal (self, copy, thread);
}

static void
undo_delete_cb (AdwToast        *toast,
                AlignmentWindow *self)
{
  if (self->document != NULL)
    alignment_history_undo (alignment_document_get_history (self->document));
}

static void
delete_signal_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  AlignmentWindow *self = ALIGNMENT_WINDOW (widget);
  AlignmentSignal *selected = _alignment_window_get_selected_signal (self);
  AlignmentSignalList *signals;
  g_autofree char *message = NULL;
  guint position = gtk_single_selection_get_selected (self->selection);
  int index;
  AdwToast *toast;

  if (self->document == NULL || selected == NULL)
    return;

  signals = alignment_case_get_signals (alignment_document_get_case (self->document));
  index = alignment_signal_list_find_id (signals, alignment_signal_get_id (selected));
  for (guint i = 0; i < alignment_signal_list_get_n (signals); i++)
    if (alignment_signal_list_get (signals, i) == selected)
      index = (int) i;
  if (index < 0)
    return;

  /* Translators: a toast after deleting signal "2c". */
  message = g_strdup_printf (_("Signal %s deleted"), alignment_signal_get_id (selected));
  alignment_signal_list_remove (signals, (guint) index);

  /* The next signal takes its place, for deleting several in a row. */
  if (g_list_model_get_n_items (G_LIST_MODEL (self->selection)) > 0)
    gtk_single_selection_set_selected (self->selection,
                                       MIN (position, g_list_model_get_n_items (G_LIST_MODEL (self->selection)) - 1));

  toast = adw_toast_new (message);
  adw_toast_set_button_label (toast, _("_Undo"));
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (undo_delete_cb), self, 0);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
previous_signal_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  _alignment_window_move_selection (ALIGNMENT_WINDOW (widget), -1);
}

static void
next_signal_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  _alignment_window_move_selection (ALIGNMENT_WINDOW (widget), 1);
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  alignment_library_sidebar_start_search (ALIGNMENT_WINDOW (widget)->sidebar);
}

static void
show_view_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  AlignmentWindow *self = ALIGNMENT_WINDOW (widget);

  adw_view_stack_set_visible_child_name (self->view_stack, g_variant_get_string (parameter, NULL));
}

/* ---- Class ------------------------------------------------------------------------- */

void
_alignment_window_actions_class_init (GtkWidgetClass *widget_class)
{
  static const struct {
    const char *view;
    guint       key;
  } views[] = {
    { "signals", GDK_KEY_1 },
    { "timeline", GDK_KEY_2 },
    { "heatmap", GDK_KEY_3 },
    { "details", GDK_KEY_4 },
  };

  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_action);
  gtk_widget_class_install_action (widget_class, "win.open-example", NULL, open_example_action);
  gtk_widget_class_install_action (widget_class, "win.new-case", NULL, new_case_action);
  gtk_widget_class_install_action (widget_class, "win.new-case-from-example", NULL, new_case_from_example_action);
  gtk_widget_class_install_action (widget_class, "win.duplicate-case", NULL, duplicate_case_action);
  gtk_widget_class_install_action (widget_class, "win.rename-case", NULL, rename_case_action);
  gtk_widget_class_install_action (widget_class, "win.delete-case", NULL, delete_case_action);
  gtk_widget_class_install_action (widget_class, "win.open-library-folder", NULL, open_library_folder_action);
  gtk_widget_class_install_action (widget_class, "win.show-in-folder", NULL, show_in_folder_action);
  gtk_widget_class_install_action (widget_class, "win.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "win.save-as", NULL, save_as_action);
  gtk_widget_class_install_action (widget_class, "win.cancel-loading", NULL, cancel_loading_action);
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "win.redo", NULL, redo_action);
  gtk_widget_class_install_action (widget_class, "win.new-signal", NULL, new_signal_action);
  gtk_widget_class_install_action (widget_class, "win.new-thread", NULL, new_thread_action);
  gtk_widget_class_install_action (widget_class, "win.duplicate-signal", NULL, duplicate_signal_action);
  gtk_widget_class_install_action (widget_class, "win.delete-signal", NULL, delete_signal_action);
  gtk_widget_class_install_action (widget_class, "win.previous-signal", NULL, previous_signal_action);
  gtk_widget_class_install_action (widget_class, "win.next-signal", NULL, next_signal_action);
  gtk_widget_class_install_action (widget_class, "win.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "win.show-view", "s", show_view_action);
  gtk_widget_class_install_property_action (widget_class, "win.sort-library", "library-sort");
  gtk_widget_class_install_property_action (widget_class, "win.show-editor", "editor-visible");

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK, "win.open", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "win.new-case", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_d, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.duplicate-case", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F2, 0, "win.rename-case", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.delete-case", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "win.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.save-as", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "win.undo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.redo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_y, GDK_CONTROL_MASK, "win.redo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK, "win.new-signal", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.new-thread", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_d, GDK_CONTROL_MASK, "win.duplicate-signal", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, GDK_CONTROL_MASK, "win.delete-signal", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Up, GDK_ALT_MASK, "win.previous-signal", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Down, GDK_ALT_MASK, "win.next-signal", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "win.search", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "win.cancel-loading", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F9, 0, "win.show-editor", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK, "window.close", NULL);
  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    gtk_widget_class_add_binding_action (widget_class, views[i].key, GDK_ALT_MASK, "win.show-view", "s", views[i].view);
}
