/* test-tool.c: alignment-tool as scripts run it, a real subprocess
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <gio/gio.h>
#include <glib/gstdio.h>

#include "alignment-survey.h"

typedef struct
{
  int   status; /* exit status, or -1 when killed by a signal */
  char *out;
  char *err;
} Run;

static void
run_clear (Run *run)
{
  g_clear_pointer (&run->out, g_free);
  g_clear_pointer (&run->err, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, run_clear)

static const char *
tool_path (void)
{
  const char *path = g_getenv ("ALIGNMENT_TOOL");

  g_assert_nonnull (path);
  return path;
}

static const char *
example_path (void)
{
  const char *path = g_getenv ("ALIGNMENT_EXAMPLE");

  g_assert_nonnull (path);
  return path;
}

/* Runs alignment-tool with the NULL-terminated arguments, optionally
 * feeding @input, and collects what it printed. */
static void
run_toolv (Run        *run,
           const char *const *args)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;

  g_ptr_array_add (argv, (gpointer) tool_path ());
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);

  process = g_subprocess_newv ((const char * const *) argv->pdata,
                               G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_PIPE,
                               &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (process, NULL, NULL, &run->out, &run->err, &error);
  g_assert_no_error (error);

  run->status = g_subprocess_get_if_exited (process) ? g_subprocess_get_exit_status (process) : -1;
  g_test_message ("alignment-tool %s → %d\nstdout:\n%s\nstderr:\n%s",
                  args[0] != NULL ? args[0] : "", run->status, run->out, run->err);
}

#define run_tool(run, ...) run_toolv ((run), (const char * const[]) { __VA_ARGS__, NULL })

/* Each line's words joined by single spaces, so that a test checks
 * figures and words, not column widths. */
static char *
squeeze (const char *text)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  GString *out = g_string_new (NULL);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) words = g_strsplit (lines[i], " ", -1);
      gboolean first = TRUE;

      if (i > 0)
        g_string_append_c (out, '\n');
      for (guint j = 0; words[j] != NULL; j++)
        {
          if (*words[j] == '\0')
            continue;
          if (!first)
            g_string_append_c (out, ' ');
          g_string_append (out, words[j]);
          first = FALSE;
        }
    }

  return g_string_free (out, FALSE);
}

static char *
make_tmpdir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("alignment-tool-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

static void
remove_tree (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      g_remove (path);
    }
  g_rmdir (dir);
}

static char *
write_file (const char *dir,
            const char *name,
            const char *contents)
{
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (dir, name, NULL);

  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);
  return path;
}

static char *
read_example (void)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_file_get_contents (example_path (), &contents, NULL, &error);
  g_assert_no_error (error);
  return contents;
}

/* The 1-based line of the first occurrence of @needle in @text. */
static guint
line_of (const char *text,
         const char *needle)
{
  const char *at = strstr (text, needle);
  guint line = 1;

  g_assert_nonnull (at);
  for (const char *p = text; p < at; p++)
    line += *p == '\n';
  return line;
}

static char *
replace_once (const char *text,
              const char *from,
              const char *to)
{
  const char *at = strstr (text, from);

  g_assert_nonnull (at);
  return g_strdup_printf ("%.*s%s%s", (int) (at - text), text, to, at + strlen (from));
}

/* ---- Help, version, usage ---------------------------------------------- */

static void
test_help (void)
{
  g_auto(Run) run = { 0 };

  run_tool (&run, "--help");
  g_assert_cmpint (run.status, ==, 0);
  for (guint i = 0; i < 4; i++)
    g_assert_nonnull (strstr (run.out, (const char *[]) { "validate", "stats", "heatmap", "generate" }[i]));
  /* The exit statuses are documented. */
  g_assert_nonnull (strstr (run.out, "Exit status"));
  g_assert_nonnull (strstr (run.out, "2  usage error"));
  run_clear (&run);

  /* Each command documents its own options. */
  run_tool (&run, "heatmap", "--help");
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "--cumulative"));
  g_assert_nonnull (strstr (run.out, "--format"));
  run_clear (&run);

  run_tool (&run, "generate", "--help");
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "--seed"));
}

static void
test_version (void)
{
  g_auto(Run) run = { 0 };

  run_tool (&run, "--version");
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, "alignment-tool " PACKAGE_VERSION "\n");
}

static void
test_usage_errors (void)
{
  static const char * const cases[][6] = {
    { "frobnicate", NULL },
    { "--frobnicate", NULL },
    { "validate", NULL },
    { "validate", "--bogus", "x.alignment", NULL },
    { "stats", NULL },
    { "heatmap", "--by", "year", "x.alignment", NULL },
    { "heatmap", "--format", "xml", "x.alignment", NULL },
    { "heatmap", "--by", NULL },
    { "generate", "-o", "x.alignment", NULL },
    { "generate", "--signals", "ten", "-o", "x.alignment", NULL },
  };

  {
    g_auto(Run) run = { 0 };

    run_toolv (&run, (const char * const[]) { NULL });
    g_assert_cmpint (run.status, ==, 2);
    g_assert_cmpstr (run.out, ==, "");
    g_assert_cmpstr (run.err, !=, "");
  }

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(Run) run = { 0 };

      run_toolv (&run, cases[i]);
      g_assert_cmpint (run.status, ==, 2);
      g_assert_cmpstr (run.out, ==, "");
      g_assert_cmpstr (run.err, !=, "");
    }

  /* The message names what was wrong. */
  {
    g_auto(Run) run = { 0 };

    run_tool (&run, "frobnicate");
    g_assert_nonnull (strstr (run.err, "frobnicate"));
    run_clear (&run);
    run_tool (&run, "heatmap", "--by", "year", "x.alignment");
    g_assert_nonnull (strstr (run.err, "year"));
  }
}

/* ---- validate ---------------------------------------------------------- */

static void
test_validate_example (void)
{
  g_auto(Run) run = { 0 };
  g_autofree char *expected = g_strdup_printf ("%s: ok\n", example_path ());

  run_tool (&run, "validate", example_path ());
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, expected);
  g_assert_cmpstr (run.err, ==, "");
}

static void
test_validate_broken (void)
{
  g_autofree char *dir = make_tmpdir ();
  g_autofree char *example = read_example ();
  g_autofree char *bad_type = replace_once (example, "id=\"2b\" type=\"escalation-sent\"",
                                            "id=\"2b\" type=\"complaint\"");
  g_autofree char *truncated = g_strndup (example, strstr (example, "<signal id=\"3a\"") - example + 40);
  g_autofree char *bad_type_path = write_file (dir, "bad-type.alignment", bad_type);
  g_autofree char *truncated_path = write_file (dir, "truncated.alignment", truncated);
  g_autofree char *missing_path = g_build_filename (dir, "missing.alignment", NULL);
  g_autofree char *location = NULL;

  /* A value outside the format: the file, the line of the signal. */
  {
    g_auto(Run) run = { 0 };

    run_tool (&run, "validate", bad_type_path);
    g_assert_cmpint (run.status, ==, 1);
    location = g_strdup_printf ("%s:%u: error: ", bad_type_path, line_of (bad_type, "id=\"2b\""));
    g_assert_nonnull (strstr (run.err, location));
    g_assert_cmpstr (run.out, ==, "");
  }

  /* A truncated file: the file and a line. */
  {
    g_auto(Run) run = { 0 };
    g_autofree char *prefix = g_strconcat (truncated_path, ":", NULL);
    const char *after;

    run_tool (&run, "validate", truncated_path);
    g_assert_cmpint (run.status, ==, 1);
    g_assert_true (g_str_has_prefix (run.err, prefix));
    after = run.err + strlen (prefix);
    g_assert_true (g_ascii_isdigit (*after));
    g_assert_nonnull (strstr (run.err, ": error: "));
  }

  /* A file that is not there. */
  {
    g_auto(Run) run = { 0 };

    run_tool (&run, "validate", missing_path);
    g_assert_cmpint (run.status, ==, 1);
    g_assert_nonnull (strstr (run.err, missing_path));
  }

  /* Several files: each one reported, one bad file fails the run. */
  {
    g_auto(Run) run = { 0 };
    g_autofree char *ok = g_strdup_printf ("%s: ok\n", example_path ());

    run_tool (&run, "validate", example_path (), bad_type_path);
    g_assert_cmpint (run.status, ==, 1);
    g_assert_cmpstr (run.out, ==, ok);
    g_assert_nonnull (strstr (run.err, bad_type_path));
  }

  g_remove (bad_type_path);
  g_remove (truncated_path);
  remove_tree (dir);
}

