/* test-sheet-writer.c: a case's signal log as an XLSX or ODS workbook
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include <archive.h>
#include <archive_entry.h>
#include <glib/gstdio.h>
#include <libxml/parser.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>

#include "alignment-core.h"
#include "governance-test.h"

/* ---- Reading the package back ---------------------------------------------- */

/* path → GBytes, and the paths in the zip's order. */
static GHashTable *
unzip (GBytes     *bytes,
       GPtrArray **order)
{
  GHashTable *parts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_bytes_unref);
  struct archive *zip = archive_read_new ();
  struct archive_entry *entry;
  gsize length;
  const void *data = g_bytes_get_data (bytes, &length);

  *order = g_ptr_array_new_with_free_func (g_free);
  archive_read_support_format_zip (zip);
  g_assert_cmpint (archive_read_open_memory (zip, data, length), ==, ARCHIVE_OK);
  while (archive_read_next_header (zip, &entry) == ARCHIVE_OK)
    {
      g_autoptr(GByteArray) out = g_byte_array_new ();
      char chunk[8192];
      la_ssize_t n;

      while ((n = archive_read_data (zip, chunk, sizeof chunk)) > 0)
        g_byte_array_append (out, (guint8 *) chunk, (guint) n);
      g_assert_cmpint (n, ==, 0);
      g_ptr_array_add (*order, g_strdup (archive_entry_pathname (entry)));
      g_hash_table_insert (parts, g_strdup (archive_entry_pathname (entry)),
                           g_byte_array_free_to_bytes (g_steal_pointer (&out)));
    }
  archive_read_free (zip);

  return parts;
}

typedef struct
{
  xmlDocPtr          doc;
  xmlXPathContextPtr xpath;
} Part;

static void
part_clear (Part *part)
{
  g_clear_pointer (&part->xpath, xmlXPathFreeContext);
  g_clear_pointer (&part->doc, xmlFreeDoc);
}

static Part
parse_part (GHashTable *parts,
            const char *path)
{
  GBytes *bytes = g_hash_table_lookup (parts, path);
  Part part;
  gsize length;
  const char *data;

  if (bytes == NULL)
    g_error ("the workbook has no part %s", path);
  data = g_bytes_get_data (bytes, &length);
  part.doc = xmlReadMemory (data, (int) length, path, NULL, XML_PARSE_NONET);
  g_assert_nonnull (part.doc);
  part.xpath = xmlXPathNewContext (part.doc);
  xmlXPathRegisterNs (part.xpath, BAD_CAST "m", BAD_CAST "http://schemas.openxmlformats.org/spreadsheetml/2006/main");
  xmlXPathRegisterNs (part.xpath, BAD_CAST "ct", BAD_CAST "http://schemas.openxmlformats.org/package/2006/content-types");
  xmlXPathRegisterNs (part.xpath, BAD_CAST "pr", BAD_CAST "http://schemas.openxmlformats.org/package/2006/relationships");
  xmlXPathRegisterNs (part.xpath, BAD_CAST "r", BAD_CAST "http://schemas.openxmlformats.org/officeDocument/2006/relationships");
  xmlXPathRegisterNs (part.xpath, BAD_CAST "office", BAD_CAST "urn:oasis:names:tc:opendocument:xmlns:office:1.0");
  xmlXPathRegisterNs (part.xpath, BAD_CAST "table", BAD_CAST "urn:oasis:names:tc:opendocument:xmlns:table:1.0");
  xmlXPathRegisterNs (part.xpath, BAD_CAST "style", BAD_CAST "urn:oasis:names:tc:opendocument:xmlns:style:1.0");
  xmlXPathRegisterNs (part.xpath, BAD_CAST "config", BAD_CAST "urn:oasis:names:tc:opendocument:xmlns:config:1.0");
  xmlXPathRegisterNs (part.xpath, BAD_CAST "manifest", BAD_CAST "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0");
  return part;
}

/* The string value of @expression (wrapped in string()), newly allocated. */
static char *
xpath_string (Part       *part,
              const char *expression)
{
  g_autofree char *wrapped = g_strdup_printf ("string(%s)", expression);
  xmlXPathObjectPtr result = xmlXPathEvalExpression (BAD_CAST wrapped, part->xpath);
  char *value;

  g_assert_nonnull (result);
  value = g_strdup ((const char *) result->stringval);
  xmlXPathFreeObject (result);
  return value;
}

