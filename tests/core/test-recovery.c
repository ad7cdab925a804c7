/* test-recovery.c: recovery copies, and noticing files changed on disk
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include <glib/gstdio.h>

#include "alignment-core.h"
#include "alignment-file-stamp.h"
#include "alignment-recovery.h"

static GFile *
temp_folder (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_dir_make_tmp ("alignment-recovery-XXXXXX", &error);

  g_assert_no_error (error);
  return g_file_new_for_path (path);
}

static void
remove_folder (GFile *folder)
{
  g_autoptr(GFileEnumerator) children = g_file_enumerate_children (folder, G_FILE_ATTRIBUTE_STANDARD_NAME,
                                                                   G_FILE_QUERY_INFO_NONE, NULL, NULL);
  GFile *child;

  while (children != NULL && g_file_enumerator_iterate (children, NULL, &child, NULL, NULL) && child != NULL)
    g_file_delete (child, NULL, NULL);
  g_file_delete (folder, NULL, NULL);
}

static void
test_save_list_restore_discard (void)
{
  g_autoptr(GFile) parent = temp_folder ();
  /* made on the first save */
  g_autoptr(GFile) folder = g_file_get_child (parent, "recovery");
  g_autoptr(GFile) origin = g_file_new_for_path ("/home/someone/cases/safe.alignment");
  g_autoptr(AlignmentCase) edited = alignment_case_generate (40, 5, 3);
  g_autoptr(AlignmentCase) fresh = alignment_case_new ();
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *key1 = alignment_recovery_new_key ();
  g_autofree char *key2 = alignment_recovery_new_key ();
  AlignmentRecoveryEntry *entry;

  g_assert_cmpstr (key1, !=, key2);
  alignment_case_set_title (edited, "Edited, not saved");
  alignment_case_set_title (fresh, "New case");

  g_assert_true (alignment_recovery_save (folder, key1, edited, origin, &error));
  g_assert_no_error (error);
  g_usleep (2000);
  g_assert_true (alignment_recovery_save (folder, key2, fresh, NULL, &error));
  g_assert_no_error (error);

  /* a later copy of the same case replaces the first */
  alignment_case_set_context (edited, "More edits");
  g_assert_true (alignment_recovery_save (folder, key1, edited, origin, &error));

  entries = alignment_recovery_list (folder);
  g_assert_cmpuint (entries->len, ==, 2);
  /* newest first */
  entry = g_ptr_array_index (entries, 0);
  g_assert_cmpstr (entry->key, ==, key1);
  g_assert_cmpstr (entry->title, ==, "Edited, not saved");
  g_assert_true (g_file_equal (entry->origin, origin));
  g_assert_nonnull (entry->written);
  {
    g_autoptr(AlignmentCase) restored = alignment_case_load (entry->copy, NULL, &error);

    g_assert_no_error (error);
    g_assert_true (alignment_case_equal (restored, edited));
  }
  entry = g_ptr_array_index (entries, 1);
  g_assert_cmpstr (entry->key, ==, key2);
  g_assert_null (entry->origin);

  alignment_recovery_discard (folder, key1);
  g_clear_pointer (&entries, g_ptr_array_unref);
  entries = alignment_recovery_list (folder);
  g_assert_cmpuint (entries->len, ==, 1);
  g_assert_cmpstr (((AlignmentRecoveryEntry *) g_ptr_array_index (entries, 0))->key, ==, key2);

  alignment_recovery_discard (folder, key2);
  remove_folder (folder);
  remove_folder (parent);
}

/* A copy whose description was lost is still offered: nothing hidden. */
static void
test_copy_without_description (void)
{
  g_autoptr(GFile) folder = temp_folder ();
  g_autoptr(AlignmentCase) c = alignment_case_generate (5, 1, 1);
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GFile) ini = NULL;
  g_autofree char *key = alignment_recovery_new_key ();
  g_autofree char *ini_name = g_strconcat (key, ".ini", NULL);
  g_autoptr(GError) error = NULL;
  AlignmentRecoveryEntry *entry;

  g_assert_true (alignment_recovery_save (folder, key, c, NULL, &error));
  ini = g_file_get_child (folder, ini_name);
  g_assert_true (g_file_delete (ini, NULL, NULL));

  entries = alignment_recovery_list (folder);
  g_assert_cmpuint (entries->len, ==, 1);
  entry = g_ptr_array_index (entries, 0);
  g_assert_cmpstr (entry->key, ==, key);
  g_assert_null (entry->origin);
  g_assert_nonnull (entry->written);

  alignment_recovery_discard (folder, key);
  remove_folder (folder);
}

static void
test_missing_folder_lists_nothing (void)
{
  g_autoptr(GFile) folder = g_file_new_for_path ("/nonexistent/alignment/recovery");
  g_autoptr(GPtrArray) entries = alignment_recovery_list (folder);

  g_assert_cmpuint (entries->len, ==, 0);
}

