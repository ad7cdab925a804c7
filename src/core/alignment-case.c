/* alignment-case.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "alignment-i18n.h"

#include "alignment-case.h"
#include "alignment-core-private.h"
#include "alignment-date.h"
#include "alignment-governance.h"
#include "alignment-lesson.h"
#include "alignment-merge.h"
#include "alignment-signal.h"
#include "alignment-signal-list.h"
#include "alignment-stakeholder.h"
#include "alignment-survey.h"
#include "alignment-survey-round.h"
#include "alignment-thread-record.h"

struct _AlignmentCase
{
  GObject              parent_instance;

  char                *title;
  char                *customer_name;
  char                *provider_name;
  char                *context;
  guint32              period_start;
  guint32              period_end;

  GListStore          *stakeholders;
  GListStore          *lessons;
  GListStore          *thread_records;
  /* Thread number → the first record with it, so that the loader and
   * the exports, which ask once per record or signal, do not search the
   * store each time; with a watch on every record's number.  NULL when
   * it must be built again (a record removed or renumbered). */
  GHashTable          *record_index;
  GPtrArray           *record_watches;  /* RecordWatch */
  GListStore          *boards;
  GListStore          *escalation_levels;
  AlignmentSignalList *signals;
  GPtrArray           *foreign;
  GListStore          *survey_items;
  GListStore          *survey_rounds;

  /* Whose copy this is and what it last exchanged with the other party:
   * see alignment-merge.h.  Not edits: no property, no history. */
  AlignmentCopyOwner   owner;
  char                *case_id;
  char                *copy_of;
  GPtrArray           *base;       /* AlignmentSignal, or NULL: never exchanged */
  GPtrArray           *conflicts;  /* AlignmentConflict */
  GHashTable          *base_details;  /* detail → text; NULL: not known */
  GListStore          *base_stakeholders;  /* NULL: not known */
  GListStore          *base_lessons;       /* NULL: not known */
  char                *report;     /* of the last merge, with what was decided since */
};

G_DEFINE_FINAL_TYPE (AlignmentCase, alignment_case, G_TYPE_OBJECT)

typedef struct
{
  AlignmentThreadRecord *record;
  gulong                 handler;
} RecordWatch;

static void
record_watch_free (gpointer data)
{
  RecordWatch *watch = data;

  g_clear_signal_handler (&watch->handler, watch->record);
  g_object_unref (watch->record);
  g_free (watch);
}

static void
drop_record_index (AlignmentCase *self)
{
  g_clear_pointer (&self->record_index, g_hash_table_unref);
  g_clear_pointer (&self->record_watches, g_ptr_array_unref);
}

static void
record_number_cb (AlignmentThreadRecord *record,
                  GParamSpec            *pspec,
                  AlignmentCase         *self)
{
  drop_record_index (self);
}

static void
watch_record (AlignmentCase         *self,
              AlignmentThreadRecord *record)
{
  RecordWatch *watch = g_new0 (RecordWatch, 1);

  watch->record = g_object_ref (record);
  watch->handler = g_signal_connect (record, "notify::number", G_CALLBACK (record_number_cb), self);
  g_ptr_array_add (self->record_watches, watch);
}

/* FALSE if @record's number is already taken: which one comes first
 * then depends on where it was inserted, and a rebuild finds out. */
static gboolean
index_record (AlignmentCase         *self,
              AlignmentThreadRecord *record)
{
  gpointer key = GUINT_TO_POINTER (alignment_thread_record_get_number (record));

  if (g_hash_table_contains (self->record_index, key))
    return FALSE;

  watch_record (self, record);
  g_hash_table_insert (self->record_index, key, record);
  return TRUE;
}

static void
build_record_index (AlignmentCase *self)
{
  GListModel *records = G_LIST_MODEL (self->thread_records);
  guint n = g_list_model_get_n_items (records);

  self->record_index = g_hash_table_new (NULL, NULL);
  self->record_watches = g_ptr_array_new_with_free_func (record_watch_free);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AlignmentThreadRecord) record = g_list_model_get_item (records, i);

      /* A second record of a number is not the one a lookup gives, but
       * it may be renumbered to a number nobody has. */
      if (!index_record (self, record))
        watch_record (self, record);
    }
}

static void
thread_records_changed_cb (GListModel    *records,
                           guint          position,
                           guint          removed,
                           guint          added,
                           AlignmentCase *self)
{
  if (self->record_index == NULL)
    return;

  /* Records appended, as the loader and the importer do, join the index;
   * anything else rebuilds it on the next lookup. */
  if (removed > 0)
    {
      drop_record_index (self);
      return;
    }

  for (guint i = position; i < position + added; i++)
    {
      g_autoptr(AlignmentThreadRecord) record = g_list_model_get_item (records, i);

      if (!index_record (self, record))
        {
          drop_record_index (self);
          return;
        }
    }
}

G_DEFINE_ENUM_TYPE (AlignmentCopyOwner, alignment_copy_owner,
  G_DEFINE_ENUM_VALUE (ALIGNMENT_COPY_OWNER_UNKNOWN, "unknown"),
  G_DEFINE_ENUM_VALUE (ALIGNMENT_COPY_OWNER_CUSTOMER, "customer"),
  G_DEFINE_ENUM_VALUE (ALIGNMENT_COPY_OWNER_PROVIDER, "provider"),
  G_DEFINE_ENUM_VALUE (ALIGNMENT_COPY_OWNER_JOINT, "joint"))

