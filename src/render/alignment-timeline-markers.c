/* alignment-timeline-markers.c: the timeline's markers and ids, batched
 *
 * On a pixel surface a thousand markers cost cairo a fill and a stroke
 * each, and their ids a pango layout each: the overhead of every call,
 * not the pixels, is what makes the frame slow.  Here every marker is
 * taken apart into its pieces (bar, fill, edge, id box, id), and each
 * piece gets a level one above the highest earlier piece it overlaps.
 * Pieces of one level do not touch the same pixels, so they can be
 * drawn in any order: all pieces of one level and one look go into one
 * path, filled or stroked once.  Ids are shaped once per case and
 * drawn straight from their glyphs.  Every pixel still sees the same
 * operations in the same order as when the markers are drawn one by
 * one, so the picture does not change but for what follows.
 *
 * A marker's fill and edge cost cairo a tessellation of its shape each
 * time, even batched.  Where the surface's pixels are a plain scale of
 * the user space, a marker is instead stamped: its look is drawn once
 * into a small image (a sprite) for each quarter-pixel offset, kept
 * from frame to frame, and copied into place.  That moves a marker by
 * at most an eighth of a pixel.  Bars and the boxes behind ids lie on
 * whole pixels there, and where cairo's pixels can be written directly
 * (alignment-pixels.c), the stamps, bars, boxes and ids (from their
 * glyphs' coverage) are written so, without a cairo call each.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "alignment-pixels.h"
#include "alignment-timeline-data-private.h"
#include "alignment-timeline-painter-private.h"

typedef enum
{
  PIECE_BAR,
  PIECE_SELECT,
  PIECE_FILL,
  PIECE_EDGE,
  PIECE_MARK,   /* fill and edge, stamped from a sprite */
  PIECE_FOCUS,
  PIECE_BOX,
  PIECE_TEXT,
  PIECE_PANGO,  /* an id pango draws itself */
} PieceKind;

/* What the pieces of a batch share. */
typedef struct
{
  PieceKind             kind;
  AlignmentMarkerShape  shape;
  double                red, green, blue, alpha;
  double                line_width;
  gboolean              bold;
  cairo_scaled_font_t  *font;
  /* PIECE_MARK: the edge's colour (the fill's is above) and the size */
  double                edge[4];
  double                radius;
} Look;

typedef struct
{
  guint level;
  guint look;
  guint marker;
  const AlignmentTimelineShaped *shaped;
} Piece;

/* Which pieces touch a cell of a coarse grid over the clip, to find the
 * overlaps of a piece without looking at all others. */
typedef struct
{
  int   next;     /* the cell's entry before, or -1 */
  guint piece;
} Entry;

typedef struct
{
  double  x0, y0, cell;
  int     columns, rows;
  int    *head;       /* by cell: the last entry, or -1 */
  Entry  *entries;
  guint   n_entries, n_allocated;
  double *boxes;      /* x0, y0, x1, y1 by piece */
  guint   n_boxes, n_boxes_allocated;
} Grid;

typedef struct
{
  cairo_t                       *cr;
  const AlignmentTimelineLayout *layout;
  const AlignmentTimelineStyle  *style;
  const AlignmentPalette        *palette;
  double                         f;
  double                         pad;
  double                         clip[4];
  /* The clip's boxes when it is more than one: a pan's margins around
   * the lanes, whose extents cover the lanes too. */
  cairo_rectangle_list_t        *clip_boxes;
  GArray                        *looks;
  GArray                        *digests;   /* guint64, by look */
  GArray                        *pieces;
  Grid                           grid;
  PangoLayout                   *text[2];   /* normal, bold */
  char                          *text_key[2];
  guint64                        stamp;
  /* On a grid of pixels, markers are stamped from sprites and bars and
   * boxes lie on whole pixels; with pixels.data, all of these and the
   * ids are written straight into the pixels. */
  gboolean                       on_grid;
  AlignmentPixels                pixels;
} Batch;

/* A digest of the fields look_index() compares, to compare fewer. */
static guint64
look_digest (const Look *look)
{
  const double values[] = { look->red, look->green, look->blue, look->alpha, look->line_width, look->radius,
                            look->edge[0], look->edge[1], look->edge[2], look->edge[3] };
  guint64 digest = (guint64) look->kind * 31 + (guint64) look->shape;

  digest = digest * 31 + (guint64) look->bold;
  digest = digest * 31 + GPOINTER_TO_SIZE (look->font);
  for (guint i = 0; i < G_N_ELEMENTS (values); i++)
    {
      guint64 bits;

      memcpy (&bits, &values[i], sizeof bits);
      digest = (digest ^ bits) * G_GUINT64_CONSTANT (1099511628211);
    }
  return digest;
}

