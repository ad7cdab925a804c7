/* alignment-sheet-writer-ods.c: a worksheet as an OpenDocument
 * spreadsheet
 *
 * The package as LibreOffice Calc expects it: "mimetype" first and
 * uncompressed, a manifest naming every part, content.xml with the
 * table and its automatic styles, styles.xml, and settings.xml for the
 * frozen rows (ODF keeps the view, freezing included, there).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "alignment-date.h"
#include "alignment-sheet-writer-private.h"

#define ODF_VERSION   "1.2"
#define ODS_MIME_TYPE "application/vnd.oasis.opendocument.spreadsheet"
#define NS_OFFICE     "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
#define NS_STYLE      "urn:oasis:names:tc:opendocument:xmlns:style:1.0"
#define NS_TEXT       "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
#define NS_TABLE      "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
#define NS_FO         "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
#define NS_NUMBER     "urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"
#define NS_CONFIG     "urn:oasis:names:tc:opendocument:xmlns:config:1.0"
#define NS_MANIFEST   "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"

#define W(writer, name) xmlTextWriterStartElement (writer, BAD_CAST (name))
#define A(writer, name, value) xmlTextWriterWriteAttribute (writer, BAD_CAST (name), BAD_CAST (value))
#define E(writer) xmlTextWriterEndElement (writer)

/* The cell style of each WorkbookStyle, in its order. */
static const char * const cell_styles[WORKBOOK_N_STYLES] = { "ce0", "ce1", "ce2", "ce3", "ce4", "ce5" };

static void
namespaces (xmlTextWriterPtr w)
{
  A (w, "xmlns:office", NS_OFFICE);
  A (w, "xmlns:style", NS_STYLE);
  A (w, "xmlns:text", NS_TEXT);
  A (w, "xmlns:table", NS_TABLE);
  A (w, "xmlns:fo", NS_FO);
  A (w, "xmlns:number", NS_NUMBER);
  A (w, "office:version", ODF_VERSION);
}

static GBytes *
manifest_part (void)
{
  xmlBufferPtr buffer;
  xmlTextWriterPtr w = _alignment_workbook_xml_begin (&buffer);
  static const char * const parts[] = { "content.xml", "styles.xml", "settings.xml" };

  W (w, "manifest:manifest");
  A (w, "xmlns:manifest", NS_MANIFEST);
  A (w, "manifest:version", ODF_VERSION);
  W (w, "manifest:file-entry");
  A (w, "manifest:full-path", "/");
  A (w, "manifest:version", ODF_VERSION);
  A (w, "manifest:media-type", ODS_MIME_TYPE);
  E (w);
  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    {
      W (w, "manifest:file-entry");
      A (w, "manifest:full-path", parts[i]);
      A (w, "manifest:media-type", "text/xml");
      E (w);
    }
  E (w);
  return _alignment_workbook_xml_end (w, buffer);
}

static GBytes *
styles_part (void)
{
  xmlBufferPtr buffer;
  xmlTextWriterPtr w = _alignment_workbook_xml_begin (&buffer);

  W (w, "office:document-styles");
  namespaces (w);
  W (w, "office:styles");
  W (w, "style:default-style");
  A (w, "style:family", "table-cell");
  E (w);
  E (w);
  E (w);
  return _alignment_workbook_xml_end (w, buffer);
}

static void
config_item (xmlTextWriterPtr  w,
             const char       *name,
             const char       *type,
             const char       *value)
{
  W (w, "config:config-item");
  A (w, "config:name", name);
  A (w, "config:type", type);
  xmlTextWriterWriteString (w, BAD_CAST value);
  E (w);
}

/* Calc's view of the table: split mode 2 is a freeze, "vertical" the
 * split between rows. */
static GBytes *
settings_part (const Workbook *book)
{
  xmlBufferPtr buffer;
  xmlTextWriterPtr w = _alignment_workbook_xml_begin (&buffer);
  g_autofree char *rows = g_strdup_printf ("%u", book->frozen_rows);

  W (w, "office:document-settings");
  A (w, "xmlns:office", NS_OFFICE);
  A (w, "xmlns:config", NS_CONFIG);
  A (w, "office:version", ODF_VERSION);
  W (w, "office:settings");
  W (w, "config:config-item-set");
  A (w, "config:name", "ooo:view-settings");
  W (w, "config:config-item-map-indexed");
  A (w, "config:name", "Views");
  W (w, "config:config-item-map-entry");
  config_item (w, "ViewId", "string", "view1");
  W (w, "config:config-item-map-named");
  A (w, "config:name", "Tables");
  W (w, "config:config-item-map-entry");
  A (w, "config:name", book->name);
  config_item (w, "HorizontalSplitMode", "short", "0");
  config_item (w, "VerticalSplitMode", "short", book->frozen_rows > 0 ? "2" : "0");
  config_item (w, "HorizontalSplitPosition", "int", "0");
  config_item (w, "VerticalSplitPosition", "int", rows);
  config_item (w, "ActiveSplitRange", "short", book->frozen_rows > 0 ? "2" : "0");
  config_item (w, "PositionLeft", "int", "0");
  config_item (w, "PositionRight", "int", "0");
  config_item (w, "PositionTop", "int", "0");
  config_item (w, "PositionBottom", "int", rows);
  E (w);
  E (w);
  config_item (w, "ActiveTable", "string", book->name);
  E (w);
  E (w);
  E (w);
  E (w);
  E (w);
  return _alignment_workbook_xml_end (w, buffer);
}

