"""The hand-over report as an XLSX workbook: the same sections as the PDF, one sheet each.

Every text cell is written as a string (never a formula or an error value): contact fields
come from third parties.
"""

from __future__ import annotations

import re
from pathlib import Path

from ..errors import InputError
from ..paths import atomic_path
from .report_data import ReportData
from .texts import category_name, report_texts

_XLSX_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def _when(iso: str) -> str:
    return iso.replace("T", " ")[:19] + " UTC" if iso else ""


def write_report_xlsx(data: ReportData, path: str | Path, language: str = "en") -> Path:
    """Write the report of ``data`` as a workbook to ``path`` (atomically); returns the path.

    Raises InputError if it cannot be written.
    """
    from openpyxl import Workbook

    path = Path(path)
    t = report_texts(language)
    wb = Workbook()
    _summary_sheet(wb.active, data, t, language)
    _contacts_sheet(wb.create_sheet(t["sheet_contacts"]), data, t, language)
    _relations_sheet(wb.create_sheet(t["sheet_relations"]), data, t)
    _audit_sheet(wb.create_sheet(t["sheet_audit"]), data, t)
    _signoff_sheet(wb.create_sheet(t["sheet_signoff"]), data, t)
    try:
        with atomic_path(path) as tmp:
            wb.save(tmp)
    except OSError as err:
        raise InputError(path, f"cannot be written ({err.strerror or err})") from err
    return path


def _put(ws, row: int, col: int, value, *, bold: bool = False):
    """Write one cell; text always as text (a leading "=" stays visible, never a formula)."""
    from openpyxl.styles import Alignment, Font

    if isinstance(value, str):
        cell = ws.cell(row=row, column=col)
        cell.value = _XLSX_ILLEGAL.sub("", value)
        cell.data_type = "s"
    else:
        cell = ws.cell(row=row, column=col, value=value)
    if bold:
        cell.font = Font(bold=True)
    cell.alignment = Alignment(vertical="top", wrap_text=isinstance(value, str) and len(value) > 60)
    return cell


def _rows(ws, start: int, header: list[str], rows: list[list], widths: list[int]) -> int:
    """A table with a bold header at ``start``; returns the next free row."""
    from openpyxl.utils import get_column_letter

    for c, h in enumerate(header, start=1):
        _put(ws, start, c, h, bold=True)
    for r, values in enumerate(rows, start=start + 1):
        for c, v in enumerate(values, start=1):
            _put(ws, r, c, v)
    for c, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(c)].width = width
    return start + len(rows) + 2


def _decision(t: dict, decision: str, employer: str) -> str:
    if decision == "work":
        return t["work_for"].format(employer=employer) if employer else t["work"]
    if decision == "private":
        return t["private"]
    if decision == "agree":
        return t["agree"]
    return ""


def _summary_sheet(ws, data: ReportData, t: dict, language: str) -> None:
    ws.title = t["sheet_summary"]
    _put(ws, 1, 1, t["title"], bold=True)
    _put(ws, 2, 1, t["subtitle"].format(owner=data.owner))
    v = data.verification
    integrity = (
        t["integrity_ok"].format(members=v.members, entries=v.person_entries + v.hr_entries)
        if v.ok
        else t["integrity_bad"].format(problem=v.problem)
    )
    status = (
        t["signed"].format(who=data.sign_off.who, when=_when(data.sign_off.at))
        if data.sign_off
        else t["not_signed"]
    )
    m = data.package.manifest
    details = [
        (t["person"], data.owner),
        (t["prepared_by"], m.get("prepared_by", "")),
        (t["package"], data.package.path.name),
        (t["package_sha"], data.package.sha256),
        (t["created"], _when(m.get("created", ""))),
        (t["reviewer"], data.reviewer or t["no_reviewer"]),
        (t["status"], status),
        (t["integrity"], integrity),
        (t["generated"], data.generated),
    ]
    row = 4
    for label, value in details:
        _put(ws, row, 1, label, bold=True)
        _put(ws, row, 2, value)
        row += 1
    row += 1
    _put(ws, row, 1, t["scope_title"], bold=True)
    _put(ws, row + 1, 1, t["scope"].format(owner=data.owner))
    _put(ws, row + 2, 1, t["scope_private"].format(owner=data.owner))
    row += 4
    _put(ws, row, 1, t["summary_title"], bold=True)
    counts = data.summary
    categories = [c for c in counts.columns if c != "Total"]
    header = [t["employer"], *(category_name(c, language) for c in categories), t["total"]]
    body = []
    for employer, values in counts.iterrows():
        name = t["total"] if employer == "Total" else employer
        name = t["no_employer"] if name == "(no employer)" else name
        body.append([name, *(int(values[c]) for c in [*categories, "Total"])])
    _rows(ws, row + 1, header, body, [44, 60] + [12] * (len(header) - 2))


