"""The review session: decisions, undo/redo, the crash-safe journal and re-opening."""

from __future__ import annotations

import gc
import hashlib
import shutil
import sqlite3
import stat
import subprocess
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule

from model.errors import InputError
from model.schema import empty_contacts
from model.session import JournalError, ReviewSession

FIRST = ["Anna", "Bram", "Chloé", "Daan", "Eva", "Finn", "Grace", "Hugo", "Iris", "Jens"]
LAST = ["de Vries", "Jansen", "Bakker", "Smith", "van den Berg", "Müller", "Visser"]
EMPLOYERS = ["Acme B.V.", "Northwind", "Globex N.V."]


def make_contacts(n: int, seed: int = 0) -> pd.DataFrame:
    """Generated contacts: unique by (first, last, url)."""
    rng = np.random.default_rng(seed)
    contacts = empty_contacts(n)
    contacts["first_name"] = pd.array(rng.choice(FIRST, n), dtype="str")
    contacts["last_name"] = pd.array(rng.choice(LAST, n), dtype="str")
    contacts["url"] = pd.array(
        [f"https://www.linkedin.com/in/p{seed}-{i}" for i in range(n)], "str"
    )
    contacts["company"] = pd.array(rng.choice(["Initech", "Hooli", ""], n), dtype="str")
    return contacts


def make_results(n: int, seed: int = 0) -> pd.DataFrame:
    """Suggestions alternating work/private, employers cycling, every fifth flagged."""
    rows = np.arange(n)
    work = rows % 2 == 0
    employer = np.where(work, np.array(EMPLOYERS, dtype=object)[(rows + seed) % 3], "")
    return pd.DataFrame(
        {
            "suggestion": pd.array(np.where(work, "work", "private"), dtype="str"),
            "p_work": np.where(work, 0.8, 0.2),
            "employer": pd.array(employer.astype(str), dtype="str"),
            "category": pd.array(np.where(work, "client", "private"), dtype="str"),
            "flagged": rows % 5 == 0,
            "reasons": [("a reason",)] * n,
        }
    )


@pytest.fixture
def source(tmp_path):
    path = tmp_path / "Connections.csv"
    path.write_text("First Name,Last Name\nAnna,Jansen\n", encoding="utf-8")
    return path


def open_session(source, n=10, seed=0, **kw):
    return ReviewSession.open(source, make_contacts(n, seed), make_results(n), **kw)


def test_decide_changes_rows_states_and_employer(source):
    s = open_session(source, reviewer="tester")
    assert s.decide([0, 1, 2], "work") == [0, 1, 2]
    assert list(s.decision[:4]) == ["work", "work", "work", ""]
    # row 0 and 2 were suggested work: confirmed; row 1 was private: overridden
    assert list(s.states()[:4]) == ["confirmed", "overridden", "confirmed", "unreviewed"]
    assert s.state(1) == "overridden"
    assert s.employer[0] == EMPLOYERS[0] and s.employer[1] == "" and s.employer[3] == ""
    assert s.undo_text == "Mark 3 contacts as work"
    assert s.decide([0, 2], "work") == []  # nothing changed: no step
    assert s.undo_text == "Mark 3 contacts as work"
    assert s.decide([0, 0, 4], "private") == [0, 4]  # duplicates collapse, order kept
    assert s.employer[0] == "" and s.state(0) == "overridden"


def test_decide_rejects_bad_input(source):
    s = open_session(source)
    with pytest.raises(ValueError):
        s.decide([0], "maybe")
    with pytest.raises(IndexError):
        s.decide([10], "work")
    with pytest.raises(IndexError):
        s.decide([-1], "work")
    assert not s.can_undo


def test_arrays_are_read_only_and_live(source):
    s = open_session(source)
    decision = s.decision
    with pytest.raises(ValueError):
        decision[0] = "work"
    s.decide([3], "private")
    assert decision[3] == "private"


