"""Address-book exports: Google Contacts CSV, Outlook CSV and vCard (.vcf), into the contact
schema. They carry names, organisation, title and e-mail, but no connection dates."""

from __future__ import annotations

import quopri
import re

import numpy as np
import pandas as pd

from ..errors import InputError
from ..messages import Message
from ..schema import CONTACT_COLUMNS, conform_contacts
from .csvtext import HUGE_FIELD, MAX_FIELD_CHARS, Table, normalise_header
from .quotes import repaired_warning
from .result import ImportReport, SkippedRow

# field -> header spellings, per format (English and the Dutch Outlook translation)
GOOGLE_FIELDS: dict[str, tuple[str, ...]] = {
    "first_name": ("first name", "given name"),
    "last_name": ("last name", "family name"),
    "email": ("e-mail 1 - value", "email 1 - value"),
    "company": ("organization name", "organization 1 - name"),
    "position": ("organization title", "organization 1 - title"),
    "full_name": ("name",),
}
OUTLOOK_FIELDS: dict[str, tuple[str, ...]] = {
    "first_name": ("first name", "voornaam"),
    "last_name": ("last name", "achternaam"),
    "email": ("e-mail address", "email address", "e-mailadres"),
    "company": ("company", "bedrijf"),
    "position": ("job title", "functie"),
}
_GOOGLE_MARKS = {"organization name", "organization 1 - name", "given name", "e-mail 1 - value"}
_OUTLOOK_MARKS = {"middle name", "middelste naam", "job title", "e-mail 2 address"}


def address_book_kind(cells: list[str]) -> str:
    """ "google-csv", "outlook-csv" or "" for a normalised header line."""
    names = set(cells)
    if names & _GOOGLE_MARKS and names & {"first name", "given name", "name"}:
        return "google-csv"
    has_name = names & {"first name", "voornaam"} and names & {"last name", "achternaam"}
    if has_name and (names & _OUTLOOK_MARKS or len(names) > 20):
        return "outlook-csv"
    return ""


def contacts_from_address_book(
    table: Table, kind: str, name: str, report: ImportReport
) -> pd.DataFrame:
    """Schema contacts from a Google or Outlook table; rows without name, e-mail or company
    are skipped (a phone number alone is nothing we can judge)."""
    fields = GOOGLE_FIELDS if kind == "google-csv" else OUTLOOK_FIELDS
    normal = {normalise_header(c): c for c in reversed(table.frame.columns)}
    data = {}
    for field, spellings in fields.items():
        column = next((normal[s] for s in spellings if s in normal), None)
        values = table.frame[column].tolist() if column is not None else [""] * len(table.frame)
        data[field] = np.array([v.strip() for v in values], dtype=object)
    full = data.pop("full_name", None)
    if full is not None:  # old Google files may fill only "Name"
        no_parts = (data["first_name"] == "") & (data["last_name"] == "")
        split = [n.partition(" ") for n in full[no_parts]]
        data["first_name"][no_parts] = [s[0] for s in split]
        data["last_name"][no_parts] = [s[2] for s in split]
    if table.repaired:
        report.warnings.append(repaired_warning(name, table.repaired))
    return _finish(data, table.rows, name, report, table.skipped)


def _finish(data: dict, rows, name: str, report: ImportReport, skipped) -> pd.DataFrame:
    useful = np.zeros(len(rows), dtype=bool)
    for field in ("first_name", "last_name", "email", "company"):
        useful |= data[field] != ""
    report.rows_read = len(rows) + len(skipped)
    report.skipped.extend(skipped)
    report.skipped.extend(
        SkippedRow(int(r), Message("row.no_name_email_company"), name)
        for r in np.asarray(rows)[~useful]
    )
    if not useful.any():
        if skipped:  # say why the rows were left out, not only that nothing is left
            first = skipped[0]
            raise InputError(
                name,
                Message("read.malformed_rows", n=len(skipped), line=first.row, reason=first.reason),
            )
        raise InputError(name, Message("read.no_useful_contacts"))
    frame = pd.DataFrame({f: pd.Series(v[useful], dtype="str") for f, v in data.items()})
    frame["row"] = np.asarray(rows, dtype=np.int64)[useful]
    contacts = conform_contacts(frame)
    duplicate = contacts[["first_name", "last_name", "email", "company", "position"]].duplicated()
    contacts["duplicate"] = duplicate.to_numpy()
    report.duplicates = int(duplicate.sum())
    report.imported = len(contacts)
    report.date_order = ""
    report.files.append(name)
    if report.duplicates:
        report.warnings.append(Message("note.duplicate_entries", n=report.duplicates, file=name))
    report.note(Message("note.no_dates", file=name))
    return contacts[CONTACT_COLUMNS]


# --- vCard -------------------------------------------------------------------------------

