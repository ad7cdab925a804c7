/* alignment-case-xml-read-elements.c: the loader's element handlers
 *
 * What each element of the format means for the model: its attributes
 * checked and read into the case, the signal, the stakeholder or the
 * lesson being built, and where its text goes.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "alignment-i18n.h"

#include "alignment-case-xml-read-private.h"
#include "alignment-date.h"
#include "alignment-enums.h"
#include "alignment-merge.h"

/* Most elements share the root's namespace declaration, which lives as
 * long as the reader: a pointer comparison saves a string comparison.
 * (Declarations of other elements are freed as the reader moves on, and
 * their addresses reused, so only the root's may be remembered.) */
gboolean
alignment_xml_loader_is_ours (Loader     *self,
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
    alignment_xml_loader_fail (self, ALIGNMENT_XML_ERROR_INVALID, line,
                               _("“%s” is not a date: there is no such day"), value);
  else
    alignment_xml_loader_fail (self, ALIGNMENT_XML_ERROR_INVALID, line,
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
    alignment_xml_loader_fail (self, ALIGNMENT_XML_ERROR_INVALID, line,
                               _("“%s” is not a signal type (expected request-sent, request-received, escalation-sent or alignment-event)"),
                               value);
  else if (type == ALIGNMENT_TYPE_PARTY)
    alignment_xml_loader_fail (self, ALIGNMENT_XML_ERROR_INVALID, line,
                               _("“%s” is not a party (expected customer or provider)"), value);
  else if (type == ALIGNMENT_TYPE_URGENCY)
    alignment_xml_loader_fail (self, ALIGNMENT_XML_ERROR_INVALID, line,
                               _("“%s” is not an urgency (expected low, medium, high or very-high)"), value);
  else if (type == ALIGNMENT_TYPE_UNDERSTOOD)
    alignment_xml_loader_fail (self, ALIGNMENT_XML_ERROR_INVALID, line,
                               _("“%s” does not say whether the signal was understood (expected yes or no)"), value);
  else
    alignment_xml_loader_fail (self, ALIGNMENT_XML_ERROR_INVALID, line,
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
    alignment_xml_loader_fail (self, ALIGNMENT_XML_ERROR_INVALID, line,
                               _("<%s> has no attribute “%s:%s”"), node->name, attr->ns->prefix, attr->name);
  else
    alignment_xml_loader_fail (self, ALIGNMENT_XML_ERROR_INVALID, line,
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
    alignment_xml_loader_fail (self, ALIGNMENT_XML_ERROR_INVALID, line,
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

void
alignment_xml_loader_read_case (Loader     *self,
                                guint       line,
                                xmlNodePtr  node)
{
  const char *version = NULL;

  if (!xmlStrEqual (node->name, BAD_CAST "case") || !alignment_xml_loader_is_ours (self, node))
    {
      if (!xmlStrEqual (node->name, BAD_CAST "case"))
        alignment_xml_loader_fail (self, ALIGNMENT_XML_ERROR_NOT_A_CASE, line,
                                   _("this is not a case file: it holds <%s>, not <case>"), node->name);
      else if (node->ns == NULL)
        alignment_xml_loader_fail (self, ALIGNMENT_XML_ERROR_NOT_A_CASE, line,
                                   _("this is not a case file: <case> has no namespace (expected xmlns=\"%s\")"),
                                   ALIGNMENT_XML_NAMESPACE);
      else
        alignment_xml_loader_fail (self, ALIGNMENT_XML_ERROR_NOT_A_CASE, line,
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
    alignment_xml_loader_fail (self, ALIGNMENT_XML_ERROR_INVALID, line,
                               _("<case> does not say which version of the format it follows (version=\"%s\")"),
                               ALIGNMENT_XML_VERSION);
  else if (!version_is_readable (version))
    alignment_xml_loader_fail (self, ALIGNMENT_XML_ERROR_VERSION, line,
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
      alignment_xml_loader_fail (self, ALIGNMENT_XML_ERROR_INCONSISTENT, line,
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

/* A thread's number: digits that make a number from 1 up. */
static gboolean
read_thread_number (Loader     *self,
                    guint       line,
                    const char *value,
                    guint      *number)
{
  guint64 parsed = 0;

  if (g_ascii_string_to_unsigned (value, 10, 1, G_MAXUINT, &parsed, NULL)
      && g_ascii_isdigit (value[0]))
    {
      *number = (guint) parsed;
      return TRUE;
    }

  alignment_xml_loader_fail (self, ALIGNMENT_XML_ERROR_INVALID, line,
                             _("“%s” is not a thread number (a whole number from 1 up)"), value);
  return FALSE;
}

static void
read_thread (Loader     *self,
             guint       line,
             xmlNodePtr  node)
{
  guint number = 0;
  AlignmentRealmFlags aligned_in = ALIGNMENT_REALM_FLAGS_NONE;

  for (xmlAttrPtr attr = node->properties; attr != NULL && self->error == NULL; attr = attr->next)
    {
      const char *value;

      if (attr->ns != NULL
          || !(xmlStrEqual (attr->name, BAD_CAST "number") || xmlStrEqual (attr->name, BAD_CAST "aligned-in")))
        fail_attribute (self, line, node, attr);
      else if ((value = value_or_fail (self, line, node, attr)) == NULL)
        ;
      else if (xmlStrEqual (attr->name, BAD_CAST "number"))
        read_thread_number (self, line, value, &number);
      else if (!alignment_realm_flags_from_tokens (value, &aligned_in))
        alignment_xml_loader_fail (self, ALIGNMENT_XML_ERROR_INVALID, line,
                                   _("“%s” does not name the realms a thread was aligned in (expected contractual, operational or relational, separated by a space)"),
                                   value);
    }

  if (self->error != NULL)
    return;

  if (number == 0)
    alignment_xml_loader_fail (self, ALIGNMENT_XML_ERROR_INVALID, line,
                               _("<thread> has no number"));
  else if (alignment_case_lookup_thread_record (self->kase, number) != NULL)
    alignment_xml_loader_fail (self, ALIGNMENT_XML_ERROR_INCONSISTENT, line,
                               _("thread %u is described twice"), number);
  else
    {
      self->thread_record = alignment_thread_record_new (number);
      alignment_thread_record_set_aligned_in (self->thread_record, aligned_in);
    }
}

static const char *const signal_attributes[] = {
  "id", "type", "sender", "start", "end", "understood", "urgency", "urgency-understood", "uuid",
  "board", "escalation-level", "understood-estimate", "urgency-understood-estimate",
};

/* The stable ids and the exchange with the other party: see
 * alignment-merge.h. */
static gboolean
read_uuid (Loader     *self,
           guint       line,
           const char *value)
{
  if (alignment_signal_stable_id_is_valid (value))
    return TRUE;

  alignment_xml_loader_fail (self, ALIGNMENT_XML_ERROR_INVALID, line,
                             _("“%s” is not a stable id (a UUID such as 2f1c0a4e-5b7d-4e8f-9a1b-3c4d5e6f7a8b)"),
                             value);
  return FALSE;
}

static void
read_stable_id (Loader          *self,
                guint            line,
                const char      *value,
                AlignmentSignal *signal)
{
  if (read_uuid (self, line, value))
    alignment_signal_set_stable_id (signal, value);
}

static void
read_exchange (Loader     *self,
               guint       line,
               xmlNodePtr  node)
{
  for (xmlAttrPtr attr = node->properties; attr != NULL && self->error == NULL; attr = attr->next)
    {
      const char *value;
      AlignmentCopyOwner owner;

      if (attr->ns != NULL)
        {
          fail_attribute (self, line, node, attr);
          break;
        }
      if ((value = value_or_fail (self, line, node, attr)) == NULL)
        break;

      if (xmlStrEqual (attr->name, BAD_CAST "owner"))
        {
          if (alignment_copy_owner_from_token (value, &owner) && owner != ALIGNMENT_COPY_OWNER_UNKNOWN)
            alignment_case_set_owner (self->kase, owner);
          else
            alignment_xml_loader_fail (self, ALIGNMENT_XML_ERROR_INVALID, line,
                                       _("“%s” is not whose copy a case is (expected customer, provider or joint)"),
                                       value);
        }
      else if (xmlStrEqual (attr->name, BAD_CAST "id"))
        {
          if (read_uuid (self, line, value))
            alignment_case_set_case_id (self->kase, value);
        }
      else if (xmlStrEqual (attr->name, BAD_CAST "copy-of"))
        {
          if (read_uuid (self, line, value))
            alignment_case_set_copy_of (self->kase, value);
        }
      else
        fail_attribute (self, line, node, attr);
    }
}

static void
read_conflict (Loader     *self,
               guint       line,
               xmlNodePtr  node)
{
  static const char *const names[] = {
    "signal", "signal-id", "field", "ours", "ours-author", "theirs", "theirs-author", "later",
  };
  AlignmentConflict *conflict;
  const char *values[G_N_ELEMENTS (names)] = { NULL, };

  for (xmlAttrPtr attr = node->properties; attr != NULL && self->error == NULL; attr = attr->next)
    {
      guint which;

      for (which = 0; which < G_N_ELEMENTS (names); which++)
        if (xmlStrEqual (attr->name, BAD_CAST names[which]))
          break;

      if (attr->ns != NULL || which == G_N_ELEMENTS (names))
        {
          fail_attribute (self, line, node, attr);
          break;
        }
      values[which] = value_or_fail (self, line, node, attr);
    }

  if (self->error != NULL)
    return;

  if (values[0] == NULL || *values[0] == '\0' || values[2] == NULL || *values[2] == '\0')
    {
      alignment_xml_loader_fail (self, ALIGNMENT_XML_ERROR_INVALID, line,
                                 _("a conflict does not say which signal and which field it is about (signal=\"…\" field=\"…\")"));
      return;
    }

  if (values[7] != NULL && strcmp (values[7], "yes") != 0)
    {
      alignment_xml_loader_fail (self, ALIGNMENT_XML_ERROR_INVALID, line,
                                 _("a conflict's later=\"…\" can only be \"yes\""));
      return;
    }

  conflict = alignment_conflict_new (values[0], values[1], values[2], values[3], values[4], values[5], values[6]);
  conflict->later = values[7] != NULL;
  alignment_case_add_conflict (self->kase, conflict);
}

/* The base's attributes are the case's details as last exchanged. */
static void
read_base (Loader     *self,
           guint       line,
           xmlNodePtr  node)
{
  g_autoptr(GHashTable) details = NULL;
  guint n_details;
  const char * const *names = alignment_case_list_details (&n_details);

  if (alignment_case_get_base (self->kase) == NULL)
    {
      g_autoptr(GPtrArray) fresh = g_ptr_array_new_with_free_func (g_object_unref);

      alignment_case_set_base (self->kase, fresh);
    }

  for (xmlAttrPtr attr = node->properties; attr != NULL && self->error == NULL; attr = attr->next)
    {
      const char *value;
      guint which;

      for (which = 0; which < n_details; which++)
        if (xmlStrEqual (attr->name, BAD_CAST names[which]))
          break;
      if (attr->ns != NULL || which == n_details)
        {
          fail_attribute (self, line, node, attr);
          return;
        }
      if ((value = value_or_fail (self, line, node, attr)) == NULL)
        return;
      if (which >= 4 && *value != '\0' && alignment_date_parse_iso (value) == 0)
        {
          alignment_xml_loader_fail (self, ALIGNMENT_XML_ERROR_INVALID, line,
                                     _("“%s” is not a date (dates are written year-month-day, such as 2024-02-01)"), value);
          return;
        }
      if (details == NULL)
        details = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
      if (*value != '\0')
        g_hash_table_insert (details, (gpointer) names[which], g_strdup (value));
    }

  /* Details are kept when the title is there, even empty. */
  if (details != NULL)
    alignment_case_set_base_details (self->kase, details);
}

/* The base's stakeholders or lessons, made when the file has them. */
GListStore *
alignment_xml_loader_base_list (Loader      *self,
                                ElementKind  kind)
{
  gboolean lessons = kind == ELEMENT_LESSONS;
  GListStore *store = lessons ? alignment_case_get_base_lessons (self->kase)
                              : alignment_case_get_base_stakeholders (self->kase);

  if (store == NULL)
    {
      g_autoptr(GListStore) fresh = g_list_store_new (lessons ? ALIGNMENT_TYPE_LESSON : ALIGNMENT_TYPE_STAKEHOLDER);

      if (lessons)
        alignment_case_set_base_lessons (self->kase, fresh);
      else
        alignment_case_set_base_stakeholders (self->kase, fresh);
      store = fresh;
    }
  return store;
}

void
alignment_xml_loader_add_base_signal (Loader          *self,
                                      AlignmentSignal *signal)
{
  GPtrArray *base = alignment_case_get_base (self->kase);

  if (base == NULL)
    {
      g_autoptr(GPtrArray) fresh = g_ptr_array_new_with_free_func (g_object_unref);

      alignment_case_set_base (self->kase, fresh);
      base = fresh;
    }
  g_ptr_array_add (base, signal);
}

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
      guint level;
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
            alignment_xml_loader_fail (self, ALIGNMENT_XML_ERROR_INVALID, line,
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
        case 8:
          read_stable_id (self, line, value, signal);
          break;
        case 9:
          alignment_signal_set_board (signal, value);
          break;
        case 10:
          if (alignment_xml_loader_read_level_number (self, line, value, &level))
            alignment_signal_set_escalation_level (signal, level);
          break;
        case 11:
          if (read_enum (self, line, ALIGNMENT_TYPE_UNDERSTOOD, value, &token))
            alignment_signal_set_understood_estimate (signal, token);
          break;
        case 12:
          if (read_enum (self, line, ALIGNMENT_TYPE_URGENCY, value, &token))
            alignment_signal_set_urgency_understood_estimate (signal, token);
          break;
        case 7:
        default:
          if (read_enum (self, line, ALIGNMENT_TYPE_URGENCY, value, &token))
            alignment_signal_set_urgency_understood (signal, token);
          break;
        }
    }

  if (self->error == NULL && *alignment_signal_get_id (signal) == '\0')
    alignment_xml_loader_fail (self, ALIGNMENT_XML_ERROR_INVALID, line, _("a signal has no id"));
}


/* <trust>: a party's own ratings; <estimate>: the other party's
 * estimate of them (@estimate). */
static void
read_trust (Loader     *self,
            guint       line,
            xmlNodePtr  node,
            gboolean    estimate)
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
      if (estimate)
        alignment_xml_loader_fail (self, ALIGNMENT_XML_ERROR_INVALID, line,
                                   _("an estimate in signal %s does not say whose trust it estimates (party=\"customer\" or party=\"provider\")"),
                                   id);
      else
        alignment_xml_loader_fail (self, ALIGNMENT_XML_ERROR_INVALID, line,
                                   _("a trust rating of signal %s does not say whose trust it rates (party=\"customer\" or party=\"provider\")"),
                                   id);
      return;
    }

  bit = 1u << (party + (estimate ? 4 : 0));
  if (self->trust_parties & bit)
    {
      if (estimate)
        alignment_xml_loader_fail (self, ALIGNMENT_XML_ERROR_INCONSISTENT, line,
                                   party == ALIGNMENT_PARTY_CUSTOMER
                                   ? _("signal %s estimates the customer’s trust twice")
                                   : _("signal %s estimates the service provider’s trust twice"),
                                   id);
      else
        alignment_xml_loader_fail (self, ALIGNMENT_XML_ERROR_INCONSISTENT, line,
                                   party == ALIGNMENT_PARTY_CUSTOMER
                                   ? _("signal %s rates the customer’s trust twice")
                                   : _("signal %s rates the service provider’s trust twice"),
                                   id);
      return;
    }
  self->trust_parties |= bit;

  for (guint realm = 0; realm < ALIGNMENT_N_REALMS; realm++)
    if (estimate)
      alignment_signal_set_impact_estimate (self->signal, party, realm, impact[realm]);
    else
      alignment_signal_set_impact (self->signal, party, realm, impact[realm]);
}

/* The kind of a child element of ours named @name inside @parent, and
 * for text elements the field it fills; FALSE when the format has no such
 * element there. */
gboolean
alignment_xml_child_kind (ElementKind  parent,
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
    { ELEMENT_CASE, "threads", ELEMENT_THREADS, 0 },
    { ELEMENT_CASE, "signals", ELEMENT_SIGNALS, 0 },
    { ELEMENT_STAKEHOLDERS, "stakeholder", ELEMENT_STAKEHOLDER, 0 },
    { ELEMENT_STAKEHOLDER, "name", ELEMENT_TEXT, FIELD_NAME },
    { ELEMENT_STAKEHOLDER, "function", ELEMENT_TEXT, FIELD_FUNCTION },
    { ELEMENT_LESSONS, "lesson", ELEMENT_TEXT, FIELD_LESSON },
    { ELEMENT_THREADS, "thread", ELEMENT_THREAD, 0 },
    { ELEMENT_THREAD, "title", ELEMENT_TEXT, FIELD_THREAD_TITLE },
    { ELEMENT_THREAD, "story", ELEMENT_TEXT, FIELD_THREAD_STORY },
    { ELEMENT_SIGNALS, "signal", ELEMENT_SIGNAL, 0 },
    { ELEMENT_SIGNAL, "trigger", ELEMENT_TEXT, FIELD_TRIGGER },
    { ELEMENT_SIGNAL, "recipients", ELEMENT_TEXT, FIELD_RECIPIENTS },
    { ELEMENT_SIGNAL, "message", ELEMENT_TEXT, FIELD_MESSAGE },
    { ELEMENT_SIGNAL, "goal", ELEMENT_TEXT, FIELD_GOAL },
    { ELEMENT_SIGNAL, "reaction", ELEMENT_TEXT, FIELD_REACTION },
    { ELEMENT_SIGNAL, "trust", ELEMENT_TRUST, 0 },
    { ELEMENT_SIGNAL, "estimate", ELEMENT_ESTIMATE, 0 },
    { ELEMENT_CASE, "survey", ELEMENT_SURVEY, 0 },
    { ELEMENT_SURVEY, "questionnaire", ELEMENT_QUESTIONNAIRE, 0 },
    { ELEMENT_QUESTIONNAIRE, "item", ELEMENT_TEXT, FIELD_SURVEY_ITEM },
    { ELEMENT_SURVEY, "round", ELEMENT_SURVEY_ROUND, 0 },
    { ELEMENT_SURVEY_ROUND, "response", ELEMENT_SURVEY_RESPONSE, 0 },
    { ELEMENT_SURVEY_RESPONSE, "answer", ELEMENT_SURVEY_ANSWER, 0 },
    { ELEMENT_CASE, "exchange", ELEMENT_EXCHANGE, 0 },
    { ELEMENT_EXCHANGE, "conflict", ELEMENT_CONFLICT, 0 },
    { ELEMENT_EXCHANGE, "base", ELEMENT_BASE, 0 },
    { ELEMENT_EXCHANGE, "report", ELEMENT_TEXT, FIELD_REPORT },
    { ELEMENT_BASE, "stakeholders", ELEMENT_STAKEHOLDERS, 0 },
    { ELEMENT_BASE, "lessons", ELEMENT_LESSONS, 0 },
    { ELEMENT_BASE, "signal", ELEMENT_SIGNAL, 0 },
    { ELEMENT_CASE, "governance", ELEMENT_GOVERNANCE, 0 },
    { ELEMENT_GOVERNANCE, "boards", ELEMENT_BOARDS, 0 },
    { ELEMENT_BOARDS, "board", ELEMENT_BOARD, 0 },
    { ELEMENT_BOARD, "name", ELEMENT_TEXT, FIELD_BOARD_NAME },
    { ELEMENT_BOARD, "cadence", ELEMENT_TEXT, FIELD_BOARD_CADENCE },
    { ELEMENT_GOVERNANCE, "levels", ELEMENT_LEVELS, 0 },
    { ELEMENT_LEVELS, "level", ELEMENT_LEVEL, 0 },
    { ELEMENT_LEVEL, "name", ELEMENT_TEXT, FIELD_LEVEL_NAME },
    { ELEMENT_LEVEL, "covers", ELEMENT_TEXT, FIELD_LEVEL_COVERS },
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
    case FIELD_THREAD_TITLE: return alignment_thread_record_get_title (self->thread_record);
    case FIELD_THREAD_STORY: return alignment_thread_record_get_story (self->thread_record);
    case FIELD_TRIGGER: return alignment_signal_get_trigger (self->signal);
    case FIELD_RECIPIENTS: return alignment_signal_get_recipients (self->signal);
    case FIELD_MESSAGE: return alignment_signal_get_message (self->signal);
    case FIELD_GOAL: return alignment_signal_get_goal (self->signal);
    case FIELD_REACTION: return alignment_signal_get_reaction (self->signal);
    case FIELD_SURVEY_ITEM: return alignment_survey_item_get_text (self->survey_item);
    case FIELD_REPORT:
      {
        const char *report = alignment_case_get_merge_report (self->kase);

        return report != NULL ? report : "";
      }
    case FIELD_BOARD_NAME:
    case FIELD_BOARD_CADENCE:
    case FIELD_LEVEL_NAME:
    case FIELD_LEVEL_COVERS:
      return alignment_xml_loader_governance_field_get (self, field);
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
    case FIELD_THREAD_TITLE: alignment_thread_record_set_title (self->thread_record, text); break;
    case FIELD_THREAD_STORY: alignment_thread_record_set_story (self->thread_record, text); break;
    case FIELD_TRIGGER: alignment_signal_set_trigger (self->signal, text); break;
    case FIELD_RECIPIENTS: alignment_signal_set_recipients (self->signal, text); break;
    case FIELD_MESSAGE: alignment_signal_set_message (self->signal, text); break;
    case FIELD_GOAL: alignment_signal_set_goal (self->signal, text); break;
    case FIELD_REACTION: alignment_signal_set_reaction (self->signal, text); break;
    case FIELD_SURVEY_ITEM: alignment_survey_item_set_text (self->survey_item, text); break;
    case FIELD_REPORT: alignment_case_set_merge_report (self->kase, text); break;
    case FIELD_BOARD_NAME:
    case FIELD_BOARD_CADENCE:
    case FIELD_LEVEL_NAME:
    case FIELD_LEVEL_COVERS:
      alignment_xml_loader_governance_field_set (self, field, text);
      break;
    default: g_assert_not_reached ();
    }
}

void
alignment_xml_loader_read_attributes (Loader      *self,
                                      ElementKind  kind,
                                      Field        field,
                                      guint        line,
                                      xmlNodePtr   node)
{
  switch (kind)
    {
    case ELEMENT_PERIOD:
      read_period (self, line, node);
      break;
    case ELEMENT_STAKEHOLDER:
      read_stakeholder (self, line, node);
      break;
    case ELEMENT_THREAD:
      read_thread (self, line, node);
      break;
    case ELEMENT_SIGNAL:
      read_signal (self, line, node);
      break;
    case ELEMENT_TRUST:
      read_trust (self, line, node, FALSE);
      break;
    case ELEMENT_ESTIMATE:
      read_trust (self, line, node, TRUE);
      break;
    case ELEMENT_SURVEY_ROUND:
    case ELEMENT_SURVEY_RESPONSE:
    case ELEMENT_SURVEY_ANSWER:
      alignment_xml_loader_read_survey (self, kind, field, line, node);
      break;
    case ELEMENT_EXCHANGE:
      read_exchange (self, line, node);
      break;
    case ELEMENT_CONFLICT:
      read_conflict (self, line, node);
      break;
    case ELEMENT_BASE:
      read_base (self, line, node);
      break;
    case ELEMENT_GOVERNANCE:
    case ELEMENT_BOARDS:
    case ELEMENT_BOARD:
    case ELEMENT_LEVELS:
    case ELEMENT_LEVEL:
      alignment_xml_loader_start_governance (self, kind, line, node);
      break;
    case ELEMENT_TEXT:
      if (field == FIELD_LESSON)
        self->lesson = alignment_lesson_new ("");
      if (field == FIELD_SURVEY_ITEM)
        alignment_xml_loader_read_survey (self, kind, field, line, node);
      else
        read_no_attributes (self, line, node);
      break;
    case ELEMENT_CASE:
    case ELEMENT_STAKEHOLDERS:
    case ELEMENT_LESSONS:
    case ELEMENT_THREADS:
    case ELEMENT_SIGNALS:
    default:
      read_no_attributes (self, line, node);
      break;
    }
}

/* Text comes as one node but for comments or processing instructions in
 * the middle of it. */
void
alignment_xml_loader_add_text (Loader     *self,
                               Frame      *frame,
                               const char *text)
{
  if (frame->n_texts++ == 0)
    field_set (self, frame->field, text);
  else
    {
      g_autofree char *joined = g_strconcat (field_get (self, frame->field), text, NULL);

      field_set (self, frame->field, joined);
    }
}
