/* alignment-generate.h: reproducible synthetic cases of any size
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "alignment-types.h"

G_BEGIN_DECLS

/* A case with @n_signals signals spread over @n_threads threads (0 picks
 * about one thread per eight signals), its content drawn from a generator
 * seeded with @seed: the same arguments give the same case. */
AlignmentCase *alignment_case_generate (guint   n_signals,
                                        guint   n_threads,
                                        guint64 seed);

G_END_DECLS
