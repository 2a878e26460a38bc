"""The command line's help and argparse's own words (usage, its errors) in the user's language:
Dutch under a Dutch locale or ``--language nl``, English unchanged otherwise."""

from __future__ import annotations

import argparse
import gettext
import subprocess
import sys
from pathlib import Path

import pytest

from model import argparse_words
from model.catalog import CATALOGS
from model.cli import _COMMANDS, _language_asked, _parser, argparse_speaking, main
from model.messages import speaking

HELP_KEYS = [k for k in CATALOGS["en"] if k.startswith("help.")]
COMMANDS = sorted(_COMMANDS - {"open"})  # `open` starts the app


@pytest.fixture(autouse=True)
def _wide(monkeypatch):
    """A wide terminal: argparse breaks long help lines, also at a hyphen."""
    monkeypatch.setenv("COLUMNS", "400")


def _flat(text: str) -> str:
    return " ".join(text.split())


def _help(capsys, argv) -> str:
    with pytest.raises(SystemExit) as done:
        main(argv)
    assert done.value.code == 0
    return _flat(capsys.readouterr().out)


def _error(capsys, argv) -> str:
    with pytest.raises(SystemExit) as done:
        main(argv)
    assert done.value.code == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1, err  # one line, as every error of ours
    return err.strip()


def _helps(language: str) -> dict[str, list[str]]:
    """Per command (and "" for the program), the help texts of its options, as built."""
    with speaking(language), argparse_speaking():
        parser = _parser()
    subparsers = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    out = {"": [a.help for a in parser._actions if a.help]}
    out[""] += [a.help for a in subparsers._choices_actions]
    for name, sub in subparsers.choices.items():
        out[name] = [a.help for a in sub._actions if a.help]
    return out


def test_every_help_text_is_dutch_in_dutch_and_english_in_english():
    dutch = {CATALOGS["nl"][k] for k in HELP_KEYS} | {CATALOGS["nl"]["argparse.help"]}
    english = {CATALOGS["en"][k] for k in HELP_KEYS} | {CATALOGS["en"]["argparse.help"]}
    for command, texts in _helps("nl").items():
        assert texts and set(texts) <= dutch, command
    for command, texts in _helps("en").items():
        assert texts and set(texts) <= english, command


def test_the_program_help_in_english_is_as_before(capsys):
    text = _help(capsys, ["--help"])
    assert text.startswith("usage: contact-ownership [-h] [--version] [--language {en,nl}] COMMAND")
    for words in (
        "Suggest, for each exported contact, whether it was acquired for work",
        "positional arguments: COMMAND open open the desktop app (also: no command at all)",
        "options: -h, --help show this help message and exit --version show program's version",
        "--language {en,nl} the language of messages and outputs",
    ):
        assert words in text, text


@pytest.mark.parametrize("how", ["locale", "option"])
def test_the_program_help_in_dutch(capsys, monkeypatch, how):
    argv = ["--help"]
    if how == "locale":
        monkeypatch.setenv("LANG", "nl_NL.UTF-8")
    else:
        argv = ["--language", "nl", "--help"]
    text = _help(capsys, argv)
    assert text.startswith(
        "gebruik: contact-ownership [-h] [--version] [--language {en,nl}] OPDRACHT"
    )
    for words in (
        "Stelt per geëxporteerd contact voor of het voor het werk",
        "positionele argumenten: OPDRACHT open de desktop-app openen",
        "batch veel exports in één map indelen, met summary.csv",
        "opties: -h, --help deze hulptekst tonen en stoppen --version het versienummer",
    ):
        assert words in text, text
    assert "usage" not in text and "options:" not in text


@pytest.mark.parametrize("command", COMMANDS)
def test_each_command_help_in_dutch_and_english(capsys, monkeypatch, command):
    english = _help(capsys, [command, "--help"])
    assert english.startswith(f"usage: contact-ownership {command} ")
    assert "options: -h, --help show this help message and exit" in english
    monkeypatch.setenv("LC_ALL", "nl_NL.UTF-8")
    dutch = _help(capsys, [command, "--help"])
    assert dutch.startswith(f"gebruik: contact-ownership {command} ")
    assert "opties: -h, --help deze hulptekst tonen en stoppen" in dutch
    for text in _helps("nl")[command]:
        assert _flat(text) in dutch, text
    # --language en overrides the Dutch locale, and gives the same help as the C locale
    assert _help(capsys, ["--language", "en", command, "--help"]) == english


