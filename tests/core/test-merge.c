/* test-merge.c: two parties' copies of a case, merged
 *
 * Property tests on generated cases with random edits on both sides, and
 * the rules a user relies on: whose perceptions win, conflicts kept in
 * the file, old files matched by their visible ids.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "alignment-core.h"

#define ROUNDS 40

/* ---- Edits ----------------------------------------------------------------- */

typedef enum
{
  EDIT_CHANGE,
  EDIT_ADD,
  EDIT_DELETE,
} EditKind;

/* One edit, recorded so that it can be applied again elsewhere. */
typedef struct
{
  EditKind         kind;
  char            *stable_id;  /* the signal changed or deleted */
  const char      *field;
  GValue           value;
  AlignmentSignal *added;
} Edit;

static void
edit_free (Edit *edit)
{
  g_free (edit->stable_id);
  if (G_IS_VALUE (&edit->value))
    g_value_unset (&edit->value);
  g_clear_object (&edit->added);
  g_free (edit);
}

static AlignmentSignal *
find_stable (AlignmentCase *c,
             const char    *stable_id,
             guint         *position)
{
  AlignmentSignal **signals;
  guint n;

  signals = alignment_case_peek_signals (c, &n);
  for (guint i = 0; i < n; i++)
    if (g_strcmp0 (alignment_signal_get_stable_id (signals[i]), stable_id) == 0)
      {
        if (position != NULL)
          *position = i;
        return signals[i];
      }
  return NULL;
}

static AlignmentSignal *
find_id (AlignmentCase *c,
         const char    *id)
{
  int position = alignment_signal_list_find_id (alignment_case_get_signals (c), id);

  return position >= 0 ? alignment_signal_list_get (alignment_case_get_signals (c), position) : NULL;
}

static void
apply_edit (AlignmentCase *c,
            const Edit    *edit)
{
  AlignmentSignalList *list = alignment_case_get_signals (c);
  guint position;
  AlignmentSignal *signal;

  switch (edit->kind)
    {
    case EDIT_CHANGE:
      signal = find_stable (c, edit->stable_id, NULL);
      g_assert_nonnull (signal);
      g_object_set_property (G_OBJECT (signal), edit->field, &edit->value);
      break;
    case EDIT_ADD:
      {
        g_autoptr(AlignmentSignal) added = alignment_signal_clone (edit->added);

        alignment_signal_list_append (list, added);
      }
      break;
    case EDIT_DELETE:
    default:
      g_assert_nonnull (find_stable (c, edit->stable_id, &position));
      alignment_signal_list_remove (list, position);
      break;
    }
}

static const char * const text_fields[] = { "trigger", "goal", "reaction" };
static const char * const impact_fields[] = {
  "customer-contractual", "customer-operational", "provider-relational",
};

/* A random edit of @c on a signal whose index is of @parity (0, 1, or 2
 * for any), applied and returned.  Additions use thread @thread, which
 * the other side never uses, so that a clean merge needs no renaming. */
static Edit *
random_edit (AlignmentCase *c,
             GRand         *rand,
             guint          parity,
             guint          thread,
             guint         *n_added)
{
  Edit *edit = g_new0 (Edit, 1);
  AlignmentSignal **signals;
  guint n, index;
  int what = g_rand_int_range (rand, 0, 10);

  signals = alignment_case_peek_signals (c, &n);
  if (n == 0)
    what = 0;
  else do
    index = (guint) g_rand_int_range (rand, 0, (gint32) n);
  while (parity < 2 && index % 2 != parity && n > 1);

  if (what == 0)
    {
      g_autofree char *id = g_strdup_printf ("%u%c", thread, 'a' + (*n_added)++);

      edit->kind = EDIT_ADD;
      edit->added = alignment_signal_new (id);
      alignment_signal_set_trigger (edit->added, id);
      alignment_signal_set_start_julian (edit->added, 738000 + (guint32) g_rand_int_range (rand, 0, 300));
      alignment_signal_ensure_stable_id (edit->added);
    }
  else if (what == 1 && parity == 2)
    {
      edit->kind = EDIT_DELETE;
      edit->stable_id = g_strdup (alignment_signal_get_stable_id (signals[index]));
    }
  else
    {
      AlignmentSignal *signal = signals[index];

      /* Additions are the other side's, in a parity-free position: keep
       * one-sided edits to the base's signals. */
      edit->kind = EDIT_CHANGE;
      edit->stable_id = g_strdup (alignment_signal_get_stable_id (signal));
      if (what < 5)
        {
          g_autofree char *text = g_strdup_printf ("text %u", g_rand_int (rand));

          edit->field = text_fields[g_rand_int_range (rand, 0, G_N_ELEMENTS (text_fields))];
          g_value_init (&edit->value, G_TYPE_STRING);
          g_value_set_string (&edit->value, text);
        }
      else if (what < 7)
        {
          g_autoptr(GDate) date = g_date_new_julian (738000 + (guint32) g_rand_int_range (rand, 0, 300));

          edit->field = "start-date";
          g_value_init (&edit->value, G_TYPE_DATE);
          g_value_set_boxed (&edit->value, date);
        }
      else
        {
          edit->field = impact_fields[g_rand_int_range (rand, 0, G_N_ELEMENTS (impact_fields))];
          g_value_init (&edit->value, ALIGNMENT_TYPE_IMPACT);
          g_value_set_enum (&edit->value, g_rand_int_range (rand, ALIGNMENT_IMPACT_NEGATIVE, ALIGNMENT_IMPACT_POSITIVE + 1));
        }
    }

  apply_edit (c, edit);
  return edit;
}

