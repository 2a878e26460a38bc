"""The app's own outputs are inputs too: a classification table read back restores decisions."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from model.exports import classification_table, write_table
from model.readers import read_export
from model.session import ReviewSession
from tests.test_session import make_contacts, make_results

ROOT = Path(__file__).resolve().parents[1]


def reviewed_export(tmp_path: Path, suffix: str) -> tuple[Path, ReviewSession]:
    contacts = make_contacts(12)
    contacts["connected_on"] = np.datetime64("2021-03-05", "ns")
    contacts["position"] = "Buyer"
    source = tmp_path / "Connections.csv"
    source.write_text("x\n", encoding="utf-8")
    session = ReviewSession.open(source, contacts, make_results(12), journal_dir=tmp_path / "a")
    session.decide([1, 2], "work", note="met at =SUM(A1) fair")
    session.set_employer([3], "Globex N.V.")
    session.set_category([5], "supplier")
    session.decide([4], "private")
    session.set_note(7, "ask later")
    out = tmp_path / f"classified{suffix}"
    write_table(classification_table(contacts, make_results(12), session), out)
    return out, session


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_own_classification_table_reads_back_with_its_decisions(tmp_path, suffix):
    out, before = reviewed_export(tmp_path, suffix)
    export = read_export(out)
    assert export.format == f"classified-{suffix[1:]}"
    assert len(export.contacts) == 12
    assert export.contacts["position"].iloc[0] == "Buyer"
    assert export.decisions is not None
    after = ReviewSession.open(
        out,
        export.contacts,
        make_results(12),
        journal_dir=tmp_path / "b",
        decisions=export.decisions,
    )
    assert after.reopen_report.restored == 6
    assert list(after.decision) == list(before.decision)
    assert list(after.employer) == list(before.employer)
    assert list(after.category) == list(before.category)
    assert list(after.note) == list(before.note)  # the formula guard is undone on reading
    assert after.history(1)[0]["who"] == before.reviewer
    assert after.undo_text == f"Restore 6 decisions from {out.name}"
    after.close()
    # Opened again, the journal has them: no second restore.
    again = ReviewSession.open(
        out,
        export.contacts,
        make_results(12),
        journal_dir=tmp_path / "b",
        decisions=export.decisions,
    )
    assert again.reopen_report.matched_by == "row" and len(again._undo) == 1
    again.close()
    before.close()


def test_inspect_reads_its_own_classification_csv(tmp_path):
    out, session = reviewed_export(tmp_path, ".csv")
    session.close()
    done = subprocess.run(
        [sys.executable, "-m", "model.cli", "inspect", str(out), "--json"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    summary = json.loads(done.stdout)
    assert "12" in json.dumps(summary)
