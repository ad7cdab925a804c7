/* alignment-tool.c: validate, inspect and generate cases without a display
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>
#include <stdio.h>
#include <string.h>

#include <glib/gi18n.h>

#include "alignment-core.h"
#include "alignment-tool-private.h"

static const char *exit_status_help =
  N_("Exit status:\n"
     "  0  success\n"
     "  1  invalid input: a file that cannot be read, is not a valid case,\n"
     "     or has errors\n"
     "  2  usage error: unknown command or option, missing argument");

/* ---- Helpers ----------------------------------------------------------- */

int
alignment_tool_usage_error (const char *command,
                            const char *message)
{
  g_printerr ("%s: %s\n", g_get_prgname (), message);
  g_printerr (_("Try “alignment-tool %s--help” for more information.\n"),
              command != NULL ? command : "");
  return EXIT_USAGE;
}

gboolean
alignment_tool_parse_format (const char   *command,
                             const char   *name,
                             OutputFormat *format)
{
  static const char * const names[] = { "text", "csv", "json" };
  g_autofree char *message = NULL;

  if (name == NULL)
    return TRUE;

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (g_str_equal (name, names[i]))
      {
        *format = (OutputFormat) i;
        return TRUE;
      }

  message = g_strdup_printf (_("Unknown format “%s”: use text, csv or json"), name);
  alignment_tool_usage_error (command, message);
  return FALSE;
}

gboolean
alignment_tool_parse_day (const char *command,
                          const char *text,
                          const char *option,
                          guint32    *julian)
{
  g_autofree char *message = NULL;

  if (text == NULL)
    return TRUE;

  *julian = alignment_date_parse_iso (text);
  if (*julian != 0)
    return TRUE;

  message = g_strdup_printf (_("%s wants a date as YYYY-MM-DD, not “%s”"), option, text);
  alignment_tool_usage_error (command, message);
  return FALSE;
}

/* A parser for @command's options, its help naming the command. */
GOptionContext *
alignment_tool_command_context_new (const char         *command,
                                    const char         *parameters,
                                    const char         *summary,
                                    const GOptionEntry *entries)
{
  GOptionContext *context = g_option_context_new (parameters);
  g_autofree char *prgname = g_strdup_printf ("alignment-tool %s", command);

  g_set_prgname (prgname);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_set_summary (context, summary);
  g_option_context_set_description (context, _(exit_status_help));
  if (entries != NULL)
    g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);

  return context;
}

/* Parses the options of @command; on failure reports a usage error and
 * returns FALSE. */
gboolean
alignment_tool_command_parse (GOptionContext  *context,
                              const char      *command,
                              int             *argc,
                              char          ***argv)
{
  g_autoptr(GError) error = NULL;

  if (!g_option_context_parse (context, argc, argv, &error))
    {
      g_autofree char *space = g_strconcat (command, " ", NULL);

      alignment_tool_usage_error (space, error->message);
      return FALSE;
    }

  return TRUE;
}

/* The messages of the XML layer start with "NAME:LINE: " or "NAME: ",
 * NAME being what it was given.  Reports them as "PATH:LINE: error: …",
 * the form compilers use and editors jump to. */
void
alignment_tool_print_load_error (const char   *path,
                                 const GError *error)
{
  g_autofree char *basename = g_path_get_basename (path);
  const char *message = error->message;
  const char *prefixes[] = { path, basename };
  const char *end;
  guint64 line = 0;

  for (guint i = 0; i < G_N_ELEMENTS (prefixes); i++)
    {
      gsize len = strlen (prefixes[i]);

      if (strncmp (message, prefixes[i], len) == 0 && message[len] == ':')
        {
          message += len + 1;
          break;
        }
    }

  end = message;
  while (g_ascii_isdigit (*end))
    end++;
  if (end > message && *end == ':')
    {
      line = g_ascii_strtoull (message, NULL, 10);
      message = end + 1;
    }
  while (*message == ' ')
    message++;

  if (line > 0)
    g_printerr ("%s:%" G_GUINT64_FORMAT ": %s: %s\n", path, line, _("error"), message);
  else
    g_printerr ("%s: %s: %s\n", path, _("error"), message);
}

