/* alignment-survey-entry.c: typing in a respondent's survey answers
 *
 * The form reads its answers from its scale buttons and writes nothing
 * into the case until Add (or Save): then the new response, and the new
 * round it may need, go in between one begin_group()/end_group() pair,
 * so that one Ctrl+Z in the window takes them out again.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "alignment-survey-entry.h"

#define N_POINTS (ALIGNMENT_SURVEY_MAX_ANSWER - ALIGNMENT_SURVEY_MIN_ANSWER + 1)

struct _AlignmentSurveyEntry
{
  AdwWindow                parent_instance;

  /* Template children */
  AdwPreferencesGroup     *round_group;
  AdwComboRow             *round_row;
  AdwEntryRow             *name_row;
  AdwEntryRow             *date_row;
  AdwComboRow             *party_row;
  AdwEntryRow             *respondent_row;
  GtkListBox              *items_list;
  GtkWidget               *add_button;
  GtkWidget               *next_button;
  GtkWidget               *delete_button;
  GtkLabel                *problem_label;

  AlignmentDocument       *document;
  /* Editing: the response and its round; NULL for new responses. */
  AlignmentSurveyRound    *edit_round;
  AlignmentSurveyResponse *edit_response;

  /* The case's rounds in the order of round_row's entries after the
   * first ("New Round"). */
  GPtrArray               *rounds;
  GtkWidget               *rows[ALIGNMENT_SURVEY_N_ITEMS];
  GtkToggleButton         *points[ALIGNMENT_SURVEY_N_ITEMS][N_POINTS];
  guint                    n_added;
  /* Problems are shown once the user has tried to add. */
  gboolean                 tried;
  char                    *problem;
};

G_DEFINE_FINAL_TYPE (AlignmentSurveyEntry, alignment_survey_entry, ADW_TYPE_WINDOW)

/* The scale's points, for the buttons' tooltips. */
static const char * const point_meanings[N_POINTS] = {
  N_("Strongly disagree"),
  N_("Disagree"),
  N_("Somewhat disagree"),
  N_("Neither agree nor disagree"),
  N_("Somewhat agree"),
  N_("Agree"),
  N_("Strongly agree"),
};

static AlignmentCase *
entry_case (AlignmentSurveyEntry *self)
{
  return alignment_document_get_case (self->document);
}

/* ---- Answers ------------------------------------------------------------- */

static guint
get_answer (AlignmentSurveyEntry *self,
            guint                 index)
{
  for (guint p = 0; p < N_POINTS; p++)
    if (gtk_toggle_button_get_active (self->points[index][p]))
      return p + ALIGNMENT_SURVEY_MIN_ANSWER;
  return 0;
}

static void
set_answer (AlignmentSurveyEntry *self,
            guint                 index,
            guint                 answer)
{
  for (guint p = 0; p < N_POINTS; p++)
    gtk_toggle_button_set_active (self->points[index][p], p + ALIGNMENT_SURVEY_MIN_ANSWER == answer);
}

char *
alignment_survey_entry_dup_answers (AlignmentSurveyEntry *self)
{
  char *answers;

  g_return_val_if_fail (ALIGNMENT_IS_SURVEY_ENTRY (self), NULL);

  answers = g_malloc (ALIGNMENT_SURVEY_N_ITEMS + 1);
  for (guint i = 0; i < ALIGNMENT_SURVEY_N_ITEMS; i++)
    {
      guint answer = get_answer (self, i);

      answers[i] = answer == 0 ? '-' : (char) ('0' + answer);
    }
  answers[ALIGNMENT_SURVEY_N_ITEMS] = '\0';
  return answers;
}

static void
focus_item (AlignmentSurveyEntry *self,
            guint                 index)
{
  guint answer = get_answer (self, index);

  gtk_widget_grab_focus (GTK_WIDGET (self->points[index][answer > 0 ? answer - 1 : 0]));
}

/* ---- What the form refuses ------------------------------------------------ */

