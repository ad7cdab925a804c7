/* alignment-lesson-row.c: one lesson learned on the Details page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "alignment-entry-commit.h"
#include "alignment-lesson-row.h"

struct _AlignmentLessonRow
{
  GtkListBoxRow      parent_instance;

  /* Template children */
  GtkEntry          *text_entry;

  AlignmentDocument *document;
  AlignmentLesson   *lesson;
};

G_DEFINE_FINAL_TYPE (AlignmentLessonRow, alignment_lesson_row, GTK_TYPE_LIST_BOX_ROW)

enum
{
  MOVE,
  REMOVE,
  N_SIGNALS
};

static guint row_signals[N_SIGNALS];

static AlignmentDocument *
get_document (gpointer data)
{
  return ALIGNMENT_LESSON_ROW (data)->document;
}

static void
move_up_clicked_cb (AlignmentLessonRow *self)
{
  g_signal_emit (self, row_signals[MOVE], 0, -1);
}

static void
move_down_clicked_cb (AlignmentLessonRow *self)
{
  g_signal_emit (self, row_signals[MOVE], 0, 1);
}

static void
remove_clicked_cb (AlignmentLessonRow *self)
{
  g_signal_emit (self, row_signals[REMOVE], 0);
}

GtkWidget *
alignment_lesson_row_new (AlignmentDocument *document,
                          AlignmentLesson   *lesson)
{
  AlignmentLessonRow *self;

  g_return_val_if_fail (ALIGNMENT_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (ALIGNMENT_IS_LESSON (lesson), NULL);

  self = g_object_new (ALIGNMENT_TYPE_LESSON_ROW, NULL);
  self->document = g_object_ref (document);
  self->lesson = g_object_ref (lesson);

  /* Undo and redo change the lesson behind the entry's back. */
  g_object_bind_property (lesson, "text", self->text_entry, "text",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  alignment_entry_commit_end_step_on_leave (GTK_WIDGET (self->text_entry), get_document, self);

  return GTK_WIDGET (self);
}

AlignmentLesson *
alignment_lesson_row_get_lesson (AlignmentLessonRow *self)
{
  g_return_val_if_fail (ALIGNMENT_IS_LESSON_ROW (self), NULL);

  return self->lesson;
}

static void
alignment_lesson_row_dispose (GObject *object)
{
  AlignmentLessonRow *self = ALIGNMENT_LESSON_ROW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), ALIGNMENT_TYPE_LESSON_ROW);
  g_clear_object (&self->lesson);
  g_clear_object (&self->document);

  G_OBJECT_CLASS (alignment_lesson_row_parent_class)->dispose (object);
}

static void
alignment_lesson_row_class_init (AlignmentLessonRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = alignment_lesson_row_dispose;

  row_signals[MOVE] =
    g_signal_new ("move", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT);
  row_signals[REMOVE] =
    g_signal_new ("remove", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/Alignment/alignment-lesson-row.ui");
  gtk_widget_class_bind_template_child (widget_class, AlignmentLessonRow, text_entry);
  gtk_widget_class_bind_template_callback (widget_class, move_up_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, move_down_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, remove_clicked_cb);
}

static void
alignment_lesson_row_init (AlignmentLessonRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
