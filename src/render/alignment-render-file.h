/* alignment-render-file.h: a figure into a PDF, SVG or PNG file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <gio/gio.h>

G_BEGIN_DECLS

#define ALIGNMENT_RENDER_ERROR (alignment_render_error_quark ())

typedef enum
{
  ALIGNMENT_RENDER_ERROR_FORMAT, /* not .pdf, .svg or .png */
  ALIGNMENT_RENDER_ERROR_SIZE,   /* too small or too large to draw */
  ALIGNMENT_RENDER_ERROR_WRITE,
} AlignmentRenderError;

GQuark alignment_render_error_quark (void);

typedef enum
{
  ALIGNMENT_RENDER_FORMAT_PDF,
  ALIGNMENT_RENDER_FORMAT_SVG,
  ALIGNMENT_RENDER_FORMAT_PNG,
} AlignmentRenderFormat;

/* The format that @path's extension names (case-insensitive). */
gboolean alignment_render_format_from_path (const char             *path,
                                            AlignmentRenderFormat  *format,
                                            GError                **error);

/* Draws a figure of @width × @height points (1/72 inch) into @cr, whose
 * user space is in points with the origin at the top left. */
typedef void (*AlignmentRenderFunc) (cairo_t  *cr,
                                     double    width,
                                     double    height,
                                     gpointer  user_data);

/* Writes the figure to @path in the format its extension names: vector
 * for PDF and SVG; for PNG at @dpi (96 is one pixel a CSS pixel).  The
 * file is written whole or not at all. */
gboolean alignment_render_to_file (const char          *path,
                                   double               width,
                                   double               height,
                                   double               dpi,
                                   AlignmentRenderFunc  func,
                                   gpointer             user_data,
                                   GError             **error);

/* The same, with @title and @description (either may be NULL) for those
 * who cannot see the figure: the SVG's <title> and <desc>, the PDF's
 * title and subject.  A PNG carries neither. */
gboolean alignment_render_to_file_described (const char          *path,
                                             double               width,
                                             double               height,
                                             double               dpi,
                                             const char          *title,
                                             const char          *description,
                                             AlignmentRenderFunc  func,
                                             gpointer             user_data,
                                             GError             **error);

G_END_DECLS