static double
xpath_number (Part       *part,
              const char *expression)
{
  xmlXPathObjectPtr result = xmlXPathEvalExpression (BAD_CAST expression, part->xpath);
  double value;

  g_assert_nonnull (result);
  value = xmlXPathCastToNumber (result);
  xmlXPathFreeObject (result);
  return value;
}

static void
assert_xpath (Part       *part,
              const char *expression,
              const char *expected)
{
  g_autofree char *value = xpath_string (part, expression);

  if (g_strcmp0 (value, expected) != 0)
    g_error ("%s is “%s”, not “%s”", expression, value, expected);
}

/* The example case exported as @format, and its parts. */
static GHashTable *
export_parts (AlignmentWorkbookFormat   format,
              GBytes                  **bytes,
              GPtrArray               **order)
{
  g_autoptr(AlignmentCase) example = load_example ();
  g_autoptr(GError) error = NULL;

  *bytes = alignment_case_to_workbook (example, format, &error);
  g_assert_no_error (error);
  return unzip (*bytes, order);
}

/* ---- Round trips --------------------------------------------------------------- */

static AlignmentImport *
import_workbook (GBytes *bytes)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AlignmentSheet) sheet = alignment_sheet_read_xlsx (bytes, NULL, &error);
  AlignmentImport *import;

  g_assert_no_error (error);
  import = alignment_import_sheet (sheet, NULL, &error);
  g_assert_no_error (error);
  return import;
}

/* @doubts: the notes the case's own doubts give, which are no repair */
static void
assert_same_case (AlignmentCase   *expected,
                  AlignmentImport *import,
                  guint            doubts)
{
  AlignmentSignal **want, **got;
  guint n_want, n_got;

  g_assert_cmpstr (alignment_case_get_title (import->imported), ==, alignment_case_get_title (expected));
  g_assert_cmpstr (alignment_case_get_context (import->imported), ==, alignment_case_get_context (expected));
  want = alignment_signal_list_peek (alignment_case_get_signals (expected), &n_want);
  got = alignment_signal_list_peek (alignment_case_get_signals (import->imported), &n_got);
  g_assert_cmpuint (n_got, ==, n_want);
  for (guint i = 0; i < n_want; i++)
    if (!alignment_signal_equal (want[i], got[i]))
      g_error ("signal %s does not come back the same", alignment_signal_get_id (want[i]));
  /* the same signals: the stable ids, in the last column, survive */
  for (guint i = 0; i < n_want; i++)
    {
      g_assert_nonnull (alignment_signal_get_stable_id (got[i]));
      g_assert_cmpstr (alignment_signal_get_stable_id (got[i]), ==, alignment_signal_get_stable_id (want[i]));
    }

  /* nothing needed repairing: the workbook speaks the importer's language */
  for (guint i = 0; i < import->notes->len; i++)
    {
      AlignmentImportNote *note = g_ptr_array_index (import->notes, i);
      g_autofree char *line = alignment_import_note_to_string (note);

      if (note->kind == ALIGNMENT_IMPORT_NOTE_DOUBT && doubts > 0)
        doubts--;
      else if (note->kind != ALIGNMENT_IMPORT_NOTE_INFO)
        g_error ("the import noted: %s", line);
    }
  g_assert_cmpuint (doubts, ==, 0);
}

/* With governance on some signals: their boards and levels come back. */
static void
assert_round_trip (AlignmentWorkbookFormat format)
{
  g_autoptr(AlignmentCase) example = load_governed_example ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = alignment_case_to_workbook (example, format, &error);
  g_autoptr(AlignmentImport) import = NULL;

  g_assert_no_error (error);
  import = import_workbook (bytes);
  g_assert_cmpuint (import->n_signals, ==, 16);
  /* the title, the context, the group headings, then the header */
  g_assert_cmpuint (import->header_row, ==, 4);
  assert_same_case (example, import, 0);
}

static void
test_xlsx_round_trip (void)
{
  assert_round_trip (ALIGNMENT_WORKBOOK_XLSX);
}

static void
test_ods_round_trip (void)
{
  assert_round_trip (ALIGNMENT_WORKBOOK_ODS);
}

/* Text as people type it, and as imports bring it: paragraphs, runs of
 * spaces, tabs, quotes and markup, CRLF, and control characters that XML
 * cannot hold (left out, or the file would be damaged). */
