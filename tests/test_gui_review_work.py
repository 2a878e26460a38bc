"""On screen: the review keeps the person's work and the table never contradicts itself."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import QItemSelectionModel, Qt

from desktop.table_model import COL
from tests.test_gui_main_window import (  # noqa: F401 - fixtures
    open_and_wait,
    rule_model,
    sample,
    window,
)


def cell(ws, display_row: int, col: str) -> str:
    return ws.model.data(ws.model.index(display_row, COL[col]))


def test_edited_career_and_clients_come_back_when_reopened(qtbot, window, sample):  # noqa: F811
    from model.career import Career, Position

    open_and_wait(qtbot, window, sample)
    ws = window.workspace
    career = window.opened.export.career
    edited = Career(
        positions=[Position("Nieuwe Werkgever B.V.", "Consultant"), *career.positions],
        owner_name=career.owner_name,
        registered_on=career.registered_on,
        exported_on=career.exported_on,
    )
    ws.reclassify(edited, ["Klant B.V."])
    qtbot.waitUntil(lambda: "Nieuwe Werkgever B.V." in ws.model.employers(), timeout=10000)
    window.opened.close()
    window.opened = None
    open_and_wait(qtbot, window, sample)
    assert window.opened.context_restored
    assert window.opened.clients == ["Klant B.V."]
    assert window.opened.export.positions[0].company == "Nieuwe Werkgever B.V."
    assert "Nieuwe Werkgever B.V." in ws.model.employers()
    assert "career and client list are back" in ws.report_bar.summary()


def test_a_note_is_saved_while_typing_without_enter(qtbot, window, sample):  # noqa: F811
    open_and_wait(qtbot, window, sample)
    ws = window.workspace
    ws.review.select_display_row(2)
    src = ws.model.source_row(2)
    ws.details.note.setFocus()
    qtbot.keyClicks(ws.details.note, "cousin")
    session = window.opened.session
    qtbot.waitUntil(lambda: session.note[src] == "cousin", timeout=3000)
    conn = sqlite3.connect(session.journal_path)  # on disk: survives a kill
    assert [r[0] for r in conn.execute("SELECT new_note FROM changes")] == ["cousin"]
    conn.close()
    assert ws.details.note.text() == "cousin"  # typing was not disturbed
    assert session.undo_text == "Edit note"


def test_w_gives_an_employer_and_undo_leaves_no_stale_category(qtbot, window, sample):  # noqa: F811
    open_and_wait(qtbot, window, sample)
    ws = window.workspace
    session = window.opened.session
    private_rows = [
        r
        for r in range(ws.model.rowCount())
        if not window.opened.table.is_work[ws.model.source_row(r)]
    ]
    row = private_rows[0]
    src = ws.model.source_row(row)
    before = cell(ws, row, "category")
    ws.review.select_display_row(row)
    qtbot.keyClick(ws.table, Qt.Key.Key_W)
    assert session.employer[src] != ""
    assert cell(ws, row, "employer") == session.employer[src]
    assert cell(ws, row, "category") == "other work"
    ws.review.select_display_row(row)
    qtbot.keyClick(ws.table, Qt.Key.Key_P)
    assert cell(ws, row, "category") == "private"
    qtbot.keyClick(ws.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(ws.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert session.decision[src] == ""
    assert cell(ws, row, "category") == before
    assert cell(ws, row, "review") == ""


def test_several_selected_get_one_employer_and_category(qtbot, window, sample):  # noqa: F811
    open_and_wait(qtbot, window, sample)
    ws = window.workspace
    ws.review.select_display_row(3)
    flags = QItemSelectionModel.SelectionFlag
    for row in range(4, 13):
        ws.table.selectionModel().select(ws.model.index(row, 0), flags.Select | flags.Rows)
    assert ws.details.title.text() == "10 selected"
    assert not ws.details.note.isVisible()
    rows = [ws.model.source_row(r) for r in range(3, 13)]
    combo = ws.details.category
    combo.activated.emit(combo.findData("supplier"))
    session = window.opened.session
    assert set(session.category[rows]) == {"supplier"}
    assert set(session.decision[rows]) == {"work"}
    assert combo.currentData() == "supplier"
    employers = ws.details.employer
    last = employers.count() - 1
    employers.activated.emit(last)
    assert set(session.employer[rows]) == {employers.itemData(last)}
    assert {cell(ws, r, "employer") for r in range(3, 13)} == {employers.itemData(last)}
    assert session.undo_text.startswith("Set employer of 10 contacts")
    ws.review.select_display_row(20)  # back to one contact: its details again
    assert ws.details.title.text() == cell(ws, 20, "name") and ws.details.note.isVisible()


def test_ctrl_r_walks_the_flagged_contacts_and_never_turns_the_filter_off(
    qtbot,
    window,  # noqa: F811
    sample,  # noqa: F811
):
    import numpy as np

    open_and_wait(qtbot, window, sample)
    ws = window.workspace
    session = window.opened.session

    def learned():  # the personal layer has refitted; the walk follows its order
        qtbot.waitUntil(lambda: not ws.personal._timer.isActive())
        qtbot.waitUntil(lambda: not window.runner.is_running("personal"), timeout=30_000)
        qtbot.waitUntil(lambda: ws.walk_order is not None, timeout=30_000)

    def expected_after(src: int) -> int:
        pending = ws.model.table().flagged & (ws.model.decision() == "")
        rows = np.flatnonzero(pending)
        later = rows[ws.walk_order[rows] > ws.walk_order[src]]
        rows = later if len(later) else rows
        return int(rows[np.argmin(ws.walk_order[rows])])

    learned()
    flagged = int(window.opened.results["flagged"].sum())
    assert flagged >= 4
    ctrl = Qt.KeyboardModifier.ControlModifier
    qtbot.keyClick(ws.table, Qt.Key.Key_R, ctrl)
    assert ws.model.rowCount() == flagged
    first = ws.review.current_source_row()
    pending = np.flatnonzero(ws.model.table().flagged)
    assert first == pending[np.argmin(ws.walk_order[pending])]  # the most useful first
    qtbot.keyClick(ws.table, Qt.Key.Key_R, ctrl)  # the second press: still the walk
    assert ws.filter_bar.flagged.isChecked() and ws.model.rowCount() == flagged
    second = ws.review.current_source_row()
    assert second == expected_after(first)  # went on to the next one
    nxt = expected_after(second)
    qtbot.keyClick(ws.table, Qt.Key.Key_P)  # decides it, the walk goes on
    assert session.decision[second] == "private"
    assert ws.review.current_source_row() == nxt
    learned()
    ws.review.select_source_row(first)
    nxt = expected_after(first)
    qtbot.keyClick(ws.table, Qt.Key.Key_W)  # the walk skips what is decided
    assert session.decision[first] == "work"
    assert ws.review.current_source_row() == nxt and session.decision[nxt] == ""
    assert ws.filter_bar.flagged.isChecked()
    learned()
    with qtbot.waitSignal(ws.message) as said:
        qtbot.keyClick(ws.table, Qt.Key.Key_R, ctrl)
    left = session.counts()["flagged_undecided"]
    assert "Reviewing flagged contacts" in said.args[0] and f"{left:,}" in said.args[0]


def test_the_walk_takes_an_order():
    import numpy as np

    from desktop.review import next_in_walk

    shown = np.array([4, 2, 0, 3])
    pending = np.array([True, True, False, True, True])
    assert next_in_walk(shown, pending, -1) == 0
    assert next_in_walk(shown, pending, 0) == 2  # source 2 is decided: skipped
    assert next_in_walk(shown, pending, 3) == 0  # wraps round
    order = np.array([5.0, 0.0, 1.0, 0.5, 9.0])  # source 3 first, then 0
    assert next_in_walk(shown, pending, -1, order) == 3
    assert next_in_walk(shown, pending, 3, order, skip=3) == 2  # pressed again: moves on
    assert next_in_walk(shown, pending, 2, order, skip=2) == 0
    assert next_in_walk(shown, pending, 0, order, skip=0) == 3  # and round again
    only = np.array([False, False, False, True, False])
    assert next_in_walk(shown, only, 3, order, skip=3) == 3  # the last one left stays
    assert next_in_walk(shown, np.zeros(5, bool), -1) == -1


def test_export_offers_all_the_view_or_the_selection_and_warns(
    qtbot,
    window,  # noqa: F811
    sample,  # noqa: F811
    tmp_path,
):
    import pandas as pd

    open_and_wait(qtbot, window, sample)
    ws = window.workspace
    employer = ws.model.employers()[0]
    ws.filter_bar.employer.setCurrentIndex(ws.filter_bar.employer.findData(employer))
    shown = ws.model.rowCount()
    total = len(window.opened.session)
    assert 0 < shown < total
    dialog = window.export_dialog("work")
    qtbot.addWidget(dialog)
    assert dialog.scope() == "view"  # the filtered view is the default
    work_in_view = dialog.rows()
    flagged_open = dialog.undecided_flagged()
    assert flagged_open > 0 and dialog.warning.text().startswith(f"{flagged_open} contacts")
    out = tmp_path / "work.csv"
    window.export_to(out, "work", work_in_view)
    qtbot.waitUntil(lambda: out.exists() and not window.runner.is_running("export"), timeout=20000)
    written = pd.read_csv(out, encoding="utf-8-sig", keep_default_na=False)
    assert len(written) == len(work_in_view) and set(written["employer"]) == {employer}
    # Deciding the flagged ones makes the warning go away.
    window.opened.session.decide(dialog.rows()[dialog._flagged[dialog.rows()]], "work")
    dialog.close()
    dialog = window.export_dialog("work")
    qtbot.addWidget(dialog)
    assert dialog.undecided_flagged() == 0 and dialog.warning.text() == ""
    dialog.buttons["selection"].setChecked(True)
    assert len(dialog.rows()) <= 1
    dialog.buttons["all"].setChecked(True)
    assert len(dialog.rows()) == int(ws.model.final_is_work().sum())
    dialog.close()


def test_the_app_opens_its_own_export_with_the_decisions(qtbot, window, sample, tmp_path):  # noqa: F811
    open_and_wait(qtbot, window, sample)
    ws = window.workspace
    qtbot.keyClick(ws.table, Qt.Key.Key_W)
    qtbot.keyClick(ws.table, Qt.Key.Key_P)
    before = list(window.opened.session.decision)
    out = tmp_path / "classified.xlsx"
    window.export_to(out, "all")
    qtbot.waitUntil(lambda: out.exists() and not window.runner.is_running("export"), timeout=20000)
    open_and_wait(qtbot, window, out)
    qtbot.waitUntil(lambda: window.opened.path == out, timeout=20000)
    assert list(window.opened.session.decision) == before
    assert "Restored 2 earlier decisions." in ws.report_bar.summary()


def test_stored_reviews_dialog_lists_and_forgets(qtbot, window, sample, tmp_path):  # noqa: F811
    from model.session import ReviewSession
    from tests.test_session import make_contacts, make_results

    open_and_wait(qtbot, window, sample)
    qtbot.keyClick(window.workspace.table, Qt.Key.Key_W)
    old = tmp_path / "old.csv"
    old.write_text("an older export\n", encoding="utf-8")
    stored = ReviewSession.open(old, make_contacts(5, seed=8), make_results(5), owner="Old Person")
    stored.close()
    dialog = window.show_sessions()
    qtbot.waitExposed(dialog)
    assert dialog.table.rowCount() == 2
    rows = {dialog.sessions[r].source_name: r for r in range(2)}
    assert dialog.table.item(rows[sample.name], 3).text() == "1 of 120 decided"
    assert "(open now)" in dialog.table.item(rows[sample.name], 1).text()
    assert dialog.table.item(rows["old.csv"], 0).text() == "Old Person"
    dialog.table.selectRow(rows[sample.name])
    assert not dialog.forget_button.isEnabled()  # not the one open now
    dialog.table.selectRow(rows["old.csv"])
    gone = dialog.sessions[rows["old.csv"]].path
    dialog.confirm = False
    with qtbot.waitSignal(dialog.forgotten):
        dialog.forget_button.click()
    assert not gone.exists() and dialog.table.rowCount() == 1
    assert window.opened.session.journal_path.exists()
    dialog.close()


def test_switching_language_needs_no_restart(qtbot, window, sample):  # noqa: F811
    from PySide6.QtCore import QCoreApplication, QLocale

    from desktop import app as app_module
    from model import messages

    open_and_wait(qtbot, window, sample)
    session = window.opened.session
    qtbot.keyClick(window.workspace.table, Qt.Key.Key_W)
    default = QLocale()
    before = window.opened.results
    try:
        dutch = window.set_language("nl")
        qtbot.addWidget(dutch)
        qtbot.waitExposed(dutch)
        assert not window.isVisible()
        assert dutch.menuBar().actions()[0].text() == "&Bestand"
        assert (
            dutch.opened.session is session
            and session.decision[dutch.workspace.model.source_row(0)] == "work"
        )
        ws = dutch.workspace
        qtbot.waitUntil(lambda: not dutch.runner.is_running("data"), timeout=20000)
        # the reasons are written again, now in Dutch
        qtbot.waitUntil(lambda: dutch.opened.results is not before, timeout=20000)
        assert messages.current_language() == "nl"
        assert ws.model.headerData(0, Qt.Orientation.Horizontal) == "Naam"
        english = dutch.set_language("en")
        qtbot.addWidget(english)
        assert english.menuBar().actions()[0].text() == "&File"
        english.close()
    finally:
        for translator in list(app_module._installed):
            QCoreApplication.removeTranslator(translator)
        app_module._installed.clear()
        QLocale.setDefault(default)
        messages.set_language("en")


def test_the_person_chooses_how_much_to_review(qtbot, window, sample):  # noqa: F811
    open_and_wait(qtbot, window, sample)
    ws = window.workspace
    total = len(window.opened.session)
    band = int(window.opened.results["flagged"].sum())
    window.share_actions[0.2].trigger()
    assert int(window.opened.table.flagged.sum()) == round(0.2 * total)
    assert window.opened.session.counts()["flagged"] == round(0.2 * total)
    qtbot.keyClick(ws.table, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert ws.model.rowCount() == round(0.2 * total)
    p = window.opened.results["p_work"].to_numpy()
    flagged = window.opened.table.flagged
    assert abs(p[flagged] - 0.5).max() <= abs(p[~flagged] - 0.5).min()  # the most uncertain
    assert window.settings.review_share() == 0.2
    window.share_actions[None].trigger()
    assert int(window.opened.table.flagged.sum()) == band


def test_quitting_during_the_warm_up_does_not_wait_for_it(qtbot, monkeypatch):
    """The warm-up's own thread (not whatever other threads come and go in a busy test run)
    is still blocked in the warm-up when close() returns, and ends once the imports end."""
    import threading

    from desktop import jobs
    from desktop.main_window import MainWindow, start_warm_up

    release = threading.Event()
    ran_on: list[threading.Thread] = []

    def slow_warm_up(*, progress=None, cancel=None):  # imports that cannot be interrupted
        ran_on.append(threading.current_thread())
        # Long enough to outlast any load: close() waiting for it would block the whole
        # time and then find the thread ended.
        release.wait(120)

    monkeypatch.setattr(jobs, "warm_up", slow_warm_up)
    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    start_warm_up(w)
    qtbot.waitUntil(lambda: bool(ran_on), timeout=60000)
    (worker,) = ran_on  # the runner's worker, blocked in the warm-up
    assert w.runner.running_kinds() == {"warm-up"}
    w.close()
    # close() returned while the warm-up is still blocked: it did not wait for it
    assert worker.is_alive() and not release.is_set()
    assert w.abandoned_warm_up
    release.set()
    qtbot.waitUntil(lambda: not worker.is_alive(), timeout=60000)
    assert ran_on == [worker]  # the closed window started no second warm-up


def test_a_redownloaded_export_gets_the_decisions_back(qtbot, window, sample, tmp_path):  # noqa: F811
    import zipfile

    open_and_wait(qtbot, window, sample)
    ws = window.workspace
    qtbot.keyClick(ws.table, Qt.Key.Key_W)
    qtbot.keyClick(ws.table, Qt.Key.Key_P)
    decided = {
        window.opened.export.contacts["url"].iloc[src]: window.opened.session.decision[src]
        for src in (ws.model.source_row(0), ws.model.source_row(1))
    }
    # A month later: downloaded again, one more contact, another file in another folder.
    newer = tmp_path / "later" / "Basic_LinkedInDataExport_12-02-2025.zip"
    newer.parent.mkdir()
    with zipfile.ZipFile(sample) as old, zipfile.ZipFile(newer, "w") as new:
        for info in old.infolist():
            data = old.read(info)
            if info.filename.lower().endswith("connections.csv"):
                line = (
                    "Nieuw,Contact,https://www.linkedin.com/in/nieuw-1,,Acme B.V.,Buyer,01 Dec 2025"
                )
                data = data.rstrip(b"\r\n") + b"\r\n" + line.encode() + b"\r\n"
            new.writestr(info.filename, data)
    open_and_wait(qtbot, window, newer)
    qtbot.waitUntil(lambda: window.opened.path == newer, timeout=20000)
    assert "Carried 2 decisions over from your earlier export." in ws.report_bar.summary()
    urls = list(window.opened.export.contacts["url"])
    for url, decision in decided.items():
        assert window.opened.session.decision[urls.index(url)] == decision
