"""The owner's career: positions as periods with the employer's normalised name, and the
timing queries the classifier asks about connection dates.

Every query takes one date (returns a scalar) or an array of dates (returns an array, computed
once per distinct day: 30,000 connections fall on a few thousand days). A position covers the
days from its ``start`` to its ``end`` inclusive; a current job (``end`` None) runs until the
export date, or today when that is unknown. A position whose start is unknown covers no day but
its end still counts as "a job ended then". A past job whose end is unknown (``end_unknown``: its
date was unreadable) is never current: it runs until the day before the next job began, or, with
no later job, covers no day (nothing says how long it lasted).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path

import numpy as np
import pandas as pd

from .career_dates import (
    DAYS_PER_MONTH,
    NAT_DAY,
    Dates,
    Timing,
    as_days,
    parse_month,
    timing_of_days,
)
from .errors import InputError
from .messages import Message
from .normalize import normalize_company
from .paths import atomic_write

__all__ = [
    "DAYS_PER_MONTH",
    "Career",
    "Position",
    "Timing",
    "career_from_dict",
    "career_from_positions",
    "career_to_dict",
    "inferred_role",
    "load_career",
    "parse_month",
    "primary_role",
    "role_years",
    "save_career",
]


# The working time of a side job against a main job's: part-time teaching or a board seat is
# a day a week or less beside a full-time job (a round figure, not fitted to any data).
SIDE_JOB_LOAD = 0.25

# Words that mark a role held beside the main job, in English and Dutch titles. A general
# notion (LinkedIn's own employment types include part-time and volunteer), not a list of titles.
_SIDE_JOB = re.compile(
    r"\b(?:part[- ]?time|deeltijds?|bijbaan|nevenfunctie|side (?:job|project)|"
    r"volunteer(?:ing)?|vrijwillig(?:er|ster)?|board member|bestuurslid|"
    r"toezichthouder|lid raad van (?:toezicht|commissarissen)|guest lecturer|gastdocent)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Position:
    """One job of the owner. ``start`` is the first day of its first month (None if unknown),
    ``end`` the last day of its last month, or None for a current job — or for a past job whose
    end is unknown (``end_unknown``). ``employer_key`` is
    :func:`model.normalize.normalize_company` of ``company``."""

    company: str
    title: str = ""
    start: date | None = None
    end: date | None = None
    description: str = ""
    location: str = ""
    end_unknown: bool = False  # ended, but when cannot be read: not a current job
    employer_key: str = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "employer_key", normalize_company(self.company))

    @property
    def is_current(self) -> bool:
        return self.end is None and not self.end_unknown

    @property
    def is_side_job(self) -> bool:
        """A part-time, volunteer or board role held beside a main job ("Docent (deeltijd)",
        "Board member"): where periods overlap, the main job is the one a contact belongs to."""
        return bool(_SIDE_JOB.search(self.title))


@dataclass
class Career:
    """The owner's positions plus what dates the network: LinkedIn join and export dates."""

    positions: list[Position] = field(default_factory=list)
    owner_name: str = ""
    registered_on: date | None = None
    exported_on: date | None = None
    role: str = ""  # the owner's role family as the person set it ("" = read from the career)

    # --- the periods ---------------------------------------------------------------------

    @property
    def as_of(self) -> date:
        """The day a current job is taken to run until: the export date, else today."""
        return self.exported_on or date.today()

    def effective_end(self, position: Position) -> date | None:
        """``position.end``, or :attr:`as_of` for a current job (never before its start); for
        a past job with an unknown end, the day before the next job began, else None."""
        if position.end_unknown and position.end is None:
            return self._next_start_eve(position)
        end = position.end or self.as_of
        return max(end, position.start) if position.start else end

    def _next_start_eve(self, position: Position) -> date | None:
        """The day before the earliest start after ``position``'s (None if there is none)."""
        if position.start is None:
            return None
        later = [p.start for p in self.positions if p.start and p.start > position.start]
        return min(later) - timedelta(days=1) if later else None

    def _period_arrays(self) -> tuple[np.ndarray, np.ndarray]:
        """(starts, effective ends) as datetime64[D], NaT where unknown, aligned with positions."""
        starts = np.array([p.start or NAT_DAY for p in self.positions], dtype="datetime64[D]")
        # a current job whose start is unknown has no known end either
        ends = np.array(
            [
                (self.effective_end(p) or NAT_DAY) if p.start else (p.end or NAT_DAY)
                for p in self.positions
            ],
            dtype="datetime64[D]",
        )
        return starts, ends

    @property
    def first_start(self) -> date | None:
        """The earliest known start of any position."""
        starts = [p.start for p in self.positions if p.start]
        return min(starts) if starts else None

    def recent_first(self) -> list[int]:
        """Position indices, most recently started first (unknown starts last)."""
        return sorted(
            range(len(self.positions)),
            key=lambda i: (
                self.positions[i].start is None,
                -(self.positions[i].start or date.min).toordinal(),
                -(self.effective_end(self.positions[i]) or date.min).toordinal(),
                i,
            ),
        )

    def current_or_last(self) -> Position | None:
        """The most recently started current job, else the position that ended last."""
        if not self.positions:
            return None
        current = [i for i in self.recent_first() if self.positions[i].is_current]
        if current:
            return self.positions[current[0]]
        return max(self.positions, key=lambda p: (p.end or date.min, p.start or date.min))

    def employers(self) -> list[str]:
        """Distinct employer names in position order (first spelling of each employer key)."""
        seen: dict[str, str] = {}
        for p in self.positions:
            key = p.employer_key or p.company
            if key and key not in seen:
                seen[key] = p.company
        return list(seen.values())

    # --- queries on dates ----------------------------------------------------------------

    def timing(
        self, dates: Dates, *, joined: date | None = None, first_months: float = 3.0
    ) -> Timing | dict:
        """All timing facts for one date (a dict of scalars) or an array of dates (a
        :class:`Timing`). ``joined`` stands in for a missing ``registered_on``; without
        either, the earliest of ``dates`` is taken as the join date."""
        days, is_scalar = as_days(dates)
        unique, inverse = np.unique(days, return_inverse=True)
        # one date alone says nothing about when the network started
        if joined is None and not is_scalar and (~np.isnat(days)).any():
            joined = days[~np.isnat(days)].min().item()
        result = self._timing_of_days(unique, joined, first_months).take(inverse.ravel())
        return result.scalar() if is_scalar else result

    def covering(self, dates: Dates) -> tuple:
        """(index of the primary covering position or -1, number of covering positions)."""
        t = self.timing(dates)
        return (
            (t["position"], t["n_covering"]) if isinstance(t, dict) else (t.position, t.n_covering)
        )

    def positions_at(self, day: Dates) -> list[int]:
        """Indices of every position covering one day, the primary first (main jobs before
        side jobs, then the latest started)."""
        days, _ = as_days(day)
        d = days[0]
        starts, ends = self._period_arrays()
        return [i for i in self.primary_first() if starts[i] <= d <= ends[i]]

    def before_first_job(self, dates: Dates) -> np.ndarray | bool:
        """True where the date is before the first known start of any position."""
        return self._field(dates, "before_first_job")

    def in_gap(self, dates: Dates) -> np.ndarray | bool:
        """True where the date falls between jobs: after the first start, before the last
        end, in no position."""
        return self._field(dates, "in_gap")

    def months_since_end(self, dates: Dates) -> np.ndarray | float:
        """Months since the latest position end before the date, for dates in no position
        (NaN otherwise or when no position ended before)."""
        return self._field(dates, "months_since_end")

    def months_into_position(self, dates: Dates) -> np.ndarray | float:
        """Months since the start of the primary covering position (NaN outside positions)."""
        return self._field(dates, "months_into_position")

    def months_on_linkedin(self, dates: Dates, *, joined: date | None = None) -> np.ndarray | float:
        """Months since joining LinkedIn (``registered_on``, else ``joined``, else the
        earliest of ``dates``); NaN for unknown dates."""
        return self._field(dates, "months_on_linkedin", joined=joined)

    def in_first_months(
        self, dates: Dates, months: float = 3.0, *, joined: date | None = None
    ) -> np.ndarray | bool:
        """True where the date is less than ``months`` after joining LinkedIn (school and
        university friends connect in that first burst)."""
        return self._field(dates, "first_months", joined=joined, first_months=months)

    def _field(self, dates: Dates, name: str, **kwargs):
        t = self.timing(dates, **kwargs)
        return t[name] if isinstance(t, dict) else getattr(t, name)

    def primary_first(self) -> list[int]:
        """Position indices, main jobs before side jobs, each most recently started first:
        the order in which overlapping periods claim a date."""
        return sorted(self.recent_first(), key=lambda i: self.positions[i].is_side_job)

    def _timing_of_days(self, days: np.ndarray, joined, first_months: float) -> Timing:
        starts, ends = self._period_arrays()
        priority = np.empty(len(self.positions), dtype=np.int64)
        priority[self.primary_first()] = np.arange(len(self.positions))[::-1]
        join = self.registered_on or joined
        return timing_of_days(days, starts, ends, priority, join, first_months)


