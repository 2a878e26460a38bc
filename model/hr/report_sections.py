"""The sections of the hand-over report's PDF, in their fixed order, as reportlab flowables.

Every text from a contact or a note is escaped before it reaches reportlab's paragraph markup:
a name like ``<font size=90>`` is printed, not obeyed.
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from ..inferred import is_inferred
from .report_data import ReportData, integrity_line, stamp, status_line, withdrawn_lines
from .report_lists import (
    FULL_ROWS_MAX,
    LIST_ALL_UP_TO,
    attention_rows,
    audit_rows,
    by_priority,
    company_rows,
    contact_rows,
    line_rows,
    needs_a_word,
    plain_table,
)
from .texts import category_name

INK = "#1f2933"
MUTED = "#5f6b7a"
RULE = "#c7ced6"
HEAD_BG = "#e9edf2"
ALERT = "#a61b1b"


def _p(text: str, style) -> object:
    from reportlab.platypus import Paragraph

    return Paragraph(text, style)


def _e(text) -> str:
    """Escaped for reportlab's markup, line breaks kept."""
    return escape(str(text)).replace("\n", "<br/>")


def _table(rows, widths, *, header_rows: int = 1, zebra: bool = True, align_right=()):
    from reportlab.lib.colors import HexColor
    from reportlab.platypus import LongTable, TableStyle

    # LongTable splits across pages without re-measuring the rest each time: linear, not
    # quadratic, in the number of rows (30,000 contacts).
    table = LongTable(rows, colWidths=widths, repeatRows=header_rows)
    commands = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, header_rows - 1), 0.8, HexColor(INK)),
        ("LINEBELOW", (0, header_rows), (-1, -1), 0.25, HexColor(RULE)),
        ("BACKGROUND", (0, 0), (-1, header_rows - 1), HexColor(HEAD_BG)),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    for col in align_right:
        commands.append(("ALIGN", (col, 0), (col, -1), "RIGHT"))
    if zebra:
        for r in range(header_rows + 1, len(rows), 2):
            commands.append(("BACKGROUND", (0, r), (-1, r), HexColor("#f7f9fb")))
    table.setStyle(TableStyle(commands))
    return table


def story(data: ReportData, t: dict, s: dict, language: str) -> list:
    """The report's flowables: details, scope, summary, relatiebeding, contacts, audit trail
    and sign-off; ``t`` the texts, ``s`` the paragraph styles."""
    from reportlab.lib.units import mm
    from reportlab.platypus import KeepTogether, Spacer

    story: list = []
    story += [_p(_e(t["title"]), s["title"]), Spacer(1, 2 * mm)]
    story += [_p(_e(t["subtitle"].format(owner=data.owner)), s["subtitle"]), Spacer(1, 6 * mm)]
    story += _details(data, t, s, language)
    story += [Spacer(1, 5 * mm), _scope_box(data, t, s)]
    story += _summary(data, t, s, language)
    story += _relations(data, t, s, language)
    story += _contacts(data, t, s, language)
    story += _audit(data, t, s)
    story.append(KeepTogether(_sign_off(data, t, s)))
    return story


def _details(data: ReportData, t: dict, s: dict, language: str) -> list:
    from reportlab.lib.units import mm

    integrity = _e(integrity_line(data, t, language))
    integrity_style = s["cell"] if data.verification.ok else s["alert"]
    status = _e(status_line(data, t))
    status_style = s["cell_bold"] if data.sign_off else s["alert"]
    m = data.package.manifest
    rows = [
        (t["person"], _e(data.owner), s["cell"]),
        (t["prepared_by"], _e(m.get("prepared_by", "") or "—"), s["cell"]),
        (t["package"], _e(data.package.path.name), s["cell"]),
        (t["package_sha"], f"<font size=7.5>{data.package.sha256}</font>", s["cell"]),
        (t["created"], _e(stamp(m.get("created", ""))), s["cell"]),
        (t["reviewer"], _e(data.reviewer or t["no_reviewer"]), s["cell"]),
        (t["status"], status, status_style),
        (t["integrity"], integrity, integrity_style),
        (t["generated"], _e(data.generated), s["cell"]),
    ]
    table_rows = [[_p(_e(label), s["cell_bold"]), _p(value, style)] for label, value, style in rows]
    from reportlab.platypus import Table, TableStyle

    table = Table(table_rows, colWidths=[42 * mm, 128 * mm])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
                ("LINEABOVE", (0, 0), (-1, 0), 0.8, INK),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return [_p(_e(t["details"]), s["h2"]), table]


