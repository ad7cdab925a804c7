/* alignment-heatmap-painter.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "alignment-i18n.h"
#include <pango/pangocairo.h>

#include "alignment-heatmap-painter.h"
#include "alignment-render-file.h"

/* Cells are inset by this much, so that the background draws the lines
 * between them. */
#define CELL_INSET 0.75
#define LEGEND_STEPS 48

static void
paint_label (cairo_t                     *cr,
             PangoContext                *context,
             const AlignmentHeatmapLabel *label,
             const AlignmentRgba         *color)
{
  g_autoptr(PangoLayout) text = NULL;

  if (label->text == NULL)
    return;

  text = alignment_render_text_layout (context, label->text, label->size, label->bold);
  alignment_rgba_set_source (cr, color);
  cairo_move_to (cr, label->rect.x, label->rect.y);
  pango_cairo_show_layout (cr, text);
}

static void
fill_rect (cairo_t             *cr,
           double               x,
           double               y,
           double               width,
           double               height,
           const AlignmentRgba *color)
{
  alignment_rgba_set_source (cr, color);
  cairo_rectangle (cr, x, y, width, height);
  cairo_fill (cr);
}

static void
paint_cell (cairo_t                    *cr,
            PangoContext               *context,
            const AlignmentHeatmapLayout *layout,
            const AlignmentHeatmapCell *cell,
            const AlignmentPalette     *palette)
{
  double x = cell->rect.x + CELL_INSET, y = cell->rect.y + CELL_INSET;
  double w = MAX (cell->rect.width - 2 * CELL_INSET, 0.5), h = cell->rect.height - 2 * CELL_INSET;
  AlignmentRgba fill, fill_lost, text;

  if (cell->empty)
    {
      /* No signal in the bucket: an outline, not a neutral "no change". */
      alignment_rgba_set_source (cr, &palette->grid);
      cairo_set_line_width (cr, 0.5);
      cairo_rectangle (cr, x + 0.25, y + 0.25, w - 0.5, h - 0.5);
      cairo_stroke (cr);
      return;
    }

  alignment_palette_diverge (palette, cell->tone, &fill);
  if (layout->mode == ALIGNMENT_HEATMAP_SPLIT)
    {
      alignment_palette_diverge (palette, cell->tone_lost, &fill_lost);
      fill_rect (cr, x, y, w, h / 2, &fill);
      fill_rect (cr, x, y + h / 2, w, h / 2, &fill_lost);
    }
  else
    {
      fill_rect (cr, x, y, w, h, &fill);
    }

  /* Neutral cells sit close to the background: a hairline keeps them
   * cells. */
  alignment_rgba_set_source (cr, &palette->grid);
  cairo_set_line_width (cr, 0.5);
  cairo_rectangle (cr, x + 0.25, y + 0.25, w - 0.5, h - 0.5);
  cairo_stroke (cr);

  alignment_rgba_text_on (&fill, &text);
  paint_label (cr, context, &cell->label, &text);
  if (layout->mode == ALIGNMENT_HEATMAP_SPLIT)
    {
      alignment_rgba_text_on (&fill_lost, &text);
      paint_label (cr, context, &cell->label_lost, &text);
    }
}

/* A total is not a bucket: no colour from the scale (a sum would
 * outrun it), but the plain background, a firm outline and bold
 * figures, apart from the grid. */
static void
paint_total (cairo_t                    *cr,
             PangoContext               *context,
             const AlignmentHeatmapCell *cell,
             const AlignmentPalette     *palette)
{
  double x = cell->rect.x + CELL_INSET, y = cell->rect.y + CELL_INSET;
  double w = MAX (cell->rect.width - 2 * CELL_INSET, 0.5), h = cell->rect.height - 2 * CELL_INSET;

  alignment_rgba_set_source (cr, &palette->muted);
  cairo_set_line_width (cr, 1.0);
  cairo_rectangle (cr, x + 0.5, y + 0.5, w - 1.0, h - 1.0);
  cairo_stroke (cr);
  paint_label (cr, context, &cell->label, &palette->foreground);
  paint_label (cr, context, &cell->label_lost, &palette->foreground);
}