static AlignmentCase *
clone (AlignmentCase *c)
{
  g_autoptr(GError) error = NULL;
  AlignmentCase *copy = alignment_merge_clone_case (c, &error);

  g_assert_no_error (error);
  return copy;
}

static AlignmentCase *
merge (AlignmentCase *ours,
       AlignmentCase *theirs,
       AlignmentCase *base,
       guint         *n_conflicts)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *report = NULL;
  AlignmentCase *result = alignment_merge (ours, theirs, base, ALIGNMENT_MERGE_FLAGS_NONE,
                                           n_conflicts, &report, &error);

  g_assert_no_error (error);
  g_assert_nonnull (report);
  return result;
}

/* TRUE when @a and @b hold the same signals (stable id, visible id and
 * every column), in any order. */
static gboolean
same_signals (AlignmentCase *a,
              AlignmentCase *b)
{
  AlignmentSignal **sa;
  guint na;

  sa = alignment_case_peek_signals (a, &na);
  if (na != alignment_signal_list_get_n (alignment_case_get_signals (b)))
    return FALSE;

  for (guint i = 0; i < na; i++)
    {
      AlignmentSignal *other = find_stable (b, alignment_signal_get_stable_id (sa[i]), NULL);

      if (other == NULL || !alignment_signal_equal (sa[i], other))
        return FALSE;
    }
  return TRUE;
}

typedef struct
{
  AlignmentCase *base_case;
  AlignmentCase *ours;
  AlignmentCase *theirs;
  GPtrArray     *ours_edits;
  GPtrArray     *theirs_edits;
} Round;

static void
round_clear (Round *r)
{
  g_clear_object (&r->base_case);
  g_clear_object (&r->ours);
  g_clear_object (&r->theirs);
  g_clear_pointer (&r->ours_edits, g_ptr_array_unref);
  g_clear_pointer (&r->theirs_edits, g_ptr_array_unref);
}

/* A generated case and two copies of it, each edited at random: on
 * signals of their own parity when @disjoint, anywhere otherwise. */
static void
round_init (Round    *r,
            guint     seed,
            gboolean  disjoint)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  guint n_edits = (guint) g_rand_int_range (rand, 1, 12);
  guint ours_added = 0, theirs_added = 0;

  r->base_case = alignment_case_generate ((guint) g_rand_int_range (rand, 4, 40), 0, seed);
  r->ours = clone (r->base_case);
  r->theirs = clone (r->base_case);
  r->ours_edits = g_ptr_array_new_with_free_func ((GDestroyNotify) edit_free);
  r->theirs_edits = g_ptr_array_new_with_free_func ((GDestroyNotify) edit_free);

  for (guint i = 0; i < n_edits; i++)
    {
      g_ptr_array_add (r->ours_edits, random_edit (r->ours, rand, disjoint ? 0 : 2, 900, &ours_added));
      g_ptr_array_add (r->theirs_edits, random_edit (r->theirs, rand, disjoint ? 1 : 2, 901, &theirs_added));
    }
}

/* ---- Properties ------------------------------------------------------------ */

