"""The package dialog's counts group thousands as the interface language writes them
("1.234 contacten" in Dutch), as the rest of the app does."""

from __future__ import annotations

import re

import pytest


@pytest.fixture(scope="module")
def large_plan():
    from model.hr import plan_package
    from model.predictor import load_model
    from model.synthetic import generate_person

    person = generate_person(31, "it_consultant", n_contacts=2600)
    results = load_model().classify(person.contacts, person.career)
    return plan_package(person.contacts, results, person.career)


def test_the_package_dialog_groups_thousands_in_dutch(qtbot, dutch, large_plan):
    from desktop.hr.package_dialog import PackageDialog

    dialog = PackageDialog(large_plan)
    qtbot.addWidget(dialog)
    numbers = [len(large_plan.records), large_plan.left_out]
    assert max(numbers) >= 1000  # else there is nothing to group
    said = dialog.intro.text()
    for n in numbers:
        assert f"{n:,}".replace(",", ".") in said
    assert not re.search(r"\d,\d\d\d", said)
    cells = [
        dialog.counts.item(r, c).text()
        for r in range(dialog.counts.rowCount())
        for c in range(dialog.counts.columnCount())
    ]
    assert any("." in c for c in cells) and not any("," in c for c in cells)
