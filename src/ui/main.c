/* main.c: the entry point of the Alignment application
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "alignment-application.h"

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

  return g_application_run (G_APPLICATION (app), argc, argv);
}
