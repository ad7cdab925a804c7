/* alignment-merge.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "alignment-i18n.h"

#include "alignment-case-xml.h"
#include "alignment-core-private.h"
#include "alignment-merge.h"
#include "alignment-signal-list.h"

AlignmentConflict *
alignment_conflict_new (const char *signal,
                        const char *signal_id,
                        const char *field,
                        const char *ours,
                        const char *ours_author,
                        const char *theirs,
                        const char *theirs_author)
{
  AlignmentConflict *conflict = g_new0 (AlignmentConflict, 1);

  conflict->signal = g_strdup (signal);
  conflict->signal_id = g_strdup (signal_id);
  conflict->field = g_strdup (field);
  conflict->ours = g_strdup (ours);
  conflict->ours_author = g_strdup (ours_author);
  conflict->theirs = g_strdup (theirs);
  conflict->theirs_author = g_strdup (theirs_author);
  return conflict;
}

AlignmentConflict *
alignment_conflict_copy (const AlignmentConflict *conflict)
{
  AlignmentConflict *copy = alignment_conflict_new (conflict->signal, conflict->signal_id, conflict->field,
                                                    conflict->ours, conflict->ours_author,
                                                    conflict->theirs, conflict->theirs_author);

  copy->later = conflict->later;
  return copy;
}

void
alignment_conflict_free (AlignmentConflict *conflict)
{
  if (conflict == NULL)
    return;

  g_free (conflict->signal);
  g_free (conflict->signal_id);
  g_free (conflict->field);
  g_free (conflict->ours);
  g_free (conflict->ours_author);
  g_free (conflict->theirs);
  g_free (conflict->theirs_author);
  g_free (conflict);
}

gboolean
alignment_conflict_equal (const AlignmentConflict *a,
                          const AlignmentConflict *b)
{
  return g_strcmp0 (a->signal, b->signal) == 0
      && g_strcmp0 (a->signal_id, b->signal_id) == 0
      && g_strcmp0 (a->field, b->field) == 0
      && g_strcmp0 (a->ours, b->ours) == 0
      && g_strcmp0 (a->ours_author, b->ours_author) == 0
      && g_strcmp0 (a->theirs, b->theirs) == 0
      && g_strcmp0 (a->theirs_author, b->theirs_author) == 0
      && a->later == b->later;
}

AlignmentCase *
alignment_merge_clone_case (AlignmentCase  *self,
                            GError        **error)
{
  g_autoptr(GBytes) bytes = NULL;
  gsize length;
  const char *data;

  g_return_val_if_fail (ALIGNMENT_IS_CASE (self), NULL);

  bytes = alignment_case_to_bytes (self);
  data = g_bytes_get_data (bytes, &length);
  return alignment_case_load_from_data (data, length, alignment_case_get_title (self), error);
}

AlignmentCase *
alignment_merge_share_copy (AlignmentCase       *self,
                            AlignmentCopyOwner   owner,
                            GError             **error)
{
  g_autoptr(AlignmentCase) copy = NULL;
  g_autofree char *case_id = NULL;

  g_return_val_if_fail (ALIGNMENT_IS_CASE (self), NULL);

  alignment_case_remember_exchange (self);
  copy = alignment_merge_clone_case (self, error);
  if (copy == NULL)
    return NULL;

  case_id = g_uuid_string_random ();
  alignment_case_set_case_id (copy, case_id);
  alignment_case_set_copy_of (copy, alignment_case_get_case_id (self));
  alignment_case_set_owner (copy, owner);
  return g_steal_pointer (&copy);
}

/* The fields of a signal a merge compares, facts first so that the
 * sender is merged before the perceptions that depend on it. */
typedef enum
{
  OWNED_BY_NOBODY,    /* a fact */
  OWNED_BY_CUSTOMER,
  OWNED_BY_PROVIDER,
  OWNED_BY_SENDER,
  OWNED_BY_RECEIVER,
} FieldOwner;

/* The estimates come before the perceptions they estimate: a copy's
 * differing value of the other party's perception is its newest
 * estimate, and replaces the one merged from the estimate fields. */
