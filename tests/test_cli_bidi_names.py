"""A file's name cannot turn the command line's message around (qa6, 2026-11-30): a name
holding U+202E ("rtl\u202evsc.exe.csv") was printed as it is, and a terminal showed
"rtlcsv.exe.csv" — the readers remove these characters from names in the file, the
messages naming the file kept them. They are written as escapes, like newlines."""

from __future__ import annotations

import pytest

from model.cli import main, printable


@pytest.mark.parametrize("control", ["\u202e", "\u202b", "\u2067"])
def test_a_direction_control_in_a_file_name_is_escaped(tmp_path, capsys, control):
    source = tmp_path / f"rtl{control}vsc.exe.csv"
    source.write_text("First Name,Last Name,Company\n")
    assert main(["inspect", str(source)]) == 2
    err = capsys.readouterr().err
    assert control not in err
    assert f"rtl\\u{ord(control):04x}vsc.exe.csv" in err
    assert err.count("\n") == 1  # still one line


def test_arabic_and_hebrew_letters_are_left_alone():
    assert printable("ملف_עברית.csv") == "ملف_עברית.csv"
