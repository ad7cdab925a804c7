/* alignment-timeline-data.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdlib.h>

#include "alignment-i18n.h"

#include "alignment-agreement.h"
#include "alignment-timeline-data-private.h"

G_DEFINE_ENUM_TYPE (AlignmentTimelineLanes, alignment_timeline_lanes,
  G_DEFINE_ENUM_VALUE (ALIGNMENT_TIMELINE_LANES_PARTY, "party"),
  G_DEFINE_ENUM_VALUE (ALIGNMENT_TIMELINE_LANES_THREAD, "thread"))


static void
thread_clear (gpointer data)
{
  AlignmentTimelineThread *thread = data;

  g_clear_pointer (&thread->ranks, g_array_unref);
  g_clear_pointer (&thread->title, g_free);
}

static int
compare_signals (gconstpointer a,
                 gconstpointer b)
{
  AlignmentSignal *sa = *(AlignmentSignal **) a;
  AlignmentSignal *sb = *(AlignmentSignal **) b;

  return alignment_signal_compare (sa, sb);
}

static int
compare_threads (gconstpointer a,
                 gconstpointer b)
{
  const AlignmentTimelineThread *ta = a, *tb = b;

  return ta->number < tb->number ? -1 : ta->number > tb->number;
}

AlignmentTimelineData *
alignment_timeline_data_new (AlignmentSignal *const *signals,
                             guint                   n_signals,
                             const char             *customer_name,
                             const char             *provider_name)
{
  AlignmentTimelineData *data = g_new0 (AlignmentTimelineData, 1);
  g_autoptr(GHashTable) thread_of = g_hash_table_new (NULL, NULL);
  g_autofree AlignmentSignal **sorted = NULL;
  g_autofree guint *position_of = NULL;
  g_autoptr(GHashTable) index_of = g_hash_table_new (NULL, NULL);
  gboolean has_unknown_party = FALSE;
  guint n = 0;

  data->signals = g_ptr_array_new_full (n_signals, g_object_unref);
  data->rank_of = g_new (int, MAX (n_signals, 1));
  for (guint i = 0; i < n_signals; i++)
    {
      g_ptr_array_add (data->signals, g_object_ref (signals[i]));
      g_hash_table_insert (index_of, signals[i], GUINT_TO_POINTER (i));
      data->rank_of[i] = -1;
      if (alignment_signal_get_start_julian (signals[i]) != 0)
        n++;
      else
        data->n_undated++;
    }

  /* The timeline's order is the model's: by date, thread and letter. */
  sorted = g_new (AlignmentSignal *, MAX (n, 1));
  position_of = g_new (guint, MAX (n, 1));
  n = 0;
  for (guint i = 0; i < n_signals; i++)
    if (alignment_signal_get_start_julian (signals[i]) != 0)
      sorted[n++] = signals[i];
  qsort (sorted, n, sizeof (AlignmentSignal *), compare_signals);

  data->entries = g_new0 (AlignmentTimelineEntry, MAX (n, 1));
  data->n_entries = n;
  data->net_before = g_new0 (int, ((gsize) n + 1) * ALIGNMENT_N_PARTIES);
  data->threads = g_array_new (FALSE, TRUE, sizeof (AlignmentTimelineThread));
  g_array_set_clear_func (data->threads, thread_clear);

  for (guint r = 0; r < n; r++)
    {
      AlignmentSignal *signal = sorted[r];
      AlignmentTimelineEntry *e = &data->entries[r];
      AlignmentParty sender = alignment_signal_get_sender (signal);

      e->position = GPOINTER_TO_UINT (g_hash_table_lookup (index_of, signal));
      position_of[r] = e->position;
      data->rank_of[e->position] = r;
      e->start = alignment_signal_get_start_julian (signal);
      e->end = alignment_signal_get_end_julian (signal);
      /* An end before its start is kept in the file but drawn as a point. */
      if (e->end <= e->start)
        e->end = 0;
      else
        data->max_duration = MAX (data->max_duration, e->end - e->start);
      e->thread = alignment_signal_get_thread (signal);
      e->type = alignment_signal_get_signal_type (signal);
      e->party = sender == ALIGNMENT_PARTY_UNKNOWN ? 2 : ALIGNMENT_PARTY_INDEX (sender);
      has_unknown_party |= sender == ALIGNMENT_PARTY_UNKNOWN;
      e->urgency = alignment_signal_get_urgency (signal);
      e->understood = alignment_signal_get_understood (signal);
      e->id = alignment_signal_get_id (signal);
      e->board = alignment_signal_get_board (signal);
      if (e->board != NULL && *e->board == '\0')
        e->board = NULL;
      e->level = (guint8) MIN (alignment_signal_get_escalation_level (signal), G_MAXUINT8);
      data->n_levelled += e->level != 0;
      e->differs = alignment_signal_judged_differently (signal);
      data->n_differing += e->differs;
      for (guint p = 0; p < ALIGNMENT_N_PARTIES; p++)
        {
          AlignmentParty party = p == 0 ? ALIGNMENT_PARTY_CUSTOMER : ALIGNMENT_PARTY_PROVIDER;
          int net = 0;

          for (guint realm = 0; realm < ALIGNMENT_N_REALMS; realm++)
            net += alignment_impact_to_delta (alignment_signal_get_impact (signal, party, realm));
          e->net[p] = net;
          data->net_before[(r + 1) * ALIGNMENT_N_PARTIES + p] = data->net_before[r * ALIGNMENT_N_PARTIES + p] + net;
        }

      if (data->first_day == 0 || e->start < data->first_day)
        data->first_day = e->start;
      data->last_day = MAX (data->last_day, MAX (e->start, e->end));

      if (e->thread == 0)
        {
          e->thread_index = ALIGNMENT_TIMELINE_NO_THREAD;
          data->has_unthreaded = TRUE;
        }
      else if (!g_hash_table_contains (thread_of, GUINT_TO_POINTER (e->thread)))
        {
          AlignmentTimelineThread thread = { e->thread, g_array_new (FALSE, FALSE, sizeof (guint)), FALSE, -1 };

          g_array_append_val (data->threads, thread);
          g_hash_table_insert (thread_of, GUINT_TO_POINTER (e->thread), NULL);
        }
    }

  /* Threads by number: their lanes run top to bottom in that order. */
  g_array_sort (data->threads, compare_threads);
  g_hash_table_remove_all (thread_of);
  for (guint t = 0; t < data->threads->len; t++)
    g_hash_table_insert (thread_of,
                         GUINT_TO_POINTER (g_array_index (data->threads, AlignmentTimelineThread, t).number),
                         GUINT_TO_POINTER (t));

  data->n_party_lanes = has_unknown_party ? 3 : 2;
  for (guint r = 0; r < n; r++)
    {
      AlignmentTimelineEntry *e = &data->entries[r];

      e->lane[ALIGNMENT_TIMELINE_LANES_PARTY] = e->party;
      if (e->thread == 0)
        {
          e->lane[ALIGNMENT_TIMELINE_LANES_THREAD] = data->threads->len;
          continue;
        }

      e->thread_index = GPOINTER_TO_UINT (g_hash_table_lookup (thread_of, GUINT_TO_POINTER (e->thread)));
      e->lane[ALIGNMENT_TIMELINE_LANES_THREAD] = e->thread_index;
      {
        AlignmentTimelineThread *thread = &g_array_index (data->threads, AlignmentTimelineThread, e->thread_index);

        e->thread_rank = thread->ranks->len;
        g_array_append_val (thread->ranks, r);
      }
    }

  /* Aligned when the last signal is an alignment event (as the analysis
   * has it). */
  for (guint t = 0; t < data->threads->len; t++)
    {
      AlignmentTimelineThread *thread = &g_array_index (data->threads, AlignmentTimelineThread, t);
      AlignmentTimelineEntry *first = &data->entries[g_array_index (thread->ranks, guint, 0)];
      AlignmentTimelineEntry *last = &data->entries[g_array_index (thread->ranks, guint, thread->ranks->len - 1)];

      thread->aligned = last->type == ALIGNMENT_SIGNAL_TYPE_ALIGNMENT_EVENT;
      thread->days = thread->aligned ? (int) (last->start - first->start) : -1;
    }

  data->party_names[0] = g_strdup (customer_name != NULL && *customer_name ? customer_name : _("Customer"));
  data->party_names[1] = g_strdup (provider_name != NULL && *provider_name ? provider_name : _("Service provider"));
  data->party_names[2] = g_strdup (_("Sender not set"));

  data->text = alignment_timeline_text_new ();

  return data;
}

