/* fuzz-sheet-xlsx.c: XLSX workbooks (zip and XML), and the importer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "alignment-core.h"
#include "fuzz.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(GError) error = NULL;
  g_autoptr(AlignmentSheet) sheet = NULL;
  g_autoptr(AlignmentImport) import = NULL;

  sheet = alignment_sheet_read_xlsx (bytes, NULL, &error);
  if (sheet == NULL)
    {
      g_assert_nonnull (error);
      return 0;
    }

  import = alignment_import_sheet (sheet, NULL, &error);
  g_assert_true (import != NULL || error != NULL);

  return 0;
}
