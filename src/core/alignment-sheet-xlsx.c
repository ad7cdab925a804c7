/* alignment-sheet-xlsx.c: one worksheet of an Office Open XML workbook
 *
 * The zip is read with libarchive and each part with libxml2's streaming
 * reader, so that neither a zip bomb nor a sheet of a million empty rows
 * can take more than the bounds below.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <archive.h>
#include <archive_entry.h>
#include "alignment-i18n.h"
#include <libxml/xmlreader.h>

#include "alignment-case-xml-private.h"
#include "alignment-date.h"
#include "alignment-sheet-private.h"

/* No part of a real workbook of signals comes near these. */
#define MAX_PART_SIZE   (256 * 1024 * 1024)
#define MAX_TOTAL_SIZE  (512 * 1024 * 1024)
#define MAX_COLUMN      1024

typedef struct
{
  GHashTable *parts; /* path → GBytes, only the parts we need */
} Workbook;

typedef gboolean (*PartFilter) (const char *path);

/* content.xml is an OpenDocument spreadsheet's: the same zip, read by
 * alignment-sheet-ods.c. */
static gboolean
wanted_part (const char *path)
{
  return g_str_equal (path, "content.xml")
      || g_str_equal (path, "xl/workbook.xml")
      || g_str_equal (path, "xl/_rels/workbook.xml.rels")
      || g_str_equal (path, "xl/sharedStrings.xml")
      || g_str_equal (path, "xl/styles.xml")
      || (g_str_has_prefix (path, "xl/worksheets/") && g_str_has_suffix (path, ".xml"));
}

/* Listing the sheets needs the workbook part alone: the worksheets,
 * however large, are not even inflated. */
static gboolean
workbook_part (const char *path)
{
  return g_str_equal (path, "xl/workbook.xml") || g_str_equal (path, "content.xml");
}

static gboolean
read_zip (GBytes      *data,
          PartFilter   wanted,
          Workbook    *workbook,
          GError     **error)
{
  struct archive *archive = archive_read_new ();
  struct archive_entry *entry;
  gsize total = 0;
  gboolean ok = TRUE;
  gsize length;
  const void *bytes = g_bytes_get_data (data, &length);

  archive_read_support_format_zip (archive);
  if (archive_read_open_memory (archive, bytes, length) != ARCHIVE_OK)
    {
      g_set_error (error, ALIGNMENT_SHEET_ERROR, ALIGNMENT_SHEET_ERROR_FORMAT,
                   _("This is not an XLSX workbook: %s."), archive_error_string (archive));
      archive_read_free (archive);
      return FALSE;
    }

  while (ok)
    {
      const char *path;
      g_autoptr(GByteArray) buffer = NULL;
      int r = archive_read_next_header (archive, &entry);

      if (r == ARCHIVE_EOF)
        break;
      if (r != ARCHIVE_OK && r != ARCHIVE_WARN)
        {
          g_set_error (error, ALIGNMENT_SHEET_ERROR, ALIGNMENT_SHEET_ERROR_FORMAT,
                       _("The workbook is damaged: %s."), archive_error_string (archive));
          ok = FALSE;
          break;
        }

      path = archive_entry_pathname (entry);
      if (path == NULL || !wanted (path))
        continue;

      /* Count what is really inflated, not what the header claims. */
      buffer = g_byte_array_new ();
      for (;;)
        {
          char chunk[65536];
          la_ssize_t n = archive_read_data (archive, chunk, sizeof chunk);

          if (n == 0)
            break;
          if (n < 0)
            {
              g_set_error (error, ALIGNMENT_SHEET_ERROR, ALIGNMENT_SHEET_ERROR_FORMAT,
                           _("The workbook is damaged: %s."), archive_error_string (archive));
              ok = FALSE;
              break;
            }
          total += (gsize) n;
          if (buffer->len + (gsize) n > MAX_PART_SIZE || total > MAX_TOTAL_SIZE)
            {
              g_set_error (error, ALIGNMENT_SHEET_ERROR, ALIGNMENT_SHEET_ERROR_TOO_LARGE,
                           _("The workbook unpacks to more than %d MB, far more than a signal log needs: it is not read."),
                           (total > MAX_TOTAL_SIZE ? MAX_TOTAL_SIZE : MAX_PART_SIZE) / (1024 * 1024));
              ok = FALSE;
              break;
            }
          g_byte_array_append (buffer, (const guint8 *) chunk, (guint) n);
        }

      if (ok)
        g_hash_table_insert (workbook->parts, g_strdup (path),
                             g_byte_array_free_to_bytes (g_steal_pointer (&buffer)));
    }

  archive_read_free (archive);
  return ok;
}

