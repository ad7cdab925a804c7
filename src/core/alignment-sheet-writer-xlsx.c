/* alignment-sheet-writer-xlsx.c: a worksheet as an Office Open XML
 * workbook
 *
 * Only the parts Excel needs to open a workbook without offering to
 * repair it: the content types, the package and workbook relationships,
 * the workbook, one worksheet, its shared strings and a complete style
 * sheet (Excel refuses one without its default font, fills and border).
 * Elements keep the order of the schema's sequences, which Excel checks.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "alignment-date.h"
#include "alignment-sheet-writer-private.h"

#define NS_MAIN      "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
#define NS_REL       "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
#define NS_PKG_REL   "http://schemas.openxmlformats.org/package/2006/relationships"
#define NS_TYPES     "http://schemas.openxmlformats.org/package/2006/content-types"
#define TYPE_PREFIX  "application/vnd.openxmlformats-officedocument.spreadsheetml."

/* The custom number format of date cells: ISO, read the same way in
 * every language. */
#define DATE_FORMAT_ID "164"

#define W(writer, name) xmlTextWriterStartElement (writer, BAD_CAST (name))
#define A(writer, name, value) xmlTextWriterWriteAttribute (writer, BAD_CAST (name), BAD_CAST (value))
#define E(writer) xmlTextWriterEndElement (writer)

static void
empty_element (xmlTextWriterPtr   writer,
               const char        *name,
               const char * const attributes[])
{
  W (writer, name);
  for (guint i = 0; attributes != NULL && attributes[i] != NULL; i += 2)
    A (writer, attributes[i], attributes[i + 1]);
  E (writer);
}

static GBytes *
content_types (void)
{
  xmlBufferPtr buffer;
  xmlTextWriterPtr w = _alignment_workbook_xml_begin (&buffer);
  static const char * const overrides[][2] = {
    { "/xl/workbook.xml", TYPE_PREFIX "sheet.main+xml" },
    { "/xl/worksheets/sheet1.xml", TYPE_PREFIX "worksheet+xml" },
    { "/xl/styles.xml", TYPE_PREFIX "styles+xml" },
    { "/xl/sharedStrings.xml", TYPE_PREFIX "sharedStrings+xml" },
  };

  W (w, "Types");
  A (w, "xmlns", NS_TYPES);
  empty_element (w, "Default", (const char *[]) { "Extension", "rels", "ContentType", "application/vnd.openxmlformats-package.relationships+xml", NULL });
  empty_element (w, "Default", (const char *[]) { "Extension", "xml", "ContentType", "application/xml", NULL });
  for (guint i = 0; i < G_N_ELEMENTS (overrides); i++)
    empty_element (w, "Override", (const char *[]) { "PartName", overrides[i][0], "ContentType", overrides[i][1], NULL });
  E (w);
  return _alignment_workbook_xml_end (w, buffer);
}

static GBytes *
relationships (const char * const targets[][2],
               guint              n_targets)
{
  xmlBufferPtr buffer;
  xmlTextWriterPtr w = _alignment_workbook_xml_begin (&buffer);

  W (w, "Relationships");
  A (w, "xmlns", NS_PKG_REL);
  for (guint i = 0; i < n_targets; i++)
    {
      g_autofree char *id = g_strdup_printf ("rId%u", i + 1);

      empty_element (w, "Relationship", (const char *[]) { "Id", id, "Type", targets[i][0], "Target", targets[i][1], NULL });
    }
  E (w);
  return _alignment_workbook_xml_end (w, buffer);
}

static GBytes *
workbook_part (const Workbook *book)
{
  xmlBufferPtr buffer;
  xmlTextWriterPtr w = _alignment_workbook_xml_begin (&buffer);

  W (w, "workbook");
  A (w, "xmlns", NS_MAIN);
  A (w, "xmlns:r", NS_REL);
  W (w, "bookViews");
  empty_element (w, "workbookView", NULL);
  E (w);
  W (w, "sheets");
  empty_element (w, "sheet", (const char *[]) { "name", book->name, "sheetId", "1", "r:id", "rId1", NULL });
  E (w);
  E (w);
  return _alignment_workbook_xml_end (w, buffer);
}

static void
font (xmlTextWriterPtr w,
      gboolean         bold)
{
  W (w, "font");
  if (bold)
    empty_element (w, "b", NULL);
  empty_element (w, "sz", (const char *[]) { "val", "11", NULL });
  empty_element (w, "name", (const char *[]) { "val", "Calibri", NULL });
  empty_element (w, "family", (const char *[]) { "val", "2", NULL });
  E (w);
}

