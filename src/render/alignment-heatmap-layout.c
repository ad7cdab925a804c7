/* alignment-heatmap-layout.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "alignment-i18n.h"
#include <pango/pangocairo.h>

#include "alignment-heatmap-layout.h"

#define DEFAULT_FONT_SIZE 10.0
/* Below this a cell is still a coloured mark, but nothing to point at
 * with a pointer or to print a number in. */
#define MIN_CELL_WIDTH 3.0

/* ---- Text ------------------------------------------------------------------ */

PangoFontDescription *
alignment_render_font (double   size,
                       gboolean bold)
{
  PangoFontDescription *font = pango_font_description_from_string ("Sans");

  pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
  if (bold)
    pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
  return font;
}

PangoLayout *
alignment_render_text_layout (PangoContext *context,
                              const char   *text,
                              double        size,
                              gboolean      bold)
{
  PangoLayout *layout = pango_layout_new (context);
  PangoFontDescription *font = alignment_render_font (size, bold);
  cairo_font_options_t *options = cairo_font_options_create ();

  /* Hinted metrics snap widths to device pixels: a PNG and a PDF would
   * break lines differently from the layout that measured them. */
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  pango_cairo_context_set_font_options (context, options);
  cairo_font_options_destroy (options);

  pango_layout_set_font_description (layout, font);
  pango_layout_set_text (layout, text, -1);
  pango_font_description_free (font);

  return layout;
}

void
alignment_text_measure_pango (const char *text,
                              double      size,
                              gboolean    bold,
                              double     *width,
                              double     *height,
                              gpointer    user_data)
{
  PangoContext *own = NULL;
  PangoContext *context = user_data;
  g_autoptr(PangoLayout) layout = NULL;
  PangoRectangle logical;

  /* (Pango 1.50 has no autoptr for PangoContext.) */
  if (context == NULL)
    context = own = pango_font_map_create_context (pango_cairo_font_map_get_default ());

  layout = alignment_render_text_layout (context, text, size, bold);
  pango_layout_get_extents (layout, NULL, &logical);
  *width = (double) logical.width / PANGO_SCALE;
  *height = (double) logical.height / PANGO_SCALE;
  g_clear_object (&own);
}

/* ---- Names ----------------------------------------------------------------- */

const char *
alignment_bucket_kind_get_label (AlignmentBucketKind kind)
{
  static const char * const labels[] = { N_("Week"), N_("Month"), N_("Quarter"), N_("Thread") };

  g_return_val_if_fail (kind <= ALIGNMENT_BUCKET_THREAD, "");
  return _(labels[kind]);
}

const char *
alignment_heatmap_mode_get_label (AlignmentHeatmapMode mode)
{
  static const char * const labels[] = {
    N_("Net change"),
    N_("Running total"),
    N_("Gained and lost"),
    N_("Customer minus provider"),
  };

  g_return_val_if_fail (mode <= ALIGNMENT_HEATMAP_GAP, "");
  return _(labels[mode]);
}

char *
alignment_heatmap_bucket_name (AlignmentBucketKind    kind,
                               const AlignmentBucket *bucket)
{
  g_autoptr(GDateTime) date = NULL;
  int year, month, day, week;

  g_return_val_if_fail (bucket != NULL, NULL);

  switch (kind)
    {
    case ALIGNMENT_BUCKET_WEEK:
      alignment_date_iso_week (bucket->first_day, &year, &week);
      /* TRANSLATORS: a heatmap column: an ISO week and its year, "W10 2024" */
      return g_strdup_printf (_("W%d %d"), week, year);

    case ALIGNMENT_BUCKET_MONTH:
      alignment_date_split (bucket->first_day, &year, &month, &day);
      date = g_date_time_new_utc (year, month, 1, 0, 0, 0);
      if (date == NULL)
        break;
      /* TRANSLATORS: a heatmap column: a month as strftime() would write
       * it ("Mar 2024"); %b is the month's short name, %Y the year */
      return alignment_i18n_format_date_time (date, _("%b %Y"));

    case ALIGNMENT_BUCKET_QUARTER:
      alignment_date_split (bucket->first_day, &year, &month, &day);
      /* TRANSLATORS: a heatmap column: a quarter and its year, "Q1 2024" */
      return g_strdup_printf (_("Q%d %d"), (month - 1) / 3 + 1, year);

    case ALIGNMENT_BUCKET_THREAD:
    default:
      break;
    }

  return g_strdup (bucket->label);
}