static void
paint_legend (cairo_t                      *cr,
              PangoContext                 *context,
              const AlignmentHeatmapLayout *layout,
              const AlignmentPalette       *palette)
{
  const AlignmentRect *bar = &layout->legend_bar;
  double step = bar->width / LEGEND_STEPS;

  if (bar->width <= 0)
    return;

  /* Steps of the palette's own mix rather than a cairo gradient, which
   * would blend in sRGB and muddy the middle differently from the cells. */
  for (guint i = 0; i < LEGEND_STEPS; i++)
    {
      AlignmentRgba color;

      alignment_palette_diverge (palette, -1.0 + 2.0 * (i + 0.5) / LEGEND_STEPS, &color);
      /* A hair of overlap: no seams between the steps. */
      fill_rect (cr, bar->x + i * step, bar->y, step + 0.2, bar->height, &color);
    }
  alignment_rgba_set_source (cr, &palette->grid);
  cairo_set_line_width (cr, 0.5);
  cairo_rectangle (cr, bar->x, bar->y, MIN (bar->width, LEGEND_STEPS * step), bar->height);
  cairo_stroke (cr);

  for (guint i = 0; i < G_N_ELEMENTS (layout->legend_ticks); i++)
    paint_label (cr, context, &layout->legend_ticks[i], &palette->muted);
  paint_label (cr, context, &layout->legend_low, &palette->foreground);
  paint_label (cr, context, &layout->legend_high, &palette->foreground);
}

void
alignment_heatmap_paint (cairo_t                      *cr,
                         const AlignmentHeatmapLayout *layout,
                         const AlignmentPalette       *palette,
                         int                           focus_row,
                         int                           focus_column)
{
  PangoContext *context;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (layout != NULL);
  g_return_if_fail (palette != NULL);

  cairo_save (cr);
  context = pango_cairo_create_context (cr);

  fill_rect (cr, 0, 0, layout->width, layout->height, &palette->background);

  paint_label (cr, context, &layout->title, &palette->foreground);
  paint_label (cr, context, &layout->subtitle, &palette->muted);
  paint_label (cr, context, &layout->axis_label, &palette->muted);

  for (guint col = 0; col < layout->n_columns; col++)
    paint_label (cr, context, &layout->column_labels[col], &palette->muted);
  for (guint row = 0; row < layout->n_rows; row++)
    paint_label (cr, context, &layout->row_labels[row], &palette->foreground);

  for (guint i = 0; i < layout->n_rows * layout->n_columns; i++)
    paint_cell (cr, context, layout, &layout->cells[i], palette);
  if (layout->totals != NULL)
    {
      paint_label (cr, context, &layout->total_label, &palette->foreground);
      for (guint row = 0; row < layout->n_rows; row++)
        paint_total (cr, context, &layout->totals[row], palette);
    }

  if (focus_row >= 0 && focus_column >= 0
      && (guint) focus_row < layout->n_rows && (guint) focus_column < layout->n_columns)
    {
      const AlignmentHeatmapCell *cell = alignment_heatmap_layout_get_cell (layout, focus_row, focus_column);

      alignment_rgba_set_source (cr, &palette->accent);
      cairo_set_line_width (cr, 2.0);
      cairo_rectangle (cr, cell->rect.x + 1, cell->rect.y + 1,
                       MAX (cell->rect.width - 2, 1), cell->rect.height - 2);
      cairo_stroke (cr);
    }

  paint_label (cr, context, &layout->empty, &palette->muted);
  paint_legend (cr, context, layout, palette);

  g_object_unref (context);
  cairo_restore (cr);
}

