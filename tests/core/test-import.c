/* test-import.c: the sheets people already keep, read as a person would
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "alignment-core.h"
#include "alignment-import.h"
#include "alignment-sheet.h"
#include "sheet-test.h"

static char *
data_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "data", name, NULL);
}

static AlignmentImport *
import_text (const char *text,
             gssize      length)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AlignmentSheet) sheet = NULL;
  AlignmentImport *import;

  sheet = alignment_sheet_read_delimited (text, length < 0 ? strlen (text) : (gsize) length, &error);
  g_assert_no_error (error);
  import = alignment_import_sheet (sheet, NULL, &error);
  g_assert_no_error (error);
  return import;
}

static AlignmentSignal *
signal_at (AlignmentImport *import,
           guint            i)
{
  return alignment_signal_list_get (alignment_case_get_signals (import->imported), i);
}

/* The notes as text, one a line, to assert on what the user reads. */
static char *
report (AlignmentImport *import)
{
  g_autoptr(GString) s = g_string_new (NULL);

  for (guint i = 0; i < import->notes->len; i++)
    {
      g_autofree char *line = alignment_import_note_to_string (g_ptr_array_index (import->notes, i));
      g_string_append_printf (s, "%s\n", line);
    }
  return g_string_free (g_steal_pointer (&s), FALSE);
}

static guint
count_notes (AlignmentImport         *import,
             AlignmentImportNoteKind  kind)
{
  guint n = 0;

  for (guint i = 0; i < import->notes->len; i++)
    n += ((AlignmentImportNote *) g_ptr_array_index (import->notes, i))->kind == kind;
  return n;
}

static void
assert_signals_equal_example (AlignmentImport *import)
{
  g_autoptr(GFile) file = g_file_new_for_path (g_getenv ("ALIGNMENT_EXAMPLE"));
  g_autoptr(GError) error = NULL;
  g_autoptr(AlignmentCase) example = alignment_case_load (file, NULL, &error);
  AlignmentSignal **expected, **got;
  guint n_expected, n_got;

  g_assert_no_error (error);
  expected = alignment_signal_list_peek (alignment_case_get_signals (example), &n_expected);
  got = alignment_signal_list_peek (alignment_case_get_signals (import->imported), &n_got);
  g_assert_cmpuint (n_got, ==, n_expected);
  for (guint i = 0; i < n_expected; i++)
    if (!alignment_signal_equal (expected[i], got[i]))
      g_error ("signal %s differs from the example's", alignment_signal_get_id (expected[i]));
}

/* The thesis's own sheet gives exactly the bundled example's signals. */
static void
test_fixture (void)
{
  g_autofree char *path = data_path ("datasheet-threads-1-3.tsv");
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(AlignmentImport) import = NULL;
  g_autofree char *text = NULL;
  gsize length;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  import = import_text (contents, (gssize) length);

  g_assert_cmpuint (import->n_signals, ==, 16);
  g_assert_cmpuint (import->header_row, ==, 1);
  for (guint i = 0; i < ALIGNMENT_COLUMN_THREAD; i++)
    g_assert_cmpint (import->mapping[i], ==, (int) i);
  /* The sheet keeps no thread titles, and says nothing of them. */
  g_assert_cmpint (import->mapping[ALIGNMENT_COLUMN_THREAD], ==, -1);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (alignment_case_get_thread_records (import->imported))), ==, 0);
  assert_signals_equal_example (import);

  /* Dates without a year are placed and reported, nothing is dropped. */
  text = report (import);
  g_assert_cmpuint (count_notes (import, ALIGNMENT_IMPORT_NOTE_DROPPED), ==, 0);
  g_assert_nonnull (strstr (text, "row 2, End date: read “7-feb”: no year given: took 2024"));
  g_assert_nonnull (strstr (text, "row 11, Start date: read “24-apr”: no year given: took 2024"));
  g_assert_nonnull (strstr (text, "row 12, Start date: read “7-mei”: no year given: took 2024"));
}

/* A Dutch Excel export: BOM, ';', CRLF, a title row, a case description,
 * the group headings, the header repeated further down, quoted cells with
 * line breaks, semicolons and quotes. */
static const char dutch_export[] =
  "\xEF\xBB\xBF"
  "Signaallog SAFe;;;;\r\n"
  "\"De klant stapt over op SAFe; de leverancier moet meebewegen.\nTwee alinea's.\";;;\r\n"
  ";;;;;;;;;;;;Impact on Customer;;;Impact on Service provider;;\r\n"
  "Signal id;Signal type;Sender;Trigger/reason;Start date;End date;Recipients/participants;Message / Content;Goal signal;Understood signal;Urgency intended/understood;Reaction receiver;Honesty in exchange;Good-faith effort;Limited opportunism;Honesty in exchange;Good-faith effort;Limited opportunism\r\n"
  "1a;Request sent;CUST;\"Training; \"\"SAFe\"\" basics\";1-2-2024;7-feb;SP;workshop;\"Line one\r\nLine two\";yes;MEDIUM;ok;Same;Same;Same;Same;Same;+\r\n"
  "1b;escalation sent;cust;Quality;15-mrt;10-3-2024;SP;mail;goal;Yes;very high;repaired;0;−;Same;pos;neg;Negative\r\n"
  "Signal id;Signal type;Sender;Trigger/reason;Start date;End date;Recipients/participants;Message / Content;Goal signal;Understood signal;Urgency intended/understood;Reaction receiver;Honesty in exchange;Good-faith effort;Limited opportunism;Honesty in exchange;Good-faith effort;Limited opportunism\r\n"
  "1b;Alignment event;Service provider;Scope;2024-03-20;;CUST;response;;No;High/Medium;;Positive;Positive;Same;Same;Positive;Positive\r\n"
  "1e;Request sent;SP;Gap;22-3-2024;;;;;nee;laag;;;;;;;\r\n";

