/* timeline-harness.c: the timeline view alone in a window, to look at
 *
 *   meson devenv -C BUILDDIR tests/ui/timeline-harness [CASE]
 *
 * Shows CASE (default: the example) with zoom buttons, the lane switch
 * and Print; the signal list beside it shares the selection, as in the
 * app's window.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "alignment-timeline-print.h"
#include "alignment-timeline-view.h"

static void
print_cb (GtkButton             *button,
          AlignmentTimelineView *view)
{
  double first, last;

  alignment_timeline_view_get_viewport (view, &first, &last);
  alignment_timeline_print_run_with_options (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (view))),
                                             alignment_timeline_view_get_case (view),
                                             alignment_timeline_view_get_lanes (view), first, last,
                                             alignment_timeline_view_get_levels (view),
                                             alignment_timeline_view_get_board (view));
}

static void
lanes_cb (GtkToggleButton       *button,
          AlignmentTimelineView *view)
{
  alignment_timeline_view_set_lanes (view, gtk_toggle_button_get_active (button)
                                           ? ALIGNMENT_TIMELINE_LANES_THREAD : ALIGNMENT_TIMELINE_LANES_PARTY);
}

static void
activate_signal_cb (AlignmentTimelineView *view,
                    guint                  position)
{
  g_print ("activate-signal %u\n", position);
}

static void
bind_id_cb (GtkSignalListItemFactory *factory,
            GtkListItem              *item)
{
  AlignmentSignal *signal = gtk_list_item_get_item (item);

  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)), alignment_signal_get_id (signal));
}

static void
setup_id_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item)
{
  gtk_list_item_set_child (item, gtk_label_new (NULL));
}

/* The view's actions live on the view: the header's buttons call them. */
static void
action_button_cb (GtkButton             *button,
                  AlignmentTimelineView *view)
{
  gtk_widget_activate_action (GTK_WIDGET (view), g_object_get_data (G_OBJECT (button), "action"), NULL);
}

static void
add_action_button (GtkWidget             *header,
                   const char            *icon,
                   AlignmentTimelineView *view,
                   const char            *action)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  g_object_set_data (G_OBJECT (button), "action", (gpointer) action);
  g_signal_connect (button, "clicked", G_CALLBACK (action_button_cb), view);
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), button);
}

static void
activate_cb (GtkApplication *app,
             const char     *path)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(AlignmentCase) case_ = alignment_case_load (file, NULL, &error);
  GtkWidget *window, *header, *paned, *scrolled, *list, *button;
  GtkSingleSelection *selection;
  GtkListItemFactory *factory;
  AlignmentTimelineView *view;

  if (case_ == NULL)
    {
      g_printerr ("%s\n", error->message);
      return;
    }

  window = adw_application_window_new (app);
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 720);
  gtk_window_set_title (GTK_WINDOW (window), alignment_case_get_title (case_));

  view = ALIGNMENT_TIMELINE_VIEW (alignment_timeline_view_new ());
  selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (alignment_case_get_signals (case_))));
  gtk_single_selection_set_autoselect (selection, FALSE);
  gtk_single_selection_set_can_unselect (selection, TRUE);
  gtk_single_selection_set_selected (selection, GTK_INVALID_LIST_POSITION);
  alignment_timeline_view_set_case (view, case_);
  alignment_timeline_view_set_selection (view, GTK_SELECTION_MODEL (selection));
  g_signal_connect (view, "activate-signal", G_CALLBACK (activate_signal_cb), NULL);

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (setup_id_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_id_cb), NULL);
  list = gtk_list_view_new (GTK_SELECTION_MODEL (selection), factory);
  scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), list);
  gtk_widget_set_size_request (scrolled, 80, -1);

  paned = gtk_paned_new (GTK_ORIENTATION_HORIZONTAL);
  gtk_paned_set_start_child (GTK_PANED (paned), scrolled);
  gtk_paned_set_end_child (GTK_PANED (paned), GTK_WIDGET (view));
  gtk_paned_set_shrink_start_child (GTK_PANED (paned), FALSE);

  header = adw_header_bar_new ();
  add_action_button (header, "zoom-out-symbolic", view, "timeline.zoom-out");
  add_action_button (header, "zoom-fit-best-symbolic", view, "timeline.zoom-fit");
  add_action_button (header, "zoom-in-symbolic", view, "timeline.zoom-in");
  button = gtk_toggle_button_new_with_label ("Thread lanes");
  g_signal_connect (button, "toggled", G_CALLBACK (lanes_cb), view);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), button);
  button = gtk_button_new_with_label ("Print…");
  g_signal_connect (button, "clicked", G_CALLBACK (print_cb), view);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), button);

  {
    GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

    gtk_box_append (GTK_BOX (box), header);
    gtk_box_append (GTK_BOX (box), paned);
    gtk_widget_set_vexpand (paned, TRUE);
    adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), box);
  }

  g_object_set_data_full (G_OBJECT (window), "selection", selection, g_object_unref);
  gtk_window_present (GTK_WINDOW (window));
  gtk_widget_grab_focus (GTK_WIDGET (view));
}

static void
force_dark_cb (GApplication *app)
{
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_DARK);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(AdwApplication) app = adw_application_new ("org.example.Alignment.TimelineHarness",
                                                        G_APPLICATION_NON_UNIQUE);
  const char *path = argc > 1 ? argv[1] : g_getenv ("ALIGNMENT_EXAMPLE");

  if (path == NULL)
    {
      g_printerr ("Usage: timeline-harness CASE\n");
      return 2;
    }

  g_signal_connect (app, "activate", G_CALLBACK (activate_cb), (gpointer) path);
  /* HARNESS_DARK=1 looks at the dark style without changing the desktop. */
  if (g_getenv ("HARNESS_DARK") != NULL)
    g_signal_connect (app, "startup", G_CALLBACK (force_dark_cb), NULL);
  return g_application_run (G_APPLICATION (app), 1, argv);
}
