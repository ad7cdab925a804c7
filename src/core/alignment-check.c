/* alignment-check.c: semantic checks of a case beyond its schema
 *
 * The schema says what a file may look like; these checks say what a
 * case means: ids that clash, dates that contradict each other, threads
 * with a hole in them.  The loader refuses a file with an error here, and
 * the editor shows the warnings next to the signals they concern.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "alignment-i18n.h"

#include "alignment-case.h"
#include "alignment-check.h"
#include "alignment-date.h"
#include "alignment-governance.h"
#include "alignment-signal.h"

void
alignment_problem_free (AlignmentProblem *problem)
{
  if (problem == NULL)
    return;

  g_free (problem->signal_id);
  g_free (problem->message);
  g_free (problem);
}

static void
add_problem (GPtrArray                *problems,
             AlignmentProblemSeverity  severity,
             AlignmentProblemKind      kind,
             guint                     position,
             const char               *signal_id,
             char                     *message)
{
  AlignmentProblem *problem = g_new0 (AlignmentProblem, 1);

  problem->severity = severity;
  problem->kind = kind;
  problem->position = position;
  problem->signal_id = g_strdup (signal_id);
  problem->message = message;
  g_ptr_array_add (problems, problem);
}

static int
compare_index (gconstpointer a,
               gconstpointer b)
{
  guint64 x = *(const guint64 *) a;
  guint64 y = *(const guint64 *) b;

  return x < y ? -1 : x > y ? 1 : 0;
}

/* Per thread number, the sorted distinct letter indices of its signals. */
static GHashTable *
collect_threads (AlignmentSignal **signals,
                 guint             n_signals)
{
  GHashTable *threads = g_hash_table_new_full (g_direct_hash, g_direct_equal,
                                               NULL, (GDestroyNotify) g_array_unref);
  GHashTableIter iter;
  gpointer value;

  for (guint i = 0; i < n_signals; i++)
    {
      guint thread = alignment_signal_get_thread (signals[i]);
      guint64 index = alignment_signal_letters_to_index (alignment_signal_get_letter (signals[i]));
      GArray *indices;

      if (thread == 0 || index == 0)
        continue;

      indices = g_hash_table_lookup (threads, GUINT_TO_POINTER (thread));
      if (indices == NULL)
        {
          indices = g_array_new (FALSE, FALSE, sizeof (guint64));
          g_hash_table_insert (threads, GUINT_TO_POINTER (thread), indices);
        }
      g_array_append_val (indices, index);
    }

  g_hash_table_iter_init (&iter, threads);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      GArray *indices = value;
      guint n = 0;

      g_array_sort (indices, compare_index);
      for (guint i = 0; i < indices->len; i++)
        if (n == 0 || g_array_index (indices, guint64, n - 1) != g_array_index (indices, guint64, i))
          g_array_index (indices, guint64, n++) = g_array_index (indices, guint64, i);
      g_array_set_size (indices, n);
    }

  return threads;
}

/* The index just below @index in the sorted @indices, or 0 when @index
 * is the first. */
static guint64
previous_index (GArray  *indices,
                guint64  index)
{
  guint lo = 0, hi = indices->len;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (g_array_index (indices, guint64, mid) < index)
        lo = mid + 1;
      else
        hi = mid;
    }

  return lo > 0 ? g_array_index (indices, guint64, lo - 1) : 0;
}

static void
check_letter_gap (GPtrArray       *problems,
                  GHashTable      *threads,
                  AlignmentSignal *signal,
                  guint            position)
{
  guint thread = alignment_signal_get_thread (signal);
  const char *id = alignment_signal_get_id (signal);
  guint64 index = alignment_signal_letters_to_index (alignment_signal_get_letter (signal));
  GArray *indices;
  guint64 previous;
  g_autofree char *first_missing = NULL;
  g_autofree char *last_missing = NULL;
  char *message;

  if (thread == 0 || index == 0)
    return;

  indices = g_hash_table_lookup (threads, GUINT_TO_POINTER (thread));
  previous = previous_index (indices, index);
  if (previous + 1 == index)
    return;

  first_missing = alignment_signal_letters_from_index (previous + 1);
  last_missing = alignment_signal_letters_from_index (index - 1);

  if (previous == 0 && index == 2)
    message = g_strdup_printf (_("Thread %u starts at %s: there is no signal %u%s."),
                               thread, id, thread, first_missing);
  else if (previous == 0)
    message = g_strdup_printf (_("Thread %u starts at %s: there are no signals %u%s to %u%s."),
                               thread, id, thread, first_missing, thread, last_missing);
  else if (previous + 2 == index)
    {
      g_autofree char *before = alignment_signal_letters_from_index (previous);

      message = g_strdup_printf (_("Thread %u jumps from %u%s to %s: there is no signal %u%s."),
                                 thread, thread, before, id, thread, first_missing);
    }
  else
    {
      g_autofree char *before = alignment_signal_letters_from_index (previous);

      message = g_strdup_printf (_("Thread %u jumps from %u%s to %s: there are no signals %u%s to %u%s."),
                                 thread, thread, before, id,
                                 thread, first_missing, thread, last_missing);
    }

  add_problem (problems, ALIGNMENT_PROBLEM_WARNING, ALIGNMENT_PROBLEM_LETTER_GAP,
               position, id, message);
}

