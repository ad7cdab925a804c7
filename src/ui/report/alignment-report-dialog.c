/* alignment-report-dialog.c: "Review Report…"
 *
 * The report is laid out in a GTask thread on a copy of the case (a big
 * case takes a moment, and the user may go on editing meanwhile), then
 * printed through AlignmentReportPrint on this thread, or written as a
 * PDF in the thread.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "alignment-figure-title.h"
#include "alignment-file-chooser.h"
#include "alignment-print-settings.h"
#include "alignment-report-dialog.h"
#include "alignment-report-print.h"

/* A case that spans more than this many quarters (a generated one, a
 * mistyped year) offers its latest ones; any range can still be typed. */
#define MAX_QUARTERS 200

struct _AlignmentReportDialog
{
  AdwWindow             parent_instance;

  /* Template children */
  AdwWindowTitle       *window_title;
  AdwComboRow          *period_row;
  AdwEntryRow          *from_row;
  AdwEntryRow          *to_row;
  GtkLabel             *problem_label;
  AdwComboRow          *paper_row;
  AdwComboRow          *language_row;
  GtkWidget            *progress_group;
  GtkLabel             *progress_label;
  GtkProgressBar       *progress_bar;

  AlignmentDocument    *document;
  GArray               *quarters;     /* guint32 pairs: first and last day */
  GCancellable         *cancellable;  /* of the job running, if any */
  GtkFileChooserNative *chooser;
  guint                 pulse_source;
  gboolean              busy;
};

G_DEFINE_FINAL_TYPE (AlignmentReportDialog, alignment_report_dialog, ADW_TYPE_WINDOW)

enum
{
  PROP_0,
  PROP_DOCUMENT,
  PROP_BUSY,
  N_PROPS
};

enum
{
  SAVED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint dialog_signals[N_SIGNALS];

static const char * const languages[] = { "en", "nl" };

/* ---- Defaults ------------------------------------------------------------------ */

AlignmentReportPaper
alignment_report_default_paper (void)
{
  g_autofree char *last = alignment_print_settings_dup_paper_name ();
  const char *name = last != NULL ? last : gtk_paper_size_get_default ();

  /* Another paper last time (legal, A3): the locale's, then. */
  if (last != NULL && !g_str_equal (last, GTK_PAPER_NAME_LETTER) && !g_str_equal (last, GTK_PAPER_NAME_A4))
    name = gtk_paper_size_get_default ();

  return g_strcmp0 (name, GTK_PAPER_NAME_LETTER) == 0 ? ALIGNMENT_REPORT_PAPER_LETTER : ALIGNMENT_REPORT_PAPER_A4;
}

const char *
alignment_report_default_language (void)
{
  const char * const *names = g_get_language_names ();

  return names[0] != NULL && g_str_has_prefix (names[0], "nl") ? "nl" : "en";
}

/* ---- Quarters -------------------------------------------------------------------- */

static guint32
quarter_start (guint32 julian)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, julian);
  g_date_set_day (&date, 1);
  g_date_set_month (&date, (GDateMonth) ((g_date_get_month (&date) - 1) / 3 * 3 + 1));
  return g_date_get_julian (&date);
}

static guint32
quarter_end (guint32 start)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, start);
  g_date_add_months (&date, 3);
  return g_date_get_julian (&date) - 1;
}

static char *
quarter_label (guint32 start)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, start);
  /* Translators: a quarter of a year in the report's period list,
   * "Q1 2024" (Dutch: "K1 2024") */
  return g_strdup_printf (_("Q%u %u"), (g_date_get_month (&date) - 1) / 3 + 1, g_date_get_year (&date));
}

/* The quarters from the case's first dated signal to its last, newest
 * first, and the default period's (a quarter too) wherever it falls. */
