/* alignment-timeline-layout.h: where everything of the swimlane timeline goes
 *
 * The timeline is laid out in two steps.  AlignmentTimelineData
 * (alignment-timeline-data.h) is built once per change of the signals: it
 * sorts them by date and works out their threads and lanes.  A layout is
 * then computed per frame from the data and a viewport (size, visible
 * dates): it holds the position of every lane, tick (chosen by the axis,
 * alignment-timeline-axis.h), marker, label, thread link and legend
 * entry, in the figure's own units (points for print and export, pixels
 * on screen).  It needs no surface; the painter draws it and the widget
 * hit-tests it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "alignment-core.h"
#include "alignment-timeline-axis.h"
#include "alignment-timeline-data.h"

G_BEGIN_DECLS

/* ---- Options ------------------------------------------------------------ */

typedef struct
{
  AlignmentTimelineLanes lanes;
  double   width;          /* the whole figure */
  double   height;
  /* The visible dates: Julian days, fractional, [first_day, last_day). */
  double   first_day;
  double   last_day;
  /* Thread lanes can outgrow the figure: this many units of lanes are
   * scrolled away at the top. */
  double   lane_offset;
  guint32  today;          /* Julian day of the today marker, 0 for none */
  gboolean trust_strip;    /* the net trust delta per party under the lanes */
  gboolean legend;
  double   font_size;      /* of labels, in the figure's units */
  /* A poster's page: the legend and lane labels fit this width (0: the
   * figure's). */
  double   legend_width;
  /* On screen: lanes no taller than their signals need, the axis and
   * legend following them up, whatever the height (FALSE: the lanes
   * share the height, as a page or an image at its natural height
   * wants). */
  gboolean fit_lanes;
  /* Each signal's escalation level as a small number beside its marker,
   * with a legend entry when any signal has one. */
  gboolean levels;
  /* Only the signals raised or aligned in the board of this name; NULL
   * for all.  Borrowed: it must outlive the layouts made with it. */
  const char *board;
  /* Each survey round's scores beside its marker in the trust strip
   * (print and export); on screen they show on hover instead. */
  gboolean round_scores;
} AlignmentTimelineOptions;

/* Defaults: party lanes, 1920 × 1080, all dated signals of every board
 * with a margin, today, levels, legend and trust strip on. */
void     alignment_timeline_options_init       (AlignmentTimelineOptions *options,
                                                AlignmentTimelineData    *data);
/* The height that shows every thread lane at its natural size (for
 * export); for party lanes the height the stacks need. */
double   alignment_timeline_natural_height     (AlignmentTimelineData          *data,
                                                const AlignmentTimelineOptions *options);

/* ---- Layout ------------------------------------------------------------- */

typedef enum
{
  ALIGNMENT_MARKER_CIRCLE,   /* request sent */
  ALIGNMENT_MARKER_SQUARE,   /* request received */
  ALIGNMENT_MARKER_TRIANGLE, /* escalation sent */
  ALIGNMENT_MARKER_DIAMOND,  /* alignment event */
  ALIGNMENT_MARKER_DOT,      /* type not set */
} AlignmentMarkerShape;

typedef struct
{
  double x, y, width, height;
} AlignmentTimelineRect;

typedef struct
{
  char                 *label;   /* party name or "Thread 2" */
  char                 *detail;  /* "aligned in 59 days", "open"; or NULL */
  AlignmentTimelineRect area;    /* the lane across the plot */
  int                   party;   /* ALIGNMENT_PARTY_INDEX, -1 for thread lanes */
  guint                 thread;  /* thread lanes: the number */
  gboolean              open;    /* thread lanes: not aligned */
} AlignmentTimelineLane;

typedef struct
{
  guint                 position;  /* in the signals given to the data */
  guint                 rank;
  guint                 lane;
  guint                 thread;
  const char           *id;        /* borrowed from the signal */
  AlignmentSignalType   type;
  AlignmentMarkerShape  shape;
  gboolean              hollow;    /* not understood */
  double                x, y;      /* centre */
  double                radius;    /* by urgency */
  double                x_end;     /* end of the bar; x when there is none */
  guint                 level;     /* escalation level, 0 when none or off */
  gboolean              differs;   /* the parties judged it differently */
  gboolean              has_label; /* FALSE when no free place was found */
  AlignmentTimelineRect label;     /* the id's box */
} AlignmentTimelineMarker;

typedef struct
{
  double   x0, y0, x1, y1;
  guint    thread;
  guint    from, to;  /* the positions of its signals; a tail's are its one */
  gboolean open;
} AlignmentTimelineLink;

/* Where markers would be less than a pixel apart or cannot be stacked,
 * they are counted per column instead. */
typedef struct
{
  AlignmentTimelineRect area;  /* of the column's bar */
  guint                 lane;
  guint                 count;
} AlignmentTimelineDensity;

typedef struct
{
  double x0, x1;
  int    party;   /* ALIGNMENT_PARTY_INDEX */
  int    net;     /* summed over the three realms */
  double y, height;
} AlignmentTimelineTrustCell;

/* A survey round at its date, in the row under the trust strip. */
typedef struct
{
  guint                 index;   /* in the data's rounds, by date */
  double                x;       /* at the middle of its day */
  AlignmentTimelineRect marker;  /* the diamond's box */
  AlignmentTimelineRect label;   /* the text's box; no width when left out */
  char                 *text;    /* the name, and the scores with round_scores */
} AlignmentTimelineRoundMark;

