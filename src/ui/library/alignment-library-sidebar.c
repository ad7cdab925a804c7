/* alignment-library-sidebar.c: the case library beside the case
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "alignment-library-row.h"
#include "alignment-library-sidebar.h"

struct _AlignmentLibrarySidebar
{
  GtkWidget                     parent_instance;

  /* Template children */
  GtkBox                       *box;
  GtkSearchBar                 *search_bar;
  GtkSearchEntry               *search_entry;
  GtkListView                  *list_view;
  GtkStack                     *stack;
  GtkSingleSelection           *selection;
  GtkFilterListModel           *filter_model;
  GtkSortListModel             *sort_model;

  AlignmentLibrary             *library;
  GtkCustomFilter              *filter;
  GtkCustomSorter              *sorter;
  AlignmentLibrarySort          sort;
  /* The case the window shows, or NULL. */
  GFile                        *file;
  AlignmentLibraryFindDocument  find_document;
  gpointer                      find_document_data;
  /* Selecting for the window, not for the user. */
  gboolean                      selecting;
};

G_DEFINE_FINAL_TYPE (AlignmentLibrarySidebar, alignment_library_sidebar, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_LIBRARY,
  PROP_SORT,
  PROP_FILE,
  N_PROPS
};

enum {
  CASE_SELECTED,
  CASE_CHOSEN,
  CASE_CREATED,
  CASE_TRASHED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static AlignmentDocument *
find_document (AlignmentLibrarySidebar *self,
               GFile                   *file)
{
  if (self->find_document == NULL)
    return NULL;

  return self->find_document (self->find_document_data, file);
}

/* ---- Rows ------------------------------------------------------------------ */

static void
setup_cb (GtkSignalListItemFactory *factory,
          GtkListItem              *list_item,
          AlignmentLibrarySidebar  *self)
{
  gtk_list_item_set_child (list_item, alignment_library_row_new ());
}

static void
bind_cb (GtkSignalListItemFactory *factory,
         GtkListItem              *list_item,
         AlignmentLibrarySidebar  *self)
{
  AlignmentLibraryItem *item = gtk_list_item_get_item (list_item);
  AlignmentLibraryRow *row = ALIGNMENT_LIBRARY_ROW (gtk_list_item_get_child (list_item));
  gboolean shared_title = FALSE;

  if (self->library != NULL)
    shared_title = alignment_library_count_title (self->library, alignment_library_item_get_title (item)) > 1;
  alignment_library_row_set_item (row, item, find_document (self, alignment_library_item_get_file (item)));
  alignment_library_row_set_shared_title (row, shared_title);
}

static void
unbind_cb (GtkSignalListItemFactory *factory,
           GtkListItem              *list_item,
           AlignmentLibrarySidebar  *self)
{
  alignment_library_row_set_item (ALIGNMENT_LIBRARY_ROW (gtk_list_item_get_child (list_item)), NULL, NULL);
}

void
alignment_library_sidebar_redraw (AlignmentLibrarySidebar *self)
{
  g_return_if_fail (ALIGNMENT_IS_LIBRARY_SIDEBAR (self));

  gtk_widget_queue_draw (GTK_WIDGET (self->list_view));
}

/* ---- Search and sort -------------------------------------------------------- */

static gboolean
filter_func (gpointer item,
             gpointer user_data)
{
  AlignmentLibrarySidebar *self = user_data;
  const char *query = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  const AlignmentCaseSummary *summary = alignment_library_item_get_summary (item);
  g_autofree char *folded = NULL;

  if (query == NULL || *query == '\0')
    return TRUE;

  if (summary != NULL)
    return alignment_form_search_matches (summary->search_text, query);

  /* A broken or unread file is found by its name. */
  folded = g_utf8_casefold (alignment_library_item_get_title (item), -1);
  return alignment_form_search_matches (folded, query);
}

static int
sort_func (gconstpointer a,
           gconstpointer b,
           gpointer      user_data)
{
  AlignmentLibrarySidebar *self = user_data;
  AlignmentLibraryItem *x = (AlignmentLibraryItem *) a;
  AlignmentLibraryItem *y = (AlignmentLibraryItem *) b;
  const AlignmentCaseSummary *sx = alignment_library_item_get_summary (x);
  const AlignmentCaseSummary *sy = alignment_library_item_get_summary (y);

  return alignment_form_library_compare (self->sort,
                                         alignment_library_item_get_title (x),
                                         alignment_library_item_get_modified (x),
                                         sx != NULL ? sx->first_day : 0,
                                         alignment_library_item_get_title (y),
                                         alignment_library_item_get_modified (y),
                                         sy != NULL ? sy->first_day : 0);
}

static void
update_stack (AlignmentLibrarySidebar *self)
{
  const char *page = "list";

  if (self->library == NULL || g_list_model_get_n_items (G_LIST_MODEL (self->library)) == 0)
    page = "empty";
  else if (g_list_model_get_n_items (G_LIST_MODEL (self->sort_model)) == 0)
    page = "no-match";

  gtk_stack_set_visible_child_name (self->stack, page);
}

static void
search_changed_cb (AlignmentLibrarySidebar *self)
{
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  update_stack (self);
}

void
alignment_library_sidebar_start_search (AlignmentLibrarySidebar *self)
{
  g_return_if_fail (ALIGNMENT_IS_LIBRARY_SIDEBAR (self));

  gtk_search_bar_set_search_mode (self->search_bar, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

AlignmentLibrarySort
alignment_library_sidebar_get_sort (AlignmentLibrarySidebar *self)
{
  g_return_val_if_fail (ALIGNMENT_IS_LIBRARY_SIDEBAR (self), ALIGNMENT_LIBRARY_SORT_TITLE);

  return self->sort;
}

void
alignment_library_sidebar_set_sort (AlignmentLibrarySidebar *self,
                                    AlignmentLibrarySort     sort)
{
  g_return_if_fail (ALIGNMENT_IS_LIBRARY_SIDEBAR (self));

  if (self->sort == sort)
    return;

  self->sort = sort;
  gtk_sorter_changed (GTK_SORTER (self->sorter), GTK_SORTER_CHANGE_DIFFERENT);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SORT]);
}

/* ---- Selection ---------------------------------------------------------------- */

void
alignment_library_sidebar_select_file (AlignmentLibrarySidebar *self,
                                       GFile                   *file)
{
  GListModel *model;
  guint n;

  g_return_if_fail (ALIGNMENT_IS_LIBRARY_SIDEBAR (self));
  g_return_if_fail (G_IS_FILE (file));

  model = G_LIST_MODEL (self->selection);
  n = g_list_model_get_n_items (model);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AlignmentLibraryItem) item = g_list_model_get_item (model, i);

