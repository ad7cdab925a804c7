/* test-sheet.c: sheets exported as delimited text (CSV, TSV)
 *
 * What a spreadsheet program shows for a file is what the importer must
 * see: the same cells in the same rows, whatever the delimiter, quoting,
 * line ends or code page.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "alignment-core.h"
#include "sheet-test.h"

static AlignmentSheet *
read_text (const char *text)
{
  g_autoptr(GError) error = NULL;
  AlignmentSheet *sheet = alignment_sheet_read_delimited (text, strlen (text), &error);

  g_assert_no_error (error);
  g_assert_nonnull (sheet);
  return sheet;
}

static void
test_delimiters (void)
{
  static const struct { const char *text; char delimiter; const char *source; } cases[] = {
    { "id;type;sender\n1a;request-sent;customer\n", ';', "UTF-8, semicolon-separated" },
    { "id,type,sender\n1a,request-sent,customer\n", ',', "UTF-8, comma-separated" },
    { "id\ttype\tsender\n1a\trequest-sent\tcustomer\n", '\t', "UTF-8, tab-separated" },
    /* Commas in the text of a semicolon-separated sheet stay text. */
    { "id;message\n1a;yes, and no\n2a;one, two, three\n", ';', "UTF-8, semicolon-separated" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(AlignmentSheet) sheet = read_text (cases[i].text);

      g_assert_cmpint (sheet->delimiter, ==, cases[i].delimiter);
      g_assert_cmpstr (sheet->source, ==, cases[i].source);
      g_assert_false (sheet->recoded);
      g_assert_cmpstr (alignment_sheet_row_cell (sheet_test_row_at (sheet, 1), 0), ==, "1a");
    }

  {
    g_autoptr(AlignmentSheet) sheet = read_text (cases[3].text);

    sheet_test_assert_row (sheet, 1, 2, (const char *[]) { "1a", "yes, and no", NULL });
    sheet_test_assert_row (sheet, 2, 3, (const char *[]) { "2a", "one, two, three", NULL });
  }
}

static void
test_quotes (void)
{
  g_autoptr(AlignmentSheet) sheet =
    read_text ("id,message,goal\n"
               "1a,\"Dear all, the plan\nis late\",\"say \"\"sorry\"\"\"\n"
               "1b,\"quoted\"tail,plain \"quote\" inside\n");

  /* A quoted cell keeps its delimiters and line breaks; "" is a quote;
   * text after the closing quote stays in the cell. */
  sheet_test_assert_row (sheet, 1, 2, (const char *[]) { "1a", "Dear all, the plan\nis late", "say \"sorry\"", NULL });
  sheet_test_assert_row (sheet, 2, 3, (const char *[]) { "1b", "quotedtail", "plain \"quote\" inside", NULL });
  g_assert_cmpuint (sheet->rows->len, ==, 3);
}

static void
test_rows (void)
{
  g_autoptr(AlignmentSheet) sheet =
    read_text ("\xEF\xBB\xBFid;type;;\r\n"
               "\r\n"
               " ; \r\n"
               "1a;request-sent;;\r\n"
               "1b\r\n"
               "2a;escalation-sent;customer;late");

  /* The byte-order mark is not text; blank rows are not kept but the
   * rows keep the numbers a spreadsheet shows; trailing empty cells go. */
  g_assert_cmpuint (sheet->rows->len, ==, 4);
  sheet_test_assert_row (sheet, 0, 1, (const char *[]) { "id", "type", NULL });
  sheet_test_assert_row (sheet, 1, 4, (const char *[]) { "1a", "request-sent", NULL });
  sheet_test_assert_row (sheet, 2, 5, (const char *[]) { "1b", NULL });
  sheet_test_assert_row (sheet, 3, 6, (const char *[]) { "2a", "escalation-sent", "customer", "late", NULL });
  g_assert_cmpuint (sheet->n_columns, ==, 4);

  /* Past the end of a short row, a cell is empty. */
  g_assert_cmpstr (alignment_sheet_row_cell (sheet_test_row_at (sheet, 2), 0), ==, "1b");
  g_assert_cmpstr (alignment_sheet_row_cell (sheet_test_row_at (sheet, 2), 3), ==, "");
  g_assert_cmpstr (alignment_sheet_row_cell (sheet_test_row_at (sheet, 2), 1000), ==, "");
}

static void
test_windows_1252 (void)
{
  /* "Café", "€ 5", "“quoted”" and a byte the code page leaves undefined
   * (0x81), as older Excel versions write them. */
  g_autoptr(AlignmentSheet) sheet = read_text ("id;message\n1a;Caf\xe9\n1b;\x80 5\n1c;\x93quoted\x94 \x81\n");

  g_assert_true (sheet->recoded);
  g_assert_cmpstr (sheet->source, ==, "Windows-1252, semicolon-separated");
  sheet_test_assert_row (sheet, 1, 2, (const char *[]) { "1a", "Café", NULL });
  sheet_test_assert_row (sheet, 2, 3, (const char *[]) { "1b", "€ 5", NULL });
  sheet_test_assert_row (sheet, 3, 4, (const char *[]) { "1c", "“quoted” \xc2\x81", NULL });
}

static void
test_errors (void)
{
  /* A length of 0 means the string's own. */
  static const struct { const char *text; gsize length; int code; } cases[] = {
    { "", 0, ALIGNMENT_SHEET_ERROR_EMPTY },
    { "\n\r\n  \n;;\n", 0, ALIGNMENT_SHEET_ERROR_EMPTY },
    { "\xEF\xBB\xBF", 0, ALIGNMENT_SHEET_ERROR_EMPTY },
    { "id;type\n1a\0;x\n", 14, ALIGNMENT_SHEET_ERROR_FORMAT },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(AlignmentSheet) sheet = alignment_sheet_read_delimited (cases[i].text,
                                                                         cases[i].length != 0 ? cases[i].length : strlen (cases[i].text),
                                                                         &error);

      g_assert_null (sheet);
      g_assert_error (error, ALIGNMENT_SHEET_ERROR, cases[i].code);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/sheet/delimiters", test_delimiters);
  g_test_add_func ("/sheet/quotes", test_quotes);
  g_test_add_func ("/sheet/rows", test_rows);
  g_test_add_func ("/sheet/windows-1252", test_windows_1252);
  g_test_add_func ("/sheet/errors", test_errors);

  return g_test_run ();
}
