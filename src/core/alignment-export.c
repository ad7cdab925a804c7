/* alignment-export.c: a case as a sheet, or as a process-mining log
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <libxml/xmlwriter.h>

#include "alignment-analysis.h"
#include "alignment-case.h"
#include "alignment-date.h"
#include "alignment-export.h"
#include "alignment-export-private.h"
#include "alignment-governance.h"
#include "alignment-import.h"
#include "alignment-signal.h"
#include "alignment-thread-record.h"

/* ---- Delimited text ------------------------------------------------------ */

static void
append_cell (GString    *out,
             const char *text,
             char        delimiter)
{
  gboolean quote = *text != '\0'
                && (strchr (text, delimiter) != NULL || strpbrk (text, "\"\r\n") != NULL
                    || g_ascii_isspace (text[0]) || g_ascii_isspace (text[strlen (text) - 1]));

  if (!quote)
    {
      g_string_append (out, text);
      return;
    }

  g_string_append_c (out, '"');
  for (const char *p = text; *p; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

static void
append_row (GString            *out,
            const char * const *cells,
            guint               n_cells,
            char                delimiter)
{
  for (guint i = 0; i < n_cells; i++)
    {
      if (i > 0)
        g_string_append_c (out, delimiter);
      append_cell (out, cells[i] != NULL ? cells[i] : "", delimiter);
    }
  g_string_append (out, "\r\n");
}

/* The sheet's own words, which the importer reads back: "CUST", "Very
 * high", "Positive"; English whatever the user's language, like the
 * header. */
static const char *
sheet_party (AlignmentParty party)
{
  switch (party)
    {
    case ALIGNMENT_PARTY_CUSTOMER:
      return "CUST";
    case ALIGNMENT_PARTY_PROVIDER:
      return "SP";
    case ALIGNMENT_PARTY_UNKNOWN:
    default:
      return "";
    }
}

static const char *
sheet_word (GType type,
            int   value)
{
  static const char * const signal_types[] = { "", "Request sent", "Request received", "Escalation sent", "Alignment event" };
  static const char * const urgencies[] = { "", "Low", "Medium", "High", "Very high" };
  static const char * const understood[] = { "", "yes", "no" };
  static const char * const impacts[] = { "", "Negative", "Same", "Positive" };

  if (type == ALIGNMENT_TYPE_SIGNAL_TYPE)
    return signal_types[value];
  if (type == ALIGNMENT_TYPE_URGENCY)
    return urgencies[value];
  if (type == ALIGNMENT_TYPE_UNDERSTOOD)
    return understood[value];
  if (type == ALIGNMENT_TYPE_IMPACT)
    return impacts[value];
  g_return_val_if_reached ("");
}

static char *
sheet_date (guint32 julian)
{
  char buf[11];

  if (julian == 0)
    return g_strdup ("");
  alignment_date_format_iso (julian, buf);
  return g_strdup (buf);
}

static char *
sheet_urgency (AlignmentSignal *signal)
{
  AlignmentUrgency intended = alignment_signal_get_urgency (signal);
  AlignmentUrgency understood = alignment_signal_get_urgency_understood (signal);

  if (understood == ALIGNMENT_URGENCY_UNKNOWN || understood == intended)
    return g_strdup (sheet_word (ALIGNMENT_TYPE_URGENCY, intended));

  /* intended/understood, as the column's name says */
  return g_strdup_printf ("%s/%s",
                          sheet_word (ALIGNMENT_TYPE_URGENCY, intended),
                          sheet_word (ALIGNMENT_TYPE_URGENCY, understood));
}

/* The cells of @s in the thesis's column order, in the sheet's words. */
char **
_alignment_export_signal_row (AlignmentCase   *self,
                              AlignmentSignal *s)
{
  char **cells = g_new0 (char *, ALIGNMENT_N_COLUMNS + 1);
  AlignmentThreadRecord *record = alignment_case_lookup_thread_record (self, alignment_signal_get_thread (s));

  cells[ALIGNMENT_COLUMN_ID] = g_strdup (alignment_signal_get_id (s));
  cells[ALIGNMENT_COLUMN_TYPE] = g_strdup (sheet_word (ALIGNMENT_TYPE_SIGNAL_TYPE, alignment_signal_get_signal_type (s)));
  cells[ALIGNMENT_COLUMN_SENDER] = g_strdup (sheet_party (alignment_signal_get_sender (s)));
  cells[ALIGNMENT_COLUMN_TRIGGER] = g_strdup (alignment_signal_get_trigger (s));
  cells[ALIGNMENT_COLUMN_START] = sheet_date (alignment_signal_get_start_julian (s));
  cells[ALIGNMENT_COLUMN_END] = sheet_date (alignment_signal_get_end_julian (s));
  cells[ALIGNMENT_COLUMN_RECIPIENTS] = g_strdup (alignment_signal_get_recipients (s));
  cells[ALIGNMENT_COLUMN_MESSAGE] = g_strdup (alignment_signal_get_message (s));
  cells[ALIGNMENT_COLUMN_GOAL] = g_strdup (alignment_signal_get_goal (s));
  cells[ALIGNMENT_COLUMN_UNDERSTOOD] = g_strdup (sheet_word (ALIGNMENT_TYPE_UNDERSTOOD, alignment_signal_get_understood (s)));
  cells[ALIGNMENT_COLUMN_URGENCY] = sheet_urgency (s);
  cells[ALIGNMENT_COLUMN_REACTION] = g_strdup (alignment_signal_get_reaction (s));
  for (guint k = 0; k < ALIGNMENT_N_PARTIES * ALIGNMENT_N_REALMS; k++)
    cells[ALIGNMENT_COLUMN_CUSTOMER_CONTRACTUAL + k] =
      g_strdup (sheet_word (ALIGNMENT_TYPE_IMPACT,
                            alignment_signal_get_impact (s,
                                                         k < ALIGNMENT_N_REALMS ? ALIGNMENT_PARTY_CUSTOMER : ALIGNMENT_PARTY_PROVIDER,
                                                         k % ALIGNMENT_N_REALMS)));
  /* Only a title someone gave: the default one reads back as the
   * trigger it is. */
  cells[ALIGNMENT_COLUMN_THREAD] = g_strdup (record != NULL ? alignment_thread_record_get_title (record) : "");
  cells[ALIGNMENT_COLUMN_STABLE_ID] = g_strdup (alignment_signal_ensure_stable_id (s));
  cells[ALIGNMENT_COLUMN_BOARD] = g_strdup (alignment_signal_get_board (s));
  cells[ALIGNMENT_COLUMN_ESCALATION_LEVEL] =
    alignment_governance_level_label (G_LIST_MODEL (alignment_case_get_escalation_levels (self)),
                                      alignment_signal_get_escalation_level (s));
  return cells;
}

GBytes *
alignment_case_to_delimited (AlignmentCase *self,
                             char           delimiter)
{
  g_autoptr(GString) out = g_string_new (NULL);
  const char *cells[ALIGNMENT_N_COLUMNS];
  AlignmentSignal **signals;
  guint n;

  g_return_val_if_fail (ALIGNMENT_IS_CASE (self), NULL);
  g_return_val_if_fail (delimiter == ',' || delimiter == ';' || delimiter == '\t', NULL);

  /* A title and a context above the header read back as such; a context
   * without a title would read back as the title, so it needs one. */
  if (*alignment_case_get_title (self) != '\0')
    {
      const char *title = alignment_case_get_title (self);
      const char *context = alignment_case_get_context (self);

      append_row (out, &title, 1, delimiter);
      if (*context != '\0')
        append_row (out, &context, 1, delimiter);
    }

  for (guint c = 0; c < ALIGNMENT_N_COLUMNS; c++)
    cells[c] = alignment_column_get_header (c);
  append_row (out, cells, ALIGNMENT_N_COLUMNS, delimiter);

  signals = alignment_case_peek_signals (self, &n);
  for (guint i = 0; i < n; i++)
    {
      g_auto(GStrv) row = _alignment_export_signal_row (self, signals[i]);

      append_row (out, (const char * const *) row, ALIGNMENT_N_COLUMNS, delimiter);
    }

  return g_string_free_to_bytes (g_steal_pointer (&out));
}

/* ---- XES ----------------------------------------------------------------- */

#define XES_NS_CONCEPT   "http://www.xes-standard.org/concept.xesext"
#define XES_NS_TIME      "http://www.xes-standard.org/time.xesext"
#define XES_NS_ORG       "http://www.xes-standard.org/org.xesext"
#define XES_NS_LIFECYCLE "http://www.xes-standard.org/lifecycle.xesext"

static void
xes_attribute (xmlTextWriterPtr  writer,
               const char       *element,
               const char       *key,
               const char       *value)
{
  if (value == NULL || *value == '\0')
    return;

  xmlTextWriterStartElement (writer, (const xmlChar *) element);
  xmlTextWriterWriteAttribute (writer, (const xmlChar *) "key", (const xmlChar *) key);
  xmlTextWriterWriteAttribute (writer, (const xmlChar *) "value", (const xmlChar *) value);
  xmlTextWriterEndElement (writer);
}

static void
xes_extension (xmlTextWriterPtr  writer,
               const char       *name,
               const char       *prefix,
               const char       *uri)
{
  xmlTextWriterStartElement (writer, (const xmlChar *) "extension");
  xmlTextWriterWriteAttribute (writer, (const xmlChar *) "name", (const xmlChar *) name);
  xmlTextWriterWriteAttribute (writer, (const xmlChar *) "prefix", (const xmlChar *) prefix);
  xmlTextWriterWriteAttribute (writer, (const xmlChar *) "uri", (const xmlChar *) uri);
  xmlTextWriterEndElement (writer);
}

/* XES dates are full xs:dateTime values; signals have days. */
static char *
xes_timestamp (guint32 julian)
{
  char day[11];

  alignment_date_format_iso (julian, day);
  return g_strdup_printf ("%sT00:00:00.000+00:00", day);
}

/* The board by name, the level as a number a mining tool can compare
 * and by the case's name for it. */
static void
xes_governance (xmlTextWriterPtr  writer,
                GListModel       *levels,
                AlignmentSignal  *s)
{
  guint level = alignment_signal_get_escalation_level (s);
  AlignmentEscalationLevel *known = alignment_governance_lookup_level (levels, level);

  xes_attribute (writer, "string", "governance:board", alignment_signal_get_board (s));
  if (level != 0)
    {
      g_autofree char *number = g_strdup_printf ("%u", level);

      xes_attribute (writer, "int", "governance:escalation-level", number);
      if (known != NULL)
        xes_attribute (writer, "string", "governance:escalation-level-name",
                       alignment_escalation_level_get_name (known));
    }
}

static void
xes_event (xmlTextWriterPtr  writer,
           GListModel       *levels,
           AlignmentSignal  *s,
           guint32           julian,
           const char       *transition)
{
  static const char * const impact_keys[] = {
    "trust:customer:contractual", "trust:customer:operational", "trust:customer:relational",
    "trust:provider:contractual", "trust:provider:operational", "trust:provider:relational",
  };

  xmlTextWriterStartElement (writer, (const xmlChar *) "event");
  xes_attribute (writer, "string", "concept:name",
                 sheet_word (ALIGNMENT_TYPE_SIGNAL_TYPE, alignment_signal_get_signal_type (s)));
  if (julian != 0)
    {
      g_autofree char *timestamp = xes_timestamp (julian);
      xes_attribute (writer, "date", "time:timestamp", timestamp);
    }
  xes_attribute (writer, "string", "org:resource", sheet_party (alignment_signal_get_sender (s)));
  xes_attribute (writer, "string", "lifecycle:transition", transition);
  xes_attribute (writer, "string", "signal:id", alignment_signal_get_id (s));
  xes_attribute (writer, "string", "signal:uuid", alignment_signal_ensure_stable_id (s));
  xes_attribute (writer, "string", "signal:trigger", alignment_signal_get_trigger (s));
  xes_attribute (writer, "string", "signal:recipients", alignment_signal_get_recipients (s));
  xes_attribute (writer, "string", "signal:message", alignment_signal_get_message (s));
  xes_attribute (writer, "string", "signal:goal", alignment_signal_get_goal (s));
  xes_attribute (writer, "string", "signal:reaction", alignment_signal_get_reaction (s));
  xes_attribute (writer, "string", "signal:understood",
                 alignment_enum_to_token (ALIGNMENT_TYPE_UNDERSTOOD, alignment_signal_get_understood (s)));
  xes_attribute (writer, "string", "signal:urgency",
                 alignment_enum_to_token (ALIGNMENT_TYPE_URGENCY, alignment_signal_get_urgency (s)));
  if (alignment_signal_get_urgency_understood (s) != ALIGNMENT_URGENCY_UNKNOWN)
    xes_attribute (writer, "string", "signal:urgency-understood",
                   alignment_enum_to_token (ALIGNMENT_TYPE_URGENCY, alignment_signal_get_urgency_understood (s)));
  xes_governance (writer, levels, s);
  for (guint k = 0; k < G_N_ELEMENTS (impact_keys); k++)
    {
      AlignmentImpact impact =
        alignment_signal_get_impact (s, k < ALIGNMENT_N_REALMS ? ALIGNMENT_PARTY_CUSTOMER : ALIGNMENT_PARTY_PROVIDER,
                                     k % ALIGNMENT_N_REALMS);

      /* The delta, as a number a mining tool can sum. */
      if (impact != ALIGNMENT_IMPACT_UNKNOWN)
        {
          xmlTextWriterStartElement (writer, (const xmlChar *) "int");
          xmlTextWriterWriteAttribute (writer, (const xmlChar *) "key", (const xmlChar *) impact_keys[k]);
          xmlTextWriterWriteFormatAttribute (writer, (const xmlChar *) "value", "%d", alignment_impact_to_delta (impact));
          xmlTextWriterEndElement (writer);
        }
    }
  xmlTextWriterEndElement (writer);
}

GBytes *
alignment_case_to_xes (AlignmentCase *self)
{
  xmlBufferPtr buffer;
  xmlTextWriterPtr writer;
  g_autoptr(GPtrArray) threads = NULL;
  g_autoptr(GHashTable) titles = NULL;
  GListModel *levels;
  AlignmentSignal **signals;
  GBytes *bytes;
  guint n;

  g_return_val_if_fail (ALIGNMENT_IS_CASE (self), NULL);

  signals = alignment_case_peek_signals (self, &n);
  threads = alignment_threads_compute ((AlignmentSignal * const *) signals, n);
  levels = G_LIST_MODEL (alignment_case_get_escalation_levels (self));

  buffer = xmlBufferCreate ();
  writer = xmlNewTextWriterMemory (buffer, 0);
  xmlTextWriterSetIndent (writer, 1);
  xmlTextWriterSetIndentString (writer, (const xmlChar *) "  ");

  xmlTextWriterStartDocument (writer, "1.0", "UTF-8", NULL);
  xmlTextWriterStartElement (writer, (const xmlChar *) "log");
  xmlTextWriterWriteAttribute (writer, (const xmlChar *) "xes.version", (const xmlChar *) "1849.2016");
  xmlTextWriterWriteAttribute (writer, (const xmlChar *) "xes.features", (const xmlChar *) "");
  xes_extension (writer, "Concept", "concept", XES_NS_CONCEPT);
  xes_extension (writer, "Time", "time", XES_NS_TIME);
  xes_extension (writer, "Organizational", "org", XES_NS_ORG);
  xes_extension (writer, "Lifecycle", "lifecycle", XES_NS_LIFECYCLE);

  xmlTextWriterStartElement (writer, (const xmlChar *) "classifier");
  xmlTextWriterWriteAttribute (writer, (const xmlChar *) "name", (const xmlChar *) "Signal_type");
  xmlTextWriterWriteAttribute (writer, (const xmlChar *) "keys", (const xmlChar *) "concept:name");
  xmlTextWriterEndElement (writer);
  xmlTextWriterStartElement (writer, (const xmlChar *) "classifier");
  xmlTextWriterWriteAttribute (writer, (const xmlChar *) "name", (const xmlChar *) "Signal_type_and_sender");
  xmlTextWriterWriteAttribute (writer, (const xmlChar *) "keys", (const xmlChar *) "concept:name org:resource");
  xmlTextWriterEndElement (writer);

  xes_attribute (writer, "string", "concept:name", alignment_case_get_title (self));

  titles = alignment_case_dup_thread_titles (self);
  for (guint t = 0; t < threads->len; t++)
    {
      AlignmentThread *thread = g_ptr_array_index (threads, t);
      AlignmentThreadRecord *record = alignment_case_lookup_thread_record (self, thread->number);
      g_autofree char *number = g_strdup_printf ("%u", thread->number);
      const char *title = g_hash_table_lookup (titles, GUINT_TO_POINTER (thread->number));
      g_autofree char *aligned_in = NULL;

      /* A trace is named by its thread's title, as the case tells its
       * threads; the number stays, for the ids. */
      xmlTextWriterStartElement (writer, (const xmlChar *) "trace");
      xes_attribute (writer, "string", "concept:name", title != NULL && *title != '\0' ? title : number);
      xes_attribute (writer, "int", "thread:number", number);
      xes_attribute (writer, "string", "thread:status",
                     thread->status == ALIGNMENT_THREAD_ALIGNED ? "aligned" : "open");
      if (record != NULL && alignment_thread_record_get_aligned_in (record) != 0)
        {
          aligned_in = alignment_realm_flags_to_tokens (alignment_thread_record_get_aligned_in (record));
          xes_attribute (writer, "string", "thread:aligned-in", aligned_in);
        }
      for (guint i = 0; i < thread->signals->len; i++)
        {
          AlignmentSignal *s = g_ptr_array_index (thread->signals, i);
          guint32 end = alignment_signal_get_end_julian (s);

          if (end != 0)
            {
              xes_event (writer, levels, s, alignment_signal_get_start_julian (s), "start");
              xes_event (writer, levels, s, end, "complete");
            }
          else
            xes_event (writer, levels, s, alignment_signal_get_start_julian (s), "complete");
        }
      xmlTextWriterEndElement (writer);
    }

  xmlTextWriterEndDocument (writer);
  xmlFreeTextWriter (writer);

  bytes = g_bytes_new (xmlBufferContent (buffer), (gsize) xmlBufferLength (buffer));
  xmlBufferFree (buffer);
  return bytes;
}
