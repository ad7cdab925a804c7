/* alignment-library.c: the case library, a folder of case files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "alignment-file-chooser.h"
#include "alignment-library.h"

struct _AlignmentLibrary
{
  GObject       parent_instance;

  GPtrArray    *items;
  GFile        *folder;
  GFileMonitor *monitor;
  GCancellable *cancellable;  /* the folder's listing and reads */
  /* Items waiting to be read, in order; one read runs at a time so that
   * a folder of big cases does not start a thread per file. */
  GQueue        pending;
  gboolean      reading;
  /* Reads whose thread has not returned yet (atomic): the process must
   * not exit under one, since libxml2 cleans up as it exits. */
  int           n_threads;
  gboolean      stopped;   /* alignment_library_stop(): reads no more */
  gboolean      listing;   /* the folder's files are being listed */
  /* URIs of the files the user removed from the library: the folder's
   * stay on disk but unlisted, and recent files from elsewhere stay
   * forgotten, until the user opens one again. */
  GHashTable   *hidden;
  /* URIs of the files a window is loading, with how many windows: the
   * window hands over their summaries, so they are not read twice. */
  GHashTable   *held;
};

static void alignment_library_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (AlignmentLibrary, alignment_library, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, alignment_library_list_model_init))

enum {
  PROP_0,
  PROP_FOLDER,
  PROP_BUSY,
  PROP_HIDDEN,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void alignment_library_read_next (AlignmentLibrary *self);

/* ---- GListModel ---------------------------------------------------------- */

static GType
alignment_library_get_item_type (GListModel *model)
{
  return ALIGNMENT_TYPE_LIBRARY_ITEM;
}

static guint
alignment_library_get_n_items (GListModel *model)
{
  return ALIGNMENT_LIBRARY (model)->items->len;
}

static gpointer
alignment_library_get_item (GListModel *model,
                            guint       position)
{
  AlignmentLibrary *self = ALIGNMENT_LIBRARY (model);

  if (position >= self->items->len)
    return NULL;

  return g_object_ref (g_ptr_array_index (self->items, position));
}

static void
alignment_library_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = alignment_library_get_item_type;
  iface->get_n_items = alignment_library_get_n_items;
  iface->get_item = alignment_library_get_item;
}

/* ---- Reading files --------------------------------------------------------- */

static gboolean
is_case_file (GFile *file)
{
  g_autofree char *name = g_file_get_basename (file);

  return name != NULL && name[0] != '.' && g_str_has_suffix (name, ALIGNMENT_FILE_SUFFIX);
}

static int
find_position (AlignmentLibrary *self,
               GFile            *file)
{
  for (guint i = 0; i < self->items->len; i++)
    if (g_file_equal (alignment_library_item_get_file (g_ptr_array_index (self->items, i)), file))
      return (int) i;

  return -1;
}

gboolean
alignment_library_is_hidden (AlignmentLibrary *self,
                             GFile            *file)
{
  g_autofree char *uri = NULL;

  g_return_val_if_fail (ALIGNMENT_IS_LIBRARY (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  uri = g_file_get_uri (file);
  return g_hash_table_contains (self->hidden, uri);
}

/* The user asked for @file: it is listed again. */
static void
unhide (AlignmentLibrary *self,
        GFile            *file)
{
  g_autofree char *uri = g_file_get_uri (file);

  if (g_hash_table_remove (self->hidden, uri))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HIDDEN]);
}

/* Rows show where their file is when another case has the same title:
 * when a title comes or goes, the rows that share it look again. */
static void
title_changed (AlignmentLibrary     *self,
               const char           *title,
               AlignmentLibraryItem *except)
{
  if (title == NULL)
    return;

  for (guint i = 0; i < self->items->len; i++)
    {
      AlignmentLibraryItem *item = g_ptr_array_index (self->items, i);

      if (item != except && g_strcmp0 (alignment_library_item_get_title (item), title) == 0)
        g_list_model_items_changed (G_LIST_MODEL (self), i, 1, 1);
    }
}

guint
alignment_library_count_title (AlignmentLibrary *self,
                               const char       *title)
{
  guint n = 0;

  g_return_val_if_fail (ALIGNMENT_IS_LIBRARY (self), 0);

  for (guint i = 0; i < self->items->len; i++)
    if (g_strcmp0 (alignment_library_item_get_title (g_ptr_array_index (self->items, i)), title) == 0)
      n++;

  return n;
}

