/* alignment-timeline-view.c
 *
 * The view keeps a render-layer layout of what it shows, rebuilt when
 * the size, the dates in view or the signals change; it paints that
 * layout and hit-tests against it, so what is clicked is what is drawn.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include <adwaita.h>
#include <glib/gi18n.h>

#include "alignment-palette.h"
#include "alignment-timeline-painter.h"
#include "alignment-timeline-view.h"

/* Zoom limits: two days to two centuries across the plot. */
#define MIN_SPAN     2.0
#define MAX_SPAN     (200 * 365.25)
#define ZOOM_STEP    1.25
/* Beyond this many signals there is no accessible child per signal:
 * a screen reader user reads such a case in the signal list. */
#define MAX_ACCESSIBLE 2000

struct _AlignmentTimelineView
{
  GtkWidget parent_instance;

  AlignmentCase          *case_;
  GtkSelectionModel      *selection;
  AlignmentTimelineData  *data;
  AlignmentTimelineLayout *layout;
  AlignmentTimelineLanes  lanes;
  guint                   highlight_thread;
  /* Sorted positions drawn in full, the others dimmed: the highlighted
   * thread's signals, or the ones given; empty for none. */
  GArray                 *highlight;
  gboolean                trust_strip;

  double first_day;
  double last_day;
  double lane_offset;

  int    focused;       /* position, or -1 */
  int    hovered;
  double pointer_x;     /* last pointer position, for zooming around it */
  double pointer_y;

  /* Drag and pinch start from where they began. */
  double drag_first_day;
  double drag_lane_offset;
  double pinch_first_day;
  double pinch_last_day;
  double pinch_x;

  GPtrArray  *accessible;  /* GtkWidget per dated signal, by position */
  GHashTable *viewports;   /* AlignmentCase* → double[2], weak keys */
  guint       reload_idle;
};

G_DEFINE_FINAL_TYPE (AlignmentTimelineView, alignment_timeline_view, GTK_TYPE_WIDGET)

