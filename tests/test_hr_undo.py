"""HR's undo and redo: a decision step (one decide() on several rows) taken back and applied
again as entries of the hash chain, the same after reopening, refused after sign-off, dropped by
a new decision, nothing changed by a failed save, forged undo entries refused."""

from __future__ import annotations

import shutil
import subprocess

import openpyxl
import pytest

from model.errors import InputError
from model.hr import HrReview, ReviewError, plan_package, verify
from model.hr.package import IntegrityError, write_package
from model.hr.report import write_report
from model.messages import Message
from model.predictor import load_model
from model.synthetic import generate_person

ARRAYS = ("hr_decision", "hr_employer", "hr_note", "hr_by", "hr_at")


@pytest.fixture
def package(tmp_path):
    person = generate_person(9, "it_consultant", n_contacts=90)
    results = load_model().classify(person.contacts, person.career)
    plan = plan_package(person.contacts, results, person.career, prepared_by="owner")
    return write_package(plan, tmp_path / "leaver")


def _state(review: HrReview) -> dict:
    return {name: list(getattr(review, name)) for name in ARRAYS}


def _work_rows(review: HrReview, n: int) -> list[int]:
    """Rows the person's outcome calls work, so "private" is an override there."""
    rows = [int(r) for r in review.queue() if review.contacts["final_suggestion"].iat[r] == "work"]
    assert len(rows) >= n
    return rows[:n]


def test_undo_and_redo_a_step_of_several_rows_and_reopen_the_same(package):
    review = HrReview.open(package, "Anne de Vries")
    a, b, c = _work_rows(review, 3)
    assert not review.can_undo and review.undo_text is None
    review.decide([a, b], "agree")
    agreed = _state(review)
    entries = len(review.trail.lines)
    changed = review.decide([a, b, c], "private", note="a neighbour")
    assert changed == [a, b, c]
    overridden = _state(review)
    assert review.undo_text.text("en") == "override of 3 contacts to private"
    assert review.undo_text.text("nl") == "afwijkend besluit over 3 contacten: privé"

    assert sorted(review.undo()) == sorted([a, b, c])
    # each row has exactly what it had before: a and b agreed (by and at too), c undecided
    assert _state(review) == agreed
    assert review.hr_decision[c] == "" and review.hr_decision[a] == "agree"
    assert review.can_redo and review.redo_text.text("en") == "override of 3 contacts to private"
    assert review.undo_text.text("en") == "agreement on 2 contacts"
    # append-only: the override entries stay, three undo entries follow, last row first
    added = review.trail.entries()[entries:]
    assert [e["action"] for e in added] == ["override"] * 3 + ["undo"] * 3
    ids = review.contacts["id"]
    assert [e["contact"] for e in added[3:]] == [ids.iat[c], ids.iat[b], ids.iat[a]]
    assert len({e["at"] for e in added[3:]}) == 1

    reopened = HrReview.open(package)
    assert _state(reopened) == agreed
    assert reopened.can_redo and reopened.can_undo
    assert reopened.redo_text == review.redo_text

    assert sorted(reopened.redo()) == sorted([a, b, c])
    assert _state(reopened) == overridden  # the original by and at come back too
    assert not reopened.can_redo
    again = HrReview.open(package)
    assert _state(again) == overridden and again.undo_text.text("en").startswith("override")
    # undo twice goes back to nothing at all
    again.undo()
    again.undo()
    assert set(again.hr_decision) == {""} and not again.can_undo
    with pytest.raises(ReviewError, match="no decision to undo"):
        again.undo()
    assert _state(HrReview.open(package)) == _state(again)
    result = verify(package)
    assert result.ok, result.problem
    assert result.hr_entries == len(again.trail.lines)


def test_a_new_decision_clears_the_redo_stack(package):
    review = HrReview.open(package, "Anne")
    a, b = _work_rows(review, 2)
    review.decide([a], "agree")
    review.undo()
    assert review.can_redo
    review.decide([b], "private", note="family")
    assert not review.can_redo and review.redo_text is None
    with pytest.raises(ReviewError, match="no undone decision to redo"):
        review.redo()
    reopened = HrReview.open(package)
    assert not reopened.can_redo
    assert reopened.undo_text.text("en") == "override of 1 contact to private"
    reopened.undo()
    assert set(reopened.hr_decision) == {""} and not reopened.can_undo  # a's agree was undone


