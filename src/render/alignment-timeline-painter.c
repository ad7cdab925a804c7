/* alignment-timeline-painter.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "alignment-i18n.h"
#include <pango/pangocairo.h>

#include "alignment-pixels.h"
#include "alignment-timeline-painter-private.h"

#define DIMMED 0.2
/* Beside an emphasised thread, the other threads' links fade to this
 * share, and the emphasised one is drawn this much thicker. */
#define FADED_THREAD    0.35
#define EMPHASIS_WEIGHT 1.8
/* Beyond this many links in view, the threads' numbers would hide the
 * figure: their colours are left to tell them apart. */
#define MAX_LINK_LABELS 600

void
alignment_timeline_style_init (AlignmentTimelineStyle *style)
{
  style->palette = alignment_palette_get (ALIGNMENT_PALETTE_PRINT, ALIGNMENT_SCALE_RED_GREEN);
  style->selected = -1;
  style->focused = -1;
  style->hovered = -1;
  style->highlight = NULL;
  style->n_highlight = 0;
  style->background = TRUE;
  style->emphasis_thread = 0;
}

const AlignmentPalette *
_alignment_timeline_palette_of (const AlignmentTimelineStyle *style)
{
  return style != NULL && style->palette != NULL
         ? style->palette
         : alignment_palette_get (ALIGNMENT_PALETTE_PRINT, ALIGNMENT_SCALE_RED_GREEN);
}

void
_alignment_timeline_set_source (cairo_t             *cr,
                                const AlignmentRgba *color,
                                double               alpha)
{
  cairo_set_source_rgba (cr, color->red, color->green, color->blue, color->alpha * alpha);
}

/* Unhinted metrics, as the layout measured them. */
PangoLayout *
_alignment_timeline_text_layout (cairo_t *cr,
                                 double   size,
                                 gboolean bold)
{
  PangoLayout *layout = pango_cairo_create_layout (cr);
  PangoFontDescription *font = pango_font_description_from_string ("Sans");
  cairo_font_options_t *options = cairo_font_options_create ();

  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (pango_layout_get_context (layout), options);
  pango_layout_context_changed (layout);
  cairo_font_options_destroy (options);

  pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
  if (bold)
    pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);

  return layout;
}

static void
set_weight (PangoLayout *layout,
            PangoWeight  weight)
{
  PangoFontDescription *font = pango_font_description_copy (pango_layout_get_font_description (layout));

  pango_font_description_set_weight (font, weight);
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);
}

/* The scale and font options a shaped string depends on. */
guint64
_alignment_timeline_surface_stamp (cairo_t *cr)
{
  cairo_font_options_t *options = cairo_font_options_create ();
  cairo_matrix_t matrix;
  guint64 stamp;

  cairo_surface_get_font_options (cairo_get_target (cr), options);
  cairo_get_matrix (cr, &matrix);
  stamp = cairo_font_options_hash (options);
  stamp = stamp * 31 + (guint64) (matrix.xx * 4096);
  stamp = stamp * 31 + (guint64) (matrix.yy * 4096);
  stamp = stamp * 31 + (guint64) (matrix.xy * 4096);
  stamp = stamp * 31 + (guint64) (matrix.yx * 4096);
  cairo_font_options_destroy (options);
  return stamp + 1;
}

/* Draws @shaped with its logical box's top left at @x, @y, glyph for
 * glyph where pango_cairo_show_layout() would. */
void
_alignment_timeline_show_shaped (cairo_t                       *cr,
                                 const AlignmentTimelineShaped *shaped,
                                 double                         x,
                                 double                         y)
{
  cairo_glyph_t stack[32];
  cairo_glyph_t *glyphs = shaped->n_glyphs <= G_N_ELEMENTS (stack) ? stack : g_new (cairo_glyph_t, shaped->n_glyphs);
  double base_y;

  /* Pango starts from cairo's current point, which is kept in fixed
   * point: start from the same rounded place. */
  cairo_move_to (cr, x, y);
  cairo_get_current_point (cr, &x, &y);
  cairo_new_path (cr);
  base_y = y + shaped->baseline;
  for (guint g = 0; g < shaped->n_glyphs; g++)
    {
      glyphs[g].index = shaped->glyphs[g].index;
      glyphs[g].x = (x + shaped->glyphs[g].run_x) + shaped->glyphs[g].x;
      glyphs[g].y = shaped->glyphs[g].y == 0 ? base_y : base_y + shaped->glyphs[g].y;
    }
  cairo_set_scaled_font (cr, shaped->font);
  cairo_show_glyphs (cr, glyphs, (int) shaped->n_glyphs);
  if (glyphs != stack)
    g_free (glyphs);
}

/* Tick labels, trust figures and legend entries come back every frame.
 * Kept per thread: figures are exported in a worker while the window
 * paints. */
static GPrivate frame_text_key = G_PRIVATE_INIT ((GDestroyNotify) alignment_timeline_text_free);

static AlignmentTimelineText *
frame_text (void)
{
  AlignmentTimelineText *text = g_private_get (&frame_text_key);

  if (text == NULL)
    {
      text = alignment_timeline_text_new ();
      g_private_set (&frame_text_key, text);
    }
  return text;
}

/* On pixels, a one-line label shaped once for all frames; NULL on
 * other surfaces. */
static const AlignmentTimelineShaped *
shaped_on_pixels (cairo_t     *cr,
                  PangoLayout *layout,
                  const char  *text)
{
  const PangoFontDescription *font;
  g_autofree char *key = NULL;

  if (cairo_surface_get_type (cairo_get_target (cr)) != CAIRO_SURFACE_TYPE_IMAGE
      || pango_layout_get_width (layout) != -1)
    return NULL;

  font = pango_layout_get_font_description (layout);
  key = g_strdup_printf ("%d %d", pango_font_description_get_size (font),
                         (int) pango_font_description_get_weight (font));
  return alignment_timeline_text_shape (frame_text (), layout, key, _alignment_timeline_surface_stamp (cr), text);
}

/* Draws @text with its logical box's top left at @x, @y. */
void
_alignment_timeline_show_text (cairo_t     *cr,
                               PangoLayout *layout,
                               const char  *text,
                               double       x,
                               double       y)
{
  const AlignmentTimelineShaped *shaped = shaped_on_pixels (cr, layout, text);

  /* Drawn from its glyphs. */
  if (shaped != NULL && shaped->font != NULL)
    {
      _alignment_timeline_show_shaped (cr, shaped, x, y);
      return;
    }

  pango_layout_set_text (layout, text, -1);
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
}

double
_alignment_timeline_text_width (PangoLayout *layout,
                                const char  *text)
{
  PangoRectangle logical;

  pango_layout_set_text (layout, text, -1);
  pango_layout_get_extents (layout, NULL, &logical);
  return (double) logical.width / PANGO_SCALE;
}

