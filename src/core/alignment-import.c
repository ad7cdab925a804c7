/* alignment-import.c: signal logs kept in spreadsheets, into cases
 *
 * Real sheets are messy (see the domain's "What real sheets look like"):
 * the importer reads what a careful person would, keeps every signal,
 * and writes down every repair and doubt with its row and column.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "alignment-i18n.h"

#include "alignment-case.h"
#include "alignment-date.h"
#include "alignment-governance.h"
#include "alignment-import.h"
#include "alignment-import-private.h"
#include "alignment-signal.h"
#include "alignment-signal-list.h"
#include "alignment-thread-record.h"

void
alignment_import_options_init (AlignmentImportOptions *options)
{
  memset (options, 0, sizeof *options);
  for (guint i = 0; i < ALIGNMENT_N_COLUMNS; i++)
    options->mapping[i] = AUTODETECT;
}

static void
note_free (AlignmentImportNote *note)
{
  g_free (note->read);
  g_free (note->message);
  g_free (note);
}

void
alignment_import_free (AlignmentImport *import)
{
  if (import == NULL)
    return;

  g_clear_object (&import->imported);
  g_clear_pointer (&import->notes, g_ptr_array_unref);
  for (guint i = 0; i < ALIGNMENT_N_PARTIES; i++)
    g_free (import->party_codes[i]);
  g_clear_pointer (&import->ids_as_written, g_hash_table_unref);
  g_free (import);
}

char *
alignment_import_note_to_string (const AlignmentImportNote *note)
{
  g_autoptr(GString) s = g_string_new (NULL);

  if (note->row > 0)
    g_string_append_printf (s, _("row %u"), note->row);
  else
    g_string_append (s, _("sheet"));
  if (note->column >= 0 && note->column < ALIGNMENT_N_COLUMNS)
    g_string_append_printf (s, ", %s", alignment_column_get_label (note->column));
  g_string_append (s, ": ");
  if (note->read != NULL)
    g_string_append_printf (s, _("read “%s”: "), note->read);
  g_string_append (s, note->message);

  return g_string_free (g_steal_pointer (&s), FALSE);
}

/* ---- Values --------------------------------------------------------------- */

typedef struct
{
  const char *word;
  int         value;
} Alias;

static gboolean
lookup_alias (const Alias *aliases,
              const char  *text,
              int         *value)
{
  g_autofree char *words = NULL;

  /* Most cells are spelled as the sheet's own vocabulary: compare them
   * as they are before normalising (which allocates), row after row. */
  for (const Alias *alias = aliases; alias->word != NULL; alias++)
    if (g_ascii_strcasecmp (text, alias->word) == 0)
      {
        *value = alias->value;
        return TRUE;
      }

  words = alignment_import_normalise (text);

  for (; aliases->word != NULL; aliases++)
    if (g_str_equal (words, aliases->word))
      {
        *value = aliases->value;
        return TRUE;
      }
  return FALSE;
}

static const Alias type_aliases[] = {
  { "request sent", ALIGNMENT_SIGNAL_TYPE_REQUEST_SENT },
  { "request", ALIGNMENT_SIGNAL_TYPE_REQUEST_SENT },
  { "verzoek", ALIGNMENT_SIGNAL_TYPE_REQUEST_SENT },
  { "verzoek verzonden", ALIGNMENT_SIGNAL_TYPE_REQUEST_SENT },
  { "verzoek verstuurd", ALIGNMENT_SIGNAL_TYPE_REQUEST_SENT },
  { "aanvraag", ALIGNMENT_SIGNAL_TYPE_REQUEST_SENT },
  { "request received", ALIGNMENT_SIGNAL_TYPE_REQUEST_RECEIVED },
  { "received request", ALIGNMENT_SIGNAL_TYPE_REQUEST_RECEIVED },
  { "verzoek ontvangen", ALIGNMENT_SIGNAL_TYPE_REQUEST_RECEIVED },
  { "escalation sent", ALIGNMENT_SIGNAL_TYPE_ESCALATION_SENT },
  { "escalation", ALIGNMENT_SIGNAL_TYPE_ESCALATION_SENT },
  { "escalatie", ALIGNMENT_SIGNAL_TYPE_ESCALATION_SENT },
  { "escalatie verzonden", ALIGNMENT_SIGNAL_TYPE_ESCALATION_SENT },
  { "escalatie verstuurd", ALIGNMENT_SIGNAL_TYPE_ESCALATION_SENT },
  { "alignment event", ALIGNMENT_SIGNAL_TYPE_ALIGNMENT_EVENT },
  { "alignment", ALIGNMENT_SIGNAL_TYPE_ALIGNMENT_EVENT },
  { "afstemming", ALIGNMENT_SIGNAL_TYPE_ALIGNMENT_EVENT },
  { "afstemmingsmoment", ALIGNMENT_SIGNAL_TYPE_ALIGNMENT_EVENT },
  { "afstemmingsgebeurtenis", ALIGNMENT_SIGNAL_TYPE_ALIGNMENT_EVENT },
  { NULL, 0 }
};