static guint
look_index (Batch      *b,
            const Look *look)
{
  guint64 digest = look_digest (look);

  for (guint i = 0; i < b->looks->len; i++)
    {
      const Look *l = &g_array_index (b->looks, Look, i);

      if (g_array_index (b->digests, guint64, i) == digest
          && l->kind == look->kind && l->shape == look->shape && l->red == look->red && l->green == look->green
          && l->blue == look->blue && l->alpha == look->alpha && l->line_width == look->line_width
          && l->bold == look->bold && l->font == look->font && l->radius == look->radius
          && memcmp (l->edge, look->edge, sizeof l->edge) == 0)
        return i;
    }
  g_array_append_vals (b->looks, look, 1);
  g_array_append_val (b->digests, digest);
  return b->looks->len - 1;
}

static Look
look_of (PieceKind            kind,
         const AlignmentRgba *color,
         double               alpha)
{
  Look look = { 0 };

  look.kind = kind;
  look.red = color->red;
  look.green = color->green;
  look.blue = color->blue;
  look.alpha = color->alpha * alpha;
  return look;
}

static void
grid_init (Grid         *grid,
           const double *clip,
           double        cell)
{
  memset (grid, 0, sizeof *grid);
  grid->x0 = clip[0];
  grid->y0 = clip[1];
  grid->cell = cell;
  grid->columns = MAX (1, (int) ceil ((clip[2] - clip[0]) / cell));
  grid->rows = MAX (1, (int) ceil ((clip[3] - clip[1]) / cell));
  grid->head = g_new (int, (gsize) grid->columns * grid->rows);
  memset (grid->head, 0xff, sizeof (int) * (gsize) grid->columns * grid->rows);
}

static void
grid_clear (Grid *grid)
{
  g_free (grid->head);
  g_free (grid->entries);
  g_free (grid->boxes);
}

/* Adds a piece that covers @box (x0, y0, x1, y1) and returns its level:
 * one above the highest of the pieces it overlaps, 0 when none. */
static guint
grid_add (Grid         *grid,
          GArray       *pieces,
          const double *box)
{
  int c0 = CLAMP ((int) floor ((box[0] - grid->x0) / grid->cell), 0, grid->columns - 1);
  int c1 = CLAMP ((int) floor ((box[2] - grid->x0) / grid->cell), 0, grid->columns - 1);
  int r0 = CLAMP ((int) floor ((box[1] - grid->y0) / grid->cell), 0, grid->rows - 1);
  int r1 = CLAMP ((int) floor ((box[3] - grid->y0) / grid->cell), 0, grid->rows - 1);
  guint index = grid->n_boxes, n_cells = (guint) ((r1 - r0 + 1) * (c1 - c0 + 1));
  guint level = 0;

  for (int r = r0; r <= r1; r++)
    for (int c = c0; c <= c1; c++)
      for (int e = grid->head[r * grid->columns + c]; e >= 0; e = grid->entries[e].next)
        {
          guint other = grid->entries[e].piece;
          const double *o = grid->boxes + 4 * other;

          if (o[0] < box[2] && box[0] < o[2] && o[1] < box[3] && box[1] < o[3])
            level = MAX (level, g_array_index (pieces, Piece, other).level + 1);
        }

  if (grid->n_boxes == grid->n_boxes_allocated)
    {
      grid->n_boxes_allocated = MAX (64, 2 * grid->n_boxes_allocated);
      grid->boxes = g_renew (double, grid->boxes, 4 * (gsize) grid->n_boxes_allocated);
    }
  memcpy (grid->boxes + 4 * grid->n_boxes++, box, 4 * sizeof (double));
  if (grid->n_entries + n_cells > grid->n_allocated)
    {
      grid->n_allocated = MAX (grid->n_entries + n_cells, MAX (256, 2 * grid->n_allocated));
      grid->entries = g_renew (Entry, grid->entries, grid->n_allocated);
    }
  for (int r = r0; r <= r1; r++)
    for (int c = c0; c <= c1; c++)
      {
        int *head = &grid->head[r * grid->columns + c];

        grid->entries[grid->n_entries].next = *head;
        grid->entries[grid->n_entries].piece = index;
        *head = (int) grid->n_entries++;
      }
  return level;
}

