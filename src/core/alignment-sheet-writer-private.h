/* alignment-sheet-writer-private.h: a worksheet to write, and the
 * packages the two formats share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <archive.h>
#include <libxml/xmlwriter.h>

#include "alignment-sheet-writer.h"

G_BEGIN_DECLS

typedef enum
{
  WORKBOOK_STYLE_TEXT,
  WORKBOOK_STYLE_TITLE,   /* bold */
  WORKBOOK_STYLE_HEADING, /* bold, wrapped: the header row */
  WORKBOOK_STYLE_GROUP,   /* bold, centred over its columns */
  WORKBOOK_STYLE_WRAP,    /* paragraphs, from the top */
  WORKBOOK_STYLE_DATE,
  WORKBOOK_N_STYLES
} WorkbookStyle;

typedef struct
{
  char          *text;   /* NULL for an empty cell */
  guint32        julian; /* a date cell when not 0 */
  WorkbookStyle  style;
  guint          span;   /* columns merged from here: 1 for none */
} WorkbookCell;

typedef struct
{
  const char *name;
  guint       n_columns;
  const guint *widths;  /* n_columns widths, in characters */
  GPtrArray  *rows;     /* of WorkbookCell[n_columns] */
  GArray     *lines;    /* of guint, a row's height in lines of text */
  guint       frozen_rows;
} Workbook;

/* A line of the default font (11 pt), in points. */
#define WORKBOOK_LINE_POINTS 15

void    _alignment_workbook_free    (Workbook *book);

/* Every character that XML 1.0 cannot hold left out and line ends made
 * "\n": text imported from anywhere must not make a file that a
 * spreadsheet program calls damaged. */
char   *_alignment_workbook_clean   (const char *text);

/* An XML part written into a buffer, and what it becomes. */
xmlTextWriterPtr _alignment_workbook_xml_begin (xmlBufferPtr    *buffer);
GBytes          *_alignment_workbook_xml_end   (xmlTextWriterPtr writer,
                                                xmlBufferPtr     buffer);

/* A zip in memory: @store leaves the part uncompressed (ODF's
 * "mimetype" must be). */
struct archive  *_alignment_workbook_zip_new   (GByteArray      *out);
gboolean         _alignment_workbook_zip_add   (struct archive  *zip,
                                                const char      *path,
                                                GBytes          *data,
                                                gboolean         store,
                                                GError         **error);
gboolean         _alignment_workbook_zip_close (struct archive  *zip,
                                                GError         **error);

gboolean _alignment_workbook_write_xlsx (const Workbook  *book,
                                         struct archive  *zip,
                                         GError         **error);
gboolean _alignment_workbook_write_ods  (const Workbook  *book,
                                         struct archive  *zip,
                                         GError         **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Workbook, _alignment_workbook_free)

G_END_DECLS