static const Alias party_aliases[] = {
  { "cust", ALIGNMENT_PARTY_CUSTOMER },
  { "customer", ALIGNMENT_PARTY_CUSTOMER },
  { "klant", ALIGNMENT_PARTY_CUSTOMER },
  { "client", ALIGNMENT_PARTY_CUSTOMER },
  { "sp", ALIGNMENT_PARTY_PROVIDER },
  { "service provider", ALIGNMENT_PARTY_PROVIDER },
  { "provider", ALIGNMENT_PARTY_PROVIDER },
  { "supplier", ALIGNMENT_PARTY_PROVIDER },
  { "leverancier", ALIGNMENT_PARTY_PROVIDER },
  { "dienstverlener", ALIGNMENT_PARTY_PROVIDER },
  { "vendor", ALIGNMENT_PARTY_PROVIDER },
  { NULL, 0 }
};

static const Alias urgency_aliases[] = {
  { "low", ALIGNMENT_URGENCY_LOW },
  { "laag", ALIGNMENT_URGENCY_LOW },
  { "medium", ALIGNMENT_URGENCY_MEDIUM },
  { "med", ALIGNMENT_URGENCY_MEDIUM },
  { "middel", ALIGNMENT_URGENCY_MEDIUM },
  { "gemiddeld", ALIGNMENT_URGENCY_MEDIUM },
  { "normal", ALIGNMENT_URGENCY_MEDIUM },
  { "normaal", ALIGNMENT_URGENCY_MEDIUM },
  { "high", ALIGNMENT_URGENCY_HIGH },
  { "hoog", ALIGNMENT_URGENCY_HIGH },
  { "very high", ALIGNMENT_URGENCY_VERY_HIGH },
  { "veryhigh", ALIGNMENT_URGENCY_VERY_HIGH },
  { "zeer hoog", ALIGNMENT_URGENCY_VERY_HIGH },
  { "heel hoog", ALIGNMENT_URGENCY_VERY_HIGH },
  { "critical", ALIGNMENT_URGENCY_VERY_HIGH },
  { "kritiek", ALIGNMENT_URGENCY_VERY_HIGH },
  { NULL, 0 }
};

static const Alias understood_aliases[] = {
  { "yes", ALIGNMENT_UNDERSTOOD_YES },
  { "y", ALIGNMENT_UNDERSTOOD_YES },
  { "ja", ALIGNMENT_UNDERSTOOD_YES },
  { "j", ALIGNMENT_UNDERSTOOD_YES },
  { "true", ALIGNMENT_UNDERSTOOD_YES },
  { "waar", ALIGNMENT_UNDERSTOOD_YES },
  { "no", ALIGNMENT_UNDERSTOOD_NO },
  { "n", ALIGNMENT_UNDERSTOOD_NO },
  { "nee", ALIGNMENT_UNDERSTOOD_NO },
  { "false", ALIGNMENT_UNDERSTOOD_NO },
  { "onwaar", ALIGNMENT_UNDERSTOOD_NO },
  { NULL, 0 }
};

static const Alias impact_aliases[] = {
  { "positive", ALIGNMENT_IMPACT_POSITIVE },
  { "pos", ALIGNMENT_IMPACT_POSITIVE },
  { "+", ALIGNMENT_IMPACT_POSITIVE },
  { "positief", ALIGNMENT_IMPACT_POSITIVE },
  { "up", ALIGNMENT_IMPACT_POSITIVE },
  { "same", ALIGNMENT_IMPACT_SAME },
  { "0", ALIGNMENT_IMPACT_SAME },
  { "=", ALIGNMENT_IMPACT_SAME },
  { "gelijk", ALIGNMENT_IMPACT_SAME },
  { "neutral", ALIGNMENT_IMPACT_SAME },
  { "neutraal", ALIGNMENT_IMPACT_SAME },
  { "unchanged", ALIGNMENT_IMPACT_SAME },
  { "ongewijzigd", ALIGNMENT_IMPACT_SAME },
  { "negative", ALIGNMENT_IMPACT_NEGATIVE },
  { "neg", ALIGNMENT_IMPACT_NEGATIVE },
  { "-", ALIGNMENT_IMPACT_NEGATIVE },
  { "negatief", ALIGNMENT_IMPACT_NEGATIVE },
  { "down", ALIGNMENT_IMPACT_NEGATIVE },
  { NULL, 0 }
};

/* ---- The import ----------------------------------------------------------- */

typedef struct
{
  const AlignmentSheet         *sheet;
  const AlignmentImportOptions *options;
  AlignmentImport              *result;
  GHashTable                   *ids;        /* ids given so far */
  /* Every readable id anywhere in the sheet, so that an id given to a
   * duplicate or to a row without one never takes a later row's own. */
  GHashTable                   *sheet_ids;
  GHashTable                   *last_letter;/* thread → its highest letter index */
  /* Dates with a year, in row order, to place those without one. */
  GArray                       *anchors;    /* of Anchor */
  guint32                       previous_start;
  GHashTable                   *stable_ids; /* stable ids given so far */
} Importer;

