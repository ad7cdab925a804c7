/* alignment-survey-view.c
 *
 * Every number shown comes from the core (scores, asymmetry, findings)
 * and the figure from the render layer's trend painter, the one that
 * prints and exports it; this file only lays them out.  The tables are
 * rows of labels with the roles of a table, so that screen readers walk
 * them by row and column.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "alignment-figure-title.h"
#include "alignment-survey-entry.h"
#include "alignment-survey-trend.h"
#include "alignment-survey-view.h"

/* Edits come a keystroke at a time: the view follows once per burst. */
#define REFRESH_DELAY_MS 150

struct _AlignmentSurveyView
{
  AdwBin             parent_instance;

  /* Template children */
  GtkStack          *stack;
  GtkWidget         *trend_area;
  GtkWidget         *score_table;
  GtkWidget         *asymmetry_table;
  GtkListBox        *findings_list;
  GtkListBox        *responses_list;

  AlignmentDocument *document;
  /* The document's history: every edit may move a score or a finding. */
  GSignalGroup      *history_signals;
  GPtrArray         *findings;       /* of AlignmentSurveyMismatch */
  GPtrArray         *finding_texts;  /* of char *, in the same order */
  guint              refresh_source;
  gboolean           stale;
  gboolean           has_rounds;
};

G_DEFINE_FINAL_TYPE (AlignmentSurveyView, alignment_survey_view, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_DOCUMENT,
  PROP_HAS_ROUNDS,
  N_PROPS
};

enum {
  SIGNALS_ACTIVATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint view_signals[N_SIGNALS];

static AlignmentCase *
current_case (AlignmentSurveyView *self)
{
  return self->document != NULL ? alignment_document_get_case (self->document) : NULL;
}

/* ---- The trend ---------------------------------------------------------------- */

static const AlignmentPalette *
current_palette (void)
{
  AdwStyleManager *style = adw_style_manager_get_default ();
  gboolean dark = adw_style_manager_get_dark (style);
  AlignmentPaletteKind kind;

  if (adw_style_manager_get_high_contrast (style))
    kind = dark ? ALIGNMENT_PALETTE_HIGH_CONTRAST_DARK : ALIGNMENT_PALETTE_HIGH_CONTRAST;
  else
    kind = dark ? ALIGNMENT_PALETTE_DARK : ALIGNMENT_PALETTE_LIGHT;

  return alignment_palette_get (kind, ALIGNMENT_SCALE_RED_GREEN);
}

static void
trend_draw (GtkDrawingArea *area,
            cairo_t        *cr,
            int             width,
            int             height,
            gpointer        data)
{
  AlignmentSurveyView *self = data;
  AlignmentCase *c = current_case (self);

  if (c == NULL || !self->has_rounds)
    return;

  /* No title block: the window says which case this is. */
  alignment_survey_trend_paint (cr, c, current_palette (), FALSE, width, height);
}

static void
style_changed (AlignmentSurveyView *self)
{
  gtk_widget_queue_draw (self->trend_area);
}

/* ---- Tables ------------------------------------------------------------------ */

static void
clear_list (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
}

static void
clear_box (GtkWidget *box)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (box)) != NULL)
    gtk_box_remove (GTK_BOX (box), child);
}

/* A row of cells of equal width: the rows are as wide as the table, so
 * the columns line up. */
static GtkWidget *
table_row (GtkWidget *table)
{
  GtkWidget *row = g_object_new (GTK_TYPE_BOX,
                                 "accessible-role", GTK_ACCESSIBLE_ROLE_ROW,
                                 "homogeneous", TRUE,
                                 "spacing", 12,
                                 "margin-start", 12,
                                 "margin-end", 12,
                                 "margin-top", 6,
                                 "margin-bottom", 6,
                                 NULL);

  /* A line between rows for the eye; screen readers meet rows only. */
  if (gtk_widget_get_first_child (table) != NULL)
    gtk_box_append (GTK_BOX (table), g_object_new (GTK_TYPE_SEPARATOR,
                                                   "orientation", GTK_ORIENTATION_HORIZONTAL,
                                                   "accessible-role", GTK_ACCESSIBLE_ROLE_NONE,
                                                   NULL));
  gtk_box_append (GTK_BOX (table), row);
  return row;
}

