"""The dialogs in Dutch: about, career editor, batch and timeline speak the catalogue (offscreen).

Each test installs the Dutch translators the way the app does (Help ▸ Language ▸ Nederlands)
and removes them again, so that the other tests keep seeing English.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import numpy as np
from PySide6.QtCore import QPointF
from PySide6.QtWidgets import QDialogButtonBox, QTableWidget

import model.batch
from model.batch import BatchResult
from model.career import Career, Position

CARD = {
    "name": "Contact Ownership classifier",
    "trained_on": {"source": "generated persons", "persons": 240, "contacts": 151200},
    "held_out": {"persons": 60, "contacts": 37950},
    "metrics": {"macro_f1": 0.9123, "accuracy": 0.93, "brier": 0.061},
    "per_profession": {"recruiter": {"contacts": 4097, "macro_f1": 0.89}},
    "flag_band": [0.3, 0.7],
}
CAREER = Career(
    positions=[
        Position("Acme B.V.", "Consultant", date(2015, 3, 1), date(2018, 12, 31)),
        Position("Globex", "Manager", date(2019, 1, 1), None),
    ],
    registered_on=date(2014, 6, 15),
    exported_on=date(2021, 5, 1),
)


def _headers(table: QTableWidget) -> list[str]:
    return [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]


def test_about_dialog_in_dutch(qtbot, dutch):
    from desktop.about import AboutDialog

    dialog = AboutDialog(CARD, version="1.2.3")
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Over Contact Ownership"
    tabs = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
    assert tabs == ["Over", "Model", "Per beroep"]
    assert "Versie 1.2.3" in dialog.version_label.text()
    assert "maakt nooit een netwerkverbinding" in dialog.privacy_label.text()
    fields = {name: label.text() for name, label in dialog.model_fields.items()}
    assert fields["Trainingsgegevens"] == "240 personen, 151.200 contacten"
    assert fields["Gemeten op"] == "60 apart gehouden personen, 37.950 contacten"
    assert fields["Gemarkeerd voor beoordeling bij p_work in"] == "0,30 – 0,70"
    metrics = dialog.findChild(QTableWidget, "metrics")
    assert _headers(metrics) == ["Maat", "Waarde", "Betekenis"]
    assert [metrics.item(r, 0).text() for r in range(3)] == [
        "Macro-F1",
        "Nauwkeurigheid",
        "Brier-score",
    ]
    assert metrics.item(0, 1).text() == "0,912"
    assert metrics.item(1, 2).toolTip() == "Aandeel contacten met een juist voorstel"
    assert _headers(dialog.profession_table)[:3] == ["Beroep", "Contacten", "Macro-F1"]
    close = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Close)
    assert close.text().replace("&", "") == "Sluiten"  # Qt's own Dutch, from qtbase_nl


def test_career_editor_in_dutch(qtbot, dutch):
    from desktop.career_editor import CareerEditor

    dialog = CareerEditor(CAREER, ["Klant A", "Klant B"])
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Loopbaan en klanten"
    assert _headers(dialog.table) == ["Bedrijf", "Functie", "Begin", "Einde", "Huidig"]
    assert dialog.add_button.text() == "Functie &toevoegen"
    assert dialog.clients_button.text() == "&Klantenlijst laden…"
    assert dialog.clients_label.text() == "2 klanten geladen."
    current_end = dialog.table.cellWidget(1, 3)
    assert current_end.specialValueText() == "huidig"
    assert current_end.text() == "huidig"  # the current job's end shows the special value
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    cancel = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    assert cancel.text().replace("&", "") == "Annuleren"  # Qt's own Dutch, from qtbase_nl
    dialog.add_position()
    dialog.add_position()
    assert not ok.isEnabled()
    assert dialog.message.text() == "Regel 3: het bedrijf is leeg. (en nog 1)"

    single = CareerEditor(CAREER, ["Klant A"])
    qtbot.addWidget(single)
    assert single.clients_label.text() == "1 klant geladen."


def test_batch_dialog_in_dutch(qtbot, dutch, tmp_path, monkeypatch):
    from desktop.batch_dialog import BatchDialog

    def finished_at_once(inputs, out_dir, *, on_result, **_kwargs):
        sources = model.batch.expand_inputs(inputs)
        ok = BatchResult(str(sources[0]), "ok", 1234, 1000, 234, 12, "", str(out_dir / "a"))
        bad = BatchResult(str(sources[1]), "error", error=f"{sources[1]}: no export")
        for index, result in enumerate((ok, bad)):
            on_result(index, result)
        return [ok, bad]

    monkeypatch.setattr(model.batch, "run_batch", finished_at_once)
    dialog = BatchDialog()
    qtbot.addWidget(dialog)
    try:
        assert dialog.windowTitle() == "Batch-classificatie"
        texts = [dialog.start_button.text(), dialog.cancel_button.text()]
        assert texts == ["&Starten", "&Annuleren"]
        assert dialog.open_button.text() == "Uitvoermap &openen"
        assert dialog.close_button.text() == "Sluiten"
        assert _headers(dialog.files)[:4] == ["Bestand", "Status", "Voortgang", "Contacten"]
        header = dialog.files.horizontalHeader()
        flagged = _headers(dialog.files).index("Gemarkeerd")  # longer than "Flagged"
        assert dialog.files.columnWidth(flagged) >= header.sectionSizeHint(flagged)
        assert dialog.format.itemText(1) == "Excel (XLSX)"
        assert not dialog.start()
        assert dialog.summary.text() == "Voeg minstens één export of map toe."

        for name in ("a.csv", "b.csv"):
            (tmp_path / name).write_text("First Name,Last Name\n", encoding="utf-8")
        dialog.add_inputs([tmp_path / "a.csv", tmp_path / "b.csv"])
        dialog.set_output_folder(tmp_path / "out")
        with qtbot.waitSignal(dialog.batchFinished):
            assert dialog.start()
            assert dialog.summary.text() == "2 bestanden classificeren…"
        assert dialog.files.item(0, 1).text() == "klaar"
        assert dialog.files.item(1, 1).text() == "fout"
        assert dialog.files.item(0, 3).text() == "1.234"
        assert dialog.summary.text().startswith("Klaar: 1 geclassificeerd, 1 mislukt.")
    finally:
        dialog.reject()  # joins the worker thread


def test_timeline_in_dutch(qtbot, dutch):
    from desktop.timeline import TimelineChart

    chart = TimelineChart()
    qtbot.addWidget(chart)
    chart.resize(900, 320)
    dates = np.array(["2015-03-02", "2015-03-20", "2015-03-31", "NaT"], dtype="datetime64[ns]")
    chart.set_data(dates, np.array(["work", "private", "work", "work"], dtype=object), CAREER)
    assert chart.accessibleName() == "Verbindingen per maand"
    y = chart.band_y() + 60  # below the band labels: on the bars
    tip = chart.tooltip_at(QPointF(chart.month_x(2015, 3), y))
    assert tip.splitlines()[0] == "maart 2015: 3 verbindingen (2 werk, 1 privé)"
    assert "Bij Acme B.V. (mrt 2015 – dec 2018)" in tip
    assert tip.splitlines()[-1] == "Klik om de contacten van deze maand te tonen"
    assert chart.bands()[1].period.endswith("– nu")
    single = chart.tooltip_at(QPointF(chart.month_x(2014, 6), y))
    assert single.splitlines()[0] == "juni 2014: 0 verbindingen (0 werk, 0 privé)"
    assert "Tussen banen (of voor de eerste)" in single


def test_english_is_unchanged_without_translators(qtbot):
    from desktop.batch_files import BatchFileTable
    from desktop.career_editor import CareerEditor

    editor = CareerEditor(CAREER, ["Client A"])
    qtbot.addWidget(editor)
    assert editor.windowTitle() == "Career and clients"
    assert editor.clients_label.text() == "1 client loaded."
    table = BatchFileTable()
    qtbot.addWidget(table)
    table.fill([Path("a.csv")])
    assert _headers(table)[0] == "File" and table.item(0, 1).text() == "waiting"


def test_dates_in_the_table_and_details_speak_dutch(dutch, qtbot):
    from desktop.details import DetailsPane
    from desktop.fmt import short_months
    from desktop.table_data import build_table_data
    from tests.contact_details import contact_details
    from tests.test_gui_table_model import make_frames

    contacts, results = make_frames()
    data = build_table_data(contacts, results, short_months())
    assert data.display["connected"][0].startswith("05 mrt")
    pane = DetailsPane()
    qtbot.addWidget(pane)
    pane.show_contact(contact_details(employer="Acme"))
    assert pane.connected.text().startswith("03 mei 2021")


def test_new_review_screens_speak_dutch(dutch, qtbot, tmp_path):
    import numpy as np

    from desktop.details import DetailsPane
    from desktop.export_dialog import ExportDialog
    from desktop.import_report import format_name
    from desktop.sessions_dialog import SessionsDialog

    pane = DetailsPane()
    qtbot.addWidget(pane)
    pane.show_selection(10, {"Acme"}, {"client"})
    assert pane.title.text() == "10 geselecteerd"
    n = 4
    dialog = ExportDialog(
        "work",
        {"all": np.arange(n), "view": np.arange(2), "selection": np.arange(1)},
        np.ones(n, bool),
        np.array([True, True, False, False]),
        np.array(["", "", "", ""]),
    )
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Werkcontacten exporteren (overdrachtslijst)"
    assert dialog.warning.text().startswith("2 contacten in deze overdrachtslijst")
    sessions = SessionsDialog(folder=tmp_path)
    qtbot.addWidget(sessions)
    assert sessions.windowTitle() == "Bewaarde beoordelingen"
    assert format_name("linkedin-zip") == "LinkedIn-gegevensexport (zip)"


def test_one_earlier_decision_is_singular_in_dutch(dutch, qtbot):
    from types import SimpleNamespace

    from desktop.main_window import MainWindow
    from desktop.workspace import Workspace
    from model.career import Position
    from model.session import ReopenReport

    window = MainWindow()
    qtbot.addWidget(window)
    ws = Workspace(window)
    one = SimpleNamespace(
        session=SimpleNamespace(
            reopen_report=ReopenReport(restored=1, unmatched=1, matched_by="key")
        ),
        context_restored=False,
    )
    assert ws.reopen_notes(one) == [
        "1 eerdere beslissing hersteld.",
        "1 eerdere beslissing past niet meer bij een contact.",
    ]
    many = SimpleNamespace(
        session=SimpleNamespace(
            reopen_report=ReopenReport(restored=3, previous=Path("old.sqlite"), matched_by="key"),
            career_updates=[],
        ),
        context_restored=True,
    )
    assert ws.reopen_notes(many) == [
        "3 beslissingen overgenomen uit je eerdere export.",
        "Je aangepaste loopbaan en klantenlijst zijn terug.",
    ]
    many.session.career_updates = [Position("Nieuwco B.V.")]
    assert ws.reopen_notes(many)[-1] == (
        "Je aangepaste loopbaan en klantenlijst zijn terug, bijgewerkt met Nieuwco B.V. "
        "uit deze nieuwere export."
    )


def test_import_warnings_speak_dutch(dutch, tmp_path):
    from desktop.import_report import details_text, summary_lines
    from model.readers import read_export

    path = tmp_path / "Connections.csv"
    path.write_text(
        "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
        ",,,,,,05 Mar 2021\n"
        "Anna,Jansen,,,Acme B.V.,Inkoper,05 Mar 2021\n"
        "Anna,Jansen,,,Acme B.V.,Inkoper,05 Mar 2021\n",
        encoding="utf-8",
    )
    export = read_export(path)
    text = " ".join(summary_lines(export, "Connections.csv"))
    assert "zonder" in text or "geen naam" in text
    assert "1 dubbele rij in Connections.csv; behouden en als dubbel gemarkeerd." in text
    assert "alleen een contactenbestand gegeven" in details_text(export)
    assert "kept" not in text
