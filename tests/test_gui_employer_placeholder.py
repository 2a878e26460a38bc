"""The details pane's employer field says when no employer is known (qa6, 2026-11-30): for a
work contact without one (no career given) the field was blank. The pane set "— not known:
choose one —", but the combo that elides long names painted its (empty) current text
instead of Qt's placeholder."""

from __future__ import annotations

import pytest

from tests.contact_details import contact_details


def test_a_work_contact_without_employer_shows_the_placeholder(qtbot):
    from desktop.details import DetailsPane

    pane = DetailsPane()
    qtbot.addWidget(pane)
    pane.show()
    pane.show_contact(contact_details(employer="", suggestion="work"))
    assert pane.employer.currentIndex() == -1
    assert pane.employer.placeholderText() == "— not known: choose one —"
    assert pane.employer.shown_text().startswith("— not known")  # elided to the pane
    pane.show_contact(contact_details(employer="Acme", suggestion="work"))  # a known one
    assert pane.employer.shown_text() == "Acme"


@pytest.mark.parametrize("width", [60, 400])
def test_the_placeholder_is_elided_like_a_name(qtbot, width):
    from desktop.details import ElidedComboBox

    combo = ElidedComboBox()
    qtbot.addWidget(combo)
    combo.addItems(["Acme", "Initech"])
    combo.setPlaceholderText("— not known: choose one —")
    combo.setCurrentIndex(-1)
    combo.resize(width, combo.sizeHint().height())
    combo.show()
    shown = combo.shown_text()
    assert shown == "— not known: choose one —" if width == 400 else shown.endswith("…")
