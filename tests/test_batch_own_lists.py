"""batch over a folder passes over the app's own contact lists as it does its classified
tables: a private list, HR's hand-over list of a package (CSV or XLSX, told by the header)
and a work or private list as vCards (told by its PRODID), said in the summary; a contacts
file of the same columns and one of its own is still read, and so is a list given by name."""

from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd
import pytest

from model import batch
from model.cli import main
from model.exports import write_contact_list
from model.hr.handover import handover_table, write_handover
from model.readers import read_export
from model.schema import LINKEDIN_HEADERS
from model.synthetic.generator import write_sample


@pytest.fixture(scope="module")
def export(tmp_path_factory) -> Path:
    zipped, _labels = write_sample(tmp_path_factory.mktemp("sample"), seed=7, n_contacts=40)
    return zipped


@pytest.fixture(scope="module")
def table(tmp_path_factory, export) -> pd.DataFrame:
    """classify's table of ``export``, as the lists are written from."""
    out = tmp_path_factory.mktemp("classified") / "all.csv"
    assert main(["classify", str(export), "--out", str(out)]) == 0
    return pd.read_csv(out, dtype=str, keep_default_na=False, encoding="utf-8-sig")


def _package_final(table: pd.DataFrame) -> pd.DataFrame:
    """Package contacts with HR's outcome, as model.hr gives them to handover_table."""
    final = pd.DataFrame({key: table[header] for key, header in LINKEDIN_HEADERS.items()})
    final["final_suggestion"] = table["suggestion"]
    final["final_employer"] = table["employer"]
    final["final_category"] = table["category"]
    final["hr_note"] = ""
    return final


def test_the_lists_in_a_folder_are_skipped_and_said(tmp_path, export, table, capsys):
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(export, folder / "export.zip")
    write_contact_list(table, folder / "mine.csv", "private")
    write_contact_list(table, folder / "mine.xlsx", "private")
    write_contact_list(table, folder / "mine.vcf", "private")
    write_contact_list(table, folder / "work cards.vcf", "work")
    write_handover(handover_table(_package_final(table)), folder / "for the CRM.csv", "work")
    write_handover(handover_table(_package_final(table)), folder / "for the CRM.xlsx", "work")
    out = batch.run_batch([folder], tmp_path / "out")
    by_name = {Path(r.input).name: r for r in out}
    assert {n: (r.status, r.earlier_output) for n, r in by_name.items()} == {
        "export.zip": ("ok", False),
        "mine.csv": ("skipped", True),
        "mine.xlsx": ("skipped", True),
        "mine.vcf": ("skipped", True),
        "work cards.vcf": ("skipped", True),
        "for the CRM.csv": ("skipped", True),
        "for the CRM.xlsx": ("skipped", True),
    }
    assert "(a list of private contacts)" in by_name["mine.xlsx"].error
    assert "(an HR hand-over list)" in by_name["for the CRM.csv"].error
    assert "(a work or private list as vCards)" in by_name["work cards.vcf"].error
    assert main(["batch", str(folder), "--out", str(tmp_path / "cli")]) == 0
    said = capsys.readouterr().err.strip().splitlines()
    assert said[-1].startswith(f"1 of 1 inputs classified into {tmp_path / 'cli'} (summary.csv)")
    assert (
        "; 6 earlier outputs of this program skipped (classified tables, summaries or "
        in (said[-1])
    )


def test_a_contacts_file_like_a_list_is_still_read(tmp_path, export, table):
    folder = tmp_path / "in"
    folder.mkdir()
    private = folder / "mine.csv"
    write_contact_list(table, private, "private")
    frame = pd.read_csv(private, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    # LinkedIn's columns alone (a Connections.csv), and with a column of the person's own
    frame.drop(columns="note").to_csv(folder / "contacts.csv", index=False)
    frame.assign(Birthday="").to_csv(folder / "with more.csv", index=False)
    private.unlink()
    # cards of another program (no PRODID of ours)
    write_contact_list(table, folder / "cards.vcf", "private")
    cards = (folder / "cards.vcf").read_text(encoding="utf-8")
    (folder / "cards.vcf").write_text(cards.replace("PRODID:", "X-WAS:"), encoding="utf-8")
    out = batch.run_batch([folder], tmp_path / "out")
    assert {Path(r.input).name: r.status for r in out} == {
        "contacts.csv": "ok",
        "with more.csv": "ok",
        "cards.vcf": "ok",
    }


def test_a_list_given_by_name_is_read(tmp_path, table):
    private = tmp_path / "mine.csv"
    write_contact_list(table, private, "private")
    out = batch.run_batch([private], tmp_path / "out")
    assert [r.status for r in out] == ["ok"]
    cards = tmp_path / "mine.vcf"
    write_contact_list(table, cards, "private")
    assert len(read_export(cards).contacts) == int((table["suggestion"] == "private").sum())


def test_linkedins_connections_with_a_note_column_of_the_users_is_read(tmp_path, export):
    """A real Connections.csv (LinkedIn's "Notes:" lines before the header) to which the
    person added a Note column has a private list's header: it is read, not passed over."""
    import zipfile

    folder = tmp_path / "in"
    folder.mkdir()
    with zipfile.ZipFile(export) as zf:
        lines = zf.read("Connections.csv").decode("utf-8-sig").splitlines()
    start = next(k for k, line in enumerate(lines) if line.startswith("First Name,"))
    assert start > 0  # LinkedIn's preamble
    noted = (
        lines[:start]
        + [lines[start] + ",Note"]
        + [line + ",met at a fair" for line in lines[start + 1 :]]
    )
    (folder / "anna.csv").write_text("\n".join(noted) + "\n", encoding="utf-8")
    out = batch.run_batch([folder], tmp_path / "out")
    assert [(Path(r.input).name, r.status) for r in out] == [("anna.csv", "ok")]
