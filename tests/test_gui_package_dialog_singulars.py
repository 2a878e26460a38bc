"""The package preview's counts are singular for one ("1 contact will leave", "Your other 1
private contact stays here"; it said "These 1 contacts"), in English and Dutch."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def plans():
    """Plans of one contact going in and one staying, and of many of each (generated person)."""
    from model.hr import plan_package
    from model.predictor import load_model
    from model.synthetic import generate_person

    person = generate_person(23, "it_consultant", n_contacts=70)
    results = load_model().classify(person.contacts, person.career)
    flagged = results["flagged"].fillna(False).astype(bool)
    work = results.index[(results["suggestion"] == "work") & ~flagged]
    private = results.index[(results["suggestion"] == "private") & ~flagged]
    rows = [int(work[0]), int(private[0])]
    one = plan_package(person.contacts.iloc[rows], results.iloc[rows], person.career)
    assert len(one.records) == 1 and one.left_out == 1
    many = plan_package(person.contacts, results, person.career)
    assert len(many.records) > 1 and many.left_out > 1
    return one, many


def _intro(qtbot, plan) -> str:
    from desktop.hr.package_dialog import PackageDialog

    dialog = PackageDialog(plan)
    qtbot.addWidget(dialog)
    return dialog.intro.text()


def test_one_in_english(english, qtbot, plans):
    text = _intro(qtbot, plans[0])
    assert text.startswith("1 contact will leave this computer in the package:"), text
    assert "Your other 1 private contact stays here: not even its name is written." in text


def test_many_in_english(english, qtbot, plans):
    many = plans[1]
    text = _intro(qtbot, many)
    assert text.startswith(f"These {len(many.records)} contacts will leave this computer"), text
    assert f"Your other {many.left_out} private contacts stay here: not even their names" in text


def test_one_in_dutch(dutch, qtbot, plans):
    text = _intro(qtbot, plans[0])
    assert text.startswith("1 contact verlaat deze computer in het pakket:"), text
    assert "Je andere 1 privécontact blijft hier: zelfs de naam wordt niet geschreven." in text


def test_many_in_dutch(dutch, qtbot, plans):
    many = plans[1]
    text = _intro(qtbot, many)
    assert text.startswith(f"Deze {len(many.records)} contacten verlaten deze computer"), text
    assert f"Je andere {many.left_out} privécontacten blijven hier: zelfs hun namen" in text
