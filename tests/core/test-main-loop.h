/* test-main-loop.h: waiting, in core tests, for what the main loop does
 *
 * Timers, idles, file monitors and GTask callbacks of the core library
 * run in the main context: a test turns it until what it waits for is
 * there, or for a while to see that nothing comes.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

static inline gboolean
test_main_loop_timed_out_cb (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

/* Turns the main context for @ms milliseconds. */
static inline void
test_spin_for (guint ms)
{
  gboolean timed_out = FALSE;

  g_timeout_add (ms, test_main_loop_timed_out_cb, &timed_out);
  while (!timed_out)
    g_main_context_iteration (NULL, TRUE);
}

/* Turns the main context until @done (@data) is TRUE; fails the test,
 * saying it waited for @what, after ten seconds. */
static inline void
test_spin_until (gboolean  (*done) (gpointer data),
                 gpointer    data,
                 const char *what)
{
  gboolean timed_out = FALSE;
  guint timeout = g_timeout_add_seconds (10, test_main_loop_timed_out_cb, &timed_out);

  while (!done (data) && !timed_out)
    g_main_context_iteration (NULL, TRUE);
  if (timed_out)
    g_error ("Waited ten seconds in vain for %s", what);
  g_source_remove (timeout);
}
