/* alignment-survey-import-dialog.c: survey responses from a sheet, previewed
 *
 * Reading the file runs in a thread (a workbook is a zip to inflate);
 * importing the sheet read is cheap and runs again on the main thread
 * whenever the user changes the round's name, date or party.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "alignment-survey-import-dialog.h"

struct _AlignmentSurveyImportDialog
{
  AdwWindow              parent_instance;

  /* Template children */
  GtkStack              *stack;
  GtkSpinner            *spinner;
  AdwStatusPage         *unreadable_page;
  AdwEntryRow           *name_row;
  AdwEntryRow           *date_row;
  AdwComboRow           *party_row;
  GtkLabel              *problem_label;
  AdwPreferencesGroup   *responses_group;
  GtkListBox            *responses_list;
  AdwPreferencesGroup   *report_group;
  GtkLabel              *report_label;

  AlignmentDocument     *document;
  GFile                 *file;
  char                  *file_name;
  GCancellable          *cancellable;
  AlignmentSheet        *sheet;
  AlignmentSurveyImport *import;
  char                  *error;
  gboolean               busy;
};

G_DEFINE_FINAL_TYPE (AlignmentSurveyImportDialog, alignment_survey_import_dialog, ADW_TYPE_WINDOW)

enum
{
  SIGNAL_IMPORTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static AlignmentParty
chosen_party (AlignmentSurveyImportDialog *self)
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

/* ---- The preview ---------------------------------------------------------- */

static void
set_error (AlignmentSurveyImportDialog *self,
           const char                  *message)
{
  g_free (self->error);
  self->error = g_strdup (message);
  gtk_label_set_text (self->problem_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->problem_label), message != NULL);
}

static GtkWidget *
response_row (AlignmentSurveyImportDialog *self,
              AlignmentSurveyResponse     *response,
              GListModel                  *items)
{
  AlignmentCase *kase = alignment_document_get_case (self->document);
  AlignmentParty party = alignment_survey_response_get_party (response);
  const char *respondent = alignment_survey_response_get_respondent (response);
  g_autoptr(GString) subtitle = g_string_new (NULL);
  g_autofree char *title = NULL;
  GtkWidget *row = adw_action_row_new ();

  /* Translators: a response in the import preview: respondent, party */
  title = g_strdup_printf (_("%s, %s"),
                           *respondent != '\0' ? respondent : _("Respondent not named"),
                           alignment_case_get_party_name (kase, party));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);

  /* Translators: before the answers to items 1 to 12, '-' for none */
  g_string_append_printf (subtitle, _("Answers: %s"), alignment_survey_response_get_answers (response));
  for (AlignmentRealm realm = 0; realm < ALIGNMENT_N_REALMS; realm++)
    {
      double score;

      g_string_append (subtitle, " · ");
      if (alignment_survey_score_response (response, items, realm, &score))
        /* Translators: a realm and its score, "contractual 5.25" */
        g_string_append_printf (subtitle, _("%s %.2f"), alignment_realm_get_label (realm), score);
      else
        /* Translators: a realm with too few answers for a score */
        g_string_append_printf (subtitle, _("%s: too few answers"), alignment_realm_get_label (realm));
    }
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle->str);
  return row;
}

static void
show_import (AlignmentSurveyImportDialog *self)
{
  AlignmentCase *kase = alignment_document_get_case (self->document);
  GListModel *items = G_LIST_MODEL (alignment_case_get_survey_items (kase));
  g_autoptr(GListStore) defaults = NULL;
  GtkWidget *child;
  GListModel *responses;
  guint n;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->responses_list))) != NULL)
    gtk_list_box_remove (self->responses_list, child);

  if (self->import == NULL)
    {
      adw_preferences_group_set_description (self->responses_group, _("None: see above."));
      gtk_label_set_text (self->report_label, "");
      gtk_widget_set_visible (GTK_WIDGET (self->report_group), FALSE);
      return;
    }

  if (g_list_model_get_n_items (items) == 0)
    {
      defaults = g_list_store_new (ALIGNMENT_TYPE_SURVEY_ITEM);
      alignment_survey_add_default (defaults);
      items = G_LIST_MODEL (defaults);
    }

  responses = G_LIST_MODEL (alignment_survey_round_get_responses (self->import->round));
  n = g_list_model_get_n_items (responses);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AlignmentSurveyResponse) response = g_list_model_get_item (responses, i);

      gtk_list_box_append (self->responses_list, response_row (self, response, items));
    }
  {
    g_autofree char *description = NULL;
    char date[64];

    alignment_date_format_local (alignment_survey_round_get_date (self->import->round), date, sizeof date);
    /* Translators: above the import preview; %s is a date or empty */
    description = g_strdup_printf (ngettext ("%u response, dated %s", "%u responses, dated %s", n), n,
                                   *date != '\0' ? date : _("not dated"));
    adw_preferences_group_set_description (self->responses_group, description);
  }

  {
    g_autofree char *report = alignment_survey_import_report (self->import);

    gtk_label_set_text (self->report_label, report);
    gtk_widget_set_visible (GTK_WIDGET (self->report_group), TRUE);
  }
}

