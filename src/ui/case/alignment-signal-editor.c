/* alignment-signal-editor.c: a form for the 18 columns of one signal
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "alignment-signal-editor.h"
#include "alignment-entry-commit.h"

typedef enum
{
  TEXT_MESSAGE,
  TEXT_GOAL,
  TEXT_REACTION,
  N_TEXTS
} TextField;

static const char * const text_properties[N_TEXTS] = { "message", "goal", "reaction" };

/* The one-line fields and the choices, each editing one property of
 * the signal: the template's ids, then the properties. */
typedef enum
{
  LINE_TRIGGER,
  LINE_RECIPIENTS,
  N_LINES
} LineField;

static const char * const line_ids[N_LINES] = { "trigger_row", "recipients_row" };
static const char * const line_properties[N_LINES] = { "trigger", "recipients" };

typedef enum
{
  COMBO_TYPE,
  COMBO_SENDER,
  COMBO_UNDERSTOOD,
  COMBO_URGENCY,
  COMBO_URGENCY_UNDERSTOOD,
  N_COMBOS
} ComboField;

static const char * const combo_ids[N_COMBOS] = {
  "type_row", "sender_row", "understood_row", "urgency_row", "urgency_understood_row"
};
static const char * const combo_properties[N_COMBOS] = {
  "signal-type", "sender", "understood", "urgency", "urgency-understood"
};

struct _AlignmentSignalEditor
{
  GtkWidget          parent_instance;

  /* Template children */
  GtkStack          *stack;
  GtkBox            *messages_box;
  AdwEntryRow       *id_row;
  AdwEntryRow       *lines[N_LINES];
  AdwComboRow       *combos[N_COMBOS];
  AdwEntryRow       *start_row;
  AdwEntryRow       *end_row;
  GtkMenuButton     *start_button;
  GtkMenuButton     *end_button;
  GtkCalendar       *start_calendar;
  GtkCalendar       *end_calendar;
  GtkBox            *texts_box;
  GtkGrid           *impact_grid;
  GtkLabel          *estimates_label;
  AdwComboRow       *board_row;
  AdwComboRow       *level_row;

  GtkTextBuffer     *texts[N_TEXTS];
  /* [party index][realm][impact - 1]: negative, same, positive */
  GtkToggleButton   *impacts[ALIGNMENT_N_PARTIES][ALIGNMENT_N_REALMS][3];
  GtkLabel          *party_labels[ALIGNMENT_N_PARTIES];
  GtkStringList     *senders;
  /* What the governance rows offer, after "Not set": board names and
   * level numbers, as the case has them (and the signal's own when the
   * case has no such board or level). */
  GStrv              board_names;
  GArray            *level_numbers;

  AlignmentDocument *document;
  AlignmentSignal   *signal;
  gulong             notify_handler;
  /* Set while the form shows the signal's values, so that doing so is
   * not taken for an edit. */
  guint              updating;

  /* What the user typed that is not applied, and why. */
  char              *id_error;
  gboolean           id_dirty;
  char              *start_error;
  char              *end_error;
};

G_DEFINE_FINAL_TYPE (AlignmentSignalEditor, alignment_signal_editor, GTK_TYPE_WIDGET)

static void alignment_signal_editor_refresh  (AlignmentSignalEditor *self);
static void alignment_signal_editor_validate (AlignmentSignalEditor *self);

/* ---- Helpers --------------------------------------------------------------- */

static GtkStringList *
enum_labels (GType enum_type)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (enum_type);
  GtkStringList *list = gtk_string_list_new (NULL);

  /* Value 0 is "not set"; the others in order. */
  gtk_string_list_append (list, C_("not set", "Not set"));
  for (guint i = 1; i < klass->n_values; i++)
    gtk_string_list_append (list, alignment_enum_to_label (enum_type, klass->values[i].value));

  return list;
}

static void
format_date (guint32  julian,
             char    *buf)
{
  if (julian == 0)
    buf[0] = '\0';
  else
    alignment_date_format_iso (julian, buf);
}

/* The year a date typed without one ("7 feb") means: the year of the
 * case's latest other signal, as users log a case after the fact, else
 * of its period, else this year (0). */
static int
default_year (AlignmentSignalEditor *self)
{
  AlignmentCase *c = self->document != NULL ? alignment_document_get_case (self->document) : NULL;
  AlignmentSignal **signals;
  guint32 latest = 0;
  guint n = 0;
  int year = 0, month, day;

  if (c == NULL)
    return 0;

  signals = alignment_signal_list_peek (alignment_case_get_signals (c), &n);
  for (guint i = 0; i < n; i++)
    if (signals[i] != self->signal)
      latest = MAX (latest, alignment_signal_get_start_julian (signals[i]));
  if (latest == 0)
    latest = alignment_case_get_period_start (c);
  if (latest != 0)
    alignment_date_split (latest, &year, &month, &day);

  return year;
}