/* A cell showing @markup; its accessible description @sentence (may be
 * NULL) says what it is for readers that do not announce headers. */
static GtkWidget *
table_cell (GtkWidget         *row,
            const char        *markup,
            GtkAccessibleRole  role,
            const char        *sentence,
            int                row_index,
            int                column_index)
{
  GtkWidget *label = g_object_new (GTK_TYPE_LABEL,
                                   "accessible-role", role,
                                   "xalign", 0.0f,
                                   "yalign", 0.0f,
                                   "wrap", TRUE,
                                   "wrap-mode", PANGO_WRAP_WORD_CHAR,
                                   "width-chars", 6,
                                   "use-markup", TRUE,
                                   "label", markup,
                                   NULL);

  if (role == GTK_ACCESSIBLE_ROLE_COLUMN_HEADER)
    gtk_widget_add_css_class (label, "heading");
  if (sentence != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (label),
                                    GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, sentence,
                                    -1);
  /* 1-based, counting the header row. */
  gtk_accessible_update_relation (GTK_ACCESSIBLE (label),
                                  GTK_ACCESSIBLE_RELATION_ROW_INDEX, row_index,
                                  GTK_ACCESSIBLE_RELATION_COL_INDEX, column_index,
                                  -1);
  gtk_box_append (GTK_BOX (row), label);
  return label;
}

/* "Round", then the realms by both their names. */
static void
header_row (GtkWidget  *table,
            const char *first,
            const char *second)
{
  GtkWidget *row = table_row (table);
  int column = 1;

  table_cell (row, first, GTK_ACCESSIBLE_ROLE_COLUMN_HEADER, NULL, 1, column++);
  if (second != NULL)
    table_cell (row, second, GTK_ACCESSIBLE_ROLE_COLUMN_HEADER, NULL, 1, column++);
  for (AlignmentRealm realm = 0; realm < ALIGNMENT_N_REALMS; realm++)
    {
      g_autofree char *markup = g_markup_printf_escaped ("%s\n<small>%s</small>", alignment_realm_get_label (realm),
                                                         alignment_realm_get_trust_dimension (realm));

      table_cell (row, markup, GTK_ACCESSIBLE_ROLE_COLUMN_HEADER, NULL, 1, column++);
    }
}

/* The round's name over its date. */
static char *
round_markup (AlignmentSurveyRound *round)
{
  g_autofree char *date = alignment_date_format_long (alignment_survey_round_get_date (round));
  const char *name = alignment_survey_round_get_name (round);

  if (*name == '\0')
    name = _("Unnamed round");
  if (*date == '\0')
    return g_markup_printf_escaped ("%s", name);
  return g_markup_printf_escaped ("%s\n<small>%s</small>", name, date);
}

