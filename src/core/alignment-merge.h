/* alignment-merge.h: two parties' copies of one case, merged three-way
 *
 * Each party keeps its own copy of a case.  A merge brings the other
 * party's copy ("theirs") into this one ("ours") against the base: the
 * signals as they were when the two last exchanged (the base stored in
 * ours, see alignment_case_get_base(), or one given by the caller, such
 * as git's common ancestor).
 *
 * Matching.  Signals are matched by stable id (a UUID that no edit
 * changes).  Two signals of which at least one has no stable id (a file
 * written before stable ids) are matched by their visible id ("2c").
 *
 * Signals.  A signal added on either side is kept.  A signal deleted on
 * one side is deleted if the other side did not change it, and kept (as
 * changed) if it did.  A visible id that two additions share is made
 * unique by giving the second the next free letter of its thread.
 *
 * Facts (type, sender, dates, trigger, recipients, message, goal,
 * reaction) merge three-way: a change made on one side only is applied;
 * a fact changed differently on both sides is a conflict.  The merged
 * signal keeps our value, and the conflict (the field, both values and
 * both authors) is stored in the case until someone decides it, so that
 * no conflict ever vanishes.  Without a base every difference is a
 * conflict.
 *
 * Perceptions.  Each party is authoritative for its own perceptions:
 *   - the customer's trust impacts belong to the customer, the provider's
 *     to the provider;
 *   - "understood" and the urgency as understood belong to the receiver
 *     (the party that did not send the signal);
 *   - the urgency as intended belongs to the sender.
 * When the two copies hold different values, the value of the copy whose
 * owner (alignment_case_get_owner()) is that party wins, whatever the
 * base says: the other party's value was only its estimate, and is kept
 * as such (alignment_signal_get_impact_estimate() and the like) for the
 * agreement of the two parties (alignment-agreement.h).  When that copy
 * has no value, the other party's estimate fills the gap (the report
 * says so).  The estimates themselves belong to the party that made
 * them and merge by the same rule.  When neither copy is that party's, a joint copy
 * decides; when neither is joint either (or both copies have the same
 * owner, or owners are not known), the perception merges as a fact does.
 * A joint copy keeps both parties' perceptions side by side.  So two
 * parties' perceptions never conflict.
 *
 * Details.  The case's title, party names, context and period merge
 * three-way as facts do, against the base's details (see
 * alignment_case_get_base_details()); a conflict about them names
 * ALIGNMENT_CONFLICT_CASE as its signal.  Stakeholders and lessons have
 * no identity: an item is its values.  What theirs added since the base
 * is added and what theirs removed is removed; an edit is a removal and
 * an addition, so both texts stay.  Against a base that does not know
 * them (a file from before it kept them), what only theirs holds is
 * added and none is taken away.
 *
 * The result is a new case: ours, with the merged signals, details,
 * stakeholders and lessons, ours' and theirs' undecided conflicts and
 * the new ones, the merge's report (alignment_case_get_merge_report()),
 * and (unless asked not to) theirs as the base of the next merge.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "alignment-case.h"
#include "alignment-signal.h"

G_BEGIN_DECLS

/* The signal of a conflict about the case's own details (its title,
 * parties, context or period) rather than one of its signals. */
#define ALIGNMENT_CONFLICT_CASE "case"

struct _AlignmentConflict
{
  char *signal;         /* stable id, or visible id for a signal without one */
  char *signal_id;      /* visible id, for people; may be NULL */
  char *field;          /* property name: "start-date", "trigger", … */
  char *ours;           /* values as the file writes them; NULL: not set */
  char *ours_author;
  char *theirs;
  char *theirs_author;
  gboolean later;       /* the user left it for later: still to decide */
};

AlignmentConflict *alignment_conflict_new   (const char              *signal,
                                             const char              *signal_id,
                                             const char              *field,
                                             const char              *ours,
                                             const char              *ours_author,
                                             const char              *theirs,
                                             const char              *theirs_author);
AlignmentConflict *alignment_conflict_copy  (const AlignmentConflict *conflict);
void               alignment_conflict_free  (AlignmentConflict       *conflict);
gboolean           alignment_conflict_equal (const AlignmentConflict *a,
                                             const AlignmentConflict *b);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (AlignmentConflict, alignment_conflict_free)

typedef enum
{
  ALIGNMENT_MERGE_FLAGS_NONE      = 0,
  /* Leave ours' base as it is (a git merge: git keeps the ancestor). */
  ALIGNMENT_MERGE_FLAGS_KEEP_BASE = 1 << 0,
} AlignmentMergeFlags;

