/* alignment-form.h: the logic of the editor and the case library, pure
 *
 * What the signal editor and the case browser decide (the next id, what
 * is wrong with a field, what a typed date means, which cases a search
 * finds and in which order) is computed here, without GTK, so that it is
 * tested without a display.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "alignment-types.h"

G_BEGIN_DECLS

/* ---- Ids ------------------------------------------------------------------ */

/* The id of a new signal in @thread: its number and the letter after the
 * last one used ("2c" after "2a", "2b"; "2aa" after "2z"); "2a" when the
 * thread has no signals. */
char    *alignment_form_next_id_in_thread (AlignmentSignalList *signals,
                                           guint                thread);
/* One more than the highest thread number, 1 for an empty list. */
guint    alignment_form_next_thread       (AlignmentSignalList *signals);

/* ---- Validation --------------------------------------------------------- */

typedef enum
{
  ALIGNMENT_FORM_FIELD_ID,
  ALIGNMENT_FORM_FIELD_TYPE,
  ALIGNMENT_FORM_FIELD_SENDER,
  ALIGNMENT_FORM_FIELD_START,
  ALIGNMENT_FORM_FIELD_END,
} AlignmentFormField;

typedef struct
{
  AlignmentFormField field;
  gboolean           is_error; /* else a warning: saved, but worth a look */
  char              *message;  /* translated, a full sentence */
} AlignmentFormMessage;

void       alignment_form_message_free     (AlignmentFormMessage *message);

/* What is wrong with @signal as part of @alignment_case, per field: a
 * missing or malformed id, an id another signal has, an end date before
 * the start date, an unknown sender, no start date, a date outside the
 * case's period.  A GPtrArray of AlignmentFormMessage, errors first. */
GPtrArray *alignment_form_validate_signal  (AlignmentCase        *alignment_case,
                                            AlignmentSignal      *signal);
/* The same check for an id the user is typing, before it is set: NULL
 * when @id could be the id of @signal, else a translated message. */
char      *alignment_form_check_id         (AlignmentSignalList  *signals,
                                            AlignmentSignal      *signal,
                                            const char           *id);

/* ---- Dates as typed -------------------------------------------------------- */

/* Reads a date the user typed (see alignment_date_parse_loose()).  Empty
 * text is a valid "no date" (*@julian = 0).  Returns FALSE with a
 * translated @message that says how to type a date otherwise; @julian is
 * then untouched.  A date without a year takes @default_year. */
gboolean   alignment_form_parse_date       (const char           *text,
                                            int                   default_year,
                                            guint32              *julian,
                                            char                **message);

/* ---- The case library ------------------------------------------------------ */

typedef enum
{
  ALIGNMENT_LIBRARY_SORT_TITLE,
  ALIGNMENT_LIBRARY_SORT_MODIFIED, /* newest first */
  ALIGNMENT_LIBRARY_SORT_PERIOD,   /* by first signal, newest first */
} AlignmentLibrarySort;

GType alignment_library_sort_get_type (void) G_GNUC_CONST;
#define ALIGNMENT_TYPE_LIBRARY_SORT (alignment_library_sort_get_type ())

/* What the library shows and searches of one case, computed once (in a
 * thread) when the file is read. */
typedef struct
{
  char    *title;
  char    *customer;
  char    *provider;
  guint32  first_day;      /* Julian, 0 when no signal is dated */
  guint32  last_day;
  guint    n_signals;
  guint    n_open_threads;
  /* Net trust delta of both parties over all realms, summed up to the
   * end of each month from the first to the last: the trend. */
  GArray  *trend;          /* of int */
  /* Case-folded title, parties and signal texts, for searching. */
  char    *search_text;
} AlignmentCaseSummary;

AlignmentCaseSummary *alignment_case_summary_new   (AlignmentCase              *alignment_case);
void                  alignment_case_summary_free  (AlignmentCaseSummary       *summary);

/* TRUE when every word of @query (case-folded) occurs in @summary's
 * search text; an empty query matches everything. */
gboolean   alignment_form_search_matches   (const char                 *search_text,
                                            const char                 *query);

/* Orders two library entries by @sort; @title_a is the title shown (the
 * file name when the case has none), @mtime the file's modification time
 * in seconds, @first_day the first signal's date (0: none, last). */
int        alignment_form_library_compare  (AlignmentLibrarySort        sort,
                                            const char                 *title_a,
                                            gint64                      mtime_a,
                                            guint32                     first_day_a,
                                            const char                 *title_b,
                                            gint64                      mtime_b,
                                            guint32                     first_day_b);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (AlignmentFormMessage, alignment_form_message_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (AlignmentCaseSummary, alignment_case_summary_free)

G_END_DECLS