/* Where @widget is among the @n @widgets of a field array: what a
 * callback edits follows from it. */
static guint
index_of (gpointer const *widgets,
          guint           n,
          gpointer        widget)
{
  guint i;

  for (i = 0; i < n && widgets[i] != widget; i++)
    ;
  g_assert (i < n);
  return i;
}

static void
set_row_error (GtkWidget  *row,
               const char *message)
{
  if (message != NULL)
    gtk_widget_add_css_class (row, "error");
  else
    gtk_widget_remove_css_class (row, "error");
  gtk_widget_set_tooltip_text (row, message);
}

/* ---- From the form to the signal ------------------------------------------ */

/* The id is checked as it is typed but applied only when the user is
 * done (Enter, or leaving the field): on the way to "12b" the id passes
 * through "1" and "12", which would move the signal between threads. */
static void
id_changed_cb (AlignmentSignalEditor *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->id_row));

  if (self->updating || self->signal == NULL)
    return;

  self->id_dirty = g_strcmp0 (text, alignment_signal_get_id (self->signal)) != 0;
  g_clear_pointer (&self->id_error, g_free);
  if (self->id_dirty)
    self->id_error = alignment_form_check_id (alignment_case_get_signals (alignment_document_get_case (self->document)),
                                              self->signal, text);
  alignment_signal_editor_validate (self);
}

static void
apply_id (AlignmentSignalEditor *self)
{
  if (self->updating || self->signal == NULL || !self->id_dirty)
    return;

  id_changed_cb (self);
  if (self->id_error != NULL)
    return;

  self->id_dirty = FALSE;
  alignment_signal_set_id (self->signal, gtk_editable_get_text (GTK_EDITABLE (self->id_row)));
}

static void
id_activated_cb (AlignmentSignalEditor *self)
{
  apply_id (self);
}

static void
id_focus_leave_cb (GtkEventControllerFocus *controller,
                   AlignmentSignalEditor   *self)
{
  apply_id (self);
}

static void
text_row_changed_cb (GtkEditable           *row,
                     AlignmentSignalEditor *self)
{
  LineField line = index_of ((gpointer *) self->lines, N_LINES, row);

  if (self->updating || self->signal == NULL)
    return;

  g_object_set (self->signal, line_properties[line], gtk_editable_get_text (row), NULL);
}

static void
text_buffer_changed_cb (GtkTextBuffer         *buffer,
                        AlignmentSignalEditor *self)
{
  TextField field = index_of ((gpointer *) self->texts, N_TEXTS, buffer);
  g_autofree char *text = NULL;
  GtkTextIter start, end;

  if (self->updating || self->signal == NULL)
    return;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  g_object_set (self->signal, text_properties[field], text, NULL);
}

static void
combo_selected_cb (AdwComboRow           *row,
                   GParamSpec            *pspec,
                   AlignmentSignalEditor *self)
{
  ComboField combo = index_of ((gpointer *) self->combos, N_COMBOS, row);
  guint selected = adw_combo_row_get_selected (row);

  if (self->updating || self->signal == NULL || selected == GTK_INVALID_LIST_POSITION)
    return;

  /* The rows list "not set" and then the enum's values, in order. */
  g_object_set (self->signal, combo_properties[combo], (int) selected, NULL);
}

/* Applies a typed date: TRUE when it was one (or empty). */
static gboolean
apply_date (AlignmentSignalEditor *self,
            AdwEntryRow           *row)
{
  gboolean is_start = row == self->start_row;
  char **error = is_start ? &self->start_error : &self->end_error;
  guint32 julian = 0;
  g_autofree char *message = NULL;

  if (self->updating || self->signal == NULL)
    return FALSE;

  g_clear_pointer (error, g_free);
  if (!alignment_form_parse_date (gtk_editable_get_text (GTK_EDITABLE (row)),
                                  default_year (self), &julian, &message))
    {
      *error = g_steal_pointer (&message);
      alignment_signal_editor_validate (self);
      return FALSE;
    }

  if (is_start)
    alignment_signal_set_start_julian (self->signal, julian);
  else
    alignment_signal_set_end_julian (self->signal, julian);

  /* Show what was understood ("7 feb" became 2024-02-07). */
  alignment_signal_editor_refresh (self);
  return TRUE;
}

static void
date_activated_cb (AdwEntryRow           *row,
                   AlignmentSignalEditor *self)
{
  apply_date (self, row);
}

static void
date_focus_leave_cb (GtkEventControllerFocus *controller,
                     AlignmentSignalEditor   *self)
{
  GtkWidget *row = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller));
  char date[16];
  guint32 julian;

  if (self->signal == NULL)
    return;

  /* Leaving an untouched date must not re-apply it. */
  julian = row == GTK_WIDGET (self->start_row)
           ? alignment_signal_get_start_julian (self->signal)
           : alignment_signal_get_end_julian (self->signal);
  format_date (julian, date);
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (row)), date) != 0)
    apply_date (self, ADW_ENTRY_ROW (row));
}

