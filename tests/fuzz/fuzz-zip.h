/* fuzz-zip.h: stored zips of the parts a harness makes of its input, for
 * the harnesses of the workbook readers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <archive.h>
#include <archive_entry.h>
#include <glib.h>

#include "alignment-core.h"

typedef struct
{
  struct archive *zip;
  guint8         *buffer;
  size_t          used;
} FuzzZip;

/* A zip of at most @capacity bytes, entries stored rather than deflated. */
static inline void
fuzz_zip_begin (FuzzZip *self,
                size_t   capacity)
{
  self->zip = archive_write_new ();
  self->buffer = g_malloc (capacity);
  self->used = 0;
  archive_write_set_format_zip (self->zip);
  archive_write_set_options (self->zip, "zip:compression=store");
  if (archive_write_open_memory (self->zip, self->buffer, capacity, &self->used) != ARCHIVE_OK)
    g_error ("could not start a zip: %s", archive_error_string (self->zip));
}

/* A part left empty is left out. */
static inline void
fuzz_zip_add_part (FuzzZip       *self,
                   const char    *path,
                   const uint8_t *data,
                   size_t         size)
{
  struct archive_entry *entry;

  if (size == 0)
    return;

  entry = archive_entry_new ();
  archive_entry_set_pathname (entry, path);
  archive_entry_set_size (entry, (la_int64_t) size);
  archive_entry_set_filetype (entry, AE_IFREG);
  archive_entry_set_perm (entry, 0644);
  if (archive_write_header (self->zip, entry) != ARCHIVE_OK
      || archive_write_data (self->zip, data, size) != (la_ssize_t) size)
    g_error ("could not store %s: %s", path, archive_error_string (self->zip));
  archive_entry_free (entry);
}

static inline GBytes *
fuzz_zip_end (FuzzZip *self)
{
  if (archive_write_close (self->zip) != ARCHIVE_OK)
    g_error ("could not finish a zip: %s", archive_error_string (self->zip));
  archive_write_free (self->zip);

  return g_bytes_new_take (self->buffer, self->used);
}

/* Reads @workbook as the import dialog does: the sheets it offers, the
 * last one by name when there are several, then the first, and imports
 * that.  Returns the first sheet, or NULL when it was refused. */
static inline AlignmentSheet *
fuzz_read_workbook (GBytes *workbook)
{
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) names = NULL;
  g_autoptr(AlignmentSheet) sheet = NULL;
  g_autoptr(AlignmentImport) import = NULL;

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
      return NULL;
    }

  import = alignment_import_sheet (sheet, NULL, &error);
  g_assert_true (import != NULL || error != NULL);

  return g_steal_pointer (&sheet);
}
