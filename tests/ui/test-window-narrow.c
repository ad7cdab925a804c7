/* test-window-narrow.c: the window on half of a small screen (issue 15):
 * every header-bar button stays inside a 640 px wide window, the case
 * library folds into a flap that the keyboard opens, both parties'
 * trust impacts stay in view beside the editor, and Tab crosses the
 * signal list in one stop.
 *
 * The keyboard tests send real key events with xdotool (XTEST) and are
 * skipped, saying so, without it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gdk/x11/gdkx.h>

#include "alignment-case-page-private.h"
#include "alignment-signal-table-private.h"
#include "alignment-window-private.h"
#include "ui-test.h"

#define TABLE(window) alignment_case_page_get_signal_table (alignment_window_get_case_page (window))

static AlignmentApplication *app;

/* ---- The window at a size ------------------------------------------------------- */

typedef struct
{
  AlignmentWindow *window;
  int              width;
} WidthWait;

static int
surface_width (AlignmentWindow *window)
{
  return gdk_surface_get_width (gtk_native_get_surface (GTK_NATIVE (window)));
}

static gboolean
window_resized (gpointer data)
{
  WidthWait *wait = data;

  return surface_width (wait->window) == wait->width
         && gtk_widget_get_width (GTK_WIDGET (wait->window)) <= wait->width;
}

/* Asks for @width and waits for it.  Under Xvfb there is no window
 * manager: the window takes the size asked for, unless its own minimum
 * is larger, and then the wait fails, saying what it got. */
static void
resize_window (AlignmentWindow *window,
               int              width,
               int              height)
{
  WidthWait wait = { window, width };
  g_autofree char *what = NULL;

  /* A size asked for while the window is still being mapped can go
   * unheard: ask again now and then. */
  for (guint i = 0; i < 50 && !window_resized (&wait); i++)
    {
      if (i % 10 == 0)
        {
          gtk_window_set_default_size (GTK_WINDOW (window), width - 1, height);
          gtk_window_set_default_size (GTK_WINDOW (window), width, height);
        }
      ui_test_spin_for (100);
    }
  what = g_strdup_printf ("a window %d px wide, got %d (its content needs %d)",
                          width, surface_width (window), gtk_widget_get_width (GTK_WIDGET (window)));
  if (!window_resized (&wait))
    g_error ("Asked for %s", what);
  /* The library slides in or out. */
  ui_test_spin_for (500);
}

static AlignmentWindow *
new_window_with_example (int width,
                         int height)
{
  AlignmentWindow *window = ui_test_new_window ();
  g_autoptr(GFile) example = g_file_new_for_path (g_getenv ("ALIGNMENT_EXAMPLE"));
  g_autoptr(AlignmentSignal) first = NULL;

  alignment_window_open (window, example);
  ui_test_spin_until (ui_test_window_loaded, window, "the example to load");
  /* The editor shows a signal: its form is wider than its empty state. */
  first = g_list_model_get_item (G_LIST_MODEL (alignment_case_get_signals (alignment_window_get_case (window))), 0);
  alignment_window_select_signal (window, first);
  alignment_case_page_set_editor_visible (alignment_window_get_case_page (window), TRUE);
  resize_window (window, width, height);

  return window;
}

static gboolean
bounds_inside (GtkWidget       *widget,
               GtkWidget       *area,
               graphene_rect_t *bounds)
{
  return gtk_widget_compute_bounds (widget, area, bounds)
         && bounds->origin.x >= 0
         && bounds->origin.y >= 0
         && bounds->origin.x + bounds->size.width <= gtk_widget_get_width (area) + 0.5
         && bounds->origin.y + bounds->size.height <= gtk_widget_get_height (area) + 0.5;
}

/* Every button of every header bar and view switcher bar on screen lies
 * inside the window; returns how many there are. */
