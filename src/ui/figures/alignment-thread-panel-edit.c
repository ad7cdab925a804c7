/* alignment-thread-panel-edit.c: the form of the thread being edited
 *
 * Every edit goes to the thread's record through the case's history:
 * typing in a field merges into one step until the field is left, and
 * the record a thread gets with its first edit is made in the same step
 * as that edit, so that undo leaves no empty record behind.  The form
 * shows the record again after every change, whoever made it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <adwaita.h>

#include "alignment-entry-commit.h"
#include "alignment-thread-panel-private.h"

/* The highest thread number the form offers. */
#define MAX_THREAD_NUMBER 9999

/* ---- Edits -------------------------------------------------------------------- */

static void
begin_edit (AlignmentThreadPanel *self)
{
  self->editing = TRUE;
  if (self->history != NULL)
    alignment_history_begin_group (self->history);
}

static void
end_edit (AlignmentThreadPanel *self)
{
  if (self->history != NULL)
    alignment_history_end_group (self->history);
  self->editing = FALSE;
  _alignment_thread_panel_form_fill (self);
}

/* The edited thread's record, made (inside the caller's step) when the
 * thread has none yet. */
static AlignmentThreadRecord *
edit_record (AlignmentThreadPanel *self)
{
  AlignmentThreadRecord *record = alignment_case_lookup_thread_record (self->case_, self->thread);

  if (record == NULL)
    {
      g_autoptr(AlignmentThreadRecord) made = alignment_thread_record_new (self->thread);

      g_list_store_append (alignment_case_get_thread_records (self->case_), made);
      record = made;
    }
  return record;
}

static gboolean
can_edit (AlignmentThreadPanel *self)
{
  return !self->filling && self->case_ != NULL && self->thread != 0;
}

typedef void (*SetText) (AlignmentThreadRecord *record,
                         const char            *text);

/* Typing into an existing record is a plain change, which the history
 * merges with the keystrokes before; a first keystroke makes the record
 * and sets the text in one step, which the next keystrokes join. */
static void
edit_text (AlignmentThreadPanel *self,
           SetText               set_text,
           const char           *text)
{
  AlignmentThreadRecord *record = alignment_case_lookup_thread_record (self->case_, self->thread);

  if (record != NULL)
    {
      self->editing = TRUE;
      set_text (record, text);
      self->editing = FALSE;
      _alignment_thread_panel_form_fill (self);
      return;
    }
  if (*text == '\0')
    return;

  if (self->history != NULL)
    alignment_history_break_merge (self->history);
  begin_edit (self);
  set_text (edit_record (self), text);
  end_edit (self);
}

static void
title_changed_cb (GtkEditable          *entry,
                  AlignmentThreadPanel *self)
{
  if (can_edit (self))
    edit_text (self, alignment_thread_record_set_title, gtk_editable_get_text (entry));
}

static void
story_changed_cb (GtkTextBuffer        *buffer,
                  AlignmentThreadPanel *self)
{
  g_autofree char *text = NULL;
  GtkTextIter start, end;

  if (!can_edit (self))
    return;
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  edit_text (self, alignment_thread_record_set_story, text);
}

static void
realm_toggled_cb (GtkCheckButton       *button,
                  AlignmentThreadPanel *self)
{
  AlignmentRealmFlags flags = ALIGNMENT_REALM_FLAGS_NONE;
  AlignmentThreadRecord *record;

  if (!can_edit (self))
    return;

  for (guint r = 0; r < ALIGNMENT_N_REALMS; r++)
    if (gtk_check_button_get_active (GTK_CHECK_BUTTON (self->realm_toggles[r])))
      flags |= 1 << r;

  record = alignment_case_lookup_thread_record (self->case_, self->thread);
  if (record == NULL && flags == ALIGNMENT_REALM_FLAGS_NONE)
    return;

  begin_edit (self);
  alignment_thread_record_set_aligned_in (edit_record (self), flags);
  end_edit (self);
}

/* Leaving a field ends its typing: coming back is a new step. */
static void
field_left_cb (GtkEventControllerFocus *controller,
               AlignmentThreadPanel    *self)
{
  if (self->history != NULL)
    alignment_history_break_merge (self->history);
}

/* ---- Renumbering ---------------------------------------------------------------- */

static void
show_renumber_message (AlignmentThreadPanel *self,
                       const char           *message)
{
  gtk_label_set_text (GTK_LABEL (self->renumber_message), message != NULL ? message : "");
  gtk_widget_set_visible (self->renumber_message, message != NULL);
  /* A screen reader says it with the number it is about. */
  if (message != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (self->number_spin),
                                    GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, message, -1);
  else
    gtk_accessible_reset_property (GTK_ACCESSIBLE (self->number_spin), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
}

static void
renumber_cb (AlignmentThreadPanel *self)
{
  g_autoptr(GError) error = NULL;
  guint from = self->thread;
  guint to;
  gboolean done;

  if (!can_edit (self))
    return;

  gtk_spin_button_update (GTK_SPIN_BUTTON (self->number_spin));
  to = (guint) gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (self->number_spin));
  if (to == from)
    {
      show_renumber_message (self, NULL);
      return;
    }

  /* The signals' new ids and the record's number are one step. */
  if (self->history != NULL)
    alignment_history_break_merge (self->history);
  begin_edit (self);
  done = alignment_case_renumber_thread (self->case_, from, to, &error);
  end_edit (self);

  if (!done)
    {
      show_renumber_message (self, error->message);
      return;
    }

  alignment_thread_panel_refresh (self);
  alignment_thread_panel_set_thread (self, to);
}

