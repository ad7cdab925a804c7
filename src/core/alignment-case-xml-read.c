/* alignment-case-xml-read.c: loading the .alignment file format
 *
 * Loading streams the document through libxml2's xmlTextReader and builds
 * the model as it goes, never a whole tree, so that a case of a hundred
 * thousand signals loads in about the time libxml2 takes to parse it.
 * This file holds the reader loop and the validation; the elements are
 * read in alignment-case-xml-read-elements.c and the problems worded in
 * alignment-case-xml-read-errors.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "alignment-i18n.h"
#include <libxml/xmlsave.h>

#include "alignment-case-xml-read-private.h"
#include "alignment-check.h"
#include "alignment-signal-list.h"

/* NONET: never fetch anything.  Never NOENT (external entities would read
 * local files), DTDLOAD, or HUGE (which lifts the limits on entity
 * expansion and text size).  IGNORE_ENC with the encoding forced to UTF-8
 * keeps the prolog scan below honest: the bytes it reads are the
 * characters libxml2 parses.  BIG_LINES keeps line numbers past 65535 for
 * messages. */
#define READER_OPTIONS (XML_PARSE_NONET | XML_PARSE_NOCDATA | XML_PARSE_COMPACT \
                        | XML_PARSE_IGNORE_ENC | XML_PARSE_BIG_LINES)

/* The line an element starts on.  libxml2 gives an element the line its
 * start tag ends on, and keeps only 16 bits of it.  The text before a
 * tag (the indentation, in every file this library writes) ends exactly
 * where the tag starts, and its line has no such limit: that comes first.
 * The parser's position is the last resort, a little ahead. */
static guint
node_line (Loader     *self,
           xmlNodePtr  node)
{
  if (self->text_end_line != 0)
    return self->text_end_line;
  if (node->line != 0 && node->line < 65535)
    return node->line;
  return (guint) MAX (xmlTextReaderGetParserLineNumber (self->reader), 1);
}

static void
validate_push (Loader     *self,
               guint       line,
               xmlNodePtr  node,
               Frame      *parent)
{
  int ret;

  xmlAttrPtr attributes = node->properties;

  if (self->full_node != NULL)
    return;

  /* The attributes are checked already (see
   * alignment_xml_loader_read_attributes()), and the streaming schema has
   * none: hide them from the validator, which would otherwise spend a
   * third of its time on them. */
  node->properties = NULL;
  ret = xmlRelaxNGValidatePushElement (self->validator, NULL, node);
  node->properties = attributes;
  if (ret == 0)
    {
      /* This element's content model did not compile into an automaton
       * (see schema_make_streamable()): libxml2 needs it whole. */
      xmlNodePtr expanded = xmlTextReaderExpand (self->reader);

      ret = expanded != NULL ? xmlRelaxNGValidateFullElement (self->validator, NULL, expanded) : -1;
      self->full_node = expanded;
    }

  if (ret != 1 && self->problem.set && self->problem.domain != XML_FROM_RELAXNGV)
    alignment_xml_loader_fail_from_parser (self);
  else if (ret != 1)
    alignment_xml_loader_fail_from_validator (self, line, node, parent, FALSE);
}

static void
validate_pop (Loader     *self,
              guint       line,
              xmlNodePtr  node,
              Frame      *frame)
{
  if (self->full_node != NULL)
    {
      if (self->full_node == node)
        self->full_node = NULL;
      return;
    }

  if (xmlRelaxNGValidatePopElement (self->validator, NULL, node) != 1)
    alignment_xml_loader_fail_from_validator (self, line, node, frame, TRUE);
}

/* Whatever libxml2's serialiser needs to write non-ASCII characters as
 * they are rather than as character references. */
static void
ensure_utf8_doc (xmlDocPtr doc)
{
  if (doc != NULL && doc->encoding == NULL)
    doc->encoding = xmlStrdup (BAD_CAST "UTF-8");
}

static gboolean
ns_declared_within (xmlNodePtr top,
                    xmlNodePtr node,
                    xmlNsPtr   ns)
{
  for (; node != NULL; node = node->parent)
    {
      for (xmlNsPtr def = node->nsDef; def != NULL; def = def->next)
        if (def == ns)
          return TRUE;
      if (node == top)
        break;
    }
  return FALSE;
}

