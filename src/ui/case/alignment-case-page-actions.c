/* alignment-case-page-actions.c: what the case page does when asked:
 * add, copy and delete signals, zoom, export and print the figure shown,
 * export the case
 *
 * The window installs the actions ("win.zoom-in", "win.print", …) and
 * their shortcuts, and decides which are enabled; these functions are
 * what they do.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "alignment-export.h"
#include "alignment-sheet-writer.h"
#include "alignment-figure-options.h"
#include "alignment-heatmap-painter.h"
#include "alignment-heatmap-print.h"
#include "alignment-print-settings.h"
#include "alignment-render-file.h"
#include "alignment-survey-print.h"
#include "alignment-survey-trend.h"
#include "alignment-timeline-painter.h"
#include "alignment-timeline-print.h"
#include "alignment-file-chooser.h"
#include "alignment-case-page-private.h"

/* Exported timelines are this wide, in points, whatever the window's
 * width: a figure for a report, not a screenshot. */
#define EXPORT_WIDTH 1280.0
#define EXPORT_DPI 150.0

static GtkWindow *
parent_window (AlignmentCasePage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static void
show_error (AlignmentCasePage *self,
            const char        *heading,
            const GError      *error)
{
  GtkWidget *dialog = adw_message_dialog_new (parent_window (self), heading, error->message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* ---- Signals ---------------------------------------------------------------------- */

/* After the last signal of @thread in the list, else at the end. */
static guint
insert_position (AlignmentSignalList *signals,
                 guint                thread)
{
  guint n = alignment_signal_list_get_n (signals);

  for (guint i = n; i > 0; i--)
    if (alignment_signal_get_thread (alignment_signal_list_get (signals, i - 1)) == thread)
      return i;

  return n;
}

static void
add_signal (AlignmentCasePage *self,
            AlignmentSignal   *signal,
            guint              thread)
{
  AlignmentCase *c = alignment_document_get_case (self->document);
  AlignmentSignalList *signals = alignment_case_get_signals (c);
  AlignmentHistory *history = alignment_document_get_history (self->document);

  /* The signal and the fields set while making it are one step. */
  alignment_history_begin_group (history);
  alignment_signal_list_insert (signals, insert_position (signals, thread), signal);
  alignment_history_end_group (history);

  if (!gtk_widget_get_mapped (GTK_WIDGET (self->signal_editor)))
    adw_view_stack_set_visible_child_name (self->view_stack, "signals");
  alignment_case_page_select_signal (self, signal);
  alignment_case_page_set_editor_visible (self, TRUE);
  alignment_signal_editor_focus (self->signal_editor);
}

static AlignmentSignal *
new_signal (AlignmentCasePage *self,
            guint              thread)
{
  AlignmentSignalList *signals = alignment_case_get_signals (alignment_document_get_case (self->document));
  g_autofree char *id = alignment_form_next_id_in_thread (signals, thread);
  AlignmentSignal *signal = alignment_signal_new (id);
  GDate today;

  /* Most signals are logged the day they happen. */
  g_date_clear (&today, 1);
  g_date_set_time_t (&today, time (NULL));
  alignment_signal_set_start_date (signal, &today);
  return signal;
}

void
alignment_case_page_new_thread (AlignmentCasePage *self)
{
  AlignmentSignalList *signals;
  g_autoptr(AlignmentSignal) signal = NULL;
  guint thread;

  if (self->document == NULL)
    return;

  signals = alignment_case_get_signals (alignment_document_get_case (self->document));
  thread = alignment_form_next_thread (signals);
  signal = new_signal (self, thread);
  /* A thread opens with a request or an escalation. */
  alignment_signal_set_signal_type (signal, ALIGNMENT_SIGNAL_TYPE_REQUEST_SENT);
  add_signal (self, signal, thread);
}

void
alignment_case_page_new_signal (AlignmentCasePage *self)
{
  AlignmentSignal *selected = alignment_case_page_get_selected_signal (self);
  g_autoptr(AlignmentSignal) signal = NULL;
  guint thread;

  if (self->document == NULL)
    return;

  if (selected == NULL || alignment_signal_get_thread (selected) == 0)
    {
      alignment_case_page_new_thread (self);
      return;
    }

  thread = alignment_signal_get_thread (selected);
  signal = new_signal (self, thread);
  /* The answer usually comes from the other party. */
  if (alignment_signal_get_sender (selected) == ALIGNMENT_PARTY_CUSTOMER)
    alignment_signal_set_sender (signal, ALIGNMENT_PARTY_PROVIDER);
  else if (alignment_signal_get_sender (selected) == ALIGNMENT_PARTY_PROVIDER)
    alignment_signal_set_sender (signal, ALIGNMENT_PARTY_CUSTOMER);
  add_signal (self, signal, thread);
}

void
alignment_case_page_duplicate_signal (AlignmentCasePage *self)
{
  AlignmentSignal *selected = alignment_case_page_get_selected_signal (self);
  AlignmentSignalList *signals;
  g_autoptr(AlignmentSignal) copy = NULL;
  g_autofree char *id = NULL;
  guint thread;

  if (self->document == NULL || selected == NULL)
    return;

  signals = alignment_case_get_signals (alignment_document_get_case (self->document));
  thread = alignment_signal_get_thread (selected);
  if (thread == 0)
    thread = alignment_form_next_thread (signals);
  id = alignment_form_next_id_in_thread (signals, thread);
  copy = alignment_signal_copy (selected);
  alignment_signal_set_id (copy, id);
  add_signal (self, copy, thread);
}

static void
undo_delete_cb (AdwToast          *toast,
                AlignmentCasePage *self)
{
  if (self->document != NULL)
    alignment_history_undo (alignment_document_get_history (self->document));
}

void
alignment_case_page_delete_signal (AlignmentCasePage *self)
{
  AlignmentSignal *selected = alignment_case_page_get_selected_signal (self);
  AlignmentSignalList *signals;
  g_autofree char *message = NULL;
  GtkSingleSelection *selection = alignment_case_page_get_selection (self);
  guint position = gtk_single_selection_get_selected (selection);
  int index;
  AdwToast *toast;

  if (self->document == NULL || selected == NULL)
    return;

  signals = alignment_case_get_signals (alignment_document_get_case (self->document));
  index = alignment_signal_list_find_id (signals, alignment_signal_get_id (selected));
  for (guint i = 0; i < alignment_signal_list_get_n (signals); i++)
    if (alignment_signal_list_get (signals, i) == selected)
      index = (int) i;
  if (index < 0)
    return;

  /* Translators: a toast after deleting signal "2c". */
  message = g_strdup_printf (_("Signal %s deleted"), alignment_signal_get_id (selected));
  alignment_signal_list_remove (signals, (guint) index);

  /* The next signal takes its place, for deleting several in a row. */
  if (g_list_model_get_n_items (G_LIST_MODEL (selection)) > 0)
    gtk_single_selection_set_selected (selection,
                                       MIN (position, g_list_model_get_n_items (G_LIST_MODEL (selection)) - 1));

  toast = adw_toast_new (message);
  adw_toast_set_button_label (toast, _("_Undo"));
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (undo_delete_cb), self, 0);
  _alignment_case_page_toast (self, toast);
}

void
alignment_case_page_previous_signal (AlignmentCasePage *self)
{
  alignment_signal_table_move_selection (self->signal_table, -1);
}

void
alignment_case_page_next_signal (AlignmentCasePage *self)
{
  alignment_signal_table_move_selection (self->signal_table, 1);
}

/* ---- Zoom ------------------------------------------------------------------------- */

void
alignment_case_page_zoom_in (AlignmentCasePage *self)
{
  alignment_timeline_view_zoom (self->timeline_view, 1.5, -1);
}

void
alignment_case_page_zoom_out (AlignmentCasePage *self)
{
  alignment_timeline_view_zoom (self->timeline_view, 1 / 1.5, -1);
}

void
alignment_case_page_zoom_fit (AlignmentCasePage *self)
{
  alignment_timeline_view_zoom_to_fit (self->timeline_view);
}

void
alignment_case_page_zoom_selection (AlignmentCasePage *self)
{
  alignment_timeline_view_zoom_to_selection (self->timeline_view);
}


/* ---- Export and print ---------------------------------------------------------- */

typedef struct
{
  GBytes              *case_bytes;
  gboolean             heatmap;
  gboolean             survey;
  AlignmentTimelineOptions options;
  AlignmentBucketKind  kind;
  AlignmentHeatmapMode mode;
  AlignmentPerceptionView view;
  AlignmentScale       scale;
  double               width;  /* of a timeline, in points */
  double               dpi;
  gboolean             title;  /* the title block above the figure */
  char                *board;  /* the timeline's board filter, or NULL */
  GFile               *file;
} FigureJob;

static void
figure_job_free (gpointer data)
{
  FigureJob *job = data;

  g_clear_pointer (&job->case_bytes, g_bytes_unref);
  g_clear_object (&job->file);
  g_free (job->board);
  g_free (job);
}

static FigureJob *
figure_job_new (AlignmentCasePage *self,
                GFile             *file)
{
  FigureJob *job = g_new0 (FigureJob, 1);
  AlignmentCase *c = alignment_case_page_get_case (self);

  /* The thread draws a copy: the user may go on editing meanwhile. */
  job->case_bytes = alignment_case_to_bytes (c);
  job->file = g_object_ref (file);
  job->heatmap = _alignment_case_page_shows (self, "heatmap");
  job->survey = _alignment_case_page_shows (self, "survey");
  job->kind = alignment_heatmap_view_get_bucket_kind (self->heatmap_view);
  job->mode = alignment_heatmap_view_get_mode (self->heatmap_view);
  job->view = alignment_heatmap_view_get_view (self->heatmap_view);
  job->scale = alignment_heatmap_view_get_trust_scale (self->heatmap_view);
  job->width = EXPORT_WIDTH;
  job->dpi = EXPORT_DPI;
  job->title = TRUE;

  /* What the timeline shows: its lanes, its dates, its strip, its
   * levels and the board it is filtered by.  The thread's options borrow
   * the job's own copy of the board's name. */
  job->options.lanes = alignment_timeline_view_get_lanes (self->timeline_view);
  job->options.trust_strip = alignment_timeline_view_get_trust_strip (self->timeline_view);
  job->options.levels = alignment_timeline_view_get_levels (self->timeline_view);
  job->board = g_strdup (alignment_timeline_view_get_board (self->timeline_view));
  alignment_timeline_view_get_viewport (self->timeline_view, &job->options.first_day, &job->options.last_day);

  return job;
}

static gboolean
write_timeline (FigureJob      *job,
                AlignmentCase  *c,
                const char     *path,
                GError        **error)
{
  g_autoptr(AlignmentTimelineData) data = alignment_timeline_data_new_for_case (c);
  g_autoptr(AlignmentFigureTitle) title = job->title ? alignment_figure_title_new (c, 0) : NULL;
  AlignmentTimelineOptions options;
  AlignmentRenderFormat format = ALIGNMENT_RENDER_FORMAT_PDF;
  double scale;

  alignment_timeline_options_init (&options, data);
  options.lanes = job->options.lanes;
  options.trust_strip = job->options.trust_strip;
  options.levels = job->options.levels;
  options.board = job->board;
  if (title != NULL)
    alignment_timeline_print_title_add_board (title, job->board);
  if (job->options.last_day > job->options.first_day)
    {
      options.first_day = job->options.first_day;
      options.last_day = job->options.last_day;
    }
  options.font_size = 10;
  options.width = job->width;
  options.height = MAX (360, alignment_timeline_natural_height (data, &options));
  if (title != NULL)
    options.height += alignment_timeline_title_height (options.font_size);
  /* A whole number of pixels, so that a PNG has no half-drawn last row. */
  alignment_render_format_from_path (path, &format, NULL);
  scale = format == ALIGNMENT_RENDER_FORMAT_PNG ? job->dpi / 72.0 : 1.0;
  options.height = floor (options.height * scale) / scale;

  return alignment_timeline_write_file (data, &options, title, path, job->dpi, error);
}

static gboolean
figure_job_run (FigureJob  *job,
                GError    **error)
{
  g_autoptr(AlignmentCase) c = NULL;
  g_autofree char *path = g_file_get_path (job->file);
  g_autofree char *basename = g_file_get_basename (job->file);
  g_autofree char *temp = NULL;
  gsize size;
  const char *bytes = g_bytes_get_data (job->case_bytes, &size);
  gboolean ok;

  c = alignment_case_load_from_data (bytes, size, NULL, error);
  if (c == NULL)
    return FALSE;

  /* The painters write to a path; a file without one (a portal's, a
   * remote folder's) gets a copy of a temporary file. */
  if (path == NULL)
    {
      g_autofree char *dir = g_dir_make_tmp ("alignment-export-XXXXXX", error);

      if (dir == NULL)
        return FALSE;
      temp = g_build_filename (dir, basename, NULL);
    }

  if (job->survey)
    ok = alignment_survey_trend_export (c, job->title, EXPORT_DPI, temp != NULL ? temp : path, error);
  else if (job->heatmap)
    ok = alignment_heatmap_export_view (c, job->kind, job->mode, job->view, job->scale, job->title, 0, EXPORT_DPI,
                                        temp != NULL ? temp : path, error);
  else
    ok = write_timeline (job, c, temp != NULL ? temp : path, error);

  if (ok && temp != NULL)
    {
      g_autoptr(GFile) source = g_file_new_for_path (temp);

      ok = g_file_copy (source, job->file, G_FILE_COPY_OVERWRITE, NULL, NULL, NULL, error);
    }
  if (temp != NULL)
    {
      g_autofree char *dir = g_path_get_dirname (temp);

      g_remove (temp);
      g_rmdir (dir);
    }

  return ok;
}

gboolean
alignment_case_page_export_figure (AlignmentCasePage  *self,
                                   GFile              *file,
                                   GError            **error)
{
  FigureJob *job;
  gboolean ok;

  g_return_val_if_fail (ALIGNMENT_IS_CASE_PAGE (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if (alignment_case_page_get_case (self) == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("No case is open."));
      return FALSE;
    }

  job = figure_job_new (self, file);
  ok = figure_job_run (job, error);
  figure_job_free (job);
  return ok;
}

static void
figure_job_set_timeline (FigureJob                     *job,
                         const AlignmentTimelineExport *options)
{
  job->heatmap = FALSE;
  job->survey = FALSE;
  job->width = options->width;
  job->dpi = options->dpi;
  job->options.first_day = options->first_day;
  job->options.last_day = options->last_day;
  job->options.lanes = options->lanes;
  job->title = !options->no_title;
}

gboolean
alignment_case_page_export_timeline (AlignmentCasePage              *self,
                                     GFile                          *file,
                                     const AlignmentTimelineExport  *options,
                                     GError                        **error)
{
  FigureJob *job;
  gboolean ok;

  g_return_val_if_fail (ALIGNMENT_IS_CASE_PAGE (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (options != NULL && options->width > 0 && options->dpi > 0, FALSE);

  if (alignment_case_page_get_case (self) == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("No case is open."));
      return FALSE;
    }

  job = figure_job_new (self, file);
  figure_job_set_timeline (job, options);
  ok = figure_job_run (job, error);
  figure_job_free (job);
  return ok;
}

static void
export_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  GError *error = NULL;

  if (figure_job_run (task_data, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
export_done_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  AlignmentCasePage *self = ALIGNMENT_CASE_PAGE (object);
  FigureJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      show_error (self, _("Could Not Export the Figure"), error);
      return;
    }

  {
    g_autofree char *name = g_file_get_basename (job->file);
    /* Translators: a toast after exporting a figure to "case.pdf". */
    g_autofree char *title = g_strdup_printf (_("Exported to “%s”"), name);

    _alignment_case_page_toast (self, adw_toast_new (title));
  }
}

/* What the chooser of Export Figure… was opened for. */
typedef struct
{
  AlignmentCasePage       *self;
  gboolean                 timeline;
  AlignmentTimelineExport  options;  /* with timeline */
} ExportRequest;

static void
export_request_free (gpointer  data,
                     GClosure *closure)
{
  g_free (data);
}

static void
io_chooser_response_cb (GtkNativeDialog *dialog,
                        int              response,
                        ExportRequest   *request)
{
  AlignmentCasePage *self = request->self;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GTask) task = NULL;

  g_autoptr(GtkNativeDialog) chooser = g_object_ref (dialog);

  if (response == GTK_RESPONSE_ACCEPT)
    file = alignment_file_chooser_dup_file (GTK_FILE_CHOOSER (dialog));
  g_clear_object (&self->io_chooser);

  if (file == NULL || alignment_case_page_get_case (self) == NULL)
    return;

  task = g_task_new (self, NULL, export_done_cb, NULL);
  {
    FigureJob *job = figure_job_new (self, file);

    if (request->timeline)
      figure_job_set_timeline (job, &request->options);
    else
      {
        const char *title = gtk_file_chooser_get_choice (GTK_FILE_CHOOSER (dialog), "title");

        job->title = title == NULL || g_str_equal (title, "true");
      }
    g_task_set_task_data (task, job, figure_job_free);
  }
  /* A toast says when it is written: a figure takes a moment at most,
   * and the window goes on meanwhile. */
  g_task_run_in_thread (task, export_thread);
}

/* Figures go with the case they show, not into whatever folder the app
 * was started from. */
static void
chooser_next_to_case (AlignmentCasePage *self,
                      GtkFileChooser    *chooser)
{
  GFile *file = self->document != NULL ? alignment_document_get_file (self->document) : NULL;
  g_autoptr(GFile) folder = file != NULL ? g_file_get_parent (file) : NULL;

  if (folder != NULL)
    gtk_file_chooser_set_current_folder (chooser, folder, NULL);
}

/* The Save chooser of Export Figure…; with @options (a timeline's), the
 * figure is laid out by them. */
static void
show_export_chooser (AlignmentCasePage             *self,
                     const AlignmentTimelineExport *options)
{
  g_autofree char *title = NULL;
  g_autofree char *name = NULL;
  gboolean heatmap = options == NULL && _alignment_case_page_shows (self, "heatmap");
  gboolean survey = options == NULL && _alignment_case_page_shows (self, "survey");
  ExportRequest *request;

  if (self->document == NULL || self->io_chooser != NULL)
    return;

  self->io_chooser = gtk_file_chooser_native_new (heatmap ? _("Export the Heatmap")
                                                  : survey ? _("Export the Survey Trend")
                                                  : _("Export the Timeline"),
                                                      parent_window (self), GTK_FILE_CHOOSER_ACTION_SAVE,
                                                      _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->io_chooser), TRUE);
  alignment_file_chooser_add_filter (GTK_FILE_CHOOSER (self->io_chooser), _("PDF document"), "pdf", NULL);
  alignment_file_chooser_add_filter (GTK_FILE_CHOOSER (self->io_chooser), _("SVG image"), "svg", NULL);
  alignment_file_chooser_add_filter (GTK_FILE_CHOOSER (self->io_chooser), _("PNG image"), "png", NULL);
  if (heatmap)
    alignment_file_chooser_add_filter (GTK_FILE_CHOOSER (self->io_chooser), _("CSV table of the numbers"), "csv", NULL);

  title = alignment_file_chooser_clean_name (alignment_document_dup_title (self->document));
  /* Translators: the suggested file name of an exported figure:
   * "Case title – timeline.pdf". */
  name = g_strdup_printf (heatmap ? _("%s – heatmap.pdf") : survey ? _("%s – survey.pdf") : _("%s – timeline.pdf"),
                          title);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->io_chooser), name);
  chooser_next_to_case (self, GTK_FILE_CHOOSER (self->io_chooser));
  /* The timeline asked in its options step; the heatmap asks here. */
  if (options == NULL)
    {
      gtk_file_chooser_add_choice (GTK_FILE_CHOOSER (self->io_chooser), "title",
                                   _("Title block: case, parties, period, date"), NULL, NULL);
      gtk_file_chooser_set_choice (GTK_FILE_CHOOSER (self->io_chooser), "title", "true");
    }

  request = g_new0 (ExportRequest, 1);
  request->self = self;
  request->timeline = options != NULL;
  if (options != NULL)
    request->options = *options;
  g_signal_connect_data (self->io_chooser, "response", G_CALLBACK (io_chooser_response_cb),
                         request, export_request_free, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->io_chooser));
}

