/* alignment-window-survey.c: the trust survey's answers into the case
 *
 * Add Survey Responses… (a form per respondent) and Import Survey
 * Responses… (a form tool's export, previewed).  Both add to the case
 * shown, each addition one step of its history; the Survey view's
 * buttons use the same actions.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "alignment-file-chooser.h"
#include "alignment-survey-entry.h"
#include "alignment-survey-import-dialog.h"
#include "alignment-window-private.h"

static void
survey_add_responses_action (GtkWidget  *widget,
                             const char *action_name,
                             GVariant   *parameter)
{
  AlignmentWindow *self = ALIGNMENT_WINDOW (widget);
  AlignmentSurveyEntry *entry;

  if (self->document == NULL)
    return;

  entry = alignment_survey_entry_new (GTK_WINDOW (self), self->document);
  gtk_window_present (GTK_WINDOW (entry));
}

static void
survey_imported_cb (AlignmentSurveyImportDialog *dialog,
                    AlignmentSurveyRound        *round,
                    AlignmentWindow             *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (alignment_survey_round_get_responses (round)));
  g_autofree char *title = NULL;

  /* Translators: a toast after importing survey responses as a round */
  title = g_strdup_printf (ngettext ("Added round “%s” with %u response", "Added round “%s” with %u responses", n),
                           alignment_survey_round_get_name (round), n);
  _alignment_window_toast (self, title);
}

static void
survey_chosen (AlignmentWindow *self,
               GFile           *file)
{
  AlignmentSurveyImportDialog *dialog;

  if (self->document == NULL)
    return;

  dialog = alignment_survey_import_dialog_new (GTK_WINDOW (self), self->document, file);
  g_signal_connect_object (dialog, "imported", G_CALLBACK (survey_imported_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
survey_import_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  AlignmentWindow *self = ALIGNMENT_WINDOW (widget);
  GtkFileChooser *chooser;

  if (self->document == NULL)
    return;
  chooser = _alignment_window_new_open_chooser (self, _("Import Survey Responses"), _("_Open"), survey_chosen);
  if (chooser == NULL)
    return;
  alignment_file_chooser_add_sheet_filters (chooser);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

void
_alignment_window_update_survey_actions (AlignmentWindow *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  gboolean has_case = self->document != NULL && !self->saving;

  gtk_widget_action_set_enabled (widget, "win.survey-add-responses", has_case);
  gtk_widget_action_set_enabled (widget, "win.survey-import", has_case);
}

void
_alignment_window_survey_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.survey-add-responses", NULL, survey_add_responses_action);
  gtk_widget_class_install_action (widget_class, "win.survey-import", NULL, survey_import_action);
}
