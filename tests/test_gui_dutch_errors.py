"""In the Dutch app every error about a file is said in Dutch and names the file: a broken
export, a broken or foreign review package, an export that cannot be written, a review file that
cannot be read or written. The errors are the core's own (a message key and its fields), worded
by the app; the command line says the same in English. Real windows, offscreen; files generated."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop import jobs
from model.hr.review import HrReview, review_path_for
from model.synthetic import write_sample
from tests.package_edits import with_owner_changed
from tests.test_gui_main_window import RuleModel, open_and_wait


@pytest.fixture
def window(dutch, main_window):
    return main_window


def _said(qtbot, window, path) -> str:
    """The one line the window showed after opening ``path`` (giving a reviewer's name if a
    package that looks whole asks for one)."""
    window.last_error = ""
    window.reviewer_dialog = None
    window.open_path(path)
    qtbot.waitUntil(
        lambda: bool(window.last_error) or window.reviewer_dialog is not None, timeout=30_000
    )
    if not window.last_error:
        window.reviewer_dialog.setTextValue("Anne")
        window.reviewer_dialog.accept()
        qtbot.waitUntil(lambda: bool(window.last_error), timeout=30_000)
    for box in window.findChildren(QMessageBox):
        box.close()
    line = window.last_error
    assert line.startswith(str(path)) and "\n" not in line, line
    return line


def _broken_exports(folder: Path) -> dict[Path, str]:
    damaged = folder / "Basic_LinkedInDataExport_01-02-2025.zip"
    damaged.write_bytes(b"PK\x03\x04" + b"\x00" * 40)  # a zip's start, then nothing
    page = folder / "Connections.csv"
    page.write_text("<!DOCTYPE html><html><body>Sign in</body></html>", encoding="utf-8")
    only_header = folder / "header_only.csv"
    only_header.write_text("First Name,Last Name,URL,Company,Position,Connected On\n")
    return {
        damaged: "is een beschadigd of onvolledig zipbestand",
        page: "is een webpagina (HTML), geen CSV-export",
        only_header: "bevat geen contacten (de kopregel is er, maar er volgen geen regels)",
    }


def test_a_broken_export_is_said_in_dutch(qtbot, window, tmp_path):
    for path, dutch in _broken_exports(tmp_path).items():
        line = _said(qtbot, window, path)
        assert dutch in line, line
        assert not any(w in line for w in ("damaged", "web page", "contains")), line


def _foreign(tmp_path: Path, package: Path) -> Path:
    """A LinkedIn export given the package's suffix."""
    zip_path, _labels = write_sample(tmp_path / "sample", seed=3, n_contacts=20)
    path = tmp_path / "export.coreview"
    path.write_bytes(zip_path.read_bytes())
    return path


def _cut_short(tmp_path: Path, package: Path) -> Path:
    path = tmp_path / "cut.coreview"
    path.write_bytes(package.read_bytes()[:500])
    return path


def _changed(tmp_path: Path, package: Path) -> Path:
    return with_owner_changed(package, tmp_path / "changed.coreview")


@pytest.mark.parametrize(
    ("make", "words"),
    [
        (_foreign, "is een gegevensexport van LinkedIn, geen reviewpakket"),
        (_cut_short, "is geen reviewpakket (geen leesbare zip; beschadigd of afgebroken?)"),
        (_changed, "manifest.json is na het maken van het pakket gewijzigd"),
    ],
)
def test_a_broken_or_foreign_package_is_said_in_dutch(
    qtbot, window, package, tmp_path, make, words
):
    path = make(tmp_path, package)
    line = _said(qtbot, window, path)
    assert words in line, line
    assert "review package" not in line and "was changed" not in line
    assert getattr(window, "hr_window", None) is None
    if make is not _changed:  # said before the reviewer is asked for a name
        assert window.reviewer_dialog is None


@pytest.mark.parametrize(
    ("damage", "words"),
    [
        (lambda data: b"not a review\n" + data, "is geen reviewbestand van HR (geen kopregel)"),
        (lambda data: data.replace(b'"Anne"', b'"Bert"'), "laatste regel klopt niet met het zegel"),
        (lambda data: data[:-30], "is geen volledig reviewbestand van HR"),
    ],
)
def test_a_broken_review_file_is_said_in_dutch(qtbot, window, package, damage, words):
    HrReview.open(package, "Anne").save()
    review_file = review_path_for(package)
    review_file.write_bytes(damage(review_file.read_bytes()))
    window.last_error = ""
    window.open_path(package)
    qtbot.waitUntil(lambda: bool(window.last_error), timeout=30_000)
    line = window.last_error
    assert line.startswith(str(review_file)), line  # the review file is named, not the package
    assert words in line and "\n" not in line, line
    assert getattr(window, "hr_window", None) is None


def test_a_review_file_that_cannot_be_written_is_said_in_dutch(qtbot, window, package, monkeypatch):
    import model.hr.review

    window.open_path(package)
    window.reviewer_dialog.setTextValue("Anne")
    window.reviewer_dialog.accept()
    qtbot.waitUntil(lambda: getattr(window, "hr_window", None) is not None, timeout=30_000)
    hr = window.hr_window

    def full(path):
        raise OSError(errno.ENOSPC, "No space left on device", str(path))

    monkeypatch.setattr(model.hr.review, "atomic_path", full)
    row = hr.current_row()
    hr.table.setFocus()
    qtbot.keyClick(hr.table, Qt.Key.Key_A)
    assert (
        hr.last_error
        == f"{review_path_for(package)}: kan niet worden geschreven (de schijf is vol)"
    )
    assert hr.review.hr_decision[row] == ""  # not kept as if it were saved
    for box in hr.findChildren(QMessageBox):
        box.close()
    hr.close()


@pytest.fixture
def opened(qtbot, window, tmp_path, monkeypatch):
    monkeypatch.setattr(jobs, "get_model", lambda path=None: RuleModel())
    zip_path, _labels = write_sample(tmp_path / "in", seed=5, n_contacts=40)
    open_and_wait(qtbot, window, zip_path)
    return window


def _export_error(qtbot, window, target: Path) -> str:
    window.last_error = ""
    window.export_to(target, "all")
    qtbot.waitUntil(lambda: bool(window.last_error), timeout=30_000)
    qtbot.waitUntil(lambda: not window.runner.is_running("export"), timeout=30_000)
    for box in window.findChildren(QMessageBox):
        box.close()
    return window.last_error


def test_an_export_that_cannot_be_written_is_said_in_dutch(qtbot, opened, tmp_path, monkeypatch):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where a folder should be")
    target = blocker / "contacts.csv"
    line = _export_error(qtbot, opened, target)
    assert line == f"{target}: kan niet worden geschreven (is geen map)", line

    import model.exports

    def full(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(model.exports, "_write_csv", full)
    target = tmp_path / "contacts.csv"
    line = _export_error(qtbot, opened, target)
    assert line == f"{target}: kan niet worden geschreven (de schijf is vol)", line
    assert not target.exists()
