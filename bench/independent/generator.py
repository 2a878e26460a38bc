"""An independent generator of labelled LinkedIn exports, for evaluation only.

It shares nothing with ``model/synthetic``, not even the file writer (:mod:`.files`): its own professions, names,
companies, titles, timing and labelling policy (PRODUCT.md's criteria: work = acquired in the
course of work for an employer; a recruiter approaching the owner, family, friends, school and
hobby contacts are private, whatever their titles say).
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pandas as pd

from model.career import Position

from . import names
from .careers import Job, add_days, make_career, newest_first, to_positions
from .files import LAYOUTS, SAVES, write_export
from .network import Contact, private_contacts, work_contacts
from .professions import PROFESSIONS

LABEL_COLUMNS = ["label", "employer", "position_index", "category", "source"]


@dataclass
class Person:
    """One generated owner: the export's content and the truth about every contact."""

    seed: int
    profession: str
    country: str
    name: str
    positions: list[Position]  # newest first, as written to Positions.csv
    registered_on: date
    exported_on: date
    contacts: pd.DataFrame  # first_name, last_name, url, email, company, position, connected_on
    labels: pd.DataFrame  # LABEL_COLUMNS, row for row with contacts
    layout: str = "current"
    excel: str | None = None
    year_only: tuple[int, ...] = ()


def generate_person(seed: int, profession: str | None = None) -> Person:
    """One owner and their labelled network; the same ``seed`` gives the same person."""
    rng = random.Random(seed)
    prof = PROFESSIONS[profession] if profession else rng.choice(list(PROFESSIONS.values()))
    country = rng.choice(prof.countries)
    first, last = names.person_name(rng, country)
    jobs, registered, exported = make_career(rng, prof, country, last)
    ordered = newest_first(jobs)
    activity = _year_activity(rng, registered.year, exported.year)
    size = _network_size(rng, prof.network, registered, exported)
    n_work = round(size * rng.uniform(*prof.work_share))
    ctx = _Context(rng, prof, country, last, ordered, registered, exported, activity)
    people = work_contacts(ctx, n_work) + private_contacts(ctx, size - n_work)
    people = _add_duplicates(rng, people)
    people.sort(key=lambda c: c.connected_on, reverse=True)  # LinkedIn lists newest first
    contacts, labels = _frames(people, ordered)
    layout = rng.choices(LAYOUTS, (0.85, 0.15))[0]
    excel = rng.choice([s for s in SAVES if s]) if rng.random() < 0.15 else None
    year_only = tuple(
        i for i, j in enumerate(ordered) if j.end and j.end.year < 2012 and rng.random() < 0.5
    )
    return Person(
        seed=seed,
        profession=prof.name,
        country=country,
        name=f"{first} {last}",
        positions=to_positions(rng, ordered, country),
        registered_on=registered,
        exported_on=exported,
        contacts=contacts,
        labels=labels,
        layout=layout,
        excel=excel,
        year_only=year_only,
    )


def generate_persons(n: int, seed: int = 2026) -> list[Person]:
    """``n`` owners, the professions taken in turn so each is represented."""
    profs = sorted(PROFESSIONS)
    return [generate_person(seed * 1000 + i, profs[i % len(profs)]) for i in range(n)]


def write_person(person: Person, folder: Path) -> Path:
    """Write ``person``'s export as a LinkedIn zip in ``folder``; returns the zip's path."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    name = f"Basic_LinkedInDataExport_{person.exported_on:%m-%d-%Y}_{person.seed}.zip"
    return write_export(
        folder / name,
        person.contacts,
        person.positions,
        name=person.name,
        registered_on=person.registered_on,
        exported_on=person.exported_on,
        layout=person.layout,
        save=person.excel,
        year_only=person.year_only,
    )


# --- helpers ------------------------------------------------------------------------------


@dataclass
class _Context:
    rng: random.Random
    prof: object
    country: str
    owner_last: str
    jobs: list[Job]  # newest first
    registered: date
    exported: date
    activity: dict[int, float]  # how active the owner was on LinkedIn, per calendar year

    def when(self, lo: date, hi: date) -> date:
        """A day in [lo, hi] on LinkedIn, more likely in the owner's active years."""
        lo, hi = max(lo, self.registered), min(hi, self.exported)
        if hi <= lo:
            return lo if lo <= self.exported else self.exported
        top = max(self.activity.get(y, 1.0) for y in range(lo.year, hi.year + 1))
        for _ in range(30):
            d = add_days(lo, self.rng.uniform(0, (hi - lo).days))
            if self.rng.random() * top <= self.activity.get(d.year, 1.0):
                return d
        return d

    def burst(self, start: date, scale_days: float) -> date:
        """A day soon after ``start`` (exponential delay), within the export."""
        d = add_days(max(start, self.registered), self.rng.expovariate(1 / scale_days))
        return min(d, self.exported)


def _year_activity(rng: random.Random, first: int, last: int) -> dict[int, float]:
    years = range(first, last + 1)
    activity = {y: rng.lognormvariate(0, 0.7) for y in years}
    for y in rng.sample(list(years), k=min(len(years) // 4, 3)):
        activity[y] = 0.08  # quiet years: the owner hardly looked at LinkedIn
    return activity


def _network_size(
    rng: random.Random, span: tuple[int, int], registered: date, exported: date
) -> int:
    lo, hi = span
    size = lo * (hi / lo) ** rng.random()
    years_on = (exported - registered).days / 365.25
    return max(25, round(size * (0.35 + 0.65 * min(1.0, years_on / 6))))


def _add_duplicates(rng: random.Random, people: list[Contact]) -> list[Contact]:
    extra = [c for c in people if rng.random() < 0.003]
    return people + extra


def _frames(people: list[Contact], jobs: list[Job]) -> tuple[pd.DataFrame, pd.DataFrame]:
    contacts = pd.DataFrame(
        {
            "first_name": [c.first for c in people],
            "last_name": [c.last for c in people],
            "url": [c.url for c in people],
            "email": [c.email for c in people],
            "company": [c.company for c in people],
            "position": [c.title for c in people],
            "connected_on": pd.to_datetime([c.connected_on for c in people]),
        }
    )
    labels = pd.DataFrame(
        {
            "label": ["work" if c.job is not None else "private" for c in people],
            "employer": [jobs[c.job].company if c.job is not None else "" for c in people],
            "position_index": [c.job if c.job is not None else -1 for c in people],
            "category": [c.category for c in people],
            "source": [c.source for c in people],
        }
    )
    return contacts, labels
