/* alignment-timeline-view-a11y.c: the timeline for assistive technology
 *
 * A drawn figure has no widgets to read: the view keeps an accessible
 * child per dated signal and per dated survey round, in the timeline's
 * order, named and described as their tooltips are.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "alignment-timeline-view-private.h"

/* Beyond this many signals there is no accessible child per signal:
 * a screen reader user reads such a case in the signal list. */
#define MAX_ACCESSIBLE 2000
/* Made this many at a time between frames: a hidden view makes none,
 * and a shown one keeps drawing while a big case's items are made. */
#define ACCESSIBLE_CHUNK 100

/* ---- Accessibility -------------------------------------------------------- */

void
_alignment_timeline_view_clear_accessible (AlignmentTimelineView *self)
{
  g_clear_handle_id (&self->accessible_source, g_source_remove);
  g_clear_signal_handler (&self->accessible_map_handler, self);
  self->accessible_rank = 0;
  self->accessible_round = 0;
  self->accessible_last = NULL;
  for (guint i = 0; i < self->accessible->len; i++)
    {
      GtkWidget *child = g_ptr_array_index (self->accessible, i);

      if (child != NULL)
        gtk_widget_unparent (child);
    }
  g_ptr_array_set_size (self->accessible, 0);
  for (guint i = 0; i < self->accessible_rounds->len; i++)
    gtk_widget_unparent (g_ptr_array_index (self->accessible_rounds, i));
  g_ptr_array_set_size (self->accessible_rounds, 0);
}

/* "2c, Alignment event, IT service provider, 2024-04-01" */
static char *
accessible_name (AlignmentTimelineView *self,
                 AlignmentSignal       *signal)
{
  char start[11];

  alignment_date_format_iso (alignment_signal_get_start_julian (signal), start);
  return g_strdup_printf ("%s, %s, %s, %s",
                          alignment_signal_get_id (signal),
                          alignment_enum_to_label (ALIGNMENT_TYPE_SIGNAL_TYPE, alignment_signal_get_signal_type (signal)),
                          alignment_case_get_party_name (self->case_, alignment_signal_get_sender (signal)),
                          start);
}

/* An item of the list: a real (invisible, untargetable) widget, as GTK
 * 4.8 has no virtual accessible children, added after the last one. */
static GtkWidget *
add_item (AlignmentTimelineView *self,
          const char            *name,
          const char            *description)
{
  GtkWidget *child = g_object_new (GTK_TYPE_LABEL,
                                   "accessible-role", GTK_ACCESSIBLE_ROLE_LIST_ITEM,
                                   "can-target", FALSE,
                                   "can-focus", FALSE,
                                   NULL);

  gtk_widget_set_opacity (child, 0);
  gtk_accessible_update_property (GTK_ACCESSIBLE (child),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                  -1);
  gtk_widget_insert_after (child, GTK_WIDGET (self), self->accessible_last);
  self->accessible_last = child;
  return child;
}

/* Items for the survey rounds dated before @day: the round's name and
 * date, and its scores as the mark's tooltip tells them. */
static void
add_rounds_before (AlignmentTimelineView *self,
                   guint32                day)
{
  guint n_rounds = alignment_timeline_data_get_n_rounds (self->data);

  for (; self->accessible_round < n_rounds
         && alignment_timeline_data_get_round_date (self->data, self->accessible_round) < day;
       self->accessible_round++)
    {
      g_autofree char *text = alignment_timeline_data_describe_round (self->data, self->accessible_round);
      char *scores = strchr (text, '\n');

      if (scores != NULL)
        *scores++ = '\0';
      g_ptr_array_add (self->accessible_rounds, add_item (self, text, scores != NULL ? scores : ""));
    }
}

/* Makes the items of the next ACCESSIBLE_CHUNK ranks, with the survey
 * rounds among them by date; TRUE while more are to come.  A list item
 * per signal, in time order, named and described like the tooltip. */
static gboolean
build_accessible_chunk (AlignmentTimelineView *self)
{
  int selected = _alignment_timeline_view_selected_position (self);
  guint n = alignment_timeline_data_get_n_dated (self->data);
  guint end = MIN (n, self->accessible_rank + ACCESSIBLE_CHUNK);

  for (guint rank = self->accessible_rank; rank < end; rank++)
    {
      guint position = alignment_timeline_data_get_position (self->data, rank);
      AlignmentSignal *signal = alignment_timeline_data_get_signal (self->data, position);
      g_autofree char *name = accessible_name (self, signal);
      g_autofree char *description = alignment_timeline_view_describe_signal (self, position);
      GtkWidget *child;

      add_rounds_before (self, alignment_signal_get_start_julian (signal));
      child = add_item (self, name, description);
      gtk_accessible_update_state (GTK_ACCESSIBLE (child),
                                   GTK_ACCESSIBLE_STATE_SELECTED, (int) position == selected,
                                   -1);
      if (position < self->accessible->len)
        g_ptr_array_index (self->accessible, position) = child;
    }

  self->accessible_rank = end;
  if (end < n)
    return TRUE;
  add_rounds_before (self, G_MAXUINT32);
  return FALSE;
}

static gboolean
build_accessible_cb (gpointer data)
{
  AlignmentTimelineView *self = data;

  if (build_accessible_chunk (self))
    return G_SOURCE_CONTINUE;

  self->accessible_source = 0;
  gtk_widget_queue_allocate (GTK_WIDGET (self));
  return G_SOURCE_REMOVE;
}

/* The first chunk at once, so that a small case is read whole as soon
 * as the view is shown; the rest after the frames to come. */
