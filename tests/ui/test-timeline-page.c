/* test-timeline-page.c: the Timeline page of the main window as a user
 * meets it: its lane buttons, its keys, its tooltips and the editor
 * beside it
 *
 * Needs a display (build-aux/run-tests runs the suite under Xvfb):
 * without one this test fails, unless ALIGNMENT_SKIP_DISPLAY_TESTS is
 * set.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gstdio.h>

#include "alignment-application.h"
#include "alignment-case-page-private.h"
#include "alignment-palette.h"
#include "alignment-timeline-view-private.h"
#include "alignment-window-private.h"
#include "ui-test.h"

#define PAGE(window) alignment_window_get_case_page (window)
#define VIEW(window) (PAGE (window)->timeline_view)

static AlignmentApplication *app;

/* A window showing the bundled example on its Timeline page. */
static AlignmentWindow *
new_window_on_timeline (int width,
                        int height)
{
  AlignmentWindow *window = alignment_window_new (app);

  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  gtk_window_present (GTK_WINDOW (window));
  ui_test_spin_until (ui_test_library_idle, window, "the library to be read");
  ui_test_activate (window, "win.open-example");
  ui_test_spin_until (ui_test_window_loaded, window, "the example to load");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s", "timeline"));
  ui_test_settle ();
  return window;
}

static gboolean
timeline_laid_out (gpointer data)
{
  AlignmentTimelineView *view = VIEW (ALIGNMENT_WINDOW (data));

  return gtk_widget_get_mapped (GTK_WIDGET (view))
         && alignment_timeline_view_get_layout (view) != NULL;
}

/* The timeline's pixels as GTK draws them on screen, B G R A, once it
 * has drawn what changed. */
static GBytes *
timeline_pixels (AlignmentWindow *window)
{
  GtkWidget *view = GTK_WIDGET (VIEW (window));
  int width = -1, height = -1;
  guint same = 0;

  /* A slow build may still be fitting the page around the view (a bar
   * shown, a toolbar folded): wait until the view keeps its size. */
  for (guint i = 0; i < 100 && same < 5; i++)
    {
      ui_test_settle ();
      if (gtk_widget_get_width (view) == width && gtk_widget_get_height (view) == height)
        same++;
      else
        same = 0;
      width = gtk_widget_get_width (view);
      height = gtk_widget_get_height (view);
      ui_test_spin_for (100);
    }
  ui_test_settle ();
  return ui_test_render_widget (view);
}

static guint
n_pixels_changed (GBytes *before,
                  GBytes *after)
{
  gsize size, size_after;
  const guint8 *a = g_bytes_get_data (before, &size);
  const guint8 *b = g_bytes_get_data (after, &size_after);
  guint n = 0;

  g_assert_cmpuint (size, ==, size_after);
  for (gsize i = 0; i < size; i += 4)
    if (ABS (a[i] - b[i]) + ABS (a[i + 1] - b[i + 1]) + ABS (a[i + 2] - b[i + 2]) > 24)
      n++;
  return n;
}

static guint
n_lanes_drawn (AlignmentWindow *window)
{
  ui_test_spin_until (timeline_laid_out, window, "the timeline to be laid out");
  return alignment_timeline_view_get_layout (VIEW (window))->lanes->len;
}

static gboolean
thread_lanes (gpointer data)
{
  return alignment_timeline_view_get_lanes (VIEW (ALIGNMENT_WINDOW (data))) == ALIGNMENT_TIMELINE_LANES_THREAD;
}

static gboolean
party_lanes (gpointer data)
{
  return !thread_lanes (data);
}

/* ---- Lanes -------------------------------------------------------------------- */

/* The Threads button draws a lane per thread (the example has three);
 * Parties one per party again; after a resize too. */
static void
test_lane_buttons (void)
{
  AlignmentWindow *window = new_window_on_timeline (1280, 900);
  GtkWidget *threads = ui_test_find_button (GTK_WIDGET (PAGE (window)), "T_hreads");
  GtkWidget *parties = ui_test_find_button (GTK_WIDGET (PAGE (window)), "_Parties");
  g_autoptr(GBytes) party_pixels = NULL;
  g_autoptr(GBytes) thread_pixels = NULL;
  const AlignmentTimelineLane *lane;

  g_assert_nonnull (threads);
  g_assert_nonnull (parties);
  g_assert_cmpuint (n_lanes_drawn (window), ==, 2);
  party_pixels = timeline_pixels (window);

  /* As a click does: the button shows itself pressed a moment first. */
  gtk_widget_activate (threads);
  ui_test_spin_until (thread_lanes, window, "the thread lanes");
  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (threads)));
  g_assert_cmpint (alignment_timeline_view_get_lanes (VIEW (window)), ==, ALIGNMENT_TIMELINE_LANES_THREAD);
  g_assert_cmpuint (n_lanes_drawn (window), ==, 3);
  lane = &g_array_index (alignment_timeline_view_get_layout (VIEW (window))->lanes, AlignmentTimelineLane, 0);
  g_assert_cmpstr (lane->label, ==, "1 · Training in SAFe");
  thread_pixels = timeline_pixels (window);
  /* Not a few pixels: the lanes, their labels and the markers moved. */
  g_assert_cmpuint (n_pixels_changed (party_pixels, thread_pixels), >, 2000);

  /* A resize keeps them. */
  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 700);
  gtk_widget_queue_resize (GTK_WIDGET (window));
  ui_test_settle ();
  g_assert_cmpuint (n_lanes_drawn (window), ==, 3);

  gtk_widget_activate (parties);
  ui_test_spin_until (party_lanes, window, "the party lanes");
  g_assert_cmpint (alignment_timeline_view_get_lanes (VIEW (window)), ==, ALIGNMENT_TIMELINE_LANES_PARTY);
  g_assert_cmpuint (n_lanes_drawn (window), ==, 2);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Moves the real pointer to @x, @y of @widget, as a user does: GTK sees
 * the crossing and motion events it would.  Without a window manager the
 * window lies at the screen's origin.  FALSE, with the test skipped,
 * without xdotool. */
