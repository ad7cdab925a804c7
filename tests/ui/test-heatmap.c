/* test-heatmap.c: the heatmap view, the thread panel and printing, driven
 * under a display
 *
 * Needs a display (build-aux/run-tests runs the suite under Xvfb):
 * without one this test fails, unless ALIGNMENT_SKIP_DISPLAY_TESTS is set.
 * The figures are the hand-computed ones of tests/core/test-analysis.c and
 * tests/core/test-findings.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <adwaita.h>
#include <glib/gstdio.h>

#include "alignment-heatmap-print.h"
#include "alignment-heatmap-view.h"
#include "alignment-thread-panel.h"
#include "ui-test.h"

static void
spin_a_while (void)
{
  for (guint i = 0; i < 20; i++)
    while (g_main_context_iteration (NULL, FALSE))
      ;
}

static gboolean
is_mapped (gpointer data)
{
  return gtk_widget_get_mapped (data) && gtk_widget_get_width (data) > 0;
}

static GtkWidget *
show_in_window (GtkWidget *child,
                int        width,
                int        height)
{
  GtkWidget *window = gtk_window_new ();

  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  gtk_window_set_child (GTK_WINDOW (window), child);
  gtk_window_present (GTK_WINDOW (window));
  ui_test_spin_until (is_mapped, child, "the window to show");
  spin_a_while ();
  return window;
}

static char *
ids_of (AlignmentCase *self,
        GArray        *positions)
{
  GString *ids = g_string_new (NULL);

  for (guint i = 0; i < positions->len; i++)
    g_string_append_printf (ids, "%s%s", i > 0 ? " " : "",
                            alignment_signal_get_id (alignment_signal_list_get (alignment_case_get_signals (self),
                                                                                g_array_index (positions, guint, i))));
  return g_string_free (ids, FALSE);
}

/* The first widget below @root (itself included) with @role. */
static GtkWidget *
find_role (GtkWidget         *root,
           GtkAccessibleRole  role)
{
  if (gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (root)) == role)
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_role (child, role);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static GtkWidget *
find_type (GtkWidget *root,
           GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type))
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_type (child, type);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The widget's pixels, drawn as on screen. */
static GdkTexture *
snapshot_widget (GtkWidget *widget)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  GskRenderer *renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));

  gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot),
                          gtk_widget_get_width (widget), gtk_widget_get_height (widget));
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  g_assert_nonnull (node);
  return gsk_renderer_render_texture (renderer, node, NULL);
}

/* The colour at (@x, @y) of @texture, as 0xRRGGBB. */
static guint32
pixel_at (GdkTexture *texture,
          int         x,
          int         y)
{
  int width = gdk_texture_get_width (texture), height = gdk_texture_get_height (texture);
  g_autofree guint8 *data = g_malloc ((gsize) width * height * 4);
  const guint8 *p;

  g_assert_cmpint (x, <, width);
  g_assert_cmpint (y, <, height);
  gdk_texture_download (texture, data, (gsize) width * 4);
  /* Downloads are in GDK_MEMORY_DEFAULT: B G R A, premultiplied. */
  p = data + ((gsize) y * width + x) * 4;
  return (guint32) p[2] << 16 | (guint32) p[1] << 8 | p[0];
}

#define RED(c)   ((int) ((c) >> 16 & 0xff))
#define GREEN(c) ((int) ((c) >> 8 & 0xff))
#define BLUE(c)  ((int) ((c) & 0xff))

/* The centre of a cell in the drawing area's coordinates (the view draws
 * the layout 12 px in). */
static void
cell_centre (AlignmentHeatmapView *view,
             guint                 row,
             guint                 column,
             int                  *x,
             int                  *y)
{
  const AlignmentHeatmapCell *cell = alignment_heatmap_layout_get_cell (alignment_heatmap_view_get_layout (view), row, column);

  *x = (int) (cell->rect.x + cell->rect.width / 2 + 12);
  *y = (int) (cell->rect.y + cell->rect.height / 2 + 12);
}

/* ---- The heatmap view ----------------------------------------------------- */

typedef struct
{
  guint  n;
  guint  row;
  guint  column;
  char  *ids;
} Activation;

static void
cell_activated (AlignmentHeatmapView *view,
                guint                 row,
                guint                 column,
                GArray               *positions,
                Activation           *activation)
{
  activation->n++;
  activation->row = row;
  activation->column = column;
  g_free (activation->ids);
  activation->ids = ids_of (alignment_heatmap_view_get_case (view), positions);
}

