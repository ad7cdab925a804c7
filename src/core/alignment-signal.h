/* alignment-signal.h: one signal of the log, all 18 columns typed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "alignment-types.h"
#include "alignment-enums.h"

G_BEGIN_DECLS

#define ALIGNMENT_TYPE_SIGNAL (alignment_signal_get_type ())

G_DECLARE_FINAL_TYPE (AlignmentSignal, alignment_signal, ALIGNMENT, SIGNAL, GObject)

/* Properties (all readable and writable unless noted, notify on change):
 *   "id"                 string: "2c"
 *   "thread"             uint, read-only: 2 for "2c", 0 when the id has no number
 *   "letter"             string, read-only: "c" for "2c", "" when none
 *   "signal-type"        AlignmentSignalType
 *   "sender"             AlignmentParty
 *   "trigger"            string: trigger/reason
 *   "start-date"         GDate (boxed), NULL when not set
 *   "end-date"           GDate (boxed), NULL when not set
 *   "recipients"         string: recipients/participants
 *   "message"            string: message/content (channel or form)
 *   "goal"               string: goal of the signal
 *   "understood"         AlignmentUnderstood
 *   "urgency"            AlignmentUrgency: as intended
 *   "urgency-understood" AlignmentUrgency: as understood; unknown when the
 *                        sheet gives one urgency for both
 *   "reaction"           string: reaction of the receiver
 *   "customer-contractual", "customer-operational", "customer-relational",
 *   "provider-contractual", "provider-operational", "provider-relational"
 *                        AlignmentImpact: the six trust impacts
 *   "board"              string: the governance board the signal was
 *                        raised or aligned in, by name (see
 *                        alignment_case_get_boards())
 *   "escalation-level"   uint: the number of its escalation level, 0
 *                        when none is recorded
 *   "understood-estimate", "urgency-understood-estimate",
 *   "customer-contractual-estimate", … "provider-relational-estimate"
 *                        the other party's estimate of a perception (see
 *                        below); unknown when it made none
 * String properties are never NULL when read: unset text is "".
 */

AlignmentSignal     *alignment_signal_new                (const char          *id);

const char          *alignment_signal_get_id             (AlignmentSignal     *self);
void                 alignment_signal_set_id             (AlignmentSignal     *self,
                                                          const char          *id);
guint                alignment_signal_get_thread         (AlignmentSignal     *self);
const char          *alignment_signal_get_letter         (AlignmentSignal     *self);

AlignmentSignalType  alignment_signal_get_signal_type    (AlignmentSignal     *self);
void                 alignment_signal_set_signal_type    (AlignmentSignal     *self,
                                                          AlignmentSignalType  type);
AlignmentParty       alignment_signal_get_sender         (AlignmentSignal     *self);
void                 alignment_signal_set_sender         (AlignmentSignal     *self,
                                                          AlignmentParty       sender);

/* Dates are stored as Julian day numbers (GDate's), 0 when not set. */
guint32              alignment_signal_get_start_julian   (AlignmentSignal     *self);
guint32              alignment_signal_get_end_julian     (AlignmentSignal     *self);
void                 alignment_signal_set_start_julian   (AlignmentSignal     *self,
                                                          guint32              julian);
void                 alignment_signal_set_end_julian     (AlignmentSignal     *self,
                                                          guint32              julian);
/* Fill @date and return TRUE when set; FALSE and @date cleared otherwise. */
gboolean             alignment_signal_get_start_date     (AlignmentSignal     *self,
                                                          GDate               *date);
gboolean             alignment_signal_get_end_date       (AlignmentSignal     *self,
                                                          GDate               *date);
/* NULL or an invalid GDate clears the date. */
void                 alignment_signal_set_start_date     (AlignmentSignal     *self,
                                                          const GDate         *date);
void                 alignment_signal_set_end_date       (AlignmentSignal     *self,
                                                          const GDate         *date);

const char          *alignment_signal_get_trigger        (AlignmentSignal     *self);
void                 alignment_signal_set_trigger        (AlignmentSignal     *self,
                                                          const char          *text);
const char          *alignment_signal_get_recipients     (AlignmentSignal     *self);
void                 alignment_signal_set_recipients     (AlignmentSignal     *self,
                                                          const char          *text);
const char          *alignment_signal_get_message        (AlignmentSignal     *self);
void                 alignment_signal_set_message        (AlignmentSignal     *self,
                                                          const char          *text);
const char          *alignment_signal_get_goal           (AlignmentSignal     *self);
void                 alignment_signal_set_goal           (AlignmentSignal     *self,
                                                          const char          *text);
const char          *alignment_signal_get_reaction       (AlignmentSignal     *self);
void                 alignment_signal_set_reaction       (AlignmentSignal     *self,
                                                          const char          *text);

AlignmentUnderstood  alignment_signal_get_understood     (AlignmentSignal     *self);
void                 alignment_signal_set_understood     (AlignmentSignal     *self,
                                                          AlignmentUnderstood  understood);
AlignmentUrgency     alignment_signal_get_urgency        (AlignmentSignal     *self);
void                 alignment_signal_set_urgency        (AlignmentSignal     *self,
                                                          AlignmentUrgency     urgency);