static void
test_validate_semantic (void)
{
  g_autofree char *dir = make_tmpdir ();
  g_autofree char *example = read_example ();
  /* Valid, but thread 2 skips a letter: a warning, not an error. */
  g_autofree char *gap = replace_once (example, "id=\"2c\"", "id=\"2h\"");
  g_autofree char *path = write_file (dir, "gap.alignment", gap);
  g_autofree char *prefix = g_strdup_printf ("%s: warning: ", path);
  g_auto(Run) run = { 0 };

  run_tool (&run, "validate", path);
  g_assert_cmpint (run.status, ==, 0);
  /* Not "ok" when there is something to say. */
  g_assert_cmpstr (run.out, ==, "");
  g_assert_true (g_str_has_prefix (run.err, prefix));
  /* The message names the signals around the gap. */
  g_assert_nonnull (strstr (run.err, "2c"));
  g_assert_null (strstr (run.err, "error"));
  run_clear (&run);

  /* The loader's own refusals of a self-contradicting file carry a line:
   * two signals called "2b", the second on the line of the old "2c". */
  {
    g_autofree char *duplicate = replace_once (example, "id=\"2c\"", "id=\"2b\"");
    g_autofree char *duplicate_path = write_file (dir, "duplicate.alignment", duplicate);
    g_autofree char *location = g_strdup_printf ("%s:%u: error: ", duplicate_path,
                                                 line_of (example, "id=\"2c\""));

    run_tool (&run, "validate", duplicate_path);
    g_assert_cmpint (run.status, ==, 1);
    g_assert_nonnull (strstr (run.err, location));
    g_assert_nonnull (strstr (run.err, "2b"));
    run_clear (&run);
  }

  /* An end before the start loads (an imported sheet may hold one, and
   * the app writes it back): a warning, so the file validates, unless
   * --strict asks for warnings to fail too. */
  {
    g_autofree char *backwards = replace_once (example, "end=\"2024-02-07\"", "end=\"2024-01-07\"");
    g_autofree char *backwards_path = write_file (dir, "backwards.alignment", backwards);
    g_autofree char *location = g_strdup_printf ("%s: warning: ", backwards_path);

    run_tool (&run, "validate", backwards_path);
    g_assert_cmpint (run.status, ==, 0);
    g_assert_nonnull (strstr (run.err, location));
    g_assert_nonnull (strstr (run.err, "Signal 1a ends on 2024-01-07, before it starts on 2024-02-01."));
    g_assert_null (strstr (run.err, "error"));
    run_clear (&run);

    run_tool (&run, "validate", "--strict", backwards_path);
    g_assert_cmpint (run.status, ==, 1);
    g_assert_nonnull (strstr (run.err, location));
    run_clear (&run);

    /* --strict on a clean file still passes */
    run_tool (&run, "validate", "--strict", example_path ());
    g_assert_cmpint (run.status, ==, 0);
    run_clear (&run);

    /* and on a file with a gap, a warning, fails */
    run_tool (&run, "validate", "--strict", path);
    g_assert_cmpint (run.status, ==, 1);
    run_clear (&run);
  }

  remove_tree (dir);
}

/* A signal naming a board or level the case does not define loads and
 * validates, with a warning for each that says which signal and what it
 * names; --strict fails on them. */
static void
test_validate_governance (void)
{
  g_autofree char *dir = make_tmpdir ();
  g_autofree char *example = read_example ();
  g_autofree char *unknown = replace_once (example, "id=\"2c\"",
                                           "id=\"2c\" board=\"Quarterly business review\" escalation-level=\"5\"");
  g_autofree char *known = replace_once (example, "id=\"2c\"",
                                         "id=\"2c\" board=\"Service review\" escalation-level=\"2\"");
  g_autofree char *unknown_path = write_file (dir, "unknown.alignment", unknown);
  g_autofree char *known_path = write_file (dir, "known.alignment", known);
  g_autofree char *prefix = g_strdup_printf ("%s: warning: ", unknown_path);
  g_auto(Run) run = { 0 };

  run_tool (&run, "validate", unknown_path);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, "");
  g_assert_true (g_str_has_prefix (run.err, prefix));
  g_assert_nonnull (strstr (run.err, "Signal 2c names the board “Quarterly business review”, "
                                     "which is not among the case’s governance boards."));
  g_assert_nonnull (strstr (run.err, "Signal 2c is at escalation level 5, which the case does not define."));
  g_assert_null (strstr (run.err, "error"));
  run_clear (&run);

  run_tool (&run, "validate", "--strict", unknown_path);
  g_assert_cmpint (run.status, ==, 1);
  run_clear (&run);

  /* The contract's own boards and levels are the case's by default. */
  run_tool (&run, "validate", "--strict", known_path);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.err, ==, "");
  run_clear (&run);

  remove_tree (dir);
}

/* ---- stats ------------------------------------------------------------- */

static void
test_stats (void)
{
  g_auto(Run) run = { 0 };
  g_autofree char *text = NULL;

  run_tool (&run, "stats", example_path ());
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.err, ==, "");
  text = squeeze (run.out);

  /* Figures computed by hand in tests/core/test-analysis.c. */
  g_assert_nonnull (strstr (text, "Title: Moving to the SAFe agile way of working\n"));
  g_assert_nonnull (strstr (text, "Signals: 16\n"));
  g_assert_nonnull (strstr (text, "Threads: 3 (1 open, 2 aligned)\n"));
  g_assert_nonnull (strstr (text, "Dates: 2024-02-01 – 2024-05-07\n"));
  g_assert_nonnull (strstr (text, "Request sent 4\n"));
  g_assert_nonnull (strstr (text, "Request received 0\n"));
  g_assert_nonnull (strstr (text, "Escalation sent 5\n"));
  g_assert_nonnull (strstr (text, "Alignment event 7\n"));
  g_assert_nonnull (strstr (text, "Contractual Operational Relational\n"));
  g_assert_nonnull (strstr (text, "Customer 0 -1 0\n"));
  g_assert_nonnull (strstr (text, "Service provider 1 -1 -1\n"));
}

/* ---- heatmap ----------------------------------------------------------- */

#define CSV_HEADER "bucket,customer_contractual,customer_operational,customer_relational," \
                   "provider_contractual,provider_operational,provider_relational\n"

static void
test_heatmap_csv (void)
{
  static const char by_month[] =
    CSV_HEADER
    "2024-02,0,0,1,0,1,0\n"
    "2024-03,0,-3,-1,0,-2,-1\n"
    "2024-04,0,1,-1,1,-1,-1\n"
    "2024-05,0,1,1,0,1,1\n";
  static const char by_month_cumulative[] =
    CSV_HEADER
    "2024-02,0,0,1,0,1,0\n"
    "2024-03,0,-3,0,0,-1,-1\n"
    "2024-04,0,-2,-1,1,-2,-2\n"
    "2024-05,0,-1,0,1,-1,-1\n";
  static const char by_thread[] =
    CSV_HEADER
    "1,0,0,1,0,1,0\n"
    "2,0,2,0,1,1,1\n"
    "3,0,-3,-1,0,-3,-2\n";
  static const char by_quarter[] =
    CSV_HEADER
    "2024-Q1,0,-3,0,0,-1,-1\n"
    "2024-Q2,0,2,0,1,0,0\n";
  g_auto(Run) run = { 0 };

  run_tool (&run, "heatmap", example_path (), "--by", "month", "--format", "csv");
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, by_month);
  g_assert_cmpstr (run.err, ==, "");
  run_clear (&run);

  run_tool (&run, "heatmap", "--by", "month", "--cumulative", "--format", "csv", example_path ());
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, by_month_cumulative);
  run_clear (&run);

  run_tool (&run, "heatmap", "--by", "thread", "--format", "csv", example_path ());
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, by_thread);
  run_clear (&run);

  run_tool (&run, "heatmap", "--by", "quarter", "--format=csv", example_path ());
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, by_quarter);
  run_clear (&run);

  /* Weeks: 2024-W05 … 2024-W19 without gaps, empty weeks as zeros. */
  run_tool (&run, "heatmap", "--by", "week", "--format", "csv", example_path ());
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_str_has_prefix (run.out, CSV_HEADER "2024-W05,0,0,0,0,0,0\n"));
  g_assert_nonnull (strstr (run.out, "\n2024-W09,0,-1,0,0,-1,0\n2024-W10,0,0,0,0,0,0\n2024-W11,"));
  g_assert_nonnull (strstr (run.out, "\n2024-W14,0,1,0,1,0,-1\n"));
  g_assert_true (g_str_has_suffix (run.out, "\n2024-W19,0,1,1,0,1,1\n"));
  {
    g_auto(GStrv) lines = g_strsplit (run.out, "\n", -1);

    /* header, 15 weeks, and the empty string after the last newline */
    g_assert_cmpuint (g_strv_length (lines), ==, 17);
  }
}