enum {
  PROP_0,
  PROP_TITLE,
  PROP_CUSTOMER_NAME,
  PROP_PROVIDER_NAME,
  PROP_CONTEXT,
  PROP_PERIOD_START,
  PROP_PERIOD_END,
  PROP_EXCHANGE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
alignment_case_finalize (GObject *object)
{
  AlignmentCase *self = ALIGNMENT_CASE (object);

  g_free (self->title);
  g_free (self->customer_name);
  g_free (self->provider_name);
  g_free (self->context);
  g_clear_object (&self->stakeholders);
  g_clear_object (&self->lessons);
  g_clear_pointer (&self->record_index, g_hash_table_unref);
  g_clear_pointer (&self->record_watches, g_ptr_array_unref);
  g_signal_handlers_disconnect_by_data (self->thread_records, self);
  g_clear_object (&self->thread_records);
  g_clear_object (&self->boards);
  g_clear_object (&self->escalation_levels);
  g_clear_object (&self->signals);
  g_clear_pointer (&self->foreign, g_ptr_array_unref);
  g_clear_object (&self->survey_items);
  g_clear_object (&self->survey_rounds);
  g_free (self->case_id);
  g_free (self->copy_of);
  g_clear_pointer (&self->base, g_ptr_array_unref);
  g_clear_pointer (&self->conflicts, g_ptr_array_unref);
  g_clear_pointer (&self->base_details, g_hash_table_unref);
  g_clear_object (&self->base_stakeholders);
  g_clear_object (&self->base_lessons);
  g_free (self->report);

  G_OBJECT_CLASS (alignment_case_parent_class)->finalize (object);
}

static GDate *
julian_to_boxed (guint32 julian)
{
  return julian != 0 ? g_date_new_julian (julian) : NULL;
}

static guint32
boxed_to_julian (const GDate *date)
{
  return date != NULL && g_date_valid (date) ? g_date_get_julian (date) : 0;
}

static void
alignment_case_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  AlignmentCase *self = ALIGNMENT_CASE (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, alignment_case_get_title (self));
      break;
    case PROP_CUSTOMER_NAME:
      g_value_set_string (value, alignment_case_get_customer_name (self));
      break;
    case PROP_PROVIDER_NAME:
      g_value_set_string (value, alignment_case_get_provider_name (self));
      break;
    case PROP_CONTEXT:
      g_value_set_string (value, alignment_case_get_context (self));
      break;
    case PROP_PERIOD_START:
      g_value_take_boxed (value, julian_to_boxed (self->period_start));
      break;
    case PROP_PERIOD_END:
      g_value_take_boxed (value, julian_to_boxed (self->period_end));
      break;
    case PROP_EXCHANGE:
      g_value_take_boxed (value, alignment_case_dup_exchange (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
alignment_case_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  AlignmentCase *self = ALIGNMENT_CASE (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      alignment_case_set_title (self, g_value_get_string (value));
      break;
    case PROP_CUSTOMER_NAME:
      alignment_case_set_customer_name (self, g_value_get_string (value));
      break;
    case PROP_PROVIDER_NAME:
      alignment_case_set_provider_name (self, g_value_get_string (value));
      break;
    case PROP_CONTEXT:
      alignment_case_set_context (self, g_value_get_string (value));
      break;
    case PROP_PERIOD_START:
      alignment_case_set_period_start (self, boxed_to_julian (g_value_get_boxed (value)));
      break;
    case PROP_PERIOD_END:
      alignment_case_set_period_end (self, boxed_to_julian (g_value_get_boxed (value)));
      break;
    case PROP_EXCHANGE:
      alignment_case_set_exchange (self, g_value_get_boxed (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
alignment_case_class_init (AlignmentCaseClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = alignment_case_finalize;
  object_class->get_property = alignment_case_get_property;
  object_class->set_property = alignment_case_set_property;

  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL, flags);
  properties[PROP_CUSTOMER_NAME] = g_param_spec_string ("customer-name", NULL, NULL, NULL, flags);
  properties[PROP_PROVIDER_NAME] = g_param_spec_string ("provider-name", NULL, NULL, NULL, flags);
  properties[PROP_CONTEXT] = g_param_spec_string ("context", NULL, NULL, NULL, flags);
  properties[PROP_PERIOD_START] = g_param_spec_boxed ("period-start", NULL, NULL, G_TYPE_DATE, flags);
  properties[PROP_PERIOD_END] = g_param_spec_boxed ("period-end", NULL, NULL, G_TYPE_DATE, flags);
  properties[PROP_EXCHANGE] = g_param_spec_boxed ("exchange", NULL, NULL, ALIGNMENT_TYPE_EXCHANGE, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
alignment_case_init (AlignmentCase *self)
{
  self->stakeholders = g_list_store_new (ALIGNMENT_TYPE_STAKEHOLDER);
  self->lessons = g_list_store_new (ALIGNMENT_TYPE_LESSON);
  self->thread_records = g_list_store_new (ALIGNMENT_TYPE_THREAD_RECORD);
  g_signal_connect (self->thread_records, "items-changed", G_CALLBACK (thread_records_changed_cb), self);
  self->boards = g_list_store_new (ALIGNMENT_TYPE_BOARD);
  alignment_governance_fill_default_boards (self->boards);
  self->escalation_levels = g_list_store_new (ALIGNMENT_TYPE_ESCALATION_LEVEL);
  alignment_governance_fill_default_levels (self->escalation_levels);
  self->signals = alignment_signal_list_new ();
  self->survey_items = g_list_store_new (ALIGNMENT_TYPE_SURVEY_ITEM);
  self->survey_rounds = g_list_store_new (ALIGNMENT_TYPE_SURVEY_ROUND);
  self->conflicts = g_ptr_array_new_with_free_func ((GDestroyNotify) alignment_conflict_free);
}

AlignmentCase *
alignment_case_new (void)
{
  return g_object_new (ALIGNMENT_TYPE_CASE, NULL);
}

#define TEXT_ACCESSORS(name, PROP)                                      \
  const char *                                                          \
  alignment_case_get_##name (AlignmentCase *self)                       \
  {                                                                     \
    g_return_val_if_fail (ALIGNMENT_IS_CASE (self), NULL);              \
    return alignment_text_or_empty (self->name);                        \
  }                                                                     \
                                                                        \
  void                                                                  \
  alignment_case_set_##name (AlignmentCase *self,                       \
                             const char    *text)                       \
  {                                                                     \
    g_return_if_fail (ALIGNMENT_IS_CASE (self));                        \
    if (alignment_set_text (&self->name, text))                         \
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP]);     \
  }

TEXT_ACCESSORS (title, PROP_TITLE)
TEXT_ACCESSORS (customer_name, PROP_CUSTOMER_NAME)
TEXT_ACCESSORS (provider_name, PROP_PROVIDER_NAME)
TEXT_ACCESSORS (context, PROP_CONTEXT)

const char *
alignment_case_get_party_name (AlignmentCase  *self,
                               AlignmentParty  party)
{
  const char *name;

  g_return_val_if_fail (ALIGNMENT_IS_CASE (self), NULL);

  switch (party)
    {
    case ALIGNMENT_PARTY_CUSTOMER:
      name = self->customer_name;
      break;
    case ALIGNMENT_PARTY_PROVIDER:
      name = self->provider_name;
      break;
    case ALIGNMENT_PARTY_UNKNOWN:
    default:
      name = NULL;
      break;
    }

  return name != NULL ? name : alignment_enum_to_label (ALIGNMENT_TYPE_PARTY, party);
}

#define PERIOD_ACCESSORS(name, PROP)                                    \
  guint32                                                               \
  alignment_case_get_##name (AlignmentCase *self)                       \
  {                                                                     \
    g_return_val_if_fail (ALIGNMENT_IS_CASE (self), 0);                 \
    return self->name;                                                  \
  }                                                                     \
                                                                        \
  void                                                                  \
  alignment_case_set_##name (AlignmentCase *self,                       \
                             guint32        julian)                     \
  {                                                                     \
    g_return_if_fail (ALIGNMENT_IS_CASE (self));                        \
    g_return_if_fail (julian == 0 || g_date_valid_julian (julian));     \
    if (self->name == julian)                                           \
      return;                                                           \
    self->name = julian;                                                \
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP]);       \
  }

PERIOD_ACCESSORS (period_start, PROP_PERIOD_START)
PERIOD_ACCESSORS (period_end, PROP_PERIOD_END)

GListStore *
alignment_case_get_stakeholders (AlignmentCase *self)
{
  g_return_val_if_fail (ALIGNMENT_IS_CASE (self), NULL);

  return self->stakeholders;
}

GListStore *
alignment_case_get_lessons (AlignmentCase *self)
{
  g_return_val_if_fail (ALIGNMENT_IS_CASE (self), NULL);

  return self->lessons;
}

GListStore *
alignment_case_get_thread_records (AlignmentCase *self)
{
  g_return_val_if_fail (ALIGNMENT_IS_CASE (self), NULL);

  return self->thread_records;
}

AlignmentThreadRecord *
alignment_case_lookup_thread_record (AlignmentCase *self,
                                     guint          number)
{
  g_return_val_if_fail (ALIGNMENT_IS_CASE (self), NULL);

  if (self->record_index == NULL)
    build_record_index (self);

  return g_hash_table_lookup (self->record_index, GUINT_TO_POINTER (number));
}

gboolean
alignment_case_has_thread_title (AlignmentCase *self,
                                 guint          number)
{
  AlignmentThreadRecord *record;

  g_return_val_if_fail (ALIGNMENT_IS_CASE (self), FALSE);

  record = alignment_case_lookup_thread_record (self, number);
  return record != NULL && *alignment_thread_record_get_title (record) != '\0';
}

char *
alignment_case_dup_thread_title (AlignmentCase *self,
                                 guint          number,
                                 gboolean      *is_default)
{
  AlignmentThreadRecord *record;
  AlignmentSignal **signals;
  AlignmentSignal *opening = NULL;
  guint n_signals;

  g_return_val_if_fail (ALIGNMENT_IS_CASE (self), NULL);

  if (alignment_case_has_thread_title (self, number))
    {
      record = alignment_case_lookup_thread_record (self, number);
      if (is_default != NULL)
        *is_default = FALSE;
      return g_strdup (alignment_thread_record_get_title (record));
    }

  if (is_default != NULL)
    *is_default = TRUE;

  /* The signal that opened the thread: the first in the thread's own
   * order, as the analysis and the timeline have it. */
  signals = alignment_signal_list_peek (self->signals, &n_signals);
  for (guint i = 0; i < n_signals; i++)
    if (alignment_signal_get_thread (signals[i]) == number
        && (opening == NULL || alignment_signal_compare (signals[i], opening) < 0))
      opening = signals[i];

  return g_strdup (opening != NULL ? alignment_signal_get_trigger (opening) : "");
}

GHashTable *
alignment_case_dup_thread_titles (AlignmentCase *self)
{
  GHashTable *titles;
  g_autoptr(GHashTable) opening = NULL;
  AlignmentSignal **signals;
  GHashTableIter iter;
  gpointer number, signal;
  guint n_signals, n_records;

  g_return_val_if_fail (ALIGNMENT_IS_CASE (self), NULL);

  titles = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  opening = g_hash_table_new (NULL, NULL);

  signals = alignment_signal_list_peek (self->signals, &n_signals);
  for (guint i = 0; i < n_signals; i++)
    {
      guint thread = alignment_signal_get_thread (signals[i]);
      AlignmentSignal *first;

      if (thread == 0)
        continue;
      first = g_hash_table_lookup (opening, GUINT_TO_POINTER (thread));
      if (first == NULL || alignment_signal_compare (signals[i], first) < 0)
        g_hash_table_insert (opening, GUINT_TO_POINTER (thread), signals[i]);
    }

  g_hash_table_iter_init (&iter, opening);
  while (g_hash_table_iter_next (&iter, &number, &signal))
    g_hash_table_insert (titles, number, g_strdup (alignment_signal_get_trigger (signal)));

  /* A record's title wins over the opening trigger, as above. */
  n_records = g_list_model_get_n_items (G_LIST_MODEL (self->thread_records));
  for (guint i = 0; i < n_records; i++)
    {
      g_autoptr(AlignmentThreadRecord) record = g_list_model_get_item (G_LIST_MODEL (self->thread_records), i);
      const char *title = alignment_thread_record_get_title (record);
      gpointer key = GUINT_TO_POINTER (alignment_thread_record_get_number (record));

      if (*title != '\0')
        g_hash_table_insert (titles, key, g_strdup (title));
      else if (!g_hash_table_contains (titles, key))
        g_hash_table_insert (titles, key, g_strdup (""));
    }

  return titles;
}

gboolean
alignment_case_renumber_thread (AlignmentCase  *self,
                                guint           from,
                                guint           to,
                                GError        **error)
{
  AlignmentThreadRecord *record;
  AlignmentSignal **signals;
  g_autoptr(GPtrArray) moving = g_ptr_array_new ();
  guint n_signals;

  g_return_val_if_fail (ALIGNMENT_IS_CASE (self), FALSE);
  g_return_val_if_fail (from >= 1 && to >= 1, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (from == to)
    return TRUE;

  signals = alignment_signal_list_peek (self->signals, &n_signals);
  for (guint i = 0; i < n_signals; i++)
    {
      guint thread = alignment_signal_get_thread (signals[i]);

      if (thread == to)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS,
                       _("Thread %u already exists (signal %s): choose a number no thread uses"),
                       to, alignment_signal_get_id (signals[i]));
          return FALSE;
        }
      if (thread == from)
        g_ptr_array_add (moving, signals[i]);
    }