def test_undo_redo_sequence(source):
    s = open_session(source)
    assert (s.can_undo, s.can_redo, s.undo_text, s.redo_text) == (False, False, "", "")
    assert s.undo() == [] and s.redo() == []
    s.decide([1], "work")
    s.set_employer([1, 3], "Globex N.V.")
    assert s.undo_text == "Set employer of 2 contacts to Globex N.V."
    assert s.undo() == [1, 3]
    assert list(s.decision[:4]) == ["", "work", "", ""]
    assert s.employer[1] == ""  # private suggestion without a chosen employer
    assert s.redo_text == "Set employer of 2 contacts to Globex N.V."
    assert s.undo() == [1]
    assert not s.can_undo and s.can_redo
    assert (s.decision == "").all()
    assert s.redo() == [1]
    assert s.decision[1] == "work" and s.redo_text.startswith("Set employer")
    s.clear([1])  # a new step drops the redo stack
    assert not s.can_redo and s.undo_text == "Clear decision of 1 contact"
    assert s.undo() == [1] and s.decision[1] == "work"


def test_set_employer_decides_work(source):
    s = open_session(source)
    s.set_employer([0, 1], "Northwind")
    assert list(s.decision[:2]) == ["work", "work"]
    assert list(s.employer[:2]) == ["Northwind", "Northwind"]
    assert s.state(0) == "overridden"  # suggested Acme B.V.
    s.set_employer([0], EMPLOYERS[0])
    assert s.state(0) == "confirmed"
    s.decide([0], "private")
    s.decide([0], "work")  # a chosen employer does not survive a private decision
    assert s.employer[0] == EMPLOYERS[0]


def test_notes_and_clear(source):
    s = open_session(source, reviewer="hr")
    assert s.set_note(2, "met at a conference") == [2]
    assert s.set_note(2, "met at a conference") == []
    assert s.state(2) == "unreviewed"  # a note is not a decision
    s.decide([2], "work", note="client of Acme")
    assert s.note[2] == "client of Acme"
    s.decide([2], "private")  # an empty note keeps the old one
    assert s.note[2] == "client of Acme"
    s.clear([2])
    assert s.decision[2] == "" and s.note[2] == "client of Acme" and s.state(2) == "unreviewed"
    assert s.undo_text == "Clear decision of 1 contact"


def test_counts(source):
    s = open_session(source)  # 5 work, 5 private suggested; rows 0 and 5 flagged
    s.decide([1, 3], "work")
    s.decide([0], "work")
    s.decide([2], "private")
    assert s.counts() == {
        "work": 6,
        "private": 4,
        "flagged": 2,
        "flagged_undecided": 1,
        "undecided": 6,
        "decided": 4,
        "confirmed": 1,
        "overridden": 3,
        "total": 10,
    }


def test_history_records_who_when_and_undo(source):
    s = open_session(source, reviewer="alice")
    before = datetime.now(UTC)
    s.decide([4], "private", note="my neighbour")
    s.undo()
    s.redo()
    s.set_employer([4], "Acme B.V.")
    history = s.history(4)
    assert [h["action"] for h in history] == ["decide", "undo decide", "redo decide", "employer"]
    assert [h["decision"] for h in history] == ["private", "", "private", "work"]
    assert [h["note"] for h in history] == ["my neighbour", "", "my neighbour", "my neighbour"]
    assert history[-1]["employer"] == "Acme B.V."
    assert all(h["who"] == "alice" for h in history)
    assert all(h["when"].tzinfo is not None and h["when"] >= before for h in history)
    assert [h["when"] for h in history] == sorted(h["when"] for h in history)
    assert s.history(5) == []


def test_final_replaces_suggestions_with_decisions(source):
    s = open_session(source, reviewer="bob")
    s.decide([0], "private", note="friend")
    s.decide([1], "work")
    s.set_employer([2], "Northwind")
    final = s.final()
    assert list(final.columns[:6]) == list(make_results(1).columns)
    assert list(final["suggestion"][:4]) == ["private", "work", "work", "private"]
    assert list(final["employer"][:4]) == ["", "", "Northwind", ""]
    assert list(final["category"][:3]) == ["private", "other work", "client"]
    assert list(final["review_state"][:4]) == [
        "overridden",
        "overridden",
        "overridden",
        "unreviewed",
    ]
    assert list(final["decided_by"][:4]) == ["bob", "bob", "bob", ""]
    assert final["note"][0] == "friend"
    assert str(final["decided_at"].dt.tz) == "UTC"
    assert final["decided_at"][:3].notna().all() and pd.isna(final["decided_at"][3])


