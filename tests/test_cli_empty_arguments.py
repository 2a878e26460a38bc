"""An empty file name ("$FILE" with FILE unset) is a usage error naming the argument: never
Path("") — the current folder — read as the export, written into, or an "unexpected error"."""

from __future__ import annotations

import pytest

from model.cli import main
from model.synthetic import write_sample


@pytest.fixture(scope="module")
def export(tmp_path_factory):
    zip_path, _labels = write_sample(tmp_path_factory.mktemp("sample"), seed=5, n_contacts=40)
    return zip_path


@pytest.mark.parametrize(
    ("argv", "named"),
    [
        (["inspect", ""], "argument input"),
        (["classify", "", "--out", "x.csv"], "argument input"),
        (["classify", "{export}", "--out", ""], "argument -o/--out"),
        (["classify", "{export}", "--out", "x.csv", "--positions", ""], "argument --positions"),
        (["classify", "{export}", "--out", "x.csv", "--labels", ""], "argument --labels"),
        (["batch", "{export}", "", "--out", "b"], "argument inputs"),
        (["package", "{export}", "--out", "", "--yes"], "argument -o/--out"),
        (["sample", "--out", ""], "argument -o/--out"),
        (["handover", "{export}", "--private", "--out", ""], "argument -o/--out"),
    ],
)
def test_an_empty_file_name_is_a_usage_error(argv, named, export, tmp_path, monkeypatch, capsys):
    (tmp_path / "Connections.csv").write_bytes(b"")  # what "." would be read as
    monkeypatch.chdir(tmp_path)
    with pytest.raises(SystemExit) as exit_:
        main([a.replace("{export}", str(export)) for a in argv])
    assert exit_.value.code == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("contact-ownership: error: ") and "\n" not in err
    assert f"{named}: an empty file name" in err and "unexpected" not in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["Connections.csv"]  # nothing written


def test_an_empty_file_name_in_dutch(export, capsys):
    with pytest.raises(SystemExit):
        main(["--language", "nl", "package", str(export), "--out", "", "--yes"])
    assert "argument -o/--out: een lege bestandsnaam" in capsys.readouterr().err


@pytest.mark.parametrize("variant", ["", "excel97"])
def test_an_unknown_excel_variant_of_sample_is_said_before_writing(variant, tmp_path, capsys):
    out = tmp_path / "sample"
    assert main(["sample", "--out", str(out), "--excel", variant]) == 2
    err = capsys.readouterr().err.strip()
    assert err == (
        f"contact-ownership: error: unknown Excel variant {variant!r}; choose from: utf8-bom, "
        "cp1252, utf16-tab, semicolon, dots, dmy-abbr, dutch-month, iso, crlf"
    )
    assert not out.exists()


@pytest.mark.parametrize(
    ("argv", "lang", "said"),
    [
        (["open", ""], "C.UTF-8", "contact-ownership: error: argument file: an empty file name"),
        (
            ["open", ""],
            "nl_NL.UTF-8",
            "contact-ownership: fout: argument bestand: een lege bestandsnaam",
        ),
        ([""], "C.UTF-8", "contact-ownership: error: argument COMMAND: invalid choice: ''"),
    ],
)
def test_the_app_refuses_an_empty_file_rather_than_open_this_folder(
    argv, lang, said, export, tmp_path, monkeypatch
):
    import os
    import subprocess
    import sys
    from pathlib import Path

    (tmp_path / "Connections.csv").write_bytes(export.read_bytes())  # "." would open
    env = dict(os.environ, LANG=lang, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(Path.cwd()))
    env["CONTACT_OWNERSHIP_DATA"] = str(tmp_path / "data")
    proc = subprocess.run(
        [sys.executable, "-m", "model", *argv],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 2
    assert proc.stderr.strip().startswith(said) and proc.stderr.strip().count("\n") == 0
    assert not (tmp_path / "data").exists()  # no window, no review started