static void
test_file_stamp (void)
{
  g_autoptr(GFile) folder = temp_folder ();
  g_autoptr(GFile) file = g_file_get_child (folder, "case.alignment");
  g_autofree char *path = g_file_get_path (file);
  g_autoptr(AlignmentFileStamp) stamp = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length;

  g_file_set_contents (path, "first version\n", -1, &error);
  g_assert_no_error (error);
  stamp = alignment_file_stamp_new (file, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (alignment_file_stamp_matches (stamp, file, NULL));

  /* touched, same content: not a change worth asking about */
  g_file_get_contents (path, &contents, &length, NULL);
  g_usleep (20000);
  g_file_set_contents (path, contents, (gssize) length, &error);
  g_assert_true (alignment_file_stamp_matches (stamp, file, NULL));

  /* same size, other content */
  g_file_set_contents (path, "other version\n", -1, &error);
  g_assert_false (alignment_file_stamp_matches (stamp, file, NULL));

  /* gone */
  g_unlink (path);
  g_assert_false (alignment_file_stamp_matches (stamp, file, NULL));

  g_clear_pointer (&stamp, alignment_file_stamp_free);
  stamp = alignment_file_stamp_new (file, NULL, &error);
  g_assert_null (stamp);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);

  remove_folder (folder);
}

static void
count_cb (gpointer  instance,
          guint    *count)
{
  (*count)++;
}

/* A document saves over its own file only while the file is what it
 * loaded or last saved; otherwise the save fails, the file intact. */
static void
test_document_save_checks_stamp (void)
{
  g_autoptr(GFile) folder = temp_folder ();
  g_autoptr(GFile) file = g_file_get_child (folder, "case.alignment");
  g_autoptr(AlignmentCase) kase = alignment_case_generate (10, 2, 7);
  g_autoptr(AlignmentCase) theirs = alignment_case_generate (4, 1, 8);
  g_autoptr(AlignmentDocument) document = NULL;
  g_autoptr(AlignmentDocument) restored = NULL;
  g_autoptr(GBytes) their_bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *after = NULL;
  gsize length;
  guint changes = 0;

  g_assert_true (alignment_case_save (kase, file, NULL, &error));
  g_assert_no_error (error);
  document = alignment_document_new (kase, file);
  alignment_document_set_stamp (document, alignment_file_stamp_new (file, NULL, &error));
  g_assert_no_error (error);
  g_assert_nonnull (alignment_document_get_stamp (document));

  /* Every change tells the history's "changed", typing too. */
  g_signal_connect (alignment_document_get_history (document), "changed", G_CALLBACK (count_cb), &changes);
  alignment_case_set_title (kase, "Ours");
  alignment_case_set_title (kase, "Ours, edited");
  g_assert_cmpuint (changes, ==, 2);

  /* Nobody else wrote it: saved, and stamped again. */
  g_assert_true (alignment_document_save (document, NULL, &error));
  g_assert_no_error (error);
  g_assert_false (alignment_document_get_modified (document));

  /* Another program writes it: the save refuses. */
  alignment_case_set_title (theirs, "Theirs");
  their_bytes = alignment_case_to_bytes (theirs);
  g_usleep (10000);
  g_assert_true (g_file_replace_contents (file, g_bytes_get_data (their_bytes, NULL), g_bytes_get_size (their_bytes),
                                          NULL, FALSE, G_FILE_CREATE_NONE, NULL, NULL, &error));
  g_assert_no_error (error);
  alignment_case_set_title (kase, "Ours again");
  g_assert_false (alignment_document_save (document, NULL, &error));
  g_assert_error (error, ALIGNMENT_DOCUMENT_ERROR, ALIGNMENT_DOCUMENT_ERROR_CHANGED_ON_DISK);
  g_clear_error (&error);
  g_assert_true (g_file_load_contents (file, NULL, &after, &length, NULL, NULL));
  g_assert_cmpmem (after, length, g_bytes_get_data (their_bytes, NULL), g_bytes_get_size (their_bytes));
  g_assert_true (alignment_document_get_modified (document));

  /* Overwrite, chosen: no stamp, no check; then stamped again. */
  alignment_document_set_stamp (document, NULL);
  g_assert_true (alignment_document_save (document, NULL, &error));
  g_assert_no_error (error);
  g_assert_nonnull (alignment_document_get_stamp (document));

  /* Unsaved whatever the history says, until saved. */
  alignment_document_mark_unsaved (document);
  g_assert_true (alignment_document_get_modified (document));
  g_assert_true (alignment_document_save (document, NULL, &error));
  g_assert_false (alignment_document_get_modified (document));

  /* A restored case: unsaved, and its first save over the file asks... */
  restored = alignment_document_new_restored (theirs, file);
  g_assert_true (alignment_document_get_modified (restored));
  g_assert_false (alignment_document_save (restored, NULL, &error));
  g_assert_error (error, ALIGNMENT_DOCUMENT_ERROR, ALIGNMENT_DOCUMENT_ERROR_CHANGED_ON_DISK);
  g_clear_error (&error);
  /* ...unless the file is gone: then there is nothing to overwrite. */
  g_assert_true (g_file_delete (file, NULL, NULL));
  g_assert_true (alignment_document_save (restored, NULL, &error));
  g_assert_no_error (error);
  g_assert_false (alignment_document_get_modified (restored));

  remove_folder (folder);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/recovery/save-list-restore-discard", test_save_list_restore_discard);
  g_test_add_func ("/recovery/copy-without-description", test_copy_without_description);
  g_test_add_func ("/recovery/missing-folder", test_missing_folder_lists_nothing);
  g_test_add_func ("/file-stamp/changes", test_file_stamp);
  g_test_add_func ("/document/save-checks-stamp", test_document_save_checks_stamp);

  return g_test_run ();
}