static guint
assert_header_buttons_inside (AlignmentWindow *window)
{
  GType bars[] = { ADW_TYPE_HEADER_BAR, ADW_TYPE_VIEW_SWITCHER_BAR };
  guint n_buttons = 0;

  for (guint t = 0; t < G_N_ELEMENTS (bars); t++)
    {
      GtkWidget *bar;

      for (guint b = 0; (bar = ui_test_find_any_nth (GTK_WIDGET (window), bars[t], b)) != NULL; b++)
        {
          GtkWidget *button;

          if (!gtk_widget_get_mapped (bar)
              || (ADW_IS_VIEW_SWITCHER_BAR (bar) && !adw_view_switcher_bar_get_reveal (ADW_VIEW_SWITCHER_BAR (bar))))
            continue;

          for (guint i = 0; (button = ui_test_find_any_nth (bar, GTK_TYPE_BUTTON, i)) != NULL; i++)
            {
              graphene_rect_t bounds;

              if (!gtk_widget_get_mapped (button))
                continue;

              if (!bounds_inside (button, GTK_WIDGET (window), &bounds))
                g_error ("A %s of the header (“%s”) lies at x %.0f–%.0f, y %.0f–%.0f, outside a window of %d × %d px",
                         G_OBJECT_TYPE_NAME (button),
                         gtk_widget_get_tooltip_text (button) != NULL ? gtk_widget_get_tooltip_text (button)
                         : GTK_IS_BUTTON (button) && gtk_button_get_label (GTK_BUTTON (button)) != NULL
                         ? gtk_button_get_label (GTK_BUTTON (button)) : gtk_widget_get_name (button),
                         bounds.origin.x, bounds.origin.x + bounds.size.width,
                         bounds.origin.y, bounds.origin.y + bounds.size.height,
                         gtk_widget_get_width (GTK_WIDGET (window)), gtk_widget_get_height (GTK_WIDGET (window)));
              n_buttons++;
            }
        }
    }

  return n_buttons;
}

static gboolean
library_revealed (gpointer window)
{
  return adw_flap_get_reveal_flap (ALIGNMENT_WINDOW (window)->library_flap);
}

/* ---- The header bar at 960, 800 and 640 px -------------------------------------------- */

static void
test_narrow_header (void)
{
  const int widths[] = { 960, 800, 640 };
  AlignmentWindow *window = new_window_with_example (1270, 800);

  /* Wide: the library beside the case. */
  g_assert_false (adw_flap_get_folded (window->library_flap));
  g_assert_true (adw_flap_get_reveal_flap (window->library_flap));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (window->sidebar)));

  for (guint i = 0; i < G_N_ELEMENTS (widths); i++)
    {
      guint n_buttons;

      resize_window (window, widths[i], 700);
      n_buttons = assert_header_buttons_inside (window);
      /* At least the library, undo, redo, Save, the main menu and Close. */
      g_assert_cmpuint (n_buttons, >=, 6);
      g_assert_nonnull (ui_test_find_button (GTK_WIDGET (window), "_Save"));
    }

  /* Narrow: the library folds away, and its button brings it back over
   * the case; choosing a case lets it go again. */
  g_assert_true (adw_flap_get_folded (window->library_flap));
  g_assert_false (adw_flap_get_reveal_flap (window->library_flap));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (window->library_button)));
  gtk_widget_activate (GTK_WIDGET (window->library_button));
  ui_test_spin_until (library_revealed, window, "the library to open");
  g_assert_true (gtk_toggle_button_get_active (window->library_button));
  ui_test_spin_for (400);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (window->sidebar)));
  assert_header_buttons_inside (window);
  g_signal_emit_by_name (ui_test_find_any_nth (GTK_WIDGET (window->sidebar), GTK_TYPE_LIST_VIEW, 0), "activate", 0u);
  ui_test_settle ();
  g_assert_false (adw_flap_get_reveal_flap (window->library_flap));

  /* Wide again: the library is back beside the case. */
  resize_window (window, 1270, 800);
  g_assert_false (adw_flap_get_folded (window->library_flap));
  g_assert_true (adw_flap_get_reveal_flap (window->library_flap));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* ---- The trust impacts beside the editor ----------------------------------------------- */

