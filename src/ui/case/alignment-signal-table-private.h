/* alignment-signal-table-private.h: what the parts of the signal table
 * share (alignment-signal-table.c, the object and its filters;
 * alignment-signal-table-columns.c, its columns), and the tests that
 * check what it shows
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "alignment-signal-table.h"

G_BEGIN_DECLS

typedef enum
{
  COLUMN_ID,
  COLUMN_TYPE,
  COLUMN_SENDER,
  COLUMN_START,
  COLUMN_END,
  COLUMN_TRIGGER,
  COLUMN_URGENCY,
  COLUMN_UNDERSTOOD,
  /* One column per party: its trust impacts in the three realms. */
  COLUMN_IMPACT_FIRST,
  N_COLUMNS = COLUMN_IMPACT_FIRST + ALIGNMENT_N_PARTIES
} AlignmentTableColumn;

/* What a column's cells need: the table, which column, and the rows it
 * shows now, each with its handler on the signal shown. */
typedef struct
{
  AlignmentSignalTable *self;
  AlignmentTableColumn  column;
  GHashTable           *bound;  /* GtkListItem → BoundCell */
  GtkColumnViewColumn  *view_column;  /* held by the column view */
} AlignmentTableColumnData;

struct _AlignmentSignalTable
{
  AdwBin                parent_instance;

  /* Template children */
  GtkStack             *signals_stack;
  GtkColumnView        *column_view;
  GtkSingleSelection   *selection;
  GtkFilterListModel   *signal_filter_model;
  GtkSortListModel     *signal_sort_model;
  GtkMenuButton        *filter_button;
  GtkDropDown          *thread_filter;
  GtkDropDown          *type_filter;
  GtkDropDown          *sender_filter;
  GtkDropDown          *realm_filter;
  GtkToggleButton      *open_only_filter;
  GtkStringList        *thread_filter_model;
  GtkStringList        *sender_filter_model;
  GtkDropDown          *board_filter;
  GtkDropDown          *level_filter;
  GtkStringList        *board_filter_model;
  GtkStringList        *level_filter_model;
  GtkRevealer          *signal_set_revealer;
  GtkLabel             *signal_set_label;

  AlignmentCase        *case_;
  /* The case's list of signals: a change may change the filters' data. */
  GSignalGroup         *list_signals;
  AlignmentTableColumnData columns[N_COLUMNS];

  GtkCustomFilter      *signal_filter;
  /* Thread numbers of the open threads, for "open threads only". */
  GHashTable           *open_threads;
  guint                 filter_thread;  /* 0: every thread */
  gboolean              filter_data_stale;
  /* The signals the heatmap or the thread panel chose (NULL: no such
   * filter), held: a signal deleted meanwhile must not be mistaken for
   * a new one at the same address. */
  GHashTable           *signal_set;
};

/* alignment-signal-table-columns.c */
void _alignment_signal_table_add_columns     (AlignmentSignalTable *self);
/* What an impact cell says to a screen reader (on one line) and in its
 * tooltip (a line per realm): the party's trust in each of the three
 * realms, for @signal. */
char *_alignment_signal_table_describe_impacts (AlignmentSignal *signal,
                                                AlignmentParty   party,
                                                gboolean         one_per_line);
void _alignment_signal_table_columns_dispose (AlignmentSignalTable *self);
void _alignment_signal_table_fit_columns     (AlignmentSignalTable *self);

G_END_DECLS
