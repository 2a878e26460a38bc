"""Reader and batch defects found by an outside judge's QA (2026-11-30): each said plainly,
in one line naming the file, in both languages; nothing left out silently."""

from __future__ import annotations

import pytest

from model.messages import message_text
from model.readers import read_export


def _keys(export) -> list[str]:
    return [getattr(w, "key", "") for w in export.report.warnings]


@pytest.mark.parametrize("stream", [0, 20])
def test_a_repeated_column_is_said_with_the_file_and_the_first_is_read(tmp_path, stream):
    header = b"First Name,Last Name,URL,Email Address,Company,Position,Connected On,Company\n"
    body = b"".join(
        f"Ann{i},Jansen{i},https://x.example/{i},,Acme,Lead,01 Mar 2020,Other BV\n".encode()
        for i in range(60)
    )
    source = tmp_path / "Connections.csv"
    source.write_bytes(header + body)
    export = read_export(source, stream_above=stream, chunk_rows=stream)
    assert (export.stream is not None) == bool(stream)
    [warning] = [w for w in export.report.warnings if w.key == "note.duplicate_columns"]
    assert "Connections.csv" in warning and "'Company'" in warning and "5, 8" in warning
    assert "\n" not in warning
    assert "Connections.csv" in warning.text("nl") and "kolom" in warning.text("nl")
    contacts = export.contacts if not stream else next(iter(export.stream))
    assert set(contacts["company"]) == {"Acme"}  # the first, as before


@pytest.mark.parametrize("stream", [0, 20])
def test_two_spellings_of_one_column_are_said_too(tmp_path, stream):
    header = b"First Name,Last Name,Title,Company,Position,Connected On\n"
    body = b"".join(f"Ann{i},Jansen{i},Boss,Acme,Lead,01 Mar 2020\n".encode() for i in range(60))
    source = tmp_path / "Connections.csv"
    source.write_bytes(header + body)
    export = read_export(source, stream_above=stream, chunk_rows=stream)
    [warning] = [w for w in export.report.warnings if w.key == "note.duplicate_columns"]
    assert "'Title', 'Position'" in warning and "3, 5" in warning


@pytest.mark.parametrize("stream", [0, 20])
def test_a_missing_position_column_is_noted_with_the_file(tmp_path, stream):
    header = b"First Name,Last Name,URL,Email Address,Company,Connected On\n"
    body = b"".join(
        f"Ann{i},Jansen{i},https://x.example/{i},,Acme,01 Mar 2020\n".encode() for i in range(60)
    )
    source = tmp_path / "Connections.csv"
    source.write_bytes(header + body)
    export = read_export(source, stream_above=stream, chunk_rows=stream)
    assert (export.stream is not None) == bool(stream)
    [note] = [w for w in export.report.notes if getattr(w, "key", "") == "note.no_position_column"]
    assert "Connections.csv" in note and "Position" in note
    assert "Connections.csv" in note.text("nl")
    assert "note.duplicate_columns" not in _keys(export)


def test_a_linkedin_file_with_every_column_has_no_column_note(tmp_path):
    header = b"First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
    source = tmp_path / "Connections.csv"
    source.write_bytes(header + b"Ann,Jansen,https://x.example/a,,Acme,Lead,01 Mar 2020\n")
    keys = _keys(read_export(source))
    assert not {"note.duplicate_columns", "note.no_position_column"} & set(keys)


def test_catalog_has_the_new_wordings_in_dutch():
    for key in ("note.duplicate_columns", "note.no_position_column"):
        fields = {"file": "C.csv", "n": 2, "names": "'A', 'B'", "numbers": "1, 2"}
        assert message_text(key, "nl", **fields) != message_text(key, "en", **fields)
