"""A journal that SQLite can read but that is not whole (one of its tables gone) or not ours (a
database with other tables at its path) is damage: it is set aside and said, as a file SQLite
cannot read is. Before, it was taken as a new review: the decisions in its other tables were
neither shown nor reported."""

from __future__ import annotations

import contextlib
import sqlite3

import pytest

from model.session import ReviewSession

from .test_exports import make_inputs


def _reviewed(tmp_path):
    contacts, results = make_inputs()
    source = tmp_path / "Connections.csv"
    source.write_text("x")
    session = ReviewSession.open(source, contacts, results, reviewer="eva")
    session.decide([0], "private", note="my dentist")
    journal = session.journal_path
    session.close()
    return source, contacts, results, journal


def _drop_meta(path):
    with contextlib.closing(sqlite3.connect(path)) as db:
        db.execute("DROP TABLE meta")
        db.commit()


def _foreign(path):
    path.unlink()
    with contextlib.closing(sqlite3.connect(path)) as db:
        db.execute("CREATE TABLE notes(text)")
        db.execute("INSERT INTO notes VALUES ('someone else''s')")
        db.commit()


@pytest.mark.parametrize("spoil", [_drop_meta, _foreign])
def test_a_journal_not_whole_or_not_ours_is_set_aside_and_said(tmp_path, spoil):
    source, contacts, results, journal = _reviewed(tmp_path)
    spoil(journal)
    kept = journal.read_bytes()
    again = ReviewSession.open(source, contacts, results, reviewer="eva")
    try:
        damaged = again.reopen_report.damaged
        assert damaged is not None and damaged.read_bytes() == kept  # kept as it was
        assert again.decision[0] == ""  # the review starts over, and says so
    finally:
        again.close()


def test_a_whole_journal_is_not_set_aside(tmp_path):
    source, contacts, results, _ = _reviewed(tmp_path)
    again = ReviewSession.open(source, contacts, results, reviewer="eva")
    try:
        assert again.reopen_report.damaged is None and again.decision[0] == "private"
    finally:
        again.close()
