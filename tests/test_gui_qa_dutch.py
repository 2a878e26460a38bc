"""What an outside QA pass found untranslated or misleading in the Dutch and HR views
(offscreen, real widgets)."""

from __future__ import annotations

import re
import zipfile

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox


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


def _refusal(path):
    from model.errors import InputError
    from model.readers import read_export

    with pytest.raises(InputError) as caught:
        read_export(path)
    return caught.value


def test_a_zip_members_problem_and_a_nested_export_hint_are_dutch(dutch, tmp_path):
    from desktop.errors import message_for
    from model.errors import InputError

    export = tmp_path / "export.zip"
    with zipfile.ZipFile(export, "w") as zf:
        zf.writestr("Connections.csv", "")
    assert message_for(_refusal(export)) == f"{export}: Connections.csv: het bestand is leeg"
    outer = tmp_path / "outer.zip"
    with zipfile.ZipFile(outer, "w") as zf:
        zf.writestr("inner.zip", b"PK")
    nested = _refusal(outer)
    assert str(nested).endswith("; it holds inner.zip: unzip it and open that")
    assert message_for(nested).endswith("; er zit inner.zip in: pak dat uit en open het")
    evil = tmp_path / "evil.zip"
    with zipfile.ZipFile(evil, "w") as zf:
        zf.writestr("../a.csv", "x")
        zf.writestr("/b.csv", "x")
    assert message_for(_refusal(evil)).endswith(
        "; de zip bevat 2 bestanden met een naam die buiten de zip wijst ('../a.csv', '/b.csv');"
        " genegeerd, er is niets uitgepakt"
    )
    unknown = InputError("/x/a.csv", "something no reader says")  # not a message: as written
    assert message_for(unknown) == "/x/a.csv: something no reader says"


def test_reader_errors_stay_english_in_the_english_app(qtbot, main_window, tmp_path):
    path = tmp_path / "Connections.csv"
    path.write_bytes(b"")
    main_window.open_path(path)
    qtbot.waitUntil(lambda: bool(main_window.last_error), timeout=20_000)
    assert main_window.last_error == f"{path}: the file is empty"


@pytest.fixture(scope="module")
def hr_plan_and_package(tmp_path_factory):
    from model.hr import plan_package
    from model.hr.package import write_package
    from model.predictor import load_model
    from model.synthetic import generate_person

    person = generate_person(23, "it_consultant", n_contacts=70)
    results = load_model().classify(person.contacts, person.career)
    plan = plan_package(person.contacts, results, person.career)
    return plan, write_package(plan, tmp_path_factory.mktemp("pkg") / "leaver")


SAID = {
    "en": {"private": "private", "uncertain": "uncertain", "p": "p(work) = 0.52"},
    "nl": {"private": "privé", "uncertain": "onzeker", "p": "p(werk) = 0.52"},
}


@pytest.mark.parametrize("language", ["en", "nl"])
def test_hr_shows_how_sure_the_suggestion_is_not_p_work(
    qtbot, hr_plan_and_package, tmp_path, language, request
):
    """A private suggestion at p(work) 0.52 (a model whose work threshold is above it) read
    "0.52 private": HR took it for 52 % private. It says "uncertain" now, as the main window
    does, and a sure private one its own confidence; p(work) is in the tooltip, named."""
    from desktop.hr.table import SUGGESTION
    from desktop.hr.window import HrWindow
    from model.hr.review import HrReview

    if language == "nl":
        request.getfixturevalue("dutch")
    package = tmp_path / "leaver.coreview"
    package.write_bytes(hr_plan_and_package[1].read_bytes())
    review = HrReview.open(package, "Anne")
    t = review.contacts
    private = np.flatnonzero((t["suggestion"] == "private").to_numpy())
    work = np.flatnonzero((t["suggestion"] == "work").to_numpy())
    assert len(private) >= 2 and len(work) >= 1
    close, sure, at_work = int(private[0]), int(private[1]), int(work[0])
    for row, p in ((close, 0.52), (sure, 0.10), (at_work, 0.80)):
        t.loc[t.index[row], ["p_work", "flagged"]] = [p, False]
    hr = HrWindow(review, language)
    qtbot.addWidget(hr)
    words, model = SAID[language], hr.model
    model.set_attention_only(False)  # the rows changed here are no longer flagged

    def cell(row, role=Qt.ItemDataRole.DisplayRole):
        return model.data(model.index(model.table_row(row), SUGGESTION), role)

    assert cell(close) == f"{words['private']} · {words['uncertain']}"
    assert cell(sure) == f"{words['private']} · 90 %"
    assert cell(at_work).endswith(" · 80 %")
    assert cell(close, Qt.ItemDataRole.ToolTipRole).startswith(words["p"])
    assert "0.52" not in cell(close) and "0.10" not in cell(sure)
    hr.details.show_contact(review, close, model._outcome)
    assert hr.details.suggestion.text() == f"{words['private']} · {words['uncertain']}"
    assert hr.details.suggestion.toolTip() == words["p"]
    hr.close()


