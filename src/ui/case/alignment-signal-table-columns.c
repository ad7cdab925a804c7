/* alignment-signal-table-columns.c: the signal table's columns: their
 * cells, kept up to date while the editor changes a signal on screen,
 * and their sort orders
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "alignment-signal-table-private.h"

#define N_THREAD_COLORS 6

typedef struct
{
  GtkListItem              *item;
  AlignmentTableColumnData *data;
  AlignmentSignal          *signal;
  gulong                    handler;
} BoundCell;

typedef void (*UpdateCell) (GtkListItem              *item,
                            AlignmentSignal          *signal,
                            AlignmentTableColumnData *data);

/* ---- Cells ------------------------------------------------------------------ */

/* The cells are GtkInscriptions, not labels: an inscription's size
 * comes from its font and a number of characters, so that a column view
 * measuring the rows around the screen shapes no text; only what is
 * drawn is shaped. */
static void
set_cell_text (GtkWidget  *cell,
               const char *text)
{
  gtk_inscription_set_text (GTK_INSCRIPTION (cell), text);
  /* What a screen reader says for the cell. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (cell),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, text,
                                  -1);
}

static void
set_text (GtkListItem *item,
          const char  *text)
{
  set_cell_text (gtk_list_item_get_child (item), text);
}

static void
set_date (GtkListItem *item,
          guint32      julian)
{
  char text[64];

  alignment_date_format_local (julian, text, sizeof text);
  set_text (item, text);
}

/* Value 0 of these enums means "not set": an empty cell says that best. */
static void
set_enum (GtkListItem *item,
          GType        enum_type,
          int          value)
{
  set_text (item, value != 0 ? alignment_enum_to_label (enum_type, value) : "");
}

static void
update_id (GtkListItem              *item,
           AlignmentSignal          *signal,
           AlignmentTableColumnData *data)
{
  GtkWidget *cell = gtk_list_item_get_child (item);
  guint thread = alignment_signal_get_thread (signal);
  g_autofree char *color = g_strdup_printf ("thread-%u", thread % N_THREAD_COLORS);
  const char *classes[] = { "thread-stripe", color, NULL };

  set_cell_text (cell, alignment_signal_get_id (signal));
  /* Threads take turns in colour, so a reader sees where one ends: the
   * stripe is the cell's left border. */
  gtk_widget_set_css_classes (cell, classes);
}

static void
update_type (GtkListItem              *item,
             AlignmentSignal          *signal,
             AlignmentTableColumnData *data)
{
  set_enum (item, ALIGNMENT_TYPE_SIGNAL_TYPE, alignment_signal_get_signal_type (signal));
}

static void
update_sender (GtkListItem              *item,
               AlignmentSignal          *signal,
               AlignmentTableColumnData *data)
{
  AlignmentParty sender = alignment_signal_get_sender (signal);
  AlignmentCase *c = data->self->case_;

  set_text (item, sender == ALIGNMENT_PARTY_UNKNOWN || c == NULL
                 ? "" : alignment_case_get_party_name (c, sender));
}

static void
update_start (GtkListItem              *item,
              AlignmentSignal          *signal,
              AlignmentTableColumnData *data)
{
  set_date (item, alignment_signal_get_start_julian (signal));
}

static void
update_end (GtkListItem              *item,
            AlignmentSignal          *signal,
            AlignmentTableColumnData *data)
{
  set_date (item, alignment_signal_get_end_julian (signal));
}

static void
update_trigger (GtkListItem              *item,
                AlignmentSignal          *signal,
                AlignmentTableColumnData *data)
{
  set_text (item, alignment_signal_get_trigger (signal));
}

static void
update_urgency (GtkListItem              *item,
                AlignmentSignal          *signal,
                AlignmentTableColumnData *data)
{
  set_enum (item, ALIGNMENT_TYPE_URGENCY, alignment_signal_get_urgency (signal));
}

static void
update_understood (GtkListItem              *item,
                   AlignmentSignal          *signal,
                   AlignmentTableColumnData *data)
{
  set_enum (item, ALIGNMENT_TYPE_UNDERSTOOD, alignment_signal_get_understood (signal));
}

static AlignmentParty
column_party (AlignmentTableColumn column)
{
  return column == COLUMN_IMPACT_FIRST ? ALIGNMENT_PARTY_CUSTOMER : ALIGNMENT_PARTY_PROVIDER;
}

char *
_alignment_signal_table_describe_impacts (AlignmentSignal *signal,
                                          AlignmentParty   party,
                                          gboolean         one_per_line)
{
  GString *text = g_string_new (party == ALIGNMENT_PARTY_CUSTOMER
                                ? _("Customer’s trust")
                                : _("Service provider’s trust"));

  for (AlignmentRealm realm = 0; realm < ALIGNMENT_N_REALMS; realm++)
    {
      AlignmentImpact impact = alignment_signal_get_impact (signal, party, realm);

      g_string_append (text, one_per_line ? "\n" : realm == 0 ? ": " : "; ");
      /* Translators: one realm of a trust cell read aloud or as a
       * tooltip: "Contractual (honesty in exchange): Positive". */
      g_string_append_printf (text, _("%s (%s): %s"),
                              alignment_realm_get_label (realm),
                              alignment_realm_get_trust_dimension (realm),
                              impact != ALIGNMENT_IMPACT_UNKNOWN
                              ? alignment_enum_to_label (ALIGNMENT_TYPE_IMPACT, impact)
                              : C_("impact", "not set"));
    }

  return g_string_free (text, FALSE);
}

static void
update_impacts (GtkListItem              *item,
                AlignmentSignal          *signal,
                AlignmentTableColumnData *data)
{
  GtkWidget *cell = gtk_list_item_get_child (item);
  AlignmentParty party = column_party (data->column);
  GtkWidget *label = gtk_widget_get_first_child (cell);
  g_autofree char *description = NULL;

  /* A shape per value, and the colour on top: never colour alone.  The
   * realms in a fixed order: contractual, operational, relational. */
  for (AlignmentRealm realm = 0; realm < ALIGNMENT_N_REALMS; realm++, label = gtk_widget_get_next_sibling (label))
    {
      const char *classes[3] = { "impact", NULL, NULL };
      const char *glyph;

      switch (alignment_signal_get_impact (signal, party, realm))
        {
        case ALIGNMENT_IMPACT_POSITIVE:
          glyph = "↑";
          classes[1] = "impact-positive";
          break;

        case ALIGNMENT_IMPACT_NEGATIVE:
          glyph = "↓";
          classes[1] = "impact-negative";
          break;

        case ALIGNMENT_IMPACT_SAME:
          glyph = "→";
          classes[1] = "impact-same";
          break;

        case ALIGNMENT_IMPACT_UNKNOWN:
        default:
          glyph = "·";
          classes[1] = "impact-unknown";
          break;
        }

      gtk_inscription_set_text (GTK_INSCRIPTION (label), glyph);
      gtk_widget_set_css_classes (label, classes);
    }

  description = _alignment_signal_table_describe_impacts (signal, party, FALSE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (cell),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, description,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                  -1);
}

static GtkWidget *
impacts_cell_new (void)
{
  /* The three glyphs are read as one: the cell's label says them all. */
  GtkWidget *cell = g_object_new (GTK_TYPE_BOX,
                                  "accessible-role", GTK_ACCESSIBLE_ROLE_IMG,
                                  "spacing", 4,
                                  /* An inscription asks for the width of
                                   * an average character, narrower than
                                   * an arrow: the glyphs share the
                                   * column's width, made for them
                                   * (sample_width()). */
                                  "homogeneous", TRUE,
                                  "has-tooltip", TRUE,
                                  NULL);

  gtk_widget_add_css_class (cell, "impacts");
  for (guint r = 0; r < ALIGNMENT_N_REALMS; r++)
    gtk_box_append (GTK_BOX (cell), g_object_new (GTK_TYPE_INSCRIPTION,
                                                  "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                                                  "min-chars", 1,
                                                  "nat-chars", 1,
                                                  "xalign", 0.5f,
                                                  NULL));
  return cell;
}

static const UpdateCell updaters[COLUMN_IMPACT_FIRST] = {
  update_id, update_type, update_sender, update_start, update_end,
  update_trigger, update_urgency, update_understood,
};

static UpdateCell
get_updater (AlignmentTableColumn column)
{
  return column < COLUMN_IMPACT_FIRST ? updaters[column] : update_impacts;
}

/* What a cell's tooltip says: worded when the pointer rests on it, so
 * that binding a row costs no tooltip.  NULL for none. */
static char *
cell_tooltip (AlignmentSignal          *signal,
              AlignmentTableColumnData *data)
{
  const char *trigger;

  switch (data->column)
    {
    case COLUMN_ID:
      return g_strdup_printf (_("Thread %u"), alignment_signal_get_thread (signal));

    case COLUMN_TRIGGER:
      /* The whole of an ellipsized text. */
      trigger = alignment_signal_get_trigger (signal);
      return *trigger != '\0' ? g_strdup (trigger) : NULL;

    case COLUMN_TYPE:
    case COLUMN_SENDER:
    case COLUMN_START:
    case COLUMN_END:
    case COLUMN_URGENCY:
    case COLUMN_UNDERSTOOD:
      return NULL;

    case COLUMN_IMPACT_FIRST:
    case N_COLUMNS:
    default:
      return _alignment_signal_table_describe_impacts (signal, column_party (data->column), TRUE);
    }
}

/* The cell's list item is held weakly: GTK may let go of it before the
 * cell's widget. */
typedef struct
{
  GtkListItem              *item;
  AlignmentTableColumnData *data;
} TooltipCell;

static void
tooltip_cell_free (gpointer  data,
                   GClosure *closure)
{
  TooltipCell *cell = data;

  g_clear_weak_pointer (&cell->item);
  g_free (cell);
}

static gboolean
cell_query_tooltip_cb (GtkWidget   *widget,
                       int          x,
                       int          y,
                       gboolean     keyboard,
                       GtkTooltip  *tooltip,
                       TooltipCell *cell)
{
  AlignmentSignal *signal = cell->item != NULL ? gtk_list_item_get_item (cell->item) : NULL;
  g_autofree char *text = NULL;

  if (signal == NULL || (text = cell_tooltip (signal, cell->data)) == NULL)
    return FALSE;
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

static void
add_tooltip (GtkWidget                *widget,
             GtkListItem              *item,
             AlignmentTableColumnData *data)
{
  TooltipCell *cell = g_new0 (TooltipCell, 1);

  g_set_weak_pointer (&cell->item, item);
  cell->data = data;
  gtk_widget_set_has_tooltip (widget, TRUE);
  g_signal_connect_data (widget, "query-tooltip", G_CALLBACK (cell_query_tooltip_cb),
                         cell, tooltip_cell_free, 0);
}

static void
cell_setup_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               AlignmentTableColumnData *data)
{
  GtkWidget *cell;

  if (data->column >= COLUMN_IMPACT_FIRST)
    {
      cell = impacts_cell_new ();
      add_tooltip (cell, item, data);
      gtk_list_item_set_child (item, cell);
      return;
    }

  cell = g_object_new (GTK_TYPE_INSCRIPTION,
                       "xalign", 0.0f,
                       "text-overflow", GTK_INSCRIPTION_OVERFLOW_ELLIPSIZE_END,
                       NULL);
  if (data->column == COLUMN_TRIGGER)
    {
      /* Long free text must not push the other columns off screen; the
       * tooltip gives the whole of it. */
      gtk_inscription_set_min_chars (GTK_INSCRIPTION (cell), 14);
      gtk_inscription_set_nat_chars (GTK_INSCRIPTION (cell), 30);
      add_tooltip (cell, item, data);
    }
  else if (data->column == COLUMN_ID)
    /* "Thread 4" on the stripe and the id. */
    add_tooltip (cell, item, data);

  gtk_list_item_set_child (item, cell);
}

static void
cell_notify_cb (AlignmentSignal *signal,
                GParamSpec      *pspec,
                BoundCell       *cell)
{
  get_updater (cell->data->column) (cell->item, signal, cell->data);
}

static void
bound_cell_free (gpointer data)
{
  BoundCell *cell = data;

  g_clear_signal_handler (&cell->handler, cell->signal);
  g_clear_object (&cell->signal);
  g_free (cell);
}

static void
cell_bind_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              AlignmentTableColumnData *data)
{
  AlignmentSignal *signal = gtk_list_item_get_item (item);
  BoundCell *cell;

  get_updater (data->column) (item, signal, data);

  /* The editor changes the signal while its row is on screen. */
  cell = g_new0 (BoundCell, 1);
  cell->item = item;
  cell->data = data;
  cell->signal = g_object_ref (signal);
  cell->handler = g_signal_connect (signal, "notify", G_CALLBACK (cell_notify_cb), cell);
  g_hash_table_replace (data->bound, item, cell);
}