@pytest.mark.parametrize(
    ("argv", "english", "dutch"),
    [
        (
            ["batch"],
            "error: the following arguments are required: inputs, -o/--out "
            "(see `contact-ownership batch --help`)",
            "fout: de volgende argumenten zijn verplicht: invoer, -o/--out "
            "(zie `contact-ownership batch --help`)",
        ),
        (
            ["sample", "-o", "x", "--layout", "2020"],
            "error: argument --layout: invalid choice: '2020' (choose from 'current', '2019', "
            "'2018')",
            "fout: argument --layout: ongeldige keuze: '2020' (kies uit 'current', '2019', '2018')",
        ),
        (
            ["sampel"],
            "error: argument COMMAND: invalid choice: 'sampel' (choose from 'open',",
            "fout: argument OPDRACHT: ongeldige keuze: 'sampel' (kies uit 'open',",
        ),
        (  # named as the usage line shows it, not by its English dest ("action")
            ["desktop-entry", "frobnicate"],
            "error: argument {install,remove}: invalid choice: 'frobnicate' (choose from "
            "'install', 'remove')",
            "fout: argument {install,remove}: ongeldige keuze: 'frobnicate' (kies uit "
            "'install', 'remove')",
        ),
        (
            ["inspect", "a", "b"],
            "error: unrecognized arguments: b",
            "fout: onbekende argumenten: b",
        ),
        (
            ["sample", "-o", "x", "--seed", "-3"],
            "error: argument --seed: expected a whole number of 0 or more, not '-3'",
            "fout: argument --seed: verwacht een geheel getal van 0 of meer, niet '-3'",
        ),
        (
            ["batch", "x", "-o", "y", "--jobs", "0"],
            "error: argument --jobs: expected a whole number of at least 1, not '0'",
            "fout: argument --jobs: verwacht een geheel getal van minstens 1, niet '0'",
        ),
        (
            ["handover", "x", "-o", "y"],
            "error: one of the arguments --employer --private is required",
            "fout: een van de argumenten --employer --private is verplicht",
        ),
        (
            ["classify", "x", "-o"],
            "error: argument -o/--out: expected one argument",
            "fout: argument -o/--out: één argument verwacht",
        ),
    ],
)
def test_argparse_errors_in_english_and_dutch(capsys, monkeypatch, argv, english, dutch):
    assert _error(capsys, argv).startswith(f"contact-ownership: {english}")
    assert _error(capsys, ["--language", "nl", *argv]).startswith(f"contact-ownership: {dutch}")
    monkeypatch.setenv("LANG", "nl_NL.UTF-8")
    assert _error(capsys, argv).startswith(f"contact-ownership: {dutch}")


@pytest.mark.parametrize("language", ["en", "nl"])
def test_a_choice_argument_keeps_its_usage_line(capsys, language):
    """Naming a positional with choices by its choices in errors leaves the usage line and
    the help's list of positionals as argparse writes them."""
    out = _help(capsys, ["--language", language, "desktop-entry", "--help"])
    assert " desktop-entry [-h] [--dry-run] {install,remove} " in out
    assert " {install,remove} install: " in out


def test_a_bad_language_is_refused_in_the_locales_language(capsys, monkeypatch):
    monkeypatch.setenv("LANG", "nl_NL.UTF-8")
    err = _error(capsys, ["--language", "fr", "inspect", "x"])
    assert err.startswith("contact-ownership: fout: argument --language: ongeldige keuze: 'fr'")


def test_the_language_is_read_before_the_command_only():
    assert _language_asked(["--language", "nl", "batch"]) == "nl"
    assert _language_asked(["--language=nl", "batch"]) == "nl"
    assert _language_asked(["--lang", "nl", "batch"]) == "nl"  # argparse takes the prefix too
    assert _language_asked(["--language", "fr", "batch"]) is None
    assert _language_asked(["--language"]) is None
    # report's own --language is the report's, not the command line's
    assert _language_asked(["report", "p.coreview", "--language", "nl"]) is None
    assert _language_asked(["--version"]) is None


def test_argparse_plural_forms_come_from_the_catalog():
    with speaking("nl"):
        assert argparse_words.ngettext("expected %s argument", "expected %s arguments", 1) == (
            "%s argument verwacht"
        )
        assert argparse_words.ngettext("expected %s argument", "expected %s arguments", 3) == (
            "%s argumenten verwacht"
        )
        assert argparse_words.ngettext("x %s", "xs %s", 2) == "xs %s"  # not ours: as written
        assert argparse_words.gettext(".__call__() not defined") == ".__call__() not defined"


def test_argparse_is_left_as_it_was_after_a_command(capsys):
    _help(capsys, ["--language", "nl", "batch", "--help"])
    _error(capsys, ["--language", "nl", "batch"])
    assert argparse._ is gettext.gettext and argparse.ngettext is gettext.ngettext
    parser = argparse.ArgumentParser(prog="other")
    assert parser.format_usage().startswith("usage: other")


def test_the_command_speaks_dutch_under_a_dutch_locale_in_a_fresh_process():
    env = {"LANG": "nl_NL.UTF-8", "PATH": "/usr/bin:/bin", "COLUMNS": "100"}
    done = subprocess.run(
        [sys.executable, "-m", "model", "batch", "--help"],
        capture_output=True,
        text=True,
        env=env,
        cwd=str(Path(__file__).resolve().parent.parent),  # this tree's model
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("gebruik: contact-ownership batch")
    assert "exportbestanden of mappen daarmee" in done.stdout
