/* alignment-application.c: the application, its windows and app actions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "alignment-application.h"
#include "alignment-preferences-window.h"
#include "alignment-window.h"

#define EXAMPLE_CASE "agile-way-of-working.alignment"
#define HELP_URI     "help:" HELP_ID

struct _AlignmentApplication
{
  AdwApplication  parent_instance;

  GSettings      *settings;
  AlignmentLibrary *library;
  /* Recovery copies are offered once, by the first window. */
  gboolean        recovery_offered;
  /* What the app last asked the desktop to show, for the tests. */
  char           *shown_uri;
};

G_DEFINE_FINAL_TYPE (AlignmentApplication, alignment_application, ADW_TYPE_APPLICATION)

AlignmentApplication *
alignment_application_new (void)
{
  return g_object_new (ALIGNMENT_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       NULL);
}

GSettings *
alignment_application_get_settings (AlignmentApplication *self)
{
  g_return_val_if_fail (ALIGNMENT_IS_APPLICATION (self), NULL);

  return self->settings;
}

GFile *
alignment_application_dup_example_file (AlignmentApplication *self)
{
  g_autoptr(GFile) installed = NULL;
  const char *path;

  g_return_val_if_fail (ALIGNMENT_IS_APPLICATION (self), NULL);

  /* Trusted even when missing: the window then says which file it could
   * not read, which is what someone who set the variable wants to know. */
  path = g_getenv ("ALIGNMENT_EXAMPLE");
  if (path != NULL && *path != '\0')
    return g_file_new_for_path (path);

  installed = g_file_new_build_filename (PKGDATADIR, "examples", EXAMPLE_CASE, NULL);
  if (g_file_query_exists (installed, NULL))
    return g_steal_pointer (&installed);

  return NULL;
}

/* ---- The case library ------------------------------------------------------ */

static GFile *
dup_library_folder (AlignmentApplication *self)
{
  g_autofree char *folder = NULL;

  if (self->settings != NULL)
    folder = g_settings_get_string (self->settings, "library-folder");

  if (folder != NULL && *folder != '\0')
    return g_file_new_for_commandline_arg (folder);

  return g_file_new_build_filename (g_get_user_data_dir (), PACKAGE_NAME, "cases", NULL);
}

static void
library_folder_changed_cb (AlignmentApplication *self)
{
  g_autoptr(GFile) folder = NULL;

  if (self->library == NULL)
    return;

  folder = dup_library_folder (self);
  alignment_library_set_folder (self->library, folder);
}

/* Cases opened from elsewhere earlier stay at hand. */
static void
library_add_recent (AlignmentLibrary *library)
{
  GList *items = gtk_recent_manager_get_items (gtk_recent_manager_get_default ());

  for (GList *l = items; l != NULL; l = l->next)
    {
      const char *uri = gtk_recent_info_get_uri (l->data);

      if (g_str_has_suffix (uri, ALIGNMENT_FILE_SUFFIX) && gtk_recent_info_exists (l->data))
        {
          g_autoptr(GFile) file = g_file_new_for_uri (uri);

          /* Unless the user removed it from the library. */
          if (!alignment_library_is_hidden (library, file))
            alignment_library_add_file (library, file);
        }
    }
  g_list_free_full (items, (GDestroyNotify) gtk_recent_info_unref);
}

AlignmentLibrary *
alignment_application_get_library (AlignmentApplication *self)
{
  g_return_val_if_fail (ALIGNMENT_IS_APPLICATION (self), NULL);

  if (self->library == NULL)
    {
      g_autoptr(GFile) folder = dup_library_folder (self);

      self->library = alignment_library_new ();
      /* What the user removed from the library stays out of it. */
      if (self->settings != NULL)
        g_settings_bind (self->settings, "library-hidden", self->library, "hidden",
                         G_SETTINGS_BIND_DEFAULT);
      alignment_library_set_folder (self->library, folder);
      library_add_recent (self->library);
    }

  return self->library;
}

/* With no window to show it, the library need not watch its folder: the
 * next window lists the folder afresh, as a first one does. */