typedef struct
{
  AlignmentCasePage      *page;
  AlignmentFigureOptions *options;
} ExportOptions;

static void
export_options_free (gpointer  data,
                     GClosure *closure)
{
  g_free (data);
}

static void
export_options_response_cb (AdwMessageDialog *dialog,
                            const char       *response,
                            ExportOptions    *widgets)
{
  AlignmentCasePage *self = widgets->page;
  AlignmentTimelineExport options;

  if (!g_str_equal (response, "export"))
    return;

  if (!alignment_figure_options_get_range (widgets->options, &options.first_day, &options.last_day))
    {
      g_autoptr(GError) error = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                                                     _("Type the first and last day of the timeline as dates, the first not after the last."));

      show_error (self, _("Could Not Export the Figure"), error);
      return;
    }

  options.width = alignment_figure_options_get_width (widgets->options);
  options.dpi = alignment_figure_options_get_dpi (widgets->options);
  options.lanes = alignment_figure_options_get_lanes (widgets->options);
  options.no_title = !alignment_figure_options_get_title_block (widgets->options);
  show_export_chooser (self, &options);
}

/* Asks how the timeline is laid out before the file is chosen: a figure
 * for a report wants its own width and dates, not the window's. */
static void
show_timeline_export_options (AlignmentCasePage *self)
{
  ExportOptions *widgets = g_new0 (ExportOptions, 1);
  double first_day, last_day;

  widgets->page = self;
  widgets->options = ALIGNMENT_FIGURE_OPTIONS (alignment_figure_options_new_for_export ());
  alignment_timeline_view_get_viewport (self->timeline_view, &first_day, &last_day);

  alignment_figure_options_set_width (widgets->options, EXPORT_WIDTH);
  alignment_figure_options_set_dpi (widgets->options, EXPORT_DPI);
  alignment_figure_options_set_range (widgets->options, first_day, last_day);
  alignment_figure_options_set_lanes (widgets->options, alignment_timeline_view_get_lanes (self->timeline_view));

  alignment_figure_options_present (widgets->options, parent_window (self),
                                    _("Export the Timeline"),
                                    _("The format is chosen with the file name next."),
                                    "export", _("_Choose File…"),
                                    G_CALLBACK (export_options_response_cb), widgets, export_options_free);
}