xmlTextReaderPtr
_alignment_sheet_part_reader (GHashTable *parts,
                              const char *path)
{
  GBytes *bytes = g_hash_table_lookup (parts, path);
  gsize length;
  const char *data;

  if (bytes == NULL)
    return NULL;

  data = g_bytes_get_data (bytes, &length);
  if (length > G_MAXINT)
    return NULL;

  /* No network, no entities, no DTD: a part is plain data. */
  return xmlReaderForMemory (data, (int) length, path, NULL,
                             XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
}

gboolean
_alignment_sheet_is_element (xmlTextReaderPtr  reader,
                             const char       *name)
{
  return xmlTextReaderNodeType (reader) == XML_READER_TYPE_ELEMENT
      && g_strcmp0 ((const char *) xmlTextReaderConstLocalName (reader), name) == 0;
}

char *
_alignment_sheet_attribute (xmlTextReaderPtr  reader,
                            const char       *name)
{
  xmlChar *value = xmlTextReaderGetAttribute (reader, (const xmlChar *) name);
  char *copy = g_strdup ((const char *) value);

  xmlFree (value);
  return copy;
}

/* A DTD in a workbook part means someone crafted it: refuse. */
gboolean
_alignment_sheet_next_node (xmlTextReaderPtr   reader,
                            GError           **error)
{
  int r = xmlTextReaderRead (reader);

  if (r == 1 && xmlTextReaderNodeType (reader) == XML_READER_TYPE_DOCUMENT_TYPE)
    {
      g_set_error (error, ALIGNMENT_SHEET_ERROR, ALIGNMENT_SHEET_ERROR_FORMAT,
                   _("The workbook declares a document type, which XLSX files never do: it is not read."));
      return FALSE;
    }
  if (r < 0)
    {
      g_set_error (error, ALIGNMENT_SHEET_ERROR, ALIGNMENT_SHEET_ERROR_FORMAT,
                   _("The workbook is damaged: a part is not well-formed XML."));
      return FALSE;
    }
  return r == 1;
}

/* Finds the worksheet part of @name (or the first sheet) through the
 * workbook and its relationships. */
static char *
find_sheet_path (Workbook    *workbook,
                 const char  *name,
                 GError     **error)
{
  g_autofree char *rid = NULL;
  g_autoptr(GString) names = g_string_new (NULL);
  g_autoptr(GError) local_error = NULL;
  xmlTextReaderPtr reader;
  char *path = NULL;

  reader = _alignment_sheet_part_reader (workbook->parts, "xl/workbook.xml");
  if (reader == NULL)
    {
      g_set_error (error, ALIGNMENT_SHEET_ERROR, ALIGNMENT_SHEET_ERROR_FORMAT,
                   _("This is not an XLSX workbook: it has no workbook part."));
      return NULL;
    }

  while (rid == NULL && _alignment_sheet_next_node (reader, &local_error))
    {
      if (_alignment_sheet_is_element (reader, "sheet"))
        {
          g_autofree char *sheet_name = _alignment_sheet_attribute (reader, "name");

          if (name == NULL || g_strcmp0 (sheet_name, name) == 0)
            rid = _alignment_sheet_attribute (reader, "r:id");
          else
            g_string_append_printf (names, "%s“%s”", names->len ? ", " : "", sheet_name);
        }
    }
  xmlFreeTextReader (reader);

  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  if (rid == NULL)
    {
      _alignment_sheet_set_no_sheet_error (error, name, names->str);
      return NULL;
    }

  reader = _alignment_sheet_part_reader (workbook->parts, "xl/_rels/workbook.xml.rels");
  while (reader != NULL && path == NULL && _alignment_sheet_next_node (reader, &local_error))
    {
      if (_alignment_sheet_is_element (reader, "Relationship"))
        {
          g_autofree char *id = _alignment_sheet_attribute (reader, "Id");

          if (g_strcmp0 (id, rid) == 0)
            {
              g_autofree char *target = _alignment_sheet_attribute (reader, "Target");

              if (target == NULL)
                break;
              /* Targets are relative to xl/, or absolute from the root. */
              path = target[0] == '/' ? g_strdup (target + 1) : g_strconcat ("xl/", target, NULL);
            }
        }
    }
  if (reader != NULL)
    xmlFreeTextReader (reader);

  if (local_error != NULL)
    {
      g_free (path);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  if (path == NULL || g_hash_table_lookup (workbook->parts, path) == NULL)
    {
      g_free (path);
      g_set_error (error, ALIGNMENT_SHEET_ERROR, ALIGNMENT_SHEET_ERROR_FORMAT,
                   _("The workbook is damaged: its sheet cannot be found."));
      return NULL;
    }

  return path;
}

/* The text of the current element, including rich-text runs (<r><t>),
 * leaving the reader on its end. */
static char *
element_text (xmlTextReaderPtr   reader,
              const char        *element,
              GError           **error)
{
  g_autoptr(GString) text = g_string_new (NULL);
  int depth = xmlTextReaderDepth (reader);
  gboolean in_phonetic = FALSE;

  if (xmlTextReaderIsEmptyElement (reader))
    return g_strdup ("");

  while (_alignment_sheet_next_node (reader, error))
    {
      int type = xmlTextReaderNodeType (reader);
      const char *local = (const char *) xmlTextReaderConstLocalName (reader);

      if (type == XML_READER_TYPE_END_ELEMENT && xmlTextReaderDepth (reader) == depth)
        return g_string_free (g_steal_pointer (&text), FALSE);

      /* Phonetic guides (<rPh>) are not part of the cell's text. */
      if (g_strcmp0 (local, "rPh") == 0)
        in_phonetic = type == XML_READER_TYPE_ELEMENT && !xmlTextReaderIsEmptyElement (reader);

      if (!in_phonetic && (type == XML_READER_TYPE_TEXT || type == XML_READER_TYPE_SIGNIFICANT_WHITESPACE))
        g_string_append (text, (const char *) xmlTextReaderConstValue (reader));
    }

  if (error != NULL && *error == NULL)
    g_set_error (error, ALIGNMENT_SHEET_ERROR, ALIGNMENT_SHEET_ERROR_FORMAT,
                 _("The workbook is damaged: <%s> is not closed."), element);
  return NULL;
}

static GPtrArray *
read_shared_strings (Workbook  *workbook,
                     GError   **error)
{
  g_autoptr(GPtrArray) strings = g_ptr_array_new_with_free_func (g_free);
  xmlTextReaderPtr reader = _alignment_sheet_part_reader (workbook->parts, "xl/sharedStrings.xml");
  gboolean ok = TRUE;

  if (reader == NULL)
    return g_steal_pointer (&strings);

  while (ok && _alignment_sheet_next_node (reader, error))
    {
      if (_alignment_sheet_is_element (reader, "si"))
        {
          char *text = element_text (reader, "si", error);

          if (text == NULL)
            ok = FALSE;
          else
            g_ptr_array_add (strings, text);
        }
    }
  xmlFreeTextReader (reader);

  if (error != NULL && *error != NULL)
    return NULL;
  return g_steal_pointer (&strings);
}

/* Whether a number format shows a date: the built-in date formats, or a
 * format code with day, month or year outside quotes and brackets. */
static gboolean
format_code_is_date (const char *code)
{
  gboolean in_quote = FALSE, in_bracket = FALSE;

  for (const char *p = code; *p; p++)
    {
      if (*p == '"')
        in_quote = !in_quote;
      else if (!in_quote && *p == '[')
        in_bracket = TRUE;
      else if (!in_quote && *p == ']')
        in_bracket = FALSE;
      else if (!in_quote && !in_bracket && *p == '\\')
        p += p[1] != '\0';
      else if (!in_quote && !in_bracket && strchr ("dDyY", *p) != NULL)
        return TRUE;
    }
  return FALSE;
}

static gboolean
builtin_format_is_date (int id)
{
  return (id >= 14 && id <= 17) || id == 22 || (id >= 27 && id <= 36) || (id >= 50 && id <= 58);
}

/* For each cell style (index of <xf> in <cellXfs>), whether it is a date. */
static GArray *
read_date_styles (Workbook  *workbook,
                  GError   **error)
{
  g_autoptr(GArray) is_date = g_array_new (FALSE, FALSE, sizeof (gboolean));
  g_autoptr(GHashTable) custom = g_hash_table_new (NULL, NULL);
  xmlTextReaderPtr reader = _alignment_sheet_part_reader (workbook->parts, "xl/styles.xml");
  gboolean in_cell_xfs = FALSE;

  if (reader == NULL)
    return g_steal_pointer (&is_date);

  while (_alignment_sheet_next_node (reader, error))
    {
      int type = xmlTextReaderNodeType (reader);
      const char *local = (const char *) xmlTextReaderConstLocalName (reader);

      if (g_strcmp0 (local, "cellXfs") == 0)
        in_cell_xfs = type == XML_READER_TYPE_ELEMENT && !xmlTextReaderIsEmptyElement (reader);
      else if (_alignment_sheet_is_element (reader, "numFmt"))
        {
          g_autofree char *id = _alignment_sheet_attribute (reader, "numFmtId");
          g_autofree char *code = _alignment_sheet_attribute (reader, "formatCode");

          if (id != NULL && code != NULL && format_code_is_date (code))
            g_hash_table_add (custom, GINT_TO_POINTER (atoi (id)));
        }
      else if (in_cell_xfs && _alignment_sheet_is_element (reader, "xf"))
        {
          g_autofree char *id = _alignment_sheet_attribute (reader, "numFmtId");
          int fmt = id != NULL ? atoi (id) : 0;
          gboolean date = builtin_format_is_date (fmt)
                       || g_hash_table_contains (custom, GINT_TO_POINTER (fmt));

          g_array_append_val (is_date, date);
        }
    }
  xmlFreeTextReader (reader);

  if (error != NULL && *error != NULL)
    return NULL;
  return g_steal_pointer (&is_date);
}

/* "AB12" → column 27 (0-based); -1 when not a reference. */
static int
column_of_reference (const char *ref)
{
  int column = 0;
  const char *p = ref;

  if (ref == NULL || !g_ascii_isalpha (*p))
    return -1;

  for (; g_ascii_isalpha (*p); p++)
    {
      column = column * 26 + (g_ascii_toupper (*p) - 'A' + 1);
      if (column > MAX_COLUMN)
        return -1;
    }

  return column - 1;
}

/* Excel's serial day 1 is 1900-01-01 but counts a 29 February 1900 that
 * never was; from 1 March 1900 on, serial + 693594 is GDate's Julian
 * day (serial 61 = 1900-03-01). */
static char *
serial_to_iso (const char *value)
{
  char *end = NULL;
  double serial = g_ascii_strtod (value, &end);
  char buf[11];

  if (end == value || *end != '\0' || serial < 61 || serial > 2958465)
    return NULL;

  alignment_date_format_iso ((guint32) serial + 693594, buf);
  return g_strdup (buf);
}

static void
set_cell (GPtrArray *cells,
          int        column,
          char      *text)
{
  while ((int) cells->len < column)
    g_ptr_array_add (cells, g_strdup (""));

  if ((int) cells->len == column)
    g_ptr_array_add (cells, text);
  else
    {
      g_free (g_ptr_array_index (cells, column));
      g_ptr_array_index (cells, column) = text;
    }
}

static gboolean
read_worksheet (Workbook        *workbook,
                const char      *path,
                GPtrArray       *shared,
                GArray          *date_styles,
                AlignmentSheet  *sheet,
                GError         **error)
{
  g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func (g_free);
  xmlTextReaderPtr reader = _alignment_sheet_part_reader (workbook->parts, path);
  guint row_number = 0;
  gboolean in_row = FALSE;
  /* The current cell */
  g_autofree char *type = NULL;
  int column = -1, next_column = 0, style = 0;

  if (reader == NULL)
    {
      g_set_error (error, ALIGNMENT_SHEET_ERROR, ALIGNMENT_SHEET_ERROR_FORMAT,
                   _("The workbook is damaged: its sheet cannot be read."));
      return FALSE;
    }

  while (_alignment_sheet_next_node (reader, error))
    {
      int node = xmlTextReaderNodeType (reader);
      const char *local = (const char *) xmlTextReaderConstLocalName (reader);

      if (g_strcmp0 (local, "row") == 0)
        {
          if (node == XML_READER_TYPE_ELEMENT)
            {
              g_autofree char *r = _alignment_sheet_attribute (reader, "r");

              /* Rows without a number follow the previous one. */
              row_number = r != NULL ? (guint) g_ascii_strtoull (r, NULL, 10) : row_number + 1;
              next_column = 0;
              in_row = !xmlTextReaderIsEmptyElement (reader);
              if (!in_row)
                continue;
            }
          else if (node == XML_READER_TYPE_END_ELEMENT)
            {
              _alignment_sheet_add_row (sheet, row_number, cells);
              g_ptr_array_set_size (cells, 0);
              in_row = FALSE;
            }
          continue;
        }

      if (!in_row)
        continue;

      if (_alignment_sheet_is_element (reader, "c"))
        {
          g_autofree char *ref = _alignment_sheet_attribute (reader, "r");
          g_autofree char *s = _alignment_sheet_attribute (reader, "s");

          g_free (type);
          type = _alignment_sheet_attribute (reader, "t");
          column = ref != NULL ? column_of_reference (ref) : next_column;
          next_column = column + 1;
          style = s != NULL ? atoi (s) : 0;
        }
      else if (column >= 0 && (_alignment_sheet_is_element (reader, "v") || _alignment_sheet_is_element (reader, "is")))
        {
          gboolean inline_string = g_str_equal (local, "is");
          g_autofree char *text = element_text (reader, local, error);
          char *cell = NULL;

          if (text == NULL)
            break;

          if (inline_string || g_strcmp0 (type, "str") == 0 || g_strcmp0 (type, "inlineStr") == 0)
            cell = g_steal_pointer (&text);
          else if (g_strcmp0 (type, "s") == 0)
            {
              guint64 index = g_ascii_strtoull (text, NULL, 10);

              cell = g_strdup (index < shared->len ? g_ptr_array_index (shared, index) : "");
            }
          else if (g_strcmp0 (type, "b") == 0)
            cell = g_strdup (g_str_equal (text, "1") ? "TRUE" : "FALSE");
          else if (type == NULL || g_str_equal (type, "n"))
            {
              if (style >= 0 && (guint) style < date_styles->len
                  && g_array_index (date_styles, gboolean, style))
                cell = serial_to_iso (text);
              if (cell == NULL)
                cell = g_steal_pointer (&text);
            }
          else
            cell = g_steal_pointer (&text); /* "e": the error text, as shown */

          set_cell (cells, column, cell);
          column = -1;
        }
    }
  xmlFreeTextReader (reader);

  return error == NULL || *error == NULL;
}

static AlignmentSheet *
read_xlsx (GBytes      *data,
           const char  *sheet_name,
           GError     **error)
{
  g_autoptr(AlignmentSheet) sheet = NULL;
  g_autoptr(GPtrArray) shared = NULL;
  g_autoptr(GArray) date_styles = NULL;
  g_autoptr(GHashTable) parts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_bytes_unref);
  g_autofree char *path = NULL;
  Workbook workbook = { parts };

  g_return_val_if_fail (data != NULL, NULL);

  if (!read_zip (data, wanted_part, &workbook, error))
    return NULL;

  if (g_hash_table_contains (parts, "content.xml") && !g_hash_table_contains (parts, "xl/workbook.xml"))
    return _alignment_sheet_read_ods_content (parts, sheet_name, error);

  if ((path = find_sheet_path (&workbook, sheet_name, error)) == NULL
      || (shared = read_shared_strings (&workbook, error)) == NULL
      || (date_styles = read_date_styles (&workbook, error)) == NULL)
    return NULL;

  sheet = _alignment_sheet_new ();
  sheet->source = g_strdup ("XLSX");
  if (!read_worksheet (&workbook, path, shared, date_styles, sheet, error))
    return NULL;

  return _alignment_sheet_finish (g_steal_pointer (&sheet), error);
}

static GStrv
list_xlsx_sheets (GBytes  *data,
                  GError **error)
{
  g_autoptr(GHashTable) parts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_bytes_unref);
  g_autoptr(GStrvBuilder) names = g_strv_builder_new ();
  g_autoptr(GError) local_error = NULL;
  Workbook workbook = { parts };
  xmlTextReaderPtr reader;
  guint n_names = 0;

  g_return_val_if_fail (data != NULL, NULL);

  if (!read_zip (data, workbook_part, &workbook, error))
    return NULL;

  if (g_hash_table_contains (parts, "content.xml") && !g_hash_table_contains (parts, "xl/workbook.xml"))
    return _alignment_sheet_list_ods_sheets (parts, error);

  reader = _alignment_sheet_part_reader (workbook.parts, "xl/workbook.xml");
  if (reader == NULL)
    {
      g_set_error (error, ALIGNMENT_SHEET_ERROR, ALIGNMENT_SHEET_ERROR_FORMAT,
                   _("This is not an XLSX workbook: it has no workbook part."));
      return NULL;
    }

  while (_alignment_sheet_next_node (reader, &local_error))
    {
      if (_alignment_sheet_is_element (reader, "sheet"))
        {
          g_autofree char *name = _alignment_sheet_attribute (reader, "name");

          /* A sheet without a name cannot be asked for by name. */
          if (name != NULL)
            {
              g_strv_builder_add (names, name);
              n_names++;
            }
        }
    }
  xmlFreeTextReader (reader);

  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  if (n_names == 0)
    {
      _alignment_sheet_set_no_sheet_error (error, NULL, NULL);
      return NULL;
    }

  return g_strv_builder_end (names);
}