static void
test_heatmap_text (void)
{
  g_auto(Run) run = { 0 };
  g_autofree char *text = NULL;

  run_tool (&run, "heatmap", example_path ());
  g_assert_cmpint (run.status, ==, 0);
  text = squeeze (run.out);
  /* By month unless told otherwise, parties over their realms. */
  g_assert_nonnull (strstr (text, "Customer Service provider\n"));
  g_assert_nonnull (strstr (text, "Bucket Signals Contractual Operational Relational Contractual Operational Relational\n"));
  g_assert_nonnull (strstr (text, "2024-03 3 0 -3 -1 0 -2 -1\n"));
  g_assert_nonnull (strstr (text, "2024-04 7 0 1 -1 1 -1 -1\n"));
}

/* Runs the Python @check on @json (its stdin): it prints "ok".  Skips
 * the test where there is no python3. */
static void
assert_python_check (const char *json,
                     const char *check)
{
  g_autofree char *python = g_find_program_in_path ("python3");
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;

  if (python == NULL)
    {
      g_test_skip ("python3 not found: the JSON was not parsed");
      return;
    }

  process = g_subprocess_new (G_SUBPROCESS_FLAGS_STDIN_PIPE | G_SUBPROCESS_FLAGS_STDOUT_PIPE
                              | G_SUBPROCESS_FLAGS_STDERR_PIPE,
                              &error, python, "-c", check, NULL);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (process, json, NULL, &out, &err, &error);
  g_assert_no_error (error);
  g_test_message ("python: %s%s", out, err);
  g_assert_cmpint (g_subprocess_get_exit_status (process), ==, 0);
  g_assert_cmpstr (out, ==, "ok\n");
}

static void
test_heatmap_json (void)
{
  /* Checked by Python's json module, a parser other than ours. */
  static const char check[] =
    "import json, sys\n"
    "d = json.load(sys.stdin)\n"
    "assert d['kind'] == 'thread', d['kind']\n"
    "assert d['cumulative'] is True\n"
    "assert d['undated'] == 0\n"
    "b = d['buckets']\n"
    "assert [x['label'] for x in b] == ['1', '2', '3']\n"
    "assert [x['signals'] for x in b] == [4, 7, 5]\n"
    "assert b[0]['first_day'] == '2024-02-01'\n"
    "assert b[2]['customer_operational'] == -1, b[2]\n"
    "assert b[2]['provider_relational'] == -1, b[2]\n"
    "assert b[2]['gained']['customer_operational'] == 5, b[2]['gained']\n"
    "assert b[2]['lost']['provider_operational'] == 5, b[2]['lost']\n"
    "print('ok')\n";
  g_auto(Run) run = { 0 };

  run_tool (&run, "heatmap", "--by", "thread", "--cumulative", "--format", "json", example_path ());
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_str_has_prefix (run.out, "{"));
  g_assert_true (g_str_has_suffix (run.out, "}\n"));
  assert_python_check (run.out, check);
}

/* ---- generate ---------------------------------------------------------- */

static void
test_generate_round_trip (void)
{
  g_autofree char *dir = make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "generated.alignment", NULL);
  g_autofree char *again = g_build_filename (dir, "again.alignment", NULL);
  g_autofree char *ok = g_strdup_printf ("%s: ok\n", path);
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;
  g_autofree char *text = NULL;
  gsize a_len, b_len;
  g_auto(Run) run = { 0 };

  run_tool (&run, "generate", "--signals", "500", "--threads", "60", "--seed", "3", "-o", path);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.err, ==, "");
  run_clear (&run);

  run_tool (&run, "validate", path);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, ok);
  g_assert_cmpstr (run.err, ==, "");
  run_clear (&run);

  run_tool (&run, "stats", path);
  g_assert_cmpint (run.status, ==, 0);
  text = squeeze (run.out);
  g_assert_nonnull (strstr (text, "Signals: 500\n"));
  g_assert_nonnull (strstr (text, "Threads: 60 ("));
  run_clear (&run);

  /* One row per thread. */
  run_tool (&run, "heatmap", "--by", "thread", "--format", "csv", path);
  g_assert_cmpint (run.status, ==, 0);
  {
    g_auto(GStrv) lines = g_strsplit (run.out, "\n", -1);

    g_assert_cmpuint (g_strv_length (lines), ==, 1 + 60 + 1);
    g_assert_cmpstr (lines[1], !=, "");
    g_assert_true (g_str_has_prefix (lines[60], "60,"));
  }
  run_clear (&run);

  /* The same seed writes the same bytes. */
  run_tool (&run, "generate", "--signals", "500", "--threads", "60", "--seed", "3", "--output", again);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_file_get_contents (path, &a, &a_len, NULL));
  g_assert_true (g_file_get_contents (again, &b, &b_len, NULL));
  g_assert_cmpmem (a, a_len, b, b_len);

  g_remove (path);
  g_remove (again);
  remove_tree (dir);
}

/* ---- import and export -------------------------------------------------- */

static char *
test_data (const char *name)
{
  const char *dir = g_getenv ("ALIGNMENT_TEST_DATA");

  g_assert_nonnull (dir);
  return g_build_filename (dir, name, NULL);
}

static void
test_import (void)
{
  g_autofree char *dir = make_tmpdir ();
  g_autofree char *sheet = test_data ("datasheet-threads-1-3.tsv");
  g_autofree char *path = g_build_filename (dir, "imported.alignment", NULL);
  g_autofree char *report = g_build_filename (dir, "report.txt", NULL);
  g_autofree char *report_text = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_auto(Run) run = { 0 };

  run_tool (&run, "import", sheet, "-o", path, "--report", report);
  g_assert_cmpint (run.status, ==, 0);
  /* the summary and every repair, on stderr and in the report */
  g_assert_nonnull (strstr (run.err, "16 signals read (UTF-8, tab-separated)"));
  g_assert_nonnull (strstr (run.err, "row 2, End date: read “7-feb”: no year given: took 2024"));
  g_assert_true (g_file_get_contents (report, &report_text, NULL, NULL));
  g_assert_cmpstr (report_text, ==, run.err);
  run_clear (&run);

  run_tool (&run, "validate", path);
  g_assert_cmpint (run.status, ==, 0);
  run_clear (&run);

  /* a second import never writes over a case */
  g_assert_true (g_file_get_contents (path, &before, NULL, NULL));
  run_tool (&run, "import", sheet, "-o", path);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.err, "exists already"));
  g_assert_true (g_file_get_contents (path, &after, NULL, NULL));
  g_assert_cmpstr (before, ==, after);
  run_clear (&run);

  g_remove (report);
  g_remove (path);
  remove_tree (dir);
}

/* Imports the test sheet @name (its sheet @sheet_name, or the first),
 * expects @said in the report, and validates the case written. */
static void
assert_imports_and_validates (const char *name,
                              const char *sheet_name,
                              const char *said)
{
  g_autofree char *dir = make_tmpdir ();
  g_autofree char *sheet = test_data (name);
  g_autofree char *path = g_build_filename (dir, "imported.alignment", NULL);
  g_auto(Run) run = { 0 };

  if (sheet_name != NULL)
    run_tool (&run, "import", sheet, "--sheet", sheet_name, "-o", path);
  else
    run_tool (&run, "import", sheet, "-o", path);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.err, said));
  run_clear (&run);

  run_tool (&run, "validate", path);
  g_assert_cmpint (run.status, ==, 0);
  run_clear (&run);

  g_remove (path);
  remove_tree (dir);
}