void
alignment_case_page_ask_export_figure (AlignmentCasePage *self)
{
  g_return_if_fail (ALIGNMENT_IS_CASE_PAGE (self));

  if (self->document == NULL || self->io_chooser != NULL)
    return;

  /* The heatmap and the survey have no options to ask: straight to the
   * file. */
  if (_alignment_case_page_shows (self, "heatmap") || _alignment_case_page_shows (self, "survey"))
    show_export_chooser (self, NULL);
  else
    show_timeline_export_options (self);
}

static GObject *
heatmap_options_create_cb (GtkPrintOperation *operation,
                           gpointer           user_data)
{
  return G_OBJECT (alignment_figure_options_new_for_heatmap ());
}

static void
heatmap_options_apply_cb (GtkPrintOperation *operation,
                          GtkWidget         *widget,
                          gpointer           user_data)
{
  alignment_heatmap_print_set_title_block (ALIGNMENT_HEATMAP_PRINT (operation),
                                           alignment_figure_options_get_title_block (ALIGNMENT_FIGURE_OPTIONS (widget)));
}

static void
survey_options_apply_cb (GtkPrintOperation *operation,
                         GtkWidget         *widget,
                         gpointer           user_data)
{
  alignment_survey_print_set_title_block (ALIGNMENT_SURVEY_PRINT (operation),
                                          alignment_figure_options_get_title_block (ALIGNMENT_FIGURE_OPTIONS (widget)));
}

