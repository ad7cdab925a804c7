/* governance-test.h: the example case with governance on its signals
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "alignment-core.h"
#include "../test-example.h"

/* The example, its signals raised in boards and escalated (one to a
 * fourth level the case adds, with a name of its own), so that a round
 * trip that loses them shows. */
static inline AlignmentCase *
load_governed_example (void)
{
  AlignmentCase *self = load_example ();
  AlignmentSignalList *list = alignment_case_get_signals (self);
  AlignmentSignal **signals = alignment_signal_list_peek (list, NULL);
  g_autoptr(AlignmentEscalationLevel) fourth =
    alignment_escalation_level_new (4, "Board of directors", "Ending the contract");

  g_list_store_append (alignment_case_get_escalation_levels (self), fourth);
  alignment_signal_set_board (signals[alignment_signal_list_find_id (list, "1a")], "Steering board");
  alignment_signal_set_escalation_level (signals[alignment_signal_list_find_id (list, "1a")], 1);
  alignment_signal_set_board (signals[alignment_signal_list_find_id (list, "1b")], "Service review");
  alignment_signal_set_escalation_level (signals[alignment_signal_list_find_id (list, "1b")], 2);
  alignment_signal_set_board (signals[alignment_signal_list_find_id (list, "2c")], "Overleg, \"ad hoc\"\nmet beide");
  alignment_signal_set_escalation_level (signals[alignment_signal_list_find_id (list, "3d")], 4);

  return self;
}