AlignmentTimelineData *
alignment_timeline_data_new_for_case (AlignmentCase *self)
{
  AlignmentSignalList *list = alignment_case_get_signals (self);
  g_autoptr(GHashTable) titles = NULL;
  AlignmentSignal **signals;
  guint n;

  AlignmentTimelineData *data;

  signals = alignment_signal_list_peek (list, &n);
  data = alignment_timeline_data_new ((AlignmentSignal *const *) signals, n,
                                      alignment_case_get_party_name (self, ALIGNMENT_PARTY_CUSTOMER),
                                      alignment_case_get_party_name (self, ALIGNMENT_PARTY_PROVIDER));

  /* Threads are named as the case tells them, or after what opened them;
   * all at once, as a big case has thousands of threads. */
  _alignment_timeline_data_take_rounds (data, self);

  titles = alignment_case_dup_thread_titles (self);
  for (guint t = 0; t < data->threads->len; t++)
    {
      AlignmentTimelineThread *thread = &g_array_index (data->threads, AlignmentTimelineThread, t);

      thread->title = g_strdup (g_hash_table_lookup (titles, GUINT_TO_POINTER (thread->number)));
      if (thread->title == NULL)
        thread->title = g_strdup ("");
    }

  return data;
}

static GQuark
prepared_quark (void)
{
  return g_quark_from_static_string ("alignment-timeline-data-prepared");
}

