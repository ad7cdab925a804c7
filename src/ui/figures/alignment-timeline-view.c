/* alignment-timeline-view.c
 *
 * The view keeps a render-layer layout of what it shows, rebuilt when
 * the size, the dates in view or the signals change; it paints that
 * layout and hit-tests against it, so what is clicked is what is drawn.
 * This file holds the object, its properties, the viewport and drawing;
 * input and actions are in alignment-timeline-view-input.c, the
 * accessible list in alignment-timeline-view-a11y.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include <adwaita.h>
#include <glib/gi18n.h>

#include "alignment-palette.h"
#include "alignment-timeline-view-private.h"

/* Zoom limits: two days to two centuries across the plot. */
#define MIN_SPAN     2.0
#define MAX_SPAN     (200 * 365.25)

G_DEFINE_FINAL_TYPE (AlignmentTimelineView, alignment_timeline_view, GTK_TYPE_WIDGET)

enum
{
  PROP_0,
  PROP_CASE,
  PROP_SELECTION,
  PROP_LANES,
  PROP_HIGHLIGHT_THREAD,
  PROP_TRUST_STRIP,
  PROP_LEVELS,
  N_PROPS
};

enum
{
  ACTIVATE_SIGNAL,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void rebuild_data (AlignmentTimelineView *self);

/* ---- Layout --------------------------------------------------------------- */

void
_alignment_timeline_view_invalidate_layout (AlignmentTimelineView *self)
{
  g_clear_pointer (&self->layout, alignment_timeline_layout_free);
  gtk_widget_queue_allocate (GTK_WIDGET (self));
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* The font of the desktop, in pixels. */
static double
font_size (AlignmentTimelineView *self)
{
  PangoContext *context = gtk_widget_get_pango_context (GTK_WIDGET (self));
  PangoFontDescription *font = pango_context_get_font_description (context);
  double size = font != NULL ? pango_font_description_get_size (font) / (double) PANGO_SCALE : 11;

  if (font != NULL && !pango_font_description_get_size_is_absolute (font))
    size = size * 96.0 / 72.0;
  return CLAMP (size * 0.85, 8, 24);
}

AlignmentTimelineLayout *
_alignment_timeline_view_ensure_layout (AlignmentTimelineView *self)
{
  AlignmentTimelineOptions options;
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  int height = gtk_widget_get_height (GTK_WIDGET (self));

  if (self->layout != NULL || self->data == NULL || width <= 0 || height <= 0)
    return self->layout;

  alignment_timeline_options_init (&options, self->data);
  options.lanes = self->lanes;
  options.width = width;
  options.height = height;
  options.first_day = self->first_day;
  options.last_day = self->last_day;
  options.lane_offset = self->lane_offset;
  options.trust_strip = self->trust_strip;
  options.levels = self->levels;
  options.board = self->board;
  options.font_size = font_size (self);
  options.fit_lanes = TRUE;
  /* On screen a round's scores show on hover. */
  options.round_scores = FALSE;
  self->layout = alignment_timeline_layout_new (self->data, &options);

  return self->layout;
}

static const AlignmentPalette *
current_palette (void)
{
  AdwStyleManager *style = adw_style_manager_get_default ();
  gboolean dark = adw_style_manager_get_dark (style);
  AlignmentPaletteKind kind;

  if (adw_style_manager_get_high_contrast (style))
    kind = dark ? ALIGNMENT_PALETTE_HIGH_CONTRAST_DARK : ALIGNMENT_PALETTE_HIGH_CONTRAST;
  else
    kind = dark ? ALIGNMENT_PALETTE_DARK : ALIGNMENT_PALETTE_LIGHT;

  return alignment_palette_get (kind, ALIGNMENT_SCALE_RED_GREEN);
}

int
_alignment_timeline_view_selected_position (AlignmentTimelineView *self)
{
  g_autoptr(GtkBitset) selected = NULL;

  if (self->selection == NULL)
    return -1;

  selected = gtk_selection_model_get_selection (self->selection);
  return gtk_bitset_is_empty (selected) ? -1 : (int) gtk_bitset_get_minimum (selected);
}

/* ---- Viewport --------------------------------------------------------------- */

static void
remember_viewport (AlignmentTimelineView *self)
{
  double *viewport;

  if (self->case_ == NULL)
    return;

  viewport = g_hash_table_lookup (self->viewports, self->case_);
  if (viewport == NULL)
    {
      viewport = g_new (double, 2);
      g_hash_table_insert (self->viewports, self->case_, viewport);
    }
  viewport[0] = self->first_day;
  viewport[1] = self->last_day;
}

void
_alignment_timeline_view_clamp_lane_offset (AlignmentTimelineView *self)
{
  const AlignmentTimelineLayout *layout = _alignment_timeline_view_ensure_layout (self);
  double max, clamped;

  if (self->lanes != ALIGNMENT_TIMELINE_LANES_THREAD || layout == NULL || layout->lanes->len == 0)
    {
      if (self->lane_offset != 0)
        {
          self->lane_offset = 0;
          _alignment_timeline_view_invalidate_layout (self);
        }
      return;
    }

  max = g_array_index (layout->lanes, AlignmentTimelineLane, 0).area.height
        * alignment_timeline_data_get_n_lanes (self->data, self->lanes) - layout->plot.height;
  clamped = CLAMP (self->lane_offset, 0, MAX (0, max));
  if (clamped != self->lane_offset)
    {
      self->lane_offset = clamped;
      _alignment_timeline_view_invalidate_layout (self);
    }
}

void
alignment_timeline_view_set_viewport (AlignmentTimelineView *self,
                                      double                 first_day,
                                      double                 last_day)
{
  double span;

  g_return_if_fail (ALIGNMENT_IS_TIMELINE_VIEW (self));

  span = CLAMP (last_day - first_day, MIN_SPAN, MAX_SPAN);
  if (!isfinite (first_day))
    return;
  /* Keep the middle where it was asked for when the span is clamped. */
  first_day = (first_day + last_day) / 2 - span / 2;
  first_day = CLAMP (first_day, 1, 3000000);

  self->first_day = first_day;
  self->last_day = first_day + span;
  remember_viewport (self);
  _alignment_timeline_view_invalidate_layout (self);
}

void
alignment_timeline_view_get_viewport (AlignmentTimelineView *self,
                                      double                *first_day,
                                      double                *last_day)
{
  g_return_if_fail (ALIGNMENT_IS_TIMELINE_VIEW (self));

  if (first_day != NULL)
    *first_day = self->first_day;
  if (last_day != NULL)
    *last_day = self->last_day;
}

void
alignment_timeline_view_zoom (AlignmentTimelineView *self,
                              double                 factor,
                              double                 x)
{
  const AlignmentTimelineLayout *layout;
  double anchor, span, new_span, t;

  g_return_if_fail (ALIGNMENT_IS_TIMELINE_VIEW (self));
  g_return_if_fail (factor > 0);

  layout = _alignment_timeline_view_ensure_layout (self);
  span = self->last_day - self->first_day;
  if (layout == NULL || x < layout->plot.x || x > layout->plot.x + layout->plot.width)
    anchor = (self->first_day + self->last_day) / 2;
  else
    anchor = alignment_timeline_layout_x_to_day (layout, x);

  /* The day under the pointer stays under the pointer. */
  t = (anchor - self->first_day) / span;
  new_span = CLAMP (span / factor, MIN_SPAN, MAX_SPAN);
  alignment_timeline_view_set_viewport (self, anchor - t * new_span, anchor + (1 - t) * new_span);
}

void
alignment_timeline_view_zoom_to_fit (AlignmentTimelineView *self)
{
  AlignmentTimelineOptions options;

  g_return_if_fail (ALIGNMENT_IS_TIMELINE_VIEW (self));

  alignment_timeline_options_init (&options, self->data);
  self->lane_offset = 0;
  alignment_timeline_view_set_viewport (self, options.first_day, options.last_day);
}

gboolean
alignment_timeline_view_zoom_to_selection (AlignmentTimelineView *self)
{
  int position = _alignment_timeline_view_selected_position (self);
  AlignmentSignal *signal;
  guint32 first, last, thread_first, thread_last;
  double margin;
  guint thread;

  g_return_val_if_fail (ALIGNMENT_IS_TIMELINE_VIEW (self), FALSE);

  if (position < 0 || self->data == NULL
      || alignment_timeline_data_get_rank (self->data, position) < 0)
    return FALSE;

  /* The signal with its whole thread, so that its place in the issue
   * can be read. */
  signal = alignment_timeline_data_get_signal (self->data, position);
  first = alignment_signal_get_start_julian (signal);
  last = MAX (first, alignment_signal_get_end_julian (signal));
  thread = alignment_timeline_data_get_thread (self->data, position);
  if (thread != 0 && alignment_timeline_data_get_thread_span (self->data, thread, &thread_first, &thread_last))
    {
      first = MIN (first, thread_first);
      last = MAX (last, thread_last);
    }

  margin = MAX (2.0, (last - first + 1) / 8.0);
  alignment_timeline_view_set_viewport (self, first - margin, last + 1 + margin);
  return TRUE;
}

/* Pans so that @position is in view, keeping the zoom. */
void
_alignment_timeline_view_scroll_to (AlignmentTimelineView *self,
                                    guint                  position)
{
  AlignmentSignal *signal = alignment_timeline_data_get_signal (self->data, position);
  double day = alignment_signal_get_start_julian (signal) + 0.5;
  double span = self->last_day - self->first_day;
  double edge = span / 10;
  double first;
  AlignmentTimelineOptions all;

  /* Pan no further than brings the signal in, so that its neighbours
   * on the side it came from stay in view; and not past the case's
   * dates, or the first signal of a zoomed view would sit in the
   * middle of an empty month. */
  if (day < self->first_day + edge || day > self->last_day - edge)
    {
      first = day < self->first_day + edge ? day - edge : day + edge - span;
      alignment_timeline_options_init (&all, self->data);
      if (span < all.last_day - all.first_day)
        first = CLAMP (first, all.first_day, all.last_day - span);
      alignment_timeline_view_set_viewport (self, first, first + span);
    }

  if (self->lanes == ALIGNMENT_TIMELINE_LANES_THREAD && _alignment_timeline_view_ensure_layout (self) != NULL)
    {
      const AlignmentTimelineLayout *layout = self->layout;
      guint lane = alignment_timeline_data_get_lane (self->data, self->lanes, position);
      double lane_h = layout->lanes->len > 0 ? g_array_index (layout->lanes, AlignmentTimelineLane, 0).area.height : 1;
      double top = lane * lane_h;

      if (top < self->lane_offset || top + lane_h > self->lane_offset + layout->plot.height)
        {
          self->lane_offset = top - (layout->plot.height - lane_h) / 2;
          _alignment_timeline_view_invalidate_layout (self);
          _alignment_timeline_view_clamp_lane_offset (self);
        }
    }
}


int
alignment_timeline_view_signal_at (AlignmentTimelineView *self,
                                   double                 x,
                                   double                 y)
{
  const AlignmentTimelineLayout *layout;
  int index;

  g_return_val_if_fail (ALIGNMENT_IS_TIMELINE_VIEW (self), -1);

  layout = _alignment_timeline_view_ensure_layout (self);
  if (layout == NULL)
    return -1;

  index = alignment_timeline_layout_hit (layout, x, y);
  return index < 0 ? -1 : (int) g_array_index (layout->markers, AlignmentTimelineMarker, index).position;
}

gboolean
alignment_timeline_view_get_signal_point (AlignmentTimelineView *self,
                                          guint                  position,
                                          double                *x,
                                          double                *y)
{
  const AlignmentTimelineLayout *layout;
  const AlignmentTimelineMarker *m;
  int index;

  g_return_val_if_fail (ALIGNMENT_IS_TIMELINE_VIEW (self), FALSE);

  layout = _alignment_timeline_view_ensure_layout (self);
  if (layout == NULL || (index = alignment_timeline_layout_find (layout, position)) < 0)
    return FALSE;

  m = &g_array_index (layout->markers, AlignmentTimelineMarker, index);
  *x = m->x;
  *y = m->y;
  return TRUE;
}

int
alignment_timeline_view_get_focus_signal (AlignmentTimelineView *self)
{
  g_return_val_if_fail (ALIGNMENT_IS_TIMELINE_VIEW (self), -1);

  return self->focused;
}

const AlignmentTimelineLayout *
alignment_timeline_view_get_layout (AlignmentTimelineView *self)
{
  g_return_val_if_fail (ALIGNMENT_IS_TIMELINE_VIEW (self), NULL);

  return _alignment_timeline_view_ensure_layout (self);
}

/* ---- GtkWidget ------------------------------------------------------------------ */

/* The thread under the pointer stands out from the others; without
 * one, the selected signal's. */
guint
_alignment_timeline_view_emphasis_thread (AlignmentTimelineView *self)
{
  int position = self->hovered >= 0 ? self->hovered : _alignment_timeline_view_selected_position (self);
  guint n;

  if (self->data == NULL || position < 0)
    return 0;
  n = alignment_timeline_data_get_n_dated (self->data) + alignment_timeline_data_get_n_undated (self->data);
  return (guint) position < n ? alignment_timeline_data_get_thread (self->data, position) : 0;
}

/* A frame painted from the one before is painted anew once the view
 * has been at rest this long, so that ids placed differently where
 * signals came into view end up where a new frame puts them. */
#define SETTLE_MS 200

static gboolean
settle_cb (gpointer data)
{
  AlignmentTimelineView *self = data;

  self->settle_timeout = 0;
  g_clear_pointer (&self->frame, cairo_surface_destroy);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  return G_SOURCE_REMOVE;
}

/* Everything besides the layout's options that the frame shows. */
static guint
style_key (AlignmentTimelineView        *self,
           const AlignmentTimelineStyle *style,
           int                           scale)
{
  guint key = g_direct_hash (style->palette) ^ g_direct_hash (self->data);

  key = key * 31 + (guint) style->selected;
  key = key * 31 + (guint) style->hovered;
  key = key * 31 + (guint) style->focused;
  key = key * 31 + style->emphasis_thread;
  key = key * 31 + (guint) scale;
  for (guint i = 0; i < style->n_highlight; i++)
    key = key * 31 + style->highlight[i];
  return key * 31 + style->n_highlight;
}

/* Paints @layout into a new image surface, from the last frame when the
 * view only moved in time since, and keeps it as the last frame. */
static cairo_surface_t *
paint_frame (AlignmentTimelineView         *self,
             const AlignmentTimelineLayout *layout,
             const AlignmentTimelineStyle  *style,
             int                            width,
             int                            height)
{
  int scale = gtk_widget_get_scale_factor (GTK_WIDGET (self));
  cairo_surface_t *frame = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width * scale, height * scale);
  guint key = style_key (self, style, scale);
  gboolean reused;
  cairo_t *cr;

  cairo_surface_set_device_scale (frame, scale, scale);
  cr = cairo_create (frame);
  reused = self->frame != NULL && self->frame_style == key
           && cairo_image_surface_get_width (self->frame) == width * scale
           && cairo_image_surface_get_height (self->frame) == height * scale
           && alignment_timeline_paint_panned (cr, layout, style, self->frame, &self->frame_options);
  if (!reused)
    alignment_timeline_paint (cr, layout, style);
  cairo_destroy (cr);

  /* Only a frame whose dates moved can have ids out of place. */
  if (reused)
    {
      self->n_frames_reused++;
      if (self->frame_options.first_day != layout->options.first_day)
        {
          g_clear_handle_id (&self->settle_timeout, g_source_remove);
          self->settle_timeout = g_timeout_add (SETTLE_MS, settle_cb, self);
        }
    }
  else
    g_clear_handle_id (&self->settle_timeout, g_source_remove);

  /* The snapshot keeps its own reference: a frame is never drawn on
   * once shown. */
  g_clear_pointer (&self->frame, cairo_surface_destroy);
  self->frame = cairo_surface_reference (frame);
  self->frame_options = layout->options;
  self->frame_style = key;
  return frame;
}

static void
alignment_timeline_view_snapshot (GtkWidget   *widget,
                                  GtkSnapshot *snapshot)
{
  AlignmentTimelineView *self = ALIGNMENT_TIMELINE_VIEW (widget);
  const AlignmentTimelineLayout *layout = _alignment_timeline_view_ensure_layout (self);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  AlignmentTimelineStyle style;
  cairo_surface_t *frame;
  cairo_t *cr;

  if (layout == NULL)
    return;

  alignment_timeline_style_init (&style);
  style.palette = current_palette ();
  style.selected = _alignment_timeline_view_selected_position (self);
  style.hovered = self->hovered;
  style.focused = gtk_widget_has_focus (widget) ? self->focused : -1;
  style.highlight = (const guint *) self->highlight->data;
  style.n_highlight = self->highlight->len;
  style.emphasis_thread = _alignment_timeline_view_emphasis_thread (self);

  /* Painted on pixels of our own rather than recorded for the cairo
   * node: the painter batches markers on pixels, and a pan reuses them. */
  frame = paint_frame (self, layout, &style, width, height);
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  cairo_set_source_surface (cr, frame, 0, 0);
  cairo_paint (cr);
  cairo_surface_destroy (frame);

  /* With the focus but no signal focused yet, the whole view shows it. */
  if (gtk_widget_has_visible_focus (widget) && self->focused < 0)
    {
      alignment_rgba_set_source (cr, &style.palette->accent);
      cairo_set_line_width (cr, 2);
      cairo_rectangle (cr, 1, 1, width - 2, height - 2);
      cairo_stroke (cr);
    }
  cairo_destroy (cr);
}

static void
alignment_timeline_view_size_allocate (GtkWidget *widget,
                                       int        width,
                                       int        height,
                                       int        baseline)
{
  AlignmentTimelineView *self = ALIGNMENT_TIMELINE_VIEW (widget);
  const AlignmentTimelineLayout *layout;

  if (self->layout != NULL
      && (self->layout->options.width != width || self->layout->options.height != height))
    g_clear_pointer (&self->layout, alignment_timeline_layout_free);
  layout = _alignment_timeline_view_ensure_layout (self);
  _alignment_timeline_view_clamp_lane_offset (self);

  /* Each accessible item lies over its marker, so that a screen reader
   * that shows where it is shows the right place; those out of view lie
   * outside the widget. */
  for (guint i = 0; i < self->accessible->len; i++)
    {
      GtkWidget *child = g_ptr_array_index (self->accessible, i);
      int index = layout != NULL ? alignment_timeline_layout_find (layout, i) : -1;
      GtkAllocation area = { -100, -100, 1, 1 };
      int min_w, min_h;

      if (child == NULL)
        continue;
      gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, &min_w, NULL, NULL, NULL);
      gtk_widget_measure (child, GTK_ORIENTATION_VERTICAL, -1, &min_h, NULL, NULL, NULL);
      if (index >= 0)
        {
          const AlignmentTimelineMarker *m = &g_array_index (layout->markers, AlignmentTimelineMarker, index);

          area.x = (int) (m->x - m->radius);
          area.y = (int) (m->y - m->radius);
        }
      else
        area.x = area.y = -100 - MAX (min_w, min_h);
      area.width = MAX (min_w, 1);
      area.height = MAX (min_h, 1);
      gtk_widget_size_allocate (child, &area, -1);
    }

