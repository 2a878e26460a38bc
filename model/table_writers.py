"""Streaming writers of a table as CSV or XLSX: rows go out in pieces, so a million-row
output never needs a second copy of itself in memory, and nothing lands outside the target's
folder.

CSV: one pass per column turns values into text and quotes them as the csv module would (it is
the fallback for values of unusual types), one C-level join writes; formulas are found by the
first character of every cell in one numpy pass, so only the rare risky cell is touched in
Python. At 30,000 rows this is faster than pandas' ``to_csv`` and writes the same bytes.
pyarrow's writer is faster still, but costs ~0.14 s to import (about all it would save at
30,000 rows), 160 MB in the bundle, and its "needed" quoting quotes every text cell, so the
bytes would change. XLSX goes through
XlsxWriter in ``constant_memory`` mode, which writes each row to disk as it comes; its scratch
files live in an owner-only folder beside the target, removed on every exit path (and, after a
killed run, by the next write to the same folder), never in /tmp.
"""

from __future__ import annotations

import contextlib
import csv
import io
import itertools
import math
import operator
import os
import re
import shutil
import tempfile
from datetime import datetime
from pathlib import Path

import numpy as np
import pandas as pd

from .errors import InputError
from .messages import Message

XLSX_MAX_ROWS = 1_048_575  # Excel's sheet limit minus the header row
XLSX_MAX_CHARS = 32_767  # Excel's limit on the text of one cell
XLSX_COLUMN_SAMPLE = 500  # rows looked at to size a column
_FORMULA_CHARS = frozenset("=+-@\t\r\n")  # what a spreadsheet may read as a formula
_XLSX_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")  # XML 1.0 cannot hold these
_PARTS_SUFFIX = ".parts"


def neutralise_csv(value):
    """``value`` with a leading apostrophe if a spreadsheet would read it as a formula."""
    if isinstance(value, str) and value[:1] in _FORMULA_CHARS and value:
        return "'" + value
    return value


class CsvTableWriter:
    """Writes rows to an open CSV file: UTF-8 with BOM, CRLF line ends, formulas defused.

    Text starting with ``= + - @``, a tab or a line break gets a leading apostrophe; numbers
    and dates are written as such; missing values are empty cells.
    """

    def __init__(self, path: Path, columns):
        self._fh = open(path, "w", encoding="utf-8-sig", newline="")  # noqa: SIM115
        # CRLF (RFC 4180): the csv module quotes only fields holding a line-terminator
        # character, so with "\n" a stray "\r" in a contact field would split the row.
        self._writer = csv.writer(self._fh, lineterminator="\r\n")
        self._writer.writerow([neutralise_csv(str(c)) for c in columns])

    def write(self, chunk: pd.DataFrame) -> None:
        """Append the rows of ``chunk`` (same columns as the header)."""
        if len(chunk):
            cells = [_csv_values(chunk.iloc[:, i]) for i in range(chunk.shape[1])]
            columns = [values for values, _ in cells]
            parts = [_csv_parts(*c) for c in cells] if len(columns) > 1 else [None]
            if any(p is None for p in parts):  # a value of an unusual type: the csv module
                self._writer.writerows(zip(*columns, strict=True))
            else:  # the same bytes, quoted a column at a time and joined at C speed
                for start in range(0, len(chunk), _CSV_BLOCK_ROWS):
                    self._fh.write(_csv_block(parts, start, start + _CSV_BLOCK_ROWS))

    def write_bytes(self, data: bytes) -> None:
        """Append rows already encoded by :func:`csv_rows` for the same columns."""
        self._fh.flush()
        self._fh.buffer.write(data)

    def position(self) -> int:
        """The bytes written so far (the file's length)."""
        self._fh.flush()
        return self._fh.buffer.tell()

    def close(self) -> None:
        self._fh.close()


def csv_rows(chunk: pd.DataFrame) -> bytes:
    """The rows of ``chunk`` (no header) as :class:`CsvTableWriter` writes them, UTF-8: made
    in one process, written by another (:mod:`model.scale.helper`)."""
    buffer = io.BytesIO()
    fh = io.TextIOWrapper(buffer, encoding="utf-8", newline="")
    writer = CsvTableWriter.__new__(CsvTableWriter)
    writer._fh, writer._writer = fh, csv.writer(fh, lineterminator="\r\n")
    writer.write(chunk)
    fh.flush()
    return buffer.getvalue()


