/* test-save-faults.c: whatever fails during a save, the old file survives
 *
 * Each system call of a local save (making the temporary file, keeping
 * the mode, writing, syncing, closing, renaming) is made to fail in turn,
 * with the errors a full disk or a vanished disk gives.  After each the
 * save reports a clear error, the old file is byte for byte what it was,
 * no temporary file is left behind, and the case in memory still holds
 * the edits.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <errno.h>
#include <string.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "alignment-core.h"
#include "alignment-case-xml-private.h"

typedef enum
{
  FAIL_MKSTEMP,
  FAIL_FCHMOD,
  FAIL_WRITE_FIRST,
  FAIL_WRITE_LATER,  /* after a first chunk went out: a disk that fills up */
  FAIL_FSYNC,
  FAIL_CLOSE,
  FAIL_RENAME,
} Fault;

static const char * const fault_names[] = {
  "mkstemp", "fchmod", "write-first", "write-later", "fsync", "close", "rename",
};

static Fault fault;
static guint n_writes;

static int
fake_mkstemp (char *tmpl, int flags, int mode)
{
  if (fault == FAIL_MKSTEMP)
    {
      errno = ENOSPC;
      return -1;
    }
  return g_mkstemp_full (tmpl, flags, mode);
}

static int
fake_fchmod (int fd, mode_t mode)
{
  if (fault == FAIL_FCHMOD)
    {
      errno = EPERM;
      return -1;
    }
  return fchmod (fd, mode);
}

static gssize
fake_write (int fd, const void *data, gsize length)
{
  n_writes++;
  if (fault == FAIL_WRITE_FIRST || (fault == FAIL_WRITE_LATER && n_writes > 1))
    {
      errno = ENOSPC;
      return -1;
    }
  return write (fd, data, length);
}

static int
fake_fsync (int fd)
{
  if (fault == FAIL_FSYNC)
    {
      errno = EIO;
      return -1;
    }
  return fsync (fd);
}

static int
fake_close (int fd)
{
  int r = close (fd);

  if (fault == FAIL_CLOSE)
    {
      errno = EIO;
      return -1;
    }
  return r;
}

static int
fake_rename (const char *from, const char *to)
{
  if (fault == FAIL_RENAME)
    {
      errno = EXDEV;
      return -1;
    }
  return g_rename (from, to);
}

static const AlignmentSaveOps fake_ops = {
  .mkstemp = fake_mkstemp,
  .fchmod = fake_fchmod,
  .write = fake_write,
  .fsync = fake_fsync,
  .close = fake_close,
  .rename = fake_rename,
};

static guint
count_files (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  guint n = 0;

  while (d != NULL && g_dir_read_name (d) != NULL)
    n++;
  return n;
}

static void
test_fault (gconstpointer data)
{
  Fault which = GPOINTER_TO_INT (data);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("alignment-faults-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "case.alignment", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  /* Over a megabyte, so that the save writes in more than one piece. */
  g_autoptr(AlignmentCase) c = alignment_case_generate (3000, 0, 7);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gsize before_len, after_len;

  g_assert_no_error (error);
  g_assert_true (alignment_case_save (c, file, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &before, &before_len, NULL));
  g_assert_cmpuint (before_len, >, 1 << 20);
  g_chmod (path, 0640);

  /* An edit that the failed save must not lose. */
  alignment_case_set_title (c, "Edited after the last save");

  fault = which;
  n_writes = 0;
  alignment_xml_set_save_ops (&fake_ops);
  g_assert_false (alignment_case_save (c, file, NULL, &error));
  alignment_xml_set_save_ops (NULL);

  g_assert_error (error, ALIGNMENT_XML_ERROR, ALIGNMENT_XML_ERROR_WRITE);
  g_test_message ("%s: %s", fault_names[which], error->message);
  g_assert_nonnull (strstr (error->message, "case.alignment"));
  if (which == FAIL_WRITE_LATER)
    g_assert_cmpuint (n_writes, >, 1);

  g_assert_true (g_file_get_contents (path, &after, &after_len, NULL));
  g_assert_cmpmem (before, before_len, after, after_len);
  g_assert_cmpuint (count_files (dir), ==, 1);
  g_assert_cmpstr (alignment_case_get_title (c), ==, "Edited after the last save");

  /* and the next save, with the disk back, succeeds */
  g_clear_error (&error);
  g_assert_true (alignment_case_save (c, file, NULL, &error));
  g_assert_no_error (error);

  g_unlink (path);
  g_rmdir (dir);
}

/* The folder was removed (an unplugged disk, a deleted share): a clear
 * error, and nothing written anywhere else. */
static void
test_vanished_folder (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("alignment-faults-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "gone", "case.alignment", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(AlignmentCase) c = alignment_case_generate (10, 0, 1);

  g_assert_false (alignment_case_save (c, file, NULL, &error));
  g_assert_error (error, ALIGNMENT_XML_ERROR, ALIGNMENT_XML_ERROR_WRITE);
  g_assert_nonnull (strstr (error->message, "case.alignment"));
  g_assert_cmpuint (count_files (dir), ==, 0);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (fault_names); i++)
    {
      g_autofree char *name = g_strdup_printf ("/save-faults/%s", fault_names[i]);

      g_test_add_data_func (name, GINT_TO_POINTER (i), test_fault);
    }
  g_test_add_func ("/save-faults/vanished-folder", test_vanished_folder);

  return g_test_run ();
}