static void
calendar_day_selected_cb (AlignmentSignalEditor *self,
                          GtkCalendar           *calendar)
{
  g_autoptr(GDateTime) when = NULL;
  GDate date;

  if (self->updating || self->signal == NULL)
    return;

  when = gtk_calendar_get_date (calendar);
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, g_date_time_get_day_of_month (when),
                  g_date_time_get_month (when), g_date_time_get_year (when));

  if (calendar == self->start_calendar)
    {
      g_clear_pointer (&self->start_error, g_free);
      alignment_signal_set_start_julian (self->signal, g_date_get_julian (&date));
      gtk_menu_button_popdown (self->start_button);
    }
  else
    {
      g_clear_pointer (&self->end_error, g_free);
      alignment_signal_set_end_julian (self->signal, g_date_get_julian (&date));
      gtk_menu_button_popdown (self->end_button);
    }

  alignment_signal_editor_refresh (self);
}

static void
impact_toggled_cb (GtkToggleButton       *button,
                   AlignmentSignalEditor *self)
{
  /* The toggles are kept [party index][realm][impact - 1]. */
  guint k = index_of ((gpointer *) self->impacts, G_N_ELEMENTS (self->impacts) * ALIGNMENT_N_REALMS * 3, button);
  AlignmentParty party = k / (ALIGNMENT_N_REALMS * 3) == 0 ? ALIGNMENT_PARTY_CUSTOMER : ALIGNMENT_PARTY_PROVIDER;
  AlignmentRealm realm = (k / 3) % ALIGNMENT_N_REALMS;
  AlignmentImpact impact = k % 3 + 1;

  if (self->updating || self->signal == NULL)
    return;

  /* Pressing the pressed toggle again clears the impact: not every
   * signal's effect on trust is known.  The refresh that follows the
   * change releases the other toggles of the realm. */
  if (gtk_toggle_button_get_active (button))
    alignment_signal_set_impact (self->signal, party, realm, impact);
  else if (alignment_signal_get_impact (self->signal, party, realm) == impact)
    alignment_signal_set_impact (self->signal, party, realm, ALIGNMENT_IMPACT_UNKNOWN);
}

static AlignmentDocument *
get_document (gpointer data)
{
  return ALIGNMENT_SIGNAL_EDITOR (data)->document;
}

/* ---- From the signal to the form ------------------------------------------ */

static void
set_combo (AlignmentSignalEditor *self,
           ComboField             combo)
{
  int value = 0;

  g_object_get (self->signal, combo_properties[combo], &value, NULL);
  if (adw_combo_row_get_selected (self->combos[combo]) != (guint) value)
    adw_combo_row_set_selected (self->combos[combo], (guint) value);
}

/* ---- Governance ------------------------------------------------------------ */

/* Replaces the choices of @row by @labels (after "Not set") unless they
 * are the same, so that a refresh does not disturb an open list. */
static void
set_choices (AdwComboRow       *row,
             const char *const *labels)
{
  GtkStringList *list = GTK_STRING_LIST (adw_combo_row_get_model (row));
  guint n = g_list_model_get_n_items (G_LIST_MODEL (list));
  guint n_labels = g_strv_length ((GStrv) labels);
  gboolean same = n == n_labels + 1;

  for (guint i = 0; same && i < n_labels; i++)
    same = g_strcmp0 (gtk_string_list_get_string (list, i + 1), labels[i]) == 0;
  if (!same)
    gtk_string_list_splice (list, 1, n - 1, labels);
}

static void
refresh_governance (AlignmentSignalEditor *self,
                    AlignmentCase         *c)
{
  GListModel *boards = G_LIST_MODEL (alignment_case_get_boards (c));
  GListModel *levels = G_LIST_MODEL (alignment_case_get_escalation_levels (c));
  const char *board = alignment_signal_get_board (self->signal);
  guint level = alignment_signal_get_escalation_level (self->signal);
  g_autoptr(GStrvBuilder) names = g_strv_builder_new ();
  g_autoptr(GPtrArray) level_labels = g_ptr_array_new_with_free_func (g_free);
  guint selected = 0;

  g_array_set_size (self->level_numbers, 0);
  for (guint i = 0; i < g_list_model_get_n_items (boards); i++)
    {
      g_autoptr(AlignmentBoard) item = g_list_model_get_item (boards, i);

      g_strv_builder_add (names, alignment_board_get_name (item));
    }
  if (*board != '\0' && alignment_governance_lookup_board (boards, board) == NULL)
    g_strv_builder_add (names, board);
  g_clear_pointer (&self->board_names, g_strfreev);
  self->board_names = g_strv_builder_end (names);
  set_choices (self->board_row, (const char *const *) self->board_names);
  for (guint i = 0; self->board_names[i] != NULL; i++)
    if (g_strcmp0 (self->board_names[i], board) == 0)
      selected = i + 1;
  adw_combo_row_set_selected (self->board_row, selected);

  selected = 0;
  for (guint i = 0; i < g_list_model_get_n_items (levels); i++)
    {
      g_autoptr(AlignmentEscalationLevel) item = g_list_model_get_item (levels, i);
      guint number = alignment_escalation_level_get_number (item);

      g_array_append_val (self->level_numbers, number);
    }
  if (level != 0 && alignment_governance_lookup_level (levels, level) == NULL)
    g_array_append_val (self->level_numbers, level);
  for (guint i = 0; i < self->level_numbers->len; i++)
    {
      guint number = g_array_index (self->level_numbers, guint, i);

      g_ptr_array_add (level_labels, alignment_governance_level_label (levels, number));
      if (number == level)
        selected = i + 1;
    }
  g_ptr_array_add (level_labels, NULL);
  set_choices (self->level_row, (const char *const *) level_labels->pdata);
  adw_combo_row_set_selected (self->level_row, selected);
}