def _csv_values(column: pd.Series) -> tuple[list, bool]:
    """The cells of one column as the csv module should write them, in one pass, and whether
    they are all str already."""
    dtype = column.dtype
    if pd.api.types.is_bool_dtype(dtype) and not pd.api.types.is_object_dtype(dtype):
        return column.astype(object).where(column.notna(), "").tolist(), False
    if pd.api.types.is_float_dtype(dtype):
        return _float_texts(column.to_numpy(dtype=np.float64, na_value=np.nan)), True
    if pd.api.types.is_integer_dtype(dtype) and not isinstance(dtype, pd.CategoricalDtype):
        # as the csv module writes an int (str), each at C speed; missing ones empty
        wide = np.uint64 if pd.api.types.is_unsigned_integer_dtype(dtype) else np.int64
        texts = list(map(str, column.to_numpy(dtype=wide, na_value=0).tolist()))
        for i in np.flatnonzero(column.isna().to_numpy()).tolist():
            texts[i] = ""
        return texts, True
    if pd.api.types.is_datetime64_any_dtype(dtype):
        return column.astype(str).where(column.notna(), "").tolist(), False
    if pd.api.types.is_string_dtype(dtype) and not pd.api.types.is_object_dtype(dtype):
        return _defused(column.to_numpy(dtype=object, na_value="")), True
    # object, categorical, ...: any cell may hold text, or anything else
    values = column.astype(object).tolist()
    return ["" if _missing(v) else neutralise_csv(v) for v in values], False


def _defused(texts: np.ndarray) -> list[str]:
    """The strings of ``texts`` as a list, those a spreadsheet would read as a formula with a
    leading apostrophe. The first characters are looked at in one numpy pass (each string cut
    to one character), so only the rare risky cell is touched in Python."""
    values = texts.tolist()
    first = texts.astype("U1").view(np.uint32)  # code point of each first character, 0 if empty
    for i in np.flatnonzero(_FORMULA_FIRST[np.minimum(first, 127)]).tolist():
        values[i] = "'" + values[i]
    return values


_FORMULA_FIRST = np.zeros(128, dtype=bool)  # by code point (all formula characters are ASCII)
_FORMULA_FIRST[[ord(c) for c in _FORMULA_CHARS]] = True
_CSV_BLOCK_ROWS = 2_000  # rows joined into one string: bounded memory, few writes
_CSV_SPECIAL = (",", '"', "\r", "\n")  # what makes the csv module quote a field (excel dialect)
_NEEDS_QUOTES = re.compile('[,"\r\n]')
_PLAIN_TYPES = frozenset([str, int, float, bool, type(None)])
_QUOTE_OR_NOT = np.array(["", '"'], dtype=object)


def _float_texts(values: np.ndarray) -> list[str]:
    """Each float as the csv module writes it (``repr``), NaN as an empty cell; each distinct
    value (by its bits: -0.0 is not 0.0) is turned into text once (p_work has ~1,000)."""
    bits, inverse = np.unique(values.view(np.int64), return_inverse=True)
    texts = ["" if v != v else repr(v) for v in bits.view(np.float64).tolist()]
    return np.array(texts, dtype=object)[inverse.ravel()].tolist()


def _csv_fields(values: list, texts: bool = False) -> list[str] | None:
    """The cells of one column as the csv module (excel dialect, minimal quoting) writes them,
    or None if some value is of a type whose text it might make differently. ``texts``: the
    values are known to be all str."""
    parts = _csv_parts(values, texts)
    if parts is None or parts[1] is None:
        return None if parts is None else parts[0]
    return [q + v + q for v, q in zip(parts[0], parts[1], strict=True)]


