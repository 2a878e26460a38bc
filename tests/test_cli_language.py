"""The command line speaks the user's language: --language, else the locale (LC_ALL,
LC_MESSAGES, LANG, LANGUAGE the POSIX/gettext way); English for C, POSIX, unset or others."""

import os
import subprocess
import sys

import openpyxl
import pytest

from model import messages
from model.cli import main
from model.messages import locale_language


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({}, "en"),
        ({"LANG": "C"}, "en"),
        ({"LANG": "C.UTF-8"}, "en"),
        ({"LANG": "POSIX"}, "en"),
        ({"LANG": "nl"}, "nl"),
        ({"LANG": "nl_NL"}, "nl"),
        ({"LANG": "nl_BE.UTF-8"}, "nl"),
        ({"LANG": "nl_NL.UTF-8@euro"}, "nl"),
        ({"LANG": "de_DE.UTF-8"}, "en"),
        ({"LANG": "en_GB.UTF-8"}, "en"),
        ({"LC_ALL": "C", "LANG": "nl_NL.UTF-8"}, "en"),  # LC_ALL overrides LANG
        ({"LC_ALL": "nl_NL.UTF-8", "LANG": "en_US.UTF-8"}, "nl"),
        ({"LC_MESSAGES": "nl_NL.UTF-8", "LANG": "en_US.UTF-8"}, "nl"),
        ({"LC_ALL": "en_US.UTF-8", "LC_MESSAGES": "nl_NL.UTF-8"}, "en"),
        ({"LC_ALL": "", "LANG": "nl_NL.UTF-8"}, "nl"),  # an empty variable counts as unset
        ({"LANG": "en_US.UTF-8", "LANGUAGE": "nl:en"}, "nl"),  # LANGUAGE first
        ({"LANG": "nl_NL.UTF-8", "LANGUAGE": "en"}, "en"),
        ({"LANG": "de_DE.UTF-8", "LANGUAGE": "fr:nl_BE"}, "nl"),  # first one we speak
        ({"LANG": "nl_NL.UTF-8", "LANGUAGE": "fr"}, "en"),  # none: untranslated, as gettext
        ({"LANG": "C.UTF-8", "LANGUAGE": "nl"}, "en"),  # gettext ignores LANGUAGE under C
        ({"LANGUAGE": "nl"}, "en"),  # ... and with no locale set at all
    ],
)
def test_locale_language_follows_posix_and_gettext(environ, expected):
    assert locale_language(environ) == expected


def _dutch(monkeypatch, **more):
    monkeypatch.setenv("LANG", "nl_NL.UTF-8")
    for name, value in more.items():
        monkeypatch.setenv(name, value)


def test_a_dutch_locale_gets_a_dutch_error(tmp_path, monkeypatch, capsys):
    _dutch(monkeypatch)
    missing = tmp_path / "weg.csv"
    assert main(["inspect", str(missing)]) == 2
    err = capsys.readouterr().err
    assert err == f"contact-ownership: fout: {missing}: bestaat niet\n"
    assert messages.current_language() == "en"  # nothing left behind for the next call


def test_a_dutch_locale_gets_dutch_results(tmp_path, monkeypatch, capsys):
    _dutch(monkeypatch)
    assert main(["sample", "-o", str(tmp_path), "--contacts", "60"]) == 0
    out = capsys.readouterr().out
    assert "geschreven (gegenereerde, fictieve personen)" in out, out
    export = next(tmp_path.glob("*.zip"))
    assert main(["classify", str(export), "-o", str(tmp_path / "out.csv")]) == 0
    last = capsys.readouterr().err.splitlines()[-1]
    assert last.startswith(f"{tmp_path / 'out.csv'} geschreven: 60 contacten: "), last
    assert " werk, " in last and " privé, " in last and " gemarkeerd" in last, last


