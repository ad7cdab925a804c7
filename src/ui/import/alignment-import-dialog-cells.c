/* alignment-import-dialog-cells.c: the import preview's column views
 *
 * The signals as they will be imported, and the report: one note a row,
 * with its row, column, what was read, what was done, and its kind in
 * words and an icon.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"


#include <glib/gi18n.h>

#include "alignment-import-dialog-private.h"

/* ---- Report items ----------------------------------------------------------
 *
 * The report's column view needs its notes as objects.  A note of the
 * current import is copied, not pointed to: the import is replaced by
 * every change while the view may still hold its items. */

struct _AlignmentImportNoteItem
{
  GObject                  parent_instance;

  AlignmentImportNoteKind  kind;
  guint                    row;
  int                      column;
  char                    *read;
  char                    *message;
};

G_DEFINE_FINAL_TYPE (AlignmentImportNoteItem, alignment_import_note_item, G_TYPE_OBJECT)

static void
alignment_import_note_item_finalize (GObject *object)
{
  AlignmentImportNoteItem *self = ALIGNMENT_IMPORT_NOTE_ITEM (object);

  g_free (self->read);
  g_free (self->message);

  G_OBJECT_CLASS (alignment_import_note_item_parent_class)->finalize (object);
}

static void
alignment_import_note_item_class_init (AlignmentImportNoteItemClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = alignment_import_note_item_finalize;
}

static void
alignment_import_note_item_init (AlignmentImportNoteItem *self)
{
}

AlignmentImportNoteItem *
_alignment_import_note_item_new (const AlignmentImportNote *note)
{
  AlignmentImportNoteItem *self = g_object_new (ALIGNMENT_TYPE_IMPORT_NOTE_ITEM, NULL);

  self->kind = note->kind;
  self->row = note->row;
  self->column = note->column;
  self->read = g_strdup (note->read);
  self->message = g_strdup (note->message);

  return self;
}

/* ---- Cells ---------------------------------------------------------------- */

/* The columns of the preview: the signal log's own, less the long free
 * text that the report and the signal editor are for. */
static const AlignmentColumn preview_columns[] = {
  ALIGNMENT_COLUMN_ID,
  ALIGNMENT_COLUMN_TYPE,
  ALIGNMENT_COLUMN_SENDER,
  ALIGNMENT_COLUMN_START,
  ALIGNMENT_COLUMN_END,
  ALIGNMENT_COLUMN_TRIGGER,
  ALIGNMENT_COLUMN_UNDERSTOOD,
  ALIGNMENT_COLUMN_URGENCY,
  ALIGNMENT_COLUMN_CUSTOMER_CONTRACTUAL,
  ALIGNMENT_COLUMN_CUSTOMER_OPERATIONAL,
  ALIGNMENT_COLUMN_CUSTOMER_RELATIONAL,
  ALIGNMENT_COLUMN_PROVIDER_CONTRACTUAL,
  ALIGNMENT_COLUMN_PROVIDER_OPERATIONAL,
  ALIGNMENT_COLUMN_PROVIDER_RELATIONAL,
};

/* What a column's factory callbacks are given: the dialog, which column
 * they fill, and how that column's label looks (what it may hold). */
typedef GtkWidget *(*CellStyle) (int        column,
                                 GtkWidget *label);

typedef struct
{
  AlignmentImportDialog *dialog;
  int                    column;
  CellStyle              style;
} CellColumn;

/* Every cell is a label, set as its column's style says. */
static void
setup_cell_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               CellColumn               *cells)
{
  GtkWidget *label = g_object_new (GTK_TYPE_LABEL, "xalign", 0.0f, NULL);

  gtk_list_item_set_child (item, cells->style (cells->column, label));
}

static void
cell_column_free (gpointer  data,
                  GClosure *closure)
{
  g_free (data);
}

static const char *
enum_label (GType enum_type,
            int   value)
{
  /* Value 0 means "not set": an empty cell says that best. */
  return value != 0 ? alignment_enum_to_label (enum_type, value) : "";
}

static GtkWidget *
style_signal_cell (int        column,
                   GtkWidget *label)
{
  if (column == ALIGNMENT_COLUMN_TRIGGER)
    {
      /* Free text must not push the other columns out of sight; the
       * tooltip gives the whole of it. */
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_label_set_width_chars (GTK_LABEL (label), 16);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 32);
    }
  else if (column == ALIGNMENT_COLUMN_ID)
    gtk_widget_add_css_class (label, "numeric");

  return label;
}

