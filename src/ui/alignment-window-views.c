/* alignment-window-views.c: the timeline and heatmap pages of the window
 *
 * The timeline, the heatmap and the thread panel are widgets of their
 * own; this file gives them the case shown, keeps the timeline's
 * selection in step with the list's, refreshes them after edits, turns
 * a heatmap cell or a thread into a filter of the signal list, and
 * exports and prints the figure of the page shown.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "alignment-date.h"
#include "alignment-heatmap-painter.h"
#include "alignment-heatmap-print.h"
#include "alignment-render-file.h"
#include "alignment-timeline-painter.h"
#include "alignment-timeline-print.h"
#include "alignment-file-chooser.h"
#include "alignment-window-private.h"

/* Exported timelines are this wide, in points, whatever the window's
 * width: a figure for a report, not a screenshot. */
#define EXPORT_WIDTH 1280.0
#define EXPORT_DPI 150.0
/* Edits arrive a keystroke at a time: the figures follow a little later,
 * once per burst. */
#define REFRESH_DELAY_MS 150

static gboolean
timeline_shown (AlignmentWindow *self)
{
  /* NULL while the template is torn down. */
  return self->view_stack != NULL
         && g_strcmp0 (adw_view_stack_get_visible_child_name (self->view_stack), "timeline") == 0;
}

static gboolean
heatmap_shown (AlignmentWindow *self)
{
  /* NULL while the template is torn down. */
  return self->view_stack != NULL
         && g_strcmp0 (adw_view_stack_get_visible_child_name (self->view_stack), "heatmap") == 0;
}

void
_alignment_window_views_update_actions (AlignmentWindow *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  gboolean has_case = self->document != NULL;
  gboolean figure = has_case && (timeline_shown (self) || heatmap_shown (self));

  gtk_widget_action_set_enabled (widget, "win.zoom-in", has_case && timeline_shown (self));
  gtk_widget_action_set_enabled (widget, "win.zoom-out", has_case && timeline_shown (self));
  gtk_widget_action_set_enabled (widget, "win.zoom-fit", has_case && timeline_shown (self));
  gtk_widget_action_set_enabled (widget, "win.zoom-selection",
                                 has_case && timeline_shown (self)
                                 && _alignment_window_get_selected_signal (self) != NULL);
  gtk_widget_action_set_enabled (widget, "win.export-figure", figure);
  gtk_widget_action_set_enabled (widget, "win.print", figure);
}

/* ---- Refreshing after edits ------------------------------------------------------ */

static void
views_refresh_now (AlignmentWindow *self)
{
  g_clear_handle_id (&self->views_refresh_source, g_source_remove);
  if (!self->views_stale)
    return;

  self->views_stale = FALSE;
  alignment_timeline_view_reload (self->timeline_view);
  alignment_heatmap_view_refresh (self->heatmap_view);
  alignment_thread_panel_refresh (self->thread_panel);
}

static gboolean
views_refresh_cb (gpointer data)
{
  AlignmentWindow *self = data;

  self->views_refresh_source = 0;
  views_refresh_now (self);
  return G_SOURCE_REMOVE;
}

/* A hidden page is refreshed when it is shown: editing in the list
 * costs nothing for figures nobody looks at. */
static void
views_queue_refresh (AlignmentWindow *self)
{
  self->views_stale = TRUE;
  if (self->views_refresh_source == 0 && (timeline_shown (self) || heatmap_shown (self)))
    self->views_refresh_source = g_timeout_add (REFRESH_DELAY_MS, views_refresh_cb, self);
}

static void
visible_page_changed_cb (AlignmentWindow *self)
{
  if (timeline_shown (self) || heatmap_shown (self))
    views_refresh_now (self);
  _alignment_window_views_update_actions (self);
}

/* The editor changes the selected signal a keystroke at a time, and the
 * history merges typing into one step without telling: the signal
 * itself says when it changed. */
