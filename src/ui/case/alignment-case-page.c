/* alignment-case-page.c: the case shown, in its five views
 *
 * The list, the timeline, the heatmap with the thread panel, the
 * details and the survey are widgets of their own; the page gives them
 * the case shown, keeps the timeline's selection in step with the
 * list's, refreshes the figures after edits and turns a heatmap cell, a
 * thread or a survey finding into a filter of the signal list.  Export, print and the actions on signals
 * are in alignment-case-page-actions.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "alignment-case-page-private.h"

/* Edits arrive a keystroke at a time: the figures follow a little later,
 * once per burst. */
#define REFRESH_DELAY_MS 150
/* The editor beside the timeline: as wide as beside the list. */
#define TIMELINE_EDITOR_WIDTH 360

G_DEFINE_FINAL_TYPE (AlignmentCasePage, alignment_case_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_DOCUMENT,
  PROP_EDITOR_VISIBLE,
  PROP_SELECTED_SIGNAL,
  PROP_FIGURE_SHOWN,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

gboolean
_alignment_case_page_shows (AlignmentCasePage *self,
                            const char        *view)
{
  /* NULL while the template is torn down. */
  return self->view_stack != NULL
         && g_strcmp0 (adw_view_stack_get_visible_child_name (self->view_stack), view) == 0;
}

static gboolean
figure_shown (AlignmentCasePage *self)
{
  return _alignment_case_page_shows (self, "timeline") || _alignment_case_page_shows (self, "heatmap");
}

gboolean
alignment_case_page_get_figure_shown (AlignmentCasePage *self)
{
  g_return_val_if_fail (ALIGNMENT_IS_CASE_PAGE (self), FALSE);

  /* The survey's trend is a figure once there is a round to draw. */
  return self->document != NULL
         && (figure_shown (self)
             || (_alignment_case_page_shows (self, "survey")
                 && alignment_survey_view_get_has_rounds (self->survey_view)));
}

gboolean
alignment_case_page_get_can_zoom (AlignmentCasePage *self)
{
  g_return_val_if_fail (ALIGNMENT_IS_CASE_PAGE (self), FALSE);

  return self->document != NULL && _alignment_case_page_shows (self, "timeline");
}

/* Toasts go to the window's overlay, with the other toasts. */
void
_alignment_case_page_toast (AlignmentCasePage *self,
                            AdwToast          *toast)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
  else
    g_object_unref (g_object_ref_sink (toast));
}

/* ---- Refreshing after edits ------------------------------------------------------ */

static void
views_refresh_now (AlignmentCasePage *self)
{
  g_clear_handle_id (&self->views_refresh_source, g_source_remove);
  if (!self->views_stale)
    return;

  self->views_stale = FALSE;
  alignment_timeline_view_reload (self->timeline_view);
  alignment_heatmap_view_refresh (self->heatmap_view);
  alignment_thread_panel_refresh (self->thread_panel);
  alignment_thread_panel_refresh (self->timeline_thread_panel);
  alignment_agreement_panel_refresh (self->agreement_panel);
}

static gboolean
views_refresh_cb (gpointer data)
{
  AlignmentCasePage *self = data;

  self->views_refresh_source = 0;
  views_refresh_now (self);
  return G_SOURCE_REMOVE;
}

/* A hidden page is refreshed when it is shown: editing in the list
 * costs nothing for figures nobody looks at. */
static void
views_queue_refresh (AlignmentCasePage *self)
{
  self->views_stale = TRUE;
  if (self->views_refresh_source == 0 && figure_shown (self))
    self->views_refresh_source = g_timeout_add (REFRESH_DELAY_MS, views_refresh_cb, self);
}

/* The one editor goes where it is wanted: beside the list, or beside
 * the timeline. */
static void
place_editor (AlignmentCasePage *self,
              GtkPaned          *paned)
{
  GtkWidget *editor = GTK_WIDGET (self->signal_editor);
  GtkWidget *parent = gtk_widget_get_parent (editor);
  int width = gtk_widget_get_width (GTK_WIDGET (paned));

  if (parent == GTK_WIDGET (paned))
    return;

  g_object_ref (editor);
  if (GTK_IS_PANED (parent))
    gtk_paned_set_end_child (GTK_PANED (parent), NULL);
  gtk_paned_set_end_child (paned, editor);
  g_object_unref (editor);
  if (paned == self->timeline_paned && width > 0)
    gtk_paned_set_position (paned, MAX (width / 2, width - TIMELINE_EDITOR_WIDTH));
}

static void
visible_page_changed_cb (AlignmentCasePage *self)
{
  if (figure_shown (self))
    views_refresh_now (self);
  /* Back on the list, the editor is beside it again. */
  if (_alignment_case_page_shows (self, "signals"))
    place_editor (self, self->editor_paned);
}

/* The editor changes the selected signal a keystroke at a time, and the
 * history merges typing into one step without telling: the signal
 * itself says when it changed. */
