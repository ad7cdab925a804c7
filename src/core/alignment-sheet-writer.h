/* alignment-sheet-writer.h: a case's signal log as a spreadsheet workbook
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "alignment-types.h"

G_BEGIN_DECLS

typedef enum
{
  ALIGNMENT_WORKBOOK_XLSX, /* Office Open XML, as Excel writes */
  ALIGNMENT_WORKBOOK_ODS,  /* OpenDocument, as LibreOffice Calc writes */
} AlignmentWorkbookFormat;

/* The format a file name asks for by its extension (".xlsx", ".ods",
 * any case); FALSE for any other name. */
gboolean  alignment_workbook_format_from_name (const char              *name,
                                               AlignmentWorkbookFormat *format);

/* The signal log as one worksheet named "Signals", laid out as the
 * thesis's sheet is: the case's title and context in rows of their own,
 * the group headings "Impact on Customer" and "Impact on Service
 * provider" over the trust columns, the header in the thesis's column
 * order, then a row per signal with its dates as date cells.  The rows
 * down to the header are frozen.  Importing the result gives back the
 * same signals, title and context. */
GBytes   *alignment_case_to_workbook          (AlignmentCase            *self,
                                               AlignmentWorkbookFormat   format,
                                               GError                  **error);

/* Writes the workbook to @file by way of a new file beside it that
 * replaces the old one in one rename: a failure leaves the old file as
 * it was. */
gboolean  alignment_case_save_workbook        (AlignmentCase            *self,
                                               GFile                    *file,
                                               AlignmentWorkbookFormat   format,
                                               GCancellable             *cancellable,
                                               GError                  **error);

G_END_DECLS
