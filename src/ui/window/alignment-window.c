/* alignment-window.c: the main window, a case library beside one case
 *
 * This file holds the object, the documents it has open and its state;
 * see alignment-window-private.h for the other parts.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "alignment-window-private.h"

G_DEFINE_FINAL_TYPE (AlignmentWindow, alignment_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_CASE,
  PROP_DOCUMENT,
  PROP_FILE,
  PROP_LOADING,
  PROP_LIBRARY_SORT,
  PROP_EDITOR_VISIBLE,
  PROP_LIBRARY_VISIBLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void palette_changed_cb (AlignmentWindow *self);

/* "library-sort" is the sidebar's sort, seen from the window. */
static void
library_sort_changed_cb (AlignmentWindow *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LIBRARY_SORT]);
}

GSettings *
_alignment_window_get_settings (AlignmentWindow *self)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));

  if (!ALIGNMENT_IS_APPLICATION (app))
    return NULL;

  return alignment_application_get_settings (ALIGNMENT_APPLICATION (app));
}

gboolean
_alignment_window_is_example (AlignmentWindow *self,
                              GFile           *file)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));
  g_autoptr(GFile) example = NULL;

  if (file == NULL || !ALIGNMENT_IS_APPLICATION (app))
    return FALSE;

  example = alignment_application_dup_example_file (ALIGNMENT_APPLICATION (app));
  return example != NULL && g_file_equal (example, file);
}

void
_alignment_window_toast (AlignmentWindow *self,
                         const char      *title)
{
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (title));
}

#define CHOSEN_KEY "alignment-chosen"

static void
open_chooser_response_cb (GtkNativeDialog *chooser,
                          int              response,
                          AlignmentWindow *self)
{
  AlignmentWindowFileFunc chosen = g_object_get_data (G_OBJECT (chooser), CHOSEN_KEY);
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_clear_object (&self->io_chooser);

  if (file != NULL)
    chosen (self, file);
}

/* The window's one chooser of a file to read, modal; @chosen gets the
 * file when one is accepted.  The caller adds filters, then shows it.
 * NULL while another chooser is open. */
GtkFileChooser *
_alignment_window_new_open_chooser (AlignmentWindow         *self,
                                    const char              *title,
                                    const char              *accept_label,
                                    AlignmentWindowFileFunc  chosen)
{
  if (self->io_chooser != NULL)
    return NULL;

  self->io_chooser = gtk_file_chooser_native_new (title, GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_OPEN,
                                                  accept_label, _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->io_chooser), TRUE);
  g_object_set_data (G_OBJECT (self->io_chooser), CHOSEN_KEY, chosen);
  g_signal_connect (self->io_chooser, "response", G_CALLBACK (open_chooser_response_cb), self);
  return GTK_FILE_CHOOSER (self->io_chooser);
}

/* What failed, said in a dialog: for what the user asked for and did
 * not get (a save, an import, an export), not for a passing note. */
void
_alignment_window_show_error (AlignmentWindow *self,
                              const char      *heading,
                              const GError    *error)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, error->message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* ---- Title ----------------------------------------------------------------- */

void
_alignment_window_update_title (AlignmentWindow *self)
{
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;

  if (self->document == NULL)
    {
      if (self->file != NULL)
        title = g_file_get_basename (self->file);
      else
        title = g_strdup (_("Alignment"));
    }
  else
    {
      AlignmentCase *c = alignment_document_get_case (self->document);
      g_autofree char *name = alignment_document_dup_title (self->document);

      /* The dot in front says "unsaved", as in other GNOME apps. */
      if (alignment_document_get_modified (self->document))
        title = g_strdup_printf ("• %s", name);
      else
        title = g_steal_pointer (&name);

      /* Translators: the window subtitle, the two parties of the case:
       * "Shipbuilder and IT service provider". */
      subtitle = g_strdup_printf (_("%s and %s"),
                                  alignment_case_get_party_name (c, ALIGNMENT_PARTY_CUSTOMER),
                                  alignment_case_get_party_name (c, ALIGNMENT_PARTY_PROVIDER));
    }

  gtk_window_set_title (GTK_WINDOW (self), title);
  adw_view_switcher_title_set_subtitle (self->switcher_title, subtitle);
}

static void
document_changed_cb (AlignmentWindow *self)
{
  _alignment_window_update_title (self);
  _alignment_window_update_actions (self);
}

/* ---- Documents ------------------------------------------------------------- */

/* The library marks the cases with unsaved changes, so that the user
 * knows which ones closing will ask about. */
static void
document_modified_cb (AlignmentWindow   *self,
                      GParamSpec        *pspec,
                      AlignmentDocument *document)
{
  AlignmentLibrary *library = alignment_library_sidebar_get_library (self->sidebar);
  GFile *file = alignment_document_get_file (document);

  if (library != NULL && file != NULL)
    alignment_library_file_changed (library, file);
}