static void
start_building (AlignmentTimelineView *self)
{
  g_clear_signal_handler (&self->accessible_map_handler, self);
  if (build_accessible_chunk (self))
    self->accessible_source = g_idle_add_full (G_PRIORITY_LOW, build_accessible_cb, self, NULL);
}

void
_alignment_timeline_view_build_accessible (AlignmentTimelineView *self)
{
  _alignment_timeline_view_clear_accessible (self);
  if (self->data == NULL || alignment_timeline_data_get_n_dated (self->data) > MAX_ACCESSIBLE)
    return;

  g_ptr_array_set_size (self->accessible, alignment_case_get_signals (self->case_) != NULL
                                          ? g_list_model_get_n_items (G_LIST_MODEL (alignment_case_get_signals (self->case_)))
                                          : 0);
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    start_building (self);
  else
    self->accessible_map_handler = g_signal_connect (self, "map", G_CALLBACK (start_building), NULL);
}

void
_alignment_timeline_view_update_accessible (AlignmentTimelineView *self)
{
  int selected = _alignment_timeline_view_selected_position (self);

  for (guint i = 0; i < self->accessible->len; i++)
    {
      GtkWidget *child = g_ptr_array_index (self->accessible, i);

      if (child != NULL)
        gtk_accessible_update_state (GTK_ACCESSIBLE (child),
                                     GTK_ACCESSIBLE_STATE_SELECTED, (int) i == selected,
                                     -1);
    }
}

/* ---- Describing signals --------------------------------------------------- */

static const char *
impact_label (AlignmentImpact impact)
{
  return impact == ALIGNMENT_IMPACT_UNKNOWN ? "—" : alignment_enum_to_label (ALIGNMENT_TYPE_IMPACT, impact);
}

char *
alignment_timeline_view_describe_signal (AlignmentTimelineView *self,
                                         guint                  position)
{
  AlignmentSignal *signal;
  GString *text;
  char start[11], end[11];

  g_return_val_if_fail (ALIGNMENT_IS_TIMELINE_VIEW (self), NULL);
  g_return_val_if_fail (self->case_ != NULL, NULL);

  signal = alignment_signal_list_get (alignment_case_get_signals (self->case_), position);
  g_return_val_if_fail (signal != NULL, NULL);

  text = g_string_new (NULL);
  g_string_append_printf (text, "%s — %s", alignment_signal_get_id (signal),
                          alignment_enum_to_label (ALIGNMENT_TYPE_SIGNAL_TYPE, alignment_signal_get_signal_type (signal)));
  g_string_append_printf (text, "\n%s %s", _("From"),
                          alignment_case_get_party_name (self->case_, alignment_signal_get_sender (signal)));
  /* Which thread, by the name the case gives it, so that links of
   * alike colours can be told apart by what they are about. */
  if (alignment_signal_get_thread (signal) != 0)
    {
      const char *title = self->data != NULL
                          ? alignment_timeline_data_get_thread_title (self->data, alignment_signal_get_thread (signal))
                          : "";

      g_string_append_c (text, '\n');
      if (*title != '\0')
        /* TRANSLATORS: "Thread 2: New people in the product teams" */
        g_string_append_printf (text, _("Thread %u: %s"), alignment_signal_get_thread (signal), title);
      else
        g_string_append_printf (text, _("Thread %u"), alignment_signal_get_thread (signal));
    }

  if (alignment_signal_get_start_julian (signal) != 0)
    alignment_date_format_iso (alignment_signal_get_start_julian (signal), start);
  else
    g_strlcpy (start, "—", sizeof start);
  if (alignment_signal_get_end_julian (signal) != 0)
    {
      alignment_date_format_iso (alignment_signal_get_end_julian (signal), end);
      g_string_append_c (text, '\n');
      /* TRANSLATORS: a signal's start and end date */
      g_string_append_printf (text, _("%s to %s"), start, end);
    }
  else
    g_string_append_printf (text, "\n%s", start);

  if (*alignment_signal_get_trigger (signal) != '\0')
    g_string_append_printf (text, "\n%s: %s", _("Trigger"), alignment_signal_get_trigger (signal));
  if (alignment_signal_get_understood (signal) == ALIGNMENT_UNDERSTOOD_NO)
    g_string_append_printf (text, "\n%s", _("Not understood as meant"));
  /* What the mark beside the marker says, for screen readers. */
  if (alignment_signal_judged_differently (signal))
    g_string_append_printf (text, "\n%s", _("Judged differently by the parties"));

  for (int p = 0; p < ALIGNMENT_N_PARTIES; p++)
    {
      AlignmentParty party = p == 0 ? ALIGNMENT_PARTY_CUSTOMER : ALIGNMENT_PARTY_PROVIDER;

      g_string_append_c (text, '\n');
      /* TRANSLATORS: "Trust of <party>: honesty …, good-faith effort …" */
      g_string_append_printf (text, _("Trust of %s: %s %s, %s %s, %s %s"),
                              alignment_case_get_party_name (self->case_, party),
                              alignment_realm_get_trust_dimension (ALIGNMENT_REALM_CONTRACTUAL),
                              impact_label (alignment_signal_get_impact (signal, party, ALIGNMENT_REALM_CONTRACTUAL)),
                              alignment_realm_get_trust_dimension (ALIGNMENT_REALM_OPERATIONAL),
                              impact_label (alignment_signal_get_impact (signal, party, ALIGNMENT_REALM_OPERATIONAL)),
                              alignment_realm_get_trust_dimension (ALIGNMENT_REALM_RELATIONAL),
                              impact_label (alignment_signal_get_impact (signal, party, ALIGNMENT_REALM_RELATIONAL)));
    }

  return g_string_free (text, FALSE);
}