static void
watch_signal (AlignmentCasePage *self,
              AlignmentSignal   *signal)
{
  if (self->watched_signal == signal)
    return;

  if (self->watched_signal != NULL)
    g_signal_handlers_disconnect_by_func (self->watched_signal, views_queue_refresh, self);
  g_set_object (&self->watched_signal, signal);
  if (signal != NULL)
    g_signal_connect_swapped (signal, "notify", G_CALLBACK (views_queue_refresh), self);
}

/* ---- Selection ------------------------------------------------------------------- */

static int
case_position (AlignmentCasePage *self,
               AlignmentSignal   *signal)
{
  AlignmentCase *c = alignment_case_page_get_case (self);
  AlignmentSignal **signals;
  guint n;

  if (c == NULL || signal == NULL)
    return -1;

  signals = alignment_signal_list_peek (alignment_case_get_signals (c), &n);
  for (guint i = 0; i < n; i++)
    if (signals[i] == signal)
      return (int) i;

  return -1;
}

static void
sync_timeline_selection (AlignmentCasePage *self)
{
  AlignmentSignal *signal = alignment_case_page_get_selected_signal (self);
  int position = case_position (self, signal);

  self->syncing_selection = TRUE;
  gtk_single_selection_set_selected (self->timeline_selection,
                                     position >= 0 ? (guint) position : GTK_INVALID_LIST_POSITION);
  self->syncing_selection = FALSE;
}

static gboolean
sync_timeline_selection_cb (gpointer data)
{
  AlignmentCasePage *self = data;

  self->selection_sync_source = 0;
  sync_timeline_selection (self);
  return G_SOURCE_REMOVE;
}

static void
list_selection_changed_cb (AlignmentCasePage *self)
{
  AlignmentSignal *signal = alignment_case_page_get_selected_signal (self);
  AlignmentCase *c = alignment_case_page_get_case (self);

  watch_signal (self, signal);

  if (self->syncing_selection)
    return;

  /* A model not yet the case's list: the case is being switched, and
   * the switch syncs at its end. */
  if (c == NULL
      || gtk_single_selection_get_model (self->timeline_selection)
         != G_LIST_MODEL (alignment_case_get_signals (c)))
    {
      if (self->selection_sync_source == 0)
        self->selection_sync_source = g_idle_add (sync_timeline_selection_cb, self);
      return;
    }

  sync_timeline_selection (self);
}

static void
timeline_selection_changed_cb (AlignmentCasePage *self)
{
  AlignmentSignal *signal = gtk_single_selection_get_selected_item (self->timeline_selection);

  if (self->syncing_selection || signal == NULL)
    return;

  self->syncing_selection = TRUE;
  alignment_case_page_select_signal (self, signal);
  self->syncing_selection = FALSE;
}

static void
timeline_activate_signal_cb (AlignmentCasePage *self,
                             guint              position)
{
  AlignmentCase *c = alignment_case_page_get_case (self);
  AlignmentSignal *signal;

  if (c == NULL || position >= alignment_signal_list_get_n (alignment_case_get_signals (c)))
    return;

  signal = alignment_signal_list_get (alignment_case_get_signals (c), position);
  alignment_case_page_select_signal (self, signal);
  /* The timeline stays in view while the signal is edited. */
  place_editor (self, self->timeline_paned);
  alignment_case_page_set_editor_visible (self, TRUE);
  alignment_signal_editor_focus (self->signal_editor);
}

/* Both buttons of the group report here.  A button pressed in a group
 * first turns the other off, which toggles that one while the pressed
 * one is not yet active: only the button turned on says which lanes
 * are wanted. */
static void
timeline_lanes_toggled_cb (AlignmentCasePage *self,
                           GtkToggleButton   *button)
{
  if (!gtk_toggle_button_get_active (button))
    return;

  alignment_timeline_view_set_lanes (self->timeline_view,
                                     button == self->lanes_thread_button
                                     ? ALIGNMENT_TIMELINE_LANES_THREAD
                                     : ALIGNMENT_TIMELINE_LANES_PARTY);
}

/* ---- Signals chosen in the heatmap or the thread panel ------------------------- */

/* Where a set of signals was chosen, for the words above the list. */
typedef enum
{
  CHOSEN_IN_HEATMAP,
  CHOSEN_IN_THREADS,
  CHOSEN_IN_SURVEY,
  CHOSEN_IN_AGREEMENT,
} ChosenIn;

/* Filters the list to the signals at @positions (in the case's list)
 * and shows them on the timeline: they are highlighted there, the
 * first of them selected. */
