/* alignment-survey-import.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "alignment-i18n.h"

#include "alignment-date.h"
#include "alignment-enums.h"
#include "alignment-import-private.h"
#include "alignment-survey.h"
#include "alignment-survey-import.h"
#include "alignment-survey-response.h"

G_DEFINE_QUARK (alignment-survey-import-error-quark, alignment_survey_import_error)

typedef enum
{
  COLUMN_UNUSED,
  COLUMN_ITEM,
  COLUMN_PARTY,
  COLUMN_RESPONDENT,
  COLUMN_DATE,
} ColumnKind;

typedef struct
{
  ColumnKind kind;
  guint      item;   /* for COLUMN_ITEM */
} Column;

/* Normalised (alignment_import_normalise()), English and Dutch. */
static const char *const party_headers[] = { "party", "partij", "side", "kant", "organisation", "organization", "organisatie", NULL };
static const char *const respondent_headers[] = { "respondent", "role", "rol", "name", "naam", "function", "functie", NULL };
static const char *const date_headers[] = { "date", "datum", "timestamp", "tijdstempel", "submitted", "ingediend", NULL };
static const char *const customer_words[] = { "customer", "cust", "klant", "client", NULL };
static const char *const provider_words[] = { "provider", "service provider", "sp", "supplier", "vendor",
                                              "leverancier", "dienstverlener", NULL };

void
alignment_survey_import_free (AlignmentSurveyImport *import)
{
  if (import == NULL)
    return;

  g_clear_object (&import->round);
  g_clear_pointer (&import->report, g_ptr_array_unref);
  g_free (import);
}

/* "A" to "Z", "AA", … as a spreadsheet names column @index (0-based). */
static char *
column_letters (guint index)
{
  char buf[8];
  int i = G_N_ELEMENTS (buf) - 1;

  buf[i] = '\0';
  do
    {
      buf[--i] = (char) ('A' + index % 26);
      index = index / 26;
    }
  while (index-- > 0 && i > 0);

  return g_strdup (&buf[i]);
}

static guint
parse_item_number (const char *word)
{
  guint64 n = 0;

  if (word == NULL || !g_ascii_isdigit (*word)
      || !g_ascii_string_to_unsigned (word, 10, 1, ALIGNMENT_SURVEY_N_ITEMS, &n, NULL))
    return 0;
  return (guint) n;
}

/* The item a header names by number: "7", "Q7", "Q 7", "Item 7",
 * "Vraag 7", "Q7. The other party …"; 0 when none. */
static guint
item_of_number (const char *words)
{
  g_auto(GStrv) w = g_strsplit (words, " ", 3);
  static const char *const prefixes[] = { "q", "item", "vraag", "question", "nr", "no", NULL };

  if (w[0] == NULL)
    return 0;
  if (parse_item_number (w[0]) != 0)
    return parse_item_number (w[0]);
  if (w[0][0] == 'q' && parse_item_number (w[0] + 1) != 0)
    return parse_item_number (w[0] + 1);
  if (g_strv_contains (prefixes, w[0]) && w[1] != NULL)
    return parse_item_number (w[1]);
  return 0;
}

/* The item whose text the header holds; 0 when none. */
static guint
item_of_text (const char *words,
              GListModel *items)
{
  guint n = g_list_model_get_n_items (items);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AlignmentSurveyItem) item = g_list_model_get_item (items, i);
      g_autofree char *text = alignment_import_normalise (alignment_survey_item_get_text (item));

      if (*text != '\0' && strstr (words, text) != NULL)
        return alignment_survey_item_get_number (item);
    }
  return 0;
}

static AlignmentParty
party_of_cell (AlignmentCase *kase,
               const char    *words)
{
  g_autofree char *customer = alignment_import_normalise (alignment_case_get_customer_name (kase));
  g_autofree char *provider = alignment_import_normalise (alignment_case_get_provider_name (kase));

  if (g_strv_contains (customer_words, words) || (*customer != '\0' && strcmp (words, customer) == 0))
    return ALIGNMENT_PARTY_CUSTOMER;
  if (g_strv_contains (provider_words, words) || (*provider != '\0' && strcmp (words, provider) == 0))
    return ALIGNMENT_PARTY_PROVIDER;
  return ALIGNMENT_PARTY_UNKNOWN;
}

