"""An earlier export's review saved by a newer version of the app: a newer download opens,
takes what this version can read of it, says so once, and never writes the newer file."""

from __future__ import annotations

import sqlite3

import pandas as pd

from model.session import ReviewSession
from tests.test_session import make_results
from tests.test_session_context import CAREER, dated


def _open(path, contacts):
    return ReviewSession.open(
        path, contacts, make_results(len(contacts)), career=CAREER, owner="Anna Jansen"
    )


def _export(tmp_path, month: str, lines: int):
    path = tmp_path / month / "Connections.csv"
    path.parent.mkdir()
    path.write_text("First Name,Last Name\n" + "Anna,Jansen\n" * lines, encoding="utf-8")
    return path


def _reviewed_by_a_newer_version(tmp_path, contacts, change) -> bytes:
    s = _open(_export(tmp_path, "march", 1), contacts)
    s.decide([1], "work", note="met at the fair")
    s.decide([4], "private")
    journal = s.journal_path
    s.close()
    conn = sqlite3.connect(journal)  # what a newer version might have made of it
    conn.execute("UPDATE meta SET value = '3' WHERE key = 'schema_version'")
    change(conn)
    conn.commit()
    conn.close()
    return journal


def _grown(conn):
    conn.execute("ALTER TABLE changes ADD COLUMN new_reason TEXT NOT NULL DEFAULT ''")
    conn.execute("CREATE TABLE tags(row INTEGER, tag TEXT)")
    conn.execute("INSERT INTO steps(action, n, arg, status) VALUES ('tag', 1, 'vip', 'done')")


def _rebuilt(conn):
    conn.execute("DROP TABLE changes")
    conn.execute("CREATE TABLE changes(step INTEGER, row INTEGER, state BLOB)")


def test_decisions_are_carried_as_far_as_this_version_reads_them(tmp_path):
    contacts = dated(8)
    journal = _reviewed_by_a_newer_version(tmp_path, contacts, _grown)
    kept = journal.read_bytes()
    newer = pd.concat([dated(1, seed=7), contacts], ignore_index=True)
    april = _export(tmp_path, "april", 2)
    s = _open(april, newer)
    assert s.decision[2] == "work" and s.note[2] == "met at the fair"
    assert s.decision[5] == "private" and s.reopen_report.carried == 2
    note = s.reopen_report.newer_note
    assert "carried over as far as this version can read them" in note.text("en")
    assert "overgenomen voor zover deze versie" in note.text("nl")
    assert s.undo_text == "Change 1 contact"  # a step only the newer version knows
    s.decide([3], "work")  # this export's own journal is written
    s.close()
    assert journal.read_bytes() == kept
    s = _open(april, newer)
    assert s.reopen_report.newer_note is None and s.decision[3] == "work"  # said once
    s.close()


def test_a_review_this_version_cannot_read_is_left_and_said(tmp_path):
    contacts = dated(8)
    journal = _reviewed_by_a_newer_version(tmp_path, contacts, _rebuilt)
    kept = journal.read_bytes()
    april = _export(tmp_path, "april", 2)
    s = _open(april, contacts)
    assert (s.decision == "").all() and s.reopen_report.previous is None
    assert "nothing was carried over" in s.reopen_report.newer_note.text("en")
    assert "er is niets overgenomen" in s.reopen_report.newer_note.text("nl")
    s.decide([0], "private")
    s.close()
    assert journal.read_bytes() == kept
    s = _open(april, contacts)
    assert s.reopen_report.newer_note is None and s.decision[0] == "private"
    s.close()