gboolean
alignment_case_page_print (AlignmentCasePage  *self,
                           const char         *export_path,
                           GError            **error)
{
  AlignmentCase *c = alignment_case_page_get_case (self);
  g_autoptr(GtkPrintOperation) operation = NULL;
  GtkPrintOperationResult result;
  double first_day, last_day;

  if (c == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("No case is open."));
      return FALSE;
    }

  alignment_timeline_view_get_viewport (self->timeline_view, &first_day, &last_day);

  if (_alignment_case_page_shows (self, "survey"))
    {
      if (g_list_model_get_n_items (G_LIST_MODEL (alignment_case_get_survey_rounds (c))) == 0)
        {
          g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                               _("The case has no survey rounds to print yet: add the responses of a round first."));
          return FALSE;
        }
      operation = GTK_PRINT_OPERATION (alignment_survey_print_new_trend (c));
      /* Like the heatmap: its one option is a tab of the print dialog. */
      gtk_print_operation_set_custom_tab_label (operation, _("Figure"));
      g_signal_connect (operation, "create-custom-widget", G_CALLBACK (heatmap_options_create_cb), NULL);
      g_signal_connect (operation, "custom-widget-apply", G_CALLBACK (survey_options_apply_cb), NULL);
    }
  else if (_alignment_case_page_shows (self, "heatmap"))
    {
      operation = GTK_PRINT_OPERATION (alignment_heatmap_print_new (c,
                                                                    alignment_heatmap_view_get_bucket_kind (self->heatmap_view),
                                                                    alignment_heatmap_view_get_mode (self->heatmap_view),
                                                                    alignment_heatmap_view_get_trust_scale (self->heatmap_view)));
      alignment_heatmap_print_set_view (ALIGNMENT_HEATMAP_PRINT (operation),
                                        alignment_heatmap_view_get_view (self->heatmap_view));
      /* The heatmap has no options step: its one option is a tab of the
       * print dialog. */
      gtk_print_operation_set_custom_tab_label (operation, _("Figure"));
      g_signal_connect (operation, "create-custom-widget", G_CALLBACK (heatmap_options_create_cb), NULL);
      g_signal_connect (operation, "custom-widget-apply", G_CALLBACK (heatmap_options_apply_cb), NULL);
    }
  else if (export_path == NULL)
    {
      /* Its own options first (poster, lanes), then the system dialog;
       * it shows its errors itself. */
      alignment_timeline_print_run_with_options (parent_window (self), c,
                                                 alignment_timeline_view_get_lanes (self->timeline_view),
                                                 first_day, last_day,
                                                 alignment_timeline_view_get_levels (self->timeline_view),
                                                 alignment_timeline_view_get_board (self->timeline_view));
      return TRUE;
    }
  else
    {
      AlignmentTimelinePrint *print = alignment_timeline_print_new (c);

      alignment_timeline_print_set_lanes (print, alignment_timeline_view_get_lanes (self->timeline_view));
      alignment_timeline_print_set_range (print, first_day, last_day);
      alignment_timeline_print_set_trust_strip (print, alignment_timeline_view_get_trust_strip (self->timeline_view));
      alignment_timeline_print_set_levels (print, alignment_timeline_view_get_levels (self->timeline_view));
      alignment_timeline_print_set_board (print, alignment_timeline_view_get_board (self->timeline_view));
      operation = GTK_PRINT_OPERATION (print);
    }

  if (export_path != NULL)
    gtk_print_operation_set_export_filename (operation, export_path);

  result = alignment_print_settings_run (operation,
                                         export_path != NULL ? GTK_PRINT_OPERATION_ACTION_EXPORT
                                                             : GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                                         parent_window (self), error);
  return result != GTK_PRINT_OPERATION_RESULT_ERROR;
}