static void
fill_quarters (AlignmentReportDialog *self,
               guint32                default_from)
{
  AlignmentCase *c = alignment_document_get_case (self->document);
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  AlignmentSignal **signals;
  guint n, n_quarters = 0;
  guint32 first = 0, last = 0;

  signals = alignment_case_peek_signals (c, &n);
  for (guint i = 0; i < n; i++)
    {
      guint32 start = alignment_signal_get_start_julian (signals[i]);
      guint32 end = alignment_signal_get_end_julian (signals[i]);

      if (start != 0)
        {
          first = first == 0 ? start : MIN (first, start);
          last = MAX (last, start);
        }
      if (end != 0)
        {
          first = first == 0 ? end : MIN (first, end);
          last = MAX (last, end);
        }
    }
  if (default_from != 0)
    {
      first = first == 0 ? default_from : MIN (first, default_from);
      last = MAX (last, default_from);
    }

  g_array_set_size (self->quarters, 0);
  for (guint32 q = last != 0 ? quarter_start (last) : 0;
       q != 0 && q >= quarter_start (first) && n_quarters < MAX_QUARTERS;
       q = quarter_start (q - 1), n_quarters++)
    {
      guint32 range[2] = { q, quarter_end (q) };
      g_autofree char *label = quarter_label (q);

      g_array_append_vals (self->quarters, range, 2);
      gtk_string_list_append (names, label);
      if (q <= 1)
        break;
    }
  gtk_string_list_append (names, _("Custom range"));
  adw_combo_row_set_model (self->period_row, G_LIST_MODEL (names));
}

static guint
n_quarters (AlignmentReportDialog *self)
{
  return self->quarters->len / 2;
}

static gboolean
custom_chosen (AlignmentReportDialog *self)
{
  return adw_combo_row_get_selected (self->period_row) >= n_quarters (self);
}

/* ---- The period ------------------------------------------------------------------ */

static gboolean
parse_day (GtkEditable  *entry,
           guint32      *julian,
           const char   *empty_problem,
           const char   *example,
           char        **problem)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (entry)));

  *julian = *text != '\0' ? alignment_date_parse_loose (text, 0, NULL) : 0;
  if (*julian != 0)
    return TRUE;

  if (problem != NULL)
    *problem = *text == '\0'
               ? g_strdup (empty_problem)
               /* Translators: "13-13-2024" is not a date: type it as 2024-01-01. */
               : g_strdup_printf (_("“%s” is not a date: type it as %s."), text, example);
  return FALSE;
}

gboolean
alignment_report_dialog_get_period (AlignmentReportDialog  *self,
                                    guint32                *from,
                                    guint32                *to,
                                    char                  **problem)
{
  guint selected;
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;

  g_return_val_if_fail (ALIGNMENT_IS_REPORT_DIALOG (self), FALSE);
  g_return_val_if_fail (from != NULL && to != NULL, FALSE);

  selected = adw_combo_row_get_selected (self->period_row);
  if (selected < n_quarters (self))
    {
      *from = g_array_index (self->quarters, guint32, 2 * selected);
      *to = g_array_index (self->quarters, guint32, 2 * selected + 1);
      return TRUE;
    }

  if (!parse_day (GTK_EDITABLE (self->from_row), from,
                  _("Type the first day of the period, such as 2024-01-01."), "2024-01-01", problem)
      || !parse_day (GTK_EDITABLE (self->to_row), to,
                     _("Type the last day of the period, such as 2024-03-31."), "2024-03-31", problem))
    return FALSE;

  if (*to < *from)
    {
      if (problem != NULL)
        {
          first = alignment_date_format_long (*from);
          last = alignment_date_format_long (*to);
          *problem = g_strdup_printf (_("The period ends on %s, before it starts on %s."), last, first);
        }
      return FALSE;
    }

  return TRUE;
}

static void
set_row_error (GtkWidget *row,
               gboolean   error)
{
  if (error)
    gtk_widget_add_css_class (row, "error");
  else
    gtk_widget_remove_css_class (row, "error");
}

