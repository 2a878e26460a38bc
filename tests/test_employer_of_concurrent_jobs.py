"""Two jobs held at once: a contact goes to the one its company, sector or title supports,
else to the main job (the longer-running one, the one that is no side job), never simply to
the one started last. A side business typed in and marked current ("Eigen Beheer", 2023-now,
beside eleven years at a bank) took every contact since 2023, undated ones too."""

from __future__ import annotations

from datetime import date

import numpy as np
import pandas as pd

from model.career import Career, Position
from model.features.relate import attribute_employer, relate
from model.schema import conform_contacts

MAIN, SIDE = 0, 1


def _career() -> Career:
    return Career(
        positions=[
            Position("Rabobank", "Financial controller", date(2015, 1, 1), None),
            Position("Eigen Beheer", "Fotograaf", date(2023, 3, 1), None),
        ],
        owner_name="Sanne Visser",
        exported_on=date(2026, 6, 1),
    )


def _contacts(rows: list[tuple[str, str, str | None]]) -> pd.DataFrame:
    """(company, title, connected on) per contact."""
    return conform_contacts(
        pd.DataFrame(
            {
                "first_name": [f"P{k}" for k in range(len(rows))],
                "last_name": ["de Boer"] * len(rows),
                "company": [r[0] for r in rows],
                "position": [r[1] for r in rows],
                "connected_on": pd.to_datetime([r[2] for r in rows]),
            }
        )
    )


def test_a_side_business_does_not_take_the_main_jobs_contacts():
    contacts = _contacts(
        [
            ("KPMG", "Accountant", "2024-05-10"),  # the bank's work: finance
            ("", "", "2024-06-01"),  # no evidence either way: the main job
            ("Gemeente Arnhem", "Beleidsmedewerker", "2025-01-20"),  # neither: the main job
            ("Rabobank", "Risk manager", "2024-02-02"),  # works at the bank
            ("Studio Zuid", "Photographer", "2024-09-09"),  # the photography
            ("Beeldbank", "Fotograaf", "2021-04-04"),  # before the side business began
            ("", "", None),  # no date: the current main job
        ]
    )
    facts = relate(contacts, _career())
    assert facts["employer_index"].tolist() == [MAIN, MAIN, MAIN, MAIN, SIDE, MAIN, MAIN]


def test_the_longer_running_job_is_the_main_one_whichever_started_last():
    # the same two jobs, the side business listed first and started first: still the bank's
    # decade that takes what no evidence decides (a self-employed company is no main job)
    career = Career(
        positions=[
            Position("Freelance", "Fotograaf", date(2014, 1, 1), None),
            Position("Rabobank", "Financial controller", date(2016, 1, 1), None),
        ],
        exported_on=date(2026, 6, 1),
    )
    contacts = _contacts([("", "", "2024-06-01"), ("Studio Zuid", "Photographer", "2024-09-09")])
    assert relate(contacts, career)["employer_index"].tolist() == [1, 0]


def test_a_new_job_overlapping_the_old_ones_last_month_takes_that_month():
    """A move: the old job's end typed as the month the new one began. The overlap is the
    new job's (longer-running) unless the contact's evidence says otherwise."""
    career = Career(
        positions=[
            Position("Dexant B.V.", "Consultant", date(2018, 1, 1), date(2021, 3, 31)),
            Position("Genia B.V.", "Lead consultant", date(2021, 3, 1), None),
        ],
        exported_on=date(2026, 6, 1),
    )
    contacts = _contacts([("", "", "2021-03-15"), ("Dexant B.V.", "Analist", "2021-03-20")])
    assert relate(contacts, career)["employer_index"].tolist() == [1, 0]


def test_without_dates_given_the_timing_rule_stands():
    """attribute_employer on facts alone (no dates, companies or titles) keeps the timing's
    covering job, as before."""
    career = _career()
    t = career.timing([date(2024, 6, 1)])
    facts = {
        "job": t.position,
        "previous_job": np.array([-1]),
        "months_after_job": np.array([np.nan]),
        "months_into_job": t.months_into_position,
        "before_first_job": np.array([False]),
        "employer_match": np.array([-1]),
    }
    assert attribute_employer(facts, career).tolist() == [int(t.position[0])]


def test_an_employers_years_count_together_whatever_its_promotions():
    """Eighteen years at one firm in two positions (a promotion after twelve), beside a side
    business of fourteen: the firm's years count together, so the firm is the main job."""
    career = Career(
        positions=[
            Position("Eigen Beheer", "Fotograaf", date(2012, 1, 1), None),
            Position("Senide Technology", "Principal consultant", date(2020, 6, 1), None),
            Position("Senide Technology", "Lead consultant", date(2008, 1, 1), date(2020, 5, 31)),
        ],
        exported_on=date(2026, 6, 1),
    )
    contacts = _contacts(
        [("", "", "2024-06-01"), ("", "", "2015-06-01"), ("Studio Zuid", "Fotograaf", "2024-09-09")]
    )
    assert relate(contacts, career)["employer_index"].tolist() == [1, 2, 0]
