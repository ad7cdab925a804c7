/* alignment-figure-options.c: how a timeline figure is laid out
 *
 * One grid of option rows for the options step of Print… and of Export
 * Figure…: each shows the rows it asks for, so that both ask alike.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "alignment-date.h"
#include "alignment-figure-options.h"

struct _AlignmentFigureOptions
{
  AdwBin          parent_instance;

  GtkWidget      *fit_label;
  GtkDropDown    *fit;
  GtkWidget      *pages_label;
  GtkSpinButton  *pages;
  GtkWidget      *width_label;
  GtkSpinButton  *width;
  GtkWidget      *dpi_label;
  GtkSpinButton  *dpi;
  GtkWidget      *from_label;
  GtkEntry       *from;
  GtkWidget      *to_label;
  GtkEntry       *to;
  GtkWidget      *lanes_label;
  GtkDropDown    *lanes;
  GtkCheckButton *trust;
  GtkCheckButton *title;
};

G_DEFINE_FINAL_TYPE (AlignmentFigureOptions, alignment_figure_options, ADW_TYPE_BIN)

static void
fit_changed_cb (AlignmentFigureOptions *self)
{
  gtk_widget_set_sensitive (GTK_WIDGET (self->pages), gtk_drop_down_get_selected (self->fit) == 1);
}

static void
alignment_figure_options_class_init (AlignmentFigureOptionsClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/Alignment/alignment-figure-options.ui");
  gtk_widget_class_bind_template_child (widget_class, AlignmentFigureOptions, fit_label);
  gtk_widget_class_bind_template_child (widget_class, AlignmentFigureOptions, fit);
  gtk_widget_class_bind_template_child (widget_class, AlignmentFigureOptions, pages_label);
  gtk_widget_class_bind_template_child (widget_class, AlignmentFigureOptions, pages);
  gtk_widget_class_bind_template_child (widget_class, AlignmentFigureOptions, width_label);
  gtk_widget_class_bind_template_child (widget_class, AlignmentFigureOptions, width);
  gtk_widget_class_bind_template_child (widget_class, AlignmentFigureOptions, dpi_label);
  gtk_widget_class_bind_template_child (widget_class, AlignmentFigureOptions, dpi);
  gtk_widget_class_bind_template_child (widget_class, AlignmentFigureOptions, from_label);
  gtk_widget_class_bind_template_child (widget_class, AlignmentFigureOptions, from);
  gtk_widget_class_bind_template_child (widget_class, AlignmentFigureOptions, to_label);
  gtk_widget_class_bind_template_child (widget_class, AlignmentFigureOptions, to);
  gtk_widget_class_bind_template_child (widget_class, AlignmentFigureOptions, lanes_label);
  gtk_widget_class_bind_template_child (widget_class, AlignmentFigureOptions, lanes);
  gtk_widget_class_bind_template_child (widget_class, AlignmentFigureOptions, trust);
  gtk_widget_class_bind_template_child (widget_class, AlignmentFigureOptions, title);
}

static void
alignment_figure_options_init (AlignmentFigureOptions *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_connect_swapped (self->fit, "notify::selected", G_CALLBACK (fit_changed_cb), self);
}

static void
show_rows (AlignmentFigureOptions *self,
           gboolean                print)
{
  GtkWidget *print_rows[] = {
    self->fit_label, GTK_WIDGET (self->fit), self->pages_label, GTK_WIDGET (self->pages),
    GTK_WIDGET (self->trust),
  };
  GtkWidget *export_rows[] = {
    self->width_label, GTK_WIDGET (self->width), self->dpi_label, GTK_WIDGET (self->dpi),
    self->from_label, GTK_WIDGET (self->from), self->to_label, GTK_WIDGET (self->to),
  };

  for (guint i = 0; i < G_N_ELEMENTS (print_rows); i++)
    gtk_widget_set_visible (print_rows[i], print);
  for (guint i = 0; i < G_N_ELEMENTS (export_rows); i++)
    gtk_widget_set_visible (export_rows[i], !print);
  /* Beside the wide entries of an export, the lanes are as wide. */
  gtk_widget_set_hexpand (GTK_WIDGET (self->lanes), !print);
}

GtkWidget *
alignment_figure_options_new_for_print (void)
{
  AlignmentFigureOptions *self = g_object_new (ALIGNMENT_TYPE_FIGURE_OPTIONS, NULL);

  show_rows (self, TRUE);
  return GTK_WIDGET (self);
}

GtkWidget *
alignment_figure_options_new_for_export (void)
{
  AlignmentFigureOptions *self = g_object_new (ALIGNMENT_TYPE_FIGURE_OPTIONS, NULL);

  show_rows (self, FALSE);
  return GTK_WIDGET (self);
}

GtkWidget *
alignment_figure_options_new_for_heatmap (void)
{
  AlignmentFigureOptions *self = g_object_new (ALIGNMENT_TYPE_FIGURE_OPTIONS, NULL);

  /* A heatmap has no lanes, dates or poster: only the title block. */
  show_rows (self, TRUE);
  gtk_widget_set_visible (self->fit_label, FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->fit), FALSE);
  gtk_widget_set_visible (self->pages_label, FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->pages), FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->trust), FALSE);
  gtk_widget_set_visible (self->lanes_label, FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->lanes), FALSE);
  /* A tab of the print dialog, whose own tabs keep this margin. */
  g_object_set (self, "margin-start", 12, "margin-end", 12, "margin-top", 12, "margin-bottom", 12, NULL);
  return GTK_WIDGET (self);
}

