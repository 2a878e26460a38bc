"""The hand-over report as an XLSX workbook: the same sections as the PDF, one sheet each.

Every text cell is written as a string (never a formula or an error value): contact fields
come from third parties.
"""

from __future__ import annotations

import io
import re
from pathlib import Path

from ..errors import InputError, os_reason
from ..messages import Message
from ..paths import atomic_write
from .reasons import reasons_in
from .report_data import (
    ReportData,
    contact_names,
    integrity_line,
    stamp,
    status_line,
    withdrawn_lines,
)
from .texts import category_name, report_texts

_XLSX_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def _when(iso: str) -> str:
    """The workbook's time stamps, to the second."""
    return stamp(iso, seconds=True)


def write_report_xlsx(data: ReportData, path: str | Path, language: str = "en") -> Path:
    """Write the report of ``data`` as a workbook to ``path`` (atomically); returns the path.

    Raises InputError if it cannot be written.
    """
    import xlsxwriter

    path = Path(path)
    t = report_texts(language)
    # Assembled in a buffer (no temporary files of personal data in /tmp, and a full disk
    # fails in our own write below: XlsxWriter's would leave its zip to fail again when
    # collected, printing a traceback); no string ever becomes a formula, URL or number.
    buffer = io.BytesIO()
    wb = xlsxwriter.Workbook(
        buffer,
        {
            "strings_to_formulas": False,
            "strings_to_urls": False,
            "strings_to_numbers": False,
            "in_memory": True,
        },
    )
    bold = wb.add_format({"bold": True})
    _summary_sheet(_Sheet(wb, t["sheet_summary"], bold), data, t, language)
    _contacts_sheet(_Sheet(wb, t["sheet_contacts"], bold), data, t, language)
    _relations_sheet(_Sheet(wb, t["sheet_relations"], bold), data, t)
    _audit_sheet(_Sheet(wb, t["sheet_audit"], bold), data, t)
    _signoff_sheet(_Sheet(wb, t["sheet_signoff"], bold), data, t)
    wb.close()
    try:
        with atomic_write(path, "wb") as fh:
            fh.write(buffer.getbuffer())
    except OSError as err:
        raise InputError(path, Message("file.cannot_write", reason=os_reason(err))) from err
    return path


class _Sheet:
    """A sheet that takes rows of Python values; text is always written as text."""

    def __init__(self, wb, title: str, bold):
        self.ws = wb.add_worksheet(_XLSX_ILLEGAL.sub("", title)[:31])
        self.bold = bold
        self.rows = 0

    def widths(self, widths: list[int]) -> None:
        """Column widths (call before the first row)."""
        for c, width in enumerate(widths):
            self.ws.set_column(c, c, width)

    def row(self, *values, bold: bool = False) -> None:
        """Append one row."""
        style = self.bold if bold else None
        for c, value in enumerate(values):
            if isinstance(value, str):
                self.ws.write_string(self.rows, c, _XLSX_ILLEGAL.sub("", value), style)
            elif value is not None:
                self.ws.write_number(self.rows, c, value, style)
        self.rows += 1

    def table(self, header: list[str], rows: list[list]) -> None:
        """A bold header and its rows."""
        self.row(*header, bold=True)
        for values in rows:
            self.row(*values)


def _decision(t: dict, decision: str, employer: str) -> str:
    if decision == "work":
        return t["work_for"].format(employer=employer) if employer else t["work"]
    if decision == "private":
        return t["private"]
    if decision == "agree":
        return t["agree"]
    return ""


def _action(t: dict, action: str) -> str:
    """An audit entry's action in the report's words where it has them."""
    words = {"withdraw-sign-off": "withdrawn_action", "undo": "undo_action", "redo": "redo_action"}
    return t[words[action]] if action in words else action


def _summary_sheet(ws: _Sheet, data: ReportData, t: dict, language: str) -> None:
    integrity = integrity_line(data, t, language)
    status = status_line(data, t, seconds=True)
    m = data.package.manifest
    counts = data.summary
    categories = [c for c in counts.columns if c != "Total"]
    ws.widths([44, 60] + [12] * len(categories))
    ws.row(t["title"], bold=True)
    ws.row(t["subtitle"].format(owner=data.owner))
    ws.row()
    for label, value in (
        (t["person"], data.owner),
        (t["prepared_by"], m.get("prepared_by", "")),
        (t["package"], data.package.path.name),
        (t["package_sha"], data.package.sha256),
        (t["created"], _when(m.get("created", ""))),
        (t["reviewer"], data.reviewer or t["no_reviewer"]),
        (t["status"], status),
        (t["integrity"], integrity),
        (t["generated"], data.generated),
    ):
        ws.row(label, value)
    ws.row()
    ws.row(t["scope_title"], bold=True)
    ws.row(t["scope"].format(owner=data.owner))
    ws.row(t["scope_private"].format(owner=data.owner))
    ws.row()
    ws.row(t["summary_title"], bold=True)
    header = [t["employer"], *(category_name(c, language) for c in categories), t["total"]]
    body = []
    for employer, values in counts.iterrows():
        name = t["total"] if employer == "Total" else employer
        name = t["no_employer"] if name == "(no employer)" else name
        body.append([name, *(int(values[c]) for c in [*categories, "Total"])])
    ws.table(header, body)


