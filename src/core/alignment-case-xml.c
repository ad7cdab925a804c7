/* alignment-case-xml.c: the file format's schema and the guard before it
 *
 * Every document is validated while it streams (see
 * alignment-case-xml-read.c): the element structure by libxml2's RELAX NG
 * validator, on a streamable copy of the schema that the library carries
 * (see schema_compile()); the attributes and foreign elements by the
 * reader, with the same rules as the schema (the tests check both against
 * xmllint and the real schema).
 *
 * A case file has no use for a DTD or entities, and they are the way in
 * for every classic XML attack (billion laughs, quadratic blow-up, XXE).
 * A document that declares a document type is refused before libxml2 sees
 * a byte of that declaration (see PrologScanner).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <libxml/parser.h>
#include <libxml/relaxng.h>

#include "alignment-case-xml.h"
#include "alignment-case-xml-private.h"
#include "alignment-core-resources.h"
#include "alignment-enums.h"

G_DEFINE_QUARK (alignment-xml-error-quark, alignment_xml_error)

/* The attributes of <trust>, by realm. */
const char *const alignment_xml_realm_attributes[ALIGNMENT_N_REALMS] = {
  [ALIGNMENT_REALM_CONTRACTUAL] = "contractual",
  [ALIGNMENT_REALM_OPERATIONAL] = "operational",
  [ALIGNMENT_REALM_RELATIONAL] = "relational",
};

static void
quiet_generic_error (void       *context,
                     const char *message,
                     ...)
{
}

void
alignment_xml_quiet_begin (AlignmentXmlQuiet *saved)
{
  /* Per thread: libxml2 keeps these globals in thread-local storage. */
  saved->func = xmlGenericError;
  saved->context = xmlGenericErrorContext;
  xmlSetGenericErrorFunc (NULL, quiet_generic_error);
}

void
alignment_xml_quiet_end (AlignmentXmlQuiet *saved)
{
  xmlSetGenericErrorFunc (saved->context, saved->func);
}

/* ---- The schema --------------------------------------------------------- */

