#!/usr/bin/python3
# check-crash-recovery.py APP CASE: the real app, killed with SIGKILL
# after an edit, offers the edit back at its next start.
#
# Starts APP (the built alignment binary) on a temporary copy of CASE in
# a temporary data folder, with the recovery delay short.  Over the
# accessibility bus (as a user's clicks would) it adds a thread, waits for
# the recovery copy, kills the app, starts it again, answers "Restore",
# saves ("Overwrite": what the file holds after a crash is not known) and
# quits through the app's D-Bus action; then the file has the edit and
# the recovery folder is empty.
#
# Needs a display and a D-Bus session (build-aux/run-tests gives both) and
# Debian's python3 with gi and Atspi.  Without a display it fails unless
# ALIGNMENT_SKIP_DISPLAY_TESTS is set; without Atspi it is skipped (77).
#
# SPDX-License-Identifier: GPL-3.0-or-later

import glob
import os
import shutil
import signal
import subprocess
import sys
import tempfile

# Importing the shared module must not leave a __pycache__ in the sources.
sys.dont_write_bytecode = True
from atspi_common import atspi_env, find, find_app, require_atspi, walk, wait_for

# The build's own id: a development build is org.example.Alignment.Devel.
APP_ID = os.environ.get('ALIGNMENT_APP_ID', 'org.example.Alignment')

Atspi = require_atspi()


def count_signals(path):
    with open(path, encoding='utf-8') as f:
        return f.read().count('<signal ')


def find_button(pid, name):
    # GTK 4.8 names a button with a mnemonic "_Save Save", and does not
    # report SHOWING: the label and sensitivity decide.
    app = find_app(pid=pid)
    for node in walk(app):
        node_name = node.get_name() or ''
        if node.get_role() == Atspi.Role.PUSH_BUTTON \
                and (node_name == name or node_name.endswith(' ' + name)) \
                and node.get_state_set().contains(Atspi.StateType.SENSITIVE):
            return node
    return None


def find_text(pid, part):
    return find(find_app(pid=pid), lambda node: part in (node.get_name() or ''))


def frame_title(pid):
    app = find_app(pid=pid)
    for i in range(app.get_child_count()):
        child = app.get_child_at_index(i)
        if child.get_role() == Atspi.Role.FRAME and child.get_state_set().contains(Atspi.StateType.SHOWING):
            return child.get_name()
    return None


def click(pid, name):
    button = wait_for('the button “%s”' % name, lambda: find_button(pid, name))
    button.do_action(0)


tmp = tempfile.mkdtemp(prefix='check-crash-recovery-')
data_home = os.path.join(tmp, 'data')
case = os.path.join(tmp, 'case.alignment')
shutil.copyfile(sys.argv[2], case)
recovery = os.path.join(data_home, 'alignment', 'recovery')
n_before = count_signals(case)

env = atspi_env(XDG_DATA_HOME=data_home, ALIGNMENT_RECOVERY_DELAY_MS='500')


def copies():
    return glob.glob(os.path.join(recovery, '*.alignment'))


def copy_with_edit():
    found = copies()
    return len(found) == 1 and count_signals(found[0]) == n_before + 1


app = None
try:
    # The first run: one edit, a copy, and the kill.
    app = subprocess.Popen([sys.argv[1], case], env=env)
    title = wait_for('the case to load', lambda: (frame_title(app.pid) or '').startswith('Moving'))
    click(app.pid, 'New Thread')
    wait_for('the title to say “unsaved”', lambda: (frame_title(app.pid) or '').startswith('• '))
    wait_for('the recovery copy with the edit', copy_with_edit)
    app.send_signal(signal.SIGKILL)
    app.wait()
    assert copy_with_edit(), copies()
    assert count_signals(case) == n_before
    print('killed with an edit unsaved; the recovery copy has it')

    # The second run: asked, restored, saved.
    app = subprocess.Popen([sys.argv[1], case], env=env)
    wait_for('the question about the copy', lambda: find_text(app.pid, 'Restore Unsaved Changes?'))
    assert find_text(app.pid, 'case.alignment') is not None, 'the question names the file'
    assert find_text(app.pid, 'ago') is not None, 'the question says how old the copy is'
    click(app.pid, 'Restore')
    wait_for('the restored edit, unsaved', lambda: (frame_title(app.pid) or '').startswith('• '))
    assert len(copies()) == 1, 'the copy stays until the case is saved'
    print('offered and restored: %s' % frame_title(app.pid))

    click(app.pid, 'Save')
    click(app.pid, 'Overwrite')
    wait_for('the save', lambda: count_signals(case) == n_before + 1)
    wait_for('the copy to go', lambda: len(copies()) == 0)
    print('saved: the file has the edit, no copy is left')

    # A normal quit leaves no copy either.  Under AddressSanitizer the
    # app answers the quit over D-Bus slowly: give it the time it takes.
    slow = 6 if os.environ.get('ASAN_OPTIONS') else 1
    subprocess.run(['gapplication', 'action', APP_ID, 'quit'], env=env, check=False, timeout=10 * slow)
    app.wait(timeout=20 * slow)
    assert copies() == [], copies()
    print('quit normally: no recovery copy left')
finally:
    if app is not None and app.poll() is None:
        app.kill()
        app.wait()
    shutil.rmtree(tmp, ignore_errors=True)