/* One cell format per WorkbookStyle, in its order after the default
 * one: a cell's "s" is its style + 1.  Programs take format 0 as the
 * sheet's default and some ignore its alignment, so it stays plain. */
static void
cell_format (xmlTextWriterPtr w,
             WorkbookStyle    style)
{
  gboolean bold = style == WORKBOOK_STYLE_TITLE || style == WORKBOOK_STYLE_HEADING || style == WORKBOOK_STYLE_GROUP;

  W (w, "xf");
  A (w, "numFmtId", style == WORKBOOK_STYLE_DATE ? DATE_FORMAT_ID : "0");
  A (w, "fontId", bold ? "1" : "0");
  A (w, "fillId", "0");
  A (w, "borderId", "0");
  A (w, "xfId", "0");
  if (bold)
    A (w, "applyFont", "1");
  if (style == WORKBOOK_STYLE_DATE)
    A (w, "applyNumberFormat", "1");
  if (style != WORKBOOK_STYLE_TITLE)
    {
      A (w, "applyAlignment", "1");
      W (w, "alignment");
      if (style == WORKBOOK_STYLE_GROUP)
        A (w, "horizontal", "center");
      else
        A (w, "vertical", "top");
      if (style == WORKBOOK_STYLE_TEXT || style == WORKBOOK_STYLE_HEADING || style == WORKBOOK_STYLE_WRAP)
        A (w, "wrapText", "1");
      E (w);
    }
  E (w);
}

static GBytes *
styles_part (void)
{
  xmlBufferPtr buffer;
  xmlTextWriterPtr w = _alignment_workbook_xml_begin (&buffer);
  g_autofree char *n_styles = g_strdup_printf ("%d", WORKBOOK_N_STYLES + 1);

  W (w, "styleSheet");
  A (w, "xmlns", NS_MAIN);
  W (w, "numFmts");
  A (w, "count", "1");
  empty_element (w, "numFmt", (const char *[]) { "numFmtId", DATE_FORMAT_ID, "formatCode", "yyyy\\-mm\\-dd", NULL });
  E (w);
  W (w, "fonts");
  A (w, "count", "2");
  font (w, FALSE);
  font (w, TRUE);
  E (w);
  /* Excel's two fills that every workbook has. */
  W (w, "fills");
  A (w, "count", "2");
  W (w, "fill");
  empty_element (w, "patternFill", (const char *[]) { "patternType", "none", NULL });
  E (w);
  W (w, "fill");
  empty_element (w, "patternFill", (const char *[]) { "patternType", "gray125", NULL });
  E (w);
  E (w);
  W (w, "borders");
  A (w, "count", "1");
  W (w, "border");
  for (guint i = 0; i < 5; i++)
    empty_element (w, (const char *[]) { "left", "right", "top", "bottom", "diagonal" }[i], NULL);
  E (w);
  E (w);
  W (w, "cellStyleXfs");
  A (w, "count", "1");
  empty_element (w, "xf", (const char *[]) { "numFmtId", "0", "fontId", "0", "fillId", "0", "borderId", "0", NULL });
  E (w);
  W (w, "cellXfs");
  A (w, "count", n_styles);
  empty_element (w, "xf", (const char *[]) { "numFmtId", "0", "fontId", "0", "fillId", "0", "borderId", "0", "xfId", "0", NULL });
  for (int s = 0; s < WORKBOOK_N_STYLES; s++)
    cell_format (w, s);
  E (w);
  W (w, "cellStyles");
  A (w, "count", "1");
  empty_element (w, "cellStyle", (const char *[]) { "name", "Normal", "xfId", "0", "builtinId", "0", NULL });
  E (w);
  E (w);
  return _alignment_workbook_xml_end (w, buffer);
}

/* "A", …, "Z", "AA", … */
static void
column_name (guint  column,
             char  *buf)
{
  char tmp[8];
  guint n = 0;

  column++;
  while (column > 0 && n < sizeof tmp)
    {
      tmp[n++] = (char) ('A' + (column - 1) % 26);
      column = (column - 1) / 26;
    }
  for (guint i = 0; i < n; i++)
    buf[i] = tmp[n - 1 - i];
  buf[n] = '\0';
}

static char *
reference (guint column,
           guint row)
{
  char name[8];

  column_name (column, name);
  return g_strdup_printf ("%s%u", name, row + 1);
}