static void
watch_signal (AlignmentWindow *self,
              AlignmentSignal *signal)
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
case_position (AlignmentWindow *self,
               AlignmentSignal *signal)
{
  AlignmentCase *c = alignment_window_get_case (self);
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
sync_timeline_selection (AlignmentWindow *self)
{
  AlignmentSignal *signal = _alignment_window_get_selected_signal (self);
  int position = case_position (self, signal);

  self->syncing_selection = TRUE;
  gtk_single_selection_set_selected (self->timeline_selection,
                                     position >= 0 ? (guint) position : GTK_INVALID_LIST_POSITION);
  self->syncing_selection = FALSE;
}

static gboolean
sync_timeline_selection_cb (gpointer data)
{
  AlignmentWindow *self = data;

  self->selection_sync_source = 0;
  sync_timeline_selection (self);
  return G_SOURCE_REMOVE;
}

static void
list_selection_changed_cb (AlignmentWindow *self)
{
  AlignmentSignal *signal = _alignment_window_get_selected_signal (self);
  AlignmentCase *c = alignment_window_get_case (self);

  watch_signal (self, signal);
  _alignment_window_views_update_actions (self);

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
timeline_selection_changed_cb (AlignmentWindow *self)
{
  AlignmentSignal *signal = gtk_single_selection_get_selected_item (self->timeline_selection);

  if (self->syncing_selection || signal == NULL)
    return;

  self->syncing_selection = TRUE;
  alignment_window_select_signal (self, signal);
  self->syncing_selection = FALSE;
}

static void
timeline_activate_signal_cb (AlignmentWindow *self,
                             guint            position)
{
  AlignmentCase *c = alignment_window_get_case (self);
  AlignmentSignal *signal;

  if (c == NULL || position >= alignment_signal_list_get_n (alignment_case_get_signals (c)))
    return;

  signal = alignment_signal_list_get (alignment_case_get_signals (c), position);
  alignment_window_select_signal (self, signal);
  adw_view_stack_set_visible_child_name (self->view_stack, "signals");
  g_object_set (self, "editor-visible", TRUE, NULL);
  alignment_signal_editor_focus (self->signal_editor);
}

static void
timeline_lanes_toggled_cb (AlignmentWindow *self)
{
  alignment_timeline_view_set_lanes (self->timeline_view,
                                     gtk_toggle_button_get_active (self->lanes_thread_button)
                                     ? ALIGNMENT_TIMELINE_LANES_THREAD
                                     : ALIGNMENT_TIMELINE_LANES_PARTY);
}

/* ---- Signals chosen in the heatmap or the thread panel ------------------------- */

/* Filters the list to the signals at @positions (in the case's list)
 * and shows them on the timeline: they are highlighted there, the
 * first of them selected. */
static guint
choose_signals (AlignmentWindow *self,
                GArray          *positions,
                gboolean         from_heatmap)
{
  AlignmentCase *c = alignment_window_get_case (self);
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
  if (from_heatmap)
    label = g_strdup_printf (ngettext ("Showing %u signal from the heatmap",
                                       "Showing %u signals from the heatmap", signals->len),
                             signals->len);
  else
    label = g_strdup_printf (ngettext ("Showing %u signal from the thread analysis",
                                       "Showing %u signals from the thread analysis", signals->len),
                             signals->len);
  _alignment_window_set_signal_set (self, signals, label);

  /* Before the selection: should selecting clear the filter, the
   * highlight goes with it. */
  alignment_timeline_view_set_highlight_signals (self->timeline_view, (const guint *) shown->data, shown->len);
  alignment_window_select_signal (self, first);

  return signals->len;
}

static void
show_list_cb (AdwToast        *toast,
              AlignmentWindow *self)
{
  adw_view_stack_set_visible_child_name (self->view_stack, "signals");
}

static void
heatmap_cell_activated_cb (AlignmentWindow *self,
                           guint            row,
                           guint            column,
                           GArray          *positions)
{
  g_autofree char *title = NULL;
  AdwToast *toast;
  guint n;

  n = choose_signals (self, positions, TRUE);
  if (n == 0)
    {
      _alignment_window_toast (self, _("No signal changed trust in this cell"));
      return;
    }

  /* The user is reading the heatmap: the list is one click away. */
  title = g_strdup_printf (ngettext ("The signal list shows the %u signal of this cell",
                                     "The signal list shows the %u signals of this cell", n),
                           n);
  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("Show _List"));
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (show_list_cb), self, 0);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
thread_panel_signals_activated_cb (AlignmentWindow *self,
                                   GArray          *positions)
{
  if (choose_signals (self, positions, FALSE) > 0)
    adw_view_stack_set_visible_child_name (self->view_stack, "signals");
}

/* ---- The case shown ------------------------------------------------------------- */

static void
remember_viewport (AlignmentWindow *self)
{
  double *viewport;

  if (self->views_file == NULL || alignment_timeline_view_get_case (self->timeline_view) == NULL)
    return;

  viewport = g_new (double, 2);
  alignment_timeline_view_get_viewport (self->timeline_view, &viewport[0], &viewport[1]);
  g_hash_table_insert (self->viewports, g_file_get_uri (self->views_file), viewport);
}

static void
history_changed_cb (AlignmentWindow *self)
{
  views_queue_refresh (self);
}

static void
document_changed_cb (AlignmentWindow *self)
{
  AlignmentCase *c = alignment_window_get_case (self);
  AlignmentHistory *history;
  double *viewport = NULL;

  /* The zoom of the case left, for when it comes back: the view keeps it
   * only while the case object lives, and an unedited case is read
   * again from its file. */
  remember_viewport (self);

  g_clear_object (&self->views_file);
  if (self->document != NULL && alignment_document_get_file (self->document) != NULL)
    self->views_file = g_object_ref (alignment_document_get_file (self->document));

  /* The timeline's selection took the case's list in
   * _alignment_window_signals_set_case(), before the list did. */
  watch_signal (self, NULL);

  alignment_timeline_view_set_case (self->timeline_view, c);
  alignment_heatmap_view_set_case (self->heatmap_view, c);
  alignment_thread_panel_set_case (self->thread_panel, c);
  self->views_stale = FALSE;
  g_clear_handle_id (&self->views_refresh_source, g_source_remove);

  if (self->views_file != NULL)
    {
      g_autofree char *uri = g_file_get_uri (self->views_file);

      viewport = g_hash_table_lookup (self->viewports, uri);
    }
  if (viewport != NULL)
    alignment_timeline_view_set_viewport (self->timeline_view, viewport[0], viewport[1]);

  if (self->document != NULL)
    {
      history = alignment_document_get_history (self->document);
      /* Connected once per document: the window keeps its documents. */
      if (g_object_get_data (G_OBJECT (history), "alignment-views-watched") == NULL)
        {
          g_object_set_data (G_OBJECT (history), "alignment-views-watched", GINT_TO_POINTER (TRUE));
          g_signal_connect_object (history, "notify::changes-since-save",
                                   G_CALLBACK (history_changed_cb), self, G_CONNECT_SWAPPED);
          g_signal_connect_object (history, "applied",
                                   G_CALLBACK (history_changed_cb), self, G_CONNECT_SWAPPED);
        }
    }

  list_selection_changed_cb (self);
  _alignment_window_views_update_actions (self);
}

/* ---- Zoom ------------------------------------------------------------------------- */

static void
zoom_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  AlignmentWindow *self = ALIGNMENT_WINDOW (widget);

  if (g_str_equal (action_name, "win.zoom-in"))
    alignment_timeline_view_zoom (self->timeline_view, 1.5, -1);
  else if (g_str_equal (action_name, "win.zoom-out"))
    alignment_timeline_view_zoom (self->timeline_view, 1 / 1.5, -1);
  else if (g_str_equal (action_name, "win.zoom-fit"))
    alignment_timeline_view_zoom_to_fit (self->timeline_view);
  else
    alignment_timeline_view_zoom_to_selection (self->timeline_view);
}

