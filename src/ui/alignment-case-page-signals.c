/* alignment-case-page-signals.c: the signal list, its columns and filters
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "alignment-case-page-private.h"

/* Cases bigger than this are filtered and sorted in chunks, so that the
 * window keeps answering while a 100 000-signal list is sorted. */
#define INCREMENTAL_THRESHOLD 5000
#define N_THREAD_COLORS 6

typedef void (*UpdateCell) (GtkListItem       *item,
                            AlignmentSignal   *signal,
                            AlignmentCasePage *self);

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
  COLUMN_IMPACT_FIRST,
  N_COLUMNS = COLUMN_IMPACT_FIRST + ALIGNMENT_N_PARTIES * ALIGNMENT_N_REALMS
} Column;

/* ---- Cells ------------------------------------------------------------------ */

static GtkLabel *
cell_label (GtkListItem *item)
{
  GtkWidget *child = gtk_list_item_get_child (item);

  if (GTK_IS_LABEL (child))
    return GTK_LABEL (child);

  return GTK_LABEL (gtk_widget_get_last_child (child));
}

static void
set_date (GtkListItem *item,
          guint32      julian)
{
  char text[64];

  alignment_date_format_local (julian, text, sizeof text);
  gtk_label_set_text (cell_label (item), text);
}

/* Value 0 of these enums means "not set": an empty cell says that best. */
static void
set_enum (GtkListItem *item,
          GType        enum_type,
          int          value)
{
  gtk_label_set_text (cell_label (item), value != 0 ? alignment_enum_to_label (enum_type, value) : "");
}

static void
update_id (GtkListItem       *item,
           AlignmentSignal   *signal,
           AlignmentCasePage *self)
{
  GtkWidget *stripe = gtk_widget_get_first_child (gtk_list_item_get_child (item));
  guint thread = alignment_signal_get_thread (signal);
  g_autofree char *color = g_strdup_printf ("thread-%u", thread % N_THREAD_COLORS);
  g_autofree char *accessible = NULL;
  const char *classes[] = { "thread-stripe", color, NULL };

  gtk_label_set_text (cell_label (item), alignment_signal_get_id (signal));
  /* Threads take turns in colour, so a reader sees where one ends. */
  gtk_widget_set_css_classes (stripe, classes);
  accessible = g_strdup_printf (_("Thread %u"), thread);
  gtk_widget_set_tooltip_text (stripe, accessible);
}

static void
update_type (GtkListItem       *item,
             AlignmentSignal   *signal,
             AlignmentCasePage *self)
{
  set_enum (item, ALIGNMENT_TYPE_SIGNAL_TYPE, alignment_signal_get_signal_type (signal));
}

static void
update_sender (GtkListItem       *item,
               AlignmentSignal   *signal,
               AlignmentCasePage *self)
{
  AlignmentParty sender = alignment_signal_get_sender (signal);
  AlignmentCase *c = alignment_case_page_get_case (self);

  gtk_label_set_text (cell_label (item),
                      sender == ALIGNMENT_PARTY_UNKNOWN || c == NULL
                      ? "" : alignment_case_get_party_name (c, sender));
}

static void
update_start (GtkListItem       *item,
              AlignmentSignal   *signal,
              AlignmentCasePage *self)
{
  set_date (item, alignment_signal_get_start_julian (signal));
}

static void
update_end (GtkListItem       *item,
            AlignmentSignal   *signal,
            AlignmentCasePage *self)
{
  set_date (item, alignment_signal_get_end_julian (signal));
}

static void
update_trigger (GtkListItem       *item,
                AlignmentSignal   *signal,
                AlignmentCasePage *self)
{
  const char *trigger = alignment_signal_get_trigger (signal);
  GtkLabel *label = cell_label (item);

  gtk_label_set_text (label, trigger);
  gtk_widget_set_tooltip_text (GTK_WIDGET (label), *trigger != '\0' ? trigger : NULL);
}