static void
bind_signal_cell_cb (GtkSignalListItemFactory *factory,
                     GtkListItem              *item,
                     CellColumn               *cells)
{
  AlignmentColumn column = cells->column;
  AlignmentSignal *signal = gtk_list_item_get_item (item);
  GtkLabel *label = GTK_LABEL (gtk_list_item_get_child (item));
  char date[64];
  const char *text = "";
  g_autofree char *owned = NULL;

  switch ((int) column)
    {
    case ALIGNMENT_COLUMN_ID:
      {
        const AlignmentImport *import = alignment_import_dialog_get_import (cells->dialog);
        const char *id = alignment_signal_get_id (signal);
        const char *written = import != NULL ? g_hash_table_lookup (import->ids_as_written, id) : NULL;
        g_autofree char *tooltip = NULL;

        /* A duplicate (or an id not in the usual form) shows the id it
         * will get beside the sheet's, so the rows can be matched. */
        text = id;
        if (written != NULL)
          {
            /* Translators: a changed signal id in the import preview:
             * "6d, was 6a". */
            text = owned = g_strdup_printf (_("%s, was %s"), id, written);
            tooltip = g_strdup_printf (_("The sheet writes %s, which an earlier signal uses or which is not a thread number and a letter: this signal gets the id %s."),
                                       written, id);
            gtk_widget_add_css_class (GTK_WIDGET (label), "accent");
          }
        else
          gtk_widget_remove_css_class (GTK_WIDGET (label), "accent");
        gtk_widget_set_tooltip_text (GTK_WIDGET (label), tooltip);
      }
      break;

    case ALIGNMENT_COLUMN_TYPE:
      text = enum_label (ALIGNMENT_TYPE_SIGNAL_TYPE, alignment_signal_get_signal_type (signal));
      break;

    case ALIGNMENT_COLUMN_SENDER:
      {
        AlignmentParty sender = alignment_signal_get_sender (signal);

        const AlignmentImport *import = alignment_import_dialog_get_import (cells->dialog);

        if (sender != ALIGNMENT_PARTY_UNKNOWN && import != NULL)
          text = alignment_case_get_party_name (import->imported, sender);
      }
      break;

    case ALIGNMENT_COLUMN_START:
      alignment_date_format_local (alignment_signal_get_start_julian (signal), date, sizeof date);
      text = date;
      break;

    case ALIGNMENT_COLUMN_END:
      alignment_date_format_local (alignment_signal_get_end_julian (signal), date, sizeof date);
      text = date;
      break;

    case ALIGNMENT_COLUMN_TRIGGER:
      text = alignment_signal_get_trigger (signal);
      gtk_widget_set_tooltip_text (GTK_WIDGET (label), *text != '\0' ? text : NULL);
      break;

    case ALIGNMENT_COLUMN_UNDERSTOOD:
      text = enum_label (ALIGNMENT_TYPE_UNDERSTOOD, alignment_signal_get_understood (signal));
      break;

    case ALIGNMENT_COLUMN_URGENCY:
      text = enum_label (ALIGNMENT_TYPE_URGENCY, alignment_signal_get_urgency (signal));
      break;

    default:
      if (column >= ALIGNMENT_COLUMN_CUSTOMER_CONTRACTUAL && column <= ALIGNMENT_COLUMN_PROVIDER_RELATIONAL)
        {
          guint i = column - ALIGNMENT_COLUMN_CUSTOMER_CONTRACTUAL;
          AlignmentParty party = i < ALIGNMENT_N_REALMS ? ALIGNMENT_PARTY_CUSTOMER : ALIGNMENT_PARTY_PROVIDER;

          text = enum_label (ALIGNMENT_TYPE_IMPACT,
                             alignment_signal_get_impact (signal, party, i % ALIGNMENT_N_REALMS));
        }
      break;
    }

  gtk_label_set_text (label, text);
}

/* The report's columns */
typedef enum
{
  NOTE_COLUMN_KIND,
  NOTE_COLUMN_ROW,
  NOTE_COLUMN_COLUMN,
  NOTE_COLUMN_READ,
  NOTE_COLUMN_DONE,
} NoteColumn;

/* Each kind has a name and an icon, so that no one needs the colour to
 * tell a repair from a doubt. */
static void
note_kind_describe (AlignmentImportNoteKind   kind,
                    const char              **label,
                    const char              **icon_name,
                    const char              **css_class)
{
  switch (kind)
    {
    case ALIGNMENT_IMPORT_NOTE_REPAIR:
      /* Translators: the kind of a report line: a value was changed so
       * that it could be read. */
      *label = C_("import note", "Repaired");
      *icon_name = "document-edit-symbolic";
      *css_class = "accent";
      break;

    case ALIGNMENT_IMPORT_NOTE_DOUBT:
      /* Translators: the kind of a report line: read as written, but
       * the user should look at it. */
      *label = C_("import note", "Check");
      *icon_name = "dialog-warning-symbolic";
      *css_class = "warning";
      break;

    case ALIGNMENT_IMPORT_NOTE_DROPPED:
      /* Translators: the kind of a report line: a cell could not be
       * read and was left empty. */
      *label = C_("import note", "Unreadable");
      *icon_name = "dialog-error-symbolic";
      *css_class = "error";
      break;

    case ALIGNMENT_IMPORT_NOTE_INFO:
    default:
      /* Translators: the kind of a report line: how something was read. */
      *label = C_("import note", "Note");
      *icon_name = "dialog-information-symbolic";
      *css_class = "dim-label";
      break;
    }
}

