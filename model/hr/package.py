"""The review package: what a departing person hands to HR, and nothing more.

A package is a zip with the extension :data:`PACKAGE_SUFFIX` holding ``manifest.json`` (every
other member with its SHA-256 and size), ``career.json``, ``contacts.json`` (only the work and
the flagged contacts, see :func:`goes_in`), ``audit.jsonl`` (the person's decisions as a hash
chain, :mod:`model.hr.audit`) and, if one was given, ``clients.txt``. A contact the person decided
private, or that was suggested private and not flagged, is not written at all.

Reading one back, as hostile input from another machine, is :mod:`model.hr.unpack`.
"""

from __future__ import annotations

import io
import json
import math
import zipfile
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import numpy as np
import pandas as pd

from ..career import Career
from ..errors import InputError, os_reason
from ..inferred import career_record
from ..messages import Message
from ..paths import atomic_path
from ..schema import CATEGORIES
from .audit import AuditTrail, canonical, person_entries, sha256_hex

PACKAGE_SUFFIX = ".coreview"
PACKAGE_FORMAT = "contact-ownership review package"
PACKAGE_VERSION = 1
MANIFEST, CAREER, CONTACTS, AUDIT, CLIENTS = (
    "manifest.json",
    "career.json",
    "contacts.json",
    "audit.jsonl",
    "clients.txt",
)
CONTENT_MEMBERS = (CAREER, CONTACTS, CLIENTS)  # anchored by the first audit entry
REQUIRED = (MANIFEST, CAREER, CONTACTS, AUDIT)
ALLOWED = (*REQUIRED, CLIENTS)

CONTACT_TEXT = ("first_name", "last_name", "url", "email", "company", "position")
RECORD_FIELDS: dict[str, type | tuple] = {
    "id": str,
    **dict.fromkeys(CONTACT_TEXT, str),
    "connected_on": str,  # ISO date or ""
    "suggestion": str,
    "p_work": (int, float),
    "employer": str,  # the suggestion's employer
    "category": str,  # the suggestion's category
    "flagged": bool,
    "reasons": list,
    "decision": str,  # the person's: "", "work" or "private"
    "decided_employer": str,  # the employer the person's decision gives ("" if private)
    "note": str,
    "decided_by": str,
    "decided_at": str,
}


class IntegrityError(InputError):
    """A package or review file was changed after it was written: a member does not match its
    manifest entry or an audit entry breaks the chain. ``what`` names the member or entry."""

    def __init__(self, path: str | Path, what: str, problem: str):
        self.what = what
        super().__init__(path, Message("integrity.part", what=what, problem=problem))


# --- which contacts leave the laptop -----------------------------------------------------------


def goes_in(suggestion, flagged, decision) -> np.ndarray:
    """Per row: True if the contact goes into a package — decided work, or undecided and
    suggested work or flagged. Decided private, or suggested private and not flagged: False."""
    suggestion = np.asarray(suggestion, dtype=object)
    decision = np.asarray(decision, dtype=object)
    flagged = np.asarray(flagged, dtype=bool)
    undecided = (decision == "") | pd.isna(decision)
    return (decision == "work") | (undecided & ((suggestion == "work") | flagged))


@dataclass
class PackagePlan:
    """What a package will hold, shown to the person before anything is written."""

    records: list[dict]
    career: Career
    clients: list[str]
    events: list[dict] = field(default_factory=list)  # the person's decisions, for the audit
    left_out: int = 0  # contacts that stay on the laptop
    prepared_by: str = ""

    def table(self) -> pd.DataFrame:
        """The records as a table (one row per contact that leaves the laptop)."""
        columns = list(RECORD_FIELDS)
        return pd.DataFrame(self.records, columns=columns)

    def counts(self) -> pd.DataFrame:
        """Contacts per employer (rows) and category (columns), as the person's decisions make
        them; employer "" is shown as "(no employer)"."""
        return count_table(self.table(), "final_employer", "final_category")


def count_table(table: pd.DataFrame, employer_col: str, category_col: str) -> pd.DataFrame:
    """Counts per employer and category with a Total column and row, from package records
    (``final_*`` columns are derived from the person's decisions when absent)."""
    if employer_col not in table:
        table = with_person_final(table)
    employer = table[employer_col].replace("", "(no employer)")
    counts = pd.crosstab(employer, table[category_col]) if len(table) else pd.DataFrame()
    order = [c for c in CATEGORIES if c in counts.columns]
    counts = counts.reindex(columns=order, fill_value=0)
    counts["Total"] = counts.sum(axis=1)
    counts = counts.sort_values("Total", ascending=False)
    counts.loc["Total"] = counts.sum(axis=0)
    counts.index.name = "employer"
    counts.columns.name = None
    return counts.astype(int)


def private_total(counts: pd.DataFrame) -> int:
    """The private contacts of a :func:`count_table` (flagged ones going in for HR's review):
    said beside "your other private contacts stay here"."""
    return int(counts["private"].iloc[-1]) if "private" in counts and len(counts) else 0


