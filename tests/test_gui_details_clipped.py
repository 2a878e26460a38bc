"""The details pane never clips a line of its own text (qa6, 2026-11-30): after a contact was
decided (its "Review:" line shrank from two lines to one), the "uncertain — please check"
line under the suggestion was cut in half at 1366 x 768, in Dutch and in English, until the
window was resized: the form's rows changed height, the pane's layout never asked again."""

from __future__ import annotations

import copy
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication, QLabel

from tests.contact_details import contact_details


def settle() -> None:
    """Deliver the layout requests the pane posted (what the window does before it paints)."""
    for _ in range(3):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        QApplication.processEvents()


def clipped(pane) -> list[str]:
    """The visible wrapped labels of ``pane`` shorter than their text needs."""
    return [
        f"{label.text()[:30]!r}: {label.height()} < {label.heightForWidth(label.width())}"
        for label in pane.widget().findChildren(QLabel)
        if label.isVisible()
        and label.wordWrap()
        and label.height() < label.heightForWidth(label.width())
    ]


@pytest.mark.parametrize("language", ["en", "nl"])
@pytest.mark.parametrize("width", [300, 313, 330])
def test_deciding_a_flagged_contact_leaves_no_line_cut(qtbot, qapp, language, width):
    from desktop.app import install_translators
    from desktop.details import DetailsPane

    install_translators(qapp, language)
    try:
        pane = DetailsPane()
        qtbot.addWidget(pane)
        pane.resize(width, 580)
        pane.show()
        qtbot.waitExposed(pane)
        info = contact_details(
            name="Patrick van den Korenhorst",
            company="Zeeland Fiber",
            position="Solution Architect",
            flagged=True,
            p_work=0.54,
            employer="Dexant Data b.v.",
            reasons=("connected 3 Jul 2016, during your job at Dexant Data b.v.",),
        )
        pane.show_contact(info)
        qtbot.waitUntil(lambda: not clipped(pane), timeout=5_000)
        decided = copy.deepcopy(info)
        decided.decision, decided.state = "work", "confirmed"
        event = {"when": datetime(2026, 1, 2, tzinfo=UTC), "who": "An", "action": "decide"}
        decided.history = [{**event, "decision": "work", "employer": "Dexant Data b.v."}]
        pane.show_contact(decided)
        settle()
        assert not clipped(pane), clipped(pane)
        pane.show_contact(info)  # and back (undo)
        settle()
        assert not clipped(pane), clipped(pane)
    finally:
        install_translators(qapp, "en")