AlignmentCase *
alignment_tool_load_case (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  g_autoptr(GError) error = NULL;
  AlignmentCase *self;

  self = alignment_case_load (file, NULL, &error);
  if (self == NULL)
    alignment_tool_print_load_error (path, error);

  return self;
}

/* Prints an import's @report on stderr and, when @path is given, writes
 * it there too. */
gboolean
alignment_tool_emit_report (const char *report,
                            const char *path)
{
  g_autoptr(GError) error = NULL;

  g_printerr ("%s", report);
  if (path != NULL && !g_file_set_contents (path, report, -1, &error))
    {
      g_printerr ("%s: %s: %s\n", path, _("error"), error->message);
      return FALSE;
    }
  return TRUE;
}

/* Saves @self as @output, which must not exist yet: a command that makes
 * a case never writes over one someone keeps, the one it read included. */
gboolean
alignment_tool_save_new_case (AlignmentCase *self,
                              const char    *output)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (output);
  g_autoptr(GError) error = NULL;

  if (g_file_query_exists (file, NULL))
    {
      g_printerr ("%s: %s: %s\n", output, _("error"),
                  _("the file exists already; choose another name, or remove it first"));
      return FALSE;
    }
  if (!alignment_case_save (self, file, NULL, &error))
    {
      g_printerr ("%s: %s: %s\n", output, _("error"), error->message);
      return FALSE;
    }
  return TRUE;
}

static void
format_day (guint32  julian,
            char    *buf)
{
  if (julian != 0)
    alignment_date_format_iso (julian, buf);
  else
    g_strlcpy (buf, "-", 11);
}

/* Prints @text left-aligned in @width columns, counting characters rather
 * than bytes so that translations line up. */
static void
print_padded (const char *text,
              int         width)
{
  int len = (int) g_utf8_strlen (text, -1);

  g_print ("%s%*s", text, MAX (width - len, 0), "");
}

static void
print_right (const char *text,
             int         width)
{
  int len = (int) g_utf8_strlen (text, -1);

  g_print ("%*s%s", MAX (width - len, 0), "", text);
}

static int
utf8_width (const char *text)
{
  return (int) g_utf8_strlen (text, -1);
}

/* ---- validate ---------------------------------------------------------- */

/* Returns FALSE when @path cannot be loaded or has errors, or, when
 * @strict, warnings.  Errors are what the loader refuses; the rest the
 * format allows, so every case the app writes is valid. */
static gboolean
validate_file (const char *path,
               gboolean    strict)
{
  g_autoptr(AlignmentCase) self = alignment_tool_load_case (path);
  g_autoptr(GPtrArray) problems = NULL;
  gboolean valid = TRUE;

  if (self == NULL)
    return FALSE;

  problems = alignment_case_check (self);
  for (guint i = 0; i < problems->len; i++)
    {
      AlignmentProblem *problem = g_ptr_array_index (problems, i);
      gboolean is_error = problem->severity == ALIGNMENT_PROBLEM_ERROR;

      /* The model keeps no line numbers; the message names the signal. */
      g_printerr ("%s: %s: %s\n", path,
                  is_error ? _("error") : _("warning"), problem->message);
      if (is_error || strict)
        valid = FALSE;
    }

  if (problems->len == 0)
    g_print (_("%s: ok\n"), path);

  return valid;
}

