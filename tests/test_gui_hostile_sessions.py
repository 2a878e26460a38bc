"""Issue 13 items 6 and 7 in the app: a data folder that cannot be written opens the export
with a banner; a second app on the same export is told, in one line."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from model import journal as journal_module

from .test_hostile_sessions import _holder

HEADER = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"


@pytest.fixture
def window(main_window):
    return main_window


@pytest.fixture
def export(tmp_path):
    path = tmp_path / "Connections.csv"
    rows = "".join(
        f"Ann{i},Smith{i},https://www.linkedin.com/in/a{i},,Acme B.V.,Engineer,05 Mar 2021\n"
        for i in range(6)
    )
    path.write_text(HEADER + rows)
    return path


def test_a_read_only_data_folder_opens_the_export_with_a_banner(qtbot, window, export, monkeypatch):
    def refuse(path):
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(journal_module, "_private_file", refuse)
    window.open_path(export)
    # the table page is shown one event-loop turn after the export is opened
    qtbot.waitUntil(
        lambda: window.opened is not None and window.stack.currentWidget() is window.workspace,
        timeout=60_000,
    )
    banner = window.workspace.unsaved_banner
    assert window.last_error == ""
    assert banner.isVisible() and "not being saved" in banner.text()
    assert "Permission denied" in banner.text()
    ws = window.workspace
    ws.review.select_display_row(0)
    ws.review.decide("work")
    assert window.opened.session.decision[0] == "work"

    # closing would lose that decision: asked first; Cancel keeps the window and the decision
    asked = []

    def answer(button):
        def warning(parent, title, text, *args):
            asked.append(text)
            return button

        return warning

    monkeypatch.setattr(QMessageBox, "warning", answer(QMessageBox.StandardButton.Cancel))
    window.open_path(export)  # opening another export would drop it just the same
    window.close()
    assert len(asked) == 2 and "1 in all" in asked[0] and window.isVisible()
    assert window.opened.session.decision[0] == "work"
    monkeypatch.setattr(QMessageBox, "warning", answer(QMessageBox.StandardButton.Discard))
    window.close()
    assert len(asked) == 3 and not window.isVisible() and window.opened is None


def test_a_disk_that_fills_up_mid_review_keeps_every_decision_with_a_banner(
    qtbot, window, export, monkeypatch
):
    from PySide6.QtCore import Qt

    from .test_session import _fill_the_disk

    asked, answers = [], [QMessageBox.StandardButton.Cancel]

    def warning(parent, title, text, *args):
        asked.append(text)
        return answers.pop(0) if answers else QMessageBox.StandardButton.Discard

    monkeypatch.setattr(QMessageBox, "warning", warning)
    window.open_path(export)
    qtbot.waitUntil(lambda: window.opened is not None, timeout=60_000)
    ws = window.workspace
    session = window.opened.session
    assert not ws.unsaved_banner.isVisible()
    ws.review.select_display_row(0)
    qtbot.keyClick(ws.table, Qt.Key.Key_W)
    _fill_the_disk(session)
    ws.review.select_display_row(1)
    qtbot.keyClicks(ws.details.note, "x" * 2500)  # saved as it is typed: more than fits
    qtbot.waitUntil(lambda: len(session.note[1]) == 2500, timeout=10_000)
    ws.table.setFocus()
    for _ in range(4):
        qtbot.keyClick(ws.table, Qt.Key.Key_P)
    assert window.last_error == ""  # no error box per key press
    assert ws.unsaved_banner.isVisible() and "full" in ws.unsaved_banner.text()
    assert (session.decision != "").sum() == 5
    window.close()  # the decisions in memory are not dropped unasked
    assert len(asked) == 1 and "5 in all" in asked[0] and window.isVisible()


def test_a_saved_session_shows_no_banner(qtbot, window, export):
    window.open_path(export)
    qtbot.waitUntil(lambda: window.opened is not None, timeout=60_000)
    assert not window.workspace.unsaved_banner.isVisible()


def test_a_second_app_on_the_same_export_is_told_in_one_line(qtbot, window, export):
    proc = _holder(export)
    try:
        window.open_path(export)
        qtbot.waitUntil(lambda: bool(window.last_error), timeout=60_000)
    finally:
        proc.communicate("")
    assert "open in another Contact Ownership window" in window.last_error
    assert "Connections.csv" in window.last_error and "\n" not in window.last_error
    assert window.opened is None
