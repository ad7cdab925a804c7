/* alignment-export-private.h: what the sheet writers share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "alignment-types.h"

G_BEGIN_DECLS

/* The ALIGNMENT_N_COLUMNS cells of @s (a signal of @self) in the
 * thesis's column order and the sheet's own words ("CUST", "Very high",
 * "Positive"; dates as ISO text, "" when not set), then its thread's
 * title, NULL-terminated. */
char **_alignment_export_signal_row (AlignmentCase   *self,
                                     AlignmentSignal *s);

G_END_DECLS
