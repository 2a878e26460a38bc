"""HR's undo in review files written before undo existed (before git 2e9a462), when every row
of a decide() call got its own time.

The app of that time (desktop/hr/window.py, a single-selection table) called
``decide([row], …)``: one entry was one thing HR did. The file here is written the way that app
wrote it, by a copy of its loop; undo takes back one of those actions at a time, exactly what
HR did, and the result is the same after reopening and passes ``verify``. Merging such entries
by their parameters would undo ten "agree and go to the next" presses at once; by their times
cannot tell one call from the next (measured: up to 40 ms between the rows of one call on a
busy machine, 0.8 ms between two calls each saved), so a script's old multi-row call stays one
step per row."""

from __future__ import annotations

import json

import pytest

from model.hr import HrReview, plan_package, verify
from model.hr import review as review_module
from model.predictor import load_model
from model.synthetic import generate_person

ARRAYS = ("hr_decision", "hr_employer", "hr_note", "hr_by", "hr_at")


@pytest.fixture
def package(tmp_path):
    from model.hr.package import write_package

    person = generate_person(11, "it_consultant", n_contacts=90)
    results = load_model().classify(person.contacts, person.career)
    plan = plan_package(person.contacts, results, person.career, prepared_by="owner")
    return write_package(plan, tmp_path / "leaver")


def _old_decide(review: HrReview, rows, action: str, employer: str = "", note: str = "") -> None:
    """decide() as it was before undo (2e9a462^): the same rules, every entry its own
    ``_now()``, one save after the loop."""
    t = review.contacts
    for row in rows:
        person = t["final_suggestion"].iat[row], t["final_employer"].iat[row]
        kind = action
        if action == "work" and person == ("work", employer):
            kind = "agree"
        if action == "private" and person[0] == "private":
            kind = "agree"
        same = (review.hr_decision[row], review.hr_employer[row], review.hr_note[row])
        if same == (kind, employer if kind == "work" else "", note):
            continue
        entry = review.trail.append(
            at=review_module._now(),
            actor="hr",
            who=review.reviewer,
            contact=str(t["id"].iat[row]),
            action="agree" if kind == "agree" else "override",
            decision=kind,
            employer=employer if kind == "work" else "",
            note=note,
        )
        review._apply(entry)
    review.save()


def _state(review: HrReview, rows) -> list[tuple]:
    return [tuple(getattr(review, name)[r] for name in ARRAYS) for r in rows]


def _old_file(package):
    """An old review: HR agreed on three contacts one by one (the "A" key), overrode a
    fourth to private, agreed on a fifth; then a script's decide() on two rows at once."""
    review = HrReview.open(package, "Anne de Vries")
    work = [int(r) for r in review.queue() if review.contacts["final_suggestion"].iat[r] == "work"]
    a, b, c, d, e, f, g = work[:7]
    states = [_state(review, work[:7])]
    for rows, action, note in (
        ([a], "agree", ""),
        ([b], "agree", ""),
        ([c], "agree", ""),
        ([d], "private", "a neighbour"),
        ([e], "agree", ""),
        ([f, g], "private", "family"),
    ):
        _old_decide(review, rows, action, note=note)
        states.append(_state(review, work[:7]))
    return work[:7], states


def test_the_old_file_has_a_time_per_row(package):
    _old_file(package)
    entries = [json.loads(line) for line in HrReview.open(package).trail.lines]
    assert len(entries) == 7
    assert len({e["at"] for e in entries}) == 7  # what made undo go row by row


def test_undo_takes_back_what_hr_did_in_the_old_app_one_action_at_a_time(package):
    rows, states = _old_file(package)
    review = HrReview.open(package, "Anne de Vries")
    assert _state(review, rows) == states[-1]
    # the script's two-row call: one row per step (no sound rule tells its rows apart)
    assert review.undo_text.text("en") == "override of 1 contact to private"
    review.undo()
    review.undo()
    assert _state(review, rows) == states[5]
    # then HR's own actions in the app, newest first, each exactly as it was
    assert review.undo_text.text("en") == "agreement on 1 contact"
    assert review.undo() == [rows[4]]
    assert _state(review, rows) == states[4]
    assert review.undo_text.text("en") == "override of 1 contact to private"
    assert review.undo() == [rows[3]]
    assert _state(review, rows) == states[3]
    assert review.undo() == [rows[2]]
    assert _state(review, rows) == states[2]
    # reopened, the stacks are the same: redo the agree on c, then undo it and b's
    reopened = HrReview.open(package, "Anne de Vries")
    assert _state(reopened, rows) == states[2]
    assert reopened.redo() == [rows[2]]
    assert _state(reopened, rows) == states[3]
    assert reopened.redo_text.text("nl") == "afwijkend besluit over 1 contact: privé"
    reopened.undo()
    reopened.undo()
    assert _state(reopened, rows) == states[1]
    assert reopened.can_undo and reopened.undo() == [rows[0]]
    assert _state(reopened, rows) == states[0] and not reopened.can_undo
    result = verify(package)
    assert result.ok, result.problem


def test_a_new_step_after_old_entries_is_one_step(package):
    """A review begun before undo and continued now: the old entries stay one step each, the
    new decide() on several rows is undone in one step."""
    rows, states = _old_file(package)
    review = HrReview.open(package, "Anne de Vries")
    work = [int(r) for r in review.queue() if review.contacts["final_suggestion"].iat[r] == "work"]
    new = [r for r in work if r not in rows][:3]
    before = _state(review, new)
    review.decide(new, "agree")
    reopened = HrReview.open(package)
    assert reopened.undo_text.text("en") == "agreement on 3 contacts"
    assert sorted(reopened.undo()) == sorted(new)
    assert _state(reopened, new) == before and _state(reopened, rows) == states[-1]
    assert reopened.undo_text.text("en") == "override of 1 contact to private"