GBytes *
alignment_case_xml_get_schema (void)
{
  /* Through alignment_core_get_resource() rather than the global
   * resource registry, so that the static library's linker keeps it. */
  return g_resource_lookup_data (alignment_core_get_resource (), SCHEMA_RESOURCE,
                                 G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
}

static gboolean
is_rng (xmlNodePtr  node,
        const char *name)
{
  return node->type == XML_ELEMENT_NODE
         && node->ns != NULL
         && xmlStrEqual (node->ns->href, BAD_CAST RNG_NAMESPACE)
         && xmlStrEqual (node->name, BAD_CAST name);
}

static xmlNodePtr
next_element (xmlNodePtr node)
{
  while (node != NULL && node->type != XML_ELEMENT_NODE)
    node = node->next;
  return node;
}

static guint
count_elements (xmlNodePtr node)
{
  guint n = 0;

  for (node = next_element (node->children); node != NULL; node = next_element (node->next))
    n++;
  return n;
}

/* <zeroOrMore><ref name="foreign"/></zeroOrMore> */
static gboolean
is_foreign_pattern (xmlNodePtr node)
{
  xmlNodePtr child;
  g_autofree xmlChar *name = NULL;

  if (!is_rng (node, "zeroOrMore"))
    return FALSE;

  child = next_element (node->children);
  if (child == NULL || next_element (child->next) != NULL || !is_rng (child, "ref"))
    return FALSE;

  name = xmlGetProp (child, BAD_CAST "name");
  return xmlStrEqual (name, BAD_CAST "foreign");
}

/* <attribute> or <optional><attribute/></optional> */
static gboolean
is_attribute_pattern (xmlNodePtr node)
{
  xmlNodePtr child;

  if (is_rng (node, "attribute"))
    return TRUE;
  if (!is_rng (node, "optional"))
    return FALSE;

  child = next_element (node->children);
  return child != NULL && next_element (child->next) == NULL && is_rng (child, "attribute");
}

/* Turns the published schema into one that libxml2 validates as a stream
 * at the speed of parsing:
 *
 * - The foreign elements go.  An element pattern with a name class
 *   (anyName) makes its parent's content model impossible to compile into
 *   an automaton, and libxml2 then builds and validates the whole subtree
 *   as a tree: for <case>, the whole document (17 s and 700 MB for a
 *   100 000-signal case instead of half a second and no memory).  The
 *   loader takes foreign elements out of the stream before validation
 *   instead, where the schema allows them: directly inside <case> and
 *   <signal>.  The <interleave> that held them has one branch left and
 *   becomes that branch.
 *
 * - The attribute patterns go, and the validator sees each element
 *   without its attributes (see validate_push()).  Checking optional
 *   attributes multiplies validator states, and each XSD pattern facet is
 *   compiled anew for every value checked: together they made validation
 *   four times slower than parsing.  The loader reads every attribute
 *   anyway and checks names and values by the schema's rules, with
 *   messages a user understands.
 *
 * What the validator checks is then the element structure: which element
 * may stand where, in which order, how often, and where text may be. */
static void
schema_make_streamable (xmlNodePtr node)
{
  xmlNodePtr child, next;

  for (child = node->children; child != NULL; child = next)
    {
      next = child->next;

      if (child->type != XML_ELEMENT_NODE)
        continue;

      if (is_rng (node, "interleave") && is_foreign_pattern (child))
        {
          xmlUnlinkNode (child);
          xmlFreeNode (child);
          continue;
        }

      if (is_rng (node, "element") && is_attribute_pattern (child))
        {
          xmlUnlinkNode (child);
          xmlFreeNode (child);
          continue;
        }

      schema_make_streamable (child);
    }

  if (is_rng (node, "interleave") && count_elements (node) == 1)
    {
      xmlNodePtr only = next_element (node->children);

      xmlUnlinkNode (only);
      xmlReplaceNode (node, only);
      xmlFreeNode (node);
    }
}

static void
ignore_xml_error (void        *data,
                  xmlErrorPtr  error)
{
}

static xmlRelaxNGPtr
schema_compile (void)
{
  g_autoptr(GBytes) bytes = alignment_case_xml_get_schema ();
  xmlRelaxNGParserCtxtPtr parser;
  xmlRelaxNGPtr schema;
  xmlDocPtr doc;
  gsize size;
  const char *data;

  g_return_val_if_fail (bytes != NULL, NULL);

  data = g_bytes_get_data (bytes, &size);
  doc = xmlReadMemory (data, (int) size, "org.example.Alignment.rng", NULL,
                       XML_PARSE_NONET | XML_PARSE_NOBLANKS | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
  g_return_val_if_fail (doc != NULL, NULL);

  schema_make_streamable (xmlDocGetRootElement (doc));

  parser = xmlRelaxNGNewDocParserCtxt (doc);
  xmlRelaxNGSetParserStructuredErrors (parser, ignore_xml_error, NULL);
  schema = xmlRelaxNGParse (parser);
  xmlRelaxNGFreeParserCtxt (parser);
  xmlFreeDoc (doc);

  return schema;
}

/* Compiled once and shared: a validation context only reads the schema
 * (its automata and definitions), so loads in several threads can use it
 * at once, each with its own context. */
xmlRelaxNGPtr
alignment_xml_get_stream_schema (void)
{
  static xmlRelaxNGPtr schema;

  if (g_once_init_enter (&schema))
    {
      xmlRelaxNGPtr compiled;

      /* libxml2 wants this once before threads use it. */
      xmlInitParser ();
      compiled = schema_compile ();
      if (compiled == NULL)
        g_critical ("The built-in schema of the case format does not compile");
      g_once_init_leave (&schema, compiled);
    }

  return schema;
}

/* ---- The prolog scanner ------------------------------------------------- */

void
alignment_xml_prolog_scanner_init (PrologScanner *scan)
{
  memset (scan, 0, sizeof *scan);
  scan->line = 1;
}

void
alignment_xml_prolog_scan (PrologScanner *scan,
             const char    *data,
             gsize          length)
{
  static const char bom[] = "\xEF\xBB\xBF";

  for (gsize i = 0; i < length && scan->state < PROLOG_DONE; i++, scan->offset++)
    {
      char c = data[i];

      if (c == '\n')
        scan->line++;

      switch (scan->state)
        {
        case PROLOG_MISC:
          if (scan->offset < 3 && c == bom[scan->offset])
            break;
          if (c == '<')
            scan->state = PROLOG_LT;
          else if (c != ' ' && c != '\t' && c != '\r' && c != '\n')
            {
              scan->state = PROLOG_DONE;
              scan->not_xml = TRUE;
            }
          break;

        case PROLOG_LT:
          if (c == '?')
            {
              scan->state = PROLOG_PI;
              scan->previous = '\0';
            }
          else if (c == '!')
            {
              scan->state = PROLOG_BANG;
              scan->n_bang = 0;
            }
          else
            scan->state = PROLOG_DONE;
          break;

        case PROLOG_BANG:
          scan->bang[scan->n_bang++] = c;
          if (scan->n_bang == 2 && memcmp (scan->bang, "--", 2) == 0)
            {
              scan->state = PROLOG_COMMENT;
              scan->dashes = 0;
            }
          else if (strncmp (scan->bang, "DOCTYPE", scan->n_bang) != 0
                   && strncmp (scan->bang, "--", MIN (scan->n_bang, 2)) != 0)
            scan->state = PROLOG_DONE;
          else if (scan->n_bang == 7)
            scan->state = PROLOG_DOCTYPE;
          break;

        case PROLOG_PI:
          if (scan->previous == '?' && c == '>')
            scan->state = PROLOG_MISC;
          scan->previous = c;
          break;

        case PROLOG_COMMENT:
          if (c == '>' && scan->dashes >= 2)
            scan->state = PROLOG_MISC;
          scan->dashes = c == '-' ? scan->dashes + 1 : 0;
          break;

        case PROLOG_DONE:
        case PROLOG_DOCTYPE:
        default:
          break;
        }
    }
}

