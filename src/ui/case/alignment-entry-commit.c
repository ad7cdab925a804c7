/* alignment-entry-commit.c: what the forms do when a field loses focus
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

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
