"""The batch dialog: per-file status, overall progress, cancel, summary, open folder (offscreen).

The two-files-one-bad test runs the real ``model.batch.run_batch``; the others replace it with
a scripted stand-in so that cancel and ordering can be driven step by step, without sleeps.
"""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices

import model.batch
from desktop.batch_dialog import BatchDialog
from model.batch import BatchResult
from tests.drops import drop


@pytest.fixture
def dialog(qtbot):
    widget = BatchDialog()
    qtbot.addWidget(widget)
    yield widget
    widget.reject()  # joins the worker thread


def _inputs(tmp_path: Path, names=("a.csv", "b.csv", "c.csv")) -> list[Path]:
    folder = tmp_path / "in"
    folder.mkdir()
    for name in names:
        (folder / name).write_text("First Name,Last Name\n", encoding="utf-8")
    return [folder / n for n in names]


class Scripted:
    """A stand-in for run_batch: file 0 succeeds, file 1 fails, then it waits for the test."""

    def __init__(self):
        self.release = threading.Event()
        self.calls = []

    def __call__(self, inputs, out_dir, *, jobs, model_path, fmt, clients, progress, cancel,
                 on_result):  # fmt: skip
        self.calls.append({"inputs": inputs, "jobs": jobs, "fmt": fmt})
        sources = model.batch.expand_inputs(inputs)
        results = [BatchResult(str(p), "cancelled") for p in sources]
        results[0] = BatchResult(str(sources[0]), "ok", 10, 6, 4, 2, "", str(out_dir / "a.out"))
        on_result(0, results[0])
        progress(1 / 3, "1 of 3 done")
        results[1] = BatchResult(str(sources[1]), "error", error=f"{sources[1]}: not an export")
        on_result(1, results[1])
        progress(2 / 3, "2 of 3 done")
        self.release.wait(10)
        if not cancel():
            results[2] = BatchResult(str(sources[2]), "ok", 5, 1, 4, 0, "", str(out_dir / "c"))
            on_result(2, results[2])
        Path(out_dir).mkdir(exist_ok=True)
        (Path(out_dir) / "summary.csv").write_text("input,status\n", encoding="utf-8")
        return results


def test_start_needs_inputs_and_folder(dialog, tmp_path):
    assert not dialog.start_button.isEnabled()
    assert not dialog.start()
    assert "at least one" in dialog.summary.text()
    dialog.add_inputs(_inputs(tmp_path))
    dialog.add_inputs([tmp_path / "in" / "a.csv"])  # no duplicates
    assert dialog.inputs.count() == 3
    assert not dialog.start()
    assert "output folder" in dialog.summary.text()
    dialog.set_output_folder(tmp_path / "out")
    assert dialog.start_button.isEnabled()


def test_per_file_status_summary_and_cancel(qtbot, dialog, tmp_path, monkeypatch):
    fake = Scripted()
    monkeypatch.setattr(model.batch, "run_batch", fake)
    _inputs(tmp_path)
    dialog.add_inputs([tmp_path / "in"])  # a folder: its exports are listed one by one
    dialog.set_output_folder(tmp_path / "out")
    dialog.format.setCurrentIndex(1)
    assert dialog.start()
    assert dialog.files.rowCount() == 3
    assert [dialog.files.item(r, 0).text() for r in range(3)] == ["a.csv", "b.csv", "c.csv"]
    assert not dialog.start_button.isEnabled() and dialog.cancel_button.isEnabled()
    qtbot.waitUntil(lambda: dialog.file_status(1) == "error")
    assert dialog.file_status(0) == "ok"
    assert dialog.file_status(2) == "running"
    assert dialog.files.item(0, 3).text() == "10"
    assert "not an export" in dialog.files.item(1, 7).text()
    qtbot.waitUntil(lambda: dialog.overall.value() >= 600)
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert "Cancelling" in dialog.summary.text()
    with qtbot.waitSignal(dialog.batchFinished) as finished:
        fake.release.set()
    results = finished.args[0]
    assert [r.status for r in results] == ["ok", "error", "cancelled"]
    assert dialog.file_status(2) == "cancelled"
    text = dialog.summary.text()
    assert "1 classified, 1 failed, 1 cancelled" in text
    assert "b.csv: not an export" in text and "summary.csv" in text
    assert fake.calls[0]["fmt"] == "xlsx" and fake.calls[0]["jobs"] == 1
    assert not dialog.is_running() and dialog.start_button.isEnabled()


