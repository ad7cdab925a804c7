/* alignment-library-row.c: one row of the case library sidebar
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "alignment-application.h"
#include "alignment-library-row.h"
#include "alignment-trend-painter.h"

struct _AlignmentLibraryRow
{
  GtkWidget             parent_instance;

  GtkBox               *labels;
  GtkLabel             *title;
  GtkLabel             *location;
  GtkLabel             *parties;
  GtkLabel             *meta;
  GtkLabel             *error;
  GtkDrawingArea       *trend;
  GtkImage             *icon;

  AlignmentLibraryItem *item;
  gboolean              shared_title;
};

G_DEFINE_FINAL_TYPE (AlignmentLibraryRow, alignment_library_row, GTK_TYPE_WIDGET)

/* The trend in the colours the user chose for trust. */
static void
draw_trend_cb (GtkDrawingArea *area,
               cairo_t        *cr,
               int             width,
               int             height,
               gpointer        user_data)
{
  AlignmentLibraryRow *self = user_data;
  const AlignmentCaseSummary *summary;
  gboolean dark = adw_style_manager_get_dark (adw_style_manager_get_default ());
  gboolean contrast = adw_style_manager_get_high_contrast (adw_style_manager_get_default ());
  AlignmentPaletteKind kind;
  AlignmentScale scale = ALIGNMENT_SCALE_RED_GREEN;
  GtkRoot *root;

  if (self->item == NULL || (summary = alignment_library_item_get_summary (self->item)) == NULL)
    return;

  kind = contrast ? (dark ? ALIGNMENT_PALETTE_HIGH_CONTRAST_DARK : ALIGNMENT_PALETTE_HIGH_CONTRAST)
                  : (dark ? ALIGNMENT_PALETTE_DARK : ALIGNMENT_PALETTE_LIGHT);
  root = gtk_widget_get_root (GTK_WIDGET (area));
  if (GTK_IS_WINDOW (root) && ALIGNMENT_IS_APPLICATION (gtk_window_get_application (GTK_WINDOW (root))))
    {
      GtkApplication *app = gtk_window_get_application (GTK_WINDOW (root));
      GSettings *settings = alignment_application_get_settings (ALIGNMENT_APPLICATION (app));

      if (settings != NULL && g_settings_get_enum (settings, "trust-palette") == 1)
        scale = ALIGNMENT_SCALE_BLUE_ORANGE;
    }

  alignment_trend_paint (cr, (const int *) (gpointer) summary->trend->data, summary->trend->len,
                         width, height, alignment_palette_get (kind, scale));
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
show_summary (AlignmentLibraryRow        *self,
              const AlignmentCaseSummary *summary)
{
  g_autofree char *parties = NULL;
  g_autofree char *period = format_period (summary->first_day, summary->last_day);
  g_autofree char *counts = NULL;
  g_autofree char *n_signals = NULL;
  g_autofree char *n_open = NULL;
  g_autofree char *meta = NULL;
  g_autofree char *accessible = NULL;
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
  gtk_label_set_text (self->parties, parties);
  gtk_label_set_text (self->meta, meta);
  gtk_widget_set_visible (GTK_WIDGET (self->parties), TRUE);
  gtk_widget_set_visible (GTK_WIDGET (self->meta), TRUE);
  /* Translators: the trend in the case library, for screen readers. */
  accessible = g_strdup_printf (_("Net trust change over the case: %+d"), net);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->trend), accessible);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->trend), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
  gtk_widget_queue_draw (GTK_WIDGET (self->trend));
}

/* The folder of a file from elsewhere (with the home folder as "~"),
 * and the file's name when another case has the same title. */
static char *
dup_location (GFile    *file,
              gboolean  external,
              gboolean  shared_title)
{
  g_autoptr(GFile) parent = g_file_get_parent (file);
  g_autoptr(GFile) home = g_file_new_for_path (g_get_home_dir ());
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *folder = NULL;
  g_autofree char *relative = NULL;

  if (!external)
    return shared_title ? g_filename_display_name (name) : NULL;

  if (parent == NULL)
    return NULL;

  relative = g_file_get_relative_path (home, parent);
  if (relative != NULL)
    folder = g_build_filename ("~", relative, NULL);
  else if (g_file_equal (home, parent))
    folder = g_strdup ("~");
  else
    folder = g_file_get_parse_name (parent);

  if (shared_title)
    {
      g_autofree char *path = g_build_filename (folder, name, NULL);

      return g_filename_display_name (path);
    }

  return g_filename_display_name (folder);
}

/* The example that comes with the app lives in a folder that means
 * nothing to the user (or shows how the app was built). */