typedef struct
{
  AlignmentCaseSummary *summary;
  GError               *error;
  gint64                modified;
} ReadResult;

static void
read_result_free (gpointer data)
{
  ReadResult *result = data;

  g_clear_pointer (&result->summary, alignment_case_summary_free);
  g_clear_error (&result->error);
  g_free (result);
}

static void
read_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  GFile *file = task_data;
  ReadResult *result = g_new0 (ReadResult, 1);
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(AlignmentCase) loaded = NULL;

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_TIME_MODIFIED, G_FILE_QUERY_INFO_NONE,
                            cancellable, NULL);
  if (info != NULL)
    result->modified = (gint64) g_file_info_get_attribute_uint64 (info, G_FILE_ATTRIBUTE_TIME_MODIFIED);

  loaded = alignment_case_load (file, cancellable, &result->error);
  if (loaded != NULL)
    result->summary = alignment_case_summary_new (loaded);
  g_clear_object (&loaded);

  g_task_return_pointer (task, result, read_result_free);
  /* The task holds the library until this function returns. */
  g_atomic_int_dec_and_test (&((AlignmentLibrary *) source_object)->n_threads);
}

/* Takes @summary. */
static void
apply_result (AlignmentLibrary     *self,
              AlignmentLibraryItem *item,
              AlignmentCaseSummary *summary,
              const GError         *error,
              gint64                modified)
{
  int position = -1;

  for (guint i = 0; i < self->items->len; i++)
    if (g_ptr_array_index (self->items, i) == item)
      position = (int) i;

  if (position < 0)
    {
      g_clear_pointer (&summary, alignment_case_summary_free);
      return;
    }

  {
    g_autofree char *old_title = g_strdup (alignment_library_item_get_title (item));

    alignment_library_item_set_result (item, summary, error, modified);
    /* Sorters and filters look again at the item. */
    g_list_model_items_changed (G_LIST_MODEL (self), position, 1, 1);
    if (g_strcmp0 (old_title, alignment_library_item_get_title (item)) != 0)
      {
        title_changed (self, old_title, item);
        title_changed (self, alignment_library_item_get_title (item), item);
      }
  }
}

static gboolean
is_held (AlignmentLibrary     *self,
         AlignmentLibraryItem *item)
{
  g_autofree char *uri = NULL;

  if (g_hash_table_size (self->held) == 0)
    return FALSE;
  uri = g_file_get_uri (alignment_library_item_get_file (item));
  return g_hash_table_contains (self->held, uri);
}

static void
read_done_cb (GObject      *object,
              GAsyncResult *res,
              gpointer      user_data)
{
  AlignmentLibrary *self = ALIGNMENT_LIBRARY (object);
  AlignmentLibraryItem *item = user_data;
  g_autoptr(GError) error = NULL;
  ReadResult *result;

  result = g_task_propagate_pointer (G_TASK (res), &error);
  if (result == NULL)
    {
      /* Cancelled: the library changed folder or is going away. */
      g_object_unref (item);
      return;
    }

  apply_result (self, item, g_steal_pointer (&result->summary), result->error, result->modified);

  read_result_free (result);
  g_object_unref (item);

  self->reading = FALSE;
  alignment_library_read_next (self);
}

static void
alignment_library_read_next (AlignmentLibrary *self)
{
  AlignmentLibraryItem *item;
  g_autoptr(GTask) task = NULL;

  if (self->reading || self->stopped)
    return;

  /* A file a window is loading waits for its summary from there (or
   * is queued again if that load does not finish). */
  while ((item = g_queue_pop_head (&self->pending)) != NULL && is_held (self, item))
    g_object_unref (item);
  if (item == NULL)
    {
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
      return;
    }

  self->reading = TRUE;
  g_atomic_int_inc (&self->n_threads);
  task = g_task_new (self, self->cancellable, read_done_cb, item);
  g_task_set_source_tag (task, alignment_library_read_next);
  g_task_set_task_data (task, g_object_ref (alignment_library_item_get_file (item)), g_object_unref);
  g_task_run_in_thread (task, read_thread);
}

