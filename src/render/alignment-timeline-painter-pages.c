/* alignment-timeline-painter-pages.c: the timeline on a page
 *
 * The whole figure, a poster's pages, the header and footer bands of a
 * printed page, and the files that export writes.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "alignment-i18n.h"

#include "alignment-render-file.h"
#include "alignment-timeline-data-private.h"
#include "alignment-timeline-painter-private.h"

void
alignment_timeline_paint (cairo_t                       *cr,
                          const AlignmentTimelineLayout *layout,
                          const AlignmentTimelineStyle  *style)
{
  /* The whole surface: a PNG whose size is not a whole number of
   * pixels has no half-transparent edge. */
  if (style == NULL || style->background)
    {
      _alignment_timeline_set_source (cr, &_alignment_timeline_palette_of (style)->background, 1.0);
      cairo_paint (cr);
    }

  alignment_timeline_paint_plot (cr, layout, style);
  alignment_timeline_paint_lane_labels (cr, layout, style);
  alignment_timeline_paint_legend (cr, layout, style);
}

/* ---- Posters and pages ------------------------------------------------- */

void
alignment_timeline_paint_poster_page (cairo_t                       *cr,
                                      const AlignmentTimelineLayout *layout,
                                      const AlignmentTimelineStyle  *style,
                                      guint                          page,
                                      guint                          n_pages,
                                      double                         page_width,
                                      double                         overlap)
{
  const AlignmentPalette *palette = _alignment_timeline_palette_of (style);
  const AlignmentTimelineRect *plot = &layout->plot;
  double slice = alignment_timeline_poster_slice (layout, page_width);
  double f = layout->font_size;
  double top = plot->y - 0.7 * f;
  double bottom = layout->axis.y + layout->axis.height;

  if (style == NULL || style->background)
    {
      _alignment_timeline_set_source (cr, &palette->background, 1.0);
      cairo_rectangle (cr, 0, 0, page_width, layout->options.height);
      cairo_fill (cr);
    }

  cairo_save (cr);
  cairo_rectangle (cr, plot->x, 0, slice, layout->options.height);
  cairo_clip (cr);
  cairo_translate (cr, -(page * (slice - overlap)), 0);
  alignment_timeline_paint_plot (cr, layout, style);
  cairo_restore (cr);

  /* Thin marks where the neighbouring pages' slices begin and end: cut
   * or fold there and the pages join. */
  _alignment_timeline_set_source (cr, &palette->foreground, 1.0);
  cairo_set_line_width (cr, 0.5);
  if (page > 0 && overlap > 0)
    {
      cairo_move_to (cr, plot->x + overlap, top);
      cairo_line_to (cr, plot->x + overlap, plot->y);
      cairo_move_to (cr, plot->x + overlap, bottom);
      cairo_line_to (cr, plot->x + overlap, bottom + 0.7 * f);
    }
  if (page + 1 < n_pages && overlap > 0)
    {
      cairo_move_to (cr, plot->x + slice - overlap, top);
      cairo_line_to (cr, plot->x + slice - overlap, plot->y);
      cairo_move_to (cr, plot->x + slice - overlap, bottom);
      cairo_line_to (cr, plot->x + slice - overlap, bottom + 0.7 * f);
    }
  cairo_stroke (cr);

  alignment_timeline_paint_lane_labels (cr, layout, style);
  alignment_timeline_paint_legend (cr, layout, style);
}