static void
run_import (AlignmentSurveyImportDialog *self)
{
  AlignmentCase *kase = alignment_document_get_case (self->document);
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  const char *date_text;
  guint32 date = 0;

  if (self->sheet == NULL)
    return;

  g_clear_pointer (&self->import, alignment_survey_import_free);
  name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->name_row))));
  date_text = gtk_editable_get_text (GTK_EDITABLE (self->date_row));
  if (*date_text != '\0' && (date = alignment_date_parse_loose (date_text, 0, NULL)) == 0)
    {
      g_autofree char *message = NULL;

      /* Translators: the text typed as the round's date */
      message = g_strdup_printf (_("“%s” is not a date: write it as 2024-03-31, or leave it empty to take the rows’ dates."), date_text);
      set_error (self, message);
    }
  else if (*name == '\0')
    set_error (self, _("Name the round, such as “Q1 2024 review”."));
  else
    {
      self->import = alignment_survey_import_sheet (kase, self->sheet, self->file_name, name,
                                                    chosen_party (self), date, &error);
      set_error (self, error != NULL ? error->message : NULL);
    }

  show_import (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "survey-import.import", self->import != NULL);
}

/* ---- Reading -------------------------------------------------------------- */

static void
read_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  GError *error = NULL;
  AlignmentSheet *sheet = alignment_sheet_read_file (G_FILE (task_data), NULL, cancellable, &error);

  if (sheet == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, sheet, (GDestroyNotify) alignment_sheet_free);
}

static void
read_done_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(GError) error = NULL;
  AlignmentSheet *sheet = g_task_propagate_pointer (G_TASK (result), &error);
  AlignmentSurveyImportDialog *self;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  self = ALIGNMENT_SURVEY_IMPORT_DIALOG (source);
  self->busy = FALSE;
  gtk_spinner_stop (self->spinner);
  if (sheet == NULL)
    {
      set_error (self, error->message);
      adw_status_page_set_description (self->unreadable_page, error->message);
      gtk_stack_set_visible_child_name (self->stack, "unreadable");
      return;
    }

  self->sheet = sheet;
  gtk_stack_set_visible_child_name (self->stack, "preview");
  run_import (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->name_row));
}

/* ---- Importing ------------------------------------------------------------ */

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  AlignmentSurveyImportDialog *self = ALIGNMENT_SURVEY_IMPORT_DIALOG (widget);
  AlignmentHistory *history = alignment_document_get_history (self->document);
  g_autoptr(AlignmentSurveyRound) round = NULL;

  if (self->import == NULL)
    {
      gtk_widget_error_bell (widget);
      return;
    }

  round = g_object_ref (self->import->round);
  alignment_history_begin_group (history);
  alignment_case_add_survey_round (alignment_document_get_case (self->document), round);
  alignment_history_end_group (history);
  alignment_history_break_merge (history);

  g_signal_emit (self, signals[SIGNAL_IMPORTED], 0, round);
  gtk_window_destroy (GTK_WINDOW (self));
}

/* ---- Setup ---------------------------------------------------------------- */

gboolean
alignment_survey_import_dialog_get_busy (AlignmentSurveyImportDialog *self)
{
  g_return_val_if_fail (ALIGNMENT_IS_SURVEY_IMPORT_DIALOG (self), FALSE);

  return self->busy;
}

const AlignmentSurveyImport *
alignment_survey_import_dialog_get_import (AlignmentSurveyImportDialog *self)
{
  g_return_val_if_fail (ALIGNMENT_IS_SURVEY_IMPORT_DIALOG (self), NULL);

  return self->import;
}

const char *
alignment_survey_import_dialog_get_error (AlignmentSurveyImportDialog *self)
{
  g_return_val_if_fail (ALIGNMENT_IS_SURVEY_IMPORT_DIALOG (self), NULL);

  return self->error;
}

static void
alignment_survey_import_dialog_dispose (GObject *object)
{
  AlignmentSurveyImportDialog *self = ALIGNMENT_SURVEY_IMPORT_DIALOG (object);

  g_cancellable_cancel (self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), ALIGNMENT_TYPE_SURVEY_IMPORT_DIALOG);
  g_clear_object (&self->document);
  g_clear_object (&self->file);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->sheet, alignment_sheet_free);
  g_clear_pointer (&self->import, alignment_survey_import_free);

  G_OBJECT_CLASS (alignment_survey_import_dialog_parent_class)->dispose (object);
}

