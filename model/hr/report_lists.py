"""The long lists of the hand-over report's PDF: contacts and audit entries, fast at 30,000.

A package can hold 30,000 contacts. Laying each cell out as a reportlab Paragraph (markup
parsed, lines broken, heights measured again at every page split) took minutes and gave
~3,000 pages. Here every cell is plain text wrapped once per distinct value and column
(companies, titles and reasons repeat a lot) and drawn as a table string, so a list costs
little more than its characters; plain text is never markup, so a name like
``<font size=90>`` is printed as it is. The contacts are shown in two parts: the ones that
needed a decision in full (with reasons and notes), and every contact in one line, grouped by
outcome and employer. The XLSX report holds every column of every contact.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np
import pandas as pd

from .reasons import reason_in
from .report_data import contact_names, stamp
from .texts import category_name

# Up to this many contacts the PDF lists each one (a few seconds, ~50 pages per 1,000);
# above it, the contacts that needed a decision most (at most FULL_ROWS_MAX) in full and each
# employer's contacts summed up by company: minutes and thousands of pages help nobody, and
# the XLSX report holds every contact.
LIST_ALL_UP_TO = 2_000
FULL_ROWS_MAX = 400
TOP_COMPANIES = 25

INK = "#1f2933"
MUTED = "#5f6b7a"
RULE = "#c7ced6"
HEAD_BG = "#e9edf2"
ZEBRA = "#f7f9fb"
PAD = 3.0  # points of padding left and right of a cell
SIZE, LEADING = 7.0, 8.6  # the lists' type: small, as the detailed tables had it


@lru_cache(maxsize=262_144)
def wrapped(text: str, width: float, font: str, size: float = SIZE, lines: int = 0) -> str:
    """``text`` broken into lines no wider than ``width`` points (``lines`` > 0: at most that
    many, the last ending in "…"), joined by newlines: a plain table cell."""
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfbase.pdfmetrics import stringWidth

    text = " ".join(str(text).split()) if "\n" not in str(text) else str(text)
    room = max(width - 2 * PAD, 10.0)
    if "\n" not in text and stringWidth(text, font, size) <= room:
        return text  # most names and dates fit: no line breaking to do
    out = simpleSplit(text, font, size, room) or [""]
    if lines and len(out) > lines:
        out = out[:lines]
        last = out[-1]
        while last and stringWidth(last + "…", font, size) > room:
            last = last[:-1]
        out[-1] = last.rstrip() + "…"
    return "\n".join(out)


def plain_table(rows: list[list[str]], widths, fonts: tuple[str, str], *, muted=(), right=()):
    """A LongTable of plain-text ``rows`` (the first is the header, repeated on each page);
    ``fonts``: (regular, bold); ``muted`` column numbers in grey, ``right`` ones right-aligned."""
    from reportlab.lib.colors import HexColor
    from reportlab.platypus import LongTable, TableStyle

    regular, bold = fonts
    # Heights given, not measured: reportlab measures a long table's rows again at each page
    # split (quadratic in the rows); a plain cell is as tall as its lines.
    heights = [max(str(c).count("\n") for c in row) * LEADING + LEADING + 4.5 for row in rows]
    table = LongTable(rows, colWidths=widths, rowHeights=heights, repeatRows=1)
    commands = [
        ("FONT", (0, 0), (-1, -1), regular, SIZE, LEADING),
        ("FONT", (0, 0), (-1, 0), bold, SIZE, LEADING),
        ("TEXTCOLOR", (0, 0), (-1, -1), HexColor(INK)),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, HexColor(INK)),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, HexColor(RULE)),
        ("BACKGROUND", (0, 0), (-1, 0), HexColor(HEAD_BG)),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [None, HexColor(ZEBRA)]),
        ("TOPPADDING", (0, 0), (-1, -1), 2),  # 2 + 2.5 = the 4.5 of the heights above
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LEFTPADDING", (0, 0), (-1, -1), PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
    ]
    for col in muted:
        commands.append(("TEXTCOLOR", (col, 1), (col, -1), HexColor(MUTED)))
    for col in right:
        commands.append(("ALIGN", (col, 0), (col, -1), "RIGHT"))
    table.setStyle(TableStyle(commands))
    return table


def decision_text(t: dict, decision: str, employer: str) -> str:
    """ "work: Acme", "work", "private" or "not decided" in the report's words."""
    if decision == "work":
        return t["work_for"].format(employer=employer) if employer else t["work"]
    if decision == "private":
        return t["private"]
    return t["undecided"]


def _records(frame: pd.DataFrame):
    """The rows of ``frame`` as dicts (column name -> value): iterrows builds a Series per
    row, ten times slower at 30,000 rows."""
    columns = list(frame.columns)
    return (dict(zip(columns, values, strict=True)) for values in zip(*(frame[c].tolist()
            for c in columns), strict=True))  # fmt: skip