/* The one place that decides what can be done. */
static void
update_state (AlignmentReportDialog *self)
{
  g_autofree char *problem = NULL;
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;
  g_autofree char *subtitle = NULL;
  guint32 from = 0, to = 0;
  gboolean custom = custom_chosen (self);
  gboolean valid = alignment_report_dialog_get_period (self, &from, &to, &problem);
  guint32 typed;

  /* Torn down: nothing left to update. */
  if (self->period_row == NULL)
    return;

  gtk_widget_set_visible (GTK_WIDGET (self->from_row), custom);
  gtk_widget_set_visible (GTK_WIDGET (self->to_row), custom);
  gtk_widget_set_visible (GTK_WIDGET (self->problem_label), problem != NULL);
  gtk_label_set_text (self->problem_label, problem != NULL ? problem : "");
  set_row_error (GTK_WIDGET (self->from_row),
                 custom && !parse_day (GTK_EDITABLE (self->from_row), &typed, NULL, NULL, NULL));
  set_row_error (GTK_WIDGET (self->to_row),
                 custom && (!parse_day (GTK_EDITABLE (self->to_row), &typed, NULL, NULL, NULL)
                            || (valid == FALSE && from != 0 && to != 0)));

  /* The dates of the quarter, or of the range typed, in words. */
  if (valid)
    {
      first = alignment_date_format_long (from);
      last = alignment_date_format_long (to);
      subtitle = g_strdup_printf ("%s – %s", first, last);
    }
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->period_row), subtitle != NULL ? subtitle : "");

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "report.print", valid && !self->busy);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "report.save", valid && !self->busy);
  gtk_widget_set_sensitive (GTK_WIDGET (self->period_row), !self->busy);
  gtk_widget_set_sensitive (GTK_WIDGET (self->from_row), !self->busy);
  gtk_widget_set_sensitive (GTK_WIDGET (self->to_row), !self->busy);
  gtk_widget_set_sensitive (GTK_WIDGET (self->paper_row), !self->busy);
  gtk_widget_set_sensitive (GTK_WIDGET (self->language_row), !self->busy);
  gtk_widget_set_visible (self->progress_group, self->busy);
}

static void
set_dates (AlignmentReportDialog *self,
           guint32                from,
           guint32                to)
{
  char text[16];

  alignment_date_format_iso (from, text);
  gtk_editable_set_text (GTK_EDITABLE (self->from_row), text);
  alignment_date_format_iso (to, text);
  gtk_editable_set_text (GTK_EDITABLE (self->to_row), text);
}

static void
period_selected_cb (AlignmentReportDialog *self)
{
  guint selected = adw_combo_row_get_selected (self->period_row);

  if (self->quarters == NULL)
    return;

  /* A range starts from the quarter shown last: the user types only
   * what differs. */
  if (selected < n_quarters (self))
    set_dates (self,
               g_array_index (self->quarters, guint32, 2 * selected),
               g_array_index (self->quarters, guint32, 2 * selected + 1));
  update_state (self);
}

static void
dates_changed_cb (AlignmentReportDialog *self)
{
  if (self->quarters != NULL)
    update_state (self);
}

void
alignment_report_dialog_set_period (AlignmentReportDialog *self,
                                    guint32                from,
                                    guint32                to)
{
  g_return_if_fail (ALIGNMENT_IS_REPORT_DIALOG (self));

  for (guint i = 0; i < n_quarters (self); i++)
    if (g_array_index (self->quarters, guint32, 2 * i) == from
        && g_array_index (self->quarters, guint32, 2 * i + 1) == to)
      {
        adw_combo_row_set_selected (self->period_row, i);
        period_selected_cb (self);
        return;
      }

  adw_combo_row_set_selected (self->period_row, n_quarters (self));
  set_dates (self, from, to);
  update_state (self);
}

void
alignment_report_dialog_set_custom_range (AlignmentReportDialog *self,
                                          const char            *from,
                                          const char            *to)
{
  g_return_if_fail (ALIGNMENT_IS_REPORT_DIALOG (self));

  adw_combo_row_set_selected (self->period_row, n_quarters (self));
  gtk_editable_set_text (GTK_EDITABLE (self->from_row), from != NULL ? from : "");
  gtk_editable_set_text (GTK_EDITABLE (self->to_row), to != NULL ? to : "");
  update_state (self);
}

/* "Q1 2024" or "2024-01-01 to 2024-03-31": what a file name says of the
 * period. */
static char *
period_name (AlignmentReportDialog *self,
             guint32                from,
             guint32                to)
{
  char first[16], last[16];

  if (!custom_chosen (self))
    return quarter_label (from);

  alignment_date_format_iso (from, first);
  alignment_date_format_iso (to, last);
  /* Translators: a period in a file name, "2024-01-01 to 2024-03-31" */
  return g_strdup_printf (_("%s to %s"), first, last);
}

