/* alignment-tool-survey.c: "survey import|scores …", the trust survey
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include <glib/gi18n.h>

#include "alignment-tool-private.h"

static const char *const realm_tokens[ALIGNMENT_N_REALMS] = { "contractual", "operational", "relational" };
static const char *const party_tokens[ALIGNMENT_N_PARTIES] = { "customer", "provider" };

static int
survey_import (int    argc,
               char **argv)
{
  g_autofree char *output = NULL;
  g_autofree char *party_name = NULL;
  g_autofree char *round_name = NULL;
  g_autofree char *date_text = NULL;
  g_autofree char *report_path = NULL;
  const GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("Case file to write (required)"), N_("FILE") },
    { "party", 0, 0, G_OPTION_ARG_STRING, &party_name,
      N_("Party that answered, for rows that do not say: customer or provider"), N_("PARTY") },
    { "round", 0, 0, G_OPTION_ARG_STRING, &round_name,
      N_("Name of the round (default: the name of the responses file)"), N_("NAME") },
    { "date", 0, 0, G_OPTION_ARG_STRING, &date_text,
      N_("Date of the round, for rows that do not give one"), N_("YYYY-MM-DD") },
    { "report", 0, 0, G_OPTION_ARG_FILENAME, &report_path,
      N_("Also write the import report to this file"), N_("FILE") },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(AlignmentCase) kase = NULL;
  g_autoptr(GFile) input = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(AlignmentSheet) sheet = NULL;
  g_autoptr(AlignmentSurveyImport) import = NULL;
  g_autofree char *report = NULL;
  g_autofree char *default_name = NULL;
  AlignmentParty party = ALIGNMENT_PARTY_UNKNOWN;
  guint32 date = 0;

  context = alignment_tool_command_context_new ("survey import", _("CASE RESPONSES"),
                                                _("Adds a round of the trust survey to a case: the responses of a CSV, "
                                                  "TSV, XLSX or ODS sheet, one row per respondent, with a column per "
                                                  "item (1, Q1, Item 1 or the item’s text) and optional party, "
                                                  "respondent and date columns. A row’s own party or date wins over "
                                                  "--party and --date."),
                                                entries);
  if (!alignment_tool_command_parse (context, "survey import", &argc, &argv))
    return EXIT_USAGE;
  if (argc != 3)
    return alignment_tool_usage_error ("survey import ", _("Give a case and a file of responses"));
  if (output == NULL)
    return alignment_tool_usage_error ("survey import ", _("--output is required"));
  if (party_name != NULL
      && (!alignment_enum_from_token (ALIGNMENT_TYPE_PARTY, party_name, (int *) &party)
          || party == ALIGNMENT_PARTY_UNKNOWN))
    return alignment_tool_usage_error ("survey import ", _("--party must be customer or provider"));
  if (date_text != NULL && (date = alignment_date_parse_iso (date_text)) == 0)
    return alignment_tool_usage_error ("survey import ", _("--date must be a day written YYYY-MM-DD"));

  kase = alignment_tool_load_case (argv[1]);
  if (kase == NULL)
    return EXIT_INVALID;

  input = g_file_new_for_commandline_arg (argv[2]);
  if (round_name == NULL)
    {
      g_autofree char *basename = g_file_get_basename (input);
      char *dot = strrchr (basename, '.');

      if (dot != NULL && dot != basename)
        *dot = '\0';
      round_name = g_steal_pointer (&basename);
    }

  sheet = alignment_sheet_read_file (input, NULL, NULL, &error);
  if (sheet != NULL)
    import = alignment_survey_import_sheet (kase, sheet, argv[2], round_name, party, date, &error);
  if (import == NULL)
    {
      /* The importer's messages name the file already. */
      if (error->domain == ALIGNMENT_SURVEY_IMPORT_ERROR)
        g_printerr ("%s: %s\n", _("error"), error->message);
      else
        g_printerr ("%s: %s: %s\n", argv[2], _("error"), error->message);
      return EXIT_INVALID;
    }

  report = alignment_survey_import_report (import);
  if (!alignment_tool_emit_report (report, report_path))
    return EXIT_INVALID;

  alignment_case_add_survey_round (kase, import->round);
  if (!alignment_tool_save_new_case (kase, output))
    return EXIT_INVALID;

  return EXIT_OK;
}

