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

# Importing the shared module must not leave a __pycache__ in the sources.
sys.dont_write_bytecode = True
from atspi_common import atspi_env, find, find_app, require_atspi, wait_for

Atspi = require_atspi()


def children(node):
    return [node.get_child_at_index(i) for i in range(node.get_child_count())]


def harness_table():
    table = find(find_app(name=os.path.basename(sys.argv[1])), lambda n: n.get_role() == Atspi.Role.TABLE)
    return table if table is not None and table.get_child_count() == 7 else None


harness = subprocess.Popen([sys.argv[1]], env=atspi_env())
try:
    table = wait_for('the accessible table in the harness', harness_table, timeout=30)

    assert table.get_name() == 'Trust deltas by party, realm and bucket', table.get_name()
    rows = children(table)
    # A header row and the six rows of the figure.
    assert len(rows) == 7, len(rows)
    assert all(r.get_role() == Atspi.Role.TABLE_ROW for r in rows)
    assert [c.get_name() for c in children(rows[0])] == \
        ['Month', 'Feb 2024', 'Mar 2024', 'Apr 2024', 'May 2024', 'Total'], [c.get_name() for c in children(rows[0])]

    # Figures by hand: tests/core/test-analysis.c, by month.
    operational = children(rows[2])
    assert operational[0].get_role() == Atspi.Role.ROW_HEADER
    assert operational[0].get_name() == 'Customer · Operational — good-faith effort'
    assert [c.get_role() for c in operational[1:]] == [Atspi.Role.TABLE_CELL] * 5
    # The four months, then the row's total.
    assert [c.get_name() for c in operational[1:]] == ['0', '\u22123', '+1', '+1', '\u22121']
    # Each cell says its row and column too.
    assert operational[2].get_description() == \
        'Customer · Operational — good-faith effort, Mar 2024: \u22123', operational[2].get_description()
    assert operational[5].get_description() == \
        'Customer · Operational — good-faith effort, Total: \u22121', operational[5].get_description()
    provider = children(rows[5])
    assert provider[0].get_name() == 'Service provider · Operational — good-faith effort'
    assert [c.get_name() for c in provider[1:]] == ['+1', '\u22122', '\u22121', '+1', '\u22121']
    print('ok: the accessible table reads as the figure')

    # The choices above the figure are named by their labels.
    app = find_app(name=os.path.basename(sys.argv[1]))
    combos = []

    def collect(node):
        if node.get_role() == Atspi.Role.COMBO_BOX:
            combos.append(node.get_name())
        for child in children(node):
            collect(child)

    collect(app)
    assert combos == ['Columns', 'Show', 'Ratings'], combos
    print('ok: the dropdowns are named')
finally:
    harness.terminate()
    harness.wait(10)
