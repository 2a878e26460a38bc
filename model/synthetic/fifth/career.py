"""A member's working life in the fifth generator: jobs as stints (moves between competitors,
a switch to the client side, a boomerang back to an earlier employer, a promotion listed as a
new position, a secondment, an employer renamed by a merger, one's own business at the end),
and the LinkedIn join and export dates."""

from __future__ import annotations

import calendar
import random
from dataclasses import dataclass
from datetime import date, timedelta

from ...career import Career, Position
from .styling import abbreviate
from .tracks import Track
from .words import (
    DESCRIPTION_TOPICS,
    DESCRIPTIONS,
    LOCATIONS,
    ORGS,
    OWN_BUSINESS,
    RENAMED,
    SELF_EMPLOYED,
)

_LATEST_EXPORT = date(2026, 10, 31)
_FIRST_EXPORT = date(2024, 2, 1)


@dataclass
class Stint:
    """One job as Positions.csv lists it, plus what only the generator knows."""

    company: str  # as the member's profile writes it
    title: str
    start: date
    end: date | None  # None: current
    side: str  # "own" (the track's world), "client" (moved to the client side), "business"
    seconded_to: str = ""  # the client the member sat at
    renamed_to: str = ""  # the employer's new name, which colleagues' profiles show
    description: str = ""
    location: str = ""

    def until(self, exported: date) -> date:
        """The stint's last day: its end, or the export's day while it runs."""
        return self.end or exported

    @property
    def now_called(self) -> str:
        """The employer's name as its staff write it today."""
        return self.renamed_to or self.company


@dataclass
class Life:
    """The member's stints (oldest first), graduation, LinkedIn join and export dates."""

    first: str
    last: str
    stints: list[Stint]
    graduated: date
    joined: date
    exported: date

    def listed(self) -> list[int]:
        """Position index (newest first, as Positions.csv and the reader list them) per stint."""
        order = sorted(range(len(self.stints)), key=lambda i: self.stints[i].start, reverse=True)
        index = [0] * len(self.stints)
        for k, i in enumerate(order):
            index[i] = k
        return index

    def career(self) -> Career:
        """The member's career as the product reads it: newest position first."""
        listed = self.listed()
        positions = [None] * len(self.stints)
        for i, s in enumerate(self.stints):
            positions[listed[i]] = Position(
                company=s.company, title=s.title, start=s.start, end=s.end,
                description=s.description, location=s.location,
            )  # fmt: skip
        return Career(
            positions=positions,
            owner_name=f"{self.first} {self.last}",
            registered_on=self.joined,
            exported_on=self.exported,
        )


def _day(ordinal: float) -> date:
    return date.fromordinal(int(ordinal))


def month_start(d: date) -> date:
    """The first day of ``d``'s month (LinkedIn keeps a position's month only)."""
    return d.replace(day=1)


def month_end(d: date) -> date:
    """The last day of ``d``'s month."""
    return d.replace(day=calendar.monthrange(d.year, d.month)[1])


def make_life(rnd: random.Random, track: Track, first: str, last: str) -> Life:
    """A member's career in ``track``, dates and all."""
    exported = _day(rnd.uniform(_FIRST_EXPORT.toordinal(), _LATEST_EXPORT.toordinal()))
    years_working = rnd.triangular(0.8, 36, 9)
    graduated = month_start(exported - timedelta(days=365.25 * years_working))
    # LinkedIn came to the Netherlands around 2004-2008; the young join while studying
    earliest = date(2004, 6, 1) + timedelta(days=rnd.expovariate(1 / (4 * 365)))
    joined = max(graduated - timedelta(days=rnd.uniform(0, 900)), earliest)
    joined = min(joined, exported - timedelta(days=60))
    stints = _stints(rnd, track, graduated, exported, last)
    return Life(first, last, stints, graduated, joined, exported)


