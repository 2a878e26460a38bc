"""The member's contacts: who each one is to the member, what they are called now, when they
connected, and the truth an annotator writes for them (see the package's conventions)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

import numpy as np

from .tracks import TRACKS, Track
from .words import AGENCIES, AGENCIES_BE, AGENCY_TITLES, ELSEWHERE_TITLES, STUDENT_TITLES
from .worklife import Stint, WorkLife, day_between
from .writing import bare, company_as_written, elsewhere, firm, person_name, pick

WORK_KINDS = ("colleague", "customer", "supplier", "partner")
CATEGORY = {"colleague": "colleague", "customer": "client", "supplier": "supplier",
            "partner": "other work", "agency_staff": "other work", "candidate": "candidate",
            "course": "other work"}  # fmt: skip
# private circles and their usual weights (moved per member)
PRIVATE = {"family": 0.12, "school": 0.18, "friend": 0.22, "sports": 0.09, "neighbour": 0.05,
           "acquaintance": 0.15, "same_trade": 0.06, "recruiter": 0.05}  # fmt: skip
# titles a sports club or a neighbourhood adds to anyone's network
_BOARD = ("Voorzitter", "Penningmeester", "Trainer", "Secretaris", "Jeugdtrainer")


@dataclass
class Tie:
    """One contact: as the export shows them, and the truth."""

    first: str
    last: str
    company: str
    title: str
    day: date
    label: str  # "work" | "private"
    stint: int  # index into WorkLife.stints; -1 for private
    category: str
    source: str


@dataclass
class Network:
    """What generating the contacts needs and collects."""

    rng: np.random.Generator
    life: WorkLife
    owner: tuple[str, str]
    ties: list[Tie] = field(default_factory=list)
    portfolios: dict[int, list[str]] = field(default_factory=dict)  # stint -> customer firms

    def name(self) -> tuple[str, str]:
        """A new contact's given name and surname."""
        return person_name(self.rng, self.life.country)

    def join_burst(self) -> date:
        """A day in the first weeks on LinkedIn, when members add everyone they know."""
        life = self.life
        return min(life.joined + timedelta(days=int(self.rng.exponential(18))), life.exported)

    def any_day(self) -> date:
        """A day from joining LinkedIn until the export."""
        return day_between(self.rng, self.life.joined, self.life.exported)

    def add(self, company, title, day, label, stint, category, source, name=None) -> None:
        """Add a contact (a new name unless ``name``), its day kept on LinkedIn's span."""
        first, last = name or self.name()
        day = min(max(day, self.life.joined), self.life.exported)
        self.ties.append(Tie(first, last, company, title, day, label, stint, category, source))


# --- work ----------------------------------------------------------------------------------


def stint_weight(s: Stint, life: WorkLife) -> float:
    """How many work contacts a job gives: its years (saturating), fewer for jobs over
    before LinkedIn (only those looked up later) and side or seasonal jobs."""
    end = s.until(life.exported)
    years = max((end - s.start).days, 40) / 365.25
    weight = min(years, 8) ** 0.8
    if end < life.joined:
        weight *= 0.3
    if s.kind == "side":
        weight *= 0.4
    if s.kind == "seasonal":
        weight *= 0.5
    if s.end is None:
        weight *= 1.3
    return weight


def _kind_weights(rng, s: Stint, track: Track, hires: bool) -> dict[str, float]:
    mix = dict(zip(WORK_KINDS, track.mix, strict=True))
    if not track.customers:
        mix["colleague"] += mix["customer"]
        mix["customer"] = 0.0
    if s.kind == "own":
        mix["colleague"] *= 0.25
        mix["customer"] *= 2.0
    if s.kind == "family":
        mix["customer"] *= 1.5
    if s.kind == "agency":
        mix["agency_staff"] = 0.05
    if hires:
        mix["candidate"] = 0.07
    weights = {k: v * float(rng.gamma(4.0, 0.25)) for k, v in mix.items() if v > 0}
    return weights