/* The same, measured once for all frames on pixels: tick labels, trust
 * figures and thread numbers come back every frame. */
static double
text_width_on (cairo_t     *cr,
               PangoLayout *layout,
               const char  *text)
{
  const AlignmentTimelineShaped *shaped = shaped_on_pixels (cr, layout, text);

  return shaped != NULL ? shaped->width : _alignment_timeline_text_width (layout, text);
}

/* Whether anything of @rect is left by the clip: a pan paints the
 * margins around the lanes through a clip with a hole for them, whose
 * extents alone would still cover the lanes, and the strip that comes
 * into view without the lane names and legend. */
static gboolean
clip_reaches (cairo_t                     *cr,
              const AlignmentTimelineRect *rect)
{
  cairo_rectangle_list_t *list = cairo_copy_clip_rectangle_list (cr);
  gboolean reaches = TRUE;

  if (list->status == CAIRO_STATUS_SUCCESS)
    {
      reaches = FALSE;
      for (int i = 0; i < list->num_rectangles && !reaches; i++)
        {
          const cairo_rectangle_t *r = &list->rectangles[i];

          reaches = r->x < rect->x + rect->width && rect->x < r->x + r->width
                    && r->y < rect->y + rect->height && rect->y < r->y + r->height;
        }
    }
  cairo_rectangle_list_destroy (list);
  return reaches;
}

/* ---- Markers ------------------------------------------------------------- */

void
_alignment_timeline_marker_path (cairo_t              *cr,
                                 AlignmentMarkerShape  shape,
                                 double                x,
                                 double                y,
                                 double                r)
{
  switch (shape)
    {
    case ALIGNMENT_MARKER_SQUARE:
      cairo_rectangle (cr, x - r * 0.86, y - r * 0.86, r * 1.72, r * 1.72);
      break;
    case ALIGNMENT_MARKER_TRIANGLE:
      /* Points up, like a warning sign; its centroid sits on the row. */
      cairo_move_to (cr, x, y - r * 1.2);
      cairo_line_to (cr, x + r * 1.1, y + r * 0.75);
      cairo_line_to (cr, x - r * 1.1, y + r * 0.75);
      cairo_close_path (cr);
      break;
    case ALIGNMENT_MARKER_DIAMOND:
      cairo_move_to (cr, x, y - r * 1.2);
      cairo_line_to (cr, x + r * 1.2, y);
      cairo_line_to (cr, x, y + r * 1.2);
      cairo_line_to (cr, x - r * 1.2, y);
      cairo_close_path (cr);
      break;
    case ALIGNMENT_MARKER_DOT:
      cairo_new_sub_path (cr);
      cairo_arc (cr, x, y, r * 0.7, 0, 2 * G_PI);
      break;
    case ALIGNMENT_MARKER_CIRCLE:
    default:
      cairo_new_sub_path (cr);
      cairo_arc (cr, x, y, r, 0, 2 * G_PI);
      break;
    }
}

static void
draw_marker (cairo_t              *cr,
             AlignmentMarkerShape  shape,
             double                x,
             double                y,
             double                r,
             const AlignmentRgba  *color,
             gboolean              hollow,
             const AlignmentRgba  *background,
             double                alpha)
{
  _alignment_timeline_marker_path (cr, shape, x, y, r);
  /* Hollow markers are filled with the background so that a link
   * behind them does not show through. */
  _alignment_timeline_set_source (cr, hollow ? background : color, alpha);
  cairo_fill_preserve (cr);
  if (hollow)
    {
      cairo_set_line_width (cr, MAX (r * 0.32, 1.0));
      _alignment_timeline_set_source (cr, color, alpha);
    }
  else
    {
      /* A thin halo keeps stacked and linked markers apart. */
      cairo_set_line_width (cr, MAX (r * 0.14, 0.5));
      _alignment_timeline_set_source (cr, background, alpha);
    }
  cairo_stroke (cr);
}

void
alignment_timeline_paint_marker (cairo_t              *cr,
                                 AlignmentMarkerShape  shape,
                                 double                x,
                                 double                y,
                                 double                radius,
                                 const AlignmentRgba  *color,
                                 gboolean              hollow,
                                 const AlignmentRgba  *background)
{
  draw_marker (cr, shape, x, y, radius, color, hollow, background, 1.0);
}

static gboolean
is_highlighted (const AlignmentTimelineStyle *style,
                guint                         position)
{
  guint lo = 0, hi;

  if (style == NULL || style->n_highlight == 0)
    return TRUE;

  /* Sorted: a lookup per marker and link stays cheap in a big case. */
  hi = style->n_highlight;
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (style->highlight[mid] == position)
        return TRUE;
      if (style->highlight[mid] < position)
        lo = mid + 1;
      else
        hi = mid;
    }
  return FALSE;
}

double
_alignment_timeline_alpha_for (const AlignmentTimelineStyle *style,
                               guint                         position)
{
  return is_highlighted (style, position) ? 1.0 : DIMMED;
}

/* A thread's lane is drawn in full while any of its signals is. */
static double
lane_alpha_for (const AlignmentTimelineStyle  *style,
                const AlignmentTimelineLayout *layout,
                const AlignmentTimelineLane   *lane)
{
  guint n;

  if (lane->party >= 0 || style == NULL || style->n_highlight == 0)
    return 1.0;

  n = alignment_timeline_data_get_n_dated (layout->data) + alignment_timeline_data_get_n_undated (layout->data);
  for (guint i = 0; i < style->n_highlight; i++)
    if (style->highlight[i] < n
        && alignment_timeline_data_get_thread (layout->data, style->highlight[i]) == lane->thread)
      return 1.0;
  return DIMMED;
}

/* A link is drawn in full only between two signals drawn in full, and
 * faded beside an emphasised thread. */
static double
link_alpha_for (const AlignmentTimelineStyle *style,
                const AlignmentTimelineLink  *link)
{
  double alpha = is_highlighted (style, link->from) && is_highlighted (style, link->to) ? 1.0 : DIMMED;

  if (style != NULL && style->emphasis_thread != 0 && link->thread != style->emphasis_thread)
    alpha *= FADED_THREAD;
  return alpha;
}

static gboolean
is_emphasised (const AlignmentTimelineStyle *style,
               const AlignmentTimelineLink  *link)
{
  return style != NULL && style->emphasis_thread != 0 && link->thread == style->emphasis_thread;
}

/* Whether the box @x0, @y0 to @x1, @y1 (any order), grown by @margin,
 * reaches into @clip (x0, y0, x1, y1): a pan paints a narrow strip, and
 * what lies wholly outside it need not be stroked at all. */
static gboolean
reaches_clip (const double *clip,
              double        x0,
              double        y0,
              double        x1,
              double        y1,
              double        margin)
{
  return MAX (x0, x1) + margin > clip[0] && MIN (x0, x1) - margin < clip[2]
         && MAX (y0, y1) + margin > clip[1] && MIN (y0, y1) - margin < clip[3];
}

