/* alignment-form.c: the logic of the editor and the case library, pure
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "alignment-i18n.h"

#include "alignment-analysis.h"
#include "alignment-case.h"
#include "alignment-date.h"
#include "alignment-form.h"
#include "alignment-signal.h"
#include "alignment-signal-list.h"

G_DEFINE_ENUM_TYPE (AlignmentLibrarySort, alignment_library_sort,
  G_DEFINE_ENUM_VALUE (ALIGNMENT_LIBRARY_SORT_TITLE, "title"),
  G_DEFINE_ENUM_VALUE (ALIGNMENT_LIBRARY_SORT_MODIFIED, "modified"),
  G_DEFINE_ENUM_VALUE (ALIGNMENT_LIBRARY_SORT_PERIOD, "period"))

/* ---- Ids ------------------------------------------------------------------ */

char *
alignment_form_next_id_in_thread (AlignmentSignalList *signals,
                                  guint                thread)
{
  AlignmentSignal **items;
  guint n;
  guint64 highest = 0;
  g_autofree char *letters = NULL;

  g_return_val_if_fail (ALIGNMENT_IS_SIGNAL_LIST (signals), NULL);

  items = alignment_signal_list_peek (signals, &n);
  for (guint i = 0; i < n; i++)
    if (alignment_signal_get_thread (items[i]) == thread)
      highest = MAX (highest, alignment_signal_letters_to_index (alignment_signal_get_letter (items[i])));

  letters = alignment_signal_letters_from_index (highest + 1);
  return g_strdup_printf ("%u%s", thread, letters);
}

guint
alignment_form_next_thread (AlignmentSignalList *signals)
{
  AlignmentSignal **items;
  guint n;
  guint highest = 0;

  g_return_val_if_fail (ALIGNMENT_IS_SIGNAL_LIST (signals), 1);

  items = alignment_signal_list_peek (signals, &n);
  for (guint i = 0; i < n; i++)
    highest = MAX (highest, alignment_signal_get_thread (items[i]));

  return highest + 1;
}

/* ---- Validation --------------------------------------------------------- */

void
alignment_form_message_free (AlignmentFormMessage *message)
{
  if (message == NULL)
    return;

  g_free (message->message);
  g_free (message);
}

static void
add_message (GPtrArray          *messages,
             AlignmentFormField  field,
             gboolean            is_error,
             char               *text)
{
  AlignmentFormMessage *message = g_new0 (AlignmentFormMessage, 1);

  message->field = field;
  message->is_error = is_error;
  message->message = text;
  g_ptr_array_add (messages, message);
}

static char *
format_day (guint32 julian)
{
  char buf[16];

  alignment_date_format_iso (julian, buf);
  return g_strdup (buf);
}

char *
alignment_form_check_id (AlignmentSignalList *signals,
                         AlignmentSignal     *signal,
                         const char          *id)
{
  AlignmentSignal **items;
  guint n;

  g_return_val_if_fail (ALIGNMENT_IS_SIGNAL_LIST (signals), NULL);

  if (id == NULL || *id == '\0')
    return g_strdup (_("Every signal needs an id: its thread number and a letter, such as 2c."));

  if (!alignment_signal_id_parse (id, NULL, NULL))
    return g_strdup_printf (_("“%s” is not an id: type the thread number and a letter, such as 2c."), id);

  items = alignment_signal_list_peek (signals, &n);
  for (guint i = 0; i < n; i++)
    if (items[i] != signal && g_ascii_strcasecmp (alignment_signal_get_id (items[i]), id) == 0)
      return g_strdup_printf (_("Another signal already has the id %s: each id must be unique."),
                              alignment_signal_get_id (items[i]));

  return NULL;
}

static int
compare_messages (gconstpointer a,
                  gconstpointer b)
{
  const AlignmentFormMessage *x = *(AlignmentFormMessage * const *) a;
  const AlignmentFormMessage *y = *(AlignmentFormMessage * const *) b;

  if (x->is_error != y->is_error)
    return x->is_error ? -1 : 1;

  return (int) x->field - (int) y->field;
}

