/* alignment-history.c: undo and redo for every change to a case
 *
 * GObject tells what changed ("notify") but not what it was before.  A
 * signal tells its watch the old value of each change itself; for the
 * few other objects (the case, its stakeholders, lessons, thread
 * records and survey) the history
 * keeps a shadow of their writable properties, which holds the old value
 * when the notification comes, and of the items of every list.  The
 * property specs are shared per class.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "alignment-history.h"
#include "alignment-case.h"
#include "alignment-signal-list.h"
#include "alignment-signal-private.h"
#include "alignment-survey-round.h"

typedef enum
{
  COMMAND_PROPERTY,
  COMMAND_SPLICE,
} CommandKind;

typedef struct
{
  CommandKind  kind;
  GObject     *object;   /* the object, or the list of a splice */
  /* COMMAND_PROPERTY */
  GParamSpec  *pspec;
  GValue       old_value;
  GValue       new_value;
  /* COMMAND_SPLICE: at @position, @removed were replaced by @added */
  guint        position;
  GPtrArray   *removed;
  GPtrArray   *added;
} Command;

/* A step is a GPtrArray of Command, applied in order to redo and in
 * reverse to undo. */

typedef struct
{
  GParamSpec **pspecs;
  guint        n_pspecs;
} ClassProps;

typedef struct
{
  GObject    *object;
  ClassProps *props;
  GValue     *values;
  gulong      handler;
} Shadow;

typedef struct
{
  GListModel *model;
  GPtrArray  *items;
  gulong      handler;
} ListShadow;

struct _AlignmentHistory
{
  GObject        parent_instance;

  AlignmentCase *alignment_case;

  GPtrArray     *undo_steps;
  GPtrArray     *redo_steps;
  GPtrArray     *open_step;   /* the step a group adds to */
  guint          group_depth;
  gboolean       merge_broken;
  guint          applying;
  /* The number of undo steps at the saved state; -1 when it is gone. */
  gint64         saved_depth;

  GHashTable    *shadows;     /* GObject → Shadow */
  GHashTable    *signals;     /* the AlignmentSignals whose watch this is */
  GHashTable    *class_props; /* GType → ClassProps */
  GPtrArray     *lists;       /* of ListShadow */
};

G_DEFINE_FINAL_TYPE (AlignmentHistory, alignment_history, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CASE,
  PROP_CAN_UNDO,
  PROP_CAN_REDO,
  PROP_MODIFIED,
  PROP_CHANGES_SINCE_SAVE,
  N_PROPS
};

enum {
  APPLIED,
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void alignment_history_watch_object (AlignmentHistory *self,
                                            GObject          *object);
static void alignment_history_watch_list   (AlignmentHistory *self,
                                            GListModel       *model);

/* ---- Commands ------------------------------------------------------------ */

static void
command_free (gpointer data)
{
  Command *command = data;

  g_clear_object (&command->object);
  if (G_IS_VALUE (&command->old_value))
    g_value_unset (&command->old_value);
  if (G_IS_VALUE (&command->new_value))
    g_value_unset (&command->new_value);
  g_clear_pointer (&command->removed, g_ptr_array_unref);
  g_clear_pointer (&command->added, g_ptr_array_unref);
  g_free (command);
}

static GPtrArray *
step_new (void)
{
  return g_ptr_array_new_with_free_func (command_free);
}

static gboolean
values_equal (GParamSpec   *pspec,
              const GValue *a,
              const GValue *b)
{
  /* GDate is boxed: g_param_values_cmp() would compare the pointers. */
  if (G_VALUE_HOLDS (a, G_TYPE_DATE))
    {
      const GDate *da = g_value_get_boxed (a);
      const GDate *db = g_value_get_boxed (b);
      gboolean va = da != NULL && g_date_valid (da);
      gboolean vb = db != NULL && g_date_valid (db);

      if (va != vb)
        return FALSE;
      return !va || g_date_get_julian (da) == g_date_get_julian (db);
    }

  return g_param_values_cmp (pspec, a, b) == 0;
}

static void
apply_command (AlignmentHistory *self,
               Command          *command,
               gboolean          undo)
{
  if (command->kind == COMMAND_PROPERTY)
    {
      g_object_set_property (command->object, command->pspec->name,
                             undo ? &command->old_value : &command->new_value);
      return;
    }
  else
    {
      GPtrArray *remove = undo ? command->added : command->removed;
      GPtrArray *insert = undo ? command->removed : command->added;

      if (ALIGNMENT_IS_SIGNAL_LIST (command->object))
        alignment_signal_list_splice (ALIGNMENT_SIGNAL_LIST (command->object),
                                      command->position, remove->len,
                                      (AlignmentSignal **) insert->pdata, insert->len);
      else
        g_list_store_splice (G_LIST_STORE (command->object),
                             command->position, remove->len,
                             insert->pdata, insert->len);
    }
}

/* What a view should show after @command was applied. */
static GObject *
command_get_subject (Command  *command,
                     gboolean  undo)
{
  if (command->kind == COMMAND_SPLICE)
    {
      GPtrArray *inserted = undo ? command->removed : command->added;

      if (inserted->len > 0)
        return g_ptr_array_index (inserted, 0);
    }

  return command->object;
}

/* ---- Recording ----------------------------------------------------------- */

static void
alignment_history_notify_state (AlignmentHistory *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_UNDO]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_REDO]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHANGES_SINCE_SAVE]);
}

