/* alignment-signal-private.h: what the case's history needs of a signal
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "alignment-signal.h"

G_BEGIN_DECLS

/* Called when a writable property of @self has changed, before "notify",
 * with the value it had.  GObject's "notify" cannot tell the old value;
 * without this the history would keep a copy of every signal (a
 * kilobyte each, and a second to take for 100 000 signals). */
typedef void (*AlignmentSignalWatch) (AlignmentSignal *self,
                                      GParamSpec      *pspec,
                                      const GValue    *old_value,
                                      gpointer         user_data);

/* One watch a signal: the history of the case that holds it.  @watch NULL
 * removes it. */
void alignment_signal_set_watch (AlignmentSignal      *self,
                                 AlignmentSignalWatch  watch,
                                 gpointer              user_data);

G_END_DECLS
