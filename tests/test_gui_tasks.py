"""The task runner: results and errors on the GUI thread, cancel, stale results dropped."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QThread

from desktop.tasks import TaskRunner
from model.errors import InputError
from model.progress import checkpoint


@pytest.fixture
def runner(qtbot):
    r = TaskRunner()
    yield r
    r.shutdown()


def add(a, b, *, progress=None, cancel=None):
    checkpoint(progress, cancel, 1.0, "adding")
    return a + b, threading.current_thread().name


def fail(*, progress=None, cancel=None):
    raise InputError("contacts.csv", "no header found")


def wait_for(event: threading.Event, *, progress=None, cancel=None):
    """Blocks until released, then honours cancel like every core function."""
    event.wait(10)
    checkpoint(progress, cancel, 1.0)
    return "finished"


def test_result_arrives_on_the_gui_thread(runner, qtbot):
    got = []
    gui = QThread.currentThread()
    runner.run(add, 2, 3, on_done=lambda r: got.append((r, QThread.currentThread() is gui)))
    qtbot.waitUntil(lambda: bool(got))
    (value, worker_name), on_gui = got[0]
    assert value == 5
    assert on_gui
    assert worker_name.startswith("contact-ownership-task")
    assert not runner.is_running()


def test_error_is_delivered_not_raised(runner, qtbot):
    errors = []
    runner.run(fail, on_done=lambda r: pytest.fail("no result expected"), on_error=errors.append)
    qtbot.waitUntil(lambda: bool(errors))
    assert isinstance(errors[0], InputError)
    assert "contacts.csv: no header found" in str(errors[0])


def test_a_new_task_cancels_the_old_and_drops_its_result(runner, qtbot):
    release = threading.Event()
    first, second, discarded, errors = [], [], [], []
    runner.run(
        wait_for,
        release,
        on_done=first.append,
        on_error=errors.append,
        on_discard=discarded.append,
    )
    runner.run(add, 1, 1, on_done=second.append)
    release.set()
    qtbot.waitUntil(lambda: bool(second) and runner.pending() == 0)
    assert second[0][0] == 2
    # The first task saw its cancel flag, raised Cancelled, and nothing reached the callbacks.
    assert first == [] and errors == [] and discarded == []


def test_stale_result_is_discarded(runner, qtbot):
    release = threading.Event()
    got, discarded = [], []

    def slow_value(*, progress=None, cancel=None):
        release.wait(10)
        return "old"  # ignores cancel: a core function between two checkpoints

    runner.run(slow_value, on_done=got.append, on_discard=discarded.append)
    runner.run(add, 1, 2, on_done=got.append)
    release.set()
    qtbot.waitUntil(lambda: runner.pending() == 0)
    assert discarded == ["old"]
    assert [r[0] for r in got] == [3]


def test_cancel_ends_quietly(runner, qtbot):
    release = threading.Event()
    got, errors = [], []
    runner.run(wait_for, release, on_done=got.append, on_error=errors.append)
    runner.cancel()
    release.set()
    qtbot.waitUntil(lambda: runner.pending() == 0)
    assert got == [] and errors == []
    assert not runner.is_running()


def test_progress_panel_only_after_the_delay(runner, qtbot):
    release = threading.Event()
    busy, idle, progress = [], [], []
    runner.busy.connect(busy.append)
    runner.idle.connect(lambda: idle.append(True))
    runner.progressed.connect(lambda f, m: progress.append(f))

    def reports(*, progress=None, cancel=None):
        progress(0.5, "half")
        release.wait(10)
        return 1

    runner.run(add, 1, 1, label="quick")
    qtbot.waitUntil(lambda: runner.pending() == 0)
    assert busy == []  # a quick task never shows the panel
    runner.run(reports, label="slow one")
    with qtbot.waitSignal(runner.busy, timeout=5000):
        pass
    assert busy == ["slow one"]
    release.set()
    qtbot.waitUntil(lambda: bool(idle))
    assert 0.5 in progress


def test_many_results_do_not_drop_references_to_true(runner, qtbot):
    # PySide6 6.12.0's emit() loses a reference to True per call (desktop/qt_compat.py); after
    # enough emits the interpreter aborted ("deallocating True or False").
    import gc
    import sys

    gc.collect()
    before = sys.getrefcount(True)
    done = []
    for i in range(300):
        runner.run(add, i, 1, kind=f"k{i}", on_done=done.append)
    qtbot.waitUntil(lambda: len(done) == 300, timeout=20000)
    gc.collect()
    assert sys.getrefcount(True) >= before - 10