AlignmentDocument *
_alignment_window_find_document (AlignmentWindow *self,
                                 GFile           *file)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->documents));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AlignmentDocument) document = g_list_model_get_item (G_LIST_MODEL (self->documents), i);
      GFile *doc_file = alignment_document_get_file (document);

      if (doc_file != NULL && g_file_equal (doc_file, file))
        return document;
    }

  return NULL;
}

void
_alignment_window_add_document (AlignmentWindow   *self,
                                AlignmentDocument *document)
{
  guint position;

  if (g_list_store_find (self->documents, document, &position))
    return;

  g_list_store_append (self->documents, document);
  g_signal_connect_object (document, "notify::modified", G_CALLBACK (document_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (document, "notify::modified", G_CALLBACK (document_modified_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (document, "notify::title", G_CALLBACK (document_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (alignment_document_get_history (document), "notify::can-undo",
                           G_CALLBACK (document_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (alignment_document_get_history (document), "notify::can-redo",
                           G_CALLBACK (document_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (alignment_document_get_case (document), "notify",
                           G_CALLBACK (document_changed_cb), self, G_CONNECT_SWAPPED);
  _alignment_window_recovery_watch (self, document, NULL);
}

void
_alignment_window_forget_document (AlignmentWindow   *self,
                                   AlignmentDocument *document)
{
  guint position;

  g_signal_handlers_disconnect_by_data (document, self);
  g_signal_handlers_disconnect_by_data (alignment_document_get_history (document), self);
  g_signal_handlers_disconnect_by_data (alignment_document_get_case (document), self);

  if (document == self->document)
    _alignment_window_show_document (self, NULL);

  if (g_list_store_find (self->documents, document, &position))
    g_list_store_remove (self->documents, position);
}

void
_alignment_window_show_document (AlignmentWindow   *self,
                                 AlignmentDocument *document)
{
  AlignmentDocument *previous = self->document;

  if (document == self->document && document != NULL)
    return;

  /* A case left without changes needs no memory: the library reads it
   * again when it is chosen.  An edited one stays until it is saved or
   * its changes are discarded. */
  if (previous != NULL && !alignment_document_get_modified (previous))
    {
      g_autoptr(AlignmentDocument) keep = g_object_ref (previous);
      guint position;

      self->document = NULL;
      g_signal_handlers_disconnect_by_data (keep, self);
      g_signal_handlers_disconnect_by_data (alignment_document_get_history (keep), self);
      g_signal_handlers_disconnect_by_data (alignment_document_get_case (keep), self);
      if (g_list_store_find (self->documents, keep, &position))
        g_list_store_remove (self->documents, position);
    }

  g_clear_object (&self->document);

  if (document != NULL)
    {
      self->document = g_object_ref (document);
      _alignment_window_add_document (self, document);
      if (g_set_object (&self->file, alignment_document_get_file (document)))
        g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILE]);
      alignment_case_page_set_document (self->case_page, document);
      gtk_stack_set_visible_child_name (self->main_stack, "case");
      /* The keyboard starts in the list, where Alt+Up/Down and the
       * signal actions apply, unless the user is typing elsewhere. */
      if (gtk_window_get_focus (GTK_WINDOW (self)) == NULL
          || !GTK_IS_EDITABLE (gtk_window_get_focus (GTK_WINDOW (self))))
        alignment_case_page_focus_list (self->case_page);
      if (self->file != NULL)
        alignment_library_sidebar_select_file (self->sidebar, self->file);
    }
  else if (self->before_loading == NULL)
    alignment_case_page_set_document (self->case_page, NULL);
  /* Otherwise a load is replacing the case: the page keeps it, hidden
   * behind the loading page, so that Cancel brings it back at once, as
   * it was, rather than building every view of it again. */

  _alignment_window_update_title (self);
  _alignment_window_update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CASE]);
  if (self->disk_bar != NULL)
    alignment_disk_bar_set_document (self->disk_bar, self->document);
  _alignment_window_merge_set_document (self);
}

static void
alignment_window_show_error (AlignmentWindow *self,
                             const GError    *error)
{
  g_autofree char *markup = NULL;

  _alignment_window_show_document (self, NULL);
  _alignment_window_update_title (self);

  /* The message names the file and the line; the description is
   * markup, and the message may well quote an '<'. */
  markup = g_markup_escape_text (error->message, -1);
  adw_status_page_set_description (self->error_page, markup);
  /* A file cut short may hold most of a case; one refused for what it
   * holds, or unreadable from the start, does not. */
  gtk_widget_set_visible (self->open_partial_button,
                          self->file != NULL
                          && (g_error_matches (error, ALIGNMENT_XML_ERROR, ALIGNMENT_XML_ERROR_NOT_WELL_FORMED)
                              || (error->domain == G_IO_ERROR && error->code != G_IO_ERROR_NOT_FOUND
                                  && error->code != G_IO_ERROR_PERMISSION_DENIED)));
  gtk_stack_set_visible_child_name (self->main_stack, "error");
  _alignment_window_update_actions (self);
}

/* The file chooser starts next to the last case the user opened; the
 * bundled example is not one of theirs. */
static void
alignment_window_remember_file (AlignmentWindow *self)
{
  GSettings *settings = _alignment_window_get_settings (self);
  g_autofree char *uri = NULL;

  if (self->file == NULL || _alignment_window_is_example (self, self->file))
    return;

  uri = g_file_get_uri (self->file);
  gtk_recent_manager_add_item (gtk_recent_manager_get_default (), uri);
  if (settings != NULL)
    g_settings_set_string (settings, "last-file", uri);
}

/* The load of the held file ended, read or not. */
static void
release_held_file (AlignmentWindow *self)
{
  AlignmentLibrary *library;
  AlignmentCaseSummary *summary;
  gint64 modified = 0;

  if (self->held_file == NULL)
    return;

  summary = alignment_loading_page_steal_summary (self->loading_page, &modified);
  library = self->sidebar != NULL ? alignment_library_sidebar_get_library (self->sidebar) : NULL;
  if (library != NULL)
    alignment_library_release_file (library, self->held_file, summary, modified);
  else
    g_clear_pointer (&summary, alignment_case_summary_free);
  g_clear_object (&self->held_file);
}

static void
loaded_cb (AlignmentWindow   *self,
           AlignmentDocument *document)
{
  g_clear_object (&self->before_loading);
  _alignment_window_show_document (self, document);
  alignment_window_remember_file (self);
  release_held_file (self);
}

static void
load_failed_cb (AlignmentWindow *self,
                const GError    *error)
{
  g_clear_object (&self->before_loading);
  alignment_window_show_error (self, error);
}

/* ---- What could be read ------------------------------------------------------- */

typedef struct
{
  GFile         *file;
  AlignmentCase *kase;
  GError        *error;
} PartialLoad;

static void
partial_load_free (PartialLoad *load)
{
  g_clear_object (&load->file);
  g_clear_object (&load->kase);
  g_clear_error (&load->error);
  g_free (load);
}

static void
partial_load_thread (GTask        *task,
                     gpointer      source_object,
                     gpointer      task_data,
                     GCancellable *cancellable)
{
  PartialLoad *load = task_data;

  load->kase = alignment_case_load_partial (load->file, cancellable, &load->error);
  g_task_return_boolean (task, TRUE);
}

static void
partial_load_done_cb (GObject      *object,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  AlignmentWindow *self = ALIGNMENT_WINDOW (object);
  PartialLoad *load = g_task_get_task_data (G_TASK (result));
  g_autoptr(AlignmentDocument) document = NULL;
  g_autofree char *name = NULL;
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;
  GtkWidget *dialog;

  /* The window was closed, or the user went on to another case,
   * meanwhile. */
  if (self->case_page == NULL || self->file == NULL || !g_file_equal (self->file, load->file) || self->document != NULL)
    return;

  name = g_file_get_basename (load->file);
  if (load->kase == NULL)
    {
      g_autoptr(GError) error = load->error != NULL ? g_error_copy (load->error)
                                                    : g_error_new_literal (G_IO_ERROR, G_IO_ERROR_FAILED, "");

      /* Translators: a dialog's heading; %s is a file name */
      heading = g_strdup_printf (_("Nothing Could Be Read From “%s”"), name);
      _alignment_window_show_error (self, heading, error);
      return;
    }

  /* A new case with no file: Save asks where, and the file that broke
   * off stays as it is. */
  document = alignment_document_new (load->kase, NULL);
  g_clear_object (&self->file);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILE]);
  _alignment_window_show_document (self, document);

  /* Translators: a dialog's heading; %s is a file name */
  heading = g_strdup_printf (_("Only Part of “%s” Could Be Read"), name);
  body = g_strdup_printf (ngettext ("%s\n\n%u signal was read before that point. It opens as a new, unsaved case: save it under a name of its own. “%s” itself is left as it is.",
                                    "%s\n\n%u signals were read before that point. They open as a new, unsaved case: save it under a name of its own. “%s” itself is left as it is.",
                                    alignment_signal_list_get_n (alignment_case_get_signals (load->kase))),
                          load->error != NULL ? load->error->message : "",
                          alignment_signal_list_get_n (alignment_case_get_signals (load->kase)), name);
  dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, body);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

void
_alignment_window_open_partial (AlignmentWindow *self)
{
  g_autoptr(GTask) task = NULL;
  PartialLoad *load;

  if (self->file == NULL || alignment_window_get_loading (self) || self->document != NULL)
    return;

  load = g_new0 (PartialLoad, 1);
  load->file = g_object_ref (self->file);
  task = g_task_new (self, NULL, partial_load_done_cb, NULL);
  g_task_set_task_data (task, load, (GDestroyNotify) partial_load_free);
  g_task_run_in_thread (task, partial_load_thread);
}

static void
open_partial_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  _alignment_window_open_partial (ALIGNMENT_WINDOW (widget));
}

static void
loading_changed_cb (AlignmentWindow *self)
{
  /* A load that read the case hands its summary over once the case is
   * shown (loaded_cb()): the library's row changing earlier would move
   * the sidebar's selection under the window. */
  if (!alignment_loading_page_get_loading (self->loading_page)
      && !alignment_loading_page_has_summary (self->loading_page))
    release_held_file (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
}

void
alignment_window_open (AlignmentWindow *self,
                       GFile           *file)
{
  AlignmentLibrary *library;
  AlignmentDocument *open;

  g_return_if_fail (ALIGNMENT_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  /* A load that replaces another goes back to what the first one
   * replaced, if it is cancelled too. */
  if (!alignment_window_get_loading (self))
    g_set_object (&self->before_loading, self->document);
  alignment_loading_page_cancel (self->loading_page);

  /* Every case the user opens is in the library, even from elsewhere;
   * a case read here is not read there as well. */
  library = alignment_library_sidebar_get_library (self->sidebar);
  open = _alignment_window_find_document (self, file);
  if (library != NULL && open == NULL)
    {
      self->held_file = g_object_ref (file);
      alignment_library_hold_file (library, file);
    }
  if (library != NULL)
    alignment_library_add_file (library, file);

  if (open != NULL)
    {
      g_clear_object (&self->before_loading);
      _alignment_window_show_document (self, open);
      return;
    }

  _alignment_window_show_document (self, NULL);
  if (g_set_object (&self->file, file))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILE]);
  _alignment_window_update_title (self);
  if (library != NULL)
    alignment_library_sidebar_select_file (self->sidebar, file);

  gtk_stack_set_visible_child_name (self->main_stack, "loading");
  alignment_loading_page_load (self->loading_page, file);
  _alignment_window_update_actions (self);
}

void
_alignment_window_cancel_loading (AlignmentWindow *self)
{
  g_autoptr(AlignmentDocument) before = g_steal_pointer (&self->before_loading);

  alignment_loading_page_cancel (self->loading_page);
  /* The user changed their mind: the case they were looking at comes
   * back as it was, or the empty state if there was none. */
  if (before != NULL)
    {
      _alignment_window_show_document (self, before);
      return;
    }
  gtk_stack_set_visible_child_name (self->main_stack, "empty");
  g_clear_object (&self->file);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILE]);
  _alignment_window_update_title (self);
  _alignment_window_update_actions (self);
}

AlignmentCase *
alignment_window_get_case (AlignmentWindow *self)
{
  g_return_val_if_fail (ALIGNMENT_IS_WINDOW (self), NULL);

  return self->document != NULL ? alignment_document_get_case (self->document) : NULL;
}

AlignmentDocument *
alignment_window_get_document (AlignmentWindow *self)
{
  g_return_val_if_fail (ALIGNMENT_IS_WINDOW (self), NULL);

  return self->document;
}

GFile *
alignment_window_get_file (AlignmentWindow *self)
{
  g_return_val_if_fail (ALIGNMENT_IS_WINDOW (self), NULL);

  return self->file;
}

gboolean
alignment_window_get_loading (AlignmentWindow *self)
{
  g_return_val_if_fail (ALIGNMENT_IS_WINDOW (self), FALSE);

  /* NULL while the template is torn down. */
  return self->loading_page != NULL && alignment_loading_page_get_loading (self->loading_page);
}

AlignmentLibrary *
alignment_window_get_library (AlignmentWindow *self)
{
  g_return_val_if_fail (ALIGNMENT_IS_WINDOW (self), NULL);

  return alignment_library_sidebar_get_library (self->sidebar);
}

GtkSingleSelection *
alignment_window_get_selection (AlignmentWindow *self)
{
  g_return_val_if_fail (ALIGNMENT_IS_WINDOW (self), NULL);

  return alignment_case_page_get_selection (self->case_page);
}

void
alignment_window_select_signal (AlignmentWindow *self,
                                AlignmentSignal *signal)
{
  g_return_if_fail (ALIGNMENT_IS_WINDOW (self));

  alignment_case_page_select_signal (self->case_page, signal);
}

AlignmentCasePage *
alignment_window_get_case_page (AlignmentWindow *self)
{
  g_return_val_if_fail (ALIGNMENT_IS_WINDOW (self), NULL);

  return self->case_page;
}

GListModel *
alignment_window_get_documents (AlignmentWindow *self)
{
  g_return_val_if_fail (ALIGNMENT_IS_WINDOW (self), NULL);

  return G_LIST_MODEL (self->documents);
}

/* ---- Window state ------------------------------------------------------------ */

static void
alignment_window_restore_state (AlignmentWindow *self)
{
  GSettings *settings = _alignment_window_get_settings (self);
  int width, height;

  if (settings == NULL)
    return;

  width = g_settings_get_int (settings, "window-width");
  height = g_settings_get_int (settings, "window-height");
  gtk_window_set_default_size (GTK_WINDOW (self), width, height);
  if (g_settings_get_boolean (settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));

  gtk_paned_set_position (alignment_case_page_get_editor_paned (self->case_page),
                          g_settings_get_int (settings, "editor-pane-position"));
  gtk_paned_set_position (alignment_case_page_get_heatmap_paned (self->case_page),
                          g_settings_get_int (settings, "heatmap-pane-position"));
  alignment_library_sidebar_set_sort (self->sidebar, g_settings_get_enum (settings, "library-sort"));
  g_object_set (self, "editor-visible", g_settings_get_boolean (settings, "editor-visible"), NULL);
}

/* A divider dragged against the window's edge is not worth keeping: the
 * next window would open with a pane too narrow to find. */
static void
save_pane_position (GSettings  *settings,
                    const char *key,
                    GtkPaned   *paned)
{
  g_autoptr(GSettingsSchema) schema = NULL;
  g_autoptr(GSettingsSchemaKey) schema_key = NULL;
  g_autoptr(GVariant) value = g_variant_ref_sink (g_variant_new_int32 (gtk_paned_get_position (paned)));

  g_object_get (settings, "settings-schema", &schema, NULL);
  schema_key = g_settings_schema_get_key (schema, key);
  if (g_settings_schema_key_range_check (schema_key, value))
    g_settings_set_value (settings, key, value);
}

static void
alignment_window_save_state (AlignmentWindow *self)
{
  GSettings *settings = _alignment_window_get_settings (self);
  int width, height;

  if (settings == NULL)
    return;

  /* The default size is the unmaximized size in GTK 4. */
  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  g_settings_set_int (settings, "window-width", width);
  g_settings_set_int (settings, "window-height", height);
  g_settings_set_boolean (settings, "window-maximized", gtk_window_is_maximized (GTK_WINDOW (self)));
  save_pane_position (settings, "editor-pane-position", alignment_case_page_get_editor_paned (self->case_page));
  save_pane_position (settings, "heatmap-pane-position", alignment_case_page_get_heatmap_paned (self->case_page));
  g_settings_set_enum (settings, "library-sort", alignment_library_sidebar_get_sort (self->sidebar));
  g_settings_set_boolean (settings, "editor-visible", alignment_case_page_get_editor_visible (self->case_page));

  /* The example is not the user's case: a next start shows it anyway
   * when nothing else is chosen. */
  if (self->file != NULL && !_alignment_window_is_example (self, self->file))
    {
      g_autofree char *uri = g_file_get_uri (self->file);

      g_settings_set_string (settings, "selected-case", uri);
    }
}

static gboolean
alignment_window_close_request (GtkWindow *window)
{
  AlignmentWindow *self = ALIGNMENT_WINDOW (window);

  /* Unsaved cases first: the answer may be "cancel". */
  if (!self->close_confirmed && !_alignment_window_confirm_close (self))
    return TRUE;

  alignment_window_save_state (self);

  return GTK_WINDOW_CLASS (alignment_window_parent_class)->close_request (window);
}

/* ---- Drag and drop ------------------------------------------------------------ */

static gboolean
drop_cb (GtkDropTarget   *target,
         const GValue    *value,
         double           x,
         double           y,
         AlignmentWindow *self)
{
  GSList *files;
  GFile *last = NULL;
  GFile *sheet = NULL;

  if (!G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST))
    return FALSE;

  files = g_value_get_boxed (value);
  for (GSList *l = files; l != NULL; l = l->next)
    {
      g_autofree char *name = g_file_get_basename (l->data);

      if (name != NULL && g_str_has_suffix (name, ALIGNMENT_FILE_SUFFIX))
        {
          alignment_library_add_file (alignment_library_sidebar_get_library (self->sidebar), l->data);
          last = l->data;
        }
      else if (sheet == NULL && _alignment_window_is_sheet_file (l->data))
        sheet = l->data;
    }

  /* A sheet is a case to be: previewed before anything is created. */
  if (last == NULL && sheet != NULL)
    {
      _alignment_window_import_sheet (self, sheet);
      return TRUE;
    }

  if (last == NULL)
    {
      _alignment_window_toast (self, _("Only case files (.alignment) and sheets (.csv, .tsv, .xlsx, .ods) can be dropped here"));
      return FALSE;
    }

  alignment_window_open (self, last);
  return TRUE;
}

