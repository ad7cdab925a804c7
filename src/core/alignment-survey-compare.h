/* alignment-survey-compare.h: does the signal log explain the survey?
 *
 * Between two rounds of the trust survey, each party's score in a realm
 * moves; the signals dated between the rounds record how they moved that
 * party's trust in the realm.  Where the two point in opposite
 * directions, signals may be missing from the log, or the survey tells
 * something the log does not.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "alignment-case.h"
#include "alignment-enums.h"
#include "alignment-survey-round.h"

G_BEGIN_DECLS

typedef struct
{
  AlignmentSurveyRound *from;        /* the earlier round (a reference) */
  AlignmentSurveyRound *to;          /* the later one */
  AlignmentParty        party;       /* whose trust */
  AlignmentRealm        realm;
  double                from_score;
  double                to_score;
  guint                 n_positive;  /* signals between the rounds that raised it */
  guint                 n_negative;  /* … and that lowered it */
  GPtrArray            *signal_ids;  /* of char *: those signals, in log order */
} AlignmentSurveyMismatch;

void       alignment_survey_mismatch_free     (AlignmentSurveyMismatch *mismatch);

/* The places where the log contradicts the survey: for every pair of
 * consecutive dated rounds (in date order) and every party and realm
 * scored in both, a score that fell while the signals dated after the
 * first round up to the second add up to a gain, or rose while they add
 * up to a loss.  An array of AlignmentSurveyMismatch, owned. */
GPtrArray *alignment_survey_compare_log       (AlignmentCase           *kase);
/* The finding in plain words, translated. */
char      *alignment_survey_mismatch_describe (AlignmentCase           *kase,
                                               const AlignmentSurveyMismatch *mismatch);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (AlignmentSurveyMismatch, alignment_survey_mismatch_free)

G_END_DECLS
