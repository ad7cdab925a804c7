/* alignment-case-xml.h: reading and writing the .alignment file format
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "alignment-types.h"

G_BEGIN_DECLS

#define ALIGNMENT_XML_NAMESPACE "https://example.org/ns/alignment"
#define ALIGNMENT_XML_VERSION   "1.0"
#define ALIGNMENT_FILE_SUFFIX   ".alignment"

#define ALIGNMENT_XML_ERROR (alignment_xml_error_quark ())

typedef enum
{
  ALIGNMENT_XML_ERROR_NOT_WELL_FORMED, /* not XML, truncated, binary */
  ALIGNMENT_XML_ERROR_NOT_A_CASE,      /* wrong root element or namespace */
  ALIGNMENT_XML_ERROR_VERSION,         /* a version this build cannot read */
  ALIGNMENT_XML_ERROR_FORBIDDEN,       /* DTD or entity declarations */
  ALIGNMENT_XML_ERROR_INVALID,         /* breaks the schema */
  ALIGNMENT_XML_ERROR_INCONSISTENT,    /* valid, but contradicts itself */
  ALIGNMENT_XML_ERROR_WRITE,
} AlignmentXmlError;

GQuark          alignment_xml_error_quark      (void);

/* Reads a case from @data.  @name (a file name for messages, may be NULL)
 * starts every error message, followed by the line: "case.alignment:12:
 * …".  Errors are in the ALIGNMENT_XML_ERROR domain. */
AlignmentCase  *alignment_case_load_from_data  (const char    *data,
                                                gsize          length,
                                                const char    *name,
                                                GError       **error);
AlignmentCase  *alignment_case_load            (GFile         *file,
                                                GCancellable  *cancellable,
                                                GError       **error);
/* The same, calling @progress in this thread as the file is read, with
 * the bytes read so far and the file's size: 0 when it cannot be known,
 * and smaller than the bytes read when the file grew meanwhile. */
AlignmentCase  *alignment_case_load_with_progress (GFile                 *file,
                                                   GFileProgressCallback  progress,
                                                   gpointer               progress_data,
                                                   GCancellable          *cancellable,
                                                   GError               **error);

/* Reads what can be read of @file when it does not load whole: for a
 * file cut short (not well-formed from some point on, or a read that
 * failed), the case with the signals read whole before that point, and
 * @error set to why the rest is missing.  The file is read as
 * alignment_case_load() reads it, with the same safeguards, and the
 * text up to its last whole signal once more (a file up to 256 MB).  NULL with @error when nothing could be read, when the
 * load was cancelled, or when the file is refused for what it holds
 * (invalid, inconsistent, a DTD).  A file that loads whole gives its
 * case and no error. */
AlignmentCase  *alignment_case_load_partial    (GFile         *file,
                                                GCancellable  *cancellable,
                                                GError       **error);

/* The document for @self, deterministic: the same case gives the same
 * bytes. */
GBytes         *alignment_case_to_bytes        (AlignmentCase *self);
/* Writes atomically: the old file stays intact when anything fails, and
 * an existing file keeps its permissions. */
gboolean        alignment_case_save            (AlignmentCase *self,
                                                GFile         *file,
                                                GCancellable  *cancellable,
                                                GError       **error);

/* The RELAX NG schema of the format, as compiled into the library. */
GBytes         *alignment_case_xml_get_schema  (void);

G_END_DECLS