def _scope_box(data: ReportData, t: dict, s: dict):
    from reportlab.lib.colors import HexColor
    from reportlab.lib.units import mm
    from reportlab.platypus import Table, TableStyle

    text = (
        f"<b>{_e(t['scope_title'])}</b><br/>{_e(t['scope'].format(owner=data.owner))}"
        f"<br/><br/>{_e(t['scope_private'].format(owner=data.owner))}"
    )
    box = Table([[_p(text, s["boxed"])]], colWidths=[170 * mm])
    box.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 0.8, HexColor(INK)),
                ("BACKGROUND", (0, 0), (-1, -1), HexColor("#f4f6f8")),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                ("TOPPADDING", (0, 0), (-1, -1), 7),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
            ]
        )
    )
    return box


def _summary(data: ReportData, t: dict, s: dict, language: str) -> list:
    from reportlab.lib.units import mm

    counts = data.summary
    n = int(counts.loc["Total", "Total"]) if "Total" in counts.index else 0
    out = [
        _p(_e(t["summary_title"]), s["h1"]),
        _p(_e(t["summary_intro"].format(n=f"{n:,}")), s["intro"]),
    ]
    categories = [c for c in counts.columns if c != "Total"]
    header = [t["employer"], *(category_name(c, language) for c in categories), t["total"]]
    rows = [[_p(_e(header[0]), s["small_bold"])]]
    rows[0] += [_p(_e(h), s["num_bold"]) for h in header[1:]]
    for employer, values in counts.iterrows():
        name = t["total"] if employer == "Total" else employer
        name = t["no_employer"] if name == "(no employer)" else name
        bold = employer == "Total"
        numbers = [
            _p(f"{int(values[c]):,}", s["num_bold" if bold else "num"])
            for c in [*categories, "Total"]
        ]
        rows.append([_p(_e(name), s["small_bold" if bold else "small"]), *numbers])
    first = 170 * mm - 18.5 * mm * (len(categories) + 1)
    widths = [max(first, 50 * mm)] + [18.5 * mm] * (len(categories) + 1)
    return [*out, _table(rows, widths, align_right=range(1, len(header)))]


def _listed(data: ReportData, rows) -> bool:
    """Whether a list of contacts is printed one by one (else summed up by company)."""
    return len(data.contacts) <= LIST_ALL_UP_TO or len(rows) <= FULL_ROWS_MAX


def _by_company(rows, t: dict, s: dict, language: str) -> list:
    """A long list summed up by company, saying where the contacts themselves are."""
    from reportlab.lib.units import mm

    widths = [62 * mm, 18 * mm, 72 * mm, 18 * mm]
    table = company_rows(rows, t, language, _fonts(s), widths)
    note = _p(_e(t["list_in_xlsx"].format(n=f"{len(rows):,}")), s["tiny"])
    return [plain_table(table, widths, _fonts(s), right=(1, 3)), note]


