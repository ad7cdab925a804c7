/* alignment-thread-panel.c
 *
 * Everything shown here is computed by alignment_findings_compute(); the
 * panel only words it.  The findings and threads are one list view over
 * a model of AlignmentThreadPanelItem, so that a case of thousands of
 * threads costs the rows on screen, and nothing is computed while the
 * panel is hidden.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <adwaita.h>

#include "alignment-thread-panel-private.h"
#include "alignment-thread-panel-item.h"
#include "alignment-heatmap-layout.h"

/* The least height the findings and threads get, in pixels. */
#define MIN_CONTENT_HEIGHT 240

G_DEFINE_FINAL_TYPE (AlignmentThreadPanel, alignment_thread_panel, GTK_TYPE_WIDGET)

enum
{
  PROP_0,
  PROP_CASE,
  PROP_EDITABLE,
  PROP_THREAD,
  N_PROPS
};

enum
{
  SIGNALS_ACTIVATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint view_signals[N_SIGNALS];

static void ensure_findings (AlignmentThreadPanel *self);

static const AlignmentParty parties[ALIGNMENT_N_PARTIES] = {
  ALIGNMENT_PARTY_CUSTOMER,
  ALIGNMENT_PARTY_PROVIDER,
};

/* ---- Activation ------------------------------------------------------------- */

void
alignment_thread_panel_activate_thread (AlignmentThreadPanel *self,
                                        guint                 number)
{
  const AlignmentThreadReport *report;
  g_autoptr(GArray) positions = NULL;
  AlignmentSignal * const *list;
  guint n;

  g_return_if_fail (ALIGNMENT_IS_THREAD_PANEL (self));
  ensure_findings (self);
  g_return_if_fail (self->findings != NULL);

  report = alignment_findings_get_report (self->findings, number);
  g_return_if_fail (report != NULL);

  /* The thread's signals in the order of the case's list. */
  list = alignment_signal_list_peek (alignment_case_get_signals (self->case_), &n);
  positions = g_array_new (FALSE, FALSE, sizeof (guint));
  for (guint i = 0; i < n; i++)
    if (alignment_signal_get_thread (list[i]) == number)
      g_array_append_val (positions, i);

  g_signal_emit (self, view_signals[SIGNALS_ACTIVATED], 0, positions);
}

void
alignment_thread_panel_activate_finding (AlignmentThreadPanel *self,
                                         guint                 index)
{
  AlignmentFinding *finding;

  g_return_if_fail (ALIGNMENT_IS_THREAD_PANEL (self));
  ensure_findings (self);
  g_return_if_fail (self->findings != NULL && index < self->findings->findings->len);

  finding = g_ptr_array_index (self->findings->findings, index);
  g_signal_emit (self, view_signals[SIGNALS_ACTIVATED], 0, finding->signals);
}

/* The "Show Signals" buttons say which thread or finding through their
 * action's target. */
static void
show_thread_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  alignment_thread_panel_activate_thread (ALIGNMENT_THREAD_PANEL (widget), g_variant_get_uint32 (parameter));
}

static void
show_finding_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  alignment_thread_panel_activate_finding (ALIGNMENT_THREAD_PANEL (widget), g_variant_get_uint32 (parameter));
}

static GtkWidget *
show_button (const char *accessible_label,
             const char *action_name,
             guint       target)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (_("Show _Signals"));

  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action_name);
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button), g_variant_new_uint32 (target));

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, accessible_label,
                                  -1);
  return button;
}

/* ---- Rows ------------------------------------------------------------------- */

/* A finding's button names its signals by id up to this many. */
#define MAX_TOOLTIP_IDS 24

static GtkWidget *
detail_row (const char *title,
            const char *subtitle)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
  gtk_widget_add_css_class (row, "property");
  return row;
}

