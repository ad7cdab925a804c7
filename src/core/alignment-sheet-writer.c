/* alignment-sheet-writer.c: a case's signal log as a spreadsheet workbook
 *
 * The sheet is laid out once (Workbook) and written as either format by
 * alignment-sheet-writer-xlsx.c or -ods.c; both are zips of XML parts,
 * written here with libarchive and libxml2's text writer.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include <archive_entry.h>
#include "alignment-i18n.h"
#include <glib/gstdio.h>

#include "alignment-case.h"
#include "alignment-export-private.h"
#include "alignment-import.h"
#include "alignment-sheet-writer-private.h"
#include "alignment-signal.h"

gboolean
alignment_workbook_format_from_name (const char              *name,
                                     AlignmentWorkbookFormat *format)
{
  g_autofree char *folded = g_ascii_strdown (name != NULL ? name : "", -1);

  if (g_str_has_suffix (folded, ".xlsx"))
    *format = ALIGNMENT_WORKBOOK_XLSX;
  else if (g_str_has_suffix (folded, ".ods"))
    *format = ALIGNMENT_WORKBOOK_ODS;
  else
    return FALSE;
  return TRUE;
}

/* ---- The sheet ------------------------------------------------------------ */

/* In characters: wide enough for the words the columns usually hold. */
static const guint column_widths[ALIGNMENT_N_COLUMNS] = {
  8, 16, 8, 30, 11, 11, 24, 18, 30, 10, 14, 30, 12, 12, 12, 12, 12, 12, 30,
  22, 14, 36,
};

/* The trust columns' own names under their group headings, as the
 * thesis's sheet has them; the importer reads the party from the group. */
static const char * const trust_headers[ALIGNMENT_N_REALMS] = {
  "Honesty in exchange", "Good-faith effort", "Limited opportunism",
};

void
_alignment_workbook_free (Workbook *book)
{
  for (guint i = 0; i < book->rows->len; i++)
    {
      WorkbookCell *cells = g_ptr_array_index (book->rows, i);

      for (guint c = 0; c < book->n_columns; c++)
        g_free (cells[c].text);
      g_free (cells);
    }
  g_ptr_array_unref (book->rows);
  g_clear_pointer (&book->lines, g_array_unref);
  g_free (book);
}

static WorkbookCell *
add_row (Workbook *book)
{
  WorkbookCell *cells = g_new0 (WorkbookCell, book->n_columns);

  for (guint c = 0; c < book->n_columns; c++)
    cells[c].span = 1;
  g_ptr_array_add (book->rows, cells);
  return cells;
}

static void
set_cell (WorkbookCell  *cell,
          const char    *text,
          WorkbookStyle  style,
          guint          span)
{
  g_free (cell->text);
  cell->text = text != NULL && *text != '\0' ? _alignment_workbook_clean (text) : NULL;
  cell->style = style;
  cell->span = span;
}

/* How many lines the wrapped text of a row needs in its columns' widths.
 * Neither Excel nor LibreOffice fits a row of a workbook they open to
 * its text (and none fits merged cells), so the rows carry their
 * height; a character is taken a little wider than a width unit. */
static guint
estimate_lines (const Workbook     *book,
                const WorkbookCell *cells)
{
  guint lines = 1;

  for (guint c = 0; c < book->n_columns; c += MAX (cells[c].span, 1))
    {
      guint width = 0;
      guint needed = 0;
      g_auto(GStrv) paragraphs = NULL;

      if (cells[c].text == NULL || cells[c].julian != 0 || cells[c].style == WORKBOOK_STYLE_TITLE
          || cells[c].style == WORKBOOK_STYLE_GROUP)
        continue;
      for (guint k = c; k < c + MAX (cells[c].span, 1) && k < book->n_columns; k++)
        width += book->widths[k];

      paragraphs = g_strsplit (cells[c].text, "\n", -1);
      for (guint i = 0; paragraphs[i] != NULL; i++)
        needed += MAX (1, (guint) ceil (g_utf8_strlen (paragraphs[i], -1) * 1.15 / MAX (width, 1)));
      lines = MAX (lines, needed);
    }

  /* past that, a row would hide the others */
  return MIN (lines, 30);
}