/* Merges @command into the step on top when it is more typing in the
 * same field; TRUE when it did (and took @command). */
/* TRUE when @step added @object to a list and then set one property of
 * it, and nothing else. */
static gboolean
step_made_with_text (GPtrArray *step,
                     GObject   *object)
{
  Command *made;

  if (step->len != 2)
    return FALSE;
  made = g_ptr_array_index (step, 0);
  return made->kind == COMMAND_SPLICE && made->removed->len == 0 && made->added->len == 1
         && g_ptr_array_index (made->added, 0) == object;
}

static gboolean
try_merge (AlignmentHistory *self,
           GPtrArray        *step,
           Command          *command,
           gboolean          any_type)
{
  Command *last;

  if (step == NULL || step->len == 0 || command->kind != COMMAND_PROPERTY)
    return FALSE;

  last = g_ptr_array_index (step, step->len - 1);
  if (last->kind != COMMAND_PROPERTY
      || last->object != command->object
      || last->pspec != command->pspec)
    return FALSE;

  /* Outside a group only text merges: two picks from a dropdown are two
   * decisions, two keystrokes are one edit.  A step that made an object
   * with its first keystroke (a thread's record) takes the next ones. */
  if (!any_type && ((step->len != 1 && !step_made_with_text (step, command->object))
                    || command->pspec->value_type != G_TYPE_STRING))
    return FALSE;

  g_value_unset (&last->new_value);
  g_value_init (&last->new_value, G_VALUE_TYPE (&command->new_value));
  g_value_copy (&command->new_value, &last->new_value);
  command_free (command);
  return TRUE;
}

