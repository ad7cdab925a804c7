/* test-timeline-view.c: the timeline widget and its printing, driven
 * under a display
 *
 * Needs a display (the README's test command runs the suite under Xvfb):
 * without one this test fails, so that a CI without Xvfb cannot pass
 * silently.  Only ALIGNMENT_SKIP_DISPLAY_TESTS=1 skips it.
 *
 * The example's signals in the timeline's order (rank): 1a 2a 1b 1c 1d
 * 3a 3b 2b 2c 2d 3c 3d 3e 2e 2f 2g; the customer sent 1a 2a 1b 3a 3b 2b
 * 2f, the provider the rest.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>

#include <adwaita.h>
#include <glib/gstdio.h>

#include "alignment-palette.h"
#include "alignment-timeline-print.h"
#include "alignment-timeline-view.h"
#include "alignment-timeline-view-private.h"
#include "ui-test.h"

typedef struct
{
  GtkWindow             *window;
  AlignmentTimelineView *view;
  AlignmentCase         *case_;
  GtkSingleSelection    *selection;
  int                    activated;
} Fixture;

static gboolean
timeline_drawn (gpointer data)
{
  Fixture *fixture = data;

  return gtk_widget_get_mapped (GTK_WIDGET (fixture->view))
         && gtk_widget_get_width (GTK_WIDGET (fixture->view)) >= 100
         && alignment_timeline_view_get_layout (fixture->view) != NULL;
}

static void
spin_until_drawn (Fixture *fixture)
{
  ui_test_spin_until (timeline_drawn, fixture, "the timeline to be shown");
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static void
activate_cb (AlignmentTimelineView *view,
             guint                  position,
             Fixture               *fixture)
{
  fixture->activated = (int) position;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->case_ = load_example ();
  fixture->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (alignment_case_get_signals (fixture->case_))));
  gtk_single_selection_set_autoselect (fixture->selection, FALSE);
  gtk_single_selection_set_can_unselect (fixture->selection, TRUE);
  gtk_single_selection_set_selected (fixture->selection, GTK_INVALID_LIST_POSITION);
  fixture->activated = -1;

  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, 1200, 600);
  fixture->view = ALIGNMENT_TIMELINE_VIEW (alignment_timeline_view_new ());
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->view));
  alignment_timeline_view_set_case (fixture->view, fixture->case_);
  alignment_timeline_view_set_selection (fixture->view, GTK_SELECTION_MODEL (fixture->selection));
  g_signal_connect (fixture->view, "activate-signal", G_CALLBACK (activate_cb), fixture);
  gtk_window_present (fixture->window);
  spin_until_drawn (fixture);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  gtk_window_destroy (fixture->window);
  g_clear_object (&fixture->selection);
  g_clear_object (&fixture->case_);
}

static guint
position_of (Fixture    *fixture,
             const char *id)
{
  int position = alignment_signal_list_find_id (alignment_case_get_signals (fixture->case_), id);

  g_assert_cmpint (position, >=, 0);
  return position;
}

static void
point_of (Fixture    *fixture,
          const char *id,
          double     *x,
          double     *y)
{
  if (!alignment_timeline_view_get_signal_point (fixture->view, position_of (fixture, id), x, y))
    g_error ("%s is not in view", id);
}

/* What a click does: the gesture's "pressed" at @x, @y. */
static void
click (Fixture *fixture,
       double   x,
       double   y,
       int      n_press)
{
  GtkEventController *gesture = ui_test_find_controller (GTK_WIDGET (fixture->view), GTK_TYPE_GESTURE_CLICK);

  g_signal_emit_by_name (gesture, "pressed", n_press, x, y);
}

static gboolean
press_key (Fixture *fixture,
           guint    keyval)
{
  GtkEventController *keys = ui_test_find_controller (GTK_WIDGET (fixture->view), GTK_TYPE_EVENT_CONTROLLER_KEY);
  gboolean handled = FALSE;

  g_signal_emit_by_name (keys, "key-pressed", keyval, 0, 0, &handled);
  return handled;
}

static const char *
selected_id (Fixture *fixture)
{
  AlignmentSignal *signal = gtk_single_selection_get_selected_item (fixture->selection);

  return signal != NULL ? alignment_signal_get_id (signal) : NULL;
}

