"""batch passes over the app's own lists as earlier versions wrote them: vCard lists from
before the PRODID line (c50403a added it) and private lists from before their note column
(c50403a made it always there), rebuilt here as those versions wrote them. A real export that
looks alike (the same columns written by another program, another program's cards) is read."""

from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd
import pytest

from model import batch
from model.cli import main
from model.exports import CONTACT_OUTPUT_COLUMNS, final_ownership, write_contact_list, write_table
from model.synthetic.generator import write_sample


@pytest.fixture(scope="module")
def table(tmp_path_factory) -> pd.DataFrame:
    """classify's table of a generated export, as the lists are written from."""
    where = tmp_path_factory.mktemp("old")
    zipped, _labels = write_sample(where, seed=7, n_contacts=40)
    out = where / "all.csv"
    assert main(["classify", str(zipped), "--out", str(out)]) == 0
    return pd.read_csv(out, dtype=str, keep_default_na=False, encoding="utf-8-sig")


def old_private_list(table: pd.DataFrame, path: Path) -> None:
    """The private list as write_contact_list wrote it before c50403a: the rows finally
    private, LinkedIn's columns only (a table without a note column), by write_table."""
    subset = table.loc[(final_ownership(table) == "private").to_numpy()]
    write_table(subset[CONTACT_OUTPUT_COLUMNS].reset_index(drop=True), path)


def old_cards(table: pd.DataFrame, path: Path, which: str = "private") -> None:
    """A vCard list as the writer wrote it before c50403a: the same cards, no PRODID line
    (model/vcard_writer.py at 111d6f7, model/hr/handover.py at 3346a5c)."""
    write_contact_list(table, path, which)
    lines = path.read_bytes().split(b"\r\n")
    path.write_bytes(b"\r\n".join(line for line in lines if not line.startswith(b"PRODID:")))


def _statuses(folder: Path, out: Path) -> dict[str, tuple[str, bool]]:
    return {
        Path(r.input).name: (r.status, r.earlier_output) for r in batch.run_batch([folder], out)
    }


def test_old_lists_in_a_folder_are_passed_over(tmp_path, table):
    folder = tmp_path / "in"
    folder.mkdir()
    old_private_list(table, folder / "anna-private.csv")
    old_private_list(table, folder / "renamed.xlsx")
    old_cards(table, folder / "private.vcf")
    old_cards(table, folder / "for the CRM.vcf", "work")
    assert b"PRODID" not in (folder / "private.vcf").read_bytes()
    rows = pd.read_csv(folder / "anna-private.csv", dtype=str, encoding="utf-8-sig")
    assert list(rows.columns) == CONTACT_OUTPUT_COLUMNS  # what a 2018 Connections.csv has
    zipped, _labels = write_sample(tmp_path, seed=3, n_contacts=30)
    shutil.copy(zipped, folder)  # and one export
    said = _statuses(folder, tmp_path / "out")
    exports = [name for name in said if name.endswith(".zip")]
    assert len(exports) == 1 and said[exports[0]] == ("ok", False)
    assert {n: s for n, s in said.items() if n not in exports} == {
        "anna-private.csv": ("skipped", True),
        "renamed.xlsx": ("skipped", True),
        "private.vcf": ("skipped", True),
        "for the CRM.vcf": ("skipped", True),
    }


def test_lookalikes_written_by_other_programs_are_read(tmp_path, table):
    """The same columns and dates written by another program (no byte-order mark, LF line
    ends), a workbook whose sheet is not the app's, and cards another program wrote in
    another order or with properties the app never writes: each is read as an export."""
    folder = tmp_path / "in"
    folder.mkdir()
    old_private_list(table, tmp_path / "ours.csv")
    frame = pd.read_csv(tmp_path / "ours.csv", dtype=str, encoding="utf-8-sig")
    frame.to_csv(folder / "contacts.csv", index=False)  # pandas: UTF-8, LF
    with pd.ExcelWriter(folder / "contacts.xlsx") as sheet:
        frame.to_excel(sheet, sheet_name="Connections", index=False)
    old_cards(table, tmp_path / "ours.vcf")
    cards = (tmp_path / "ours.vcf").read_text(encoding="utf-8")
    (folder / "phone.vcf").write_text(
        cards.replace("END:VCARD", "TEL:+31 6 1234 5678\r\nEND:VCARD")
    )
    reordered = cards.replace("VERSION:3.0\r\n", "VERSION:3.0\r\nUID:x\r\n")
    (folder / "with uid.vcf").write_text(reordered, encoding="utf-8")
    undated = "".join(
        line for line in cards.splitlines(keepends=True) if not line.startswith("NOTE:")
    )
    (folder / "no notes.vcf").write_text(undated, encoding="utf-8")  # nothing says it is ours
    said = _statuses(folder, tmp_path / "out")
    assert said == {
        name: ("ok", False)
        for name in ("contacts.csv", "contacts.xlsx", "phone.vcf", "with uid.vcf", "no notes.vcf")
    }


def test_an_old_list_given_by_name_is_read(tmp_path, table):
    old_private_list(table, tmp_path / "mine.csv")
    old_cards(table, tmp_path / "mine.vcf")
    out = batch.run_batch([tmp_path / "mine.csv", tmp_path / "mine.vcf"], tmp_path / "out")
    assert [r.status for r in out] == ["ok", "ok"]


def test_the_old_lists_are_named_in_the_summary_line(tmp_path, table, capsys):
    folder = tmp_path / "in"
    folder.mkdir()
    old_private_list(table, folder / "mine.csv")
    old_cards(table, folder / "mine.vcf")
    shutil.copy(folder / "mine.csv", folder / "copy.csv")
    status = main(["--language", "nl", "batch", str(folder), "--out", str(tmp_path / "out")])
    assert status == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "fout:" in err and "mine.vcf" in err
