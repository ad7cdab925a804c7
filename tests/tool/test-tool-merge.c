/* test-tool-merge.c: "alignment-tool merge" and "share" as users and git
 * run them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include <glib/gstdio.h>
#include <gio/gio.h>

typedef struct
{
  int   status;
  char *out;
  char *err;
} Result;

static void
result_clear (Result *result)
{
  g_clear_pointer (&result->out, g_free);
  g_clear_pointer (&result->err, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Result, result_clear)

/* Runs @argv (NULL-terminated) in @dir, with git's configuration kept
 * to the repository's own (no user's or system's file is read). */
static void
run_in (Result             *result,
        const char         *dir,
        const char * const *argv)
{
  g_autoptr(GSubprocessLauncher) launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE
                                                                       | G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *joined = g_strjoinv (" ", (char **) argv);

  g_subprocess_launcher_set_cwd (launcher, dir);
  g_subprocess_launcher_setenv (launcher, "HOME", dir, TRUE);
  g_subprocess_launcher_setenv (launcher, "GIT_CONFIG_NOSYSTEM", "1", TRUE);
  g_subprocess_launcher_setenv (launcher, "GIT_AUTHOR_NAME", "Account manager", TRUE);
  g_subprocess_launcher_setenv (launcher, "GIT_AUTHOR_EMAIL", "am@example.org", TRUE);
  g_subprocess_launcher_setenv (launcher, "GIT_COMMITTER_NAME", "Account manager", TRUE);
  g_subprocess_launcher_setenv (launcher, "GIT_COMMITTER_EMAIL", "am@example.org", TRUE);
  process = g_subprocess_launcher_spawnv (launcher, argv, &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (process, NULL, NULL, &result->out, &result->err, &error);
  g_assert_no_error (error);
  result->status = g_subprocess_get_if_exited (process) ? g_subprocess_get_exit_status (process) : -1;
  g_test_message ("%s → %d\nstdout:\n%s\nstderr:\n%s", joined, result->status, result->out, result->err);
}

#define RUN(result, dir, ...) run_in ((result), (dir), (const char * const[]) { __VA_ARGS__, NULL })

static const char *
tool (void)
{
  const char *path = g_getenv ("ALIGNMENT_TOOL");

  g_assert_nonnull (path);
  return path;
}

static char *
read_text (const char *dir,
           const char *name)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GError) error = NULL;
  char *text = NULL;

  g_file_get_contents (path, &text, NULL, &error);
  g_assert_no_error (error);
  return text;
}

/* Whether file @name of @dir holds @needle. */
static gboolean
file_contains (const char *dir,
               const char *name,
               const char *needle)
{
  g_autofree char *text = read_text (dir, name);

  return strstr (text, needle) != NULL;
}

static void
write_text (const char *dir,
            const char *name,
            const char *text)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, text, -1, &error);
  g_assert_no_error (error);
}

/* Replaces the first @from by @to in file @name, as an editor would
 * change one field. */
static void
edit (const char *dir,
      const char *name,
      const char *from,
      const char *to)
{
  g_autofree char *text = read_text (dir, name);
  const char *at = strstr (text, from);
  g_autofree char *changed = NULL;

  g_assert_nonnull (at);
  changed = g_strdup_printf ("%.*s%s%s", (int) (at - text), text, to, at + strlen (from));
  write_text (dir, name, changed);
}

static void
copy_example (const char *dir,
              const char *name)
{
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;

  g_file_get_contents (g_getenv ("ALIGNMENT_EXAMPLE"), &text, NULL, &error);
  g_assert_no_error (error);
  write_text (dir, name, text);
}

