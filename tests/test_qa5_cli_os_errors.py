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
