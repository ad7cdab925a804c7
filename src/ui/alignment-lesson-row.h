/* alignment-lesson-row.h: one lesson learned on the Details page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "alignment-core.h"

G_BEGIN_DECLS

#define ALIGNMENT_TYPE_LESSON_ROW (alignment_lesson_row_get_type ())

G_DECLARE_FINAL_TYPE (AlignmentLessonRow, alignment_lesson_row, ALIGNMENT, LESSON_ROW, GtkListBoxRow)

/* The text edits @lesson in place, both ways (undo reaches it).  Signals
 * "move" (int delta: -1 up, 1 down) and "remove": what the user asked
 * of the lesson; the list that holds it does it. */
GtkWidget       *alignment_lesson_row_new        (AlignmentDocument  *document,
                                                  AlignmentLesson    *lesson);
AlignmentLesson *alignment_lesson_row_get_lesson (AlignmentLessonRow *self);

G_END_DECLS
