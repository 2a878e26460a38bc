"""The career editor driven through its real widgets (offscreen)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox

from desktop.career_editor import (
    COL_COMPANY,
    COL_END,
    COL_START,
    COL_TITLE,
    CareerEditor,
)
from model.career import Career, Position


@pytest.fixture
def career() -> Career:
    return Career(
        positions=[
            Position(
                "Acme B.V.", "Consultant", date(2015, 3, 1), date(2019, 2, 28), "Sales", "Utrecht"
            ),
            Position("Globex", "Senior consultant", date(2019, 3, 1), None),
        ],
        owner_name="Test Person",
        registered_on=date(2012, 5, 4),
    )


@pytest.fixture
def editor(qtbot, career) -> CareerEditor:
    dialog = CareerEditor(career, ["Initech"])
    qtbot.addWidget(dialog)
    return dialog


def ok_button(dialog: CareerEditor):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def test_shows_positions_and_returns_them_unchanged(editor, career):
    assert editor.table.rowCount() == 2
    assert editor.table.item(0, COL_COMPANY).text() == "Acme B.V."
    assert editor.table.item(1, COL_TITLE).text() == "Senior consultant"
    assert editor.current_box(1).isChecked()
    assert not editor.table.cellWidget(1, COL_END).isEnabled()
    assert editor.table.cellWidget(0, COL_START).text() == QDate(2015, 3, 1).toString("MMM yyyy")
    assert editor.career() == career  # description, location, owner and join date survive
    assert editor.clients() == ["Initech"]
    assert ok_button(editor).isEnabled()


def test_add_position_edit_and_ok_emits_career(qtbot, editor):
    row = editor.add_position()
    editor.table.item(row, COL_COMPANY).setText("  Umbrella   Corp ")
    editor.table.item(row, COL_TITLE).setText("Manager")
    editor.table.cellWidget(row, COL_START).setDate(QDate(2010, 1, 1))
    editor.table.cellWidget(row, COL_END).setDate(QDate(2014, 12, 1))
    with qtbot.waitSignal(editor.careerChanged) as signal:
        qtbot.mouseClick(ok_button(editor), Qt.MouseButton.LeftButton)
    new_career, clients = signal.args
    added = new_career.positions[-1]
    assert (added.company, added.title) == ("Umbrella Corp", "Manager")
    assert (added.start, added.end) == (date(2010, 1, 1), date(2014, 12, 31))
    assert clients == ["Initech"]
    assert new_career.owner_name == "Test Person"


def test_new_position_without_company_disables_ok(editor):
    editor.add_position()
    assert not ok_button(editor).isEnabled()
    assert "company is empty" in editor.message.text()
    assert editor.message.isVisibleTo(editor)


def test_end_before_start_blocks_ok_until_fixed(qtbot, editor):
    editor.table.cellWidget(0, COL_END).setDate(QDate(2014, 1, 1))
    assert not ok_button(editor).isEnabled()
    assert "Row 1 (Acme B.V.)" in editor.message.text()
    assert "before the start" in editor.message.text()
    with qtbot.assertNotEmitted(editor.careerChanged):
        editor.accept()
    editor.table.cellWidget(0, COL_END).setDate(QDate(2015, 3, 1))  # same month is fine
    assert ok_button(editor).isEnabled()
    assert not editor.message.isVisibleTo(editor)


def test_mark_current_and_back(editor):
    box = editor.current_box(0)
    box.setChecked(True)
    assert editor.career().positions[0].end is None
    assert editor.table.cellWidget(0, COL_END).text() == "current"
    box.setChecked(False)
    end = editor.career().positions[0].end
    assert end is not None and end >= date(2015, 3, 1)


def test_remove_selected_row(editor):
    editor.table.setCurrentCell(0, COL_TITLE)
    editor.remove_selected()
    assert [p.company for p in editor.career().positions] == ["Globex"]


def test_unknown_start_is_kept_as_none(qtbot):
    dialog = CareerEditor(Career([Position("Acme", "", None, date(2020, 6, 30))]))
    qtbot.addWidget(dialog)
    assert dialog.table.cellWidget(0, COL_START).text() == "unknown"
    assert dialog.career().positions[0].start is None
    assert ok_button(dialog).isEnabled()


def test_load_client_list_counts_and_errors(editor, tmp_path):
    good = tmp_path / "clients.csv"
    good.write_bytes("\ufeffcompany\r\nInitech\r\n\r\nHooli B.V.\r\ninitech\r\n".encode())
    assert editor.load_clients(good)
    assert editor.clients() == ["Initech", "Hooli B.V."]  # BOM, header, blank, repeat dropped
    assert editor.clients_label.text() == "2 clients loaded from clients.csv."
    assert editor.clear_clients_button.isEnabled()
    bad = tmp_path / "clients.zip"
    bad.write_bytes(b"PK\x03\x04\x00\x00binary")
    assert not editor.load_clients(bad)
    assert "clients.zip" in editor.message.text() and "\n" not in editor.message.text()
    assert editor.clients() == ["Initech", "Hooli B.V."]  # the old list stays
    assert not editor.load_clients(tmp_path / "missing.txt")
    assert "missing.txt" in editor.message.text()


def test_clear_client_list(qtbot, editor):
    qtbot.mouseClick(editor.clear_clients_button, Qt.MouseButton.LeftButton)
    assert editor.clients() == []
    assert editor.clients_label.text().startswith("No client list loaded")
    with qtbot.waitSignal(editor.careerChanged) as signal:
        editor.accept()
    assert signal.args[1] == []


def test_save_and_open_career_json(editor, tmp_path, career):
    path = tmp_path / "career.json"
    assert editor.save_career(path)
    editor.table.setRowCount(0)
    assert editor.open_career(path)
    assert editor.career().positions == career.positions
    broken = tmp_path / "broken.json"
    broken.write_text("{not json", encoding="utf-8")
    assert not editor.open_career(broken)
    assert "broken.json" in editor.message.text()
    assert editor.table.rowCount() == 2  # a bad file leaves the positions alone


def test_role_read_from_the_career_and_corrected_by_the_person(qtbot, tmp_path):
    recruiter = Career(
        positions=[
            Position("Yacht", "Vestigingsmanager", date(2021, 7, 1), None),
            Position("Randstad", "Recruiter", date(2012, 1, 1), date(2021, 6, 30)),
        ],
        exported_on=date(2024, 1, 1),
    )
    dialog = CareerEditor(recruiter)
    qtbot.addWidget(dialog)
    # the first choice says what was read from the whole career, not from the last title
    assert dialog.role_box.currentData() == ""
    assert "Recruitment" in dialog.role_box.itemText(0)
    assert dialog.career().role == ""
    # editing a title updates what is read
    dialog.table.item(1, COL_TITLE).setText("Accountmanager")
    assert "Sales" in dialog.role_box.itemText(0)
    # the person corrects it; OK hands the role on with the career
    dialog.role_box.setCurrentIndex(dialog.role_box.findData("recruitment"))
    with qtbot.waitSignal(dialog.careerChanged) as signal:
        qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    assert signal.args[0].role == "recruitment"
    # saved and opened again, the correction is still there
    assert dialog.save_career(tmp_path / "career.json")
    other = CareerEditor(Career())
    qtbot.addWidget(other)
    assert other.open_career(tmp_path / "career.json")
    assert other.role_box.currentData() == "recruitment"
    assert other.career().role == "recruitment"


def test_an_unknown_end_survives_the_editor_until_the_person_sets_one(qtbot):
    """A past job whose end the export did not give (an unreadable Finished On) comes back
    unknown from an untouched editor, never as a job of one month or a current one."""
    job = Position("Acme", "Engineer", date(2014, 8, 1), None, end_unknown=True)
    later = Position("Globex", "Lead", date(2019, 1, 1), None)
    dialog = CareerEditor(Career([job, later]))
    qtbot.addWidget(dialog)
    assert not dialog.current_box(0).isChecked()
    assert "could not be read" in dialog.table.cellWidget(0, COL_END).toolTip()
    kept = dialog.career().positions[0]
    assert kept.end is None and kept.end_unknown and not kept.is_current
    dialog.table.cellWidget(0, COL_END).setDate(QDate(2018, 12, 1))
    chosen = dialog.career().positions[0]
    assert chosen.end == date(2018, 12, 31) and not chosen.end_unknown
