/* alignment-entry-commit.c: what the forms do when a field loses focus
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "alignment-entry-commit.h"

typedef struct
{
  AlignmentEntryCommitDocumentFunc document_func;
  gpointer                         user_data;
} EndStep;

void
alignment_entry_commit_on_leave (GtkWidget *widget,
                                 GCallback  callback,
                                 gpointer   user_data)
{
  GtkEventController *controller;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (callback != NULL);

  controller = gtk_event_controller_focus_new ();
  g_signal_connect (controller, "leave", callback, user_data);
  gtk_widget_add_controller (widget, controller);
}

static void
end_step_leave_cb (GtkEventControllerFocus *controller,
                   EndStep                 *end_step)
{
  AlignmentDocument *document = end_step->document_func (end_step->user_data);

  if (document != NULL)
    alignment_history_break_merge (alignment_document_get_history (document));
}

static void
end_step_free (gpointer  data,
               GClosure *closure)
{
  g_free (data);
}

void
alignment_entry_commit_end_step_on_leave (GtkWidget                        *widget,
                                          AlignmentEntryCommitDocumentFunc  document_func,
                                          gpointer                          user_data)
{
  GtkEventController *controller;
  EndStep *end_step;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (document_func != NULL);

  end_step = g_new (EndStep, 1);
  end_step->document_func = document_func;
  end_step->user_data = user_data;
  controller = gtk_event_controller_focus_new ();
  g_signal_connect_data (controller, "leave", G_CALLBACK (end_step_leave_cb), end_step, end_step_free, 0);
  gtk_widget_add_controller (widget, controller);
}

void
alignment_entry_commit_show_text (GtkEditable *editable,
                                  const char  *text)
{
  g_return_if_fail (GTK_IS_EDITABLE (editable));

  if (g_strcmp0 (gtk_editable_get_text (editable), text) != 0)
    gtk_editable_set_text (editable, text);
}

static gboolean
fit_text_view_idle (gpointer data)
{
  GtkWidget *view = data;
  int height = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (view), "alignment-fit-height"));

  g_object_set_data (G_OBJECT (view), "alignment-fit-source", NULL);
  gtk_widget_set_size_request (view, -1, height);
  return G_SOURCE_REMOVE;
}

static void
content_height_changed_cb (GtkAdjustment *adjustment,
                           GtkWidget     *view)
{
  int least = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (view), "alignment-least-height"));
  int upper = (int) ceil (gtk_adjustment_get_upper (adjustment));
  int request, height;

  /* The upper bound is the height of the laid-out text, or the view's
   * when the text is shorter.  Text taller than the view becomes the
   * view's request; shorter text gives the view its own back, and the
   * next layout says again if that was too little. */
  gtk_widget_get_size_request (view, NULL, &request);
  if (upper > gtk_widget_get_height (view))
    height = upper;
  else if (upper < request)
    height = least;
  else
    return;
  if (height == request)
    return;

  /* This runs while GTK lays the view out, when a new request would be
   * lost: ask right after. */
  g_object_set_data (G_OBJECT (view), "alignment-fit-height", GINT_TO_POINTER (height));
  if (g_object_get_data (G_OBJECT (view), "alignment-fit-source") == NULL)
    g_object_set_data_full (G_OBJECT (view), "alignment-fit-source",
                            GUINT_TO_POINTER (g_idle_add_full (G_PRIORITY_HIGH_IDLE, fit_text_view_idle,
                                                               g_object_ref (view), g_object_unref)),
                            NULL);
}

void
alignment_entry_commit_fit_text_view (GtkTextView *view)
{
  GtkAdjustment *adjustment;
  int least;

  g_return_if_fail (GTK_IS_TEXT_VIEW (view));

  gtk_widget_get_size_request (GTK_WIDGET (view), NULL, &least);
  g_object_set_data (G_OBJECT (view), "alignment-least-height", GINT_TO_POINTER (MAX (least, -1)));

  adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (view));
  if (adjustment == NULL)
    {
      adjustment = gtk_adjustment_new (0, 0, 0, 0, 0, 0);
      gtk_scrollable_set_vadjustment (GTK_SCROLLABLE (view), adjustment);
    }
  g_signal_connect_object (adjustment, "changed", G_CALLBACK (content_height_changed_cb), view, 0);
}