static void
declare_inherited (xmlNodePtr top,
                   xmlNodePtr node,
                   xmlNsPtr   ns)
{
  if (ns == NULL
      || xmlStrEqual (ns->prefix, BAD_CAST "xml")
      || ns_declared_within (top, node, ns))
    return;

  /* Fails, harmlessly, when @top declares the prefix already. */
  xmlNewNs (top, ns->href, ns->prefix);
}

/* Declares on @top every namespace its subtree uses and inherits from
 * outside, keeping prefixes, so that its serialisation stands alone. */
static void
make_self_contained (xmlNodePtr top)
{
  xmlNodePtr node = top;

  while (node != NULL)
    {
      if (node->type == XML_ELEMENT_NODE)
        {
          declare_inherited (top, node, node->ns);
          for (xmlAttrPtr attr = node->properties; attr != NULL; attr = attr->next)
            declare_inherited (top, node, attr->ns);
        }

      if (node->children != NULL && node->type == XML_ELEMENT_NODE)
        node = node->children;
      else
        {
          while (node != top && node->next == NULL)
            node = node->parent;
          node = node == top ? NULL : node->next;
        }
    }
}

static void
read_foreign (Loader *self,
              Frame  *parent)
{
  xmlNodePtr node = xmlTextReaderExpand (self->reader);
  xmlBufferPtr buffer;
  xmlOutputBufferPtr output;
  g_autofree char *xml = NULL;

  if (node == NULL)
    {
      if (self->problem.set)
        alignment_xml_loader_fail_from_parser (self);
      else
        alignment_xml_loader_fail (self, ALIGNMENT_XML_ERROR_NOT_WELL_FORMED, parent->line,
                                   _("the file could not be read"));
      return;
    }

  make_self_contained (node);
  ensure_utf8_doc (node->doc);

  buffer = xmlBufferCreate ();
  output = xmlOutputBufferCreateBuffer (buffer, NULL);
  xmlNodeDumpOutput (output, node->doc, node, 0, 0, "UTF-8");
  xmlOutputBufferClose (output);
  xml = g_strndup ((const char *) xmlBufferContent (buffer), xmlBufferLength (buffer));
  xmlBufferFree (buffer);

  if (parent->kind == ELEMENT_SIGNAL)
    alignment_signal_add_foreign (self->signal, xml);
  else
    alignment_case_add_foreign (self->kase, xml);
}

static void end_element (Loader     *self,
                         xmlNodePtr  node,
                         int         depth);

/* Returns TRUE when the reader must skip the element's subtree. */
static gboolean
start_element (Loader     *self,
               xmlNodePtr  node,
               int         depth,
               gboolean    empty)
{
  guint line = node_line (self, node);
  Frame *parent = depth > 0 ? &self->frames[depth - 1] : NULL;
  Frame *frame;
  ElementKind kind = ELEMENT_CASE;
  Field field = 0;

  if (depth == 0)
    {
      self->seen_root = TRUE;
      alignment_xml_loader_read_case (self, line, node);
      self->root_ns = node->ns;
    }
  else if (!alignment_xml_loader_is_ours (self, node))
    {
      if (parent->kind == ELEMENT_CASE || parent->kind == ELEMENT_SIGNAL)
        {
          read_foreign (self, parent);
          return TRUE;
        }

      g_autofree char *qname = node->ns != NULL && node->ns->prefix != NULL
                               ? g_strdup_printf ("%s:%s", node->ns->prefix, node->name)
                               : g_strdup ((const char *) node->name);

      alignment_xml_loader_fail (self, ALIGNMENT_XML_ERROR_INVALID, line,
                                 _("<%s> is not part of the case format; such elements may stand only directly inside <case> or <signal>, not inside <%s>"),
                                 qname, parent->name);
    }
  else if (depth >= MAX_DEPTH || !alignment_xml_child_kind (parent->kind, (const char *) node->name, &kind, &field))
    {
      alignment_xml_loader_fail (self, ALIGNMENT_XML_ERROR_INVALID, line,
                                 _("<%s> has no place inside <%s>"), node->name, parent->name);
    }
  else
    alignment_xml_loader_read_attributes (self, kind, field, line, node);

  if (self->error != NULL)
    return FALSE;

  frame = &self->frames[depth];
  frame->kind = kind;
  frame->field = field;
  frame->line = line;
  frame->n_texts = 0;
  frame->name = (const char *) node->name;
  self->open = (guint) depth + 1;

  validate_push (self, line, node, parent);

  if (empty && self->error == NULL)
    end_element (self, node, depth);

  return FALSE;
}

