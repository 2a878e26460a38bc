"""Hostile and broken inputs on the command line: one error line naming the file, no
traceback, no change to any input, and no hang or memory blow-up. All inputs are generated."""

from __future__ import annotations

import csv
import io
import struct
import zipfile
from pathlib import Path

import pytest

from model import batch
from model.cli import main
from model.errors import InputError
from model.readers import dispatch, read_export

HEADER = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"


def _connections(n: int = 5) -> str:
    rows = "".join(
        f"Ann{i},Smith{i},https://www.linkedin.com/in/a{i},,Acme B.V.,Engineer,05 Mar 2021\n"
        for i in range(n)
    )
    return 'Notes:\n"When exporting your connection data..."\n\n' + HEADER + rows


def _one_error_line(capsys, *names: str) -> str:
    err = capsys.readouterr().err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("contact-ownership: error: "), err
    for name in names:
        assert name in lines[0], err
    return lines[0]


def _fingerprint(folder: Path) -> dict[str, tuple[bytes, int]]:
    return {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in folder.iterdir()}


# --- the output never replaces an input ----------------------------------------------------


def test_classify_refuses_an_output_onto_a_file_of_the_input_folder(tmp_path, capsys):
    folder = tmp_path / "export"
    folder.mkdir()
    (folder / "Connections.csv").write_text(_connections())
    (folder / "Positions.csv").write_text(
        "Company Name,Title,Description,Location,Started On,Finished On\nAcme B.V.,Eng,,,Jan 2019,\n"
    )
    before = _fingerprint(folder)
    for name in ("Connections.csv", "Positions.csv"):
        assert main(["classify", str(folder), "--out", str(folder / name)]) == 2
        _one_error_line(capsys, name, "overwrite an input")
    assert _fingerprint(folder) == before


def test_classify_refuses_an_output_onto_the_positions_or_clients_file(tmp_path, capsys):
    export = tmp_path / "Connections.csv"
    export.write_text(_connections())
    clients = tmp_path / "clients.csv"
    clients.write_text("Acme B.V.\n")
    before = clients.read_bytes()
    assert main(["classify", str(export), "--out", str(clients), "--clients", str(clients)]) == 2
    _one_error_line(capsys, "clients.csv", "overwrite an input")
    assert clients.read_bytes() == before


def test_batch_into_its_input_folder_twice_reads_only_the_exports(tmp_path, capsys):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.csv").write_text(_connections(4))
    (folder / "b.csv").write_text(_connections(3))
    before = _fingerprint(folder)
    outputs = ["a.classified.csv", "b.classified.csv", batch.SUMMARY_FILE]
    for _run in range(2):
        assert main(["batch", str(folder), "--out", str(folder)]) == 0
        capsys.readouterr()
        assert sorted(p.name for p in folder.iterdir()) == sorted(["a.csv", "b.csv", *outputs])
        assert sorted(p.name for p in batch.expand_inputs([folder])) == sorted(
            ["a.csv", "b.csv", *outputs]
        )
    after = _fingerprint(folder)
    assert {k: after[k] for k in before} == before
    with open(folder / batch.SUMMARY_FILE, newline="") as fh:
        rows = {Path(r["input"]).name: r for r in csv.DictReader(fh)}
    # the earlier run's outputs are listed as skipped and why, never read as exports;
    # the outputs of this run replace them (no a-2.classified.csv)
    assert {n: r["status"] for n, r in rows.items()} == {
        "a.csv": "ok",
        "b.csv": "ok",
        "a.classified.csv": "skipped",
        "b.classified.csv": "skipped",
        batch.SUMMARY_FILE: "skipped",
    }
    assert (
        "an earlier output of this program (a classified table)"
        in rows["a.classified.csv"]["error"]
    )
    assert "(a batch summary)" in rows[batch.SUMMARY_FILE]["error"]
    assert rows["a.csv"]["output"] == str(folder / "a.classified.csv")


