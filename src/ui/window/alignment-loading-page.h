/* alignment-loading-page.h: a case being read, with its progress
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "alignment-core.h"

G_BEGIN_DECLS

#define ALIGNMENT_TYPE_LOADING_PAGE (alignment_loading_page_get_type ())

G_DECLARE_FINAL_TYPE (AlignmentLoadingPage, alignment_loading_page, ALIGNMENT, LOADING_PAGE, AdwBin)

/* Reads a case in a thread and shows how far it got: the name and size
 * of its file, a bar that pulses until the size is known, then fills,
 * and a Cancel button (win.cancel-loading).
 *
 * Property "loading", read-only and notified: a load is under way.
 * Signals, each after "loading" went FALSE: "loaded"
 * (AlignmentDocument *) and "failed" (GError *).  A cancelled load, or
 * one replaced by a newer one, emits neither. */

/* Starts reading @file; a load still running is cancelled. */
void     alignment_loading_page_load        (AlignmentLoadingPage *self,
                                             GFile                *file);
/* Cancels the load under way, if any. */
void     alignment_loading_page_cancel      (AlignmentLoadingPage *self);
gboolean alignment_loading_page_get_loading (AlignmentLoadingPage *self);
/* The summary of the case the last load read, made in its thread, and
 * the file's modification time; NULL once taken, or when the load did
 * not finish.  Ready when "loading" goes FALSE. */
gboolean              alignment_loading_page_has_summary   (AlignmentLoadingPage *self);
AlignmentCaseSummary *alignment_loading_page_steal_summary (AlignmentLoadingPage *self,
                                                            gint64               *modified);

G_END_DECLS
