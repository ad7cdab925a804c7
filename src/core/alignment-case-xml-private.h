/* alignment-case-xml-private.h: what the reader and the writer of the
 * file format share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <sys/types.h>

#include <gio/gio.h>
#include <libxml/relaxng.h>
#include <libxml/xmlerror.h>

#include "alignment-enums.h"

G_BEGIN_DECLS

#define SCHEMA_RESOURCE "/org/example/Alignment/org.example.Alignment.rng"
#define RNG_NAMESPACE   "http://relaxng.org/ns/structure/1.0"

extern const char *const alignment_xml_realm_attributes[ALIGNMENT_N_REALMS];

/* Reads the bytes before the root element: an optional byte-order mark,
 * XML declaration, comments, processing instructions and white space.
 * It stops at the first thing that is none of these: either the root
 * element, or a document type declaration, which is the only place a DTD
 * or an entity can be declared.  Bytes that are neither are left for
 * libxml2 to complain about.  It takes the bytes in pieces as they
 * arrive, so that a stream can be checked before libxml2 receives it. */
typedef enum
{
  PROLOG_MISC,
  PROLOG_LT,
  PROLOG_BANG,
  PROLOG_PI,
  PROLOG_COMMENT,
  PROLOG_DONE,
  PROLOG_DOCTYPE,
} PrologState;

typedef struct
{
  PrologState state;
  gboolean    not_xml;  /* something other than markup came first */
  gsize       offset;
  guint       line;
  guint       dashes;
  guint       n_bang;
  char        bang[8];
  char        previous;
} PrologScanner;

void          alignment_xml_prolog_scanner_init (PrologScanner *scan);
void          alignment_xml_prolog_scan         (PrologScanner *scan,
                                                 const char    *data,
                                                 gsize          length);

/* The format's schema, made streamable and compiled once (see
 * alignment-case-xml.c). */
xmlRelaxNGPtr alignment_xml_get_stream_schema   (void);

/* libxml2 reports some errors (an encoding that breaks off mid-input,
 * say) to its generic handler, which prints on stderr: between these two
 * calls, on this thread, it prints nothing.  The structured handlers of
 * the readers still see every error. */
typedef struct
{
  xmlGenericErrorFunc  func;
  void                *context;
} AlignmentXmlQuiet;

void          alignment_xml_quiet_begin          (AlignmentXmlQuiet *saved);
void          alignment_xml_quiet_end            (AlignmentXmlQuiet *saved);

/* The name of @file for messages. */
char         *alignment_xml_display_basename    (GFile         *file);

/* The system calls of a local save, replaceable so that tests can make
 * each of them fail in turn and check that the old file survives. */
typedef struct
{
  int     (*mkstemp) (char *tmpl, int flags, int mode);
  int     (*fchmod)  (int fd, mode_t mode);
  gssize  (*write)   (int fd, const void *data, gsize length);
  int     (*fsync)   (int fd);
  int     (*close)   (int fd);
  int     (*rename)  (const char *from, const char *to);
} AlignmentSaveOps;

/* NULL restores the real calls. */
void alignment_xml_set_save_ops (const AlignmentSaveOps *ops);

G_END_DECLS
