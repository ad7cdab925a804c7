/* test-export.c: a case as a sheet and as a process-mining log
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include <glib/gstdio.h>

#include <libxml/parser.h>
#include <libxml/xpath.h>

#include "alignment-core.h"
#include "alignment-export.h"
#include "governance-test.h"

/* With governance on some signals: their boards and levels come back. */
static void
assert_round_trip (char delimiter)
{
  g_autoptr(AlignmentCase) example = load_governed_example ();
  g_autoptr(GBytes) bytes = alignment_case_to_delimited (example, delimiter);
  g_autoptr(GError) error = NULL;
  g_autoptr(AlignmentSheet) sheet = NULL;
  g_autoptr(AlignmentImport) import = NULL;
  AlignmentSignal **expected, **got;
  guint n_expected, n_got;
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);

  sheet = alignment_sheet_read_delimited (data, length, &error);
  g_assert_no_error (error);
  g_assert_cmpint (sheet->delimiter, ==, delimiter);
  import = alignment_import_sheet (sheet, NULL, &error);
  g_assert_no_error (error);

  g_assert_cmpstr (alignment_case_get_title (import->imported), ==, alignment_case_get_title (example));
  g_assert_cmpstr (alignment_case_get_context (import->imported), ==, alignment_case_get_context (example));
  expected = alignment_signal_list_peek (alignment_case_get_signals (example), &n_expected);
  got = alignment_signal_list_peek (alignment_case_get_signals (import->imported), &n_got);
  g_assert_cmpuint (n_got, ==, 16);
  g_assert_cmpuint (n_got, ==, n_expected);
  for (guint i = 0; i < n_expected; i++)
    if (!alignment_signal_equal (expected[i], got[i]))
      g_error ("signal %s does not come back the same", alignment_signal_get_id (expected[i]));
  /* the same signals: their stable ids survive the sheet */
  for (guint i = 0; i < n_expected; i++)
    g_assert_cmpstr (alignment_signal_get_stable_id (got[i]), ==, alignment_signal_get_stable_id (expected[i]));

  /* nothing needed repairing: the export speaks the importer's language */
  for (guint i = 0; i < import->notes->len; i++)
    {
      AlignmentImportNote *note = g_ptr_array_index (import->notes, i);
      g_assert_cmpint (note->kind, ==, ALIGNMENT_IMPORT_NOTE_INFO);
    }
}

static void
test_csv_round_trip (void)
{
  assert_round_trip (',');
}

static void
test_tsv_round_trip (void)
{
  assert_round_trip ('\t');
}

static void
test_csv_quoting (void)
{
  g_autoptr(AlignmentCase) c = alignment_case_new ();
  g_autoptr(AlignmentSignal) s = alignment_signal_new ("1a");
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *text = NULL;

  alignment_signal_set_trigger (s, "Budget, \"scope\"\nand people");
  alignment_signal_set_urgency (s, ALIGNMENT_URGENCY_HIGH);
  alignment_signal_set_urgency_understood (s, ALIGNMENT_URGENCY_LOW);
  alignment_signal_set_stable_id (s, "2f1c0a4e-5b7d-4e8f-9a1b-3c4d5e6f7a8b");
  alignment_signal_list_append (alignment_case_get_signals (c), s);
  bytes = alignment_case_to_delimited (c, ',');
  text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));

  g_assert_true (g_str_has_prefix (text, "Signal id,Signal type,Sender,Trigger/reason,Start date,"));
  /* the thread's title, the board and the level: none given; the stable
   * id last */
  g_assert_nonnull (strstr (text, "\r\n1a,,,\"Budget, \"\"scope\"\"\nand people\",,,,,,,High/Low,,,,,,,,,,,"
                                  "2f1c0a4e-5b7d-4e8f-9a1b-3c4d5e6f7a8b\r\n"));
  g_assert_nonnull (strstr (text, ",Thread,Board,Escalation level,Stable id\r\n"));
}

static int
count_nodes (xmlDocPtr   doc,
             const char *xpath)
{
  xmlXPathContextPtr context = xmlXPathNewContext (doc);
  xmlXPathObjectPtr result = xmlXPathEvalExpression ((const xmlChar *) xpath, context);
  int n = result != NULL && result->nodesetval != NULL ? result->nodesetval->nodeNr : -1;

  xmlXPathFreeObject (result);
  xmlXPathFreeContext (context);
  return n;
}

