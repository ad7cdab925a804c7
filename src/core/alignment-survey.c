/* alignment-survey.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "alignment-i18n.h"

#include "alignment-survey.h"

/* Items 1–4 ask about honesty in exchange, 5–8 about good-faith effort
 * and 9–12 about limited opportunism; the distrustful statements 7, 8
 * and 10–12 are reverse-coded, so that a respondent who agrees with
 * everything does not score high everywhere. */
static const struct {
  AlignmentRealm  realm;
  gboolean        reverse;
  const char     *text;
} default_items[ALIGNMENT_SURVEY_N_ITEMS] = {
  { ALIGNMENT_REALM_CONTRACTUAL, FALSE, N_("What the other party states during our negotiations turns out to be accurate.") },
  { ALIGNMENT_REALM_CONTRACTUAL, FALSE, N_("The other party bargains with us in a straightforward way.") },
  { ALIGNMENT_REALM_CONTRACTUAL, FALSE, N_("The other party is even-handed when we set shared expectations.") },
  { ALIGNMENT_REALM_CONTRACTUAL, FALSE, N_("The other party gives us a correct picture of the facts.") },
  { ALIGNMENT_REALM_OPERATIONAL, FALSE, N_("The other party delivers what it agreed to deliver to us.") },
  { ALIGNMENT_REALM_OPERATIONAL, FALSE, N_("When the other party promises something, it follows through.") },
  { ALIGNMENT_REALM_OPERATIONAL, TRUE,  N_("The other party looks for ways to avoid what it has committed to.") },
  { ALIGNMENT_REALM_OPERATIONAL, TRUE,  N_("The other party exploits the difficulties we run into.") },
  { ALIGNMENT_REALM_RELATIONAL,  FALSE, N_("We can count on the other party.") },
  { ALIGNMENT_REALM_RELATIONAL,  TRUE,  N_("The other party gets ahead at the expense of others.") },
  { ALIGNMENT_REALM_RELATIONAL,  TRUE,  N_("The other party tries to gain the better position over us.") },
  { ALIGNMENT_REALM_RELATIONAL,  TRUE,  N_("The other party profits from people who are in a weak position.") },
};

const char *
alignment_survey_default_text (guint number)
{
  g_return_val_if_fail (number >= 1 && number <= ALIGNMENT_SURVEY_N_ITEMS, "");

  return _(default_items[number - 1].text);
}

void
alignment_survey_add_default (GListStore *items)
{
  g_return_if_fail (G_IS_LIST_STORE (items));

  for (guint i = 0; i < ALIGNMENT_SURVEY_N_ITEMS; i++)
    {
      g_autoptr(AlignmentSurveyItem) item =
        alignment_survey_item_new (i + 1, default_items[i].realm, default_items[i].reverse,
                                   alignment_survey_default_text (i + 1));

      g_list_store_append (items, item);
    }
}

AlignmentSurveyItem *
alignment_survey_lookup_item (GListModel *items,
                              guint       number)
{
  guint n = g_list_model_get_n_items (items);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AlignmentSurveyItem) item = g_list_model_get_item (items, i);

      if (alignment_survey_item_get_number (item) == number)
        return item; /* the list holds another reference */
    }

  return NULL;
}