static Workbook *
layout_case (AlignmentCase *self)
{
  Workbook *book = g_new0 (Workbook, 1);
  AlignmentSignal **signals;
  WorkbookCell *cells;
  guint n;

  book->name = "Signals";
  book->n_columns = ALIGNMENT_N_COLUMNS;
  book->widths = column_widths;
  book->rows = g_ptr_array_new ();

  /* As in the delimited export: a context without a title would read
   * back as the title, so it goes only under one. */
  if (*alignment_case_get_title (self) != '\0')
    {
      const char *context = alignment_case_get_context (self);

      set_cell (&add_row (book)[0], alignment_case_get_title (self), WORKBOOK_STYLE_TITLE, ALIGNMENT_N_COLUMNS);
      if (*context != '\0')
        set_cell (&add_row (book)[0], context, WORKBOOK_STYLE_WRAP, ALIGNMENT_N_COLUMNS);
    }

  cells = add_row (book);
  set_cell (&cells[ALIGNMENT_COLUMN_CUSTOMER_CONTRACTUAL], "Impact on Customer", WORKBOOK_STYLE_GROUP, ALIGNMENT_N_REALMS);
  set_cell (&cells[ALIGNMENT_COLUMN_PROVIDER_CONTRACTUAL], "Impact on Service provider", WORKBOOK_STYLE_GROUP, ALIGNMENT_N_REALMS);

  cells = add_row (book);
  for (guint c = 0; c < ALIGNMENT_N_COLUMNS; c++)
    set_cell (&cells[c],
              c < ALIGNMENT_COLUMN_CUSTOMER_CONTRACTUAL || c > ALIGNMENT_COLUMN_PROVIDER_RELATIONAL
              ? alignment_column_get_header (c)
              : trust_headers[(c - ALIGNMENT_COLUMN_CUSTOMER_CONTRACTUAL) % ALIGNMENT_N_REALMS],
              WORKBOOK_STYLE_HEADING, 1);
  book->frozen_rows = book->rows->len;

  signals = alignment_case_peek_signals (self, &n);
  for (guint i = 0; i < n; i++)
    {
      g_auto(GStrv) row = _alignment_export_signal_row (self, signals[i]);
      guint32 start = alignment_signal_get_start_julian (signals[i]);
      guint32 end = alignment_signal_get_end_julian (signals[i]);

      cells = add_row (book);
      for (guint c = 0; c < ALIGNMENT_N_COLUMNS; c++)
        set_cell (&cells[c], row[c], WORKBOOK_STYLE_TEXT, 1);
      cells[ALIGNMENT_COLUMN_START].julian = start;
      cells[ALIGNMENT_COLUMN_END].julian = end;
      cells[ALIGNMENT_COLUMN_START].style = start != 0 ? WORKBOOK_STYLE_DATE : WORKBOOK_STYLE_TEXT;
      cells[ALIGNMENT_COLUMN_END].style = end != 0 ? WORKBOOK_STYLE_DATE : WORKBOOK_STYLE_TEXT;
    }

  book->lines = g_array_sized_new (FALSE, FALSE, sizeof (guint), book->rows->len);
  for (guint r = 0; r < book->rows->len; r++)
    {
      guint lines = estimate_lines (book, g_ptr_array_index (book->rows, r));

      g_array_append_val (book->lines, lines);
    }

  return book;
}

char *
_alignment_workbook_clean (const char *text)
{
  GString *out = g_string_sized_new (strlen (text));

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar ch = g_utf8_get_char_validated (p, -1);

      if (ch == (gunichar) -1 || ch == (gunichar) -2)
        break;
      if (ch == '\r')
        {
          if (p[1] != '\n')
            g_string_append_c (out, '\n');
          continue;
        }
      if ((ch < 0x20 && ch != '\t' && ch != '\n') || ch == 0xFFFE || ch == 0xFFFF
          || (ch >= 0xD800 && ch <= 0xDFFF))
        continue;
      g_string_append_unichar (out, ch);
    }

  return g_string_free (out, FALSE);
}

/* ---- XML parts and the zip ------------------------------------------------ */

xmlTextWriterPtr
_alignment_workbook_xml_begin (xmlBufferPtr *buffer)
{
  xmlTextWriterPtr writer;

  *buffer = xmlBufferCreate ();
  writer = xmlNewTextWriterMemory (*buffer, 0);
  xmlTextWriterStartDocument (writer, "1.0", "UTF-8", "yes");
  return writer;
}

GBytes *
_alignment_workbook_xml_end (xmlTextWriterPtr writer,
                             xmlBufferPtr     buffer)
{
  GBytes *bytes;

  xmlTextWriterEndDocument (writer);
  xmlFreeTextWriter (writer);
  bytes = g_bytes_new (xmlBufferContent (buffer), (gsize) xmlBufferLength (buffer));
  xmlBufferFree (buffer);
  return bytes;
}

