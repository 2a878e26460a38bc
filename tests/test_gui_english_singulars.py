"""English counts of one are singular: "Classifying 1 file…", not "1 files". A source text with
%n is the plural, and Qt only picks the singular from a catalogue (contact_ownership_en)."""

from __future__ import annotations

import threading

import model.batch
from desktop.batch_dialog import BatchDialog
from model.batch import BatchResult


def _one_failing_file(release: threading.Event):
    def run(inputs, out_dir, *, progress, cancel, on_result, **_options):
        sources = model.batch.expand_inputs(inputs)
        release.wait(10)
        results = [BatchResult(str(s), "error", error=f"{s}: not an export") for s in sources]
        for i, result in enumerate(results):
            on_result(i, result)
        return results

    return run


def test_a_batch_of_one_file_says_one_file(english, qtbot, tmp_path, monkeypatch):
    assert english, "desktop/i18n/contact_ownership_en.qm is missing or not loaded"
    release = threading.Event()
    monkeypatch.setattr(model.batch, "run_batch", _one_failing_file(release))
    folder = tmp_path / "in"
    folder.mkdir()
    for k in range(6):
        (folder / f"{k}.csv").write_text("First Name,Last Name\n", encoding="utf-8")
    dialog = BatchDialog()
    qtbot.addWidget(dialog)
    dialog.add_inputs([folder / "0.csv"])
    dialog.set_output_folder(tmp_path / "out")
    assert dialog.start()
    assert dialog.summary.text() == "Classifying 1 file…"
    release.set()
    qtbot.waitUntil(lambda: not dialog.is_running())
    assert "0 of 1 file done" not in dialog.summary.text()

    dialog.inputs.clear()
    dialog.add_inputs([folder])  # six that fail: five named, "…and 1 more error"
    assert dialog.start()
    assert dialog.summary.text() == "Classifying 6 files…"
    qtbot.waitUntil(lambda: not dialog.is_running())
    assert dialog.summary.text().endswith("…and 1 more error in the table.")
    dialog.reject()


def test_english_singulars_of_the_timeline(english, qapp):
    from desktop.timeline import TimelineChart

    chart = TimelineChart()
    tr = chart.tr
    assert tr("(%n contacts have no date)", "", 1) == "(1 contact has no date)"
    assert tr("(%n contacts have no date)", "", 2) == "(2 contacts have no date)"
    said = tr("{month}: %n connections ({work} work, {private} private)", "", 1)
    assert said.startswith("{month}: 1 connection (")
    chart.deleteLater()
