/* alignment-heatmap-view.c
 *
 * The widget asks the render layer for a layout and paints it with the
 * same painter that prints and exports; the pointer, the keyboard and the
 * accessible table all read the same layout, so they cannot disagree
 * with what is drawn.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <adwaita.h>

#include "alignment-heatmap-view.h"
#include "alignment-heatmap-painter.h"

/* Room around the figure, in pixels. */
#define MARGIN 12.0
/* A tooltip lists this many signals at most. */
#define TOOLTIP_SIGNALS 10

G_DEFINE_ENUM_TYPE (AlignmentScale, alignment_trust_scale,
  G_DEFINE_ENUM_VALUE (ALIGNMENT_SCALE_RED_GREEN, "red-green"),
  G_DEFINE_ENUM_VALUE (ALIGNMENT_SCALE_BLUE_ORANGE, "blue-orange"))

struct _AlignmentHeatmapView
{
  GtkWidget               parent_instance;

  AlignmentCase          *case_;
  GSignalGroup           *signals;   /* on the case's list, for its changes */
  AlignmentBucketKind     kind;
  AlignmentHeatmapMode    mode;
  AlignmentScale          scale;
  AlignmentPerceptionView view;

  AlignmentHeatmapLayout *layout;
  double                  layout_width;   /* what the layout was fitted to */
  gboolean                table_stale;
  /* The case or the choices changed while the view was hidden. */
  gboolean                layout_stale;
  int                     focus_row;
  int                     focus_column;

  GtkWidget              *kind_dropdown;
  GtkWidget              *mode_dropdown;
  GtkWidget              *view_dropdown;
  GtkWidget              *scrolled;
  GtkWidget              *area;
  GtkWidget              *table;    /* the accessible table of values */
};

G_DEFINE_FINAL_TYPE (AlignmentHeatmapView, alignment_heatmap_view, GTK_TYPE_WIDGET)

enum
{
  PROP_0,
  PROP_CASE,
  PROP_BUCKET_KIND,
  PROP_MODE,
  PROP_TRUST_SCALE,
  PROP_VIEW,
  N_PROPS
};

enum
{
  CELL_ACTIVATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint view_signals[N_SIGNALS];

/* ---- Layout ----------------------------------------------------------------- */

/* The widget's own text size, in pixels: the figure reads like the rest
 * of the window, and follows the user's font scaling. */
static double
font_size (AlignmentHeatmapView *self)
{
  PangoContext *context = gtk_widget_get_pango_context (GTK_WIDGET (self));
  const PangoFontDescription *font = pango_context_get_font_description (context);
  double size;

  if (font == NULL || pango_font_description_get_size (font) <= 0)
    return 13.0;
  size = (double) pango_font_description_get_size (font) / PANGO_SCALE;
  if (!pango_font_description_get_size_is_absolute (font))
    size *= 96.0 / 72.0;
  return size;
}

static void rebuild_table (AlignmentHeatmapView *self);

static void
update_layout (AlignmentHeatmapView *self,
               double                width)
{
  AlignmentHeatmapLayoutOptions options = { 0 };
  AlignmentSignal * const *signals;
  guint n_signals;

  g_clear_pointer (&self->layout, alignment_heatmap_layout_free);
  self->layout_stale = FALSE;
  if (self->case_ == NULL)
    {
      gtk_drawing_area_set_content_width (GTK_DRAWING_AREA (self->area), 0);
      gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (self->area), 0);
      rebuild_table (self);
      return;
    }

  /* The natural size first: it is the minimum the area asks for, and
   * the scrolled window scrolls below it; wider, the cells grow. */
  options.font_size = font_size (self);
  options.view = self->view;
  signals = alignment_signal_list_peek (alignment_case_get_signals (self->case_), &n_signals);
  self->layout = alignment_heatmap_layout_new (signals, n_signals, self->kind, self->mode, &options);
  gtk_drawing_area_set_content_width (GTK_DRAWING_AREA (self->area), (int) (self->layout->width + 2 * MARGIN));
  gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (self->area), (int) (self->layout->height + 2 * MARGIN));

  if (width - 2 * MARGIN > self->layout->width)
    {
      alignment_heatmap_layout_free (self->layout);
      options.width = width - 2 * MARGIN;
      self->layout = alignment_heatmap_layout_new (signals, n_signals, self->kind, self->mode, &options);
    }
  self->layout_width = width;

  if (self->focus_row >= (int) self->layout->n_rows || self->focus_column >= (int) self->layout->n_columns)
    self->focus_row = self->focus_column = -1;

  if (self->table_stale)
    rebuild_table (self);
  gtk_widget_queue_draw (self->area);
}