static void
test_dutch_export (void)
{
  g_autoptr(AlignmentImport) import = import_text (dutch_export, -1);
  g_autofree char *text = report (import);
  AlignmentSignal *s;

  g_test_message ("%s", text);
  g_assert_cmpuint (import->n_signals, ==, 4);
  g_assert_cmpstr (alignment_case_get_title (import->imported), ==, "Signaallog SAFe");
  g_assert_cmpstr (alignment_case_get_context (import->imported), ==,
                   "De klant stapt over op SAFe; de leverancier moet meebewegen.\nTwee alinea's.");
  g_assert_cmpuint (import->header_row, ==, 4);

  s = signal_at (import, 0);
  g_assert_cmpstr (alignment_signal_get_id (s), ==, "1a");
  g_assert_cmpstr (alignment_signal_get_trigger (s), ==, "Training; \"SAFe\" basics");
  g_assert_cmpstr (alignment_signal_get_goal (s), ==, "Line one\nLine two");
  g_assert_cmpuint (alignment_signal_get_start_julian (s), ==, alignment_date_from_ymd (2024, 2, 1));
  g_assert_cmpuint (alignment_signal_get_end_julian (s), ==, alignment_date_from_ymd (2024, 2, 7));
  g_assert_cmpint (alignment_signal_get_urgency (s), ==, ALIGNMENT_URGENCY_MEDIUM);
  /* the group headings say which party's trust each column is */
  g_assert_cmpint (alignment_signal_get_impact (s, ALIGNMENT_PARTY_PROVIDER, ALIGNMENT_REALM_RELATIONAL), ==, ALIGNMENT_IMPACT_POSITIVE);
  g_assert_cmpint (alignment_signal_get_impact (s, ALIGNMENT_PARTY_CUSTOMER, ALIGNMENT_REALM_RELATIONAL), ==, ALIGNMENT_IMPACT_SAME);

  s = signal_at (import, 1);
  g_assert_cmpint (alignment_signal_get_signal_type (s), ==, ALIGNMENT_SIGNAL_TYPE_ESCALATION_SENT);
  g_assert_cmpint (alignment_signal_get_sender (s), ==, ALIGNMENT_PARTY_CUSTOMER);
  g_assert_cmpint (alignment_signal_get_urgency (s), ==, ALIGNMENT_URGENCY_VERY_HIGH);
  g_assert_cmpint (alignment_signal_get_understood (s), ==, ALIGNMENT_UNDERSTOOD_YES);
  g_assert_cmpint (alignment_signal_get_impact (s, ALIGNMENT_PARTY_CUSTOMER, ALIGNMENT_REALM_CONTRACTUAL), ==, ALIGNMENT_IMPACT_SAME);
  g_assert_cmpint (alignment_signal_get_impact (s, ALIGNMENT_PARTY_CUSTOMER, ALIGNMENT_REALM_OPERATIONAL), ==, ALIGNMENT_IMPACT_NEGATIVE);
  g_assert_cmpint (alignment_signal_get_impact (s, ALIGNMENT_PARTY_PROVIDER, ALIGNMENT_REALM_CONTRACTUAL), ==, ALIGNMENT_IMPACT_POSITIVE);
  g_assert_cmpint (alignment_signal_get_impact (s, ALIGNMENT_PARTY_PROVIDER, ALIGNMENT_REALM_OPERATIONAL), ==, ALIGNMENT_IMPACT_NEGATIVE);
  /* the end before the start is kept as written, and reported */
  g_assert_cmpuint (alignment_signal_get_start_julian (s), ==, alignment_date_from_ymd (2024, 3, 15));
  g_assert_cmpuint (alignment_signal_get_end_julian (s), ==, alignment_date_from_ymd (2024, 3, 10));
  g_assert_nonnull (strstr (text, "row 6, End date: read “10-3-2024”: the end date is before the start date: kept as written"));

  /* the repeated header is skipped and said so */
  g_assert_nonnull (strstr (text, "row 7: the header row again: skipped"));

  /* the second 1b gets the letter after the highest of thread 1 in the
   * whole sheet (1e, further down), and the report says which */
  s = signal_at (import, 2);
  g_assert_cmpstr (alignment_signal_get_id (s), ==, "1f");
  g_assert_nonnull (strstr (text, "row 8, Signal id: read “1b”: the id 1b is used by an earlier signal: this one was given the id 1f"));
  g_assert_cmpint (alignment_signal_get_sender (s), ==, ALIGNMENT_PARTY_PROVIDER);
  g_assert_cmpint (alignment_signal_get_urgency (s), ==, ALIGNMENT_URGENCY_HIGH);
  g_assert_cmpint (alignment_signal_get_urgency_understood (s), ==, ALIGNMENT_URGENCY_MEDIUM);
  g_assert_cmpint (alignment_signal_get_understood (s), ==, ALIGNMENT_UNDERSTOOD_NO);

  /* a skipped letter is read as written: the check warns about it, the
   * import does not invent */
  s = signal_at (import, 3);
  g_assert_cmpstr (alignment_signal_get_id (s), ==, "1e");
  g_assert_cmpint (alignment_signal_get_understood (s), ==, ALIGNMENT_UNDERSTOOD_NO);
  g_assert_cmpint (alignment_signal_get_urgency (s), ==, ALIGNMENT_URGENCY_LOW);
}

