/* test-case-xml.c: reading and writing .alignment files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "alignment-core.h"

#define NS ALIGNMENT_XML_NAMESPACE
#define NAME "case.alignment"

/* ---- Helpers ------------------------------------------------------------ */

static const char *
example_path (void)
{
  const char *path = g_getenv ("ALIGNMENT_EXAMPLE");

  g_assert_nonnull (path);
  return path;
}

static AlignmentCase *
load_example (void)
{
  g_autoptr(GFile) file = g_file_new_for_path (example_path ());
  g_autoptr(GError) error = NULL;
  AlignmentCase *c = alignment_case_load (file, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (c);
  return c;
}

static AlignmentSignal *
find_signal (AlignmentCase *c,
             const char    *id)
{
  AlignmentSignalList *list = alignment_case_get_signals (c);
  int position = alignment_signal_list_find_id (list, id);

  g_assert_cmpint (position, >=, 0);
  return alignment_signal_list_peek (list, NULL)[position];
}

static guint32
iso (const char *text)
{
  guint32 julian = alignment_date_parse_iso (text);

  g_assert_cmpuint (julian, !=, 0);
  return julian;
}

/* A small valid case whose lines are known: the signal is on line 5. */
static char *
small_case (const char *signal_attributes,
            const char *signal_content)
{
  return g_strdup_printf ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                          "<case xmlns=\"" NS "\" version=\"1.0\">\n"
                          "  <title>T</title>\n"
                          "  <signals>\n"
                          "    <signal %s>%s</signal>\n"
                          "  </signals>\n"
                          "</case>\n",
                          signal_attributes, signal_content);
}

static char *
temp_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("test-case-xml-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  if (dir != NULL)
    {
      while ((name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);

          if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
            remove_tree (child);
          else
            g_unlink (child);
        }
    }
  g_chmod (path, 0700);
  g_rmdir (path);
}

/* Loads @data both ways (from memory, and streamed from a file) and
 * checks that each is refused with @code, a message that starts with the
 * file name and @line, and contains @needle. */
static void
assert_refused_full (const char        *data,
                     gsize              length,
                     AlignmentXmlError  code,
                     guint              line,
                     const char        *needle)
{
  g_autofree char *prefix = g_strdup_printf (NAME ":%u: ", line);
  g_autofree char *dir = temp_dir ();
  g_autofree char *path = g_build_filename (dir, NAME, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(AlignmentCase) c = NULL;

  c = alignment_case_load_from_data (data, length, NAME, &error);
  g_assert_null (c);
  g_assert_error (error, ALIGNMENT_XML_ERROR, (int) code);
  g_test_message ("refused: %s", error->message);
  if (!g_str_has_prefix (error->message, prefix))
    g_error ("“%s” does not start with “%s”", error->message, prefix);
  if (needle != NULL && strstr (error->message, needle) == NULL)
    g_error ("“%s” does not mention “%s”", error->message, needle);
  g_clear_error (&error);

  g_assert_true (g_file_set_contents (path, data, (gssize) length, NULL));
  c = alignment_case_load (file, NULL, &error);
  g_assert_null (c);
  g_assert_error (error, ALIGNMENT_XML_ERROR, (int) code);
  if (!g_str_has_prefix (error->message, prefix))
    g_error ("streamed: “%s” does not start with “%s”", error->message, prefix);
  if (needle != NULL && strstr (error->message, needle) == NULL)
    g_error ("streamed: “%s” does not mention “%s”", error->message, needle);

  remove_tree (dir);
}

static void
assert_refused (const char        *data,
                AlignmentXmlError  code,
                guint              line,
                const char        *needle)
{
  assert_refused_full (data, strlen (data), code, line, needle);
}

static AlignmentCase *
assert_loads (const char *data)
{
  g_autoptr(GError) error = NULL;
  AlignmentCase *c = alignment_case_load_from_data (data, strlen (data), NAME, &error);

  g_assert_no_error (error);
  g_assert_nonnull (c);
  return c;
}

/* Runs xmllint on @path against the real schema: TRUE when valid.  Skips
 * (returns FALSE with *@ran FALSE) where xmllint is missing. */
static gboolean
xmllint_validates (const char *path,
                   gboolean   *ran)
{
  g_autofree char *xmllint = g_find_program_in_path ("xmllint");
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  int status = 0;
  const char *argv[] = { NULL, "--noout", "--nonet", "--relaxng", g_getenv ("ALIGNMENT_SCHEMA"), path, NULL };

  *ran = xmllint != NULL;
  if (xmllint == NULL)
    return FALSE;

  argv[0] = xmllint;
  g_assert_nonnull (argv[4]);
  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                               &out, &err, &status, &error));
  g_assert_no_error (error);
  return g_spawn_check_wait_status (status, NULL);
}

static gboolean
xmllint_validates_data (const char *data,
                        gsize       length,
                        gboolean   *ran)
{
  g_autofree char *dir = temp_dir ();
  g_autofree char *path = g_build_filename (dir, NAME, NULL);
  gboolean valid;

  g_assert_true (g_file_set_contents (path, data, (gssize) length, NULL));
  valid = xmllint_validates (path, ran);
  remove_tree (dir);
  return valid;
}

/* Runs @func with libxml2's and everyone's stderr captured, and checks
 * that nothing was printed there: errors reach the user as a GError or
 * not at all. */
static void
assert_silent (void (*func) (void))
{
  g_autofree char *dir = temp_dir ();
  g_autofree char *path = g_build_filename (dir, "stderr", NULL);
  g_autofree char *printed = NULL;
  int saved = dup (STDERR_FILENO);
  int fd = open (path, O_WRONLY | O_CREAT | O_TRUNC, 0600);

  g_assert_cmpint (fd, >=, 0);
  fflush (stderr);
  dup2 (fd, STDERR_FILENO);
  close (fd);

  func ();

  fflush (stderr);
  dup2 (saved, STDERR_FILENO);
  close (saved);

  g_assert_true (g_file_get_contents (path, &printed, NULL, NULL));
  g_assert_cmpstr (printed, ==, "");
  remove_tree (dir);
}

/* ---- The example -------------------------------------------------------- */

static void
test_example_values (void)
{
  g_autoptr(AlignmentCase) c = load_example ();
  g_autoptr(AlignmentStakeholder) first = NULL;
  g_autoptr(AlignmentLesson) lesson = NULL;
  AlignmentSignal *s;

  g_assert_cmpstr (alignment_case_get_title (c), ==, "Moving to the SAFe agile way of working");
  g_assert_cmpstr (alignment_case_get_customer_name (c), ==, "Shipbuilder (customer)");
  g_assert_cmpstr (alignment_case_get_provider_name (c), ==, "IT service provider");
  g_assert_cmpuint (alignment_case_get_period_start (c), ==, iso ("2024-02-01"));
  g_assert_cmpuint (alignment_case_get_period_end (c), ==, iso ("2024-06-30"));
  g_assert_true (g_str_has_prefix (alignment_case_get_context (c), "A Dutch shipbuilder (the customer)"));
  g_assert_null (alignment_case_get_foreign (c));

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (alignment_case_get_stakeholders (c))), ==, 4);
  first = g_list_model_get_item (G_LIST_MODEL (alignment_case_get_stakeholders (c)), 0);
  g_assert_cmpstr (alignment_stakeholder_get_name (first), ==, "CUST RTE");
  g_assert_cmpint (alignment_stakeholder_get_party (first), ==, ALIGNMENT_PARTY_CUSTOMER);
  g_assert_cmpstr (alignment_stakeholder_get_function (first), ==, "Release train engineer of the customer");

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (alignment_case_get_lessons (c))), ==, 2);
  lesson = g_list_model_get_item (G_LIST_MODEL (alignment_case_get_lessons (c)), 1);
  g_assert_cmpstr (alignment_lesson_get_text (lesson), ==,
                   "Training has to be tailored to the customer's own SAFe adoption, not given by the book.");

  g_assert_cmpuint (alignment_signal_list_get_n (alignment_case_get_signals (c)), ==, 16);
  g_assert_cmpstr (alignment_signal_get_id (alignment_signal_list_peek (alignment_case_get_signals (c), NULL)[0]), ==, "1a");

  s = find_signal (c, "2f");
  g_assert_cmpint (alignment_signal_get_signal_type (s), ==, ALIGNMENT_SIGNAL_TYPE_REQUEST_SENT);
  g_assert_cmpint (alignment_signal_get_sender (s), ==, ALIGNMENT_PARTY_CUSTOMER);
  g_assert_cmpuint (alignment_signal_get_start_julian (s), ==, iso ("2024-04-24"));
  g_assert_cmpuint (alignment_signal_get_end_julian (s), ==, iso ("2024-05-07"));
  g_assert_cmpint (alignment_signal_get_understood (s), ==, ALIGNMENT_UNDERSTOOD_YES);
  g_assert_cmpint (alignment_signal_get_urgency (s), ==, ALIGNMENT_URGENCY_VERY_HIGH);
  g_assert_cmpint (alignment_signal_get_urgency_understood (s), ==, ALIGNMENT_URGENCY_UNKNOWN);
  g_assert_cmpstr (alignment_signal_get_trigger (s), ==, "HRM");
  g_assert_cmpint (alignment_signal_get_impact (s, ALIGNMENT_PARTY_CUSTOMER, ALIGNMENT_REALM_RELATIONAL), ==,
                   ALIGNMENT_IMPACT_NEGATIVE);

  s = find_signal (c, "3d");
  g_assert_cmpint (alignment_signal_get_impact (s, ALIGNMENT_PARTY_CUSTOMER, ALIGNMENT_REALM_CONTRACTUAL), ==,
                   ALIGNMENT_IMPACT_NEGATIVE);
  g_assert_cmpint (alignment_signal_get_impact (s, ALIGNMENT_PARTY_PROVIDER, ALIGNMENT_REALM_RELATIONAL), ==,
                   ALIGNMENT_IMPACT_SAME);
  g_assert_cmpint (alignment_signal_get_understood (s), ==, ALIGNMENT_UNDERSTOOD_NO);
  g_assert_cmpuint (alignment_signal_get_end_julian (s), ==, 0);

  s = find_signal (c, "1c");
  g_assert_cmpstr (alignment_signal_get_trigger (s), ==, "Quality training & Scope");
  g_assert_cmpstr (alignment_signal_get_reaction (s), ==,
                   "Initial meeting to discuss issues with training. Recognized by SP who gave "
                   "training by the book instead of contextualized. After second training again "
                   "meeting to evaluate and decided on dry run together. Started with smaller group. "
                   "Content was Tailor made for CUST SAFE adoption.");

  /* 3b has no reaction: the element is left out, the text is empty */
  g_assert_cmpstr (alignment_signal_get_reaction (find_signal (c, "3b")), ==, "");
}

static void
test_example_bytes (void)
{
  g_autoptr(AlignmentCase) c = load_example ();
  g_autoptr(GBytes) saved = alignment_case_to_bytes (c);
  g_autofree char *original = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (example_path (), &original, &length, NULL));
  g_assert_cmpmem (g_bytes_get_data (saved, NULL), g_bytes_get_size (saved), original, length);
}

static void
test_example_round_trip (void)
{
  g_autoptr(AlignmentCase) c = load_example ();
  g_autoptr(GBytes) saved = alignment_case_to_bytes (c);
  g_autoptr(GError) error = NULL;
  g_autoptr(AlignmentCase) again = NULL;

  again = alignment_case_load_from_data (g_bytes_get_data (saved, NULL), g_bytes_get_size (saved),
                                         NAME, &error);
  g_assert_no_error (error);
  g_assert_true (alignment_case_equal (c, again));

  /* and a change is noticed, so that the comparison means something */
  alignment_signal_set_goal (find_signal (again, "2c"), "Changed");
  g_assert_false (alignment_case_equal (c, again));
}

static void
test_example_xmllint (void)
{
  gboolean ran;

  if (!xmllint_validates (example_path (), &ran) && !ran)
    {
      g_test_skip ("xmllint is not installed: the example was not checked against the schema");
      return;
    }
  g_assert_true (xmllint_validates (example_path (), &ran));
}

static void
test_schema_resource (void)
{
  g_autoptr(GBytes) schema = alignment_case_xml_get_schema ();
  g_autofree char *file = NULL;
  gsize length;

  g_assert_nonnull (schema);
  g_assert_true (g_file_get_contents (g_getenv ("ALIGNMENT_SCHEMA"), &file, &length, NULL));
  g_assert_cmpmem (g_bytes_get_data (schema, NULL), g_bytes_get_size (schema), file, length);
}

