/* bench-report.c: the review report of a generated case of 2 000 signals
 *
 * Prints the time alignment-tool takes to lay the report out and write
 * its PDF, against the target of 5 s; never fails on timing.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gio/gio.h>
#include <glib/gstdio.h>

#define N_SIGNALS "2000"
#define TARGET_MS 5000.0

static gboolean
run (const char * const *argv,
     char              **out)
{
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;

  process = g_subprocess_newv (argv, G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_PIPE, &error);
  if (process == NULL || !g_subprocess_communicate_utf8 (process, NULL, NULL, out, &err, &error))
    {
      g_printerr ("%s: %s\n", argv[0], error->message);
      return FALSE;
    }
  if (!g_subprocess_get_if_exited (process) || g_subprocess_get_exit_status (process) != 0)
    {
      g_printerr ("%s failed:\n%s\n", argv[1], err);
      return FALSE;
    }
  return TRUE;
}

int
main (void)
{
  const char *tool = g_getenv ("ALIGNMENT_TOOL");
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("alignment-bench-report-XXXXXX", &error);
  g_autofree char *kase = NULL;
  g_autofree char *pdf = NULL;
  g_autofree char *out = NULL;
  g_autofree char *generated = NULL;
  gint64 start;
  double ms;
  gboolean ok;

  if (tool == NULL || dir == NULL)
    {
      g_printerr ("ALIGNMENT_TOOL is not set, or no temporary folder\n");
      return 1;
    }
  kase = g_build_filename (dir, "case.alignment", NULL);
  pdf = g_build_filename (dir, "report.pdf", NULL);

  {
    const char *argv[] = { tool, "generate", "--signals", N_SIGNALS, "--seed", "18", "-o", kase, NULL };

    if (!run (argv, &generated))
      return 1;
  }

  /* The whole case as one period, so that every signal is in every
   * section and the timeline runs over its most pages. */
  {
    const char *argv[] = { tool, "render", "report", kase, "-o", pdf, "--from", "1900-01-01",
                           "--to", "2100-12-31", "--time", NULL };

    start = g_get_monotonic_time ();
    ok = run (argv, &out);
    ms = (g_get_monotonic_time () - start) / 1000.0;
  }

  g_print ("report of %s signals: %s", N_SIGNALS, ok ? out : "failed\n");
  g_print ("wall ms %.0f  target < %.0f  %s\n", ms, TARGET_MS, ms < TARGET_MS ? "met" : "MISSED");

  g_unlink (kase);
  g_unlink (pdf);
  g_rmdir (dir);
  return ok ? 0 : 1;
}
