/* alignment-timeline-view-input.c: what the user does to the timeline
 *
 * Selection and keyboard focus, the pointer (click, drag, scroll,
 * pinch, hover and tooltips) and the timeline.* actions with their keys.
 * Everything is hit-tested against the view's layout.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "alignment-timeline-view-private.h"

#define ZOOM_STEP    1.25

/* ---- Selection and focus ---------------------------------------------------- */

static void
select_position (AlignmentTimelineView *self,
                 guint                  position)
{
  if (self->selection != NULL)
    gtk_selection_model_select_item (self->selection, position, TRUE);
}

static void
set_focused (AlignmentTimelineView *self,
             int                    position)
{
  if (self->focused == position)
    return;

  self->focused = position;
  if (position >= 0)
    _alignment_timeline_view_scroll_to (self, position);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
_alignment_timeline_view_selection_changed (AlignmentTimelineView *self)
{
  _alignment_timeline_view_update_accessible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* The next signal in time in the same lane (@step 1 or -1), or the
 * nearest in time in the next lane up or down (@lane_step). */
static int
neighbour (AlignmentTimelineView *self,
           int                    from,
           int                    step,
           int                    lane_step)
{
  AlignmentTimelineData *data = self->data;
  guint n = alignment_timeline_data_get_n_dated (data);
  int rank = alignment_timeline_data_get_rank (data, from);
  guint lane = alignment_timeline_data_get_lane (data, self->lanes, from);
  guint n_lanes = alignment_timeline_data_get_n_lanes (data, self->lanes);

  if (rank < 0)
    return -1;

  if (lane_step == 0)
    {
      for (int r = rank + step; r >= 0 && r < (int) n; r += step)
        {
          guint position = alignment_timeline_data_get_position (data, r);

          if (alignment_timeline_data_get_lane (data, self->lanes, position) == lane)
            return position;
        }
      return -1;
    }

  /* Lanes without signals are skipped; the nearest signal in time of
   * the next lane that has one is chosen, looking both ways. */
  for (int target = (int) lane + lane_step; target >= 0 && target < (int) n_lanes; target += lane_step)
    for (guint d = 0; d < n; d++)
      {
        int candidates[2] = { rank - (int) d, rank + (int) d };

        for (guint c = 0; c < 2; c++)
          {
            guint position;

            if (candidates[c] < 0 || candidates[c] >= (int) n)
              continue;
            position = alignment_timeline_data_get_position (data, candidates[c]);
            if (alignment_timeline_data_get_lane (data, self->lanes, position) == (guint) target)
              return position;
          }
        if (rank - (int) d < 0 && rank + (int) d >= (int) n)
          break;
      }

  return -1;
}

static gboolean
key_pressed_cb (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                AlignmentTimelineView *self)
{
  guint n;
  int target = -2;

  if (self->data == NULL || (n = alignment_timeline_data_get_n_dated (self->data)) == 0)
    return FALSE;
  if (state & (GDK_CONTROL_MASK | GDK_ALT_MASK))
    return FALSE;

  if (self->focused < 0 && keyval != GDK_KEY_Home && keyval != GDK_KEY_End)
    {
      int selected = _alignment_timeline_view_selected_position (self);

      if (keyval == GDK_KEY_Left || keyval == GDK_KEY_Right || keyval == GDK_KEY_Up || keyval == GDK_KEY_Down)
        {
          set_focused (self, selected >= 0 && alignment_timeline_data_get_rank (self->data, selected) >= 0
                             ? selected : (int) alignment_timeline_data_get_position (self->data, 0));
          select_position (self, self->focused);
          return TRUE;
        }
    }

  switch (keyval)
    {
    case GDK_KEY_Left:
    case GDK_KEY_KP_Left:
      target = neighbour (self, self->focused, -1, 0);
      break;
    case GDK_KEY_Right:
    case GDK_KEY_KP_Right:
      target = neighbour (self, self->focused, 1, 0);
      break;
    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
      target = neighbour (self, self->focused, 0, -1);
      break;
    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
      target = neighbour (self, self->focused, 0, 1);
      break;
    case GDK_KEY_Home:
    case GDK_KEY_KP_Home:
      target = alignment_timeline_data_get_position (self->data, 0);
      break;
    case GDK_KEY_End:
    case GDK_KEY_KP_End:
      target = alignment_timeline_data_get_position (self->data, n - 1);
      break;
    case GDK_KEY_Return:
    case GDK_KEY_KP_Enter:
    case GDK_KEY_ISO_Enter:
      if (self->focused < 0)
        return FALSE;
      select_position (self, self->focused);
      _alignment_timeline_view_emit_activate (self, (guint) self->focused);
      return TRUE;
    case GDK_KEY_space:
    case GDK_KEY_KP_Space:
      if (self->focused < 0)
        return FALSE;
      select_position (self, self->focused);
      return TRUE;
    default:
      return FALSE;
    }

  /* At the first or last signal the key is still the view's. */
  if (target >= 0)
    {
      set_focused (self, target);
      select_position (self, target);
    }
  else
    gtk_widget_error_bell (GTK_WIDGET (self));
  return TRUE;
}

static void
focus_enter_cb (AlignmentTimelineView *self)
{
  /* Focus lands on the selected signal, so that arrows go on from it. */
  if (self->focused < 0)
    {
      int selected = _alignment_timeline_view_selected_position (self);

      if (selected >= 0 && self->data != NULL && alignment_timeline_data_get_rank (self->data, selected) >= 0)
        self->focused = selected;
    }
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* ---- Pointer ---------------------------------------------------------------- */

static void
pressed_cb (GtkGestureClick       *gesture,
            int                    n_press,
            double                 x,
            double                 y,
            AlignmentTimelineView *self)
{
  const AlignmentTimelineLayout *layout = _alignment_timeline_view_ensure_layout (self);
  int position = alignment_timeline_view_signal_at (self, x, y);

  gtk_widget_grab_focus (GTK_WIDGET (self));

  if (position >= 0)
    {
      self->focused = position;
      select_position (self, position);
      if (n_press == 2)
        _alignment_timeline_view_emit_activate (self, (guint) position);
      gtk_widget_queue_draw (GTK_WIDGET (self));
      return;
    }

  /* A click on a thread's lane label highlights that thread. */
  if (layout != NULL && self->lanes == ALIGNMENT_TIMELINE_LANES_THREAD
      && x >= layout->lane_labels.x && x < layout->lane_labels.x + layout->lane_labels.width)
    for (guint i = 0; i < layout->lanes->len; i++)
      {
        const AlignmentTimelineLane *lane = &g_array_index (layout->lanes, AlignmentTimelineLane, i);

        if (y >= lane->area.y && y < lane->area.y + lane->area.height && lane->thread != 0)
          alignment_timeline_view_set_highlight_thread (self, self->highlight_thread == lane->thread ? 0 : lane->thread);
      }
}

static void
drag_begin_cb (GtkGestureDrag        *gesture,
               double                 x,
               double                 y,
               AlignmentTimelineView *self)
{
  self->drag_first_day = self->first_day;
  self->drag_lane_offset = self->lane_offset;
}

static void
drag_update_cb (GtkGestureDrag        *gesture,
                double                 dx,
                double                 dy,
                AlignmentTimelineView *self)
{
  const AlignmentTimelineLayout *layout = _alignment_timeline_view_ensure_layout (self);
  double span = self->last_day - self->first_day;
  double first;

  if (layout == NULL)
    return;

  first = self->drag_first_day - dx / layout->px_per_day;
  if (self->lanes == ALIGNMENT_TIMELINE_LANES_THREAD)
    self->lane_offset = self->drag_lane_offset - dy;
  alignment_timeline_view_set_viewport (self, first, first + span);
  _alignment_timeline_view_clamp_lane_offset (self);
}

static gboolean
scroll_cb (GtkEventControllerScroll *controller,
           double                    dx,
           double                    dy,
           AlignmentTimelineView    *self)
{
  GdkModifierType state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (controller));
  const AlignmentTimelineLayout *layout = _alignment_timeline_view_ensure_layout (self);
  double span = self->last_day - self->first_day;
  double step;

  if (layout == NULL)
    return FALSE;

  if (state & GDK_CONTROL_MASK)
    {
      alignment_timeline_view_zoom (self, pow (ZOOM_STEP, -dy), self->pointer_x);
      return TRUE;
    }

  /* A wheel notch moves a tenth of the view; party lanes have nothing
   * to scroll up and down, so the wheel moves time there. */
  step = span / 10;
  if (self->lanes == ALIGNMENT_TIMELINE_LANES_THREAD && !(state & GDK_SHIFT_MASK))
    {
      self->lane_offset += dy * 40;
      _alignment_timeline_view_invalidate_layout (self);
      _alignment_timeline_view_clamp_lane_offset (self);
      if (dx != 0)
        alignment_timeline_view_set_viewport (self, self->first_day + dx * step, self->last_day + dx * step);
    }
  else
    {
      double d = dx != 0 ? dx : dy;

      alignment_timeline_view_set_viewport (self, self->first_day + d * step, self->last_day + d * step);
    }

  return TRUE;
}

static void
motion_cb (GtkEventControllerMotion *controller,
           double                    x,
           double                    y,
           AlignmentTimelineView    *self)
{
  int hovered = alignment_timeline_view_signal_at (self, x, y);

  self->pointer_x = x;
  self->pointer_y = y;
  if (hovered != self->hovered)
    {
      self->hovered = hovered;
      gtk_widget_queue_draw (GTK_WIDGET (self));
    }
}

static void
leave_cb (GtkEventControllerMotion *controller,
          AlignmentTimelineView    *self)
{
  self->pointer_x = -1;
  if (self->hovered >= 0)
    {
      self->hovered = -1;
      gtk_widget_queue_draw (GTK_WIDGET (self));
    }
}

static void
pinch_begin_cb (GtkGesture            *gesture,
                GdkEventSequence      *sequence,
                AlignmentTimelineView *self)
{
  double x, y;

  self->pinch_first_day = self->first_day;
  self->pinch_last_day = self->last_day;
  self->pinch_x = gtk_gesture_get_bounding_box_center (gesture, &x, &y) ? x : -1;
}

static void
pinch_scale_changed_cb (GtkGestureZoom        *gesture,
                        double                 scale,
                        AlignmentTimelineView *self)
{
  if (!(scale > 0))
    return;

  /* Zoom from where the pinch began, so the steps do not compound. */
  self->first_day = self->pinch_first_day;
  self->last_day = self->pinch_last_day;
  _alignment_timeline_view_invalidate_layout (self);
  alignment_timeline_view_zoom (self, scale, self->pinch_x);
}

/* The lines of a description can be long (trust in three realms, a
 * long trigger): wrapped, the tooltip stays narrower than a window at
 * half a small screen, so GTK can keep it on the screen. */
#define TOOLTIP_MAX_CHARS 48

GtkWidget *
_alignment_timeline_view_tooltip_label (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_max_width_chars (GTK_LABEL (label), TOOLTIP_MAX_CHARS);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  return label;
}

static gboolean
query_tooltip_cb (GtkWidget             *widget,
                  int                    x,
                  int                    y,
                  gboolean               keyboard,
                  GtkTooltip            *tooltip,
                  AlignmentTimelineView *self)
{
  const AlignmentTimelineLayout *layout = _alignment_timeline_view_ensure_layout (self);
  int position = keyboard ? self->focused : alignment_timeline_view_signal_at (self, x, y);
  int density;
  int round_mark;

  if (layout == NULL)
    return FALSE;

  if (position >= 0)
    {
      g_autofree char *text = alignment_timeline_view_describe_signal (self, position);
      int index = alignment_timeline_layout_find (layout, position);

      gtk_tooltip_set_custom (tooltip, _alignment_timeline_view_tooltip_label (text));
      /* Beside the signal, from the keyboard too (not under the whole
       * view), and flipped above it near the bottom of the screen. */
      if (index >= 0)
        {
          const AlignmentTimelineMarker *m = &g_array_index (layout->markers, AlignmentTimelineMarker, index);
          double r = MAX (m->radius, 4);

          gtk_tooltip_set_tip_area (tooltip, &(GdkRectangle) { (int) (m->x - r), (int) (m->y - r),
                                                               (int) (2 * r), (int) (2 * r) });
        }
      return TRUE;
    }

  round_mark = keyboard ? -1 : alignment_timeline_layout_hit_round (layout, x, y);
  if (round_mark >= 0)
    {
      const AlignmentTimelineRoundMark *mark = &g_array_index (layout->rounds, AlignmentTimelineRoundMark, round_mark);
      g_autofree char *text = alignment_timeline_layout_round_text (layout, round_mark);

      gtk_tooltip_set_custom (tooltip, _alignment_timeline_view_tooltip_label (text));
      gtk_tooltip_set_tip_area (tooltip, &(GdkRectangle) { (int) mark->marker.x, (int) mark->marker.y,
                                                           (int) ceil (mark->marker.width), (int) ceil (mark->marker.height) });
      return TRUE;
    }

  density = keyboard ? -1 : alignment_timeline_layout_hit_density (layout, x, y);
  if (density >= 0)
    {
      const AlignmentTimelineDensity *d = &g_array_index (layout->density, AlignmentTimelineDensity, density);
      g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u signal here: zoom in to see it",
                                                            "%u signals here: zoom in to see them", d->count),
                                               d->count);

      gtk_tooltip_set_text (tooltip, text);
      return TRUE;
    }

  return FALSE;
}

