"""The header of a table file, read from its first lines only: what kind of table a file is,
without reading it (batch uses it to recognise the app's own outputs in an input folder).

A CSV (or TSV, TXT, gzipped CSV) is decoded from its first bytes as the readers decode a whole
file; a workbook gives the first rows of its first sheet that holds anything.
"""

from __future__ import annotations

import gzip
from collections.abc import Callable
from pathlib import Path

from .csvtext import HEADER_SCAN_LINES, decode, header_cells, normalise_header

HEAD_BYTES = 64 * 1024  # the header is within the first lines; a long line is cut, not read
_TEXT_SUFFIXES = (".csv", ".txt", ".tsv")
_WORKBOOK_SUFFIXES = (".xlsx", ".xlsm")


def header(path: Path, accept: Callable[[list[str]], bool]) -> list[str] | None:
    """The normalised cells of the first of ``path``'s first lines that ``accept`` takes as a
    header; None when none does, or the file is no table (or cannot be read: reading it
    properly will say why)."""
    return next((cells for cells in head_rows(path) if accept(cells)), None)


def head_rows(path: Path, data: bytes | None = None) -> list[list[str]]:
    """The normalised cells of ``path``'s first lines (``data``: its first bytes, as
    :func:`head_bytes` reads them, when already read); [] when it is no table or cannot be
    read (reading it properly will say why)."""
    try:
        return [[normalise_header(c) for c in cells] for cells in _first_rows(path, data)]
    except Exception:  # a damaged or unreadable file is no output of ours; its read says why
        return []


def head_bytes(path: Path) -> bytes | None:
    """The first bytes of a text table (a gzipped one unpacked); None for a workbook or any
    other kind. Raises OSError (and gzip's errors) when it cannot be read."""
    suffix = path.suffix.lower()
    if suffix == ".gz":
        with gzip.open(path) as fh:
            return fh.read(HEAD_BYTES)
    if suffix in _TEXT_SUFFIXES:
        with open(path, "rb") as fh:
            return fh.read(HEAD_BYTES)
    return None


def _first_rows(path: Path, data: bytes | None = None) -> list[list[str]]:
    if path.suffix.lower() in _WORKBOOK_SUFFIXES:
        return _workbook_rows(path)
    data = head_bytes(path) if data is None else data
    if data is None:
        return []
    text, _encoding = decode(data, path.name)
    lines = text.split("\n", HEADER_SCAN_LINES)[:HEADER_SCAN_LINES]
    return [header_cells(line.rstrip("\r"))[0] for line in lines]


def _workbook_rows(path: Path) -> list[list[str]]:
    """The first rows of the workbook's first sheet that holds a value."""
    import openpyxl  # only a workbook pays for importing it

    book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    try:
        for sheet in book.worksheets:
            rows = [
                ["" if v is None else str(v) for v in row]
                for row in sheet.iter_rows(max_row=HEADER_SCAN_LINES, values_only=True)
            ]
            if any(any(cells) for cells in rows):
                return rows
    finally:
        book.close()
    return []


def vcard_product(path: Path) -> str:
    """The PRODID (the program that wrote it) of the first card of the vCard file ``path``;
    "" when it gives none, or the file cannot be read (reading it properly will say why)."""
    try:
        with open(path, "rb") as fh:
            data = fh.read(HEAD_BYTES)
    except OSError:
        return ""
    text, _encoding = decode(data, path.name)
    first = text.split("END:VCARD", 1)[0]
    for line in first.splitlines():
        name, _colon, value = line.strip().partition(":")
        if name.upper() == "PRODID":
            return value.strip()
    return ""
