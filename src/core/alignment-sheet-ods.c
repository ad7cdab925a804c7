/* alignment-sheet-ods.c: one table of an OpenDocument spreadsheet
 *
 * LibreOffice Calc, the spreadsheet of a GNOME desktop, saves .ods: a zip
 * (unpacked, bounded, by the XLSX reader) whose content.xml holds every
 * table.  It is read with libxml2's streaming reader.  Repeats are how
 * ODS stores empty space (a sheet ends in a row repeated a million
 * times): empty repeats only move the row or column on, and repeats of
 * text are bounded, so no sheet costs more than its text.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "alignment-i18n.h"

#include "alignment-sheet-private.h"

/* As for XLSX: no signal log comes near these. */
#define MAX_COLUMN       1024
#define MAX_ROW          1048576
/* A row or cell of text repeated more often than this is not a signal
 * log's: it is refused rather than copied. */
#define MAX_TEXT_REPEATS 1000

#define CONTENT "content.xml"

static guint
repeats (xmlTextReaderPtr  reader,
         const char       *name)
{
  g_autofree char *value = _alignment_sheet_attribute (reader, name);
  guint64 n = value != NULL ? g_ascii_strtoull (value, NULL, 10) : 1;

  return (guint) CLAMP (n, 1, MAX_ROW);
}

/* Appends the text of a <text:p> or <text:h>, leaving the reader on its
 * end: <text:s text:c="3"/> is three spaces, <text:line-break/> a line
 * break, <text:tab/> a tab; notes and annotations are not the cell's. */
static gboolean
paragraph_text (xmlTextReaderPtr   reader,
                GString           *text,
                GError           **error)
{
  int depth = xmlTextReaderDepth (reader);
  int skip_depth = -1;

  if (xmlTextReaderIsEmptyElement (reader))
    return TRUE;

  while (_alignment_sheet_next_node (reader, error))
    {
      int type = xmlTextReaderNodeType (reader);
      int here = xmlTextReaderDepth (reader);
      const char *local = (const char *) xmlTextReaderConstLocalName (reader);

      if (type == XML_READER_TYPE_END_ELEMENT && here == depth)
        return TRUE;

      if (skip_depth >= 0)
        {
          if (type == XML_READER_TYPE_END_ELEMENT && here == skip_depth)
            skip_depth = -1;
          continue;
        }

      if (type == XML_READER_TYPE_ELEMENT)
        {
          if (g_str_equal (local, "s"))
            {
              g_autofree char *c = _alignment_sheet_attribute (reader, "text:c");
              guint64 n = c != NULL ? g_ascii_strtoull (c, NULL, 10) : 1;

              for (guint64 i = 0; i < MIN (n, MAX_COLUMN); i++)
                g_string_append_c (text, ' ');
            }
          else if (g_str_equal (local, "line-break"))
            g_string_append_c (text, '\n');
          else if (g_str_equal (local, "tab"))
            g_string_append_c (text, '\t');
          else if ((g_str_equal (local, "note") || g_str_equal (local, "annotation"))
                   && !xmlTextReaderIsEmptyElement (reader))
            skip_depth = here;
        }
      else if (type == XML_READER_TYPE_TEXT || type == XML_READER_TYPE_SIGNIFICANT_WHITESPACE)
        g_string_append (text, (const char *) xmlTextReaderConstValue (reader));
    }

  return FALSE;
}

/* The text of the current cell, leaving the reader on its end: its
 * paragraphs, one a line, or for a date cell the date as ISO 8601. */