void
alignment_case_page_ask_print (AlignmentCasePage *self)
{
  g_autoptr(GError) error = NULL;

  g_return_if_fail (ALIGNMENT_IS_CASE_PAGE (self));

  if (!alignment_case_page_print (self, NULL, &error) && error != NULL)
    show_error (self, _("Could Not Print"), error);
}

gboolean
alignment_case_page_print_survey_form (AlignmentCasePage  *self,
                                       const char         *export_path,
                                       GError            **error)
{
  AlignmentCase *c = alignment_case_page_get_case (self);
  g_autoptr(AlignmentSurveyPrint) operation = NULL;
  GtkPrintOperationResult result;

  g_return_val_if_fail (ALIGNMENT_IS_CASE_PAGE (self), FALSE);

  if (c == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("No case is open."));
      return FALSE;
    }

  operation = alignment_survey_print_new_form (c);
  if (export_path != NULL)
    gtk_print_operation_set_export_filename (GTK_PRINT_OPERATION (operation), export_path);

  /* Not through the figures' remembered paper: the form is A4, upright,
   * whatever the last figure was printed on. */
  result = gtk_print_operation_run (GTK_PRINT_OPERATION (operation),
                                    export_path != NULL ? GTK_PRINT_OPERATION_ACTION_EXPORT
                                                        : GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                                    parent_window (self), error);
  return result != GTK_PRINT_OPERATION_RESULT_ERROR;
}

