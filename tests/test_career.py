"""The owner's career: periods, timing queries (scalar and vectorised), save and load."""

from __future__ import annotations

import json
from datetime import date, datetime

import numpy as np
import pandas as pd
import pytest

from model.career import (
    Career,
    Position,
    career_from_positions,
    load_career,
    parse_month,
    primary_role,
    save_career,
)
from model.errors import InputError


def _career(**kwargs) -> Career:
    """Listed out of order on purpose: Beta (current, overlapping a side job), Acme, Gamma."""
    positions = [
        Position("Beta Consulting B.V.", "Senior consultant", date(2019, 1, 1), None),
        Position("Acme B.V.", "Consultant", date(2015, 3, 1), date(2017, 6, 30)),
        Position("Gamma", "Board member", date(2020, 5, 1), date(2021, 4, 30)),
        Position("Acme B.V.", "Junior consultant", date(2014, 1, 1), date(2015, 2, 28)),
    ]
    kwargs.setdefault("exported_on", date(2024, 6, 15))
    return Career(positions=positions, **kwargs)


def test_position_has_employer_key():
    assert Position("Acme (Nederland) B.V.").employer_key == "acme"
    assert Position("Self-employed").employer_key == ""
    assert Position("Acme B.V.") == Position("Acme B.V.")


def test_covering_picks_the_main_job_then_the_most_recently_started():
    c = _career()
    assert c.covering(date(2016, 1, 1)) == (1, 1)
    # Gamma started after Beta, but a board seat is held beside the main job
    assert c.covering(date(2020, 6, 1)) == (0, 2)
    assert c.covering(date(2022, 1, 1)) == (0, 1)
    assert c.covering(date(2018, 1, 1)) == (-1, 0)
    assert c.positions_at(date(2020, 6, 1)) == [0, 2]
    assert c.positions_at(date(2018, 1, 1)) == []
    newer = Career(positions=[*c.positions, Position("Delta", "Manager", date(2020, 3, 1))])
    assert newer.covering(date(2020, 6, 1))[0] == 4  # of two main jobs, the later one


def test_a_part_time_job_beside_the_main_one_does_not_take_its_contacts():
    """Dexant (Aug 2014 - Jan 2021) and a part-time teaching job (Aug 2014 - now): contacts of
    those years belong to the main job, and a contact without a date to the current main job."""
    from model.features.relate import attribute_employer

    career = Career(
        positions=[
            Position("Genia B.V.", "Lead Consultant", date(2021, 9, 1), None),
            Position("Dexant b.v.", "Consultant", date(2014, 8, 1), date(2021, 1, 31)),
            Position("ROC Maastricht", "Docent (deeltijd)", date(2014, 8, 1), None),
        ],
        exported_on=date(2025, 2, 11),
    )
    assert [p.is_side_job for p in career.positions] == [False, False, True]
    assert Position("X", "Part-time lecturer").is_side_job
    assert Position("X", "Parttime controller").is_side_job  # both spellings
    days = [date(2016, 5, 1), date(2022, 3, 1), None]
    t = career.timing(days)
    assert list(t.position) == [1, 0, -1]
    facts = {
        "job": t.position,
        "previous_job": np.full(3, -1),
        "months_after_job": np.full(3, np.nan),
        "months_into_job": t.months_into_position,
        "before_first_job": np.zeros(3, bool),
        "employer_match": np.full(3, -1),
    }
    assert list(attribute_employer(facts, career)) == [1, 0, 0]


def test_boundaries_are_inclusive():
    c = _career()
    assert c.covering(date(2015, 3, 1))[0] == 1  # first day of Acme's second position
    assert c.covering(date(2015, 2, 28))[0] == 3  # last day of the first
    assert c.covering(date(2017, 6, 30))[0] == 1
    assert c.covering(date(2017, 7, 1))[0] == -1
    assert c.covering(date(2024, 6, 15))[0] == 0  # the export day: current job still runs
    assert c.covering(date(2024, 6, 16))[0] == -1


def test_before_first_job_gap_and_after():
    c = _career()
    assert c.before_first_job(date(2013, 12, 31))
    assert not c.before_first_job(date(2014, 1, 1))
    assert c.in_gap(date(2018, 1, 1))
    assert not c.in_gap(date(2013, 1, 1))
    assert not c.in_gap(date(2016, 1, 1))
    t = c.timing(date(2018, 1, 1))
    assert not t["before_first_job"] and not t["after_last_job"]


