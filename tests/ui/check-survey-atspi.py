#!/usr/bin/python3
# check-survey-atspi.py HARNESS CASE: the Survey view's tables as a
# screen reader meets them.  Starts the survey harness on CASE (the case
# of two rounds in tests/data) with the AT-SPI backend on and reads its
# tables of scores and asymmetry over the accessibility bus: names, rows,
# headers and each cell's text and description.
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
from atspi_common import atspi_env, find_app, require_atspi, wait_for, walk

Atspi = require_atspi()


def children(node):
    return [node.get_child_at_index(i) for i in range(node.get_child_count())]


def harness_tables():
    app = find_app(name=os.path.basename(sys.argv[1]))
    if app is None:
        return None
    tables = [n for n in walk(app) if n.get_role() == Atspi.Role.TABLE]
    return tables if len(tables) == 2 and tables[0].get_child_count() == 5 else None


harness = subprocess.Popen([sys.argv[1], sys.argv[2]], env=atspi_env())
try:
    scores, asymmetry = wait_for('the tables of the survey harness', harness_tables, timeout=30)

    # Named by their headings.
    assert scores.get_name() == 'Scores', scores.get_name()
    assert asymmetry.get_name() == 'Asymmetry', asymmetry.get_name()

    rows = children(scores)
    # A header row, then two rounds of two parties: rows only, no lines.
    assert [r.get_role() for r in rows] == [Atspi.Role.TABLE_ROW] * 5, [r.get_role_name() for r in rows]
    header = children(rows[0])
    # GTK 4.8 sends column headers over the bus as fillers: their names
    # are what a reader hears.
    assert len(header) == 5, len(header)
    assert [c.get_name() for c in header][:2] == ['Round', 'Party'], [c.get_name() for c in header]
    assert header[3].get_name() == 'Operational\ngood-faith effort', header[3].get_name()

    # Scores by hand: the comment of tests/ui/test-survey-view.c.
    provider_q1 = children(rows[4])
    assert [c.get_role() for c in provider_q1] == [Atspi.Role.ROW_HEADER] * 2 + [Atspi.Role.TABLE_CELL] * 3
    assert provider_q1[0].get_name() == 'Q1 2024 review\n31 March 2024', provider_q1[0].get_name()
    assert provider_q1[1].get_name() == 'IT service provider'
    assert [c.get_name() for c in provider_q1[2:]] == \
        ['5.00\nn = 2 · 5.00–5.00', '5.50\nn = 2 · 5.00–6.00', '5.50\nn = 2 · 5.00–6.00'], \
        [c.get_name() for c in provider_q1[2:]]
    assert provider_q1[3].get_description() == \
        'IT service provider, Operational — good-faith effort, in “Q1 2024 review”: 5.50 from 2 respondents, ' \
        '5.00 to 6.00', provider_q1[3].get_description()
    print('ok: the table of scores reads as the figure')

    rows = children(asymmetry)
    assert len(rows) == 3, len(rows)
    kickoff = children(rows[1])
    assert kickoff[1].get_name() == \
        'Shipbuilder (customer) trusts IT service provider more: 5.50 against 4.25, 1.25 apart', kickoff[1].get_name()
    assert kickoff[1].get_description() == \
        'Contractual, in “Kick-off survey”: Shipbuilder (customer) trusts IT service provider more: ' \
        '5.50 against 4.25, 1.25 apart', kickoff[1].get_description()
    print('ok: the asymmetry reads in words')
finally:
    harness.terminate()
    harness.wait(10)
