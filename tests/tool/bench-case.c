/* bench-case.c: how a large case loads, saves and is analysed
 *
 * Run by `meson benchmark`.  Prints figures and whether each target is
 * met; timing never fails the run (only a broken load or save does).
 *
 *   load      ≤ 1.0 × `xmllint --noout` on the same file
 *   peak RSS  ≤ file size + 20 MB while loading
 *   save      ≤ 1.5 × load
 *   import    ≤ 2.0 × load, for the same case as a CSV sheet
 *   heatmap   ≤ 50 ms over 1 000 000 in-memory signals (week, month,
 *             thread)
 *
 * Peak memory is measured in a child process that only loads the file,
 * so that what this process holds does not count; a second child opens
 * it as the app does, with the undo history that watches every signal,
 * to tell what the history costs (a figure, no target).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <locale.h>
#include <spawn.h>
#include <stdio.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>

#include <unistd.h>

#include <glib-unix.h>
#include <glib/gstdio.h>

#include "alignment-core.h"

extern char **environ;

#define MB (1024.0 * 1024.0)
#define N_RUNS 3

/* ---- Child processes ---------------------------------------------------- */

typedef struct
{
  gboolean ok;        /* exited with status 0 */
  double   seconds;   /* wall clock */
  double   peak;      /* bytes: the child's own high-water mark when it
                       * reports one, else ru_maxrss from wait4() */
} ChildRun;

/* Runs @argv with stdout read into @out (when not NULL) and waits for it
 * with wait4(), which gives this child's own resource usage. */
static ChildRun
spawn_measured (const char * const *argv,
                char              **out)
{
  posix_spawn_file_actions_t actions;
  ChildRun run = { FALSE, 0.0, 0.0 };
  struct rusage usage;
  int pipe_fds[2] = { -1, -1 };
  gint64 start;
  pid_t pid;
  int status = 0;
  int err;

  posix_spawn_file_actions_init (&actions);
  if (out != NULL)
    {
      if (!g_unix_open_pipe (pipe_fds, FD_CLOEXEC, NULL))
        g_error ("pipe: %s", g_strerror (errno));
      posix_spawn_file_actions_adddup2 (&actions, pipe_fds[1], STDOUT_FILENO);
    }
  else
    {
      posix_spawn_file_actions_addopen (&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
    }

  start = g_get_monotonic_time ();
  err = posix_spawnp (&pid, argv[0], &actions, NULL, (char * const *) argv, environ);
  posix_spawn_file_actions_destroy (&actions);
  if (err != 0)
    {
      g_printerr ("cannot run %s: %s\n", argv[0], g_strerror (err));
      if (out != NULL)
        {
          close (pipe_fds[0]);
          close (pipe_fds[1]);
          *out = g_strdup ("");
        }
      return run;
    }

  if (out != NULL)
    {
      GString *text = g_string_new (NULL);
      char buf[4096];
      gssize n;

      close (pipe_fds[1]);
      while ((n = read (pipe_fds[0], buf, sizeof buf)) > 0 || (n < 0 && errno == EINTR))
        if (n > 0)
          g_string_append_len (text, buf, n);
      close (pipe_fds[0]);
      *out = g_string_free (text, FALSE);
    }

  while (wait4 (pid, &status, 0, &usage) < 0)
    if (errno != EINTR)
      g_error ("wait4: %s", g_strerror (errno));

  run.seconds = (double) (g_get_monotonic_time () - start) / G_USEC_PER_SEC;
  run.ok = WIFEXITED (status) && WEXITSTATUS (status) == 0;
  run.peak = (double) usage.ru_maxrss * 1024.0;
  return run;
}

static ChildRun
spawn_best_of (const char * const *argv,
               guint               n_runs)
{
  ChildRun best = { FALSE, G_MAXDOUBLE, 0.0 };

  for (guint i = 0; i < n_runs; i++)
    {
      ChildRun run = spawn_measured (argv, NULL);

      if (!run.ok)
        return run;
      best.ok = TRUE;
      best.seconds = MIN (best.seconds, run.seconds);
      best.peak = MAX (best.peak, run.peak);
    }

  return best;
}

/* VmHWM of this process: its own peak resident size, free of what
 * ru_maxrss inherits from a parent across fork and exec. */
static double
own_peak_bytes (void)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL)
      || (line = strstr (status, "VmHWM:")) == NULL)
    {
      struct rusage usage;

      getrusage (RUSAGE_SELF, &usage);
      return (double) usage.ru_maxrss * 1024.0;
    }

  return g_ascii_strtod (line + strlen ("VmHWM:"), NULL) * 1024.0;
}