static guint
choose_signals (AlignmentCasePage *self,
                GArray            *positions,
                ChosenIn           chosen_in)
{
  AlignmentCase *c = alignment_case_page_get_case (self);
  AlignmentSignalList *list;
  g_autoptr(GPtrArray) signals = g_ptr_array_new ();
  g_autoptr(GArray) shown = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autofree char *label = NULL;
  AlignmentSignal *first = NULL;

  if (c == NULL || positions == NULL)
    return 0;

  list = alignment_case_get_signals (c);
  for (guint i = 0; i < positions->len; i++)
    {
      guint position = g_array_index (positions, guint, i);
      AlignmentSignal *signal;

      if (position >= alignment_signal_list_get_n (list))
        continue;
      signal = alignment_signal_list_get (list, position);
      g_ptr_array_add (signals, signal);
      g_array_append_val (shown, position);
      if (first == NULL || alignment_signal_compare (signal, first) < 0)
        first = signal;
    }

  if (signals->len == 0)
    return 0;

  /* Translators: above the signal list after a heatmap cell or a thread
   * or finding was chosen. */
  if (chosen_in == CHOSEN_IN_HEATMAP)
    label = g_strdup_printf (ngettext ("Showing %u signal from the heatmap",
                                       "Showing %u signals from the heatmap", signals->len),
                             signals->len);
  else if (chosen_in == CHOSEN_IN_SURVEY)
    label = g_strdup_printf (ngettext ("Showing %u signal of a survey finding",
                                       "Showing %u signals of a survey finding", signals->len),
                             signals->len);
  else if (chosen_in == CHOSEN_IN_AGREEMENT)
    label = g_strdup_printf (ngettext ("Showing %u signal from the parties' agreement",
                                       "Showing %u signals from the parties' agreement", signals->len),
                             signals->len);
  else
    label = g_strdup_printf (ngettext ("Showing %u signal from the thread analysis",
                                       "Showing %u signals from the thread analysis", signals->len),
                             signals->len);
  alignment_signal_table_set_signal_set (self->signal_table, signals, label);

  /* Before the selection: should selecting clear the filter, the
   * highlight goes with it. */
  alignment_timeline_view_set_highlight_signals (self->timeline_view, (const guint *) shown->data, shown->len);
  alignment_case_page_select_signal (self, first);

  return signals->len;
}

static void
show_list_cb (AdwToast          *toast,
              AlignmentCasePage *self)
{
  adw_view_stack_set_visible_child_name (self->view_stack, "signals");
}

static void
heatmap_cell_activated_cb (AlignmentCasePage *self,
                           guint              row,
                           guint              column,
                           GArray            *positions)
{
  g_autofree char *title = NULL;
  AdwToast *toast;
  guint n;

  n = choose_signals (self, positions, CHOSEN_IN_HEATMAP);
  if (n == 0)
    {
      _alignment_case_page_toast (self, adw_toast_new (_("No signal changed trust in this cell")));
      return;
    }

  /* The user is reading the heatmap: the list is one click away. */
  title = g_strdup_printf (ngettext ("The signal list shows the %u signal of this cell",
                                     "The signal list shows the %u signals of this cell", n),
                           n);
  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("Show _List"));
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (show_list_cb), self, 0);
  _alignment_case_page_toast (self, toast);
}

static void
thread_panel_signals_activated_cb (AlignmentCasePage *self,
                                   GArray            *positions)
{
  if (choose_signals (self, positions, CHOSEN_IN_THREADS) > 0)
    adw_view_stack_set_visible_child_name (self->view_stack, "signals");
}

/* A finding of the survey: its signals, highlighted on the timeline,
 * where the reader sees when they were sent. */
static void
survey_signals_activated_cb (AlignmentCasePage *self,
                             GArray            *positions)
{
  if (choose_signals (self, positions, CHOSEN_IN_SURVEY) > 0)
    adw_view_stack_set_visible_child_name (self->view_stack, "timeline");
  else
    _alignment_case_page_toast (self, adw_toast_new (_("The signals of this finding are no longer in the case")));
}

static void
survey_has_rounds_cb (AlignmentCasePage *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FIGURE_SHOWN]);
}

/* The signals of a cell of the agreement table, or those the parties
 * judged differently: highlighted on the timeline, as a finding's are. */
static void
agreement_signals_activated_cb (AlignmentCasePage *self,
                                GArray            *positions)
{
  if (choose_signals (self, positions, CHOSEN_IN_AGREEMENT) > 0)
    adw_view_stack_set_visible_child_name (self->view_stack, "timeline");
}

/* ---- The case shown ------------------------------------------------------------- */

static void
remember_viewport (AlignmentCasePage *self)
{
  double *viewport;

  if (self->views_file == NULL || alignment_timeline_view_get_case (self->timeline_view) == NULL)
    return;

  viewport = g_new (double, 2);
  alignment_timeline_view_get_viewport (self->timeline_view, &viewport[0], &viewport[1]);
  g_hash_table_insert (self->viewports, g_file_get_uri (self->views_file), viewport);
}

static void
history_changed_cb (AlignmentCasePage *self)
{
  views_queue_refresh (self);
}

/* Undo and redo show what they changed: the signal, selected. */
static void
history_applied_cb (AlignmentCasePage *self,
                    GObject           *object)
{
  AlignmentCase *c = alignment_case_page_get_case (self);
  AlignmentSignal **signals;
  guint n;

  if (c == NULL || !ALIGNMENT_IS_SIGNAL (object))
    return;

  /* An undone new signal is no longer there to show. */
  signals = alignment_signal_list_peek (alignment_case_get_signals (c), &n);
  for (guint i = 0; i < n; i++)
    if (signals[i] == (AlignmentSignal *) object)
      {
        alignment_case_page_select_signal (self, signals[i]);
        return;
      }
}