static void
governance_selected_cb (AdwComboRow           *row,
                        GParamSpec            *pspec,
                        AlignmentSignalEditor *self)
{
  guint selected = adw_combo_row_get_selected (row);

  if (self->updating || self->signal == NULL || selected == GTK_INVALID_LIST_POSITION)
    return;

  /* The rows list "not set" and then the case's boards or levels. */
  if (row == self->board_row)
    alignment_signal_set_board (self->signal, selected > 0 ? self->board_names[selected - 1] : NULL);
  else
    alignment_signal_set_escalation_level (self->signal,
                                           selected > 0 ? g_array_index (self->level_numbers, guint, selected - 1) : 0);
}

static void
setup_governance (AlignmentSignalEditor *self)
{
  AdwComboRow *rows[] = { self->board_row, self->level_row };

  self->level_numbers = g_array_new (FALSE, FALSE, sizeof (guint));
  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      g_autoptr(GtkStringList) list = gtk_string_list_new ((const char *[]) { C_("not set", "Not set"), NULL });

      adw_combo_row_set_model (rows[i], G_LIST_MODEL (list));
      g_signal_connect (rows[i], "notify::selected", G_CALLBACK (governance_selected_cb), self);
    }
}

/* The other party's estimates of this signal's perceptions (kept by a
 * merge, see alignment-merge.h), marked as estimates, a line per party
 * that made them; hidden when there are none. */
static void
update_estimates (AlignmentSignalEditor *self,
                  AlignmentCase         *c)
{
  g_autoptr(GString) text = g_string_new (NULL);
  AlignmentSignal *signal = self->signal;
  AlignmentUnderstood understood;
  AlignmentUrgency urgency;

  for (guint p = 0; p < ALIGNMENT_N_PARTIES; p++)
    {
      AlignmentParty party = p == 0 ? ALIGNMENT_PARTY_CUSTOMER : ALIGNMENT_PARTY_PROVIDER;
      AlignmentParty other = p == 0 ? ALIGNMENT_PARTY_PROVIDER : ALIGNMENT_PARTY_CUSTOMER;
      g_autoptr(GString) realms = g_string_new (NULL);

      for (guint r = 0; r < ALIGNMENT_N_REALMS; r++)
        {
          AlignmentImpact impact = alignment_signal_get_impact_estimate (signal, party, r);

          if (impact == ALIGNMENT_IMPACT_UNKNOWN)
            continue;
          if (realms->len > 0)
            g_string_append (realms, ", ");
          /* Translators: a realm and an estimated impact: "Operational: Positive". */
          g_string_append_printf (realms, _("%s: %s"), alignment_realm_get_label (r),
                                  alignment_enum_to_label (ALIGNMENT_TYPE_IMPACT, impact));
        }
      if (realms->len == 0)
        continue;
      if (text->len > 0)
        g_string_append_c (text, '\n');
      /* Translators: "Provider’s estimate of Customer’s trust: Contractual: Positive, …". */
      g_string_append_printf (text, _("%s’s estimate of %s’s trust: %s"),
                              alignment_case_get_party_name (c, other), alignment_case_get_party_name (c, party),
                              realms->str);
    }

  understood = alignment_signal_get_understood_estimate (signal);
  urgency = alignment_signal_get_urgency_understood_estimate (signal);
  if (understood != ALIGNMENT_UNDERSTOOD_UNKNOWN || urgency != ALIGNMENT_URGENCY_UNKNOWN)
    {
      if (text->len > 0)
        g_string_append_c (text, '\n');
      /* Translators: the sender's estimate of how the receiver took the
       * signal: "Customer’s estimate as the sender: understood Yes, urgency High". */
      g_string_append_printf (text, _("%s’s estimate as the sender: understood %s, urgency %s"),
                              alignment_case_get_party_name (c, alignment_signal_get_sender (signal)),
                              understood != ALIGNMENT_UNDERSTOOD_UNKNOWN
                                ? alignment_enum_to_label (ALIGNMENT_TYPE_UNDERSTOOD, understood) : _("not known"),
                              urgency != ALIGNMENT_URGENCY_UNKNOWN
                                ? alignment_enum_to_label (ALIGNMENT_TYPE_URGENCY, urgency) : _("not known"));
    }

  gtk_label_set_text (self->estimates_label, text->str);
  gtk_widget_set_visible (GTK_WIDGET (self->estimates_label), text->len > 0);
}

