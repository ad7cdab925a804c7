/* test-sheet-xlsx.c: worksheets of XLSX workbooks
 *
 * The workbooks are made here, part by part, with libarchive: each test
 * says in a few lines of XML what Excel or LibreOffice writes, and checks
 * that the cells read are the ones those programs show.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include <archive.h>
#include <archive_entry.h>
#include <glib/gstdio.h>

#include "alignment-core.h"
#include "sheet-test.h"

#define MAIN_NS "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
#define REL_NS  "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\""

static const char *workbook_xml =
  "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
  "<workbook " MAIN_NS " " REL_NS "><sheets>"
  "<sheet name=\"Notes\" sheetId=\"1\" r:id=\"rId1\"/>"
  "<sheet name=\"Signals\" sheetId=\"2\" r:id=\"rId2\"/>"
  "</sheets></workbook>";

/* One target relative to xl/, as Excel writes it; one absolute, as some
 * other writers do. */
static const char *rels_xml =
  "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
  "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
  "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
  "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"/xl/worksheets/sheet2.xml\"/>"
  "</Relationships>";

/* Plain strings, rich text in runs, and a phonetic reading that Excel
 * does not show. */
static const char *shared_strings_xml =
  "<sst " MAIN_NS " count=\"5\" uniqueCount=\"5\">"
  "<si><t>Signal id</t></si>"
  "<si><r><rPr><b/></rPr><t>Start </t></r><r><t>date</t></r></si>"
  "<si><t xml:space=\"preserve\">  Dear all  </t></si>"
  "<si><t>Sender</t><rPh sb=\"0\" eb=\"1\"><t>SENDER</t></rPh></si>"
  "<si><t>customer</t></si>"
  "</sst>";

/* Cell styles: 0 general, 1 a built-in date format (14), 2 a custom date
 * format, 3 a number with decimals, 4 a custom format whose "d" is
 * quoted, so no date. */
static const char *styles_xml =
  "<styleSheet " MAIN_NS ">"
  "<numFmts count=\"2\">"
  "<numFmt numFmtId=\"164\" formatCode=\"dd/mm/yyyy\"/>"
  "<numFmt numFmtId=\"165\" formatCode=\"0.0&quot; days&quot;\"/>"
  "</numFmts>"
  "<cellXfs count=\"5\">"
  "<xf numFmtId=\"0\"/><xf numFmtId=\"14\"/><xf numFmtId=\"164\"/><xf numFmtId=\"2\"/><xf numFmtId=\"165\"/>"
  "</cellXfs>"
  "</styleSheet>";

static const char *notes_sheet_xml =
  "<worksheet " MAIN_NS "><sheetData>"
  "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Just notes</t></is></c></row>"
  "</sheetData></worksheet>";

static const char *signals_sheet_xml =
  "<worksheet " MAIN_NS "><sheetData>"
  /* The header, from shared strings; C1 is left out. */
  "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c>"
  "<c r=\"D1\" t=\"s\"><v>3</v></c></row>"
  /* An empty row, and a row of empty cells: neither is kept. */
  "<row r=\"2\"/>"
  "<row r=\"3\"><c r=\"A3\" s=\"1\"/><c r=\"B3\" t=\"inlineStr\"><is><t>   </t></is></c></row>"
  /* Dates by style, an inline string, a shared string with spaces. */
  "<row r=\"5\"><c r=\"A5\" t=\"inlineStr\"><is><t>1a</t></is></c><c r=\"B5\" s=\"1\"><v>45323</v></c>"
  "<c r=\"C5\" t=\"s\"><v>2</v></c><c r=\"D5\" t=\"s\"><v>4</v></c></row>"
  /* No cell references: the cells follow one another. */
  "<row r=\"6\"><c t=\"str\"><v>1b</v></c><c s=\"2\"><v>45324</v></c><c t=\"b\"><v>1</v></c>"
  "<c t=\"e\"><v>#N/A</v></c></row>"
  /* Numbers that are not dates stay as written; a date serial before
   * March 1900 is not read as a date; a shared-string index past the end
   * reads as empty. */
  "<row r=\"7\"><c r=\"A7\"><v>2</v></c><c r=\"B7\" s=\"3\"><v>3.5</v></c><c r=\"C7\" s=\"4\"><v>45323</v></c>"
  "<c r=\"D7\" s=\"1\"><v>12</v></c><c r=\"E7\" t=\"s\"><v>99</v></c><c r=\"F7\" t=\"b\"><v>0</v></c></row>"
  /* A row without a number follows the previous one. */
  "<row><c r=\"AA8\" t=\"inlineStr\"><is><t>far</t></is></c></row>"
  "</sheetData></worksheet>";

static la_ssize_t
write_to_array (struct archive *archive,
                void           *data,
                const void     *buffer,
                size_t          length)
{
  g_byte_array_append (data, buffer, (guint) length);
  return (la_ssize_t) length;
}

