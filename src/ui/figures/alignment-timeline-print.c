/* alignment-timeline-print.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include <adwaita.h>
#include <glib/gi18n.h>

#include "alignment-figure-options.h"
#include "alignment-print-settings.h"
#include "alignment-timeline-painter.h"
#include "alignment-timeline-print.h"

/* Type on paper, in points. */
#define FONT_SIZE 8.0
#define MAX_PAGES 50

struct _AlignmentTimelinePrint
{
  GtkPrintOperation parent_instance;

  AlignmentCase          *case_;
  AlignmentTimelineLanes  lanes;
  guint                   pages_wide;
  double                  first_day;
  double                  last_day;
  gboolean                trust_strip;
  gboolean                title_block;
  gboolean                levels;
  char                   *board;   /* only this board's signals, or NULL */

  /* Between begin-print and end-print. */
  AlignmentTimelineData   *data;
  AlignmentTimelineLayout *layout;
  guint                    n_pages;
  double                   page_width;
  double                   overlap;
  AlignmentFigureTitle    *title;
  char                    *printed;
};

G_DEFINE_FINAL_TYPE (AlignmentTimelinePrint, alignment_timeline_print, GTK_TYPE_PRINT_OPERATION)

enum
{
  PROP_0,
  PROP_CASE,
  PROP_LANES,
  PROP_PAGES_WIDE,
  PROP_FIRST_DAY,
  PROP_LAST_DAY,
  PROP_TRUST_STRIP,
  PROP_TITLE_BLOCK,
  PROP_LEVELS,
  PROP_BOARD,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

#define HEADER_HEIGHT (alignment_figure_title_get_height (FONT_SIZE))
#define FOOTER_HEIGHT (2.0 * FONT_SIZE)

static void
clear_job (AlignmentTimelinePrint *self)
{
  g_clear_pointer (&self->layout, alignment_timeline_layout_free);
  g_clear_pointer (&self->data, alignment_timeline_data_free);
  g_clear_pointer (&self->title, alignment_figure_title_free);
  g_clear_pointer (&self->printed, g_free);
}

static void
alignment_timeline_print_begin_print (GtkPrintOperation *operation,
                                      GtkPrintContext   *context)
{
  AlignmentTimelinePrint *self = ALIGNMENT_TIMELINE_PRINT (operation);
  AlignmentTimelineOptions options;
  g_autofree char *date = NULL;
  double header;

  clear_job (self);
  self->data = alignment_timeline_data_new_for_case (self->case_);
  alignment_timeline_options_init (&options, self->data);
  options.lanes = self->lanes;
  options.trust_strip = self->trust_strip;
  options.levels = self->levels;
  /* Borrowed by the layout, which the job frees before the name. */
  options.board = self->board;
  options.font_size = FONT_SIZE;
  if (self->first_day > 0 && self->last_day > self->first_day)
    {
      options.first_day = self->first_day;
      options.last_day = self->last_day;
    }

  self->page_width = gtk_print_context_get_width (context);
  self->overlap = 2 * FONT_SIZE;
  self->n_pages = CLAMP (self->pages_wide, 1, MAX_PAGES);
  header = self->title_block || self->n_pages > 1 ? HEADER_HEIGHT : 0;
  options.height = MAX (gtk_print_context_get_height (context) - header - FOOTER_HEIGHT, 10 * FONT_SIZE);
  if (self->n_pages == 1)
    options.width = self->page_width;
  else
    {
      options.legend_width = self->page_width;
      options.width = alignment_timeline_poster_width (self->data, &options, self->page_width,
                                                       self->n_pages, self->overlap);
    }
  self->layout = alignment_timeline_layout_new (self->data, &options);
  gtk_print_operation_set_n_pages (operation, self->n_pages);

  if (self->title_block)
    {
      self->title = alignment_figure_title_new (self->case_, 0);
      /* The date made is in the footer already. */
      g_clear_pointer (&self->title->made, g_free);
      alignment_timeline_print_title_add_board (self->title, self->board);
    }
  date = alignment_date_format_long (options.today);
  /* TRANSLATORS: the footer of a printed timeline; %s is today's date */
  self->printed = g_strdup_printf (_("Printed on %s"), date);
}

static void
alignment_timeline_print_draw_page (GtkPrintOperation *operation,
                                    GtkPrintContext   *context,
                                    int                page_nr)
{
  AlignmentTimelinePrint *self = ALIGNMENT_TIMELINE_PRINT (operation);
  cairo_t *cr = gtk_print_context_get_cairo_context (context);
  double height = gtk_print_context_get_height (context);
  g_autofree char *number = NULL;
  AlignmentTimelineStyle style;

  /* Paper is always the light print palette, whatever the screen. */
  alignment_timeline_style_init (&style);
  style.background = FALSE;

  if (self->n_pages > 1)
    /* TRANSLATORS: a poster is one row of pages side by side */
    number = g_strdup_printf (_("Page %d of %u (row 1, column %d)"), page_nr + 1, self->n_pages, page_nr + 1);

  if (self->title != NULL)
    alignment_figure_title_paint (cr, self->title, alignment_palette_get (ALIGNMENT_PALETTE_PRINT, ALIGNMENT_SCALE_RED_GREEN),
                                  0, 0, self->page_width - (number != NULL ? 12 * FONT_SIZE : 0), FONT_SIZE);
  if (number != NULL)
    alignment_timeline_paint_band (cr, &style, 0, 0, self->page_width, FONT_SIZE, NULL, NULL, number);

  cairo_save (cr);
  if (self->title_block || self->n_pages > 1)
    cairo_translate (cr, 0, HEADER_HEIGHT);
  if (self->n_pages == 1)
    alignment_timeline_paint (cr, self->layout, &style);
  else
    alignment_timeline_paint_poster_page (cr, self->layout, &style, page_nr, self->n_pages,
                                          self->page_width, self->overlap);
  cairo_restore (cr);

  alignment_timeline_paint_band (cr, &style, 0, height - FOOTER_HEIGHT + 0.6 * FONT_SIZE,
                                 self->page_width, FONT_SIZE * 0.9, NULL, NULL, self->printed);
}

static void
alignment_timeline_print_end_print (GtkPrintOperation *operation,
                                    GtkPrintContext   *context)
{
  clear_job (ALIGNMENT_TIMELINE_PRINT (operation));
}

/* ---- Properties ----------------------------------------------------------- */

void
alignment_timeline_print_title_add_board (AlignmentFigureTitle *title,
                                          const char           *board)
{
  char *detail;

  g_return_if_fail (title != NULL);

  if (board == NULL || *board == '\0')
    return;

  /* TRANSLATORS: the title block of a timeline filtered by a governance
   * board: "Customer and Provider · 1 February 2024 – 30 June 2024",
   * then the board's name */
  detail = g_strdup_printf (_("%s · Board: %s"), title->detail != NULL ? title->detail : "", board);
  g_free (title->detail);
  title->detail = detail;
}

AlignmentTimelinePrint *
alignment_timeline_print_new (AlignmentCase *case_)
{
  g_return_val_if_fail (ALIGNMENT_IS_CASE (case_), NULL);

  return g_object_new (ALIGNMENT_TYPE_TIMELINE_PRINT, "case", case_, NULL);
}

void
alignment_timeline_print_set_lanes (AlignmentTimelinePrint *self,
                                    AlignmentTimelineLanes  lanes)
{
  g_return_if_fail (ALIGNMENT_IS_TIMELINE_PRINT (self));

  self->lanes = lanes;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LANES]);
}

