/* alignment-timeline-axis.h: the timeline's time axis
 *
 * Days run left to right at a constant scale.  The axis maps a Julian
 * day (fractional: a day is drawn from its start to the next) to an x
 * and back, and chooses and labels the ticks that suit the scale: days,
 * weeks, months, quarters or years, grouped under months or years.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum
{
  ALIGNMENT_TICK_DAY,
  ALIGNMENT_TICK_WEEK,
  ALIGNMENT_TICK_MONTH,
  ALIGNMENT_TICK_QUARTER,
  ALIGNMENT_TICK_YEAR,
} AlignmentTickUnit;

GType alignment_tick_unit_get_type (void) G_GNUC_CONST;
#define ALIGNMENT_TYPE_TICK_UNIT (alignment_tick_unit_get_type ())

typedef struct
{
  double x;           /* where first_day is drawn: the plot's left edge */
  double first_day;   /* the visible dates: Julian days, [first_day, last_day) */
  double last_day;
  double px_per_day;
} AlignmentTimelineAxis;

typedef struct
{
  double      x;
  gboolean    major;    /* starts a month (day, week ticks) or a year */
  char       *label;    /* the unit's label: "12", "Feb", "Q1", "2024" */
  double      label_x;  /* centre of the label: the middle of the unit */
} AlignmentTimelineTick;

double            alignment_timeline_axis_day_to_x      (const AlignmentTimelineAxis *axis,
                                                         double                       day);
double            alignment_timeline_axis_x_to_day      (const AlignmentTimelineAxis *axis,
                                                         double                       x);

/* The ticks that suit @px_per_day: labels at least a label's width apart. */
AlignmentTickUnit alignment_timeline_tick_unit_for_scale (double px_per_day,
                                                          double font_size);

/* The first day of the @unit that holds @julian, and the first day of
 * the unit after the one that begins on @start. */
guint32           alignment_timeline_axis_unit_start    (AlignmentTickUnit unit,
                                                         guint32           julian);
guint32           alignment_timeline_axis_unit_next     (AlignmentTickUnit unit,
                                                         guint32           start);
/* The label of the @unit that starts on @julian: "12", "Feb", "Q1", "2024". */
char             *alignment_timeline_axis_unit_label    (AlignmentTickUnit unit,
                                                         guint32           julian);

/* Appends to @ticks (of AlignmentTimelineTick, labels for the caller to
 * free) a tick per @unit over the axis's dates in x order, then, unless
 * @unit is a year, the major ticks that group them. */
void              alignment_timeline_axis_add_ticks     (const AlignmentTimelineAxis *axis,
                                                         AlignmentTickUnit            unit,
                                                         GArray                      *ticks);

G_END_DECLS