def _name(r) -> str:
    return f"{r['first_name']} {r['last_name']}".strip() or "—"


def _company_title(r) -> str:
    return " — ".join(v for v in (r["company"], r["position"]) if v) or "—"


def needs_a_word(contacts: pd.DataFrame) -> np.ndarray:
    """Per contact: flagged, decided otherwise than suggested (by the person or HR), or with a
    note — the contacts the report shows in full."""
    c = contacts
    person, hr, notes = _person_overrode(c), _hr_overrode(c), _has_note(c)
    return (c["flagged"].astype(bool) | person | hr | notes).to_numpy(dtype=bool)


def _person_overrode(c: pd.DataFrame) -> pd.Series:
    """Per contact: decided by the person otherwise than suggested (or for another employer)."""
    return (c["decision"] != "") & (
        (c["decision"] != c["suggestion"])
        | ((c["decision"] == "work") & (c["decided_employer"] != c["employer"]))
    )


def _hr_overrode(c: pd.DataFrame) -> pd.Series:
    """Per contact: HR decided work or private (rather than agreeing or not yet deciding)."""
    return c["hr_decision"].isin(["work", "private"])


def _has_note(c: pd.DataFrame) -> pd.Series:
    """Per contact: a note by the person or by HR."""
    return (c["note"] != "") | (c["hr_note"] != "")


def by_priority(frame: pd.DataFrame) -> pd.DataFrame:
    """The contacts that needed a decision, most telling first: overridden by HR, decided by
    the person otherwise than suggested, with a note, flagged and undecided, flagged and
    decided as suggested; within each, the most uncertain first."""
    c = frame
    undecided = (c["decision"] == "") & (c["hr_decision"] == "")
    rank = np.select(
        [
            _hr_overrode(c).to_numpy(),
            _person_overrode(c).to_numpy(),
            _has_note(c).to_numpy(),
            undecided.to_numpy(),
        ],
        [0, 1, 2, 3],
        default=4,
    )
    key = pd.DataFrame({"rank": rank, "doubt": np.abs(c["p_work"].to_numpy(float) - 0.5)})
    return c.iloc[np.lexsort((key["doubt"].to_numpy(), key["rank"].to_numpy()))]


def company_rows(frame: pd.DataFrame, t: dict, language: str, fonts, widths) -> list:
    """One employer's contacts summed up by company (header first): the TOP_COMPANIES
    companies with most contacts, their categories and how many were decided, then the rest
    in one line."""
    regular, _bold = fonts
    rows = [[t["col_company_name"], t["col_contacts"], t["col_categories"], t["col_decided"]]]
    company = frame["company"].where(frame["company"] != "", t["no_company"])
    decided = ((frame["decision"] != "") | (frame["hr_decision"] != "")).astype(int)
    table = pd.DataFrame(
        {"company": company, "category": frame["final_category"], "decided": decided}
    )
    sizes = table.groupby("company", sort=False).size().sort_values(ascending=False, kind="stable")
    top = sizes.index[:TOP_COMPANIES]
    shown = table.loc[table["company"].isin(top)]
    per = shown.groupby(["company", "category"], sort=False).size()
    done = shown.groupby("company", sort=False)["decided"].sum()
    for name in top:
        parts = per.loc[name].sort_values(ascending=False, kind="stable")
        text = " · ".join(f"{n:,} {category_name(c, language)}" for c, n in parts.items())
        rows.append(
            [
                wrapped(name, widths[0], regular, lines=1),
                f"{int(sizes[name]):,}",
                wrapped(text, widths[2], regular, lines=2),
                f"{int(done[name]):,}",
            ]
        )
    rest = sizes.iloc[TOP_COMPANIES:]
    if len(rest):
        others = table.loc[~table["company"].isin(top), "decided"].sum()
        rows.append(
            [t["other_companies"].format(n=f"{len(rest):,}"), f"{int(rest.sum()):,}", "",
             f"{int(others):,}"]
        )  # fmt: skip
    return rows