static AlignmentSurveyRound *
chosen_round (AlignmentSurveyEntry *self)
{
  guint selected;

  if (self->edit_round != NULL)
    return self->edit_round;

  selected = adw_combo_row_get_selected (self->round_row);
  if (selected == 0 || selected == GTK_INVALID_LIST_POSITION || selected > self->rounds->len)
    return NULL;
  return g_ptr_array_index (self->rounds, selected - 1);
}

static AlignmentParty
chosen_party (AlignmentSurveyEntry *self)
{
  switch (adw_combo_row_get_selected (self->party_row))
    {
    case 1:
      return ALIGNMENT_PARTY_CUSTOMER;
    case 2:
      return ALIGNMENT_PARTY_PROVIDER;
    default:
      return ALIGNMENT_PARTY_UNKNOWN;
    }
}

static guint32
chosen_date (AlignmentSurveyEntry *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->date_row));

  return alignment_date_parse_loose (text, 0, NULL);
}

/* Two rounds told apart only by case would be taken for one in the
 * Survey view and in a report. */
static AlignmentSurveyRound *
find_round_named (AlignmentSurveyEntry *self,
                  const char           *name)
{
  g_autofree char *folded = g_utf8_casefold (name, -1);

  for (guint i = 0; i < self->rounds->len; i++)
    {
      AlignmentSurveyRound *round = g_ptr_array_index (self->rounds, i);
      g_autofree char *other = g_utf8_casefold (alignment_survey_round_get_name (round), -1);

      if (g_strcmp0 (folded, other) == 0)
        return round;
    }
  return NULL;
}

/* The first thing that keeps the form from adding, and the field to go
 * to about it; NULL when there is none. */
static char *
find_problem (AlignmentSurveyEntry  *self,
              GtkWidget            **field)
{
  g_autofree char *answers = alignment_survey_entry_dup_answers (self);

  if (chosen_round (self) == NULL)
    {
      g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->name_row))));
      const char *date_text = gtk_editable_get_text (GTK_EDITABLE (self->date_row));

      *field = GTK_WIDGET (self->name_row);
      if (*name == '\0')
        return g_strdup (_("Name the new round, such as “Q1 2024 review”."));
      if (find_round_named (self, name) != NULL)
        /* Translators: a new survey round named like one the case has */
        return g_strdup_printf (_("The case already has a round named “%s”: choose it under Round, or name this one differently."), name);
      *field = GTK_WIDGET (self->date_row);
      if (*date_text == '\0')
        return g_strdup (_("Give the date of the round, such as 2024-03-31."));
      if (chosen_date (self) == 0)
        /* Translators: the text typed as a survey round's date */
        return g_strdup_printf (_("“%s” is not a date: write the round’s date as 2024-03-31."), date_text);
    }

  *field = GTK_WIDGET (self->party_row);
  if (chosen_party (self) == ALIGNMENT_PARTY_UNKNOWN)
    return g_strdup (_("Choose the answering party: whose trust in the other party these answers give."));

  *field = GTK_WIDGET (self->items_list);
  if (strspn (answers, "-") == ALIGNMENT_SURVEY_N_ITEMS)
    return g_strdup (_("Answer at least one statement."));

  *field = NULL;
  return NULL;
}

static void
update_problem (AlignmentSurveyEntry *self)
{
  GtkWidget *field = NULL;

  g_free (self->problem);
  self->problem = find_problem (self, &field);

  if (self->tried)
    {
      gtk_label_set_text (self->problem_label, self->problem != NULL ? self->problem : "");
      gtk_widget_set_visible (GTK_WIDGET (self->problem_label), self->problem != NULL);
      gtk_widget_add_css_class (GTK_WIDGET (self->problem_label), "error");
    }
}

const char *
alignment_survey_entry_get_problem (AlignmentSurveyEntry *self)
{
  g_return_val_if_fail (ALIGNMENT_IS_SURVEY_ENTRY (self), NULL);

  return self->problem;
}