static gboolean
move_pointer (GtkWidget *widget,
              double     x,
              double     y)
{
  g_autofree char *program = g_find_program_in_path ("xdotool");
  g_autofree char *command = NULL;
  g_autoptr(GError) error = NULL;
  graphene_point_t point;
  int status;

  if (program == NULL)
    {
      g_test_skip ("xdotool is needed to move the pointer (apt-get install xdotool)");
      return FALSE;
    }
  g_assert_true (gtk_widget_compute_point (widget, GTK_WIDGET (gtk_widget_get_root (widget)),
                                           &GRAPHENE_POINT_INIT (x, y), &point));
  command = g_strdup_printf ("%s mousemove %d %d", program, (int) point.x, (int) point.y);
  g_assert_true (g_spawn_command_line_sync (command, NULL, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return TRUE;
}

/* ---- Threads ------------------------------------------------------------------ */

static gboolean
pixel_near (GBytes              *pixels,
            int                  width,
            int                  x,
            int                  y,
            const AlignmentRgba *color)
{
  const guint8 *p = (const guint8 *) g_bytes_get_data (pixels, NULL) + ((gsize) y * width + x) * 4;

  return ABS (p[2] - (int) (color->red * 255)) <= 40
         && ABS (p[1] - (int) (color->green * 255)) <= 40
         && ABS (p[0] - (int) (color->blue * 255)) <= 40;
}

/* Where @thread's links are drawn in @color on screen, away from their
 * ends: the points, as x + y * width. */
static GArray *
link_points (AlignmentWindow     *window,
             GBytes              *pixels,
             guint                thread,
             const AlignmentRgba *color)
{
  const AlignmentTimelineLayout *layout = alignment_timeline_view_get_layout (VIEW (window));
  int width = gtk_widget_get_width (GTK_WIDGET (VIEW (window)));
  int height = gtk_widget_get_height (GTK_WIDGET (VIEW (window)));
  GArray *points = g_array_new (FALSE, FALSE, sizeof (int));

  for (guint i = 0; i < layout->links->len; i++)
    {
      const AlignmentTimelineLink *l = &g_array_index (layout->links, AlignmentTimelineLink, i);
      double length = hypot (l->x1 - l->x0, l->y1 - l->y0);

      if (l->thread != thread)
        continue;
      for (double d = 14; d < length - 14; d++)
        {
          int x = (int) (l->x0 + (l->x1 - l->x0) * d / length);
          int y = (int) (l->y0 + (l->y1 - l->y0) * d / length);

          if (x >= 0 && y >= 0 && x < width && y < height && pixel_near (pixels, width, x, y, color))
            g_array_append_val (points, (int) { x + y * width });
        }
    }
  return points;
}

static gboolean
thread_two_emphasised (gpointer data)
{
  return _alignment_timeline_view_emphasis_thread (data) == 2;
}

/* Each thread's links in the colour the list gives it; the thread under
 * the pointer stands out, the others fade. */
static void
test_thread_colors (void)
{
  AlignmentWindow *window = new_window_on_timeline (1280, 900);
  AlignmentTimelineView *view = VIEW (window);
  const AlignmentPalette *palette = alignment_palette_get (ALIGNMENT_PALETTE_LIGHT, ALIGNMENT_SCALE_RED_GREEN);
  int width;
  g_autoptr(GBytes) plain = NULL;
  g_autoptr(GBytes) hovered = NULL;
  g_autoptr(GArray) three = NULL;
  g_autoptr(GArray) two = NULL;
  guint n_faded = 0, n_kept = 0;
  double x, y;
  int position;

  ui_test_spin_until (timeline_laid_out, window, "the timeline to be laid out");
  width = gtk_widget_get_width (GTK_WIDGET (view));
  plain = timeline_pixels (window);
  three = link_points (window, plain, 3, alignment_palette_thread (palette, 3));
  two = link_points (window, plain, 2, alignment_palette_thread (palette, 2));
  g_assert_cmpuint (three->len, >, 10);
  g_assert_cmpuint (two->len, >, 10);

  /* The pointer over 2c, of thread 2. */
  position = alignment_signal_list_find_id (alignment_case_get_signals (alignment_window_get_case (window)), "2c");
  g_assert_true (alignment_timeline_view_get_signal_point (view, position, &x, &y));
  if (!move_pointer (GTK_WIDGET (view), x, y))
    {
      gtk_window_destroy (GTK_WINDOW (window));
      return;
    }
  ui_test_spin_until (thread_two_emphasised, view, "the pointer's thread to stand out");
  hovered = timeline_pixels (window);
  for (guint i = 0; i < three->len; i++)
    {
      int p = g_array_index (three, int, i);

      if (!pixel_near (hovered, width, p % width, p / width, alignment_palette_thread (palette, 3)))
        n_faded++;
    }
  g_assert_cmpuint (n_faded, >, three->len * 3 / 4);
  /* Thread 2 keeps its colour, but where the hovered marker's ring now
   * lies. */
  for (guint i = 0; i < two->len; i++)
    {
      int p = g_array_index (two, int, i);

      if (pixel_near (hovered, width, p % width, p / width, alignment_palette_thread (palette, 2)))
        n_kept++;
    }
  g_test_message ("thread 3: %u of %u points faded; thread 2: %u of %u kept", n_faded, three->len, n_kept, two->len);
  g_assert_cmpuint (n_kept, >, two->len * 9 / 10);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* ---- Keys --------------------------------------------------------------------- */

static gboolean
press_key (AlignmentWindow *window,
           guint            keyval)
{
  GtkEventController *keys = ui_test_find_controller (GTK_WIDGET (VIEW (window)), GTK_TYPE_EVENT_CONTROLLER_KEY);
  gboolean handled = FALSE;

  g_signal_emit_by_name (keys, "key-pressed", keyval, 0, 0, &handled);
  ui_test_settle ();
  return handled;
}

/* After zooming in, the first → goes to the first signal and shows it
 * with those after it, not in the middle of the empty month before. */
static void
test_first_key_after_zoom (void)
{
  AlignmentWindow *window = new_window_on_timeline (1280, 900);
  AlignmentTimelineView *view = VIEW (window);
  AlignmentSignalList *signals = alignment_case_get_signals (alignment_window_get_case (window));
  double all_first, first, last, x, y;
  int position;

  ui_test_spin_until (timeline_laid_out, window, "the timeline to be laid out");
  alignment_timeline_view_get_viewport (view, &all_first, NULL);
  gtk_widget_grab_focus (GTK_WIDGET (view));
  for (int i = 0; i < 5; i++)
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "timeline.zoom-in", NULL));
  ui_test_settle ();
  alignment_timeline_view_get_viewport (view, &first, &last);
  g_test_message ("zoomed: %f to %f", first, last);

  g_assert_true (press_key (window, GDK_KEY_Right));
  alignment_timeline_view_get_viewport (view, &first, &last);
  position = alignment_timeline_view_get_focus_signal (view);
  g_test_message ("after →: %f to %f, focus %s", first, last,
                  alignment_signal_get_id (alignment_signal_list_get (signals, position)));
  g_assert_cmpstr (alignment_signal_get_id (alignment_signal_list_get (signals, position)), ==, "1a");
  g_assert_true (alignment_timeline_view_get_signal_point (view, position, &x, &y));
  /* Nothing before the case's dates; 1a near the left, 1b and 2a in
   * view too. */
  g_assert_cmpfloat (first, >=, all_first - 0.5);
  g_assert_true (alignment_timeline_view_get_signal_point (view, alignment_signal_list_find_id (signals, "2a"), &x, &y));
  g_assert_true (alignment_timeline_view_get_signal_point (view, alignment_signal_list_find_id (signals, "1b"), &x, &y));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Enter opens the focused signal in the editor beside the timeline,
 * which stays in view; the list has it beside it again. */
static void
test_enter_edits_beside (void)
{
  AlignmentWindow *window = new_window_on_timeline (1280, 900);
  AlignmentCasePage *page = PAGE (window);
  GtkWidget *editor = GTK_WIDGET (page->signal_editor);
  graphene_rect_t view_bounds, editor_bounds;

  ui_test_spin_until (timeline_laid_out, window, "the timeline to be laid out");
  gtk_widget_grab_focus (GTK_WIDGET (page->timeline_view));
  g_assert_true (press_key (window, GDK_KEY_End));
  g_assert_true (press_key (window, GDK_KEY_Return));
  ui_test_settle ();

  g_assert_cmpstr (adw_view_stack_get_visible_child_name (page->view_stack), ==, "timeline");
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (page->timeline_view)));
  g_assert_true (gtk_widget_get_mapped (editor));
  g_assert_cmpstr (alignment_signal_get_id (alignment_signal_editor_get_signal (page->signal_editor)), ==, "2g");
  g_assert_true (gtk_widget_is_ancestor (gtk_window_get_focus (GTK_WINDOW (window)), editor));
  /* Beside it, and the timeline keeps most of the width. */
  g_assert_true (gtk_widget_compute_bounds (GTK_WIDGET (page->timeline_view), GTK_WIDGET (window), &view_bounds));
  g_assert_true (gtk_widget_compute_bounds (editor, GTK_WIDGET (window), &editor_bounds));
  g_assert_cmpfloat (editor_bounds.origin.x, >=, view_bounds.origin.x + view_bounds.size.width - 1);
  g_assert_cmpfloat (view_bounds.size.width, >, editor_bounds.size.width);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s", "signals"));
  ui_test_settle ();
  g_assert_true (gtk_widget_get_mapped (editor));
  g_assert_true (gtk_widget_get_parent (editor) == GTK_WIDGET (page->editor_paned));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* ---- Lane heights --------------------------------------------------------------- */

/* The example's two party lanes in a tall window: as tall as their
 * signals need (the provider's stack of five, 2c to 3e) and no taller,
 * the axis right under them; with the signals still all drawn. */
static void
test_lanes_fit_content (void)
{
  AlignmentWindow *window = new_window_on_timeline (1280, 1000);
  AlignmentTimelineView *view = VIEW (window);
  const AlignmentTimelineLayout *layout;
  double f, x, y;

  ui_test_spin_until (timeline_laid_out, window, "the timeline to be laid out");
  layout = alignment_timeline_view_get_layout (view);
  f = layout->font_size;
  g_test_message ("view %d high, lanes %.0f + %.0f, font %.1f", gtk_widget_get_height (GTK_WIDGET (view)),
                  g_array_index (layout->lanes, AlignmentTimelineLane, 0).area.height,
                  g_array_index (layout->lanes, AlignmentTimelineLane, 1).area.height, f);
  for (guint i = 0; i < layout->lanes->len; i++)
    {
      const AlignmentTimelineLane *lane = &g_array_index (layout->lanes, AlignmentTimelineLane, i);

      /* Eight rows of markers and the lane's padding. */
      g_assert_cmpfloat (lane->area.height, <=, 8 * 1.75 * f + f + 0.5);
      g_assert_cmpfloat (lane->area.height, >=, 6 * 1.75 * f);
    }
  g_assert_cmpfloat (layout->plot.height, <, gtk_widget_get_height (GTK_WIDGET (view)) / 2.0);
  g_assert_cmpfloat (fabs (layout->axis.y - (layout->plot.y + layout->plot.height)), <, 1);
  for (guint i = 0; i < 16; i++)
    g_assert_true (alignment_timeline_view_get_signal_point (view, i, &x, &y));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* ---- Tooltips ------------------------------------------------------------------ */

static GtkWidget *
find_tooltip (GtkWidget *window)
{
  GType type = g_type_from_name ("GtkTooltipWindow");

  for (GtkWidget *child = gtk_widget_get_first_child (window); child != NULL; child = gtk_widget_get_next_sibling (child))
    if (type != 0 && G_TYPE_CHECK_INSTANCE_TYPE (child, type) && gtk_widget_get_visible (child))
      return child;
  return NULL;
}

/* Shown and placed: its surface has its size. */
static gboolean
tooltip_shown (gpointer data)
{
  GtkWidget *tooltip = find_tooltip (data);

  return tooltip != NULL && gtk_widget_get_mapped (tooltip)
         && gdk_surface_get_width (gtk_native_get_surface (GTK_NATIVE (tooltip))) > 1;
}

/* The real pointer over the last signal, at the right edge: its tooltip
 * lies on the screen, no wider than would fit a window at half a small
 * screen, and beside the signal. */
static void
test_tooltip_fits (void)
{
  AlignmentWindow *window = new_window_on_timeline (1100, 700);
  AlignmentTimelineView *view = VIEW (window);
  GdkSurface *surface;
  graphene_point_t point;
  GtkWidget *tooltip;
  GdkDisplay *display;
  g_autoptr(GdkMonitor) monitor = NULL;
  GdkRectangle screen;
  double x, y;
  int left, top, width, height;

  ui_test_spin_until (timeline_laid_out, window, "the timeline to be laid out");
  g_assert_true (alignment_timeline_view_get_signal_point (view, alignment_signal_list_find_id (alignment_case_get_signals (alignment_window_get_case (window)), "2g"), &x, &y));
  g_assert_true (gtk_widget_compute_point (GTK_WIDGET (view), GTK_WIDGET (window), &GRAPHENE_POINT_INIT (x, y), &point));
  if (!move_pointer (GTK_WIDGET (view), x, y))
    {
      gtk_window_destroy (GTK_WINDOW (window));
      return;
    }
  /* Read at once: a tooltip goes again when GTK likes. */
  ui_test_spin_until (tooltip_shown, window, "the tooltip to show");

  tooltip = find_tooltip (GTK_WIDGET (window));
  surface = gtk_native_get_surface (GTK_NATIVE (tooltip));
  left = gdk_popup_get_position_x (GDK_POPUP (surface));
  top = gdk_popup_get_position_y (GDK_POPUP (surface));
  width = gdk_surface_get_width (surface);
  height = gdk_surface_get_height (surface);
  display = gtk_widget_get_display (GTK_WIDGET (window));
  monitor = g_list_model_get_item (gdk_display_get_monitors (display), 0);
  gdk_monitor_get_geometry (monitor, &screen);
  g_test_message ("signal at %.0f, %.0f; tooltip at %d, %d, %d × %d; screen %d wide",
                  point.x, point.y, left, top, width, height, screen.width);
  g_assert_cmpint (width, <=, 1366 / 2 - 100);
  g_assert_cmpint (left, >=, 0);
  g_assert_cmpint (left + width, <=, screen.width);
  /* Just under or over the signal. */
  g_assert_true (ABS (top - point.y) < 40 || ABS (top + height - point.y) < 40);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* ---- Main ------------------------------------------------------------------------- */

/* ---- Boards ------------------------------------------------------------------- */

static gboolean
board_filtered (gpointer data)
{
  const AlignmentTimelineLayout *layout = alignment_timeline_view_get_layout (VIEW (ALIGNMENT_WINDOW (data)));

  return layout != NULL && layout->options.board != NULL;
}

/* Choosing a board in the bar's dropdown draws only that board's
 * signals; "All boards" draws them all again. */
static void
test_board_filter (void)
{
  AlignmentWindow *window = new_window_on_timeline (1280, 900);
  AlignmentCase *c = alignment_window_get_case (window);
  AlignmentSignalList *signals = alignment_case_get_signals (c);
  GtkDropDown *dropdown = PAGE (window)->board_dropdown;
  GListModel *names = gtk_drop_down_get_model (dropdown);
  const char *ids[] = { "1b", "1c", "2a" };
  g_autoptr(GBytes) all_pixels = NULL;
  g_autoptr(GBytes) board_pixels = NULL;
  guint steering = GTK_INVALID_LIST_POSITION;

  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (dropdown)));
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (names), 0), ==, "All boards");
  g_assert_cmpuint (gtk_drop_down_get_selected (dropdown), ==, 0);
  for (guint i = 1; i < g_list_model_get_n_items (names); i++)
    if (g_str_equal (gtk_string_list_get_string (GTK_STRING_LIST (names), i), "Steering board"))
      steering = i;
  g_assert_cmpuint (steering, !=, GTK_INVALID_LIST_POSITION);

  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      g_autoptr(AlignmentSignal) signal = g_list_model_get_item (G_LIST_MODEL (signals),
                                                                 alignment_signal_list_find_id (signals, ids[i]));

      alignment_signal_set_board (signal, "Steering board");
    }
  alignment_timeline_view_reload (VIEW (window));
  ui_test_settle ();
  ui_test_spin_until (timeline_laid_out, window, "the timeline to be laid out");
  g_assert_cmpuint (alignment_timeline_view_get_layout (VIEW (window))->markers->len, ==, 16);
  all_pixels = timeline_pixels (window);

  gtk_drop_down_set_selected (dropdown, steering);
  ui_test_spin_until (board_filtered, window, "the board's signals only");
  g_assert_cmpstr (alignment_timeline_view_get_board (VIEW (window)), ==, "Steering board");
  g_assert_cmpuint (alignment_timeline_view_get_layout (VIEW (window))->markers->len, ==, 3);
  board_pixels = timeline_pixels (window);
  g_assert_cmpuint (n_pixels_changed (all_pixels, board_pixels), >, 500);

  gtk_drop_down_set_selected (dropdown, 0);
  ui_test_settle ();
  ui_test_spin_until (timeline_laid_out, window, "the timeline to be laid out");
  g_assert_null (alignment_timeline_view_get_board (VIEW (window)));
  g_assert_cmpuint (alignment_timeline_view_get_layout (VIEW (window))->markers->len, ==, 16);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The board dropdown follows the case's boards as the Details page edits
 * them: one added shows, one renamed shows its new name, one removed is
 * gone, and a chosen board that is gone leaves the filter. */
