/* alignment-signal-table.c: the signal list, its columns and filters
 *
 * The list of the case page's Signals view: its toolbar, the filter
 * popover, the set of signals chosen in the heatmap or the thread
 * panel, and the column view with its empty states.  Its columns and
 * cells are in alignment-signal-table-columns.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "alignment-signal-table-private.h"

/* Cases bigger than this are filtered and sorted in chunks, so that the
 * window keeps answering while a 100 000-signal list is sorted. */
#define INCREMENTAL_THRESHOLD 5000

G_DEFINE_FINAL_TYPE (AlignmentSignalTable, alignment_signal_table, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_CASE,
  PROP_SELECTED_SIGNAL,
  PROP_SIGNAL_SET_SIZE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* ---- Filters -------------------------------------------------------------------- */

/* ---- Governance filters: the case's boards and levels ---------------- */

static void signal_filter_changed_cb (AlignmentSignalTable *self);

static const char *
selected_string (GtkDropDown *dropdown)
{
  guint selected = gtk_drop_down_get_selected (dropdown);
  GtkStringObject *item;

  if (selected == 0 || selected == GTK_INVALID_LIST_POSITION)
    return NULL;
  item = gtk_drop_down_get_selected_item (dropdown);
  return item != NULL ? gtk_string_object_get_string (item) : NULL;
}

static gboolean
governance_filter_accepts (AlignmentSignalTable *self,
                           AlignmentSignal      *signal)
{
  const char *board = selected_string (self->board_filter);
  const char *level = selected_string (self->level_filter);

  if (board != NULL && g_strcmp0 (alignment_signal_get_board (signal), board) != 0)
    return FALSE;
  /* "2 · Tactical": the number comes first. */
  if (level != NULL && alignment_signal_get_escalation_level (signal) != (guint) g_ascii_strtoull (level, NULL, 10))
    return FALSE;
  return TRUE;
}

static guint
governance_filters_active (AlignmentSignalTable *self)
{
  return (selected_string (self->board_filter) != NULL) + (selected_string (self->level_filter) != NULL);
}

/* Offers the case's boards and levels, keeping what is chosen when it is
 * still there. */
static void
refresh_governance_filters (AlignmentSignalTable *self)
{
  AlignmentCase *c = alignment_signal_table_get_case (self);
  g_autofree char *board = g_strdup (selected_string (self->board_filter));
  g_autofree char *level = g_strdup (selected_string (self->level_filter));
  g_autoptr(GStrvBuilder) boards = g_strv_builder_new ();
  g_autoptr(GStrvBuilder) levels = g_strv_builder_new ();
  g_auto(GStrv) board_labels = NULL;
  g_auto(GStrv) level_labels = NULL;
  guint n;

  g_strv_builder_add (boards, _("All boards"));
  g_strv_builder_add (levels, _("All levels"));
  if (c != NULL)
    {
      GListModel *list = G_LIST_MODEL (alignment_case_get_boards (c));

      n = g_list_model_get_n_items (list);
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(AlignmentBoard) item = g_list_model_get_item (list, i);

          g_strv_builder_add (boards, alignment_board_get_name (item));
        }
      list = G_LIST_MODEL (alignment_case_get_escalation_levels (c));
      n = g_list_model_get_n_items (list);
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(AlignmentEscalationLevel) item = g_list_model_get_item (list, i);
          g_autofree char *label = alignment_governance_level_label (list, alignment_escalation_level_get_number (item));

          g_strv_builder_add (levels, label);
        }
    }
  board_labels = g_strv_builder_end (boards);
  level_labels = g_strv_builder_end (levels);

  g_signal_handlers_block_matched (self->board_filter, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, self);
  g_signal_handlers_block_matched (self->level_filter, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, self);
  gtk_string_list_splice (self->board_filter_model, 0,
                          g_list_model_get_n_items (G_LIST_MODEL (self->board_filter_model)),
                          (const char * const *) board_labels);
  gtk_string_list_splice (self->level_filter_model, 0,
                          g_list_model_get_n_items (G_LIST_MODEL (self->level_filter_model)),
                          (const char * const *) level_labels);
  n = 0;
  for (guint i = 1; board != NULL && board_labels[i] != NULL && n == 0; i++)
    if (g_str_equal (board_labels[i], board))
      n = i;
  gtk_drop_down_set_selected (self->board_filter, n);
  n = 0;
  for (guint i = 1; level != NULL && level_labels[i] != NULL; i++)
    if (g_str_equal (level_labels[i], level))
      n = i;
  gtk_drop_down_set_selected (self->level_filter, n);
  g_signal_handlers_unblock_matched (self->board_filter, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, self);
  g_signal_handlers_unblock_matched (self->level_filter, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, self);

  /* A board or level chosen before is gone from the case: so is the
   * filter. */
  if ((board != NULL && selected_string (self->board_filter) == NULL)
      || (level != NULL && selected_string (self->level_filter) == NULL))
    signal_filter_changed_cb (self);
}

