/* alignment-case-xml-write.c: writing and saving the .alignment format
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "alignment-i18n.h"
#include <glib/gstdio.h>
#include <libxml/parser.h>
#include <libxml/xmlwriter.h>

#include "alignment-case.h"
#include "alignment-case-xml.h"
#include "alignment-case-xml-private.h"
#include "alignment-check.h"
#include "alignment-date.h"
#include "alignment-enums.h"
#include "alignment-governance.h"
#include "alignment-lesson.h"
#include "alignment-survey.h"
#include "alignment-survey-response.h"
#include "alignment-survey-round.h"
#include "alignment-merge.h"
#include "alignment-thread-record.h"
#include "alignment-signal.h"
#include "alignment-stakeholder.h"

/* ---- Writing ------------------------------------------------------------ */

/* XML 1.0 cannot carry every string a model may hold: invalid UTF-8 and
 * control characters (other than tab and line ends) would make a file
 * that no XML parser reads back.  They become U+FFFD; the rest is kept. */
static gboolean
is_xml_char (gunichar c)
{
  return c == 0x9 || c == 0xA || c == 0xD
         || (c >= 0x20 && c <= 0xD7FF)
         || (c >= 0xE000 && c <= 0xFFFD)
         || (c >= 0x10000 && c <= 0x10FFFF);
}

static gboolean
text_is_clean (const char *text)
{
  const char *end;

  if (!g_utf8_validate (text, -1, &end))
    return FALSE;

  for (const guchar *p = (const guchar *) text; *p != '\0'; p++)
    {
      if (*p < 0x20 && *p != '\t' && *p != '\n' && *p != '\r')
        return FALSE;
      /* U+FFFE and U+FFFF: EF BF BE, EF BF BF */
      if (p[0] == 0xEF && p[1] == 0xBF && (p[2] == 0xBE || p[2] == 0xBF))
        return FALSE;
    }

  return TRUE;
}

static char *
text_clean (const char *text)
{
  g_autofree char *valid = g_utf8_make_valid (text, -1);
  GString *clean = g_string_sized_new (strlen (valid));

  for (const char *p = valid; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      g_string_append_unichar (clean, is_xml_char (c) ? c : 0xFFFD);
    }

  return g_string_free (clean, FALSE);
}

static void
write_text_element (xmlTextWriterPtr  writer,
                    const char       *name,
                    const char       *text,
                    gboolean          always)
{
  g_autofree char *clean = NULL;

  if (*text == '\0' && !always)
    return;

  if (!text_is_clean (text))
    text = clean = text_clean (text);

  xmlTextWriterWriteElement (writer, BAD_CAST name, BAD_CAST text);
}

static void
write_enum_attribute (xmlTextWriterPtr  writer,
                      const char       *name,
                      GType             type,
                      int               value)
{
  const char *token;

  if (value == 0)
    return;

  token = alignment_enum_to_token (type, value);
  if (token != NULL)
    xmlTextWriterWriteAttribute (writer, BAD_CAST name, BAD_CAST token);
}

static void
write_date_attribute (xmlTextWriterPtr  writer,
                      const char       *name,
                      guint32           julian)
{
  char buf[16];

  if (julian == 0)
    return;

  alignment_date_format_iso (julian, buf);
  xmlTextWriterWriteAttribute (writer, BAD_CAST name, BAD_CAST buf);
}

/* Foreign elements go after the known children of their parent, one a
 * line, indented like them.  xmlTextWriter does not indent raw XML, so
 * the indentation is written here, and indenting is switched back on for
 * the parent's end tag. */
static void
write_foreign (xmlTextWriterPtr  writer,
               GPtrArray        *foreign,
               guint             depth,
               gboolean          first_child)
{
  g_autofree char *indent = g_strnfill (depth * 2, ' ');

  if (foreign == NULL || foreign->len == 0)
    return;

  for (guint i = 0; i < foreign->len; i++)
    {
      if (i == 0 && first_child)
        xmlTextWriterWriteRaw (writer, BAD_CAST "\n");
      xmlTextWriterWriteRaw (writer, BAD_CAST indent);
      xmlTextWriterWriteRaw (writer, g_ptr_array_index (foreign, i));
      xmlTextWriterWriteRaw (writer, BAD_CAST "\n");
    }

  xmlTextWriterSetIndent (writer, 1);
}