static const char *
bucket_kind_by_label (AlignmentBucketKind kind)
{
  static const char * const labels[] = { N_("By week"), N_("By month"), N_("By quarter"), N_("By thread") };

  return _(labels[kind]);
}

char *
alignment_heatmap_row_label (guint          party_index,
                             AlignmentRealm realm)
{
  const char *party;

  g_return_val_if_fail (party_index <= ALIGNMENT_N_PARTIES, NULL);
  g_return_val_if_fail (realm < ALIGNMENT_N_REALMS, NULL);

  if (party_index == ALIGNMENT_N_PARTIES)
    party = _("Customer − provider");
  else
    party = alignment_enum_to_label (ALIGNMENT_TYPE_PARTY,
                                     party_index == 0 ? ALIGNMENT_PARTY_CUSTOMER : ALIGNMENT_PARTY_PROVIDER);

  /* TRANSLATORS: a heatmap row: party · realm — trust dimension,
   * "Customer · Operational — good-faith effort" */
  return g_strdup_printf (_("%s · %s — %s"), party, alignment_realm_get_label (realm),
                          alignment_realm_get_trust_dimension (realm));
}

char *
alignment_format_delta (int value)
{
  /* U+2212 MINUS SIGN: a hyphen reads as a dash next to the plus. */
  if (value < 0)
    return g_strdup_printf ("\u2212%d", -value);
  if (value > 0)
    return g_strdup_printf ("+%d", value);
  return g_strdup ("0");
}

/* ---- Layout ---------------------------------------------------------------- */

typedef struct
{
  const AlignmentHeatmapLayoutOptions *options;
  PangoContext                        *context;
} Measurer;

static void
measure (Measurer   *m,
         const char *text,
         double      size,
         gboolean    bold,
         double     *width,
         double     *height)
{
  if (m->options->measure != NULL)
    m->options->measure (text, size, bold, width, height, m->options->measure_data);
  else
    alignment_text_measure_pango (text, size, bold, width, height, m->context);
}

/* Sets @label to @text (taken) at (@x, @y), measured. */
static void
label_set (AlignmentHeatmapLabel *label,
           Measurer              *m,
           char                  *text,
           double                 size,
           gboolean               bold,
           double                 x,
           double                 y)
{
  label->text = text;
  label->size = size;
  label->bold = bold;
  label->rect.x = x;
  label->rect.y = y;
  measure (m, text, size, bold, &label->rect.width, &label->rect.height);
}

static void
label_clear (AlignmentHeatmapLabel *label)
{
  g_clear_pointer (&label->text, g_free);
}

/* Centres @label in @rect if it fits with @margin to spare; hides it
 * otherwise. */
static void
label_fit (AlignmentHeatmapLabel *label,
           const AlignmentRect   *rect,
           double                 margin)
{
  if (label->text == NULL)
    return;

  if (label->rect.width + 2 * margin > rect->width || label->rect.height > rect->height)
    {
      g_clear_pointer (&label->text, g_free);
      return;
    }

  label->rect.x = rect->x + (rect->width - label->rect.width) / 2;
  label->rect.y = rect->y + (rect->height - label->rect.height) / 2;
}

static int
cell_magnitude (const AlignmentHeatmapCell *cell,
                AlignmentHeatmapMode        mode)
{
  if (mode == ALIGNMENT_HEATMAP_SPLIT)
    return MAX (cell->gained, cell->lost);
  return ABS (cell->value);
}

