/* test-hostile.c: hostile input through alignment-tool, end to end
 *
 * Every file of tests/data/hostile/ and a few large ones made here go
 * through the tool, which loads and imports with the app's own code.
 * Each must end in a clear error (exit 1, the file named) or a correct
 * result (exit 0), within a time limit and bounded memory: never a crash,
 * a hang or memory that grows with what an attacker asks for.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <signal.h>
#include <spawn.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <fcntl.h>
#include <glib.h>
#include <glib/gstdio.h>

extern char **environ;

/* A sanitizer build runs several times slower: its limit is wider. */
#define TIME_LIMIT_S (g_getenv ("ASAN_OPTIONS") != NULL ? 900 : 120)

typedef struct
{
  gboolean signaled;
  int      status;    /* exit status when not signaled */
  double   peak_mb;   /* the child's peak resident memory */
  char    *err;
} Outcome;

static void
outcome_clear (Outcome *o)
{
  g_clear_pointer (&o->err, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Outcome, outcome_clear)

static char *work_dir;

static char *
hostile (const char *name)
{
  return g_build_filename (g_getenv ("ALIGNMENT_TEST_DATA"), "hostile", name, NULL);
}

/* Runs the tool with @args, its stderr into a file, killing it past the
 * time limit, and measures its peak memory with wait4(). */
static void
run_bounded (Outcome            *o,
             const char * const *args)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autofree char *err_path = g_build_filename (work_dir, "stderr.txt", NULL);
  posix_spawn_file_actions_t actions;
  struct rusage usage;
  gint64 deadline = g_get_monotonic_time () + TIME_LIMIT_S * G_USEC_PER_SEC;
  pid_t pid;
  int wstatus = 0;

  g_ptr_array_add (argv, (gpointer) g_getenv ("ALIGNMENT_TOOL"));
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);

  posix_spawn_file_actions_init (&actions);
  posix_spawn_file_actions_addopen (&actions, 1, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_addopen (&actions, 2, err_path, O_WRONLY | O_CREAT | O_TRUNC, 0600);
  g_assert_cmpint (posix_spawn (&pid, argv->pdata[0], &actions, NULL, (char **) argv->pdata, environ), ==, 0);
  posix_spawn_file_actions_destroy (&actions);

  for (;;)
    {
      pid_t r = wait4 (pid, &wstatus, WNOHANG, &usage);

      if (r == pid)
        break;
      g_assert_cmpint (r, ==, 0);
      if (g_get_monotonic_time () > deadline)
        {
          kill (pid, SIGKILL);
          waitpid (pid, NULL, 0);
          g_error ("alignment-tool %s did not finish within %d s: it hangs", args[0], TIME_LIMIT_S);
        }
      g_usleep (20000);
    }

  o->signaled = WIFSIGNALED (wstatus);
  o->status = WIFEXITED (wstatus) ? WEXITSTATUS (wstatus) : -1;
  o->peak_mb = usage.ru_maxrss / 1024.0;
  g_file_get_contents (err_path, &o->err, NULL, NULL);
  g_test_message ("alignment-tool %s %s → %s %d, peak %.0f MB\n%s",
                  args[0], args[1] != NULL ? args[1] : "",
                  o->signaled ? "signal" : "exit",
                  o->signaled ? WTERMSIG (wstatus) : o->status, o->peak_mb, o->err);
  g_unlink (err_path);
}

/* Sanitizer and valgrind builds take more memory for the same work. */
static double
memory_bound_mb (double mb)
{
  return g_getenv ("ASAN_OPTIONS") != NULL ? mb * 4 + 512 : mb;
}

static void
assert_refused (Outcome    *o,
                const char *path,
                const char *needle)
{
  g_autofree char *base = g_path_get_basename (path);

  g_assert_false (o->signaled);
  g_assert_cmpint (o->status, ==, 1);
  g_assert_nonnull (strstr (o->err, base));
  if (needle != NULL)
    g_assert_nonnull (strstr (o->err, needle));
}

typedef struct
{
  const char *name;
  int         status;  /* 0 loads or imports, 1 refused */
  const char *needle;  /* in the message */
} Expected;

