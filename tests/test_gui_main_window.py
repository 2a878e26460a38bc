"""The main window with a real export, reader and review session.

The classifier is replaced by a small rule here so the window's own behaviour (opening, report,
table, filters, keyboard review, undo, export, errors) is tested on its own; the end-to-end
flow with the shipped model is in test_gui_main_flow.py.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from PySide6.QtCore import QItemSelectionModel, Qt

from desktop import jobs
from desktop.main_window import MainWindow
from desktop.table_model import COL
from model.schema import RESULT_COLUMNS
from model.synthetic import write_sample
from tests.drops import drop


class RuleModel:
    """Work when the contact has a company and a date after 2016; flags the ones in between."""

    card = None
    path = None
    threshold = 0.5  # what the app passes to the personal layer (OwnershipModel.threshold)
    flag_band = (0.3, 0.7)

    def classify(self, contacts, career, clients=None, *, progress=None, cancel=None):
        has_company = (contacts["company"] != "").to_numpy()
        recent = (contacts["connected_on"] >= pd.Timestamp("2016-01-01")).to_numpy()
        p_work = np.where(has_company & recent, 0.85, np.where(has_company, 0.5, 0.1))
        work = p_work >= self.threshold
        employer = career.positions[0].company if career.positions else "Acme"
        return pd.DataFrame(
            {
                "suggestion": pd.array(np.where(work, "work", "private"), dtype="str"),
                "p_work": p_work,
                "employer": pd.array(np.where(work, employer, ""), dtype="str"),
                "category": pd.array(np.where(work, "client", "private"), dtype="str"),
                "flagged": (p_work > self.flag_band[0]) & (p_work < self.flag_band[1]),
                "reasons": [("a rule for tests",)] * len(contacts),
            },
            columns=RESULT_COLUMNS,
        )


@pytest.fixture
def sample(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("sample")
    zip_path, _labels = write_sample(out, seed=3, n_contacts=120)
    return zip_path


@pytest.fixture
def rule_model(monkeypatch):
    monkeypatch.setattr(jobs, "get_model", lambda path=None: RuleModel())


@pytest.fixture
def window(rule_model, main_window):
    return main_window


def open_and_wait(qtbot, window: MainWindow, path) -> None:
    window.open_path(path)
    qtbot.waitUntil(
        lambda: window.workspace is not None and window.opened is not None, timeout=20000
    )
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.workspace)
    qtbot.waitUntil(lambda: not window.runner.is_running("data"))


def test_window_module_does_not_import_pandas():
    code = (
        "import sys, desktop.app, desktop.main_window; "
        "bad = [m for m in ('pandas', 'sklearn', 'numpy') if m in sys.modules]; "
        "sys.exit(1 if bad else 0)"
    )
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0


def test_start_page_then_open_shows_table_and_report(qtbot, window, sample):
    assert window.stack.currentWidget() is window.start_page
    open_and_wait(qtbot, window, sample)
    ws = window.workspace
    assert window.stack.currentWidget() is ws
    assert ws.model.rowCount() == len(window.opened.export.contacts) > 0
    assert ws.report_bar.isVisible()
    assert "Read " in ws.report_bar.summary() and "contacts" in ws.report_bar.summary()
    assert "contacts ·" in window.counts_label.text()
    assert ws.details.current_row() == ws.model.source_row(0)
    assert sample.name in window.windowTitle()
    assert window.settings.recent_files()[0] == sample.resolve()


def test_keyboard_review_undo_redo(qtbot, window, sample):
    open_and_wait(qtbot, window, sample)
    ws = window.workspace
    table = ws.table
    table.setFocus()
    first = ws.model.source_row(0)
    qtbot.keyClick(table, Qt.Key.Key_W)
    assert window.opened.session.decision[first] == "work"
    assert table.currentIndex().row() == 1  # moved on
    second = ws.model.source_row(1)
    qtbot.keyClick(table, Qt.Key.Key_P)
    assert window.opened.session.decision[second] == "private"
    qtbot.keyClick(table, Qt.Key.Key_U)
    assert table.currentIndex().row() == 3
    assert window.opened.session.decision[ws.model.source_row(2)] == ""
    review_col = ws.model.index(1, COL["review"])
    assert ws.model.data(review_col) in ("✓ private", "✎ private")
    assert "Mark 1 contact as private" in ws.review.undo_action.text()
    qtbot.keyClick(table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.opened.session.decision[second] == ""
    assert table.currentIndex().row() == 1  # back at the contact that was undone
    assert ws.model.data(review_col) == ""
    qtbot.keyClick(
        table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert window.opened.session.decision[second] == "private"
    assert "1 decided" not in window.counts_label.text()
    assert "2 decided" in window.counts_label.text()


def test_several_rows_one_key(qtbot, window, sample):
    open_and_wait(qtbot, window, sample)
    ws = window.workspace
    ws.review.select_display_row(4)
    flags = QItemSelectionModel.SelectionFlag
    for row in (5, 6):
        ws.table.selectionModel().select(ws.model.index(row, 0), flags.Select | flags.Rows)
    qtbot.keyClick(ws.table, Qt.Key.Key_P)
    rows = [ws.model.source_row(r) for r in (4, 5, 6)]
    assert list(window.opened.session.decision[rows]) == ["private"] * 3
    assert ws.table.currentIndex().row() == 7
    assert ws.review.undo_action.text().replace("&", "").startswith("Undo Mark 3 contacts")


def test_filters_and_review_flagged(qtbot, window, sample):
    open_and_wait(qtbot, window, sample)
    ws = window.workspace
    total = ws.model.rowCount()
    flagged = int(window.opened.results["flagged"].sum())
    assert 0 < flagged < total
    # the walk goes in the personal layer's "most useful next" order once it is ready
    qtbot.waitUntil(lambda: ws.walk_order is not None, timeout=30_000)
    order = ws.walk_order.copy()
    walk = [int(r) for r in np.argsort(order, kind="stable") if ws.model.table().flagged[r]]
    ws.flagged_action.trigger()
    assert ws.model.rowCount() == flagged
    assert ws.filter_bar.flagged.isChecked()
    assert ws.review.current_source_row() == walk[0]
    qtbot.keyClick(ws.table, Qt.Key.Key_W)
    assert window.opened.session.decision[walk[0]] == "work"
    assert ws.review.current_source_row() == walk[1]
    ws.flagged_action.trigger()  # again: still the walk, on to the next undecided one
    assert ws.model.rowCount() == flagged and ws.filter_bar.flagged.isChecked()
    assert ws.review.current_source_row() == walk[2]
    qtbot.waitUntil(lambda: not window.runner.is_running("personal"), timeout=30_000)
    ws.filter_bar.reset()
    assert ws.model.rowCount() == total
    company = window.opened.export.contacts["company"].iloc[0].split()[0]
    qtbot.keyClicks(ws.filter_bar.search, company)
    ws.filter_bar.flush()
    assert 0 < ws.model.rowCount() < total
    assert "showing" in window.counts_label.text()
    # W typed in the search box is text, not a decision.
    decided = window.opened.session.counts()["decided"]
    qtbot.keyClick(ws.filter_bar.search, Qt.Key.Key_W)
    assert window.opened.session.counts()["decided"] == decided
    ws.filter_bar.reset()
    ws.filter_bar.suggestion.setCurrentIndex(ws.filter_bar.suggestion.findData("private"))
    assert ws.model.rowCount() == int((ws.model.final_is_work() == 0).sum())


def test_employer_from_details(qtbot, window, sample):
    open_and_wait(qtbot, window, sample)
    ws = window.workspace
    src = ws.model.source_row(0)
    combo = ws.details.employer
    assert combo.count() >= 2
    # the pane's field may be narrow; its list is wide enough for the longest employer
    longest = max((combo.itemText(i) for i in range(combo.count())), key=len)
    assert combo.view().minimumWidth() >= combo.fontMetrics().horizontalAdvance(longest)
    combo.activated.emit(combo.count() - 1)
    chosen = combo.itemData(combo.count() - 1)
    assert window.opened.session.employer[src] == chosen
    assert window.opened.session.decision[src] == "work"
    assert ws.model.data(ws.model.index(0, COL["employer"])) == chosen


def test_export_all_and_work(qtbot, window, sample, tmp_path):
    open_and_wait(qtbot, window, sample)
    qtbot.keyClick(window.workspace.table, Qt.Key.Key_P)
    out = tmp_path / "all.csv"
    window.export_to(out, "all")
    qtbot.waitUntil(out.exists)
    table = pd.read_csv(out, encoding="utf-8-sig", keep_default_na=False)
    assert len(table) == len(window.opened.export.contacts)
    assert (table["decision"] == "private").sum() == 1
    work = tmp_path / "work.xlsx"
    window.export_to(work, "work")
    qtbot.waitUntil(work.exists)
    qtbot.waitUntil(lambda: "Wrote" in window.statusBar().currentMessage())


def test_bad_file_is_one_line(qtbot, window, tmp_path):
    bad = tmp_path / "Connections.csv"
    bad.write_text("this is not an export\n", encoding="utf-8")
    window.open_path(bad)
    qtbot.waitUntil(lambda: bool(window.last_error), timeout=10000)
    assert str(bad) in window.last_error or bad.name in window.last_error
    assert "Traceback" not in window.last_error
    assert window.stack.currentWidget() is window.start_page


def test_unexpected_error_is_logged(qtbot, window, sample, monkeypatch, _data_dir):
    def broken(path=None):
        raise RuntimeError("boom")

    monkeypatch.setattr(jobs, "get_model", broken)
    window.open_path(sample)
    qtbot.waitUntil(lambda: bool(window.last_error), timeout=10000)
    assert "RuntimeError" in window.last_error and "errors.log" in window.last_error
    log = (_data_dir / "logs" / "errors.log").read_text(encoding="utf-8")
    assert "Traceback" in log and "boom" in log


def test_reopen_restores_decisions(qtbot, window, sample):
    open_and_wait(qtbot, window, sample)
    qtbot.keyClick(window.workspace.table, Qt.Key.Key_W)
    first = window.workspace.model.source_row(0)
    window.opened.close()
    window.opened = None
    open_and_wait(qtbot, window, sample)
    assert window.opened.session.decision[first] == "work"
    assert "Restored 1 earlier decision." in window.workspace.report_bar.summary()
    assert window.workspace.model.counts()["decided"] == 1


def test_timeline_month_click_filters(qtbot, window, sample):
    open_and_wait(qtbot, window, sample)
    ws = window.workspace
    window.timeline_action.trigger()
    chart = ws._timeline
    assert chart is not None and chart.isVisible()
    assert chart.month_count() > 0
    when = window.opened.export.contacts["connected_on"].dropna().iloc[0]
    chart.monthClicked.emit(when.year, when.month)
    dates = window.opened.export.contacts["connected_on"]
    in_month = int(((dates.dt.year == when.year) & (dates.dt.month == when.month)).sum())
    assert ws.model.rowCount() == in_month
    assert ws.filter_bar.month_chip.isVisible()
    ws.filter_bar.month_chip.click()
    assert ws.model.rowCount() == len(dates)


def test_career_change_reclassifies_in_place(qtbot, window, sample):
    from desktop.career_editor import CareerEditor
    from model.career import Career, Position

    open_and_wait(qtbot, window, sample)
    ws = window.workspace
    qtbot.keyClick(ws.table, Qt.Key.Key_P)  # a decision survives the reclassification
    first = ws.model.source_row(0)
    career = window.opened.export.career
    edited = Career(
        positions=[Position("Nieuwe Werkgever B.V.", "Consultant"), *career.positions],
        owner_name=career.owner_name,
        registered_on=career.registered_on,
        exported_on=career.exported_on,
    )
    editor = CareerEditor(career, [], parent=window)
    editor.careerChanged.connect(ws.reclassify)
    editor.careerChanged.emit(edited, ["Klant B.V."])
    qtbot.waitUntil(lambda: "Nieuwe Werkgever B.V." in ws.model.employers(), timeout=10000)
    assert window.opened.session.decision[first] == "private"
    assert ws.model.counts()["decided"] == 1
    assert window.opened.clients == ["Klant B.V."]
    editor.close()


def test_drop_a_file_opens_it(qtbot, window, sample):
    drop(window, [sample])
    qtbot.waitUntil(lambda: window.opened is not None, timeout=20000)
    assert window.opened.path == sample


def test_warm_up_after_the_window_is_shown(qtbot, monkeypatch):
    from desktop.main_window import start_warm_up

    monkeypatch.setattr(jobs, "get_model", lambda path=None: RuleModel())
    w = MainWindow()
    qtbot.addWidget(w)
    start_warm_up(w)
    assert not w.runner.is_running()  # nothing starts before the window is painted
    w.show()
    qtbot.waitUntil(lambda: w.workspace is not None, timeout=20000)
    assert w.stack.currentWidget() is w.start_page  # built, not shown until an import


def test_another_export_starts_with_clear_filters(qtbot, window, sample, tmp_path):
    open_and_wait(qtbot, window, sample)
    ws = window.workspace
    qtbot.keyClicks(ws.filter_bar.search, "zzzz-nobody")
    ws.filter_bar.flush()
    assert ws.model.rowCount() == 0
    other, _labels = write_sample(tmp_path / "other", seed=8, n_contacts=50)
    open_and_wait(qtbot, window, other)
    qtbot.waitUntil(lambda: window.opened.path == other)
    assert ws.filter_bar.search.text() == ""
    assert ws.model.rowCount() == len(window.opened.export.contacts)


def test_select_all_and_decide(qtbot, window, sample):
    open_and_wait(qtbot, window, sample)
    ws = window.workspace
    ws.flagged_action.trigger()
    flagged = ws.model.rowCount()
    ws.table.selectAll()
    qtbot.keyClick(ws.table, Qt.Key.Key_P)
    counts = window.opened.session.counts()
    assert counts["decided"] == flagged == counts["flagged"]
    assert counts["flagged_undecided"] == 0
    qtbot.keyClick(ws.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.opened.session.counts()["decided"] == 0


def test_progress_shows_late_and_cancel_stops_the_import(qtbot, window, sample, monkeypatch):
    import threading

    from model.progress import checkpoint

    started = threading.Event()
    stopped = []

    def slow_open(path, *, model_path=None, progress=None, cancel=None):
        started.set()
        for i in range(2000):  # a long import that checks for Cancel like the core does
            try:
                checkpoint(progress, cancel, i / 2000, "Reading")
            except BaseException:
                stopped.append(i)
                raise
            threading.Event().wait(0.005)
        raise AssertionError("not cancelled")

    monkeypatch.setattr(jobs, "open_and_classify", slow_open)
    window.open_path(sample)
    assert started.wait(10)
    qtbot.waitUntil(window.progress.isVisible, timeout=5000)
    assert "Reading and classifying" in window.progress.label.text()
    qtbot.mouseClick(window.progress.cancel_button, Qt.MouseButton.LeftButton)
    assert not window.progress.isVisible()
    window.runner.wait_idle()
    assert stopped and window.last_error == ""
    assert window.stack.currentWidget() is window.start_page


def test_sorting_keeps_the_current_contact_and_widths_are_remembered(qtbot, window, sample):
    open_and_wait(qtbot, window, sample)
    ws = window.workspace
    ws.review.select_display_row(5)
    src = ws.review.current_source_row()
    ws.table.sortByColumn(COL["company"], Qt.SortOrder.DescendingOrder)
    assert ws.review.current_source_row() == src
    assert ws.details.current_row() == src
    header = ws.table.horizontalHeader()
    header.resizeSection(COL["name"], 333)
    window.close()
    again = MainWindow()
    qtbot.addWidget(again)
    again.show()
    open_and_wait(qtbot, again, sample)
    assert again.workspace.table.horizontalHeader().sectionSize(COL["name"]) == 333


def test_context_menu_and_clear_filters_action(qtbot, window, sample):
    open_and_wait(qtbot, window, sample)
    ws = window.workspace
    assert ws.table.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu
    assert ws.review.work_action in ws.table.actions()
    ws.filter_bar.flagged.setChecked(True)
    assert ws.model.rowCount() < len(window.opened.export.contacts)
    ws.clear_filters_action.trigger()
    assert ws.model.rowCount() == len(window.opened.export.contacts)


def test_exception_in_a_slot_is_logged_with_a_short_notice(qtbot, window, _data_dir):
    import sys

    from PySide6.QtWidgets import QMessageBox

    from desktop import errors
    from desktop.main_window import top_window

    old = sys.excepthook
    errors.install_excepthook(top_window)
    try:
        try:
            raise ValueError("a bug in a slot")
        except ValueError as exc:
            sys.excepthook(type(exc), exc, exc.__traceback__)
    finally:
        sys.excepthook = old
    box = window.findChild(QMessageBox)
    assert box is not None and box.isVisible()
    assert "ValueError" in box.text() and "errors.log" in box.text()
    assert "Traceback" not in box.text()
    assert "a bug in a slot" in (_data_dir / "logs" / "errors.log").read_text(encoding="utf-8")
    box.close()


def test_a_vcard_without_dates_or_career(qtbot, window, tmp_path):
    card = tmp_path / "contacts.vcf"
    card.write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Anna de Vries\r\nN:de Vries;Anna;;;\r\n"
        "ORG:Acme B.V.\r\nTITLE:Inkoper\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Bram Jansen\r\nN:Jansen;Bram;;;\r\nEND:VCARD\r\n",
        encoding="utf-8",
    )
    open_and_wait(qtbot, window, card)
    ws = window.workspace
    assert ws.model.rowCount() == 2
    assert ws.model.data(ws.model.index(0, COL["connected"])) == ""
    assert "No career found" in ws.report_bar.summary()
    # no career to draw: the caption says where to add one; "Connected:" says there is no date
    assert "No career known" in ws.details.strip_caption.text()
    assert not ws.details.strip.isVisibleTo(ws.details)
    assert ws.details.connected.text() == "date unknown"
    ws.table.sortByColumn(COL["connected"], Qt.SortOrder.AscendingOrder)
    assert ws.model.rowCount() == 2


def test_search_from_the_keyboard_then_review(qtbot, window, sample):
    open_and_wait(qtbot, window, sample)
    ws = window.workspace
    company = window.opened.export.contacts["company"].iloc[3]
    ws.find_action.trigger()
    assert ws.filter_bar.search.hasFocus()
    qtbot.keyClicks(ws.filter_bar.search, company)
    qtbot.keyClick(ws.filter_bar.search, Qt.Key.Key_Return)
    assert ws.table.hasFocus()  # Enter goes back to the table, ready for W and P
    assert 0 < ws.model.rowCount() < len(window.opened.export.contacts)
    qtbot.keyClick(ws.table, Qt.Key.Key_W)
    assert window.opened.session.counts()["decided"] == 1
    ws.find_action.trigger()
    qtbot.keyClick(ws.filter_bar.search, Qt.Key.Key_Escape)
    assert ws.filter_bar.search.text() == ""
    assert ws.model.rowCount() == len(window.opened.export.contacts)
    qtbot.keyClick(ws.filter_bar.search, Qt.Key.Key_Escape)
    assert ws.table.hasFocus()


def test_recent_file_opens_with_one_click(qtbot, window, sample):
    window.settings.add_recent(sample)
    window._refresh_recent()
    recent = window.start_page.recent
    assert recent.count() == 1 and sample.name in recent.item(0).text()
    rect = recent.visualItemRect(recent.item(0))
    qtbot.mouseClick(recent.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(recent.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: window.opened is not None, timeout=20000)
    assert window.opened.path == sample


def test_career_menu_opens_the_editor_with_the_export_career(qtbot, window, sample):
    from desktop.career_editor import CareerEditor

    open_and_wait(qtbot, window, sample)
    assert window.career_action.isEnabled()
    window.career_action.trigger()
    editor = window.findChild(CareerEditor)
    assert editor is not None and editor.isVisible()
    assert editor.career().positions == window.opened.export.career.positions
    editor.close()


def test_note_from_the_details_pane(qtbot, window, sample, tmp_path):
    open_and_wait(qtbot, window, sample)
    ws = window.workspace
    src = ws.model.source_row(0)
    ws.details.note.setFocus()
    qtbot.keyClicks(ws.details.note, "met at a wedding")  # W and P are text here
    qtbot.keyClick(ws.details.note, Qt.Key.Key_Return)
    session = window.opened.session
    assert session.note[src] == "met at a wedding"
    assert session.decision[src] == ""
    assert "Edit note" in ws.review.undo_action.text()
    out = tmp_path / "all.csv"
    window.export_to(out, "all")
    qtbot.waitUntil(out.exists)
    table = pd.read_csv(out, encoding="utf-8-sig", keep_default_na=False)
    assert table.loc[src, "note"] == "met at a wedding"
    ws.review.undo_action.trigger()
    assert session.note[src] == ""
    assert ws.details.note.text() == ""
