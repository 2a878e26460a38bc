"""A large Connections.csv read in chunks: the same contacts, report and output as read whole."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from model.predictor import load_model
from model.readers import read_export
from model.readers.result import Export
from model.scale.chunked import classify_stream_to_file, classify_to_file
from model.synthetic import generate_person
from model.synthetic.layouts import connection_bytes

CHUNK = 37


@pytest.fixture(scope="module")
def model():
    return load_model()


@pytest.fixture(scope="module")
def person():
    return generate_person(4, "recruiter", 400)


def damaged(person, excel: str | None = None) -> bytes:
    """A Connections.csv with what the careful reader skips, flags or repairs, spread over
    several chunks: empty rows, the header again, a row with too many fields, a huge field,
    mojibake, a date in the future, duplicates and hidden profiles."""
    contacts = person.contacts.copy()
    contacts.loc[5, "company"] = "MÃ¼ller GmbH"  # mojibake, repaired
    contacts.loc[90, "last_name"] = "BÃ¤cker"
    contacts.loc[7, ["first_name", "last_name", "url"]] = ""  # a hidden profile
    contacts.loc[8, ["first_name", "last_name", "url"]] = ""
    contacts.loc[60, "connected_on"] = pd.Timestamp("2091-03-01")  # in the future
    contacts.loc[200, "position"] = "x" * 12_000  # a field no contact has
    contacts = pd.concat([contacts, contacts.iloc[[10, 120, 7]]], ignore_index=True)  # duplicates
    text = connection_bytes(contacts, excel=excel)
    newline = b"\r\n" if b"\r\n" in text else b"\n"
    comma = b";" if excel == "semicolon" else b","
    lines = text.split(newline)
    header = next(i for i, line in enumerate(lines) if line.startswith(b"First Name"))
    lines.insert(header + 40, b"")  # blank lines are no records
    lines.insert(header + 41, comma * 6)  # an empty row
    lines.insert(header + 150, lines[header])  # the header again
    lines.insert(header + 230, lines[header + 20] + comma + b"surplus")  # a field too many
    lines.insert(header + 300, lines[header + 21] + comma * 3)  # Excel's empty padding
    return newline.join(lines)


def report_of(export: Export) -> dict:
    fields = ("rows_read", "imported", "skipped", "duplicates", "warnings", "files", "encoding")
    more = ("delimiter", "date_order", "hidden_profiles", "notes", "repaired")
    return {f: getattr(export.report, f) for f in (*fields, *more)}


@pytest.mark.parametrize("excel", [None, "crlf", "utf8-bom", "dmy-abbr"])
@pytest.mark.parametrize("zipped", [False, True])
def test_a_streamed_file_reads_and_classifies_as_the_one_piece(
    tmp_path, model, person, excel, zipped
):
    data = damaged(person, excel)
    if zipped:
        import zipfile

        source = tmp_path / "export.zip"
        with zipfile.ZipFile(source, "w") as zf:
            zf.writestr("Connections.csv", data)
    else:
        source = tmp_path / "Connections.csv"
        source.write_bytes(data)
    whole = read_export(source)
    streamed = read_export(source, stream_above=CHUNK, chunk_rows=CHUNK)
    assert streamed.stream is not None and streamed.contacts.empty
    assert report_of(streamed) == report_of(whole)
    report = whole.report
    # nothing lost silently: every record is a contact or a skipped row with its line
    reasons = {s.reason.split(" ")[0] for s in report.skipped}
    assert {"empty", "the", "8", "a"} <= reasons, report.skipped
    assert report.imported + len(report.skipped) == report.rows_read
    assert report.duplicates >= 2 and report.hidden_profiles >= 3 and report.repaired == 2
    chunks = list(streamed.stream)
    assert len(chunks) > 5 and max(map(len, chunks)) <= CHUNK
    pd.testing.assert_frame_equal(pd.concat(chunks, ignore_index=True), whole.contacts)
    # iterating again gives the same chunks (classify counts first, then writes)
    pd.testing.assert_frame_equal(pd.concat(streamed.stream, ignore_index=True), whole.contacts)

    one, chunked = tmp_path / "one.csv", tmp_path / "streamed.csv"
    a = classify_to_file(model, whole.contacts, whole.career, one, chunk_rows=CHUNK)
    b = classify_stream_to_file(model, streamed.stream, streamed.career, chunked)
    assert one.read_bytes() == chunked.read_bytes()
    pd.testing.assert_frame_equal(a, b)


@pytest.mark.parametrize(
    "change,streamed",
    [
        (lambda d, n: d.replace(n, b'"' + n[:2] + b"\n" + n[2:] + b'"', 1), False),  # 2 lines
        (lambda d, n: d.replace(b"\xc3\xbc", b"\xfc"), False),  # not UTF-8 (cp1252)
        (lambda d, n: d.replace(n, n[:2] + b'"' + n[2:], 1), True),  # a quote inside a field
        (lambda d, n: d.replace(n, b'"' + n, 1), False),  # a quote that never closes
        (lambda d, n: d + b"\x00", False),  # a NUL byte
        (lambda d, n: d.replace(b"\n", b"\r"), False),  # an old Mac's line ends
        (lambda d, n: d.rstrip(b"\n").rsplit(b",", 3)[0], True),  # cut short in its last row
    ],
)
def test_a_file_that_needs_the_careful_reader_is_read_whole(tmp_path, person, change, streamed):
    data = damaged(person)
    name = (person.contacts.loc[150, "url"] + ",").encode()
    assert name in data and b"\xc3\xbc" in data
    source = tmp_path / "Connections.csv"
    source.write_bytes(change(data, name[:-1]))
    whole = read_export(source)
    again = read_export(source, stream_above=CHUNK, chunk_rows=CHUNK)
    assert (again.stream is not None) == streamed
    if streamed:  # the C engine reads a quote inside a field as the one-piece reader does
        again.contacts = pd.concat(again.stream, ignore_index=True)
    pd.testing.assert_frame_equal(again.contacts, whole.contacts)
    assert report_of(again) == report_of(whole)


def test_a_streamed_file_cut_short_in_its_last_row_says_so_as_read_whole(tmp_path, person):
    source = tmp_path / "Connections.csv"
    source.write_bytes(damaged(person).rstrip(b"\n").rsplit(b",", 3)[0])
    whole = read_export(source)
    streamed = read_export(source, stream_above=CHUNK, chunk_rows=CHUNK)
    assert streamed.stream is not None
    assert len([w for w in streamed.report.warnings if "cut short" in w]) == 1
    assert report_of(streamed) == report_of(whole)


def test_a_small_file_is_not_streamed(tmp_path, person):
    source = tmp_path / "Connections.csv"
    source.write_bytes(damaged(person))
    assert read_export(source, stream_above=10_000).stream is None


def test_a_streamed_file_without_contacts_is_one_error(tmp_path):
    from model.errors import InputError

    source = tmp_path / "Connections.csv"
    header = b"First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
    source.write_bytes(header + b",,,,,,\n" * 100)
    with pytest.raises(InputError) as streamed:
        read_export(source, stream_above=CHUNK, chunk_rows=CHUNK)
    with pytest.raises(InputError) as whole:
        read_export(source)
    assert str(streamed.value) == str(whole.value)
    assert "contains no contacts" in str(whole.value) and str(whole.value).count("\n") == 0


def test_classify_and_batch_stream_a_large_file(tmp_path, model, person, monkeypatch, capsys):
    from model.batch import run_batch
    from model.cli import main
    from model.learning.output import classify_in_chunks
    from model.scale import chunked

    source = tmp_path / "Connections.csv"
    source.write_bytes(damaged(person))
    whole = read_export(source)
    expected = tmp_path / "expected.csv"  # what a large input read whole gives, review order too
    classify_in_chunks(model, whole.contacts, whole.career, expected, chunk_rows=CHUNK)
    assert b"review_order" in expected.read_bytes()[:400]
    # "large" made small: files above 50 contacts are streamed in chunks of 37
    monkeypatch.setattr(chunked, "CHUNK_ROWS", 50)
    monkeypatch.setattr(chunked, "STREAM_CHUNK_ROWS", CHUNK)
    streamed = []
    real = chunked.classify_stream_to_file

    def spy(model, stream, *args, **kwargs):
        streamed.append(stream.count)
        return real(model, stream, *args, **kwargs)

    monkeypatch.setattr(chunked, "classify_stream_to_file", spy)
    assert main(["classify", str(source), "--out", str(tmp_path / "cli.csv")]) == 0
    err = capsys.readouterr().err
    assert (tmp_path / "cli.csv").read_bytes() == expected.read_bytes()
    assert f"wrote {tmp_path / 'cli.csv'}: {whole.report.imported:,} contacts" in err
    assert "skipped (line" in err and "duplicate rows" in err  # the reading told, as ever
    [result] = run_batch([source], tmp_path / "batch")
    assert Path(result.output).read_bytes() == expected.read_bytes()
    assert (result.contacts, result.skipped) == (whole.report.imported, len(whole.report.skipped))
    assert streamed == [whole.report.imported] * 2


def test_a_streamed_file_keeps_its_fields_not_its_bytes(tmp_path, person):
    """URLs and e-mails are kept packed per chunk (one string), names interned: the chunks
    still give back every value exactly — quoted commas, accents, spaces inside and around,
    empty ones — and the stream holds no copy of the file."""
    contacts = person.contacts.copy()
    odd = ["https://x.example/a,b", "mailto: dé Vries ", "\u00a0https://x.example/c\u2003", ""]
    for i, value in enumerate(odd * 20):
        contacts.loc[3 * i, "url"] = value
        contacts.loc[3 * i + 1, "email"] = value
    contacts.loc[4, ["first_name", "last_name"]] = [" Zoë ", "van\u00a0Dijk"]
    source = tmp_path / "Connections.csv"
    source.write_bytes(connection_bytes(contacts))
    whole = read_export(source)
    streamed = read_export(source, stream_above=CHUNK, chunk_rows=CHUNK)
    assert streamed.stream is not None
    got = pd.concat(streamed.stream, ignore_index=True)
    pd.testing.assert_frame_equal(got, whole.contacts)
    assert {v.strip() for v in odd} <= set(got["url"]) & set(got["email"])
    held = [v for v in vars(streamed.stream).values() if isinstance(v, bytes | bytearray)]
    assert not held


@pytest.mark.parametrize("mark_rows", [1, 3, 1024])
def test_a_piece_of_a_chunk_is_cut_from_its_packed_strings_as_the_chunk_gives_it(
    tmp_path, person, monkeypatch, mark_rows
):
    """A piece of a chunk (what a helper process is sent: a quarter) carries only its own
    rows' names, URLs and e-mails, cut at the marks every MARK_ROWS values: the same
    contacts as the whole chunk's rows, at every cut — accents, mojibake repaired, empty
    values, the chunk's first and last rows."""
    from model.readers import stream as stream_module
    from model.readers.stream import contacts_of

    monkeypatch.setattr(stream_module, "MARK_ROWS", mark_rows)
    contacts = person.contacts.copy()
    contacts.loc[3, "first_name"] = "Zoë"
    contacts.loc[4, "last_name"] = "BÃ¤cker"  # repaired in the first pass
    contacts.loc[[5, 36, 37], "email"] = ""
    contacts.loc[6, "url"] = ""
    source = tmp_path / "Connections.csv"
    source.write_bytes(connection_bytes(contacts))
    streamed = read_export(source, stream_above=CHUNK, chunk_rows=CHUNK).stream
    assert streamed is not None
    for k in range(streamed.chunks):
        chunk = contacts_of(streamed.piece(k))
        n = streamed.chunk_size(k)
        for start, stop in [(0, 1), (0, n // 4), (n // 4, n // 2), (1, n - 1), (n - 1, n)]:
            piece = streamed.piece(k, slice(start, stop))
            assert all(
                len(piece[f]) < len(streamed.piece(k)[f]) or not piece[f]
                for f in ("first_name", "url")
            )
            got = contacts_of(piece)
            expected = chunk.iloc[start:stop].reset_index(drop=True)
            pd.testing.assert_frame_equal(got, expected)


def test_a_streamed_file_removes_direction_controls_as_read_whole(tmp_path, model, person):
    """Characters that turn text around (U+202E and the like) leave names, companies and
    titles in a streamed file as in one read whole: the same chunks, one warning, one output."""
    contacts = person.contacts.copy()
    contacts.loc[3, "first_name"] = "\u202eAnn"
    contacts.loc[90, "last_name"] = "Jansen\u2066 "
    contacts.loc[150, "company"] = "\u202dAcme\u202c BV"
    contacts.loc[260, "position"] = "Sales \u2067Lead\u2069"
    contacts.loc[330, "email"] = "a\u202e@x.example"
    source = tmp_path / "Connections.csv"
    source.write_bytes(connection_bytes(contacts))
    whole = read_export(source)
    streamed = read_export(source, stream_above=CHUNK, chunk_rows=CHUNK)
    assert streamed.stream is not None
    assert report_of(streamed) == report_of(whole)
    warnings = whole.report.warnings
    [warning] = [w for w in warnings if getattr(w, "key", "") == "note.direction_controls"]
    assert warning.fields == {"file": "Connections.csv", "n": 5}
    got = pd.concat(streamed.stream, ignore_index=True)
    pd.testing.assert_frame_equal(got, whole.contacts)
    text = "".join(got[["first_name", "last_name", "company", "position", "email"]].sum())
    assert not any(c in text for c in "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
    assert {"Ann", "Acme BV", "Sales Lead"} <= set(got.stack())
    network = streamed.stream.network_contacts()
    assert "Acme BV" in set(network["company"]) and "Sales Lead" in set(network["position"])
    one, chunked = tmp_path / "one.csv", tmp_path / "streamed.csv"
    classify_to_file(model, whole.contacts, whole.career, one, chunk_rows=CHUNK)
    classify_stream_to_file(model, streamed.stream, streamed.career, chunked)
    assert one.read_bytes() == chunked.read_bytes()


def test_repairs_of_a_repeated_company_or_title_count_every_row_as_read_whole(tmp_path, person):
    """Companies and titles are repaired once per distinct value in a chunk, but counted a
    row each, as the one-piece reader counts them: mojibake and direction controls on values
    that repeat within a chunk and across chunks."""
    contacts = person.contacts.copy()
    contacts.loc[[4, 9, 30, 100], "company"] = "MÃ¼ller GmbH"
    contacts.loc[[5, 6, 120], "position"] = "Sales \u2067Lead\u2069"
    contacts.loc[[11, 12], "company"] = "\u202dAcme\u202c BV"
    source = tmp_path / "Connections.csv"
    source.write_bytes(connection_bytes(contacts))
    whole = read_export(source)
    streamed = read_export(source, stream_above=CHUNK, chunk_rows=CHUNK)
    assert streamed.stream is not None
    assert report_of(streamed) == report_of(whole)
    assert whole.report.repaired == 4
    assert streamed.stream.direction_controls == 5
    [warning] = [
        w for w in whole.report.warnings if getattr(w, "key", "") == "note.direction_controls"
    ]
    assert warning.fields["n"] == 5
    pd.testing.assert_frame_equal(pd.concat(streamed.stream, ignore_index=True), whole.contacts)


def test_the_company_codes_found_while_reading_are_the_networks(tmp_path, person):
    """Each contact's code into the distinct companies, in order of first appearance, from
    each chunk's own: a name repaired into one already there (in its chunk and in an
    earlier one), an empty company, names first seen in a late chunk."""
    from model.features.relate import company_codes

    contacts = person.contacts.copy()
    contacts.loc[[3, 50], "company"] = "Müller GmbH"
    contacts.loc[[4, 9, 90], "company"] = "MÃ¼ller GmbH"
    contacts.loc[[2, 70, 71], "company"] = ""
    contacts.loc[[300, 301, 5], "company"] = "Late Arrival BV"
    source = tmp_path / "Connections.csv"
    source.write_bytes(connection_bytes(contacts))
    stream = read_export(source, stream_above=CHUNK, chunk_rows=CHUNK).stream
    assert stream is not None and stream.chunks > 3
    codes, names = stream.company_codes()
    expected = company_codes(stream.network_contacts()["company"].to_numpy(dtype=object))
    assert codes.dtype == expected[0].dtype and (codes == expected[0]).all()
    assert names.equals(expected[1]) and names.dtype == expected[1].dtype
    assert names[codes[4]] == "Müller GmbH" and names[codes[2]] == ""
    stream.let_go()
    assert stream.company_codes() is None


def test_a_stream_let_go_keeps_its_network_and_makes_no_more_chunks(tmp_path, person):
    """Once every piece is classified the names, URLs and e-mails are let go (room for the
    copy's lines): the network's columns are the same, and asking for a chunk again is an
    error, not contacts without names."""
    source = tmp_path / "Connections.csv"
    source.write_bytes(connection_bytes(person.contacts))
    stream = read_export(source, stream_above=CHUNK, chunk_rows=CHUNK).stream
    assert stream is not None and stream.chunks > 2
    network = stream.network_contacts()
    stream.let_go()
    pd.testing.assert_frame_equal(stream.network_contacts(), network)
    for k in (0, stream.chunks - 1):
        with pytest.raises(ValueError, match="let go"):
            stream.piece(k)
    with pytest.raises(ValueError, match="let go"):
        next(iter(stream))


def test_duplicates_are_found_among_the_rows_whose_fields_repeat():
    """The duplicate flags, looked for only among rows whose fields' hash repeats, are
    those of every (hash, date) pair: equal hashes on other dates, unknown dates, repeats
    of repeats."""
    import numpy as np

    from model.readers.stream import _repeated

    rng = np.random.default_rng(7)
    for n in (0, 1, 50, 5000):
        fields = rng.integers(0, max(n // 3, 1), n).astype(np.int64) * 7919 - 10**12
        dates = rng.choice(np.array([0, 1, 2, np.iinfo(np.int64).min]), n).astype(np.int64)
        expected = pd.DataFrame({"fields": fields, "date": dates}).duplicated(keep="first")
        got = _repeated(fields, dates)
        assert got.dtype == bool and (got == expected.to_numpy()).all()
        assert n < 50 or 0 < got.sum() < n