/* Queues a piece covering x0..x1 × y0..y1 (before the margin that
 * antialiasing and glyph snapping need); what lies outside the clip is
 * left out. */
static void
add_piece (Batch                         *b,
           const Look                    *look,
           guint                          marker,
           double                         x0,
           double                         y0,
           double                         x1,
           double                         y1,
           const AlignmentTimelineShaped *shaped)
{
  double box[4] = { x0 - b->pad, y0 - b->pad, x1 + b->pad, y1 + b->pad };
  Piece piece = { 0, 0, marker, shaped };

  if (box[2] <= b->clip[0] || box[0] >= b->clip[2] || box[3] <= b->clip[1] || box[1] >= b->clip[3])
    return;
  if (b->clip_boxes != NULL)
    {
      gboolean inside = FALSE;

      for (int i = 0; i < b->clip_boxes->num_rectangles && !inside; i++)
        {
          const cairo_rectangle_t *r = &b->clip_boxes->rectangles[i];

          inside = box[2] > r->x && box[0] < r->x + r->width && box[3] > r->y && box[1] < r->y + r->height;
        }
      if (!inside)
        return;
    }
  piece.look = look_index (b, look);
  piece.level = grid_add (&b->grid, b->pieces, box);
  g_array_append_val (b->pieces, piece);
}

/* The reach of a marker's shape from its centre (see marker_path). */
static double
shape_reach (AlignmentMarkerShape shape,
             double               r)
{
  switch (shape)
    {
    case ALIGNMENT_MARKER_SQUARE:
      return r * 0.86;
    case ALIGNMENT_MARKER_TRIANGLE:
    case ALIGNMENT_MARKER_DIAMOND:
      return r * 1.2;
    case ALIGNMENT_MARKER_DOT:
      return r * 0.7;
    case ALIGNMENT_MARKER_CIRCLE:
    default:
      return r;
    }
}

static const AlignmentTimelineShaped *
shape_id (Batch      *b,
          gboolean    bold,
          const char *id)
{
  if (b->text[bold] == NULL)
    {
      b->text[bold] = _alignment_timeline_text_layout (b->cr, b->f, bold);
      b->text_key[bold] = g_strdup_printf ("%g %d", b->f, bold);
    }
  return alignment_timeline_text_shape (b->layout->data->text, b->text[bold], b->text_key[bold], b->stamp, id);
}

