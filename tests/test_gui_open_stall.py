"""Opening an export keeps the window responsive: what the open path hands to other threads or
to later event-loop turns still happens, in the right order (bench/gui.py measures the stall)."""

from __future__ import annotations

import gc
import threading

import pytest
from PySide6.QtCore import QEvent, QObject

from desktop import jobs, personal
from desktop.main_window import MainWindow
from model import journal_lock
from model.synthetic import write_sample
from tests.test_gui_main_window import RuleModel, open_and_wait


@pytest.fixture
def rule_model(monkeypatch):
    monkeypatch.setattr(jobs, "get_model", lambda path=None: RuleModel())


@pytest.fixture
def samples(tmp_path_factory):
    out = tmp_path_factory.mktemp("samples")
    return [write_sample(out / str(seed), seed=seed, n_contacts=80)[0] for seed in (3, 4)]


class PaintSeen(QObject):
    """Counts the paints of one widget."""

    def __init__(self, widget):
        super().__init__()
        self.paints = 0
        widget.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.paints += 1
        return False


def test_personal_layer_starts_once_the_table_is_painted(
    qtbot, rule_model, main_window, samples, monkeypatch
):
    window = main_window
    workspace = window._ensure_workspace()
    seen = PaintSeen(workspace.table.viewport())
    paints_at_start = []
    original = personal.prepare

    def prepare(*args, **kwargs):  # runs on the worker
        paints_at_start.append(seen.paints)
        return original(*args, **kwargs)

    monkeypatch.setattr(personal, "prepare", prepare)
    learning = workspace.personal
    for path in samples:  # the first export, and one that replaces it
        paints_at_start.clear()
        open_and_wait(qtbot, window, path)
        qtbot.waitUntil(
            lambda: learning.opened is window.opened and learning.inputs is not None,
            timeout=20_000,
        )
        assert len(paints_at_start) == 1
        assert paints_at_start[0] >= 1  # the table had been painted with the new rows
        seen.paints = 0
    window.runner.wait_idle()


def test_personal_layer_starts_without_a_paint_too(qtbot, rule_model, samples):
    window = MainWindow()  # never shown: nothing is painted
    qtbot.addWidget(window)
    window.open_path(samples[0])
    qtbot.waitUntil(lambda: window.opened is not None, timeout=20_000)
    learning = window.workspace.personal
    qtbot.waitUntil(lambda: learning.inputs is not None, timeout=20_000)
    assert learning.opened is window.opened
    window.runner.wait_idle()
    window.close()


def test_the_replaced_export_is_closed_off_the_gui_thread(
    qtbot, rule_model, main_window, samples, monkeypatch
):
    window = main_window
    closed = []
    original = jobs.Opened.close

    def close(self):
        closed.append((self.path, threading.current_thread()))
        original(self)

    monkeypatch.setattr(jobs.Opened, "close", close)
    open_and_wait(qtbot, window, samples[0])
    first = window.opened
    journal = first.session.journal_path.resolve()
    assert journal in journal_lock._held
    open_and_wait(qtbot, window, samples[1])
    qtbot.waitUntil(lambda: window.opened is not first)
    qtbot.waitUntil(lambda: journal not in journal_lock._held)  # closed and unlocked
    assert [path for path, _ in closed] == [first.path]
    assert closed[0][1] is not threading.main_thread()
    window.runner.wait_idle()
    window.close()
    jobs.wait_closed()
    assert not [t for t in threading.enumerate() if t.name == "contact-ownership-close"]


def test_warm_up_puts_the_imports_out_of_the_collectors_reach(rule_model):
    jobs.warm_up()
    assert gc.get_freeze_count() > 0


def test_launched_with_a_file_the_page_is_built_before_the_hand_over(
    qtbot, rule_model, main_window, samples, monkeypatch
):
    window = main_window  # as `contact-ownership open FILE`: no start page warm-up ran
    assert window.workspace is None
    built_before = []
    original = window._opened

    def opened(result):
        built_before.append(window.workspace is not None)
        original(result)

    monkeypatch.setattr(window, "_opened", opened)
    warm_threads = []
    original_warm_up = jobs.warm_up

    def warm_up(**kwargs):
        warm_threads.append(threading.current_thread())
        original_warm_up(**kwargs)

    monkeypatch.setattr(jobs, "warm_up", warm_up)
    open_and_wait(qtbot, window, samples[0])
    assert built_before == [True]  # the hand-over only filled the page
    assert warm_threads and warm_threads[0] is not threading.main_thread()
    assert window.stack.currentWidget() is window.workspace
    assert window.workspace.model.rowCount() == len(window.opened.export.contacts)
    window.runner.wait_idle()


