#!/usr/bin/python3
# check-editor-atspi.py APP CASE: the signal editor's text boxes as a
# screen reader meets them (issue 15).
#
# Starts APP (the built alignment binary) on CASE in a temporary data
# folder and reads it over the accessibility bus: the Message, Goal and
# Reaction text views are named after their visible headings, through a
# "labelled by" relation, not "GtkTextView".  The signal list's cells
# read their texts.
#
# Needs a display and a D-Bus session (build-aux/run-tests gives both) and
# Debian's python3 with gi and Atspi.  Without a display it fails unless
# ALIGNMENT_SKIP_DISPLAY_TESTS is set; without Atspi it is skipped (77).
#
# SPDX-License-Identifier: GPL-3.0-or-later

import shutil
import subprocess
import sys
import tempfile

# Importing the shared module must not leave a __pycache__ in the sources.
sys.dont_write_bytecode = True
from atspi_common import atspi_env, find_app, require_atspi, walk, wait_for

Atspi = require_atspi()

HEADINGS = [
    'Message or content (meeting, mail, workshop, …)',
    'Goal of the signal',
    'Reaction of the receiver',
]


def text_views(pid):
    """The editor's multi-line text boxes: (name, the names of what labels them)."""
    found = []
    for node in walk(find_app(pid=pid)):
        if node.get_role() != Atspi.Role.TEXT \
                or not node.get_state_set().contains(Atspi.StateType.MULTI_LINE):
            continue
        labels = []
        for relation in node.get_relation_set():
            if relation.get_relation_type() == Atspi.RelationType.LABELLED_BY:
                labels += [relation.get_target(i).get_name() for i in range(relation.get_n_targets())]
        found.append((node.get_name(), labels))
    return found


tmp = tempfile.mkdtemp(prefix='check-editor-atspi-')
app = None
try:
    app = subprocess.Popen([sys.argv[1], sys.argv[2]], env=atspi_env(XDG_DATA_HOME=tmp))
    views = wait_for('the editor\'s text boxes', lambda: text_views(app.pid) or None)
    names = [name for name, labels in views]
    print('multi-line text boxes:', views)
    for heading in HEADINGS:
        assert (heading, [heading]) in views, 'no text box named and labelled “%s” in %s' % (heading, names)
    print('the Message, Goal and Reaction boxes are labelled by their headings')

    # The signal list's cells are inscriptions, which lay out no text
    # until drawn: each still reads its text, and a trust cell says the
    # three realms.
    def cells():
        names = {}
        for node in walk(find_app(pid=app.pid)):
            if node.get_role() in (Atspi.Role.LABEL, Atspi.Role.IMAGE):
                names[node.get_name()] = node
        return names if '2a' in names else None

    names = wait_for('the signal list\'s cells', cells)
    for text in ['1a', '3e', 'Escalation sent', 'IT service provider', '2024-02-15']:
        assert text in names, 'no cell reads “%s”' % text
    trust = [name for name in names if name.startswith('Customer’s trust: Contractual (honesty in exchange): ')]
    assert trust, 'no trust cell says the customer’s trust in the three realms'
    print('the signal list\'s cells read', len(names), 'texts, e.g.', trust[0])
finally:
    if app is not None:
        app.kill()
        app.wait()
    shutil.rmtree(tmp, ignore_errors=True)
