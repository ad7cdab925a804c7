#!/usr/bin/python3
# check-heatmap-atspi.py HARNESS: the heatmap's numbers as a screen reader
# meets them.  Starts the heatmap harness with the AT-SPI backend on and
# reads its accessible table over the accessibility bus: the row headers,
# the column headers, and each cell's value with its row and column.
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


def find_role(node, role, depth=0):
    if node is None or depth > 40:
        return None
    if node.get_role() == role:
        return node
    for i in range(node.get_child_count()):
        found = find_role(node.get_child_at_index(i), role, depth + 1)
        if found is not None:
            return found
    return None


def children(node):
    return [node.get_child_at_index(i) for i in range(node.get_child_count())]


env = dict(os.environ, GTK_A11Y='atspi')
env.pop('NO_AT_BRIDGE', None)
harness = subprocess.Popen([sys.argv[1]], env=env)
try:
    table = None
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        app = find_app(os.path.basename(sys.argv[1]))
        table = find_role(app, Atspi.Role.TABLE) if app is not None else None
        if table is not None and table.get_child_count() == 7:
            break
        time.sleep(0.2)
    assert table is not None, 'no accessible table in the harness'

    assert table.get_name() == 'Trust deltas by party, realm and bucket', table.get_name()
    rows = children(table)
    # A header row and the six rows of the figure.
    assert len(rows) == 7, len(rows)
    assert all(r.get_role() == Atspi.Role.TABLE_ROW for r in rows)
    assert [c.get_name() for c in children(rows[0])] == \
        ['Month', '2024-02', '2024-03', '2024-04', '2024-05'], [c.get_name() for c in children(rows[0])]

    # Figures by hand: tests/core/test-analysis.c, by month.
    operational = children(rows[2])
    assert operational[0].get_role() == Atspi.Role.ROW_HEADER
    assert operational[0].get_name() == 'Customer · Operational — good-faith effort'
    assert [c.get_role() for c in operational[1:]] == [Atspi.Role.TABLE_CELL] * 4
    assert [c.get_name() for c in operational[1:]] == ['0', '\u22123', '+1', '+1']
    # Each cell says its row and column too.
    assert operational[2].get_description() == \
        'Customer · Operational — good-faith effort, 2024-03: \u22123', operational[2].get_description()
    provider = children(rows[5])
    assert provider[0].get_name() == 'Service provider · Operational — good-faith effort'
    assert [c.get_name() for c in provider[1:]] == ['+1', '\u22122', '\u22121', '+1']
    print('ok: the accessible table reads as the figure')
finally:
    harness.terminate()
    harness.wait(10)