/* The loader validates a stream against a streamable copy of the schema
 * and checks attributes and foreign elements itself: it must accept and
 * refuse what xmllint does with the real schema.  Only the contradictions
 * (ids used twice, dates backwards, a party rated twice), which a schema
 * cannot see, are the loader's alone. */
typedef struct
{
  const char *what;
  const char *signals;      /* inside <signals>, or NULL */
  const char *after_title;  /* inside <case> after <title>, or NULL */
  gboolean    valid;        /* for the schema */
  gboolean    loads;
} Variant;

static const Variant variants[] = {
  { "plain signal", "<signal id=\"1a\" type=\"alignment-event\" start=\"2024-02-29\"/>", NULL, TRUE, TRUE },
  { "every attribute", "<signal id=\"10ab\" type=\"request-received\" sender=\"provider\" start=\"2024-01-01\" "
    "end=\"2024-01-02\" understood=\"no\" urgency=\"high\" urgency-understood=\"low\"/>", NULL, TRUE, TRUE },
  { "foreign in a signal, anywhere", "<signal id=\"1a\"><x:a xmlns:x=\"urn:x\" x:b=\"c\"><title/></x:a>"
    "<trigger>T</trigger><y xmlns=\"\"/></signal>", NULL, TRUE, TRUE },
  { "foreign in the case", NULL, "<x:a xmlns:x=\"urn:x\">text <x:b/></x:a><customer>C</customer>", TRUE, TRUE },
  { "trust in either order", "<signal id=\"1a\"><trust party=\"provider\"/><trust party=\"customer\" "
    "contractual=\"positive\"/></signal>", NULL, TRUE, TRUE },
  { "comments and instructions", "<signal id=\"1a\"><!-- c --><?pi x?><goal>G<!-- c --></goal></signal>", NULL, TRUE, TRUE },
  { "empty lists", NULL, "<stakeholders/><lessons/>", TRUE, TRUE },
  { "stakeholder with nothing", NULL, "<stakeholders><stakeholder/></stakeholders>", TRUE, TRUE },
  { "unknown element of ours", NULL, "<colour/>", FALSE, FALSE },
  { "unknown element in a signal", "<signal id=\"1a\"><colour/></signal>", NULL, FALSE, FALSE },
  { "foreign inside a text", "<signal id=\"1a\"><goal><x:b xmlns:x=\"urn:x\"/></goal></signal>", NULL, FALSE, FALSE },
  { "foreign inside a stakeholder", NULL, "<stakeholders><stakeholder><x:b xmlns:x=\"urn:x\"/></stakeholder></stakeholders>",
    FALSE, FALSE },
  { "foreign attribute", "<signal id=\"1a\" xmlns:x=\"urn:x\" x:b=\"c\"/>", NULL, FALSE, FALSE },
  { "unknown attribute", NULL, "<period start=\"2024-01-01\" length=\"3\"/>", FALSE, FALSE },
  { "text in a list", "loose <signal id=\"1a\"/>", NULL, FALSE, FALSE },
  { "text in a period", NULL, "<period>soon</period>", FALSE, FALSE },
  { "element out of order", "<signal id=\"1a\"><reaction>R</reaction><trigger>T</trigger></signal>", NULL, FALSE, FALSE },
  { "title twice", NULL, "<title>Again</title>", FALSE, FALSE },
  { "three ratings", "<signal id=\"1a\"><trust party=\"customer\"/><trust party=\"provider\"/>"
    "<trust party=\"customer\"/></signal>", NULL, FALSE, FALSE },
  { "bad type", "<signal id=\"1a\" type=\"sideways\"/>", NULL, FALSE, FALSE },
  { "no such day", "<signal id=\"1a\" start=\"2023-02-29\"/>", NULL, FALSE, FALSE },
  { "time zone", "<signal id=\"1a\" start=\"2024-02-01Z\"/>", NULL, FALSE, FALSE },
  { "year 0", "<signal id=\"1a\" start=\"0000-02-01\"/>", NULL, FALSE, FALSE },
  { "padded date", "<signal id=\"1a\" start=\"2024-02-01 \"/>", NULL, FALSE, FALSE },
  { "padded token", "<signal id=\"1a\" sender=\" customer\"/>", NULL, FALSE, FALSE },
  { "bad id", "<signal id=\"1-a\"/>", NULL, FALSE, FALSE },
  { "no id", "<signal type=\"request-sent\"/>", NULL, FALSE, FALSE },
  { "the word unknown", "<signal id=\"1a\" understood=\"unknown\"/>", NULL, FALSE, FALSE },
  { "rating without party", "<signal id=\"1a\"><trust relational=\"same\"/></signal>", NULL, FALSE, FALSE },
  { "thread records", NULL, "<threads><thread number=\"2\" aligned-in=\"relational operational\"><title>New people</title>"
    "<story>Once.\n\nTwice.</story></thread><thread number=\"3\"/><thread number=\"04\"><story>S</story></thread></threads>",
    TRUE, TRUE },
  { "empty thread list", NULL, "<threads/>", TRUE, TRUE },
  { "thread without number", NULL, "<threads><thread><title>T</title></thread></threads>", FALSE, FALSE },
  { "thread number 0", NULL, "<threads><thread number=\"0\"/></threads>", FALSE, FALSE },
  { "thread number with letters", NULL, "<threads><thread number=\"2a\"/></threads>", FALSE, FALSE },
  { "unknown realm", NULL, "<threads><thread number=\"2\" aligned-in=\"legal\"/></threads>", FALSE, FALSE },
  { "realms two spaces apart", NULL, "<threads><thread number=\"2\" aligned-in=\"operational  relational\"/></threads>",
    FALSE, FALSE },
  { "no realm named", NULL, "<threads><thread number=\"2\" aligned-in=\"\"/></threads>", FALSE, FALSE },
  { "story before title", NULL, "<threads><thread number=\"2\"><story>S</story><title>T</title></thread></threads>",
    FALSE, FALSE },
  { "thread told twice", NULL, "<threads><thread number=\"2\"/><thread number=\"2\"/></threads>", TRUE, FALSE },
  { "id used twice", "<signal id=\"1a\"/><signal id=\"1a\"/>", NULL, TRUE, FALSE },
  { "end before start", "<signal id=\"1a\" start=\"2024-02-02\" end=\"2024-02-01\"/>", NULL, TRUE, TRUE },
  { "party rated twice", "<signal id=\"1a\"><trust party=\"customer\"/><trust party=\"customer\"/></signal>",
    NULL, TRUE, FALSE },
  /* Governance: boards, levels and where a signal was raised. */
  { "signal board and level", "<signal id=\"1a\" board=\"Steering board\" escalation-level=\"2\"/>", NULL, TRUE, TRUE },
  { "empty board name", "<signal id=\"1a\" board=\"\"/>", NULL, TRUE, TRUE },
  { "escalation level 0", "<signal id=\"1a\" escalation-level=\"0\"/>", NULL, FALSE, FALSE },
  { "escalation level in words", "<signal id=\"1a\" escalation-level=\"high\"/>", NULL, FALSE, FALSE },
  { "escalation level padded", "<signal id=\"1a\" escalation-level=\" 2\"/>", NULL, FALSE, FALSE },
  { "governance", NULL, "<governance><boards><board><name>Steering board</name><cadence>Quarterly</cadence></board>"
    "<board/></boards><levels><level number=\"1\"><name>Operational</name><covers>SLA</covers></level>"
    "<level number=\"04\"/></levels></governance>", TRUE, TRUE },
  { "empty governance", NULL, "<governance/>", TRUE, TRUE },
  { "no boards, no levels", NULL, "<governance><boards/><levels/></governance>", TRUE, TRUE },
  { "levels only", NULL, "<governance><levels><level number=\"1\"/></levels></governance>", TRUE, TRUE },
  { "levels before boards", NULL, "<governance><levels/><boards/></governance>", FALSE, FALSE },
  { "level without number", NULL, "<governance><levels><level><name>N</name></level></levels></governance>",
    FALSE, FALSE },
  { "level number 0", NULL, "<governance><levels><level number=\"0\"/></levels></governance>", FALSE, FALSE },
  { "cadence before name", NULL, "<governance><boards><board><cadence>C</cadence><name>N</name></board></boards>"
    "</governance>", FALSE, FALSE },
  { "board with an attribute", NULL, "<governance><boards><board cadence=\"weekly\"/></boards></governance>",
    FALSE, FALSE },
  { "text in governance", NULL, "<governance>boards</governance>", FALSE, FALSE },
  { "governance before lessons", NULL, "<governance/><lessons/>", FALSE, FALSE },
  { "governance twice", NULL, "<governance/><governance/>", FALSE, FALSE },
  { "level told twice", NULL, "<governance><levels><level number=\"2\"/><level number=\"02\"/></levels></governance>",
    TRUE, FALSE },
};

/* Loads @doc, the document of variant @v, and has xmllint validate it:
 * both must agree with @v.  Returns the loader's error, if any. */
static GError *
check_agreement (const Variant *v,
                 const char    *doc,
                 gboolean      *ran)
{
  GError *error = NULL;
  g_autoptr(AlignmentCase) c = alignment_case_load_from_data (doc, strlen (doc), NAME, &error);
  gboolean valid = xmllint_validates_data (doc, strlen (doc), ran);

  g_test_message ("%s: %s", v->what, error != NULL ? error->message : "loads");
  if ((c != NULL) != v->loads)
    g_error ("%s: the loader %s it", v->what, c != NULL ? "accepts" : "refuses");
  if (*ran && valid != v->valid)
    g_error ("%s: xmllint %s it", v->what, valid ? "accepts" : "refuses");
  if (!v->loads && v->valid)
    g_assert_error (error, ALIGNMENT_XML_ERROR, ALIGNMENT_XML_ERROR_INCONSISTENT);
  return error;
}

static void
test_schema_agrees (void)
{
  gboolean ran = TRUE;

  for (guint i = 0; i < G_N_ELEMENTS (variants) && ran; i++)
    {
      const Variant *v = &variants[i];
      g_autofree char *doc = g_strdup_printf ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                                              "<case xmlns=\"" NS "\" version=\"1.0\">\n"
                                              "  <title>T</title>%s\n"
                                              "  <signals>%s</signals>\n"
                                              "</case>\n",
                                              v->after_title != NULL ? v->after_title : "",
                                              v->signals != NULL ? v->signals : "");
      g_autoptr(GError) error = check_agreement (v, doc, &ran);
    }

  if (!ran)
    g_test_skip ("xmllint is not installed: the loader was not compared with it");
}

/* The stable ids and the exchange with the other party, which come after
 * <signals>: the loader and xmllint agree on them too. */
#define U1 "2f1c0a4e-5b7d-4e8f-9a1b-3c4d5e6f7a8b"
#define U2 "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d"