# --- building, saving and loading ------------------------------------------------------

CAREER_FORMAT = "contact-ownership career"
CAREER_VERSION = 1
# A career is typed by a person: LinkedIn allows 100 characters of company or title and 2,000
# of description. The caps refuse a hostile file before a megabyte-long company name is
# matched against every contact (minutes and gigabytes) or printed in a summary line.
MAX_POSITIONS = 1000
MAX_TEXT = 1000
MAX_DESCRIPTION = 20_000


_FIELD_NAMES = {
    "company": ("company", "Company Name", "company_name", "Company"),
    "title": ("title", "Title"),
    "start": ("start", "Started On", "started_on"),
    "end": ("end", "Finished On", "finished_on"),
    "description": ("description", "Description"),
    "location": ("location", "Location"),
}


def _record_value(record: Mapping, field_name: str):
    for name in _FIELD_NAMES[field_name]:
        if name in record:
            value = record[name]
            return (
                None if value is None or (not isinstance(value, str) and pd.isna(value)) else value
            )
    return None


def _as_date(value, *, end: bool) -> date | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, np.datetime64):
        return None if np.isnat(value) else value.astype("datetime64[D]").item()
    return parse_month(str(value), end=end)


def career_from_positions(records: Iterable, **career_fields) -> Career:
    """A Career from Position objects or mappings (our field names or Positions.csv headers;
    dates as date objects or Positions.csv text). ``career_fields`` go to :class:`Career`."""
    positions = []
    for record in records:
        if isinstance(record, Position):
            positions.append(record)
            continue
        text = {k: str(_record_value(record, k) or "").strip() for k in _FIELD_NAMES}
        start = _as_date(_record_value(record, "start"), end=False)
        end = _as_date(_record_value(record, "end"), end=True)
        if not (text["company"] or text["title"]):
            continue
        positions.append(
            Position(
                text["company"],
                text["title"],
                start,
                end,
                text["description"],
                text["location"],
                end_unknown=end is None and bool(text["end"]),  # ended, when unreadable
            )
        )
    return Career(positions=positions, **career_fields)


