/* alignment-lesson-row.c: one lesson learned on the Details page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "alignment-lesson-row.h"

struct _AlignmentLessonRow
{
  AlignmentItemRow  parent_instance;

  /* Template children */
  GtkTextView      *text_view;
};

G_DEFINE_FINAL_TYPE (AlignmentLessonRow, alignment_lesson_row, ALIGNMENT_TYPE_ITEM_ROW)

enum
{
  MOVE,
  N_SIGNALS
};

static guint row_signals[N_SIGNALS];

static void
move_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  g_signal_emit (widget, row_signals[MOVE], 0, g_variant_get_int32 (parameter));
}

GtkWidget *
alignment_lesson_row_new (AlignmentDocument *document,
                          AlignmentLesson   *lesson)
{
  AlignmentLessonRow *self;

  g_return_val_if_fail (ALIGNMENT_IS_LESSON (lesson), NULL);

  self = g_object_new (ALIGNMENT_TYPE_LESSON_ROW, "document", document, "item", lesson, NULL);
  alignment_item_row_bind_text_view (ALIGNMENT_ITEM_ROW (self), "text", self->text_view);

  return GTK_WIDGET (self);
}

static void
alignment_lesson_row_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), ALIGNMENT_TYPE_LESSON_ROW);

  G_OBJECT_CLASS (alignment_lesson_row_parent_class)->dispose (object);
}

static void
alignment_lesson_row_class_init (AlignmentLessonRowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = alignment_lesson_row_dispose;

  row_signals[MOVE] =
    g_signal_new ("move", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT);
  gtk_widget_class_install_action (widget_class, "lesson.move", "i", move_action);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/Alignment/alignment-lesson-row.ui");
  gtk_widget_class_bind_template_child (widget_class, AlignmentLessonRow, text_view);
}

static void
alignment_lesson_row_init (AlignmentLessonRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