static const Variant exchange_variants[] = {
  { "stable id", "<signal id=\"1a\" uuid=\"" U1 "\"/>", NULL, TRUE, TRUE },
  { "stable id, not a uuid", "<signal id=\"1a\" uuid=\"1a\"/>", NULL, FALSE, FALSE },
  { "empty exchange", NULL, "<exchange/>", TRUE, TRUE },
  { "whose copy", NULL, "<exchange owner=\"joint\" id=\"" U1 "\" copy-of=\"" U2 "\"/>", TRUE, TRUE },
  { "unknown owner", NULL, "<exchange owner=\"auditor\"/>", FALSE, FALSE },
  { "case id not a uuid", NULL, "<exchange id=\"case-1\"/>", FALSE, FALSE },
  { "conflicts and base", NULL, "<exchange><conflict signal=\"" U1 "\" signal-id=\"1a\" field=\"start-date\" "
    "ours=\"2024-02-02\" ours-author=\"C\" theirs=\"2024-02-03\" theirs-author=\"P\"/>"
    "<base><signal id=\"1a\" uuid=\"" U1 "\"><trigger>T</trigger></signal></base></exchange>", TRUE, TRUE },
  { "conflict without field", NULL, "<exchange><conflict signal=\"1a\"/></exchange>", FALSE, FALSE },
  { "conflict with an empty field", NULL, "<exchange><conflict signal=\"1a\" field=\"\"/></exchange>", FALSE, FALSE },
  { "base before conflicts", NULL, "<exchange><base/><conflict signal=\"1a\" field=\"goal\"/></exchange>", FALSE, FALSE },
  { "unknown attribute of a conflict", NULL, "<exchange><conflict signal=\"1a\" field=\"goal\" by=\"x\"/></exchange>",
    FALSE, FALSE },
  { "a bad signal in the base", NULL, "<exchange><base><signal id=\"1-a\"/></base></exchange>", FALSE, FALSE },
  { "exchange twice", NULL, "<exchange/><exchange/>", FALSE, FALSE },
  /* The other party's estimates of a party's perceptions. */
  { "estimates", "<signal id=\"1a\" understood=\"no\" understood-estimate=\"yes\" "
    "urgency-understood-estimate=\"very-high\"><trust party=\"customer\" relational=\"same\"/>"
    "<estimate party=\"customer\" relational=\"negative\"/><estimate party=\"provider\"/></signal>",
    NULL, TRUE, TRUE },
  { "estimate without trust", "<signal id=\"1a\"><estimate party=\"provider\" contractual=\"positive\"/></signal>",
    NULL, TRUE, TRUE },
  { "estimate before trust", "<signal id=\"1a\"><estimate party=\"customer\"/><trust party=\"customer\"/></signal>",
    NULL, FALSE, FALSE },
  { "estimate without party", "<signal id=\"1a\"><estimate relational=\"same\"/></signal>", NULL, FALSE, FALSE },
  { "estimate of an unknown realm", "<signal id=\"1a\"><estimate party=\"customer\" legal=\"same\"/></signal>",
    NULL, FALSE, FALSE },
  { "party estimated twice", "<signal id=\"1a\"><estimate party=\"customer\"/><estimate party=\"customer\"/></signal>",
    NULL, TRUE, FALSE },
  { "understood estimate in words", "<signal id=\"1a\" understood-estimate=\"maybe\"/>", NULL, FALSE, FALSE },
  { "urgency estimate unknown", "<signal id=\"1a\" urgency-understood-estimate=\"urgent\"/>", NULL, FALSE, FALSE },
};

static void
test_exchange_agrees (void)
{
  gboolean ran = TRUE;

  for (guint i = 0; i < G_N_ELEMENTS (exchange_variants) && ran; i++)
    {
      const Variant *v = &exchange_variants[i];
      g_autofree char *doc = g_strdup_printf ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                                              "<case xmlns=\"" NS "\" version=\"1.1\">\n"
                                              "  <title>T</title>\n"
                                              "  <signals>%s</signals>%s\n"
                                              "</case>\n",
                                              v->signals != NULL ? v->signals : "",
                                              v->after_title != NULL ? v->after_title : "");

      g_autoptr(GError) error = check_agreement (v, doc, &ran);
    }

  if (!ran)
    g_test_skip ("xmllint is not installed: the loader was not compared with it");
}

/* What the exchange holds comes back from the file, counted. */
static void
test_exchange_round_trip (void)
{
  const char *doc =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<case xmlns=\"" NS "\" version=\"1.1\">\n"
    "  <title>T</title>\n"
    "  <signals>\n"
    "    <signal id=\"1a\" start=\"2024-02-02\" uuid=\"" U1 "\"/>\n"
    "  </signals>\n"
    "  <exchange owner=\"customer\" id=\"" U2 "\" copy-of=\"" U1 "\">\n"
    "    <conflict signal=\"" U1 "\" signal-id=\"1a\" field=\"goal\" ours=\"two&#10;lines\" ours-author=\"C\" theirs-author=\"P\"/>\n"
    "    <base>\n"
    "      <signal id=\"1a\" start=\"2024-02-01\" uuid=\"" U1 "\"/>\n"
    "    </base>\n"
    "  </exchange>\n"
    "</case>\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(AlignmentCase) c = alignment_case_load_from_data (doc, strlen (doc), NAME, &error);
  g_autoptr(GBytes) saved = NULL;
  AlignmentConflict *conflict;
  GPtrArray *base;

  g_assert_no_error (error);
  g_assert_cmpint (alignment_case_get_owner (c), ==, ALIGNMENT_COPY_OWNER_CUSTOMER);
  g_assert_cmpstr (alignment_case_get_case_id (c), ==, U2);
  g_assert_cmpstr (alignment_case_get_copy_of (c), ==, U1);
  g_assert_cmpstr (alignment_signal_get_stable_id (find_signal (c, "1a")), ==, U1);
  g_assert_cmpuint (alignment_signal_list_get_n (alignment_case_get_signals (c)), ==, 1);
  g_assert_cmpuint (alignment_case_get_conflicts (c)->len, ==, 1);
  conflict = g_ptr_array_index (alignment_case_get_conflicts (c), 0);
  g_assert_cmpstr (conflict->field, ==, "goal");
  g_assert_cmpstr (conflict->ours, ==, "two\nlines");
  g_assert_null (conflict->theirs);
  g_assert_cmpstr (conflict->theirs_author, ==, "P");
  base = alignment_case_get_base (c);
  g_assert_nonnull (base);
  g_assert_cmpuint (base->len, ==, 1);
  g_assert_cmpuint (alignment_signal_get_start_julian (g_ptr_array_index (base, 0)), ==, iso ("2024-02-01"));

  /* The writer gives the same bytes back (version aside). */
  saved = alignment_case_to_bytes (c);
  g_assert_nonnull (strstr (g_bytes_get_data (saved, NULL), strstr (doc, "  <signals>")));
}

/* A file written before stable ids loads, is not changed by loading, and
 * gains the ids on its next save, and keeps them from then on. */
static void
test_stable_ids_gained_on_save (void)
{
  const char *doc =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<case xmlns=\"" NS "\" version=\"1.0\">\n"
    "  <title>T</title>\n"
    "  <signals><signal id=\"1a\"/><signal id=\"1b\"/></signals>\n"
    "</case>\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(AlignmentCase) c = alignment_case_load_from_data (doc, strlen (doc), NAME, &error);
  g_autoptr(AlignmentCase) again = NULL;
  g_autoptr(GBytes) first = NULL;
  g_autoptr(GBytes) second = NULL;
  g_autoptr(GBytes) third = NULL;

  g_assert_no_error (error);
  g_assert_null (alignment_signal_get_stable_id (find_signal (c, "1a")));
  g_assert_null (alignment_case_get_case_id (c));

  first = alignment_case_to_bytes (c);
  g_assert_true (alignment_signal_stable_id_is_valid (alignment_signal_get_stable_id (find_signal (c, "1a"))));
  g_assert_true (alignment_signal_stable_id_is_valid (alignment_case_get_case_id (c)));
  g_assert_cmpstr (alignment_signal_get_stable_id (find_signal (c, "1a")), !=,
                   alignment_signal_get_stable_id (find_signal (c, "1b")));

  /* Deterministic: saving twice gives the same bytes. */
  second = alignment_case_to_bytes (c);
  g_assert_true (g_bytes_equal (first, second));

  again = alignment_case_load_from_data (g_bytes_get_data (first, NULL), g_bytes_get_size (first), NAME, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (alignment_signal_get_stable_id (find_signal (again, "1b")), ==,
                   alignment_signal_get_stable_id (find_signal (c, "1b")));
  third = alignment_case_to_bytes (again);
  g_assert_true (g_bytes_equal (first, third));
}

/* A file without governance has the contract's boards and levels, and
 * saving it writes none; what was changed is written, and reads back. */
static void
test_governance_round_trip (void)
{
  g_autofree char *doc = small_case ("id=\"1a\" board=\"Service review\" escalation-level=\"2\"", "");
  g_autoptr(GError) error = NULL;
  g_autoptr(AlignmentCase) c = alignment_case_load_from_data (doc, strlen (doc), NAME, &error);
  g_autoptr(AlignmentCase) loaded = NULL;
  g_autoptr(AlignmentEscalationLevel) fourth = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GBytes) again = NULL;
  GListModel *boards, *levels;
  AlignmentSignal *s;
  const char *text;
  gboolean ran;

  g_assert_no_error (error);
  boards = G_LIST_MODEL (alignment_case_get_boards (c));
  levels = G_LIST_MODEL (alignment_case_get_escalation_levels (c));
  g_assert_cmpuint (g_list_model_get_n_items (boards), ==, 7);
  g_assert_cmpuint (g_list_model_get_n_items (levels), ==, 3);
  g_assert_cmpstr (alignment_board_get_cadence (alignment_governance_lookup_board (boards, "Steering board")),
                   ==, "Quarterly");
  g_assert_cmpstr (alignment_escalation_level_get_name (alignment_governance_lookup_level (levels, 3)),
                   ==, "Strategic");
  s = find_signal (c, "1a");
  g_assert_cmpstr (alignment_signal_get_board (s), ==, "Service review");
  g_assert_cmpuint (alignment_signal_get_escalation_level (s), ==, 2);

  bytes = alignment_case_to_bytes (c);
  text = g_bytes_get_data (bytes, NULL);
  g_assert_null (strstr (text, "<governance"));
  g_assert_nonnull (strstr (text, "<signal id=\"1a\" board=\"Service review\" escalation-level=\"2\" uuid=\""));
  g_clear_pointer (&bytes, g_bytes_unref);

  /* A fourth level: the levels are written, the boards still are not. */
  fourth = alignment_escalation_level_new (4, "Board of directors", "Ending the contract");
  g_list_store_append (alignment_case_get_escalation_levels (c), fourth);
  alignment_signal_set_escalation_level (s, 4);
  bytes = alignment_case_to_bytes (c);
  text = g_bytes_get_data (bytes, NULL);
  g_test_message ("%s", text);
  g_assert_nonnull (strstr (text, "  <governance>\n    <levels>\n      <level number=\"1\">\n"
                                  "        <name>Operational</name>\n"));
  g_assert_nonnull (strstr (text, "      <level number=\"4\">\n        <name>Board of directors</name>\n"
                                  "        <covers>Ending the contract</covers>\n      </level>\n"
                                  "    </levels>\n  </governance>\n  <signals>\n"));
  g_assert_null (strstr (text, "<boards"));
  loaded = alignment_case_load_from_data (text, g_bytes_get_size (bytes), NAME, &error);
  g_assert_no_error (error);
  g_assert_true (alignment_case_equal (c, loaded));
  g_clear_object (&loaded);
  if (xmllint_validates_data (text, g_bytes_get_size (bytes), &ran) || ran)
    g_assert_true (xmllint_validates_data (text, g_bytes_get_size (bytes), &ran));

  /* No boards at all is not the default either. */
  g_list_store_remove_all (alignment_case_get_boards (c));
  again = alignment_case_to_bytes (c);
  text = g_bytes_get_data (again, NULL);
  g_assert_nonnull (strstr (text, "  <governance>\n    <boards/>\n    <levels>\n"));
  loaded = alignment_case_load_from_data (text, g_bytes_get_size (again), NAME, &error);
  g_assert_no_error (error);
  g_assert_true (alignment_case_equal (c, loaded));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (alignment_case_get_boards (loaded))), ==, 0);
  /* Equality sees a level's text. */
  alignment_escalation_level_set_covers (alignment_governance_lookup_level (
                                           G_LIST_MODEL (alignment_case_get_escalation_levels (loaded)), 4), "");
  g_assert_false (alignment_case_equal (c, loaded));
}

/* A document that names our namespace with a prefix is the same case. */
static void
test_prefixed (void)
{
  g_autoptr(AlignmentCase) c = assert_loads ("<a:case xmlns:a=\"" NS "\" version=\"1.0\"><a:title>T</a:title>"
                                             "<a:signals><a:signal id=\"1a\"><a:goal>G</a:goal></a:signal>"
                                             "</a:signals></a:case>");

  g_assert_cmpstr (alignment_signal_get_goal (find_signal (c, "1a")), ==, "G");
}

/* ---- Round trips of everything ------------------------------------------ */

#define TRICKY "Line one: <tags> & \"quotes\" & 'apostrophes'\nLine two: café, Ærø, 東京, 🚢\n\tindented\n"

