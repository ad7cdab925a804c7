/* fuzz-sheet-ods-content.c: the XML inside an OpenDocument spreadsheet
 *
 * As fuzz-sheet-xlsx-parts does for XLSX: a mutated zip is refused on its
 * CRC-32 before its XML is read, so the input here is content.xml itself.
 * The harness stores it in a valid zip and reads that as a workbook, so
 * that every mutation reaches the ODS reader: its repeats, covered cells,
 * paragraphs and dates.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "alignment-core.h"
#include "fuzz.h"
#include "fuzz-zip.h"

/* A stored zip of content.xml alone. */
static GBytes *
zip_content (const uint8_t *data,
             size_t         size)
{
  FuzzZip zip;

  /* One entry's headers, twice, and the directory: under 512 bytes. */
  fuzz_zip_begin (&zip, size + 512);
  fuzz_zip_add_part (&zip, "content.xml", data, size);
  return fuzz_zip_end (&zip);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) workbook = zip_content (data, size);
  g_autoptr(AlignmentSheet) sheet = fuzz_read_workbook (workbook);

  /* repeats are bounded, and every cell is text */
  for (guint i = 0; sheet != NULL && i < sheet->rows->len; i++)
    {
      AlignmentSheetRow *row = g_ptr_array_index (sheet->rows, i);

      g_assert_cmpuint (row->n_cells, <=, 1024);
      for (guint c = 0; c < row->n_cells; c++)
        g_assert_true (g_utf8_validate (row->cells[c], -1, NULL));
    }

  return 0;
}
