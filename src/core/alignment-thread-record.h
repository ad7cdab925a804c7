/* alignment-thread-record.h: what a case tells about one of its threads
 *
 * A thread exists through the number in its signals' ids.  Its record
 * adds what the case study tells of it as an event: a short title, the
 * story, and the realms in which alignment was reached.  A case keeps
 * records only for threads someone wrote about.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "alignment-types.h"
#include "alignment-enums.h"

G_BEGIN_DECLS

#define ALIGNMENT_TYPE_THREAD_RECORD (alignment_thread_record_get_type ())

G_DECLARE_FINAL_TYPE (AlignmentThreadRecord, alignment_thread_record, ALIGNMENT, THREAD_RECORD, GObject)

/* Properties: "number" (guint, >= 1), "title" and "story" (never NULL
 * when read), "aligned-in" (AlignmentRealmFlags, none when not aligned
 * or not known). */

AlignmentThreadRecord *alignment_thread_record_new            (guint                  number);
guint                  alignment_thread_record_get_number     (AlignmentThreadRecord *self);
void                   alignment_thread_record_set_number     (AlignmentThreadRecord *self,
                                                               guint                  number);
const char            *alignment_thread_record_get_title      (AlignmentThreadRecord *self);
void                   alignment_thread_record_set_title      (AlignmentThreadRecord *self,
                                                               const char            *title);
const char            *alignment_thread_record_get_story      (AlignmentThreadRecord *self);
void                   alignment_thread_record_set_story      (AlignmentThreadRecord *self,
                                                               const char            *story);
AlignmentRealmFlags    alignment_thread_record_get_aligned_in (AlignmentThreadRecord *self);
void                   alignment_thread_record_set_aligned_in (AlignmentThreadRecord *self,
                                                               AlignmentRealmFlags    aligned_in);
/* TRUE when the record says nothing (no title, story or realm): such a
 * record is not written to the file. */
gboolean               alignment_thread_record_is_empty       (AlignmentThreadRecord *self);
gboolean               alignment_thread_record_equal          (AlignmentThreadRecord *a,
                                                               AlignmentThreadRecord *b);

G_END_DECLS