static char *
steps_text (const AlignmentThreadReport *report)
{
  static const AlignmentSteps all[] = {
    ALIGNMENT_STEP_DISCUSSION, ALIGNMENT_STEP_RECOGNITION, ALIGNMENT_STEP_DECISION,
  };
  g_autoptr(GString) found = g_string_new (NULL);
  g_autoptr(GString) missing = g_string_new (NULL);
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (all); i++)
    {
      GString *to = (report->steps & all[i]) ? found : missing;

      g_string_append_printf (to, "%s%s", to->len > 0 ? ", " : "", alignment_step_get_label (all[i]));
    }
  g_string_append (text, found->len > 0 ? found->str : _("none"));
  if (missing->len > 0)
    /* TRANSLATORS: after the steps found: "(missing: recognition, decision)" */
    g_string_append_printf (text, _(" (missing: %s)"), missing->str);
  if (report->n_cycles > 1)
    g_string_append_printf (text, ngettext (", in the last of %u cycle", ", in the last of %u cycles",
                                            report->n_cycles),
                            report->n_cycles);
  return g_string_free (text, FALSE);
}

static char *
net_text (const AlignmentThread *thread,
          guint                  p)
{
  GString *text = g_string_new (NULL);

  for (guint r = 0; r < ALIGNMENT_N_REALMS; r++)
    {
      g_autofree char *value = alignment_format_delta (thread->net[p][r]);

      g_string_append_printf (text, "%s%s %s", r > 0 ? " · " : "", alignment_realm_get_label (r), value);
    }
  return g_string_free (text, FALSE);
}

typedef struct
{
  AlignmentThreadPanel *panel;
  guint                 number;
  gboolean              made;
} ThreadDetails;

static void
add_details (GtkWidget                   *row,
             const AlignmentThreadReport *report)
{
  AlignmentThread *thread = report->thread;
  g_autofree char *steps = NULL;
  g_autofree char *days = NULL;
  g_autofree char *raised = NULL;
  g_autofree char *aligned = NULL;
  g_autoptr(GString) flags = g_string_new (NULL);

  steps = steps_text (report);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), detail_row (_("Steps found"), steps));

  if (thread->days_to_alignment >= 0)
    days = g_strdup_printf ("%d", thread->days_to_alignment);
  else if (thread->status == ALIGNMENT_THREAD_OPEN)
    days = g_strdup (_("Not aligned yet"));
  else
    days = g_strdup (_("Unknown: a signal has no date"));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), detail_row (_("Days to alignment"), days));

  for (guint bit = ALIGNMENT_THREAD_FLAG_NOT_UNDERSTOOD; bit <= ALIGNMENT_THREAD_FLAG_URGENCY_MISMATCH; bit <<= 1)
    if (thread->flags & bit)
      {
        g_autofree char *flag = alignment_thread_describe_flag (thread, bit);

        g_string_append_printf (flags, "%s%s", flags->len > 0 ? "; " : "", flag);
      }
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                            detail_row (_("Flags"), flags->len > 0 ? flags->str : _("None")));

  /* Where the misalignment showed, and where the case says it was
   * settled: the thesis's pattern is the two apart. */
  raised = alignment_realm_flags_to_label (report->raised_in);
  aligned = alignment_realm_flags_to_label (report->aligned_in);
  /* TRANSLATORS: the realms in which trust fell in a thread */
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                            detail_row (_("Raised in"), raised != NULL ? raised : _("No trust lost")));
  /* TRANSLATORS: the realms in which a thread was aligned, as the case
   * tells it */
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                            detail_row (_("Aligned in"), aligned != NULL ? aligned : _("Not recorded")));

  for (guint p = 0; p < ALIGNMENT_N_PARTIES; p++)
    {
      g_autofree char *net = net_text (thread, p);
      /* TRANSLATORS: "Net trust of the Customer" */
      g_autofree char *label = g_strdup_printf (_("Net trust of the %s"),
                                                alignment_enum_to_label (ALIGNMENT_TYPE_PARTY, parties[p]));

      adw_expander_row_add_row (ADW_EXPANDER_ROW (row), detail_row (label, net));
    }
}

static void
thread_row_expanded_cb (GtkWidget     *row,
                        GParamSpec    *pspec,
                        ThreadDetails *details)
{
  const AlignmentThreadReport *report;

  if (details->made || !adw_expander_row_get_expanded (ADW_EXPANDER_ROW (row)))
    return;
  report = alignment_findings_get_report (details->panel->findings, details->number);
  g_return_if_fail (report != NULL);
  details->made = TRUE;
  add_details (row, report);
}

