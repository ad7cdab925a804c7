/* survey-harness.c: the Survey view in a window of its own, to look at
 * it and to read it over the accessibility bus (check-survey-atspi.py)
 *
 *   survey-harness CASE [--dark]
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "alignment-survey-view.h"

static gboolean dark;

static void
signals_activated (AlignmentSurveyView *view,
                   GArray              *positions)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < positions->len; i++)
    g_string_append_printf (text, " %u", g_array_index (positions, guint, i));
  g_print ("signals-activated:%s\n", text->str);
}

static void
activate_cb (GApplication *app,
             gpointer      path)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(AlignmentCase) loaded = alignment_case_load (file, NULL, &error);
  g_autoptr(AlignmentDocument) document = NULL;
  GtkWidget *window, *box, *view;

  if (loaded == NULL)
    {
      g_printerr ("%s\n", error->message);
      return;
    }

  if (dark)
    adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_DARK);

  document = alignment_document_new (loaded, file);
  window = adw_application_window_new (GTK_APPLICATION (app));
  gtk_window_set_title (GTK_WINDOW (window), alignment_case_get_title (loaded));
  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 900);

  view = g_object_new (ALIGNMENT_TYPE_SURVEY_VIEW, "vexpand", TRUE, NULL);
  alignment_survey_view_set_document (ALIGNMENT_SURVEY_VIEW (view), document);
  g_signal_connect (view, "signals-activated", G_CALLBACK (signals_activated), NULL);

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_box_append (GTK_BOX (box), adw_header_bar_new ());
  gtk_box_append (GTK_BOX (box), view);
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), box);
  gtk_window_present (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  const GOptionEntry entries[] = {
    { "dark", 0, 0, G_OPTION_ARG_NONE, &dark, "Dark style", NULL },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("CASE");
  g_autoptr(AdwApplication) app = NULL;
  g_autoptr(GError) error = NULL;

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }
  if (argc != 2)
    {
      g_printerr ("Give a case file\n");
      return 2;
    }

  app = adw_application_new ("org.example.Alignment.SurveyHarness", G_APPLICATION_NON_UNIQUE);
  g_signal_connect (app, "activate", G_CALLBACK (activate_cb), argv[1]);
  return g_application_run (G_APPLICATION (app), 1, argv);
}