/* ---- The case library ---------------------------------------------------------- */

/* Every window lists the application's one library. */
static void
alignment_window_library_init (AlignmentWindow *self)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));

  if (ALIGNMENT_IS_APPLICATION (app))
    alignment_library_sidebar_set_library (self->sidebar,
                                           alignment_application_get_library (ALIGNMENT_APPLICATION (app)));
}

static void
case_selected_cb (AlignmentWindow *self,
                  GFile           *file)
{
  if (self->file != NULL && g_file_equal (file, self->file)
      && (self->document != NULL || alignment_window_get_loading (self)))
    return;

  alignment_window_open (self, file);
}

/* Over a narrow window the library is a flap: a case chosen in it is
 * what the user wants to see next. */
static void
case_chosen_cb (AlignmentWindow *self)
{
  if (adw_flap_get_folded (self->library_flap))
    adw_flap_set_reveal_flap (self->library_flap, FALSE);
}

static void
case_created_cb (AlignmentWindow   *self,
                 AlignmentDocument *document)
{
  _alignment_window_show_document (self, document);
}

static void
case_trashed_cb (AlignmentWindow *self,
                 GFile           *file)
{
  AlignmentDocument *document = _alignment_window_find_document (self, file);

  if (document != NULL)
    _alignment_window_forget_document (self, document);
  g_clear_object (&self->file);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILE]);
  gtk_stack_set_visible_child_name (self->main_stack, "empty");
  _alignment_window_update_title (self);
  _alignment_window_update_actions (self);
}

