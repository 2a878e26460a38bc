"""Output files: the classification table, written as CSV or XLSX, safe to open in a spreadsheet.

CSV is UTF-8 *with* a byte-order mark: without it Excel on Windows reads UTF-8 as cp1252 and
mangles accents (Zoë, Müller, ...); pandas, LibreOffice and our own readers skip the mark.
Lines end in CRLF (RFC 4180), which also makes the csv module quote fields holding a stray CR.
Contact fields come from third parties, so no cell may become a formula (CSV injection): in
CSV, text starting with ``= + - @``, a tab or a line break gets a leading apostrophe (the OWASP
advice; Excel hides the apostrophe), and in XLSX every text cell is written as a string.
Both are streamed in pieces of rows (see model/table_writers.py), so a large table is written
without a second copy of itself in memory.
"""

from __future__ import annotations

import operator
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from itertools import repeat
from pathlib import Path

import numpy as np
import pandas as pd

from .errors import InputError, os_reason
from .messages import Message
from .paths import atomic_path
from .progress import CancelFn, ProgressFn, checkpoint
from .schema import LINKEDIN_HEADERS
from .table_writers import (
    XLSX_MAX_ROWS,
    CsvTableWriter,
    XlsxTableWriter,
    check_xlsx_rows,
    neutralise_csv,
)

RESULT_OUTPUT_COLUMNS = ["suggestion", "p_work", "employer", "category", "flagged", "reasons"]
REVIEW_OUTPUT_COLUMNS = ["decision", "review_state", "decided_by", "decided_at", "note"]
CONTACT_OUTPUT_COLUMNS = list(LINKEDIN_HEADERS.values())
FORMATS = (".csv", ".xlsx")
LIST_FORMATS = (*FORMATS, ".vcf")  # the work and private lists may also be address cards
WRITE_CHUNK_ROWS = 50_000  # rows turned into cell values at a time
__all__ = [
    "LIST_FORMATS",
    "XLSX_MAX_ROWS",
    "classification_table",
    "final_ownership",
    "neutralise_csv",
    "open_table_writer",
    "write_contact_list",
    "write_table",
]


def classification_table(
    contacts: pd.DataFrame, results: pd.DataFrame, session=None
) -> pd.DataFrame:
    """One row per contact, in input order: LinkedIn's contact columns, then suggestion, p_work,
    employer, category, flagged ("true"/"false"), reasons (" | "-joined).

    With a :class:`~model.session.ReviewSession` (or anything with ``len()``, ``.decision`` and
    ``.final()``, such as a frozen snapshot of one) also decision ("" if undecided),
    review_state, decided_by, decided_at (ISO 8601 UTC) and note; employer and category then
    follow the decisions (an override to private empties the employer), suggestion stays the
    model's. Raises ValueError if the lengths differ.
    """
    n = len(contacts)
    if len(results) != n or (session is not None and len(session) != n):
        raise ValueError("contacts, results and session must have the same number of rows")
    contacts = contacts.reset_index(drop=True)
    results = results.reset_index(drop=True)
    out = pd.DataFrame(index=pd.RangeIndex(n))
    for col, header in LINKEDIN_HEADERS.items():
        if col == "connected_on":
            out[header] = _iso_days(contacts[col] if col in contacts else pd.Series([pd.NaT] * n))
        else:  # (a default built only when the column is missing: 30,000 cells each)
            out[header] = _text(contacts[col] if col in contacts else pd.Series([""] * n))

    suggestion = _text(results["suggestion"])
    out["suggestion"] = suggestion
    out["p_work"] = pd.to_numeric(results["p_work"], errors="coerce").round(3).to_numpy()
    employer = _text(results["employer"]).where(suggestion != "private", "")
    category = _text(results["category"]) if "category" in results else _text(suggestion)
    if session is not None:
        final = session.final()
        employer, category = _text(final["employer"]), _text(final["category"])
    out["employer"] = employer.to_numpy()
    out["category"] = category.to_numpy()
    flagged = results["flagged"] if "flagged" in results else pd.Series(False, index=out.index)
    out["flagged"] = pd.array(np.where(flagged.fillna(False).astype(bool), "true", "false"), "str")
    out["reasons"] = pd.array(_joined_reasons(results["reasons"]), dtype="str")

    if session is not None:
        out["decision"] = pd.array(np.asarray(session.decision, dtype=str), dtype="str")
        out["review_state"] = _text(final["review_state"]).to_numpy()
        out["decided_by"] = _text(final["decided_by"]).to_numpy()
        at = final["decided_at"].dt.tz_convert("UTC").dt.strftime("%Y-%m-%dT%H:%M:%SZ")
        out["decided_at"] = _text(at).to_numpy()
        out["note"] = _text(final["note"]).to_numpy()
    return out


