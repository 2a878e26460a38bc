"""A decisions file: a person's work/private decisions on contacts, matched to an export.

Columns (any order, headers case-insensitive): ``URL`` or ``row`` (the contact's 1-based
position in the export, as in our output files), ``decision`` (work or private, in English or
Dutch; empty means undecided and is skipped), optionally ``employer``, ``note``, ``decided by``
and ``decided at``, and LinkedIn's name and company columns. The app's classification table
("Export all") has these columns, so it can be given back as it is. CSV (any encoding or
delimiter our readers take) or XLSX.

This is the one reader of such files: learning (``--labels``) reads it as :class:`Labels`, HR's
``package --decisions`` as a row-aligned table (:func:`labels_frame`), and both complete it
with the decisions the input table carries by the one rule of :func:`with_carried`.
"""

from __future__ import annotations

import re
from collections import defaultdict, deque
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from ..errors import InputError
from ..messages import Message
from ..paths import read_capped
from ..readers.own import unneutralised
from ..schema import DECISION_WORDS

MAX_LABELS_FILE = 256 * 2**20
_DECISIONS = DECISION_WORDS
_URL_NOISE = re.compile(r"^(https?://)?(www\.)?")
# what a record may name its contact by, as normalise_header spells LinkedIn's headers
_IDENTITY = {"first_name": "first name", "last_name": "last name", "url": "url",
             "company": "company", "connected_on": "connected on"}  # fmt: skip
FRAME_COLUMNS = ("decision", "employer", "note", "decided_by", "decided_at")


@dataclass(frozen=True)
class Labels:
    """Decisions matched to the rows of one contact table."""

    decision: np.ndarray  # object per contact row: "", "work" or "private"
    employer: np.ndarray  # object per row: the employer given with a work decision, else ""
    note: np.ndarray  # object per row: the note given, else ""
    given: int  # decisions in the file
    unmatched: int  # of those, how many matched no contact
    decided_by: np.ndarray | None = field(default=None)  # object per row: who, "" when unknown
    decided_at: np.ndarray | None = field(default=None)  # object per row: when, "" when unknown

    def __post_init__(self) -> None:
        for name in ("decided_by", "decided_at"):
            if getattr(self, name) is None:
                object.__setattr__(self, name, np.full(len(self.decision), "", dtype=object))

    @property
    def decided(self) -> np.ndarray:
        """Boolean mask of the rows with a decision."""
        return self.decision != ""


def url_key(url: str) -> str:
    """A contact URL reduced for matching: no scheme, no www., no trailing slash, case-folded."""
    return _URL_NOISE.sub("", str(url).strip().casefold()).rstrip("/")


def read_labels(path: str | Path, contacts: pd.DataFrame) -> Labels:
    """Read the decisions file ``path`` and match it to ``contacts``.

    A record names its contact by URL, else by name and company (as the review journal
    matches contacts), else by ``row``. Records naming the same contact pair up with its rows
    in order (an export listing a contact twice keeps both rows' decisions); a contact row left
    over takes its records' decision. Raises InputError naming the file and the problem
    (unreadable, no decision column, neither URL nor row, a decision that is neither work nor
    private, a row out of range, two records deciding one contact differently)."""
    path = Path(path)
    table = _read_table(path)
    columns = {_header(c): c for c in table.columns}
    if "decision" not in columns:
        raise InputError(path, Message("labels.no_decision_column"))
    if "url" not in columns and "row" not in columns:
        raise InputError(path, Message("labels.no_key_column"))
    values = [_plain(v).strip().casefold() for v in _column(table, columns, "decision")]
    for line, value in enumerate(values):
        if value and value not in _DECISIONS:
            raise InputError(path, Message("labels.bad_decision", record=line + 1, value=value))
    records = _Records(table, columns, [_DECISIONS.get(v, "") for v in values])
    return _match(path, records, contacts)


def labels_frame(labels: Labels | None) -> pd.DataFrame | None:
    """``labels`` as a row-aligned table (decision, employer, note, decided_by, decided_at);
    None for None."""
    if labels is None:
        return None
    return pd.DataFrame({c: np.asarray(getattr(labels, c), dtype=object) for c in FRAME_COLUMNS})


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
    return Labels(
        decision.copy(),
        employer.astype(object),
        decisions["note"].to_numpy(dtype=object).copy(),
        int(decided.sum()),
        0,
        _optional(decisions, "decided_by"),
        _optional(decisions, "decided_at"),
    )


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
        np.where(taken, carried.decided_by, given.decided_by),
        np.where(taken, carried.decided_at, given.decided_at),
    )


def _optional(frame: pd.DataFrame, name: str) -> np.ndarray:
    if name not in frame:
        return np.full(len(frame), "", dtype=object)
    return frame[name].fillna("").astype(str).to_numpy(dtype=object).copy()


class _Records:
    """A decisions file's records: each one's decision, what it says with it, and the contact
    it names (a matching key as the review journal builds it, or a row number)."""

    def __init__(self, table: pd.DataFrame, columns: dict[str, str], decision: list[str]):
        self.decision = decision
        self.employer, self.decided_by, self.decided_at, self.row = (
            [_plain(v).strip() for v in _column(table, columns, name)]
            for name in ("employer", "decided by", "decided at", "row")
        )
        self.note = [_plain(v) for v in _column(table, columns, "note")]
        identity = {
            col: [_plain(v) for v in _column(table, columns, header)]
            for col, header in _IDENTITY.items()
        }
        named = pd.DataFrame(identity, dtype=object)
        has_names = any(h in columns for h in ("first name", "last name"))
        keys = _keys(named)
        # a record without a URL, and in a file without names, is found by its row alone
        self.key = [
            k if (u.strip() or has_names) else ""
            for k, u in zip(keys, identity["url"], strict=True)
        ]