void
alignment_timeline_print_set_pages_wide (AlignmentTimelinePrint *self,
                                         guint                   pages_wide)
{
  g_return_if_fail (ALIGNMENT_IS_TIMELINE_PRINT (self));

  self->pages_wide = MIN (pages_wide, MAX_PAGES);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAGES_WIDE]);
}

guint
alignment_timeline_print_get_pages_wide (AlignmentTimelinePrint *self)
{
  g_return_val_if_fail (ALIGNMENT_IS_TIMELINE_PRINT (self), 1);

  return MAX (self->pages_wide, 1);
}

void
alignment_timeline_print_set_range (AlignmentTimelinePrint *self,
                                    double                  first_day,
                                    double                  last_day)
{
  g_return_if_fail (ALIGNMENT_IS_TIMELINE_PRINT (self));

  self->first_day = first_day;
  self->last_day = last_day;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FIRST_DAY]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LAST_DAY]);
}

void
alignment_timeline_print_set_title_block (AlignmentTimelinePrint *self,
                                          gboolean                show)
{
  g_return_if_fail (ALIGNMENT_IS_TIMELINE_PRINT (self));

  self->title_block = !!show;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE_BLOCK]);
}

void
alignment_timeline_print_set_levels (AlignmentTimelinePrint *self,
                                     gboolean                show)
{
  g_return_if_fail (ALIGNMENT_IS_TIMELINE_PRINT (self));

  self->levels = !!show;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LEVELS]);
}

