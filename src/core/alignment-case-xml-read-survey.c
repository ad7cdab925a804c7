/* alignment-case-xml-read-survey.c: the loader's trust survey elements
 *
 * <survey> holds the questionnaire (<item> elements with their text) and
 * the rounds, each with its responses and their answers.  The schema
 * checks the shape; this checks what it cannot: numbers used twice, and
 * answers to items the questionnaire does not have.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "alignment-i18n.h"

#include "alignment-case-xml-read-private.h"
#include "alignment-date.h"
#include "alignment-survey.h"

static GListModel *
questionnaire (Loader *self)
{
  return G_LIST_MODEL (alignment_case_get_survey_items (self->kase));
}

/* Fetches the value of @attr if it is one of @names (NULL-terminated),
 * setting *@which; fails otherwise. */
static const char *
survey_attribute (Loader            *self,
                  guint              line,
                  xmlNodePtr         node,
                  xmlAttrPtr         attr,
                  const char *const *names,
                  guint             *which)
{
  xmlNodePtr text = attr->children;

  for (*which = 0; attr->ns == NULL && names[*which] != NULL; (*which)++)
    if (xmlStrEqual (attr->name, BAD_CAST names[*which]))
      break;

  if (attr->ns != NULL || names[*which] == NULL)
    {
      alignment_xml_loader_fail (self, ALIGNMENT_XML_ERROR_INVALID, line,
                                 _("<%s> has no attribute “%s”"), node->name, attr->name);
      return NULL;
    }

  if (text == NULL)
    return "";
  if (text->type == XML_TEXT_NODE && text->next == NULL && text->content != NULL)
    return (const char *) text->content;

  alignment_xml_loader_fail (self, ALIGNMENT_XML_ERROR_INVALID, line,
                             _("the attribute “%s” of <%s> is not plain text"), attr->name, node->name);
  return NULL;
}

/* An item number, 1 to 12, as the schema writes it. */
static guint
parse_item_number (const char *value)
{
  guint64 number = 0;

  if (!g_ascii_isdigit (value[0])
      || !g_ascii_string_to_unsigned (value, 10, 1, ALIGNMENT_SURVEY_N_ITEMS, &number, NULL))
    return 0;
  return (guint) number;
}

static void
read_item (Loader     *self,
           guint       line,
           xmlNodePtr  node)
{
  static const char *const names[] = { "number", "realm", "reverse", NULL };
  guint number = 0;
  int realm = -1;
  gboolean reverse = FALSE;

  for (xmlAttrPtr attr = node->properties; attr != NULL && self->error == NULL; attr = attr->next)
    {
      guint which;
      const char *value = survey_attribute (self, line, node, attr, names, &which);

      if (value == NULL)
        break;

      if (which == 0 && (number = parse_item_number (value)) == 0)
        alignment_xml_loader_fail (self, ALIGNMENT_XML_ERROR_INVALID, line,
                                   _("“%s” is not a survey item number (1 to 12)"), value);
      else if (which == 1 && !alignment_enum_from_token (ALIGNMENT_TYPE_REALM, value, &realm))
        alignment_xml_loader_fail (self, ALIGNMENT_XML_ERROR_INVALID, line,
                                   _("“%s” is not a realm (expected contractual, operational or relational)"), value);
      else if (which == 2 && strcmp (value, "yes") != 0 && strcmp (value, "no") != 0)
        alignment_xml_loader_fail (self, ALIGNMENT_XML_ERROR_INVALID, line,
                                   _("“%s” does not say whether the item is reverse-coded (expected yes or no)"), value);
      else if (which == 2)
        reverse = strcmp (value, "yes") == 0;
    }

  if (self->error != NULL)
    return;

  if (number == 0 || realm < 0)
    alignment_xml_loader_fail (self, ALIGNMENT_XML_ERROR_INVALID, line,
                               _("a survey item needs a number and a realm"));
  else if (alignment_survey_lookup_item (questionnaire (self), number) != NULL)
    alignment_xml_loader_fail (self, ALIGNMENT_XML_ERROR_INCONSISTENT, line,
                               _("the questionnaire has item %u twice"), number);
  else
    self->survey_item = alignment_survey_item_new (number, realm, reverse, NULL);
}

static void
read_round (Loader     *self,
            guint       line,
            xmlNodePtr  node)
{
  static const char *const names[] = { "name", "date", NULL };
  const char *name = NULL;
  guint32 date = 0;

  for (xmlAttrPtr attr = node->properties; attr != NULL && self->error == NULL; attr = attr->next)
    {
      guint which;
      const char *value = survey_attribute (self, line, node, attr, names, &which);

      if (value == NULL)
        break;

      if (which == 0)
        name = value;
      else if ((date = alignment_date_parse_iso (value)) == 0)
        alignment_xml_loader_fail (self, ALIGNMENT_XML_ERROR_INVALID, line,
                                   _("“%s” is not a date (dates are written year-month-day, such as 2024-02-01)"), value);
    }

  if (self->error != NULL)
    return;

  /* Rounds written without a questionnaire were answered with the
   * default wording. */
  if (g_list_model_get_n_items (questionnaire (self)) == 0)
    alignment_survey_add_default (alignment_case_get_survey_items (self->kase));
  self->survey_round = alignment_survey_round_new (name, date);
}