/* Merges @theirs into @ours against @base (the common ancestor, such as
 * git's, or an empty case for none; NULL for what ours last exchanged,
 * and without that a two-way merge).  Gives @ours and @theirs stable ids
 * where they lack them.  Returns the merged case; *@n_conflicts
 * (optional) gets the number of conflicts this merge added, and
 * *@report (optional) a text that tells what came from where and lists
 * the conflicts, which the result keeps too.  NULL with @error when
 * @ours cannot be copied (it holds what no file may hold, such as two
 * signals with one id). */
AlignmentCase     *alignment_merge          (AlignmentCase           *ours,
                                             AlignmentCase           *theirs,
                                             AlignmentCase           *base,
                                             AlignmentMergeFlags      flags,
                                             guint                   *n_conflicts,
                                             char                   **report,
                                             GError                 **error);

/* What a merge did, counted: the report's sections. */
typedef struct
{
  guint from_ours;      /* changes and additions of our copy */
  guint from_theirs;    /* of theirs */
  guint deleted;
  guint kept;           /* deleted on one side, changed on the other */
  guint perceptions;    /* decided by the party they belong to */
  guint renumbered;
  guint conflicts;      /* new conflicts */
} AlignmentMergeCounts;

/* alignment_merge(), and what it did counted in @counts. */
AlignmentCase     *alignment_merge_counted  (AlignmentCase           *ours,
                                             AlignmentCase           *theirs,
                                             AlignmentCase           *base,
                                             AlignmentMergeFlags      flags,
                                             AlignmentMergeCounts    *counts,
                                             char                   **report,
                                             GError                 **error);

/* A copy of @self for @owner's party: the same signals (same stable
 * ids), a case id of its own, copy-of @self's id, and the signals as
 * they are now as the base of both.  @self remembers the exchange. */
AlignmentCase     *alignment_merge_share_copy (AlignmentCase         *self,
                                               AlignmentCopyOwner     owner,
                                               GError               **error);

/* A deep copy of @self with the same ids, through the file format so
 * that it copies all the format holds. */
AlignmentCase     *alignment_merge_clone_case (AlignmentCase         *self,
                                               GError               **error);

/* How the user decides a conflict. */
typedef enum
{
  ALIGNMENT_CONFLICT_KEEP_OURS,    /* the value the case holds stays */
  ALIGNMENT_CONFLICT_KEEP_THEIRS,  /* the other copy's value replaces it */
  ALIGNMENT_CONFLICT_EDIT,         /* a third value, given */
  ALIGNMENT_CONFLICT_LATER,        /* stays in the case, marked */
} AlignmentConflictDecision;

/* Checks @text as a value of @field (a signal property a conflict
 * names): a date must be a date (YYYY-MM-DD, or as the editor accepts),
 * a choice one of its values.  Empty text clears an optional field.
 * Puts the value in @value (initialised here) when given. */
gboolean           alignment_conflict_parse_value (const char  *field,
                                                   const char  *text,
                                                   GValue      *value,
                                                   GError     **error);

/* The signal of @self a conflict is about (by stable id, else visible
 * id), or NULL when it is gone. */
AlignmentSignal   *alignment_case_find_conflict_signal (AlignmentCase           *self,
                                                        const AlignmentConflict *conflict);

/* Decides the @index-th conflict of @self: keeps ours or theirs, or sets
 * @value (EDIT only, checked by alignment_conflict_parse_value()),
 * removes the conflict and adds the decision to the merge report;
 * LATER marks it and keeps it.  The changes are
 * ordinary edits: group them in the document's history to undo them as
 * one step.  FALSE with @error for a value that is not valid (nothing
 * changes then). */
gboolean           alignment_case_decide_conflict (AlignmentCase             *self,
                                                   guint                      index,
                                                   AlignmentConflictDecision  decision,
                                                   const char                *value,
                                                   GError                   **error);

/* Makes @self what @merged (alignment_merge() of @self) holds: its
 * details, stakeholders, lessons, signals and exchange (base, conflicts
 * and report), as edits
 * the history records: group them to undo the merge as one step. */
void               alignment_merge_apply          (AlignmentCase  *self,
                                                   AlignmentCase  *merged);

/* The name of the @index'th field of a signal that a merge compares, or
 * NULL past the last: the names a conflict's field takes. */
const char        *alignment_merge_signal_field   (guint           index);

/* The number of conflicts still to decide, and of those left for later. */
guint              alignment_case_count_conflicts (AlignmentCase  *self,
                                                   guint          *n_later);

G_END_DECLS
