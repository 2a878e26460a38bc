"""The personal layer in the app: decisions teach the rest in the background, decided contacts
stay, the changes can be seen and forgotten, review walks the most useful contacts first."""

from __future__ import annotations

import threading
import time

import numpy as np
import pytest
from PySide6.QtCore import QTimer

from desktop import personal
from desktop.main_window import MainWindow
from model.synthetic.layouts import write_linkedin_zip
from tests.learning_networks import beekeeper


@pytest.fixture
def opened_window(qtbot, tmp_path):
    contacts, career, y = beekeeper(seed=3)
    path = write_linkedin_zip(
        tmp_path / "Basic_LinkedInDataExport_01-06-2024.zip",
        contacts,
        positions=career.positions,
        profile_name=career.owner_name,
        registered_on=career.registered_on,
        exported_on=career.exported_on,
    )
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.open_path(path)
    qtbot.waitUntil(
        lambda: window.workspace is not None and window.opened is not None, timeout=60_000
    )
    learning = window.workspace.personal
    qtbot.waitUntil(
        lambda: learning.inputs is not None and learning.order is not None, timeout=30_000
    )
    yield window, learning, y
    window.runner.wait_idle()


def _decide(window, learning, qtbot, rows, y):
    session = window.opened.session
    with qtbot.waitSignal(learning.learned, timeout=30_000):
        for r in rows:
            session.decide([int(r)], "work" if y[r] else "private")
        window.workspace.review.refresh()


def test_decisions_teach_the_rest_off_the_gui_thread(qtbot, opened_window, monkeypatch):
    window, learning, y = opened_window
    threads, original = [], personal.refit

    def slow_refit(*args, **kwargs):  # a refit that takes a while, to see the GUI go on
        threads.append(threading.current_thread())
        time.sleep(0.4)
        return original(*args, **kwargs)

    monkeypatch.setattr(personal, "refit", slow_refit)
    ticks = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start()
    before = window.opened.results.copy()
    wrong = (before["suggestion"] == "work").to_numpy() != (y == 1)
    assert wrong.mean() > 0.3  # the shipped model has never seen a beekeeper
    rows = np.flatnonzero(learning.order > 0)[np.argsort(learning.order[learning.order > 0])][:20]
    _decide(window, learning, qtbot, rows, y)
    timer.stop()
    assert threads and all(t is not threading.main_thread() for t in threads)
    assert len(ticks) >= 15  # the event loop ran on while the layer was refitted

    after = window.opened.results
    for column in ("suggestion", "p_work", "employer", "category"):  # decided: untouched
        assert after[column].to_numpy()[rows].tolist() == before[column].to_numpy()[rows].tolist()
    rest = np.setdiff1d(np.arange(len(y)), rows)
    right_after = (after["suggestion"].to_numpy()[rest] == "work") == (y[rest] == 1)
    right_before = ~wrong[rest]
    assert right_after.mean() > right_before.mean() + 0.3
    assert len(learning.changed_rows) > 30
    assert window.opened.session.states()[rows].tolist().count("unreviewed") == 0
    # the model table shows the new suggestions
    table = window.workspace.model.table()
    assert table.is_work[rest].tolist() == (after["suggestion"].to_numpy()[rest] == "work").tolist()

    # "N suggestions changed", with a filter to see them
    learning.show_changed_action.trigger()
    assert window.workspace.model.rowCount() == len(learning.changed_rows)
    window.workspace.filter_bar.rows_chip.click()
    assert window.workspace.model.rowCount() == len(y)


