/* alignment-report.c: the review report's pages and its PDF
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <string.h>

#include <cairo-pdf.h>
#include "alignment-i18n.h"
#include <glib/gstdio.h>

#include "alignment-render-file.h"
#include "alignment-report-private.h"

const char *
report_t (AlignmentReport *self,
          const char      *msgid)
{
  const char *translated = report_catalog_lookup (self->catalog, msgid, NULL, 1);

  return translated != NULL ? translated : msgid;
}

const char *
report_nt (AlignmentReport *self,
           const char      *msgid,
           const char      *msgid_plural,
           gulong           n)
{
  /* Both forms are marked with N_() (NT is no gettext keyword), so the
   * catalogue holds each as a message of its own; English and Dutch
   * both use the singular for one only. */
  const char *form = n == 1 ? msgid : msgid_plural;
  const char *translated = report_catalog_lookup (self->catalog, form, NULL, 1);

  return translated != NULL ? translated : form;
}

char *
report_format_date (AlignmentReport *self,
                    guint32          julian)
{
  g_autoptr(GDateTime) date = NULL;
  int year, month, day;

  if (julian == 0)
    return g_strdup ("—");
  alignment_date_split (julian, &year, &month, &day);
  date = g_date_time_new_utc (year, month, day, 12, 0, 0);
  /* As the figures' titles write a date ("3 March 2024"); the report
   * lays out and draws with its language as the thread's, so the
   * month's name is in it. */
  return alignment_i18n_format_date_time (date, T (N_("%-d %B %Y")));
}

/* The messages of the core and of the figures, while they are made for
 * this report: in its language, whatever the process's. */
static const char *
translate (const char *msgid,
           const char *msgid_plural,
           gulong      n,
           gpointer    user_data)
{
  return report_catalog_lookup (user_data, msgid, msgid_plural, n);
}

AlignmentReport *
alignment_report_new (AlignmentCase        *kase,
                      guint32               from,
                      guint32               to,
                      AlignmentReportPaper  paper,
                      const char           *language)
{
  AlignmentReport *self;

  g_return_val_if_fail (ALIGNMENT_IS_CASE (kase), NULL);

  self = g_new0 (AlignmentReport, 1);
  self->kase = g_object_ref (kase);
  self->from = from;
  self->to = to;
  self->paper = paper;
  self->language = g_strdup (report_catalog_pick_language (language));
  if (paper == ALIGNMENT_REPORT_PAPER_LETTER)
    {
      self->width = 612;
      self->height = 792;
    }
  else
    {
      self->width = 595.276;
      self->height = 841.89;
    }
  return self;
}

static void
block_free (gpointer data)
{
  ReportBlock *block = data;

  g_free (block->markup);
  for (guint i = 0; i < block->n_cells; i++)
    g_free (block->cells[i]);
  if (block->paint_destroy != NULL)
    block->paint_destroy (block->paint_data);
  g_free (block);
}

void
alignment_report_free (AlignmentReport *self)
{
  if (self == NULL)
    return;
  g_clear_object (&self->kase);
  g_clear_pointer (&self->blocks, g_ptr_array_unref);
  g_clear_pointer (&self->recordings, g_ptr_array_unref);
  g_clear_pointer (&self->catalog, report_catalog_free);
  g_free (self->language);
  g_free (self->title);
  g_free (self->period);
  g_free (self->made);
  g_free (self);
}

void
alignment_report_get_page_size (AlignmentReport *self,
                                double          *width_pt,
                                double          *height_pt)
{
  g_return_if_fail (self != NULL);

  if (width_pt != NULL)
    *width_pt = self->width;
  if (height_pt != NULL)
    *height_pt = self->height;
}

static void
lay_out (AlignmentReport *self)
{
  PangoFontMap *font_map;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  const char *title;
  gpointer translator;

  if (self->laid_out)
    return;

  self->catalog = report_catalog_load (self->language);
  translator = alignment_i18n_set_thread_translator (translate, self->catalog);
  self->blocks = g_ptr_array_new_with_free_func (block_free);

  title = alignment_case_get_title (self->kase);
  self->title = g_strdup (title != NULL && title[0] != '\0' ? title : T (N_("Untitled case")));
  from = self->from != 0 ? report_format_date (self, self->from) : g_strdup (T (N_("the start")));
  to = self->to != 0 ? report_format_date (self, self->to) : g_strdup (T (N_("the end")));
  /* TRANSLATORS: the review's period, "1 April 2024 – 30 June 2024" */
  self->period = g_strdup_printf (T (N_("%s – %s")), from, to);
  self->made = report_format_date (self, alignment_date_from_ymd (g_date_time_get_year (now),
                                                                  g_date_time_get_month (now),
                                                                  g_date_time_get_day_of_month (now)));

  /* pango's default cairo font map is per thread, so a worker may lay
   * out while the UI draws. */
  font_map = pango_cairo_font_map_get_default ();
  self->context = pango_font_map_create_context (font_map);

  report_build (self);
  report_paginate (self);

  g_clear_object (&self->context);
  alignment_i18n_restore_thread_translator (translator);
  self->laid_out = TRUE;
}