static void
assert_awkward_text (AlignmentWorkbookFormat format)
{
  g_autoptr(AlignmentCase) c = alignment_case_new ();
  g_autoptr(AlignmentCase) expected = alignment_case_new ();
  g_autoptr(AlignmentSignal) s = alignment_signal_new ("3a");
  g_autoptr(AlignmentSignal) t = alignment_signal_new ("3b");
  g_autoptr(AlignmentSignal) s2 = NULL;
  g_autoptr(AlignmentSignal) t2 = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(AlignmentImport) import = NULL;

  alignment_case_set_title (c, "Budget <2025> & “scope”");
  alignment_case_set_context (c, "First paragraph.\n\nSecond,  with   spaces\tand a tab.");
  alignment_signal_set_trigger (s, "Line one\r\nline \"two\"\x01\x1f");
  alignment_signal_set_goal (s, "=SUM(A1:A2)");
  alignment_signal_set_start_julian (s, alignment_date_from_ymd (2024, 2, 29));
  alignment_signal_set_sender (s, ALIGNMENT_PARTY_PROVIDER);
  alignment_signal_set_impact (s, ALIGNMENT_PARTY_PROVIDER, ALIGNMENT_REALM_RELATIONAL, ALIGNMENT_IMPACT_NEGATIVE);
  /* an end before its start is kept as written */
  alignment_signal_set_start_julian (t, alignment_date_from_ymd (2024, 12, 31));
  alignment_signal_set_end_julian (t, alignment_date_from_ymd (2024, 1, 1));
  alignment_signal_set_sender (t, ALIGNMENT_PARTY_CUSTOMER);
  alignment_signal_list_append (alignment_case_get_signals (c), s);
  alignment_signal_list_append (alignment_case_get_signals (c), t);

  alignment_case_set_title (expected, alignment_case_get_title (c));
  alignment_case_set_context (expected, alignment_case_get_context (c));
  /* The same signals as written: with the same stable ids. */
  alignment_signal_ensure_stable_id (s);
  alignment_signal_ensure_stable_id (t);
  s2 = alignment_signal_clone (s);
  alignment_signal_set_trigger (s2, "Line one\nline \"two\"");
  t2 = alignment_signal_clone (t);
  alignment_signal_list_append (alignment_case_get_signals (expected), s2);
  alignment_signal_list_append (alignment_case_get_signals (expected), t2);

  bytes = alignment_case_to_workbook (c, format, &error);
  g_assert_no_error (error);
  import = import_workbook (bytes);
  assert_same_case (expected, import, 1);
}

static void
test_xlsx_awkward_text (void)
{
  assert_awkward_text (ALIGNMENT_WORKBOOK_XLSX);
}

static void
test_ods_awkward_text (void)
{
  assert_awkward_text (ALIGNMENT_WORKBOOK_ODS);
}

/* ---- What Excel needs ------------------------------------------------------------ */

