/* alignment-case-xml-read-governance.c: the loader's handlers for a
 * case's <governance> and a signal's escalation level
 *
 * A case starts with the contract's boards and levels: a <boards> or
 * <levels> element replaces them with what the file says.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "alignment-i18n.h"

#include "alignment-case-xml-read-private.h"

gboolean
alignment_xml_loader_read_level_number (Loader     *self,
                                        guint       line,
                                        const char *value,
                                        guint      *number)
{
  guint64 parsed = 0;

  /* Same rule as the schema's level-number pattern. */
  if (g_ascii_isdigit (value[0])
      && g_ascii_string_to_unsigned (value, 10, 1, 999999999, &parsed, NULL))
    {
      *number = (guint) parsed;
      return TRUE;
    }

  alignment_xml_loader_fail (self, ALIGNMENT_XML_ERROR_INVALID, line,
                             _("“%s” is not an escalation level (a whole number from 1 up)"), value);
  return FALSE;
}

static void
read_level (Loader     *self,
            guint       line,
            xmlNodePtr  node)
{
  guint number = 0;

  for (xmlAttrPtr attr = node->properties; attr != NULL && self->error == NULL; attr = attr->next)
    {
      xmlNodePtr text = attr->children;

      if (attr->ns != NULL || !xmlStrEqual (attr->name, BAD_CAST "number"))
        alignment_xml_loader_fail (self, ALIGNMENT_XML_ERROR_INVALID, line,
                                   _("<%s> has no attribute “%s”"), node->name, attr->name);
      else if (text == NULL || text->type != XML_TEXT_NODE || text->next != NULL || text->content == NULL)
        alignment_xml_loader_fail (self, ALIGNMENT_XML_ERROR_INVALID, line,
                                   _("the attribute “%s” of <%s> is not plain text"), attr->name, node->name);
      else
        alignment_xml_loader_read_level_number (self, line, (const char *) text->content, &number);
    }

  if (self->error != NULL)
    return;

  if (number == 0)
    alignment_xml_loader_fail (self, ALIGNMENT_XML_ERROR_INVALID, line,
                               _("<level> has no number"));
  else if (alignment_governance_lookup_level (G_LIST_MODEL (alignment_case_get_escalation_levels (self->kase)),
                                              number) != NULL)
    alignment_xml_loader_fail (self, ALIGNMENT_XML_ERROR_INCONSISTENT, line,
                               _("escalation level %u is described twice"), number);
  else
    self->level = alignment_escalation_level_new (number, "", "");
}

void
alignment_xml_loader_start_governance (Loader      *self,
                                       ElementKind  kind,
                                       guint        line,
                                       xmlNodePtr   node)
{
  if (kind == ELEMENT_LEVEL)
    {
      read_level (self, line, node);
      return;
    }

  if (node->properties != NULL)
    {
      alignment_xml_loader_fail (self, ALIGNMENT_XML_ERROR_INVALID, line,
                                 _("<%s> has no attribute “%s”"), node->name, node->properties->name);
      return;
    }

  switch (kind)
    {
    case ELEMENT_BOARDS:
      g_list_store_remove_all (alignment_case_get_boards (self->kase));
      break;
    case ELEMENT_LEVELS:
      g_list_store_remove_all (alignment_case_get_escalation_levels (self->kase));
      break;
    case ELEMENT_BOARD:
      self->board = alignment_board_new ("", "");
      break;
    case ELEMENT_GOVERNANCE:
    default:
      break;
    }
}

void
alignment_xml_loader_end_governance (Loader      *self,
                                     ElementKind  kind)
{
  if (kind == ELEMENT_BOARD && self->board != NULL)
    {
      g_list_store_append (alignment_case_get_boards (self->kase), self->board);
      g_clear_object (&self->board);
    }
  else if (kind == ELEMENT_LEVEL && self->level != NULL)
    {
      g_list_store_append (alignment_case_get_escalation_levels (self->kase), self->level);
      g_clear_object (&self->level);
    }
}

const char *
alignment_xml_loader_governance_field_get (Loader *self,
                                           Field   field)
{
  switch (field)
    {
    case FIELD_BOARD_NAME: return alignment_board_get_name (self->board);
    case FIELD_BOARD_CADENCE: return alignment_board_get_cadence (self->board);
    case FIELD_LEVEL_NAME: return alignment_escalation_level_get_name (self->level);
    case FIELD_LEVEL_COVERS: return alignment_escalation_level_get_covers (self->level);
    default: g_assert_not_reached ();
    }
}

void
alignment_xml_loader_governance_field_set (Loader     *self,
                                           Field       field,
                                           const char *text)
{
  switch (field)
    {
    case FIELD_BOARD_NAME: alignment_board_set_name (self->board, text); break;
    case FIELD_BOARD_CADENCE: alignment_board_set_cadence (self->board, text); break;
    case FIELD_LEVEL_NAME: alignment_escalation_level_set_name (self->level, text); break;
    case FIELD_LEVEL_COVERS: alignment_escalation_level_set_covers (self->level, text); break;
    default: g_assert_not_reached ();
    }
}