static void
rebuild_scores (AlignmentSurveyView *self,
                AlignmentCase       *c,
                GPtrArray           *rounds)
{
  GListModel *items = G_LIST_MODEL (alignment_case_get_survey_items (c));
  int row_index = 2;

  header_row (self->score_table, _("Round"), _("Party"));
  for (guint i = 0; i < rounds->len; i++)
    {
      AlignmentSurveyRound *round = g_ptr_array_index (rounds, i);
      AlignmentSurveyScore scores[ALIGNMENT_N_PARTIES][ALIGNMENT_N_REALMS];
      g_autofree char *round_text = round_markup (round);

      alignment_survey_score_round (round, items, scores);
      for (AlignmentParty party = ALIGNMENT_PARTY_CUSTOMER; party <= ALIGNMENT_PARTY_PROVIDER; party++)
        {
          const char *party_name = alignment_case_get_party_name (c, party);
          g_autofree char *party_markup = g_markup_escape_text (party_name, -1);
          GtkWidget *row = table_row (self->score_table);
          int column = 1;

          table_cell (row, round_text, GTK_ACCESSIBLE_ROLE_ROW_HEADER, NULL, row_index, column++);
          table_cell (row, party_markup, GTK_ACCESSIBLE_ROLE_ROW_HEADER, NULL, row_index, column++);
          for (AlignmentRealm realm = 0; realm < ALIGNMENT_N_REALMS; realm++)
            {
              const AlignmentSurveyScore *s = &scores[ALIGNMENT_PARTY_INDEX (party)][realm];
              g_autofree char *markup = NULL;
              g_autofree char *sentence = NULL;
              g_autofree char *spread = NULL;

              if (s->n == 0)
                {
                  /* Translators: the score's cell when no respondent of
                   * the party answered enough of the realm's items. */
                  markup = g_markup_printf_escaped ("<span alpha=\"55%%\">%s</span>", _("no score"));
                  /* Translators: "Shipyard, Operational — good-faith
                   * effort, in “Q1 review”: no score" */
                  sentence = g_strdup_printf (_("%s, %s — %s, in “%s”: no score"), party_name,
                                              alignment_realm_get_label (realm),
                                              alignment_realm_get_trust_dimension (realm),
                                              alignment_survey_round_get_name (round));
                  table_cell (row, markup, GTK_ACCESSIBLE_ROLE_CELL, sentence, row_index, column++);
                  continue;
                }

              /* Translators: under a score, its number of respondents
               * and the lowest and highest of their scores. */
              spread = s->n > 1 ? g_strdup_printf (_("n = %u · %.2f–%.2f"), s->n, s->min, s->max)
                                : g_strdup_printf (_("n = %u"), s->n);
              markup = g_markup_printf_escaped ("<b>%.2f</b>\n<small>%s</small>", s->mean, spread);
              /* Translators: "Shipyard, Contractual — honesty in
               * exchange, in “Q1 review”: 5.25 from 2 respondents,
               * 4.50 to 6.00" */
              sentence = g_strdup_printf (ngettext ("%s, %s — %s, in “%s”: %.2f from %u respondent, %.2f to %.2f",
                                                    "%s, %s — %s, in “%s”: %.2f from %u respondents, %.2f to %.2f",
                                                    s->n),
                                          party_name, alignment_realm_get_label (realm),
                                          alignment_realm_get_trust_dimension (realm),
                                          alignment_survey_round_get_name (round),
                                          s->mean, s->n, s->min, s->max);
              table_cell (row, markup, GTK_ACCESSIBLE_ROLE_CELL, sentence, row_index, column++);
            }
          row_index++;
        }
    }

  gtk_accessible_update_relation (GTK_ACCESSIBLE (self->score_table),
                                  GTK_ACCESSIBLE_RELATION_ROW_COUNT, row_index - 1,
                                  GTK_ACCESSIBLE_RELATION_COL_COUNT, 2 + ALIGNMENT_N_REALMS,
                                  -1);
}

static void
rebuild_asymmetry (AlignmentSurveyView *self,
                   AlignmentCase       *c,
                   GPtrArray           *rounds)
{
  GListModel *items = G_LIST_MODEL (alignment_case_get_survey_items (c));
  int row_index = 2;

  header_row (self->asymmetry_table, _("Round"), NULL);
  for (guint i = 0; i < rounds->len; i++, row_index++)
    {
      AlignmentSurveyRound *round = g_ptr_array_index (rounds, i);
      AlignmentSurveyAsymmetry asymmetry[ALIGNMENT_N_REALMS];
      g_autofree char *round_text = round_markup (round);
      GtkWidget *row = table_row (self->asymmetry_table);
      int column = 1;

      alignment_survey_asymmetry_round (round, items, asymmetry);
      table_cell (row, round_text, GTK_ACCESSIBLE_ROLE_ROW_HEADER, NULL, row_index, column++);
      for (AlignmentRealm realm = 0; realm < ALIGNMENT_N_REALMS; realm++)
        {
          g_autofree char *text = alignment_survey_asymmetry_describe (c, &asymmetry[realm]);
          g_autofree char *markup = g_markup_escape_text (text, -1);
          /* Translators: "Contractual, in “Q1 review”: Shipyard trusts
           * IT provider more: …" */
          g_autofree char *sentence = g_strdup_printf (_("%s, in “%s”: %s"), alignment_realm_get_label (realm),
                                                       alignment_survey_round_get_name (round), text);
          GtkWidget *cell = table_cell (row, markup, GTK_ACCESSIBLE_ROLE_CELL, sentence, row_index, column++);

          /* An uneven realm stands out, in the style's own colour. */
          if (alignment_survey_asymmetry_is_uneven (&asymmetry[realm]))
            gtk_widget_add_css_class (cell, "warning");
        }
    }

  gtk_accessible_update_relation (GTK_ACCESSIBLE (self->asymmetry_table),
                                  GTK_ACCESSIBLE_RELATION_ROW_COUNT, row_index - 1,
                                  GTK_ACCESSIBLE_RELATION_COL_COUNT, 1 + ALIGNMENT_N_REALMS,
                                  -1);
}

