/* alignment-tool-analyse.c: "alignment-tool analyse CASE": threads and findings
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>

#include <glib/gi18n.h>

#include "alignment-tool-private.h"

static const AlignmentParty parties[ALIGNMENT_N_PARTIES] = {
  ALIGNMENT_PARTY_CUSTOMER,
  ALIGNMENT_PARTY_PROVIDER,
};

/* The JSON names of the steps and flags. */
static const struct
{
  AlignmentSteps  step;
  const char     *nick;
} steps[] = {
  { ALIGNMENT_STEP_DISCUSSION, "discussion" },
  { ALIGNMENT_STEP_RECOGNITION, "recognition" },
  { ALIGNMENT_STEP_DECISION, "decision" },
};

static const struct
{
  AlignmentThreadFlags  flag;
  const char           *nick;
} flags[] = {
  { ALIGNMENT_THREAD_FLAG_NOT_UNDERSTOOD, "not-understood" },
  { ALIGNMENT_THREAD_FLAG_RESTARTED, "restarted" },
  { ALIGNMENT_THREAD_FLAG_URGENCY_MISMATCH, "urgency-mismatch" },
};

static const char *
signal_id (AlignmentSignal * const *signals,
           guint                    position)
{
  return alignment_signal_get_id (signals[position]);
}

/* A finding over a large case stands on hundreds of signals: the text
 * names the first ones and counts the rest (JSON lists them all). */
#define TEXT_MAX_IDS 24

static char *
join_ids (AlignmentSignal * const *signals,
          GArray                  *positions)
{
  GString *ids = g_string_new (NULL);

  for (guint i = 0; i < positions->len && i < TEXT_MAX_IDS; i++)
    g_string_append_printf (ids, "%s%s", i > 0 ? " " : "", signal_id (signals, g_array_index (positions, guint, i)));
  if (positions->len > TEXT_MAX_IDS)
    /* TRANSLATORS: after the first signal ids of a long list */
    g_string_append_printf (ids, _(" … (%u in all)"), positions->len);
  return g_string_free (ids, FALSE);
}

/* ---- Text ------------------------------------------------------------------ */


/* "Operational and Relational", or "-" for none. */
static char *
dup_realms_label (AlignmentRealmFlags realms)
{
  char *label = alignment_realm_flags_to_label (realms);

  return label != NULL ? label : g_strdup ("-");
}

/* Titles are looked up once for all threads: asking thread by thread
 * walks every signal once per thread. */
static const char *
thread_title (GHashTable *titles,
              guint       number)
{
  const char *title = g_hash_table_lookup (titles, GUINT_TO_POINTER (number));

  return title != NULL ? title : "";
}

/* "Highest level: 2 · Tactical, 20 days (still there)". */
static void
print_thread_escalation_text (AlignmentCase   *self,
                              AlignmentThread *thread)
{
  g_autofree char *level = NULL;

  if (thread->highest_level == 0)
    {
      g_print (_("  Highest level:      -\n"));
      return;
    }

  level = alignment_governance_level_label (G_LIST_MODEL (alignment_case_get_escalation_levels (self)),
                                            thread->highest_level);
  if (thread->days_at_highest_level < 0)
    g_print (_("  Highest level:      %s\n"), level);
  else if (thread->still_at_highest_level)
    g_print (ngettext ("  Highest level:      %s, %d day (still there)\n",
                       "  Highest level:      %s, %d days (still there)\n",
                       (gulong) thread->days_at_highest_level),
             level, thread->days_at_highest_level);
  else
    g_print (ngettext ("  Highest level:      %s, %d day\n",
                       "  Highest level:      %s, %d days\n",
                       (gulong) thread->days_at_highest_level),
             level, thread->days_at_highest_level);
}