static void
write_signal_governance (xmlTextWriterPtr  writer,
                         AlignmentSignal  *signal)
{
  const char *board = alignment_signal_get_board (signal);
  guint level = alignment_signal_get_escalation_level (signal);

  if (*board != '\0')
    {
      g_autofree char *clean = text_is_clean (board) ? NULL : text_clean (board);

      xmlTextWriterWriteAttribute (writer, BAD_CAST "board", BAD_CAST (clean != NULL ? clean : board));
    }
  if (level != 0)
    xmlTextWriterWriteFormatAttribute (writer, BAD_CAST "escalation-level", "%u", level);
}

/* The contract's boards and levels are not written: a file without them
 * means them, so a case nobody changed them in reads as before. */
static void
write_governance (xmlTextWriterPtr  writer,
                  AlignmentCase    *self)
{
  GListModel *boards = G_LIST_MODEL (alignment_case_get_boards (self));
  GListModel *levels = G_LIST_MODEL (alignment_case_get_escalation_levels (self));
  gboolean default_boards = alignment_governance_boards_are_default (boards);
  gboolean default_levels = alignment_governance_levels_are_default (levels);
  guint n;

  if (default_boards && default_levels)
    return;

  xmlTextWriterStartElement (writer, BAD_CAST "governance");
  if (!default_boards)
    {
      xmlTextWriterStartElement (writer, BAD_CAST "boards");
      n = g_list_model_get_n_items (boards);
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(AlignmentBoard) board = g_list_model_get_item (boards, i);

          xmlTextWriterStartElement (writer, BAD_CAST "board");
          write_text_element (writer, "name", alignment_board_get_name (board), FALSE);
          write_text_element (writer, "cadence", alignment_board_get_cadence (board), FALSE);
          xmlTextWriterEndElement (writer);
        }
      xmlTextWriterEndElement (writer);
    }
  if (!default_levels)
    {
      xmlTextWriterStartElement (writer, BAD_CAST "levels");
      n = g_list_model_get_n_items (levels);
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(AlignmentEscalationLevel) level = g_list_model_get_item (levels, i);

          xmlTextWriterStartElement (writer, BAD_CAST "level");
          xmlTextWriterWriteFormatAttribute (writer, BAD_CAST "number", "%u",
                                             alignment_escalation_level_get_number (level));
          write_text_element (writer, "name", alignment_escalation_level_get_name (level), FALSE);
          write_text_element (writer, "covers", alignment_escalation_level_get_covers (level), FALSE);
          xmlTextWriterEndElement (writer);
        }
      xmlTextWriterEndElement (writer);
    }
  xmlTextWriterEndElement (writer);
}

