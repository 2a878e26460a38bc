"""Turn the bytes of a CSV someone exported (or Excel re-saved) into a table of strings.

Decoding sniffs byte-order marks, then tries UTF-8, then cp1252. The header is found by
scanning the first lines for one a caller recognises (never a fixed skip) and the delimiter is
the one that header uses. The body is parsed by pandas' C engine; the source line of every
record is tracked so the import report can point at it.
"""

from __future__ import annotations

import csv
import io
import re
import warnings
from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from ..errors import InputError
from .result import SkippedRow

HEADER_SCAN_LINES = 20
DELIMITERS = (",", ";", "\t")
_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
_BAD_LINE = re.compile(r"Skipping line (\d+): expected (\d+) fields, saw (\d+)")


@dataclass
class Table:
    """A parsed CSV: string columns named as in the file, and each record's source line."""

    frame: pd.DataFrame
    rows: np.ndarray  # 1-based line number of each record in the decoded file
    header: list[str]
    header_line: int  # 1-based
    delimiter: str
    encoding: str
    skipped: list[SkippedRow] = field(default_factory=list)
    repaired: int = 0  # records whose extra, empty trailing fields were dropped


def decode(data: bytes, name: str) -> tuple[str, str]:
    """Bytes to text and the encoding used; raises InputError for binary or empty data."""
    if not data.strip():
        raise InputError(name, "the file is empty")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            text = data[len(bom) :].decode(encoding.replace("-sig", ""), errors="replace")
            return _checked(text, name), encoding
    encoding = _bomless_utf16(data)
    if encoding:
        return _checked(data.decode(encoding, errors="replace"), name), encoding
    try:
        return _checked(data.decode("utf-8"), name), "utf-8"
    except UnicodeDecodeError:
        # cp1252 leaves five bytes undefined; a stray one must not lose the whole file
        return _checked(data.decode("cp1252", errors="replace"), name), "cp1252"


def _bomless_utf16(data: bytes) -> str:
    sample = data[:4000]
    if len(sample) < 4 or sample.count(0) < len(sample) // 4:
        return ""
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    if odd > 3 * even:
        return "utf-16-le"
    if even > 3 * odd:
        return "utf-16-be"
    return ""


def _checked(text: str, name: str) -> str:
    # one line-end convention from here on: Excel writes CRLF, old Macs a bare CR
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\x00" in text[:100_000]:
        raise InputError(name, "is not a text file (it contains binary data)")
    head = text.lstrip()[:200].lower()
    if head.startswith(("<!doctype html", "<html", "<?xml", "<head", "<body")):
        raise InputError(name, "is a web page (HTML), not a CSV export")
    return text


def header_cells(line: str) -> tuple[list[str], str]:
    """Split a candidate header line on its most frequent delimiter; returns (cells, delimiter)."""
    delimiter = max(DELIMITERS, key=line.count)
    if not line.count(delimiter):
        return [_clean_cell(line)], delimiter
    cells = next(csv.reader([line], delimiter=delimiter))
    return [_clean_cell(c) for c in cells], delimiter


def _clean_cell(cell: str) -> str:
    return " ".join(cell.strip().strip('"').replace("\ufeff", "").split())


def normalise_header(cell: str) -> str:
    """Lower-case, single-spaced, without quotes, BOM, underscores or a trailing colon."""
    return " ".join(_clean_cell(cell).lower().replace("_", " ").rstrip(":").split())


def find_header(
    text: str, name: str, accept: Callable[[list[str]], bool], expected: str
) -> tuple[int, list[str], str]:
    """Index of the first line (of the first ~20) that ``accept`` takes as the header.

    Returns (0-based line index, cells, delimiter); raises InputError naming ``expected``.
    """
    lines = text.split("\n", HEADER_SCAN_LINES + 1)[:HEADER_SCAN_LINES]
    for index, line in enumerate(lines):
        cells, delimiter = header_cells(line.rstrip("\r"))
        if accept([normalise_header(c) for c in cells]):
            return index, cells, delimiter
    raise InputError(name, expected)