def career_to_dict(career: Career) -> dict:
    """A JSON-ready dict of ``career`` (dates as ISO strings)."""

    def iso(d: date | None) -> str | None:
        return d.isoformat() if d else None

    return {
        "format": CAREER_FORMAT,
        "version": CAREER_VERSION,
        "owner_name": career.owner_name,
        "registered_on": iso(career.registered_on),
        "exported_on": iso(career.exported_on),
        "role": career.role,
        "positions": [
            {
                "company": p.company,
                "title": p.title,
                "start": iso(p.start),
                "end": iso(p.end),
                "description": p.description,
                "location": p.location,
                **({"end_unknown": True} if p.end_unknown else {}),
            }
            for p in career.positions
        ],
    }


def _in_position(field: str, n: int) -> Message:
    """ "company in position 2": which field of a saved career is wrong."""
    return Message("career.in_position", field=Message(f"career.{field}"), k=n)


def career_from_dict(data, path: str | Path = "<career>") -> Career:
    """The Career in a dict made by :func:`career_to_dict`; raises InputError naming ``path``."""
    if not isinstance(data, dict) or data.get("format") != CAREER_FORMAT:
        raise InputError(path, Message("career.not_ours"))
    if not isinstance(data.get("version"), int) or data["version"] > CAREER_VERSION:
        raise InputError(path, Message("career.newer"))

    def day(value, what: str) -> date | None:
        if value is None:
            return None
        try:
            return date.fromisoformat(value)
        except (TypeError, ValueError):
            raise InputError(
                path, Message("career.bad_date", what=what, value=f"{value!r:.80}")
            ) from None

    def text(value, what: str, cap: int = MAX_TEXT) -> str:
        if value is None:
            return ""
        if not isinstance(value, str):
            raise InputError(path, Message("career.bad_text", what=what, value=f"{value!r:.80}"))
        if len(value) > cap:
            raise InputError(
                path, Message("career.text_too_long", what=what, length=len(value), cap=cap)
            )
        return value

    positions = data.get("positions", [])
    if not isinstance(positions, list) or not all(isinstance(p, dict) for p in positions):
        raise InputError(path, Message("career.no_positions"))
    if len(positions) > MAX_POSITIONS:
        raise InputError(path, Message("career.too_many", count=len(positions), cap=MAX_POSITIONS))
    return Career(
        positions=[
            Position(
                company=text(p.get("company"), _in_position("company", n)),
                title=text(p.get("title"), _in_position("title", n)),
                start=day(p.get("start"), Message("career.start_of", k=n)),
                end=day(p.get("end"), Message("career.end_of", k=n)),
                description=text(
                    p.get("description"), _in_position("description", n), MAX_DESCRIPTION
                ),
                location=text(p.get("location"), _in_position("location", n)),
                end_unknown=p.get("end_unknown") is True and p.get("end") is None,
            )
            for n, p in enumerate(positions, start=1)
        ],
        owner_name=text(data.get("owner_name"), Message("career.owner_name")),
        registered_on=day(data.get("registered_on"), Message("career.registration_date")),
        exported_on=day(data.get("exported_on"), Message("career.export_date")),
        role=text(data.get("role"), "role"),
    )