/* 1 to 7, 0 for an empty cell, -1 for anything else.  A form tool may
 * add the label: "7 - strongly agree". */
static int
parse_answer (const char *cell)
{
  g_autofree char *text = g_strstrip (g_strdup (cell));
  const char *p = text;
  guint64 value = 0;

  if (*text == '\0')
    return 0;
  while (g_ascii_isdigit (*p))
    value = value * 10 + (guint64) (*p++ - '0'), value = MIN (value, 100);
  if (p == text || *p == '.' || *p == ',' || (*p != '\0' && g_ascii_isalnum (*p)))
    return -1;
  if (value < ALIGNMENT_SURVEY_MIN_ANSWER || value > ALIGNMENT_SURVEY_MAX_ANSWER)
    return -1;
  return (int) value;
}

static guint32
parse_date_cell (const char *cell)
{
  g_autofree char *text = g_strstrip (g_strdup (cell));
  char *cut = strpbrk (text, " T");

  /* A time stamp: "2024-03-28 10:15:00" or "2024-03-28T10:15". */
  if (cut != NULL && cut != text && g_ascii_isdigit (cut[1]))
    *cut = '\0';
  return alignment_date_parse_loose (text, 0, NULL);
}

static Column *
map_columns (const AlignmentSheet    *sheet,
             const AlignmentSheetRow *header,
             GListModel              *items)
{
  Column *columns = g_new0 (Column, sheet->n_columns);
  gboolean taken[ALIGNMENT_SURVEY_N_ITEMS + 1] = { FALSE, };

  for (guint c = 0; c < sheet->n_columns; c++)
    {
      g_autofree char *words = alignment_import_normalise (alignment_sheet_row_cell (header, c));
      guint item;

      if (*words == '\0')
        continue;
      if (g_strv_contains (party_headers, words))
        columns[c].kind = COLUMN_PARTY;
      else if (g_strv_contains (respondent_headers, words))
        columns[c].kind = COLUMN_RESPONDENT;
      else if (g_strv_contains (date_headers, words))
        columns[c].kind = COLUMN_DATE;
      else if ((item = item_of_number (words)) != 0 || (item = item_of_text (words, items)) != 0)
        {
          /* The first column of an item counts; a second one is reported
           * as not used. */
          if (!taken[item] && alignment_survey_lookup_item (items, item) != NULL)
            {
              columns[c].kind = COLUMN_ITEM;
              columns[c].item = item;
              taken[item] = TRUE;
            }
        }
    }

  return columns;
}

static void
report_columns (GPtrArray               *report,
                const AlignmentSheet    *sheet,
                const AlignmentSheetRow *header,
                const Column            *columns,
                GListModel              *items)
{
  g_autoptr(GString) found = g_string_new (NULL);
  g_autoptr(GString) missing = g_string_new (NULL);
  g_autoptr(GString) unused = g_string_new (NULL);
  for (guint number = 1; number <= ALIGNMENT_SURVEY_N_ITEMS; number++)
    {
      guint c;

      for (c = 0; c < sheet->n_columns; c++)
        if (columns[c].kind == COLUMN_ITEM && columns[c].item == number)
          break;

      if (c < sheet->n_columns)
        {
          g_autofree char *letters = column_letters (c);

          g_string_append_printf (found, "%s%u (%s)", found->len > 0 ? ", " : "", number, letters);
        }
      else if (alignment_survey_lookup_item (items, number) != NULL)
        g_string_append_printf (missing, "%s%u", missing->len > 0 ? ", " : "", number);
    }

  for (guint c = 0; c < sheet->n_columns; c++)
    {
      const char *text = alignment_sheet_row_cell (header, c);
      g_autofree char *letters = column_letters (c);

      if (columns[c].kind == COLUMN_UNUSED && *text != '\0')
        g_string_append_printf (unused, "%s%s (“%s”)", unused->len > 0 ? ", " : "", letters, text);
      else if (columns[c].kind == COLUMN_PARTY)
        g_ptr_array_add (report, g_strdup_printf (_("The party comes from column %s."), letters));
      else if (columns[c].kind == COLUMN_RESPONDENT)
        g_ptr_array_add (report, g_strdup_printf (_("The respondent comes from column %s."), letters));
      else if (columns[c].kind == COLUMN_DATE)
        g_ptr_array_add (report, g_strdup_printf (_("The date comes from column %s."), letters));
    }

  g_ptr_array_add (report, g_strdup_printf (_("Item columns: %s."), found->str));
  if (missing->len > 0)
    g_ptr_array_add (report, g_strdup_printf (_("Items with no column: %s."), missing->str));
  if (unused->len > 0)
    g_ptr_array_add (report, g_strdup_printf (_("Columns not used: %s."), unused->str));
}

