/* alignment-signal-table.h: the signal list, its columns and filters
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "alignment-core.h"

G_BEGIN_DECLS

#define ALIGNMENT_TYPE_SIGNAL_TABLE (alignment_signal_table_get_type ())

G_DECLARE_FINAL_TYPE (AlignmentSignalTable, alignment_signal_table, ALIGNMENT, SIGNAL_TABLE, AdwBin)

/* Properties "case" (AlignmentCase, NULL for none), read-write;
 * "selected-signal" (AlignmentSignal) and "signal-set-size" (guint),
 * read-only: each is notified.  A new case clears the filters. */
AlignmentCase      *alignment_signal_table_get_case            (AlignmentSignalTable *self);
void                alignment_signal_table_set_case            (AlignmentSignalTable *self,
                                                                AlignmentCase        *alignment_case);

/* The signals shown, sorted and filtered, as a GtkSingleSelection of
 * AlignmentSignal. */
GtkSingleSelection *alignment_signal_table_get_selection       (AlignmentSignalTable *self);
AlignmentSignal    *alignment_signal_table_get_selected_signal (AlignmentSignalTable *self);
/* Selects @signal and shows it, clearing the filters when they hide it;
 * NULL unselects. */
void                alignment_signal_table_select_signal       (AlignmentSignalTable *self,
                                                                AlignmentSignal      *signal);
/* Selects the row @delta rows away (the first or last with none
 * selected), and shows it. */
void                alignment_signal_table_move_selection      (AlignmentSignalTable *self,
                                                                int                   delta);
/* The list itself, for the keyboard and for shortcuts that apply in it only. */
GtkColumnView      *alignment_signal_table_get_column_view     (AlignmentSignalTable *self);

/* The heatmap's or thread panel's choice of signals (AlignmentSignal)
 * as a filter of the list, with @label saying so above it; NULL or
 * empty clears it, and "signal-set-size" is notified with 0. */
void                alignment_signal_table_set_signal_set      (AlignmentSignalTable *self,
                                                                GPtrArray            *signals,
                                                                const char           *label);
guint               alignment_signal_table_get_signal_set_size (AlignmentSignalTable *self);
void                alignment_signal_table_clear_signal_set    (AlignmentSignalTable *self);
/* Shows every signal: no filter, no set chosen. */
void                alignment_signal_table_clear_filters       (AlignmentSignalTable *self);

G_END_DECLS