void
alignment_heatmap_view_refresh (AlignmentHeatmapView *self)
{
  g_return_if_fail (ALIGNMENT_IS_HEATMAP_VIEW (self));

  self->table_stale = TRUE;
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      update_layout (self, gtk_widget_get_width (self->area));
      return;
    }

  /* A hidden view lays out when it is shown, or when asked: opening a
   * case costs nothing for a figure nobody looks at.  What it showed of
   * the case before goes now. */
  self->layout_stale = TRUE;
  g_clear_pointer (&self->layout, alignment_heatmap_layout_free);
  rebuild_table (self);
  self->table_stale = TRUE;
}

static void
ensure_layout (AlignmentHeatmapView *self)
{
  if (self->layout_stale)
    update_layout (self, gtk_widget_get_width (self->area));
}

static void
area_resize (GtkDrawingArea       *area,
             int                   width,
             int                   height,
             AlignmentHeatmapView *self)
{
  if (self->case_ != NULL && width != self->layout_width)
    update_layout (self, width);
}

/* ---- Drawing ---------------------------------------------------------------- */

static const AlignmentPalette *
current_palette (AlignmentHeatmapView *self)
{
  AdwStyleManager *style = adw_style_manager_get_default ();
  gboolean dark = adw_style_manager_get_dark (style);
  AlignmentPaletteKind kind;

  if (adw_style_manager_get_high_contrast (style))
    kind = dark ? ALIGNMENT_PALETTE_HIGH_CONTRAST_DARK : ALIGNMENT_PALETTE_HIGH_CONTRAST;
  else
    kind = dark ? ALIGNMENT_PALETTE_DARK : ALIGNMENT_PALETTE_LIGHT;

  return alignment_palette_get (kind, self->scale);
}

static void
area_draw (GtkDrawingArea *area,
           cairo_t        *cr,
           int             width,
           int             height,
           gpointer        data)
{
  AlignmentHeatmapView *self = data;
  const AlignmentPalette *palette = current_palette (self);
  gboolean focused = gtk_widget_has_focus (self->area);

  alignment_rgba_set_source (cr, &palette->background);
  cairo_paint (cr);
  if (self->layout == NULL)
    return;

  cairo_translate (cr, MARGIN, MARGIN);
  alignment_heatmap_paint (cr, self->layout, palette,
                           focused ? self->focus_row : -1,
                           focused ? self->focus_column : -1);
}

static void
style_changed (AlignmentHeatmapView *self)
{
  gtk_widget_queue_draw (self->area);
}

/* ---- Cells ------------------------------------------------------------------ */

static gboolean
valid_cell (AlignmentHeatmapView *self,
            guint                 row,
            guint                 column)
{
  return self->layout != NULL && row < self->layout->n_rows && column < self->layout->n_columns;
}

/* "Customer · Operational — good-faith effort, Mar 2024: −3": what a
 * screen reader says for a cell (@column n_columns: the row's total). */
static char *
cell_sentence (AlignmentHeatmapView *self,
               guint                 row,
               guint                 column)
{
  const AlignmentHeatmapCell *cell;
  const char *name;

  if (column == self->layout->n_columns)
    {
      cell = &self->layout->totals[row];
      name = self->layout->total_label.text;
    }
  else
    {
      cell = alignment_heatmap_layout_get_cell (self->layout, row, column);
      name = self->layout->column_names[column];
    }

  if (cell->empty)
    /* TRANSLATORS: row, column: no signals in that bucket */
    return g_strdup_printf (_("%s, %s: no signals"), self->layout->row_labels[row].text, name);

  /* TRANSLATORS: row, column: value, e.g. "Customer · Operational —
   * good-faith effort, 2024-03: −3" */
  return g_strdup_printf (_("%s, %s: %s"), self->layout->row_labels[row].text, name, cell->value_text);
}

static GArray *
cell_signals (AlignmentHeatmapView *self,
              guint                 row,
              guint                 column)
{
  AlignmentSignal * const *signals;
  guint n_signals;

  signals = alignment_signal_list_peek (alignment_case_get_signals (self->case_), &n_signals);
  return alignment_heatmap_layout_cell_signals (self->layout, signals, n_signals, row, column);
}

