/* fuzz-sheet-xlsx-parts.c: the XML inside an XLSX workbook
 *
 * fuzz-sheet-xlsx mutates whole workbooks, whose parts are deflated and
 * checked against their CRC-32: a mutated part is refused before its XML
 * is read.  Here the input is the parts themselves, separated by NUL
 * bytes (which XML cannot hold), in this order: xl/workbook.xml,
 * xl/_rels/workbook.xml.rels, xl/sharedStrings.xml, xl/styles.xml, then
 * xl/worksheets/sheet1.xml, sheet2.xml and so on.  The harness stores
 * them in a valid zip and reads that as a workbook, so every mutation
 * reaches the XML readers of the importer, the cell references, the
 * number formats and the dates.  A part left empty is left out.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "alignment-core.h"
#include "fuzz.h"
#include "fuzz-zip.h"

#define MAX_WORKSHEETS 8

static const char * const fixed_parts[] = {
  "xl/workbook.xml",
  "xl/_rels/workbook.xml.rels",
  "xl/sharedStrings.xml",
  "xl/styles.xml",
};

/* A zip holding the parts of @data, stored rather than deflated. */
static GBytes *
zip_parts (const uint8_t *data,
           size_t         size)
{
  FuzzZip zip;
  const uint8_t *start = data;
  const uint8_t *end = data + size;
  guint index = 0;

  /* Each entry costs its headers, twice: well under 256 bytes. */
  fuzz_zip_begin (&zip, size + 256 * (G_N_ELEMENTS (fixed_parts) + MAX_WORKSHEETS + 2));

  while (start <= end && index < G_N_ELEMENTS (fixed_parts) + MAX_WORKSHEETS)
    {
      const uint8_t *nul = memchr (start, '\0', (size_t) (end - start));
      const uint8_t *stop = nul != NULL ? nul : end;

      if (index < G_N_ELEMENTS (fixed_parts))
        fuzz_zip_add_part (&zip, fixed_parts[index], start, (size_t) (stop - start));
      else
        {
          g_autofree char *path = g_strdup_printf ("xl/worksheets/sheet%u.xml",
                                                   index - (guint) G_N_ELEMENTS (fixed_parts) + 1);

          fuzz_zip_add_part (&zip, path, start, (size_t) (stop - start));
        }

      index++;
      start = stop + 1;
    }

  return fuzz_zip_end (&zip);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) workbook = zip_parts (data, size);
  g_autoptr(AlignmentSheet) sheet = fuzz_read_workbook (workbook);

  /* whatever the parts say, every cell read is text */
  for (guint i = 0; sheet != NULL && i < sheet->rows->len; i++)
    {
      AlignmentSheetRow *row = g_ptr_array_index (sheet->rows, i);

      for (guint c = 0; c < row->n_cells; c++)
        g_assert_true (g_utf8_validate (row->cells[c], -1, NULL));
    }

  return 0;
}
