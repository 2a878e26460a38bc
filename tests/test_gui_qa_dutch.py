"""What an outside QA pass found untranslated or misleading in the Dutch and HR views
(offscreen, real widgets)."""

from __future__ import annotations

import zipfile

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QMessageBox


@pytest.fixture
def dutch(qapp):
    """The app's Dutch translations for one test (removed again afterwards)."""
    from desktop.app import install_translators
    from model import messages

    default = QLocale()
    translators = install_translators(qapp, "nl")
    try:
        assert translators, "desktop/i18n/contact_ownership_nl.qm is missing"
        yield
    finally:
        for translator in translators:
            QCoreApplication.removeTranslator(translator)
        QLocale.setDefault(default)
        messages.set_language("en")


def _broken_files(folder):
    empty = folder / "Connections.csv"
    empty.write_bytes(b"")
    headless = folder / "notes.csv"
    headless.write_text("what,when\nlunch,Friday\n", encoding="utf-8")
    no_connections = folder / "Basic_LinkedInDataExport_03-01-2024.zip"
    with zipfile.ZipFile(no_connections, "w") as zf:
        zf.writestr("Positions.csv", "Company Name,Title,Started On\nAcme,Consultant,Jan 2019\n")
    return {
        empty: "het bestand is leeg",
        headless: "geen LinkedIn-connecties gevonden: verwacht een kopregel met First Name",
        no_connections: "geen Connections.csv gevonden: verwacht de gegevensexport van LinkedIn",
    }


def test_a_file_that_cannot_be_read_is_refused_in_dutch(qtbot, dutch, main_window, tmp_path):
    for path, dutch_text in _broken_files(tmp_path).items():
        main_window.last_error = ""
        main_window.open_path(path)
        qtbot.waitUntil(lambda: bool(main_window.last_error), timeout=20_000)
        line = main_window.last_error
        assert line.startswith(str(path)), line  # the file is named as it is spelled
        assert dutch_text in line, line
        assert "expected" not in line and "empty" not in line and "\n" not in line
        for box in main_window.findChildren(QMessageBox):
            box.close()


def test_a_zip_members_problem_and_a_nested_export_hint_are_dutch(dutch):
    from desktop.reader_notes import translated_error
    from model.errors import InputError

    err = InputError("/x/export.zip", "Connections.csv: the file is empty")
    assert translated_error(err) == "/x/export.zip: Connections.csv: het bestand is leeg"
    nested = InputError(
        "/x/outer.zip",
        "no Connections.csv found: expected LinkedIn's data export (a zip or folder holding "
        "Connections.csv) or a Connections.csv file; it holds inner.zip: unzip it and open that",
    )
    assert translated_error(nested).endswith("; er zit inner.zip in: pak dat uit en open het")
    unknown = InputError("/x/a.csv", "something no reader says")
    assert translated_error(unknown) == "/x/a.csv: something no reader says"


def test_reader_errors_stay_english_in_the_english_app(qtbot, main_window, tmp_path):
    path = tmp_path / "Connections.csv"
    path.write_bytes(b"")
    main_window.open_path(path)
    qtbot.waitUntil(lambda: bool(main_window.last_error), timeout=20_000)
    assert main_window.last_error == f"{path}: the file is empty"