static void
cell_unbind_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                AlignmentTableColumnData *data)
{
  /* NULL once the table is torn down: its rows let go of their signals then. */
  if (data->bound != NULL)
    g_hash_table_remove (data->bound, item);
}

/* ---- Sorting ------------------------------------------------------------------ */

static int
compare_uint (guint a,
              guint b)
{
  return a < b ? -1 : a > b ? 1 : 0;
}

/* Unset dates and values sort last whichever way the column is sorted
 * would be nicer, but GtkColumnView reverses the whole order; first is
 * at least predictable. */
static int
signal_compare_cb (gconstpointer a,
                   gconstpointer b,
                   gpointer      user_data)
{
  AlignmentSignal *x = (AlignmentSignal *) a;
  AlignmentSignal *y = (AlignmentSignal *) b;
  AlignmentTableColumnData *data = user_data;
  int result = 0;

  switch (data->column)
    {
    case COLUMN_ID:
      result = compare_uint (alignment_signal_get_thread (x), alignment_signal_get_thread (y));
      if (result == 0)
        {
          const char *lx = alignment_signal_get_letter (x);
          const char *ly = alignment_signal_get_letter (y);

          result = compare_uint (strlen (lx), strlen (ly));
          if (result == 0)
            result = g_ascii_strcasecmp (lx, ly);
        }
      break;

    case COLUMN_TYPE:
      result = compare_uint (alignment_signal_get_signal_type (x), alignment_signal_get_signal_type (y));
      break;

    case COLUMN_SENDER:
      result = compare_uint (alignment_signal_get_sender (x), alignment_signal_get_sender (y));
      break;

    case COLUMN_START:
      result = compare_uint (alignment_signal_get_start_julian (x), alignment_signal_get_start_julian (y));
      break;

    case COLUMN_END:
      result = compare_uint (alignment_signal_get_end_julian (x), alignment_signal_get_end_julian (y));
      break;

    case COLUMN_TRIGGER:
      result = g_utf8_collate (alignment_signal_get_trigger (x), alignment_signal_get_trigger (y));
      break;

    case COLUMN_URGENCY:
      result = compare_uint (alignment_signal_get_urgency (x), alignment_signal_get_urgency (y));
      break;

    case COLUMN_UNDERSTOOD:
      result = compare_uint (alignment_signal_get_understood (x), alignment_signal_get_understood (y));
      break;

    case N_COLUMNS:
    default:
      {
        AlignmentParty party = column_party (data->column);
        int dx = 0, dy = 0;

        /* By the net change of the party's trust over the realms. */
        for (AlignmentRealm realm = 0; realm < ALIGNMENT_N_REALMS; realm++)
          {
            dx += alignment_impact_to_delta (alignment_signal_get_impact (x, party, realm));
            dy += alignment_impact_to_delta (alignment_signal_get_impact (y, party, realm));
          }
        result = dx < dy ? -1 : dx > dy ? 1 : 0;
      }
      break;
    }

  /* Ties keep the signals in the order of the alignment pattern. */
  if (result == 0)
    result = alignment_signal_compare (x, y);

  return result;
}

