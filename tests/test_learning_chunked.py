"""Inputs too large to classify in one piece still get their review_order column, the same
as the one-piece output (written in chunks, ranked once every p_work is known)."""

from __future__ import annotations

import pandas as pd
import pytest

import model.scale.chunked as chunked
from model.learning.output import classify_personal_to_file
from model.predictor import load_model
from model.synthetic import generate_person


@pytest.fixture(scope="module")
def person():
    person = generate_person(7, "recruiter", 400)
    contacts = person.contacts.copy()
    # quoted line breaks and quotes in fields: the column copy must keep records whole
    contacts.loc[3, "last_name"] = 'de "Vries"\r\nJr'
    contacts.loc[5, "company"] = "Acme\nHolding B.V."
    contacts.loc[8, "position"] = '"Inkoper", a "buyer"'
    return contacts, person.career


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_chunked_output_has_the_one_piece_review_order(tmp_path, monkeypatch, person, suffix):
    contacts, career = person
    model = load_model()
    one = tmp_path / f"one{suffix}"
    many = tmp_path / f"many{suffix}"
    _results, personal = classify_personal_to_file(model, contacts, career, one)
    assert personal is not None  # small enough: personalised in one piece
    monkeypatch.setattr(chunked, "CHUNK_ROWS", 60)  # now 400 contacts are "too many"
    summary, none = classify_personal_to_file(model, contacts, career, many)
    assert none is None and len(summary) == len(contacts)
    if suffix == ".csv":
        assert many.read_bytes() == one.read_bytes()
        table = pd.read_csv(many, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    else:
        read = lambda p: pd.read_excel(p, dtype=str, keep_default_na=False)  # noqa: E731
        table = read(many)
        pd.testing.assert_frame_equal(table, read(one))
    assert table.columns[-1] == "review_order"
    assert sorted(map(int, table["review_order"])) == list(range(1, len(contacts) + 1))
    assert len(table) == len(contacts)
    assert any('"Vries"' in v and "Jr" in v for v in table.iloc[3])  # one record, whole
    assert not list(tmp_path.glob(".*"))  # no scratch file left behind


def test_contact_groups_group_as_the_personal_inputs_do(person):
    """The cheap groups of a large table share a code exactly where personal_inputs' codes
    do (who shares a company key or a title's words), odd fields included."""
    import numpy as np

    from model.learning.inputs import contact_groups, personal_inputs

    contacts, career = person
    contacts = contacts.copy().astype({"company": object, "position": object})
    odd = [None, np.nan, "", "  ", 42, "Self-employed", "ACME b.v.", "Acme BV", "the Buyer"]
    contacts.loc[contacts.index[20 : 20 + len(odd)], "company"] = odd
    contacts.loc[contacts.index[40 : 40 + len(odd)], "position"] = odd
    results = pd.DataFrame({"p_work": np.linspace(0.01, 0.99, len(contacts))})
    full = personal_inputs(contacts, results, career)
    groups = contact_groups(contacts)
    for cheap, reference in ((groups.company, full.company), (groups.title, full.title)):
        assert np.array_equal(cheap < 0, reference < 0)
        same = cheap[:, None] == cheap[None, :]
        assert np.array_equal(same, reference[:, None] == reference[None, :])
    assert (groups.company >= 0).sum() > 300 and len(np.unique(groups.title)) > 20


def test_column_copy_keeps_records_whole(tmp_path):
    """A record whose quoted field holds a line break (CRLF or LF) still gets exactly one
    cell, at its end; too few cells is an error, not a short file."""
    import csv

    import numpy as np

    import model.learning.output as output

    rows = [["a", "b"], ["1", 'x\r\ny "q"'], ["2", "plain"], ["3", "p\nq,\r\nr"], ["4", ""]]
    src = tmp_path / "src.csv"
    with open(src, "w", newline="", encoding="utf-8") as fh:
        csv.writer(fh, lineterminator="\r\n").writerows(rows)
    out = tmp_path / "out.csv"
    output._copy_with_column(src, out, "order", np.array([3, 0, 1, 2]))
    with open(out, newline="", encoding="utf-8") as fh:
        got = list(csv.reader(fh))
    assert got == [[*r, c] for r, c in zip(rows, ["order", "3", "", "1", "2"], strict=True)]
    with pytest.raises(ValueError, match="fewer rows"):
        output._copy_with_column(src, out, "order", np.arange(5))


@pytest.mark.parametrize("block", [5, 64, 1 << 22])
@pytest.mark.parametrize("spanning", [False, True])
def test_column_copy_by_lines_or_by_records_gives_the_same_bytes(
    tmp_path, monkeypatch, block, spanning
):
    """Lines split at CRLF a block at a time (each line a record) and the record-by-record
    loop copy the same bytes, whole or up to a record's end; a quoted line break anywhere
    sends the copy back to the loop, at any block size."""
    import csv
    import itertools

    import numpy as np

    from model.scale import column

    monkeypatch.setattr(column, "BLOCK_BYTES", block)
    rows = [["h1", "h2"]] + [[str(i), f"v{i},é" if i % 3 else f"w{i}"] for i in range(40)]
    if spanning:
        rows[27][1] = "two\r\nlines"
    src = tmp_path / "src.csv"
    with open(src, "w", newline="", encoding="utf-8") as fh:
        csv.writer(fh, lineterminator="\r\n").writerows(rows)
    values = np.array([0, 7, -3, 12345] * 10)
    data = src.read_bytes()
    half = 20  # records of the first part: the header and 19 rows
    cut = len(b"".join(data.split(b"\r\n")[:half])) + 2 * half if not spanning else None

    def by_records(name, vals, end_rows):
        out = tmp_path / "records.csv"
        with open(src, "rb") as fin, open(out, "wb") as fout:
            cells = column.cells_of(vals)
            cells = itertools.chain([name], cells) if name is not None else cells
            column.copy_rows(fin, fout, cells, end_rows)
            at = fin.tell()
        return out.read_bytes(), at

    def by_cells(name, vals, end):
        out = tmp_path / "cells.csv"
        with open(src, "rb") as fin, open(out, "wb") as fout:
            copied = column.copy_with_cells(fin, fout, vals, name, end)
            at = fin.tell()
        return out.read_bytes(), at, copied

    whole, at = by_records(b"n", values, None)
    first, at_cut = by_records(b"n", values[: half - 1], half)
    loops = []  # the record-by-record loop, when copy_with_cells falls back to it
    real = column.copy_rows
    monkeypatch.setattr(column, "copy_rows", lambda *a: loops.append(1) or real(*a))
    assert by_cells(b"n", values, None) == (whole, at, len(values) + 1)
    if cut is not None:
        assert at_cut == cut and by_cells(b"n", values[: half - 1], cut) == (first, cut, half)
    assert bool(loops) == spanning  # lines at C speed unless a record spans lines
    with pytest.raises(ValueError, match="more rows than values"):
        by_cells(b"n", values[:-1], None)


@pytest.mark.parametrize("ahead", [0, 1, 3, 1000])
@pytest.mark.parametrize("spanning", [False, True])
def test_lines_read_ahead_of_their_cells_copy_the_same_bytes(
    tmp_path, monkeypatch, ahead, spanning
):
    """The lines of a part read and split before their cells are known (while the review
    order is ranked; `ahead` blocks, up to all of them) and then copied with their cells:
    the bytes of the record-by-record loop, up to the part's end; a record spanning lines
    anywhere still sends the copy back to the loop, from the part's start."""
    import csv
    import itertools

    import numpy as np

    from model.scale import column

    monkeypatch.setattr(column, "BLOCK_BYTES", 48)
    rows = [["h1", "h2"]] + [[str(i), f"v{i},é" if i % 3 else f"w{i}"] for i in range(40)]
    if spanning:
        rows[31][1] = "two\r\nlines"
    src = tmp_path / "src.csv"
    with open(src, "w", newline="", encoding="utf-8") as fh:
        csv.writer(fh, lineterminator="\r\n").writerows(rows)
    values = np.array([0, 7, -3, 12345] * 10)
    data = src.read_bytes()
    half = 25  # records of the first part: the header and 24 rows
    cut = len(b"".join(data.split(b"\r\n")[:half])) + 2 * half
    expected = tmp_path / "expected.csv"
    with open(src, "rb") as fin, open(expected, "wb") as fout:
        cells = itertools.chain([b"n"], column.cells_of(values))
        column.copy_rows(fin, fout, cells)
    for end, count in ((None, len(values)), (cut, half - 1)):
        out = tmp_path / "out.csv"
        with open(src, "rb") as fin, open(out, "wb") as fout:
            lines = column.Lines(fin, count + 1, end)
            held = sum(lines.ahead() for _ in range(ahead))
            blocks = -(-(end or len(data)) // column.BLOCK_BYTES)  # in the part
            assert held == min(ahead, blocks) or (spanning and held < ahead)
            copied = column.copy_with_cells(fin, fout, values[:count], b"n", end, lines)
            at = fin.tell()
            if end is not None:  # the rest, as the command does when its helper is gone
                copied += column.copy_with_cells(fin, fout, values[count:])
        assert copied == len(values) + 1
        assert out.read_bytes() == expected.read_bytes()
        assert end is None or at == end


def test_the_copy_is_cut_at_the_piece_nearest_the_share_asked():
    """`split_point`: the end of the piece nearest the share of the rows (half by default),
    never after the last piece; none when the file does not end where the pieces say."""
    import tempfile
    from pathlib import Path

    from model.scale.column import split_point

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "scratch.csv"
        path.write_bytes(b"h\r\n" + b"r\r\n" * 100)
        layout = [(10, 3 + 3 * 10 * (i + 1)) for i in range(10)]  # ten pieces of 10 rows
        assert split_point(path, layout) == (50, 3 + 150)
        assert split_point(path, layout, 0.62) == (60, 3 + 180)
        assert split_point(path, layout, 1.0) == (90, 3 + 270)
        assert split_point(path, layout[:-1], 0.5) is None  # the file is longer


def test_lines_read_ahead_are_bound_to_a_cut_found_after_them(tmp_path):
    """A cut known only once lines are read ahead (how much of the copy this process then
    takes depends on how much it read): bound when the lines read are within it, refused
    (nothing changed) when they are past it; reading ahead stops at the bytes asked."""
    from model.learning.output import _share
    from model.scale import column

    src = tmp_path / "src.csv"
    src.write_bytes(b"".join(b"line %03d\r\n" % i for i in range(100)))  # 10 bytes each
    with open(src, "rb") as fin:
        lines = column.Lines(fin, 100)
        assert lines.ahead(upto=25) and lines.read == 25 and lines.held_bytes == 25
        assert not lines.bound(1, 10)  # two lines read already
        assert lines.bound(50, 500)
        taken = [line for block in lines for line in block]
        assert len(taken) == 50 and lines.whole() and fin.tell() == 500
    assert 0.5 <= _share(0, 1000) < _share(200, 1000) < _share(400, 1000) < 1.0


def test_lines_joined_with_their_cells_in_one_formatting_or_cell_by_cell_agree():
    """A block of lines without an empty cell is joined by one bytes formatting, one with
    an empty cell (a 0) cell by cell: each line gains ``,CELL`` and CRLF either way."""
    import numpy as np

    from model.scale.column import _joined

    lines = [b"a", b'"q, r"', b"", b"\xc3\xa9"]
    for values in ([1, -2, 30, 12345678901], [1, 0, 30, 4], [0, 0, 0, 0]):
        array = np.array(values)
        expected = b"".join(
            line + b"," + (b"" if v == 0 else str(v).encode()) + b"\r\n"
            for line, v in zip(lines, values, strict=True)
        )
        assert _joined(lines, array.tolist(), array) == expected
        assert _joined(lines[1:], array[1:].tolist(), array[1:]) == expected.split(b"\r\n", 1)[1]