static void
add_marker (Batch *b,
            guint  index)
{
  const AlignmentTimelineMarker *m = &g_array_index (b->layout->markers, AlignmentTimelineMarker, index);
  const AlignmentTimelineStyle *style = b->style;
  const AlignmentPalette *palette = b->palette;
  const AlignmentRgba *color = &palette->signal_type[m->type <= ALIGNMENT_SIGNAL_TYPE_ALIGNMENT_EVENT ? m->type : 0];
  double alpha = _alignment_timeline_alpha_for (style, m->position);
  gboolean selected = style != NULL && (int) m->position == style->selected;
  double f = b->f, r = m->radius;
  double reach = shape_reach (m->shape, r);
  Look look;

  if (m->x_end > m->x)
    {
      double cap = r * 0.9;

      look = look_of (PIECE_BAR, color, alpha);
      look.line_width = MAX (0.2 * f, 1.0);
      add_piece (b, &look, index, m->x, m->y - MAX (cap, look.line_width / 2),
                 m->x_end + look.line_width / 2, m->y + MAX (cap, look.line_width / 2), NULL);
    }

  if (selected || (style != NULL && (int) m->position == style->hovered))
    {
      double ring = r * 1.35 + 0.3 * f;

      look = look_of (PIECE_SELECT, &palette->accent, selected ? 0.35 : 0.18);
      add_piece (b, &look, index, m->x - ring, m->y - ring, m->x + ring, m->y + ring, NULL);
    }

  {
    const AlignmentRgba *fill = m->hollow ? &palette->background : color;
    const AlignmentRgba *edge = m->hollow ? color : &palette->background;
    double line_width = m->hollow ? MAX (r * 0.32, 1.0) : MAX (r * 0.14, 0.5);
    /* A mitred corner reaches out further than the line's half width. */
    double edge_reach = reach + line_width * 2;

    if (b->on_grid)
      {
        look = look_of (PIECE_MARK, fill, alpha);
        look.shape = m->shape;
        look.line_width = line_width;
        look.radius = r;
        look.edge[0] = edge->red;
        look.edge[1] = edge->green;
        look.edge[2] = edge->blue;
        look.edge[3] = edge->alpha * alpha;
        add_piece (b, &look, index, m->x - edge_reach, m->y - edge_reach, m->x + edge_reach, m->y + edge_reach, NULL);
      }
    else
      {
        look = look_of (PIECE_FILL, fill, alpha);
        look.shape = m->shape;
        add_piece (b, &look, index, m->x - reach, m->y - reach, m->x + reach, m->y + reach, NULL);

        look = look_of (PIECE_EDGE, edge, alpha);
        look.shape = m->shape;
        look.line_width = line_width;
        add_piece (b, &look, index, m->x - edge_reach, m->y - edge_reach, m->x + edge_reach, m->y + edge_reach, NULL);
      }
  }

  if (style != NULL && (int) m->position == style->focused)
    {
      double ring = r * 1.35 + 0.45 * f + MAX (0.12 * f, 1.0);

      look = look_of (PIECE_FOCUS, &palette->accent, 1.0);
      look.line_width = MAX (0.12 * f, 1.0);
      add_piece (b, &look, index, m->x - ring, m->y - ring, m->x + ring, m->y + ring, NULL);
    }

  if (m->has_label)
    {
      int shade = b->layout->options.lanes == ALIGNMENT_TIMELINE_LANES_PARTY ? (int) m->lane : (int) (m->thread % 2);
      const AlignmentTimelineRect *l = &m->label;
      const AlignmentTimelineShaped *shaped;
      double x0 = l->x - 0.1 * f, y0 = l->y + 0.1 * f;

      look = look_of (PIECE_BOX, &palette->lane[MIN (shade, 1)], 0.85 * alpha);
      add_piece (b, &look, index, x0, y0, x0 + l->width + 0.2 * f, y0 + l->height - 0.2 * f, NULL);

      /* Ids outside the clip are not even shaped. */
      if (l->x + l->width + f < b->clip[0] || l->x - f > b->clip[2]
          || l->y + l->height + f < b->clip[1] || l->y - f > b->clip[3])
        return;
      shaped = shape_id (b, selected, m->id);
      look = look_of (shaped->font != NULL ? PIECE_TEXT : PIECE_PANGO,
                      selected ? &palette->accent : &palette->foreground, alpha);
      look.bold = selected;
      look.font = shaped->font;
      /* Ink may stray a little beyond the logical box. */
      add_piece (b, &look, index, l->x - 0.3 * f, l->y - 0.3 * f,
                 l->x + l->width + 0.3 * f, l->y + l->height + 0.3 * f, shaped);
    }
}

/* The pieces by level, then look, then the order they came in: counted
 * into place, since levels and looks are few. */
static GArray *
sort_pieces (GArray *pieces,
             guint   n_looks)
{
  GArray *sorted = g_array_sized_new (FALSE, FALSE, sizeof (Piece), pieces->len);
  g_autofree guint *start = NULL;
  guint n_levels = 0, n_keys;

  for (guint i = 0; i < pieces->len; i++)
    n_levels = MAX (n_levels, g_array_index (pieces, Piece, i).level + 1);
  n_keys = n_levels * n_looks;
  start = g_new0 (guint, n_keys + 1);
  for (guint i = 0; i < pieces->len; i++)
    {
      const Piece *p = &g_array_index (pieces, Piece, i);

      start[p->level * n_looks + p->look + 1]++;
    }
  for (guint k = 0; k < n_keys; k++)
    start[k + 1] += start[k];
  g_array_set_size (sorted, pieces->len);
  for (guint i = 0; i < pieces->len; i++)
    {
      const Piece *p = &g_array_index (pieces, Piece, i);

      g_array_index (sorted, Piece, start[p->level * n_looks + p->look]++) = *p;
    }
  g_array_unref (pieces);
  return sorted;
}

/* ---- Boxes on whole pixels -------------------------------------------- */

/* On a grid, a bar and its end in pixels: as thick as whole pixels, and
 * the bar stopping where its end starts, so that the two do not
 * overlap.  Gives the number of boxes. */
