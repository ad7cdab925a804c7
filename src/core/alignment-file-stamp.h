/* alignment-file-stamp.h: is the file on disk still the one we loaded?
 *
 * Before overwriting a case the app checks that nobody else wrote the
 * file since it was loaded or saved: another program, or another window.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef struct _AlignmentFileStamp AlignmentFileStamp;

/* Reads @file's size, modification time and a checksum of its content.
 * Blocking: call it where loading happens (a worker thread). */
AlignmentFileStamp *alignment_file_stamp_new     (GFile                    *file,
                                                  GCancellable             *cancellable,
                                                  GError                  **error);
AlignmentFileStamp *alignment_file_stamp_copy    (const AlignmentFileStamp *stamp);
void                alignment_file_stamp_free    (AlignmentFileStamp       *stamp);

/* Whether @file still holds what @stamp saw.  Unchanged size and time
 * answer at once; otherwise the content decides, so that a file that was
 * only touched, or copied back, counts as unchanged.  A file that is gone
 * or unreadable has changed. */
gboolean            alignment_file_stamp_matches (const AlignmentFileStamp *stamp,
                                                  GFile                    *file,
                                                  GCancellable             *cancellable);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (AlignmentFileStamp, alignment_file_stamp_free)

G_END_DECLS
