"""Export from the app never replaces the export it opened: the save dialog's "Replace?" may be
answered yes by mistake. Generated exports; real window, reader and writer."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from desktop import jobs
from model.synthetic import write_sample
from tests.test_gui_main_window import RuleModel, open_and_wait


@pytest.fixture
def rule_model(monkeypatch):
    monkeypatch.setattr(jobs, "get_model", lambda path=None: RuleModel())


@pytest.fixture
def window(rule_model, main_window):
    return main_window


@pytest.fixture
def folder(tmp_path) -> Path:
    zip_path, _labels = write_sample(tmp_path / "zip", seed=5, n_contacts=60)
    out = tmp_path / "export"
    with zipfile.ZipFile(zip_path) as zf:
        zf.extractall(out)
    return out


def _refused(qtbot, window, target: Path) -> None:
    before = target.read_bytes()
    window.export_to(target, "all")
    qtbot.waitUntil(lambda: bool(window.last_error), timeout=10000)
    assert "overwrite an input" in window.last_error and str(target) in window.last_error
    assert target.read_bytes() == before
    assert not window.runner.is_running("export")


def test_export_onto_the_opened_connections_csv_is_refused(qtbot, window, folder):
    loose = folder / "Connections.csv"
    open_and_wait(qtbot, window, loose)
    _refused(qtbot, window, loose)


def test_export_onto_a_file_of_the_opened_folder_is_refused(qtbot, window, folder, tmp_path):
    open_and_wait(qtbot, window, folder)
    _refused(qtbot, window, folder / "Positions.csv")
    window.last_error = ""
    fine = tmp_path / "all.csv"  # elsewhere it is written as always
    window.export_to(fine, "all")
    qtbot.waitUntil(fine.exists, timeout=10000)
    assert not window.last_error
