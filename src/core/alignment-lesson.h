/* alignment-lesson.h: one statement of a case's lessons-learned register
 *
 * An object rather than a bare string so that list views can bind to it
 * and follow edits ("text" notifies).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "alignment-types.h"

G_BEGIN_DECLS

#define ALIGNMENT_TYPE_LESSON (alignment_lesson_get_type ())

G_DECLARE_FINAL_TYPE (AlignmentLesson, alignment_lesson, ALIGNMENT, LESSON, GObject)

AlignmentLesson *alignment_lesson_new      (const char      *text);
const char      *alignment_lesson_get_text (AlignmentLesson *self);
void             alignment_lesson_set_text (AlignmentLesson *self,
                                            const char      *text);

G_END_DECLS
