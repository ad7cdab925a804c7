/* alignment-window.c: a window showing one case
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>

#include <glib/gi18n.h>

#include "alignment-window.h"

struct _AlignmentWindow
{
  AdwApplicationWindow  parent_instance;

  /* Template children */
  AdwWindowTitle       *window_title;
  GtkStack             *stack;
  AdwStatusPage        *error_page;
  GtkColumnView        *column_view;
  GtkSingleSelection   *selection;

  AlignmentCase        *alignment_case;
  GFile                *file;
  /* The load under way; replaced by every new load, so a finished load
   * whose cancellable is not this one is stale. */
  GCancellable         *cancellable;
  GtkFileChooserNative *chooser;
};

G_DEFINE_FINAL_TYPE (AlignmentWindow, alignment_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_CASE,
  PROP_FILE,
  PROP_LOADING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GSettings *
alignment_window_get_settings (AlignmentWindow *self)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));

  if (!ALIGNMENT_IS_APPLICATION (app))
    return NULL;

  return alignment_application_get_settings (ALIGNMENT_APPLICATION (app));
}

/* ---- Signal list cells ---------------------------------------------------
 *
 * Cells show the values as they are when bound: nothing edits a signal
 * yet.  The editor will have to rebind (or watch notify) when it lands. */

static void
setup_label_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                AlignmentWindow          *self)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_list_item_set_child (item, label);
}

static void
setup_text_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               AlignmentWindow          *self)
{
  GtkWidget *label = gtk_label_new (NULL);

  /* Long free text must not push the other columns off screen; the
   * tooltip gives the whole of it. */
  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_width_chars (GTK_LABEL (label), 24);
  gtk_list_item_set_child (item, label);
}

static void
set_cell_text (GtkListItem *item,
               const char  *text)
{
  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)), text);
}

/* Value 0 of these enums means "not set": an empty cell says that best. */
static void
set_cell_enum (GtkListItem *item,
               GType        enum_type,
               int          value)
{
  set_cell_text (item, value != 0 ? alignment_enum_to_label (enum_type, value) : "");
}

/* The locale's own date format, except in the C locale, whose "%x" is
 * "02/01/24", a format nobody chose: there ISO 8601 cannot be misread. */
static const char *
get_date_format (void)
{
  static const char *format;

  if (format == NULL)
    {
      const char *locale = setlocale (LC_TIME, NULL);

      if (locale == NULL
          || g_str_equal (locale, "C")
          || g_str_equal (locale, "POSIX")
          || g_str_has_prefix (locale, "C."))
        format = "%Y-%m-%d";
      else
        format = "%x";
    }

  return format;
}

static void
set_cell_date (GtkListItem *item,
               guint32      julian)
{
  char text[64] = "";

  if (julian != 0 && g_date_valid_julian (julian))
    {
      GDate date;

      g_date_clear (&date, 1);
      g_date_set_julian (&date, julian);
      if (g_date_strftime (text, sizeof text, get_date_format (), &date) == 0)
        text[0] = '\0';
    }

  set_cell_text (item, text);
}

static void
bind_id_cb (GtkSignalListItemFactory *factory,
            GtkListItem              *item,
            AlignmentWindow          *self)
{
  AlignmentSignal *signal = gtk_list_item_get_item (item);

  set_cell_text (item, alignment_signal_get_id (signal));
}

static void
bind_type_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              AlignmentWindow          *self)
{
  AlignmentSignal *signal = gtk_list_item_get_item (item);

  set_cell_enum (item, ALIGNMENT_TYPE_SIGNAL_TYPE,
                 alignment_signal_get_signal_type (signal));
}

static void
bind_sender_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                AlignmentWindow          *self)
{
  AlignmentSignal *signal = gtk_list_item_get_item (item);
  AlignmentParty sender = alignment_signal_get_sender (signal);

  if (sender == ALIGNMENT_PARTY_UNKNOWN || self->alignment_case == NULL)
    set_cell_text (item, "");
  else
    set_cell_text (item, alignment_case_get_party_name (self->alignment_case, sender));
}

static void
bind_start_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               AlignmentWindow          *self)
{
  AlignmentSignal *signal = gtk_list_item_get_item (item);

  set_cell_date (item, alignment_signal_get_start_julian (signal));
}

static void
bind_end_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             AlignmentWindow          *self)
{
  AlignmentSignal *signal = gtk_list_item_get_item (item);

  set_cell_date (item, alignment_signal_get_end_julian (signal));
}

