/* alignment-agreement-panel.h: how far the two parties agree, per realm
 *
 * Where both parties rated the same impact (a party's own rating and the
 * other party's estimate of it): per realm the percent agreement,
 * Cohen's weighted kappa and the 3 × 3 table of the customer's rating
 * against the provider's, each cell a button that shows its signals;
 * then the signals whose understanding or urgency they judged
 * differently.  Every figure comes from alignment-agreement.h.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "alignment-core.h"

G_BEGIN_DECLS

#define ALIGNMENT_TYPE_AGREEMENT_PANEL (alignment_agreement_panel_get_type ())

G_DECLARE_FINAL_TYPE (AlignmentAgreementPanel, alignment_agreement_panel, ALIGNMENT, AGREEMENT_PANEL, GtkWidget)

/* Properties:
 *   "case"  AlignmentCase, may be NULL
 *
 * Signals:
 *   "signals-activated" (GArray *positions): the user asked to see the
 *       signals of a cell, or those judged differently ("Show").
 *       @positions (a GArray of guint, valid during the emission) index
 *       the case's signal list.
 */

GtkWidget                *alignment_agreement_panel_new           (void);
AlignmentCase            *alignment_agreement_panel_get_case      (AlignmentAgreementPanel *self);
void                      alignment_agreement_panel_set_case      (AlignmentAgreementPanel *self,
                                                                   AlignmentCase           *case_);
/* Recomputes after signals of the case were edited. */
void                      alignment_agreement_panel_refresh       (AlignmentAgreementPanel *self);
/* What the panel shows; NULL without a case. */
const AlignmentAgreement *alignment_agreement_panel_get_agreement (AlignmentAgreementPanel *self);
/* The button of cell [@customer][@provider] (categories 0 negative, 1
 * same, 2 positive) of @realm's table, or NULL. */
GtkWidget                *alignment_agreement_panel_get_cell      (AlignmentAgreementPanel *self,
                                                                   AlignmentRealm           realm,
                                                                   guint                    customer,
                                                                   guint                    provider);

G_END_DECLS