/* Every signal added or changed on either side is in the merge. */
static void
test_no_signal_lost (void)
{
  for (guint seed = 1; seed <= ROUNDS; seed++)
    {
      Round r = { NULL, };
      g_autoptr(AlignmentCase) result = NULL;
      AlignmentCase *sides[2];

      round_init (&r, seed, FALSE);
      result = merge (r.ours, r.theirs, r.base_case, NULL);
      sides[0] = r.ours;
      sides[1] = r.theirs;

      for (guint s = 0; s < 2; s++)
        {
          AlignmentSignal **signals;
          guint n;

          signals = alignment_case_peek_signals (sides[s], &n);
          for (guint i = 0; i < n; i++)
            {
              AlignmentSignal *in_base = find_stable (r.base_case, alignment_signal_get_stable_id (signals[i]), NULL);

              if (in_base == NULL || !alignment_signal_equal (in_base, signals[i]))
                g_assert_nonnull (find_stable (result, alignment_signal_get_stable_id (signals[i]), NULL));
            }
        }

      /* and every signal both sides kept */
      {
        AlignmentSignal **signals;
        guint n;

        signals = alignment_case_peek_signals (r.ours, &n);
        for (guint i = 0; i < n; i++)
          if (find_stable (r.theirs, alignment_signal_get_stable_id (signals[i]), NULL) != NULL)
            g_assert_nonnull (find_stable (result, alignment_signal_get_stable_id (signals[i]), NULL));
      }

      /* a file may hold it: ids unique, and it loads back */
      {
        g_autoptr(GBytes) bytes = alignment_case_to_bytes (result);
        g_autoptr(GError) error = NULL;
        g_autoptr(AlignmentCase) loaded = alignment_case_load_from_data (g_bytes_get_data (bytes, NULL),
                                                                         g_bytes_get_size (bytes), "merged", &error);

        g_assert_no_error (error);
        g_assert_true (same_signals (loaded, result));
        g_assert_cmpuint (alignment_case_get_conflicts (loaded)->len, ==, alignment_case_get_conflicts (result)->len);
      }

      round_clear (&r);
    }
}

/* Merging a copy with an unchanged base (either way round) gives that
 * copy. */
static void
test_unchanged_base (void)
{
  for (guint seed = 1; seed <= ROUNDS; seed++)
    {
      Round r = { NULL, };
      g_autoptr(AlignmentCase) unchanged = NULL;
      g_autoptr(AlignmentCase) a = NULL;
      g_autoptr(AlignmentCase) b = NULL;
      guint n_conflicts = 1;

      round_init (&r, seed, FALSE);
      unchanged = clone (r.base_case);

      a = merge (unchanged, r.theirs, r.base_case, &n_conflicts);
      g_assert_cmpuint (n_conflicts, ==, 0);
      g_assert_true (same_signals (a, r.theirs));

      n_conflicts = 1;
      b = merge (r.ours, unchanged, r.base_case, &n_conflicts);
      g_assert_cmpuint (n_conflicts, ==, 0);
      g_assert_true (same_signals (b, r.ours));

      round_clear (&r);
    }
}

static gboolean
conflicted (AlignmentCase   *c,
            AlignmentSignal *signal,
            const char      *field)
{
  GPtrArray *conflicts = alignment_case_get_conflicts (c);

  for (guint i = 0; i < conflicts->len; i++)
    {
      AlignmentConflict *conflict = g_ptr_array_index (conflicts, i);

      if (g_strcmp0 (conflict->signal, alignment_signal_get_stable_id (signal)) == 0
          && g_strcmp0 (conflict->field, field) == 0)
        return TRUE;
    }
  return FALSE;
}

/* merge(ours, theirs) and merge(theirs, ours) differ only in which
 * side's value a conflict shows first (and keeps). */
