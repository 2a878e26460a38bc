"""Telling a broken quote from a field that really spans lines, and reading its row anyway.

A quote opened by mistake (``Jan,"de Vries,…``) makes the csv module read every following
line into one field until another quote turns up: five contacts become one last name. A
field holding a line break followed by a whole row of the file's own shape — a URL in the
URL column, a date in the date column — is such a broken quote, not a name. The shape is
learnt from the file itself, so this works for any layout with a typed column.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field

from ..messages import Message

SHAPE_SAMPLE = 2000  # lines looked at to learn which columns hold URLs, e-mails or dates
MAX_QUOTES_TRIED = 8  # quotes of a broken line tried as the stray one
MIN_UNTYPED_WIDTH = 4  # fewer columns than this: a field's own text may well fit the count
TYPED_SHARE = 0.6  # of a column's values of one kind make it typed (pasted headers, junk: the rest)
_KINDS = {
    "url": re.compile(r"(?i)^(https?://|www\.)\S+$"),
    "email": re.compile(r"^[^@\s,;]+@[^@\s,;]+\.[^@\s,;]+$"),
    "date": re.compile(
        r"(?i)^(\d{1,4}[-/. ]\s?(\d{1,2}|[^\W\d_]{3,9}\.?)[-/. ,]\s?\d{2,4}"
        r"|[^\W\d_]{3,9}\.? \d{1,2},? \d{4})([ T]\d.*)?$"
    ),
}


def parse_line(line: str, delimiter: str) -> list[str] | None:
    """The cells of one line read on its own, or None when its quotes do not balance."""
    try:
        return next(csv.reader([line], delimiter=delimiter, strict=True), [])
    except csv.Error:
        return None


def fits(cells: list[str] | None, width: int) -> bool:
    """True when ``cells`` are one record of ``width`` fields (empty padding beyond is Excel's)."""
    if cells is None or len(cells) < width:
        return False
    return all(not c.strip() for c in cells[width:])


def _spelled(cells: list[str]) -> list[str]:
    return [c.strip().lstrip("\ufeff").casefold() for c in cells]


def _kind_of(value: str) -> str:
    return next((kind for kind, pattern in _KINDS.items() if pattern.match(value)), "")


@dataclass
class Shape:
    """Which columns of a file hold URLs, e-mail addresses or dates, learnt from lines that
    read cleanly on their own."""

    width: int
    delimiter: str
    kinds: dict[int, str] = field(default_factory=dict)  # column -> "url" | "email" | "date"

    @classmethod
    def learn(
        cls, lines: list[str], width: int, delimiter: str, header: list[str] | None = None
    ) -> Shape:
        """The shape of the records in ``lines`` (a sample of at most SHAPE_SAMPLE is read).
        Lines repeating ``header`` (two exports pasted together) are no records: counted,
        their column names would make a typed column look untyped in a short file."""
        names = _spelled(header or [])
        matches: dict[tuple[int, str], int] = {}
        filled = [0] * width
        for line in lines[:SHAPE_SAMPLE]:
            cells = parse_line(line, delimiter)
            if not fits(cells, width):  # a broken line still shows the file's shape
                cells = without_stray_quote(line, delimiter, width) if '"' in line else None
                if cells is None:
                    continue
            if names and _spelled(cells[:width]) == names:
                continue
            for col, value in enumerate(cells[:width]):
                value = value.strip()
                if value:
                    filled[col] += 1
                    kind = _kind_of(value)
                    if kind:
                        matches[col, kind] = matches.get((col, kind), 0) + 1
        kinds = {
            col: kind
            for (col, kind), n in matches.items()
            if n >= max(1, TYPED_SHARE * filled[col])
        }
        return cls(width, delimiter, kinds)

    def is_row(self, line: str) -> bool:
        """True when ``line`` on its own — as it is, or without one stray quote — is a whole
        record of this shape: the right number of fields and every typed column empty or of
        its type, at least one of them filled (a file without typed columns: exactly the
        header's number of fields, at least MIN_UNTYPED_WIDTH of them)."""
        if (not self.kinds and self.width < MIN_UNTYPED_WIDTH) or self.delimiter not in line:
            return False
        # Without typed columns only the count tells, and the end of a quoted field spanning
        # lines (``B.V.",Eng,…``) can have the full count: a line closing a quote is no row.
        as_is = self.kinds or '"' not in line
        if as_is and self._matches(parse_line(line, self.delimiter)):
            return True
        return any(self._matches(cells) for cells in _without_one_quote(line, self.delimiter))

    def _matches(self, cells: list[str] | None) -> bool:
        if not fits(cells, self.width):
            return False
        if not self.kinds:  # no typed column: a line of exactly the header's width will do
            return len(cells) == self.width and sum(bool(c.strip()) for c in cells) >= 2
        typed = [cells[col].strip() for col in self.kinds]
        if not any(typed):
            return False
        kinds = self.kinds.values()
        return all(not v or _KINDS[k].match(v) for v, k in zip(typed, kinds, strict=True))


def _without_one_quote(line: str, delimiter: str):
    """The cells of ``line`` with each of its (first few) opening quotes left out in turn,
    last first; None for a reading whose quotes still do not balance. Only a quote opening a
    field can be the stray one: a closing quote ends a field that began lines before."""
    positions = [
        i
        for i, ch in enumerate(line)
        if ch == '"'
        and (i == 0 or line[i - 1] == delimiter)
        and line[i + 1 : i + 2] not in ("", delimiter, "\n", '"')
    ][:MAX_QUOTES_TRIED]
    for i in reversed(positions):  # the unclosed quote is usually the last one opened
        yield parse_line(line[:i] + line[i + 1 :], delimiter)


def without_stray_quote(line: str, delimiter: str, width: int) -> list[str] | None:
    """The cells of a line whose quote never closes, read without that quote; None when no
    single quote of the line, left out, gives a record of ``width`` fields."""
    for cells in _without_one_quote(line, delimiter):
        if fits(cells, width):
            return cells[:width]
    return None


def repaired_warning(name: str, lines: list[int]) -> str:
    """One warning for the rows read without their stray quote, naming their lines."""
    shown = ", ".join(map(str, lines[:5]))
    if len(lines) > 5:
        shown = Message("read.and_more", shown=shown, n=len(lines) - 5)
    return Message("note.stray_quote", file=name, n=len(lines), lines=shown)
