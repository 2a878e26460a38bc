"""Saving a career never replaces an export's file (qa6, 2026-11-30): "Save career…" wrote
its JSON to whatever name was typed, so "Positions.csv" in the unzipped export's folder
(the file dialog asks "Replace?", and people say yes) turned LinkedIn's Positions.csv into
JSON, and that export then read no career at all."""

from __future__ import annotations

import json
from datetime import date

import pytest
from PySide6.QtCore import Qt

from desktop.career_editor import CareerEditor
from model.career import Career, Position, load_career


@pytest.mark.parametrize("typed", ["Positions.csv", "career", "Basic_LinkedInDataExport.zip"])
def test_save_career_keeps_the_json_suffix_and_the_exports_files(
    qtbot, tmp_path, monkeypatch, typed
):
    from PySide6.QtWidgets import QFileDialog

    original = (
        b"Company Name,Title,Description,Location,Started On,Finished On\nAcme,Dev,,,Jan 2019,\n"
    )
    target = tmp_path / typed
    if typed != "career":
        target.write_bytes(original)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    dialog = CareerEditor(Career([Position("Initech", "Lead", date(2020, 1, 1), None)]))
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    if typed != "career":
        assert target.read_bytes() == original  # the export's file is untouched
    saved = tmp_path / f"{typed}.json"
    assert load_career(saved).positions[0].company == "Initech"
    assert json.loads(saved.read_text())  # a saved career, as the dialog's filter says
