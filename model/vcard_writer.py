"""vCard 3.0 lists of contacts (a classification table's rows, LinkedIn's headers): what the
work and private lists are written as when their file name ends in ``.vcf``."""

from __future__ import annotations

import re

import pandas as pd

from .errors import InputError, os_reason
from .exports import neutralise_csv
from .messages import Message
from .paths import atomic_write
from .schema import LINKEDIN_HEADERS

_H = LINKEDIN_HEADERS
# Who wrote the cards (RFC 2426 3.6.3): batch tells its own lists from an address book by it.
PRODID = "-//Contact Ownership//NONSGML contact list//EN"


# Control characters have no place in a vCard's text (RFC 6350 3.3): an address book may
# refuse the card or, for a vertical tab or form feed, break the line. A tab is a space.
_VCARD_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _escape(value) -> str:
    text = "" if value is None or (isinstance(value, float) and pd.isna(value)) else str(value)
    text = _VCARD_CONTROL.sub("", neutralise_csv(text.strip()).replace("\t", " "))
    return (
        text.replace("\\", "\\\\")
        .replace(",", "\\,")
        .replace(";", "\\;")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
        .replace("\r", "\\n")
    )


def _fold(line: str) -> str:
    """A content line folded at 75 octets (RFC 2426), never inside a UTF-8 character."""
    out, current, size = [], "", 0
    for ch in line:
        n = len(ch.encode())
        if size + n > 75:
            out.append(current)
            current, size = " ", 1
        current += ch
        size += n
    out.append(current)
    return "\r\n".join(out) + "\r\n"


def vcard(row: pd.Series, *, with_work: bool = True) -> str:
    """One vCard 3.0 of a classification-table row (LinkedIn's headers)."""
    first, last = _escape(row.get(_H["first_name"])), _escape(row.get(_H["last_name"]))
    full = " ".join(p for p in (first, last) if p) or _escape(row.get(_H["url"])) or "?"
    lines = ["BEGIN:VCARD", "VERSION:3.0", f"PRODID:{PRODID}", f"N:{last};{first};;;", f"FN:{full}"]
    for prop, col in (("ORG", "company"), ("TITLE", "position")):
        value = _escape(row.get(_H[col]))
        if value:
            lines.append(f"{prop}:{value}")
    email = _escape(row.get(_H["email"]))
    if email:
        lines.append(f"EMAIL;TYPE=INTERNET:{email}")
    url = _escape(row.get(_H["url"]))
    if url:
        lines.append(f"URL:{url}")
    card_notes = []
    connected = str(row.get(_H["connected_on"], "") or "")
    if connected:
        card_notes.append(Message("vcard.connected", date=connected).text())
    if with_work and str(row.get("employer", "") or ""):  # in the language of the app or command
        card_notes.append(Message("vcard.acquired_for", employer=row["employer"]).text())
    if str(row.get("note", "") or ""):
        card_notes.append(str(row["note"]))
    if card_notes:
        lines.append("NOTE:" + _escape("; ".join(card_notes)))
    lines.append("END:VCARD")
    return "".join(_fold(line) for line in lines)


def write_vcards(rows: pd.DataFrame, path, *, with_work: bool) -> None:
    """Write ``rows`` as vCards to ``path`` atomically (the old file stays if it fails);
    ``with_work`` adds the employer a contact was acquired for. Raises InputError."""
    try:
        with atomic_write(path, "w", encoding="utf-8", newline="") as fh:
            for _, row in rows.iterrows():
                fh.write(vcard(row, with_work=with_work))
    except OSError as err:
        raise InputError(path, Message("file.cannot_write", reason=os_reason(err))) from err