def _csv_block(parts: list[tuple[list[str], list[str] | None]], start: int, stop: int) -> str:
    """Rows ``start:stop`` of the columns' :func:`_csv_parts` as CSV text, each row ending in
    CRLF: one flat list of fields, quotes and separators, joined once (no string per row, and
    the quotes of a column of commas are their own items, not a new string per cell)."""
    slots = []  # per column: (offset of its field in a row, whether quote slots surround it)
    width = 0
    for _, quotes in parts:
        slots.append((width + (quotes is not None), quotes is not None))
        width += 2 + 2 * (quotes is not None)  # [quote,] field, [quote,] separator
    rows = len(parts[0][0][start:stop])
    flat = [","] * (rows * width)
    for (values, quotes), (at, quoted) in zip(parts, slots, strict=True):
        flat[at::width] = values[start:stop]
        if quoted:
            flat[at - 1 :: width] = flat[at + 1 :: width] = quotes[start:stop]
    flat[width - 1 :: width] = ["\r\n"] * rows
    return "".join(flat)


def _csv_parts(values: list, texts: bool = False) -> tuple[list[str], list[str] | None] | None:
    """The cells of one column as the csv module (excel dialect, minimal quoting) writes them,
    as :func:`_csv_fields`, but a column whose cells hold commas and no quote or line break comes
    back unquoted with the quote (``'"'`` or ``""``) of each cell beside it."""
    types = {str} if texts else set(map(type, values))
    if not types <= _PLAIN_TYPES:
        return None
    if types != {str}:  # numbers as the csv module writes them (floats by repr), None empty
        values = [
            v if type(v) is str else "" if v is None else repr(v) if type(v) is float else str(v)
            for v in values
        ]
    whole = "".join(values)
    present = [c for c in _CSV_SPECIAL if c in whole]
    if not present:  # nearly every column: nothing to quote
        return values, None
    if present == [","]:  # reasons, companies: commas only, no quotes to double
        commas = np.fromiter(
            map(operator.contains, values, itertools.repeat(",")), bool, len(values)
        )
        return values, _QUOTE_OR_NOT[commas.view(np.uint8)].tolist()
    needs_quotes = _NEEDS_QUOTES.search
    return ['"' + v.replace('"', '""') + '"' if needs_quotes(v) else v for v in values], None


def _missing(value) -> bool:
    return (
        value is None
        or value is pd.NA
        or value is pd.NaT
        or (isinstance(value, float) and math.isnan(value))
    )


class XlsxTableWriter:
    """Writes rows to an XLSX sheet with XlsxWriter's constant-memory mode.

    Every text cell is a string, never a formula or an error code; characters XML cannot
    hold are dropped; the header is bold and frozen; columns are sized from the first rows.
    """

    def __init__(self, path: Path, columns, sheet: str, *, total: int | None = None):
        import xlsxwriter

        self._parts = _parts_folder(path)
        options = {
            "constant_memory": True,
            "tmpdir": str(self._parts),
            "strings_to_formulas": False,
            "strings_to_urls": False,
            "strings_to_numbers": False,
            "default_date_format": "yyyy-mm-dd hh:mm",
            "use_zip64": bool(total and total > 200_000),
        }
        self._book = xlsxwriter.Workbook(str(path), options)
        self._sheet = self._book.add_worksheet(_XLSX_ILLEGAL.sub("", sheet)[:31] or "Sheet1")
        self._headers = [_XLSX_ILLEGAL.sub("", str(c)) for c in columns]
        self._bold = self._book.add_format({"bold": True})
        self._row = 0  # rows written so far, the header not yet

    def write(self, chunk: pd.DataFrame) -> None:
        """Append the rows of ``chunk``; the first call also sizes the columns."""
        columns = [_xlsx_values(chunk.iloc[:, i]) for i in range(chunk.shape[1])]
        if self._row == 0:
            self._write_header(columns)
        write_row = self._sheet.write_row
        row = self._row
        for values in zip(*columns, strict=True):
            write_row(row, 0, values)
            row += 1
        self._row = row

    def _write_header(self, columns: list[list]) -> None:
        for i, (header, values) in enumerate(zip(self._headers, columns, strict=True)):
            sample = [len(v) for v in values[:XLSX_COLUMN_SAMPLE] if isinstance(v, str)]
            self._sheet.set_column(i, i, min(max([len(header), *sample, 6]) + 2, 60))
        self._sheet.freeze_panes(1, 0)
        self._sheet.write_row(0, 0, self._headers, self._bold)
        self._row = 1

    def close(self) -> None:
        """Finish the file; raises OSError if it cannot be written (a full disk)."""
        from xlsxwriter.exceptions import FileCreateError

        try:
            if self._row == 0:
                self._write_header([[] for _ in self._headers])
            self._book.close()
        except FileCreateError as err:  # XlsxWriter wraps the OSError
            cause = err.args[0] if err.args and isinstance(err.args[0], OSError) else None
            raise cause or OSError(str(err)) from None
        finally:
            self.discard()

    def discard(self) -> None:
        """Remove the scratch files (also after a failure)."""
        self._book.fileclosed = True  # nothing to finish any more
        for sheet in self._book.worksheets():
            with contextlib.suppress(Exception):
                sheet._opt_close()  # XlsxWriter's own close of its row file
        shutil.rmtree(self._parts, ignore_errors=True)