static void
collect_impact_cells (GtkWidget *widget,
                      GPtrArray *cells)
{
  if (gtk_widget_has_css_class (widget, "impacts") && gtk_widget_get_mapped (widget))
    {
      g_ptr_array_add (cells, widget);
      return;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    collect_impact_cells (child, cells);
}

static char *
cell_glyphs (GtkWidget *cell)
{
  GString *glyphs = g_string_new (NULL);

  for (GtkWidget *label = gtk_widget_get_first_child (cell); label != NULL; label = gtk_widget_get_next_sibling (label))
    g_string_append (glyphs, gtk_inscription_get_text (GTK_INSCRIPTION (label)));

  return g_string_free (glyphs, FALSE);
}

static void
test_impacts_in_view (void)
{
  AlignmentWindow *window = new_window_with_example (1270, 800);
  GtkWidget *list = GTK_WIDGET (TABLE (window)->column_view);
  GtkWidget *scrolled = gtk_widget_get_ancestor (list, GTK_TYPE_SCROLLED_WINDOW);
  g_autoptr(GPtrArray) cells = g_ptr_array_new ();
  guint n_customer = 0, n_provider = 0;

  g_assert_true (alignment_case_page_get_editor_visible (alignment_window_get_case_page (window)));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (alignment_window_get_case_page (window)->signal_editor)));
  ui_test_assert_label_shown (list, "1a");

  /* Both parties' cells of every row are inside the part of the list on
   * screen, with no scrolling. */
  collect_impact_cells (list, cells);
  g_assert_cmpuint (cells->len, ==, 2 * 16);
  for (guint i = 0; i < cells->len; i++)
    {
      graphene_rect_t bounds;

      if (!bounds_inside (cells->pdata[i], scrolled, &bounds))
        g_error ("A trust cell lies at x %.0f–%.0f, outside the list's %d px on screen",
                 bounds.origin.x, bounds.origin.x + bounds.size.width, gtk_widget_get_width (scrolled));
    }

  /* The cell says all three realms to a screen reader.  Signal 1b: the
   * customer's operational trust went down (as did 2b's), and 2e: the
   * provider's. */
  for (guint i = 0; i < cells->len; i++)
    {
      g_autofree char *glyphs = cell_glyphs (cells->pdata[i]);
      g_autofree char *customer = NULL;

      if (!g_str_equal (glyphs, "→↓→"))
        continue;

      customer = gtk_test_accessible_check_property (cells->pdata[i], GTK_ACCESSIBLE_PROPERTY_LABEL,
                                                     "Customer’s trust: "
                                                     "Contractual (honesty in exchange): Same; "
                                                     "Operational (good-faith effort): Negative; "
                                                     "Relational (limited opportunism): Same");
      if (customer == NULL)
        n_customer++;
      else
        {
          g_autofree char *provider =
            gtk_test_accessible_check_property (cells->pdata[i], GTK_ACCESSIBLE_PROPERTY_LABEL,
                                                "Service provider’s trust: "
                                                "Contractual (honesty in exchange): Same; "
                                                "Operational (good-faith effort): Negative; "
                                                "Relational (limited opportunism): Same");

          if (provider != NULL)
            g_error ("%s; %s", customer, provider);
          n_provider++;
        }
      g_assert_true (gtk_widget_get_has_tooltip (cells->pdata[i]));
    }
  g_assert_cmpuint (n_customer, >=, 2);
  g_assert_cmpuint (n_provider, >=, 1);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* ---- Real keys --------------------------------------------------------------------------- */

static char *xdotool;

static void
xdotool_run (const char *const *args)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  int status;

  g_ptr_array_add (argv, xdotool);
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (char *) args[i]);
  g_ptr_array_add (argv, NULL);

  g_assert_true (g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT,
                               NULL, NULL, NULL, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
}

static void
focus_window (AlignmentWindow *window)
{
  g_autofree char *xid = NULL;

  xid = g_strdup_printf ("%lu", (gulong) gdk_x11_surface_get_xid (gtk_native_get_surface (GTK_NATIVE (window))));
  xdotool_run ((const char *[]) { "windowfocus", "--sync", xid, NULL });
  ui_test_spin_until ((UiTestPredicate) gtk_window_is_active, window, "the window to have the keyboard");
}

/* Other tests' windows on the same display may take the keyboard: each
 * key goes to this window's. */
static void
press (AlignmentWindow *window,
       const char      *keys)
{
  focus_window (window);
  xdotool_run ((const char *[]) { "key", "--clearmodifiers", keys, NULL });
  ui_test_settle ();
}