/* libxml2 reports some errors of a damaged part to its generic handler,
 * which prints; the functions above report them through GError. */
AlignmentSheet *
alignment_sheet_read_xlsx (GBytes      *data,
                           const char  *sheet_name,
                           GError     **error)
{
  AlignmentXmlQuiet quiet;
  AlignmentSheet *sheet;

  alignment_xml_quiet_begin (&quiet);
  sheet = read_xlsx (data, sheet_name, error);
  alignment_xml_quiet_end (&quiet);
  return sheet;
}

GStrv
alignment_sheet_list_xlsx_sheets (GBytes  *data,
                                  GError **error)
{
  AlignmentXmlQuiet quiet;
  GStrv names;

  alignment_xml_quiet_begin (&quiet);
  names = list_xlsx_sheets (data, error);
  alignment_xml_quiet_end (&quiet);
  return names;
}

gboolean
alignment_sheet_is_workbook (GBytes *data)
{
  gsize length;
  const char *bytes = g_bytes_get_data (data, &length);

  /* Zip files start with "PK\3\4". */
  return length >= 4 && memcmp (bytes, "PK\3\4", 4) == 0;
}

AlignmentSheet *
alignment_sheet_read_bytes (GBytes      *data,
                            const char  *sheet_name,
                            GError     **error)
{
  gsize length;
  const char *bytes;

  if (alignment_sheet_is_workbook (data))
    return alignment_sheet_read_xlsx (data, sheet_name, error);

  bytes = g_bytes_get_data (data, &length);
  return alignment_sheet_read_delimited (bytes, length, error);
}

AlignmentSheet *
alignment_sheet_read_file (GFile         *file,
                           const char    *sheet_name,
                           GCancellable  *cancellable,
                           GError       **error)
{
  g_autoptr(GBytes) bytes = NULL;

  bytes = g_file_load_bytes (file, cancellable, NULL, error);
  if (bytes == NULL)
    return NULL;
  return alignment_sheet_read_bytes (bytes, sheet_name, error);
}
