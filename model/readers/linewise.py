"""Records read line by line with the csv module: the careful path for records that span
lines, where each record's first line is tracked and a broken quote costs no contact.

A quote that never closes — it runs to the end of the file, past MAX_RECORD_SPAN lines or
the csv module's field limit, or swallows a whole row of the file's shape
(:class:`~.quotes.Shape`) — is a broken quote: its row is read without it if it can be, and
parsing starts again on the line after it, so the rows it swallowed are read as rows. Every
record pulls at most MAX_RECORD_SPAN lines, so the whole read stays linear in the file.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field

from ..messages import Message
from .quotes import Shape, parse_line, without_stray_quote
from .result import SkippedRow

MAX_FIELD_CHARS = 10_000  # LinkedIn's longest fields (headlines) are a few hundred
HUGE_FIELD = Message("row.huge_field", chars=MAX_FIELD_CHARS)
MAX_RECORD_LINES = 10  # a contact whose fields span more lines is an unclosed quote
MAX_RECORD_SPAN = 100  # lines one record may pull before its quote counts as never closing


@dataclass
class Records:
    """What :func:`read_records` found: the records (padded to the header's width), the
    1-based first line of each, the rows skipped and the lines read without a stray quote."""

    width: int
    records: list[list[str]]
    rows: list[int]
    skipped: list[SkippedRow]
    repaired: list[int]


def read_records(body: str, delimiter: str, name: str) -> Records:
    """Parse ``body`` (its first line the header) record by record; see the module."""
    lines = [line + "\n" for line in body.split("\n")]
    if lines[-1] == "\n":
        lines.pop()  # the empty piece after a final line end
    try:
        header = next(csv.reader(lines[:1], delimiter=delimiter), [])
    except csv.Error:
        header = []
    parsed = _Parsed(width=len(header), lines=lines, delimiter=delimiter, name=name)
    first = 1
    while first < len(lines):
        first = _parse_from(first, parsed)
    return Records(parsed.width, parsed.records, parsed.rows, parsed.skipped, parsed.repaired)


def too_many(seen: int, width: int) -> str:
    """The reason a record with ``seen`` fields under a header of ``width`` is skipped."""
    return Message("row.too_many_fields", seen=seen, width=width)


@dataclass
class _Parsed:
    width: int
    lines: list[str]
    delimiter: str
    name: str
    records: list[list[str]] = field(default_factory=list)
    rows: list[int] = field(default_factory=list)
    skipped: list[SkippedRow] = field(default_factory=list)
    repaired: list[int] = field(default_factory=list)  # lines read without a stray quote
    shape: Shape | None = None

    def is_row(self, line: str) -> bool:
        if self.shape is None:  # learnt only once a record spans lines
            header = parse_line(self.lines[0], self.delimiter) if self.lines else None
            self.shape = Shape.learn(self.lines[1:], self.width, self.delimiter, header)
        return self.shape.is_row(line)

    def add(self, cells: list[str], line_no: int) -> None:
        if len(cells) > self.width:
            if any(c.strip() for c in cells[self.width :]):
                reason = too_many(len(cells), self.width)
                self.skipped.append(SkippedRow(line_no, reason, self.name))
                return
            cells = cells[: self.width]  # Excel's padding: empty cells past the header
        self.records.append(cells + [""] * (self.width - len(cells)))
        self.rows.append(line_no)

    def broken_quote(self, line_no: int, why: str) -> int:
        """Read line ``line_no`` (1-based) without its stray quote, or skip it saying ``why``;
        returns the 0-based index to parse on from: the next line."""
        cells = without_stray_quote(self.lines[line_no - 1], self.delimiter, self.width)
        if cells is None:
            self.skipped.append(SkippedRow(line_no, why, self.name))
        else:
            self.add(cells, line_no)
            self.repaired.append(line_no)
        return line_no


class _Feed:
    """The lines from ``start`` for csv.reader, stopping a record that reaches a whole row of
    the file's shape or MAX_RECORD_SPAN lines: each record then costs at most that many."""

    def __init__(self, parsed: _Parsed, start: int):
        self.parsed, self.next = parsed, start
        self.pending = 0  # lines pulled by the record being read
        self.record_start = start  # 0-based first line of that record
        self.cut = False

    def __iter__(self) -> _Feed:
        return self

    def __next__(self) -> str:
        lines = self.parsed.lines
        if self.cut or self.next >= len(lines):
            raise StopIteration
        line = lines[self.next]
        if self.pending and (self.pending >= MAX_RECORD_SPAN or self.parsed.is_row(line)):
            self.cut = True
            raise StopIteration
        if not self.pending:
            self.record_start = self.next
        self.next += 1
        self.pending += 1
        return line


def _parse_from(first: int, out: _Parsed) -> int:
    """Parse records from 0-based line ``first`` into ``out``; returns where to go on from
    (``len(lines)`` when done, or the line after a broken quote)."""
    feed = _Feed(out, first)
    reader = csv.reader(feed, delimiter=out.delimiter)
    try:
        for cells in reader:
            line_no, last = feed.record_start + 1, feed.next  # 1-based first and last line
            feed.pending = 0
            # the file's last record can end inside a quote even on one line
            if feed.cut or (last == len(out.lines) and _unclosed(out, line_no)):
                why = Message("row.unclosed_quote", line=line_no)
                return out.broken_quote(line_no, why)
            if not cells or (all(not c.strip() for c in cells) and len(cells) <= 1):
                continue
            if last - line_no >= MAX_RECORD_LINES:
                reason = Message("row.quote_runs_over", first=line_no, last=last)
                out.skipped.append(SkippedRow(line_no, reason, out.name))
                continue
            out.add(cells, line_no)
    except csv.Error as err:  # a field past the csv module's limit: an unclosed quote
        line_no = feed.record_start + 1
        if "field limit" not in str(err):
            return out.broken_quote(line_no, Message("row.unreadable", detail=str(err)))
        if len(out.lines[line_no - 1]) > MAX_FIELD_CHARS:  # the field is on this very line
            out.skipped.append(SkippedRow(line_no, HUGE_FIELD, out.name))
            return line_no
        # a quote opened here ran into a later, huge line: that one is said on its own
        return out.broken_quote(line_no, Message("row.unclosed_quote", line=line_no))
    return len(out.lines)


def _unclosed(out: _Parsed, line_no: int) -> bool:
    """True when the record from line ``line_no`` to the end of the file ends inside a quote."""
    text = "".join(out.lines[line_no - 1 :])
    try:
        list(csv.reader(io.StringIO(text), delimiter=out.delimiter, strict=True))
    except csv.Error:
        return True
    return False
