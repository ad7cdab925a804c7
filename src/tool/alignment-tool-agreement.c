/* alignment-tool-agreement.c: "agreement CASE", how far the two parties
 * agree on the impacts both rated
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <stdio.h>

#include <glib/gi18n.h>

#include "alignment-tool-private.h"


static const AlignmentImpact categories[ALIGNMENT_AGREEMENT_N_CATEGORIES] = {
  ALIGNMENT_IMPACT_NEGATIVE, ALIGNMENT_IMPACT_SAME, ALIGNMENT_IMPACT_POSITIVE,
};

static const char *
category_nick (guint category)
{
  return alignment_tool_enum_nick (ALIGNMENT_TYPE_IMPACT, categories[category]);
}

static const char *
party_nick (AlignmentParty party)
{
  return alignment_tool_enum_nick (ALIGNMENT_TYPE_PARTY, party);
}

/* A figure for CSV and JSON: "" / null when it is not defined. */
static void
append_number (GString    *out,
               double      value,
               const char *undefined)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  if (isnan (value))
    g_string_append (out, undefined);
  else
    g_string_append (out, g_ascii_formatd (buf, sizeof buf, "%.4f", value));
}

static void
append_text (GString                       *out,
             AlignmentSignal *const        *signals,
             const AlignmentAgreement      *agreement)
{
  g_string_append_printf (out, "%s\n", _("Agreement of the parties on the impacts both rated"));

  for (guint r = 0; r < ALIGNMENT_N_REALMS; r++)
    {
      const AlignmentRealmAgreement *realm = &agreement->realms[r];

      g_string_append_printf (out, "\n%s — %s: ", alignment_realm_get_label (r), alignment_realm_get_trust_dimension (r));
      if (realm->n_pairs == 0)
        {
          g_string_append_printf (out, "%s\n", _("no impact rated by both parties"));
          continue;
        }
      g_string_append_printf (out, ngettext ("%u pair, %.0f%% agree", "%u pairs, %.0f%% agree", realm->n_pairs),
                              realm->n_pairs, realm->percent);
      if (isnan (realm->kappa))
        g_string_append_printf (out, ", %s\n", _("weighted kappa not defined (one rating throughout)"));
      else
        g_string_append_printf (out, ", %s %.2f\n", _("weighted kappa"), realm->kappa);

      /* TRANSLATORS: the head of the table: the customer's rating down, the provider's across */
      g_string_append_printf (out, "  %-20s", _("customer \\ provider"));
      for (guint j = 0; j < ALIGNMENT_AGREEMENT_N_CATEGORIES; j++)
        g_string_append_printf (out, " %9s", category_nick (j));
      g_string_append_c (out, '\n');
      for (guint i = 0; i < ALIGNMENT_AGREEMENT_N_CATEGORIES; i++)
        {
          g_string_append_printf (out, "  %-20s", category_nick (i));
          for (guint j = 0; j < ALIGNMENT_AGREEMENT_N_CATEGORIES; j++)
            g_string_append_printf (out, " %9u", realm->cells[i][j]->len);
          g_string_append_c (out, '\n');
        }
      for (guint i = 0; i < ALIGNMENT_AGREEMENT_N_CATEGORIES; i++)
        for (guint j = 0; j < ALIGNMENT_AGREEMENT_N_CATEGORIES; j++)
          {
            GArray *cell = realm->cells[i][j];

            if (i == j || cell->len == 0)
              continue;
            /* TRANSLATORS: "customer positive, provider negative: 8a (customer), 9b (provider)" */
            g_string_append_printf (out, _("  customer %s, provider %s:"), category_nick (i), category_nick (j));
            for (guint k = 0; k < cell->len; k++)
              {
                const AlignmentAgreementItem *item = &g_array_index (cell, AlignmentAgreementItem, k);

                g_string_append_printf (out, "%s %s (%s)", k > 0 ? "," : "",
                                        alignment_signal_get_id (signals[item->position]),
                                        party_nick (item->trust_of));
              }
            g_string_append_c (out, '\n');
          }
    }

  g_string_append_c (out, '\n');
  {
    const struct { const char *label; guint n; GArray *differs; } rows[] = {
      { _("Understood"), agreement->n_understood_pairs, agreement->understood_differs },
      { _("Urgency as understood"), agreement->n_urgency_pairs, agreement->urgency_differs },
    };

    for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
      {
        /* TRANSLATORS: "Understood: judged differently for 1 of 3 signals: 1a" */
        g_string_append_printf (out, ngettext ("%s: judged differently for %u of %u signal",
                                               "%s: judged differently for %u of %u signals", rows[i].n),
                                rows[i].label, rows[i].differs->len, rows[i].n);
        for (guint k = 0; k < rows[i].differs->len; k++)
          g_string_append_printf (out, "%s %s", k > 0 ? "," : ":",
                                  alignment_signal_get_id (signals[g_array_index (rows[i].differs, guint, k)]));
        g_string_append_c (out, '\n');
      }
  }
}