typedef struct
{
  guint   row;
  guint32 julian;
} Anchor;

static void
add_note (Importer                *self,
          AlignmentImportNoteKind  kind,
          guint                    row,
          int                      column,
          const char              *read,
          const char              *format,
          ...) G_GNUC_PRINTF (6, 7);

static void
add_note (Importer                *self,
          AlignmentImportNoteKind  kind,
          guint                    row,
          int                      column,
          const char              *read,
          const char              *format,
          ...)
{
  AlignmentImportNote *note = g_new0 (AlignmentImportNote, 1);
  va_list args;

  note->kind = kind;
  note->row = row;
  note->column = column;
  note->read = g_strdup (read);
  va_start (args, format);
  note->message = g_strdup_vprintf (format, args);
  va_end (args);
  g_ptr_array_add (self->result->notes, note);
}

static const char *
cell (const AlignmentSheetRow *row,
      const int                mapping[ALIGNMENT_N_COLUMNS],
      AlignmentColumn          column)
{
  return mapping[column] >= 0 ? alignment_sheet_row_cell (row, (guint) mapping[column]) : "";
}

static char *
trimmed (const char *text)
{
  return g_strstrip (g_strdup (text));
}

static void
remember_letter (Importer   *self,
                 const char *id)
{
  guint thread;
  const char *letters;

  if (alignment_signal_id_parse (id, &thread, &letters))
    {
      guint64 index = alignment_signal_letters_to_index (letters);
      guint64 last = GPOINTER_TO_SIZE (g_hash_table_lookup (self->last_letter, GUINT_TO_POINTER (thread)));

      if (index > last)
        g_hash_table_insert (self->last_letter, GUINT_TO_POINTER (thread), GSIZE_TO_POINTER ((gsize) index));
    }
}

static void
remember_id (Importer   *self,
             const char *id)
{
  g_hash_table_add (self->ids, g_strdup (id));
  remember_letter (self, id);
}

/* The next id of @thread that is not in use: after its highest letter
 * anywhere in the sheet. */
static char *
next_free_id (Importer *self,
              guint     thread)
{
  guint64 index = GPOINTER_TO_SIZE (g_hash_table_lookup (self->last_letter, GUINT_TO_POINTER (thread)));

  for (;;)
    {
      g_autofree char *letters = alignment_signal_letters_from_index (++index);
      char *id = g_strdup_printf ("%u%s", thread, letters);

      if (!g_hash_table_contains (self->ids, id)
          && !g_hash_table_contains (self->sheet_ids, id))
        return id;
      g_free (id);
    }
}

static guint
highest_thread (Importer *self)
{
  GHashTableIter iter;
  gpointer key;
  guint highest = 0;

  g_hash_table_iter_init (&iter, self->last_letter);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    highest = MAX (highest, GPOINTER_TO_UINT (key));
  return highest;
}

/* "1A", "1 a", "1.a" are 1a; anything else is not an id. */
static char *
clean_id (const char *text)
{
  g_autoptr(GString) id = g_string_new (NULL);
  const char *p = text;

  while (g_ascii_isspace (*p))
    p++;
  while (g_ascii_isdigit (*p))
    g_string_append_c (id, *p++);
  if (id->len == 0)
    return NULL;
  while (*p == ' ' || *p == '.' || *p == '-')
    p++;
  while (g_ascii_isalpha (*p))
    g_string_append_c (id, g_ascii_tolower (*p++));
  while (g_ascii_isspace (*p))
    p++;
  if (*p != '\0')
    return NULL;

  /* "007a" is 7a */
  while (id->len > 1 && id->str[0] == '0' && g_ascii_isdigit (id->str[1]))
    g_string_erase (id, 0, 1);

  return g_string_free (g_steal_pointer (&id), FALSE);
}

/* The id in @text as the importer reads it ("1 A" is 1a), or NULL when
 * it is not one. */
static char *
readable_id (const char *text)
{
  g_autofree char *id = *text != '\0' ? clean_id (text) : NULL;
  guint thread;

  if (id != NULL && id[0] == '0' && id[1] != '\0' && !g_ascii_isalpha (id[1]))
    return NULL;
  if (id == NULL || !alignment_signal_id_parse (id, &thread, NULL) || thread == 0)
    return NULL;
  return g_steal_pointer (&id);
}