/* ---- Export and print ---------------------------------------------------------- */

typedef struct
{
  GBytes              *case_bytes;
  gboolean             heatmap;
  AlignmentTimelineOptions options;
  AlignmentBucketKind  kind;
  AlignmentHeatmapMode mode;
  AlignmentScale       scale;
  double               width;  /* of a timeline, in points */
  double               dpi;
  GFile               *file;
} FigureJob;

static void
figure_job_free (gpointer data)
{
  FigureJob *job = data;

  g_clear_pointer (&job->case_bytes, g_bytes_unref);
  g_clear_object (&job->file);
  g_free (job);
}

static FigureJob *
figure_job_new (AlignmentWindow *self,
                GFile           *file)
{
  FigureJob *job = g_new0 (FigureJob, 1);
  AlignmentCase *c = alignment_window_get_case (self);

  /* The thread draws a copy: the user may go on editing meanwhile. */
  job->case_bytes = alignment_case_to_bytes (c);
  job->file = g_object_ref (file);
  job->heatmap = heatmap_shown (self);
  job->kind = alignment_heatmap_view_get_bucket_kind (self->heatmap_view);
  job->mode = alignment_heatmap_view_get_mode (self->heatmap_view);
  job->scale = alignment_heatmap_view_get_trust_scale (self->heatmap_view);
  job->width = EXPORT_WIDTH;
  job->dpi = EXPORT_DPI;

  /* What the timeline shows: its lanes, its dates, its strip. */
  job->options.lanes = alignment_timeline_view_get_lanes (self->timeline_view);
  job->options.trust_strip = alignment_timeline_view_get_trust_strip (self->timeline_view);
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
  AlignmentTimelineOptions options;
  AlignmentRenderFormat format = ALIGNMENT_RENDER_FORMAT_PDF;
  double scale;

  alignment_timeline_options_init (&options, data);
  options.lanes = job->options.lanes;
  options.trust_strip = job->options.trust_strip;
  if (job->options.last_day > job->options.first_day)
    {
      options.first_day = job->options.first_day;
      options.last_day = job->options.last_day;
    }
  options.font_size = 10;
  options.width = job->width;
  options.height = MAX (360, alignment_timeline_natural_height (data, &options));
  /* A whole number of pixels, so that a PNG has no half-drawn last row. */
  alignment_render_format_from_path (path, &format, NULL);
  scale = format == ALIGNMENT_RENDER_FORMAT_PNG ? job->dpi / 72.0 : 1.0;
  options.height = floor (options.height * scale) / scale;

  return alignment_timeline_write_file (data, &options, path, job->dpi, error);
}