static void
test_board_dropdown_follows (void)
{
  AlignmentWindow *window = new_window_on_timeline (1280, 900);
  AlignmentCase *c = alignment_window_get_case (window);
  GListStore *boards = alignment_case_get_boards (c);
  GtkDropDown *dropdown = PAGE (window)->board_dropdown;
  g_autoptr(AlignmentBoard) board = alignment_board_new ("", "Monthly");
  guint n_before = g_list_model_get_n_items (gtk_drop_down_get_model (dropdown));
  guint position;

  g_assert_cmpuint (n_before, ==, g_list_model_get_n_items (G_LIST_MODEL (boards)) + 1);

  /* Added as the Details page adds one: without a name, nothing to
   * choose yet; named, it is offered last. */
  g_list_store_append (boards, board);
  ui_test_settle ();
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (dropdown)), ==, n_before);
  alignment_board_set_name (board, "Architecture board");
  ui_test_settle ();
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (dropdown)), ==, n_before + 1);
  position = n_before;
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (gtk_drop_down_get_model (dropdown)), position),
                   ==, "Architecture board");

  /* Chosen, then renamed: the new name is offered, and the filter, which
   * goes by name as the signals do, shows every board again. */
  gtk_drop_down_set_selected (dropdown, position);
  ui_test_settle ();
  g_assert_cmpstr (alignment_timeline_view_get_board (VIEW (window)), ==, "Architecture board");
  alignment_board_set_name (board, "Design authority");
  ui_test_settle ();
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (gtk_drop_down_get_model (dropdown)), position),
                   ==, "Design authority");
  g_assert_cmpuint (gtk_drop_down_get_selected (dropdown), ==, 0);
  g_assert_null (alignment_timeline_view_get_board (VIEW (window)));

  /* Chosen under its new name, then removed: gone from the list and
   * from the filter. */
  gtk_drop_down_set_selected (dropdown, position);
  ui_test_settle ();
  g_assert_cmpstr (alignment_timeline_view_get_board (VIEW (window)), ==, "Design authority");
  g_list_store_remove (boards, g_list_model_get_n_items (G_LIST_MODEL (boards)) - 1);
  ui_test_settle ();
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (dropdown)), ==, n_before);
  g_assert_cmpuint (gtk_drop_down_get_selected (dropdown), ==, 0);
  g_assert_null (alignment_timeline_view_get_board (VIEW (window)));
  ui_test_spin_until (timeline_laid_out, window, "the timeline to be laid out");
  g_assert_null (alignment_timeline_view_get_layout (VIEW (window))->options.board);

  /* Undone, the removal brings the board back into the list. */
  g_assert_true (alignment_history_undo (alignment_document_get_history (alignment_window_get_document (window))));
  ui_test_settle ();
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (dropdown)), ==, n_before + 1);
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (gtk_drop_down_get_model (dropdown)), position),
                   ==, "Design authority");

  gtk_window_destroy (GTK_WINDOW (window));
}