/* The widget as GTK draws it now, B G R A. */
static guint8 *
render_now (Fixture *fixture)
{
  GBytes *pixels = ui_test_render_widget (GTK_WIDGET (fixture->view));
  gsize size;

  return g_bytes_unref_to_data (pixels, &size);
}

/* The widget drawn by GTK, as the screen gets it. */
static void
pixel_at (Fixture *fixture,
          double   x,
          double   y,
          guint8   rgb[3])
{
  g_autoptr(GBytes) pixels = NULL;
  const guint8 *p;

  /* Lets GTK lay out and draw what changed: a few frames. */
  ui_test_spin_for (150);
  pixels = ui_test_render_widget (GTK_WIDGET (fixture->view));

  /* Cairo's order: B G R A in memory. */
  p = (const guint8 *) g_bytes_get_data (pixels, NULL)
      + ((int) y * gtk_widget_get_width (GTK_WIDGET (fixture->view)) + (int) x) * 4;
  rgb[0] = p[2];
  rgb[1] = p[1];
  rgb[2] = p[0];
}

static void
assert_color (const guint8        rgb[3],
              const AlignmentRgba *color,
              int                  tolerance)
{
  g_assert_cmpint (ABS (rgb[0] - (int) round (color->red * 255)), <=, tolerance);
  g_assert_cmpint (ABS (rgb[1] - (int) round (color->green * 255)), <=, tolerance);
  g_assert_cmpint (ABS (rgb[2] - (int) round (color->blue * 255)), <=, tolerance);
}

/* ---- Tests ------------------------------------------------------------------ */

static void
test_shows_case (Fixture       *fixture,
                 gconstpointer  data)
{
  const AlignmentTimelineLayout *layout = alignment_timeline_view_get_layout (fixture->view);
  const AlignmentPalette *light = alignment_palette_get (ALIGNMENT_PALETTE_LIGHT, ALIGNMENT_SCALE_RED_GREEN);
  guint8 rgb[3];
  double x, y;

  g_assert_cmpuint (layout->markers->len, ==, 16);
  g_assert_cmpuint (layout->lanes->len, ==, 2);

  /* 2c, a filled alignment event, is green on screen. */
  point_of (fixture, "2c", &x, &y);
  pixel_at (fixture, x, y, rgb);
  assert_color (rgb, &light->signal_type[ALIGNMENT_SIGNAL_TYPE_ALIGNMENT_EVENT], 10);

  /* Highlighting thread 3 dims 2c. */
  alignment_timeline_view_set_highlight_thread (fixture->view, 3);
  pixel_at (fixture, x, y, rgb);
  g_assert_cmpint (ABS (rgb[1] - (int) round (light->signal_type[ALIGNMENT_SIGNAL_TYPE_ALIGNMENT_EVENT].green * 255)), >, 20);
  alignment_timeline_view_set_highlight_thread (fixture->view, 0);

  /* Highlighting signals dims the others the same way: 2c among them
   * stays green, without it it is dimmed. */
  {
    guint with_2c[] = { position_of (fixture, "3a"), position_of (fixture, "2c"), position_of (fixture, "3a") };
    guint without_2c[] = { position_of (fixture, "3a") };
    const guint *highlighted;
    guint n;

    alignment_timeline_view_set_highlight_signals (fixture->view, with_2c, G_N_ELEMENTS (with_2c));
    highlighted = alignment_timeline_view_get_highlight_signals (fixture->view, &n);
    /* Sorted, each once. */
    g_assert_cmpuint (n, ==, 2);
    g_assert_cmpuint (highlighted[0], <, highlighted[1]);
    pixel_at (fixture, x, y, rgb);
    assert_color (rgb, &light->signal_type[ALIGNMENT_SIGNAL_TYPE_ALIGNMENT_EVENT], 10);

    alignment_timeline_view_set_highlight_signals (fixture->view, without_2c, G_N_ELEMENTS (without_2c));
    pixel_at (fixture, x, y, rgb);
    g_assert_cmpint (ABS (rgb[1] - (int) round (light->signal_type[ALIGNMENT_SIGNAL_TYPE_ALIGNMENT_EVENT].green * 255)), >, 20);

    /* A thread replaces them; NULL clears. */
    alignment_timeline_view_set_highlight_thread (fixture->view, 2);
    g_assert_null (alignment_timeline_view_get_highlight_signals (fixture->view, &n));
    alignment_timeline_view_set_highlight_thread (fixture->view, 0);
    alignment_timeline_view_set_highlight_signals (fixture->view, without_2c, G_N_ELEMENTS (without_2c));
    alignment_timeline_view_set_highlight_signals (fixture->view, NULL, 0);
    g_assert_null (alignment_timeline_view_get_highlight_signals (fixture->view, &n));
    g_assert_cmpuint (n, ==, 0);
    pixel_at (fixture, x, y, rgb);
    assert_color (rgb, &light->signal_type[ALIGNMENT_SIGNAL_TYPE_ALIGNMENT_EVENT], 10);
  }
}