static void
append_csv (GString                  *out,
            AlignmentSignal *const   *signals,
            const AlignmentAgreement *agreement)
{
  g_string_append (out, "realm,pairs,percent,kappa,customer,provider,n,signals\n");
  for (guint r = 0; r < ALIGNMENT_N_REALMS; r++)
    {
      const AlignmentRealmAgreement *realm = &agreement->realms[r];

      for (guint i = 0; i < ALIGNMENT_AGREEMENT_N_CATEGORIES; i++)
        for (guint j = 0; j < ALIGNMENT_AGREEMENT_N_CATEGORIES; j++)
          {
            GArray *cell = realm->cells[i][j];

            g_string_append_printf (out, "%s,%u,", alignment_tool_enum_nick (ALIGNMENT_TYPE_REALM, r), realm->n_pairs);
            append_number (out, realm->percent, "");
            g_string_append_c (out, ',');
            append_number (out, realm->kappa, "");
            g_string_append_printf (out, ",%s,%s,%u,", category_nick (i), category_nick (j), cell->len);
            for (guint k = 0; k < cell->len; k++)
              {
                const AlignmentAgreementItem *item = &g_array_index (cell, AlignmentAgreementItem, k);

                g_string_append_printf (out, "%s%s:%s", k > 0 ? " " : "",
                                        alignment_signal_get_id (signals[item->position]), party_nick (item->trust_of));
              }
            g_string_append_c (out, '\n');
          }
    }
}

static void
append_json_ids (GString                *out,
                 AlignmentSignal *const *signals,
                 GArray                 *positions)
{
  g_string_append_c (out, '[');
  for (guint k = 0; k < positions->len; k++)
    {
      if (k > 0)
        g_string_append (out, ", ");
      alignment_tool_json_append_string (out, alignment_signal_get_id (signals[g_array_index (positions, guint, k)]));
    }
  g_string_append_c (out, ']');
}

static void
append_json (GString                  *out,
             AlignmentSignal *const   *signals,
             const AlignmentAgreement *agreement)
{
  g_string_append (out, "{\n  \"realms\": [");
  for (guint r = 0; r < ALIGNMENT_N_REALMS; r++)
    {
      const AlignmentRealmAgreement *realm = &agreement->realms[r];
      gboolean first = TRUE;

      g_string_append_printf (out, "%s\n    {\n      \"realm\": \"%s\",\n      \"pairs\": %u,\n      \"agree\": %u,\n"
                              "      \"percent\": ",
                              r > 0 ? "," : "", alignment_tool_enum_nick (ALIGNMENT_TYPE_REALM, r),
                              realm->n_pairs, realm->n_agree);
      append_number (out, realm->percent, "null");
      g_string_append (out, ",\n      \"kappa\": ");
      append_number (out, realm->kappa, "null");
      g_string_append (out, ",\n      \"cells\": [");
      for (guint i = 0; i < ALIGNMENT_AGREEMENT_N_CATEGORIES; i++)
        for (guint j = 0; j < ALIGNMENT_AGREEMENT_N_CATEGORIES; j++)
          {
            GArray *cell = realm->cells[i][j];

            g_string_append_printf (out, "%s\n        { \"customer\": \"%s\", \"provider\": \"%s\", \"signals\": [",
                                    first ? "" : ",", category_nick (i), category_nick (j));
            first = FALSE;
            for (guint k = 0; k < cell->len; k++)
              {
                const AlignmentAgreementItem *item = &g_array_index (cell, AlignmentAgreementItem, k);

                g_string_append_printf (out, "%s{ \"id\": ", k > 0 ? ", " : "");
                alignment_tool_json_append_string (out, alignment_signal_get_id (signals[item->position]));
                g_string_append_printf (out, ", \"trust\": \"%s\" }", party_nick (item->trust_of));
              }
            g_string_append (out, "] }");
          }
      g_string_append (out, "\n      ]\n    }");
    }
  g_string_append_printf (out, "\n  ],\n  \"understood\": { \"pairs\": %u, \"differ\": ", agreement->n_understood_pairs);
  append_json_ids (out, signals, agreement->understood_differs);
  g_string_append_printf (out, " },\n  \"urgency\": { \"pairs\": %u, \"differ\": ", agreement->n_urgency_pairs);
  append_json_ids (out, signals, agreement->urgency_differs);
  g_string_append (out, " }\n}\n");
}

int
alignment_tool_command_agreement (int    argc,
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
  g_autoptr(AlignmentAgreement) agreement = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  AlignmentSignal **signals;
  OutputFormat format = FORMAT_TEXT;
  guint n;

  context = alignment_tool_command_context_new ("agreement", _("CASE"),
                                                _("Prints how far the two parties agree where both rated the same "
                                                  "impact (a party's own rating and the other party's estimate of "
                                                  "it): per realm the pairs, the percent agreement, Cohen's "
                                                  "weighted kappa (linear weights over negative, same, positive) "
                                                  "and the table of the customer's rating against the provider's "
                                                  "with its signals; and the signals whose understanding or "
                                                  "urgency the parties judged differently."),
                                                entries);
  if (!alignment_tool_command_parse (context, "agreement", &argc, &argv))
    return EXIT_USAGE;
  if (argc != 2)
    return alignment_tool_usage_error ("agreement ", _("Give exactly one case"));
  if (!alignment_tool_parse_format ("agreement ", format_name, &format))
    return EXIT_USAGE;

  kase = alignment_tool_load_case (argv[1]);
  if (kase == NULL)
    return EXIT_INVALID;

  signals = alignment_case_peek_signals (kase, &n);
  agreement = alignment_agreement_compute (signals, n);
  switch (format)
    {
    case FORMAT_CSV:
      append_csv (out, signals, agreement);
      break;
    case FORMAT_JSON:
      append_json (out, signals, agreement);
      break;
    case FORMAT_TEXT:
    default:
      append_text (out, signals, agreement);
      break;
    }

  fwrite (out->str, 1, out->len, stdout);
  return EXIT_OK;
}