  /* A survey round's item over its mark. */
  for (guint i = 0; i < self->accessible_rounds->len; i++)
    {
      GtkWidget *child = g_ptr_array_index (self->accessible_rounds, i);
      GtkAllocation area = { -100, -100, 1, 1 };

      for (guint k = 0; layout != NULL && layout->rounds != NULL && k < layout->rounds->len; k++)
        {
          const AlignmentTimelineRoundMark *m = &g_array_index (layout->rounds, AlignmentTimelineRoundMark, k);

          if (m->index == i)
            {
              area.x = (int) m->marker.x;
              area.y = (int) m->marker.y;
            }
        }
      gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, &area.width, NULL, NULL, NULL);
      gtk_widget_measure (child, GTK_ORIENTATION_VERTICAL, -1, &area.height, NULL, NULL, NULL);
      area.width = MAX (area.width, 1);
      area.height = MAX (area.height, 1);
      gtk_widget_size_allocate (child, &area, -1);
    }
}

static void
alignment_timeline_view_measure (GtkWidget      *widget,
                                 GtkOrientation  orientation,
                                 int             for_size,
                                 int            *minimum,
                                 int            *natural,
                                 int            *minimum_baseline,
                                 int            *natural_baseline)
{
  /* The accessible items take no room of their own. */
  *minimum = orientation == GTK_ORIENTATION_HORIZONTAL ? 320 : 240;
  *natural = orientation == GTK_ORIENTATION_HORIZONTAL ? 960 : 480;
}