static void
test_dark (Fixture       *fixture,
           gconstpointer  data)
{
  AdwStyleManager *style = adw_style_manager_get_default ();
  const AlignmentPalette *dark = alignment_palette_get (ALIGNMENT_PALETTE_DARK, ALIGNMENT_SCALE_RED_GREEN);
  guint8 rgb[3];

  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  pixel_at (fixture, gtk_widget_get_width (GTK_WIDGET (fixture->view)) - 3,
            gtk_widget_get_height (GTK_WIDGET (fixture->view)) - 3, rgb);
  assert_color (rgb, &dark->background, 2);
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_LIGHT);
}

static void
test_zoom (Fixture       *fixture,
           gconstpointer  data)
{
  double first, last, first2, last2, x, y, x2, y2;

  alignment_timeline_view_get_viewport (fixture->view, &first, &last);
  point_of (fixture, "2c", &x, &y);

  /* Twice as close around 2c: 2c stays under the pointer. */
  alignment_timeline_view_zoom (fixture->view, 2.0, x);
  alignment_timeline_view_get_viewport (fixture->view, &first2, &last2);
  g_assert_cmpfloat_with_epsilon (last2 - first2, (last - first) / 2, 1e-6);
  point_of (fixture, "2c", &x2, &y2);
  g_assert_cmpfloat_with_epsilon (x2, x, 0.5);

  /* The action of the + key zooms in a step, − out again. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->view), "timeline.zoom-in", NULL));
  alignment_timeline_view_get_viewport (fixture->view, &first2, &last2);
  g_assert_cmpfloat_with_epsilon (last2 - first2, (last - first) / 2 / 1.25, 1e-6);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->view), "timeline.zoom-out", NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->view), "timeline.zoom-fit", NULL));
  alignment_timeline_view_get_viewport (fixture->view, &first2, &last2);
  g_assert_cmpfloat_with_epsilon (first2, first, 1e-6);
  g_assert_cmpfloat_with_epsilon (last2, last, 1e-6);

  /* Zoom to the selection: 1c and its thread (1 to 22 February). */
  gtk_single_selection_set_selected (fixture->selection, position_of (fixture, "1c"));
  g_assert_true (alignment_timeline_view_zoom_to_selection (fixture->view));
  alignment_timeline_view_get_viewport (fixture->view, &first2, &last2);
  g_assert_cmpfloat (first2, <=, alignment_date_parse_iso ("2024-02-01"));
  g_assert_cmpfloat (last2, >=, alignment_date_parse_iso ("2024-02-23"));
  g_assert_cmpfloat (last2 - first2, <, 40);
  g_assert_true (alignment_timeline_view_get_signal_point (fixture->view, position_of (fixture, "1d"), &x, &y));
  g_assert_false (alignment_timeline_view_get_signal_point (fixture->view, position_of (fixture, "2g"), &x, &y));
}