static void
number_changed_cb (AlignmentThreadPanel *self)
{
  guint to = (guint) gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (self->number_spin));

  gtk_widget_set_sensitive (self->renumber_button, to != self->thread);
  if (!self->filling)
    show_renumber_message (self, NULL);
}

/* ---- Showing the record ---------------------------------------------------------- */

/* The trigger of the thread's opening signal: its title until it has one. */
static const char *
default_title (AlignmentThreadPanel *self)
{
  const AlignmentFindings *findings = alignment_thread_panel_get_findings (self);
  const AlignmentThreadReport *report = findings != NULL ? alignment_findings_get_report (findings, self->thread) : NULL;
  AlignmentSignal **list;

  if (report == NULL)
    return "";
  list = alignment_signal_list_peek (alignment_case_get_signals (self->case_), NULL);
  return alignment_signal_get_trigger (list[report->opening]);
}

static void
fill_story (AlignmentThreadPanel *self,
            const char           *story)
{
  g_autofree char *shown = NULL;
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (self->story, &start, &end);
  shown = gtk_text_buffer_get_text (self->story, &start, &end, FALSE);
  if (g_strcmp0 (shown, story) != 0)
    gtk_text_buffer_set_text (self->story, story, -1);
}

void
_alignment_thread_panel_form_fill (AlignmentThreadPanel *self)
{
  AlignmentThreadRecord *record;
  AlignmentRealmFlags aligned_in;
  g_autofree char *heading = NULL;
  const char *title;

  /* Filled again when the edit is made. */
  if (self->form == NULL || self->editing)
    return;

  gtk_widget_set_visible (self->form, self->editable && self->case_ != NULL && self->thread != 0);
  if (!gtk_widget_get_visible (self->form))
    return;

  record = alignment_case_lookup_thread_record (self->case_, self->thread);
  title = record != NULL ? alignment_thread_record_get_title (record) : "";
  aligned_in = record != NULL ? alignment_thread_record_get_aligned_in (record) : ALIGNMENT_REALM_FLAGS_NONE;

  self->filling = TRUE;

  /* TRANSLATORS: heading of the form of the thread edited */
  heading = g_strdup_printf (_("Thread %u"), self->thread);
  gtk_label_set_text (GTK_LABEL (self->form_heading), heading);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (self->number_spin), self->thread);
  gtk_widget_set_sensitive (self->renumber_button, FALSE);

  alignment_entry_commit_show_text (GTK_EDITABLE (self->title_entry), title);
  gtk_entry_set_placeholder_text (GTK_ENTRY (self->title_entry), default_title (self));
  gtk_widget_set_visible (self->title_default, *title == '\0');

  fill_story (self, record != NULL ? alignment_thread_record_get_story (record) : "");

  for (guint r = 0; r < ALIGNMENT_N_REALMS; r++)
    gtk_check_button_set_active (GTK_CHECK_BUTTON (self->realm_toggles[r]), (aligned_in & (1 << r)) != 0);
  gtk_widget_set_visible (self->realm_none, aligned_in == ALIGNMENT_REALM_FLAGS_NONE);

  self->filling = FALSE;
}

/* ---- Making the form -------------------------------------------------------------- */

static GtkWidget *
field_label (const char *mnemonic,
             GtkWidget  *field)
{
  GtkWidget *label = gtk_label_new_with_mnemonic (mnemonic);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), field);
  gtk_widget_add_css_class (label, "heading");
  return label;
}

static GtkWidget *
caption (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, "dim-label");
  gtk_widget_add_css_class (label, "caption");
  return label;
}

/* A field's accessible name is its label's text without the mnemonic. */
static void
name_field (GtkWidget  *field,
            const char *name)
{
  gtk_accessible_update_property (GTK_ACCESSIBLE (field), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
}

static GtkWidget *
number_box (AlignmentThreadPanel *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);

  self->number_spin = gtk_spin_button_new_with_range (1, MAX_THREAD_NUMBER, 1);
  gtk_spin_button_set_numeric (GTK_SPIN_BUTTON (self->number_spin), TRUE);
  name_field (self->number_spin, _("Thread number"));
  g_signal_connect_swapped (self->number_spin, "value-changed", G_CALLBACK (number_changed_cb), self);
  /* Enter in the number renumbers, as the button does: GTK 4.8's spin
   * button says so only through its text. */
  for (GtkWidget *child = gtk_widget_get_first_child (self->number_spin);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_TEXT (child))
      g_signal_connect_object (child, "activate", G_CALLBACK (renumber_cb), self,
                               G_CONNECT_SWAPPED | G_CONNECT_AFTER);

  self->renumber_button = gtk_button_new_with_mnemonic (_("_Renumber"));
  gtk_widget_set_tooltip_text (self->renumber_button,
                               _("Give the thread this number: its signals' ids change with it"));
  g_signal_connect_swapped (self->renumber_button, "clicked", G_CALLBACK (renumber_cb), self);

  gtk_box_append (GTK_BOX (box), self->number_spin);
  gtk_box_append (GTK_BOX (box), self->renumber_button);
  return box;
}