static char *
cell_text (xmlTextReaderPtr   reader,
           GError           **error)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *type = _alignment_sheet_attribute (reader, "office:value-type");
  g_autofree char *date = _alignment_sheet_attribute (reader, "office:date-value");
  int depth = xmlTextReaderDepth (reader);
  guint n_paragraphs = 0;

  if (!xmlTextReaderIsEmptyElement (reader))
    {
      for (;;)
        {
          int node;

          if (!_alignment_sheet_next_node (reader, error))
            return NULL;
          node = xmlTextReaderNodeType (reader);
          if (node == XML_READER_TYPE_END_ELEMENT && xmlTextReaderDepth (reader) == depth)
            break;
          if (node != XML_READER_TYPE_ELEMENT)
            continue;

          if (_alignment_sheet_is_element (reader, "p") || _alignment_sheet_is_element (reader, "h"))
            {
              if (n_paragraphs++ > 0)
                g_string_append_c (text, '\n');
              if (!paragraph_text (reader, text, error))
                return NULL;
            }
          else if (_alignment_sheet_is_element (reader, "annotation")
                   && !xmlTextReaderIsEmptyElement (reader))
            {
              /* A comment on the cell: not its text. */
              int annotation = xmlTextReaderDepth (reader);

              do
                if (!_alignment_sheet_next_node (reader, error))
                  return NULL;
              while (!(xmlTextReaderNodeType (reader) == XML_READER_TYPE_END_ELEMENT
                       && xmlTextReaderDepth (reader) == annotation));
            }
        }
    }

  /* "2024-02-01" or "2024-02-01T10:30:00": the day is what a signal has. */
  if (g_strcmp0 (type, "date") == 0 && date != NULL && strlen (date) >= 10)
    return g_strndup (date, 10);

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
add_rows (AlignmentSheet *sheet,
          guint           number,
          guint           n,
          GPtrArray      *cells)
{
  for (guint i = 0; i + 1 < n; i++)
    {
      g_autoptr(GPtrArray) copy = g_ptr_array_new_with_free_func (g_free);

      for (guint c = 0; c < cells->len; c++)
        g_ptr_array_add (copy, g_strdup (g_ptr_array_index (cells, c)));
      _alignment_sheet_add_row (sheet, number + i, copy);
    }
  _alignment_sheet_add_row (sheet, number + n - 1, cells);
}

static gboolean
has_text (GPtrArray *cells)
{
  for (guint i = 0; i < cells->len; i++)
    if (*(const char *) g_ptr_array_index (cells, i) != '\0')
      return TRUE;
  return FALSE;
}

static gboolean
too_many (GError **error)
{
  g_set_error (error, ALIGNMENT_SHEET_ERROR, ALIGNMENT_SHEET_ERROR_TOO_LARGE,
               _("The sheet repeats a row or cell of text %d times or more, far more than a signal log needs: it is not read."),
               MAX_TEXT_REPEATS);
  return FALSE;
}

/* Reads the rows of the <table:table> the reader is on. */
static gboolean
read_table (xmlTextReaderPtr   reader,
            AlignmentSheet    *sheet,
            GError           **error)
{
  g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func (g_free);
  int depth = xmlTextReaderDepth (reader);
  guint row_number = 1;
  guint row_repeats = 1;
  gboolean in_row = FALSE;

  if (xmlTextReaderIsEmptyElement (reader))
    return TRUE;

  while (_alignment_sheet_next_node (reader, error))
    {
      int node = xmlTextReaderNodeType (reader);
      const char *local = (const char *) xmlTextReaderConstLocalName (reader);

      if (node == XML_READER_TYPE_END_ELEMENT && xmlTextReaderDepth (reader) == depth)
        return TRUE;

      if (g_strcmp0 (local, "table-row") == 0)
        {
          gboolean ends = node == XML_READER_TYPE_END_ELEMENT;

          if (node == XML_READER_TYPE_ELEMENT)
            {
              row_repeats = repeats (reader, "table:number-rows-repeated");
              in_row = TRUE;
              ends = xmlTextReaderIsEmptyElement (reader);
            }
          if (ends && in_row)
            {
              /* Empty rows repeated only move the row number on. */
              if (has_text (cells))
                {
                  if (row_repeats > MAX_TEXT_REPEATS)
                    return too_many (error);
                  add_rows (sheet, row_number, row_repeats, cells);
                }
              g_ptr_array_set_size (cells, 0);
              row_number = (guint) MIN ((guint64) row_number + row_repeats, MAX_ROW);
              in_row = FALSE;
            }
          continue;
        }

      if (in_row && node == XML_READER_TYPE_ELEMENT
          && (g_strcmp0 (local, "table-cell") == 0 || g_strcmp0 (local, "covered-table-cell") == 0))
        {
          /* A covered cell is the hidden part of a merged one: it takes
           * its column, empty, so the columns after it stay in place. */
          guint n = repeats (reader, "table:number-columns-repeated");
          g_autofree char *text = cell_text (reader, error);

          if (text == NULL)
            return FALSE;
          if (*text != '\0' && n > MAX_TEXT_REPEATS)
            return too_many (error);

          for (guint i = 0; i < n && cells->len < MAX_COLUMN; i++)
            g_ptr_array_add (cells, g_strdup (text));
        }
    }

  return FALSE;
}

