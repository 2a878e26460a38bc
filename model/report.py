"""Human and JSON summaries of an import, for ``inspect`` and the app's import report."""

from __future__ import annotations

from datetime import date

import pandas as pd

from .cli import printable
from .messages import Message, localized, month_abbr, now_word
from .readers.result import Export


def _iso(value) -> str | None:
    if value is None or pd.isna(value):
        return None
    return pd.Timestamp(value).date().isoformat()


def inspect_summary(export: Export) -> dict:
    """The machine-readable summary ``inspect --json`` prints."""
    contacts = export.contacts
    dates = contacts["connected_on"]
    report = export.report
    return {
        "file": str(export.source),
        "format": export.format,
        "contacts": len(contacts),
        "positions": len(export.positions),
        "rows_read": report.rows_read,
        "skipped": len(report.skipped),
        "duplicates": int(report.duplicates),
        "repaired": int(report.repaired),
        "hidden_profiles": int(report.hidden_profiles),
        "first_connected": _iso(dates.min()) if dates.notna().any() else None,
        "last_connected": _iso(dates.max()) if dates.notna().any() else None,
        "without_date": int(dates.isna().sum()),
        "profile_name": export.profile_name or None,
        "registered_on": _iso(export.registered_on),
        "exported_on": _iso(export.exported_on),
        "exported_on_from": report.exported_on_source or None,
        "encoding": report.encoding or None,
        "delimiter": report.delimiter or None,
        "date_order": report.date_order or None,
        "files": list(report.files),
        "career": [
            {
                "company": p.company,
                "title": p.title,
                "start": _iso(p.start),
                "end": _iso(p.end),
                "end_unknown": p.end_unknown,
            }
            for p in export.positions
        ],
        "skipped_rows": [
            {"row": s.row, "reason": s.reason, "file": s.file} for s in report.skipped
        ],
        "warnings": list(report.warnings),
    }


def _month(d: date | None) -> str:
    """ "Aug 2014" (in the language in force), "now" for no date."""
    return f"{month_abbr(d.month)} {d.year}" if d else now_word()


# inspect's labels, in the order shown; each is padded to one column.
_LABEL_WIDTH = 15
_SOURCES = {
    "file name": "inspect.from_file_name",
    "file name, month first": "inspect.from_file_name_month_first",
    "zip entry dates": "inspect.from_zip_dates",
}


def _line(label: str, value) -> str:
    """ "  contacts:      VALUE", the label said in the language in force."""
    said = Message(f"inspect.label.{label}").text() + ":"
    return f"  {said:<{_LABEL_WIDTH}}{localized(value)}"


def _count(n: int) -> Message:
    return Message("inspect.count", n=n)


def inspect_text(export: Export) -> str:
    """A short plain-text report of what was read, in the language in force."""
    s = inspect_summary(export)
    duplicates = _count(s["duplicates"]).text()
    if s["duplicates"]:
        duplicates += Message("inspect.duplicates_kept").text()
    lines = [
        f"{s['file']} ({s['format']})",
        _line("contacts", Message("inspect.imported", contacts=s["contacts"], rows=s["rows_read"])),
        _line("skipped", _count(s["skipped"])),
        _line("duplicates", duplicates),
    ]
    if s["first_connected"]:
        lines.append(_line("connected", f"{s['first_connected']} … {s['last_connected']}"))
    if s["without_date"]:
        lines.append(_line("without_date", _count(s["without_date"])))
    if s["repaired"]:
        lines.append(_line("repaired", Message("inspect.repaired", n=s["repaired"])))
    if s["hidden_profiles"]:
        lines.append(_line("hidden", Message("inspect.hidden", n=s["hidden_profiles"])))
    if s["profile_name"]:
        lines.append(_line("owner", s["profile_name"]))
    if s["registered_on"]:
        lines.append(_line("on_linkedin", Message("inspect.since", date=s["registered_on"])))
    if s["exported_on"]:
        source = s["exported_on_from"]
        source = Message(_SOURCES[source]).text() if source in _SOURCES else ""
        lines.append(_line("exported", f"{s['exported_on']}{source}"))
    lines.append(_line("positions", str(s["positions"])))
    for p in export.positions:
        start = _month(p.start) if p.start else "?"
        end = "?" if p.end_unknown and p.end is None else _month(p.end)
        title = p.title or Message("inspect.no_title")
        said = Message("inspect.position", start=start, end=end, title=title, company=p.company)
        lines.append(f"    {said.text()}")
    shown = export.report.skipped[:10]
    for row in shown:
        where = f"{row.file} " if row.file else ""
        said = Message("inspect.skipped_row", where=where, row=row.row, reason=row.reason)
        lines.append(f"  {said.text()}")
    if len(export.report.skipped) > len(shown):
        more = Message("inspect.more_skipped", n=len(export.report.skipped) - len(shown))
        lines.append(f"  {more.text()}")
    lines += [f"  {Message('inspect.warning', warning=w).text()}" for w in export.report.warnings]
    return "\n".join(printable(line) for line in lines)