static const struct {
  const char *name;
  FieldOwner  owner;
  const char *estimate;  /* where the other party's differing value goes */
} fields[] = {
  { "signal-type", OWNED_BY_NOBODY, NULL },
  { "sender", OWNED_BY_NOBODY, NULL },
  { "start-date", OWNED_BY_NOBODY, NULL },
  { "end-date", OWNED_BY_NOBODY, NULL },
  { "trigger", OWNED_BY_NOBODY, NULL },
  { "recipients", OWNED_BY_NOBODY, NULL },
  { "message", OWNED_BY_NOBODY, NULL },
  { "goal", OWNED_BY_NOBODY, NULL },
  { "reaction", OWNED_BY_NOBODY, NULL },
  { "understood-estimate", OWNED_BY_SENDER, NULL },
  { "urgency-understood-estimate", OWNED_BY_SENDER, NULL },
  { "customer-contractual-estimate", OWNED_BY_PROVIDER, NULL },
  { "customer-operational-estimate", OWNED_BY_PROVIDER, NULL },
  { "customer-relational-estimate", OWNED_BY_PROVIDER, NULL },
  { "provider-contractual-estimate", OWNED_BY_CUSTOMER, NULL },
  { "provider-operational-estimate", OWNED_BY_CUSTOMER, NULL },
  { "provider-relational-estimate", OWNED_BY_CUSTOMER, NULL },
  { "understood", OWNED_BY_RECEIVER, "understood-estimate" },
  { "urgency", OWNED_BY_SENDER, NULL },
  { "urgency-understood", OWNED_BY_RECEIVER, "urgency-understood-estimate" },
  { "customer-contractual", OWNED_BY_CUSTOMER, "customer-contractual-estimate" },
  { "customer-operational", OWNED_BY_CUSTOMER, "customer-operational-estimate" },
  { "customer-relational", OWNED_BY_CUSTOMER, "customer-relational-estimate" },
  { "provider-contractual", OWNED_BY_PROVIDER, "provider-contractual-estimate" },
  { "provider-operational", OWNED_BY_PROVIDER, "provider-operational-estimate" },
  { "provider-relational", OWNED_BY_PROVIDER, "provider-relational-estimate" },
};

const char *
alignment_merge_signal_field (guint index)
{
  return index < G_N_ELEMENTS (fields) ? fields[index].name : NULL;
}

/* A field's value as the file writes it; NULL when not set. */
static char *
field_text (gpointer    object,
            const char *name)
{
  g_auto(GValue) value = G_VALUE_INIT;
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (object), name);

  g_value_init (&value, pspec->value_type);
  g_object_get_property (G_OBJECT (object), name, &value);

  if (G_VALUE_HOLDS_STRING (&value))
    {
      const char *text = g_value_get_string (&value);

      return text != NULL && *text != '\0' ? g_strdup (text) : NULL;
    }

  if (G_VALUE_HOLDS (&value, G_TYPE_DATE))
    {
      GDate *date = g_value_get_boxed (&value);

      if (date == NULL || !g_date_valid (date))
        return NULL;
      return g_strdup_printf ("%04u-%02u-%02u", g_date_get_year (date), g_date_get_month (date),
                              g_date_get_day (date));
    }

  if (G_VALUE_HOLDS_ENUM (&value))
    {
      g_autoptr(GEnumClass) klass = g_type_class_ref (pspec->value_type);
      GEnumValue *v = g_enum_get_value (klass, g_value_get_enum (&value));

      return g_value_get_enum (&value) != 0 && v != NULL ? g_strdup (v->value_nick) : NULL;
    }

  g_return_val_if_reached (NULL);
}

/* Copies @from's @name into @to's @to_name, of the same type. */
static void
field_copy_as (AlignmentSignal *to,
               const char      *to_name,
               AlignmentSignal *from,
               const char      *name)
{
  g_auto(GValue) value = G_VALUE_INIT;
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (from), name);

  g_value_init (&value, pspec->value_type);
  g_object_get_property (G_OBJECT (from), name, &value);
  g_object_set_property (G_OBJECT (to), to_name, &value);
}

static void
field_copy (AlignmentSignal *to,
            AlignmentSignal *from,
            const char      *name)
{
  field_copy_as (to, name, from, name);
}

/* One signal as the base, ours and theirs have it (any may be missing),
 * and what the merge made of it. */
typedef struct
{
  AlignmentSignal *base;
  AlignmentSignal *ours;
  AlignmentSignal *theirs;
  AlignmentSignal *result;
} Entry;

typedef struct
{
  gboolean            has_base;
  AlignmentCopyOwner  ours_owner;
  AlignmentCopyOwner  theirs_owner;
  const char         *ours_author;
  const char         *theirs_author;
  GArray             *entries;       /* Entry */
  GHashTable         *by_stable_id;  /* stable id → entry index + 1 */
  GHashTable         *by_id;         /* visible id → entry index + 1 */
  GPtrArray          *conflicts;     /* the new ones */
  GString            *from_ours;
  GString            *from_theirs;
  GString            *deleted;
  GString            *kept;
  GString            *perceptions;
  GString            *renamed;
  GString            *details;
} Merge;

static gboolean
has_stable_id (AlignmentSignal *signal)
{
  return signal != NULL && alignment_signal_get_stable_id (signal) != NULL;
}

static gboolean
entry_lacks_stable_id (Entry *entry)
{
  return !has_stable_id (entry->base) && !has_stable_id (entry->ours) && !has_stable_id (entry->theirs);
}

/* The entry @signal belongs to, with its slot (@offset into Entry)
 * free; -1 for a new one. */