typedef enum
{
  ALIGNMENT_LEGEND_SHAPE,       /* a marker of type @type */
  ALIGNMENT_LEGEND_HOLLOW,      /* not understood */
  ALIGNMENT_LEGEND_URGENCY,     /* small to large */
  ALIGNMENT_LEGEND_BAR,         /* start to end date */
  ALIGNMENT_LEGEND_LINK,        /* aligned thread */
  ALIGNMENT_LEGEND_OPEN_LINK,   /* open thread */
  ALIGNMENT_LEGEND_DENSITY,     /* too many signals to draw apart */
  ALIGNMENT_LEGEND_TODAY,
  ALIGNMENT_LEGEND_TRUST,       /* lost, gained */
  ALIGNMENT_LEGEND_LEVEL,       /* escalation level beside a marker */
  ALIGNMENT_LEGEND_DIFFERS,     /* judged differently by the parties */
} AlignmentLegendKind;

typedef struct
{
  AlignmentLegendKind  kind;
  AlignmentSignalType  type;
  char                *label;
  AlignmentTimelineRect symbol;
  double               text_x, text_y;  /* baseline-free: top left */
} AlignmentTimelineLegendItem;

typedef struct
{
  AlignmentTimelineOptions options;
  AlignmentTimelineData   *data;        /* borrowed */
  AlignmentTickUnit        tick_unit;
  double                   px_per_day;

  AlignmentTimelineRect    lane_labels; /* the column of lane names */
  AlignmentTimelineRect    plot;        /* the lanes, where time runs */
  AlignmentTimelineRect    axis;        /* tick labels under the lanes */
  AlignmentTimelineRect    strip;       /* trust strip; empty when off */
  AlignmentTimelineRect    legend;      /* empty when off */
  AlignmentTimelineRect    rounds_row;  /* survey rounds, under the strip;
                                         * empty when none or no strip */
  double                   font_size;
  double                   today_x;     /* < 0 when out of range or off */

  GArray *lanes;     /* AlignmentTimelineLane, visible ones */
  GArray *ticks;     /* AlignmentTimelineTick, in x order */
  GArray *markers;   /* AlignmentTimelineMarker, by rank */
  GArray *links;     /* AlignmentTimelineLink */
  GArray *tails;     /* AlignmentTimelineLink: open threads' loose ends */
  GArray *density;   /* AlignmentTimelineDensity */
  guint   density_max;
  GArray *trust;     /* AlignmentTimelineTrustCell */
  int     trust_max; /* largest |net| of a cell */
  GArray *legend_items; /* AlignmentTimelineLegendItem */
  GArray *rounds;    /* AlignmentTimelineRoundMark, visible ones, by date */
  guint   n_visible; /* dated signals in the visible dates and lanes */
} AlignmentTimelineLayout;

AlignmentTimelineLayout *alignment_timeline_layout_new  (AlignmentTimelineData          *data,
                                                         const AlignmentTimelineOptions *options);
void                     alignment_timeline_layout_free (AlignmentTimelineLayout        *layout);

double   alignment_timeline_layout_day_to_x (const AlignmentTimelineLayout *layout,
                                             double                         day);
double   alignment_timeline_layout_x_to_day (const AlignmentTimelineLayout *layout,
                                             double                         x);
/* The marker (index into layout->markers) at @x, @y, or -1: the nearest
 * within its shape, bar or label. */
int      alignment_timeline_layout_hit      (const AlignmentTimelineLayout *layout,
                                             double                         x,
                                             double                         y);
/* The density column at @x, @y, or -1. */
int      alignment_timeline_layout_hit_density (const AlignmentTimelineLayout *layout,
                                                double                         x,
                                                double                         y);
/* The index in layout->markers of the marker of @position, or -1. */
int      alignment_timeline_layout_find     (const AlignmentTimelineLayout *layout,
                                             guint                          position);

/* The survey round mark (index into layout->rounds) at @x, @y, or -1. */
int      alignment_timeline_layout_hit_round (const AlignmentTimelineLayout *layout,
                                              double                         x,
                                              double                         y);
/* What a round mark tells on hover: its name and date, and each party's
 * scores per realm with the number of respondents.  Newly allocated. */
char    *alignment_timeline_layout_round_text (const AlignmentTimelineLayout *layout,
                                               guint                          mark);

/* The shape of @type. */
AlignmentMarkerShape alignment_timeline_shape_for_type (AlignmentSignalType type);

/* ---- Posters ------------------------------------------------------------ */

/* A poster is one layout @n_pages pages wide whose plot is cut into
 * slices, one a page, each page repeating the lane labels, the axis (in
 * its slice) and the legend.  Slices overlap by @overlap so that they
 * can be glued.  Lay out the figure at this width, with legend_width
 * set to @page_width. */
double   alignment_timeline_poster_width  (AlignmentTimelineData          *data,
                                           const AlignmentTimelineOptions *options,
                                           double                          page_width,
                                           guint                           n_pages,
                                           double                          overlap);
/* The width of the plot a page of @page_width shows. */
double   alignment_timeline_poster_slice  (const AlignmentTimelineLayout  *layout,
                                           double                          page_width);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (AlignmentTimelineLayout, alignment_timeline_layout_free)

G_END_DECLS