static guint
bar_boxes (const Batch                   *b,
           const Look                    *look,
           const AlignmentTimelineMarker *m,
           int                            boxes[2][4])
{
  const AlignmentPixels *p = &b->pixels;
  int thick = (int) MAX (1.0, round (look->line_width * p->scale));
  int tall = (int) MAX (1.0, round (2 * m->radius * 0.9 * p->scale));
  int x0 = (int) round (alignment_pixels_x (p, m->x));
  int end = (int) round (alignment_pixels_x (p, m->x_end) - thick / 2.0);
  int y = (int) round (alignment_pixels_y (p, m->y) - thick / 2.0);
  int end_y = (int) round (alignment_pixels_y (p, m->y) - tall / 2.0);
  guint n = 0;

  if (end > x0)
    {
      boxes[n][0] = x0;
      boxes[n][1] = y;
      boxes[n][2] = end;
      boxes[n][3] = y + thick;
      n++;
    }
  boxes[n][0] = end;
  boxes[n][1] = end_y;
  boxes[n][2] = end + thick;
  boxes[n][3] = end_y + tall;
  return n + 1;
}

/* The box behind a marker's id; on a grid, in whole pixels. */
static void
label_box (const Batch                   *b,
           const AlignmentTimelineMarker *m,
           double                         box[4])
{
  const AlignmentTimelineRect *l = &m->label;
  double f = b->f;

  box[0] = l->x - 0.1 * f;
  box[1] = l->y + 0.1 * f;
  box[2] = l->x + l->width + 0.1 * f;
  box[3] = l->y + l->height - 0.1 * f;
  if (b->on_grid)
    {
      box[0] = round (alignment_pixels_x (&b->pixels, box[0]));
      box[1] = round (alignment_pixels_y (&b->pixels, box[1]));
      box[2] = round (alignment_pixels_x (&b->pixels, box[2]));
      box[3] = round (alignment_pixels_y (&b->pixels, box[3]));
    }
}

static void
path_piece (Batch       *b,
            const Look  *look,
            const Piece *piece)
{
  const AlignmentTimelineMarker *m = &g_array_index (b->layout->markers, AlignmentTimelineMarker, piece->marker);
  double f = b->f;

  switch (look->kind)
    {
    case PIECE_BAR:
      if (b->on_grid)
        {
          int boxes[2][4];
          guint n = bar_boxes (b, look, m, boxes);

          for (guint i = 0; i < n; i++)
            alignment_pixels_path_box (&b->pixels, b->cr, boxes[i][0], boxes[i][1], boxes[i][2], boxes[i][3]);
        }
      else
        {
          /* The stroke of the bar and its end, butt-capped, as boxes:
           * cairo fills boxes far faster than it strokes lines. */
          double w = look->line_width / 2;

          cairo_rectangle (b->cr, m->x, m->y - w, m->x_end - m->x, 2 * w);
          cairo_rectangle (b->cr, m->x_end - w, m->y - m->radius * 0.9, 2 * w, 2 * m->radius * 0.9);
        }
      break;
    case PIECE_SELECT:
      cairo_new_sub_path (b->cr);
      cairo_arc (b->cr, m->x, m->y, m->radius * 1.35 + 0.3 * f, 0, 2 * G_PI);
      break;
    case PIECE_FOCUS:
      cairo_new_sub_path (b->cr);
      cairo_arc (b->cr, m->x, m->y, m->radius * 1.35 + 0.45 * f, 0, 2 * G_PI);
      break;
    case PIECE_BOX:
      {
        double box[4];

        label_box (b, m, box);
        if (b->on_grid)
          alignment_pixels_path_box (&b->pixels, b->cr, box[0], box[1], box[2], box[3]);
        else
          cairo_rectangle (b->cr, box[0], box[1], box[2] - box[0], box[3] - box[1]);
      }
      break;
    case PIECE_FILL:
    case PIECE_EDGE:
    case PIECE_MARK:
    case PIECE_TEXT:
    case PIECE_PANGO:
    default:
      _alignment_timeline_marker_path (b->cr, m->shape, m->x, m->y, m->radius);
      break;
    }
}

/* ---- Sprites ---------------------------------------------------------- */

/* A look at a scale and a quarter-pixel offset; zeroed before filling,
 * so that it hashes and compares as bytes. */
typedef struct
{
  int    shape;
  int    qx, qy;
  double scale;
  double device_scale;
  double fill[4];
  double edge[4];
  double line_width;
  double radius;
} SpriteKey;

