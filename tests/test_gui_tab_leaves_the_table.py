"""From the keyboard alone: Tab leaves the contact table for the details (the consultant's
employer, category and note; HR's decision, its required note and Override) instead of
walking from cell to cell for good, and a note's Tab goes on rather than typing a tab."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.test_gui_main_window import (  # noqa: F401 - fixtures
    open_and_wait,
    rule_model,
    sample,
    window,
)


def _tab_until(qtbot, widget, limit: int = 12) -> int:
    """Press Tab until ``widget`` has the focus; the number of presses (fails past ``limit``)."""
    for presses in range(limit):
        if QApplication.focusWidget() is widget:
            return presses
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    raise AssertionError(f"{limit} presses of Tab never reached {type(widget).__name__}")


def test_the_consultant_tabs_from_the_table_to_the_note(qtbot, window, sample):  # noqa: F811
    open_and_wait(qtbot, window, sample)
    ws = window.workspace
    session = window.opened.session
    ws.table.setFocus()
    qtbot.keyClick(ws.table, Qt.Key.Key_Down)
    src = ws.review.current_source_row()
    qtbot.keyClick(ws.table, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not ws.table  # the table let go at once
    assert _tab_until(qtbot, ws.details.employer) <= 2  # employer and category on the way
    _tab_until(qtbot, ws.details.note)
    qtbot.keyClicks(ws.details.note, "met at a conference")
    qtbot.keyClick(ws.details.note, Qt.Key.Key_Escape)  # back to the table
    assert QApplication.focusWidget() is ws.table
    qtbot.waitUntil(lambda: session.note[src] == "met at a conference", timeout=3000)


def test_hr_overrides_with_a_note_from_the_keyboard_alone(qtbot, main_window, package):
    main_window.open_path(package)
    main_window.reviewer_dialog.setTextValue("Anne de Vries")
    main_window.reviewer_dialog.accept()
    qtbot.waitUntil(lambda: getattr(main_window, "hr_window", None) is not None, timeout=30_000)
    hr = main_window.hr_window
    review = hr.review
    hr.activateWindow()
    hr.table.setFocus()
    row = hr.current_row()
    details = hr.details
    qtbot.keyClick(hr.table, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not hr.table
    _tab_until(qtbot, details.work_radio)
    qtbot.keyClick(details.work_radio, Qt.Key.Key_Down)  # the arrows choose within the pair
    assert details.private_radio.isChecked()
    _tab_until(qtbot, details.note)
    qtbot.keyClicks(details.note, "a neighbour")
    qtbot.keyClick(details.note, Qt.Key.Key_Tab)  # goes on, no tab typed into the note
    assert details.note.toPlainText() == "a neighbour"
    assert QApplication.focusWidget() is details.override_button
    qtbot.keyClick(details.override_button, Qt.Key.Key_Space)
    person = review.contacts["final_suggestion"].iat[row]
    assert review.hr_decision[row] == ("agree" if person == "private" else "private")
    hr.close()