static GtkWidget *
style_note_cell (int        column,
                 GtkWidget *label)
{
  if (column == NOTE_COLUMN_KIND)
    {
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
      GtkWidget *image = gtk_image_new ();

      /* The label beside it says the same to a screen reader. */
      gtk_accessible_update_state (GTK_ACCESSIBLE (image),
                                   GTK_ACCESSIBLE_STATE_HIDDEN, TRUE,
                                   -1);
      gtk_box_append (GTK_BOX (box), image);
      gtk_box_append (GTK_BOX (box), label);
      return box;
    }

  if (column == NOTE_COLUMN_ROW)
    gtk_widget_add_css_class (label, "numeric");
  else if (column == NOTE_COLUMN_READ)
    {
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 24);
    }
  else if (column == NOTE_COLUMN_DONE)
    {
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
      gtk_label_set_width_chars (GTK_LABEL (label), 30);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 80);
    }

  return label;
}

static void
bind_note_cell_cb (GtkSignalListItemFactory *factory,
                   GtkListItem              *item,
                   CellColumn               *cells)
{
  NoteColumn column = cells->column;
  AlignmentImportNoteItem *note = gtk_list_item_get_item (item);
  GtkWidget *child = gtk_list_item_get_child (item);
  g_autofree char *text = NULL;

  switch (column)
    {
    case NOTE_COLUMN_KIND:
      {
        GtkWidget *image = gtk_widget_get_first_child (child);
        const char *label, *icon_name, *css_class;

        note_kind_describe (note->kind, &label, &icon_name, &css_class);
        gtk_image_set_from_icon_name (GTK_IMAGE (image), icon_name);
        gtk_widget_set_css_classes (image, (const char *[]) { css_class, NULL });
        gtk_label_set_text (GTK_LABEL (gtk_widget_get_next_sibling (image)), label);
      }
      return;

    case NOTE_COLUMN_ROW:
      /* Translators: in the report's Row column, for what concerns the
       * sheet as a whole rather than one row. */
      text = note->row > 0 ? g_strdup_printf ("%u", note->row) : g_strdup (C_("import note row", "Sheet"));
      break;

    case NOTE_COLUMN_COLUMN:
      text = g_strdup (note->column >= 0 && note->column < ALIGNMENT_N_COLUMNS
                       ? alignment_column_get_label (note->column) : "");
      break;

    case NOTE_COLUMN_READ:
      /* Translators: a cell as it was read, quoted. */
      text = note->read != NULL ? g_strdup_printf (_("“%s”"), note->read) : g_strdup ("");
      gtk_widget_set_tooltip_text (child, note->read);
      break;

    case NOTE_COLUMN_DONE:
    default:
      text = g_strdup (note->message);
      break;
    }

  gtk_label_set_text (GTK_LABEL (child), text);
}

static void
append_column (GtkColumnView         *view,
               const char            *title,
               int                    column,
               gboolean               expand,
               CellStyle              style,
               GCallback              bind,
               AlignmentImportDialog *self)
{
  g_autoptr(GtkColumnViewColumn) view_column = NULL;
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  CellColumn *cells = g_new (CellColumn, 1);

  cells->dialog = self;
  cells->column = column;
  cells->style = style;
  /* Both handlers go with the factory; the second frees what they share. */
  g_signal_connect (factory, "setup", G_CALLBACK (setup_cell_cb), cells);
  g_signal_connect_data (factory, "bind", bind, cells, cell_column_free, 0);

  view_column = gtk_column_view_column_new (title, factory);
  gtk_column_view_column_set_resizable (view_column, TRUE);
  gtk_column_view_column_set_expand (view_column, expand);
  gtk_column_view_append_column (view, view_column);
}

/* The preview's columns are built here, not in the template: their
 * titles are the core's names of the signal log's columns, kept in one
 * place for the whole app. */
void
_alignment_import_dialog_add_columns (AlignmentImportDialog *self,
                                      GtkColumnView         *rows_view,
                                      GtkColumnView         *notes_view)
{
  for (guint i = 0; i < G_N_ELEMENTS (preview_columns); i++)
    append_column (rows_view, alignment_column_get_label (preview_columns[i]),
                   preview_columns[i], preview_columns[i] == ALIGNMENT_COLUMN_TRIGGER,
                   style_signal_cell, G_CALLBACK (bind_signal_cell_cb), self);

  /* Translators: the report's column titles. */
  append_column (notes_view, C_("import report", "Kind"), NOTE_COLUMN_KIND, FALSE,
                 style_note_cell, G_CALLBACK (bind_note_cell_cb), self);
  append_column (notes_view, C_("import report", "Row"), NOTE_COLUMN_ROW, FALSE,
                 style_note_cell, G_CALLBACK (bind_note_cell_cb), self);
  append_column (notes_view, C_("import report", "Column"), NOTE_COLUMN_COLUMN, FALSE,
                 style_note_cell, G_CALLBACK (bind_note_cell_cb), self);
  append_column (notes_view, C_("import report", "Read"), NOTE_COLUMN_READ, FALSE,
                 style_note_cell, G_CALLBACK (bind_note_cell_cb), self);
  append_column (notes_view, C_("import report", "What Was Done"), NOTE_COLUMN_DONE, TRUE,
                 style_note_cell, G_CALLBACK (bind_note_cell_cb), self);
}