static void
read_id (Importer                *self,
         const AlignmentSheetRow *row,
         AlignmentSignal         *signal,
         guint                    previous_thread)
{
  g_autofree char *text = trimmed (cell (row, self->result->mapping, ALIGNMENT_COLUMN_ID));
  g_autofree char *id = readable_id (text);
  guint thread = 0;

  if (id == NULL)
    {
      thread = previous_thread > 0 ? previous_thread : highest_thread (self) + 1;
      id = next_free_id (self, thread);
      if (*text == '\0')
        add_note (self, ALIGNMENT_IMPORT_NOTE_REPAIR, row->number, ALIGNMENT_COLUMN_ID, NULL,
                  _("the signal has no id: it was given %s"), id);
      else
        add_note (self, ALIGNMENT_IMPORT_NOTE_REPAIR, row->number, ALIGNMENT_COLUMN_ID, text,
                  _("not a thread number followed by a letter: the signal was given the id %s"), id);
    }
  else if (g_hash_table_contains (self->ids, id))
    {
      g_autofree char *unique = NULL;

      alignment_signal_id_parse (id, &thread, NULL);
      unique = next_free_id (self, thread);

      add_note (self, ALIGNMENT_IMPORT_NOTE_REPAIR, row->number, ALIGNMENT_COLUMN_ID, text,
                _("the id %s is used by an earlier signal: this one was given the id %s"), id, unique);
      g_free (id);
      id = g_steal_pointer (&unique);
    }
  else if (strcmp (id, text) != 0)
    add_note (self, ALIGNMENT_IMPORT_NOTE_REPAIR, row->number, ALIGNMENT_COLUMN_ID, text,
              _("read as %s"), id);

  if (*text != '\0' && strcmp (id, text) != 0)
    g_hash_table_insert (self->result->ids_as_written, g_strdup (id), g_strdup (text));
  remember_id (self, id);
  alignment_signal_set_id (signal, id);
}

static gboolean
read_enum (Importer                *self,
           const AlignmentSheetRow *row,
           AlignmentColumn          column,
           const Alias             *aliases,
           int                     *value)
{
  g_autofree char *text = trimmed (cell (row, self->result->mapping, column));

  if (*text == '\0')
    return FALSE;

  if (lookup_alias (aliases, text, value))
    return TRUE;

  add_note (self, ALIGNMENT_IMPORT_NOTE_DROPPED, row->number, column, text,
            _("not a value this column knows: left empty"));
  return FALSE;
}

static void
read_urgency (Importer                *self,
              const AlignmentSheetRow *row,
              AlignmentSignal         *signal)
{
  g_autofree char *text = trimmed (cell (row, self->result->mapping, ALIGNMENT_COLUMN_URGENCY));
  g_auto(GStrv) parts = NULL;
  int intended, understood;

  if (*text == '\0')
    return;

  if (lookup_alias (urgency_aliases, text, &intended))
    {
      alignment_signal_set_urgency (signal, intended);
      return;
    }

  /* "High/Medium": as intended, and as understood. */
  parts = g_strsplit (text, "/", 2);
  if (g_strv_length (parts) == 2
      && lookup_alias (urgency_aliases, parts[0], &intended)
      && lookup_alias (urgency_aliases, parts[1], &understood))
    {
      alignment_signal_set_urgency (signal, intended);
      if (understood != intended)
        alignment_signal_set_urgency_understood (signal, understood);
      return;
    }

  add_note (self, ALIGNMENT_IMPORT_NOTE_DROPPED, row->number, ALIGNMENT_COLUMN_URGENCY, text,
            _("not an urgency (low, medium, high, very high): left empty"));
}

/* The year for a date written without one: the one that puts it closest
 * to @reference, a date known to be near (the signal before, or the
 * start of the same signal). */
static guint32
place_in_year (const char *text,
               guint32     reference,
               int        *year)
{
  int ry, rm, rd;
  guint32 best = 0;
  gint64 best_distance = G_MAXINT64;

  alignment_date_split (reference, &ry, &rm, &rd);
  for (int y = ry - 1; y <= ry + 1; y++)
    {
      guint32 julian = alignment_date_parse_loose (text, y, NULL);
      gint64 distance = ABS ((gint64) julian - (gint64) reference);

      if (julian != 0 && distance < best_distance)
        {
          best = julian;
          best_distance = distance;
          *year = y;
        }
    }

  return best;
}

/* The nearest date with a year: the last one at or above @row_number,
 * else the first one below it. */
static guint32
nearest_anchor (Importer *self,
                guint     row_number)
{
  guint32 found = 0;

  for (guint i = 0; i < self->anchors->len; i++)
    {
      Anchor *anchor = &g_array_index (self->anchors, Anchor, i);

      if (anchor->row <= row_number || found == 0)
        found = anchor->julian;
      if (anchor->row >= row_number)
        break;
    }
  return found;
}