/* The child mode: load @path, print the peak, exit. */
static int
load_only (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(AlignmentCase) self = alignment_case_load (file, NULL, &error);

  if (self == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }

  g_print ("%.0f\n", own_peak_bytes ());
  return 0;
}

static void
document_loaded_cb (GObject      *source,
                    GAsyncResult *result,
                    gpointer      data)
{
  AlignmentDocument **document = data;
  g_autoptr(GError) error = NULL;

  *document = alignment_document_load_finish (result, &error);
  if (*document == NULL)
    g_error ("%s", error->message);
}

/* The other child mode: open @path as the app does (the case and its
 * undo history), print the peak, exit. */
static int
open_document_only (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(AlignmentDocument) document = NULL;

  alignment_document_load_async (file, NULL, NULL, NULL, document_loaded_cb, &document);
  while (document == NULL)
    g_main_context_iteration (NULL, TRUE);

  g_print ("%.0f\n", own_peak_bytes ());
  return 0;
}

/* ---- In-process timing -------------------------------------------------- */

static double
seconds_since (gint64 start)
{
  return (double) (g_get_monotonic_time () - start) / G_USEC_PER_SEC;
}

static double
time_load (GFile          *file,
           AlignmentCase **loaded)
{
  double best = G_MAXDOUBLE;

  for (guint i = 0; i < N_RUNS; i++)
    {
      g_autoptr(GError) error = NULL;
      AlignmentCase *self;
      gint64 start = g_get_monotonic_time ();

      self = alignment_case_load (file, NULL, &error);
      best = MIN (best, seconds_since (start));
      if (self == NULL)
        g_error ("load: %s", error->message);

      if (i + 1 == N_RUNS)
        *loaded = self;
      else
        g_object_unref (self);
    }

  return best;
}

static double
time_save (AlignmentCase *self,
           GFile         *file)
{
  double best = G_MAXDOUBLE;

  for (guint i = 0; i < N_RUNS; i++)
    {
      g_autoptr(GError) error = NULL;
      gint64 start = g_get_monotonic_time ();

      if (!alignment_case_save (self, file, NULL, &error))
        g_error ("save: %s", error->message);
      best = MIN (best, seconds_since (start));
    }

  return best;
}

/* Reading the sheet and importing its signals, as alignment-tool import
 * and the app's import do. */
static double
time_import (GBytes *csv)
{
  double best = G_MAXDOUBLE;

  for (guint i = 0; i < N_RUNS; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(AlignmentSheet) sheet = NULL;
      g_autoptr(AlignmentImport) import = NULL;
      gint64 start = g_get_monotonic_time ();
      gsize length;
      const char *data = g_bytes_get_data (csv, &length);

      sheet = alignment_sheet_read_delimited (data, length, &error);
      if (sheet != NULL)
        import = alignment_import_sheet (sheet, NULL, &error);
      if (import == NULL)
        g_error ("import: %s", error->message);
      best = MIN (best, seconds_since (start));
    }

  return best;
}

static double
time_heatmap (AlignmentSignal * const *signals,
              guint                   n_signals,
              AlignmentBucketKind     kind,
              guint                  *n_buckets)
{
  double best = G_MAXDOUBLE;

  for (guint i = 0; i < 5; i++)
    {
      gint64 start = g_get_monotonic_time ();
      g_autoptr(AlignmentHeatmap) heatmap = alignment_heatmap_compute (signals, n_signals, kind, FALSE);

      best = MIN (best, seconds_since (start));
      *n_buckets = heatmap->buckets->len;
    }

  return best;
}

/* ---- Report ------------------------------------------------------------- */

static GString *summary;

static void
target (const char *what,
        gboolean    met,
        const char *format,
        ...) G_GNUC_PRINTF (3, 4);

static void
target (const char *what,
        gboolean    met,
        const char *format,
        ...)
{
  g_autofree char *figure = NULL;
  va_list args;

  va_start (args, format);
  figure = g_strdup_vprintf (format, args);
  va_end (args);

  g_string_append_printf (summary, "  %s%*s %s%*s %s\n",
                          what, MAX (30 - (int) g_utf8_strlen (what, -1), 0), "",
                          figure, MAX (26 - (int) g_utf8_strlen (figure, -1), 0), "",
                          met ? "met" : "NOT MET");
}