static void
alignment_history_record (AlignmentHistory *self,
                          Command          *command)
{
  GPtrArray *step;

  /* A new change makes the undone steps unreachable, and with them the
   * saved state when it was among them. */
  if (self->redo_steps->len > 0)
    {
      if (self->saved_depth > (gint64) self->undo_steps->len)
        self->saved_depth = -1;
      g_ptr_array_set_size (self->redo_steps, 0);
    }

  if (self->group_depth > 0 && self->open_step != NULL)
    {
      if (!try_merge (self, self->open_step, command, TRUE))
        g_ptr_array_add (self->open_step, command);
      alignment_history_notify_state (self);
      g_signal_emit (self, signals[CHANGED], 0);
      return;
    }

  if (!self->merge_broken && self->group_depth == 0 && self->undo_steps->len > 0)
    {
      GPtrArray *top = g_ptr_array_index (self->undo_steps, self->undo_steps->len - 1);

      if (try_merge (self, top, command, FALSE))
        {
          /* Typing changes no state worth a notification, but it is
           * still a change (a recovery copy waits for the pauses). */
          g_signal_emit (self, signals[CHANGED], 0);
          return;
        }
    }

  step = step_new ();
  g_ptr_array_add (step, command);
  g_ptr_array_add (self->undo_steps, step);
  self->merge_broken = FALSE;
  if (self->group_depth > 0)
    self->open_step = step;

  alignment_history_notify_state (self);
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
record_property (AlignmentHistory *self,
                 GObject          *object,
                 GParamSpec       *pspec,
                 const GValue     *old_value,
                 const GValue     *new_value)
{
  Command *command = g_new0 (Command, 1);

  command->kind = COMMAND_PROPERTY;
  command->object = g_object_ref (object);
  command->pspec = pspec;
  g_value_init (&command->old_value, pspec->value_type);
  g_value_copy (old_value, &command->old_value);
  g_value_init (&command->new_value, pspec->value_type);
  g_value_copy (new_value, &command->new_value);
  alignment_history_record (self, command);
}

static void
signal_watch_cb (AlignmentSignal *signal,
                 GParamSpec      *pspec,
                 const GValue    *old_value,
                 gpointer         user_data)
{
  AlignmentHistory *self = user_data;
  g_auto(GValue) value = G_VALUE_INIT;

  if (self->applying > 0)
    return;

  g_value_init (&value, pspec->value_type);
  g_object_get_property (G_OBJECT (signal), pspec->name, &value);
  record_property (self, G_OBJECT (signal), pspec, old_value, &value);
}

static void
unwatch_signal (gpointer data)
{
  alignment_signal_set_watch (data, NULL, NULL);
  g_object_unref (data);
}

static void
shadow_notify_cb (GObject          *object,
                  GParamSpec       *pspec,
                  AlignmentHistory *self)
{
  Shadow *shadow = g_hash_table_lookup (self->shadows, object);
  g_auto(GValue) value = G_VALUE_INIT;
  g_auto(GValue) old_value = G_VALUE_INIT;
  guint i;

  if (shadow == NULL)
    return;

  for (i = 0; i < shadow->props->n_pspecs; i++)
    if (shadow->props->pspecs[i] == pspec)
      break;
  /* Read-only properties (a signal's thread) follow from others. */
  if (i == shadow->props->n_pspecs)
    return;

  g_value_init (&value, pspec->value_type);
  g_object_get_property (object, pspec->name, &value);

  if (values_equal (pspec, &shadow->values[i], &value))
    return;

  /* The shadow follows the object first: recording may notify others,
   * who may change it again. */
  old_value = shadow->values[i];
  shadow->values[i] = (GValue) G_VALUE_INIT;
  g_value_init (&shadow->values[i], pspec->value_type);
  g_value_copy (&value, &shadow->values[i]);

  if (self->applying == 0)
    record_property (self, object, pspec, &old_value, &value);
}

static void
class_props_free (gpointer data)
{
  ClassProps *props = data;

  g_free (props->pspecs);
  g_free (props);
}

static ClassProps *
get_class_props (AlignmentHistory *self,
                 GObject          *object)
{
  GType type = G_OBJECT_TYPE (object);
  ClassProps *props = g_hash_table_lookup (self->class_props, GSIZE_TO_POINTER (type));
  g_autofree GParamSpec **all = NULL;
  guint n_all;

  if (props != NULL)
    return props;

  props = g_new0 (ClassProps, 1);
  all = g_object_class_list_properties (G_OBJECT_GET_CLASS (object), &n_all);
  props->pspecs = g_new0 (GParamSpec *, n_all);
  for (guint i = 0; i < n_all; i++)
    {
      GParamFlags flags = all[i]->flags;

      if ((flags & G_PARAM_READWRITE) == G_PARAM_READWRITE
          && (flags & G_PARAM_CONSTRUCT_ONLY) == 0)
        props->pspecs[props->n_pspecs++] = all[i];
    }

  g_hash_table_insert (self->class_props, GSIZE_TO_POINTER (type), props);
  return props;
}

static void
shadow_free (gpointer data)
{
  Shadow *shadow = data;

  g_clear_signal_handler (&shadow->handler, shadow->object);
  for (guint i = 0; i < shadow->props->n_pspecs; i++)
    g_value_unset (&shadow->values[i]);
  g_free (shadow->values);
  g_object_unref (shadow->object);
  g_free (shadow);
}

static void
alignment_history_watch_object (AlignmentHistory *self,
                                GObject          *object)
{
  Shadow *shadow;

  if (ALIGNMENT_IS_SIGNAL (object))
    {
      if (!g_hash_table_contains (self->signals, object))
        {
          alignment_signal_set_watch (ALIGNMENT_SIGNAL (object), signal_watch_cb, self);
          g_hash_table_add (self->signals, g_object_ref (object));
        }
      return;
    }

  if (g_hash_table_contains (self->shadows, object))
    return;

  shadow = g_new0 (Shadow, 1);
  shadow->object = g_object_ref (object);
  shadow->props = get_class_props (self, object);
  shadow->values = g_new0 (GValue, shadow->props->n_pspecs);
  for (guint i = 0; i < shadow->props->n_pspecs; i++)
    {
      g_value_init (&shadow->values[i], shadow->props->pspecs[i]->value_type);
      g_object_get_property (object, shadow->props->pspecs[i]->name, &shadow->values[i]);
    }
  shadow->handler = g_signal_connect (object, "notify", G_CALLBACK (shadow_notify_cb), self);
  g_hash_table_insert (self->shadows, object, shadow);

  /* A survey round holds a list of its own: its responses. */
  if (ALIGNMENT_IS_SURVEY_ROUND (object))
    alignment_history_watch_list (self, G_LIST_MODEL (alignment_survey_round_get_responses (ALIGNMENT_SURVEY_ROUND (object))));
}

static void
list_items_changed_cb (GListModel       *model,
                       guint             position,
                       guint             removed,
                       guint             added,
                       AlignmentHistory *self)
{
  ListShadow *list = NULL;
  Command *command = NULL;

  for (guint i = 0; i < self->lists->len; i++)
    if (((ListShadow *) g_ptr_array_index (self->lists, i))->model == model)
      list = g_ptr_array_index (self->lists, i);
  g_assert (list != NULL);

  if (self->applying == 0)
    {
      command = g_new0 (Command, 1);
      command->kind = COMMAND_SPLICE;
      command->object = g_object_ref (G_OBJECT (model));
      command->position = position;
      command->removed = g_ptr_array_new_full (removed, g_object_unref);
      command->added = g_ptr_array_new_full (added, g_object_unref);
      for (guint i = 0; i < removed; i++)
        g_ptr_array_add (command->removed, g_object_ref (g_ptr_array_index (list->items, position + i)));
    }

  g_ptr_array_remove_range (list->items, position, removed);
  for (guint i = 0; i < added; i++)
    {
      GObject *item = g_list_model_get_item (model, position + i);

      alignment_history_watch_object (self, item);
      g_ptr_array_insert (list->items, position + i, item); /* takes the reference */
      if (command != NULL)
        g_ptr_array_add (command->added, g_object_ref (item));
    }

  if (command != NULL)
    alignment_history_record (self, command);
}

static void
list_shadow_free (gpointer data)
{
  ListShadow *list = data;

  g_clear_signal_handler (&list->handler, list->model);
  g_ptr_array_unref (list->items);
  g_object_unref (list->model);
  g_free (list);
}

static void
alignment_history_watch_list (AlignmentHistory *self,
                              GListModel       *model)
{
  ListShadow *list = g_new0 (ListShadow, 1);
  guint n = g_list_model_get_n_items (model);

  list->model = g_object_ref (model);
  list->items = g_ptr_array_new_full (n, g_object_unref);
  for (guint i = 0; i < n; i++)
    {
      GObject *item = g_list_model_get_item (model, i);

      alignment_history_watch_object (self, item);
      g_ptr_array_add (list->items, item);
    }
  list->handler = g_signal_connect (model, "items-changed", G_CALLBACK (list_items_changed_cb), self);
  g_ptr_array_add (self->lists, list);
}

/* ---- Public API ---------------------------------------------------------- */

AlignmentHistory *
alignment_history_new (AlignmentCase *alignment_case)
{
  g_return_val_if_fail (ALIGNMENT_IS_CASE (alignment_case), NULL);

  return g_object_new (ALIGNMENT_TYPE_HISTORY, "case", alignment_case, NULL);
}

AlignmentCase *
alignment_history_get_case (AlignmentHistory *self)
{
  g_return_val_if_fail (ALIGNMENT_IS_HISTORY (self), NULL);

  return self->alignment_case;
}

gboolean
alignment_history_get_can_undo (AlignmentHistory *self)
{
  g_return_val_if_fail (ALIGNMENT_IS_HISTORY (self), FALSE);

  return self->undo_steps->len > 0;
}

gboolean
alignment_history_get_can_redo (AlignmentHistory *self)
{
  g_return_val_if_fail (ALIGNMENT_IS_HISTORY (self), FALSE);

  return self->redo_steps->len > 0;
}

static gboolean
alignment_history_move (AlignmentHistory *self,
                        gboolean          undo)
{
  GPtrArray *from = undo ? self->undo_steps : self->redo_steps;
  GPtrArray *to = undo ? self->redo_steps : self->undo_steps;
  GPtrArray *step;
  GObject *subject = NULL;

  /* An undo in the middle of a group would tear the group apart. */
  g_return_val_if_fail (self->group_depth == 0, FALSE);

  if (from->len == 0)
    return FALSE;

  step = g_ptr_array_steal_index (from, from->len - 1);

  self->applying++;
  if (undo)
    for (guint i = step->len; i > 0; i--)
      apply_command (self, g_ptr_array_index (step, i - 1), TRUE);
  else
    for (guint i = 0; i < step->len; i++)
      apply_command (self, g_ptr_array_index (step, i), FALSE);
  self->applying--;

  if (step->len > 0)
    subject = g_object_ref (command_get_subject (g_ptr_array_index (step, undo ? 0 : step->len - 1), undo));

  g_ptr_array_add (to, step);
  self->merge_broken = TRUE;

  alignment_history_notify_state (self);
  if (subject != NULL)
    g_signal_emit (self, signals[APPLIED], 0, subject);
  g_clear_object (&subject);

  return TRUE;
}

gboolean
alignment_history_undo (AlignmentHistory *self)
{
  g_return_val_if_fail (ALIGNMENT_IS_HISTORY (self), FALSE);

  return alignment_history_move (self, TRUE);
}

gboolean
alignment_history_redo (AlignmentHistory *self)
{
  g_return_val_if_fail (ALIGNMENT_IS_HISTORY (self), FALSE);

  return alignment_history_move (self, FALSE);
}

void
alignment_history_begin_group (AlignmentHistory *self)
{
  g_return_if_fail (ALIGNMENT_IS_HISTORY (self));

  if (self->group_depth++ == 0)
    self->open_step = NULL;
}

void
alignment_history_end_group (AlignmentHistory *self)
{
  g_return_if_fail (ALIGNMENT_IS_HISTORY (self));
  g_return_if_fail (self->group_depth > 0);

  if (--self->group_depth == 0)
    {
      GPtrArray *step = self->open_step;

      /* A group is a step of its own, unless it made an object with its
       * first keystroke: the next ones join it. */
      self->merge_broken = step == NULL || step->len == 0
                           || !step_made_with_text (step, ((Command *) g_ptr_array_index (step, step->len - 1))->object);
      self->open_step = NULL;
    }
}

void
alignment_history_break_merge (AlignmentHistory *self)
{
  g_return_if_fail (ALIGNMENT_IS_HISTORY (self));

  self->merge_broken = TRUE;
}

void
alignment_history_mark_saved (AlignmentHistory *self)
{
  g_return_if_fail (ALIGNMENT_IS_HISTORY (self));

  self->saved_depth = self->undo_steps->len;
  /* Typing after a save must not merge into the step before it: undo
   * would then jump past the saved state. */
  self->merge_broken = TRUE;
  alignment_history_notify_state (self);
}

gboolean
alignment_history_get_modified (AlignmentHistory *self)
{
  g_return_val_if_fail (ALIGNMENT_IS_HISTORY (self), FALSE);

  return self->saved_depth != (gint64) self->undo_steps->len;
}

guint
alignment_history_get_changes_since_save (AlignmentHistory *self)
{
  g_return_val_if_fail (ALIGNMENT_IS_HISTORY (self), 0);

  if (self->saved_depth < 0)
    return G_MAXUINT;

  return (guint) ABS ((gint64) self->undo_steps->len - self->saved_depth);
}

void
alignment_history_clear (AlignmentHistory *self)
{
  gboolean modified;

  g_return_if_fail (ALIGNMENT_IS_HISTORY (self));

  modified = alignment_history_get_modified (self);
  g_ptr_array_set_size (self->undo_steps, 0);
  g_ptr_array_set_size (self->redo_steps, 0);
  self->open_step = NULL;
  /* Unsaved changes stay unsaved, even with nothing left to undo. */
  self->saved_depth = modified ? -1 : 0;
  alignment_history_notify_state (self);
}

/* ---- GObject ------------------------------------------------------------- */

static void
alignment_history_constructed (GObject *object)
{
  AlignmentHistory *self = ALIGNMENT_HISTORY (object);

  G_OBJECT_CLASS (alignment_history_parent_class)->constructed (object);

  g_return_if_fail (self->alignment_case != NULL);

  alignment_history_watch_object (self, G_OBJECT (self->alignment_case));
  alignment_history_watch_list (self, G_LIST_MODEL (alignment_case_get_signals (self->alignment_case)));
  alignment_history_watch_list (self, G_LIST_MODEL (alignment_case_get_stakeholders (self->alignment_case)));
  alignment_history_watch_list (self, G_LIST_MODEL (alignment_case_get_lessons (self->alignment_case)));
  alignment_history_watch_list (self, G_LIST_MODEL (alignment_case_get_thread_records (self->alignment_case)));
  alignment_history_watch_list (self, G_LIST_MODEL (alignment_case_get_survey_items (self->alignment_case)));
  alignment_history_watch_list (self, G_LIST_MODEL (alignment_case_get_survey_rounds (self->alignment_case)));
  alignment_history_watch_list (self, G_LIST_MODEL (alignment_case_get_boards (self->alignment_case)));
  alignment_history_watch_list (self, G_LIST_MODEL (alignment_case_get_escalation_levels (self->alignment_case)));
}

static void
alignment_history_dispose (GObject *object)
{
  AlignmentHistory *self = ALIGNMENT_HISTORY (object);

  /* The steps hold the objects; the shadows hold the handlers. */
  g_ptr_array_set_size (self->undo_steps, 0);
  g_ptr_array_set_size (self->redo_steps, 0);
  g_ptr_array_set_size (self->lists, 0);
  g_hash_table_remove_all (self->shadows);
  g_hash_table_remove_all (self->signals);
  g_clear_object (&self->alignment_case);

  G_OBJECT_CLASS (alignment_history_parent_class)->dispose (object);
}

static void
alignment_history_finalize (GObject *object)
{
  AlignmentHistory *self = ALIGNMENT_HISTORY (object);

  g_ptr_array_unref (self->undo_steps);
  g_ptr_array_unref (self->redo_steps);
  g_ptr_array_unref (self->lists);
  g_hash_table_unref (self->shadows);
  g_hash_table_unref (self->signals);
  g_hash_table_unref (self->class_props);

  G_OBJECT_CLASS (alignment_history_parent_class)->finalize (object);
}

static void
alignment_history_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  AlignmentHistory *self = ALIGNMENT_HISTORY (object);

  switch (prop_id)
    {
    case PROP_CASE:
      g_value_set_object (value, self->alignment_case);
      break;

    case PROP_CAN_UNDO:
      g_value_set_boolean (value, alignment_history_get_can_undo (self));
      break;

    case PROP_CAN_REDO:
      g_value_set_boolean (value, alignment_history_get_can_redo (self));
      break;

    case PROP_MODIFIED:
      g_value_set_boolean (value, alignment_history_get_modified (self));
      break;

    case PROP_CHANGES_SINCE_SAVE:
      g_value_set_uint (value, alignment_history_get_changes_since_save (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
alignment_history_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  AlignmentHistory *self = ALIGNMENT_HISTORY (object);

  switch (prop_id)
    {
    case PROP_CASE:
      self->alignment_case = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
alignment_history_class_init (AlignmentHistoryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags ro = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->constructed = alignment_history_constructed;
  object_class->dispose = alignment_history_dispose;
  object_class->finalize = alignment_history_finalize;
  object_class->get_property = alignment_history_get_property;
  object_class->set_property = alignment_history_set_property;

  properties[PROP_CASE] =
    g_param_spec_object ("case", NULL, NULL, ALIGNMENT_TYPE_CASE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CAN_UNDO] = g_param_spec_boolean ("can-undo", NULL, NULL, FALSE, ro);
  properties[PROP_CAN_REDO] = g_param_spec_boolean ("can-redo", NULL, NULL, FALSE, ro);
  properties[PROP_MODIFIED] = g_param_spec_boolean ("modified", NULL, NULL, FALSE, ro);
  properties[PROP_CHANGES_SINCE_SAVE] =
    g_param_spec_uint ("changes-since-save", NULL, NULL, 0, G_MAXUINT, 0, ro);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[APPLIED] =
    g_signal_new ("applied", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_OBJECT);
  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
alignment_history_init (AlignmentHistory *self)
{
  self->undo_steps = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  self->redo_steps = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  self->lists = g_ptr_array_new_with_free_func (list_shadow_free);
  self->shadows = g_hash_table_new_full (NULL, NULL, NULL, shadow_free);
  self->signals = g_hash_table_new_full (NULL, NULL, unwatch_signal, NULL);
  self->class_props = g_hash_table_new_full (NULL, NULL, NULL, class_props_free);
}
