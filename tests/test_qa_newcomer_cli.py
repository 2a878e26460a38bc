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


def test_text_reversing_characters_are_removed_from_what_was_read(tmp_path):
    """A right-to-left override (U+202E) in a name showed "Ann Jansen" as "nesnaJ nnA" in
    the table and carried on into the exports; such controls have no place in a name."""
    from model.readers import read_export

    path = tmp_path / "Connections.csv"
    original = (
        "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
        "\u202eAnn,Jansen,u1,,Acme B.V.,Buyer,05 Mar 2021\n"
        "Bob,de Vries,u2,,\u2067Beta\u2069 N.V.,Inkoper\u202d,06 Mar 2021\n"
        "Émile,Sørensen,u3,,Ça Va B.V.,Verkoper,07 Mar 2021\n"
    ).encode()
    path.write_bytes(original)
    export = read_export(path)
    contacts = export.contacts
    assert list(contacts["first_name"]) == ["Ann", "Bob", "Émile"]
    assert list(contacts["company"]) == ["Acme B.V.", "Beta N.V.", "Ça Va B.V."]
    assert list(contacts["position"]) == ["Buyer", "Inkoper", "Verkoper"]
    assert any("turn text around" in w and "Connections.csv" in w for w in export.report.warnings)
    assert path.read_bytes() == original  # the file itself is never changed


def test_train_in_the_bundle_does_not_send_the_user_to_a_pip_it_lacks(monkeypatch, capsys):
    """The bundle (PyInstaller, sys.frozen) has no scikit-learn and no pip: `train` told its
    user to run `pip install 'contact-ownership[train]'` as if they had a Python package."""
    monkeypatch.setattr("sys.frozen", True, raising=False)
    assert cli.main(["train", "--out", "anywhere"]) == 2
    err = capsys.readouterr().err
    assert "train is not part of the installed program" in err and "Python package" in err


def test_setup_installs_without_setuptools_boxed_warning():
    """`bash packaging/setup.sh` (the README's first command) ended in a '!!' box about
    folders named like the package: noise that looks like a failure to a newcomer."""
    from pathlib import Path

    script = (Path(__file__).parents[1] / "packaging" / "setup.sh").read_text()
    install = [line for line in script.splitlines() if "pip install -q -e" in line]
    assert install and all(line.startswith("PYTHONWARNINGS=ignore ") for line in install)


def test_a_position_starting_in_the_future_is_said(tmp_path, capsys):
    """A Positions.csv job starting in Jan 2030 (a typo for 2020) was taken silently: the
    contacts of the gap before it were attributed to it without a word."""
    export = tmp_path / "Connections.csv"
    export.write_text(
        "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
        "Ann,Jansen,u1,,Acme B.V.,Inkoper,05 Mar 2021\n",
        encoding="utf-8",
    )
    positions = tmp_path / "Positions.csv"
    positions.write_text(
        "Company Name,Title,Description,Location,Started On,Finished On\n"
        "Acme B.V.,Buyer,,,Jan 2030,\nBeta,Buyer,,,Jan 2015,Dec 2020\n",
        encoding="utf-8",
    )
    out = tmp_path / "out.csv"
    assert cli.main(["classify", str(export), "--positions", str(positions), "-o", str(out)]) == 0
    err = capsys.readouterr().err
    assert "Positions.csv line 2: Acme B.V. starts in Jan 2030, in the future" in err
    assert "Beta" not in err.split("starts in")[0]  # the past job is not named


def test_a_vcard_carries_no_control_characters(tmp_path, capsys):
    """A name with a bell and a terminal escape, a title with a vertical tab and form feed:
    the hand-over vCard carried them raw, which address books refuse or break lines on."""
    export = tmp_path / "Connections.csv"
    export.write_bytes(
        b"First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
        b'"Bob\x07\x1b[31m",de Vries,u2,,Acme B.V.,"Buyer\x0b\x0c\x01\tlead",06 Mar 2021\n'
    )
    out = tmp_path / "private.vcf"
    assert cli.main(["handover", str(export), "--private", "-o", str(out)]) == 0
    card = out.read_bytes().decode("utf-8")
    body = card.replace("\r\n", "")
    assert not any(ord(ch) < 32 or ord(ch) == 127 for ch in body), repr(card)
    assert "FN:Bob[31m de Vries" in body and "TITLE:Buyer lead" in body


def test_inspect_says_kept_and_marked_only_of_duplicates_there_are(tmp_path, capsys):
    export = tmp_path / "Connections.csv"
    row = "Ann,Jansen,https://www.linkedin.com/in/ann,,Acme B.V.,Inkoper,05 Mar 2021\n"
    header = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
    export.write_text(header + row, encoding="utf-8")
    assert cli.main(["inspect", str(export)]) == 0
    assert "duplicates:    0\n" in capsys.readouterr().out  # not "0 (kept, marked as …)"
    export.write_text(header + row + row, encoding="utf-8")
    assert cli.main(["inspect", str(export)]) == 0
    assert "duplicates:    1 (kept, marked as duplicates)" in capsys.readouterr().out
