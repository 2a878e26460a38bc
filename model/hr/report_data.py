"""What the hand-over report says, computed once for the PDF and the XLSX writers."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path

import pandas as pd

from ..messages import localized
from ..normalize import match_companies
from .integrity import Verification, verify_and_load
from .package import count_table
from .review import HrReview, SignOff, Withdrawal
from .unpack import Package, load_unverified

RECENT_MONTHS = 12
RELATION_TIERS = 2  # strong or exact company matches count as "at a relation"


@dataclass
class RecentList:
    """Work contacts connected in the last months of one position."""

    company: str
    start: date | None
    end: date
    current: bool
    rows: pd.DataFrame


@dataclass
class ReportData:
    """Everything the report shows; see :func:`build_report`."""

    package: Package
    verification: Verification
    contacts: pd.DataFrame  # HrReview.final() columns (or the package's with empty hr_*)
    summary: pd.DataFrame  # counts per final employer and category
    audit: list[dict]  # person's then HR's entries
    reviewer: str = ""
    sign_off: SignOff | None = None
    withdrawals: list[Withdrawal] = field(default_factory=list)  # sign-offs taken back
    client_hits: pd.DataFrame | None = None  # None when no client list came with the package
    recent: list[RecentList] = field(default_factory=list)
    generated: str = ""

    @property
    def owner(self) -> str:
        """The person whose contacts these are."""
        return self.package.owner or self.package.path.stem

    def display_name(self, contact_id: str) -> str:
        """'Name (c00012)' for an audit entry's contact id."""
        match = self.contacts.loc[self.contacts["id"] == contact_id]
        if not len(match):
            return contact_id
        row = match.iloc[0]
        return f"{(row['first_name'] + ' ' + row['last_name']).strip()} ({contact_id})"


def build_report(package_path: str | Path, review_path: str | Path | None = None) -> ReportData:
    """The report of a package and HR's review of it (beside it, or ``review_path``; a package
    never reviewed gives a report that says so). Raises InputError if a file cannot be read."""
    verification, package, read = verify_and_load(package_path, review_path)
    if package is None:  # reported on all the same: the report says the check failed
        package = load_unverified(package_path)
    review = None
    if verification.ok and read is not None:
        review = HrReview(package, verification.review, *read)
    if review is not None:
        contacts = review.final()
        audit = package.audit.entries() + review.trail.entries()
    else:
        contacts = package.contacts.copy()
        for name in ("hr_decision", "hr_employer", "hr_note", "hr_by", "hr_at"):
            contacts[name] = ""
        contacts["person_suggestion"] = contacts["final_suggestion"]
        contacts["person_employer"] = contacts["final_employer"]
        audit = package.audit.entries()
    work = contacts.loc[contacts["final_suggestion"] == "work"]
    return ReportData(
        package=package,
        verification=verification,
        contacts=contacts,
        summary=count_table(contacts, "final_employer", "final_category"),
        audit=audit,
        reviewer=review.reviewer if review is not None else "",
        sign_off=review.signed_off if review is not None else None,
        withdrawals=list(review.withdrawals) if review is not None else [],
        client_hits=_client_hits(work, package.clients) if package.clients else None,
        recent=_recent(work, package),
        generated=datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
    )


def _client_hits(work: pd.DataFrame, clients: list[str]) -> pd.DataFrame:
    tier, best = match_companies(work["company"].to_numpy(dtype=object), clients)
    hits = work.loc[tier >= RELATION_TIERS].copy()
    hits["relation"] = [clients[i] for i in best[tier >= RELATION_TIERS]]
    return hits.sort_values(["relation", "last_name", "first_name"])


def _months_before(day: date, months: int) -> date:
    year, month = divmod(day.year * 12 + day.month - 1 - months, 12)
    return date(year, month + 1, min(day.day, 28))


def _recent(work: pd.DataFrame, package: Package) -> list[RecentList]:
    """Per position that ended (a current one ends at the export date: the person is leaving),
    its work contacts connected in the 12 months before the end."""
    career = package.career
    out = []
    connected = pd.to_datetime(work["connected_on"], errors="coerce", format="%Y-%m-%d")
    for position in career.positions:
        end = position.end or (None if position.end_unknown else career.exported_on)
        if end is None or not position.company:  # (an unknown end has no months before it)
            continue
        start = _months_before(end, RECENT_MONTHS)
        if position.start and position.start > start:
            start = position.start
        same = work["final_employer"] == position.company
        window = (connected >= pd.Timestamp(start)) & (connected <= pd.Timestamp(end))
        rows = work.loc[same & window].sort_values("connected_on")
        out.append(RecentList(position.company, start, end, position.is_current, rows))
    return out


def withdrawn_lines(data: ReportData, t: dict) -> list[str]:
    """One sentence per sign-off that was withdrawn, oldest first."""
    return [
        t["signoff_withdrawn"].format(
            who=w.sign_off.who, when=stamp(w.sign_off.at), by=w.who, at=stamp(w.at), note=w.note
        )
        for w in data.withdrawals
    ]


def stamp(iso: str, *, seconds: bool = False) -> str:
    """'2026-11-29 22:41 UTC' (with ``seconds``: '2026-11-29 22:41:07 UTC') from an ISO time
    stamp; "" stays ""."""
    return iso.replace("T", " ")[: 19 if seconds else 16] + " UTC" if iso else ""


def integrity_line(data: ReportData, t: dict, language: str) -> str:
    """The integrity check's outcome in the report's words."""
    v = data.verification
    if v.ok:
        return t["integrity_ok"].format(members=v.members, entries=v.person_entries + v.hr_entries)
    return t["integrity_bad"].format(problem=localized(v.problem, language))


def status_line(data: ReportData, t: dict, *, seconds: bool = False) -> str:
    """Who signed the review off and when (see :func:`stamp`), or that no one has."""
    if not data.sign_off:
        return t["not_signed"]
    return t["signed"].format(who=data.sign_off.who, when=stamp(data.sign_off.at, seconds=seconds))


def contact_names(contacts: pd.DataFrame) -> dict:
    """Each contact's id -> "First Last", for the audit trail's entries."""
    full = (contacts["first_name"] + " " + contacts["last_name"]).str.strip()
    return dict(zip(contacts["id"], full, strict=True))
