/* alignment-merge-decide.c: the user decides the conflicts a merge left
 *
 * A conflict names a signal (by stable id) and one of its facts, with
 * both copies' values as the file writes them.  Deciding it sets the
 * signal's field (our value is the one the merged case already holds)
 * and takes the conflict out of the case; a conflict left for later
 * stays, marked, so that it is still counted.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "alignment-i18n.h"

#include "alignment-case-xml.h"
#include "alignment-core-private.h"
#include "alignment-date.h"
#include "alignment-merge.h"
#include "alignment-signal-list.h"

static gboolean
enum_from_text (GType        type,
                const char  *text,
                int         *value)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (type);

  if (alignment_enum_from_token (type, text, value))
    return TRUE;

  for (guint i = 0; i < klass->n_values; i++)
    {
      const char *label = alignment_enum_to_label (type, klass->values[i].value);

      if (klass->values[i].value != 0 && label != NULL && g_utf8_collate (label, text) == 0)
        {
          *value = klass->values[i].value;
          return TRUE;
        }
    }

  {
    g_autofree char *folded = g_utf8_casefold (text, -1);

    for (guint i = 0; i < klass->n_values; i++)
      {
        const char *label = alignment_enum_to_label (type, klass->values[i].value);
        g_autofree char *folded_label = label != NULL ? g_utf8_casefold (label, -1) : NULL;

        if (klass->values[i].value != 0 && folded_label != NULL && g_strcmp0 (folded, folded_label) == 0)
          {
            *value = klass->values[i].value;
            return TRUE;
          }
      }
  }

  return FALSE;
}

static char *
enum_choices (GType type)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (type);
  g_autoptr(GString) choices = g_string_new (NULL);

  for (guint i = 0; i < klass->n_values; i++)
    {
      if (klass->values[i].value == 0)
        continue;
      if (choices->len > 0)
        g_string_append (choices, ", ");
      g_string_append (choices, alignment_enum_to_label (type, klass->values[i].value));
    }
  return g_string_free (g_steal_pointer (&choices), FALSE);
}

gboolean
alignment_conflict_parse_value (const char  *field,
                                const char  *text,
                                GValue      *value,
                                GError     **error)
{
  g_autoptr(GTypeClass) klass = g_type_class_ref (ALIGNMENT_TYPE_SIGNAL);
  g_autoptr(GTypeClass) case_class = g_type_class_ref (ALIGNMENT_TYPE_CASE);
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_CLASS (klass), field);

  /* Or one of the case's own details. */
  if (pspec == NULL)
    pspec = g_object_class_find_property (G_OBJECT_CLASS (case_class), field);
  g_autofree char *stripped = g_strstrip (g_strdup (text != NULL ? text : ""));
  g_auto(GValue) parsed = G_VALUE_INIT;

  if (pspec == NULL || !(pspec->flags & G_PARAM_WRITABLE))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("A signal has no field “%s”."), field);
      return FALSE;
    }

  g_value_init (&parsed, pspec->value_type);

  if (G_VALUE_HOLDS_STRING (&parsed))
    g_value_set_string (&parsed, *stripped != '\0' ? stripped : NULL);
  else if (G_VALUE_HOLDS (&parsed, G_TYPE_DATE))
    {
      guint32 julian = 0;

      if (*stripped != '\0')
        {
          julian = alignment_date_parse_iso (stripped);
          if (julian == 0)
            julian = alignment_date_parse_loose (stripped, 0, NULL);
          if (julian == 0)
            {
              g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                           /* Translators: %s is what the user typed. */
                           _("“%s” is not a date. Type it as 2024-02-01 or 1-2-2024."), stripped);
              return FALSE;
            }
        }
      if (julian != 0)
        g_value_take_boxed (&parsed, g_date_new_julian (julian));
    }
  else if (G_VALUE_HOLDS_ENUM (&parsed))
    {
      int v = 0;

      if (*stripped != '\0' && !enum_from_text (pspec->value_type, stripped, &v))
        {
          g_autofree char *choices = enum_choices (pspec->value_type);

          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                       /* Translators: %s is what the user typed, then the values it may be. */
                       _("“%s” is not one of: %s."), stripped, choices);
          return FALSE;
        }
      g_value_set_enum (&parsed, v);
    }
  else
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("A signal has no field “%s”."), field);
      return FALSE;
    }

  if (value != NULL)
    {
      g_value_init (value, pspec->value_type);
      g_value_copy (&parsed, value);
    }
  return TRUE;
}