/* ---- Paper and language ------------------------------------------------------ */

AlignmentReportPaper
alignment_report_dialog_get_paper (AlignmentReportDialog *self)
{
  g_return_val_if_fail (ALIGNMENT_IS_REPORT_DIALOG (self), ALIGNMENT_REPORT_PAPER_A4);

  return adw_combo_row_get_selected (self->paper_row) == 1 ? ALIGNMENT_REPORT_PAPER_LETTER
                                                            : ALIGNMENT_REPORT_PAPER_A4;
}

void
alignment_report_dialog_set_paper (AlignmentReportDialog *self,
                                   AlignmentReportPaper   paper)
{
  g_return_if_fail (ALIGNMENT_IS_REPORT_DIALOG (self));

  adw_combo_row_set_selected (self->paper_row, paper == ALIGNMENT_REPORT_PAPER_LETTER ? 1 : 0);
}

const char *
alignment_report_dialog_get_language (AlignmentReportDialog *self)
{
  guint selected;

  g_return_val_if_fail (ALIGNMENT_IS_REPORT_DIALOG (self), "en");

  selected = adw_combo_row_get_selected (self->language_row);
  return languages[selected < G_N_ELEMENTS (languages) ? selected : 0];
}

void
alignment_report_dialog_set_language (AlignmentReportDialog *self,
                                      const char            *language)
{
  g_return_if_fail (ALIGNMENT_IS_REPORT_DIALOG (self));

  for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
    if (g_strcmp0 (language, languages[i]) == 0)
      adw_combo_row_set_selected (self->language_row, i);
}

/* ---- The job --------------------------------------------------------------------- */

typedef struct
{
  GBytes               *case_bytes;
  guint32               from;
  guint32               to;
  AlignmentReportPaper  paper;
  const char           *language;     /* static */
  GFile                *file;         /* the PDF to write; NULL to print */
  char                 *export_path;  /* print into this PDF, no dialog */
  char                 *job_name;
  GCancellable         *cancellable;
} ReportJob;

static void
report_job_free (gpointer data)
{
  ReportJob *job = data;

  g_clear_pointer (&job->case_bytes, g_bytes_unref);
  g_clear_object (&job->file);
  g_clear_object (&job->cancellable);
  g_free (job->export_path);
  g_free (job->job_name);
  g_free (job);
}

/* The painter writes to a path; a file without one (a portal's, a
 * remote folder's) gets a copy of a temporary file. */
static gboolean
write_pdf (AlignmentReport  *report,
           GFile            *file,
           GCancellable     *cancellable,
           GError          **error)
{
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *basename = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *temp = NULL;
  g_autoptr(GFile) source = NULL;
  gboolean ok;

  if (path != NULL)
    return alignment_report_write_pdf (report, path, error);

  dir = g_dir_make_tmp ("alignment-report-XXXXXX", error);
  if (dir == NULL)
    return FALSE;
  basename = g_file_get_basename (file);
  temp = g_build_filename (dir, basename, NULL);
  ok = alignment_report_write_pdf (report, temp, error);
  if (ok)
    {
      source = g_file_new_for_path (temp);
      ok = g_file_copy (source, file, G_FILE_COPY_OVERWRITE, cancellable, NULL, NULL, error);
    }
  g_remove (temp);
  g_rmdir (dir);
  return ok;
}

static void
report_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ReportJob *job = task_data;
  g_autoptr(AlignmentCase) c = NULL;
  g_autoptr(AlignmentReport) report = NULL;
  GError *error = NULL;
  gsize size;
  const char *bytes = g_bytes_get_data (job->case_bytes, &size);

  c = alignment_case_load_from_data (bytes, size, NULL, &error);
  if (c == NULL)
    {
      g_task_return_error (task, error);
      return;
    }

  report = alignment_report_new (c, job->from, job->to, job->paper, job->language);
  /* Lays it out, here rather than on the window's thread; for the print
   * operation, which draws on the window's thread, draws it here too. */
  alignment_report_get_n_pages (report);
  if (g_task_return_error_if_cancelled (task))
    return;
  if (job->file == NULL)
    alignment_report_record_pages (report);
  if (g_task_return_error_if_cancelled (task))
    return;

  if (job->file == NULL)
    g_task_return_pointer (task, g_steal_pointer (&report), (GDestroyNotify) alignment_report_free);
  else if (write_pdf (report, job->file, cancellable, &error))
    g_task_return_pointer (task, NULL, NULL);
  else
    g_task_return_error (task, error);
}