def _relations(data: ReportData, t: dict, s: dict, language: str) -> list:
    from reportlab.lib.units import mm
    from reportlab.platypus import CondPageBreak

    # A heading kept with a table longer than the rest of the page sends both to the next
    # page, leaving this one blank; instead: room for a heading and a few rows, else a new page.
    h2, label_style = _loose(s["h2"]), _loose(s["intro"])
    out = [_p(_e(t["relations_title"]), s["h1"]), _p(_e(t["relations_intro"]), s["intro"])]
    out += [CondPageBreak(35 * mm), _p(_e(t["clients_title"]), h2)]
    widths = [40 * mm, 62 * mm, 20 * mm, 48 * mm]
    if data.client_hits is None:
        out.append(_p(_e(t["clients_none"]), s["body"]))
    elif not len(data.client_hits):
        n = len(data.package.clients)
        out.append(_p(_e(t["clients_empty"].format(n=n)), s["body"]))
    elif _listed(data, data.client_hits):
        columns = ["name", "company", "connected", "final_employer"]
        rows = contact_rows(data.client_hits, t, columns, _fonts(s), widths)
        out.append(plain_table(rows, widths, _fonts(s)))
    else:
        out += _by_company(data.client_hits, t, s, language)
    out += [CondPageBreak(35 * mm), _p(_e(t["recent_title"]), h2)]
    out.append(_p(_e(t["recent_intro"]), s["body"]))
    if is_inferred(data.package.career):  # not the person's own statement: say so
        out.append(_p(_e(t["recent_inferred"]), s["body"]))
    shown = False
    for block in data.recent:
        if not len(block.rows):
            continue
        shown = True
        key = "recent_current" if block.current else "recent_position"
        label = t[key].format(
            company=block.company, start=_month(block.start), end=block.end.isoformat()
        )
        out.append(CondPageBreak(25 * mm))
        out.append(_p(f"<b>{_e(label)}</b> — {len(block.rows):,}", label_style))
        if _listed(data, block.rows):
            widths = [50 * mm, 95 * mm, 25 * mm]
            columns = ["name", "company", "connected"]
            rows = contact_rows(block.rows, t, columns, _fonts(s), widths)
            out.append(plain_table(rows, widths, _fonts(s)))
        else:
            out += _by_company(block.rows, t, s, language)
    if not shown:
        out.append(_p(_e(t["recent_empty"]), s["body"]))
    return out


def _month(day) -> str:
    return day.isoformat() if day else "?"


def _contacts(data: ReportData, t: dict, s: dict, language: str) -> list:
    from reportlab.lib.units import mm
    from reportlab.platypus import CondPageBreak, PageBreak

    fonts = _fonts(s)
    contacts = data.contacts.sort_values(["final_employer", "last_name", "first_name"])
    needed = contacts.loc[needs_a_word(contacts)]
    every_one = len(contacts) <= LIST_ALL_UP_TO
    full = needed if every_one else by_priority(needed).iloc[:FULL_ROWS_MAX]
    intro = t["contacts_intro" if every_one else "contacts_intro_summary"].format(
        owner=data.owner, n=f"{len(contacts):,}", m=f"{len(needed):,}", shown=f"{len(full):,}"
    )
    out = [PageBreak(), _p(_e(t["contacts_title"]), s["h1"]), _p(_e(intro), s["body"])]
    out.append(_p(_e(t["attention_title"]), s["h2"]))
    if len(full):
        widths = [8 * mm, 32 * mm, 17 * mm, 26 * mm, 45 * mm, 20 * mm, 22 * mm]
        rows = attention_rows(full, t, language, fonts, widths)
        out.append(plain_table(rows, widths, fonts, muted=(4,)))
    else:
        out.append(_p(_e(t["attention_none"]), s["body"]))
    if len(needed) > len(full):
        more = t["more_in_xlsx"].format(k=f"{len(needed) - len(full):,}")
        out.append(_p(_e(more), s["body"]))
    title = "by_employer_title" if every_one else "by_employer_summary_title"
    out += [CondPageBreak(40 * mm), _p(_e(t[title]), s["h2"])]
    work = contacts["final_suggestion"] == "work"
    groups = [
        (t["employer_block"].format(employer=e) if e else t["no_employer_block"], rows)
        for e, rows in contacts.loc[work].groupby("final_employer", sort=False)
    ]
    groups.sort(key=lambda g: -len(g[1]))
    groups.append((t["private_block"], contacts.loc[~work]))
    label = _loose(s["intro"])
    for title, rows in groups:
        if not len(rows):
            continue
        out.append(CondPageBreak(25 * mm))
        out.append(_p(f"<b>{_e(title)}</b> — {len(rows):,}", label))
        if every_one:
            widths = [38 * mm, 76 * mm, 17 * mm, 19 * mm, 20 * mm]
            table = line_rows(rows, t, language, fonts, widths)
            out.append(plain_table(table, widths, fonts, muted=(3, 4)))
        else:
            widths = [62 * mm, 18 * mm, 72 * mm, 18 * mm]
            table = company_rows(rows, t, language, fonts, widths)
            out.append(plain_table(table, widths, fonts, right=(1, 3)))
    return out