      if (g_file_equal (alignment_library_item_get_file (item), file))
        {
          self->selecting = TRUE;
          gtk_single_selection_set_selected (self->selection, i);
          self->selecting = FALSE;
          return;
        }
    }
}

static void
selected_cb (AlignmentLibrarySidebar *self)
{
  AlignmentLibraryItem *item = gtk_single_selection_get_selected_item (self->selection);

  if (self->selecting || item == NULL)
    return;

  g_signal_emit (self, signals[CASE_SELECTED], 0, alignment_library_item_get_file (item));
}

/* A case's row changed (read again after a save, or by another program):
 * keep it selected, which the re-sort may have undone. */
static void
items_changed_cb (AlignmentLibrarySidebar *self)
{
  update_stack (self);
  if (self->file != NULL
      && gtk_single_selection_get_selected_item (self->selection) == NULL)
    alignment_library_sidebar_select_file (self, self->file);
}

void
alignment_library_sidebar_set_file (AlignmentLibrarySidebar *self,
                                    GFile                   *file)
{
  g_return_if_fail (ALIGNMENT_IS_LIBRARY_SIDEBAR (self));
  g_return_if_fail (file == NULL || G_IS_FILE (file));

  if (g_set_object (&self->file, file))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILE]);
}

void
alignment_library_sidebar_set_find_document (AlignmentLibrarySidebar      *self,
                                             AlignmentLibraryFindDocument  func,
                                             gpointer                      user_data)
{
  g_return_if_fail (ALIGNMENT_IS_LIBRARY_SIDEBAR (self));

  self->find_document = func;
  self->find_document_data = user_data;
}

/* ---- The library ---------------------------------------------------------------- */

AlignmentLibrary *
alignment_library_sidebar_get_library (AlignmentLibrarySidebar *self)
{
  g_return_val_if_fail (ALIGNMENT_IS_LIBRARY_SIDEBAR (self), NULL);

  return self->library;
}