static gboolean
pulse_cb (gpointer data)
{
  AlignmentReportDialog *self = data;

  gtk_progress_bar_pulse (self->progress_bar);
  return G_SOURCE_CONTINUE;
}

static void
set_busy (AlignmentReportDialog *self,
          gboolean               busy,
          const char            *what)
{
  if (what != NULL)
    gtk_label_set_text (self->progress_label, what);
  if (self->busy == busy)
    return;

  self->busy = busy;
  if (busy)
    self->pulse_source = g_timeout_add (100, pulse_cb, self);
  else
    g_clear_handle_id (&self->pulse_source, g_source_remove);
  update_state (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
}

static void
show_error (AlignmentReportDialog *self,
            const char            *heading,
            const GError          *error,
            const char            *what_to_do)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, NULL);

  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog), "%s\n\n%s", error->message, what_to_do);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
print_report (AlignmentReportDialog *self,
              ReportJob             *job,
              AlignmentReport       *report)
{
  g_autoptr(AlignmentReportPrint) print = alignment_report_print_new (report, job->paper, job->job_name);
  g_autoptr(AlignmentReportDialog) alive = g_object_ref (self);
  g_autoptr(GError) error = NULL;
  GtkPrintOperationResult result;

  if (job->export_path != NULL)
    gtk_print_operation_set_export_filename (GTK_PRINT_OPERATION (print), job->export_path);

  /* Still busy while the system's dialog is up: one report at a time. */
  set_busy (self, TRUE, _("Printing the report…"));
  result = alignment_print_settings_run_own_paper (GTK_PRINT_OPERATION (print),
                                         job->export_path != NULL ? GTK_PRINT_OPERATION_ACTION_EXPORT
                                                                  : GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                                         GTK_WINDOW (self), &error);
  set_busy (self, FALSE, NULL);
  /* Closed while the system's dialog was up. */
  if (self->period_row == NULL)
    return;

  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    show_error (self, _("Could Not Print the Report"), error,
                _("Check the printer, or save the report as a PDF instead."));
  else if (result == GTK_PRINT_OPERATION_RESULT_APPLY)
    gtk_window_destroy (GTK_WINDOW (self));
}

static void
report_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  AlignmentReportDialog *self = ALIGNMENT_REPORT_DIALOG (source);
  ReportJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  AlignmentReport *report;

  report = g_task_propagate_pointer (G_TASK (result), &error);
  /* Cancelled, or the dialog closed meanwhile: nothing to show. */
  if (g_cancellable_is_cancelled (job->cancellable))
    {
      g_clear_pointer (&report, alignment_report_free);
      return;
    }
  g_clear_object (&self->cancellable);
  if (error != NULL || job->file != NULL)
    set_busy (self, FALSE, NULL);

  if (error != NULL)
    show_error (self, job->file != NULL ? _("Could Not Save the Report") : _("Could Not Print the Report"),
                error, job->file != NULL ? _("Choose another folder, or check that there is room on the disk.")
                                         : _("Check that the case can be saved, then try again."));
  else if (job->file != NULL)
    {
      g_signal_emit (self, dialog_signals[SAVED], 0, job->file);
      gtk_window_destroy (GTK_WINDOW (self));
    }
  else
    print_report (self, job, report);
}