static void
test_view_modes (void)
{
  g_autoptr(AlignmentCase) self = load_example ();
  GtkWidget *view = alignment_heatmap_view_new ();
  GtkWidget *window, *dropdown;
  const AlignmentHeatmapLayout *layout;

  alignment_heatmap_view_set_case (ALIGNMENT_HEATMAP_VIEW (view), self);
  window = show_in_window (view, 1000, 500);

  layout = alignment_heatmap_view_get_layout (ALIGNMENT_HEATMAP_VIEW (view));
  g_assert_nonnull (layout);
  g_assert_cmpuint (layout->n_rows, ==, 6);
  g_assert_cmpuint (layout->n_columns, ==, 4);
  g_assert_cmpint (alignment_heatmap_layout_get_cell (layout, 1, 1)->value, ==, -3);

  /* The view's own switch: the first drop-down picks the columns. */
  dropdown = find_type (view, GTK_TYPE_DROP_DOWN);
  g_assert_nonnull (dropdown);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdown), ALIGNMENT_BUCKET_THREAD);
  g_assert_cmpint (alignment_heatmap_view_get_bucket_kind (ALIGNMENT_HEATMAP_VIEW (view)), ==, ALIGNMENT_BUCKET_THREAD);
  layout = alignment_heatmap_view_get_layout (ALIGNMENT_HEATMAP_VIEW (view));
  g_assert_cmpuint (layout->n_columns, ==, 3);
  g_assert_cmpint (alignment_heatmap_layout_get_cell (layout, 1, 2)->value, ==, -3);

  /* The properties the window binds: mode and scale. */
  g_object_set (view, "mode", ALIGNMENT_HEATMAP_GAP, NULL);
  layout = alignment_heatmap_view_get_layout (ALIGNMENT_HEATMAP_VIEW (view));
  g_assert_cmpuint (layout->n_rows, ==, 3);
  g_assert_cmpint (alignment_heatmap_layout_get_cell (layout, 1, 1)->value, ==, 1);
  g_object_set (view, "mode", ALIGNMENT_HEATMAP_SPLIT, "bucket-kind", ALIGNMENT_BUCKET_MONTH, NULL);
  layout = alignment_heatmap_view_get_layout (ALIGNMENT_HEATMAP_VIEW (view));
  g_assert_cmpint (alignment_heatmap_layout_get_cell (layout, 1, 2)->gained, ==, 3);
  g_assert_cmpint (alignment_heatmap_layout_get_cell (layout, 1, 2)->lost, ==, 2);

  /* A case without dated signals: no columns, and nothing for the
   * keyboard to land on; no case at all, no layout. */
  {
    g_autoptr(AlignmentCase) empty = alignment_case_new ();

    alignment_heatmap_view_set_case (ALIGNMENT_HEATMAP_VIEW (view), empty);
    layout = alignment_heatmap_view_get_layout (ALIGNMENT_HEATMAP_VIEW (view));
    g_assert_cmpuint (layout->n_columns, ==, 0);
    g_assert_nonnull (layout->empty.text);
    g_assert_false (alignment_heatmap_view_get_focus_cell (ALIGNMENT_HEATMAP_VIEW (view), NULL, NULL));
    alignment_heatmap_view_set_case (ALIGNMENT_HEATMAP_VIEW (view), NULL);
    g_assert_null (alignment_heatmap_view_get_layout (ALIGNMENT_HEATMAP_VIEW (view)));
    spin_a_while ();
  }

  /* The scale binds to a setting by these nicks. */
  {
    g_autoptr(GEnumClass) scales = g_type_class_ref (ALIGNMENT_TYPE_TRUST_SCALE);

    g_assert_cmpint (g_enum_get_value_by_nick (scales, "red-green")->value, ==, ALIGNMENT_SCALE_RED_GREEN);
    g_assert_cmpint (g_enum_get_value_by_nick (scales, "blue-orange")->value, ==, ALIGNMENT_SCALE_BLUE_ORANGE);
  }

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_view_pointer_and_keyboard (void)
{
  g_autoptr(AlignmentCase) self = load_example ();
  GtkWidget *view = alignment_heatmap_view_new ();
  Activation activation = { 0 };
  const AlignmentHeatmapLayout *layout;
  GtkWidget *window, *area;
  GtkEventController *keys = NULL;
  g_autofree char *tooltip = NULL;
  g_autoptr(GListModel) controllers = NULL;
  gboolean handled;
  guint row, column;
  int x, y;

  alignment_heatmap_view_set_case (ALIGNMENT_HEATMAP_VIEW (view), self);
  g_signal_connect (view, "cell-activated", G_CALLBACK (cell_activated), &activation);
  window = show_in_window (view, 1000, 500);
  layout = alignment_heatmap_view_get_layout (ALIGNMENT_HEATMAP_VIEW (view));
  area = find_type (view, GTK_TYPE_DRAWING_AREA);
  g_assert_nonnull (area);

  /* Hit testing on the same layout the painter drew: April, customer
   * operational, in the area's own coordinates. */
  cell_centre (ALIGNMENT_HEATMAP_VIEW (view), 1, 2, &x, &y);
  g_assert_true (alignment_heatmap_layout_cell_at (layout, x - 12, y - 12, &row, &column));
  g_assert_cmpuint (row, ==, 1);
  g_assert_cmpuint (column, ==, 2);

  /* The tooltip lists the signals behind the cell. */
  tooltip = alignment_heatmap_view_describe_cell (ALIGNMENT_HEATMAP_VIEW (view), 1, 2);
  g_test_message ("%s", tooltip);
  g_assert_true (g_str_has_prefix (tooltip, "<b>Customer · Operational — good-faith effort, Apr 2024: +1</b>"));
  g_assert_nonnull (strstr (tooltip, "\n2c · Alignment event · 2024-04-01 — Existing roles transformed"));
  g_assert_nonnull (strstr (tooltip, "\n3d · Alignment event · 2024-04-01 — appreciate time for all stakeholders"));
  g_assert_null (strstr (tooltip, "2e ·"));

  /* The keyboard: focus lands on the first cell; arrows move. */
  gtk_widget_grab_focus (area);
  spin_a_while ();
  g_assert_true (gtk_widget_has_focus (area));
  g_assert_true (alignment_heatmap_view_get_focus_cell (ALIGNMENT_HEATMAP_VIEW (view), &row, &column));
  g_assert_cmpuint (row, ==, 0);
  g_assert_cmpuint (column, ==, 0);

  controllers = gtk_widget_observe_controllers (area);
  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_KEY (controller))
        keys = controller;
    }
  g_assert_nonnull (keys);

