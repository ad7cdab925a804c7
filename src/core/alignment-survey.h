/* alignment-survey.h: the trust survey's questionnaire
 *
 * Each party rates twelve statements about the other party, four per
 * realm, on a scale of 1 to 7; the structure is adapted from the short
 * form of the Organizational Trust Inventory (Cummings & Bromiley, 1996).
 * The wording is Alignment's own.  A case keeps the questionnaire its
 * rounds were answered with (alignment_case_get_survey_items()), so an
 * old round keeps its wording when this default changes.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "alignment-enums.h"
#include "alignment-survey-item.h"

G_BEGIN_DECLS

#define ALIGNMENT_SURVEY_N_ITEMS    12
#define ALIGNMENT_SURVEY_MIN_ANSWER 1
#define ALIGNMENT_SURVEY_MAX_ANSWER 7
/* A realm's score for one response needs this many of its items. */
#define ALIGNMENT_SURVEY_MIN_REALM_ANSWERS 3

/* The default wording of item @number, translated. */
const char          *alignment_survey_default_text    (guint       number);
/* Appends the default questionnaire's twelve items to @items. */
void                 alignment_survey_add_default     (GListStore *items);
/* The item numbered @number in @items (a list of AlignmentSurveyItem),
 * or NULL; borrowed. */
AlignmentSurveyItem *alignment_survey_lookup_item     (GListModel *items,
                                                       guint       number);

G_END_DECLS