void
alignment_case_page_ask_print_survey_form (AlignmentCasePage *self)
{
  g_autoptr(GError) error = NULL;

  g_return_if_fail (ALIGNMENT_IS_CASE_PAGE (self));

  if (!alignment_case_page_print_survey_form (self, NULL, &error) && error != NULL)
    show_error (self, _("Could Not Print the Questionnaire"), error);
}

/* ---- Export Case… ---------------------------------------------------------------- */

/* Figures are the views'; this is the case's signals themselves, for a
 * spreadsheet or a process-mining tool. */
gboolean
alignment_case_page_export_case (AlignmentCasePage  *self,
                                 GFile              *file,
                                 GError            **error)
{
  AlignmentCase *c = alignment_case_page_get_case (self);
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *folded = g_ascii_strdown (name != NULL ? name : "", -1);
  g_autoptr(GBytes) bytes = NULL;
  AlignmentWorkbookFormat workbook;

  if (c == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("No case is open."));
      return FALSE;
    }

  if (alignment_workbook_format_from_name (name, &workbook))
    return alignment_case_save_workbook (c, file, workbook, NULL, error);
  if (g_str_has_suffix (folded, ".xes"))
    bytes = alignment_case_to_xes (c);
  else if (g_str_has_suffix (folded, ".tsv") || g_str_has_suffix (folded, ".txt"))
    bytes = alignment_case_to_delimited (c, '\t');
  else if (g_str_has_suffix (folded, ".csv"))
    bytes = alignment_case_to_delimited (c, ',');
  else
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_FILENAME,
                   _("“%s” does not end in .ods, .xlsx, .csv, .tsv or .xes: choose one of these formats."), name);
      return FALSE;
    }

  return g_file_replace_contents (file, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                  NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION, NULL, NULL, error);
}