/* Scrolling and dragging move through time and keep the zoom. */
static void
test_pan (Fixture       *fixture,
          gconstpointer  data)
{
  GtkEventController *scroll = ui_test_find_controller (GTK_WIDGET (fixture->view), GTK_TYPE_EVENT_CONTROLLER_SCROLL);
  GtkEventController *drag = ui_test_find_controller (GTK_WIDGET (fixture->view), GTK_TYPE_GESTURE_DRAG);
  const AlignmentTimelineLayout *layout;
  double first, last, first2, last2, ppd;
  gboolean handled = FALSE;

  alignment_timeline_view_get_viewport (fixture->view, &first, &last);
  g_signal_emit_by_name (scroll, "scroll", 0.0, 1.0, &handled);
  g_assert_true (handled);
  alignment_timeline_view_get_viewport (fixture->view, &first2, &last2);
  g_assert_cmpfloat_with_epsilon (first2 - first, (last - first) / 10, 1e-6);
  g_assert_cmpfloat_with_epsilon (last2 - first2, last - first, 1e-6);

  /* Dragging 100 pixels to the right shows what was 100 pixels left. */
  layout = alignment_timeline_view_get_layout (fixture->view);
  ppd = layout->px_per_day;
  g_signal_emit_by_name (drag, "drag-begin", 500.0, 300.0);
  g_signal_emit_by_name (drag, "drag-update", 100.0, 0.0);
  alignment_timeline_view_get_viewport (fixture->view, &first, &last);
  g_assert_cmpfloat_with_epsilon (first, first2 - 100 / ppd, 1e-6);
  g_assert_cmpfloat_with_epsilon (last - first, last2 - first2, 1e-6);

  /* One switch away: a lane per thread. */
  alignment_timeline_view_set_lanes (fixture->view, ALIGNMENT_TIMELINE_LANES_THREAD);
  layout = alignment_timeline_view_get_layout (fixture->view);
  g_assert_cmpuint (layout->lanes->len, ==, 3);
  g_assert_cmpstr (g_array_index (layout->lanes, AlignmentTimelineLane, 0).label, ==, "1 · Training in SAFe");
}

/* The share of pixels that differ by more than a few levels. */
static double
share_differing (const guint8 *a,
                 const guint8 *b,
                 int           n_pixels)
{
  int differ = 0;

  for (int i = 0; i < n_pixels * 4; i += 4)
    for (int c = 0; c < 3; c++)
      if (ABS ((int) a[i + c] - (int) b[i + c]) > 48)
        {
          differ++;
          break;
        }
  return (double) differ / n_pixels;
}

static AlignmentTimelineView *reused_view;

static gboolean
frame_reused (gpointer data)
{
  return reused_view->n_frames_reused > *(guint *) data;
}

static gboolean
frame_settled (gpointer data)
{
  return reused_view->settle_timeout == 0;
}

/* While the view is dragged, a frame is painted from the one before,
 * and looks as when painted anew; at rest it is painted anew. */
static void
test_pan_reuses_frame (Fixture       *fixture,
                       gconstpointer  data)
{
  GtkEventController *drag = ui_test_find_controller (GTK_WIDGET (fixture->view), GTK_TYPE_GESTURE_DRAG);
  int n_pixels = gtk_widget_get_width (GTK_WIDGET (fixture->view)) * gtk_widget_get_height (GTK_WIDGET (fixture->view));
  g_autofree guint8 *before = NULL;
  g_autofree guint8 *panned = NULL;
  g_autofree guint8 *settled = NULL;
  guint reused;

  ui_test_spin_for (300);
  before = render_now (fixture);
  reused_view = fixture->view;
  reused = fixture->view->n_frames_reused;

  g_signal_emit_by_name (drag, "drag-begin", 500.0, 300.0);
  g_signal_emit_by_name (drag, "drag-update", 40.0, 0.0);
  ui_test_spin_until (frame_reused, &reused, "a frame painted from the one before");
  panned = render_now (fixture);
  g_assert_cmpfloat (share_differing (before, panned, n_pixels), >, 0.001);

  /* At rest the frame is painted anew, and looks the same. */
  ui_test_spin_until (frame_settled, NULL, "the frame to be painted anew at rest");
  ui_test_spin_for (150);
  settled = render_now (fixture);
  g_test_message ("%.3f%% of pixels differ", share_differing (panned, settled, n_pixels) * 100);
  g_assert_cmpfloat (share_differing (panned, settled, n_pixels), <, 0.005);

  /* Anything but a move paints anew. */
  reused = fixture->view->n_frames_reused;
  alignment_timeline_view_zoom (fixture->view, 0.5, -1);
  ui_test_spin_for (150);
  g_free (render_now (fixture));
  g_assert_cmpuint (fixture->view->n_frames_reused, ==, reused);
}