def test_reset_restores_the_base_model_and_keeps_decisions(qtbot, opened_window):
    window, learning, y = opened_window
    base = learning.base
    rows = np.flatnonzero(learning.order > 0)[np.argsort(learning.order[learning.order > 0])][:20]
    _decide(window, learning, qtbot, rows, y)
    assert len(learning.changed_rows) > 0
    with qtbot.waitSignal(learning.learned, timeout=30_000):
        learning.reset_action.trigger()
    undecided = np.asarray(window.opened.session.decision) == ""
    shown = window.opened.results
    assert shown["suggestion"][undecided].tolist() == base["suggestion"][undecided].tolist()
    assert (np.asarray(window.opened.session.decision)[rows] != "").all()
    # the reset is kept with the session, as plain arrays beside its journal
    from model.learning.store import load_layer, sidecar_path

    saved = load_layer(sidecar_path(window.opened.session.journal_path), learning.inputs.names)
    assert set(saved.forgotten.tolist()) == set(rows.tolist())


def test_apply_to_company_is_one_undo_step(qtbot, opened_window):
    window, learning, _y = opened_window
    ws, session = window.workspace, window.opened.session
    src = int(np.flatnonzero(learning.inputs.company >= 0)[0])
    peers = learning.company_rows(src)
    assert len(peers) >= 3
    session.decide([src], "private")
    ws.review.refresh()
    assert ws.review.select_source_row(src)
    assert learning.company_action.isEnabled()
    assert f"{len(peers)} undecided" in learning.company_action.text()
    learning.company_action.trigger()
    assert (np.asarray(session.decision)[peers] == "private").all()
    ws.review.undo_action.trigger()
    assert (np.asarray(session.decision)[peers] == "").all()
    assert session.decision[src] == "private"
    qtbot.waitUntil(lambda: not window.runner.is_running("personal"), timeout=30_000)


def test_review_flagged_walks_the_most_useful_first(qtbot, opened_window):
    window, learning, y = opened_window
    ws = window.workspace
    flagged = np.flatnonzero(ws.model.table().flagged & (learning.order > 0))
    assert len(flagged) >= 2
    ws.flagged_action.trigger()
    first = ws.review.current_source_row()
    assert first == flagged[np.argmin(learning.order[flagged])]
    # deciding it goes on to the next most useful flagged contact
    ws.review.decide("work" if y[first] else "private")
    rest = flagged[flagged != first]
    expected = rest[np.argmin(ws.walk_order[rest])]
    assert ws.review.current_source_row() == expected
    qtbot.waitUntil(lambda: not window.runner.is_running("personal"), timeout=30_000)


def test_export_has_the_review_order(qtbot, opened_window, tmp_path):
    import pandas as pd

    window, _learning, _y = opened_window
    session = window.opened.session
    session.decide([0], "work")
    window.workspace.review.refresh()
    out = tmp_path / "all.csv"
    window.export_to(out, "all")
    qtbot.waitUntil(out.exists, timeout=30_000)
    table = pd.read_csv(out, encoding="utf-8-sig", keep_default_na=False, dtype=str)
    assert table["review_order"][0] == ""
    ranks = sorted(int(v) for v in table["review_order"][1:] if v)
    assert ranks and ranks[0] >= 1 and len(set(ranks)) == len(ranks)
    qtbot.waitUntil(lambda: not window.runner.is_running(), timeout=30_000)


def test_the_chosen_share_stays_flagged_after_learning(qtbot, opened_window):
    window, learning, y = opened_window
    ws = window.workspace
    ws.set_share(0.2)
    n = len(y)
    assert int(window.opened.results["flagged"].sum()) == round(0.2 * n)
    rows = np.flatnonzero(learning.order > 0)[np.argsort(learning.order[learning.order > 0])][:10]
    _decide(window, learning, qtbot, rows, y)
    assert int(window.opened.results["flagged"].sum()) == round(0.2 * n)
    assert int(ws.model.table().flagged.sum()) == round(0.2 * n)