def with_person_final(table: pd.DataFrame) -> pd.DataFrame:
    """``table`` plus final_suggestion, final_employer and final_category: the person's decision
    where there is one, else the suggestion."""
    out = table.copy()
    decided = out["decision"] != ""
    set_final(
        out,
        out["decision"].where(decided, out["suggestion"]),
        out["decided_employer"].where(decided, out["employer"]),
        out["category"],
    )
    return out


def set_final(out: pd.DataFrame, suggestion: pd.Series, employer: pd.Series, category) -> None:
    """Write final_suggestion, final_employer and final_category into ``out``: a private
    outcome has no employer and the category "private"; a work outcome whose category was
    "private" becomes "other work"."""
    out["final_suggestion"] = suggestion
    out["final_employer"] = employer.where(suggestion == "work", "")
    category = category.copy()
    category[suggestion == "private"] = "private"
    category[(suggestion == "work") & (category == "private")] = "other work"
    out["final_category"] = category


def plan_package(
    contacts: pd.DataFrame,
    results: pd.DataFrame,
    career: Career,
    clients: list[str] | None = None,
    *,
    decisions: pd.DataFrame | None = None,
    events: list[dict] | None = None,
    prepared_by: str = "",
) -> PackagePlan:
    """The plan of a package for classified ``contacts``.

    ``decisions`` (row-aligned, optional) has columns decision, employer (effective), note,
    decided_by, decided_at; ``events`` are the person's decision events keyed by row (dicts
    with row, at, who, action, decision, employer, note), e.g. from :func:`session_decisions`.
    Raises ValueError if the lengths differ.
    """
    n = len(contacts)
    if len(results) != n or (decisions is not None and len(decisions) != n):
        raise ValueError("contacts, results and decisions must have the same number of rows")
    contacts = contacts.reset_index(drop=True)
    results = results.reset_index(drop=True)
    if decisions is None:
        decisions = pd.DataFrame(
            {"decision": [""] * n, "employer": [""] * n, "note": [""] * n},
        )
    decisions = decisions.reset_index(drop=True)
    decision = _strings(decisions["decision"])
    flagged = results["flagged"].fillna(False).to_numpy(dtype=bool)
    keep = goes_in(_strings(results["suggestion"]), flagged, decision)
    rows = np.flatnonzero(keep)
    ids = {int(r): f"c{k:05d}" for k, r in enumerate(rows, start=1)}
    records = _records([ids[int(r)] for r in rows], contacts, results, decisions, rows)
    person = [
        {**{k: v for k, v in e.items() if k != "row"}, "contact": ids[e["row"]]}
        for e in (events or [])
        if e["row"] in ids
    ]
    return PackagePlan(
        records=records,
        career=career,
        clients=list(clients or []),
        events=person,
        left_out=n - len(rows),
        prepared_by=prepared_by,
    )


def _strings(values) -> np.ndarray:
    return pd.Series(values).fillna("").astype(str).to_numpy(dtype=object)


def _column(frame: pd.DataFrame, col: str, rows: np.ndarray) -> list[str]:
    """Text of ``col`` at ``rows`` ("" for missing values or a missing column)."""
    if col not in frame:
        return [""] * len(rows)
    values = frame[col].iloc[rows]
    if pd.api.types.is_datetime64_any_dtype(values.dtype):
        text = values.dt.strftime("%Y-%m-%dT%H:%M:%SZ")
        return text.fillna("").astype(str).tolist()
    return values.astype(object).where(values.notna(), "").astype(str).tolist()


def _reasons(value) -> list[str]:
    if isinstance(value, str):
        return [r for r in value.split(" | ") if r]
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return []
    return [str(r) for r in value]


def _records(ids: list[str], contacts, results, decisions, rows: np.ndarray) -> list[dict]:
    """The package records of ``rows``, built column by column (30,000 rows in a blink)."""
    text = {c: _column(contacts, c, rows) for c in CONTACT_TEXT}
    connected = pd.to_datetime(contacts["connected_on"].iloc[rows], errors="coerce")
    connected = connected.dt.strftime("%Y-%m-%d").fillna("").tolist()
    suggestion = _column(results, "suggestion", rows)
    employer = _column(results, "employer", rows)
    category = _column(results, "category", rows)
    p_work = pd.to_numeric(results["p_work"].iloc[rows], errors="coerce").fillna(0.0).round(4)
    flagged = results["flagged"].iloc[rows].fillna(False).astype(bool).tolist()
    reasons = [_reasons(r) for r in results["reasons"].iloc[rows]]
    decision = _column(decisions, "decision", rows)
    decided_employer = _column(decisions, "employer", rows)
    note = _column(decisions, "note", rows)
    by = _column(decisions, "decided_by", rows)
    at = _column(decisions, "decided_at", rows)
    records = []
    for k in range(len(rows)):
        d = decision[k]
        records.append(
            {
                "id": ids[k],
                **{c: text[c][k] for c in CONTACT_TEXT},
                "connected_on": connected[k],
                "suggestion": suggestion[k],
                "p_work": float(p_work.iat[k]),
                "employer": employer[k] if suggestion[k] == "work" else "",
                "category": category[k] or suggestion[k],
                "flagged": flagged[k],
                "reasons": reasons[k],
                "decision": d,
                "decided_employer": decided_employer[k] if d == "work" else "",
                "note": note[k],
                "decided_by": by[k] if d else "",
                "decided_at": at[k] if d else "",
            }
        )
    return records