static void
add_column (AlignmentSignalTable *self,
            AlignmentTableColumn  column,
            const char           *title,
            gboolean              expand,
            int                   fixed_width)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkColumnViewColumn) view_column = NULL;
  g_autoptr(GtkSorter) sorter = NULL;
  AlignmentTableColumnData *data = &self->columns[column];

  data->self = self;
  data->column = column;
  data->bound = g_hash_table_new_full (NULL, NULL, NULL, bound_cell_free);
  g_signal_connect (factory, "setup", G_CALLBACK (cell_setup_cb), data);
  g_signal_connect (factory, "bind", G_CALLBACK (cell_bind_cb), data);
  g_signal_connect (factory, "unbind", G_CALLBACK (cell_unbind_cb), data);

  view_column = gtk_column_view_column_new (title, g_object_ref (factory));
  sorter = GTK_SORTER (gtk_custom_sorter_new (signal_compare_cb, data, NULL));
  gtk_column_view_column_set_sorter (view_column, sorter);
  gtk_column_view_column_set_resizable (view_column, TRUE);
  gtk_column_view_column_set_expand (view_column, expand);
  if (fixed_width > 0)
    gtk_column_view_column_set_fixed_width (view_column, fixed_width);
  gtk_column_view_append_column (self->column_view, view_column);
  data->view_column = view_column;
}