static void
update_urgency (GtkListItem       *item,
                AlignmentSignal   *signal,
                AlignmentCasePage *self)
{
  set_enum (item, ALIGNMENT_TYPE_URGENCY, alignment_signal_get_urgency (signal));
}

static void
update_understood (GtkListItem       *item,
                   AlignmentSignal   *signal,
                   AlignmentCasePage *self)
{
  set_enum (item, ALIGNMENT_TYPE_UNDERSTOOD, alignment_signal_get_understood (signal));
}

static void
update_impact (GtkListItem       *item,
               AlignmentSignal   *signal,
               AlignmentCasePage *self)
{
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (gtk_list_item_get_child (item)), "impact"));
  AlignmentParty party = index < ALIGNMENT_N_REALMS ? ALIGNMENT_PARTY_CUSTOMER : ALIGNMENT_PARTY_PROVIDER;
  AlignmentRealm realm = index % ALIGNMENT_N_REALMS;
  AlignmentImpact impact = alignment_signal_get_impact (signal, party, realm);
  GtkLabel *label = cell_label (item);
  const char *glyph = "";
  const char *css = "impact-unknown";
  g_autofree char *description = NULL;
  const char *classes[3] = { "impact", NULL, NULL };

  /* A shape per value, and the colour on top: never colour alone. */
  switch (impact)
    {
    case ALIGNMENT_IMPACT_POSITIVE:
      glyph = "↑";
      css = "impact-positive";
      break;

    case ALIGNMENT_IMPACT_NEGATIVE:
      glyph = "↓";
      css = "impact-negative";
      break;

    case ALIGNMENT_IMPACT_SAME:
      glyph = "→";
      css = "impact-same";
      break;

    case ALIGNMENT_IMPACT_UNKNOWN:
    default:
      break;
    }

  classes[1] = css;
  gtk_label_set_text (label, glyph);
  gtk_widget_set_css_classes (GTK_WIDGET (label), classes);

  /* Translators: a trust cell read aloud or as a tooltip:
   * "Customer’s trust, honesty in exchange: Positive". */
  description = g_strdup_printf (party == ALIGNMENT_PARTY_CUSTOMER
                                 ? _("Customer’s trust, %s: %s")
                                 : _("Service provider’s trust, %s: %s"),
                                 alignment_realm_get_trust_dimension (realm),
                                 impact != ALIGNMENT_IMPACT_UNKNOWN
                                 ? alignment_enum_to_label (ALIGNMENT_TYPE_IMPACT, impact)
                                 : C_("impact", "not set"));
  gtk_widget_set_tooltip_text (GTK_WIDGET (label), description);
  gtk_accessible_update_property (GTK_ACCESSIBLE (label), GTK_ACCESSIBLE_PROPERTY_LABEL, description, -1);
}

static const UpdateCell updaters[COLUMN_IMPACT_FIRST] = {
  update_id, update_type, update_sender, update_start, update_end,
  update_trigger, update_urgency, update_understood,
};

static UpdateCell
get_updater (Column column)
{
  return column < COLUMN_IMPACT_FIRST ? updaters[column] : update_impact;
}

typedef struct
{
  AlignmentCasePage *self;
  Column             column;
} ColumnData;

static void
cell_setup_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               ColumnData               *data)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0.0);

  if (data->column == COLUMN_TRIGGER)
    {
      /* Long free text must not push the other columns off screen; the
       * tooltip gives the whole of it. */
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_label_set_width_chars (GTK_LABEL (label), 14);
    }

  if (data->column == COLUMN_ID)
    {
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
      GtkWidget *stripe = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

      gtk_widget_set_size_request (stripe, 4, -1);
      gtk_box_append (GTK_BOX (box), stripe);
      gtk_box_append (GTK_BOX (box), label);
      gtk_list_item_set_child (item, box);
      return;
    }

  if (data->column >= COLUMN_IMPACT_FIRST)
    {
      gtk_label_set_xalign (GTK_LABEL (label), 0.5);
      g_object_set_data (G_OBJECT (label), "impact",
                         GUINT_TO_POINTER (data->column - COLUMN_IMPACT_FIRST));
    }

  gtk_list_item_set_child (item, label);
}