char *
alignment_heatmap_view_describe_cell (AlignmentHeatmapView *self,
                                      guint                 row,
                                      guint                 column)
{
  g_autoptr(GArray) positions = NULL;
  g_autofree char *sentence = NULL;
  AlignmentSignal * const *signals;
  GString *text;
  guint n_signals;

  g_return_val_if_fail (ALIGNMENT_IS_HEATMAP_VIEW (self), NULL);
  ensure_layout (self);
  g_return_val_if_fail (valid_cell (self, row, column), NULL);

  sentence = cell_sentence (self, row, column);
  text = g_string_new (NULL);
  {
    g_autofree char *escaped = g_markup_escape_text (sentence, -1);

    g_string_append_printf (text, "<b>%s</b>", escaped);
  }

  positions = cell_signals (self, row, column);
  signals = alignment_signal_list_peek (alignment_case_get_signals (self->case_), &n_signals);
  if (positions->len == 0)
    g_string_append_printf (text, "\n%s", _("No signal moved this trust."));
  for (guint i = 0; i < positions->len && i < TOOLTIP_SIGNALS; i++)
    {
      AlignmentSignal *signal = signals[g_array_index (positions, guint, i)];
      char date[11] = "";
      g_autofree char *line = NULL;
      g_autofree char *escaped = NULL;

      if (alignment_signal_get_start_julian (signal) != 0)
        alignment_date_format_iso (alignment_signal_get_start_julian (signal), date);
      /* TRANSLATORS: a signal in the heatmap's tooltip: id, type, date, trigger */
      line = g_strdup_printf (_("%s · %s · %s — %s"), alignment_signal_get_id (signal),
                              alignment_enum_to_label (ALIGNMENT_TYPE_SIGNAL_TYPE, alignment_signal_get_signal_type (signal)),
                              date, alignment_signal_get_trigger (signal));
      escaped = g_markup_escape_text (line, -1);
      g_string_append_printf (text, "\n%s", escaped);
    }
  if (positions->len > TOOLTIP_SIGNALS)
    {
      g_string_append_c (text, '\n');
      g_string_append_printf (text, ngettext ("… and %u more signal", "… and %u more signals",
                                              positions->len - TOOLTIP_SIGNALS),
                              positions->len - TOOLTIP_SIGNALS);
    }
  if (positions->len > 0)
    g_string_append_printf (text, "\n<i>%s</i>", _("Click to show these signals"));

  return g_string_free (text, FALSE);
}

static gboolean
area_query_tooltip (GtkWidget            *area,
                    int                   x,
                    int                   y,
                    gboolean              keyboard,
                    GtkTooltip           *tooltip,
                    AlignmentHeatmapView *self)
{
  g_autofree char *markup = NULL;
  const AlignmentHeatmapCell *cell;
  guint row, column;

  if (self->layout == NULL)
    return FALSE;

  if (keyboard)
    {
      if (self->focus_row < 0)
        return FALSE;
      row = self->focus_row;
      column = self->focus_column;
    }
  else if (!alignment_heatmap_layout_cell_at (self->layout, x - MARGIN, y - MARGIN, &row, &column))
    return FALSE;

  cell = alignment_heatmap_layout_get_cell (self->layout, row, column);
  markup = alignment_heatmap_view_describe_cell (self, row, column);
  gtk_tooltip_set_markup (tooltip, markup);
  /* Moving to the next cell asks again. */
  gtk_tooltip_set_tip_area (tooltip, &(GdkRectangle) {
                              (int) (cell->rect.x + MARGIN), (int) (cell->rect.y + MARGIN),
                              (int) cell->rect.width, (int) cell->rect.height });
  return TRUE;
}

void
alignment_heatmap_view_activate_cell (AlignmentHeatmapView *self,
                                      guint                 row,
                                      guint                 column)
{
  g_autoptr(GArray) positions = NULL;

  g_return_if_fail (ALIGNMENT_IS_HEATMAP_VIEW (self));
  ensure_layout (self);
  g_return_if_fail (valid_cell (self, row, column));

  positions = cell_signals (self, row, column);
  g_signal_emit (self, view_signals[CELL_ACTIVATED], 0, row, column, positions);
}

static void
click_released (GtkGestureClick      *gesture,
                int                   n_press,
                double                x,
                double                y,
                AlignmentHeatmapView *self)
{
  guint row, column;

  if (self->layout == NULL
      || !alignment_heatmap_layout_cell_at (self->layout, x - MARGIN, y - MARGIN, &row, &column))
    return;

  gtk_widget_grab_focus (self->area);
  alignment_heatmap_view_set_focus_cell (self, row, column);
  alignment_heatmap_view_activate_cell (self, row, column);
}

/* ---- Keyboard --------------------------------------------------------------- */

