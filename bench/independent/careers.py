"""Owners' careers for the independent evaluation generator: jobs, promotions, gaps, side jobs,
the LinkedIn join date and the export date.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

from model.career import Position

from . import companies, titles
from .professions import Profession

CITIES = {
    "NL": ("Amsterdam", "Utrecht", "Rotterdam", "Eindhoven", "Zwolle", "Breda", "Groningen"),
    "BE": ("Antwerpen", "Gent", "Leuven", "Brussel", "Brugge", "Hasselt", "Mechelen"),
    "DE": ("München", "Köln", "Berlin", "Hamburg", "Stuttgart", "Aachen", "Düsseldorf"),
    "UK": ("London", "Manchester", "Leeds", "Bristol", "Glasgow", "Birmingham"),
}


STUDENT_TITLES = {
    "hospitality": ("Bediening", "Barista", "Waiter", "Kellner", "Bartender", "Runner"),
    "education": ("Student-assistent", "Teaching Assistant", "Studentische Hilfskraft", "Tutor"),
    "retail": ("Verkoopmedewerker", "Sales Assistant", "Kassamedewerker", "Vakkenvuller"),
    "misc": ("Stagiair", "Intern", "Callcenter medewerker", "Werkstudent", "Vakantiekracht"),
}


@dataclass
class Job:
    """One position of the owner with the facts the network is built from."""

    company: str
    title: str
    start: date
    end: date | None  # None: current
    sector: str
    kind: str = "main"  # "main", "student" (a first side job), "side" (next to a main job)

    def last_day(self, exported_on: date) -> date:
        """The job's last day, the export date for a current job."""
        return self.end or exported_on


def month_start(d: date) -> date:
    """The first day of ``d``'s month."""
    return d.replace(day=1)


def month_end(d: date) -> date:
    """The last day of ``d``'s month."""
    nxt = (d.replace(day=28) + timedelta(days=4)).replace(day=1)
    return nxt - timedelta(days=1)


def add_days(d: date, days: float) -> date:
    """``d`` moved by ``days`` (rounded)."""
    return d + timedelta(days=round(days))


def owner_company(rng: random.Random, sector: str, last_name: str, country: str) -> str:
    """The employer of one of the owner's jobs; self-employment as people name it."""
    if sector == "selfemployed":
        return rng.choice(
            (
                "Freelance",
                "Self-employed",
                f"{last_name} Photography",
                f"Studio {last_name}",
                f"{last_name.upper()} PHOTOGRAPHY",
                "Zelfstandig fotograaf",
            )
        )
    if rng.random() < 0.15:
        return companies.variant(rng, companies.pick(rng, sector), country)
    return companies.pick(rng, sector)


def owner_title(rng: random.Random, prof: Profession, junior: bool) -> str:
    """The owner's title in their own field."""
    pool = prof.extra.get("owner_titles") or titles.ROLES[prof.owner_role]
    title = rng.choice(pool)
    if junior and rng.random() < 0.3:
        title = f"Junior {title}"
    return title


