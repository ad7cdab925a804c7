/* alignment-timeline-text.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

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

static void
shaped_free (gpointer data)
{
  AlignmentTimelineShaped *shaped = data;

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
  g_autofree char *full = g_strconcat (key, "\n", string, NULL);
  AlignmentTimelineShaped *shaped;

  if (stamp != text->shaped_stamp || g_hash_table_size (text->shaped) >= MAX_SHAPED)
    {
      g_hash_table_remove_all (text->shaped);
      text->shaped_stamp = stamp;
    }

  shaped = g_hash_table_lookup (text->shaped, full);
  if (shaped == NULL)
    {
      shaped = shape (layout, string);
      g_hash_table_insert (text->shaped, g_steal_pointer (&full), shaped);
    }
  return shaped;
}
