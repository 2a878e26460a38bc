"""The circles of one member's network and when each contact was added.

Labelling conventions of this generator (what someone who knows how they met would say):
- work: met through a paid job — colleagues (also those who moved on since, and those added
  years later or only in the catch-up after joining LinkedIn), the people the job served or
  sold to (client), who supplied it (supplier), peers of the field met through the job
  (other work), and a recruiter's candidates (candidate). The employer is the job during
  which they met, even when they connected after it ended.
- private: relatives, school, study and club friends, neighbours, acquaintances, recruiters
  who approach the member about their own next job, friends who happen to work at an
  employer, and everyone met through an unpaid volunteer role.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

import numpy as np

from .habits import Habits
from .life import Life, Stint
from .naming import fill, pick, spelling
from .trades import Trade
from .words import (
    FAMILY,
    GIVEN,
    POPULATION_COMPANIES,
    POPULATION_TITLES,
    RECRUITER_FIRMS,
    RECRUITER_TITLES,
    SMALL_ORGS,
    STUDIES,
    SUPPORT_TITLES,
    TITLE_PREFIXES,
)

WORK_KINDS = {"colleague": "colleague", "client": "client", "supplier": "supplier",
              "field": "other work", "candidate": "candidate"}  # fmt: skip
# Private circles and their base weights: relatives and old friends are the core of a
# personal network, neighbours and acquaintances the edge.
PRIVATE_CIRCLES = {"family": 1.0, "school": 1.2, "study": 1.6, "friend": 2.0, "club": 0.8,
                   "neighbour": 0.4, "acquaintance": 1.0, "recruiter": 0.8,
                   "friend_at_work": 0.25, "volunteer": 0.0}  # fmt: skip
# Nobody has hundreds of cousins: personal circles stop growing at these sizes.
CIRCLE_CAPS = {"family": 45, "school": 150, "study": 250, "friend": 300, "club": 120,
               "neighbour": 40, "friend_at_work": 25, "volunteer": 60}  # fmt: skip


@dataclass
class Contact:
    """One contact with the truth about it."""

    first: str
    last: str
    company: str
    title: str
    day: date
    label: str  # "work" | "private"
    stint: int  # index into life.stints, -1 for private
    category: str
    source: str


@dataclass
class Circles:
    """Everything one network's circles share."""

    rng: np.random.Generator
    trade: Trade
    habits: Habits
    life: Life
    owner_last: str
    contacts: list[Contact] = field(default_factory=list)
    portfolios: dict[int, list[str]] = field(default_factory=dict)  # stint -> client orgs

    # --- dates ------------------------------------------------------------------------

    def active_day(self, lo: date | None = None) -> date:
        """A day the member was adding people, weighted by their growth habit."""
        lo = max(lo or self.life.joined, self.life.joined)
        span = max((self.life.exported - lo).days, 1)
        u = self.rng.random()
        g = self.habits.growth
        if abs(g) > 1e-3:  # density exp(g*x) on [0,1]
            u = np.log1p(u * np.expm1(g)) / g
        return lo + timedelta(days=int(u * span))

    def burst_day(self) -> date:
        """A day in the catch-up after joining."""
        days = self.rng.exponential(self.habits.burst_days)
        return min(self.life.joined + timedelta(days=int(days)), self.life.exported)

    def known_before(self, met: date) -> date:
        """When someone met on ``met`` was added: soon after meeting if on LinkedIn then,
        else in the catch-up after joining or at some later point."""
        if met >= self.life.joined:
            if self.rng.random() < self.habits.late_connect:
                return self.active_day(met)
            return min(met + timedelta(days=int(self.rng.exponential(25))), self.life.exported)
        if self.rng.random() < self.habits.burst_share:
            return self.burst_day()
        return self.active_day()

    # --- people -----------------------------------------------------------------------

    def name(self, surname: str | None = None) -> tuple[str, str]:
        """A first and last name; ``surname`` when given."""
        return pick(self.rng, GIVEN), surname or pick(self.rng, FAMILY)

    def elsewhere(self) -> tuple[str, str]:
        """(company, title) of someone in the population at large: mostly at one of the many
        small organisations, a third at the big employers everyone knows."""
        rng = self.rng
        pool = POPULATION_COMPANIES if rng.random() < 0.35 else SMALL_ORGS
        title = pick(rng, POPULATION_TITLES)
        if rng.random() < 0.2 and not title.startswith(("Student", "Retired", "Gepens")):
            title = pick(rng, TITLE_PREFIXES) + title
        return fill(rng, pick(rng, pool)), title

    def moved(self, day: date) -> bool:
        """Whether a work contact added on ``day`` works elsewhere by the export."""
        years = max((self.life.exported - day).days, 0) / 365.25
        return bool(self.rng.random() < 1 - np.exp(-self.habits.turnover * years))

    def add(self, first, last, company, title, day, label, stint, category, source) -> None:
        self.contacts.append(
            Contact(first, last, company, title, day, label, stint, category, source)
        )