static guint32
read_date (Importer                *self,
           const AlignmentSheetRow *row,
           AlignmentColumn          column,
           guint32                  same_signal_start)
{
  g_autofree char *text = trimmed (cell (row, self->result->mapping, column));
  gboolean had_year = TRUE;
  guint32 julian;
  guint32 reference;
  int year = 0;

  if (*text == '\0')
    return 0;

  if (self->options->year != 0)
    {
      julian = alignment_date_parse_loose (text, self->options->year, &had_year);
      if (julian != 0 && !had_year)
        add_note (self, ALIGNMENT_IMPORT_NOTE_INFO, row->number, column, text,
                  _("no year given: took %d, as asked"), self->options->year);
    }
  else
    {
      julian = alignment_date_parse_loose (text, 2000, &had_year);
      if (julian != 0 && !had_year)
        {
          reference = same_signal_start;
          if (reference == 0)
            reference = self->previous_start;
          if (reference == 0)
            reference = nearest_anchor (self, row->number);
          if (reference == 0)
            reference = self->options->period_start;

          if (reference != 0)
            {
              julian = place_in_year (text, reference, &year);
              add_note (self, ALIGNMENT_IMPORT_NOTE_REPAIR, row->number, column, text,
                        _("no year given: took %d, which keeps it in order with the dates around it"), year);
            }
          else
            {
              g_autoptr(GDateTime) now = g_date_time_new_now_local ();

              year = g_date_time_get_year (now);
              julian = alignment_date_parse_loose (text, year, NULL);
              add_note (self, ALIGNMENT_IMPORT_NOTE_DOUBT, row->number, column, text,
                        _("no year given and no other date to go by: took this year, %d"), year);
            }
        }
    }

  if (julian == 0)
    add_note (self, ALIGNMENT_IMPORT_NOTE_DROPPED, row->number, column, text,
              _("not a date: left empty"));

  return julian;
}

static void
read_text (Importer                *self,
           const AlignmentSheetRow *row,
           AlignmentColumn          column,
           AlignmentSignal         *signal,
           void                   (*setter) (AlignmentSignal *, const char *))
{
  const char *text = cell (row, self->result->mapping, column);

  /* Free text is kept as written: only a cell's outer white space goes. */
  if (*text != '\0')
    {
      g_autofree char *copy = trimmed (text);
      setter (signal, copy);
    }
}

/* The first title a sheet gives a thread is the thread's: sheets
 * repeat it on every row, or write it on the first only. */
static void
remember_thread_title (Importer                *self,
                       const AlignmentSheetRow *row,
                       AlignmentSignal         *signal)
{
  const char *title = cell (row, self->result->mapping, ALIGNMENT_COLUMN_THREAD);
  guint thread = alignment_signal_get_thread (signal);
  g_autoptr(AlignmentThreadRecord) record = NULL;
  g_autofree char *stripped = NULL;

  if (thread == 0 || *title == '\0'
      || alignment_case_lookup_thread_record (self->result->imported, thread) != NULL)
    return;

  stripped = g_strstrip (g_strdup (title));
  if (*stripped == '\0')
    return;

  record = alignment_thread_record_new (thread);
  alignment_thread_record_set_title (record, stripped);
  g_list_store_append (alignment_case_get_thread_records (self->result->imported), record);
}

/* A sheet exported by Alignment keeps the stable ids: a signal read back
 * is the same signal, for a later merge.  One the sheet gives twice
 * (a row copied in the sheet) belongs to the first row only. */
static void
read_stable_id (Importer                *self,
                const AlignmentSheetRow *row,
                AlignmentSignal         *signal)
{
  const char *text = cell (row, self->result->mapping, ALIGNMENT_COLUMN_STABLE_ID);
  g_autofree char *stable_id = g_strstrip (g_ascii_strdown (text, -1));

  if (*stable_id == '\0')
    return;

  if (!alignment_signal_stable_id_is_valid (stable_id))
    add_note (self, ALIGNMENT_IMPORT_NOTE_DROPPED, row->number, ALIGNMENT_COLUMN_STABLE_ID, text,
              _("not a stable id: the signal gets a new one"));
  else if (!g_hash_table_add (self->stable_ids, g_strdup (stable_id)))
    add_note (self, ALIGNMENT_IMPORT_NOTE_REPAIR, row->number, ALIGNMENT_COLUMN_STABLE_ID, text,
              _("an earlier row has this stable id: this signal gets a new one"));
  else
    alignment_signal_set_stable_id (signal, stable_id);
}

/* "2", "2nd", "Level 2", "2 · Tactical" or a level's name. */
static void
read_escalation_level (Importer                *self,
                       const AlignmentSheetRow *row,
                       AlignmentSignal         *signal)
{
  g_autofree char *text = trimmed (cell (row, self->result->mapping, ALIGNMENT_COLUMN_ESCALATION_LEVEL));
  GListModel *levels = G_LIST_MODEL (alignment_case_get_escalation_levels (self->result->imported));
  guint level;

  if (*text == '\0')
    return;

  level = alignment_governance_parse_level (levels, text);
  if (level != 0)
    alignment_signal_set_escalation_level (signal, level);
  else
    add_note (self, ALIGNMENT_IMPORT_NOTE_DROPPED, row->number, ALIGNMENT_COLUMN_ESCALATION_LEVEL, text,
              _("not an escalation level (a number such as 2, or a level’s name): left empty"));
}

