/* main.c: the entry point of the Alignment application
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "alignment-application.h"

/* A development build (meson -Dprofile=development) marks its windows
 * with the striped header bar, so it is never mistaken for a release. */
static void
alignment_window_added_cb (GtkApplication *app,
                           GtkWindow      *window,
                           gpointer        user_data)
{
  gtk_widget_add_css_class (GTK_WIDGET (window), "devel");
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(AlignmentApplication) app = NULL;
  const char *localedir;

  /* Run from the build tree (meson devenv), the catalogs are not
   * installed yet: ALIGNMENT_LOCALEDIR points at the built ones. */
  localedir = g_getenv ("ALIGNMENT_LOCALEDIR");
  if (localedir == NULL || *localedir == '\0')
    localedir = LOCALEDIR;

  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  app = alignment_application_new ();

  /* A development build runs as org.example.Alignment.Devel, beside a
   * release, but its resources (gtk/help-overlay.ui, …) stay where the
   * release's are. */
  g_application_set_resource_base_path (G_APPLICATION (app), "/org/example/Alignment");
  if (g_strcmp0 (PROFILE, "development") == 0)
    g_signal_connect (app, "window-added", G_CALLBACK (alignment_window_added_cb), NULL);

  return g_application_run (G_APPLICATION (app), argc, argv);
}