def _match(path: Path, records: _Records, contacts: pd.DataFrame) -> Labels:
    """Decide ``contacts``' rows from ``records`` (see :func:`read_labels`)."""
    n = len(contacts)
    matched = _Matched(path, n)
    rows_of: dict[str, list[int]] = defaultdict(list)
    for row, key in enumerate(_keys(contacts) if n else []):
        rows_of[key].append(row)
    free = {key: deque(rows) for key, rows in rows_of.items()}
    by_key: dict[str, list[int]] = defaultdict(list)  # decided records per key, in order
    left: list[int] = []  # decided records no row of their key was free for
    given = unmatched = 0
    for line, key in enumerate(records.key):
        row = free[key].popleft() if key and free.get(key) else None
        decided = records.decision[line] != ""
        if row is not None and not decided:
            matched.keep_note(row, records, line)
        if not decided:
            continue
        given += 1
        if row is None and key in rows_of:
            left.append(line)
        elif row is None:
            target = _row_target(path, records, line, n)
            if target is None:
                unmatched += 1
            else:
                matched.decide(line, [target], records)
        else:
            matched.decide(line, [row], records)
        by_key[key].append(line)
    for key, lines in by_key.items():  # a contact row no record paired with takes theirs
        for line in lines:
            if key:
                matched.decide(line, list(free.get(key, ())), records)
    for line in left:  # a record repeating its contact: the same decision, or a conflict
        matched.decide(line, rows_of[records.key[line]], records)
    return Labels(
        matched.decision, matched.employer, matched.note, given, unmatched,
        matched.decided_by, matched.decided_at,
    )  # fmt: skip


def _keys(table: pd.DataFrame) -> list[str]:
    """The matching keys of ``table``'s rows as the review journal builds them, from URLs
    reduced by :func:`url_key` on both sides: the journal's keys keep "www." when a URL lacks
    its scheme, as a URL typed or shortened in a decisions file may."""
    from ..journal import contact_keys

    if "url" in table:
        urls = table["url"].fillna("").astype(str)
        table = table.assign(url=[url_key(u) if u.strip() else "" for u in urls])
    return contact_keys(table)[0]


def _row_target(path: Path, records: _Records, line: int, n: int) -> int | None:
    """The contact row a record names by ``row``, None when it names none."""
    value = records.row[line]
    return _row_number(path, line, value, n) if value else None


class _Matched:
    """The decisions of a decisions file per contact row, as its records are matched."""

    def __init__(self, path: Path, n: int) -> None:
        self.path = path
        self.decision = np.full(n, "", dtype=object)
        self.employer = np.full(n, "", dtype=object)
        self.note = np.full(n, "", dtype=object)
        self.decided_by = np.full(n, "", dtype=object)
        self.decided_at = np.full(n, "", dtype=object)
        self.record = np.full(n, -1, dtype=np.int64)  # the record that decided each contact

    def keep_note(self, row: int, records: _Records, line: int) -> None:
        """Keep the note of an undecided record on the contact it names."""
        self.note[row] = records.note[line]

    def decide(self, line: int, targets: list[int], records: _Records) -> None:
        """Record ``line``'s decision on the ``targets`` rows. Raises InputError when an
        earlier record decided one of them differently."""
        label = records.decision[line]
        chosen = records.employer[line] if label == "work" else ""
        for t in targets:
            if self.record[t] >= 0 and (self.decision[t], self.employer[t]) != (label, chosen):
                # two records decide one contact differently: which one is meant is unknown,
                # and taking the last would drop the other without a word
                raise InputError(
                    self.path,
                    Message(
                        "labels.conflict",
                        record=line + 1,
                        contact=t + 1,
                        decision=_as_text(label, chosen),
                        other=self.record[t] + 1,
                        earlier=_as_text(self.decision[t], self.employer[t]),
                    ),
                )
            if self.record[t] >= 0:
                continue  # the same decision again: the first record's note and time stay
            self.record[t] = line
            self.decision[t] = label
            self.employer[t] = chosen
            self.note[t] = records.note[line]
            self.decided_by[t] = records.decided_by[line]
            self.decided_at[t] = records.decided_at[line]


def _as_text(label: str, employer: str) -> str:
    return f"{label} ({employer})" if employer else label


def _plain(value) -> str:
    """Undo the apostrophe our exports put before text a spreadsheet would run as a formula."""
    return unneutralised(str(value))


def _read_table(path: Path) -> pd.DataFrame:
    from ..readers.csvtext import decode, find_header, read_table
    from ..readers.spreadsheet import is_workbook, workbook_csv

    data = read_capped(path, MAX_LABELS_FILE, "decisions file")

    def accept(cells: list[str]) -> bool:
        return "decision" in cells and ("url" in cells or "row" in cells)

    try:
        if is_workbook(path):
            data = workbook_csv(path, data)
        text, encoding = decode(data, str(path))
        found = find_header(text, str(path), accept, Message("labels.no_header"))
        table = read_table(text, str(path), found[0], found[2], encoding)
    except InputError as err:  # no table at all: say what a decisions file is
        raise InputError(path, Message("labels.not_table", problem=err.problem)) from None
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