AlignmentSignal *
alignment_case_find_conflict_signal (AlignmentCase           *self,
                                     const AlignmentConflict *conflict)
{
  AlignmentSignal **signals;
  guint n;

  g_return_val_if_fail (ALIGNMENT_IS_CASE (self), NULL);
  g_return_val_if_fail (conflict != NULL, NULL);

  if (g_strcmp0 (conflict->signal, ALIGNMENT_CONFLICT_CASE) == 0)
    return NULL;

  signals = alignment_case_peek_signals (self, &n);
  for (guint i = 0; i < n; i++)
    if (g_strcmp0 (alignment_signal_get_stable_id (signals[i]), conflict->signal) == 0)
      return signals[i];

  /* A conflict about a signal that had no stable id names its visible id. */
  for (guint i = 0; i < n; i++)
    if (alignment_signal_get_stable_id (signals[i]) == NULL
        && g_strcmp0 (alignment_signal_get_id (signals[i]), conflict->signal) == 0)
      return signals[i];

  return NULL;
}

/* The merge report gains a line per decision, under its own heading. */
static void
note_decision (AlignmentCase             *self,
               const AlignmentConflict   *conflict,
               AlignmentConflictDecision  decision,
               const char                *text)
{
  const char *report = alignment_case_get_merge_report (self);
  g_autofree char *heading = g_strdup_printf ("\n%s\n", _("Decided:"));
  g_autoptr(GString) updated = g_string_new (report);
  g_autofree char *what = NULL;
  const char *who = conflict->signal_id != NULL ? conflict->signal_id : conflict->signal;

  if (g_strcmp0 (conflict->signal, ALIGNMENT_CONFLICT_CASE) == 0)
    who = _("case");

  switch (decision)
    {
    case ALIGNMENT_CONFLICT_KEEP_OURS:
      what = g_strdup_printf (_("kept ours, “%s”"), text != NULL ? text : "");
      break;
    case ALIGNMENT_CONFLICT_KEEP_THEIRS:
      what = g_strdup_printf (_("took theirs, “%s”"), text != NULL ? text : "");
      break;
    case ALIGNMENT_CONFLICT_EDIT:
    case ALIGNMENT_CONFLICT_LATER:
    default:
      what = g_strdup_printf (_("set to “%s”"), text != NULL ? text : "");
      break;
    }

  if (strstr (updated->str, heading) == NULL)
    {
      if (updated->len > 0 && updated->str[updated->len - 1] != '\n')
        g_string_append_c (updated, '\n');
      g_string_append (updated, heading + (updated->len == 0));
    }
  g_string_append_printf (updated, "  %s  %s: %s\n", who, conflict->field, what);
  alignment_case_set_merge_report (self, updated->str);
}

gboolean
alignment_case_decide_conflict (AlignmentCase             *self,
                                guint                      index,
                                AlignmentConflictDecision  decision,
                                const char                *value,
                                GError                   **error)
{
  GPtrArray *conflicts;
  AlignmentConflict *conflict;
  AlignmentSignal *signal;
  const char *text;
  g_auto(GValue) parsed = G_VALUE_INIT;

  g_return_val_if_fail (ALIGNMENT_IS_CASE (self), FALSE);
  conflicts = alignment_case_get_conflicts (self);
  g_return_val_if_fail (index < conflicts->len, FALSE);

  conflict = g_ptr_array_index (conflicts, index);

  if (decision == ALIGNMENT_CONFLICT_LATER)
    {
      alignment_case_set_conflict_later (self, index, TRUE);
      return TRUE;
    }

  text = decision == ALIGNMENT_CONFLICT_KEEP_OURS ? conflict->ours
       : decision == ALIGNMENT_CONFLICT_KEEP_THEIRS ? conflict->theirs
       : value;

  if (!alignment_conflict_parse_value (conflict->field, text, &parsed, error))
    return FALSE;

  /* Ours is what the case holds (or what the user made of it since);
   * a signal deleted since the merge leaves nothing to set. */
  signal = alignment_case_find_conflict_signal (self, conflict);
  if (decision == ALIGNMENT_CONFLICT_KEEP_OURS)
    ;
  else if (g_strcmp0 (conflict->signal, ALIGNMENT_CONFLICT_CASE) == 0)
    g_object_set_property (G_OBJECT (self), conflict->field, &parsed);
  else if (signal != NULL)
    g_object_set_property (G_OBJECT (signal), conflict->field, &parsed);

  note_decision (self, conflict, decision, text);
  alignment_case_remove_conflict (self, index);
  return TRUE;
}

