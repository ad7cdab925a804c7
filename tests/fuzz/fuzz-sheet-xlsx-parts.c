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
#include <archive.h>
#include <archive_entry.h>

#include "alignment-core.h"
#include "fuzz.h"

#define MAX_WORKSHEETS 8

static const char * const fixed_parts[] = {
  "xl/workbook.xml",
  "xl/_rels/workbook.xml.rels",
  "xl/sharedStrings.xml",
  "xl/styles.xml",
};

static void
add_part (struct archive *zip,
          const char     *path,
          const uint8_t  *data,
          size_t          size)
{
  struct archive_entry *entry;

  if (size == 0)
    return;

  entry = archive_entry_new ();
  archive_entry_set_pathname (entry, path);
  archive_entry_set_size (entry, (la_int64_t) size);
  archive_entry_set_filetype (entry, AE_IFREG);
  archive_entry_set_perm (entry, 0644);
  if (archive_write_header (zip, entry) != ARCHIVE_OK
      || archive_write_data (zip, data, size) != (la_ssize_t) size)
    g_error ("could not store %s: %s", path, archive_error_string (zip));
  archive_entry_free (entry);
}

/* A zip holding the parts of @data, stored rather than deflated. */
static GBytes *
zip_parts (const uint8_t *data,
           size_t         size)
{
  struct archive *zip = archive_write_new ();
  /* Each entry costs its headers, twice: well under 256 bytes. */
  size_t capacity = size + 256 * (G_N_ELEMENTS (fixed_parts) + MAX_WORKSHEETS + 2);
  guint8 *buffer = g_malloc (capacity);
  size_t used = 0;
  const uint8_t *start = data;
  const uint8_t *end = data + size;
  guint index = 0;

  archive_write_set_format_zip (zip);
  archive_write_set_options (zip, "zip:compression=store");
  if (archive_write_open_memory (zip, buffer, capacity, &used) != ARCHIVE_OK)
    g_error ("could not start a zip: %s", archive_error_string (zip));

  while (start <= end && index < G_N_ELEMENTS (fixed_parts) + MAX_WORKSHEETS)
    {
      const uint8_t *nul = memchr (start, '\0', (size_t) (end - start));
      const uint8_t *stop = nul != NULL ? nul : end;

      if (index < G_N_ELEMENTS (fixed_parts))
        add_part (zip, fixed_parts[index], start, (size_t) (stop - start));
      else
        {
          g_autofree char *path = g_strdup_printf ("xl/worksheets/sheet%u.xml",
                                                   index - (guint) G_N_ELEMENTS (fixed_parts) + 1);

          add_part (zip, path, start, (size_t) (stop - start));
        }

      index++;
      start = stop + 1;
    }

  if (archive_write_close (zip) != ARCHIVE_OK)
    g_error ("could not finish a zip: %s", archive_error_string (zip));
  archive_write_free (zip);

  return g_bytes_new_take (buffer, used);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) workbook = zip_parts (data, size);
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) names = NULL;
  g_autoptr(AlignmentSheet) sheet = NULL;
  g_autoptr(AlignmentImport) import = NULL;

  /* The sheets the import dialog offers; the last one, read by name,
   * when there are several. */
  names = alignment_sheet_list_xlsx_sheets (workbook, &error);
  if (names == NULL)
    {
      g_assert_nonnull (error);
      g_assert_true (g_utf8_validate (error->message, -1, NULL));
      g_clear_error (&error);
    }
  else
    {
      guint n = g_strv_length (names);

      for (guint i = 0; i < n; i++)
        g_assert_true (g_utf8_validate (names[i], -1, NULL));
      if (n > 1)
        {
          g_autoptr(AlignmentSheet) last = alignment_sheet_read_xlsx (workbook, names[n - 1], &error);

          g_assert_true (last != NULL || error != NULL);
          g_clear_error (&error);
        }
    }

  sheet = alignment_sheet_read_xlsx (workbook, NULL, &error);
  if (sheet == NULL)
    {
      g_assert_nonnull (error);
      g_assert_true (g_utf8_validate (error->message, -1, NULL));
      return 0;
    }

  import = alignment_import_sheet (sheet, NULL, &error);
  g_assert_true (import != NULL || error != NULL);

  return 0;
}