static AlignmentSignal *
read_signal (Importer                *self,
             const AlignmentSheetRow *row,
             guint                    previous_thread)
{
  g_autoptr(AlignmentSignal) signal = alignment_signal_new (NULL);
  const int *mapping = self->result->mapping;
  guint32 start, end;
  int value;

  read_id (self, row, signal, previous_thread);

  if (read_enum (self, row, ALIGNMENT_COLUMN_TYPE, type_aliases, &value))
    alignment_signal_set_signal_type (signal, value);
  if (read_enum (self, row, ALIGNMENT_COLUMN_SENDER, party_aliases, &value))
    alignment_signal_set_sender (signal, value);
  if (read_enum (self, row, ALIGNMENT_COLUMN_UNDERSTOOD, understood_aliases, &value))
    alignment_signal_set_understood (signal, value);
  read_urgency (self, row, signal);

  for (guint i = 0; i < ALIGNMENT_N_PARTIES * ALIGNMENT_N_REALMS; i++)
    if (read_enum (self, row, ALIGNMENT_COLUMN_CUSTOMER_CONTRACTUAL + i, impact_aliases, &value))
      alignment_signal_set_impact (signal,
                                   i < ALIGNMENT_N_REALMS ? ALIGNMENT_PARTY_CUSTOMER : ALIGNMENT_PARTY_PROVIDER,
                                   i % ALIGNMENT_N_REALMS, value);

  read_text (self, row, ALIGNMENT_COLUMN_TRIGGER, signal, alignment_signal_set_trigger);
  read_text (self, row, ALIGNMENT_COLUMN_RECIPIENTS, signal, alignment_signal_set_recipients);
  read_text (self, row, ALIGNMENT_COLUMN_MESSAGE, signal, alignment_signal_set_message);
  read_text (self, row, ALIGNMENT_COLUMN_GOAL, signal, alignment_signal_set_goal);
  read_text (self, row, ALIGNMENT_COLUMN_REACTION, signal, alignment_signal_set_reaction);
  read_text (self, row, ALIGNMENT_COLUMN_BOARD, signal, alignment_signal_set_board);
  read_escalation_level (self, row, signal);

  read_stable_id (self, row, signal);

  start = read_date (self, row, ALIGNMENT_COLUMN_START, 0);
  end = read_date (self, row, ALIGNMENT_COLUMN_END, start);
  alignment_signal_set_start_julian (signal, start);
  alignment_signal_set_end_julian (signal, end);
  if (start != 0)
    self->previous_start = start;

  if (start != 0 && end != 0 && end < start)
    add_note (self, ALIGNMENT_IMPORT_NOTE_DOUBT, row->number, ALIGNMENT_COLUMN_END,
              cell (row, mapping, ALIGNMENT_COLUMN_END),
              _("the end date is before the start date: kept as written, please check"));

  return g_steal_pointer (&signal);
}

/* Dates that carry a year, to place the ones that do not. */
static void
collect_anchors (Importer *self,
                 guint     first_index)
{
  for (guint i = first_index; i < self->sheet->rows->len; i++)
    {
      const AlignmentSheetRow *row = g_ptr_array_index (self->sheet->rows, i);
      const char *text = cell (row, self->result->mapping, ALIGNMENT_COLUMN_START);
      gboolean had_year = FALSE;
      guint32 julian = alignment_date_parse_loose (text, 2000, &had_year);

      if (julian != 0 && had_year)
        {
          Anchor anchor = { row->number, julian };
          g_array_append_val (self->anchors, anchor);
        }
    }
}

/* A row that is no signal: no readable id, and no date, type or sender.
 * Real sheets keep the case's description in such a row, above the
 * header, between it and the first signal, or further down. */
static gboolean
is_context_row (Importer                *self,
                const AlignmentSheetRow *row)
{
  static const AlignmentColumn signal_data[] = {
    ALIGNMENT_COLUMN_TYPE, ALIGNMENT_COLUMN_SENDER,
    ALIGNMENT_COLUMN_START, ALIGNMENT_COLUMN_END,
  };
  const int *mapping = self->result->mapping;
  g_autofree char *id = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (signal_data); i++)
    {
      g_autofree char *text = trimmed (cell (row, mapping, signal_data[i]));

      if (*text != '\0')
        return FALSE;
    }

  id = readable_id (cell (row, mapping, ALIGNMENT_COLUMN_ID));
  return id == NULL;
}

/* Free text that is no signal: the first short line of one cell before
 * the signals is the title (a sheet's first line usually is); everything
 * else, every non-empty cell in order, goes into the case's context. */
