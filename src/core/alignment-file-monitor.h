/* alignment-file-monitor.h: a document's file, changed behind our back
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "alignment-document.h"

G_BEGIN_DECLS

typedef enum
{
  ALIGNMENT_FILE_UNCHANGED,
  ALIGNMENT_FILE_CHANGED,
  ALIGNMENT_FILE_DELETED,
} AlignmentFileState;

#define ALIGNMENT_TYPE_FILE_STATE (alignment_file_state_get_type ())
GType alignment_file_state_get_type (void) G_GNUC_CONST;

#define ALIGNMENT_TYPE_FILE_MONITOR (alignment_file_monitor_get_type ())

G_DECLARE_FINAL_TYPE (AlignmentFileMonitor, alignment_file_monitor, ALIGNMENT, FILE_MONITOR, GObject)

/* Watches the file of one document (property "document", read-write;
 * NULL watches nothing) and follows it when the document is saved under
 * another name (property "file", read-only, notified).  After a burst of
 * changes to the file it checks, in a thread, whether the file still
 * matches the document's stamp (alignment-file-stamp.h), and says what
 * it found with the signal "checked" (AlignmentFileState).  A change is
 * told from our own saves by the stamp, not by the monitor's events,
 * which an atomic save of our own also causes.  A document without a
 * stamp (restored, or to be overwritten on purpose) is not checked. */
AlignmentFileMonitor *alignment_file_monitor_new          (void);

AlignmentDocument    *alignment_file_monitor_get_document (AlignmentFileMonitor *self);
void                  alignment_file_monitor_set_document (AlignmentFileMonitor *self,
                                                           AlignmentDocument    *document);
GFile                *alignment_file_monitor_get_file     (AlignmentFileMonitor *self);

/* While paused (a save of ours writes the file) the checks wait, and a
 * check that began before is done again after. */
void                  alignment_file_monitor_set_paused   (AlignmentFileMonitor *self,
                                                           gboolean              paused);

G_END_DECLS
