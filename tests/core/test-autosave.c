/* test-autosave.c: a document's recovery copies, written and removed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>

#include "alignment-core.h"
#include "alignment-autosave.h"
#include "alignment-recovery.h"
#include "test-main-loop.h"

/* A folder of its own for each test, left empty and removed at the end. */
static GFile *
temp_folder (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_dir_make_tmp ("alignment-autosave-XXXXXX", &error);

  g_assert_no_error (error);
  return g_file_new_for_path (path);
}

static guint
n_copies (GFile *folder)
{
  g_autoptr(GPtrArray) entries = alignment_recovery_list (folder);

  return entries->len;
}

/* The copy of @key, with @title: NULL until it is written. */
static AlignmentRecoveryEntry *
find_copy (GFile      *folder,
           const char *key,
           const char *title)
{
  g_autoptr(GPtrArray) entries = alignment_recovery_list (folder);

  for (guint i = 0; i < entries->len; i++)
    {
      AlignmentRecoveryEntry *entry = g_ptr_array_index (entries, i);

      if (g_str_equal (entry->key, key) && g_strcmp0 (entry->title, title) == 0)
        return g_ptr_array_steal_index (entries, i);
    }

  return NULL;
}

typedef struct
{
  GFile *folder;
  guint  n;
} CopiesQuery;

static gboolean
has_copies (gpointer data)
{
  CopiesQuery *query = data;

  return n_copies (query->folder) == query->n;
}

/* Turns the main loop until @folder holds @n copies. */
static void
spin_until_copies (GFile *folder,
                   guint  n)
{
  CopiesQuery query = { folder, n };

  test_spin_until (has_copies, &query, "the recovery copies");
}

/* Unsaved changes get a copy; a save, an undo to the saved state and a
 * discard remove it. */
