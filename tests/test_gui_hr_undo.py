"""Edit ▸ Undo / Redo in HR mode, driven from the keyboard and the menu with pytest-qt: enabled
only when there is something to undo or redo, the status bar says what was undone, the table
and the details show it, and a sign-off disables both."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from desktop.hr.table import HR
from desktop.hr.window import HrWindow
from model.hr.review import HrReview


def _window(qtbot, review, language="en") -> HrWindow:
    hr = HrWindow(review, language)
    qtbot.addWidget(hr)
    hr.show()
    hr.activateWindow()
    qtbot.waitUntil(hr.isActiveWindow)
    return hr


def _hr_cell(hr: HrWindow, review_row: int) -> str:
    """What the table's HR column shows for the review's row."""
    return str(hr.model.index(hr.model.table_row(review_row), HR).data())


def test_undo_and_redo_hr_decisions_from_the_keyboard(qtbot, package):
    review = HrReview.open(package, "Anne de Vries")
    hr = _window(qtbot, review)
    edit = next(m for m in hr.menuBar().actions() if m.text() == "&Edit").menu()
    assert hr.undo_action in edit.actions() and hr.redo_action in edit.actions()
    assert hr.undo_action.shortcut() == QKeySequence("Ctrl+Z")
    assert QKeySequence("Ctrl+Shift+Z") in hr.redo_action.shortcuts()
    assert not hr.undo_action.isEnabled() and not hr.redo_action.isEnabled()

    # agree on the first contact (A), override the second to private with a note
    hr.table.setFocus()
    first = hr.current_row()
    qtbot.keyClick(hr.table, Qt.Key.Key_A)
    assert review.hr_decision[first] == "agree"
    assert hr.undo_action.isEnabled() and hr.undo_action.text() == "&Undo agreement on 1 contact"
    second = hr.current_row()
    person = review.contacts["final_suggestion"].iat[second]
    (hr.details.work_radio if person == "private" else hr.details.private_radio).setChecked(True)
    hr.details.note.setPlainText("met at the tennis club")
    qtbot.mouseClick(hr.details.override_button, Qt.MouseButton.LeftButton)
    assert review.hr_decision[second] in ("work", "private")
    decided_cell = _hr_cell(hr, second)
    assert hr.undo_action.text().startswith("&Undo override of 1 contact")

    # Ctrl+Z on the table: the override is undone, the table and the details show it
    hr.table.setFocus()
    qtbot.keyClick(hr.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: review.hr_decision[second] == "")
    assert hr.statusBar().currentMessage().startswith("Undid: override of 1 contact")
    assert hr.current_row() == second  # back to the contact it touched
    assert hr.details.hr_state.text() == "No HR decision yet."
    assert _hr_cell(hr, second) != decided_cell
    assert hr.redo_action.isEnabled() and hr.redo_action.text().startswith("&Redo override")
    assert hr.undo_action.text() == "&Undo agreement on 1 contact"
    assert review.hr_decision[first] == "agree"

    # Ctrl+Shift+Z: applied again, the note back too
    qtbot.keyClick(hr.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)  # fmt: skip
    qtbot.waitUntil(lambda: review.hr_decision[second] != "")
    assert review.hr_note[second] == "met at the tennis club"
    assert hr.statusBar().currentMessage().startswith("Redid: override of 1 contact")
    assert "met at the tennis club" in hr.details.hr_state.text()
    assert _hr_cell(hr, second) == decided_cell
    assert not hr.redo_action.isEnabled() and hr.redo_action.text() == "&Redo"

    # undo both from the menu; nothing is left to undo
    hr.undo_action.trigger()
    hr.undo_action.trigger()
    assert set(review.hr_decision) == {""}
    assert not hr.undo_action.isEnabled() and hr.redo_action.isEnabled()
    assert hr.statusBar().currentMessage() == "Undid: agreement on 1 contact"
    assert hr.current_row() == first
    # a new decision drops the redo stack
    qtbot.keyClick(hr.table, Qt.Key.Key_A)
    assert not hr.redo_action.isEnabled()
    hr.close()
    reopened = HrReview.open(package)
    assert list(reopened.hr_decision) == list(review.hr_decision)
    assert list(reopened.hr_at) == list(review.hr_at)


def test_sign_off_disables_undo(qtbot, package):
    review = HrReview.open(package, "Anne")
    rows = [int(r) for r in review.queue()[: review.counts()["attention"]]]
    review.decide(rows, "agree")
    hr = _window(qtbot, review)
    assert hr.undo_action.isEnabled()
    assert hr.undo_action.text() == f"&Undo agreement on {len(rows)} contacts"
    hr.sign_off("done")
    assert review.signed_off is not None
    assert not hr.undo_action.isEnabled() and not hr.redo_action.isEnabled()
    hr.table.setFocus()
    qtbot.keyClick(hr.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert set(review.hr_decision[rows]) == {"agree"}
    hr.withdraw_sign_off("the employee disputes one")
    assert hr.undo_action.isEnabled()
    hr.undo_action.trigger()
    assert set(review.hr_decision) == {""}
    assert hr.statusBar().currentMessage() == f"Undid: agreement on {len(rows)} contacts"
    hr.close()


def test_undo_speaks_dutch(qtbot, dutch, package):
    review = HrReview.open(package, "Anne")
    rows = [int(r) for r in review.queue()[:3]]
    review.decide(rows, "agree")
    hr = _window(qtbot, review, "nl")
    assert [m.text() for m in hr.menuBar().actions()].count("Be&werken") == 1
    assert hr.undo_action.text() == "&Ongedaan maken: instemming met 3 contacten"
    hr.undo_action.trigger()
    assert hr.statusBar().currentMessage() == "Ongedaan gemaakt: instemming met 3 contacten"
    assert hr.redo_action.text() == "Opnieuw &doen: instemming met 3 contacten"
    hr.redo_action.trigger()
    assert hr.statusBar().currentMessage() == "Opnieuw gedaan: instemming met 3 contacten"
    hr.close()