guint
alignment_survey_entry_get_n_added (AlignmentSurveyEntry *self)
{
  g_return_val_if_fail (ALIGNMENT_IS_SURVEY_ENTRY (self), 0);

  return self->n_added;
}

/* ---- Rounds --------------------------------------------------------------- */

static void
update_round_fields (AlignmentSurveyEntry *self)
{
  gboolean new_round = chosen_round (self) == NULL;

  gtk_widget_set_visible (GTK_WIDGET (self->name_row), new_round);
  gtk_widget_set_visible (GTK_WIDGET (self->date_row), new_round);
  update_problem (self);
}

static void
fill_rounds (AlignmentSurveyEntry *self,
             AlignmentSurveyRound *select)
{
  GListModel *rounds = G_LIST_MODEL (alignment_case_get_survey_rounds (entry_case (self)));
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  guint selected = 0;

  g_ptr_array_set_size (self->rounds, 0);
  gtk_string_list_append (names, _("New Round"));
  for (guint i = 0; i < g_list_model_get_n_items (rounds); i++)
    {
      g_autoptr(AlignmentSurveyRound) round = g_list_model_get_item (rounds, i);
      char date[64];
      g_autofree char *label = NULL;

      alignment_date_format_local (alignment_survey_round_get_date (round), date, sizeof date);
      /* Translators: a survey round to choose: its name and date */
      label = *date != '\0' ? g_strdup_printf (_("%s (%s)"), alignment_survey_round_get_name (round), date)
                            : g_strdup (alignment_survey_round_get_name (round));
      gtk_string_list_append (names, label);
      g_ptr_array_add (self->rounds, g_object_ref (round));
      if (round == select)
        selected = i + 1;
    }

  adw_combo_row_set_model (self->round_row, G_LIST_MODEL (names));
  adw_combo_row_set_selected (self->round_row, selected);
  update_round_fields (self);
}

static void
round_selected_cb (AlignmentSurveyEntry *self)
{
  update_round_fields (self);
}

/* ---- The statements ------------------------------------------------------- */

static int
focused_item (AlignmentSurveyEntry *self)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));

  if (focus == NULL)
    return -1;
  for (guint i = 0; i < ALIGNMENT_SURVEY_N_ITEMS; i++)
    if (focus == self->rows[i] || gtk_widget_is_ancestor (focus, self->rows[i]))
      return (int) i;
  return -1;
}

static gboolean
items_key_pressed_cb (GtkEventControllerKey *controller,
                      guint                  keyval,
                      guint                  keycode,
                      GdkModifierType        state,
                      AlignmentSurveyEntry  *self)
{
  int index = focused_item (self);
  guint answer;

  if (index < 0 || (state & (GDK_CONTROL_MASK | GDK_ALT_MASK)) != 0)
    return FALSE;

  if (keyval >= GDK_KEY_0 && keyval <= GDK_KEY_9)
    answer = keyval - GDK_KEY_0;
  else if (keyval >= GDK_KEY_KP_0 && keyval <= GDK_KEY_KP_9)
    answer = keyval - GDK_KEY_KP_0;
  else if (keyval == GDK_KEY_Delete || keyval == GDK_KEY_KP_Delete || keyval == GDK_KEY_BackSpace)
    answer = 0;
  else
    return FALSE;

  if (answer > ALIGNMENT_SURVEY_MAX_ANSWER)
    {
      gtk_widget_error_bell (GTK_WIDGET (self));
      return TRUE;
    }

  set_answer (self, index, answer);
  /* Delete takes an answer back; 0 skips a statement left blank. */
  if (keyval == GDK_KEY_Delete || keyval == GDK_KEY_KP_Delete || keyval == GDK_KEY_BackSpace)
    focus_item (self, index);
  else if (index + 1 < ALIGNMENT_SURVEY_N_ITEMS)
    focus_item (self, index + 1);
  else
    gtk_widget_grab_focus (self->edit_response != NULL ? self->add_button : self->next_button);
  return TRUE;
}

