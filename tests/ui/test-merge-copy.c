/* test-merge-copy.c: two parties' copies of the example, merged in the
 * window
 *
 * The customer shares a copy with the provider; both edit the same three
 * facts differently, each rates its own trust, and the provider changes
 * one more signal.  Merge a Copy… writes a backup, applies the merge as
 * one undoable step, says what happened and offers the report; the bar
 * counts the conflicts; the review decides one as ours, one as theirs,
 * and leaves one for later, which is still there, counted, after saving
 * and reopening.  The file choosers are the platform's: the test gives
 * the files as they would.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "alignment-conflict-bar.h"
#include "alignment-conflict-dialog.h"
#include "alignment-merge.h"
#include "alignment-window-private.h"
#include "ui-test.h"

static AlignmentApplication *app;

static AlignmentSignal *
find_id (AlignmentCase *c,
         const char    *id)
{
  AlignmentSignal **signals;
  guint n;

  signals = alignment_case_peek_signals (c, &n);
  for (guint i = 0; i < n; i++)
    if (g_strcmp0 (alignment_signal_get_id (signals[i]), id) == 0)
      return signals[i];
  return NULL;
}

static gboolean
report_shown (gpointer unused)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (g_strcmp0 (gtk_window_get_title (window), "Merge Report") == 0 && gtk_widget_get_mapped (GTK_WIDGET (window)))
        return TRUE;
    }
  return FALSE;
}

static GtkWindow *
report_window (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (g_strcmp0 (gtk_window_get_title (window), "Merge Report") == 0)
        return window;
    }
  return NULL;
}

static char *
report_text (GtkWindow *report)
{
  GtkWidget *view = ui_test_find_any_nth (GTK_WIDGET (report), GTK_TYPE_TEXT_VIEW, 0);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static const char *
bar_text (AlignmentWindow *window)
{
  GtkWidget *bar = ui_test_find_any_nth (GTK_WIDGET (window), ALIGNMENT_TYPE_CONFLICT_BAR, 0);

  g_assert_nonnull (bar);
  return alignment_conflict_bar_get_text (ALIGNMENT_CONFLICT_BAR (bar));
}

static void
click (GtkWidget  *root,
       const char *label)
{
  GtkWidget *button = ui_test_find_button (root, label);

  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  ui_test_settle ();
}

static void
save (AlignmentWindow *window)
{
  ui_test_activate (window, "win.save");
  ui_test_spin_until (ui_test_document_saved, alignment_window_get_document (window), "the case to be saved");
}

static void
test_merge_copy (void)
{
  const char *example = g_getenv ("ALIGNMENT_EXAMPLE");
  g_autofree char *ours_path = g_build_filename (ui_test_get_data_home (), "ours.alignment", NULL);
  g_autofree char *theirs_path = g_build_filename (ui_test_get_data_home (), "theirs.alignment", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *asked = NULL;
  g_autoptr(GFile) example_file = g_file_new_for_path (example);
  g_autoptr(GFile) ours_file = g_file_new_for_path (ours_path);
  g_autoptr(GFile) theirs_file = g_file_new_for_path (theirs_path);
  g_autoptr(AlignmentCase) theirs = NULL;
  g_autoptr(AlignmentCase) before = NULL;
  g_autoptr(AlignmentCase) backup = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *backup_dir = NULL;
  g_autoptr(GDir) dir = NULL;
  g_autofree char *backup_path = NULL;
  AlignmentWindow *window;
  AlignmentCase *c;
  GtkWindow *review, *report;
  guint n_signals;

  /* A case from before stable ids: sharing gives them, the same in both
   * copies, or the merge would double every signal. */
  {
    g_autofree char *text = ui_test_read_file (example_file);
    g_autoptr(GRegex) uuid = g_regex_new (" uuid=\"[^\"]*\"", 0, 0, NULL);
    g_autofree char *old = g_regex_replace_literal (uuid, text, -1, 0, "", 0, NULL);

    g_assert_null (strstr (old, "uuid="));
    g_assert_true (g_file_set_contents (ours_path, old, -1, &error));
  }
  window = ui_test_new_window ();
  alignment_window_open (window, ours_file);
  ui_test_spin_until (ui_test_window_loaded, window, "our copy to load");
  c = alignment_window_get_case (window);
  n_signals = alignment_signal_list_get_n (alignment_case_get_signals (c));
  g_assert_null (bar_text (window));

  /* Share a Copy… asks whose copy it is. */
  ui_test_activate (window, "win.share-copy");
  asked = ui_test_answer_dialog ("cancel", "Share a Copy");
  g_assert_false (alignment_document_get_modified (alignment_window_get_document (window)));

  /* The provider's copy; this case, the customer's, remembers it. */
  g_assert_true (_alignment_window_share_copy_to (window, ALIGNMENT_COPY_OWNER_PROVIDER, theirs_file, &error));
  g_assert_no_error (error);
  g_assert_cmpint (alignment_case_get_owner (c), ==, ALIGNMENT_COPY_OWNER_CUSTOMER);
  g_assert_nonnull (alignment_case_get_base (c));
  g_assert_true (alignment_document_get_modified (alignment_window_get_document (window)));
  save (window);

  /* The provider edits its copy ... */
  theirs = alignment_case_load (theirs_file, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (alignment_case_get_owner (theirs), ==, ALIGNMENT_COPY_OWNER_PROVIDER);
  g_assert_cmpstr (alignment_case_get_copy_of (theirs), ==, alignment_case_get_case_id (c));
  alignment_signal_set_start_julian (find_id (theirs, "1a"), alignment_date_parse_iso ("2024-02-20"));
  alignment_signal_set_trigger (find_id (theirs, "1b"), "Their trigger");
  alignment_signal_set_goal (find_id (theirs, "1c"), "Their goal");
  alignment_signal_set_reaction (find_id (theirs, "2a"), "Only the provider changed this");
  alignment_signal_set_impact (find_id (theirs, "1a"), ALIGNMENT_PARTY_PROVIDER, ALIGNMENT_REALM_RELATIONAL,
                               ALIGNMENT_IMPACT_NEGATIVE);
  g_assert_true (alignment_case_save (theirs, theirs_file, NULL, &error));

  /* ... and the customer this one, in the window. */
  alignment_signal_set_start_julian (find_id (c, "1a"), alignment_date_parse_iso ("2024-02-10"));
  alignment_signal_set_trigger (find_id (c, "1b"), "Our trigger");
  alignment_signal_set_goal (find_id (c, "1c"), "Our goal");
  alignment_signal_set_impact (find_id (c, "1a"), ALIGNMENT_PARTY_CUSTOMER, ALIGNMENT_REALM_CONTRACTUAL,
                               ALIGNMENT_IMPACT_POSITIVE);
  /* the customer's view of the provider's trust: only an estimate */
  alignment_signal_set_impact (find_id (c, "1a"), ALIGNMENT_PARTY_PROVIDER, ALIGNMENT_REALM_OPERATIONAL,
                               ALIGNMENT_IMPACT_POSITIVE);
  alignment_signal_set_impact (find_id (theirs, "1a"), ALIGNMENT_PARTY_PROVIDER, ALIGNMENT_REALM_OPERATIONAL,
                               ALIGNMENT_IMPACT_SAME);
  g_assert_true (alignment_case_save (theirs, theirs_file, NULL, &error));
  save (window);
  before = alignment_merge_clone_case (c, &error);
  g_assert_no_error (error);

  /* Merge a Copy…: read in a thread, a backup, one step, a result. */
  _alignment_window_merge_file (window, theirs_file);
  g_free (asked);
  asked = ui_test_answer_dialog ("report", "3 Conflicts to Decide");
  g_assert_nonnull (strstr (asked, "1 change came from their copy"));
  g_assert_nonnull (strstr (asked, "3 new conflicts"));
  g_assert_nonnull (strstr (asked, "backup"));

  backup_dir = g_build_filename (ui_test_get_data_home (), PACKAGE_NAME, "backups", NULL);
  dir = g_dir_open (backup_dir, 0, &error);
  g_assert_no_error (error);
  backup_path = g_build_filename (backup_dir, g_dir_read_name (dir), NULL);
  g_assert_nonnull (strstr (asked, backup_path));
  {
    g_autoptr(GFile) file = g_file_new_for_path (backup_path);

    backup = alignment_case_load (file, NULL, &error);
    g_assert_no_error (error);
    g_assert_true (alignment_case_equal (backup, before));
  }

  /* Show Report: the report, with what came from where. */
  ui_test_spin_until (report_shown, NULL, "the merge report");
  report = report_window ();
  {
    g_autofree char *text = report_text (report);

    g_assert_nonnull (strstr (text, "From their copy:"));
    g_assert_nonnull (strstr (text, "1b  trigger"));
  }
  g_assert_nonnull (ui_test_find_button (GTK_WIDGET (report), "_Save…"));
  gtk_window_destroy (report);
  ui_test_settle ();

  /* Merged: theirs' one-sided change, both parties' own ratings, ours
   * held where they conflict, and the bar counts the conflicts. */
  g_assert_cmpstr (alignment_signal_get_reaction (find_id (c, "2a")), ==, "Only the provider changed this");
  g_assert_cmpint (alignment_signal_get_impact (find_id (c, "1a"), ALIGNMENT_PARTY_PROVIDER, ALIGNMENT_REALM_RELATIONAL),
                   ==, ALIGNMENT_IMPACT_NEGATIVE);
  g_assert_cmpint (alignment_signal_get_impact (find_id (c, "1a"), ALIGNMENT_PARTY_CUSTOMER, ALIGNMENT_REALM_CONTRACTUAL),
                   ==, ALIGNMENT_IMPACT_POSITIVE);
  g_assert_cmpstr (alignment_signal_get_trigger (find_id (c, "1b")), ==, "Our trigger");
  g_assert_cmpstr (bar_text (window), ==, "3 conflicts to decide");

  /* The editor shows the customer's estimate, marked as one, beside the
   * provider's own rating. */
  g_assert_cmpint (alignment_signal_get_impact (find_id (c, "1a"), ALIGNMENT_PARTY_PROVIDER, ALIGNMENT_REALM_OPERATIONAL),
                   ==, ALIGNMENT_IMPACT_SAME);
  alignment_window_select_signal (window, find_id (c, "1a"));
  ui_test_settle ();
  ui_test_assert_label_containing (GTK_WIDGET (window),
                                   "\nShipbuilder (customer)’s estimate of IT service provider’s trust: Operational: Positive");
  /* and the provider's, of the customer's rating it did not share */
  ui_test_assert_label_containing (GTK_WIDGET (window),
                                   "IT service provider’s estimate of Shipbuilder (customer)’s trust: Contractual: Same\n");

  /* Undo gives back the case as it was; redo the merge. */
  ui_test_activate (window, "win.undo");
  g_assert_true (alignment_case_equal (c, before));
  g_assert_null (bar_text (window));
  ui_test_activate (window, "win.redo");
  g_assert_cmpstr (bar_text (window), ==, "3 conflicts to decide");
  g_assert_cmpuint (alignment_signal_list_get_n (alignment_case_get_signals (c)), ==, n_signals);

  /* Review…: side by side, both values and both authors. */
  ui_test_activate (window, "win.review-conflicts");
  review = ui_test_find_toplevel (ALIGNMENT_TYPE_CONFLICT_DIALOG);
  g_assert_nonnull (review);
  ui_test_spin_until ((UiTestPredicate) gtk_widget_get_mapped, review, "the review to show");
  ui_test_assert_label_shown (GTK_WIDGET (review), "Signal 1a: Start date");
  ui_test_assert_label_shown (GTK_WIDGET (review), "Signal 1b: Trigger or reason");
  ui_test_assert_label_shown (GTK_WIDGET (review), "Our trigger");
  ui_test_assert_label_shown (GTK_WIDGET (review), "Their trigger");
  g_assert_nonnull (ui_test_find_label_containing (GTK_WIDGET (review), "Ours — "));
  g_assert_nonnull (ui_test_find_label_containing (GTK_WIDGET (review), "Theirs — "));

  /* A third value is checked: a wrong date says so and changes nothing. */
  click (GTK_WIDGET (review), "_Edit…");
  {
    GtkWidget *entry = ui_test_find_mapped (GTK_WIDGET (review), GTK_TYPE_ENTRY);

    g_assert_nonnull (entry);
    gtk_editable_set_text (GTK_EDITABLE (entry), "31-31-2024");
    click (GTK_WIDGET (review), "_Use");
    ui_test_assert_label_containing (GTK_WIDGET (review), "“31-31-2024” is not a date");
    g_assert_cmpstr (bar_text (window), ==, "3 conflicts to decide");
  }

  /* 1a: keep ours.  1b: keep theirs.  1c: later. */
  click (GTK_WIDGET (review), "Keep _Ours");
  g_assert_cmpstr (bar_text (window), ==, "2 conflicts to decide");
  ui_test_assert_no_label_containing (GTK_WIDGET (review), "Signal 1a");
  click (GTK_WIDGET (review), "Keep _Theirs");
  g_assert_cmpstr (alignment_signal_get_trigger (find_id (c, "1b")), ==, "Their trigger");
  click (GTK_WIDGET (review), "_Later");
  g_assert_cmpstr (bar_text (window), ==, "1 conflict to decide (1 left for later)");
  ui_test_assert_label_shown (GTK_WIDGET (review), "Left for later");

  /* Each decision is undone on its own. */
  ui_test_activate (window, "win.undo");
  g_assert_cmpstr (bar_text (window), ==, "1 conflict to decide");
  ui_test_activate (window, "win.undo");
  g_assert_cmpstr (alignment_signal_get_trigger (find_id (c, "1b")), ==, "Our trigger");
  g_assert_cmpstr (bar_text (window), ==, "2 conflicts to decide");
  ui_test_activate (window, "win.redo");
  ui_test_activate (window, "win.redo");
  g_assert_cmpstr (bar_text (window), ==, "1 conflict to decide (1 left for later)");
  g_assert_cmpuint (alignment_signal_get_start_julian (find_id (c, "1a")), ==, alignment_date_parse_iso ("2024-02-10"));
  gtk_window_destroy (review);

  /* Merge Report: the report tells what was decided since. */
  ui_test_activate (window, "win.merge-report");
  ui_test_spin_until (report_shown, NULL, "the merge report with the decisions");
  report = report_window ();
  {
    g_autofree char *text = report_text (report);

    g_assert_nonnull (strstr (text, "From their copy:"));
    g_assert_nonnull (strstr (text, "Decided:\n  1a  start-date: kept ours, “2024-02-10”\n"
                                    "  1b  trigger: took theirs, “Their trigger”\n"));
  }
  gtk_window_destroy (report);
  ui_test_settle ();

  /* Saved and reopened: the one left for later is still there, counted. */
  save (window);
  contents = ui_test_read_file (ours_file);
  g_assert_nonnull (strstr (contents, "later=\"yes\""));
  gtk_window_destroy (GTK_WINDOW (window));
  ui_test_settle ();

  window = ui_test_new_window ();
  alignment_window_open (window, ours_file);
  ui_test_spin_until (ui_test_window_loaded, window, "the merged case to load again");
  c = alignment_window_get_case (window);
  g_assert_cmpstr (bar_text (window), ==, "1 conflict to decide (1 left for later)");
  g_assert_cmpstr (alignment_signal_get_trigger (find_id (c, "1b")), ==, "Their trigger");
  g_assert_cmpstr (alignment_signal_get_goal (find_id (c, "1c")), ==, "Our goal");
  gtk_window_destroy (GTK_WINDOW (window));
  ui_test_settle ();
}

/* Every field a conflict can name has words in the review, the
 * estimates of the other party's perceptions too. */
static void
test_field_labels (void)
{
  const char *field;

  for (guint i = 0; (field = alignment_merge_signal_field (i)) != NULL; i++)
    {
      const char *label = alignment_conflict_field_label (field);

      g_assert_cmpstr (label, !=, field);
      if (g_str_has_suffix (field, "-estimate"))
        g_assert_nonnull (strstr (label, "estimates"));
    }
  g_assert_cmpstr (alignment_conflict_field_label ("customer-relational-estimate"), ==,
                   "Customer’s trust, relational, as the provider estimates");
}

int
main (int   argc,
      char *argv[])
{
  int status;

  if (!ui_test_init (&argc, &argv, "/merge-copy/skipped", "test-merge-copy-XXXXXX", &status))
    return status;

  app = ui_test_start_application (G_APPLICATION_HANDLES_OPEN | G_APPLICATION_NON_UNIQUE);
  ui_test_add ("/merge-copy/example", test_merge_copy, UI_TEST_FRESH_CASES | UI_TEST_FRESH_RECOVERY);
  ui_test_add ("/merge-copy/field-labels", test_field_labels, 0);
  return ui_test_run ();
}