static int
command_validate (int    argc,
                  char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  gboolean strict = FALSE;
  const GOptionEntry entries[] = {
    { "strict", 0, 0, G_OPTION_ARG_NONE, &strict,
      N_("Fail on warnings too, not only on errors"), NULL },
    G_OPTION_ENTRY_NULL
  };
  int status = EXIT_OK;

  context = alignment_tool_command_context_new ("validate", _("FILE…"),
                                                _("Loads each case file, checks it against the file format "
                                                  "and the rules of a signal log, and reports every problem "
                                                  "as FILE:LINE: error|warning: message."),
                                                entries);
  if (!alignment_tool_command_parse (context, "validate", &argc, &argv))
    return EXIT_USAGE;
  if (argc < 2)
    return alignment_tool_usage_error ("validate ", _("No file given"));

  for (int i = 1; i < argc; i++)
    if (!validate_file (argv[i], strict))
      status = EXIT_INVALID;

  return status;
}

/* ---- stats ------------------------------------------------------------- */

static void
print_stat_line (const char *label,
                 const char *value)
{
  print_padded (label, 20);
  g_print (" %s\n", value);
}

static void
print_net_table (const AlignmentTotals *totals)
{
  static const AlignmentParty parties[] = { ALIGNMENT_PARTY_CUSTOMER, ALIGNMENT_PARTY_PROVIDER };
  int label_width = 0;
  int widths[ALIGNMENT_N_REALMS];

  for (guint p = 0; p < ALIGNMENT_N_PARTIES; p++)
    label_width = MAX (label_width, utf8_width (alignment_enum_to_label (ALIGNMENT_TYPE_PARTY, parties[p])));
  for (guint r = 0; r < ALIGNMENT_N_REALMS; r++)
    widths[r] = MAX (utf8_width (alignment_realm_get_label (r)), 4);

  g_print ("%s\n", _("Net trust deltas:"));
  g_print ("  ");
  print_padded ("", label_width);
  for (guint r = 0; r < ALIGNMENT_N_REALMS; r++)
    {
      g_print ("  ");
      print_right (alignment_realm_get_label (r), widths[r]);
    }
  g_print ("\n");

  for (guint p = 0; p < ALIGNMENT_N_PARTIES; p++)
    {
      g_print ("  ");
      print_padded (alignment_enum_to_label (ALIGNMENT_TYPE_PARTY, parties[p]), label_width);
      for (guint r = 0; r < ALIGNMENT_N_REALMS; r++)
        g_print ("  %*d", widths[r], totals->net[p][r]);
      g_print ("\n");
    }
}

static int
command_stats (int    argc,
               char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(AlignmentCase) self = NULL;
  AlignmentSignal * const *signals;
  AlignmentTotals totals;
  g_autofree char *value = NULL;
  char first[11], last[11];
  guint n_signals;

  context = alignment_tool_command_context_new ("stats", _("FILE"),
                                                _("Shows the figures of a case: signals, threads open and "
                                                  "aligned, signals per type, the date range and the net "
                                                  "trust deltas of each party in each realm."),
                                                NULL);
  if (!alignment_tool_command_parse (context, "stats", &argc, &argv))
    return EXIT_USAGE;
  if (argc != 2)
    return alignment_tool_usage_error ("stats ", argc < 2 ? _("No file given") : _("Only one file at a time"));

  self = alignment_tool_load_case (argv[1]);
  if (self == NULL)
    return EXIT_INVALID;

  signals = alignment_case_peek_signals (self, &n_signals);
  alignment_totals_compute (signals, n_signals, &totals);

  print_stat_line (_("Title:"), alignment_case_get_title (self));
  value = g_strdup_printf ("%u", totals.n_signals);
  print_stat_line (_("Signals:"), value);
  g_free (value);
  /* TRANSLATORS: threads: total, then how many open and aligned */
  value = g_strdup_printf (_("%u (%u open, %u aligned)"),
                           totals.n_threads, totals.n_open, totals.n_aligned);
  print_stat_line (_("Threads:"), value);
  g_free (value);
  format_day (totals.first_day, first);
  format_day (totals.last_day, last);
  value = g_strdup_printf ("%s – %s", first, last);
  print_stat_line (_("Dates:"), value);

  g_print ("\n%s\n", _("Signals per type:"));
  for (guint t = ALIGNMENT_SIGNAL_TYPE_REQUEST_SENT; t <= ALIGNMENT_SIGNAL_TYPE_ALIGNMENT_EVENT; t++)
    {
      g_print ("  ");
      print_padded (alignment_enum_to_label (ALIGNMENT_TYPE_SIGNAL_TYPE, t), 18);
      g_print (" %u\n", totals.by_type[t]);
    }
  if (totals.by_type[ALIGNMENT_SIGNAL_TYPE_UNKNOWN] > 0)
    {
      g_print ("  ");
      print_padded (alignment_enum_to_label (ALIGNMENT_TYPE_SIGNAL_TYPE, ALIGNMENT_SIGNAL_TYPE_UNKNOWN), 18);
      g_print (" %u\n", totals.by_type[ALIGNMENT_SIGNAL_TYPE_UNKNOWN]);
    }

  g_print ("\n");
  print_net_table (&totals);

  return EXIT_OK;
}