/* How a link is drawn: dashes for an open thread, dots for an aligned
 * one, which differ in black and white too.  @sparse (>= 1) widens the
 * gaps between them: cairo's cost is per dot, and a crowded view has
 * metres of links.  @weight thickens an emphasised thread. */
typedef struct
{
  double width;
  double on;
  double off;
} LinkDashes;

static LinkDashes
link_dashes (gboolean open,
             double   f,
             double   sparse,
             double   weight)
{
  if (open)
    return (LinkDashes) { 0.13 * f * weight, 0.7 * f, 0.45 * f * sparse };
  return (LinkDashes) { 0.2 * f * weight, 0.2 * f, 0.25 * f * sparse };
}

/* Butt caps for both: round ones cost cairo a polygon per dot. */
static void
paint_link_style (cairo_t    *cr,
                  LinkDashes  dashes)
{
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_BUTT);
  cairo_set_line_width (cr, dashes.width);
  cairo_set_dash (cr, (double[]) { dashes.on, dashes.off }, 2, 0);
}

/* The thread's number in its colour, on its first link in view: the
 * colour tells threads apart at a glance, the number in grey print and
 * for readers who cannot tell the colours apart.  Thread lanes are
 * labelled already. */
static void
paint_link_labels (cairo_t                       *cr,
                   const AlignmentTimelineLayout *layout,
                   const AlignmentTimelineStyle  *style)
{
  const AlignmentPalette *palette = _alignment_timeline_palette_of (style);
  double f = layout->font_size;
  g_autoptr(GHashTable) seen = NULL;
  g_autoptr(PangoLayout) text = NULL;
  double clip[4];

  if (layout->options.lanes != ALIGNMENT_TIMELINE_LANES_PARTY
      || layout->links->len == 0 || layout->links->len > MAX_LINK_LABELS)
    return;

  seen = g_hash_table_new (NULL, NULL);
  text = _alignment_timeline_text_layout (cr, 0.75 * f, TRUE);
  cairo_clip_extents (cr, &clip[0], &clip[1], &clip[2], &clip[3]);
  cairo_set_line_width (cr, MAX (0.08 * f, 1.0));
  for (guint i = 0; i < layout->links->len; i++)
    {
      const AlignmentTimelineLink *l = &g_array_index (layout->links, AlignmentTimelineLink, i);
      const AlignmentRgba *color = alignment_palette_thread (palette, l->thread);
      double alpha = link_alpha_for (style, l);
      char number[16];
      double w, h, x, y;

      if (g_hash_table_contains (seen, GUINT_TO_POINTER (l->thread)))
        continue;
      g_hash_table_add (seen, GUINT_TO_POINTER (l->thread));
      /* A number is far narrower than ten of its letters' heights. */
      x = (l->x0 + l->x1) / 2;
      y = (l->y0 + l->y1) / 2;
      if (!reaches_clip (clip, x, y, x, y, 10 * f))
        continue;

      g_snprintf (number, sizeof number, "%u", l->thread);
      w = text_width_on (cr, text, number) + 0.5 * f;
      h = 0.75 * f * 1.3;
      x = (l->x0 + l->x1) / 2 - w / 2;
      y = (l->y0 + l->y1) / 2 - h / 2;
      _alignment_timeline_set_source (cr, &palette->background, alpha);
      cairo_rectangle (cr, x, y, w, h);
      cairo_fill_preserve (cr);
      _alignment_timeline_set_source (cr, color, alpha);
      cairo_stroke (cr);
      _alignment_timeline_show_text (cr, text, number, x + 0.25 * f, y + 0.1 * h);
    }
}

/* On pixels, an aligned thread's dotted link as its dots, small squares
 * on whole pixels: cairo strokes a dotted line as a polygon per dot, and
 * a few hundred links cost more than all the rest of the figure.  The
 * dots fall where paint_link_style()'s dash pattern puts them, to the
 * nearest whole pixel, and cover about the same area; those outside
 * @clip are left out.  Written into the pixels when they can be, else
 * filled at once. */
static void
fill_dots (cairo_t               *cr,
           const AlignmentPixels *pixels,
           guint32                color,
           const double           clip[4],
           double                 x0,
           double                 y0,
           double                 x1,
           double                 y1,
           LinkDashes             dots)
{
  double length = hypot (x1 - x0, y1 - y0);
  double on = dots.on, period = dots.on + dots.off;
  double side = sqrt (dots.on * dots.width);
  int pixel_side = (int) MAX (1.0, round (side * pixels->scale));
  int last[4] = { 0, 0, 0, 0 };
  double ux, uy;

  if (!(length > 0))
    return;
  ux = (x1 - x0) / length;
  uy = (y1 - y0) / length;
  for (double t = on / 2; t < length; t += period)
    {
      double cx = x0 + ux * t, cy = y0 + uy * t;
      int dot[4];

      if (cx + side < clip[0] || cy + side < clip[1] || cx - side > clip[2] || cy - side > clip[3])
        continue;
      dot[0] = (int) round (alignment_pixels_x (pixels, cx) - pixel_side / 2.0);
      dot[1] = (int) round (alignment_pixels_y (pixels, cy) - pixel_side / 2.0);
      dot[2] = dot[0] + pixel_side;
      dot[3] = dot[1] + pixel_side;
      if (pixels->data == NULL)
        {
          alignment_pixels_path_box (pixels, cr, dot[0], dot[1], dot[2], dot[3]);
          continue;
        }
      /* Packed close, a dot may overlap the one before, which one fill
       * would cover once. */
      alignment_pixels_box_except (pixels, dot, last, color);
      memcpy (last, dot, sizeof last);
    }
  if (pixels->data == NULL)
    cairo_fill (cr);
}