static void
write_signal (xmlTextWriterPtr  writer,
              AlignmentSignal  *signal)
{
  static const struct {
    const char *name;
    const char *(*get) (AlignmentSignal *self);
  } texts[] = {
    { "trigger", alignment_signal_get_trigger },
    { "recipients", alignment_signal_get_recipients },
    { "message", alignment_signal_get_message },
    { "goal", alignment_signal_get_goal },
    { "reaction", alignment_signal_get_reaction },
  };
  static const AlignmentParty parties[] = { ALIGNMENT_PARTY_CUSTOMER, ALIGNMENT_PARTY_PROVIDER };
  gboolean has_children = FALSE;

  xmlTextWriterStartElement (writer, BAD_CAST "signal");
  xmlTextWriterWriteAttribute (writer, BAD_CAST "id", BAD_CAST alignment_signal_get_id (signal));
  write_enum_attribute (writer, "type", ALIGNMENT_TYPE_SIGNAL_TYPE, alignment_signal_get_signal_type (signal));
  write_enum_attribute (writer, "sender", ALIGNMENT_TYPE_PARTY, alignment_signal_get_sender (signal));
  write_date_attribute (writer, "start", alignment_signal_get_start_julian (signal));
  write_date_attribute (writer, "end", alignment_signal_get_end_julian (signal));
  write_enum_attribute (writer, "understood", ALIGNMENT_TYPE_UNDERSTOOD, alignment_signal_get_understood (signal));
  write_enum_attribute (writer, "urgency", ALIGNMENT_TYPE_URGENCY, alignment_signal_get_urgency (signal));
  write_enum_attribute (writer, "urgency-understood", ALIGNMENT_TYPE_URGENCY,
                        alignment_signal_get_urgency_understood (signal));
  /* The other party's estimates: only where it made one, so that files
   * without them are written as before. */
  write_enum_attribute (writer, "understood-estimate", ALIGNMENT_TYPE_UNDERSTOOD,
                        alignment_signal_get_understood_estimate (signal));
  write_enum_attribute (writer, "urgency-understood-estimate", ALIGNMENT_TYPE_URGENCY,
                        alignment_signal_get_urgency_understood_estimate (signal));
  write_signal_governance (writer, signal);
  /* Last, so that files written before it diff line by line. */
  xmlTextWriterWriteAttribute (writer, BAD_CAST "uuid", BAD_CAST alignment_signal_ensure_stable_id (signal));

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      const char *text = texts[i].get (signal);

      has_children |= *text != '\0';
      write_text_element (writer, texts[i].name, text, FALSE);
    }

  for (guint i = 0; i < 2 * G_N_ELEMENTS (parties); i++)
    {
      gboolean estimate = i >= G_N_ELEMENTS (parties);
      AlignmentParty party = parties[i % G_N_ELEMENTS (parties)];
      AlignmentImpact impact[ALIGNMENT_N_REALMS];
      gboolean known = FALSE;

      for (guint realm = 0; realm < ALIGNMENT_N_REALMS; realm++)
        {
          impact[realm] = estimate ? alignment_signal_get_impact_estimate (signal, party, realm)
                                   : alignment_signal_get_impact (signal, party, realm);
          known |= impact[realm] != ALIGNMENT_IMPACT_UNKNOWN;
        }

      if (!known)
        continue;

      has_children = TRUE;
      /* The party's own ratings, then the other party's estimates of them. */
      xmlTextWriterStartElement (writer, BAD_CAST (estimate ? "estimate" : "trust"));
      write_enum_attribute (writer, "party", ALIGNMENT_TYPE_PARTY, party);
      for (guint realm = 0; realm < ALIGNMENT_N_REALMS; realm++)
        write_enum_attribute (writer, alignment_xml_realm_attributes[realm], ALIGNMENT_TYPE_IMPACT, impact[realm]);
      xmlTextWriterEndElement (writer);
    }

  write_foreign (writer, alignment_signal_get_foreign (signal), 3, !has_children);
  xmlTextWriterEndElement (writer);
}

/* Only what someone wrote: a record that says nothing (or a default
 * title, which is not in the record) is left out. */
static void
write_thread_records (xmlTextWriterPtr  writer,
                      GListModel       *records)
{
  guint n = g_list_model_get_n_items (records);
  gboolean started = FALSE;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AlignmentThreadRecord) record = g_list_model_get_item (records, i);
      g_autofree char *aligned_in = NULL;

      if (alignment_thread_record_is_empty (record))
        continue;

      if (!started)
        xmlTextWriterStartElement (writer, BAD_CAST "threads");
      started = TRUE;

      xmlTextWriterStartElement (writer, BAD_CAST "thread");
      xmlTextWriterWriteFormatAttribute (writer, BAD_CAST "number", "%u",
                                         alignment_thread_record_get_number (record));
      aligned_in = alignment_realm_flags_to_tokens (alignment_thread_record_get_aligned_in (record));
      if (*aligned_in != '\0')
        xmlTextWriterWriteAttribute (writer, BAD_CAST "aligned-in", BAD_CAST aligned_in);
      write_text_element (writer, "title", alignment_thread_record_get_title (record), FALSE);
      write_text_element (writer, "story", alignment_thread_record_get_story (record), FALSE);
      xmlTextWriterEndElement (writer);
    }

  if (started)
    xmlTextWriterEndElement (writer);
}

/* The questionnaire, then the rounds; nothing for a case without a
 * survey, so that such files stay as they were. */