static void
alignment_library_queue (AlignmentLibrary     *self,
                         AlignmentLibraryItem *item)
{
  gboolean was_busy = alignment_library_get_busy (self);

  if (g_queue_find (&self->pending, item) != NULL)
    return;

  g_queue_push_tail (&self->pending, g_object_ref (item));
  if (!was_busy)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
  alignment_library_read_next (self);
}

static AlignmentLibraryItem *
alignment_library_append (AlignmentLibrary *self,
                          GFile            *file,
                          gboolean          external)
{
  AlignmentLibraryItem *item = alignment_library_item_new (file);

  alignment_library_item_set_external (item, external);
  g_ptr_array_add (self->items, item);
  g_list_model_items_changed (G_LIST_MODEL (self), self->items->len - 1, 0, 1);
  alignment_library_queue (self, item);

  return item;
}

/* ---- The folder -------------------------------------------------------------- */

static void
monitor_changed_cb (GFileMonitor      *monitor,
                    GFile             *file,
                    GFile             *other_file,
                    GFileMonitorEvent  event,
                    AlignmentLibrary  *self)
{
  switch (event)
    {
    case G_FILE_MONITOR_EVENT_CREATED:
    case G_FILE_MONITOR_EVENT_MOVED_IN:
    case G_FILE_MONITOR_EVENT_CHANGES_DONE_HINT:
      if (is_case_file (file) && !alignment_library_is_hidden (self, file))
        alignment_library_reload_file (self, file);
      break;

    case G_FILE_MONITOR_EVENT_DELETED:
    case G_FILE_MONITOR_EVENT_MOVED_OUT:
      /* A removed file that is gone need not be kept out any more: a
       * new file of that name is another case. */
      unhide (self, file);
      alignment_library_remove_file (self, file);
      break;

    case G_FILE_MONITOR_EVENT_RENAMED:
      unhide (self, file);
      alignment_library_remove_file (self, file);
      if (other_file != NULL && is_case_file (other_file)
          && !alignment_library_is_hidden (self, other_file))
        alignment_library_reload_file (self, other_file);
      break;

    case G_FILE_MONITOR_EVENT_CHANGED:
    case G_FILE_MONITOR_EVENT_ATTRIBUTE_CHANGED:
    case G_FILE_MONITOR_EVENT_PRE_UNMOUNT:
    case G_FILE_MONITOR_EVENT_UNMOUNTED:
    case G_FILE_MONITOR_EVENT_MOVED:
    default:
      break;
    }
}

static void
listing_done (AlignmentLibrary *self)
{
  self->listing = FALSE;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
  g_object_unref (self);
}

static void
enumerate_next_cb (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  GFileEnumerator *enumerator = G_FILE_ENUMERATOR (object);
  AlignmentLibrary *self = user_data;
  g_autoptr(GError) error = NULL;
  GList *infos;

  infos = g_file_enumerator_next_files_finish (enumerator, result, &error);
  if (error != NULL)
    {
      /* A newer listing has taken over when cancelled. */
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_object_unref (self);
      else
        {
          g_debug ("Could not list the case library: %s", error->message);
          listing_done (self);
        }
      return;
    }

  if (infos == NULL)
    {
      listing_done (self);
      return;
    }

  for (GList *l = infos; l != NULL; l = l->next)
    {
      g_autoptr(GFile) file = g_file_enumerator_get_child (enumerator, l->data);

      if (is_case_file (file) && find_position (self, file) < 0
          && !alignment_library_is_hidden (self, file))
        alignment_library_append (self, file, FALSE);
    }
  g_list_free_full (infos, g_object_unref);

  g_file_enumerator_next_files_async (enumerator, 64, G_PRIORITY_DEFAULT, self->cancellable,
                                      enumerate_next_cb, self);
}

static void
enumerate_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  AlignmentLibrary *self = user_data;
  g_autoptr(GFileEnumerator) enumerator = NULL;
  g_autoptr(GError) error = NULL;

  enumerator = g_file_enumerate_children_finish (G_FILE (object), result, &error);
  if (enumerator == NULL)
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_object_unref (self);
      else
        {
          g_debug ("Could not list the case library: %s", error->message);
          listing_done (self);
        }
      return;
    }

  g_file_enumerator_next_files_async (enumerator, 64, G_PRIORITY_DEFAULT, self->cancellable,
                                      enumerate_next_cb, self);
}