static void
test_xlsx_parts (void)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GPtrArray) order = NULL;
  g_autoptr(GHashTable) parts = export_parts (ALIGNMENT_WORKBOOK_XLSX, &bytes, &order);
  Part types = parse_part (parts, "[Content_Types].xml");
  Part rels = parse_part (parts, "_rels/.rels");
  Part book = parse_part (parts, "xl/workbook.xml");
  Part book_rels = parse_part (parts, "xl/_rels/workbook.xml.rels");
  Part sheet, styles, strings;
  g_autofree char *sheet_target = NULL;
  g_autofree char *sheet_path = NULL;
  g_autofree char *date_style = NULL;
  g_autofree char *date_format = NULL;
  g_autofree char *expression = NULL;

  g_assert_cmpstr (g_ptr_array_index (order, 0), ==, "[Content_Types].xml");

  /* every XML part has its content type, and each names a part there is */
  assert_xpath (&types, "/ct:Types/ct:Default[@Extension='rels']/@ContentType",
                "application/vnd.openxmlformats-package.relationships+xml");
  assert_xpath (&types, "/ct:Types/ct:Override[@PartName='/xl/workbook.xml']/@ContentType",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml");
  for (guint i = 0; i < order->len; i++)
    {
      const char *path = g_ptr_array_index (order, i);
      g_autofree char *query = NULL;
      g_autofree char *type = NULL;

      if (!g_str_has_suffix (path, ".xml") || g_str_equal (path, "[Content_Types].xml"))
        continue;
      query = g_strdup_printf ("/ct:Types/ct:Override[@PartName='/%s']/@ContentType", path);
      type = xpath_string (&types, query);
      if (!g_str_has_prefix (type, "application/vnd.openxmlformats-officedocument.spreadsheetml."))
        g_error ("part %s has no content type of its own", path);
    }
  g_assert_cmpfloat (xpath_number (&types, "count(/ct:Types/ct:Override)"), ==, 4);

  /* the package → the workbook → the sheet, the styles, the strings */
  assert_xpath (&rels, "/pr:Relationships/pr:Relationship[@Type='http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument']/@Target",
                "xl/workbook.xml");
  assert_xpath (&book, "/m:workbook/m:sheets/m:sheet/@name", "Signals");
  expression = xpath_string (&book, "/m:workbook/m:sheets/m:sheet/@r:id");
  {
    g_autofree char *query = g_strdup_printf ("/pr:Relationships/pr:Relationship[@Id='%s']/@Target", expression);

    sheet_target = xpath_string (&book_rels, query);
  }
  g_assert_cmpstr (sheet_target, ==, "worksheets/sheet1.xml");
  sheet_path = g_strconcat ("xl/", sheet_target, NULL);
  g_assert_cmpfloat (xpath_number (&book_rels, "count(/pr:Relationships/pr:Relationship[contains(@Type,'/styles')])"), ==, 1);
  g_assert_cmpfloat (xpath_number (&book_rels, "count(/pr:Relationships/pr:Relationship[contains(@Type,'/sharedStrings')])"), ==, 1);

  sheet = parse_part (parts, sheet_path);
  styles = parse_part (parts, "xl/styles.xml");
  strings = parse_part (parts, "xl/sharedStrings.xml");

  /* the header frozen: a pane below row 4, in the schema's order */
  assert_xpath (&sheet, "/m:worksheet/m:sheetViews/m:sheetView/m:pane/@state", "frozen");
  assert_xpath (&sheet, "/m:worksheet/m:sheetViews/m:sheetView/m:pane/@ySplit", "4");
  assert_xpath (&sheet, "/m:worksheet/m:sheetViews/m:sheetView/m:pane/@topLeftCell", "A5");
  assert_xpath (&sheet, "local-name(/m:worksheet/*[1])", "dimension");
  assert_xpath (&sheet, "local-name(/m:worksheet/m:sheetData/following-sibling::*[1])", "mergeCells");
  g_assert_cmpfloat (xpath_number (&sheet, "count(/m:worksheet/m:sheetData/m:row)"), ==, 4 + 16);

  /* the group headings, merged over the trust columns */
  {
    g_autofree char *index = xpath_string (&sheet, "/m:worksheet/m:sheetData/m:row[@r='3']/m:c[@r='M3']/m:v");
    g_autofree char *query = g_strdup_printf ("/m:sst/m:si[%d]/m:t", atoi (index) + 1);

    assert_xpath (&strings, query, "Impact on Customer");
    g_free (index);
    index = xpath_string (&sheet, "/m:worksheet/m:sheetData/m:row[@r='3']/m:c[@r='P3']/m:v");
    g_free (query);
    query = g_strdup_printf ("/m:sst/m:si[%d]/m:t", atoi (index) + 1);
    assert_xpath (&strings, query, "Impact on Service provider");
  }
  g_assert_cmpfloat (xpath_number (&sheet, "count(/m:worksheet/m:mergeCells/m:mergeCell[@ref='M3:O3' or @ref='P3:R3'])"), ==, 2);
  assert_xpath (&sheet, "/m:worksheet/m:mergeCells/@count", "4");
  g_assert_cmpfloat (xpath_number (&strings, "count(/m:sst/m:si)"), ==, xpath_number (&strings, "/m:sst/@uniqueCount"));

  /* the description's row is as high as its paragraphs need: no
   * program fits a merged cell's row to its text */
  assert_xpath (&sheet, "/m:worksheet/m:sheetData/m:row[@r='2']/@customHeight", "1");
  g_assert_cmpfloat (xpath_number (&sheet, "/m:worksheet/m:sheetData/m:row[@r='2']/@ht"), >=, 2 * 15);
  g_assert_cmpfloat (xpath_number (&sheet, "count(/m:worksheet/m:sheetData/m:row[@r='1']/@ht)"), ==, 0);

  /* 1a started on 1 February 2024: serial 45323, in a date style */
  assert_xpath (&sheet, "/m:worksheet/m:sheetData/m:row[@r='5']/m:c[@r='E5']/m:v", "45323");
  assert_xpath (&sheet, "/m:worksheet/m:sheetData/m:row[@r='5']/m:c[@r='E5']/@t", "");
  date_style = xpath_string (&sheet, "/m:worksheet/m:sheetData/m:row[@r='5']/m:c[@r='E5']/@s");
  {
    g_autofree char *query = g_strdup_printf ("/m:styleSheet/m:cellXfs/m:xf[%d]/@numFmtId", atoi (date_style) + 1);
    g_autofree char *fmt = xpath_string (&styles, query);
    g_autofree char *code_query = g_strdup_printf ("/m:styleSheet/m:numFmts/m:numFmt[@numFmtId='%s']/@formatCode", fmt);

    g_assert_cmpint (atoi (fmt), >=, 164);
    date_format = xpath_string (&styles, code_query);
  }
  g_assert_true (strchr (date_format, 'y') != NULL && strchr (date_format, 'd') != NULL);

  /* the counts Excel checks against the elements */
  g_assert_cmpfloat (xpath_number (&styles, "count(/m:styleSheet/m:cellXfs/m:xf)"), ==, xpath_number (&styles, "/m:styleSheet/m:cellXfs/@count"));
  g_assert_cmpfloat (xpath_number (&styles, "count(/m:styleSheet/m:fonts/m:font)"), ==, xpath_number (&styles, "/m:styleSheet/m:fonts/@count"));
  g_assert_cmpfloat (xpath_number (&styles, "count(/m:styleSheet/m:fills/m:fill)"), ==, 2);
  g_assert_cmpfloat (xpath_number (&styles, "count(/m:styleSheet/m:cellStyles/m:cellStyle[@name='Normal'])"), ==, 1);
  /* every cell's style is one of them */
  g_assert_cmpfloat (xpath_number (&sheet, "count(//m:c[@s])"), >, 0);
  {
    g_autofree char *query = g_strdup_printf ("count(//m:c[@s >= %g])", xpath_number (&styles, "/m:styleSheet/m:cellXfs/@count"));

    g_assert_cmpfloat (xpath_number (&sheet, query), ==, 0);
  }

  part_clear (&types);
  part_clear (&rels);
  part_clear (&book);
  part_clear (&book_rels);
  part_clear (&sheet);
  part_clear (&styles);
  part_clear (&strings);
}