static void
write_survey (xmlTextWriterPtr  writer,
              AlignmentCase    *self)
{
  GListModel *items = G_LIST_MODEL (alignment_case_get_survey_items (self));
  GListModel *rounds = G_LIST_MODEL (alignment_case_get_survey_rounds (self));
  guint n_items = g_list_model_get_n_items (items);
  guint n_rounds = g_list_model_get_n_items (rounds);

  if (n_items == 0 && n_rounds == 0)
    return;

  xmlTextWriterStartElement (writer, BAD_CAST "survey");

  if (n_items > 0)
    {
      xmlTextWriterStartElement (writer, BAD_CAST "questionnaire");
      for (guint i = 0; i < n_items; i++)
        {
          g_autoptr(AlignmentSurveyItem) item = g_list_model_get_item (items, i);
          const char *text = alignment_survey_item_get_text (item);
          g_autofree char *clean = text_is_clean (text) ? NULL : text_clean (text);

          xmlTextWriterStartElement (writer, BAD_CAST "item");
          xmlTextWriterWriteFormatAttribute (writer, BAD_CAST "number", "%u",
                                             alignment_survey_item_get_number (item));
          xmlTextWriterWriteAttribute (writer, BAD_CAST "realm",
                                       BAD_CAST alignment_enum_to_token (ALIGNMENT_TYPE_REALM,
                                                                         alignment_survey_item_get_realm (item)));
          if (alignment_survey_item_get_reverse (item))
            xmlTextWriterWriteAttribute (writer, BAD_CAST "reverse", BAD_CAST "yes");
          xmlTextWriterWriteString (writer, BAD_CAST (clean != NULL ? clean : text));
          xmlTextWriterEndElement (writer);
        }
      xmlTextWriterEndElement (writer);
    }

  for (guint i = 0; i < n_rounds; i++)
    {
      g_autoptr(AlignmentSurveyRound) round = g_list_model_get_item (rounds, i);
      GListModel *responses = G_LIST_MODEL (alignment_survey_round_get_responses (round));
      guint n_responses = g_list_model_get_n_items (responses);
      const char *name = alignment_survey_round_get_name (round);
      g_autofree char *clean_name = text_is_clean (name) ? NULL : text_clean (name);

      xmlTextWriterStartElement (writer, BAD_CAST "round");
      if (*name != '\0')
        xmlTextWriterWriteAttribute (writer, BAD_CAST "name", BAD_CAST (clean_name != NULL ? clean_name : name));
      write_date_attribute (writer, "date", alignment_survey_round_get_date (round));

      for (guint j = 0; j < n_responses; j++)
        {
          g_autoptr(AlignmentSurveyResponse) response = g_list_model_get_item (responses, j);
          const char *respondent = alignment_survey_response_get_respondent (response);
          g_autofree char *clean_respondent = text_is_clean (respondent) ? NULL : text_clean (respondent);

          xmlTextWriterStartElement (writer, BAD_CAST "response");
          write_enum_attribute (writer, "party", ALIGNMENT_TYPE_PARTY,
                                alignment_survey_response_get_party (response));
          if (*respondent != '\0')
            xmlTextWriterWriteAttribute (writer, BAD_CAST "respondent",
                                         BAD_CAST (clean_respondent != NULL ? clean_respondent : respondent));
          for (guint number = 1; number <= ALIGNMENT_SURVEY_N_ITEMS; number++)
            {
              guint answer = alignment_survey_response_get_answer (response, number);

              if (answer == 0)
                continue;
              xmlTextWriterStartElement (writer, BAD_CAST "answer");
              xmlTextWriterWriteFormatAttribute (writer, BAD_CAST "item", "%u", number);
              xmlTextWriterWriteFormatAttribute (writer, BAD_CAST "value", "%u", answer);
              xmlTextWriterEndElement (writer);
            }
          xmlTextWriterEndElement (writer);
        }
      xmlTextWriterEndElement (writer);
    }

  xmlTextWriterEndElement (writer);
}

static void
write_optional_attribute (xmlTextWriterPtr  writer,
                          const char       *name,
                          const char       *value)
{
  g_autofree char *clean = NULL;

  if (value == NULL)
    return;
  clean = text_clean (value);
  xmlTextWriterWriteAttribute (writer, BAD_CAST name, BAD_CAST clean);
}

