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
/* The title of thread @number: its record's, or else (with *@is_default
 * set) the trigger of its opening signal, which is shown but never
 * written to the file.  "" when neither exists.  Newly allocated. */
char                *alignment_case_dup_thread_title   (AlignmentCase  *self,
                                                        guint           number,
                                                        gboolean       *is_default);
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
