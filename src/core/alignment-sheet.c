/* alignment-sheet.c: delimited text (CSV, TSV) into rows of cells
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "alignment-i18n.h"

#include "alignment-sheet-private.h"

G_DEFINE_QUARK (alignment-sheet-error-quark, alignment_sheet_error)

/* Bounds that keep hostile input from costing unbounded memory; a real
 * signal log is far below them. */
#define MAX_COLUMNS 1024

static void
sheet_row_free (AlignmentSheetRow *row)
{
  g_strfreev (row->cells);
  g_free (row);
}

void
alignment_sheet_free (AlignmentSheet *sheet)
{
  if (sheet == NULL)
    return;

  g_clear_pointer (&sheet->rows, g_ptr_array_unref);
  g_free (sheet->source);
  g_free (sheet);
}

const char *
alignment_sheet_row_cell (const AlignmentSheetRow *row,
                          guint                    column)
{
  return column < row->n_cells ? row->cells[column] : "";
}

AlignmentSheet *
_alignment_sheet_new (void)
{
  AlignmentSheet *sheet = g_new0 (AlignmentSheet, 1);

  sheet->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) sheet_row_free);
  return sheet;
}

AlignmentSheet *
_alignment_sheet_finish (AlignmentSheet  *sheet,
                         GError         **error)
{
  if (sheet->rows->len == 0)
    {
      g_set_error (error, ALIGNMENT_SHEET_ERROR, ALIGNMENT_SHEET_ERROR_EMPTY,
                   _("The sheet is empty."));
      alignment_sheet_free (sheet);
      return NULL;
    }
  return sheet;
}

void
_alignment_sheet_set_no_sheet_error (GError     **error,
                                     const char  *name,
                                     const char  *names)
{
  if (name != NULL)
    g_set_error (error, ALIGNMENT_SHEET_ERROR, ALIGNMENT_SHEET_ERROR_NO_SHEET,
                 _("The workbook has no sheet “%s”; its sheets are %s."), name, names);
  else
    g_set_error (error, ALIGNMENT_SHEET_ERROR, ALIGNMENT_SHEET_ERROR_NO_SHEET,
                 _("The workbook has no sheets."));
}

void
_alignment_sheet_add_row (AlignmentSheet *sheet,
                          guint           number,
                          GPtrArray      *cells)
{
  AlignmentSheetRow *row;
  gboolean blank = TRUE;

  for (guint i = 0; i < cells->len && blank; i++)
    for (const char *p = g_ptr_array_index (cells, i); *p && blank; p++)
      if (!g_ascii_isspace (*p))
        blank = FALSE;

  if (blank)
    {
      g_ptr_array_set_size (cells, 0);
      return;
    }

  /* Trailing empty cells carry nothing. */
  while (cells->len > 0 && *(const char *) g_ptr_array_index (cells, cells->len - 1) == '\0')
    g_ptr_array_remove_index (cells, cells->len - 1);

  row = g_new0 (AlignmentSheetRow, 1);
  row->number = number;
  row->n_cells = cells->len;
  g_ptr_array_add (cells, NULL);
  row->cells = (char **) g_ptr_array_steal (cells, NULL);
  sheet->n_columns = MAX (sheet->n_columns, row->n_cells);
  g_ptr_array_add (sheet->rows, row);
}

typedef struct
{
  const char *p;
  const char *end;
} Cursor;

/* Reads one record of @delimiter-separated cells at @cursor into @cells
 * (owned strings).  Returns FALSE at the end of the input. */
static gboolean
read_record (Cursor    *cursor,
             char       delimiter,
             GPtrArray *cells,
             GString   *cell)
{
  const char *p = cursor->p;
  const char *end = cursor->end;

  if (p >= end)
    return FALSE;

  g_string_truncate (cell, 0);

  while (p < end)
    {
      if (*p == '"' && cell->len == 0)
        {
          /* A quoted cell: delimiters and line breaks are text until the
           * closing quote; "" is a quote. */
          p++;
          while (p < end)
            {
              const char *run = p;

              while (p < end && *p != '"' && *p != '\r')
                p++;
              g_string_append_len (cell, run, p - run);
              if (p == end)
                break;

              if (*p == '"')
                {
                  if (p + 1 < end && p[1] == '"')
                    {
                      g_string_append_c (cell, '"');
                      p += 2;
                      continue;
                    }
                  p++;
                  break;
                }
              if (p + 1 < end && p[1] == '\n')
                p++;
              g_string_append_c (cell, *p++);
            }
          /* Text after the closing quote belongs to the same cell, as
           * spreadsheet programs read it. */
          continue;
        }

      if (*p == delimiter)
        {
          if (cells->len < MAX_COLUMNS)
            g_ptr_array_add (cells, g_strndup (cell->str, cell->len));
          g_string_truncate (cell, 0);
          p++;
          continue;
        }

      if (*p == '\n' || *p == '\r')
        {
          if (*p == '\r' && p + 1 < end && p[1] == '\n')
            p++;
          p++;
          break;
        }

      /* Plain text up to the next delimiter or line break; a quote in
       * it is text. */
      {
        const char *run = p;

        while (p < end && *p != delimiter && *p != '\n' && *p != '\r')
          p++;
        g_string_append_len (cell, run, p - run);
      }
    }

  if (cells->len < MAX_COLUMNS)
    g_ptr_array_add (cells, g_strndup (cell->str, cell->len));
  cursor->p = p;
  return TRUE;
}

