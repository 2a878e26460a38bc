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


def test_a_typed_job_whose_first_month_differs_from_the_download_is_one_job():
    # typed from memory as starting in March; LinkedIn says January, another legal name
    typed = Career(positions=[Position("Acme", "Engineer", date(2019, 3, 1), None), OLD])
    newer = Career(
        positions=[
            Position("ACME B.V.", "Software Engineer", date(2019, 1, 1), None),
            Position("Globex", "Trainee", date(2016, 9, 1), date(2018, 12, 31)),
        ]
    )
    merged, taken = follow_export(typed, Career(), newer)
    assert _jobs(merged) == _jobs(typed) and taken == []


def test_two_different_jobs_at_one_company_stay_two():
    # typed: the current job, from memory; the download: the earlier job there, then the
    # promotion (which the typed one is), and a works council seat held beside it
    typed = Career(positions=[Position("Acme", "Senior Engineer", date(2021, 5, 1), None)])
    earlier = Position("Acme", "Engineer", date(2017, 1, 1), date(2021, 3, 31))
    promoted = Position("Acme", "Senior Engineer", date(2021, 4, 1), None)
    council = Position("Acme", "Works council member", date(2022, 1, 1), None)
    newer = Career(positions=[earlier, promoted, council])
    merged, taken = follow_export(typed, Career(), newer)
    assert _jobs(merged) == _jobs(Career(positions=[earlier, council, *typed.positions]))
    assert sorted(p.title for p in taken) == ["Engineer", "Works council member"]


def test_a_typed_job_stands_for_one_download_job_only():
    # typed with no end: it overlaps both jobs there, and is the one closest in first month
    typed = Career(positions=[Position("Acme", "Engineer", date(2017, 2, 1), None)])
    earlier = Position("Acme", "Engineer", date(2017, 1, 1), date(2021, 3, 31))
    promoted = Position("Acme", "Senior Engineer", date(2021, 4, 1), None)
    merged, taken = follow_export(typed, Career(), Career(positions=[earlier, promoted]))
    assert _jobs(merged) == _jobs(Career(positions=[promoted, *typed.positions]))
    assert taken == [promoted]


def test_jobs_at_one_company_that_never_overlap_are_not_one():
    typed = Career(positions=[Position("Acme", "Engineer", date(2010, 1, 1), date(2012, 12, 31))])
    back = Position("Acme", "Engineer", date(2019, 1, 1), None)  # a boomerang, years later
    merged, _ = follow_export(typed, Career(), Career(positions=[back]))
    assert len(merged.positions) == 2


def test_a_side_role_begun_with_the_job_is_a_job_of_its_own():
    # typed from memory; the download has the job a month off and a board seat there begun
    # in the typed month: the seat is closer in first month, yet no stand-in for the job
    typed = Career(positions=[Position("Acme", "Engineer", date(2019, 1, 1), None)])
    board = Position("Acme", "Board member", date(2019, 1, 1), None)
    job = Position("Acme B.V.", "Software Engineer", date(2019, 2, 1), None)
    merged, taken = follow_export(typed, Career(), Career(positions=[board, job]))
    assert _jobs(merged) == _jobs(Career(positions=[board, *typed.positions]))
    assert taken == [board]
