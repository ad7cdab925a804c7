/* alignment-timeline-text.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include <pango/pangocairo.h>

#include "alignment-timeline-text.h"

struct _AlignmentTimelineText
{
  /* A font map context, ASCII advances per size, and the widths of
   * longer strings. */
  PangoContext *pango;
  double        ascii_size;
  double        ascii[128];
  GHashTable   *widths;

  /* Shaped ids, for the painter, while the surface stays alike. */
  GHashTable   *shaped;
  guint64       shaped_stamp;
};

/* Beyond this many, shaped strings are forgotten rather than kept for
 * a case panned from end to end. */
#define MAX_SHAPED 20000

struct _AlignmentTimelineMask
{
  /* Where it was asked for last, within a pixel */
  double           scale, fx, fy;
  cairo_surface_t *surface;   /* NULL until asked for at the same place twice */
  int              left, top; /* from the baseline's pixel */
};

static void
shaped_free (gpointer data)
{
  AlignmentTimelineShaped *shaped = data;

  if (shaped->mask != NULL)
    g_clear_pointer (&shaped->mask->surface, cairo_surface_destroy);
  g_free (shaped->mask);
  g_clear_pointer (&shaped->font, cairo_scaled_font_destroy);
  g_free (shaped);
}

AlignmentTimelineText *
alignment_timeline_text_new (void)
{
  AlignmentTimelineText *text = g_new0 (AlignmentTimelineText, 1);

  text->widths = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  text->shaped = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, shaped_free);
  return text;
}

void
alignment_timeline_text_free (AlignmentTimelineText *text)
{
  if (text == NULL)
    return;

  g_clear_object (&text->pango);
  g_hash_table_unref (text->widths);
  g_hash_table_unref (text->shaped);
  g_free (text);
}

static PangoFontDescription *
font_for_size (double size)
{
  PangoFontDescription *font = pango_font_description_from_string ("Sans");

  pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
  return font;
}

/* Unhinted metrics, as the painter sets them too, so that a width
 * measured here is the width drawn on any surface. */
static PangoContext *
text_get_pango (AlignmentTimelineText *text)
{
  if (text->pango == NULL)
    {
      cairo_font_options_t *options = cairo_font_options_create ();

      text->pango = pango_font_map_create_context (pango_cairo_font_map_get_default ());
      cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
      cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
      pango_cairo_context_set_font_options (text->pango, options);
      cairo_font_options_destroy (options);
    }

  return text->pango;
}

double
alignment_timeline_text_measure (AlignmentTimelineText *text,
                                 const char            *string,
                                 double                 size)
{
  g_autofree char *key = g_strdup_printf ("%g\n%s", size, string);
  double *cached = g_hash_table_lookup (text->widths, key);
  g_autoptr(PangoLayout) layout = NULL;
  PangoFontDescription *font;
  PangoRectangle logical;

  if (cached != NULL)
    return *cached;

  layout = pango_layout_new (text_get_pango (text));
  font = font_for_size (size);
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);
  pango_layout_set_text (layout, string, -1);
  pango_layout_get_extents (layout, NULL, &logical);

  cached = g_new (double, 1);
  *cached = (double) logical.width / PANGO_SCALE;
  g_hash_table_insert (text->widths, g_steal_pointer (&key), cached);
  return *cached;
}

/* Ids are short ASCII: their width is the sum of the advances, which
 * are measured once per size. */
double
alignment_timeline_text_measure_id (AlignmentTimelineText *text,
                                    const char            *id,
                                    double                 size)
{
  double width = 0;

  if (text->ascii_size != size)
    {
      for (int c = 32; c < 127; c++)
        {
          char s[2] = { (char) c, 0 };

          text->ascii[c] = alignment_timeline_text_measure (text, s, size);
        }
      text->ascii_size = size;
    }

  for (const char *p = id; *p != '\0'; p++)
    {
      if ((guchar) *p < 32 || (guchar) *p >= 127)
        return alignment_timeline_text_measure (text, id, size);
      width += text->ascii[(guchar) *p];
    }

  return width;
}