static AlignmentCase *
make_full_case (void)
{
  AlignmentCase *c = alignment_case_new ();
  g_autoptr(AlignmentStakeholder) rte = alignment_stakeholder_new ("CUST RTE", ALIGNMENT_PARTY_CUSTOMER, "Release train engineer");
  g_autoptr(AlignmentStakeholder) nobody = alignment_stakeholder_new ("Someone", ALIGNMENT_PARTY_UNKNOWN, "");
  g_autoptr(AlignmentLesson) lesson = alignment_lesson_new (TRICKY);
  g_autoptr(AlignmentThreadRecord) told = alignment_thread_record_new (12);
  g_autoptr(AlignmentThreadRecord) aligned = alignment_thread_record_new (13);
  g_autoptr(AlignmentThreadRecord) silent = alignment_thread_record_new (2);
  g_autoptr(AlignmentSignal) s = alignment_signal_new ("12ab");
  g_autoptr(AlignmentSignal) bare = alignment_signal_new ("13");

  alignment_case_set_title (c, "Everything <&> set");
  alignment_case_set_customer_name (c, "Scheepswerf “De Hoop”");
  alignment_case_set_provider_name (c, "Provider & Co");
  alignment_case_set_context (c, TRICKY "  trailing spaces kept  ");
  alignment_case_set_period_start (c, iso ("2024-01-01"));
  alignment_case_set_period_end (c, iso ("2024-12-31"));
  g_list_store_append (alignment_case_get_stakeholders (c), rte);
  g_list_store_append (alignment_case_get_stakeholders (c), nobody);
  g_list_store_append (alignment_case_get_lessons (c), lesson);
  alignment_thread_record_set_title (told, "New people in the teams");
  alignment_thread_record_set_story (told, TRICKY);
  alignment_thread_record_set_aligned_in (aligned, ALIGNMENT_REALM_FLAGS_OPERATIONAL | ALIGNMENT_REALM_FLAGS_RELATIONAL);
  g_list_store_append (alignment_case_get_thread_records (c), told);
  g_list_store_append (alignment_case_get_thread_records (c), silent);
  g_list_store_append (alignment_case_get_thread_records (c), aligned);

  alignment_signal_set_signal_type (s, ALIGNMENT_SIGNAL_TYPE_ESCALATION_SENT);
  alignment_signal_set_sender (s, ALIGNMENT_PARTY_PROVIDER);
  alignment_signal_set_start_julian (s, iso ("2024-02-29"));
  alignment_signal_set_end_julian (s, iso ("2024-03-01"));
  alignment_signal_set_understood (s, ALIGNMENT_UNDERSTOOD_NO);
  alignment_signal_set_urgency (s, ALIGNMENT_URGENCY_LOW);
  alignment_signal_set_urgency_understood (s, ALIGNMENT_URGENCY_VERY_HIGH);
  alignment_signal_set_trigger (s, TRICKY);
  alignment_signal_set_recipients (s, "  spaces around  ");
  alignment_signal_set_message (s, "windows\r\nline ends\r\n");
  alignment_signal_set_goal (s, "]]> and <![CDATA[ are just text");
  alignment_signal_set_reaction (s, "\n");
  for (guint realm = 0; realm < ALIGNMENT_N_REALMS; realm++)
    {
      alignment_signal_set_impact (s, ALIGNMENT_PARTY_CUSTOMER, realm, ALIGNMENT_IMPACT_NEGATIVE + realm);
      alignment_signal_set_impact (s, ALIGNMENT_PARTY_PROVIDER, realm, ALIGNMENT_IMPACT_POSITIVE - realm);
    }
  alignment_signal_add_foreign (s, "<x:note xmlns:x=\"urn:example:notes\" x:by=\"Zoë\">Checked <x:em>twice</x:em> &amp; filed</x:note>");
  alignment_signal_add_foreign (s, "<y:empty xmlns:y=\"urn:example:y\"/>");
  alignment_signal_list_append (alignment_case_get_signals (c), s);

  /* A signal with nothing but an id, a provider rating of one realm and
   * a foreign element. */
  alignment_signal_set_impact (bare, ALIGNMENT_PARTY_PROVIDER, ALIGNMENT_REALM_OPERATIONAL, ALIGNMENT_IMPACT_SAME);
  alignment_signal_list_append (alignment_case_get_signals (c), bare);

  alignment_case_add_foreign (c, "<meta:info xmlns:meta=\"urn:example:meta\">\n  <meta:tool version=\"2\">Other tool</meta:tool>\n</meta:info>");
  alignment_case_add_foreign (c, "<plain xmlns=\"\">no namespace</plain>");

  return c;
}

static void
test_full_round_trip (void)
{
  g_autoptr(AlignmentCase) c = make_full_case ();
  g_autoptr(GBytes) first = NULL;
  g_autoptr(GBytes) second = NULL;
  g_autoptr(AlignmentCase) loaded = NULL;
  g_autoptr(GError) error = NULL;
  const char *text;
  gboolean ran;

  /* Fixed ids, to check where they are written. */
  alignment_case_set_case_id (c, "00000000-0000-4000-8000-00000000000c");
  alignment_signal_set_stable_id (find_signal (c, "13"), "00000000-0000-4000-8000-000000000013");
  first = alignment_case_to_bytes (c);
  text = g_bytes_get_data (first, NULL);
  g_test_message ("%.*s", (int) g_bytes_get_size (first), text);
  /* the layout of the format: foreign elements last, indented */
  g_assert_nonnull (strstr (text, "      <trust party=\"provider\" contractual=\"positive\" operational=\"same\" relational=\"negative\"/>\n"
                                  "      <x:note xmlns:x=\"urn:example:notes\" x:by=\"Zoë\">Checked <x:em>twice</x:em> &amp; filed</x:note>\n"
                                  "      <y:empty xmlns:y=\"urn:example:y\"/>\n"
                                  "    </signal>\n"));
  g_assert_nonnull (strstr (text, "    <signal id=\"13\" uuid=\"00000000-0000-4000-8000-000000000013\">\n"
                                  "      <trust party=\"provider\" operational=\"same\"/>\n"
                                  "    </signal>\n"));
  g_assert_nonnull (strstr (text, "  </signals>\n"
                                  "  <exchange id=\"00000000-0000-4000-8000-00000000000c\"/>\n"
                                  "  <meta:info xmlns:meta=\"urn:example:meta\">\n"
                                  "  <meta:tool version=\"2\">Other tool</meta:tool>\n"
                                  "</meta:info>\n"
                                  "  <plain xmlns=\"\">no namespace</plain>\n"
                                  "</case>\n"));
  g_assert_nonnull (strstr (text, "urgency-understood=\"very-high\""));
  /* Only what was written about a thread: the record of thread 2 says
   * nothing and is left out. */
  g_assert_nonnull (strstr (text, "  <threads>\n"
                                  "    <thread number=\"12\">\n"
                                  "      <title>New people in the teams</title>\n"));
  g_assert_nonnull (strstr (text, "    <thread number=\"13\" aligned-in=\"operational relational\"/>\n"
                                  "  </threads>\n"
                                  "  <signals>\n"));
  g_assert_null (strstr (text, "<thread number=\"2\""));
  g_assert_true (g_str_has_suffix (text, "</case>\n"));

  loaded = alignment_case_load_from_data (text, g_bytes_get_size (first), NAME, &error);
  g_assert_no_error (error);
  g_assert_true (alignment_case_equal (c, loaded));
  g_assert_cmpstr (alignment_signal_get_message (find_signal (loaded, "12ab")), ==, "windows\r\nline ends\r\n");
  g_assert_cmpstr (alignment_signal_get_trigger (find_signal (loaded, "12ab")), ==, TRICKY);

  second = alignment_case_to_bytes (loaded);
  g_assert_true (g_bytes_equal (first, second));

  if (!xmllint_validates_data (text, g_bytes_get_size (first), &ran) && !ran)
    g_test_message ("xmllint is not installed: not checked against the schema");
  else
    g_assert_true (xmllint_validates_data (text, g_bytes_get_size (first), &ran));
}

/* Foreign elements written by someone else: prefixes declared on <case>,
 * children in our own namespace, anywhere among the known children. */
static void
test_foreign_inherited (void)
{
  const char *doc =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<case xmlns=\"" NS "\" xmlns:e=\"urn:example:ext\" xmlns:unused=\"urn:unused\" version=\"1.0\">\n"
    "  <e:first>before the title</e:first>\n"
    "  <title>T</title>\n"
    "  <signals>\n"
    "    <signal id=\"1a\">\n"
    "      <e:mark level=\"2\"><child>in our namespace</child></e:mark>\n"
    "      <trigger>Why</trigger>\n"
    "    </signal>\n"
    "  </signals>\n"
    "</case>\n";
  g_autoptr(AlignmentCase) c = assert_loads (doc);
  g_autoptr(GBytes) saved = alignment_case_to_bytes (c);
  g_autoptr(GBytes) again = NULL;
  g_autoptr(AlignmentCase) reloaded = NULL;
  GPtrArray *foreign;
  gboolean ran;

  foreign = alignment_case_get_foreign (c);
  g_assert_nonnull (foreign);
  g_assert_cmpuint (foreign->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (foreign, 0), ==, "<e:first xmlns:e=\"urn:example:ext\">before the title</e:first>");

  foreign = alignment_signal_get_foreign (find_signal (c, "1a"));
  g_assert_nonnull (foreign);
  g_assert_cmpuint (foreign->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (foreign, 0), ==,
                   "<e:mark xmlns:e=\"urn:example:ext\" xmlns=\"" NS "\" level=\"2\"><child>in our namespace</child></e:mark>");
  g_assert_cmpstr (alignment_signal_get_trigger (find_signal (c, "1a")), ==, "Why");

  reloaded = alignment_case_load_from_data (g_bytes_get_data (saved, NULL), g_bytes_get_size (saved), NAME, NULL);
  g_assert_nonnull (reloaded);
  g_assert_true (alignment_case_equal (c, reloaded));
  again = alignment_case_to_bytes (reloaded);
  g_assert_true (g_bytes_equal (saved, again));

  if (xmllint_validates_data (doc, strlen (doc), &ran) || ran)
    {
      g_assert_true (xmllint_validates_data (doc, strlen (doc), &ran));
      g_assert_true (xmllint_validates_data (g_bytes_get_data (saved, NULL), g_bytes_get_size (saved), &ran));
    }
}

static void
test_accepted_variants (void)
{
  g_autoptr(AlignmentCase) minor = NULL;
  g_autoptr(AlignmentCase) minimal = NULL;
  g_autoptr(AlignmentCase) comments = NULL;
  g_autofree char *doc = NULL;

  /* a later minor version, and text around comments, CDATA and entities */
  minor = assert_loads ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                        "<!-- a comment before the case -->\n"
                        "<?some-tool processing instruction?>\n"
                        "<case xmlns=\"" NS "\" version=\"1.7\">"
                        "<title>A <!-- hidden -->title<![CDATA[ <with> ]]>&amp;&#233;&#x1F6A2;</title>"
                        "</case>");
  g_assert_cmpstr (alignment_case_get_title (minor), ==, "A title <with> &é🚢");

  minimal = assert_loads ("<case xmlns=\"" NS "\" version=\"1\"><title/><signals/></case>");
  g_assert_cmpstr (alignment_case_get_title (minimal), ==, "");
  g_assert_cmpuint (alignment_signal_list_get_n (alignment_case_get_signals (minimal)), ==, 0);

  /* a byte-order mark; trust ratings in either order */
  doc = g_strdup_printf ("\xEF\xBB\xBF%s",
                         "<case xmlns=\"" NS "\" version=\"1.0\"><title>T</title><signals>"
                         "<signal id=\"7\"><trust party=\"provider\" relational=\"positive\"/>"
                         "<trust party=\"customer\" relational=\"negative\"/></signal>"
                         "</signals></case>");
  comments = assert_loads (doc);
  g_assert_cmpint (alignment_signal_get_impact (find_signal (comments, "7"), ALIGNMENT_PARTY_CUSTOMER,
                                                ALIGNMENT_REALM_RELATIONAL), ==, ALIGNMENT_IMPACT_NEGATIVE);
}

/* ---- What could be read ------------------------------------------------ */