static int
find_entry (Merge           *merge,
            AlignmentSignal *signal,
            gsize            offset)
{
  const char *stable_id = alignment_signal_get_stable_id (signal);
  gpointer found;

  if (stable_id != NULL && (found = g_hash_table_lookup (merge->by_stable_id, stable_id)) != NULL)
    {
      Entry *entry = &g_array_index (merge->entries, Entry, GPOINTER_TO_UINT (found) - 1);

      if (G_STRUCT_MEMBER (AlignmentSignal *, entry, offset) == NULL)
        return (int) GPOINTER_TO_UINT (found) - 1;
    }

  /* A signal from before stable ids is the one with its visible id:
   * one side's signal without an id, or a base signal without one (both
   * copies may have given it an id of their own since).  With a base, a
   * signal it does not hold is an addition, whatever its visible id. */
  if ((found = g_hash_table_lookup (merge->by_id, alignment_signal_get_id (signal))) != NULL)
    {
      Entry *entry = &g_array_index (merge->entries, Entry, GPOINTER_TO_UINT (found) - 1);

      if (G_STRUCT_MEMBER (AlignmentSignal *, entry, offset) == NULL
          && (entry->base != NULL || !merge->has_base)
          && (stable_id == NULL || entry_lacks_stable_id (entry)
              || (entry->base != NULL && !has_stable_id (entry->base))))
        return (int) GPOINTER_TO_UINT (found) - 1;
    }

  return -1;
}

static void
add_signal (Merge           *merge,
            AlignmentSignal *signal,
            gsize            offset)
{
  int index = find_entry (merge, signal, offset);
  const char *stable_id = alignment_signal_get_stable_id (signal);
  Entry *entry;

  if (index < 0)
    {
      Entry fresh = { NULL, };

      g_array_append_val (merge->entries, fresh);
      index = (int) merge->entries->len - 1;
    }

  entry = &g_array_index (merge->entries, Entry, index);
  G_STRUCT_MEMBER (AlignmentSignal *, entry, offset) = signal;

  if (stable_id != NULL && !g_hash_table_contains (merge->by_stable_id, stable_id))
    g_hash_table_insert (merge->by_stable_id, (gpointer) stable_id, GUINT_TO_POINTER (index + 1));
  if (!g_hash_table_contains (merge->by_id, alignment_signal_get_id (signal)))
    g_hash_table_insert (merge->by_id, (gpointer) alignment_signal_get_id (signal), GUINT_TO_POINTER (index + 1));
}

static AlignmentParty
copy_party (AlignmentCopyOwner owner)
{
  switch (owner)
    {
    case ALIGNMENT_COPY_OWNER_CUSTOMER: return ALIGNMENT_PARTY_CUSTOMER;
    case ALIGNMENT_COPY_OWNER_PROVIDER: return ALIGNMENT_PARTY_PROVIDER;
    case ALIGNMENT_COPY_OWNER_UNKNOWN:
    case ALIGNMENT_COPY_OWNER_JOINT:
    default: return ALIGNMENT_PARTY_UNKNOWN;
    }
}

typedef enum
{
  SIDE_NONE,
  SIDE_OURS,
  SIDE_THEIRS,
} Side;

/* Which copy decides a perception of @party: see alignment-merge.h. */
static Side
authority (Merge          *merge,
           AlignmentParty  party)
{
  gboolean ours_is, theirs_is;

  if (party == ALIGNMENT_PARTY_UNKNOWN)
    return SIDE_NONE;

  ours_is = copy_party (merge->ours_owner) == party;
  theirs_is = copy_party (merge->theirs_owner) == party;
  if (ours_is != theirs_is)
    return ours_is ? SIDE_OURS : SIDE_THEIRS;
  if (ours_is)
    return SIDE_NONE;

  ours_is = merge->ours_owner == ALIGNMENT_COPY_OWNER_JOINT;
  theirs_is = merge->theirs_owner == ALIGNMENT_COPY_OWNER_JOINT;
  if (ours_is != theirs_is)
    return ours_is ? SIDE_OURS : SIDE_THEIRS;
  return SIDE_NONE;
}

static AlignmentParty
field_party (FieldOwner       owner,
             AlignmentSignal *signal)
{
  AlignmentParty sender = alignment_signal_get_sender (signal);

  switch (owner)
    {
    case OWNED_BY_CUSTOMER: return ALIGNMENT_PARTY_CUSTOMER;
    case OWNED_BY_PROVIDER: return ALIGNMENT_PARTY_PROVIDER;
    case OWNED_BY_SENDER: return sender;
    case OWNED_BY_RECEIVER:
      if (sender == ALIGNMENT_PARTY_UNKNOWN)
        return ALIGNMENT_PARTY_UNKNOWN;
      return sender == ALIGNMENT_PARTY_CUSTOMER ? ALIGNMENT_PARTY_PROVIDER : ALIGNMENT_PARTY_CUSTOMER;
    case OWNED_BY_NOBODY:
    default:
      return ALIGNMENT_PARTY_UNKNOWN;
    }
}

static void
note (GString    *section,
      Entry      *entry,
      const char *what)
{
  g_string_append_printf (section, "  %s  %s\n", alignment_signal_get_id (entry->result), what);
}