/* A zip of @parts: pairs of path and content, NULL-terminated. */
static GBytes *
make_zip (const char * const *parts)
{
  GByteArray *zip = g_byte_array_new ();
  struct archive *archive = archive_write_new ();

  g_assert_cmpint (archive_write_set_format_zip (archive), ==, ARCHIVE_OK);
  archive_write_set_bytes_in_last_block (archive, 1);
  g_assert_cmpint (archive_write_open (archive, zip, NULL, write_to_array, NULL), ==, ARCHIVE_OK);

  for (guint i = 0; parts[i] != NULL; i += 2)
    {
      struct archive_entry *entry = archive_entry_new ();
      gsize length = strlen (parts[i + 1]);

      archive_entry_set_pathname (entry, parts[i]);
      archive_entry_set_size (entry, (la_int64_t) length);
      archive_entry_set_filetype (entry, AE_IFREG);
      archive_entry_set_perm (entry, 0644);
      g_assert_cmpint (archive_write_header (archive, entry), ==, ARCHIVE_OK);
      g_assert_cmpint (archive_write_data (archive, parts[i + 1], length), ==, (la_ssize_t) length);
      archive_entry_free (entry);
    }

  g_assert_cmpint (archive_write_close (archive), ==, ARCHIVE_OK);
  archive_write_free (archive);

  return g_byte_array_free_to_bytes (zip);
}

static GBytes *
make_workbook (void)
{
  return make_zip ((const char *[]) {
    "[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>",
    "xl/workbook.xml", workbook_xml,
    "xl/_rels/workbook.xml.rels", rels_xml,
    "xl/sharedStrings.xml", shared_strings_xml,
    "xl/styles.xml", styles_xml,
    "xl/worksheets/sheet1.xml", notes_sheet_xml,
    "xl/worksheets/sheet2.xml", signals_sheet_xml,
    NULL,
  });
}

static void
test_list_sheets (void)
{
  g_autoptr(GBytes) workbook = make_workbook ();
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) names = alignment_sheet_list_xlsx_sheets (workbook, &error);

  g_assert_no_error (error);
  g_assert_nonnull (names);
  g_assert_cmpuint (g_strv_length (names), ==, 2);
  g_assert_cmpstr (names[0], ==, "Notes");
  g_assert_cmpstr (names[1], ==, "Signals");
}

static void
test_first_sheet (void)
{
  g_autoptr(GBytes) workbook = make_workbook ();
  g_autoptr(GError) error = NULL;
  g_autoptr(AlignmentSheet) sheet = alignment_sheet_read_xlsx (workbook, NULL, &error);

  /* No name: the first sheet, as Excel opens it. */
  g_assert_no_error (error);
  g_assert_cmpstr (sheet->source, ==, "XLSX");
  g_assert_cmpuint (sheet->rows->len, ==, 1);
  sheet_test_assert_row (sheet, 0, 1, (const char *[]) { "Just notes", NULL });
}

static void
test_cells (void)
{
  g_autoptr(GBytes) workbook = make_workbook ();
  g_autoptr(GError) error = NULL;
  g_autoptr(AlignmentSheet) sheet = alignment_sheet_read_xlsx (workbook, "Signals", &error);
  const AlignmentSheetRow *far;

  g_assert_no_error (error);
  g_assert_false (sheet->recoded);
  g_assert_cmpint (sheet->delimiter, ==, 0);
  g_assert_cmpuint (sheet->rows->len, ==, 5);

  sheet_test_assert_row (sheet, 0, 1, (const char *[]) { "Signal id", "Start date", "", "Sender", NULL });
  sheet_test_assert_row (sheet, 1, 5, (const char *[]) { "1a", "2024-02-01", "  Dear all  ", "customer", NULL });
  sheet_test_assert_row (sheet, 2, 6, (const char *[]) { "1b", "2024-02-02", "TRUE", "#N/A", NULL });
  sheet_test_assert_row (sheet, 3, 7, (const char *[]) { "2", "3.5", "45323", "12", "", "FALSE", NULL });

  far = sheet_test_row_at (sheet, 4);
  g_assert_cmpuint (far->number, ==, 8);
  g_assert_cmpuint (far->n_cells, ==, 27);
  g_assert_cmpstr (alignment_sheet_row_cell (far, 0), ==, "");
  g_assert_cmpstr (alignment_sheet_row_cell (far, 26), ==, "far");
  g_assert_cmpuint (sheet->n_columns, ==, 27);
}

static void
test_no_such_sheet (void)
{
  g_autoptr(GBytes) workbook = make_workbook ();
  g_autoptr(GError) error = NULL;
  g_autoptr(AlignmentSheet) sheet = alignment_sheet_read_xlsx (workbook, "Lessons", &error);

  /* The message names the sheets there are, to choose from. */
  g_assert_null (sheet);
  g_assert_error (error, ALIGNMENT_SHEET_ERROR, ALIGNMENT_SHEET_ERROR_NO_SHEET);
  g_assert_nonnull (strstr (error->message, "“Lessons”"));
  g_assert_nonnull (strstr (error->message, "“Notes”, “Signals”"));
}

