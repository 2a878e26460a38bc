"""``package --decisions`` (and ``handover --decisions``) take every file ``classify --labels``
takes: the app's "Export all" table, and a plain decisions file naming contacts by URL or by
row, with a decision and optionally an employer and a note (CSV or XLSX). Help says so."""

from __future__ import annotations

import pandas as pd
import pytest

from model.cli import main
from model.hr import load_package
from tests.own_table import undecided_table


@pytest.fixture
def decided(tmp_path):
    """The export, its classified table, and two contacts the model calls work (with a URL)."""
    zip_path, _, table = undecided_table(tmp_path, profession="recruiter")
    work = table.index[(table["suggestion"] == "work") & (table["URL"] != "")]
    return zip_path, table, work[0], work[1]


def _package(tmp_path, zip_path, decisions) -> pd.DataFrame:
    out = tmp_path / "p.coreview"
    args = ["package", str(zip_path), "--decisions", str(decisions), "--out", str(out), "--yes"]
    assert main(args) == 0
    return load_package(out).contacts


def test_a_plain_url_file(tmp_path, decided, capsys):
    zip_path, table, cousin, client = decided
    decisions = tmp_path / "mine.csv"
    decisions.write_text(
        "URL,decision,note\n"
        f"{table.at[cousin, 'URL']},private,my cousin\n"
        f"{table.at[client, 'URL']},work,met at a fair\n",
        encoding="utf-8",
    )
    contacts = _package(tmp_path, zip_path, decisions)
    assert table.at[cousin, "URL"] not in set(contacts["url"])  # decided private: left out
    kept = contacts.loc[contacts["url"] == table.at[client, "URL"]].iloc[0]
    assert kept["decision"] == "work" and kept["note"] == "met at a fair"


def test_a_row_numbered_xlsx_file(tmp_path, decided, capsys):
    zip_path, table, cousin, client = decided
    decisions = tmp_path / "mine.xlsx"
    frame = pd.DataFrame(
        {"row": [int(cousin) + 1, int(client) + 1],
         "decision": ["Privé", "work"]}
    )  # fmt: skip
    frame.to_excel(decisions, index=False)
    contacts = _package(tmp_path, zip_path, decisions)
    assert table.at[cousin, "URL"] not in set(contacts["url"])
    assert contacts.loc[contacts["url"] == table.at[client, "URL"], "decision"].tolist() == ["work"]


@pytest.mark.parametrize("command", ["package", "handover"])
def test_help_says_which_files(command, capsys):
    with pytest.raises(SystemExit):
        main([command, "--help"])
    said = " ".join(capsys.readouterr().out.split())
    assert "URL or row" in said and "Export all" in said
