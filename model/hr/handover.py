"""Hand-over lists: one employer's work contacts for its CRM (CSV, XLSX or vCard) and the
person's private contacts as vCard.

vCard 3.0 is what Outlook, Google Contacts and most CRMs import. Values are escaped as RFC 2426
asks and, like every spreadsheet export of ours, a value a spreadsheet would read as a formula
gets a leading apostrophe: CRMs turn imported cards into sheets too.
"""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd

from ..errors import InputError, os_reason
from ..exports import final_ownership, neutralise_csv, write_contact_list
from ..messages import Message
from ..paths import atomic_write
from ..schema import LINKEDIN_HEADERS

LIST_FORMATS = (".csv", ".xlsx", ".vcf")
_H = LINKEDIN_HEADERS


def handover_table(final: pd.DataFrame) -> pd.DataFrame:
    """A classification-style table (LinkedIn's headers, suggestion, employer, category, note)
    from package contacts with their outcome (:meth:`model.hr.review.HrReview.final` or a
    package's contacts): what :func:`write_handover` takes."""
    out = pd.DataFrame({header: final[col].astype(str) for col, header in _H.items()})
    out["suggestion"] = final["final_suggestion"].astype(str)
    out["employer"] = final["final_employer"].astype(str)
    out["category"] = final["final_category"].astype(str)
    notes = final["hr_note"] if "hr_note" in final else final["note"]
    out["note"] = notes.astype(str)
    return out.reset_index(drop=True)


def write_handover(
    table: pd.DataFrame, path: str | Path, which: str = "work", *, employer: str | None = None
) -> int:
    """Write the ``which`` ("work"/"private") contacts of a classification table (optionally
    one employer's) as CSV, XLSX or vCard by the extension; returns how many were written.

    Raises InputError for another extension or an unwritable path, ValueError for ``which``.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in LIST_FORMATS:
        raise InputError(path, Message("write.use_csv_xlsx_vcf"))
    if suffix != ".vcf":
        return write_contact_list(table, path, which, employer=employer)
    if which not in ("work", "private"):
        raise ValueError(f"which must be 'work' or 'private', not {which!r}")
    keep = final_ownership(table) == which
    if employer is not None:
        keep &= table["employer"].astype(str) == employer
    subset = table.loc[keep.to_numpy()]
    try:
        with atomic_write(path, "w", encoding="utf-8", newline="") as fh:
            for _, row in subset.iterrows():
                fh.write(vcard(row, with_work=which == "work"))
    except OSError as err:
        raise InputError(path, Message("file.cannot_write", reason=os_reason(err))) from err
    return len(subset)


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
    lines = ["BEGIN:VCARD", "VERSION:3.0", f"N:{last};{first};;;", f"FN:{full}"]
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
    notes = []
    connected = str(row.get(_H["connected_on"], "") or "")
    if connected:
        notes.append(f"LinkedIn connection since {connected}")
    if with_work and str(row.get("employer", "") or ""):
        notes.append(f"acquired for {row['employer']}")
    if str(row.get("note", "") or ""):
        notes.append(str(row["note"]))
    if notes:
        lines.append("NOTE:" + _escape("; ".join(notes)))
    lines.append("END:VCARD")
    return "".join(_fold(line) for line in lines)