static void
style_changed_cb (AlignmentTimelineView *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* ---- Case and selection ----------------------------------------------------------- */

static void
reload_now (AlignmentTimelineView *self)
{
  g_clear_handle_id (&self->reload_idle, g_source_remove);
  rebuild_data (self);
}

static gboolean
reload_idle_cb (gpointer data)
{
  AlignmentTimelineView *self = data;

  self->reload_idle = 0;
  rebuild_data (self);
  return G_SOURCE_REMOVE;
}

static void
signals_changed_cb (AlignmentTimelineView *self)
{
  /* A paste of a thousand rows is one rebuild. */
  if (self->reload_idle == 0)
    self->reload_idle = g_idle_add (reload_idle_cb, self);
}

/* A thread is highlighted as the set of its signals, found again
 * whenever the signals change. */
static void
update_thread_highlight (AlignmentTimelineView *self)
{
  if (self->highlight_thread == 0)
    return;

  g_array_set_size (self->highlight, 0);
  if (self->case_ == NULL || self->data == NULL)
    return;

  alignment_timeline_data_collect_thread (self->data, self->highlight_thread, self->highlight);
}

static void
unwatch_survey (AlignmentTimelineView *self)
{
  for (guint i = 0; i < self->survey_lists->len; i++)
    g_signal_handlers_disconnect_by_data (g_ptr_array_index (self->survey_lists, i), self);
  g_ptr_array_set_size (self->survey_lists, 0);
}

/* A round added, removed or answered changes its mark: a rare edit,
 * which builds the data again like a change of the signals. */
static void
watch_survey (AlignmentTimelineView *self)
{
  GListModel *rounds;

  unwatch_survey (self);
  if (self->case_ == NULL)
    return;

  rounds = G_LIST_MODEL (alignment_case_get_survey_rounds (self->case_));
  g_signal_connect_swapped (rounds, "items-changed", G_CALLBACK (signals_changed_cb), self);
  g_ptr_array_add (self->survey_lists, g_object_ref (rounds));
  for (guint i = 0; i < g_list_model_get_n_items (rounds); i++)
    {
      g_autoptr(AlignmentSurveyRound) round = g_list_model_get_item (rounds, i);
      GListStore *responses = alignment_survey_round_get_responses (round);

      g_signal_connect_swapped (responses, "items-changed", G_CALLBACK (signals_changed_cb), self);
      g_signal_connect_swapped (round, "notify", G_CALLBACK (signals_changed_cb), self);
      g_ptr_array_add (self->survey_lists, g_object_ref (responses));
      g_ptr_array_add (self->survey_lists, g_object_ref (round));
    }
}

static void
rebuild_data (AlignmentTimelineView *self)
{
  watch_survey (self);
  g_clear_pointer (&self->data, alignment_timeline_data_free);
  /* New data at the old address must not look like the old frame. */
  g_clear_pointer (&self->frame, cairo_surface_destroy);
  if (self->case_ != NULL)
    self->data = alignment_timeline_data_take_for_case (self->case_);
  if (self->focused >= 0 && (self->data == NULL || self->focused >= (int) alignment_timeline_data_get_n_dated (self->data) + (int) alignment_timeline_data_get_n_undated (self->data)))
    self->focused = -1;
  self->hovered = -1;
  update_thread_highlight (self);
  _alignment_timeline_view_build_accessible (self);
  _alignment_timeline_view_update_accessible (self);
  _alignment_timeline_view_invalidate_layout (self);
}

void
alignment_timeline_view_reload (AlignmentTimelineView *self)
{
  g_return_if_fail (ALIGNMENT_IS_TIMELINE_VIEW (self));

  reload_now (self);
}

static void
case_finalized_cb (gpointer  data,
                   GObject  *where_the_object_was)
{
  AlignmentTimelineView *self = data;

  g_hash_table_remove (self->viewports, where_the_object_was);
}

AlignmentCase *
alignment_timeline_view_get_case (AlignmentTimelineView *self)
{
  g_return_val_if_fail (ALIGNMENT_IS_TIMELINE_VIEW (self), NULL);

  return self->case_;
}

void
alignment_timeline_view_set_case (AlignmentTimelineView *self,
                                  AlignmentCase         *case_)
{
  double *viewport;

  g_return_if_fail (ALIGNMENT_IS_TIMELINE_VIEW (self));
  g_return_if_fail (case_ == NULL || ALIGNMENT_IS_CASE (case_));

  if (self->case_ == case_)
    return;

  if (self->case_ != NULL)
    g_signal_handlers_disconnect_by_data (alignment_case_get_signals (self->case_), self);
  g_set_object (&self->case_, case_);
  self->focused = -1;
  self->highlight_thread = 0;
  g_array_set_size (self->highlight, 0);
  self->lane_offset = 0;

  if (case_ != NULL)
    {
      g_signal_connect_swapped (alignment_case_get_signals (case_), "items-changed",
                                G_CALLBACK (signals_changed_cb), self);
      if (!g_hash_table_contains (self->viewports, case_))
        g_object_weak_ref (G_OBJECT (case_), case_finalized_cb, self);
    }
  reload_now (self);

  viewport = case_ != NULL ? g_hash_table_lookup (self->viewports, case_) : NULL;
  if (viewport != NULL)
    alignment_timeline_view_set_viewport (self, viewport[0], viewport[1]);
  else
    alignment_timeline_view_zoom_to_fit (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CASE]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HIGHLIGHT_THREAD]);
}

