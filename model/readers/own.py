"""The app's own outputs read back: a classification table (CSV or XLSX) is an export too.

Its first columns are LinkedIn's, so the LinkedIn reader reads the contacts; this module
recognises the columns the app added and takes back the review decisions, so that opening
an exported file restores them.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from ..messages import Message
from ..schema import DECISION_WORDS, LINKEDIN_HEADERS
from .csvtext import Table, normalise_header

# The columns model.exports writes after LinkedIn's, as normalise_header spells them.
RESULT_HEADERS = ("suggestion", "p work", "employer", "category", "flagged", "reasons")
REVIEW_HEADERS = ("decision", "review state", "decided by", "decided at", "note")
OUTPUT_HEADERS = frozenset(RESULT_HEADERS + REVIEW_HEADERS)


# What model.table_writers puts an apostrophe before, so that a spreadsheet shows it as text
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n")
_TEXT_COLUMNS = ("first_name", "last_name", "url", "email", "company", "position")


def unneutralised(value: str) -> str:
    """``value`` without the apostrophe the app's CSV export put before a formula character:
    "'=SUM(A1)" is "=SUM(A1)" again, as it was before it was exported."""
    if value[:1] == "'" and value[1:2] in _FORMULA_STARTS:
        return value[1:]
    return value


def unneutralise(values: np.ndarray) -> np.ndarray:
    """``values`` (strings) each :func:`unneutralised`."""
    out = values.copy()
    for i, value in enumerate(values):
        out[i] = unneutralised(value)
    return out


def own_contacts(contacts: pd.DataFrame) -> pd.DataFrame:
    """The contacts of the app's own table read back, their text as it was before export."""
    for name in _TEXT_COLUMNS:
        values = contacts[name].to_numpy(dtype=object)
        if any(v[:1] == "'" for v in values):  # the usual table has none: nothing to copy
            contacts[name] = pd.array(unneutralise(values), dtype=contacts[name].dtype)
    return contacts


def is_own_output(cells: list[str]) -> bool:
    """True for a normalised header of the app's classification table."""
    return {"suggestion", "p work"} <= set(cells)


# LinkedIn's columns as the contact lists repeat them, as normalise_header spells them
_CONTACT_HEADERS = tuple(normalise_header(h) for h in LINKEDIN_HEADERS.values())
_AFTER_CONTACTS = {
    ("note",): "private",  # the person's private list: nothing about work goes in it
    ("suggestion", "employer", "category", "note"): "handover",  # HR's list from a package
}


def own_list_kind(cells: list[str]) -> str:
    """ "private" for a normalised header of a private list (LinkedIn's contact columns, then
    the note), "handover" for HR's hand-over list of a package (then suggestion, employer,
    category, note); "" for anything else. A work list from an export is a classification
    table (:func:`is_own_output`). Columns a spreadsheet adds empty at the end are passed
    over; a contacts file with columns of its own is none of these."""
    n = len(_CONTACT_HEADERS)
    if tuple(cells[:n]) != _CONTACT_HEADERS:
        return ""
    rest = list(cells[n:])
    while rest and not rest[-1]:
        rest.pop()
    return _AFTER_CONTACTS.get(tuple(rest), "")


def has_decisions(cells: list[str]) -> bool:
    """True when the table carries review decisions (an export made after a review)."""
    return "decision" in cells


def decisions_from_table(
    table: Table, rows: np.ndarray, report=None, name: str = ""
) -> pd.DataFrame:
    """Per contact (``rows``: each contact's source line, as the reader keeps it): decision,
    employer, category, note, decided_by, decided_at (strings, "" when none).

    A decision may be written in English or Dutch, in any case ("Werk", "privé"); other
    values count as undecided, with a warning in ``report`` naming the file ``name``.
    """
    frame = table.frame
    by_header = {normalise_header(c): c for c in frame.columns}
    position = pd.Series(np.arange(len(frame)), index=table.rows)
    take = position.reindex(rows).to_numpy()

    def column(name: str) -> np.ndarray:
        if name not in by_header:
            return np.full(len(rows), "", dtype=object)
        values = frame[by_header[name]].fillna("").astype(str).str.strip().to_numpy(dtype=object)
        return values[take]

    written = column("decision")
    decision = np.array([DECISION_WORDS.get(v.casefold(), "") for v in written], dtype=object)
    unknown = (decision == "") & (written != "")
    if unknown.any() and report is not None:  # said, never dropped in silence
        first = int(np.flatnonzero(unknown)[0])
        report.warnings.append(
            Message(
                "note.decisions_unknown",
                n=int(unknown.sum()),
                file=name,
                example=str(written[first])[:40],
            )
        )
    return pd.DataFrame(
        {
            "decision": decision.astype(object),
            "employer": unneutralise(column("employer")),
            "category": column("category"),
            "note": unneutralise(column("note")),
            "decided_by": column("decided by"),
            "decided_at": column("decided at"),
        }
    )
