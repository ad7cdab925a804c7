/* alignment-window.h: the main window, a case library beside one case
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "alignment-core.h"
#include "alignment-application.h"

G_BEGIN_DECLS

#define ALIGNMENT_TYPE_WINDOW (alignment_window_get_type ())

G_DECLARE_FINAL_TYPE (AlignmentWindow, alignment_window, ALIGNMENT, WINDOW, AdwApplicationWindow)

typedef struct _AlignmentCasePage AlignmentCasePage;

AlignmentWindow    *alignment_window_new           (AlignmentApplication *application);

/* Loads @file in a thread and shows it, or shows why it could not be
 * read.  A load still running is cancelled.  A file this window already
 * has open is shown as it is, with its unsaved changes. */
void                alignment_window_open          (AlignmentWindow      *self,
                                                    GFile                *file);

/* Properties "case", "document", "file" and "loading", all read-only
 * and notified; "library-sort" (AlignmentLibrarySort) and
 * "editor-visible", read-write, behind the actions win.sort-library and
 * win.show-editor. */
AlignmentCase      *alignment_window_get_case      (AlignmentWindow      *self);
AlignmentDocument  *alignment_window_get_document  (AlignmentWindow      *self);
GFile              *alignment_window_get_file      (AlignmentWindow      *self);
gboolean            alignment_window_get_loading   (AlignmentWindow      *self);
AlignmentLibrary   *alignment_window_get_library   (AlignmentWindow      *self);

/* The selection every view of the case shares: a GtkSingleSelection over
 * the signals the list shows (sorted and filtered) whose items are
 * AlignmentSignal.  Views that show every signal (timeline, heatmap)
 * follow its "selected-item" and select with
 * alignment_window_select_signal(). */
GtkSingleSelection *alignment_window_get_selection (AlignmentWindow      *self);
/* Selects @signal in every view, clearing the list's filters when they
 * hide it; NULL unselects. */
void                alignment_window_select_signal (AlignmentWindow      *self,
                                                    AlignmentSignal      *signal);
/* The page that shows the case: its five views and the signal list. */
AlignmentCasePage  *alignment_window_get_case_page (AlignmentWindow      *self);
/* The documents this window has open (a GListModel of AlignmentDocument). */
GListModel         *alignment_window_get_documents (AlignmentWindow      *self);

/* Asks, one dialog each, about the recovery copies a crash left (restore,
 * discard or decide later); the application calls it once at start. */
void                alignment_window_offer_recovery (AlignmentWindow     *self);

G_END_DECLS