def test_a_refit_is_prepared_on_the_worker_and_only_swapped_in(qtbot, opened_window, monkeypatch):
    """The heavy part of applying a refit (the session's new rows, the flags of the chosen
    share, the table) runs on the worker; the GUI thread neither recomputes the session's
    suggestions nor the share, and ends in the state a full update would give."""
    from model.flagging import with_share
    from model.session import ReviewSession

    window, learning, y = opened_window
    window.workspace.set_share(0.2)  # "the 20 % most uncertain"
    where: dict[str, list] = {"prepare": [], "share": [], "update": []}
    prepare, update = ReviewSession.prepare_rows, ReviewSession.update_results

    def spy_prepare(self, *args):
        where["prepare"].append(threading.current_thread())
        return prepare(self, *args)

    def spy_update(self, *args, **kwargs):
        where["update"].append(threading.current_thread())
        return update(self, *args, **kwargs)

    def spy_share(*args, **kwargs):
        where["share"].append(threading.current_thread())
        return with_share(*args, **kwargs)

    monkeypatch.setattr(ReviewSession, "prepare_rows", spy_prepare)
    monkeypatch.setattr(ReviewSession, "update_results", spy_update)
    monkeypatch.setattr("model.flagging.with_share", spy_share)
    rows = np.flatnonzero(learning.order > 0)[np.argsort(learning.order[learning.order > 0])][:15]
    _decide(window, learning, qtbot, rows, y)
    main = threading.main_thread()
    assert where["prepare"] and all(t is not main for t in where["prepare"])
    assert where["share"] and all(t is not main for t in where["share"])
    assert not where["update"]  # no full update on the GUI thread
    opened = window.opened
    flagged = opened.results["flagged"].to_numpy()
    assert abs(flagged.mean() - 0.2) < 0.01  # the share still holds after the refit
    assert (opened.table.flagged == flagged).all()
    # the session is as a full update from the same results would leave it
    session = opened.session
    states, employers = session.states().copy(), list(session.employer)
    update(session, opened.results)
    assert session.states().tolist() == states.tolist() and list(session.employer) == employers


def test_rows_stay_in_input_order_when_learning_updates_the_table(qtbot, opened_window):
    """With no column sorted, the view's "no sort" (-1) is the input order: decided contacts
    did jump to the top (sorted by the review column) once the suggestions were refitted."""
    from PySide6.QtCore import Qt

    window, learning, y = opened_window
    ws = window.workspace
    model = ws.model
    assert model.shown_source_rows().tolist() == list(range(len(y)))
    ws.review.select_display_row(0)
    ws.table.setFocus()
    with qtbot.waitSignal(learning.learned, timeout=30_000):
        for key in (Qt.Key.Key_W, Qt.Key.Key_W, Qt.Key.Key_P, Qt.Key.Key_W, Qt.Key.Key_P):
            qtbot.keyClick(ws.table, key)
    window.runner.wait_idle()
    qtbot.waitUntil(lambda: not window.runner.is_running("personal"), timeout=30_000)
    assert (window.opened.session.decision[:5] != "").all()
    assert model.shown_source_rows().tolist() == list(range(len(y)))
    assert ws.review.current_source_row() == 5  # the next one, where it was


def test_undoing_every_decision_says_the_suggestions_are_the_models_again(qtbot, opened_window):
    """qa7: it said "Learned from your decisions: 75 suggestions changed" with none left."""
    window, learning, y = opened_window
    before = window.opened.results["suggestion"].copy()
    rows = np.flatnonzero(learning.order > 0)[np.argsort(learning.order[learning.order > 0])][:20]
    _decide(window, learning, qtbot, rows, y)
    assert "Learned from your decisions" in window.statusBar().currentMessage()
    session = window.opened.session
    with qtbot.waitSignal(learning.learned, timeout=30_000):
        while session.can_undo:
            session.undo()
        window.workspace.review.refresh()
    assert (window.opened.results["suggestion"] == before).all()
    assert window.statusBar().currentMessage() == (
        "No decisions left to learn from: the suggestions are the model's again."
    )