void
alignment_heatmap_paint_footer (cairo_t                *cr,
                                const AlignmentPalette *palette,
                                double                  y,
                                double                  width,
                                double                  font_size,
                                const char             *left,
                                const char             *right)
{
  PangoContext *context;
  double right_w = 0;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (palette != NULL);

  cairo_save (cr);
  context = pango_cairo_create_context (cr);

  alignment_rgba_set_source (cr, &palette->grid);
  cairo_set_line_width (cr, 0.5);
  cairo_move_to (cr, 0, y + 0.25);
  cairo_line_to (cr, width, y + 0.25);
  cairo_stroke (cr);

  alignment_rgba_set_source (cr, &palette->muted);
  if (right != NULL && *right != '\0')
    {
      g_autoptr(PangoLayout) text = alignment_render_text_layout (context, right, font_size, FALSE);
      PangoRectangle logical;

      pango_layout_get_extents (text, NULL, &logical);
      right_w = (double) logical.width / PANGO_SCALE;
      cairo_move_to (cr, width - right_w, y + font_size * 0.8);
      pango_cairo_show_layout (cr, text);
    }
  if (left != NULL && *left != '\0')
    {
      g_autoptr(PangoLayout) text = alignment_render_text_layout (context, left, font_size, FALSE);

      /* A long title gives way to the page number, never over it. */
      pango_layout_set_width (text, (int) (MAX (width - right_w - 2 * font_size, font_size) * PANGO_SCALE));
      pango_layout_set_ellipsize (text, PANGO_ELLIPSIZE_END);
      cairo_move_to (cr, 0, y + font_size * 0.8);
      pango_cairo_show_layout (cr, text);
    }

  g_object_unref (context);
  cairo_restore (cr);
}

/* ---- Export ------------------------------------------------------------------ */

static void
measure_nothing (const char *text,
                 double      size,
                 gboolean    bold,
                 double     *width,
                 double     *height,
                 gpointer    user_data)
{
  *width = size * g_utf8_strlen (text, -1) * 0.6;
  *height = size * 1.2;
}

/* White space around an exported figure, in points. */
#define EXPORT_MARGIN 18.0

/* A title block narrower than this would cut the title short. */
#define TITLE_MIN_WIDTH 420.0
/* The title block's text, as the figure's. */
#define TITLE_FONT_SIZE 10.0

typedef struct
{
  const AlignmentHeatmapLayout *layout;
  const AlignmentPalette       *palette;
  const AlignmentFigureTitle   *title;
} Figure;

static void
draw_figure (cairo_t  *cr,
             double    width,
             double    height,
             gpointer  user_data)
{
  Figure *figure = user_data;

  alignment_rgba_set_source (cr, &figure->palette->background);
  cairo_paint (cr);
  cairo_translate (cr, EXPORT_MARGIN, EXPORT_MARGIN);
  if (figure->title != NULL)
    {
      alignment_figure_title_paint (cr, figure->title, figure->palette, 0, 0, width - 2 * EXPORT_MARGIN,
                                    TITLE_FONT_SIZE);
      cairo_translate (cr, 0, alignment_figure_title_get_height (TITLE_FONT_SIZE));
    }
  alignment_heatmap_paint (cr, figure->layout, figure->palette, -1, -1);
}

/* The figure's numbers: the core's CSV, whose columns scripts read, and
 * after its rows one more, "total", with the figure's total column. */
