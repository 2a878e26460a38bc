"""The fourth generator's own LinkedIn export writer.

Real exports vary by year and by how they were saved; each member's zip draws its variant:
CRLF or LF line ends, a UTF-8 byte order mark or none, every field quoted or only where
needed, the "Notes:" preamble (added by LinkedIn in 2020) or the older file without it, and
the "Complete" export's extra files beside the basic ones. The columns are LinkedIn's own:
``First Name,Last Name,URL,Email Address,Company,Position,Connected On`` with days as
``05 Mar 2024``, Positions.csv with ``Company Name,Title,Description,Location,Started On,
Finished On`` and months as ``Mar 2015``, Profile.csv with its thirteen columns.
"""

from __future__ import annotations

import csv
import io
import zipfile
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from ...paths import atomic_write
from .person import FourthPerson

_NOTES = (
    "Notes:",
    '"When exporting your connection data, you may notice that some of the email addresses are '
    "missing. You will only see email addresses for connections who have allowed their "
    "connections to see or download their email address. Learn more about this at "
    'https://www.linkedin.com/help/linkedin/answer/261"',
    "",
)
_PROFILE = ["First Name", "Last Name", "Maiden Name", "Address", "Birth Date", "Headline",
            "Summary", "Industry", "Zip Code", "Geo Location", "Twitter Handles", "Websites",
            "Instant Messengers"]  # fmt: skip
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


@dataclass(frozen=True)
class Variant:
    """How one member's export happens to be written."""

    newline: str
    bom: bool
    quote_all: bool
    notes: bool
    complete: bool


def variant_of(person: FourthPerson) -> Variant:
    """The member's export variant, fixed by their seed."""
    rng = np.random.default_rng([person.seed, 0x4E7])
    return Variant(
        newline="\r\n" if rng.random() < 0.7 else "\n",
        bom=bool(rng.random() < 0.2),
        quote_all=bool(rng.random() < 0.3),
        notes=bool(rng.random() < 0.8),
        complete=bool(rng.random() < 0.3),
    )


def _csv(rows: list[list[str]], v: Variant, lead: tuple[str, ...] = ()) -> str:
    out = io.StringIO()
    quoting = csv.QUOTE_ALL if v.quote_all else csv.QUOTE_MINIMAL
    writer = csv.writer(out, lineterminator=v.newline, quoting=quoting)
    writer.writerows(rows)
    return "".join(line + v.newline for line in lead) + out.getvalue()


def _day(value) -> str:
    if pd.isna(value):
        return ""
    return f"{value.day:02d} {_MONTHS[value.month - 1]} {value.year}"


def _month(d) -> str:
    return f"{_MONTHS[d.month - 1]} {d.year}" if d else ""


def _connection_rows(person: FourthPerson) -> list[list[str]]:
    """Connections.csv's header and rows, newest first, dates as LinkedIn writes them."""
    c = person.contacts
    header = [
        "First Name",
        "Last Name",
        "URL",
        "Email Address",
        "Company",
        "Position",
        "Connected On",
    ]
    rows = [header]
    dates = pd.to_datetime(c["connected_on"])
    for row, day in zip(c.itertuples(index=False), dates, strict=True):
        rows.append([row.first_name, row.last_name, row.url, row.email, row.company,
                     row.position, _day(day)])  # fmt: skip
    return rows


def _position_rows(person: FourthPerson) -> list[list[str]]:
    """Positions.csv's header and rows, months as LinkedIn writes them."""
    positions = [["Company Name", "Title", "Description", "Location", "Started On", "Finished On"]]
    for p in person.career.positions:
        positions.append(
            [p.company, p.title, p.description, p.location, _month(p.start), _month(p.end)]
        )
    return positions


def export_files(person: FourthPerson) -> dict[str, str]:
    """File name -> text of each CSV in the member's export."""
    v = variant_of(person)
    rows, positions = _connection_rows(person), _position_rows(person)
    first, _, last = person.career.owner_name.partition(" ")
    headline = person.career.positions[0].title if person.career.positions else ""
    joined = person.career.registered_on
    hour = 1 + person.seed % 12
    files = {
        "Connections.csv": _csv(rows, v, _NOTES if v.notes else ()),
        "Positions.csv": _csv(positions, v),
        "Profile.csv": _csv(
            [_PROFILE, [first, last, "", "", "", headline, "", "", "", "", "", "", ""]], v
        ),
        "Registration.csv": _csv(
            [
                ["Registered At", "Registration Ip", "Subscription Types"],
                [
                    f"{joined.month}/{joined.day}/{joined:%y}, {hour}:{person.seed % 60:02d} "
                    f"{'AM' if person.seed % 2 else 'PM'}",
                    "",
                    "",
                ],
            ],
            v,
        ),
    }
    if v.complete:  # the complete export carries more, which readers leave alone
        files["Languages.csv"] = _csv(
            [["Name", "Proficiency"], ["Nederlands", "Native or bilingual proficiency"]], v
        )
        files["Skills.csv"] = _csv([["Name"], ["VCA"], ["Teamwork"]], v)
    if v.bom:
        files = {name: "\ufeff" + text for name, text in files.items()}
    return files


def write_export(person: FourthPerson, folder) -> Path:
    """Write the member's export zip into ``folder`` under LinkedIn's own file name."""
    v = variant_of(person)
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    kind = "Complete" if v.complete else "Basic"
    path = folder / f"{kind}_LinkedInDataExport_{person.career.exported_on:%m-%d-%Y}.zip"
    with atomic_write(path, "wb") as fh, zipfile.ZipFile(fh, "w", zipfile.ZIP_DEFLATED) as zf:
        made = person.career.exported_on
        for name, text in export_files(person).items():
            # the entries carry the day LinkedIn made the export, as real ones do
            info = zipfile.ZipInfo(name, date_time=(made.year, made.month, made.day, 6, 12, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, text.encode("utf-8"))
    return path