def work(net: Network, n: int, hires: bool) -> None:
    """``n`` work contacts spread over the member's listed jobs."""
    rng, life = net.rng, net.life
    jobs = [i for i, s in enumerate(life.stints) if s.listed and s.kind != "school"]
    if not jobs or n <= 0:
        return
    weights = np.array([stint_weight(life.stints[i], life) for i in jobs])
    for i, count in zip(jobs, rng.multinomial(n, weights / weights.sum()), strict=True):
        s = life.stints[i]
        kinds = _kind_weights(rng, s, TRACKS[s.track], hires and s.kind != "seasonal")
        names = list(kinds)
        w = np.array([kinds[k] for k in names])
        for kind, k in zip(names, rng.multinomial(int(count), w / w.sum()), strict=True):
            for _ in range(int(k)):
                _work_tie(net, i, kind)


def _work_day(net: Network, s: Stint, kind: str) -> tuple[date, str]:
    """When a work contact connected, and whether it was after the job ended ("late")."""
    rng, life = net.rng, net.life
    first = max(s.start, life.joined)
    last = min(s.until(life.exported), life.exported)
    if first > last:  # the job was over before LinkedIn: looked up later
        return life.joined + timedelta(days=int(rng.exponential(300))), "late"
    if kind == "colleague" and s.end is not None and rng.random() < 0.12:
        return s.end + timedelta(days=int(rng.exponential(250))), "late"
    if rng.random() < 0.35:  # the new-job burst
        return day_between(rng, first, min(first + timedelta(days=90), last)), ""
    return day_between(rng, first, last), ""


def _moved_on(net: Network, s: Stint) -> tuple[str, str]:
    """A former colleague's current employer and title: the same trade or anything else."""
    rng, country = net.rng, net.life.country
    track = TRACKS[s.track]
    if rng.random() < 0.55:
        company = firm(rng, pick(rng, track.firms), country)
        if bare(company).lower() not in (bare(s.company).lower(), bare(s.where).lower()):
            return company, pick(rng, track.coworkers)
    return elsewhere(rng, country), pick(rng, ELSEWHERE_TITLES)


def _work_tie(net: Network, i: int, kind: str) -> None:
    """Add one work contact of ``kind`` (colleague, agency staff, customer, supplier,
    partner, candidate) met at the member's stint ``i``."""
    rng, life = net.rng, net.life
    s = life.stints[i]
    track = TRACKS[s.track]
    country = life.country
    day, late = _work_day(net, s, kind)
    source = kind
    if kind == "colleague":
        company, title, source = _colleague(net, s, late)
    elif kind == "agency_staff":
        company, title = company_as_written(rng, s.agency), pick(rng, AGENCY_TITLES)
    elif kind == "customer":
        company, title = _customer(net, i, track)
    elif kind == "supplier":
        company = (
            firm(rng, pick(rng, track.supplier_firms), country) if track.supplier_firms else ""
        )
        title = pick(rng, track.suppliers) if track.suppliers else ""
    elif kind == "partner":
        pattern = pick(rng, track.partner_firms) if track.partner_firms else ""
        company = firm(rng, pattern, country) if pattern else ""
        title = pick(rng, track.partners) if track.partners else ""
    else:  # candidate: applicants for a job the member hires for
        company = "" if rng.random() < 0.5 else elsewhere(rng, country)
        title = pick(rng, (*track.coworkers, "Op zoek naar werk", "Werkzoekend", "Student",
                           "Op zoek naar een nieuwe uitdaging", pick(rng, ELSEWHERE_TITLES)))  # fmt: skip
    net.add(company, title, day, "work", i, CATEGORY[kind], source)


