"""LinkedIn's export files, each from bytes: Connections, Positions, Profile, Registration and
Invitations. Callers (``dispatch``) find the files; this module knows what is in them."""

from __future__ import annotations

import calendar
from datetime import date

import numpy as np
import pandas as pd

from ..career import Position, parse_month
from ..dates import parse_dates
from ..errors import InputError
from ..messages import Message, day_message, month_message
from ..schema import CONTACT_COLUMNS, TEXT_COLUMNS, conform_contacts
from .addressbook import GOOGLE_FIELDS, OUTLOOK_FIELDS
from .csvtext import (
    Table,
    cut_short_warning,
    decode,
    decoded,
    find_header,
    normalise_header,
    read_table,
)
from .own import OUTPUT_HEADERS
from .quotes import repaired_warning
from .result import ImportReport, SkippedRow

NO_CONNECTIONS = Message("read.no_connections")

# Header spellings seen in LinkedIn's files and after people relabelled them in Excel.
CONNECTION_ALIASES: dict[str, tuple[str, ...]] = {
    "first_name": ("first name", "firstname", "first", "given name", "voornaam", "vorname"),
    "last_name": ("last name", "lastname", "last", "surname", "family name", "achternaam"),
    "url": ("url", "profile url", "linkedin url", "profiel url", "profile", "linkedin"),
    "email": (
        "email address",
        "e-mail address",
        "email",
        "e-mail",
        "emailadres",
        "e-mailadres",
        "e-mail adres",
    ),
    "company": ("company", "company name", "bedrijf", "bedrijfsnaam", "organisatie", "firma"),
    "position": ("position", "title", "job title", "functie", "functietitel", "positie"),
    "connected_on": (
        "connected on",
        "connected",
        "connection date",
        "verbonden op",
        "verbonden sinds",
        "datum",
        "date",
    ),
}
# spelt only by LinkedIn (and its Dutch interface): address books have no connection date
LINKEDIN_DATE_HEADERS = frozenset({"connected on", "verbonden op"})
_FIELD_OF = {alias: field for field, names in CONNECTION_ALIASES.items() for alias in names}
# every column a contacts file is read for — LinkedIn's, the app's own, Google's and
# Outlook's (normalised); the others are never turned into strings (csvtext.kept_columns)
CONTACT_HEADERS = (
    frozenset(_FIELD_OF)
    | OUTPUT_HEADERS
    | {s for book in (GOOGLE_FIELDS, OUTLOOK_FIELDS) for names in book.values() for s in names}
)


def is_connections_header(cells: list[str]) -> bool:
    """True for a (normalised) header naming first and last name plus company, position or date.

    Address books (Outlook, Google) have far more columns and a middle name; they are not ours.
    """
    fields = {_FIELD_OF.get(c) for c in cells}
    others = fields & {"company", "position", "connected_on"}
    # the app's own classification table adds its columns to LinkedIn's (readers/own.py);
    # LinkedIn's own date column says "ours" however many columns someone added beside it
    narrow = len({c for c in cells if c and c not in OUTPUT_HEADERS}) <= 12  # distinct names
    linkedins_date = bool(LINKEDIN_DATE_HEADERS & set(cells))
    return (
        {"first_name", "last_name"} <= fields
        and bool(others)
        and ("middle name" not in cells or linkedins_date)  # a column added to LinkedIn's
        and (narrow or linkedins_date)
    )


def has_date_column(cells: list[str]) -> bool:
    """True when a normalised header names the connection date."""
    return any(_FIELD_OF.get(c) == "connected_on" for c in cells)