static void
test_zoom_per_case (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(AlignmentCase) other = alignment_case_generate (50, 5, 1);
  double first, last;

  alignment_timeline_view_set_viewport (fixture->view, 2460400, 2460420);
  alignment_timeline_view_set_case (fixture->view, other);
  alignment_timeline_view_get_viewport (fixture->view, &first, &last);
  g_assert_cmpfloat (first, !=, 2460400);
  alignment_timeline_view_set_case (fixture->view, fixture->case_);
  alignment_timeline_view_get_viewport (fixture->view, &first, &last);
  g_assert_cmpfloat_with_epsilon (first, 2460400, 1e-6);
  g_assert_cmpfloat_with_epsilon (last, 2460420, 1e-6);
}

static void
test_click (Fixture       *fixture,
            gconstpointer  data)
{
  double x, y;

  point_of (fixture, "2d", &x, &y);
  g_assert_cmpint (alignment_timeline_view_signal_at (fixture->view, x, y), ==, (int) position_of (fixture, "2d"));

  click (fixture, x, y, 1);
  g_assert_cmpstr (selected_id (fixture), ==, "2d");
  g_assert_cmpint (fixture->activated, ==, -1);
  /* The window's focus, not gtk_widget_has_focus(): that also needs the
   * window to be the active one, which another test's window on the same
   * display may be for a moment. */
  g_assert_true (gtk_root_get_focus (gtk_widget_get_root (GTK_WIDGET (fixture->view))) == GTK_WIDGET (fixture->view));

  /* A double click opens it. */
  click (fixture, x, y, 2);
  g_assert_cmpint (fixture->activated, ==, (int) position_of (fixture, "2d"));

  /* A click on nothing leaves the selection alone. */
  click (fixture, 2, 2, 1);
  g_assert_cmpstr (selected_id (fixture), ==, "2d");

  /* Selecting in another view shows here. */
  gtk_single_selection_set_selected (fixture->selection, position_of (fixture, "3a"));
  g_assert_cmpstr (selected_id (fixture), ==, "3a");
}

static void
test_keyboard (Fixture       *fixture,
               gconstpointer  data)
{
  double x, y;

  point_of (fixture, "2c", &x, &y);
  click (fixture, x, y, 1);
  g_assert_cmpint (alignment_timeline_view_get_focus_signal (fixture->view), ==, (int) position_of (fixture, "2c"));

  /* Right: the next signal of the provider's lane, the same day. */
  g_assert_true (press_key (fixture, GDK_KEY_Right));
  g_assert_cmpstr (selected_id (fixture), ==, "2d");
  /* Up: the customer's lane, the signal nearest in time (2b). */
  g_assert_true (press_key (fixture, GDK_KEY_Up));
  g_assert_cmpstr (selected_id (fixture), ==, "2b");
  g_assert_true (press_key (fixture, GDK_KEY_Left));
  g_assert_cmpstr (selected_id (fixture), ==, "3b");
  g_assert_true (press_key (fixture, GDK_KEY_Down));
  g_assert_cmpint (alignment_signal_get_sender (gtk_single_selection_get_selected_item (fixture->selection)),
                   ==, ALIGNMENT_PARTY_PROVIDER);

  g_assert_true (press_key (fixture, GDK_KEY_Home));
  g_assert_cmpstr (selected_id (fixture), ==, "1a");
  g_assert_true (press_key (fixture, GDK_KEY_End));
  g_assert_cmpstr (selected_id (fixture), ==, "2g");

  /* Enter opens the focused signal. */
  g_assert_true (press_key (fixture, GDK_KEY_Return));
  g_assert_cmpint (fixture->activated, ==, (int) position_of (fixture, "2g"));

  /* Keys the view does not use go on to the window. */
  g_assert_false (press_key (fixture, GDK_KEY_F10));
}