static gboolean
figure_job_run (FigureJob     *job,
                GError       **error)
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

  if (job->heatmap)
    ok = alignment_heatmap_export (c, job->kind, job->mode, job->scale, TRUE, 0, EXPORT_DPI,
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
_alignment_window_export_figure (AlignmentWindow  *self,
                                 GFile            *file,
                                 GError          **error)
{
  FigureJob *job;
  gboolean ok;

  g_return_val_if_fail (ALIGNMENT_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if (alignment_window_get_case (self) == NULL)
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
  job->width = options->width;
  job->dpi = options->dpi;
  job->options.first_day = options->first_day;
  job->options.last_day = options->last_day;
  job->options.lanes = options->lanes;
}

gboolean
_alignment_window_export_timeline (AlignmentWindow               *self,
                                   GFile                         *file,
                                   const AlignmentTimelineExport *options,
                                   GError                       **error)
{
  FigureJob *job;
  gboolean ok;

  g_return_val_if_fail (ALIGNMENT_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (options != NULL && options->width > 0 && options->dpi > 0, FALSE);

  if (alignment_window_get_case (self) == NULL)
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
  AlignmentWindow *self = ALIGNMENT_WINDOW (object);
  FigureJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      _alignment_window_show_error (self, _("Could Not Export the Figure"), error);
      return;
    }

  {
    g_autofree char *name = g_file_get_basename (job->file);
    /* Translators: a toast after exporting a figure to "case.pdf". */
    g_autofree char *title = g_strdup_printf (_("Exported to “%s”"), name);

    _alignment_window_toast (self, title);
  }
}

static void
io_chooser_response_cb (GtkNativeDialog *dialog,
                            int              response,
                            AlignmentWindow *self)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GTask) task = NULL;

  g_autoptr(GtkNativeDialog) chooser = g_object_ref (dialog);

  if (response == GTK_RESPONSE_ACCEPT)
    file = alignment_file_chooser_dup_file (GTK_FILE_CHOOSER (dialog));
  g_clear_object (&self->io_chooser);

  if (file == NULL || alignment_window_get_case (self) == NULL)
    return;

  task = g_task_new (self, NULL, export_done_cb, NULL);
  {
    FigureJob *job = figure_job_new (self, file);
    const AlignmentTimelineExport *options = g_object_get_data (G_OBJECT (dialog), "alignment-timeline-export");

    if (options != NULL)
      figure_job_set_timeline (job, options);
    g_task_set_task_data (task, job, figure_job_free);
  }
  /* A toast says when it is written: a figure takes a moment at most,
   * and the window goes on meanwhile. */
  g_task_run_in_thread (task, export_thread);
}