/* Reads one row into a response; NULL with @error set on a bad cell, NULL
 * without it for a row with no answers. */
static AlignmentSurveyResponse *
read_row (AlignmentCase            *kase,
          const AlignmentSheet     *sheet,
          const AlignmentSheetRow  *header,
          const AlignmentSheetRow  *row,
          const Column             *columns,
          const char               *file_name,
          AlignmentParty            party,
          guint32                  *date,
          GError                  **error)
{
  g_autoptr(AlignmentSurveyResponse) response = alignment_survey_response_new (party);

  for (guint c = 0; c < sheet->n_columns; c++)
    {
      const char *cell = alignment_sheet_row_cell (row, c);
      g_autofree char *letters = column_letters (c);
      g_autofree char *words = NULL;
      int answer;

      switch (columns[c].kind)
        {
        case COLUMN_ITEM:
          if ((answer = parse_answer (cell)) < 0)
            {
              g_set_error (error, ALIGNMENT_SURVEY_IMPORT_ERROR, ALIGNMENT_SURVEY_IMPORT_ERROR_ANSWER,
                           _("%s: row %u, column %s (“%s”): “%s” is not an answer from 1 to 7"),
                           file_name, row->number, letters, alignment_sheet_row_cell (header, c), cell);
              return NULL;
            }
          alignment_survey_response_set_answer (response, columns[c].item, (guint) answer);
          break;

        case COLUMN_PARTY:
          words = alignment_import_normalise (cell);
          if (*words == '\0')
            break;
          if ((party = party_of_cell (kase, words)) == ALIGNMENT_PARTY_UNKNOWN)
            {
              g_set_error (error, ALIGNMENT_SURVEY_IMPORT_ERROR, ALIGNMENT_SURVEY_IMPORT_ERROR_PARTY,
                           _("%s: row %u, column %s: “%s” is not a party (expected customer or provider)"),
                           file_name, row->number, letters, cell);
              return NULL;
            }
          alignment_survey_response_set_party (response, party);
          break;

        case COLUMN_RESPONDENT:
          words = g_strstrip (g_strdup (cell));
          alignment_survey_response_set_respondent (response, words);
          break;

        case COLUMN_DATE:
          if (*g_strstrip (words = g_strdup (cell)) == '\0')
            break;
          if ((*date = parse_date_cell (cell)) == 0)
            {
              g_set_error (error, ALIGNMENT_SURVEY_IMPORT_ERROR, ALIGNMENT_SURVEY_IMPORT_ERROR_DATE,
                           _("%s: row %u, column %s: “%s” is not a date"),
                           file_name, row->number, letters, cell);
              return NULL;
            }
          break;

        case COLUMN_UNUSED:
        default:
          break;
        }
    }

  if (alignment_survey_response_count_answers (response) == 0)
    return NULL;

  if (alignment_survey_response_get_party (response) == ALIGNMENT_PARTY_UNKNOWN)
    {
      g_set_error (error, ALIGNMENT_SURVEY_IMPORT_ERROR, ALIGNMENT_SURVEY_IMPORT_ERROR_PARTY,
                   _("%s: row %u does not say which party answered: add a party column or choose the party"),
                   file_name, row->number);
      return NULL;
    }

  return g_steal_pointer (&response);
}

