"""A second "Connections (1).csv" beside an export's Connections.csv (a second download or
a copy saved next to it) is not read with it, but named in the import notes (fix6)."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from model import messages
from model.readers import read_export
from model.readers.dispatch import is_connections_file

SAMPLE = Path(__file__).parents[1] / "model/shipped/sample/Basic_LinkedInDataExport_11-02-2025.zip"


def _with_copy(out: Path, copy_name: str) -> Path:
    with zipfile.ZipFile(SAMPLE) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            dst.writestr(info, src.read(info))
        lines = src.read("Connections.csv").decode("utf-8").splitlines(keepends=True)
        dst.writestr(copy_name, "".join(lines[:-40]))  # another, shorter download
    return out


def _notes(export) -> list[str]:
    return [w.text() if hasattr(w, "text") else str(w) for w in export.report.warnings]


@pytest.mark.parametrize("copy_name", ["Connections (1).csv", "Connections - Copy.csv"])
def test_a_second_connections_copy_in_a_zip_is_named_not_read(tmp_path, copy_name):
    plain = read_export(SAMPLE)
    export = read_export(_with_copy(tmp_path / SAMPLE.name, copy_name))
    assert len(export.contacts) == len(plain.contacts)  # the export's own, not mixed
    notes = [n for n in _notes(export) if copy_name in n]
    assert len(notes) == 1 and "not read" in notes[0], _notes(export)
    try:
        messages.set_language("nl")
        assert any(copy_name in n and "niet gelezen" in n for n in _notes(export))
    finally:
        messages.set_language("en")


def test_a_copy_in_an_unzipped_folder_is_named_too(tmp_path):
    folder = tmp_path / "export"
    with zipfile.ZipFile(SAMPLE) as zf:
        zf.extractall(folder)
    (folder / "Connections (1).csv").write_bytes((folder / "Connections.csv").read_bytes())
    export = read_export(folder)
    assert any("Connections (1).csv" in n for n in _notes(export)), _notes(export)


def test_only_connections_files_are_taken_for_copies():
    assert is_connections_file("Connections.csv") and is_connections_file("connections (2).CSV")
    assert is_connections_file("Copy of Connections.csv")
    for other in ("Connections.csv.bak", "Invitations.csv", "My Connections.csv", "Conn.csv"):
        assert not is_connections_file(other), other


def _renamed(out: Path, names: list[str]) -> Path:
    """The sample export with its Connections.csv saved under ``names`` instead."""
    with zipfile.ZipFile(SAMPLE) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            if info.filename != "Connections.csv":
                dst.writestr(info, src.read(info))
        for name in names:
            dst.writestr(name, src.read("Connections.csv"))
    return out


def test_a_lone_copy_named_connections_file_is_read_and_said(tmp_path):
    """An export whose only contacts file is "Connections (1).csv" is read whole, with a note
    (it failed with "no Connections.csv found")."""
    export = read_export(_renamed(tmp_path / "x.zip", ["Connections (1).csv"]))
    assert len(export.contacts) == len(read_export(SAMPLE).contacts)
    assert len(export.career.positions) > 0  # the files beside it are read as well
    assert any("Connections (1).csv: read as the export's" in n for n in _notes(export))
    folder = tmp_path / "folder"
    with zipfile.ZipFile(tmp_path / "x.zip") as zf:
        zf.extractall(folder)
    assert len(read_export(folder).contacts) == len(export.contacts)


def test_two_copies_and_no_original_are_refused(tmp_path):
    from model.errors import OwnershipError

    two = _renamed(tmp_path / "x.zip", ["Connections (1).csv", "Connections (2).csv"])
    with pytest.raises(OwnershipError, match=r"no Connections\.csv"):
        read_export(two)
