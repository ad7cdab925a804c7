/* alignment-render-file.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include "alignment-i18n.h"
#include <glib/gstdio.h>

#include "alignment-render-file.h"

G_DEFINE_QUARK (alignment-render-error-quark, alignment_render_error)

/* A poster of a few metres is the most anyone prints; cairo's image
 * surfaces stop at 32767 pixels a side. */
#define MAX_POINTS 100000.0
#define MAX_PIXELS 32767.0

gboolean
alignment_render_format_from_path (const char             *path,
                                   AlignmentRenderFormat  *format,
                                   GError                **error)
{
  const char *dot = strrchr (path, '.');

  if (dot != NULL && g_ascii_strcasecmp (dot, ".pdf") == 0)
    *format = ALIGNMENT_RENDER_FORMAT_PDF;
  else if (dot != NULL && g_ascii_strcasecmp (dot, ".svg") == 0)
    *format = ALIGNMENT_RENDER_FORMAT_SVG;
  else if (dot != NULL && g_ascii_strcasecmp (dot, ".png") == 0)
    *format = ALIGNMENT_RENDER_FORMAT_PNG;
  else
    {
      g_set_error (error, ALIGNMENT_RENDER_ERROR, ALIGNMENT_RENDER_ERROR_FORMAT,
                   _("“%s” does not end in .pdf, .svg or .png"), path);
      return FALSE;
    }

  return TRUE;
}

static cairo_status_t
write_to_stream (void                *closure,
                 const unsigned char *data,
                 unsigned int         length)
{
  GOutputStream *stream = closure;

  /* cairo has no way to say why; the stream's error is looked at after. */
  return g_output_stream_write_all (stream, data, length, NULL, NULL, NULL)
         ? CAIRO_STATUS_SUCCESS : CAIRO_STATUS_WRITE_ERROR;
}

static cairo_status_t
write_to_buffer (void                *closure,
                 const unsigned char *data,
                 unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

/* cairo's SVG has no text, only glyph outlines: a <title> and a <desc>
 * as the first children of <svg> are what screen readers, search and
 * other programs read instead. */
static gboolean
write_svg_described (GOutputStream  *stream,
                     GByteArray     *svg,
                     const char     *title,
                     const char     *description,
                     GError        **error)
{
  const char *start = g_strstr_len ((const char *) svg->data, svg->len, "<svg");
  const char *end = start != NULL ? memchr (start, '>', svg->len - (start - (const char *) svg->data)) : NULL;
  g_autoptr(GString) text = g_string_new (NULL);
  gsize head;

  if (end == NULL)
    return g_output_stream_write_all (stream, svg->data, svg->len, NULL, NULL, error);

  if (title != NULL)
    {
      g_autofree char *escaped = g_markup_escape_text (title, -1);

      g_string_append_printf (text, "\n<title>%s</title>", escaped);
    }
  if (description != NULL)
    {
      g_autofree char *escaped = g_markup_escape_text (description, -1);

      g_string_append_printf (text, "\n<desc>%s</desc>", escaped);
    }

  head = end + 1 - (const char *) svg->data;
  return g_output_stream_write_all (stream, svg->data, head, NULL, NULL, error)
         && g_output_stream_write_all (stream, text->str, text->len, NULL, NULL, error)
         && g_output_stream_write_all (stream, svg->data + head, svg->len - head, NULL, NULL, error);
}

gboolean
alignment_render_to_file (const char           *path,
                          double                width,
                          double                height,
                          double                dpi,
                          AlignmentRenderFunc   func,
                          gpointer              user_data,
                          GError              **error)
{
  return alignment_render_to_file_described (path, width, height, dpi, NULL, NULL, func, user_data, error);
}

gboolean
alignment_render_to_file_described (const char           *path,
                                    double                width,
                                    double                height,
                                    double                dpi,
                                    const char           *title,
                                    const char           *description,
                                    AlignmentRenderFunc   func,
                                    gpointer              user_data,
                                    GError              **error)
{
  g_autoptr(GByteArray) svg = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFileOutputStream) stream = NULL;
  cairo_surface_t *surface = NULL;
  AlignmentRenderFormat format;
  cairo_status_t status;
  cairo_t *cr;
  double scale = 1.0;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (func != NULL, FALSE);

  if (!alignment_render_format_from_path (path, &format, error))
    return FALSE;

  if (format == ALIGNMENT_RENDER_FORMAT_PNG)
    scale = dpi / 72.0;

  if (!(width >= 1 && height >= 1 && width <= MAX_POINTS && height <= MAX_POINTS)
      || (format == ALIGNMENT_RENDER_FORMAT_PNG
          && (!(dpi > 0) || width * scale > MAX_PIXELS || height * scale > MAX_PIXELS)))
    {
      g_set_error (error, ALIGNMENT_RENDER_ERROR, ALIGNMENT_RENDER_ERROR_SIZE,
                   _("A figure of %.0f × %.0f points at %.0f dpi is too small or too large to draw"),
                   width, height, dpi);
      return FALSE;
    }

  /* Written through a GFile replace, so a failure leaves any old file as
   * it was. */
  file = g_file_new_for_path (path);
  stream = g_file_replace (file, NULL, FALSE, G_FILE_CREATE_NONE, NULL, error);
  if (stream == NULL)
    return FALSE;

  switch (format)
    {
    case ALIGNMENT_RENDER_FORMAT_PDF:
      surface = cairo_pdf_surface_create_for_stream (write_to_stream, stream, width, height);
      if (title != NULL)
        cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
      if (description != NULL)
        cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_SUBJECT, description);
      break;
    case ALIGNMENT_RENDER_FORMAT_SVG:
      /* Held back whole, to be described before it is written. */
      svg = g_byte_array_new ();
      surface = cairo_svg_surface_create_for_stream (write_to_buffer, svg, width, height);
      cairo_svg_surface_set_document_unit (surface, CAIRO_SVG_UNIT_PT);
      break;
    case ALIGNMENT_RENDER_FORMAT_PNG:
    default:
      surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32,
                                            (int) ceil (width * scale), (int) ceil (height * scale));
      break;
    }

  cr = cairo_create (surface);
  cairo_scale (cr, scale, scale);
  func (cr, width, height, user_data);
  status = cairo_status (cr);
  cairo_destroy (cr);

  if (status == CAIRO_STATUS_SUCCESS && format == ALIGNMENT_RENDER_FORMAT_PNG)
    status = cairo_surface_write_to_png_stream (surface, write_to_stream, stream);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, ALIGNMENT_RENDER_ERROR, ALIGNMENT_RENDER_ERROR_WRITE,
                   _("Could not write “%s”: %s"), path, cairo_status_to_string (status));
      /* Closing after cancelling leaves the old file in place. */
      {
        g_autoptr(GCancellable) cancel = g_cancellable_new ();
        g_cancellable_cancel (cancel);
        g_output_stream_close (G_OUTPUT_STREAM (stream), cancel, NULL);
      }
      return FALSE;
    }

  if (svg != NULL && !write_svg_described (G_OUTPUT_STREAM (stream), svg, title, description, error))
    {
      g_autoptr(GCancellable) cancel = g_cancellable_new ();

      g_cancellable_cancel (cancel);
      g_output_stream_close (G_OUTPUT_STREAM (stream), cancel, NULL);
      return FALSE;
    }

  return g_output_stream_close (G_OUTPUT_STREAM (stream), NULL, error);
}