/* ---- What LibreOffice needs ------------------------------------------------------ */

static void
test_ods_parts (void)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GPtrArray) order = NULL;
  g_autoptr(GHashTable) parts = export_parts (ALIGNMENT_WORKBOOK_ODS, &bytes, &order);
  Part manifest = parse_part (parts, "META-INF/manifest.xml");
  Part content = parse_part (parts, "content.xml");
  Part settings = parse_part (parts, "settings.xml");
  const guint8 *zip = g_bytes_get_data (bytes, NULL);
  GBytes *mime_type = g_hash_table_lookup (parts, "mimetype");

  /* "mimetype" first and stored, so that a program can tell the type
   * from the file's first bytes */
  g_assert_cmpstr (g_ptr_array_index (order, 0), ==, "mimetype");
  g_assert_cmpmem (zip, 4, "PK\003\004", 4);
  g_assert_cmpint (zip[8] | zip[9] << 8, ==, 0);
  g_assert_cmpmem (zip + 30, 8, "mimetype", 8);
  g_assert_cmpmem (g_bytes_get_data (mime_type, NULL), g_bytes_get_size (mime_type),
                   "application/vnd.oasis.opendocument.spreadsheet", 46);

  /* the manifest names every part there is */
  for (guint i = 0; i < order->len; i++)
    {
      const char *path = g_ptr_array_index (order, i);
      g_autofree char *query = NULL;

      if (g_str_equal (path, "mimetype") || g_str_has_prefix (path, "META-INF/"))
        continue;
      query = g_strdup_printf ("count(//manifest:file-entry[@manifest:full-path='%s'])", path);
      if (xpath_number (&manifest, query) != 1)
        g_error ("the manifest does not name %s", path);
    }
  assert_xpath (&manifest, "//manifest:file-entry[@manifest:full-path='/']/@manifest:media-type",
                "application/vnd.oasis.opendocument.spreadsheet");

  /* dates as date cells with a date style; the group headings spanned */
  assert_xpath (&content, "//table:table/@table:name", "Signals");
  assert_xpath (&content, "(//table:table-row)[5]/table:table-cell[5]/@office:value-type", "date");
  assert_xpath (&content, "(//table:table-row)[5]/table:table-cell[5]/@office:date-value", "2024-02-01");
  {
    g_autofree char *style = xpath_string (&content, "(//table:table-row)[5]/table:table-cell[5]/@table:style-name");
    g_autofree char *query = g_strdup_printf ("//style:style[@style:name='%s']/@style:data-style-name", style);
    g_autofree char *data_style = xpath_string (&content, query);
    g_autofree char *date_query = g_strdup_printf ("count(//*[local-name()='date-style'][@style:name='%s'])", data_style);

    g_assert_cmpfloat (xpath_number (&content, date_query), ==, 1);
  }
  assert_xpath (&content, "(//table:table-row)[3]/table:table-cell[@table:number-columns-spanned='3'][1]", "Impact on Customer");
  assert_xpath (&content, "(//table:table-row)[3]/table:table-cell[@table:number-columns-spanned='3'][2]", "Impact on Service provider");
  /* the description's row is as high as its paragraphs need */
  {
    g_autofree char *style = xpath_string (&content, "(//table:table-row)[2]/@table:style-name");
    g_autofree char *query = g_strdup_printf ("//style:style[@style:name='%s']/style:table-row-properties/@style:row-height", style);
    g_autofree char *height = xpath_string (&content, query);

    g_assert_true (g_str_has_suffix (height, "cm"));
    g_assert_cmpfloat (g_ascii_strtod (height, NULL), >=, 1.0); /* two lines or more */
  }

  /* the header frozen, in the view settings Calc reads */
  assert_xpath (&settings, "//config:config-item-map-entry[@config:name='Signals']/config:config-item[@config:name='VerticalSplitMode']", "2");
  assert_xpath (&settings, "//config:config-item-map-entry[@config:name='Signals']/config:config-item[@config:name='VerticalSplitPosition']", "4");

  part_clear (&manifest);
  part_clear (&content);
  part_clear (&settings);
}

