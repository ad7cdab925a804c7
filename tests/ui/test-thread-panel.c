/* test-thread-panel.c: threads edited in the panel beside the timeline
 *
 * Needs a display (build-aux/run-tests runs the suite under Xvfb).  The
 * cases are copies of the example in the test's own data folder.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "alignment-application.h"
#include "alignment-case-page-private.h"
#include "alignment-thread-panel-private.h"
#include "alignment-thread-panel-item.h"
#include "alignment-window-private.h"
#include "ui-test.h"

#define PAGE(window) alignment_window_get_case_page (window)

static AlignmentApplication *app;

/* A copy of the example, without the records of its threads when
 * @records is FALSE. */
static GFile *
example_copy (const char *name,
              gboolean    records)
{
  g_autofree char *example = g_test_build_filename (G_TEST_DIST, "..", "..", "data", "examples",
                                                    "agile-way-of-working.alignment", NULL);
  g_autofree char *path = g_build_filename (ui_test_get_data_home (), name, NULL);
  g_autoptr(GFile) source = g_file_new_for_path (example);
  GFile *file = g_file_new_for_path (path);
  g_autoptr(AlignmentCase) c = NULL;
  g_autoptr(GError) error = NULL;

  c = alignment_case_load (source, NULL, &error);
  g_assert_no_error (error);
  if (!records)
    g_list_store_remove_all (alignment_case_get_thread_records (c));
  alignment_case_save (c, file, NULL, &error);
  g_assert_no_error (error);
  return file;
}

/* A window showing @file's timeline, a lane per thread, the threads
 * panel open beside it. */
/* The timeline lays out in its first frame, after the view is shown. */
static gboolean
timeline_laid_out (gpointer view)
{
  return alignment_timeline_view_get_layout (view) != NULL;
}

static AlignmentWindow *
open_threads (GFile *file)
{
  AlignmentWindow *window = ui_test_new_window ();
  AlignmentCasePage *page = PAGE (window);

  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 900);
  alignment_window_open (window, file);
  ui_test_spin_until (ui_test_window_loaded, window, "the case to load");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s", "timeline"));
  gtk_toggle_button_set_active (page->lanes_thread_button, TRUE);
  gtk_toggle_button_set_active (page->threads_button, TRUE);
  ui_test_settle ();
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (page->timeline_thread_panel)));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (page->timeline_view)));
  ui_test_spin_until (timeline_laid_out, page->timeline_view, "the timeline to be laid out");
  return window;
}

/* The label of thread @number's lane as the timeline drew it last. */
static const char *
lane_label (AlignmentWindow *window,
            guint            number)
{
  const AlignmentTimelineLayout *layout = alignment_timeline_view_get_layout (PAGE (window)->timeline_view);

  g_assert_nonnull (layout);
  for (guint i = 0; i < layout->lanes->len; i++)
    {
      const AlignmentTimelineLane *lane = &g_array_index (layout->lanes, AlignmentTimelineLane, i);

      if (lane->party < 0 && lane->thread == number)
        return lane->label;
    }
  g_assert_not_reached ();
}

/* Types @text at the end of @editable, a character at a time. */
static void
type_text (GtkEditable *editable,
           const char  *text)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      int position = -1;
      char c[8] = "";

      g_unichar_to_utf8 (g_utf8_get_char (p), c);
      gtk_editable_set_position (editable, -1);
      position = gtk_editable_get_position (editable);
      gtk_editable_insert_text (editable, c, -1, &position);
    }
}

static void
wait_for_redraw (AlignmentWindow *window)
{
  /* The figures follow an edit after a short pause. */
  ui_test_spin_for (400);
  gtk_widget_queue_draw (GTK_WIDGET (PAGE (window)->timeline_view));
  ui_test_settle ();
}

