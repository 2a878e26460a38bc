"""HR can withdraw a sign-off: with a note, recorded in the hash chain, the review reopened;
the report says so; a review file whose withdrawals do not add up is refused."""

from __future__ import annotations

import openpyxl
import pytest

from model.hr import HrReview, ReviewError, plan_package, verify
from model.hr.package import IntegrityError, write_package
from model.hr.report import write_report
from model.predictor import load_model
from model.synthetic import generate_person


@pytest.fixture
def package(tmp_path):
    person = generate_person(9, "it_consultant", n_contacts=90)
    results = load_model().classify(person.contacts, person.career)
    plan = plan_package(person.contacts, results, person.career, prepared_by="owner")
    return write_package(plan, tmp_path / "leaver")


def _signed(package) -> HrReview:
    review = HrReview.open(package, "Anne de Vries")
    for row in review.queue()[: review.counts()["attention"]]:
        review.decide([int(row)], "agree")
    review.sign_off("all agreed")
    return review


def test_withdraw_needs_a_sign_off_and_a_note_then_reopens_the_review(package):
    review = HrReview.open(package, "Anne de Vries")
    with pytest.raises(ReviewError, match="not signed off"):
        review.withdraw_sign_off("why not")
    review = _signed(package)
    row = int(review.queue()[0])
    with pytest.raises(ReviewError):
        review.decide([row], "private", note="a neighbour")
    with pytest.raises(ReviewError, match="note"):
        review.withdraw_sign_off("   ")
    assert review.signed_off is not None  # a refused withdrawal changes nothing
    entries = len(review.trail.lines)
    withdrawal = review.withdraw_sign_off("the employee disputes two contacts")
    assert review.signed_off is None and withdrawal.sign_off.note == "all agreed"
    last = review.trail.entries()[-1]
    assert (last["action"], last["note"], last["who"]) == (
        "withdraw-sign-off",
        "the employee disputes two contacts",
        "Anne de Vries",
    )
    assert len(review.trail.lines) == entries + 1
    # open again: decisions change, and it can be signed off anew
    review.decide([row], "private", note="a neighbour")
    review.sign_off("signed again after the talk")
    again = HrReview.open(package)
    assert again.signed_off.note == "signed again after the talk"
    assert [w.note for w in again.withdrawals] == ["the employee disputes two contacts"]
    assert again.hr_decision[row] == (
        "agree" if again.contacts["final_suggestion"].iat[row] == "private" else "private"
    )
    assert verify(package).ok and verify(package).hr_entries == len(again.trail.lines)


def test_the_report_tells_of_the_withdrawn_sign_off(package, tmp_path):
    review = _signed(package)
    review.withdraw_sign_off("signed by mistake")
    for language, sheet, words in (
        ("en", "Sign-off", "was withdrawn by Anne de Vries"),
        ("nl", "Aftekening", "is ingetrokken door Anne de Vries"),
    ):
        wb = openpyxl.load_workbook(write_report(package, tmp_path / f"r-{language}.xlsx",
                                                 language=language))  # fmt: skip
        text = "\n".join(str(c.value) for row in wb[sheet].iter_rows() for c in row if c.value)
        assert words in text and "signed by mistake" in text
        # a withdrawn sign-off leaves a draft
        assert "draft" in text or "concept" in text


def test_a_withdrawal_without_a_sign_off_before_it_is_refused(package):
    review = HrReview.open(package, "Anne")
    review.decide([int(review.queue()[0])], "agree")
    # forged: a withdrawal chained properly, but there was nothing to withdraw
    review.trail.append(
        at="2026-01-01T00:00:00Z",
        actor="hr",
        who="Anne",
        contact="",
        action="withdraw-sign-off",
        decision="",
        employer="",
        note="forged",
    )
    review.save()
    with pytest.raises(IntegrityError, match="entry 2"):
        HrReview.open(package)
    assert not verify(package).ok