void
alignment_timeline_print_set_board (AlignmentTimelinePrint *self,
                                    const char             *board)
{
  g_return_if_fail (ALIGNMENT_IS_TIMELINE_PRINT (self));

  if (board != NULL && *board == '\0')
    board = NULL;
  if (g_strcmp0 (self->board, board) == 0)
    return;
  g_free (self->board);
  self->board = g_strdup (board);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BOARD]);
}

void
alignment_timeline_print_set_trust_strip (AlignmentTimelinePrint *self,
                                          gboolean                show)
{
  g_return_if_fail (ALIGNMENT_IS_TIMELINE_PRINT (self));

  self->trust_strip = !!show;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TRUST_STRIP]);
}

static void
alignment_timeline_print_get_property (GObject    *object,
                                       guint       prop_id,
                                       GValue     *value,
                                       GParamSpec *pspec)
{
  AlignmentTimelinePrint *self = ALIGNMENT_TIMELINE_PRINT (object);

  switch (prop_id)
    {
    case PROP_CASE:
      g_value_set_object (value, self->case_);
      break;
    case PROP_LANES:
      g_value_set_enum (value, self->lanes);
      break;
    case PROP_PAGES_WIDE:
      g_value_set_uint (value, self->pages_wide);
      break;
    case PROP_FIRST_DAY:
      g_value_set_double (value, self->first_day);
      break;
    case PROP_LAST_DAY:
      g_value_set_double (value, self->last_day);
      break;
    case PROP_TRUST_STRIP:
      g_value_set_boolean (value, self->trust_strip);
      break;
    case PROP_TITLE_BLOCK:
      g_value_set_boolean (value, self->title_block);
      break;
    case PROP_LEVELS:
      g_value_set_boolean (value, self->levels);
      break;
    case PROP_BOARD:
      g_value_set_string (value, self->board);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
alignment_timeline_print_set_property (GObject      *object,
                                       guint         prop_id,
                                       const GValue *value,
                                       GParamSpec   *pspec)
{
  AlignmentTimelinePrint *self = ALIGNMENT_TIMELINE_PRINT (object);

  switch (prop_id)
    {
    case PROP_CASE:
      self->case_ = g_value_dup_object (value);
      break;
    case PROP_LANES:
      self->lanes = g_value_get_enum (value);
      break;
    case PROP_PAGES_WIDE:
      self->pages_wide = g_value_get_uint (value);
      break;
    case PROP_FIRST_DAY:
      self->first_day = g_value_get_double (value);
      break;
    case PROP_LAST_DAY:
      self->last_day = g_value_get_double (value);
      break;
    case PROP_TRUST_STRIP:
      self->trust_strip = g_value_get_boolean (value);
      break;
    case PROP_TITLE_BLOCK:
      self->title_block = g_value_get_boolean (value);
      break;
    case PROP_LEVELS:
      self->levels = g_value_get_boolean (value);
      break;
    case PROP_BOARD:
      alignment_timeline_print_set_board (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
alignment_timeline_print_constructed (GObject *object)
{
  AlignmentTimelinePrint *self = ALIGNMENT_TIMELINE_PRINT (object);
  g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();

  G_OBJECT_CLASS (alignment_timeline_print_parent_class)->constructed (object);

  /* Time runs left to right: landscape unless the user says otherwise. */
  gtk_page_setup_set_orientation (setup, GTK_PAGE_ORIENTATION_LANDSCAPE);
  gtk_print_operation_set_default_page_setup (GTK_PRINT_OPERATION (self), setup);
  gtk_print_operation_set_embed_page_setup (GTK_PRINT_OPERATION (self), TRUE);
  gtk_print_operation_set_unit (GTK_PRINT_OPERATION (self), GTK_UNIT_POINTS);
  gtk_print_operation_set_use_full_page (GTK_PRINT_OPERATION (self), FALSE);
  if (self->case_ != NULL)
    gtk_print_operation_set_job_name (GTK_PRINT_OPERATION (self), alignment_case_get_title (self->case_));
}

static void
alignment_timeline_print_finalize (GObject *object)
{
  AlignmentTimelinePrint *self = ALIGNMENT_TIMELINE_PRINT (object);

  clear_job (self);
  g_clear_object (&self->case_);
  g_free (self->board);

  G_OBJECT_CLASS (alignment_timeline_print_parent_class)->finalize (object);
}

static void
alignment_timeline_print_class_init (AlignmentTimelinePrintClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkPrintOperationClass *print_class = GTK_PRINT_OPERATION_CLASS (klass);

  object_class->constructed = alignment_timeline_print_constructed;
  object_class->finalize = alignment_timeline_print_finalize;
  object_class->get_property = alignment_timeline_print_get_property;
  object_class->set_property = alignment_timeline_print_set_property;

  print_class->begin_print = alignment_timeline_print_begin_print;
  print_class->draw_page = alignment_timeline_print_draw_page;
  print_class->end_print = alignment_timeline_print_end_print;

  properties[PROP_CASE] =
    g_param_spec_object ("case", NULL, NULL, ALIGNMENT_TYPE_CASE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LANES] =
    g_param_spec_enum ("lanes", NULL, NULL, ALIGNMENT_TYPE_TIMELINE_LANES, ALIGNMENT_TIMELINE_LANES_PARTY,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PAGES_WIDE] =
    g_param_spec_uint ("pages-wide", NULL, NULL, 0, MAX_PAGES, 1,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_FIRST_DAY] =
    g_param_spec_double ("first-day", NULL, NULL, 0, G_MAXDOUBLE, 0,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LAST_DAY] =
    g_param_spec_double ("last-day", NULL, NULL, 0, G_MAXDOUBLE, 0,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TRUST_STRIP] =
    g_param_spec_boolean ("trust-strip", NULL, NULL, TRUE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TITLE_BLOCK] =
    g_param_spec_boolean ("title-block", NULL, NULL, TRUE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LEVELS] =
    g_param_spec_boolean ("levels", NULL, NULL, TRUE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_BOARD] =
    g_param_spec_string ("board", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
alignment_timeline_print_init (AlignmentTimelinePrint *self)
{
  self->lanes = ALIGNMENT_TIMELINE_LANES_PARTY;
  self->pages_wide = 1;
  self->trust_strip = TRUE;
  self->title_block = TRUE;
  self->levels = TRUE;
}

/* ---- The options dialog ------------------------------------------------------ */

typedef struct
{
  AlignmentCase          *case_;
  GtkWindow              *parent;
  double                  first_day;
  double                  last_day;
  gboolean                levels;
  char                   *board;
  AlignmentFigureOptions *options;
} OptionsDialog;

static void
options_dialog_free (gpointer data)
{
  OptionsDialog *options = data;

  g_clear_object (&options->case_);
  g_free (options->board);
  g_free (options);
}

static void
show_error (GtkWindow    *parent,
            const GError *error)
{
  GtkWidget *dialog = adw_message_dialog_new (parent, _("Could Not Print the Timeline"), NULL);

  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                  _("%s\n\nCheck the printer, or print to a PDF file instead."),
                                  error->message);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
options_response_cb (AdwMessageDialog *dialog,
                     const char       *response,
                     OptionsDialog    *options)
{
  g_autoptr(AlignmentTimelinePrint) print = NULL;
  g_autoptr(GError) error = NULL;
  GtkPrintOperationResult result;

  if (!g_str_equal (response, "print"))
    return;

  print = alignment_timeline_print_new (options->case_);
  alignment_timeline_print_set_lanes (print, alignment_figure_options_get_lanes (options->options));
  alignment_timeline_print_set_pages_wide (print, alignment_figure_options_get_pages_wide (options->options));
  alignment_timeline_print_set_range (print, options->first_day, options->last_day);
  alignment_timeline_print_set_trust_strip (print, alignment_figure_options_get_trust_strip (options->options));
  alignment_timeline_print_set_title_block (print, alignment_figure_options_get_title_block (options->options));
  alignment_timeline_print_set_levels (print, options->levels);
  alignment_timeline_print_set_board (print, options->board);

  result = alignment_print_settings_run (GTK_PRINT_OPERATION (print), GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                                         options->parent, &error);
  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    show_error (options->parent, error);
}

void
alignment_timeline_print_run_with_options (GtkWindow              *parent,
                                           AlignmentCase          *case_,
                                           AlignmentTimelineLanes  lanes,
                                           double                  first_day,
                                           double                  last_day,
                                           gboolean                levels,
                                           const char             *board)
{
  OptionsDialog *options;

  g_return_if_fail (ALIGNMENT_IS_CASE (case_));

  options = g_new0 (OptionsDialog, 1);
  options->case_ = g_object_ref (case_);
  options->parent = parent;
  options->first_day = first_day;
  options->last_day = last_day;
  options->levels = levels;
  options->board = board != NULL && *board != '\0' ? g_strdup (board) : NULL;

  options->options = ALIGNMENT_FIGURE_OPTIONS (alignment_figure_options_new_for_print ());
  alignment_figure_options_set_lanes (options->options, lanes);
  alignment_figure_options_present (options->options, parent, _("Print Timeline"),
                                    _("The printer's own settings, page setup and preview come next."),
                                    "print", _("_Print…"),
                                    G_CALLBACK (options_response_cb), options,
                                    (GClosureNotify) options_dialog_free);
}
