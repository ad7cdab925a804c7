/* alignment-survey-view.h: the Survey view of the case page
 *
 * The trust survey of the case shown: its trend over the rounds (the
 * render layer's figure), a table of the scores per round, party and
 * realm, the asymmetry between the parties per round and realm, and
 * where the signal log contradicts a change between two rounds.  It
 * follows the document's history and is brought up to date when shown.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "alignment-core.h"

G_BEGIN_DECLS

#define ALIGNMENT_TYPE_SURVEY_VIEW (alignment_survey_view_get_type ())

G_DECLARE_FINAL_TYPE (AlignmentSurveyView, alignment_survey_view, ALIGNMENT, SURVEY_VIEW, AdwBin)

/* Property "document" (AlignmentDocument, NULL for none) and, read-only,
 * "has-rounds": whether the case shown has a survey round to draw. */
AlignmentDocument *alignment_survey_view_get_document   (AlignmentSurveyView *self);
void               alignment_survey_view_set_document   (AlignmentSurveyView *self,
                                                         AlignmentDocument   *document);
gboolean           alignment_survey_view_get_has_rounds (AlignmentSurveyView *self);

/* Brings the view up to date with the case now, whether shown or not
 * (it does so by itself when next shown after an edit). */
void               alignment_survey_view_refresh        (AlignmentSurveyView *self);

/* The findings shown, in order: how many, and the @index-th in words. */
guint              alignment_survey_view_get_n_findings (AlignmentSurveyView *self);
const char        *alignment_survey_view_get_finding    (AlignmentSurveyView *self,
                                                         guint                index);
/* What "Show on Timeline" of finding @index does: emits
 * "signals-activated" with the positions, in the case's list, of the
 * signals the finding counted. */
void               alignment_survey_view_activate_finding (AlignmentSurveyView *self,
                                                           guint                index);

/* The table of scores and the table of the asymmetry (GTK_ACCESSIBLE_ROLE_TABLE
 * boxes of rows of labels), for tests and assistive technology. */
GtkWidget         *alignment_survey_view_get_score_table     (AlignmentSurveyView *self);
GtkWidget         *alignment_survey_view_get_asymmetry_table (AlignmentSurveyView *self);
/* The drawing area of the trend. */
GtkWidget         *alignment_survey_view_get_trend_area      (AlignmentSurveyView *self);

/* The list of the responses, a row each: activating one opens the form
 * that corrects or removes it. */
GtkListBox           *alignment_survey_view_get_responses_list (AlignmentSurveyView *self);

G_END_DECLS