#define PRESS(key) g_signal_emit_by_name (keys, "key-pressed", (key), 0, (GdkModifierType) 0, &handled)
  PRESS (GDK_KEY_Right);
  PRESS (GDK_KEY_Right);
  PRESS (GDK_KEY_Down);
  g_assert_true (handled);
  g_assert_true (alignment_heatmap_view_get_focus_cell (ALIGNMENT_HEATMAP_VIEW (view), &row, &column));
  g_assert_cmpuint (row, ==, 1);
  g_assert_cmpuint (column, ==, 2);
  PRESS (GDK_KEY_Return);
  g_assert_cmpuint (activation.n, ==, 1);
  g_assert_cmpuint (activation.row, ==, 1);
  g_assert_cmpuint (activation.column, ==, 2);
  g_assert_cmpstr (activation.ids, ==, "2c 2d 3c 3d 3e");

  /* The edges hold; End goes to the last bucket. */
  PRESS (GDK_KEY_End);
  PRESS (GDK_KEY_Right);
  PRESS (GDK_KEY_Down);
  PRESS (GDK_KEY_Down);
  PRESS (GDK_KEY_Down);
  PRESS (GDK_KEY_Down);
  PRESS (GDK_KEY_Down);
  g_assert_true (alignment_heatmap_view_get_focus_cell (ALIGNMENT_HEATMAP_VIEW (view), &row, &column));
  g_assert_cmpuint (row, ==, 5);
  g_assert_cmpuint (column, ==, 3);
  PRESS (GDK_KEY_space);
  g_assert_cmpuint (activation.n, ==, 2);
  /* May, provider relational: 2g alone. */
  g_assert_cmpstr (activation.ids, ==, "2g");
  PRESS (GDK_KEY_a);
  g_assert_false (handled);
