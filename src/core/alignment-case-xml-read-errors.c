/* alignment-case-xml-read-errors.c: the loader's messages
 *
 * Every problem a load meets becomes one GError, worded for the person
 * who opened the file: libxml2's parser and validator errors are caught
 * here and explained.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "alignment-i18n.h"

#include "alignment-case-xml-read-private.h"

void
alignment_xml_problem_clear (XmlProblem *problem)
{
  g_free (problem->message);
  g_free (problem->str1);
  g_free (problem->str2);
  memset (problem, 0, sizeof *problem);
}

void
alignment_xml_loader_on_error (void        *data,
                               xmlErrorPtr  error)
{
  Loader *self = data;

  /* Warnings (an odd namespace URI, say) do not stop a load. */
  if (error == NULL || error->level == XML_ERR_WARNING || self->problem.set)
    return;

  self->problem.set = TRUE;
  self->problem.domain = error->domain;
  self->problem.code = error->code;
  self->problem.line = error->line;
  self->problem.int1 = error->int1;
  self->problem.message = g_strdup (error->message);
  self->problem.str1 = g_strdup (error->str1);
  self->problem.str2 = g_strdup (error->str2);
}

void
alignment_xml_loader_fail (Loader            *self,
                           AlignmentXmlError  code,
                           guint              line,
                           const char        *format,
                           ...)
{
  g_autofree char *message = NULL;
  va_list args;

  if (self->error != NULL)
    return;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  /* Messages quote the file, and the file may be anything: what reaches
   * the user is valid UTF-8 whatever it quotes. */
  if (!g_utf8_validate (message, -1, NULL))
    {
      char *valid = g_utf8_make_valid (message, -1);

      g_free (message);
      message = valid;
    }

  if (self->name != NULL)
    self->error = g_error_new (ALIGNMENT_XML_ERROR, code, "%s:%u: %s", self->name, line, message);
  else
    self->error = g_error_new (ALIGNMENT_XML_ERROR, code, _("line %u: %s"), line, message);
}

/* libxml2's text, made to fit after "file:line: ": no trailing newline
 * or full stop, no internal function names. */
static char *
clean_libxml_message (const char *message)
{
  g_autoptr(GString) text = g_string_new (message != NULL ? message : "");
  const char *colon;
  const char *newline;

  /* What follows the first line is libxml2 quoting the document, cut at
   * a byte count: not something to show. */
  newline = strchr (text->str, '\n');
  if (newline != NULL)
    g_string_truncate (text, newline - text->str);

  while (text->len > 0 && g_ascii_isspace (text->str[text->len - 1]))
    g_string_truncate (text, text->len - 1);

  /* "xmlSAX2Characters: huge text node" and the like */
  colon = strstr (text->str, ": ");
  if (colon != NULL && g_str_has_prefix (text->str, "xml"))
    g_string_erase (text, 0, colon + 2 - text->str);

  if (text->len > 0)
    text->str[0] = g_ascii_tolower (text->str[0]);

  return g_string_free (g_steal_pointer (&text), FALSE);
}

guint
alignment_xml_count_newlines (const char *data,
                              gsize       length)
{
  const char *end = data + length;
  guint n = 0;

  while ((data = memchr (data, '\n', (gsize) (end - data))) != NULL)
    {
      n++;
      data++;
    }

  return n;
}

/* The number of the input's last line, to tell a file that stops in the
 * middle from one that is broken in the middle. */
static guint
last_line (Loader *self)
{
  if (self->streaming)
    return (guint) self->newlines_read + 1;
  return alignment_xml_count_newlines (self->data, self->length) + 1;
}

/* What each of libxml2's parser errors means to someone opening a case
 * file, and what of the error the message quotes. */
typedef enum
{
  QUOTE_NOTHING,
  QUOTE_ELEMENT,      /* str1, or "case" */
  QUOTE_MISMATCH,     /* str1, int1, str2 */
  QUOTE_ENTITY,       /* str1 */
} ParserQuote;

typedef struct
{
  int                code;
  AlignmentXmlError  error;
  ParserQuote        quote;
  const char        *format;
} ParserMessage;