def read_connections(
    data: bytes, name: str, report: ImportReport, found: dict | None = None
) -> pd.DataFrame:
    """Contacts (schema frame) from a Connections.csv's bytes; fills ``report`` (and
    ``found["screened_clean"]``: whether its text needs no repair, :mod:`.screen`).

    Raises InputError when no header is recognised or no contact follows it.
    """
    text, encoding, utf8 = decoded(data, name, report.warnings)
    index, _cells, delimiter = find_header(text, name, is_connections_header, NO_CONNECTIONS)
    table = read_table(text, name, index, delimiter, encoding, CONTACT_HEADERS, utf8)
    report.encoding, report.delimiter = encoding, delimiter
    report.files.append(name)
    if found is not None:  # every text value is a piece of the table's text (.screen)
        found["screened_clean"] = not table.may_need_repair
    return contacts_from_table(table, name, report)


def header_notes(header: list[str], name: str, report: ImportReport) -> None:
    """Say in ``report`` what a Connections header leaves out: columns naming one field
    twice (only the first is read: a warning naming them) and no Position or Company column
    (a note). Both readers — whole and streamed — call it first."""
    fields = [_FIELD_OF.get(normalise_header(cell)) for cell in header]
    report.warnings.extend(repeated_columns(header, fields, name))
    for field, key in (
        ("position", "note.no_position_column"),
        ("company", "note.no_company_column"),
    ):
        if field not in fields:
            report.note(Message(key, file=name))


def repeated_columns(header: list[str], fields: list[str | None], name: str) -> list[Message]:
    """A warning naming the columns of each field that ``header`` has more than once
    (``fields``: the field of each column, None for one not read): the first is read."""
    at: dict[str, list[int]] = {}
    for i, field in enumerate(fields):
        if field:
            at.setdefault(field, []).append(i)
    out = []
    for columns in at.values():
        if len(columns) > 1:
            names = ", ".join(repr(header[i]) for i in columns[:4])
            numbers = ", ".join(str(i + 1) for i in columns[:4])
            if len(columns) > 4:
                names = Message("read.and_more", shown=names, n=len(columns) - 4)
            out.append(
                Message(
                    "note.duplicate_columns",
                    file=name,
                    n=len(columns),
                    names=names,
                    numbers=numbers,
                )
            )
    return out


def contacts_from_table(table: Table, name: str, report: ImportReport) -> pd.DataFrame:
    """Schema contacts from a parsed Connections table; raises InputError when it has none."""
    header_notes(table.header, name, report)
    frame = table.frame
    stripped, empty = stripped_fields(frame)
    data = {f: s for f, s in stripped.items() if f != "connected_on"}
    raw_dates = stripped.get("connected_on")
    report.rows_read = len(frame) + len(table.skipped)
    report.skipped.extend(table.skipped)
    if table.repaired:
        report.warnings.append(repaired_warning(name, table.repaired))
    if table.cut_short:
        report.warnings.append(cut_short_warning(name, table.cut_short))
    report.skipped.extend(SkippedRow(int(r), Message("row.empty"), name) for r in table.rows[empty])
    keep = ~empty
    if not keep.any():
        raise no_contacts_error(name, table.skipped)

    contacts = pd.DataFrame({f: pd.Series(s[keep], dtype="str") for f, s in data.items()})
    if raw_dates is not None:
        dates, order, notes = parse_dates(
            pd.Series(raw_dates[keep], dtype="str"), path=name, delimiter=table.delimiter
        )
        report.date_order = order
        report.warnings.extend(notes)
        contacts["connected_on"] = within_linkedin_years(dates, table.rows[keep], name, report)
    else:
        report.note(Message("note.no_connected_on", file=name))
    contacts["row"] = table.rows[keep]
    contacts = conform_contacts(contacts)
    _flag_hidden_and_duplicates(contacts, name, report)
    report.imported = len(contacts)
    return contacts[CONTACT_COLUMNS]


def stripped_fields(frame: pd.DataFrame) -> tuple[dict[str, np.ndarray], np.ndarray]:
    """The contact fields of a Connections table (first column of each, values stripped) and
    which records have none of them filled (empty rows)."""
    columns = {}
    for col in frame.columns:
        field = _FIELD_OF.get(normalise_header(col))
        if field and field not in columns:
            columns[field] = col
    stripped = {f: _strip(frame[c]) for f, c in columns.items()}
    empty = np.ones(len(frame), dtype=bool)
    for values in stripped.values():
        empty &= values == ""
    return stripped, empty