/* The title and subtitle of a thread's row. */
static void
thread_row_texts (AlignmentThreadPanel        *self,
                  const AlignmentThreadReport *report,
                  AlignmentSignal * const     *list,
                  char                       **title_out,
                  char                       **subtitle_out)
{
  AlignmentThread *thread = report->thread;
  AlignmentSignal *opening = list[report->opening];
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  AlignmentThreadRecord *record;
  char date[11] = "";

  /* TRANSLATORS: "Thread 2 — Aligned in 87 days" or "Thread 1 — Open" */
  if (thread->status == ALIGNMENT_THREAD_ALIGNED && thread->days_to_alignment >= 0)
    title = g_strdup_printf (ngettext ("Thread %u — Aligned in %d day", "Thread %u — Aligned in %d days",
                                       (gulong) thread->days_to_alignment),
                             thread->number, thread->days_to_alignment);
  else if (thread->status == ALIGNMENT_THREAD_ALIGNED)
    title = g_strdup_printf (_("Thread %u — Aligned"), thread->number);
  else
    title = g_strdup_printf (_("Thread %u — Open"), thread->number);

  if (alignment_signal_get_start_julian (opening) != 0)
    alignment_date_format_iso (alignment_signal_get_start_julian (opening), date);
  /* TRANSLATORS: "1a, Request sent by Customer on 2024-02-01: Need for training" */
  subtitle = g_strdup_printf (_("%s, %s by %s on %s: %s"), alignment_signal_get_id (opening),
                              alignment_enum_to_label (ALIGNMENT_TYPE_SIGNAL_TYPE, alignment_signal_get_signal_type (opening)),
                              alignment_enum_to_label (ALIGNMENT_TYPE_PARTY, alignment_signal_get_sender (opening)),
                              *date != '\0' ? date : _("no date"), alignment_signal_get_trigger (opening));
  /* The thread's own title first, when the case gives it one. */
  record = alignment_case_lookup_thread_record (self->case_, thread->number);
  if (record != NULL && *alignment_thread_record_get_title (record) != '\0')
    {
      g_autofree char *titled = g_strdup_printf ("%s\n%s", alignment_thread_record_get_title (record), subtitle);

      g_free (subtitle);
      subtitle = g_steal_pointer (&titled);
    }
  *title_out = g_steal_pointer (&title);
  *subtitle_out = g_steal_pointer (&subtitle);
}

/* What a thread's row shows, expanded or not, in short. */
static char *
thread_key (AlignmentThreadPanel        *self,
            const AlignmentThreadReport *report,
            AlignmentSignal * const     *list)
{
  AlignmentThread *thread = report->thread;
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  GString *key = g_string_new (NULL);

  thread_row_texts (self, report, list, &title, &subtitle);
  g_string_append_printf (key, "%s\n%s\n%d %d %u %u %u %u %u", title, subtitle,
                          thread->status, thread->days_to_alignment, thread->flags,
                          report->steps, report->n_cycles, report->raised_in, report->aligned_in);
  for (guint p = 0; p < ALIGNMENT_N_PARTIES; p++)
    for (guint r = 0; r < ALIGNMENT_N_REALMS; r++)
      g_string_append_printf (key, " %d", thread->net[p][r]);
  return g_string_free (key, FALSE);
}

static GtkWidget *
thread_row (AlignmentThreadPanel        *self,
            const AlignmentThreadReport *report,
            AlignmentSignal * const     *list)
{
  AlignmentThread *thread = report->thread;
  GtkWidget *row = adw_expander_row_new ();
  GtkWidget *button;
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  ThreadDetails *details;

  thread_row_texts (self, report, list, &title, &subtitle);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), subtitle);

  button = show_button (title, "threads.show-thread", thread->number);
  adw_expander_row_add_action (ADW_EXPANDER_ROW (row), button);

  /* The details are made when the thread is opened: most never are. */
  details = g_new0 (ThreadDetails, 1);
  details->panel = self;
  details->number = thread->number;
  g_signal_connect_data (row, "notify::expanded", G_CALLBACK (thread_row_expanded_cb),
                         details, (GClosureNotify) (void (*) (void)) g_free, 0);

  return row;
}

