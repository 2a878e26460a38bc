"""The career inferred from Connections.csv alone, shown in the app as a suggestion the person
can accept, correct or clear (offscreen, real widgets, the shipped model)."""

from __future__ import annotations

from datetime import date

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from desktop.career_editor import COL_COMPANY, COL_START, COL_TITLE, CareerEditor
from model.career import Career, Position
from model.inferred import infer_career, is_inferred
from tests.test_inferred import EMPLOYER, network, write_connections


@pytest.fixture(scope="module")
def suggestion():
    return infer_career(network(later_at_employer=12))


def editor_for(qtbot, career, suggestion) -> CareerEditor:
    dialog = CareerEditor(career, [], suggestion=suggestion)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def press_ok(qtbot, dialog: CareerEditor):
    with qtbot.waitSignal(dialog.careerChanged) as signal:
        qtbot.mouseClick(
            dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
        )
    return signal.args[0]


def test_the_suggestion_is_shown_and_stays_in_use_when_left_alone(qtbot, suggestion):
    dialog = editor_for(qtbot, suggestion, suggestion)
    assert dialog.suggestion_box.isVisible()
    text = dialog.suggestion_label.text()
    assert EMPLOYER in text and "52 of your contacts" in text and "2019" in text
    assert dialog.table.rowCount() == 0
    career = press_ok(qtbot, dialog)
    assert is_inferred(career) and not career.declined
    assert [p.company for p in career.employers_found()] == [EMPLOYER]


def test_accepting_and_correcting_makes_it_the_persons_own_career(qtbot, suggestion):
    dialog = editor_for(qtbot, suggestion, suggestion)
    qtbot.mouseClick(dialog.use_button, Qt.MouseButton.LeftButton)
    assert not dialog.suggestion_box.isVisible()
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, COL_COMPANY).text() == EMPLOYER
    assert dialog.table.cellWidget(0, COL_START).date().year() == 2019
    assert dialog.current_box(0).isChecked()
    dialog.table.item(0, COL_TITLE).setText("Planner")  # the person corrects it
    career = press_ok(qtbot, dialog)
    assert not is_inferred(career)
    (position,) = career.positions
    assert (position.company, position.title, position.end) == (EMPLOYER, "Planner", None)
    assert position.start.year == 2019


def test_clearing_stops_the_suggestion_and_it_can_come_back(qtbot, suggestion):
    dialog = editor_for(qtbot, suggestion, suggestion)
    qtbot.mouseClick(dialog.clear_suggestion_button, Qt.MouseButton.LeftButton)
    assert "cleared" in dialog.suggestion_label.text()
    assert dialog.restore_button.isVisible() and not dialog.use_button.isVisible()
    career = dialog.career()
    assert is_inferred(career) and career.declined and not career.positions
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert dialog.use_button.isVisible()
    assert press_ok(qtbot, dialog).employers_found()


def test_a_career_of_ones_own_hides_the_suggestion(qtbot, suggestion):
    own = Career(positions=[Position("Helvik Bouw", "Planner", date(2016, 1, 1))])
    dialog = editor_for(qtbot, own, suggestion)
    assert not dialog.suggestion_box.isVisible()
    assert press_ok(qtbot, dialog) == own
    # adding a row of one's own while the suggestion shows makes it moot as well
    dialog = editor_for(qtbot, suggestion, suggestion)
    dialog.add_position()
    assert not dialog.suggestion_box.isVisible()


def test_the_editor_speaks_dutch(qtbot, suggestion):
    from PySide6.QtCore import QCoreApplication, QLocale
    from PySide6.QtWidgets import QApplication

    from desktop import app as app_module

    default = QLocale()
    app_module.install_translators(QApplication.instance(), "nl")
    try:
        dialog = editor_for(qtbot, suggestion, suggestion)
        assert "waarschijnlijk" in dialog.suggestion_label.text()
        assert "van je contacten" in dialog.suggestion_label.text()
        assert dialog.use_button.text() == "&Gebruik als mijn loopbaan"
    finally:
        for translator in list(app_module._installed):
            QCoreApplication.removeTranslator(translator)
        app_module._installed.clear()
        QLocale.setDefault(default)
        from model import messages

        messages.set_language("en")  # installing Dutch made the reasons Dutch too


# --- in the main window, with the shipped model ------------------------------------------


@pytest.fixture
def connections_csv(tmp_path):
    path = tmp_path / "Connections.csv"
    write_connections(network(later_at_employer=12), path)
    return path