static void
test_damaged (void)
{
  g_autoptr(GBytes) not_zip = g_bytes_new_static ("id;type\n1a;x\n", 13);
  g_autoptr(GBytes) no_workbook = make_zip ((const char *[]) {
    "xl/worksheets/sheet1.xml", notes_sheet_xml, NULL });
  g_autoptr(GBytes) no_sheets = make_zip ((const char *[]) {
    "xl/workbook.xml", "<workbook " MAIN_NS "><sheets/></workbook>", NULL });
  g_autoptr(GBytes) lost_sheet = make_zip ((const char *[]) {
    "xl/workbook.xml", workbook_xml, "xl/_rels/workbook.xml.rels", rels_xml, NULL });
  g_autoptr(GBytes) broken_part = make_zip ((const char *[]) {
    "xl/workbook.xml", workbook_xml, "xl/_rels/workbook.xml.rels", rels_xml,
    "xl/worksheets/sheet1.xml", "<worksheet><sheetData><row>", NULL });
  g_autoptr(GBytes) with_dtd = make_zip ((const char *[]) {
    "xl/workbook.xml", "<!DOCTYPE workbook [<!ENTITY a \"b\">]><workbook/>", NULL });
  g_autoptr(GBytes) empty_sheet = make_zip ((const char *[]) {
    "xl/workbook.xml", workbook_xml, "xl/_rels/workbook.xml.rels", rels_xml,
    "xl/worksheets/sheet1.xml", "<worksheet " MAIN_NS "><sheetData/></worksheet>", NULL });
  const struct { GBytes **data; int code; } cases[] = {
    { &not_zip, ALIGNMENT_SHEET_ERROR_FORMAT },
    { &no_workbook, ALIGNMENT_SHEET_ERROR_FORMAT },
    { &no_sheets, ALIGNMENT_SHEET_ERROR_NO_SHEET },
    { &lost_sheet, ALIGNMENT_SHEET_ERROR_FORMAT },
    { &broken_part, ALIGNMENT_SHEET_ERROR_FORMAT },
    { &with_dtd, ALIGNMENT_SHEET_ERROR_FORMAT },
    { &empty_sheet, ALIGNMENT_SHEET_ERROR_EMPTY },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(AlignmentSheet) sheet = alignment_sheet_read_xlsx (*cases[i].data, NULL, &error);

      g_test_message ("case %u", i);
      g_assert_null (sheet);
      g_assert_error (error, ALIGNMENT_SHEET_ERROR, cases[i].code);
    }

  {
    g_autoptr(GError) error = NULL;
    g_auto(GStrv) names = alignment_sheet_list_xlsx_sheets (no_sheets, &error);

    g_assert_null (names);
    g_assert_error (error, ALIGNMENT_SHEET_ERROR, ALIGNMENT_SHEET_ERROR_NO_SHEET);
  }
}

/* A file is read as a workbook when it is a zip, whatever its name, and
 * as delimited text otherwise. */
static void
test_read_file (void)
{
  g_autoptr(GBytes) workbook = make_workbook ();
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("test-sheet-xlsx-XXXXXX", &error);
  g_autofree char *xlsx_path = g_build_filename (dir, "log.csv", NULL);
  g_autofree char *csv_path = g_build_filename (dir, "log.xlsx", NULL);
  g_autoptr(GFile) xlsx_file = g_file_new_for_path (xlsx_path);
  g_autoptr(GFile) csv_file = g_file_new_for_path (csv_path);
  g_autoptr(AlignmentSheet) from_xlsx = NULL;
  g_autoptr(AlignmentSheet) from_csv = NULL;

  g_assert_no_error (error);
  g_assert_true (g_file_set_contents (xlsx_path, g_bytes_get_data (workbook, NULL),
                                      (gssize) g_bytes_get_size (workbook), &error));
  g_assert_true (g_file_set_contents (csv_path, "id;type\n1a;request-sent\n", -1, &error));

  from_xlsx = alignment_sheet_read_file (xlsx_file, "Signals", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (from_xlsx->source, ==, "XLSX");
  g_assert_cmpuint (from_xlsx->rows->len, ==, 5);

  from_csv = alignment_sheet_read_file (csv_file, "Signals", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (from_csv->delimiter, ==, ';');
  sheet_test_assert_row (from_csv, 1, 2, (const char *[]) { "1a", "request-sent", NULL });

  g_assert_cmpint (g_unlink (xlsx_path), ==, 0);
  g_assert_cmpint (g_unlink (csv_path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/sheet-xlsx/list-sheets", test_list_sheets);
  g_test_add_func ("/sheet-xlsx/first-sheet", test_first_sheet);
  g_test_add_func ("/sheet-xlsx/cells", test_cells);
  g_test_add_func ("/sheet-xlsx/no-such-sheet", test_no_such_sheet);
  g_test_add_func ("/sheet-xlsx/damaged", test_damaged);
  g_test_add_func ("/sheet-xlsx/read-file", test_read_file);

  return g_test_run ();
}