static char *
make_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("alignment-merge-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

static void
remove_dir (const char *dir)
{
  g_auto(Result) result = { 0, };

  RUN (&result, "/", "rm", "-rf", dir);
  g_assert_cmpint (result.status, ==, 0);
}

#define START_1A "start=\"2024-02-01\" end=\"2024-02-07\""

/* share, edits on both sides, merge: the exit statuses and the file. */
static void
test_share_and_merge (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *merged = NULL;
  g_autofree char *again = NULL;
  g_auto(Result) share = { 0, };
  g_auto(Result) clean = { 0, };
  g_auto(Result) twice = { 0, };
  g_auto(Result) conflict = { 0, };
  g_auto(Result) validate = { 0, };

  copy_example (dir, "customer.alignment");
  RUN (&share, dir, tool (), "share", "customer.alignment", "--for", "provider", "-o", "provider.alignment");
  g_assert_cmpint (share.status, ==, 0);
  g_assert_true (file_contains (dir, "provider.alignment", "owner=\"provider\""));
  g_assert_true (file_contains (dir, "provider.alignment", "copy-of=\""));

  /* one-sided edits: clean */
  edit (dir, "customer.alignment", "<goal>", "<goal>Customer: ");
  edit (dir, "provider.alignment", "<reaction>", "<reaction>Provider: ");
  RUN (&clean, dir, tool (), "merge", "customer.alignment", "provider.alignment", "-o", "merged.alignment");
  g_assert_cmpint (clean.status, ==, 0);
  merged = read_text (dir, "merged.alignment");
  g_assert_nonnull (strstr (merged, "<goal>Customer: "));
  g_assert_nonnull (strstr (merged, "<reaction>Provider: "));
  g_assert_null (strstr (merged, "<conflict"));
  g_assert_nonnull (strstr (clean.out, "From their copy:"));

  /* deterministic: the same merge writes the same bytes */
  RUN (&twice, dir, tool (), "merge", "customer.alignment", "provider.alignment", "-o", "again.alignment");
  again = read_text (dir, "again.alignment");
  g_assert_cmpstr (again, ==, merged);

  /* one date changed differently on both sides: written, with the conflict */
  edit (dir, "customer.alignment", START_1A, "start=\"2024-02-02\" end=\"2024-02-07\"");
  edit (dir, "provider.alignment", START_1A, "start=\"2024-02-03\" end=\"2024-02-07\"");
  RUN (&conflict, dir, tool (), "merge", "customer.alignment", "provider.alignment", "-o", "merged.alignment",
       "--report", "report.txt");
  g_assert_cmpint (conflict.status, ==, 1);
  g_clear_pointer (&merged, g_free);
  merged = read_text (dir, "merged.alignment");
  g_assert_nonnull (strstr (merged, "field=\"start-date\" ours=\"2024-02-02\""));
  g_assert_nonnull (strstr (merged, "theirs=\"2024-02-03\""));
  g_assert_true (file_contains (dir, "report.txt", "1a  start-date"));
  RUN (&validate, dir, tool (), "validate", "merged.alignment");
  g_assert_cmpint (validate.status, ==, 0);

  remove_dir (dir);
}

static void
test_usage (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *out = NULL;
  g_auto(Result) no_output = { 0, };
  g_auto(Result) one_file = { 0, };
  g_auto(Result) git_two = { 0, };
  g_auto(Result) unreadable = { 0, };
  g_auto(Result) bad_party = { 0, };

  copy_example (dir, "a.alignment");
  RUN (&no_output, dir, tool (), "merge", "a.alignment", "a.alignment");
  g_assert_cmpint (no_output.status, ==, 2);
  RUN (&one_file, dir, tool (), "merge", "a.alignment", "-o", "out.alignment");
  g_assert_cmpint (one_file.status, ==, 2);
  RUN (&git_two, dir, tool (), "merge", "--git", "a.alignment", "a.alignment");
  g_assert_cmpint (git_two.status, ==, 2);
  RUN (&bad_party, dir, tool (), "share", "a.alignment", "--for", "auditor", "-o", "b.alignment");
  g_assert_cmpint (bad_party.status, ==, 2);

  /* a file that cannot be read: nothing written */
  write_text (dir, "broken.alignment", "<case");
  RUN (&unreadable, dir, tool (), "merge", "a.alignment", "broken.alignment", "-o", "out.alignment");
  g_assert_cmpint (unreadable.status, ==, 3);
  out = g_build_filename (dir, "out.alignment", NULL);
  g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));

  remove_dir (dir);
}