static AlignmentDocument *
find_document_cb (gpointer  self,
                  GFile    *file)
{
  return _alignment_window_find_document (self, file);
}

static void
alignment_window_sidebar_init (AlignmentWindow *self)
{
  alignment_library_sidebar_set_find_document (self->sidebar, find_document_cb, self);
  g_object_bind_property (self, "file", self->sidebar, "file", G_BINDING_SYNC_CREATE);
  g_signal_connect_object (self->sidebar, "notify::sort", G_CALLBACK (library_sort_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->sidebar, "case-selected", G_CALLBACK (case_selected_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->sidebar, "case-chosen", G_CALLBACK (case_chosen_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->sidebar, "case-created", G_CALLBACK (case_created_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->sidebar, "case-trashed", G_CALLBACK (case_trashed_cb),
                           self, G_CONNECT_SWAPPED);
}

/* ---- GObject -------------------------------------------------------------- */

AlignmentWindow *
alignment_window_new (AlignmentApplication *application)
{
  g_return_val_if_fail (ALIGNMENT_IS_APPLICATION (application), NULL);

  return g_object_new (ALIGNMENT_TYPE_WINDOW,
                       "application", application,
                       NULL);
}

/* What needs the application (its settings): GObject sets "application"
 * only after constructed(), so this waits for it. */
static void
alignment_window_setup (AlignmentWindow *self)
{
  GSettings *settings;

  if (alignment_library_sidebar_get_library (self->sidebar) != NULL
      || gtk_window_get_application (GTK_WINDOW (self)) == NULL)
    return;

  alignment_window_restore_state (self);
  alignment_window_library_init (self);
  _alignment_window_update_actions (self);

  settings = _alignment_window_get_settings (self);
  if (settings != NULL)
    {
      g_signal_connect_object (settings, "changed::trust-palette",
                               G_CALLBACK (palette_changed_cb), self, G_CONNECT_SWAPPED);
      alignment_case_page_bind_settings (self->case_page, settings);
    }
  palette_changed_cb (self);
}

static void
alignment_window_constructed (GObject *object)
{
  AlignmentWindow *self = ALIGNMENT_WINDOW (object);

  G_OBJECT_CLASS (alignment_window_parent_class)->constructed (object);

  g_signal_connect (self, "notify::application", G_CALLBACK (alignment_window_setup), NULL);
  alignment_window_setup (self);
}

static void
alignment_window_dispose (GObject *object)
{
  AlignmentWindow *self = ALIGNMENT_WINDOW (object);

  if (self->loading_page != NULL)
    {
      release_held_file (self);
      g_signal_handlers_disconnect_by_data (self->loading_page, self);
      alignment_loading_page_cancel (self->loading_page);
    }
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  g_clear_object (&self->before_loading);
  g_clear_pointer (&self->close_queue, g_ptr_array_unref);
  g_clear_weak_pointer (&self->focus_before_save);
  if (self->case_page != NULL)
    {
      g_signal_handlers_disconnect_by_data (alignment_case_page_get_stack (self->case_page), self);
      g_signal_handlers_disconnect_by_data (self->case_page, self);
    }
  if (self->disk_bar != NULL)
    alignment_disk_bar_set_document (self->disk_bar, NULL);
  g_clear_weak_pointer (&self->disk_bar);
  if (self->conflict_bar != NULL)
    alignment_conflict_bar_set_document (self->conflict_bar, NULL);
  g_clear_weak_pointer (&self->conflict_bar);

  gtk_widget_dispose_template (GTK_WIDGET (self), ALIGNMENT_TYPE_WINDOW);

  g_clear_object (&self->document);
  if (self->documents != NULL)
    {
      guint n = g_list_model_get_n_items (G_LIST_MODEL (self->documents));

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(AlignmentDocument) document = g_list_model_get_item (G_LIST_MODEL (self->documents), i);

          g_signal_handlers_disconnect_by_data (document, self);
          g_signal_handlers_disconnect_by_data (alignment_document_get_history (document), self);
          g_signal_handlers_disconnect_by_data (alignment_document_get_case (document), self);
        }
      g_clear_object (&self->documents);
    }

  G_OBJECT_CLASS (alignment_window_parent_class)->dispose (object);
}

static void
alignment_window_finalize (GObject *object)
{
  AlignmentWindow *self = ALIGNMENT_WINDOW (object);

  g_clear_object (&self->file);

  G_OBJECT_CLASS (alignment_window_parent_class)->finalize (object);
}

static void
alignment_window_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  AlignmentWindow *self = ALIGNMENT_WINDOW (object);

  switch (prop_id)
    {
    case PROP_CASE:
      g_value_set_object (value, alignment_window_get_case (self));
      break;

    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;

    case PROP_FILE:
      g_value_set_object (value, self->file);
      break;

    case PROP_LOADING:
      g_value_set_boolean (value, alignment_window_get_loading (self));
      break;

    case PROP_LIBRARY_SORT:
      /* Asked for by the action before the template is built. */
      g_value_set_enum (value, self->sidebar != NULL ? alignment_library_sidebar_get_sort (self->sidebar)
                                                     : ALIGNMENT_LIBRARY_SORT_TITLE);
      break;

    case PROP_EDITOR_VISIBLE:
      g_value_set_boolean (value, self->case_page == NULL
                                  || alignment_case_page_get_editor_visible (self->case_page));
      break;

    case PROP_LIBRARY_VISIBLE:
      g_value_set_boolean (value, self->library_flap == NULL
                                  || adw_flap_get_reveal_flap (self->library_flap));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
alignment_window_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  AlignmentWindow *self = ALIGNMENT_WINDOW (object);

  switch (prop_id)
    {
    case PROP_LIBRARY_SORT:
      alignment_library_sidebar_set_sort (self->sidebar, g_value_get_enum (value));
      break;

    case PROP_EDITOR_VISIBLE:
      /* The page says when it changed. */
      if (self->case_page != NULL)
        alignment_case_page_set_editor_visible (self->case_page, g_value_get_boolean (value));
      break;

    case PROP_LIBRARY_VISIBLE:
      /* The flap says when it changed. */
      if (self->library_flap != NULL)
        adw_flap_set_reveal_flap (self->library_flap, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
alignment_window_class_init (AlignmentWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);
  const GParamFlags ro = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->constructed = alignment_window_constructed;
  object_class->dispose = alignment_window_dispose;
  object_class->finalize = alignment_window_finalize;
  object_class->get_property = alignment_window_get_property;
  object_class->set_property = alignment_window_set_property;

  window_class->close_request = alignment_window_close_request;

  properties[PROP_CASE] = g_param_spec_object ("case", NULL, NULL, ALIGNMENT_TYPE_CASE, ro);
  properties[PROP_DOCUMENT] = g_param_spec_object ("document", NULL, NULL, ALIGNMENT_TYPE_DOCUMENT, ro);
  properties[PROP_FILE] = g_param_spec_object ("file", NULL, NULL, G_TYPE_FILE, ro);
  properties[PROP_LOADING] = g_param_spec_boolean ("loading", NULL, NULL, FALSE, ro);
  properties[PROP_LIBRARY_SORT] =
    g_param_spec_enum ("library-sort", NULL, NULL,
                       ALIGNMENT_TYPE_LIBRARY_SORT, ALIGNMENT_LIBRARY_SORT_TITLE,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_EDITOR_VISIBLE] =
    g_param_spec_boolean ("editor-visible", NULL, NULL, TRUE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LIBRARY_VISIBLE] =
    g_param_spec_boolean ("library-visible", NULL, NULL, TRUE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (ALIGNMENT_TYPE_LIBRARY_SIDEBAR);
  g_type_ensure (ALIGNMENT_TYPE_CASE_PAGE);
  g_type_ensure (ALIGNMENT_TYPE_LOADING_PAGE);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/Alignment/alignment-window.ui");
  gtk_widget_class_bind_template_child (widget_class, AlignmentWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, AlignmentWindow, library_flap);
  gtk_widget_class_bind_template_child (widget_class, AlignmentWindow, library_button);
  gtk_widget_class_bind_template_child (widget_class, AlignmentWindow, sidebar);
  gtk_widget_class_bind_template_child (widget_class, AlignmentWindow, switcher_title);
  gtk_widget_class_bind_template_child (widget_class, AlignmentWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, AlignmentWindow, error_page);
  gtk_widget_class_bind_template_child (widget_class, AlignmentWindow, open_partial_button);
  gtk_widget_class_bind_template_child (widget_class, AlignmentWindow, loading_page);
  gtk_widget_class_bind_template_child (widget_class, AlignmentWindow, case_page);
  gtk_widget_class_bind_template_child (widget_class, AlignmentWindow, switcher_bar);

  gtk_widget_class_install_action (widget_class, "win.open-partial", NULL, open_partial_action);
  _alignment_window_actions_class_init (widget_class);
  _alignment_window_import_class_init (widget_class);
  _alignment_window_survey_class_init (widget_class);
  _alignment_window_merge_class_init (widget_class);
}

static void
editor_visible_changed_cb (AlignmentWindow *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EDITOR_VISIBLE]);
}

/* The library over the case takes the keyboard when it opens, and gives
 * it back to its button when it closes. */
static void
library_visible_changed_cb (AlignmentWindow *self)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));

  if (adw_flap_get_folded (self->library_flap))
    {
      if (adw_flap_get_reveal_flap (self->library_flap))
        alignment_library_sidebar_focus_list (self->sidebar);
      else if (focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (self->sidebar)))
        gtk_widget_grab_focus (GTK_WIDGET (self->library_button));
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LIBRARY_VISIBLE]);
}