static void
end_element (Loader     *self,
             xmlNodePtr  node,
             int         depth)
{
  Frame *frame = &self->frames[depth];

  self->open = (guint) depth;
  validate_pop (self, frame->line, node, frame);
  if (self->error != NULL)
    return;

  switch (frame->kind)
    {
    case ELEMENT_SIGNAL:
      if (depth > 0 && self->frames[depth - 1].kind == ELEMENT_BASE)
        {
          alignment_xml_loader_add_base_signal (self, g_steal_pointer (&self->signal));
          break;
        }
      g_ptr_array_add (self->signals, g_steal_pointer (&self->signal));
      g_array_append_val (self->signal_lines, frame->line);
      break;

    case ELEMENT_STAKEHOLDER:
      if (depth > 1 && self->frames[depth - 2].kind == ELEMENT_BASE)
        g_list_store_append (alignment_xml_loader_base_list (self, ELEMENT_STAKEHOLDERS), self->stakeholder);
      else
        g_list_store_append (alignment_case_get_stakeholders (self->kase), self->stakeholder);
      g_clear_object (&self->stakeholder);
      break;

    case ELEMENT_STAKEHOLDERS:
    case ELEMENT_LESSONS:
      /* Known even when empty. */
      if (depth > 0 && self->frames[depth - 1].kind == ELEMENT_BASE)
        alignment_xml_loader_base_list (self, frame->kind);
      break;

    case ELEMENT_THREAD:
      g_list_store_append (alignment_case_get_thread_records (self->kase), self->thread_record);
      g_clear_object (&self->thread_record);
      break;

    case ELEMENT_TEXT:
      if (frame->field == FIELD_LESSON)
        {
          if (depth > 1 && self->frames[depth - 2].kind == ELEMENT_BASE)
            g_list_store_append (alignment_xml_loader_base_list (self, ELEMENT_LESSONS), self->lesson);
          else
            g_list_store_append (alignment_case_get_lessons (self->kase), self->lesson);
          g_clear_object (&self->lesson);
        }
      alignment_xml_loader_end_survey (self, frame->kind, frame->field);
      break;

    case ELEMENT_SURVEY_ROUND:
    case ELEMENT_SURVEY_RESPONSE:
      alignment_xml_loader_end_survey (self, frame->kind, frame->field);
      break;

    case ELEMENT_GOVERNANCE:
    case ELEMENT_BOARDS:
    case ELEMENT_BOARD:
    case ELEMENT_LEVELS:
    case ELEMENT_LEVEL:
      alignment_xml_loader_end_governance (self, frame->kind);
      break;

    case ELEMENT_CASE:
    case ELEMENT_PERIOD:
    case ELEMENT_THREADS:
    case ELEMENT_SIGNALS:
    case ELEMENT_TRUST:
    case ELEMENT_ESTIMATE:
    case ELEMENT_EXCHANGE:
    case ELEMENT_CONFLICT:
    case ELEMENT_BASE:
    default:
      break;
    }
}

static gboolean
is_blank (const char *text)
{
  for (; *text != '\0'; text++)
    if (*text != ' ' && *text != '\t' && *text != '\n' && *text != '\r')
      return FALSE;
  return TRUE;
}

static void
read_text (Loader     *self,
           xmlNodePtr  node,
           int         depth,
           const char *text)
{
  Frame *frame = depth > 0 ? &self->frames[depth - 1] : NULL;

  /* Beyond 65534 this comes from where XML_PARSE_BIG_LINES keeps it. */
  if (node != NULL)
    self->text_end_line = (guint) MAX (xmlGetLineNo (node), 0);

  if (frame == NULL)
    return;

  if (frame->kind == ELEMENT_TEXT)
    alignment_xml_loader_add_text (self, frame, text);
  else if (!is_blank (text))
    {
      g_autofree char *excerpt = g_utf8_substring (text, 0, MIN (g_utf8_strlen (text, 40), 30));

      alignment_xml_loader_fail (self, ALIGNMENT_XML_ERROR_INVALID,
                                 node != NULL ? (guint) MAX (xmlGetLineNo (node), 1) : frame->line,
                                 _("text is not allowed directly inside <%s>: “%s%s”"),
                                 frame->name, excerpt, g_utf8_strlen (text, 31) > 30 ? "…" : "");
      return;
    }

  if (self->full_node == NULL
      && xmlRelaxNGValidatePushCData (self->validator, BAD_CAST text, (int) strlen (text)) != 1)
    alignment_xml_loader_fail_from_validator (self, frame->line, node, frame, FALSE);
}

