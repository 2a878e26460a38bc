"""Human and JSON summaries of an import, for ``inspect`` and the app's import report."""

from __future__ import annotations

from datetime import date

import pandas as pd

from .cli import printable
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
    return d.strftime("%b %Y") if d else "now"


def inspect_text(export: Export) -> str:
    """A short plain-text report of what was read."""
    s = inspect_summary(export)
    lines = [
        f"{s['file']} ({s['format']})",
        f"  contacts:      {s['contacts']:,} imported of {s['rows_read']:,} rows read",
        f"  skipped:       {s['skipped']:,}",
        f"  duplicates:    {s['duplicates']:,}"
        + (" (kept, marked as duplicates)" if s["duplicates"] else ""),
    ]
    if s["first_connected"]:
        lines.append(f"  connected:     {s['first_connected']} … {s['last_connected']}")
    if s["without_date"]:
        lines.append(f"  without date:  {s['without_date']:,}")
    if s["repaired"]:
        lines.append(f"  repaired:      {s['repaired']:,} garbled names or titles (mojibake)")
    if s["hidden_profiles"]:
        lines.append(
            f"  hidden:        {s['hidden_profiles']:,} (no name: profiles LinkedIn hides)"
        )
    if s["profile_name"]:
        lines.append(f"  owner:         {s['profile_name']}")
    if s["registered_on"]:
        lines.append(f"  on LinkedIn:   since {s['registered_on']}")
    if s["exported_on"]:
        source = f" (from the {s['exported_on_from']})" if s["exported_on_from"] else ""
        lines.append(f"  exported:      {s['exported_on']}{source}")
    lines.append(f"  positions:     {s['positions']}")
    for p in export.positions:
        start = _month(p.start) if p.start else "?"
        end = "?" if p.end_unknown and p.end is None else _month(p.end)
        lines.append(f"    {start} – {end}: {p.title or '(no title)'} at {p.company}")
    shown = export.report.skipped[:10]
    for row in shown:
        where = f"{row.file} " if row.file else ""
        lines.append(f"  skipped {where}line {row.row}: {row.reason}")
    if len(export.report.skipped) > len(shown):
        lines.append(f"  … and {len(export.report.skipped) - len(shown)} more skipped rows")
    lines += [f"  warning: {w}" for w in export.report.warnings]
    return "\n".join(printable(line) for line in lines)