GtkSelectionModel *
alignment_timeline_view_get_selection (AlignmentTimelineView *self)
{
  g_return_val_if_fail (ALIGNMENT_IS_TIMELINE_VIEW (self), NULL);

  return self->selection;
}

void
alignment_timeline_view_set_selection (AlignmentTimelineView *self,
                                       GtkSelectionModel     *selection)
{
  g_return_if_fail (ALIGNMENT_IS_TIMELINE_VIEW (self));
  g_return_if_fail (selection == NULL || GTK_IS_SELECTION_MODEL (selection));

  if (self->selection == selection)
    return;

  if (self->selection != NULL)
    g_signal_handlers_disconnect_by_data (self->selection, self);
  g_set_object (&self->selection, selection);
  if (selection != NULL)
    g_signal_connect_swapped (selection, "selection-changed", G_CALLBACK (_alignment_timeline_view_selection_changed), self);

  _alignment_timeline_view_selection_changed (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTION]);
}

AlignmentTimelineLanes
alignment_timeline_view_get_lanes (AlignmentTimelineView *self)
{
  g_return_val_if_fail (ALIGNMENT_IS_TIMELINE_VIEW (self), ALIGNMENT_TIMELINE_LANES_PARTY);

  return self->lanes;
}

void
alignment_timeline_view_set_lanes (AlignmentTimelineView  *self,
                                   AlignmentTimelineLanes  lanes)
{
  g_return_if_fail (ALIGNMENT_IS_TIMELINE_VIEW (self));

  if (self->lanes == lanes)
    return;

  self->lanes = lanes;
  self->lane_offset = 0;
  _alignment_timeline_view_invalidate_layout (self);
  if (self->focused >= 0)
    _alignment_timeline_view_scroll_to (self, self->focused);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LANES]);
}

