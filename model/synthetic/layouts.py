"""Write contacts the way LinkedIn exports them, in every era and after Excel has saved them.

The readers are tested against these files, and the sample generator writes its exports with
them, so they imitate the real files byte for byte where it matters: LinkedIn's preamble, its
header spellings and date styles; Excel's encodings, delimiters, CRLF line ends, local date
formats and the trailing delimiters it pads short rows with.
"""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

import pandas as pd

from ..career import Position
from ..paths import atomic_write

LAYOUTS = ("current", "2019", "2018")
EXCEL_VARIANTS = (
    "utf8-bom",
    "cp1252",
    "utf16-tab",
    "semicolon",
    "dots",
    "dmy-abbr",
    "dutch-month",
    "iso",
    "crlf",
)

NOTES_SENTENCE = (
    "When exporting your connection data, you may notice that some of the email addresses are "
    "missing. You will only see email addresses for connections who have allowed their "
    "connections to see or download their email address using this setting "
    "https://www.linkedin.com/psettings/privacy/email. You can learn more here "
    "https://www.linkedin.com/help/linkedin/answer/261"
)

_EN_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_NL_MONTHS = ("jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec")

POSITIONS_HEADER = ["Company Name", "Title", "Description", "Location", "Started On", "Finished On"]
PROFILE_HEADER = [
    "First Name",
    "Last Name",
    "Maiden Name",
    "Address",
    "Birth Date",
    "Headline",
    "Summary",
    "Industry",
    "Zip Code",
    "Geo Location",
    "Twitter Handles",
    "Websites",
    "Instant Messengers",
]
REGISTRATION_HEADER = ["Registered At", "Registration Ip", "Subscription Types"]
INVITATIONS_HEADER = [
    "From",
    "To",
    "Sent At",
    "Message",
    "Direction",
    "inviterProfileUrl",
    "inviteeProfileUrl",
]


@dataclass(frozen=True)
class _Style:
    """How one Excel save (or none) writes the file."""

    encoding: str = "utf-8"
    delimiter: str = ","
    newline: str = "\n"
    dates: str = ""  # "" keeps the layout's own style
    pad: bool = False  # Excel pads short rows with delimiters up to the table's width


_STYLES: dict[str | None, _Style] = {
    None: _Style(),
    "utf8-bom": _Style("utf-8-sig", ",", "\r\n", "", True),
    "cp1252": _Style("cp1252", ",", "\r\n", "", True),
    "utf16-tab": _Style("utf-16", "\t", "\r\n", "", True),  # "Unicode text": LE with BOM
    "semicolon": _Style("cp1252", ";", "\r\n", "d-m-yyyy", True),
    "dots": _Style("cp1252", ";", "\r\n", "dd.mm.yyyy", True),
    "dmy-abbr": _Style("utf-8-sig", ",", "\r\n", "d-mmm-yy", True),
    "dutch-month": _Style("cp1252", ";", "\r\n", "d mmm nl", True),
    "iso": _Style("utf-8-sig", ",", "\r\n", "iso", True),
    "crlf": _Style("utf-8", ",", "\r\n", "", False),
}


def connection_headers(layout: str = "current") -> list[str]:
    """The Connections.csv header LinkedIn wrote in ``layout``'s era."""
    _check_layout(layout)
    cols = ["First Name", "Last Name", "URL", "Email Address", "Company", "Position"]
    if layout != "current":
        cols.remove("URL")
    return [*cols, "Connected On"]


def format_connected_on(value, layout: str = "current", excel: str | None = None) -> str:
    """One ``Connected On`` cell as written by LinkedIn in ``layout``, re-saved by ``excel``."""
    if value is None or pd.isna(value):
        return ""
    ts = pd.Timestamp(value)
    style = _style(excel).dates or ("us-time" if layout == "2018" else "text")
    d, m, y = ts.day, ts.month, ts.year
    if style == "text":
        return f"{d:02d} {_EN_MONTHS[m - 1]} {y}"
    if style == "us-time":
        hour = ts.hour % 12 or 12
        return f"{m}/{d}/{y % 100:02d}, {hour}:{ts.minute:02d} {'AM' if ts.hour < 12 else 'PM'}"
    if style == "d-m-yyyy":
        return f"{d}-{m}-{y}"
    if style == "dd.mm.yyyy":
        return f"{d:02d}.{m:02d}.{y}"
    if style == "d-mmm-yy":
        return f"{d}-{_EN_MONTHS[m - 1].lower()}-{y % 100:02d}"
    if style == "d mmm nl":
        return f"{d} {_NL_MONTHS[m - 1]} {y}"
    return f"{y:04d}-{m:02d}-{d:02d}"  # iso


