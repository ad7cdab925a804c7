/* alignment-case-details.h: the Details page of a case
 *
 * Title, parties, context, period, stakeholders and lessons learned, all
 * edited in place (the case's history records every change).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "alignment-core.h"

G_BEGIN_DECLS

#define ALIGNMENT_TYPE_CASE_DETAILS (alignment_case_details_get_type ())

G_DECLARE_FINAL_TYPE (AlignmentCaseDetails, alignment_case_details, ALIGNMENT, CASE_DETAILS, GtkWidget)

GtkWidget *alignment_case_details_new          (void);
void       alignment_case_details_set_document (AlignmentCaseDetails *self,
                                                AlignmentDocument    *document);

G_END_DECLS