def final_ownership(table: pd.DataFrame) -> pd.Series:
    """Per row of a classification table: the decision if there is one, else the suggestion."""
    suggestion = _text(table["suggestion"])
    if "decision" not in table:
        return suggestion
    decision = _text(table["decision"])
    return decision.where(decision != "", suggestion)


def write_table(
    df: pd.DataFrame,
    path: str | Path,
    *,
    sheet: str = "Contacts",
    progress: ProgressFn | None = None,
    cancel: CancelFn | None = None,
) -> None:
    """Write ``df`` as CSV or XLSX (by the extension), atomically and formula-free.

    Raises InputError for an unknown extension, too many rows for XLSX, or an unwritable path;
    Cancelled if ``cancel()`` turns true (the old file, if any, is left as it was).
    """
    path = Path(path)
    suffix = _checked_suffix(path)
    if suffix == ".xlsx":
        check_xlsx_rows(path, len(df))
    try:
        with atomic_path(path) as tmp:
            checkpoint(progress, cancel, 0.0, Message("progress.writing_table"))
            if suffix == ".csv":
                _write_csv(df, tmp, progress, cancel)
            else:
                _write_xlsx(df, tmp, sheet, progress, cancel)
            checkpoint(progress, cancel, 1.0, Message("progress.writing_table"))
    except OSError as err:
        raise InputError(path, Message("file.cannot_write", reason=os_reason(err))) from None


@contextmanager
def open_table_writer(
    path: str | Path, columns: Sequence[str], *, sheet: str = "Contacts", rows: int | None = None
) -> Iterator:
    """A writer whose ``write(chunk)`` appends rows; the file appears (atomically) when the
    block ends without an error. ``rows``, if known, lets XLSX refuse too many rows up front.

    Raises InputError as :func:`write_table` (also when a chunk pushes XLSX past Excel's
    limit); an exception inside the block leaves the old file, if any, untouched.
    """
    path = Path(path)
    suffix = _checked_suffix(path)
    if suffix == ".xlsx" and rows is not None:
        check_xlsx_rows(path, rows)
    try:
        with atomic_path(path) as tmp:
            if suffix == ".csv":
                writer = _CountingWriter(CsvTableWriter(tmp, columns), path, None)
            else:
                writer = _CountingWriter(
                    XlsxTableWriter(tmp, columns, sheet, total=rows), path, XLSX_MAX_ROWS
                )
            try:
                yield writer
            except BaseException:
                writer.discard()
                raise
            writer.close()
    except OSError as err:
        raise InputError(path, Message("file.cannot_write", reason=os_reason(err))) from None


class _CountingWriter:
    """Counts rows and stops a sheet at Excel's limit with a clear error."""

    def __init__(self, inner, path: Path, limit: int | None):
        self.inner, self.path, self.limit = inner, path, limit
        self.rows = 0

    def write(self, chunk: pd.DataFrame) -> None:
        self.rows += len(chunk)
        if self.limit is not None:
            check_xlsx_rows(self.path, self.rows)
        self.inner.write(chunk)

    def write_bytes(self, data: bytes, rows: int) -> None:
        """Append ``rows`` rows encoded by :func:`~model.table_writers.csv_rows` (CSV only)."""
        self.rows += rows
        self.inner.write_bytes(data)

    def position(self) -> int:
        """The bytes written so far (CSV only)."""
        return self.inner.position()

    def close(self) -> None:
        self.inner.close()

    def discard(self) -> None:
        if hasattr(self.inner, "discard"):
            self.inner.discard()
        else:
            self.inner.close()