@pytest.fixture
def window(main_window):
    return main_window


def open_and_wait(qtbot, window, path) -> None:
    window.open_path(path)
    qtbot.waitUntil(lambda: window.opened is not None, timeout=30000)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.workspace)
    qtbot.waitUntil(lambda: not window.runner.is_running("data"), timeout=30000)


def test_connections_only_opens_with_the_suggestion_and_keeps_the_correction(
    qtbot, window, connections_csv
):
    open_and_wait(qtbot, window, connections_csv)
    opened = window.opened
    assert [p.company for p in opened.suggestion.employers_found()] == [EMPLOYER]
    assert EMPLOYER in set(opened.results["employer"])
    assert "probably at" in window.workspace.report_bar.text.text()
    window.career_action.trigger()
    editor = window.findChild(CareerEditor)
    assert editor.suggestion_box.isVisible()
    qtbot.mouseClick(editor.use_button, Qt.MouseButton.LeftButton)
    editor.table.item(0, COL_TITLE).setText("Planner")
    editor.accept()
    qtbot.waitUntil(lambda: not window.runner.is_running("data"), timeout=30000)
    qtbot.waitUntil(lambda: opened.export.positions != [], timeout=30000)
    assert [p.title for p in opened.export.positions] == ["Planner"]
    # saved as today's career edits are: it comes back with the session
    career, _clients = opened.session.context()
    assert not is_inferred(career) and [p.company for p in career.positions] == [EMPLOYER]


def test_a_cleared_suggestion_stays_cleared_when_the_export_is_opened_again(
    qtbot, window, connections_csv
):
    open_and_wait(qtbot, window, connections_csv)
    window.career_action.trigger()
    editor = window.findChild(CareerEditor)
    qtbot.mouseClick(editor.clear_suggestion_button, Qt.MouseButton.LeftButton)
    editor.accept()
    qtbot.waitUntil(lambda: window.opened.declined, timeout=10000)
    qtbot.waitUntil(
        lambda: (
            not window.runner.is_running("data") and set(window.opened.results["employer"]) == {""}
        ),
        timeout=30000,
    )
    open_and_wait(qtbot, window, connections_csv)
    assert window.opened.declined and window.opened.context_restored
    assert set(window.opened.results["employer"]) == {""}


def test_switching_language_keeps_the_inferred_career_in_use(qtbot, window, connections_csv):
    from PySide6.QtCore import QCoreApplication, QLocale

    from desktop import app as app_module
    from model import messages

    open_and_wait(qtbot, window, connections_csv)
    before = window.opened.results
    default = QLocale()
    try:
        dutch = window.set_language("nl")
        qtbot.addWidget(dutch)
        qtbot.waitUntil(
            lambda: dutch.opened.results is not before and not dutch.runner.is_running("data"),
            timeout=30000,
        )
        results = dutch.opened.results
        assert EMPLOYER in set(results["employer"])
        said = {r for reasons in results["reasons"] for r in reasons}
        assert any(r.startswith(f"werkt bij {EMPLOYER}, waarschijnlijk je werkgever") for r in said)
        dutch.close()
    finally:
        for translator in list(app_module._installed):
            QCoreApplication.removeTranslator(translator)
        app_module._installed.clear()
        QLocale.setDefault(default)
        messages.set_language("en")


def test_the_role_read_from_the_titles_reaches_the_career_editor(qtbot, window, tmp_path):
    contacts = network(later_at_employer=12)
    contacts["position"] = np.where(np.arange(len(contacts)) % 3 == 0, "Planner", "Nurse")
    path = tmp_path / "Connections.csv"
    write_connections(contacts, path)
    open_and_wait(qtbot, window, path)
    assert window.opened.network_role == "healthcare"
    window.career_action.trigger()
    editor = window.findChild(CareerEditor)
    assert editor.role_box.itemText(0) == "From your contacts' titles: Health care"