static void
add_conflict (Merge      *merge,
              Entry      *entry,
              const char *field,
              const char *ours,
              const char *theirs)
{
  AlignmentSignal *signal = entry->result;
  const char *key = alignment_signal_get_stable_id (signal);

  g_ptr_array_add (merge->conflicts,
                   alignment_conflict_new (key != NULL ? key : alignment_signal_get_id (signal),
                                           alignment_signal_get_id (signal), field,
                                           ours, merge->ours_author, theirs, merge->theirs_author));
}

static void
merge_field (Merge      *merge,
             Entry      *entry,
             const char *name,
             FieldOwner  owner,
             const char *estimate)
{
  g_autofree char *ours = field_text (entry->ours, name);
  g_autofree char *theirs = field_text (entry->theirs, name);
  g_autofree char *base = entry->base != NULL ? field_text (entry->base, name) : NULL;
  Side side;

  if (g_strcmp0 (ours, theirs) == 0)
    return;

  side = authority (merge, field_party (owner, entry->result));
  if (side == SIDE_OURS || side == SIDE_THEIRS)
    {
      gboolean from_theirs = side == SIDE_THEIRS ? theirs != NULL : ours == NULL;
      g_autofree char *what = NULL;

      if (from_theirs)
        field_copy (entry->result, entry->theirs, name);
      if ((side == SIDE_OURS) == from_theirs)
        what = g_strdup_printf (_("%s: the other party’s estimate (its own copy has no value)"), name);
      else if (estimate != NULL && ours != NULL && theirs != NULL)
        {
          /* Both rated it: the other party's value is kept, as its estimate. */
          field_copy_as (entry->result, estimate, side == SIDE_OURS ? entry->theirs : entry->ours, name);
          what = g_strdup_printf (_("%s: its own party’s copy decides; the other party’s value is kept as its estimate"),
                                  name);
        }
      else
        what = g_strdup_printf (_("%s: its own party’s copy decides"), name);
      note (merge->perceptions, entry, what);
      return;
    }

  if (entry->base != NULL && g_strcmp0 (base, ours) == 0)
    {
      field_copy (entry->result, entry->theirs, name);
      note (merge->from_theirs, entry, name);
    }
  else if (entry->base != NULL && g_strcmp0 (base, theirs) == 0)
    note (merge->from_ours, entry, name);
  else
    add_conflict (merge, entry, name, ours, theirs);
}

/* A detail of the case set from its text (as the file writes it). */
static void
detail_set (AlignmentCase *kase,
            const char    *name,
            const char    *text)
{
  g_auto(GValue) value = G_VALUE_INIT;

  if (alignment_conflict_parse_value (name, text, &value, NULL))
    g_object_set_property (G_OBJECT (kase), name, &value);
}

/* The case's own details merge three-way against the base's, as facts
 * do; without those (a file from before they were kept) ours are kept
 * and the report shows what theirs say. */
static void
merge_details (Merge         *merge,
               AlignmentCase *ours,
               AlignmentCase *theirs,
               AlignmentCase *result,
               GHashTable    *base)
{
  guint n_details;
  const char * const *details = alignment_case_list_details (&n_details);
  g_autoptr(GHashTable) a = alignment_case_dup_details (ours);
  g_autoptr(GHashTable) b = alignment_case_dup_details (theirs);

  for (guint i = 0; i < n_details; i++)
    {
      const char *ov = g_hash_table_lookup (a, details[i]);
      const char *tv = g_hash_table_lookup (b, details[i]);
      const char *bv = base != NULL ? g_hash_table_lookup (base, details[i]) : NULL;

      if (g_strcmp0 (ov, tv) == 0)
        continue;

      if (base == NULL)
        g_string_append_printf (merge->details, "  %s: “%s” / “%s”\n", details[i],
                                ov != NULL ? ov : "", tv != NULL ? tv : "");
      else if (g_strcmp0 (bv, ov) == 0)
        {
          detail_set (result, details[i], tv);
          g_string_append_printf (merge->from_theirs, "  %s  %s\n", _("case"), details[i]);
        }
      else if (g_strcmp0 (bv, tv) == 0)
        g_string_append_printf (merge->from_ours, "  %s  %s\n", _("case"), details[i]);
      else
        g_ptr_array_add (merge->conflicts,
                         alignment_conflict_new (ALIGNMENT_CONFLICT_CASE, NULL, details[i], ov, merge->ours_author,
                                                 tv, merge->theirs_author));
    }
}

static int
find_item (GListModel        *model,
           GObject           *item,
           const char *const *names)
{
  guint n = g_list_model_get_n_items (model);

  for (guint j = 0; j < n; j++)
    {
      g_autoptr(GObject) have = g_list_model_get_item (model, j);

      if (alignment_object_values_equal (have, item, names))
        return (int) j;
    }
  return -1;
}

static char *
item_text (GObject    *item,
           const char *name)
{
  char *text = NULL;

  g_object_get (item, name, &text, NULL);
  return text;
}

