/* alignment-window-actions.c: the window's actions
 *
 * Every action is installed in class_init; _alignment_window_update_actions()
 * is the one place that decides which are enabled.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "alignment-file-chooser.h"
#include "alignment-window-private.h"

void
_alignment_window_update_actions (AlignmentWindow *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  AlignmentDocument *document = self->document;
  AlignmentHistory *history = document != NULL ? alignment_document_get_history (document) : NULL;
  AlignmentSignal *selected = alignment_case_page_get_selected_signal (self->case_page);
  gboolean has_signal = document != NULL && selected != NULL;
  const char *view = document != NULL ? alignment_case_page_get_view (self->case_page) : NULL;
  gboolean timeline = g_strcmp0 (view, "timeline") == 0;
  gboolean figure = timeline || g_strcmp0 (view, "heatmap") == 0;
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
  gtk_widget_action_set_enabled (widget, "win.zoom-in", timeline);
  gtk_widget_action_set_enabled (widget, "win.zoom-out", timeline);
  gtk_widget_action_set_enabled (widget, "win.zoom-fit", timeline);
  gtk_widget_action_set_enabled (widget, "win.zoom-selection", timeline && selected != NULL);
  gtk_widget_action_set_enabled (widget, "win.export-figure", figure);
  gtk_widget_action_set_enabled (widget, "win.print", figure);
  _alignment_window_update_import_actions (self);
}

/* ---- Errors ------------------------------------------------------------------ */

void
_alignment_window_show_error (AlignmentWindow *self,
                              const char      *heading,
                              const GError    *error)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, error->message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* ---- Files ------------------------------------------------------------------ */

/* A file in the library folder named after @title that does not exist
 * yet: "Title.alignment", "Title 2.alignment", … */
static GFile *
new_library_file (AlignmentWindow *self,
                  const char      *title)
{
  g_autoptr(GFile) folder = g_object_ref (alignment_library_get_folder (self->library));
  g_autofree char *base = g_strdup (title != NULL && *title != '\0' ? title : _("New case"));

  /* Titles may hold what a file name may not. */
  alignment_file_chooser_clean_name (base);
  g_file_make_directory_with_parents (folder, NULL, NULL);

  for (guint i = 1; i < 10000; i++)
    {
      g_autofree char *name = i == 1 ? g_strconcat (base, ALIGNMENT_FILE_SUFFIX, NULL)
                                     : g_strdup_printf ("%s %u%s", base, i, ALIGNMENT_FILE_SUFFIX);
      g_autoptr(GFile) file = g_file_get_child_for_display_name (folder, name, NULL);

      if (file != NULL && !g_file_query_exists (file, NULL))
        return g_steal_pointer (&file);
    }

  return NULL;
}

/* Saves @alignment_case as a new file of the library and shows it. */
void
_alignment_window_add_case_to_library (AlignmentWindow *self,
                                       AlignmentCase   *alignment_case)
{
  g_autoptr(GFile) file = new_library_file (self, alignment_case_get_title (alignment_case));
  g_autoptr(AlignmentDocument) document = NULL;
  g_autoptr(GError) error = NULL;

  if (file == NULL || !alignment_case_save (alignment_case, file, NULL, &error))
    {
      if (error == NULL)
        g_set_error_literal (&error, G_IO_ERROR, G_IO_ERROR_EXISTS,
                             _("There is no free file name left in the case library."));
      _alignment_window_show_error (self, _("Could Not Create the Case"), error);
      return;
    }

  document = alignment_document_new (alignment_case, file);
  alignment_library_reload_file (self->library, file);
  _alignment_window_show_document (self, document);
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
  else if (alignment_library_get_folder (self->library) != NULL)
    gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (self->chooser),
                                         alignment_library_get_folder (self->library), NULL);

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
  g_autoptr(AlignmentCase) blank = alignment_case_new ();

  alignment_case_set_title (blank, _("New case"));
  _alignment_window_add_case_to_library (self, blank);

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
  g_autoptr(AlignmentCase) copy = NULL;
  g_autoptr(GError) error = NULL;

  if (ALIGNMENT_IS_APPLICATION (app))
    example = alignment_application_dup_example_file (ALIGNMENT_APPLICATION (app));
  if (example == NULL)
    return;

  copy = alignment_case_load (example, NULL, &error);
  if (copy == NULL)
    {
      _alignment_window_show_error (self, _("Could Not Copy the Example"), error);
      return;
    }

  _alignment_window_add_case_to_library (self, copy);
}