/* A column's width or a row's height, in centimetres. */
static void
length_style (xmlTextWriterPtr  w,
              const char       *name,
              const char       *family,
              double            cm)
{
  gboolean row = g_str_equal (family, "table-row");
  g_autofree char *properties = g_strdup_printf ("style:%s-properties", family);
  char length[G_ASCII_DTOSTR_BUF_SIZE + 2];

  g_ascii_formatd (length, sizeof length - 2, "%.3f", cm);
  strcat (length, "cm");
  W (w, "style:style");
  A (w, "style:name", name);
  A (w, "style:family", family);
  W (w, properties);
  A (w, row ? "style:row-height" : "style:column-width", length);
  if (row)
    A (w, "style:use-optimal-row-height", "false");
  E (w);
  E (w);
}

static void
automatic_styles (xmlTextWriterPtr  w,
                  const Workbook   *book)
{
  /* YYYY-MM-DD, as the XLSX export shows dates. */
  static const char * const date_parts[] = { "number:year", NULL, "number:month", NULL, "number:day" };

  W (w, "office:automatic-styles");
  W (w, "number:date-style");
  A (w, "style:name", "N1");
  for (guint i = 0; i < G_N_ELEMENTS (date_parts); i++)
    {
      if (i % 2 == 1)
        {
          W (w, "number:text");
          xmlTextWriterWriteString (w, BAD_CAST "-");
          E (w);
          continue;
        }
      W (w, date_parts[i]);
      A (w, "number:style", "long");
      E (w);
    }
  E (w);

  for (guint c = 0; c < book->n_columns; c++)
    {
      g_autofree char *name = g_strdup_printf ("co%u", c + 1);

      /* A character of the default font is about 0.19 cm wide. */
      length_style (w, name, "table-column", book->widths[c] * 0.19 + 0.15);
    }

  /* A row style for each height the rows need, named after it. */
  {
    g_autoptr(GHashTable) done = g_hash_table_new (NULL, NULL);

    for (guint r = 0; r < book->lines->len; r++)
      {
        guint lines = g_array_index (book->lines, guint, r);
        g_autofree char *name = NULL;

        if (lines <= 1 || !g_hash_table_add (done, GUINT_TO_POINTER (lines)))
          continue;
        name = g_strdup_printf ("ro%u", lines);
        length_style (w, name, "table-row", lines * WORKBOOK_LINE_POINTS * 2.54 / 72);
      }
  }

  for (int s = 0; s < WORKBOOK_N_STYLES; s++)
    {
      gboolean bold = s == WORKBOOK_STYLE_TITLE || s == WORKBOOK_STYLE_HEADING || s == WORKBOOK_STYLE_GROUP;
      gboolean wrap = s == WORKBOOK_STYLE_TEXT || s == WORKBOOK_STYLE_HEADING || s == WORKBOOK_STYLE_WRAP;

      W (w, "style:style");
      A (w, "style:name", cell_styles[s]);
      A (w, "style:family", "table-cell");
      if (s == WORKBOOK_STYLE_DATE)
        A (w, "style:data-style-name", "N1");
      W (w, "style:table-cell-properties");
      if (wrap)
        A (w, "fo:wrap-option", "wrap");
      if (s != WORKBOOK_STYLE_GROUP && s != WORKBOOK_STYLE_TITLE)
        A (w, "style:vertical-align", "top");
      E (w);
      if (s == WORKBOOK_STYLE_GROUP)
        {
          W (w, "style:paragraph-properties");
          A (w, "fo:text-align", "center");
          E (w);
        }
      if (bold)
        {
          W (w, "style:text-properties");
          A (w, "fo:font-weight", "bold");
          E (w);
        }
      E (w);
    }

  E (w);
}

/* One line of a cell: runs of spaces after the first, and any at the
 * start, as <text:s>, tabs as <text:tab>, so that they survive. */
