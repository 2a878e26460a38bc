"""``inspect``'s text and batch's summary.csv (its warnings and error columns) in the command
line's language; English as before. All inputs are generated."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from model import batch
from model.cli import main

HEADER = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
MESSY = (
    'Notes:\n"When exporting your connection data..."\n\n'
    + HEADER
    + "Ann,Smith,https://www.linkedin.com/in/a1,,Acme B.V.,Engineer,05 Mar 2021\n"
    + "Ann,Smith,https://www.linkedin.com/in/a1,,Acme B.V.,Engineer,05 Mar 2021\n"
    + ",,,,,,06 Mar 2021\n"
    + "Jos,Bakker,https://www.linkedin.com/in/a2,,Globex,Director,31 Feb 2021\n"
    + "Bob,Jones,https://www.linkedin.com/in/a3,,Initech,Manager,12 Apr 2022\n"
    + '"broken,row\n'
)


@pytest.fixture
def messy(tmp_path) -> Path:
    path = tmp_path / "in" / "messy.csv"
    path.parent.mkdir()
    path.write_text(MESSY, encoding="utf-8")
    return path


def _inspect(capsys, *argv) -> list[str]:
    assert main([*argv]) == 0
    return capsys.readouterr().out.splitlines()


def test_inspect_in_english_as_before(capsys, messy):
    lines = _inspect(capsys, "inspect", str(messy))
    assert lines[:8] == [
        f"{messy} (linkedin-csv)",
        "  contacts:      5 imported of 6 rows read",
        "  skipped:       1",
        "  duplicates:    1 (kept, marked as duplicates)",
        "  connected:     2021-03-05 … 2022-04-12",
        "  without date:  1",
        "  hidden:        1 (no name: profiles LinkedIn hides)",
        "  positions:     0",
    ]
    assert lines[8] == "  skipped messy.csv line 10: a quote opened on line 7 never closes"
    assert "  warning: 1 date in messy.csv could not be read (e.g. '31 Feb 2021'); left empty" in (
        lines
    )


@pytest.mark.parametrize("how", ["option", "locale"])
def test_inspect_in_dutch(capsys, monkeypatch, messy, how):
    argv = ["--language", "nl"] if how == "option" else []
    if how == "locale":
        monkeypatch.setenv("LANG", "nl_NL.UTF-8")
    lines = _inspect(capsys, *argv, "inspect", str(messy))
    assert lines[:8] == [
        f"{messy} (linkedin-csv)",
        "  contacten:     5 geïmporteerd van 6 gelezen regels",
        "  overgeslagen:  1",
        "  dubbel:        1 (behouden, gemarkeerd als dubbel)",
        "  verbonden:     2021-03-05 … 2022-04-12",
        "  zonder datum:  1",
        "  verborgen:     1 (geen naam: profielen die LinkedIn verbergt)",
        "  functies:      0",
    ]
    assert lines[8].startswith("  overgeslagen: messy.csv regel 10: een aanhalingsteken")
    assert any(
        line.startswith("  waarschuwing: 1 datum in messy.csv kon niet worden gelezen")
        for line in lines
    )
    assert not any("warning" in line or "skipped" in line for line in lines)


def test_inspect_positions_in_dutch(capsys):
    import tempfile

    from model.synthetic.generator import write_sample

    with tempfile.TemporaryDirectory() as folder:
        zipped, _labels = write_sample(Path(folder), seed=3, n_contacts=30)
        english = _inspect(capsys, "inspect", str(zipped))
        dutch = _inspect(capsys, "--language", "nl", "inspect", str(zipped))
    jobs = [line for line in english if line.startswith("    ")]
    assert jobs and all(" at " in line for line in jobs)
    assert any(line.endswith("(from the file name)") for line in english)
    said = [line for line in dutch if line.startswith("    ")]
    assert len(said) == len(jobs) and all(" bij " in line for line in said)
    assert any(line.endswith("(uit de bestandsnaam)") for line in dutch)
    if any("now:" in line for line in jobs):
        assert any(" – nu: " in line for line in said)


def _summary(folder: Path) -> dict[str, dict]:
    with open(folder / batch.SUMMARY_FILE, newline="", encoding="utf-8") as fh:
        return {Path(r["input"]).name: r for r in csv.DictReader(fh)}


@pytest.mark.parametrize("jobs", [1, 2])
def test_summary_warnings_and_errors_in_the_language(tmp_path, messy, capsys, jobs):
    (messy.parent / "notes.csv").write_text("a,b\n1,2\n", encoding="utf-8")
    argv = ["batch", str(messy.parent), "--out", str(tmp_path / "en"), "--jobs", str(jobs)]
    assert main(argv) == 0
    english = _summary(tmp_path / "en")
    assert english["messy.csv"]["status"] == "warning"
    assert "1 date in messy.csv could not be read" in english["messy.csv"]["warnings"]
    assert "no LinkedIn connections found" in english["notes.csv"]["error"]
    argv = ["--language", "nl", "batch", str(messy.parent), "--out", str(tmp_path / "nl")]
    assert main([*argv, "--jobs", str(jobs)]) == 0
    capsys.readouterr()
    dutch = _summary(tmp_path / "nl")
    warnings = dutch["messy.csv"]["warnings"].split(batch.WARNING_SEPARATOR)
    assert len(warnings) == len(english["messy.csv"]["warnings"].split(batch.WARNING_SEPARATOR))
    assert "1 datum in messy.csv kon niet worden gelezen (bijv. '31 Feb 2021'); leeg gelaten" in (
        warnings
    )
    assert "geen LinkedIn-connecties gevonden" in dutch["notes.csv"]["error"]
    # what a script reads stays as it is: the columns and the statuses
    assert list(dutch["messy.csv"]) == batch.SUMMARY_COLUMNS
    assert dutch["messy.csv"]["status"] == "warning" and dutch["notes.csv"]["status"] == "skipped"