static void
write_stakeholders (xmlTextWriterPtr  writer,
                    GListModel       *stakeholders)
{
  guint n = g_list_model_get_n_items (stakeholders);

  xmlTextWriterStartElement (writer, BAD_CAST "stakeholders");
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AlignmentStakeholder) stakeholder = g_list_model_get_item (stakeholders, i);

      xmlTextWriterStartElement (writer, BAD_CAST "stakeholder");
      write_enum_attribute (writer, "party", ALIGNMENT_TYPE_PARTY,
                            alignment_stakeholder_get_party (stakeholder));
      write_text_element (writer, "name", alignment_stakeholder_get_name (stakeholder), FALSE);
      write_text_element (writer, "function", alignment_stakeholder_get_function (stakeholder), FALSE);
      xmlTextWriterEndElement (writer);
    }
  xmlTextWriterEndElement (writer);
}

static void
write_lessons (xmlTextWriterPtr  writer,
               GListModel       *lessons)
{
  guint n = g_list_model_get_n_items (lessons);

  xmlTextWriterStartElement (writer, BAD_CAST "lessons");
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AlignmentLesson) lesson = g_list_model_get_item (lessons, i);

      write_text_element (writer, "lesson", alignment_lesson_get_text (lesson), TRUE);
    }
  xmlTextWriterEndElement (writer);
}

/* Whose copy, the case's id, the undecided conflicts and the base of the
 * next merge (see alignment-merge.h).  Every case gets an id on its
 * first save, as every signal does. */
static void
write_exchange (xmlTextWriterPtr  writer,
                AlignmentCase    *self)
{
  GPtrArray *conflicts = alignment_case_get_conflicts (self);
  GPtrArray *base = alignment_case_get_base (self);
  AlignmentCopyOwner owner = alignment_case_get_owner (self);

  xmlTextWriterStartElement (writer, BAD_CAST "exchange");
  if (owner != ALIGNMENT_COPY_OWNER_UNKNOWN)
    write_optional_attribute (writer, "owner", alignment_copy_owner_to_token (owner));
  write_optional_attribute (writer, "id", alignment_case_ensure_case_id (self));
  write_optional_attribute (writer, "copy-of", alignment_case_get_copy_of (self));

  for (guint i = 0; i < conflicts->len; i++)
    {
      AlignmentConflict *conflict = g_ptr_array_index (conflicts, i);

      xmlTextWriterStartElement (writer, BAD_CAST "conflict");
      write_optional_attribute (writer, "signal", conflict->signal);
      write_optional_attribute (writer, "signal-id", conflict->signal_id);
      write_optional_attribute (writer, "field", conflict->field);
      write_optional_attribute (writer, "ours", conflict->ours);
      write_optional_attribute (writer, "ours-author", conflict->ours_author);
      write_optional_attribute (writer, "theirs", conflict->theirs);
      write_optional_attribute (writer, "theirs-author", conflict->theirs_author);
      if (conflict->later)
        xmlTextWriterWriteAttribute (writer, BAD_CAST "later", BAD_CAST "yes");
      xmlTextWriterEndElement (writer);
    }

  if (alignment_case_get_merge_report (self) != NULL)
    write_text_element (writer, "report", alignment_case_get_merge_report (self), FALSE);

  if (base != NULL)
    {
      GHashTable *details = alignment_case_get_base_details (self);

      xmlTextWriterStartElement (writer, BAD_CAST "base");
      /* The details as last exchanged; the title is written even when
       * empty, so that a reader knows the details were kept. */
      if (details != NULL)
        {
          guint n_details;
          const char * const *names = alignment_case_list_details (&n_details);
          const char *title = g_hash_table_lookup (details, "title");

          xmlTextWriterWriteAttribute (writer, BAD_CAST "title", BAD_CAST (title != NULL ? title : ""));
          for (guint i = 1; i < n_details; i++)
            write_optional_attribute (writer, names[i], g_hash_table_lookup (details, names[i]));
        }
      /* Written even empty when known, as the title is. */
      if (alignment_case_get_base_stakeholders (self) != NULL)
        write_stakeholders (writer, G_LIST_MODEL (alignment_case_get_base_stakeholders (self)));
      if (alignment_case_get_base_lessons (self) != NULL)
        write_lessons (writer, G_LIST_MODEL (alignment_case_get_base_lessons (self)));
      for (guint i = 0; i < base->len; i++)
        write_signal (writer, g_ptr_array_index (base, i));
      xmlTextWriterEndElement (writer);
    }

  xmlTextWriterEndElement (writer);
}

