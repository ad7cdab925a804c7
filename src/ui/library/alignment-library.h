/* alignment-library.h: the case library, a folder of case files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "alignment-library-item.h"

G_BEGIN_DECLS

#define ALIGNMENT_TYPE_LIBRARY (alignment_library_get_type ())

G_DECLARE_FINAL_TYPE (AlignmentLibrary, alignment_library, ALIGNMENT, LIBRARY, GObject)

/* A GListModel of AlignmentLibraryItem: every .alignment file in the
 * folder (followed with a GFileMonitor), plus files added from elsewhere.
 * Each file is read in a thread, one at a time; an item changes (and the
 * model emits items-changed for it) when its summary or error is known.
 * Properties: "folder", "busy" (files are still being read), "hidden"
 * (the URIs of the files removed from the library, a GStrv kept in the
 * settings: they are neither listed nor deleted, until the user opens
 * or saves one again). */

AlignmentLibrary     *alignment_library_new          (void);
GFile                *alignment_library_get_folder   (AlignmentLibrary *self);
/* Lists @folder instead of the current folder, creating it when it is
 * missing; files added from elsewhere stay. */
void                  alignment_library_set_folder   (AlignmentLibrary *self,
                                                      GFile            *folder);
gboolean              alignment_library_get_busy     (AlignmentLibrary *self);
/* Cancels every read and waits for the one under way to return, so
 * that no thread still parses a file when the app exits.  The library
 * reads nothing more until its folder changes. */
void                  alignment_library_stop         (AlignmentLibrary *self);

/* The item of @file, added (and read) when it is not listed yet. */
AlignmentLibraryItem *alignment_library_add_file     (AlignmentLibrary *self,
                                                      GFile            *file);
/* The item of @file, or NULL. */
AlignmentLibraryItem *alignment_library_lookup       (AlignmentLibrary *self,
                                                      GFile            *file);
/* Reads @file's summary again (after a save); adds it when missing. */
void                  alignment_library_reload_file  (AlignmentLibrary *self,
                                                      GFile            *file);
/* A window loads @file: the library does not read it meanwhile, and
 * takes its summary from the window when the load ends.  Holds count. */
void                  alignment_library_hold_file    (AlignmentLibrary *self,
                                                      GFile            *file);
/* The load of a held @file ended: with @summary (taken) when it read
 * the case, or NULL, and then the library reads the file itself. */
void                  alignment_library_release_file (AlignmentLibrary     *self,
                                                      GFile                *file,
                                                      AlignmentCaseSummary *summary,
                                                      gint64                modified);
void                  alignment_library_remove_file  (AlignmentLibrary *self,
                                                      GFile            *file);
/* Removes @file from the library and keeps it out, leaving the file as
 * it is: "Remove from Library". */
void                  alignment_library_forget_file  (AlignmentLibrary *self,
                                                      GFile            *file);
gboolean              alignment_library_is_hidden    (AlignmentLibrary *self,
                                                      GFile            *file);
char                **alignment_library_dup_hidden   (AlignmentLibrary *self);
void                  alignment_library_set_hidden   (AlignmentLibrary   *self,
                                                      const char * const *uris);
/* How many listed cases have @title (rows tell those apart by file). */
guint                 alignment_library_count_title  (AlignmentLibrary *self,
                                                      const char       *title);
/* Tells the views that @file's row should be drawn again (its case has
 * unsaved changes now, or no longer). */
void                  alignment_library_file_changed (AlignmentLibrary *self,
                                                      GFile            *file);
/* A file of the library folder named after @title that does not exist
 * yet ("Title.alignment", "Title 2.alignment", …), for a new case; NULL
 * when no such name is free. */
GFile                *alignment_library_create_file  (AlignmentLibrary *self,
                                                      const char       *title);

G_END_DECLS
