"""The owner's generated career: jobs with gaps, overlaps and side jobs, a join and export date."""

from __future__ import annotations

import calendar
from dataclasses import dataclass, replace
from datetime import date, timedelta

import numpy as np

from ..career import Career, Position
from .behaviour import Behaviour, typical_behaviour
from .companies import Company, make_company
from .pools import active_pool, split_pools
from .professions import Profession
from .titles import TITLES

EXPORT_LATEST = date(2026, 6, 30)  # fixed, so a seed gives the same person on any day
_CITIES = ("Amsterdam", "Rotterdam", "Utrecht", "Den Haag", "Eindhoven", "Groningen", "Zwolle",
           "Amersfoort", "Arnhem", "Nijmegen", "Breda", "Tilburg", "Haarlem", "Leiden",
           "Almere", "Apeldoorn", "Den Bosch", "Enschede", "Maastricht", "Hilversum")  # fmt: skip
_PROVINCES = {"Amsterdam": "Noord-Holland", "Haarlem": "Noord-Holland", "Hilversum": "Noord-Holland",
              "Rotterdam": "Zuid-Holland", "Den Haag": "Zuid-Holland", "Leiden": "Zuid-Holland",
              "Utrecht": "Utrecht", "Amersfoort": "Utrecht", "Eindhoven": "Noord-Brabant",
              "Breda": "Noord-Brabant", "Tilburg": "Noord-Brabant", "Den Bosch": "Noord-Brabant",
              "Groningen": "Groningen", "Zwolle": "Overijssel", "Enschede": "Overijssel",
              "Arnhem": "Gelderland", "Nijmegen": "Gelderland", "Apeldoorn": "Gelderland",
              "Almere": "Flevoland", "Maastricht": "Limburg"}  # fmt: skip
_SIDE_JOBS = (("nonprofit", "Bestuurslid"), ("nonprofit", "Penningmeester"),
              ("education", "Gastdocent"), ("nonprofit", "Vrijwilliger"),
              ("consultancy", "Eigenaar"), ("education", "Docent (deeltijd)"))  # fmt: skip
_OWN_BUSINESS = ("Eigen onderneming", "Self-employed", "Zelfstandig ondernemer", "Freelance",
                 "{last} Consultancy", "{last} Advies", "{first} {last} Consulting")  # fmt: skip


@dataclass(frozen=True)
class Job:
    """A position plus what the network generator needs: the company object and its kind."""

    position: Position
    company: Company
    side: bool = False  # a side job (board member, guest teacher): few contacts
    own_business: bool = False


def month_start(d: date) -> date:
    """The first day of ``d``'s month."""
    return date(d.year, d.month, 1)


def month_end(d: date) -> date:
    """The last day of ``d``'s month."""
    return date(d.year, d.month, calendar.monthrange(d.year, d.month)[1])