void
alignment_library_sidebar_set_library (AlignmentLibrarySidebar *self,
                                       AlignmentLibrary        *library)
{
  g_return_if_fail (ALIGNMENT_IS_LIBRARY_SIDEBAR (self));
  g_return_if_fail (library == NULL || ALIGNMENT_IS_LIBRARY (library));

  if (!g_set_object (&self->library, library))
    return;

  gtk_filter_list_model_set_model (self->filter_model, G_LIST_MODEL (library));
  update_stack (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LIBRARY]);
}

/* ---- Case files ------------------------------------------------------------------ */

static void
show_error (AlignmentLibrarySidebar *self,
            const char              *heading,
            const GError            *error)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                              heading, error->message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

void
alignment_library_sidebar_add_case (AlignmentLibrarySidebar *self,
                                    AlignmentCase           *alignment_case)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(AlignmentDocument) document = NULL;
  g_autoptr(GError) error = NULL;

  g_return_if_fail (ALIGNMENT_IS_LIBRARY_SIDEBAR (self));
  g_return_if_fail (ALIGNMENT_IS_CASE (alignment_case));
  g_return_if_fail (self->library != NULL);

  file = alignment_library_create_file (self->library, alignment_case_get_title (alignment_case));
  if (file == NULL || !alignment_case_save (alignment_case, file, NULL, &error))
    {
      if (error == NULL)
        g_set_error_literal (&error, G_IO_ERROR, G_IO_ERROR_EXISTS,
                             _("There is no free file name left in the case library."));
      show_error (self, _("Could Not Create the Case"), error);
      return;
    }

  document = alignment_document_new (alignment_case, file);
  alignment_library_reload_file (self->library, file);
  g_signal_emit (self, signals[CASE_CREATED], 0, document);
}

void
alignment_library_sidebar_new_case (AlignmentLibrarySidebar *self)
{
  g_autoptr(AlignmentCase) blank = alignment_case_new ();

  alignment_case_set_title (blank, _("New case"));
  alignment_library_sidebar_add_case (self, blank);
}

void
alignment_library_sidebar_new_case_from (AlignmentLibrarySidebar *self,
                                         GFile                   *example)
{
  g_autoptr(AlignmentCase) copy = NULL;
  g_autoptr(GError) error = NULL;

  g_return_if_fail (ALIGNMENT_IS_LIBRARY_SIDEBAR (self));

  if (example == NULL)
    return;

  copy = alignment_case_load (example, NULL, &error);
  if (copy == NULL)
    {
      show_error (self, _("Could Not Copy the Example"), error);
      return;
    }

  alignment_library_sidebar_add_case (self, copy);
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

void
alignment_library_sidebar_duplicate_case (AlignmentLibrarySidebar *self,
                                          AlignmentDocument       *document)
{
  g_autoptr(AlignmentCase) copy = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  g_autofree char *new_title = NULL;

  g_return_if_fail (ALIGNMENT_IS_LIBRARY_SIDEBAR (self));

  if (document == NULL)
    return;

  copy = copy_case (alignment_document_get_case (document), &error);
  if (copy == NULL)
    {
      show_error (self, _("Could Not Duplicate the Case"), error);
      return;
    }

  title = alignment_document_dup_title (document);
  /* Translators: the title of a duplicated case. */
  new_title = g_strdup_printf (_("%s (copy)"), title);
  alignment_case_set_title (copy, new_title);
  alignment_library_sidebar_add_case (self, copy);
}

/* ---- Rename ------------------------------------------------------------------------ */

typedef struct
{
  GtkEditable       *entry;     /* the dialog's */
  AlignmentDocument *document;
} Rename;

static void
rename_free (gpointer  data,
             GClosure *closure)
{
  Rename *rename = data;

  g_clear_object (&rename->document);
  g_free (rename);
}

static void
rename_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    Rename           *rename)
{
  const char *title = gtk_editable_get_text (rename->entry);

  if (!g_str_equal (response, "rename") || *title == '\0')
    return;

  /* The title is part of the case: renaming is an edit, undone like one
   * and saved with the rest. */
  alignment_case_set_title (alignment_document_get_case (rename->document), title);
}