static void
test_edit_title (void)
{
  g_autoptr(GFile) file = example_copy ("titles.alignment", FALSE);
  AlignmentWindow *window = open_threads (file);
  AlignmentCase *c = alignment_window_get_case (window);
  AlignmentDocument *document = alignment_window_get_document (window);
  AlignmentThreadPanel *panel = PAGE (window)->timeline_thread_panel;
  g_autofree char *before = NULL;
  g_autofree char *trigger = NULL;
  gboolean is_default = FALSE;
  g_autoptr(GObject) other = NULL;
  g_autoptr(GObject) edited = NULL;

  g_assert_null (alignment_case_lookup_thread_record (c, 2));
  trigger = alignment_case_dup_thread_title (c, 2, &is_default);
  g_assert_true (is_default);
  before = g_strdup (lane_label (window, 2));

  /* Where threads are edited, the list starts with them: no findings. */
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (panel->items)); i++)
    {
      g_autoptr(AlignmentThreadPanelItem) item = g_list_model_get_item (G_LIST_MODEL (panel->items), i);

      g_assert_cmpint (alignment_thread_panel_item_get_kind (item), !=, ALIGNMENT_THREAD_PANEL_FINDING);
    }
  {
    g_autoptr(AlignmentThreadPanelItem) first = g_list_model_get_item (G_LIST_MODEL (panel->items), 1);

    g_assert_cmpint (alignment_thread_panel_item_get_kind (first), ==, ALIGNMENT_THREAD_PANEL_THREAD);
  }

  /* Opening thread 2's row edits it, and the timeline highlights it. */
  g_assert_false (gtk_widget_get_visible (panel->form));
  alignment_thread_panel_set_thread (panel, 2);
  ui_test_settle ();
  g_assert_true (gtk_widget_get_mapped (panel->form));
  g_assert_cmpuint (alignment_timeline_view_get_highlight_thread (PAGE (window)->timeline_view), ==, 2);

  /* The default title is the placeholder, said to be one. */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (panel->title_entry)), ==, "");
  g_assert_cmpstr (gtk_entry_get_placeholder_text (GTK_ENTRY (panel->title_entry)), ==, trigger);
  g_assert_true (gtk_widget_get_mapped (panel->title_default));

  /* Typing a title makes the record; the lane shows it. */
  other = g_list_model_get_item (G_LIST_MODEL (panel->items), _alignment_thread_panel_find_thread_row (panel, 3));
  g_assert_nonnull (other);
  gtk_widget_grab_focus (panel->title_entry);
  type_text (GTK_EDITABLE (panel->title_entry), "New people");
  g_assert_nonnull (alignment_case_lookup_thread_record (c, 2));
  g_assert_cmpstr (alignment_thread_record_get_title (alignment_case_lookup_thread_record (c, 2)), ==, "New people");
  wait_for_redraw (window);
  g_test_message ("Lane label: %s", lane_label (window, 2));
  g_assert_nonnull (strstr (lane_label (window, 2), "New people"));
  g_assert_false (gtk_widget_get_visible (panel->title_default));
  /* The signals' tooltips name the thread by it. */
  {
    int position = alignment_signal_list_find_id (alignment_case_get_signals (c), "2b");
    g_autofree char *tooltip = alignment_timeline_view_describe_signal (PAGE (window)->timeline_view, position);

    g_assert_nonnull (strstr (tooltip, "Thread 2: New people"));
  }
  /* The row's subtitle too, without the case being read again, and the
   * other rows stay as they were. */
  ui_test_assert_label_containing (GTK_WIDGET (panel), "New people");
  g_assert_true (alignment_window_get_case (window) == c);
  edited = g_list_model_get_item (G_LIST_MODEL (panel->items), _alignment_thread_panel_find_thread_row (panel, 3));
  g_assert_true (edited == other);
  g_clear_object (&edited);
  edited = g_list_model_get_item (G_LIST_MODEL (panel->items), _alignment_thread_panel_find_thread_row (panel, 2));
  g_assert_true (alignment_thread_panel_item_get_expanded (ALIGNMENT_THREAD_PANEL_ITEM (edited)));

  /* One undo takes back the typing and the record made for it.  The
   * fields keep no undo of their own, which would take Ctrl+Z from the
   * window's. */
  g_assert_false (gtk_editable_get_enable_undo (GTK_EDITABLE (panel->title_entry)));
  g_assert_false (gtk_text_buffer_get_enable_undo (panel->story));
  ui_test_activate (window, "win.undo");
  g_assert_null (alignment_case_lookup_thread_record (c, 2));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (panel->title_entry)), ==, "");
  wait_for_redraw (window);
  g_assert_cmpstr (lane_label (window, 2), ==, before);
  g_assert_cmpuint (alignment_thread_panel_get_thread (panel), ==, 2);

  /* A story of two paragraphs and a realm; then the title again. */
  gtk_text_buffer_set_text (panel->story, "They asked for other people.\n\nThe teams changed.", -1);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (panel->realm_toggles[ALIGNMENT_REALM_OPERATIONAL]), TRUE);
  gtk_widget_grab_focus (panel->title_entry);
  type_text (GTK_EDITABLE (panel->title_entry), "New people in the teams");
  wait_for_redraw (window);
  g_assert_nonnull (strstr (lane_label (window, 2), "New people in the teams"));

  /* An emptied title falls back to the default, and is not saved. */
  g_assert_cmpstr (alignment_thread_record_get_story (alignment_case_lookup_thread_record (c, 2)), ==,
                   "They asked for other people.\n\nThe teams changed.");

  ui_test_activate (window, "win.save");
  ui_test_spin_until (ui_test_document_saved, document, "the save");
  gtk_window_destroy (GTK_WINDOW (window));

  window = open_threads (file);
  c = alignment_window_get_case (window);
  g_assert_nonnull (alignment_case_lookup_thread_record (c, 2));
  g_assert_cmpstr (alignment_thread_record_get_title (alignment_case_lookup_thread_record (c, 2)), ==,
                   "New people in the teams");
  g_assert_cmpstr (alignment_thread_record_get_story (alignment_case_lookup_thread_record (c, 2)), ==,
                   "They asked for other people.\n\nThe teams changed.");
  g_assert_cmpuint (alignment_thread_record_get_aligned_in (alignment_case_lookup_thread_record (c, 2)), ==,
                    ALIGNMENT_REALM_FLAGS_OPERATIONAL);
  wait_for_redraw (window);
  g_assert_nonnull (strstr (lane_label (window, 2), "New people in the teams"));

  /* Emptied, the title is the default again, and not written. */
  panel = PAGE (window)->timeline_thread_panel;
  alignment_thread_panel_set_thread (panel, 2);
  ui_test_settle ();
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (panel->title_entry)), ==, "New people in the teams");
  gtk_editable_set_text (GTK_EDITABLE (panel->title_entry), "");
  g_assert_true (gtk_widget_get_visible (panel->title_default));
  ui_test_activate (window, "win.save");
  ui_test_spin_until (ui_test_document_saved, alignment_window_get_document (window), "the save");
  {
    g_autofree char *contents = ui_test_read_file (file);

    g_assert_null (strstr (contents, "New people in the teams"));
    g_assert_nonnull (strstr (contents, "The teams changed."));
  }
  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