guint
alignment_report_get_n_pages (AlignmentReport *self)
{
  g_return_val_if_fail (self != NULL, 0);

  lay_out (self);
  return self->n_pages;
}

/* The header (case title on the left, the period on the right) and the
 * footer (the page's number), hairlines between them and the body. */
static void
draw_frame (AlignmentReport *self,
            cairo_t         *cr,
            guint            page)
{
  const AlignmentPalette *palette = alignment_palette_get (ALIGNMENT_PALETTE_PRINT, ALIGNMENT_SCALE_RED_GREEN);
  PangoContext *context = pango_cairo_create_context (cr);
  double width = report_body_width (self);
  double half = width / 2 - REPORT_BAND_SIZE;
  g_autofree char *title = report_escape (self->title);
  g_autofree char *period = report_escape (self->period);
  g_autofree char *number = g_strdup_printf (T (N_("Page %u of %u")), page + 1, self->n_pages);
  g_autofree char *made_escaped = report_escape (self->made);
  /* TRANSLATORS: the review report's footer, with the date it was made */
  g_autofree char *made = g_strdup_printf (T (N_("Review report, made %s")), made_escaped);
  g_autoptr(PangoLayout) left = report_layout (context, title, REPORT_BAND_SIZE, half);
  g_autoptr(PangoLayout) right = report_layout (context, period, REPORT_BAND_SIZE, half);
  g_autoptr(PangoLayout) foot_left = report_layout (context, made, REPORT_BAND_SIZE, half);
  g_autoptr(PangoLayout) foot_right = report_layout (context, number, REPORT_BAND_SIZE, half);
  double top = REPORT_MARGIN;
  double bottom = self->height - REPORT_MARGIN - 1.3 * REPORT_BAND_SIZE;

  /* One line each: a long title is cut, never run into the body. */
  for (guint i = 0; i < 4; i++)
    {
      PangoLayout *layout = (PangoLayout *[]) { left, right, foot_left, foot_right }[i];

      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
      pango_layout_set_height (layout, -1);
    }
  pango_layout_set_alignment (right, PANGO_ALIGN_RIGHT);
  pango_layout_set_alignment (foot_right, PANGO_ALIGN_RIGHT);

  alignment_rgba_set_source (cr, &palette->muted);
  cairo_move_to (cr, REPORT_MARGIN, top);
  pango_cairo_show_layout (cr, left);
  cairo_move_to (cr, REPORT_MARGIN + width - half, top);
  pango_cairo_show_layout (cr, right);
  cairo_move_to (cr, REPORT_MARGIN, bottom);
  pango_cairo_show_layout (cr, foot_left);
  cairo_move_to (cr, REPORT_MARGIN + width - half, bottom);
  pango_cairo_show_layout (cr, foot_right);

  cairo_set_line_width (cr, 0.5);
  cairo_move_to (cr, REPORT_MARGIN, top + 1.8 * REPORT_BAND_SIZE);
  cairo_line_to (cr, REPORT_MARGIN + width, top + 1.8 * REPORT_BAND_SIZE);
  cairo_move_to (cr, REPORT_MARGIN, bottom - 0.6 * REPORT_BAND_SIZE);
  cairo_line_to (cr, REPORT_MARGIN + width, bottom - 0.6 * REPORT_BAND_SIZE);
  cairo_stroke (cr);

  g_object_unref (context);
}

static void
paint_page (AlignmentReport *self,
            cairo_t         *cr,
            guint            page)
{
  const AlignmentPalette *palette = alignment_palette_get (ALIGNMENT_PALETTE_PRINT, ALIGNMENT_SCALE_RED_GREEN);
  gpointer translator = alignment_i18n_set_thread_translator (translate, self->catalog);
  double top;

  cairo_save (cr);
  alignment_rgba_set_source (cr, &palette->background);
  cairo_rectangle (cr, 0, 0, self->width, self->height);
  cairo_fill (cr);

  draw_frame (self, cr, page);

  top = report_body_top (self);
  for (guint i = 0; i < self->blocks->len; i++)
    {
      ReportBlock *block = self->blocks->pdata[i];

      if (block->kind == REPORT_BLOCK_BREAK || block->page != page)
        continue;
      if (block->repeat_header != NULL)
        report_draw_block (self, cr, block->repeat_header, top + block->y - block->repeat_header->height);
      report_draw_block (self, cr, block, top + block->y);
    }
  cairo_restore (cr);
  alignment_i18n_restore_thread_translator (translator);
}