static void
print_thread_text (AlignmentCase               *self,
                   GHashTable                  *titles,
                   const AlignmentThreadReport *report,
                   AlignmentSignal * const     *signals)
{
  gboolean is_default = !alignment_case_has_thread_title (self, report->thread->number);
  const char *title = thread_title (titles, report->thread->number);
  g_autofree char *raised = dup_realms_label (report->raised_in);
  g_autofree char *aligned = dup_realms_label (report->aligned_in);
  AlignmentThread *thread = report->thread;
  AlignmentSignal *opening = signals[report->opening];
  g_autoptr(GString) found = g_string_new (NULL);
  g_autoptr(GString) missing = g_string_new (NULL);
  char date[11] = "-";

  g_print (_("Thread %u: %s\n"), thread->number,
           thread->status == ALIGNMENT_THREAD_ALIGNED ? _("aligned") : _("open"));
  if (*title != '\0' && is_default)
    /* TRANSLATORS: a thread's title taken from its opening signal,
     * because nobody gave it one */
    g_print (_("  Title:              %s (from its opening signal)\n"), title);
  else if (*title != '\0')
    g_print (_("  Title:              %s\n"), title);

  if (alignment_signal_get_start_julian (opening) != 0)
    alignment_date_format_iso (alignment_signal_get_start_julian (opening), date);
  /* TRANSLATORS: "Opened by: 1a, Customer, Request sent, 2024-02-01" */
  g_print (_("  Opened by:          %s, %s, %s, %s\n"), alignment_signal_get_id (opening),
           alignment_enum_to_label (ALIGNMENT_TYPE_PARTY, alignment_signal_get_sender (opening)),
           alignment_enum_to_label (ALIGNMENT_TYPE_SIGNAL_TYPE, alignment_signal_get_signal_type (opening)),
           date);

  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    {
      GString *to = (report->steps & steps[i].step) ? found : missing;

      g_string_append_printf (to, "%s%s", to->len > 0 ? ", " : "", alignment_step_get_label (steps[i].step));
    }
  g_print (_("  Steps found:        %s"), found->len > 0 ? found->str : _("none"));
  if (missing->len > 0)
    g_print (_(" (missing: %s)"), missing->str);
  if (report->n_cycles > 1)
    g_print (ngettext (" in the last of %u cycle", " in the last of %u cycles", report->n_cycles),
             report->n_cycles);
  g_print ("\n");

  if (thread->days_to_alignment >= 0)
    g_print (ngettext ("  Days to alignment:  %d\n", "  Days to alignment:  %d\n",
                       (gulong) thread->days_to_alignment),
             thread->days_to_alignment);
  else
    g_print (_("  Days to alignment:  -\n"));
  print_thread_escalation_text (self, thread);
  /* TRANSLATORS: the realms in which trust fell in the thread */
  g_print (_("  Raised in:          %s\n"), raised);
  /* TRANSLATORS: the realms in which the thread was aligned, as the
   * case tells it */
  g_print (_("  Aligned in:         %s\n"), aligned);

  for (guint i = 0; i < G_N_ELEMENTS (flags); i++)
    if (thread->flags & flags[i].flag)
      {
        g_autofree char *flag = alignment_thread_describe_flag (thread, flags[i].flag);

        g_print (_("  Flag:               %s\n"), flag);
      }

  g_print (_("  Net trust:         "));
  for (guint p = 0; p < ALIGNMENT_N_PARTIES; p++)
    {
      g_print (" %s%s", p > 0 ? "· " : "", alignment_enum_to_label (ALIGNMENT_TYPE_PARTY, parties[p]));
      for (guint r = 0; r < ALIGNMENT_N_REALMS; r++)
        {
          if (thread->net[p][r] != 0)
            g_print (" %s %+d", alignment_realm_get_label (r), thread->net[p][r]);
          else
            g_print (" %s 0", alignment_realm_get_label (r));
        }
    }
  g_print ("\n\n");
}

