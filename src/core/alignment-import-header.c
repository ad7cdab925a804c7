/* alignment-import-header.c: finding the header row of a signal log
 *
 * The header names the columns, in English or Dutch and in many
 * spellings: this file finds it and maps its columns to the signal log's
 * (see alignment-import.c for reading the rows below it).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "alignment-i18n.h"

#include "alignment-enums.h"
#include "alignment-import-private.h"

static const char * const column_headers[ALIGNMENT_N_COLUMNS] = {
  "Signal id",
  "Signal type",
  "Sender",
  "Trigger/reason",
  "Start date",
  "End date",
  "Recipients/participants",
  "Message / Content",
  "Goal signal",
  "Understood signal",
  "Urgency intended/understood",
  "Reaction receiver",
  "CUST Honesty in exchange",
  "CUST Good-faith effort",
  "CUST Limited opportunism",
  "SP Honesty in exchange",
  "SP Good-faith effort",
  "SP Limited opportunism",
  "Thread",
  "Board",
  "Escalation level",
  "Stable id",
};

const char *
alignment_column_get_header (AlignmentColumn column)
{
  g_return_val_if_fail (column < ALIGNMENT_N_COLUMNS, NULL);

  return column_headers[column];
}

const char *
alignment_column_get_label (AlignmentColumn column)
{
  static const char * const labels[ALIGNMENT_N_COLUMNS] = {
    N_("Signal id"),
    N_("Signal type"),
    N_("Sender"),
    N_("Trigger/reason"),
    N_("Start date"),
    N_("End date"),
    N_("Recipients/participants"),
    N_("Message/content"),
    N_("Goal of the signal"),
    N_("Understood"),
    N_("Urgency"),
    N_("Reaction of the receiver"),
    N_("Customer · Contractual"),
    N_("Customer · Operational"),
    N_("Customer · Relational"),
    N_("Provider · Contractual"),
    N_("Provider · Operational"),
    N_("Provider · Relational"),
    N_("Thread title"),
    N_("Governance board"),
    N_("Escalation level"),
    N_("Stable id"),
  };

  g_return_val_if_fail (column < ALIGNMENT_N_COLUMNS, NULL);

  return _(labels[column]);
}


/* ---- Words ---------------------------------------------------------------- */

/* Lowercase words separated by single spaces, punctuation dropped but
 * for a lone sign ("+", "-", "0", "="), so that "Message / Content",
 * "message content" and "MESSAGE-CONTENT" read alike. */