guint
alignment_timeline_view_get_highlight_thread (AlignmentTimelineView *self)
{
  g_return_val_if_fail (ALIGNMENT_IS_TIMELINE_VIEW (self), 0);

  return self->highlight_thread;
}

void
alignment_timeline_view_set_highlight_thread (AlignmentTimelineView *self,
                                              guint                  thread)
{
  g_return_if_fail (ALIGNMENT_IS_TIMELINE_VIEW (self));

  if (self->highlight_thread == thread)
    return;

  self->highlight_thread = thread;
  g_array_set_size (self->highlight, 0);
  update_thread_highlight (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HIGHLIGHT_THREAD]);
}

const guint *
alignment_timeline_view_get_highlight_signals (AlignmentTimelineView *self,
                                               guint                 *n_positions)
{
  g_return_val_if_fail (ALIGNMENT_IS_TIMELINE_VIEW (self), NULL);
  g_return_val_if_fail (n_positions != NULL, NULL);

  /* A thread's signals are the thread's highlight, not signals given. */
  if (self->highlight_thread != 0 || self->highlight->len == 0)
    {
      *n_positions = 0;
      return NULL;
    }

  *n_positions = self->highlight->len;
  return (const guint *) self->highlight->data;
}

static int
compare_positions (gconstpointer a,
                   gconstpointer b)
{
  guint pa = *(const guint *) a, pb = *(const guint *) b;

  return pa < pb ? -1 : pa > pb;
}