/* ---- Findings --------------------------------------------------------------- */

static void
finding_button_clicked (GtkButton           *button,
                        AlignmentSurveyView *self)
{
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "finding"));

  alignment_survey_view_activate_finding (self, index);
}

static guint
count_dated_rounds (GPtrArray *rounds)
{
  guint n = 0;

  for (guint i = 0; i < rounds->len; i++)
    n += alignment_survey_round_get_date (g_ptr_array_index (rounds, i)) != 0;
  return n;
}

static void
rebuild_findings (AlignmentSurveyView *self,
                  AlignmentCase       *c,
                  GPtrArray           *rounds)
{
  GtkWidget *placeholder;

  clear_list (self->findings_list);
  g_ptr_array_set_size (self->findings, 0);
  g_ptr_array_set_size (self->finding_texts, 0);

  g_ptr_array_extend_and_steal (self->findings, alignment_survey_compare_log (c));
  for (guint i = 0; i < self->findings->len; i++)
    {
      const AlignmentSurveyMismatch *m = g_ptr_array_index (self->findings, i);
      g_autoptr(GString) ids = g_string_new (NULL);
      g_autofree char *subtitle = NULL;
      char *text = alignment_survey_mismatch_describe (c, m);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *button;

      g_ptr_array_add (self->finding_texts, text);
      for (guint j = 0; j < m->signal_ids->len; j++)
        g_string_append_printf (ids, j == 0 ? "%s" : ", %s", (const char *) g_ptr_array_index (m->signal_ids, j));
      /* Translators: under a survey finding, the ids of the signals it
       * counted: "Signals 1b, 2c". */
      subtitle = g_strdup_printf (ngettext ("Signal %s", "Signals %s", m->signal_ids->len), ids->str);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), text);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);

      button = gtk_button_new_with_mnemonic (_("Show on _Timeline"));
      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      gtk_widget_set_tooltip_text (button, _("Highlight the signals of this finding on the timeline"));
      g_object_set_data (G_OBJECT (button), "finding", GUINT_TO_POINTER (i));
      g_signal_connect (button, "clicked", G_CALLBACK (finding_button_clicked), self);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
      gtk_list_box_append (self->findings_list, row);
    }

  placeholder = g_object_new (GTK_TYPE_LABEL,
                              "wrap", TRUE,
                              "xalign", 0.0f,
                              "margin-start", 12,
                              "margin-end", 12,
                              "margin-top", 12,
                              "margin-bottom", 12,
                              "label", count_dated_rounds (rounds) < 2
                                       ? _("Findings need two rounds with a date: the signals dated between them are compared with the change of the scores.")
                                       : _("The signal log agrees with every change of score between the rounds."),
                              NULL);
  gtk_widget_add_css_class (placeholder, "dim-label");
  gtk_list_box_set_placeholder (self->findings_list, placeholder);
}

/* ---- Responses ------------------------------------------------------------------ */

#define ROUND_KEY "alignment-round"
#define RESPONSE_KEY "alignment-response"

/* Opens the form that edits the response of @row: its answers, who gave
 * them, or its removal, each undoable. */
static void
response_row_activated (AdwActionRow        *row,
                        AlignmentSurveyView *self)
{
  AlignmentSurveyRound *round = g_object_get_data (G_OBJECT (row), ROUND_KEY);
  AlignmentSurveyResponse *response = g_object_get_data (G_OBJECT (row), RESPONSE_KEY);
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (self->document == NULL || !GTK_IS_WINDOW (root))
    return;
  gtk_window_present (GTK_WINDOW (alignment_survey_entry_new_for_response (GTK_WINDOW (root), self->document,
                                                                            round, response)));
}

