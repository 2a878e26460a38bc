"""What a newcomer met in the installed app (this session's outside look): HR's window on a
laptop screen, what HR's "agree" agrees with, the start page's recent exports."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from desktop.hr.window import HrWindow
from desktop.start_page import StartPage
from model.hr import plan_package
from model.hr.package import write_package
from model.hr.review import HrReview
from model.predictor import load_model
from model.synthetic import generate_person
from tests.one_contact import one_contact_export


@pytest.fixture(scope="module")
def package_file(tmp_path_factory) -> Path:
    person = generate_person(21, "it_consultant", n_contacts=70)
    results = load_model().classify(person.contacts, person.career)
    plan = plan_package(person.contacts, results, person.career)
    return write_package(plan, tmp_path_factory.mktemp("pkg") / "leaver")


@pytest.fixture
def package(package_file, tmp_path) -> Path:
    copy = tmp_path / package_file.name
    copy.write_bytes(package_file.read_bytes())
    return copy


def test_the_hr_window_fits_the_screen_it_opens_on(qtbot, package):
    """It opened 1280 x 780 whatever the screen: on a 1366 x 768 laptop its status bar (how
    many HR decided) was below the screen's edge."""
    hr = HrWindow(HrReview.open(package, "Anne"), "en")
    qtbot.addWidget(hr)
    hr.show()
    qtbot.waitExposed(hr)
    area = hr.screen().availableGeometry()
    assert area.width() < 1280 or area.height() < 780  # the offscreen screen is small
    assert area.contains(hr.frameGeometry()), (hr.frameGeometry(), area)
    hr.close()


def test_agree_says_whose_outcome_it_keeps(qtbot, package):
    """With the person undecided, "Agree with the person" agreed with the model's suggestion:
    the button says so, and its tooltip names the outcome that agreeing keeps."""
    review = HrReview.open(package, "Anne")
    hr = HrWindow(review, "en")
    qtbot.addWidget(hr)
    row = hr.current_row()
    assert review.contacts["decision"].iat[row] == ""  # nobody decided: the suggestion stands
    button = hr.details.agree_button
    assert button.text() == "&Agree with the suggestion (A)"
    suggestion = review.contacts["final_suggestion"].iat[row]
    assert suggestion in button.toolTip()

    # once the person's own decision is in the package, agreeing keeps theirs
    review.contacts.loc[review.contacts.index[row], "decision"] = "private"
    hr.details.show_contact(review, row, hr.model._outcome)
    assert button.text() == "&Agree with the person (A)"
    hr.close()


def test_the_recent_list_elides_a_long_folder_instead_of_scrolling(qtbot, tmp_path):
    """A deep folder made the recent list scroll sideways with the path cut off at the edge."""
    page = StartPage()
    qtbot.addWidget(page)
    page.resize(700, 500)
    deep = tmp_path.joinpath(*(["a-rather-long-folder-name"] * 12), "Connections.csv")
    page.set_recent([deep])
    page.show()
    qtbot.waitExposed(page)
    recent = page.recent
    assert recent.horizontalScrollBar().maximum() == 0
    assert recent.textElideMode() == Qt.TextElideMode.ElideMiddle
    assert recent.item(0).toolTip() == str(deep)