static void
alignment_application_window_removed (GtkApplication *app,
                                      GtkWindow      *window)
{
  AlignmentApplication *self = ALIGNMENT_APPLICATION (app);

  GTK_APPLICATION_CLASS (alignment_application_parent_class)->window_removed (app, window);

  if (gtk_application_get_windows (app) == NULL && self->library != NULL)
    {
      /* The last window may be the app's end: no read may outlive it. */
      alignment_library_stop (self->library);
      g_clear_object (&self->library);
    }
}

/* After a crash the last session's unsaved changes wait in the recovery
 * folder: the first window of this one asks about them. */
static void
alignment_application_offer_recovery (AlignmentApplication *self,
                                      AlignmentWindow      *window)
{
  if (self->recovery_offered)
    return;

  self->recovery_offered = TRUE;
  alignment_window_offer_recovery (window);
}

static void
alignment_application_activate (GApplication *app)
{
  AlignmentApplication *self = ALIGNMENT_APPLICATION (app);
  g_autoptr(GFile) example = NULL;
  GtkWindow *window;
  AlignmentWindow *new_window;

  window = gtk_application_get_active_window (GTK_APPLICATION (app));
  if (window != NULL)
    {
      gtk_window_present (window);
      return;
    }

  /* The case the user had open last time, else (a first start) the
   * example: something real rather than an empty window. */
  new_window = alignment_window_new (self);
  if (self->settings != NULL)
    {
      g_autofree char *selected = g_settings_get_string (self->settings, "selected-case");

      if (*selected != '\0')
        {
          g_autoptr(GFile) file = g_file_new_for_uri (selected);

          if (g_file_query_exists (file, NULL))
            example = g_steal_pointer (&file);
        }
    }
  if (example == NULL)
    example = alignment_application_dup_example_file (self);
  if (example != NULL)
    alignment_window_open (new_window, example);

  gtk_window_present (GTK_WINDOW (new_window));
  alignment_application_offer_recovery (self, new_window);
}

static void
alignment_application_open (GApplication  *app,
                            GFile        **files,
                            int            n_files,
                            const char    *hint)
{
  AlignmentApplication *self = ALIGNMENT_APPLICATION (app);

  for (int i = 0; i < n_files; i++)
    {
      AlignmentWindow *window = alignment_window_new (self);

      alignment_window_open (window, files[i]);
      gtk_window_present (GTK_WINDOW (window));
      alignment_application_offer_recovery (self, window);
    }
}

static void
alignment_application_startup (GApplication *app)
{
  AlignmentApplication *self = ALIGNMENT_APPLICATION (app);
  static const char *quit_accels[] = { "<Control>q", NULL };
  static const char *help_accels[] = { "F1", NULL };
  static const char *preferences_accels[] = { "<Control>comma", NULL };
  GSettingsSchemaSource *source;
  g_autoptr(GSettingsSchema) schema = NULL;

  G_APPLICATION_CLASS (alignment_application_parent_class)->startup (app);

  /* g_settings_new() aborts when the schema is missing; a build run by
   * hand should still work, it just forgets its window size. */
  source = g_settings_schema_source_get_default ();
  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APP_ID, TRUE);
  if (schema != NULL)
    self->settings = g_settings_new_full (schema, NULL, NULL);
  else
    g_debug ("Schema %s not found: window state is not remembered", APP_ID);
  if (self->settings != NULL)
    g_signal_connect_object (self->settings, "changed::library-folder",
                             G_CALLBACK (library_folder_changed_cb), self, G_CONNECT_SWAPPED);

  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.help", help_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.preferences", preferences_accels);
}

static void
alignment_application_dispose (GObject *object)
{
  AlignmentApplication *self = ALIGNMENT_APPLICATION (object);

  if (self->library != NULL)
    alignment_library_stop (self->library);
  g_clear_object (&self->library);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->shown_uri, g_free);

  G_OBJECT_CLASS (alignment_application_parent_class)->dispose (object);
}

static void
alignment_application_class_init (AlignmentApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);
  GtkApplicationClass *gtk_app_class = GTK_APPLICATION_CLASS (klass);

  object_class->dispose = alignment_application_dispose;
  gtk_app_class->window_removed = alignment_application_window_removed;

  app_class->startup = alignment_application_startup;
  app_class->activate = alignment_application_activate;
  app_class->open = alignment_application_open;
}

