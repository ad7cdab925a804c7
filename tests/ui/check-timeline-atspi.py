#!/usr/bin/python3
# check-timeline-atspi.py HARNESS CASE: the timeline's signals as a screen
# reader meets them.  Starts the timeline harness with the AT-SPI backend
# on and reads the timeline's accessible list over the accessibility bus:
# one named and described list item per signal, in time order.
#
# Needs a display and a D-Bus session (build-aux/run-tests gives both) and
# Debian's python3 with gi and Atspi.  Without a display it fails unless
# ALIGNMENT_SKIP_DISPLAY_TESTS is set; without Atspi it is skipped (77).
#
# SPDX-License-Identifier: GPL-3.0-or-later

import os
import subprocess
import sys

# Importing the shared module must not leave a __pycache__ in the sources.
sys.dont_write_bytecode = True
from atspi_common import atspi_env, find, find_app, require_atspi, wait_for

Atspi = require_atspi()


def harness_timeline():
    timeline = find(find_app(name=os.path.basename(sys.argv[1])),
                    lambda n: n.get_role() == Atspi.Role.LIST and n.get_name() == 'Timeline of the signals')
    return timeline if timeline is not None and timeline.get_child_count() == 16 else None


harness = subprocess.Popen([sys.argv[1], sys.argv[2]], env=atspi_env())
try:
    timeline = wait_for('the accessible timeline in the harness', harness_timeline, timeout=30)

    items = [timeline.get_child_at_index(i) for i in range(timeline.get_child_count())]
    assert len(items) == 16, len(items)
    assert all(item.get_role() == Atspi.Role.LIST_ITEM for item in items)
    names = [item.get_name() for item in items]
    # In time order: 1a first, 2g (7 May) last; 2c before 2d on 1 April.
    assert names[0] == '1a, Request sent, Shipbuilder (customer), 2024-02-01', names[0]
    assert names[-1] == '2g, Alignment event, IT service provider, 2024-05-07', names[-1]
    assert [n.split(',')[0] for n in names] == \
        ['1a', '2a', '1b', '1c', '1d', '3a', '3b', '2b', '2c', '2d', '3c', '3d', '3e', '2e', '2f', '2g'], names
    # The description is the tooltip: type, dates, trigger, trust impacts.
    description = items[8].get_description()
    assert description.startswith('2c — Alignment event\n'), description
    assert 'Trust of IT service provider: honesty in exchange Positive' in description, description
    print('16 signals, named and described, in time order')
finally:
    harness.terminate()
    harness.wait()
