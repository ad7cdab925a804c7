/* alignment-survey-asymmetry.h: does one party trust the other more?
 *
 * In a round of the trust survey, the customer rates its trust in the
 * provider and the provider its trust in the customer.  Where the two
 * differ, one party feels the partnership differently from the other:
 * worth talking about at the next board.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "alignment-case.h"
#include "alignment-enums.h"
#include "alignment-survey-round.h"

G_BEGIN_DECLS

/* Scores closer than this count as even: half a step of the scale is
 * within what two groups of respondents differ by anyway. */
#define ALIGNMENT_SURVEY_EVEN_GAP 0.5

typedef struct
{
  guint  n_customer;  /* the customer's respondents with a score; 0: none */
  guint  n_provider;
  double customer;    /* the customer's trust in the provider */
  double provider;    /* the provider's trust in the customer */
  double gap;         /* customer − provider, 0 unless both scored */
} AlignmentSurveyAsymmetry;

/* Fills @asymmetry, indexed by realm, for @round scored with the
 * questionnaire @items (a list of AlignmentSurveyItem). */
void  alignment_survey_asymmetry_round    (AlignmentSurveyRound           *round,
                                           GListModel                     *items,
                                           AlignmentSurveyAsymmetry        asymmetry[ALIGNMENT_N_REALMS]);
/* TRUE when both parties scored and their scores are further apart than
 * ALIGNMENT_SURVEY_EVEN_GAP. */
gboolean alignment_survey_asymmetry_is_uneven (const AlignmentSurveyAsymmetry *asymmetry);
/* In plain words, translated: "Shipbuilder trusts IT provider more:
 * 5.25 against 4.00, 1.25 apart", "Even: 5.00 against 4.75", or who
 * did not answer. */
char *alignment_survey_asymmetry_describe (AlignmentCase                  *kase,
                                           const AlignmentSurveyAsymmetry *asymmetry);

G_END_DECLS