static void
git (const char *dir,
     int         expected,
     const char *const *args)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_auto(Result) result = { 0, };

  g_ptr_array_add (argv, (gpointer) "git");
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);
  run_in (&result, dir, (const char * const *) argv->pdata);
  if (expected >= 0)
    g_assert_cmpint (result.status, ==, expected);
}

#define GIT(dir, expected, ...) git ((dir), (expected), (const char * const[]) { __VA_ARGS__, NULL })

/* A real repository: two branches, one per party, merged by git with
 * alignment-tool as the merge driver. */
static void
test_git_driver (void)
{
  g_autofree char *git_path = g_find_program_in_path ("git");
  g_autofree char *dir = NULL;
  g_autofree char *driver = NULL;
  g_autofree char *merged = NULL;

  if (git_path == NULL)
    {
      g_test_skip ("git is not installed: the merge driver was not tried");
      return;
    }

  dir = make_dir ();
  driver = g_strdup_printf ("'%s' merge --git %%O %%A %%B", tool ());
  GIT (dir, 0, "init", "-q", "-b", "main");
  GIT (dir, 0, "config", "merge.alignment.name", "Alignment case merge");
  GIT (dir, 0, "config", "merge.alignment.driver", driver);
  write_text (dir, ".gitattributes", "*.alignment merge=alignment\n");
  copy_example (dir, "case.alignment");
  GIT (dir, 0, "add", ".");
  GIT (dir, 0, "commit", "-q", "-m", "The case");

  /* Two fields of one signal, on one line of the file: a line-based
   * merge could not take both. */
  GIT (dir, 0, "checkout", "-q", "-b", "provider");
  edit (dir, "case.alignment", "understood=\"yes\" urgency=\"medium\"", "understood=\"yes\" urgency=\"high\"");
  edit (dir, "case.alignment", "<goal>", "<goal>Provider: ");
  /* a detail of the case, against git's ancestor, not kept as ours */
  edit (dir, "case.alignment", "<title>", "<title>Reviewed: ");
  GIT (dir, 0, "commit", "-q", "-am", "Provider's view");
  GIT (dir, 0, "checkout", "-q", "main");
  edit (dir, "case.alignment", "end=\"2024-02-07\"", "end=\"2024-02-08\"");
  GIT (dir, 0, "commit", "-q", "-am", "Customer's view");

  GIT (dir, 0, "merge", "-q", "--no-edit", "provider");
  merged = read_text (dir, "case.alignment");
  g_assert_nonnull (strstr (merged, "start=\"2024-02-01\" end=\"2024-02-08\" understood=\"yes\" urgency=\"high\""));
  g_assert_nonnull (strstr (merged, "<goal>Provider: "));
  g_assert_nonnull (strstr (merged, "<title>Reviewed: "));
  g_assert_null (strstr (merged, "<<<<<<<"));

  /* A conflicting date: git stops, the file holds the conflict, not
   * conflict markers. */
  GIT (dir, 0, "checkout", "-q", "provider");
  GIT (dir, 0, "merge", "-q", "--no-edit", "main");
  edit (dir, "case.alignment", "start=\"2024-02-01\" end=\"2024-02-08\"", "start=\"2024-02-03\" end=\"2024-02-08\"");
  GIT (dir, 0, "commit", "-q", "-am", "Provider's date");
  GIT (dir, 0, "checkout", "-q", "main");
  edit (dir, "case.alignment", "start=\"2024-02-01\" end=\"2024-02-08\"", "start=\"2024-02-02\" end=\"2024-02-08\"");
  GIT (dir, 0, "commit", "-q", "-am", "Customer's date");
  GIT (dir, 1, "merge", "-q", "--no-edit", "provider");
  g_clear_pointer (&merged, g_free);
  merged = read_text (dir, "case.alignment");
  g_assert_null (strstr (merged, "<<<<<<<"));
  g_assert_nonnull (strstr (merged, "field=\"start-date\" ours=\"2024-02-02\""));
  g_assert_nonnull (strstr (merged, "<goal>Provider: "));

  remove_dir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/tool-merge/share-and-merge", test_share_and_merge);
  g_test_add_func ("/tool-merge/usage", test_usage);
  g_test_add_func ("/tool-merge/git-driver", test_git_driver);

  return g_test_run ();
}
