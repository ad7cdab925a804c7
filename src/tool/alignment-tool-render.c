/* alignment-tool-render.c: "alignment-tool render FIGURE CASE -o OUT"
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "alignment-tool-private.h"

int
alignment_tool_command_render (int    argc,
                               char **argv)
{
  const char *figure = argc > 1 ? argv[1] : NULL;

  if (figure == NULL || g_str_equal (figure, "--help") || g_str_equal (figure, "-h"))
    {
      g_print ("%s\n  alignment-tool render timeline CASE -o OUT.{pdf,svg,png} [OPTION…]\n"
               "  alignment-tool render heatmap CASE -o OUT.{pdf,svg,png} [OPTION…]\n"
               "  alignment-tool render survey CASE -o OUT.{pdf,svg,png} [OPTION…]\n"
               "  alignment-tool render survey-form CASE -o OUT.pdf\n"
               "  alignment-tool render report CASE -o OUT.pdf [OPTION…]\n\n%s\n",
               _("Usage:"),
               _("Run “alignment-tool render FIGURE --help” for the options of a figure."));
      return figure == NULL ? EXIT_USAGE : EXIT_OK;
    }

  /* The figure's own parser sees "render FIGURE" as its program name. */
  if (g_str_equal (figure, "timeline"))
    return alignment_tool_render_timeline (argc - 1, argv + 1);
  if (g_str_equal (figure, "heatmap"))
    return alignment_tool_render_heatmap (argc - 1, argv + 1);
  if (g_str_equal (figure, "survey"))
    return alignment_tool_render_survey (argc - 1, argv + 1);
  if (g_str_equal (figure, "survey-form"))
    return alignment_tool_render_survey_form (argc - 1, argv + 1);
  if (g_str_equal (figure, "report"))
    return alignment_tool_render_report (argc - 1, argv + 1);

  {
    g_autofree char *message = g_strdup_printf (_("Unknown figure “%s”: timeline, heatmap, survey, survey-form or report"), figure);

    return alignment_tool_usage_error ("render ", message);
  }
}
