"""The main flow a consultant goes through, with the real reader, shipped model and session:
open the bundled sample → classify → review three contacts from the keyboard → undo → filter →
export → batch of two files, one of them bad."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from PySide6.QtCore import Qt

from desktop.start_page import bundled_sample

pytestmark = pytest.mark.slow

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def window(main_window):
    return main_window


def test_open_classify_review_undo_filter_export_batch(qtbot, window, tmp_path):
    sample = bundled_sample()
    assert sample is not None, "model/shipped/sample/*.zip is missing"

    # Open the bundled sample from the start page; import and classification run off-thread.
    qtbot.mouseClick(window.start_page.sample_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.workspace, timeout=60_000)
    assert window.last_error == ""
    ws, opened = window.workspace, window.opened
    n = len(opened.export.contacts)
    assert ws.model.rowCount() == n > 0
    results = opened.results
    assert set(results["suggestion"]) == {"work", "private"}
    assert all(isinstance(r, tuple) and r and all(r) for r in results["reasons"])
    assert ws.report_bar.isVisible() and f"Read {n:,} contacts" in ws.report_bar.summary()
    assert ws.details.reasons.text()  # the first contact's reasons are on screen

    # Review three contacts from the keyboard: W, P, W; each moves to the next contact.
    table = ws.table
    table.setFocus()
    rows = [ws.model.source_row(i) for i in range(3)]
    for key in (Qt.Key.Key_W, Qt.Key.Key_P, Qt.Key.Key_W):
        qtbot.keyClick(table, key)
    session = opened.session
    assert [session.decision[r] for r in rows] == ["work", "private", "work"]
    assert table.currentIndex().row() == 3
    assert session.counts()["decided"] == 3
    assert "3 decided" in window.counts_label.text()

    # Undo the last one: it is undecided again and the cursor is back on it.
    qtbot.keyClick(table, Qt.Key.Key_Z, CTRL)
    assert session.decision[rows[2]] == ""
    assert table.currentIndex().row() == 2
    assert "2 decided" in window.counts_label.text()
    assert ws.model.data(ws.model.index(2, 8)) == ""  # the review column follows

    # Filter: search text, then flagged only.
    word = next(c for c in opened.export.contacts["company"] if len(c) > 4).split()[0]
    qtbot.keyClicks(ws.filter_bar.search, word)
    ws.filter_bar.flush()
    shown = [ws.model.source_row(r) for r in range(ws.model.rowCount())]
    assert 0 < len(shown) < n
    hay = ws.model.table().haystack
    assert all(word.lower() in hay.iloc[r] for r in shown)
    ws.filter_bar.reset()
    # the personal layer has learned from the decisions by now: flags follow its suggestions
    qtbot.waitUntil(lambda: not ws.personal._timer.isActive())
    qtbot.waitUntil(lambda: not window.runner.is_running("personal"), timeout=30_000)
    ws.flagged_action.trigger()
    assert ws.model.rowCount() == int(window.opened.results["flagged"].sum())
    ws.flagged_action.trigger()  # a walk: the filter stays on
    assert ws.model.rowCount() == int(window.opened.results["flagged"].sum())
    ws.filter_bar.reset()
    assert ws.model.rowCount() == n

    # Export everything, with the decisions.
    out = tmp_path / "classified.csv"
    window.export_to(out, "all")
    qtbot.waitUntil(out.exists, timeout=20_000)
    table_out = pd.read_csv(out, encoding="utf-8-sig", keep_default_na=False)
    assert len(table_out) == n
    assert (table_out["decision"] != "").sum() == 2

    # Batch: two files, one bad; the bad one is reported, the good one classified.
    from desktop.batch_dialog import BatchDialog

    bad = tmp_path / "broken.csv"
    bad.write_bytes(b"\x00\x01 not an export")
    window.batch_action.trigger()
    dialog = window.findChild(BatchDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.add_inputs([sample, bad])
    dialog.set_output_folder(tmp_path / "batch")
    with qtbot.waitSignal(dialog.batchFinished, timeout=120_000) as finished:
        assert dialog.start()
    statuses = [r.status for r in finished.args[0]]
    # the sample holds duplicate rows: classified, with a warning (issue 13: never "ok")
    assert statuses == ["warning", "error"], finished.args[0]
    assert "duplicate" in finished.args[0][0].warnings
    assert dialog.files.status(0) == "warning" and "1 with warnings" in dialog.summary.text()
    assert Path(finished.args[0][0].output).is_file()
    assert "broken.csv" in finished.args[0][1].error
    dialog.close()


def test_about_shows_the_loaded_model(qtbot, window):
    from PySide6.QtWidgets import QLabel

    from desktop import jobs
    from desktop.about import AboutDialog

    model = jobs.get_model()  # loaded, as after the start page's warm-up
    window.show_about()
    dialog = window.findChild(AboutDialog)
    assert dialog is not None and dialog.isVisible()
    shown = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert str(model.card["created"])[:10] in shown  # the card of the model in use
    dialog.close()