static void
paint_links (cairo_t                       *cr,
             const AlignmentTimelineLayout *layout,
             const AlignmentTimelineStyle  *style)
{
  const AlignmentPalette *palette = _alignment_timeline_palette_of (style);
  double f = layout->font_size;
  double length = 0, sparse, margin, clip[4];
  AlignmentPixels pixels;
  gboolean grid = alignment_pixels_grid (&pixels, cr);

  /* About 2500 dots at most, however many links there are. */
  for (guint i = 0; i < layout->links->len; i++)
    {
      const AlignmentTimelineLink *l = &g_array_index (layout->links, AlignmentTimelineLink, i);

      length += hypot (l->x1 - l->x0, l->y1 - l->y0);
    }
  sparse = CLAMP (length / (0.45 * f) / 2500, 1.0, 12.0);
  /* Half the widest line and an arrowhead, and a pixel or two for
   * antialiasing. */
  margin = 0.5 * f + 2.0;
  cairo_clip_extents (cr, &clip[0], &clip[1], &clip[2], &clip[3]);
  /* cairo draws the dashes in between at once, into the same pixels. */
  if (grid)
    alignment_pixels_begin (&pixels, cr);

  /* The emphasised thread last, over the others. */
  for (int emphasised = 0; emphasised <= 1; emphasised++)
    for (int open = 0; open <= 1; open++)
      {
        LinkDashes dashes = link_dashes (open, f, sparse, emphasised ? EMPHASIS_WEIGHT : 1.0);

        paint_link_style (cr, dashes);
        for (guint i = 0; i < layout->links->len; i++)
          {
            const AlignmentTimelineLink *l = &g_array_index (layout->links, AlignmentTimelineLink, i);
            const AlignmentRgba *color;
            double alpha;

            if (l->open != open || is_emphasised (style, l) != emphasised
                || !reaches_clip (clip, l->x0, l->y0, l->x1, l->y1, margin))
              continue;
            color = alignment_palette_thread (palette, l->thread);
            alpha = link_alpha_for (style, l) * (open ? 0.9 : 0.85);
            /* A stroke each: one path of many crossing dotted lines costs
             * cairo far more than the lines one by one. */
            _alignment_timeline_set_source (cr, color, alpha);
            if (grid && !open)
              {
                fill_dots (cr, &pixels, alignment_pixels_color (color->red, color->green, color->blue, color->alpha * alpha),
                           clip, l->x0, l->y0, l->x1, l->y1, dashes);
                continue;
              }
            if (pixels.data != NULL)
              {
                double scale = pixels.scale;

                alignment_pixels_dashes (&pixels, alignment_pixels_x (&pixels, l->x0), alignment_pixels_y (&pixels, l->y0),
                                         alignment_pixels_x (&pixels, l->x1), alignment_pixels_y (&pixels, l->y1),
                                         dashes.width * scale, dashes.on * scale, dashes.off * scale,
                                         alignment_pixels_color (color->red, color->green, color->blue, color->alpha * alpha));
                continue;
              }
            cairo_move_to (cr, l->x0, l->y0);
            cairo_line_to (cr, l->x1, l->y1);
            cairo_stroke (cr);
          }
      }

  /* The loose end of an open thread: a dashed tail and an arrowhead. */
  for (guint i = 0; i < layout->tails->len; i++)
    {
      const AlignmentTimelineLink *l = &g_array_index (layout->tails, AlignmentTimelineLink, i);
      double alpha = link_alpha_for (style, l);
      double a = 0.35 * f;

      if (!reaches_clip (clip, l->x0, l->y0, l->x1, l->y1, margin))
        continue;
      paint_link_style (cr, link_dashes (TRUE, f, 1.0, is_emphasised (style, l) ? EMPHASIS_WEIGHT : 1.0));
      _alignment_timeline_set_source (cr, alignment_palette_thread (palette, l->thread), alpha);
      cairo_set_dash (cr, (double[]) { 0.4 * f, 0.3 * f }, 2, 0);
      cairo_move_to (cr, l->x0, l->y0);
      cairo_line_to (cr, l->x1 - a, l->y1);
      cairo_stroke (cr);
      cairo_set_dash (cr, NULL, 0, 0);
      cairo_move_to (cr, l->x1 - a * 1.3, l->y1 - a);
      cairo_line_to (cr, l->x1, l->y1);
      cairo_line_to (cr, l->x1 - a * 1.3, l->y1 + a);
      cairo_stroke (cr);
    }
  cairo_set_dash (cr, NULL, 0, 0);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_BUTT);
  alignment_pixels_end (&pixels);
}

static void
paint_markers (cairo_t                       *cr,
               const AlignmentTimelineLayout *layout,
               const AlignmentTimelineStyle  *style)
{
  const AlignmentPalette *palette = _alignment_timeline_palette_of (style);
  double f = layout->font_size;
  /* In an SVG each signal is a group of its own, for people who edit
   * the figure (and for counting them). */
  gboolean groups = cairo_surface_get_type (cairo_get_target (cr)) == CAIRO_SURFACE_TYPE_SVG;
  g_autoptr(PangoLayout) text = NULL;

  /* On pixels, the same picture in far fewer cairo calls.  PDF and SVG
   * keep one text object per id, which readers search and select. */
  if (cairo_surface_get_type (cairo_get_target (cr)) == CAIRO_SURFACE_TYPE_IMAGE)
    {
      _alignment_timeline_paint_markers_batched (cr, layout, style);
      return;
    }

  text = layout->markers->len > 0 ? _alignment_timeline_text_layout (cr, f, FALSE) : NULL;

  for (guint i = 0; i < layout->markers->len; i++)
    {
      const AlignmentTimelineMarker *m = &g_array_index (layout->markers, AlignmentTimelineMarker, i);
      const AlignmentRgba *color = &palette->signal_type[m->type <= ALIGNMENT_SIGNAL_TYPE_ALIGNMENT_EVENT ? m->type : 0];
      double alpha = _alignment_timeline_alpha_for (style, m->position);
      gboolean selected = style != NULL && (int) m->position == style->selected;

      if (groups)
        cairo_push_group (cr);

      if (m->x_end > m->x)
        {
          double cap = m->radius * 0.9;

          _alignment_timeline_set_source (cr, color, alpha);
          cairo_set_line_width (cr, MAX (0.2 * f, 1.0));
          cairo_move_to (cr, m->x, m->y);
          cairo_line_to (cr, m->x_end, m->y);
          cairo_move_to (cr, m->x_end, m->y - cap);
          cairo_line_to (cr, m->x_end, m->y + cap);
          cairo_stroke (cr);
        }

      if (selected || (style != NULL && (int) m->position == style->hovered))
        {
          cairo_new_sub_path (cr);
          cairo_arc (cr, m->x, m->y, m->radius * 1.35 + 0.3 * f, 0, 2 * G_PI);
          _alignment_timeline_set_source (cr, &palette->accent, selected ? 0.35 : 0.18);
          cairo_fill (cr);
        }

      draw_marker (cr, m->shape, m->x, m->y, m->radius, color, m->hollow, &palette->background, alpha);

      if (style != NULL && (int) m->position == style->focused)
        {
          double dashes[] = { 0.25 * f, 0.2 * f };

          cairo_new_sub_path (cr);
          cairo_arc (cr, m->x, m->y, m->radius * 1.35 + 0.45 * f, 0, 2 * G_PI);
          _alignment_timeline_set_source (cr, &palette->accent, 1.0);
          cairo_set_line_width (cr, MAX (0.12 * f, 1.0));
          cairo_set_dash (cr, dashes, 2, 0);
          cairo_stroke (cr);
          cairo_set_dash (cr, NULL, 0, 0);
        }

      if (m->has_label)
        {
          int shade = layout->options.lanes == ALIGNMENT_TIMELINE_LANES_PARTY ? (int) m->lane : (int) (m->thread % 2);

          /* The lane's colour behind the id keeps it readable where a
           * thread's link runs through. */
          _alignment_timeline_set_source (cr, &palette->lane[MIN (shade, 1)], 0.85 * alpha);
          cairo_rectangle (cr, m->label.x - 0.1 * f, m->label.y + 0.1 * f, m->label.width + 0.2 * f, m->label.height - 0.2 * f);
          cairo_fill (cr);
          if (selected)
            set_weight (text, PANGO_WEIGHT_BOLD);
          _alignment_timeline_set_source (cr, selected ? &palette->accent : &palette->foreground, alpha);
          _alignment_timeline_show_text (cr, text, m->id, m->label.x, m->label.y);
          if (selected)
            set_weight (text, PANGO_WEIGHT_NORMAL);
        }

      if (groups)
        {
          cairo_pop_group_to_source (cr);
          cairo_paint (cr);
        }
    }
}