def test_update_results_keeps_decisions_and_recomputes_states(source):
    s = open_session(source)
    s.decide([0, 1], "work")
    assert list(s.states()[:2]) == ["confirmed", "overridden"]
    flipped = make_results(10)
    flipped["suggestion"] = pd.array(np.where(np.arange(10) % 2, "work", "private"), "str")
    flipped["employer"] = pd.array(np.where(np.arange(10) % 2, "Hooli", ""), "str")
    s.update_results(flipped)
    assert list(s.decision[:2]) == ["work", "work"]
    assert list(s.states()[:2]) == ["overridden", "confirmed"]
    assert s.employer[1] == "Hooli" and s.employer[3] == "Hooli"
    with pytest.raises(ValueError):
        s.update_results(make_results(9))


def test_decisions_survive_a_dropped_session(source):
    s = open_session(source, reviewer="carol")
    s.decide([0, 2], "private", note="school friend")
    s.set_employer([5], "Globex N.V.")
    s.decide([7], "work")
    s.undo()  # the undone step must not come back
    path = s.journal_path
    del s  # no close(): as if the app crashed
    gc.collect()
    s = open_session(source)
    assert s.journal_path == path
    assert list(np.flatnonzero(s.decision != "")) == [0, 2, 5]
    assert s.note[0] == "school friend" and s.employer[5] == "Globex N.V."
    assert s.reopen_report.matched_by == "row" and s.reopen_report.restored == 3
    assert s.undo_text == "Set employer of 1 contact to Globex N.V."
    assert s.undo() == [5]
    s.close()
    s = open_session(source)
    assert list(np.flatnonzero(s.decision != "")) == [0, 2]
    assert s.history(0)[0]["who"] == "carol"


