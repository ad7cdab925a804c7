/* alignment-document.h: a case being edited, with its file and history
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "alignment-types.h"
#include "alignment-file-stamp.h"
#include "alignment-history.h"

G_BEGIN_DECLS

/* alignment-autosave.h includes this header. */
typedef struct _AlignmentAutosave AlignmentAutosave;

#define ALIGNMENT_DOCUMENT_ERROR (alignment_document_error_quark ())

typedef enum
{
  /* The file is no longer what the document was loaded from or last
   * saved to: another program (or window) wrote it. */
  ALIGNMENT_DOCUMENT_ERROR_CHANGED_ON_DISK,
} AlignmentDocumentError;

GQuark             alignment_document_error_quark  (void);

#define ALIGNMENT_TYPE_DOCUMENT (alignment_document_get_type ())

G_DECLARE_FINAL_TYPE (AlignmentDocument, alignment_document, ALIGNMENT, DOCUMENT, GObject)

/* Properties: "case" and "history" (construct-only), "file" (NULL for a
 * case never saved), "modified" (follows the history), "title" (what a
 * window shows: the case title, else the file name, else "Unsaved Case").
 * All notified. */

AlignmentDocument *alignment_document_new          (AlignmentCase      *alignment_case,
                                                    GFile              *file);
/* A case restored from a recovery copy of @origin (NULL for a case that
 * had no file): unsaved, and since nobody knows what @origin holds now,
 * the first save over it fails with CHANGED_ON_DISK, so that the user is
 * asked. */
AlignmentDocument *alignment_document_new_restored (AlignmentCase      *alignment_case,
                                                    GFile              *origin);

/* Reads @file in a thread: the case, checked, and its history (watching
 * every signal is part of the work, and a big case is big).
 * @progress_callback (may be NULL) follows the reading in the caller's
 * thread-default main context, as g_file_copy_async() does: with the bytes
 * read and the file's size, 0 when not known.  It is not called after the
 * load ends or is cancelled. */
void               alignment_document_load_async   (GFile                 *file,
                                                    GCancellable          *cancellable,
                                                    GFileProgressCallback  progress_callback,
                                                    gpointer               progress_data,
                                                    GAsyncReadyCallback    callback,
                                                    gpointer               user_data);
AlignmentDocument *alignment_document_load_finish  (GAsyncResult       *result,
                                                    GError            **error);

AlignmentCase     *alignment_document_get_case     (AlignmentDocument  *self);
AlignmentHistory  *alignment_document_get_history  (AlignmentDocument  *self);
GFile             *alignment_document_get_file     (AlignmentDocument  *self);
gboolean           alignment_document_get_modified (AlignmentDocument  *self);
char              *alignment_document_dup_title    (AlignmentDocument  *self);

/* The case differs from its file whatever the history says (it was
 * kept when another program changed the file); a save clears it. */
void               alignment_document_mark_unsaved (AlignmentDocument  *self);

/* What the document's file held when it was loaded or last saved (taken
 * in the loading or saving thread); NULL when not known.  A save over
 * the document's own file first checks that the file still matches and
 * fails with ALIGNMENT_DOCUMENT_ERROR_CHANGED_ON_DISK when it does not,
 * instead of overwriting someone else's work.  A file that is gone is
 * simply written. */
const AlignmentFileStamp *alignment_document_get_stamp (AlignmentDocument *self);
/* Takes @stamp.  NULL means "overwrite": the next save does not check
 * (the user chose to replace what is on disk). */
void               alignment_document_set_stamp    (AlignmentDocument  *self,
                                                    AlignmentFileStamp *stamp);

/* The recovery copies of the document's unsaved changes (NULL until a
 * window shows it: a document read by the tool keeps none).  The
 * document owns them: they stop when it goes.  set takes a reference. */
AlignmentAutosave *alignment_document_get_autosave (AlignmentDocument  *self);
void               alignment_document_set_autosave (AlignmentDocument  *self,
                                                    AlignmentAutosave  *autosave);

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
