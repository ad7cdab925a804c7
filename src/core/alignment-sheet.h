/* alignment-sheet.h: the cells of a spreadsheet, as text
 *
 * A sheet is what every importer reads first: rows of text cells, with
 * the row numbers a spreadsheet program would show, whatever the file
 * was (CSV, TSV, UTF-16 text, XLSX, ODS).  Turning cells into signals is alignment-import's
 * business.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define ALIGNMENT_SHEET_ERROR (alignment_sheet_error_quark ())

typedef enum
{
  ALIGNMENT_SHEET_ERROR_EMPTY,     /* nothing to read */
  ALIGNMENT_SHEET_ERROR_FORMAT,    /* not a sheet of this kind */
  ALIGNMENT_SHEET_ERROR_TOO_LARGE, /* over the limits below */
  ALIGNMENT_SHEET_ERROR_NO_SHEET,  /* the named worksheet is not there */
} AlignmentSheetError;

GQuark alignment_sheet_error_quark (void);

typedef struct
{
  guint   number;  /* 1-based row number as a spreadsheet shows it */
  guint   n_cells;
  char  **cells;   /* n_cells UTF-8 strings, never NULL */
} AlignmentSheetRow;

typedef struct
{
  /* Only the rows that hold some text: a sheet with a million empty rows
   * costs nothing.  Ordered by number. */
  GPtrArray *rows;       /* of AlignmentSheetRow */
  guint      n_columns;  /* the widest row */
  char      *source;     /* how it was read: "UTF-8, “;”-separated" */
  gboolean   recoded;    /* TRUE when the bytes were Windows-1252 */
  char       delimiter;  /* for delimited text; 0 otherwise */
} AlignmentSheet;

void            alignment_sheet_free            (AlignmentSheet *sheet);

/* The cell at @column of @row, or "" past its end. */
const char     *alignment_sheet_row_cell        (const AlignmentSheetRow *row,
                                                 guint                    column);

/* Reads delimited text: UTF-8 with or without a byte-order mark (or
 * Windows-1252 when the bytes are not UTF-8), UTF-16 with a byte-order
 * mark in either order (Excel's "Unicode Text"), CRLF or LF, the delimiter
 * found among ';', ',' and tab, quoted cells holding line breaks,
 * delimiters and doubled quotes. */
AlignmentSheet *alignment_sheet_read_delimited  (const char     *data,
                                                 gsize           length,
                                                 GError        **error);

/* Reads one worksheet of an Office Open XML workbook, or one table of an
 * OpenDocument spreadsheet (the zip tells which): the first one when
 * @sheet_name is NULL.  Dates kept as Excel serial numbers are given as
 * ISO dates when the cell's style is a date format; ODS date cells as
 * their ISO date. */
AlignmentSheet *alignment_sheet_read_xlsx       (GBytes         *data,
                                                 const char     *sheet_name,
                                                 GError        **error);

/* The names of the worksheets of an Office Open XML workbook (or of the
 * tables of an OpenDocument spreadsheet), in the
 * workbook's order (the first is the one read when no name is given).
 * Only the workbook part is inflated, so listing is cheap even for a
 * workbook whose sheets are too large to read. */
GStrv           alignment_sheet_list_xlsx_sheets (GBytes        *data,
                                                  GError       **error);

/* Whether @data is a zip: an XLSX or ODS workbook, not delimited text. */
gboolean        alignment_sheet_is_workbook     (GBytes         *data);

/* Reads @data by its content: an XLSX or ODS (zip) or delimited text;
 * @sheet_name picks a workbook's sheet (NULL: the first). */
AlignmentSheet *alignment_sheet_read_bytes      (GBytes         *data,
                                                 const char     *sheet_name,
                                                 GError        **error);

/* Reads @file by its content: an XLSX or ODS (zip) or delimited text. */
AlignmentSheet *alignment_sheet_read_file       (GFile          *file,
                                                 const char     *sheet_name,
                                                 GCancellable   *cancellable,
                                                 GError        **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (AlignmentSheet, alignment_sheet_free)

G_END_DECLS