static void
scroll_to_cell (AlignmentHeatmapView *self,
                guint                 row,
                guint                 column)
{
  const AlignmentHeatmapCell *cell = alignment_heatmap_layout_get_cell (self->layout, row, column);
  GtkScrolledWindow *scrolled = GTK_SCROLLED_WINDOW (self->scrolled);

  gtk_adjustment_clamp_page (gtk_scrolled_window_get_hadjustment (scrolled),
                             cell->rect.x + MARGIN, cell->rect.x + cell->rect.width + MARGIN);
  gtk_adjustment_clamp_page (gtk_scrolled_window_get_vadjustment (scrolled),
                             cell->rect.y + MARGIN, cell->rect.y + cell->rect.height + MARGIN);
}

gboolean
alignment_heatmap_view_get_focus_cell (AlignmentHeatmapView *self,
                                       guint                *row,
                                       guint                *column)
{
  g_return_val_if_fail (ALIGNMENT_IS_HEATMAP_VIEW (self), FALSE);

  if (self->focus_row < 0 || self->focus_column < 0)
    return FALSE;
  if (row != NULL)
    *row = self->focus_row;
  if (column != NULL)
    *column = self->focus_column;
  return TRUE;
}

void
alignment_heatmap_view_set_focus_cell (AlignmentHeatmapView *self,
                                       guint                 row,
                                       guint                 column)
{
  g_autofree char *sentence = NULL;

  g_return_if_fail (ALIGNMENT_IS_HEATMAP_VIEW (self));
  ensure_layout (self);
  g_return_if_fail (valid_cell (self, row, column));

  self->focus_row = row;
  self->focus_column = column;

  /* What a screen reader announces as the focus moves over the cells. */
  sentence = cell_sentence (self, row, column);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->area),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, sentence,
                                  -1);
  scroll_to_cell (self, row, column);
  gtk_widget_queue_draw (self->area);
}

static gboolean
key_pressed (GtkEventControllerKey *controller,
             guint                  keyval,
             guint                  keycode,
             GdkModifierType        state,
             AlignmentHeatmapView  *self)
{
  int row = self->focus_row, column = self->focus_column;
  int n_rows, n_columns;

  if (self->layout == NULL || self->layout->n_columns == 0)
    return FALSE;

  n_rows = self->layout->n_rows;
  n_columns = self->layout->n_columns;
  if (row < 0)
    row = column = 0;
  else
    switch (keyval)
      {
      case GDK_KEY_Left:
      case GDK_KEY_KP_Left:
        column = MAX (column - 1, 0);
        break;
      case GDK_KEY_Right:
      case GDK_KEY_KP_Right:
        column = MIN (column + 1, n_columns - 1);
        break;
      case GDK_KEY_Up:
      case GDK_KEY_KP_Up:
        row = MAX (row - 1, 0);
        break;
      case GDK_KEY_Down:
      case GDK_KEY_KP_Down:
        row = MIN (row + 1, n_rows - 1);
        break;
      case GDK_KEY_Home:
      case GDK_KEY_KP_Home:
        column = 0;
        break;
      case GDK_KEY_End:
      case GDK_KEY_KP_End:
        column = n_columns - 1;
        break;
      case GDK_KEY_Return:
      case GDK_KEY_KP_Enter:
      case GDK_KEY_ISO_Enter:
      case GDK_KEY_space:
      case GDK_KEY_KP_Space:
        alignment_heatmap_view_activate_cell (self, row, column);
        return TRUE;
      default:
        return FALSE;
      }

  alignment_heatmap_view_set_focus_cell (self, row, column);
  return TRUE;
}

static void
focus_enter (GtkEventControllerFocus *controller,
             AlignmentHeatmapView    *self)
{
  if (self->focus_row < 0 && self->layout != NULL && self->layout->n_columns > 0)
    alignment_heatmap_view_set_focus_cell (self, 0, 0);
  gtk_widget_queue_draw (self->area);
}

static void
focus_leave (GtkEventControllerFocus *controller,
             AlignmentHeatmapView    *self)
{
  gtk_widget_queue_draw (self->area);
}

/* ---- The accessible table ----------------------------------------------------
 *
 * The numbers again, as a table of labels that screen readers walk by
 * row and column.  It is laid over the figure, invisible and out of the
 * pointer's way: drawn pixels say nothing to assistive technology.
 */

static GtkWidget *
table_label (const char        *text,
             GtkAccessibleRole  role)
{
  return g_object_new (GTK_TYPE_LABEL, "label", text, "accessible-role", role, NULL);
}