def test_months_since_end_and_into_position():
    c = _career()
    assert c.months_since_end(date(2017, 12, 30)) == pytest.approx(6.0, abs=0.05)
    assert np.isnan(c.months_since_end(date(2016, 1, 1)))  # inside a position
    assert np.isnan(c.months_since_end(date(2010, 1, 1)))  # nothing ended yet
    assert c.months_into_position(date(2016, 3, 1)) == pytest.approx(12.0, abs=0.05)
    assert np.isnan(c.months_into_position(date(2018, 1, 1)))


def test_after_last_job_when_there_is_no_current_job():
    c = Career([Position("Acme", start=date(2015, 1, 1), end=date(2016, 12, 31))])
    t = c.timing(date(2018, 1, 1))
    assert t["after_last_job"] and not t["in_gap"]
    assert t["months_since_end"] == pytest.approx(12.0, abs=0.05)


def test_vectorised_matches_scalar_on_every_date():
    c = _career(registered_on=date(2013, 9, 1))
    days = pd.date_range("2012-01-01", "2025-01-01", freq="13D")
    stamps = np.asarray(days.to_numpy(), dtype="datetime64[ns]") + np.timedelta64(15, "h")
    t = c.timing(stamps)
    assert len(t.position) == len(days)
    for i in range(0, len(days), 7):
        one = c.timing(days[i].date())
        for name, value in one.items():
            got = getattr(t, name)[i]
            if isinstance(value, float) and np.isnan(value):
                assert np.isnan(got), name
            else:
                assert got == value, (name, days[i])


def test_vectorised_accepts_series_lists_and_missing_dates():
    c = _career()
    s = pd.Series(
        pd.to_datetime(["2016-01-01", None, "2022-05-05 10:00", "2016-01-01"], format="ISO8601")
    )
    primary, count = c.covering(s)
    assert list(primary) == [1, -1, 0, 1]
    assert list(count) == [1, 0, 1, 1]
    t = c.timing(s)
    assert list(t.known) == [True, False, True, True]
    assert not t.before_first_job[1] and not t.in_gap[1] and np.isnan(t.months_on_linkedin[1])
    assert list(c.covering(["2016-01-01", "not a date"])[0]) == [1, -1]
    assert c.covering(np.array([], dtype="datetime64[ns]"))[0].shape == (0,)


def test_empty_career():
    c = Career()
    assert c.covering(date(2020, 1, 1)) == (-1, 0)
    t = c.timing(np.array(["2020-01-01", "2021-01-01"], dtype="datetime64[D]"))
    assert not t.before_first_job.any() and not t.in_gap.any() and not t.after_last_job.any()
    assert np.isnan(t.months_since_end).all()
    assert c.current_or_last() is None
    assert c.employers() == []


def test_unknown_start_covers_nothing_but_its_end_counts():
    c = Career(
        [
            Position("Acme", end=date(2015, 12, 31)),
            Position("Beta", start=date(2017, 1, 1), end=date(2018, 12, 31)),
            Position("Mystery"),  # current, start unknown
        ],
        exported_on=date(2024, 1, 1),
    )
    assert c.covering(date(2015, 6, 1)) == (-1, 0)
    assert c.months_since_end(date(2016, 12, 31)) == pytest.approx(12.0, abs=0.05)
    assert c.before_first_job(date(2016, 6, 1))
    assert c.timing(date(2020, 1, 1))["after_last_job"]


def test_current_job_runs_until_today_without_export_date():
    c = Career([Position("Acme", start=date(2020, 1, 1))])
    assert c.as_of == date.today()
    assert c.covering(date.today())[0] == 0