/* ---- heatmap ----------------------------------------------------------- */

/* The six rows of the heatmap, in the order of the CSV columns. */
static const char * const cell_names[ALIGNMENT_N_PARTIES][ALIGNMENT_N_REALMS] = {
  { "customer_contractual", "customer_operational", "customer_relational" },
  { "provider_contractual", "provider_operational", "provider_relational" },
};

/* The values of an enum by their GEnum nicks: "week", "month", … */
gboolean
alignment_tool_enum_from_nick (GType       type,
                               const char *nick,
                               int        *result)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (type);
  GEnumValue *value = g_enum_get_value_by_nick (klass, nick);

  if (value == NULL)
    return FALSE;

  *result = value->value;
  return TRUE;
}

const char *
alignment_tool_enum_nick (GType type,
                          int   value)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (type);

  /* Nicks are static strings owned by the registered type. */
  return g_enum_get_value (klass, value)->value_nick;
}

static gboolean
bucket_kind_from_nick (const char          *nick,
                       AlignmentBucketKind *kind)
{
  int value;

  if (!alignment_tool_enum_from_nick (ALIGNMENT_TYPE_BUCKET_KIND, nick, &value))
    return FALSE;
  *kind = value;
  return TRUE;
}

static const char *
bucket_kind_nick (AlignmentBucketKind kind)
{
  return alignment_tool_enum_nick (ALIGNMENT_TYPE_BUCKET_KIND, kind);
}

static const AlignmentBucket *
bucket_at (const AlignmentHeatmap *heatmap,
           guint                   i)
{
  return &g_array_index (heatmap->buckets, AlignmentBucket, i);
}

/* The gap columns: customer minus provider, per realm. */
static const char * const gap_names[ALIGNMENT_N_REALMS] = {
  "gap_contractual", "gap_operational", "gap_relational",
};

static void
print_heatmap_csv (const AlignmentHeatmap *heatmap,
                   AlignmentHeatmapMode    mode)
{
  g_autofree char *csv = alignment_heatmap_to_csv (heatmap, mode);

  fputs (csv, stdout);
}

/* Appends @text as a JSON string: quoted, with the characters JSON
 * forbids raw escaped.  @text is UTF-8; invalid bytes become U+FFFD so
 * that the output always parses. */
void
alignment_tool_json_append_string (GString    *out,
                                   const char *text)
{
  g_autofree char *valid = g_utf8_make_valid (text, -1);

  g_string_append_c (out, '"');
  for (const char *p = valid; *p != '\0'; p++)
    {
      unsigned char c = (unsigned char) *p;

      switch (c)
        {
        case '"':
          g_string_append (out, "\\\"");
          break;
        case '\\':
          g_string_append (out, "\\\\");
          break;
        case '\n':
          g_string_append (out, "\\n");
          break;
        case '\r':
          g_string_append (out, "\\r");
          break;
        case '\t':
          g_string_append (out, "\\t");
          break;
        default:
          if (c < 0x20)
            g_string_append_printf (out, "\\u%04x", c);
          else
            g_string_append_c (out, (char) c);
          break;
        }
    }
  g_string_append_c (out, '"');
}

