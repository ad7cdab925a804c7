/* test-file-monitor.c: a document's file, changed behind our back
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>

#include "alignment-core.h"
#include "alignment-file-monitor.h"
#include "test-main-loop.h"

typedef struct
{
  guint              n_checked;
  AlignmentFileState state;
  guint              n_file;
} Seen;

static void
checked_cb (AlignmentFileMonitor *monitor,
            AlignmentFileState    state,
            Seen                 *seen)
{
  seen->n_checked++;
  seen->state = state;
}

static void
file_cb (AlignmentFileMonitor *monitor,
         GParamSpec           *pspec,
         Seen                 *seen)
{
  seen->n_file++;
}

typedef struct
{
  Seen  *seen;
  guint  n;
} SeenQuery;

static gboolean
checked_more (gpointer data)
{
  SeenQuery *query = data;

  return query->seen->n_checked > query->n;
}

/* Turns the main loop until the monitor said something more than @n
 * times. */
static void
spin_until_checked (Seen  *seen,
                    guint  n)
{
  SeenQuery query = { seen, n };

  test_spin_until (checked_more, &query, "the check of the file");
}

static void
write_other (GFile      *file,
             const char *title)
{
  g_autoptr(AlignmentCase) theirs = alignment_case_generate (4, 1, 8);
  g_autoptr(GError) error = NULL;

  alignment_case_set_title (theirs, title);
  g_assert_true (alignment_case_save (theirs, file, NULL, &error));
  g_assert_no_error (error);
}

static void
test_changed_deleted (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_dir_make_tmp ("alignment-file-monitor-XXXXXX", &error);
  g_autoptr(GFile) folder = g_file_new_for_path (path);
  g_autoptr(GFile) file = g_file_get_child (folder, "case.alignment");
  g_autoptr(GFile) other = g_file_get_child (folder, "other.alignment");
  g_autoptr(AlignmentCase) kase = alignment_case_generate (10, 2, 7);
  g_autoptr(AlignmentDocument) document = NULL;
  g_autoptr(AlignmentFileMonitor) monitor = alignment_file_monitor_new ();
  Seen seen = { 0, };
  guint n;

  g_assert_true (alignment_case_save (kase, file, NULL, &error));
  document = alignment_document_new (kase, file);
  alignment_document_set_stamp (document, alignment_file_stamp_new (file, NULL, &error));
  g_assert_no_error (error);

  g_signal_connect (monitor, "checked", G_CALLBACK (checked_cb), &seen);
  g_signal_connect (monitor, "notify::file", G_CALLBACK (file_cb), &seen);
  alignment_file_monitor_set_document (monitor, document);
  g_assert_true (alignment_file_monitor_get_document (monitor) == document);
  g_assert_true (alignment_file_monitor_get_file (monitor) == file);
  g_assert_cmpuint (seen.n_file, ==, 1);

  /* Watching starts with a look: nothing changed. */
  spin_until_checked (&seen, 0);
  g_assert_cmpint (seen.state, ==, ALIGNMENT_FILE_UNCHANGED);

  /* Another program writes it. */
  n = seen.n_checked;
  write_other (file, "Theirs");
  spin_until_checked (&seen, n);
  g_assert_cmpint (seen.state, ==, ALIGNMENT_FILE_CHANGED);

  /* Our own save, while paused: nothing said until it is done, and
   * then that the file is what we wrote. */
  alignment_file_monitor_set_paused (monitor, TRUE);
  alignment_document_set_stamp (document, NULL);
  alignment_case_set_title (kase, "Ours");
  g_assert_true (alignment_document_save (document, NULL, &error));
  g_assert_no_error (error);
  n = seen.n_checked;
  test_spin_for (600);
  g_assert_cmpuint (seen.n_checked, ==, n);
  alignment_file_monitor_set_paused (monitor, FALSE);
  spin_until_checked (&seen, n);
  g_assert_cmpint (seen.state, ==, ALIGNMENT_FILE_UNCHANGED);

  /* Deleted. */
  n = seen.n_checked;
  g_assert_true (g_file_delete (file, NULL, NULL));
  spin_until_checked (&seen, n);
  g_assert_cmpint (seen.state, ==, ALIGNMENT_FILE_DELETED);

  /* Saved under another name: that file is watched now. */
  g_assert_true (alignment_document_save (document, other, &error));
  g_assert_no_error (error);
  g_assert_true (alignment_file_monitor_get_file (monitor) == other);
  g_assert_cmpuint (seen.n_file, ==, 2);
  n = seen.n_checked;
  spin_until_checked (&seen, n);
  g_assert_cmpint (seen.state, ==, ALIGNMENT_FILE_UNCHANGED);
  n = seen.n_checked;
  write_other (other, "Theirs again");
  spin_until_checked (&seen, n);
  g_assert_cmpint (seen.state, ==, ALIGNMENT_FILE_CHANGED);

  /* Let go: nothing watched, nothing said. */
  alignment_file_monitor_set_document (monitor, NULL);
  g_assert_null (alignment_file_monitor_get_file (monitor));
  n = seen.n_checked;
  write_other (other, "Unwatched");
  test_spin_for (600);
  g_assert_cmpuint (seen.n_checked, ==, n);

  g_unlink (g_file_peek_path (other));
  g_rmdir (path);
}

/* A document that cannot say what its file held (restored from a
 * recovery copy) is not checked: its save asks anyway. */
static void
test_no_stamp (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_dir_make_tmp ("alignment-file-monitor-XXXXXX", &error);
  g_autoptr(GFile) folder = g_file_new_for_path (path);
  g_autoptr(GFile) file = g_file_get_child (folder, "case.alignment");
  g_autoptr(AlignmentCase) kase = alignment_case_generate (3, 1, 2);
  g_autoptr(AlignmentDocument) document = NULL;
  g_autoptr(AlignmentFileMonitor) monitor = alignment_file_monitor_new ();
  Seen seen = { 0, };

  g_assert_true (alignment_case_save (kase, file, NULL, &error));
  document = alignment_document_new_restored (kase, file);
  g_signal_connect (monitor, "checked", G_CALLBACK (checked_cb), &seen);
  alignment_file_monitor_set_document (monitor, document);
  write_other (file, "Theirs");
  test_spin_for (600);
  g_assert_cmpuint (seen.n_checked, ==, 0);

  g_clear_object (&monitor);
  g_unlink (g_file_peek_path (file));
  g_rmdir (path);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/file-monitor/changed-deleted", test_changed_deleted);
  g_test_add_func ("/file-monitor/no-stamp", test_no_stamp);

  return g_test_run ();
}