static void
rebuild_responses (AlignmentSurveyView *self,
                   AlignmentCase       *c,
                   GPtrArray           *rounds)
{
  clear_list (self->responses_list);

  for (guint i = 0; i < rounds->len; i++)
    {
      AlignmentSurveyRound *round = g_ptr_array_index (rounds, i);
      GListModel *responses = G_LIST_MODEL (alignment_survey_round_get_responses (round));
      guint n = g_list_model_get_n_items (responses);

      for (guint j = 0; j < n; j++)
        {
          g_autoptr(AlignmentSurveyResponse) response = g_list_model_get_item (responses, j);
          const char *respondent = alignment_survey_response_get_respondent (response);
          AlignmentParty party = alignment_survey_response_get_party (response);
          g_autofree char *title = NULL;
          g_autofree char *subtitle = NULL;
          GtkWidget *row = adw_action_row_new ();
          GtkWidget *icon = gtk_image_new_from_icon_name ("go-next-symbolic");

          title = respondent != NULL && respondent[0] != '\0'
                  ? g_strdup (respondent)
                  /* Translators: a survey response without the respondent's
                   * name, by its place in its round */
                  : g_strdup_printf (_("Respondent %u"), j + 1);
          /* Translators: under a survey response: its round and the
           * answering party, "Q1 2024 review · Shipbuilder" */
          subtitle = g_strdup_printf (_("%s · %s"), alignment_survey_round_get_name (round),
                                      alignment_case_get_party_name (c, party));
          adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
          adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
          adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
          gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
          gtk_widget_set_tooltip_text (row, _("Correct or remove this response"));
          adw_action_row_add_suffix (ADW_ACTION_ROW (row), icon);
          g_object_set_data_full (G_OBJECT (row), ROUND_KEY, g_object_ref (round), g_object_unref);
          g_object_set_data_full (G_OBJECT (row), RESPONSE_KEY, g_object_ref (response), g_object_unref);
          g_signal_connect (row, "activated", G_CALLBACK (response_row_activated), self);
          gtk_list_box_append (self->responses_list, row);
        }
    }
}

/* ---- Refreshing ---------------------------------------------------------------- */

static void
set_has_rounds (AlignmentSurveyView *self,
                gboolean             has_rounds)
{
  if (self->has_rounds == has_rounds)
    return;

  self->has_rounds = has_rounds;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HAS_ROUNDS]);
}

void
alignment_survey_view_refresh (AlignmentSurveyView *self)
{
  AlignmentCase *c;
  g_autoptr(GPtrArray) rounds = NULL;

  g_return_if_fail (ALIGNMENT_IS_SURVEY_VIEW (self));

  g_clear_handle_id (&self->refresh_source, g_source_remove);
  self->stale = FALSE;
  c = current_case (self);

  clear_box (self->score_table);
  clear_box (self->asymmetry_table);
  if (c != NULL)
    rounds = alignment_survey_trend_rounds (c);

  set_has_rounds (self, rounds != NULL && rounds->len > 0);
  gtk_stack_set_visible_child_name (self->stack, self->has_rounds ? "survey" : "empty");
  if (self->has_rounds)
    {
      rebuild_scores (self, c, rounds);
      rebuild_asymmetry (self, c, rounds);
      rebuild_findings (self, c, rounds);
      rebuild_responses (self, c, rounds);
    }
  else
    {
      clear_list (self->findings_list);
      clear_list (self->responses_list);
      g_ptr_array_set_size (self->findings, 0);
      g_ptr_array_set_size (self->finding_texts, 0);
    }
  gtk_widget_queue_draw (self->trend_area);
}

static gboolean
refresh_cb (gpointer data)
{
  AlignmentSurveyView *self = data;

  self->refresh_source = 0;
  alignment_survey_view_refresh (self);
  return G_SOURCE_REMOVE;
}