def _colleague(net: Network, s: Stint, late: bool) -> tuple[str, str, str]:
    """A colleague's company, title and source: still at the firm (or its successor after a
    take-over; never after a bankruptcy) or moved on, the longer ago the likelier."""
    rng, life = net.rng, net.life
    track = TRACKS[s.track]
    source = "colleague"
    gone = (life.exported - s.until(life.exported)).days / 365.25
    stay = 0.85 if s.end is None else 0.7 * np.exp(-gone / 4)
    if s.fate == "bankrupt":
        stay = 0.0
    if rng.random() < stay:
        where = s.successor if s.fate == "taken_over" and rng.random() < 0.7 else s.where
        company = company_as_written(rng, where, s.place)
        title = pick(rng, track.boss) if rng.random() < 0.12 else pick(rng, track.coworkers)
    else:
        company, title = _moved_on(net, s)
        source = "colleague_moved"
    return company, title, "colleague_late" if late else source


def _customer(net: Network, i: int, track: Track) -> tuple[str, str]:
    """A customer's company and title: a firm (put on stint ``i``'s customer list), or a
    private customer with a job of their own or none shown."""
    rng, country = net.rng, net.life.country
    pattern = pick(rng, track.customer_firms) if track.customer_firms else ""
    if pattern:
        company = firm(rng, pattern, country)
        title = pick(rng, [t for t in track.customers if t] or list(ELSEWHERE_TITLES))
        net.portfolios.setdefault(i, []).append(company)
    elif rng.random() < 0.6:  # a private customer: a person with a job of their own
        company, title = elsewhere(rng, country), pick(rng, ELSEWHERE_TITLES)
    else:
        company, title = "", pick(rng, track.customers) if track.customers else ""
    return company, title


def course(net: Network) -> None:
    """A vocational course (VCA, heftruck, BHV, vakopleiding) during a job: a burst of
    people of the same trade from other firms, all connected within days."""
    rng, life = net.rng, net.life
    jobs = [i for i, s in enumerate(life.stints)
            if s.listed and s.kind not in ("school", "seasonal") and s.until(life.exported) > life.joined]  # fmt: skip
    if not jobs:
        return
    i = int(pick(rng, jobs))
    s = life.stints[i]
    track = TRACKS[s.track]
    first, last = max(s.start, life.joined), s.until(life.exported)
    when = day_between(rng, first, last)
    for _ in range(int(rng.integers(4, 13))):
        company = firm(rng, pick(rng, track.firms), life.country)
        day = when + timedelta(days=int(rng.integers(0, 8)))
        net.add(company, pick(rng, track.coworkers), day, "work", i, CATEGORY["course"], "course")


# --- private -------------------------------------------------------------------------------


def private(net: Network, n: int, weights: dict[str, float]) -> None:
    """``n`` private contacts over the member's circles."""
    if n <= 0:
        return
    rng = net.rng
    names = list(weights)
    w = np.array([weights[k] for k in names]) * rng.gamma(3.0, 1 / 3.0, len(names))
    for circle, k in zip(names, rng.multinomial(n, w / w.sum()), strict=True):
        for _ in range(int(k)):
            _private_tie(net, circle)


def _anyone(net: Network) -> tuple[str, str]:
    """The employer and title of anyone at all."""
    rng, country = net.rng, net.life.country
    if rng.random() < 0.1:
        return "", pick(rng, ELSEWHERE_TITLES)
    return elsewhere(rng, country), pick(rng, ELSEWHERE_TITLES)


