/* test-agreement-table.c: the parties' agreement in the app: the table beside
 * the heatmap, its cells highlighting their signals on the timeline,
 * and the heatmap's views
 *
 * Needs a display (build-aux/run-tests runs the suite under Xvfb).  The
 * figures are the hand-computed ones of tests/tool/test-tool-agreement.c
 * for tests/data/agreement.alignment.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <adwaita.h>
#include <glib/gstdio.h>

#include "alignment-agreement-panel.h"
#include "alignment-heatmap-view.h"
#include "alignment-timeline-view.h"
#include "ui-test.h"

static AlignmentWindow *
new_window_with_agreement (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("ALIGNMENT_TEST_DATA"), "agreement.alignment", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  AlignmentWindow *window = ui_test_new_window ();

  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 900);
  alignment_window_open (window, file);
  ui_test_spin_until (ui_test_window_loaded, window, "the case to load");
  g_assert_nonnull (alignment_window_get_case (window));
  return window;
}

static void
show_view (AlignmentWindow *window,
           const char      *name)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s", name));
  ui_test_settle ();
}

static const char *
visible_view (AlignmentWindow *window)
{
  GtkWidget *stack = ui_test_find_any_nth (GTK_WIDGET (window), ADW_TYPE_VIEW_STACK, 0);

  return adw_view_stack_get_visible_child_name (ADW_VIEW_STACK (stack));
}

static int
position_of (AlignmentWindow *window,
             const char      *id)
{
  return alignment_signal_list_find_id (alignment_case_get_signals (alignment_window_get_case (window)), id);
}

static void
test_table (void)
{
  AlignmentWindow *window = new_window_with_agreement ();
  AlignmentAgreementPanel *panel;
  AlignmentTimelineView *timeline;
  GtkWidget *stack, *cell;
  const guint *highlight;
  guint n_highlight = 0;

  show_view (window, "heatmap");
  panel = ALIGNMENT_AGREEMENT_PANEL (ui_test_find_any_nth (GTK_WIDGET (window), ALIGNMENT_TYPE_AGREEMENT_PANEL, 0));
  g_assert_nonnull (panel);
  /* The user picks the panel's tab beside the heatmap. */
  stack = gtk_widget_get_ancestor (GTK_WIDGET (panel), GTK_TYPE_STACK);
  gtk_stack_set_visible_child_name (GTK_STACK (stack), "agreement");
  ui_test_settle ();

  /* The figures per realm, as a person reads them. */
  ui_test_assert_label_shown (GTK_WIDGET (panel), "Contractual — honesty in exchange");
  ui_test_assert_label_shown (GTK_WIDGET (panel), "4 pairs · 75% agree · weighted kappa 0.75");
  ui_test_assert_label_shown (GTK_WIDGET (panel), "1 pair · 0% agree · weighted kappa 0.00");
  ui_test_assert_label_shown (GTK_WIDGET (panel), "2 pairs · 50% agree · weighted kappa 0.00");
  ui_test_assert_label_shown (GTK_WIDGET (panel), "Understood: judged differently for 1 of 2 signals");

  /* The cell where the customer said negative and the provider same
   * holds 1a (the provider's trust): its button says so, and shows it. */
  cell = alignment_agreement_panel_get_cell (panel, ALIGNMENT_REALM_CONTRACTUAL, 0, 1);
  g_assert_nonnull (cell);
  g_assert_true (gtk_widget_get_mapped (cell));
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (cell)), ==, "1");
  g_assert_nonnull (strstr (gtk_widget_get_tooltip_text (cell), "1a (the provider’s trust)"));
  /* An empty cell cannot be chosen. */
  g_assert_false (gtk_widget_get_sensitive (alignment_agreement_panel_get_cell (panel, ALIGNMENT_REALM_CONTRACTUAL, 1, 1)));

  g_signal_emit_by_name (cell, "clicked");
  ui_test_settle ();
  g_assert_cmpstr (visible_view (window), ==, "timeline");
  timeline = ALIGNMENT_TIMELINE_VIEW (ui_test_find_any_nth (GTK_WIDGET (window), ALIGNMENT_TYPE_TIMELINE_VIEW, 0));
  highlight = alignment_timeline_view_get_highlight_signals (timeline, &n_highlight);
  g_assert_cmpuint (n_highlight, ==, 1);
  g_assert_cmpint ((int) highlight[0], ==, position_of (window, "1a"));

  /* The 2 × positive cell holds both of 1c's pairs: 1c once. */
  show_view (window, "heatmap");
  g_signal_emit_by_name (alignment_agreement_panel_get_cell (panel, ALIGNMENT_REALM_CONTRACTUAL, 2, 2), "clicked");
  ui_test_settle ();
  highlight = alignment_timeline_view_get_highlight_signals (timeline, &n_highlight);
  g_assert_cmpuint (n_highlight, ==, 1);
  g_assert_cmpint ((int) highlight[0], ==, position_of (window, "1c"));

  /* An edit of a rating is seen at once: 2a's provider relational now
   * agrees with the customer's estimate. */
  alignment_signal_set_impact (alignment_signal_list_get (alignment_case_get_signals (alignment_window_get_case (window)),
                                                          (guint) position_of (window, "2a")),
                               ALIGNMENT_PARTY_PROVIDER, ALIGNMENT_REALM_RELATIONAL, ALIGNMENT_IMPACT_POSITIVE);
  show_view (window, "heatmap");
  alignment_agreement_panel_refresh (panel);
  ui_test_assert_label_shown (GTK_WIDGET (panel), "2 pairs · 100% agree · weighted kappa 1.00");

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The Ratings switch: the difference of the two views in the cells. */
static void
test_heatmap_views (void)
{
  AlignmentWindow *window = new_window_with_agreement ();
  AlignmentHeatmapView *heatmap;
  const AlignmentHeatmapLayout *layout;
  GtkWidget *dropdown;

  show_view (window, "heatmap");
  heatmap = ALIGNMENT_HEATMAP_VIEW (ui_test_find_mapped (GTK_WIDGET (window), ALIGNMENT_TYPE_HEATMAP_VIEW));
  g_assert_nonnull (heatmap);
  layout = alignment_heatmap_view_get_layout (heatmap);
  /* the provider's relational trust in March: its own −1 */
  g_assert_cmpint (alignment_heatmap_layout_get_cell (layout, 5, 1)->value, ==, -1);

  /* The third drop-down of the bar, as the user picks it. */
  dropdown = ui_test_find_any_nth (GTK_WIDGET (heatmap), GTK_TYPE_DROP_DOWN, 2);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdown), ALIGNMENT_PERCEPTION_VIEW_DIFFERENCE);
  ui_test_settle ();
  g_assert_cmpint (alignment_heatmap_view_get_view (heatmap), ==, ALIGNMENT_PERCEPTION_VIEW_DIFFERENCE);
  layout = alignment_heatmap_view_get_layout (heatmap);
  /* the customer's estimate +1 against the provider's own −1 */
  g_assert_cmpint (alignment_heatmap_layout_get_cell (layout, 5, 1)->value, ==, 2);
  g_assert_cmpint (alignment_heatmap_layout_get_cell (layout, 2, 2)->value, ==, 0);

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  if (!ui_test_init (&argc, &argv, "/agreement/skipped", "test-agreement-table-XXXXXX", &status))
    return status;
  ui_test_start_application (G_APPLICATION_HANDLES_OPEN | G_APPLICATION_NON_UNIQUE);
  ui_test_add ("/agreement/table", test_table, UI_TEST_FRESH_CASES);
  ui_test_add ("/agreement/heatmap-views", test_heatmap_views, UI_TEST_FRESH_CASES);
  return ui_test_run ();
}