static void
print_findings_text (AlignmentCase           *self,
                     const AlignmentFindings *findings,
                     AlignmentSignal * const *signals)
{
  g_autoptr(GHashTable) titles = alignment_case_dup_thread_titles (self);

  g_print ("%s\n", alignment_case_get_title (self));
  g_print (_("%u threads: %u open, %u aligned\n\n"), findings->threads->len, findings->n_open,
           findings->threads->len - findings->n_open);

  for (guint i = 0; i < findings->reports->len; i++)
    print_thread_text (self, titles, &g_array_index (findings->reports, AlignmentThreadReport, i), signals);

  g_print ("%s\n", _("Findings:"));
  if (findings->findings->len == 0)
    g_print ("  %s\n", _("Nothing stands out."));
  for (guint i = 0; i < findings->findings->len; i++)
    {
      AlignmentFinding *finding = g_ptr_array_index (findings->findings, i);
      g_autofree char *ids = join_ids (signals, finding->signals);

      g_print ("  %s: %s\n", finding->title, finding->summary);
      if (*ids != '\0')
        g_print (_("    Signals: %s\n"), ids);
    }

  if (findings->by_channel->len > 0)
    {
      g_print ("\n%s\n", _("Not understood, by channel:"));
      for (guint i = 0; i < findings->by_channel->len; i++)
        {
          AlignmentUnderstanding *channel = g_ptr_array_index (findings->by_channel, i);

          /* TRANSLATORS: "response: 5 of 6" */
          g_print (_("  %s: %u of %u\n"), channel->name, channel->n_not_understood, channel->n_signals);
        }
    }
}

/* ---- JSON ------------------------------------------------------------------ */

static void
json_append_ids (GString                 *out,
                 AlignmentSignal * const *signals,
                 GArray                  *positions)
{
  g_string_append_c (out, '[');
  for (guint i = 0; i < positions->len; i++)
    {
      g_string_append (out, i > 0 ? ", " : "");
      alignment_tool_json_append_string (out, signal_id (signals, g_array_index (positions, guint, i)));
    }
  g_string_append_c (out, ']');
}

static void
json_append_understanding (GString                      *out,
                           const AlignmentUnderstanding *understanding)
{
  g_string_append_printf (out, "\"signals\": %u, \"not_understood\": %u",
                          understanding->n_signals, understanding->n_not_understood);
}

/* ["operational", "relational"]: the file format's tokens. */
static void
json_append_realms (GString             *out,
                    AlignmentRealmFlags  realms)
{
  gboolean first = TRUE;

  g_string_append_c (out, '[');
  for (guint r = 0; r < ALIGNMENT_N_REALMS; r++)
    if (realms & (1 << r))
      {
        g_string_append_printf (out, "%s\"%s\"", first ? "" : ", ", alignment_tool_enum_nick (ALIGNMENT_TYPE_REALM, r));
        first = FALSE;
      }
  g_string_append_c (out, ']');
}