static void
test_tooltip (Fixture       *fixture,
              gconstpointer  data)
{
  g_autofree char *text = alignment_timeline_view_describe_signal (fixture->view, position_of (fixture, "2c"));

  g_test_message ("%s", text);
  g_assert_true (g_str_has_prefix (text, "2c — Alignment event\n"));
  g_assert_nonnull (strstr (text, "IT service provider"));
  /* The thread by the title the case gives it. */
  g_assert_nonnull (strstr (text, "\nThread 2: New people in the product teams\n"));
  g_assert_nonnull (strstr (text, "2024-04-01"));
  g_assert_nonnull (strstr (text, "Trigger: "));
  g_assert_nonnull (strstr (text, "Trust of Shipbuilder (customer): honesty in exchange "));
  /* 2c: provider contractual positive. */
  g_assert_nonnull (strstr (text, "Trust of IT service provider: honesty in exchange Positive"));

  g_clear_pointer (&text, g_free);
  text = alignment_timeline_view_describe_signal (fixture->view, position_of (fixture, "1a"));
  g_assert_nonnull (strstr (text, "2024-02-01 to 2024-02-07"));
}

/* Every signal is an accessible list item, named, in time order. */
static void
test_accessible (Fixture       *fixture,
                 gconstpointer  data)
{
  guint n = 0;
  GtkWidget *first = NULL;

  g_assert_cmpint (gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (fixture->view)), ==, GTK_ACCESSIBLE_ROLE_LIST);
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (fixture->view));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (child)) == GTK_ACCESSIBLE_ROLE_LIST_ITEM)
      {
        if (first == NULL)
          first = child;
        n++;
      }

  g_assert_cmpuint (n, ==, 16);
  gtk_test_accessible_assert_property (first, GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "1a, Request sent, Shipbuilder (customer), 2024-02-01");
}

static gboolean
has_label (GtkWidget  *child,
           const char *label)
{
  g_autofree char *differs = gtk_test_accessible_check_property (GTK_ACCESSIBLE (child),
                                                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label);

  return differs == NULL;
}

/* Survey rounds are items of the list too, among the signals by date,
 * named as their mark's tooltip is and described by their scores. */
static void
test_accessible_rounds (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autofree char *path = g_build_filename (g_getenv ("ALIGNMENT_TEST_DATA"), "survey-two-rounds.alignment", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(AlignmentCase) survey = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *kick_off = NULL;
  g_autofree char *review = NULL;
  GtkWidget *items[32];
  char date[64];
  guint n = 0;
  int first_round = -1, second_round = -1;

  survey = alignment_case_load (file, NULL, &error);
  g_assert_no_error (error);
  alignment_timeline_view_set_case (fixture->view, survey);
  spin_until_drawn (fixture);

  alignment_date_format_local (alignment_date_parse_iso ("2024-01-31"), date, sizeof date);
  kick_off = g_strdup_printf ("Survey round “Kick-off survey”, %s", date);
  alignment_date_format_local (alignment_date_parse_iso ("2024-03-31"), date, sizeof date);
  review = g_strdup_printf ("Survey round “Q1 2024 review”, %s", date);

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (fixture->view));
       child != NULL && n < G_N_ELEMENTS (items);
       child = gtk_widget_get_next_sibling (child))
    if (gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (child)) == GTK_ACCESSIBLE_ROLE_LIST_ITEM)
      {
        if (has_label (child, kick_off))
          first_round = (int) n;
        if (has_label (child, review))
          second_round = (int) n;
        items[n++] = child;
      }

  /* 16 signals and 2 rounds: the kick-off before every signal, the
   * review between March's last signal and April's first. */
  g_assert_cmpuint (n, ==, 18);
  g_assert_cmpint (first_round, ==, 0);
  g_assert_cmpint (second_round, >, 0);
  g_assert_true (has_label (items[1], "1a, Request sent, Shipbuilder (customer), 2024-02-01"));
  g_assert_true (has_label (items[second_round - 1], "2b, Escalation sent, Shipbuilder (customer), 2024-03-20"));
  g_assert_true (has_label (items[second_round + 1], "2c, Alignment event, IT service provider, 2024-04-01"));
  {
    g_autofree char *differs = gtk_test_accessible_check_property (GTK_ACCESSIBLE (items[second_round]),
                                                                    GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, "");

    /* described by its scores, not empty */
    g_assert_nonnull (differs);
  }

  alignment_timeline_view_set_case (fixture->view, NULL);
}

