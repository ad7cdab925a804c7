/* alignment-stakeholder.h: a person or role taking part in a case
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "alignment-types.h"
#include "alignment-enums.h"

G_BEGIN_DECLS

#define ALIGNMENT_TYPE_STAKEHOLDER (alignment_stakeholder_get_type ())

G_DECLARE_FINAL_TYPE (AlignmentStakeholder, alignment_stakeholder, ALIGNMENT, STAKEHOLDER, GObject)

/* Properties: "name" (person or role), "party" (AlignmentParty),
 * "function" (what they do in the partnership).  Strings are never NULL. */
AlignmentStakeholder *alignment_stakeholder_new          (const char           *name,
                                                          AlignmentParty        party,
                                                          const char           *function);
const char           *alignment_stakeholder_get_name     (AlignmentStakeholder *self);
void                  alignment_stakeholder_set_name     (AlignmentStakeholder *self,
                                                          const char           *name);
AlignmentParty        alignment_stakeholder_get_party    (AlignmentStakeholder *self);
void                  alignment_stakeholder_set_party    (AlignmentStakeholder *self,
                                                          AlignmentParty        party);
const char           *alignment_stakeholder_get_function (AlignmentStakeholder *self);
void                  alignment_stakeholder_set_function (AlignmentStakeholder *self,
                                                          const char           *function);

G_END_DECLS