static void
alignment_signal_editor_refresh (AlignmentSignalEditor *self)
{
  AlignmentCase *c;
  char date[16];

  if (self->signal == NULL)
    return;

  c = alignment_document_get_case (self->document);
  self->updating++;

  /* A field that holds an error keeps what the user typed. */
  if (self->id_error == NULL && !self->id_dirty)
    alignment_entry_commit_show_text (GTK_EDITABLE (self->id_row), alignment_signal_get_id (self->signal));
  for (guint l = 0; l < N_LINES; l++)
    {
      g_autofree char *value = NULL;

      g_object_get (self->signal, line_properties[l], &value, NULL);
      alignment_entry_commit_show_text (GTK_EDITABLE (self->lines[l]), value);
    }

  if (self->start_error == NULL)
    {
      format_date (alignment_signal_get_start_julian (self->signal), date);
      alignment_entry_commit_show_text (GTK_EDITABLE (self->start_row), date);
    }
  if (self->end_error == NULL)
    {
      format_date (alignment_signal_get_end_julian (self->signal), date);
      alignment_entry_commit_show_text (GTK_EDITABLE (self->end_row), date);
    }

  gtk_string_list_splice (self->senders, 1, 2,
                          (const char *[]) { alignment_case_get_party_name (c, ALIGNMENT_PARTY_CUSTOMER),
                                             alignment_case_get_party_name (c, ALIGNMENT_PARTY_PROVIDER),
                                             NULL });
  for (guint combo = 0; combo < N_COMBOS; combo++)
    set_combo (self, combo);
  refresh_governance (self, c);

  for (guint t = 0; t < N_TEXTS; t++)
    {
      g_autofree char *current = NULL;
      g_autofree char *value = NULL;
      GtkTextIter start, end;

      gtk_text_buffer_get_bounds (self->texts[t], &start, &end);
      current = gtk_text_buffer_get_text (self->texts[t], &start, &end, FALSE);
      g_object_get (self->signal, text_properties[t], &value, NULL);
      if (g_strcmp0 (current, value) != 0)
        gtk_text_buffer_set_text (self->texts[t], value, -1);
    }

  for (guint p = 0; p < ALIGNMENT_N_PARTIES; p++)
    {
      AlignmentParty party = p == 0 ? ALIGNMENT_PARTY_CUSTOMER : ALIGNMENT_PARTY_PROVIDER;

      gtk_label_set_text (self->party_labels[p], alignment_case_get_party_name (c, party));
      for (guint r = 0; r < ALIGNMENT_N_REALMS; r++)
        {
          AlignmentImpact impact = alignment_signal_get_impact (self->signal, party, r);

          for (guint i = 0; i < 3; i++)
            gtk_toggle_button_set_active (self->impacts[p][r][i], impact == (AlignmentImpact) (i + 1));
        }
    }

  update_estimates (self, c);

  self->updating--;
  alignment_signal_editor_validate (self);
}

static void
add_message_row (AlignmentSignalEditor *self,
                 gboolean               is_error,
                 const char            *text)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *icon = gtk_image_new_from_icon_name (is_error ? "dialog-error-symbolic"
                                                           : "dialog-warning-symbolic");
  GtkWidget *label = gtk_label_new (text);

  gtk_widget_add_css_class (box, is_error ? "error" : "warning");
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_widget_set_hexpand (label, TRUE);
  /* The icon's colour is not the only sign: the words say it too. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  is_error ? _("Error") : _("Warning"), -1);
  gtk_box_append (GTK_BOX (box), icon);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (self->messages_box, box);
}

static void
alignment_signal_editor_validate (AlignmentSignalEditor *self)
{
  g_autoptr(GPtrArray) messages = NULL;
  const char *row_errors[5] = { NULL, };
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->messages_box))) != NULL)
    gtk_box_remove (self->messages_box, child);

  if (self->signal == NULL)
    return;

  /* What was typed and refused comes first: it is what the user is
   * looking at. */
  if (self->id_error != NULL)
    add_message_row (self, TRUE, self->id_error);
  if (self->start_error != NULL)
    add_message_row (self, TRUE, self->start_error);
  if (self->end_error != NULL)
    add_message_row (self, TRUE, self->end_error);

  messages = alignment_form_validate_signal (alignment_document_get_case (self->document), self->signal);
  for (guint i = 0; i < messages->len; i++)
    {
      AlignmentFormMessage *message = g_ptr_array_index (messages, i);

      /* The id shown is the refused one; the stored id's problem would
       * only confuse. */
      if (message->field == ALIGNMENT_FORM_FIELD_ID && self->id_error != NULL)
        continue;
      add_message_row (self, message->is_error, message->message);
      if (row_errors[message->field] == NULL)
        row_errors[message->field] = message->message;
    }

  set_row_error (GTK_WIDGET (self->id_row), self->id_error != NULL ? self->id_error : row_errors[ALIGNMENT_FORM_FIELD_ID]);
  set_row_error (GTK_WIDGET (self->start_row), self->start_error != NULL ? self->start_error : NULL);
  set_row_error (GTK_WIDGET (self->end_row), self->end_error != NULL ? self->end_error : row_errors[ALIGNMENT_FORM_FIELD_END]);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->combos[COMBO_SENDER]), row_errors[ALIGNMENT_FORM_FIELD_SENDER]);

  gtk_widget_set_visible (GTK_WIDGET (self->messages_box),
                          gtk_widget_get_first_child (GTK_WIDGET (self->messages_box)) != NULL);
}