static void
handle_node (Loader   *self,
             gboolean *skip)
{
  xmlTextReaderPtr reader = self->reader;
  xmlNodePtr node = xmlTextReaderCurrentNode (reader);
  int depth = xmlTextReaderDepth (reader);
  int type = xmlTextReaderNodeType (reader);

  switch (type)
    {
    case XML_READER_TYPE_ELEMENT:
      *skip = start_element (self, node, depth, xmlTextReaderIsEmptyElement (reader));
      self->text_end_line = 0;
      break;

    case XML_READER_TYPE_END_ELEMENT:
      if (depth >= 0 && depth < MAX_DEPTH)
        end_element (self, node, depth);
      self->text_end_line = 0;
      break;

    case XML_READER_TYPE_TEXT:
    case XML_READER_TYPE_CDATA:
    case XML_READER_TYPE_WHITESPACE:
    case XML_READER_TYPE_SIGNIFICANT_WHITESPACE:
      if (depth > 0 && depth <= MAX_DEPTH)
        read_text (self, node, depth, (const char *) xmlTextReaderConstValue (reader));
      break;

    case XML_READER_TYPE_DOCUMENT_TYPE:
    case XML_READER_TYPE_ENTITY:
    case XML_READER_TYPE_ENTITY_REFERENCE:
    case XML_READER_TYPE_NOTATION:
      /* Only if the prolog scan missed it; it does not. */
      alignment_xml_loader_fail_forbidden (self, (guint) MAX (xmlTextReaderGetParserLineNumber (reader), 1));
      break;

    default:
      /* Comments, processing instructions */
      self->text_end_line = 0;
      break;
    }
}

/* Splits the problems of the finished case into the refusals (see
 * alignment_problem_refuses_file()) and the rest, which the editor shows. */
static void
check_consistency (Loader *self)
{
  g_autoptr(GPtrArray) problems = alignment_case_check (self->kase);

  for (guint i = 0; i < problems->len; i++)
    {
      AlignmentProblem *problem = g_ptr_array_index (problems, i);
      guint line = problem->position < self->signal_lines->len
                   ? g_array_index (self->signal_lines, guint, problem->position) : 1;
      AlignmentSignalList *list = alignment_case_get_signals (self->kase);

      if (!alignment_problem_refuses_file (problem))
        continue;

      if (problem->kind == ALIGNMENT_PROBLEM_DUPLICATE_ID)
        {
          int first = alignment_signal_list_find_id (list, problem->signal_id);
          guint first_line = first >= 0 && (guint) first < self->signal_lines->len
                             ? g_array_index (self->signal_lines, guint, first) : 0;

          alignment_xml_loader_fail (self, ALIGNMENT_XML_ERROR_INCONSISTENT, line,
                                     _("two signals have the id %s (the other one is on line %u); every signal needs an id of its own"),
                                     problem->signal_id, first_line);
        }
      else
        alignment_xml_loader_fail (self, ALIGNMENT_XML_ERROR_INCONSISTENT, line, "%s", problem->message);
      return;
    }
}