static gboolean
is_example (GFile *file)
{
  GApplication *app = g_application_get_default ();
  g_autoptr(GFile) example = NULL;

  if (!ALIGNMENT_IS_APPLICATION (app))
    return FALSE;

  example = alignment_application_dup_example_file (ALIGNMENT_APPLICATION (app));

  return example != NULL && g_file_equal (example, file);
}

static void
show_location (AlignmentLibraryRow *self)
{
  g_autofree char *location = NULL;
  g_autofree char *where = NULL;

  if (self->item == NULL)
    return;

  if (is_example (alignment_library_item_get_file (self->item)))
    /* Translators: where a case lives, in the case library, for the
     * example that comes with the app (instead of its folder). */
    location = g_strdup (_("Example case"));
  else
    location = dup_location (alignment_library_item_get_file (self->item),
                             alignment_library_item_get_external (self->item),
                             self->shared_title);
  gtk_label_set_text (self->location, location != NULL ? location : "");
  gtk_widget_set_visible (GTK_WIDGET (self->location), location != NULL);
  /* The whole title and where the file is, however narrow the list. */
  where = g_file_get_parse_name (alignment_library_item_get_file (self->item));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->labels), where);
}

void
alignment_library_row_set_shared_title (AlignmentLibraryRow *self,
                                        gboolean             shared_title)
{
  g_return_if_fail (ALIGNMENT_IS_LIBRARY_ROW (self));

  self->shared_title = shared_title;
  show_location (self);
}

void
alignment_library_row_set_item (AlignmentLibraryRow  *self,
                                AlignmentLibraryItem *item,
                                AlignmentDocument    *document)
{
  const AlignmentCaseSummary *summary;
  const char *error;

  g_return_if_fail (ALIGNMENT_IS_LIBRARY_ROW (self));
  g_return_if_fail (item == NULL || ALIGNMENT_IS_LIBRARY_ITEM (item));

  g_set_object (&self->item, item);
  if (item == NULL)
    return;

  summary = alignment_library_item_get_summary (item);
  error = alignment_library_item_get_error (item);
  if (document != NULL && alignment_document_get_modified (document))
    {
      /* The case as the window has it, with the dot of unsaved work. */
      g_autofree char *title = alignment_document_dup_title (document);
      g_autofree char *marked = g_strdup_printf ("• %s", title);

      gtk_label_set_text (self->title, marked);
    }
  else
    gtk_label_set_text (self->title, alignment_library_item_get_title (item));
  gtk_widget_set_visible (GTK_WIDGET (self->icon), error != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->error), error != NULL);
  gtk_label_set_text (self->error, error != NULL ? error : "");
  show_location (self);
  gtk_widget_set_visible (GTK_WIDGET (self->trend), summary != NULL && summary->trend->len > 0);

  if (summary != NULL)
    show_summary (self, summary);
  else
    {
      gtk_label_set_text (self->parties, "");
      gtk_label_set_text (self->meta, alignment_library_item_get_loaded (item) ? "" : _("Reading…"));
      gtk_widget_set_visible (GTK_WIDGET (self->parties), FALSE);
      gtk_widget_set_visible (GTK_WIDGET (self->meta), !alignment_library_item_get_loaded (item));
    }
}

GtkWidget *
alignment_library_row_new (void)
{
  return g_object_new (ALIGNMENT_TYPE_LIBRARY_ROW, NULL);
}

static void
alignment_library_row_dispose (GObject *object)
{
  AlignmentLibraryRow *self = ALIGNMENT_LIBRARY_ROW (object);

  g_clear_object (&self->item);
  gtk_widget_dispose_template (GTK_WIDGET (self), ALIGNMENT_TYPE_LIBRARY_ROW);

  G_OBJECT_CLASS (alignment_library_row_parent_class)->dispose (object);
}

static void
alignment_library_row_class_init (AlignmentLibraryRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = alignment_library_row_dispose;

  gtk_widget_class_set_css_name (widget_class, "libraryrow");
  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/Alignment/alignment-library-row.ui");
  gtk_widget_class_bind_template_child (widget_class, AlignmentLibraryRow, labels);
  gtk_widget_class_bind_template_child (widget_class, AlignmentLibraryRow, title);
  gtk_widget_class_bind_template_child (widget_class, AlignmentLibraryRow, location);
  gtk_widget_class_bind_template_child (widget_class, AlignmentLibraryRow, parties);
  gtk_widget_class_bind_template_child (widget_class, AlignmentLibraryRow, meta);
  gtk_widget_class_bind_template_child (widget_class, AlignmentLibraryRow, error);
  gtk_widget_class_bind_template_child (widget_class, AlignmentLibraryRow, trend);
  gtk_widget_class_bind_template_child (widget_class, AlignmentLibraryRow, icon);
}

static void
alignment_library_row_init (AlignmentLibraryRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_drawing_area_set_draw_func (self->trend, draw_trend_cb, self, NULL);
}