/* Stakeholders and lessons have no identity of their own: an item is
 * its values.  Against the base, what theirs added is added and what
 * theirs removed is removed (ours' own changes are in the result
 * already); an item edited is one removed and one added, so that
 * neither party's text is lost.  Without a base (a file from before
 * the base kept them), what only theirs holds is added and nothing is
 * taken away. */
static void
merge_items (Merge             *merge,
             GListModel        *base,
             GListModel        *theirs,
             GListStore        *result,
             const char        *what,
             const char *const *names)
{
  guint n_theirs = g_list_model_get_n_items (theirs);

  for (guint i = 0; i < n_theirs; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (theirs, i);
      g_autoptr(GObject) copy = NULL;
      g_autofree char *text = NULL;

      if (find_item (G_LIST_MODEL (result), item, names) >= 0
          || (base != NULL && find_item (base, item, names) >= 0))
        continue;

      copy = alignment_object_copy_values (item, names);
      g_list_store_append (result, copy);
      text = item_text (item, names[0]);
      g_string_append_printf (merge->from_theirs, "  %s  “%s”\n", what, text);
    }

  for (guint i = 0; base != NULL && i < g_list_model_get_n_items (base); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (base, i);
      g_autofree char *text = NULL;
      int at;

      if (find_item (theirs, item, names) >= 0
          || (at = find_item (G_LIST_MODEL (result), item, names)) < 0)
        continue;

      g_list_store_remove (result, (guint) at);
      text = item_text (item, names[0]);
      g_string_append_printf (merge->deleted, "  %s  “%s”  %s\n", what, text, _("deleted in their copy"));
    }
}

static gboolean
changed (AlignmentSignal *base,
         AlignmentSignal *signal)
{
  return !alignment_signal_equal (base, signal);
}

/* Decides what becomes of one entry; entry->result NULL: deleted. */
static void
merge_entry (Merge *merge,
             Entry *entry)
{
  if (entry->ours != NULL && entry->theirs != NULL)
    {
      entry->result = alignment_signal_clone (entry->ours);
      alignment_signal_ensure_stable_id (entry->result);
      if (g_strcmp0 (alignment_signal_get_id (entry->ours), alignment_signal_get_id (entry->theirs)) != 0
          && entry->base != NULL
          && g_strcmp0 (alignment_signal_get_id (entry->base), alignment_signal_get_id (entry->ours)) == 0)
        alignment_signal_set_id (entry->result, alignment_signal_get_id (entry->theirs));
      for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
        merge_field (merge, entry, fields[i].name, fields[i].owner, fields[i].estimate);
      return;
    }

  if (entry->ours == NULL && entry->theirs == NULL)
    return;  /* deleted on both sides */

  {
    AlignmentSignal *present = entry->ours != NULL ? entry->ours : entry->theirs;
    gboolean by_ours = entry->ours != NULL;

    if (entry->base != NULL && !changed (entry->base, present))
      {
        g_string_append_printf (merge->deleted, "  %s  %s\n", alignment_signal_get_id (present),
                                by_ours ? _("deleted in their copy") : _("deleted in our copy"));
        return;
      }

    entry->result = alignment_signal_clone (present);
    alignment_signal_ensure_stable_id (entry->result);
    if (entry->base != NULL)
      note (merge->kept, entry, by_ours ? _("deleted in their copy, but changed in ours: kept")
                                        : _("deleted in our copy, but changed in theirs: kept"));
    else
      note (by_ours ? merge->from_ours : merge->from_theirs, entry, _("added"));
  }
}

/* Two additions may share a visible id, and a file may not: theirs
 * takes the next free letter of its thread, ours keeps its id. */
static void
make_ids_unique (Merge      *merge,
                 GPtrArray  *signals,
                 GHashTable *ours)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) last = g_hash_table_new_full (NULL, NULL, NULL, g_free);  /* thread → highest letter index */

  for (guint i = 0; i < signals->len; i++)
    {
      AlignmentSignal *signal = g_ptr_array_index (signals, i);
      guint64 index = alignment_signal_letters_to_index (alignment_signal_get_letter (signal));
      guint thread = alignment_signal_get_thread (signal);
      guint64 *highest = g_hash_table_lookup (last, GUINT_TO_POINTER (thread));

      if (highest == NULL)
        {
          highest = g_new0 (guint64, 1);
          g_hash_table_insert (last, GUINT_TO_POINTER (thread), highest);
        }
      *highest = MAX (*highest, index);
    }

  for (guint i = 0; i < signals->len; i++)
    if (g_hash_table_contains (ours, g_ptr_array_index (signals, i)))
      g_hash_table_add (seen, (gpointer) alignment_signal_get_id (g_ptr_array_index (signals, i)));

  for (guint i = 0; i < signals->len; i++)
    {
      AlignmentSignal *signal = g_ptr_array_index (signals, i);
      g_autofree char *old = g_strdup (alignment_signal_get_id (signal));
      guint thread = alignment_signal_get_thread (signal);
      guint64 *highest;
      g_autofree char *letters = NULL;
      g_autofree char *id = NULL;

      if (g_hash_table_contains (ours, signal)
          || g_hash_table_add (seen, (gpointer) alignment_signal_get_id (signal)))
        continue;

      highest = g_hash_table_lookup (last, GUINT_TO_POINTER (thread));
      do
        {
          letters = (g_free (letters), alignment_signal_letters_from_index (++*highest));
          id = (g_free (id), g_strdup_printf ("%u%s", thread, letters));
        }
      while (g_hash_table_contains (seen, id));

      alignment_signal_set_id (signal, id);
      g_hash_table_add (seen, (gpointer) alignment_signal_get_id (signal));
      g_string_append_printf (merge->renamed, "  %s → %s\n", old, id);
    }
}