static void timeline_board_selected_cb (AlignmentCasePage *self);
static void refresh_boards (AlignmentCasePage *self);

/* A board's name is what signals and the filter go by: a rename on the
 * Details page shows in the dropdown at once. */
static void
watch_board_names (AlignmentCasePage *self,
                   GListModel        *boards)
{
  for (guint i = 0; i < self->watched_boards->len; i++)
    g_signal_handlers_disconnect_by_data (g_ptr_array_index (self->watched_boards, i), self);
  g_ptr_array_set_size (self->watched_boards, 0);

  for (guint i = 0; boards != NULL && i < g_list_model_get_n_items (boards); i++)
    {
      AlignmentBoard *board = g_list_model_get_item (boards, i);

      g_signal_connect_swapped (board, "notify::name", G_CALLBACK (refresh_boards), self);
      g_ptr_array_add (self->watched_boards, board);
    }
}

/* The board filter offers the case's boards, "All boards" first, and
 * follows them as they are added, renamed and removed; a board chosen
 * before stays chosen while the case still has a board of its name, else
 * the filter shows every board again. */
static void
refresh_boards (AlignmentCasePage *self)
{
  AlignmentCase *c = alignment_case_page_get_case (self);
  GListModel *boards = c != NULL ? G_LIST_MODEL (alignment_case_get_boards (c)) : NULL;
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autofree char *chosen = g_strdup (alignment_timeline_view_get_board (self->timeline_view));
  GListModel *shown = gtk_drop_down_get_model (self->board_dropdown);
  guint selected = 0;

  watch_board_names (self, boards);

  gtk_string_list_append (names, _("All boards"));
  for (guint i = 0; boards != NULL && i < g_list_model_get_n_items (boards); i++)
    {
      g_autoptr(AlignmentBoard) board = g_list_model_get_item (boards, i);
      const char *name = alignment_board_get_name (board);

      /* A board just added has no name yet: nothing to filter by. */
      if (*name == '\0')
        continue;
      gtk_string_list_append (names, name);
      if (selected == 0 && g_strcmp0 (name, chosen) == 0)
        selected = g_list_model_get_n_items (G_LIST_MODEL (names)) - 1;
    }

  /* The same names: the list and its popover stay as they are. */
  if (shown != NULL && GTK_IS_STRING_LIST (shown)
      && g_list_model_get_n_items (shown) == g_list_model_get_n_items (G_LIST_MODEL (names)))
    {
      guint i = 1;

      while (i < g_list_model_get_n_items (shown)
             && g_str_equal (gtk_string_list_get_string (GTK_STRING_LIST (shown), i),
                             gtk_string_list_get_string (names, i)))
        i++;
      if (i == g_list_model_get_n_items (shown))
        {
          if (gtk_drop_down_get_selected (self->board_dropdown) != selected)
            gtk_drop_down_set_selected (self->board_dropdown, selected);
          return;
        }
    }

  g_signal_handlers_block_by_func (self->board_dropdown, timeline_board_selected_cb, self);
  gtk_drop_down_set_model (self->board_dropdown, G_LIST_MODEL (names));
  gtk_drop_down_set_selected (self->board_dropdown, selected);
  g_signal_handlers_unblock_by_func (self->board_dropdown, timeline_board_selected_cb, self);
  timeline_board_selected_cb (self);
}

static void
boards_changed_cb (AlignmentCasePage *self)
{
  refresh_boards (self);
}

static void
timeline_board_selected_cb (AlignmentCasePage *self)
{
  guint selected = gtk_drop_down_get_selected (self->board_dropdown);
  GListModel *names = gtk_drop_down_get_model (self->board_dropdown);

  alignment_timeline_view_set_board (self->timeline_view,
                                     selected == 0 || selected == GTK_INVALID_LIST_POSITION || names == NULL
                                     ? NULL : gtk_string_list_get_string (GTK_STRING_LIST (names), selected));
}

/* The case shown changed: every view follows, each keeping what it
 * showed of the case before for when it comes back. */