/* Excel's "Unicode Text" (UTF-16 LE with a BOM, tabs, CRLF) and its
 * big-endian sibling import as the tab-separated sheet does. */
static void
test_import_utf16 (void)
{
  assert_imports_and_validates ("datasheet-threads-1-3-utf16le.txt", NULL,
                                "16 signals read (UTF-16 LE, tab-separated)");
  assert_imports_and_validates ("datasheet-threads-1-3-utf16be.txt", NULL,
                                "16 signals read (UTF-16 BE, tab-separated)");
}

/* LibreOffice's own format, its signal log chosen by name, with the
 * description row read as such. */
static void
test_import_ods (void)
{
  assert_imports_and_validates ("datasheet-threads-1-3.ods", "Signals", "16 signals read (ODS)");
  assert_imports_and_validates ("datasheet-threads-1-3.ods", "Signals",
                                "row 3: taken as the case description");
}

static void
test_import_errors (void)
{
  g_autofree char *dir = make_tmpdir ();
  g_autofree char *junk = write_file (dir, "junk.csv", "\x01\x02\x03 binary \x7f");
  g_autofree char *out = g_build_filename (dir, "out.alignment", NULL);
  g_autofree char *bomb = test_data ("zip-bomb.xlsx");
  g_autofree char *xlsx = test_data ("signals.xlsx");
  g_auto(Run) run = { 0 };

  run_tool (&run, "import", "/nonexistent/sheet.csv", "-o", out);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.err, "/nonexistent/sheet.csv: error:"));
  run_clear (&run);

  run_tool (&run, "import", bomb, "-o", out);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.err, "it is not read"));
  run_clear (&run);

  run_tool (&run, "import", xlsx, "--sheet", "Nope", "-o", out);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.err, "no sheet “Nope”"));
  run_clear (&run);

  run_tool (&run, "import", junk, "-o", out);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
  run_clear (&run);

  run_tool (&run, "import", xlsx);
  g_assert_cmpint (run.status, ==, 2);
  run_clear (&run);

  run_tool (&run, "import", xlsx, "--year", "12345", "-o", out);
  g_assert_cmpint (run.status, ==, 2);

  g_remove (junk);
  remove_tree (dir);
}

static void
test_export (void)
{
  g_autofree char *dir = make_tmpdir ();
  g_autofree char *csv = g_build_filename (dir, "case.csv", NULL);
  g_autofree char *xes = g_build_filename (dir, "case.xes", NULL);
  g_autofree char *back = g_build_filename (dir, "back.alignment", NULL);
  g_autofree char *text = NULL;
  g_auto(Run) run = { 0 };

  run_tool (&run, "export", example_path (), "-o", csv);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_file_get_contents (csv, &text, NULL, NULL));
  g_assert_true (g_str_has_prefix (text, "Moving to the SAFe agile way of working\r\n"));
  run_clear (&run);

  /* the export imports back without a repair */
  run_tool (&run, "import", csv, "-o", back);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_null (strstr (run.err, "repaired"));
  g_assert_null (strstr (run.err, "unreadable"));
  run_clear (&run);

  run_tool (&run, "export", example_path (), "--format", "xes", "-o", xes);
  g_assert_cmpint (run.status, ==, 0);
  run_clear (&run);

  run_tool (&run, "export", example_path (), "--format", "pdf", "-o", xes);
  g_assert_cmpint (run.status, ==, 2);

  g_remove (csv);
  g_remove (xes);
  g_remove (back);
  remove_tree (dir);
}

/* The workbooks: by the output's name or by --format, to a file or to
 * standard output; each imports back to a case that validates. */
static void
test_export_workbook (void)
{
  g_autofree char *dir = make_tmpdir ();
  const char * const names[] = { "case.ods", "case.xlsx" };
  g_auto(Run) run = { 0 };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *path = g_build_filename (dir, names[i], NULL);
      g_autofree char *back = g_build_filename (dir, "back.alignment", NULL);

      run_tool (&run, "export", example_path (), "-o", path);
      g_assert_cmpint (run.status, ==, 0);
      run_clear (&run);

      run_tool (&run, "import", path, "-o", back);
      g_assert_cmpint (run.status, ==, 0);
      g_assert_nonnull (strstr (run.err, "16 signals read"));
      g_assert_nonnull (strstr (run.err, "row 1: taken as the title of the case"));
      g_assert_null (strstr (run.err, "repaired"));
      g_assert_null (strstr (run.err, "check:"));
      run_clear (&run);

      run_tool (&run, "validate", back);
      g_assert_cmpint (run.status, ==, 0);
      run_clear (&run);

      g_remove (back);
      g_remove (path);
    }

  /* a zip on standard output, as the format says */
  run_tool (&run, "export", example_path (), "--format", "xlsx", "-o", "-");
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_str_has_prefix (run.out, "PK\003\004"));
  run_clear (&run);

  run_tool (&run, "export", example_path (), "--format", "xls", "-o", "-");
  g_assert_cmpint (run.status, ==, 2);
  g_assert_nonnull (strstr (run.err, "ods or xlsx"));

  remove_tree (dir);
}

/* ---- render timeline: boards and levels --------------------------------- */

static gboolean
files_equal (const char *a,
             const char *b)
{
  g_autofree char *ca = NULL, *cb = NULL;
  gsize la, lb;

  g_assert_true (g_file_get_contents (a, &ca, &la, NULL));
  g_assert_true (g_file_get_contents (b, &cb, &lb, NULL));
  return la == lb && memcmp (ca, cb, la) == 0;
}

/* --board leaves out the other boards' signals and --no-levels the level
 * numbers: each changes the picture; a board the case lacks is a usage
 * error, as is asking for levels both ways. */
static void
test_render_timeline_governance (void)
{
  g_autofree char *dir = make_tmpdir ();
  g_autofree char *example = read_example ();
  g_autofree char *step = replace_once (example, "<signal id=\"1b\" ",
                                        "<signal id=\"1b\" board=\"Steering board\" escalation-level=\"2\" ");
  g_autofree char *text = replace_once (step, "<signal id=\"1c\" ",
                                        "<signal id=\"1c\" board=\"Steering board\" escalation-level=\"3\" ");
  g_autofree char *path = write_file (dir, "levels.alignment", text);
  g_autofree char *all = g_build_filename (dir, "all.png", NULL);
  g_autofree char *board = g_build_filename (dir, "board.png", NULL);
  g_autofree char *bare = g_build_filename (dir, "bare.png", NULL);
  g_autofree char *levels = g_build_filename (dir, "levels.png", NULL);
  g_auto(Run) run = { 0 };

  run_tool (&run, "render", "timeline", path, "--no-title", "-o", all);
  g_assert_cmpint (run.status, ==, 0);
  run_clear (&run);
  run_tool (&run, "render", "timeline", path, "--no-title", "--levels", "-o", levels);
  g_assert_cmpint (run.status, ==, 0);
  run_clear (&run);
  run_tool (&run, "render", "timeline", path, "--no-title", "--board", "Steering board", "-o", board);
  g_assert_cmpint (run.status, ==, 0);
  run_clear (&run);
  run_tool (&run, "render", "timeline", path, "--no-title", "--no-levels", "-o", bare);
  g_assert_cmpint (run.status, ==, 0);
  run_clear (&run);
  g_assert_true (files_equal (all, levels));
  g_assert_false (files_equal (all, board));
  g_assert_false (files_equal (all, bare));

  run_tool (&run, "render", "timeline", path, "--board", "Tea party", "-o", board);
  g_assert_cmpint (run.status, ==, 2);
  g_assert_nonnull (strstr (run.err, "Tea party"));
  run_clear (&run);
  run_tool (&run, "render", "timeline", path, "--levels", "--no-levels", "-o", board);
  g_assert_cmpint (run.status, ==, 2);
  run_clear (&run);
  run_tool (&run, "render", "timeline", "--help");
  g_assert_nonnull (strstr (run.out, "--board"));
  g_assert_nonnull (strstr (run.out, "--levels"));

  remove_tree (dir);
}