static gboolean
signal_filter_func (gpointer item,
                    gpointer user_data)
{
  AlignmentSignalTable *self = user_data;
  AlignmentSignal *signal = item;
  guint type = gtk_drop_down_get_selected (self->type_filter);
  guint sender = gtk_drop_down_get_selected (self->sender_filter);
  guint realm = gtk_drop_down_get_selected (self->realm_filter);

  if (self->signal_set != NULL && !g_hash_table_contains (self->signal_set, signal))
    return FALSE;

  if (self->filter_thread != 0 && alignment_signal_get_thread (signal) != self->filter_thread)
    return FALSE;

  if (type != 0 && type != GTK_INVALID_LIST_POSITION
      && alignment_signal_get_signal_type (signal) != (AlignmentSignalType) type)
    return FALSE;

  if (sender != 0 && sender != GTK_INVALID_LIST_POSITION
      && alignment_signal_get_sender (signal) != (AlignmentParty) sender)
    return FALSE;

  if (realm != 0 && realm != GTK_INVALID_LIST_POSITION)
    {
      AlignmentImpact c = alignment_signal_get_impact (signal, ALIGNMENT_PARTY_CUSTOMER, realm - 1);
      AlignmentImpact p = alignment_signal_get_impact (signal, ALIGNMENT_PARTY_PROVIDER, realm - 1);

      if (alignment_impact_to_delta (c) == 0 && alignment_impact_to_delta (p) == 0)
        return FALSE;
    }

  if (gtk_toggle_button_get_active (self->open_only_filter)
      && !g_hash_table_contains (self->open_threads, GUINT_TO_POINTER (alignment_signal_get_thread (signal))))
    return FALSE;

  return governance_filter_accepts (self, signal);
}

static void
update_signals_stack (AlignmentSignalTable *self)
{
  AlignmentCase *c = alignment_signal_table_get_case (self);
  const char *page = "signals";

  /* A sorted column view sorts again while the template is torn down. */
  if (self->signals_stack == NULL)
    return;

  if (c == NULL || alignment_signal_list_get_n (alignment_case_get_signals (c)) == 0)
    page = "no-signals";
  else if (g_list_model_get_n_items (G_LIST_MODEL (self->selection)) == 0
           && gtk_filter_list_model_get_pending (self->signal_filter_model) == 0)
    page = "no-match";

  gtk_stack_set_visible_child_name (self->signals_stack, page);
}

/* What the filters need to know of the whole case: which threads exist
 * and which are open. */