AlignmentSurveyImport *
alignment_survey_import_sheet (AlignmentCase         *kase,
                               const AlignmentSheet  *sheet,
                               const char            *file_name,
                               const char            *name,
                               AlignmentParty         party,
                               guint32                date,
                               GError               **error)
{
  g_autoptr(AlignmentSurveyImport) import = g_new0 (AlignmentSurveyImport, 1);
  g_autoptr(GListStore) default_items = NULL;
  g_autofree Column *columns = NULL;
  GListModel *items = G_LIST_MODEL (alignment_case_get_survey_items (kase));
  const AlignmentSheetRow *header;
  GListStore *responses;
  guint n_items_mapped = 0, n_read = 0, n_parties[ALIGNMENT_N_PARTIES] = { 0, };
  guint32 latest = 0;

  g_return_val_if_fail (ALIGNMENT_IS_CASE (kase), NULL);
  g_return_val_if_fail (sheet != NULL, NULL);

  if (g_list_model_get_n_items (items) == 0)
    {
      default_items = g_list_store_new (ALIGNMENT_TYPE_SURVEY_ITEM);
      alignment_survey_add_default (default_items);
      items = G_LIST_MODEL (default_items);
    }

  import->report = g_ptr_array_new_with_free_func (g_free);
  import->round = alignment_survey_round_new (name, 0);
  responses = alignment_survey_round_get_responses (import->round);

  if (sheet->rows->len == 0)
    {
      g_set_error (error, ALIGNMENT_SURVEY_IMPORT_ERROR, ALIGNMENT_SURVEY_IMPORT_ERROR_EMPTY,
                   _("%s holds no responses"), file_name);
      return NULL;
    }

  header = g_ptr_array_index (sheet->rows, 0);
  columns = map_columns (sheet, header, items);
  for (guint c = 0; c < sheet->n_columns; c++)
    n_items_mapped += columns[c].kind == COLUMN_ITEM;
  if (n_items_mapped == 0)
    {
      g_set_error (error, ALIGNMENT_SURVEY_IMPORT_ERROR, ALIGNMENT_SURVEY_IMPORT_ERROR_NO_ITEMS,
                   _("%s: no column of row %u names a survey item (such as “1”, “Q1”, “Item 1” or the item’s text)"),
                   file_name, header->number);
      return NULL;
    }

  for (guint r = 1; r < sheet->rows->len; r++)
    {
      const AlignmentSheetRow *row = g_ptr_array_index (sheet->rows, r);
      g_autoptr(AlignmentSurveyResponse) response = NULL;
      g_autoptr(GError) local_error = NULL;
      guint32 row_date = date;
      guint n_answers;

      response = read_row (kase, sheet, header, row, columns, file_name, party, &row_date, &local_error);
      if (local_error != NULL)
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return NULL;
        }
      if (response == NULL)
        {
          g_ptr_array_add (import->report, g_strdup_printf (_("Row %u has no answers and was left out."), row->number));
          continue;
        }

      n_answers = alignment_survey_response_count_answers (response);
      if (n_answers < n_items_mapped)
        g_ptr_array_add (import->report,
                         g_strdup_printf (_("Row %u leaves %u of %u items unanswered."),
                                          row->number, n_items_mapped - n_answers, n_items_mapped));

      latest = MAX (latest, row_date);
      n_parties[alignment_survey_response_get_party (response) - 1]++;
      g_list_store_append (responses, response);
      n_read++;
    }

  if (n_read == 0)
    {
      g_set_error (error, ALIGNMENT_SURVEY_IMPORT_ERROR, ALIGNMENT_SURVEY_IMPORT_ERROR_EMPTY,
                   _("%s holds no responses"), file_name);
      return NULL;
    }

  alignment_survey_round_set_date (import->round, latest);
  report_columns (import->report, sheet, header, columns, items);
  g_ptr_array_insert (import->report, 0,
                      g_strdup_printf (_("Read %u responses from %s: %u from the customer, %u from the service provider."),
                                       n_read, file_name, n_parties[0], n_parties[1]));

  return g_steal_pointer (&import);
}

char *
alignment_survey_import_report (AlignmentSurveyImport *import)
{
  g_autoptr(GString) text = g_string_new (NULL);

  g_return_val_if_fail (import != NULL, NULL);

  for (guint i = 0; i < import->report->len; i++)
    g_string_append_printf (text, "%s\n", (const char *) g_ptr_array_index (import->report, i));
  return g_string_free (g_steal_pointer (&text), FALSE);
}