def connections_text(
    contacts: pd.DataFrame, *, layout: str = "current", excel: str | None = None
) -> str:
    """The text of a Connections.csv (before encoding) for the schema frame ``contacts``."""
    _check_layout(layout)
    style = _style(excel)
    header = connection_headers(layout)
    width = len(header)
    field_of = {
        "First Name": "first_name",
        "Last Name": "last_name",
        "URL": "url",
        "Email Address": "email",
        "Company": "company",
        "Position": "position",
    }
    columns = [_text_column(contacts, field_of[h]) if h != "Connected On" else None for h in header]
    dates = _format_dates(contacts.get("connected_on"), len(contacts), layout, excel)
    columns[-1] = dates

    out = io.StringIO()
    writer = csv.writer(out, delimiter=style.delimiter, lineterminator=style.newline)
    if layout in ("current", "2019"):
        for line in (["Notes:"], [NOTES_SENTENCE], []):
            # the sentence's commas get it quoted; Excel with ';' writes it bare
            writer.writerow(_pad(line, width) if style.pad else line)
    writer.writerow(header)
    writer.writerows(zip(*columns, strict=True))
    return out.getvalue()


def write_connections(
    contacts: pd.DataFrame, path, *, layout: str = "current", excel: str | None = None
) -> None:
    """Write ``contacts`` (schema frame) to ``path`` as a Connections.csv of ``layout``.

    ``excel`` names how Excel re-saved it (see ``EXCEL_VARIANTS``); None is LinkedIn's own file.
    """
    data = connection_bytes(contacts, layout=layout, excel=excel)
    with atomic_write(path, "wb") as fh:
        fh.write(data)


def connection_bytes(
    contacts: pd.DataFrame, *, layout: str = "current", excel: str | None = None
) -> bytes:
    """The bytes :func:`write_connections` writes."""
    text = connections_text(contacts, layout=layout, excel=excel)
    return _encode(text, _style(excel).encoding)


def write_linkedin_zip(
    path,
    contacts: pd.DataFrame,
    *,
    positions: Iterable[Position] = (),
    profile_name: str = "",
    registered_on: date | datetime | None = None,
    exported_on: date | None = None,
    invitations: pd.DataFrame | None = None,
    layout: str = "current",
    excel: str | None = None,
    folder_inside: bool = False,
    complete: bool = False,
    year_only: Iterable[int] = (),
) -> Path:
    """Write a LinkedIn data export zip; returns its path.

    ``path`` is the zip file, or an existing folder to get LinkedIn's own file name
    (``Basic_LinkedInDataExport_MM-DD-YYYY.zip``, ``Complete_…`` when ``complete``).
    Only Connections.csv gets the ``excel`` treatment: that is the file people open.
    ``invitations`` has columns name, direction ("incoming"/"outgoing"), sent_on, url.
    ``year_only`` lists indexes of positions written with bare years (``2015``), as LinkedIn
    does when the member gave no months.
    """
    exported_on = _export_date(exported_on, contacts)
    kind = "Complete" if complete else "Basic"
    stem = f"{kind}_LinkedInDataExport_{exported_on:%m-%d-%Y}"
    path = Path(path)
    if path.is_dir():
        path = path / f"{stem}.zip"
    prefix = f"{stem}/" if folder_inside else ""
    members = linkedin_members(
        contacts,
        positions=positions,
        profile_name=profile_name,
        registered_on=registered_on,
        invitations=invitations,
        layout=layout,
        excel=excel,
        complete=complete,
        year_only=year_only,
    )
    stamp = (exported_on.year, exported_on.month, exported_on.day, 9, 30, 0)
    with atomic_write(path, "wb") as fh, zipfile.ZipFile(fh, "w", zipfile.ZIP_DEFLATED) as zf:
        if folder_inside:
            zf.writestr(zipfile.ZipInfo(prefix, date_time=stamp), b"")
        for name, data in members.items():
            info = zipfile.ZipInfo(prefix + name, date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, data)
    return path


def linkedin_members(
    contacts: pd.DataFrame,
    *,
    positions: Iterable[Position] = (),
    profile_name: str = "",
    registered_on: date | datetime | None = None,
    invitations: pd.DataFrame | None = None,
    layout: str = "current",
    excel: str | None = None,
    complete: bool = False,
    year_only: Iterable[int] = (),
) -> dict[str, bytes]:
    """The files of a LinkedIn export by name, as bytes (for zips and unzipped folders)."""
    positions = list(positions)
    years = set(year_only)
    position_rows = [_position_row(p, i in years) for i, p in enumerate(positions)]
    members = {
        "Connections.csv": connection_bytes(contacts, layout=layout, excel=excel),
        "Positions.csv": _csv_bytes(POSITIONS_HEADER, position_rows),
        "Profile.csv": _csv_bytes(PROFILE_HEADER, [_profile_row(profile_name, positions)]),
        "Registration.csv": _csv_bytes(REGISTRATION_HEADER, [_registration_row(registered_on)]),
    }
    if invitations is not None:
        rows = _invitation_rows(invitations, profile_name)
        members["Invitations.csv"] = _csv_bytes(INVITATIONS_HEADER, rows)
    if complete:
        # the complete export has many more files; a few keep readers honest about ignoring them
        members["Skills.csv"] = _csv_bytes(["Name"], [["Project Management"], ["Excel"]])
        members["Email Addresses.csv"] = _csv_bytes(
            ["Email Address", "Confirmed", "Primary", "Updated On"], []
        )
    return members