static void
refresh_filter_data (AlignmentSignalTable *self)
{
  AlignmentCase *c = alignment_signal_table_get_case (self);
  g_autoptr(GPtrArray) threads = NULL;
  AlignmentSignal **signals = NULL;
  guint n = 0;
  guint selected = 0;
  g_autofree char **labels = NULL;

  g_hash_table_remove_all (self->open_threads);
  if (c != NULL)
    signals = alignment_signal_list_peek (alignment_case_get_signals (c), &n);

  threads = alignment_threads_compute (signals, n);
  labels = g_new0 (char *, threads->len + 2);
  labels[0] = g_strdup (_("All threads"));
  for (guint i = 0; i < threads->len; i++)
    {
      AlignmentThread *thread = g_ptr_array_index (threads, i);

      if (thread->status == ALIGNMENT_THREAD_OPEN)
        g_hash_table_add (self->open_threads, GUINT_TO_POINTER (thread->number));
      labels[i + 1] = g_strdup_printf (thread->status == ALIGNMENT_THREAD_OPEN
                                       ? _("Thread %u (open)") : _("Thread %u"),
                                       thread->number);
      if (thread->number == self->filter_thread)
        selected = i + 1;
    }

  /* The list of threads changes under the dropdown: keep the choice. */
  g_signal_handlers_block_matched (self->thread_filter, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, self);
  gtk_string_list_splice (self->thread_filter_model, 0,
                          g_list_model_get_n_items (G_LIST_MODEL (self->thread_filter_model)),
                          (const char * const *) labels);
  gtk_drop_down_set_selected (self->thread_filter, selected);
  if (selected == 0)
    self->filter_thread = 0;
  g_signal_handlers_unblock_matched (self->thread_filter, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, self);

  for (guint i = 0; labels[i] != NULL; i++)
    g_free (labels[i]);

  self->filter_data_stale = FALSE;
}

/* The button says how many filters hide signals, so that a short list
 * is never mistaken for the whole case. */
static guint
update_filter_button (AlignmentSignalTable *self)
{
  guint active = 0;
  g_autofree char *label = NULL;

  active += self->filter_thread != 0;
  active += gtk_drop_down_get_selected (self->type_filter) > 0
            && gtk_drop_down_get_selected (self->type_filter) != GTK_INVALID_LIST_POSITION;
  active += gtk_drop_down_get_selected (self->sender_filter) > 0
            && gtk_drop_down_get_selected (self->sender_filter) != GTK_INVALID_LIST_POSITION;
  active += gtk_drop_down_get_selected (self->realm_filter) > 0
            && gtk_drop_down_get_selected (self->realm_filter) != GTK_INVALID_LIST_POSITION;
  active += gtk_toggle_button_get_active (self->open_only_filter);
  active += self->signal_set != NULL;
  active += governance_filters_active (self);

  if (active == 0)
    label = g_strdup (_("Filters"));
  else
    /* Translators: the filter button when filters are on: "Filters (2)". */
    label = g_strdup_printf (_("Filters (%u)"), active);
  gtk_menu_button_set_label (self->filter_button, label);
  if (active > 0)
    gtk_widget_add_css_class (GTK_WIDGET (self->filter_button), "accent");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->filter_button), "accent");

  return active;
}

/* The party names of the sender filter follow the case's. */
static void
refresh_sender_names (AlignmentSignalTable *self)
{
  AlignmentCase *c = alignment_signal_table_get_case (self);
  guint selected;

  if (c != NULL)
    {
      g_signal_handlers_block_matched (self->sender_filter, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, self);
      selected = gtk_drop_down_get_selected (self->sender_filter);
      gtk_string_list_splice (self->sender_filter_model, 0,
                              g_list_model_get_n_items (G_LIST_MODEL (self->sender_filter_model)),
                              (const char *[]) { _("All senders"),
                                                 alignment_case_get_party_name (c, ALIGNMENT_PARTY_CUSTOMER),
                                                 alignment_case_get_party_name (c, ALIGNMENT_PARTY_PROVIDER),
                                                 NULL });
      gtk_drop_down_set_selected (self->sender_filter, selected == GTK_INVALID_LIST_POSITION ? 0 : selected);
      g_signal_handlers_unblock_matched (self->sender_filter, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, self);
    }
}

static void
refresh_if_stale (AlignmentSignalTable *self)
{
  if (self->filter_data_stale)
    refresh_filter_data (self);
}

