/* alignment-tool-render-timeline.c: "alignment-tool render timeline CASE -o OUT"
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <math.h>

#include <cairo-pdf.h>
#include <glib/gstdio.h>

#include <glib/gi18n.h>

#include "alignment-render-file.h"
#include "alignment-timeline-layout.h"
#include "alignment-timeline-painter.h"
#include "alignment-tool-private.h"

/* --repeat draws at the size of a full-HD screen, as the app would. */
#define BENCH_WIDTH  1920
#define BENCH_HEIGHT 1080

typedef struct
{
  AlignmentTimelineData *data;
  AlignmentTimelineOptions options;
} Figure;

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

/* Draws @n_frames frames, each laid out and painted from scratch, and
 * prints what they took. */
static void
benchmark (Figure *figure,
           guint   n_frames)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, BENCH_WIDTH, BENCH_HEIGHT);
  g_autofree double *frame = g_new (double, n_frames);
  g_autofree double *layout_only = g_new (double, n_frames);
  AlignmentTimelineStyle style;
  AlignmentTimelineOptions options = figure->options;
  guint n_markers = 0, n_density = 0, n_visible = 0;
  double sum = 0;

  alignment_timeline_style_init (&style);
  options.width = BENCH_WIDTH;
  options.height = BENCH_HEIGHT;

  for (guint i = 0; i < n_frames; i++)
    {
      cairo_t *cr = cairo_create (surface);
      gint64 start = g_get_monotonic_time ();
      gint64 laid_out;
      AlignmentTimelineLayout *layout = alignment_timeline_layout_new (figure->data, &options);

      laid_out = g_get_monotonic_time ();
      alignment_timeline_paint (cr, layout, &style);
      cairo_surface_flush (surface);
      frame[i] = (g_get_monotonic_time () - start) / 1000.0;
      layout_only[i] = (laid_out - start) / 1000.0;
      sum += frame[i];
      n_markers = layout->markers->len;
      n_density = layout->density->len;
      n_visible = layout->n_visible;
      alignment_timeline_layout_free (layout);
      cairo_destroy (cr);
    }
  cairo_surface_destroy (surface);

  qsort (frame, n_frames, sizeof (double), compare_doubles);
  qsort (layout_only, n_frames, sizeof (double), compare_doubles);
  g_print ("frames %u  size %dx%d  signals %u  visible %u  markers %u  density-columns %u\n",
           n_frames, BENCH_WIDTH, BENCH_HEIGHT, alignment_timeline_data_get_n_dated (figure->data),
           n_visible, n_markers, n_density);
  g_print ("frame ms: min %.3f  median %.3f  mean %.3f  max %.3f\n",
           frame[0], frame[n_frames / 2], sum / n_frames, frame[n_frames - 1]);
  g_print ("layout ms: min %.3f  median %.3f\n", layout_only[0], layout_only[n_frames / 2]);
}

/* A PDF poster @n_pages pages wide, each page @page_width × @page_height
 * with a header and the page's number. */
static gboolean
write_poster (const AlignmentFigureTitle  *title,
              Figure                      *figure,
              const char                  *path,
              double                       page_width,
              double                       page_height,
              guint                        n_pages,
              GError                     **error)
{
  g_autofree char *tmp = g_strconcat (path, ".part", NULL);
  g_autoptr(AlignmentTimelineLayout) layout = NULL;
  AlignmentTimelineStyle style;
  double f = figure->options.font_size;
  double header = alignment_timeline_title_height (f);
  double margin = 0.8 * f;
  double overlap = 2 * f;
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;

  figure->options.legend_width = page_width;
  figure->options.height = page_height - header - margin;
  figure->options.width = alignment_timeline_poster_width (figure->data, &figure->options,
                                                           page_width, n_pages, overlap);
  layout = alignment_timeline_layout_new (figure->data, &figure->options);
  alignment_timeline_style_init (&style);

  surface = cairo_pdf_surface_create (tmp, page_width, page_height);
  cr = cairo_create (surface);
  for (guint page = 0; page < n_pages; page++)
    {
      /* TRANSLATORS: the page's place in a poster of pages side by side */
      g_autofree char *number = g_strdup_printf (_("Page %u of %u"), page + 1, n_pages);

      if (title != NULL)
        alignment_figure_title_paint (cr, title, alignment_palette_get (ALIGNMENT_PALETTE_PRINT, ALIGNMENT_SCALE_RED_GREEN),
                                      margin, margin, page_width - 2 * margin - 10 * f, f);
      alignment_timeline_paint_band (cr, &style, margin, margin, page_width - 2 * margin, f, NULL, NULL, number);
      cairo_save (cr);
      cairo_translate (cr, 0, header);
      alignment_timeline_paint_poster_page (cr, layout, &style, page, n_pages, page_width, overlap);
      cairo_restore (cr);
      cairo_show_page (cr);
    }
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (status != CAIRO_STATUS_SUCCESS || g_rename (tmp, path) != 0)
    {
      g_set_error (error, ALIGNMENT_RENDER_ERROR, ALIGNMENT_RENDER_ERROR_WRITE,
                   _("Could not write “%s”: %s"), path,
                   status != CAIRO_STATUS_SUCCESS ? cairo_status_to_string (status) : g_strerror (errno));
      g_unlink (tmp);
      return FALSE;
    }

  return TRUE;
}