def test_journal_location_name_and_permissions(source, tmp_path):
    s = open_session(source)
    s.decide([1], "work")
    digest = hashlib.sha256(source.read_bytes()).hexdigest()
    assert s.journal_path.name == f"{digest}.sqlite"
    assert s.journal_path.parent.name == "sessions"
    assert stat.S_IMODE(s.journal_path.parent.stat().st_mode) == 0o700
    assert stat.S_IMODE(s.journal_path.stat().st_mode) == 0o600
    files = list(s.journal_path.parent.iterdir())
    # the lock (held while the session is open) is owner-only like the journal
    expected = {".sqlite", ".sqlite-wal", ".sqlite-shm", ".sqlite.lock"}
    assert {f.name[len(digest) :] for f in files} == expected
    assert all(stat.S_IMODE(f.stat().st_mode) == 0o600 for f in files)
    conn = sqlite3.connect(s.journal_path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    conn.close()
    own = tmp_path / "journals"
    t = open_session(source, journal_dir=own)
    assert t.journal_path.parent == own and (t.decision == "").all()


def test_folder_source_is_named_by_its_connections_csv(tmp_path):
    folder = tmp_path / "export"
    folder.mkdir()
    (folder / "Connections.csv").write_bytes(b"First Name\nAnna\n")
    (folder / "Profile.csv").write_bytes(b"x")
    s = open_session(folder)
    assert s.journal_path.stem == hashlib.sha256(b"First Name\nAnna\n").hexdigest()


def test_missing_source_and_length_mismatch(tmp_path):
    with pytest.raises(InputError, match=r"missing\.zip"):
        open_session(tmp_path / "missing.zip")
    (tmp_path / "a.csv").write_text("x")
    with pytest.raises(ValueError):
        ReviewSession.open(tmp_path / "a.csv", make_contacts(3), make_results(4))


def test_reviewer_defaults_to_os_user_and_survives_failure(source, monkeypatch):
    monkeypatch.setattr("getpass.getuser", lambda: "osuser")
    assert open_session(source).reviewer == "osuser"

    def broken():
        raise OSError("no user")

    monkeypatch.setattr("getpass.getuser", broken)
    s = open_session(source)
    assert s.reviewer == ""
    s.decide([0], "work")
    assert s.history(0)[0]["who"] == ""


def test_changed_contacts_are_matched_by_key(source):
    contacts = make_contacts(10)
    s = ReviewSession.open(source, contacts, make_results(10))
    s.decide([1, 4], "work")
    s.decide([6], "private", note="cousin")
    s.close()
    # The reader now returns the contacts in another order and without row 4.
    changed = contacts.iloc[[9, 8, 7, 6, 5, 3, 2, 1, 0]].reset_index(drop=True)
    s = ReviewSession.open(source, changed, make_results(9))
    assert s.reopen_report.matched_by == "key"
    assert s.reopen_report.unmatched == 1  # row 4 is gone
    assert list(np.flatnonzero(s.decision != "")) == [3, 7]
    assert s.decision[3] == "private" and s.note[3] == "cousin" and s.decision[7] == "work"
    assert s.history(3)[0]["note"] == "cousin"
    s.undo()  # the last step (row 6, now 3) is undone on the new rows
    assert s.decision[3] == ""


def test_changed_file_at_same_path_carries_decisions_over(source):
    contacts = make_contacts(10)
    s = ReviewSession.open(source, contacts, make_results(10))
    s.decide([2, 3], "private")
    old_path = s.journal_path
    s.close()
    source.write_text(source.read_text() + "Bram,Bakker\n", encoding="utf-8")  # a new export
    grown = pd.concat([contacts, make_contacts(2, seed=9)], ignore_index=True)
    s = ReviewSession.open(source, grown, make_results(12))
    assert s.journal_path != old_path
    assert s.reopen_report.previous == old_path
    assert s.reopen_report.matched_by == "key" and s.reopen_report.unmatched == 0
    assert list(np.flatnonzero(s.decision != "")) == [2, 3]
    s.decide([11], "work")
    s.close()
    conn = sqlite3.connect(old_path)  # the old journal was copied, not changed
    assert conn.execute("SELECT COUNT(*) FROM steps").fetchone()[0] == 1
    conn.close()


def test_thirty_thousand_rows(source):
    n = 30_000
    s = open_session(source, n=n)
    assert s.decide([12_345], "private") == [12_345]
    conn = sqlite3.connect(s.journal_path)
    # one decision on one row is one change record: no table rewrite
    assert conn.execute("SELECT COUNT(*) FROM changes").fetchone()[0] == 1
    assert len(s.decide(range(n), "work")) == n
    assert s.counts()["work"] == n and s.counts()["confirmed"] == n // 2
    assert s.undo_text == f"Mark {n} contacts as work"
    assert len(s.undo()) == n
    assert s.decision[12_345] == "private" and (s.decision == "").sum() == n - 1
    conn.close()
    del s
    gc.collect()
    s = open_session(source, n=n)
    assert s.decision[12_345] == "private" and s.counts()["decided"] == 1


# --- a state machine against a plain-Python model ----------------------------------------------

N_ROWS = 6
RESULTS = make_results(N_ROWS)
SUGG = list(RESULTS["suggestion"])
SUGG_EMP = list(RESULTS["employer"])


def model_state(decision, override, suggestion, suggested):
    if not decision:
        return "unreviewed"
    employer = override if override is not None else suggested
    same = decision == suggestion and (decision == "private" or employer == suggested)
    return "confirmed" if same else "overridden"


rows_strategy = st.lists(st.integers(0, N_ROWS - 1), min_size=1, max_size=4)


def test_an_empty_redo_ends_the_note_being_typed(source):
    """Hypothesis found it: note "x", Ctrl+Shift+Z with nothing to redo, clear the note, undo.
    The cleared note joined the "x" step, so undo went back past "x" and lost it."""
    s = open_session(source)
    s.set_note(0, "x")
    assert s.redo() == []
    s.set_note(0, "")
    assert s.undo() == [0]
    assert s.note[0] == "x"
    assert s.undo() == [0]
    assert s.note[0] == ""


class SessionMachine(RuleBasedStateMachine):
    """Random decisions, undo, redo and re-opening against a snapshot model."""

    def __init__(self):
        super().__init__()
        self.dir = Path(tempfile.mkdtemp(prefix="session-machine-"))
        self.source = self.dir / "export.csv"
        self.source.write_text("x")
        self.contacts = make_contacts(N_ROWS)
        self.session = self._open()
        self.rows = [("", None, "")] * N_ROWS
        self.undo_stack: list[list] = []
        self.redo_stack: list[list] = []
        self.typing = None  # the row whose note is being typed: its edits are one step

    def _open(self):
        return ReviewSession.open(
            self.source, self.contacts, RESULTS, reviewer="m", journal_dir=self.dir
        )

    def _step(self, new_rows):
        self.typing = None
        if new_rows != self.rows:
            self.undo_stack.append(self.rows)
            self.redo_stack.clear()
            self.rows = new_rows

    @rule(
        rows=rows_strategy, decision=st.sampled_from(["work", "private"]), note=st.text(max_size=3)
    )
    def decide(self, rows, decision, note):
        self.session.decide(rows, decision, note=note)
        new = list(self.rows)
        for r in set(rows):
            _, o, n = new[r]
            new[r] = (decision, None if decision == "private" else o, note or n)
        self._step(new)

    @rule(rows=rows_strategy, employer=st.sampled_from(EMPLOYERS))
    def set_employer(self, rows, employer):
        self.session.set_employer(rows, employer)
        new = list(self.rows)
        for r in set(rows):
            new[r] = ("work", employer, new[r][2])
        self._step(new)

    @rule(row=st.integers(0, N_ROWS - 1), note=st.sampled_from(["", "x", "y"]))
    def set_note(self, row, note):
        self.session.set_note(row, note)
        if note == self.rows[row][2]:
            return  # nothing changed, nothing recorded
        new = list(self.rows)
        new[row] = (new[row][0], new[row][1], note)
        if self.typing == row:  # still typing the same note: the same undo step
            self.rows = new
            return
        self._step(new)
        self.typing = row

    @rule(rows=rows_strategy)
    def clear(self, rows):
        self.session.clear(rows)
        new = list(self.rows)
        for r in set(rows):
            new[r] = ("", None, new[r][2])
        self._step(new)

    @rule()
    def undo(self):
        changed = self.session.undo()
        self.typing = None
        if self.undo_stack:
            self.redo_stack.append(self.rows)
            self.rows = self.undo_stack.pop()
            assert changed
        else:
            assert changed == []

    @rule()
    def redo(self):
        changed = self.session.redo()
        self.typing = None
        if self.redo_stack:
            self.undo_stack.append(self.rows)
            self.rows = self.redo_stack.pop()
            assert changed
        else:
            assert changed == []

    @rule(close=st.booleans())
    def reopen(self, close):
        if close:
            self.session.close()
        self.session = self._open()
        self.typing = None

    @invariant()
    def matches_model(self):
        s = self.session
        assert list(s.decision) == [r[0] for r in self.rows]
        assert list(s.note) == [r[2] for r in self.rows]
        expected_states = [
            model_state(d, o, SUGG[i], SUGG_EMP[i]) for i, (d, o, _) in enumerate(self.rows)
        ]
        assert list(s.states()) == expected_states
        for i, (d, o, _) in enumerate(self.rows):
            if d == "private" or (not d and SUGG[i] == "private"):
                assert s.employer[i] == ""
            else:
                assert s.employer[i] == (o if o is not None else SUGG_EMP[i])
        assert s.can_undo == bool(self.undo_stack)
        assert s.can_redo == bool(self.redo_stack)

    def teardown(self):
        self.session.close()
        shutil.rmtree(self.dir, ignore_errors=True)


SessionMachine.TestCase.settings = settings(
    max_examples=40,
    stateful_step_count=25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
test_session_state_machine = SessionMachine.TestCase


def test_row_masks_select_rows(source):
    s = open_session(source)
    mask = np.zeros(10, dtype=bool)
    mask[[2, 5]] = True
    assert s.decide(mask, "private") == [2, 5]
    with pytest.raises(ValueError):
        s.decide(mask[:5], "work")


def test_undo_text_follows_the_language(source, monkeypatch):
    from model import messages

    s = open_session(source)
    s.decide([0, 1], "private")
    monkeypatch.setattr(messages, "LANGUAGE", "nl")
    assert s.undo_text == "2 contacten markeren als privé"
    s.undo()
    assert s.redo_text == "2 contacten markeren als privé"


@pytest.mark.parametrize("damage", ["garbage", "scrambled", "deep"])
def test_damaged_journal_is_set_aside(source, damage):
    s = open_session(source, n=3000)
    s.decide(range(3000), "work", note="a note long enough to fill a few pages")
    path = s.journal_path
    s.close()
    data = path.read_bytes()
    noise = bytes(range(256)) * (len(data) // 256 + 1)
    if damage == "garbage":
        data = b"this is not a database" * 100
    elif damage == "scrambled":  # a valid header over pages of noise
        data = data[:100] + noise[: len(data) - 100]
    else:  # the pages written last (decisions) damaged, the rest fine
        keep = len(data) * 3 // 4
        data = data[:keep] + noise[: len(data) - keep]
    path.write_bytes(data)
    s = open_session(source)
    assert (s.decision == "").all()
    damaged = s.reopen_report.damaged
    assert damaged is not None and damaged.read_bytes() == data
    s.decide([1], "private")  # the new journal works
    s.close()
    assert open_session(source).decision[1] == "private"


def test_journal_of_another_format_is_refused(source):
    s = open_session(source)
    s._journal.set_meta({"schema_version": "x9"})
    s.close()
    with pytest.raises(JournalError, match="format x9"):
        open_session(source)


def test_a_review_saved_by_a_newer_version_says_so_and_is_kept(source):
    """A person who went back to an older version (qa7: it said "journal format 3 is not
    supported" of a file they never heard of)."""
    s = open_session(source)
    s.decide([1], "private")
    s._journal.set_meta({"schema_version": "3"})
    path = s.journal_path
    s.close()
    kept = path.read_bytes()
    with pytest.raises(JournalError, match="saved by a newer version of this application"):
        open_session(source)
    assert path.read_bytes() == kept


def test_failed_save_changes_nothing(source):
    s = open_session(source)
    s.decide([0], "work")
    s._journal.conn.close()  # as if the disk went away
    with pytest.raises(JournalError, match="could not be saved"):
        s.decide([1], "private")
    with pytest.raises(JournalError):
        s.undo()
    assert list(s.decision[:2]) == ["work", ""]
    assert s.can_undo and not s.can_redo


def _fill_the_disk(session) -> None:
    """SQLite's own "database or disk is full": the journal may not grow by a page more."""
    conn = session._journal.conn
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.execute(f"PRAGMA max_page_count = {pages}")


def test_a_full_disk_keeps_the_decisions_in_memory_and_says_so(source):
    s = open_session(source, n=400)
    s.decide([0], "work")
    assert s.in_memory == ""
    _fill_the_disk(s)
    notes = [f"a long note {i} " + "x" * 2000 for i in range(1, 200)]
    for row, note in enumerate(notes, start=1):  # more than the file has room for
        s.decide([row], "private", note=note)
    assert "cannot be written" in s.in_memory and "full" in s.in_memory
    assert list(s.decision[:200]) == ["work"] + ["private"] * 199
    assert list(s.note[1:200]) == notes
    assert len(s.undo()) == 1 and s.decision[199] == "" and s.can_redo  # undo goes on too
    s.redo()
    s.set_note(0, "typed after the disk filled")
    assert s.note[0] == "typed after the disk filled" and s.decision[199] == "private"
    s.close()
    # what reached the disk before it filled is still there; the rest was in memory only
    again = open_session(source, n=400)
    assert again.decision[0] == "work" and again.in_memory == ""
    again.close()


def test_forget_deletes_the_journal(source):
    s = open_session(source)
    s.decide([0], "work")
    path = s.journal_path
    s.forget()
    assert not any(path.parent.glob(path.name + "*"))
    assert (open_session(source).decision == "").all()


CRASHING_CHILD = """
import os, sys
sys.path[:0] = [sys.argv[1], sys.argv[2]]
from pathlib import Path
from test_session import make_contacts, make_results
from model.session import ReviewSession
s = ReviewSession.open(Path(sys.argv[3]), make_contacts(10), make_results(10), reviewer="child")
s.decide([3, 4], "private", note="before the crash")
s.set_employer([6], "Northwind")
os._exit(9)  # no close, no finalizers, no flush: as abrupt as a crash gets
"""


def test_decisions_survive_a_hard_crash(source):
    root = Path(__file__).resolve().parent.parent
    done = subprocess.run(
        [sys.executable, "-c", CRASHING_CHILD, str(root), str(root / "tests"), str(source)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 9, done.stderr
    s = open_session(source)
    assert list(np.flatnonzero(s.decision != "")) == [3, 4, 6]
    assert s.note[3] == "before the crash" and s.employer[6] == "Northwind"
    assert s.history(6)[0]["who"] == "child"
    assert s.undo_text == "Set employer of 1 contact to Northwind"