char *
alignment_import_normalise (const char *text)
{
  g_autofree char *folded = g_utf8_casefold (text, -1);
  const char *stripped = g_strstrip (folded);
  g_autoptr(GString) out = g_string_sized_new (strlen (stripped));
  gboolean space = FALSE;

  /* "−" (U+2212) and "–" are minus signs in a sheet. */
  if (g_str_equal (stripped, "\xe2\x88\x92") || g_str_equal (stripped, "\xe2\x80\x93"))
    return g_strdup ("-");
  if (strlen (stripped) == 1 && strchr ("+-=0", stripped[0]) != NULL)
    return g_strdup (stripped);

  for (const char *p = stripped; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isalnum (c))
        {
          if (space && out->len > 0)
            g_string_append_c (out, ' ');
          g_string_append_unichar (out, c);
          space = FALSE;
        }
      else
        space = TRUE;
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

static gboolean
has_word (const char *words,
          const char *word)
{
  gsize n = strlen (word);

  for (const char *p = words; (p = strstr (p, word)) != NULL; p++)
    if ((p == words || p[-1] == ' ') && (p[n] == '\0' || p[n] == ' '))
      return TRUE;
  return FALSE;
}

/* Header names, English and Dutch, normalised. */
static const char * const *const column_aliases[ALIGNMENT_COLUMN_REACTION + 1] = {
  (const char *[]) { "signal id", "id", "signaal id", "signalid", "signal", "signaal", "nr", "no", "signal no", "signal nr", NULL },
  (const char *[]) { "signal type", "type", "soort", "soort signaal", "signaaltype", "type signaal", "type of signal", "kind", NULL },
  (const char *[]) { "sender", "afzender", "from", "van", "sent by", "verzonden door", "zender", NULL },
  (const char *[]) { "trigger reason", "trigger", "reason", "aanleiding", "reden", "aanleiding reden", "trigger aanleiding", "oorzaak", NULL },
  (const char *[]) { "start date", "start", "startdatum", "begindatum", "date", "datum", "start datum", "begin", "begin datum", NULL },
  (const char *[]) { "end date", "end", "einddatum", "eind datum", "eind", "einde", NULL },
  (const char *[]) { "recipients participants", "recipients", "participants", "recipient", "ontvangers", "deelnemers", "ontvangers deelnemers", "ontvanger", "to", "aan", NULL },
  (const char *[]) { "message content", "message", "content", "bericht", "inhoud", "bericht inhoud", "channel", "kanaal", "vorm", NULL },
  (const char *[]) { "goal signal", "goal", "doel", "doel signaal", "doel van het signaal", "goal of the signal", "purpose", NULL },
  (const char *[]) { "understood signal", "understood", "begrepen", "signaal begrepen", "begrepen signaal", NULL },
  (const char *[]) { "urgency intended understood", "urgency", "urgentie", "urgentie bedoeld begrepen", "urgency intended", "priority", "prioriteit", NULL },
  (const char *[]) { "reaction receiver", "reaction", "reactie", "reactie ontvanger", "response", "antwoord", "reaction of the receiver", NULL },
};

/* The thread's title, kept in a column of its own after the log's. */
static const char * const thread_aliases[] = {
  "thread", "thread title", "thread name", "event", "event name", "draad", "titel draad", "draad titel",
  "naam draad", "gebeurtenis", "onderwerp draad", NULL
};

/* The stable id, in the column Alignment's exports write last. */
static const char * const stable_id_aliases[] = {
  "stable id", "uuid", "stabiele id", NULL
};
/* The governance columns, kept after the log's (see alignment-governance.h).
 * Not a bare "Escalation": sheets use it for a yes/no column. */
static const char * const board_aliases[] = {
  "board", "governance board", "meeting", "forum", "raised in", "overleg", "gremium", "overlegorgaan",
  "governance overleg", "overlegvorm", NULL
};
static const char * const escalation_level_aliases[] = {
  "escalation level", "level", "escalatieniveau", "escalatie niveau", "niveau", "escalatielijn", NULL
};

/* The column each alias names, looked up once per cell: a sheet has
 * thousands of cells, most of them not headers. */
static int
column_of_alias (const char *words)
{
  static GHashTable *columns;
  gpointer column;

  if (g_once_init_enter (&columns))
    {
      GHashTable *table = g_hash_table_new (g_str_hash, g_str_equal);

      for (guint c = 0; c < G_N_ELEMENTS (column_aliases); c++)
        for (const char * const *alias = column_aliases[c]; *alias != NULL; alias++)
          g_hash_table_insert (table, (gpointer) *alias, GUINT_TO_POINTER (c + 1));
      for (const char * const *alias = thread_aliases; *alias != NULL; alias++)
        g_hash_table_insert (table, (gpointer) *alias, GUINT_TO_POINTER (ALIGNMENT_COLUMN_THREAD + 1));
      for (const char * const *alias = stable_id_aliases; *alias != NULL; alias++)
        g_hash_table_insert (table, (gpointer) *alias, GUINT_TO_POINTER (ALIGNMENT_COLUMN_STABLE_ID + 1));
      for (const char * const *alias = board_aliases; *alias != NULL; alias++)
        g_hash_table_insert (table, (gpointer) *alias, GUINT_TO_POINTER (ALIGNMENT_COLUMN_BOARD + 1));
      for (const char * const *alias = escalation_level_aliases; *alias != NULL; alias++)
        g_hash_table_insert (table, (gpointer) *alias, GUINT_TO_POINTER (ALIGNMENT_COLUMN_ESCALATION_LEVEL + 1));
      g_once_init_leave (&columns, table);
    }

  column = g_hash_table_lookup (columns, words);
  return column != NULL ? (int) GPOINTER_TO_UINT (column) - 1 : -1;
}

static int
realm_of_header (const char *words)
{
  if (strstr (words, "honesty") || strstr (words, "eerlijk") || strstr (words, "contractual") || strstr (words, "contractueel"))
    return ALIGNMENT_REALM_CONTRACTUAL;
  if (strstr (words, "good faith") || strstr (words, "goede trouw") || strstr (words, "operational") || strstr (words, "operationeel"))
    return ALIGNMENT_REALM_OPERATIONAL;
  if (strstr (words, "opportunis") || strstr (words, "relational") || strstr (words, "relationeel"))
    return ALIGNMENT_REALM_RELATIONAL;
  return -1;
}

static AlignmentParty
party_of_words (const char *words)
{
  if (has_word (words, "cust") || has_word (words, "customer") || has_word (words, "klant") || has_word (words, "client"))
    return ALIGNMENT_PARTY_CUSTOMER;
  if (has_word (words, "sp") || has_word (words, "provider") || has_word (words, "supplier")
      || has_word (words, "leverancier") || has_word (words, "dienstverlener") || has_word (words, "vendor"))
    return ALIGNMENT_PARTY_PROVIDER;
  return ALIGNMENT_PARTY_UNKNOWN;
}

/* The column @text names, or -1; impact columns give their realm in
 * *@realm and their party, when the header says it, in *@party. */
static int
column_of_header (const char     *text,
                  int            *realm,
                  AlignmentParty *party)
{
  g_autofree char *words = NULL;

  *realm = -1;
  *party = ALIGNMENT_PARTY_UNKNOWN;

  /* Most cells of a sheet are empty. */
  if (*text == '\0')
    return -1;

  words = alignment_import_normalise (text);
  if (*words == '\0')
    return -1;

  if ((*realm = realm_of_header (words)) >= 0)
    {
      *party = party_of_words (words);
      return ALIGNMENT_COLUMN_CUSTOMER_CONTRACTUAL;
    }

  return column_of_alias (words);
}

static guint
count_header_matches (const AlignmentSheetRow *row)
{
  guint matches = 0;

  for (guint i = 0; i < row->n_cells; i++)
    {
      int realm;
      AlignmentParty party;

      if (column_of_header (row->cells[i], &realm, &party) >= 0)
        matches++;
    }

  return matches;
}

/* ---- Building the mapping ------------------------------------------------- */

/* The party a group heading above @column names ("Impact on Customer"
 * spans the three customer columns: merged cells leave the text in the
 * first one). */
static AlignmentParty
party_from_group_heading (const AlignmentSheetRow *above,
                          guint                    column)
{
  if (above == NULL)
    return ALIGNMENT_PARTY_UNKNOWN;

  for (int c = (int) MIN (column, above->n_cells - 1); c >= 0 && above->n_cells > 0; c--)
    {
      const char *cell = above->cells[c];

      if (*cell != '\0')
        {
          g_autofree char *words = alignment_import_normalise (cell);
          return party_of_words (words);
        }
    }

  return ALIGNMENT_PARTY_UNKNOWN;
}

void
alignment_import_build_mapping (const AlignmentSheetRow *header,
                                const AlignmentSheetRow *above,
                                int                      mapping[ALIGNMENT_N_COLUMNS])
{
  guint impacts_seen[ALIGNMENT_N_REALMS] = { 0 };

  for (guint i = 0; i < ALIGNMENT_N_COLUMNS; i++)
    mapping[i] = UNMAPPED;

  for (guint i = 0; i < header->n_cells; i++)
    {
      int realm;
      AlignmentParty party;
      int column = column_of_header (header->cells[i], &realm, &party);

      if (column < 0)
        continue;

      if (realm >= 0)
        {
          if (party == ALIGNMENT_PARTY_UNKNOWN)
            party = party_from_group_heading (above, i);
          /* The thesis's order: the customer's three, then the provider's. */
          if (party == ALIGNMENT_PARTY_UNKNOWN)
            party = impacts_seen[realm] == 0 ? ALIGNMENT_PARTY_CUSTOMER : ALIGNMENT_PARTY_PROVIDER;
          impacts_seen[realm]++;
          column = ALIGNMENT_COLUMN_CUSTOMER_CONTRACTUAL
                 + ALIGNMENT_PARTY_INDEX (party) * ALIGNMENT_N_REALMS + realm;
        }

      /* The first column of a name wins; a second is left alone. */
      if (mapping[column] == UNMAPPED)
        mapping[column] = (int) i;
    }
}

gboolean
alignment_import_is_repeated_header (const AlignmentSheetRow *row,
                                     const char              *id)
{
  int realm;
  AlignmentParty party;

  if (g_ascii_isdigit (*id) || column_of_header (id, &realm, &party) != ALIGNMENT_COLUMN_ID)
    return FALSE;

  return count_header_matches (row) >= MIN_HEADER_MATCHES;
}

/* Index in sheet->rows of the header row, or -1. */
int
alignment_import_find_header (const AlignmentSheet *sheet)
{
  int best = -1;
  guint best_matches = MIN_HEADER_MATCHES - 1;

  for (guint i = 0; i < sheet->rows->len && i < HEADER_SEARCH_ROWS; i++)
    {
      guint matches = count_header_matches (g_ptr_array_index (sheet->rows, i));

      if (matches > best_matches)
        {
          best = (int) i;
          best_matches = matches;
        }
    }

  return best;
}

/* Whether @text, alone in its row above the header, is a group heading
 * ("Impact on Customer") rather than the case's title or context. */
gboolean
alignment_import_is_group_heading (const char *text)
{
  g_autofree char *words = alignment_import_normalise (text);

  return (has_word (words, "impact") || has_word (words, "invloed") || has_word (words, "effect"))
         && party_of_words (words) != ALIGNMENT_PARTY_UNKNOWN;
}