  if (alignment_case_lookup_thread_record (self, to) != NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS,
                   _("Thread %u already exists: choose a number no thread uses"), to);
      return FALSE;
    }

  /* Collected first: renaming changes what the list's array holds. */
  for (guint i = 0; i < moving->len; i++)
    {
      AlignmentSignal *signal = g_ptr_array_index (moving, i);
      const char *letters = NULL;
      guint thread;
      g_autofree char *id = NULL;

      if (!alignment_signal_id_parse (alignment_signal_get_id (signal), &thread, &letters))
        continue;
      id = g_strdup_printf ("%u%s", to, letters);
      alignment_signal_set_id (signal, id);
    }

  record = alignment_case_lookup_thread_record (self, from);
  if (record != NULL)
    alignment_thread_record_set_number (record, to);

  return TRUE;
}

AlignmentSignalList *
alignment_case_get_signals (AlignmentCase *self)
{
  g_return_val_if_fail (ALIGNMENT_IS_CASE (self), NULL);

  return self->signals;
}

AlignmentSignal **
alignment_case_peek_signals (AlignmentCase *self,
                             guint         *n_signals)
{
  g_return_val_if_fail (ALIGNMENT_IS_CASE (self), NULL);

  return alignment_signal_list_peek (self->signals, n_signals);
}

