/* alignment-document.h: a case being edited, with its file and history
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "alignment-types.h"
#include "alignment-history.h"

G_BEGIN_DECLS

#define ALIGNMENT_TYPE_DOCUMENT (alignment_document_get_type ())

G_DECLARE_FINAL_TYPE (AlignmentDocument, alignment_document, ALIGNMENT, DOCUMENT, GObject)

/* Properties: "case" and "history" (construct-only), "file" (NULL for a
 * case never saved), "modified" (follows the history), "title" (what a
 * window shows: the case title, else the file name, else "Unsaved Case").
 * All notified. */

AlignmentDocument *alignment_document_new          (AlignmentCase      *alignment_case,
                                                    GFile              *file);

/* Reads @file in a thread: the case, checked, and its history (watching
 * every signal is part of the work, and a big case is big). */
void               alignment_document_load_async   (GFile              *file,
                                                    GCancellable       *cancellable,
                                                    GAsyncReadyCallback callback,
                                                    gpointer            user_data);
AlignmentDocument *alignment_document_load_finish  (GAsyncResult       *result,
                                                    GError            **error);

AlignmentCase     *alignment_document_get_case     (AlignmentDocument  *self);
AlignmentHistory  *alignment_document_get_history  (AlignmentDocument  *self);
GFile             *alignment_document_get_file     (AlignmentDocument  *self);
gboolean           alignment_document_get_modified (AlignmentDocument  *self);
char              *alignment_document_dup_title    (AlignmentDocument  *self);

/* Saves to @file (NULL: the document's own file) atomically; on success
 * the document's file becomes @file and it is no longer modified. */
gboolean           alignment_document_save         (AlignmentDocument  *self,
                                                    GFile              *file,
                                                    GError            **error);

/* The same in a thread, for big cases.  The case must not change until
 * the callback: the caller keeps its editors from touching it. */
void               alignment_document_save_async   (AlignmentDocument  *self,
                                                    GFile              *file,
                                                    GCancellable       *cancellable,
                                                    GAsyncReadyCallback callback,
                                                    gpointer            user_data);
gboolean           alignment_document_save_finish  (AlignmentDocument  *self,
                                                    GAsyncResult       *result,
                                                    GError            **error);

G_END_DECLS