has_id (AlignmentCase *c,
        const char    *id)
{
  return alignment_signal_list_find_id (alignment_case_get_signals (c), id) >= 0;
}

static void
renumber (AlignmentThreadPanel *panel,
          guint                 to)
{
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (panel->number_spin), to);
  g_assert_true (gtk_widget_get_sensitive (panel->renumber_button));
  g_signal_emit_by_name (panel->renumber_button, "clicked");
  ui_test_settle ();
}

static void
test_renumber (void)
{
  g_autoptr(GFile) file = example_copy ("renumber.alignment", TRUE);
  AlignmentWindow *window = open_threads (file);
  AlignmentCase *c = alignment_window_get_case (window);
  AlignmentThreadPanel *panel = PAGE (window)->timeline_thread_panel;
  AlignmentHistory *history = alignment_document_get_history (alignment_window_get_document (window));
  AlignmentThreadRecord *record = alignment_case_lookup_thread_record (c, 3);

  g_assert_nonnull (record);
  g_assert_true (has_id (c, "3a"));

  alignment_thread_panel_set_thread (panel, 3);
  ui_test_settle ();

  /* Thread 3 becomes thread 7: ids, record, the form and the lane. */
  renumber (panel, 7);
  g_assert_false (has_id (c, "3a"));
  g_assert_true (has_id (c, "7a"));
  g_assert_true (alignment_case_lookup_thread_record (c, 7) == record);
  g_assert_cmpuint (alignment_thread_panel_get_thread (panel), ==, 7);
  g_assert_cmpuint (alignment_timeline_view_get_highlight_thread (PAGE (window)->timeline_view), ==, 7);
  g_assert_false (gtk_widget_get_visible (panel->renumber_message));
  wait_for_redraw (window);
  g_assert_nonnull (strstr (lane_label (window, 7), alignment_thread_record_get_title (record)));

  /* One undo puts every id back. */
  ui_test_activate (window, "win.undo");
  g_assert_true (has_id (c, "3a"));
  g_assert_false (has_id (c, "7a"));
  g_assert_true (alignment_case_lookup_thread_record (c, 3) == record);
  g_assert_false (alignment_history_get_can_undo (history));

  /* A number in use is refused, and the panel says so. */
  alignment_thread_panel_set_thread (panel, 3);
  ui_test_settle ();
  renumber (panel, 2);
  g_assert_true (has_id (c, "3a"));
  g_assert_true (has_id (c, "2a"));
  g_assert_false (alignment_history_get_can_undo (history));
  g_assert_true (gtk_widget_get_mapped (panel->renumber_message));
  g_test_message ("Refused: %s", gtk_label_get_text (GTK_LABEL (panel->renumber_message)));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (panel->renumber_message)), "already exists"));
  g_assert_cmpuint (alignment_thread_panel_get_thread (panel), ==, 3);

  /* Enter in the number renumbers too; the message goes. */
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (panel->number_spin), 5);
  g_assert_false (gtk_widget_get_visible (panel->renumber_message));
  g_signal_emit_by_name (ui_test_find_mapped (panel->number_spin, GTK_TYPE_TEXT), "activate");
  ui_test_settle ();
  g_assert_true (has_id (c, "5a"));
  g_assert_cmpuint (alignment_thread_panel_get_thread (panel), ==, 5);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* @widget, or the widget inside it that takes the keys, has the focus. */