void
alignment_tool_json_append_day (GString *out,
                                guint32  julian)
{
  char buf[11];

  if (julian == 0)
    {
      g_string_append (out, "null");
      return;
    }
  alignment_date_format_iso (julian, buf);
  alignment_tool_json_append_string (out, buf);
}

static void
json_append_cells (GString   *out,
                   const int  cells[ALIGNMENT_N_PARTIES][ALIGNMENT_N_REALMS])
{
  for (guint p = 0; p < ALIGNMENT_N_PARTIES; p++)
    for (guint r = 0; r < ALIGNMENT_N_REALMS; r++)
      {
        if (p + r > 0)
          g_string_append (out, ", ");
        alignment_tool_json_append_string (out, cell_names[p][r]);
        g_string_append_printf (out, ": %d", cells[p][r]);
      }
}

static void
print_heatmap_json (const AlignmentHeatmap *heatmap,
                    const char             *path)
{
  g_autoptr(GString) out = g_string_new ("{\n  \"file\": ");
  g_autofree char *display = g_filename_display_name (path);

  alignment_tool_json_append_string (out, display);
  g_string_append (out, ",\n  \"kind\": ");
  alignment_tool_json_append_string (out, bucket_kind_nick (heatmap->kind));
  g_string_append_printf (out, ",\n  \"cumulative\": %s", heatmap->cumulative ? "true" : "false");
  g_string_append_printf (out, ",\n  \"undated\": %u", heatmap->n_undated);
  g_string_append (out, ",\n  \"buckets\": [");

  for (guint i = 0; i < heatmap->buckets->len; i++)
    {
      const AlignmentBucket *bucket = bucket_at (heatmap, i);

      g_string_append (out, i > 0 ? ",\n    {" : "\n    {");
      g_string_append (out, "\"label\": ");
      alignment_tool_json_append_string (out, bucket->label);
      g_string_append (out, ", \"first_day\": ");
      alignment_tool_json_append_day (out, bucket->first_day);
      g_string_append (out, ", \"last_day\": ");
      alignment_tool_json_append_day (out, bucket->last_day);
      g_string_append_printf (out, ", \"signals\": %u, ", bucket->n_signals);
      json_append_cells (out, bucket->net);
      g_string_append (out, ",\n     \"gained\": {");
      json_append_cells (out, bucket->gained);
      g_string_append (out, "},\n     \"lost\": {");
      json_append_cells (out, bucket->lost);
      g_string_append (out, "},\n     \"gap\": {");
      for (guint r = 0; r < ALIGNMENT_N_REALMS; r++)
        {
          g_string_append (out, r > 0 ? ", " : "");
          alignment_tool_json_append_string (out, gap_names[r]);
          g_string_append_printf (out, ": %d", alignment_bucket_gap (bucket, r));
        }
      g_string_append (out, "}}");
    }

  g_string_append (out, heatmap->buckets->len > 0 ? "\n  ]\n}\n" : "]\n}\n");
  fwrite (out->str, 1, out->len, stdout);
}