def _loose(style):
    """``style`` without keep-with-next: a label above a long list must not drag it along."""
    from reportlab.lib.styles import ParagraphStyle

    return ParagraphStyle(style.name + "_loose", parent=style, keepWithNext=0)


def _fonts(s: dict) -> tuple[str, str]:
    return s["small"].fontName, s["small_bold"].fontName


def _audit(data: ReportData, t: dict, s: dict) -> list:
    from reportlab.lib.units import mm
    from reportlab.platypus import PageBreak

    out = [PageBreak(), _p(_e(t["audit_title"]), s["h1"]), _p(_e(t["audit_intro"]), s["intro"])]
    if not data.audit:
        return [*out, _p(_e(t["audit_empty"]), s["body"])]
    widths = [8 * mm, 24 * mm, 22 * mm, 34 * mm, 30 * mm, 32 * mm, 20 * mm]
    rows = audit_rows(data, t, _fonts(s), widths)
    return [*out, plain_table(rows, widths, _fonts(s), muted=(6,))]


def _sign_off(data: ReportData, t: dict, s: dict) -> list:
    from reportlab.lib.units import mm
    from reportlab.platypus import Spacer, Table, TableStyle

    out = [_p(_e(t["signoff_title"]), s["h1"])]
    if data.sign_off:
        out.append(
            _p(
                _e(t["signoff_done"].format(who=data.sign_off.who, when=stamp(data.sign_off.at))),
                s["body"],
            )
        )
        if data.sign_off.note:
            out.append(_p(_e(t["signoff_note"].format(note=data.sign_off.note)), s["body"]))
    else:
        out.append(_p(_e(t["signoff_missing"]), s["alert"]))
    out += [_p(_e(text), s["body"]) for text in withdrawn_lines(data, t)]
    out += [Spacer(1, 6 * mm), _p(_e(t["signatures"]), s["h2"])]
    line = "_" * 34
    cells = [
        [
            _p(f"<b>{_e(t['sign_employer'])}</b>", s["body"]),
            _p(f"<b>{_e(t['sign_person'])}</b>", s["body"]),
        ],
        [
            _p(f"{_e(t['sign_name'])}: {_e(data.reviewer) if data.reviewer else line}", s["body"]),
            _p(f"{_e(t['sign_name'])}: {_e(data.owner)}", s["body"]),
        ],
        [
            _p(f"{_e(t['sign_date'])}: {line}", s["body"]),
            _p(f"{_e(t['sign_date'])}: {line}", s["body"]),
        ],
        [
            _p(f"{_e(t['sign_signature'])}:<br/><br/><br/>{line}", s["body"]),
            _p(f"{_e(t['sign_signature'])}:<br/><br/><br/>{line}", s["body"]),
        ],
    ]
    table = Table(cells, colWidths=[85 * mm, 85 * mm])
    table.setStyle(
        TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 5)])
    )
    return [*out, table]
