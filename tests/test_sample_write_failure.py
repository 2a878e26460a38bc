"""`sample --out DIR` that fails to write (a full disk) takes back the folders it created and
the files it moved, and never removes anything that was there before."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest

import model.synthetic
from model.cli import main


def _full_disk(out_dir, **_kwargs):
    Path(out_dir, "Basic_LinkedInDataExport.zip").write_bytes(b"PK")  # a part written, then:
    raise OSError(errno.ENOSPC, "No space left on device")


def test_a_full_disk_leaves_no_folder_it_created(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(model.synthetic, "write_sample", _full_disk)
    out = tmp_path / "new" / "deeper"
    assert main(["sample", "--out", str(out), "--contacts", "20"]) == 2
    assert "No space left on device" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []  # both folders it made are gone


def test_a_full_disk_keeps_a_folder_that_was_there(tmp_path, monkeypatch):
    monkeypatch.setattr(model.synthetic, "write_sample", _full_disk)
    out = tmp_path / "mine"
    out.mkdir()
    (out / "notes.txt").write_text("keep me")
    assert main(["sample", "--out", str(out / "sub"), "--contacts", "20"]) == 2
    assert sorted(p.name for p in out.iterdir()) == ["notes.txt"]
    assert (out / "notes.txt").read_text() == "keep me"


def test_a_failure_after_the_first_file_arrived_takes_it_back(tmp_path, monkeypatch):
    real_rename = Path.rename
    calls = []

    def rename_then_fail(self, target):
        calls.append(target)
        if len(calls) == 2:
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_rename(self, target)

    monkeypatch.setattr(Path, "rename", rename_then_fail)
    out = tmp_path / "made"
    assert main(["sample", "--out", str(out), "--contacts", "20"]) == 2
    assert not out.exists()


def test_an_unknown_profession_creates_nothing(tmp_path):
    out = tmp_path / "typo"
    assert main(["sample", "--out", str(out), "--profession", "astronaut"]) == 2
    assert not out.exists()


@pytest.mark.parametrize("existing", [False, True])
def test_a_successful_sample_still_writes_both_files(tmp_path, existing):
    out = tmp_path / "ok"
    if existing:
        out.mkdir()
    assert main(["sample", "--out", str(out), "--contacts", "20"]) == 0
    assert len(list(out.glob("*.zip"))) == 1 and (out / "labels.csv").is_file()