static void
fill_cell_values (AlignmentHeatmapLayout *layout,
                  AlignmentHeatmapCell   *cell,
                  const AlignmentBucket  *bucket)
{
  guint p = cell->party_index;
  AlignmentRealm r = cell->realm;

  if (p == ALIGNMENT_N_PARTIES)
    {
      cell->value = alignment_bucket_gap (bucket, r);
      cell->gained = cell->lost = 0;
    }
  else
    {
      cell->value = bucket->net[p][r];
      cell->gained = bucket->gained[p][r];
      cell->lost = bucket->lost[p][r];
    }
  cell->empty = !layout->heatmap->cumulative && bucket->n_signals == 0;

  if (layout->mode == ALIGNMENT_HEATMAP_SPLIT)
    {
      g_autofree char *gained = alignment_format_delta (cell->gained);
      g_autofree char *lost = alignment_format_delta (-cell->lost);

      /* "+0 −0" says nothing an empty cell does not. */
      cell->value_text = cell->gained == 0 && cell->lost == 0 ? g_strdup ("0")
                       : g_strdup_printf ("%s %s", gained, lost);
    }
  else
    {
      cell->value_text = alignment_format_delta (cell->value);
    }
}

/* The cells' texts as drawn: in split mode one per half, and none at all
 * for the zeros of a split cell or a bucket without signals. */
static void
fill_cell_labels (AlignmentHeatmapLayout *layout,
                  AlignmentHeatmapCell   *cell,
                  Measurer               *m,
                  double                  size,
                  gboolean                bold,
                  double                  margin)
{
  if (cell->empty)
    return;

  if (layout->mode == ALIGNMENT_HEATMAP_SPLIT)
    {
      AlignmentRect upper = cell->rect, lower = cell->rect;

      upper.height = lower.height = cell->rect.height / 2;
      lower.y += upper.height;
      if (cell->gained > 0)
        {
          label_set (&cell->label, m, alignment_format_delta (cell->gained), size, bold, 0, 0);
          label_fit (&cell->label, &upper, margin);
        }
      if (cell->lost > 0)
        {
          label_set (&cell->label_lost, m, alignment_format_delta (-cell->lost), size, bold, 0, 0);
          label_fit (&cell->label_lost, &lower, margin);
        }
      return;
    }

  label_set (&cell->label, m, g_strdup (cell->value_text), size, bold, 0, 0);
  label_fit (&cell->label, &cell->rect, margin);
}

/* Where @value sits on the colour scale, -1 … 1.  The square root lifts
 * the small values: a single +1 among a -6 should still read as green,
 * not as the neutral middle. */
static double
tone (int    value,
      double scale)
{
  double t = sqrt (ABS (value) / scale);

  return value < 0 ? -t : t;
}

/* The widest value text any cell of the mode could need: the natural
 * width of a column. */
static double
widest_value (AlignmentHeatmapLayout *layout,
              Measurer               *m,
              double                  size)
{
  double widest = 0;
  int biggest = 0;

  for (guint i = 0; i < layout->n_rows * layout->n_columns; i++)
    biggest = MAX (biggest, cell_magnitude (&layout->cells[i], layout->mode));

  /* The sign and the digits of the biggest value, e.g. "−12". */
  {
    g_autofree char *text = alignment_format_delta (-MAX (biggest, 1));
    double w, h;

    measure (m, text, size, FALSE, &w, &h);
    widest = w;
  }

  return widest;
}

/* What the phases of alignment_heatmap_layout_new() hand on. */
typedef struct
{
  AlignmentHeatmapLayout *layout;
  const char             *title;
  const char             *period;
  double                  width;          /* asked for, or 0 */
  Measurer                m;
  double                  fs;             /* font size */
  double                  pad;
  double                  row_h;
  double                  group_gap;      /* between the parties' rows */
  double                  y;              /* the top of what comes next */
  double                  right;          /* the widest extent so far */
  double                  grid_x;
  double                  cell_w;
  double                  column_label_w;
  double                  column_label_h;
  double                  total_gap;      /* between the grid and the totals */
  double                  total_w;        /* the totals' width, 0 without */
} HeatmapBuild;