static AlignmentCase *
loader_run (Loader *self)
{
  gboolean skip = FALSE;

  self->validator = xmlRelaxNGNewValidCtxt (alignment_xml_get_stream_schema ());
  xmlRelaxNGSetValidStructuredErrors (self->validator, alignment_xml_loader_on_error, self);
  xmlTextReaderSetStructuredErrorHandler (self->reader, alignment_xml_loader_on_error, self);

  self->kase = alignment_case_new ();
  self->signals = g_ptr_array_new_with_free_func (g_object_unref);
  self->signal_lines = g_array_new (FALSE, FALSE, sizeof (guint));

  while (self->error == NULL)
    {
      int ret;

      if (skip)
        ret = xmlTextReaderNext (self->reader);
      else
        ret = xmlTextReaderRead (self->reader);
      skip = FALSE;

      if (self->problem.set && self->problem.domain != XML_FROM_RELAXNGV)
        {
          alignment_xml_loader_fail_from_parser (self);
          break;
        }
      if (ret < 0)
        {
          alignment_xml_loader_fail (self, ALIGNMENT_XML_ERROR_NOT_WELL_FORMED,
                                     (guint) MAX (xmlTextReaderGetParserLineNumber (self->reader), 1),
                                     _("the file could not be read"));
          break;
        }
      if (ret == 0)
        break;

      if ((++self->n_nodes & 0xfff) == 0 && g_cancellable_is_cancelled (self->cancellable))
        {
          g_cancellable_set_error_if_cancelled (self->cancellable, &self->error);
          break;
        }

      handle_node (self, &skip);
    }

  if (self->error == NULL && !self->seen_root)
    alignment_xml_loader_fail (self, ALIGNMENT_XML_ERROR_NOT_WELL_FORMED, 1, _("the file is empty"));

  if (self->error == NULL)
    {
      alignment_signal_list_splice (alignment_case_get_signals (self->kase), 0, 0,
                                    (AlignmentSignal **) self->signals->pdata,
                                    self->signals->len);
      check_consistency (self);
    }

  if (self->error != NULL)
    {
      /* A file cut short: the signals read whole before the cut, with
       * the error, for the user to take or leave.  Never for a file
       * refused for what it holds (invalid, inconsistent, a DTD). */
      if (self->keep_partial && self->seen_root
          && g_error_matches (self->error, ALIGNMENT_XML_ERROR, ALIGNMENT_XML_ERROR_NOT_WELL_FORMED))
        {
          alignment_signal_list_splice (alignment_case_get_signals (self->kase), 0, 0,
                                        (AlignmentSignal **) self->signals->pdata,
                                        self->signals->len);
          return g_steal_pointer (&self->kase);
        }
      return NULL;
    }

  return g_steal_pointer (&self->kase);
}

static void
loader_clear (Loader *self)
{
  g_clear_pointer (&self->reader, xmlFreeTextReader);
  g_clear_pointer (&self->validator, xmlRelaxNGFreeValidCtxt);
  g_clear_object (&self->kase);
  g_clear_object (&self->signal);
  g_clear_object (&self->stakeholder);
  g_clear_object (&self->lesson);
  g_clear_object (&self->thread_record);
  g_clear_object (&self->board);
  g_clear_object (&self->level);
  alignment_xml_loader_clear_survey (self);
  g_clear_pointer (&self->signals, g_ptr_array_unref);
  g_clear_pointer (&self->signal_lines, g_array_unref);
  alignment_xml_problem_clear (&self->problem);
}

AlignmentCase *
alignment_case_load_from_data (const char  *data,
                               gsize        length,
                               const char  *name,
                               GError     **error)
{
  Loader self = { 0, };
  AlignmentXmlQuiet quiet;
  PrologScanner scan;
  AlignmentCase *kase;

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self.name = name;

  /* libxml2 takes an int for the length. */
  if (length > G_MAXINT)
    {
      alignment_xml_loader_fail (&self, ALIGNMENT_XML_ERROR_INVALID, 1, _("the file is too large (more than 2 GB)"));
      g_propagate_error (error, self.error);
      return NULL;
    }

  if (length == 0)
    {
      alignment_xml_loader_fail (&self, ALIGNMENT_XML_ERROR_NOT_WELL_FORMED, 1, _("the file is empty"));
      g_propagate_error (error, self.error);
      return NULL;
    }

  alignment_xml_prolog_scanner_init (&scan);
  alignment_xml_prolog_scan (&scan, data, length);
  if (scan.state == PROLOG_DOCTYPE)
    {
      alignment_xml_loader_fail_forbidden (&self, scan.line);
      g_propagate_error (error, self.error);
      return NULL;
    }

  self.scan = &scan;
  self.data = data;
  self.length = length;
  alignment_xml_get_stream_schema ();
  /* From the first bytes on: the reader converts them as it is made. */
  alignment_xml_quiet_begin (&quiet);
  self.reader = xmlReaderForMemory (data, (int) length, NULL, "UTF-8", READER_OPTIONS);
  if (self.reader == NULL)
    alignment_xml_loader_fail (&self, ALIGNMENT_XML_ERROR_NOT_WELL_FORMED, 1, _("the file could not be read"));

  kase = self.error == NULL ? loader_run (&self) : NULL;
  loader_clear (&self);
  alignment_xml_quiet_end (&quiet);

  if (kase == NULL)
    g_propagate_error (error, self.error);

  return kase;
}

