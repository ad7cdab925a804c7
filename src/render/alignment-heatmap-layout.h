/* alignment-heatmap-layout.h: the trust-delta heatmap as positions and labels
 *
 * A pure function of the signals and a few options: no surface, no GTK.
 * The painter draws it; the widget hit-tests and builds its accessible
 * table from the same layout, and print and export scale it.  All
 * lengths are in points (1/72 inch), origin at the top left.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <pango/pango.h>

#include "alignment-core.h"
#include "alignment-figure-title.h"

G_BEGIN_DECLS

/* Measures @text at @size points, @bold or not, into @width and @height.
 * The default (NULL) measures with Pango as the painter draws; tests pass
 * their own to get figures that do not depend on the fonts installed. */
typedef void (*AlignmentTextMeasureFunc) (const char *text,
                                          double      size,
                                          gboolean    bold,
                                          double     *width,
                                          double     *height,
                                          gpointer    user_data);

typedef struct
{
  /* The width to fit in; 0 for the natural width.  Cells shrink to fit
   * (down to a few points) and lose their value text when it no longer
   * fits; the row labels never shrink. */
  double                   width;
  double                   font_size;      /* 0 for the default, 10 pt */
  /* A header for print and export: the case title and the period
   * ("2024-02-01 – 2024-06-30").  NULL for none (on screen); "" for a
   * caption of what the cells show only, under a title block. */
  const char              *title;
  const char              *period;
  AlignmentTextMeasureFunc measure;
  gpointer                 measure_data;
  /* Whose ratings the cells sum (alignment-agreement.h); 0, each
   * party's own, by default. */
  AlignmentPerceptionView  view;
} AlignmentHeatmapLayoutOptions;

typedef struct
{
  double x, y, width, height;
} AlignmentRect;

typedef struct
{
  char          *text;     /* NULL when hidden (it would not fit) */
  AlignmentRect  rect;     /* where the text goes (its ink box) */
  gboolean       bold;
  double         size;     /* points */
} AlignmentHeatmapLabel;

typedef struct
{
  guint          row;
  guint          column;   /* the bucket's index */
  guint          party_index;  /* 0 customer, 1 provider, ALIGNMENT_N_PARTIES: gap */
  AlignmentRealm realm;
  AlignmentRect  rect;
  /* What the mode shows: the net, running sum or gap; in split mode
   * the gains and losses (value is then their net). */
  int            value;
  int            gained;
  int            lost;
  gboolean       empty;    /* the bucket holds no signal (and not cumulative) */
  /* Colour on the diverging scale, -1 … 1: the square root of value /
   * scale, so that small values still show their colour; in split mode
   * @tone is the gains' and @tone_lost the losses' (<= 0). */
  double         tone;
  double         tone_lost;
  /* "+2", "−3", "+4 −3"; always set, for tooltips and screen readers. */
  char          *value_text;
  /* The value text as drawn: NULL when it does not fit the cell.  In
   * split mode @label holds the gains ("+4", upper half) and
   * @label_lost the losses ("−3", lower half). */
  AlignmentHeatmapLabel label;
  AlignmentHeatmapLabel label_lost;
} AlignmentHeatmapCell;

typedef struct
{
  AlignmentHeatmapMode   mode;
  AlignmentBucketKind    kind;
  AlignmentPerceptionView view;
  AlignmentHeatmap      *heatmap;  /* owned: nets for @mode (running sums when cumulative) */
  double                 width;
  double                 height;

  AlignmentHeatmapLabel  title;    /* text NULL without a header */
  AlignmentHeatmapLabel  subtitle;

  guint                  n_rows;     /* 6, or 3 in gap mode */
  guint                  n_columns;  /* the buckets */
  AlignmentHeatmapLabel *row_labels;     /* n_rows: "Customer · Operational — good-faith effort" */
  AlignmentHeatmapLabel *column_labels;  /* n_columns: the bucket labels; some hidden when crowded */
  /* n_columns: every bucket's readable name ("Mar 2024", "W10 2024"),
   * never hidden, for tooltips and screen readers. */
  char                 **column_names;
  AlignmentHeatmapLabel  axis_label;     /* "Month", over the row labels */
  AlignmentHeatmapCell  *cells;          /* n_rows × n_columns, row by row */
  AlignmentRect          grid;           /* the cells' bounding box */

  /* A column after the grid with each row's net over the buckets shown
   * (in split mode its gains and losses too); no totals without
   * buckets.  Not part of the grid: the pointer and the keys do not
   * reach it, and its cells' column is n_columns. */
  AlignmentHeatmapLabel  total_label;    /* "Total", over the column */
  AlignmentHeatmapCell  *totals;         /* n_rows, NULL without buckets */
  AlignmentRect          total_rect;     /* the totals' bounding box */

  /* The legend: a bar from -scale to +scale with its ends and middle
   * labelled, and what each end means. */
  int                    scale;
  AlignmentRect          legend_bar;
  AlignmentHeatmapLabel  legend_ticks[3];  /* "−3", "0", "+3" */
  AlignmentHeatmapLabel  legend_low;       /* "Trust lost" */
  AlignmentHeatmapLabel  legend_high;      /* "Trust gained" */

  /* Shown instead of the grid when there are no buckets. */
  AlignmentHeatmapLabel  empty;
} AlignmentHeatmapLayout;

