/* alignment-disk-bar.h: the bar saying the case's file was changed by
 * another program
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "alignment-core.h"
#include "alignment-file-monitor.h"

G_BEGIN_DECLS

#define ALIGNMENT_TYPE_DISK_BAR (alignment_disk_bar_get_type ())

G_DECLARE_FINAL_TYPE (AlignmentDiskBar, alignment_disk_bar, ALIGNMENT, DISK_BAR, GtkWidget)

/* Watches the file of the document it is given (an AlignmentFileMonitor)
 * and shows itself when another program wrote or deleted it, offering
 * to keep the window's version or (when the file is still there) to
 * reload it.  Keep marks the document unsaved, so that closing asks and
 * the next save asks before overwriting.
 *
 * Signals: "reload" (AlignmentDocument *), when the user chose the
 * file's version over the document's (asked first when the document has
 * unsaved changes); whoever shows the document reads it again. */
GtkWidget            *alignment_disk_bar_new          (void);

void                  alignment_disk_bar_set_document (AlignmentDiskBar  *self,
                                                       AlignmentDocument *document);
/* Paused while a save of ours writes the file. */
AlignmentFileMonitor *alignment_disk_bar_get_monitor  (AlignmentDiskBar  *self);

G_END_DECLS