static void
print_heatmap_text (const AlignmentHeatmap *heatmap)
{
  static const AlignmentParty parties[] = { ALIGNMENT_PARTY_CUSTOMER, ALIGNMENT_PARTY_PROVIDER };
  const char *bucket_header = _("Bucket");
  const char *signals_header = _("Signals");
  int label_width = utf8_width (bucket_header);
  int signals_width = utf8_width (signals_header);
  int widths[ALIGNMENT_N_REALMS];
  int party_width;

  for (guint i = 0; i < heatmap->buckets->len; i++)
    label_width = MAX (label_width, utf8_width (bucket_at (heatmap, i)->label));
  for (guint r = 0; r < ALIGNMENT_N_REALMS; r++)
    widths[r] = MAX (utf8_width (alignment_realm_get_label (r)), 5);
  party_width = widths[0] + widths[1] + widths[2] + 4;

  /* Two header lines: the parties over their three realms. */
  print_padded ("", label_width + 2 + signals_width);
  for (guint p = 0; p < ALIGNMENT_N_PARTIES; p++)
    {
      const char *name = alignment_enum_to_label (ALIGNMENT_TYPE_PARTY, parties[p]);

      g_print ("   ");
      if (p + 1 < ALIGNMENT_N_PARTIES)
        print_padded (name, party_width);
      else
        g_print ("%s", name);
    }
  g_print ("\n");

  print_padded (bucket_header, label_width);
  g_print ("  %s", signals_header);
  for (guint p = 0; p < ALIGNMENT_N_PARTIES; p++)
    {
      g_print (" ");
      for (guint r = 0; r < ALIGNMENT_N_REALMS; r++)
        {
          g_print ("  ");
          print_right (alignment_realm_get_label (r), widths[r]);
        }
    }
  g_print ("\n");

  for (guint i = 0; i < heatmap->buckets->len; i++)
    {
      const AlignmentBucket *bucket = bucket_at (heatmap, i);

      print_padded (bucket->label, label_width);
      g_print ("  %*u", signals_width, bucket->n_signals);
      for (guint p = 0; p < ALIGNMENT_N_PARTIES; p++)
        {
          g_print (" ");
          for (guint r = 0; r < ALIGNMENT_N_REALMS; r++)
            g_print ("  %*d", widths[r], bucket->net[p][r]);
        }
      g_print ("\n");
    }

  if (heatmap->n_undated > 0)
    g_print (ngettext ("%u signal without a start date is left out.\n",
                       "%u signals without a start date are left out.\n",
                       heatmap->n_undated),
             heatmap->n_undated);
}

static int
command_heatmap (int    argc,
                 char **argv)
{
  g_autofree char *by = NULL;
  g_autofree char *format_name = NULL;
  g_autofree char *mode_name = NULL;
  gboolean cumulative = FALSE;
  const GOptionEntry entries[] = {
    { "by", 'b', 0, G_OPTION_ARG_STRING, &by,
      N_("Bucket by week, month, quarter or thread (default: month)"), N_("KIND") },
    { "cumulative", 'c', 0, G_OPTION_ARG_NONE, &cumulative,
      N_("Show running sums instead of the sums per bucket"), NULL },
    { "mode", 'm', 0, G_OPTION_ARG_STRING, &mode_name,
      N_("CSV columns: net, cumulative, split (gained and lost apart) or gap (customer minus provider); default: net"),
      N_("MODE") },
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format_name,
      N_("Output as text, csv or json (default: text)"), N_("FORMAT") },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(AlignmentCase) self = NULL;
  g_autoptr(AlignmentHeatmap) heatmap = NULL;
  AlignmentSignal * const *signals;
  OutputFormat format = FORMAT_TEXT;
  AlignmentBucketKind kind = ALIGNMENT_BUCKET_MONTH;
  int mode = ALIGNMENT_HEATMAP_NET;
  guint n_signals;

  context = alignment_tool_command_context_new ("heatmap", _("FILE"),
                                                _("Sums the trust deltas of the signals per party and realm, "
                                                  "per week, month, quarter or thread. CSV has one row per "
                                                  "bucket and one column per party and realm."),
                                                entries);
  if (!alignment_tool_command_parse (context, "heatmap", &argc, &argv))
    return EXIT_USAGE;

  if (by != NULL && !bucket_kind_from_nick (by, &kind))
    {
      g_autofree char *message = g_strdup_printf (_("Unknown bucket kind “%s”: use week, month, quarter or thread"), by);

      return alignment_tool_usage_error ("heatmap ", message);
    }

  if (mode_name != NULL && !alignment_tool_enum_from_nick (ALIGNMENT_TYPE_HEATMAP_MODE, mode_name, &mode))
    {
      g_autofree char *message = g_strdup_printf (_("Unknown mode “%s”: use net, cumulative, split or gap"), mode_name);

      return alignment_tool_usage_error ("heatmap ", message);
    }
  /* --cumulative with split or gap gives running gains, losses or gaps. */
  if (mode == ALIGNMENT_HEATMAP_CUMULATIVE)
    cumulative = TRUE;
  else if (cumulative && mode == ALIGNMENT_HEATMAP_NET)
    mode = ALIGNMENT_HEATMAP_CUMULATIVE;

  if (!alignment_tool_parse_format ("heatmap ", format_name, &format))
    return EXIT_USAGE;

  if (argc != 2)
    return alignment_tool_usage_error ("heatmap ", argc < 2 ? _("No file given") : _("Only one file at a time"));

  self = alignment_tool_load_case (argv[1]);
  if (self == NULL)
    return EXIT_INVALID;

  signals = alignment_case_peek_signals (self, &n_signals);
  heatmap = alignment_heatmap_compute (signals, n_signals, kind, cumulative);

  switch (format)
    {
    case FORMAT_CSV:
      print_heatmap_csv (heatmap, mode);
      break;
    case FORMAT_JSON:
      print_heatmap_json (heatmap, argv[1]);
      break;
    case FORMAT_TEXT:
    default:
      print_heatmap_text (heatmap);
      break;
    }

  return EXIT_OK;
}