def session_decisions(session) -> tuple[pd.DataFrame, list[dict]]:
    """Row-aligned decisions and every decision event of a :class:`model.session.ReviewSession`
    (events only for rows that have some), for :func:`plan_package`."""
    final = session.final()
    decision = np.asarray(session.decision, dtype=str)
    at = final["decided_at"].dt.tz_convert("UTC").dt.strftime("%Y-%m-%dT%H:%M:%SZ")
    decisions = pd.DataFrame(
        {
            "decision": decision,
            "employer": np.asarray(session.employer, dtype=str),
            "note": final["note"].astype(str).to_numpy(),
            "decided_by": final["decided_by"].astype(str).to_numpy(),
            "decided_at": at.fillna("").astype(str).to_numpy(),
        }
    )
    touched = np.flatnonzero((decision != "") | (decisions["note"].to_numpy() != ""))
    events = []
    for row in touched:
        for e in session.history(int(row)):
            events.append(
                {
                    "row": int(row),
                    "at": e["when"].astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ"),
                    "who": e["who"],
                    "action": e["action"],
                    "decision": e["decision"],
                    "employer": e["employer"] if e["decision"] != "private" else "",
                    "note": e["note"],
                }
            )
    return decisions, events


# --- writing ----------------------------------------------------------------------------------


def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


# The manifest's own details, anchored with the members: who prepared the package and when
# cannot be changed without breaking the chain (manifest.json lists the others' digests only).
HEADER_FIELDS = ("format", "version", "app_version", "created", "owner", "prepared_by", "contacts")


def header_of(manifest: dict) -> dict:
    """The manifest's details that the audit chain's start covers."""
    return {k: manifest.get(k) for k in HEADER_FIELDS}


def anchor(digests: dict[str, str], header: dict | None = None) -> str:
    """Where the person's audit chain starts: a hash over the content members' digests and the
    manifest's details, so neither the contacts nor who prepared the package can be swapped
    without rewriting the whole trail."""
    text = "".join(f"{name}:{digests.get(name, '')}\n" for name in CONTENT_MEMBERS)
    if header is not None:
        text += canonical(header).decode() + "\n"
    return sha256_hex(text.encode())


def package_bytes(plan: PackagePlan, *, created: str | None = None) -> bytes:
    """The package of ``plan`` as zip bytes (deterministic apart from ``created``)."""
    from .. import __version__

    members: dict[str, bytes] = {
        CAREER: json.dumps(career_record(plan.career), ensure_ascii=False, indent=1).encode(),
        CONTACTS: json.dumps(
            {"contacts": plan.records}, ensure_ascii=False, indent=None, separators=(",", ":")
        ).encode(),
    }
    if plan.clients:
        members[CLIENTS] = "".join(f"{c}\n" for c in plan.clients).encode()
    digests = {name: sha256_hex(data) for name, data in members.items()}
    header = {
        "format": PACKAGE_FORMAT,
        "version": PACKAGE_VERSION,
        "app_version": __version__,
        "created": created or _now(),
        "owner": plan.career.owner_name,
        "prepared_by": plan.prepared_by,
        "contacts": len(plan.records),
    }
    trail = AuditTrail([], anchor(digests, header))
    for entry in person_entries(plan.events):
        trail.append(**entry)
    members[AUDIT] = trail.to_bytes()
    manifest = {
        **header,
        "audit_head": trail.head,
        "members": {
            name: {"sha256": sha256_hex(data), "size": len(data)}
            for name, data in sorted(members.items())
        },
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in [(MANIFEST, canonical(manifest)), *sorted(members.items())]:
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))  # no local time
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            zf.writestr(info, data)
    return buffer.getvalue()


def package_path(path: str | Path) -> Path:
    """The file a package asked to be saved as ``path`` is written to: ``path`` with
    :data:`PACKAGE_SUFFIX`. A ``.zip`` suffix is replaced (a package is a zip, so someone who
    typed ``x.zip`` means that file, not ``x.zip.coreview``); any other is kept, for a dot
    may be part of a name (``j.de.vries``)."""
    path = Path(path)
    if path.suffix.lower() == ".zip":
        path = path.with_suffix("")
    if path.suffix.lower() != PACKAGE_SUFFIX:
        path = path.with_name(path.name + PACKAGE_SUFFIX)
    return path


def write_package(plan: PackagePlan, path: str | Path) -> Path:
    """Write ``plan`` to ``path`` atomically (the suffix is added if missing); returns the path.

    Raises InputError if it cannot be written.
    """
    path = package_path(path)
    data = package_bytes(plan)
    try:
        with atomic_path(path) as tmp:
            tmp.write_bytes(data)
    except OSError as err:
        raise InputError(path, Message("file.cannot_write", reason=os_reason(err))) from err
    return path