static const ParserMessage parser_messages[] = {
  { XML_ERR_DOCUMENT_EMPTY, ALIGNMENT_XML_ERROR_NOT_WELL_FORMED, QUOTE_NOTHING,
    N_("the file is empty") },
  { XML_ERR_DOCUMENT_START, ALIGNMENT_XML_ERROR_NOT_WELL_FORMED, QUOTE_NOTHING,
    N_("this is not a case file: it is not XML") },
  { XML_ERR_INVALID_CHAR, ALIGNMENT_XML_ERROR_NOT_WELL_FORMED, QUOTE_NOTHING,
    N_("the file holds bytes that are not UTF-8 text: it is not a case file, or it is damaged") },
  { XML_ERR_INVALID_ENCODING, ALIGNMENT_XML_ERROR_NOT_WELL_FORMED, QUOTE_NOTHING,
    N_("the file holds bytes that are not UTF-8 text: it is not a case file, or it is damaged") },
  { XML_ERR_UNKNOWN_ENCODING, ALIGNMENT_XML_ERROR_NOT_WELL_FORMED, QUOTE_NOTHING,
    N_("the file holds bytes that are not UTF-8 text: it is not a case file, or it is damaged") },
  { XML_ERR_UNSUPPORTED_ENCODING, ALIGNMENT_XML_ERROR_NOT_WELL_FORMED, QUOTE_NOTHING,
    N_("the file holds bytes that are not UTF-8 text: it is not a case file, or it is damaged") },
  /* xgettext:c-format */
  { XML_ERR_TAG_NOT_FINISHED, ALIGNMENT_XML_ERROR_NOT_WELL_FORMED, QUOTE_ELEMENT,
    N_("the file ends before <%s> is closed: it is incomplete") },
  /* xgettext:c-format */
  { XML_ERR_TAG_NAME_MISMATCH, ALIGNMENT_XML_ERROR_NOT_WELL_FORMED, QUOTE_MISMATCH,
    N_("<%s> (opened on line %d) is closed by </%s>") },
  { XML_ERR_DOCUMENT_END, ALIGNMENT_XML_ERROR_NOT_WELL_FORMED, QUOTE_NOTHING,
    N_("there is more in the file after the end of the case") },
  /* xgettext:c-format */
  { XML_ERR_UNDECLARED_ENTITY, ALIGNMENT_XML_ERROR_NOT_WELL_FORMED, QUOTE_ENTITY,
    N_("“&%s;” is not a character XML knows (write “&amp;” for “&”)") },
  /* xgettext:c-format */
  { XML_WAR_UNDECLARED_ENTITY, ALIGNMENT_XML_ERROR_NOT_WELL_FORMED, QUOTE_ENTITY,
    N_("“&%s;” is not a character XML knows (write “&amp;” for “&”)") },
  { XML_ERR_ENTITYREF_SEMICOL_MISSING, ALIGNMENT_XML_ERROR_NOT_WELL_FORMED, QUOTE_NOTHING,
    N_("an “&” on its own must be written “&amp;” in a case file") },
  { XML_ERR_ENTITY_LOOP, ALIGNMENT_XML_ERROR_FORBIDDEN, QUOTE_NOTHING,
    N_("the file uses entities, which case files may not use") },
  { XML_ERR_ENTITY_BOUNDARY, ALIGNMENT_XML_ERROR_FORBIDDEN, QUOTE_NOTHING,
    N_("the file uses entities, which case files may not use") },
  { XML_ERR_ENTITY_PE_INTERNAL, ALIGNMENT_XML_ERROR_FORBIDDEN, QUOTE_NOTHING,
    N_("the file uses entities, which case files may not use") },
  { XML_ERR_EXT_ENTITY_STANDALONE, ALIGNMENT_XML_ERROR_FORBIDDEN, QUOTE_NOTHING,
    N_("the file uses entities, which case files may not use") },
};

static const ParserMessage *
parser_message (int code)
{
  for (guint i = 0; i < G_N_ELEMENTS (parser_messages); i++)
    if (parser_messages[i].code == code)
      return &parser_messages[i];
  return NULL;
}

/* The formats come from parser_messages[] above, each written for the
 * arguments its quote names. */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
static void
fail_with_message (Loader              *self,
                   guint                line,
                   const ParserMessage *message)
{
  XmlProblem *p = &self->problem;
  const char *format = _(message->format);

  switch (message->quote)
    {
    case QUOTE_ELEMENT:
      alignment_xml_loader_fail (self, message->error, line, format,
                                 p->str1 != NULL ? p->str1 : "case");
      break;
    case QUOTE_MISMATCH:
      alignment_xml_loader_fail (self, message->error, line, format,
                                 p->str1 != NULL ? p->str1 : "?", p->int1,
                                 p->str2 != NULL ? p->str2 : "?");
      break;
    case QUOTE_ENTITY:
      alignment_xml_loader_fail (self, message->error, line, format,
                                 p->str1 != NULL ? p->str1 : "");
      break;
    case QUOTE_NOTHING:
    default:
      alignment_xml_loader_fail (self, message->error, line, "%s", format);
      break;
    }
}
#pragma GCC diagnostic pop

/* libxml2 words a text node over its limit as a memory problem. */
static gboolean
is_huge_text (const char *detail)
{
  return strstr (detail, "huge") != NULL || strstr (detail, "Huge") != NULL;
}

/* A problem that libxml2's parser found: the file is not (well-formed)
 * XML, or it broke one of libxml2's limits. */