static void
document_changed (AlignmentCasePage *self)
{
  AlignmentCase *c = alignment_case_page_get_case (self);
  double *viewport = NULL;

  /* The zoom of the case left, for when it comes back: the view keeps it
   * only while the case object lives, and an unedited case is read
   * again from its file. */
  remember_viewport (self);

  g_clear_object (&self->views_file);
  if (self->document != NULL && alignment_document_get_file (self->document) != NULL)
    self->views_file = g_object_ref (alignment_document_get_file (self->document));

  /* The timeline's selection took the case's list in
   * alignment_case_page_set_document(), before the list did. */
  watch_signal (self, NULL);

  alignment_timeline_view_set_case (self->timeline_view, c);
  g_signal_group_set_target (self->boards_signals, c != NULL ? alignment_case_get_boards (c) : NULL);
  refresh_boards (self);
  alignment_heatmap_view_set_case (self->heatmap_view, c);
  alignment_survey_view_set_document (self->survey_view, self->document);
  alignment_thread_panel_set_case (self->thread_panel, c);
  alignment_thread_panel_set_case (self->timeline_thread_panel, c);
  alignment_agreement_panel_set_case (self->agreement_panel, c);
  alignment_thread_panel_set_history (self->timeline_thread_panel,
                                      self->document != NULL ? alignment_document_get_history (self->document) : NULL);
  self->views_stale = FALSE;
  g_clear_handle_id (&self->views_refresh_source, g_source_remove);

  if (self->views_file != NULL)
    {
      g_autofree char *uri = g_file_get_uri (self->views_file);

      viewport = g_hash_table_lookup (self->viewports, uri);
    }
  if (viewport != NULL)
    alignment_timeline_view_set_viewport (self->timeline_view, viewport[0], viewport[1]);

  g_signal_group_set_target (self->history_signals,
                             self->document != NULL ? alignment_document_get_history (self->document) : NULL);

  list_selection_changed_cb (self);
}

/* ---- The document ---------------------------------------------------------------- */

AlignmentDocument *
alignment_case_page_get_document (AlignmentCasePage *self)
{
  g_return_val_if_fail (ALIGNMENT_IS_CASE_PAGE (self), NULL);

  return self->document;
}

AlignmentCase *
alignment_case_page_get_case (AlignmentCasePage *self)
{
  g_return_val_if_fail (ALIGNMENT_IS_CASE_PAGE (self), NULL);

  return self->document != NULL ? alignment_document_get_case (self->document) : NULL;
}

void
alignment_case_page_set_document (AlignmentCasePage *self,
                                  AlignmentDocument *document)
{
  gboolean changed;
  AlignmentCase *c;

  g_return_if_fail (ALIGNMENT_IS_CASE_PAGE (self));
  g_return_if_fail (document == NULL || ALIGNMENT_IS_DOCUMENT (document));

  changed = self->document != document;
  /* No document again still starts afresh: no filter, no selection. */
  if (!changed && document != NULL)
    return;

  alignment_signal_editor_set_signal (self->signal_editor, NULL, NULL);
  g_set_object (&self->document, document);
  c = alignment_case_page_get_case (self);
  /* The timeline's selection hears of a change of the case before the
   * list does: when the list's selection moves and the timeline's
   * follows, both then agree on what the case holds. */
  gtk_single_selection_set_model (self->timeline_selection,
                                  c != NULL ? G_LIST_MODEL (alignment_case_get_signals (c)) : NULL);
  alignment_signal_table_set_case (self->signal_table, c);
  alignment_case_details_set_document (self->case_details, document);
  document_changed (self);
  if (changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);
}

/* ---- The views ------------------------------------------------------------------- */

AdwViewStack *
alignment_case_page_get_stack (AlignmentCasePage *self)
{
  g_return_val_if_fail (ALIGNMENT_IS_CASE_PAGE (self), NULL);

  return self->view_stack;
}

const char *
alignment_case_page_get_view (AlignmentCasePage *self)
{
  g_return_val_if_fail (ALIGNMENT_IS_CASE_PAGE (self), NULL);

  return self->view_stack != NULL ? adw_view_stack_get_visible_child_name (self->view_stack) : NULL;
}

void
alignment_case_page_show_view (AlignmentCasePage *self,
                               const char        *name)
{
  g_return_if_fail (ALIGNMENT_IS_CASE_PAGE (self));

  adw_view_stack_set_visible_child_name (self->view_stack, name);
}

gboolean
alignment_case_page_get_editor_visible (AlignmentCasePage *self)
{
  g_return_val_if_fail (ALIGNMENT_IS_CASE_PAGE (self), FALSE);

  return self->signal_editor == NULL || gtk_widget_get_visible (GTK_WIDGET (self->signal_editor));
}

void
alignment_case_page_set_editor_visible (AlignmentCasePage *self,
                                        gboolean           visible)
{
  g_return_if_fail (ALIGNMENT_IS_CASE_PAGE (self));

  /* A narrow window shows all the columns of the list without it. */
  if (self->signal_editor != NULL
      && gtk_widget_get_visible (GTK_WIDGET (self->signal_editor)) != visible)
    {
      gtk_widget_set_visible (GTK_WIDGET (self->signal_editor), visible);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EDITOR_VISIBLE]);
    }
}

GtkSingleSelection *
alignment_case_page_get_selection (AlignmentCasePage *self)
{
  g_return_val_if_fail (ALIGNMENT_IS_CASE_PAGE (self), NULL);

  return alignment_signal_table_get_selection (self->signal_table);
}

AlignmentSignal *
alignment_case_page_get_selected_signal (AlignmentCasePage *self)
{
  g_return_val_if_fail (ALIGNMENT_IS_CASE_PAGE (self), NULL);

  /* NULL while the template is torn down. */
  if (self->signal_table == NULL)
    return NULL;

  return alignment_signal_table_get_selected_signal (self->signal_table);
}