static void
cell_notify_cb (AlignmentSignal *signal,
                GParamSpec      *pspec,
                GtkListItem     *item)
{
  ColumnData *data = g_object_get_data (G_OBJECT (item), "column-data");

  get_updater (data->column) (item, signal, data->self);
}

static void
cell_bind_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              ColumnData               *data)
{
  AlignmentSignal *signal = gtk_list_item_get_item (item);
  gulong handler;

  get_updater (data->column) (item, signal, data->self);

  /* The editor changes the signal while its row is on screen. */
  g_object_set_data (G_OBJECT (item), "column-data", data);
  handler = g_signal_connect (signal, "notify", G_CALLBACK (cell_notify_cb), item);
  g_object_set_data (G_OBJECT (item), "notify-handler", GSIZE_TO_POINTER (handler));
}

static void
cell_unbind_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                ColumnData               *data)
{
  AlignmentSignal *signal = gtk_list_item_get_item (item);
  gulong handler = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (item), "notify-handler"));

  if (signal != NULL && handler != 0)
    g_signal_handler_disconnect (signal, handler);
  g_object_set_data (G_OBJECT (item), "notify-handler", NULL);
}

/* ---- Sorting ------------------------------------------------------------------ */

static int
compare_uint (guint a,
              guint b)
{
  return a < b ? -1 : a > b ? 1 : 0;
}

/* Unset dates and values sort last whichever way the column is sorted
 * would be nicer, but GtkColumnView reverses the whole order; first is
 * at least predictable. */
static int
signal_compare_cb (gconstpointer a,
                   gconstpointer b,
                   gpointer      user_data)
{
  AlignmentSignal *x = (AlignmentSignal *) a;
  AlignmentSignal *y = (AlignmentSignal *) b;
  ColumnData *data = user_data;
  int result = 0;

  switch (data->column)
    {
    case COLUMN_ID:
      result = compare_uint (alignment_signal_get_thread (x), alignment_signal_get_thread (y));
      if (result == 0)
        {
          const char *lx = alignment_signal_get_letter (x);
          const char *ly = alignment_signal_get_letter (y);

          result = compare_uint (strlen (lx), strlen (ly));
          if (result == 0)
            result = g_ascii_strcasecmp (lx, ly);
        }
      break;

    case COLUMN_TYPE:
      result = compare_uint (alignment_signal_get_signal_type (x), alignment_signal_get_signal_type (y));
      break;

    case COLUMN_SENDER:
      result = compare_uint (alignment_signal_get_sender (x), alignment_signal_get_sender (y));
      break;

    case COLUMN_START:
      result = compare_uint (alignment_signal_get_start_julian (x), alignment_signal_get_start_julian (y));
      break;

    case COLUMN_END:
      result = compare_uint (alignment_signal_get_end_julian (x), alignment_signal_get_end_julian (y));
      break;

    case COLUMN_TRIGGER:
      result = g_utf8_collate (alignment_signal_get_trigger (x), alignment_signal_get_trigger (y));
      break;

    case COLUMN_URGENCY:
      result = compare_uint (alignment_signal_get_urgency (x), alignment_signal_get_urgency (y));
      break;

    case COLUMN_UNDERSTOOD:
      result = compare_uint (alignment_signal_get_understood (x), alignment_signal_get_understood (y));
      break;

    case N_COLUMNS:
    default:
      {
        guint index = data->column - COLUMN_IMPACT_FIRST;
        AlignmentParty party = index < ALIGNMENT_N_REALMS ? ALIGNMENT_PARTY_CUSTOMER : ALIGNMENT_PARTY_PROVIDER;

        result = compare_uint (alignment_signal_get_impact (x, party, index % ALIGNMENT_N_REALMS),
                               alignment_signal_get_impact (y, party, index % ALIGNMENT_N_REALMS));
      }
      break;
    }

  /* Ties keep the signals in the order of the alignment pattern. */
  if (result == 0)
    result = alignment_signal_compare (x, y);

  return result;
}

