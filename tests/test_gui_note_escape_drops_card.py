"""Defects qa6 found and left (fix6, 2026-11-30): Escape in the note field, files dropped from
different folders, the About ▸ Model card under Dutch."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from tests.drops import drop

SAMPLE = Path(__file__).parents[1] / "model/shipped/sample/Basic_LinkedInDataExport_11-02-2025.zip"


def open_and_wait(qtbot, window, path) -> None:
    window.open_path(path)
    qtbot.waitUntil(lambda: window.opened is not None, timeout=60_000)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.workspace)
    qtbot.waitUntil(lambda: not window.runner.is_running("data"), timeout=60_000)


@pytest.mark.parametrize("key", [Qt.Key.Key_Escape, Qt.Key.Key_Return])
def test_escape_in_the_note_field_keeps_the_note_and_returns_to_the_table(qtbot, main_window, key):
    open_and_wait(qtbot, main_window, SAMPLE)
    ws = main_window.workspace
    src = ws.model.source_row(0)
    ws.table.setFocus()
    qtbot.waitUntil(ws.table.hasFocus)
    ws.details.note.setFocus()
    qtbot.waitUntil(ws.details.note.hasFocus)
    qtbot.keyClicks(ws.details.note, "met at a wedding")
    qtbot.keyClick(ws.details.note, key)
    qtbot.waitUntil(ws.table.hasFocus)
    assert main_window.opened.session.note[src] == "met at a wedding"
    assert ws.details.note.text() == "met at a wedding"


def _two_folders(tmp_path) -> tuple[Path, Path]:
    first, second = tmp_path / "a" / SAMPLE.name, tmp_path / "b" / "other.zip"
    for path in (first, second):
        path.parent.mkdir()
        path.write_bytes(SAMPLE.read_bytes())
    return first, second


@pytest.mark.parametrize("language", ["en", "nl"])
def test_files_dropped_from_two_folders_say_which_was_not_opened(
    qtbot, request, main_window, tmp_path, language
):
    if language == "nl":
        request.getfixturevalue("dutch")
    first, second = _two_folders(tmp_path)
    drop(main_window, [first, second])
    qtbot.waitUntil(lambda: main_window.opened is not None, timeout=60_000)
    assert main_window.opened.path == first
    line = main_window.statusBar().currentMessage()
    words = {"en": ("Opened only", "Not opened: other.zip"), "nl": ("Alleen", "Niet geopend:")}
    assert all(w in line for w in words[language]), line
    assert first.name in line and "other.zip" in line


def test_one_dropped_file_says_nothing_of_others(qtbot, main_window, tmp_path):
    first, _ = _two_folders(tmp_path)
    drop(main_window, [first])
    qtbot.waitUntil(lambda: main_window.opened is not None, timeout=60_000)
    assert "Not opened" not in main_window.statusBar().currentMessage()


@pytest.mark.parametrize("language", ["en", "nl"])
def test_the_model_card_speaks_the_interface_language_with_its_figures(qtbot, request, language):
    from desktop.about import AboutDialog, shipped_card

    if language == "nl":
        request.getfixturevalue("dutch")
    card, path = shipped_card()
    dialog = AboutDialog(card, model_path=path)
    qtbot.addWidget(dialog)
    fields = {k: v.text() for k, v in dialog.model_fields.items()}
    trained = card["trained_on"]
    second = f"{round(100 * trained['second_share'])}%"
    if language == "en":
        assert fields["Model"] == card["name"]
        assert fields["Trained on"] == trained["source"]  # the card's own words, unchanged
    else:
        assert fields["Model"] == "Classificatiemodel van Contact Ownership"
        source = fields["Getraind op"]
        assert source.startswith("gegenereerde personen, nooit echte mensen:")
        assert f"{second} uit het onafhankelijk" in source and "generated" not in source


def test_a_card_in_other_words_is_shown_as_written(qtbot, dutch):
    from desktop.about import AboutDialog

    card = {"name": "Our own model", "trained_on": {"source": "our CRM", "second_share": 0.2}}
    dialog = AboutDialog(card)
    qtbot.addWidget(dialog)
    fields = [v.text() for v in dialog.model_fields.values()]
    assert "Our own model" in fields and "our CRM" in fields