static void
palette_changed_cb (AlignmentWindow *self)
{
  GSettings *settings = _alignment_window_get_settings (self);

  if (settings != NULL && g_settings_get_enum (settings, "trust-palette") == 1)
    gtk_widget_add_css_class (GTK_WIDGET (self), "palette-blue-orange");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "palette-blue-orange");
  alignment_library_sidebar_redraw (self->sidebar);
}

/* The user chose the file's version: the window's is let go, and its
 * recovery copy with it. */
static void
disk_bar_reload_cb (AlignmentWindow   *self,
                    AlignmentDocument *document)
{
  g_autoptr(AlignmentDocument) held = g_object_ref (document);
  g_autoptr(GFile) file = g_object_ref (alignment_document_get_file (document));

  _alignment_window_recovery_discard (self, held);
  _alignment_window_forget_document (self, held);
  alignment_window_open (self, file);
}

static void
disk_bar_init (AlignmentWindow *self)
{
  GtkWidget *stack = GTK_WIDGET (self->main_stack);
  GtkWidget *bar = alignment_disk_bar_new ();

  /* Above the case, under its header bar. */
  gtk_widget_insert_before (bar, gtk_widget_get_parent (stack), stack);
  g_set_weak_pointer (&self->disk_bar, ALIGNMENT_DISK_BAR (bar));
  g_signal_connect_object (bar, "reload", G_CALLBACK (disk_bar_reload_cb), self, G_CONNECT_SWAPPED);
}