/* ---- Levels ------------------------------------------------------------------- */

static gboolean
has_level_legend (const AlignmentTimelineLayout *layout)
{
  for (guint i = 0; i < layout->legend_items->len; i++)
    if (g_array_index (layout->legend_items, AlignmentTimelineLegendItem, i).kind == ALIGNMENT_LEGEND_LEVEL)
      return TRUE;
  return FALSE;
}

static guint
n_levelled_markers (const AlignmentTimelineLayout *layout)
{
  guint n = 0;

  for (guint i = 0; i < layout->markers->len; i++)
    n += g_array_index (layout->markers, AlignmentTimelineMarker, i).level != 0;
  return n;
}

static gboolean
levels_hidden (gpointer data)
{
  const AlignmentTimelineLayout *layout = alignment_timeline_view_get_layout (VIEW (ALIGNMENT_WINDOW (data)));

  return layout != NULL && !layout->options.levels;
}

static gboolean
levels_shown (gpointer data)
{
  const AlignmentTimelineLayout *layout = alignment_timeline_view_get_layout (VIEW (ALIGNMENT_WINDOW (data)));

  return layout != NULL && layout->options.levels;
}

/* The levels button on the bar (rising bars) hides the levels beside the markers and
 * their legend entry, and shows them again. */
static void
test_levels_toggle (void)
{
  AlignmentWindow *window = new_window_on_timeline (1280, 900);
  AlignmentCase *c = alignment_window_get_case (window);
  AlignmentSignalList *signals = alignment_case_get_signals (c);
  GtkWidget *button = ui_test_find_any_button_with_tooltip (GTK_WIDGET (window),
                                                           "Show each signal’s escalation level beside its marker");
  const char *ids[] = { "1b", "2a" };
  g_autoptr(GBytes) shown_pixels = NULL;
  g_autoptr(GBytes) hidden_pixels = NULL;
  int width, height;

  g_assert_nonnull (button);
  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (button)));
  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    alignment_signal_set_escalation_level (alignment_signal_list_get (signals, alignment_signal_list_find_id (signals, ids[i])),
                                           i + 2);
  alignment_timeline_view_reload (VIEW (window));
  ui_test_spin_until (levels_shown, window, "the levels to be laid out");
  g_assert_cmpuint (n_levelled_markers (alignment_timeline_view_get_layout (VIEW (window))), ==, 2);
  g_assert_true (has_level_legend (alignment_timeline_view_get_layout (VIEW (window))));
  shown_pixels = timeline_pixels (window);
  width = gtk_widget_get_width (GTK_WIDGET (VIEW (window)));
  height = gtk_widget_get_height (GTK_WIDGET (VIEW (window)));

  /* As a click would. */
  g_signal_emit_by_name (button, "clicked");
  ui_test_settle ();
  g_assert_false (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (button)));
  g_assert_false (alignment_timeline_view_get_levels (VIEW (window)));
  ui_test_spin_until (levels_hidden, window, "the levels to be left out");
  g_assert_cmpuint (n_levelled_markers (alignment_timeline_view_get_layout (VIEW (window))), ==, 0);
  g_assert_false (has_level_legend (alignment_timeline_view_get_layout (VIEW (window))));
  /* A slow build may still be settling the page around the view: compare
   * the two pictures at the same size. */
  for (guint i = 0; i < 100 && (gtk_widget_get_width (GTK_WIDGET (VIEW (window))) != width
                                || gtk_widget_get_height (GTK_WIDGET (VIEW (window))) != height); i++)
    ui_test_spin_for (100);
  hidden_pixels = timeline_pixels (window);
  g_assert_cmpuint (n_pixels_changed (shown_pixels, hidden_pixels), >, 20);

  g_signal_emit_by_name (button, "clicked");
  ui_test_spin_until (levels_shown, window, "the levels to be laid out again");
  g_assert_cmpuint (n_levelled_markers (alignment_timeline_view_get_layout (VIEW (window))), ==, 2);

  gtk_window_destroy (GTK_WINDOW (window));
}