/* One check box a realm, under each other: any of them may be true, and
 * the panel stays narrow enough to leave the timeline its room. */
static GtkWidget *
realms_box (AlignmentThreadPanel *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  gtk_widget_set_halign (box, GTK_ALIGN_START);
  for (guint r = 0; r < ALIGNMENT_N_REALMS; r++)
    {
      const char *realm = alignment_realm_get_label (r);
      /* TRANSLATORS: the accessible name of a realm toggle: "Aligned in
       * the Operational realm" */
      g_autofree char *name = g_strdup_printf (_("Aligned in the %s realm"), realm);

      self->realm_toggles[r] = gtk_check_button_new_with_label (realm);
      name_field (self->realm_toggles[r], name);
      g_signal_connect (self->realm_toggles[r], "toggled", G_CALLBACK (realm_toggled_cb), self);
      gtk_box_append (GTK_BOX (box), self->realm_toggles[r]);
    }
  return box;
}

GtkWidget *
_alignment_thread_panel_form_new (AlignmentThreadPanel *self)
{
  GtkWidget *form = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *frame, *realms, *number;

  gtk_widget_add_css_class (form, "thread-form");
  gtk_widget_set_margin_start (form, 12);
  gtk_widget_set_margin_end (form, 12);
  gtk_widget_set_margin_top (form, 12);
  gtk_widget_set_margin_bottom (form, 6);
  gtk_widget_set_visible (form, FALSE);

  self->form_heading = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (self->form_heading), 0);
  gtk_widget_add_css_class (self->form_heading, "title-4");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->form_heading), GTK_ACCESSIBLE_PROPERTY_LEVEL, 2, -1);
  gtk_box_append (GTK_BOX (form), self->form_heading);

  number = number_box (self);
  gtk_box_append (GTK_BOX (form), field_label (_("N_umber"), self->number_spin));
  gtk_box_append (GTK_BOX (form), number);
  self->renumber_message = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (self->renumber_message), 0);
  gtk_label_set_wrap (GTK_LABEL (self->renumber_message), TRUE);
  gtk_widget_add_css_class (self->renumber_message, "error");
  gtk_widget_set_visible (self->renumber_message, FALSE);
  gtk_box_append (GTK_BOX (form), self->renumber_message);

  self->title_entry = gtk_entry_new ();
  /* Ctrl+Z is the case's undo, in the fields as everywhere. */
  gtk_editable_set_enable_undo (GTK_EDITABLE (self->title_entry), FALSE);
  name_field (self->title_entry, _("Title"));
  g_signal_connect (self->title_entry, "changed", G_CALLBACK (title_changed_cb), self);
  alignment_entry_commit_on_leave (self->title_entry, G_CALLBACK (field_left_cb), self);
  gtk_box_append (GTK_BOX (form), field_label (_("_Title"), self->title_entry));
  gtk_box_append (GTK_BOX (form), self->title_entry);
  self->title_default = caption (_("Default title: the trigger of the thread's first signal, not saved until you write one"));
  gtk_box_append (GTK_BOX (form), self->title_default);

  self->story_view = gtk_text_view_new ();
  self->story = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->story_view));
  gtk_text_buffer_set_enable_undo (self->story, FALSE);
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (self->story_view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_accepts_tab (GTK_TEXT_VIEW (self->story_view), FALSE);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (self->story_view), 8);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (self->story_view), 8);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (self->story_view), 10);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (self->story_view), 10);
  name_field (self->story_view, _("Story"));
  g_signal_connect (self->story, "changed", G_CALLBACK (story_changed_cb), self);
  alignment_entry_commit_on_leave (self->story_view, G_CALLBACK (field_left_cb), self);
  /* A long story scrolls inside its frame rather than pushing the
   * threads out of the panel. */
  frame = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (frame), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (frame), 80);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (frame), 200);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (frame), TRUE);
  gtk_scrolled_window_set_has_frame (GTK_SCROLLED_WINDOW (frame), TRUE);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (frame), self->story_view);
  gtk_widget_add_css_class (frame, "view");
  gtk_box_append (GTK_BOX (form), field_label (_("_Story"), self->story_view));
  gtk_box_append (GTK_BOX (form), frame);

  realms = realms_box (self);
  /* TRANSLATORS: above the realm toggles of a thread */
  gtk_box_append (GTK_BOX (form), field_label (_("Aligned in"), realms));
  gtk_box_append (GTK_BOX (form), realms);
  self->realm_none = caption (_("Not aligned yet, or not recorded"));
  gtk_box_append (GTK_BOX (form), self->realm_none);

  return form;
}