/* The Save chooser of Export Figure…; with @options (a timeline's), the
 * figure is laid out by them. */
static void
show_export_chooser (AlignmentWindow               *self,
                     const AlignmentTimelineExport *options)
{
  g_autofree char *title = NULL;
  g_autofree char *name = NULL;
  gboolean heatmap = options == NULL && heatmap_shown (self);

  if (self->document == NULL || self->io_chooser != NULL)
    return;

  self->io_chooser = gtk_file_chooser_native_new (heatmap ? _("Export the Heatmap") : _("Export the Timeline"),
                                                      GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_SAVE,
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
  name = g_strdup_printf (heatmap ? _("%s – heatmap.pdf") : _("%s – timeline.pdf"), title);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->io_chooser), name);

  if (options != NULL)
    g_object_set_data_full (G_OBJECT (self->io_chooser), "alignment-timeline-export",
                            g_memdup2 (options, sizeof *options), g_free);

  g_signal_connect (self->io_chooser, "response", G_CALLBACK (io_chooser_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->io_chooser));
}

typedef struct
{
  AlignmentWindow *window;
  GtkSpinButton   *width;
  GtkSpinButton   *dpi;
  GtkEntry        *from;
  GtkEntry        *to;
  GtkDropDown     *lanes;
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
  AlignmentWindow *self = widgets->window;
  AlignmentTimelineExport options;
  guint32 from, to;

  if (!g_str_equal (response, "export"))
    return;

  from = alignment_date_parse_loose (gtk_editable_get_text (GTK_EDITABLE (widgets->from)), 0, NULL);
  to = alignment_date_parse_loose (gtk_editable_get_text (GTK_EDITABLE (widgets->to)), 0, NULL);
  if (from == 0 || to == 0 || to < from)
    {
      g_autoptr(GError) error = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                                                     _("Type the first and last day of the timeline as dates, the first not after the last."));

      _alignment_window_show_error (self, _("Could Not Export the Figure"), error);
      return;
    }

  options.width = gtk_spin_button_get_value (widgets->width);
  options.dpi = gtk_spin_button_get_value (widgets->dpi);
  /* The last day typed is shown whole: the range ends the day after. */
  options.first_day = from;
  options.last_day = to + 1.0;
  options.lanes = gtk_drop_down_get_selected (widgets->lanes) == 1
                  ? ALIGNMENT_TIMELINE_LANES_THREAD : ALIGNMENT_TIMELINE_LANES_PARTY;
  show_export_chooser (self, &options);
}