/* ---- generate ---------------------------------------------------------- */

/* Parses @text as a number in [@min, @max]; a usage error otherwise. */
static gboolean
parse_count (const char *option,
             const char *text,
             guint64     min,
             guint64     max,
             guint64    *value)
{
  g_autoptr(GError) error = NULL;

  if (!g_ascii_string_to_unsigned (text, 10, min, max, value, &error))
    {
      g_autofree char *message = g_strdup_printf (_("Invalid value for %s: %s"), option, error->message);

      alignment_tool_usage_error ("generate ", message);
      return FALSE;
    }

  return TRUE;
}

static int
command_generate (int    argc,
                  char **argv)
{
  g_autofree char *signals_text = NULL;
  g_autofree char *threads_text = NULL;
  g_autofree char *seed_text = NULL;
  g_autofree char *output = NULL;
  const GOptionEntry entries[] = {
    { "signals", 'n', 0, G_OPTION_ARG_STRING, &signals_text,
      N_("Number of signals (required)"), N_("N") },
    { "threads", 't', 0, G_OPTION_ARG_STRING, &threads_text,
      N_("Number of threads (default: one per eight signals)"), N_("T") },
    { "seed", 's', 0, G_OPTION_ARG_STRING, &seed_text,
      N_("Seed of the generator: the same seed gives the same file (default: 1)"), N_("S") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("File to write (required)"), N_("FILE") },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(AlignmentCase) self = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  guint64 n_signals = 0, n_threads = 0, seed = 1;

  context = alignment_tool_command_context_new ("generate", NULL,
                                                _("Writes a synthetic case: threads that open with a request "
                                                  "or an escalation and mostly end with an alignment event, "
                                                  "with realistic text. For tests and benchmarks."),
                                                entries);
  if (!alignment_tool_command_parse (context, "generate", &argc, &argv))
    return EXIT_USAGE;
  if (argc > 1)
    return alignment_tool_usage_error ("generate ", _("Unexpected argument; give the file with -o"));
  if (signals_text == NULL)
    return alignment_tool_usage_error ("generate ", _("--signals is required"));
  if (output == NULL)
    return alignment_tool_usage_error ("generate ", _("--output is required"));

  if (!parse_count ("--signals", signals_text, 0, G_MAXUINT, &n_signals)
      || (threads_text != NULL && !parse_count ("--threads", threads_text, 0, G_MAXUINT, &n_threads))
      || (seed_text != NULL && !parse_count ("--seed", seed_text, 0, G_MAXUINT64, &seed)))
    return EXIT_USAGE;

  self = alignment_case_generate ((guint) n_signals, (guint) n_threads, seed);
  file = g_file_new_for_commandline_arg (output);
  if (!alignment_case_save (self, file, NULL, &error))
    {
      g_printerr ("%s: %s: %s\n", output, _("error"), error->message);
      return EXIT_INVALID;
    }

  return EXIT_OK;
}

/* ---- main -------------------------------------------------------------- */

typedef int (*CommandFunc) (int argc, char **argv);

static const struct
{
  const char  *name;
  CommandFunc  func;
  const char  *summary;
} commands[] = {
  { "validate", command_validate, N_("Check case files against the format and the rules of a signal log") },
  { "stats", command_stats, N_("Show the figures of a case") },
  { "heatmap", command_heatmap, N_("Sum the trust deltas per week, month, quarter or thread") },
  { "generate", command_generate, N_("Write a synthetic case of any size") },
  { "import", alignment_tool_command_import, N_("Read a signal log kept in a sheet (CSV, TSV, XLSX, ODS) into a case") },
  { "export", alignment_tool_command_export, N_("Write a case as CSV, TSV, ODS, XLSX or an XES event log") },
  { "render", alignment_tool_command_render, N_("Draw the timeline or the heatmap of a case into a PDF, SVG or PNG file") },
  { "analyse", alignment_tool_command_analyse, N_("Report the threads of a case and what they show") },
  { "survey", alignment_tool_command_survey, N_("Add a round of the trust survey to a case, or print its scores") },
  { "share", alignment_tool_command_share, N_("Write a copy of a case for the other party") },
  { "merge", alignment_tool_command_merge, N_("Merge the other party’s copy of a case into ours (also as a git merge driver)") },
  { "agreement", alignment_tool_command_agreement, N_("Print how far the two parties agree on the impacts both rated") },
};

static void
print_help (void)
{
  g_print ("%s\n  alignment-tool %s\n\n", _("Usage:"), _("COMMAND [OPTION…] [FILE…]"));
  g_print ("%s\n\n", _("Validate, inspect, generate, import and export Alignment case files (.alignment)."));
  g_print ("%s\n", _("Commands:"));
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      g_print ("  ");
      print_padded (commands[i].name, 10);
      g_print ("  %s\n", _(commands[i].summary));
    }
  g_print ("\n%s\n", _("Options:"));
  g_print ("  -h, --help  %s\n", _("Show this help"));
  g_print ("  --version   %s\n\n", _("Show the version"));
  g_print ("%s\n\n", _("Run “alignment-tool COMMAND --help” for the options of a command."));
  g_print ("%s\n", _(exit_status_help));
}

int
main (int    argc,
      char **argv)
{
  const char *command;
  const char *localedir;

  setlocale (LC_ALL, "");
  /* As the app: the build tree's catalogues when run from there. */
  localedir = g_getenv ("ALIGNMENT_LOCALEDIR");
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL && localedir[0] != '\0' ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  g_set_prgname ("alignment-tool");

  if (argc < 2)
    return alignment_tool_usage_error (NULL, _("No command given"));

  command = argv[1];
  if (g_str_equal (command, "--help") || g_str_equal (command, "-h") || g_str_equal (command, "help"))
    {
      print_help ();
      return EXIT_OK;
    }
  if (g_str_equal (command, "--version"))
    {
      g_print ("alignment-tool %s\n", PACKAGE_VERSION);
      return EXIT_OK;
    }

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    if (g_str_equal (command, commands[i].name))
      return commands[i].func (argc - 1, argv + 1);

  {
    g_autofree char *message = g_strdup_printf (_("Unknown command “%s”"), command);

    return alignment_tool_usage_error (NULL, message);
  }
}