def test_months_on_linkedin_and_first_months():
    c = _career(registered_on=date(2010, 1, 1))
    assert c.months_on_linkedin(date(2011, 1, 1)) == pytest.approx(12.0, abs=0.05)
    assert c.in_first_months(date(2010, 2, 15))
    assert not c.in_first_months(date(2010, 6, 1))
    assert c.in_first_months(date(2010, 6, 1), months=6)
    # no registration date: the earliest connection stands in, or an explicit join date
    c = _career()
    dates = np.array(["2012-01-10", "2012-02-01", "2015-01-01"], dtype="datetime64[D]")
    assert list(c.in_first_months(dates)) == [True, True, False]
    assert c.months_on_linkedin(dates)[0] == 0
    assert c.months_on_linkedin(date(2012, 1, 1), joined=date(2011, 1, 1)) == pytest.approx(
        12.0, abs=0.05
    )
    assert np.isnan(c.months_on_linkedin(date(2012, 1, 1)))  # one date says nothing


def test_current_or_last_and_employers():
    c = _career()
    assert c.current_or_last().company == "Beta Consulting B.V."
    c = Career(
        [
            Position("A", "x", date(2010, 1, 1), date(2012, 1, 31)),
            Position("B", "y", date(2011, 1, 1), date(2013, 1, 31)),
        ]
    )
    assert c.current_or_last().company == "B"
    assert _career().employers() == ["Beta Consulting B.V.", "Acme B.V.", "Gamma"]


@pytest.mark.parametrize(
    ("text", "end", "expected"),
    [
        ("Mar 2015", False, date(2015, 3, 1)),
        ("Mar 2015", True, date(2015, 3, 31)),
        ("mrt 2015", False, date(2015, 3, 1)),
        ("Maart 2015", True, date(2015, 3, 31)),
        ("okt. 2019", False, date(2019, 10, 1)),
        ("Feb 2020", True, date(2020, 2, 29)),
        ("2015", False, date(2015, 1, 1)),
        ("2015", True, date(2015, 12, 31)),
        ("2015-03", True, date(2015, 3, 31)),
        ("03/2015", False, date(2015, 3, 1)),
        ("2015-03-14", True, date(2015, 3, 14)),
        ("", False, None),
        ("Present", True, None),
        ("13/2015", False, None),
        ("Foo 2015", False, None),
    ],
)
def test_parse_month(text, end, expected):
    assert parse_month(text, end=end) == expected


def test_career_from_positions_csv_records():
    rows = [
        {
            "Company Name": "Acme B.V.",
            "Title": "Consultant",
            "Started On": "Mar 2015",
            "Finished On": "Jun 2017",
            "Description": "",
            "Location": "Utrecht",
        },
        {"Company Name": "Beta", "Title": "Lead", "Started On": "Jul 2017", "Finished On": ""},
        {"Company Name": "", "Title": "", "Started On": "2010"},  # nothing: skipped
        Position("Gamma", start=date(2020, 1, 1)),
    ]
    c = career_from_positions(rows, owner_name="Sam", exported_on=date(2024, 1, 1))
    assert [p.company for p in c.positions] == ["Acme B.V.", "Beta", "Gamma"]
    assert c.positions[0].start == date(2015, 3, 1) and c.positions[0].end == date(2017, 6, 30)
    assert c.positions[1].is_current
    assert c.owner_name == "Sam"
    df = pd.DataFrame(
        {
            "company": ["Acme"],
            "title": ["x"],
            "start": pd.to_datetime(["2015-03-01"]),
            "end": [pd.NaT],
        }
    )
    c = career_from_positions(df.to_dict("records"))
    assert c.positions[0].start == date(2015, 3, 1) and c.positions[0].end is None
    assert c.positions[0].is_current


def test_career_from_records_keeps_an_unreadable_end_a_past_job():
    rows = [{"Company Name": "Acme", "Started On": "Aug 2014", "Finished On": "31/31/2021"}]
    (acme,) = career_from_positions(rows, exported_on=date(2024, 1, 1)).positions
    assert acme.end is None and acme.end_unknown and not acme.is_current


