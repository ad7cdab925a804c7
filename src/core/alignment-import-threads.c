/* alignment-import-threads.c: thread titles from a sheet of their own
 *
 * Logs kept in a workbook often list their threads on a second sheet:
 * one row per thread with its number, its name and sometimes what
 * happened and where it was settled.  After the signals are imported,
 * every other sheet of the workbook that looks like such a list gives the
 * imported case's threads their titles, stories and realms of alignment.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "alignment-i18n.h"
#include <stdlib.h>

#include "alignment-case.h"
#include "alignment-import-private.h"
#include "alignment-sheet.h"
#include "alignment-signal.h"
#include "alignment-signal-list.h"
#include "alignment-thread-record.h"

/* A list of threads is short; its header is near the top. */
#define THREAD_HEADER_SEARCH_ROWS 20

typedef enum
{
  THREAD_FIELD_NUMBER,
  THREAD_FIELD_TITLE,
  THREAD_FIELD_STORY,
  THREAD_FIELD_ALIGNED_IN,
  N_THREAD_FIELDS
} ThreadField;

/* Header names, English and Dutch, normalised. */
static const char * const *const field_aliases[N_THREAD_FIELDS] = {
  (const char *[]) { "thread", "thread number", "thread no", "thread nr", "number", "nr", "no",
                     "draad", "draadnummer", "draad nr", "nummer", NULL },
  (const char *[]) { "title", "thread title", "name", "thread name", "event", "event name",
                     "titel", "naam", "gebeurtenis", "onderwerp", "titel draad", "naam draad", NULL },
  (const char *[]) { "story", "description", "summary", "account", "what happened",
                     "verhaal", "beschrijving", "omschrijving", "samenvatting", "wat er gebeurde", NULL },
  (const char *[]) { "aligned in", "realm of alignment", "alignment realm", "aligned",
                     "afgestemd in", "gealigneerd in", "domein van afstemming", "afgestemd", NULL },
};

static int
field_of_header (const char *text)
{
  g_autofree char *words = alignment_import_normalise (text);

  for (guint f = 0; f < N_THREAD_FIELDS; f++)
    for (const char * const *alias = field_aliases[f]; *alias != NULL; alias++)
      if (g_str_equal (words, *alias))
        return f;
  return -1;
}

/* Finds the header row, one that names at least a number and a title
 * column, and fills @columns; -1 when the sheet is not a list of threads. */
static int
find_thread_header (const AlignmentSheet *sheet,
                    int                   columns[N_THREAD_FIELDS])
{
  for (guint r = 0; r < sheet->rows->len && r < THREAD_HEADER_SEARCH_ROWS; r++)
    {
      const AlignmentSheetRow *row = g_ptr_array_index (sheet->rows, r);

      for (guint f = 0; f < N_THREAD_FIELDS; f++)
        columns[f] = -1;
      for (guint c = 0; c < row->n_cells; c++)
        {
          int field = field_of_header (row->cells[c]);

          if (field >= 0 && columns[field] < 0)
            columns[field] = c;
        }
      if (columns[THREAD_FIELD_NUMBER] >= 0 && columns[THREAD_FIELD_TITLE] >= 0)
        return r;
    }
  return -1;
}

/* "3", "3.", "Thread 3", "T3", "Draad 3": the first run of digits. */
static guint
parse_thread_number (const char *text)
{
  const char *p = text;
  guint64 number;

  while (*p != '\0' && !g_ascii_isdigit (*p))
    p++;
  if (*p == '\0')
    return 0;
  number = g_ascii_strtoull (p, NULL, 10);
  return number <= G_MAXINT ? (guint) number : 0;
}

/* "Operational and relational", "operationeel, relationeel",
 * "contractual/operational"; "not yet", "-" or nothing is no realm. */
static AlignmentRealmFlags
parse_realms (const char *text)
{
  g_autofree char *words = alignment_import_normalise (text);
  g_auto(GStrv) tokens = g_strsplit (words, " ", -1);
  AlignmentRealmFlags flags = ALIGNMENT_REALM_FLAGS_NONE;

  for (guint i = 0; tokens[i] != NULL; i++)
    {
      const char *t = tokens[i];

      if (g_str_has_prefix (t, "contract"))
        flags |= ALIGNMENT_REALM_FLAGS_CONTRACTUAL;
      else if (g_str_has_prefix (t, "operation"))
        flags |= ALIGNMENT_REALM_FLAGS_OPERATIONAL;
      else if (g_str_has_prefix (t, "relation"))
        flags |= ALIGNMENT_REALM_FLAGS_RELATIONAL;
    }
  return flags;
}

static void
add_sheet_note (AlignmentImport         *import,
                AlignmentImportNoteKind  kind,
                const char              *read,
                char                    *message)
{
  AlignmentImportNote *note = g_new0 (AlignmentImportNote, 1);

  note->kind = kind;
  note->column = -1;
  note->read = g_strdup (read);
  note->message = message;
  g_ptr_array_add (import->notes, note);
}

static const char *
cell_of (const AlignmentSheetRow *row,
         int                      column)
{
  return column >= 0 ? alignment_sheet_row_cell (row, column) : "";
}

/* The threads the imported signals belong to. */
static GHashTable *
threads_of (AlignmentCase *alignment_case)
{
  AlignmentSignalList *signals = alignment_case_get_signals (alignment_case);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (signals));
  GHashTable *threads = g_hash_table_new (NULL, NULL);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AlignmentSignal) signal = g_list_model_get_item (G_LIST_MODEL (signals), i);

      g_hash_table_add (threads, GUINT_TO_POINTER (alignment_signal_get_thread (signal)));
    }
  return threads;
}