static void
rename_entry_activate_cb (GtkEntry         *entry,
                          AdwMessageDialog *dialog)
{
  adw_message_dialog_response (dialog, "rename");
  gtk_window_close (GTK_WINDOW (dialog));
}

void
alignment_library_sidebar_rename_case (AlignmentLibrarySidebar *self,
                                       AlignmentDocument       *document)
{
  g_autofree char *title = NULL;
  GtkRoot *root;
  GtkWidget *dialog;
  GtkWidget *entry;
  Rename *rename;

  g_return_if_fail (ALIGNMENT_IS_LIBRARY_SIDEBAR (self));

  if (document == NULL)
    return;

  root = gtk_widget_get_root (GTK_WIDGET (self));
  title = alignment_document_dup_title (document);
  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                   _("Rename the Case"), NULL);
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
  rename = g_new0 (Rename, 1);
  rename->entry = GTK_EDITABLE (entry);
  rename->document = g_object_ref (document);
  g_signal_connect_data (dialog, "response", G_CALLBACK (rename_response_cb), rename, rename_free, 0);
  g_signal_connect (entry, "activate", G_CALLBACK (rename_entry_activate_cb), dialog);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* A toast of the window saying what happened to a case, whose Undo
 * calls @undo with @data (freed with the toast). */
static void
show_undo_toast (AlignmentLibrarySidebar *self,
                 const char              *message,
                 GCallback                undo,
                 gpointer                 data,
                 GDestroyNotify           free_data)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);
  AdwToast *toast = adw_toast_new (message);

  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_signal_connect_data (toast, "button-clicked", undo, data,
                         (GClosureNotify) (void (*) (void)) free_data, 0);
  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
  else
    g_object_unref (toast);
}

/* ---- Trash ------------------------------------------------------------------------- */

/* What the Undo of a trashed or removed case needs. */
typedef struct
{
  AlignmentLibrarySidebar *self;
  GFile                   *file;
  GBytes                  *bytes;   /* trashed: the file as it was, should the trash fail us */
  gboolean                 recent;  /* removed: it was a recently used file */
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
      show_error (trashed->self, _("Could Not Restore the Case"), error);
      return;
    }

  if (trashed->self->library != NULL)
    alignment_library_reload_file (trashed->self->library, trashed->file);
  g_signal_emit (trashed->self, signals[CASE_SELECTED], 0, trashed->file);
}

void
alignment_library_sidebar_trash_case (AlignmentLibrarySidebar *self,
                                      GFile                   *file)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  g_autofree char *message = NULL;
  AlignmentDocument *document;
  Trashed *trashed;
  GBytes *bytes;

  g_return_if_fail (ALIGNMENT_IS_LIBRARY_SIDEBAR (self));
  g_return_if_fail (G_IS_FILE (file));

  document = find_document (self, file);
  title = document != NULL ? alignment_document_dup_title (document) : g_file_get_basename (file);
  bytes = g_file_load_bytes (file, NULL, NULL, NULL);

  if (!g_file_trash (file, NULL, &error))
    {
      g_clear_pointer (&bytes, g_bytes_unref);
      show_error (self, _("Could Not Move the Case to the Trash"), error);
      return;
    }

  trashed = g_new0 (Trashed, 1);
  trashed->self = g_object_ref (self);
  trashed->file = g_object_ref (file);
  trashed->bytes = bytes != NULL ? bytes : g_bytes_new (NULL, 0);

  /* The case is gone, unsaved changes with it: that is what was asked. */
  g_signal_emit (self, signals[CASE_TRASHED], 0, file);
  if (self->library != NULL)
    alignment_library_remove_file (self->library, file);

  /* Translators: a toast after deleting a case. */
  message = g_strdup_printf (_("“%s” moved to the trash"), title);
  show_undo_toast (self, message, G_CALLBACK (undo_trash_cb), trashed, trashed_free);
}

/* ---- Remove from the library ------------------------------------------------------ */

static void
undo_remove_cb (AdwToast *toast,
                Trashed  *removed)
{
  if (removed->recent)
    {
      g_autofree char *uri = g_file_get_uri (removed->file);

      gtk_recent_manager_add_item (gtk_recent_manager_get_default (), uri);
    }
  if (removed->self->library != NULL)
    alignment_library_add_file (removed->self->library, removed->file);
}

