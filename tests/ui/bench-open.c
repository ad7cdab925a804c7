/* bench-open.c: how long the window takes to open generated cases
 *
 * Run by `meson test --benchmark` under Xvfb and a D-Bus session, with
 * the accessibility bus on, as on a desktop.  Opens cases of 300, 2 000,
 * 20 000 and 100 000 signals in a real window, one after another, and
 * prints one table: the time from alignment_window_open() to the case
 * on screen (its first frame painted), to idle (nothing dispatched for
 * a while), the peak memory of the process, and the longest single
 * main-loop dispatch, which is what a user feels as a frozen window.
 * Then Cancel: with a 2 000-signal case shown, a 100 000-signal load is
 * cancelled half a second in, and the row gives the time from Cancel to
 * the case shown again (painted) and the longest dispatch meanwhile.
 * It never fails on timing.
 *
 * ALIGNMENT_BENCH_SIZES (comma-separated) chooses other sizes.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>
#include <stdio.h>
#include <string.h>

#include "ui-test.h"

/* No dispatch for this long is idle. */
#define QUIET_US (300 * G_TIME_SPAN_MILLISECOND)
/* A case not idle after this long is reported as such. */
#define LIMIT_US (180 * G_TIME_SPAN_SECOND)

typedef struct
{
  guint  n_signals;
  double on_screen_s;
  double idle_s;
  double stall_ms;
  guint  peak_mb;
} Figures;

static gint64 painted_at;

static void
after_paint_cb (GdkFrameClock *clock,
                gpointer       unused)
{
  painted_at = g_get_monotonic_time ();
}

/* VmHWM, in MiB; clear_refs resets it between cases. */
static guint
peak_memory_mb (void)
{
  g_autofree char *status = NULL;
  const char *hwm;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL))
    return 0;
  hwm = strstr (status, "VmHWM:");
  return hwm != NULL ? (guint) (g_ascii_strtoull (hwm + 6, NULL, 10) / 1024) : 0;
}

static void
reset_peak_memory (void)
{
  FILE *f = fopen ("/proc/self/clear_refs", "w");

  if (f != NULL)
    {
      fputs ("5", f);
      fclose (f);
    }
}

static Figures
measure (AlignmentWindow *window,
         guint            n_signals)
{
  g_autoptr(GFile) file = ui_test_write_generated_case (n_signals);
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));
  Figures f = { n_signals, -1, -1, 0, 0 };
  gint64 start, shown = 0, last_busy, now;
  gulong handler;

  /* Memory and the page cache as a second open would find them. */
  ui_test_settle ();
  reset_peak_memory ();
  handler = g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), NULL);

  start = last_busy = g_get_monotonic_time ();
  painted_at = 0;
  alignment_window_open (window, file);

  for (;;)
    {
      gint64 before = g_get_monotonic_time ();
      gboolean dispatched = g_main_context_iteration (NULL, FALSE);

      now = g_get_monotonic_time ();
      if (dispatched)
        {
          f.stall_ms = MAX (f.stall_ms, (now - before) / 1000.0);
          last_busy = now;
        }
      if (shown == 0 && alignment_window_get_document (window) != NULL
          && painted_at > 0 && !alignment_window_get_loading (window))
        {
          /* The first frame painted after the document arrived. */
          if (painted_at >= start)
            {
              painted_at = 0;
              shown = -1;
            }
        }
      else if (shown == -1 && painted_at > 0)
        shown = painted_at;
      if (shown > 0 && now - last_busy >= QUIET_US)
        break;
      if (now - start > LIMIT_US)
        break;
      if (!dispatched)
        g_usleep (500);
    }

  g_signal_handler_disconnect (clock, handler);
  if (shown > 0)
    f.on_screen_s = (shown - start) / (double) G_USEC_PER_SEC;
  if (now - start <= LIMIT_US)
    f.idle_s = (last_busy - start) / (double) G_USEC_PER_SEC;
  f.peak_mb = peak_memory_mb ();
  g_file_delete (file, NULL, NULL);
  return f;
}

/* Runs the loop until it has been quiet for QUIET_US; the longest
 * dispatch, in ms. */
