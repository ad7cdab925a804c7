/* alignment-window-library.c: the case library sidebar of the window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "alignment-trend-painter.h"
#include "alignment-window-private.h"

/* ---- Rows ------------------------------------------------------------------ */

typedef struct
{
  GtkWidget            *title;
  GtkWidget            *parties;
  GtkWidget            *meta;
  GtkWidget            *error;
  GtkWidget            *trend;
  GtkWidget            *icon;
  AlignmentLibraryItem *item;
} LibraryRow;

static void
library_row_free (gpointer data)
{
  LibraryRow *row = data;

  g_clear_object (&row->item);
  g_free (row);
}

static void
draw_trend_cb (GtkDrawingArea *area,
               cairo_t        *cr,
               int             width,
               int             height,
               gpointer        user_data)
{
  LibraryRow *row = user_data;
  const AlignmentCaseSummary *summary;
  gboolean dark = adw_style_manager_get_dark (adw_style_manager_get_default ());
  gboolean contrast = adw_style_manager_get_high_contrast (adw_style_manager_get_default ());
  AlignmentPaletteKind kind;
  AlignmentScale scale = ALIGNMENT_SCALE_RED_GREEN;
  GtkRoot *root;

  if (row->item == NULL || (summary = alignment_library_item_get_summary (row->item)) == NULL)
    return;

  kind = contrast ? (dark ? ALIGNMENT_PALETTE_HIGH_CONTRAST_DARK : ALIGNMENT_PALETTE_HIGH_CONTRAST)
                  : (dark ? ALIGNMENT_PALETTE_DARK : ALIGNMENT_PALETTE_LIGHT);
  root = gtk_widget_get_root (GTK_WIDGET (area));
  if (ALIGNMENT_IS_WINDOW (root))
    {
      GSettings *settings = _alignment_window_get_settings (ALIGNMENT_WINDOW (root));

      if (settings != NULL && g_settings_get_enum (settings, "trust-palette") == 1)
        scale = ALIGNMENT_SCALE_BLUE_ORANGE;
    }

  alignment_trend_paint (cr, (const int *) (gpointer) summary->trend->data, summary->trend->len,
                         width, height, alignment_palette_get (kind, scale));
}

static void
library_setup_cb (GtkSignalListItemFactory *factory,
                  GtkListItem              *item,
                  AlignmentWindow          *self)
{
  LibraryRow *row = g_new0 (LibraryRow, 1);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *text = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);

  row->title = gtk_label_new (NULL);
  row->parties = gtk_label_new (NULL);
  row->meta = gtk_label_new (NULL);
  row->error = gtk_label_new (NULL);
  row->trend = gtk_drawing_area_new ();
  row->icon = gtk_image_new_from_icon_name ("dialog-error-symbolic");

  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_widget_set_hexpand (text, TRUE);
  for (GtkWidget **label = &row->title; label <= &row->error; label++)
    {
      gtk_label_set_xalign (GTK_LABEL (*label), 0.0);
      gtk_label_set_ellipsize (GTK_LABEL (*label), PANGO_ELLIPSIZE_END);
      gtk_box_append (GTK_BOX (text), *label);
    }
  gtk_widget_add_css_class (row->title, "heading");
  gtk_widget_add_css_class (row->parties, "caption");
  gtk_widget_add_css_class (row->meta, "caption");
  gtk_widget_add_css_class (row->meta, "dim-label");
  gtk_widget_add_css_class (row->error, "caption");
  gtk_widget_add_css_class (row->error, "error");
  /* An error is a sentence: let it wrap rather than hide its end. */
  gtk_label_set_ellipsize (GTK_LABEL (row->error), PANGO_ELLIPSIZE_NONE);
  gtk_label_set_wrap (GTK_LABEL (row->error), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (row->error), PANGO_WRAP_WORD_CHAR);

  gtk_widget_set_size_request (row->trend, 48, 28);
  gtk_widget_set_valign (row->trend, GTK_ALIGN_CENTER);
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (row->trend), draw_trend_cb, row, NULL);
  gtk_widget_add_css_class (row->icon, "error");
  gtk_widget_set_valign (row->icon, GTK_ALIGN_START);

  gtk_box_append (GTK_BOX (box), row->icon);
  gtk_box_append (GTK_BOX (box), text);
  gtk_box_append (GTK_BOX (box), row->trend);
  g_object_set_data_full (G_OBJECT (box), "row", row, library_row_free);
  gtk_list_item_set_child (item, box);
}