static void
check_period (GPtrArray       *problems,
              AlignmentCase   *self,
              AlignmentSignal *signal,
              guint            position)
{
  guint32 period_start = alignment_case_get_period_start (self);
  guint32 period_end = alignment_case_get_period_end (self);
  guint32 start = alignment_signal_get_start_julian (signal);
  guint32 end = alignment_signal_get_end_julian (signal);
  guint32 last = end != 0 ? end : start;
  const char *id = alignment_signal_get_id (signal);
  char date[16], bound[16];

  if (period_start != 0 && start != 0 && start < period_start)
    {
      alignment_date_format_iso (start, date);
      alignment_date_format_iso (period_start, bound);
      add_problem (problems, ALIGNMENT_PROBLEM_WARNING, ALIGNMENT_PROBLEM_OUTSIDE_PERIOD,
                   position, id,
                   g_strdup_printf (_("Signal %s starts on %s, before the case period begins (%s)."),
                                    id, date, bound));
    }
  else if (period_end != 0 && last != 0 && last > period_end)
    {
      alignment_date_format_iso (last, date);
      alignment_date_format_iso (period_end, bound);
      add_problem (problems, ALIGNMENT_PROBLEM_WARNING, ALIGNMENT_PROBLEM_OUTSIDE_PERIOD,
                   position, id,
                   last == end
                   ? g_strdup_printf (_("Signal %s ends on %s, after the case period ends (%s)."),
                                      id, date, bound)
                   : g_strdup_printf (_("Signal %s starts on %s, after the case period ends (%s)."),
                                      id, date, bound));
    }
}

/* The names of the case's boards and the numbers of its levels, looked up
 * once for all signals: a big case has many signals and few boards. */
typedef struct
{
  GHashTable *boards;  /* borrowed names */
  GHashTable *levels;  /* numbers, as pointers */
} Governance;

static void
governance_init (Governance    *governance,
                 AlignmentCase *self)
{
  GListModel *boards = G_LIST_MODEL (alignment_case_get_boards (self));
  GListModel *levels = G_LIST_MODEL (alignment_case_get_escalation_levels (self));

  governance->boards = g_hash_table_new (g_str_hash, g_str_equal);
  governance->levels = g_hash_table_new (NULL, NULL);
  for (guint i = 0; i < g_list_model_get_n_items (boards); i++)
    {
      g_autoptr(AlignmentBoard) board = g_list_model_get_item (boards, i);

      /* The list keeps the board, and so its name, alive. */
      g_hash_table_add (governance->boards, (gpointer) alignment_board_get_name (board));
    }
  for (guint i = 0; i < g_list_model_get_n_items (levels); i++)
    {
      g_autoptr(AlignmentEscalationLevel) level = g_list_model_get_item (levels, i);

      g_hash_table_add (governance->levels, GUINT_TO_POINTER (alignment_escalation_level_get_number (level)));
    }
}

static void
governance_clear (Governance *governance)
{
  g_clear_pointer (&governance->boards, g_hash_table_unref);
  g_clear_pointer (&governance->levels, g_hash_table_unref);
}

/* A board or level that the case does not define is kept as written (an
 * imported sheet names its own, a board may have been renamed since), but
 * the timeline's board filter and the level legend cannot find it. */
