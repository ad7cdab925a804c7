/* alignment-escalation-level.h: one escalation level of a case's
 * governance (1st operational, 2nd tactical, 3rd strategic)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "alignment-types.h"

G_BEGIN_DECLS

#define ALIGNMENT_TYPE_ESCALATION_LEVEL (alignment_escalation_level_get_type ())

G_DECLARE_FINAL_TYPE (AlignmentEscalationLevel, alignment_escalation_level, ALIGNMENT, ESCALATION_LEVEL, GObject)

/* Properties: "number" (uint from 1: what a signal records), "name"
 * ("Operational"), "covers" (what is escalated to it: "Service quality,
 * SLA, budget").  Strings are never NULL. */
AlignmentEscalationLevel *alignment_escalation_level_new         (guint                     number,
                                                                  const char               *name,
                                                                  const char               *covers);
guint                     alignment_escalation_level_get_number  (AlignmentEscalationLevel *self);
void                      alignment_escalation_level_set_number  (AlignmentEscalationLevel *self,
                                                                  guint                     number);
const char               *alignment_escalation_level_get_name    (AlignmentEscalationLevel *self);
void                      alignment_escalation_level_set_name    (AlignmentEscalationLevel *self,
                                                                  const char               *name);
const char               *alignment_escalation_level_get_covers  (AlignmentEscalationLevel *self);
void                      alignment_escalation_level_set_covers  (AlignmentEscalationLevel *self,
                                                                  const char               *covers);
gboolean                  alignment_escalation_level_equal       (AlignmentEscalationLevel *a,
                                                                  AlignmentEscalationLevel *b);

G_END_DECLS