static void
test_windows_1252 (void)
{
  /* "Réunion" and "€" in Windows-1252, and a header in Dutch */
  const char text[] = "Signaal id\tSoort signaal\tAfzender\tAanleiding\tStartdatum\n"
                      "1a\tRequest sent\tKlant\tR\xe9union \x80 budget\t3 okt 2023\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(AlignmentSheet) sheet = alignment_sheet_read_delimited (text, strlen (text), &error);
  g_autoptr(AlignmentImport) import = NULL;

  g_assert_no_error (error);
  g_assert_true (sheet->recoded);
  import = alignment_import_sheet (sheet, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (alignment_signal_get_trigger (signal_at (import, 0)), ==, "Réunion € budget");
  g_assert_cmpint (alignment_signal_get_sender (signal_at (import, 0)), ==, ALIGNMENT_PARTY_CUSTOMER);
  g_assert_cmpuint (alignment_signal_get_start_julian (signal_at (import, 0)), ==, alignment_date_from_ymd (2023, 10, 3));
}

static void
test_reordered_and_missing_columns (void)
{
  const char text[] =
    "Sender,Start date,Signal id,Signal type,SP Good-faith effort,CUST Good-faith effort\n"
    "SP,2024-01-10,4a,Alignment event,Positive,Negative\n";
  g_autoptr(AlignmentImport) import = import_text (text, -1);
  g_autofree char *notes = report (import);
  AlignmentSignal *s = signal_at (import, 0);

  g_assert_cmpint (import->mapping[ALIGNMENT_COLUMN_ID], ==, 2);
  g_assert_cmpint (import->mapping[ALIGNMENT_COLUMN_TRIGGER], ==, -1);
  g_assert_cmpstr (alignment_signal_get_id (s), ==, "4a");
  g_assert_cmpint (alignment_signal_get_sender (s), ==, ALIGNMENT_PARTY_PROVIDER);
  g_assert_cmpint (alignment_signal_get_impact (s, ALIGNMENT_PARTY_PROVIDER, ALIGNMENT_REALM_OPERATIONAL), ==, ALIGNMENT_IMPACT_POSITIVE);
  g_assert_cmpint (alignment_signal_get_impact (s, ALIGNMENT_PARTY_CUSTOMER, ALIGNMENT_REALM_OPERATIONAL), ==, ALIGNMENT_IMPACT_NEGATIVE);
  /* a column the sheet lacks is said, not silently empty */
  g_assert_nonnull (strstr (notes, "row 1: not in the sheet, so left empty: Trigger/reason, End date, Recipients/participants, "));
}

static void
test_unreadable_cells_reported (void)
{
  const char text[] =
    "Signal id\tSignal type\tSender\tStart date\tUnderstood signal\tUrgency intended/understood\n"
    "x\tPhone call\tThird party\tsoon\tmaybe\tpurple\n"
    "\t\tCUST\t2024-02-02\n";
  g_autoptr(AlignmentImport) import = import_text (text, -1);
  g_autofree char *notes = report (import);
  AlignmentSignal *s = signal_at (import, 0);

  g_test_message ("%s", notes);
  /* every row that holds a signal is a signal */
  g_assert_cmpuint (import->n_signals, ==, 2);
  g_assert_cmpstr (alignment_signal_get_id (s), ==, "1a");
  g_assert_cmpint (alignment_signal_get_signal_type (s), ==, ALIGNMENT_SIGNAL_TYPE_UNKNOWN);
  g_assert_cmpint (alignment_signal_get_sender (s), ==, ALIGNMENT_PARTY_UNKNOWN);
  g_assert_cmpuint (alignment_signal_get_start_julian (s), ==, 0);
  g_assert_nonnull (strstr (notes, "row 2, Signal id: read “x”: not a thread number followed by a letter: the signal was given the id 1a"));
  g_assert_nonnull (strstr (notes, "row 2, Signal type: read “Phone call”: not a value this column knows: left empty"));
  g_assert_nonnull (strstr (notes, "row 2, Start date: read “soon”: not a date: left empty"));
  g_assert_nonnull (strstr (notes, "row 2, Urgency: read “purple”"));
  g_assert_cmpuint (count_notes (import, ALIGNMENT_IMPORT_NOTE_DROPPED), ==, 5);
  g_assert_cmpstr (alignment_signal_get_id (signal_at (import, 1)), ==, "1b");
  g_assert_nonnull (strstr (notes, "row 3, Signal id: the signal has no id: it was given 1b"));
}

static void
test_no_header (void)
{
  const char text[] = "7a\tRequest sent\tSP\tBudget\t2-1-2025\n";
  g_autoptr(AlignmentImport) import = import_text (text, -1);
  g_autofree char *notes = report (import);

  g_assert_cmpuint (import->header_row, ==, 0);
  g_assert_cmpstr (alignment_signal_get_trigger (signal_at (import, 0)), ==, "Budget");
  g_assert_nonnull (strstr (notes, "no header row found"));
}

static void
test_year_from_neighbours (void)
{
  /* The first dates have no year: the first full date below places them;
   * a December date before a January one stays in the year before. */
  const char text[] =
    "Signal id;Start date;End date\n"
    "1a;20-dec;3-jan\n"
    "1b;2-1-2025;\n"
    "1c;28-dec;\n";
  g_autoptr(AlignmentImport) import = import_text (text, -1);
  AlignmentImportOptions options;
  g_autoptr(AlignmentSheet) sheet = NULL;
  g_autoptr(AlignmentImport) forced = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpuint (alignment_signal_get_start_julian (signal_at (import, 0)), ==, alignment_date_from_ymd (2024, 12, 20));
  g_assert_cmpuint (alignment_signal_get_end_julian (signal_at (import, 0)), ==, alignment_date_from_ymd (2025, 1, 3));
  g_assert_cmpuint (alignment_signal_get_start_julian (signal_at (import, 2)), ==, alignment_date_from_ymd (2024, 12, 28));

  /* --year overrides */
  alignment_import_options_init (&options);
  options.year = 2030;
  sheet = alignment_sheet_read_delimited (text, strlen (text), &error);
  forced = alignment_import_sheet (sheet, &options, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (alignment_signal_get_start_julian (signal_at (forced, 0)), ==, alignment_date_from_ymd (2030, 12, 20));
}

static void
test_bad_input (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AlignmentSheet) sheet = NULL;
  g_autoptr(AlignmentImport) import = NULL;
  const char junk[] = "\x00\x01\x02\xff\xfe PNG\x00\x00";
  const char nothing[] = "Just a note\nand another\n";

  sheet = alignment_sheet_read_delimited (junk, sizeof junk, &error);
  g_assert_error (error, ALIGNMENT_SHEET_ERROR, ALIGNMENT_SHEET_ERROR_FORMAT);
  g_assert_null (sheet);
  g_clear_error (&error);

  sheet = alignment_sheet_read_delimited ("", 0, &error);
  g_assert_error (error, ALIGNMENT_SHEET_ERROR, ALIGNMENT_SHEET_ERROR_EMPTY);
  g_clear_error (&error);

  /* text, but no signal in it: a clear error, not an empty case */
  sheet = alignment_sheet_read_delimited (nothing, strlen (nothing), &error);
  g_assert_no_error (error);
  import = alignment_import_sheet (sheet, NULL, &error);
  g_assert_null (import);
  g_assert_error (error, ALIGNMENT_SHEET_ERROR, ALIGNMENT_SHEET_ERROR_EMPTY);
  g_assert_nonnull (strstr (error->message, "header row"));
}

/* A million empty rows cost nothing and hide nothing. */
static void
test_million_empty_rows (void)
{
  const char head[] = "Signal id;Signal type;Sender;Start date\n1a;Request sent;CUST;1-2-2024\n";
  const char tail[] = "1b;Alignment event;SP;1-3-2024\n";
  gsize n_empty = 1000000;
  gsize length = strlen (head) + n_empty * 3 + strlen (tail);
  g_autofree char *text = g_malloc (length + 1);
  g_autoptr(AlignmentImport) import = NULL;
  char *p = text;

  p = g_stpcpy (p, head);
  for (gsize i = 0; i < n_empty; i++)
    p = g_stpcpy (p, ";;\n");
  p = g_stpcpy (p, tail);

  import = import_text (text, (gssize) (p - text));
  g_assert_cmpuint (import->n_signals, ==, 2);
  g_assert_cmpstr (alignment_signal_get_id (signal_at (import, 1)), ==, "1b");
}

/* One line of 100 MB: read in bounded memory (a few times the input),
 * as one cell, without a crash. */
static void
test_huge_line (void)
{
  gsize length = 100 * 1024 * 1024;
  g_autofree char *text = g_malloc (length);
  g_autoptr(GError) error = NULL;
  g_autoptr(AlignmentSheet) sheet = NULL;
  AlignmentSheetRow *row;

  memset (text, 'x', length);
  sheet = alignment_sheet_read_delimited (text, length, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (sheet->rows->len, ==, 1);
  row = g_ptr_array_index (sheet->rows, 0);
  g_assert_cmpuint (row->n_cells, ==, 1);
  g_assert_cmpuint (strlen (row->cells[0]), ==, length);
}

static void
test_xlsx (void)
{
  g_autofree char *path = data_path ("signals.xlsx");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(AlignmentSheet) sheet = NULL;
  g_autoptr(AlignmentSheet) notes = NULL;
  g_autoptr(AlignmentImport) import = NULL;

  /* the named sheet; the first one holds only notes */
  sheet = alignment_sheet_read_file (file, "Signals", NULL, &error);
  g_assert_no_error (error);
  import = alignment_import_sheet (sheet, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (alignment_case_get_title (import->imported), ==, "Agile way of working: signal log");
  assert_signals_equal_example (import);

  notes = alignment_sheet_read_file (file, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (alignment_sheet_row_cell (g_ptr_array_index (notes->rows, 0), 0), ==, "Review notes, not signals");

  g_clear_pointer (&notes, alignment_sheet_free);
  notes = alignment_sheet_read_file (file, "Missing", NULL, &error);
  g_assert_error (error, ALIGNMENT_SHEET_ERROR, ALIGNMENT_SHEET_ERROR_NO_SHEET);
  g_assert_nonnull (strstr (error->message, "“Signals”"));
}

static void
test_zip_bomb (void)
{
  g_autofree char *path = data_path ("zip-bomb.xlsx");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(AlignmentSheet) sheet = alignment_sheet_read_file (file, NULL, NULL, &error);

  g_assert_null (sheet);
  g_assert_error (error, ALIGNMENT_SHEET_ERROR, ALIGNMENT_SHEET_ERROR_TOO_LARGE);
}

/* The sheet chooser of the import preview lists a workbook's sheets
 * without reading them: even a zip bomb's sheet list is cheap. */
static void
test_xlsx_sheet_names (void)
{
  const char * const expected[] = { "Notes", "Signals", NULL };
  const char * const bomb_expected[] = { "S", NULL };
  const char fake[] = "PK\3\4 this is no zip at all";
  g_autofree char *path = data_path ("signals.xlsx");
  g_autofree char *bomb_path = data_path ("zip-bomb.xlsx");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GBytes) bomb = NULL;
  g_autoptr(GBytes) junk = g_bytes_new_static (fake, sizeof fake - 1);
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) names = NULL;
  g_auto(GStrv) bomb_names = NULL;
  g_auto(GStrv) junk_names = NULL;
  char *contents;
  gsize length;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  bytes = g_bytes_new_take (contents, length);
  names = alignment_sheet_list_xlsx_sheets (bytes, &error);
  g_assert_no_error (error);
  g_assert_true (g_strv_equal ((const char * const *) names, expected));

  g_file_get_contents (bomb_path, &contents, &length, &error);
  g_assert_no_error (error);
  bomb = g_bytes_new_take (contents, length);
  bomb_names = alignment_sheet_list_xlsx_sheets (bomb, &error);
  g_assert_no_error (error);
  g_assert_true (g_strv_equal ((const char * const *) bomb_names, bomb_expected));

  junk_names = alignment_sheet_list_xlsx_sheets (junk, &error);
  g_assert_null (junk_names);
  g_assert_error (error, ALIGNMENT_SHEET_ERROR, ALIGNMENT_SHEET_ERROR_FORMAT);
}

static void
test_not_a_workbook (void)
{
  /* starts like a zip, is not one */
  const char fake[] = "PK\3\4 this is no zip at all";
  g_autoptr(GBytes) bytes = g_bytes_new_static (fake, sizeof fake - 1);
  g_autoptr(GError) error = NULL;
  g_autoptr(AlignmentSheet) sheet = alignment_sheet_read_xlsx (bytes, NULL, &error);

  g_assert_null (sheet);
  g_assert_error (error, ALIGNMENT_SHEET_ERROR, ALIGNMENT_SHEET_ERROR_FORMAT);
}

/* The description of a case sits in rows of its own: above the header,
 * between it and the first signal (with a note in a trust column, as the
 * thesis's sheet has), between signals and after a repeated header.  None
 * of them is a signal, and no id moves because of them. */
static const char context_rows[] =
  "Alignment at SAFe\tThe case in short\t\t\n"
  "Signal id\tSignal type\tSender\tStart date\tEnd date\tCUST Honesty in exchange\n"
  "\"Case: Introducing and adopting SAFe.\n\nSecond paragraph.\"\t\t\t\t\tTrust: what each side expects\n"
  "1a\tRequest sent\tCUST\t1-2-2024\t\tSame\n"
  "Between the signals\t\t\t\t\t\n"
  "Signal id\tSignal type\tSender\tStart date\tEnd date\tCUST Honesty in exchange\n"
  "After the header again\t\t\t\t\t\n"
  "1b\tEscalation sent\tSP\t2-2-2024\t\tNegative\n"
  "??\t\tSP\t\t\t\n";

static void
test_context_rows (void)
{
  g_autoptr(AlignmentImport) import = import_text (context_rows, -1);
  g_autofree char *text = report (import);

  g_test_message ("%s", text);
  g_assert_cmpuint (import->n_signals, ==, 3);
  g_assert_cmpstr (alignment_signal_get_id (signal_at (import, 0)), ==, "1a");
  g_assert_cmpint (alignment_signal_get_impact (signal_at (import, 0), ALIGNMENT_PARTY_CUSTOMER, ALIGNMENT_REALM_CONTRACTUAL), ==, ALIGNMENT_IMPACT_SAME);
  g_assert_cmpstr (alignment_signal_get_id (signal_at (import, 1)), ==, "1b");
  /* every non-empty cell, in order, paragraphs kept */
  g_assert_cmpstr (alignment_case_get_context (import->imported), ==,
                   "Alignment at SAFe\n\nThe case in short\n\n"
                   "Case: Introducing and adopting SAFe.\n\nSecond paragraph.\n\nTrust: what each side expects\n\n"
                   "Between the signals\n\n"
                   "After the header again");
  g_assert_nonnull (strstr (text, "row 1: taken as the case description\n"));
  g_assert_nonnull (strstr (text, "row 3: taken as the case description\n"));
  g_assert_nonnull (strstr (text, "row 5: taken as the case description\n"));
  g_assert_nonnull (strstr (text, "row 7: taken as the case description\n"));

  /* a row with a sender but no readable id is still a signal, repaired */
  g_assert_cmpstr (alignment_signal_get_id (signal_at (import, 2)), ==, "1c");
  g_assert_cmpint (alignment_signal_get_sender (signal_at (import, 2)), ==, ALIGNMENT_PARTY_PROVIDER);
  g_assert_nonnull (strstr (text, "row 9, Signal id: read “??”: not a thread number followed by a letter: the signal was given the id 1c"));
}

static void
test_duplicate_ids (void)
{
  const char text[] =
    "Signal id;Sender;Start date\n"
    "6a;CUST;1-2-2024\n"
    "6b;SP;2-2-2024\n"
    "2a;SP;2-2-2024\n"
    "6a;CUST;3-2-2024\n"
    "6b;SP;4-2-2024\n"
    "2a;SP;2-2-2024\n"
    "6c;CUST;5-2-2024\n"
    ";CUST;6-2-2024\n"
    "2b;SP;2-2-2024\n";
  const char *expected[] = { "6a", "6b", "2a", "6d", "6e", "2c", "6c", "6f", "2b" };
  g_autoptr(AlignmentImport) import = import_text (text, -1);
  g_autofree char *notes = report (import);

  g_test_message ("%s", notes);
  g_assert_cmpuint (import->n_signals, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    g_assert_cmpstr (alignment_signal_get_id (signal_at (import, i)), ==, expected[i]);
  g_assert_nonnull (strstr (notes, "row 5, Signal id: read “6a”: the id 6a is used by an earlier signal: this one was given the id 6d\n"));
  g_assert_nonnull (strstr (notes, "row 6, Signal id: read “6b”: the id 6b is used by an earlier signal: this one was given the id 6e\n"));
  g_assert_nonnull (strstr (notes, "row 7, Signal id: read “2a”: the id 2a is used by an earlier signal: this one was given the id 2c\n"));
  g_assert_nonnull (strstr (notes, "row 9, Signal id: the signal has no id: it was given 6f\n"));
  /* the ids kept as written are not reported */
  g_assert_null (strstr (notes, "row 8,"));
  g_assert_null (strstr (notes, "row 10,"));

  /* the preview shows each changed id beside the sheet's */
  g_assert_cmpuint (g_hash_table_size (import->ids_as_written), ==, 3);
  g_assert_cmpstr (g_hash_table_lookup (import->ids_as_written, "6d"), ==, "6a");
  g_assert_cmpstr (g_hash_table_lookup (import->ids_as_written, "6e"), ==, "6b");
  g_assert_cmpstr (g_hash_table_lookup (import->ids_as_written, "2c"), ==, "2a");
}

/* For generated sheets with random duplicates and gaps: every id that
 * appears once keeps its row, the first of a duplicate keeps its id, and
 * every id given is new. */
static void
test_duplicate_ids_property (void)
{
  for (guint round = 0; round < 200; round++)
    {
      g_autoptr(GString) text = g_string_new ("Signal id;Sender;Start date\n");
      g_autoptr(GPtrArray) written = g_ptr_array_new_with_free_func (g_free);
      g_autoptr(GHashTable) counts = g_hash_table_new (g_str_hash, g_str_equal);
      g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
      g_autoptr(GHashTable) given = g_hash_table_new (g_str_hash, g_str_equal);
      g_autoptr(AlignmentImport) import = NULL;
      guint n_rows = (guint) g_test_rand_int_range (1, 40);

      for (guint r = 0; r < n_rows; r++)
        {
          /* few threads and letters, with gaps: duplicates are common */
          char *id = g_strdup_printf ("%d%c", g_test_rand_int_range (1, 4),
                                      'a' + g_test_rand_int_range (0, 8));

          g_ptr_array_add (written, id);
          g_hash_table_insert (counts, id, GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (counts, id)) + 1));
          g_string_append_printf (text, "%s;CUST;%u-2-2024\n", id, r % 28 + 1);
        }

      import = import_text (text->str, -1);
      g_assert_cmpuint (import->n_signals, ==, n_rows);
      for (guint r = 0; r < n_rows; r++)
        {
          const char *id = g_ptr_array_index (written, r);
          const char *got = alignment_signal_get_id (signal_at (import, r));

          if (GPOINTER_TO_UINT (g_hash_table_lookup (counts, id)) == 1 || !g_hash_table_contains (seen, id))
            g_assert_cmpstr (got, ==, id);
          else
            {
              g_assert_cmpstr (got, !=, id);
              g_assert_false (g_hash_table_contains (counts, got));
              /* in the same thread */
              g_assert_cmpint (got[0], ==, id[0]);
            }
          g_hash_table_add (seen, (gpointer) id);
          g_assert_true (g_hash_table_add (given, (gpointer) got));
        }
    }
}

/* The thesis's sheet as Excel and LibreOffice export it as text: the same
 * signals as the tab-separated original, and the encoding said. */
static void
test_text_exports (void)
{
  const struct { const char *name; const char *source; } exports[] = {
    { "datasheet-threads-1-3-semicolon.csv", "UTF-8, semicolon-separated" },
    { "datasheet-threads-1-3-utf16le.txt", "UTF-16 LE, tab-separated" },
    { "datasheet-threads-1-3-utf16be.txt", "UTF-16 BE, tab-separated" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (exports); i++)
    {
      g_autofree char *path = data_path (exports[i].name);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(GError) error = NULL;
      g_autoptr(AlignmentSheet) sheet = alignment_sheet_read_file (file, NULL, NULL, &error);
      g_autoptr(AlignmentImport) import = NULL;

      g_test_message ("%s", exports[i].name);
      g_assert_no_error (error);
      g_assert_cmpstr (sheet->source, ==, exports[i].source);
      import = alignment_import_sheet (sheet, NULL, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (import->n_signals, ==, 16);
      assert_signals_equal_example (import);
    }
}

/* A byte-order mark does not make binary data text. */
static void
test_utf16_broken (void)
{
  /* an odd number of bytes, and a lone high surrogate */
  const char odd[] = "\xFF\xFE" "1\0a\0\t";
  const char surrogate[] = "\xFE\xFF" "\xD8\x00\x00" "a";
  const char nul[] = "\xFF\xFE" "1\0\0\0a\0";
  const struct { const char *data; gsize length; } broken[] = {
    { odd, sizeof odd - 1 },
    { surrogate, sizeof surrogate - 1 },
    { nul, sizeof nul - 1 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (broken); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(AlignmentSheet) sheet = alignment_sheet_read_delimited (broken[i].data, broken[i].length, &error);

      g_assert_error (error, ALIGNMENT_SHEET_ERROR, ALIGNMENT_SHEET_ERROR_FORMAT);
      g_assert_null (sheet);
    }
}

static AlignmentSheet *
read_data_file (const char  *name,
                const char  *sheet_name,
                GError     **error)
{
  g_autofree char *path = data_path (name);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  return alignment_sheet_read_file (file, sheet_name, NULL, error);
}

/* The thesis's sheet as LibreOffice Calc saves it: a merged title, a
 * description of several paragraphs, date cells, empty rows repeated to
 * the sheet's end, and a notes sheet before the signal log. */
static void
test_ods (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AlignmentSheet) sheet = read_data_file ("datasheet-threads-1-3.ods", "Signals", &error);
  g_autoptr(AlignmentImport) import = NULL;
  g_autofree char *path = data_path ("datasheet-threads-1-3.ods");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GBytes) bytes = g_file_load_bytes (file, NULL, NULL, NULL);
  g_auto(GStrv) names = NULL;

  g_assert_no_error (error);
  g_assert_cmpstr (sheet->source, ==, "ODS");
  /* the million empty rows at the end cost nothing */
  g_assert_cmpuint (sheet->rows->len, ==, 1 + 1 + 1 + 16);
  /* a date cell reads as its date, a date written as text as written */
  g_assert_cmpstr (alignment_sheet_row_cell (sheet_test_row_at (sheet, 3), 4), ==, "2024-02-01");
  g_assert_cmpstr (alignment_sheet_row_cell (sheet_test_row_at (sheet, 3), 5), ==, "7-feb");

  import = alignment_import_sheet (sheet, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (import->n_signals, ==, 16);
  assert_signals_equal_example (import);
  g_assert_cmpstr (alignment_case_get_title (import->imported), ==, "Signaallog SAFe");
  /* paragraphs one a line, text:s and text:line-break, no comment */
  g_assert_cmpstr (alignment_case_get_context (import->imported), ==,
                   "Case: introducing SAFe.\nSecond  paragraph\nwith a break.");

  /* the sheets by name, as for XLSX */
  names = alignment_sheet_list_xlsx_sheets (bytes, &error);
  g_assert_no_error (error);
  g_assert_cmpstrv (names, ((const char *[]) { "Notes", "Signals", NULL }));
  g_clear_pointer (&sheet, alignment_sheet_free);
  sheet = read_data_file ("datasheet-threads-1-3.ods", "Nope", &error);
  g_assert_error (error, ALIGNMENT_SHEET_ERROR, ALIGNMENT_SHEET_ERROR_NO_SHEET);
  g_assert_nonnull (strstr (error->message, "“Notes”, “Signals”"));
  g_clear_error (&error);
  /* without a name, the first sheet */
  sheet = read_data_file ("datasheet-threads-1-3.ods", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (alignment_sheet_row_cell (sheet_test_row_at (sheet, 0), 0), ==, "Not the signal log");
  /* a covered cell keeps its column of a merged one */
  sheet_test_assert_row (sheet, 1, 2, (const char * const[]) { "A", "", "C", NULL });
}

/* The thesis's sheet made by LibreOffice Calc itself (see
 * make-libreoffice-sheets.py): opened from a Dutch CSV, so that
 * "1-2-2024" became a real date cell and "7-feb" stayed text, then saved
 * as XLSX and as ODS.  Both give the example's signals, with the title,
 * the description row between the header and the first signal as the
 * context, and the group headings naming the trust columns' parties. */
static void
assert_libreoffice_sheet (const char *name,
                          const char *source)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AlignmentSheet) sheet = read_data_file (name, NULL, &error);
  g_autoptr(AlignmentImport) import = NULL;
  g_autofree char *text = NULL;

  g_assert_no_error (error);
  g_assert_cmpstr (sheet->source, ==, source);
  g_assert_cmpuint (sheet->rows->len, ==, 4 + 16);
  /* row 5 is signal 1a: its start a date cell, its end text */
  g_assert_cmpstr (alignment_sheet_row_cell (sheet_test_row_at (sheet, 4), 0), ==, "1a");
  g_assert_cmpstr (alignment_sheet_row_cell (sheet_test_row_at (sheet, 4), 4), ==, "2024-02-01");
  g_assert_cmpstr (alignment_sheet_row_cell (sheet_test_row_at (sheet, 4), 5), ==, "7-feb");

  import = alignment_import_sheet (sheet, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (import->header_row, ==, 3);
  g_assert_cmpuint (import->n_signals, ==, 16);
  assert_signals_equal_example (import);
  g_assert_cmpstr (alignment_case_get_title (import->imported), ==, "Agile way of working: signal log");
  g_assert_cmpstr (alignment_case_get_context (import->imported), ==,
                   "Case: Introducing and adopting the SAFe agile way of working.\n"
                   "The customer moves its IT teams to SAFe; the service provider follows.\n\n"
                   "Trust: how the signal changed the party's trust in the other.");
  text = report (import);
  g_assert_nonnull (strstr (text, "row 4: taken as the case description"));
  g_assert_cmpuint (count_notes (import, ALIGNMENT_IMPORT_NOTE_DROPPED), ==, 0);
}

static void
test_libreoffice_xlsx (void)
{
  assert_libreoffice_sheet ("datasheet-threads-1-3-libreoffice.xlsx", "XLSX");
}

static void
test_libreoffice_ods (void)
{
  assert_libreoffice_sheet ("datasheet-threads-1-3-libreoffice.ods", "ODS");
}

/* The names the sheet gives the parties, and the period its dates span:
 * an imported case keeps both instead of the generic names and no
 * period. */
static void
test_parties_and_period (void)
{
  g_autofree char *path = data_path ("datasheet-threads-1-3.tsv");
  g_autofree char *contents = NULL;
  g_autoptr(AlignmentImport) import = NULL;
  g_autoptr(AlignmentImport) one_party = NULL;
  gsize length;
  static const char only_provider[] =
    "Signal id\tSignal type\tSender\tStart date\n"
    "1a\tRequest sent\tService provider\t\n";

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  import = import_text (contents, (gssize) length);

  g_assert_cmpstr (import->party_codes[ALIGNMENT_PARTY_INDEX (ALIGNMENT_PARTY_CUSTOMER)], ==, "CUST");
  g_assert_cmpstr (import->party_codes[ALIGNMENT_PARTY_INDEX (ALIGNMENT_PARTY_PROVIDER)], ==, "SP");
  g_assert_cmpstr (alignment_case_get_customer_name (import->imported), ==, "CUST");
  g_assert_cmpstr (alignment_case_get_provider_name (import->imported), ==, "SP");
  /* 1a of 1 February to the end of 3c on 7 May */
  g_assert_cmpuint (alignment_case_get_period_start (import->imported), ==, alignment_date_from_ymd (2024, 2, 1));
  g_assert_cmpuint (alignment_case_get_period_end (import->imported), ==, alignment_date_from_ymd (2024, 5, 7));

  /* a party no signal names keeps the generic name; no dates, no period */
  one_party = import_text (only_provider, -1);
  g_assert_null (one_party->party_codes[ALIGNMENT_PARTY_INDEX (ALIGNMENT_PARTY_CUSTOMER)]);
  g_assert_cmpstr (alignment_case_get_customer_name (one_party->imported), ==, "");
  g_assert_cmpstr (alignment_case_get_provider_name (one_party->imported), ==, "Service provider");
  g_assert_cmpuint (alignment_case_get_period_start (one_party->imported), ==, 0);
  g_assert_cmpuint (alignment_case_get_period_end (one_party->imported), ==, 0);
}

static void
test_ods_hostile (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(AlignmentSheet) sheet = NULL;

  /* a row of text repeated a million times is refused, not copied */
  sheet = read_data_file ("hostile-repeated-rows.ods", NULL, &error);
  g_assert_error (error, ALIGNMENT_SHEET_ERROR, ALIGNMENT_SHEET_ERROR_TOO_LARGE);
  g_assert_null (sheet);
  g_clear_error (&error);

  /* XML nested far too deep: an error, not a crash */
  sheet = read_data_file ("hostile-deep.ods", NULL, &error);
  g_assert_error (error, ALIGNMENT_SHEET_ERROR, ALIGNMENT_SHEET_ERROR_FORMAT);
  g_assert_null (sheet);
}

/* A sheet that names its threads, in a column of their own: English or
 * Dutch, on every row or on the first, and the first title wins. */
static void
test_thread_titles (void)
{
  static const char english[] =
    "Signal id,Signal type,Sender,Start date,Thread\n"
    "1a,Request sent,CUST,2024-02-01,Training in SAFe\n"
    "1b,Escalation sent,CUST,2024-02-15,Training in SAFe\n"
    "2a,Request sent,CUST,2024-02-10,\n"
    "2b,Escalation sent,CUST,2024-03-20,  New people  \n"
    "2c,Alignment event,SP,2024-04-01,Other words for it\n"
    "3a,Request sent,CUST,2024-03-01,\n";
  static const char dutch[] =
    "Signaal id;Soort;Afzender;Datum;Draad\n"
    "4a;Verzoek verzonden;CUST;1-2-2024;Opleiding\n";
  g_autoptr(AlignmentImport) import = import_text (english, -1);
  g_autoptr(AlignmentImport) in_dutch = NULL;
  AlignmentCase *c = import->imported;
  gboolean is_default = FALSE;
  g_autofree char *title = NULL;

  g_assert_cmpint (import->mapping[ALIGNMENT_COLUMN_THREAD], ==, 4);
  g_assert_cmpuint (import->n_signals, ==, 6);
  g_assert_cmpstr (alignment_thread_record_get_title (alignment_case_lookup_thread_record (c, 1)), ==, "Training in SAFe");
  g_assert_cmpstr (alignment_thread_record_get_title (alignment_case_lookup_thread_record (c, 2)), ==, "New people");
  /* No title: none made up, the default shows. */
  g_assert_null (alignment_case_lookup_thread_record (c, 3));
  title = alignment_case_dup_thread_title (c, 2, &is_default);
  g_assert_cmpstr (title, ==, "New people");
  g_assert_false (is_default);

  in_dutch = import_text (dutch, -1);
  g_assert_cmpstr (alignment_thread_record_get_title (alignment_case_lookup_thread_record (in_dutch->imported, 4)), ==,
                   "Opleiding");
}

/* A sheet that keeps where a signal was raised and how far it was
 * escalated, in English or Dutch, and in the words people write. */
static void
test_governance_columns (void)
{
  static const char english[] =
    "Signal id,Signal type,Sender,Start date,Board,Escalation level\n"
    "1a,Request sent,CUST,2024-02-01,Steering board,2\n"
    "1b,Escalation sent,CUST,2024-02-15,  Service review ,2nd\n"
    "1c,Escalation sent,CUST,2024-02-20,,Level 3\n"
    "1d,Escalation sent,CUST,2024-02-21,,strategic\n"
    "1e,Escalation sent,CUST,2024-02-22,,3 · Strategic\n"
    "1f,Escalation sent,CUST,2024-02-23,,high\n";
  static const char dutch[] =
    "Signaal id;Soort;Afzender;Datum;Overleg;Escalatieniveau\n"
    "4a;Verzoek verzonden;CUST;1-2-2024;Stuurgroep;2e\n";
  static const char gremium[] =
    "Signaal id;Soort;Afzender;Datum;Gremium;Escalatie niveau\n"
    "4a;Verzoek verzonden;CUST;1-2-2024;CAB;1\n";
  g_autoptr(AlignmentImport) import = import_text (english, -1);
  g_autoptr(AlignmentImport) in_dutch = import_text (dutch, -1);
  g_autoptr(AlignmentImport) other = import_text (gremium, -1);
  AlignmentSignal **signals;
  guint n;
  gboolean noted = FALSE;

  g_assert_cmpint (import->mapping[ALIGNMENT_COLUMN_BOARD], ==, 4);
  g_assert_cmpint (import->mapping[ALIGNMENT_COLUMN_ESCALATION_LEVEL], ==, 5);
  signals = alignment_case_peek_signals (import->imported, &n);
  g_assert_cmpuint (n, ==, 6);
  g_assert_cmpstr (alignment_signal_get_board (signals[0]), ==, "Steering board");
  g_assert_cmpuint (alignment_signal_get_escalation_level (signals[0]), ==, 2);
  g_assert_cmpstr (alignment_signal_get_board (signals[1]), ==, "Service review");
  g_assert_cmpuint (alignment_signal_get_escalation_level (signals[1]), ==, 2);
  g_assert_cmpuint (alignment_signal_get_escalation_level (signals[2]), ==, 3);
  g_assert_cmpuint (alignment_signal_get_escalation_level (signals[3]), ==, 3);
  g_assert_cmpuint (alignment_signal_get_escalation_level (signals[4]), ==, 3);
  /* Not a level: left empty, and said so. */
  g_assert_cmpuint (alignment_signal_get_escalation_level (signals[5]), ==, 0);
  for (guint i = 0; i < import->notes->len; i++)
    {
      AlignmentImportNote *note = g_ptr_array_index (import->notes, i);

      noted |= note->kind == ALIGNMENT_IMPORT_NOTE_DROPPED && note->column == ALIGNMENT_COLUMN_ESCALATION_LEVEL
               && note->row == 7;
    }
  g_assert_true (noted);

  signals = alignment_case_peek_signals (in_dutch->imported, &n);
  g_assert_cmpuint (n, ==, 1);
  g_assert_cmpstr (alignment_signal_get_board (signals[0]), ==, "Stuurgroep");
  g_assert_cmpuint (alignment_signal_get_escalation_level (signals[0]), ==, 2);
  signals = alignment_case_peek_signals (other->imported, &n);
  g_assert_cmpstr (alignment_signal_get_board (signals[0]), ==, "CAB");
  g_assert_cmpuint (alignment_signal_get_escalation_level (signals[0]), ==, 1);

  /* A sheet without them does not miss them. */
  g_clear_pointer (&other, alignment_import_free);
  other = import_text ("Signal id,Sender\n1a,CUST\n", -1);
  g_assert_cmpint (other->mapping[ALIGNMENT_COLUMN_BOARD], ==, -1);
  g_assert_cmpint (other->mapping[ALIGNMENT_COLUMN_ESCALATION_LEVEL], ==, -1);
}

/* The titles go out with every export of the signal log and come back
 * in: CSV, XLSX and ODS. */
static void
test_thread_titles_round_trip (void)
{
  g_autoptr(GFile) file = g_file_new_for_path (g_getenv ("ALIGNMENT_EXAMPLE"));
  g_autoptr(GError) error = NULL;
  g_autoptr(AlignmentCase) example = alignment_case_load (file, NULL, &error);
  g_autoptr(GBytes) csv = NULL;
  g_autoptr(AlignmentImport) import = NULL;

  g_assert_no_error (error);
  csv = alignment_case_to_delimited (example, ',');
  import = import_text (g_bytes_get_data (csv, NULL), (gssize) g_bytes_get_size (csv));

  for (guint thread = 1; thread <= 3; thread++)
    {
      AlignmentThreadRecord *record = alignment_case_lookup_thread_record (import->imported, thread);

      g_assert_nonnull (record);
      g_assert_cmpstr (alignment_thread_record_get_title (record), ==,
                       alignment_thread_record_get_title (alignment_case_lookup_thread_record (example, thread)));
    }
}

/* Titles from a sheet of their own */

static AlignmentImport *
import_workbook (const char *name,
                 const char *sheet_name,
                 guint      *n_taken)
{
  g_autofree char *path = data_path (name);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(AlignmentSheet) sheet = NULL;
  AlignmentImport *import;

  bytes = g_file_load_bytes (file, NULL, NULL, &error);
  g_assert_no_error (error);
  sheet = alignment_sheet_read_bytes (bytes, sheet_name, &error);
  g_assert_no_error (error);
  import = alignment_import_sheet (sheet, NULL, &error);
  g_assert_no_error (error);
  *n_taken = alignment_import_take_thread_sheets (import, bytes, sheet_name);
  return import;
}

static gboolean
has_note (AlignmentImport *import,
          const char      *part)
{
  for (guint i = 0; i < import->notes->len; i++)
    {
      g_autofree char *text = alignment_import_note_to_string (g_ptr_array_index (import->notes, i));

      if (strstr (text, part) != NULL)
        return TRUE;
    }
  return FALSE;
}

/* A workbook's "Threads" sheet names the threads; its quirks (numbers
 * written "Thread 2" and "3.", a row without a number, a thread listed
 * twice, a thread without signals) are reported, never guessed at. */
static void
test_thread_sheet (void)
{
  guint n_taken = 0;
  g_autoptr(AlignmentImport) import = import_workbook ("datasheet-thread-sheet.ods", "Signals", &n_taken);
  AlignmentCase *c = import->imported;
  AlignmentThreadRecord *record;

  g_assert_cmpuint (n_taken, ==, 3);
  record = alignment_case_lookup_thread_record (c, 1);
  g_assert_cmpstr (alignment_thread_record_get_title (record), ==, "Training in SAFe");
  g_assert_cmpuint (alignment_thread_record_get_aligned_in (record), ==, ALIGNMENT_REALM_FLAGS_NONE);
  record = alignment_case_lookup_thread_record (c, 2);
  g_assert_cmpstr (alignment_thread_record_get_title (record), ==, "New people in the teams");
  g_assert_cmpstr (alignment_thread_record_get_story (record), ==,
                   "The customer asked for more and other people.\nThe provider found them.");
  g_assert_cmpuint (alignment_thread_record_get_aligned_in (record), ==, ALIGNMENT_REALM_FLAGS_OPERATIONAL);
  record = alignment_case_lookup_thread_record (c, 3);
  g_assert_cmpstr (alignment_thread_record_get_title (record), ==, "Meeting structure");
  g_assert_cmpuint (alignment_thread_record_get_aligned_in (record), ==,
                    ALIGNMENT_REALM_FLAGS_OPERATIONAL | ALIGNMENT_REALM_FLAGS_RELATIONAL);
  g_assert_null (alignment_case_lookup_thread_record (c, 7));

  g_assert_true (has_note (import, "sheet “Threads”, row 5: not a thread number"));
  g_assert_true (has_note (import, "sheet “Threads”, row 6: thread 2 is listed twice"));
  g_assert_true (has_note (import, "sheet “Threads”, row 7: no signal belongs to thread 7"));
  g_assert_true (has_note (import, "the threads of sheet “Threads” were taken: 3 threads"));
}

/* The same in Dutch, saved by LibreOffice Calc as XLSX, after a sheet of
 * notes; the log's own "Draad" column names thread 1 otherwise and wins. */
static void
test_thread_sheet_dutch_xlsx (void)
{
  guint n_taken = 0;
  g_autoptr(AlignmentImport) import = import_workbook ("datasheet-thread-sheet-nl.xlsx", "Signaallog", &n_taken);
  AlignmentCase *c = import->imported;

  g_assert_cmpuint (n_taken, ==, 3);
  g_assert_cmpstr (alignment_thread_record_get_title (alignment_case_lookup_thread_record (c, 1)), ==, "Training SAFe");
  g_assert_true (has_note (import, "the signal log calls thread 1 “Training SAFe”"));
  g_assert_cmpstr (alignment_thread_record_get_title (alignment_case_lookup_thread_record (c, 2)), ==, "Nieuwe mensen");
  g_assert_cmpuint (alignment_thread_record_get_aligned_in (alignment_case_lookup_thread_record (c, 3)), ==,
                    ALIGNMENT_REALM_FLAGS_OPERATIONAL | ALIGNMENT_REALM_FLAGS_RELATIONAL);
}

/* A workbook without a list of threads, and delimited text, leave the
 * default titles: the notes sheet and the log itself are no such list. */
static void
test_no_thread_sheet (void)
{
  guint n_taken = 1;
  g_autoptr(AlignmentImport) ods = import_workbook ("datasheet-threads-1-3.ods", "Signals", &n_taken);
  g_autoptr(AlignmentImport) text = NULL;

  g_assert_cmpuint (n_taken, ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (alignment_case_get_thread_records (ods->imported))), ==, 0);
  text = import_workbook ("datasheet-threads-1-3.tsv", NULL, &n_taken);
  g_assert_cmpuint (n_taken, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import/fixture", test_fixture);
  g_test_add_func ("/import/thread-titles", test_thread_titles);
  g_test_add_func ("/import/thread-titles-round-trip", test_thread_titles_round_trip);
  g_test_add_func ("/import/thread-sheet", test_thread_sheet);
  g_test_add_func ("/import/thread-sheet-dutch-xlsx", test_thread_sheet_dutch_xlsx);
  g_test_add_func ("/import/no-thread-sheet", test_no_thread_sheet);
  g_test_add_func ("/import/dutch-export", test_dutch_export);
  g_test_add_func ("/import/windows-1252", test_windows_1252);
  g_test_add_func ("/import/reordered-and-missing-columns", test_reordered_and_missing_columns);
  g_test_add_func ("/import/unreadable-cells-reported", test_unreadable_cells_reported);
  g_test_add_func ("/import/no-header", test_no_header);
  g_test_add_func ("/import/year-from-neighbours", test_year_from_neighbours);
  g_test_add_func ("/import/bad-input", test_bad_input);
  g_test_add_func ("/import/million-empty-rows", test_million_empty_rows);
  g_test_add_func ("/import/huge-line", test_huge_line);
  g_test_add_func ("/import/xlsx", test_xlsx);
  g_test_add_func ("/import/zip-bomb", test_zip_bomb);
  g_test_add_func ("/import/not-a-workbook", test_not_a_workbook);
  g_test_add_func ("/import/xlsx-sheet-names", test_xlsx_sheet_names);
  g_test_add_func ("/import/context-rows", test_context_rows);
  g_test_add_func ("/import/ods", test_ods);
  g_test_add_func ("/import/ods-hostile", test_ods_hostile);
  g_test_add_func ("/import/libreoffice-xlsx", test_libreoffice_xlsx);
  g_test_add_func ("/import/libreoffice-ods", test_libreoffice_ods);
  g_test_add_func ("/import/parties-and-period", test_parties_and_period);
  g_test_add_func ("/import/text-exports", test_text_exports);
  g_test_add_func ("/import/utf16-broken", test_utf16_broken);
  g_test_add_func ("/import/governance-columns", test_governance_columns);
  g_test_add_func ("/import/duplicate-ids", test_duplicate_ids);
  g_test_add_func ("/import/duplicate-ids-property", test_duplicate_ids_property);

  return g_test_run ();
}