void
alignment_library_set_folder (AlignmentLibrary *self,
                              GFile            *folder)
{
  g_autoptr(GError) error = NULL;
  guint i;

  g_return_if_fail (ALIGNMENT_IS_LIBRARY (self));
  g_return_if_fail (G_IS_FILE (folder));

  if (self->folder != NULL && g_file_equal (self->folder, folder))
    return;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  g_queue_clear_full (&self->pending, g_object_unref);
  self->reading = FALSE;
  self->stopped = FALSE;
  if (self->monitor != NULL)
    {
      g_signal_handlers_disconnect_by_func (self->monitor, monitor_changed_cb, self);
      g_file_monitor_cancel (self->monitor);
      g_clear_object (&self->monitor);
    }

  /* Files of the old folder go; files opened from elsewhere stay, and
   * are read again since their reads were cancelled. */
  for (i = self->items->len; i > 0; i--)
    {
      AlignmentLibraryItem *item = g_ptr_array_index (self->items, i - 1);

      if (!alignment_library_item_get_external (item))
        {
          g_ptr_array_remove_index (self->items, i - 1);
          g_list_model_items_changed (G_LIST_MODEL (self), i - 1, 1, 0);
        }
      else if (!alignment_library_item_get_loaded (item))
        alignment_library_queue (self, item);
    }

  g_set_object (&self->folder, folder);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FOLDER]);

  /* A first start has no folder yet: make it, so that new cases have a
   * home and the monitor has something to watch. */
  if (!g_file_make_directory_with_parents (folder, NULL, &error)
      && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_EXISTS))
    g_debug ("Could not create the case library: %s", error->message);

  self->monitor = g_file_monitor_directory (folder, G_FILE_MONITOR_WATCH_MOVES, NULL, NULL);
  if (self->monitor != NULL)
    g_signal_connect (self->monitor, "changed", G_CALLBACK (monitor_changed_cb), self);

  self->listing = TRUE;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
  g_file_enumerate_children_async (folder,
                                   G_FILE_ATTRIBUTE_STANDARD_NAME "," G_FILE_ATTRIBUTE_STANDARD_TYPE,
                                   G_FILE_QUERY_INFO_NONE, G_PRIORITY_DEFAULT, self->cancellable,
                                   enumerate_cb, g_object_ref (self));
}

GFile *
alignment_library_get_folder (AlignmentLibrary *self)
{
  g_return_val_if_fail (ALIGNMENT_IS_LIBRARY (self), NULL);

  return self->folder;
}

gboolean
alignment_library_get_busy (AlignmentLibrary *self)
{
  g_return_val_if_fail (ALIGNMENT_IS_LIBRARY (self), FALSE);

  return self->listing || self->reading || self->pending.length > 0;
}

static gboolean
in_folder (AlignmentLibrary *self,
           GFile            *file)
{
  g_autoptr(GFile) parent = g_file_get_parent (file);

  return self->folder != NULL && parent != NULL && g_file_equal (parent, self->folder);
}

AlignmentLibraryItem *
alignment_library_add_file (AlignmentLibrary *self,
                            GFile            *file)
{
  int position;

  g_return_val_if_fail (ALIGNMENT_IS_LIBRARY (self), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  unhide (self, file);
  position = find_position (self, file);
  if (position >= 0)
    return g_ptr_array_index (self->items, position);

  return alignment_library_append (self, file, !in_folder (self, file));
}

AlignmentLibraryItem *
alignment_library_lookup (AlignmentLibrary *self,
                          GFile            *file)
{
  int position;

  g_return_val_if_fail (ALIGNMENT_IS_LIBRARY (self), NULL);

  position = find_position (self, file);
  return position >= 0 ? g_ptr_array_index (self->items, position) : NULL;
}

void
alignment_library_reload_file (AlignmentLibrary *self,
                               GFile            *file)
{
  int position;

  g_return_if_fail (ALIGNMENT_IS_LIBRARY (self));

  unhide (self, file);
  position = find_position (self, file);
  if (position < 0)
    alignment_library_append (self, file, !in_folder (self, file));
  else
    alignment_library_queue (self, g_ptr_array_index (self->items, position));
}

void
alignment_library_hold_file (AlignmentLibrary *self,
                             GFile            *file)
{
  char *uri;

  g_return_if_fail (ALIGNMENT_IS_LIBRARY (self));
  g_return_if_fail (G_IS_FILE (file));

  uri = g_file_get_uri (file);
  g_hash_table_insert (self->held, uri,
                       GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (self->held, uri)) + 1));
}