void
alignment_library_sidebar_remove_case (AlignmentLibrarySidebar *self,
                                       GFile                   *file)
{
  g_autofree char *title = NULL;
  g_autofree char *message = NULL;
  g_autofree char *uri = NULL;
  AlignmentLibraryItem *item;
  AlignmentDocument *document;
  Trashed *removed;

  g_return_if_fail (ALIGNMENT_IS_LIBRARY_SIDEBAR (self));
  g_return_if_fail (G_IS_FILE (file));

  if (self->library == NULL)
    return;

  item = alignment_library_lookup (self->library, file);
  document = find_document (self, file);
  if (document != NULL)
    title = alignment_document_dup_title (document);
  else if (item != NULL)
    title = g_strdup (alignment_library_item_get_title (item));
  else
    title = g_file_get_basename (file);

  removed = g_new0 (Trashed, 1);
  removed->self = g_object_ref (self);
  removed->file = g_object_ref (file);

  /* The file stays where it is, untouched.  A file from elsewhere is
   * forgotten as a recent file too, so that the file chooser does not
   * offer it either; the library keeps every removed file out, since
   * another program may make it recent again. */
  uri = g_file_get_uri (file);
  removed->recent = gtk_recent_manager_remove_item (gtk_recent_manager_get_default (), uri, NULL);
  alignment_library_forget_file (self->library, file);

  /* Translators: a toast after removing a case from the case library;
   * its file is not deleted. */
  message = g_strdup_printf (_("“%s” removed from the library"), title);
  show_undo_toast (self, message, G_CALLBACK (undo_remove_cb), removed, trashed_free);
}

/* ---- Folders ----------------------------------------------------------------------- */

static void
show_uri (AlignmentLibrarySidebar *self,
          GFile                   *folder)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  g_autofree char *uri = NULL;

  if (folder == NULL)
    return;

  uri = g_file_get_uri (folder);
  gtk_show_uri (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, uri, GDK_CURRENT_TIME);
}

void
alignment_library_sidebar_open_folder (AlignmentLibrarySidebar *self)
{
  g_return_if_fail (ALIGNMENT_IS_LIBRARY_SIDEBAR (self));

  if (self->library != NULL)
    show_uri (self, alignment_library_get_folder (self->library));
}

void
alignment_library_sidebar_show_in_folder (AlignmentLibrarySidebar *self,
                                          GFile                   *file)
{
  g_autoptr(GFile) folder = NULL;

  g_return_if_fail (ALIGNMENT_IS_LIBRARY_SIDEBAR (self));

  if (file != NULL)
    folder = g_file_get_parent (file);
  show_uri (self, folder);
}

/* ---- GObject ------------------------------------------------------------- */

static void
alignment_library_sidebar_dispose (GObject *object)
{
  AlignmentLibrarySidebar *self = ALIGNMENT_LIBRARY_SIDEBAR (object);

  if (self->selection != NULL)
    g_signal_handlers_disconnect_by_data (self->selection, self);
  if (self->sort_model != NULL)
    g_signal_handlers_disconnect_by_data (self->sort_model, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), ALIGNMENT_TYPE_LIBRARY_SIDEBAR);

  g_clear_object (&self->library);
  g_clear_object (&self->filter);
  g_clear_object (&self->sorter);
  g_clear_object (&self->file);

  G_OBJECT_CLASS (alignment_library_sidebar_parent_class)->dispose (object);
}