static GtkWidget *
finding_row (AlignmentThreadPanel   *self,
             const AlignmentFinding *finding,
             guint                   index,
             AlignmentSignal * const *list)
{
  GtkWidget *row = detail_row (finding->title, finding->summary);
  GString *ids = g_string_new (NULL);
  g_autofree char *tooltip = NULL;
  GtkWidget *button;

  gtk_widget_remove_css_class (row, "property");
  for (guint i = 0; i < finding->signals->len && finding->signals->len <= MAX_TOOLTIP_IDS; i++)
    g_string_append_printf (ids, "%s%s", i > 0 ? " " : "",
                            alignment_signal_get_id (list[g_array_index (finding->signals, guint, i)]));

  if (finding->signals->len > MAX_TOOLTIP_IDS)
    {
      /* A tooltip of hundreds of ids is a wall of text: the count. */
      tooltip = g_strdup_printf (ngettext ("Highlight %u signal in the list",
                                           "Highlight %u signals in the list",
                                           finding->signals->len),
                                 finding->signals->len);
    }
  else if (ids->len > 0)
    {
      /* TRANSLATORS: tooltip of "Show Signals": the signal ids */
      tooltip = g_strdup_printf (_("Signals %s"), ids->str);
    }

  if (tooltip != NULL)
    {
      button = show_button (tooltip, "threads.show-finding", index);
      gtk_widget_set_tooltip_text (button, tooltip);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
    }
  g_string_free (ids, TRUE);

  return row;
}

static GtkWidget *
heading (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "heading");
  gtk_accessible_update_property (GTK_ACCESSIBLE (label), GTK_ACCESSIBLE_PROPERTY_LEVEL, 2, -1);
  return label;
}

static GtkWidget *
empty_label (void)
{
  GtkWidget *label = gtk_label_new (_("No threads: no signal id starts with a thread number."));

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, "dim-label");
  return label;
}

/* A row is made for its item when it comes into view and dropped when
 * it leaves: rows of different kinds share the list, and a thread's row
 * is several widgets deep. */
static GtkWidget *
item_widget (AlignmentThreadPanel     *self,
             AlignmentThreadPanelItem *item)
{
  AlignmentSignal * const *list = alignment_signal_list_peek (alignment_case_get_signals (self->case_), NULL);
  guint index = alignment_thread_panel_item_get_index (item);
  GtkWidget *widget = NULL;

  switch (alignment_thread_panel_item_get_kind (item))
    {
    case ALIGNMENT_THREAD_PANEL_HEADING:
      widget = heading (index == 0 ? _("Findings") : _("Threads"));
      gtk_widget_set_margin_top (widget, index == 0 ? 6 : 12);
      gtk_widget_set_margin_bottom (widget, 6);
      break;

    case ALIGNMENT_THREAD_PANEL_EMPTY:
      widget = empty_label ();
      break;

    case ALIGNMENT_THREAD_PANEL_FINDING:
      widget = finding_row (self, g_ptr_array_index (self->findings->findings, index), index, list);
      gtk_widget_add_css_class (widget, "card");
      break;

    case ALIGNMENT_THREAD_PANEL_THREAD:
      widget = thread_row (self, alignment_findings_get_report (self->findings, index), list);
      gtk_widget_add_css_class (widget, "card");
      g_object_bind_property (item, "expanded", widget, "expanded",
                              G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL);
      break;

    default:
      g_assert_not_reached ();
    }

  return widget;
}

static void
item_bind_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *list_item,
              AlignmentThreadPanel     *self)
{
  AlignmentThreadPanelItem *item = gtk_list_item_get_item (list_item);

  gtk_list_item_set_child (list_item, item_widget (self, item));
}

static void
item_unbind_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *list_item,
                AlignmentThreadPanel     *self)
{
  gtk_list_item_set_child (list_item, NULL);
}

static void
item_setup_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *list_item,
               AlignmentThreadPanel     *self)
{
  /* The rows' own buttons and expanders take the keyboard. */
  gtk_list_item_set_activatable (list_item, FALSE);
  gtk_list_item_set_selectable (list_item, FALSE);
}

static void item_expanded_cb (AlignmentThreadPanelItem *item,
                              GParamSpec               *pspec,
                              AlignmentThreadPanel     *self);

static AlignmentThreadPanelItem *
append_item (GPtrArray                *items,
             AlignmentThreadPanelKind  kind,
             guint                     index,
             char                     *key)
{
  AlignmentThreadPanelItem *item = alignment_thread_panel_item_new (kind, index);

  alignment_thread_panel_item_take_key (item, key);
  g_ptr_array_add (items, item);
  return item;
}

