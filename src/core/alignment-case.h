/* alignment-case.h: one partnership topic over a period, with its signals
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "alignment-types.h"
#include "alignment-enums.h"

G_BEGIN_DECLS

#define ALIGNMENT_TYPE_CASE (alignment_case_get_type ())
#define ALIGNMENT_TYPE_COPY_OWNER (alignment_copy_owner_get_type ())

/* Whose copy of the case a file is.  The token in the file is the nick. */
typedef enum
{
  ALIGNMENT_COPY_OWNER_UNKNOWN = 0,
  ALIGNMENT_COPY_OWNER_CUSTOMER,
  ALIGNMENT_COPY_OWNER_PROVIDER,
  ALIGNMENT_COPY_OWNER_JOINT,
} AlignmentCopyOwner;

GType alignment_copy_owner_get_type (void) G_GNUC_CONST;
const char *alignment_copy_owner_to_token   (AlignmentCopyOwner  owner);
gboolean    alignment_copy_owner_from_token (const char         *token,
                                             AlignmentCopyOwner *owner);

/* One fact the two copies of a merge changed differently: see
 * alignment-merge.h. */
typedef struct _AlignmentConflict AlignmentConflict;

/* Whose copy, copy-of, the base and the conflicts as one immutable,
 * reference-counted value: the case's "exchange" property, so that the
 * history can undo a merge, a shared copy or a decided conflict. */
typedef struct _AlignmentExchange AlignmentExchange;
#define ALIGNMENT_TYPE_EXCHANGE (alignment_exchange_get_type ())
GType alignment_exchange_get_type (void) G_GNUC_CONST;
void  alignment_exchange_unref    (AlignmentExchange *exchange);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (AlignmentExchange, alignment_exchange_unref)

G_DECLARE_FINAL_TYPE (AlignmentCase, alignment_case, ALIGNMENT, CASE, GObject)

/* Properties: "title", "customer-name", "provider-name", "context" (long
 * text), "period-start" and "period-end" (GDate boxed, NULL when not set).
 * Strings are never NULL when read.  The lists below are owned by the case
 * and live as long as it does. */

AlignmentCase       *alignment_case_new                (void);

const char          *alignment_case_get_title          (AlignmentCase  *self);
void                 alignment_case_set_title          (AlignmentCase  *self,
                                                        const char     *title);
const char          *alignment_case_get_customer_name  (AlignmentCase  *self);
void                 alignment_case_set_customer_name  (AlignmentCase  *self,
                                                        const char     *name);
const char          *alignment_case_get_provider_name  (AlignmentCase  *self);
void                 alignment_case_set_provider_name  (AlignmentCase  *self,
                                                        const char     *name);
/* The case's name for @party: the customer or provider name, or a generic
 * translated "Customer"/"Service provider" when that is empty. */
const char          *alignment_case_get_party_name     (AlignmentCase  *self,
                                                        AlignmentParty  party);
const char          *alignment_case_get_context        (AlignmentCase  *self);
void                 alignment_case_set_context        (AlignmentCase  *self,
                                                        const char     *context);

/* Julian day numbers, 0 when not set. */
guint32              alignment_case_get_period_start   (AlignmentCase  *self);
guint32              alignment_case_get_period_end     (AlignmentCase  *self);
void                 alignment_case_set_period_start   (AlignmentCase  *self,
                                                        guint32         julian);
void                 alignment_case_set_period_end     (AlignmentCase  *self,
                                                        guint32         julian);

/* A GListStore of AlignmentStakeholder, in order. */
GListStore          *alignment_case_get_stakeholders   (AlignmentCase  *self);
/* A GListStore of AlignmentLesson, in order. */
GListStore          *alignment_case_get_lessons        (AlignmentCase  *self);
/* A GListStore of AlignmentThreadRecord, in the order of the file: what
 * the case tells about its threads.  At most one record per number. */
GListStore          *alignment_case_get_thread_records (AlignmentCase  *self);
/* The record of thread @number, or NULL; borrowed. */
AlignmentThreadRecord *alignment_case_lookup_thread_record (AlignmentCase *self,
                                                          guint          number);
/* Whether thread @number has a title of its own (not the default). */
gboolean             alignment_case_has_thread_title   (AlignmentCase  *self,
                                                        guint           number);
/* The title of thread @number: its record's, or else (with *@is_default
 * set) the trigger of its opening signal, which is shown but never
 * written to the file.  "" when neither exists.  Newly allocated. */
char                *alignment_case_dup_thread_title   (AlignmentCase  *self,
                                                        guint           number,
                                                        gboolean       *is_default);
/* The titles of all threads at once, as alignment_case_dup_thread_title()
 * gives each: thread number (GUINT_TO_POINTER) to title, for every
 * thread that has a signal or a record.  One pass over the signals,
 * where asking thread by thread walks them once per thread. */
GHashTable          *alignment_case_dup_thread_titles  (AlignmentCase  *self);
/* Gives thread @from the number @to: renames its signals' ids ("3b"
 * becomes "7b") and its record.  Refuses, with G_IO_ERROR_EXISTS and a
 * message that says so, when a signal or record already uses @to.  The
 * caller makes it one undoable step (alignment_history_begin_group()). */
gboolean             alignment_case_renumber_thread    (AlignmentCase  *self,
                                                        guint           from,
                                                        guint           to,
                                                        GError        **error);
AlignmentSignalList *alignment_case_get_signals        (AlignmentCase  *self);
/* The signals in order, borrowed, as alignment_signal_list_peek() gives
 * them: valid until the list changes. */
AlignmentSignal    **alignment_case_peek_signals       (AlignmentCase  *self,
                                                        guint          *n_signals);