def test_a_newer_versions_learning_is_left_intact_and_said_once(qtbot, opened_window):
    from model.learning.store import sidecar_path
    from model.messages import Message

    window, learning, y = opened_window
    sidecar = sidecar_path(window.opened.session.journal_path)
    with open(sidecar, "wb") as fh:  # what a newer version learned (format 2)
        np.savez(fh, format=np.array([2]), names=np.array(["new"]), forgotten=np.array([1]))
    before = sidecar.read_bytes()
    said = []
    window.workspace.message.connect(said.append)
    with qtbot.waitSignal(learning.learned, timeout=30_000):
        learning.start(window.opened)  # as when the export is opened again
    shown = window.opened.results.copy()
    rows = np.flatnonzero(learning.order > 0)[np.argsort(learning.order[learning.order > 0])][:20]
    session = window.opened.session
    for r in rows:
        session.decide([int(r)], "work" if y[r] else "private")
    window.workspace.review.refresh()
    qtbot.waitUntil(
        lambda: not learning._timer.isActive() and not window.runner.is_running("personal"),
        timeout=30_000,
    )
    window.runner.wait_idle()
    assert sidecar.read_bytes() == before  # never written over
    assert (np.asarray(session.decision)[rows] != "").all()  # the decisions are kept
    undecided = np.asarray(session.decision) == ""
    assert (
        window.opened.results["suggestion"][undecided].tolist()
        == shown["suggestion"][undecided].tolist()
    )  # nothing new learned
    assert not learning.reset_action.isEnabled()
    newer = Message("learning.newer").text()
    assert said.count(newer) == 1 and "newer version" in newer


def test_show_changed_lists_every_change_since_the_models_own_suggestions(qtbot, opened_window):
    """After a second round of decisions the filter showed only what the last refit changed
    (qa7): it shows every undecided contact whose suggestion is no longer the model's own."""
    window, learning, y = opened_window
    base = learning.base["suggestion"].to_numpy()
    ranked = np.flatnonzero(learning.order > 0)[np.argsort(learning.order[learning.order > 0])]
    _decide(window, learning, qtbot, ranked[:15], y)
    first = set(learning.changed_rows.tolist())
    assert first
    _decide(window, learning, qtbot, ranked[15:25], y)
    undecided = np.asarray(window.opened.session.decision) == ""
    now = window.opened.results["suggestion"].to_numpy()
    expected = np.flatnonzero((now != base) & undecided)
    assert sorted(learning.changed_rows.tolist()) == expected.tolist()
    still = {r for r in first if undecided[r] and now[r] != base[r]}
    assert still <= set(learning.changed_rows.tolist())  # the first round's are kept
    learning.show_changed_action.trigger()
    assert window.workspace.model.rowCount() == len(expected)


def test_a_newer_version_saving_during_the_review_is_left_intact(qtbot, opened_window):
    """The same file opened meanwhile in a newer version, which saved its own layer: this
    window does not write over it, says so once and learns nothing more."""
    from model.learning.store import sidecar_path
    from model.messages import Message

    window, learning, y = opened_window
    ranked = np.flatnonzero(learning.order > 0)[np.argsort(learning.order[learning.order > 0])]
    _decide(window, learning, qtbot, ranked[:10], y)
    sidecar = sidecar_path(window.opened.session.journal_path)
    with open(sidecar, "wb") as fh:
        np.savez(fh, format=np.array([2]), names=np.array(["new"]), forgotten=np.array([1]))
    before = sidecar.read_bytes()
    said = []
    window.workspace.message.connect(said.append)
    _decide(window, learning, qtbot, ranked[10:15], y)
    assert sidecar.read_bytes() == before
    kept = Message("learning.newer_kept").text()
    assert [s for s in said if kept in s] and learning.newer
    session = window.opened.session
    session.decide([int(ranked[15])], "work" if y[ranked[15]] else "private")
    window.workspace.review.refresh()
    assert not learning._timer.isActive()  # nothing more is learned
    window.runner.wait_idle()
    assert sidecar.read_bytes() == before
    assert sum(kept in s for s in said) == 1
