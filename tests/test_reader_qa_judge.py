"""Reader and batch defects found by an outside judge's QA (2026-11-30): each said plainly,
in one line naming the file, in both languages; nothing left out silently."""

from __future__ import annotations

import pandas as pd
import pytest

from model.errors import InputError
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
    [warning] = [
        w for w in export.report.warnings if getattr(w, "key", "") == "note.duplicate_columns"
    ]
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
    [warning] = [
        w for w in export.report.warnings if getattr(w, "key", "") == "note.duplicate_columns"
    ]
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


@pytest.mark.parametrize("keep", [4, 100, 0.5, -22, -1])
def test_a_zip_cut_short_is_said_plainly_in_both_languages(tmp_path, keep):
    import zipfile

    whole = tmp_path / "whole.zip"
    with zipfile.ZipFile(whole, "w", zipfile.ZIP_DEFLATED) as zf:
        header = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
        zf.writestr("Connections.csv", header + "Ann,Jansen,,,Acme,Lead,01 Mar 2020\n" * 500)
    data = whole.read_bytes()
    cut = int(len(data) * keep) if isinstance(keep, float) else keep
    source = tmp_path / "Basic_LinkedInDataExport_01-02-2025.zip"
    source.write_bytes(data[:cut])
    with pytest.raises(InputError) as caught:
        read_export(source)
    line = str(caught.value)
    assert line == f"{source}: is a damaged or incomplete zip file (cut short while downloading?)"
    dutch = caught.value.problem.text("nl")
    assert "onvolledig zipbestand" in dutch and "File is not" not in dutch