void
alignment_timeline_view_set_highlight_signals (AlignmentTimelineView *self,
                                               const guint           *positions,
                                               guint                  n_positions)
{
  guint n = 0;

  g_return_if_fail (ALIGNMENT_IS_TIMELINE_VIEW (self));
  g_return_if_fail (positions != NULL || n_positions == 0);

  /* Clearing the signals leaves a thread the user highlighted alone. */
  if (n_positions == 0 && self->highlight_thread != 0)
    return;

  g_array_set_size (self->highlight, 0);
  if (n_positions > 0)
    g_array_append_vals (self->highlight, positions, n_positions);
  /* The painter looks positions up by bisection. */
  g_array_sort (self->highlight, compare_positions);
  for (guint i = 0; i < self->highlight->len; i++)
    if (n == 0 || g_array_index (self->highlight, guint, i) != g_array_index (self->highlight, guint, n - 1))
      g_array_index (self->highlight, guint, n++) = g_array_index (self->highlight, guint, i);
  g_array_set_size (self->highlight, n);

  if (self->highlight_thread != 0)
    {
      self->highlight_thread = 0;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HIGHLIGHT_THREAD]);
    }
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

gboolean
alignment_timeline_view_get_trust_strip (AlignmentTimelineView *self)
{
  g_return_val_if_fail (ALIGNMENT_IS_TIMELINE_VIEW (self), FALSE);

  return self->trust_strip;
}

