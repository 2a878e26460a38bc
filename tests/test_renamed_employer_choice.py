"""An employer the person chose by hand follows its company's new name in a newer export of
the same person, when the career merge takes the renamed position for the same job."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

from model.career import Career, Position
from model.session import ReviewSession
from tests.test_session import make_contacts, make_results

OLD = Career(
    positions=[
        Position("Acme", "Consultant", date(2015, 1, 1), date(2018, 12, 31)),
        Position("Northwind", "Manager", date(2019, 1, 1), None),
    ]
)
RENAMED = Career(
    positions=[
        Position("Acme Group B.V.", "Senior Consultant", date(2015, 1, 1), date(2018, 12, 31)),
        Position("Northwind", "Manager", date(2019, 1, 1), None),
    ]
)


def _contacts(n: int) -> pd.DataFrame:
    contacts = make_contacts(n, 0)
    contacts["connected_on"] = pd.to_datetime(["2016-05-01"] * n).to_numpy()
    return contacts


def _export(tmp_path, month: str, lines: int):
    path = tmp_path / month / "Connections.csv"
    path.parent.mkdir()
    path.write_text("First Name,Last Name\n" + "Anna,Jansen\n" * lines, encoding="utf-8")
    return path


def _open(path, contacts, career):
    return ReviewSession.open(
        path, contacts, make_results(len(contacts)), career=career, owner="Anna Jansen"
    )


@pytest.mark.parametrize("edited", [False, True])
def test_a_chosen_employer_follows_the_companys_new_name(tmp_path, edited):
    contacts = _contacts(6)
    s = _open(_export(tmp_path, "march", 1), contacts, OLD)
    s.set_employer([1, 2], "Acme")
    s.set_employer([3], "Globex")  # not in the career at all: the person's own name
    s.decide([4], "private")
    if edited:  # a career edited in the app: Northwind's end set, Acme untouched
        ended = Position("Northwind", "Manager", date(2019, 1, 1), date(2025, 1, 31))
        s.set_context(Career(positions=[OLD.positions[0], ended]), [])
    s.close()
    april = _export(tmp_path, "april", 2)
    s = _open(april, contacts, RENAMED)
    assert s.reopen_report.carried == 4
    assert s.employer[[1, 2]].tolist() == ["Acme Group B.V."] * 2
    assert s.employer[3] == "Globex" and s.decision[4] == "private"
    assert s.undo_text == "Set employer of 2 contacts to Acme Group B.V."
    s.undo()  # the person may take the old name back
    assert s.employer[[1, 2]].tolist() == ["Acme"] * 2
    s.redo()
    s.close()
    s = _open(april, contacts, RENAMED)
    assert s.employer[[1, 2]].tolist() == ["Acme Group B.V."] * 2  # kept, not done again
    s.close()


def test_a_company_the_person_kept_in_their_career_keeps_its_name(tmp_path):
    contacts = _contacts(4)
    s = _open(_export(tmp_path, "march", 1), contacts, OLD)
    s.set_employer([1], "Acme")
    # the person edited the Acme position (its end): their version, with its name, stays
    own = Position("Acme", "Consultant", date(2015, 1, 1), date(2019, 3, 31))
    s.set_context(Career(positions=[own, OLD.positions[1]]), [])
    s.close()
    s = _open(_export(tmp_path, "april", 2), contacts, RENAMED)
    assert s.employer[1] == "Acme"


def test_another_job_at_a_new_company_is_no_rename(tmp_path):
    contacts = _contacts(4)
    s = _open(_export(tmp_path, "march", 1), contacts, OLD)
    s.set_employer([1], "Acme")
    s.close()
    other = Career(
        positions=[
            Position("Initech", "Developer", date(2015, 1, 1), date(2018, 12, 31)),
            Position("Northwind", "Manager", date(2019, 1, 1), None),
        ]
    )
    s = _open(_export(tmp_path, "april", 2), contacts, other)
    assert s.employer[1] == "Acme"


def test_a_company_renamed_outright_is_followed_too(tmp_path):
    # a new name sharing no word with the old one: the same first month and title tell the job
    rebranded = Career(
        positions=[
            Position("Initrode Partners", "Senior Consultant", date(2015, 1, 1), None),
            Position("Northwind", "Manager", date(2019, 1, 1), None),
        ]
    )
    contacts = _contacts(4)
    s = _open(_export(tmp_path, "march", 1), contacts, OLD)
    s.set_employer([1, 2], "Acme")
    s.close()
    s = _open(_export(tmp_path, "april", 2), contacts, rebranded)
    assert s.employer[[1, 2]].tolist() == ["Initrode Partners"] * 2
    assert s.undo_text == "Set employer of 2 contacts to Initrode Partners"
    s.close()