def work_circle(c: Circles, kind: str, stint_index: int, n: int) -> None:
    """``n`` work contacts of ``kind`` met through job ``stint_index``."""
    stint: Stint = c.life.stints[stint_index]
    rng, _trade = c.rng, c.trade
    start, end = stint.start, stint.end(c.life.exported)
    span = max((end - start).days, 1)
    for _ in range(n):
        # colleagues are met mostly in the first months of a job, others throughout it
        if kind == "colleague" and rng.random() < 0.4:
            met = start + timedelta(days=int(rng.exponential(60)) % span)
        else:
            met = start + timedelta(days=int(rng.integers(span)))
        day = c.known_before(met)
        source = kind
        if kind == "colleague" and stint.position.end and rng.random() < c.habits.farewell:
            day = min(
                stint.position.end + timedelta(days=int(rng.integers(-20, 70))), c.life.exported
            )
            source = "colleague/farewell"
        day = max(day, c.life.joined)
        company, title = _work_identity(c, kind, stint_index)
        if c.moved(min(day, end)):
            source += "/moved"
            company, title = _moved_identity(c, kind, title)
        first, last = c.name()
        c.add(first, last, company, title, day, "work", stint_index, WORK_KINDS[kind], source)


def _work_identity(c: Circles, kind: str, stint_index: int, plain: bool = False) -> tuple[str, str]:
    rng, trade, stint = c.rng, c.trade, c.life.stints[stint_index]
    if kind == "colleague":
        company = stint.current_name
        if stint.own_business:  # partners and subcontractors of a one-person business
            company = fill(rng, pick(rng, trade.field_orgs or ("",)))
        elif rng.random() < c.habits.employer_spelling:
            company = spelling(rng, company)
        title = pick(rng, trade.peers) if rng.random() < 0.65 else pick(rng, SUPPORT_TITLES)
        return company, title
    if kind == "client":
        portfolio = c.portfolios.setdefault(stint_index, _portfolio(c, trade.served_orgs))
        # a few big accounts give most contacts (Zipf-like)
        k = min(int(rng.zipf(1.6)) - 1, len(portfolio) - 1)
        company = portfolio[k]
        if company and rng.random() < 0.25:
            company = spelling(rng, company)
        if not plain and rng.random() < 0.2:  # not only the buyer: anyone at the client
            return company, pick(rng, SUPPORT_TITLES + POPULATION_TITLES[-60:])
        return company, pick(rng, trade.served or SUPPORT_TITLES)
    if not plain and kind in ("supplier", "field") and rng.random() < 0.2:
        # an organisation has all kinds of people, not only the buyer or the account manager
        company, _ = _work_identity(c, kind, stint_index, plain=True)
        return company, pick(rng, SUPPORT_TITLES + POPULATION_TITLES[-60:])
    if kind == "supplier":
        return fill(rng, pick(rng, trade.supplying_orgs or ("",))), pick(
            rng, trade.supplying or ("Accountmanager",)
        )
    if kind == "candidate":
        company, title = c.elsewhere()
        if rng.random() < 0.12:
            title = pick(rng, ("Op zoek naar een nieuwe baan", "Open for new opportunities",
                               "Beschikbaar", "Werkzoekend"))  # fmt: skip
            company = ""
        return company, title
    return fill(rng, pick(rng, trade.field_orgs or ("",))), pick(
        rng, trade.field_peers or SUPPORT_TITLES
    )


