/* alignment-report-private.h: the report's pieces, shared by its files
 *
 * The report is laid out as a flow of blocks (text, table rows,
 * figures) that are measured with pango, then cut into pages; a page
 * is drawn by drawing its blocks at their places between the header
 * and the footer.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <pango/pangocairo.h>

#include "alignment-palette.h"
#include "alignment-report.h"
#include "alignment-report-catalog.h"

G_BEGIN_DECLS

/* Sizes in points. */
#define REPORT_MARGIN      56.0
#define REPORT_BODY_SIZE    9.5
#define REPORT_SMALL_SIZE   8.0
#define REPORT_TABLE_SIZE   8.5
#define REPORT_H1_SIZE     17.0
#define REPORT_H2_SIZE     12.0
#define REPORT_BAND_SIZE    8.0

typedef enum
{
  REPORT_BLOCK_TEXT,
  REPORT_BLOCK_ROW,       /* a table row */
  REPORT_BLOCK_FIGURE,    /* drawn by a callback */
  REPORT_BLOCK_BREAK,     /* the next block starts a page */
} ReportBlockKind;

typedef void (*ReportFigureFunc) (cairo_t  *cr,
                                  double    width,
                                  double    height,
                                  gpointer  data);

#define REPORT_MAX_COLUMNS 8

typedef struct _ReportBlock
{
  ReportBlockKind kind;
  /* text: pango markup; a row: one markup per cell */
  char           *markup;
  char           *cells[REPORT_MAX_COLUMNS];
  double          widths[REPORT_MAX_COLUMNS];  /* a row's columns, fractions of the width */
  guint           n_cells;
  double          size;
  double          indent;
  double          space_before;
  double          space_after;
  gboolean        keep_with_next;  /* a heading: never last on its page */
  gboolean        header_row;      /* bold, ruled under, repeated after a break */
  gboolean        shaded;          /* a row on a light band, every other */
  /* the first row on a page of a table that began before: its header,
   * drawn again above it */
  struct _ReportBlock *repeat_header;
  /* a figure */
  ReportFigureFunc paint;
  gpointer         paint_data;
  GDestroyNotify   paint_destroy;
  /* measured: the height the block takes, its page and its top there */
  double          height;
  guint           page;
  double          y;
} ReportBlock;

struct _AlignmentReport
{
  AlignmentCase       *kase;
  guint32              from;
  guint32              to;
  AlignmentReportPaper paper;
  char                *language;
  ReportCatalog       *catalog;   /* NULL: English, the sources' own */
  double               width;
  double               height;

  gboolean             laid_out;
  GPtrArray           *blocks;    /* of ReportBlock */
  guint                n_pages;
  char                *title;     /* the header's left: the case's title */
  char                *period;    /* the header's right */
  char                *made;      /* the date made */
  GPtrArray           *recordings; /* of cairo_surface_t, a page each, or NULL */

  /* while laying out */
  PangoContext        *context;
  double               y;         /* on the current page, from the body's top */
  guint                shade;     /* rows since the table's header */
};

/* The report's translation of @msgid, in its language. */
const char  *report_t  (AlignmentReport *self,
                        const char      *msgid) G_GNUC_FORMAT (2);
const char  *report_nt (AlignmentReport *self,
                        const char      *msgid,
                        const char      *msgid_plural,
                        gulong           n) __attribute__ ((format_arg (2), format_arg (3)));
#define T(msgid) report_t (self, msgid)
#define NT(msgid, plural, n) report_nt (self, msgid, plural, n)

/* The body's box on every page. */
double       report_body_top    (AlignmentReport *self);
double       report_body_height (AlignmentReport *self);
double       report_body_width  (AlignmentReport *self);

/* Building the flow.  Texts are pango markup: escape what comes from
 * the case (g_markup_escape_text or report_escape). */
ReportBlock *report_add_text     (AlignmentReport *self,
                                  const char      *markup,
                                  double           size);
ReportBlock *report_add_heading  (AlignmentReport *self,
                                  const char      *text,
                                  gboolean         new_page);
ReportBlock *report_add_subheading (AlignmentReport *self,
                                    const char      *text);
ReportBlock *report_add_row      (AlignmentReport *self,
                                  const double    *widths,
                                  guint            n_cells,
                                  const char     **cells,
                                  gboolean         header_row);
ReportBlock *report_add_figure   (AlignmentReport *self,
                                  double           height,
                                  ReportFigureFunc paint,
                                  gpointer         data,
                                  GDestroyNotify   destroy);
void         report_add_break    (AlignmentReport *self);
/* Cuts the blocks into pages; sets n_pages. */
void         report_paginate     (AlignmentReport *self);

void         report_draw_block   (AlignmentReport *self,
                                  cairo_t         *cr,
                                  ReportBlock     *block,
                                  double           top);

/* A pango layout of @markup for the report's text, @width wide (-1: no
 * wrapping). */
PangoLayout *report_layout       (PangoContext    *context,
                                  const char      *markup,
                                  double           size,
                                  double           width);

/* Escaped for markup, and cut to @max_chars (REPORT_MAX_CHARS) with an
 * ellipsis, so that no block outgrows a page. */
#define REPORT_MAX_CHARS 1200
char        *report_escape       (const char      *text);
char        *report_escape_max   (const char      *text,
                                  glong            max_chars);
/* "3 March 2024" in the report's language. */
char        *report_format_date  (AlignmentReport *self,
                                  guint32          julian);

/* The sections, in order (alignment-report-sections.c). */
void         report_build        (AlignmentReport *self);

G_END_DECLS