def test_the_package_dialog_says_the_suggestion_and_its_confidence_in_dutch(
    qtbot, dutch, hr_plan_and_package
):
    from desktop.hr.package_dialog import PackageDialog

    dialog = PackageDialog(hr_plan_and_package[0])
    qtbot.addWidget(dialog)
    model = dialog.list.model()
    shown = [model.data(model.index(r, 3)) for r in range(model.rowCount())]
    assert shown and all(re.fullmatch(r"(werk|privé) · (onzeker|\d\d? %)", s) for s in shown)
    assert (
        any(s.endswith("onzeker") for s in shown)
        or not hr_plan_and_package[0].table()["flagged"].any()
    )


@pytest.mark.parametrize("language", ["en", "nl"])
def test_no_career_line_names_the_menu_item_as_it_is_called(qtbot, tmp_path, language, request):
    """The banner of an export without Positions.csv sends the person to Career ▸ the item
    that edits the career, by the name the menu really shows in that language."""
    from desktop.import_report import summary_lines
    from desktop.main_window import MainWindow
    from model.readers import read_export

    if language == "nl":
        request.getfixturevalue("dutch")
    window = MainWindow()  # its menus in the language just installed
    qtbot.addWidget(window)
    path = tmp_path / "Connections.csv"
    path.write_text(
        "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
        "Anna,Jansen,,,Acme B.V.,Inkoper,05 Mar 2021\n",
        encoding="utf-8",
    )
    lines = summary_lines(read_export(path), "Connections.csv")
    menu = window.career_menu.title().replace("&", "")
    item = window.career_action.text().replace("&", "")
    career_lines = [line for line in lines if "Positions.csv" in line]
    assert career_lines, lines
    assert f"{menu} ▸ {item}" in career_lines[0], (career_lines[0], item)


def test_the_batch_dialog_shows_a_files_reader_error_in_dutch(qtbot, dutch, tmp_path, monkeypatch):
    """The batch records each file's error as the reader wrote it (English, for summary.csv
    and the logs); the Dutch dialog shows it in Dutch, in the table and in the summary."""
    import model.batch
    from desktop.batch_dialog import BatchDialog
    from model.batch import BatchResult
    from model.errors import InputError
    from model.readers import read_export

    def reading_only(inputs, out_dir, *, on_result, **_):  # the batch's reading step, for real
        results = []
        for i, source in enumerate(model.batch.expand_inputs(inputs)):
            try:
                read_export(source)
                result = BatchResult(str(source), "ok")
            except InputError as err:
                result = BatchResult(str(source), "error", error=err.message)
            on_result(i, result)
            results.append(result)
        return results

    monkeypatch.setattr(model.batch, "run_batch", reading_only)
    empty = tmp_path / "in" / "Connections.csv"
    empty.parent.mkdir()
    empty.write_bytes(b"")
    dialog = BatchDialog()
    qtbot.addWidget(dialog)
    dialog.add_inputs([empty])
    dialog.set_output_folder(tmp_path)
    try:
        with qtbot.waitSignal(dialog.batchFinished, timeout=20_000):
            assert dialog.start()
        assert dialog.file_status(0) == "error"
        assert dialog.files.item(0, 7).text() == "het bestand is leeg"
        assert dialog.files.item(0, 7).toolTip() == f"{empty}: het bestand is leeg"
        assert f"• {empty}: het bestand is leeg" in dialog.summary.text()
    finally:
        dialog.reject()  # joins the worker thread


def test_a_files_warnings_are_listed_in_dutch_on_its_status(qtbot, dutch, tmp_path):
    """summary.csv keeps the reader's English warnings; in the Dutch table "klaar, met
    waarschuwingen" lists which, in Dutch (one per line), a note no template knows as written."""
    from desktop.batch_files import COL_MESSAGE, COL_STATUS, BatchFileTable
    from model.batch import WARNING_SEPARATOR, BatchResult
    from model.messages import Message

    source = tmp_path / "Connections.csv"
    table = BatchFileTable()
    qtbot.addWidget(table)
    table.fill([source])
    notes = (Message("note.duplicates", n=3, file="Connections.csv"), "a note no template knows")
    warnings = WARNING_SEPARATOR.join(notes)
    assert warnings.startswith("3 duplicate rows in Connections.csv; kept and marked as")
    output = str(tmp_path / "Connections.classified.csv")
    result = BatchResult(
        str(source), "warning", contacts=10, output=output, warnings=warnings, notes=notes
    )
    table.show_result(0, result)
    assert table.item(0, COL_STATUS).toolTip().split("\n") == [
        "3 dubbele rijen in Connections.csv; behouden en als dubbel gemarkeerd",
        "a note no template knows",
    ]
    assert table.item(0, COL_MESSAGE).text() == "Connections.classified.csv"


def test_the_wrong_file_errors_are_the_models_words_and_dutch(dutch):
    """The errors for one of our files or LinkedIn's that is not the contacts are messages
    of the reader: English on the command line, Dutch in the Dutch app."""
    from model.messages import Message
    from model.readers import dispatch

    renamed = Message("read.renamed_review_package", suffix=".zip")
    for message, dutch_start in (
        (renamed, "is een reviewpakket voor HR dat hernoemd is naar .zip"),
        (dispatch.UNZIPPED_REVIEW_PACKAGE, "bevat een uitgepakt reviewpakket"),
        (dispatch.POSITIONS_GIVEN, "is het loopbaanbestand van LinkedIn"),
    ):
        assert message.text().startswith(dutch_start), message
        assert message.text("en") == str(message) and str(message).startswith(("is ", "holds"))