static void
signal_filter_changed_cb (AlignmentSignalTable *self)
{
  guint thread = gtk_drop_down_get_selected (self->thread_filter);

  self->filter_thread = 0;
  if (thread != 0 && thread != GTK_INVALID_LIST_POSITION)
    {
      GtkStringObject *label = g_list_model_get_item (G_LIST_MODEL (self->thread_filter_model), thread);

      /* "Thread 12 (open)": the number is in the label. */
      if (label != NULL)
        {
          const char *text = gtk_string_object_get_string (label);

          while (*text != '\0' && !g_ascii_isdigit (*text))
            text++;
          self->filter_thread = (guint) g_ascii_strtoull (text, NULL, 10);
          g_object_unref (label);
        }
    }

  if (gtk_toggle_button_get_active (self->open_only_filter))
    refresh_if_stale (self);

  /* With no filter on, no filter at all: a big case then shows a new
   * signal at once rather than after an incremental pass. */
  if (update_filter_button (self) == 0)
    gtk_filter_list_model_set_filter (self->signal_filter_model, NULL);
  else if (gtk_filter_list_model_get_filter (self->signal_filter_model) == NULL)
    gtk_filter_list_model_set_filter (self->signal_filter_model, GTK_FILTER (self->signal_filter));
  else
    gtk_filter_changed (GTK_FILTER (self->signal_filter), GTK_FILTER_CHANGE_DIFFERENT);
  update_signals_stack (self);
}

/* Threads are counted again only when a filter needs them: in a big
 * case that is a pass over every signal, too much for every edit. */
static void
signals_changed_cb (AlignmentSignalTable *self)
{
  self->filter_data_stale = TRUE;
  if (gtk_toggle_button_get_active (self->open_only_filter))
    {
      refresh_filter_data (self);
      gtk_filter_changed (GTK_FILTER (self->signal_filter), GTK_FILTER_CHANGE_DIFFERENT);
    }
  update_signals_stack (self);
}

/* ---- Selection ------------------------------------------------------------------- */

AlignmentSignal *
alignment_signal_table_get_selected_signal (AlignmentSignalTable *self)
{
  /* NULL while the template is torn down. */
  if (self->selection == NULL)
    return NULL;

  return gtk_single_selection_get_selected_item (self->selection);
}

static void
selection_changed_cb (AlignmentSignalTable *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_SIGNAL]);
}

void
alignment_signal_table_move_selection (AlignmentSignalTable *self,
                                       int                   delta)
{
  g_return_if_fail (ALIGNMENT_IS_SIGNAL_TABLE (self));

  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->selection));
  guint selected = gtk_single_selection_get_selected (self->selection);
  guint target;

  if (n == 0)
    return;

  if (selected == GTK_INVALID_LIST_POSITION)
    target = delta > 0 ? 0 : n - 1;
  else if (delta < 0)
    target = selected > 0 ? selected - 1 : 0;
  else
    target = MIN (selected + 1, n - 1);

  gtk_single_selection_set_selected (self->selection, target);
  gtk_widget_activate_action (GTK_WIDGET (self->column_view), "list.scroll-to-item", "u", target);
}

static gboolean
find_in_selection (AlignmentSignalTable *self,
                   AlignmentSignal      *signal,
                   guint                *position)
{
  GListModel *model = G_LIST_MODEL (self->selection);
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AlignmentSignal) item = g_list_model_get_item (model, i);

      if (item == signal)
        {
          *position = i;
          return TRUE;
        }
    }

  return FALSE;
}