GPtrArray *
alignment_case_get_foreign (AlignmentCase *self)
{
  g_return_val_if_fail (ALIGNMENT_IS_CASE (self), NULL);

  return self->foreign;
}

void
alignment_case_add_foreign (AlignmentCase *self,
                            const char    *xml)
{
  g_return_if_fail (ALIGNMENT_IS_CASE (self));
  g_return_if_fail (xml != NULL);

  if (self->foreign == NULL)
    self->foreign = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (self->foreign, g_strdup (xml));
}

/* ---- Trust survey ------------------------------------------------------- */

GListStore *
alignment_case_get_survey_items (AlignmentCase *self)
{
  g_return_val_if_fail (ALIGNMENT_IS_CASE (self), NULL);

  return self->survey_items;
}

GListStore *
alignment_case_get_survey_rounds (AlignmentCase *self)
{
  g_return_val_if_fail (ALIGNMENT_IS_CASE (self), NULL);

  return self->survey_rounds;
}

void
alignment_case_add_survey_round (AlignmentCase        *self,
                                 AlignmentSurveyRound *round)
{
  g_return_if_fail (ALIGNMENT_IS_CASE (self));
  g_return_if_fail (ALIGNMENT_IS_SURVEY_ROUND (round));

  /* The first round fixes the wording its answers refer to. */
  if (g_list_model_get_n_items (G_LIST_MODEL (self->survey_items)) == 0)
    alignment_survey_add_default (self->survey_items);
  g_list_store_append (self->survey_rounds, round);
}

