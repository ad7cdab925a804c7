/* alignment-loading-page.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "alignment-loading-page.h"
#include "alignment-timeline-data.h"

typedef struct
{
  AlignmentCaseSummary *summary;
  gint64                modified;
} Prepared;

static void
prepared_free (gpointer data)
{
  Prepared *prepared = data;

  g_clear_pointer (&prepared->summary, alignment_case_summary_free);
  g_free (prepared);
}

struct _AlignmentLoadingPage
{
  AdwBin          parent_instance;

  /* Template children */
  GtkLabel       *label;
  GtkProgressBar *progress;

  /* The load under way; replaced by every new load, so a finished load
   * whose cancellable is not this one is stale. */
  GCancellable   *cancellable;
  guint           pulse_source;
  /* What the library lists of the case just read, until it is taken. */
  AlignmentCaseSummary *summary;
  gint64          modified;
};

G_DEFINE_FINAL_TYPE (AlignmentLoadingPage, alignment_loading_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_LOADING,
  N_PROPS
};

enum {
  LOADED,
  FAILED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
stop_loading (AlignmentLoadingPage *self)
{
  gboolean was_loading = self->cancellable != NULL;

  if (was_loading)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_handle_id (&self->pulse_source, g_source_remove);

  if (was_loading)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
}

static void
prepared_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  AlignmentLoadingPage *self = ALIGNMENT_LOADING_PAGE (object);
  AlignmentDocument *document = g_task_get_task_data (G_TASK (result));
  GCancellable *cancellable = g_task_get_cancellable (G_TASK (result));
  Prepared *prepared = g_task_propagate_pointer (G_TASK (result), NULL);

  /* A newer load took over, or the window went away. */
  if (prepared == NULL || cancellable != self->cancellable || g_cancellable_is_cancelled (cancellable))
    {
      g_clear_pointer (&prepared, prepared_free);
      return;
    }

  g_clear_pointer (&self->summary, alignment_case_summary_free);
  self->summary = g_steal_pointer (&prepared->summary);
  self->modified = prepared->modified;
  prepared_free (prepared);
  stop_loading (self);
  g_signal_emit (self, signals[LOADED], 0, document);
}

/* Still off the main thread, and before any view holds the case: what
 * the views derive from every signal, so that showing the case only
 * hands it over. */
static void
prepare_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  AlignmentDocument *document = task_data;
  AlignmentCase *kase = alignment_document_get_case (document);
  Prepared *prepared = g_new0 (Prepared, 1);
  GFile *file = alignment_document_get_file (document);
  g_autoptr(GFileInfo) info = NULL;

  if (!g_cancellable_is_cancelled (cancellable))
    alignment_timeline_data_prepare_for_case (kase);

  /* The library's line for the case, which it would otherwise read the
   * file again for. */
  if (!g_cancellable_is_cancelled (cancellable))
    prepared->summary = alignment_case_summary_new (kase);
  if (file != NULL)
    info = g_file_query_info (file, G_FILE_ATTRIBUTE_TIME_MODIFIED, G_FILE_QUERY_INFO_NONE,
                              cancellable, NULL);
  if (info != NULL)
    prepared->modified = (gint64) g_file_info_get_attribute_uint64 (info, G_FILE_ATTRIBUTE_TIME_MODIFIED);
  g_task_return_pointer (task, prepared, prepared_free);
}

static void
load_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  g_autoptr(AlignmentLoadingPage) self = user_data;
  g_autoptr(AlignmentDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GTask) task = NULL;
  GCancellable *cancellable = g_task_get_cancellable (G_TASK (result));

  document = alignment_document_load_finish (result, &error);

  /* A newer load took over, or the window went away. */
  if (cancellable != self->cancellable || g_cancellable_is_cancelled (cancellable))
    return;

  if (document == NULL)
    {
      stop_loading (self);
      g_signal_emit (self, signals[FAILED], 0, error);
      return;
    }

  task = g_task_new (self, cancellable, prepared_cb, NULL);
  g_task_set_source_tag (task, load_cb);
  g_task_set_task_data (task, g_steal_pointer (&document), g_object_unref);
  g_task_run_in_thread (task, prepare_thread);
}

static gboolean
pulse_cb (gpointer data)
{
  AlignmentLoadingPage *self = data;

  /* Never after the page was torn down: its bar is gone then. */
  if (self->progress == NULL)
    {
      self->pulse_source = 0;
      return G_SOURCE_REMOVE;
    }
  gtk_progress_bar_pulse (self->progress);
  return G_SOURCE_CONTINUE;
}