guint
alignment_case_count_conflicts (AlignmentCase *self,
                                guint         *n_later)
{
  GPtrArray *conflicts;
  guint later = 0;

  g_return_val_if_fail (ALIGNMENT_IS_CASE (self), 0);

  conflicts = alignment_case_get_conflicts (self);
  for (guint i = 0; i < conflicts->len; i++)
    if (((AlignmentConflict *) g_ptr_array_index (conflicts, i))->later)
      later++;

  if (n_later != NULL)
    *n_later = later;
  return conflicts->len;
}

/* Replaces what @store holds by copies of @items, as one change, when
 * they differ (in the properties @names): a merge that changed none
 * leaves no edit. */
static void
replace_items (GListStore         *store,
               GListModel         *items,
               const char * const *names)
{
  g_autoptr(GListStore) copies = NULL;
  g_autoptr(GPtrArray) additions = NULL;
  guint n = g_list_model_get_n_items (items);
  gboolean same = n == g_list_model_get_n_items (G_LIST_MODEL (store));

  for (guint i = 0; i < n && same; i++)
    {
      g_autoptr(GObject) a = g_list_model_get_item (G_LIST_MODEL (store), i);
      g_autoptr(GObject) b = g_list_model_get_item (items, i);

      same = alignment_object_values_equal (a, b, names);
    }
  if (same)
    return;

  copies = alignment_list_copy_values (items, names);
  additions = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (additions, g_list_model_get_item (G_LIST_MODEL (copies), i));
  g_list_store_splice (store, 0, g_list_model_get_n_items (G_LIST_MODEL (store)), additions->pdata, n);
}

void
alignment_merge_apply (AlignmentCase *self,
                       AlignmentCase *merged)
{
  guint n_details;
  const char * const *details = alignment_case_list_details (&n_details);
  g_autoptr(GPtrArray) signals = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(AlignmentExchange) exchange = NULL;
  AlignmentSignalList *list;
  AlignmentSignal **merged_signals;
  guint n;

  g_return_if_fail (ALIGNMENT_IS_CASE (self));
  g_return_if_fail (ALIGNMENT_IS_CASE (merged));

  for (guint i = 0; i < n_details; i++)
    {
      g_auto(GValue) ours = G_VALUE_INIT;
      g_auto(GValue) theirs = G_VALUE_INIT;
      GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (self), details[i]);

      g_value_init (&ours, pspec->value_type);
      g_value_init (&theirs, pspec->value_type);
      g_object_get_property (G_OBJECT (self), details[i], &ours);
      g_object_get_property (G_OBJECT (merged), details[i], &theirs);
      if (G_VALUE_HOLDS_STRING (&ours) ? g_strcmp0 (g_value_get_string (&ours), g_value_get_string (&theirs)) != 0
                                       : g_value_get_boxed (&ours) != NULL || g_value_get_boxed (&theirs) != NULL)
        g_object_set_property (G_OBJECT (self), details[i], &theirs);
    }

  replace_items (alignment_case_get_stakeholders (self), G_LIST_MODEL (alignment_case_get_stakeholders (merged)),
                 alignment_stakeholder_fields);
  replace_items (alignment_case_get_lessons (self), G_LIST_MODEL (alignment_case_get_lessons (merged)),
                 alignment_lesson_fields);

  /* The merged case is let go after this: its signals are cloned so that
   * each belongs to one list. */
  merged_signals = alignment_case_peek_signals (merged, &n);
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (signals, alignment_signal_clone (merged_signals[i]));

  list = alignment_case_get_signals (self);
  alignment_signal_list_splice (list, 0, alignment_signal_list_get_n (list),
                                (AlignmentSignal **) signals->pdata, signals->len);

  exchange = alignment_case_dup_exchange (merged);
  alignment_case_set_exchange (self, exchange);
}
