/* alignment-recovery.c
 *
 * Each copy is two files in the recovery folder: KEY.alignment, the case
 * as the file format writes it (so restoring is loading), and KEY.ini,
 * which says where it came from.  Both are written atomically; the
 * description first, so that a copy never stands without one for long.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "alignment-case.h"
#include "alignment-case-xml.h"
#include "alignment-recovery.h"

#define GROUP "Recovery"

void
alignment_recovery_entry_free (AlignmentRecoveryEntry *entry)
{
  if (entry == NULL)
    return;

  g_free (entry->key);
  g_clear_object (&entry->copy);
  g_clear_object (&entry->origin);
  g_free (entry->title);
  g_clear_pointer (&entry->written, g_date_time_unref);
  g_free (entry);
}

char *
alignment_recovery_new_key (void)
{
  return g_uuid_string_random ();
}

GFile *
alignment_recovery_get_folder (void)
{
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), PACKAGE_NAME, "recovery", NULL);

  return g_file_new_for_path (path);
}

static GFile *
child (GFile      *folder,
       const char *key,
       const char *suffix)
{
  g_autofree char *name = g_strconcat (key, suffix, NULL);

  return g_file_get_child (folder, name);
}

/* Keys are ours (UUIDs), but a folder can hold anything: only names that
 * cannot leave the folder are used. */
static gboolean
key_is_safe (const char *key)
{
  return key != NULL && *key != '\0' && *key != '.' && strchr (key, '/') == NULL;
}

gboolean
alignment_recovery_save (GFile          *folder,
                         const char     *key,
                         AlignmentCase  *kase,
                         GFile          *origin,
                         GError        **error)
{
  g_autoptr(GKeyFile) description = g_key_file_new ();
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GFile) copy = NULL;
  g_autoptr(GFile) ini = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *written = g_date_time_format_iso8601 (now);
  g_autofree char *data = NULL;
  gsize length;

  g_return_val_if_fail (G_IS_FILE (folder), FALSE);
  g_return_val_if_fail (key_is_safe (key), FALSE);
  g_return_val_if_fail (ALIGNMENT_IS_CASE (kase), FALSE);

  if (!g_file_make_directory_with_parents (folder, NULL, &local_error)
      && !g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_EXISTS))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  if (origin != NULL)
    {
      g_autofree char *uri = g_file_get_uri (origin);
      g_key_file_set_string (description, GROUP, "Origin", uri);
    }
  g_key_file_set_string (description, GROUP, "Title", alignment_case_get_title (kase));
  g_key_file_set_string (description, GROUP, "Written", written);
  data = g_key_file_to_data (description, &length, NULL);

  ini = child (folder, key, ".ini");
  if (!g_file_replace_contents (ini, data, length, NULL, FALSE, G_FILE_CREATE_PRIVATE,
                                NULL, NULL, error))
    return FALSE;

  copy = child (folder, key, ".alignment");
  return alignment_case_save (kase, copy, NULL, error);
}

void
alignment_recovery_discard (GFile      *folder,
                            const char *key)
{
  g_autoptr(GFile) copy = NULL;
  g_autoptr(GFile) ini = NULL;

  g_return_if_fail (G_IS_FILE (folder));
  g_return_if_fail (key_is_safe (key));

  copy = child (folder, key, ".alignment");
  ini = child (folder, key, ".ini");
  /* The copy first: a description alone is never listed. */
  g_file_delete (copy, NULL, NULL);
  g_file_delete (ini, NULL, NULL);
}

static int
newest_first (gconstpointer a,
              gconstpointer b)
{
  const AlignmentRecoveryEntry *ea = *(AlignmentRecoveryEntry * const *) a;
  const AlignmentRecoveryEntry *eb = *(AlignmentRecoveryEntry * const *) b;

  return g_date_time_compare (eb->written, ea->written);
}

static AlignmentRecoveryEntry *
read_entry (GFile      *folder,
            GFileInfo  *info,
            const char *key)
{
  AlignmentRecoveryEntry *entry = g_new0 (AlignmentRecoveryEntry, 1);
  g_autoptr(GKeyFile) description = g_key_file_new ();
  g_autoptr(GFile) ini = child (folder, key, ".ini");
  g_autofree char *ini_path = g_file_get_path (ini);
  g_autofree char *origin = NULL;
  g_autofree char *written = NULL;

  entry->key = g_strdup (key);
  entry->copy = child (folder, key, ".alignment");

  if (ini_path != NULL && g_key_file_load_from_file (description, ini_path, G_KEY_FILE_NONE, NULL))
    {
      origin = g_key_file_get_string (description, GROUP, "Origin", NULL);
      entry->title = g_key_file_get_string (description, GROUP, "Title", NULL);
      written = g_key_file_get_string (description, GROUP, "Written", NULL);
    }

  if (origin != NULL)
    entry->origin = g_file_new_for_uri (origin);
  if (written != NULL)
    entry->written = g_date_time_new_from_iso8601 (written, NULL);
  if (entry->written == NULL)
    entry->written = g_file_info_get_modification_date_time (info);
  if (entry->written == NULL)
    entry->written = g_date_time_new_now_utc ();

  return entry;
}

GPtrArray *
alignment_recovery_list (GFile *folder)
{
  g_autoptr(GFileEnumerator) children = NULL;
  GPtrArray *entries = g_ptr_array_new_with_free_func ((GDestroyNotify) alignment_recovery_entry_free);
  GFileInfo *info;

  g_return_val_if_fail (G_IS_FILE (folder), entries);

  children = g_file_enumerate_children (folder,
                                        G_FILE_ATTRIBUTE_STANDARD_NAME ","
                                        G_FILE_ATTRIBUTE_TIME_MODIFIED ","
                                        G_FILE_ATTRIBUTE_TIME_MODIFIED_USEC,
                                        G_FILE_QUERY_INFO_NONE, NULL, NULL);
  while (children != NULL && (info = g_file_enumerator_next_file (children, NULL, NULL)) != NULL)
    {
      const char *name = g_file_info_get_name (info);

      if (g_str_has_suffix (name, ".alignment") && name[0] != '.')
        {
          g_autofree char *key = g_strndup (name, strlen (name) - strlen (".alignment"));

          g_ptr_array_add (entries, read_entry (folder, info, key));
        }
      g_object_unref (info);
    }

  g_ptr_array_sort (entries, newest_first);
  return entries;
}