static void
point_toggled_cb (AlignmentSurveyEntry *self)
{
  update_problem (self);
}

static void
clear_clicked_cb (GtkButton            *button,
                  AlignmentSurveyEntry *self)
{
  for (guint i = 0; i < ALIGNMENT_SURVEY_N_ITEMS; i++)
    if (gtk_widget_is_ancestor (GTK_WIDGET (button), self->rows[i]))
      set_answer (self, i, 0);
}

static void
add_item_row (AlignmentSurveyEntry *self,
              guint                 index,
              const char           *text)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  GtkWidget *scale = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
  GtkWidget *label;
  GtkWidget *clear;
  g_autofree char *statement = NULL;

  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_set_focusable (row, FALSE);
  gtk_widget_set_margin_top (box, 10);
  gtk_widget_set_margin_bottom (box, 10);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);

  /* Translators: a survey statement with its number, "3. text" */
  statement = g_strdup_printf (_("%u. %s"), index + 1, text);
  label = gtk_label_new (statement);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_box_append (GTK_BOX (box), label);

  gtk_accessible_update_property (GTK_ACCESSIBLE (scale), GTK_ACCESSIBLE_PROPERTY_LABEL, statement, -1);
  for (guint p = 0; p < N_POINTS; p++)
    {
      g_autofree char *number = g_strdup_printf ("%u", p + ALIGNMENT_SURVEY_MIN_ANSWER);
      GtkWidget *point = gtk_toggle_button_new_with_label (number);

      gtk_widget_set_tooltip_text (point, _(point_meanings[p]));
      gtk_widget_set_size_request (point, 40, -1);
      gtk_widget_add_css_class (point, "circular");
      if (p > 0)
        gtk_toggle_button_set_group (GTK_TOGGLE_BUTTON (point), self->points[index][0]);
      g_signal_connect_object (point, "toggled", G_CALLBACK (point_toggled_cb), self, G_CONNECT_SWAPPED);
      gtk_box_append (GTK_BOX (scale), point);
      self->points[index][p] = GTK_TOGGLE_BUTTON (point);
    }

  clear = gtk_button_new_from_icon_name ("edit-clear-symbolic");
  gtk_widget_set_tooltip_text (clear, _("Leave Unanswered"));
  gtk_widget_add_css_class (clear, "flat");
  gtk_widget_set_hexpand (clear, TRUE);
  gtk_widget_set_halign (clear, GTK_ALIGN_END);
  g_signal_connect_object (clear, "clicked", G_CALLBACK (clear_clicked_cb), self, 0);
  gtk_box_append (GTK_BOX (scale), clear);

  gtk_box_append (GTK_BOX (box), scale);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_list_box_append (self->items_list, row);
  self->rows[index] = row;
}

static void
add_item_rows (AlignmentSurveyEntry *self)
{
  GListModel *items = G_LIST_MODEL (alignment_case_get_survey_items (entry_case (self)));
  g_autoptr(GListStore) defaults = NULL;

  /* A case without a survey gets the default questionnaire with its
   * first round; the form shows it already. */
  if (g_list_model_get_n_items (items) == 0)
    {
      defaults = g_list_store_new (ALIGNMENT_TYPE_SURVEY_ITEM);
      alignment_survey_add_default (defaults);
      items = G_LIST_MODEL (defaults);
    }

  for (guint i = 0; i < ALIGNMENT_SURVEY_N_ITEMS; i++)
    {
      AlignmentSurveyItem *item = alignment_survey_lookup_item (items, i + 1);

      add_item_row (self, i, item != NULL ? alignment_survey_item_get_text (item) : alignment_survey_default_text (i + 1));
    }
}

/* ---- Adding --------------------------------------------------------------- */