/* The header, for print and export. */
static void
heatmap_header (HeatmapBuild *b)
{
  AlignmentHeatmapLayout *layout = b->layout;
  g_autofree char *subtitle = NULL;

  if (b->title == NULL)
    return;

  /* An empty title: the figure's title block says the case and period,
   * this caption only what the cells show. */
  if (*b->title == '\0')
    /* TRANSLATORS: a heatmap's caption: "By month" · mode */
    subtitle = g_strdup_printf (_("%s · %s"), bucket_kind_by_label (layout->kind),
                                alignment_heatmap_mode_get_label (layout->mode));
  else
    {
      label_set (&layout->title, &b->m, g_strdup (b->title), round (b->fs * 1.6), TRUE, 0, b->y);
      b->y += layout->title.rect.height + round (b->fs * 0.2);
      b->right = MAX (b->right, layout->title.rect.width);

      /* TRANSLATORS: under the heatmap's title: period · "By month" · mode */
      subtitle = g_strdup_printf (_("%s · %s · %s"),
                                  b->period != NULL && *b->period != '\0' ? b->period : _("No period set"),
                                  bucket_kind_by_label (layout->kind), alignment_heatmap_mode_get_label (layout->mode));
    }
  /* Another view than the record's own ratings says whose it is. */
  if (layout->view != ALIGNMENT_PERCEPTION_VIEW_OWN)
    {
      g_autofree char *plain = g_steal_pointer (&subtitle);

      /* TRANSLATORS: the heatmap's caption, then whose ratings it sums: "By month · Net · The customer’s view" */
      subtitle = g_strdup_printf (_("%s · %s"), plain, alignment_perception_view_get_label (layout->view));
    }
  label_set (&layout->subtitle, &b->m, g_steal_pointer (&subtitle), b->fs, FALSE, 0, b->y);
  b->y += layout->subtitle.rect.height + round (b->fs * 1.2);
  b->right = MAX (b->right, layout->subtitle.rect.width);
}

/* Row labels: never shortened, they say what a row is.  Their width
 * places the grid. */
static void
heatmap_row_labels (HeatmapBuild *b)
{
  AlignmentHeatmapLayout *layout = b->layout;
  double label_w = 0;

  for (guint row = 0; row < layout->n_rows; row++)
    {
      guint party = layout->mode == ALIGNMENT_HEATMAP_GAP ? ALIGNMENT_N_PARTIES : row / ALIGNMENT_N_REALMS;

      label_set (&layout->row_labels[row], &b->m, alignment_heatmap_row_label (party, row % ALIGNMENT_N_REALMS),
                 b->fs, FALSE, 0, 0);
      label_w = MAX (label_w, layout->row_labels[row].rect.width);
    }
  label_set (&layout->axis_label, &b->m, g_strdup (alignment_bucket_kind_get_label (layout->kind)), b->fs, TRUE, 0, b->y);
  label_w = MAX (label_w, layout->axis_label.rect.width);
  b->grid_x = ceil (label_w + 2 * b->pad);
}

static void
heatmap_measure_column_labels (HeatmapBuild *b)
{
  AlignmentHeatmapLayout *layout = b->layout;

  for (guint col = 0; col < layout->n_columns; col++)
    {
      const AlignmentBucket *bucket = &g_array_index (layout->heatmap->buckets, AlignmentBucket, col);

      layout->column_names[col] = alignment_heatmap_bucket_name (layout->kind, bucket);
      label_set (&layout->column_labels[col], &b->m, g_strdup (layout->column_names[col]), b->fs, FALSE, 0, b->y);
      b->column_label_w = MAX (b->column_label_w, layout->column_labels[col].rect.width);
      b->column_label_h = MAX (b->column_label_h, layout->column_labels[col].rect.height);
    }
  b->column_label_h = MAX (b->column_label_h, layout->axis_label.rect.height);
}

/* The values first: they decide how wide a column wants to be. */
static void
heatmap_cell_values (HeatmapBuild *b)
{
  AlignmentHeatmapLayout *layout = b->layout;

  for (guint row = 0; row < layout->n_rows; row++)
    for (guint col = 0; col < layout->n_columns; col++)
      {
        AlignmentHeatmapCell *cell = &layout->cells[row * layout->n_columns + col];

        cell->row = row;
        cell->column = col;
        cell->party_index = layout->mode == ALIGNMENT_HEATMAP_GAP ? ALIGNMENT_N_PARTIES : row / ALIGNMENT_N_REALMS;
        cell->realm = row % ALIGNMENT_N_REALMS;
        fill_cell_values (layout, cell, &g_array_index (layout->heatmap->buckets, AlignmentBucket, col));
        layout->scale = MAX (layout->scale, cell_magnitude (cell, layout->mode));
      }
  layout->scale = MAX (layout->scale, 1);
}