static void
rebuild_table (AlignmentHeatmapView *self)
{
  GtkWidget *child;

  self->table_stale = FALSE;
  while ((child = gtk_widget_get_first_child (self->table)) != NULL)
    gtk_box_remove (GTK_BOX (self->table), child);
  if (self->layout == NULL)
    return;

  /* The header row: the bucket kind over the row names, then the buckets. */
  {
    GtkWidget *row = g_object_new (GTK_TYPE_BOX, "accessible-role", GTK_ACCESSIBLE_ROLE_ROW, NULL);

    gtk_box_append (GTK_BOX (row), table_label (self->layout->axis_label.text, GTK_ACCESSIBLE_ROLE_COLUMN_HEADER));
    for (guint c = 0; c < self->layout->n_columns; c++)
      gtk_box_append (GTK_BOX (row), table_label (self->layout->column_names[c], GTK_ACCESSIBLE_ROLE_COLUMN_HEADER));
    if (self->layout->totals != NULL)
      gtk_box_append (GTK_BOX (row), table_label (self->layout->total_label.text, GTK_ACCESSIBLE_ROLE_COLUMN_HEADER));
    gtk_box_append (GTK_BOX (self->table), row);
  }

  for (guint r = 0; r < self->layout->n_rows; r++)
    {
      GtkWidget *row = g_object_new (GTK_TYPE_BOX, "accessible-role", GTK_ACCESSIBLE_ROLE_ROW, NULL);

      gtk_box_append (GTK_BOX (row), table_label (self->layout->row_labels[r].text, GTK_ACCESSIBLE_ROLE_ROW_HEADER));
      /* The buckets, then the row's total. */
      for (guint c = 0; c < self->layout->n_columns + (self->layout->totals != NULL); c++)
        {
          const AlignmentHeatmapCell *cell = c == self->layout->n_columns ? &self->layout->totals[r]
                                           : alignment_heatmap_layout_get_cell (self->layout, r, c);
          g_autofree char *sentence = cell_sentence (self, r, c);
          GtkWidget *label = table_label (cell->empty ? "" : cell->value_text, GTK_ACCESSIBLE_ROLE_CELL);

          /* The value alone is the cell; the sentence gives its row and
           * column for readers that do not announce headers. */
          gtk_accessible_update_property (GTK_ACCESSIBLE (label),
                                          GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, sentence,
                                          -1);
          /* 1-based, counting the header row and column. */
          gtk_accessible_update_relation (GTK_ACCESSIBLE (label),
                                          GTK_ACCESSIBLE_RELATION_ROW_INDEX, (int) r + 2,
                                          GTK_ACCESSIBLE_RELATION_COL_INDEX, (int) c + 2,
                                          -1);
          gtk_box_append (GTK_BOX (row), label);
        }
      gtk_box_append (GTK_BOX (self->table), row);
    }

  gtk_accessible_update_relation (GTK_ACCESSIBLE (self->table),
                                  GTK_ACCESSIBLE_RELATION_ROW_COUNT, (int) self->layout->n_rows + 1,
                                  GTK_ACCESSIBLE_RELATION_COL_COUNT,
                                  (int) self->layout->n_columns + 1 + (self->layout->totals != NULL),
                                  -1);
}

/* ---- Switches --------------------------------------------------------------- */

static void
kind_selected (GtkDropDown          *dropdown,
               GParamSpec           *pspec,
               AlignmentHeatmapView *self)
{
  guint selected = gtk_drop_down_get_selected (dropdown);

  if (selected != GTK_INVALID_LIST_POSITION)
    alignment_heatmap_view_set_bucket_kind (self, selected);
}

static void
mode_selected (GtkDropDown          *dropdown,
               GParamSpec           *pspec,
               AlignmentHeatmapView *self)
{
  guint selected = gtk_drop_down_get_selected (dropdown);

  if (selected != GTK_INVALID_LIST_POSITION)
    alignment_heatmap_view_set_mode (self, selected);
}

static void
view_selected (GtkDropDown          *dropdown,
               GParamSpec           *pspec,
               AlignmentHeatmapView *self)
{
  guint selected = gtk_drop_down_get_selected (dropdown);

  if (selected != GTK_INVALID_LIST_POSITION)
    alignment_heatmap_view_set_view (self, selected);
}

static GtkWidget *
labelled_dropdown (GtkWidget   *box,
                   const char  *mnemonic,
                   const char **items)
{
  GtkWidget *label = gtk_label_new_with_mnemonic (mnemonic);
  GtkWidget *dropdown = gtk_drop_down_new_from_strings (items);

  gtk_label_set_mnemonic_widget (GTK_LABEL (label), dropdown);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (dropdown),
                                  GTK_ACCESSIBLE_RELATION_LABELLED_BY, label, NULL,
                                  -1);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), dropdown);
  return dropdown;
}

/* ---- GObject ---------------------------------------------------------------- */

static void
signals_changed (AlignmentHeatmapView *self)
{
  alignment_heatmap_view_refresh (self);
}

