"""Hand-over lists: one employer's work contacts for its CRM (CSV, XLSX or vCard) and the
person's private contacts as vCard.

vCard 3.0 is what Outlook, Google Contacts and most CRMs import. Values are escaped as RFC 2426
asks and, like every spreadsheet export of ours, a value a spreadsheet would read as a formula
gets a leading apostrophe: CRMs turn imported cards into sheets too.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from ..exports import LIST_FORMATS, write_contact_list
from ..schema import LINKEDIN_HEADERS
from ..vcard_writer import vcard

__all__ = ["LIST_FORMATS", "handover_table", "vcard", "write_handover"]
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
    return write_contact_list(table, path, which, employer=employer)