/* The bar pulses until the file's size is known, then fills. */
static void
load_progress_cb (goffset  read,
                  goffset  size,
                  gpointer data)
{
  AlignmentLoadingPage *self = data;

  if (size <= 0)
    return;

  g_clear_handle_id (&self->pulse_source, g_source_remove);
  gtk_progress_bar_set_fraction (self->progress, MIN (1.0, (double) read / (double) size));
}

void
alignment_loading_page_load (AlignmentLoadingPage *self,
                             GFile                *file)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autofree char *basename = NULL;
  g_autofree char *label = NULL;

  g_return_if_fail (ALIGNMENT_IS_LOADING_PAGE (self));
  g_return_if_fail (G_IS_FILE (file));

  stop_loading (self);

  /* A window being closed can still be asked to open a case (its
   * library's selection goes as it is torn down): nothing is started
   * on a page whose bar is gone, whose timer nobody would stop. */
  if (self->progress == NULL)
    return;

  /* The size tells the user why a big case takes a while. */
  basename = g_file_get_basename (file);
  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE, G_FILE_QUERY_INFO_NONE, NULL, NULL);
  if (info != NULL)
    {
      g_autofree char *size = g_format_size (g_file_info_get_size (info));

      /* Translators: "Loading “case.alignment” (12.3 MB)…" */
      label = g_strdup_printf (_("Loading “%s” (%s)…"), basename, size);
    }
  else
    label = g_strdup_printf (_("Loading “%s”…"), basename);
  gtk_label_set_text (self->label, label);
  gtk_progress_bar_set_fraction (self->progress, 0.0);

  self->cancellable = g_cancellable_new ();
  self->pulse_source = g_timeout_add (100, pulse_cb, self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);

  alignment_document_load_async (file, self->cancellable,
                                 load_progress_cb, self,
                                 load_cb, g_object_ref (self));
}

void
alignment_loading_page_cancel (AlignmentLoadingPage *self)
{
  g_return_if_fail (ALIGNMENT_IS_LOADING_PAGE (self));

  stop_loading (self);
}

gboolean
alignment_loading_page_has_summary (AlignmentLoadingPage *self)
{
  g_return_val_if_fail (ALIGNMENT_IS_LOADING_PAGE (self), FALSE);

  return self->summary != NULL;
}

AlignmentCaseSummary *
alignment_loading_page_steal_summary (AlignmentLoadingPage *self,
                                      gint64               *modified)
{
  g_return_val_if_fail (ALIGNMENT_IS_LOADING_PAGE (self), NULL);

  if (modified != NULL)
    *modified = self->modified;
  return g_steal_pointer (&self->summary);
}

gboolean
alignment_loading_page_get_loading (AlignmentLoadingPage *self)
{
  g_return_val_if_fail (ALIGNMENT_IS_LOADING_PAGE (self), FALSE);

  return self->cancellable != NULL;
}

static void
alignment_loading_page_dispose (GObject *object)
{
  AlignmentLoadingPage *self = ALIGNMENT_LOADING_PAGE (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_handle_id (&self->pulse_source, g_source_remove);
  g_clear_pointer (&self->summary, alignment_case_summary_free);

  gtk_widget_dispose_template (GTK_WIDGET (self), ALIGNMENT_TYPE_LOADING_PAGE);

  G_OBJECT_CLASS (alignment_loading_page_parent_class)->dispose (object);
}

static void
alignment_loading_page_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  AlignmentLoadingPage *self = ALIGNMENT_LOADING_PAGE (object);

  switch (prop_id)
    {
    case PROP_LOADING:
      g_value_set_boolean (value, alignment_loading_page_get_loading (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
alignment_loading_page_class_init (AlignmentLoadingPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = alignment_loading_page_dispose;
  object_class->get_property = alignment_loading_page_get_property;

  properties[PROP_LOADING] =
    g_param_spec_boolean ("loading", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[LOADED] = g_signal_new ("loaded",
                                  G_TYPE_FROM_CLASS (klass),
                                  G_SIGNAL_RUN_LAST,
                                  0, NULL, NULL, NULL,
                                  G_TYPE_NONE, 1, ALIGNMENT_TYPE_DOCUMENT);
  signals[FAILED] = g_signal_new ("failed",
                                  G_TYPE_FROM_CLASS (klass),
                                  G_SIGNAL_RUN_LAST,
                                  0, NULL, NULL, NULL,
                                  G_TYPE_NONE, 1, G_TYPE_ERROR);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/Alignment/alignment-loading-page.ui");
  gtk_widget_class_bind_template_child (widget_class, AlignmentLoadingPage, label);
  gtk_widget_class_bind_template_child (widget_class, AlignmentLoadingPage, progress);
}

static void
alignment_loading_page_init (AlignmentLoadingPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