static void
json_append_thread (GString                     *out,
                    AlignmentCase               *self,
                    GHashTable                  *titles,
                    const AlignmentThreadReport *report,
                    AlignmentSignal * const     *signals)
{
  AlignmentThread *thread = report->thread;
  AlignmentSignal *opening = signals[report->opening];
  gboolean first = TRUE;
  gboolean is_default = !alignment_case_has_thread_title (self, thread->number);
  const char *title = thread_title (titles, thread->number);

  g_string_append_printf (out, "{\"number\": %u, \"title\": ", thread->number);
  alignment_tool_json_append_string (out, title);
  g_string_append_printf (out, ", \"title_is_default\": %s, \"status\": \"%s\",\n     \"raised_in\": ",
                          is_default ? "true" : "false",
                          thread->status == ALIGNMENT_THREAD_ALIGNED ? "aligned" : "open");
  json_append_realms (out, report->raised_in);
  g_string_append (out, ", \"aligned_in\": ");
  json_append_realms (out, report->aligned_in);
  g_string_append (out, ", \"opening\": ");
  alignment_tool_json_append_string (out, alignment_signal_get_id (opening));
  g_string_append (out, ", \"sender\": ");
  alignment_tool_json_append_string (out, alignment_tool_enum_nick (ALIGNMENT_TYPE_PARTY, alignment_signal_get_sender (opening)));
  g_string_append (out, ", \"first_day\": ");
  alignment_tool_json_append_day (out, thread->first_day);
  g_string_append (out, ", \"last_day\": ");
  alignment_tool_json_append_day (out, thread->last_day);
  g_string_append_printf (out, ", \"signals\": %u", thread->signals->len);

  g_string_append (out, ",\n     \"steps\": [");
  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    if (report->steps & steps[i].step)
      {
        g_string_append_printf (out, "%s\"%s\"", first ? "" : ", ", steps[i].nick);
        first = FALSE;
      }
  g_string_append_printf (out, "], \"cycles\": %u, \"days_to_alignment\": ", report->n_cycles);
  if (thread->days_to_alignment >= 0)
    g_string_append_printf (out, "%d", thread->days_to_alignment);
  else
    g_string_append (out, "null");

  first = TRUE;
  g_string_append (out, ", \"flags\": [");
  for (guint i = 0; i < G_N_ELEMENTS (flags); i++)
    if (thread->flags & flags[i].flag)
      {
        g_string_append_printf (out, "%s\"%s\"", first ? "" : ", ", flags[i].nick);
        first = FALSE;
      }
  /* Which signals were not understood, by id. */
  first = TRUE;
  g_string_append (out, "], \"not_understood\": [");
  for (guint i = 0; i < thread->signals->len; i++)
    {
      AlignmentSignal *signal = g_ptr_array_index (thread->signals, i);

      if (alignment_signal_get_understood (signal) != ALIGNMENT_UNDERSTOOD_NO)
        continue;
      g_string_append (out, first ? "" : ", ");
      alignment_tool_json_append_string (out, alignment_signal_get_id (signal));
      first = FALSE;
    }
  g_string_append (out, "],\n     \"highest_escalation_level\": ");
  if (thread->highest_level != 0)
    {
      AlignmentEscalationLevel *level =
        alignment_governance_lookup_level (G_LIST_MODEL (alignment_case_get_escalation_levels (self)),
                                           thread->highest_level);

      g_string_append_printf (out, "%u, \"highest_escalation_level_name\": ", thread->highest_level);
      alignment_tool_json_append_string (out, level != NULL ? alignment_escalation_level_get_name (level) : "");
      g_string_append (out, ", \"days_at_highest_level\": ");
      if (thread->days_at_highest_level >= 0)
        g_string_append_printf (out, "%d", thread->days_at_highest_level);
      else
        g_string_append (out, "null");
      g_string_append_printf (out, ", \"still_at_highest_level\": %s",
                              thread->still_at_highest_level ? "true" : "false");
    }
  else
    g_string_append (out, "null, \"highest_escalation_level_name\": null, \"days_at_highest_level\": null, "
                          "\"still_at_highest_level\": false");
  g_string_append (out, ",\n     \"net\": {");
  for (guint p = 0; p < ALIGNMENT_N_PARTIES; p++)
    for (guint r = 0; r < ALIGNMENT_N_REALMS; r++)
      g_string_append_printf (out, "%s\"%s_%s\": %d", p + r > 0 ? ", " : "",
                              alignment_tool_enum_nick (ALIGNMENT_TYPE_PARTY, parties[p]),
                              alignment_tool_enum_nick (ALIGNMENT_TYPE_REALM, r), thread->net[p][r]);
  g_string_append (out, "}}");
}