static void
write_case (xmlTextWriterPtr  writer,
            AlignmentCase    *self)
{
  GListModel *stakeholders = G_LIST_MODEL (alignment_case_get_stakeholders (self));
  GListModel *lessons = G_LIST_MODEL (alignment_case_get_lessons (self));
  guint32 start = alignment_case_get_period_start (self);
  guint32 end = alignment_case_get_period_end (self);
  AlignmentSignal **signals;
  guint n_signals;

  /* The namespace as an attribute, not through StartElementNS, which
   * would write it after version="…". */
  xmlTextWriterStartElement (writer, BAD_CAST "case");
  xmlTextWriterWriteAttribute (writer, BAD_CAST "xmlns", BAD_CAST ALIGNMENT_XML_NAMESPACE);
  xmlTextWriterWriteAttribute (writer, BAD_CAST "version", BAD_CAST ALIGNMENT_XML_VERSION);

  write_text_element (writer, "title", alignment_case_get_title (self), TRUE);
  write_text_element (writer, "customer", alignment_case_get_customer_name (self), FALSE);
  write_text_element (writer, "provider", alignment_case_get_provider_name (self), FALSE);

  if (start != 0 || end != 0)
    {
      xmlTextWriterStartElement (writer, BAD_CAST "period");
      write_date_attribute (writer, "start", start);
      write_date_attribute (writer, "end", end);
      xmlTextWriterEndElement (writer);
    }

  write_text_element (writer, "context", alignment_case_get_context (self), FALSE);

  if (g_list_model_get_n_items (stakeholders) > 0)
    write_stakeholders (writer, stakeholders);
  if (g_list_model_get_n_items (lessons) > 0)
    write_lessons (writer, lessons);

  write_thread_records (writer, G_LIST_MODEL (alignment_case_get_thread_records (self)));
  write_governance (writer, self);

  signals = alignment_case_peek_signals (self, &n_signals);
  if (n_signals > 0)
    {
      xmlTextWriterStartElement (writer, BAD_CAST "signals");
      for (guint i = 0; i < n_signals; i++)
        write_signal (writer, signals[i]);
      xmlTextWriterEndElement (writer);
    }

  write_survey (writer, self);

  write_exchange (writer, self);
  write_foreign (writer, alignment_case_get_foreign (self), 1, FALSE);
  xmlTextWriterEndElement (writer);
}

static void
free_xml (gpointer data)
{
  xmlFree (data);
}

GBytes *
alignment_case_to_bytes (AlignmentCase *self)
{
  xmlBufferPtr buffer;
  xmlTextWriterPtr writer;
  xmlChar *content;
  gsize length;

  g_return_val_if_fail (ALIGNMENT_IS_CASE (self), NULL);

  buffer = xmlBufferCreate ();
  /* libxml2 2.9 grows a buffer by what each write needs: copying it on
   * every write, a long text made saving quadratic wherever realloc()
   * copies (as under AddressSanitizer). */
  xmlBufferSetAllocationScheme (buffer, XML_BUFFER_ALLOC_DOUBLEIT);
  writer = xmlNewTextWriterMemory (buffer, 0);
  xmlTextWriterSetIndent (writer, 1);
  xmlTextWriterSetIndentString (writer, BAD_CAST "  ");

  xmlTextWriterStartDocument (writer, "1.0", "UTF-8", NULL);
  write_case (writer, self);
  xmlTextWriterEndDocument (writer);
  xmlFreeTextWriter (writer);

  length = xmlBufferLength (buffer);
  content = xmlBufferDetach (buffer);
  xmlBufferFree (buffer);

  return g_bytes_new_with_free_func (content, length, free_xml, content);
}

