# atspi_common.py: what the checks over the accessibility bus share
#
# Each check-*.py starts a program of the build with GTK's AT-SPI backend
# on and reads it as a screen reader does.  First it calls
# require_atspi(), which exits 77 (skipped) with
# ALIGNMENT_SKIP_DISPLAY_TESTS set or without python3's gi and Atspi, and
# 1 (failed) without a display; then it finds the program on the bus and
# waits for what it checks to show.
#
# SPDX-License-Identifier: GPL-3.0-or-later

import os
import sys
import time

SKIP = 77


def require_atspi():
    """Returns the Atspi module, or exits as described above."""
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
    return Atspi


def atspi_env(**extra):
    """The environment for a program to be read over the bus."""
    env = dict(os.environ, GTK_A11Y='atspi', **extra)
    env.pop('NO_AT_BRIDGE', None)
    return env


def find_app(name=None, pid=None):
    """The application on the bus named @name, or with process id @pid."""
    from gi.repository import Atspi

    desktop = Atspi.get_desktop(0)
    for i in range(desktop.get_child_count()):
        app = desktop.get_child_at_index(i)
        try:
            if app is not None and (app.get_process_id() == pid if pid is not None
                                    else app.get_name() == name):
                return app
        except Exception:
            pass
    return None


def walk(node, depth=0):
    """@node and the nodes below it, depth first; those that are gone
    (the program may change them while it is read) are passed over."""
    if node is None or depth > 60:
        return
    try:
        node.get_role()
        n = node.get_child_count()
    except Exception:
        return
    yield node
    for i in range(n):
        try:
            child = node.get_child_at_index(i)
        except Exception:
            continue
        yield from walk(child, depth + 1)


def find(node, predicate):
    """The first node below @node (itself included) that @predicate takes."""
    return next((n for n in walk(node) if predicate(n)), None)


def wait_for(what, predicate, timeout=60):
    """What @predicate returns once it is true; fails after @timeout s."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            found = predicate()
        except Exception:
            found = None
        if found:
            return found
        time.sleep(0.2)
    raise AssertionError('timed out waiting for ' + what)
