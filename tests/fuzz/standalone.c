/* standalone.c: a harness run over files, as a test
 *
 * Runs LLVMFuzzerTestOneInput() on every file of the directories and
 * files it is given, and speaks TAP: one test per input.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib.h>

#include "fuzz.h"

static void
run_file (gconstpointer data)
{
  const char *path = data;
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  gsize length;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  LLVMFuzzerTestOneInput ((const uint8_t *) contents, length);
}

static int
compare_paths (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(char * const *) a, *(char * const *) b);
}

static void
add_path (const char *path)
{
  if (g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
      g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
      const char *name;

      while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
        g_ptr_array_add (names, g_build_filename (path, name, NULL));
      /* In a stable order, so that test numbers mean the same input. */
      g_ptr_array_sort (names, compare_paths);
      for (guint i = 0; i < names->len; i++)
        add_path (g_ptr_array_index (names, i));
    }
  else
    {
      g_autofree char *dirname = g_path_get_dirname (path);
      g_autofree char *folder = g_path_get_basename (dirname);
      g_autofree char *basename = g_path_get_basename (path);
      g_autofree char *test_path = g_strdup_printf ("/fuzz/%s/%s", folder, basename);

      g_test_add_data_func_full (test_path, g_strdup (path), run_file, g_free);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  for (int i = 1; i < argc; i++)
    add_path (argv[i]);

  return g_test_run ();
}
