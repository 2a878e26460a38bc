"""Connections.csv opened in Excel and saved as a workbook (.xlsx), which is Excel's default.

The first sheet holding anything is turned back into CSV text and read like any other contacts
file (an empty first sheet, as a new workbook has, is passed over).
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from datetime import date, datetime
from pathlib import Path

from ..errors import InputError
from ..messages import Message

# openpyxl parses about 3 MB of sheet XML a second: 64 MB (some 200,000 contacts, LinkedIn
# allows 30,000) keeps a hostile workbook to some twenty seconds, not minutes.
MAX_UNPACKED_BYTES = 64 * 2**20


def is_workbook(path: Path) -> bool:
    """True for an Office Open XML workbook (a zip holding ``xl/workbook.xml``)."""
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        return True
    try:
        with zipfile.ZipFile(path) as zf:
            return "xl/workbook.xml" in zf.namelist()
    except Exception:  # a damaged zip is reported by the zip reader, not here
        return False


def workbook_csv(path: Path, data: bytes, warnings: list | None = None) -> bytes:
    """The first sheet of the workbook ``data`` that holds a value, as UTF-8 CSV bytes (no
    sheet holds one: empty bytes); raises InputError. A formula cell gives the value the
    workbook saved with it; cells whose formula has none (a workbook written by a program
    that does not calculate) are read as empty and said in ``warnings``, naming the file."""
    import openpyxl  # only a workbook pays for importing it

    if data[:4] not in (b"PK\x03\x04", b"PK\x05\x06"):  # named .xlsx, but no zip at all
        raise InputError(path, Message("read.not_xlsx"))
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            unpacked = sum(i.file_size for i in zf.infolist())
        if unpacked > MAX_UNPACKED_BYTES:
            raise InputError(path, Message("read.workbook_too_large", mb=unpacked // 2**20))
        book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except InputError:
        raise
    except Exception:  # openpyxl raises many kinds for damaged files
        raise InputError(path, Message("read.bad_workbook")) from None
    text, chosen = "", None
    try:
        for index, sheet in enumerate(book.worksheets):
            out = io.StringIO()
            writer = csv.writer(out, lineterminator="\n")
            filled = False  # by the cells: a row of one empty cell is written as '""'
            for row in sheet.iter_rows(values_only=True):
                cells = [_cell_text(v) for v in row]
                filled = filled or any(cells)
                writer.writerow(cells)
            if filled:
                text, chosen = out.getvalue(), index
                break
    finally:
        book.close()
    if warnings is not None and chosen is not None:
        warnings.extend(_formulas_without_values(path, data, chosen))
    return text.encode("utf-8")


# a formula element in a sheet's XML (<f>, <f t="shared" …/>, with a namespace prefix or not)
_FORMULA = re.compile(rb"<(?:\w+:)?f[\s>/]")


def _formulas_without_values(path: Path, data: bytes, index: int) -> list[Message]:
    """ "FILE: N cells are formulas without a saved value …" for sheet ``index`` of the
    workbook ``data`` (nothing when there are none). The sheets' XML is searched for formulas
    first: a workbook without any (Excel's save of a CSV) is not read a second time."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            sheets = [n for n in zf.namelist() if n.startswith("xl/worksheets/")]
            if not any(_FORMULA.search(zf.read(n)) for n in sheets):
                return []
        lost, first = _count_formulas_without_values(data, index)
    except Exception:  # read once already: a workbook odd enough to fail now keeps its values
        return []
    if not lost:
        return []
    problem = Message("read.formulas_without_values", n=lost, row=first)
    return [Message("file.problem", file=path.name, problem=problem)]


def _count_formulas_without_values(data: bytes, index: int) -> tuple[int, int]:
    """How many cells of sheet ``index`` hold a formula without a saved value, and the row
    of the first (0 when none). Told by the sheet's XML (:func:`_has_value`): openpyxl gives
    None both for a formula saved without a value and for one whose saved value is an empty
    text (Excel's and LibreOffice's save of ``=IF(B2="","",B2)``), which has its value."""
    import openpyxl
    from openpyxl.xml.functions import iterparse  # as openpyxl parses the sheets itself

    book = openpyxl.load_workbook(io.BytesIO(data), read_only=True)
    try:
        member = book.worksheets[index]._worksheet_path  # the sheet's XML in the zip
    finally:
        book.close()
    lost, first, row = 0, 0, 0
    with zipfile.ZipFile(io.BytesIO(data)) as zf, zf.open(member) as xml:
        for _event, element in iterparse(xml):
            tag = element.tag.rpartition("}")[2]
            if tag == "c" and not _has_value(element):
                lost += 1
                first = first or _row_of(element.get("r"), row)
            elif tag == "row":
                row = int(element.get("r") or row + 1)
                element.clear()
    return lost, first


def _has_value(cell) -> bool:
    """False for a cell element (``<c>``) holding a formula (``<f>``) without a saved value:
    no value element (``<v>``), or an empty one that is no text result (``t="str"``: a
    formula giving ""); a program that does not calculate writes ``<v/>`` or nothing."""
    children = {child.tag.rpartition("}")[2]: child for child in cell}
    if "f" not in children:
        return True
    value = children.get("v")
    return value is not None and bool(value.text or cell.get("t") == "str")


def _row_of(reference: str | None, row: int) -> int:
    """The row of a cell reference ("H12": 12); ``row`` + 1 (the row being read, its end not
    yet met) when the cell has none."""
    digits = (reference or "").lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
    return int(digits) if digits.isdigit() else row + 1


def _cell_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return f"{value:%Y-%m-%d %H:%M}" if (value.hour or value.minute) else f"{value:%Y-%m-%d}"
    if isinstance(value, date):
        return f"{value:%Y-%m-%d}"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)