GtkWidget *
alignment_figure_options_present (AlignmentFigureOptions *self,
                                  GtkWindow              *parent,
                                  const char             *heading,
                                  const char             *body,
                                  const char             *response,
                                  const char             *label,
                                  GCallback               callback,
                                  gpointer                data,
                                  GClosureNotify          destroy)
{
  GtkWidget *dialog;

  g_return_val_if_fail (ALIGNMENT_IS_FIGURE_OPTIONS (self), NULL);

  dialog = adw_message_dialog_new (parent, heading, body);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), GTK_WIDGET (self));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    response, label,
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), response, ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), response);
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_data (dialog, "response", callback, data, destroy, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  return dialog;
}

AlignmentTimelineLanes
alignment_figure_options_get_lanes (AlignmentFigureOptions *self)
{
  g_return_val_if_fail (ALIGNMENT_IS_FIGURE_OPTIONS (self), ALIGNMENT_TIMELINE_LANES_PARTY);

  return gtk_drop_down_get_selected (self->lanes) == 1
         ? ALIGNMENT_TIMELINE_LANES_THREAD : ALIGNMENT_TIMELINE_LANES_PARTY;
}

void
alignment_figure_options_set_lanes (AlignmentFigureOptions *self,
                                    AlignmentTimelineLanes  lanes)
{
  g_return_if_fail (ALIGNMENT_IS_FIGURE_OPTIONS (self));

  gtk_drop_down_set_selected (self->lanes, lanes == ALIGNMENT_TIMELINE_LANES_THREAD ? 1 : 0);
}

guint
alignment_figure_options_get_pages_wide (AlignmentFigureOptions *self)
{
  g_return_val_if_fail (ALIGNMENT_IS_FIGURE_OPTIONS (self), 1);

  return gtk_drop_down_get_selected (self->fit) == 1
         ? (guint) gtk_spin_button_get_value_as_int (self->pages) : 1;
}

gboolean
alignment_figure_options_get_trust_strip (AlignmentFigureOptions *self)
{
  g_return_val_if_fail (ALIGNMENT_IS_FIGURE_OPTIONS (self), TRUE);

  return gtk_check_button_get_active (self->trust);
}

double
alignment_figure_options_get_width (AlignmentFigureOptions *self)
{
  g_return_val_if_fail (ALIGNMENT_IS_FIGURE_OPTIONS (self), 0);

  return gtk_spin_button_get_value (self->width);
}

void
alignment_figure_options_set_width (AlignmentFigureOptions *self,
                                    double                  width)
{
  g_return_if_fail (ALIGNMENT_IS_FIGURE_OPTIONS (self));

  gtk_spin_button_set_value (self->width, width);
}

double
alignment_figure_options_get_dpi (AlignmentFigureOptions *self)
{
  g_return_val_if_fail (ALIGNMENT_IS_FIGURE_OPTIONS (self), 0);

  return gtk_spin_button_get_value (self->dpi);
}

void
alignment_figure_options_set_dpi (AlignmentFigureOptions *self,
                                  double                  dpi)
{
  g_return_if_fail (ALIGNMENT_IS_FIGURE_OPTIONS (self));

  gtk_spin_button_set_value (self->dpi, dpi);
}

void
alignment_figure_options_set_range (AlignmentFigureOptions *self,
                                    double                  first_day,
                                    double                  last_day)
{
  char buf[16];

  g_return_if_fail (ALIGNMENT_IS_FIGURE_OPTIONS (self));

  /* The range is [first, last): the last day shown is the one before. */
  if (last_day <= first_day)
    return;

  alignment_date_format_iso ((guint32) floor (first_day), buf);
  gtk_editable_set_text (GTK_EDITABLE (self->from), buf);
  alignment_date_format_iso ((guint32) MAX (floor (first_day), ceil (last_day) - 1), buf);
  gtk_editable_set_text (GTK_EDITABLE (self->to), buf);
}

gboolean
alignment_figure_options_get_range (AlignmentFigureOptions *self,
                                    double                 *first_day,
                                    double                 *last_day)
{
  guint32 from, to;

  g_return_val_if_fail (ALIGNMENT_IS_FIGURE_OPTIONS (self), FALSE);

  from = alignment_date_parse_loose (gtk_editable_get_text (GTK_EDITABLE (self->from)), 0, NULL);
  to = alignment_date_parse_loose (gtk_editable_get_text (GTK_EDITABLE (self->to)), 0, NULL);
  if (from == 0 || to == 0 || to < from)
    return FALSE;

  /* The last day typed is shown whole: the range ends the day after. */
  *first_day = from;
  *last_day = to + 1.0;
  return TRUE;
}

gboolean
alignment_figure_options_get_title_block (AlignmentFigureOptions *self)
{
  g_return_val_if_fail (ALIGNMENT_IS_FIGURE_OPTIONS (self), TRUE);

  return gtk_check_button_get_active (self->title);
}

void
alignment_figure_options_set_title_block (AlignmentFigureOptions *self,
                                          gboolean                show)
{
  g_return_if_fail (ALIGNMENT_IS_FIGURE_OPTIONS (self));

  gtk_check_button_set_active (self->title, show);
}