def test_a_gzip_cut_short_is_said_plainly(tmp_path):
    import gzip

    header = b"First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
    data = gzip.compress(header + b"Ann,Jansen,,,Acme,Lead,01 Mar 2020\n" * 3000)
    source = tmp_path / "Connections.csv.gz"
    source.write_bytes(data[: len(data) // 2])
    with pytest.raises(InputError) as caught:
        read_export(source)
    assert (
        str(caught.value) == f"{source}: is an incomplete gzip file (cut short while downloading?)"
    )
    assert "onvolledig gzip-bestand" in caught.value.problem.text("nl")


@pytest.mark.parametrize("encoding", ["utf-32", "utf-32-le", "utf-32-be"])
def test_a_utf32_file_is_read_as_its_utf8_twin(tmp_path, encoding):
    text = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n" + "".join(
        f"Zoë{i},Müller,,,Café {i},Lead,0{1 + i % 9} Mar 2020\n" for i in range(30)
    )
    plain, wide = tmp_path / "plain" / "Connections.csv", tmp_path / "wide" / "Connections.csv"
    for path, data in ((plain, text.encode("utf-8")), (wide, text.encode(encoding))):
        path.parent.mkdir()
        path.write_bytes(data)
    expected, got = read_export(plain), read_export(wide)
    assert got.report.encoding.startswith("utf-32")
    pd.testing.assert_frame_equal(got.contacts, expected.contacts)
    assert got.report.warnings == expected.report.warnings


@pytest.mark.parametrize("rows", [0, 40])
def test_classify_with_an_empty_positions_file_says_it_once(tmp_path, capsys, rows):
    """--positions naming a Positions.csv without a position: one line says the file holds
    none (and what was done instead), never also "no career given"."""
    from model.cli import main

    export = tmp_path / "Connections.csv"
    header = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
    body = "".join(f"Ann{i},Jansen,,,Acme BV,Engineer,0{1 + i % 9} Mar 2020\n" for i in range(rows))
    export.write_text(header + body + "Bob,Vries,,,Other,CEO,02 Mar 2020\n")
    positions = tmp_path / "Positions.csv"
    positions.write_text("Company Name,Title,Description,Location,Started On,Finished On\n")
    out = tmp_path / "o.csv"
    assert main(["classify", str(export), "--out", str(out), "--positions", str(positions)]) == 0
    err = capsys.readouterr().err
    assert "no career given" not in err
    [line] = [x for x in err.splitlines() if "positions" in x.lower()]
    assert f"{positions} holds no positions" in line


def _summary(folder) -> dict[str, dict]:
    import csv
    from pathlib import Path

    with open(folder / "summary.csv", newline="", encoding="utf-8") as fh:
        return {Path(r["input"]).name: r for r in csv.DictReader(fh)}


def test_batch_lists_fifos_and_broken_links_found_in_a_folder_as_skipped(tmp_path):
    """Every file found is a row of summary.csv: a named pipe (never opened: reading it
    would wait forever) and a link whose target is gone are skipped, each with its reason."""
    import os
    import threading

    from model.batch import run_batch

    folder = tmp_path / "in"
    folder.mkdir()
    header = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
    (folder / "a.csv").write_text(header + "Ann,Jansen,,,Acme,Lead,01 Mar 2020\n")
    os.mkfifo(folder / "pipe.csv")
    os.mkfifo(folder / "pipe")
    (folder / "gone.zip").symlink_to(tmp_path / "nowhere.zip")
    (folder / "loop.csv").symlink_to(folder / "loop.csv")
    results: list = []
    worker = threading.Thread(target=lambda: results.append(run_batch([folder], tmp_path / "o")))
    worker.start()
    worker.join(timeout=120)
    if worker.is_alive():  # a FIFO was opened: unblock it so the test ends, then fail
        for name in ("pipe.csv", "pipe"):
            fd = os.open(folder / name, os.O_WRONLY | os.O_NONBLOCK)
            os.close(fd)
        worker.join()
        pytest.fail("batch opened a FIFO")
    rows = _summary(tmp_path / "o")
    assert {n: r["status"] for n, r in rows.items()} == {
        "a.csv": "ok",
        "pipe.csv": "skipped",
        "pipe": "skipped",
        "gone.zip": "skipped",
        "loop.csv": "skipped",
    }
    assert rows["pipe.csv"]["error"].startswith(str(folder / "pipe.csv") + ": ")
    assert "named pipe" in rows["pipe.csv"]["error"] and "named pipe" in rows["pipe"]["error"]
    assert "broken link" in rows["gone.zip"]["error"] and "nowhere.zip" in rows["gone.zip"]["error"]
    assert "broken link" in rows["loop.csv"]["error"]
    assert all("\n" not in r["error"] for r in rows.values())
    assert sorted(p.name for p in folder.iterdir()) == sorted(rows)  # nothing changed


def test_the_skip_reasons_of_odd_files_are_said_in_dutch():
    from model.messages import Message

    for key, fields in (
        ("batch.fifo", {}),
        ("batch.broken_link", {"target": "x.zip"}),
        ("batch.special_file", {}),
    ):
        message = Message(key, **fields)
        assert message.text("nl") != str(message)


def test_a_repeated_column_of_positions_csv_is_said_too(tmp_path):
    import zipfile

    source = tmp_path / "Basic_LinkedInDataExport_01-02-2025.zip"
    header = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
    with zipfile.ZipFile(source, "w") as zf:
        zf.writestr("Connections.csv", header + "Ann,Jansen,,,Acme,Lead,01 Mar 2020\n")
        zf.writestr(
            "Positions.csv",
            "Company Name,Title,Description,Location,Started On,Finished On,Started On\n"
            "Acme,Lead,,,Jan 2019,,Mar 2019\n",
        )
    export = read_export(source)
    [warning] = [
        w for w in export.report.warnings if getattr(w, "key", "") == "note.duplicate_columns"
    ]
    assert "Positions.csv" in warning and "'Started On', 'Started On'" in warning
    assert "5, 7" in warning
    [position] = export.career.positions
    assert position.start.month == 1  # the first, as before


@pytest.mark.parametrize("odd", ["fifo", "broken link"])
def test_an_export_folder_whose_connections_csv_is_no_file_says_so(tmp_path, odd):
    import os

    folder = tmp_path / "Basic_LinkedInDataExport_01-02-2025"
    folder.mkdir()
    (folder / "Positions.csv").write_text("Company Name,Title,Started On,Finished On\n")
    entry = folder / "Connections.csv"
    if odd == "fifo":
        os.mkfifo(entry)  # opening it would wait for a writer for ever
    else:
        entry.symlink_to(tmp_path / "gone.csv")
    with pytest.raises(InputError) as caught:
        read_export(folder)
    assert caught.value.path == entry
    assert "is not a regular file" in str(caught.value)
    assert "geen gewoon bestand" in caught.value.text("nl")