AlignmentHeatmapLayout *alignment_heatmap_layout_new     (AlignmentSignal *const              *signals,
                                                          guint                                n_signals,
                                                          AlignmentBucketKind                  kind,
                                                          AlignmentHeatmapMode                 mode,
                                                          const AlignmentHeatmapLayoutOptions *options);
void                    alignment_heatmap_layout_free    (AlignmentHeatmapLayout              *layout);

const AlignmentHeatmapCell *alignment_heatmap_layout_get_cell (const AlignmentHeatmapLayout *layout,
                                                               guint                         row,
                                                               guint                         column);

/* The cell under (@x, @y), into @row and @column; FALSE between and
 * outside cells. */
gboolean                alignment_heatmap_layout_cell_at (const AlignmentHeatmapLayout        *layout,
                                                          double                               x,
                                                          double                               y,
                                                          guint                               *row,
                                                          guint                               *column);

/* The positions in @signals (the same the layout was made from) of the
 * signals behind the cell: see alignment_heatmap_cell_signals(). */
GArray                 *alignment_heatmap_layout_cell_signals (const AlignmentHeatmapLayout *layout,
                                                               AlignmentSignal *const       *signals,
                                                               guint                         n_signals,
                                                               guint                         row,
                                                               guint                         column);

/* A row's label ("Customer · Operational — good-faith effort", or for a
 * gap row "Customer − provider · …"), translated, newly allocated. */
char                   *alignment_heatmap_row_label      (guint                                party_index,
                                                          AlignmentRealm                       realm);

/* A bucket's name for people, in the user's language: "Mar 2024",
 * "W10 2024", "Q1 2024", or a thread's number.  The bucket's own label
 * ("2024-03") stays the stable key that files and scripts read.  Newly
 * allocated. */
char                   *alignment_heatmap_bucket_name   (AlignmentBucketKind                  kind,
                                                          const AlignmentBucket               *bucket);

/* Translated names of a bucket kind ("Month") and a mode ("Net change"). */
const char             *alignment_bucket_kind_get_label  (AlignmentBucketKind                  kind);
const char             *alignment_heatmap_mode_get_label (AlignmentHeatmapMode                 mode);

/* "+2", "0", "−3" (with a real minus sign), newly allocated. */
char                   *alignment_format_delta           (int                                  value);

/* The Pango measurer the painter matches (the default). */
void                    alignment_text_measure_pango     (const char                          *text,
                                                          double                               size,
                                                          gboolean                             bold,
                                                          double                              *width,
                                                          double                              *height,
                                                          gpointer                             user_data);

/* The font of every figure's text at @size points, so that measuring and
 * painting agree.  Sizes are absolute: one point is one unit of user
 * space, whatever the surface's resolution. */
PangoFontDescription   *alignment_render_font            (double                               size,
                                                          gboolean                             bold);
/* A layout of @text in @context's settings for the figures: metrics not
 * hinted, so widths do not depend on the surface. */
PangoLayout            *alignment_render_text_layout     (PangoContext                        *context,
                                                          const char                          *text,
                                                          double                               size,
                                                          gboolean                             bold);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (AlignmentHeatmapLayout, alignment_heatmap_layout_free)

G_END_DECLS
