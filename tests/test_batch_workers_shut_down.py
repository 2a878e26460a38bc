"""A batch with ``--jobs`` >= 2 leaves no worker process behind: joblib's reusable loky
executor kept its workers (each holding the model, ~100+ MB) alive up to 300 s after the batch,
in the command line and in the app (which runs the same ``run_batch``)."""

from __future__ import annotations

import shutil

import psutil
import pytest

from model.batch import run_batch
from model.synthetic.generator import write_sample


@pytest.fixture(scope="module")
def exports(tmp_path_factory):
    """Three small LinkedIn zips (generated), so that two workers both get one."""
    folder = tmp_path_factory.mktemp("exports")
    zipped, _labels = write_sample(tmp_path_factory.mktemp("sample"), seed=11, n_contacts=30)
    paths = []
    for k in range(3):
        path = folder / f"person{k}.zip"
        shutil.copyfile(zipped, path)
        paths.append(path)
    return paths


def loky_workers() -> list[psutil.Process]:
    """This process's joblib/loky worker processes still running."""
    workers = []
    for child in psutil.Process().children(recursive=True):
        try:
            command = " ".join(child.cmdline())
            alive = child.status() != psutil.STATUS_ZOMBIE
        except psutil.NoSuchProcess:
            continue
        if alive and "loky" in command and "resource_tracker" not in command:
            workers.append(child)  # loky's one resource tracker is no worker (a few MB)
    return workers


def test_no_worker_is_left_after_run_batch(exports, tmp_path):
    results = run_batch(exports, tmp_path / "out", jobs=2)
    assert [r.status for r in results] == ["ok"] * 3
    assert loky_workers() == []


def test_no_worker_is_left_after_the_batch_command(exports, tmp_path, capsys):
    from model.cli import main

    status = main(["batch", *map(str, exports), "--out", str(tmp_path / "out"), "--jobs", "2"])
    assert status == 0, capsys.readouterr().err
    assert loky_workers() == []


def test_no_worker_is_left_after_a_cancelled_batch(exports, tmp_path):
    seen = []

    def cancel() -> bool:  # cancelled once the first result is in
        return bool(seen)

    run_batch(
        exports, tmp_path / "out", jobs=2, cancel=cancel, on_result=lambda i, r: seen.append(i)
    )
    assert seen and loky_workers() == []


def test_no_worker_is_left_after_the_apps_batch(qtbot, exports, tmp_path):
    from desktop.batch_dialog import BatchDialog

    dialog = BatchDialog()
    qtbot.addWidget(dialog)
    dialog.add_inputs(exports)
    dialog.set_output_folder(tmp_path / "out")
    dialog.jobs.setValue(2)
    with qtbot.waitSignal(dialog.batchFinished, timeout=120_000) as finished:
        assert dialog.start()
    assert [r.status for r in finished.args[0]] == ["ok"] * 3
    assert loky_workers() == []
    dialog.reject()