static gboolean
focus_in (GtkWidget *focus,
          GtkWidget *widget)
{
  return focus != NULL && (focus == widget || gtk_widget_is_ancestor (focus, widget));
}

static void
test_keyboard (void)
{
  g_autoptr(GFile) file = example_copy ("keyboard.alignment", TRUE);
  AlignmentWindow *window = open_threads (file);
  AlignmentThreadPanel *panel = PAGE (window)->timeline_thread_panel;
  GtkWidget *fields[4 + ALIGNMENT_N_REALMS];
  gboolean reached[G_N_ELEMENTS (fields)] = { FALSE, };

  alignment_thread_panel_set_thread (panel, 1);
  ui_test_settle ();
  fields[0] = panel->number_spin;
  fields[1] = panel->renumber_button;
  fields[2] = panel->title_entry;
  fields[3] = panel->story_view;
  for (guint r = 0; r < ALIGNMENT_N_REALMS; r++)
    fields[4 + r] = panel->realm_toggles[r];

  /* Tab from the number reaches every field of the form in turn (the
   * button once there is a new number to give). */
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (panel->number_spin), 9);
  gtk_widget_grab_focus (panel->number_spin);
  for (guint step = 0; step < 20; step++)
    {
      GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));

      for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
        if (focus_in (focus, fields[i]))
          reached[i] = TRUE;
      gtk_widget_child_focus (GTK_WIDGET (window), GTK_DIR_TAB_FORWARD);
    }
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      g_test_message ("Field %u (%s) reached by Tab: %d", i, G_OBJECT_TYPE_NAME (fields[i]), reached[i]);
      g_assert_true (reached[i]);
    }

  /* Each field has a name of its own for a screen reader. */
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (panel->number_spin), GTK_ACCESSIBLE_PROPERTY_LABEL, "Thread number");
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (panel->title_entry), GTK_ACCESSIBLE_PROPERTY_LABEL, "Title");
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (panel->story_view), GTK_ACCESSIBLE_PROPERTY_LABEL, "Story");
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (panel->realm_toggles[ALIGNMENT_REALM_RELATIONAL]),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL, "Aligned in the Relational realm");
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (PAGE (window)->threads_button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Edit Threads");

  /* A refused number is described on the field it is about. */
  renumber (panel, 2);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (panel->number_spin), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                       gtk_label_get_text (GTK_LABEL (panel->renumber_message)));

  /* The fields are named by the labels above them (mnemonics). */
  g_assert_true (gtk_label_get_mnemonic_widget (GTK_LABEL (ui_test_find_label_containing (panel->form, "Title"))) == panel->title_entry);
  g_assert_true (gtk_label_get_mnemonic_widget (GTK_LABEL (ui_test_find_label_containing (panel->form, "Story"))) == panel->story_view);
  g_assert_true (gtk_label_get_mnemonic_widget (GTK_LABEL (ui_test_find_label_containing (panel->form, "Number"))) == panel->number_spin);

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  if (!ui_test_init (&argc, &argv, "/thread-panel/skipped", "test-thread-panel-XXXXXX", &status))
    return status;
  app = ui_test_start_application (G_APPLICATION_HANDLES_OPEN | G_APPLICATION_NON_UNIQUE);
  ui_test_set_settle_time (300);

  ui_test_add ("/thread-panel/edit-title", test_edit_title, UI_TEST_FRESH_CASES);
  ui_test_add ("/thread-panel/renumber", test_renumber, UI_TEST_FRESH_CASES);
  ui_test_add ("/thread-panel/keyboard", test_keyboard, UI_TEST_FRESH_CASES);

  return ui_test_run ();
}