static gboolean
same_row (AlignmentThreadPanelItem *a,
          AlignmentThreadPanelItem *b)
{
  return alignment_thread_panel_item_get_kind (a) == alignment_thread_panel_item_get_kind (b)
         && alignment_thread_panel_item_get_index (a) == alignment_thread_panel_item_get_index (b);
}

static void
watch_item (AlignmentThreadPanel     *self,
            AlignmentThreadPanelItem *item,
            AlignmentThreadPanelItem *old)
{
  if (old != NULL)
    alignment_thread_panel_item_set_expanded (item, alignment_thread_panel_item_get_expanded (old));
  if (alignment_thread_panel_item_get_kind (item) == ALIGNMENT_THREAD_PANEL_THREAD)
    g_signal_connect_object (item, "notify::expanded", G_CALLBACK (item_expanded_cb), self, 0);
}

/* Puts @items in the list.  When the same rows are there, only those
 * that show something else are made again: an edit of one thread's
 * title neither closes the open rows nor scrolls the list. */
static void
replace_items (AlignmentThreadPanel *self,
               GPtrArray            *items)
{
  GListModel *model = G_LIST_MODEL (self->items);
  guint n_old = g_list_model_get_n_items (model);
  g_autoptr(GHashTable) expanded = NULL;
  gboolean same = n_old == items->len;

  for (guint i = 0; same && i < n_old; i++)
    {
      g_autoptr(AlignmentThreadPanelItem) old = g_list_model_get_item (model, i);

      same = same_row (old, g_ptr_array_index (items, i));
    }

  if (same)
    {
      for (guint i = 0; i < n_old; i++)
        {
          g_autoptr(AlignmentThreadPanelItem) old = g_list_model_get_item (model, i);
          AlignmentThreadPanelItem *item = g_ptr_array_index (items, i);

          if (g_strcmp0 (alignment_thread_panel_item_get_key (old), alignment_thread_panel_item_get_key (item)) == 0)
            continue;
          watch_item (self, item, old);
          g_list_store_splice (self->items, i, 1, (gpointer *) &item, 1);
        }
      return;
    }

  /* Other threads: the open rows stay open where they still are, and
   * the thread edited is open. */
  expanded = g_hash_table_new (NULL, NULL);
  for (guint i = 0; i < n_old; i++)
    {
      g_autoptr(AlignmentThreadPanelItem) old = g_list_model_get_item (model, i);

      if (alignment_thread_panel_item_get_kind (old) == ALIGNMENT_THREAD_PANEL_THREAD
          && alignment_thread_panel_item_get_expanded (old))
        g_hash_table_add (expanded, GUINT_TO_POINTER (alignment_thread_panel_item_get_index (old)));
    }
  for (guint i = 0; i < items->len; i++)
    {
      AlignmentThreadPanelItem *item = g_ptr_array_index (items, i);

      guint number = alignment_thread_panel_item_get_index (item);

      if (alignment_thread_panel_item_get_kind (item) == ALIGNMENT_THREAD_PANEL_THREAD
          && (g_hash_table_contains (expanded, GUINT_TO_POINTER (number)) || number == self->thread))
        alignment_thread_panel_item_set_expanded (item, TRUE);
      watch_item (self, item, NULL);
    }
  g_list_store_splice (self->items, 0, n_old, items->pdata, items->len);
}

