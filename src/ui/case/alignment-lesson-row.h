/* alignment-lesson-row.h: one lesson learned on the Details page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "alignment-item-row.h"

G_BEGIN_DECLS

#define ALIGNMENT_TYPE_LESSON_ROW (alignment_lesson_row_get_type ())

G_DECLARE_FINAL_TYPE (AlignmentLessonRow, alignment_lesson_row, ALIGNMENT, LESSON_ROW, AlignmentItemRow)

/* The text edits @lesson in place.  Signal "move" (int delta: -1 up,
 * 1 down; action "lesson.move"): the user asked to move the lesson; the
 * list that holds it does it. */
GtkWidget *alignment_lesson_row_new (AlignmentDocument *document,
                                     AlignmentLesson   *lesson);

G_END_DECLS