static void
print_findings_json (AlignmentCase           *self,
                     const AlignmentFindings *findings,
                     AlignmentSignal * const *signals,
                     const char              *path)
{
  g_autoptr(GString) out = g_string_new ("{\n  \"file\": ");
  g_autoptr(GHashTable) titles = alignment_case_dup_thread_titles (self);
  g_autofree char *display = g_filename_display_name (path);
  gboolean first = TRUE;

  alignment_tool_json_append_string (out, display);
  g_string_append (out, ",\n  \"title\": ");
  alignment_tool_json_append_string (out, alignment_case_get_title (self));

  g_string_append (out, ",\n  \"threads\": [");
  for (guint i = 0; i < findings->reports->len; i++)
    {
      g_string_append (out, i > 0 ? ",\n    " : "\n    ");
      json_append_thread (out, self, titles, &g_array_index (findings->reports, AlignmentThreadReport, i), signals);
    }
  g_string_append (out, findings->reports->len > 0 ? "\n  ],\n" : "],\n");

  g_string_append (out, "  \"time_to_alignment\": {\"aligned_threads\": ");
  g_string_append_printf (out, "%u, \"median_days\": ", findings->n_timed);
  if (findings->n_timed > 0)
    {
      char median[G_ASCII_DTOSTR_BUF_SIZE];

      /* Not printf's %g: a Dutch locale would write a decimal comma. */
      g_ascii_dtostr (median, sizeof median, findings->median_days);
      g_string_append_printf (out, "%s, \"longest_days\": %d, \"longest_thread\": %u}",
                              median, findings->longest_days, findings->longest_thread);
    }
  else
    g_string_append (out, "null, \"longest_days\": null, \"longest_thread\": null}");

  g_string_append (out, ",\n  \"open_threads\": [");
  for (guint i = 0; i < findings->threads->len; i++)
    {
      AlignmentThread *thread = g_ptr_array_index (findings->threads, i);

      if (thread->status != ALIGNMENT_THREAD_OPEN)
        continue;
      g_string_append_printf (out, "%s%u", first ? "" : ", ", thread->number);
      first = FALSE;
    }

  g_string_append (out, "],\n  \"perception_gap\": {");
  json_append_understanding (out, &findings->understood);
  g_string_append (out, ",\n    \"by_sender\": {");
  for (guint p = 0; p < ALIGNMENT_N_PARTIES; p++)
    {
      g_string_append_printf (out, "%s\"%s\": {", p > 0 ? ", " : "", alignment_tool_enum_nick (ALIGNMENT_TYPE_PARTY, parties[p]));
      json_append_understanding (out, &findings->by_sender[p]);
      g_string_append_c (out, '}');
    }
  g_string_append (out, "},\n    \"by_channel\": [");
  for (guint i = 0; i < findings->by_channel->len; i++)
    {
      AlignmentUnderstanding *channel = g_ptr_array_index (findings->by_channel, i);

      g_string_append (out, i > 0 ? ",\n      {\"channel\": " : "\n      {\"channel\": ");
      alignment_tool_json_append_string (out, channel->name);
      g_string_append (out, ", ");
      json_append_understanding (out, channel);
      g_string_append_c (out, '}');
    }
  g_string_append (out, "]},\n  \"realm_desync\": [");
  first = TRUE;
  for (guint p = 0; p < ALIGNMENT_N_PARTIES; p++)
    {
      if (findings->desync_realm[p] < 0)
        continue;
      g_string_append_printf (out, "%s{\"party\": \"%s\", \"realm\": \"%s\", \"lowest\": %d}",
                              first ? "" : ", ", alignment_tool_enum_nick (ALIGNMENT_TYPE_PARTY, parties[p]),
                              alignment_tool_enum_nick (ALIGNMENT_TYPE_REALM, findings->desync_realm[p]),
                              findings->desync_lowest[p]);
      first = FALSE;
    }

  g_string_append (out, "],\n  \"realm_shifts\": [");
  first = TRUE;
  for (guint r = 0; r < ALIGNMENT_N_REALMS; r++)
    for (guint a = 0; a < ALIGNMENT_N_REALMS; a++)
      {
        gboolean first_thread = TRUE;

        if (findings->realm_shifts[r][a] == 0)
          continue;
        g_string_append_printf (out, "%s{\"raised_in\": \"%s\", \"aligned_in\": \"%s\", \"threads\": [",
                                first ? "" : ", ", alignment_tool_enum_nick (ALIGNMENT_TYPE_REALM, r),
                                alignment_tool_enum_nick (ALIGNMENT_TYPE_REALM, a));
        for (guint i = 0; i < findings->reports->len; i++)
          {
            const AlignmentThreadReport *report = &g_array_index (findings->reports, AlignmentThreadReport, i);

            if ((report->raised_in & (1 << r)) && (report->aligned_in & (1 << a)) && !(report->raised_in & (1 << a)))
              {
                g_string_append_printf (out, "%s%u", first_thread ? "" : ", ", report->thread->number);
                first_thread = FALSE;
              }
          }
        g_string_append (out, "]}");
        first = FALSE;
      }

  g_string_append (out, "],\n  \"findings\": [");
  for (guint i = 0; i < findings->findings->len; i++)
    {
      AlignmentFinding *finding = g_ptr_array_index (findings->findings, i);

      g_string_append (out, i > 0 ? ",\n    {\"kind\": " : "\n    {\"kind\": ");
      alignment_tool_json_append_string (out, alignment_tool_enum_nick (ALIGNMENT_TYPE_FINDING_KIND, finding->kind));
      g_string_append (out, ", \"title\": ");
      alignment_tool_json_append_string (out, finding->title);
      g_string_append (out, ",\n     \"summary\": ");
      alignment_tool_json_append_string (out, finding->summary);
      g_string_append (out, ",\n     \"signals\": ");
      json_append_ids (out, signals, finding->signals);
      g_string_append_c (out, '}');
    }
  g_string_append (out, findings->findings->len > 0 ? "\n  ]\n}\n" : "]\n}\n");

  fwrite (out->str, 1, out->len, stdout);
}