void
alignment_timeline_data_prepare_for_case (AlignmentCase *self)
{
  g_return_if_fail (ALIGNMENT_IS_CASE (self));

  g_object_set_qdata_full (G_OBJECT (self), prepared_quark (),
                           alignment_timeline_data_new_for_case (self),
                           (GDestroyNotify) alignment_timeline_data_free);
}

/* The same signals in the same order; a change to a signal's fields
 * reaches the view as a change of the list, which builds it again. */
static gboolean
data_matches_case (AlignmentTimelineData *data,
                   AlignmentCase         *self)
{
  AlignmentSignal **signals;
  guint n;

  signals = alignment_case_peek_signals (self, &n);
  if (n != data->signals->len)
    return FALSE;
  for (guint i = 0; i < n; i++)
    if (signals[i] != g_ptr_array_index (data->signals, i))
      return FALSE;

  return TRUE;
}

AlignmentTimelineData *
alignment_timeline_data_take_for_case (AlignmentCase *self)
{
  g_autoptr(AlignmentTimelineData) prepared = NULL;

  g_return_val_if_fail (ALIGNMENT_IS_CASE (self), NULL);

  prepared = g_object_steal_qdata (G_OBJECT (self), prepared_quark ());
  if (prepared != NULL && data_matches_case (prepared, self))
    return g_steal_pointer (&prepared);

  return alignment_timeline_data_new_for_case (self);
}

char *
alignment_timeline_thread_label (const AlignmentTimelineThread *thread)
{
  if (thread->title == NULL || *thread->title == '\0')
    return g_strdup_printf (_("Thread %u"), thread->number);

  /* TRANSLATORS: a lane of the timeline: the thread's number and title,
   * "2 · New people in the product teams" */
  return g_strdup_printf (_("%u · %s"), thread->number, thread->title);
}

const char *
alignment_timeline_data_get_thread_title (AlignmentTimelineData *data,
                                          guint                  thread)
{
  for (guint t = 0; t < data->threads->len; t++)
    {
      AlignmentTimelineThread *entry = &g_array_index (data->threads, AlignmentTimelineThread, t);

      if (entry->number == thread)
        return entry->title != NULL ? entry->title : "";
    }

  return "";
}

void
alignment_timeline_data_free (AlignmentTimelineData *data)
{
  if (data == NULL)
    return;

  g_ptr_array_unref (data->signals);
  g_free (data->entries);
  g_free (data->net_before);
  g_free (data->rank_of);
  g_array_unref (data->threads);
  for (guint i = 0; i < G_N_ELEMENTS (data->party_names); i++)
    g_free (data->party_names[i]);
  alignment_timeline_text_free (data->text);
  g_clear_pointer (&data->rounds, g_ptr_array_unref);
  g_clear_object (&data->survey_items);
  g_free (data);
}

