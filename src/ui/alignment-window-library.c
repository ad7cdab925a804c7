/* alignment-window-library.c: the case library sidebar of the window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "alignment-library-row.h"
#include "alignment-window-private.h"

/* ---- Rows ------------------------------------------------------------------ */

static void
library_setup_cb (GtkSignalListItemFactory *factory,
                  GtkListItem              *item,
                  AlignmentWindow          *self)
{
  gtk_list_item_set_child (item, alignment_library_row_new ());
}

static void
library_bind_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *list_item,
                 AlignmentWindow          *self)
{
  AlignmentLibraryItem *item = gtk_list_item_get_item (list_item);

  alignment_library_row_set_item (ALIGNMENT_LIBRARY_ROW (gtk_list_item_get_child (list_item)), item,
                                  _alignment_window_find_document (self, alignment_library_item_get_file (item)));
}

static void
library_unbind_cb (GtkSignalListItemFactory *factory,
                   GtkListItem              *list_item,
                   AlignmentWindow          *self)
{
  alignment_library_row_set_item (ALIGNMENT_LIBRARY_ROW (gtk_list_item_get_child (list_item)), NULL, NULL);
}

/* ---- Search and sort -------------------------------------------------------- */

static gboolean
library_filter_func (gpointer item,
                     gpointer user_data)
{
  AlignmentWindow *self = user_data;
  const char *query = gtk_editable_get_text (GTK_EDITABLE (self->library_search));
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
library_sort_func (gconstpointer a,
                   gconstpointer b,
                   gpointer      user_data)
{
  AlignmentWindow *self = user_data;
  AlignmentLibraryItem *x = (AlignmentLibraryItem *) a;
  AlignmentLibraryItem *y = (AlignmentLibraryItem *) b;
  const AlignmentCaseSummary *sx = alignment_library_item_get_summary (x);
  const AlignmentCaseSummary *sy = alignment_library_item_get_summary (y);

  return alignment_form_library_compare (self->library_sort,
                                         alignment_library_item_get_title (x),
                                         alignment_library_item_get_modified (x),
                                         sx != NULL ? sx->first_day : 0,
                                         alignment_library_item_get_title (y),
                                         alignment_library_item_get_modified (y),
                                         sy != NULL ? sy->first_day : 0);
}

static void
library_update_stack (AlignmentWindow *self)
{
  const char *page = "list";

  if (g_list_model_get_n_items (G_LIST_MODEL (self->library)) == 0)
    page = "empty";
  else if (g_list_model_get_n_items (G_LIST_MODEL (self->library_sort_model)) == 0)
    page = "no-match";

  gtk_stack_set_visible_child_name (self->library_stack, page);
}

static void
library_search_changed_cb (AlignmentWindow *self)
{
  gtk_filter_changed (GTK_FILTER (self->library_filter), GTK_FILTER_CHANGE_DIFFERENT);
  library_update_stack (self);
}

void
_alignment_window_library_set_sort (AlignmentWindow      *self,
                                    AlignmentLibrarySort  sort)
{
  if (self->library_sort == sort)
    return;

  self->library_sort = sort;
  if (self->library_sorter != NULL)
    gtk_sorter_changed (GTK_SORTER (self->library_sorter), GTK_SORTER_CHANGE_DIFFERENT);
  _alignment_window_notify_library_sort (self);
}

/* ---- Selection ---------------------------------------------------------------- */

void
_alignment_window_library_select (AlignmentWindow *self,
                                  GFile           *file)
{
  GListModel *model = G_LIST_MODEL (self->library_selection);
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AlignmentLibraryItem) item = g_list_model_get_item (model, i);

      if (g_file_equal (alignment_library_item_get_file (item), file))
        {
          self->selecting_case = TRUE;
          gtk_single_selection_set_selected (self->library_selection, i);
          self->selecting_case = FALSE;
          return;
        }
    }
}