/* Hidden, the view waits until it is shown: editing signals costs
 * nothing for a survey nobody looks at.  Whether there are rounds at
 * all is cheap, and the window's actions depend on it. */
static void
history_changed_cb (AlignmentSurveyView *self)
{
  AlignmentCase *c = current_case (self);

  set_has_rounds (self, c != NULL
                        && g_list_model_get_n_items (G_LIST_MODEL (alignment_case_get_survey_rounds (c))) > 0);
  self->stale = TRUE;
  if (self->refresh_source == 0 && gtk_widget_get_mapped (GTK_WIDGET (self)))
    self->refresh_source = g_timeout_add (REFRESH_DELAY_MS, refresh_cb, self);
}

static void
alignment_survey_view_map (GtkWidget *widget)
{
  AlignmentSurveyView *self = ALIGNMENT_SURVEY_VIEW (widget);

  GTK_WIDGET_CLASS (alignment_survey_view_parent_class)->map (widget);
  if (self->stale)
    alignment_survey_view_refresh (self);
}

/* ---- Public ------------------------------------------------------------------ */

AlignmentDocument *
alignment_survey_view_get_document (AlignmentSurveyView *self)
{
  g_return_val_if_fail (ALIGNMENT_IS_SURVEY_VIEW (self), NULL);

  return self->document;
}

void
alignment_survey_view_set_document (AlignmentSurveyView *self,
                                    AlignmentDocument   *document)
{
  g_return_if_fail (ALIGNMENT_IS_SURVEY_VIEW (self));
  g_return_if_fail (document == NULL || ALIGNMENT_IS_DOCUMENT (document));

  if (!g_set_object (&self->document, document))
    return;

  g_signal_group_set_target (self->history_signals,
                             document != NULL ? alignment_document_get_history (document) : NULL);
  history_changed_cb (self);
  /* Shown, it shows the new case at once; hidden, when next shown. */
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    alignment_survey_view_refresh (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);
}

gboolean
alignment_survey_view_get_has_rounds (AlignmentSurveyView *self)
{
  g_return_val_if_fail (ALIGNMENT_IS_SURVEY_VIEW (self), FALSE);

  return self->has_rounds;
}

guint
alignment_survey_view_get_n_findings (AlignmentSurveyView *self)
{
  g_return_val_if_fail (ALIGNMENT_IS_SURVEY_VIEW (self), 0);

  return self->finding_texts->len;
}

const char *
alignment_survey_view_get_finding (AlignmentSurveyView *self,
                                   guint                index)
{
  g_return_val_if_fail (ALIGNMENT_IS_SURVEY_VIEW (self), NULL);
  g_return_val_if_fail (index < self->finding_texts->len, NULL);

  return g_ptr_array_index (self->finding_texts, index);
}

void
alignment_survey_view_activate_finding (AlignmentSurveyView *self,
                                        guint                index)
{
  const AlignmentSurveyMismatch *m;
  AlignmentCase *c = current_case (self);
  g_autoptr(GArray) positions = g_array_new (FALSE, FALSE, sizeof (guint));

  g_return_if_fail (ALIGNMENT_IS_SURVEY_VIEW (self));

  if (c == NULL || index >= self->findings->len)
    return;

  m = g_ptr_array_index (self->findings, index);
  for (guint i = 0; i < m->signal_ids->len; i++)
    {
      int position = alignment_signal_list_find_id (alignment_case_get_signals (c),
                                                    g_ptr_array_index (m->signal_ids, i));

      if (position >= 0)
        g_array_append_val (positions, position);
    }
  g_signal_emit (self, view_signals[SIGNALS_ACTIVATED], 0, positions);
}

GtkWidget *
alignment_survey_view_get_score_table (AlignmentSurveyView *self)
{
  g_return_val_if_fail (ALIGNMENT_IS_SURVEY_VIEW (self), NULL);

  return self->score_table;
}

GtkWidget *
alignment_survey_view_get_asymmetry_table (AlignmentSurveyView *self)
{
  g_return_val_if_fail (ALIGNMENT_IS_SURVEY_VIEW (self), NULL);

  return self->asymmetry_table;
}