void
alignment_case_page_select_signal (AlignmentCasePage *self,
                                   AlignmentSignal   *signal)
{
  g_return_if_fail (ALIGNMENT_IS_CASE_PAGE (self));

  alignment_signal_table_select_signal (self->signal_table, signal);
}

void
alignment_case_page_clear_filters (AlignmentCasePage *self)
{
  g_return_if_fail (ALIGNMENT_IS_CASE_PAGE (self));

  alignment_signal_table_clear_filters (self->signal_table);
}

void
alignment_case_page_clear_signal_set (AlignmentCasePage *self)
{
  g_return_if_fail (ALIGNMENT_IS_CASE_PAGE (self));

  alignment_signal_table_clear_signal_set (self->signal_table);
}

AlignmentSignalTable *
alignment_case_page_get_signal_table (AlignmentCasePage *self)
{
  g_return_val_if_fail (ALIGNMENT_IS_CASE_PAGE (self), NULL);

  return self->signal_table;
}

GtkColumnView *
alignment_case_page_get_column_view (AlignmentCasePage *self)
{
  g_return_val_if_fail (ALIGNMENT_IS_CASE_PAGE (self), NULL);

  return alignment_signal_table_get_column_view (self->signal_table);
}

void
alignment_case_page_focus_list (AlignmentCasePage *self)
{
  g_return_if_fail (ALIGNMENT_IS_CASE_PAGE (self));

  gtk_widget_grab_focus (GTK_WIDGET (alignment_signal_table_get_column_view (self->signal_table)));
}

/* ---- Settings -------------------------------------------------------------------- */

static void
default_bucket_changed_cb (AlignmentCasePage *self)
{
  if (self->settings != NULL && self->heatmap_view != NULL)
    alignment_heatmap_view_set_bucket_kind (self->heatmap_view, g_settings_get_enum (self->settings, "heatmap-bucket"));
}

void
alignment_case_page_bind_settings (AlignmentCasePage *self,
                                   GSettings         *settings)
{
  g_return_if_fail (ALIGNMENT_IS_CASE_PAGE (self));
  g_return_if_fail (G_IS_SETTINGS (settings));

  if (self->settings != NULL)
    return;

  self->settings = g_object_ref (settings);
  /* The key's nicks are the property's: "red-green", "blue-orange". */
  g_settings_bind (settings, "trust-palette", self->heatmap_view, "trust-scale", G_SETTINGS_BIND_GET);
  /* Not bound: switching the columns in the view is not a new default,
   * but choosing a new default in Preferences shows it. */
  g_signal_connect_object (settings, "changed::heatmap-bucket",
                           G_CALLBACK (default_bucket_changed_cb), self, G_CONNECT_SWAPPED);
  default_bucket_changed_cb (self);
}

/* The window keeps where the user left the dividers. */
GtkPaned *
alignment_case_page_get_editor_paned (AlignmentCasePage *self)
{
  g_return_val_if_fail (ALIGNMENT_IS_CASE_PAGE (self), NULL);

  return self->editor_paned;
}

GtkPaned *
alignment_case_page_get_heatmap_paned (AlignmentCasePage *self)
{
  g_return_val_if_fail (ALIGNMENT_IS_CASE_PAGE (self), NULL);

  return self->heatmap_paned;
}

/* The editor edits the signal selected, the window's actions follow,
 * then the timeline. */
static void
table_selection_changed_cb (AlignmentCasePage *self)
{
  AlignmentSignal *signal = alignment_case_page_get_selected_signal (self);

  if (self->signal_editor == NULL)
    return;

  alignment_signal_editor_set_signal (self->signal_editor, signal != NULL ? self->document : NULL, signal);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_SIGNAL]);
  list_selection_changed_cb (self);
}

/* The timeline highlights the set chosen only while it is the filter. */
static void
signal_set_changed_cb (AlignmentCasePage *self)
{
  if (alignment_signal_table_get_signal_set_size (self->signal_table) == 0)
    alignment_timeline_view_set_highlight_signals (self->timeline_view, NULL, 0);
}

/* Alt+1, Alt+2, …: the views in the order the switchers show them, from
 * anywhere in the window, through win.show-view. */
static void
add_view_shortcuts (AlignmentCasePage *self)
{
  g_autoptr(GtkSelectionModel) pages = adw_view_stack_get_pages (self->view_stack);
  GtkEventController *controller = gtk_shortcut_controller_new ();
  guint n = g_list_model_get_n_items (G_LIST_MODEL (pages));

  gtk_shortcut_controller_set_scope (GTK_SHORTCUT_CONTROLLER (controller), GTK_SHORTCUT_SCOPE_GLOBAL);
  for (guint i = 0; i < MIN (n, 9); i++)
    {
      g_autoptr(AdwViewStackPage) page = g_list_model_get_item (G_LIST_MODEL (pages), i);
      GtkShortcut *shortcut = gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_1 + i, GDK_ALT_MASK),
                                                gtk_named_action_new ("win.show-view"));

      gtk_shortcut_set_arguments (shortcut, g_variant_new_string (adw_view_stack_page_get_name (page)));
      gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller), shortcut);
    }
  gtk_widget_add_controller (GTK_WIDGET (self), controller);
}