/* The delimiter is the candidate that splits the first records into the
 * same number of cells most often, and into more than one. */
static char
detect_delimiter (const char *data,
                  gsize       length)
{
  static const char candidates[] = { '\t', ';', ',' };
  g_autoptr(GString) cell = g_string_new (NULL);
  char best = '\t';
  guint best_score = 0;
  guint best_width = 0;

  for (guint c = 0; c < G_N_ELEMENTS (candidates); c++)
    {
      g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func (g_free);
      g_autoptr(GHashTable) widths = g_hash_table_new (NULL, NULL);
      Cursor cursor = { data, data + MIN (length, 256 * 1024) };
      guint score = 0, width = 0;

      for (guint i = 0; i < 50 && read_record (&cursor, candidates[c], cells, cell); i++)
        {
          guint n = cells->len;
          guint count = GPOINTER_TO_UINT (g_hash_table_lookup (widths, GUINT_TO_POINTER (n))) + 1;

          g_ptr_array_set_size (cells, 0);
          if (n < 2)
            continue;
          g_hash_table_insert (widths, GUINT_TO_POINTER (n), GUINT_TO_POINTER (count));
          if (count > score || (count == score && n > width))
            {
              score = count;
              width = n;
            }
        }

      if (score > best_score || (score == best_score && width > best_width))
        {
          best = candidates[c];
          best_score = score;
          best_width = width;
        }
    }

  return best;
}

/* Windows-1252 decoded here rather than by iconv, which refuses the five
 * bytes the code page leaves undefined; Windows itself passes them
 * through as control characters, and so does this. */
static char *
windows_1252_to_utf8 (const char *data,
                      gsize       length,
                      gsize      *written)
{
  static const gunichar high[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
    0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
  };
  GString *out = g_string_sized_new (length + length / 4);

  for (gsize i = 0; i < length; i++)
    {
      guchar c = (guchar) data[i];

      if (c < 0x80)
        g_string_append_c (out, (char) c);
      else if (c < 0xA0)
        g_string_append_unichar (out, high[c - 0x80]);
      else
        g_string_append_unichar (out, c);
    }

  *written = out->len;
  return g_string_free (out, FALSE);
}

static const char *
delimiter_name (char delimiter)
{
  switch (delimiter)
    {
    case '\t':
      return _("tab-separated");
    case ';':
      return _("semicolon-separated");
    case ',':
      return _("comma-separated");
    default:
      return "";
    }
}

AlignmentSheet *
alignment_sheet_read_delimited (const char  *data,
                                gsize        length,
                                GError     **error)
{
  g_autoptr(AlignmentSheet) sheet = NULL;
  g_autoptr(GPtrArray) cells = NULL;
  g_autoptr(GString) cell = NULL;
  g_autofree char *recoded = NULL;
  const char *utf16 = NULL;
  Cursor cursor;
  guint number = 0;

  g_return_val_if_fail (data != NULL || length == 0, NULL);

  sheet = _alignment_sheet_new ();

  /* Excel's "Unicode Text" is UTF-16 with a byte-order mark (little-endian,
   * tabs, CRLF): read it as the same sheet in UTF-8.  Without the mark
   * UTF-16 is not told from binary data, and is refused as such below. */
  if (length >= 2 && (memcmp (data, "\xFF\xFE", 2) == 0 || memcmp (data, "\xFE\xFF", 2) == 0))
    {
      const char *encoding = data[0] == '\xFF' ? "UTF-16LE" : "UTF-16BE";
      gsize written = 0;

      recoded = g_convert (data + 2, length - 2, "UTF-8", encoding, NULL, &written, NULL);
      if (recoded == NULL)
        {
          g_set_error (error, ALIGNMENT_SHEET_ERROR, ALIGNMENT_SHEET_ERROR_FORMAT,
                       _("This is not a text sheet: it holds binary data."));
          return NULL;
        }
      data = recoded;
      length = written;
      utf16 = encoding[6] == 'L' ? "UTF-16 LE" : "UTF-16 BE";
    }

  if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    {
      data += 3;
      length -= 3;
    }

  if (memchr (data, '\0', length) != NULL)
    {
      g_set_error (error, ALIGNMENT_SHEET_ERROR, ALIGNMENT_SHEET_ERROR_FORMAT,
                   _("This is not a text sheet: it holds binary data."));
      return NULL;
    }

  if (utf16 == NULL && !g_utf8_validate_len (data, length, NULL))
    {
      /* Older Excel versions export in the Windows code page. */
      gsize written = 0;

      recoded = windows_1252_to_utf8 (data, length, &written);
      data = recoded;
      length = written;
      sheet->recoded = TRUE;
    }

  sheet->delimiter = detect_delimiter (data, length);
  sheet->source = g_strdup_printf ("%s, %s",
                                   utf16 != NULL ? utf16 : sheet->recoded ? "Windows-1252" : "UTF-8",
                                   delimiter_name (sheet->delimiter));

  cells = g_ptr_array_new_with_free_func (g_free);
  cell = g_string_new (NULL);
  cursor.p = data;
  cursor.end = data + length;
  while (read_record (&cursor, sheet->delimiter, cells, cell))
    {
      _alignment_sheet_add_row (sheet, ++number, cells);
      g_ptr_array_set_size (cells, 0);
    }

  return _alignment_sheet_finish (g_steal_pointer (&sheet), error);
}