void
alignment_heatmap_view_set_case (AlignmentHeatmapView *self,
                                 AlignmentCase        *case_)
{
  g_return_if_fail (ALIGNMENT_IS_HEATMAP_VIEW (self));
  g_return_if_fail (case_ == NULL || ALIGNMENT_IS_CASE (case_));

  if (!g_set_object (&self->case_, case_))
    return;

  g_signal_group_set_target (self->signals, case_ != NULL ? alignment_case_get_signals (case_) : NULL);
  self->focus_row = self->focus_column = -1;
  alignment_heatmap_view_refresh (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CASE]);
}

AlignmentCase *
alignment_heatmap_view_get_case (AlignmentHeatmapView *self)
{
  g_return_val_if_fail (ALIGNMENT_IS_HEATMAP_VIEW (self), NULL);
  return self->case_;
}

AlignmentBucketKind
alignment_heatmap_view_get_bucket_kind (AlignmentHeatmapView *self)
{
  g_return_val_if_fail (ALIGNMENT_IS_HEATMAP_VIEW (self), ALIGNMENT_BUCKET_MONTH);
  return self->kind;
}

void
alignment_heatmap_view_set_bucket_kind (AlignmentHeatmapView *self,
                                        AlignmentBucketKind   kind)
{
  g_return_if_fail (ALIGNMENT_IS_HEATMAP_VIEW (self));
  g_return_if_fail (kind <= ALIGNMENT_BUCKET_THREAD);

  if (self->kind == kind)
    return;
  self->kind = kind;
  self->focus_row = self->focus_column = -1;
  gtk_drop_down_set_selected (GTK_DROP_DOWN (self->kind_dropdown), kind);
  alignment_heatmap_view_refresh (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUCKET_KIND]);
}

AlignmentHeatmapMode
alignment_heatmap_view_get_mode (AlignmentHeatmapView *self)
{
  g_return_val_if_fail (ALIGNMENT_IS_HEATMAP_VIEW (self), ALIGNMENT_HEATMAP_NET);
  return self->mode;
}

void
alignment_heatmap_view_set_mode (AlignmentHeatmapView *self,
                                 AlignmentHeatmapMode  mode)
{
  g_return_if_fail (ALIGNMENT_IS_HEATMAP_VIEW (self));
  g_return_if_fail (mode <= ALIGNMENT_HEATMAP_GAP);

  if (self->mode == mode)
    return;
  self->mode = mode;
  self->focus_row = self->focus_column = -1;
  gtk_drop_down_set_selected (GTK_DROP_DOWN (self->mode_dropdown), mode);
  alignment_heatmap_view_refresh (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODE]);
}

AlignmentPerceptionView
alignment_heatmap_view_get_view (AlignmentHeatmapView *self)
{
  g_return_val_if_fail (ALIGNMENT_IS_HEATMAP_VIEW (self), ALIGNMENT_PERCEPTION_VIEW_OWN);
  return self->view;
}

void
alignment_heatmap_view_set_view (AlignmentHeatmapView    *self,
                                 AlignmentPerceptionView  view)
{
  g_return_if_fail (ALIGNMENT_IS_HEATMAP_VIEW (self));
  g_return_if_fail (view <= ALIGNMENT_PERCEPTION_VIEW_DIFFERENCE);

  if (self->view == view)
    return;
  self->view = view;
  gtk_drop_down_set_selected (GTK_DROP_DOWN (self->view_dropdown), view);
  alignment_heatmap_view_refresh (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VIEW]);
}

AlignmentScale
alignment_heatmap_view_get_trust_scale (AlignmentHeatmapView *self)
{
  g_return_val_if_fail (ALIGNMENT_IS_HEATMAP_VIEW (self), ALIGNMENT_SCALE_RED_GREEN);
  return self->scale;
}

void
alignment_heatmap_view_set_trust_scale (AlignmentHeatmapView *self,
                                        AlignmentScale        scale)
{
  g_return_if_fail (ALIGNMENT_IS_HEATMAP_VIEW (self));
  g_return_if_fail (scale <= ALIGNMENT_SCALE_BLUE_ORANGE);

  if (self->scale == scale)
    return;
  self->scale = scale;
  gtk_widget_queue_draw (self->area);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TRUST_SCALE]);
}

const AlignmentHeatmapLayout *
alignment_heatmap_view_get_layout (AlignmentHeatmapView *self)
{
  g_return_val_if_fail (ALIGNMENT_IS_HEATMAP_VIEW (self), NULL);
  ensure_layout (self);
  return self->layout;
}

GtkWidget *
alignment_heatmap_view_new (void)
{
  return g_object_new (ALIGNMENT_TYPE_HEATMAP_VIEW, NULL);
}

