"""A review whose journal is damaged is set aside and the review starts over: the person is
told so, with where the damaged file is kept, instead of finding their decisions gone without
a word."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

from PySide6.QtCore import Qt

from model.session import ReopenReport

from .test_gui_main_window import open_and_wait, rule_model, sample, window  # noqa: F401


def test_a_damaged_review_is_said_when_it_starts_over(qtbot, window, sample):  # noqa: F811
    open_and_wait(qtbot, window, sample)
    qtbot.keyClick(window.workspace.table, Qt.Key.Key_W)
    journal = window.opened.session.journal_path
    window.opened.close()
    window.opened = None
    journal.write_bytes(b"\x13\x37 not a database any more " * 400)
    open_and_wait(qtbot, window, sample)
    summary = window.workspace.report_bar.summary()
    kept = next(journal.parent.glob(journal.name + ".damaged-*"))
    assert "was damaged" in summary and kept.name in summary and "starts over" in summary
    assert window.workspace.model.counts()["decided"] == 0


def test_the_damaged_review_note_speaks_dutch(dutch, qtbot):
    from desktop.main_window import MainWindow
    from desktop.workspace import Workspace

    main = MainWindow()
    qtbot.addWidget(main)
    ws = Workspace(main)
    opened = SimpleNamespace(
        session=SimpleNamespace(
            reopen_report=ReopenReport(damaged=Path("/data/sessions/x.sqlite.damaged-1"))
        ),
        context_restored=False,
    )
    (note,) = ws.reopen_notes(opened)
    assert "beschadigd" in note and "x.sqlite.damaged-1" in note
