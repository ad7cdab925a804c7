/* bench-timeline-sizes.c: timeline frames from small cases to large
 *
 * Run by `meson test --benchmark`.  Generates cases of 30 to 100 000
 * signals and prints, in one table, what
 *
 *   alignment-tool render timeline CASE --width 1920 --height 1080 --dpi 72 --repeat 30
 *
 * reports for each: the whole case on a full-HD screen, every frame laid
 * out and painted from scratch.  The figures of the issue that set the
 * targets stand beside them.  Timing never fails the run; a tool that
 * fails or prints no figures does.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>
#include <stdio.h>

#include <glib/gstdio.h>

#define N_FRAMES "30"

typedef struct
{
  guint       n_signals;
  const char *label;
  double      before;  /* median ms, as measured when the targets were set */
  double      target;  /* ms */
} Size;

static const Size sizes[] = {
  {     30, "30",                     7,  8 },
  {    300, "300",                   13,  8 },
  {   1000, "1 000",                 36,  8 },
  {   3000, "3 000",                 40,  8 },
  { 100000, "100 000 (as density)",   6,  4 },
};

static char *
run_tool (const char * const *argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  char *out = NULL;
  int status = 0;

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, &err, &status, &error)
      || !g_spawn_check_wait_status (status, &error))
    g_error ("%s %s failed: %s\n%s", argv[0], argv[1], error->message, err != NULL ? err : "");
  return out;
}

int
main (void)
{
  const char *tool = g_getenv ("ALIGNMENT_TOOL");
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  gboolean all_met = TRUE;

  setlocale (LC_ALL, "");
  if (tool == NULL)
    {
      g_printerr ("ALIGNMENT_TOOL is not set: run me with `meson test --benchmark`\n");
      return 1;
    }
  dir = g_dir_make_tmp ("bench-timeline-XXXXXX", &error);
  g_assert_no_error (error);

  g_print ("alignment-tool render timeline --width 1920 --height 1080 --dpi 72 --repeat " N_FRAMES
           ", whole case shown:\n\n");
  g_print ("| signals              | median ms | min ms | before | target | |\n");
  g_print ("| -------------------- | --------- | ------ | ------ | ------ | --- |\n");

  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      g_autofree char *n = g_strdup_printf ("%u", sizes[i].n_signals);
      g_autofree char *path = g_strdup_printf ("%s/g%u.alignment", dir, sizes[i].n_signals);
      g_autofree char *png = g_build_filename (dir, "frame.png", NULL);
      const char *generate[] = { tool, "generate", "--signals", n, "-o", path, NULL };
      const char *render[] = { tool, "render", "timeline", path, "-o", png, "--width", "1920", "--height", "1080",
                               "--dpi", "72", "--repeat", N_FRAMES, NULL };
      g_autofree char *generated = run_tool (generate);
      g_autofree char *out = run_tool (render);
      const char *line = strstr (out, "frame ms: ");
      double min, median;

      if (line == NULL || sscanf (line, "frame ms: min %lf median %lf", &min, &median) != 2)
        g_error ("no frame times in:\n%s", out);
      all_met &= median <= sizes[i].target;
      g_print ("| %-20s | %9.2f | %6.2f | %6.0f | ≤ %4.0f | %s |\n", sizes[i].label, median, min,
               sizes[i].before, sizes[i].target, median <= sizes[i].target ? "met" : "NOT MET");
      g_unlink (path);
      g_unlink (png);
    }
  g_rmdir (dir);

  g_print ("\n%s (a loaded machine gives slower frames: compare runs on the same one)\n",
           all_met ? "All targets met" : "Some targets NOT MET");
  return 0;
}