static GFile *
write_temp (const char *name,
            const char *data,
            gsize       length)
{
  g_autofree char *dir = g_dir_make_tmp ("case-xml-partial-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, name, NULL);

  g_assert_true (g_file_set_contents (path, data, (gssize) length, NULL));
  return g_file_new_for_path (path);
}

static void
remove_temp (GFile *file)
{
  g_autoptr(GFile) dir = g_file_get_parent (file);

  g_file_delete (file, NULL, NULL);
  g_file_delete (dir, NULL, NULL);
}

/* A file cut in the middle of a signal gives the signals before the
 * cut, the case's fields, and the error that says where it broke. */
static void
test_partial_truncated (void)
{
  g_autofree char *example = NULL;
  g_autoptr(AlignmentCase) whole = NULL;
  gsize length;
  const char *cut;
  guint n_closed = 0;

  g_assert_true (g_file_get_contents (example_path (), &example, &length, NULL));
  whole = alignment_case_load_from_data (example, length, NULL, NULL);
  g_assert_nonnull (whole);

  /* In the middle of the sixth signal, as a disk that filled up leaves it. */
  cut = example;
  for (guint i = 0; i < 6; i++)
    cut = strstr (cut + 1, "<signal ");
  g_assert_nonnull (cut);
  cut += 20;
  for (const char *p = strstr (example, "</signal>"); p != NULL && p < cut; p = strstr (p + 1, "</signal>"))
    n_closed++;
  g_assert_cmpuint (n_closed, ==, 5);

  {
    g_autoptr(GFile) file = write_temp ("cut.alignment", example, (gsize) (cut - example));
    g_autoptr(GError) error = NULL;
    g_autoptr(AlignmentCase) partial = alignment_case_load_partial (file, NULL, &error);
    AlignmentSignalList *signals;

    g_assert_error (error, ALIGNMENT_XML_ERROR, ALIGNMENT_XML_ERROR_NOT_WELL_FORMED);
    g_test_message ("%s", error->message);
    g_assert_nonnull (partial);
    g_assert_cmpstr (alignment_case_get_title (partial), ==, alignment_case_get_title (whole));
    signals = alignment_case_get_signals (partial);
    g_assert_cmpuint (alignment_signal_list_get_n (signals), ==, n_closed);
    for (guint i = 0; i < n_closed; i++)
      g_assert_cmpstr (alignment_signal_get_id (alignment_signal_list_get (signals, i)), ==,
                       alignment_signal_get_id (alignment_signal_list_get (alignment_case_get_signals (whole), i)));

    /* The ordinary load still refuses it. */
    g_clear_error (&error);
    g_assert_null (alignment_case_load (file, NULL, &error));
    g_assert_error (error, ALIGNMENT_XML_ERROR, ALIGNMENT_XML_ERROR_NOT_WELL_FORMED);
    remove_temp (file);
  }

  /* A whole file: its case, no error. */
  {
    g_autoptr(GFile) file = write_temp ("whole.alignment", example, length);
    g_autoptr(GError) error = NULL;
    g_autoptr(AlignmentCase) all = alignment_case_load_partial (file, NULL, &error);

    g_assert_no_error (error);
    g_assert_nonnull (all);
    g_assert_cmpuint (alignment_signal_list_get_n (alignment_case_get_signals (all)), ==,
                      alignment_signal_list_get_n (alignment_case_get_signals (whole)));
    remove_temp (file);
  }
}

/* Nothing to offer when nothing was read, or when the file is refused
 * for what it holds rather than for where it ends. */
static void
test_partial_refused (void)
{
  const char *cases[] = {
    "<?xml vers",
    "<!DOCTYPE case [ <!ENTITY a \"aaaa\"> ]>\n<case xmlns=\"" NS "\" version=\"1.0\">&a;",
    "<case xmlns=\"" NS "\" version=\"1.0\">\n  <signals>\n    <signal id=\"1\"><bogus/></signal>\n",
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GFile) file = write_temp ("refused.alignment", cases[i], strlen (cases[i]));
      g_autoptr(GError) error = NULL;
      g_autoptr(AlignmentCase) partial = alignment_case_load_partial (file, NULL, &error);

      g_test_message ("%s", error != NULL ? error->message : "(no error)");
      g_assert_null (partial);
      g_assert_nonnull (error);
      remove_temp (file);
    }
}

/* ---- Refusals ----------------------------------------------------------- */

static void
test_refused_not_xml (void)
{
  g_autofree char *example = NULL;
  g_autofree char *truncated = NULL;
  guint truncated_lines = 1;
  guchar junk[4096];
  GRand *rand = g_rand_new_with_seed (42);
  gsize length;

  assert_refused_full ("", 0, ALIGNMENT_XML_ERROR_NOT_WELL_FORMED, 1, "empty");
  assert_refused ("   \n\n", ALIGNMENT_XML_ERROR_NOT_WELL_FORMED, 3, NULL);
  assert_refused ("Hello, this is a letter, not a case.\n", ALIGNMENT_XML_ERROR_NOT_WELL_FORMED, 1, "not XML");

  for (guint i = 0; i < sizeof junk; i++)
    junk[i] = (guchar) g_rand_int_range (rand, 0, 256);
  junk[0] = 0x89;  /* like a PNG */
  g_rand_free (rand);
  assert_refused_full ((const char *) junk, sizeof junk, ALIGNMENT_XML_ERROR_NOT_WELL_FORMED, 1, NULL);

  g_assert_true (g_file_get_contents (example_path (), &example, &length, NULL));
  truncated = g_strndup (example, length / 2);
  for (const char *p = truncated; *p; p++)
    truncated_lines += *p == '\n';
  assert_refused (truncated, ALIGNMENT_XML_ERROR_NOT_WELL_FORMED, truncated_lines, "incomplete");

  assert_refused ("<case xmlns=\"" NS "\" version=\"1.0\">\n  <title>T</titel>\n</case>\n",
                  ALIGNMENT_XML_ERROR_NOT_WELL_FORMED, 2, "<title> (opened on line 2) is closed by </titel>");
  assert_refused ("<case xmlns=\"" NS "\" version=\"1.0\">\n  <title>Q&A</title>\n</case>\n",
                  ALIGNMENT_XML_ERROR_NOT_WELL_FORMED, 2, NULL);
  assert_refused ("<case xmlns=\"" NS "\" version=\"1.0\">\n  <title>&nbsp;</title>\n</case>\n",
                  ALIGNMENT_XML_ERROR_NOT_WELL_FORMED, 2, "“&nbsp;”");
  assert_refused ("<case xmlns=\"" NS "\" version=\"1.0\"><title>T</title></case>\n<case/>\n",
                  ALIGNMENT_XML_ERROR_NOT_WELL_FORMED, 2, NULL);
  /* Latin-1 bytes: the format is UTF-8 */
  assert_refused ("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n"
                  "<case xmlns=\"" NS "\" version=\"1.0\"><title>caf\xE9</title></case>\n",
                  ALIGNMENT_XML_ERROR_NOT_WELL_FORMED, 2, "UTF-8");
}

static void
test_refused_not_a_case (void)
{
  assert_refused ("<?xml version=\"1.0\"?>\n<project xmlns=\"" NS "\" version=\"1.0\"/>\n",
                  ALIGNMENT_XML_ERROR_NOT_A_CASE, 2, "<project>");
  assert_refused ("<?xml version=\"1.0\"?>\n<html><body>Hello</body></html>\n",
                  ALIGNMENT_XML_ERROR_NOT_A_CASE, 2, "<html>");
  assert_refused ("<?xml version=\"1.0\"?>\n<case xmlns=\"https://example.org/ns/other\" version=\"1.0\"><title/></case>\n",
                  ALIGNMENT_XML_ERROR_NOT_A_CASE, 2, "https://example.org/ns/other");
  assert_refused ("<?xml version=\"1.0\"?>\n<case version=\"1.0\"><title/></case>\n",
                  ALIGNMENT_XML_ERROR_NOT_A_CASE, 2, "no namespace");
}

static void
test_refused_version (void)
{
  assert_refused ("<?xml version=\"1.0\"?>\n<case xmlns=\"" NS "\" version=\"2.0\"><title/></case>\n",
                  ALIGNMENT_XML_ERROR_VERSION, 2, "version “2.0”");
  assert_refused ("<?xml version=\"1.0\"?>\n<case xmlns=\"" NS "\" version=\"10.1\"><title/></case>\n",
                  ALIGNMENT_XML_ERROR_VERSION, 2, NULL);
  assert_refused ("<?xml version=\"1.0\"?>\n<case xmlns=\"" NS "\" version=\"one\"><title/></case>\n",
                  ALIGNMENT_XML_ERROR_VERSION, 2, NULL);
  assert_refused ("<?xml version=\"1.0\"?>\n<case xmlns=\"" NS "\"><title/></case>\n",
                  ALIGNMENT_XML_ERROR_INVALID, 2, "version");
}

static void
test_refused_values (void)
{
  g_autofree char *sideways = small_case ("id=\"1a\" type=\"sideways\"", "");
  g_autofree char *day = small_case ("id=\"1a\" start=\"2024-02-30\"", "");
  g_autofree char *dutch = small_case ("id=\"1a\" start=\"1-2-2024\"", "");
  g_autofree char *spaced = small_case ("id=\"1a\" end=\" 2024-02-01\"", "");
  g_autofree char *unknown = small_case ("id=\"1a\" urgency=\"unknown\"", "");
  g_autofree char *upper = small_case ("id=\"1a\" understood=\"Yes\"", "");
  g_autofree char *impact = small_case ("id=\"1a\"", "<trust party=\"customer\" relational=\"better\"/>");
  g_autofree char *party = small_case ("id=\"1a\" sender=\"CUST\"", "");
  g_autofree char *bad_id = small_case ("id=\"a1\"", "");
  g_autofree char *no_id = small_case ("type=\"request-sent\"", "");
  g_autofree char *attribute = small_case ("id=\"1a\" colour=\"red\"", "");
  g_autofree char *lang = small_case ("id=\"1a\"", "<trigger xml:lang=\"nl\">Waarom</trigger>");
  g_autofree char *no_party = small_case ("id=\"1a\"", "<trust contractual=\"same\"/>");
  g_autoptr(GError) error = NULL;

  /* the message a user reads, whole */
  g_assert_null (alignment_case_load_from_data (sideways, strlen (sideways), NAME, &error));
  g_assert_error (error, ALIGNMENT_XML_ERROR, ALIGNMENT_XML_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==,
                   NAME ":5: “sideways” is not a signal type (expected request-sent, "
                   "request-received, escalation-sent or alignment-event)");

  assert_refused (day, ALIGNMENT_XML_ERROR_INVALID, 5, "“2024-02-30” is not a date: there is no such day");
  assert_refused (dutch, ALIGNMENT_XML_ERROR_INVALID, 5, "“1-2-2024” is not a date (dates are written year-month-day");
  assert_refused (spaced, ALIGNMENT_XML_ERROR_INVALID, 5, "is not a date");
  assert_refused (unknown, ALIGNMENT_XML_ERROR_INVALID, 5, "“unknown” is not an urgency");
  assert_refused (upper, ALIGNMENT_XML_ERROR_INVALID, 5, "“Yes”");
  assert_refused (impact, ALIGNMENT_XML_ERROR_INVALID, 5, "“better” is not an impact on trust");
  assert_refused (party, ALIGNMENT_XML_ERROR_INVALID, 5, "“CUST” is not a party (expected customer or provider)");
  assert_refused (bad_id, ALIGNMENT_XML_ERROR_INVALID, 5, "“a1” is not a signal id");
  assert_refused (no_id, ALIGNMENT_XML_ERROR_INVALID, 5, "a signal has no id");
  assert_refused (attribute, ALIGNMENT_XML_ERROR_INVALID, 5, "<signal> has no attribute “colour”");
  assert_refused (lang, ALIGNMENT_XML_ERROR_INVALID, 5, "<trigger> has no attribute “xml:lang”");
  assert_refused (no_party, ALIGNMENT_XML_ERROR_INVALID, 5, "does not say whose trust");

  assert_refused ("<case xmlns=\"" NS "\" version=\"1.0\">\n  <title>T</title>\n"
                  "  <period start=\"2024-01-01\" end=\"2024-13-01\"/>\n</case>",
                  ALIGNMENT_XML_ERROR_INVALID, 3, "“2024-13-01” is not a date");
  assert_refused ("<case xmlns=\"" NS "\" version=\"1.0\">\n  <title>T</title>\n  <threads>\n"
                  "    <thread number=\"2\" aligned-in=\"legal\"/>\n  </threads>\n</case>",
                  ALIGNMENT_XML_ERROR_INVALID, 4,
                  "“legal” does not name the realms a thread was aligned in (expected contractual, "
                  "operational or relational, separated by a space)");
  assert_refused ("<case xmlns=\"" NS "\" version=\"1.0\">\n  <title>T</title>\n  <threads>\n"
                  "    <thread number=\"two\"/>\n  </threads>\n</case>",
                  ALIGNMENT_XML_ERROR_INVALID, 4, "“two” is not a thread number");
}