AlignmentUrgency     alignment_signal_get_urgency_understood (AlignmentSignal *self);
void                 alignment_signal_set_urgency_understood (AlignmentSignal *self,
                                                              AlignmentUrgency urgency);

const char          *alignment_signal_get_board         (AlignmentSignal     *self);
void                 alignment_signal_set_board         (AlignmentSignal     *self,
                                                          const char          *board);
guint                alignment_signal_get_escalation_level (AlignmentSignal *self);
void                 alignment_signal_set_escalation_level (AlignmentSignal *self,
                                                            guint            level);

/* The impact of this signal on @party's trust in the other party, in @realm. */
AlignmentImpact      alignment_signal_get_impact         (AlignmentSignal     *self,
                                                          AlignmentParty       party,
                                                          AlignmentRealm       realm);
void                 alignment_signal_set_impact         (AlignmentSignal     *self,
                                                          AlignmentParty       party,
                                                          AlignmentRealm       realm,
                                                          AlignmentImpact      impact);

/* Estimates.  Each party is authoritative for its own perceptions: its
 * trust impacts, and, as the receiver, whether it understood a signal
 * and the urgency it understood.  What the other party thinks of them is
 * kept beside them as that party's estimate: the provider's estimate of
 * the customer's impacts, the sender's estimate of "understood".  An
 * estimate never stands in for the value it estimates. */
AlignmentImpact      alignment_signal_get_impact_estimate (AlignmentSignal   *self,
                                                           AlignmentParty     party,
                                                           AlignmentRealm     realm);
void                 alignment_signal_set_impact_estimate (AlignmentSignal   *self,
                                                           AlignmentParty     party,
                                                           AlignmentRealm     realm,
                                                           AlignmentImpact    impact);
AlignmentUnderstood  alignment_signal_get_understood_estimate (AlignmentSignal *self);
void                 alignment_signal_set_understood_estimate (AlignmentSignal *self,
                                                               AlignmentUnderstood understood);
AlignmentUrgency     alignment_signal_get_urgency_understood_estimate (AlignmentSignal *self);
void                 alignment_signal_set_urgency_understood_estimate (AlignmentSignal *self,
                                                                       AlignmentUrgency urgency);
/* TRUE when the signal holds any estimate. */
gboolean             alignment_signal_has_estimates      (AlignmentSignal     *self);

/* Elements of other vocabularies found inside this signal's element,
 * kept verbatim (serialised XML) so that a save gives them back.  NULL
 * when there are none. */
GPtrArray           *alignment_signal_get_foreign        (AlignmentSignal     *self);
void                 alignment_signal_add_foreign        (AlignmentSignal     *self,
                                                          const char          *xml);

/* The stable id: a UUID that stays with the signal through every edit,
 * save, export and merge, while the visible id ("2c") may change.  NULL
 * until a save, an export or a merge asks for it (or a file gave it);
 * setting it is not an edit and goes into no history. */
const char          *alignment_signal_get_stable_id      (AlignmentSignal     *self);
void                 alignment_signal_set_stable_id      (AlignmentSignal     *self,
                                                          const char          *stable_id);
/* The stable id, given a new random one first when it has none.  Safe to
 * call from a saving thread while the main thread reads the signal. */
const char          *alignment_signal_ensure_stable_id   (AlignmentSignal     *self);
gboolean             alignment_signal_stable_id_is_valid (const char          *stable_id);

/* TRUE when every column and foreign element of @a and @b are the same
 * (the stable id is who a signal is, not one of its columns: not
 * compared). */
gboolean             alignment_signal_equal              (AlignmentSignal     *a,
                                                          AlignmentSignal     *b);
/* A deep copy with the same values: a new signal (pasted, duplicated),
 * so without the stable id. */
AlignmentSignal     *alignment_signal_copy               (AlignmentSignal     *self);
/* The same signal again: a deep copy that keeps the stable id (for
 * snapshots and merges). */
AlignmentSignal     *alignment_signal_clone              (AlignmentSignal     *self);

/* Splits "12bc" into 12 and "bc".  Returns FALSE when @id is not a thread
 * number followed by lowercase or uppercase ASCII letters (or nothing). */
gboolean             alignment_signal_id_parse           (const char          *id,
                                                          guint               *thread,
                                                          const char         **letter);

/* The letters of a thread count like spreadsheet columns: "a" = 1 …
 * "z" = 26, "aa" = 27, ignoring case, so that the next letter of a thread
 * and the gaps in it agree with alignment_signal_compare()'s order.  0
 * for no letters, or for a run so long (over 12) that nobody typed it to
 * count signals. */
guint64              alignment_signal_letters_to_index   (const char          *letters);
/* The letters of @index (>= 1), newly allocated; "" for 0. */
char                *alignment_signal_letters_from_index (guint64              index);

/* Orders signals by start date (undated last), then thread number, then
 * letter ("b" < "c" < "aa"), then id: within a thread, the order of the
 * alignment pattern. */
int                  alignment_signal_compare            (AlignmentSignal     *a,
                                                          AlignmentSignal     *b);

G_END_DECLS
