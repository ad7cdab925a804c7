/* alignment-governance.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "alignment-core-private.h"
#include "alignment-governance.h"

/* The studied contract's governance (see the help's "Governance"). */
static const struct {
  const char *name;
  const char *cadence;
} default_boards[] = {
  { "Steering board", "Quarterly" },
  { "Capacity planning", "Quarterly" },
  { "Service review", "Monthly" },
  { "Status reporting", "Bi-weekly and weekly" },
  { "Sprint planning, review and retrospective", "Monthly" },
  { "Change advisory board", "Weekly" },
  { "Daily stand-up", "Daily" },
};

static const struct {
  const char *name;
  const char *covers;
} default_levels[] = {
  { "Operational", "Service quality, SLA, budget" },
  { "Tactical", "Resources, response times, customer satisfaction" },
  { "Strategic", "Contract, strategic planning, capacity commitments" },
};

void
alignment_governance_fill_default_boards (GListStore *store)
{
  g_autoptr(GPtrArray) boards = g_ptr_array_new_with_free_func (g_object_unref);

  g_return_if_fail (G_IS_LIST_STORE (store));

  for (guint i = 0; i < G_N_ELEMENTS (default_boards); i++)
    g_ptr_array_add (boards, alignment_board_new (default_boards[i].name, default_boards[i].cadence));
  g_list_store_splice (store, 0, g_list_model_get_n_items (G_LIST_MODEL (store)),
                       boards->pdata, boards->len);
}

void
alignment_governance_fill_default_levels (GListStore *store)
{
  g_autoptr(GPtrArray) levels = g_ptr_array_new_with_free_func (g_object_unref);

  g_return_if_fail (G_IS_LIST_STORE (store));

  for (guint i = 0; i < G_N_ELEMENTS (default_levels); i++)
    g_ptr_array_add (levels, alignment_escalation_level_new (i + 1, default_levels[i].name,
                                                             default_levels[i].covers));
  g_list_store_splice (store, 0, g_list_model_get_n_items (G_LIST_MODEL (store)),
                       levels->pdata, levels->len);
}

gboolean
alignment_governance_boards_are_default (GListModel *boards)
{
  g_autoptr(GListStore) defaults = g_list_store_new (ALIGNMENT_TYPE_BOARD);

  alignment_governance_fill_default_boards (defaults);
  return alignment_list_models_equal (boards, G_LIST_MODEL (defaults), (gpointer) alignment_board_equal);
}

gboolean
alignment_governance_levels_are_default (GListModel *levels)
{
  g_autoptr(GListStore) defaults = g_list_store_new (ALIGNMENT_TYPE_ESCALATION_LEVEL);

  alignment_governance_fill_default_levels (defaults);
  return alignment_list_models_equal (levels, G_LIST_MODEL (defaults), (gpointer) alignment_escalation_level_equal);
}

AlignmentEscalationLevel *
alignment_governance_lookup_level (GListModel *levels,
                                   guint       number)
{
  guint n = g_list_model_get_n_items (levels);

  for (guint i = 0; i < n && number != 0; i++)
    {
      g_autoptr(AlignmentEscalationLevel) level = g_list_model_get_item (levels, i);

      if (alignment_escalation_level_get_number (level) == number)
        return level;  /* the list keeps it alive */
    }

  return NULL;
}

AlignmentBoard *
alignment_governance_lookup_board (GListModel *boards,
                                   const char *name)
{
  guint n = g_list_model_get_n_items (boards);

  for (guint i = 0; i < n && name != NULL && *name != '\0'; i++)
    {
      g_autoptr(AlignmentBoard) board = g_list_model_get_item (boards, i);

      if (strcmp (alignment_board_get_name (board), name) == 0)
        return board;  /* the list keeps it alive */
    }

  return NULL;
}

char *
alignment_governance_level_label (GListModel *levels,
                                  guint       number)
{
  AlignmentEscalationLevel *level;

  if (number == 0)
    return g_strdup ("");

  level = levels != NULL ? alignment_governance_lookup_level (levels, number) : NULL;
  if (level == NULL || *alignment_escalation_level_get_name (level) == '\0')
    return g_strdup_printf ("%u", number);
  return g_strdup_printf ("%u · %s", number, alignment_escalation_level_get_name (level));
}

/* The number a cell starts with, after words such as "level" or
 * "niveau": "2", "2nd", "2e lijn", "Level 2 · Tactical". */
static guint
leading_number (const char *text)
{
  static const char * const prefixes[] = { "level", "niveau", "escalation level", "escalatieniveau" };
  const char *p = text;
  guint64 number = 0;

  while (g_ascii_isspace (*p))
    p++;
  for (guint i = 0; i < G_N_ELEMENTS (prefixes); i++)
    if (g_ascii_strncasecmp (p, prefixes[i], strlen (prefixes[i])) == 0)
      {
        p += strlen (prefixes[i]);
        break;
      }
  while (g_ascii_isspace (*p))
    p++;

  if (!g_ascii_isdigit (*p))
    return 0;
  for (; g_ascii_isdigit (*p); p++)
    {
      number = number * 10 + (guint64) (*p - '0');
      if (number > 1000)
        return 0;
    }

  /* "2nd", "2e", "3rd", "1st", "2de": an ordinal; anything else after
   * the number must not be a letter ("2x" names nothing). */
  if (g_ascii_isalpha (*p))
    {
      static const char * const suffixes[] = { "st", "nd", "rd", "th", "de", "ste", "e" };
      gboolean ordinal = FALSE;

      for (guint i = 0; i < G_N_ELEMENTS (suffixes) && !ordinal; i++)
        {
          gsize n = strlen (suffixes[i]);

          ordinal = g_ascii_strncasecmp (p, suffixes[i], n) == 0 && !g_ascii_isalpha (p[n]);
        }
      if (!ordinal)
        return 0;
    }

  return (guint) number;
}

guint
alignment_governance_parse_level (GListModel *levels,
                                  const char *text)
{
  guint number;
  guint n;

  g_return_val_if_fail (text != NULL, 0);

  if ((number = leading_number (text)) != 0)
    return number;

  n = levels != NULL ? g_list_model_get_n_items (levels) : 0;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AlignmentEscalationLevel) level = g_list_model_get_item (levels, i);
      g_autofree char *name = g_utf8_casefold (alignment_escalation_level_get_name (level), -1);
      g_autofree char *cell = g_utf8_casefold (text, -1);

      if (*name != '\0' && strcmp (g_strstrip (cell), name) == 0)
        return alignment_escalation_level_get_number (level);
    }

  return 0;
}
