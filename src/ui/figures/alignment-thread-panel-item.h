/* alignment-thread-panel-item.h: one entry of the thread panel's list
 *
 * The panel shows a heading, the findings, a heading and the threads in
 * one list view, so that only the rows on screen are widgets.  An item
 * says which of them it is; what it shows is read from the panel's
 * AlignmentFindings when its row is bound.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum
{
  ALIGNMENT_THREAD_PANEL_HEADING,  /* index: 0 findings, 1 threads */
  ALIGNMENT_THREAD_PANEL_EMPTY,    /* no threads in the case */
  ALIGNMENT_THREAD_PANEL_FINDING,  /* index: in AlignmentFindings.findings */
  ALIGNMENT_THREAD_PANEL_THREAD,   /* index: the thread's number */
} AlignmentThreadPanelKind;

#define ALIGNMENT_TYPE_THREAD_PANEL_ITEM (alignment_thread_panel_item_get_type ())

G_DECLARE_FINAL_TYPE (AlignmentThreadPanelItem, alignment_thread_panel_item, ALIGNMENT, THREAD_PANEL_ITEM, GObject)

/* Properties: "expanded" (boolean, read-write, notified): a thread's
 * row is open; kept by the item, so that a row scrolled out of view and
 * back shows what it showed. */

AlignmentThreadPanelItem *alignment_thread_panel_item_new          (AlignmentThreadPanelKind  kind,
                                                                    guint                     index);
AlignmentThreadPanelKind  alignment_thread_panel_item_get_kind     (AlignmentThreadPanelItem *self);
guint                     alignment_thread_panel_item_get_index    (AlignmentThreadPanelItem *self);
/* What the row shows, in short: a row whose key did not change when
 * the case did is kept as it is.  May be NULL. */
const char               *alignment_thread_panel_item_get_key      (AlignmentThreadPanelItem *self);
void                      alignment_thread_panel_item_take_key     (AlignmentThreadPanelItem *self,
                                                                    char                     *key);
gboolean                  alignment_thread_panel_item_get_expanded (AlignmentThreadPanelItem *self);
void                      alignment_thread_panel_item_set_expanded (AlignmentThreadPanelItem *self,
                                                                    gboolean                  expanded);

G_END_DECLS