static gboolean
survey_item_equal (gpointer a,
                   gpointer b)
{
  return alignment_survey_item_equal (a, b);
}

static gboolean
survey_round_equal (gpointer a,
                    gpointer b)
{
  return alignment_survey_round_equal (a, b);
}

static gboolean
survey_equal (AlignmentCase *a,
              AlignmentCase *b)
{
  return alignment_list_models_equal (G_LIST_MODEL (a->survey_items), G_LIST_MODEL (b->survey_items), survey_item_equal)
         && alignment_list_models_equal (G_LIST_MODEL (a->survey_rounds), G_LIST_MODEL (b->survey_rounds), survey_round_equal);
}

GListStore *
alignment_case_get_boards (AlignmentCase *self)
{
  g_return_val_if_fail (ALIGNMENT_IS_CASE (self), NULL);

  return self->boards;
}

GListStore *
alignment_case_get_escalation_levels (AlignmentCase *self)
{
  g_return_val_if_fail (ALIGNMENT_IS_CASE (self), NULL);

  return self->escalation_levels;
}

static gboolean
stakeholder_equal (gpointer a,
                   gpointer b)
{
  return alignment_object_values_equal (a, b, alignment_stakeholder_fields);
}

/* The records that say something, in order: an empty record is not
 * written, so two cases that differ only by one are the same case. */
static gboolean
thread_records_equal (GListModel *a,
                      GListModel *b)
{
  guint na = g_list_model_get_n_items (a);
  guint nb = g_list_model_get_n_items (b);
  guint i = 0, j = 0;

  for (;;)
    {
      g_autoptr(AlignmentThreadRecord) ra = NULL;
      g_autoptr(AlignmentThreadRecord) rb = NULL;

      while (i < na && alignment_thread_record_is_empty (ra = g_list_model_get_item (a, i++)))
        g_clear_object (&ra);
      while (j < nb && alignment_thread_record_is_empty (rb = g_list_model_get_item (b, j++)))
        g_clear_object (&rb);

      if (ra == NULL || rb == NULL)
        return ra == NULL && rb == NULL;
      if (!alignment_thread_record_equal (ra, rb))
        return FALSE;
    }
}

static gboolean
lesson_equal (gpointer a,
              gpointer b)
{
  return alignment_object_values_equal (a, b, alignment_lesson_fields);
}

static gboolean
board_equal (gpointer a,
             gpointer b)
{
  return alignment_board_equal (a, b);
}

static gboolean
escalation_level_equal (gpointer a,
                        gpointer b)
{
  return alignment_escalation_level_equal (a, b);
}

static gboolean
details_equal (GHashTable *a,
               GHashTable *b)
{
  GHashTableIter iter;
  gpointer key, value;

  if (g_hash_table_size (a) != g_hash_table_size (b))
    return FALSE;
  g_hash_table_iter_init (&iter, a);
  while (g_hash_table_iter_next (&iter, &key, &value))
    if (g_strcmp0 (value, g_hash_table_lookup (b, key)) != 0)
      return FALSE;
  return TRUE;
}

static gboolean
base_list_equal (GListStore *a,
                 GListStore *b,
                 gboolean  (*equal) (gpointer, gpointer))
{
  if (a == NULL || b == NULL)
    return a == b;
  return alignment_list_models_equal (G_LIST_MODEL (a), G_LIST_MODEL (b), equal);
}

static gboolean
exchange_equal (AlignmentCase *a,
                AlignmentCase *b)
{
  if (a->owner != b->owner
      || g_strcmp0 (a->copy_of, b->copy_of) != 0
      || a->conflicts->len != b->conflicts->len
      || (a->base == NULL) != (b->base == NULL)
      || (a->base != NULL && a->base->len != b->base->len))
    return FALSE;

  if ((a->base_details == NULL) != (b->base_details == NULL)
      || (a->base_details != NULL && !details_equal (a->base_details, b->base_details))
      || !base_list_equal (a->base_stakeholders, b->base_stakeholders, stakeholder_equal)
      || !base_list_equal (a->base_lessons, b->base_lessons, lesson_equal)
      || g_strcmp0 (a->report, b->report) != 0)
    return FALSE;

  for (guint i = 0; i < a->conflicts->len; i++)
    if (!alignment_conflict_equal (g_ptr_array_index (a->conflicts, i), g_ptr_array_index (b->conflicts, i)))
      return FALSE;

  return TRUE;
}

