"""HR's banner says "1 contact" for a package of one ("1 contacts" before), and its count of
flagged or disputed contacts is singular for one too, in English and Dutch."""

from __future__ import annotations

import pytest

from desktop.hr.window import HrWindow
from model.hr.review import HrReview


@pytest.fixture(scope="module")
def one_flagged_package(tmp_path_factory):
    """A package holding one contact, flagged by the shipped model (generated person)."""
    from model.hr import plan_package
    from model.hr.package import write_package
    from model.predictor import load_model
    from model.synthetic import generate_person

    person = generate_person(21, "it_consultant", n_contacts=70)
    results = load_model().classify(person.contacts, person.career)
    row = int(results.index[results["flagged"].fillna(False).astype(bool)][0])
    plan = plan_package(person.contacts.iloc[[row]], results.iloc[[row]], person.career)
    assert len(plan.records) == 1
    return write_package(plan, tmp_path_factory.mktemp("pkg") / "one")


@pytest.fixture
def one(one_flagged_package, tmp_path):
    copy = tmp_path / one_flagged_package.name
    copy.write_bytes(one_flagged_package.read_bytes())
    return copy


def _window(qtbot, path) -> HrWindow:
    review = HrReview.open(path, "Anne de Vries")
    review.hold()
    hr = HrWindow(review)
    qtbot.addWidget(hr)
    hr.show()
    return hr


def test_one_contact_in_english(english, qtbot, one):
    hr = _window(qtbot, one)
    text = hr.banner.text()
    assert "one.coreview from " in text and ": 1 contact, verified" in text, text
    assert "Flagged or disputed: 1 contact, 1 still to decide." in text, text
    hr.agree_current()
    assert "Flagged or disputed: 1 contact, 0 still to decide." in hr.banner.text()
    hr.close()


def test_many_contacts_in_english(english, qtbot, package):
    hr = _window(qtbot, package)
    review = hr.review
    total, attention = len(review.contacts), int(review.needs_attention().sum())
    assert total > 1 and attention > 1
    text = hr.banner.text()
    assert f": {total} contacts, verified" in text, text
    assert f"Flagged or disputed: {attention} contacts, {attention} still to decide." in text
    hr.close()


def test_one_contact_in_dutch(dutch, qtbot, one):
    hr = _window(qtbot, one)
    text = hr.banner.text()
    assert ": 1 contact, gecontroleerd" in text, text
    assert "Gemarkeerd of betwist: 1 contact, 1 nog te beslissen." in text, text
    hr.close()


def test_many_contacts_in_dutch(dutch, qtbot, package):
    hr = _window(qtbot, package)
    review = hr.review
    total, attention = len(review.contacts), int(review.needs_attention().sum())
    text = hr.banner.text()
    assert f": {total} contacten, gecontroleerd" in text, text
    assert f"Gemarkeerd of betwist: {attention} contacten, {attention} nog te beslissen." in text
    hr.close()