def test_undo_is_refused_after_sign_off_in_one_line(package):
    review = HrReview.open(package, "Anne")
    attention = [int(r) for r in review.queue()[: review.counts()["attention"]]]
    review.decide(attention, "agree")
    review.sign_off("done")
    assert not review.can_undo
    for travel in (review.undo, review.redo):
        with pytest.raises(ReviewError) as err:
            travel()
        assert err.value.message.key == "review.signed_off" and "\n" not in str(err.value)
    # withdrawing reopens the review, and the step before the sign-off can be undone
    review.withdraw_sign_off("one contact is disputed")
    assert review.can_undo
    review.undo()
    assert review.open_items() == len(attention)
    assert _state(HrReview.open(package)) == _state(review)
    assert verify(package).ok


def test_a_failed_save_leaves_the_review_as_it_was(package, monkeypatch):
    review = HrReview.open(package, "Anne")
    a, b = _work_rows(review, 2)
    review.decide([a, b], "work", employer="Elsewhere BV", note="moved")
    before, lines = _state(review), list(review.trail.lines)

    def full_disk():
        raise InputError(review.path, Message("file.cannot_write", reason="disk full"))

    monkeypatch.setattr(review, "save", full_disk)
    with pytest.raises(InputError):
        review.undo()
    assert _state(review) == before and review.trail.lines == lines
    assert review.can_undo and not review.can_redo
    monkeypatch.undo()
    review.undo()
    assert set(review.hr_decision) == {""}
    monkeypatch.setattr(review, "save", full_disk)
    with pytest.raises(InputError):
        review.redo()
    assert set(review.hr_decision) == {""} and review.can_redo and not review.can_undo
    # a new decision that cannot be saved does not drop the redo stack either
    with pytest.raises(InputError):
        review.decide([a], "agree")
    assert set(review.hr_decision) == {""} and review.can_redo and not review.can_undo
    monkeypatch.undo()
    review.redo()
    assert _state(review) == before


def _forge(review: HrReview, row: int, decision: str) -> None:
    review.trail.append(
        at="2026-01-01T00:00:00.000000Z",
        actor="hr",
        who="Anne",
        contact=str(review.contacts["id"].iat[row]),
        action="undo",
        decision=decision,
        employer="",
        note="",
    )
    review.save()


def test_an_undo_that_does_not_restore_its_step_is_refused(package):
    review = HrReview.open(package, "Anne")
    (a,) = _work_rows(review, 1)
    review.decide([a], "agree")
    # forged, chained properly: "undo" of a's agree that claims it went to private
    _forge(review, a, "private")
    with pytest.raises(IntegrityError, match="entry 2"):
        HrReview.open(package)
    assert not verify(package).ok


def test_an_undo_with_nothing_to_undo_is_refused(package):
    review = HrReview.open(package, "Anne")
    (a,) = _work_rows(review, 1)
    _forge(review, a, "")
    with pytest.raises(IntegrityError, match="entry 1"):
        HrReview.open(package)
    assert "entry 1" in verify(package).problem


def test_the_report_shows_the_undo_in_its_audit_trail(package, tmp_path):
    review = HrReview.open(package, "Anne de Vries")
    (a,) = _work_rows(review, 1)
    review.decide([a], "private", note="met at the gym")
    review.undo()
    for language, sheet, words in (
        ("en", "Audit trail", "undone"),
        ("nl", "Auditspoor", "ongedaan gemaakt"),
    ):
        out = write_report(package, tmp_path / f"r-{language}.xlsx", language=language)
        rows = [[c.value for c in row] for row in openpyxl.load_workbook(out)[sheet].iter_rows()]
        undone = [r for r in rows if words in r]
        assert len(undone) == 1 and "met at the gym" not in undone[0]
    if shutil.which("pdftotext"):
        pdf = write_report(package, tmp_path / "r.pdf", language="en")
        out = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                             text=True, check=True).stdout  # fmt: skip
        assert "undone; back to not" in out  # the cell wraps after "not"