static void
alignment_application_about_action (GSimpleAction *action,
                                    GVariant      *parameter,
                                    gpointer       user_data)
{
  GtkApplication *app = GTK_APPLICATION (user_data);
  static const char *developers[] = { "The Alignment developers", NULL };
  static const char *designers[] = { "The Alignment developers", NULL };
  GtkWindow *parent = gtk_application_get_active_window (app);
  GtkIconTheme *icons;
  const char *icon = APP_ID;
  GtkWidget *about;

  /* Run from the build tree the app's icon is not installed: a generic
   * one looks less broken than the missing-image icon. */
  icons = gtk_icon_theme_get_for_display (parent != NULL
                                          ? gtk_widget_get_display (GTK_WIDGET (parent))
                                          : gdk_display_get_default ());
  if (!gtk_icon_theme_has_icon (icons, icon))
    icon = "x-office-spreadsheet";

  /* The same facts as the metainfo (data/org.example.Alignment.metainfo.xml.in.in):
   * keep the two in step.  adw_about_window_new_from_appdata() would read
   * them from there, but needs the metainfo compiled into a GResource. */
  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "transient-for", parent,
                        "application-name", _("Alignment"),
                        "application-icon", icon,
                        "developer-name", _("The Alignment developers"),
                        "developers", developers,
                        "designers", designers,
                        "version", PACKAGE_VERSION,
                        "comments", _("Follow the signals a customer and its IT service "
                                      "provider exchange, and see where their partnership "
                                      "is aligned and where trust was lost or rebuilt."),
                        "website", PACKAGE_URL,
                        "issue-url", PACKAGE_URL "/issues",
                        "copyright", _("© 2024 The Alignment developers"),
                        "license-type", GTK_LICENSE_GPL_3_0,
                        /* Translators: your names, one per line. */
                        "translator-credits", _("translator-credits"),
                        "release-notes-version", "0.1.0",
                        "release-notes", _("<p>The first release of Alignment.</p>"
                                           "<ul>"
                                           "<li>Open a case and read its signals, threads and trust deltas</li>"
                                           "<li>Import signal logs from CSV, TSV and XLSX sheets</li>"
                                           "<li>Check, convert and analyse cases without a display with alignment-tool</li>"
                                           "<li>A user manual, and a complete Dutch translation</li>"
                                           "</ul>"),
                        NULL);

  /* The thesis the method comes from, and the instrument the trust
   * survey adapts. */
  adw_about_window_add_acknowledgement_section (ADW_ABOUT_WINDOW (about),
                                                _("Method"),
                                                (const char *[]) {
                                                  _("Alignment and trust in IT outsourcing, master’s thesis, Open Universiteit, 2024"),
                                                  /* Translators: the trust survey's questionnaire is adapted from this instrument. */
                                                  _("Trust survey adapted from Cummings & Bromiley, 1996: the Organizational Trust Inventory"),
                                                  NULL
                                                });
  gtk_window_present (GTK_WINDOW (about));
}

/* The manual as HTML, built with it: $ALIGNMENT_HELP_HTML when set (the
 * build tree), else the installed one.  NULL when neither exists. */
static GFile *
dup_help_html (void)
{
  g_autoptr(GFile) index = NULL;
  const char *folder = g_getenv ("ALIGNMENT_HELP_HTML");

  if (folder != NULL && *folder != '\0')
    index = g_file_new_build_filename (folder, "index.html", NULL);
  else
    index = g_file_new_build_filename (PKGDATADIR, "help-html", "index.html", NULL);

  return g_file_query_exists (index, NULL) ? g_steal_pointer (&index) : NULL;
}

static void help_shown_cb (GObject      *object,
                           GAsyncResult *result,
                           gpointer      user_data);

static void
show_uri (AlignmentApplication *self,
          GtkWindow            *parent,
          const char           *uri)
{
  g_free (self->shown_uri);
  self->shown_uri = g_strdup (uri);
  gtk_show_uri_full (parent, uri, GDK_CURRENT_TIME, NULL, help_shown_cb, g_object_ref (self));
}