def test_save_and_load_round_trip(tmp_path):
    c = _career(owner_name="Sam de Vries", registered_on=date(2010, 5, 3))
    path = tmp_path / "career.json"
    save_career(c, path)
    back = load_career(path)
    assert back == c
    assert back.positions[0].employer_key == "beta consulting"
    assert not list(tmp_path.glob(".*tmp"))  # the atomic write left nothing behind


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ("{not json", "not valid JSON"),
        ("[]", "not a career file"),
        ('{"format": "something else"}', "not a career file"),
        ('{"format": "contact-ownership career", "version": 99}', "newer version"),
        ('{"format": "contact-ownership career", "version": 1, "positions": 3}', "positions"),
        (
            '{"format": "contact-ownership career", "version": 1, '
            '"positions": [{"company": "A", "start": "2015-13-01"}]}',
            "invalid date",
        ),
        (
            '{"format": "contact-ownership career", "version": 1, "positions": [{"company": 5}]}',
            "invalid company",
        ),
    ],
)
def test_load_bad_file_is_an_input_error(tmp_path, content, problem):
    path = tmp_path / "career.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=problem) as err:
        load_career(path)
    assert str(path) in str(err.value)


def test_load_missing_or_binary_file(tmp_path):
    with pytest.raises(InputError, match="does not exist"):
        load_career(tmp_path / "nope.json")
    path = tmp_path / "bin.json"
    path.write_bytes(b"\xff\xfe\x00garbage")
    with pytest.raises(InputError):
        load_career(path)


def test_saved_file_is_plain_json(tmp_path):
    path = tmp_path / "c.json"
    save_career(Career([Position("Acmé", start=date(2020, 1, 1))]), path)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["positions"][0] == {
        "company": "Acmé",
        "title": "",
        "start": "2020-01-01",
        "end": None,
        "description": "",
        "location": "",
    }


def test_datetime_inputs_drop_the_time_of_day():
    c = Career([Position("Acme", start=date(2015, 1, 1), end=date(2015, 1, 31))])
    assert c.covering(datetime(2015, 1, 31, 23, 59))[0] == 0
    assert c.covering(np.datetime64("2015-01-31T23:59:59"))[0] == 0


def test_primary_role_from_the_whole_career_the_latest_job_counting_more():
    assert primary_role(Career()) == ""
    c = Career(
        [
            Position("Acme", "Verpleegkundige", date(2010, 1, 1), date(2014, 12, 31)),
            Position("Beta", "Senior IT Recruiter", date(2015, 1, 1), None),
        ]
    )
    assert primary_role(c) == "recruitment"
    c = Career(
        [
            Position("Beta", "Accountmanager", date(2015, 1, 1), date(2019, 1, 31)),
            Position("Acme", "Docent", date(2010, 1, 1), date(2014, 12, 31)),
        ]
    )
    assert primary_role(c) == "sales"  # 4 recent years of sales outweigh 5 of teaching
    c = Career(
        [
            Position("Beta", "Accountmanager", date(2020, 1, 1), date(2021, 1, 31)),
            Position("Acme", "Docent", date(2010, 1, 1), date(2019, 12, 31)),
        ]
    )
    assert primary_role(c) == "education"  # a year of sales after ten of teaching does not


def test_a_contact_in_a_gap_is_not_given_a_job_that_had_not_started():
    """A current job whose start is typed as 2030: the contacts connected since the last job
    ended belong to that last job, not to one that had not started when they connected; so
    do contacts in a gap between jobs, and ex-colleagues shortly after a move still do."""
    from model.features.relate import attribute_employer, timing_facts

    career = Career(
        positions=[
            Position("Acme B.V.", "Consultant", date(2012, 1, 1), date(2016, 12, 31)),
            Position("Globex", "Consultant", date(2018, 1, 1), date(2020, 6, 30)),
            Position("Initech", "Senior Consultant", date(2030, 1, 1), None),  # typo: 2020
        ],
        exported_on=date(2025, 2, 11),
    )
    days = ["2017-06-01", "2020-08-01", "2023-05-01", "2019-01-01", "2010-01-01"]
    facts = timing_facts(np.array(days, dtype="datetime64[D]"), career)
    facts["employer_match"] = np.full(len(days), -1)
    # gap 2017 -> Acme (held last before it), Aug 2020 -> Globex (just left), 2023 -> Globex
    # (the job held last: Initech had not started), 2019 -> Globex (during it),
    # 2010 -> Acme (before the first job: the first)
    assert list(attribute_employer(facts, career)) == [0, 1, 1, 1, 0]
    # a contact working at one of the owner's employers still belongs to that employer
    facts["employer_match"] = np.array([-1, -1, 2, -1, -1])
    assert attribute_employer(facts, career)[2] == 2
