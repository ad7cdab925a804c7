/* test-tool-agreement.c: "alignment-tool agreement" as scripts run it
 *
 * tests/data/agreement.alignment holds five signals rated by both
 * parties.  Contractual: 1a customer's trust (negative / negative), 1a
 * provider's (the customer's estimate negative / the provider's own
 * same), 1c both (positive / positive): 3 of 4 agree.  By hand, rows
 * the customer's judgement, columns the provider's:
 *   table  N: 1 1 0 / S: 0 0 0 / P: 0 0 2, totals rows (2, 0, 2),
 *   columns (1, 1, 2), n = 4;
 *   p_o = (1 + 2) / 4 + ½ × 1 / 4 = 0.875;
 *   p_e = (2·1 + 2·2) / 16 + ½ × (2·1 + 2·1) / 16 = 6/16 + 2/16 = 0.5;
 *   κ = (0.875 − 0.5) / (1 − 0.5) = 0.75.
 * Relational: 2a (positive / negative), 2b (same / same): 50 %, and
 *   p_o = ½, p_e = (1 + ½ + ½) / 4 = ½: κ = 0.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include <glib/gstdio.h>
#include <gio/gio.h>

typedef struct
{
  int   status;
  char *out;
  char *err;
} Result;

static void
result_clear (Result *result)
{
  g_clear_pointer (&result->out, g_free);
  g_clear_pointer (&result->err, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Result, result_clear)

static void
run (Result             *result,
     const char * const *argv)
{
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *joined = g_strjoinv (" ", (char **) argv);

  process = g_subprocess_newv (argv, G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_PIPE, &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (process, NULL, NULL, &result->out, &result->err, &error);
  g_assert_no_error (error);
  result->status = g_subprocess_get_if_exited (process) ? g_subprocess_get_exit_status (process) : -1;
  g_test_message ("%s → %d\nstdout:\n%s\nstderr:\n%s", joined, result->status, result->out, result->err);
}

#define RUN(result, ...) run ((result), (const char * const[]) { g_getenv ("ALIGNMENT_TOOL"), __VA_ARGS__, NULL })

static char *
data (const char *name)
{
  return g_build_filename (g_getenv ("ALIGNMENT_TEST_DATA"), name, NULL);
}

static void
test_text (void)
{
  g_autofree char *path = data ("agreement.alignment");
  g_auto(Result) r = { 0, };

  RUN (&r, "agreement", path);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_nonnull (strstr (r.out, "Contractual — honesty in exchange: 4 pairs, 75% agree, weighted kappa 0.75"));
  g_assert_nonnull (strstr (r.out, "Operational — good-faith effort: 1 pair, 0% agree"));
  g_assert_nonnull (strstr (r.out, "Relational — limited opportunism: 2 pairs, 50% agree, weighted kappa 0.00"));
  g_assert_nonnull (strstr (r.out, "customer negative, provider same: 1a (provider)"));
  g_assert_nonnull (strstr (r.out, "customer positive, provider negative: 2a (provider)"));
  g_assert_nonnull (strstr (r.out, "Understood: judged differently for 1 of 2 signals: 1c"));
  g_assert_nonnull (strstr (r.out, "Urgency as understood: judged differently for 1 of 1 signal: 1b"));
}

static void
test_csv (void)
{
  g_autofree char *path = data ("agreement.alignment");
  g_auto(Result) r = { 0, };
  g_auto(GStrv) lines = NULL;

  RUN (&r, "agreement", path, "--format", "csv");
  g_assert_cmpint (r.status, ==, 0);
  lines = g_strsplit (r.out, "\n", -1);
  /* the header, nine cells per realm, and the end of the last line */
  g_assert_cmpuint (g_strv_length (lines), ==, 1 + 27 + 1);
  g_assert_cmpstr (lines[0], ==, "realm,pairs,percent,kappa,customer,provider,n,signals");
  g_assert_cmpstr (lines[1], ==, "contractual,4,75.0000,0.7500,negative,negative,1,1a:customer");
  g_assert_cmpstr (lines[9], ==, "contractual,4,75.0000,0.7500,positive,positive,2,1c:customer 1c:provider");
  g_assert_cmpstr (lines[25], ==, "relational,2,50.0000,0.0000,positive,negative,1,2a:provider");
}

