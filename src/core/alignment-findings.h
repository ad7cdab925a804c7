/* alignment-findings.h: what the threads of a case show, with the signals
 * behind each finding
 *
 * Built on alignment-analysis.h: the threads, their status, flags and
 * nets come from alignment_threads_compute(), the trajectories from
 * alignment_heatmap_compute(); this adds the steps of the alignment
 * pattern found in each thread and the case-level findings an account
 * manager reads first.  Signals are named by their position in the array
 * the findings were computed from, so a view can select them in its list.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "alignment-types.h"
#include "alignment-enums.h"
#include "alignment-analysis.h"

#include <gio/gio.h>

G_BEGIN_DECLS

/* ---- The steps of the alignment pattern ---------------------------------- */

typedef enum
{
  ALIGNMENT_STEP_NONE        = 0,
  /* a request or an escalation raises the issue */
  ALIGNMENT_STEP_DISCUSSION  = 1 << 0,
  /* the other side reacts, or a signal is understood as meant */
  ALIGNMENT_STEP_RECOGNITION = 1 << 1,
  /* an alignment event: both decide on the way forward */
  ALIGNMENT_STEP_DECISION    = 1 << 2,
} AlignmentSteps;

#define ALIGNMENT_STEPS_ALL (ALIGNMENT_STEP_DISCUSSION | ALIGNMENT_STEP_RECOGNITION | ALIGNMENT_STEP_DECISION)

/* The steps found in @thread's last cycle.  A cycle starts again where
 * an escalation follows an alignment event (the thread's RESTARTED
 * flag), so a restarted thread is judged by what happened since; the
 * number of cycles goes to @n_cycles when not NULL (0 for no signals). */
AlignmentSteps alignment_thread_get_steps (const AlignmentThread *thread,
                                           guint                 *n_cycles);

/* Translated names: "discussion"; "a signal was not understood".  Each
 * takes a single step or flag. */
const char    *alignment_step_get_label        (AlignmentSteps         step);
const char    *alignment_thread_flag_get_label (AlignmentThreadFlags   flag);

/* At most this many thread numbers or signal ids are listed in a
 * sentence; more are counted. */
#define ALIGNMENT_FINDINGS_MAX_LISTED 10

/* @flag of @thread as a sentence that names what it is about: "signals
 * 3c and 3d were not understood".  Free with g_free(). */
char          *alignment_thread_describe_flag  (const AlignmentThread *thread,
                                                AlignmentThreadFlags   flag);

/* ---- Case-level findings -------------------------------------------------- */

typedef enum
{
  ALIGNMENT_FINDING_MEDIAN_TIME,     /* median days to alignment */
  ALIGNMENT_FINDING_LONGEST_TIME,    /* the thread that took longest */
  ALIGNMENT_FINDING_OPEN_THREADS,
  ALIGNMENT_FINDING_PERCEPTION_GAP,  /* signals not understood */
  ALIGNMENT_FINDING_REALM_DESYNC,    /* one realm falls, the others hold */
  ALIGNMENT_FINDING_ESCALATION,      /* the highest escalation level reached */
  ALIGNMENT_FINDING_REALM_SHIFT,     /* raised in one realm, aligned in another */
} AlignmentFindingKind;

GType alignment_finding_kind_get_type (void) G_GNUC_CONST;
#define ALIGNMENT_TYPE_FINDING_KIND (alignment_finding_kind_get_type ())

typedef struct
{
  AlignmentFindingKind kind;
  char                *title;    /* translated: "Open threads" */
  char                *summary;  /* translated sentence with the figures */
  GArray              *signals;  /* guint positions of the signals behind it */
} AlignmentFinding;

/* One thread with what the findings add to it. */
typedef struct
{
  AlignmentThread *thread;     /* borrowed from AlignmentFindings.threads */
  guint            opening;    /* position of its first signal */
  AlignmentSteps   steps;      /* of its last cycle */
  guint            n_cycles;
  /* Where the misalignment showed: the realms in which a party's trust
   * fell before the thread's first alignment event (or anywhere in it,
   * when it fell only later); none when no trust fell. */
  AlignmentRealmFlags raised_in;
  /* Where alignment was reached, as the case's thread record tells it
   * (alignment_findings_add_thread_records()); none until then. */
  AlignmentRealmFlags aligned_in;
} AlignmentThreadReport;

/* Signals not understood, over one group (a sender, a channel). */
typedef struct
{
  char  *name;              /* the channel as first written; NULL for senders */
  guint  n_signals;         /* whose understanding is known */
  guint  n_not_understood;
} AlignmentUnderstanding;

typedef struct
{
  GPtrArray             *threads;  /* of AlignmentThread, by number */
  GArray                *reports;  /* of AlignmentThreadReport, the same order */

  /* Time to alignment over the aligned threads whose days are known. */
  guint                  n_timed;
  double                 median_days;      /* -1 when n_timed is 0 */
  int                    longest_days;     /* -1 when n_timed is 0 */
  guint                  longest_thread;   /* its number, 0 when none */

  guint                  n_open;

  /* Perception gap: the signals whose "understood" is yes or no. */
  AlignmentUnderstanding understood;                       /* all */
  AlignmentUnderstanding by_sender[ALIGNMENT_N_PARTIES];   /* party index */
  /* By channel (the message field, compared without case and outer
   * spaces): a GPtrArray of AlignmentUnderstanding, most not understood
   * first, then most signals, then by name. */
  GPtrArray             *by_channel;

  /* Realm desynchronisation: per party index, the realm whose trust
   * keeps falling (losses in two months or more, a negative total) while
   * the party's other two realms hold (totals >= 0); -1 when none. */
  int                    desync_realm[ALIGNMENT_N_PARTIES];
  /* That realm's running sum at its lowest month. */
  int                    desync_lowest[ALIGNMENT_N_PARTIES];

  /* Realm shifts: how many threads raised in realm [r] were aligned in
   * realm [a] (a realm the thread was not raised in), once the thread
   * records were added. */
  guint                  realm_shifts[ALIGNMENT_N_REALMS][ALIGNMENT_N_REALMS];

  /* The findings to show, in the order of AlignmentFindingKind; a kind
   * with nothing to say is left out. */
  GPtrArray             *findings;  /* of AlignmentFinding */
} AlignmentFindings;

AlignmentFindings *alignment_findings_compute (AlignmentSignal *const *signals,
                                               guint                   n_signals);
void               alignment_findings_free    (AlignmentFindings      *findings);

/* Adds what the case tells about its threads (a GListModel of
 * AlignmentThreadRecord) to findings computed from the same @signals:
 * each report's aligned_in, and the thesis's pattern of misalignment
 * raised in one realm and settled in another, counted per pair of realms
 * with the threads behind it (ALIGNMENT_FINDING_REALM_SHIFT). */
void               alignment_findings_add_thread_records (AlignmentFindings      *findings,
                                                          AlignmentSignal *const *signals,
                                                          guint                   n_signals,
                                                          GListModel             *records);

/* The report of thread @number, or NULL. */
const AlignmentThreadReport *alignment_findings_get_report (const AlignmentFindings *findings,
                                                            guint                    number);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (AlignmentFindings, alignment_findings_free)

G_END_DECLS