def attention_rows(frame: pd.DataFrame, t: dict, language: str, fonts, widths) -> list:
    """The detailed rows (header first) of the contacts that needed a decision."""
    regular, _bold = fonts
    w = widths
    rows = [
        [
            t["col_no"],
            t["col_name"],
            t["col_connected"],
            t["col_suggestion"],
            t["col_reasons"],
            t["col_person"],
            t["col_hr"],
        ]
    ]
    for k, r in enumerate(_records(frame), start=1):
        flag = f" · {t['flagged']}" if r["flagged"] else ""
        # p(work) named as such: a bare "private (0.52)" reads as 52 % private.
        p_work = t["p_work"].format(p=f"{r['p_work']:.2f}")
        suggestion = f"{decision_text(t, r['suggestion'], r['employer'])}{flag}\n{p_work}"
        if r["suggestion"] == "work":  # the category of a private suggestion says it again
            suggestion += "\n" + category_name(r["category"], language)
        reasons = "\n".join(
            wrapped("• " + reason_in(str(x), language), w[4], regular) for x in r["reasons"]
        )
        person = decision_text(t, r["decision"], r["decided_employer"])
        if r["note"]:
            person += "\n“" + r["note"] + "”"
        if r["hr_decision"] == "agree":
            hr = t["agree"]
        elif r["hr_decision"]:
            hr = decision_text(t, r["hr_decision"], r["hr_employer"])
        else:
            hr = t["not_reviewed"]
        if r["hr_note"]:
            hr += "\n“" + r["hr_note"] + "”"
        hr += "\n→ " + decision_text(t, r["final_suggestion"], r["final_employer"])
        rows.append(
            [
                str(k),
                wrapped(_name(r), w[1], regular, lines=2)
                + "\n"
                + wrapped(_company_title(r), w[1], regular, lines=3),
                r["connected_on"] or "—",
                wrapped(suggestion, w[3], regular),
                reasons or "—",
                wrapped(person, w[5], regular),
                wrapped(hr, w[6], regular),
            ]
        )
    return rows


def decided_by(frame: pd.DataFrame, t: dict) -> pd.Series:
    """Who decided each contact: the person, HR, both, or "—" (the suggestion stands)."""
    person = frame["decision"] != ""
    hr = frame["hr_decision"] != ""
    out = np.where(person & hr, t["by_both"], np.where(hr, t["by_hr"], t["by_person"]))
    return pd.Series(np.where(person | hr, out, "—"), index=frame.index)


def line_rows(frame: pd.DataFrame, t: dict, language: str, fonts, widths) -> list:
    """One line per contact (header first): name, company and title, connected, category,
    who decided."""
    regular, _bold = fonts
    w = widths
    rows = [[t["col_name"], t["col_company"], t["col_connected"], t["col_category"], t["col_by"]]]
    names = {c: category_name(c, language) for c in frame["final_category"].unique()}
    by = decided_by(frame, t)
    for r, who in zip(_records(frame), by.tolist(), strict=True):
        rows.append(
            [
                wrapped(_name(r), w[0], regular, lines=1),
                wrapped(_company_title(r), w[1], regular, lines=1),
                r["connected_on"] or "—",
                names[r["final_category"]],
                who,
            ]
        )
    return rows


def contact_rows(frame: pd.DataFrame, t: dict, columns: list[str], fonts, widths) -> list:
    """Rows (header first) of ``columns`` ("name", "company", "connected", "final_employer")
    for the relatiebeding lists."""
    regular, _bold = fonts
    titles = {
        "name": t["col_name"],
        "company": t["col_company"],
        "connected": t["col_connected"],
        "final_employer": t["employer"],
    }
    rows = [[titles[c] for c in columns]]
    for r in _records(frame):
        cells = []
        for col, width in zip(columns, widths, strict=True):
            if col == "name":
                cells.append(wrapped(_name(r), width, regular, lines=2))
            elif col == "company":
                cells.append(wrapped(_company_title(r), width, regular, lines=2))
            elif col == "connected":
                cells.append(r["connected_on"] or "—")
            else:
                cells.append(wrapped(str(r[col]), width, regular, lines=2))
        rows.append(cells)
    return rows


def audit_rows(data, t: dict, fonts, widths) -> list:
    """The audit trail's rows (header first), one per entry."""
    regular, _bold = fonts
    w = widths
    rows = [
        [
            t["col_no"],
            t["col_when"],
            t["col_who"],
            t["col_contact"],
            t["col_decision"],
            t["col_note"],
            t["col_prev"],
        ]
    ]
    names = contact_names(data.contacts)
    for k, e in enumerate(data.audit, start=1):
        actor = t["actor_hr"] if e["actor"] == "hr" else t["actor_person"]
        if e["action"] == "sign-off":
            decision = t["signoff_title"].split(". ", 1)[-1]
        elif e["action"] == "withdraw-sign-off":
            decision = t["withdrawn_action"]
        elif e["action"] in ("undo", "redo"):  # what the row went back to, or got again
            back = t["agree"] if e["decision"] == "agree" else None
            back = back or decision_text(t, e["decision"], e["employer"])
            decision = t[f"{e['action']}_entry"].format(decision=back)
        elif e["decision"] == "agree":
            decision = t["agree"]
        else:
            decision = decision_text(t, e["decision"], e["employer"])
            if e["action"] not in ("decide", "employer", "override"):
                decision = f"{e['action']}: {decision}"
        contact = f"{names.get(e['contact'], '')} ({e['contact']})" if e["contact"] else "—"
        rows.append(
            [
                str(k),
                stamp(e["at"]),
                wrapped(e["who"] or "—", w[2], regular, lines=2) + "\n" + actor,
                wrapped(contact, w[3], regular, lines=3),
                wrapped(decision, w[4], regular),
                wrapped(e["note"], w[5], regular),
                e["prev"][:12] + "…",
            ]
        )
    return rows