gboolean
alignment_case_equal (AlignmentCase *a,
                      AlignmentCase *b)
{
  AlignmentSignal **sa, **sb;
  guint na, nb;

  g_return_val_if_fail (ALIGNMENT_IS_CASE (a), FALSE);
  g_return_val_if_fail (ALIGNMENT_IS_CASE (b), FALSE);

  if (g_strcmp0 (a->title, b->title) != 0
      || g_strcmp0 (a->customer_name, b->customer_name) != 0
      || g_strcmp0 (a->provider_name, b->provider_name) != 0
      || g_strcmp0 (a->context, b->context) != 0
      || a->period_start != b->period_start
      || a->period_end != b->period_end
      || !alignment_strings_equal (a->foreign, b->foreign)
      || !alignment_list_models_equal (G_LIST_MODEL (a->stakeholders), G_LIST_MODEL (b->stakeholders), stakeholder_equal)
      || !alignment_list_models_equal (G_LIST_MODEL (a->lessons), G_LIST_MODEL (b->lessons), lesson_equal)
      || !thread_records_equal (G_LIST_MODEL (a->thread_records), G_LIST_MODEL (b->thread_records))
      || !alignment_list_models_equal (G_LIST_MODEL (a->boards), G_LIST_MODEL (b->boards), board_equal)
      || !alignment_list_models_equal (G_LIST_MODEL (a->escalation_levels), G_LIST_MODEL (b->escalation_levels),
                             escalation_level_equal)
      || !survey_equal (a, b)
      || !exchange_equal (a, b))
    return FALSE;

  sa = alignment_signal_list_peek (a->signals, &na);
  sb = alignment_signal_list_peek (b->signals, &nb);
  if (na != nb)
    return FALSE;

  for (guint i = 0; i < na; i++)
    if (!alignment_signal_equal (sa[i], sb[i]))
      return FALSE;

  return TRUE;
}

const char *
alignment_copy_owner_to_token (AlignmentCopyOwner owner)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (ALIGNMENT_TYPE_COPY_OWNER);
  GEnumValue *value = g_enum_get_value (klass, owner);

  return value != NULL ? value->value_nick : NULL;
}

gboolean
alignment_copy_owner_from_token (const char         *token,
                                 AlignmentCopyOwner *owner)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (ALIGNMENT_TYPE_COPY_OWNER);
  GEnumValue *value = token != NULL ? g_enum_get_value_by_nick (klass, token) : NULL;

  if (value == NULL)
    return FALSE;
  *owner = value->value;
  return TRUE;
}

AlignmentCopyOwner
alignment_case_get_owner (AlignmentCase *self)
{
  g_return_val_if_fail (ALIGNMENT_IS_CASE (self), ALIGNMENT_COPY_OWNER_UNKNOWN);

  return self->owner;
}

void
alignment_case_set_owner (AlignmentCase      *self,
                          AlignmentCopyOwner  owner)
{
  g_return_if_fail (ALIGNMENT_IS_CASE (self));

  if (self->owner == owner)
    return;
  self->owner = owner;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EXCHANGE]);
}

const char *
alignment_case_get_case_id (AlignmentCase *self)
{
  g_return_val_if_fail (ALIGNMENT_IS_CASE (self), NULL);

  return g_atomic_pointer_get (&self->case_id);
}

void
alignment_case_set_case_id (AlignmentCase *self,
                            const char    *case_id)
{
  g_return_if_fail (ALIGNMENT_IS_CASE (self));

  alignment_uuid_set (&self->case_id, case_id);
}

const char *
alignment_case_ensure_case_id (AlignmentCase *self)
{
  g_return_val_if_fail (ALIGNMENT_IS_CASE (self), NULL);

  return alignment_uuid_ensure (&self->case_id);
}

void
alignment_case_ensure_stable_ids (AlignmentCase *self)
{
  AlignmentSignal **signals;
  guint n;

  g_return_if_fail (ALIGNMENT_IS_CASE (self));

  alignment_case_ensure_case_id (self);
  signals = alignment_signal_list_peek (self->signals, &n);
  for (guint i = 0; i < n; i++)
    alignment_signal_ensure_stable_id (signals[i]);
}

const char *
alignment_case_get_copy_of (AlignmentCase *self)
{
  g_return_val_if_fail (ALIGNMENT_IS_CASE (self), NULL);

  return self->copy_of;
}

void
alignment_case_set_copy_of (AlignmentCase *self,
                            const char    *case_id)
{
  g_return_if_fail (ALIGNMENT_IS_CASE (self));

  if (alignment_set_text (&self->copy_of, case_id != NULL && *case_id != '\0' ? case_id : NULL))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EXCHANGE]);
}

GPtrArray *
alignment_case_get_base (AlignmentCase *self)
{
  g_return_val_if_fail (ALIGNMENT_IS_CASE (self), NULL);

  return self->base;
}

void
alignment_case_set_base (AlignmentCase *self,
                         GPtrArray     *signals)
{
  g_return_if_fail (ALIGNMENT_IS_CASE (self));

  if (signals != NULL)
    g_ptr_array_ref (signals);
  g_clear_pointer (&self->base, g_ptr_array_unref);
  self->base = signals;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EXCHANGE]);
}

const char * const alignment_stakeholder_fields[] = { "name", "party", "function", NULL };
const char * const alignment_lesson_fields[] = { "text", NULL };

gboolean
alignment_object_values_equal (GObject            *a,
                               GObject            *b,
                               const char * const *names)
{
  for (guint i = 0; names[i] != NULL; i++)
    {
      g_auto(GValue) va = G_VALUE_INIT;
      g_auto(GValue) vb = G_VALUE_INIT;
      GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (a), names[i]);

      g_value_init (&va, pspec->value_type);
      g_value_init (&vb, pspec->value_type);
      g_object_get_property (a, names[i], &va);
      g_object_get_property (b, names[i], &vb);
      if (g_param_values_cmp (pspec, &va, &vb) != 0)
        return FALSE;
    }
  return TRUE;
}