static AlignmentTimelineShaped *
shape (PangoLayout *layout,
       const char  *string)
{
  PangoLayoutIter *iter;
  AlignmentTimelineShaped *shaped;
  guint n = 0, n_runs = 0;
  PangoFont *font = NULL;
  gboolean simple = TRUE;
  PangoRectangle extents;

  pango_layout_set_text (layout, string, -1);
  pango_layout_get_extents (layout, NULL, &extents);
  iter = pango_layout_get_iter (layout);
  do
    {
      PangoLayoutRun *run = pango_layout_iter_get_run_readonly (iter);

      if (run == NULL)
        continue;
      n += run->glyphs->num_glyphs;
      n_runs++;
      simple &= font == NULL || font == run->item->analysis.font;
      font = run->item->analysis.font;
      for (int i = 0; i < run->glyphs->num_glyphs; i++)
        simple &= (run->glyphs->glyphs[i].glyph & PANGO_GLYPH_UNKNOWN_FLAG) == 0;
    }
  while (pango_layout_iter_next_run (iter));
  pango_layout_iter_free (iter);

  shaped = g_malloc0 (sizeof *shaped + n * sizeof (AlignmentTimelineGlyph));
  shaped->width = (double) extents.width / PANGO_SCALE;
  /* One line in one font is all an id needs; anything else is drawn by
   * pango as before. */
  if (!simple || n_runs == 0 || pango_layout_get_line_count (layout) != 1 || !PANGO_IS_CAIRO_FONT (font))
    return shaped;

  shaped->font = cairo_scaled_font_reference (pango_cairo_font_get_scaled_font (PANGO_CAIRO_FONT (font)));
  iter = pango_layout_get_iter (layout);
  shaped->baseline = (double) pango_layout_iter_get_baseline (iter) / PANGO_SCALE;
  do
    {
      PangoLayoutRun *run = pango_layout_iter_get_run_readonly (iter);
      PangoRectangle logical;
      int x_position = 0;

      if (run == NULL)
        continue;
      pango_layout_iter_get_run_extents (iter, NULL, &logical);
      for (int i = 0; i < run->glyphs->num_glyphs; i++)
        {
          const PangoGlyphInfo *gi = &run->glyphs->glyphs[i];

          /* The same sums as pango's cairo renderer, to the last bit. */
          if (gi->glyph != PANGO_GLYPH_EMPTY)
            {
              AlignmentTimelineGlyph *g = &shaped->glyphs[shaped->n_glyphs++];

              g->index = gi->glyph;
              g->run_x = (double) logical.x / PANGO_SCALE;
              g->x = (double) (x_position + gi->geometry.x_offset) / PANGO_SCALE;
              g->y = (double) gi->geometry.y_offset / PANGO_SCALE;
            }
          x_position += gi->geometry.width;
        }
    }
  while (pango_layout_iter_next_run (iter));
  pango_layout_iter_free (iter);

  return shaped;
}

const AlignmentTimelineShaped *
alignment_timeline_text_shape (AlignmentTimelineText *text,
                               PangoLayout           *layout,
                               const char            *key,
                               guint64                stamp,
                               const char            *string)
{
  /* Looked up every frame for every id: the key is put together on the
   * stack, and copied only to keep a new one. */
  char stack[128];
  gsize key_length = strlen (key), length = strlen (string);
  char *full = key_length + length + 2 <= sizeof stack ? stack : g_malloc (key_length + length + 2);
  AlignmentTimelineShaped *shaped;

  memcpy (full, key, key_length);
  full[key_length] = '\n';
  memcpy (full + key_length + 1, string, length + 1);

  if (stamp != text->shaped_stamp || g_hash_table_size (text->shaped) >= MAX_SHAPED)
    {
      g_hash_table_remove_all (text->shaped);
      text->shaped_stamp = stamp;
    }

  shaped = g_hash_table_lookup (text->shaped, full);
  if (shaped == NULL)
    {
      shaped = shape (layout, string);
      g_hash_table_insert (text->shaped, full == stack ? g_strdup (full) : g_steal_pointer (&full), shaped);
    }
  if (full != stack)
    g_free (full);
  return shaped;
}