#undef PRESS

  g_free (activation.ids);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_view_accessible_table (void)
{
  g_autoptr(AlignmentCase) self = load_example ();
  GtkWidget *view = alignment_heatmap_view_new ();
  /* Readable months, then the rows' totals. */
  static const char * const header[] = { "Month", "Feb 2024", "Mar 2024", "Apr 2024", "May 2024", "Total" };
  static const char * const operational[] = { "Customer · Operational — good-faith effort", "0", "\u22123", "+1", "+1",
                                               "\u22121" };
  GtkWidget *window, *table, *row, *cell;
  guint n_rows = 0, i;

  alignment_heatmap_view_set_case (ALIGNMENT_HEATMAP_VIEW (view), self);
  window = show_in_window (view, 1000, 500);

  table = find_role (view, GTK_ACCESSIBLE_ROLE_TABLE);
  g_assert_nonnull (table);
  /* In the accessible tree: shown (mapped), though not seen. */
  g_assert_true (gtk_widget_get_mapped (table));

  for (row = gtk_widget_get_first_child (table); row != NULL; row = gtk_widget_get_next_sibling (row))
    {
      g_assert_cmpint (gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (row)), ==, GTK_ACCESSIBLE_ROLE_ROW);
      n_rows++;
    }
  /* A header row and the six rows of the figure. */
  g_assert_cmpuint (n_rows, ==, 7);

  row = gtk_widget_get_first_child (table);
  for (cell = gtk_widget_get_first_child (row), i = 0; cell != NULL; cell = gtk_widget_get_next_sibling (cell), i++)
    {
      g_assert_cmpint (gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (cell)), ==, GTK_ACCESSIBLE_ROLE_COLUMN_HEADER);
      g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (cell)), ==, header[i]);
    }
  g_assert_cmpuint (i, ==, 6);

  /* The customer's operational row: its name, then −3 in March, then
   * its total. */
  row = gtk_widget_get_next_sibling (gtk_widget_get_next_sibling (row));
  for (cell = gtk_widget_get_first_child (row), i = 0; cell != NULL; cell = gtk_widget_get_next_sibling (cell), i++)
    {
      g_assert_cmpint (gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (cell)), ==,
                       i == 0 ? GTK_ACCESSIBLE_ROLE_ROW_HEADER : GTK_ACCESSIBLE_ROLE_CELL);
      g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (cell)), ==, operational[i]);
    }
  g_assert_cmpuint (i, ==, 6);

  /* The table follows the mode: three gap rows. */
  alignment_heatmap_view_set_mode (ALIGNMENT_HEATMAP_VIEW (view), ALIGNMENT_HEATMAP_GAP);
  n_rows = 0;
  for (row = gtk_widget_get_first_child (table); row != NULL; row = gtk_widget_get_next_sibling (row))
    n_rows++;
  g_assert_cmpuint (n_rows, ==, 4);

  /* It never takes the pointer or the focus from the figure. */
  g_assert_false (gtk_widget_get_can_target (table));
  g_assert_false (gtk_widget_get_focusable (gtk_widget_get_first_child (gtk_widget_get_first_child (table))));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_view_pixels_and_styles (void)
{
  g_autoptr(AlignmentCase) self = load_example ();
  GtkWidget *view = alignment_heatmap_view_new ();
  AdwStyleManager *style = adw_style_manager_get_default ();
  GtkWidget *window, *area;
  g_autoptr(GdkTexture) light = NULL;
  g_autoptr(GdkTexture) dark = NULL;
  g_autoptr(GdkTexture) blue_orange = NULL;
  guint32 bad, good, background;
  int x, y, gx, gy;

  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_LIGHT);
  alignment_heatmap_view_set_case (ALIGNMENT_HEATMAP_VIEW (view), self);
  window = show_in_window (view, 1000, 500);
  area = find_type (view, GTK_TYPE_DRAWING_AREA);

  /* March, customer operational (−3), and February, customer relational
   * (+1); sampled off-centre, away from the number. */
  cell_centre (ALIGNMENT_HEATMAP_VIEW (view), 1, 1, &x, &y);
  cell_centre (ALIGNMENT_HEATMAP_VIEW (view), 2, 0, &gx, &gy);
  x -= 14;
  gx -= 14;

  light = snapshot_widget (area);
  bad = pixel_at (light, x, y);
  good = pixel_at (light, gx, gy);
  background = pixel_at (light, 2, 2);
  g_test_message ("light: −3 %06x, +1 %06x, background %06x", bad, good, background);
  g_assert_cmpint (RED (bad), >, GREEN (bad) + 80);
  g_assert_cmpint (GREEN (good), >, RED (good));
  g_assert_cmpint (RED (background), >, 200);

  /* Dark style: the background goes dark, the scale stays. */
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
  spin_a_while ();
  dark = snapshot_widget (area);
  background = pixel_at (dark, 2, 2);
  bad = pixel_at (dark, x, y);
  g_test_message ("dark: −3 %06x, background %06x", bad, background);
  g_assert_cmpint (RED (background), <, 80);
  g_assert_cmpint (RED (bad), >, GREEN (bad) + 80);

  /* The colour-blind-safe scale: orange for lost, blue for gained. */
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_LIGHT);
  g_object_set (view, "trust-scale", ALIGNMENT_SCALE_BLUE_ORANGE, NULL);
  spin_a_while ();
  blue_orange = snapshot_widget (area);
  bad = pixel_at (blue_orange, x, y);
  good = pixel_at (blue_orange, gx, gy);
  g_test_message ("blue-orange: −3 %06x, +1 %06x", bad, good);
  g_assert_cmpint (RED (bad), >, BLUE (bad) + 100);
  g_assert_cmpint (BLUE (good), >, RED (good));

  if (g_getenv ("ALIGNMENT_HEATMAP_SCREENSHOT") != NULL)
    gdk_texture_save_to_png (light, g_getenv ("ALIGNMENT_HEATMAP_SCREENSHOT"));

  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* ---- The thread panel ----------------------------------------------------- */

typedef struct
{
  guint  n;
  char  *ids;
  AlignmentCase *case_;
} Shown;

