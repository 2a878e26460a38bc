"""An OSError no check foresaw (a batch folder the user may not list, say) is one line in the
user's language: the usual reasons come from the catalog, not the C library's English
("Permission denied"), which a bundle without system locales always prints."""

from __future__ import annotations

import errno
from pathlib import Path

from model.cli import main


def test_a_folder_that_cannot_be_listed_is_refused_in_dutch(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("LANG", "nl_NL.UTF-8")
    folder = tmp_path / "geheim"
    folder.mkdir()
    real_iterdir = Path.iterdir

    def refusing(self):
        if self == folder:
            raise PermissionError(errno.EACCES, "Permission denied", str(folder))
        return real_iterdir(self)

    monkeypatch.setattr(Path, "iterdir", refusing)
    assert main(["batch", str(folder), "--out", str(tmp_path / "uit")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and str(folder) in err
    assert "fout" in err and "geen toestemming" in err
    assert "Permission denied" not in err


def test_sample_into_a_file_says_why_in_dutch(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("LANG", "nl_NL.UTF-8")
    taken = tmp_path / "taken.csv"
    taken.write_text("x")
    assert main(["sample", "--out", str(taken)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "File exists" not in err and "bestaat al" in err


def test_the_common_os_reasons_have_dutch_words():
    from model.errors import os_reason

    for code, english in [
        (errno.EEXIST, "File exists"),
        (errno.ENOTEMPTY, "Directory not empty"),
        (errno.EIO, "Input/output error"),
        (errno.ELOOP, "Too many levels of symbolic links"),
    ]:
        said = os_reason(OSError(code, english))
        assert str(said) == english
        assert said.text("nl") != english