static void
alignment_library_sidebar_get_property (GObject    *object,
                                        guint       prop_id,
                                        GValue     *value,
                                        GParamSpec *pspec)
{
  AlignmentLibrarySidebar *self = ALIGNMENT_LIBRARY_SIDEBAR (object);

  switch (prop_id)
    {
    case PROP_LIBRARY:
      g_value_set_object (value, self->library);
      break;

    case PROP_SORT:
      g_value_set_enum (value, self->sort);
      break;

    case PROP_FILE:
      g_value_set_object (value, self->file);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
alignment_library_sidebar_set_property (GObject      *object,
                                        guint         prop_id,
                                        const GValue *value,
                                        GParamSpec   *pspec)
{
  AlignmentLibrarySidebar *self = ALIGNMENT_LIBRARY_SIDEBAR (object);

  switch (prop_id)
    {
    case PROP_LIBRARY:
      alignment_library_sidebar_set_library (self, g_value_get_object (value));
      break;

    case PROP_SORT:
      alignment_library_sidebar_set_sort (self, g_value_get_enum (value));
      break;

    case PROP_FILE:
      alignment_library_sidebar_set_file (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

void
alignment_library_sidebar_focus_list (AlignmentLibrarySidebar *self)
{
  g_return_if_fail (ALIGNMENT_IS_LIBRARY_SIDEBAR (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->list_view));
}

/* A row clicked or activated (Enter), unlike a selection moved with the
 * arrow keys: the user is done with the library for now. */
static void
chosen_cb (AlignmentLibrarySidebar *self)
{
  if (gtk_single_selection_get_selected_item (self->selection) != NULL)
    g_signal_emit (self, signals[CASE_CHOSEN], 0);
}

static void
alignment_library_sidebar_class_init (AlignmentLibrarySidebarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  const GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = alignment_library_sidebar_dispose;
  object_class->get_property = alignment_library_sidebar_get_property;
  object_class->set_property = alignment_library_sidebar_set_property;

  properties[PROP_LIBRARY] = g_param_spec_object ("library", NULL, NULL, ALIGNMENT_TYPE_LIBRARY, rw);
  properties[PROP_SORT] = g_param_spec_enum ("sort", NULL, NULL, ALIGNMENT_TYPE_LIBRARY_SORT,
                                             ALIGNMENT_LIBRARY_SORT_TITLE, rw);
  properties[PROP_FILE] = g_param_spec_object ("file", NULL, NULL, G_TYPE_FILE, rw);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[CASE_SELECTED] = g_signal_new ("case-selected", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                         0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_FILE);
  signals[CASE_CHOSEN] = g_signal_new ("case-chosen", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                       0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[CASE_CREATED] = g_signal_new ("case-created", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                        0, NULL, NULL, NULL, G_TYPE_NONE, 1, ALIGNMENT_TYPE_DOCUMENT);
  signals[CASE_TRASHED] = g_signal_new ("case-trashed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                        0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_FILE);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/Alignment/alignment-library-sidebar.ui");
  gtk_widget_class_bind_template_child (widget_class, AlignmentLibrarySidebar, box);
  gtk_widget_class_bind_template_child (widget_class, AlignmentLibrarySidebar, search_bar);
  gtk_widget_class_bind_template_child (widget_class, AlignmentLibrarySidebar, search_entry);
  gtk_widget_class_bind_template_child (widget_class, AlignmentLibrarySidebar, list_view);
  gtk_widget_class_bind_template_child (widget_class, AlignmentLibrarySidebar, stack);
  gtk_widget_class_bind_template_child (widget_class, AlignmentLibrarySidebar, selection);
  gtk_widget_class_bind_template_child (widget_class, AlignmentLibrarySidebar, filter_model);
  gtk_widget_class_bind_template_child (widget_class, AlignmentLibrarySidebar, sort_model);
  gtk_widget_class_bind_template_callback (widget_class, setup_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_cb);
  gtk_widget_class_bind_template_callback (widget_class, unbind_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
}

static void
alignment_library_sidebar_init (AlignmentLibrarySidebar *self)
{
  GtkGesture *click;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->filter = gtk_custom_filter_new (filter_func, self, NULL);
  self->sorter = gtk_custom_sorter_new (sort_func, self, NULL);
  gtk_filter_list_model_set_filter (self->filter_model, GTK_FILTER (self->filter));
  gtk_sort_list_model_set_sorter (self->sort_model, GTK_SORTER (self->sorter));

  g_signal_connect_swapped (self->selection, "notify::selected", G_CALLBACK (selected_cb), self);
  g_signal_connect_swapped (self->list_view, "activate", G_CALLBACK (chosen_cb), self);
  click = gtk_gesture_click_new ();
  g_signal_connect_swapped (click, "released", G_CALLBACK (chosen_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->list_view), GTK_EVENT_CONTROLLER (click));
  g_signal_connect_swapped (self->sort_model, "items-changed", G_CALLBACK (items_changed_cb), self);
  gtk_search_bar_connect_entry (self->search_bar, GTK_EDITABLE (self->search_entry));
  gtk_search_bar_set_key_capture_widget (self->search_bar, NULL);
  update_stack (self);
}