/* Calls @found for each <table:table> of content.xml, with its name,
 * until it returns FALSE. */
typedef gboolean (*TableFound) (xmlTextReaderPtr reader, const char *name, gpointer data, GError **error);

static gboolean
for_each_table (GHashTable  *parts,
                TableFound   found,
                gpointer     data,
                GError     **error)
{
  xmlTextReaderPtr reader = _alignment_sheet_part_reader (parts, CONTENT);
  g_autoptr(GError) local_error = NULL;

  if (reader == NULL)
    {
      g_set_error (error, ALIGNMENT_SHEET_ERROR, ALIGNMENT_SHEET_ERROR_FORMAT,
                   _("The workbook is damaged: its sheet cannot be read."));
      return FALSE;
    }

  while (_alignment_sheet_next_node (reader, &local_error))
    if (_alignment_sheet_is_element (reader, "table")
        && g_strcmp0 ((const char *) xmlTextReaderConstNamespaceUri (reader),
                      "urn:oasis:names:tc:opendocument:xmlns:table:1.0") == 0)
      {
        g_autofree char *name = _alignment_sheet_attribute (reader, "table:name");

        if (!found (reader, name != NULL ? name : "", data, &local_error))
          break;
      }
  xmlFreeTextReader (reader);

  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  return TRUE;
}

typedef struct
{
  const char     *wanted;
  AlignmentSheet *sheet;
  gboolean        read;
  GString        *names;
} Reading;

static gboolean
read_wanted_table (xmlTextReaderPtr   reader,
                   const char        *name,
                   gpointer           data,
                   GError           **error)
{
  Reading *reading = data;

  if (reading->wanted != NULL && !g_str_equal (name, reading->wanted))
    {
      g_string_append_printf (reading->names, "%s“%s”", reading->names->len ? ", " : "", name);
      return TRUE;
    }

  reading->read = TRUE;
  read_table (reader, reading->sheet, error);
  return FALSE;
}

AlignmentSheet *
_alignment_sheet_read_ods_content (GHashTable  *parts,
                                   const char  *sheet_name,
                                   GError     **error)
{
  g_autoptr(AlignmentSheet) sheet = _alignment_sheet_new ();
  g_autoptr(GString) names = g_string_new (NULL);
  Reading reading = { sheet_name, sheet, FALSE, names };

  sheet->source = g_strdup ("ODS");
  if (!for_each_table (parts, read_wanted_table, &reading, error))
    return NULL;

  if (!reading.read)
    {
      _alignment_sheet_set_no_sheet_error (error, sheet_name, names->str);
      return NULL;
    }

  return _alignment_sheet_finish (g_steal_pointer (&sheet), error);
}

static gboolean
add_name (xmlTextReaderPtr   reader,
          const char        *name,
          gpointer           data,
          GError           **error)
{
  g_strv_builder_add (data, name);
  return TRUE;
}

GStrv
_alignment_sheet_list_ods_sheets (GHashTable  *parts,
                                  GError     **error)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) names = NULL;

  if (!for_each_table (parts, add_name, builder, error))
    return NULL;

  names = g_strv_builder_end (builder);
  if (names[0] == NULL)
    {
      _alignment_sheet_set_no_sheet_error (error, NULL, NULL);
      return NULL;
    }
  return g_steal_pointer (&names);
}
