/* alignment-signal-list.h: the signals of a case, as a GListModel
 *
 * An array-backed list: views bind to it as a GListModel, and analysis
 * reads the items in place through alignment_signal_list_peek() without a
 * reference per item, which keeps a million-signal pass cheap.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "alignment-types.h"

G_BEGIN_DECLS

#define ALIGNMENT_TYPE_SIGNAL_LIST (alignment_signal_list_get_type ())

G_DECLARE_FINAL_TYPE (AlignmentSignalList, alignment_signal_list, ALIGNMENT, SIGNAL_LIST, GObject)

AlignmentSignalList  *alignment_signal_list_new     (void);
guint                 alignment_signal_list_get_n   (AlignmentSignalList *self);
AlignmentSignal      *alignment_signal_list_get     (AlignmentSignalList *self,
                                                     guint                position);
/* The items in order, borrowed; valid until the list changes. */
AlignmentSignal     **alignment_signal_list_peek    (AlignmentSignalList *self,
                                                     guint               *n_signals);
void                  alignment_signal_list_append  (AlignmentSignalList *self,
                                                     AlignmentSignal     *signal);
void                  alignment_signal_list_insert  (AlignmentSignalList *self,
                                                     guint                position,
                                                     AlignmentSignal     *signal);
void                  alignment_signal_list_remove  (AlignmentSignalList *self,
                                                     guint                position);
/* Removes @n_removals items at @position and inserts @additions there,
 * emitting a single items-changed. */
void                  alignment_signal_list_splice  (AlignmentSignalList *self,
                                                     guint                position,
                                                     guint                n_removals,
                                                     AlignmentSignal    **additions,
                                                     guint                n_additions);
/* Position of the first signal with @id, or -1. */
int                   alignment_signal_list_find_id (AlignmentSignalList *self,
                                                     const char          *id);

G_END_DECLS