def _portfolio(c: Circles, patterns) -> list[str]:
    size = int(np.clip(c.rng.lognormal(np.log(12), 0.7), 2, 80))
    return [fill(c.rng, pick(c.rng, patterns or ("",))) for _ in range(size)]


def _moved_identity(c: Circles, kind: str, title: str) -> tuple[str, str]:
    """Where a work contact works now: mostly in the same field, sometimes elsewhere."""
    rng, trade = c.rng, c.trade
    if rng.random() < 0.6:
        pool = trade.employers if kind == "colleague" else (trade.served_orgs or trade.field_orgs)
        company = fill(rng, pick(rng, pool or ("",)))
    else:
        company, other = c.elsewhere()
        if rng.random() < 0.4:
            title = other
    return company, title


def private_circle(c: Circles, circle: str, n: int) -> None:
    """``n`` private contacts of ``circle``."""
    rng, life = c.rng, c.life
    for _ in range(n):
        company, title = c.elsewhere()
        surname = None
        source = circle
        if circle == "family":
            if rng.random() < c.habits.family_surname:
                surname = c.owner_last
            met = life.study_start - timedelta(days=3650)
            day = c.known_before(met)
        elif circle in ("school", "friend"):
            met = life.study_start - timedelta(days=int(rng.integers(0, 2500)))
            if circle == "friend" and rng.random() < 0.5:  # friends are made all life long
                met = life.study_start + timedelta(
                    days=int(rng.integers(max((life.exported - life.study_start).days, 1)))
                )
            day = c.known_before(met)
            if circle == "friend" and rng.random() < 0.1:  # friends in one's own trade
                title = pick(rng, c.trade.peers)
        elif circle == "study":
            met = life.study_start + timedelta(
                days=int(rng.integers(max((life.study_end - life.study_start).days, 1)))
            )
            day = c.known_before(met)
            starter = (life.exported - life.study_end).days < 730
            if starter and rng.random() < 0.3:  # some of the class are still studying
                company, title = "", pick(rng, STUDIES)
            elif rng.random() < c.trade.vocational:  # the class went into the same trade
                title = pick(rng, c.trade.peers)
                company = fill(rng, pick(rng, c.trade.employers))
        elif circle == "recruiter":
            company = fill(rng, pick(rng, RECRUITER_FIRMS))
            title = pick(rng, RECRUITER_TITLES)
            # recruiters come around job changes more than at other times
            starts = [s.start for s in life.stints if s.start > life.joined]
            if starts and rng.random() < 0.4:
                day = min(
                    pick(rng, starts) - timedelta(days=int(rng.integers(0, 150))), life.exported
                )
            else:
                day = c.active_day()
        elif circle == "friend_at_work":
            stints = [s for s in life.stints if not s.volunteer and not s.own_business]
            if stints:
                company = pick(rng, stints).current_name
            day = c.known_before(life.study_start)
        elif circle == "volunteer":
            stint = next(s for s in life.stints if s.volunteer)
            company = stint.current_name if rng.random() < 0.3 else company
            day = c.known_before(stint.start + timedelta(days=int(rng.integers(0, 365))))
        else:  # club, neighbour, acquaintance: met at any time
            day = c.active_day()
        day = min(max(day, life.joined), life.exported)
        first, last = c.name(surname)
        c.add(first, last, company, title, day, "private", -1, "private", source)
