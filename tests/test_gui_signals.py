"""A polite stop (SIGTERM: a logout, a `kill`; SIGINT: Ctrl+C in the terminal it was started
from; SIGHUP: that terminal closed) closes the app the normal way, as its window's close
button does: the note being typed is saved, the review closed, the settings kept. Before,
SIGTERM ended it at once (the last 250 ms of a note lost) and Ctrl+C printed a traceback on
the next repaint and left the app running."""

from __future__ import annotations

import os
import signal

import pytest

HEADER = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"


@pytest.fixture
def export(tmp_path):
    path = tmp_path / "Connections.csv"
    rows = "".join(
        f"Ann{i},Smith{i},https://www.linkedin.com/in/a{i},,Acme B.V.,Engineer,05 Mar 2021\n"
        for i in range(6)
    )
    path.write_text(HEADER + rows)
    return path


@pytest.mark.parametrize("number", [signal.SIGTERM, signal.SIGINT, signal.SIGHUP])
def test_a_stop_signal_closes_the_window_and_keeps_the_note(qtbot, main_window, export, number):
    from PySide6.QtWidgets import QApplication

    from desktop.app import quit_on_signals

    from .test_gui_main_window import open_and_wait

    window = main_window
    open_and_wait(qtbot, window, export)
    ws = window.workspace
    src = ws.model.source_row(0)
    session = window.opened.session
    ws.details.note.setFocus()
    qtbot.keyClicks(ws.details.note, "old school friend")  # not yet saved: the timer runs
    assert session.note[src] == ""
    restore = quit_on_signals(QApplication.instance())
    try:
        os.kill(os.getpid(), number)
        qtbot.waitUntil(lambda: not window.isVisible())
    finally:
        restore()
    assert window.opened is None  # closed the normal way: the review was closed
    assert session.note[src] == "old school friend"
    assert signal.getsignal(number) is not None and signal.set_wakeup_fd(-1) == -1