_PROPERTY = re.compile(r"^(?:[\w-]+\.)?(?P<name>[A-Za-z-]+)(?P<params>(?:;[^:]*)?):(?P<value>.*)$")


def is_vcard(text: str) -> bool:
    """True when the text starts (after blank lines) with BEGIN:VCARD."""
    return text.lstrip()[:11].upper() == "BEGIN:VCARD"


def read_vcards(text: str, name: str, report: ImportReport) -> pd.DataFrame:
    """Schema contacts from vCard 2.1/3.0/4.0 text (N, FN, ORG, TITLE, first EMAIL).

    A card missing its END:VCARD ends where the next card or the file begins or ends; the
    report says so.
    """
    fields = ("first_name", "last_name", "email", "company", "position")
    records: dict[str, list[str]] = {f: [] for f in fields}
    rows: list[int] = []
    skipped: list[SkippedRow] = []
    unterminated: list[int] = []
    card: dict[str, str] | None = None
    start = 0

    def close() -> None:
        if any(len(v) > MAX_FIELD_CHARS for v in card.values()):
            skipped.append(SkippedRow(start, HUGE_FIELD, name))
            return
        for field in fields:
            records[field].append(card.get(field, ""))
        rows.append(start)

    for line_no, line in _unfolded(text):
        match = _PROPERTY.match(line)
        if not match:
            continue
        prop, params, value = match["name"].upper(), match["params"].upper(), match["value"]
        if prop == "BEGIN" and value.strip().upper() == "VCARD":
            if card is not None:
                unterminated.append(start)
                close()
            card, start = {}, line_no
        elif prop == "END" and card is not None:
            close()
            card = None
        elif card is not None:
            _take(card, prop, _decode_value(value, params))
    if card is not None:
        unterminated.append(start)
        close()
    if unterminated:
        lines = ", ".join(map(str, unterminated[:5])) + (" …" if len(unterminated) > 5 else "")
        report.warnings.append(
            Message("note.unterminated_cards", file=name, n=len(unterminated), lines=lines)
        )
    data = {f: np.array(v, dtype=object) for f, v in records.items()}
    return _finish(data, rows, name, report, skipped)


def _take(card: dict[str, str], prop: str, value: str) -> None:
    parts = [_unescape(p).strip() for p in re.split(r"(?<!\\);", value)]
    if prop == "N":
        if not any(parts[:3]):  # an empty N (";;;;") must not erase the name FN gave
            return
        card["last_name"] = parts[0]
        card["first_name"] = " ".join(p for p in parts[1:3] if p)
    elif prop == "FN" and not (card.get("first_name") or card.get("last_name")):
        first, _, last = _unescape(value).strip().partition(" ")
        card["first_name"], card["last_name"] = first, last
    elif prop == "ORG":
        card.setdefault("company", parts[0])
    elif prop == "TITLE":
        card.setdefault("position", _unescape(value).strip())
    elif prop == "EMAIL":
        card.setdefault("email", _unescape(value).strip())


# A line of a pretty-printed (indented) card: a property every card has, not a folded value
# (a folded value — base64 above all — never has a property name and a colon at its start).
_INDENTED_PROPERTY = re.compile(
    r"^[ \t]+(?:BEGIN:VCARD|END:VCARD|VERSION:|(?:item\d+\.)?(?:N|FN|ORG|TITLE|EMAIL|TEL)[;:])",
    re.IGNORECASE,
)


def _unfolded(text: str):
    """(line number, logical line) with folded continuation lines joined (RFC 6350 3.2)."""
    current, start = "", 0
    qp_soft = False
    for number, raw in enumerate(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"), 1):
        if raw[:1] in (" ", "\t") and current and not _INDENTED_PROPERTY.match(raw):
            current += raw[1:]
            continue
        if qp_soft and current:  # quoted-printable soft line break: "=" at the end
            current = current[:-1] + raw
            qp_soft = raw.endswith("=")
            continue
        raw = raw.lstrip(" \t")  # the indentation of a pretty-printed card
        if current:
            yield start, current
        current, start = raw, number
        qp_soft = "QUOTED-PRINTABLE" in raw.upper().split(":", 1)[0] and raw.endswith("=")
    if current:
        yield start, current


def _decode_value(value: str, params: str) -> str:
    if "QUOTED-PRINTABLE" not in params:
        return value
    charset = re.search(r"CHARSET=([\w-]+)", params)
    raw = quopri.decodestring(value.encode("ascii", errors="replace"))
    try:
        return raw.decode(charset.group(1) if charset else "utf-8")
    except (LookupError, UnicodeDecodeError):
        return raw.decode("cp1252", errors="replace")


def _unescape(value: str) -> str:
    return (
        value.replace("\\n", " ")
        .replace("\\N", " ")
        .replace("\\,", ",")
        .replace("\\;", ";")
        .replace("\\\\", "\\")
    )