static void
test_refused_structure (void)
{
  g_autofree char *element = small_case ("id=\"1a\"", "\n      <colour>red</colour>\n    ");
  g_autofree char *order = small_case ("id=\"1a\"", "\n      <goal>G</goal>\n      <trigger>T</trigger>\n    ");
  g_autofree char *twice = small_case ("id=\"1a\"", "\n      <goal>G</goal>\n      <goal>G</goal>\n    ");
  g_autofree char *late = small_case ("id=\"1a\"", "<trust party=\"customer\"/><goal>G</goal>");
  g_autofree char *text = small_case ("id=\"1a\"", "loose words");
  g_autofree char *nested = small_case ("id=\"1a\"", "<goal>G <b>bold</b></goal>");
  g_autofree char *foreign = small_case ("id=\"1a\"", "<goal>G <x:b xmlns:x=\"urn:x\">bold</x:b></goal>");
  g_autofree char *misplaced = small_case ("id=\"1a\"", "<title>T</title>");

  assert_refused (element, ALIGNMENT_XML_ERROR_INVALID, 6, "<colour> has no place inside <signal>");
  assert_refused (order, ALIGNMENT_XML_ERROR_INVALID, 7, "<trigger> is out of place or repeated");
  assert_refused (twice, ALIGNMENT_XML_ERROR_INVALID, 7, "<goal> is out of place or repeated");
  assert_refused (late, ALIGNMENT_XML_ERROR_INVALID, 5, "<goal> is out of place");
  assert_refused (text, ALIGNMENT_XML_ERROR_INVALID, 5, "text is not allowed directly inside <signal>: “loose words”");
  assert_refused (nested, ALIGNMENT_XML_ERROR_INVALID, 5, "<b> has no place inside <goal>");
  assert_refused (foreign, ALIGNMENT_XML_ERROR_INVALID, 5, "<x:b> is not part of the case format; such elements may stand only directly inside <case> or <signal>, not inside <goal>");
  assert_refused (misplaced, ALIGNMENT_XML_ERROR_INVALID, 5, "<title> has no place inside <signal>");

  assert_refused ("<case xmlns=\"" NS "\" version=\"1.0\">\n  <customer>C</customer>\n</case>\n",
                  ALIGNMENT_XML_ERROR_INVALID, 2, "<customer> is out of place");
  assert_refused ("<case xmlns=\"" NS "\" version=\"1.0\">\n  <signals/>\n</case>\n",
                  ALIGNMENT_XML_ERROR_INVALID, 2, NULL);
  assert_refused ("<case xmlns=\"" NS "\" version=\"1.0\">\n</case>\n",
                  ALIGNMENT_XML_ERROR_INVALID, 1, "the case has no <title>");
  assert_refused ("<case xmlns=\"" NS "\" version=\"1.0\">\n  <title>T</title>\n  <provider>P</provider>\n  <customer>C</customer>\n</case>\n",
                  ALIGNMENT_XML_ERROR_INVALID, 4, "the order is title, customer, provider");
  assert_refused ("<case xmlns=\"" NS "\" version=\"1.0\">\n  <title>T</title>\n  <lessons>\n    <lesson>L <i>x</i></lesson>\n  </lessons>\n</case>\n",
                  ALIGNMENT_XML_ERROR_INVALID, 4, "<i> has no place inside <lesson>");
}

static void
test_refused_inconsistent (void)
{
  const char *duplicate =
    "<case xmlns=\"" NS "\" version=\"1.0\">\n"
    "  <title>T</title>\n"
    "  <signals>\n"
    "    <signal id=\"2c\" start=\"2024-04-01\"/>\n"
    "    <signal id=\"2d\" start=\"2024-04-02\"/>\n"
    "    <signal id=\"2c\" start=\"2024-04-03\"/>\n"
    "  </signals>\n"
    "</case>\n";
  const char *backwards =
    "<case xmlns=\"" NS "\" version=\"1.0\">\n"
    "  <title>T</title>\n"
    "  <signals>\n"
    "    <signal id=\"2c\" start=\"2024-04-01\"/>\n"
    "    <signal id=\"2d\"\n"
    "            start=\"2024-04-02\" end=\"2024-03-02\"/>\n"
    "  </signals>\n"
    "</case>\n";
  g_autofree char *twice = small_case ("id=\"1a\"", "<trust party=\"provider\"/><trust party=\"provider\"/>");

  assert_refused (duplicate, ALIGNMENT_XML_ERROR_INCONSISTENT, 6,
                  "two signals have the id 2c (the other one is on line 4)");
  /* An end before the start is a mistake to show, not a reason to lock
   * the user out of the case: it loads, and the check names it. */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(AlignmentCase) c = alignment_case_load_from_data (backwards, strlen (backwards), NAME, &error);
    g_autoptr(GPtrArray) problems = NULL;
    AlignmentProblem *problem;

    g_assert_no_error (error);
    problems = alignment_case_check (c);
    problem = NULL;
    for (guint i = 0; i < problems->len; i++)
      if (((AlignmentProblem *) g_ptr_array_index (problems, i))->kind == ALIGNMENT_PROBLEM_END_BEFORE_START)
        problem = g_ptr_array_index (problems, i);
    g_assert_nonnull (problem);
    /* a warning: what loads, validates */
    g_assert_cmpint (problem->severity, ==, ALIGNMENT_PROBLEM_WARNING);
    g_assert_cmpstr (problem->message, ==, "Signal 2d ends on 2024-03-02, before it starts on 2024-04-02.");
  }
  assert_refused (twice, ALIGNMENT_XML_ERROR_INCONSISTENT, 5,
                  "signal 1a rates the service provider’s trust twice");
  assert_refused ("<case xmlns=\"" NS "\" version=\"1.0\">\n  <title>T</title>\n"
                  "  <period start=\"2024-02-01\" end=\"2024-01-01\"/>\n</case>",
                  ALIGNMENT_XML_ERROR_INCONSISTENT, 3, "the case period ends on 2024-01-01");
  assert_refused ("<case xmlns=\"" NS "\" version=\"1.0\">\n  <title>T</title>\n  <threads>\n"
                  "    <thread number=\"2\"><title>A</title></thread>\n"
                  "    <thread number=\"2\"><title>B</title></thread>\n  </threads>\n</case>",
                  ALIGNMENT_XML_ERROR_INCONSISTENT, 5, "thread 2 is described twice");
}

/* Line numbers past 65535, which libxml2 keeps in 16 bits. */
static void
test_refused_far_down (void)
{
  g_autoptr(AlignmentCase) c = alignment_case_generate (12000, 0, 7);
  AlignmentSignal **signals = alignment_signal_list_peek (alignment_case_get_signals (c), NULL);
  guint n = alignment_signal_list_get_n (alignment_case_get_signals (c));
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *doc = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *needle = NULL;
  const char *last, *second_last;
  guint line = 1, line_before = 1;

  /* the last signal takes the first one's id */
  alignment_signal_set_id (signals[n - 1], alignment_signal_get_id (signals[0]));
  bytes = alignment_case_to_bytes (c);
  doc = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));

  last = g_strrstr (doc, "<signal id=");
  for (const char *p = doc; p < last; p++)
    line += *p == '\n';
  g_assert_cmpuint (line, >, 70000);
  g_test_message ("the duplicate is on line %u", line);
  needle = g_strdup_printf ("two signals have the id %s", alignment_signal_get_id (signals[0]));
  assert_refused (doc, ALIGNMENT_XML_ERROR_INCONSISTENT, line, needle);

  /* and a bad value there */
  alignment_signal_set_id (signals[n - 1], "99999zz");
  alignment_signal_set_start_julian (signals[n - 1], iso ("9999-12-31"));
  g_clear_pointer (&bytes, g_bytes_unref);
  bytes = alignment_case_to_bytes (c);
  g_free (doc);
  doc = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  second_last = g_strrstr (doc, "<signal id=\"99999zz\"");
  g_assert_nonnull (second_last);
  memcpy (strstr (second_last, "9999-12-31"), "2024-13-01", 10);
  for (const char *p = doc; p < second_last; p++)
    line_before += *p == '\n';
  assert_refused (doc, ALIGNMENT_XML_ERROR_INVALID, line_before, "is not a date");
}

static void test_hostile_dtd (void);
static void test_hostile_utf16 (void);

static void
refuse_all (void)
{
  test_hostile_dtd ();
  test_hostile_utf16 ();
  test_refused_not_xml ();
  test_refused_not_a_case ();
  test_refused_version ();
  test_refused_values ();
  test_refused_structure ();
  test_refused_inconsistent ();
}

static void
test_refused_silently (void)
{
  assert_silent (refuse_all);
}

/* ---- Hostile XML -------------------------------------------------------- */

static void
test_hostile_dtd (void)
{
  const char *plain =
    "<?xml version=\"1.0\"?>\n"
    "<!-- a comment -->\n"
    "<!DOCTYPE case>\n"
    "<case xmlns=\"" NS "\" version=\"1.0\"><title/></case>\n";
  const char *xxe =
    "<?xml version=\"1.0\"?>\n"
    "<!DOCTYPE case [\n"
    "  <!ENTITY xxe SYSTEM \"file:///etc/passwd\">\n"
    "]>\n"
    "<case xmlns=\"" NS "\" version=\"1.0\"><title>&xxe;</title></case>\n";
  const char *parameter =
    "<!DOCTYPE case [ <!ENTITY % p SYSTEM \"file:///etc/passwd\"> %p; ]>\n"
    "<case xmlns=\"" NS "\" version=\"1.0\"><title/></case>\n";
  const char *laughs =
    "<?xml version=\"1.0\"?>\n"
    "<!DOCTYPE lolz [\n"
    " <!ENTITY lol \"lol\">\n"
    " <!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n"
    " <!ENTITY lol2 \"&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;\">\n"
    " <!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">\n"
    " <!ENTITY lol4 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\">\n"
    " <!ENTITY lol5 \"&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;\">\n"
    " <!ENTITY lol6 \"&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;\">\n"
    " <!ENTITY lol7 \"&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;\">\n"
    " <!ENTITY lol8 \"&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;\">\n"
    " <!ENTITY lol9 \"&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;\">\n"
    "]>\n"
    "<case xmlns=\"" NS "\" version=\"&lol9;\"><title>&lol9;</title></case>\n";
  g_autoptr(GString) bom = g_string_new ("\xEF\xBB\xBF");
  g_autoptr(GError) error = NULL;

  assert_refused (plain, ALIGNMENT_XML_ERROR_FORBIDDEN, 3, "document type (DTD)");
  assert_refused (xxe, ALIGNMENT_XML_ERROR_FORBIDDEN, 2, "document type (DTD)");
  assert_refused (parameter, ALIGNMENT_XML_ERROR_FORBIDDEN, 1, NULL);
  assert_refused (laughs, ALIGNMENT_XML_ERROR_FORBIDDEN, 2, NULL);

  g_string_append (bom, xxe);
  assert_refused (bom->str, ALIGNMENT_XML_ERROR_FORBIDDEN, 2, NULL);

  /* far into the file, past the first reads of a stream */
  {
    g_autoptr(GString) late = g_string_new ("<?xml version=\"1.0\"?>\n<!--");

    for (guint i = 0; i < 20000; i++)
      g_string_append (late, " a comment that goes on and on -\n");
    g_string_append (late, "-->\n<?pi?>\n");
    g_string_append (late, xxe + strlen ("<?xml version=\"1.0\"?>\n"));
    assert_refused_full (late->str, late->len, ALIGNMENT_XML_ERROR_FORBIDDEN, 20004, NULL);
  }

  /* nothing of the file leaks into the message */
  g_assert_null (alignment_case_load_from_data (xxe, strlen (xxe), NAME, &error));
  g_assert_null (strstr (error->message, "root:"));
}

static void
test_hostile_quadratic (void)
{
  g_autoptr(GString) doc = g_string_new ("<?xml version=\"1.0\"?>\n<!DOCTYPE case [\n<!ENTITY a \"");
  g_autoptr(GError) error = NULL;
  gint64 start;

  /* a 100 KB entity referenced 10 000 times: 1 GB once expanded */
  for (guint i = 0; i < 100 * 1024; i++)
    g_string_append_c (doc, 'a');
  g_string_append (doc, "\">\n]>\n<case xmlns=\"" NS "\" version=\"1.0\"><title>");
  for (guint i = 0; i < 10000; i++)
    g_string_append (doc, "&a;");
  g_string_append (doc, "</title></case>\n");

  start = g_get_monotonic_time ();
  assert_refused_full (doc->str, doc->len, ALIGNMENT_XML_ERROR_FORBIDDEN, 2, NULL);
  g_test_message ("refused a %.1f MB quadratic blow-up (twice) in %.1f ms",
                  doc->len / 1e6, (g_get_monotonic_time () - start) / 1000.0);
}