void
alignment_timeline_view_set_trust_strip (AlignmentTimelineView *self,
                                         gboolean               show)
{
  g_return_if_fail (ALIGNMENT_IS_TIMELINE_VIEW (self));

  show = !!show;
  if (self->trust_strip == show)
    return;

  self->trust_strip = show;
  _alignment_timeline_view_invalidate_layout (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TRUST_STRIP]);
}

gboolean
alignment_timeline_view_get_levels (AlignmentTimelineView *self)
{
  g_return_val_if_fail (ALIGNMENT_IS_TIMELINE_VIEW (self), FALSE);

  return self->levels;
}

void
alignment_timeline_view_set_levels (AlignmentTimelineView *self,
                                    gboolean               show)
{
  g_return_if_fail (ALIGNMENT_IS_TIMELINE_VIEW (self));

  show = !!show;
  if (self->levels == show)
    return;

  self->levels = show;
  _alignment_timeline_view_invalidate_layout (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LEVELS]);
}

const char *
alignment_timeline_view_get_board (AlignmentTimelineView *self)
{
  g_return_val_if_fail (ALIGNMENT_IS_TIMELINE_VIEW (self), NULL);

  return self->board;
}

void
alignment_timeline_view_set_board (AlignmentTimelineView *self,
                                   const char            *board)
{
  g_return_if_fail (ALIGNMENT_IS_TIMELINE_VIEW (self));

  if (board != NULL && *board == '\0')
    board = NULL;
  if (g_strcmp0 (self->board, board) == 0)
    return;

  /* The last frame's options borrow the old name: it is not reused. */
  g_clear_pointer (&self->frame, cairo_surface_destroy);
  g_clear_pointer (&self->layout, alignment_timeline_layout_free);
  g_free (self->board);
  self->board = g_strdup (board);
  _alignment_timeline_view_invalidate_layout (self);
}

void
_alignment_timeline_view_emit_activate (AlignmentTimelineView *self,
                                        guint                  position)
{
  g_signal_emit (self, signals[ACTIVATE_SIGNAL], 0, position);
}

/* ---- GObject ------------------------------------------------------------------------ */

static void
alignment_timeline_view_dispose (GObject *object)
{
  AlignmentTimelineView *self = ALIGNMENT_TIMELINE_VIEW (object);
  GHashTableIter iter;
  gpointer key;

  g_clear_handle_id (&self->reload_idle, g_source_remove);
  g_clear_handle_id (&self->settle_timeout, g_source_remove);
  unwatch_survey (self);
  g_clear_pointer (&self->frame, cairo_surface_destroy);
  _alignment_timeline_view_clear_accessible (self);
  if (self->case_ != NULL)
    g_signal_handlers_disconnect_by_data (alignment_case_get_signals (self->case_), self);
  if (self->selection != NULL)
    g_signal_handlers_disconnect_by_data (self->selection, self);
  g_clear_object (&self->case_);
  g_clear_object (&self->selection);

  g_hash_table_iter_init (&iter, self->viewports);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    g_object_weak_unref (key, case_finalized_cb, self);
  g_hash_table_remove_all (self->viewports);

  G_OBJECT_CLASS (alignment_timeline_view_parent_class)->dispose (object);
}