def test_batch_names_the_earlier_outputs_of_a_folder_holding_nothing_else(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    # told by their headers: a classified table (under any name) and a summary
    (folder / "mine.csv").write_text(
        HEADER.strip() + ",suggestion,p_work,employer,category,flagged,reasons\n"
        "Ann,Smith,https://www.linkedin.com/in/a,,Acme B.V.,Engineer,05 Mar 2021,work,0.9,Acme,"
        "client,false,x\n"
    )
    batch.write_summary(folder / batch.SUMMARY_FILE, [batch.BatchResult("x.zip", "ok")])
    with pytest.raises(InputError, match="no exports to classify"):
        batch.run_batch([folder], tmp_path / "out")


def test_batch_never_writes_over_an_input_named_like_an_output(tmp_path, capsys):
    folder = tmp_path / "in"
    folder.mkdir()
    a, a_out = folder / "a.csv", folder / "a.classified.csv"
    a.write_text(_connections(4))
    a_out.write_text(_connections(2))  # someone's own file, given explicitly as an input
    before = a_out.read_bytes()
    assert main(["batch", str(a), str(a_out), "--out", str(folder)]) == 0
    capsys.readouterr()
    assert a_out.read_bytes() == before
    assert (folder / "a-2.classified.csv").is_file()


# --- batch fails once, clearly, for what dooms every input ---------------------------------


def test_batch_into_an_unwritable_folder_is_one_error_line(tmp_path, capsys, monkeypatch):
    export = tmp_path / "Connections.csv"
    export.write_text(_connections())

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    # running as root, a read-only folder would still be writable; refuse the probe instead
    monkeypatch.setattr(batch.tempfile, "TemporaryFile", refuse)
    assert main(["batch", str(export), "--out", str(tmp_path / "out")]) == 2
    _one_error_line(capsys, "out", "not writable")


def test_batch_with_a_broken_model_is_one_error_line(tmp_path, capsys):
    export = tmp_path / "Connections.csv"
    export.write_text(_connections())
    model = tmp_path / "model"
    model.mkdir()
    (model / "ownership.skops").write_bytes(b"PK\x03\x04 truncated")
    out = tmp_path / "out"
    assert main(["batch", str(export), "--out", str(out), "--model", str(model)]) == 2
    _one_error_line(capsys, "ownership.skops")
    assert not (out / batch.SUMMARY_FILE).exists()


def test_batch_starts_no_more_workers_than_inputs(tmp_path, monkeypatch):
    for name in ("a.csv", "b.csv"):
        (tmp_path / name).write_text(_connections(2))
    seen = {}

    def fake_parallel(tasks, jobs, model_path, clients, language, cancel, done):
        seen["jobs"] = jobs
        for i, source, _target in tasks:
            done(i, batch.BatchResult(str(source), "ok"))

    monkeypatch.setattr(batch, "_run_parallel", fake_parallel)
    monkeypatch.setattr(batch.os, "cpu_count", lambda: 8)
    batch.run_batch([tmp_path / "a.csv", tmp_path / "b.csv"], tmp_path / "out", jobs=1000)
    assert seen["jobs"] == 2  # never 1000 processes for two files


def test_usage_errors_are_one_line(capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["batch", "x.csv", "--out", "o", "--jobs", "0"])
    assert exit_.value.code == 2
    _one_error_line(capsys, "--jobs")


# --- zips -----------------------------------------------------------------------------------


def test_a_zip_claiming_millions_of_entries_is_refused_before_listing_them(tmp_path, capsys):
    # only the end-of-archive record: listing what it claims would cost gigabytes
    path = tmp_path / "many.zip"
    path.write_bytes(struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, 60_000, 60_000, 0, 0, 0))
    with pytest.raises(InputError, match="60,000 entries"):
        read_export(path)


def test_a_zip_inside_the_zip_is_named_in_the_error(tmp_path):
    inner = io.BytesIO()
    with zipfile.ZipFile(inner, "w") as zf:
        zf.writestr("Connections.csv", _connections())
    path = tmp_path / "outer.zip"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("Basic_LinkedInDataExport.zip", inner.getvalue())
    with pytest.raises(InputError, match=r"holds Basic_LinkedInDataExport\.zip"):
        read_export(path)