static GtkWidget *
export_option_row (GtkGrid    *grid,
                   int         row,
                   const char *label,
                   GtkWidget  *widget)
{
  GtkWidget *title = gtk_label_new_with_mnemonic (label);

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_mnemonic_widget (GTK_LABEL (title), widget);
  gtk_widget_set_hexpand (widget, TRUE);
  gtk_grid_attach (grid, title, 0, row, 1, 1);
  gtk_grid_attach (grid, widget, 1, row, 1, 1);
  return widget;
}

/* Asks how the timeline is laid out before the file is chosen: a figure
 * for a report wants its own width and dates, not the window's. */
static void
show_timeline_export_options (AlignmentWindow *self)
{
  const char *lane_kinds[] = { _("A lane per party"), _("A lane per thread"), NULL };
  ExportOptions *widgets = g_new0 (ExportOptions, 1);
  GtkWidget *dialog, *grid;
  double first_day, last_day;
  char buf[16];

  widgets->window = self;
  alignment_timeline_view_get_viewport (self->timeline_view, &first_day, &last_day);

  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Export the Timeline"),
                                   _("The format is chosen with the file name next."));
  grid = gtk_grid_new ();
  gtk_grid_set_row_spacing (GTK_GRID (grid), 12);
  gtk_grid_set_column_spacing (GTK_GRID (grid), 12);

  widgets->width = GTK_SPIN_BUTTON (export_option_row (GTK_GRID (grid), 0, _("_Width in points"),
                                                       gtk_spin_button_new_with_range (200, 20000, 10)));
  gtk_spin_button_set_value (widgets->width, EXPORT_WIDTH);
  widgets->dpi = GTK_SPIN_BUTTON (export_option_row (GTK_GRID (grid), 1, _("_Resolution of a PNG (dpi)"),
                                                     gtk_spin_button_new_with_range (36, 1200, 1)));
  gtk_spin_button_set_value (widgets->dpi, EXPORT_DPI);

  widgets->from = GTK_ENTRY (export_option_row (GTK_GRID (grid), 2, _("_From"), gtk_entry_new ()));
  widgets->to = GTK_ENTRY (export_option_row (GTK_GRID (grid), 3, _("_To"), gtk_entry_new ()));
  /* The viewport is [first, last): the last day shown is the one before. */
  if (last_day > first_day)
    {
      alignment_date_format_iso ((guint32) floor (first_day), buf);
      gtk_editable_set_text (GTK_EDITABLE (widgets->from), buf);
      alignment_date_format_iso ((guint32) MAX (floor (first_day), ceil (last_day) - 1), buf);
      gtk_editable_set_text (GTK_EDITABLE (widgets->to), buf);
    }
  gtk_entry_set_activates_default (widgets->from, TRUE);
  gtk_entry_set_activates_default (widgets->to, TRUE);

  widgets->lanes = GTK_DROP_DOWN (export_option_row (GTK_GRID (grid), 4, _("_Lanes"),
                                                     gtk_drop_down_new_from_strings (lane_kinds)));
  gtk_drop_down_set_selected (widgets->lanes,
                              alignment_timeline_view_get_lanes (self->timeline_view) == ALIGNMENT_TIMELINE_LANES_THREAD ? 1 : 0);

  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), grid);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "export", _("_Choose File…"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "export", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "export");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_data (dialog, "response", G_CALLBACK (export_options_response_cb), widgets,
                         export_options_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
export_figure_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  AlignmentWindow *self = ALIGNMENT_WINDOW (widget);

  if (self->document == NULL || self->io_chooser != NULL)
    return;

  /* The heatmap has no options to ask: straight to the file. */
  if (heatmap_shown (self))
    show_export_chooser (self, NULL);
  else
    show_timeline_export_options (self);
}

