"""The details pane as a newcomer without a career sees it: a work contact whose employer is
not known is not shown as "none (private)"."""

from __future__ import annotations

import pandas as pd

from desktop.details import ContactDetails, DetailsPane
from model.career import Career, Position


def _contact(**kw) -> ContactDetails:
    values = dict(
        row=0,
        name="Anna",
        company="Acme",
        position="Inkoper",
        connected_on=pd.Timestamp("2021-05-03").date(),
        suggestion="work",
        p_work=0.8,
        flagged=False,
        employer="",
        category="client",
    )
    return ContactDetails(**{**values, **kw})


def test_a_work_contact_without_an_employer_is_not_shown_as_private(qtbot):
    pane = DetailsPane()
    qtbot.addWidget(pane)
    pane.set_career(Career(positions=[Position(company="Fality B.V.")]))
    chosen = []
    pane.employerChosen.connect(chosen.append)
    pane.show_contact(_contact())
    combo = pane.employer
    assert combo.currentIndex() == -1 and "private" not in combo.currentText()
    assert combo.placeholderText() == "— not known: choose one —"
    combo.activated.emit(combo.findData("Fality B.V."))  # choosing one still works
    assert chosen == ["Fality B.V."]
    # a private contact (suggested or decided) still shows "none (private)"
    pane.show_contact(_contact(suggestion="private", category="private"))
    assert combo.currentText() == "— none (private) —"
    pane.show_contact(_contact(decision="private"))
    assert combo.currentText() == "— none (private) —" and combo.placeholderText() == ""
    pane.show_contact(_contact(employer="Fality B.V."))
    assert combo.currentText() == "Fality B.V."