GPtrArray *
alignment_form_validate_signal (AlignmentCase   *alignment_case,
                                AlignmentSignal *signal)
{
  GPtrArray *messages = g_ptr_array_new_with_free_func ((GDestroyNotify) alignment_form_message_free);
  guint32 start, end, period_start, period_end;
  char *id_message;

  g_return_val_if_fail (ALIGNMENT_IS_CASE (alignment_case), messages);
  g_return_val_if_fail (ALIGNMENT_IS_SIGNAL (signal), messages);

  id_message = alignment_form_check_id (alignment_case_get_signals (alignment_case),
                                        signal, alignment_signal_get_id (signal));
  if (id_message != NULL)
    add_message (messages, ALIGNMENT_FORM_FIELD_ID, TRUE, id_message);

  if (alignment_signal_get_sender (signal) == ALIGNMENT_PARTY_UNKNOWN)
    add_message (messages, ALIGNMENT_FORM_FIELD_SENDER, FALSE,
                 g_strdup (_("The sender is unknown: choose the party that sent the signal.")));

  if (alignment_signal_get_signal_type (signal) == ALIGNMENT_SIGNAL_TYPE_UNKNOWN)
    add_message (messages, ALIGNMENT_FORM_FIELD_TYPE, FALSE,
                 g_strdup (_("The type is not set: a request, an escalation or an alignment event?")));

  start = alignment_signal_get_start_julian (signal);
  end = alignment_signal_get_end_julian (signal);
  if (start == 0)
    add_message (messages, ALIGNMENT_FORM_FIELD_START, FALSE,
                 g_strdup (_("There is no start date: the signal cannot be placed on the timeline.")));

  if (start != 0 && end != 0 && end < start)
    {
      g_autofree char *s = format_day (start);
      g_autofree char *e = format_day (end);

      add_message (messages, ALIGNMENT_FORM_FIELD_END, TRUE,
                   g_strdup_printf (_("The end date (%s) is before the start date (%s)."), e, s));
    }

  period_start = alignment_case_get_period_start (alignment_case);
  period_end = alignment_case_get_period_end (alignment_case);
  if (start != 0 && period_start != 0 && start < period_start)
    {
      g_autofree char *p = format_day (period_start);

      add_message (messages, ALIGNMENT_FORM_FIELD_START, FALSE,
                   g_strdup_printf (_("The start date is before the case period begins (%s)."), p));
    }
  if (start != 0 && period_end != 0 && start > period_end)
    {
      g_autofree char *p = format_day (period_end);

      add_message (messages, ALIGNMENT_FORM_FIELD_START, FALSE,
                   g_strdup_printf (_("The start date is after the case period ends (%s)."), p));
    }

  g_ptr_array_sort (messages, compare_messages);
  return messages;
}

/* ---- Dates as typed -------------------------------------------------------- */

gboolean
alignment_form_parse_date (const char  *text,
                           int          default_year,
                           guint32     *julian,
                           char       **message)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text != NULL ? text : ""));
  guint32 day;

  if (*stripped == '\0')
    {
      *julian = 0;
      return TRUE;
    }

  day = alignment_date_parse_loose (stripped, default_year, NULL);
  if (day == 0)
    {
      if (message != NULL)
        *message = g_strdup_printf (_("“%s” is not a date. Type it as 1-2-2024, 7 feb, 15 mrt, 2024-02-01 or today."),
                                    stripped);
      return FALSE;
    }

  *julian = day;
  return TRUE;
}

/* ---- The case library ------------------------------------------------------ */

static void
append_folded (GString    *text,
               const char *value)
{
  g_autofree char *folded = NULL;

  if (value == NULL || *value == '\0')
    return;

  folded = g_utf8_casefold (value, -1);
  g_string_append (text, folded);
  g_string_append_c (text, '\n');
}