/* Each row's net over the buckets shown: the sum of the buckets, or with
 * running sums the last one, which already holds them all. */
static void
heatmap_total_values (HeatmapBuild *b)
{
  AlignmentHeatmapLayout *layout = b->layout;
  GArray *buckets = layout->heatmap->buckets;
  AlignmentBucket sum = { 0 };
  double widest = 0, h;

  if (layout->n_columns == 0)
    return;

  if (layout->heatmap->cumulative)
    sum = g_array_index (buckets, AlignmentBucket, buckets->len - 1);
  else
    for (guint col = 0; col < buckets->len; col++)
      {
        const AlignmentBucket *bucket = &g_array_index (buckets, AlignmentBucket, col);

        sum.n_signals += bucket->n_signals;
        for (guint p = 0; p < ALIGNMENT_N_PARTIES; p++)
          for (guint r = 0; r < ALIGNMENT_N_REALMS; r++)
            {
              sum.net[p][r] += bucket->net[p][r];
              sum.gained[p][r] += bucket->gained[p][r];
              sum.lost[p][r] += bucket->lost[p][r];
            }
      }

  layout->totals = g_new0 (AlignmentHeatmapCell, layout->n_rows);
  for (guint row = 0; row < layout->n_rows; row++)
    {
      AlignmentHeatmapCell *cell = &layout->totals[row];
      double w;

      cell->row = row;
      cell->column = layout->n_columns;
      cell->party_index = layout->cells[row * layout->n_columns].party_index;
      cell->realm = layout->cells[row * layout->n_columns].realm;
      fill_cell_values (layout, cell, &sum);
      measure (&b->m, cell->value_text, b->fs, TRUE, &w, &h);
      widest = MAX (widest, w);
    }

  label_set (&layout->total_label, &b->m, g_strdup (_("Total")), b->fs, TRUE, 0, 0);
  widest = MAX (widest, layout->total_label.rect.width);
  b->total_gap = b->pad;
  b->total_w = ceil (MAX (widest + 2 * b->pad, b->fs * 3.6));
}

static void
heatmap_cell_width (HeatmapBuild *b)
{
  AlignmentHeatmapLayout *layout = b->layout;
  double natural_w = ceil (MAX (MAX (widest_value (layout, &b->m, b->fs) + 2 * b->pad, b->fs * 3.6),
                                b->column_label_w + b->pad));

  b->cell_w = natural_w;
  if (b->width > 0 && layout->n_columns > 0)
    {
      /* Fill the width, but a few wide columns should not turn into
       * posters. */
      b->cell_w = (b->width - b->grid_x - b->total_gap - b->total_w) / layout->n_columns;
      b->cell_w = MIN (b->cell_w, MAX (natural_w, b->fs * 7));
      b->cell_w = MAX (b->cell_w, MIN_CELL_WIDTH);
    }
}

/* Column labels: every step-th one when they are wider than a column. */
static void
heatmap_place_column_labels (HeatmapBuild *b)
{
  AlignmentHeatmapLayout *layout = b->layout;
  guint step = MAX (1, (guint) ceil ((b->column_label_w + b->pad) / b->cell_w));

  for (guint col = 0; col < layout->n_columns; col++)
    {
      AlignmentHeatmapLabel *label = &layout->column_labels[col];

      if (col % step != 0)
        {
          g_clear_pointer (&label->text, g_free);
          continue;
        }
      label->rect.x = b->grid_x + col * b->cell_w + (b->cell_w - label->rect.width) / 2;
      /* The last one stays over the grid, clear of the totals' heading. */
      label->rect.x = MIN (label->rect.x, b->grid_x + layout->n_columns * b->cell_w - label->rect.width);
      label->rect.y = b->y + b->column_label_h - label->rect.height;
    }
  layout->axis_label.rect.x = 0;
  layout->axis_label.rect.y = b->y;
  if (layout->totals != NULL)
    {
      AlignmentHeatmapLabel *label = &layout->total_label;

      label->rect.x = b->grid_x + layout->n_columns * b->cell_w + b->total_gap + (b->total_w - label->rect.width) / 2;
      label->rect.y = b->y + b->column_label_h - label->rect.height;
    }
  b->y += b->column_label_h + round (b->pad * 0.5);
}

