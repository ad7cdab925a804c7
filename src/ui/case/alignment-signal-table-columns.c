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

static GtkLabel *
cell_label (GtkListItem *item)
{
  GtkWidget *child = gtk_list_item_get_child (item);

  if (GTK_IS_LABEL (child))
    return GTK_LABEL (child);

  return GTK_LABEL (gtk_widget_get_last_child (child));
}

static void
set_date (GtkListItem *item,
          guint32      julian)
{
  char text[64];

  alignment_date_format_local (julian, text, sizeof text);
  gtk_label_set_text (cell_label (item), text);
}

/* Value 0 of these enums means "not set": an empty cell says that best. */
static void
set_enum (GtkListItem *item,
          GType        enum_type,
          int          value)
{
  gtk_label_set_text (cell_label (item), value != 0 ? alignment_enum_to_label (enum_type, value) : "");
}

static void
update_id (GtkListItem              *item,
           AlignmentSignal          *signal,
           AlignmentTableColumnData *data)
{
  GtkWidget *stripe = gtk_widget_get_first_child (gtk_list_item_get_child (item));
  guint thread = alignment_signal_get_thread (signal);
  g_autofree char *color = g_strdup_printf ("thread-%u", thread % N_THREAD_COLORS);
  g_autofree char *accessible = NULL;
  const char *classes[] = { "thread-stripe", color, NULL };

  gtk_label_set_text (cell_label (item), alignment_signal_get_id (signal));
  /* Threads take turns in colour, so a reader sees where one ends. */
  gtk_widget_set_css_classes (stripe, classes);
  accessible = g_strdup_printf (_("Thread %u"), thread);
  gtk_widget_set_tooltip_text (stripe, accessible);
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

  gtk_label_set_text (cell_label (item),
                      sender == ALIGNMENT_PARTY_UNKNOWN || c == NULL
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
  const char *trigger = alignment_signal_get_trigger (signal);
  GtkLabel *label = cell_label (item);

  gtk_label_set_text (label, trigger);
  gtk_widget_set_tooltip_text (GTK_WIDGET (label), *trigger != '\0' ? trigger : NULL);
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

      gtk_label_set_text (GTK_LABEL (label), glyph);
      gtk_widget_set_css_classes (label, classes);
    }

  description = _alignment_signal_table_describe_impacts (signal, party, FALSE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (cell),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, description,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                  -1);
}

/* The tooltip is made when asked for, not for every row bound. */
static gboolean
impacts_query_tooltip_cb (GtkWidget   *cell,
                          int          x,
                          int          y,
                          gboolean     keyboard,
                          GtkTooltip  *tooltip,
                          GtkListItem *item)
{
  AlignmentTableColumnData *data = g_object_get_data (G_OBJECT (cell), "alignment-column");
  AlignmentSignal *signal = gtk_list_item_get_item (item);
  g_autofree char *description = NULL;

  if (signal == NULL || data == NULL)
    return FALSE;

  description = _alignment_signal_table_describe_impacts (signal, column_party (data->column), TRUE);
  gtk_tooltip_set_text (tooltip, description);

  return TRUE;
}

static GtkWidget *
impacts_cell_new (GtkListItem              *item,
                  AlignmentTableColumnData *data)
{
  /* The three glyphs are read as one: the cell's label says them all. */
  GtkWidget *cell = g_object_new (GTK_TYPE_BOX,
                                  "accessible-role", GTK_ACCESSIBLE_ROLE_IMG,
                                  "spacing", 4,
                                  "halign", GTK_ALIGN_CENTER,
                                  "has-tooltip", TRUE,
                                  NULL);

  gtk_widget_add_css_class (cell, "impacts");
  for (guint r = 0; r < ALIGNMENT_N_REALMS; r++)
    gtk_box_append (GTK_BOX (cell), g_object_new (GTK_TYPE_LABEL,
                                                  "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                                                  "width-chars", 1,
                                                  NULL));
  g_object_set_data (G_OBJECT (cell), "alignment-column", data);
  g_signal_connect (cell, "query-tooltip", G_CALLBACK (impacts_query_tooltip_cb), item);

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

static void
cell_setup_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               AlignmentTableColumnData *data)
{
  GtkWidget *label;

  if (data->column >= COLUMN_IMPACT_FIRST)
    {
      gtk_list_item_set_child (item, impacts_cell_new (item, data));
      return;
    }

  label = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (label), 0.0);

  if (data->column == COLUMN_TRIGGER)
    {
      /* Long free text must not push the other columns off screen; the
       * tooltip gives the whole of it. */
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_label_set_width_chars (GTK_LABEL (label), 14);
    }

  if (data->column == COLUMN_ID)
    {
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
      GtkWidget *stripe = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

      gtk_widget_set_size_request (stripe, 4, -1);
      gtk_box_append (GTK_BOX (box), stripe);
      gtk_box_append (GTK_BOX (box), label);
      gtk_list_item_set_child (item, box);
      return;
    }

  gtk_list_item_set_child (item, label);
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
