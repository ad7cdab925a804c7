/* alignment-import-private.h: what the importer's header detection
 * (alignment-import-header.c) and its reading of the rows
 * (alignment-import.c) share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "alignment-import.h"

G_BEGIN_DECLS

#define UNMAPPED   (-1)
#define AUTODETECT (-2)

/* A header row names at least this many of the 18 columns. */
#define MIN_HEADER_MATCHES 3
/* How far down a header row is looked for. */
#define HEADER_SEARCH_ROWS 100

/* Lowercase words separated by single spaces (see the definition). */
char     *alignment_import_normalise          (const char              *text);

/* Index in sheet->rows of the header row, or -1. */
int       alignment_import_find_header        (const AlignmentSheet    *sheet);
void      alignment_import_build_mapping      (const AlignmentSheetRow *header,
                                               const AlignmentSheetRow *above,
                                               int                      mapping[ALIGNMENT_N_COLUMNS]);
gboolean  alignment_import_is_repeated_header (const AlignmentSheetRow *row,
                                               const char              *id);
gboolean  alignment_import_is_group_heading   (const char              *text);

G_END_DECLS
