"""HR's window starts where the keyboard works (qa6, 2026-11-30): it opened with the focus on
"Only flagged and disputed contacts", so HR's first "A" (agree, a key of the contact list)
did nothing, and Space hid or showed half the contacts; a keyboard user had to find the
list first."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication


def test_the_hr_window_opens_with_the_contact_list_focused(qtbot, package):
    from desktop.hr.window import HrWindow
    from model.hr.review import HrReview

    hr = HrWindow(HrReview.open(package, "Anne"), "en")
    qtbot.addWidget(hr)
    hr.show()
    hr.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=10_000)
    assert QApplication.focusWidget() is hr.table
    row = hr.current_row()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key_A)  # the first key HR presses
    assert hr.review.counts()["agreed"] == 1
    assert hr.current_row() != row  # and on to the next
    hr.close()