/* Draws the glyphs of @shaped into a new A8 image, with the baseline's
 * start @fx, @fy into a pixel, as cairo composites them: glyphs that
 * touch are added up first. */
static void
draw_mask (const AlignmentTimelineShaped *shaped,
           AlignmentTimelineMask         *mask)
{
  cairo_glyph_t stack[32];
  cairo_glyph_t *glyphs = shaped->n_glyphs <= G_N_ELEMENTS (stack) ? stack : g_new (cairo_glyph_t, shaped->n_glyphs);
  cairo_text_extents_t ink;
  cairo_t *cr;
  int right, bottom;

  for (guint g = 0; g < shaped->n_glyphs; g++)
    {
      glyphs[g].index = shaped->glyphs[g].index;
      glyphs[g].x = shaped->glyphs[g].run_x + shaped->glyphs[g].x;
      glyphs[g].y = shaped->glyphs[g].y;
    }
  cairo_scaled_font_glyph_extents (shaped->font, glyphs, (int) shaped->n_glyphs, &ink);
  /* Rounding each glyph to a pixel and antialiasing reach a pixel or two
   * beyond the ink. */
  mask->left = (int) floor (ink.x_bearing * mask->scale) - 3;
  mask->top = (int) floor (ink.y_bearing * mask->scale) - 3;
  right = (int) ceil ((ink.x_bearing + ink.width) * mask->scale) + 4;
  bottom = (int) ceil ((ink.y_bearing + ink.height) * mask->scale) + 4;
  mask->surface = cairo_image_surface_create (CAIRO_FORMAT_A8, MAX (right - mask->left, 1), MAX (bottom - mask->top, 1));

  cr = cairo_create (mask->surface);
  cairo_translate (cr, mask->fx - mask->left, mask->fy - mask->top);
  cairo_scale (cr, mask->scale, mask->scale);
  cairo_set_operator (cr, CAIRO_OPERATOR_ADD);
  cairo_set_scaled_font (cr, shaped->font);
  cairo_show_glyphs (cr, glyphs, (int) shaped->n_glyphs);
  cairo_destroy (cr);
  cairo_surface_flush (mask->surface);
  if (glyphs != stack)
    g_free (glyphs);
}

cairo_surface_t *
alignment_timeline_shaped_mask (const AlignmentTimelineShaped *shaped,
                                double                         scale,
                                double                         x,
                                double                         y,
                                int                           *left,
                                int                           *top)
{
  AlignmentTimelineShaped *self = (AlignmentTimelineShaped *) shaped;
  AlignmentTimelineMask *mask = self->mask;
  cairo_font_options_t *options;
  double fx = x - floor (x), fy = y - floor (y);
  gboolean per_channel;

  if (shaped->font == NULL || shaped->n_glyphs == 0)
    return NULL;

  if (mask == NULL)
    {
      options = cairo_font_options_create ();
      cairo_scaled_font_get_font_options (shaped->font, options);
      per_channel = cairo_font_options_get_antialias (options) == CAIRO_ANTIALIAS_SUBPIXEL;
      cairo_font_options_destroy (options);
      if (per_channel)
        return NULL;
      mask = self->mask = g_new0 (AlignmentTimelineMask, 1);
      mask->scale = scale;
      mask->fx = fx;
      mask->fy = fy;
      return NULL;
    }

  /* A view moved by whole pixels puts it back within rounding. */
  if (mask->scale != scale || fabs (mask->fx - fx) > 1e-6 || fabs (mask->fy - fy) > 1e-6)
    {
      g_clear_pointer (&mask->surface, cairo_surface_destroy);
      mask->scale = scale;
      mask->fx = fx;
      mask->fy = fy;
      return NULL;
    }

  if (mask->surface == NULL)
    draw_mask (shaped, mask);
  *left = (int) floor (x) + mask->left;
  *top = (int) floor (y) + mask->top;
  return mask->surface;
}