/* Ours' order, with what only theirs holds after the signal that comes
 * before it in theirs. */
static GPtrArray *
order_result (Merge                *merge,
              AlignmentSignal     **ours,
              guint                 n_ours,
              AlignmentSignal     **theirs,
              guint                 n_theirs,
              GHashTable           *entry_of)
{
  GPtrArray *result = g_ptr_array_new_with_free_func (g_object_unref);
  int anchor = -1;

  for (guint i = 0; i < n_ours; i++)
    {
      Entry *entry = g_hash_table_lookup (entry_of, ours[i]);

      if (entry->result != NULL)
        g_ptr_array_add (result, g_object_ref (entry->result));
    }

  for (guint i = 0; i < n_theirs; i++)
    {
      Entry *entry = g_hash_table_lookup (entry_of, theirs[i]);
      guint position;

      if (entry->result == NULL)
        continue;
      if (entry->ours != NULL)
        {
          if (g_ptr_array_find (result, entry->result, &position))
            anchor = (int) position;
          continue;
        }
      g_ptr_array_insert (result, ++anchor, g_object_ref (entry->result));
    }

  return result;
}

static const char *
author_of (AlignmentCase *kase)
{
  switch (alignment_case_get_owner (kase))
    {
    case ALIGNMENT_COPY_OWNER_CUSTOMER:
      return alignment_case_get_party_name (kase, ALIGNMENT_PARTY_CUSTOMER);
    case ALIGNMENT_COPY_OWNER_PROVIDER:
      return alignment_case_get_party_name (kase, ALIGNMENT_PARTY_PROVIDER);
    case ALIGNMENT_COPY_OWNER_JOINT:
      return _("joint copy");
    case ALIGNMENT_COPY_OWNER_UNKNOWN:
    default:
      return NULL;
    }
}

static void
add_conflicts (AlignmentCase *result,
               GPtrArray     *conflicts,
               gboolean       steal)
{
  GPtrArray *have = alignment_case_get_conflicts (result);

  for (guint i = 0; i < conflicts->len; i++)
    {
      AlignmentConflict *conflict = g_ptr_array_index (conflicts, i);
      AlignmentConflict *same = NULL;

      for (guint j = 0; j < have->len && same == NULL; j++)
        {
          AlignmentConflict *c = g_ptr_array_index (have, j);

          if (g_strcmp0 (c->signal, conflict->signal) == 0 && g_strcmp0 (c->field, conflict->field) == 0)
            same = c;
        }

      if (same != NULL)
        continue;

      if (steal)
        alignment_case_add_conflict (result, g_steal_pointer (&conflicts->pdata[i]));
      else
        alignment_case_add_conflict (result, alignment_conflict_copy (conflict));
    }
}

static void
append_section (GString    *report,
                const char *title,
                GString    *section)
{
  if (section->len == 0)
    return;
  g_string_append_printf (report, "\n%s\n%s", title, section->str);
}

static char *
write_report (Merge         *merge,
              AlignmentCase *result,
              guint          n_base,
              gboolean       has_base,
              gboolean       given_base)
{
  GString *report = g_string_new (NULL);
  g_autoptr(GString) conflicts = g_string_new (NULL);

  g_string_append_printf (report, _("Merge of “%s”: %u signals\n"), alignment_case_get_title (result),
                          alignment_signal_list_get_n (alignment_case_get_signals (result)));
  if (given_base)
    g_string_append_printf (report, _("Base: the %u signals of the common ancestor given\n"), n_base);
  else if (has_base)
    g_string_append_printf (report, _("Base: the %u signals last exchanged\n"), n_base);
  else
    g_string_append (report, _("Base: none (every difference is a conflict)\n"));

  append_section (report, _("From our copy:"), merge->from_ours);
  append_section (report, _("From their copy:"), merge->from_theirs);
  append_section (report, _("Deleted:"), merge->deleted);
  append_section (report, _("Kept:"), merge->kept);
  append_section (report, _("Perceptions:"), merge->perceptions);
  append_section (report, _("Renumbered:"), merge->renamed);
  append_section (report, _("Case details that differ (ours kept):"), merge->details);

  for (guint i = 0; i < merge->conflicts->len; i++)
    {
      AlignmentConflict *c = g_ptr_array_index (merge->conflicts, i);

      g_string_append_printf (conflicts, "  %s  %s: “%s” (%s) / “%s” (%s)\n",
                              c->signal_id, c->field,
                              c->ours != NULL ? c->ours : "", c->ours_author != NULL ? c->ours_author : _("ours"),
                              c->theirs != NULL ? c->theirs : "", c->theirs_author != NULL ? c->theirs_author : _("theirs"));
    }
  append_section (report, _("Conflicts:"), conflicts);

  return g_string_free (report, FALSE);
}

