/* test-document.c: loading a case in a thread, and following its progress
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>

#include "alignment-core.h"

typedef struct
{
  GThread           *main_thread;
  GArray            *reads;
  goffset            size;
  GCancellable      *cancel_after_first;
  gboolean           done;
  gboolean           called_after_done;
  AlignmentDocument *document;
  GError            *error;
} Load;

/* A case of a few megabytes, so that it takes many reads. */
static GFile *
write_big_case (AlignmentCase **out_case,
                goffset        *out_size)
{
  g_autoptr(AlignmentCase) kase = alignment_case_generate (3000, 0, 7);
  g_autoptr(GError) error = NULL;
  g_autoptr(GFileInfo) info = NULL;
  g_autofree char *path = NULL;
  GFile *file;
  int fd;

  fd = g_file_open_tmp ("progress-XXXXXX.alignment", &path, &error);
  g_assert_no_error (error);
  g_close (fd, NULL);
  file = g_file_new_for_path (path);
  alignment_case_save (kase, file, NULL, &error);
  g_assert_no_error (error);

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE, G_FILE_QUERY_INFO_NONE, NULL, &error);
  g_assert_no_error (error);
  *out_size = g_file_info_get_size (info);
  g_assert_cmpint (*out_size, >, 1024 * 1024);
  *out_case = g_steal_pointer (&kase);

  return file;
}

static void
record_progress (goffset  read,
                 goffset  size,
                 gpointer data)
{
  Load *load = data;

  if (load->done)
    load->called_after_done = TRUE;
  g_array_append_val (load->reads, read);
  load->size = size;
}

static void
sync_progress_cb (goffset  read,
                  goffset  size,
                  gpointer data)
{
  record_progress (read, size, data);
}

/* Reported in the caller's thread, as the progress bar needs. */
static void
async_progress_cb (goffset  read,
                   goffset  size,
                   gpointer data)
{
  Load *load = data;

  g_assert_true (g_thread_self () == load->main_thread);
  record_progress (read, size, data);
  if (load->cancel_after_first != NULL)
    g_cancellable_cancel (load->cancel_after_first);
}

static void
loaded_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      data)
{
  Load *load = data;

  load->document = alignment_document_load_finish (result, &load->error);
  load->done = TRUE;
}

static void
assert_reads_grow (Load   *load,
                   goffset size)
{
  g_assert_cmpuint (load->reads->len, >=, 1);
  for (guint i = 1; i < load->reads->len; i++)
    g_assert_cmpint (g_array_index (load->reads, goffset, i - 1), <=, g_array_index (load->reads, goffset, i));
  g_assert_cmpint (load->size, ==, size);
}

static void
test_case_load_progress (void)
{
  g_autoptr(AlignmentCase) written = NULL;
  g_autoptr(AlignmentCase) loaded = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  Load load = { g_thread_self (), g_array_new (FALSE, FALSE, sizeof (goffset)) };
  goffset size;

  file = write_big_case (&written, &size);
  loaded = alignment_case_load_with_progress (file, sync_progress_cb, &load, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (alignment_case_equal (written, loaded));

  /* Every read is reported, up to the whole file. */
  g_assert_cmpuint (load.reads->len, >, 4);
  assert_reads_grow (&load, size);
  g_assert_cmpint (g_array_index (load.reads, goffset, load.reads->len - 1), ==, size);

  g_file_delete (file, NULL, NULL);
  g_array_unref (load.reads);
}

static void
test_document_load_progress (void)
{
  g_autoptr(AlignmentCase) written = NULL;
  g_autoptr(GFile) file = NULL;
  Load load = { g_thread_self (), g_array_new (FALSE, FALSE, sizeof (goffset)) };
  goffset size;

  file = write_big_case (&written, &size);
  alignment_document_load_async (file, NULL, async_progress_cb, &load, loaded_cb, &load);
  while (!load.done)
    g_main_context_iteration (NULL, TRUE);
  /* Whatever was still queued runs now, and must not report. */
  while (g_main_context_iteration (NULL, FALSE))
    ;

  g_assert_no_error (load.error);
  g_assert_true (alignment_case_equal (written, alignment_document_get_case (load.document)));
  g_assert_false (load.called_after_done);
  assert_reads_grow (&load, size);
  /* The bar ends full before the case shows. */
  g_assert_cmpint (g_array_index (load.reads, goffset, load.reads->len - 1), ==, size);

  g_file_delete (file, NULL, NULL);
  g_array_unref (load.reads);
  g_object_unref (load.document);
}

static void
test_document_load_cancelled (void)
{
  g_autoptr(AlignmentCase) written = NULL;
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GFile) file = NULL;
  Load load = { g_thread_self (), g_array_new (FALSE, FALSE, sizeof (goffset)) };
  goffset size;

  file = write_big_case (&written, &size);
  load.cancel_after_first = cancellable;
  alignment_document_load_async (file, cancellable, async_progress_cb, &load, loaded_cb, &load);
  while (!load.done)
    g_main_context_iteration (NULL, TRUE);
  while (g_main_context_iteration (NULL, FALSE))
    ;

  /* One report, then nothing: the window that asked has moved on. */
  g_assert_error (load.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_null (load.document);
  g_assert_cmpuint (load.reads->len, ==, 1);
  g_assert_cmpint (g_array_index (load.reads, goffset, 0), <, size);

  g_file_delete (file, NULL, NULL);
  g_array_unref (load.reads);
  g_clear_error (&load.error);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/document/case-load-progress", test_case_load_progress);
  g_test_add_func ("/document/load-progress", test_document_load_progress);
  g_test_add_func ("/document/load-cancelled", test_document_load_cancelled);

  return g_test_run ();
}
