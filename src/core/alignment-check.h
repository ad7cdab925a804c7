/* alignment-check.h: semantic checks of a case beyond its schema
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "alignment-types.h"

G_BEGIN_DECLS

/* An error is what the loader refuses (see
 * alignment_problem_refuses_file()); everything else the format allows is
 * a warning, so that every case the app writes validates. */
typedef enum
{
  ALIGNMENT_PROBLEM_ERROR,
  ALIGNMENT_PROBLEM_WARNING,
} AlignmentProblemSeverity;

typedef enum
{
  ALIGNMENT_PROBLEM_DUPLICATE_ID,
  ALIGNMENT_PROBLEM_BAD_ID,          /* not a thread number and letters */
  ALIGNMENT_PROBLEM_END_BEFORE_START,
  ALIGNMENT_PROBLEM_LETTER_GAP,      /* "2a", "2c": where is "2b"? */
  ALIGNMENT_PROBLEM_NO_START_DATE,
  ALIGNMENT_PROBLEM_UNKNOWN_SENDER,
  ALIGNMENT_PROBLEM_OUTSIDE_PERIOD,
  ALIGNMENT_PROBLEM_UNKNOWN_BOARD,   /* a board the case does not define */
  ALIGNMENT_PROBLEM_UNKNOWN_LEVEL,   /* an escalation level it does not define */
} AlignmentProblemKind;

typedef struct
{
  AlignmentProblemSeverity severity;
  AlignmentProblemKind     kind;
  guint                    position; /* index in the signal list */
  char                    *signal_id;
  char                    *message;  /* translated, names the signal */
} AlignmentProblem;

void       alignment_problem_free (AlignmentProblem *problem);

/* Whether a file with @problem is refused on loading and saving.  Ids
 * identify signals across every view, so a case whose ids are not well
 * formed and unique is not loaded; every other problem, an end date
 * before the start included (real sheets have them, and the importer
 * keeps what it reads), is loaded and shown for the user to fix. */
gboolean   alignment_problem_refuses_file (const AlignmentProblem *problem);

/* Every problem found in @self, in signal order: a GPtrArray of
 * AlignmentProblem that frees its items. */
GPtrArray *alignment_case_check   (AlignmentCase    *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (AlignmentProblem, alignment_problem_free)

G_END_DECLS
