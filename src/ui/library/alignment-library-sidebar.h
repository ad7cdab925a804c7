/* alignment-library-sidebar.h: the case library beside the case
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "alignment-core.h"
#include "alignment-library.h"

G_BEGIN_DECLS

#define ALIGNMENT_TYPE_LIBRARY_SIDEBAR (alignment_library_sidebar_get_type ())

G_DECLARE_FINAL_TYPE (AlignmentLibrarySidebar, alignment_library_sidebar, ALIGNMENT, LIBRARY_SIDEBAR, GtkWidget)

/* The open case of @file, or NULL: what the window has unsaved of it. */
typedef AlignmentDocument *(*AlignmentLibraryFindDocument) (gpointer  user_data,
                                                            GFile    *file);

/* The case library with its search, sort and menus, and the case-file
 * actions behind them (new, duplicate, rename, trash, remove from the
 * library, show in folder).
 *
 * Properties: "library" (the AlignmentLibrary listed); "sort"
 * (AlignmentLibrarySort); "file" (the case file the window shows, kept
 * selected when the list changes).
 *
 * Signals: "case-selected" (GFile): the user chose a case, or brought a
 * trashed one back, for the window to open.  "case-chosen": a row was
 * clicked or activated, not just selected with the arrow keys (a
 * library over the case makes way for it then).  "case-created"
 * (AlignmentDocument): a new case file was made, for the window to show.
 * "case-trashed" (GFile): the case's file went to the trash, for the
 * window to let its case go. */

AlignmentLibrary     *alignment_library_sidebar_get_library (AlignmentLibrarySidebar *self);
void                  alignment_library_sidebar_set_library (AlignmentLibrarySidebar *self,
                                                             AlignmentLibrary        *library);
AlignmentLibrarySort  alignment_library_sidebar_get_sort    (AlignmentLibrarySidebar *self);
void                  alignment_library_sidebar_set_sort    (AlignmentLibrarySidebar *self,
                                                             AlignmentLibrarySort     sort);
void                  alignment_library_sidebar_set_file    (AlignmentLibrarySidebar *self,
                                                             GFile                   *file);
/* How the rows and the trash find the cases the window has open. */
void                  alignment_library_sidebar_set_find_document (AlignmentLibrarySidebar      *self,
                                                                   AlignmentLibraryFindDocument  func,
                                                                   gpointer                      user_data);

/* Puts the keyboard focus on the list of cases. */
void                  alignment_library_sidebar_focus_list  (AlignmentLibrarySidebar *self);
/* Selects @file's row without emitting "case-selected". */
void                  alignment_library_sidebar_select_file (AlignmentLibrarySidebar *self,
                                                             GFile                   *file);
void                  alignment_library_sidebar_start_search (AlignmentLibrarySidebar *self);
/* Draws the rows again (their trends follow the trust palette). */
void                  alignment_library_sidebar_redraw      (AlignmentLibrarySidebar *self);

/* The case-file actions, behind the window's win.*-case actions; they
 * show their errors to the user.  add_case saves @alignment_case as a
 * new file of the library and emits "case-created". */
void                  alignment_library_sidebar_add_case    (AlignmentLibrarySidebar *self,
                                                             AlignmentCase           *alignment_case);
void                  alignment_library_sidebar_new_case    (AlignmentLibrarySidebar *self);
/* A copy of @example, the case shipped with the application. */
void                  alignment_library_sidebar_new_case_from (AlignmentLibrarySidebar *self,
                                                               GFile                   *example);
void                  alignment_library_sidebar_duplicate_case (AlignmentLibrarySidebar *self,
                                                                AlignmentDocument       *document);
/* Asks for a new title: an edit of @document, undone like one. */
void                  alignment_library_sidebar_rename_case (AlignmentLibrarySidebar *self,
                                                             AlignmentDocument       *document);
/* Moves @file to the trash, with a toast that brings it back. */
void                  alignment_library_sidebar_trash_case  (AlignmentLibrarySidebar *self,
                                                             GFile                   *file);
/* Takes @file out of the library, leaving the file alone, with a toast
 * that brings it back: the file may be the user's elsewhere, or broken. */
void                  alignment_library_sidebar_remove_case (AlignmentLibrarySidebar *self,
                                                             GFile                   *file);
void                  alignment_library_sidebar_open_folder (AlignmentLibrarySidebar *self);
void                  alignment_library_sidebar_show_in_folder (AlignmentLibrarySidebar *self,
                                                                GFile                   *file);

G_END_DECLS