static void
alignment_timeline_view_finalize (GObject *object)
{
  AlignmentTimelineView *self = ALIGNMENT_TIMELINE_VIEW (object);

  g_clear_pointer (&self->layout, alignment_timeline_layout_free);
  g_clear_pointer (&self->data, alignment_timeline_data_free);
  g_ptr_array_unref (self->accessible);
  g_ptr_array_unref (self->accessible_rounds);
  g_hash_table_unref (self->viewports);
  g_array_unref (self->highlight);
  g_ptr_array_unref (self->survey_lists);
  g_free (self->board);

  G_OBJECT_CLASS (alignment_timeline_view_parent_class)->finalize (object);
}

static void
alignment_timeline_view_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  AlignmentTimelineView *self = ALIGNMENT_TIMELINE_VIEW (object);

  switch (prop_id)
    {
    case PROP_CASE:
      g_value_set_object (value, self->case_);
      break;
    case PROP_SELECTION:
      g_value_set_object (value, self->selection);
      break;
    case PROP_LANES:
      g_value_set_enum (value, self->lanes);
      break;
    case PROP_HIGHLIGHT_THREAD:
      g_value_set_uint (value, self->highlight_thread);
      break;
    case PROP_TRUST_STRIP:
      g_value_set_boolean (value, self->trust_strip);
      break;
    case PROP_LEVELS:
      g_value_set_boolean (value, self->levels);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
alignment_timeline_view_set_property (GObject      *object,
                                      guint         prop_id,
                                      const GValue *value,
                                      GParamSpec   *pspec)
{
  AlignmentTimelineView *self = ALIGNMENT_TIMELINE_VIEW (object);

  switch (prop_id)
    {
    case PROP_CASE:
      alignment_timeline_view_set_case (self, g_value_get_object (value));
      break;
    case PROP_SELECTION:
      alignment_timeline_view_set_selection (self, g_value_get_object (value));
      break;
    case PROP_LANES:
      alignment_timeline_view_set_lanes (self, g_value_get_enum (value));
      break;
    case PROP_HIGHLIGHT_THREAD:
      alignment_timeline_view_set_highlight_thread (self, g_value_get_uint (value));
      break;
    case PROP_TRUST_STRIP:
      alignment_timeline_view_set_trust_strip (self, g_value_get_boolean (value));
      break;
    case PROP_LEVELS:
      alignment_timeline_view_set_levels (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
alignment_timeline_view_class_init (AlignmentTimelineViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = alignment_timeline_view_dispose;
  object_class->finalize = alignment_timeline_view_finalize;
  object_class->get_property = alignment_timeline_view_get_property;
  object_class->set_property = alignment_timeline_view_set_property;

  widget_class->snapshot = alignment_timeline_view_snapshot;
  widget_class->size_allocate = alignment_timeline_view_size_allocate;
  widget_class->measure = alignment_timeline_view_measure;

  properties[PROP_CASE] =
    g_param_spec_object ("case", NULL, NULL, ALIGNMENT_TYPE_CASE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SELECTION] =
    g_param_spec_object ("selection", NULL, NULL, GTK_TYPE_SELECTION_MODEL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LANES] =
    g_param_spec_enum ("lanes", NULL, NULL, ALIGNMENT_TYPE_TIMELINE_LANES, ALIGNMENT_TIMELINE_LANES_PARTY,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_HIGHLIGHT_THREAD] =
    g_param_spec_uint ("highlight-thread", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TRUST_STRIP] =
    g_param_spec_boolean ("trust-strip", NULL, NULL, TRUE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LEVELS] =
    g_param_spec_boolean ("levels", NULL, NULL, TRUE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[ACTIVATE_SIGNAL] =
    g_signal_new ("activate-signal", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_UINT);

  _alignment_timeline_view_class_init_input (widget_class);

  gtk_widget_class_set_css_name (widget_class, "timeline");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_LIST);
}

static void
alignment_timeline_view_init (AlignmentTimelineView *self)
{
  self->lanes = ALIGNMENT_TIMELINE_LANES_PARTY;
  self->trust_strip = TRUE;
  self->levels = TRUE;
  self->focused = -1;
  self->hovered = -1;
  self->pointer_x = -1;
  self->accessible = g_ptr_array_new ();
  self->accessible_rounds = g_ptr_array_new ();
  self->highlight = g_array_new (FALSE, FALSE, sizeof (guint));
  self->survey_lists = g_ptr_array_new_with_free_func (g_object_unref);
  self->viewports = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  alignment_timeline_view_zoom_to_fit (self);

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_focus_on_click (GTK_WIDGET (self), TRUE);
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  gtk_widget_set_hexpand (GTK_WIDGET (self), TRUE);
  gtk_widget_set_vexpand (GTK_WIDGET (self), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Timeline of the signals"),
                                  -1);
  _alignment_timeline_view_init_input (self);

  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (style_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (adw_style_manager_get_default (), "notify::high-contrast",
                           G_CALLBACK (style_changed_cb), self, G_CONNECT_SWAPPED);
}

GtkWidget *
alignment_timeline_view_new (void)
{
  return g_object_new (ALIGNMENT_TYPE_TIMELINE_VIEW, NULL);
}