static void
test_xes (void)
{
  g_autoptr(AlignmentCase) example = load_example ();
  g_autoptr(GBytes) bytes = alignment_case_to_xes (example);
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);
  xmlDocPtr doc = xmlReadMemory (data, (int) length, "example.xes", NULL, XML_PARSE_NONET);

  g_assert_nonnull (doc);
  /* one trace per thread, one event per signal and a second one for each
   * of the six signals with an end date */
  g_assert_cmpint (count_nodes (doc, "/log/trace"), ==, 3);
  g_assert_cmpint (count_nodes (doc, "/log/trace/event"), ==, 16 + 6);
  g_assert_cmpint (count_nodes (doc, "/log/trace[string[@key='concept:name']/@value='Training in SAFe']"
                                     "[int[@key='thread:number']/@value='1']/string[@key='thread:status'][@value='open']"), ==, 1);
  g_assert_cmpint (count_nodes (doc, "/log/trace[string[@key='concept:name']/@value='Training in SAFe']"
                                     "/string[@key='thread:aligned-in']"), ==, 0);
  g_assert_cmpint (count_nodes (doc, "/log/trace[int[@key='thread:number']/@value='3']"
                                     "/string[@key='thread:aligned-in'][@value='operational relational']"), ==, 1);
  g_assert_cmpint (count_nodes (doc, "/log/trace/event[string[@key='signal:id']/@value='1a'][string[@key='lifecycle:transition']/@value='start']/date[@value='2024-02-01T00:00:00.000+00:00']"), ==, 1);
  g_assert_cmpint (count_nodes (doc, "/log/trace/event[string[@key='signal:id']/@value='1a'][string[@key='lifecycle:transition']/@value='complete']/date[@value='2024-02-07T00:00:00.000+00:00']"), ==, 1);
  g_assert_cmpint (count_nodes (doc, "//event[string[@key='signal:id']/@value='3d']/int[@key='trust:customer:contractual'][@value='-1']"), ==, 1);
  g_assert_cmpint (count_nodes (doc, "//event[string[@key='signal:id']/@value='2c']/string[@key='org:resource'][@value='SP']"), ==, 1);
  /* every event names its signal's stable id: the file's own */
  {
    AlignmentSignal **signals;
    guint n;

    signals = alignment_case_peek_signals (example, &n);
    for (guint i = 0; i < n; i++)
      {
        g_autofree char *xpath = g_strdup_printf ("//event[string[@key='signal:id']/@value='%s']"
                                                  "/string[@key='signal:uuid'][@value='%s']",
                                                  alignment_signal_get_id (signals[i]),
                                                  alignment_signal_get_stable_id (signals[i]));

        g_assert_cmpint (count_nodes (doc, xpath), >=, 1);
      }
  }
  g_assert_cmpint (count_nodes (doc, "//event/string[@key='governance:board']"), ==, 0);
  xmlFreeDoc (doc);
}

/* Every event of a signal carries its board and level. */
static void
test_xes_governance (void)
{
  g_autoptr(AlignmentCase) example = load_governed_example ();
  g_autoptr(GBytes) bytes = alignment_case_to_xes (example);
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);
  xmlDocPtr doc = xmlReadMemory (data, (int) length, "example.xes", NULL, XML_PARSE_NONET);

  g_assert_nonnull (doc);
  /* 1a has an end date: two events */
  g_assert_cmpint (count_nodes (doc, "//event[string[@key='signal:id']/@value='1a']"
                                     "[string[@key='governance:board']/@value='Steering board']"
                                     "[int[@key='governance:escalation-level']/@value='1']"
                                     "[string[@key='governance:escalation-level-name']/@value='Operational']"), ==, 2);
  g_assert_cmpint (count_nodes (doc, "//event[string[@key='signal:id']/@value='2c']"
                                     "/string[@key='governance:board'][@value='Overleg, \"ad hoc\"\nmet beide']"), ==, 1);
  g_assert_cmpint (count_nodes (doc, "//event[string[@key='signal:id']/@value='3d']"
                                     "[int[@key='governance:escalation-level']/@value='4']"
                                     "/string[@key='governance:escalation-level-name'][@value='Board of directors']"), >=, 1);
  g_assert_cmpint (count_nodes (doc, "//event[string[@key='signal:id']/@value='2a']/*[starts-with(@key, 'governance:')]"), ==, 0);
  xmlFreeDoc (doc);
}

/* The schema comes from the IEEE standard, not from this project: it is
 * used where the team's shared folder provides it. */
static void
test_xes_schema (void)
{
  const char *schema = g_getenv ("ALIGNMENT_XES_SCHEMA");
  g_autoptr(AlignmentCase) example = load_governed_example ();
  g_autoptr(GBytes) bytes = alignment_case_to_xes (example);
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *err = NULL;
  int status = -1;
  int fd;

  if (schema == NULL || !g_file_test (schema, G_FILE_TEST_EXISTS))
    {
      g_test_skip ("XES output NOT validated: the IEEE 1849-2016 schema (xes-ieee-1849-2016.xsd) is not present");
      return;
    }

  fd = g_file_open_tmp ("example-XXXXXX.xes", &path, &error);
  g_assert_no_error (error);
  g_close (fd, NULL);
  g_file_set_contents (path, g_bytes_get_data (bytes, NULL), (gssize) g_bytes_get_size (bytes), &error);
  g_assert_no_error (error);

  g_spawn_sync (NULL, (char *[]) { (char *) "xmllint", (char *) "--noout", (char *) "--nonet", (char *) "--schema", (char *) schema, path, NULL },
                NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDOUT_TO_DEV_NULL, NULL, NULL, NULL, &err, &status, &error);
  g_assert_no_error (error);
  g_remove (path);
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("xmllint refused the XES output: %s", err);
  g_assert_nonnull (strstr (err, "validates"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/export/csv-round-trip", test_csv_round_trip);
  g_test_add_func ("/export/tsv-round-trip", test_tsv_round_trip);
  g_test_add_func ("/export/csv-quoting", test_csv_quoting);
  g_test_add_func ("/export/xes", test_xes);
  g_test_add_func ("/export/xes-governance", test_xes_governance);
  g_test_add_func ("/export/xes-schema", test_xes_schema);

  return g_test_run ();
}
