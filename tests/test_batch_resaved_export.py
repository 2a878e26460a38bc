"""A real Connections.csv saved again in a spreadsheet (byte-order mark, CRLF, the header on
line 1, every date YYYY-MM-DD) has the very form of a private list an earlier version of the
app wrote: nothing in either file tells them apart. batch skips both when it finds them in a
folder, and names each in the summary and on the command line with why and how to read it."""

from __future__ import annotations

import csv
import io
import zipfile

import pandas as pd

from model import batch
from model.cli import main
from model.exports import CONTACT_OUTPUT_COLUMNS, write_table
from model.synthetic.generator import write_sample


def _resaved_export(tmp_path, path):
    """The sample's Connections.csv as a spreadsheet saves it: LinkedIn's notes lines
    deleted, dates formatted YYYY-MM-DD, "CSV UTF-8" (byte-order mark, CRLF)."""
    zipped, _labels = write_sample(tmp_path, seed=11, n_contacts=30)
    with zipfile.ZipFile(zipped) as z:
        name = next(n for n in z.namelist() if n.endswith("Connections.csv"))
        text = z.read(name).decode("utf-8-sig")
    lines = text.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("First Name,"))
    rows = list(csv.reader(lines[start:]))
    for row in rows[1:]:
        row[-1] = pd.Timestamp(row[-1]).strftime("%Y-%m-%d")
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerows(rows)
    path.write_bytes(b"\xef\xbb\xbf" + out.getvalue().encode("utf-8"))
    return len(rows) - 1


def _old_private_list(path):
    """A private list as the app wrote it before its note column (write_table, 7 columns)."""
    frame = pd.DataFrame(
        [["Ann", "Aal", "https://www.linkedin.com/in/ann", "", "Acme", "Engineer", "2020-01-15"]],
        columns=CONTACT_OUTPUT_COLUMNS,
    )
    write_table(frame, path)


def test_both_are_skipped_and_named_with_why(tmp_path, capsys):
    folder = tmp_path / "in"
    folder.mkdir()
    _resaved_export(tmp_path, folder / "Connections (saved in Excel).csv")
    _old_private_list(folder / "anna-private.csv")
    zipped, _labels = write_sample(tmp_path / "x", seed=3, n_contacts=20)
    zipped.rename(folder / "export.zip")
    out = tmp_path / "out"
    assert main(["batch", str(folder), "--out", str(out)]) == 0
    err = capsys.readouterr().err
    summary = pd.read_csv(out / "summary.csv", dtype=str, keep_default_na=False)
    skipped = summary[summary["status"] == "skipped"]
    assert sorted(skipped["input"].map(lambda p: p.rsplit("/", 1)[-1])) == [
        "Connections (saved in Excel).csv",
        "anna-private.csv",
    ]
    for why in skipped["error"]:
        assert "LinkedIn export saved again in a spreadsheet" in why
        assert "give it by name to read it" in why
    for name in ("Connections (saved in Excel).csv", "anna-private.csv"):  # named, with why
        assert any(name in line and "give it by name" in line for line in err.splitlines())


def test_the_resaved_export_named_as_an_input_is_read(tmp_path):
    path = tmp_path / "Connections.csv"
    n = _resaved_export(tmp_path, path)
    [result] = batch.run_batch([path], tmp_path / "out")
    assert result.classified and result.contacts == n


def test_the_reason_is_said_in_dutch(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    _old_private_list(folder / "lijst.csv")
    zipped, _labels = write_sample(tmp_path / "x", seed=3, n_contacts=20)
    zipped.rename(folder / "export.zip")
    results = batch.run_batch([folder], tmp_path / "out")
    [old] = [r for r in results if r.status == "skipped"]
    assert old.perhaps_export and old.earlier_output
    assert "noem hem bij naam om hem te lezen" in old.error.text("nl")