def _stints(rnd: random.Random, track: Track, graduated: date, exported: date, last: str):
    own = ORGS[track.sector]
    stints: list[Stint] = []
    start = graduated
    if rnd.random() < 0.3:  # an internship listed first
        end = month_end(start + timedelta(days=rnd.uniform(120, 300)))
        if end < exported:
            stints.append(Stint(rnd.choice(own), rnd.choice(("Stagiair", "Intern", "Trainee",
                                                             "Afstudeerstagiair")),
                                start, end, "own"))  # fmt: skip
            start = month_start(end + timedelta(days=1))
    while start < exported - timedelta(days=45) and len(stints) < 8:
        years = max(rnd.lognormvariate(0, 0.55) * track.job_years, 0.5)
        end = month_end(start + timedelta(days=365.25 * years))
        seniority = (start - graduated).days / 365.25
        step = min(3, max(0, int(seniority / 4.5 + rnd.uniform(-0.6, 0.6))))
        company, side = _next_employer(rnd, track, stints, own)
        title = _title(rnd, track, side, step)
        stint = Stint(company, title, start, None if end >= exported else end, side)
        stints.append(stint)
        if stint.end is None:
            break
        start = month_start(end + timedelta(days=1))
        if rnd.random() < 0.12:  # a gap: travel, study, care, looking
            start = month_start(start + timedelta(days=rnd.uniform(60, 400)))
    latest = stints[-1]
    if rnd.random() < track.own_business and len(stints) > 1 and latest.end is None:
        latest.company = _own_business(rnd, last)
        latest.title = rnd.choice(("Zelfstandig adviseur", "Freelance " + latest.title,
                                   "Owner", "Eigenaar", "Founder", latest.title, "Interim "
                                   + latest.title))  # fmt: skip
        latest.side = "business"
    if latest.end is None and rnd.random() < 0.07 and latest.start < exported - timedelta(400):
        latest.end = month_end(exported - timedelta(days=rnd.uniform(40, 300)))  # between jobs
    for s in stints:
        _details(rnd, track, s)
    return stints


def _next_employer(rnd: random.Random, track: Track, stints: list[Stint], own) -> tuple[str, str]:
    previous = [s for s in stints if s.side == "own" and s.title not in ("Stagiair", "Intern")]
    draw = rnd.random()
    if stints and draw < 0.14:  # promoted: a new position at the same employer
        return stints[-1].company, stints[-1].side
    if len(previous) >= 2 and draw < 0.24:  # back to an earlier employer
        earlier = [s.company for s in previous[:-1] if s.company != stints[-1].company]
        if earlier:
            return rnd.choice(earlier), "own"
    if track.client_sectors and stints and draw < 0.3:  # over to the client side
        return rnd.choice(ORGS[rnd.choice(track.client_sectors)]), "client"
    return rnd.choice(own), "own"


def _title(rnd: random.Random, track: Track, side: str, step: int) -> str:
    if side == "client" and track.client_titles:
        title = rnd.choice(track.client_titles)
    else:
        title = rnd.choice(track.ladder[step])
    return abbreviate(rnd, title) if rnd.random() < 0.1 else title


def _own_business(rnd: random.Random, last: str) -> str:
    if rnd.random() < 0.35:
        return rnd.choice(SELF_EMPLOYED)
    plain = last.split()[-1]
    return rnd.choice(OWN_BUSINESS).format(last=plain, initial=plain[0], last2=plain[1:4].upper())


def _details(rnd: random.Random, track: Track, s: Stint) -> None:
    """Secondment, merger and the free text of a position."""
    if s.side == "own" and track.client_sectors and rnd.random() < track.seconded:
        s.seconded_to = rnd.choice(ORGS[rnd.choice(track.client_sectors)])
        if rnd.random() < 0.5:
            s.title = f"{s.title} (gedetacheerd bij {s.seconded_to})"
    if s.company in RENAMED and rnd.random() < 0.75:
        s.renamed_to = RENAMED[s.company]  # the profile keeps the old name
    text = rnd.choice(DESCRIPTIONS)
    if "{client}" in text and not s.seconded_to:
        text = ""
    s.description = text.format(topic=rnd.choice(DESCRIPTION_TOPICS),
                                n=rnd.randint(3, 40), client=s.seconded_to)  # fmt: skip
    s.location = rnd.choice(LOCATIONS)
