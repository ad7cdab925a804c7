/* alignment-entry-commit.h: what the forms do when a field loses focus
 *
 * A form applies some fields only when the user is done with them, and
 * every field ends its typing step in the case's history when left:
 * coming back to it is a new step, undone on its own.  The details page,
 * its rows and the signal editor share these, and the way they show
 * what undo or another view changed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "alignment-core.h"

G_BEGIN_DECLS

/* Returns the document a form edits now, or NULL when it shows none. */
typedef AlignmentDocument *(*AlignmentEntryCommitDocumentFunc) (gpointer user_data);

/* Calls @callback (GtkEventControllerFocus *controller, @user_data) when
 * the keyboard focus leaves @widget. */
void alignment_entry_commit_on_leave          (GtkWidget                        *widget,
                                               GCallback                         callback,
                                               gpointer                          user_data);
/* Ends the typing step in the history of the document @document_func
 * returns when the focus leaves @widget.  The document is asked then,
 * not now, as a form outlives the documents it shows. */
void alignment_entry_commit_end_step_on_leave (GtkWidget                        *widget,
                                               AlignmentEntryCommitDocumentFunc  document_func,
                                               gpointer                          user_data);

/* Shows @text, the model's, in @editable unless it shows it already:
 * setting the same text again would move the cursor of a user typing. */
void alignment_entry_commit_show_text         (GtkEditable                      *editable,
                                               const char                       *text);

/* Keeps @view, a wrapping text view outside any scrolled window, as tall
 * as its text.  GTK measures such a view by its text laid out at the
 * view's previous width, so that it cuts off the last lines the first
 * time it shows and whenever it narrows. */
void alignment_entry_commit_fit_text_view     (GtkTextView                      *view);

G_END_DECLS
