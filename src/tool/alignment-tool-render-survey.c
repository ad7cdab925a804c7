/* alignment-tool-render-survey.c: "alignment-tool render survey|survey-form
 * CASE -o OUT"
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "alignment-render-file.h"
#include "alignment-survey-form.h"
#include "alignment-survey-trend.h"
#include "alignment-tool-private.h"

int
alignment_tool_render_survey (int    argc,
                              char **argv)
{
  g_autofree char *output = NULL;
  double dpi = 96.0;
  gboolean no_header = FALSE;
  const GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("File to write: .pdf, .svg or .png (required)"), N_("FILE") },
    { "dpi", 0, 0, G_OPTION_ARG_DOUBLE, &dpi,
      N_("Resolution of a PNG (default: 96)"), N_("DPI") },
    { "no-title", 0, 0, G_OPTION_ARG_NONE, &no_header,
      N_("Leave out the title block: the case, its parties and period, the date made"), NULL },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(AlignmentCase) self = NULL;
  g_autoptr(GError) error = NULL;

  context = alignment_tool_command_context_new ("render survey", _("CASE"),
                                                _("Draws the trust survey's trend: each party's trust in the other "
                                                  "per realm, from 1 to 7, over the case's survey rounds."),
                                                entries);
  if (!alignment_tool_command_parse (context, "render survey", &argc, &argv))
    return EXIT_USAGE;
  if (output == NULL)
    return alignment_tool_usage_error ("render survey ", _("--output is required"));
  if (!alignment_render_format_from_path (output, &(AlignmentRenderFormat) { 0 }, &error))
    return alignment_tool_usage_error ("render survey ", error->message);
  if (argc != 2)
    return alignment_tool_usage_error ("render survey ", argc < 2 ? _("No file given") : _("Only one file at a time"));

  self = alignment_tool_load_case (argv[1]);
  if (self == NULL)
    return EXIT_INVALID;

  if (!alignment_survey_trend_export (self, !no_header, dpi, output, &error))
    {
      g_printerr ("%s: %s: %s\n", error->domain == G_IO_ERROR ? argv[1] : output, _("error"), error->message);
      return EXIT_INVALID;
    }

  return EXIT_OK;
}

int
alignment_tool_render_survey_form (int    argc,
                                   char **argv)
{
  g_autofree char *output = NULL;
  const GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("PDF file to write (required)"), N_("FILE") },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(AlignmentCase) self = NULL;
  g_autoptr(GError) error = NULL;
  const char *dot;

  context = alignment_tool_command_context_new ("render survey-form", _("CASE"),
                                                _("Draws the blank trust questionnaire for a workshop: an A4 page "
                                                  "per party, in the case's wording, with the other party's name "
                                                  "filled in."),
                                                entries);
  if (!alignment_tool_command_parse (context, "render survey-form", &argc, &argv))
    return EXIT_USAGE;
  if (output == NULL)
    return alignment_tool_usage_error ("render survey-form ", _("--output is required"));
  dot = strrchr (output, '.');
  if (dot == NULL || g_ascii_strcasecmp (dot, ".pdf") != 0)
    return alignment_tool_usage_error ("render survey-form ", _("The questionnaire is written as a .pdf"));
  if (argc != 2)
    return alignment_tool_usage_error ("render survey-form ", argc < 2 ? _("No file given") : _("Only one file at a time"));

  self = alignment_tool_load_case (argv[1]);
  if (self == NULL)
    return EXIT_INVALID;

  if (!alignment_survey_form_export (self, output, &error))
    {
      g_printerr ("%s: %s: %s\n", output, _("error"), error->message);
      return EXIT_INVALID;
    }

  return EXIT_OK;
}