@pytest.fixture
def prepared(monkeypatch) -> list[int]:
    """The number of contacts of each personal layer's first pass, as they start."""
    lengths = []
    original = personal.prepare

    def prepare(contacts, *args, **kwargs):
        lengths.append(len(contacts))
        return original(contacts, *args, **kwargs)

    monkeypatch.setattr(personal, "prepare", prepare)
    return lengths


def test_opening_another_before_learning_starts_skips_the_first(
    qtbot, rule_model, main_window, samples, prepared
):
    window = main_window
    window.open_path(samples[0])
    qtbot.waitUntil(lambda: window.opened is not None, timeout=20_000)
    first = window.opened
    window.open_path(samples[1])  # at once: the first one's personal layer has not started
    qtbot.waitUntil(lambda: window.opened is not first, timeout=20_000)
    learning = window.workspace.personal
    qtbot.waitUntil(
        lambda: learning.opened is window.opened and learning.inputs is not None,
        timeout=20_000,
    )
    window.runner.wait_idle()
    assert prepared == [len(window.opened.export.contacts)]


def test_a_failed_open_leaves_the_shown_export_learning(
    qtbot, rule_model, main_window, samples, tmp_path, monkeypatch
):
    window = main_window
    window.open_path(samples[0])
    qtbot.waitUntil(lambda: window.opened is not None, timeout=20_000)
    first = window.opened
    bad = tmp_path / "Connections.csv"
    bad.write_text("not,a,linkedin,export\n1,2,3,4\n", encoding="utf-8")
    window.open_path(bad)  # at once, and it fails
    qtbot.waitUntil(lambda: bool(window.last_error), timeout=20_000)
    learning = window.workspace.personal
    qtbot.waitUntil(
        lambda: learning.opened is first and learning.inputs is not None, timeout=20_000
    )
    assert window.opened is first
    window.runner.wait_idle()


def test_until_its_layer_starts_nothing_of_the_last_export_acts_on_the_new_one(
    qtbot, rule_model, main_window, tmp_path, monkeypatch
):
    """The personal layer starts a moment after the new export's table is painted; meanwhile
    its walk order, company action and reset are not the replaced export's (a walk ranked by
    them indexed another export's rows; a company decision went to its closing journal)."""
    from desktop import workspace

    window = main_window
    small = write_sample(tmp_path / "small", seed=3, n_contacts=40)[0]
    large = write_sample(tmp_path / "large", seed=4, n_contacts=120)[0]
    window.open_path(small)
    qtbot.waitUntil(lambda: window.opened is not None, timeout=20_000)
    first, ws = window.opened, window.workspace
    learning = ws.personal
    qtbot.waitUntil(lambda: learning.opened is first and ws.walk_order is not None, timeout=20_000)
    window.runner.wait_idle()
    monkeypatch.setattr(workspace, "LEARNING_AFTER_PAINT_MS", 600_000)  # not within the test
    monkeypatch.setattr(workspace, "LEARNING_AT_LATEST_MS", 600_000)
    window.open_path(large)
    qtbot.waitUntil(lambda: window.opened is not first, timeout=20_000)
    assert ws._learning_for is window.opened  # its layer has not started
    assert learning.opened is not first and ws.walk_order is None
    assert not learning.company_action.isEnabled() and not learning.reset_action.isEnabled()
    ws.review_flagged()  # walks the new export in the view's order
    assert ws.review.current_source_row() >= 0
    ws.close_windows()


def test_classified_again_before_its_layer_started_it_learns_once(
    qtbot, rule_model, main_window, samples, prepared, monkeypatch
):
    """Reclassifying right after an open (a language switch does) starts the personal layer
    when it is done; the delayed first pass does not run a second time after it."""
    from desktop import workspace

    window = main_window
    monkeypatch.setattr(workspace, "LEARNING_AFTER_PAINT_MS", 1500)  # after the reclassify
    monkeypatch.setattr(workspace, "LEARNING_AT_LATEST_MS", 1500)
    window.open_path(samples[0])
    qtbot.waitUntil(lambda: window.opened is not None, timeout=20_000)
    ws = window.workspace
    ws.reclassify(window.opened.career(), [], remember=False)
    learning = ws.personal
    qtbot.waitUntil(
        lambda: learning.inputs is not None and ws._learning_for is None, timeout=20_000
    )
    window.runner.wait_idle()
    assert prepared == [len(window.opened.export.contacts)]
