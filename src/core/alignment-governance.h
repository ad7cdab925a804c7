/* alignment-governance.h: the governance boards and escalation levels of
 * a case, and the contract's defaults for them
 *
 * A case starts with the boards and levels of the studied contract (see
 * alignment_governance_fill_default_boards()); a file records them only
 * once they differ from these.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "alignment-types.h"
#include "alignment-board.h"
#include "alignment-escalation-level.h"

G_BEGIN_DECLS

/* Replace what @store holds (AlignmentBoard or AlignmentEscalationLevel)
 * by the contract's boards: steering board, capacity planning, service
 * review, status reporting, sprint meetings, change advisory board and
 * daily stand-up with their cadence; or by its levels: 1 operational,
 * 2 tactical, 3 strategic.  The names are the contract's own (English)
 * words: signals refer to a board by name, so they must not change with
 * the language of whoever opens the file. */
void                      alignment_governance_fill_default_boards (GListStore *store);
void                      alignment_governance_fill_default_levels (GListStore *store);
gboolean                  alignment_governance_boards_are_default  (GListModel *boards);
gboolean                  alignment_governance_levels_are_default  (GListModel *levels);

/* The level numbered @number in @levels, or NULL; borrowed. */
AlignmentEscalationLevel *alignment_governance_lookup_level        (GListModel *levels,
                                                                    guint       number);
/* The board named @name in @boards, or NULL; borrowed. */
AlignmentBoard           *alignment_governance_lookup_board        (GListModel *boards,
                                                                    const char *name);
/* How a level reads in lists and exports: "2 · Tactical", or "2" when
 * @levels has no such level or it has no name; "" for 0.  Newly
 * allocated. */
char                     *alignment_governance_level_label         (GListModel *levels,
                                                                    guint       number);
/* The level a sheet's cell names: "2", "2nd", "2 · Tactical",
 * "Level 2", "niveau 2", "2e lijn", or a level's name ("tactical",
 * ignoring case).  0 when it names none. */
guint                     alignment_governance_parse_level         (GListModel *levels,
                                                                    const char *text);

G_END_DECLS