/* ---- Actions ------------------------------------------------------------------- */

static void
zoom_in_action (GtkWidget  *widget,
                const char *action,
                GVariant   *parameter)
{
  AlignmentTimelineView *self = ALIGNMENT_TIMELINE_VIEW (widget);

  alignment_timeline_view_zoom (self, ZOOM_STEP, self->pointer_x);
}

static void
zoom_out_action (GtkWidget  *widget,
                 const char *action,
                 GVariant   *parameter)
{
  AlignmentTimelineView *self = ALIGNMENT_TIMELINE_VIEW (widget);

  alignment_timeline_view_zoom (self, 1 / ZOOM_STEP, self->pointer_x);
}

static void
zoom_fit_action (GtkWidget  *widget,
                 const char *action,
                 GVariant   *parameter)
{
  alignment_timeline_view_zoom_to_fit (ALIGNMENT_TIMELINE_VIEW (widget));
}

static void
zoom_selection_action (GtkWidget  *widget,
                       const char *action,
                       GVariant   *parameter)
{
  if (!alignment_timeline_view_zoom_to_selection (ALIGNMENT_TIMELINE_VIEW (widget)))
    gtk_widget_error_bell (widget);
}

static void
highlight_thread_action (GtkWidget  *widget,
                         const char *action,
                         GVariant   *parameter)
{
  AlignmentTimelineView *self = ALIGNMENT_TIMELINE_VIEW (widget);
  int position = self->focused >= 0 ? self->focused : _alignment_timeline_view_selected_position (self);
  guint thread = 0;

  if (position >= 0 && self->data != NULL)
    thread = alignment_timeline_data_get_thread (self->data, position);

  alignment_timeline_view_set_highlight_thread (self, thread == self->highlight_thread ? 0 : thread);
}