static gboolean
refuse_if_problem (AlignmentSurveyEntry *self)
{
  GtkWidget *field = NULL;

  self->tried = TRUE;
  update_problem (self);
  if (self->problem == NULL)
    return FALSE;

  g_free (find_problem (self, &field));
  if (field == GTK_WIDGET (self->items_list))
    focus_item (self, 0);
  else if (field != NULL)
    gtk_widget_grab_focus (field);
  gtk_widget_error_bell (GTK_WIDGET (self));
  return TRUE;
}

static void
fill_response (AlignmentSurveyEntry    *self,
               AlignmentSurveyResponse *response)
{
  g_autofree char *answers = alignment_survey_entry_dup_answers (self);
  g_autofree char *respondent = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->respondent_row))));

  alignment_survey_response_set_party (response, chosen_party (self));
  alignment_survey_response_set_respondent (response, respondent);
  alignment_survey_response_set_answers (response, answers);
}

/* Adds the response on the form, and its round when it is new, as one
 * step; returns the round, or NULL when the form refuses. */
static AlignmentSurveyRound *
add_response (AlignmentSurveyEntry *self)
{
  AlignmentHistory *history = alignment_document_get_history (self->document);
  AlignmentSurveyRound *round;
  g_autoptr(AlignmentSurveyRound) new_round = NULL;
  g_autoptr(AlignmentSurveyResponse) response = NULL;

  if (refuse_if_problem (self))
    return NULL;

  response = alignment_survey_response_new (chosen_party (self));
  fill_response (self, response);

  round = chosen_round (self);
  alignment_history_begin_group (history);
  if (round == NULL)
    {
      g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->name_row))));

      new_round = alignment_survey_round_new (name, chosen_date (self));
      g_list_store_append (alignment_survey_round_get_responses (new_round), response);
      alignment_case_add_survey_round (entry_case (self), new_round);
      round = new_round;
    }
  else
    g_list_store_append (alignment_survey_round_get_responses (round), response);
  alignment_history_end_group (history);
  alignment_history_break_merge (history);

  self->n_added++;
  return round;
}

static void
save_response (AlignmentSurveyEntry *self)
{
  AlignmentHistory *history = alignment_document_get_history (self->document);

  if (refuse_if_problem (self))
    return;

  alignment_history_begin_group (history);
  fill_response (self, self->edit_response);
  alignment_history_end_group (history);
  alignment_history_break_merge (history);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  AlignmentSurveyEntry *self = ALIGNMENT_SURVEY_ENTRY (widget);

  if (self->edit_response != NULL)
    save_response (self);
  else if (add_response (self) != NULL)
    gtk_window_destroy (GTK_WINDOW (self));
}

static void
add_next_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  AlignmentSurveyEntry *self = ALIGNMENT_SURVEY_ENTRY (widget);
  AlignmentSurveyRound *round;
  g_autofree char *done = NULL;

  if (self->edit_response != NULL)
    return;
  round = add_response (self);
  if (round == NULL)
    return;

  /* The next respondent answers in the same round, most often for the
   * same party: only the role and the answers start again. */
  fill_rounds (self, round);
  gtk_editable_set_text (GTK_EDITABLE (self->respondent_row), "");
  for (guint i = 0; i < ALIGNMENT_SURVEY_N_ITEMS; i++)
    set_answer (self, i, 0);
  self->tried = FALSE;
  update_problem (self);

  /* Translators: said after Add and Next; %u responses, %s a round */
  done = g_strdup_printf (ngettext ("Added %u response to “%s”. Next respondent:",
                                    "Added %u responses to “%s”. Next respondent:", self->n_added),
                          self->n_added, alignment_survey_round_get_name (round));
  gtk_label_set_text (self->problem_label, done);
  gtk_widget_remove_css_class (GTK_WIDGET (self->problem_label), "error");
  gtk_widget_set_visible (GTK_WIDGET (self->problem_label), TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->respondent_row));
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  AlignmentSurveyEntry *self = ALIGNMENT_SURVEY_ENTRY (widget);
  GListStore *responses;
  guint position;

  if (self->edit_response == NULL)
    return;

  responses = alignment_survey_round_get_responses (self->edit_round);
  if (g_list_store_find (responses, self->edit_response, &position))
    {
      AlignmentHistory *history = alignment_document_get_history (self->document);

      alignment_history_begin_group (history);
      g_list_store_remove (responses, position);
      alignment_history_end_group (history);
    }
  gtk_window_destroy (GTK_WINDOW (self));
}