static void
paragraph (xmlTextWriterPtr  w,
           const char       *line,
           gsize             length)
{
  gsize i = 0;

  W (w, "text:p");
  while (i < length)
    {
      gsize run = i;

      while (run < length && line[run] != ' ' && line[run] != '\t')
        run++;
      if (run > i)
        xmlTextWriterWriteFormatString (w, "%.*s", (int) (run - i), line + i);
      i = run;
      if (i >= length)
        break;
      if (line[i] == '\t')
        {
          W (w, "text:tab");
          E (w);
          i++;
          continue;
        }

      run = i;
      while (run < length && line[run] == ' ')
        run++;
      /* a single space between words is kept as it is */
      if (run - i == 1 && i > 0 && run < length)
        xmlTextWriterWriteString (w, BAD_CAST " ");
      else
        {
          W (w, "text:s");
          if (run - i > 1)
            xmlTextWriterWriteFormatAttribute (w, BAD_CAST "text:c", "%" G_GSIZE_FORMAT, run - i);
          E (w);
        }
      i = run;
    }
  E (w);
}

static void
cell (xmlTextWriterPtr    w,
      const WorkbookCell *c)
{
  W (w, "table:table-cell");
  if (c->style != WORKBOOK_STYLE_TEXT || c->text != NULL)
    A (w, "table:style-name", cell_styles[c->style]);
  if (c->span > 1)
    xmlTextWriterWriteFormatAttribute (w, BAD_CAST "table:number-columns-spanned", "%u", c->span);

  if (c->julian != 0)
    {
      char iso[11];

      alignment_date_format_iso (c->julian, iso);
      A (w, "office:value-type", "date");
      A (w, "office:date-value", iso);
    }
  else if (c->text != NULL)
    A (w, "office:value-type", "string");

  if (c->text != NULL)
    {
      for (const char *line = c->text; line != NULL; )
        {
          const char *end = strchr (line, '\n');

          paragraph (w, line, end != NULL ? (gsize) (end - line) : strlen (line));
          line = end != NULL ? end + 1 : NULL;
        }
    }
  E (w);
}

static void
table_row (xmlTextWriterPtr    w,
           const Workbook     *book,
           guint               index)
{
  const WorkbookCell *cells = g_ptr_array_index (book->rows, index);
  guint lines = g_array_index (book->lines, guint, index);

  W (w, "table:table-row");
  if (lines > 1)
    xmlTextWriterWriteFormatAttribute (w, BAD_CAST "table:style-name", "ro%u", lines);
  for (guint c = 0; c < book->n_columns; )
    {
      guint span = MAX (cells[c].span, 1);

      cell (w, &cells[c]);
      if (span > 1)
        {
          W (w, "table:covered-table-cell");
          if (span > 2)
            xmlTextWriterWriteFormatAttribute (w, BAD_CAST "table:number-columns-repeated", "%u", span - 1);
          E (w);
        }
      c += span;
    }
  E (w);
}

static GBytes *
content_part (const Workbook *book)
{
  xmlBufferPtr buffer;
  xmlTextWriterPtr w = _alignment_workbook_xml_begin (&buffer);

  W (w, "office:document-content");
  namespaces (w);
  automatic_styles (w, book);
  W (w, "office:body");
  W (w, "office:spreadsheet");
  W (w, "table:table");
  A (w, "table:name", book->name);
  for (guint c = 0; c < book->n_columns; c++)
    {
      g_autofree char *name = g_strdup_printf ("co%u", c + 1);

      W (w, "table:table-column");
      A (w, "table:style-name", name);
      A (w, "table:default-cell-style-name", cell_styles[WORKBOOK_STYLE_TEXT]);
      E (w);
    }
  for (guint r = 0; r < book->rows->len; r++)
    table_row (w, book, r);
  E (w);
  E (w);
  E (w);
  E (w);
  return _alignment_workbook_xml_end (w, buffer);
}

gboolean
_alignment_workbook_write_ods (const Workbook  *book,
                               struct archive  *zip,
                               GError         **error)
{
  g_autoptr(GBytes) mime_type = g_bytes_new_static (ODS_MIME_TYPE, strlen (ODS_MIME_TYPE));
  g_autoptr(GBytes) manifest = manifest_part ();
  g_autoptr(GBytes) content = content_part (book);
  g_autoptr(GBytes) styles = styles_part ();
  g_autoptr(GBytes) settings = settings_part (book);

  return _alignment_workbook_zip_add (zip, "mimetype", mime_type, TRUE, error)
         && _alignment_workbook_zip_add (zip, "META-INF/manifest.xml", manifest, FALSE, error)
         && _alignment_workbook_zip_add (zip, "content.xml", content, FALSE, error)
         && _alignment_workbook_zip_add (zip, "styles.xml", styles, FALSE, error)
         && _alignment_workbook_zip_add (zip, "settings.xml", settings, FALSE, error);
}