static void
signal_notify_cb (AlignmentSignalEditor *self)
{
  alignment_signal_editor_refresh (self);
}

/* ---- Public API ------------------------------------------------------------ */

GtkWidget *
alignment_signal_editor_new (void)
{
  return g_object_new (ALIGNMENT_TYPE_SIGNAL_EDITOR, NULL);
}

void
alignment_signal_editor_set_signal (AlignmentSignalEditor *self,
                                    AlignmentDocument     *document,
                                    AlignmentSignal       *signal)
{
  g_return_if_fail (ALIGNMENT_IS_SIGNAL_EDITOR (self));
  g_return_if_fail (signal == NULL || ALIGNMENT_IS_DOCUMENT (document));

  if (self->signal == signal && self->document == document)
    return;

  if (self->signal != NULL)
    g_clear_signal_handler (&self->notify_handler, self->signal);
  g_set_object (&self->document, document);
  g_set_object (&self->signal, signal);
  g_clear_pointer (&self->id_error, g_free);
  g_clear_pointer (&self->start_error, g_free);
  g_clear_pointer (&self->end_error, g_free);
  self->id_dirty = FALSE;

  if (signal == NULL)
    {
      gtk_stack_set_visible_child_name (self->stack, "empty");
      alignment_signal_editor_validate (self);
      return;
    }

  /* Undo, redo and other views change the signal too. */
  self->notify_handler = g_signal_connect_swapped (signal, "notify",
                                                   G_CALLBACK (signal_notify_cb), self);
  alignment_history_break_merge (alignment_document_get_history (document));
  alignment_signal_editor_refresh (self);
  gtk_stack_set_visible_child_name (self->stack, "form");
}

AlignmentSignal *
alignment_signal_editor_get_signal (AlignmentSignalEditor *self)
{
  g_return_val_if_fail (ALIGNMENT_IS_SIGNAL_EDITOR (self), NULL);

  return self->signal;
}

void
alignment_signal_editor_focus (AlignmentSignalEditor *self)
{
  g_return_if_fail (ALIGNMENT_IS_SIGNAL_EDITOR (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->id_row));
}

char *
alignment_signal_editor_dup_messages (AlignmentSignalEditor *self)
{
  GString *text = g_string_new (NULL);

  g_return_val_if_fail (ALIGNMENT_IS_SIGNAL_EDITOR (self), NULL);

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->messages_box));
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      GtkWidget *label = gtk_widget_get_last_child (row);

      g_string_append (text, gtk_label_get_text (GTK_LABEL (label)));
      g_string_append_c (text, '\n');
    }

  return g_string_free (text, FALSE);
}

/* ---- Construction ---------------------------------------------------------- */


static void
setup_texts (AlignmentSignalEditor *self)
{
  const char *titles[N_TEXTS] = {
    N_("Message or content (meeting, mail, workshop, …)"),
    N_("Goal of the signal"),
    N_("Reaction of the receiver"),
  };

  for (guint t = 0; t < N_TEXTS; t++)
    {
      GtkWidget *label = gtk_label_new (_(titles[t]));
      GtkWidget *frame = gtk_frame_new (NULL);
      GtkWidget *view = gtk_text_view_new ();

      gtk_label_set_xalign (GTK_LABEL (label), 0.0);
      /* The editor beside the list in half of a small screen is narrow. */
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_widget_add_css_class (label, "heading");
      gtk_widget_set_margin_top (label, t == 0 ? 0 : 6);
      gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
      gtk_text_view_set_accepts_tab (GTK_TEXT_VIEW (view), FALSE);
      gtk_text_view_set_top_margin (GTK_TEXT_VIEW (view), 8);
      gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (view), 8);
      gtk_text_view_set_left_margin (GTK_TEXT_VIEW (view), 10);
      gtk_text_view_set_right_margin (GTK_TEXT_VIEW (view), 10);
      gtk_widget_set_size_request (view, -1, 64);
      gtk_frame_set_child (GTK_FRAME (frame), view);
      gtk_widget_add_css_class (frame, "view");
      gtk_box_append (self->texts_box, label);
      gtk_box_append (self->texts_box, frame);
      /* Only once the heading is in the widget tree: GTK 4.8 gives a
       * screen reader neither the relation nor the name ("GtkTextView")
       * when it is set before. */
      gtk_accessible_update_relation (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_RELATION_LABELLED_BY,
                                      label, NULL, -1);

      self->texts[t] = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
      g_signal_connect (self->texts[t], "changed", G_CALLBACK (text_buffer_changed_cb), self);
      alignment_entry_commit_end_step_on_leave (view, get_document, self);
    }
}

