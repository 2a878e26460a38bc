"""A package holds what the readers read (qa6, 2026-11-30): a contact whose company or title
is long (the readers keep fields up to 10,000 characters) went into the package, and then
HR could not open it: verify, report and the HR window all said "contact 1 has a company
that is too long" (the package reader stopped at 4,000)."""

from __future__ import annotations

import csv
import zipfile
from pathlib import Path

import pytest

from model.cli import main
from model.readers.linewise import MAX_FIELD_CHARS

SAMPLE = Path(__file__).parents[1] / "model/shipped/sample/Basic_LinkedInDataExport_11-02-2025.zip"


@pytest.fixture(scope="module")
def long_export(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("export")
    with zipfile.ZipFile(SAMPLE) as zf:
        zf.extractall(folder)
    path = folder / "Connections.csv"
    lines = path.read_text(encoding="utf-8").splitlines()
    at = next(i for i, line in enumerate(lines) if line.startswith("First Name"))
    rows = list(csv.reader(lines[at:]))
    rows[1][4] = "Genia Management Consultants " + "Ω" * (MAX_FIELD_CHARS - 100)  # company
    rows[2][5] = ("Senior " * 1500)[: MAX_FIELD_CHARS - 10]  # position, in a reason too
    with open(path, "w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows(rows)
    return folder


def test_a_package_with_long_fields_is_verified_and_reported(long_export, tmp_path, capsys):
    package = tmp_path / "leaver.coreview"
    assert main(["package", str(long_export), "--out", str(package), "--yes"]) == 0
    assert main(["verify", str(package)]) == 0
    for suffix in (".xlsx", ".pdf"):
        out = tmp_path / f"report{suffix}"
        assert main(["report", str(package), "--out", str(out)]) == 0, capsys.readouterr().err
        assert out.stat().st_size > 0


def test_the_hr_window_opens_a_package_with_long_fields(long_export, tmp_path, qtbot):
    from desktop.hr.window import HrWindow
    from model.hr.review import HrReview

    package = tmp_path / "leaver.coreview"
    assert main(["package", str(long_export), "--out", str(package), "--yes"]) == 0
    review = HrReview.open(package, "Anne")
    companies = review.contacts["company"]
    assert companies.str.len().max() > 4000
    hr = HrWindow(review, "en")
    qtbot.addWidget(hr)
    hr.show()
    qtbot.waitExposed(hr)
    hr.close()
