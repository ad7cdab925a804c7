/* alignment-report-flow.c: the report's blocks, measured and cut into pages
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "alignment-heatmap-layout.h"
#include "alignment-report-private.h"

#define CELL_PAD 3.0

static const AlignmentPalette *
print_palette (void)
{
  return alignment_palette_get (ALIGNMENT_PALETTE_PRINT, ALIGNMENT_SCALE_RED_GREEN);
}

double
report_body_top (AlignmentReport *self)
{
  return REPORT_MARGIN + 3.2 * REPORT_BAND_SIZE;
}

double
report_body_height (AlignmentReport *self)
{
  return self->height - report_body_top (self) - REPORT_MARGIN - 3.2 * REPORT_BAND_SIZE;
}

double
report_body_width (AlignmentReport *self)
{
  return self->width - 2 * REPORT_MARGIN;
}

PangoLayout *
report_layout (PangoContext *context,
               const char   *markup,
               double        size,
               double        width)
{
  PangoLayout *layout = alignment_render_text_layout (context, "", size, FALSE);

  pango_layout_set_markup (layout, markup, -1);
  if (width > 0)
    {
      pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
      /* A long id or address breaks inside the word rather than run over
       * the page. */
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
    }
  return layout;
}

char *
report_escape_max (const char *text,
                   glong       max_chars)
{
  g_autofree char *cut = NULL;

  if (text == NULL)
    return g_strdup ("");
  /* What users typed can be of any length; a block must fit a page. */
  if (g_utf8_strlen (text, -1) > max_chars)
    {
      g_autofree char *head = g_utf8_substring (text, 0, max_chars - 1);

      cut = g_strconcat (head, "…", NULL);
      text = cut;
    }
  return g_markup_escape_text (text, -1);
}

char *
report_escape (const char *text)
{
  return report_escape_max (text, REPORT_MAX_CHARS);
}

static double
text_height (AlignmentReport *self,
             const char      *markup,
             double           size,
             double           width)
{
  g_autoptr(PangoLayout) layout = report_layout (self->context, markup, size, width);
  int w, h;

  pango_layout_get_size (layout, &w, &h);
  return (double) h / PANGO_SCALE;
}

static ReportBlock *
add_block (AlignmentReport *self,
           ReportBlockKind  kind)
{
  ReportBlock *block = g_new0 (ReportBlock, 1);

  block->kind = kind;
  block->size = REPORT_BODY_SIZE;
  g_ptr_array_add (self->blocks, block);
  return block;
}

ReportBlock *
report_add_text (AlignmentReport *self,
                 const char      *markup,
                 double           size)
{
  ReportBlock *block = add_block (self, REPORT_BLOCK_TEXT);

  block->markup = g_strdup (markup);
  block->size = size;
  block->space_after = 0.5 * size;
  return block;
}

ReportBlock *
report_add_heading (AlignmentReport *self,
                    const char      *text,
                    gboolean         new_page)
{
  g_autofree char *escaped = report_escape (text);
  g_autofree char *markup = g_strdup_printf ("<b>%s</b>", escaped);
  ReportBlock *block;

  if (new_page)
    report_add_break (self);
  block = report_add_text (self, markup, REPORT_H1_SIZE);
  block->space_before = REPORT_H1_SIZE;
  block->space_after = 0.6 * REPORT_H1_SIZE;
  block->keep_with_next = TRUE;
  return block;
}

ReportBlock *
report_add_subheading (AlignmentReport *self,
                       const char      *text)
{
  g_autofree char *escaped = report_escape (text);
  g_autofree char *markup = g_strdup_printf ("<b>%s</b>", escaped);
  ReportBlock *block = report_add_text (self, markup, REPORT_H2_SIZE);

  block->space_before = REPORT_H2_SIZE;
  block->space_after = 0.4 * REPORT_H2_SIZE;
  block->keep_with_next = TRUE;
  return block;
}

ReportBlock *
report_add_row (AlignmentReport *self,
                const double    *widths,
                guint            n_cells,
                const char     **cells,
                gboolean         header_row)
{
  ReportBlock *block = add_block (self, REPORT_BLOCK_ROW);

  g_return_val_if_fail (n_cells <= REPORT_MAX_COLUMNS, block);

  block->n_cells = n_cells;
  for (guint i = 0; i < n_cells; i++)
    {
      block->cells[i] = g_strdup (cells[i] != NULL ? cells[i] : "");
      block->widths[i] = widths[i];
    }
  block->size = REPORT_TABLE_SIZE;
  block->header_row = header_row;
  block->keep_with_next = header_row;
  if (header_row)
    self->shade = 0;
  else
    block->shaded = (self->shade++ % 2) == 1;
  return block;
}

ReportBlock *
report_add_figure (AlignmentReport *self,
                   double           height,
                   ReportFigureFunc paint,
                   gpointer         data,
                   GDestroyNotify   destroy)
{
  ReportBlock *block = add_block (self, REPORT_BLOCK_FIGURE);

  block->paint = paint;
  block->paint_data = data;
  block->paint_destroy = destroy;
  block->height = MIN (height, report_body_height (self));
  block->space_after = REPORT_BODY_SIZE;
  return block;
}

void
report_add_break (AlignmentReport *self)
{
  add_block (self, REPORT_BLOCK_BREAK);
}