enum
{
  PROP_0,
  PROP_CASE,
  PROP_SELECTION,
  PROP_LANES,
  PROP_HIGHLIGHT_THREAD,
  PROP_TRUST_STRIP,
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

static void
invalidate_layout (AlignmentTimelineView *self)
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

static AlignmentTimelineLayout *
ensure_layout (AlignmentTimelineView *self)
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
  options.font_size = font_size (self);
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

static int
selected_position (AlignmentTimelineView *self)
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

static void
clamp_lane_offset (AlignmentTimelineView *self)
{
  const AlignmentTimelineLayout *layout = ensure_layout (self);
  double max, clamped;

  if (self->lanes != ALIGNMENT_TIMELINE_LANES_THREAD || layout == NULL || layout->lanes->len == 0)
    {
      if (self->lane_offset != 0)
        {
          self->lane_offset = 0;
          invalidate_layout (self);
        }
      return;
    }

  max = g_array_index (layout->lanes, AlignmentTimelineLane, 0).area.height
        * alignment_timeline_data_get_n_lanes (self->data, self->lanes) - layout->plot.height;
  clamped = CLAMP (self->lane_offset, 0, MAX (0, max));
  if (clamped != self->lane_offset)
    {
      self->lane_offset = clamped;
      invalidate_layout (self);
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
  invalidate_layout (self);
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

  layout = ensure_layout (self);
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
  int position = selected_position (self);
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
static void
scroll_to (AlignmentTimelineView *self,
           guint                  position)
{
  AlignmentSignal *signal = alignment_timeline_data_get_signal (self->data, position);
  double day = alignment_signal_get_start_julian (signal) + 0.5;
  double span = self->last_day - self->first_day;
  double edge = span / 10;

  if (day < self->first_day + edge || day > self->last_day - edge)
    alignment_timeline_view_set_viewport (self, day - span / 2, day + span / 2);

  if (self->lanes == ALIGNMENT_TIMELINE_LANES_THREAD && ensure_layout (self) != NULL)
    {
      const AlignmentTimelineLayout *layout = self->layout;
      guint lane = alignment_timeline_data_get_lane (self->data, self->lanes, position);
      double lane_h = layout->lanes->len > 0 ? g_array_index (layout->lanes, AlignmentTimelineLane, 0).area.height : 1;
      double top = lane * lane_h;

      if (top < self->lane_offset || top + lane_h > self->lane_offset + layout->plot.height)
        {
          self->lane_offset = top - (layout->plot.height - lane_h) / 2;
          invalidate_layout (self);
          clamp_lane_offset (self);
        }
    }
}

/* ---- Accessibility -------------------------------------------------------- */

static void
clear_accessible (AlignmentTimelineView *self)
{
  for (guint i = 0; i < self->accessible->len; i++)
    {
      GtkWidget *child = g_ptr_array_index (self->accessible, i);

      if (child != NULL)
        gtk_widget_unparent (child);
    }
  g_ptr_array_set_size (self->accessible, 0);
}

/* "2c, Alignment event, IT service provider, 2024-04-01" */
static char *
accessible_name (AlignmentTimelineView *self,
                 AlignmentSignal       *signal)
{
  char start[11];

  alignment_date_format_iso (alignment_signal_get_start_julian (signal), start);
  return g_strdup_printf ("%s, %s, %s, %s",
                          alignment_signal_get_id (signal),
                          alignment_enum_to_label (ALIGNMENT_TYPE_SIGNAL_TYPE, alignment_signal_get_signal_type (signal)),
                          alignment_case_get_party_name (self->case_, alignment_signal_get_sender (signal)),
                          start);
}

/* A list item per signal, in time order, named and described like the
 * tooltip: GTK 4.8 has no virtual accessible children, so these are
 * real (invisible, untargetable) widgets over the markers. */
static void
build_accessible (AlignmentTimelineView *self)
{
  GtkWidget *previous = NULL;
  guint n;

  clear_accessible (self);
  if (self->data == NULL)
    return;

  n = alignment_timeline_data_get_n_dated (self->data);
  if (n > MAX_ACCESSIBLE)
    return;

  g_ptr_array_set_size (self->accessible, alignment_case_get_signals (self->case_) != NULL
                                          ? g_list_model_get_n_items (G_LIST_MODEL (alignment_case_get_signals (self->case_)))
                                          : 0);
  for (guint rank = 0; rank < n; rank++)
    {
      guint position = alignment_timeline_data_get_position (self->data, rank);
      AlignmentSignal *signal = alignment_timeline_data_get_signal (self->data, position);
      g_autofree char *name = accessible_name (self, signal);
      g_autofree char *description = alignment_timeline_view_describe_signal (self, position);
      GtkWidget *child = g_object_new (GTK_TYPE_LABEL,
                                       "accessible-role", GTK_ACCESSIBLE_ROLE_LIST_ITEM,
                                       "can-target", FALSE,
                                       "can-focus", FALSE,
                                       NULL);

      gtk_widget_set_opacity (child, 0);
      gtk_accessible_update_property (GTK_ACCESSIBLE (child),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                      -1);
      gtk_widget_insert_after (child, GTK_WIDGET (self), previous);
      previous = child;
      if (position < self->accessible->len)
        g_ptr_array_index (self->accessible, position) = child;
    }
}

static void
update_accessible_state (AlignmentTimelineView *self)
{
  int selected = selected_position (self);

  for (guint i = 0; i < self->accessible->len; i++)
    {
      GtkWidget *child = g_ptr_array_index (self->accessible, i);

      if (child != NULL)
        gtk_accessible_update_state (GTK_ACCESSIBLE (child),
                                     GTK_ACCESSIBLE_STATE_SELECTED, (int) i == selected,
                                     -1);
    }
}

/* ---- Describing signals --------------------------------------------------- */

static const char *
impact_label (AlignmentImpact impact)
{
  return impact == ALIGNMENT_IMPACT_UNKNOWN ? "—" : alignment_enum_to_label (ALIGNMENT_TYPE_IMPACT, impact);
}

char *
alignment_timeline_view_describe_signal (AlignmentTimelineView *self,
                                         guint                  position)
{
  AlignmentSignal *signal;
  GString *text;
  char start[11], end[11];

  g_return_val_if_fail (ALIGNMENT_IS_TIMELINE_VIEW (self), NULL);
  g_return_val_if_fail (self->case_ != NULL, NULL);

  signal = alignment_signal_list_get (alignment_case_get_signals (self->case_), position);
  g_return_val_if_fail (signal != NULL, NULL);

  text = g_string_new (NULL);
  g_string_append_printf (text, "%s — %s", alignment_signal_get_id (signal),
                          alignment_enum_to_label (ALIGNMENT_TYPE_SIGNAL_TYPE, alignment_signal_get_signal_type (signal)));
  g_string_append_printf (text, "\n%s %s", _("From"),
                          alignment_case_get_party_name (self->case_, alignment_signal_get_sender (signal)));

  if (alignment_signal_get_start_julian (signal) != 0)
    alignment_date_format_iso (alignment_signal_get_start_julian (signal), start);
  else
    g_strlcpy (start, "—", sizeof start);
  if (alignment_signal_get_end_julian (signal) != 0)
    {
      alignment_date_format_iso (alignment_signal_get_end_julian (signal), end);
      g_string_append_c (text, '\n');
      /* TRANSLATORS: a signal's start and end date */
      g_string_append_printf (text, _("%s to %s"), start, end);
    }
  else
    g_string_append_printf (text, "\n%s", start);

  if (*alignment_signal_get_trigger (signal) != '\0')
    g_string_append_printf (text, "\n%s: %s", _("Trigger"), alignment_signal_get_trigger (signal));
  if (alignment_signal_get_understood (signal) == ALIGNMENT_UNDERSTOOD_NO)
    g_string_append_printf (text, "\n%s", _("Not understood as meant"));

  for (int p = 0; p < ALIGNMENT_N_PARTIES; p++)
    {
      AlignmentParty party = p == 0 ? ALIGNMENT_PARTY_CUSTOMER : ALIGNMENT_PARTY_PROVIDER;

      g_string_append_c (text, '\n');
      /* TRANSLATORS: "Trust of <party>: honesty …, good-faith effort …" */
      g_string_append_printf (text, _("Trust of %s: %s %s, %s %s, %s %s"),
                              alignment_case_get_party_name (self->case_, party),
                              alignment_realm_get_trust_dimension (ALIGNMENT_REALM_CONTRACTUAL),
                              impact_label (alignment_signal_get_impact (signal, party, ALIGNMENT_REALM_CONTRACTUAL)),
                              alignment_realm_get_trust_dimension (ALIGNMENT_REALM_OPERATIONAL),
                              impact_label (alignment_signal_get_impact (signal, party, ALIGNMENT_REALM_OPERATIONAL)),
                              alignment_realm_get_trust_dimension (ALIGNMENT_REALM_RELATIONAL),
                              impact_label (alignment_signal_get_impact (signal, party, ALIGNMENT_REALM_RELATIONAL)));
    }

  return g_string_free (text, FALSE);
}

int
alignment_timeline_view_signal_at (AlignmentTimelineView *self,
                                   double                 x,
                                   double                 y)
{
  const AlignmentTimelineLayout *layout;
  int index;

  g_return_val_if_fail (ALIGNMENT_IS_TIMELINE_VIEW (self), -1);

  layout = ensure_layout (self);
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

  layout = ensure_layout (self);
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

  return ensure_layout (self);
}

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
    scroll_to (self, position);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
selection_changed_cb (AlignmentTimelineView *self)
{
  update_accessible_state (self);
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
      int selected = selected_position (self);

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
      g_signal_emit (self, signals[ACTIVATE_SIGNAL], 0, (guint) self->focused);
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
      int selected = selected_position (self);

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
  const AlignmentTimelineLayout *layout = ensure_layout (self);
  int position = alignment_timeline_view_signal_at (self, x, y);

  gtk_widget_grab_focus (GTK_WIDGET (self));

  if (position >= 0)
    {
      self->focused = position;
      select_position (self, position);
      if (n_press == 2)
        g_signal_emit (self, signals[ACTIVATE_SIGNAL], 0, (guint) position);
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
  const AlignmentTimelineLayout *layout = ensure_layout (self);
  double span = self->last_day - self->first_day;
  double first;

  if (layout == NULL)
    return;

  first = self->drag_first_day - dx / layout->px_per_day;
  if (self->lanes == ALIGNMENT_TIMELINE_LANES_THREAD)
    self->lane_offset = self->drag_lane_offset - dy;
  alignment_timeline_view_set_viewport (self, first, first + span);
  clamp_lane_offset (self);
}

static gboolean
scroll_cb (GtkEventControllerScroll *controller,
           double                    dx,
           double                    dy,
           AlignmentTimelineView    *self)
{
  GdkModifierType state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (controller));
  const AlignmentTimelineLayout *layout = ensure_layout (self);
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
      invalidate_layout (self);
      clamp_lane_offset (self);
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
  invalidate_layout (self);
  alignment_timeline_view_zoom (self, scale, self->pinch_x);
}

static gboolean
query_tooltip_cb (GtkWidget             *widget,
                  int                    x,
                  int                    y,
                  gboolean               keyboard,
                  GtkTooltip            *tooltip,
                  AlignmentTimelineView *self)
{
  const AlignmentTimelineLayout *layout = ensure_layout (self);
  int position = keyboard ? self->focused : alignment_timeline_view_signal_at (self, x, y);
  int density;

  if (layout == NULL)
    return FALSE;

  if (position >= 0)
    {
      g_autofree char *text = alignment_timeline_view_describe_signal (self, position);

      gtk_tooltip_set_text (tooltip, text);
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
  int position = self->focused >= 0 ? self->focused : selected_position (self);
  guint thread = 0;

  if (position >= 0 && self->data != NULL)
    thread = alignment_timeline_data_get_thread (self->data, position);

  alignment_timeline_view_set_highlight_thread (self, thread == self->highlight_thread ? 0 : thread);
}

/* ---- GtkWidget ------------------------------------------------------------------ */

static void
alignment_timeline_view_snapshot (GtkWidget   *widget,
                                  GtkSnapshot *snapshot)
{
  AlignmentTimelineView *self = ALIGNMENT_TIMELINE_VIEW (widget);
  const AlignmentTimelineLayout *layout = ensure_layout (self);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  AlignmentTimelineStyle style;
  cairo_t *cr;

  if (layout == NULL)
    return;

  alignment_timeline_style_init (&style);
  style.palette = current_palette ();
  style.selected = selected_position (self);
  style.hovered = self->hovered;
  style.focused = gtk_widget_has_focus (widget) ? self->focused : -1;
  style.highlight = (const guint *) self->highlight->data;
  style.n_highlight = self->highlight->len;

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  alignment_timeline_paint (cr, layout, &style);

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
  layout = ensure_layout (self);
  clamp_lane_offset (self);

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
rebuild_data (AlignmentTimelineView *self)
{
  g_clear_pointer (&self->data, alignment_timeline_data_free);
  if (self->case_ != NULL)
    self->data = alignment_timeline_data_new_for_case (self->case_);
  if (self->focused >= 0 && (self->data == NULL || self->focused >= (int) alignment_timeline_data_get_n_dated (self->data) + (int) alignment_timeline_data_get_n_undated (self->data)))
    self->focused = -1;
  self->hovered = -1;
  update_thread_highlight (self);
  build_accessible (self);
  update_accessible_state (self);
  invalidate_layout (self);
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
    g_signal_connect_swapped (selection, "selection-changed", G_CALLBACK (selection_changed_cb), self);

  selection_changed_cb (self);
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
  invalidate_layout (self);
  if (self->focused >= 0)
    scroll_to (self, self->focused);
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
  invalidate_layout (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TRUST_STRIP]);
}

/* ---- GObject ------------------------------------------------------------------------ */

static void
alignment_timeline_view_dispose (GObject *object)
{
  AlignmentTimelineView *self = ALIGNMENT_TIMELINE_VIEW (object);
  GHashTableIter iter;
  gpointer key;

  g_clear_handle_id (&self->reload_idle, g_source_remove);
  clear_accessible (self);
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
  g_hash_table_unref (self->viewports);
  g_array_unref (self->highlight);

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
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[ACTIVATE_SIGNAL] =
    g_signal_new ("activate-signal", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_UINT);

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

  gtk_widget_class_set_css_name (widget_class, "timeline");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_LIST);
}

static void
alignment_timeline_view_init (AlignmentTimelineView *self)
{
  GtkEventController *controller;
  GtkGesture *gesture;

  self->lanes = ALIGNMENT_TIMELINE_LANES_PARTY;
  self->trust_strip = TRUE;
  self->focused = -1;
  self->hovered = -1;
  self->pointer_x = -1;
  self->accessible = g_ptr_array_new ();
  self->highlight = g_array_new (FALSE, FALSE, sizeof (guint));
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
