"""The export date in an export's file name: LinkedIn names its zip
``Basic_LinkedInDataExport_MM-DD-YYYY.zip``, month first; people who rename it, or save it
from a day-first locale, write ``20-03-2026``, ``20.03.2026`` or ``2026-03-20``.

A name whose first number cannot be a month (20-03-2026) is read day first. When both could be
a month (03-04-2026) the name alone cannot tell: the zip's entries, written the day LinkedIn
made the export, decide when they are near one reading; otherwise LinkedIn's own order holds.
"""

from __future__ import annotations

import re
from datetime import date

# day or month, the other, a four-digit year; or a year first (ISO's order)
_YEAR_LAST = re.compile(r"(?<!\d)(\d{1,2})[-._](\d{1,2})[-._](\d{4})(?!\d)")
_YEAR_FIRST = re.compile(r"(?<!\d)(\d{4})[-._](\d{1,2})[-._](\d{1,2})(?!\d)")
NEAR_DAYS = 7  # entries this close to one reading (and not the other) choose it
FROM_NAME, FROM_NAME_MONTH_FIRST = "file name", "file name, month first"  # the date's source


def date_in_name(name: str, entries: date | None = None) -> date | None:
    """The export date the file ``name`` gives, if it gives one; ``entries``: the latest date
    of the zip's entries (None when unknown), which settles a name both orders could read."""
    return name_date(name, entries)[0]


def name_date(name: str, entries: date | None = None) -> tuple[date | None, str]:
    """:func:`date_in_name` and where it came from: "file name", or "file name, month first"
    when both orders give a date and nothing settled it (LinkedIn's own order was taken);
    (None, "") when the name gives none."""
    if match := _YEAR_FIRST.search(name):
        year, month, day = (int(g) for g in match.groups())
        found = _date(year, month, day)
        return found, FROM_NAME if found else ""
    match = _YEAR_LAST.search(name)
    if not match:
        return None, ""
    first, second, year = (int(g) for g in match.groups())
    month_first, day_first = _date(year, first, second), _date(year, second, first)
    if month_first is None or day_first is None or month_first == day_first:
        found = month_first or day_first  # only one reading is a date
        return found, FROM_NAME if found else ""
    if entries is not None:
        near = [d for d in (month_first, day_first) if abs((d - entries).days) <= NEAR_DAYS]
        if len(near) == 1:
            return near[0], FROM_NAME
    return month_first, FROM_NAME_MONTH_FIRST  # LinkedIn's own order, said as such


def _date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None
