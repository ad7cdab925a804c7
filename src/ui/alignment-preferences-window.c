/* alignment-preferences-window.c: the application's preferences
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "alignment-preferences-window.h"

struct _AlignmentPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  AdwActionRow         *folder_row;
  AdwComboRow          *bucket_row;
  AdwComboRow          *palette_row;
  AdwComboRow          *weekday_row;

  GSettings            *settings;
  GtkFileChooserNative *chooser;
};

G_DEFINE_FINAL_TYPE (AlignmentPreferencesWindow, alignment_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

static void
update_folder (AlignmentPreferencesWindow *self)
{
  g_autofree char *folder = g_settings_get_string (self->settings, "library-folder");
  g_autofree char *fallback = NULL;
  g_autoptr(GFile) file = NULL;
  g_autofree char *shown = NULL;

  if (*folder == '\0')
    {
      fallback = g_build_filename (g_get_user_data_dir (), PACKAGE_NAME, "cases", NULL);
      file = g_file_new_for_path (fallback);
    }
  else
    file = g_file_new_for_commandline_arg (folder);

  shown = g_file_get_parse_name (file);
  adw_action_row_set_subtitle (self->folder_row, shown);
}

static void
chooser_response_cb (GtkNativeDialog            *dialog,
                     int                         response,
                     AlignmentPreferencesWindow *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) folder = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      g_autofree char *uri = folder != NULL ? g_file_get_uri (folder) : NULL;

      if (uri != NULL)
        g_settings_set_string (self->settings, "library-folder", uri);
    }

  g_clear_object (&self->chooser);
}

static void
choose_folder_cb (AlignmentPreferencesWindow *self)
{
  self->chooser = gtk_file_chooser_native_new (_("Choose the Case Library Folder"), GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER,
                                               _("_Select"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  g_signal_connect (self->chooser, "response", G_CALLBACK (chooser_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
reset_folder_cb (AlignmentPreferencesWindow *self)
{
  g_settings_reset (self->settings, "library-folder");
}

/* The enums' values are the rows' positions (see the schema). */
static gboolean
enum_to_selected (GValue   *value,
                  GVariant *variant,
                  gpointer  user_data)
{
  const char * const *nicks = user_data;
  const char *nick = g_variant_get_string (variant, NULL);

  for (guint i = 0; nicks[i] != NULL; i++)
    if (g_str_equal (nicks[i], nick))
      {
        g_value_set_uint (value, i);
        return TRUE;
      }

  return FALSE;
}

static GVariant *
selected_to_enum (const GValue       *value,
                  const GVariantType *expected_type,
                  gpointer            user_data)
{
  const char * const *nicks = user_data;
  guint selected = g_value_get_uint (value);

  if (selected >= g_strv_length ((char **) nicks))
    return NULL;

  return g_variant_new_string (nicks[selected]);
}

GtkWidget *
alignment_preferences_window_new (GtkWindow *parent,
                                  GSettings *settings)
{
  static const char * const buckets[] = { "week", "month", "quarter", "thread", NULL };
  static const char * const palettes[] = { "red-green", "blue-orange", NULL };
  static const char * const weekdays[] = { "monday", "sunday", NULL };
  AlignmentPreferencesWindow *self;

  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  self = g_object_new (ALIGNMENT_TYPE_PREFERENCES_WINDOW, "transient-for", parent, NULL);
  self->settings = g_object_ref (settings);

  g_settings_bind_with_mapping (settings, "heatmap-bucket", self->bucket_row, "selected",
                                G_SETTINGS_BIND_DEFAULT, enum_to_selected, selected_to_enum,
                                (gpointer) buckets, NULL);
  g_settings_bind_with_mapping (settings, "trust-palette", self->palette_row, "selected",
                                G_SETTINGS_BIND_DEFAULT, enum_to_selected, selected_to_enum,
                                (gpointer) palettes, NULL);
  g_settings_bind_with_mapping (settings, "first-day-of-week", self->weekday_row, "selected",
                                G_SETTINGS_BIND_DEFAULT, enum_to_selected, selected_to_enum,
                                (gpointer) weekdays, NULL);
  g_signal_connect_object (settings, "changed::library-folder", G_CALLBACK (update_folder),
                           self, G_CONNECT_SWAPPED);
  update_folder (self);

  return GTK_WIDGET (self);
}

static void
alignment_preferences_window_dispose (GObject *object)
{
  AlignmentPreferencesWindow *self = ALIGNMENT_PREFERENCES_WINDOW (object);

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (alignment_preferences_window_parent_class)->dispose (object);
}

static void
alignment_preferences_window_class_init (AlignmentPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = alignment_preferences_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/Alignment/alignment-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, AlignmentPreferencesWindow, folder_row);
  gtk_widget_class_bind_template_child (widget_class, AlignmentPreferencesWindow, bucket_row);
  gtk_widget_class_bind_template_child (widget_class, AlignmentPreferencesWindow, palette_row);
  gtk_widget_class_bind_template_child (widget_class, AlignmentPreferencesWindow, weekday_row);
  gtk_widget_class_bind_template_callback (widget_class, choose_folder_cb);
  gtk_widget_class_bind_template_callback (widget_class, reset_folder_cb);
}

static void
alignment_preferences_window_init (AlignmentPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