static void
signals_activated (AlignmentThreadPanel *panel,
                   GArray               *positions,
                   Shown                *shown)
{
  shown->n++;
  g_free (shown->ids);
  shown->ids = ids_of (shown->case_, positions);
}

static GtkWidget *
find_label (GtkWidget  *root,
            const char *text)
{
  if (GTK_IS_LABEL (root) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (root)), text) == 0)
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_label (child, text);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static GtkWidget *
find_tooltip (GtkWidget  *root,
              const char *tooltip)
{
  if (g_strcmp0 (gtk_widget_get_tooltip_text (root), tooltip) == 0)
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_tooltip (child, tooltip);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* A thread's details are made when it is opened. */
static void
open_threads (GtkWidget *root)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      if (ADW_IS_EXPANDER_ROW (child))
        g_object_set (child, "expanded", TRUE, NULL);
      else
        open_threads (child);
    }
}

static void
test_thread_panel (void)
{
  g_autoptr(AlignmentCase) self = load_example ();
  GtkWidget *panel = alignment_thread_panel_new ();
  Shown shown = { 0, NULL, self };
  const AlignmentFindings *findings;
  GtkWidget *window, *button;

  alignment_thread_panel_set_case (ALIGNMENT_THREAD_PANEL (panel), self);
  g_signal_connect (panel, "signals-activated", G_CALLBACK (signals_activated), &shown);
  window = show_in_window (panel, 800, 900);

  findings = alignment_thread_panel_get_findings (ALIGNMENT_THREAD_PANEL (panel));
  g_assert_nonnull (findings);
  g_assert_cmpuint (findings->reports->len, ==, 3);

  /* What the user reads: status and days in the rows' titles, the
   * opening signal and its sender, the findings in words. */
  g_assert_nonnull (find_label (panel, "Thread 1 — Open"));
  g_assert_nonnull (find_label (panel, "Thread 2 — Aligned in 87 days"));
  g_assert_nonnull (find_label (panel, "Thread 3 — Aligned in 31 days"));
  g_assert_nonnull (find_label (panel, "Training in SAFe\n1a, Request sent by Customer on 2024-02-01: Need for Training SAFE Agile"));
  g_assert_null (find_label (panel, "Steps found"));
  open_threads (panel);
  g_assert_nonnull (find_label (panel, "discussion (missing: recognition, decision), in the last of 2 cycles"));
  /* A flag names the signals it is about. */
  g_assert_nonnull (find_label (panel, "signal 1d was not understood; escalated after an alignment event: the cycle restarted"));
  g_assert_nonnull (find_label (panel, "signals 3c, 3d and 3e were not understood"));
  /* Where thread 3 was raised and, as the case tells it, aligned; thread
   * 1 is not aligned. */
  g_assert_nonnull (find_label (panel, "Operational and Relational"));
  g_assert_nonnull (find_label (panel, "Not recorded"));
  g_assert_nonnull (find_label (panel, "Contractual 0 · Operational \u22123 · Relational \u22121"));
  g_assert_nonnull (find_label (panel, "Open threads"));
  g_assert_nonnull (find_label (panel, "1 of 3 threads is still open: thread 1."));
  g_assert_nonnull (find_label (panel, "Realm desynchronisation"));

  /* Show Signals on a finding and on a thread. */
  alignment_thread_panel_activate_finding (ALIGNMENT_THREAD_PANEL (panel), 3);
  g_assert_cmpstr (shown.ids, ==, "1d 2g 3c 3d 3e");
  alignment_thread_panel_activate_thread (ALIGNMENT_THREAD_PANEL (panel), 3);
  g_assert_cmpstr (shown.ids, ==, "3a 3b 3c 3d 3e");

  /* The real button of the first finding (time to alignment). */
  button = find_tooltip (panel, "Signals 2a 2g 3a 3e");
  g_assert_nonnull (button);
  g_assert_true (GTK_IS_BUTTON (button));
  g_signal_emit_by_name (button, "clicked");
  g_assert_cmpuint (shown.n, ==, 3);
  g_assert_cmpstr (shown.ids, ==, "2a 2g 3a 3e");

  /* No case, nothing to say. */
  alignment_thread_panel_set_case (ALIGNMENT_THREAD_PANEL (panel), NULL);
  g_assert_null (alignment_thread_panel_get_findings (ALIGNMENT_THREAD_PANEL (panel)));

  g_free (shown.ids);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A large case: the open threads are counted, not listed, and Show
 * Signals still highlights every one of their signals.  Smaller than the
 * 2 000 signals of tests/core/test-findings.c, which checks the sentence
 * there, to keep this test in its time; it has a dozen open threads. */
static void
test_thread_panel_large (void)
{
  g_autoptr(AlignmentCase) self = alignment_case_generate (600, 0, 15);
  GtkWidget *panel = alignment_thread_panel_new ();
  Shown shown = { 0, NULL, self };
  const AlignmentFindings *findings;
  const AlignmentFinding *open = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *tooltip = NULL;
  g_auto(GStrv) words = NULL;
  GtkWidget *window, *label, *button;

  alignment_thread_panel_set_case (ALIGNMENT_THREAD_PANEL (panel), self);
  g_signal_connect (panel, "signals-activated", G_CALLBACK (signals_activated), &shown);
  window = show_in_window (panel, 800, 900);

  findings = alignment_thread_panel_get_findings (ALIGNMENT_THREAD_PANEL (panel));
  for (guint i = 0; i < findings->findings->len; i++)
    if (((AlignmentFinding *) g_ptr_array_index (findings->findings, i))->kind == ALIGNMENT_FINDING_OPEN_THREADS)
      open = g_ptr_array_index (findings->findings, i);
  g_assert_nonnull (open);
  g_assert_cmpuint (findings->n_open, >, ALIGNMENT_FINDINGS_MAX_LISTED);

  summary = g_strdup_printf ("%u of %u threads are still open.", findings->n_open, findings->threads->len);
  label = find_label (panel, summary);
  g_assert_nonnull (label);

  /* The button says how many it shows, not every id. */
  tooltip = g_strdup_printf ("Highlight %u signals in the list", open->signals->len);
  button = find_tooltip (panel, tooltip);
  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  g_assert_cmpuint (shown.n, ==, 1);
  words = g_strsplit (shown.ids, " ", -1);
  g_assert_cmpuint (g_strv_length (words), ==, open->signals->len);

  g_free (shown.ids);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A case of hundreds of threads: the panel computes nothing while it is
 * hidden, and once shown has a row for what is on screen, not one per
 * thread and finding. */
static void
test_thread_panel_rows (void)
{
  g_autoptr(AlignmentCase) self = alignment_case_generate (4000, 0, 15);
  GtkWidget *panel = g_object_ref_sink (alignment_thread_panel_new ());
  const AlignmentFindings *findings;
  GtkWidget *window;
  guint n_rows;

  alignment_thread_panel_set_case (ALIGNMENT_THREAD_PANEL (panel), self);
  g_assert_cmpuint (ui_test_count_widgets (panel, ADW_TYPE_EXPANDER_ROW), ==, 0);
  g_assert_cmpuint (ui_test_count_widgets (panel, ADW_TYPE_ACTION_ROW), ==, 0);

  window = show_in_window (panel, 800, 900);
  findings = alignment_thread_panel_get_findings (ALIGNMENT_THREAD_PANEL (panel));
  g_assert_cmpuint (findings->reports->len, >=, 400);

  n_rows = ui_test_count_widgets (panel, ADW_TYPE_EXPANDER_ROW);
  g_test_message ("%u thread rows for %u threads", n_rows, findings->reports->len);
  /* At least a few on screen, and no more than the 200 GTK 4.8's list
   * views keep around them. */
  g_assert_cmpuint (n_rows, >=, 3);
  g_assert_cmpuint (n_rows, <=, 200);

  gtk_window_destroy (GTK_WINDOW (window));
  g_object_unref (panel);
}

/* ---- Printing ------------------------------------------------------------- */

static char *
run_and_read (const char * const *argv)
{
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  char *out = NULL;

  process = g_subprocess_newv (argv, G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_SILENCE, &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (process, NULL, NULL, &out, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_subprocess_get_exit_status (process), ==, 0);
  return out;
}

/* To look at a printed PDF: ALIGNMENT_HEATMAP_PRINT_COPY=FILE.pdf (the
 * weeks) or ALIGNMENT_HEATMAP_FITTED_COPY=FILE.pdf (the months). */
static void
keep_copy (const char *path,
           const char *variable)
{
  g_autoptr(GError) error = NULL;

  if (g_getenv (variable) != NULL)
    {
      g_autoptr(GFile) from = g_file_new_for_path (path);
      g_autoptr(GFile) to = g_file_new_for_path (g_getenv (variable));

      g_file_copy (from, to, G_FILE_COPY_OVERWRITE, NULL, NULL, NULL, &error);
      g_assert_no_error (error);
    }
}

/* The heatmap page as the window lays it out: the figure over the
 * findings, the divider where it opens (400 pixels down).  In a short
 * window (the page of an 800 × 600 one) the findings keep room for a few
 * rows and the figure scrolls, instead of the findings shrinking to a
 * line. */
static void
test_thread_panel_room (void)
{
  g_autoptr(AlignmentCase) self = load_example ();
  GtkWidget *view = alignment_heatmap_view_new ();
  GtkWidget *panel = alignment_thread_panel_new ();
  GtkWidget *paned = gtk_paned_new (GTK_ORIENTATION_VERTICAL);
  GtkWidget *window;

  alignment_heatmap_view_set_case (ALIGNMENT_HEATMAP_VIEW (view), self);
  alignment_thread_panel_set_case (ALIGNMENT_THREAD_PANEL (panel), self);
  /* As alignment-case-page.ui sets them. */
  gtk_widget_set_size_request (view, -1, 200);
  gtk_widget_set_size_request (panel, -1, 120);
  gtk_paned_set_start_child (GTK_PANED (paned), view);
  gtk_paned_set_end_child (GTK_PANED (paned), panel);
  gtk_paned_set_shrink_start_child (GTK_PANED (paned), FALSE);
  gtk_paned_set_shrink_end_child (GTK_PANED (paned), FALSE);
  gtk_paned_set_position (GTK_PANED (paned), 400);

  window = show_in_window (paned, 600, 500);
  g_test_message ("figure %d px, findings %d px", gtk_widget_get_height (view), gtk_widget_get_height (panel));
  g_assert_cmpint (gtk_widget_get_height (panel), >=, 240);
  g_assert_cmpint (gtk_widget_get_height (view), >=, 200);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Prints the example by @kind through a real print operation into
 * @path, as "Print to File" does. */
static AlignmentHeatmapPrint *
print_example (AlignmentBucketKind  kind,
               const char          *path)
{
  g_autoptr(AlignmentCase) self = load_example ();
  g_autoptr(GError) error = NULL;
  AlignmentHeatmapPrint *print;
  GtkPrintOperationResult result;

  print = alignment_heatmap_print_new (self, kind, ALIGNMENT_HEATMAP_NET, ALIGNMENT_SCALE_RED_GREEN);
  gtk_print_operation_set_export_filename (GTK_PRINT_OPERATION (print), path);
  result = gtk_print_operation_run (GTK_PRINT_OPERATION (print), GTK_PRINT_OPERATION_ACTION_EXPORT, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (result, ==, GTK_PRINT_OPERATION_RESULT_APPLY);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  g_test_message ("scale %.3f", alignment_heatmap_print_get_scale (print));

  return print;
}

/* The box of what is not white on page 1 of the PDF at @path, as
 * fractions of the page: rendered by pdftoppm, as a reader would see it. */
static void
pdf_ink_box (const char *pdftoppm,
             const char *path,
             double     *left,
             double     *right,
             double     *top,
             double     *bottom)
{
  g_autofree char *prefix = g_strconcat (path, "-page", NULL);
  g_autofree char *pgm = g_strconcat (prefix, ".pgm", NULL);
  g_autofree char *out = NULL;
  g_autofree char *data = NULL;
  g_autoptr(GError) error = NULL;
  int width, height, max, header = 0;
  int x0 = G_MAXINT, x1 = -1, y0 = G_MAXINT, y1 = -1;
  gsize length;

  out = run_and_read ((const char * const[]) { pdftoppm, "-r", "36", "-gray", "-singlefile", path, prefix, NULL });
  g_file_get_contents (pgm, &data, &length, &error);
  g_assert_no_error (error);
  g_assert_cmpint (sscanf (data, "P5 %d %d %d%*c%n", &width, &height, &max, &header), ==, 3);
  g_assert_cmpuint (length, >=, (gsize) header + (gsize) width * height);

  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      if ((guchar) data[header + y * width + x] < 200)
        {
          x0 = MIN (x0, x);
          x1 = MAX (x1, x);
          y0 = MIN (y0, y);
          y1 = MAX (y1, y);
        }
  g_assert_cmpint (x1, >=, 0);
  *left = (double) x0 / width;
  *right = (double) (x1 + 1) / width;
  *top = (double) y0 / height;
  *bottom = (double) (y1 + 1) / height;
  g_unlink (pgm);
}

/* Four months are far narrower than a landscape page: the figure is
 * enlarged to the printable area, not left in its top left corner, and
 * the page has a footer like the timeline's. */
static void
test_print_fitted (void)
{
  g_autoptr(AlignmentHeatmapPrint) print = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *dir = g_dir_make_tmp ("test-heatmap-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "heatmap.pdf", NULL);
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  g_autofree char *pdftoppm = g_find_program_in_path ("pdftoppm");
  g_autofree char *text = NULL;
  g_autofree char *date = g_date_time_format (now, "%-d %B %Y");
  g_autofree char *printed = g_strdup_printf ("Page 1 of 1 · Printed on %s", date);
  const char *footer;
  double left, right, top, bottom;

  g_assert_no_error (error);
  print = print_example (ALIGNMENT_BUCKET_MONTH, path);
  g_assert_cmpfloat (alignment_heatmap_print_get_scale (print), >, 1.0);

  if (pdftotext == NULL || pdftoppm == NULL)
    {
      g_test_skip ("pdftotext or pdftoppm not found (poppler-utils): the PDF was not read");
      g_unlink (path);
      g_rmdir (dir);
      return;
    }

  /* The figure spans most of the page's width, and the footer sits at
   * its foot, inside the margins. */
  pdf_ink_box (pdftoppm, path, &left, &right, &top, &bottom);
  g_test_message ("ink from %.3f to %.3f across, %.3f to %.3f down", left, right, top, bottom);
  g_assert_cmpfloat (right - left, >, 0.8);
  g_assert_cmpfloat (bottom, >, 0.85);
  g_assert_cmpfloat (bottom, <, 0.97);

  /* The footer: the case's title, the page and the date in long form,
   * on the last line of the page. */
  text = run_and_read ((const char * const[]) { pdftotext, "-layout", path, "-", NULL });
  g_test_message ("%s", text);
  g_assert_nonnull (strstr (text, "Feb 2024"));
  g_assert_nonnull (strstr (text, "Total"));
  footer = strstr (text, printed);
  g_assert_nonnull (footer);
  g_assert_nonnull (g_strstr_len (strstr (text, "Trust gained"), footer - strstr (text, "Trust gained"),
                                  "Moving to the SAFe agile way of working"));

  keep_copy (path, "ALIGNMENT_HEATMAP_FITTED_COPY");
  g_unlink (path);
  g_rmdir (dir);
}

static void
test_print_to_pdf (void)
{
  g_autoptr(AlignmentHeatmapPrint) print = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("test-heatmap-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "heatmap.pdf", NULL);
  g_autofree char *info = NULL;
  g_autofree char *text = NULL;
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  g_autofree char *pdfinfo = g_find_program_in_path ("pdfinfo");
  double width = 0, height = 0;
  const char *size;

  g_assert_no_error (error);
  print = print_example (ALIGNMENT_BUCKET_WEEK, path);

  /* Fifteen weeks do not fit a page at their natural width: scaled down. */
  g_assert_cmpfloat (alignment_heatmap_print_get_scale (print), <=, 1.0);
  g_assert_cmpfloat (alignment_heatmap_print_get_scale (print), >, 0.3);

  if (pdfinfo == NULL || pdftotext == NULL)
    {
      g_test_skip ("pdfinfo or pdftotext not found (poppler-utils): the PDF was not read");
      g_unlink (path);
      g_rmdir (dir);
      return;
    }

  info = run_and_read ((const char * const[]) { pdfinfo, path, NULL });
  g_test_message ("%s", info);
  g_assert_true (g_regex_match_simple ("^Pages: +1$", info, G_REGEX_MULTILINE, 0));
  /* One landscape page. */
  size = strstr (info, "Page size:");
  g_assert_nonnull (size);
  g_assert_cmpint (sscanf (size, "Page size: %lf x %lf", &width, &height), ==, 2);
  g_assert_cmpfloat (width, >, height);

  text = run_and_read ((const char * const[]) { pdftotext, "-layout", path, "-", NULL });
  g_test_message ("%s", text);
  g_assert_nonnull (strstr (text, "Moving to the SAFe agile way of working"));
  g_assert_nonnull (strstr (text, "1 February 2024 – 30 June 2024"));
  g_assert_nonnull (strstr (text, "By week · Net change"));
  g_assert_nonnull (strstr (text, "Service provider · Relational — limited opportunism"));
  g_assert_nonnull (strstr (text, "W5 2024"));
  g_assert_null (strstr (text, "2024-W05"));
  g_assert_nonnull (strstr (text, "Total"));
  g_assert_nonnull (strstr (text, "Trust gained"));

  keep_copy (path, "ALIGNMENT_HEATMAP_PRINT_COPY");

  g_unlink (path);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  if (!ui_test_init (&argc, &argv, "/heatmap/skipped", NULL, &status))
    return status;
  adw_init ();

  g_test_add_func ("/heatmap/view/modes", test_view_modes);
  g_test_add_func ("/heatmap/view/pointer-and-keyboard", test_view_pointer_and_keyboard);
  g_test_add_func ("/heatmap/view/accessible-table", test_view_accessible_table);
  g_test_add_func ("/heatmap/view/pixels-and-styles", test_view_pixels_and_styles);
  g_test_add_func ("/heatmap/thread-panel", test_thread_panel);
  g_test_add_func ("/heatmap/thread-panel-room", test_thread_panel_room);
  g_test_add_func ("/heatmap/thread-panel/large", test_thread_panel_large);
  g_test_add_func ("/heatmap/thread-panel/rows", test_thread_panel_rows);
  g_test_add_func ("/heatmap/print-to-pdf", test_print_to_pdf);
  g_test_add_func ("/heatmap/print-fitted", test_print_fitted);

  return ui_test_run ();
}