/* Computes the findings and fills the list, if the case changed since. */
static void
ensure_findings (AlignmentThreadPanel *self)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  AlignmentFindings *old_findings;
  AlignmentSignal * const *list;
  guint n;

  if (!self->stale)
    return;
  self->stale = FALSE;

  if (self->case_ == NULL)
    {
      /* The rows go before the findings they show. */
      g_list_store_remove_all (self->items);
      g_clear_pointer (&self->findings, alignment_findings_free);
      alignment_thread_panel_set_thread (self, 0);
      return;
    }

  /* The rows kept read nothing of the findings they were made from. */
  old_findings = g_steal_pointer (&self->findings);
  list = alignment_signal_list_peek (alignment_case_get_signals (self->case_), &n);
  self->findings = alignment_findings_compute (list, n);
  alignment_findings_add_thread_records (self->findings, list, n,
                                         G_LIST_MODEL (alignment_case_get_thread_records (self->case_)));

  /* Where threads are edited, the threads come first: the findings are
   * on the heatmap's panel. */
  if (!self->editable)
    {
      append_item (items, ALIGNMENT_THREAD_PANEL_HEADING, 0, NULL);
      for (guint i = 0; i < self->findings->findings->len; i++)
        {
          AlignmentFinding *finding = g_ptr_array_index (self->findings->findings, i);

          append_item (items, ALIGNMENT_THREAD_PANEL_FINDING, i,
                       g_strdup_printf ("%s\n%s\n%u", finding->title, finding->summary, finding->signals->len));
        }
    }
  append_item (items, ALIGNMENT_THREAD_PANEL_HEADING, 1, NULL);
  if (self->findings->threads->len == 0)
    append_item (items, ALIGNMENT_THREAD_PANEL_EMPTY, 0, NULL);
  for (guint i = 0; i < self->findings->reports->len; i++)
    {
      const AlignmentThreadReport *report = &g_array_index (self->findings->reports, AlignmentThreadReport, i);

      append_item (items, ALIGNMENT_THREAD_PANEL_THREAD, report->thread->number,
                   thread_key (self, report, list));
    }
  replace_items (self, items);
  g_clear_pointer (&old_findings, alignment_findings_free);

  /* A thread renumbered or undone away is no longer edited. */
  if (self->thread != 0 && alignment_findings_get_report (self->findings, self->thread) == NULL)
    alignment_thread_panel_set_thread (self, 0);
  else
    _alignment_thread_panel_form_fill (self);
}

guint
_alignment_thread_panel_find_thread_row (AlignmentThreadPanel *self,
                                         guint                 number)
{
  GListModel *model = G_LIST_MODEL (self->items);
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AlignmentThreadPanelItem) item = g_list_model_get_item (model, i);

      if (alignment_thread_panel_item_get_kind (item) == ALIGNMENT_THREAD_PANEL_THREAD
          && alignment_thread_panel_item_get_index (item) == number)
        return i;
    }
  return G_MAXUINT;
}

/* ---- The thread edited ---------------------------------------------------------- */

/* Opening a thread's row edits it; closing it stops. */
static void
item_expanded_cb (AlignmentThreadPanelItem *item,
                  GParamSpec               *pspec,
                  AlignmentThreadPanel     *self)
{
  guint number = alignment_thread_panel_item_get_index (item);

  if (!self->editable)
    return;
  if (alignment_thread_panel_item_get_expanded (item))
    alignment_thread_panel_set_thread (self, number);
  else if (self->thread == number)
    alignment_thread_panel_set_thread (self, 0);
}

guint
alignment_thread_panel_get_thread (AlignmentThreadPanel *self)
{
  g_return_val_if_fail (ALIGNMENT_IS_THREAD_PANEL (self), 0);
  return self->thread;
}

void
alignment_thread_panel_set_thread (AlignmentThreadPanel *self,
                                   guint                 number)
{
  guint position;

  g_return_if_fail (ALIGNMENT_IS_THREAD_PANEL (self));

  if (self->thread == number)
    return;
  self->thread = number;

  /* Its row opens, in view. */
  position = number != 0 ? _alignment_thread_panel_find_thread_row (self, number) : G_MAXUINT;
  if (position != G_MAXUINT)
    {
      g_autoptr(AlignmentThreadPanelItem) item = g_list_model_get_item (G_LIST_MODEL (self->items), position);

      alignment_thread_panel_item_set_expanded (item, TRUE);
      gtk_widget_activate_action (self->list_view, "list.scroll-to-item", "u", position);
    }

  gtk_widget_set_visible (self->renumber_message, FALSE);
  _alignment_thread_panel_form_fill (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_THREAD]);
}

gboolean
alignment_thread_panel_get_editable (AlignmentThreadPanel *self)
{
  g_return_val_if_fail (ALIGNMENT_IS_THREAD_PANEL (self), FALSE);
  return self->editable;
}

void
alignment_thread_panel_set_editable (AlignmentThreadPanel *self,
                                     gboolean              editable)
{
  g_return_if_fail (ALIGNMENT_IS_THREAD_PANEL (self));

  editable = !!editable;
  if (self->editable == editable)
    return;
  self->editable = editable;
  if (!editable)
    alignment_thread_panel_set_thread (self, 0);
  alignment_thread_panel_refresh (self);
  _alignment_thread_panel_form_fill (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EDITABLE]);
}