def _contacts_sheet(ws: _Sheet, data: ReportData, t: dict, language: str) -> None:
    header = [
        t["col_name"],
        t["col_company"].split(" ")[0],
        t["col_title"],
        t["col_url"],
        t["col_email"],
        t["col_connected"],
        t["col_suggestion"],
        t["col_p_work"],
        # the suggested and the final category side by side: say which is which
        f"{t['col_suggestion']}: {t['col_category']}",
        t["flagged"].capitalize(),
        t["col_reasons"],
        t["col_person"],
        f"{t['col_person']}: {t['col_note']}",
        t["col_hr"],
        f"{t['col_hr']}: {t['col_note']}",
        t["col_outcome"],
        f"{t['col_outcome']}: {t['employer']}",
        f"{t['col_outcome']}: {t['col_category']}",
    ]
    ws.widths([24, 28, 28, 30, 24, 12, 30, 8, 12, 8, 60, 30, 30, 30, 30, 10, 30, 12])
    ws.ws.freeze_panes(1, 1)
    frame = data.contacts.sort_values(["final_employer", "last_name", "first_name"])
    columns = {c: frame[c].tolist() for c in frame.columns}
    ws.row(*header, bold=True)
    for k in range(len(frame)):
        r = {c: columns[c][k] for c in columns}
        ws.row(
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
            "; ".join(reasons_in(r["reasons"], language)),
            _decision(t, r["decision"], r["decided_employer"]) or t["undecided"],
            r["note"],
            _decision(t, r["hr_decision"], r["hr_employer"]) or t["not_reviewed"],
            r["hr_note"],
            _decision(t, r["final_suggestion"], ""),
            r["final_employer"],
            category_name(r["final_category"], language),
        )


def _relations_sheet(ws: _Sheet, data: ReportData, t: dict) -> None:
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
            name = f"{r['first_name']} {r['last_name']}".strip()
            rows.append(
                [
                    t["clients_title"],
                    name,
                    r["company"],
                    r["position"],
                    r["connected_on"],
                    r["final_employer"],
                ]
            )
    for block in data.recent:
        for _, r in block.rows.iterrows():
            name = f"{r['first_name']} {r['last_name']}".strip()
            rows.append(
                [
                    t["recent_title"],
                    name,
                    r["company"],
                    r["position"],
                    r["connected_on"],
                    block.company,
                ]
            )
    ws.widths([60, 26, 30, 30, 12, 36])
    ws.row(t["relations_title"], bold=True)
    note = t["clients_none"] if data.client_hits is None else ""
    ws.row(t["relations_intro"] + (" " + note if note else ""))
    ws.row()
    ws.table(header, rows)


def _audit_sheet(ws: _Sheet, data: ReportData, t: dict) -> None:
    header = [
        t["col_no"],
        t["col_when"],
        t["col_who"],
        t["col_contact"],
        t["col_action"],
        t["col_decision"],
        t["employer"],
        t["col_note"],
        f"{t['col_prev']} (SHA-256)",
    ]
    names = contact_names(data.contacts)
    rows = []
    for e in data.audit:
        actor = t["actor_hr"] if e["actor"] == "hr" else t["actor_person"]
        contact = f"{names.get(e['contact'], '')} ({e['contact']})" if e["contact"] else ""
        rows.append(
            [
                e["seq"],
                _when(e["at"]),
                f"{e['who']} ({actor})",
                contact,
                _action(t, e["action"]),
                _decision(t, e["decision"], ""),
                e["employer"],
                e["note"],
                e["prev"],
            ]
        )
    ws.widths([6, 24, 24, 30, 12, 12, 30, 40, 68])
    ws.row(t["audit_intro"])
    ws.row()
    ws.table(header, rows)


def _signoff_sheet(ws: _Sheet, data: ReportData, t: dict) -> None:
    ws.widths([100])
    ws.row(t["signoff_title"], bold=True)
    if data.sign_off:
        ws.row(t["signoff_done"].format(who=data.sign_off.who, when=_when(data.sign_off.at)))
        if data.sign_off.note:
            ws.row(t["signoff_note"].format(note=data.sign_off.note))
    else:
        ws.row(t["signoff_missing"])
    for text in withdrawn_lines(data, t):
        ws.row(text)