typedef struct
{
  cairo_surface_t *surface;
  int              half;    /* pixels from the sprite's corner to the marker's */
} Sprite;

/* Sprites kept from frame to frame, per thread (the report draws in a
 * worker); emptied before a frame when they pile up past what any case
 * needs, never during one, which holds on to those it found. */
#define MAX_SPRITES 2048

static void
sprite_free (gpointer data)
{
  Sprite *sprite = data;

  cairo_surface_destroy (sprite->surface);
  g_free (sprite);
}

static guint
sprite_key_hash (gconstpointer key)
{
  const guchar *bytes = key;
  guint hash = 2166136261u;

  for (gsize i = 0; i < sizeof (SpriteKey); i++)
    hash = (hash ^ bytes[i]) * 16777619u;
  return hash;
}

static gboolean
sprite_key_equal (gconstpointer a,
                  gconstpointer b)
{
  return memcmp (a, b, sizeof (SpriteKey)) == 0;
}

static GPrivate sprites_key = G_PRIVATE_INIT ((GDestroyNotify) g_hash_table_unref);

static GHashTable *
sprites (void)
{
  GHashTable *table = g_private_get (&sprites_key);

  if (table == NULL)
    {
      table = g_hash_table_new_full (sprite_key_hash, sprite_key_equal, g_free, sprite_free);
      g_private_set (&sprites_key, table);
    }
  return table;
}

/* The marker of @look drawn as the one-by-one drawing does (fill, then
 * edge), its centre @qx, @qy quarters of a pixel from a pixel's corner. */
static const Sprite *
sprite_get (const Look *look,
            double      scale,
            double      device_scale,
            int         qx,
            int         qy)
{
  GHashTable *table = sprites ();
  SpriteKey key;
  Sprite *sprite;
  cairo_t *cr;
  int size;

  memset (&key, 0, sizeof key);
  key.shape = look->shape;
  key.qx = qx;
  key.qy = qy;
  key.scale = scale;
  key.device_scale = device_scale;
  key.fill[0] = look->red;
  key.fill[1] = look->green;
  key.fill[2] = look->blue;
  key.fill[3] = look->alpha;
  memcpy (key.edge, look->edge, sizeof key.edge);
  key.line_width = look->line_width;
  key.radius = look->radius;

  if ((sprite = g_hash_table_lookup (table, &key)) != NULL)
    return sprite;

  sprite = g_new0 (Sprite, 1);
  sprite->half = (int) ceil ((shape_reach (look->shape, look->radius) + look->line_width * 2) * scale) + 1;
  size = 2 * sprite->half + 2;
  sprite->surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, size, size);
  cr = cairo_create (sprite->surface);
  cairo_translate (cr, sprite->half + qx / 4.0, sprite->half + qy / 4.0);
  cairo_scale (cr, scale, scale);
  _alignment_timeline_marker_path (cr, look->shape, 0, 0, look->radius);
  cairo_set_source_rgba (cr, look->red, look->green, look->blue, look->alpha);
  cairo_fill_preserve (cr);
  cairo_set_line_width (cr, look->line_width);
  cairo_set_source_rgba (cr, look->edge[0], look->edge[1], look->edge[2], look->edge[3]);
  cairo_stroke (cr);
  cairo_destroy (cr);
  cairo_surface_flush (sprite->surface);
  /* A pixel of the sprite on a pixel of the surface. */
  cairo_surface_set_device_scale (sprite->surface, device_scale, device_scale);

  g_hash_table_insert (table, g_memdup2 (&key, sizeof key), sprite);
  return sprite;
}

