"""Writes a second-generator member as LinkedIn's data export zip, with its own writer.

The files follow LinkedIn's published layout (Connections.csv with its "Notes:" preamble,
Positions.csv with "Mon YYYY" months, Profile.csv, Registration.csv) and are written with the
standard library's csv module, not with the first generator's writer, so that a reader fault
that writer happens to avoid can still show.
"""

from __future__ import annotations

import csv
import io
import zipfile
from pathlib import Path

import pandas as pd

from ...paths import atomic_write
from .person import SecondPerson

_NOTES = (
    "Notes:\n"
    '"When exporting your connection data, you may notice that some of the email addresses '
    "are missing. You will only see email addresses for connections who have allowed their "
    'connections to see or download their email address."\n'
    "\n"
)


def _csv(rows: list[list[str]]) -> str:
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(rows)
    return out.getvalue()


def _month(d) -> str:
    return d.strftime("%b %Y") if d else ""


def export_files(person: SecondPerson) -> dict[str, str]:
    """File name -> text of each CSV in the member's export."""
    c = person.contacts
    dates = pd.to_datetime(c["connected_on"])
    connections = [["First Name", "Last Name", "URL", "Email Address", "Company", "Position",
                    "Connected On"]]  # fmt: skip
    for row, day in zip(c.itertuples(index=False), dates, strict=True):
        connections.append([row.first_name, row.last_name, row.url, row.email, row.company,
                            row.position, day.strftime("%d %b %Y") if not pd.isna(day) else ""])  # fmt: skip
    positions = [["Company Name", "Title", "Description", "Location", "Started On", "Finished On"]]
    for p in person.career.positions:
        positions.append([p.company, p.title, p.description, p.location, _month(p.start),
                          _month(p.end)])  # fmt: skip
    first, _, last = person.career.owner_name.partition(" ")
    joined = person.career.registered_on
    return {
        "Connections.csv": _NOTES + _csv(connections),
        "Positions.csv": _csv(positions),
        "Profile.csv": _csv(
            [
                ["First Name", "Last Name", "Headline"],
                [first, last, person.career.positions[0].title if person.career.positions else ""],
            ]
        ),
        # LinkedIn writes the join moment as M/D/YY, h:mm AM
        "Registration.csv": _csv(
            [
                ["Registered At", "Registration Ip", "Subscription Types"],
                [f"{joined.month}/{joined.day}/{joined:%y}, 9:41 AM", "", ""],
            ]
        ),
    }


def write_export(person: SecondPerson, folder) -> Path:
    """Write the member's export zip into ``folder`` under LinkedIn's own file name."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"Basic_LinkedInDataExport_{person.career.exported_on:%m-%d-%Y}.zip"
    with atomic_write(path, "wb") as fh, zipfile.ZipFile(fh, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, text in export_files(person).items():
            zf.writestr(name, text.encode("utf-8"))
    return path
