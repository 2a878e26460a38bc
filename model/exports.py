"""Output files: the classification table, written as CSV or XLSX, safe to open in a spreadsheet.

CSV is UTF-8 *with* a byte-order mark: without it Excel on Windows reads UTF-8 as cp1252 and
mangles accents (Zoë, Müller, ...); pandas, LibreOffice and our own readers skip the mark.
Lines end in CRLF (RFC 4180), which also makes the csv module quote fields holding a stray CR.
Contact fields come from third parties, so no cell may become a formula (CSV injection): in
CSV, text starting with ``= + - @``, a tab or a line break gets a leading apostrophe (the OWASP
advice; Excel hides the apostrophe), and in XLSX every text cell is written as a string.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pandas as pd

from .errors import InputError
from .paths import atomic_path
from .progress import CancelFn, ProgressFn, checkpoint
from .schema import LINKEDIN_HEADERS

RESULT_OUTPUT_COLUMNS = ["suggestion", "p_work", "employer", "category", "flagged", "reasons"]
REVIEW_OUTPUT_COLUMNS = ["decision", "review_state", "decided_by", "decided_at", "note"]
CONTACT_OUTPUT_COLUMNS = list(LINKEDIN_HEADERS.values())
FORMATS = (".csv", ".xlsx")
XLSX_MAX_ROWS = 1_048_575  # Excel's sheet limit minus the header row

_FORMULA_START = re.compile(r"^[=+\-@\t\r\n]")
_FORMULA_CHARS = frozenset("=+-@\t\r\n")  # the same first characters, for a fast scan
_XLSX_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")  # XML 1.0 cannot hold these


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
            dates = pd.to_datetime(contacts.get(col, pd.Series([pd.NaT] * n)), errors="coerce")
            out[header] = _text(dates.dt.strftime("%Y-%m-%d"))
        else:
            out[header] = _text(contacts.get(col, pd.Series([""] * n)))

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
    out["reasons"] = pd.array([_join_reasons(r) for r in results["reasons"]], dtype="str")

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
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise InputError(path, f"unknown output format {suffix or '(none)'!r}; use .csv or .xlsx")
    if suffix == ".xlsx" and len(df) > XLSX_MAX_ROWS:
        raise InputError(path, f"{len(df):,} rows do not fit in a spreadsheet; write a .csv")
    try:
        with atomic_path(path) as tmp:
            checkpoint(progress, cancel, 0.0, "writing")
            if suffix == ".csv":
                _write_csv(df, tmp)
            else:
                _write_xlsx(df, tmp, sheet, progress, cancel)
            checkpoint(progress, cancel, 1.0, "writing")
    except OSError as err:
        raise InputError(path, f"cannot be written ({err.strerror or err})") from err


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
    keep = final_ownership(table) == which
    if employer is not None:
        keep &= _text(table["employer"]) == employer
    subset = table.loc[keep.to_numpy()]
    if which == "private":
        columns = [c for c in [*CONTACT_OUTPUT_COLUMNS, "note"] if c in subset]
        subset = subset[columns]
    write_table(subset.reset_index(drop=True), path, progress=progress, cancel=cancel)
    return len(subset)


# --- helpers ----------------------------------------------------------------------------------


def _text(values) -> pd.Series:
    """A str Series with "" for missing values."""
    series = values if isinstance(values, pd.Series) else pd.Series(values)
    return series.astype("str").fillna("").reset_index(drop=True)


def _join_reasons(value) -> str:
    if isinstance(value, str):
        return value
    if value is None or (isinstance(value, float) and np.isnan(value)):
        return ""
    if isinstance(value, Sequence | np.ndarray):
        return " | ".join(str(v) for v in value if v is not None and str(v))
    return str(value)


def neutralise_csv(value):
    """``value`` with a leading apostrophe if a spreadsheet would read it as a formula."""
    if isinstance(value, str) and _FORMULA_START.match(value):
        return "'" + value
    return value


def _write_csv(df: pd.DataFrame, path: Path) -> None:
    safe = df.copy()
    safe.columns = [neutralise_csv(str(c)) for c in df.columns]
    for i in range(df.shape[1]):
        column = df.iloc[:, i]
        dtype = column.dtype
        is_object = pd.api.types.is_object_dtype(dtype)
        if not is_object and (
            pd.api.types.is_numeric_dtype(dtype) or pd.api.types.is_datetime64_any_dtype(dtype)
        ):
            continue  # numbers and dates are written as such, never as formulas
        if pd.api.types.is_string_dtype(dtype) and not is_object:
            values = column.to_numpy(dtype=object, na_value="")
            risky = np.fromiter((v[:1] in _FORMULA_CHARS for v in values), bool, len(values))
            if risky.any():
                safe.isetitem(i, column.mask(risky, "'" + column))
        else:  # object, categorical, ...: any cell may hold text
            safe.isetitem(i, column.astype(object).map(neutralise_csv, na_action="ignore"))
    # CRLF (RFC 4180) because the csv module quotes only fields holding a line-terminator
    # character: with "\n" a stray "\r" in a contact field would split the row for readers.
    safe.to_csv(path, index=False, encoding="utf-8-sig", lineterminator="\r\n")


def _xlsx_column(series: pd.Series) -> list:
    """Python values openpyxl accepts: None for missing, naive datetimes, clean strings."""
    if pd.api.types.is_datetime64_any_dtype(series.dtype):
        if getattr(series.dt, "tz", None) is not None:
            series = series.dt.tz_convert("UTC").dt.tz_localize(None)
        return [None if pd.isna(v) else v.to_pydatetime() for v in series]
    if pd.api.types.is_bool_dtype(series.dtype) or pd.api.types.is_numeric_dtype(series.dtype):
        return [None if pd.isna(v) else v for v in series.astype(object).tolist()]
    out = []
    for v in series.tolist():
        if v is None or (isinstance(v, float) and np.isnan(v)) or v is pd.NA or v is pd.NaT:
            out.append(None)
        else:
            out.append(_XLSX_ILLEGAL.sub("", v if isinstance(v, str) else str(v)))
    return out


def _write_xlsx(
    df: pd.DataFrame,
    path: Path,
    sheet: str,
    progress: ProgressFn | None = None,
    cancel: CancelFn | None = None,
) -> None:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import ERROR_CODES
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    wb = Workbook(write_only=True)
    ws = wb.create_sheet(_XLSX_ILLEGAL.sub("", sheet)[:31] or "Sheet1")
    columns = [_xlsx_column(df.iloc[:, i]) for i in range(df.shape[1])]
    headers = [_XLSX_ILLEGAL.sub("", str(c)) for c in df.columns]
    for i, (header, values) in enumerate(zip(headers, columns, strict=True), start=1):
        sample = [len(v) for v in values[:500] if isinstance(v, str)]
        width = max([len(header), *sample, 6]) + 2
        ws.column_dimensions[get_column_letter(i)].width = min(width, 60)
    ws.freeze_panes = "A2"

    def as_text(value: str) -> WriteOnlyCell:
        # openpyxl turns "=..." into a formula and "#N/A" into an error; force plain text.
        cell = WriteOnlyCell(ws, value=value)
        cell.data_type = "s"
        return cell

    bold = Font(bold=True)
    header_cells = []
    for header in headers:
        cell = as_text(header)
        cell.font = bold
        header_cells.append(cell)
    ws.append(header_cells)
    n = max(len(df), 1)
    for i, row in enumerate(zip(*columns, strict=True)):
        if i % 2000 == 0:
            checkpoint(progress, cancel, 0.95 * i / n, "writing")
        ws.append(
            [
                as_text(v) if isinstance(v, str) and (v[:1] == "=" or v in ERROR_CODES) else v
                for v in row
            ]
        )
    wb.save(path)