static void
bind_trigger_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *item,
                 AlignmentWindow          *self)
{
  AlignmentSignal *signal = gtk_list_item_get_item (item);
  const char *trigger = alignment_signal_get_trigger (signal);
  GtkWidget *label = gtk_list_item_get_child (item);

  gtk_label_set_text (GTK_LABEL (label), trigger);
  gtk_widget_set_tooltip_text (label, *trigger != '\0' ? trigger : NULL);
}

static void
bind_urgency_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *item,
                 AlignmentWindow          *self)
{
  AlignmentSignal *signal = gtk_list_item_get_item (item);

  set_cell_enum (item, ALIGNMENT_TYPE_URGENCY, alignment_signal_get_urgency (signal));
}

static void
bind_understood_cb (GtkSignalListItemFactory *factory,
                    GtkListItem              *item,
                    AlignmentWindow          *self)
{
  AlignmentSignal *signal = gtk_list_item_get_item (item);

  set_cell_enum (item, ALIGNMENT_TYPE_UNDERSTOOD, alignment_signal_get_understood (signal));
}

/* ---- Showing a case ------------------------------------------------------ */

static void
alignment_window_finish_loading (AlignmentWindow *self)
{
  g_clear_object (&self->cancellable);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
}

static void
alignment_window_show_case (AlignmentWindow *self,
                            AlignmentCase   *loaded)
{
  AlignmentSignalList *signals = alignment_case_get_signals (loaded);
  g_autofree char *subtitle = NULL;
  const char *title;

  /* The cells read the party names from the case: set it before the
   * model, so that the first bind already sees it. */
  g_set_object (&self->alignment_case, loaded);
  gtk_single_selection_set_model (self->selection, G_LIST_MODEL (signals));

  title = alignment_case_get_title (loaded);
  if (*title == '\0')
    {
      g_autofree char *basename = g_file_get_basename (self->file);

      gtk_window_set_title (GTK_WINDOW (self), basename);
    }
  else
    gtk_window_set_title (GTK_WINDOW (self), title);

  /* Translators: the window subtitle, the two parties of the case:
   * "Shipbuilder and IT service provider". */
  subtitle = g_strdup_printf (_("%s and %s"),
                              alignment_case_get_party_name (loaded, ALIGNMENT_PARTY_CUSTOMER),
                              alignment_case_get_party_name (loaded, ALIGNMENT_PARTY_PROVIDER));
  adw_window_title_set_subtitle (self->window_title, subtitle);

  gtk_stack_set_visible_child_name (self->stack,
                                    alignment_signal_list_get_n (signals) > 0
                                    ? "signals" : "no-signals");

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CASE]);
}

static void
alignment_window_show_error (AlignmentWindow *self,
                             const GError    *error)
{
  g_autofree char *basename = g_file_get_basename (self->file);
  g_autofree char *markup = NULL;

  /* The old case is gone from view: drop it, so that nothing acts on a
   * case the user no longer sees. */
  if (self->alignment_case != NULL)
    {
      g_clear_object (&self->alignment_case);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CASE]);
    }
  gtk_single_selection_set_model (self->selection, NULL);

  gtk_window_set_title (GTK_WINDOW (self), basename);
  adw_window_title_set_subtitle (self->window_title, NULL);

  /* The message names the file and the line; the description is
   * markup, and the message may well quote an '<'. */
  markup = g_markup_escape_text (error->message, -1);
  adw_status_page_set_description (self->error_page, markup);
  gtk_stack_set_visible_child_name (self->stack, "error");
}

/* The file chooser starts next to the last case the user opened; the
 * bundled example is not one of theirs. */
static void
alignment_window_remember_file (AlignmentWindow *self)
{
  GSettings *settings = alignment_window_get_settings (self);
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));
  g_autoptr(GFile) example = NULL;
  g_autofree char *uri = NULL;

  if (settings == NULL)
    return;

  example = alignment_application_dup_example_file (ALIGNMENT_APPLICATION (app));
  if (example != NULL && g_file_equal (example, self->file))
    return;

  uri = g_file_get_uri (self->file);
  g_settings_set_string (settings, "last-file", uri);
}

static void
load_case_thread (GTask        *task,
                  gpointer      source_object,
                  gpointer      task_data,
                  GCancellable *cancellable)
{
  GFile *file = task_data;
  g_autoptr(GError) error = NULL;
  AlignmentCase *loaded;

  loaded = alignment_case_load (file, cancellable, &error);
  if (loaded == NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, loaded, g_object_unref);
}