typedef struct
{
  Loader        *loader;
  GInputStream  *stream;
  GCancellable  *cancellable;
  PrologScanner  scan;
  gsize          total;
  GError        *error;
  /* The file's size when known, else 0, and who wants to follow. */
  goffset        size;
  GFileProgressCallback progress;
  gpointer       progress_data;
} StreamSource;

/* Feeds libxml2 from a GInputStream, through the prolog scanner: a
 * document type declaration ends the stream before libxml2 sees it
 * whole.  libxml2 asks for 4 KB at a time, so the file is never in
 * memory as a whole. */
static int
stream_source_read (void *context,
                    char *buffer,
                    int   length)
{
  StreamSource *source = context;
  gssize n;

  if (source->scan.state == PROLOG_DOCTYPE || source->error != NULL)
    return -1;

  n = g_input_stream_read (source->stream, buffer, (gsize) length, source->cancellable, &source->error);
  if (n < 0)
    return -1;

  source->total += (gsize) n;
  source->loader->newlines_read += alignment_xml_count_newlines (buffer, (gsize) n);
  if (source->progress != NULL)
    source->progress ((goffset) source->total, source->size, source->progress_data);
  if (source->scan.state < PROLOG_DONE)
    {
      alignment_xml_prolog_scan (&source->scan, buffer, (gsize) n);
      if (source->scan.state == PROLOG_DOCTYPE)
        return -1;
    }

  return (int) n;
}

char *
alignment_xml_display_basename (GFile *file)
{
  g_autofree char *basename = g_file_get_basename (file);

  return basename != NULL ? g_filename_display_name (basename) : g_file_get_parse_name (file);
}

AlignmentCase *
alignment_case_load (GFile         *file,
                     GCancellable  *cancellable,
                     GError       **error)
{
  return alignment_case_load_with_progress (file, NULL, NULL, cancellable, error);
}