/* ---- GObject --------------------------------------------------------------------- */

static void
alignment_case_page_dispose (GObject *object)
{
  AlignmentCasePage *self = ALIGNMENT_CASE_PAGE (object);

  g_clear_handle_id (&self->views_refresh_source, g_source_remove);
  g_clear_handle_id (&self->selection_sync_source, g_source_remove);
  if (self->signal_table != NULL)
    g_signal_handlers_disconnect_by_data (self->signal_table, self);
  if (self->view_stack != NULL)
    g_signal_handlers_disconnect_by_func (self->view_stack, visible_page_changed_cb, self);
  _alignment_case_page_actions_dispose (self);
  if (self->watched_signal != NULL)
    g_signal_handlers_disconnect_by_func (self->watched_signal, views_queue_refresh, self);
  g_clear_object (&self->watched_signal);
  if (self->timeline_selection != NULL)
    g_signal_handlers_disconnect_by_data (self->timeline_selection, self);
  g_clear_object (&self->timeline_selection);
  if (self->history_signals != NULL)
    g_signal_group_set_target (self->history_signals, NULL);
  g_clear_object (&self->history_signals);
  if (self->boards_signals != NULL)
    g_signal_group_set_target (self->boards_signals, NULL);
  g_clear_object (&self->boards_signals);
  if (self->watched_boards != NULL)
    watch_board_names (self, NULL);
  g_clear_pointer (&self->watched_boards, g_ptr_array_unref);

  gtk_widget_dispose_template (GTK_WIDGET (self), ALIGNMENT_TYPE_CASE_PAGE);

  g_clear_object (&self->views_file);
  g_clear_pointer (&self->viewports, g_hash_table_unref);
  g_clear_object (&self->document);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (alignment_case_page_parent_class)->dispose (object);
}

