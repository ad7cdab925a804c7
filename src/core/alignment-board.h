/* alignment-board.h: a governance board of a case (a steering board, a
 * service review) in which signals are raised or aligned
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "alignment-types.h"

G_BEGIN_DECLS

#define ALIGNMENT_TYPE_BOARD (alignment_board_get_type ())

G_DECLARE_FINAL_TYPE (AlignmentBoard, alignment_board, ALIGNMENT, BOARD, GObject)

/* Properties: "name" (how signals name the board), "cadence" (how often
 * it meets, in words: "Quarterly").  Strings are never NULL. */
AlignmentBoard *alignment_board_new         (const char     *name,
                                             const char     *cadence);
const char     *alignment_board_get_name    (AlignmentBoard *self);
void            alignment_board_set_name    (AlignmentBoard *self,
                                             const char     *name);
const char     *alignment_board_get_cadence (AlignmentBoard *self);
void            alignment_board_set_cadence (AlignmentBoard *self,
                                             const char     *cadence);
gboolean        alignment_board_equal       (AlignmentBoard *a,
                                             AlignmentBoard *b);

G_END_DECLS