gboolean
_alignment_window_print (AlignmentWindow  *self,
                         const char       *export_path,
                         GError          **error)
{
  AlignmentCase *c = alignment_window_get_case (self);
  g_autoptr(GtkPrintOperation) operation = NULL;
  GtkPrintOperationResult result;
  double first_day, last_day;

  if (c == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("No case is open."));
      return FALSE;
    }

  alignment_timeline_view_get_viewport (self->timeline_view, &first_day, &last_day);

  if (heatmap_shown (self))
    operation = GTK_PRINT_OPERATION (alignment_heatmap_print_new (c,
                                                                  alignment_heatmap_view_get_bucket_kind (self->heatmap_view),
                                                                  alignment_heatmap_view_get_mode (self->heatmap_view),
                                                                  alignment_heatmap_view_get_trust_scale (self->heatmap_view)));
  else if (export_path == NULL)
    {
      /* Its own options first (poster, lanes), then the system dialog;
       * it shows its errors itself. */
      alignment_timeline_print_run_with_options (GTK_WINDOW (self), c,
                                                 alignment_timeline_view_get_lanes (self->timeline_view),
                                                 first_day, last_day);
      return TRUE;
    }
  else
    {
      AlignmentTimelinePrint *print = alignment_timeline_print_new (c);

      alignment_timeline_print_set_lanes (print, alignment_timeline_view_get_lanes (self->timeline_view));
      alignment_timeline_print_set_range (print, first_day, last_day);
      alignment_timeline_print_set_trust_strip (print, alignment_timeline_view_get_trust_strip (self->timeline_view));
      operation = GTK_PRINT_OPERATION (print);
    }

  if (export_path != NULL)
    gtk_print_operation_set_export_filename (operation, export_path);

  result = gtk_print_operation_run (operation,
                                    export_path != NULL ? GTK_PRINT_OPERATION_ACTION_EXPORT
                                                        : GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                                    GTK_WINDOW (self), error);
  return result != GTK_PRINT_OPERATION_RESULT_ERROR;
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  AlignmentWindow *self = ALIGNMENT_WINDOW (widget);
  g_autoptr(GError) error = NULL;

  if (!_alignment_window_print (self, NULL, &error) && error != NULL)
    _alignment_window_show_error (self, _("Could Not Print"), error);
}

/* ---- Setup ---------------------------------------------------------------------- */

static void
default_bucket_changed_cb (AlignmentWindow *self)
{
  GSettings *settings = _alignment_window_get_settings (self);

  if (settings != NULL && self->heatmap_view != NULL)
    alignment_heatmap_view_set_bucket_kind (self->heatmap_view, g_settings_get_enum (settings, "heatmap-bucket"));
}

static void
bind_settings (AlignmentWindow *self)
{
  GSettings *settings = _alignment_window_get_settings (self);

  if (settings == NULL || g_object_get_data (G_OBJECT (self), "alignment-views-settings") != NULL)
    return;

  g_object_set_data (G_OBJECT (self), "alignment-views-settings", GINT_TO_POINTER (TRUE));
  /* The key's nicks are the property's: "red-green", "blue-orange". */
  g_settings_bind (settings, "trust-palette", self->heatmap_view, "trust-scale", G_SETTINGS_BIND_GET);
  /* Not bound: switching the columns in the view is not a new default,
   * but choosing a new default in Preferences shows it. */
  g_signal_connect_object (settings, "changed::heatmap-bucket",
                           G_CALLBACK (default_bucket_changed_cb), self, G_CONNECT_SWAPPED);
  default_bucket_changed_cb (self);
}

