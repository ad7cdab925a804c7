/* alignment-window-actions.c: the window's actions
 *
 * Every action is installed in class_init; _alignment_window_update_actions()
 * is the one place that decides which are enabled.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "alignment-report-dialog.h"
#include "alignment-window-private.h"

void
_alignment_window_update_actions (AlignmentWindow *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  AlignmentDocument *document = self->document;
  AlignmentHistory *history = document != NULL ? alignment_document_get_history (document) : NULL;
  AlignmentSignal *selected = alignment_case_page_get_selected_signal (self->case_page);
  gboolean has_signal = document != NULL && selected != NULL;
  gboolean zoom = alignment_case_page_get_can_zoom (self->case_page);
  gboolean figure = alignment_case_page_get_figure_shown (self->case_page);
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
                                 && !alignment_window_get_loading (self) && !self->saving);
  gtk_widget_action_set_enabled (widget, "win.remove-case", has_file && !alignment_window_get_loading (self));
  gtk_widget_action_set_enabled (widget, "win.show-in-folder", has_file);
  gtk_widget_action_set_enabled (widget, "win.show-view", document != NULL);
  gtk_widget_action_set_enabled (widget, "win.cancel-loading", alignment_window_get_loading (self));
  gtk_widget_action_set_enabled (widget, "win.zoom-in", zoom);
  gtk_widget_action_set_enabled (widget, "win.zoom-out", zoom);
  gtk_widget_action_set_enabled (widget, "win.zoom-fit", zoom);
  gtk_widget_action_set_enabled (widget, "win.zoom-selection", zoom && selected != NULL);
  gtk_widget_action_set_enabled (widget, "win.export-figure", figure);
  gtk_widget_action_set_enabled (widget, "win.print", figure);
  gtk_widget_action_set_enabled (widget, "win.export-case", self->document != NULL);
  gtk_widget_action_set_enabled (widget, "win.review-report", document != NULL);
  gtk_widget_action_set_enabled (widget, "win.survey-print-form", self->document != NULL);
  _alignment_window_update_import_actions (self);
  _alignment_window_update_survey_actions (self);
  _alignment_window_update_merge_actions (self);
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
    alignment_case_page_show_view (self->case_page, "details");
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
remove_case_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  AlignmentWindow *self = ALIGNMENT_WINDOW (widget);

  if (self->file != NULL)
    alignment_library_sidebar_remove_case (self->sidebar, self->file);
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

  alignment_case_page_show_view (self->case_page, g_variant_get_string (parameter, NULL));
}

/* What the case page does: the window keeps the names, the shortcuts
 * and the say on what is enabled. */
typedef void (*PageAction) (AlignmentCasePage *page);

static const struct
{
  const char *name;
  PageAction  run;
} page_actions[] = {
  { "win.new-signal", alignment_case_page_new_signal },
  { "win.new-thread", alignment_case_page_new_thread },
  { "win.duplicate-signal", alignment_case_page_duplicate_signal },
  { "win.delete-signal", alignment_case_page_delete_signal },
  { "win.previous-signal", alignment_case_page_previous_signal },
  { "win.next-signal", alignment_case_page_next_signal },
  { "win.clear-filters", alignment_case_page_clear_filters },
  { "win.clear-signal-set", alignment_case_page_clear_signal_set },
  { "win.zoom-in", alignment_case_page_zoom_in },
  { "win.zoom-out", alignment_case_page_zoom_out },
  { "win.zoom-fit", alignment_case_page_zoom_fit },
  { "win.zoom-selection", alignment_case_page_zoom_selection },
  { "win.export-figure", alignment_case_page_ask_export_figure },
  { "win.print", alignment_case_page_ask_print },
  { "win.export-case", alignment_case_page_ask_export_case },
  { "win.survey-print-form", alignment_case_page_ask_print_survey_form },
};

static void
page_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  AlignmentWindow *self = ALIGNMENT_WINDOW (widget);

  for (guint i = 0; i < G_N_ELEMENTS (page_actions); i++)
    if (g_str_equal (page_actions[i].name, action_name))
      {
        page_actions[i].run (self->case_page);
        return;
      }
}

/* ---- Review Report… ------------------------------------------------------------- */

static void
report_saved_cb (AlignmentReportDialog *dialog,
                 GFile                 *file,
                 AlignmentWindow       *self)
{
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *title = g_strdup_printf (_("Report saved as “%s”"), name);

  _alignment_window_toast (self, title);
}

static void
review_report_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  AlignmentWindow *self = ALIGNMENT_WINDOW (widget);
  GtkWidget *dialog;

  if (self->document == NULL)
    return;

  dialog = alignment_report_dialog_new (GTK_WINDOW (self), self->document);
  g_signal_connect_object (dialog, "saved", G_CALLBACK (report_saved_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* ---- Class ------------------------------------------------------------------------- */

void
_alignment_window_actions_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_action);
  gtk_widget_class_install_action (widget_class, "win.open-example", NULL, open_example_action);
  gtk_widget_class_install_action (widget_class, "win.new-case", NULL, new_case_action);
  gtk_widget_class_install_action (widget_class, "win.new-case-from-example", NULL, new_case_from_example_action);
  gtk_widget_class_install_action (widget_class, "win.duplicate-case", NULL, duplicate_case_action);
  gtk_widget_class_install_action (widget_class, "win.rename-case", NULL, rename_case_action);
  gtk_widget_class_install_action (widget_class, "win.delete-case", NULL, delete_case_action);
  gtk_widget_class_install_action (widget_class, "win.remove-case", NULL, remove_case_action);
  gtk_widget_class_install_action (widget_class, "win.open-library-folder", NULL, open_library_folder_action);
  gtk_widget_class_install_action (widget_class, "win.show-in-folder", NULL, show_in_folder_action);
  gtk_widget_class_install_action (widget_class, "win.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "win.save-as", NULL, save_as_action);
  gtk_widget_class_install_action (widget_class, "win.cancel-loading", NULL, cancel_loading_action);
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "win.redo", NULL, redo_action);
  gtk_widget_class_install_action (widget_class, "win.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "win.show-view", "s", show_view_action);
  gtk_widget_class_install_action (widget_class, "win.review-report", NULL, review_report_action);
  gtk_widget_class_install_property_action (widget_class, "win.sort-library", "library-sort");
  gtk_widget_class_install_property_action (widget_class, "win.show-editor", "editor-visible");
  gtk_widget_class_install_property_action (widget_class, "win.show-library", "library-visible");
  for (guint i = 0; i < G_N_ELEMENTS (page_actions); i++)
    gtk_widget_class_install_action (widget_class, page_actions[i].name, NULL, page_action);

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
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F9, GDK_SHIFT_MASK, "win.show-library", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_plus, GDK_CONTROL_MASK, "win.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_equal, GDK_CONTROL_MASK, "win.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Add, GDK_CONTROL_MASK, "win.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_minus, GDK_CONTROL_MASK, "win.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Subtract, GDK_CONTROL_MASK, "win.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_0, GDK_CONTROL_MASK, "win.zoom-fit", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "win.print", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.export-figure", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_r, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.review-report", NULL);
}