static void
alignment_window_load_cb (GObject      *object,
                          GAsyncResult *result,
                          gpointer      user_data)
{
  AlignmentWindow *self = ALIGNMENT_WINDOW (object);
  GTask *task = G_TASK (result);
  g_autoptr(AlignmentCase) loaded = NULL;
  g_autoptr(GError) error = NULL;

  loaded = g_task_propagate_pointer (task, &error);

  /* A newer load took over, or the window went away. */
  if (g_task_get_cancellable (task) != self->cancellable)
    return;

  if (loaded != NULL)
    {
      alignment_window_show_case (self, loaded);
      alignment_window_remember_file (self);
    }
  else
    alignment_window_show_error (self, error);

  alignment_window_finish_loading (self);
}

void
alignment_window_open (AlignmentWindow *self,
                       GFile           *file)
{
  g_autoptr(GTask) task = NULL;
  g_autofree char *basename = NULL;
  gboolean was_loading;

  g_return_if_fail (ALIGNMENT_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  was_loading = self->cancellable != NULL;
  if (was_loading)
    {
      g_cancellable_cancel (self->cancellable);
      g_clear_object (&self->cancellable);
    }
  self->cancellable = g_cancellable_new ();

  if (g_set_object (&self->file, file))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILE]);

  basename = g_file_get_basename (file);
  gtk_window_set_title (GTK_WINDOW (self), basename);
  adw_window_title_set_subtitle (self->window_title, NULL);
  gtk_stack_set_visible_child_name (self->stack, "loading");

  if (!was_loading)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);

  task = g_task_new (self, self->cancellable, alignment_window_load_cb, NULL);
  g_task_set_source_tag (task, alignment_window_open);
  g_task_set_task_data (task, g_object_ref (file), g_object_unref);
  g_task_run_in_thread (task, load_case_thread);
}

AlignmentCase *
alignment_window_get_case (AlignmentWindow *self)
{
  g_return_val_if_fail (ALIGNMENT_IS_WINDOW (self), NULL);

  return self->alignment_case;
}

GFile *
alignment_window_get_file (AlignmentWindow *self)
{
  g_return_val_if_fail (ALIGNMENT_IS_WINDOW (self), NULL);

  return self->file;
}

gboolean
alignment_window_get_loading (AlignmentWindow *self)
{
  g_return_val_if_fail (ALIGNMENT_IS_WINDOW (self), FALSE);

  return self->cancellable != NULL;
}

/* ---- Actions -------------------------------------------------------------- */

static void
chooser_response_cb (GtkNativeDialog *dialog,
                     int              response,
                     AlignmentWindow *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));

      if (file != NULL)
        alignment_window_open (self, file);
    }

  g_clear_object (&self->chooser);
}

/* Where the user last opened a case, else next to the one shown. */
static GFile *
alignment_window_dup_chooser_folder (AlignmentWindow *self)
{
  GSettings *settings = alignment_window_get_settings (self);
  g_autofree char *last = NULL;

  if (settings != NULL)
    last = g_settings_get_string (settings, "last-file");

  if (last != NULL && *last != '\0')
    {
      g_autoptr(GFile) file = g_file_new_for_uri (last);

      return g_file_get_parent (file);
    }

  return self->file != NULL ? g_file_get_parent (self->file) : NULL;
}

static void
alignment_window_open_action (GtkWidget  *widget,
                              const char *action_name,
                              GVariant   *parameter)
{
  AlignmentWindow *self = ALIGNMENT_WINDOW (widget);
  g_autoptr(GtkFileFilter) filter = NULL;
  g_autoptr(GFile) folder = NULL;

  if (self->chooser != NULL)
    {
      gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
      return;
    }

  self->chooser = gtk_file_chooser_native_new (_("Open a Case"),
                                               GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_OPEN,
                                               _("_Open"),
                                               _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);

  filter = gtk_file_filter_new ();
  gtk_file_filter_set_name (filter, _("Alignment cases"));
  gtk_file_filter_add_suffix (filter, "alignment");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);

  folder = alignment_window_dup_chooser_folder (self);
  /* A folder that is gone is no reason not to open the chooser. */
  if (folder != NULL)
    gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (self->chooser), folder, NULL);

  g_signal_connect (self->chooser, "response", G_CALLBACK (chooser_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
alignment_window_open_example_action (GtkWidget  *widget,
                                      const char *action_name,
                                      GVariant   *parameter)
{
  AlignmentWindow *self = ALIGNMENT_WINDOW (widget);
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));
  g_autoptr(GFile) example = NULL;

  if (ALIGNMENT_IS_APPLICATION (app))
    example = alignment_application_dup_example_file (ALIGNMENT_APPLICATION (app));

  if (example != NULL)
    alignment_window_open (self, example);
}

/* ---- Window state --------------------------------------------------------- */