int
alignment_tool_render_timeline (int    argc,
                                char **argv)
{
  g_autofree char *output = NULL;
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  g_autofree char *lanes = NULL;
  g_autofree char *board = NULL;
  double width = 0, height = 0, dpi = 96;
  int repeat = 0, pages = 0;
  gboolean no_legend = FALSE, no_trust = FALSE, no_title = FALSE;
  gboolean levels = FALSE, no_levels = FALSE;
  g_autoptr(AlignmentFigureTitle) title = NULL;
  GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("Write the figure to FILE (.pdf, .svg or .png)"), N_("FILE") },
    { "from", 0, 0, G_OPTION_ARG_STRING, &from, N_("Start the time axis at DATE (default: the first signal)"), N_("DATE") },
    { "to", 0, 0, G_OPTION_ARG_STRING, &to, N_("End the time axis at DATE, included (default: the last signal)"), N_("DATE") },
    { "width", 0, 0, G_OPTION_ARG_DOUBLE, &width, N_("Width in points (default 1280)"), N_("W") },
    { "height", 0, 0, G_OPTION_ARG_DOUBLE, &height, N_("Height in points (default: what the lanes need)"), N_("H") },
    { "dpi", 0, 0, G_OPTION_ARG_DOUBLE, &dpi, N_("Resolution of a PNG (default 96)"), N_("DPI") },
    { "layout", 0, 0, G_OPTION_ARG_STRING, &lanes, N_("A lane per party or per thread (default party)"), N_("party|thread") },
    { "board", 0, 0, G_OPTION_ARG_STRING, &board, N_("Only the signals raised or aligned in the governance board NAME"), N_("NAME") },
    { "levels", 0, 0, G_OPTION_ARG_NONE, &levels, N_("Show each signal’s escalation level beside its marker (the default)"), NULL },
    { "no-levels", 0, 0, G_OPTION_ARG_NONE, &no_levels, N_("Leave out the escalation levels"), NULL },
    { "no-legend", 0, 0, G_OPTION_ARG_NONE, &no_legend, N_("Leave out the legend"), NULL },
    { "no-trust", 0, 0, G_OPTION_ARG_NONE, &no_trust, N_("Leave out the net trust strip"), NULL },
    { "no-title", 0, 0, G_OPTION_ARG_NONE, &no_title, N_("Leave out the title block: the case, its parties and period, the date made"), NULL },
    { "pages", 0, 0, G_OPTION_ARG_INT, &pages, N_("A PDF poster N pages wide; --width and --height are a page's (default A4 landscape)"), N_("N") },
    { "repeat", 0, 0, G_OPTION_ARG_INT, &repeat, N_("Draw N times on a 1920×1080 image and print the time it took"), N_("N") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(AlignmentCase) self = NULL;
  g_autoptr(GError) error = NULL;
  Figure figure = { 0 };
  guint32 first = 0, last = 0;
  int status = EXIT_OK;

  context = alignment_tool_command_context_new ("render timeline", _("CASE"),
                                                _("Draws the swimlane timeline of a case: a lane per party (or thread),\n"
                                                  "a marker per signal, the threads linked in date order."),
                                                entries);
  if (!alignment_tool_command_parse (context, "render timeline", &argc, &argv))
    return EXIT_USAGE;

  if (argc != 2)
    return alignment_tool_usage_error ("render timeline ", _("Give one case file"));
  if (output == NULL && repeat <= 0)
    return alignment_tool_usage_error ("render timeline ", _("Give the output file with -o FILE"));
  if (output != NULL)
    {
      AlignmentRenderFormat format;

      if (!alignment_render_format_from_path (output, &format, &error))
        return alignment_tool_usage_error ("render timeline ", error->message);
    }
  if (lanes != NULL && !g_str_equal (lanes, "party") && !g_str_equal (lanes, "thread"))
    return alignment_tool_usage_error ("render timeline ", _("--layout is party or thread"));
  if (pages > 0 && (output == NULL || !g_str_has_suffix (output, ".pdf")))
    return alignment_tool_usage_error ("render timeline ", _("--pages makes a PDF: give -o FILE.pdf"));
  if (width < 0 || height < 0 || !(dpi > 0) || repeat < 0 || pages < 0 || pages > 100)
    return alignment_tool_usage_error ("render timeline ", _("Sizes, --dpi and --repeat must be positive"));
  if (!alignment_tool_parse_day ("render timeline ", from, "--from", &first)
      || !alignment_tool_parse_day ("render timeline ", to, "--to", &last))
    return EXIT_USAGE;
  if (first != 0 && last != 0 && last < first)
    return alignment_tool_usage_error ("render timeline ", _("--to is before --from"));
  if (levels && no_levels)
    return alignment_tool_usage_error ("render timeline ", _("Give --levels or --no-levels, not both"));

  self = alignment_tool_load_case (argv[1]);
  if (self == NULL)
    return EXIT_INVALID;

  if (board != NULL
      && alignment_governance_lookup_board (G_LIST_MODEL (alignment_case_get_boards (self)), board) == NULL)
    {
      g_autofree char *message = g_strdup_printf (_("The case has no board “%s”"), board);

      return alignment_tool_usage_error ("render timeline ", message);
    }

  figure.data = alignment_timeline_data_new_for_case (self);
  alignment_timeline_options_init (&figure.options, figure.data);
  figure.options.lanes = lanes != NULL && g_str_equal (lanes, "thread")
                         ? ALIGNMENT_TIMELINE_LANES_THREAD : ALIGNMENT_TIMELINE_LANES_PARTY;
  figure.options.legend = !no_legend;
  figure.options.trust_strip = !no_trust;
  figure.options.levels = !no_levels;
  figure.options.board = board;
  if (first != 0)
    figure.options.first_day = first;
  if (last != 0)
    figure.options.last_day = last + 1;
  if (figure.options.last_day <= figure.options.first_day)
    figure.options.last_day = figure.options.first_day + 1;
  figure.options.font_size = 10;
  if (!no_title)
    title = alignment_figure_title_new (self, 0);

  if (repeat > 0)
    {
      AlignmentTimelineOptions saved = figure.options;

      figure.options.font_size = 11;
      benchmark (&figure, (guint) repeat);
      figure.options = saved;
    }

  if (output != NULL && pages > 0)
    {
      if (!write_poster (title, &figure, output, width > 0 ? width : 842, height > 0 ? height : 595,
                         (guint) pages, &error))
        {
          g_printerr ("%s: %s: %s\n", output, _("error"), error->message);
          status = EXIT_INVALID;
        }
    }
  else if (output != NULL)
    {
      figure.options.width = width > 0 ? width : 1280;
      if (height <= 0)
        {
          AlignmentRenderFormat format = ALIGNMENT_RENDER_FORMAT_PDF;
          double scale;

          height = MAX (360, alignment_timeline_natural_height (figure.data, &figure.options));
          if (title != NULL)
            height += alignment_timeline_title_height (figure.options.font_size);
          /* A whole number of pixels, so that a PNG has no half-drawn
           * last row. */
          alignment_render_format_from_path (output, &format, NULL);
          scale = format == ALIGNMENT_RENDER_FORMAT_PNG ? dpi / 72.0 : 1.0;
          height = floor (height * scale) / scale;
        }
      figure.options.height = height;
      if (!alignment_timeline_write_file (figure.data, &figure.options, title, output, dpi, &error))
        {
          g_printerr ("%s: %s: %s\n", output, _("error"), error->message);
          status = EXIT_INVALID;
        }
    }

  alignment_timeline_data_free (figure.data);
  return status;
}
