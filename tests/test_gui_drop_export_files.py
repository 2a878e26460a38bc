"""Dropping an unzipped export's files on the window (qa6, 2026-11-30): selecting them all in
the file manager and dropping them opened only the first, Connections.csv, alone: the
career in Positions.csv beside it was not read ("No career found") though it was dropped
too. Several files of one folder holding Connections.csv open as that folder."""

from __future__ import annotations

import zipfile
from pathlib import Path

from tests.drops import drop

SAMPLE = Path(__file__).parents[1] / "model/shipped/sample/Basic_LinkedInDataExport_11-02-2025.zip"


def test_an_unzipped_exports_files_dropped_together_open_with_the_career(
    qtbot, main_window, tmp_path
):
    folder = tmp_path / "export"
    with zipfile.ZipFile(SAMPLE) as zf:
        zf.extractall(folder)
    files = sorted(folder.iterdir())  # Connections.csv first, as a file manager lists them
    assert files[0].name == "Connections.csv" and len(files) > 2
    drop(main_window, files)
    qtbot.waitUntil(lambda: main_window.opened is not None, timeout=60_000)
    assert main_window.opened.path == folder
    assert len(main_window.opened.export.positions) == 4  # Positions.csv was read


def test_one_dropped_file_opens_as_itself(qtbot, main_window, tmp_path):
    folder = tmp_path / "export"
    with zipfile.ZipFile(SAMPLE) as zf:
        zf.extractall(folder)
    drop(main_window, [folder / "Connections.csv"])
    qtbot.waitUntil(lambda: main_window.opened is not None, timeout=60_000)
    assert main_window.opened.path == folder / "Connections.csv"