static gboolean
write_csv (AlignmentSignal * const *signals,
           guint                    n_signals,
           AlignmentBucketKind      kind,
           AlignmentHeatmapMode     mode,
           AlignmentPerceptionView  view,
           const char              *path,
           GError                 **error)
{
  g_autoptr(AlignmentHeatmapLayout) layout = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  GString *csv;
  gsize length;
  g_autofree char *text = NULL;
  g_autofree char *numbers = NULL;
  AlignmentHeatmapLayoutOptions options = { 0 };

  /* Only the numbers are wanted: any measurer will do, and this one
   * needs no fonts. */
  options.measure = measure_nothing;
  options.view = view;
  layout = alignment_heatmap_layout_new (signals, n_signals, kind, mode, &options);
  numbers = alignment_heatmap_to_csv (layout->heatmap, mode);
  csv = g_string_new (numbers);
  if (layout->totals != NULL)
    {
      /* The totals follow the header's columns: gap per realm, or per
       * party and realm, split into gains and losses in split mode. */
      g_string_append (csv, "total");
      for (guint row = 0; row < layout->n_rows; row++)
        {
          const AlignmentHeatmapCell *total = &layout->totals[row];

          if (mode == ALIGNMENT_HEATMAP_SPLIT)
            g_string_append_printf (csv, ",%d,%d", total->gained, total->lost);
          else
            g_string_append_printf (csv, ",%d", total->value);
        }
      g_string_append_c (csv, '\n');
    }
  length = csv->len;
  text = g_string_free (csv, FALSE);
  /* A replace writes a temporary file and renames it: whole or not at all. */
  return g_file_replace_contents (file, text, length, NULL, FALSE, G_FILE_CREATE_NONE,
                                  NULL, NULL, error);
}

gboolean
alignment_heatmap_export (AlignmentCase        *case_,
                          AlignmentBucketKind   kind,
                          AlignmentHeatmapMode  mode,
                          AlignmentScale        scale,
                          gboolean              header,
                          double                width,
                          double                dpi,
                          const char           *path,
                          GError              **error)
{
  return alignment_heatmap_export_view (case_, kind, mode, ALIGNMENT_PERCEPTION_VIEW_OWN, scale, header,
                                        width, dpi, path, error);
}

gboolean
alignment_heatmap_export_view (AlignmentCase           *case_,
                               AlignmentBucketKind      kind,
                               AlignmentHeatmapMode     mode,
                               AlignmentPerceptionView  view,
                               AlignmentScale           scale,
                               gboolean                 header,
                               double                   width,
                               double                   dpi,
                               const char              *path,
                               GError                 **error)
{
  AlignmentHeatmapLayoutOptions options = { 0 };
  g_autoptr(AlignmentHeatmapLayout) layout = NULL;
  g_autoptr(AlignmentFigureTitle) title = NULL;
  AlignmentSignal **signals;
  double figure_width, figure_height;
  Figure figure;
  const char *dot;
  guint n;

  g_return_val_if_fail (ALIGNMENT_IS_CASE (case_), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  signals = alignment_signal_list_peek (alignment_case_get_signals (case_), &n);

  dot = strrchr (path, '.');
  if (dot != NULL && g_ascii_strcasecmp (dot, ".csv") == 0)
    return write_csv ((AlignmentSignal * const *) signals, n, kind, mode, view, path, error);

  /* What the cells show is said with or without the title block. */
  options.title = "";
  options.view = view;
  options.width = width > 2 * EXPORT_MARGIN ? width - 2 * EXPORT_MARGIN : 0;
  layout = alignment_heatmap_layout_new ((AlignmentSignal * const *) signals, n, kind, mode, &options);

  figure_width = layout->width + 2 * EXPORT_MARGIN;
  figure_height = layout->height + 2 * EXPORT_MARGIN;
  if (header)
    {
      title = alignment_figure_title_new (case_, 0);
      figure_height += alignment_figure_title_get_height (TITLE_FONT_SIZE);
      if (width <= 0)
        figure_width = MAX (figure_width, TITLE_MIN_WIDTH);
    }

  /* Exports are paper: always the print palette, on white. */
  figure.layout = layout;
  figure.palette = alignment_palette_get (ALIGNMENT_PALETTE_PRINT, scale);
  figure.title = title;
  return alignment_render_to_file (path, figure_width, figure_height, dpi, draw_figure, &figure, error);
}