void
alignment_report_record_pages (AlignmentReport *self)
{
  cairo_rectangle_t extents = { 0, 0, 0, 0 };

  g_return_if_fail (self != NULL);

  lay_out (self);
  if (self->recordings != NULL)
    return;

  extents.width = self->width;
  extents.height = self->height;
  self->recordings = g_ptr_array_new_full (self->n_pages, (GDestroyNotify) cairo_surface_destroy);
  for (guint page = 0; page < self->n_pages; page++)
    {
      cairo_surface_t *recording = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, &extents);
      cairo_t *cr = cairo_create (recording);

      paint_page (self, cr, page);
      cairo_destroy (cr);
      g_ptr_array_add (self->recordings, recording);
    }
}

void
alignment_report_draw_page (AlignmentReport *self,
                            cairo_t         *cr,
                            guint            page)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (cr != NULL);

  lay_out (self);
  g_return_if_fail (page < self->n_pages);

  if (self->recordings == NULL)
    {
      paint_page (self, cr, page);
      return;
    }

  cairo_save (cr);
  cairo_set_source_surface (cr, self->recordings->pdata[page], 0, 0);
  cairo_paint (cr);
  cairo_restore (cr);
}

static cairo_status_t
write_to_stream (void                *closure,
                 const unsigned char *data,
                 unsigned int         length)
{
  return g_output_stream_write_all (closure, data, length, NULL, NULL, NULL)
         ? CAIRO_STATUS_SUCCESS : CAIRO_STATUS_WRITE_ERROR;
}

gboolean
alignment_report_write_pdf (AlignmentReport  *self,
                            const char       *path,
                            GError          **error)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFileOutputStream) stream = NULL;
  g_autofree char *subject = NULL;
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;
  guint n_pages;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  n_pages = alignment_report_get_n_pages (self);

  /* Through a GFile replace: a failure leaves any old file as it was. */
  file = g_file_new_for_path (path);
  stream = g_file_replace (file, NULL, FALSE, G_FILE_CREATE_NONE, NULL, error);
  if (stream == NULL)
    return FALSE;

  surface = cairo_pdf_surface_create_for_stream (write_to_stream, stream, self->width, self->height);
  /* TRANSLATORS: the review report PDF's subject: the period */
  subject = g_strdup_printf (T (N_("Review report, %s")), self->period);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, self->title);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_SUBJECT, subject);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Alignment");

  cr = cairo_create (surface);
  for (guint page = 0; page < n_pages; page++)
    {
      alignment_report_draw_page (self, cr, page);
      cairo_show_page (cr);
    }
  status = cairo_status (cr);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, ALIGNMENT_RENDER_ERROR, ALIGNMENT_RENDER_ERROR_WRITE,
                   _("Could not write “%s”: %s"), path, cairo_status_to_string (status));
      g_output_stream_close (G_OUTPUT_STREAM (stream), NULL, NULL);
      return FALSE;
    }

  return g_output_stream_close (G_OUTPUT_STREAM (stream), NULL, error);
}

void
alignment_report_default_period (AlignmentCase *kase,
                                 guint32       *from,
                                 guint32       *to)
{
  AlignmentSignal **signals;
  guint n_signals = 0;
  guint32 latest = 0;
  int year, month, day, first_month;

  g_return_if_fail (ALIGNMENT_IS_CASE (kase));

  signals = alignment_case_peek_signals (kase, &n_signals);
  for (guint i = 0; i < n_signals; i++)
    {
      latest = MAX (latest, alignment_signal_get_start_julian (signals[i]));
      latest = MAX (latest, alignment_signal_get_end_julian (signals[i]));
    }
  if (latest == 0)
    latest = alignment_case_get_period_end (kase);
  if (latest == 0)
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();

      latest = alignment_date_from_ymd (g_date_time_get_year (now), g_date_time_get_month (now),
                                        g_date_time_get_day_of_month (now));
    }

  alignment_date_split (latest, &year, &month, &day);
  first_month = (month - 1) / 3 * 3 + 1;
  if (from != NULL)
    *from = alignment_date_from_ymd (year, first_month, 1);
  if (to != NULL)
    *to = first_month == 10 ? alignment_date_from_ymd (year, 12, 31)
                            : alignment_date_from_ymd (year, first_month + 3, 1) - 1;
}