/* A DTD in a UTF-16 document is not seen by a byte scan for "<!DOCTYPE":
 * such a file must not get as far as its DTD either. */
static void
test_hostile_utf16 (void)
{
  const char *xxe =
    "<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n"
    "<!DOCTYPE case [ <!ENTITY xxe SYSTEM \"file:///etc/passwd\"> ]>\n"
    "<case xmlns=\"" NS "\" version=\"1.0\"><title>&xxe;</title></case>\n";
  g_autoptr(GByteArray) utf16 = g_byte_array_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(AlignmentCase) c = NULL;

  g_byte_array_append (utf16, (const guint8 *) "\xFF\xFE", 2);
  for (const char *p = xxe; *p; p++)
    {
      guint8 unit[2] = { (guint8) *p, 0 };

      g_byte_array_append (utf16, unit, 2);
    }

  c = alignment_case_load_from_data ((const char *) utf16->data, utf16->len, NAME, &error);
  g_assert_null (c);
  g_assert_error (error, ALIGNMENT_XML_ERROR, ALIGNMENT_XML_ERROR_NOT_WELL_FORMED);
  g_assert_true (g_str_has_prefix (error->message, NAME ":1: "));
  g_assert_null (strstr (error->message, "root:"));
}

/* libxml2 without XML_PARSE_HUGE holds at most 10 000 000 bytes in one
 * text node: a 10 MB field loads, one a little over that is refused with
 * a plain message rather than libxml2's "memory allocation failed". */
static void
test_big_text (void)
{
  const guint limit = 10 * 1000 * 1000;
  g_autofree char *head = NULL;
  g_autoptr(GString) doc = NULL;
  g_autoptr(AlignmentCase) c = NULL;
  g_autoptr(GError) error = NULL;
  gsize text_start;

  head = g_strdup ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                   "<case xmlns=\"" NS "\" version=\"1.0\">\n"
                   "  <title>Big</title>\n"
                   "  <context>");
  doc = g_string_sized_new (limit + 1024 * 1024);
  g_string_append (doc, head);
  text_start = doc->len;
  while (doc->len - text_start < limit)
    g_string_append (doc, "All work and no play makes Jack a dull boy.\n");
  g_string_truncate (doc, text_start + limit);
  g_string_append (doc, "</context>\n</case>\n");

  c = alignment_case_load_from_data (doc->str, doc->len, NAME, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (strlen (alignment_case_get_context (c)), ==, limit);
  g_clear_object (&c);

  /* the same through a file */
  {
    g_autofree char *dir = temp_dir ();
    g_autofree char *path = g_build_filename (dir, NAME, NULL);
    g_autoptr(GFile) file = g_file_new_for_path (path);

    g_assert_true (g_file_set_contents (path, doc->str, (gssize) doc->len, NULL));
    c = alignment_case_load (file, NULL, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (strlen (alignment_case_get_context (c)), ==, limit);
    g_clear_object (&c);
    remove_tree (dir);
  }

  /* 10 MiB */
  g_string_truncate (doc, text_start);
  while (doc->len - text_start < 10 * 1024 * 1024)
    g_string_append (doc, "All work and no play makes Jack a dull boy.\n");
  g_string_append (doc, "</context>\n</case>\n");
  assert_refused_full (doc->str, doc->len, ALIGNMENT_XML_ERROR_INVALID, 4, "the text of <context> is too long");
}

/* ---- Threads ------------------------------------------------------------ */

static gpointer
load_in_thread (gpointer data)
{
  GBytes *bytes = data;
  AlignmentCase *c = NULL;

  for (guint i = 0; i < 20; i++)
    {
      g_clear_object (&c);
      c = alignment_case_load_from_data (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), NAME, NULL);
      g_assert_nonnull (c);
    }

  return c;
}

static void
test_threads (void)
{
  g_autoptr(AlignmentCase) c = alignment_case_generate (500, 0, 3);
  g_autoptr(GBytes) bytes = alignment_case_to_bytes (c);
  GThread *threads[4];

  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    threads[i] = g_thread_new ("load", load_in_thread, bytes);

  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    {
      g_autoptr(AlignmentCase) loaded = g_thread_join (threads[i]);

      g_assert_true (alignment_case_equal (c, loaded));
    }
}

/* ---- Saving ------------------------------------------------------------- */

