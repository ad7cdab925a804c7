/* alignment-history.h: undo and redo for every change to a case
 *
 * The history watches a case: its own properties, those of its signals,
 * stakeholders and lessons, and the insertions and removals in its three
 * lists.  Every change, whoever made it, becomes a reversible command, so
 * no view has to remember to report its edits.  Consecutive changes of
 * one text property of one object (typing) merge into one step; a
 * compound edit (a new signal and its fields) is made one step with
 * alignment_history_begin_group()/end_group().
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "alignment-types.h"

G_BEGIN_DECLS

#define ALIGNMENT_TYPE_HISTORY (alignment_history_get_type ())

G_DECLARE_FINAL_TYPE (AlignmentHistory, alignment_history, ALIGNMENT, HISTORY, GObject)

/* Properties (read-only, notified): "case", "can-undo", "can-redo",
 * "modified" (the case differs from the last saved or loaded state) and
 * "changes-since-save" (steps between the saved state and now).
 *
 * Signal "applied" (GObject *object): emitted after an undo or redo for
 * the object the step changed last (a signal, the case, a stakeholder,
 * a lesson or a list), so that a view can show it.
 *
 * Signal "changed": emitted for every change recorded, also for typing
 * that merges into the step on top (which notifies nothing else). */

AlignmentHistory *alignment_history_new                (AlignmentCase    *alignment_case);
AlignmentCase    *alignment_history_get_case           (AlignmentHistory *self);

gboolean          alignment_history_get_can_undo       (AlignmentHistory *self);
gboolean          alignment_history_get_can_redo       (AlignmentHistory *self);
gboolean          alignment_history_undo               (AlignmentHistory *self);
gboolean          alignment_history_redo               (AlignmentHistory *self);

/* Every change between these two is one step; they nest. */
void              alignment_history_begin_group        (AlignmentHistory *self);
void              alignment_history_end_group          (AlignmentHistory *self);
/* The next change starts a new step even when it is more typing in the
 * same field (the user left the field, or paused). */
void              alignment_history_break_merge        (AlignmentHistory *self);

/* The case as it is now is what is on disk. */
void              alignment_history_mark_saved         (AlignmentHistory *self);
gboolean          alignment_history_get_modified       (AlignmentHistory *self);
/* How many undo or redo steps lead back to the saved state; G_MAXUINT
 * when the saved state can no longer be reached. */
guint             alignment_history_get_changes_since_save (AlignmentHistory *self);

/* Forgets every step (the case stays as it is). */
void              alignment_history_clear              (AlignmentHistory *self);

G_END_DECLS