int
alignment_tool_command_analyse (int    argc,
                                char **argv)
{
  g_autofree char *format_name = NULL;
  const GOptionEntry entries[] = {
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format_name,
      N_("Output as text or json (default: text)"), N_("FORMAT") },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(AlignmentCase) self = NULL;
  g_autoptr(AlignmentFindings) findings = NULL;
  AlignmentSignal * const *signals;
  gboolean json = FALSE;
  guint n_signals;

  context = alignment_tool_command_context_new ("analyse", _("CASE"),
                                                _("Lists every thread (its opening signal and sender, the steps of the "
                                                  "alignment pattern found, status, days to alignment, flags and net "
                                                  "trust per realm) and the case's findings, each with the signals "
                                                  "behind it: time to alignment, open threads, the perception gap, "
                                                  "realm desynchronisation, and threads raised in one realm but "
                                                  "aligned in another."),
                                                entries);
  if (!alignment_tool_command_parse (context, "analyse", &argc, &argv))
    return EXIT_USAGE;

  if (format_name != NULL)
    {
      if (g_str_equal (format_name, "json"))
        json = TRUE;
      else if (!g_str_equal (format_name, "text"))
        {
          g_autofree char *message = g_strdup_printf (_("Unknown format “%s”: use text or json"), format_name);

          return alignment_tool_usage_error ("analyse ", message);
        }
    }
  if (argc != 2)
    return alignment_tool_usage_error ("analyse ", argc < 2 ? _("No file given") : _("Only one file at a time"));

  self = alignment_tool_load_case (argv[1]);
  if (self == NULL)
    return EXIT_INVALID;

  signals = alignment_case_peek_signals (self, &n_signals);
  findings = alignment_findings_compute (signals, n_signals);
  alignment_findings_add_thread_records (findings, signals, n_signals,
                                         G_LIST_MODEL (alignment_case_get_thread_records (self)));

  if (json)
    print_findings_json (self, findings, signals, argv[1]);
  else
    print_findings_text (self, findings, signals);

  return EXIT_OK;
}