gpointer
alignment_object_copy_values (GObject            *item,
                              const char * const *names)
{
  GObject *copy = g_object_new (G_OBJECT_TYPE (item), NULL);

  for (guint k = 0; names[k] != NULL; k++)
    {
      g_auto(GValue) value = G_VALUE_INIT;
      GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (item), names[k]);

      g_value_init (&value, pspec->value_type);
      g_object_get_property (item, names[k], &value);
      g_object_set_property (copy, names[k], &value);
    }
  return copy;
}

/* Copies, so that later edits of the case leave the base as it was. */
GListStore *
alignment_list_copy_values (GListModel         *items,
                            const char * const *names)
{
  GListStore *copy = g_list_store_new (g_list_model_get_item_type (items));
  guint n = g_list_model_get_n_items (items);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (items, i);
      g_autoptr(GObject) c = alignment_object_copy_values (item, names);

      g_list_store_append (copy, c);
    }
  return copy;
}

void
alignment_case_remember_exchange (AlignmentCase *self)
{
  g_autoptr(GPtrArray) base = g_ptr_array_new_with_free_func (g_object_unref);
  AlignmentSignal **signals;
  guint n;

  g_return_if_fail (ALIGNMENT_IS_CASE (self));

  alignment_case_ensure_stable_ids (self);
  signals = alignment_signal_list_peek (self->signals, &n);
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (base, alignment_signal_clone (signals[i]));
  g_clear_pointer (&self->base_details, g_hash_table_unref);
  self->base_details = alignment_case_dup_details (self);
  g_clear_object (&self->base_stakeholders);
  self->base_stakeholders = alignment_list_copy_values (G_LIST_MODEL (self->stakeholders), alignment_stakeholder_fields);
  g_clear_object (&self->base_lessons);
  self->base_lessons = alignment_list_copy_values (G_LIST_MODEL (self->lessons), alignment_lesson_fields);
  alignment_case_set_base (self, base);
}

GListStore *
alignment_case_get_base_stakeholders (AlignmentCase *self)
{
  g_return_val_if_fail (ALIGNMENT_IS_CASE (self), NULL);

  return self->base_stakeholders;
}

GListStore *
alignment_case_get_base_lessons (AlignmentCase *self)
{
  g_return_val_if_fail (ALIGNMENT_IS_CASE (self), NULL);

  return self->base_lessons;
}

void
alignment_case_set_base_stakeholders (AlignmentCase *self,
                                      GListStore    *stakeholders)
{
  g_return_if_fail (ALIGNMENT_IS_CASE (self));

  if (g_set_object (&self->base_stakeholders, stakeholders))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EXCHANGE]);
}

void
alignment_case_set_base_lessons (AlignmentCase *self,
                                 GListStore    *lessons)
{
  g_return_if_fail (ALIGNMENT_IS_CASE (self));

  if (g_set_object (&self->base_lessons, lessons))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EXCHANGE]);
}

const char *
alignment_case_get_merge_report (AlignmentCase *self)
{
  g_return_val_if_fail (ALIGNMENT_IS_CASE (self), NULL);

  return self->report;
}

void
alignment_case_set_merge_report (AlignmentCase *self,
                                 const char    *report)
{
  g_return_if_fail (ALIGNMENT_IS_CASE (self));

  if (alignment_set_text (&self->report, report != NULL && *report != '\0' ? report : NULL))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EXCHANGE]);
}

static const char * const detail_names[] = {
  "title", "customer-name", "provider-name", "context", "period-start", "period-end",
};

const char * const *
alignment_case_list_details (guint *n_details)
{
  *n_details = G_N_ELEMENTS (detail_names);
  return detail_names;
}

GHashTable *
alignment_case_dup_details (AlignmentCase *self)
{
  GHashTable *details = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  const char *texts[] = { self->title, self->customer_name, self->provider_name, self->context };
  guint32 dates[] = { self->period_start, self->period_end };

  g_return_val_if_fail (ALIGNMENT_IS_CASE (self), details);

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    if (texts[i] != NULL && *texts[i] != '\0')
      g_hash_table_insert (details, (gpointer) detail_names[i], g_strdup (texts[i]));
  for (guint i = 0; i < G_N_ELEMENTS (dates); i++)
    if (dates[i] != 0)
      {
        char iso[16];

        alignment_date_format_iso (dates[i], iso);
        g_hash_table_insert (details, (gpointer) detail_names[G_N_ELEMENTS (texts) + i], g_strdup (iso));
      }
  return details;
}

GHashTable *
alignment_case_get_base_details (AlignmentCase *self)
{
  g_return_val_if_fail (ALIGNMENT_IS_CASE (self), NULL);

  return self->base_details;
}

void
alignment_case_set_base_details (AlignmentCase *self,
                                 GHashTable    *details)
{
  g_return_if_fail (ALIGNMENT_IS_CASE (self));

  if (details != NULL)
    g_hash_table_ref (details);
  g_clear_pointer (&self->base_details, g_hash_table_unref);
  self->base_details = details;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EXCHANGE]);
}

GPtrArray *
alignment_case_get_conflicts (AlignmentCase *self)
{
  g_return_val_if_fail (ALIGNMENT_IS_CASE (self), NULL);

  return self->conflicts;
}