void
alignment_thread_panel_set_history (AlignmentThreadPanel *self,
                                    AlignmentHistory     *history)
{
  g_return_if_fail (ALIGNMENT_IS_THREAD_PANEL (self));
  g_return_if_fail (history == NULL || ALIGNMENT_IS_HISTORY (history));

  g_set_object (&self->history, history);
}

AlignmentHistory *
alignment_thread_panel_get_history (AlignmentThreadPanel *self)
{
  g_return_val_if_fail (ALIGNMENT_IS_THREAD_PANEL (self), NULL);
  return self->history;
}

void
alignment_thread_panel_refresh (AlignmentThreadPanel *self)
{
  g_return_if_fail (ALIGNMENT_IS_THREAD_PANEL (self));

  /* A hidden panel computes when it is shown, or when asked. */
  self->stale = TRUE;
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    ensure_findings (self);
}

/* ---- GObject ---------------------------------------------------------------- */

static void
signals_changed (AlignmentThreadPanel *self)
{
  alignment_thread_panel_refresh (self);
}

/* A record's title, story or realms changed: its row and the form show
 * it, whoever changed it (the form, undo, another view). */
static void
record_notify_cb (AlignmentThreadPanel *self)
{
  alignment_thread_panel_refresh (self);
}

/* Follows the records of the case shown, or (@watch FALSE) no longer. */
static void
watch_records (AlignmentThreadPanel *self,
               gboolean              watch)
{
  GListModel *records = self->case_ != NULL ? G_LIST_MODEL (alignment_case_get_thread_records (self->case_)) : NULL;
  guint n = records != NULL ? g_list_model_get_n_items (records) : 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) record = g_list_model_get_item (records, i);

      g_signal_handlers_disconnect_by_func (record, record_notify_cb, self);
      if (watch)
        g_signal_connect_object (record, "notify", G_CALLBACK (record_notify_cb), self, G_CONNECT_SWAPPED);
    }
}

/* A record was added or removed (a first edit, its undo): a removed one
 * may come back with undo, and is watched again then. */
static void
records_changed_cb (AlignmentThreadPanel *self,
                    guint                 position,
                    guint                 removed,
                    guint                 added)
{
  watch_records (self, TRUE);
  alignment_thread_panel_refresh (self);
}

void
alignment_thread_panel_set_case (AlignmentThreadPanel *self,
                                 AlignmentCase        *case_)
{
  g_return_if_fail (ALIGNMENT_IS_THREAD_PANEL (self));
  g_return_if_fail (case_ == NULL || ALIGNMENT_IS_CASE (case_));

  if (self->case_ == case_)
    return;

  watch_records (self, FALSE);
  g_set_object (&self->case_, case_);
  watch_records (self, TRUE);
  alignment_thread_panel_set_thread (self, 0);
  g_signal_group_set_target (self->signals, case_ != NULL ? alignment_case_get_signals (case_) : NULL);
  g_signal_group_set_target (self->records, case_ != NULL ? alignment_case_get_thread_records (case_) : NULL);
  alignment_thread_panel_refresh (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CASE]);
}

AlignmentCase *
alignment_thread_panel_get_case (AlignmentThreadPanel *self)
{
  g_return_val_if_fail (ALIGNMENT_IS_THREAD_PANEL (self), NULL);
  return self->case_;
}

const AlignmentFindings *
alignment_thread_panel_get_findings (AlignmentThreadPanel *self)
{
  g_return_val_if_fail (ALIGNMENT_IS_THREAD_PANEL (self), NULL);
  ensure_findings (self);
  return self->findings;
}

GtkWidget *
alignment_thread_panel_new (void)
{
  return g_object_new (ALIGNMENT_TYPE_THREAD_PANEL, NULL);
}

static void
alignment_thread_panel_dispose (GObject *object)
{
  AlignmentThreadPanel *self = ALIGNMENT_THREAD_PANEL (object);

  g_clear_object (&self->signals);
  g_clear_object (&self->records);
  watch_records (self, FALSE);
  /* The rows go before the findings they show. */
  g_clear_pointer (&self->form, gtk_widget_unparent);
  g_clear_pointer (&self->scrolled, gtk_widget_unparent);
  g_clear_object (&self->items);
  g_clear_object (&self->history);
  g_clear_object (&self->case_);
  g_clear_pointer (&self->findings, alignment_findings_free);

  G_OBJECT_CLASS (alignment_thread_panel_parent_class)->dispose (object);
}