static gboolean
set_save_error (GError     **error,
                const char  *name,
                int          errsv,
                const char  *what)
{
  g_set_error (error, ALIGNMENT_XML_ERROR, ALIGNMENT_XML_ERROR_WRITE,
               _("Could not save “%s”: %s (%s)"), name, what, g_strerror (errsv));
  return FALSE;
}

static gssize
real_write (int         fd,
            const void *data,
            gsize       length)
{
  return write (fd, data, length);
}

static const AlignmentSaveOps real_ops = {
  .mkstemp = g_mkstemp_full,
  .fchmod = fchmod,
  .write = real_write,
  .fsync = fsync,
  .close = close,
  .rename = g_rename,
};

static const AlignmentSaveOps *ops = &real_ops;

void
alignment_xml_set_save_ops (const AlignmentSaveOps *save_ops)
{
  ops = save_ops != NULL ? save_ops : &real_ops;
}

static gboolean
write_all (int            fd,
           const char    *data,
           gsize          length,
           GCancellable  *cancellable,
           int           *errsv)
{
  while (length > 0)
    {
      gssize n;

      if (g_cancellable_is_cancelled (cancellable))
        {
          *errsv = ECANCELED;
          return FALSE;
        }

      n = ops->write (fd, data, MIN (length, 1 << 20));
      if (n < 0)
        {
          if (errno == EINTR)
            continue;
          *errsv = errno;
          return FALSE;
        }

      data += n;
      length -= (gsize) n;
    }

  return TRUE;
}

/* Writes @bytes to @path by way of a new file in the same folder that
 * replaces the old one in a single rename(), so that whatever fails, the
 * old file stays as it was.  g_file_replace_contents() would do the same
 * only where it can: when it cannot create its temporary file (a
 * read-only folder, say) or give it the old owner, it truncates the old
 * file and writes into it, and a failure then loses it. */