def _checked_suffix(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise InputError(path, Message("write.unknown_format", suffix=suffix or "(none)"))
    return suffix


def write_contact_list(
    table: pd.DataFrame,
    path: str | Path,
    which: str = "work",
    *,
    employer: str | None = None,
    progress: ProgressFn | None = None,
    cancel: CancelFn | None = None,
) -> int:
    """Write the rows of a classification table whose final ownership is ``which`` ("work" for
    the hand-over, "private" for yourself), optionally only one employer's; returns the count.

    The private list holds only the contact columns (and notes): nothing about work goes in it.
    Raises ValueError for another ``which``; InputError as :func:`write_table`.
    """
    if which not in ("work", "private"):
        raise ValueError(f"which must be 'work' or 'private', not {which!r}")
    path = Path(path)
    if path.suffix.lower() not in LIST_FORMATS:  # say what a list takes, .vcf included
        raise InputError(path, Message("write.use_csv_xlsx_vcf"))
    keep = final_ownership(table) == which
    if employer is not None:
        keep &= _text(table["employer"]) == employer
    subset = table.loc[keep.to_numpy()]
    if path.suffix.lower() == ".vcf":
        from .vcard_writer import write_vcards

        write_vcards(subset, path, with_work=which == "work")
        return len(subset)
    if which == "private":
        # the note column always, empty when there are none: it tells the list from an export
        # (batch passes over such a list in a folder, model.readers.own.own_list_kind)
        columns = [c for c in [*CONTACT_OUTPUT_COLUMNS, "note"] if c in subset]
        subset = subset[columns] if "note" in subset else subset[columns].assign(note="")
    write_table(subset.reset_index(drop=True), path, progress=progress, cancel=cancel)
    return len(subset)


# --- helpers ----------------------------------------------------------------------------------


def _text(values) -> pd.Series:
    """A str Series with "" for missing values."""
    series = values if isinstance(values, pd.Series) else pd.Series(values)
    return series.astype("str").fillna("").reset_index(drop=True)


def _iso_days(values: pd.Series) -> pd.Series:
    """YYYY-MM-DD of each date ("" if missing), formatted by numpy in one call."""
    days = pd.to_datetime(values, errors="coerce").to_numpy(dtype="datetime64[ns]")
    distinct, inverse = np.unique(days.astype("datetime64[D]"), return_inverse=True)
    text = np.datetime_as_string(distinct, unit="D").astype(object)  # a few thousand days
    text[np.isnat(distinct)] = ""
    return pd.Series(pd.array(text[inverse.ravel()], dtype="str"))


def _joined_reasons(reasons: pd.Series) -> list[str]:
    """ " | "-joined reasons of every row: tuples of text (what classify gives) in one quick
    pass, anything else (lists, None, numbers) value by value."""
    values = reasons.tolist()
    # classify's own: tuples of non-empty texts, joined at C speed
    if set(map(type, values)) == {tuple} and not any(map(operator.contains, values, repeat(""))):
        with suppress(TypeError):  # a tuple holding something other than text
            return list(map(" | ".join, values))
    try:
        return [
            " | ".join(filter(None, r)) if type(r) is tuple else _join_reasons(r) for r in values
        ]
    except TypeError:  # a tuple holding something other than text
        return [_join_reasons(r) for r in values]


def _join_reasons(value) -> str:
    if isinstance(value, str):
        return value
    if value is None or (isinstance(value, float) and np.isnan(value)):
        return ""
    if isinstance(value, Sequence | np.ndarray):
        return " | ".join(str(v) for v in value if v is not None and str(v))
    return str(value)


def _pieces(df: pd.DataFrame) -> Iterator[tuple[int, pd.DataFrame]]:
    for start in range(0, len(df), WRITE_CHUNK_ROWS):
        yield start, df.iloc[start : start + WRITE_CHUNK_ROWS]


def _write_csv(
    df: pd.DataFrame, path: Path, progress: ProgressFn | None = None, cancel: CancelFn | None = None
) -> None:
    writer = CsvTableWriter(path, df.columns)
    try:
        for start, piece in _pieces(df):
            checkpoint(
                progress, cancel, 0.95 * start / max(len(df), 1), Message("progress.writing_table")
            )
            writer.write(piece)
    finally:
        writer.close()


def _write_xlsx(
    df: pd.DataFrame,
    path: Path,
    sheet: str,
    progress: ProgressFn | None = None,
    cancel: CancelFn | None = None,
) -> None:
    writer = XlsxTableWriter(path, df.columns, sheet, total=len(df))
    try:
        for start, piece in _pieces(df):
            checkpoint(
                progress, cancel, 0.95 * start / max(len(df), 1), Message("progress.writing_table")
            )
            writer.write(piece)
    except BaseException:
        writer.discard()
        raise
    writer.close()