/* Stamps each marker of @n pieces of one look from its sprite. */
static void
stamp_batch (Batch       *b,
             const Look  *look,
             const Piece *pieces,
             guint        n)
{
  const AlignmentPixels *p = &b->pixels;
  /* By quarter-pixel offset: looked up once for all markers of a look. */
  const Sprite *found[16] = { NULL };
  cairo_t *cr = b->cr;

  cairo_save (cr);
  /* Device space: a sprite's pixels on the surface's own. */
  cairo_identity_matrix (cr);
  for (guint i = 0; i < n; i++)
    {
      const AlignmentTimelineMarker *m = &g_array_index (b->layout->markers, AlignmentTimelineMarker, pieces[i].marker);
      double px = alignment_pixels_x (p, m->x);
      double py = alignment_pixels_y (p, m->y);
      double fx = floor (px), fy = floor (py);
      int qx = (int) lround ((px - fx) * 4);
      int qy = (int) lround ((py - fy) * 4);
      const Sprite *sprite;
      double x, y;

      if (qx == 4)
        fx += 1, qx = 0;
      if (qy == 4)
        fy += 1, qy = 0;
      sprite = found[qx * 4 + qy];
      if (sprite == NULL)
        sprite = found[qx * 4 + qy] = sprite_get (look, p->scale, p->device_scale, qx, qy);
      if (p->data != NULL)
        {
          alignment_pixels_image (p, sprite->surface, (int) fx - sprite->half, (int) fy - sprite->half);
          continue;
        }
      /* Back from pixels to device space. */
      x = (fx - sprite->half - p->device_offset[0]) / p->device_scale;
      y = (fy - sprite->half - p->device_offset[1]) / p->device_scale;
      cairo_set_source_surface (cr, sprite->surface, x, y);
      cairo_rectangle (cr, x, y, cairo_image_surface_get_width (sprite->surface) / p->device_scale,
                       cairo_image_surface_get_height (sprite->surface) / p->device_scale);
      cairo_fill (cr);
    }
  cairo_restore (cr);
}

/* Writes the bars or boxes of @n pieces of one look into the pixels. */
static void
fill_pixels (Batch       *b,
             const Look  *look,
             const Piece *pieces,
             guint        n)
{
  guint32 color = alignment_pixels_color (look->red, look->green, look->blue, look->alpha);

  for (guint i = 0; i < n; i++)
    {
      const AlignmentTimelineMarker *m = &g_array_index (b->layout->markers, AlignmentTimelineMarker, pieces[i].marker);
      int boxes[2][4];
      guint n_boxes;

      if (look->kind == PIECE_BAR)
        n_boxes = bar_boxes (b, look, m, boxes);
      else
        {
          double box[4];

          label_box (b, m, box);
          for (int j = 0; j < 4; j++)
            boxes[0][j] = (int) box[j];
          n_boxes = 1;
        }
      for (guint j = 0; j < n_boxes; j++)
        alignment_pixels_box (&b->pixels, boxes[j][0], boxes[j][1], boxes[j][2], boxes[j][3], color);
    }
}

/* Writes an id into the pixels from the coverage of its glyphs, where
 * _alignment_timeline_show_shaped() would draw them; FALSE when cairo
 * must draw it. */
static gboolean
show_mask (Batch                         *b,
           const AlignmentTimelineShaped *shaped,
           double                         x,
           double                         y,
           const AlignmentPixelsInk      *ink)
{
  const AlignmentPixels *p = &b->pixels;
  cairo_surface_t *mask;
  double px, py;
  int left, top;

  if (p->data == NULL)
    return FALSE;
  alignment_pixels_point (p, x, y, &px, &py);
  mask = alignment_timeline_shaped_mask (shaped, p->scale, px, py + shaped->baseline * p->scale, &left, &top);
  if (mask == NULL)
    return FALSE;
  alignment_pixels_mask (p, mask, left, top, ink);
  return TRUE;
}

