/* fuzz-sheet-delimited.c: CSV and TSV sheets, and the importer behind them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "alignment-core.h"
#include "fuzz.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AlignmentSheet) sheet = NULL;
  g_autoptr(AlignmentImport) import = NULL;

  sheet = alignment_sheet_read_delimited ((const char *) data, size, &error);
  if (sheet == NULL)
    {
      g_assert_nonnull (error);
      return 0;
    }

  import = alignment_import_sheet (sheet, NULL, &error);
  if (import == NULL)
    {
      g_assert_nonnull (error);
      return 0;
    }

  /* Every signal read can be saved: the importer never makes a case that
   * the file format refuses. */
  {
    g_autoptr(GBytes) bytes = alignment_case_to_bytes (import->imported);
    g_autoptr(AlignmentCase) again = NULL;
    gsize length;
    const char *text = g_bytes_get_data (bytes, &length);

    again = alignment_case_load_from_data (text, length, "imported.alignment", &error);
    if (again == NULL)
      g_error ("an imported case does not load: %s", error->message);
  }

  return 0;
}