static void
test_json (void)
{
  g_autofree char *path = data ("agreement.alignment");
  g_auto(Result) r = { 0, };

  RUN (&r, "agreement", path, "--format", "json");
  g_assert_cmpint (r.status, ==, 0);
  g_assert_nonnull (strstr (r.out, "\"realm\": \"contractual\",\n      \"pairs\": 4,\n      \"agree\": 3,\n"
                                   "      \"percent\": 75.0000,\n      \"kappa\": 0.7500"));
  g_assert_nonnull (strstr (r.out, "{ \"customer\": \"positive\", \"provider\": \"same\", \"signals\": "
                                   "[{ \"id\": \"1b\", \"trust\": \"customer\" }] }"));
  g_assert_nonnull (strstr (r.out, "\"understood\": { \"pairs\": 2, \"differ\": [\"1c\"] }"));
  g_assert_nonnull (strstr (r.out, "\"urgency\": { \"pairs\": 1, \"differ\": [\"1b\"] }"));
}

/* The example case was kept by one author: there is nothing to compare,
 * and the tool says so rather than print figures. */
static void
test_no_estimates (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("ALIGNMENT_TEST_DATA"), "..", "..", "data", "examples",
                                            "agile-way-of-working.alignment", NULL);
  g_auto(Result) text = { 0, };
  g_auto(Result) json = { 0, };

  RUN (&text, "agreement", path);
  g_assert_cmpint (text.status, ==, 0);
  g_assert_nonnull (strstr (text.out, "Contractual — honesty in exchange: no impact rated by both parties"));
  g_assert_null (strstr (text.out, "kappa"));
  RUN (&json, "agreement", path, "--format", "json");
  g_assert_nonnull (strstr (json.out, "\"percent\": null,\n      \"kappa\": null"));
}

/* The heatmap of the difference of the two views, by month: February
 * holds 1a (the provider's contractual trust: the customer's estimate
 * −1 against the provider's own 0) and 1b (the customer's operational
 * trust: its own +1 against the provider's estimate 0); March 2a (the
 * provider's relational trust: +1 estimated against −1 its own). */
static void
test_heatmap_view (void)
{
  g_autofree char *path = data ("agreement.alignment");
  g_autofree char *dir = g_dir_make_tmp ("agreement-XXXXXX", NULL);
  g_autofree char *csv = g_build_filename (dir, "difference.csv", NULL);
  g_autofree char *own_csv = g_build_filename (dir, "own.csv", NULL);
  g_autofree char *text = NULL;
  g_autofree char *own = NULL;
  g_auto(Result) r = { 0, };
  g_auto(Result) o = { 0, };
  g_auto(Result) bad = { 0, };
  g_auto(GStrv) lines = NULL;

  RUN (&r, "render", "heatmap", path, "--by", "month", "--view", "difference", "-o", csv);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_true (g_file_get_contents (csv, &text, NULL, NULL));
  lines = g_strsplit (text, "\n", -1);
  g_assert_true (g_str_has_suffix (lines[1], ",0,1,0,-1,0,0"));
  g_assert_true (g_str_has_suffix (lines[2], ",0,0,0,0,0,2"));
  g_assert_true (g_str_has_suffix (lines[3], ",0,0,0,0,0,0"));

  /* Each party's own ratings, as before. */
  RUN (&o, "render", "heatmap", path, "--by", "month", "-o", own_csv);
  g_assert_cmpint (o.status, ==, 0);
  g_assert_true (g_file_get_contents (own_csv, &own, NULL, NULL));
  g_assert_nonnull (strstr (own, ",-1,1,0,0,0,0\n"));

  RUN (&bad, "render", "heatmap", path, "--view", "auditor", "-o", csv);
  g_assert_cmpint (bad.status, ==, 2);
  g_assert_nonnull (strstr (bad.err, "Unknown view “auditor”"));

  g_unlink (csv);
  g_unlink (own_csv);
  g_rmdir (dir);
}

static void
test_errors (void)
{
  g_autofree char *path = data ("agreement.alignment");
  g_autofree char *missing = data ("no-such-case.alignment");
  g_auto(Result) format = { 0, };
  g_auto(Result) none = { 0, };
  g_auto(Result) unreadable = { 0, };

  RUN (&format, "agreement", path, "--format", "xml");
  g_assert_cmpint (format.status, ==, 2);
  g_assert_nonnull (strstr (format.err, "Unknown format “xml”: use text, csv or json"));
  RUN (&none, "agreement");
  g_assert_cmpint (none.status, ==, 2);
  RUN (&unreadable, "agreement", missing);
  g_assert_cmpint (unreadable.status, ==, 1);
  g_assert_nonnull (strstr (unreadable.err, "no-such-case.alignment"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/tool/agreement/text", test_text);
  g_test_add_func ("/tool/agreement/csv", test_csv);
  g_test_add_func ("/tool/agreement/json", test_json);
  g_test_add_func ("/tool/agreement/no-estimates", test_no_estimates);
  g_test_add_func ("/tool/agreement/heatmap-view", test_heatmap_view);
  g_test_add_func ("/tool/agreement/errors", test_errors);

  return g_test_run ();
}