def _private_tie(net: Network, circle: str) -> None:
    rng, life = net.rng, net.life
    country = life.country
    name = None
    company, title = _anyone(net)
    day = net.join_burst() if rng.random() < 0.5 else net.any_day()
    if circle == "family":
        if rng.random() < 0.55:
            name = (person_name(rng, country)[0], net.owner[1])
        if rng.random() < 0.12:
            company, title = "", pick(rng, ("Gepensioneerd", "Met pensioen", "Pensioen", "Retired"))
    elif circle == "school":
        day = net.join_burst() if rng.random() < 0.6 else net.any_day()
        draw = rng.random()
        if draw < 0.35:  # a classmate of the same vocational course, now at another firm
            track = TRACKS[
                pick(rng, [s.track for s in life.stints if s.kind != "school"] or ["winkel"])
            ]
            company, title = firm(rng, pick(rng, track.firms), country), pick(rng, track.coworkers)
        elif draw < 0.5:
            company, title = "", pick(rng, STUDENT_TITLES).replace("{school}", "ROC")
    elif circle == "sports" and rng.random() < 0.2:
        title = pick(rng, _BOARD)
        company = f"{pick(rng, ('VV', 'SV', 'Voetbalvereniging', 'Tennisclub', 'Hockeyclub', 'KFC'))} {life.home}"
    elif circle == "same_trade":  # a friend in the member's own trade, at another firm
        track = TRACKS[life.track]
        company, title = firm(rng, pick(rng, track.firms), country), pick(rng, track.coworkers)
    elif circle == "recruiter":  # an agency approaching the member: not placed by it
        agencies = AGENCIES_BE if country == "BE" else AGENCIES
        company, title = pick(rng, agencies), pick(rng, AGENCY_TITLES)
        day = net.any_day()
    elif circle == "acquaintance":
        day = net.any_day()
    net.add(company, title, day, "private", -1, "private", circle, name)


def school_job(net: Network, i: int, n: int) -> None:
    """Colleagues of a job beside school: teenage friends, private (listed or not)."""
    rng = net.rng
    s = net.life.stints[i]
    for _ in range(n):
        if rng.random() < 0.15:
            company, title = (
                company_as_written(rng, s.company),
                pick(rng, ("Vakkenvuller", "Bediening", "Kassamedewerker", "Teamleider")),
            )
        else:
            company, title = _anyone(net)
        day = net.join_burst() if rng.random() < 0.5 else net.any_day()
        net.add(company, title, day, "private", -1, "private", "school_job")


def unlisted_job(net: Network, i: int, n: int) -> None:
    """Colleagues of a job the member left out of their profile: no employer in the export
    can claim them, so they are labelled private."""
    rng, life = net.rng, net.life
    s = life.stints[i]
    track = TRACKS[s.track]
    for _ in range(n):
        if rng.random() < 0.4 and s.fate != "bankrupt":
            company, title = company_as_written(rng, s.where, s.place), pick(rng, track.coworkers)
        else:
            company, title = _moved_on(net, s)
        net.add(company, title, net.any_day(), "private", -1, "private", "unlisted_job")


def family_business(net: Network, i: int, n: int) -> None:
    """Relatives working in the family firm beside the member: family first, so private."""
    rng, life = net.rng, net.life
    s = life.stints[i]
    track = TRACKS[s.track]
    for _ in range(n):
        name = (person_name(rng, life.country)[0], net.owner[1])
        title = pick(
            rng, ("Eigenaar", "Mede-eigenaar", "Directeur", "Administratie", *track.coworkers)
        )
        company = company_as_written(rng, s.company, s.place)
        net.add(company, title, net.join_burst(), "private", -1, "private", "family_business", name)


def friend_customers(net: Network, i: int, n: int) -> None:
    """Friends who became customers of the member's own business: the tie was made as
    friends, so private; the firm may still be on the business's customer list."""
    rng, life = net.rng, net.life
    s = life.stints[i]
    for _ in range(n):
        company, title = elsewhere(rng, life.country), pick(rng, ELSEWHERE_TITLES)
        before = s.start - timedelta(days=int(rng.integers(30, 2000)))
        day = before if before >= life.joined else net.join_burst()
        net.add(company, title, day, "private", -1, "private", "friend_customer")
        if rng.random() < 0.5:
            net.portfolios.setdefault(i, []).append(bare(company))


def recruiter_share(life: WorkLife) -> float:
    """Members who worked through agencies hear from more of them."""
    return 2.0 if any(s.kind == "agency" for s in life.stints) else 1.0