/* Draws @n pieces of one level and look: one path, one fill or stroke. */
static void
draw_batch (Batch       *b,
            const Piece *pieces,
            guint        n)
{
  const Look *look = &g_array_index (b->looks, Look, pieces[0].look);
  cairo_t *cr = b->cr;

  if (look->kind == PIECE_MARK)
    {
      stamp_batch (b, look, pieces, n);
      return;
    }
  if (b->pixels.data != NULL && (look->kind == PIECE_BAR || look->kind == PIECE_BOX))
    {
      fill_pixels (b, look, pieces, n);
      return;
    }

  cairo_set_source_rgba (cr, look->red, look->green, look->blue, look->alpha);

  if (look->kind == PIECE_TEXT)
    {
      AlignmentPixelsInk ink;

      if (b->pixels.data != NULL)
        alignment_pixels_ink (&ink, alignment_pixels_color (look->red, look->green, look->blue, look->alpha));
      /* An id per call: cairo composites the glyphs of a call through a
       * mask as big as all of them together when any two touch, and
       * letters of one id touch. */
      for (guint i = 0; i < n; i++)
        {
          const AlignmentTimelineMarker *m = &g_array_index (b->layout->markers, AlignmentTimelineMarker, pieces[i].marker);

          if (!show_mask (b, pieces[i].shaped, m->label.x, m->label.y, &ink))
            _alignment_timeline_show_shaped (cr, pieces[i].shaped, m->label.x, m->label.y);
        }
      return;
    }

  if (look->kind == PIECE_PANGO)
    {
      for (guint i = 0; i < n; i++)
        {
          const AlignmentTimelineMarker *m = &g_array_index (b->layout->markers, AlignmentTimelineMarker, pieces[i].marker);

          _alignment_timeline_show_text (cr, b->text[look->bold], m->id, m->label.x, m->label.y);
        }
      return;
    }

  for (guint i = 0; i < n; i++)
    path_piece (b, look, &pieces[i]);

  switch (look->kind)
    {
    case PIECE_EDGE:
      cairo_set_line_width (cr, look->line_width);
      cairo_stroke (cr);
      break;
    case PIECE_FOCUS:
      cairo_set_line_width (cr, look->line_width);
      cairo_set_dash (cr, (double[]) { 0.25 * b->f, 0.2 * b->f }, 2, 0);
      cairo_stroke (cr);
      cairo_set_dash (cr, NULL, 0, 0);
      break;
    case PIECE_BAR:
    case PIECE_SELECT:
    case PIECE_FILL:
    case PIECE_MARK:
    case PIECE_BOX:
    case PIECE_TEXT:
    case PIECE_PANGO:
    default:
      cairo_fill (cr);
      break;
    }
}

void
_alignment_timeline_paint_markers_batched (cairo_t                       *cr,
                                           const AlignmentTimelineLayout *layout,
                                           const AlignmentTimelineStyle  *style)
{
  Batch b = { 0 };
  double dx = 1, dy = 1;
  guint start = 0;

  if (layout->markers->len == 0)
    return;

  b.cr = cr;
  b.layout = layout;
  b.style = style;
  b.palette = _alignment_timeline_palette_of (style);
  b.f = layout->font_size;
  b.stamp = _alignment_timeline_surface_stamp (cr);
  /* Two device pixels: antialiasing and glyphs snapped to whole pixels
   * reach about one beyond a shape. */
  cairo_user_to_device_distance (cr, &dx, &dy);
  b.pad = 2.0 / MAX (MIN (fabs (dx), fabs (dy)), 1e-6);
  cairo_clip_extents (cr, &b.clip[0], &b.clip[1], &b.clip[2], &b.clip[3]);
  b.clip_boxes = cairo_copy_clip_rectangle_list (cr);
  if (b.clip_boxes->status != CAIRO_STATUS_SUCCESS || b.clip_boxes->num_rectangles <= 1)
    g_clear_pointer (&b.clip_boxes, cairo_rectangle_list_destroy);
  if (g_hash_table_size (sprites ()) >= MAX_SPRITES)
    g_hash_table_remove_all (sprites ());
  b.on_grid = alignment_pixels_grid (&b.pixels, cr);
  if (b.on_grid)
    alignment_pixels_begin (&b.pixels, cr);
  b.looks = g_array_new (FALSE, FALSE, sizeof (Look));
  b.digests = g_array_new (FALSE, FALSE, sizeof (guint64));
  b.pieces = g_array_sized_new (FALSE, FALSE, sizeof (Piece), layout->markers->len * 5);
  grid_init (&b.grid, b.clip, 2 * b.f + 2 * b.pad);

  for (guint i = 0; i < layout->markers->len; i++)
    add_marker (&b, i);

  b.pieces = sort_pieces (b.pieces, b.looks->len);
  for (guint i = 1; i <= b.pieces->len; i++)
    {
      const Piece *p = &g_array_index (b.pieces, Piece, start);

      if (i < b.pieces->len)
        {
          const Piece *q = &g_array_index (b.pieces, Piece, i);

          if (q->level == p->level && q->look == p->look)
            continue;
        }
      draw_batch (&b, p, i - start);
      start = i;
    }

  alignment_pixels_end (&b.pixels);
  g_clear_pointer (&b.clip_boxes, cairo_rectangle_list_destroy);
  grid_clear (&b.grid);
  g_array_unref (b.pieces);
  g_array_unref (b.looks);
  g_array_unref (b.digests);
  for (int i = 0; i < 2; i++)
    {
      g_clear_object (&b.text[i]);
      g_free (b.text_key[i]);
    }
}
