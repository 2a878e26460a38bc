"""The owner's context given beside an export: a client list and an edited career."""

from __future__ import annotations

import csv
from pathlib import Path

from .errors import InputError
from .messages import Message, month_message
from .paths import read_capped

_CLIENT_HEADERS = {
    "company",
    "client",
    "clients",
    "klant",
    "klanten",
    "bedrijf",
    "name",
    "naam",
    "organisation",
    "organization",
    "relatie",
    "relaties",
}
MAX_CLIENT_FILE = 20 * 1024 * 1024
MAX_CLIENT_NAME = 1000  # characters of one company name (as a career's company, model.career)


def _decode(path: Path, data: bytes) -> str:
    for encoding in (
        ("utf-8-sig", "utf-16")
        if data[:2] in (b"\xff\xfe", b"\xfe\xff")
        else ("utf-8-sig", "cp1252")
    ):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise InputError(path, Message("clients.undecodable"))


def load_clients(path: str | Path) -> list[str]:
    """An employer's client/relations list: one company a line (a CSV's first column).

    Blank lines, a header line and repeats are dropped. Raises InputError for an unreadable,
    binary or empty file.
    """
    path = Path(path)
    data = read_capped(path, MAX_CLIENT_FILE, "client list")
    if b"\x00" in data and data[:2] not in (b"\xff\xfe", b"\xfe\xff"):
        raise InputError(path, Message("clients.not_text"))
    names: list[str] = []
    seen: set[str] = set()
    for k, first in enumerate(_first_cells(path, _decode(path, data))):
        first = first.strip()
        if len(first) > MAX_CLIENT_NAME:  # no company is named so; matching it costs minutes
            raise InputError(
                path,
                Message("clients.long_line", line=k + 1, length=len(first)),
            )
        if not first or (k == 0 and first.casefold() in _CLIENT_HEADERS):
            continue
        if first.casefold() not in seen:
            seen.add(first.casefold())
            names.append(first)
    if not names:
        raise InputError(path, Message("clients.empty"))
    return names


def _first_cells(path: Path, text: str) -> list[str]:
    """A .csv/.tsv: the first column (quotes respected); any other file: each whole line, so
    "Acme, Inc." stays one company."""
    lines = text.splitlines()
    if path.suffix.lower() not in (".csv", ".tsv"):
        return lines
    try:
        dialect = csv.Sniffer().sniff("\n".join(lines[:20]), delimiters=",;\t")
    except csv.Error:
        return lines
    return [row[0] if row else "" for row in csv.reader(lines, dialect)]


def load_positions(path: str | Path, warnings: list[str] | None = None):
    """The owner's positions from a LinkedIn Positions.csv or a saved career (.json).

    What was left out (unreadable dates, rows without a company) is appended to ``warnings``.
    Raises InputError for a file that is neither.
    """
    path = Path(path)
    if path.suffix.lower() == ".json":
        from .career import load_career

        return _in_order(load_career(path).positions, path, warnings)
    from .readers.linkedin import read_positions
    from .readers.result import ImportReport
    from .readers.spreadsheet import is_workbook, workbook_csv

    if path.is_dir() or (path.suffix.lower() == ".zip" and not is_workbook(path)):
        return _export_positions(path, warnings)  # the whole export given: its Positions.csv
    data = read_capped(path, MAX_CLIENT_FILE, "Positions.csv")
    if is_workbook(path):  # Positions.csv after Excel saved it as a workbook
        data = workbook_csv(path, data, warnings)
    report = ImportReport()
    positions = read_positions(data, str(path), report)
    if warnings is not None:
        warnings += report.warnings
    return positions


def _export_positions(path: Path, warnings: list[str] | None) -> list:
    """The positions of a LinkedIn export zip or folder given as ``--positions``."""
    from .readers import read_export

    export = read_export(path)
    if not export.career.positions:
        raise InputError(path, Message("positions.none"))
    if warnings is not None:
        warnings += [w for w in export.report.warnings if "Positions" in w]
    return list(export.career.positions)


def _in_order(positions, path: Path, warnings: list[str] | None) -> list:
    """``positions`` with an end before its start read the other way round (the two dates
    typed in each other's place), as Positions.csv is read; each one said in ``warnings``."""
    import calendar
    from dataclasses import replace

    fixed = []
    for n, p in enumerate(positions, start=1):
        if p.start and p.end and p.end < p.start:
            if warnings is not None:
                warnings.append(
                    Message(
                        "note.swapped_position",
                        file=str(path),
                        k=n,
                        company=p.company,
                        end=month_message(p.end),
                        start=month_message(p.start),
                    )
                )
            last = calendar.monthrange(p.start.year, p.start.month)[1]
            p = replace(p, start=p.end.replace(day=1), end=p.start.replace(day=last))
        fixed.append(p)
    return fixed


def with_given_career(career, path: str | Path, warnings: list[str] | None = None):
    """``career`` (the export's) with the positions of ``path``, a Positions.csv or a saved
    career (.json). A saved career also brings what the person set in the career editor: the
    role (kept even when the positions are empty), and the LinkedIn join date and name where
    the export has none. Returns a new Career; raises InputError as :func:`load_positions`."""
    from dataclasses import replace

    path = Path(path)
    if path.suffix.lower() != ".json":
        return replace(career, positions=load_positions(path, warnings))
    from .career import load_career

    saved = load_career(path)
    return replace(
        career,
        positions=_in_order(saved.positions, path, warnings),
        role=saved.role or career.role,
        registered_on=career.registered_on or saved.registered_on,
        owner_name=career.owner_name or saved.owner_name,
    )