def no_contacts_error(name: str, skipped: list[SkippedRow]) -> InputError:
    """The error of a Connections file whose rows are all skipped or empty."""
    if skipped:
        first = skipped[0]
        return InputError(
            name,
            Message("read.malformed_rows", n=len(skipped), line=first.row, reason=first.reason),
        )
    return InputError(name, Message("read.header_only"))


FUTURE_SLACK_DAYS = 2  # time zones and a clock a little ahead are no reason to doubt a date


LINKEDIN_LAUNCH = pd.Timestamp("2003-05-01")  # no connection is older (launched 5 May 2003)


def within_linkedin_years(
    dates: pd.Series, rows: np.ndarray, name: str, report: ImportReport
) -> pd.Series:
    """``dates`` with those after today, or before LinkedIn existed, made unknown, and a
    warning naming them: a connection cannot have been made in 2031 or in 1900 (Excel's day 1
    of an emptied cell), so such a date is damage and no evidence of anything."""
    limit = pd.Timestamp(date.today()) + pd.Timedelta(days=FUTURE_SLACK_DAYS)
    damaged = np.zeros(len(dates), dtype=bool)
    impossible = (
        (dates > limit, "note.future_dates"),
        (dates < LINKEDIN_LAUNCH, "note.early_dates"),
    )
    for wrong, key in impossible:
        wrong = wrong.to_numpy()
        if not wrong.any():
            continue
        first = int(np.flatnonzero(wrong)[0])
        day = day_message(dates.iat[first])
        example = Message("row.line_date", line=int(rows[first]), date=day)
        report.warnings.append(Message(key, n=int(wrong.sum()), file=name, example=example))
        damaged |= wrong
    if not damaged.any():
        return dates
    return dates.mask(pd.Series(damaged, index=dates.index))


def _strip(values: pd.Series) -> np.ndarray:
    # str.strip mapped over the values in place (no list in between) beats a list
    # comprehension ~1.5x and Series.str.strip several times over on python-backed str
    cells = values.to_numpy(dtype=object)
    return np.fromiter(map(str.strip, cells), dtype=object, count=len(cells))


def _flag_hidden_and_duplicates(contacts: pd.DataFrame, name: str, report: ImportReport) -> None:
    nameless = (
        (contacts["first_name"] == "") & (contacts["last_name"] == "") & (contacts["url"] == "")
    ).to_numpy()
    repeated = repeated_rows(contacts, [*TEXT_COLUMNS, "connected_on"], key="url")
    contacts["duplicate"] = hidden_and_duplicates(nameless, repeated, name, report)


def repeated_rows(frame: pd.DataFrame, fields: list[str], key: str) -> np.ndarray:
    """``frame[fields].duplicated(keep="first")`` as an array, comparing whole rows only
    where ``key`` (one of ``fields``, nearly unique: the profile URL) repeats: a row can
    repeat another only if its key does, and the rest need no look (~15 ms at 30,000)."""
    shared = frame[key].duplicated(keep=False).to_numpy()
    repeated = np.zeros(len(frame), dtype=bool)
    if shared.any():
        repeated[shared] = frame.loc[shared, fields].duplicated(keep="first").to_numpy()
    return repeated


def hidden_and_duplicates(
    nameless: np.ndarray, repeated: np.ndarray, name: str, report: ImportReport
) -> np.ndarray:
    """The duplicate flags of contacts whose every field repeats an earlier one's
    (``repeated``), given which are ``nameless``; notes both in ``report``."""
    hidden = int(nameless.sum())
    report.hidden_profiles = hidden
    if hidden:  # LinkedIn's own doing, not damage: a note, not a problem
        report.note(Message("note.nameless", n=hidden, file=name))
    # Two hidden profiles connected the same day are two people, not a duplicate.
    duplicate = repeated & ~nameless
    report.duplicates = int(duplicate.sum())
    if report.duplicates:
        report.warnings.append(Message("note.duplicates", n=report.duplicates, file=name))
    return duplicate