static gboolean
save_local (const char    *path,
            GBytes        *bytes,
            GCancellable  *cancellable,
            GError       **error)
{
  g_autofree char *name = g_filename_display_basename (path);
  g_autofree char *resolved = realpath (path, NULL);
  const char *target = resolved != NULL ? resolved : path;
  g_autofree char *dir = g_path_get_dirname (target);
  g_autofree char *base = g_path_get_basename (target);
  g_autofree char *temp = g_strdup_printf ("%s/.%s.XXXXXX", dir, base);
  const char *data;
  gsize length;
  struct stat st;
  gboolean existed;
  int errsv = 0;
  int fd;

  existed = g_stat (target, &st) == 0;
  if (existed && !S_ISREG (st.st_mode))
    return set_save_error (error, name, S_ISDIR (st.st_mode) ? EISDIR : EINVAL,
                           _("it is not a regular file"));
  if (existed && access (target, W_OK) != 0)
    return set_save_error (error, name, errno, _("the file is read-only"));

  /* 0666 less the umask, as for any new file. */
  fd = ops->mkstemp (temp, O_WRONLY | O_CLOEXEC, 0666);
  if (fd < 0)
    return set_save_error (error, name, errno, _("no new file can be made in its folder"));

  if (existed)
    {
      /* Keep the old file's owner where we may, and its permissions. */
      if (fchown (fd, st.st_uid, st.st_gid) != 0 && fchown (fd, (uid_t) -1, st.st_gid) != 0)
        { /* a file of someone else's: it becomes ours, like any edit */ }
      if (ops->fchmod (fd, st.st_mode & 07777) != 0)
        errsv = errno;
    }

  data = g_bytes_get_data (bytes, &length);
  if (errsv == 0 && !write_all (fd, data, length, cancellable, &errsv))
    { /* errsv set */ }
  /* Without this, a crash soon after the rename can leave an empty file
   * on some file systems. */
  if (errsv == 0 && ops->fsync (fd) != 0)
    errsv = errno;
  if (ops->close (fd) != 0 && errsv == 0)
    errsv = errno;
  if (errsv == 0 && ops->rename (temp, target) != 0)
    errsv = errno;

  if (errsv != 0)
    {
      g_unlink (temp);
      if (errsv == ECANCELED && g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;
      return set_save_error (error, name, errsv, _("the file could not be written"));
    }

  return TRUE;
}

/* Foreign elements that came from a file are well-formed; one added by
 * other code might not be, and would make a file that never loads again. */
static gboolean
foreign_is_valid (const char *xml)
{
  PrologScanner scan;
  xmlDocPtr doc;
  xmlNodePtr root;
  gboolean valid;

  alignment_xml_prolog_scanner_init (&scan);
  alignment_xml_prolog_scan (&scan, xml, strlen (xml));
  if (scan.state == PROLOG_DOCTYPE || scan.not_xml)
    return FALSE;

  doc = xmlReadMemory (xml, (int) strlen (xml), NULL, "UTF-8",
                       XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
  root = doc != NULL ? xmlDocGetRootElement (doc) : NULL;
  valid = root != NULL
          && doc->intSubset == NULL
          && (root->ns == NULL || !xmlStrEqual (root->ns->href, BAD_CAST ALIGNMENT_XML_NAMESPACE));
  xmlFreeDoc (doc);

  return valid;
}

static gboolean
check_foreign (AlignmentCase  *self,
               GFile          *file,
               GError        **error)
{
  AlignmentSignal **signals;
  guint n_signals;
  GPtrArray *foreign;
  const char *where = NULL;

  foreign = alignment_case_get_foreign (self);
  for (guint i = 0; foreign != NULL && i < foreign->len && where == NULL; i++)
    if (!foreign_is_valid (g_ptr_array_index (foreign, i)))
      where = "";

  signals = alignment_case_peek_signals (self, &n_signals);
  for (guint s = 0; s < n_signals && where == NULL; s++)
    {
      foreign = alignment_signal_get_foreign (signals[s]);
      for (guint i = 0; foreign != NULL && i < foreign->len && where == NULL; i++)
        if (!foreign_is_valid (g_ptr_array_index (foreign, i)))
          where = alignment_signal_get_id (signals[s]);
    }

  if (where != NULL)
    {
      g_autofree char *name = alignment_xml_display_basename (file);

      if (*where != '\0')
        g_set_error (error, ALIGNMENT_XML_ERROR, ALIGNMENT_XML_ERROR_WRITE,
                     _("Could not save “%s”: signal %s holds extra data that is not well-formed XML"),
                     name, where);
      else
        g_set_error (error, ALIGNMENT_XML_ERROR, ALIGNMENT_XML_ERROR_WRITE,
                     _("Could not save “%s”: the case holds extra data that is not well-formed XML"),
                     name);
      return FALSE;
    }

  return TRUE;
}

gboolean
alignment_case_save (AlignmentCase  *self,
                     GFile          *file,
                     GCancellable   *cancellable,
                     GError        **error)
{
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (ALIGNMENT_IS_CASE (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  /* A file with these problems would not load again: refuse it now,
   * while the user can still fix the case, rather than then. */
  problems = alignment_case_check (self);
  for (guint i = 0; i < problems->len; i++)
    {
      AlignmentProblem *problem = g_ptr_array_index (problems, i);

      if (alignment_problem_refuses_file (problem))
        {
          g_autofree char *name = alignment_xml_display_basename (file);

          g_set_error (error, ALIGNMENT_XML_ERROR, ALIGNMENT_XML_ERROR_INCONSISTENT,
                       _("Could not save “%s”: %s"), name, problem->message);
          return FALSE;
        }
    }

  if (!check_foreign (self, file, error))
    return FALSE;

  bytes = alignment_case_to_bytes (self);

  path = g_file_get_path (file);
  if (path != NULL)
    return save_local (path, bytes, cancellable, error);

  /* Not a local file: the backend decides how atomic it can be. */
  if (!g_file_replace_contents (file, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                NULL, FALSE, G_FILE_CREATE_NONE, NULL, cancellable, &local_error))
    {
      g_autofree char *name = alignment_xml_display_basename (file);

      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_propagate_error (error, g_steal_pointer (&local_error));
      else
        g_set_error (error, ALIGNMENT_XML_ERROR, ALIGNMENT_XML_ERROR_WRITE,
                     _("Could not save “%s”: %s"), name, local_error->message);
      return FALSE;
    }

  return TRUE;
}