void
alignment_library_release_file (AlignmentLibrary     *self,
                                GFile                *file,
                                AlignmentCaseSummary *summary,
                                gint64                modified)
{
  g_autofree char *uri = NULL;
  AlignmentLibraryItem *item;
  guint count;

  g_return_if_fail (ALIGNMENT_IS_LIBRARY (self));
  g_return_if_fail (G_IS_FILE (file));

  uri = g_file_get_uri (file);
  count = GPOINTER_TO_UINT (g_hash_table_lookup (self->held, uri));
  if (count > 1)
    g_hash_table_insert (self->held, g_strdup (uri), GUINT_TO_POINTER (count - 1));
  else
    g_hash_table_remove (self->held, uri);

  item = alignment_library_lookup (self, file);
  if (item == NULL)
    {
      g_clear_pointer (&summary, alignment_case_summary_free);
      return;
    }

  if (summary != NULL)
    {
      /* What the window read is what a read would find. */
      if (g_queue_remove (&self->pending, item))
        g_object_unref (item);
      apply_result (self, item, summary, NULL, modified);
      if (self->pending.length == 0 && !self->reading)
        g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
    }
  else if (!alignment_library_item_get_loaded (item) && count <= 1 && !self->stopped)
    alignment_library_queue (self, item);
}

void
alignment_library_remove_file (AlignmentLibrary *self,
                               GFile            *file)
{
  g_autofree char *title = NULL;
  int position;

  g_return_if_fail (ALIGNMENT_IS_LIBRARY (self));

  position = find_position (self, file);
  if (position < 0)
    return;

  title = g_strdup (alignment_library_item_get_title (g_ptr_array_index (self->items, position)));
  g_ptr_array_remove_index (self->items, position);
  g_list_model_items_changed (G_LIST_MODEL (self), position, 1, 0);
  title_changed (self, title, NULL);
}

void
alignment_library_forget_file (AlignmentLibrary *self,
                               GFile            *file)
{
  g_return_if_fail (ALIGNMENT_IS_LIBRARY (self));
  g_return_if_fail (G_IS_FILE (file));

  g_hash_table_add (self->hidden, g_file_get_uri (file));
  alignment_library_remove_file (self, file);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HIDDEN]);
}

static int
compare_uris (gconstpointer a,
              gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

char **
alignment_library_dup_hidden (AlignmentLibrary *self)
{
  g_autoptr(GPtrArray) uris = g_ptr_array_new ();
  GHashTableIter iter;
  gpointer uri;

  g_return_val_if_fail (ALIGNMENT_IS_LIBRARY (self), NULL);

  g_hash_table_iter_init (&iter, self->hidden);
  while (g_hash_table_iter_next (&iter, &uri, NULL))
    g_ptr_array_add (uris, g_strdup (uri));
  /* Sorted, so that settings see no change when there is none. */
  g_ptr_array_sort (uris, compare_uris);
  g_ptr_array_add (uris, NULL);

  return (char **) g_ptr_array_free (g_steal_pointer (&uris), FALSE);
}

void
alignment_library_set_hidden (AlignmentLibrary   *self,
                              const char * const *uris)
{
  static const char * const none[] = { NULL };
  g_auto(GStrv) old = NULL;

  g_return_if_fail (ALIGNMENT_IS_LIBRARY (self));

  if (uris == NULL)
    uris = none;
  old = alignment_library_dup_hidden (self);
  if (g_strv_equal ((const char * const *) old, uris))
    return;

  g_hash_table_remove_all (self->hidden);
  for (guint i = 0; uris[i] != NULL; i++)
    {
      g_autoptr(GFile) file = g_file_new_for_uri (uris[i]);

      g_hash_table_add (self->hidden, g_strdup (uris[i]));
      alignment_library_remove_file (self, file);
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HIDDEN]);
}

void
alignment_library_file_changed (AlignmentLibrary *self,
                                GFile            *file)
{
  int position;

  g_return_if_fail (ALIGNMENT_IS_LIBRARY (self));

  position = find_position (self, file);
  if (position >= 0)
    g_list_model_items_changed (G_LIST_MODEL (self), position, 1, 1);
}