static void
start_job (AlignmentReportDialog *self,
           GFile                 *file,
           const char            *export_path)
{
  g_autoptr(GTask) task = NULL;
  g_autofree char *title = NULL;
  ReportJob *job;
  guint32 from, to;

  if (self->busy || self->document == NULL || !alignment_report_dialog_get_period (self, &from, &to, NULL))
    return;

  job = g_new0 (ReportJob, 1);
  /* The thread reads a copy: the user may go on editing meanwhile. */
  job->case_bytes = alignment_case_to_bytes (alignment_document_get_case (self->document));
  job->from = from;
  job->to = to;
  job->paper = alignment_report_dialog_get_paper (self);
  job->language = alignment_report_dialog_get_language (self);
  job->file = file != NULL ? g_object_ref (file) : NULL;
  job->export_path = g_strdup (export_path);
  title = alignment_document_dup_title (self->document);
  /* Translators: the print queue's name of a report, "Case title – review report" */
  job->job_name = g_strdup_printf (_("%s – review report"), title);
  job->cancellable = g_cancellable_new ();
  g_set_object (&self->cancellable, job->cancellable);

  set_busy (self, TRUE, file != NULL ? _("Writing the report…") : _("Laying out the report…"));
  task = g_task_new (self, job->cancellable, report_done_cb, NULL);
  g_task_set_task_data (task, job, report_job_free);
  g_task_run_in_thread (task, report_thread);
}

void
alignment_report_dialog_print (AlignmentReportDialog *self,
                               const char            *export_path)
{
  g_return_if_fail (ALIGNMENT_IS_REPORT_DIALOG (self));

  start_job (self, NULL, export_path);
}

void
alignment_report_dialog_save (AlignmentReportDialog *self,
                              GFile                 *file)
{
  g_return_if_fail (ALIGNMENT_IS_REPORT_DIALOG (self));
  g_return_if_fail (G_IS_FILE (file));

  start_job (self, file, NULL);
}

gboolean
alignment_report_dialog_get_busy (AlignmentReportDialog *self)
{
  g_return_val_if_fail (ALIGNMENT_IS_REPORT_DIALOG (self), FALSE);

  return self->busy;
}

/* ---- Actions --------------------------------------------------------------------- */

static void
chooser_response_cb (GtkNativeDialog       *dialog,
                     int                    response,
                     AlignmentReportDialog *self)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = alignment_file_chooser_dup_file (GTK_FILE_CHOOSER (dialog));
  g_clear_object (&self->chooser);

  if (file != NULL)
    alignment_report_dialog_save (self, file);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  AlignmentReportDialog *self = ALIGNMENT_REPORT_DIALOG (widget);
  GFile *case_file = alignment_document_get_file (self->document);
  g_autoptr(GFile) folder = case_file != NULL ? g_file_get_parent (case_file) : NULL;
  g_autofree char *title = NULL;
  g_autofree char *period = NULL;
  g_autofree char *name = NULL;
  guint32 from, to;

  if (self->chooser != NULL || !alignment_report_dialog_get_period (self, &from, &to, NULL))
    return;

  self->chooser = gtk_file_chooser_native_new (_("Save the Review Report"), GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  alignment_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), _("PDF document"), "pdf", NULL);

  title = alignment_file_chooser_clean_name (alignment_document_dup_title (self->document));
  period = period_name (self, from, to);
  /* Translators: the suggested file name of a report: "Case title –
   * review report Q1 2024.pdf" */
  name = alignment_file_chooser_clean_name (g_strdup_printf (_("%s – review report %s.pdf"), title, period));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), name);
  /* The report goes with the case it is about. */
  if (folder != NULL)
    gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (self->chooser), folder, NULL);

  g_signal_connect (self->chooser, "response", G_CALLBACK (chooser_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  alignment_report_dialog_print (ALIGNMENT_REPORT_DIALOG (widget), NULL);
}

static void
stop_job (AlignmentReportDialog *self)
{
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
}

/* Escape stops a layout under way, then closes. */
static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  AlignmentReportDialog *self = ALIGNMENT_REPORT_DIALOG (widget);

  if (self->cancellable != NULL)
    {
      stop_job (self);
      set_busy (self, FALSE, NULL);
      return;
    }
  gtk_window_close (GTK_WINDOW (self));
}

/* ---- GObject ------------------------------------------------------------------- */