/* ---- Setup ---------------------------------------------------------------- */

static void
fill_parties (AlignmentSurveyEntry *self)
{
  AlignmentCase *kase = entry_case (self);
  g_autoptr(GtkStringList) parties = gtk_string_list_new (NULL);
  g_autofree char *customer = NULL;
  g_autofree char *provider = NULL;

  /* Translators: the answering party, not chosen yet */
  gtk_string_list_append (parties, _("Choose…"));
  /* Translators: the answering party, with the case's name for it */
  customer = g_strdup_printf (_("Customer: %s"), alignment_case_get_party_name (kase, ALIGNMENT_PARTY_CUSTOMER));
  /* Translators: the answering party, with the case's name for it */
  provider = g_strdup_printf (_("Provider: %s"), alignment_case_get_party_name (kase, ALIGNMENT_PARTY_PROVIDER));
  gtk_string_list_append (parties, customer);
  gtk_string_list_append (parties, provider);
  adw_combo_row_set_model (self->party_row, G_LIST_MODEL (parties));
  adw_combo_row_set_selected (self->party_row, 0);
}

static void
alignment_survey_entry_setup (AlignmentSurveyEntry *self,
                              AlignmentDocument    *document)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  guint32 today = alignment_date_from_ymd (g_date_time_get_year (now), g_date_time_get_month (now),
                                           g_date_time_get_day_of_month (now));
  GListModel *rounds;
  guint n_rounds;
  char date[16];

  self->document = g_object_ref (document);
  rounds = G_LIST_MODEL (alignment_case_get_survey_rounds (entry_case (self)));
  n_rounds = g_list_model_get_n_items (rounds);

  fill_parties (self);
  add_item_rows (self);
  alignment_date_format_iso (today, date);
  gtk_editable_set_text (GTK_EDITABLE (self->date_row), date);

  /* Answers are most often typed in for the latest round. */
  if (n_rounds > 0)
    {
      g_autoptr(AlignmentSurveyRound) latest = g_list_model_get_item (rounds, n_rounds - 1);

      fill_rounds (self, latest);
    }
  else
    fill_rounds (self, NULL);

  g_signal_connect_object (self->round_row, "notify::selected", G_CALLBACK (round_selected_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->party_row, "notify::selected", G_CALLBACK (update_problem), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->name_row, "changed", G_CALLBACK (update_problem), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->date_row, "changed", G_CALLBACK (update_problem), self, G_CONNECT_SWAPPED);
  update_problem (self);
}

static void
alignment_survey_entry_dispose (GObject *object)
{
  AlignmentSurveyEntry *self = ALIGNMENT_SURVEY_ENTRY (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), ALIGNMENT_TYPE_SURVEY_ENTRY);
  g_clear_object (&self->document);
  g_clear_object (&self->edit_round);
  g_clear_object (&self->edit_response);

  G_OBJECT_CLASS (alignment_survey_entry_parent_class)->dispose (object);
}

static void
alignment_survey_entry_finalize (GObject *object)
{
  AlignmentSurveyEntry *self = ALIGNMENT_SURVEY_ENTRY (object);

  g_ptr_array_unref (self->rounds);
  g_free (self->problem);

  G_OBJECT_CLASS (alignment_survey_entry_parent_class)->finalize (object);
}