static const Expected expected_files[] = {
  { "xxe.alignment", 1, "document type" },
  { "billion-laughs.alignment", 1, "document type" },
  { "invalid-utf8.alignment", 1, "not UTF-8" },
  { "nul-byte.alignment", 1, "not UTF-8" },
  { "date-zero.alignment", 1, "0000-00-00" },
  { "date-last.alignment", 0, NULL },
  { "long-id.alignment", 0, NULL },
  { "invalid-bytes.csv", 0, "Windows-1252" },
  { "nul-byte.csv", 1, "binary" },
  { "extreme-dates.tsv", 0, "“0000-00-00”: not a date" },
};

static void
test_file (gconstpointer data)
{
  const Expected *e = data;
  g_autofree char *path = hostile (e->name);
  g_autofree char *out = g_build_filename (work_dir, "out.alignment", NULL);
  g_auto(Outcome) o = { 0 };

  g_unlink (out);
  if (g_str_has_suffix (e->name, ".alignment"))
    run_bounded (&o, (const char *[]) { "validate", path, NULL });
  else
    run_bounded (&o, (const char *[]) { "import", path, "-o", out, NULL });

  g_assert_false (o.signaled);
  g_assert_cmpint (o.status, ==, e->status);
  g_assert_cmpfloat (o.peak_mb, <, memory_bound_mb (100));
  if (e->status == 1)
    assert_refused (&o, path, e->needle);
  else if (e->needle != NULL)
    g_assert_nonnull (strstr (o.err, e->needle));

  /* what imports, loads */
  if (e->status == 0 && !g_str_has_suffix (e->name, ".alignment"))
    {
      g_auto(Outcome) check = { 0 };

      run_bounded (&check, (const char *[]) { "validate", out, NULL });
      g_assert_cmpint (check.status, ==, 0);
    }
  g_unlink (out);
}

static char *
write_work_file (const char *name,
                 GString    *contents)
{
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (work_dir, name, NULL);

  g_file_set_contents (path, contents->str, (gssize) contents->len, &error);
  g_assert_no_error (error);
  return path;
}

#define HEAD "<?xml version=\"1.0\"?>\n"
#define ROOT "<case xmlns=\"https://example.org/ns/alignment\" version=\"1.0\">"

/* A 100 KB entity referenced 10 000 times: a gigabyte if expanded. */
static void
test_quadratic_blowup (void)
{
  g_autoptr(GString) doc = g_string_new (HEAD "<!DOCTYPE case [<!ENTITY a \"");
  g_autofree char *path = NULL;
  g_auto(Outcome) o = { 0 };

  for (guint i = 0; i < 100000; i++)
    g_string_append_c (doc, 'a');
  g_string_append (doc, "\">]>\n" ROOT "<title>");
  for (guint i = 0; i < 10000; i++)
    g_string_append (doc, "&a;");
  g_string_append (doc, "</title></case>\n");
  path = write_work_file ("quadratic.alignment", doc);

  run_bounded (&o, (const char *[]) { "validate", path, NULL });
  assert_refused (&o, path, "document type");
  g_assert_cmpfloat (o.peak_mb, <, memory_bound_mb (100));
  g_unlink (path);
}

/* Foreign elements nested 10 000 deep inside a signal. */
static void
test_deep_nesting (void)
{
  g_autoptr(GString) doc = g_string_new (HEAD ROOT "<title>T</title><signals><signal id=\"1a\">");
  g_autofree char *path = NULL;
  g_auto(Outcome) o = { 0 };

  for (guint i = 0; i < 10000; i++)
    g_string_append (doc, "<x:n xmlns:x=\"urn:x\">");
  for (guint i = 0; i < 10000; i++)
    g_string_append (doc, "</x:n>");
  g_string_append (doc, "</signal></signals></case>\n");
  path = write_work_file ("deep.alignment", doc);

  run_bounded (&o, (const char *[]) { "validate", path, NULL });
  /* libxml2 stops at its depth limit with an error; either answer is
   * fine, as long as it is an answer */
  g_assert_false (o.signaled);
  g_assert_true (o.status == 0 || o.status == 1);
  g_assert_cmpfloat (o.peak_mb, <, memory_bound_mb (200));
  g_unlink (path);
}

