/* alignment-import.h: signal logs kept in spreadsheets, into cases
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "alignment-types.h"
#include "alignment-sheet.h"

G_BEGIN_DECLS

/* The 18 columns of the signal log, in the thesis's order, then the
 * title of the signal's thread, which a sheet may keep ("Thread",
 * "Event"), the governance board and escalation level of the signal
 * ("Board", "Escalation level"), which it may keep too, and last the
 * signal's stable id, which Alignment's own exports write so that a
 * sheet read back keeps it. */
typedef enum
{
  ALIGNMENT_COLUMN_ID,
  ALIGNMENT_COLUMN_TYPE,
  ALIGNMENT_COLUMN_SENDER,
  ALIGNMENT_COLUMN_TRIGGER,
  ALIGNMENT_COLUMN_START,
  ALIGNMENT_COLUMN_END,
  ALIGNMENT_COLUMN_RECIPIENTS,
  ALIGNMENT_COLUMN_MESSAGE,
  ALIGNMENT_COLUMN_GOAL,
  ALIGNMENT_COLUMN_UNDERSTOOD,
  ALIGNMENT_COLUMN_URGENCY,
  ALIGNMENT_COLUMN_REACTION,
  ALIGNMENT_COLUMN_CUSTOMER_CONTRACTUAL,
  ALIGNMENT_COLUMN_CUSTOMER_OPERATIONAL,
  ALIGNMENT_COLUMN_CUSTOMER_RELATIONAL,
  ALIGNMENT_COLUMN_PROVIDER_CONTRACTUAL,
  ALIGNMENT_COLUMN_PROVIDER_OPERATIONAL,
  ALIGNMENT_COLUMN_PROVIDER_RELATIONAL,
  ALIGNMENT_COLUMN_THREAD,
  ALIGNMENT_COLUMN_BOARD,
  ALIGNMENT_COLUMN_ESCALATION_LEVEL,
  ALIGNMENT_COLUMN_STABLE_ID,
  ALIGNMENT_N_COLUMNS
} AlignmentColumn;

/* The sheet's header text for @column in the thesis's own words
 * ("Signal id", "CUST Honesty in exchange"), untranslated: exports write
 * it so that their files read back everywhere. */
const char *alignment_column_get_header (AlignmentColumn column);
/* A translated name for the UI ("Signal id", "Customer · Contractual"). */
const char *alignment_column_get_label  (AlignmentColumn column);

typedef enum
{
  ALIGNMENT_IMPORT_NOTE_INFO,     /* how something was read */
  ALIGNMENT_IMPORT_NOTE_REPAIR,   /* a value was changed to be read */
  ALIGNMENT_IMPORT_NOTE_DOUBT,    /* read as given, but worth a look */
  ALIGNMENT_IMPORT_NOTE_DROPPED,  /* a cell could not be read: left empty */
} AlignmentImportNoteKind;

typedef struct
{
  AlignmentImportNoteKind kind;
  guint                   row;    /* sheet row number; 0 for the sheet */
  int                     column; /* AlignmentColumn, or -1 */
  char                   *read;   /* the cell as read, or NULL */
  char                   *message;/* translated: what was done, and why */
} AlignmentImportNote;

typedef struct
{
  /* The year of dates written without one; 0 infers it from the
   * neighbouring dates and the period below. */
  int     year;
  /* The case period, when known: helps to place dates without a year. */
  guint32 period_start;
  guint32 period_end;
  /* Sheet column index for each AlignmentColumn, or -1 for "not in the
   * sheet"; all -2 (the default) detects the mapping from the header. */
  int     mapping[ALIGNMENT_N_COLUMNS];
} AlignmentImportOptions;

void alignment_import_options_init (AlignmentImportOptions *options);

typedef struct
{
  AlignmentCase *imported;
  /* The mapping used, as in the options, and the header row found (0
   * when none: the thesis's order was assumed). */
  int            mapping[ALIGNMENT_N_COLUMNS];
  guint          header_row;
  GPtrArray     *notes;      /* of AlignmentImportNote, by row */
  guint          n_signals;
  /* The sender of each party as the sheet writes it ("CUST", "SP"), by
   * ALIGNMENT_PARTY_INDEX, or NULL when no signal names that party.  The
   * imported case takes them as its party names; the case's period is
   * the span of its signals' dates. */
  char          *party_codes[ALIGNMENT_N_PARTIES];
  /* The id given → the id as the sheet writes it, for every signal whose
   * id had to change (a duplicate, an id not in the usual form). */
  GHashTable    *ids_as_written;
} AlignmentImport;

void             alignment_import_free  (AlignmentImport *import);

/* Reads the signals of @sheet.  Every row that holds a signal becomes a
 * signal; what had to be repaired or is doubtful is noted.  Returns NULL
 * with an error only when no signal at all could be read. */
AlignmentImport *alignment_import_sheet (const AlignmentSheet          *sheet,
                                         const AlignmentImportOptions  *options,
                                         GError                       **error);

/* Takes the titles, stories and realms of alignment of the threads that
 * @sheet lists (a header naming at least a thread number and a title,
 * in English or Dutch) into @import's case, for threads of its signals.
 * A title the signal log gave stays; what was doubtful is noted.
 * Returns the number of threads taken, 0 when @sheet is no such list. */
guint            alignment_import_take_thread_sheet  (AlignmentImport      *import,
                                                      const AlignmentSheet *sheet,
                                                      const char           *sheet_name);
/* The same for every sheet of @workbook (XLSX or ODS) but @signal_sheet,
 * the one the signals came from (NULL: the first); 0 when @workbook is
 * delimited text, which has one sheet only. */
guint            alignment_import_take_thread_sheets (AlignmentImport      *import,
                                                      GBytes               *workbook,
                                                      const char           *signal_sheet);

/* "row 12, Start date: read “7-feb”: took the year 2024 from the
 * neighbouring dates", newly allocated. */
char            *alignment_import_note_to_string (const AlignmentImportNote *note);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (AlignmentImport, alignment_import_free)

G_END_DECLS