static void
alignment_survey_entry_class_init (AlignmentSurveyEntryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = alignment_survey_entry_dispose;
  object_class->finalize = alignment_survey_entry_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/Alignment/alignment-survey-entry.ui");
  gtk_widget_class_bind_template_child (widget_class, AlignmentSurveyEntry, round_group);
  gtk_widget_class_bind_template_child (widget_class, AlignmentSurveyEntry, round_row);
  gtk_widget_class_bind_template_child (widget_class, AlignmentSurveyEntry, name_row);
  gtk_widget_class_bind_template_child (widget_class, AlignmentSurveyEntry, date_row);
  gtk_widget_class_bind_template_child (widget_class, AlignmentSurveyEntry, party_row);
  gtk_widget_class_bind_template_child (widget_class, AlignmentSurveyEntry, respondent_row);
  gtk_widget_class_bind_template_child (widget_class, AlignmentSurveyEntry, items_list);
  gtk_widget_class_bind_template_child (widget_class, AlignmentSurveyEntry, add_button);
  gtk_widget_class_bind_template_child (widget_class, AlignmentSurveyEntry, next_button);
  gtk_widget_class_bind_template_child (widget_class, AlignmentSurveyEntry, delete_button);
  gtk_widget_class_bind_template_child (widget_class, AlignmentSurveyEntry, problem_label);

  gtk_widget_class_install_action (widget_class, "entry.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "entry.add-next", NULL, add_next_action);
  gtk_widget_class_install_action (widget_class, "entry.delete", NULL, delete_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK, "entry.add", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, GDK_CONTROL_MASK, "entry.add", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "entry.add-next", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
alignment_survey_entry_init (AlignmentSurveyEntry *self)
{
  GtkEventController *keys;

  gtk_widget_init_template (GTK_WIDGET (self));
  self->rounds = g_ptr_array_new_with_free_func (g_object_unref);

  keys = gtk_event_controller_key_new ();
  g_signal_connect (keys, "key-pressed", G_CALLBACK (items_key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->items_list), keys);
}

AlignmentSurveyEntry *
alignment_survey_entry_new (GtkWindow         *parent,
                            AlignmentDocument *document)
{
  AlignmentSurveyEntry *self;

  g_return_val_if_fail (ALIGNMENT_IS_DOCUMENT (document), NULL);

  self = g_object_new (ALIGNMENT_TYPE_SURVEY_ENTRY, "transient-for", parent, NULL);
  alignment_survey_entry_setup (self, document);
  return self;
}

AlignmentSurveyEntry *
alignment_survey_entry_new_for_response (GtkWindow               *parent,
                                         AlignmentDocument       *document,
                                         AlignmentSurveyRound    *round,
                                         AlignmentSurveyResponse *response)
{
  AlignmentSurveyEntry *self;

  g_return_val_if_fail (ALIGNMENT_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (ALIGNMENT_IS_SURVEY_ROUND (round), NULL);
  g_return_val_if_fail (ALIGNMENT_IS_SURVEY_RESPONSE (response), NULL);

  self = g_object_new (ALIGNMENT_TYPE_SURVEY_ENTRY,
                       "transient-for", parent,
                       "title", _("Edit Survey Response"),
                       NULL);
  self->edit_round = g_object_ref (round);
  self->edit_response = g_object_ref (response);
  alignment_survey_entry_setup (self, document);

  gtk_widget_set_sensitive (GTK_WIDGET (self->round_row), FALSE);
  gtk_widget_set_visible (self->next_button, FALSE);
  gtk_widget_set_visible (self->delete_button, TRUE);
  gtk_button_set_label (GTK_BUTTON (self->add_button), _("_Save"));
  gtk_widget_set_tooltip_text (self->add_button, _("Save the Changes (Ctrl+Enter)"));
  fill_rounds (self, round);

  adw_combo_row_set_selected (self->party_row, alignment_survey_response_get_party (response) == ALIGNMENT_PARTY_PROVIDER ? 2 : 1);
  gtk_editable_set_text (GTK_EDITABLE (self->respondent_row), alignment_survey_response_get_respondent (response));
  for (guint i = 0; i < ALIGNMENT_SURVEY_N_ITEMS; i++)
    set_answer (self, i, alignment_survey_response_get_answer (response, i + 1));
  return self;
}
