/* heatmap-harness.c: the heatmap view and the thread panel in a window of
 * their own, to look at them and try them by hand before the main window
 * holds them
 *
 *   heatmap-harness [CASE] [--dark] [--blue-orange] [--expand] [--screenshot FILE.png]
 *
 * Without CASE it shows the bundled example (ALIGNMENT_EXAMPLE).  With
 * --screenshot it draws the window into FILE.png and quits.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "alignment-heatmap-print.h"
#include "alignment-heatmap-view.h"
#include "alignment-thread-panel.h"

static char *screenshot;
static gboolean dark;
static gboolean blue_orange;
static gboolean expand;

static void
print_clicked (GtkButton            *button,
               AlignmentHeatmapView *view)
{
  g_autoptr(AlignmentHeatmapPrint) print = NULL;
  g_autoptr(GError) error = NULL;

  print = alignment_heatmap_print_new (alignment_heatmap_view_get_case (view),
                                       alignment_heatmap_view_get_bucket_kind (view),
                                       alignment_heatmap_view_get_mode (view),
                                       alignment_heatmap_view_get_trust_scale (view));
  gtk_print_operation_run (GTK_PRINT_OPERATION (print), GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                           GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (button))), &error);
  if (error != NULL)
    g_printerr ("%s\n", error->message);
}

static void
report_positions (const char *what,
                  GArray     *positions)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < positions->len; i++)
    g_string_append_printf (text, " %u", g_array_index (positions, guint, i));
  g_print ("%s:%s\n", what, text->str);
}

static void
cell_activated (AlignmentHeatmapView *view,
                guint                 row,
                guint                 column,
                GArray               *positions)
{
  report_positions ("cell-activated", positions);
}

static void
signals_activated (AlignmentThreadPanel *panel,
                   GArray               *positions)
{
  report_positions ("signals-activated", positions);
}

static void
expand_rows (GtkWidget *widget)
{
  if (ADW_IS_EXPANDER_ROW (widget))
    adw_expander_row_set_expanded (ADW_EXPANDER_ROW (widget), TRUE);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    expand_rows (child);
}

/* The panel makes its rows when they are shown: open them once there. */
static gboolean
expand_shown_rows (gpointer panel)
{
  expand_rows (panel);
  return G_SOURCE_REMOVE;
}

static gboolean
take_screenshot (gpointer data)
{
  GtkWidget *window = data;
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (window);
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;

  gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot),
                          gtk_widget_get_width (window), gtk_widget_get_height (window));
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (window)), node, NULL);
  gdk_texture_save_to_png (texture, screenshot);
  gtk_window_destroy (GTK_WINDOW (window));
  return G_SOURCE_REMOVE;
}

static void
activate (GApplication *app,
          const char   *path)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(AlignmentCase) loaded = alignment_case_load (file, NULL, &error);
  GtkWidget *window, *header, *paned, *view, *panel, *print;

  if (loaded == NULL)
    {
      g_printerr ("%s\n", error->message);
      return;
    }

  if (dark)
    adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_DARK);

  window = adw_application_window_new (GTK_APPLICATION (app));
  gtk_window_set_title (GTK_WINDOW (window), alignment_case_get_title (loaded));
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 900);

  view = alignment_heatmap_view_new ();
  alignment_heatmap_view_set_case (ALIGNMENT_HEATMAP_VIEW (view), loaded);
  if (blue_orange)
    alignment_heatmap_view_set_trust_scale (ALIGNMENT_HEATMAP_VIEW (view), ALIGNMENT_SCALE_BLUE_ORANGE);
  g_signal_connect (view, "cell-activated", G_CALLBACK (cell_activated), NULL);

  panel = alignment_thread_panel_new ();
  alignment_thread_panel_set_case (ALIGNMENT_THREAD_PANEL (panel), loaded);
  g_signal_connect (panel, "signals-activated", G_CALLBACK (signals_activated), NULL);

  paned = gtk_paned_new (GTK_ORIENTATION_VERTICAL);
  gtk_paned_set_start_child (GTK_PANED (paned), view);
  gtk_paned_set_end_child (GTK_PANED (paned), panel);
  gtk_paned_set_position (GTK_PANED (paned), 400);

  header = adw_header_bar_new ();
  print = gtk_button_new_from_icon_name ("printer-symbolic");
  gtk_widget_set_tooltip_text (print, "Print the heatmap");
  g_signal_connect (print, "clicked", G_CALLBACK (print_clicked), view);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), print);

  {
    GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

    gtk_box_append (GTK_BOX (box), header);
    gtk_box_append (GTK_BOX (box), paned);
    gtk_widget_set_vexpand (paned, TRUE);
    adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), box);
  }

  if (expand)
    {
      g_timeout_add (300, expand_shown_rows, panel);
      gtk_paned_set_position (GTK_PANED (paned), 0);
    }

  gtk_window_present (GTK_WINDOW (window));
  if (screenshot != NULL)
    g_timeout_add (800, take_screenshot, window);
}

static void
activate_cb (GApplication *app,
             gpointer      path)
{
  activate (app, path);
}

int
main (int   argc,
      char *argv[])
{
  const GOptionEntry entries[] = {
    { "screenshot", 0, 0, G_OPTION_ARG_FILENAME, &screenshot, "Draw the window into FILE and quit", "FILE" },
    { "dark", 0, 0, G_OPTION_ARG_NONE, &dark, "Dark style", NULL },
    { "blue-orange", 0, 0, G_OPTION_ARG_NONE, &blue_orange, "The colour-blind-safe scale", NULL },
    { "expand", 0, 0, G_OPTION_ARG_NONE, &expand, "Expand the threads, and give them the room", NULL },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("[CASE]");
  g_autoptr(AdwApplication) app = NULL;
  g_autoptr(GError) error = NULL;
  const char *path;

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }
  path = argc > 1 ? argv[1] : g_getenv ("ALIGNMENT_EXAMPLE");
  if (path == NULL)
    {
      g_printerr ("Give a case file, or set ALIGNMENT_EXAMPLE\n");
      return 2;
    }

  app = adw_application_new ("org.example.Alignment.HeatmapHarness", G_APPLICATION_NON_UNIQUE);
  g_signal_connect (app, "activate", G_CALLBACK (activate_cb), (gpointer) path);
  return g_application_run (G_APPLICATION (app), 0, NULL);
}