static void
heatmap_grid (HeatmapBuild *b)
{
  AlignmentHeatmapLayout *layout = b->layout;
  guint n_rows = layout->n_rows, n_columns = layout->n_columns;

  layout->grid.x = b->grid_x;
  layout->grid.y = b->y;
  layout->grid.width = n_columns * b->cell_w;
  layout->grid.height = n_rows * b->row_h + (n_rows > ALIGNMENT_N_REALMS ? b->group_gap : 0);

  for (guint row = 0; row < n_rows; row++)
    {
      double row_y = b->y + row * b->row_h + (row >= ALIGNMENT_N_REALMS ? b->group_gap : 0);
      AlignmentHeatmapLabel *label = &layout->row_labels[row];

      label->rect.x = b->grid_x - b->pad - label->rect.width;
      label->rect.y = row_y + (b->row_h - label->rect.height) / 2;

      for (guint col = 0; col < n_columns; col++)
        {
          AlignmentHeatmapCell *cell = &layout->cells[row * n_columns + col];
          double scale = layout->scale;

          cell->rect.x = b->grid_x + col * b->cell_w;
          cell->rect.y = row_y;
          cell->rect.width = b->cell_w;
          cell->rect.height = b->row_h;
          if (layout->mode == ALIGNMENT_HEATMAP_SPLIT)
            {
              cell->tone = tone (cell->gained, scale);
              cell->tone_lost = tone (-cell->lost, scale);
            }
          else
            {
              cell->tone = tone (cell->value, scale);
            }
          fill_cell_labels (layout, cell, &b->m, b->fs, FALSE, b->pad * 0.4);
        }

      if (layout->totals != NULL)
        {
          AlignmentHeatmapCell *cell = &layout->totals[row];

          cell->rect.x = b->grid_x + layout->grid.width + b->total_gap;
          cell->rect.y = row_y;
          cell->rect.width = b->total_w;
          cell->rect.height = b->row_h;
          fill_cell_labels (layout, cell, &b->m, b->fs, TRUE, b->pad * 0.4);
        }
    }
  b->right = MAX (b->right, b->grid_x + layout->grid.width);
  if (layout->totals != NULL)
    {
      layout->total_rect.x = layout->grid.x + layout->grid.width + b->total_gap;
      layout->total_rect.y = layout->grid.y;
      layout->total_rect.width = b->total_w;
      layout->total_rect.height = layout->grid.height;
      b->right = MAX (b->right, layout->total_rect.x + layout->total_rect.width);
    }
  b->y += layout->grid.height;
}

/* Without columns, a sentence says why. */
static void
heatmap_empty_note (HeatmapBuild *b)
{
  AlignmentHeatmapLayout *layout = b->layout;

  label_set (&layout->empty, &b->m,
             g_strdup (layout->kind == ALIGNMENT_BUCKET_THREAD ? _("No signal belongs to a numbered thread.")
                                                               : _("No signal has a start date.")),
             b->fs, FALSE, b->grid_x, b->y);
  b->y += layout->empty.rect.height + b->pad;
  b->right = MAX (b->right, b->grid_x + layout->empty.rect.width);
}

