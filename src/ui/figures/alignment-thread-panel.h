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
 *   "case"      AlignmentCase, may be NULL
 *   "editable"  boolean: the thread whose row is open is edited in a form
 *               above the list (number, title, story, realms of
 *               alignment); FALSE by default
 *   "thread"    guint: the thread edited, 0 for none
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
void                     alignment_thread_panel_set_editable (AlignmentThreadPanel *self,
                                                              gboolean              editable);
gboolean                 alignment_thread_panel_get_editable (AlignmentThreadPanel *self);
guint                    alignment_thread_panel_get_thread   (AlignmentThreadPanel *self);
/* Edits thread @number (opening its row), or none with 0. */
void                     alignment_thread_panel_set_thread   (AlignmentThreadPanel *self,
                                                              guint                 number);
/* The history the edits go through, each one step (typing merges, as
 * elsewhere); without one they are made all the same, not undoable. */
void                     alignment_thread_panel_set_history  (AlignmentThreadPanel *self,
                                                              AlignmentHistory     *history);
AlignmentHistory        *alignment_thread_panel_get_history  (AlignmentThreadPanel *self);
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
