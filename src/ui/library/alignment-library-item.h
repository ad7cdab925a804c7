/* alignment-library-item.h: one case file of the case library
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "alignment-core.h"

G_BEGIN_DECLS

#define ALIGNMENT_TYPE_LIBRARY_ITEM (alignment_library_item_get_type ())

G_DECLARE_FINAL_TYPE (AlignmentLibraryItem, alignment_library_item, ALIGNMENT, LIBRARY_ITEM, GObject)

/* Properties (read-only, notified): "file"; "title" (the case's, else
 * the file name); "loaded" (the summary or the error is known); "error"
 * (the message of a file that could not be read, else NULL); "modified"
 * (the file's mtime, seconds). */

AlignmentLibraryItem       *alignment_library_item_new          (GFile                *file);
GFile                      *alignment_library_item_get_file     (AlignmentLibraryItem *self);
const char                 *alignment_library_item_get_title    (AlignmentLibraryItem *self);
gboolean                    alignment_library_item_get_loaded   (AlignmentLibraryItem *self);
const char                 *alignment_library_item_get_error    (AlignmentLibraryItem *self);
gint64                      alignment_library_item_get_modified (AlignmentLibraryItem *self);
/* NULL until loaded, and for a broken file. */
const AlignmentCaseSummary *alignment_library_item_get_summary  (AlignmentLibraryItem *self);
/* TRUE for a file from outside the library folder (opened, recent). */
gboolean                    alignment_library_item_get_external (AlignmentLibraryItem *self);
void                        alignment_library_item_set_external (AlignmentLibraryItem *self,
                                                                 gboolean              external);

/* Sets what reading the file found: a summary (taken) or an error. */
void                        alignment_library_item_set_result   (AlignmentLibraryItem *self,
                                                                 AlignmentCaseSummary *summary,
                                                                 const GError         *error,
                                                                 gint64                modified);

G_END_DECLS
