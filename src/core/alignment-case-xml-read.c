/* alignment-case-xml-read.c: loading the .alignment file format
 *
 * Loading streams the document through libxml2's xmlTextReader and builds
 * the model as it goes, never a whole tree, so that a case of a hundred
 * thousand signals loads in about the time libxml2 takes to parse it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <libxml/parser.h>
#include <libxml/relaxng.h>
#include <libxml/xmlreader.h>
#include <libxml/xmlsave.h>
#include <libxml/xmlwriter.h>

#include "alignment-case.h"
#include "alignment-case-xml.h"
#include "alignment-case-xml-private.h"
#include "alignment-check.h"
#include "alignment-core-resources.h"
#include "alignment-date.h"
#include "alignment-enums.h"
#include "alignment-lesson.h"
#include "alignment-signal.h"
#include "alignment-signal-list.h"
#include "alignment-stakeholder.h"


/* Deeper than any element of the format; foreign subtrees are skipped
 * whole and never count. */
#define MAX_DEPTH 8


/* NONET: never fetch anything.  Never NOENT (external entities would read
 * local files), DTDLOAD, or HUGE (which lifts the limits on entity
 * expansion and text size).  IGNORE_ENC with the encoding forced to UTF-8
 * keeps the prolog scan below honest: the bytes it reads are the
 * characters libxml2 parses.  BIG_LINES keeps line numbers past 65535 for
 * messages. */
#define READER_OPTIONS (XML_PARSE_NONET | XML_PARSE_NOCDATA | XML_PARSE_COMPACT \
                        | XML_PARSE_IGNORE_ENC | XML_PARSE_BIG_LINES)

/* ---- Loading ------------------------------------------------------------ */

typedef enum
{
  ELEMENT_CASE,
  ELEMENT_TEXT,
  ELEMENT_PERIOD,
  ELEMENT_STAKEHOLDERS,
  ELEMENT_STAKEHOLDER,
  ELEMENT_LESSONS,
  ELEMENT_SIGNALS,
  ELEMENT_SIGNAL,
  ELEMENT_TRUST,
} ElementKind;

/* The elements that hold text, and where it goes. */
typedef enum
{
  FIELD_TITLE,
  FIELD_CUSTOMER,
  FIELD_PROVIDER,
  FIELD_CONTEXT,
  FIELD_NAME,
  FIELD_FUNCTION,
  FIELD_LESSON,
  FIELD_TRIGGER,
  FIELD_RECIPIENTS,
  FIELD_MESSAGE,
  FIELD_GOAL,
  FIELD_REACTION,
} Field;

typedef struct
{
  ElementKind  kind;
  Field        field;
  guint        line;
  guint        n_texts;
  const char  *name;    /* the element's local name, from libxml2's dictionary */
} Frame;

/* The first problem libxml2 reported, copied out of its error struct. */
typedef struct
{
  gboolean  set;
  int       domain;
  int       code;
  int       line;
  int       int1;
  char     *message;
  char     *str1;
  char     *str2;
} XmlProblem;

typedef struct
{
  xmlTextReaderPtr        reader;
  xmlRelaxNGValidCtxtPtr  validator;
  const char             *name;
  const PrologScanner    *scan;
  const char             *data;          /* when loading from memory */
  gsize                   length;
  gsize                   newlines_read; /* when streaming */
  gboolean                streaming;
  GCancellable           *cancellable;
  GError                 *error;
  XmlProblem              problem;

  AlignmentCase          *kase;
  GPtrArray              *signals;       /* AlignmentSignal, owned */
  GArray                 *signal_lines;  /* guint, per signal */
  AlignmentSignal        *signal;        /* the one being read */
  AlignmentStakeholder   *stakeholder;
  AlignmentLesson        *lesson;
  guint                   trust_parties; /* bit per party rated in this signal */

  Frame                   frames[MAX_DEPTH];
  guint                   open;          /* elements open: frames in use */
  gboolean                seen_root;
  const xmlNs            *root_ns;       /* see is_ours() */
  xmlNodePtr              full_node;     /* validated as a whole, see validate_push() */
  guint                   text_end_line; /* where the last text node ended */
  guint                   n_nodes;
} Loader;

static void
xml_problem_clear (XmlProblem *problem)
{
  g_free (problem->message);
  g_free (problem->str1);
  g_free (problem->str2);
  memset (problem, 0, sizeof *problem);
}