static double
run_until_quiet (gint64 *painted)
{
  gint64 start = g_get_monotonic_time ();
  gint64 last_busy = start, now;
  double stall_ms = 0;

  for (;;)
    {
      gint64 before = g_get_monotonic_time ();
      gboolean dispatched = g_main_context_iteration (NULL, FALSE);

      now = g_get_monotonic_time ();
      if (dispatched)
        {
          stall_ms = MAX (stall_ms, (now - before) / 1000.0);
          last_busy = now;
        }
      if (*painted == 0 && painted_at > 0)
        *painted = painted_at;
      if (now - last_busy >= QUIET_US || now - start > LIMIT_US)
        return stall_ms;
      if (!dispatched)
        g_usleep (500);
    }
}

static void
measure_cancel (AlignmentWindow *window)
{
  g_autoptr(GFile) shown = ui_test_write_generated_case (2000);
  g_autoptr(GFile) big = ui_test_write_generated_case (100000);
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));
  AlignmentDocument *before;
  gint64 start, painted = 0;
  double stall_ms;
  gulong handler;

  alignment_window_open (window, shown);
  while (alignment_window_get_loading (window) || alignment_window_get_document (window) == NULL)
    g_main_context_iteration (NULL, TRUE);
  ui_test_settle ();
  before = alignment_window_get_document (window);

  alignment_window_open (window, big);
  ui_test_spin_for (500);
  handler = g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), NULL);
  painted_at = 0;
  start = g_get_monotonic_time ();
  gtk_widget_activate_action (GTK_WIDGET (window), "win.cancel-loading", NULL);
  stall_ms = run_until_quiet (&painted);
  g_signal_handler_disconnect (clock, handler);

  printf ("\nCancel of a 100 000-signal load, back to a 2 000-signal case:\n");
  printf ("| back to the case (painted) | longest stall | the same case |\n");
  printf ("| -------------------------- | ------------- | ------------- |\n");
  printf ("| %23.0f ms | %10.0f ms | %13s |\n",
          painted > 0 ? (painted - start) / 1000.0 : -1.0, stall_ms,
          alignment_window_get_document (window) == before ? "yes" : "no");
  fflush (stdout);
  g_file_delete (shown, NULL, NULL);
  g_file_delete (big, NULL, NULL);
}

static void
print_row (const Figures *f)
{
  g_autofree char *shown = f->on_screen_s >= 0 ? g_strdup_printf ("%.2f s", f->on_screen_s) : g_strdup ("—");
  g_autofree char *idle = f->idle_s >= 0 ? g_strdup_printf ("%.2f s", f->idle_s) : g_strdup (">180 s");

  printf ("| %7u | %9s | %9s | %6u MB | %8.0f ms |\n",
          f->n_signals, shown, idle, f->peak_mb, f->stall_ms);
  fflush (stdout);
}

static void
bench_open (void)
{
  const char *sizes_env = g_getenv ("ALIGNMENT_BENCH_SIZES");
  g_auto(GStrv) sizes = g_strsplit (sizes_env != NULL ? sizes_env : "300,2000,20000,100000", ",", -1);
  AlignmentWindow *window = ui_test_new_window ();

  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 900);
  ui_test_settle ();

  printf ("| signals | on screen |   to idle |    peak   | longest stall |\n");
  printf ("| ------- | --------- | --------- | --------- | ------------- |\n");
  for (guint i = 0; sizes[i] != NULL; i++)
    {
      Figures f = measure (window, (guint) g_ascii_strtoull (sizes[i], NULL, 10));

      print_row (&f);
    }
  if (g_getenv ("ALIGNMENT_BENCH_NO_CANCEL") == NULL)
    measure_cancel (window);

  gtk_window_destroy (GTK_WINDOW (window));
  ui_test_settle ();
}

int
main (int   argc,
      char *argv[])
{
  int status;

  if (!ui_test_init (&argc, &argv, "/bench/skipped", "bench-open-XXXXXX", &status))
    return status;
  ui_test_start_application (G_APPLICATION_HANDLES_OPEN | G_APPLICATION_NON_UNIQUE);
  ui_test_add ("/bench/open", bench_open, UI_TEST_FRESH_CASES);
  return ui_test_run ();
}