GFile *
alignment_library_create_file (AlignmentLibrary *self,
                               const char       *title)
{
  g_autofree char *base = NULL;

  g_return_val_if_fail (ALIGNMENT_IS_LIBRARY (self), NULL);
  g_return_val_if_fail (self->folder != NULL, NULL);

  base = g_strdup (title != NULL && *title != '\0' ? title : _("New case"));
  /* Titles may hold what a file name may not. */
  alignment_file_chooser_clean_name (base);
  g_file_make_directory_with_parents (self->folder, NULL, NULL);

  for (guint i = 1; i < 10000; i++)
    {
      g_autofree char *name = i == 1 ? g_strconcat (base, ALIGNMENT_FILE_SUFFIX, NULL)
                                     : g_strdup_printf ("%s %u%s", base, i, ALIGNMENT_FILE_SUFFIX);
      g_autoptr(GFile) file = g_file_get_child_for_display_name (self->folder, name, NULL);

      if (file != NULL && !g_file_query_exists (file, NULL))
        return g_steal_pointer (&file);
    }

  return NULL;
}

/* ---- GObject ------------------------------------------------------------- */

void
alignment_library_stop (AlignmentLibrary *self)
{
  gint64 give_up;

  g_return_if_fail (ALIGNMENT_IS_LIBRARY (self));

  g_cancellable_cancel (self->cancellable);
  g_queue_clear_full (&self->pending, g_object_unref);

  /* A cancelled read returns within a few milliseconds; the loop only
   * keeps a stuck file system from holding the app open. */
  give_up = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;
  while (g_atomic_int_get (&self->n_threads) > 0 && g_get_monotonic_time () < give_up)
    g_usleep (1000);

  /* What was under way was cancelled: nothing is being read now. */
  self->stopped = TRUE;
  self->reading = FALSE;
  self->listing = FALSE;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
}

AlignmentLibrary *
alignment_library_new (void)
{
  return g_object_new (ALIGNMENT_TYPE_LIBRARY, NULL);
}

static void
alignment_library_dispose (GObject *object)
{
  AlignmentLibrary *self = ALIGNMENT_LIBRARY (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_queue_clear_full (&self->pending, g_object_unref);
  if (self->monitor != NULL)
    {
      g_signal_handlers_disconnect_by_func (self->monitor, monitor_changed_cb, self);
      g_file_monitor_cancel (self->monitor);
      g_clear_object (&self->monitor);
    }
  g_clear_object (&self->folder);

  G_OBJECT_CLASS (alignment_library_parent_class)->dispose (object);
}

static void
alignment_library_finalize (GObject *object)
{
  AlignmentLibrary *self = ALIGNMENT_LIBRARY (object);

  g_ptr_array_unref (self->items);
  g_hash_table_unref (self->hidden);
  g_hash_table_unref (self->held);

  G_OBJECT_CLASS (alignment_library_parent_class)->finalize (object);
}

static void
alignment_library_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  AlignmentLibrary *self = ALIGNMENT_LIBRARY (object);

  switch (prop_id)
    {
    case PROP_FOLDER:
      g_value_set_object (value, self->folder);
      break;

    case PROP_BUSY:
      g_value_set_boolean (value, alignment_library_get_busy (self));
      break;

    case PROP_HIDDEN:
      g_value_take_boxed (value, alignment_library_dup_hidden (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
alignment_library_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  AlignmentLibrary *self = ALIGNMENT_LIBRARY (object);

  switch (prop_id)
    {
    case PROP_HIDDEN:
      alignment_library_set_hidden (self, g_value_get_boxed (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
alignment_library_class_init (AlignmentLibraryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags ro = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = alignment_library_dispose;
  object_class->finalize = alignment_library_finalize;
  object_class->get_property = alignment_library_get_property;
  object_class->set_property = alignment_library_set_property;

  properties[PROP_FOLDER] = g_param_spec_object ("folder", NULL, NULL, G_TYPE_FILE, ro);
  properties[PROP_BUSY] = g_param_spec_boolean ("busy", NULL, NULL, FALSE, ro);
  properties[PROP_HIDDEN] = g_param_spec_boxed ("hidden", NULL, NULL, G_TYPE_STRV,
                                                G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
alignment_library_init (AlignmentLibrary *self)
{
  self->items = g_ptr_array_new_with_free_func (g_object_unref);
  self->hidden = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->held = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_queue_init (&self->pending);
}
