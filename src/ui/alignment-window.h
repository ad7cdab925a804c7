/* alignment-window.h: a window showing one case
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

AlignmentWindow *alignment_window_new         (AlignmentApplication *application);

/* Loads @file in a thread and shows it, or shows why it could not be
 * read.  A load still running is cancelled. */
void             alignment_window_open        (AlignmentWindow      *self,
                                               GFile                *file);

/* Properties "case", "file" and "loading", all read-only and notified. */
AlignmentCase   *alignment_window_get_case    (AlignmentWindow      *self);
GFile           *alignment_window_get_file    (AlignmentWindow      *self);
gboolean         alignment_window_get_loading (AlignmentWindow      *self);

G_END_DECLS
