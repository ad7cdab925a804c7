/* alignment-types.h: forward declarations shared by the core headers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef struct _AlignmentCase        AlignmentCase;
typedef struct _AlignmentSignal      AlignmentSignal;
typedef struct _AlignmentSignalList  AlignmentSignalList;
typedef struct _AlignmentStakeholder AlignmentStakeholder;
typedef struct _AlignmentLesson      AlignmentLesson;
typedef struct _AlignmentThreadRecord AlignmentThreadRecord;
typedef struct _AlignmentSurveyItem  AlignmentSurveyItem;
typedef struct _AlignmentSurveyResponse AlignmentSurveyResponse;
typedef struct _AlignmentSurveyRound AlignmentSurveyRound;
typedef struct _AlignmentBoard       AlignmentBoard;
typedef struct _AlignmentEscalationLevel AlignmentEscalationLevel;

G_END_DECLS