# --- the other files of an export ---------------------------------------------------------


def _table(
    data: bytes,
    name: str,
    required: tuple[str, ...],
    what: str,
    report: ImportReport,
    used: tuple[str, ...] = (),
) -> Table:
    text, encoding = decode(data, name, report.warnings)

    def accept(cells: list[str]) -> bool:
        return set(required) <= set(cells)

    columns = ", ".join(r.title() for r in required)
    expected = Message("read.not_linkedin_file", what=what, columns=columns)
    index, _cells, delimiter = find_header(text, name, accept, expected)
    # only the columns read (with the required ones): the others are never strings
    read = {*required, *used}
    table = read_table(text, name, index, delimiter, encoding, read)
    fields = [c if c in read else None for c in map(normalise_header, table.header)]
    report.warnings.extend(repeated_columns(table.header, fields, name))
    table.frame.columns = [normalise_header(c) for c in table.frame.columns]
    # a record the table could not take (a huge field, too many fields) is left out, not lost
    report.warnings.extend(
        Message("note.row_left_out", file=name, line=s.row, reason=s.reason) for s in table.skipped
    )
    if table.cut_short:
        report.warnings.append(cut_short_warning(name, table.cut_short))
    return table


POSITION_COLUMNS = ("company name", "title", "description", "location", "started on", "finished on")
# No career holds this many jobs: a Positions.csv beyond it is another file or damage, and
# every contact's date is placed on every position (the app took ~50 s for 100,000)
MAX_POSITIONS = 1_000
# A job of someone on LinkedIn starting earlier is a typo (1920 for 2020) or a birth date
EARLIEST_PLAUSIBLE_START = date(1950, 1, 1)


def read_positions(data: bytes, name: str, report: ImportReport) -> list[Position]:
    """The owner's positions from Positions.csv; rows without a company are skipped."""
    table = _table(data, name, ("company name",), "Positions", report, POSITION_COLUMNS)
    positions = []
    # only the columns used: a row dict per record must not carry 20,000 repeated columns
    used = [c for c in POSITION_COLUMNS if c in table.frame.columns]
    frame, rows = table.frame[used], table.rows
    if len(frame) > MAX_POSITIONS:  # LinkedIn lists the latest first: those are kept
        report.warnings.append(
            Message("note.too_many_positions", file=name, n=len(frame), kept=MAX_POSITIONS)
        )
        frame, rows = frame.iloc[:MAX_POSITIONS], rows[:MAX_POSITIONS]
    for row_no, record in zip(rows, frame.to_dict("records"), strict=True):
        row = {k: str(v).strip() for k, v in record.items()}
        company = row.get("company name", "")
        if not company:
            if any(row.values()):
                report.warnings.append(Message("note.position_no_company", file=name, line=row_no))
            continue
        start, start_ok = _month_range(row.get("started on", ""))
        end, end_ok = _month_range(row.get("finished on", ""))
        if not start_ok:
            value = row.get("started on", "")[:40]
            report.warnings.append(
                Message("note.bad_start", file=name, line=row_no, company=company, value=value)
            )
        if not end_ok:  # it did end (the cell is filled): a past job, never the current one
            value = row.get("finished on", "")[:40]
            report.warnings.append(
                Message("note.bad_end", file=name, line=row_no, company=company, value=value)
            )
        if start and end and end[1] < start[0]:  # the two dates typed in each other's column
            report.warnings.append(
                Message(
                    "note.swapped_dates",
                    file=name,
                    line=row_no,
                    company=company,
                    end=month_message(end[0]),
                    start=month_message(start[0]),
                )
            )
            start, end = end, start
        if start and start[0] > date.today():  # a typo (2030 for 2020): said, not guessed at
            report.warnings.append(
                Message(
                    "note.future_start",
                    file=name,
                    line=row_no,
                    company=company,
                    start=month_message(start[0]),
                )
            )
        elif start and start[0] < EARLIEST_PLAUSIBLE_START:  # likewise
            report.warnings.append(
                Message(
                    "note.early_start",
                    file=name,
                    line=row_no,
                    company=company,
                    start=month_message(start[0]),
                )
            )
        positions.append(
            Position(
                company=company,
                title=row.get("title", ""),
                start=start[0] if start else None,
                end=end[1] if end else None,
                description=row.get("description", ""),
                location=row.get("location", ""),
                end_unknown=not end_ok,
            )
        )
    report.files.append(name)
    return positions


