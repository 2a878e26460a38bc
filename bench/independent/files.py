"""The independent generator's own writer of LinkedIn export zips.

Written from LinkedIn's documented export (PRODUCT.md: a "Notes:" preamble and a blank line
before ``First Name,Last Name,URL,Email Address,Company,Position,Connected On``; dates like
``05 Mar 2021``; Positions.csv months like ``Mar 2015``; Registration.csv's US date-time),
not from the training generator's writer, so a quirk of one writer cannot hide in both.
Variants: the older header without URL and preamble, and a few ways Excel re-saves a file.
"""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Iterable
from datetime import date
from pathlib import Path

import pandas as pd

from model.career import Position

MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
PREAMBLE = (
    "When exporting your connection data, you may notice that some of the email addresses "
    "are missing. You will only see email addresses for connections who have allowed their "
    "connections to see or download their email address."
)
# name → (encoding, delimiter, line end, date format of Connected On)
SAVES = {
    None: ("utf-8", ",", "\n", "linkedin"),
    "excel-utf8": ("utf-8-sig", ",", "\r\n", "linkedin"),
    "excel-nl": ("cp1252", ";", "\r\n", "d-m-yyyy"),
    "excel-iso": ("utf-8-sig", ",", "\r\n", "yyyy-mm-dd"),
}
LAYOUTS = ("current", "older")


def _day(value, style: str) -> str:
    if value is None or pd.isna(value):
        return ""
    d = pd.Timestamp(value)
    if style == "d-m-yyyy":
        return f"{d.day}-{d.month}-{d.year}"
    if style == "yyyy-mm-dd":
        return f"{d.year:04d}-{d.month:02d}-{d.day:02d}"
    return f"{d.day:02d} {MONTHS[d.month - 1]} {d.year}"


def _month(value: date | None, year_only: bool) -> str:
    if value is None:
        return ""
    return str(value.year) if year_only else f"{MONTHS[value.month - 1]} {value.year}"


def connections_csv(contacts: pd.DataFrame, layout: str = "current", save=None) -> bytes:
    """Connections.csv for a frame with first_name, last_name, url, email, company, position,
    connected_on, as LinkedIn writes it in ``layout`` and Excel re-saves it (``save``)."""
    encoding, delimiter, newline, style = SAVES[save]
    fields = ["first_name", "last_name", "url", "email", "company", "position"]
    header = ["First Name", "Last Name", "URL", "Email Address", "Company", "Position"]
    if layout == "older":
        fields.remove("url")
        header.remove("URL")
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator=newline)
    if layout == "current":
        writer.writerows([["Notes:"], [PREAMBLE], []])
    writer.writerow([*header, "Connected On"])
    columns = [contacts[f].fillna("").astype(str).tolist() for f in fields]
    columns.append([_day(v, style) for v in contacts["connected_on"]])
    writer.writerows(zip(*columns, strict=True))
    return out.getvalue().encode(encoding, errors="replace")


def _table(header: list[str], rows: Iterable[list[str]]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    return out.getvalue().encode("utf-8")


def write_export(
    path: Path,
    contacts: pd.DataFrame,
    positions: list[Position],
    *,
    name: str,
    registered_on: date,
    exported_on: date,
    layout: str = "current",
    save=None,
    year_only: Iterable[int] = (),
) -> Path:
    """Write one LinkedIn export zip at ``path`` (its name should carry the export date, as
    LinkedIn's does); returns ``path``."""
    years = set(year_only)
    first, _, last = name.partition(" ")
    members = {
        "Connections.csv": connections_csv(contacts, layout, save),
        "Positions.csv": _table(
            ["Company Name", "Title", "Description", "Location", "Started On", "Finished On"],
            (
                [
                    p.company,
                    p.title,
                    p.description,
                    p.location,
                    _month(p.start, k in years),
                    _month(p.end, k in years),
                ]
                for k, p in enumerate(positions)
            ),
        ),
        "Profile.csv": _table(["First Name", "Last Name", "Headline"], [[first, last, ""]]),
        "Registration.csv": _table(
            ["Registered At", "Registration Ip", "Subscription Types"],
            [
                [
                    f"{registered_on.month}/{registered_on.day}/{registered_on.year % 100:02d}, "
                    "10:15 AM",
                    "",
                    "",
                ]
            ],
        ),
    }
    stamp = (exported_on.year, exported_on.month, exported_on.day, 12, 0, 0)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for member, data in members.items():
            zf.writestr(zipfile.ZipInfo(member, date_time=stamp), data)
    return path
