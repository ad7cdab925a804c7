/* alignment-tool-render-heatmap.c: "alignment-tool render heatmap CASE -o OUT"
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "alignment-heatmap-layout.h"
#include "alignment-heatmap-painter.h"
#include "alignment-palette.h"
#include "alignment-render-file.h"
#include "alignment-tool-private.h"

int
alignment_tool_render_heatmap (int    argc,
                               char **argv)
{
  g_autofree char *output = NULL;
  g_autofree char *by = NULL;
  g_autofree char *mode_name = NULL;
  g_autofree char *scale_name = NULL;
  g_autofree char *view_name = NULL;
  double dpi = 96.0, width = 0.0;
  gboolean no_header = FALSE;
  const GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("File to write: a figure in .pdf, .svg or .png, or the numbers in .csv (required)"), N_("FILE") },
    { "by", 'b', 0, G_OPTION_ARG_STRING, &by,
      N_("Columns by week, month, quarter or thread (default: month)"), N_("KIND") },
    { "mode", 'm', 0, G_OPTION_ARG_STRING, &mode_name,
      N_("Cells show the net change, the cumulative running total, gains and losses split apart, "
         "or the gap between customer and provider (default: net)"), N_("net|cumulative|split|gap") },
    { "scale", 's', 0, G_OPTION_ARG_STRING, &scale_name,
      N_("Colours: red-green, or blue-orange for readers who cannot tell red from green (default: red-green)"),
      N_("SCALE") },
    { "view", 0, 0, G_OPTION_ARG_STRING, &view_name,
      N_("Whose ratings the cells sum: each party's own, the customer's or the provider's view (with its "
         "estimates of the other's), or their difference (default: own)"), N_("own|customer|provider|difference") },
    { "width", 'w', 0, G_OPTION_ARG_DOUBLE, &width,
      N_("Fit the figure into this many points (1/72 inch); default: as wide as it needs"), N_("POINTS") },
    { "dpi", 0, 0, G_OPTION_ARG_DOUBLE, &dpi,
      N_("Resolution of a PNG (default: 96)"), N_("DPI") },
    { "no-title", 0, 0, G_OPTION_ARG_NONE, &no_header,
      N_("Leave out the title block: the case, its parties and period, the date made"), NULL },
    /* The option's first name, kept for the scripts that use it. */
    { "no-header", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_NONE, &no_header, NULL, NULL },
    G_OPTION_ENTRY_NULL
  };
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(AlignmentCase) self = NULL;
  g_autoptr(GError) error = NULL;
  int kind = ALIGNMENT_BUCKET_MONTH, mode = ALIGNMENT_HEATMAP_NET, view = ALIGNMENT_PERCEPTION_VIEW_OWN;
  AlignmentScale scale = ALIGNMENT_SCALE_RED_GREEN;

  context = alignment_tool_command_context_new ("render heatmap", _("CASE"),
                                                _("Draws the trust-delta heatmap of a case: one row per party and "
                                                  "realm, one column per bucket, coloured from trust lost to trust "
                                                  "gained, with a legend, under the case's title and period."),
                                                entries);
  if (!alignment_tool_command_parse (context, "render heatmap", &argc, &argv))
    return EXIT_USAGE;

  if (by != NULL && !alignment_tool_enum_from_nick (ALIGNMENT_TYPE_BUCKET_KIND, by, &kind))
    {
      g_autofree char *message = g_strdup_printf (_("Unknown bucket kind “%s”: use week, month, quarter or thread"), by);

      return alignment_tool_usage_error ("render heatmap ", message);
    }
  if (mode_name != NULL && !alignment_tool_enum_from_nick (ALIGNMENT_TYPE_HEATMAP_MODE, mode_name, &mode))
    {
      g_autofree char *message = g_strdup_printf (_("Unknown mode “%s”: use net, cumulative, split or gap"), mode_name);

      return alignment_tool_usage_error ("render heatmap ", message);
    }
  if (view_name != NULL && !alignment_tool_enum_from_nick (ALIGNMENT_TYPE_PERCEPTION_VIEW, view_name, &view))
    {
      g_autofree char *message = g_strdup_printf (_("Unknown view “%s”: use own, customer, provider or difference"),
                                                  view_name);

      return alignment_tool_usage_error ("render heatmap ", message);
    }
  if (scale_name != NULL)
    {
      if (g_str_equal (scale_name, "red-green"))
        scale = ALIGNMENT_SCALE_RED_GREEN;
      else if (g_str_equal (scale_name, "blue-orange"))
        scale = ALIGNMENT_SCALE_BLUE_ORANGE;
      else
        {
          g_autofree char *message = g_strdup_printf (_("Unknown scale “%s”: use red-green or blue-orange"), scale_name);

          return alignment_tool_usage_error ("render heatmap ", message);
        }
    }
  if (width < 0)
    return alignment_tool_usage_error ("render heatmap ", _("--width must be positive"));
  if (output == NULL)
    return alignment_tool_usage_error ("render heatmap ", _("--output is required"));
  /* A CSV holds the numbers; the other formats are figures. */
  if (!g_str_has_suffix (output, ".csv") && !g_str_has_suffix (output, ".CSV")
      && !alignment_render_format_from_path (output, &(AlignmentRenderFormat) { 0 }, &error))
    return alignment_tool_usage_error ("render heatmap ", error->message);
  if (argc != 2)
    return alignment_tool_usage_error ("render heatmap ", argc < 2 ? _("No file given") : _("Only one file at a time"));

  self = alignment_tool_load_case (argv[1]);
  if (self == NULL)
    return EXIT_INVALID;

  if (!alignment_heatmap_export_view (self, kind, mode, view, scale, !no_header, width, dpi, output, &error))
    {
      g_printerr ("%s: %s: %s\n", output, _("error"), error->message);
      return EXIT_INVALID;
    }

  return EXIT_OK;
}
