/* alignment-sheet-private.h: building sheets, for the readers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "alignment-sheet.h"

G_BEGIN_DECLS

AlignmentSheet *_alignment_sheet_new     (void);
/* Takes the strings of @cells (owned, none NULL) and leaves it empty; a
 * row with only white space is not kept. */
void            _alignment_sheet_add_row (AlignmentSheet *sheet,
                                          guint           number,
                                          GPtrArray      *cells);

G_END_DECLS
