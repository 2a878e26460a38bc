"""The review keeps the person's work: context, carried decisions, notes as typed, categories."""

from __future__ import annotations

import sqlite3
from datetime import date

import numpy as np
import pandas as pd
import pytest

from model.career import Career, Position
from model.session import ReviewSession
from tests.test_session import make_contacts, make_results

CAREER = Career(
    positions=[
        Position("Acme B.V.", "Consultant", date(2015, 1, 1), date(2018, 12, 31)),
        Position("Northwind", "Manager", date(2019, 1, 1), None),
    ],
    owner_name="Anna Jansen",
)


def dated(n: int, seed: int = 0) -> pd.DataFrame:
    contacts = make_contacts(n, seed)
    days = pd.to_datetime(["2016-05-01", "2020-03-01"] * (n // 2) + ["2016-05-01"] * (n % 2))
    contacts["connected_on"] = days.to_numpy()
    return contacts


@pytest.fixture
def export(tmp_path):
    path = tmp_path / "march" / "Connections.csv"
    path.parent.mkdir()
    path.write_text("First Name,Last Name\nAnna,Jansen\n", encoding="utf-8")
    return path


def open_at(path, contacts, **kw):
    return ReviewSession.open(path, contacts, make_results(len(contacts)), career=CAREER, **kw)


def test_edited_career_and_clients_come_back_with_the_session(export):
    s = open_at(export, dated(6))
    assert s.context() == (None, None)
    edited = Career(positions=[Position("Acme B.V.", "Consultant", date(2015, 1, 1), None)])
    s.set_context(edited, ["Globex", "Initech"])
    s.close()
    s = open_at(export, dated(6))
    career, clients = s.context()
    assert [p.end for p in career.positions] == [None]
    assert clients == ["Globex", "Initech"]


def test_a_newer_export_of_the_same_person_carries_decisions_employers_and_notes(export, tmp_path):
    contacts = dated(10)
    s = open_at(export, contacts, owner="Anna Jansen")
    s.decide([1], "work", note="met at the fair")
    s.set_employer([3], "Acme B.V.")
    s.decide([4], "private")
    s.set_note(5, "a friend")
    s.set_context(CAREER, ["Globex"])
    s.close()
    # A month later: downloaded again into another folder, one more contact, another order,
    # and the URLs written with a trailing slash and without "www.".
    newer = pd.concat([dated(1, seed=7), contacts.iloc[::-1]], ignore_index=True)
    newer["url"] = newer["url"].str.replace("https://www.", "https://") + "/"
    later = tmp_path / "april" / "Connections.csv"
    later.parent.mkdir()
    later.write_text("First Name,Last Name\nAnna,Jansen\nBram,Bakker\n", encoding="utf-8")
    s = open_at(later, newer, owner="Anna Jansen")
    report = s.reopen_report
    assert report.previous is not None and report.carried == 4
    row = {old: 10 - old for old in range(10)}  # old row -> new row
    assert s.decision[row[1]] == "work" and s.note[row[1]] == "met at the fair"
    assert s.employer[row[3]] == "Acme B.V." and s.decision[row[4]] == "private"
    assert s.note[row[5]] == "a friend"
    assert s.context()[1] == ["Globex"]


def test_a_career_edited_on_an_earlier_export_takes_what_the_newer_export_changed(export, tmp_path):
    contacts = dated(6)
    s = open_at(export, contacts, owner="Anna Jansen")
    # the person corrects Acme's end date and adds a client; Northwind is left as it was
    edited = Career(
        positions=[
            Position("Acme B.V.", "Consultant", date(2015, 1, 1), date(2019, 3, 31)),
            CAREER.positions[1],
        ],
        owner_name="Anna Jansen",
    )
    s.set_context(edited, ["Globex"])
    s.close()
    # Downloaded again a year later: Northwind ended, a new job started since.
    newer = Career(
        positions=[
            Position("Initech", "Director", date(2026, 2, 1), None),
            Position("Acme B.V.", "Consultant", date(2015, 1, 1), date(2018, 12, 31)),
            Position("Northwind", "Manager", date(2019, 1, 1), date(2026, 1, 31)),
        ],
        owner_name="Anna Jansen",
        exported_on=date(2026, 4, 4),
    )
    later = tmp_path / "april" / "Connections.csv"
    later.parent.mkdir()
    later.write_text("First Name,Last Name\nAnna,Jansen\nBram,Bakker\n", encoding="utf-8")
    s = ReviewSession.open(later, contacts, make_results(6), career=newer, owner="Anna Jansen")
    career, clients = s.context()
    by_company = {p.company: p for p in career.positions}
    assert set(by_company) == {"Initech", "Acme B.V.", "Northwind"}
    assert by_company["Acme B.V."].end == date(2019, 3, 31)  # the person's edit stays
    assert by_company["Northwind"].end == date(2026, 1, 31)  # the export's change follows
    assert career.exported_on == date(2026, 4, 4) and clients == ["Globex"]
    assert {p.company for p in s.career_updates} == {"Initech", "Northwind"}
    # the same export again, edited nowhere since: nothing changes
    s.close()
    s = ReviewSession.open(later, contacts, make_results(6), career=newer, owner="Anna Jansen")
    assert s.context()[0].positions == career.positions


def test_a_position_the_person_deleted_stays_deleted_in_a_newer_export(export, tmp_path):
    s = open_at(export, dated(6), owner="Anna Jansen")
    s.set_context(Career(positions=[CAREER.positions[1]], owner_name="Anna Jansen"), [])
    s.close()
    later = tmp_path / "later.csv"
    later.write_text("x\n", encoding="utf-8")
    s = open_at(later, dated(6), owner="Anna Jansen")  # the same career as before
    assert [p.company for p in s.context()[0].positions] == ["Northwind"]
    assert s.career_updates == []


def test_contacts_without_url_are_matched_by_name_and_company(export, tmp_path):
    contacts = dated(6)
    contacts["url"] = ""
    contacts["first_name"] = [f"P{i}" for i in range(6)]
    s = open_at(export, contacts, owner="Anna Jansen")
    s.decide([2], "private")
    s.close()
    later = tmp_path / "later.csv"
    later.write_text("x\n", encoding="utf-8")
    s = open_at(later, contacts.iloc[1:].reset_index(drop=True), owner="Anna Jansen")
    assert s.reopen_report.carried == 1 and s.decision[1] == "private"


def test_a_decision_on_a_hidden_profile_stays_with_that_profile(export, tmp_path):
    """Profiles LinkedIn hides have no name, URL or company: a newer export with one more of
    them must not hand the decision to another (qa7: they paired up in order)."""
    contacts = dated(6)
    contacts.loc[[1, 3], ["first_name", "last_name", "url", "company"]] = ""
    contacts.loc[1, "connected_on"] = pd.Timestamp("2020-03-01")
    contacts.loc[3, "connected_on"] = pd.Timestamp("2014-12-25")
    s = open_at(export, contacts, owner="Anna Jansen")
    s.decide([3], "private")
    s.close()
    hidden = contacts.iloc[[1]].copy()
    hidden["connected_on"] = pd.Timestamp("2024-01-02")  # one more, newer than both
    newer = pd.concat([hidden, contacts], ignore_index=True)
    later = tmp_path / "later.csv"
    later.write_text("x\n", encoding="utf-8")
    s = open_at(later, newer, owner="Anna Jansen")
    assert s.reopen_report.carried == 1
    assert list(s.decision[[0, 2, 4]]) == ["", "", "private"]


def test_what_the_learning_was_told_to_forget_follows_to_a_newer_export(export, tmp_path):
    """A reset of the learning (Review > Forget what the suggestions learned from me) stays a
    reset in a newer download, on the same contacts (qa7: it was lost there)."""
    from model.learning.store import load_layer, save_layer, sidecar_path

    contacts = dated(10)
    s = open_at(export, contacts, owner="Anna Jansen")
    s.decide([1, 4, 6], "private")
    save_layer(sidecar_path(s.journal_path), None, np.zeros(0, dtype=str), np.array([1, 4]))
    s.close()
    newer = pd.concat([dated(2, seed=7), contacts.drop(index=4)], ignore_index=True)
    later = tmp_path / "later.csv"
    later.write_text("x\n", encoding="utf-8")
    s = open_at(later, newer, owner="Anna Jansen")
    assert s.reopen_report.previous is not None
    forgotten = load_layer(sidecar_path(s.journal_path), np.zeros(0, dtype=str)).forgotten
    assert forgotten.tolist() == [3]  # old row 1, now after two new contacts; row 4 is gone


def test_another_persons_export_carries_nothing(export, tmp_path):
    s = open_at(export, dated(6), owner="Anna Jansen")
    s.decide([0], "work")
    s.close()
    other = tmp_path / "other.csv"
    other.write_text("y\n", encoding="utf-8")
    s = open_at(other, dated(6, seed=3), owner="Bram Bakker")
    assert s.reopen_report.previous is None and (s.decision == "").all()


def test_a_note_is_saved_as_typed_and_is_one_undo_step(export):
    s = open_at(export, dated(4))
    for typed in ("c", "co", "cou", "cousin"):
        s.set_note(2, typed)
        # on disk at once: another connection sees it
        conn = sqlite3.connect(s.journal_path)
        notes = [r[0] for r in conn.execute("SELECT new_note FROM changes")]
        conn.close()
        assert notes == [typed]
    assert s.undo_text == "Edit note"
    s.undo()
    assert s.note[2] == "" and not s.can_undo
    s.redo()
    assert s.note[2] == "cousin"
    s.set_note(3, "x")
    s.set_note(2, "cousins")  # another row in between: a new step
    assert len(s._undo) == 3


def test_work_decision_takes_the_employer_of_the_connection_date(export):
    s = open_at(export, dated(4))
    # rows 1 and 3 are suggested private; connected 2020 (Northwind) and 2020 again
    s.decide([1], "work")
    assert s.employer[1] == "Northwind" and s.category[1] == "other work"
    s.set_employer([1], "Acme B.V.")
    assert s.employer[1] == "Acme B.V."


def test_undo_leaves_no_stale_category(export):
    s = open_at(export, dated(4))
    model_category = s.category[1]
    s.decide([1], "work")
    s.decide([1], "private")
    assert s.category[1] == "private"
    s.undo()
    assert s.category[1] == "other work"
    s.undo()
    assert s.decision[1] == "" and s.category[1] == model_category


def test_category_for_many_rows_at_once(export):
    s = open_at(export, dated(6))
    s.set_category([0, 1, 2], "supplier")
    assert list(s.category[:3]) == ["supplier"] * 3
    assert list(s.decision[:3]) == ["work"] * 3
    assert s.undo_text == "Set category of 3 contacts to supplier"
    assert list(s.states()[:3]) == ["overridden"] * 3
    s.close()
    s = open_at(export, dated(6))  # the category is journaled
    assert list(s.category[:3]) == ["supplier"] * 3
    with pytest.raises(ValueError):
        s.set_category([0], "friend")
    final = s.final()
    assert list(final["category"][:3]) == ["supplier"] * 3


def test_a_version_1_journal_is_upgraded(export):
    s = open_at(export, dated(4))
    s.decide([0], "private")
    path = s.journal_path
    s.close()
    conn = sqlite3.connect(path)  # make it look like a journal of the previous release
    conn.execute("ALTER TABLE changes DROP COLUMN old_category")
    conn.execute("ALTER TABLE changes DROP COLUMN new_category")
    conn.execute("UPDATE meta SET value = '1' WHERE key = 'schema_version'")
    conn.commit()
    conn.close()
    s = open_at(export, dated(4))
    assert s.decision[0] == "private"
    s.set_category([1], "client")
    assert s.category[1] == "client"
    assert np.count_nonzero(s.decision != "") == 2


def test_stored_sessions_are_listed_and_can_be_forgotten(export, tmp_path):
    from model.session_store import forget_session, list_sessions

    folder = tmp_path / "journals"
    s = open_at(export, dated(6), owner="Anna Jansen", exported_on="2026-03-01", journal_dir=folder)
    s.decide([0, 1, 2], "work")
    s.decide([1], "private")
    s.undo()
    s.close()
    other = tmp_path / "other.csv"
    other.write_text("y\n", encoding="utf-8")
    t = open_at(other, dated(4, seed=5), journal_dir=folder)
    t.close()
    listed = {x.source_name: x for x in list_sessions(folder)}
    assert set(listed) == {"other.csv", "Connections.csv"}
    anna = listed["Connections.csv"]
    assert (anna.person, anna.exported_on, anna.decided, anna.total) == (
        "Anna Jansen",
        "2026-03-01",
        3,
        6,
    )
    forget_session(anna.path)
    assert [x.source_name for x in list_sessions(folder)] == ["other.csv"]
    assert not list(folder.glob(anna.path.name + "*"))


def test_listing_the_stored_reviews_is_no_change_to_them(export, tmp_path):
    """File ▸ Stored reviews… said every review was last changed just now: reading one made
    SQLite's empty side files, whose times counted (qa7)."""
    import os
    from datetime import UTC, datetime

    from model.journal import _sidecars
    from model.session_store import list_sessions

    folder = tmp_path / "journals"
    s = open_at(export, dated(6), owner="Anna Jansen", journal_dir=folder)
    s.decide([0], "work")
    s.close()
    then = datetime(2024, 5, 1, 12, 0, tzinfo=UTC).timestamp()
    for part in _sidecars(s.journal_path):
        if part.exists():
            os.utime(part, (then, then))
    for _ in range(2):  # the first listing makes SQLite's side files; the second sees them
        (listed,) = list_sessions(folder)
        assert listed.changed.timestamp() == then