/* A CSV field, quoted when it must be. */
static void
append_csv_field (GString    *out,
                  const char *text)
{
  if (strpbrk (text, ",\"\r\n") == NULL)
    {
      g_string_append (out, text);
      return;
    }

  g_string_append_c (out, '"');
  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}


static void
append_score (GString                    *out,
              OutputFormat format,
              AlignmentSurveyRound       *round,
              guint                       party,
              guint                       realm,
              const AlignmentSurveyScore *score,
              gboolean                    first)
{
  char date[16] = "";
  const char *name = alignment_survey_round_get_name (round);
  guint32 julian = alignment_survey_round_get_date (round);

  if (julian != 0)
    alignment_date_format_iso (julian, date);

  switch (format)
    {
    case FORMAT_CSV:
      append_csv_field (out, name);
      g_string_append_printf (out, ",%s,%s,%s,%.2f,%u\n",
                              date, party_tokens[party], realm_tokens[realm], score->mean, score->n);
      break;

    case FORMAT_JSON:
      g_string_append (out, first ? "\n    {\"round\": " : ",\n    {\"round\": ");
      alignment_tool_json_append_string (out, name);
      g_string_append (out, ", \"date\": ");
      alignment_tool_json_append_day (out, julian);
      g_string_append_printf (out, ", \"party\": \"%s\", \"realm\": \"%s\", \"score\": %.2f, "
                              "\"n\": %u, \"min\": %.2f, \"max\": %.2f}",
                              party_tokens[party], realm_tokens[realm], score->mean, score->n,
                              score->min, score->max);
      break;

    case FORMAT_TEXT:
    default:
      g_string_append_printf (out, "%-24s %-10s %-8s %-11s %5.2f  n=%u  %.2f–%.2f\n",
                              *name != '\0' ? name : "-", julian != 0 ? date : "-",
                              party_tokens[party], realm_tokens[realm], score->mean, score->n,
                              score->min, score->max);
      break;
    }
}

/* Where the signal log contradicts the survey: a line each after the
 * text table, or the "findings" of the JSON. */
static void
append_findings (GString       *out,
                 OutputFormat format,
                 AlignmentCase *kase)
{
  g_autoptr(GPtrArray) found = alignment_survey_compare_log (kase);

  if (format == FORMAT_JSON)
    g_string_append (out, ",\n  \"findings\": [");

  for (guint i = 0; i < found->len; i++)
    {
      const AlignmentSurveyMismatch *m = g_ptr_array_index (found, i);
      g_autofree char *text = alignment_survey_mismatch_describe (kase, m);

      if (format == FORMAT_TEXT)
        {
          g_string_append_printf (out, "%s%s\n", i == 0 ? "\n" : "", text);
          continue;
        }

      g_string_append (out, i == 0 ? "\n    {\"from\": " : ",\n    {\"from\": ");
      alignment_tool_json_append_string (out, alignment_survey_round_get_name (m->from));
      g_string_append (out, ", \"to\": ");
      alignment_tool_json_append_string (out, alignment_survey_round_get_name (m->to));
      g_string_append_printf (out, ", \"party\": \"%s\", \"realm\": \"%s\", \"from_score\": %.2f, "
                              "\"to_score\": %.2f, \"signals\": [",
                              party_tokens[m->party - 1], realm_tokens[m->realm], m->from_score, m->to_score);
      for (guint j = 0; j < m->signal_ids->len; j++)
        {
          if (j > 0)
            g_string_append (out, ", ");
          alignment_tool_json_append_string (out, g_ptr_array_index (m->signal_ids, j));
        }
      g_string_append (out, "], \"text\": ");
      alignment_tool_json_append_string (out, text);
      g_string_append (out, "}");
    }

  if (format == FORMAT_JSON)
    g_string_append (out, found->len > 0 ? "\n  ]" : "]");
}