static void
export_case_response_cb (GtkNativeDialog   *dialog,
                         int                response,
                         AlignmentCasePage *self)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = alignment_file_chooser_dup_file (GTK_FILE_CHOOSER (dialog));
  g_clear_object (&self->io_chooser);

  if (file == NULL)
    return;

  /* A sheet or an event log is written at once, even for a big case:
   * the text is built in memory before anything is written. */
  if (!alignment_case_page_export_case (self, file, &error))
    show_error (self, _("Could Not Export the Case"), error);
  else
    {
      g_autofree char *name = g_file_get_basename (file);
      g_autofree char *title = g_strdup_printf (_("Exported to “%s”"), name);

      _alignment_case_page_toast (self, adw_toast_new (title));
    }
}

void
alignment_case_page_ask_export_case (AlignmentCasePage *self)
{
  GtkFileChooser *chooser;
  g_autofree char *title = NULL;
  g_autofree char *name = NULL;

  g_return_if_fail (ALIGNMENT_IS_CASE_PAGE (self));

  if (self->document == NULL || self->io_chooser != NULL)
    return;

  self->io_chooser = gtk_file_chooser_native_new (_("Export the Case"), parent_window (self),
                                                  GTK_FILE_CHOOSER_ACTION_SAVE,
                                                  _("_Export"), _("_Cancel"));
  chooser = GTK_FILE_CHOOSER (self->io_chooser);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->io_chooser), TRUE);
  alignment_file_chooser_add_filter (chooser, _("OpenDocument spreadsheet (.ods)"), "ods", NULL);
  alignment_file_chooser_add_filter (chooser, _("Excel workbook (.xlsx)"), "xlsx", NULL);
  alignment_file_chooser_add_filter (chooser, _("CSV sheet (.csv)"), "csv", NULL);
  alignment_file_chooser_add_filter (chooser, _("Tab-separated sheet (.tsv)"), "tsv", NULL);
  alignment_file_chooser_add_filter (chooser, _("Process-mining event log (.xes)"), "xes", NULL);

  title = alignment_file_chooser_clean_name (alignment_document_dup_title (self->document));
  /* the first format offered */
  name = g_strconcat (title, ".ods", NULL);
  gtk_file_chooser_set_current_name (chooser, name);
  chooser_next_to_case (self, chooser);

  g_signal_connect (self->io_chooser, "response", G_CALLBACK (export_case_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->io_chooser));
}

void
_alignment_case_page_actions_dispose (AlignmentCasePage *self)
{
  if (self->io_chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->io_chooser));
  g_clear_object (&self->io_chooser);
}
