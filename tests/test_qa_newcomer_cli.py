"""The command line as a newcomer first meets it: `contact-ownership EXPORT` and
`contact-ownership open --help`."""

from __future__ import annotations

import pytest

from model import cli


def test_an_export_given_without_a_command_opens_in_the_app(tmp_path, monkeypatch, capsys):
    """`contact-ownership Connections.csv` said "invalid choice" and listed the commands;
    like a double click (and `python -m desktop FILE`) it opens the file."""
    export = tmp_path / "Connections.csv"
    export.write_text("First Name,Last Name\n")
    opened = []
    monkeypatch.setattr("desktop.app.main", lambda argv: opened.append(list(argv)) or 0)
    assert cli.main([str(export)]) == 0
    assert opened == [[str(export)]]
    # a word that is neither a command nor a file is still a usage error
    with pytest.raises(SystemExit) as exit_:
        cli.main([str(tmp_path / "nope.csv")])
    assert exit_.value.code == 2 and "invalid choice" in capsys.readouterr().err
    assert opened == [[str(export)]]


def test_open_help_speaks_to_the_user(capsys):
    """`contact-ownership open --help` printed the module's docstring: reStructuredText
    quotes and how pandas is imported on a worker thread."""
    from desktop.app import _parse

    with pytest.raises(SystemExit):
        _parse(["--help"])
    text = capsys.readouterr().out
    assert "usage: contact-ownership open" in text
    assert "``" not in text and "thread" not in text and "pandas" not in text
    assert "review package" in text  # what it opens, in the user's words


def test_the_command_names_are_the_parsers():
    choices = cli._parser()._subparsers._group_actions[0].choices
    assert set(choices) == cli._COMMANDS