static void
test_write_and_discard (void)
{
  g_autoptr(GFile) parent = temp_folder ();
  g_autoptr(GFile) folder = g_file_get_child (parent, "recovery");
  g_autoptr(GFile) file = g_file_get_child (parent, "case.alignment");
  g_autoptr(AlignmentCase) kase = alignment_case_generate (20, 3, 5);
  g_autoptr(AlignmentDocument) document = NULL;
  g_autoptr(AlignmentAutosave) autosave = NULL;
  g_autoptr(AlignmentRecoveryEntry) entry = NULL;
  g_autoptr(GError) error = NULL;
  const char *key;

  g_assert_true (alignment_case_save (kase, file, NULL, &error));
  g_assert_no_error (error);
  document = alignment_document_new (kase, file);
  autosave = alignment_autosave_new (document, folder, NULL);
  alignment_document_set_autosave (document, autosave);
  g_assert_true (alignment_document_get_autosave (document) == autosave);
  key = alignment_autosave_get_key (autosave);
  g_assert_nonnull (key);

  /* Nothing unsaved, nothing written. */
  test_spin_for (100);
  g_assert_cmpuint (n_copies (folder), ==, 0);

  /* A change: a copy, of the case as changed, naming its file. */
  alignment_case_set_title (kase, "Edited");
  spin_until_copies (folder, 1);
  entry = find_copy (folder, key, "Edited");
  g_assert_nonnull (entry);
  g_assert_true (g_file_equal (entry->origin, file));
  g_clear_pointer (&entry, alignment_recovery_entry_free);

  /* The next change replaces it. */
  alignment_case_set_title (kase, "Edited again");
  while ((entry = find_copy (folder, key, "Edited again")) == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (n_copies (folder), ==, 1);
  g_clear_pointer (&entry, alignment_recovery_entry_free);

  /* Saved: gone. */
  g_assert_true (alignment_document_save (document, NULL, &error));
  g_assert_no_error (error);
  spin_until_copies (folder, 0);

  /* Changed, then undone back to the saved state: gone. */
  alignment_case_set_title (kase, "Undone");
  spin_until_copies (folder, 1);
  g_assert_true (alignment_history_undo (alignment_document_get_history (document)));
  spin_until_copies (folder, 0);

  /* Let go: gone, and the next change writes it again. */
  alignment_case_set_title (kase, "Let go");
  spin_until_copies (folder, 1);
  alignment_autosave_discard (autosave);
  g_assert_cmpuint (n_copies (folder), ==, 0);
  alignment_case_set_title (kase, "Kept after all");
  spin_until_copies (folder, 1);

  alignment_autosave_discard (autosave);
  spin_until_copies (folder, 0);
  g_assert_true (g_file_delete (file, NULL, NULL));
  g_assert_true (g_file_delete (folder, NULL, NULL));
  g_assert_true (g_file_delete (parent, NULL, NULL));
}

/* A restored case keeps the copy's key and is written at once: it is
 * unsaved from the start. */
static void
test_restored_keeps_key (void)
{
  g_autoptr(GFile) folder = temp_folder ();
  g_autoptr(AlignmentCase) kase = alignment_case_generate (5, 1, 9);
  g_autoptr(AlignmentDocument) document = NULL;
  g_autoptr(AlignmentAutosave) autosave = NULL;
  g_autoptr(AlignmentRecoveryEntry) entry = NULL;

  alignment_case_set_title (kase, "Restored");
  document = alignment_document_new_restored (kase, NULL);
  autosave = alignment_autosave_new (document, folder, "the-old-key");
  alignment_document_set_autosave (document, autosave);
  g_assert_cmpstr (alignment_autosave_get_key (autosave), ==, "the-old-key");

  spin_until_copies (folder, 1);
  entry = find_copy (folder, "the-old-key", "Restored");
  g_assert_nonnull (entry);
  g_assert_null (entry->origin);

  alignment_autosave_discard (autosave);
  g_assert_true (g_file_delete (folder, NULL, NULL));
}

static void
failed_cb (AlignmentAutosave *autosave,
           const GError      *error,
           guint             *count)
{
  g_assert_nonnull (error);
  (*count)++;
}

/* A copy that cannot be written is said once, however often it fails. */
static void
test_failure_said_once (void)
{
  g_autoptr(GFile) parent = temp_folder ();
  g_autoptr(GFile) folder = g_file_get_child (parent, "recovery");
  g_autofree char *path = g_file_get_path (folder);
  g_autoptr(AlignmentCase) kase = alignment_case_generate (5, 1, 3);
  g_autoptr(AlignmentDocument) document = alignment_document_new (kase, NULL);
  g_autoptr(AlignmentAutosave) autosave = NULL;
  guint failures = 0;

  /* A file where the folder should be. */
  g_assert_true (g_file_set_contents (path, "not a folder", -1, NULL));
  autosave = alignment_autosave_new (document, folder, NULL);
  alignment_document_set_autosave (document, autosave);
  g_signal_connect (autosave, "failed", G_CALLBACK (failed_cb), &failures);

  alignment_case_set_title (kase, "First");
  while (failures == 0)
    g_main_context_iteration (NULL, TRUE);
  alignment_case_set_title (kase, "Second");
  test_spin_for (300);
  g_assert_cmpuint (failures, ==, 1);
  g_assert_true (alignment_document_get_modified (document));

  g_unlink (path);
  g_assert_true (g_file_delete (parent, NULL, NULL));
}

/* The document owns its autosave: when it goes, so do the timers. */
static void
test_goes_with_document (void)
{
  g_autoptr(GFile) folder = temp_folder ();
  g_autoptr(AlignmentCase) kase = alignment_case_generate (5, 1, 4);
  AlignmentDocument *document = alignment_document_new (kase, NULL);
  AlignmentAutosave *autosave = alignment_autosave_new (document, folder, NULL);
  AlignmentAutosave *alive = autosave;

  alignment_document_set_autosave (document, autosave);
  g_object_unref (autosave);
  g_object_add_weak_pointer (G_OBJECT (autosave), (gpointer *) &alive);
  g_assert_nonnull (alive);

  alignment_case_set_title (kase, "Changed, then closed");
  g_object_unref (document);
  g_assert_null (alive);
  test_spin_for (300);
  g_assert_cmpuint (n_copies (folder), ==, 0);

  g_assert_true (g_file_delete (folder, NULL, NULL));
}

int
main (int   argc,
      char *argv[])
{
  /* Copies after 50 ms of quiet, not five seconds. */
  g_setenv ("ALIGNMENT_RECOVERY_DELAY_MS", "50", TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/autosave/write-and-discard", test_write_and_discard);
  g_test_add_func ("/autosave/restored-keeps-key", test_restored_keeps_key);
  g_test_add_func ("/autosave/failure-said-once", test_failure_said_once);
  g_test_add_func ("/autosave/goes-with-document", test_goes_with_document);

  return g_test_run ();
}