static void
alignment_case_page_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  AlignmentCasePage *self = ALIGNMENT_CASE_PAGE (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;

    case PROP_EDITOR_VISIBLE:
      g_value_set_boolean (value, alignment_case_page_get_editor_visible (self));
      break;

    case PROP_SELECTED_SIGNAL:
      g_value_set_object (value, alignment_case_page_get_selected_signal (self));
      break;

    case PROP_FIGURE_SHOWN:
      g_value_set_boolean (value, alignment_case_page_get_figure_shown (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
alignment_case_page_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  AlignmentCasePage *self = ALIGNMENT_CASE_PAGE (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      alignment_case_page_set_document (self, g_value_get_object (value));
      break;

    case PROP_EDITOR_VISIBLE:
      alignment_case_page_set_editor_visible (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* ---- Thread colours --------------------------------------------------------- */

/* The signal list's stripe gives a thread the colour the timeline draws
 * its links in: one palette, in src/render, for both. */
static void
load_thread_colors (GtkCssProvider *provider)
{
  gboolean dark = adw_style_manager_get_dark (adw_style_manager_get_default ());
  const AlignmentPalette *palette = alignment_palette_get (dark ? ALIGNMENT_PALETTE_DARK : ALIGNMENT_PALETTE_LIGHT,
                                                           ALIGNMENT_SCALE_RED_GREEN);
  g_autoptr(GString) css = g_string_new (NULL);

  /* The list names a thread's colour by its number modulo the number of
   * colours. */
  for (guint i = 0; i < ALIGNMENT_N_THREAD_COLORS; i++)
    {
      const AlignmentRgba *c = alignment_palette_thread (palette, i);

      g_string_append_printf (css, ".thread-stripe.thread-%u { border-left-color: #%02x%02x%02x; }\n", i,
                              (guint) (c->red * 255 + 0.5), (guint) (c->green * 255 + 0.5), (guint) (c->blue * 255 + 0.5));
    }
  gtk_css_provider_load_from_data (provider, css->str, -1);
}

static void
install_thread_colors (GtkWidget *widget)
{
  static GtkCssProvider *provider;

  if (provider != NULL)
    return;

  provider = gtk_css_provider_new ();
  load_thread_colors (provider);
  g_signal_connect_swapped (adw_style_manager_get_default (), "notify::dark",
                            G_CALLBACK (load_thread_colors), provider);
  gtk_style_context_add_provider_for_display (gtk_widget_get_display (widget),
                                              GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
}

static void
alignment_case_page_class_init (AlignmentCasePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  const GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = alignment_case_page_dispose;
  object_class->get_property = alignment_case_page_get_property;
  object_class->set_property = alignment_case_page_set_property;

  properties[PROP_DOCUMENT] = g_param_spec_object ("document", NULL, NULL, ALIGNMENT_TYPE_DOCUMENT, rw);
  properties[PROP_EDITOR_VISIBLE] = g_param_spec_boolean ("editor-visible", NULL, NULL, TRUE, rw);
  properties[PROP_SELECTED_SIGNAL] =
    g_param_spec_object ("selected-signal", NULL, NULL, ALIGNMENT_TYPE_SIGNAL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_FIGURE_SHOWN] =
    g_param_spec_boolean ("figure-shown", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (ALIGNMENT_TYPE_SIGNAL_TABLE);
  g_type_ensure (ALIGNMENT_TYPE_SIGNAL_EDITOR);
  g_type_ensure (ALIGNMENT_TYPE_CASE_DETAILS);
  g_type_ensure (ALIGNMENT_TYPE_TIMELINE_VIEW);
  g_type_ensure (ALIGNMENT_TYPE_HEATMAP_VIEW);
  g_type_ensure (ALIGNMENT_TYPE_THREAD_PANEL);
  g_type_ensure (ALIGNMENT_TYPE_SURVEY_VIEW);
  g_type_ensure (ALIGNMENT_TYPE_AGREEMENT_PANEL);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/Alignment/alignment-case-page.ui");
  gtk_widget_class_bind_template_child (widget_class, AlignmentCasePage, view_stack);
  gtk_widget_class_bind_template_child (widget_class, AlignmentCasePage, heatmap_paned);
  gtk_widget_class_bind_template_child (widget_class, AlignmentCasePage, case_details);
  gtk_widget_class_bind_template_child (widget_class, AlignmentCasePage, timeline_paned);
  gtk_widget_class_bind_template_child (widget_class, AlignmentCasePage, timeline_view);
  gtk_widget_class_bind_template_child (widget_class, AlignmentCasePage, lanes_thread_button);
  gtk_widget_class_bind_template_child (widget_class, AlignmentCasePage, board_dropdown);
  gtk_widget_class_bind_template_child (widget_class, AlignmentCasePage, heatmap_view);
  gtk_widget_class_bind_template_child (widget_class, AlignmentCasePage, thread_panel);
  gtk_widget_class_bind_template_child (widget_class, AlignmentCasePage, agreement_panel);
  gtk_widget_class_bind_template_child (widget_class, AlignmentCasePage, threads_paned);
  gtk_widget_class_bind_template_child (widget_class, AlignmentCasePage, threads_button);
  gtk_widget_class_bind_template_child (widget_class, AlignmentCasePage, timeline_thread_panel);
  gtk_widget_class_bind_template_callback (widget_class, timeline_activate_signal_cb);
  gtk_widget_class_bind_template_callback (widget_class, timeline_lanes_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, timeline_board_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, heatmap_cell_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, thread_panel_signals_activated_cb);
  gtk_widget_class_bind_template_child (widget_class, AlignmentCasePage, survey_view);
  gtk_widget_class_bind_template_callback (widget_class, survey_signals_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, survey_has_rounds_cb);
  gtk_widget_class_bind_template_callback (widget_class, agreement_signals_activated_cb);

  gtk_widget_class_bind_template_child (widget_class, AlignmentCasePage, editor_paned);
  gtk_widget_class_bind_template_child (widget_class, AlignmentCasePage, signal_table);
  gtk_widget_class_bind_template_child (widget_class, AlignmentCasePage, signal_editor);
}

static void
alignment_case_page_init (AlignmentCasePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  install_thread_colors (GTK_WIDGET (self));

  self->viewports = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->timeline_selection = gtk_single_selection_new (NULL);
  gtk_single_selection_set_autoselect (self->timeline_selection, FALSE);
  gtk_single_selection_set_can_unselect (self->timeline_selection, TRUE);
  alignment_timeline_view_set_selection (self->timeline_view, GTK_SELECTION_MODEL (self->timeline_selection));

  self->history_signals = g_signal_group_new (ALIGNMENT_TYPE_HISTORY);
  g_signal_group_connect_swapped (self->history_signals, "applied",
                                  G_CALLBACK (history_applied_cb), self);
  g_signal_group_connect_swapped (self->history_signals, "notify::changes-since-save",
                                  G_CALLBACK (history_changed_cb), self);
  g_signal_group_connect_swapped (self->history_signals, "applied",
                                  G_CALLBACK (history_changed_cb), self);

  /* The board filter follows the boards edited on the Details page. */
  self->watched_boards = g_ptr_array_new_with_free_func (g_object_unref);
  self->boards_signals = g_signal_group_new (G_TYPE_LIST_STORE);
  g_signal_group_connect_swapped (self->boards_signals, "items-changed",
                                  G_CALLBACK (boards_changed_cb), self);

  g_signal_connect_swapped (self->timeline_selection, "notify::selected-item",
                            G_CALLBACK (timeline_selection_changed_cb), self);
  g_signal_connect_swapped (self->signal_table, "notify::selected-signal",
                            G_CALLBACK (table_selection_changed_cb), self);
  g_signal_connect_swapped (self->signal_table, "notify::signal-set-size",
                            G_CALLBACK (signal_set_changed_cb), self);
  g_signal_connect_swapped (self->view_stack, "notify::visible-child",
                            G_CALLBACK (visible_page_changed_cb), self);
  _alignment_case_page_paste_init (self);
  add_view_shortcuts (self);
}