/* ---- render heatmap, analyse ------------------------------------------- */

/* Runs a program other than the tool; NULL output when it is missing. */
static gboolean
run_program (const char * const *argv,
             char              **out)
{
  g_autofree char *path = g_find_program_in_path (argv[0]);
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;

  *out = NULL;
  if (path == NULL)
    return FALSE;
  process = g_subprocess_newv (argv, G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_SILENCE, &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (process, NULL, NULL, out, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_get_if_exited (process));
  g_assert_cmpint (g_subprocess_get_exit_status (process), ==, 0);
  return TRUE;
}

static void
test_render_heatmap (void)
{
  g_autofree char *dir = make_tmpdir ();
  g_autofree char *pdf = g_build_filename (dir, "heatmap.pdf", NULL);
  g_autofree char *svg = g_build_filename (dir, "heatmap.svg", NULL);
  g_autofree char *png = g_build_filename (dir, "heatmap.png", NULL);
  g_autofree char *png2x = g_build_filename (dir, "heatmap-2x.png", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *text = NULL;
  g_autofree char *info = NULL;
  g_autoptr(GError) error = NULL;
  gsize length;
  g_auto(Run) run = { 0 };

  /* PDF: vector, with the title, the period, the row names and values. */
  run_tool (&run, "render", "heatmap", example_path (), "-o", pdf, "--by", "thread", "--mode", "net");
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, "");
  g_assert_cmpstr (run.err, ==, "");
  g_file_get_contents (pdf, &contents, &length, &error);
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));
  g_clear_pointer (&contents, g_free);
  if (run_program ((const char * const[]) { "pdfinfo", pdf, NULL }, &info))
    {
      g_autofree char *squeezed = squeeze (info);

      g_assert_nonnull (strstr (squeezed, "\nPages: 1\n"));
    }
  if (run_program ((const char * const[]) { "pdftotext", "-layout", pdf, "-", NULL }, &text))
    {
      g_autofree char *squeezed = squeeze (text);

      g_test_message ("%s", squeezed);
      g_assert_nonnull (strstr (squeezed, "Moving to the SAFe agile way of working"));
      /* The title block names the parties and the period in long dates;
       * the caption under it what the cells show. */
      g_assert_nonnull (strstr (squeezed, "Shipbuilder (customer) and IT service provider · 1 February 2024 – 30 June 2024"));
      g_assert_nonnull (strstr (squeezed, "By thread · Net change"));
      g_assert_nonnull (strstr (squeezed, "Customer · Operational — good-faith effort 0 +2 −3"));
      g_assert_nonnull (strstr (squeezed, "Service provider · Relational — limited opportunism 0 +1 −2"));
      g_assert_nonnull (strstr (squeezed, "Trust lost"));
    }
  else
    g_test_message ("pdftotext not found: the PDF's text was not checked");
  run_clear (&run);

  /* SVG, gap mode: three rows. */
  run_tool (&run, "render", "heatmap", example_path (), "-o", svg, "--by", "month", "--mode", "gap");
  g_assert_cmpint (run.status, ==, 0);
  g_file_get_contents (svg, &contents, &length, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (contents, "<svg"));
  g_clear_pointer (&contents, g_free);
  run_clear (&run);

  /* PNG at 96 and at 192 dpi: twice the pixels each way. */
  run_tool (&run, "render", "heatmap", example_path (), "-o", png, "--by", "week", "--mode", "split",
            "--scale", "blue-orange");
  g_assert_cmpint (run.status, ==, 0);
  run_clear (&run);
  run_tool (&run, "render", "heatmap", example_path (), "-o", png2x, "--by", "week", "--mode", "split",
            "--scale", "blue-orange", "--dpi", "192");
  g_assert_cmpint (run.status, ==, 0);
  run_clear (&run);
  {
    g_autofree char *a = NULL;
    g_autofree char *b = NULL;
    guint32 wa, ha, wb, hb;

    g_file_get_contents (png, &a, &length, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (length, >, 24);
    g_assert_cmpint (memcmp (a, "\x89PNG\r\n\x1a\n", 8), ==, 0);
    g_file_get_contents (png2x, &b, &length, &error);
    g_assert_no_error (error);
    /* Width and height, big-endian, in the IHDR chunk. */
    wa = GUINT32_FROM_BE (*(guint32 *) (void *) (a + 16));
    ha = GUINT32_FROM_BE (*(guint32 *) (void *) (a + 20));
    wb = GUINT32_FROM_BE (*(guint32 *) (void *) (b + 16));
    hb = GUINT32_FROM_BE (*(guint32 *) (void *) (b + 20));
    g_assert_cmpuint (wa, >, 400);
    g_assert_cmpuint (ABS ((int) wb - 2 * (int) wa), <=, 2);
    g_assert_cmpuint (ABS ((int) hb - 2 * (int) ha), <=, 2);
  }

  /* Usage errors: each names what was wrong, and writes nothing. */
  {
    static const char * const bad[][4] = {
      { "--mode", "trend", "trend", NULL },
      { "--by", "year", "year", NULL },
      { "--scale", "rainbow", "rainbow", NULL },
    };

    for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
      {
        g_autofree char *out = g_build_filename (dir, "bad.png", NULL);

        run_tool (&run, "render", "heatmap", example_path (), "-o", out, bad[i][0], bad[i][1]);
        g_assert_cmpint (run.status, ==, 2);
        g_assert_nonnull (strstr (run.err, bad[i][2]));
        g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
        run_clear (&run);
      }
    run_tool (&run, "render", "heatmap", example_path (), "-o", "figure.gif");
    g_assert_cmpint (run.status, ==, 2);
    g_assert_nonnull (strstr (run.err, ".pdf"));
    run_clear (&run);
    run_tool (&run, "render", "heatmap", example_path ());
    g_assert_cmpint (run.status, ==, 2);
    run_clear (&run);
    run_tool (&run, "render", "heatmap", "--help");
    g_assert_cmpint (run.status, ==, 0);
    g_assert_nonnull (strstr (run.out, "--mode"));
    g_assert_nonnull (strstr (run.out, "--by"));
  }

  remove_tree (dir);
}

static void
test_heatmap_csv_modes (void)
{
  static const char gap[] =
    "bucket,gap_contractual,gap_operational,gap_relational\n"
    "2024-02,0,-1,1\n"
    "2024-03,0,-1,0\n"
    "2024-04,-1,2,0\n"
    "2024-05,0,0,0\n";
  g_auto(Run) run = { 0 };

  /* Figures by hand: tests/core/test-findings.c. */
  run_tool (&run, "heatmap", "--mode", "gap", "--format", "csv", example_path ());
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, gap);
  run_clear (&run);

  /* Split: thread 1, customer operational gained 1 and lost 1 (a zero
   * net); thread 3 customer operational 1 and 4. */
  run_tool (&run, "heatmap", "--mode", "split", "--by", "thread", "--format", "csv", example_path ());
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_str_has_prefix (run.out, "bucket,customer_contractual_gained,customer_contractual_lost,"
                                            "customer_operational_gained,customer_operational_lost,"));
  g_assert_nonnull (strstr (run.out, "\n1,0,0,1,1,1,0,0,0,1,0,1,1\n"));
  g_assert_nonnull (strstr (run.out, "\n3,1,1,1,4,0,1,1,1,1,4,0,2\n"));
  run_clear (&run);

  /* --mode cumulative is --cumulative. */
  run_tool (&run, "heatmap", "--mode", "cumulative", "--format", "csv", example_path ());
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "\n2024-04,0,-2,-1,1,-2,-2\n"));
  run_clear (&run);

  run_tool (&run, "heatmap", "--mode", "trend", example_path ());
  g_assert_cmpint (run.status, ==, 2);
  g_assert_nonnull (strstr (run.err, "trend"));
  run_clear (&run);

  /* The same numbers as a file, as the app exports them, and after them
   * the figure's totals: the row sums over the four months. */
  {
    g_autofree char *dir = make_tmpdir ();
    g_autofree char *csv = g_build_filename (dir, "gap.csv", NULL);
    g_autofree char *contents = NULL;
    g_autoptr(GError) error = NULL;

    run_tool (&run, "render", "heatmap", example_path (), "--mode", "gap", "-o", csv);
    g_assert_cmpint (run.status, ==, 0);
    g_file_get_contents (csv, &contents, NULL, &error);
    g_assert_no_error (error);
    g_assert_true (g_str_has_prefix (contents, gap));
    g_assert_cmpstr (contents + strlen (gap), ==, "total,-1,0,1\n");
    remove_tree (dir);
  }
}