def _shift_months(d: date, months: int) -> date:
    total = d.year * 12 + d.month - 1 + months
    return date(total // 12, total % 12 + 1, 1)


def _random_date(rng: np.random.Generator, lo: date, hi: date) -> date:
    span = max(0, (hi - lo).days)
    return lo + timedelta(days=int(rng.integers(0, span + 1)))


def make_dates(rng: np.random.Generator, spec: Profession) -> tuple[date, date, int]:
    """(registered_on, exported_on, birth_year) for one owner of profession ``spec``."""
    exported = _random_date(rng, date(2019, 1, 1), EXPORT_LATEST)
    if spec.name == "student":
        birth = exported.year - int(rng.integers(19, 27))
        latest = min(exported - timedelta(150), date(2024, 12, 31))
        joined = _random_date(rng, date(max(2010, birth + 16), 1, 1), latest)
    else:
        birth = int(rng.integers(1958, min(2001, exported.year - 23)))
        earliest = date(max(2005, birth + 19), 1, 1)
        # LinkedIn's Dutch uptake: few before 2008, most joined 2009-2016.
        year = int(np.clip(rng.normal(2012, 4), earliest.year, min(2024, exported.year - 1)))
        joined = _random_date(rng, date(year, 1, 1), date(year, 12, 31))
        joined = min(max(joined, earliest), exported - timedelta(days=120))
    return joined, exported, birth


def _owner_title(rng: np.random.Generator, spec: Profession, step: int, n_steps: int) -> str:
    # Later jobs draw from the senior end of the profession's titles.
    k = len(spec.titles)
    centre = (step + 0.5) / max(1, n_steps) * k
    i = int(np.clip(round(centre + rng.normal(0, 1.0) - 0.5), 0, k - 1))
    return spec.titles[i]


def _location(rng: np.random.Generator) -> str:
    city = _CITIES[rng.integers(len(_CITIES))]
    style = rng.random()
    if style < 0.45:
        return f"{city}, {_PROVINCES[city]}, Nederland"
    if style < 0.7:
        return f"{city} Area, Netherlands"
    return "" if style < 0.9 else city


def _periods(rng: np.random.Generator, spec: Profession, n: int, first_start: date,
             exported: date) -> list[tuple[date, date | None]]:  # fmt: skip
    """The ``n`` latest of the periods (start, end) back to the career start, oldest first.

    People list only their latest jobs, so a short list does not mean a short career.
    """
    current = rng.random() < spec.current
    end: date | None = None
    if not current:
        end = month_end(_shift_months(exported, -int(rng.integers(1, 14))))
    periods: list[tuple[date, date | None]] = []
    cursor = exported if end is None else end
    while len(periods) < 12:
        months = int(np.clip(rng.lognormal(np.log(34), 0.6), 4, 180))
        if spec.name == "student":
            months = int(np.clip(rng.lognormal(np.log(10), 0.6), 2, 40))
        start = month_start(_shift_months(cursor, -months))
        if start < first_start and periods:
            break
        if not periods:  # the latest job: not before the career began, not after it ended
            start = min(max(start, month_start(first_start)),
                        month_start(_shift_months(end or exported, -2)))  # fmt: skip
        periods.append((start, end))
        gap = rng.random()
        if gap < 0.55:
            shift = 0
        elif gap < 0.7:
            shift = -int(rng.integers(1, 4))  # overlap: the new job began before the old ended
        elif gap < 0.9:
            shift = int(rng.integers(1, 7))
        else:
            shift = int(rng.integers(6, 20))
        end = month_end(_shift_months(start, -1 - shift))
        cursor = end
    return periods[:n][::-1]


def make_career(rng: np.random.Generator, spec: Profession, owner_first: str,
                owner_last: str, behaviour: Behaviour | None = None,
                ) -> tuple[Career, list[Job]]:  # fmt: skip
    """The owner's career (positions newest first, as in Positions.csv) and its :class:`Job` list.

    ``behaviour.join_stage`` other than "usual" moves the LinkedIn join date relative to the
    first listed job (a student, a starter, someone years into the career).
    """
    behaviour = behaviour or typical_behaviour()
    joined, exported, birth = make_dates(rng, spec)
    n = int(rng.choice(len(spec.positions), p=np.array(spec.positions) / sum(spec.positions)))
    first_start = date(birth + (16 if spec.name == "student" else int(rng.integers(21, 26))), 9, 1)
    first_start = min(first_start, month_start(_shift_months(exported, -6)))
    periods = _periods(rng, spec, n, first_start, exported) if n else []
    if periods and behaviour.join_stage != "usual" and spec.name != "student":
        joined = _join_at_stage(rng, behaviour.join_stage, periods[0][0], exported)
    jobs: list[Job] = []
    for step, (start, end) in enumerate(periods):
        own = spec.freelance and end is None and step == len(periods) - 1 and step > 0
        if spec.name == "student":
            sector = (
                "retail" if rng.random() < 0.5 else spec.sectors[rng.integers(len(spec.sectors))]
            )
            student_jobs = split_pools(TITLES["student_job"])[active_pool()]
            title = student_jobs[rng.integers(len(student_jobs))]
            if sector not in ("retail", "hospitality"):
                title = ("Stagiair", "Intern", "Werkstudent", "Afstudeerstagiair")[rng.integers(4)]
        else:
            sector = spec.sectors[rng.integers(len(spec.sectors))]
            title = _owner_title(rng, spec, step, len(periods))
        company = make_company(rng, sector)
        if step >= 2 and spec.name != "student" and rng.random() < 0.06:
            company = jobs[step - 2].company  # a boomerang: back at an earlier employer
        if own or (spec.freelance and len(periods) == 1):
            label = _OWN_BUSINESS[rng.integers(len(_OWN_BUSINESS))]
            name = label.format(first=owner_first, last=owner_last.split()[-1])
            company = Company(name=name, short=name, sector=sector)
            title = ("Freelance " + title) if rng.random() < 0.5 else "Eigenaar"
            own = True
        jobs.append(_job(rng, company, title, start, end, own=own))
    jobs = _promotions(rng, spec, jobs, exported)
    if 0 < len(jobs) < 6 and rng.random() < 0.18 and spec.name != "student":
        sector, title = _SIDE_JOBS[rng.integers(len(_SIDE_JOBS))]
        lo = max(jobs[0].position.start or joined, joined - timedelta(days=365 * 3))
        lo = min(lo, exported - timedelta(days=90))
        start = month_start(_random_date(rng, lo, exported - timedelta(days=60)))
        end = None if rng.random() < 0.5 else month_end(_random_date(rng, start, exported))
        if end is not None and end >= month_start(exported):
            end = None  # ending in the export's month: still listed as current
        jobs.append(_job(rng, make_company(rng, sector), title, start, end, side=True))
    # LinkedIn lists positions newest first; position indices follow Positions.csv's order.
    jobs.sort(key=lambda j: j.position.start or date.min, reverse=True)
    career = Career(
        positions=[j.position for j in jobs],
        owner_name=f"{owner_first} {owner_last}",
        registered_on=joined,
        exported_on=exported,
    )
    return career, jobs


def _join_at_stage(rng: np.random.Generator, stage: str, first_job: date, exported: date) -> date:
    """A join date at ``stage`` of the career whose first listed job began on ``first_job``;
    never before LinkedIn reached the Netherlands nor in the export's last four months."""
    years = (exported - first_job).days / 365.25
    if stage == "student":  # joined while studying, looking for internships and a first job
        offset = -rng.uniform(0.3, 4.0)
    elif stage == "starter":  # joined around the first job
        offset = rng.uniform(-0.5, 1.0)
    else:  # joined some years into the listed career
        offset = rng.uniform(1.0, max(1.5, 0.8 * years))
    joined = first_job + timedelta(days=int(offset * 365.25))
    return min(max(joined, date(2004, 1, 1)), exported - timedelta(days=120))


def _promotions(rng: np.random.Generator, spec: Profession, jobs: list[Job],
                exported: date) -> list[Job]:  # fmt: skip
    """Split some long jobs in two positions at the same company: LinkedIn lists a promotion
    as a new position, so one employer often has several positions."""
    out: list[Job] = []
    room = 6 - len(jobs)
    for job in jobs:
        pos = job.position
        months = ((pos.end or exported) - pos.start).days // 30 if pos.start else 0
        if room <= 0 or job.own_business or months < 30 or rng.random() > 0.25:
            out.append(job)
            continue
        split = _shift_months(pos.start, int(rng.integers(12, months - 11)))
        titles = spec.titles
        rank = titles.index(pos.title) if pos.title in titles else -1
        senior = titles[rank + 1] if 0 <= rank < len(titles) - 1 else f"Senior {pos.title}"
        first = replace(pos, end=month_end(_shift_months(split, -1)))
        out += [replace(job, position=first),
                replace(job, position=replace(pos, start=split, title=senior))]  # fmt: skip
        room -= 1
    return out


def _job(rng: np.random.Generator, company: Company, title: str, start: date, end: date | None,
         *, own: bool = False, side: bool = False) -> Job:  # fmt: skip
    description = ""
    if rng.random() < 0.2:
        description = f"Verantwoordelijk voor {title.lower()} taken bij {company.short}."
    position = Position(company=company.name, title=title, start=start, end=end,
                        description=description, location=_location(rng))  # fmt: skip
    return Job(position=position, company=company, side=side, own_business=own)


def listed_career(rng: np.random.Generator, career: Career) -> tuple[Career, tuple[int, ...]]:
    """The career as the member typed it: about one in ten gave only years for older jobs.

    Returns the listed career (year-only positions run 1 Jan to 31 Dec, as a reader of
    Positions.csv sees them) and the indexes of those positions; the true months stay in the
    :class:`Job` list the network was drawn from.
    """
    if len(career.positions) < 2 or rng.random() >= 0.1:
        return career, ()
    latest = 0 if rng.random() < 0.6 else -1  # most keep months on their current job
    coarse = [i for i in range(len(career.positions)) if i != latest and rng.random() < 0.8]
    positions = list(career.positions)
    for i in coarse:
        p = positions[i]
        end = date(p.end.year, 12, 31) if p.end else None
        positions[i] = replace(p, start=date(p.start.year, 1, 1), end=end)
    return replace(career, positions=positions), tuple(coarse)