def make_career(
    rng: random.Random, prof: Profession, country: str, last_name: str
) -> tuple[list[Job], date, date]:
    """(jobs oldest first, LinkedIn join date, export date) for one owner."""
    exported_on = date(rng.choice((2024, 2025, 2025, 2026)), rng.randint(1, 12), rng.randint(1, 28))
    if exported_on > date(2026, 11, 1):
        exported_on = date(2026, 10, rng.randint(1, 28))
    years = rng.choice((1.5, 3, 5, 8, 12, 16, 22)) * rng.uniform(0.8, 1.2)
    if prof.name == "phd_researcher":
        years = rng.uniform(1.0, 4.5)
    career_start = month_start(add_days(exported_on, -365.25 * years))
    jobs: list[Job] = []
    if rng.random() < 0.3 or prof.name == "phd_researcher":
        # a student job before the real career (shop, café, teaching assistant)
        s = month_start(add_days(career_start, -rng.uniform(400, 1400)))
        sector = rng.choice(prof.first_jobs)
        jobs.append(
            Job(
                companies.pick(rng, sector),
                rng.choice(STUDENT_TITLES.get(sector, STUDENT_TITLES["misc"])),
                s,
                month_end(add_days(s, rng.uniform(200, 900))),
                sector,
                "student",
            )
        )
    start = career_start
    n_main = max(1, min(5, round(years / rng.uniform(2.5, 6))))
    cuts = sorted(rng.uniform(0.15, 0.95) for _ in range(n_main - 1))
    bounds = [career_start, *[add_days(career_start, c * 365.25 * years) for c in cuts]]
    for i, s in enumerate(bounds):
        start = month_start(max(s, start))
        last = i == n_main - 1
        end = None if last else month_end(add_days(bounds[i + 1], -rng.choice((1, 1, 1, 60, 200))))
        if end is not None and end < add_days(start, 90):
            end = month_end(add_days(start, 120))
        if last and rng.random() < 0.08:
            end = month_end(add_days(exported_on, -rng.uniform(40, 200)))  # between jobs now
        sector = prof.employer_sectors[0] if last else rng.choice(prof.employer_sectors)
        company = owner_company(rng, sector, last_name, country)
        last_day = end or exported_on
        jobs.extend(_maybe_promoted(rng, prof, company, sector, start, end, last_day, i == 0))
        start = add_days(end or exported_on, 1)
    if prof.side_job and rng.random() < 0.45:
        company, title = prof.side_job
        s = month_start(add_days(exported_on, -rng.uniform(200, 1200)))
        jobs.append(Job(company, title, max(s, career_start), None, "misc", "side"))
    if rng.random() < 0.35:
        registered = add_days(career_start, -rng.uniform(60, 900))  # joined as a student
    else:
        registered = add_days(career_start, rng.uniform(0, 0.6) * 365.25 * years)
    registered = max(registered, date(2005, 3, 1))
    registered = min(registered, add_days(exported_on, -200))
    return jobs, registered, exported_on


def _maybe_promoted(
    rng: random.Random,
    prof: Profession,
    company: str,
    sector: str,
    start: date,
    end: date | None,
    last: date,
    junior: bool,
) -> list[Job]:
    """One job, or two positions at the same company when the owner was promoted."""
    if (last - start).days > 900 and rng.random() < 0.25:
        cut = month_start(add_days(start, rng.uniform(0.3, 0.7) * (last - start).days))
        first = owner_title(rng, prof, junior)
        second = owner_title(rng, prof, False)
        if second == first:
            second = f"Senior {first}"
        return [
            Job(company, first, start, month_end(add_days(cut, -1)), sector),
            Job(company, second, cut, end, sector),
        ]
    return [Job(company, owner_title(rng, prof, junior), start, end, sector)]


def to_positions(rng: random.Random, jobs: list[Job], country: str) -> list[Position]:
    """The jobs as Positions.csv rows, newest first (as LinkedIn writes them)."""
    out = []
    for job in jobs:
        desc = ""
        if rng.random() < 0.3:
            desc = rng.choice(
                (
                    "Verantwoordelijk voor planning en coördinatie.",
                    "Responsible for key accounts in the Benelux region.",
                    "Onderzoek naar nieuwe methoden; begeleiding van studenten.",
                    "Daily operations, team of 12, P&L responsibility.",
                    "Zuständig für Vertrieb und technische Beratung im Außendienst.",
                )
            )
        loc = rng.choice(CITIES.get(country, CITIES["UK"])) if rng.random() < 0.6 else ""
        if loc and rng.random() < 0.5:
            loc = f"{loc}, {dict(NL='Nederland', BE='België', DE='Deutschland').get(country, 'United Kingdom')}"
        out.append(Position(job.company, job.title, job.start, job.end, desc, loc))
    return out


def newest_first(jobs: list[Job]) -> list[Job]:
    """Jobs in LinkedIn's order: latest start first (current before ended on ties)."""
    return sorted(jobs, key=lambda j: (j.start, j.end is None), reverse=True)