static GtkWidget *
find_check (GtkWidget  *root,
            const char *label)
{
  if (GTK_IS_CHECK_BUTTON (root) && g_strcmp0 (gtk_check_button_get_label (GTK_CHECK_BUTTON (root)), label) == 0)
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_check (child, label);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
toggles_folded (gpointer levels_button)
{
  return !gtk_widget_get_mapped (levels_button);
}

/* In a window 640 px wide the bar still fits: the trust strip and levels
 * toggles give way to a menu of the same two, which work alike. */
static void
test_levels_narrow (void)
{
  AlignmentWindow *window = new_window_on_timeline (640, 700);
  GtkWidget *levels_button = ui_test_find_any_button_with_tooltip (GTK_WIDGET (window),
                                                                  "Show each signal’s escalation level beside its marker");
  GtkWidget *levels_check = NULL;
  GtkWidget *menu_button;
  int minimum = 0;

  gtk_widget_measure (GTK_WIDGET (window), GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
  g_assert_cmpint (minimum, <=, 640);
  ui_test_spin_until (toggles_folded, levels_button, "the toggles to give way to their menu");
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), <=, 640);

  menu_button = ui_test_find_mapped (GTK_WIDGET (PAGE (window)), GTK_TYPE_MENU_BUTTON);
  g_assert_nonnull (menu_button);
  g_assert_cmpstr (gtk_widget_get_tooltip_text (menu_button), ==, "What the Timeline Shows");
  levels_check = find_check (GTK_WIDGET (gtk_menu_button_get_popover (GTK_MENU_BUTTON (menu_button))),
                             "Escalation _levels beside the markers");
  g_assert_nonnull (levels_check);
  g_assert_true (gtk_check_button_get_active (GTK_CHECK_BUTTON (levels_check)));

  gtk_check_button_set_active (GTK_CHECK_BUTTON (levels_check), FALSE);
  ui_test_settle ();
  g_assert_false (alignment_timeline_view_get_levels (VIEW (window)));
  /* The toggle of a wide window says the same. */
  g_assert_false (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (levels_button)));
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (levels_button), TRUE);
  g_assert_true (gtk_check_button_get_active (GTK_CHECK_BUTTON (levels_check)));
  g_assert_true (alignment_timeline_view_get_levels (VIEW (window)));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* ---- Printing and exporting what is shown ---------------------------------------- */