def format_month(value: date | None) -> str:
    """A Positions.csv date: ``Mar 2015``, or "" for None."""
    return "" if value is None else f"{_EN_MONTHS[value.month - 1]} {value.year}"


def format_us_datetime(value: date | datetime) -> str:
    """LinkedIn's US short date-time, e.g. ``3/14/10, 8:12 AM`` (Registration, Invitations)."""
    ts = pd.Timestamp(value)
    hour = ts.hour % 12 or 12
    ampm = "AM" if ts.hour < 12 else "PM"
    return f"{ts.month}/{ts.day}/{ts.year % 100:02d}, {hour}:{ts.minute:02d} {ampm}"


# --- helpers ------------------------------------------------------------------------------


def _check_layout(layout: str) -> None:
    if layout not in LAYOUTS:
        raise ValueError(f"unknown layout {layout!r}; expected one of {LAYOUTS}")


def _style(excel: str | None) -> _Style:
    try:
        return _STYLES[excel]
    except KeyError:
        expected = f"expected one of {EXCEL_VARIANTS}"
        raise ValueError(f"unknown excel variant {excel!r}; {expected}") from None


def _encode(text: str, encoding: str) -> bytes:
    # Excel's ANSI save writes "?" for what the code page lacks
    return text.encode(encoding, errors="replace")


def _pad(row: list[str], width: int) -> list[str]:
    return row + [""] * (width - len(row))


def _text_column(contacts: pd.DataFrame, name: str) -> list[str]:
    if name not in contacts:
        return [""] * len(contacts)
    return contacts[name].fillna("").astype(str).tolist()


def _format_dates(values, n: int, layout: str, excel: str | None) -> list[str]:
    if values is None:
        return [""] * n
    codes, uniques = pd.factorize(pd.Series(values), use_na_sentinel=True)
    texts = [format_connected_on(u, layout, excel) for u in uniques]
    return [texts[c] if c >= 0 else "" for c in codes]


def _csv_bytes(header: list[str], rows: list[list[str]]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    return out.getvalue().encode("utf-8")


def _position_row(p: Position, year_only: bool = False) -> list[str]:
    if year_only:
        start, end = (str(d.year) if d else "" for d in (p.start, p.end))
    else:
        start, end = format_month(p.start), format_month(p.end)
    return [p.company, p.title, p.description, p.location, start, end]


def _split_name(name: str) -> tuple[str, str]:
    first, _, last = name.strip().partition(" ")
    return first, last


def _profile_row(profile_name: str, positions: list[Position]) -> list[str]:
    first, last = _split_name(profile_name)
    current = [p for p in positions if p.is_current]
    headline = f"{current[0].title} at {current[0].company}" if current else ""
    location = current[0].location if current else ""
    return [first, last, "", "", "", headline, "", "", "", location, "", "", ""]


def _registration_row(registered_on: date | datetime | None) -> list[str]:
    when = "" if registered_on is None else format_us_datetime(registered_on)
    return [when, "192.0.2.17", ""]  # TEST-NET address: never a real one


def _slug(name: str) -> str:
    return "-".join(name.lower().split()) or "member"


def _invitation_rows(invitations: pd.DataFrame, owner: str) -> list[list[str]]:
    owner_url = f"https://www.linkedin.com/in/{_slug(owner)}"
    rows = []
    messages = invitations["message"] if "message" in invitations else [""] * len(invitations)
    for name, direction, sent_on, url, message in zip(
        invitations["name"],
        invitations["direction"],
        invitations["sent_on"],
        invitations["url"],
        messages,
        strict=True,
    ):
        sent = "" if pd.isna(sent_on) else format_us_datetime(sent_on)
        message = "" if pd.isna(message) else str(message)
        if str(direction).lower() == "incoming":
            rows.append([name, owner, sent, message, "INCOMING", url, owner_url])
        else:
            rows.append([owner, name, sent, message, "OUTGOING", owner_url, url])
    return rows


def _export_date(exported_on: date | None, contacts: pd.DataFrame) -> date:
    if exported_on is not None:
        return exported_on
    if "connected_on" in contacts:
        latest = pd.to_datetime(contacts["connected_on"], errors="coerce").max()
        if not pd.isna(latest):
            return latest.date()
    return date.today()