def _xlsx_values(column: pd.Series) -> list:
    """Python values XlsxWriter writes as cells: None for missing, naive datetimes, clean
    strings (at most Excel's 32,767 characters)."""
    dtype = column.dtype
    if pd.api.types.is_datetime64_any_dtype(dtype):
        if getattr(column.dt, "tz", None) is not None:
            column = column.dt.tz_convert("UTC").dt.tz_localize(None)
        return [None if pd.isna(v) else v.to_pydatetime() for v in column]
    if pd.api.types.is_bool_dtype(dtype) or pd.api.types.is_numeric_dtype(dtype):
        return [None if _missing(v) else v for v in column.astype(object).tolist()]
    if pd.api.types.is_string_dtype(dtype) and not pd.api.types.is_object_dtype(dtype):
        # text columns (nearly all): one quick pass, the rare odd value by the full route
        values = column.to_numpy(dtype=object, na_value=None).tolist()
        return [
            v if v is None or (len(v) <= XLSX_MAX_CHARS and v.isprintable()) else _xlsx_text(v)
            for v in values
        ]
    out = []
    clean = _XLSX_ILLEGAL.sub
    for v in column.tolist():
        if _missing(v):
            out.append(None)
        elif isinstance(v, str):
            out.append(_xlsx_text(v))
        elif isinstance(v, bool | int | float | datetime | np.number):
            out.append(v)
        else:
            out.append(clean("", str(v))[:XLSX_MAX_CHARS])
    return out


def _xlsx_text(value: str) -> str:
    """Text a cell can hold: no characters XML cannot carry, CR as LF (a bare CR would come
    back as "_x000D_" in readers other than Excel), at most Excel's cell length."""
    if not value.isprintable():  # rare: line breaks, control characters
        value = _XLSX_ILLEGAL.sub("", value).replace("\r\n", "\n").replace("\r", "\n")
    return value[:XLSX_MAX_CHARS]


def _parts_folder(target: Path) -> Path:
    """An owner-only scratch folder beside ``target``; sweeps those of killed runs first."""
    _sweep_parts(target.parent)
    prefix = f".{target.stem}.{os.getpid()}."
    return Path(tempfile.mkdtemp(prefix=prefix, suffix=_PARTS_SUFFIX, dir=target.parent))


def _sweep_parts(folder: Path) -> None:
    """Remove scratch folders whose process is gone (a killed export cannot clean up)."""
    if os.name != "posix":  # os.kill(pid, 0) would end the process on Windows
        return
    with contextlib.suppress(OSError):
        for entry in folder.glob(f".*{_PARTS_SUFFIX}"):
            pid = entry.name.rsplit(".", 3)[-3] if entry.name.count(".") >= 3 else ""
            if pid.isdigit() and not _alive(int(pid)) and entry.is_dir():
                shutil.rmtree(entry, ignore_errors=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # exists, but someone else's
        return True
    return True


def check_xlsx_rows(path: Path, rows: int) -> None:
    """Raise InputError if ``rows`` data rows do not fit in one Excel sheet."""
    if rows > XLSX_MAX_ROWS:
        raise InputError(path, Message("write.too_many_rows", rows=rows, cap=XLSX_MAX_ROWS + 1))
