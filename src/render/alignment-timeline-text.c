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
};

AlignmentTimelineText *
alignment_timeline_text_new (void)
{
  AlignmentTimelineText *text = g_new0 (AlignmentTimelineText, 1);

  text->widths = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  return text;
}

void
alignment_timeline_text_free (AlignmentTimelineText *text)
{
  if (text == NULL)
    return;

  g_clear_object (&text->pango);
  g_hash_table_unref (text->widths);
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