static void
alignment_thread_panel_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  AlignmentThreadPanel *self = ALIGNMENT_THREAD_PANEL (object);

  switch (prop_id)
    {
    case PROP_CASE:
      g_value_set_object (value, self->case_);
      break;
    case PROP_EDITABLE:
      g_value_set_boolean (value, self->editable);
      break;
    case PROP_THREAD:
      g_value_set_uint (value, self->thread);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
alignment_thread_panel_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  AlignmentThreadPanel *self = ALIGNMENT_THREAD_PANEL (object);

  switch (prop_id)
    {
    case PROP_CASE:
      alignment_thread_panel_set_case (self, g_value_get_object (value));
      break;
    case PROP_EDITABLE:
      alignment_thread_panel_set_editable (self, g_value_get_boolean (value));
      break;
    case PROP_THREAD:
      alignment_thread_panel_set_thread (self, g_value_get_uint (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
alignment_thread_panel_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (alignment_thread_panel_parent_class)->map (widget);
  ensure_findings (ALIGNMENT_THREAD_PANEL (widget));
}

static void
alignment_thread_panel_class_init (AlignmentThreadPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = alignment_thread_panel_dispose;
  object_class->get_property = alignment_thread_panel_get_property;
  object_class->set_property = alignment_thread_panel_set_property;
  widget_class->map = alignment_thread_panel_map;

  properties[PROP_CASE] =
    g_param_spec_object ("case", NULL, NULL, ALIGNMENT_TYPE_CASE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_EDITABLE] =
    g_param_spec_boolean ("editable", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_THREAD] =
    g_param_spec_uint ("thread", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  view_signals[SIGNALS_ACTIVATED] =
    g_signal_new ("signals-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1,
                  G_TYPE_ARRAY | G_SIGNAL_TYPE_STATIC_SCOPE);

  gtk_widget_class_install_action (widget_class, "threads.show-thread", "u", show_thread_action);
  gtk_widget_class_install_action (widget_class, "threads.show-finding", "u", show_finding_action);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "threadpanel");
}

static void
alignment_thread_panel_init (AlignmentThreadPanel *self)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkWidget *clamp = adw_clamp_scrollable_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (item_setup_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (item_bind_cb), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (item_unbind_cb), self);

  self->items = g_list_store_new (ALIGNMENT_TYPE_THREAD_PANEL_ITEM);
  self->list_view = gtk_list_view_new (GTK_SELECTION_MODEL (gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->items)))),
                                       factory);
  gtk_widget_add_css_class (self->list_view, "thread-panel-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list_view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Threads"),
                                  -1);

  adw_clamp_scrollable_set_maximum_size (ADW_CLAMP_SCROLLABLE (clamp), 900);
  adw_clamp_scrollable_set_child (ADW_CLAMP_SCROLLABLE (clamp), self->list_view);

  self->scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (self->scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  /* Room for the heading and a few findings whatever the pane's divider
   * says: in a short window the heatmap above scrolls instead, rather
   * than the findings shrinking to a single line. */
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (self->scrolled), MIN_CONTENT_HEIGHT);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (self->scrolled), clamp);
  gtk_widget_set_vexpand (self->scrolled, TRUE);

  gtk_orientable_set_orientation (GTK_ORIENTABLE (gtk_widget_get_layout_manager (GTK_WIDGET (self))),
                                  GTK_ORIENTATION_VERTICAL);
  self->form = _alignment_thread_panel_form_new (self);
  gtk_widget_set_parent (self->form, GTK_WIDGET (self));
  gtk_widget_set_parent (self->scrolled, GTK_WIDGET (self));

  self->signals = g_signal_group_new (ALIGNMENT_TYPE_SIGNAL_LIST);
  g_signal_group_connect_swapped (self->signals, "items-changed", G_CALLBACK (signals_changed), self);
  self->records = g_signal_group_new (G_TYPE_LIST_STORE);
  g_signal_group_connect_swapped (self->records, "items-changed", G_CALLBACK (records_changed_cb), self);
}
