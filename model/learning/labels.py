"""A decisions file: a person's work/private decisions on contacts, matched to an export.

Columns (any order, headers case-insensitive): ``URL`` or ``row`` (the contact's 1-based
position in the export, as in our output files), ``decision`` (work or private; empty means
undecided and is skipped), optionally ``employer`` and ``note``. The app's classification
export has exactly these columns, so it can be given back as it is. CSV (any encoding or
delimiter our readers take) or XLSX.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from ..errors import InputError
from ..messages import Message
from ..paths import read_capped
from ..schema import DECISION_WORDS

MAX_LABELS_FILE = 256 * 2**20
_DECISIONS = DECISION_WORDS
_URL_NOISE = re.compile(r"^(https?://)?(www\.)?")


@dataclass(frozen=True)
class Labels:
    """Decisions matched to the rows of one contact table."""

    decision: np.ndarray  # object per contact row: "", "work" or "private"
    employer: np.ndarray  # object per row: the employer given with a work decision, else ""
    note: np.ndarray  # object per row: the note given, else ""
    given: int  # decisions in the file
    unmatched: int  # of those, how many matched no contact

    @property
    def decided(self) -> np.ndarray:
        """Boolean mask of the rows with a decision."""
        return self.decision != ""


def url_key(url: str) -> str:
    """A contact URL reduced for matching: no scheme, no www., no trailing slash, case-folded."""
    return _URL_NOISE.sub("", str(url).strip().casefold()).rstrip("/")


def read_labels(path: str | Path, contacts: pd.DataFrame) -> Labels:
    """Read the decisions file ``path`` and match it to ``contacts`` (by URL, else by row).

    Raises InputError naming the file and the problem (unreadable, no decision column, neither
    URL nor row, a decision that is neither work nor private, a row out of range, two records
    deciding one contact differently)."""
    path = Path(path)
    table = _read_table(path)
    columns = {_header(c): c for c in table.columns}
    if "decision" not in columns:
        raise InputError(path, Message("labels.no_decision_column"))
    if "url" not in columns and "row" not in columns:
        raise InputError(path, Message("labels.no_key_column"))
    n = len(contacts)
    matched = _Matched(path, n)
    given_values = table[columns["decision"]].fillna("").astype(str).str.strip().str.casefold()
    by_url = _rows_by_url(contacts) if "url" in columns else {}
    urls = _column(table, columns, "url")
    rows = _column(table, columns, "row")
    employers = _column(table, columns, "employer")
    notes = _column(table, columns, "note")
    given = unmatched = 0
    for line, value in enumerate(given_values.tolist()):
        if not value:
            continue
        if value not in _DECISIONS:
            raise InputError(path, Message("labels.bad_decision", record=line + 1, value=value))
        given += 1
        targets = by_url.get(url_key(urls[line]), []) if urls[line].strip() else []
        if not targets and rows[line].strip():
            targets = [_row_number(path, line, rows[line], n)]
        if not targets:
            unmatched += 1
            continue
        label = _DECISIONS[value]
        chosen = employers[line].strip() if label == "work" else ""
        matched.decide(line, targets, label, chosen, notes[line])
    return Labels(matched.decision, matched.employer, matched.note, given, unmatched)


def table_labels(decisions: pd.DataFrame | None) -> Labels | None:
    """The decisions of the app's own classification table read back (``Export.decisions``,
    row-aligned) as Labels; None when it carries no decision."""
    if decisions is None:
        return None
    decision = decisions["decision"].to_numpy(dtype=object)
    decided = decision != ""
    if not decided.any():
        return None
    employer = np.where(decision == "work", decisions["employer"].to_numpy(dtype=object), "")
    note = decisions["note"].to_numpy(dtype=object)
    return Labels(decision.copy(), employer.astype(object), note.copy(), int(decided.sum()), 0)


def with_carried(given: Labels | None, carried: Labels | None) -> Labels | None:
    """``given`` (a decisions file's) completed by ``carried`` (the decisions the input table
    carries, :func:`table_labels`): the file decides its rows, the table's decisions stay on
    the rows the file leaves open; either alone when the other is None."""
    if given is None or carried is None:
        return given if carried is None else carried
    taken = ~given.decided & carried.decided
    return Labels(
        np.where(taken, carried.decision, given.decision),
        np.where(taken, carried.employer, given.employer),
        np.where(taken, carried.note, given.note),
        given.given + int(taken.sum()),
        given.unmatched,
    )


def _rows_by_url(contacts: pd.DataFrame) -> dict[str, list[int]]:
    """The rows of ``contacts`` per URL key (see :func:`url_key`); rows without a URL left out."""
    n = len(contacts)
    by_url: dict[str, list[int]] = {}
    for i, u in enumerate(contacts.get("url", pd.Series([""] * n)).fillna("").astype(str)):
        key = url_key(u)
        if key:
            by_url.setdefault(key, []).append(i)
    return by_url


class _Matched:
    """The decisions of a decisions file per contact row, as its records are matched."""

    def __init__(self, path: Path, n: int) -> None:
        self.path = path
        self.decision = np.full(n, "", dtype=object)
        self.employer = np.full(n, "", dtype=object)
        self.note = np.full(n, "", dtype=object)
        self.decided_by = np.full(n, -1, dtype=np.int64)  # the record that decided each contact

    def decide(self, line: int, targets: list[int], label: str, chosen: str, note: str) -> None:
        """Record ``line``'s decision on the ``targets`` rows. Raises InputError when an
        earlier record decided one of them differently."""
        for t in targets:
            if self.decided_by[t] >= 0 and (self.decision[t], self.employer[t]) != (label, chosen):
                # two records decide one contact differently: which one is meant is unknown,
                # and taking the last would drop the other without a word
                raise InputError(
                    self.path,
                    Message(
                        "labels.conflict",
                        record=line + 1,
                        contact=t + 1,
                        decision=_as_text(label, chosen),
                        other=self.decided_by[t] + 1,
                        earlier=_as_text(self.decision[t], self.employer[t]),
                    ),
                )
            self.decided_by[t] = line
            self.decision[t] = label
            self.employer[t] = chosen
            self.note[t] = note


def _as_text(label: str, employer: str) -> str:
    return f"{label} ({employer})" if employer else label


def _read_table(path: Path) -> pd.DataFrame:
    from ..readers.csvtext import decode, find_header, read_table
    from ..readers.spreadsheet import is_workbook, workbook_csv

    data = read_capped(path, MAX_LABELS_FILE, "decisions file")
    if is_workbook(path):
        data = workbook_csv(path, data)
    text, encoding = decode(data, str(path))

    def accept(cells: list[str]) -> bool:
        return "decision" in cells and ("url" in cells or "row" in cells)

    index, _cells, delimiter = find_header(text, str(path), accept, Message("labels.no_header"))
    table = read_table(text, str(path), index, delimiter, encoding)
    if table.skipped:  # a decision the reader had to leave out would be lost without a word
        first = table.skipped[0]
        key = "labels.unreadable_line_more" if len(table.skipped) > 1 else "labels.unreadable_line"
        problem = Message(key, line=first.row, reason=first.reason, more=len(table.skipped) - 1)
        raise InputError(path, problem)
    return table.frame


def _header(cell: str) -> str:
    from ..readers.csvtext import normalise_header

    return normalise_header(str(cell))


def _column(table: pd.DataFrame, columns: dict[str, str], name: str) -> list[str]:
    if name not in columns:
        return [""] * len(table)
    return table[columns[name]].fillna("").astype(str).tolist()


def _row_number(path: Path, line: int, value: str, n: int) -> int:
    try:
        number = int(float(value.strip()))
    except ValueError:
        raise InputError(
            path, Message("labels.row_not_number", record=line + 1, value=value)
        ) from None
    if not 1 <= number <= n:
        raise InputError(
            path, Message("labels.row_out_of_range", record=line + 1, row=number, count=n)
        )
    return number - 1