/* The legend: "Trust lost [−3 ··· 0 ··· +3] Trust gained". */
static void
heatmap_legend (HeatmapBuild *b)
{
  AlignmentHeatmapLayout *layout = b->layout;
  double fs = b->fs, pad = b->pad;
  double bar_w = round (MAX (fs * 12, MIN (fs * 20, layout->grid.width))), x = b->grid_x;
  g_autofree char *low_tick = alignment_format_delta (-layout->scale);
  g_autofree char *high_tick = alignment_format_delta (layout->scale);
  gboolean gap = layout->mode == ALIGNMENT_HEATMAP_GAP;
  double bar_h = round (fs * 1.0);

  b->y += round (fs * 1.4);
  label_set (&layout->legend_low, &b->m, g_strdup (gap ? _("Provider more positive") : _("Trust lost")),
             fs, FALSE, x, 0);
  layout->legend_low.rect.y = b->y + (bar_h - layout->legend_low.rect.height) / 2;
  x += layout->legend_low.rect.width + pad;

  layout->legend_bar.x = x;
  layout->legend_bar.y = b->y;
  layout->legend_bar.width = bar_w;
  layout->legend_bar.height = bar_h;
  x += bar_w + pad;

  label_set (&layout->legend_high, &b->m, g_strdup (gap ? _("Customer more positive") : _("Trust gained")),
             fs, FALSE, x, 0);
  layout->legend_high.rect.y = b->y + (bar_h - layout->legend_high.rect.height) / 2;
  b->right = MAX (b->right, x + layout->legend_high.rect.width);
  b->y += bar_h + round (fs * 0.2);

  label_set (&layout->legend_ticks[0], &b->m, g_steal_pointer (&low_tick), fs * 0.9, FALSE, 0, b->y);
  label_set (&layout->legend_ticks[1], &b->m, g_strdup ("0"), fs * 0.9, FALSE, 0, b->y);
  label_set (&layout->legend_ticks[2], &b->m, g_steal_pointer (&high_tick), fs * 0.9, FALSE, 0, b->y);
  layout->legend_ticks[0].rect.x = layout->legend_bar.x;
  layout->legend_ticks[1].rect.x = layout->legend_bar.x + (bar_w - layout->legend_ticks[1].rect.width) / 2;
  layout->legend_ticks[2].rect.x = layout->legend_bar.x + bar_w - layout->legend_ticks[2].rect.width;
  b->y += layout->legend_ticks[0].rect.height;
}

static AlignmentHeatmapLayout *
heatmap_layout_alloc (AlignmentSignal *const  *signals,
                      guint                    n_signals,
                      AlignmentBucketKind      kind,
                      AlignmentHeatmapMode     mode,
                      AlignmentPerceptionView  view)
{
  AlignmentHeatmapLayout *layout = g_new0 (AlignmentHeatmapLayout, 1);

  layout->mode = mode;
  layout->kind = kind;
  layout->view = view;
  layout->heatmap = alignment_heatmap_compute_view (signals, n_signals, kind,
                                                    mode == ALIGNMENT_HEATMAP_CUMULATIVE, view);
  layout->n_rows = mode == ALIGNMENT_HEATMAP_GAP ? ALIGNMENT_N_REALMS
                                                 : ALIGNMENT_N_PARTIES * ALIGNMENT_N_REALMS;
  layout->n_columns = layout->heatmap->buckets->len;
  layout->row_labels = g_new0 (AlignmentHeatmapLabel, layout->n_rows);
  layout->column_labels = g_new0 (AlignmentHeatmapLabel, layout->n_columns);
  layout->column_names = g_new0 (char *, layout->n_columns + 1);
  layout->cells = g_new0 (AlignmentHeatmapCell, (gsize) layout->n_rows * layout->n_columns);

  return layout;
}

AlignmentHeatmapLayout *
alignment_heatmap_layout_new (AlignmentSignal *const              *signals,
                              guint                                n_signals,
                              AlignmentBucketKind                  kind,
                              AlignmentHeatmapMode                 mode,
                              const AlignmentHeatmapLayoutOptions *options)
{
  static const AlignmentHeatmapLayoutOptions defaults = { 0 };
  PangoContext *context = NULL;
  HeatmapBuild b = { 0 };
  double fs;

  g_return_val_if_fail (signals != NULL || n_signals == 0, NULL);
  g_return_val_if_fail (kind <= ALIGNMENT_BUCKET_THREAD, NULL);
  g_return_val_if_fail (mode <= ALIGNMENT_HEATMAP_GAP, NULL);

  if (options == NULL)
    options = &defaults;
  if (options->measure == NULL)
    context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  b.m.options = options;
  b.m.context = context;
  b.title = options->title;
  b.period = options->period;
  b.width = options->width;

  b.fs = fs = options->font_size > 0 ? options->font_size : DEFAULT_FONT_SIZE;
  b.pad = round (fs * 0.6);
  /* Split cells hold two numbers, one over the other. */
  b.row_h = round (mode == ALIGNMENT_HEATMAP_SPLIT ? fs * 3.4 : fs * 2.4);
  b.group_gap = mode == ALIGNMENT_HEATMAP_GAP ? 0 : round (fs * 0.8);
  b.layout = heatmap_layout_alloc (signals, n_signals, kind, mode, options->view);

  heatmap_header (&b);
  heatmap_row_labels (&b);
  heatmap_measure_column_labels (&b);
  heatmap_cell_values (&b);
  heatmap_total_values (&b);
  heatmap_cell_width (&b);
  heatmap_place_column_labels (&b);
  heatmap_grid (&b);
  if (b.layout->n_columns == 0)
    heatmap_empty_note (&b);
  else
    heatmap_legend (&b);

  b.layout->width = ceil (MAX (b.right, options->width));
  b.layout->height = ceil (b.y + b.pad);
  g_clear_object (&context);

  return b.layout;
}