static GPtrArray *
base_from_theirs (AlignmentSignal **theirs,
                  guint             n_theirs,
                  GHashTable       *entry_of)
{
  GPtrArray *base = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < n_theirs; i++)
    {
      Entry *entry = g_hash_table_lookup (entry_of, theirs[i]);
      AlignmentSignal *clone = alignment_signal_clone (theirs[i]);

      /* The id the merged signal has, so that the next merge matches. */
      if (entry->result != NULL)
        alignment_signal_set_stable_id (clone, alignment_signal_get_stable_id (entry->result));
      else
        alignment_signal_ensure_stable_id (clone);
      g_ptr_array_add (base, clone);
    }

  return base;
}

static guint
count_lines (GString *section)
{
  guint n = 0;

  for (gsize i = 0; i < section->len; i++)
    n += section->str[i] == '\n';
  return n;
}

AlignmentCase *
alignment_merge (AlignmentCase        *ours,
                 AlignmentCase        *theirs,
                 AlignmentCase        *base,
                 AlignmentMergeFlags   flags,
                 guint                *n_conflicts,
                 char                **report,
                 GError              **error)
{
  AlignmentMergeCounts counts = { 0, };
  AlignmentCase *result = alignment_merge_counted (ours, theirs, base, flags, &counts, report, error);

  if (n_conflicts != NULL)
    *n_conflicts = counts.conflicts;
  return result;
}