static char *
format_period (guint32 first,
               guint32 last)
{
  GDate a, b;
  char from[32], to[32];

  if (first == 0)
    return NULL;

  g_date_clear (&a, 1);
  g_date_clear (&b, 1);
  g_date_set_julian (&a, first);
  g_date_set_julian (&b, last != 0 ? last : first);
  /* Months say enough for a case that runs for months. */
  g_date_strftime (from, sizeof from, "%b %Y", &a);
  g_date_strftime (to, sizeof to, "%b %Y", &b);
  if (g_str_equal (from, to))
    return g_strdup (from);

  return g_strdup_printf ("%s – %s", from, to);
}

static void
library_bind_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *list_item,
                 AlignmentWindow          *self)
{
  AlignmentLibraryItem *item = gtk_list_item_get_item (list_item);
  LibraryRow *row = g_object_get_data (G_OBJECT (gtk_list_item_get_child (list_item)), "row");
  const AlignmentCaseSummary *summary = alignment_library_item_get_summary (item);
  const char *error = alignment_library_item_get_error (item);
  g_autofree char *accessible = NULL;
  AlignmentDocument *document;

  g_set_object (&row->item, item);
  document = _alignment_window_find_document (self, alignment_library_item_get_file (item));
  if (document != NULL && alignment_document_get_modified (document))
    {
      /* The case as this window has it, with the dot of unsaved work. */
      g_autofree char *title = alignment_document_dup_title (document);
      g_autofree char *marked = g_strdup_printf ("• %s", title);

      gtk_label_set_text (GTK_LABEL (row->title), marked);
    }
  else
    gtk_label_set_text (GTK_LABEL (row->title), alignment_library_item_get_title (item));
  gtk_widget_set_visible (row->icon, error != NULL);
  gtk_widget_set_visible (row->error, error != NULL);
  gtk_label_set_text (GTK_LABEL (row->error), error != NULL ? error : "");
  gtk_widget_set_visible (row->trend, summary != NULL && summary->trend->len > 0);

  if (summary != NULL)
    {
      g_autofree char *parties = NULL;
      g_autofree char *period = format_period (summary->first_day, summary->last_day);
      g_autofree char *counts = NULL;
      g_autofree char *n_signals = NULL;
      g_autofree char *n_open = NULL;
      g_autofree char *meta = NULL;
      int net = summary->trend->len > 0 ? g_array_index (summary->trend, int, summary->trend->len - 1) : 0;

      parties = g_strdup_printf (_("%s and %s"),
                                 *summary->customer != '\0' ? summary->customer : _("Customer"),
                                 *summary->provider != '\0' ? summary->provider : _("Service provider"));
      n_signals = g_strdup_printf (ngettext ("%u signal", "%u signals", summary->n_signals),
                                   summary->n_signals);
      n_open = g_strdup_printf (ngettext ("%u open thread", "%u open threads", summary->n_open_threads),
                                summary->n_open_threads);
      /* Translators: "16 signals, 1 open thread" in the case library. */
      counts = g_strdup_printf (_("%s, %s"), n_signals, n_open);
      meta = period != NULL ? g_strdup_printf ("%s · %s", period, counts) : g_strdup (counts);
      gtk_label_set_text (GTK_LABEL (row->parties), parties);
      gtk_label_set_text (GTK_LABEL (row->meta), meta);
      gtk_widget_set_visible (row->parties, TRUE);
      gtk_widget_set_visible (row->meta, TRUE);
      /* Translators: the trend in the case library, for screen readers. */
      accessible = g_strdup_printf (_("Net trust change over the case: %+d"), net);
      gtk_widget_set_tooltip_text (row->trend, accessible);
      gtk_accessible_update_property (GTK_ACCESSIBLE (row->trend), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
      gtk_widget_queue_draw (row->trend);
    }
  else
    {
      gtk_label_set_text (GTK_LABEL (row->parties), "");
      gtk_label_set_text (GTK_LABEL (row->meta),
                          alignment_library_item_get_loaded (item) ? "" : _("Reading…"));
      gtk_widget_set_visible (row->parties, FALSE);
      gtk_widget_set_visible (row->meta, !alignment_library_item_get_loaded (item));
    }
}

static void
library_unbind_cb (GtkSignalListItemFactory *factory,
                   GtkListItem              *list_item,
                   AlignmentWindow          *self)
{
  LibraryRow *row = g_object_get_data (G_OBJECT (gtk_list_item_get_child (list_item)), "row");

  g_clear_object (&row->item);
}

/* ---- Search and sort -------------------------------------------------------- */

static gboolean
library_filter_func (gpointer item,
                     gpointer user_data)
{
  AlignmentWindow *self = user_data;
  const char *query = gtk_editable_get_text (GTK_EDITABLE (self->library_search));
  const AlignmentCaseSummary *summary = alignment_library_item_get_summary (item);
  g_autofree char *folded = NULL;

  if (query == NULL || *query == '\0')
    return TRUE;

  if (summary != NULL)
    return alignment_form_search_matches (summary->search_text, query);

  /* A broken or unread file is found by its name. */
  folded = g_utf8_casefold (alignment_library_item_get_title (item), -1);
  return alignment_form_search_matches (folded, query);
}

static int
library_sort_func (gconstpointer a,
                   gconstpointer b,
                   gpointer      user_data)
{
  AlignmentWindow *self = user_data;
  AlignmentLibraryItem *x = (AlignmentLibraryItem *) a;
  AlignmentLibraryItem *y = (AlignmentLibraryItem *) b;
  const AlignmentCaseSummary *sx = alignment_library_item_get_summary (x);
  const AlignmentCaseSummary *sy = alignment_library_item_get_summary (y);

  return alignment_form_library_compare (self->library_sort,
                                         alignment_library_item_get_title (x),
                                         alignment_library_item_get_modified (x),
                                         sx != NULL ? sx->first_day : 0,
                                         alignment_library_item_get_title (y),
                                         alignment_library_item_get_modified (y),
                                         sy != NULL ? sy->first_day : 0);
}

static void
library_update_stack (AlignmentWindow *self)
{
  const char *page = "list";

  if (g_list_model_get_n_items (G_LIST_MODEL (self->library)) == 0)
    page = "empty";
  else if (g_list_model_get_n_items (G_LIST_MODEL (self->library_sort_model)) == 0)
    page = "no-match";

  gtk_stack_set_visible_child_name (self->library_stack, page);
}

static void
library_search_changed_cb (AlignmentWindow *self)
{
  gtk_filter_changed (GTK_FILTER (self->library_filter), GTK_FILTER_CHANGE_DIFFERENT);
  library_update_stack (self);
}

void
_alignment_window_library_set_sort (AlignmentWindow      *self,
                                    AlignmentLibrarySort  sort)
{
  if (self->library_sort == sort)
    return;

  self->library_sort = sort;
  if (self->library_sorter != NULL)
    gtk_sorter_changed (GTK_SORTER (self->library_sorter), GTK_SORTER_CHANGE_DIFFERENT);
  _alignment_window_notify_library_sort (self);
}

/* ---- Selection ---------------------------------------------------------------- */

void
_alignment_window_library_select (AlignmentWindow *self,
                                  GFile           *file)
{
  GListModel *model = G_LIST_MODEL (self->library_selection);
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AlignmentLibraryItem) item = g_list_model_get_item (model, i);

      if (g_file_equal (alignment_library_item_get_file (item), file))
        {
          self->selecting_case = TRUE;
          gtk_single_selection_set_selected (self->library_selection, i);
          self->selecting_case = FALSE;
          return;
        }
    }
}