/* The text of a PDF: every word pdftotext finds, one string. */
static char *
pdf_text (const char *path)
{
  const char *argv[] = { "pdftotext", path, "-", NULL };
  char *out = NULL;
  int status = 0;
  g_autoptr(GError) error = NULL;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                               NULL, NULL, &out, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return out;
}

/* Whether @id is a word of @text (not a part of "12a" or "1ab"). */
static gboolean
has_word (const char *text,
          const char *id)
{
  gsize n = strlen (id);

  for (const char *p = strstr (text, id); p != NULL; p = strstr (p + 1, id))
    if ((p == text || !g_ascii_isalnum (p[-1])) && !g_ascii_isalnum (p[n]))
      return TRUE;
  return FALSE;
}

/* Prints (as Print to File does, through the print operation) and
 * exports the timeline, and returns the texts of both PDFs. */
static void
print_and_export (AlignmentWindow  *window,
                  const char       *name,
                  char            **printed,
                  char            **exported)
{
  g_autofree char *print_path = g_strdup_printf ("%s/%s-print.pdf", ui_test_get_data_home (), name);
  g_autofree char *export_path = g_strdup_printf ("%s/%s-export.pdf", ui_test_get_data_home (), name);
  g_autoptr(GFile) export_file = g_file_new_for_path (export_path);
  AlignmentTimelineExport options = { 842, 96, 0, 0, ALIGNMENT_TIMELINE_LANES_PARTY, FALSE };
  g_autoptr(GError) error = NULL;

  g_assert_true (alignment_case_page_print (PAGE (window), print_path, &error));
  g_assert_no_error (error);
  g_assert_true (alignment_case_page_export_timeline (PAGE (window), export_file, &options, &error));
  g_assert_no_error (error);
  *printed = pdf_text (print_path);
  *exported = pdf_text (export_path);
  g_test_message ("printed:\n%s\nexported:\n%s", *printed, *exported);
  g_unlink (print_path);
  g_unlink (export_path);
}