/* ---- Writing the file --------------------------------------------------------------- */

static void
test_save (void)
{
  g_autoptr(AlignmentCase) example = load_example ();
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("alignment-workbook-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "case.ods", NULL);
  g_autofree char *missing = g_build_filename (dir, "no-such-folder", "case.xlsx", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) nowhere = g_file_new_for_path (missing);
  g_autofree char *data = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(AlignmentImport) import = NULL;
  AlignmentWorkbookFormat format;
  gsize length;

  g_assert_no_error (error);
  g_assert_true (alignment_workbook_format_from_name ("Case.XLSX", &format));
  g_assert_cmpint (format, ==, ALIGNMENT_WORKBOOK_XLSX);
  g_assert_true (alignment_workbook_format_from_name ("case.ods", &format));
  g_assert_cmpint (format, ==, ALIGNMENT_WORKBOOK_ODS);
  g_assert_false (alignment_workbook_format_from_name ("case.csv", &format));

  /* over an old file, which it replaces whole */
  g_assert_true (g_file_set_contents (path, "old", -1, NULL));
  g_assert_true (alignment_case_save_workbook (example, file, ALIGNMENT_WORKBOOK_ODS, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &data, &length, NULL));
  bytes = g_bytes_new_take (g_steal_pointer (&data), length);
  import = import_workbook (bytes);
  g_assert_cmpuint (import->n_signals, ==, 16);

  /* a folder that is not there: an error that names the file, and no
   * temporary file left behind */
  g_assert_false (alignment_case_save_workbook (example, nowhere, ALIGNMENT_WORKBOOK_XLSX, NULL, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "case.xlsx"));
  {
    g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
    guint n = 0;

    while (g_dir_read_name (listing) != NULL)
      n++;
    g_assert_cmpuint (n, ==, 1);
  }

  g_unlink (path);
  g_rmdir (dir);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/sheet-writer/xlsx-round-trip", test_xlsx_round_trip);
  g_test_add_func ("/sheet-writer/ods-round-trip", test_ods_round_trip);
  g_test_add_func ("/sheet-writer/xlsx-awkward-text", test_xlsx_awkward_text);
  g_test_add_func ("/sheet-writer/ods-awkward-text", test_ods_awkward_text);
  g_test_add_func ("/sheet-writer/xlsx-parts", test_xlsx_parts);
  g_test_add_func ("/sheet-writer/ods-parts", test_ods_parts);
  g_test_add_func ("/sheet-writer/save", test_save);

  return g_test_run ();
}