/* A small bold tag beside a marker: @label on the background, so that
 * it reads over links, in print and in greyscale.  @right puts it at
 * the marker's top right (the escalation level), otherwise at its
 * bottom left (the "≠" of a signal the parties judged differently; the
 * id is on the marker's right). */
static void
draw_tag (cairo_t                       *cr,
          PangoLayout                   *text,
          const char                    *label,
          double                         x,
          double                         y,
          double                         radius,
          gboolean                       right,
          double                         f,
          const AlignmentPalette        *palette,
          const AlignmentRgba           *colour,
          double                         alpha)
{
  double h = 0.8 * f * 1.2;
  double w = _alignment_timeline_text_width (text, label);
  double left = right ? x + radius * 0.6 : x - radius * 0.6 - w;
  double top = right ? y - radius - 0.45 * h : y + radius - 0.45 * h;

  _alignment_timeline_set_source (cr, &palette->background, 0.85 * alpha);
  cairo_rectangle (cr, left - 0.08 * f, top + 0.05 * h, w + 0.16 * f, 0.9 * h);
  cairo_fill (cr);
  _alignment_timeline_set_source (cr, colour, alpha);
  _alignment_timeline_show_text (cr, text, label, left, top);
}

static void
paint_tags (cairo_t                       *cr,
            const AlignmentTimelineLayout *layout,
            const AlignmentTimelineStyle  *style)
{
  const AlignmentPalette *palette = _alignment_timeline_palette_of (style);
  double f = layout->font_size;
  g_autoptr(PangoLayout) text = NULL;

  for (guint i = 0; i < layout->markers->len; i++)
    {
      const AlignmentTimelineMarker *m = &g_array_index (layout->markers, AlignmentTimelineMarker, i);
      double alpha;

      if (m->level == 0 && !m->differs)
        continue;
      if (text == NULL)
        text = _alignment_timeline_text_layout (cr, 0.8 * f, TRUE);
      alpha = _alignment_timeline_alpha_for (style, m->position);
      if (m->level != 0)
        {
          char number[12];

          g_snprintf (number, sizeof number, "%u", m->level);
          draw_tag (cr, text, number, m->x, m->y, m->radius, TRUE, f, palette, &palette->foreground, alpha);
        }
      if (m->differs)
        draw_tag (cr, text, "≠", m->x, m->y, m->radius, FALSE, f, palette, &palette->accent, alpha);
    }
}

static void
paint_density (cairo_t                       *cr,
               const AlignmentTimelineLayout *layout,
               const AlignmentTimelineStyle  *style)
{
  if (layout->density->len == 0)
    return;

  /* One path, one fill: there can be thousands of columns.  Snapped to
   * device pixels, cairo fills them as boxes, many times faster than
   * as a polygon. */
  for (guint i = 0; i < layout->density->len; i++)
    {
      const AlignmentTimelineDensity *d = &g_array_index (layout->density, AlignmentTimelineDensity, i);
      double x0 = d->area.x, y0 = d->area.y;
      double x1 = d->area.x + d->area.width, y1 = d->area.y + d->area.height;

      cairo_user_to_device (cr, &x0, &y0);
      cairo_user_to_device (cr, &x1, &y1);
      x0 = round (x0);
      y0 = round (y0);
      x1 = round (x1);
      y1 = MAX (round (y1), y0 + 1);
      cairo_device_to_user (cr, &x0, &y0);
      cairo_device_to_user (cr, &x1, &y1);
      if (x1 > x0)
        cairo_rectangle (cr, x0, y0, x1 - x0, y1 - y0);
    }
  _alignment_timeline_set_source (cr, &_alignment_timeline_palette_of (style)->muted, 0.55);
  cairo_fill (cr);
}

/* ---- Axis, grid, lanes, strip ---------------------------------------------- */

static void
paint_lanes (cairo_t                       *cr,
             const AlignmentTimelineLayout *layout,
             const AlignmentTimelineStyle  *style,
             double                         x0,
             double                         x1)
{
  const AlignmentPalette *palette = _alignment_timeline_palette_of (style);

  for (guint i = 0; i < layout->lanes->len; i++)
    {
      const AlignmentTimelineLane *lane = &g_array_index (layout->lanes, AlignmentTimelineLane, i);
      int shade = lane->party >= 0 ? lane->party : (int) (lane->thread % 2);
      double alpha = lane_alpha_for (style, layout, lane);

      _alignment_timeline_set_source (cr, &palette->lane[MIN (shade, 1)], alpha < 1.0 ? 0.5 : 1.0);
      cairo_rectangle (cr, x0, lane->area.y, x1 - x0, lane->area.height);
      cairo_fill (cr);

      /* A rule between lanes. */
      _alignment_timeline_set_source (cr, &palette->grid, 1.0);
      cairo_rectangle (cr, x0, lane->area.y + lane->area.height - 0.5, x1 - x0, 1.0);
      cairo_fill (cr);
    }
}

/* The ticks' lines from @top to @bottom, the minor ones down to half a
 * line below the lanes and the major ones across the axis.  Within the
 * lanes, on pixels, they are written straight into them. */
static void
paint_grid (cairo_t                       *cr,
            const AlignmentTimelineLayout *layout,
            const AlignmentTimelineStyle  *style,
            double                         top,
            double                         bottom)
{
  const AlignmentPalette *palette = _alignment_timeline_palette_of (style);
  double f = layout->font_size;
  double width = MAX (0.06 * f, 0.5);
  AlignmentPixels pixels;

  if (bottom <= layout->axis.y && alignment_pixels_begin (&pixels, cr))
    {
      for (int major = 0; major <= 1; major++)
        {
          const AlignmentRgba *color = major ? &palette->muted : &palette->grid;
          guint32 ink = alignment_pixels_color (color->red, color->green, color->blue, color->alpha * (major ? 0.6 : 1.0));

          for (guint i = 0; i < layout->ticks->len; i++)
            {
              const AlignmentTimelineTick *tick = &g_array_index (layout->ticks, AlignmentTimelineTick, i);

              if (tick->major == major)
                alignment_pixels_rectangle (&pixels, alignment_pixels_x (&pixels, tick->x - width / 2), alignment_pixels_y (&pixels, top),
                                            alignment_pixels_x (&pixels, tick->x + width / 2), alignment_pixels_y (&pixels, bottom), ink);
            }
        }
      alignment_pixels_end (&pixels);
      return;
    }

  cairo_set_line_width (cr, width);
  for (int major = 0; major <= 1; major++)
    {
      for (guint i = 0; i < layout->ticks->len; i++)
        {
          const AlignmentTimelineTick *tick = &g_array_index (layout->ticks, AlignmentTimelineTick, i);

          if (tick->major != major)
            continue;
          cairo_move_to (cr, tick->x, top);
          cairo_line_to (cr, tick->x, MIN (bottom, layout->axis.y + (major ? layout->axis.height : 0.5 * f)));
        }
      _alignment_timeline_set_source (cr, major ? &palette->muted : &palette->grid, major ? 0.6 : 1.0);
      cairo_stroke (cr);
    }
}