GtkWidget *
alignment_survey_view_get_trend_area (AlignmentSurveyView *self)
{
  g_return_val_if_fail (ALIGNMENT_IS_SURVEY_VIEW (self), NULL);

  return self->trend_area;
}

/* ---- GObject ------------------------------------------------------------------- */

GtkListBox *
alignment_survey_view_get_responses_list (AlignmentSurveyView *self)
{
  g_return_val_if_fail (ALIGNMENT_IS_SURVEY_VIEW (self), NULL);

  return self->responses_list;
}

static void
alignment_survey_view_dispose (GObject *object)
{
  AlignmentSurveyView *self = ALIGNMENT_SURVEY_VIEW (object);

  g_clear_handle_id (&self->refresh_source, g_source_remove);
  if (self->history_signals != NULL)
    g_signal_group_set_target (self->history_signals, NULL);
  g_clear_object (&self->history_signals);
  g_clear_object (&self->document);

  /* The bin lets its child go first: the template's disposal would
   * free the stack under the bin's pointer to it. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), ALIGNMENT_TYPE_SURVEY_VIEW);

  G_OBJECT_CLASS (alignment_survey_view_parent_class)->dispose (object);
}

static void
alignment_survey_view_finalize (GObject *object)
{
  AlignmentSurveyView *self = ALIGNMENT_SURVEY_VIEW (object);

  g_clear_pointer (&self->findings, g_ptr_array_unref);
  g_clear_pointer (&self->finding_texts, g_ptr_array_unref);

  G_OBJECT_CLASS (alignment_survey_view_parent_class)->finalize (object);
}

static void
alignment_survey_view_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  AlignmentSurveyView *self = ALIGNMENT_SURVEY_VIEW (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;

    case PROP_HAS_ROUNDS:
      g_value_set_boolean (value, self->has_rounds);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
alignment_survey_view_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  AlignmentSurveyView *self = ALIGNMENT_SURVEY_VIEW (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      alignment_survey_view_set_document (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
alignment_survey_view_class_init (AlignmentSurveyViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = alignment_survey_view_dispose;
  object_class->finalize = alignment_survey_view_finalize;
  object_class->get_property = alignment_survey_view_get_property;
  object_class->set_property = alignment_survey_view_set_property;
  widget_class->map = alignment_survey_view_map;

  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL, ALIGNMENT_TYPE_DOCUMENT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_HAS_ROUNDS] =
    g_param_spec_boolean ("has-rounds", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* The positions, in the case's list, of a finding's signals. */
  view_signals[SIGNALS_ACTIVATED] =
    g_signal_new ("signals-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1,
                  G_TYPE_ARRAY | G_SIGNAL_TYPE_STATIC_SCOPE);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/Alignment/alignment-survey-view.ui");
  gtk_widget_class_bind_template_child (widget_class, AlignmentSurveyView, stack);
  gtk_widget_class_bind_template_child (widget_class, AlignmentSurveyView, trend_area);
  gtk_widget_class_bind_template_child (widget_class, AlignmentSurveyView, score_table);
  gtk_widget_class_bind_template_child (widget_class, AlignmentSurveyView, asymmetry_table);
  gtk_widget_class_bind_template_child (widget_class, AlignmentSurveyView, findings_list);
  gtk_widget_class_bind_template_child (widget_class, AlignmentSurveyView, responses_list);
}

static void
alignment_survey_view_init (AlignmentSurveyView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->findings = g_ptr_array_new_with_free_func ((GDestroyNotify) alignment_survey_mismatch_free);
  self->finding_texts = g_ptr_array_new_with_free_func (g_free);

  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (self->trend_area), trend_draw, self, NULL);

  self->history_signals = g_signal_group_new (ALIGNMENT_TYPE_HISTORY);
  g_signal_group_connect_swapped (self->history_signals, "changed", G_CALLBACK (history_changed_cb), self);
  g_signal_group_connect_swapped (self->history_signals, "applied", G_CALLBACK (history_changed_cb), self);

  /* Follows the light, dark and high-contrast styles as they change. */
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (style_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (adw_style_manager_get_default (), "notify::high-contrast",
                           G_CALLBACK (style_changed), self, G_CONNECT_SWAPPED);
}