static void
text_element (xmlTextWriterPtr  w,
              const char       *name,
              const char       *text)
{
  gsize length = strlen (text);

  W (w, name);
  /* Excel drops leading and trailing spaces, runs of spaces, tabs and
   * line breaks otherwise. */
  if (length > 0 && (g_ascii_isspace (text[0]) || g_ascii_isspace (text[length - 1])
                     || strpbrk (text, "\n\t") != NULL || strstr (text, "  ") != NULL))
    A (w, "xml:space", "preserve");
  xmlTextWriterWriteString (w, BAD_CAST text);
  E (w);
}

static GBytes *
shared_strings_part (GPtrArray *strings,
                     guint      n_references)
{
  xmlBufferPtr buffer;
  xmlTextWriterPtr w = _alignment_workbook_xml_begin (&buffer);
  g_autofree char *count = g_strdup_printf ("%u", n_references);
  g_autofree char *unique = g_strdup_printf ("%u", strings->len);

  W (w, "sst");
  A (w, "xmlns", NS_MAIN);
  A (w, "count", count);
  A (w, "uniqueCount", unique);
  for (guint i = 0; i < strings->len; i++)
    {
      W (w, "si");
      text_element (w, "t", g_ptr_array_index (strings, i));
      E (w);
    }
  E (w);
  return _alignment_workbook_xml_end (w, buffer);
}

/* The frozen rows: a pane below them, the first row under them active. */
static void
sheet_views (xmlTextWriterPtr  w,
             const Workbook   *book)
{
  g_autofree char *split = g_strdup_printf ("%u", book->frozen_rows);
  g_autofree char *top_left = reference (0, book->frozen_rows);

  W (w, "sheetViews");
  W (w, "sheetView");
  A (w, "tabSelected", "1");
  A (w, "workbookViewId", "0");
  if (book->frozen_rows > 0)
    {
      empty_element (w, "pane", (const char *[]) { "ySplit", split, "topLeftCell", top_left,
                                                    "activePane", "bottomLeft", "state", "frozen", NULL });
      empty_element (w, "selection", (const char *[]) { "pane", "bottomLeft", "activeCell", top_left,
                                                         "sqref", top_left, NULL });
    }
  E (w);
  E (w);
}

static void
columns (xmlTextWriterPtr  w,
         const Workbook   *book)
{
  W (w, "cols");
  for (guint c = 0; c < book->n_columns; c++)
    {
      g_autofree char *index = g_strdup_printf ("%u", c + 1);
      char width[G_ASCII_DTOSTR_BUF_SIZE];

      g_ascii_dtostr (width, sizeof width, book->widths[c] + 0.7);
      empty_element (w, "col", (const char *[]) { "min", index, "max", index, "width", width, "customWidth", "1", NULL });
    }
  E (w);
}

static guint32
excel_epoch (void)
{
  /* Serial 1 is 1900-01-01 and Excel counts a 29 February 1900 that
   * never was: from March 1900 on, serial n is 1899-12-30 plus n days. */
  return alignment_date_from_ymd (1899, 12, 30);
}

static void
cell (xmlTextWriterPtr    w,
      const WorkbookCell *c,
      guint               column,
      guint               row,
      GHashTable         *string_index,
      GPtrArray          *strings,
      guint              *n_references)
{
  g_autofree char *ref = reference (column, row);
  g_autofree char *style = g_strdup_printf ("%d", c->style + 1);
  char value[32];

  if (c->text == NULL && c->style == WORKBOOK_STYLE_TEXT)
    return;

  W (w, "c");
  A (w, "r", ref);
  A (w, "s", style);
  if (c->julian != 0 && c->julian >= alignment_date_from_ymd (1900, 3, 1))
    {
      g_snprintf (value, sizeof value, "%u", c->julian - excel_epoch ());
      W (w, "v");
      xmlTextWriterWriteString (w, BAD_CAST value);
      E (w);
    }
  else if (c->text != NULL)
    {
      gpointer index;

      if (!g_hash_table_lookup_extended (string_index, c->text, NULL, &index))
        {
          index = GUINT_TO_POINTER (strings->len);
          g_ptr_array_add (strings, c->text);
          g_hash_table_insert (string_index, c->text, index);
        }
      (*n_references)++;
      A (w, "t", "s");
      g_snprintf (value, sizeof value, "%u", GPOINTER_TO_UINT (index));
      W (w, "v");
      xmlTextWriterWriteString (w, BAD_CAST value);
      E (w);
    }
  E (w);
}