/* ---- Filters -------------------------------------------------------------------- */

static gboolean
signal_filter_func (gpointer item,
                    gpointer user_data)
{
  AlignmentCasePage *self = user_data;
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

  return TRUE;
}

static void
update_signals_stack (AlignmentCasePage *self)
{
  AlignmentCase *c = alignment_case_page_get_case (self);
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
refresh_filter_data (AlignmentCasePage *self)
{
  AlignmentCase *c = alignment_case_page_get_case (self);
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
update_filter_button (AlignmentCasePage *self)
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
refresh_sender_names (AlignmentCasePage *self)
{
  AlignmentCase *c = alignment_case_page_get_case (self);
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
refresh_if_stale (AlignmentCasePage *self)
{
  if (self->filter_data_stale)
    refresh_filter_data (self);
}

static void
signal_filter_changed_cb (AlignmentCasePage *self)
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
signals_changed_cb (AlignmentCasePage *self)
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
alignment_case_page_get_selected_signal (AlignmentCasePage *self)
{
  /* NULL while the template is torn down. */
  if (self->selection == NULL)
    return NULL;

  return gtk_single_selection_get_selected_item (self->selection);
}

static void
selection_changed_cb (AlignmentCasePage *self)
{
  AlignmentSignal *signal = alignment_case_page_get_selected_signal (self);

  if (self->signal_editor == NULL)
    return;

  alignment_signal_editor_set_signal (self->signal_editor, signal != NULL ? self->document : NULL, signal);
  g_object_notify (G_OBJECT (self), "selected-signal");
}

void
_alignment_case_page_move_selection (AlignmentCasePage *self,
                                     int                delta)
{
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
find_in_selection (AlignmentCasePage *self,
                   AlignmentSignal   *signal,
                   guint             *position)
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
clear_filters (AlignmentCasePage *self)
{
  g_signal_handlers_block_matched (self->thread_filter, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, self);
  g_signal_handlers_block_matched (self->type_filter, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, self);
  g_signal_handlers_block_matched (self->sender_filter, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, self);
  g_signal_handlers_block_matched (self->realm_filter, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, self);
  g_signal_handlers_block_matched (self->open_only_filter, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, self);
  gtk_drop_down_set_selected (self->thread_filter, 0);
  gtk_drop_down_set_selected (self->type_filter, 0);
  gtk_drop_down_set_selected (self->sender_filter, 0);
  gtk_drop_down_set_selected (self->realm_filter, 0);
  gtk_toggle_button_set_active (self->open_only_filter, FALSE);
  g_clear_pointer (&self->signal_set, g_hash_table_unref);
  /* The timeline highlights the set chosen only while it is the filter. */
  alignment_timeline_view_set_highlight_signals (self->timeline_view, NULL, 0);
  gtk_revealer_set_reveal_child (self->signal_set_revealer, FALSE);
  g_signal_handlers_unblock_matched (self->thread_filter, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, self);
  g_signal_handlers_unblock_matched (self->type_filter, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, self);
  g_signal_handlers_unblock_matched (self->sender_filter, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, self);
  g_signal_handlers_unblock_matched (self->realm_filter, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, self);
  g_signal_handlers_unblock_matched (self->open_only_filter, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, self);
  signal_filter_changed_cb (self);
}

void
alignment_case_page_select_signal (AlignmentCasePage *self,
                                   AlignmentSignal   *signal)
{
  guint position;

  g_return_if_fail (ALIGNMENT_IS_CASE_PAGE (self));

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
_alignment_case_page_set_signal_set (AlignmentCasePage *self,
                                     GPtrArray         *signals,
                                     const char        *label)
{
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
    alignment_timeline_view_set_highlight_signals (self->timeline_view, NULL, 0);
  gtk_revealer_set_reveal_child (self->signal_set_revealer, self->signal_set != NULL);
  signal_filter_changed_cb (self);
}

guint
_alignment_case_page_get_signal_set_size (AlignmentCasePage *self)
{
  return self->signal_set != NULL ? g_hash_table_size (self->signal_set) : 0;
}

void
alignment_case_page_clear_signal_set (AlignmentCasePage *self)
{
  g_return_if_fail (ALIGNMENT_IS_CASE_PAGE (self));

  _alignment_case_page_set_signal_set (self, NULL, NULL);
}

void
alignment_case_page_clear_filters (AlignmentCasePage *self)
{
  g_return_if_fail (ALIGNMENT_IS_CASE_PAGE (self));

  clear_filters (self);
}

/* ---- Setup ------------------------------------------------------------------------ */

void
_alignment_case_page_signals_set_case (AlignmentCasePage *self,
                                       AlignmentCase     *alignment_case)
{
  GListModel *previous = gtk_filter_list_model_get_model (self->signal_filter_model);
  gboolean big;

  if (previous != NULL)
    g_signal_handlers_disconnect_by_func (previous, signals_changed_cb, self);

  big = alignment_case != NULL
        && alignment_signal_list_get_n (alignment_case_get_signals (alignment_case)) > INCREMENTAL_THRESHOLD;

  /* The timeline's selection hears of a change of the case before the
   * list does: when the list's selection moves and the timeline's
   * follows, both then agree on what the case holds. */
  gtk_single_selection_set_model (self->timeline_selection,
                                  alignment_case != NULL
                                  ? G_LIST_MODEL (alignment_case_get_signals (alignment_case))
                                  : NULL);

  /* Filters belong to what the user was looking at, not to the next case. */
  self->filter_thread = 0;
  gtk_filter_list_model_set_model (self->signal_filter_model,
                                   alignment_case != NULL
                                   ? G_LIST_MODEL (alignment_case_get_signals (alignment_case))
                                   : NULL);
  /* Only with a model: GTK 4.8 crashes turning it off without one. */
  if (alignment_case != NULL)
    {
      if (gtk_filter_list_model_get_incremental (self->signal_filter_model) != big)
        gtk_filter_list_model_set_incremental (self->signal_filter_model, big);
      if (gtk_sort_list_model_get_incremental (self->signal_sort_model) != big)
        gtk_sort_list_model_set_incremental (self->signal_sort_model, big);
    }
  if (alignment_case != NULL)
    g_signal_connect_swapped (alignment_case_get_signals (alignment_case), "items-changed",
                              G_CALLBACK (signals_changed_cb), self);

  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  self->filter_data_stale = TRUE;
  refresh_sender_names (self);
  clear_filters (self);
  update_signals_stack (self);
}

static void
add_column (AlignmentCasePage *self,
            Column             column,
            const char        *title,
            gboolean           expand,
            int                fixed_width)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkColumnViewColumn) view_column = NULL;
  g_autoptr(GtkSorter) sorter = NULL;
  ColumnData *data = g_new0 (ColumnData, 1);

  data->self = self;
  data->column = column;
  /* Freed with the factory, which lives as long as the window. */
  g_object_set_data_full (G_OBJECT (factory), "column-data", data, g_free);
  g_signal_connect (factory, "setup", G_CALLBACK (cell_setup_cb), data);
  g_signal_connect (factory, "bind", G_CALLBACK (cell_bind_cb), data);
  g_signal_connect (factory, "unbind", G_CALLBACK (cell_unbind_cb), data);

  view_column = gtk_column_view_column_new (title, g_object_ref (factory));
  sorter = GTK_SORTER (gtk_custom_sorter_new (signal_compare_cb, data, NULL));
  gtk_column_view_column_set_sorter (view_column, sorter);
  gtk_column_view_column_set_resizable (view_column, TRUE);
  gtk_column_view_column_set_expand (view_column, expand);
  if (fixed_width > 0)
    gtk_column_view_column_set_fixed_width (view_column, fixed_width);
  gtk_column_view_append_column (self->column_view, view_column);
}

void
_alignment_case_page_signals_init (AlignmentCasePage *self)
{
  g_autoptr(GtkStringList) types = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) realms = gtk_string_list_new (NULL);
  g_autoptr(GEnumClass) type_class = g_type_class_ref (ALIGNMENT_TYPE_SIGNAL_TYPE);
  /* Translators: short headers of the six trust columns: the party
   * (C customer, SP service provider) and the first letter of the trust
   * dimension (H honesty in exchange, G good-faith effort, L limited
   * opportunism); the legend below the list explains them. */
  const char *impact_titles[] = {
    N_("C·H"), N_("C·G"), N_("C·L"),
    N_("SP·H"), N_("SP·G"), N_("SP·L"),
  };

  self->open_threads = g_hash_table_new (NULL, NULL);

  add_column (self, COLUMN_ID, C_("column", "ID"), FALSE, -1);
  add_column (self, COLUMN_TYPE, _("Type"), FALSE, -1);
  add_column (self, COLUMN_SENDER, _("Sender"), FALSE, -1);
  add_column (self, COLUMN_START, _("Start"), FALSE, -1);
  add_column (self, COLUMN_END, _("End"), FALSE, -1);
  add_column (self, COLUMN_TRIGGER, _("Trigger"), TRUE, -1);
  add_column (self, COLUMN_URGENCY, _("Urgency"), FALSE, -1);
  add_column (self, COLUMN_UNDERSTOOD, _("Understood"), FALSE, -1);
  for (guint i = 0; i < G_N_ELEMENTS (impact_titles); i++)
    add_column (self, COLUMN_IMPACT_FIRST + i, _(impact_titles[i]), FALSE, 48);

  self->signal_filter = gtk_custom_filter_new (signal_filter_func, self, NULL);
  g_signal_connect_swapped (gtk_menu_button_get_popover (self->filter_button), "show",
                            G_CALLBACK (refresh_if_stale), self);
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

void
_alignment_case_page_signals_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_child (widget_class, AlignmentCasePage, editor_paned);
  gtk_widget_class_bind_template_child (widget_class, AlignmentCasePage, signals_stack);
  gtk_widget_class_bind_template_child (widget_class, AlignmentCasePage, column_view);
  gtk_widget_class_bind_template_child (widget_class, AlignmentCasePage, selection);
  gtk_widget_class_bind_template_child (widget_class, AlignmentCasePage, signal_filter_model);
  gtk_widget_class_bind_template_child (widget_class, AlignmentCasePage, signal_sort_model);
  gtk_widget_class_bind_template_child (widget_class, AlignmentCasePage, filter_button);
  gtk_widget_class_bind_template_child (widget_class, AlignmentCasePage, thread_filter);
  gtk_widget_class_bind_template_child (widget_class, AlignmentCasePage, type_filter);
  gtk_widget_class_bind_template_child (widget_class, AlignmentCasePage, sender_filter);
  gtk_widget_class_bind_template_child (widget_class, AlignmentCasePage, realm_filter);
  gtk_widget_class_bind_template_child (widget_class, AlignmentCasePage, open_only_filter);
  gtk_widget_class_bind_template_child (widget_class, AlignmentCasePage, thread_filter_model);
  gtk_widget_class_bind_template_child (widget_class, AlignmentCasePage, sender_filter_model);
  gtk_widget_class_bind_template_child (widget_class, AlignmentCasePage, signal_editor);
  gtk_widget_class_bind_template_child (widget_class, AlignmentCasePage, signal_set_revealer);
  gtk_widget_class_bind_template_child (widget_class, AlignmentCasePage, signal_set_label);
  gtk_widget_class_bind_template_callback (widget_class, signal_filter_changed_cb);
}

void
_alignment_case_page_signals_dispose (AlignmentCasePage *self)
{
  g_clear_object (&self->signal_filter);
  g_clear_pointer (&self->open_threads, g_hash_table_unref);
  g_clear_pointer (&self->signal_set, g_hash_table_unref);
}