void
alignment_heatmap_layout_free (AlignmentHeatmapLayout *layout)
{
  if (layout == NULL)
    return;

  for (guint i = 0; i < layout->n_rows * layout->n_columns; i++)
    {
      g_free (layout->cells[i].value_text);
      label_clear (&layout->cells[i].label);
      label_clear (&layout->cells[i].label_lost);
    }
  for (guint i = 0; i < layout->n_rows && layout->totals != NULL; i++)
    {
      g_free (layout->totals[i].value_text);
      label_clear (&layout->totals[i].label);
      label_clear (&layout->totals[i].label_lost);
    }
  for (guint i = 0; i < layout->n_rows; i++)
    label_clear (&layout->row_labels[i]);
  for (guint i = 0; i < layout->n_columns; i++)
    label_clear (&layout->column_labels[i]);
  for (guint i = 0; i < G_N_ELEMENTS (layout->legend_ticks); i++)
    label_clear (&layout->legend_ticks[i]);
  label_clear (&layout->title);
  label_clear (&layout->subtitle);
  label_clear (&layout->axis_label);
  label_clear (&layout->legend_low);
  label_clear (&layout->legend_high);
  label_clear (&layout->empty);
  label_clear (&layout->total_label);
  g_free (layout->cells);
  g_free (layout->totals);
  g_strfreev (layout->column_names);
  g_free (layout->row_labels);
  g_free (layout->column_labels);
  g_clear_pointer (&layout->heatmap, alignment_heatmap_free);
  g_free (layout);
}

const AlignmentHeatmapCell *
alignment_heatmap_layout_get_cell (const AlignmentHeatmapLayout *layout,
                                   guint                         row,
                                   guint                         column)
{
  g_return_val_if_fail (layout != NULL, NULL);
  g_return_val_if_fail (row < layout->n_rows && column < layout->n_columns, NULL);

  return &layout->cells[row * layout->n_columns + column];
}

gboolean
alignment_heatmap_layout_cell_at (const AlignmentHeatmapLayout *layout,
                                  double                        x,
                                  double                        y,
                                  guint                        *row,
                                  guint                        *column)
{
  g_return_val_if_fail (layout != NULL, FALSE);

  if (layout->n_columns == 0)
    return FALSE;

  /* Columns are even; rows are even but for the gap between parties. */
  for (guint r = 0; r < layout->n_rows; r++)
    {
      const AlignmentRect *rect = &layout->cells[r * layout->n_columns].rect;
      double col;

      if (y < rect->y || y >= rect->y + rect->height)
        continue;
      if (x < layout->grid.x || x >= layout->grid.x + layout->grid.width)
        return FALSE;

      col = floor ((x - layout->grid.x) / rect->width);
      if (col < 0 || col >= layout->n_columns)
        return FALSE;
      if (row != NULL)
        *row = r;
      if (column != NULL)
        *column = (guint) col;
      return TRUE;
    }

  return FALSE;
}

GArray *
alignment_heatmap_layout_cell_signals (const AlignmentHeatmapLayout *layout,
                                       AlignmentSignal *const       *signals,
                                       guint                         n_signals,
                                       guint                         row,
                                       guint                         column)
{
  const AlignmentHeatmapCell *cell = alignment_heatmap_layout_get_cell (layout, row, column);

  g_return_val_if_fail (cell != NULL, g_array_new (FALSE, FALSE, sizeof (guint)));

  return alignment_heatmap_cell_signals (layout->heatmap, signals, n_signals, column,
                                         cell->party_index, cell->realm);
}