static void
paint_today (cairo_t                       *cr,
             const AlignmentTimelineLayout *layout,
             const AlignmentTimelineStyle  *style)
{
  const AlignmentPalette *palette = _alignment_timeline_palette_of (style);
  double f = layout->font_size;
  g_autoptr(PangoLayout) text = NULL;
  const char *label = _("Today");
  double w;

  if (layout->today_x < 0)
    return;

  cairo_set_line_width (cr, MAX (0.15 * f, 1.0));
  _alignment_timeline_set_source (cr, &palette->accent, 1.0);
  cairo_move_to (cr, layout->today_x, layout->plot.y);
  cairo_line_to (cr, layout->today_x, layout->plot.y + layout->plot.height);
  cairo_stroke (cr);

  text = _alignment_timeline_text_layout (cr, 0.85 * f, TRUE);
  w = text_width_on (cr, text, label);
  cairo_rectangle (cr, layout->today_x - w / 2 - 0.3 * f, layout->plot.y, w + 0.6 * f, 1.2 * f);
  cairo_fill (cr);
  _alignment_timeline_set_source (cr, &palette->background, 1.0);
  _alignment_timeline_show_text (cr, text, label, layout->today_x - w / 2, layout->plot.y + 0.05 * f);
}

/* The part of [@x0, @x1] that is not clipped away: a poster's page
 * shows a slice of the axis, and its labels are placed in that slice. */
static void
visible_span (cairo_t *cr,
              double   x0,
              double   x1,
              double  *left,
              double  *right)
{
  double cx0, cy0, cx1, cy1;

  cairo_clip_extents (cr, &cx0, &cy0, &cx1, &cy1);
  *left = MAX (x0, cx0);
  *right = MIN (x1, cx1);
}

static void
paint_axis (cairo_t                       *cr,
            const AlignmentTimelineLayout *layout,
            const AlignmentTimelineStyle  *style)
{
  const AlignmentPalette *palette = _alignment_timeline_palette_of (style);
  const AlignmentTimelineRect *axis = &layout->axis;
  double f = layout->font_size;
  g_autoptr(PangoLayout) minor = _alignment_timeline_text_layout (cr, 0.9 * f, FALSE);
  g_autoptr(PangoLayout) major = _alignment_timeline_text_layout (cr, 0.95 * f, TRUE);
  gboolean has_major = FALSE;
  double left, right;

  visible_span (cr, axis->x, axis->x + axis->width, &left, &right);
  _alignment_timeline_set_source (cr, &palette->foreground, 1.0);
  cairo_rectangle (cr, axis->x, axis->y - 0.5, axis->width, 1.0);
  cairo_fill (cr);

  for (guint i = 0; i < layout->ticks->len; i++)
    {
      const AlignmentTimelineTick *tick = &g_array_index (layout->ticks, AlignmentTimelineTick, i);
      double w;

      has_major |= tick->major;
      if (tick->major)
        continue;
      w = text_width_on (cr, minor, tick->label);
      /* Half a label at the edge reads as a different word ("p"). */
      if (tick->label_x - w / 2 < left || tick->label_x + w / 2 > right)
        continue;
      _alignment_timeline_set_source (cr, &palette->muted, 1.0);
      _alignment_timeline_show_text (cr, minor, tick->label, tick->label_x - w / 2, axis->y + 0.2 * f);
    }

  if (!has_major)
    return;

  _alignment_timeline_set_source (cr, &palette->foreground, 1.0);
  for (guint i = 0; i < layout->ticks->len; i++)
    {
      const AlignmentTimelineTick *tick = &g_array_index (layout->ticks, AlignmentTimelineTick, i);
      double next_x = axis->x + axis->width;
      double label_x = MAX (tick->x, left);
      double w;

      if (!tick->major)
        continue;
      for (guint j = i + 1; j < layout->ticks->len; j++)
        if (g_array_index (layout->ticks, AlignmentTimelineTick, j).major)
          {
            next_x = g_array_index (layout->ticks, AlignmentTimelineTick, j).x;
            break;
          }

      /* A group's name whose start is scrolled away stays at the left
       * edge until the next group pushes it out. */
      w = text_width_on (cr, major, tick->label);
      if (next_x < left || label_x + 0.3 * f + w > right
          || (label_x > tick->x && label_x + 0.3 * f + w > next_x - 0.3 * f))
        continue;
      _alignment_timeline_show_text (cr, major, tick->label, label_x + 0.3 * f, axis->y + 1.3 * f);
    }
}

static void
paint_trust (cairo_t                       *cr,
             const AlignmentTimelineLayout *layout,
             const AlignmentTimelineStyle  *style)
{
  const AlignmentPalette *palette = _alignment_timeline_palette_of (style);
  double f = layout->font_size;
  g_autoptr(PangoLayout) text = NULL;
  double left, right;

  if (layout->trust->len == 0 || layout->strip.height <= 0)
    return;

  text = _alignment_timeline_text_layout (cr, 0.8 * f, FALSE);
  visible_span (cr, layout->strip.x, layout->strip.x + layout->strip.width, &left, &right);
  for (guint i = 0; i < layout->trust->len; i++)
    {
      const AlignmentTimelineTrustCell *c = &g_array_index (layout->trust, AlignmentTimelineTrustCell, i);
      AlignmentRgba fill, ink;
      double x0, x1;
      double value = layout->trust_max > 0 ? (double) c->net / layout->trust_max : 0;

      alignment_palette_diverge (palette, value, &fill);
      _alignment_timeline_set_source (cr, &fill, 1.0);
      cairo_rectangle (cr, c->x0, c->y + 0.5, c->x1 - c->x0, c->height - 1);
      cairo_fill (cr);

      /* The number goes in the middle of the part of the cell in view,
       * when it fits there. */
      x0 = MAX (c->x0, left);
      x1 = MIN (c->x1, right);
      if (c->net != 0 && x1 - x0 > 2.2 * f)
        {
          g_autofree char *label = g_strdup_printf (c->net > 0 ? "+%d" : "−%d", ABS (c->net));
          double w = text_width_on (cr, text, label);

          alignment_rgba_text_on (&fill, &ink);
          _alignment_timeline_set_source (cr, &ink, 1.0);
          _alignment_timeline_show_text (cr, text, label, (x0 + x1 - w) / 2, c->y + (c->height - 1.15 * 0.8 * f) / 2);
        }
    }

  _alignment_timeline_set_source (cr, &palette->grid, 1.0);
  cairo_set_line_width (cr, 1.0);
  cairo_rectangle (cr, layout->strip.x, layout->strip.y, layout->strip.width, layout->strip.height);
  cairo_stroke (cr);
}