def _month_range(text: str) -> tuple[tuple[date, date] | None, bool]:
    """(first day, last day) that ``Mar 2015`` or ``2015`` covers, and whether it was readable."""
    text = text.strip()
    if not text:
        return None, True
    first, last = parse_month(text), parse_month(text, end=True)
    if first is None or last is None:  # any other date style: the month of that day
        parsed, _order, notes = parse_dates(pd.Series([text]))
        if notes or pd.isna(parsed.iat[0]):
            return None, False
        first = parsed.iat[0].date().replace(day=1)
        last = first.replace(day=calendar.monthrange(first.year, first.month)[1])
    return (first, last), True


def read_profile_name(data: bytes, name: str, report: ImportReport) -> str:
    """The owner's name from Profile.csv ("" when the file has no rows)."""
    table = _table(data, name, ("first name", "last name"), "Profile", report)
    report.files.append(name)
    if not len(table.frame):
        return ""
    row = table.frame.iloc[0]
    return " ".join(str(row[c]).strip() for c in ("first name", "last name") if str(row[c]).strip())


def read_registered_on(data: bytes, name: str, report: ImportReport) -> date | None:
    """The day the owner joined LinkedIn, from Registration.csv's ``Registered At``."""
    table = _table(data, name, ("registered at",), "Registration", report)
    report.files.append(name)
    if not len(table.frame):
        return None
    parsed, _order, notes = parse_dates(
        table.frame["registered at"].head(1), path=name, known_order="MDY"
    )
    report.warnings.extend(notes)
    value = parsed.iat[0]
    if pd.isna(value):
        return None
    limit = pd.Timestamp(date.today()) + pd.Timedelta(days=FUTURE_SLACK_DAYS)
    if not LINKEDIN_LAUNCH <= value <= limit:  # damage: no evidence of when the owner joined
        report.warnings.append(Message("note.bad_registration", file=name, date=day_message(value)))
        return None
    return value.date()


INVITATION_COLUMNS = ["name", "direction", "sent_on", "url"]


def read_invitations(data: bytes, name: str, report: ImportReport) -> pd.DataFrame:
    """Recent invitations (name, direction incoming/outgoing, sent_on, url) from Invitations.csv."""
    table = _table(
        data,
        name,
        ("from", "to", "direction"),
        "Invitations",
        report,
        ("sent at", "inviterprofileurl", "inviteeprofileurl"),
    )
    frame = table.frame
    direction = pd.Series(_strip(frame["direction"]), dtype="str").str.lower()
    incoming = (direction == "incoming").to_numpy()

    def col(name: str) -> np.ndarray:
        return _strip(frame[name]) if name in frame else np.full(len(frame), "", dtype=object)

    names = np.where(incoming, col("from"), col("to"))
    urls = np.where(incoming, col("inviterprofileurl"), col("inviteeprofileurl"))
    sent_on, _order, notes = parse_dates(col("sent at"), path=name, known_order="MDY")
    report.warnings.extend(notes)
    report.files.append(name)
    return pd.DataFrame(
        {
            "name": pd.Series(names, dtype="str"),
            "direction": pd.Series(direction.to_numpy(), dtype="str"),
            "sent_on": sent_on.to_numpy(),
            "url": pd.Series(urls, dtype="str"),
        },
        columns=INVITATION_COLUMNS,
    )
