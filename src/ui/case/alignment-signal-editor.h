/* alignment-signal-editor.h: a form for the 18 columns of one signal
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "alignment-core.h"

G_BEGIN_DECLS

#define ALIGNMENT_TYPE_SIGNAL_EDITOR (alignment_signal_editor_get_type ())

G_DECLARE_FINAL_TYPE (AlignmentSignalEditor, alignment_signal_editor, ALIGNMENT, SIGNAL_EDITOR, GtkWidget)

/* Edits go straight into the signal (the case's history records them);
 * what the user types that is not valid (an id another signal has, a
 * date that is not one) is shown with why, and not applied. */

GtkWidget       *alignment_signal_editor_new        (void);
/* Shows @signal of @document; NULL for none. */
void             alignment_signal_editor_set_signal (AlignmentSignalEditor *self,
                                                     AlignmentDocument     *document,
                                                     AlignmentSignal       *signal);
AlignmentSignal *alignment_signal_editor_get_signal (AlignmentSignalEditor *self);
/* Moves the keyboard focus to the first field (the id). */
void             alignment_signal_editor_focus      (AlignmentSignalEditor *self);
/* The messages shown, newline-separated (for tests and the status). */
char            *alignment_signal_editor_dup_messages (AlignmentSignalEditor *self);

G_END_DECLS