def test_every_view_shows_the_inferred_employer_marked_as_inferred(
    qtbot, window, connections_csv, monkeypatch
):
    """Connections.csv alone: the table, the details pane, the timeline, the personal layer
    and the HR package all use the employer read from the network, and say it is inferred."""
    from desktop import personal
    from desktop.timeline_layout import band_label, band_text
    from model.hr.package import package_bytes
    from model.hr.unpack import load_package

    given = []
    real_prepare = personal.prepare

    def recording_prepare(contacts, results, career, *args, **kwargs):
        given.append(career)
        return real_prepare(contacts, results, career, *args, **kwargs)

    monkeypatch.setattr(personal, "prepare", recording_prepare)
    open_and_wait(qtbot, window, connections_csv)
    assert EMPLOYER in set(window.opened.results["employer"])  # the table
    details = window.workspace.details
    assert [p.company for p in details.strip._positions] == [EMPLOYER]
    assert "inferred from your network" in details._section_career.text()
    window.workspace.review.select_display_row(0)
    qtbot.waitUntil(lambda: details.strip_caption.text() != "")
    assert "not stated by you" in details.strip_caption.text()

    window.timeline_action.trigger()
    chart = window.workspace._timeline
    qtbot.waitExposed(chart)
    (band,) = chart.bands()  # the unknown-employer periods are not drawn
    assert band.company == EMPLOYER and band.inferred
    assert band_label(band) == f"{EMPLOYER} (inferred)"
    assert "Inferred from your network" in band_text(band)

    qtbot.waitUntil(lambda: bool(given), timeout=30000)
    assert is_inferred(given[0]) and given[0].employers_found()[0].company == EMPLOYER

    window.package_action.trigger()
    qtbot.waitUntil(lambda: getattr(window, "package_dialog", None) is not None, timeout=30000)
    plan = window.package_dialog.plan
    assert is_inferred(plan.career)
    note = window.package_dialog.inferred_note
    assert note.isVisible() and EMPLOYER in note.text() and "not stated by you" in note.text()
    window.package_dialog.reject()
    path = connections_csv.parent / "package.zip"
    path.write_bytes(package_bytes(plan))
    career = load_package(path).career  # what HR opens says it was inferred
    assert is_inferred(career) and [p.company for p in career.positions] == [EMPLOYER]


def test_ones_own_career_is_shown_plainly(qtbot):
    from desktop.details import DetailsPane
    from desktop.timeline_layout import layout_bands

    own = Career(positions=[Position(EMPLOYER, "Planner", date(2019, 2, 1))])
    pane = DetailsPane()
    qtbot.addWidget(pane)
    pane.set_career(own)
    assert "inferred" not in pane._section_career.text()
    (band,) = layout_bands(own, 0, 700)
    assert not band.inferred and band.company == EMPLOYER


def test_the_inferred_marks_speak_dutch(qtbot, suggestion):
    from PySide6.QtCore import QCoreApplication, QLocale
    from PySide6.QtWidgets import QApplication

    from desktop import app as app_module
    from desktop.career_strip import band_label as strip_label
    from desktop.career_strip import position_text
    from desktop.details import DetailsPane
    from desktop.timeline_layout import band_text, layout_bands
    from model import messages

    default = QLocale()
    app_module.install_translators(QApplication.instance(), "nl")
    try:
        (job,) = suggestion.employers_found()
        assert strip_label(job) == f"{EMPLOYER} (afgeleid)"
        assert "Afgeleid uit je netwerk (52 van je contacten" in position_text(job)
        (band,) = layout_bands(suggestion, 0, 700)
        assert "Afgeleid uit je netwerk" in band_text(band)
        pane = DetailsPane()
        qtbot.addWidget(pane)
        pane.set_career(suggestion)
        assert "afgeleid uit je netwerk" in pane._section_career.text()
        editor = CareerEditor(suggestion, [], suggestion=suggestion, network_role="healthcare")
        qtbot.addWidget(editor)
        assert editor.role_box.itemText(0).startswith("Uit de functies van je contacten: ")
    finally:
        for translator in list(app_module._installed):
            QCoreApplication.removeTranslator(translator)
        app_module._installed.clear()
        QLocale.setDefault(default)
        messages.set_language("en")  # installing Dutch made the reasons Dutch too


def test_without_positions_the_role_shown_is_the_one_read_from_the_titles(qtbot, suggestion):
    dialog = CareerEditor(suggestion, [], suggestion=suggestion, network_role="healthcare")
    qtbot.addWidget(dialog)
    assert dialog.role_box.itemText(0) == "From your contacts' titles: Health care"
    dialog.add_position()  # a position of one's own: the role is read from the career again
    dialog.table.item(0, COL_COMPANY).setText("Helvik Bouw")
    dialog.table.item(0, COL_TITLE).setText("Software Developer")
    qtbot.waitUntil(lambda: "contacts' titles" not in dialog.role_box.itemText(0))
    plain = CareerEditor(suggestion, [], suggestion=suggestion)
    qtbot.addWidget(plain)
    assert plain.role_box.itemText(0) == "From your career: not recognised"