static la_ssize_t
zip_write_cb (struct archive *archive,
              void           *user_data,
              const void     *buffer,
              size_t          length)
{
  g_byte_array_append (user_data, buffer, (guint) length);
  return (la_ssize_t) length;
}

struct archive *
_alignment_workbook_zip_new (GByteArray *out)
{
  struct archive *zip = archive_write_new ();

  archive_write_set_format_zip (zip);
  /* A zip is not a tape: no padding after its last byte. */
  archive_write_set_bytes_in_last_block (zip, 1);
  archive_write_open2 (zip, out, NULL, zip_write_cb, NULL, NULL);
  return zip;
}

static gboolean
zip_error (struct archive  *zip,
           GError         **error)
{
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
               _("The workbook could not be made: %s."), archive_error_string (zip));
  return FALSE;
}

gboolean
_alignment_workbook_zip_add (struct archive  *zip,
                             const char      *path,
                             GBytes          *data,
                             gboolean         store,
                             GError         **error)
{
  struct archive_entry *entry = archive_entry_new ();
  gsize length;
  const guint8 *bytes = g_bytes_get_data (data, &length);
  gboolean ok;

  archive_entry_set_pathname (entry, path);
  archive_entry_set_filetype (entry, AE_IFREG);
  archive_entry_set_perm (entry, 0644);
  archive_entry_set_size (entry, (la_int64_t) length);
  archive_entry_set_mtime (entry, (time_t) (g_get_real_time () / G_USEC_PER_SEC), 0);

  if (store)
    archive_write_zip_set_compression_store (zip);
  else
    archive_write_zip_set_compression_deflate (zip);

  ok = archive_write_header (zip, entry) == ARCHIVE_OK
       && (length == 0 || archive_write_data (zip, bytes, length) == (la_ssize_t) length);
  archive_entry_free (entry);

  return ok || zip_error (zip, error);
}

gboolean
_alignment_workbook_zip_close (struct archive  *zip,
                               GError         **error)
{
  gboolean ok = archive_write_close (zip) == ARCHIVE_OK || zip_error (zip, error);

  archive_write_free (zip);
  return ok;
}

/* ---- The workbook --------------------------------------------------------- */

GBytes *
alignment_case_to_workbook (AlignmentCase            *self,
                            AlignmentWorkbookFormat   format,
                            GError                  **error)
{
  g_autoptr(Workbook) book = NULL;
  g_autoptr(GByteArray) out = g_byte_array_new ();
  struct archive *zip;
  gboolean ok;

  g_return_val_if_fail (ALIGNMENT_IS_CASE (self), NULL);

  book = layout_case (self);
  zip = _alignment_workbook_zip_new (out);
  if (format == ALIGNMENT_WORKBOOK_ODS)
    ok = _alignment_workbook_write_ods (book, zip, error);
  else
    ok = _alignment_workbook_write_xlsx (book, zip, error);

  if (!ok)
    {
      archive_write_free (zip);
      return NULL;
    }
  if (!_alignment_workbook_zip_close (zip, error))
    return NULL;

  return g_byte_array_free_to_bytes (g_steal_pointer (&out));
}

gboolean
alignment_case_save_workbook (AlignmentCase            *self,
                              GFile                    *file,
                              AlignmentWorkbookFormat   format,
                              GCancellable             *cancellable,
                              GError                  **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GError) local_error = NULL;
  gsize length;
  const char *data;
  gboolean ok;

  g_return_val_if_fail (ALIGNMENT_IS_CASE (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  bytes = alignment_case_to_workbook (self, format, error);
  if (bytes == NULL)
    return FALSE;
  data = g_bytes_get_data (bytes, &length);

  /* Both write a new file beside the old one and rename it over it. */
  path = g_file_get_path (file);
  if (path != NULL)
    ok = g_file_set_contents_full (path, data, (gssize) length,
                                   G_FILE_SET_CONTENTS_CONSISTENT | G_FILE_SET_CONTENTS_DURABLE,
                                   0666, &local_error);
  else
    ok = g_file_replace_contents (file, data, length, NULL, FALSE, G_FILE_CREATE_NONE,
                                  NULL, cancellable, &local_error);

  if (!ok)
    {
      g_autofree char *name = g_file_get_parse_name (file);

      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_propagate_error (error, g_steal_pointer (&local_error));
      else
        g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                     _("Could not export to “%s”: %s"), name, local_error->message);
    }

  return ok;
}