/* Elements of other vocabularies directly inside the case element, kept
 * verbatim (serialised XML) for the round trip.  NULL when none. */
GPtrArray           *alignment_case_get_foreign        (AlignmentCase  *self);
void                 alignment_case_add_foreign        (AlignmentCase  *self,
                                                        const char     *xml);

/* The trust survey.  A GListStore of AlignmentSurveyItem: the
 * questionnaire the case's rounds were answered with, empty when the case
 * has none. */
GListStore          *alignment_case_get_survey_items   (AlignmentCase  *self);
/* A GListStore of AlignmentSurveyRound, in order. */
GListStore          *alignment_case_get_survey_rounds  (AlignmentCase  *self);
/* Appends @round, first giving a case without a questionnaire the
 * default one (alignment_survey_add_default()). */
void                 alignment_case_add_survey_round   (AlignmentCase        *self,
                                                        AlignmentSurveyRound *round);
/* Whose copy this is, its own id (a UUID, NULL until a save, a copy or a
 * merge asks for it), and the id of the case it was copied from (NULL
 * when it is no copy).  The id is no edit.  The owner, copy-of, the base
 * and the conflicts are: each change notifies "exchange", which the
 * history records (see alignment_case_dup_exchange()). */
AlignmentCopyOwner   alignment_case_get_owner          (AlignmentCase  *self);
void                 alignment_case_set_owner          (AlignmentCase  *self,
                                                        AlignmentCopyOwner owner);
const char          *alignment_case_get_case_id        (AlignmentCase  *self);
void                 alignment_case_set_case_id        (AlignmentCase  *self,
                                                        const char     *case_id);
const char          *alignment_case_ensure_case_id     (AlignmentCase  *self);
const char          *alignment_case_get_copy_of        (AlignmentCase  *self);
void                 alignment_case_set_copy_of        (AlignmentCase  *self,
                                                        const char     *case_id);
/* Gives the case and every signal a stable id where they have none. */
void                 alignment_case_ensure_stable_ids  (AlignmentCase  *self);

/* The signals as they were when this copy last exchanged with the other
 * party (a GPtrArray of AlignmentSignal, borrowed), or NULL when it never
 * did: the base of the next merge.  set_base takes a reference. */
GPtrArray           *alignment_case_get_base           (AlignmentCase  *self);
void                 alignment_case_set_base           (AlignmentCase  *self,
                                                        GPtrArray      *signals);
/* The case's details (the names alignment_case_list_details() gives:
 * "title", "customer-name", "provider-name", "context", "period-start",
 * "period-end") as they were at the last exchange: name → text as the
 * file writes it, a detail not set left out; NULL when not known (a file
 * from before details were merged).  The table is never changed once
 * set: set_base_details takes a reference. */
const char * const *alignment_case_list_details      (guint          *n_details);
GHashTable          *alignment_case_dup_details        (AlignmentCase  *self);
GHashTable          *alignment_case_get_base_details   (AlignmentCase  *self);
void                 alignment_case_set_base_details   (AlignmentCase  *self,
                                                        GHashTable     *details);
/* The stakeholders and lessons as they were at the last exchange, or
 * NULL when not known (a file from before they were kept).  The stores
 * are not changed once set: the setters take a reference. */
GListStore          *alignment_case_get_base_stakeholders (AlignmentCase *self);
void                 alignment_case_set_base_stakeholders (AlignmentCase *self,
                                                           GListStore    *stakeholders);
GListStore          *alignment_case_get_base_lessons   (AlignmentCase  *self);
void                 alignment_case_set_base_lessons   (AlignmentCase  *self,
                                                        GListStore     *lessons);
/* The report of the last merge (alignment_merge()), with what was
 * decided since; NULL when there is none. */
const char          *alignment_case_get_merge_report   (AlignmentCase  *self);
void                 alignment_case_set_merge_report   (AlignmentCase  *self,
                                                        const char     *report);
/* Makes the signals, details, stakeholders and lessons as they are now
 * the base of the next merge. */
void                 alignment_case_remember_exchange  (AlignmentCase  *self);

/* The conflicts a merge left undecided (AlignmentConflict, borrowed, in
 * order); never NULL.  add_conflict takes ownership. */
GPtrArray           *alignment_case_get_conflicts      (AlignmentCase  *self);
void                 alignment_case_add_conflict       (AlignmentCase  *self,
                                                        AlignmentConflict *conflict);
/* A decided conflict leaves the case (see alignment_case_decide_conflict()
 * in alignment-merge.h); one left for later stays, marked. */
void                 alignment_case_remove_conflict    (AlignmentCase  *self,
                                                        guint           index);
void                 alignment_case_set_conflict_later (AlignmentCase  *self,
                                                        guint           index,
                                                        gboolean        later);
/* The "exchange" property: owner, copy-of, base and conflicts at once. */
AlignmentExchange   *alignment_case_dup_exchange       (AlignmentCase  *self);
void                 alignment_case_set_exchange       (AlignmentCase  *self,
                                                        AlignmentExchange *exchange);
/* A GListStore of AlignmentBoard, in order: the governance boards in
 * which signals are raised or aligned.  A new case holds the contract's
 * (alignment-governance.h). */
GListStore          *alignment_case_get_boards         (AlignmentCase  *self);
/* A GListStore of AlignmentEscalationLevel, in order of number.  A new
 * case holds the contract's three. */
GListStore          *alignment_case_get_escalation_levels (AlignmentCase *self);

/* TRUE when the two cases hold the same values, lists and signals. */
gboolean             alignment_case_equal              (AlignmentCase  *a,
                                                        AlignmentCase  *b);

G_END_DECLS