static void
test_analyse_text (void)
{
  g_auto(Run) run = { 0 };
  g_autofree char *text = NULL;

  run_tool (&run, "analyse", example_path ());
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.err, ==, "");
  text = squeeze (run.out);

  /* Figures by hand: tests/core/test-analysis.c and tests/core/test-findings.c. */
  g_assert_nonnull (strstr (text, "3 threads: 1 open, 2 aligned\n"));
  g_assert_nonnull (strstr (text, "Thread 1: open\nTitle: Training in SAFe\n"
                                  "Opened by: 1a, Customer, Request sent, 2024-02-01\n"
                                  "Steps found: discussion (missing: recognition, decision) in the last of 2 cycles\n"
                                  "Days to alignment: -\n"
                                  "Highest level: -\n"
                                  "Raised in: Operational\n"
                                  "Aligned in: -\n"
                                  "Flag: signal 1d was not understood\n"
                                  "Flag: escalated after an alignment event: the cycle restarted\n"
                                  "Net trust: Customer Contractual 0 Operational 0 Relational +1 · "
                                  "Service provider Contractual 0 Operational +1 Relational 0\n"));
  g_assert_nonnull (strstr (text, "Thread 2: aligned\n"));
  g_assert_nonnull (strstr (text, "Days to alignment: 87\n"));
  g_assert_nonnull (strstr (text, "Thread 3: aligned\nTitle: A meeting structure for the new way of working\n"
                                  "Opened by: 3a, Customer, Request sent, 2024-03-01\n"
                                  "Steps found: discussion, recognition, decision\nDays to alignment: 31\n"
                                  "Highest level: -\n"
                                  "Raised in: Operational and Relational\nAligned in: Operational and Relational\n"));
  g_assert_nonnull (strstr (text, "Time to alignment: Alignment took a median of 59 days, over 2 aligned threads.\n"
                                  "Signals: 2a 2g 3a 3e\n"));
  g_assert_nonnull (strstr (text, "Open threads: 1 of 3 threads is still open: thread 1.\nSignals: 1a 1b 1c 1d\n"));
  g_assert_nonnull (strstr (text, "5 of 16 signals were not understood as meant (31%)."));
  g_assert_nonnull (strstr (text, "Signals: 1d 2g 3c 3d 3e\n"));
  g_assert_nonnull (strstr (text, "Realm desynchronisation: Customer: operational trust"));
  g_assert_nonnull (strstr (text, "Signals: 1b 2b 3a 3b 3c 3d\n"));
  g_assert_nonnull (strstr (text, "response: 5 of 6\n"));
  run_clear (&run);

  run_tool (&run, "analyse", "--format", "xml", example_path ());
  g_assert_cmpint (run.status, ==, 2);
  run_clear (&run);
  run_tool (&run, "analyse");
  g_assert_cmpint (run.status, ==, 2);
}

static void
test_analyse_json (void)
{
  /* Checked by Python's json module, a parser other than ours. */
  static const char check[] =
    "import json, sys\n"
    "d = json.load(sys.stdin)\n"
    "t = d['threads']\n"
    "assert [x['number'] for x in t] == [1, 2, 3]\n"
    "assert t[1]['title'] == 'New people in the product teams' and not t[1]['title_is_default']\n"
    "assert [x['aligned_in'] for x in t] == [[], ['operational'], ['operational', 'relational']]\n"
    "assert [x['raised_in'] for x in t] == [['operational'], ['operational'], ['operational', 'relational']]\n"
    "assert d['realm_shifts'] == []\n"
    "assert [x['status'] for x in t] == ['open', 'aligned', 'aligned']\n"
    "assert [x['opening'] for x in t] == ['1a', '2a', '3a']\n"
    "assert [x['sender'] for x in t] == ['customer'] * 3\n"
    "assert [x['days_to_alignment'] for x in t] == [None, 87, 31]\n"
    "assert t[0]['steps'] == ['discussion'] and t[0]['cycles'] == 2\n"
    "assert t[2]['steps'] == ['discussion', 'recognition', 'decision']\n"
    "assert t[0]['flags'] == ['not-understood', 'restarted'], t[0]['flags']\n"
    "assert t[2]['flags'] == ['not-understood']\n"
    "assert [x['not_understood'] for x in t] == [['1d'], ['2g'], ['3c', '3d', '3e']]\n"
    "assert t[2]['net']['customer_operational'] == -3\n"
    "assert t[2]['net']['provider_relational'] == -2\n"
    "a = d['time_to_alignment']\n"
    "assert a == {'aligned_threads': 2, 'median_days': 59, 'longest_days': 87, 'longest_thread': 2}, a\n"
    "assert d['open_threads'] == [1]\n"
    "p = d['perception_gap']\n"
    "assert (p['signals'], p['not_understood']) == (16, 5)\n"
    "assert p['by_sender']['provider'] == {'signals': 9, 'not_understood': 5}\n"
    "assert p['by_sender']['customer'] == {'signals': 7, 'not_understood': 0}\n"
    "assert p['by_channel'][0] == {'channel': 'response', 'signals': 6, 'not_understood': 5}\n"
    "assert d['realm_desync'] == [{'party': 'customer', 'realm': 'operational', 'lowest': -3}]\n"
    "f = {x['kind']: x for x in d['findings']}\n"
    "assert list(f) == ['median-time', 'longest-time', 'open-threads', 'perception-gap', 'realm-desync']\n"
    "assert [x['highest_escalation_level'] for x in t] == [None] * 3\n"
    "assert [x['days_at_highest_level'] for x in t] == [None] * 3\n"
    "assert f['open-threads']['signals'] == ['1a', '1b', '1c', '1d']\n"
    "assert f['realm-desync']['signals'] == ['1b', '2b', '3a', '3b', '3c', '3d']\n"
    "print('ok')\n";
  g_auto(Run) run = { 0 };

  run_tool (&run, "analyse", "--format", "json", example_path ());
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_str_has_prefix (run.out, "{"));
  g_assert_true (g_str_has_suffix (run.out, "}\n"));
  assert_python_check (run.out, check);
}

/* The highest escalation level of each thread and how long it stayed
 * there: thread 1 went up to 3 on 11 January and down on 31 January
 * (20 days); thread 2 reached 4 on 5 March and is still there on
 * 20 March, its last date (15 days); thread 3 was never escalated. */
static void
test_analyse_governance (void)
{
  static const char check[] =
    "import json, sys\n"
    "d = json.load(sys.stdin)\n"
    "t = d['threads']\n"
    "assert [x['highest_escalation_level'] for x in t] == [3, 4, None]\n"
    "assert [x['highest_escalation_level_name'] for x in t] == ['Strategic', 'Board of directors', None]\n"
    "assert [x['days_at_highest_level'] for x in t] == [20, 15, None]\n"
    "assert [x['still_at_highest_level'] for x in t] == [False, True, False]\n"
    "f = {x['kind']: x for x in d['findings']}\n"
    "assert f['escalation']['signals'] == ['2a', '2b', '2c'], f['escalation']\n"
    "print('ok')\n";
  g_autofree char *path = test_data ("governance.alignment");
  g_autofree char *text = NULL;
  g_auto(Run) run = { 0 };

  run_tool (&run, "analyse", path);
  g_assert_cmpint (run.status, ==, 0);
  text = squeeze (run.out);
  g_assert_nonnull (strstr (text, "Days to alignment: 40\nHighest level: 3 · Strategic, 20 days\n"));
  g_assert_nonnull (strstr (text, "Highest level: 4 · Board of directors, 15 days (still there)\n"));
  g_assert_nonnull (strstr (text, "Escalation: 2 of 3 threads were escalated; thread 2 reached level 4, the highest, "
                                  "and is still there after 15 days.\nSignals: 2a 2b 2c\n"));
  run_clear (&run);

  run_tool (&run, "analyse", "--format", "json", path);
  g_assert_cmpint (run.status, ==, 0);
  assert_python_check (run.out, check);
}

