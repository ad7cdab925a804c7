/* alignment-sheet-private.h: building sheets, for the readers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <libxml/xmlreader.h>

#include "alignment-sheet.h"

G_BEGIN_DECLS

AlignmentSheet *_alignment_sheet_new     (void);
/* Takes the strings of @cells (owned, none NULL) and leaves it empty; a
 * row with only white space is not kept. */
void            _alignment_sheet_add_row (AlignmentSheet *sheet,
                                          guint           number,
                                          GPtrArray      *cells);

/* Returns @sheet (taken), or NULL with an error when it has no rows. */
AlignmentSheet *_alignment_sheet_finish  (AlignmentSheet  *sheet,
                                          GError         **error);
/* "The workbook has no sheet “@name”; its sheets are @names.", or when
 * @name is NULL that it has none. */
void            _alignment_sheet_set_no_sheet_error (GError     **error,
                                                     const char  *name,
                                                     const char  *names);

/* The parts of a zipped workbook (path → GBytes) as the XLSX reader
 * unpacked them, bounded, and what reading their XML takes. */
xmlTextReaderPtr _alignment_sheet_part_reader (GHashTable       *parts,
                                               const char       *path);
gboolean         _alignment_sheet_next_node   (xmlTextReaderPtr  reader,
                                               GError          **error);
gboolean         _alignment_sheet_is_element  (xmlTextReaderPtr  reader,
                                               const char       *name);
char            *_alignment_sheet_attribute   (xmlTextReaderPtr  reader,
                                               const char       *name);

/* An OpenDocument spreadsheet, from its content.xml in @parts. */
AlignmentSheet  *_alignment_sheet_read_ods_content (GHashTable  *parts,
                                                    const char  *sheet_name,
                                                    GError     **error);
GStrv            _alignment_sheet_list_ods_sheets  (GHashTable  *parts,
                                                    GError     **error);

G_END_DECLS
