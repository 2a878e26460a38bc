"""The three-way merge of an edited career with a newer export (model.career_update): one job
written a little differently in the newer export is still one job, never two side by side."""

from __future__ import annotations

from datetime import date

from model.career import Career, Position
from model.career_update import follow_export

ACME = Position("Acme", "Engineer", date(2019, 1, 1), None)
OLD = Position("Globex", "Trainee", date(2016, 9, 1), date(2018, 12, 31))


def _jobs(career: Career) -> list[tuple[str, str, date | None, date | None]]:
    return sorted((p.company, p.title, p.start, p.end) for p in career.positions)


def test_a_career_typed_by_hand_meets_the_same_jobs_in_a_newer_export_once():
    # the first export had no Positions.csv, so the person typed their two jobs; the newer
    # one has them, written as LinkedIn writes them, and a job started since
    typed = Career(positions=[ACME, OLD])
    newer = Career(
        positions=[
            Position("Initech", "Lead", date(2026, 2, 1), None),
            Position("Acme B.V.", "Software Engineer", date(2019, 1, 1), None),
            Position("Globex", "Trainee", date(2016, 9, 1), date(2018, 12, 31)),
        ]
    )
    merged, taken = follow_export(typed, Career(), newer)
    assert _jobs(merged) == _jobs(Career(positions=[newer.positions[0], ACME, OLD]))
    assert [p.company for p in taken] == ["Initech"]


def test_a_position_the_person_edited_and_the_export_retitled_stays_one_job():
    base = Career(positions=[ACME])
    edited = Career(positions=[Position("Acme", "Engineer", date(2019, 1, 1), date(2025, 6, 30))])
    newer = Career(positions=[Position("Acme", "Senior Engineer", date(2019, 1, 1), None)])
    merged, taken = follow_export(edited, base, newer)
    assert merged.positions == edited.positions and taken == []  # the person's edit wins


def test_an_untouched_position_follows_the_export_and_a_new_job_is_added():
    base = Career(positions=[ACME])
    newer = Career(
        positions=[
            Position("Acme", "Senior Engineer", date(2019, 1, 1), None),  # retitled there
            Position("Hooli", "Board member", date(2019, 1, 1), None),  # another job, same month
            Position("Acme", "Works council", date(2019, 1, 1), None),  # a second role there
        ]
    )
    merged, taken = follow_export(base, base, newer)
    assert _jobs(merged) == _jobs(newer)
    assert sorted(p.company for p in taken) == ["Acme", "Acme", "Hooli"]