static void
setup_impacts (AlignmentSignalEditor *self)
{
  static const char *icons[3] = { "go-down-symbolic", "pan-end-symbolic", "go-up-symbolic" };
  static const char *names[3] = { N_("Negative"), N_("Same"), N_("Positive") };

  for (guint r = 0; r < ALIGNMENT_N_REALMS; r++)
    {
      g_autofree char *markup = g_markup_printf_escaped ("%s\n<small>%s</small>",
                                                         alignment_realm_get_label (r),
                                                         alignment_realm_get_trust_dimension (r));
      GtkWidget *label = gtk_label_new (NULL);

      gtk_label_set_markup (GTK_LABEL (label), markup);
      gtk_label_set_justify (GTK_LABEL (label), GTK_JUSTIFY_CENTER);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_widget_set_hexpand (label, TRUE);
      gtk_grid_attach (self->impact_grid, label, (int) r, 0, 1, 1);
    }

  /* Each party's name on a line of its own above its toggles: a column
   * of names beside them would not fit the editor beside the list in
   * half of a small screen. */
  for (guint p = 0; p < ALIGNMENT_N_PARTIES; p++)
    {
      GtkWidget *label = gtk_label_new (NULL);

      gtk_label_set_xalign (GTK_LABEL (label), 0.0);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_widget_add_css_class (label, "heading");
      gtk_widget_set_margin_top (label, 6);
      gtk_grid_attach (self->impact_grid, label, 0, (int) p * 2 + 1, ALIGNMENT_N_REALMS, 1);
      self->party_labels[p] = GTK_LABEL (label);

      for (guint r = 0; r < ALIGNMENT_N_REALMS; r++)
        {
          GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);

          gtk_widget_add_css_class (box, "linked");
          gtk_widget_add_css_class (box, "impact-toggles");
          gtk_widget_set_halign (box, GTK_ALIGN_CENTER);
          for (guint i = 0; i < 3; i++)
            {
              GtkWidget *button = gtk_toggle_button_new ();
              /* Translators: the accessible name of a trust toggle:
               * "Customer, Operational (good-faith effort): Positive". */
              g_autofree char *name = g_strdup_printf (_("%s, %s (%s): %s"),
                                                       p == 0 ? _("Customer") : _("Service provider"),
                                                       alignment_realm_get_label (r),
                                                       alignment_realm_get_trust_dimension (r),
                                                       _(names[i]));

              gtk_button_set_icon_name (GTK_BUTTON (button), icons[i]);
              gtk_widget_set_tooltip_text (button, _(names[i]));
              gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
              gtk_widget_add_css_class (button, i == 0 ? "impact-negative" : i == 1 ? "impact-same" : "impact-positive");
              g_signal_connect (button, "toggled", G_CALLBACK (impact_toggled_cb), self);
              gtk_box_append (GTK_BOX (box), button);
              self->impacts[p][r][i] = GTK_TOGGLE_BUTTON (button);
            }
          gtk_grid_attach (self->impact_grid, box, (int) r, (int) p * 2 + 2, 1, 1);
        }
    }
}

static void
alignment_signal_editor_dispose (GObject *object)
{
  AlignmentSignalEditor *self = ALIGNMENT_SIGNAL_EDITOR (object);

  if (self->signal != NULL)
    g_clear_signal_handler (&self->notify_handler, self->signal);
  g_clear_object (&self->signal);
  g_clear_object (&self->document);
  g_clear_object (&self->senders);
  g_clear_pointer (&self->board_names, g_strfreev);
  g_clear_pointer (&self->level_numbers, g_array_unref);
  g_clear_pointer (&self->id_error, g_free);
  g_clear_pointer (&self->start_error, g_free);
  g_clear_pointer (&self->end_error, g_free);

  gtk_widget_dispose_template (GTK_WIDGET (self), ALIGNMENT_TYPE_SIGNAL_EDITOR);

  G_OBJECT_CLASS (alignment_signal_editor_parent_class)->dispose (object);
}