static void
check_governance (GPtrArray       *problems,
                  Governance      *governance,
                  AlignmentSignal *signal,
                  guint            position)
{
  const char *id = alignment_signal_get_id (signal);
  const char *board = alignment_signal_get_board (signal);
  guint level = alignment_signal_get_escalation_level (signal);

  if (board != NULL && *board != '\0' && !g_hash_table_contains (governance->boards, board))
    add_problem (problems, ALIGNMENT_PROBLEM_WARNING, ALIGNMENT_PROBLEM_UNKNOWN_BOARD, position, id,
                 g_strdup_printf (_("Signal %s names the board “%s”, which is not among the case’s governance boards."),
                                  id, board));

  if (level != 0 && !g_hash_table_contains (governance->levels, GUINT_TO_POINTER (level)))
    add_problem (problems, ALIGNMENT_PROBLEM_WARNING, ALIGNMENT_PROBLEM_UNKNOWN_LEVEL, position, id,
                 g_strdup_printf (_("Signal %s is at escalation level %u, which the case does not define."),
                                  id, level));
}

gboolean
alignment_problem_refuses_file (const AlignmentProblem *problem)
{
  g_return_val_if_fail (problem != NULL, FALSE);

  return problem->kind == ALIGNMENT_PROBLEM_DUPLICATE_ID
      || problem->kind == ALIGNMENT_PROBLEM_BAD_ID;
}

GPtrArray *
alignment_case_check (AlignmentCase *self)
{
  GPtrArray *problems = g_ptr_array_new_with_free_func ((GDestroyNotify) alignment_problem_free);
  g_autoptr(GHashTable) seen = NULL;
  g_autoptr(GHashTable) threads = NULL;
  Governance governance;
  AlignmentSignal **signals;
  guint n_signals;

  g_return_val_if_fail (ALIGNMENT_IS_CASE (self), problems);

  signals = alignment_case_peek_signals (self, &n_signals);
  /* Keys are borrowed from the signals, which outlive this call. */
  seen = g_hash_table_new (g_str_hash, g_str_equal);
  threads = collect_threads (signals, n_signals);
  governance_init (&governance, self);

  for (guint i = 0; i < n_signals; i++)
    {
      AlignmentSignal *signal = signals[i];
      const char *id = alignment_signal_get_id (signal);
      guint32 start = alignment_signal_get_start_julian (signal);
      guint32 end = alignment_signal_get_end_julian (signal);

      if (*id == '\0')
        add_problem (problems, ALIGNMENT_PROBLEM_ERROR, ALIGNMENT_PROBLEM_BAD_ID, i, id,
                     g_strdup_printf (_("Signal number %u in the list has no id."), i + 1));
      else if (!alignment_signal_id_parse (id, NULL, NULL))
        add_problem (problems, ALIGNMENT_PROBLEM_ERROR, ALIGNMENT_PROBLEM_BAD_ID, i, id,
                     g_strdup_printf (_("“%s” is not a signal id: an id is a thread number followed by letters, such as 2c."),
                                      id));

      if (*id != '\0' && !g_hash_table_add (seen, (gpointer) id))
        add_problem (problems, ALIGNMENT_PROBLEM_ERROR, ALIGNMENT_PROBLEM_DUPLICATE_ID, i, id,
                     g_strdup_printf (_("Two signals have the id %s: every signal needs an id of its own."),
                                      id));

      if (start != 0 && end != 0 && end < start)
        {
          char start_text[16], end_text[16];

          alignment_date_format_iso (start, start_text);
          alignment_date_format_iso (end, end_text);
          /* A warning: the format allows it, real sheets have it and the
           * importer keeps it as written, so the loader takes it too. */
          add_problem (problems, ALIGNMENT_PROBLEM_WARNING, ALIGNMENT_PROBLEM_END_BEFORE_START, i, id,
                       g_strdup_printf (_("Signal %s ends on %s, before it starts on %s."),
                                        id, end_text, start_text));
        }

      check_letter_gap (problems, threads, signal, i);

      if (start == 0)
        add_problem (problems, ALIGNMENT_PROBLEM_WARNING, ALIGNMENT_PROBLEM_NO_START_DATE, i, id,
                     g_strdup_printf (_("Signal %s has no start date, so it has no place on the timeline."),
                                      id));

      if (alignment_signal_get_sender (signal) == ALIGNMENT_PARTY_UNKNOWN)
        add_problem (problems, ALIGNMENT_PROBLEM_WARNING, ALIGNMENT_PROBLEM_UNKNOWN_SENDER, i, id,
                     g_strdup_printf (_("Signal %s does not say who sent it: the customer or the service provider."),
                                      id));

      check_period (problems, self, signal, i);
      check_governance (problems, &governance, signal, i);
    }
  governance_clear (&governance);

  return problems;
}