static void
test_symmetric (void)
{
  static const char * const fields[] = {
    "signal-type", "sender", "start-date", "end-date", "trigger", "recipients", "message", "goal",
    "reaction", "understood", "urgency", "urgency-understood", "customer-contractual",
    "customer-operational", "customer-relational", "provider-contractual", "provider-operational",
    "provider-relational",
  };
  guint n_conflicts = 0;

  for (guint seed = 1; seed <= ROUNDS; seed++)
    {
      Round r = { NULL, };
      g_autoptr(AlignmentCase) ab = NULL;
      g_autoptr(AlignmentCase) ba = NULL;
      GPtrArray *ca, *cb;
      AlignmentSignal *same = NULL;
      AlignmentSignal **signals;
      guint n;

      round_init (&r, seed, FALSE);
      /* whose copy decides perceptions: either way round, the same one */
      alignment_case_set_owner (r.ours, seed % 2 ? ALIGNMENT_COPY_OWNER_CUSTOMER : ALIGNMENT_COPY_OWNER_UNKNOWN);
      alignment_case_set_owner (r.theirs, seed % 2 ? ALIGNMENT_COPY_OWNER_PROVIDER : ALIGNMENT_COPY_OWNER_UNKNOWN);
      ab = merge (r.ours, r.theirs, r.base_case, NULL);
      ba = merge (r.theirs, r.ours, r.base_case, NULL);

      signals = alignment_case_peek_signals (ab, &n);
      g_assert_cmpuint (n, ==, alignment_signal_list_get_n (alignment_case_get_signals (ba)));
      for (guint i = 0; i < n; i++)
        {
          AlignmentSignal *other = find_stable (ba, alignment_signal_get_stable_id (signals[i]), NULL);

          g_assert_nonnull (other);
          /* the same, once the conflicted fields take the other's value */
          same = alignment_signal_clone (signals[i]);
          alignment_signal_set_id (same, alignment_signal_get_id (other));
          for (guint f = 0; f < G_N_ELEMENTS (fields); f++)
            if (conflicted (ab, signals[i], fields[f]))
              {
                g_auto(GValue) value = G_VALUE_INIT;
                GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (other), fields[f]);

                g_assert_true (conflicted (ba, other, fields[f]));
                g_value_init (&value, pspec->value_type);
                g_object_get_property (G_OBJECT (other), fields[f], &value);
                g_object_set_property (G_OBJECT (same), fields[f], &value);
              }
          g_assert_true (alignment_signal_equal (same, other));
          g_clear_object (&same);
        }

      ca = alignment_case_get_conflicts (ab);
      cb = alignment_case_get_conflicts (ba);
      g_assert_cmpuint (ca->len, ==, cb->len);
      n_conflicts += ca->len;
      for (guint i = 0; i < ca->len; i++)
        {
          AlignmentConflict *a = g_ptr_array_index (ca, i);
          gboolean found = FALSE;

          for (guint j = 0; j < cb->len && !found; j++)
            {
              AlignmentConflict *b = g_ptr_array_index (cb, j);

              found = g_strcmp0 (a->signal, b->signal) == 0 && g_strcmp0 (a->field, b->field) == 0
                      && g_strcmp0 (a->ours, b->theirs) == 0 && g_strcmp0 (a->theirs, b->ours) == 0
                      && g_strcmp0 (a->ours_author, b->theirs_author) == 0;
            }
          g_assert_true (found);
        }

      round_clear (&r);
    }

  /* the rounds did bring conflicts to compare */
  g_assert_cmpuint (n_conflicts, >, 0);
}

/* A clean merge of one-sided edits equals the edits applied in turn. */
static void
test_one_sided_in_turn (void)
{
  for (guint seed = 1; seed <= ROUNDS; seed++)
    {
      Round r = { NULL, };
      g_autoptr(AlignmentCase) result = NULL;
      g_autoptr(AlignmentCase) in_turn = NULL;
      guint n_conflicts = 1;

      round_init (&r, seed, TRUE);
      result = merge (r.ours, r.theirs, r.base_case, &n_conflicts);
      g_assert_cmpuint (n_conflicts, ==, 0);

      in_turn = clone (r.base_case);
      for (guint i = 0; i < r.ours_edits->len; i++)
        apply_edit (in_turn, g_ptr_array_index (r.ours_edits, i));
      for (guint i = 0; i < r.theirs_edits->len; i++)
        apply_edit (in_turn, g_ptr_array_index (r.theirs_edits, i));

      g_assert_true (same_signals (result, in_turn));
      round_clear (&r);
    }
}

/* ---- Rules ----------------------------------------------------------------- */