static void
alignment_signal_editor_class_init (AlignmentSignalEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = alignment_signal_editor_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "signaleditor");
  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/Alignment/alignment-signal-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, AlignmentSignalEditor, stack);
  gtk_widget_class_bind_template_child (widget_class, AlignmentSignalEditor, messages_box);
  gtk_widget_class_bind_template_child (widget_class, AlignmentSignalEditor, id_row);
  for (guint l = 0; l < N_LINES; l++)
    gtk_widget_class_bind_template_child_full (widget_class, line_ids[l], FALSE,
                                               G_STRUCT_OFFSET (AlignmentSignalEditor, lines) + l * sizeof (AdwEntryRow *));
  for (guint c = 0; c < N_COMBOS; c++)
    gtk_widget_class_bind_template_child_full (widget_class, combo_ids[c], FALSE,
                                               G_STRUCT_OFFSET (AlignmentSignalEditor, combos) + c * sizeof (AdwComboRow *));
  gtk_widget_class_bind_template_child (widget_class, AlignmentSignalEditor, start_row);
  gtk_widget_class_bind_template_child (widget_class, AlignmentSignalEditor, end_row);
  gtk_widget_class_bind_template_child (widget_class, AlignmentSignalEditor, start_button);
  gtk_widget_class_bind_template_child (widget_class, AlignmentSignalEditor, end_button);
  gtk_widget_class_bind_template_child (widget_class, AlignmentSignalEditor, start_calendar);
  gtk_widget_class_bind_template_child (widget_class, AlignmentSignalEditor, end_calendar);
  gtk_widget_class_bind_template_child (widget_class, AlignmentSignalEditor, texts_box);
  gtk_widget_class_bind_template_child (widget_class, AlignmentSignalEditor, impact_grid);
  gtk_widget_class_bind_template_child (widget_class, AlignmentSignalEditor, estimates_label);
  gtk_widget_class_bind_template_child (widget_class, AlignmentSignalEditor, board_row);
  gtk_widget_class_bind_template_child (widget_class, AlignmentSignalEditor, level_row);
  gtk_widget_class_bind_template_callback (widget_class, calendar_day_selected_cb);
}

static void
alignment_signal_editor_init (AlignmentSignalEditor *self)
{
  g_autoptr(GtkStringList) types = NULL;
  g_autoptr(GtkStringList) understood = NULL;
  g_autoptr(GtkStringList) urgency = NULL;
  g_autoptr(GtkStringList) urgency_understood = NULL;
  GListModel *models[N_COMBOS];

  gtk_widget_init_template (GTK_WIDGET (self));

  types = enum_labels (ALIGNMENT_TYPE_SIGNAL_TYPE);
  understood = enum_labels (ALIGNMENT_TYPE_UNDERSTOOD);
  urgency = enum_labels (ALIGNMENT_TYPE_URGENCY);
  urgency_understood = enum_labels (ALIGNMENT_TYPE_URGENCY);
  /* Party names come from the case; these stand in until one is shown. */
  self->senders = gtk_string_list_new ((const char *[]) { C_("not set", "Not set"),
                                                          _("Customer"), _("Service provider"), NULL });

  models[COMBO_TYPE] = G_LIST_MODEL (types);
  models[COMBO_SENDER] = G_LIST_MODEL (self->senders);
  models[COMBO_UNDERSTOOD] = G_LIST_MODEL (understood);
  models[COMBO_URGENCY] = G_LIST_MODEL (urgency);
  models[COMBO_URGENCY_UNDERSTOOD] = G_LIST_MODEL (urgency_understood);
  for (guint c = 0; c < N_COMBOS; c++)
    {
      adw_combo_row_set_model (self->combos[c], models[c]);
      g_signal_connect (self->combos[c], "notify::selected", G_CALLBACK (combo_selected_cb), self);
    }

  g_signal_connect_swapped (self->id_row, "changed", G_CALLBACK (id_changed_cb), self);
  g_signal_connect_swapped (self->id_row, "entry-activated", G_CALLBACK (id_activated_cb), self);
  alignment_entry_commit_on_leave (GTK_WIDGET (self->id_row), G_CALLBACK (id_focus_leave_cb), self);
  for (guint l = 0; l < N_LINES; l++)
    {
      g_signal_connect (self->lines[l], "changed", G_CALLBACK (text_row_changed_cb), self);
      alignment_entry_commit_end_step_on_leave (GTK_WIDGET (self->lines[l]), get_document, self);
    }

  g_signal_connect (self->start_row, "entry-activated", G_CALLBACK (date_activated_cb), self);
  g_signal_connect (self->end_row, "entry-activated", G_CALLBACK (date_activated_cb), self);
  alignment_entry_commit_on_leave (GTK_WIDGET (self->start_row), G_CALLBACK (date_focus_leave_cb), self);
  alignment_entry_commit_on_leave (GTK_WIDGET (self->end_row), G_CALLBACK (date_focus_leave_cb), self);

  setup_texts (self);
  setup_impacts (self);
  setup_governance (self);
  /* The case's boards and levels are edited on the Details page: coming
   * back shows them as they are now. */
  g_signal_connect (self, "map", G_CALLBACK (alignment_signal_editor_refresh), NULL);
}