static AlignmentThreadRecord *
ensure_record (AlignmentCase *alignment_case,
               guint          thread)
{
  AlignmentThreadRecord *record = alignment_case_lookup_thread_record (alignment_case, thread);
  g_autoptr(AlignmentThreadRecord) created = NULL;

  if (record != NULL)
    return record;
  created = alignment_thread_record_new (thread);
  g_list_store_append (alignment_case_get_thread_records (alignment_case), created);
  return created;
}

guint
alignment_import_take_thread_sheet (AlignmentImport      *import,
                                    const AlignmentSheet *sheet,
                                    const char           *sheet_name)
{
  int columns[N_THREAD_FIELDS];
  int header;
  guint n_taken = 0;
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);
  g_autoptr(GHashTable) threads = NULL;

  g_return_val_if_fail (import != NULL, 0);
  g_return_val_if_fail (sheet != NULL, 0);

  /* A copy of the signal log names threads too, but row by row. */
  if (alignment_import_find_header (sheet) >= 0)
    return 0;
  header = find_thread_header (sheet, columns);
  if (header < 0)
    return 0;

  threads = threads_of (import->imported);

  for (guint r = header + 1; r < sheet->rows->len; r++)
    {
      const AlignmentSheetRow *row = g_ptr_array_index (sheet->rows, r);
      const char *number_text = cell_of (row, columns[THREAD_FIELD_NUMBER]);
      g_autofree char *title = g_strstrip (g_strdup (cell_of (row, columns[THREAD_FIELD_TITLE])));
      g_autofree char *story = g_strstrip (g_strdup (cell_of (row, columns[THREAD_FIELD_STORY])));
      const char *realms = cell_of (row, columns[THREAD_FIELD_ALIGNED_IN]);
      AlignmentThreadRecord *record;
      const char *old_title;
      guint thread;

      if (*title == '\0' && *story == '\0' && *realms == '\0')
        continue;

      thread = parse_thread_number (number_text);
      if (thread == 0)
        {
          add_sheet_note (import, ALIGNMENT_IMPORT_NOTE_DROPPED, *number_text != '\0' ? number_text : NULL,
                          g_strdup_printf (_("sheet “%s”, row %u: not a thread number: the row was skipped"),
                                           sheet_name, row->number));
          continue;
        }
      if (g_hash_table_contains (seen, GUINT_TO_POINTER (thread)))
        {
          add_sheet_note (import, ALIGNMENT_IMPORT_NOTE_DOUBT, number_text,
                          g_strdup_printf (_("sheet “%s”, row %u: thread %u is listed twice: the first row was kept"),
                                           sheet_name, row->number, thread));
          continue;
        }
      g_hash_table_add (seen, GUINT_TO_POINTER (thread));
      if (!g_hash_table_contains (threads, GUINT_TO_POINTER (thread)))
        {
          add_sheet_note (import, ALIGNMENT_IMPORT_NOTE_DOUBT, number_text,
                          g_strdup_printf (_("sheet “%s”, row %u: no signal belongs to thread %u: the row was skipped"),
                                           sheet_name, row->number, thread));
          continue;
        }

      record = ensure_record (import->imported, thread);
      old_title = alignment_thread_record_get_title (record);
      /* The signal log's own column was written beside the signals: it
       * wins, and a different title here is worth a look. */
      if (*old_title == '\0' && *title != '\0')
        alignment_thread_record_set_title (record, title);
      else if (*old_title != '\0' && *title != '\0' && !g_str_equal (old_title, title))
        add_sheet_note (import, ALIGNMENT_IMPORT_NOTE_DOUBT, title,
                        g_strdup_printf (_("sheet “%s”, row %u: the signal log calls thread %u “%s”: that title was kept"),
                                         sheet_name, row->number, thread, old_title));
      if (*story != '\0' && *alignment_thread_record_get_story (record) == '\0')
        alignment_thread_record_set_story (record, story);
      if (alignment_thread_record_get_aligned_in (record) == ALIGNMENT_REALM_FLAGS_NONE)
        alignment_thread_record_set_aligned_in (record, parse_realms (realms));
      n_taken++;
    }

  if (n_taken > 0)
    add_sheet_note (import, ALIGNMENT_IMPORT_NOTE_INFO, NULL,
                    g_strdup_printf (ngettext ("the thread of sheet “%2$s” was taken: %1$u thread",
                                               "the threads of sheet “%2$s” were taken: %1$u threads",
                                               n_taken),
                                     n_taken, sheet_name));
  return n_taken;
}

guint
alignment_import_take_thread_sheets (AlignmentImport *import,
                                     GBytes          *workbook,
                                     const char      *signal_sheet)
{
  g_auto(GStrv) names = NULL;
  guint n_taken = 0;

  g_return_val_if_fail (import != NULL, 0);
  g_return_val_if_fail (workbook != NULL, 0);

  /* A workbook whose sheets cannot be listed was reported when its
   * signals were read; there is nothing more to take from it. */
  if (!alignment_sheet_is_workbook (workbook))
    return 0;
  names = alignment_sheet_list_xlsx_sheets (workbook, NULL);
  for (guint i = 0; names != NULL && names[i] != NULL; i++)
    {
      g_autoptr(AlignmentSheet) sheet = NULL;

      /* Without a name, the signals came from the first sheet. */
      if (signal_sheet != NULL ? g_str_equal (names[i], signal_sheet) : i == 0)
        continue;
      sheet = alignment_sheet_read_xlsx (workbook, names[i], NULL);
      if (sheet != NULL)
        n_taken += alignment_import_take_thread_sheet (import, sheet, names[i]);
    }
  return n_taken;
}