AlignmentCase *
alignment_merge_counted (AlignmentCase         *ours,
                         AlignmentCase         *theirs,
                         AlignmentCase         *base_case,
                         AlignmentMergeFlags    flags,
                         AlignmentMergeCounts  *counts,
                         char                 **report,
                         GError               **error)
{
  g_autoptr(AlignmentCase) result = NULL;
  g_autoptr(GHashTable) entry_of = NULL;
  g_autoptr(GPtrArray) merged = NULL;
  g_autoptr(GPtrArray) given_signals = NULL;
  g_autoptr(GHashTable) given_details = NULL;
  g_autofree char *text = NULL;
  AlignmentSignal **ours_signals, **theirs_signals;
  guint n_ours, n_theirs;
  GPtrArray *base;
  GHashTable *base_details;
  GListModel *base_stakeholders, *base_lessons;
  Merge merge = { 0, };

  g_return_val_if_fail (ALIGNMENT_IS_CASE (ours), NULL);
  g_return_val_if_fail (ALIGNMENT_IS_CASE (theirs), NULL);
  g_return_val_if_fail (base_case == NULL || ALIGNMENT_IS_CASE (base_case), NULL);

  /* The base: the one given, else what ours last exchanged (parts of
   * which a file from before they were kept may lack). */
  if (base_case != NULL)
    {
      AlignmentSignal **signals;
      guint n;

      signals = alignment_case_peek_signals (base_case, &n);
      given_signals = g_ptr_array_new_full (n, g_object_unref);
      for (guint i = 0; i < n; i++)
        g_ptr_array_add (given_signals, g_object_ref (signals[i]));
      given_details = alignment_case_dup_details (base_case);
      base = given_signals;
      base_details = given_details;
      base_stakeholders = G_LIST_MODEL (alignment_case_get_stakeholders (base_case));
      base_lessons = G_LIST_MODEL (alignment_case_get_lessons (base_case));
    }
  else
    {
      base = alignment_case_get_base (ours);
      base_details = alignment_case_get_base_details (ours);
      base_stakeholders = (GListModel *) alignment_case_get_base_stakeholders (ours);
      base_lessons = (GListModel *) alignment_case_get_base_lessons (ours);
    }

  result = alignment_merge_clone_case (ours, error);
  if (result == NULL)
    return NULL;

  merge.has_base = base != NULL;
  merge.ours_owner = alignment_case_get_owner (ours);
  merge.theirs_owner = alignment_case_get_owner (theirs);
  merge.ours_author = author_of (ours);
  merge.theirs_author = author_of (theirs);
  merge.entries = g_array_new (FALSE, TRUE, sizeof (Entry));
  merge.by_stable_id = g_hash_table_new (g_str_hash, g_str_equal);
  merge.by_id = g_hash_table_new (g_str_hash, g_str_equal);
  merge.conflicts = g_ptr_array_new_with_free_func ((GDestroyNotify) alignment_conflict_free);
  merge.from_ours = g_string_new (NULL);
  merge.from_theirs = g_string_new (NULL);
  merge.deleted = g_string_new (NULL);
  merge.kept = g_string_new (NULL);
  merge.perceptions = g_string_new (NULL);
  merge.renamed = g_string_new (NULL);
  merge.details = g_string_new (NULL);
  merge_details (&merge, ours, theirs, result, base_details);
  {
    merge_items (&merge, base_stakeholders, G_LIST_MODEL (alignment_case_get_stakeholders (theirs)),
                 alignment_case_get_stakeholders (result), _("stakeholder"), alignment_stakeholder_fields);
    merge_items (&merge, base_lessons, G_LIST_MODEL (alignment_case_get_lessons (theirs)),
                 alignment_case_get_lessons (result), _("lesson"), alignment_lesson_fields);
  }

  ours_signals = alignment_case_peek_signals (ours, &n_ours);
  theirs_signals = alignment_case_peek_signals (theirs, &n_theirs);

  for (guint i = 0; base != NULL && i < base->len; i++)
    add_signal (&merge, g_ptr_array_index (base, i), G_STRUCT_OFFSET (Entry, base));
  for (guint i = 0; i < n_ours; i++)
    add_signal (&merge, ours_signals[i], G_STRUCT_OFFSET (Entry, ours));
  for (guint i = 0; i < n_theirs; i++)
    add_signal (&merge, theirs_signals[i], G_STRUCT_OFFSET (Entry, theirs));

  /* Indices are final now: map each signal to its entry. */
  entry_of = g_hash_table_new (NULL, NULL);
  for (guint i = 0; i < merge.entries->len; i++)
    {
      Entry *entry = &g_array_index (merge.entries, Entry, i);

      merge_entry (&merge, entry);
      if (entry->ours != NULL)
        g_hash_table_insert (entry_of, entry->ours, entry);
      if (entry->theirs != NULL)
        g_hash_table_insert (entry_of, entry->theirs, entry);
    }

  merged = order_result (&merge, ours_signals, n_ours, theirs_signals, n_theirs, entry_of);
  {
    g_autoptr(GHashTable) from_ours = g_hash_table_new (NULL, NULL);

    for (guint i = 0; i < merge.entries->len; i++)
      {
        Entry *entry = &g_array_index (merge.entries, Entry, i);

        if (entry->ours != NULL && entry->result != NULL)
          g_hash_table_add (from_ours, entry->result);
      }
    make_ids_unique (&merge, merged, from_ours);
  }

  {
    AlignmentSignalList *list = alignment_case_get_signals (result);

    alignment_signal_list_splice (list, 0, alignment_signal_list_get_n (list),
                                  (AlignmentSignal **) merged->pdata, merged->len);
  }

  add_conflicts (result, alignment_case_get_conflicts (theirs), FALSE);
  if (counts != NULL)
    {
      counts->from_ours = count_lines (merge.from_ours);
      counts->from_theirs = count_lines (merge.from_theirs);
      counts->deleted = count_lines (merge.deleted);
      counts->kept = count_lines (merge.kept);
      counts->perceptions = count_lines (merge.perceptions);
      counts->renumbered = count_lines (merge.renamed);
      counts->conflicts = merge.conflicts->len;
    }
  text = write_report (&merge, result, base != NULL ? base->len : 0, base != NULL, base_case != NULL);
  alignment_case_set_merge_report (result, text);
  if (report != NULL)
    *report = g_steal_pointer (&text);
  add_conflicts (result, merge.conflicts, TRUE);

  if (!(flags & ALIGNMENT_MERGE_FLAGS_KEEP_BASE))
    {
      g_autoptr(GPtrArray) next_base = base_from_theirs (theirs_signals, n_theirs, entry_of);
      g_autoptr(GHashTable) next_details = alignment_case_dup_details (theirs);
      g_autoptr(GListStore) next_stakeholders = alignment_list_copy_values (G_LIST_MODEL (alignment_case_get_stakeholders (theirs)),
                                                                                  alignment_stakeholder_fields);
      g_autoptr(GListStore) next_lessons = alignment_list_copy_values (G_LIST_MODEL (alignment_case_get_lessons (theirs)),
                                                                             alignment_lesson_fields);

      alignment_case_set_base_details (result, next_details);
      alignment_case_set_base_stakeholders (result, next_stakeholders);
      alignment_case_set_base_lessons (result, next_lessons);
      alignment_case_set_base (result, next_base);
    }

  for (guint i = 0; i < merge.entries->len; i++)
    g_clear_object (&g_array_index (merge.entries, Entry, i).result);
  g_array_unref (merge.entries);
  g_hash_table_unref (merge.by_stable_id);
  g_hash_table_unref (merge.by_id);
  g_ptr_array_unref (merge.conflicts);
  g_string_free (merge.from_ours, TRUE);
  g_string_free (merge.from_theirs, TRUE);
  g_string_free (merge.deleted, TRUE);
  g_string_free (merge.kept, TRUE);
  g_string_free (merge.perceptions, TRUE);
  g_string_free (merge.renamed, TRUE);
  g_string_free (merge.details, TRUE);

  return g_steal_pointer (&result);
}