void
alignment_timeline_paint_plot (cairo_t                       *cr,
                               const AlignmentTimelineLayout *layout,
                               const AlignmentTimelineStyle  *style)
{
  const AlignmentTimelineRect *plot = &layout->plot;
  double x0 = plot->x, y0 = plot->y, x1 = plot->x + plot->width, y1 = plot->y + plot->height;
  AlignmentPixels grid;

  cairo_save (cr);
  /* Everything that moves with time stays in the plot's columns. */
  cairo_rectangle (cr, plot->x, 0, plot->width, layout->options.height);
  cairo_clip (cr);

  /* Within the lanes, on pixels, their edges on whole ones: what is
   * drawn there can then be written straight into the pixels. */
  if (alignment_pixels_grid (&grid, cr))
    alignment_pixels_snap (&grid, &x0, &y0, &x1, &y1);

  paint_lanes (cr, layout, style, plot->x, plot->x + plot->width);
  paint_grid (cr, layout, style, y1, G_MAXDOUBLE);
  paint_axis (cr, layout, style);
  paint_trust (cr, layout, style);
  _alignment_timeline_paint_rounds (cr, layout, style);

  cairo_restore (cr);
  if (!clip_reaches (cr, plot))
    return;

  cairo_save (cr);
  cairo_rectangle (cr, x0, y0, x1 - x0, y1 - y0);
  cairo_clip (cr);
  paint_grid (cr, layout, style, plot->y, y1);
  paint_today (cr, layout, style);
  paint_density (cr, layout, style);
  paint_links (cr, layout, style);
  paint_link_labels (cr, layout, style);
  paint_markers (cr, layout, style);
  paint_tags (cr, layout, style);
  cairo_restore (cr);
}