static void
read_free_text (Importer                *self,
                const AlignmentSheetRow *row,
                gboolean                 may_be_title,
                GString                 *context)
{
  AlignmentCase *imported = self->result->imported;
  g_autoptr(GString) text = g_string_new (NULL);
  guint n_cells = 0;

  for (guint i = 0; i < row->n_cells; i++)
    {
      g_autofree char *copy = trimmed (row->cells[i]);

      /* "Impact on Customer" names columns, not the case */
      if (*copy == '\0' || alignment_import_is_group_heading (copy))
        continue;
      if (text->len > 0)
        g_string_append (text, "\n\n");
      g_string_append (text, copy);
      n_cells++;
    }

  if (n_cells == 0)
    return;

  if (may_be_title && n_cells == 1
      && *alignment_case_get_title (imported) == '\0' && context->len == 0
      && g_utf8_strlen (text->str, -1) <= 100 && strchr (text->str, '\n') == NULL)
    {
      alignment_case_set_title (imported, text->str);
      add_note (self, ALIGNMENT_IMPORT_NOTE_INFO, row->number, -1, NULL,
                _("taken as the title of the case"));
      return;
    }

  if (context->len > 0)
    g_string_append (context, "\n\n");
  g_string_append (context, text->str);
  add_note (self, ALIGNMENT_IMPORT_NOTE_INFO, row->number, -1, NULL,
            _("taken as the case description"));
}

/* Every readable id of the sheet and the highest letter of each thread,
 * before any is given: an id that appears once is kept as written, and a
 * duplicate's new id comes after every letter its thread uses. */
static void
collect_ids (Importer *self,
             guint     first_index,
             gboolean  has_header)
{
  for (guint i = first_index; i < self->sheet->rows->len; i++)
    {
      const AlignmentSheetRow *row = g_ptr_array_index (self->sheet->rows, i);
      const char *text = cell (row, self->result->mapping, ALIGNMENT_COLUMN_ID);
      g_autofree char *id = NULL;

      if (has_header && alignment_import_is_repeated_header (row, text))
        continue;
      id = readable_id (text);
      if (id == NULL)
        continue;
      g_hash_table_add (self->sheet_ids, g_strdup (id));
      remember_letter (self, id);
    }
}

static gboolean
mapping_given (const AlignmentImportOptions *options)
{
  for (guint i = 0; i < ALIGNMENT_N_COLUMNS; i++)
    if (options->mapping[i] != AUTODETECT)
      return TRUE;
  return FALSE;
}

/* The header again, further down: its id column names the column. */
/* Whether some row starts with a signal id, as the signal log does. */
static gboolean
looks_like_signal_log (const AlignmentSheet *sheet)
{
  for (guint i = 0; i < sheet->rows->len && i < HEADER_SEARCH_ROWS; i++)
    {
      g_autofree char *id = clean_id (alignment_sheet_row_cell (g_ptr_array_index (sheet->rows, i), 0));

      if (id != NULL)
        return TRUE;
    }
  return FALSE;
}

/* The first sender text that named each party, as the sheet writes it. */
static void
remember_party_code (Importer                *self,
                     const AlignmentSheetRow *row,
                     AlignmentSignal         *signal)
{
  AlignmentParty party = alignment_signal_get_sender (signal);
  char **code;
  g_autofree char *text = NULL;

  if (party == ALIGNMENT_PARTY_UNKNOWN)
    return;
  code = &self->result->party_codes[ALIGNMENT_PARTY_INDEX (party)];
  text = trimmed (cell (row, self->result->mapping, ALIGNMENT_COLUMN_SENDER));
  if (*code == NULL && *text != '\0')
    *code = g_steal_pointer (&text);
}

/* A sheet has no period of its own: the span of its dates is the case's. */
static void
fill_period (AlignmentCase    *imported,
             AlignmentSignal **signals,
             guint             n)
{
  guint32 first = 0, last = 0;

  for (guint i = 0; i < n; i++)
    {
      guint32 dates[] = { alignment_signal_get_start_julian (signals[i]), alignment_signal_get_end_julian (signals[i]) };

      for (guint d = 0; d < G_N_ELEMENTS (dates); d++)
        if (dates[d] != 0)
          {
            first = first == 0 ? dates[d] : MIN (first, dates[d]);
            last = MAX (last, dates[d]);
          }
    }

  if (first == 0)
    return;
  alignment_case_set_period_start (imported, first);
  alignment_case_set_period_end (imported, last);
}

