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
import time

SKIP = 77

if os.environ.get('ALIGNMENT_SKIP_DISPLAY_TESTS'):
    print('ALIGNMENT_SKIP_DISPLAY_TESTS is set: no display tests')
    sys.exit(SKIP)
if not os.environ.get('DISPLAY') and not os.environ.get('WAYLAND_DISPLAY'):
    print('No display: run the tests under Xvfb (build-aux/run-tests does)')
    sys.exit(1)

try:
    import gi
    gi.require_version('Atspi', '2.0')
    from gi.repository import Atspi
except (ImportError, ValueError) as e:
    print('python3 has no gi or Atspi (%s): not checked' % e)
    sys.exit(SKIP)


def find_app(name):
    desktop = Atspi.get_desktop(0)
    for i in range(desktop.get_child_count()):
        app = desktop.get_child_at_index(i)
        if app is not None and app.get_name() == name:
            return app
    return None


def find_timeline(node, depth=0):
    if node is None or depth > 40:
        return None
    if node.get_role() == Atspi.Role.LIST and node.get_name() == 'Timeline of the signals':
        return node
    for i in range(node.get_child_count()):
        found = find_timeline(node.get_child_at_index(i), depth + 1)
        if found is not None:
            return found
    return None


env = dict(os.environ, GTK_A11Y='atspi')
env.pop('NO_AT_BRIDGE', None)
harness = subprocess.Popen([sys.argv[1], sys.argv[2]], env=env)
try:
    timeline = None
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        app = find_app(os.path.basename(sys.argv[1]))
        timeline = find_timeline(app) if app is not None else None
        if timeline is not None and timeline.get_child_count() == 16:
            break
        time.sleep(0.2)
    assert timeline is not None, 'no accessible timeline in the harness'

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
