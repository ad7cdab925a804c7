/* alignment-figure-title.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <time.h>

#include "alignment-i18n.h"

#include "alignment-figure-title.h"
#include "alignment-timeline-painter-private.h"

char *
alignment_date_format_long (guint32 julian)
{
  g_autoptr(GDateTime) date = NULL;
  int year, month, day;

  if (julian == 0)
    return g_strdup ("");

  alignment_date_split (julian, &year, &month, &day);
  date = g_date_time_new_utc (year, month, day, 12, 0, 0);
  if (date == NULL)
    return g_strdup ("");

  /* TRANSLATORS: a long date as strftime() writes it, "3 December 2026";
   * %-d is the day without a leading zero, %B the month's full name */
  return alignment_i18n_format_date_time (date, _("%-d %B %Y"));
}

char *
alignment_case_period_text (AlignmentCase *self)
{
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;
  guint32 start, end;

  g_return_val_if_fail (ALIGNMENT_IS_CASE (self), NULL);

  start = alignment_case_get_period_start (self);
  end = alignment_case_get_period_end (self);
  if (start == 0 && end == 0)
    {
      AlignmentSignal **signals;
      AlignmentTotals totals;
      guint n;

      signals = alignment_signal_list_peek (alignment_case_get_signals (self), &n);
      alignment_totals_compute ((AlignmentSignal * const *) signals, n, &totals);
      start = totals.first_day;
      end = totals.last_day;
    }
  if (start == 0 && end == 0)
    return NULL;

  first = start != 0 ? alignment_date_format_long (start) : g_strdup ("…");
  last = end != 0 ? alignment_date_format_long (end) : g_strdup ("…");
  return g_strdup_printf ("%s – %s", first, last);
}

static guint32
today (void)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_time_t (&date, time (NULL));
  return g_date_get_julian (&date);
}

AlignmentFigureTitle *
alignment_figure_title_new (AlignmentCase *self,
                            guint32        made_day)
{
  AlignmentFigureTitle *title;
  g_autofree char *period = NULL;
  g_autofree char *parties = NULL;
  g_autofree char *made = NULL;
  const char *name;

  g_return_val_if_fail (ALIGNMENT_IS_CASE (self), NULL);

  title = g_new0 (AlignmentFigureTitle, 1);
  name = alignment_case_get_title (self);
  title->title = g_strdup (name != NULL && *name != '\0' ? name : _("Untitled case"));

  /* TRANSLATORS: the two parties of a case: "Shipbuilder and IT provider" */
  parties = g_strdup_printf (_("%s and %s"),
                             alignment_case_get_party_name (self, ALIGNMENT_PARTY_CUSTOMER),
                             alignment_case_get_party_name (self, ALIGNMENT_PARTY_PROVIDER));
  period = alignment_case_period_text (self);
  /* TRANSLATORS: under a figure's title: the parties · the period */
  title->detail = period != NULL ? g_strdup_printf (_("%s · %s"), parties, period) : g_steal_pointer (&parties);

  made = alignment_date_format_long (made_day != 0 ? made_day : today ());
  /* TRANSLATORS: in a figure's title block; %s is a long date */
  title->made = g_strdup_printf (_("Made on %s"), made);
  return title;
}

void
alignment_figure_title_free (AlignmentFigureTitle *title)
{
  if (title == NULL)
    return;

  g_free (title->title);
  g_free (title->detail);
  g_free (title->made);
  g_free (title);
}

double
alignment_figure_title_get_height (double font_size)
{
  return 3.6 * font_size;
}

double
_alignment_timeline_show_line (cairo_t             *cr,
                               const AlignmentRgba *color,
                               const char          *text,
                               double               size,
                               gboolean             bold,
                               double               x,
                               double               y,
                               double               width)
{
  g_autoptr(PangoLayout) layout = _alignment_timeline_text_layout (cr, size, bold);
  PangoRectangle logical;

  /* A long line is cut short, never runs under what stands beside it. */
  pango_layout_set_width (layout, (int) (MAX (width, size) * PANGO_SCALE));
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  _alignment_timeline_set_source (cr, color, 1.0);
  _alignment_timeline_show_text (cr, layout, text, x, y);
  pango_layout_get_extents (layout, NULL, &logical);
  return (double) logical.height / PANGO_SCALE;
}

void
alignment_figure_title_paint (cairo_t                    *cr,
                              const AlignmentFigureTitle *title,
                              const AlignmentPalette     *palette,
                              double                      x,
                              double                      y,
                              double                      width,
                              double                      font_size)
{
  double f = font_size;
  double made_w = 0, line;
  double rule = y + alignment_figure_title_get_height (f) - 0.6 * f;

  g_return_if_fail (title != NULL && palette != NULL);

  cairo_save (cr);
  if (title->made != NULL)
    {
      g_autoptr(PangoLayout) layout = _alignment_timeline_text_layout (cr, 0.9 * f, FALSE);

      made_w = _alignment_timeline_text_width (layout, title->made);
      alignment_rgba_set_source (cr, &palette->muted);
      _alignment_timeline_show_text (cr, layout, title->made, x + width - made_w, y + 0.3 * f);
    }

  line = _alignment_timeline_show_line (cr, &palette->foreground, title->title, 1.3 * f, TRUE, x, y, width - made_w - 2 * f);
  if (title->detail != NULL)
    _alignment_timeline_show_line (cr, &palette->muted, title->detail, 0.9 * f, FALSE, x, y + line, width - made_w - 2 * f);

  alignment_rgba_set_source (cr, &palette->grid);
  cairo_set_line_width (cr, 0.5);
  cairo_move_to (cr, x, rule);
  cairo_line_to (cr, x + width, rule);
  cairo_stroke (cr);
  cairo_restore (cr);
}
