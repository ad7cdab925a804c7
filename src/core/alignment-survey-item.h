/* alignment-survey-item.h: one statement of a trust questionnaire
 *
 * A respondent rates the statement from 1 (strongly disagree) to 7
 * (strongly agree).  The item belongs to one realm; a reverse-coded item
 * says something distrustful, so its answer counts as 8 − answer.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "alignment-types.h"
#include "alignment-enums.h"

G_BEGIN_DECLS

#define ALIGNMENT_TYPE_SURVEY_ITEM (alignment_survey_item_get_type ())

G_DECLARE_FINAL_TYPE (AlignmentSurveyItem, alignment_survey_item, ALIGNMENT, SURVEY_ITEM, GObject)

/* Properties: "number" (1 to ALIGNMENT_SURVEY_N_ITEMS), "text" (never
 * NULL when read), "realm" (AlignmentRealm) and "reverse" (gboolean). */

AlignmentSurveyItem *alignment_survey_item_new         (guint                number,
                                                        AlignmentRealm       realm,
                                                        gboolean             reverse,
                                                        const char          *text);
guint                alignment_survey_item_get_number  (AlignmentSurveyItem *self);
void                 alignment_survey_item_set_number  (AlignmentSurveyItem *self,
                                                        guint                number);
const char          *alignment_survey_item_get_text    (AlignmentSurveyItem *self);
void                 alignment_survey_item_set_text    (AlignmentSurveyItem *self,
                                                        const char          *text);
AlignmentRealm       alignment_survey_item_get_realm   (AlignmentSurveyItem *self);
void                 alignment_survey_item_set_realm   (AlignmentSurveyItem *self,
                                                        AlignmentRealm       realm);
gboolean             alignment_survey_item_get_reverse (AlignmentSurveyItem *self);
void                 alignment_survey_item_set_reverse (AlignmentSurveyItem *self,
                                                        gboolean             reverse);
gboolean             alignment_survey_item_equal       (AlignmentSurveyItem *a,
                                                        AlignmentSurveyItem *b);

G_END_DECLS