def test_stored_reviews_show_the_exports_name_whole(qtbot, monkeypatch, tmp_path):
    """Five equal columns cut LinkedIn's file name to "Basic_LinkedInDataE…" while the date
    columns had room to spare: the name tells one review from another."""
    from datetime import UTC, datetime

    from desktop import sessions_dialog
    from model.session_store import StoredSession

    name = "Basic_LinkedInDataExport_11-02-2025.zip"
    stored = StoredSession(
        tmp_path / "a.sqlite", "Tim ter Beekmeijer", name, f"/home/tim/{name}",
        "2025-11-02", 12, 1095, datetime(2026, 11, 30, 6, 31, tzinfo=UTC),
    )  # fmt: skip
    monkeypatch.setattr(sessions_dialog, "list_sessions", lambda folder=None: [stored])
    dialog = sessions_dialog.SessionsDialog(folder=tmp_path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    table = dialog.table
    needed = table.fontMetrics().horizontalAdvance(name)
    assert table.columnWidth(1) > needed, (table.columnWidth(1), needed)
    for col in range(table.columnCount()):  # and every column fits its text
        text = table.item(0, col).text()
        assert table.columnWidth(col) > table.fontMetrics().horizontalAdvance(text), text
    dialog.close()


def test_the_career_editor_opens_linkedins_positions_csv(qtbot, tmp_path):
    """With Connections.csv alone the banner sends the person to the career editor, whose
    "Open career…" only took the app's own .json: the Positions.csv in their LinkedIn export
    (which `classify --positions` reads) could not be loaded, only typed in again."""
    from datetime import date

    from desktop.career_editor import COL_COMPANY, CareerEditor
    from model.career import Career

    positions = tmp_path / "Positions.csv"
    positions.write_text(
        "Company Name,Title,Description,Location,Started On,Finished On\n"
        "Acme B.V.,Inkoper,,Utrecht,Mar 2019,\n"
        "Globex,Junior buyer,,,Jan 2015,Feb 2019\n",
        encoding="utf-8",
    )
    editor = CareerEditor(Career(), [])
    qtbot.addWidget(editor)
    editor.set_role("sales")
    assert editor.open_career(positions), editor.message.text()
    assert [editor.table.item(r, COL_COMPANY).text() for r in range(2)] == ["Acme B.V.", "Globex"]
    career = editor.career()
    assert career.positions[0].is_current and career.positions[1].end.year == 2019
    assert career.positions[1].start == date(2015, 1, 1)
    assert career.role == "sales"  # a Positions.csv says nothing about the role chosen
    assert "Positions.csv" in editor.open_filter  # and the file dialog shows such files


def test_what_this_session_added_speaks_dutch(dutch, qtbot, package):
    from desktop.career_editor import CareerEditor
    from model.career import Career

    editor = CareerEditor(Career(), [])
    qtbot.addWidget(editor)
    assert editor.open_filter.startswith("Positions.csv, export of opgeslagen loopbaan")
    hr = HrWindow(HrReview.open(package, "Anne"), "nl")
    qtbot.addWidget(hr)
    assert hr.details.agree_button.toolTip().startswith("Blijft: ")
    hr.close()


def test_hr_hand_over_list_name_and_suffix(qtbot, package, tmp_path, monkeypatch):
    """HR's "Export work contacts of an employer…" suggested "leaver-A/S.csv" (a folder that
    is not there) for an employer with a slash, and a name typed without a suffix failed as
    an unknown format where the main window's export adds ".csv"."""
    from desktop.hr import window as hr_module

    assert hr_module.list_file_name("leaver", "Maersk A/S") == "leaver-Maersk A-S.csv"
    assert hr_module.list_file_name("leaver", 'Smit: "Holding"') == "leaver-Smit- -Holding.csv"
    assert hr_module.list_file_name("leaver", "///") == "leaver-employer.csv"

    hr = HrWindow(HrReview.open(package, "Anne"), "en")
    qtbot.addWidget(hr)
    employer = hr.review.employers()[0]
    monkeypatch.setattr(hr_module.QInputDialog, "getItem", lambda *a, **k: (employer, True))
    typed = tmp_path / "acme-handover"
    monkeypatch.setattr(
        hr_module.QFileDialog, "getSaveFileName", lambda *a, **k: (str(typed), "CSV (*.csv)")
    )
    hr.choose_list()
    qtbot.waitUntil(
        lambda: "Wrote" in hr.statusBar().currentMessage() or bool(hr.last_error), timeout=30_000
    )
    assert typed.with_suffix(".csv").is_file() and not typed.exists()
    assert hr.last_error == ""
    hr.close()


def test_a_filter_that_hides_every_contact_empties_the_details(qtbot, main_window, tmp_path):
    """Searching for a name that is not there left the table empty but the details pane on
    the contact selected before, hidden by the filter, with its employer still editable."""
    path = tmp_path / "Connections.csv"
    path.write_text(
        "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
        "Anna,Smit,https://www.linkedin.com/in/anna,,Acme B.V.,Inkoper,05 Mar 2021\n"
        "Bram,Jansen,https://www.linkedin.com/in/bram,,Acme B.V.,Verkoper,06 Mar 2021\n",
        encoding="utf-8",
    )
    main_window.open_path(path)
    qtbot.waitUntil(lambda: main_window.opened is not None, timeout=60_000)
    ws = main_window.workspace
    details = ws.details
    qtbot.waitUntil(lambda: ws.review.current_source_row() >= 0, timeout=30_000)
    assert details.title.isVisibleTo(details) and not details.placeholder.isVisibleTo(details)
    ws.filter_bar.search.setText("qxzq")
    qtbot.waitUntil(lambda: ws.model.rowCount() == 0, timeout=30_000)
    assert ws.review.current_source_row() == -1
    assert details.placeholder.isVisibleTo(details)
    assert details.placeholder.text().startswith("No contact matches the search and filters")
    assert not details.title.isVisibleTo(details) and not details.employer.isVisibleTo(details)
    ws.filter_bar.search.setText("")  # and back: a contact is shown again
    qtbot.waitUntil(lambda: ws.model.rowCount() == 2, timeout=30_000)
    qtbot.waitUntil(lambda: details.title.isVisibleTo(details), timeout=30_000)


def test_the_empty_filter_hint_speaks_dutch(dutch, qtbot):
    from desktop.details import DetailsPane

    pane = DetailsPane()
    qtbot.addWidget(pane)
    pane.show_contact(None, none_shown=True)
    assert pane.placeholder.text().startswith("Geen contact past bij de zoekopdracht")
    pane.show_contact(None)
    assert pane.placeholder.text().startswith("Kies een contact")


@pytest.mark.parametrize("language", ["en", "nl"])
def test_the_main_window_fits_a_small_screen_with_an_export_open(
    qtbot, qapp, main_window, tmp_path, language
):
    """With an export open the window could not be narrower than 974 px (1,214 in Dutch):
    the filter bar in one row and the key legend on one line. A 1366 x 768 laptop at 125 %
    (1,093 px) or a 1024 px screen showed it cut off at the right."""
    from desktop.app import install_translators

    install_translators(qapp, language)
    try:
        path = one_contact_export(tmp_path)
        main_window.open_path(path)
        qtbot.waitUntil(lambda: main_window.opened is not None, timeout=60_000)
        assert main_window.minimumSizeHint().width() <= 760
        main_window.resize(760, 600)
        bar = main_window.workspace.filter_bar
        filters = (bar.search, bar.employer, bar.category, bar.flagged, bar.undecided)

        def two_rows_inside() -> bool:  # the layout settles after the resize's events
            return (
                main_window.width() == 760
                and bar.category.y() > bar.search.y()
                and all(bar.rect().contains(w.geometry()) for w in filters)
            )

        qtbot.waitUntil(two_rows_inside, timeout=30_000)
        # every filter still shows, whole, inside the bar (the second row took the rest)
        for widget in filters:
            assert widget.isVisible()
            assert widget.width() >= widget.minimumSizeHint().width(), type(widget).__name__
        main_window.resize(1280, 700)  # and back in one row when there is room
        qtbot.waitUntil(lambda: bar.category.y() == bar.search.y(), timeout=30_000)
    finally:
        install_translators(qapp, "en")


def test_dialogs_sized_for_a_large_screen_are_kept_on_a_small_one(qtbot):
    """The batch dialog (940 x 600) and the package preview (960 x 680) opened at their
    size whatever the screen: on a small or scaled laptop screen their buttons were off it."""
    from desktop.batch_dialog import BatchDialog

    dialog = BatchDialog()
    qtbot.addWidget(dialog)
    area = dialog.screen().availableGeometry()
    assert dialog.width() > area.width()  # the offscreen screen is 800 px wide
    dialog.show()
    qtbot.waitExposed(dialog)
    assert area.contains(dialog.frameGeometry()), (dialog.frameGeometry(), area)
    dialog.close()


@pytest.mark.parametrize("language", ["en", "nl"])
def test_file_open_shows_review_packages_at_once(qtbot, qapp, main_window, monkeypatch, language):
    """HR's File ▸ Open export… listed exports only: a .coreview showed after switching the
    file type, which an HR reviewer opening their first package does not know to do."""
    from desktop import main_window as module
    from desktop.app import install_translators

    install_translators(qapp, language)
    asked = []
    monkeypatch.setattr(
        module.QFileDialog, "getOpenFileName", lambda *a: asked.append(a[3]) or ("", "")
    )
    try:
        main_window.choose_file()
    finally:
        install_translators(qapp, "en")
    first, *_others, last = asked[0].split(";;")
    assert "*.coreview" in first and "*.zip" in first and "*.csv" in first
    assert last == ("All files (*)" if language == "en" else "Alle bestanden (*)")