static int
survey_scores (int    argc,
               char **argv)
{
  g_autofree char *format_name = NULL;
  const GOptionEntry entries[] = {
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format_name,
      N_("Output format: text, csv or json (default: text)"), N_("FORMAT") },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(AlignmentCase) kase = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  GListModel *rounds, *items;
  OutputFormat format = FORMAT_TEXT;
  gboolean first = TRUE;
  guint n_rounds;

  context = alignment_tool_command_context_new ("survey scores", _("CASE"),
                                                _("Prints the trust survey's scores of a case: per round, party and "
                                                  "realm, the mean over the respondents with the number of them (n) "
                                                  "and, in text and JSON, the lowest and highest score, and where the "
                                                  "signals between two rounds contradict the change of a score."),
                                                entries);
  if (!alignment_tool_command_parse (context, "survey scores", &argc, &argv))
    return EXIT_USAGE;
  if (argc != 2)
    return alignment_tool_usage_error ("survey scores ", _("Give exactly one case"));
  if (!alignment_tool_parse_format ("survey scores ", format_name, &format))
    return EXIT_USAGE;

  kase = alignment_tool_load_case (argv[1]);
  if (kase == NULL)
    return EXIT_INVALID;

  rounds = G_LIST_MODEL (alignment_case_get_survey_rounds (kase));
  items = G_LIST_MODEL (alignment_case_get_survey_items (kase));
  n_rounds = g_list_model_get_n_items (rounds);

  if (format == FORMAT_CSV)
    g_string_append (out, "round,date,party,realm,score,n\n");
  else if (format == FORMAT_JSON)
    g_string_append (out, "{\n  \"scores\": [");

  for (guint i = 0; i < n_rounds; i++)
    {
      g_autoptr(AlignmentSurveyRound) round = g_list_model_get_item (rounds, i);
      AlignmentSurveyScore scores[ALIGNMENT_N_PARTIES][ALIGNMENT_N_REALMS];

      alignment_survey_score_round (round, items, scores);
      for (guint party = 0; party < ALIGNMENT_N_PARTIES; party++)
        for (guint realm = 0; realm < ALIGNMENT_N_REALMS; realm++)
          if (scores[party][realm].n > 0)
            {
              append_score (out, format, round, party, realm, &scores[party][realm], first);
              first = FALSE;
            }
    }

  if (format == FORMAT_JSON)
    g_string_append (out, first ? "]" : "\n  ]");
  else if (format == FORMAT_TEXT && first)
    g_string_append_printf (out, "%s\n", _("The case has no survey scores."));
  if (format != FORMAT_CSV)
    append_findings (out, format, kase);
  if (format == FORMAT_JSON)
    g_string_append (out, "\n}\n");

  fwrite (out->str, 1, out->len, stdout);
  return EXIT_OK;
}

int
alignment_tool_command_survey (int    argc,
                               char **argv)
{
  const char *what = argc > 1 ? argv[1] : NULL;

  if (what == NULL || g_str_equal (what, "--help") || g_str_equal (what, "-h"))
    {
      g_print ("%s\n  alignment-tool survey import CASE RESPONSES -o OUT [--party customer|provider] "
               "[--round NAME] [--date YYYY-MM-DD] [--report FILE]\n"
               "  alignment-tool survey scores CASE [--format text|csv|json]\n\n%s\n",
               _("Usage:"),
               _("Run “alignment-tool survey COMMAND --help” for the options of a command."));
      return what == NULL ? EXIT_USAGE : EXIT_OK;
    }

  if (g_str_equal (what, "import"))
    return survey_import (argc - 1, argv + 1);
  if (g_str_equal (what, "scores"))
    return survey_scores (argc - 1, argv + 1);

  {
    g_autofree char *message = g_strdup_printf (_("Unknown survey command “%s”: import or scores"), what);

    return alignment_tool_usage_error ("survey ", message);
  }
}