static void
test_save_replaces (void)
{
  g_autofree char *dir = temp_dir ();
  g_autofree char *path = g_build_filename (dir, "mine.alignment", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(AlignmentCase) c = load_example ();
  g_autoptr(AlignmentCase) loaded = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *original = NULL;
  g_autoptr(GDir) listing = NULL;
  struct stat st;

  /* a new file gets the usual permissions */
  g_assert_true (alignment_case_save (c, file, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_true (g_file_get_contents (example_path (), &original, NULL, NULL));
  g_assert_cmpstr (contents, ==, original);

  /* an existing one keeps its own */
  g_assert_cmpint (g_chmod (path, 0640), ==, 0);
  alignment_case_set_title (c, "Renamed");
  g_assert_true (alignment_case_save (c, file, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 07777, ==, 0640);
  loaded = alignment_case_load (file, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (alignment_case_get_title (loaded), ==, "Renamed");

  if (geteuid () == 0)
    {
      /* and its owner, where we may give it */
      g_assert_cmpint (chown (path, 65534, 65534), ==, 0);
      g_assert_true (alignment_case_save (c, file, NULL, &error));
      g_assert_no_error (error);
      g_assert_cmpint (g_stat (path, &st), ==, 0);
      g_assert_cmpuint (st.st_uid, ==, 65534);
      g_assert_cmpuint (st.st_gid, ==, 65534);
      g_assert_cmpint (st.st_mode & 07777, ==, 0640);
    }

  /* no temporary file is left behind */
  listing = g_dir_open (dir, 0, NULL);
  g_assert_cmpstr (g_dir_read_name (listing), ==, "mine.alignment");
  g_assert_null (g_dir_read_name (listing));

  remove_tree (dir);
}

static void
test_save_through_symlink (void)
{
  g_autofree char *dir = temp_dir ();
  g_autofree char *target = g_build_filename (dir, "real.alignment", NULL);
  g_autofree char *link = g_build_filename (dir, "link.alignment", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (link);
  g_autoptr(AlignmentCase) c = load_example ();
  g_autoptr(AlignmentCase) loaded = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_set_contents (target, "old", -1, NULL));
  g_assert_cmpint (symlink ("real.alignment", link), ==, 0);

  g_assert_true (alignment_case_save (c, file, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (link, G_FILE_TEST_IS_SYMLINK));

  g_clear_object (&file);
  file = g_file_new_for_path (target);
  loaded = alignment_case_load (file, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (alignment_case_equal (c, loaded));

  remove_tree (dir);
}

static void
test_save_refuses_inconsistent (void)
{
  g_autofree char *dir = temp_dir ();
  g_autofree char *path = g_build_filename (dir, "clash.alignment", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(AlignmentCase) c = load_example ();
  g_autoptr(GError) error = NULL;

  alignment_signal_set_id (find_signal (c, "2d"), "2c");
  g_assert_false (alignment_case_save (c, file, NULL, &error));
  g_assert_error (error, ALIGNMENT_XML_ERROR, ALIGNMENT_XML_ERROR_INCONSISTENT);
  g_assert_nonnull (strstr (error->message, "clash.alignment"));
  g_assert_nonnull (strstr (error->message, "2c"));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_clear_error (&error);

  /* nor one with extra data that would break the file */
  alignment_signal_set_id (find_signal (c, "2c"), "2d");
  alignment_signal_add_foreign (find_signal (c, "3a"), "<x:broken xmlns:x=\"urn:x\">");
  g_assert_false (alignment_case_save (c, file, NULL, &error));
  g_assert_error (error, ALIGNMENT_XML_ERROR, ALIGNMENT_XML_ERROR_WRITE);
  g_assert_nonnull (strstr (error->message, "signal 3a"));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  remove_tree (dir);
}

#define OLD_BYTES "<old file, must survive/>\n"

/* The child of test_save_read_only_dir(): as an ordinary user when the
 * test runs as root, for whom no directory is read-only. */
static void
save_read_only_child (void)
{
  const char *path = g_getenv ("TEST_CASE_XML_SAVE_PATH");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(AlignmentCase) c = alignment_case_new ();
  g_autoptr(GError) error = NULL;

  alignment_case_set_title (c, "New");

  if (geteuid () == 0)
    {
      g_assert_cmpint (setgid (65534), ==, 0);
      g_assert_cmpint (setuid (65534), ==, 0);
    }

  g_assert_false (alignment_case_save (c, file, NULL, &error));
  g_assert_error (error, ALIGNMENT_XML_ERROR, ALIGNMENT_XML_ERROR_WRITE);
  g_assert_nonnull (strstr (error->message, "Could not save “readonly.alignment”"));
  g_printerr ("%s\n", error->message);
}

static void
test_save_read_only_dir (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(GDir) listing = NULL;

  if (g_test_subprocess ())
    {
      save_read_only_child ();
      return;
    }

  dir = temp_dir ();
  path = g_build_filename (dir, "readonly.alignment", NULL);
  g_assert_true (g_file_set_contents (path, OLD_BYTES, -1, NULL));
  /* Writable in place, in a folder where no file can be made: the old
   * file must not be truncated and rewritten. */
  g_assert_cmpint (g_chmod (path, 0666), ==, 0);
  g_assert_cmpint (g_chmod (dir, 0555), ==, 0);

  g_setenv ("TEST_CASE_XML_SAVE_PATH", path, TRUE);
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
  g_test_trap_assert_stderr ("*no new file can be made in its folder*");

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, OLD_BYTES);
  listing = g_dir_open (dir, 0, NULL);
  g_assert_cmpstr (g_dir_read_name (listing), ==, "readonly.alignment");
  g_assert_null (g_dir_read_name (listing));

  remove_tree (dir);
}

static void
test_load_missing_and_cancelled (void)
{
  g_autoptr(GFile) missing = g_file_new_for_path ("/nonexistent/case.alignment");
  g_autoptr(GFile) example = g_file_new_for_path (example_path ());
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;

  g_assert_null (alignment_case_load (missing, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_clear_error (&error);

  g_cancellable_cancel (cancellable);
  g_assert_null (alignment_case_load (example, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
}

/* ---- Trust survey --------------------------------------------------------- */

#define SURVEY_ITEMS \
  "<questionnaire><item number=\"1\" realm=\"contractual\">One</item>" \
  "<item number=\"7\" realm=\"operational\" reverse=\"yes\">Seven</item>" \
  "<item number=\"12\" realm=\"relational\" reverse=\"no\"/></questionnaire>"

/* As the variants above, for what stands inside <survey> (after
 * <signals>). */
static const Variant survey_variants[] = {
  { "empty survey", NULL, "", TRUE, TRUE },
  { "questionnaire only", NULL, SURVEY_ITEMS, TRUE, TRUE },
  { "round with answers", NULL, SURVEY_ITEMS "<round name=\"Q1 2024 review\" date=\"2024-03-28\">"
    "<response party=\"customer\" respondent=\"CIO\"><answer item=\"1\" value=\"7\"/><answer item=\"12\" value=\"1\"/>"
    "</response><response party=\"provider\"/></round><round/>", TRUE, TRUE },
  { "round without questionnaire", NULL, "<round name=\"R\"><response party=\"provider\">"
    "<answer item=\"11\" value=\"4\"/></response></round>", TRUE, TRUE },
  { "item number padded with zeros", NULL, "<questionnaire><item number=\"012\" realm=\"relational\">T</item></questionnaire>",
    TRUE, TRUE },
  { "empty questionnaire", NULL, "<questionnaire/>", FALSE, FALSE },
  { "item 13", NULL, "<questionnaire><item number=\"13\" realm=\"relational\">T</item></questionnaire>", FALSE, FALSE },
  { "item 0", NULL, "<questionnaire><item number=\"0\" realm=\"relational\">T</item></questionnaire>", FALSE, FALSE },
  { "item without realm", NULL, "<questionnaire><item number=\"1\">T</item></questionnaire>", FALSE, FALSE },
  { "unknown realm", NULL, "<questionnaire><item number=\"1\" realm=\"legal\">T</item></questionnaire>", FALSE, FALSE },
  { "reverse maybe", NULL, "<questionnaire><item number=\"1\" realm=\"contractual\" reverse=\"maybe\">T</item>"
    "</questionnaire>", FALSE, FALSE },
  { "element inside an item", NULL, "<questionnaire><item number=\"1\" realm=\"contractual\"><b/></item></questionnaire>",
    FALSE, FALSE },
  { "questionnaire after a round", NULL, "<round/>" SURVEY_ITEMS, FALSE, FALSE },
  { "answer 8", NULL, "<round><response party=\"customer\"><answer item=\"1\" value=\"8\"/></response></round>",
    FALSE, FALSE },
  { "answer 0", NULL, "<round><response party=\"customer\"><answer item=\"1\" value=\"0\"/></response></round>",
    FALSE, FALSE },
  { "answer 4.5", NULL, "<round><response party=\"customer\"><answer item=\"1\" value=\"4.5\"/></response></round>",
    FALSE, FALSE },
  { "answer without value", NULL, "<round><response party=\"customer\"><answer item=\"1\"/></response></round>",
    FALSE, FALSE },
  { "response without party", NULL, "<round><response><answer item=\"1\" value=\"3\"/></response></round>",
    FALSE, FALSE },
  { "round date not a day", NULL, "<round date=\"2023-02-29\"/>", FALSE, FALSE },
  { "unknown round attribute", NULL, "<round colour=\"red\"/>", FALSE, FALSE },
  { "text in a response", NULL, "<round><response party=\"customer\">seven</response></round>", FALSE, FALSE },
  { "foreign in a round", NULL, "<round><x:a xmlns:x=\"urn:x\"/></round>", FALSE, FALSE },
  { "item twice", NULL, "<questionnaire><item number=\"1\" realm=\"contractual\"/><item number=\"1\" realm=\"contractual\"/>"
    "</questionnaire>", TRUE, FALSE },
  { "answer twice", NULL, "<round><response party=\"customer\"><answer item=\"2\" value=\"3\"/>"
    "<answer item=\"2\" value=\"4\"/></response></round>", TRUE, FALSE },
  { "answer to an item not asked", NULL, SURVEY_ITEMS "<round><response party=\"customer\"><answer item=\"2\" value=\"3\"/>"
    "</response></round>", TRUE, FALSE },
};

static void
test_schema_agrees_survey (void)
{
  gboolean ran = TRUE;

  for (guint i = 0; i < G_N_ELEMENTS (survey_variants) && ran; i++)
    {
      const Variant *v = &survey_variants[i];
      g_autofree char *doc = g_strdup_printf ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                                              "<case xmlns=\"" NS "\" version=\"1.0\">\n"
                                              "  <title>T</title>\n"
                                              "  <signals><signal id=\"1a\"/></signals>\n"
                                              "  <survey>%s</survey>\n"
                                              "</case>\n",
                                              v->after_title);
      g_autoptr(GError) error = check_agreement (v, doc, &ran);

      if (!v->loads)
        {
          AlignmentXmlError code = v->valid ? ALIGNMENT_XML_ERROR_INCONSISTENT : ALIGNMENT_XML_ERROR_INVALID;

          g_assert_error (error, ALIGNMENT_XML_ERROR, code);
          /* Every refusal names the survey's line. */
          g_assert_true (g_str_has_prefix (error->message, NAME ":5:"));
        }
    }

  if (!ran)
    g_test_skip ("xmllint is not installed: the loader was not compared with it");
}

static void
test_survey_load (void)
{
  g_autoptr(AlignmentCase) c = assert_loads ("<case xmlns=\"" NS "\" version=\"1.0\"><title>T</title><survey>"
                                             SURVEY_ITEMS
                                             "<round name=\"Q1 2024 review\" date=\"2024-03-28\">"
                                             "<response party=\"provider\" respondent=\"Service manager\">"
                                             "<answer item=\"7\" value=\"2\"/><answer item=\"1\" value=\"6\"/>"
                                             "</response></round></survey></case>");
  GListModel *items = G_LIST_MODEL (alignment_case_get_survey_items (c));
  GListModel *rounds = G_LIST_MODEL (alignment_case_get_survey_rounds (c));
  g_autoptr(AlignmentSurveyRound) round = NULL;
  g_autoptr(AlignmentSurveyResponse) response = NULL;
  AlignmentSurveyItem *seven;

  /* The case's own wording, not the default. */
  g_assert_cmpuint (g_list_model_get_n_items (items), ==, 3);
  seven = alignment_survey_lookup_item (items, 7);
  g_assert_cmpstr (alignment_survey_item_get_text (seven), ==, "Seven");
  g_assert_cmpint (alignment_survey_item_get_realm (seven), ==, ALIGNMENT_REALM_OPERATIONAL);
  g_assert_true (alignment_survey_item_get_reverse (seven));
  g_assert_false (alignment_survey_item_get_reverse (alignment_survey_lookup_item (items, 12)));
  g_assert_cmpstr (alignment_survey_item_get_text (alignment_survey_lookup_item (items, 12)), ==, "");

  g_assert_cmpuint (g_list_model_get_n_items (rounds), ==, 1);
  round = g_list_model_get_item (rounds, 0);
  g_assert_cmpstr (alignment_survey_round_get_name (round), ==, "Q1 2024 review");
  g_assert_cmpuint (alignment_survey_round_get_date (round), ==, iso ("2024-03-28"));
  response = g_list_model_get_item (G_LIST_MODEL (alignment_survey_round_get_responses (round)), 0);
  g_assert_cmpint (alignment_survey_response_get_party (response), ==, ALIGNMENT_PARTY_PROVIDER);
  g_assert_cmpstr (alignment_survey_response_get_respondent (response), ==, "Service manager");
  g_assert_cmpstr (alignment_survey_response_get_answers (response), ==, "6-----2-----");
}

/* Without a questionnaire in the file, the rounds were answered with the
 * default; without a survey, the case has none and writes none. */
static void
test_survey_absent (void)
{
  g_autoptr(AlignmentCase) none = assert_loads ("<case xmlns=\"" NS "\" version=\"1.0\"><title>T</title></case>");
  g_autoptr(AlignmentCase) rounds = assert_loads ("<case xmlns=\"" NS "\" version=\"1.0\"><title>T</title>"
                                                  "<survey><round name=\"R\"/></survey></case>");
  g_autoptr(GBytes) bytes = alignment_case_to_bytes (none);

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (alignment_case_get_survey_items (none))), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (alignment_case_get_survey_rounds (none))), ==, 0);
  g_assert_null (g_strstr_len (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), "survey"));

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (alignment_case_get_survey_items (rounds))), ==, 12);
  g_assert_cmpstr (alignment_survey_item_get_text (alignment_survey_lookup_item (G_LIST_MODEL (alignment_case_get_survey_items (rounds)), 5)),
                   ==, alignment_survey_default_text (5));
}

static void
test_survey_round_trip (void)
{
  g_autoptr(AlignmentCase) c = alignment_case_new ();
  g_autoptr(AlignmentSurveyRound) q1 = alignment_survey_round_new ("Q1 2024 review", iso ("2024-03-28"));
  g_autoptr(AlignmentSurveyRound) q2 = alignment_survey_round_new ("Q2 <&> \"review\"", 0);
  g_autoptr(AlignmentSurveyResponse) a = alignment_survey_response_new (ALIGNMENT_PARTY_CUSTOMER);
  g_autoptr(AlignmentSurveyResponse) b = alignment_survey_response_new (ALIGNMENT_PARTY_PROVIDER);
  g_autoptr(GBytes) first = NULL;
  g_autoptr(GBytes) second = NULL;
  g_autoptr(AlignmentCase) loaded = NULL;
  g_autoptr(GError) error = NULL;
  gboolean ran;

  alignment_case_set_title (c, "Survey");
  alignment_case_add_survey_round (c, q1);
  alignment_case_add_survey_round (c, q2);
  alignment_survey_item_set_text (alignment_survey_lookup_item (G_LIST_MODEL (alignment_case_get_survey_items (c)), 2),
                                  "Licensed wording & more");
  g_assert_true (alignment_survey_response_set_answers (a, "7-5432176543"));
  alignment_survey_response_set_respondent (a, "Head of IT");
  g_assert_true (alignment_survey_response_set_answers (b, "------------"));
  g_list_store_append (alignment_survey_round_get_responses (q1), a);
  g_list_store_append (alignment_survey_round_get_responses (q1), b);

  first = alignment_case_to_bytes (c);
  g_assert_nonnull (strstr (g_bytes_get_data (first, NULL),
                            "<item number=\"7\" realm=\"operational\" reverse=\"yes\">"));
  loaded = alignment_case_load_from_data (g_bytes_get_data (first, NULL), g_bytes_get_size (first), NAME, &error);
  g_assert_no_error (error);
  g_assert_true (alignment_case_equal (c, loaded));
  second = alignment_case_to_bytes (loaded);
  g_assert_true (g_bytes_equal (first, second));

  /* An answer changed is a different case. */
  alignment_survey_response_set_answer (a, 2, 1);
  g_assert_false (alignment_case_equal (c, loaded));

  if (!xmllint_validates_data (g_bytes_get_data (first, NULL), g_bytes_get_size (first), &ran) && !ran)
    g_test_message ("xmllint is not installed: not checked against the schema");
  else
    g_assert_true (xmllint_validates_data (g_bytes_get_data (first, NULL), g_bytes_get_size (first), &ran));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/case-xml/example/values", test_example_values);
  g_test_add_func ("/case-xml/example/bytes", test_example_bytes);
  g_test_add_func ("/case-xml/example/round-trip", test_example_round_trip);
  g_test_add_func ("/case-xml/example/xmllint", test_example_xmllint);
  g_test_add_func ("/case-xml/schema/resource", test_schema_resource);
  g_test_add_func ("/case-xml/schema/agrees-with-xmllint", test_schema_agrees);
  g_test_add_func ("/case-xml/exchange/agrees-with-xmllint", test_exchange_agrees);
  g_test_add_func ("/case-xml/exchange/round-trip", test_exchange_round_trip);
  g_test_add_func ("/case-xml/exchange/ids-gained-on-save", test_stable_ids_gained_on_save);
  g_test_add_func ("/case-xml/load/prefixed", test_prefixed);
  g_test_add_func ("/case-xml/round-trip/everything", test_full_round_trip);
  g_test_add_func ("/case-xml/round-trip/foreign-inherited", test_foreign_inherited);
  g_test_add_func ("/case-xml/round-trip/governance", test_governance_round_trip);
  g_test_add_func ("/case-xml/load/accepted-variants", test_accepted_variants);
  g_test_add_func ("/case-xml/load/missing-and-cancelled", test_load_missing_and_cancelled);
  g_test_add_func ("/case-xml/refused/not-xml", test_refused_not_xml);
  g_test_add_func ("/case-xml/refused/not-a-case", test_refused_not_a_case);
  g_test_add_func ("/case-xml/refused/version", test_refused_version);
  g_test_add_func ("/case-xml/refused/values", test_refused_values);
  g_test_add_func ("/case-xml/refused/structure", test_refused_structure);
  g_test_add_func ("/case-xml/refused/inconsistent", test_refused_inconsistent);
  g_test_add_func ("/case-xml/refused/far-down", test_refused_far_down);
  g_test_add_func ("/case-xml/refused/silently", test_refused_silently);
  g_test_add_func ("/case-xml/hostile/dtd-xxe-laughs", test_hostile_dtd);
  g_test_add_func ("/case-xml/hostile/quadratic", test_hostile_quadratic);
  g_test_add_func ("/case-xml/hostile/utf16", test_hostile_utf16);
  g_test_add_func ("/case-xml/load/10-mb-text", test_big_text);
  g_test_add_func ("/case-xml/load/threads", test_threads);
  g_test_add_func ("/case-xml/save/replaces-keeping-permissions", test_save_replaces);
  g_test_add_func ("/case-xml/save/through-symlink", test_save_through_symlink);
  g_test_add_func ("/case-xml/save/refuses-inconsistent", test_save_refuses_inconsistent);
  g_test_add_func ("/case-xml/save/read-only-folder", test_save_read_only_dir);
  g_test_add_func ("/case-xml/partial/truncated", test_partial_truncated);
  g_test_add_func ("/case-xml/partial/refused", test_partial_refused);
  g_test_add_func ("/case-xml/survey/agrees-with-xmllint", test_schema_agrees_survey);
  g_test_add_func ("/case-xml/survey/load", test_survey_load);
  g_test_add_func ("/case-xml/survey/absent", test_survey_absent);
  g_test_add_func ("/case-xml/survey/round-trip", test_survey_round_trip);

  return g_test_run ();
}