static double
measure (AlignmentReport *self,
         ReportBlock     *block)
{
  double width = report_body_width (self);

  switch (block->kind)
    {
    case REPORT_BLOCK_TEXT:
      return text_height (self, block->markup, block->size, width - block->indent);
    case REPORT_BLOCK_ROW:
      {
        double height = 0;

        for (guint i = 0; i < block->n_cells; i++)
          height = MAX (height, text_height (self, block->cells[i], block->size,
                                             block->widths[i] * width - 2 * CELL_PAD));
        return height + 2 * CELL_PAD;
      }
    case REPORT_BLOCK_FIGURE:
      return block->height;
    case REPORT_BLOCK_BREAK:
    default:
      return 0;
    }
}

/* Rows are kept together with the header row of their table, which is
 * drawn again at the top of a page the table runs onto. */
void
report_paginate (AlignmentReport *self)
{
  double body = report_body_height (self);
  guint page = 0;
  double y = 0;
  gboolean page_empty = TRUE;
  ReportBlock *table_header = NULL;

  for (guint i = 0; i < self->blocks->len; i++)
    {
      ReportBlock *block = self->blocks->pdata[i];
      double need;

      if (block->kind == REPORT_BLOCK_BREAK)
        {
          if (!page_empty)
            {
              page++;
              y = 0;
              page_empty = TRUE;
            }
          table_header = NULL;
          continue;
        }

      if (block->kind != REPORT_BLOCK_FIGURE)
        block->height = measure (self, block);
      if (block->kind != REPORT_BLOCK_ROW)
        table_header = NULL;
      else if (block->header_row)
        table_header = block;

      /* A heading (or a table's header) needs room for what follows it. */
      need = (page_empty ? 0 : block->space_before) + block->height;
      if (block->keep_with_next && i + 1 < self->blocks->len)
        {
          ReportBlock *next = self->blocks->pdata[i + 1];

          if (next->kind != REPORT_BLOCK_BREAK)
            {
              if (next->kind != REPORT_BLOCK_FIGURE)
                next->height = measure (self, next);
              need += block->space_after + MIN (next->height, body / 3);
            }
        }

      if (!page_empty && y + need > body)
        {
          page++;
          y = 0;
          page_empty = TRUE;
          /* The table's header again, over the rest of its rows. */
          if (table_header != NULL && table_header != block)
            {
              block->repeat_header = table_header;
              y += table_header->height;
            }
        }

      if (!page_empty)
        y += block->space_before;
      block->page = page;
      block->y = y;
      y += block->height + block->space_after;
      page_empty = FALSE;
    }

  self->n_pages = page + 1;
}

static void
draw_text (AlignmentReport *self,
           cairo_t         *cr,
           const char      *markup,
           double           size,
           double           x,
           double           y,
           double           width)
{
  PangoContext *context = pango_cairo_create_context (cr);
  g_autoptr(PangoLayout) layout = report_layout (context, markup, size, width);

  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
  g_object_unref (context);
}

static void
draw_row (AlignmentReport *self,
          cairo_t         *cr,
          ReportBlock     *block,
          double           top)
{
  const AlignmentPalette *palette = print_palette ();
  double width = report_body_width (self);
  double x = REPORT_MARGIN;

  if (block->shaded)
    {
      /* A light band: on grey paper it stays lighter than the text. */
      cairo_set_source_rgba (cr, palette->grid.red, palette->grid.green, palette->grid.blue, 0.35);
      cairo_rectangle (cr, x, top, width, block->height);
      cairo_fill (cr);
    }

  alignment_rgba_set_source (cr, &palette->foreground);
  for (guint i = 0; i < block->n_cells; i++)
    {
      double w = block->widths[i] * width;
      g_autofree char *markup = block->header_row
        ? g_strdup_printf ("<b>%s</b>", block->cells[i]) : g_strdup (block->cells[i]);

      draw_text (self, cr, markup, block->size, x + CELL_PAD, top + CELL_PAD, w - 2 * CELL_PAD);
      x += w;
    }

  if (block->header_row)
    {
      cairo_set_line_width (cr, 0.8);
      cairo_move_to (cr, REPORT_MARGIN, top + block->height - 0.4);
      cairo_line_to (cr, REPORT_MARGIN + width, top + block->height - 0.4);
      cairo_stroke (cr);
    }
}

void
report_draw_block (AlignmentReport *self,
                   cairo_t         *cr,
                   ReportBlock     *block,
                   double           top)
{
  const AlignmentPalette *palette = print_palette ();

  cairo_save (cr);
  switch (block->kind)
    {
    case REPORT_BLOCK_TEXT:
      alignment_rgba_set_source (cr, &palette->foreground);
      draw_text (self, cr, block->markup, block->size, REPORT_MARGIN + block->indent, top,
                 report_body_width (self) - block->indent);
      break;
    case REPORT_BLOCK_ROW:
      draw_row (self, cr, block, top);
      break;
    case REPORT_BLOCK_FIGURE:
      cairo_translate (cr, REPORT_MARGIN, top);
      cairo_rectangle (cr, 0, 0, report_body_width (self), block->height);
      cairo_clip (cr);
      block->paint (cr, report_body_width (self), block->height, block->paint_data);
      break;
    case REPORT_BLOCK_BREAK:
    default:
      break;
    }
  cairo_restore (cr);
}