def test_finishes_without_cancel(qtbot, dialog, tmp_path, monkeypatch):
    fake = Scripted()
    fake.release.set()
    monkeypatch.setattr(model.batch, "run_batch", fake)
    dialog.add_inputs(_inputs(tmp_path))
    dialog.set_output_folder(tmp_path / "out")
    (tmp_path / "out").mkdir()
    with qtbot.waitSignal(dialog.batchFinished):
        dialog.start()
    assert [dialog.file_status(r) for r in range(3)] == ["ok", "error", "ok"]
    assert "2 classified, 1 failed." in dialog.summary.text()
    assert dialog.overall.value() == 1000
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert len(opened) == 1 and opened[0].isLocalFile()
    assert Path(opened[0].toLocalFile()) == (tmp_path / "out").resolve()


def test_closing_while_running_stops_and_joins(qtbot, tmp_path, monkeypatch):
    started = threading.Event()

    def endless(inputs, out_dir, *, cancel, on_result, **_kwargs):
        started.set()
        while not cancel():
            time.sleep(0.005)  # a worker polling its cancel flag, as run_batch does between files
        return []

    monkeypatch.setattr(model.batch, "run_batch", endless)
    widget = BatchDialog()
    qtbot.addWidget(widget)
    widget.add_inputs(_inputs(tmp_path))
    widget.set_output_folder(tmp_path / "out")
    assert widget.start()
    assert started.wait(10)
    widget.reject()  # must return: the flag stops the task and the thread is joined
    assert not widget.is_running()


def test_error_before_any_file_is_one_line(qtbot, dialog, tmp_path, monkeypatch):
    def refuse(inputs, out_dir, **_kwargs):
        raise model.batch.InputError(out_dir, "cannot create the output folder (Permission denied)")

    monkeypatch.setattr(model.batch, "run_batch", refuse)
    dialog.add_inputs(_inputs(tmp_path))
    dialog.set_output_folder(tmp_path / "out")
    dialog.start()
    qtbot.waitUntil(lambda: not dialog.is_running())
    # the reason once, in the summary; the files were not run, nobody cancelled them
    summary = dialog.summary.text()
    assert summary.startswith("No file was run: ")
    assert summary.endswith("cannot create the output folder (Permission denied)")
    assert all(dialog.file_status(row) == "not run" for row in range(dialog.files.rowCount()))
    assert dialog.files.item(0, 1).text() == "not run"


@pytest.fixture(scope="module")
def model_dir(tmp_path_factory):
    """A small model trained on generated people: the test must not depend on the state of
    the shipped model."""
    from model.persist import save_model
    from model.training import train

    trained, card = train(n_persons=4, n_test=2, learning_curve=False)
    out = tmp_path_factory.mktemp("model")
    save_model(trained.estimator, card, out)
    return out


def test_two_files_one_bad_with_the_real_batch(qtbot, dialog, tmp_path, model_dir):
    from model.synthetic.generator import write_sample

    good, _labels = write_sample(tmp_path / "good", seed=3, n_contacts=60)
    bad = tmp_path / "broken.csv"
    bad.write_bytes(b"\x00\x01 this is not an export")
    dialog.model_path = model_dir
    dialog.add_inputs([good, bad])
    dialog.set_output_folder(tmp_path / "out")
    with qtbot.waitSignal(dialog.batchFinished, timeout=60_000) as finished:
        assert dialog.start()
    results = finished.args[0]
    assert [r.status for r in results] == ["ok", "error"], results[0].error
    assert results[0].contacts == 60 and Path(results[0].output).is_file()
    assert "broken.csv" in results[1].error
    assert [dialog.file_status(r) for r in range(2)] == ["ok", "error"]
    assert "1 classified, 1 failed" in dialog.summary.text()
    assert (tmp_path / "out" / "summary.csv").is_file()


def test_dropping_files_adds_them(dialog, tmp_path):
    paths = _inputs(tmp_path, ("x.zip", "y.csv"))
    drop(dialog, paths, extra_urls=["https://example.org/z"])
    assert dialog.input_paths() == paths


def test_a_sample_folder_shows_its_labels_as_skipped(qtbot, dialog, tmp_path, model_dir):
    from model.synthetic.generator import write_sample

    write_sample(tmp_path / "sample", seed=4, n_contacts=30)
    dialog.model_path = model_dir
    dialog.add_inputs([tmp_path / "sample"])
    dialog.set_output_folder(tmp_path / "out")
    with qtbot.waitSignal(dialog.batchFinished, timeout=60_000) as finished:
        assert dialog.start()
    statuses = {Path(r.input).name: r.status for r in finished.args[0]}
    assert statuses["labels.csv"] == "skipped" and list(statuses.values()).count("ok") == 1
    assert sorted(dialog.file_status(r) for r in range(2)) == ["ok", "skipped"]
    assert "1 classified, 0 failed, 1 skipped (not an export)" in dialog.summary.text()
    assert dialog.overall.value() == 1000
