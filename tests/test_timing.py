"""Where a connection date falls on the owner's career."""

from datetime import date

import numpy as np

from model.career import Career, Position
from model.features.relate import timing_facts

CAREER = Career(
    positions=[
        Position("Acme B.V.", "Consultant", date(2015, 3, 1), date(2018, 6, 30)),
        Position("Globex", "Senior consultant", date(2018, 9, 1), None),
        Position("Side gig", "Teacher", date(2019, 1, 1), date(2019, 12, 31)),
    ],
    owner_name="Sam de Vries",
    registered_on=date(2012, 5, 10),
    exported_on=date(2024, 1, 15),
)


def facts(*days):
    return timing_facts(np.array(days, dtype="datetime64[D]"), CAREER)


def test_before_first_job_and_first_months():
    f = facts("2012-06-01", "2014-01-01")
    assert f["before_first_job"].tolist() == [True, True]
    assert f["first_months"].tolist() == [True, False]
    assert f["job"].tolist() == [-1, -1]
    assert 13 < f["months_before_first_job"][1] < 15  # Jan 2014 → Mar 2015


def test_inside_jobs_overlap_takes_latest_started():
    f = facts("2016-01-01", "2019-06-01", "2023-12-31")
    assert f["job"].tolist() == [0, 2, 1]
    assert f["in_job"].all()
    assert abs(f["months_into_job"][0] - 10) < 0.6


def test_gap_after_job_and_boundaries():
    f = facts("2018-07-15", "2018-06-30", "2015-03-01")
    assert f["in_gap"].tolist() == [True, False, False]
    assert f["previous_job"][0] == 0
    assert f["months_after_job"][0] < 1
    assert f["job"][1:].tolist() == [0, 0]  # first and last day belong to the job


def test_missing_dates_are_neither_in_job_nor_gap():
    f = timing_facts(np.array(["NaT", "2016-01-01"], dtype="datetime64[D]"), CAREER)
    assert f["no_date"].tolist() == [True, False]
    assert f["job"][0] == -1 and not f["in_gap"][0] and not f["before_first_job"][0]
    assert np.isnan(f["months_since_joined"][0])


def test_empty_career():
    f = timing_facts(np.array(["2016-01-01"], dtype="datetime64[D]"), Career())
    assert f["job"][0] == -1 and not f["in_gap"][0] and not f["before_first_job"][0]
    assert f["months_since_joined"][0] == 0  # joined = first connection when unknown


def test_owner_role_is_inferred_from_the_network_without_a_career():
    from model.features.vocab import infer_role

    titles = ["Recruiter", "Senior Recruiter", "Talent Acquisition Specialist", "Intercedent"] * 8
    assert infer_role(titles + ["Student", "Verpleegkundige", ""] * 3) == "recruitment"
    assert infer_role(["Student"] * 40) == ""  # private titles say nothing of a job
    assert infer_role(["Recruiter"] * 5) == ""  # too few to tell