/* ---- Widths ------------------------------------------------------------------- */

/* Room around a cell's text and beside a header's sort arrow, in pixels. */
#define CELL_PADDING 16
#define HEADER_PADDING 32

static int
text_width (AlignmentSignalTable *self,
            const char           *text)
{
  g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (GTK_WIDGET (self->column_view), text);
  int width;

  pango_layout_get_pixel_size (layout, &width, NULL);
  return width;
}

static int
glyph_width (AlignmentSignalTable *self,
             const char           *glyph)
{
  g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (GTK_WIDGET (self->column_view), glyph);
  g_autoptr(PangoAttrList) attrs = pango_attr_list_new ();
  int width;

  pango_attr_list_insert (attrs, pango_attr_weight_new (800));
  pango_attr_list_insert (attrs, pango_attr_scale_new (1.2));
  pango_layout_set_attributes (layout, attrs);
  pango_layout_get_pixel_size (layout, &width, NULL);
  return width;
}

static int
enum_width (AlignmentSignalTable *self,
            GType                 enum_type)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (enum_type);
  int width = 0;

  for (guint i = 0; i < klass->n_values; i++)
    width = MAX (width, text_width (self, alignment_enum_to_label (enum_type, klass->values[i].value)));
  return width;
}

/* The widest text @column can show, from samples: measured from every
 * row bound instead, a column view measures again each row that
 * scrolls in, and the open of a big case waits for it. */