/* A deep copy through the file format: the copy is what a save and a
 * load would give, foreign elements and all. */
static AlignmentCase *
copy_case (AlignmentCase  *alignment_case,
           GError        **error)
{
  g_autoptr(GBytes) bytes = alignment_case_to_bytes (alignment_case);
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);

  return alignment_case_load_from_data (data, size, NULL, error);
}

static void
duplicate_case_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  AlignmentWindow *self = ALIGNMENT_WINDOW (widget);
  g_autoptr(AlignmentCase) copy = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  g_autofree char *new_title = NULL;

  if (self->document == NULL)
    return;

  copy = copy_case (alignment_document_get_case (self->document), &error);
  if (copy == NULL)
    {
      _alignment_window_show_error (self, _("Could Not Duplicate the Case"), error);
      return;
    }

  title = alignment_document_dup_title (self->document);
  /* Translators: the title of a duplicated case. */
  new_title = g_strdup_printf (_("%s (copy)"), title);
  alignment_case_set_title (copy, new_title);
  _alignment_window_add_case_to_library (self, copy);
}

static void
rename_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    AlignmentWindow  *self)
{
  GtkEditable *entry = g_object_get_data (G_OBJECT (dialog), "entry");
  AlignmentDocument *document = g_object_get_data (G_OBJECT (dialog), "document");
  const char *title = gtk_editable_get_text (entry);

  if (!g_str_equal (response, "rename") || *title == '\0')
    return;

  /* The title is part of the case: renaming is an edit, undone like one
   * and saved with the rest. */
  alignment_case_set_title (alignment_document_get_case (document), title);
}

static void
rename_entry_activate_cb (GtkEntry         *entry,
                          AdwMessageDialog *dialog)
{
  adw_message_dialog_response (dialog, "rename");
  gtk_window_close (GTK_WINDOW (dialog));
}

static void
rename_case_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  AlignmentWindow *self = ALIGNMENT_WINDOW (widget);
  g_autofree char *title = NULL;
  GtkWidget *dialog;
  GtkWidget *entry;

  if (self->document == NULL)
    return;

  title = alignment_document_dup_title (self->document);
  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Rename the Case"), NULL);
  entry = gtk_entry_new ();
  gtk_editable_set_text (GTK_EDITABLE (entry), title);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Title"), -1);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), entry);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "rename", _("_Rename"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "rename", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "rename");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data (G_OBJECT (dialog), "entry", entry);
  g_object_set_data_full (G_OBJECT (dialog), "document", g_object_ref (self->document), g_object_unref);
  g_signal_connect (dialog, "response", G_CALLBACK (rename_response_cb), self);
  g_signal_connect (entry, "activate", G_CALLBACK (rename_entry_activate_cb), dialog);
  gtk_window_present (GTK_WINDOW (dialog));
}

typedef struct
{
  AlignmentWindow *self;
  GFile           *file;
  GBytes          *bytes;  /* the file as it was, should the trash fail us */
} Trashed;

static void
trashed_free (gpointer data)
{
  Trashed *trashed = data;

  g_clear_object (&trashed->self);
  g_clear_object (&trashed->file);
  g_clear_pointer (&trashed->bytes, g_bytes_unref);
  g_free (trashed);
}

/* GIO has no "restore from trash": find the file by where it came from
 * and move it back. */
static gboolean
restore_from_trash (GFile *file)
{
  g_autoptr(GFile) trash = g_file_new_for_uri ("trash:///");
  g_autoptr(GFileEnumerator) children = NULL;
  g_autofree char *path = g_file_get_path (file);
  GFileInfo *info;

  children = g_file_enumerate_children (trash, G_FILE_ATTRIBUTE_STANDARD_NAME "," G_FILE_ATTRIBUTE_TRASH_ORIG_PATH,
                                        G_FILE_QUERY_INFO_NONE, NULL, NULL);
  if (children == NULL || path == NULL)
    return FALSE;

  while ((info = g_file_enumerator_next_file (children, NULL, NULL)) != NULL)
    {
      g_autoptr(GFileInfo) owned = info;
      const char *orig = g_file_info_get_attribute_byte_string (info, G_FILE_ATTRIBUTE_TRASH_ORIG_PATH);

      if (g_strcmp0 (orig, path) == 0)
        {
          g_autoptr(GFile) child = g_file_enumerator_get_child (children, info);

          return g_file_move (child, file, G_FILE_COPY_NONE, NULL, NULL, NULL, NULL);
        }
    }

  return FALSE;
}