static void
alignment_survey_import_dialog_finalize (GObject *object)
{
  AlignmentSurveyImportDialog *self = ALIGNMENT_SURVEY_IMPORT_DIALOG (object);

  g_free (self->file_name);
  g_free (self->error);

  G_OBJECT_CLASS (alignment_survey_import_dialog_parent_class)->finalize (object);
}

static void
alignment_survey_import_dialog_class_init (AlignmentSurveyImportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = alignment_survey_import_dialog_dispose;
  object_class->finalize = alignment_survey_import_dialog_finalize;

  signals[SIGNAL_IMPORTED] = g_signal_new ("imported", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                           0, NULL, NULL, NULL, G_TYPE_NONE, 1, ALIGNMENT_TYPE_SURVEY_ROUND);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/Alignment/alignment-survey-import-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, AlignmentSurveyImportDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, AlignmentSurveyImportDialog, spinner);
  gtk_widget_class_bind_template_child (widget_class, AlignmentSurveyImportDialog, unreadable_page);
  gtk_widget_class_bind_template_child (widget_class, AlignmentSurveyImportDialog, name_row);
  gtk_widget_class_bind_template_child (widget_class, AlignmentSurveyImportDialog, date_row);
  gtk_widget_class_bind_template_child (widget_class, AlignmentSurveyImportDialog, party_row);
  gtk_widget_class_bind_template_child (widget_class, AlignmentSurveyImportDialog, problem_label);
  gtk_widget_class_bind_template_child (widget_class, AlignmentSurveyImportDialog, responses_group);
  gtk_widget_class_bind_template_child (widget_class, AlignmentSurveyImportDialog, responses_list);
  gtk_widget_class_bind_template_child (widget_class, AlignmentSurveyImportDialog, report_group);
  gtk_widget_class_bind_template_child (widget_class, AlignmentSurveyImportDialog, report_label);

  gtk_widget_class_install_action (widget_class, "survey-import.import", NULL, import_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK, "survey-import.import", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, GDK_CONTROL_MASK, "survey-import.import", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
alignment_survey_import_dialog_init (AlignmentSurveyImportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->cancellable = g_cancellable_new ();
}

AlignmentSurveyImportDialog *
alignment_survey_import_dialog_new (GtkWindow         *parent,
                                    AlignmentDocument *document,
                                    GFile             *sheet)
{
  AlignmentSurveyImportDialog *self;
  AlignmentCase *kase;
  g_autoptr(GtkStringList) parties = NULL;
  g_autoptr(GTask) task = NULL;
  g_autofree char *customer = NULL;
  g_autofree char *provider = NULL;
  g_autofree char *base = NULL;
  char *dot;

  g_return_val_if_fail (ALIGNMENT_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (G_IS_FILE (sheet), NULL);

  self = g_object_new (ALIGNMENT_TYPE_SURVEY_IMPORT_DIALOG, "transient-for", parent, NULL);
  self->document = g_object_ref (document);
  self->file = g_object_ref (sheet);
  self->file_name = g_file_get_basename (sheet);
  kase = alignment_document_get_case (document);

  parties = gtk_string_list_new (NULL);
  /* Translators: no party given: each row names its own */
  gtk_string_list_append (parties, _("From the rows"));
  customer = g_strdup_printf (_("Customer: %s"), alignment_case_get_party_name (kase, ALIGNMENT_PARTY_CUSTOMER));
  provider = g_strdup_printf (_("Provider: %s"), alignment_case_get_party_name (kase, ALIGNMENT_PARTY_PROVIDER));
  gtk_string_list_append (parties, customer);
  gtk_string_list_append (parties, provider);
  adw_combo_row_set_model (self->party_row, G_LIST_MODEL (parties));

  /* The file's name is a fair first name for its round. */
  base = g_strdup (self->file_name);
  if ((dot = strrchr (base, '.')) != NULL && dot != base)
    *dot = '\0';
  gtk_editable_set_text (GTK_EDITABLE (self->name_row), base);

  g_signal_connect_object (self->name_row, "changed", G_CALLBACK (run_import), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->date_row, "changed", G_CALLBACK (run_import), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->party_row, "notify::selected", G_CALLBACK (run_import), self, G_CONNECT_SWAPPED);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "survey-import.import", FALSE);
  self->busy = TRUE;
  gtk_spinner_start (self->spinner);
  gtk_stack_set_visible_child_name (self->stack, "loading");

  task = g_task_new (self, self->cancellable, read_done_cb, NULL);
  g_task_set_task_data (task, g_object_ref (sheet), g_object_unref);
  g_task_run_in_thread (task, read_thread);
  return self;
}