/* ---- Setting up ---------------------------------------------------------------- */

void
_alignment_timeline_view_class_init_input (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "timeline.zoom-in", NULL, zoom_in_action);
  gtk_widget_class_install_action (widget_class, "timeline.zoom-out", NULL, zoom_out_action);
  gtk_widget_class_install_action (widget_class, "timeline.zoom-fit", NULL, zoom_fit_action);
  gtk_widget_class_install_action (widget_class, "timeline.zoom-selection", NULL, zoom_selection_action);
  gtk_widget_class_install_action (widget_class, "timeline.highlight-thread", NULL, highlight_thread_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_plus, 0, "timeline.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_equal, 0, "timeline.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Add, 0, "timeline.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_plus, GDK_CONTROL_MASK, "timeline.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_equal, GDK_CONTROL_MASK, "timeline.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_minus, 0, "timeline.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Subtract, 0, "timeline.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_minus, GDK_CONTROL_MASK, "timeline.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_0, 0, "timeline.zoom-fit", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_0, GDK_CONTROL_MASK, "timeline.zoom-fit", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, 0, "timeline.zoom-selection", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_t, 0, "timeline.highlight-thread", NULL);
}

void
_alignment_timeline_view_init_input (AlignmentTimelineView *self)
{
  GtkEventController *controller;
  GtkGesture *gesture;

  g_signal_connect (self, "query-tooltip", G_CALLBACK (query_tooltip_cb), self);

  gesture = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (gesture), GDK_BUTTON_PRIMARY);
  g_signal_connect (gesture, "pressed", G_CALLBACK (pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (gesture));

  gesture = gtk_gesture_drag_new ();
  g_signal_connect (gesture, "drag-begin", G_CALLBACK (drag_begin_cb), self);
  g_signal_connect (gesture, "drag-update", G_CALLBACK (drag_update_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (gesture));

  gesture = gtk_gesture_zoom_new ();
  g_signal_connect (gesture, "begin", G_CALLBACK (pinch_begin_cb), self);
  g_signal_connect (gesture, "scale-changed", G_CALLBACK (pinch_scale_changed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (gesture));

  controller = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_BOTH_AXES);
  g_signal_connect (controller, "scroll", G_CALLBACK (scroll_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  controller = gtk_event_controller_motion_new ();
  g_signal_connect (controller, "enter", G_CALLBACK (motion_cb), self);
  g_signal_connect (controller, "motion", G_CALLBACK (motion_cb), self);
  g_signal_connect (controller, "leave", G_CALLBACK (leave_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  controller = gtk_event_controller_key_new ();
  g_signal_connect (controller, "key-pressed", G_CALLBACK (key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  controller = gtk_event_controller_focus_new ();
  g_signal_connect_swapped (controller, "enter", G_CALLBACK (focus_enter_cb), self);
  g_signal_connect_swapped (controller, "leave", G_CALLBACK (gtk_widget_queue_draw), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);
}
