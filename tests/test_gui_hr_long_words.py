"""A name, company, title, reason or note of one long unbroken word (LinkedIn and the person
let anyone type anything) wraps in HR's details pane as it does in the main window's, instead
of widening the pane past its edge where the rest was cut off."""

from __future__ import annotations

import pytest

from desktop.hr.details import HrDetails
from desktop.hr.table import HrTableModel
from model.hr.review import HrReview

WORD = "Verzekeringsmaatschappijenarbeidsongeschiktheid" * 6  # 282 letters, no space


def _pane(qtbot, review) -> HrDetails:
    details = HrDetails(review.employers())
    qtbot.addWidget(details)
    details.resize(420, 700)
    details.show()
    qtbot.waitExposed(details)
    details.show_contact(review, 0, HrTableModel(review)._outcome)
    details.layout().activate()  # lay out the new text now, not when the event loop next runs
    return details


def _shown(details: HrDetails) -> str:
    labels = (details.name, details.company, details.reasons, details.person_note)
    return "".join(label.text() for label in labels).replace("\u200b", "")


@pytest.mark.parametrize("field", ["first_name", "company", "position", "note", "reasons"])
def test_a_long_unbroken_word_wraps_in_the_hr_details_pane(qtbot, package, field):
    review = HrReview.open(package, "Anne")
    contacts = review.contacts
    if field == "reasons":
        contacts["reasons"] = [(WORD,), *contacts["reasons"].iloc[1:]]
    else:
        contacts.at[0, field] = WORD
    details = _pane(qtbot, review)
    assert details.minimumSizeHint().width() <= 420
    assert WORD in _shown(details)  # the whole word is still there, only made breakable


def test_a_long_hr_note_wraps_in_the_hr_state(qtbot, package):
    review = HrReview.open(package, "Anne")
    if review.contacts["final_suggestion"].iat[0] == "work":
        review.decide([0], "private", note=WORD)
    else:
        review.decide([0], "work", employer=review.employers()[0], note=WORD)
    assert review.hr_note[0] == WORD
    details = _pane(qtbot, review)
    assert details.minimumSizeHint().width() <= 420
    assert WORD in details.hr_state.text().replace("\u200b", "")


def test_a_long_employer_name_does_not_widen_the_pane(qtbot, package):
    review = HrReview.open(package, "Anne")
    details = HrDetails([*review.employers(), WORD])
    qtbot.addWidget(details)
    details.resize(420, 700)
    details.show()
    qtbot.waitExposed(details)
    details.layout().activate()
    assert details.minimumSizeHint().width() <= 420
    assert details.employer.findText(WORD) >= 0  # still offered, whole, in its list