void
_alignment_window_views_init (AlignmentWindow *self)
{
  self->viewports = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->timeline_selection = gtk_single_selection_new (NULL);
  gtk_single_selection_set_autoselect (self->timeline_selection, FALSE);
  gtk_single_selection_set_can_unselect (self->timeline_selection, TRUE);
  alignment_timeline_view_set_selection (self->timeline_view, GTK_SELECTION_MODEL (self->timeline_selection));

  g_signal_connect_swapped (self->timeline_selection, "notify::selected-item",
                            G_CALLBACK (timeline_selection_changed_cb), self);
  g_signal_connect_swapped (self->selection, "notify::selected-item",
                            G_CALLBACK (list_selection_changed_cb), self);
  g_signal_connect (self, "notify::document", G_CALLBACK (document_changed_cb), NULL);
  g_signal_connect_swapped (self->view_stack, "notify::visible-child",
                            G_CALLBACK (visible_page_changed_cb), self);
  g_signal_connect (self, "notify::application", G_CALLBACK (bind_settings), NULL);
  bind_settings (self);
  _alignment_window_views_update_actions (self);
}

void
_alignment_window_views_dispose (AlignmentWindow *self)
{
  g_clear_handle_id (&self->views_refresh_source, g_source_remove);
  g_clear_handle_id (&self->selection_sync_source, g_source_remove);
  if (self->selection != NULL)
    g_signal_handlers_disconnect_by_func (self->selection, list_selection_changed_cb, self);
  if (self->view_stack != NULL)
    g_signal_handlers_disconnect_by_func (self->view_stack, visible_page_changed_cb, self);
  g_signal_handlers_disconnect_by_func (self, document_changed_cb, NULL);
  g_signal_handlers_disconnect_by_func (self, bind_settings, NULL);
  if (self->io_chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->io_chooser));
  g_clear_object (&self->io_chooser);
  if (self->watched_signal != NULL)
    g_signal_handlers_disconnect_by_func (self->watched_signal, views_queue_refresh, self);
  g_clear_object (&self->watched_signal);
  if (self->timeline_selection != NULL)
    g_signal_handlers_disconnect_by_data (self->timeline_selection, self);
  g_clear_object (&self->timeline_selection);
  g_clear_object (&self->views_file);
  g_clear_pointer (&self->viewports, g_hash_table_unref);
  g_clear_pointer (&self->signal_set, g_hash_table_unref);
}

void
_alignment_window_views_class_init (GtkWidgetClass *widget_class)
{
  g_type_ensure (ALIGNMENT_TYPE_TIMELINE_VIEW);
  g_type_ensure (ALIGNMENT_TYPE_HEATMAP_VIEW);
  g_type_ensure (ALIGNMENT_TYPE_THREAD_PANEL);

  gtk_widget_class_bind_template_child (widget_class, AlignmentWindow, timeline_view);
  gtk_widget_class_bind_template_child (widget_class, AlignmentWindow, lanes_thread_button);
  gtk_widget_class_bind_template_child (widget_class, AlignmentWindow, heatmap_view);
  gtk_widget_class_bind_template_child (widget_class, AlignmentWindow, thread_panel);
  gtk_widget_class_bind_template_child (widget_class, AlignmentWindow, signal_set_revealer);
  gtk_widget_class_bind_template_child (widget_class, AlignmentWindow, signal_set_label);
  gtk_widget_class_bind_template_callback (widget_class, timeline_activate_signal_cb);
  gtk_widget_class_bind_template_callback (widget_class, timeline_lanes_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, heatmap_cell_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, thread_panel_signals_activated_cb);

  gtk_widget_class_install_action (widget_class, "win.zoom-in", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "win.zoom-out", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "win.zoom-fit", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "win.zoom-selection", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "win.export-figure", NULL, export_figure_action);
  gtk_widget_class_install_action (widget_class, "win.print", NULL, print_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_plus, GDK_CONTROL_MASK, "win.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_equal, GDK_CONTROL_MASK, "win.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Add, GDK_CONTROL_MASK, "win.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_minus, GDK_CONTROL_MASK, "win.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Subtract, GDK_CONTROL_MASK, "win.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_0, GDK_CONTROL_MASK, "win.zoom-fit", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "win.print", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.export-figure", NULL);
}