static void
read_response (Loader     *self,
               guint       line,
               xmlNodePtr  node)
{
  static const char *const names[] = { "party", "respondent", NULL };
  int party = ALIGNMENT_PARTY_UNKNOWN;
  const char *respondent = NULL;

  for (xmlAttrPtr attr = node->properties; attr != NULL && self->error == NULL; attr = attr->next)
    {
      guint which;
      const char *value = survey_attribute (self, line, node, attr, names, &which);

      if (value == NULL)
        break;

      if (which == 1)
        respondent = value;
      else if (!alignment_enum_from_token (ALIGNMENT_TYPE_PARTY, value, &party)
               || party == ALIGNMENT_PARTY_UNKNOWN)
        alignment_xml_loader_fail (self, ALIGNMENT_XML_ERROR_INVALID, line,
                                   _("“%s” is not a party (expected customer or provider)"), value);
    }

  if (self->error != NULL)
    return;

  if (party == ALIGNMENT_PARTY_UNKNOWN)
    {
      alignment_xml_loader_fail (self, ALIGNMENT_XML_ERROR_INVALID, line,
                                 _("a survey response does not say which party answered (party=\"customer\" or party=\"provider\")"));
      return;
    }

  self->survey_response = alignment_survey_response_new (party);
  alignment_survey_response_set_respondent (self->survey_response, respondent);
}

static void
read_answer (Loader     *self,
             guint       line,
             xmlNodePtr  node)
{
  static const char *const names[] = { "item", "value", NULL };
  const char *item_text = NULL, *value_text = NULL;
  guint item = 0, value = 0;

  for (xmlAttrPtr attr = node->properties; attr != NULL && self->error == NULL; attr = attr->next)
    {
      guint which;
      const char *text = survey_attribute (self, line, node, attr, names, &which);

      if (text == NULL)
        break;
      if (which == 0)
        item_text = text;
      else
        value_text = text;
    }

  if (self->error != NULL)
    return;

  if (item_text == NULL || value_text == NULL)
    {
      alignment_xml_loader_fail (self, ALIGNMENT_XML_ERROR_INVALID, line,
                                 _("an answer needs an item and a value"));
      return;
    }

  if ((item = parse_item_number (item_text)) == 0)
    {
      alignment_xml_loader_fail (self, ALIGNMENT_XML_ERROR_INVALID, line,
                                 _("“%s” is not a survey item number (1 to 12)"), item_text);
      return;
    }

  if (strlen (value_text) == 1 && value_text[0] >= '1' && value_text[0] <= '7')
    value = (guint) (value_text[0] - '0');
  else
    {
      alignment_xml_loader_fail (self, ALIGNMENT_XML_ERROR_INVALID, line,
                                 _("the answer to item %u is “%s”: answers run from 1 to 7"), item, value_text);
      return;
    }

  if (alignment_survey_lookup_item (questionnaire (self), item) == NULL)
    alignment_xml_loader_fail (self, ALIGNMENT_XML_ERROR_INCONSISTENT, line,
                               _("an answer is given to item %u, which the questionnaire does not have"), item);
  else if (alignment_survey_response_get_answer (self->survey_response, item) != 0)
    alignment_xml_loader_fail (self, ALIGNMENT_XML_ERROR_INCONSISTENT, line,
                               _("a survey response answers item %u twice"), item);
  else
    alignment_survey_response_set_answer (self->survey_response, item, value);
}

void
alignment_xml_loader_read_survey (Loader      *self,
                                  ElementKind  kind,
                                  Field        field,
                                  guint        line,
                                  xmlNodePtr   node)
{
  if (kind == ELEMENT_TEXT && field == FIELD_SURVEY_ITEM)
    read_item (self, line, node);
  else if (kind == ELEMENT_SURVEY_ROUND)
    read_round (self, line, node);
  else if (kind == ELEMENT_SURVEY_RESPONSE)
    read_response (self, line, node);
  else if (kind == ELEMENT_SURVEY_ANSWER)
    read_answer (self, line, node);
}

void
alignment_xml_loader_end_survey (Loader      *self,
                                 ElementKind  kind,
                                 Field        field)
{
  if (kind == ELEMENT_TEXT && field == FIELD_SURVEY_ITEM)
    {
      g_list_store_append (alignment_case_get_survey_items (self->kase), self->survey_item);
      g_clear_object (&self->survey_item);
    }
  else if (kind == ELEMENT_SURVEY_RESPONSE)
    {
      g_list_store_append (alignment_survey_round_get_responses (self->survey_round), self->survey_response);
      g_clear_object (&self->survey_response);
    }
  else if (kind == ELEMENT_SURVEY_ROUND)
    {
      g_list_store_append (alignment_case_get_survey_rounds (self->kase), self->survey_round);
      g_clear_object (&self->survey_round);
    }
}

void
alignment_xml_loader_clear_survey (Loader *self)
{
  g_clear_object (&self->survey_item);
  g_clear_object (&self->survey_round);
  g_clear_object (&self->survey_response);
}