static void
alignment_window_restore_state (AlignmentWindow *self)
{
  GSettings *settings = alignment_window_get_settings (self);
  int width, height;

  if (settings == NULL)
    return;

  width = g_settings_get_int (settings, "window-width");
  height = g_settings_get_int (settings, "window-height");
  gtk_window_set_default_size (GTK_WINDOW (self), width, height);
  if (g_settings_get_boolean (settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
}

static gboolean
alignment_window_close_request (GtkWindow *window)
{
  AlignmentWindow *self = ALIGNMENT_WINDOW (window);
  GSettings *settings = alignment_window_get_settings (self);

  if (settings != NULL)
    {
      int width, height;

      /* The default size is the unmaximized size in GTK 4. */
      gtk_window_get_default_size (window, &width, &height);
      g_settings_set_int (settings, "window-width", width);
      g_settings_set_int (settings, "window-height", height);
      g_settings_set_boolean (settings, "window-maximized", gtk_window_is_maximized (window));
    }

  return GTK_WINDOW_CLASS (alignment_window_parent_class)->close_request (window);
}

/* ---- GObject -------------------------------------------------------------- */

AlignmentWindow *
alignment_window_new (AlignmentApplication *application)
{
  g_return_val_if_fail (ALIGNMENT_IS_APPLICATION (application), NULL);

  return g_object_new (ALIGNMENT_TYPE_WINDOW,
                       "application", application,
                       NULL);
}

static void
alignment_window_constructed (GObject *object)
{
  AlignmentWindow *self = ALIGNMENT_WINDOW (object);
  GtkApplication *app;
  g_autoptr(GFile) example = NULL;

  G_OBJECT_CLASS (alignment_window_parent_class)->constructed (object);

  /* The application is known only now, and with it the settings. */
  alignment_window_restore_state (self);

  app = gtk_window_get_application (GTK_WINDOW (self));
  if (ALIGNMENT_IS_APPLICATION (app))
    example = alignment_application_dup_example_file (ALIGNMENT_APPLICATION (app));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.open-example", example != NULL);
}

static void
alignment_window_dispose (GObject *object)
{
  AlignmentWindow *self = ALIGNMENT_WINDOW (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);

  gtk_widget_dispose_template (GTK_WIDGET (self), ALIGNMENT_TYPE_WINDOW);

  G_OBJECT_CLASS (alignment_window_parent_class)->dispose (object);
}

static void
alignment_window_finalize (GObject *object)
{
  AlignmentWindow *self = ALIGNMENT_WINDOW (object);

  g_clear_object (&self->alignment_case);
  g_clear_object (&self->file);

  G_OBJECT_CLASS (alignment_window_parent_class)->finalize (object);
}

static void
alignment_window_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  AlignmentWindow *self = ALIGNMENT_WINDOW (object);

  switch (prop_id)
    {
    case PROP_CASE:
      g_value_set_object (value, self->alignment_case);
      break;

    case PROP_FILE:
      g_value_set_object (value, self->file);
      break;

    case PROP_LOADING:
      g_value_set_boolean (value, alignment_window_get_loading (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
alignment_window_class_init (AlignmentWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = alignment_window_constructed;
  object_class->dispose = alignment_window_dispose;
  object_class->finalize = alignment_window_finalize;
  object_class->get_property = alignment_window_get_property;

  window_class->close_request = alignment_window_close_request;

  properties[PROP_CASE] =
    g_param_spec_object ("case", NULL, NULL,
                         ALIGNMENT_TYPE_CASE,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_FILE] =
    g_param_spec_object ("file", NULL, NULL,
                         G_TYPE_FILE,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LOADING] =
    g_param_spec_boolean ("loading", NULL, NULL,
                          FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/Alignment/alignment-window.ui");
  gtk_widget_class_bind_template_child (widget_class, AlignmentWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, AlignmentWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, AlignmentWindow, error_page);
  gtk_widget_class_bind_template_child (widget_class, AlignmentWindow, column_view);
  gtk_widget_class_bind_template_child (widget_class, AlignmentWindow, selection);
  gtk_widget_class_bind_template_callback (widget_class, setup_label_cb);
  gtk_widget_class_bind_template_callback (widget_class, setup_text_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_id_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_type_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_sender_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_start_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_end_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_trigger_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_urgency_cb);
  gtk_widget_class_bind_template_callback (widget_class, bind_understood_cb);

  gtk_widget_class_install_action (widget_class, "win.open", NULL, alignment_window_open_action);
  gtk_widget_class_install_action (widget_class, "win.open-example", NULL, alignment_window_open_example_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK, "win.open", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK, "window.close", NULL);
}

static void
alignment_window_init (AlignmentWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