/* ---- Trust survey --------------------------------------------------------- */

/* Two rounds imported into the example, from CSV and from XLSX, with the
 * scores of tests/data/make-survey-sheets.py. */
static void
test_survey (void)
{
  g_autofree char *dir = make_tmpdir ();
  g_autofree char *csv = test_data ("survey-responses.csv");
  g_autofree char *xlsx = test_data ("survey-responses.xlsx");
  g_autofree char *first = g_build_filename (dir, "first.alignment", NULL);
  g_autofree char *second = g_build_filename (dir, "second.alignment", NULL);
  g_autofree char *report = g_build_filename (dir, "report.txt", NULL);
  g_autofree char *report_text = NULL;
  g_autofree char *text = NULL;
  g_auto(Run) run = { 0 };

  run_tool (&run, "survey", "import", example_path (), csv, "-o", first, "--round", "Q1 2024 review",
            "--party", "provider", "--report", report);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.err, "Read 2 responses from "));
  g_assert_true (g_file_get_contents (report, &report_text, NULL, NULL));
  g_assert_cmpstr (report_text, ==, run.err);
  run_clear (&run);

  /* No date in the rows of this one: the option's. */
  {
    g_autofree char *undated = write_file (dir, "undated.csv", "Q1,Q2,Q3,Q4,Q5,Q6,Q7,Q8,Q9,Q10,Q11,Q12\n"
                                                               "1,1,1,1,1,1,1,1,1,1,1,1\n"
                                                               "7,7,7,7,7,7,7,7,7,7,7,7\n");

    run_tool (&run, "survey", "import", first, undated, "-o", second, "--party", "customer",
              "--round", "Q2, \"mid-year\"", "--date", "2024-06-30");
    g_assert_cmpint (run.status, ==, 0);
    run_clear (&run);
    g_remove (undated);
  }

  run_tool (&run, "validate", second);
  g_assert_cmpint (run.status, ==, 0);
  run_clear (&run);

  run_tool (&run, "survey", "scores", second, "--format", "csv");
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==,
                   "round,date,party,realm,score,n\n"
                   "Q1 2024 review,2024-03-28,customer,contractual,7.00,1\n"
                   "Q1 2024 review,2024-03-28,customer,operational,4.00,1\n"
                   "Q1 2024 review,2024-03-28,customer,relational,2.50,1\n"
                   "Q1 2024 review,2024-03-28,provider,contractual,4.67,1\n"
                   "Q1 2024 review,2024-03-28,provider,operational,5.25,1\n"
                   "Q1 2024 review,2024-03-28,provider,relational,3.33,1\n"
                   "\"Q2, \"\"mid-year\"\"\",2024-06-30,customer,contractual,4.00,2\n"
                   "\"Q2, \"\"mid-year\"\"\",2024-06-30,customer,operational,4.00,2\n"
                   "\"Q2, \"\"mid-year\"\"\",2024-06-30,customer,relational,4.00,2\n");
  run_clear (&run);

  run_tool (&run, "survey", "scores", second, "--format", "json");
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "{\"round\": \"Q2, \\\"mid-year\\\"\", \"date\": \"2024-06-30\", "
                                     "\"party\": \"customer\", \"realm\": \"relational\", \"score\": 4.00, "
                                     "\"n\": 2, \"min\": 2.50, \"max\": 5.50}"));
  run_clear (&run);

  run_tool (&run, "survey", "scores", second);
  g_assert_cmpint (run.status, ==, 0);
  text = squeeze (run.out);
  g_assert_nonnull (strstr (text, "Q1 2024 review 2024-03-28 provider operational 5.25 n=1 5.25–5.25\n"));
  g_assert_nonnull (strstr (text, "Q2, \"mid-year\" 2024-06-30 customer relational 4.00 n=2 2.50–5.50\n"));
  run_clear (&run);

  /* The same figures from the XLSX export. */
  g_remove (second);
  run_tool (&run, "survey", "import", example_path (), xlsx, "-o", second);
  g_assert_cmpint (run.status, ==, 0);
  run_clear (&run);
  run_tool (&run, "survey", "scores", second, "-f", "csv");
  g_assert_nonnull (strstr (run.out, "survey-responses,2024-03-28,provider,relational,3.33,1\n"));

  g_remove (first);
  g_remove (second);
  g_remove (report);
  remove_tree (dir);
}

/* Between a round on 28 March and one on 30 April the customer's
 * relational trust rises, while the example's signal 2f lowered it. */
static void
test_survey_findings (void)
{
  g_autofree char *dir = make_tmpdir ();
  g_autofree char *csv = test_data ("survey-responses.csv");
  g_autofree char *undated = write_file (dir, "undated.csv", "Q1,Q2,Q3,Q4,Q5,Q6,Q7,Q8,Q9,Q10,Q11,Q12\n"
                                                             "1,1,1,1,1,1,1,1,1,1,1,1\n"
                                                             "7,7,7,7,7,7,7,7,7,7,7,7\n");
  g_autofree char *first = g_build_filename (dir, "first.alignment", NULL);
  g_autofree char *second = g_build_filename (dir, "second.alignment", NULL);
  g_autofree char *text = NULL;
  g_auto(Run) run = { 0 };

  run_tool (&run, "survey", "import", example_path (), csv, "-o", first, "--round", "Q1");
  g_assert_cmpint (run.status, ==, 0);
  run_clear (&run);
  run_tool (&run, "survey", "import", first, undated, "-o", second, "--round", "Q2", "--party", "customer",
            "--date", "2024-04-30");
  g_assert_cmpint (run.status, ==, 0);
  run_clear (&run);

  run_tool (&run, "survey", "scores", second);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "\nShipbuilder (customer): Relational trust rose from 2.50 to 4.00 between "
                                     "“Q1” and “Q2”, while the signals dated between them add up to -1 "
                                     "(0 up, 1 down): signals may be missing\n"));
  run_clear (&run);

  run_tool (&run, "survey", "scores", second, "--format", "json");
  g_assert_cmpint (run.status, ==, 0);
  text = squeeze (run.out);
  g_assert_nonnull (strstr (text, "{\"from\": \"Q1\", \"to\": \"Q2\", \"party\": \"customer\", "
                                  "\"realm\": \"relational\", \"from_score\": 2.50, \"to_score\": 4.00, "
                                  "\"signals\": [\"2f\"], \"text\": "));
  /* No more than that one. */
  g_assert_null (strstr (strstr (text, "\"findings\""), "\"from_score\": 7.00"));

  g_remove (undated);
  g_remove (first);
  g_remove (second);
  remove_tree (dir);
}

static void
test_survey_errors (void)
{
  g_autofree char *dir = make_tmpdir ();
  g_autofree char *eight = test_data ("survey-responses-answer-8.csv");
  g_autofree char *csv = test_data ("survey-responses.csv");
  g_autofree char *out = g_build_filename (dir, "out.alignment", NULL);
  g_autofree char *expected = g_strdup_printf ("error: %s: row 3, column H (“Q3”): “8” is not an answer from 1 to 7\n", eight);
  g_auto(Run) run = { 0 };

  run_tool (&run, "survey", "import", example_path (), eight, "-o", out);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_cmpstr (run.err, ==, expected);
  g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
  run_clear (&run);

  run_tool (&run, "survey", "import", example_path (), csv, "-o", out, "--party", "both");
  g_assert_cmpint (run.status, ==, 2);
  run_clear (&run);
  run_tool (&run, "survey", "import", example_path (), csv, "-o", out, "--date", "28-3-2024");
  g_assert_cmpint (run.status, ==, 2);
  run_clear (&run);
  run_tool (&run, "survey", "import", example_path (), csv);
  g_assert_cmpint (run.status, ==, 2);
  run_clear (&run);
  run_tool (&run, "survey", "scores", example_path (), "--format", "xml");
  g_assert_cmpint (run.status, ==, 2);
  run_clear (&run);
  run_tool (&run, "survey", "tally");
  g_assert_cmpint (run.status, ==, 2);
  run_clear (&run);

  /* Never over an existing file. */
  run_tool (&run, "survey", "import", example_path (), csv, "-o", example_path ());
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.err, "the file exists already"));
  run_clear (&run);

  /* A case without a survey has no scores. */
  run_tool (&run, "survey", "scores", example_path (), "-f", "csv");
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, "round,date,party,realm,score,n\n");

  remove_tree (dir);
}

