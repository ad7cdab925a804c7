/* alignment-tool-render-report.c: "alignment-tool render report CASE -o report.pdf"
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"


#include <glib/gi18n.h>

#include "alignment-report.h"
#include "alignment-tool-private.h"

int
alignment_tool_render_report (int    argc,
                              char **argv)
{
  g_autofree char *output = NULL;
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  g_autofree char *paper = NULL;
  g_autofree char *lang = NULL;
  gboolean timing = FALSE;
  GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("Write the report to FILE (.pdf)"), N_("FILE") },
    { "from", 0, 0, G_OPTION_ARG_STRING, &from, N_("The first day of the period (default: the quarter of the latest signal)"), N_("DATE") },
    { "to", 0, 0, G_OPTION_ARG_STRING, &to, N_("The last day of the period, included"), N_("DATE") },
    { "paper", 0, 0, G_OPTION_ARG_STRING, &paper, N_("The paper size (default a4)"), N_("a4|letter") },
    { "lang", 0, 0, G_OPTION_ARG_STRING, &lang, N_("The report’s language (default: the user’s)"), N_("en|nl") },
    { "time", 0, 0, G_OPTION_ARG_NONE, &timing, N_("Print how long the layout and the PDF took"), NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(AlignmentCase) self = NULL;
  g_autoptr(AlignmentReport) report = NULL;
  g_autoptr(GError) error = NULL;
  AlignmentReportPaper size = ALIGNMENT_REPORT_PAPER_A4;
  guint32 first = 0, last = 0, default_first, default_last;
  gint64 start, laid_out;
  guint n_pages;

  context = alignment_tool_command_context_new ("render report", _("CASE"),
                                                _("Makes the review report of a case for a period, as a PDF: the cover,\n"
                                                  "the summary per party and realm, the threads, the heatmap, the\n"
                                                  "evidence, the findings, the timeline, the lessons and the method."),
                                                entries);
  if (!alignment_tool_command_parse (context, "render report", &argc, &argv))
    return EXIT_USAGE;

  if (argc != 2)
    return alignment_tool_usage_error ("render report ", _("Give one case file"));
  if (output == NULL)
    return alignment_tool_usage_error ("render report ", _("Give the output file with -o FILE"));
  if (!g_str_has_suffix (output, ".pdf") && !g_str_has_suffix (output, ".PDF"))
    return alignment_tool_usage_error ("render report ", _("The report is a PDF: give -o FILE.pdf"));
  if (paper != NULL && g_ascii_strcasecmp (paper, "letter") == 0)
    size = ALIGNMENT_REPORT_PAPER_LETTER;
  else if (paper != NULL && g_ascii_strcasecmp (paper, "a4") != 0)
    return alignment_tool_usage_error ("render report ", _("--paper is a4 or letter"));
  if (lang != NULL && !g_str_equal (lang, "en") && !g_str_equal (lang, "nl"))
    return alignment_tool_usage_error ("render report ", _("--lang is en or nl"));
  if (!alignment_tool_parse_day ("render report ", from, "--from", &first)
      || !alignment_tool_parse_day ("render report ", to, "--to", &last))
    return EXIT_USAGE;
  if (first != 0 && last != 0 && last < first)
    return alignment_tool_usage_error ("render report ", _("--to is before --from"));

  self = alignment_tool_load_case (argv[1]);
  if (self == NULL)
    return EXIT_INVALID;

  /* Without --from and --to, the quarter of the latest signal; with one
   * of them, the other end stays open. */
  alignment_report_default_period (self, &default_first, &default_last);
  if (from == NULL && to == NULL)
    {
      first = default_first;
      last = default_last;
    }

  start = g_get_monotonic_time ();
  report = alignment_report_new (self, first, last, size, lang);
  n_pages = alignment_report_get_n_pages (report);
  laid_out = g_get_monotonic_time ();
  if (!alignment_report_write_pdf (report, output, &error))
    {
      g_printerr ("%s: %s: %s\n", output, _("error"), error->message);
      return EXIT_INVALID;
    }
  if (timing)
    g_print ("pages %u  layout ms %.1f  total ms %.1f\n", n_pages,
             (laid_out - start) / 1000.0, (g_get_monotonic_time () - start) / 1000.0);

  return EXIT_OK;
}
