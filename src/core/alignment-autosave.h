/* alignment-autosave.h: recovery copies of one document's unsaved changes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "alignment-document.h"

G_BEGIN_DECLS

#define ALIGNMENT_TYPE_AUTOSAVE (alignment_autosave_get_type ())

G_DECLARE_FINAL_TYPE (AlignmentAutosave, alignment_autosave, ALIGNMENT, AUTOSAVE, GObject)

/* Keeps a recovery copy (alignment-recovery.h) of @document in @folder
 * (NULL: alignment_recovery_get_folder()) under @key (NULL: a new one)
 * while the document has unsaved changes: a few seconds after the last
 * change (ALIGNMENT_RECOVERY_DELAY_MS, default 5000), and soon after
 * every step of its history.  Saving the document, or undoing back to
 * the saved state, removes the copy.  Copies are written in a thread;
 * the default GApplication is held while one is.
 *
 * The document owns its autosave (alignment_document_set_autosave());
 * the autosave does not own the document.
 *
 * Signals: "failed" (const GError *), the first time a copy cannot be
 * written: the case itself is fine, but a crash now would lose the
 * changes, and the user should know. */
AlignmentAutosave *alignment_autosave_new          (AlignmentDocument *document,
                                                    GFile             *folder,
                                                    const char        *key);

const char        *alignment_autosave_get_key      (AlignmentAutosave *self);

/* Removes the copy now (also one being written): the user let the
 * changes go.  The next change writes a new one. */
void               alignment_autosave_discard      (AlignmentAutosave *self);

G_END_DECLS