static void
library_selected_cb (AlignmentWindow *self)
{
  AlignmentLibraryItem *item = gtk_single_selection_get_selected_item (self->library_selection);
  GFile *file;

  if (self->selecting_case || item == NULL)
    return;

  file = alignment_library_item_get_file (item);
  if (self->file != NULL && g_file_equal (file, self->file)
      && (self->document != NULL || self->cancellable != NULL))
    return;

  alignment_window_open (self, file);
}

/* A case's row changed (read again after a save, or by another program):
 * keep it selected, which the re-sort may have undone. */
static void
library_items_changed_cb (AlignmentWindow *self)
{
  library_update_stack (self);
  if (self->file != NULL
      && gtk_single_selection_get_selected_item (self->library_selection) == NULL)
    _alignment_window_library_select (self, self->file);
}

/* ---- Setup ---------------------------------------------------------------------- */

GFile *
_alignment_window_dup_library_folder (AlignmentWindow *self)
{
  GSettings *settings = _alignment_window_get_settings (self);
  g_autofree char *folder = NULL;

  if (settings != NULL)
    folder = g_settings_get_string (settings, "library-folder");

  if (folder != NULL && *folder != '\0')
    return g_file_new_for_commandline_arg (folder);

  return g_file_new_build_filename (g_get_user_data_dir (), PACKAGE_NAME, "cases", NULL);
}