/* One line of 100 MB as a sheet: read, in memory a few times its size. */
static void
test_huge_line (void)
{
  g_autoptr(GString) sheet = g_string_new ("Signal id;Signal type;Trigger/reason\n1a;Request sent;");
  g_autofree char *path = NULL;
  g_autofree char *out = g_build_filename (work_dir, "huge.alignment", NULL);
  g_auto(Outcome) o = { 0 };

  g_string_set_size (sheet, sheet->len + 100 * 1024 * 1024);
  memset (sheet->str + sheet->len - 100 * 1024 * 1024, 'x', 100 * 1024 * 1024);
  g_string_append_c (sheet, '\n');
  path = write_work_file ("huge.csv", sheet);
  g_string_free (g_steal_pointer (&sheet), TRUE);

  run_bounded (&o, (const char *[]) { "import", path, "-o", out, NULL });
  g_assert_false (o.signaled);
  g_assert_cmpint (o.status, ==, 0);
  g_assert_cmpfloat (o.peak_mb, <, memory_bound_mb (700));
  g_unlink (path);
  g_unlink (out);
}

/* A million signals in one thread: loads, and the thread analysis of the
 * tool's stats runs over it. */
static void
test_million_in_one_thread (void)
{
  g_autoptr(GString) doc = g_string_new (HEAD ROOT "\n  <title>One long thread</title>\n  <signals>\n");
  g_autofree char *path = NULL;
  g_auto(Outcome) o = { 0 };

  for (guint i = 0; i < 1000000; i++)
    {
      char letters[8];
      guint n = i + 1;
      int k = sizeof letters - 1;

      letters[k] = '\0';
      while (n > 0)
        {
          n--;
          letters[--k] = (char) ('a' + n % 26);
          n /= 26;
        }
      g_string_append_printf (doc, "    <signal id=\"1%s\" type=\"request-sent\" sender=\"customer\" start=\"2024-%02u-%02u\"/>\n",
                              letters + k, 1 + i % 12, 1 + i % 28);
    }
  g_string_append (doc, "  </signals>\n</case>\n");
  path = write_work_file ("million.alignment", doc);
  g_string_free (g_steal_pointer (&doc), TRUE);

  run_bounded (&o, (const char *[]) { "stats", path, NULL });
  g_assert_false (o.signaled);
  g_assert_cmpint (o.status, ==, 0);
  g_assert_cmpfloat (o.peak_mb, <, memory_bound_mb (800));
  g_unlink (path);
}

static void
test_zip_bomb (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("ALIGNMENT_TEST_DATA"), "zip-bomb.xlsx", NULL);
  g_autofree char *out = g_build_filename (work_dir, "bomb.alignment", NULL);
  g_auto(Outcome) o = { 0 };

  run_bounded (&o, (const char *[]) { "import", path, "-o", out, NULL });
  assert_refused (&o, path, "it is not read");
  /* stopped at the part limit, not after inflating all of it */
  g_assert_cmpfloat (o.peak_mb, <, memory_bound_mb (700));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);
  work_dir = g_dir_make_tmp ("alignment-hostile-XXXXXX", &error);
  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (expected_files); i++)
    {
      g_autofree char *name = g_strdup_printf ("/hostile/%s", expected_files[i].name);

      g_test_add_data_func (name, &expected_files[i], test_file);
    }
  g_test_add_func ("/hostile/quadratic-blowup", test_quadratic_blowup);
  g_test_add_func ("/hostile/deep-nesting", test_deep_nesting);
  g_test_add_func ("/hostile/huge-line", test_huge_line);
  g_test_add_func ("/hostile/million-in-one-thread", test_million_in_one_thread);
  g_test_add_func ("/hostile/zip-bomb", test_zip_bomb);

  status = g_test_run ();
  g_rmdir (work_dir);
  g_free (work_dir);
  return status;
}
