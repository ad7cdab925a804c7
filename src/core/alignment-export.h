/* alignment-export.h: a case as a sheet, or as a process-mining log
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "alignment-types.h"

G_BEGIN_DECLS

/* The signal log as delimited text in the thesis's column order (the
 * header of alignment_column_get_header()), with the case's title and
 * context in rows of their own above it, so that importing the result
 * gives back the same signals, title and context.  @delimiter is ',',
 * ';' or '\t'.  UTF-8, CRLF line ends, cells quoted where needed. */
GBytes *alignment_case_to_delimited (AlignmentCase *self,
                                     char           delimiter);

/* An IEEE 1849-2016 XES event log: one trace per thread (concept:name
 * its title, or its opening signal's trigger; thread:number,
 * thread:status and thread:aligned-in), one event per
 * signal (concept:name the signal type, time:timestamp its start,
 * org:resource its sender; a signal with an end date gives a start and a
 * complete event), every other column as an attribute. */
GBytes *alignment_case_to_xes       (AlignmentCase *self);

G_END_DECLS