static void
figure (const char *what,
        const char *format,
        ...) G_GNUC_PRINTF (2, 3);

static void
figure (const char *what,
        const char *format,
        ...)
{
  g_autofree char *text = NULL;
  va_list args;

  va_start (args, format);
  text = g_strdup_vprintf (format, args);
  va_end (args);

  g_print ("  %-40s %s\n", what, text);
}

static char *
self_path (const char *argv0)
{
  char *path = g_file_read_link ("/proc/self/exe", NULL);

  return path != NULL ? path : g_canonicalize_filename (argv0, NULL);
}

int
main (int    argc,
      char **argv)
{
  int n_signals = 100000;
  int n_heatmap = 1000000;
  g_autofree char *load_path = NULL;
  g_autofree char *document_path = NULL;
  const GOptionEntry entries[] = {
    { "signals", 'n', 0, G_OPTION_ARG_INT, &n_signals, "Signals in the file (default 100000)", "N" },
    { "heatmap-signals", 'm', 0, G_OPTION_ARG_INT, &n_heatmap, "Signals for the heatmap (default 1000000)", "N" },
    { "load", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_FILENAME, &load_path, NULL, NULL },
    { "open-document", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_FILENAME, &document_path, NULL, NULL },
    G_OPTION_ENTRY_NULL
  };
  static const struct {
    AlignmentBucketKind kind;
    const char *name;
  } kinds[] = {
    { ALIGNMENT_BUCKET_WEEK, "week" },
    { ALIGNMENT_BUCKET_MONTH, "month" },
    { ALIGNMENT_BUCKET_QUARTER, "quarter" },
    { ALIGNMENT_BUCKET_THREAD, "thread" },
  };
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *me = self_path (argv[0]);
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *saved_path = NULL;
  g_autofree char *count = NULL;
  g_autofree char *child_out = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFile) saved = NULL;
  g_autoptr(AlignmentCase) loaded = NULL;
  g_autoptr(AlignmentCase) big = NULL;
  const char *tool = g_getenv ("ALIGNMENT_TOOL");
  ChildRun generated, child, document_child, validate, xmllint = { FALSE, 0.0, 0.0 };
  double load_s, save_s, size, child_peak, document_peak;
  AlignmentSignal * const *signals;
  GStatBuf st;
  guint n;

  /* The report has "≤" and "×": without a UTF-8 locale g_print would
   * turn them into "?". */
  setlocale (LC_ALL, "");

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }
  if (load_path != NULL)
    return load_only (load_path);
  if (document_path != NULL)
    return open_document_only (document_path);

  if (tool == NULL)
    {
      g_printerr ("ALIGNMENT_TOOL is not set: run me with `meson benchmark`\n");
      return 2;
    }

  summary = g_string_new (NULL);
  dir = g_dir_make_tmp ("alignment-bench-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (dir, "bench.alignment", NULL);
  saved_path = g_build_filename (dir, "saved.alignment", NULL);
  file = g_file_new_for_path (path);
  saved = g_file_new_for_path (saved_path);

  g_print ("Alignment benchmark: %d signals in a file, heatmap over %d\n\n", n_signals, n_heatmap);

  /* Generated by a child too, so that this process stays small while it
   * spawns the children whose peak memory is measured. */
  count = g_strdup_printf ("%d", n_signals);
  generated = spawn_measured ((const char * const[]) { tool, "generate", "--signals", count,
                                                       "--seed", "1", "-o", path, NULL }, NULL);
  if (!generated.ok || g_stat (path, &st) != 0)
    {
      g_printerr ("alignment-tool generate failed\n");
      return 1;
    }
  size = (double) st.st_size;
  figure ("file size", "%.1f MB (%.0f bytes a signal)", size / MB, size / MAX (n_signals, 1));
  figure ("generate + save (alignment-tool)", "%.0f ms", generated.seconds * 1000);

  /* Peak memory of a process that only loads. */
  child = spawn_measured ((const char * const[]) { me, "--load", path, NULL }, &child_out);
  if (!child.ok)
    {
      g_printerr ("loading %s failed\n", path);
      return 1;
    }
  child_peak = g_ascii_strtod (child_out, NULL);
  figure ("peak RSS while loading", "%.1f MB (file size %+.1f MB)", child_peak / MB, (child_peak - size) / MB);

  /* The same, opened as the app opens it: with its undo history. */
  g_clear_pointer (&child_out, g_free);
  document_child = spawn_measured ((const char * const[]) { me, "--open-document", path, NULL }, &child_out);
  if (!document_child.ok)
    {
      g_printerr ("opening %s as a document failed\n", path);
      return 1;
    }
  document_peak = g_ascii_strtod (child_out, NULL);
  figure ("peak RSS, opened with undo history", "%.1f MB (%+.1f MB over loading alone)",
          document_peak / MB, (document_peak - child_peak) / MB);
  figure ("load alone, opened with history", "%.0f ms, %.0f ms (each a process of its own)",
          child.seconds * 1000, document_child.seconds * 1000);

  validate = spawn_measured ((const char * const[]) { tool, "validate", path, NULL }, NULL);
  figure ("peak RSS, alignment-tool validate", "%.1f MB, %.0f ms%s", validate.peak / MB,
          validate.seconds * 1000, validate.ok ? "" : " (FAILED)");

  xmllint = spawn_best_of ((const char * const[]) { "xmllint", "--noout", "--nonet", path, NULL }, N_RUNS);
  if (xmllint.ok)
    figure ("xmllint --noout (best of 3)", "%.0f ms, peak RSS %.1f MB",
            xmllint.seconds * 1000, xmllint.peak / MB);
  else
    figure ("xmllint --noout", "could not run");

  load_s = time_load (file, &loaded);
  figure ("load (best of 3)", "%.0f ms (%.0f signals/s)", load_s * 1000, n_signals / load_s);
  save_s = time_save (loaded, saved);
  figure ("save (best of 3)", "%.0f ms", save_s * 1000);

  if (xmllint.ok)
    target ("load ≤ 1.0 × xmllint", load_s <= xmllint.seconds,
            "%.2f × (%.0f / %.0f ms)", load_s / xmllint.seconds, load_s * 1000, xmllint.seconds * 1000);
  else
    g_string_append (summary, "  load ≤ 1.0 × xmllint            not measured: xmllint did not run\n");
  target ("peak ≤ size + 20 MB", child_peak <= size + 20 * MB,
          "size %+.1f MB", (child_peak - size) / MB);
  target ("save ≤ 1.5 × load", save_s <= 1.5 * load_s,
          "%.2f × (%.0f / %.0f ms)", save_s / load_s, save_s * 1000, load_s * 1000);

  /* The same case as a sheet, imported as a spreadsheet would be. */
  {
    g_autoptr(GBytes) csv = alignment_case_to_delimited (loaded, ',');
    double import_s = time_import (csv);

    figure ("CSV size", "%.1f MB", g_bytes_get_size (csv) / MB);
    figure ("CSV import (best of 3)", "%.0f ms", import_s * 1000);
    target ("CSV import ≤ 2 × load", import_s <= 2 * load_s,
            "%.2f × (%.0f / %.0f ms)", import_s / load_s, import_s * 1000, load_s * 1000);
  }

  g_clear_object (&loaded);

  /* The heatmap over a million signals in memory, as the app holds them. */
  {
    gint64 start = g_get_monotonic_time ();

    big = alignment_case_generate ((guint) n_heatmap, 0, 2);
    figure ("generate in memory", "%d signals in %.1f s", n_heatmap, seconds_since (start));
  }
  signals = (AlignmentSignal * const *) alignment_signal_list_peek (alignment_case_get_signals (big), &n);
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      g_autofree char *what = g_strdup_printf ("heatmap by %s (best of 5)", kinds[i].name);
      g_autofree char *goal = g_strdup_printf ("heatmap %s ≤ 50 ms", kinds[i].name);
      guint n_buckets = 0;
      double s = time_heatmap (signals, n, kinds[i].kind, &n_buckets);

      figure (what, "%.1f ms, %u buckets", s * 1000, n_buckets);
      target (goal, s <= 0.050, "%.1f ms", s * 1000);
    }

  g_print ("\nTargets (figures, never a failure):\n%s", summary->str);

  g_remove (path);
  g_remove (saved_path);
  g_rmdir (dir);
  g_string_free (summary, TRUE);

  return 0;
}