GtkWidget *
alignment_report_dialog_new (GtkWindow         *parent,
                             AlignmentDocument *document)
{
  g_return_val_if_fail (ALIGNMENT_IS_DOCUMENT (document), NULL);

  return g_object_new (ALIGNMENT_TYPE_REPORT_DIALOG,
                       "transient-for", parent,
                       "document", document,
                       NULL);
}

static void
alignment_report_dialog_constructed (GObject *object)
{
  AlignmentReportDialog *self = ALIGNMENT_REPORT_DIALOG (object);
  g_autofree char *title = NULL;
  guint32 from = 0, to = 0;

  G_OBJECT_CLASS (alignment_report_dialog_parent_class)->constructed (object);

  g_return_if_fail (self->document != NULL);

  title = alignment_document_dup_title (self->document);
  adw_window_title_set_subtitle (self->window_title, title);

  alignment_report_default_period (alignment_document_get_case (self->document), &from, &to);
  fill_quarters (self, from);
  alignment_report_dialog_set_period (self, from, to);
  alignment_report_dialog_set_paper (self, alignment_report_default_paper ());
  alignment_report_dialog_set_language (self, alignment_report_default_language ());
  update_state (self);
}

static void
alignment_report_dialog_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  AlignmentReportDialog *self = ALIGNMENT_REPORT_DIALOG (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;
    case PROP_BUSY:
      g_value_set_boolean (value, self->busy);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
alignment_report_dialog_set_property (GObject      *object,
                                      guint         prop_id,
                                      const GValue *value,
                                      GParamSpec   *pspec)
{
  AlignmentReportDialog *self = ALIGNMENT_REPORT_DIALOG (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      self->document = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
alignment_report_dialog_dispose (GObject *object)
{
  AlignmentReportDialog *self = ALIGNMENT_REPORT_DIALOG (object);

  stop_job (self);
  g_clear_handle_id (&self->pulse_source, g_source_remove);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);

  gtk_widget_dispose_template (GTK_WIDGET (self), ALIGNMENT_TYPE_REPORT_DIALOG);

  G_OBJECT_CLASS (alignment_report_dialog_parent_class)->dispose (object);
}

static void
alignment_report_dialog_finalize (GObject *object)
{
  AlignmentReportDialog *self = ALIGNMENT_REPORT_DIALOG (object);

  g_clear_object (&self->document);
  g_clear_pointer (&self->quarters, g_array_unref);

  G_OBJECT_CLASS (alignment_report_dialog_parent_class)->finalize (object);
}

static void
alignment_report_dialog_class_init (AlignmentReportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = alignment_report_dialog_constructed;
  object_class->dispose = alignment_report_dialog_dispose;
  object_class->finalize = alignment_report_dialog_finalize;
  object_class->get_property = alignment_report_dialog_get_property;
  object_class->set_property = alignment_report_dialog_set_property;

  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL, ALIGNMENT_TYPE_DOCUMENT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_BUSY] =
    g_param_spec_boolean ("busy", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  dialog_signals[SAVED] =
    g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_FILE);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/Alignment/alignment-report-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, AlignmentReportDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, AlignmentReportDialog, period_row);
  gtk_widget_class_bind_template_child (widget_class, AlignmentReportDialog, from_row);
  gtk_widget_class_bind_template_child (widget_class, AlignmentReportDialog, to_row);
  gtk_widget_class_bind_template_child (widget_class, AlignmentReportDialog, problem_label);
  gtk_widget_class_bind_template_child (widget_class, AlignmentReportDialog, paper_row);
  gtk_widget_class_bind_template_child (widget_class, AlignmentReportDialog, language_row);
  gtk_widget_class_bind_template_child (widget_class, AlignmentReportDialog, progress_group);
  gtk_widget_class_bind_template_child (widget_class, AlignmentReportDialog, progress_label);
  gtk_widget_class_bind_template_child (widget_class, AlignmentReportDialog, progress_bar);
  gtk_widget_class_bind_template_callback (widget_class, period_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, dates_changed_cb);

  gtk_widget_class_install_action (widget_class, "report.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "report.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "report.cancel", NULL, cancel_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "report.print", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "report.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "report.cancel", NULL);
}

static void
alignment_report_dialog_init (AlignmentReportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->quarters = g_array_new (FALSE, FALSE, sizeof (guint32));
}