static void
undo_trash_cb (AdwToast *toast,
               Trashed  *trashed)
{
  g_autoptr(GError) error = NULL;

  if (!restore_from_trash (trashed->file)
      && !g_file_replace_contents (trashed->file, g_bytes_get_data (trashed->bytes, NULL),
                                   g_bytes_get_size (trashed->bytes), NULL, FALSE,
                                   G_FILE_CREATE_NONE, NULL, NULL, &error))
    {
      _alignment_window_show_error (trashed->self, _("Could Not Restore the Case"), error);
      return;
    }

  alignment_library_reload_file (trashed->self->library, trashed->file);
  alignment_window_open (trashed->self, trashed->file);
}

static void
delete_case_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  AlignmentWindow *self = ALIGNMENT_WINDOW (widget);
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  g_autofree char *message = NULL;
  AlignmentDocument *document;
  Trashed *trashed;
  AdwToast *toast;
  GBytes *bytes;

  if (self->file == NULL)
    return;

  file = g_object_ref (self->file);
  document = _alignment_window_find_document (self, file);
  title = document != NULL ? alignment_document_dup_title (document) : g_file_get_basename (file);
  bytes = g_file_load_bytes (file, NULL, NULL, NULL);

  if (!g_file_trash (file, NULL, &error))
    {
      g_clear_pointer (&bytes, g_bytes_unref);
      _alignment_window_show_error (self, _("Could Not Move the Case to the Trash"), error);
      return;
    }

  /* The case is gone, unsaved changes with it: that is what was asked. */
  if (document != NULL)
    _alignment_window_forget_document (self, document);
  alignment_library_remove_file (self->library, file);
  g_clear_object (&self->file);
  g_object_notify (G_OBJECT (self), "file");
  gtk_stack_set_visible_child_name (self->main_stack, "empty");
  _alignment_window_update_title (self);
  _alignment_window_update_actions (self);

  trashed = g_new0 (Trashed, 1);
  trashed->self = g_object_ref (self);
  trashed->file = g_object_ref (file);
  trashed->bytes = bytes != NULL ? bytes : g_bytes_new (NULL, 0);

  /* Translators: a toast after deleting a case. */
  message = g_strdup_printf (_("“%s” moved to the trash"), title);
  toast = adw_toast_new (message);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (undo_trash_cb), trashed,
                         (GClosureNotify) (void (*) (void)) trashed_free, 0);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
show_uri (AlignmentWindow *self,
          GFile           *folder)
{
  g_autofree char *uri = NULL;

  if (folder == NULL)
    return;

  uri = g_file_get_uri (folder);
  gtk_show_uri (GTK_WINDOW (self), uri, GDK_CURRENT_TIME);
}

static void
open_library_folder_action (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *parameter)
{
  AlignmentWindow *self = ALIGNMENT_WINDOW (widget);

  show_uri (self, alignment_library_get_folder (self->library));
}

static void
show_in_folder_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  AlignmentWindow *self = ALIGNMENT_WINDOW (widget);
  g_autoptr(GFile) folder = NULL;

  if (self->file != NULL)
    folder = g_file_get_parent (self->file);
  show_uri (self, folder);
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
  AlignmentWindow *self = ALIGNMENT_WINDOW (widget);

  gtk_search_bar_set_search_mode (self->search_bar, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->library_search));
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
  gtk_widget_class_install_action (widget_class, "win.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "win.show-view", "s", show_view_action);
  gtk_widget_class_install_property_action (widget_class, "win.sort-library", "library-sort");
  gtk_widget_class_install_property_action (widget_class, "win.show-editor", "editor-visible");
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
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_plus, GDK_CONTROL_MASK, "win.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_equal, GDK_CONTROL_MASK, "win.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Add, GDK_CONTROL_MASK, "win.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_minus, GDK_CONTROL_MASK, "win.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Subtract, GDK_CONTROL_MASK, "win.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_0, GDK_CONTROL_MASK, "win.zoom-fit", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "win.print", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.export-figure", NULL);
  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    gtk_widget_class_add_binding_action (widget_class, views[i].key, GDK_ALT_MASK, "win.show-view", "s", views[i].view);
}