static void
paint_lane_names (cairo_t                       *cr,
                  const AlignmentTimelineLayout *layout,
                  const AlignmentTimelineStyle  *style,
                  const AlignmentPalette        *palette,
                  double                         pad)
{
  const AlignmentTimelineRect *col = &layout->lane_labels;
  double f = layout->font_size;
  /* The names end a pad short of the lanes, a pixel or two of which a
   * pan paints again. */
  AlignmentTimelineRect names = { col->x, col->y, col->width - pad / 2, col->height };
  g_autoptr(PangoLayout) name = NULL;
  g_autoptr(PangoLayout) detail = NULL;

  if (!clip_reaches (cr, col))
    return;

  cairo_save (cr);
  cairo_rectangle (cr, col->x, col->y, col->width, col->height);
  cairo_clip (cr);
  paint_lanes (cr, layout, style, col->x, col->x + col->width);
  if (!clip_reaches (cr, &names))
    {
      cairo_restore (cr);
      return;
    }

  name = _alignment_timeline_text_layout (cr, 1.05 * f, TRUE);
  detail = _alignment_timeline_text_layout (cr, 0.9 * f, FALSE);

  pango_layout_set_width (name, (int) ((col->width - 2 * pad) * PANGO_SCALE));
  pango_layout_set_wrap (name, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_ellipsize (name, PANGO_ELLIPSIZE_END);
  pango_layout_set_width (detail, (int) ((col->width - 2 * pad) * PANGO_SCALE));
  pango_layout_set_ellipsize (detail, PANGO_ELLIPSIZE_END);

  for (guint i = 0; i < layout->lanes->len; i++)
    {
      const AlignmentTimelineLane *lane = &g_array_index (layout->lanes, AlignmentTimelineLane, i);
      double alpha = lane_alpha_for (style, layout, lane);
      PangoRectangle name_box, detail_box = { 0 };
      double y;

      pango_layout_set_height (name, (int) (-MAX (1, floor ((lane->area.height - pad) / (1.3 * f)))));
      pango_layout_set_text (name, lane->label, -1);
      pango_layout_get_extents (name, NULL, &name_box);
      if (lane->detail != NULL)
        {
          pango_layout_set_text (detail, lane->detail, -1);
          pango_layout_get_extents (detail, NULL, &detail_box);
        }
      y = lane->area.y + (lane->area.height - (name_box.height + detail_box.height) / (double) PANGO_SCALE) / 2;

      _alignment_timeline_set_source (cr, &palette->foreground, alpha);
      pango_layout_set_text (name, lane->label, -1);
      cairo_move_to (cr, col->x + pad, y);
      pango_cairo_show_layout (cr, name);
      if (lane->detail != NULL)
        {
          _alignment_timeline_set_source (cr, lane->open ? &palette->signal_type[ALIGNMENT_SIGNAL_TYPE_ESCALATION_SENT] : &palette->muted, alpha);
          _alignment_timeline_show_text (cr, detail, lane->detail, col->x + pad, y + name_box.height / (double) PANGO_SCALE);
        }
    }
  cairo_restore (cr);
}

void
alignment_timeline_paint_lane_labels (cairo_t                       *cr,
                                      const AlignmentTimelineLayout *layout,
                                      const AlignmentTimelineStyle  *style)
{
  const AlignmentPalette *palette = _alignment_timeline_palette_of (style);
  const AlignmentTimelineRect *col = &layout->lane_labels;
  double f = layout->font_size;
  double pad = 0.6 * f;

  paint_lane_names (cr, layout, style, palette, pad);

  /* The trust strip's rows are named in the same column. */
  if (layout->trust->len > 0 && layout->strip.height > 0)
    {
      g_autoptr(PangoLayout) row = _alignment_timeline_text_layout (cr, 0.85 * f, FALSE);
      double row_h = layout->strip.height / ALIGNMENT_N_PARTIES;

      pango_layout_set_width (row, (int) ((col->width - 2 * pad) * PANGO_SCALE));
      pango_layout_set_ellipsize (row, PANGO_ELLIPSIZE_MIDDLE);
      _alignment_timeline_set_source (cr, &palette->muted, 1.0);
      for (int p = 0; p < ALIGNMENT_N_PARTIES; p++)
        {
          g_autofree char *label = NULL;

          /* TRANSLATORS: a row of the timeline's trust strip: the net
           * change of this party's trust in the other */
          label = g_strdup_printf (_("Trust: %s"), alignment_timeline_data_get_party_name (layout->data, p));
          _alignment_timeline_show_text (cr, row, label, col->x + pad, layout->strip.y + p * row_h + (row_h - 1.15 * 0.85 * f) / 2);
        }
    }
  _alignment_timeline_paint_rounds_name (cr, layout, style);
}

void
alignment_timeline_paint_legend (cairo_t                       *cr,
                                 const AlignmentTimelineLayout *layout,
                                 const AlignmentTimelineStyle  *style)
{
  const AlignmentPalette *palette = _alignment_timeline_palette_of (style);
  double f = layout->font_size;
  g_autoptr(PangoLayout) text = NULL;
  /* Markers and links in the legend reach a little beyond its box. */
  AlignmentTimelineRect reach = { layout->legend.x - f, layout->legend.y - f,
                                  layout->legend.width + 2 * f, layout->legend.height + 2 * f };

  if (layout->legend_items->len == 0 || !clip_reaches (cr, &reach))
    return;

  text = _alignment_timeline_text_layout (cr, f, FALSE);
  for (guint i = 0; i < layout->legend_items->len; i++)
    {
      const AlignmentTimelineLegendItem *item = &g_array_index (layout->legend_items, AlignmentTimelineLegendItem, i);
      const AlignmentTimelineRect *s = &item->symbol;
      double cy = s->y + s->height / 2;
      double r = 0.44 * f;

      switch (item->kind)
        {
        case ALIGNMENT_LEGEND_SHAPE:
          draw_marker (cr, alignment_timeline_shape_for_type (item->type), s->x + s->width / 2, cy, r,
                       &palette->signal_type[item->type], FALSE, &palette->background, 1.0);
          break;
        case ALIGNMENT_LEGEND_HOLLOW:
          draw_marker (cr, ALIGNMENT_MARKER_CIRCLE, s->x + s->width / 2, cy, r,
                       &palette->foreground, TRUE, &palette->background, 1.0);
          break;
        case ALIGNMENT_LEGEND_URGENCY:
          {
            double radii[] = { 0.34 * f, 0.44 * f, 0.54 * f, 0.64 * f };
            double x = s->x + radii[0];

            for (guint k = 0; k < G_N_ELEMENTS (radii); k++)
              {
                draw_marker (cr, ALIGNMENT_MARKER_CIRCLE, x, cy, radii[k],
                             &palette->muted, FALSE, &palette->background, 1.0);
                if (k + 1 < G_N_ELEMENTS (radii))
                  x += radii[k] + radii[k + 1] + 0.08 * f;
              }
          }
          break;
        case ALIGNMENT_LEGEND_BAR:
          draw_marker (cr, ALIGNMENT_MARKER_CIRCLE, s->x + r, cy, r, &palette->muted, FALSE, &palette->background, 1.0);
          _alignment_timeline_set_source (cr, &palette->muted, 1.0);
          cairo_set_line_width (cr, MAX (0.2 * f, 1.0));
          cairo_move_to (cr, s->x + r, cy);
          cairo_line_to (cr, s->x + s->width, cy);
          cairo_move_to (cr, s->x + s->width, cy - r * 0.9);
          cairo_line_to (cr, s->x + s->width, cy + r * 0.9);
          cairo_stroke (cr);
          break;
        case ALIGNMENT_LEGEND_LINK:
        case ALIGNMENT_LEGEND_OPEN_LINK:
          {
            gboolean open = item->kind == ALIGNMENT_LEGEND_OPEN_LINK;

            paint_link_style (cr, link_dashes (open, f, 1.0, 1.0));
            _alignment_timeline_set_source (cr, &palette->thread, open ? 0.9 : 0.85);
            cairo_move_to (cr, s->x + 0.1 * f, cy);
            cairo_line_to (cr, s->x + s->width - (open ? 0.4 * f : 0), cy);
            cairo_stroke (cr);
            cairo_set_dash (cr, NULL, 0, 0);
            if (open)
              {
                double a = 0.35 * f;

                cairo_move_to (cr, s->x + s->width - a * 1.3, cy - a);
                cairo_line_to (cr, s->x + s->width, cy);
                cairo_line_to (cr, s->x + s->width - a * 1.3, cy + a);
                cairo_stroke (cr);
              }
            cairo_set_line_cap (cr, CAIRO_LINE_CAP_BUTT);
          }
          break;
        case ALIGNMENT_LEGEND_DENSITY:
          _alignment_timeline_set_source (cr, &palette->muted, 0.55);
          for (int k = 0; k < 6; k++)
            {
              double h = s->height * 0.7 * sqrt ((k * 37 % 6 + 1) / 6.0);

              cairo_rectangle (cr, s->x + k * s->width / 6, s->y + s->height * 0.85 - h, s->width / 6 - 0.5, h);
            }
          cairo_fill (cr);
          break;
        case ALIGNMENT_LEGEND_TODAY:
          _alignment_timeline_set_source (cr, &palette->accent, 1.0);
          cairo_set_line_width (cr, MAX (0.15 * f, 1.0));
          cairo_move_to (cr, s->x + s->width / 2, s->y + 0.1 * f);
          cairo_line_to (cr, s->x + s->width / 2, s->y + s->height - 0.1 * f);
          cairo_stroke (cr);
          break;
        case ALIGNMENT_LEGEND_LEVEL:
        case ALIGNMENT_LEGEND_DIFFERS:
          {
            g_autoptr(PangoLayout) small = _alignment_timeline_text_layout (cr, 0.8 * f, TRUE);
            gboolean level = item->kind == ALIGNMENT_LEGEND_LEVEL;

            draw_marker (cr, ALIGNMENT_MARKER_CIRCLE, s->x + r, cy, r,
                         &palette->muted, FALSE, &palette->background, 1.0);
            draw_tag (cr, small, level ? "2" : "≠", s->x + r, cy, r, level, f, palette,
                      level ? &palette->foreground : &palette->accent, 1.0);
          }
          break;
        case ALIGNMENT_LEGEND_TRUST:
        default:
          for (int k = 0; k < 3; k++)
            {
              AlignmentRgba fill;

              alignment_palette_diverge (palette, k - 1, &fill);
              _alignment_timeline_set_source (cr, &fill, 1.0);
              cairo_rectangle (cr, s->x + k * s->width / 3, s->y + 0.25 * f, s->width / 3, s->height - 0.5 * f);
              cairo_fill (cr);
            }
          _alignment_timeline_set_source (cr, &palette->grid, 1.0);
          cairo_set_line_width (cr, 1.0);
          cairo_rectangle (cr, s->x, s->y + 0.25 * f, s->width, s->height - 0.5 * f);
          cairo_stroke (cr);
          break;
        }

      _alignment_timeline_set_source (cr, &palette->foreground, 1.0);
      _alignment_timeline_show_text (cr, text, item->label, item->text_x, item->text_y);
    }
}