def _contacts_sheet(ws, data: ReportData, t: dict, language: str) -> None:
    header = [
        t["col_name"],
        t["col_company"].split(" ")[0],
        t["col_title"],
        t["col_url"],
        t["col_email"],
        t["col_connected"],
        t["col_suggestion"],
        t["col_p_work"],
        t["col_category"],
        t["flagged"],
        t["col_reasons"],
        t["col_person"],
        f"{t['col_person']}: {t['col_note']}",
        t["col_hr"],
        f"{t['col_hr']}: {t['col_note']}",
        t["col_outcome"],
        t["employer"],
        t["col_category"],
    ]
    rows = []
    frame = data.contacts.sort_values(["final_employer", "last_name", "first_name"])
    for _, r in frame.iterrows():
        rows.append(
            [
                f"{r['first_name']} {r['last_name']}".strip(),
                r["company"],
                r["position"],
                r["url"],
                r["email"],
                r["connected_on"],
                _decision(t, r["suggestion"], r["employer"]),
                float(r["p_work"]),
                category_name(r["category"], language),
                "✓" if r["flagged"] else "",
                "; ".join(r["reasons"]),
                _decision(t, r["decision"], r["decided_employer"]) or t["undecided"],
                r["note"],
                _decision(t, r["hr_decision"], r["hr_employer"]) or t["not_reviewed"],
                r["hr_note"],
                _decision(t, r["final_suggestion"], ""),
                r["final_employer"],
                category_name(r["final_category"], language),
            ]
        )
    widths = [24, 28, 28, 30, 24, 12, 30, 8, 12, 8, 60, 30, 30, 30, 30, 10, 30, 12]
    _rows(ws, 1, header, rows, widths)
    ws.freeze_panes = "B2"


def _relations_sheet(ws, data: ReportData, t: dict) -> None:
    header = [
        t["col_list"],
        t["col_name"],
        t["col_company"].split(" ")[0],
        t["col_title"],
        t["col_connected"],
        t["employer"],
    ]
    rows = []
    if data.client_hits is not None:
        for _, r in data.client_hits.iterrows():
            rows.append(
                [
                    t["clients_title"],
                    f"{r['first_name']} {r['last_name']}".strip(),
                    r["company"],
                    r["position"],
                    r["connected_on"],
                    r["final_employer"],
                ]
            )
    for block in data.recent:
        for _, r in block.rows.iterrows():
            rows.append(
                [
                    t["recent_title"],
                    f"{r['first_name']} {r['last_name']}".strip(),
                    r["company"],
                    r["position"],
                    r["connected_on"],
                    block.company,
                ]
            )
    note = t["clients_none"] if data.client_hits is None else ""
    _put(ws, 1, 1, t["relations_title"], bold=True)
    _put(ws, 2, 1, t["relations_intro"] + (" " + note if note else ""))
    _rows(ws, 4, header, rows, [60, 26, 30, 30, 12, 36])


def _audit_sheet(ws, data: ReportData, t: dict) -> None:
    header = [
        "seq",
        t["col_when"],
        t["col_who"],
        t["col_contact"],
        t["col_action"],
        t["col_decision"],
        t["employer"],
        t["col_note"],
        "prev (SHA-256)",
    ]
    rows = []
    for e in data.audit:
        actor = t["actor_hr"] if e["actor"] == "hr" else t["actor_person"]
        rows.append(
            [
                e["seq"],
                _when(e["at"]),
                f"{e['who']} ({actor})",
                data.display_name(e["contact"]) if e["contact"] else "",
                e["action"],
                _decision(t, e["decision"], ""),
                e["employer"],
                e["note"],
                e["prev"],
            ]
        )
    _put(ws, 1, 1, t["audit_intro"])
    _rows(ws, 3, header, rows, [6, 24, 24, 30, 12, 12, 30, 40, 68])


def _signoff_sheet(ws, data: ReportData, t: dict) -> None:
    _put(ws, 1, 1, t["signoff_title"], bold=True)
    if data.sign_off:
        _put(
            ws, 2, 1, t["signoff_done"].format(who=data.sign_off.who, when=_when(data.sign_off.at))
        )
        if data.sign_off.note:
            _put(ws, 3, 1, t["signoff_note"].format(note=data.sign_off.note))
    else:
        _put(ws, 2, 1, t["signoff_missing"])
    ws.column_dimensions["A"].width = 100