def read_table(
    text: str, name: str, header_index: int, delimiter: str, encoding: str = ""
) -> Table:
    """Parse the records below line ``header_index`` (0-based) of :func:`decode`'s text with
    pandas' C engine; returns a :class:`Table`."""
    offset = _line_offset(text, header_index)
    body = text[offset:]
    frame, bad = _read_c(body, delimiter)
    lines = body.split("\n")
    nonblank = np.flatnonzero([bool(line.strip()) for line in lines]) + 1  # 1-based in body
    header = [_clean_cell(c) for c in next(csv.reader([lines[0]], delimiter=delimiter))]
    if frame is not None and len(frame) + len(bad) == len(nonblank) - 1:
        table = _with_line_numbers(frame, bad, lines, nonblank[1:], delimiter, name)
    else:  # records spanning lines (or a tokenizer failure): slower, exact line tracking
        table = _read_python(body, delimiter, name)
    table.header, table.delimiter, table.encoding = header, delimiter, encoding
    table.header_line = header_index + 1
    table.rows = table.rows + header_index
    table.skipped = [SkippedRow(s.row + header_index, s.reason, s.file) for s in table.skipped]
    table.frame.columns = _unique_names(header, table.frame.shape[1])
    return table


def _line_offset(text: str, index: int) -> int:
    offset = 0
    for _ in range(index):
        offset = text.index("\n", offset) + 1
    return offset


def _read_c(body: str, delimiter: str) -> tuple[pd.DataFrame | None, dict[int, int]]:
    """The C engine's records plus {body line: field count} for lines it skipped."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            frame = pd.read_csv(
                io.StringIO(body),
                sep=delimiter,
                dtype=str,
                header=0,
                na_filter=False,
                engine="c",
                on_bad_lines="warn",
                skip_blank_lines=True,
                quoting=csv.QUOTE_MINIMAL,
            )
        except (pd.errors.ParserError, ValueError):
            return None, {}
    bad = {}
    for warning in caught:
        for match in _BAD_LINE.finditer(str(warning.message)):
            bad[int(match.group(1))] = int(match.group(3))
    return frame, bad


def _with_line_numbers(
    frame: pd.DataFrame,
    bad: dict[int, int],
    lines: list[str],
    record_lines: np.ndarray,
    delimiter: str,
    name: str,
) -> Table:
    """Attach body line numbers to the C engine's records, repairing padded long lines."""
    width = frame.shape[1]
    bad_lines = np.array(sorted(bad), dtype=np.int64)
    good_lines = record_lines[~np.isin(record_lines, bad_lines)]
    skipped, repaired_rows, repaired_lines = [], [], []
    for line_no in bad_lines:
        cells = next(csv.reader([lines[line_no - 1]], delimiter=delimiter))
        if all(not c.strip() for c in cells[width:]):
            repaired_rows.append(cells[:width])  # Excel's padding: empty cells past the header
            repaired_lines.append(line_no)
        else:
            skipped.append(SkippedRow(int(line_no), _too_many(len(cells), width), name))
    rows = good_lines
    if repaired_rows:
        extra = pd.DataFrame(repaired_rows, columns=frame.columns, dtype="str")
        frame = pd.concat([frame, extra], ignore_index=True)
        rows = np.concatenate([good_lines, np.array(repaired_lines, dtype=np.int64)])
        order = np.argsort(rows, kind="stable")
        frame, rows = frame.iloc[order].reset_index(drop=True), rows[order]
    return Table(frame, rows.astype(np.int64), [], 0, delimiter, "", skipped, len(repaired_rows))


def _read_python(body: str, delimiter: str, name: str) -> Table:
    """csv-module parse with each record's first line; the fallback for multi-line records."""
    reader = csv.reader(io.StringIO(body), delimiter=delimiter)
    header = next(reader, [])
    width = len(header)
    records, rows, skipped, repaired = [], [], [], 0
    start = reader.line_num + 1
    try:
        for cells in reader:
            line_no, start = start, reader.line_num + 1
            if not cells or (all(not c.strip() for c in cells) and len(cells) <= 1):
                continue
            if len(cells) > width:
                if any(c.strip() for c in cells[width:]):
                    skipped.append(SkippedRow(line_no, _too_many(len(cells), width), name))
                    continue
                cells, repaired = cells[:width], repaired + 1
            records.append(cells + [""] * (width - len(cells)))
            rows.append(line_no)
    except csv.Error as err:
        skipped.append(SkippedRow(start, f"unreadable from here on ({err})", name))
    frame = pd.DataFrame(records, columns=range(width), dtype="str")
    if not records:
        frame = pd.DataFrame({i: pd.Series([], dtype="str") for i in range(width)})
    return Table(frame, np.array(rows, dtype=np.int64), [], 0, delimiter, "", skipped, repaired)


def _too_many(seen: int, width: int) -> str:
    return f"{seen} fields where the header has {width}"


def _unique_names(header: list[str], width: int) -> list[str]:
    names, seen = [], set()
    for i in range(width):
        base = header[i] if i < len(header) and header[i] else f"column {i + 1}"
        candidate, n = base, 2
        while candidate in seen:
            candidate, n = f"{base} ({n})", n + 1
        seen.add(candidate)
        names.append(candidate)
    return names