AlignmentImport *
alignment_import_sheet (const AlignmentSheet          *sheet,
                        const AlignmentImportOptions  *options,
                        GError                       **error)
{
  g_autoptr(AlignmentImport) result = g_new0 (AlignmentImport, 1);
  g_autoptr(GHashTable) ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) sheet_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) last_letter = g_hash_table_new (NULL, NULL);
  g_autoptr(GHashTable) stable_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GArray) anchors = g_array_new (FALSE, FALSE, sizeof (Anchor));
  g_autoptr(GPtrArray) signals = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GString) context = g_string_new (NULL);
  AlignmentImportOptions defaults;
  Importer self = { 0 };
  int header_index;
  guint first_index;
  guint previous_thread = 0;

  g_return_val_if_fail (sheet != NULL, NULL);

  if (options == NULL)
    {
      alignment_import_options_init (&defaults);
      options = &defaults;
    }

  result->imported = alignment_case_new ();
  result->notes = g_ptr_array_new_with_free_func ((GDestroyNotify) note_free);
  result->ids_as_written = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self.sheet = sheet;
  self.options = options;
  self.result = result;
  self.ids = ids;
  self.sheet_ids = sheet_ids;
  self.last_letter = last_letter;
  self.anchors = anchors;
  self.stable_ids = stable_ids;

  header_index = alignment_import_find_header (sheet);
  if (mapping_given (options))
    memcpy (result->mapping, options->mapping, sizeof result->mapping);
  else if (header_index >= 0)
    alignment_import_build_mapping (g_ptr_array_index (sheet->rows, header_index),
                                    header_index > 0 ? g_ptr_array_index (sheet->rows, header_index - 1) : NULL,
                                    result->mapping);
  else if (!looks_like_signal_log (sheet))
    {
      g_set_error (error, ALIGNMENT_SHEET_ERROR, ALIGNMENT_SHEET_ERROR_EMPTY,
                   _("No signals found in the sheet: it needs a header row naming the columns of the signal log (Signal id, Signal type, Sender, Start date, …) and a row per signal."));
      return NULL;
    }
  else
    {
      /* No header, but signal ids down the first column: the thesis's
       * own column order. */
      for (guint i = 0; i < ALIGNMENT_N_COLUMNS; i++)
        result->mapping[i] = (int) i;
      /* Only a header says a sheet keeps thread titles. */
      for (guint i = ALIGNMENT_COLUMN_THREAD; i < ALIGNMENT_N_COLUMNS; i++)
        result->mapping[i] = UNMAPPED;
      add_note (&self, ALIGNMENT_IMPORT_NOTE_DOUBT, 0, -1, NULL,
                _("no header row found: the columns were read in the order of the signal log (Signal id, Signal type, Sender, …)"));
    }

  if (header_index >= 0)
    {
      result->header_row = ((AlignmentSheetRow *) g_ptr_array_index (sheet->rows, header_index))->number;
      g_autoptr(GString) missing = g_string_new (NULL);

      /* One note for all of them: a sheet that keeps only some columns
       * should not bury the report. */
      for (guint i = 0; i < ALIGNMENT_N_COLUMNS; i++)
        if (result->mapping[i] < 0 && i < ALIGNMENT_COLUMN_THREAD)
          g_string_append_printf (missing, "%s%s", missing->len > 0 ? ", " : "",
                                  alignment_column_get_label (i));
      if (missing->len > 0)
        add_note (&self, ALIGNMENT_IMPORT_NOTE_DOUBT, result->header_row, -1, NULL,
                  _("not in the sheet, so left empty: %s"), missing->str);
    }

  first_index = header_index >= 0 ? (guint) header_index + 1 : 0;

  /* What stands above the header: a title and the case's context, or
   * the group headings ("Impact on Customer") that name no case. */
  for (guint i = 0; header_index > 0 && i < (guint) header_index; i++)
    read_free_text (&self, g_ptr_array_index (sheet->rows, i), TRUE, context);

  collect_anchors (&self, first_index);
  collect_ids (&self, first_index, header_index >= 0);

  for (guint i = first_index; i < sheet->rows->len; i++)
    {
      const AlignmentSheetRow *row = g_ptr_array_index (sheet->rows, i);
      AlignmentSignal *signal;

      if (header_index >= 0
          && alignment_import_is_repeated_header (row, cell (row, result->mapping, ALIGNMENT_COLUMN_ID)))
        {
          add_note (&self, ALIGNMENT_IMPORT_NOTE_INFO, row->number, -1, NULL,
                    _("the header row again: skipped"));
          continue;
        }

      /* Text without an id and without a date, type or sender describes
       * the case, wherever it stands; a row with signal data but no
       * readable id is still a signal, repaired below. */
      if (is_context_row (&self, row))
        {
          read_free_text (&self, row, signals->len == 0, context);
          continue;
        }

      signal = read_signal (&self, row, previous_thread);
      remember_party_code (&self, row, signal);
      remember_thread_title (&self, row, signal);
      previous_thread = alignment_signal_get_thread (signal);
      g_ptr_array_add (signals, signal);
    }

  if (signals->len == 0)
    {
      g_set_error (error, ALIGNMENT_SHEET_ERROR, ALIGNMENT_SHEET_ERROR_EMPTY,
                   _("No signals found in the sheet: it needs a header row naming the columns of the signal log (Signal id, Signal type, Sender, Start date, …) and a row per signal."));
      return NULL;
    }

  if (context->len > 0)
    alignment_case_set_context (result->imported, context->str);
  if (result->party_codes[0] != NULL)
    alignment_case_set_customer_name (result->imported, result->party_codes[0]);
  if (result->party_codes[1] != NULL)
    alignment_case_set_provider_name (result->imported, result->party_codes[1]);
  fill_period (result->imported, (AlignmentSignal **) signals->pdata, signals->len);

  alignment_signal_list_splice (alignment_case_get_signals (result->imported), 0, 0,
                                (AlignmentSignal **) signals->pdata, signals->len);
  result->n_signals = signals->len;

  return g_steal_pointer (&result);
}

