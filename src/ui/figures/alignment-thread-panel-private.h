/* alignment-thread-panel-private.h: what the parts of the thread panel share
 *
 * alignment-thread-panel.c (the findings and threads, one list view) and
 * alignment-thread-panel-edit.c (the form of the thread being edited:
 * its number, title, story and realms of alignment).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "alignment-thread-panel.h"

G_BEGIN_DECLS

struct _AlignmentThreadPanel
{
  GtkWidget            parent_instance;

  AlignmentCase       *case_;
  AlignmentHistory    *history;   /* the case's, or NULL: edits then are not undoable */
  GSignalGroup        *signals;   /* on the case's list, for its changes */
  GSignalGroup        *records;   /* on the case's thread records */
  AlignmentFindings   *findings;
  /* The case changed since the findings were computed. */
  gboolean             stale;
  gboolean             editable;
  guint                thread;    /* the thread edited, 0 for none */

  GtkWidget           *scrolled;
  GtkWidget           *list_view;
  GListStore          *items;      /* of AlignmentThreadPanelItem */

  /* The form, above the list while a thread is edited. */
  GtkWidget           *form;
  GtkWidget           *form_heading;
  GtkWidget           *number_spin;
  GtkWidget           *renumber_button;
  GtkWidget           *renumber_message;
  GtkWidget           *title_entry;
  GtkWidget           *title_default;
  GtkTextBuffer       *story;
  GtkWidget           *story_view;
  GtkWidget           *realm_toggles[ALIGNMENT_N_REALMS];
  GtkWidget           *realm_none;
  /* The form is being filled from the case: its changes are not edits. */
  gboolean             filling;
  /* The form is changing the case: what it shows is what was typed. */
  gboolean             editing;
};

/* alignment-thread-panel.c */
/* The list position of thread @number's row, or G_MAXUINT. */
guint     _alignment_thread_panel_find_thread_row (AlignmentThreadPanel *self,
                                                   guint                 number);
/* Shows the changed record of thread @number in its row, leaving the
 * other rows and the findings as they are. */
void      _alignment_thread_panel_update_thread_row (AlignmentThreadPanel *self,
                                                     guint                 number);

/* alignment-thread-panel-edit.c */
GtkWidget *_alignment_thread_panel_form_new       (AlignmentThreadPanel *self);
/* Shows the edited thread's record in the form, or hides the form. */
void       _alignment_thread_panel_form_fill      (AlignmentThreadPanel *self);

G_END_DECLS