static void
help_response_cb (AdwMessageDialog     *dialog,
                  const char           *response,
                  AlignmentApplication *self)
{
  g_autoptr(GFile) html = NULL;
  g_autofree char *uri = NULL;

  if (!g_str_equal (response, "browser") || (html = dup_help_html ()) == NULL)
    return;

  uri = g_file_get_uri (html);
  show_uri (self, gtk_window_get_transient_for (GTK_WINDOW (dialog)), uri);
}

/* The help (help: URI) or its HTML pages were shown, or not. */
static void
help_shown_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(AlignmentApplication) self = user_data;
  GtkWindow *parent = object != NULL ? GTK_WINDOW (object) : NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) html = NULL;
  g_autoptr(GAppInfo) viewer = NULL;
  gboolean no_viewer;
  GtkWidget *dialog;

  if (gtk_show_uri_full_finish (parent, result, &error)
      || g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  /* Without a help browser the desktop only says "Operation not
   * supported": say what is missing, and offer the same pages in the
   * web browser (unless that is what failed).  Through the portal the
   * error may say less: no viewer for help: URIs says it. */
  if (g_strcmp0 (self->shown_uri, HELP_URI) == 0)
    html = dup_help_html ();
  viewer = g_app_info_get_default_for_uri_scheme ("help");
  no_viewer = g_strcmp0 (self->shown_uri, HELP_URI) == 0
              && (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED)
                  || g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND)
                  || viewer == NULL);
  if (!no_viewer)
    dialog = adw_message_dialog_new (parent, _("Could Not Show Help"), error->message);
  else if (html != NULL)
    dialog = adw_message_dialog_new (parent, _("No Help Viewer Installed"),
                                     /* Translators: "yelp" is the name of a package. */
                                     _("The help is read with the GNOME help viewer, Yelp. Install the “yelp” package with your software manager, or read the same help in your web browser."));
  else
    dialog = adw_message_dialog_new (parent, _("No Help Viewer Installed"),
                                     /* Translators: "yelp" is the name of a package. */
                                     _("The help is read with the GNOME help viewer, Yelp. Install the “yelp” package with your software manager."));
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  if (html != NULL)
    {
      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "browser", _("Open in _Browser"));
      adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "browser", ADW_RESPONSE_SUGGESTED);
      adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "browser");
      g_signal_connect_object (dialog, "response", G_CALLBACK (help_response_cb), self, 0);
    }
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "close");
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
alignment_application_help_action (GSimpleAction *action,
                                   GVariant      *parameter,
                                   gpointer       user_data)
{
  AlignmentApplication *self = ALIGNMENT_APPLICATION (user_data);
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));

  show_uri (self, parent, HELP_URI);
}

const char *
alignment_application_get_shown_uri (AlignmentApplication *self)
{
  g_return_val_if_fail (ALIGNMENT_IS_APPLICATION (self), NULL);

  return self->shown_uri;
}

static void
alignment_application_quit_action (GSimpleAction *action,
                                   GVariant      *parameter,
                                   gpointer       user_data)
{
  GList *windows;

  /* Closing (rather than destroying) lets each window save its state;
   * the application ends with its last window. */
  windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (user_data)));
  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_close (GTK_WINDOW (l->data));
  g_list_free (windows);
}

static void
alignment_application_preferences_action (GSimpleAction *action,
                                          GVariant      *parameter,
                                          gpointer       user_data)
{
  AlignmentApplication *self = ALIGNMENT_APPLICATION (user_data);
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));

  /* Without the schema there is nothing to keep the choices in. */
  if (self->settings == NULL)
    return;

  gtk_window_present (GTK_WINDOW (alignment_preferences_window_new (parent, self->settings)));
}

static const GActionEntry app_actions[] = {
  { .name = "about", .activate = alignment_application_about_action },
  { .name = "help", .activate = alignment_application_help_action },
  { .name = "preferences", .activate = alignment_application_preferences_action },
  { .name = "quit", .activate = alignment_application_quit_action },
};

static void
alignment_application_init (AlignmentApplication *self)
{
  g_action_map_add_action_entries (G_ACTION_MAP (self),
                                   app_actions, G_N_ELEMENTS (app_actions),
                                   self);
}