static void
alignment_window_init (AlignmentWindow *self)
{
  static gboolean css_loaded;
  GtkDropTarget *target;

  gtk_widget_init_template (GTK_WIDGET (self));

  if (!css_loaded)
    {
      g_autoptr(GtkCssProvider) provider = gtk_css_provider_new ();

      gtk_css_provider_load_from_resource (provider, "/org/example/Alignment/alignment-window.css");
      gtk_style_context_add_provider_for_display (gtk_widget_get_display (GTK_WIDGET (self)),
                                                  GTK_STYLE_PROVIDER (provider),
                                                  GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
      css_loaded = TRUE;
    }

  self->documents = g_list_store_new (ALIGNMENT_TYPE_DOCUMENT);

  alignment_window_sidebar_init (self);
  /* The switchers show the views of the case page. */
  adw_view_switcher_title_set_stack (self->switcher_title, alignment_case_page_get_stack (self->case_page));
  adw_view_switcher_bar_set_stack (self->switcher_bar, alignment_case_page_get_stack (self->case_page));
  g_signal_connect_swapped (alignment_case_page_get_stack (self->case_page), "notify::visible-child",
                            G_CALLBACK (_alignment_window_update_actions), self);
  g_signal_connect_swapped (self->case_page, "notify::selected-signal",
                            G_CALLBACK (_alignment_window_update_actions), self);
  g_signal_connect_swapped (self->case_page, "notify::figure-shown",
                            G_CALLBACK (_alignment_window_update_actions), self);
  g_signal_connect_swapped (self->case_page, "notify::editor-visible",
                            G_CALLBACK (editor_visible_changed_cb), self);
  g_signal_connect_swapped (self->library_flap, "notify::reveal-flap",
                            G_CALLBACK (library_visible_changed_cb), self);

  g_signal_connect_swapped (self->loading_page, "notify::loading",
                            G_CALLBACK (loading_changed_cb), self);
  g_signal_connect_swapped (self->loading_page, "loaded", G_CALLBACK (loaded_cb), self);
  g_signal_connect_swapped (self->loading_page, "failed", G_CALLBACK (load_failed_cb), self);

  disk_bar_init (self);
  _alignment_window_merge_init (self);

  /* Case files dropped anywhere on the window join the library; sheets
   * are imported. */
  target = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);
  g_signal_connect (target, "drop", G_CALLBACK (drop_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (target));
}
