"""Writes a fifth-generator member as LinkedIn's data export zip, with its own writer.

Each member's export is written in one of the ways real exports come (drawn per member in
``person.export_style``): with or without the "Notes:" preamble of exports since 2022, every
field quoted or only where needed, CRLF or LF line ends, sometimes a byte-order mark, the basic
or the complete archive's name, extra files the product does not read (Skills, Languages,
Email Addresses), and for some members no Positions.csv at all. Dates are written as LinkedIn
writes them: "15 Mar 2024" for connections, "Mar 2015" for positions, "3/15/11, 9:41 AM" for
the registration.
"""

from __future__ import annotations

import csv
import io
import zipfile
from pathlib import Path

import pandas as pd

from ...paths import atomic_write
from .person import FifthPerson

_NOTES = (
    "Notes:\n"
    '"When exporting your connection data, you may notice that some of the email addresses '
    "are missing. You will only see email addresses for connections who have allowed their "
    "connections to see or download their email address. Learn more about that setting here: "
    'https://www.linkedin.com/help/linkedin/answer/261"\n'
    "\n"
)
CONNECTION_HEADER = ["First Name", "Last Name", "URL", "Email Address", "Company", "Position",
                     "Connected On"]  # fmt: skip
POSITION_HEADER = ["Company Name", "Title", "Description", "Location", "Started On", "Finished On"]
PROFILE_HEADER = ["First Name", "Last Name", "Maiden Name", "Address", "Birth Date", "Headline",
                  "Summary", "Industry", "Zip Code", "Geo Location", "Twitter Handles",
                  "Websites", "Instant Messengers"]  # fmt: skip
# LinkedIn's month names, whatever the process's LC_TIME (strftime's %b follows it)
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _csv(rows: list[list[str]], style: dict) -> str:
    out = io.StringIO()
    quoting = csv.QUOTE_ALL if style.get("quote_all") else csv.QUOTE_MINIMAL
    ending = "\r\n" if style.get("crlf") else "\n"
    csv.writer(out, quoting=quoting, lineterminator=ending).writerows(rows)
    return out.getvalue()


def _month(d) -> str:
    """A position's month as LinkedIn writes it ("Mar 2015"); "" for none."""
    return f"{_MONTHS[d.month - 1]} {d.year}" if d else ""


def _day(d) -> str:
    """A connection's day as LinkedIn writes it ("05 Mar 2024"); "" for none."""
    return "" if pd.isna(d) else f"{d.day:02d} {_month(d)}"


def export_files(person: FifthPerson) -> dict[str, str]:
    """File name -> text of each CSV in the member's export (Positions.csv left out for the
    members whose export has none)."""
    style = person.export_style
    c = person.contacts
    dates = pd.to_datetime(c["connected_on"])
    connections = [CONNECTION_HEADER]
    for row, day in zip(c.itertuples(index=False), dates, strict=True):
        connections.append([row.first_name, row.last_name, row.url, row.email, row.company,
                            row.position, _day(day)])  # fmt: skip
    notes = _NOTES.replace("\n", "\r\n") if style.get("crlf") else _NOTES
    files = {
        "Connections.csv": ("\ufeff" if style.get("bom") else "")
        + (notes if style.get("notes") else "")
        + _csv(connections, style)
    }
    career = person.career
    if style.get("positions", True):
        positions = [POSITION_HEADER]
        for p in career.positions:
            positions.append([p.company, p.title, p.description, p.location, _month(p.start),
                              _month(p.end)])  # fmt: skip
        files["Positions.csv"] = _csv(positions, style)
    first, last = person.life.first, person.life.last
    headline = career.positions[0].title if career.positions else ""
    files["Profile.csv"] = _csv(
        [PROFILE_HEADER, [first, last, "", "", "", headline, "", "", "", "Netherlands", "", "",
                          ""]], style)  # fmt: skip
    joined = career.registered_on
    files["Registration.csv"] = _csv(
        [["Registered At", "Registration Ip", "Subscription Types"],
         [f"{joined.month}/{joined.day}/{joined:%y}, 9:41 AM", "", ""]], style)  # fmt: skip
    if style.get("extras"):
        files["Skills.csv"] = _csv([["Name"], ["Project Management"], ["Stakeholdermanagement"]],
                                   style)  # fmt: skip
        files["Languages.csv"] = _csv(
            [["Name", "Proficiency"], ["Nederlands", "Native or bilingual proficiency"],
             ["English", "Full professional proficiency"]], style)  # fmt: skip
        files["Email Addresses.csv"] = _csv(
            [["Email Address", "Confirmed", "Primary", "Updated On"],
             [f"{first}.{last}@example.nl".lower().replace(" ", ""), "Yes", "Yes", ""]], style)  # fmt: skip
    return files


def write_export(person: FifthPerson, folder) -> Path:
    """Write the member's export zip into ``folder`` under LinkedIn's own file name."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    kind = "Complete" if person.export_style.get("complete") else "Basic"
    path = folder / f"{kind}_LinkedInDataExport_{person.career.exported_on:%m-%d-%Y}.zip"
    made = person.career.exported_on  # the entries carry the export's day, not today's
    with atomic_write(path, "wb") as fh, zipfile.ZipFile(fh, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, text in export_files(person).items():
            info = zipfile.ZipInfo(name, date_time=(made.year, made.month, made.day, 9, 41, 0))
            zf.writestr(info, text.encode("utf-8"), zipfile.ZIP_DEFLATED)
    return path