/* What is printed and exported from the Timeline page is what it shows:
 * only the chosen board's signals, the board named in the title block,
 * and the levels only when they are on. */
static void
test_print_as_shown (void)
{
  AlignmentWindow *window = new_window_on_timeline (1280, 900);
  AlignmentCase *c = alignment_window_get_case (window);
  AlignmentSignalList *signals = alignment_case_get_signals (c);
  GtkDropDown *dropdown = PAGE (window)->board_dropdown;
  GListModel *names = gtk_drop_down_get_model (dropdown);
  const char *on_board[] = { "1b", "2a", "3c" };
  const char *elsewhere[] = { "1a", "2b", "3a" };
  guint steering = GTK_INVALID_LIST_POSITION;
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  char *texts[2];

  if (pdftotext == NULL)
    {
      g_test_skip ("pdftotext is not installed (Debian: poppler-utils)");
      gtk_window_destroy (GTK_WINDOW (window));
      return;
    }

  for (guint i = 0; i < G_N_ELEMENTS (on_board); i++)
    {
      AlignmentSignal *signal = alignment_signal_list_get (signals, alignment_signal_list_find_id (signals, on_board[i]));

      alignment_signal_set_board (signal, "Steering board");
      alignment_signal_set_escalation_level (signal, 3);
    }
  alignment_timeline_view_reload (VIEW (window));
  for (guint i = 1; i < g_list_model_get_n_items (names); i++)
    if (g_str_equal (gtk_string_list_get_string (GTK_STRING_LIST (names), i), "Steering board"))
      steering = i;
  g_assert_cmpuint (steering, !=, GTK_INVALID_LIST_POSITION);

  /* Every board, levels on. */
  print_and_export (window, "all", &texts[0], &texts[1]);
  for (guint t = 0; t < 2; t++)
    {
      for (guint i = 0; i < G_N_ELEMENTS (on_board); i++)
        g_assert_true (has_word (texts[t], on_board[i]));
      for (guint i = 0; i < G_N_ELEMENTS (elsewhere); i++)
        g_assert_true (has_word (texts[t], elsewhere[i]));
      g_assert_nonnull (strstr (texts[t], "Escalation level"));
      g_assert_null (strstr (texts[t], "Board:"));
      g_free (texts[t]);
    }

  /* One board: its signals only, and the title says so. */
  gtk_drop_down_set_selected (dropdown, steering);
  ui_test_settle ();
  print_and_export (window, "board", &texts[0], &texts[1]);
  for (guint t = 0; t < 2; t++)
    {
      for (guint i = 0; i < G_N_ELEMENTS (on_board); i++)
        g_assert_true (has_word (texts[t], on_board[i]));
      for (guint i = 0; i < G_N_ELEMENTS (elsewhere); i++)
        g_assert_false (has_word (texts[t], elsewhere[i]));
      g_assert_nonnull (strstr (texts[t], "Board: Steering board"));
      g_free (texts[t]);
    }

  /* Levels off: no level legend on paper either. */
  g_signal_emit_by_name (ui_test_find_any_button_with_tooltip (GTK_WIDGET (window),
                                                              "Show each signal’s escalation level beside its marker"),
                         "clicked");
  ui_test_settle ();
  g_assert_false (alignment_timeline_view_get_levels (VIEW (window)));
  print_and_export (window, "no-levels", &texts[0], &texts[1]);
  for (guint t = 0; t < 2; t++)
    {
      g_assert_null (strstr (texts[t], "Escalation level"));
      g_assert_true (has_word (texts[t], "1b"));
      g_free (texts[t]);
    }

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  if (!ui_test_init (&argc, &argv, "/timeline-page/skipped", "test-timeline-page-XXXXXX", &status))
    return status;
  app = ui_test_start_application (G_APPLICATION_HANDLES_OPEN | G_APPLICATION_NON_UNIQUE);
  ui_test_set_settle_time (300);

  ui_test_add ("/timeline-page/lane-buttons", test_lane_buttons, UI_TEST_FRESH_CASES);
  ui_test_add ("/timeline-page/thread-colors", test_thread_colors, UI_TEST_FRESH_CASES);
  ui_test_add ("/timeline-page/first-key-after-zoom", test_first_key_after_zoom, UI_TEST_FRESH_CASES);
  ui_test_add ("/timeline-page/tooltip-fits", test_tooltip_fits, UI_TEST_FRESH_CASES);
  ui_test_add ("/timeline-page/enter-edits-beside", test_enter_edits_beside, UI_TEST_FRESH_CASES);
  ui_test_add ("/timeline-page/lanes-fit-content", test_lanes_fit_content, UI_TEST_FRESH_CASES);
  ui_test_add ("/timeline-page/board-filter", test_board_filter, UI_TEST_FRESH_CASES);
  ui_test_add ("/timeline-page/board-dropdown-follows", test_board_dropdown_follows, UI_TEST_FRESH_CASES);
  ui_test_add ("/timeline-page/levels-toggle", test_levels_toggle, UI_TEST_FRESH_CASES);
  ui_test_add ("/timeline-page/levels-narrow", test_levels_narrow, UI_TEST_FRESH_CASES);
  ui_test_add ("/timeline-page/print-as-shown", test_print_as_shown, UI_TEST_FRESH_CASES);

  return ui_test_run ();
}