void
alignment_timeline_paint_band (cairo_t                      *cr,
                               const AlignmentTimelineStyle *style,
                               double                        x,
                               double                        y,
                               double                        width,
                               double                        font_size,
                               const char                   *title,
                               const char                   *detail,
                               const char                   *right)
{
  const AlignmentPalette *palette = _alignment_timeline_palette_of (style);
  double f = font_size;
  double line = 0;

  if (title != NULL && *title != '\0')
    line = _alignment_timeline_show_line (cr, &palette->foreground, title, 1.2 * f, TRUE, x, y, width * 0.7);
  if (detail != NULL && *detail != '\0')
    _alignment_timeline_show_line (cr, &palette->muted, detail, 0.9 * f, FALSE, x, y + line, width * 0.75);
  if (right != NULL && *right != '\0')
    {
      g_autoptr(PangoLayout) text = _alignment_timeline_text_layout (cr, 0.9 * f, FALSE);
      double w = _alignment_timeline_text_width (text, right);

      _alignment_timeline_set_source (cr, &palette->muted, 1.0);
      _alignment_timeline_show_text (cr, text, right, x + width - w, y);
    }
}

/* ---- Files ---------------------------------------------------------------- */

typedef struct
{
  AlignmentTimelineData      *data;
  AlignmentTimelineOptions    options;
  const AlignmentFigureTitle *title;
} FileFigure;

/* The figure's own margin, around the title block as around the lanes. */
double
alignment_timeline_title_height (double font_size)
{
  return 0.8 * font_size + alignment_figure_title_get_height (font_size);
}

static void
draw_file_figure (cairo_t  *cr,
                  double    width,
                  double    height,
                  gpointer  user_data)
{
  FileFigure *figure = user_data;
  g_autoptr(AlignmentTimelineLayout) layout = NULL;
  AlignmentTimelineStyle style;
  double f = figure->options.font_size > 0 ? figure->options.font_size : 11;
  double top = 0;

  /* Files are for paper and slides: always the light print palette. */
  alignment_timeline_style_init (&style);
  if (figure->title != NULL)
    {
      const AlignmentPalette *palette = _alignment_timeline_palette_of (&style);

      _alignment_timeline_set_source (cr, &palette->background, 1.0);
      cairo_paint (cr);
      top = alignment_timeline_title_height (f);
      alignment_figure_title_paint (cr, figure->title, palette, 0.8 * f, 0.8 * f, width - 1.6 * f, f);
      cairo_translate (cr, 0, top);
      /* The whole surface is white already; painted again, it would
       * cover the title. */
      style.background = FALSE;
    }

  figure->options.width = width;
  figure->options.height = MAX (height - top, 1.0);
  layout = alignment_timeline_layout_new (figure->data, &figure->options);
  alignment_timeline_paint (cr, layout, &style);
}

/* What the lanes are, in words: "Lanes by thread: 1 · Training; 2 · …". */
static char *
describe_lanes (AlignmentTimelineData          *data,
                const AlignmentTimelineOptions *options)
{
  g_autoptr(GString) text = g_string_new (NULL);

  if (options->lanes == ALIGNMENT_TIMELINE_LANES_THREAD)
    {
      g_string_append (text, _("Lanes by thread: "));
      for (guint t = 0; t < data->threads->len; t++)
        {
          g_autofree char *label = alignment_timeline_thread_label (&g_array_index (data->threads, AlignmentTimelineThread, t));

          g_string_append_printf (text, t > 0 ? "; %s" : "%s", label);
        }
    }
  else
    {
      g_string_append (text, _("Lanes by party: "));
      for (guint p = 0; p < data->n_party_lanes; p++)
        g_string_append_printf (text, p > 0 ? "; %s" : "%s", data->party_names[p]);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

gboolean
alignment_timeline_write_file (AlignmentTimelineData           *data,
                               const AlignmentTimelineOptions  *options,
                               const AlignmentFigureTitle      *title,
                               const char                      *path,
                               double                           dpi,
                               GError                         **error)
{
  FileFigure figure = { data, *options, title };
  g_autofree char *description = NULL;

  g_return_val_if_fail (data != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  description = describe_lanes (data, options);
  return alignment_render_to_file_described (path, options->width, options->height, dpi,
                                             title != NULL ? title->title : _("Swimlane timeline"),
                                             description, draw_file_figure, &figure, error);
}