static char *
run (const char * const *argv)
{
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status;

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                     NULL, NULL, &out, NULL, &status, &error))
    g_error ("cannot run %s: %s", argv[0], error->message);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return out;
}

static void
print_to_pdf (Fixture    *fixture,
              guint       pages_wide,
              const char *path)
{
  g_autoptr(AlignmentTimelinePrint) print = alignment_timeline_print_new (fixture->case_);
  g_autoptr(GError) error = NULL;
  GtkPrintOperationResult result;

  alignment_timeline_print_set_pages_wide (print, pages_wide);
  gtk_print_operation_set_export_filename (GTK_PRINT_OPERATION (print), path);
  result = gtk_print_operation_run (GTK_PRINT_OPERATION (print), GTK_PRINT_OPERATION_ACTION_EXPORT,
                                    fixture->window, &error);
  g_assert_no_error (error);
  g_assert_cmpint (result, ==, GTK_PRINT_OPERATION_RESULT_APPLY);
}

static void
test_print (Fixture       *fixture,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("timeline-print-XXXXXX", &error);
  g_autofree char *one = g_build_filename (dir, "one.pdf", NULL);
  g_autofree char *poster = g_build_filename (dir, "poster.pdf", NULL);
  g_autofree char *pdfinfo = g_find_program_in_path ("pdfinfo");

  g_assert_no_error (error);
  print_to_pdf (fixture, 1, one);
  print_to_pdf (fixture, 3, poster);
  g_assert_true (g_file_test (one, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (poster, G_FILE_TEST_EXISTS));

  if (pdfinfo == NULL)
    {
      g_test_skip ("pdfinfo is not installed (Debian: poppler-utils): pages not counted");
      return;
    }

  {
    const char *info_one[] = { "pdfinfo", one, NULL };
    const char *info_poster[] = { "pdfinfo", poster, NULL };
    g_autofree char *out_one = run (info_one);
    g_autofree char *out_poster = run (info_poster);

    g_assert_nonnull (strstr (out_one, "\nPages:           1\n"));
    g_assert_nonnull (strstr (out_poster, "\nPages:           3\n"));
    /* Landscape: wider than high. */
    const char *size = strstr (out_one, "Page size:");
    double width = 0, height = 0;

    /* Landscape by default: wider than high, whatever the paper. */
    g_assert_nonnull (size);
    g_assert_cmpint (sscanf (size, "Page size: %lf x %lf", &width, &height), ==, 2);
    g_assert_cmpfloat (width, >, height);
  }

  for (int page = 1; page <= 3; page++)
    {
      g_autofree char *number = g_strdup_printf ("%d", page);
      g_autofree char *heading = g_strdup_printf ("Page %d of 3", page);
      const char *text[] = { "pdftotext", "-f", number, "-l", number, poster, "-", NULL };
      g_autofree char *out = run (text);

      g_assert_nonnull (strstr (out, heading));
      g_assert_nonnull (strstr (out, "Shipbuilder"));
      g_assert_nonnull (strstr (out, "Alignment event"));
      g_assert_nonnull (strstr (out, "Printed on "));
    }

  g_unlink (one);
  g_unlink (poster);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  if (!ui_test_init (&argc, &argv, "/timeline-view/skipped", NULL, &status))
    return status;
  adw_init ();
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_LIGHT);

#define ADD(path, func) g_test_add ("/timeline-view/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("shows-case", test_shows_case);
  ADD ("dark", test_dark);
  ADD ("zoom", test_zoom);
  ADD ("pan", test_pan);
  ADD ("pan-reuses-frame", test_pan_reuses_frame);
  ADD ("zoom-per-case", test_zoom_per_case);
  ADD ("click", test_click);
  ADD ("keyboard", test_keyboard);
  ADD ("tooltip", test_tooltip);
  ADD ("accessible", test_accessible);
  ADD ("accessible-rounds", test_accessible_rounds);
  ADD ("print", test_print);
#undef ADD

  return ui_test_run ();
}