static void
library_selected_cb (AlignmentWindow *self)
{
  AlignmentLibraryItem *item = gtk_single_selection_get_selected_item (self->library_selection);
  GFile *file;

  if (self->selecting_case || item == NULL)
    return;

  file = alignment_library_item_get_file (item);
  if (self->file != NULL && g_file_equal (file, self->file)
      && (self->document != NULL || self->cancellable != NULL))
    return;

  alignment_window_open (self, file);
}

/* A case's row changed (read again after a save, or by another program):
 * keep it selected, which the re-sort may have undone. */
static void
library_items_changed_cb (AlignmentWindow *self)
{
  library_update_stack (self);
  if (self->file != NULL
      && gtk_single_selection_get_selected_item (self->library_selection) == NULL)
    _alignment_window_library_select (self, self->file);
}

/* ---- Setup ---------------------------------------------------------------------- */

GFile *
_alignment_window_dup_library_folder (AlignmentWindow *self)
{
  GSettings *settings = _alignment_window_get_settings (self);
  g_autofree char *folder = NULL;

  if (settings != NULL)
    folder = g_settings_get_string (settings, "library-folder");

  if (folder != NULL && *folder != '\0')
    return g_file_new_for_commandline_arg (folder);

  return g_file_new_build_filename (g_get_user_data_dir (), PACKAGE_NAME, "cases", NULL);
}

static void
library_folder_changed_cb (AlignmentWindow *self)
{
  g_autoptr(GFile) folder = _alignment_window_dup_library_folder (self);

  alignment_library_set_folder (self->library, folder);
}

/* Cases opened from elsewhere earlier stay at hand. */
static void
library_add_recent (AlignmentWindow *self)
{
  GList *items = gtk_recent_manager_get_items (gtk_recent_manager_get_default ());

  for (GList *l = items; l != NULL; l = l->next)
    {
      const char *uri = gtk_recent_info_get_uri (l->data);

      if (g_str_has_suffix (uri, ALIGNMENT_FILE_SUFFIX) && gtk_recent_info_exists (l->data))
        {
          g_autoptr(GFile) file = g_file_new_for_uri (uri);

          alignment_library_add_file (self->library, file);
        }
    }
  g_list_free_full (items, (GDestroyNotify) gtk_recent_info_unref);
}

void
_alignment_window_library_init (AlignmentWindow *self)
{
  GSettings *settings = _alignment_window_get_settings (self);
  g_autoptr(GFile) folder = NULL;

  self->library = alignment_library_new ();
  self->library_filter = gtk_custom_filter_new (library_filter_func, self, NULL);
  self->library_sorter = gtk_custom_sorter_new (library_sort_func, self, NULL);
  gtk_filter_list_model_set_filter (self->library_filter_model, GTK_FILTER (self->library_filter));
  gtk_filter_list_model_set_model (self->library_filter_model, G_LIST_MODEL (self->library));
  gtk_sort_list_model_set_sorter (self->library_sort_model, GTK_SORTER (self->library_sorter));

  g_signal_connect_swapped (self->library_selection, "notify::selected",
                            G_CALLBACK (library_selected_cb), self);
  g_signal_connect_swapped (self->library_sort_model, "items-changed",
                            G_CALLBACK (library_items_changed_cb), self);
  gtk_search_bar_connect_entry (self->search_bar, GTK_EDITABLE (self->library_search));
  gtk_search_bar_set_key_capture_widget (self->search_bar, NULL);

  if (settings != NULL)
    g_signal_connect_object (settings, "changed::library-folder",
                             G_CALLBACK (library_folder_changed_cb), self, G_CONNECT_SWAPPED);

  folder = _alignment_window_dup_library_folder (self);
  alignment_library_set_folder (self->library, folder);
  library_add_recent (self);
  library_update_stack (self);
}

void
_alignment_window_library_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_callback (widget_class, library_setup_cb);
  gtk_widget_class_bind_template_callback (widget_class, library_bind_cb);
  gtk_widget_class_bind_template_callback (widget_class, library_unbind_cb);
  gtk_widget_class_bind_template_callback (widget_class, library_search_changed_cb);
}