void
alignment_xml_loader_fail_from_parser (Loader *self)
{
  XmlProblem *p = &self->problem;
  guint line = (guint) MAX (p->line, 1);
  g_autofree char *detail = clean_libxml_message (p->message);
  const ParserMessage *message;

  if (p->domain == XML_FROM_NAMESPACE)
    {
      alignment_xml_loader_fail (self, ALIGNMENT_XML_ERROR_NOT_WELL_FORMED, line,
                                 _("the file is not well-formed XML: %s"), detail);
      return;
    }

  /* libxml2 calls text that is not XML at all an empty document, or
   * bad encoding, or anything. */
  if (self->scan != NULL && self->scan->not_xml
      && (p->code == XML_ERR_DOCUMENT_EMPTY || p->code == XML_ERR_DOCUMENT_START
          || p->code == XML_ERR_INVALID_CHAR || p->code == XML_ERR_INVALID_ENCODING))
    {
      alignment_xml_loader_fail (self, ALIGNMENT_XML_ERROR_NOT_WELL_FORMED, line,
                                 _("this is not a case file: it is not XML"));
      return;
    }

  if ((message = parser_message (p->code)) != NULL)
    fail_with_message (self, line, message);
  else if ((p->code == XML_ERR_NO_MEMORY || p->code == XML_ERR_INTERNAL_ERROR)
           && is_huge_text (detail) && self->open > 0)
    /* Text nodes are limited to 10 000 000 bytes without XML_PARSE_HUGE. */
    alignment_xml_loader_fail (self, ALIGNMENT_XML_ERROR_INVALID, self->frames[self->open - 1].line,
                               _("the text of <%s> is too long: a field may hold at most 10 000 000 bytes"),
                               self->frames[self->open - 1].name);
  else if ((p->code == XML_ERR_NO_MEMORY || p->code == XML_ERR_INTERNAL_ERROR)
           && is_huge_text (detail))
    alignment_xml_loader_fail (self, ALIGNMENT_XML_ERROR_INVALID, line,
                               _("a text in the file is too long: a field may hold at most 10 000 000 bytes"));
  else if (p->code == XML_ERR_NO_MEMORY || p->code == XML_ERR_INTERNAL_ERROR)
    alignment_xml_loader_fail (self, ALIGNMENT_XML_ERROR_NOT_WELL_FORMED, line,
                               _("the file could not be read: %s"), detail);
  else if (line >= last_line (self))
    /* Cut off in the middle of a tag, an attribute, a comment…:
     * libxml2 names whatever it was reading. */
    alignment_xml_loader_fail (self, ALIGNMENT_XML_ERROR_NOT_WELL_FORMED, line,
                               _("the file stops in the middle: it is incomplete (%s)"), detail);
  else
    alignment_xml_loader_fail (self, ALIGNMENT_XML_ERROR_NOT_WELL_FORMED, line,
                               _("the file is not well-formed XML: %s"), detail);
}

void
alignment_xml_loader_fail_forbidden (Loader *self,
                                     guint   line)
{
  alignment_xml_loader_fail (self, ALIGNMENT_XML_ERROR_FORBIDDEN, line,
                             _("the file declares a document type (DTD); case files may not, "
                               "because a DTD can make a file read other files or grow without end"));
}

/* The order of children that the schema asks for, to explain an element
 * out of place. */
static const char *
expected_order (ElementKind kind)
{
  switch (kind)
    {
    case ELEMENT_CASE:
      return "title, customer, provider, period, context, stakeholders, lessons, threads, governance, signals";
    case ELEMENT_SIGNAL:
      return "trigger, recipients, message, goal, reaction, trust, trust";
    case ELEMENT_STAKEHOLDER:
      return "name, function";
    default:
      /* The others hold text, nothing, or one kind of child. */
      return NULL;
    }
}

/* A problem that the RELAX NG validator found at @node, on @line, inside
 * the element of @frame. */
void
alignment_xml_loader_fail_from_validator (Loader     *self,
                                          guint       line,
                                          xmlNodePtr  node,
                                          Frame      *frame,
                                          gboolean    closing)
{
  XmlProblem *p = &self->problem;
  g_autofree char *detail = clean_libxml_message (p->message);
  const char *order = frame != NULL ? expected_order (frame->kind) : NULL;

  if (closing && frame != NULL && frame->kind == ELEMENT_CASE)
    alignment_xml_loader_fail (self, ALIGNMENT_XML_ERROR_INVALID, line, _("the case has no <title>"));
  else if (!closing && order != NULL && p->set && p->code == XML_RELAXNG_ERR_ELEMWRONG)
    alignment_xml_loader_fail (self, ALIGNMENT_XML_ERROR_INVALID, line,
                               _("<%s> is out of place or repeated: inside <%s> the order is %s, each at most once"),
                               node->name, frame->name, order);
  else if (frame != NULL)
    alignment_xml_loader_fail (self, ALIGNMENT_XML_ERROR_INVALID, line,
                               _("<%s> does not follow the case format: %s"), frame->name, detail);
  else
    alignment_xml_loader_fail (self, ALIGNMENT_XML_ERROR_INVALID, line,
                               _("the file does not follow the case format: %s"), detail);
}