static gboolean
require_xdotool (void)
{
  if (!GDK_IS_X11_DISPLAY (gdk_display_get_default ()))
    {
      g_test_skip ("Real key events need X11 (GDK_BACKEND=x11)");
      return FALSE;
    }

  if (xdotool == NULL)
    {
      g_test_skip ("xdotool is not installed: no real key events (apt-get install xdotool)");
      return FALSE;
    }

  return TRUE;
}

static gboolean
focus_inside (AlignmentWindow *window,
              GtkWidget       *ancestor)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));

  return focus != NULL && (focus == ancestor || gtk_widget_is_ancestor (focus, ancestor));
}

static void
test_tab_crosses_list (void)
{
  AlignmentWindow *window;
  GtkWidget *list, *toggle, *editor;
  guint selected;

  if (!require_xdotool ())
    return;

  window = new_window_with_example (1270, 800);
  list = GTK_WIDGET (TABLE (window)->column_view);
  editor = GTK_WIDGET (alignment_window_get_case_page (window)->signal_editor);
  toggle = ui_test_find_any_button_with_tooltip (GTK_WIDGET (TABLE (window)), "Show the Signal Editor (F9)");
  g_assert_nonnull (toggle);
  ui_test_assert_label_shown (list, "3e");

  /* From the last button above the list: one Tab into it, one out of it,
   * into the editor beside it. */
  g_assert_true (gtk_widget_grab_focus (toggle));
  press (window, "Tab");
  g_assert_true (focus_inside (window, list));
  selected = gtk_single_selection_get_selected (TABLE (window)->selection);

  /* The arrows move inside. */
  press (window, "Down");
  g_assert_true (focus_inside (window, list));
  g_assert_cmpuint (gtk_single_selection_get_selected (TABLE (window)->selection), ==, selected + 1);

  press (window, "Tab");
  g_assert_false (focus_inside (window, list));
  g_assert_true (focus_inside (window, editor));

  /* And back: one Shift+Tab into the list, one out of it. */
  press (window, "shift+Tab");
  g_assert_true (focus_inside (window, list));
  press (window, "shift+Tab");
  g_assert_true (gtk_root_get_focus (GTK_ROOT (window)) == toggle);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_library_from_keyboard (void)
{
  AlignmentWindow *window;

  if (!require_xdotool ())
    return;

  window = new_window_with_example (640, 700);
  g_assert_true (adw_flap_get_folded (window->library_flap));
  g_assert_false (adw_flap_get_reveal_flap (window->library_flap));

  /* Shift+F9 opens the library over the case, with the keyboard in its
   * list; again, it closes and the keyboard is back on its button. */
  press (window, "shift+F9");
  g_assert_true (adw_flap_get_reveal_flap (window->library_flap));
  g_assert_true (focus_inside (window, GTK_WIDGET (window->sidebar)));
  press (window, "shift+F9");
  g_assert_false (adw_flap_get_reveal_flap (window->library_flap));
  g_assert_true (gtk_root_get_focus (GTK_ROOT (window)) == GTK_WIDGET (window->library_button));

  /* The button answers the keyboard too. */
  press (window, "space");
  ui_test_spin_until (library_revealed, window, "the library to open");

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  if (!ui_test_init (&argc, &argv, "/window-narrow/skipped", "test-window-narrow-XXXXXX", &status))
    return status;

  xdotool = g_find_program_in_path ("xdotool");
  app = ui_test_start_application (G_APPLICATION_HANDLES_OPEN | G_APPLICATION_NON_UNIQUE);
  ui_test_add ("/window-narrow/header", test_narrow_header, UI_TEST_FRESH_CASES);
  ui_test_add ("/window-narrow/impacts-in-view", test_impacts_in_view, UI_TEST_FRESH_CASES);
  ui_test_add ("/window-narrow/tab-crosses-list", test_tab_crosses_list, UI_TEST_FRESH_CASES);
  ui_test_add ("/window-narrow/library-from-keyboard", test_library_from_keyboard, UI_TEST_FRESH_CASES);

  return ui_test_run ();
}
