/* alignment-conflict-bar.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "alignment-conflict-bar.h"
#include "alignment-merge.h"

struct _AlignmentConflictBar
{
  GtkWidget     parent_instance;

  GtkRevealer  *revealer;
  GtkLabel     *label;

  GSignalGroup *case_signals;
};

G_DEFINE_FINAL_TYPE (AlignmentConflictBar, alignment_conflict_bar, GTK_TYPE_WIDGET)

static void
update (AlignmentConflictBar *self)
{
  g_autoptr(AlignmentCase) alignment_case = g_signal_group_dup_target (self->case_signals);
  g_autofree char *text = NULL;
  guint n, n_later = 0;

  n = alignment_case != NULL ? alignment_case_count_conflicts (alignment_case, &n_later) : 0;
  if (n == 0)
    {
      gtk_revealer_set_reveal_child (self->revealer, FALSE);
      return;
    }

  if (n_later > 0)
    /* Translators: the first %u is the number of conflicts; the second,
     * how many of those the user left to decide later. */
    text = g_strdup_printf (ngettext ("%u conflict to decide (%u left for later)",
                                      "%u conflicts to decide (%u left for later)", n), n, n_later);
  else
    text = g_strdup_printf (ngettext ("%u conflict to decide", "%u conflicts to decide", n), n);
  gtk_label_set_text (self->label, text);
  gtk_revealer_set_reveal_child (self->revealer, TRUE);
}

void
alignment_conflict_bar_set_document (AlignmentConflictBar *self,
                                     AlignmentDocument    *document)
{
  g_return_if_fail (ALIGNMENT_IS_CONFLICT_BAR (self));
  g_return_if_fail (document == NULL || ALIGNMENT_IS_DOCUMENT (document));

  g_signal_group_set_target (self->case_signals, document != NULL ? alignment_document_get_case (document) : NULL);
  update (self);
}

const char *
alignment_conflict_bar_get_text (AlignmentConflictBar *self)
{
  g_return_val_if_fail (ALIGNMENT_IS_CONFLICT_BAR (self), NULL);

  if (!gtk_revealer_get_reveal_child (self->revealer))
    return NULL;
  return gtk_label_get_text (self->label);
}

GtkWidget *
alignment_conflict_bar_new (void)
{
  return g_object_new (ALIGNMENT_TYPE_CONFLICT_BAR, NULL);
}

static void
alignment_conflict_bar_dispose (GObject *object)
{
  AlignmentConflictBar *self = ALIGNMENT_CONFLICT_BAR (object);

  if (self->case_signals != NULL)
    g_signal_group_set_target (self->case_signals, NULL);
  g_clear_object (&self->case_signals);
  gtk_widget_dispose_template (GTK_WIDGET (self), ALIGNMENT_TYPE_CONFLICT_BAR);

  G_OBJECT_CLASS (alignment_conflict_bar_parent_class)->dispose (object);
}

static void
alignment_conflict_bar_class_init (AlignmentConflictBarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = alignment_conflict_bar_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/Alignment/alignment-conflict-bar.ui");
  gtk_widget_class_bind_template_child (widget_class, AlignmentConflictBar, revealer);
  gtk_widget_class_bind_template_child (widget_class, AlignmentConflictBar, label);
}

static void
alignment_conflict_bar_init (AlignmentConflictBar *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->case_signals = g_signal_group_new (ALIGNMENT_TYPE_CASE);
  g_signal_group_connect_object (self->case_signals, "notify::exchange", G_CALLBACK (update), self,
                                 G_CONNECT_SWAPPED);
}