static void
alignment_heatmap_view_dispose (GObject *object)
{
  AlignmentHeatmapView *self = ALIGNMENT_HEATMAP_VIEW (object);
  GtkWidget *child;

  g_clear_object (&self->signals);
  g_clear_object (&self->case_);
  g_clear_pointer (&self->layout, alignment_heatmap_layout_free);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (alignment_heatmap_view_parent_class)->dispose (object);
}

static void
alignment_heatmap_view_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  AlignmentHeatmapView *self = ALIGNMENT_HEATMAP_VIEW (object);

  switch (prop_id)
    {
    case PROP_CASE:
      g_value_set_object (value, self->case_);
      break;
    case PROP_BUCKET_KIND:
      g_value_set_enum (value, self->kind);
      break;
    case PROP_VIEW:
      g_value_set_enum (value, self->view);
      break;
    case PROP_MODE:
      g_value_set_enum (value, self->mode);
      break;
    case PROP_TRUST_SCALE:
      g_value_set_enum (value, self->scale);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
alignment_heatmap_view_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  AlignmentHeatmapView *self = ALIGNMENT_HEATMAP_VIEW (object);

  switch (prop_id)
    {
    case PROP_CASE:
      alignment_heatmap_view_set_case (self, g_value_get_object (value));
      break;
    case PROP_BUCKET_KIND:
      alignment_heatmap_view_set_bucket_kind (self, g_value_get_enum (value));
      break;
    case PROP_VIEW:
      alignment_heatmap_view_set_view (self, g_value_get_enum (value));
      break;
    case PROP_MODE:
      alignment_heatmap_view_set_mode (self, g_value_get_enum (value));
      break;
    case PROP_TRUST_SCALE:
      alignment_heatmap_view_set_trust_scale (self, g_value_get_enum (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
alignment_heatmap_view_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (alignment_heatmap_view_parent_class)->map (widget);
  ensure_layout (ALIGNMENT_HEATMAP_VIEW (widget));
}

static void
alignment_heatmap_view_class_init (AlignmentHeatmapViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = alignment_heatmap_view_dispose;
  object_class->get_property = alignment_heatmap_view_get_property;
  object_class->set_property = alignment_heatmap_view_set_property;
  widget_class->map = alignment_heatmap_view_map;

  properties[PROP_CASE] =
    g_param_spec_object ("case", NULL, NULL, ALIGNMENT_TYPE_CASE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_BUCKET_KIND] =
    g_param_spec_enum ("bucket-kind", NULL, NULL, ALIGNMENT_TYPE_BUCKET_KIND, ALIGNMENT_BUCKET_MONTH,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_MODE] =
    g_param_spec_enum ("mode", NULL, NULL, ALIGNMENT_TYPE_HEATMAP_MODE, ALIGNMENT_HEATMAP_NET,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TRUST_SCALE] =
    g_param_spec_enum ("trust-scale", NULL, NULL, ALIGNMENT_TYPE_TRUST_SCALE, ALIGNMENT_SCALE_RED_GREEN,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_VIEW] =
    g_param_spec_enum ("view", NULL, NULL, ALIGNMENT_TYPE_PERCEPTION_VIEW, ALIGNMENT_PERCEPTION_VIEW_OWN,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  view_signals[CELL_ACTIVATED] =
    g_signal_new ("cell-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 3,
                  G_TYPE_UINT, G_TYPE_UINT, G_TYPE_ARRAY | G_SIGNAL_TYPE_STATIC_SCOPE);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "heatmapview");
}

static void
alignment_heatmap_view_init (AlignmentHeatmapView *self)
{
  static const char *kinds[] = { N_("Week"), N_("Month"), N_("Quarter"), N_("Thread"), NULL };
  static const char *modes[] = { N_("Net change"), N_("Running total"), N_("Gained and lost apart"),
                                 N_("Customer minus provider"), NULL };
  /* Whose ratings: in the order of AlignmentPerceptionView. */
  static const char *views[] = { N_("Each party’s own"), N_("Customer’s view"), N_("Provider’s view"),
                                 N_("Difference of views"), NULL };
  const char *kind_labels[G_N_ELEMENTS (kinds)];
  const char *mode_labels[G_N_ELEMENTS (modes)];
  const char *view_labels[G_N_ELEMENTS (views)];
  GtkLayoutManager *layout = gtk_widget_get_layout_manager (GTK_WIDGET (self));
  GtkWidget *bar, *overlay;
  GtkEventController *controller;
  GtkGesture *click;

  self->kind = ALIGNMENT_BUCKET_MONTH;
  self->mode = ALIGNMENT_HEATMAP_NET;
  self->scale = ALIGNMENT_SCALE_RED_GREEN;
  self->focus_row = self->focus_column = -1;
  self->signals = g_signal_group_new (ALIGNMENT_TYPE_SIGNAL_LIST);
  g_signal_group_connect_swapped (self->signals, "items-changed", G_CALLBACK (signals_changed), self);

  gtk_orientable_set_orientation (GTK_ORIENTABLE (layout), GTK_ORIENTATION_VERTICAL);
  gtk_box_layout_set_spacing (GTK_BOX_LAYOUT (layout), 6);

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    kind_labels[i] = kinds[i] != NULL ? _(kinds[i]) : NULL;
  for (guint i = 0; i < G_N_ELEMENTS (modes); i++)
    mode_labels[i] = modes[i] != NULL ? _(modes[i]) : NULL;
  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    view_labels[i] = views[i] != NULL ? _(views[i]) : NULL;

  bar = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_widget_set_margin_start (bar, 12);
  gtk_widget_set_margin_end (bar, 12);
  gtk_widget_set_margin_top (bar, 6);
  self->kind_dropdown = labelled_dropdown (bar, _("_Columns"), kind_labels);
  self->mode_dropdown = labelled_dropdown (bar, _("_Show"), mode_labels);
  gtk_widget_set_margin_start (gtk_widget_get_prev_sibling (self->mode_dropdown), 12);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (self->kind_dropdown), self->kind);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (self->mode_dropdown), self->mode);
  g_signal_connect (self->kind_dropdown, "notify::selected", G_CALLBACK (kind_selected), self);
  g_signal_connect (self->mode_dropdown, "notify::selected", G_CALLBACK (mode_selected), self);
  /* Each party's own ratings, one party's view with its estimates of the
   * other's, or where the two views differ. */
  self->view_dropdown = labelled_dropdown (bar, _("_Ratings"), view_labels);
  gtk_widget_set_margin_start (gtk_widget_get_prev_sibling (self->view_dropdown), 12);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (self->view_dropdown), self->view);
  g_signal_connect (self->view_dropdown, "notify::selected", G_CALLBACK (view_selected), self);
  gtk_widget_set_parent (bar, GTK_WIDGET (self));

  self->area = gtk_drawing_area_new ();
  gtk_widget_set_focusable (self->area, TRUE);
  gtk_widget_set_has_tooltip (self->area, TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->area),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Trust-delta heatmap"),
                                  -1);
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (self->area), area_draw, self, NULL);
  g_signal_connect (self->area, "resize", G_CALLBACK (area_resize), self);
  g_signal_connect (self->area, "query-tooltip", G_CALLBACK (area_query_tooltip), self);

  click = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_PRIMARY);
  g_signal_connect (click, "released", G_CALLBACK (click_released), self);
  gtk_widget_add_controller (self->area, GTK_EVENT_CONTROLLER (click));

  controller = gtk_event_controller_key_new ();
  g_signal_connect (controller, "key-pressed", G_CALLBACK (key_pressed), self);
  gtk_widget_add_controller (self->area, controller);

  controller = gtk_event_controller_focus_new ();
  g_signal_connect (controller, "enter", G_CALLBACK (focus_enter), self);
  g_signal_connect (controller, "leave", G_CALLBACK (focus_leave), self);
  gtk_widget_add_controller (self->area, controller);

  self->scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (self->scrolled), self->area);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (self->scrolled), TRUE);
  gtk_widget_set_vexpand (self->scrolled, TRUE);
  gtk_widget_set_hexpand (self->scrolled, TRUE);

  self->table = g_object_new (GTK_TYPE_BOX,
                              "orientation", GTK_ORIENTATION_VERTICAL,
                              "accessible-role", GTK_ACCESSIBLE_ROLE_TABLE,
                              "opacity", 0.0,
                              "can-target", FALSE,
                              "can-focus", FALSE,
                              "halign", GTK_ALIGN_START,
                              "valign", GTK_ALIGN_START,
                              NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->table),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Trust deltas by party, realm and bucket"),
                                  -1);

  overlay = gtk_overlay_new ();
  gtk_overlay_set_child (GTK_OVERLAY (overlay), self->scrolled);
  gtk_overlay_add_overlay (GTK_OVERLAY (overlay), self->table);
  gtk_overlay_set_clip_overlay (GTK_OVERLAY (overlay), self->table, TRUE);
  gtk_widget_set_parent (overlay, GTK_WIDGET (self));

  /* Follows the light, dark and high-contrast styles as they change. */
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (style_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (adw_style_manager_get_default (), "notify::high-contrast",
                           G_CALLBACK (style_changed), self, G_CONNECT_SWAPPED);
}
