/* alignment-thread-panel.h: the threads of a case and what they show
 *
 * Every thread with its opening signal and sender, the steps of the
 * alignment pattern found, status, days to alignment, flags and net trust
 * per realm; then the case's findings, each with the signals behind it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "alignment-core.h"

G_BEGIN_DECLS

#define ALIGNMENT_TYPE_THREAD_PANEL (alignment_thread_panel_get_type ())

G_DECLARE_FINAL_TYPE (AlignmentThreadPanel, alignment_thread_panel, ALIGNMENT, THREAD_PANEL, GtkWidget)

/* Properties:
 *   "case"  AlignmentCase, may be NULL
 *
 * Signals:
 *   "signals-activated" (GArray *positions): the user asked to see the
 *       signals of a thread or of a finding ("Show Signals").  @positions
 *       (a GArray of guint, valid during the emission) index the case's
 *       signal list.
 */

GtkWidget               *alignment_thread_panel_new          (void);
AlignmentCase           *alignment_thread_panel_get_case     (AlignmentThreadPanel *self);
void                     alignment_thread_panel_set_case     (AlignmentThreadPanel *self,
                                                              AlignmentCase        *case_);
/* Recomputes after signals of the case were edited. */
void                     alignment_thread_panel_refresh      (AlignmentThreadPanel *self);
/* What the panel shows; NULL without a case. */
const AlignmentFindings *alignment_thread_panel_get_findings (AlignmentThreadPanel *self);
/* Emits "signals-activated" for thread @number, or for finding @index
 * (in AlignmentFindings.findings), as the rows' buttons do. */
void                     alignment_thread_panel_activate_thread  (AlignmentThreadPanel *self,
                                                                  guint                 number);
void                     alignment_thread_panel_activate_finding (AlignmentThreadPanel *self,
                                                                  guint                 index);

G_END_DECLS