static int
sample_width (AlignmentSignalTable *self,
              AlignmentTableColumn  column)
{
  int width = 0;

  switch (column)
    {
    case COLUMN_ID:
      /* The thread stripe and its padding, then an id. */
      return 10 + text_width (self, "8888zz");

    case COLUMN_TYPE:
      return enum_width (self, ALIGNMENT_TYPE_SIGNAL_TYPE);

    case COLUMN_SENDER:
      if (self->case_ != NULL)
        for (AlignmentParty p = ALIGNMENT_PARTY_CUSTOMER; p <= ALIGNMENT_PARTY_PROVIDER; p++)
          width = MAX (width, text_width (self, alignment_case_get_party_name (self->case_, p)));
      return MAX (width, enum_width (self, ALIGNMENT_TYPE_PARTY));

    case COLUMN_START:
    case COLUMN_END:
      for (int month = 1; month <= 12; month++)
        {
          char text[64];

          alignment_date_format_local (alignment_date_from_ymd (2024, month, 28), text, sizeof text);
          width = MAX (width, text_width (self, text));
        }
      return width;

    case COLUMN_URGENCY:
      return enum_width (self, ALIGNMENT_TYPE_URGENCY);

    case COLUMN_UNDERSTOOD:
      return enum_width (self, ALIGNMENT_TYPE_UNDERSTOOD);

    case COLUMN_TRIGGER:
      return -1;

    case COLUMN_IMPACT_FIRST:
    case N_COLUMNS:
    default:
      /* Three glyphs, 4 pixels apart (impacts_cell_new()), in the
       * glyphs' font: 1.2 em and weight 800, as the window's CSS has it. */
      for (const char *glyph = "↑\0↓\0→\0·\0"; *glyph != '\0'; glyph += strlen (glyph) + 1)
        width = MAX (width, glyph_width (self, glyph));
      return 3 * width + 2 * 4;
    }
}

void
_alignment_signal_table_fit_columns (AlignmentSignalTable *self)
{
  for (guint i = 0; i < N_COLUMNS; i++)
    {
      AlignmentTableColumnData *data = &self->columns[i];
      int width;

      /* A column the user widened keeps its width, but for the party
       * names, which are the case's. */
      if (data->view_column == NULL || gtk_column_view_column_get_expand (data->view_column)
          || (gtk_column_view_column_get_fixed_width (data->view_column) > 0 && data->column != COLUMN_SENDER))
        continue;

      width = sample_width (self, data->column);
      if (width < 0)
        continue;
      width = MAX (width + CELL_PADDING,
                   text_width (self, gtk_column_view_column_get_title (data->view_column)) + HEADER_PADDING);
      gtk_column_view_column_set_fixed_width (data->view_column, width);
    }
}

void
_alignment_signal_table_add_columns (AlignmentSignalTable *self)
{
  add_column (self, COLUMN_ID, C_("column", "ID"), FALSE, -1);
  add_column (self, COLUMN_TYPE, _("Type"), FALSE, -1);
  add_column (self, COLUMN_SENDER, _("Sender"), FALSE, -1);
  /* Right after the sender, so that both parties' trust stays in view
   * beside the editor and after a heatmap cell filtered the list.
   * Translators: short headers of the trust columns, C the customer and
   * SP the service provider; the legend below the list explains them. */
  add_column (self, COLUMN_IMPACT_FIRST, C_("column", "C"), FALSE, -1);
  add_column (self, COLUMN_IMPACT_FIRST + 1, C_("column", "SP"), FALSE, -1);
  add_column (self, COLUMN_START, _("Start"), FALSE, -1);
  add_column (self, COLUMN_END, _("End"), FALSE, -1);
  add_column (self, COLUMN_TRIGGER, _("Trigger"), TRUE, -1);
  add_column (self, COLUMN_URGENCY, _("Urgency"), FALSE, -1);
  add_column (self, COLUMN_UNDERSTOOD, _("Understood"), FALSE, -1);
}

void
_alignment_signal_table_columns_dispose (AlignmentSignalTable *self)
{
  for (guint i = 0; i < N_COLUMNS; i++)
    g_clear_pointer (&self->columns[i].bound, g_hash_table_unref);
}