AlignmentCaseSummary *
alignment_case_summary_new (AlignmentCase *alignment_case)
{
  AlignmentCaseSummary *summary;
  AlignmentSignal **signals;
  guint n;
  g_autoptr(GPtrArray) threads = NULL;
  g_autoptr(AlignmentHeatmap) heatmap = NULL;
  AlignmentTotals totals;
  GString *search;

  g_return_val_if_fail (ALIGNMENT_IS_CASE (alignment_case), NULL);

  summary = g_new0 (AlignmentCaseSummary, 1);
  summary->title = g_strdup (alignment_case_get_title (alignment_case));
  summary->customer = g_strdup (alignment_case_get_customer_name (alignment_case));
  summary->provider = g_strdup (alignment_case_get_provider_name (alignment_case));

  signals = alignment_case_peek_signals (alignment_case, &n);
  alignment_totals_compute (signals, n, &totals);
  summary->n_signals = n;
  summary->first_day = totals.first_day;
  summary->last_day = totals.last_day;

  threads = alignment_threads_compute (signals, n);
  for (guint i = 0; i < threads->len; i++)
    if (((AlignmentThread *) g_ptr_array_index (threads, i))->status == ALIGNMENT_THREAD_OPEN)
      summary->n_open_threads++;

  summary->trend = g_array_new (FALSE, FALSE, sizeof (int));
  heatmap = alignment_heatmap_compute (signals, n, ALIGNMENT_BUCKET_MONTH, TRUE);
  for (guint i = 0; i < heatmap->buckets->len; i++)
    {
      AlignmentBucket *bucket = &g_array_index (heatmap->buckets, AlignmentBucket, i);
      int sum = 0;

      for (guint p = 0; p < ALIGNMENT_N_PARTIES; p++)
        for (guint r = 0; r < ALIGNMENT_N_REALMS; r++)
          sum += bucket->net[p][r];
      g_array_append_val (summary->trend, sum);
    }

  search = g_string_new (NULL);
  append_folded (search, summary->title);
  append_folded (search, summary->customer);
  append_folded (search, summary->provider);
  append_folded (search, alignment_case_get_context (alignment_case));
  for (guint i = 0; i < n; i++)
    {
      append_folded (search, alignment_signal_get_trigger (signals[i]));
      append_folded (search, alignment_signal_get_recipients (signals[i]));
      append_folded (search, alignment_signal_get_message (signals[i]));
      append_folded (search, alignment_signal_get_goal (signals[i]));
      append_folded (search, alignment_signal_get_reaction (signals[i]));
    }
  summary->search_text = g_string_free (search, FALSE);

  return summary;
}

void
alignment_case_summary_free (AlignmentCaseSummary *summary)
{
  if (summary == NULL)
    return;

  g_free (summary->title);
  g_free (summary->customer);
  g_free (summary->provider);
  g_clear_pointer (&summary->trend, g_array_unref);
  g_free (summary->search_text);
  g_free (summary);
}

gboolean
alignment_form_search_matches (const char *search_text,
                               const char *query)
{
  g_autofree char *folded = NULL;
  g_auto(GStrv) words = NULL;

  if (query == NULL)
    return TRUE;

  folded = g_utf8_casefold (query, -1);
  words = g_strsplit_set (folded, " \t\n", -1);
  for (guint i = 0; words[i] != NULL; i++)
    {
      if (*words[i] == '\0')
        continue;
      if (search_text == NULL || strstr (search_text, words[i]) == NULL)
        return FALSE;
    }

  return TRUE;
}

int
alignment_form_library_compare (AlignmentLibrarySort  sort,
                                const char           *title_a,
                                gint64                mtime_a,
                                guint32               first_day_a,
                                const char           *title_b,
                                gint64                mtime_b,
                                guint32               first_day_b)
{
  g_autofree char *folded_a = g_utf8_casefold (title_a != NULL ? title_a : "", -1);
  g_autofree char *folded_b = g_utf8_casefold (title_b != NULL ? title_b : "", -1);
  /* "harbour" and "Harbour" sort together, whatever the locale's
   * collation (the C locale's puts every capital first). */
  int by_title = g_utf8_collate (folded_a, folded_b);

  switch (sort)
    {
    case ALIGNMENT_LIBRARY_SORT_MODIFIED:
      if (mtime_a != mtime_b)
        return mtime_a > mtime_b ? -1 : 1;
      break;

    case ALIGNMENT_LIBRARY_SORT_PERIOD:
      /* Cases without dated signals say nothing about when: last. */
      if (first_day_a != first_day_b)
        {
          if (first_day_a == 0 || first_day_b == 0)
            return first_day_a == 0 ? 1 : -1;
          return first_day_a > first_day_b ? -1 : 1;
        }
      break;

    case ALIGNMENT_LIBRARY_SORT_TITLE:
    default:
      break;
    }

  return by_title;
}