@pytest.mark.parametrize("lang", ["C", "C.UTF-8", None])
def test_c_or_no_locale_is_english(tmp_path, monkeypatch, capsys, lang):
    if lang is None:
        monkeypatch.delenv("LANG")
    else:
        monkeypatch.setenv("LANG", lang)
    missing = tmp_path / "gone.csv"
    assert main(["inspect", str(missing)]) == 2
    assert capsys.readouterr().err == f"contact-ownership: error: {missing}: does not exist\n"
    assert main(["sample", "-o", str(tmp_path), "--contacts", "30"]) == 0
    assert "(generated, fictitious people)" in capsys.readouterr().out


def test_lc_all_overrides_lang(tmp_path, monkeypatch, capsys):
    _dutch(monkeypatch, LC_ALL="C")
    assert main(["inspect", str(tmp_path / "gone.csv")]) == 2
    assert ": error: " in capsys.readouterr().err
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    monkeypatch.setenv("LC_ALL", "nl_BE.UTF-8")
    assert main(["inspect", str(tmp_path / "gone.csv")]) == 2
    assert ": fout: " in capsys.readouterr().err


def test_the_language_option_overrides_the_locale(tmp_path, monkeypatch, capsys):
    _dutch(monkeypatch)
    missing = tmp_path / "gone.csv"
    assert main(["--language", "en", "inspect", str(missing)]) == 2
    assert capsys.readouterr().err == f"contact-ownership: error: {missing}: does not exist\n"
    monkeypatch.setenv("LANG", "C.UTF-8")
    assert main(["--language", "nl", "inspect", str(missing)]) == 2
    assert capsys.readouterr().err == f"contact-ownership: fout: {missing}: bestaat niet\n"


def test_a_real_process_speaks_its_locale(tmp_path):
    missing = tmp_path / "weg.csv"
    env = {**os.environ, "LANG": "nl_NL.UTF-8"}
    result = subprocess.run(
        [sys.executable, "-m", "model", "inspect", str(missing)],
        capture_output=True,
        text=True,
        env=env,
        stdin=subprocess.DEVNULL,
        timeout=120,
    )
    assert result.returncode == 2
    assert result.stderr == f"contact-ownership: fout: {missing}: bestaat niet\n"


def _sheets(path) -> list[str]:
    return openpyxl.load_workbook(path, read_only=True).sheetnames


def test_report_follows_the_command_lines_language(package, tmp_path, monkeypatch, capsys):
    _dutch(monkeypatch)
    assert main(["report", str(package), "-o", str(tmp_path / "nl.xlsx")]) in (0, 1)
    assert "Contacten" in _sheets(tmp_path / "nl.xlsx")
    assert "geschreven" in capsys.readouterr().err
    # its own --language still wins, and so does the command line's
    assert main(["report", str(package), "-o", str(tmp_path / "en.xlsx"), "--language", "en"]) in (
        0,
        1,
    )
    assert "Contacts" in _sheets(tmp_path / "en.xlsx")
    assert main(["--language", "en", "report", str(package), "-o", str(tmp_path / "e.xlsx")]) in (
        0,
        1,
    )
    assert "Contacts" in _sheets(tmp_path / "e.xlsx")


def test_hr_commands_speak_dutch(package, tmp_path, monkeypatch, capsys):
    _dutch(monkeypatch)
    assert main(["verify", str(package)]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"{package}: OK — ") and "onderdelen kloppen met het manifest" in out
    monkeypatch.setenv("LANG", "C.UTF-8")
    assert main(["verify", str(package)]) == 0
    assert "members match the manifest" in capsys.readouterr().out


def test_batch_speaks_dutch(tmp_path, monkeypatch, capsys):
    _dutch(monkeypatch)
    inputs = tmp_path / "in"
    assert main(["sample", "-o", str(inputs), "--contacts", "30"]) == 0
    capsys.readouterr()
    assert main(["batch", str(inputs), "-o", str(tmp_path / "out"), "--jobs", "1"]) == 0
    err = capsys.readouterr().err
    assert f"1 van 1 invoerbestanden ingedeeld in {tmp_path / 'out'} (summary.csv)" in err, err
    assert "; 1 ander bestand overgeslagen (geen export)" in err  # the sample's labels.csv
    assert "contact-ownership: overgeslagen: " in err