static void
clear_filters (AlignmentSignalTable *self)
{
  g_signal_handlers_block_matched (self->thread_filter, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, self);
  g_signal_handlers_block_matched (self->type_filter, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, self);
  g_signal_handlers_block_matched (self->sender_filter, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, self);
  g_signal_handlers_block_matched (self->realm_filter, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, self);
  g_signal_handlers_block_matched (self->open_only_filter, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, self);
  g_signal_handlers_block_matched (self->board_filter, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, self);
  g_signal_handlers_block_matched (self->level_filter, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, self);
  gtk_drop_down_set_selected (self->board_filter, 0);
  gtk_drop_down_set_selected (self->level_filter, 0);
  g_signal_handlers_unblock_matched (self->board_filter, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, self);
  g_signal_handlers_unblock_matched (self->level_filter, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, self);
  gtk_drop_down_set_selected (self->thread_filter, 0);
  gtk_drop_down_set_selected (self->type_filter, 0);
  gtk_drop_down_set_selected (self->sender_filter, 0);
  gtk_drop_down_set_selected (self->realm_filter, 0);
  gtk_toggle_button_set_active (self->open_only_filter, FALSE);
  g_clear_pointer (&self->signal_set, g_hash_table_unref);
  /* The timeline highlights the set chosen only while it is the filter. */
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SIGNAL_SET_SIZE]);
  gtk_revealer_set_reveal_child (self->signal_set_revealer, FALSE);
  g_signal_handlers_unblock_matched (self->thread_filter, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, self);
  g_signal_handlers_unblock_matched (self->type_filter, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, self);
  g_signal_handlers_unblock_matched (self->sender_filter, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, self);
  g_signal_handlers_unblock_matched (self->realm_filter, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, self);
  g_signal_handlers_unblock_matched (self->open_only_filter, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, self);
  signal_filter_changed_cb (self);
}

void
alignment_signal_table_select_signal (AlignmentSignalTable *self,
                                      AlignmentSignal      *signal)
{
  guint position;

  g_return_if_fail (ALIGNMENT_IS_SIGNAL_TABLE (self));

  if (signal == NULL)
    {
      gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
      return;
    }

  if (!find_in_selection (self, signal, &position))
    {
      /* A signal the filters hide: the user asked to see it. */
      clear_filters (self);
      if (!find_in_selection (self, signal, &position))
        return;
    }

  gtk_single_selection_set_selected (self->selection, position);
  gtk_widget_activate_action (GTK_WIDGET (self->column_view), "list.scroll-to-item", "u", position);
}

void
alignment_signal_table_set_signal_set (AlignmentSignalTable *self,
                                       GPtrArray            *signals,
                                       const char           *label)
{
  g_return_if_fail (ALIGNMENT_IS_SIGNAL_TABLE (self));

  g_clear_pointer (&self->signal_set, g_hash_table_unref);

  if (signals != NULL && signals->len > 0)
    {
      /* References: a signal deleted meanwhile must not be mistaken for
       * a new one at the same address. */
      self->signal_set = g_hash_table_new_full (NULL, NULL, g_object_unref, NULL);
      for (guint i = 0; i < signals->len; i++)
        g_hash_table_add (self->signal_set, g_object_ref (g_ptr_array_index (signals, i)));
      gtk_label_set_text (self->signal_set_label, label);
    }

  if (self->signal_set == NULL)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SIGNAL_SET_SIZE]);
  gtk_revealer_set_reveal_child (self->signal_set_revealer, self->signal_set != NULL);
  signal_filter_changed_cb (self);
}

guint
alignment_signal_table_get_signal_set_size (AlignmentSignalTable *self)
{
  g_return_val_if_fail (ALIGNMENT_IS_SIGNAL_TABLE (self), 0);

  return self->signal_set != NULL ? g_hash_table_size (self->signal_set) : 0;
}

void
alignment_signal_table_clear_signal_set (AlignmentSignalTable *self)
{
  g_return_if_fail (ALIGNMENT_IS_SIGNAL_TABLE (self));

  alignment_signal_table_set_signal_set (self, NULL, NULL);
}

void
alignment_signal_table_clear_filters (AlignmentSignalTable *self)
{
  g_return_if_fail (ALIGNMENT_IS_SIGNAL_TABLE (self));

  clear_filters (self);
}

/* ---- Setup ------------------------------------------------------------------------ */

AlignmentCase *
alignment_signal_table_get_case (AlignmentSignalTable *self)
{
  g_return_val_if_fail (ALIGNMENT_IS_SIGNAL_TABLE (self), NULL);

  return self->case_;
}