guint
alignment_timeline_data_get_n_dated (AlignmentTimelineData *data)
{
  return data->n_entries;
}

guint
alignment_timeline_data_get_n_undated (AlignmentTimelineData *data)
{
  return data->n_undated;
}

guint32
alignment_timeline_data_get_first_day (AlignmentTimelineData *data)
{
  return data->first_day;
}

guint32
alignment_timeline_data_get_last_day (AlignmentTimelineData *data)
{
  return data->last_day;
}

guint
alignment_timeline_data_get_position (AlignmentTimelineData *data,
                                      guint                  rank)
{
  g_return_val_if_fail (rank < data->n_entries, 0);

  return data->entries[rank].position;
}

int
alignment_timeline_data_get_rank (AlignmentTimelineData *data,
                                  guint                  position)
{
  g_return_val_if_fail (position < data->signals->len, -1);

  return data->rank_of[position];
}

AlignmentSignal *
alignment_timeline_data_get_signal (AlignmentTimelineData *data,
                                    guint                  position)
{
  g_return_val_if_fail (position < data->signals->len, NULL);

  return g_ptr_array_index (data->signals, position);
}

const char *
alignment_timeline_data_get_party_name (AlignmentTimelineData *data,
                                        int                    party_index)
{
  g_return_val_if_fail (party_index >= 0 && party_index < (int) G_N_ELEMENTS (data->party_names), "");

  return data->party_names[party_index];
}

guint
alignment_timeline_data_get_lane (AlignmentTimelineData  *data,
                                  AlignmentTimelineLanes  lanes,
                                  guint                   position)
{
  int rank = alignment_timeline_data_get_rank (data, position);

  return rank < 0 ? 0 : data->entries[rank].lane[lanes];
}

guint
alignment_timeline_data_get_n_levelled (AlignmentTimelineData *data)
{
  return data->n_levelled;
}

guint
alignment_timeline_data_get_n_lanes (AlignmentTimelineData  *data,
                                     AlignmentTimelineLanes  lanes)
{
  if (lanes == ALIGNMENT_TIMELINE_LANES_PARTY)
    return data->n_party_lanes;

  return data->threads->len + (data->has_unthreaded ? 1 : 0);
}

/* ---- Threads ------------------------------------------------------------ */

/* Read from the signal, not the sorted copy: a signal moved to another
 * thread counts there at once, before the data is built again. */
guint
alignment_timeline_data_get_thread (AlignmentTimelineData *data,
                                    guint                  position)
{
  g_return_val_if_fail (position < data->signals->len, 0);

  return alignment_signal_get_thread (g_ptr_array_index (data->signals, position));
}

void
alignment_timeline_data_collect_thread (AlignmentTimelineData *data,
                                        guint                  thread,
                                        GArray                *positions)
{
  for (guint i = 0; i < data->signals->len; i++)
    if (alignment_timeline_data_get_thread (data, i) == thread)
      g_array_append_val (positions, i);
}

gboolean
alignment_timeline_data_get_thread_span (AlignmentTimelineData *data,
                                         guint                  thread,
                                         guint32               *first_day,
                                         guint32               *last_day)
{
  gboolean found = FALSE;

  for (guint i = 0; i < data->signals->len; i++)
    {
      AlignmentSignal *signal = g_ptr_array_index (data->signals, i);
      guint32 start = alignment_signal_get_start_julian (signal);
      guint32 end;

      if (start == 0 || alignment_signal_get_thread (signal) != thread)
        continue;
      end = MAX (start, alignment_signal_get_end_julian (signal));
      *first_day = found ? MIN (*first_day, start) : start;
      *last_day = found ? MAX (*last_day, end) : end;
      found = TRUE;
    }

  return found;
}

/* ---- For the layout ----------------------------------------------------- */

guint
_alignment_timeline_data_lower_bound (AlignmentTimelineData *data,
                                      double                 day)
{
  guint lo = 0, hi = data->n_entries;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (data->entries[mid].start < day)
        lo = mid + 1;
      else
        hi = mid;
    }

  return lo;
}