static void
on_xml_error (void        *data,
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

static void fail (Loader            *self,
                  AlignmentXmlError  code,
                  guint              line,
                  const char        *format,
                  ...) G_GNUC_PRINTF (4, 5);

static void
fail (Loader            *self,
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

static guint
count_newlines (const char *data,
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
  return count_newlines (self->data, self->length) + 1;
}

/* A problem that libxml2's parser found: the file is not (well-formed)
 * XML, or it broke one of libxml2's limits. */
static void
fail_from_parser (Loader *self)
{
  XmlProblem *p = &self->problem;
  guint line = (guint) MAX (p->line, 1);
  g_autofree char *detail = clean_libxml_message (p->message);
  gboolean at_end = line >= last_line (self);

  if (p->domain == XML_FROM_NAMESPACE)
    {
      fail (self, ALIGNMENT_XML_ERROR_NOT_WELL_FORMED, line,
            _("the file is not well-formed XML: %s"), detail);
      return;
    }

  /* libxml2 calls text that is not XML at all an empty document, or
   * bad encoding, or anything. */
  if (self->scan != NULL && self->scan->not_xml
      && (p->code == XML_ERR_DOCUMENT_EMPTY || p->code == XML_ERR_DOCUMENT_START
          || p->code == XML_ERR_INVALID_CHAR || p->code == XML_ERR_INVALID_ENCODING))
    {
      fail (self, ALIGNMENT_XML_ERROR_NOT_WELL_FORMED, line,
            _("this is not a case file: it is not XML"));
      return;
    }

  switch (p->code)
    {
    case XML_ERR_DOCUMENT_EMPTY:
      fail (self, ALIGNMENT_XML_ERROR_NOT_WELL_FORMED, line,
            _("the file is empty"));
      break;

    case XML_ERR_DOCUMENT_START:
      fail (self, ALIGNMENT_XML_ERROR_NOT_WELL_FORMED, line,
            _("this is not a case file: it is not XML"));
      break;

    case XML_ERR_INVALID_CHAR:
    case XML_ERR_INVALID_ENCODING:
    case XML_ERR_UNKNOWN_ENCODING:
    case XML_ERR_UNSUPPORTED_ENCODING:
      fail (self, ALIGNMENT_XML_ERROR_NOT_WELL_FORMED, line,
            _("the file holds bytes that are not UTF-8 text: it is not a case file, or it is damaged"));
      break;

    case XML_ERR_TAG_NOT_FINISHED:
      fail (self, ALIGNMENT_XML_ERROR_NOT_WELL_FORMED, line,
            _("the file ends before <%s> is closed: it is incomplete"),
            p->str1 != NULL ? p->str1 : "case");
      break;

    case XML_ERR_TAG_NAME_MISMATCH:
      fail (self, ALIGNMENT_XML_ERROR_NOT_WELL_FORMED, line,
            _("<%s> (opened on line %d) is closed by </%s>"),
            p->str1 != NULL ? p->str1 : "?", p->int1, p->str2 != NULL ? p->str2 : "?");
      break;

    case XML_ERR_DOCUMENT_END:
      fail (self, ALIGNMENT_XML_ERROR_NOT_WELL_FORMED, line,
            _("there is more in the file after the end of the case"));
      break;

    case XML_ERR_UNDECLARED_ENTITY:
    case XML_WAR_UNDECLARED_ENTITY:
      fail (self, ALIGNMENT_XML_ERROR_NOT_WELL_FORMED, line,
            _("“&%s;” is not a character XML knows (write “&amp;” for “&”)"),
            p->str1 != NULL ? p->str1 : "");
      break;

    case XML_ERR_ENTITYREF_SEMICOL_MISSING:
      fail (self, ALIGNMENT_XML_ERROR_NOT_WELL_FORMED, line,
            _("an “&” on its own must be written “&amp;” in a case file"));
      break;

    case XML_ERR_ENTITY_LOOP:
    case XML_ERR_ENTITY_BOUNDARY:
    case XML_ERR_ENTITY_PE_INTERNAL:
    case XML_ERR_EXT_ENTITY_STANDALONE:
      fail (self, ALIGNMENT_XML_ERROR_FORBIDDEN, line,
            _("the file uses entities, which case files may not use"));
      break;

    case XML_ERR_NO_MEMORY:
    case XML_ERR_INTERNAL_ERROR:
      /* Text nodes are limited to 10 000 000 bytes without
       * XML_PARSE_HUGE, and libxml2 words that as a memory problem. */
      if ((strstr (detail, "huge") != NULL || strstr (detail, "Huge") != NULL) && self->open > 0)
        fail (self, ALIGNMENT_XML_ERROR_INVALID, self->frames[self->open - 1].line,
              _("the text of <%s> is too long: a field may hold at most 10 000 000 bytes"),
              self->frames[self->open - 1].name);
      else if (strstr (detail, "huge") != NULL || strstr (detail, "Huge") != NULL)
        fail (self, ALIGNMENT_XML_ERROR_INVALID, line,
              _("a text in the file is too long: a field may hold at most 10 000 000 bytes"));
      else
        fail (self, ALIGNMENT_XML_ERROR_NOT_WELL_FORMED, line,
              _("the file could not be read: %s"), detail);
      break;

    default:
      /* Cut off in the middle of a tag, an attribute, a comment…:
       * libxml2 names whatever it was reading. */
      if (at_end)
        fail (self, ALIGNMENT_XML_ERROR_NOT_WELL_FORMED, line,
              _("the file stops in the middle: it is incomplete (%s)"), detail);
      else
        fail (self, ALIGNMENT_XML_ERROR_NOT_WELL_FORMED, line,
              _("the file is not well-formed XML: %s"), detail);
      break;
    }
}

static void
fail_forbidden (Loader *self,
                guint   line)
{
  fail (self, ALIGNMENT_XML_ERROR_FORBIDDEN, line,
        _("the file declares a document type (DTD); case files may not, "
          "because a DTD can make a file read other files or grow without end"));
}

/* Most elements share the root's namespace declaration, which lives as
 * long as the reader: a pointer comparison saves a string comparison.
 * (Declarations of other elements are freed as the reader moves on, and
 * their addresses reused, so only the root's may be remembered.) */
static gboolean
is_ours (Loader     *self,
         xmlNodePtr  node)
{
  if (node->ns == NULL)
    return FALSE;
  return node->ns == self->root_ns
         || xmlStrEqual (node->ns->href, BAD_CAST ALIGNMENT_XML_NAMESPACE);
}

static const char *
attribute_value (xmlAttrPtr attr)
{
  xmlNodePtr text = attr->children;

  /* libxml2 keeps an attribute's value as a single text node unless it
   * holds entity references, which a case file cannot have. */
  if (text == NULL)
    return "";
  if (text->type == XML_TEXT_NODE && text->next == NULL && text->content != NULL)
    return (const char *) text->content;
  return NULL;
}

/* Same rule as the schema's version pattern: 1(\.[0-9]+)* */
static gboolean
version_is_readable (const char *version)
{
  const char *p = version;

  if (*p++ != '1')
    return FALSE;

  while (*p == '.')
    {
      p++;
      if (!g_ascii_isdigit (*p))
        return FALSE;
      while (g_ascii_isdigit (*p))
        p++;
    }

  return *p == '\0';
}

/* Same rule as the schema's id pattern: [0-9]+[A-Za-z]* */
static gboolean
id_is_valid (const char *id)
{
  const char *p = id;

  if (!g_ascii_isdigit (*p))
    return FALSE;
  while (g_ascii_isdigit (*p))
    p++;
  while (g_ascii_isalpha (*p))
    p++;
  return *p == '\0';
}

static gboolean
read_date (Loader     *self,
           guint       line,
           const char *value,
           guint32    *julian)
{
  gboolean shaped = strlen (value) == 10;

  *julian = alignment_date_parse_iso (value);
  if (*julian != 0)
    return TRUE;

  for (guint i = 0; shaped && i < 10; i++)
    shaped = (i == 4 || i == 7) ? value[i] == '-' : g_ascii_isdigit (value[i]);

  if (shaped)
    fail (self, ALIGNMENT_XML_ERROR_INVALID, line,
          _("“%s” is not a date: there is no such day"), value);
  else
    fail (self, ALIGNMENT_XML_ERROR_INVALID, line,
          _("“%s” is not a date (dates are written year-month-day, such as 2024-02-01)"), value);
  return FALSE;
}

static gboolean
read_enum (Loader     *self,
           guint       line,
           GType       type,
           const char *value,
           int        *result)
{
  /* "unknown" is a nick too, but a file leaves the attribute out. */
  if (alignment_enum_from_token (type, value, result) && *result != 0)
    return TRUE;

  if (type == ALIGNMENT_TYPE_SIGNAL_TYPE)
    fail (self, ALIGNMENT_XML_ERROR_INVALID, line,
          _("“%s” is not a signal type (expected request-sent, request-received, escalation-sent or alignment-event)"),
          value);
  else if (type == ALIGNMENT_TYPE_PARTY)
    fail (self, ALIGNMENT_XML_ERROR_INVALID, line,
          _("“%s” is not a party (expected customer or provider)"), value);
  else if (type == ALIGNMENT_TYPE_URGENCY)
    fail (self, ALIGNMENT_XML_ERROR_INVALID, line,
          _("“%s” is not an urgency (expected low, medium, high or very-high)"), value);
  else if (type == ALIGNMENT_TYPE_UNDERSTOOD)
    fail (self, ALIGNMENT_XML_ERROR_INVALID, line,
          _("“%s” does not say whether the signal was understood (expected yes or no)"), value);
  else
    fail (self, ALIGNMENT_XML_ERROR_INVALID, line,
          _("“%s” is not an impact on trust (expected positive, same or negative)"), value);
  return FALSE;
}

static void
fail_attribute (Loader     *self,
                guint       line,
                xmlNodePtr  node,
                xmlAttrPtr  attr)
{
  if (attr->ns != NULL && attr->ns->prefix != NULL)
    fail (self, ALIGNMENT_XML_ERROR_INVALID, line,
          _("<%s> has no attribute “%s:%s”"), node->name, attr->ns->prefix, attr->name);
  else
    fail (self, ALIGNMENT_XML_ERROR_INVALID, line,
          _("<%s> has no attribute “%s”"), node->name, attr->name);
}

/* Fetches the value of @attr, or fails: for the attributes of this format
 * a value is one text node. */
static const char *
value_or_fail (Loader     *self,
               guint       line,
               xmlNodePtr  node,
               xmlAttrPtr  attr)
{
  const char *value = attribute_value (attr);

  if (value == NULL)
    fail (self, ALIGNMENT_XML_ERROR_INVALID, line,
          _("the attribute “%s” of <%s> is not plain text"), attr->name, node->name);
  return value;
}

/* Elements with no attributes in the schema. */
static void
read_no_attributes (Loader     *self,
                    guint       line,
                    xmlNodePtr  node)
{
  if (node->properties != NULL)
    fail_attribute (self, line, node, node->properties);
}

static void
read_case (Loader     *self,
           guint       line,
           xmlNodePtr  node)
{
  const char *version = NULL;

  if (!xmlStrEqual (node->name, BAD_CAST "case") || !is_ours (self, node))
    {
      if (!xmlStrEqual (node->name, BAD_CAST "case"))
        fail (self, ALIGNMENT_XML_ERROR_NOT_A_CASE, line,
              _("this is not a case file: it holds <%s>, not <case>"), node->name);
      else if (node->ns == NULL)
        fail (self, ALIGNMENT_XML_ERROR_NOT_A_CASE, line,
              _("this is not a case file: <case> has no namespace (expected xmlns=\"%s\")"),
              ALIGNMENT_XML_NAMESPACE);
      else
        fail (self, ALIGNMENT_XML_ERROR_NOT_A_CASE, line,
              _("this is not a case file: <case> is in the namespace “%s”, not “%s”"),
              node->ns->href, ALIGNMENT_XML_NAMESPACE);
      return;
    }

  for (xmlAttrPtr attr = node->properties; attr != NULL && self->error == NULL; attr = attr->next)
    {
      if (attr->ns == NULL && xmlStrEqual (attr->name, BAD_CAST "version"))
        version = value_or_fail (self, line, node, attr);
      else
        fail_attribute (self, line, node, attr);
    }

  if (self->error != NULL)
    return;

  if (version == NULL)
    fail (self, ALIGNMENT_XML_ERROR_INVALID, line,
          _("<case> does not say which version of the format it follows (version=\"%s\")"),
          ALIGNMENT_XML_VERSION);
  else if (!version_is_readable (version))
    fail (self, ALIGNMENT_XML_ERROR_VERSION, line,
          _("the file is in version “%s” of the case format; this version of Alignment reads version 1"),
          version);
}

static void
read_period (Loader     *self,
             guint       line,
             xmlNodePtr  node)
{
  guint32 start = 0, end = 0;

  for (xmlAttrPtr attr = node->properties; attr != NULL && self->error == NULL; attr = attr->next)
    {
      const char *value;

      if (attr->ns != NULL
          || !(xmlStrEqual (attr->name, BAD_CAST "start") || xmlStrEqual (attr->name, BAD_CAST "end")))
        {
          fail_attribute (self, line, node, attr);
          break;
        }

      if ((value = value_or_fail (self, line, node, attr)) == NULL)
        break;

      read_date (self, line, value, xmlStrEqual (attr->name, BAD_CAST "start") ? &start : &end);
    }

  if (self->error != NULL)
    return;

  if (start != 0 && end != 0 && end < start)
    {
      char start_text[16], end_text[16];

      alignment_date_format_iso (start, start_text);
      alignment_date_format_iso (end, end_text);
      fail (self, ALIGNMENT_XML_ERROR_INCONSISTENT, line,
            _("the case period ends on %s, before it begins on %s"), end_text, start_text);
      return;
    }

  alignment_case_set_period_start (self->kase, start);
  alignment_case_set_period_end (self->kase, end);
}

static void
read_stakeholder (Loader     *self,
                  guint       line,
                  xmlNodePtr  node)
{
  int party = ALIGNMENT_PARTY_UNKNOWN;

  for (xmlAttrPtr attr = node->properties; attr != NULL && self->error == NULL; attr = attr->next)
    {
      const char *value;

      if (attr->ns != NULL || !xmlStrEqual (attr->name, BAD_CAST "party"))
        fail_attribute (self, line, node, attr);
      else if ((value = value_or_fail (self, line, node, attr)) != NULL)
        read_enum (self, line, ALIGNMENT_TYPE_PARTY, value, &party);
    }

  if (self->error == NULL)
    self->stakeholder = alignment_stakeholder_new ("", party, "");
}

static const char *const signal_attributes[] = {
  "id", "type", "sender", "start", "end", "understood", "urgency", "urgency-understood",
};

static void
read_signal (Loader     *self,
             guint       line,
             xmlNodePtr  node)
{
  AlignmentSignal *signal;

  self->signal = signal = alignment_signal_new (NULL);
  self->trust_parties = 0;

  for (xmlAttrPtr attr = node->properties; attr != NULL && self->error == NULL; attr = attr->next)
    {
      const char *name = (const char *) attr->name;
      const char *value;
      guint which;
      guint32 julian;
      int token;

      for (which = 0; which < G_N_ELEMENTS (signal_attributes); which++)
        if (strcmp (name, signal_attributes[which]) == 0)
          break;

      if (attr->ns != NULL || which == G_N_ELEMENTS (signal_attributes))
        {
          fail_attribute (self, line, node, attr);
          break;
        }

      if ((value = value_or_fail (self, line, node, attr)) == NULL)
        break;

      switch (which)
        {
        case 0:
          if (!id_is_valid (value))
            fail (self, ALIGNMENT_XML_ERROR_INVALID, line,
                  _("“%s” is not a signal id (an id is a thread number followed by letters, such as 2c)"),
                  value);
          else
            alignment_signal_set_id (signal, value);
          break;
        case 1:
          if (read_enum (self, line, ALIGNMENT_TYPE_SIGNAL_TYPE, value, &token))
            alignment_signal_set_signal_type (signal, token);
          break;
        case 2:
          if (read_enum (self, line, ALIGNMENT_TYPE_PARTY, value, &token))
            alignment_signal_set_sender (signal, token);
          break;
        case 3:
          if (read_date (self, line, value, &julian))
            alignment_signal_set_start_julian (signal, julian);
          break;
        case 4:
          if (read_date (self, line, value, &julian))
            alignment_signal_set_end_julian (signal, julian);
          break;
        case 5:
          if (read_enum (self, line, ALIGNMENT_TYPE_UNDERSTOOD, value, &token))
            alignment_signal_set_understood (signal, token);
          break;
        case 6:
          if (read_enum (self, line, ALIGNMENT_TYPE_URGENCY, value, &token))
            alignment_signal_set_urgency (signal, token);
          break;
        case 7:
        default:
          if (read_enum (self, line, ALIGNMENT_TYPE_URGENCY, value, &token))
            alignment_signal_set_urgency_understood (signal, token);
          break;
        }
    }

  if (self->error == NULL && *alignment_signal_get_id (signal) == '\0')
    fail (self, ALIGNMENT_XML_ERROR_INVALID, line, _("a signal has no id"));
}


static void
read_trust (Loader     *self,
            guint       line,
            xmlNodePtr  node)
{
  const char *id = alignment_signal_get_id (self->signal);
  int impact[ALIGNMENT_N_REALMS] = { 0, };
  int party = ALIGNMENT_PARTY_UNKNOWN;
  guint bit;

  for (xmlAttrPtr attr = node->properties; attr != NULL && self->error == NULL; attr = attr->next)
    {
      const char *value;
      guint realm;

      if (attr->ns != NULL)
        {
          fail_attribute (self, line, node, attr);
          break;
        }

      if ((value = value_or_fail (self, line, node, attr)) == NULL)
        break;

      if (xmlStrEqual (attr->name, BAD_CAST "party"))
        {
          read_enum (self, line, ALIGNMENT_TYPE_PARTY, value, &party);
          continue;
        }

      for (realm = 0; realm < ALIGNMENT_N_REALMS; realm++)
        if (xmlStrEqual (attr->name, BAD_CAST alignment_xml_realm_attributes[realm]))
          break;

      if (realm == ALIGNMENT_N_REALMS)
        fail_attribute (self, line, node, attr);
      else
        read_enum (self, line, ALIGNMENT_TYPE_IMPACT, value, &impact[realm]);
    }

  if (self->error != NULL)
    return;

  if (party == ALIGNMENT_PARTY_UNKNOWN)
    {
      fail (self, ALIGNMENT_XML_ERROR_INVALID, line,
            _("a trust rating of signal %s does not say whose trust it rates (party=\"customer\" or party=\"provider\")"),
            id);
      return;
    }

  bit = 1u << party;
  if (self->trust_parties & bit)
    {
      fail (self, ALIGNMENT_XML_ERROR_INCONSISTENT, line,
            party == ALIGNMENT_PARTY_CUSTOMER
            ? _("signal %s rates the customer’s trust twice")
            : _("signal %s rates the service provider’s trust twice"),
            id);
      return;
    }
  self->trust_parties |= bit;

  for (guint realm = 0; realm < ALIGNMENT_N_REALMS; realm++)
    alignment_signal_set_impact (self->signal, party, realm, impact[realm]);
}

/* The kind of a child element of ours named @name inside @parent, and
 * for text elements the field it fills; FALSE when the format has no such
 * element there. */
static gboolean
child_kind (ElementKind  parent,
            const char  *name,
            ElementKind *kind,
            Field       *field)
{
  static const struct {
    ElementKind  parent;
    const char  *name;
    ElementKind  kind;
    Field        field;
  } children[] = {
    { ELEMENT_CASE, "title", ELEMENT_TEXT, FIELD_TITLE },
    { ELEMENT_CASE, "customer", ELEMENT_TEXT, FIELD_CUSTOMER },
    { ELEMENT_CASE, "provider", ELEMENT_TEXT, FIELD_PROVIDER },
    { ELEMENT_CASE, "period", ELEMENT_PERIOD, 0 },
    { ELEMENT_CASE, "context", ELEMENT_TEXT, FIELD_CONTEXT },
    { ELEMENT_CASE, "stakeholders", ELEMENT_STAKEHOLDERS, 0 },
    { ELEMENT_CASE, "lessons", ELEMENT_LESSONS, 0 },
    { ELEMENT_CASE, "signals", ELEMENT_SIGNALS, 0 },
    { ELEMENT_STAKEHOLDERS, "stakeholder", ELEMENT_STAKEHOLDER, 0 },
    { ELEMENT_STAKEHOLDER, "name", ELEMENT_TEXT, FIELD_NAME },
    { ELEMENT_STAKEHOLDER, "function", ELEMENT_TEXT, FIELD_FUNCTION },
    { ELEMENT_LESSONS, "lesson", ELEMENT_TEXT, FIELD_LESSON },
    { ELEMENT_SIGNALS, "signal", ELEMENT_SIGNAL, 0 },
    { ELEMENT_SIGNAL, "trigger", ELEMENT_TEXT, FIELD_TRIGGER },
    { ELEMENT_SIGNAL, "recipients", ELEMENT_TEXT, FIELD_RECIPIENTS },
    { ELEMENT_SIGNAL, "message", ELEMENT_TEXT, FIELD_MESSAGE },
    { ELEMENT_SIGNAL, "goal", ELEMENT_TEXT, FIELD_GOAL },
    { ELEMENT_SIGNAL, "reaction", ELEMENT_TEXT, FIELD_REACTION },
    { ELEMENT_SIGNAL, "trust", ELEMENT_TRUST, 0 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (children); i++)
    {
      if (children[i].parent == parent && strcmp (children[i].name, name) == 0)
        {
          *kind = children[i].kind;
          *field = children[i].field;
          return TRUE;
        }
    }

  return FALSE;
}

static const char *
field_get (Loader *self,
           Field   field)
{
  switch (field)
    {
    case FIELD_TITLE: return alignment_case_get_title (self->kase);
    case FIELD_CUSTOMER: return alignment_case_get_customer_name (self->kase);
    case FIELD_PROVIDER: return alignment_case_get_provider_name (self->kase);
    case FIELD_CONTEXT: return alignment_case_get_context (self->kase);
    case FIELD_NAME: return alignment_stakeholder_get_name (self->stakeholder);
    case FIELD_FUNCTION: return alignment_stakeholder_get_function (self->stakeholder);
    case FIELD_LESSON: return alignment_lesson_get_text (self->lesson);
    case FIELD_TRIGGER: return alignment_signal_get_trigger (self->signal);
    case FIELD_RECIPIENTS: return alignment_signal_get_recipients (self->signal);
    case FIELD_MESSAGE: return alignment_signal_get_message (self->signal);
    case FIELD_GOAL: return alignment_signal_get_goal (self->signal);
    case FIELD_REACTION: return alignment_signal_get_reaction (self->signal);
    default: g_assert_not_reached ();
    }
}

static void
field_set (Loader     *self,
           Field       field,
           const char *text)
{
  switch (field)
    {
    case FIELD_TITLE: alignment_case_set_title (self->kase, text); break;
    case FIELD_CUSTOMER: alignment_case_set_customer_name (self->kase, text); break;
    case FIELD_PROVIDER: alignment_case_set_provider_name (self->kase, text); break;
    case FIELD_CONTEXT: alignment_case_set_context (self->kase, text); break;
    case FIELD_NAME: alignment_stakeholder_set_name (self->stakeholder, text); break;
    case FIELD_FUNCTION: alignment_stakeholder_set_function (self->stakeholder, text); break;
    case FIELD_LESSON: alignment_lesson_set_text (self->lesson, text); break;
    case FIELD_TRIGGER: alignment_signal_set_trigger (self->signal, text); break;
    case FIELD_RECIPIENTS: alignment_signal_set_recipients (self->signal, text); break;
    case FIELD_MESSAGE: alignment_signal_set_message (self->signal, text); break;
    case FIELD_GOAL: alignment_signal_set_goal (self->signal, text); break;
    case FIELD_REACTION: alignment_signal_set_reaction (self->signal, text); break;
    default: g_assert_not_reached ();
    }
}

/* The order of children that the schema asks for, to explain an element
 * out of place. */
static const char *
expected_order (ElementKind kind)
{
  switch (kind)
    {
    case ELEMENT_CASE:
      return "title, customer, provider, period, context, stakeholders, lessons, signals";
    case ELEMENT_SIGNAL:
      return "trigger, recipients, message, goal, reaction, trust, trust";
    case ELEMENT_STAKEHOLDER:
      return "name, function";
    case ELEMENT_TEXT:
    case ELEMENT_PERIOD:
    case ELEMENT_STAKEHOLDERS:
    case ELEMENT_LESSONS:
    case ELEMENT_SIGNALS:
    case ELEMENT_TRUST:
    default:
      return NULL;
    }
}

/* A problem that the RELAX NG validator found at @node, on @line, inside
 * the element of @frame. */
static void
fail_from_validator (Loader     *self,
                     guint       line,
                     xmlNodePtr  node,
                     Frame      *frame,
                     gboolean    closing)
{
  XmlProblem *p = &self->problem;
  g_autofree char *detail = clean_libxml_message (p->message);
  const char *order = frame != NULL ? expected_order (frame->kind) : NULL;

  if (closing && frame != NULL && frame->kind == ELEMENT_CASE)
    fail (self, ALIGNMENT_XML_ERROR_INVALID, line, _("the case has no <title>"));
  else if (!closing && order != NULL && p->set && p->code == XML_RELAXNG_ERR_ELEMWRONG)
    fail (self, ALIGNMENT_XML_ERROR_INVALID, line,
          _("<%s> is out of place or repeated: inside <%s> the order is %s, each at most once"),
          node->name, frame->name, order);
  else if (frame != NULL)
    fail (self, ALIGNMENT_XML_ERROR_INVALID, line,
          _("<%s> does not follow the case format: %s"), frame->name, detail);
  else
    fail (self, ALIGNMENT_XML_ERROR_INVALID, line,
          _("the file does not follow the case format: %s"), detail);
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

  /* The attributes are checked already (read_signal() and friends), and
   * the streaming schema has none: hide them from the validator, which
   * would otherwise spend a third of its time on them. */
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
    fail_from_parser (self);
  else if (ret != 1)
    fail_from_validator (self, line, node, parent, FALSE);
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
    fail_from_validator (self, line, node, frame, TRUE);
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
        fail_from_parser (self);
      else
        fail (self, ALIGNMENT_XML_ERROR_NOT_WELL_FORMED, parent->line,
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
      read_case (self, line, node);
      self->root_ns = node->ns;
    }
  else if (!is_ours (self, node))
    {
      if (parent->kind == ELEMENT_CASE || parent->kind == ELEMENT_SIGNAL)
        {
          read_foreign (self, parent);
          return TRUE;
        }

      g_autofree char *qname = node->ns != NULL && node->ns->prefix != NULL
                               ? g_strdup_printf ("%s:%s", node->ns->prefix, node->name)
                               : g_strdup ((const char *) node->name);

      fail (self, ALIGNMENT_XML_ERROR_INVALID, line,
            _("<%s> is not part of the case format; such elements may stand only directly inside <case> or <signal>, not inside <%s>"),
            qname, parent->name);
    }
  else if (depth >= MAX_DEPTH || !child_kind (parent->kind, (const char *) node->name, &kind, &field))
    {
      fail (self, ALIGNMENT_XML_ERROR_INVALID, line,
            _("<%s> has no place inside <%s>"), node->name, parent->name);
    }
  else
    {
      switch (kind)
        {
        case ELEMENT_PERIOD:
          read_period (self, line, node);
          break;
        case ELEMENT_STAKEHOLDER:
          read_stakeholder (self, line, node);
          break;
        case ELEMENT_SIGNAL:
          read_signal (self, line, node);
          break;
        case ELEMENT_TRUST:
          read_trust (self, line, node);
          break;
        case ELEMENT_TEXT:
          if (field == FIELD_LESSON)
            self->lesson = alignment_lesson_new ("");
          read_no_attributes (self, line, node);
          break;
        case ELEMENT_CASE:
        case ELEMENT_STAKEHOLDERS:
        case ELEMENT_LESSONS:
        case ELEMENT_SIGNALS:
        default:
          read_no_attributes (self, line, node);
          break;
        }
    }

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
      g_ptr_array_add (self->signals, g_steal_pointer (&self->signal));
      g_array_append_val (self->signal_lines, frame->line);
      break;

    case ELEMENT_STAKEHOLDER:
      g_list_store_append (alignment_case_get_stakeholders (self->kase), self->stakeholder);
      g_clear_object (&self->stakeholder);
      break;

    case ELEMENT_TEXT:
      if (frame->field == FIELD_LESSON)
        {
          g_list_store_append (alignment_case_get_lessons (self->kase), self->lesson);
          g_clear_object (&self->lesson);
        }
      break;

    case ELEMENT_CASE:
    case ELEMENT_PERIOD:
    case ELEMENT_STAKEHOLDERS:
    case ELEMENT_LESSONS:
    case ELEMENT_SIGNALS:
    case ELEMENT_TRUST:
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
    {
      /* Text comes as one node but for comments or processing
       * instructions in the middle of it. */
      if (frame->n_texts++ == 0)
        field_set (self, frame->field, text);
      else
        {
          g_autofree char *joined = g_strconcat (field_get (self, frame->field), text, NULL);

          field_set (self, frame->field, joined);
        }
    }
  else if (!is_blank (text))
    {
      g_autofree char *excerpt = g_utf8_substring (text, 0, MIN (g_utf8_strlen (text, 40), 30));

      fail (self, ALIGNMENT_XML_ERROR_INVALID,
            node != NULL ? (guint) MAX (xmlGetLineNo (node), 1) : frame->line,
            _("text is not allowed directly inside <%s>: “%s%s”"),
            frame->name, excerpt, g_utf8_strlen (text, 31) > 30 ? "…" : "");
      return;
    }

  if (self->full_node == NULL
      && xmlRelaxNGValidatePushCData (self->validator, BAD_CAST text, (int) strlen (text)) != 1)
    fail_from_validator (self, frame->line, node, frame, FALSE);
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
      fail_forbidden (self, (guint) MAX (xmlTextReaderGetParserLineNumber (reader), 1));
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

          fail (self, ALIGNMENT_XML_ERROR_INCONSISTENT, line,
                _("two signals have the id %s (the other one is on line %u); every signal needs an id of its own"),
                problem->signal_id, first_line);
        }
      else
        fail (self, ALIGNMENT_XML_ERROR_INCONSISTENT, line, "%s", problem->message);
      return;
    }
}

static AlignmentCase *
loader_run (Loader *self)
{
  gboolean skip = FALSE;

  self->validator = xmlRelaxNGNewValidCtxt (alignment_xml_get_stream_schema ());
  xmlRelaxNGSetValidStructuredErrors (self->validator, on_xml_error, self);
  xmlTextReaderSetStructuredErrorHandler (self->reader, on_xml_error, self);

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
          fail_from_parser (self);
          break;
        }
      if (ret < 0)
        {
          fail (self, ALIGNMENT_XML_ERROR_NOT_WELL_FORMED,
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
    fail (self, ALIGNMENT_XML_ERROR_NOT_WELL_FORMED, 1, _("the file is empty"));

  if (self->error == NULL)
    {
      alignment_signal_list_splice (alignment_case_get_signals (self->kase), 0, 0,
                                    (AlignmentSignal **) self->signals->pdata,
                                    self->signals->len);
      check_consistency (self);
    }

  if (self->error != NULL)
    return NULL;

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
  g_clear_pointer (&self->signals, g_ptr_array_unref);
  g_clear_pointer (&self->signal_lines, g_array_unref);
  xml_problem_clear (&self->problem);
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
      fail (&self, ALIGNMENT_XML_ERROR_INVALID, 1, _("the file is too large (more than 2 GB)"));
      g_propagate_error (error, self.error);
      return NULL;
    }

  if (length == 0)
    {
      fail (&self, ALIGNMENT_XML_ERROR_NOT_WELL_FORMED, 1, _("the file is empty"));
      g_propagate_error (error, self.error);
      return NULL;
    }

  alignment_xml_prolog_scanner_init (&scan);
  alignment_xml_prolog_scan (&scan, data, length);
  if (scan.state == PROLOG_DOCTYPE)
    {
      fail_forbidden (&self, scan.line);
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
    fail (&self, ALIGNMENT_XML_ERROR_NOT_WELL_FORMED, 1, _("the file could not be read"));

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
  source->loader->newlines_read += count_newlines (buffer, (gsize) n);
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

AlignmentCase *
alignment_case_load_with_progress (GFile                 *file,
                                   GFileProgressCallback  progress,
                                   gpointer               progress_data,
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

  alignment_xml_get_stream_schema ();
  alignment_xml_quiet_begin (&quiet);
  self.reader = xmlReaderForIO (stream_source_read, NULL, &source, NULL, "UTF-8", READER_OPTIONS);
  if (self.reader == NULL)
    fail (&self, ALIGNMENT_XML_ERROR_NOT_WELL_FORMED, 1, _("the file could not be read"));
  else
    kase = loader_run (&self);

  /* The stream's own story comes first: a read error or a refused DTD
   * shows up in libxml2 only as a truncated document. */
  if (source.error != NULL)
    {
      g_clear_error (&self.error);
      g_clear_object (&kase);
      g_propagate_prefixed_error (error, g_steal_pointer (&source.error), "%s: ", name);
    }
  else if (source.scan.state == PROLOG_DOCTYPE)
    {
      g_clear_error (&self.error);
      g_clear_object (&kase);
      fail_forbidden (&self, source.scan.line);
    }
  else if (source.total == 0)
    {
      /* libxml2 calls an empty stream "extra content at the end". */
      g_clear_error (&self.error);
      g_clear_object (&kase);
      fail (&self, ALIGNMENT_XML_ERROR_NOT_WELL_FORMED, 1, _("the file is empty"));
    }

  loader_clear (&self);
  alignment_xml_quiet_end (&quiet);

  if (kase == NULL && self.error != NULL)
    g_propagate_error (error, self.error);
  else
    g_clear_error (&self.error);

  return kase;
}