static AlignmentCase *
two_signal_case (void)
{
  AlignmentCase *c = alignment_case_new ();
  g_autoptr(AlignmentSignal) a = alignment_signal_new ("1a");
  g_autoptr(AlignmentSignal) b = alignment_signal_new ("1b");

  alignment_case_set_title (c, "Two");
  alignment_signal_set_sender (a, ALIGNMENT_PARTY_CUSTOMER);
  alignment_signal_set_start_julian (a, 738000);
  alignment_signal_set_trigger (a, "Budget");
  alignment_signal_set_sender (b, ALIGNMENT_PARTY_PROVIDER);
  alignment_signal_list_append (alignment_case_get_signals (c), a);
  alignment_signal_list_append (alignment_case_get_signals (c), b);
  return c;
}

/* Each party decides its own perceptions; its estimate of the other's
 * fills a gap only. */
static void
test_perceptions (void)
{
  g_autoptr(AlignmentCase) original = two_signal_case ();
  g_autoptr(AlignmentCase) customer = NULL;
  g_autoptr(AlignmentCase) provider = NULL;
  g_autoptr(AlignmentCase) result = NULL;
  g_autoptr(AlignmentCase) reverse = NULL;
  g_autoptr(GError) error = NULL;
  AlignmentSignal *a;
  guint n_conflicts = 1;

  customer = alignment_merge_share_copy (original, ALIGNMENT_COPY_OWNER_CUSTOMER, &error);
  g_assert_no_error (error);
  provider = alignment_merge_share_copy (original, ALIGNMENT_COPY_OWNER_PROVIDER, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (alignment_case_get_copy_of (customer), ==, alignment_case_get_case_id (original));
  g_assert_cmpstr (alignment_case_get_case_id (customer), !=, alignment_case_get_case_id (original));
  g_assert_nonnull (alignment_case_get_base (customer));

  /* 1a was sent by the customer: the provider received it. */
  a = find_id (customer, "1a");
  alignment_signal_set_impact (a, ALIGNMENT_PARTY_CUSTOMER, ALIGNMENT_REALM_OPERATIONAL, ALIGNMENT_IMPACT_POSITIVE);
  alignment_signal_set_impact (a, ALIGNMENT_PARTY_PROVIDER, ALIGNMENT_REALM_OPERATIONAL, ALIGNMENT_IMPACT_NEGATIVE);
  alignment_signal_set_understood (a, ALIGNMENT_UNDERSTOOD_YES);
  alignment_signal_set_urgency (a, ALIGNMENT_URGENCY_HIGH);
  a = find_id (provider, "1a");
  alignment_signal_set_impact (a, ALIGNMENT_PARTY_CUSTOMER, ALIGNMENT_REALM_OPERATIONAL, ALIGNMENT_IMPACT_NEGATIVE);
  alignment_signal_set_impact (a, ALIGNMENT_PARTY_PROVIDER, ALIGNMENT_REALM_OPERATIONAL, ALIGNMENT_IMPACT_POSITIVE);
  alignment_signal_set_impact (a, ALIGNMENT_PARTY_PROVIDER, ALIGNMENT_REALM_RELATIONAL, ALIGNMENT_IMPACT_SAME);
  alignment_signal_set_understood (a, ALIGNMENT_UNDERSTOOD_NO);
  alignment_signal_set_urgency (a, ALIGNMENT_URGENCY_LOW);

  for (guint way = 0; way < 2; way++)
    {
      result = way == 0 ? merge (customer, provider, NULL, &n_conflicts) : merge (provider, customer, NULL, &n_conflicts);
      g_assert_cmpuint (n_conflicts, ==, 0);
      a = find_id (result, "1a");
      /* the customer's trust: the customer's copy */
      g_assert_cmpint (alignment_signal_get_impact (a, ALIGNMENT_PARTY_CUSTOMER, ALIGNMENT_REALM_OPERATIONAL), ==,
                       ALIGNMENT_IMPACT_POSITIVE);
      /* the provider's trust: the provider's copy */
      g_assert_cmpint (alignment_signal_get_impact (a, ALIGNMENT_PARTY_PROVIDER, ALIGNMENT_REALM_OPERATIONAL), ==,
                       ALIGNMENT_IMPACT_POSITIVE);
      g_assert_cmpint (alignment_signal_get_impact (a, ALIGNMENT_PARTY_PROVIDER, ALIGNMENT_REALM_RELATIONAL), ==,
                       ALIGNMENT_IMPACT_SAME);
      /* understood: the receiver's (the provider); urgency as intended: the sender's */
      g_assert_cmpint (alignment_signal_get_understood (a), ==, ALIGNMENT_UNDERSTOOD_NO);
      g_assert_cmpint (alignment_signal_get_urgency (a), ==, ALIGNMENT_URGENCY_HIGH);
      g_clear_object (&result);
    }

  /* Without owners the same edits are facts changed on both sides. */
  alignment_case_set_owner (customer, ALIGNMENT_COPY_OWNER_UNKNOWN);
  alignment_case_set_owner (provider, ALIGNMENT_COPY_OWNER_UNKNOWN);
  reverse = merge (customer, provider, NULL, &n_conflicts);
  g_assert_cmpuint (n_conflicts, ==, 4);
}

/* A fact changed differently on both sides is a conflict with both
 * values and authors; it stays in the file until decided, and a second
 * merge does not count it twice. */
static void
test_conflict_kept (void)
{
  g_autoptr(AlignmentCase) original = two_signal_case ();
  g_autoptr(AlignmentCase) customer = NULL;
  g_autoptr(AlignmentCase) provider = NULL;
  g_autoptr(AlignmentCase) result = NULL;
  g_autoptr(AlignmentCase) again = NULL;
  g_autoptr(AlignmentCase) loaded = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *report = NULL;
  AlignmentConflict *conflict;
  guint n_conflicts = 0;

  alignment_case_set_customer_name (original, "Shipyard");
  alignment_case_set_provider_name (original, "IT provider");
  customer = alignment_merge_share_copy (original, ALIGNMENT_COPY_OWNER_CUSTOMER, &error);
  provider = alignment_merge_share_copy (original, ALIGNMENT_COPY_OWNER_PROVIDER, &error);
  alignment_signal_set_start_julian (find_id (customer, "1a"), 738001);
  alignment_signal_set_start_julian (find_id (provider, "1a"), 738002);
  alignment_signal_set_goal (find_id (provider, "1b"), "Agree");

  result = alignment_merge (customer, provider, NULL, ALIGNMENT_MERGE_FLAGS_NONE, &n_conflicts, &report, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (n_conflicts, ==, 1);
  g_assert_cmpstr (alignment_signal_get_goal (find_id (result, "1b")), ==, "Agree");
  /* ours is kept until someone decides */
  g_assert_cmpuint (alignment_signal_get_start_julian (find_id (result, "1a")), ==, 738001);
  conflict = g_ptr_array_index (alignment_case_get_conflicts (result), 0);
  g_assert_cmpstr (conflict->field, ==, "start-date");
  g_assert_cmpstr (conflict->signal_id, ==, "1a");
  g_assert_cmpstr (conflict->ours_author, ==, "Shipyard");
  g_assert_cmpstr (conflict->theirs_author, ==, "IT provider");
  g_assert_nonnull (strstr (report, "1a  start-date"));
  g_assert_nonnull (strstr (report, "1b  goal"));

  bytes = alignment_case_to_bytes (result);
  loaded = alignment_case_load_from_data (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), "merged", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (alignment_case_get_conflicts (loaded)->len, ==, 1);
  g_assert_true (alignment_case_equal (loaded, result));

  /* The provider's copy is now the base: merging it again changes
   * nothing and adds no conflict. */
  again = merge (loaded, provider, NULL, &n_conflicts);
  g_assert_cmpuint (n_conflicts, ==, 0);
  g_assert_cmpuint (alignment_case_get_conflicts (again)->len, ==, 1);
  g_assert_true (same_signals (again, loaded));
}

/* A deletion on one side wins over an unchanged signal, not over a
 * changed one; additions on both sides with one visible id are both
 * kept, one renamed. */
static void
test_deletions_and_additions (void)
{
  g_autoptr(AlignmentCase) original = two_signal_case ();
  g_autoptr(AlignmentCase) ours = NULL;
  g_autoptr(AlignmentCase) theirs = NULL;
  g_autoptr(AlignmentCase) result = NULL;
  g_autoptr(AlignmentSignal) ours_new = alignment_signal_new ("1c");
  g_autoptr(AlignmentSignal) theirs_new = alignment_signal_new ("1c");
  g_autoptr(GError) error = NULL;

  ours = alignment_merge_share_copy (original, ALIGNMENT_COPY_OWNER_CUSTOMER, &error);
  theirs = alignment_merge_share_copy (original, ALIGNMENT_COPY_OWNER_PROVIDER, &error);
  /* ours deletes 1a, which theirs changed; theirs deletes 1b, unchanged in ours */
  alignment_signal_list_remove (alignment_case_get_signals (ours), 0);
  alignment_signal_set_goal (find_id (theirs, "1a"), "Changed");
  alignment_signal_list_remove (alignment_case_get_signals (theirs), 1);
  alignment_signal_set_trigger (ours_new, "ours");
  alignment_signal_set_trigger (theirs_new, "theirs");
  alignment_signal_list_append (alignment_case_get_signals (ours), ours_new);
  alignment_signal_list_append (alignment_case_get_signals (theirs), theirs_new);

  result = merge (ours, theirs, NULL, NULL);
  g_assert_cmpuint (alignment_signal_list_get_n (alignment_case_get_signals (result)), ==, 3);
  g_assert_cmpstr (alignment_signal_get_goal (find_id (result, "1a")), ==, "Changed");
  g_assert_null (find_id (result, "1b"));
  g_assert_cmpstr (alignment_signal_get_trigger (find_id (result, "1c")), ==, "ours");
  g_assert_cmpstr (alignment_signal_get_trigger (find_id (result, "1d")), ==, "theirs");
}

/* Files written before stable ids: matched by visible id. */
static void
test_old_files (void)
{
  g_autoptr(AlignmentCase) base = two_signal_case ();
  g_autoptr(AlignmentCase) ours = two_signal_case ();
  g_autoptr(AlignmentCase) theirs = two_signal_case ();
  g_autoptr(AlignmentCase) result = NULL;
  guint n_conflicts = 1;

  /* ours has been saved once since (ids given), theirs has not */
  alignment_case_ensure_stable_ids (ours);
  alignment_signal_set_goal (find_id (ours, "1a"), "Ours");
  alignment_signal_set_reaction (find_id (theirs, "1a"), "Theirs");

  result = merge (ours, theirs, base, &n_conflicts);
  g_assert_cmpuint (n_conflicts, ==, 0);
  g_assert_cmpuint (alignment_signal_list_get_n (alignment_case_get_signals (result)), ==, 2);
  g_assert_cmpstr (alignment_signal_get_goal (find_id (result, "1a")), ==, "Ours");
  g_assert_cmpstr (alignment_signal_get_reaction (find_id (result, "1a")), ==, "Theirs");
  g_assert_cmpstr (alignment_signal_get_stable_id (find_id (result, "1a")), ==,
                   alignment_signal_get_stable_id (find_id (ours, "1a")));
}

/* Stable ids are no edits: they go into no history. */
static void
test_stable_id_not_an_edit (void)
{
  g_autoptr(AlignmentCase) c = two_signal_case ();
  g_autoptr(AlignmentHistory) history = alignment_history_new (c);
  g_autoptr(AlignmentSignal) copy = NULL;
  const char *stable_id;

  stable_id = alignment_signal_ensure_stable_id (find_id (c, "1a"));
  g_assert_true (alignment_signal_stable_id_is_valid (stable_id));
  alignment_case_ensure_stable_ids (c);
  g_assert_false (alignment_history_get_can_undo (history));

  /* renumbering the thread keeps it */
  g_assert_true (alignment_case_renumber_thread (c, 1, 7, NULL));
  g_assert_cmpstr (alignment_signal_get_stable_id (find_id (c, "7a")), ==, stable_id);

  /* a copy (paste, duplicate) is a new signal; a clone the same one */
  copy = alignment_signal_copy (find_id (c, "7a"));
  g_assert_null (alignment_signal_get_stable_id (copy));
  g_clear_object (&copy);
  copy = alignment_signal_clone (find_id (c, "7a"));
  g_assert_cmpstr (alignment_signal_get_stable_id (copy), ==, stable_id);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/merge/property/no-signal-lost", test_no_signal_lost);
  g_test_add_func ("/merge/property/unchanged-base", test_unchanged_base);
  g_test_add_func ("/merge/property/symmetric", test_symmetric);
  g_test_add_func ("/merge/property/one-sided-in-turn", test_one_sided_in_turn);
  g_test_add_func ("/merge/perceptions", test_perceptions);
  g_test_add_func ("/merge/conflict-kept", test_conflict_kept);
  g_test_add_func ("/merge/deletions-and-additions", test_deletions_and_additions);
  g_test_add_func ("/merge/old-files", test_old_files);
  g_test_add_func ("/merge/stable-id-not-an-edit", test_stable_id_not_an_edit);

  return g_test_run ();
}