static AlignmentCase *
load_stream (GFile                 *file,
             GFileProgressCallback  progress,
             gpointer               progress_data,
             gboolean               keep_partial,
             GCancellable          *cancellable,
             GError               **error)
{
  g_autoptr(GFileInputStream) input = NULL;
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GInputStream) buffered = NULL;
  g_autofree char *name = NULL;
  StreamSource source = { 0, };
  Loader self = { 0, };
  AlignmentXmlQuiet quiet;
  AlignmentCase *kase = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  input = g_file_read (file, cancellable, error);
  if (input == NULL)
    return NULL;

  /* Fewer, larger reads than the 4 KB libxml2 asks for. */
  buffered = g_buffered_input_stream_new_sized (G_INPUT_STREAM (input), 256 * 1024);

  name = alignment_xml_display_basename (file);
  self.name = name;
  self.cancellable = cancellable;

  source.loader = &self;
  source.stream = buffered;
  source.cancellable = cancellable;
  source.progress = progress;
  source.progress_data = progress_data;
  if (progress != NULL)
    {
      /* A size the stream cannot tell (a pipe, some remote files) stays
       * 0: the progress is then only a count of bytes. */
      info = g_file_input_stream_query_info (input, G_FILE_ATTRIBUTE_STANDARD_SIZE, cancellable, NULL);
      if (info != NULL && g_file_info_has_attribute (info, G_FILE_ATTRIBUTE_STANDARD_SIZE))
        source.size = g_file_info_get_size (info);
    }
  alignment_xml_prolog_scanner_init (&source.scan);
  self.scan = &source.scan;
  self.streaming = TRUE;
  self.keep_partial = keep_partial;

  alignment_xml_get_stream_schema ();
  alignment_xml_quiet_begin (&quiet);
  self.reader = xmlReaderForIO (stream_source_read, NULL, &source, NULL, "UTF-8", READER_OPTIONS);
  if (self.reader == NULL)
    alignment_xml_loader_fail (&self, ALIGNMENT_XML_ERROR_NOT_WELL_FORMED, 1, _("the file could not be read"));
  else
    kase = loader_run (&self);

  /* The stream's own story comes first: a read error or a refused DTD
   * shows up in libxml2 only as a truncated document. */
  if (source.error != NULL)
    {
      g_clear_error (&self.error);
      /* A read that failed is a cut too, unless the user called it off. */
      if (!keep_partial || g_error_matches (source.error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_clear_object (&kase);
      g_propagate_prefixed_error (error, g_steal_pointer (&source.error), "%s: ", name);
    }
  else if (source.scan.state == PROLOG_DOCTYPE)
    {
      g_clear_error (&self.error);
      g_clear_object (&kase);
      alignment_xml_loader_fail_forbidden (&self, source.scan.line);
    }
  else if (source.total == 0)
    {
      /* libxml2 calls an empty stream "extra content at the end". */
      g_clear_error (&self.error);
      g_clear_object (&kase);
      alignment_xml_loader_fail (&self, ALIGNMENT_XML_ERROR_NOT_WELL_FORMED, 1, _("the file is empty"));
    }

  loader_clear (&self);
  alignment_xml_quiet_end (&quiet);

  if (self.error != NULL && (kase == NULL || keep_partial))
    g_propagate_error (error, self.error);
  else
    g_clear_error (&self.error);

  return kase;
}

AlignmentCase *
alignment_case_load_with_progress (GFile                 *file,
                                   GFileProgressCallback  progress,
                                   gpointer               progress_data,
                                   GCancellable          *cancellable,
                                   GError               **error)
{
  return load_stream (file, progress, progress_data, FALSE, cancellable, error);
}

/* Larger than the largest case anyone keeps (100 000 signals are about
 * 85 MB). */
#define PARTIAL_MAX_BYTES (256 * 1024 * 1024)

/* The reader walks a little behind libxml2's parser, so a cut found in
 * the chunk that also closed a signal loses that signal.  The text up
 * to the last signal closed, closed as the format ends (the signals
 * come last), gives them all, and is checked as any case is. */
static AlignmentCase *
load_closed_prefix (GFile        *file,
                    GCancellable *cancellable)
{
  static const char close[] = "\n  </signals>\n</case>\n";
  g_autofree char *contents = NULL;
  g_autofree char *name = alignment_xml_display_basename (file);
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GString) text = NULL;
  const char *last, *signals;
  gsize length;

  /* This reads the file into memory, which a streamed load never does:
   * only for a file of a size a case has. */
  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE, G_FILE_QUERY_INFO_NONE, cancellable, NULL);
  if (info == NULL || g_file_info_get_size (info) > PARTIAL_MAX_BYTES)
    return NULL;

  if (!g_file_load_contents (file, cancellable, &contents, &length, NULL, NULL))
    return NULL;

  last = g_strrstr_len (contents, (gssize) length, "</signal>");
  signals = g_strstr_len (contents, (gssize) length, "<signals>");
  if (last == NULL || signals == NULL || signals > last)
    return NULL;

  text = g_string_new_len (contents, last + strlen ("</signal>") - contents);
  g_string_append (text, close);
  return alignment_case_load_from_data (text->str, text->len, name, NULL);
}

AlignmentCase *
alignment_case_load_partial (GFile         *file,
                             GCancellable  *cancellable,
                             GError       **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(AlignmentCase) kase = load_stream (file, NULL, NULL, TRUE, cancellable, &local_error);

  if (local_error == NULL || kase == NULL)
    {
      if (local_error != NULL)
        g_propagate_error (error, g_steal_pointer (&local_error));
      return g_steal_pointer (&kase);
    }

  {
    g_autoptr(AlignmentCase) closed = load_closed_prefix (file, cancellable);

    if (closed != NULL
        && alignment_signal_list_get_n (alignment_case_get_signals (closed))
           >= alignment_signal_list_get_n (alignment_case_get_signals (kase)))
      g_set_object (&kase, closed);
  }

  g_propagate_error (error, g_steal_pointer (&local_error));
  return g_steal_pointer (&kase);
}

