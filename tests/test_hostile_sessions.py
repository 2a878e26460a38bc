"""Issue 13 items 6 and 7: an export opens when the data folder cannot be written (decisions in
memory, said plainly), and one review is open in one app at a time (the second is told)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap

import pytest

from model import journal as journal_module
from model.journal_lock import SessionInUse, lock_path
from model.session import ReviewSession

from .test_session import make_contacts, make_results

N = 12


@pytest.fixture
def source(tmp_path):
    path = tmp_path / "Connections.csv"
    path.write_text("generated export for the session tests\n")
    return path


def _open(source, **kwargs) -> ReviewSession:
    return ReviewSession.open(source, make_contacts(N), make_results(N), **kwargs)


# --- item 7: one review, one app ---------------------------------------------------------

_HOLDER = textwrap.dedent(
    """
    import sys
    from tests.test_session import make_contacts, make_results
    from model.session import ReviewSession
    session = ReviewSession.open(sys.argv[1], make_contacts(12), make_results(12))
    session.decide([0], "work")
    print("open", flush=True)
    sys.stdin.read()  # hold the session until the test closes our stdin (or kills us)
    session.close()
    """
)


def _holder(source) -> subprocess.Popen:
    """Another app process with ``source``'s review open."""
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    proc = subprocess.Popen(
        [sys.executable, "-c", _HOLDER, str(source)],
        cwd=root,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout.readline().strip() == "open"
    return proc


def test_a_second_app_on_the_same_export_is_told_and_changes_nothing(source):
    proc = _holder(source)
    try:
        with pytest.raises(SessionInUse) as caught:
            _open(source)
        message = str(caught.value)
        assert (
            message.startswith(str(source))
            and "open in another Contact Ownership window" in message
        )
        assert "\n" not in message
    finally:
        proc.communicate("")
    with _open(source) as session:  # the first one closed: the review opens, its work there
        assert session.decision[0] == "work"


def test_a_killed_app_leaves_no_review_locked(source):
    proc = _holder(source)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    with _open(source) as session:
        assert session.decision[0] == "work" and not session.in_memory


def test_the_same_app_may_open_the_export_it_shows_again(source):
    first = _open(source)
    first.decide([1], "private")
    second = _open(source)  # a window re-opening its own export: old session closes after
    first.close()
    assert second.decision[1] == "private"
    second.decide([2], "work")
    second.close()
    assert not lock_path(second.journal_path).exists()
    with _open(source) as third:
        assert list(third.decision[:3]) == ["", "private", "work"]


# --- item 6: a data folder that cannot be written ----------------------------------------


def test_an_uncreatable_data_folder_opens_the_export_in_memory(source, tmp_path, monkeypatch):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the data folder should be")
    monkeypatch.setenv("CONTACT_OWNERSHIP_DATA", str(blocker / "data"))
    with _open(source) as session:
        assert "cannot be written" in session.in_memory and "Not a directory" in session.in_memory
        session.decide([0, 3], "work")
        session.undo()
        session.redo()
        assert list(session.decision[[0, 3]]) == ["work", "work"]
    assert blocker.read_text() == "a file where the data folder should be"


def test_a_read_only_data_folder_shows_earlier_decisions_and_saves_nothing(source, monkeypatch):
    with _open(source) as session:
        session.decide([4], "private")
        saved = session.journal_path
    before = saved.read_bytes()

    def refuse(path):  # what a read-only folder does to a journal file (even for root)
        raise PermissionError(13, "Permission denied", str(path))

    private_file = journal_module._private_file
    monkeypatch.setattr(journal_module, "_private_file", refuse)
    with _open(source) as session:
        assert "cannot be written" in session.in_memory and "Permission denied" in session.in_memory
        assert session.decision[4] == "private"  # read from the journal it cannot write
        session.decide([5], "work")
        assert session.decision[5] == "work"
    assert saved.read_bytes() == before
    monkeypatch.setattr(journal_module, "_private_file", private_file)  # writable again
    with _open(source) as session:
        assert not session.in_memory
        assert list(session.decision[4:6]) == ["private", ""]


def test_a_review_open_in_another_app_cannot_be_forgotten(source):
    from model.session_store import forget_session

    with _open(source) as session:
        path = session.journal_path
    proc = _holder(source)
    try:
        with pytest.raises(SessionInUse):
            forget_session(path)
        assert path.exists()
    finally:
        proc.communicate("")
    forget_session(path)
    assert not path.exists() and not lock_path(path).exists()
