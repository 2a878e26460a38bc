"""Findings of the third outside-judge pass (qa3): commands on hostile files and full disks."""

from __future__ import annotations

import resource
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from model.cli import main

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def package(tmp_path_factory) -> Path:
    """A small review package (generated person), written with the CLI."""
    from model.synthetic.generator import write_sample

    folder = tmp_path_factory.mktemp("qa3")
    zip_path, _ = write_sample(folder / "export", seed=5, n_contacts=120)
    out = folder / "leaver.coreview"
    assert main(["package", str(zip_path), "--out", str(out), "--yes"]) == 0
    return out


def _small_file_limit(limit: int):
    """In the child: any file grows to at most ``limit`` bytes (as on a nearly full disk);
    a write past it fails with EFBIG instead of killing the process."""

    def apply() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return apply


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="RLIMIT_FSIZE semantics")
@pytest.mark.parametrize("name", ["report.xlsx", "report.pdf"])
def test_a_report_that_does_not_fit_on_the_disk_is_one_line_naming_it(package, tmp_path, name):
    out = tmp_path / name
    done = subprocess.run(
        [sys.executable, "-m", "model.cli", "report", str(package), "--out", str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        preexec_fn=_small_file_limit(4096),
        timeout=300,
    )
    assert done.returncode == 2, done.stderr
    assert done.stderr.count("\n") == 1, done.stderr  # no "Exception ignored" traceback after it
    assert f"{out}: cannot be written (File too large)" in done.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == []  # no partial file left behind


def test_a_workbook_whose_first_sheet_is_empty_is_read_from_the_sheet_holding_contacts(
    tmp_path, capsys
):
    """A new workbook's empty "Sheet1" before the sheet the contacts were pasted into: the
    contacts are read, not "the file is empty"."""
    import openpyxl

    book = openpyxl.Workbook()
    book.active.title = "Sheet1"
    sheet = book.create_sheet("Contacts")
    sheet.append(["First Name", "Last Name", "URL", "Email Address", "Company", "Position"])
    sheet.append(["Anna", "Smit", "", "", "Acme B.V.", "Inkoper"])
    sheet.append(["Bram", "Vos", "", "", "Beta N.V.", "Docent"])
    path = tmp_path / "contacts.xlsx"
    book.save(path)
    before = path.read_bytes()
    assert main(["inspect", str(path)]) == 0
    assert "2 imported of 2 rows read" in capsys.readouterr().out
    assert path.read_bytes() == before


def test_every_option_of_every_command_says_what_it_is_for():
    """`COMMAND --help` is what a newcomer reads: no bare "--persons PERSONS"."""
    import argparse

    from model.cli import _parser

    parser = _parser()
    (commands,) = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    bare = [
        f"{name} {action.option_strings or action.dest}"
        for name, command in commands.choices.items()
        for action in command._actions
        if not isinstance(action, argparse._HelpAction) and not action.help
    ]
    assert bare == []


def test_python_dash_m_model_is_the_command_line(tmp_path):
    done = subprocess.run(
        [sys.executable, "-m", "model", "verify", str(tmp_path / "missing.coreview")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 2
    assert (
        done.stderr.startswith("contact-ownership: error: ") and "missing.coreview" in done.stderr
    )


def test_hr_reviews_kept_in_the_data_folder_are_the_owners_alone(package, tmp_path, monkeypatch):
    """A package on a read-only share: HR's review goes into the data folder, in a folder
    only its owner can open (as the consultant's sessions are)."""
    import os
    import stat

    from model.hr import review as review_module
    from model.hr.review import HrReview

    monkeypatch.setattr(review_module.os, "access", lambda path, mode: False)
    old = os.umask(0o022)  # the usual umask, whatever the test runner's
    try:
        review = HrReview.open(package, "Henk (HR)")
        review.decide([0], "agree")
    finally:
        os.umask(old)
    assert review.path.parent.name == "hr-reviews"
    assert stat.S_IMODE(review.path.parent.stat().st_mode) == 0o700
    assert stat.S_IMODE(review.path.stat().st_mode) == 0o600


@pytest.mark.parametrize("command", ["verify", "report", "handover"])
def test_a_package_cut_short_is_said_plainly(package, tmp_path, capsys, command):
    """A package cut short in the mail said "(not a readable zip: File is not a zip file)",
    Python's words; it is said as the app says it for an export cut short."""
    cut = tmp_path / "cut.coreview"
    cut.write_bytes(package.read_bytes()[: package.stat().st_size // 2])
    extra = {
        "verify": [],
        "report": ["--out", str(tmp_path / "r.pdf")],
        "handover": ["--employer", "Acme", "--out", str(tmp_path / "h.csv")],
    }[command]
    assert main([command, str(cut), *extra]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert (
        "cut.coreview: is not a review package (not a readable zip; damaged or cut short?)" in err
    )


def test_the_package_preview_table_has_one_header_line(tmp_path, capsys):
    """pandas printed the index's name on a line of its own under the header ("employer"
    and 100 spaces), a gap in the table the person reads before anything leaves."""
    from model.synthetic.generator import write_sample

    zip_path, _ = write_sample(tmp_path / "export", seed=5, n_contacts=120)
    assert main(["package", str(zip_path), "--out", str(tmp_path / "p.coreview"), "--dry-run"]) == 0
    lines = capsys.readouterr().out.splitlines()
    header = next(i for i, line in enumerate(lines) if "colleague" in line and "Total" in line)
    assert lines[header + 1].split()[0] != "employer"
    assert lines[header + 1].split()[-1].isdigit()  # the first employer's row follows at once


def test_the_package_preview_says_how_many_private_contacts_go_in(tmp_path, capsys):
    """The preview's table counts flagged private contacts going in; its first line said
    only that the private contacts stay on this computer."""
    from model.synthetic.generator import write_sample

    zip_path, _ = write_sample(tmp_path / "export", seed=5, n_contacts=120)
    assert main(["package", str(zip_path), "--out", str(tmp_path / "p.coreview"), "--dry-run"]) == 0
    lines = capsys.readouterr().out.splitlines()
    total = next(line for line in lines if line.startswith("Total")).split()
    private = int(total[-2])  # the private column, before Total
    assert "of them private); your other" in lines[0] and f"{private} of them private" in lines[0]


def test_a_positions_file_of_binary_junk_is_one_warning(tmp_path, capsys):
    """A Positions.csv of binary junk in the export gave two warnings that contradict each
    other: "read as Windows-1252, check the accented names" and "could not be read"."""
    import zipfile

    from model.synthetic.generator import write_sample

    zip_path, _ = write_sample(tmp_path / "export", seed=5, n_contacts=60)
    junk = tmp_path / "Basic_LinkedInDataExport_01-02-2025.zip"
    noise = bytes(range(256)) * 40
    with zipfile.ZipFile(zip_path) as src, zipfile.ZipFile(junk, "w") as out:
        for info in src.infolist():
            data = noise if info.filename.endswith("Positions.csv") else src.read(info)
            out.writestr(info.filename, data)
    assert main(["inspect", str(junk)]) == 0
    said = [line for line in capsys.readouterr().out.splitlines() if "Positions.csv" in line]
    assert len(said) == 1 and "could not be read" in said[0], said