/* Chunked or not is changed while the models are empty: GTK 4.8 loses
 * track of the rows shown when that changes with rows in.  And it copies
 * what matched when chunking stops, which is nothing without a filter
 * (it crashed there): the table's own filter, which lets every signal
 * through once the filters are cleared, is on meanwhile, set while the
 * old list is in so that it keeps what matched when the list goes. */
static void
set_incremental (AlignmentSignalTable *self,
                 gboolean              incremental)
{
  gboolean unfiltered = gtk_filter_list_model_get_filter (self->signal_filter_model) == NULL;

  if (unfiltered)
    gtk_filter_list_model_set_filter (self->signal_filter_model, GTK_FILTER (self->signal_filter));
  gtk_filter_list_model_set_model (self->signal_filter_model, NULL);
  if (gtk_filter_list_model_get_incremental (self->signal_filter_model) != incremental)
    gtk_filter_list_model_set_incremental (self->signal_filter_model, incremental);
  if (unfiltered)
    gtk_filter_list_model_set_filter (self->signal_filter_model, NULL);
  if (gtk_sort_list_model_get_incremental (self->signal_sort_model) != incremental)
    gtk_sort_list_model_set_incremental (self->signal_sort_model, incremental);
}

void
alignment_signal_table_set_case (AlignmentSignalTable *self,
                                 AlignmentCase        *alignment_case)
{
  gboolean big;

  g_return_if_fail (ALIGNMENT_IS_SIGNAL_TABLE (self));
  g_return_if_fail (alignment_case == NULL || ALIGNMENT_IS_CASE (alignment_case));

  g_signal_group_set_target (self->list_signals, NULL);
  g_set_object (&self->case_, alignment_case);

  big = alignment_case != NULL
        && alignment_signal_list_get_n (alignment_case_get_signals (alignment_case)) > INCREMENTAL_THRESHOLD;

  /* Filters belong to what the user was looking at, not to the next
   * case; cleared before the new list arrives, which then passes
   * through the filter model once, unfiltered. */
  clear_filters (self);
  if (alignment_case != NULL
      && (gtk_filter_list_model_get_incremental (self->signal_filter_model) != big
          || gtk_sort_list_model_get_incremental (self->signal_sort_model) != big))
    set_incremental (self, big);
  gtk_filter_list_model_set_model (self->signal_filter_model,
                                   alignment_case != NULL
                                   ? G_LIST_MODEL (alignment_case_get_signals (alignment_case))
                                   : NULL);
  if (alignment_case != NULL)
    g_signal_group_set_target (self->list_signals, alignment_case_get_signals (alignment_case));

  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  self->filter_data_stale = TRUE;
  refresh_sender_names (self);
  refresh_governance_filters (self);
  _alignment_signal_table_fit_columns (self);
  update_signals_stack (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CASE]);
}

GtkSingleSelection *
alignment_signal_table_get_selection (AlignmentSignalTable *self)
{
  g_return_val_if_fail (ALIGNMENT_IS_SIGNAL_TABLE (self), NULL);

  return self->selection;
}

GtkColumnView *
alignment_signal_table_get_column_view (AlignmentSignalTable *self)
{
  g_return_val_if_fail (ALIGNMENT_IS_SIGNAL_TABLE (self), NULL);

  return self->column_view;
}

/* ---- GObject ------------------------------------------------------------------------ */

static void
alignment_signal_table_dispose (GObject *object)
{
  AlignmentSignalTable *self = ALIGNMENT_SIGNAL_TABLE (object);

  if (self->selection != NULL)
    g_signal_handlers_disconnect_by_data (self->selection, self);
  if (self->list_signals != NULL)
    g_signal_group_set_target (self->list_signals, NULL);
  g_clear_object (&self->list_signals);

  gtk_widget_dispose_template (GTK_WIDGET (self), ALIGNMENT_TYPE_SIGNAL_TABLE);

  _alignment_signal_table_columns_dispose (self);
  g_clear_object (&self->signal_filter);
  g_clear_pointer (&self->open_threads, g_hash_table_unref);
  g_clear_pointer (&self->signal_set, g_hash_table_unref);
  g_clear_object (&self->case_);

  G_OBJECT_CLASS (alignment_signal_table_parent_class)->dispose (object);
}

