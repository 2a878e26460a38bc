"""A subfolder of a folder given to ``batch`` that cannot be listed (no permission) is not left
out without a word: it gets a row in summary.csv ("skipped", and why) and is counted in the
summary line, in English and Dutch. The tests run as root here, where a chmod 000 folder can
still be listed: the refusal is made by the file system call batch makes (``Path.iterdir``)."""

from __future__ import annotations

import csv
import errno
import shutil
from pathlib import Path

import pytest

from model import batch
from model.cli import main
from model.synthetic.generator import write_sample


@pytest.fixture(scope="module")
def export(tmp_path_factory) -> Path:
    """One generated LinkedIn export (zip)."""
    zipped, _labels = write_sample(tmp_path_factory.mktemp("sample"), seed=7, n_contacts=30)
    return zipped


@pytest.fixture
def folder(tmp_path, export, monkeypatch):
    """An input folder: an export, and a subfolder nobody may list."""
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(export, folder / "export.zip")
    locked = folder / "locked"
    locked.mkdir()
    (locked / "Connections.csv").write_text("First Name\n", encoding="utf-8")
    locked.chmod(0)
    real = Path.iterdir

    def iterdir(self):
        if self == locked:
            raise PermissionError(errno.EACCES, "Permission denied", str(self))
        return real(self)

    monkeypatch.setattr(Path, "iterdir", iterdir)
    yield folder
    locked.chmod(0o700)


def _summary(out: Path) -> list[dict]:
    with (out / batch.SUMMARY_FILE).open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def test_an_unlisted_subfolder_gets_a_row_and_a_reason(folder, tmp_path):
    results = batch.run_batch([folder], tmp_path / "out", language="en")
    assert [Path(r.input).name for r in results] == ["export.zip", "locked"]
    rows = {Path(r["input"]).name: r for r in _summary(tmp_path / "out")}
    assert rows["export.zip"]["status"] == "ok"
    assert rows["locked"]["status"] == "skipped"
    assert str(folder / "locked") in rows["locked"]["error"]
    assert "cannot be listed" in rows["locked"]["error"]
    assert "permission" in rows["locked"]["error"].lower()


@pytest.mark.parametrize(
    ("language", "said"),
    [
        ("en", "1 of 1 inputs classified into {out} (summary.csv); 1 folder not read "
               "(its contents cannot be listed)"),
        ("nl", "1 van 1 invoerbestanden ingedeeld in {out} (summary.csv); 1 map niet gelezen "
               "(de inhoud is niet te zien)"),
    ],
)  # fmt: skip
def test_the_summary_line_counts_it_in_both_languages(folder, tmp_path, capsys, language, said):
    out = tmp_path / "out"
    assert main(["--language", language, "batch", str(folder), "--out", str(out)]) == 0
    lines = capsys.readouterr().err.strip().splitlines()
    assert lines[0] == said.format(out=out)
    assert len(lines) == 2 and str(folder / "locked") in lines[1]  # and why, on its own line


def test_only_an_unlisted_subfolder_is_said_not_lost(tmp_path, monkeypatch):
    folder = tmp_path / "in"
    (folder / "locked").mkdir(parents=True)
    real = Path.iterdir
    monkeypatch.setattr(
        Path,
        "iterdir",
        lambda self: (
            (_ for _ in ()).throw(PermissionError(errno.EACCES, "denied", str(self)))
            if self.name == "locked"
            else real(self)
        ),
    )
    results = batch.run_batch([folder], tmp_path / "out")
    assert [(Path(r.input).name, r.status) for r in results] == [("locked", "skipped")]
    assert _summary(tmp_path / "out")[0]["status"] == "skipped"


@pytest.mark.parametrize(
    ("language", "said", "status"),
    [
        ("en", "Finished: 1 classified, 0 failed, 1 not read (contents cannot be listed).",
               "skipped: not read"),
        ("nl", "Klaar: 1 geclassificeerd, 0 mislukt, 1 niet gelezen (een map waarvan de inhoud "
               "niet te zien is).", "overgeslagen: niet gelezen"),
    ],
)  # fmt: skip
def test_the_batch_dialog_counts_it_apart(qtbot, request, folder, tmp_path, language, said, status):
    from desktop.batch_dialog import BatchDialog
    from desktop.batch_files import COL_STATUS

    if language == "nl":
        request.getfixturevalue("dutch")
    dialog = BatchDialog()
    qtbot.addWidget(dialog)
    try:
        dialog.add_inputs([folder])
        dialog.set_output_folder(tmp_path / "out")
        with qtbot.waitSignal(dialog.batchFinished, timeout=60_000):
            assert dialog.start()
        assert dialog.summary.text().startswith(said), dialog.summary.text()
        assert sorted(dialog.file_status(r) for r in range(2)) == ["ok", "skipped"]
        row = next(r for r in range(2) if dialog.file_status(r) == "skipped")
        assert dialog.files.item(row, COL_STATUS).text() == status
    finally:
        dialog.reject()  # joins the worker thread
