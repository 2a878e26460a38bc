"""A member's working life: study, jobs (with promotions, gaps, an own business, a volunteer
role), and when they joined LinkedIn and exported their data."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

import numpy as np

from ...career import Career, Position
from .habits import Habits
from .naming import brand, fill, pick
from .trades import Trade
from .words import PLACES

# Fixed, so that a seed gives the same person whatever day it is run.
EXPORT_FIRST, EXPORT_LAST = date(2023, 9, 1), date(2026, 5, 31)
LINKEDIN_OPEN = date(2005, 1, 1)  # hardly anyone in NL/BE was on LinkedIn before
_YEAR = 365.25


@dataclass(frozen=True)
class Stint:
    """One job as the generator knows it: the position, the employer's name as colleagues
    show it now (it may have been renamed) and what kind of job it is."""

    position: Position
    current_name: str  # what the employer is called on colleagues' profiles today
    own_business: bool = False
    volunteer: bool = False  # unpaid role beside the job: its contacts are private

    @property
    def start(self) -> date:
        return self.position.start

    def end(self, exported: date) -> date:
        return self.position.end or exported


@dataclass(frozen=True)
class Life:
    """The career as the generator made it, before Positions.csv is written."""

    stints: list[Stint]  # oldest first
    study_start: date
    study_end: date
    joined: date
    exported: date


def _month(d: date) -> date:
    return date(d.year, d.month, 1)


def _month_last(d: date) -> date:
    nxt = date(d.year + (d.month == 12), d.month % 12 + 1, 1)
    return nxt - timedelta(days=1)


def _add_years(d: date, years: float) -> date:
    return d + timedelta(days=int(years * _YEAR))


def make_life(
    rng: np.random.Generator, trade: Trade, habits: Habits, owner: tuple[str, str]
) -> Life:
    """Study, jobs and LinkedIn dates of one member of ``trade`` with ``habits``."""
    exported = EXPORT_FIRST + timedelta(days=int(rng.integers((EXPORT_LAST - EXPORT_FIRST).days)))
    # working life so far: from a starter of a few months to someone near retirement
    years_working = float(rng.choice([rng.uniform(0.3, 4), rng.uniform(4, 15), rng.uniform(15, 38)],
                                     p=[0.25, 0.45, 0.30]))  # fmt: skip
    first_job = _month(_add_years(exported, -years_working))
    study_years = rng.uniform(2, 6)
    study_end = first_job - timedelta(days=int(rng.uniform(0, 0.8) * _YEAR))
    study_start = _add_years(study_end, -study_years)
    stints = _jobs(rng, trade, first_job, exported, owner)
    joined = _joined(rng, habits, study_start, study_end, first_job, exported)
    return Life(stints, study_start, study_end, joined, exported)


def _joined(rng, habits: Habits, study_start, study_end, first_job, exported) -> date:
    stage = habits.join_stage
    if stage == "studying":
        lo, hi = max(study_start, _add_years(study_end, -2)), study_end
    elif stage == "first_job":
        lo, hi = first_job, _add_years(first_job, 1.5)
    elif stage == "mid_career":
        lo, hi = _add_years(first_job, 1), _add_years(exported, -1)
    else:  # joined only recently, often for a job search
        lo, hi = _add_years(exported, -3), _add_years(exported, -0.2)
    lo = max(lo, LINKEDIN_OPEN)
    hi = min(max(hi, lo + timedelta(days=30)), exported - timedelta(days=20))
    lo = min(lo, hi)
    return lo + timedelta(days=int(rng.integers(max((hi - lo).days, 1))))


def _jobs(rng, trade: Trade, first_job: date, exported: date, owner) -> list[Stint]:
    stints: list[Stint] = []
    start = first_job
    step = 0
    employer = None
    while start < exported:
        # job tenure in NL/BE: median about four years, long tails either way
        length = float(np.clip(rng.lognormal(np.log(4.0), 0.7), 0.4, 20))
        end = _add_years(start, length)
        current = end >= exported - timedelta(days=60)
        own = rng.random() < trade.freelance * (0.3 + 0.25 * step) and step > 0
        promoted_inside = employer is not None and not own and rng.random() < 0.25
        if own:
            name = _own_business(rng, trade, owner)
        elif promoted_inside:  # a promotion is a new position at the same employer
            name = employer
        else:
            name = fill(rng, pick(rng, trade.employers))
        title = trade.path[min(step + int(rng.integers(0, 2)), len(trade.path) - 1)]
        if own and rng.random() < 0.6:
            title = pick(rng, ("Eigenaar", "Owner", "Zelfstandig " + title.lower(), title,
                               "Freelance " + title, "Founder"))  # fmt: skip
        # a merger or rebrand: colleagues show the new name, Positions.csv the old one
        renamed = not own and rng.random() < 0.08
        now_called = (
            (brand(rng) + " " + pick(rng, ("Groep", "Group", "Zorg", "Partners")))
            if renamed
            else name
        )
        if promoted_inside and stints:
            now_called = stints[-1].current_name
        position = Position(
            company=name,
            title=title,
            start=_month(start),
            end=None if current else _month_last(end),
            location=pick(rng, PLACES) if rng.random() < 0.5 else "",
        )
        stints.append(Stint(position, now_called, own_business=own))
        employer = name
        step += 1
        if current:
            break
        # a gap between jobs (travel, unemployment, care) in about one move of five
        gap = rng.uniform(0.1, 1.2) if rng.random() < 0.2 else 0.0
        start = _add_years(end, gap) + timedelta(days=1)
        if start >= exported - timedelta(days=60):  # between jobs at export time
            break
    if rng.random() < 0.12 and stints:  # a volunteer or board role beside the job
        base = stints[-1].position
        vol_start = max(base.start, _month(_add_years(exported, -rng.uniform(0.5, 6))))
        role = pick(
            rng, ("Bestuurslid", "Secretaris", "Vrijwilliger", "Voorzitter", "Board Member")
        )
        club = fill(rng, pick(rng, ("Voetbalvereniging {place}", "Stichting {brand}",
                                    "Buurtvereniging {place}", "Muziekvereniging {brand}")))  # fmt: skip
        stints.append(Stint(Position(company=club, title=role, start=vol_start), club,
                            volunteer=True))  # fmt: skip
    return stints


def _own_business(rng, trade: Trade, owner) -> str:
    first, last = owner
    kinds = (f"{last} {pick(rng, ('Advies', 'Services', 'Consultancy', 'Projecten', 'Design'))}",
             f"{first} {last}", "Zelfstandig", "Self-employed", "Eigen bedrijf",
             f"{brand(rng)} {pick(rng, ('Studio', 'Solutions', 'Vakwerk'))}")  # fmt: skip
    return pick(rng, kinds)


def as_career(life: Life, owner_name: str) -> Career:
    """The career a reader would get from the export: positions newest first."""
    positions = sorted((s.position for s in life.stints), key=lambda p: p.start, reverse=True)
    return Career(positions=positions, owner_name=owner_name, registered_on=life.joined,
                  exported_on=life.exported)  # fmt: skip


def listed_order(life: Life) -> list[int]:
    """Index in :func:`as_career`'s positions of each stint (stints are oldest first)."""
    order = sorted(range(len(life.stints)), key=lambda i: life.stints[i].position.start,
                   reverse=True)  # fmt: skip
    where = [0] * len(order)
    for listed, i in enumerate(order):
        where[i] = listed
    return where