def test_a_member_too_large_is_named_once(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(dispatch, "MAX_MEMBER_BYTES", 1000)
    path = tmp_path / "export.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("Connections.csv", _connections(100))
    assert main(["inspect", str(path)]) == 2
    line = _one_error_line(capsys, "export.zip", "Connections.csv unpacks to")
    assert line.count("Connections.csv") == 1


def test_an_unreadable_subfolder_does_not_hide_the_export_beside_it(tmp_path, monkeypatch):
    (tmp_path / "Connections.csv").write_text(_connections(3))
    locked = tmp_path / "locked"
    locked.mkdir()
    real_iterdir = Path.iterdir

    def iterdir(self):
        if self == locked:  # chmod 000 does not stop root, so refuse the listing here
            raise PermissionError(13, "Permission denied", str(self))
        return real_iterdir(self)

    monkeypatch.setattr(Path, "iterdir", iterdir)
    assert len(read_export(tmp_path).contacts) == 3


# --- text that is damaged, not binary ------------------------------------------------------


@pytest.mark.parametrize("where", [0, 1, 4])
def test_a_stray_nul_byte_is_dropped_wherever_it_sits(tmp_path, where):
    lines = _connections(5).splitlines(keepends=True)
    row = 4 + where  # preamble (3 lines) and header come first
    lines[row] = lines[row].replace("Smith", "Smi\x00th")
    path = tmp_path / "Connections.csv"
    path.write_text("".join(lines))
    contacts = read_export(path).contacts
    assert len(contacts) == 5
    assert f"Smith{where}" in set(contacts["last_name"])
    assert not contacts["last_name"].str.contains("\x00").any()


def test_random_bytes_are_still_refused_as_binary(tmp_path, capsys):
    import random

    path = tmp_path / "photo.csv"
    path.write_bytes(random.Random(5).randbytes(20_000))
    assert main(["inspect", str(path)]) == 2
    _one_error_line(capsys, "photo.csv", "not a text file")


def test_a_record_with_a_huge_field_is_skipped_not_carried(tmp_path):
    lines = _connections(3)
    path = tmp_path / "Connections.csv"
    path.write_text(lines + "Big,Field,u,,Acme," + "x" * 20_000 + ",05 Mar 2021\n")
    export = read_export(path)
    assert len(export.contacts) == 3
    assert [s.row for s in export.report.skipped] == [8]
    assert "longer than 10,000 characters" in export.report.skipped[0].reason


def test_a_vcard_with_a_huge_field_is_skipped_not_carried(tmp_path):
    path = tmp_path / "cards.vcf"
    path.write_text(
        "BEGIN:VCARD\nVERSION:3.0\nN:Jansen;Piet\nORG:Acme\nEND:VCARD\n"
        "BEGIN:VCARD\nVERSION:3.0\nN:Big;Card\nTITLE:" + "x" * 20_000 + "\nEND:VCARD\n"
    )
    export = read_export(path)
    assert list(export.contacts["last_name"]) == ["Jansen"]
    assert export.report.skipped[0].row == 6


def test_only_huge_fields_is_one_error_line(tmp_path, capsys):
    path = tmp_path / "Connections.csv"
    path.write_text(HEADER + "Big,Field,u,,Acme," + "x" * 20_000 + ",05 Mar 2021\n")
    assert main(["inspect", str(path)]) == 2
    line = _one_error_line(capsys, "Connections.csv", "1 malformed row ")
    assert "longer than" in line


def test_a_workbook_unpacking_to_too_much_is_refused_before_parsing(tmp_path, monkeypatch):
    from model.readers import spreadsheet

    path = tmp_path / "Connections.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("xl/workbook.xml", "<workbook/>")
        zf.writestr("xl/worksheets/sheet1.xml", "<row/>" * 10_000)
    monkeypatch.setattr(spreadsheet, "MAX_UNPACKED_BYTES", 50_000)
    with pytest.raises(InputError, match="not a contacts workbook"):
        read_export(path)


# --- what a user reads ----------------------------------------------------------------------


def test_positions_left_out_are_said_not_hidden(tmp_path, capsys):
    export = tmp_path / "Connections.csv"
    export.write_text(_connections())
    positions, out = tmp_path / "Positions.csv", tmp_path / "o.csv"
    positions.write_text(
        "Company Name,Title,Description,Location,Started On,Finished On\nAcme B.V.,Eng,,,Foo 99,\n"
    )
    assert main(["classify", str(export), "--out", str(out), "--positions", str(positions)]) == 0
    err = capsys.readouterr().err
    assert "warning: " in err and "unreadable start date of Acme B.V." in err
    positions.write_text("Company Name,Title,Description,Location,Started On,Finished On\n")
    assert main(["classify", str(export), "--out", str(out), "--positions", str(positions)]) == 0
    assert "holds no positions" in capsys.readouterr().err


def test_the_batch_summary_carries_no_formula(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    evil = tmp_path / "=HYPERLINK(1).csv"
    evil.write_text("not an export\n")
    assert main(["batch", evil.name, "--out", "out"]) == 1
    capsys.readouterr()
    text = (tmp_path / "out" / batch.SUMMARY_FILE).read_text()
    assert "\n'=HYPERLINK(1).csv,error," in text


# --- quotes ---------------------------------------------------------------------------------


def test_a_field_past_the_csv_limit_above_the_header_is_no_traceback(tmp_path, capsys):
    path = tmp_path / "Connections.csv"
    path.write_text('"' + "x" * 200_000 + '",b\n' + _connections(2))
    assert main(["inspect", str(path)]) == 0
    assert "2 imported" in capsys.readouterr().out


def test_an_unclosed_quote_before_128_kb_of_rows_loses_nothing(tmp_path):
    rows = [f"Bob{i},Jones,u,,Acme,Eng,05 Mar 2021\n" for i in range(5000)]  # > 128 KB
    path = tmp_path / "Connections.csv"
    path.write_text(HEADER + 'Ann,"Smith,u,,Acme,Eng,05 Mar 2021\n' + "".join(rows))
    export = read_export(path)
    assert len(export.contacts) == 5001 and export.contacts["last_name"].iat[0] == "Smith"
    assert export.report.skipped == []


def test_an_unclosed_quote_in_a_file_without_typed_columns_loses_only_its_line(tmp_path):
    rows = [f"Bob{i},Jones,u,,Acme,Eng,soon\n" for i in range(5000)]  # > 128 KB, no dates
    path = tmp_path / "Connections.csv"
    path.write_text(HEADER + 'Ann,"Smith,u,,Acme,Eng\n' + "".join(rows))
    export = read_export(path)
    assert len(export.contacts) == 5000
    assert [s.row for s in export.report.skipped] == [2]


# --- names from a file on the terminal ------------------------------------------------------


def test_control_characters_in_names_stay_on_one_line_and_off_the_terminal(tmp_path, capsys):
    path = tmp_path / "outer.zip"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("evil\n\x1b[31mRED.zip", b"x")
    assert main(["inspect", str(path)]) == 2
    line = _one_error_line(capsys, "outer.zip")
    assert "\x1b" not in line and "\\x1b[31mRED.zip" in line

    export = tmp_path / "export.zip"
    with zipfile.ZipFile(export, "w") as zf:
        zf.writestr("Connections.csv", _connections(2))
        zf.writestr(
            "Positions.csv",
            "Company Name,Title,Description,Location,Started On,Finished On\n"
            '"Ac\x1b[2Jme\nB.V.",Eng\x07,,,Jan 2019,\n',
        )
    assert main(["inspect", str(export)]) == 0
    out = capsys.readouterr().out
    assert "Eng\\x07 at Ac\\x1b[2Jme\\nB.V." in out
    assert not any(c in out for c in "\x1b\x07")


def test_a_file_mixing_utf8_and_cp1252_lines_reads_both(tmp_path):
    path = tmp_path / "Connections.csv"
    path.write_bytes(
        HEADER.encode()
        + "Zoë,Müller,u,,Acme,Eng,05 Mar 2021\n".encode()
        + "José,Núñez,u,,Acmé,Eng,05 Mar 2021\n".encode("cp1252")
    )
    export = read_export(path)
    assert list(export.contacts["first_name"]) == ["Zoë", "José"]
    assert list(export.contacts["company"]) == ["Acme", "Acmé"]
    assert export.report.encoding == "utf-8 and cp1252"


def test_a_vcard_left_with_nothing_says_why(tmp_path, capsys):
    path = tmp_path / "cards.vcf"
    path.write_text("BEGIN:VCARD\nN:Big;Card\nTITLE:" + "x" * 20_000 + "\nEND:VCARD\n")
    assert main(["inspect", str(path)]) == 2
    _one_error_line(capsys, "cards.vcf", "1 malformed row (line 1: a field longer than")


# --- the last line of defence ---------------------------------------------------------------


def test_a_name_too_long_for_the_file_system_is_one_error_line(tmp_path, capsys):
    long_name = str(tmp_path / ("a" * 300 + ".csv"))
    assert main(["inspect", long_name]) == 2
    _one_error_line(capsys, "a" * 300, "File name too long")
    export = tmp_path / "Connections.csv"
    export.write_text(_connections())
    out = str(tmp_path / "o.csv")
    assert main(["classify", str(export), "--out", out, "--model", long_name]) == 2
    _one_error_line(capsys, "a" * 300)


def test_an_unexpected_error_is_one_line_unless_debugging(tmp_path, capsys, monkeypatch):
    import model.readers

    def broken(*args, **kwargs):
        raise TypeError("a bug")

    monkeypatch.setattr(model.readers, "read_export", broken)
    path = str(tmp_path / "x.csv")
    assert main(["inspect", path]) == 1
    _one_error_line(capsys, "x.csv", "unexpected TypeError (a bug)")
    monkeypatch.setenv("CONTACT_OWNERSHIP_DEBUG", "1")
    with pytest.raises(TypeError):
        main(["inspect", path])


def test_a_dead_worker_fails_only_the_unfinished_inputs(tmp_path, monkeypatch, capsys):
    for name in ("a.csv", "b.csv"):
        (tmp_path / name).write_text(_connections(2))

    def dying(tasks, jobs, model_path, clients, language, cancel, done):
        i, source, target = tasks[0]
        done(i, batch.classify_one(source, target, model_path, clients, language))
        raise RuntimeError("A worker process managed by the executor was terminated")

    monkeypatch.setattr(batch, "_run_parallel", dying)
    monkeypatch.setattr(batch.os, "cpu_count", lambda: 8)
    out = tmp_path / "out"
    inputs = [str(tmp_path / "a.csv"), str(tmp_path / "b.csv")]
    assert main(["batch", *inputs, "--out", str(out), "--jobs", "2"]) == 1
    err = capsys.readouterr().err
    assert "b.csv: the worker process stopped" in err and "Traceback" not in err
    rows = (out / batch.SUMMARY_FILE).read_text().splitlines()
    assert ",ok," in rows[1] and ",error," in rows[2]


def test_running_out_of_memory_on_one_input_is_said_plainly(tmp_path, monkeypatch):
    (tmp_path / "a.csv").write_text(_connections(2))

    def too_big(*args, **kwargs):
        raise MemoryError("Unable to allocate 153. MiB for an array with shape (1000000, 4, 5)")

    monkeypatch.setattr("model.readers.read_export", too_big)
    result = batch.classify_one(tmp_path / "a.csv", tmp_path / "a.classified.csv")
    assert result.status == "error"
    assert result.error.endswith("a.csv: not enough memory to classify it")


def test_a_folder_without_exports_is_named_in_the_error(tmp_path, capsys):
    empty = tmp_path / "holiday photos"
    empty.mkdir()
    (empty / "beach.jpg").write_bytes(b"\xff\xd8")
    assert main(["batch", str(empty), "--out", str(tmp_path / "out")]) == 2
    _one_error_line(capsys, "holiday photos", "no exports to classify")


def test_the_classify_summary_names_at_most_five_employers():
    import pandas as pd

    from model.commands import _summary_line

    employers = [f"Company {i}" for i in range(8) for _ in range(8 - i)]
    results = pd.DataFrame(
        {"suggestion": "work", "employer": employers, "flagged": False, "p_work": 0.9}
    )
    line = _summary_line(results)
    assert line.startswith("36 contacts: 36 work, 0 private, 0 flagged")
    assert "Company 0: 8; Company 1: 7" in line and "Company 5" not in line
    assert line.endswith("3 more employers")