void
alignment_case_add_conflict (AlignmentCase     *self,
                             AlignmentConflict *conflict)
{
  g_return_if_fail (ALIGNMENT_IS_CASE (self));
  g_return_if_fail (conflict != NULL);

  g_ptr_array_add (self->conflicts, conflict);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EXCHANGE]);
}

void
alignment_case_remove_conflict (AlignmentCase *self,
                                guint          index)
{
  g_return_if_fail (ALIGNMENT_IS_CASE (self));
  g_return_if_fail (index < self->conflicts->len);

  g_ptr_array_remove_index (self->conflicts, index);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EXCHANGE]);
}

void
alignment_case_set_conflict_later (AlignmentCase *self,
                                   guint          index,
                                   gboolean       later)
{
  AlignmentConflict *conflict;

  g_return_if_fail (ALIGNMENT_IS_CASE (self));
  g_return_if_fail (index < self->conflicts->len);

  conflict = g_ptr_array_index (self->conflicts, index);
  if (conflict->later == !!later)
    return;
  conflict->later = !!later;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EXCHANGE]);
}

/* ---- The exchange as one value ------------------------------------------------- */

/* What a merge or a shared copy changes besides the signals, as one
 * immutable value: the history keeps the one before each change, so
 * that undo gives back the conflicts and the base as they were.  The
 * base's signals are never changed once stored, so they are shared. */
struct _AlignmentExchange
{
  gatomicrefcount     ref_count;
  AlignmentCopyOwner  owner;
  char               *copy_of;
  GPtrArray          *base;
  GPtrArray          *conflicts;
  GHashTable         *base_details;
  GListStore         *base_stakeholders;
  GListStore         *base_lessons;
  char               *report;
};

static AlignmentExchange *
alignment_exchange_ref (AlignmentExchange *exchange)
{
  g_atomic_ref_count_inc (&exchange->ref_count);
  return exchange;
}

void
alignment_exchange_unref (AlignmentExchange *exchange)
{
  if (!g_atomic_ref_count_dec (&exchange->ref_count))
    return;

  g_free (exchange->copy_of);
  g_clear_pointer (&exchange->base, g_ptr_array_unref);
  g_clear_pointer (&exchange->base_details, g_hash_table_unref);
  g_clear_object (&exchange->base_stakeholders);
  g_clear_object (&exchange->base_lessons);
  g_free (exchange->report);
  g_ptr_array_unref (exchange->conflicts);
  g_free (exchange);
}

G_DEFINE_BOXED_TYPE (AlignmentExchange, alignment_exchange, alignment_exchange_ref, alignment_exchange_unref)

static GPtrArray *
conflicts_copy (GPtrArray *conflicts)
{
  GPtrArray *copy = g_ptr_array_new_full (conflicts->len, (GDestroyNotify) alignment_conflict_free);

  for (guint i = 0; i < conflicts->len; i++)
    g_ptr_array_add (copy, alignment_conflict_copy (g_ptr_array_index (conflicts, i)));
  return copy;
}

AlignmentExchange *
alignment_case_dup_exchange (AlignmentCase *self)
{
  AlignmentExchange *exchange;

  g_return_val_if_fail (ALIGNMENT_IS_CASE (self), NULL);

  exchange = g_new0 (AlignmentExchange, 1);
  g_atomic_ref_count_init (&exchange->ref_count);
  exchange->owner = self->owner;
  exchange->copy_of = g_strdup (self->copy_of);
  exchange->base = self->base != NULL ? g_ptr_array_ref (self->base) : NULL;
  exchange->conflicts = conflicts_copy (self->conflicts);
  exchange->base_details = self->base_details != NULL ? g_hash_table_ref (self->base_details) : NULL;
  g_set_object (&exchange->base_stakeholders, self->base_stakeholders);
  g_set_object (&exchange->base_lessons, self->base_lessons);
  exchange->report = g_strdup (self->report);
  return exchange;
}

void
alignment_case_set_exchange (AlignmentCase     *self,
                             AlignmentExchange *exchange)
{
  g_return_if_fail (ALIGNMENT_IS_CASE (self));

  self->owner = exchange != NULL ? exchange->owner : ALIGNMENT_COPY_OWNER_UNKNOWN;
  alignment_set_text (&self->copy_of, exchange != NULL ? exchange->copy_of : NULL);
  g_clear_pointer (&self->base, g_ptr_array_unref);
  if (exchange != NULL && exchange->base != NULL)
    self->base = g_ptr_array_ref (exchange->base);
  g_clear_pointer (&self->base_details, g_hash_table_unref);
  if (exchange != NULL && exchange->base_details != NULL)
    self->base_details = g_hash_table_ref (exchange->base_details);
  g_clear_object (&self->base_stakeholders);
  g_clear_object (&self->base_lessons);
  if (exchange != NULL)
    {
      g_set_object (&self->base_stakeholders, exchange->base_stakeholders);
      g_set_object (&self->base_lessons, exchange->base_lessons);
    }
  alignment_set_text (&self->report, exchange != NULL ? exchange->report : NULL);
  g_clear_pointer (&self->conflicts, g_ptr_array_unref);
  self->conflicts = exchange != NULL ? conflicts_copy (exchange->conflicts)
                                     : g_ptr_array_new_with_free_func ((GDestroyNotify) alignment_conflict_free);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EXCHANGE]);
}