def save_career(career: Career, path: str | Path) -> None:
    """Write ``career`` to ``path`` as JSON, atomically."""
    with atomic_write(path, "w", encoding="utf-8") as fh:
        json.dump(career_to_dict(career), fh, ensure_ascii=False, indent=2)
        fh.write("\n")


def load_career(path: str | Path) -> Career:
    """Read a career saved by :func:`save_career`; raises InputError on a missing or bad file."""
    from .paths import read_capped

    if not Path(path).exists():
        raise InputError(path, Message("file.missing"))
    try:
        data = json.loads(read_capped(path, 10 * 2**20, "saved career (.json)").decode("utf-8"))
    except UnicodeDecodeError:
        raise InputError(path, Message("career.not_text")) from None
    except json.JSONDecodeError as err:
        raise InputError(path, Message("file.not_json", line=err.lineno)) from None
    except RecursionError:  # arrays nested thousands deep: no career, and no crash either
        raise InputError(path, Message("file.not_json", line=1)) from None
    return career_from_dict(data, path)


def role_years(career: Career, latest_weight: float = 1.0) -> dict[str, float]:
    """Years the owner spent in each role family (see :mod:`model.lexicons`), over the whole
    career, counted as working time: a side job (:attr:`Position.is_side_job`: part-time,
    volunteer, board) counts :data:`SIDE_JOB_LOAD` of a main job, and a month held in
    overlapping positions is shared among them by that load (two main jobs: half each; a
    part-time job beside a main job: a fifth), so a side job held for years beside the main
    one never outweighs it. Positions without a known start count one year (a side job
    :data:`SIDE_JOB_LOAD` of one). ``latest_weight`` weighs the current main (else last)
    position's years."""
    from .lexicons import PRIVATE_FAMILIES, title_family

    starts, ends = career._period_arrays()
    known = ~np.isnat(starts) & ~np.isnat(ends)
    load = np.array([SIDE_JOB_LOAD if p.is_side_job else 1.0 for p in career.positions])
    months = np.arange(starts[known].min(), ends[known].max(), 30) if known.any() else []
    # the working time all positions held in each sampled month take together (at least a
    # full month's: a part-time job alone is part-time work)
    total = np.ones(len(months))
    if len(months):
        cover = (starts[known][None, :] <= months[:, None]) & (
            months[:, None] <= ends[known][None, :]
        )
        total = np.maximum(cover @ load[known], 1.0)
    years: dict[str, float] = {}
    latest = _latest_main(career)
    for k, p in enumerate(career.positions):
        family = title_family(p.title)
        if not family or family in PRIVATE_FAMILIES:
            continue
        if known[k] and len(months):
            inside = (starts[k] <= months) & (months <= ends[k])
            weight = float((load[k] / total[inside]).sum()) / 12.2
        else:
            weight = float(load[k])
        weight = max(weight, 1 / 12) * (latest_weight if p is latest else 1.0)
        years[family] = years.get(family, 0.0) + weight
    return years


def _latest_main(career: Career) -> Position | None:
    """The position held now that is not a side job (the most recently started), else
    :meth:`Career.current_or_last`: a side job started later does not speak for now."""
    for i in career.primary_first():
        if career.positions[i].is_current:
            return career.positions[i]
    return career.current_or_last()


def inferred_role(career: Career) -> str:
    """The role family the owner held longest over the whole career ("" when no title is
    recognised). A final "Vestigingsmanager" after nine years of recruiting stays a recruiter;
    a manager title only decides when nothing more specific was held as long. The current
    (else last) position's years count one and a half: the role held now shapes the network
    most recently added."""
    years = role_years(career, latest_weight=1.5)
    if not years:
        return ""
    generic = {"management", "consulting"}
    specific = {f: y for f, y in years.items() if f not in generic}
    if specific and max(specific.values()) >= 0.5 * max(years.values()):
        years = specific
    return max(years, key=lambda f: (years[f], f))


def primary_role(career: Career) -> str:
    """The owner's role family: the one the person set (``career.role``), else the one read
    from the whole career weighted by years (:func:`inferred_role`); "" when unknown."""
    return career.role or inferred_role(career)