static void
library_folder_changed_cb (AlignmentWindow *self)
{
  g_autoptr(GFile) folder = _alignment_window_dup_library_folder (self);

  alignment_library_set_folder (self->library, folder);
}

/* Cases opened from elsewhere earlier stay at hand. */
static void
library_add_recent (AlignmentWindow *self)
{
  GList *items = gtk_recent_manager_get_items (gtk_recent_manager_get_default ());

  for (GList *l = items; l != NULL; l = l->next)
    {
      const char *uri = gtk_recent_info_get_uri (l->data);

      if (g_str_has_suffix (uri, ALIGNMENT_FILE_SUFFIX) && gtk_recent_info_exists (l->data))
        {
          g_autoptr(GFile) file = g_file_new_for_uri (uri);

          alignment_library_add_file (self->library, file);
        }
    }
  g_list_free_full (items, (GDestroyNotify) gtk_recent_info_unref);
}

void
_alignment_window_library_init (AlignmentWindow *self)
{
  GSettings *settings = _alignment_window_get_settings (self);
  g_autoptr(GFile) folder = NULL;

  self->library = alignment_library_new ();
  self->library_filter = gtk_custom_filter_new (library_filter_func, self, NULL);
  self->library_sorter = gtk_custom_sorter_new (library_sort_func, self, NULL);
  gtk_filter_list_model_set_filter (self->library_filter_model, GTK_FILTER (self->library_filter));
  gtk_filter_list_model_set_model (self->library_filter_model, G_LIST_MODEL (self->library));
  gtk_sort_list_model_set_sorter (self->library_sort_model, GTK_SORTER (self->library_sorter));

  g_signal_connect_swapped (self->library_selection, "notify::selected",
                            G_CALLBACK (library_selected_cb), self);
  g_signal_connect_swapped (self->library_sort_model, "items-changed",
                            G_CALLBACK (library_items_changed_cb), self);
  gtk_search_bar_connect_entry (self->search_bar, GTK_EDITABLE (self->library_search));
  gtk_search_bar_set_key_capture_widget (self->search_bar, NULL);

  if (settings != NULL)
    g_signal_connect_object (settings, "changed::library-folder",
                             G_CALLBACK (library_folder_changed_cb), self, G_CONNECT_SWAPPED);

  folder = _alignment_window_dup_library_folder (self);
  alignment_library_set_folder (self->library, folder);
  library_add_recent (self);
  library_update_stack (self);
}

void
_alignment_window_library_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_callback (widget_class, library_setup_cb);
  gtk_widget_class_bind_template_callback (widget_class, library_bind_cb);
  gtk_widget_class_bind_template_callback (widget_class, library_unbind_cb);
  gtk_widget_class_bind_template_callback (widget_class, library_search_changed_cb);
}