static void
alignment_signal_table_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  AlignmentSignalTable *self = ALIGNMENT_SIGNAL_TABLE (object);

  switch (prop_id)
    {
    case PROP_CASE:
      g_value_set_object (value, self->case_);
      break;

    case PROP_SELECTED_SIGNAL:
      g_value_set_object (value, alignment_signal_table_get_selected_signal (self));
      break;

    case PROP_SIGNAL_SET_SIZE:
      g_value_set_uint (value, alignment_signal_table_get_signal_set_size (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
alignment_signal_table_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  AlignmentSignalTable *self = ALIGNMENT_SIGNAL_TABLE (object);

  switch (prop_id)
    {
    case PROP_CASE:
      alignment_signal_table_set_case (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* ---- Keyboard ------------------------------------------------------------------ */

/* GTK 4.8's column view makes every row a Tab stop: 20 000 of them on a
 * large case, and only Ctrl+Tab got out.  Tab and Shift+Tab leave the
 * list at once instead, and the arrow keys move inside it, as in a
 * spreadsheet.  (GTK 4.12 has GtkListTabBehavior for this.) */
static gboolean
list_key_pressed_cb (AlignmentSignalTable  *self,
                     guint                  keyval,
                     guint                  keycode,
                     GdkModifierType        state)
{
  GtkWidget *list = GTK_WIDGET (self->column_view);
  GtkDirectionType direction;

  if (keyval != GDK_KEY_Tab && keyval != GDK_KEY_KP_Tab && keyval != GDK_KEY_ISO_Left_Tab)
    return FALSE;
  if ((state & (GDK_CONTROL_MASK | GDK_ALT_MASK)) != 0)
    return FALSE;

  direction = (state & GDK_SHIFT_MASK) != 0 || keyval == GDK_KEY_ISO_Left_Tab
              ? GTK_DIR_TAB_BACKWARD : GTK_DIR_TAB_FORWARD;

  /* With the list out of the focus chain for a moment, the window moves
   * the focus to what comes after (or before) the list as a whole. */
  gtk_widget_set_can_focus (list, FALSE);
  g_signal_emit_by_name (gtk_widget_get_root (list), "move-focus", direction);
  gtk_widget_set_can_focus (list, TRUE);

  return TRUE;
}

static void
alignment_signal_table_init (AlignmentSignalTable *self)
{
  g_autoptr(GtkStringList) types = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) realms = gtk_string_list_new (NULL);
  g_autoptr(GEnumClass) type_class = g_type_class_ref (ALIGNMENT_TYPE_SIGNAL_TYPE);
  GtkEventController *keys;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->open_threads = g_hash_table_new (NULL, NULL);
  self->list_signals = g_signal_group_new (ALIGNMENT_TYPE_SIGNAL_LIST);
  g_signal_group_connect_swapped (self->list_signals, "items-changed",
                                  G_CALLBACK (signals_changed_cb), self);

  _alignment_signal_table_add_columns (self);

  keys = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect_swapped (keys, "key-pressed", G_CALLBACK (list_key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->column_view), keys);

  self->signal_filter = gtk_custom_filter_new (signal_filter_func, self, NULL);
  g_signal_connect_swapped (gtk_menu_button_get_popover (self->filter_button), "show",
                            G_CALLBACK (refresh_if_stale), self);
  g_signal_connect_swapped (gtk_menu_button_get_popover (self->filter_button), "show",
                            G_CALLBACK (refresh_governance_filters), self);
  gtk_sort_list_model_set_sorter (self->signal_sort_model, gtk_column_view_get_sorter (self->column_view));

  gtk_string_list_append (types, _("All types"));
  for (guint i = 1; i < type_class->n_values; i++)
    gtk_string_list_append (types, alignment_enum_to_label (ALIGNMENT_TYPE_SIGNAL_TYPE, type_class->values[i].value));
  gtk_drop_down_set_model (self->type_filter, G_LIST_MODEL (types));

  gtk_string_list_append (realms, _("Trust changed in any realm"));
  for (guint r = 0; r < ALIGNMENT_N_REALMS; r++)
    {
      /* Translators: "Changed trust in Operational (good-faith effort)". */
      g_autofree char *label = g_strdup_printf (_("Changed trust in %s (%s)"),
                                                alignment_realm_get_label (r),
                                                alignment_realm_get_trust_dimension (r));

      gtk_string_list_append (realms, label);
    }
  gtk_drop_down_set_model (self->realm_filter, G_LIST_MODEL (realms));

  gtk_string_list_append (self->sender_filter_model, _("All senders"));
  gtk_string_list_append (self->thread_filter_model, _("All threads"));

  g_signal_connect_swapped (self->selection, "notify::selected-item",
                            G_CALLBACK (selection_changed_cb), self);
  g_signal_connect_swapped (self->selection, "items-changed",
                            G_CALLBACK (update_signals_stack), self);
}

static void
alignment_signal_table_class_init (AlignmentSignalTableClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  const GParamFlags ro = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = alignment_signal_table_dispose;
  object_class->get_property = alignment_signal_table_get_property;
  object_class->set_property = alignment_signal_table_set_property;

  properties[PROP_CASE] =
    g_param_spec_object ("case", NULL, NULL, ALIGNMENT_TYPE_CASE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SELECTED_SIGNAL] = g_param_spec_object ("selected-signal", NULL, NULL, ALIGNMENT_TYPE_SIGNAL, ro);
  properties[PROP_SIGNAL_SET_SIZE] = g_param_spec_uint ("signal-set-size", NULL, NULL, 0, G_MAXUINT, 0, ro);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/Alignment/alignment-signal-table.ui");
  gtk_widget_class_bind_template_child (widget_class, AlignmentSignalTable, signals_stack);
  gtk_widget_class_bind_template_child (widget_class, AlignmentSignalTable, column_view);
  gtk_widget_class_bind_template_child (widget_class, AlignmentSignalTable, selection);
  gtk_widget_class_bind_template_child (widget_class, AlignmentSignalTable, signal_filter_model);
  gtk_widget_class_bind_template_child (widget_class, AlignmentSignalTable, signal_sort_model);
  gtk_widget_class_bind_template_child (widget_class, AlignmentSignalTable, filter_button);
  gtk_widget_class_bind_template_child (widget_class, AlignmentSignalTable, thread_filter);
  gtk_widget_class_bind_template_child (widget_class, AlignmentSignalTable, type_filter);
  gtk_widget_class_bind_template_child (widget_class, AlignmentSignalTable, sender_filter);
  gtk_widget_class_bind_template_child (widget_class, AlignmentSignalTable, realm_filter);
  gtk_widget_class_bind_template_child (widget_class, AlignmentSignalTable, board_filter);
  gtk_widget_class_bind_template_child (widget_class, AlignmentSignalTable, level_filter);
  gtk_widget_class_bind_template_child (widget_class, AlignmentSignalTable, board_filter_model);
  gtk_widget_class_bind_template_child (widget_class, AlignmentSignalTable, level_filter_model);
  gtk_widget_class_bind_template_child (widget_class, AlignmentSignalTable, open_only_filter);
  gtk_widget_class_bind_template_child (widget_class, AlignmentSignalTable, thread_filter_model);
  gtk_widget_class_bind_template_child (widget_class, AlignmentSignalTable, sender_filter_model);
  gtk_widget_class_bind_template_child (widget_class, AlignmentSignalTable, signal_set_revealer);
  gtk_widget_class_bind_template_child (widget_class, AlignmentSignalTable, signal_set_label);
  gtk_widget_class_bind_template_callback (widget_class, signal_filter_changed_cb);
}
