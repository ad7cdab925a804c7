/* alignment-core-private.h: helpers shared inside the core library
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Replaces *@field by a copy of @value, keeping empty text as NULL (most
 * text of a real case is empty).  Returns TRUE when the value changed, so
 * that the caller notifies.  (g_set_str() is newer than GLib 2.74.) */
static inline gboolean
alignment_set_text (char       **field,
                    const char  *value)
{
  if (value != NULL && *value == '\0')
    value = NULL;

  if (g_strcmp0 (*field, value) == 0)
    return FALSE;

  g_free (*field);
  *field = g_strdup (value);
  return TRUE;
}

static inline const char *
alignment_text_or_empty (const char *text)
{
  return text != NULL ? text : "";
}

/* Compares two arrays of strings (either may be NULL for empty). */
static inline gboolean
alignment_strings_equal (GPtrArray *a,
                         GPtrArray *b)
{
  guint na = a != NULL ? a->len : 0;
  guint nb = b != NULL ? b->len : 0;

  if (na != nb)
    return FALSE;

  for (guint i = 0; i < na; i++)
    if (g_strcmp0 (g_ptr_array_index (a, i), g_ptr_array_index (b, i)) != 0)
      return FALSE;

  return TRUE;
}

/* Orders for qsort(), bsearch() and g_array_sort(). */
static inline int
alignment_compare_int (gconstpointer a,
                       gconstpointer b)
{
  int x = *(const int *) a, y = *(const int *) b;

  return x < y ? -1 : x > y;
}

static inline int
alignment_compare_uint (gconstpointer a,
                        gconstpointer b)
{
  guint x = *(const guint *) a, y = *(const guint *) b;

  return x < y ? -1 : x > y;
}

/* A UUID held in @slot, given lazily: a save in a thread and an export
 * on the main thread may both ask, and both must see the same one. */
static inline const char *
alignment_uuid_ensure (char **slot)
{
  char *fresh;

  if (g_atomic_pointer_get (slot) != NULL)
    return g_atomic_pointer_get (slot);

  fresh = g_uuid_string_random ();
  if (!g_atomic_pointer_compare_and_exchange (slot, NULL, fresh))
    g_free (fresh);
  return g_atomic_pointer_get (slot);
}

static inline void
alignment_uuid_set (char       **slot,
                    const char  *value)
{
  g_free (g_atomic_pointer_exchange (slot, value != NULL && *value != '\0' ? g_strdup (value) : NULL));
}

/* The properties that make a stakeholder or a lesson (NULL-terminated);
 * whether two objects hold the same values of the properties @names; a
 * new object of @item's type with its values of them, and a new store
 * of such copies (alignment-case.c). */
extern const char * const alignment_stakeholder_fields[];
extern const char * const alignment_lesson_fields[];
gpointer    alignment_object_copy_values   (GObject            *item,
                                            const char * const *names);
GListStore *alignment_list_copy_values     (GListModel         *items,
                                            const char * const *names);
gboolean    alignment_object_values_equal  (GObject            *a,
                                            GObject            *b,
                                            const char * const *names);

/* Whether @a and @b hold items that @equal finds equal, in the same
 * order. */
static inline gboolean
alignment_list_models_equal (GListModel *a,
                             GListModel *b,
                             gboolean  (*equal) (gpointer a,
                                                 gpointer b))
{
  guint n = g_list_model_get_n_items (a);

  if (n != g_list_model_get_n_items (b))
    return FALSE;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item_a = g_list_model_get_item (a, i);
      g_autoptr(GObject) item_b = g_list_model_get_item (b, i);

      if (!equal (item_a, item_b))
        return FALSE;
    }

  return TRUE;
}

G_END_DECLS