/* The blank questionnaire: a page per party, each naming the other
 * party, with every item of the default wording and the scale's ends. */
static void
test_render_survey_form (void)
{
  g_autofree char *dir = make_tmpdir ();
  g_autofree char *pdf = g_build_filename (dir, "form.pdf", NULL);
  g_autofree char *png = g_build_filename (dir, "form.png", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *text = NULL;
  g_autofree char *info = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(Run) run = { 0 };

  run_tool (&run, "render", "survey-form", example_path (), "-o", pdf);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.err, ==, "");
  g_file_get_contents (pdf, &contents, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));
  if (run_program ((const char * const[]) { "pdfinfo", pdf, NULL }, &info))
    {
      g_autofree char *squeezed = squeeze (info);

      g_assert_nonnull (strstr (squeezed, "\nPages: 2\n"));
      g_assert_nonnull (strstr (squeezed, "(A4)"));
    }
  else
    g_test_message ("pdfinfo not found: the PDF's pages were not checked");
  /* Without -layout the wrapped item text reads as running lines. */
  if (run_program ((const char * const[]) { "pdftotext", pdf, "-", NULL }, &text))
    {
      g_autofree char *joined = NULL;
      g_auto(GStrv) pages = g_strsplit (text, "\f", -1);

      g_strdelimit (text, "\n", ' ');
      joined = squeeze (text);
      g_test_message ("%s", joined);
      g_assert_cmpuint (g_strv_length (pages), >=, 2);
      g_assert_nonnull (strstr (pages[0], "Your trust in IT service provider"));
      g_assert_nonnull (strstr (pages[1], "Your trust in Shipbuilder (customer)"));
      for (guint i = 1; i <= 12; i++)
        g_assert_nonnull (strstr (joined, alignment_survey_default_text (i)));
      g_assert_nonnull (strstr (joined, "strongly disagree"));
      g_assert_nonnull (strstr (joined, "strongly agree"));
      g_assert_nonnull (strstr (joined, "Your role:"));
      g_assert_nonnull (strstr (joined, "Date:"));
    }
  else
    g_test_message ("pdftotext not found: the PDF's text was not checked");
  run_clear (&run);

  /* Paper only. */
  run_tool (&run, "render", "survey-form", example_path (), "-o", png);
  g_assert_cmpint (run.status, ==, 2);
  g_assert_false (g_file_test (png, G_FILE_TEST_EXISTS));

  remove_tree (dir);
}

/* The trend of two rounds in all three formats; a case without rounds
 * says so. */
static void
test_render_survey (void)
{
  g_autofree char *dir = make_tmpdir ();
  g_autofree char *csv = test_data ("survey-responses.csv");
  g_autofree char *first = g_build_filename (dir, "first.alignment", NULL);
  g_autofree char *second = g_build_filename (dir, "second.alignment", NULL);
  g_autofree char *pdf = g_build_filename (dir, "trend.pdf", NULL);
  g_autofree char *svg = g_build_filename (dir, "trend.svg", NULL);
  g_autofree char *png = g_build_filename (dir, "trend.png", NULL);
  g_autofree char *undated = write_file (dir, "undated.csv", "Q1,Q2,Q3,Q4,Q5,Q6,Q7,Q8,Q9,Q10,Q11,Q12\n"
                                                             "5,6,5,6,6,5,2,3,6,2,3,2\n");
  g_autofree char *contents = NULL;
  g_autofree char *text = NULL;
  gsize length;
  g_auto(Run) run = { 0 };

  run_tool (&run, "render", "survey", example_path (), "-o", pdf);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.err, "no survey rounds"));
  g_assert_false (g_file_test (pdf, G_FILE_TEST_EXISTS));
  run_clear (&run);

  run_tool (&run, "survey", "import", example_path (), csv, "-o", first, "--round", "Q1 2024 review");
  g_assert_cmpint (run.status, ==, 0);
  run_clear (&run);
  run_tool (&run, "survey", "import", first, undated, "-o", second, "--round", "Mid-year review",
            "--party", "customer", "--date", "2024-06-30");
  g_assert_cmpint (run.status, ==, 0);
  run_clear (&run);

  run_tool (&run, "render", "survey", second, "-o", pdf);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.err, ==, "");
  run_clear (&run);
  if (run_program ((const char * const[]) { "pdftotext", "-layout", pdf, "-", NULL }, &text))
    {
      g_autofree char *squeezed = squeeze (text);

      g_test_message ("%s", squeezed);
      g_assert_nonnull (strstr (squeezed, "Q1 2024 review Mid-year review"));
      g_assert_nonnull (strstr (squeezed, "28 March 2024 30 June 2024"));
      g_assert_nonnull (strstr (squeezed, "Trust in the other party"));
      g_assert_nonnull (strstr (squeezed, "IT service provider · Contractual"));
      g_assert_nonnull (strstr (squeezed, "IT service provider · Relational"));
      g_assert_nonnull (strstr (squeezed, "neutral"));
    }
  else
    g_test_message ("pdftotext not found: the PDF's text was not checked");

  run_tool (&run, "render", "survey", second, "-o", svg);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_file_get_contents (svg, &contents, &length, NULL));
  g_assert_nonnull (strstr (contents, "<svg"));
  g_assert_nonnull (strstr (contents, "<title>Moving to the SAFe agile way of working</title>"));
  g_clear_pointer (&contents, g_free);
  run_clear (&run);

  run_tool (&run, "render", "survey", second, "-o", png, "--dpi", "72");
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_file_get_contents (png, &contents, &length, NULL));
  g_assert_cmpmem (contents, 8, "\x89PNG\r\n\x1a\n", 8);
  run_clear (&run);

  run_tool (&run, "render", "survey", second, "-o", "trend.jpg");
  g_assert_cmpint (run.status, ==, 2);

  remove_tree (dir);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/tool/help", test_help);
  g_test_add_func ("/tool/version", test_version);
  g_test_add_func ("/tool/usage-errors", test_usage_errors);
  g_test_add_func ("/tool/validate/example", test_validate_example);
  g_test_add_func ("/tool/validate/broken", test_validate_broken);
  g_test_add_func ("/tool/validate/semantic", test_validate_semantic);
  g_test_add_func ("/tool/validate/governance", test_validate_governance);
  g_test_add_func ("/tool/stats", test_stats);
  g_test_add_func ("/tool/heatmap/csv", test_heatmap_csv);
  g_test_add_func ("/tool/heatmap/text", test_heatmap_text);
  g_test_add_func ("/tool/heatmap/json", test_heatmap_json);
  g_test_add_func ("/tool/generate/round-trip", test_generate_round_trip);
  g_test_add_func ("/tool/import", test_import);
  g_test_add_func ("/tool/import/errors", test_import_errors);
  g_test_add_func ("/tool/import/utf16", test_import_utf16);
  g_test_add_func ("/tool/import/ods", test_import_ods);
  g_test_add_func ("/tool/export", test_export);
  g_test_add_func ("/tool/export-workbook", test_export_workbook);
  g_test_add_func ("/tool/render/heatmap", test_render_heatmap);
  g_test_add_func ("/tool/render/timeline-governance", test_render_timeline_governance);
  g_test_add_func ("/tool/heatmap/csv-modes", test_heatmap_csv_modes);
  g_test_add_func ("/tool/analyse/text", test_analyse_text);
  g_test_add_func ("/tool/analyse/json", test_analyse_json);
  g_test_add_func ("/tool/survey", test_survey);
  g_test_add_func ("/tool/survey/errors", test_survey_errors);
  g_test_add_func ("/tool/survey/findings", test_survey_findings);
  g_test_add_func ("/tool/render/survey-form", test_render_survey_form);
  g_test_add_func ("/tool/render/survey", test_render_survey);
  g_test_add_func ("/tool/analyse/governance", test_analyse_governance);

  return g_test_run ();
}
