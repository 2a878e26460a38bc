"""The export date in a zip's (or folder's) name: LinkedIn's month-first name, a day-first one
where only that reading is a date, a name both orders could read settled by the zip's entry
dates (or LinkedIn's own order), never "no export date" for a name that has one."""

from __future__ import annotations

import zipfile
from datetime import date
from pathlib import Path

import pytest

from model.readers import read_export
from model.readers.name_date import date_in_name

CONNECTIONS = (
    "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
    "Anna,Jansen,,,Acme,Engineer,05 Mar 2021\n"
    "Bert,Smit,,,Globex,Manager,12 Jan 2020\n"
)


def _zip(path: Path, made: tuple[int, int, int]) -> Path:
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr(zipfile.ZipInfo("Connections.csv", date_time=(*made, 10, 0, 0)), CONNECTIONS)
    return path


@pytest.mark.parametrize(
    ("name", "entries", "expected"),
    [
        ("Basic_LinkedInDataExport_03-20-2026.zip", None, date(2026, 3, 20)),  # LinkedIn's own
        ("Basic_LinkedInDataExport_20-03-2026.zip", None, date(2026, 3, 20)),  # day first
        ("Basic_LinkedInDataExport_20.03.2026.zip", None, date(2026, 3, 20)),
        ("linkedin 2026-03-20.zip", None, date(2026, 3, 20)),  # year first
        ("Basic_LinkedInDataExport_03-04-2026.zip", None, date(2026, 3, 4)),  # LinkedIn's order
        ("Basic_LinkedInDataExport_03-04-2026.zip", date(2026, 3, 4), date(2026, 3, 4)),
        ("Basic_LinkedInDataExport_03-04-2026.zip", date(2026, 4, 3), date(2026, 4, 3)),
        ("Basic_LinkedInDataExport_03-04-2026.zip", date(2023, 1, 1), date(2026, 3, 4)),
        ("Basic_LinkedInDataExport_04-04-2026.zip", date(2026, 4, 30), date(2026, 4, 4)),
        ("Basic_LinkedInDataExport_31-02-2026.zip", None, None),  # no date in either order
        ("Basic_LinkedInDataExport_13-13-2026.zip", None, None),
        ("my export 2026.zip", None, None),
        ("export_123-45-20261.zip", None, None),
    ],
)
def test_the_date_a_name_gives(name, entries, expected):
    assert date_in_name(name, entries) == expected


def test_a_day_first_zip_name_gives_its_export_date(tmp_path):
    path = _zip(tmp_path / "Basic_LinkedInDataExport_20-03-2026.zip", (2026, 3, 21))
    export = read_export(path)
    assert export.exported_on == date(2026, 3, 20)
    assert export.report.exported_on_source == "file name"
    assert not any("no export date" in str(w) for w in export.report.warnings)


def test_an_ambiguous_name_follows_the_entries_it_was_made_with(tmp_path):
    day_first = _zip(tmp_path / "Basic_LinkedInDataExport_03-04-2026.zip", (2026, 4, 3))
    assert read_export(day_first).exported_on == date(2026, 4, 3)
    (tmp_path / "b").mkdir()
    month_first = _zip(tmp_path / "b" / "Basic_LinkedInDataExport_03-04-2026.zip", (2026, 3, 4))
    assert read_export(month_first).exported_on == date(2026, 3, 4)


def test_a_day_first_folder_name_gives_its_export_date(tmp_path):
    folder = tmp_path / "Basic_LinkedInDataExport_25-12-2025"
    folder.mkdir()
    (folder / "Connections.csv").write_text(CONNECTIONS, encoding="utf-8")
    assert read_export(folder).exported_on == date(2025, 12, 25)


def test_an_unsettled_name_says_which_order_it_took(tmp_path, capsys):
    """03-04-2026 with nothing to settle it: LinkedIn's month-first order, and inspect says so
    rather than claiming the name alone gave the date."""
    from model.cli import main
    from model.readers.name_date import name_date

    assert name_date("x_03-04-2026.zip") == (date(2026, 3, 4), "file name, month first")
    assert name_date("x_03-04-2026.zip", date(2026, 4, 3)) == (date(2026, 4, 3), "file name")
    assert name_date("x_20-03-2026.zip") == (date(2026, 3, 20), "file name")
    assert name_date("x.zip") == (None, "")
    folder = tmp_path / "Basic_LinkedInDataExport_03-04-2026"
    folder.mkdir()
    (folder / "Connections.csv").write_text(CONNECTIONS, encoding="utf-8")
    assert read_export(folder).report.exported_on_source == "file name, month first"
    assert main(["inspect", str(folder)]) == 0
    line = next(x for x in capsys.readouterr().out.splitlines() if "exported" in x)
    assert line.split(None, 1)[1] == (
        "2026-03-04 (from the file name, read month first as LinkedIn writes it: the day and "
        "month could be the other way round)"
    )
    assert main(["--language", "nl", "inspect", str(folder)]) == 0
    assert "(uit de bestandsnaam, maand eerst gelezen" in capsys.readouterr().out