static void
merged_cells (xmlTextWriterPtr  w,
              const Workbook   *book)
{
  g_autoptr(GPtrArray) refs = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *count = NULL;

  for (guint r = 0; r < book->rows->len; r++)
    {
      const WorkbookCell *cells = g_ptr_array_index (book->rows, r);

      for (guint c = 0; c < book->n_columns; c++)
        if (cells[c].span > 1)
          {
            g_autofree char *first = reference (c, r);
            g_autofree char *last = reference (c + cells[c].span - 1, r);

            g_ptr_array_add (refs, g_strdup_printf ("%s:%s", first, last));
          }
    }
  if (refs->len == 0)
    return;

  count = g_strdup_printf ("%u", refs->len);
  W (w, "mergeCells");
  A (w, "count", count);
  for (guint i = 0; i < refs->len; i++)
    empty_element (w, "mergeCell", (const char *[]) { "ref", g_ptr_array_index (refs, i), NULL });
  E (w);
}

static GBytes *
worksheet_part (const Workbook  *book,
                GBytes         **shared_strings)
{
  xmlBufferPtr buffer;
  xmlTextWriterPtr w = _alignment_workbook_xml_begin (&buffer);
  g_autoptr(GHashTable) string_index = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) strings = g_ptr_array_new ();
  g_autofree char *first = reference (0, 0);
  g_autofree char *last = reference (book->n_columns - 1, MAX (book->rows->len, 1) - 1);
  g_autofree char *dimension = g_strdup_printf ("%s:%s", first, last);
  guint n_references = 0;

  W (w, "worksheet");
  A (w, "xmlns", NS_MAIN);
  A (w, "xmlns:r", NS_REL);
  empty_element (w, "dimension", (const char *[]) { "ref", dimension, NULL });
  sheet_views (w, book);
  empty_element (w, "sheetFormatPr", (const char *[]) { "defaultRowHeight", "15", NULL });
  columns (w, book);
  W (w, "sheetData");
  for (guint r = 0; r < book->rows->len; r++)
    {
      const WorkbookCell *cells = g_ptr_array_index (book->rows, r);
      g_autofree char *number = g_strdup_printf ("%u", r + 1);

      guint lines = g_array_index (book->lines, guint, r);

      W (w, "row");
      A (w, "r", number);
      if (lines > 1)
        {
          xmlTextWriterWriteFormatAttribute (w, BAD_CAST "ht", "%u", lines * WORKBOOK_LINE_POINTS);
          A (w, "customHeight", "1");
        }
      for (guint c = 0; c < book->n_columns; c++)
        cell (w, &cells[c], c, r, string_index, strings, &n_references);
      E (w);
    }
  E (w);
  merged_cells (w, book);
  E (w);

  *shared_strings = shared_strings_part (strings, n_references);
  return _alignment_workbook_xml_end (w, buffer);
}

gboolean
_alignment_workbook_write_xlsx (const Workbook  *book,
                                struct archive  *zip,
                                GError         **error)
{
  static const char * const package_rels[][2] = {
    { NS_REL "/officeDocument", "xl/workbook.xml" },
  };
  static const char * const workbook_rels[][2] = {
    { NS_REL "/worksheet", "worksheets/sheet1.xml" },
    { NS_REL "/styles", "styles.xml" },
    { NS_REL "/sharedStrings", "sharedStrings.xml" },
  };
  g_autoptr(GBytes) types = content_types ();
  g_autoptr(GBytes) rels = relationships (package_rels, G_N_ELEMENTS (package_rels));
  g_autoptr(GBytes) workbook = workbook_part (book);
  g_autoptr(GBytes) workbook_rels_part = relationships (workbook_rels, G_N_ELEMENTS (workbook_rels));
  g_autoptr(GBytes) styles = styles_part ();
  g_autoptr(GBytes) shared_strings = NULL;
  g_autoptr(GBytes) sheet = worksheet_part (book, &shared_strings);

  return _alignment_workbook_zip_add (zip, "[Content_Types].xml", types, FALSE, error)
         && _alignment_workbook_zip_add (zip, "_rels/.rels", rels, FALSE, error)
         && _alignment_workbook_zip_add (zip, "xl/workbook.xml", workbook, FALSE, error)
         && _alignment_workbook_zip_add (zip, "xl/_rels/workbook.xml.rels", workbook_rels_part, FALSE, error)
         && _alignment_workbook_zip_add (zip, "xl/styles.xml", styles, FALSE, error)
         && _alignment_workbook_zip_add (zip, "xl/sharedStrings.xml", shared_strings, FALSE, error)
         && _alignment_workbook_zip_add (zip, "xl/worksheets/sheet1.xml", sheet, FALSE, error);
}
