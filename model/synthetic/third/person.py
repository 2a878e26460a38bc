"""A member made by the third generator: habits, career, network and its labels.

Labelling conventions (each with its reason; the truth is where a contact was acquired):
- a colleague, client, supplier, candidate or event contact met during a position is work of
  that position (reason: PRODUCT's timing and business relevance together);
- a colleague or client who connects up to six months after the position ended is still work of
  it (reason: "former colleagues and clients often connect after a move");
- a freelancer's client engagements are positions of their own; people met there are that
  position's clients (reason: the engagement, not the one-person company, is where they met);
- fellow students and alumni are private even when they now work at an employer or in the
  owner's trade (reason: acquired at school, before any employer);
- contacts made in a gap between jobs (study, care, sabbatical) are private (reason: no employer);
- recruiters who approach the owner about the owner's own next job are private (reason: the
  owner's own career, not the employer's business); a recruiter's candidates are work;
- family, friends and neighbours are private whatever their title.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

import numpy as np
import pandas as pd

from ...career import Career, Position
from ...schema import conform_contacts
from .tracks import OTHER_SECTORS, OTHER_TITLES, TRACK_NAMES, TRACKS, Track
from .words import (
    ABROAD,
    FAMILY,
    GIVEN,
    PERSONAL_DOMAINS,
    PLACES,
    SCHOOLS,
    abbreviation,
    company,
    pick,
    with_form,
)  # fmt: skip

LABEL_COLUMNS = ["label", "employer", "position_index", "category", "source"]
MAX_CONTACTS = 30_000  # LinkedIn's limit
_STREAM = 0x7A1D3  # this generator's own random stream, apart from the other two
_AFTER_END_DAYS = 183  # former colleagues and clients still connecting after a move
_FIRST_LINKEDIN = date(2004, 6, 1)


@dataclass(frozen=True)
class Habits:
    """How this member uses LinkedIn and lives their career (drawn per person)."""

    usage: str  # light (~50), normal, heavy (thousands: networkers)
    joined_as_student: bool  # registered while studying: an alumni burst
    hopper: bool  # many short jobs
    gap: bool  # a long gap between two jobs
    expat: bool  # a move abroad
    english_only: bool  # multinational: English titles only
    abbreviated: float  # share of colleagues writing the employer as its initials
    moved_on: float  # share of colleagues and clients since at another company
    private_share: float
    friends_in_trade: float  # share of friends who work in the owner's trade
    missing: float  # share of contacts with an empty company and title


@dataclass
class ThirdPerson:
    """A member of the third generator, with the fields training reads: ``career``,
    ``contacts`` and ``labels`` (row for row), and ``clients(i)``."""

    seed: int
    profession: str
    career: Career  # newest position first, as a reader returns it
    contacts: pd.DataFrame
    labels: pd.DataFrame
    habits: Habits
    client_lists: dict[int, list[str]] = field(default_factory=dict)

    def clients(self, position_index: int = 0) -> list[str]:
        """The client list the employer of ``position_index`` could hand over ([] if none)."""
        return list(self.client_lists.get(position_index, []))


def draw_habits(rng: np.random.Generator, track: str) -> Habits:
    """Habits of one member; recruiters, sales and events people lean to heavy use."""
    heavy = {"talent_acquisition": 0.5, "key_account_sales": 0.4, "events": 0.4, "founder": 0.3}
    u = rng.random()
    h = heavy.get(track, 0.12)
    usage = "heavy" if u < h else "light" if u > 0.75 else "normal"
    return Habits(
        usage=usage,
        joined_as_student=bool(rng.random() < (0.7 if track == "academia" else 0.35)),
        hopper=bool(rng.random() < 0.3),
        gap=bool(rng.random() < 0.35),
        expat=bool(rng.random() < 0.25),
        english_only=bool(rng.random() < 0.4),
        abbreviated=float(rng.uniform(0, 0.4)),
        moved_on=float(rng.uniform(0.1, 0.5)),
        private_share=float(
            rng.uniform(0.35, 0.7) if usage == "light" else rng.uniform(0.12, 0.45)
        ),
        friends_in_trade=float(rng.uniform(0.0, 0.3)),
        missing=float(rng.uniform(0.0, 0.12)),
    )


def _month(m: int) -> date:
    return date(m // 12, m % 12 + 1, 1)


def _month_end(m: int) -> date:
    return _month(m + 1) - timedelta(days=1)


def _title(rng, pool: tuple[str, ...], english_only: bool) -> str:
    if english_only:  # Dutch titles hold a non-ASCII-free lower-case word like "medewerker"
        english = [t for t in pool if not any(w in t.lower() for w in _DUTCH_HINTS)]
        pool = tuple(english) or pool
    return pick(rng, pool)


_DUTCH_HINTS = ("medewerker", "leider", "verantwoordelijke", "coördinator", "oprichter",
                "zaakvoerder", "rekruteerder", "zelfstandig", "analist", "expediteur", "docent",
                "onderzoeker", "bediende", "directeur", "commercieel", "binnendienst")  # fmt: skip


@dataclass
class _Job:
    company: str  # the canonical name (no legal form)
    title: str
    start: int  # month index
    end: int | None  # month index of the last month, None = current
    location: str
    clients: list[str]
    engagement: bool = False  # a freelancer's client engagement


def _career(rng, track: Track, name: str, habits: Habits, export: int) -> tuple[list, int, list]:
    """Jobs (oldest first), the registration month and the gaps [(start, end)]."""
    span = int(rng.integers(24, 300))
    m = export - span
    jobs, gaps = [], []
    freelance = name in ("it_freelance", "founder")
    while m < export - 2:
        length = int(rng.integers(5, 19) if habits.hopper else rng.integers(18, 97))
        end = m + length - 1
        abroad = habits.expat and jobs and rng.random() < 0.35
        jobs.append(_Job(company(rng, track.sector), _title(rng, track.own, habits.english_only),
                         m, end if end < export else None,
                         pick(rng, ABROAD) if abroad else pick(rng, PLACES[:8]),
                         [company(rng, track.sector + OTHER_SECTORS)
                          for _ in range(int(rng.integers(3, 30)))]))  # fmt: skip
        m = end + 1
        if habits.gap and len(gaps) == 0 and rng.random() < 0.5 and m < export - 12:
            g = int(rng.integers(6, 31))
            gaps.append((m, min(m + g - 1, export - 1)))
            m += g
    if jobs and jobs[-1].end is not None and rng.random() < 0.8:
        jobs[-1].end = None  # most members have a current job
    if freelance and jobs and jobs[-1].end is None:
        # client engagements listed beside the own company, some at the same time
        own = jobs[-1]
        for _ in range(int(rng.integers(1, 4))):
            s = int(rng.integers(own.start, max(own.start + 1, export - 3)))
            e = s + int(rng.integers(3, 19))
            client = pick(rng, own.clients)
            jobs.append(_Job(client, f"Freelance {pick(rng, track.own)}".replace(
                "Freelance Freelance", "Freelance"), s, e if e < export else None,
                pick(rng, PLACES[:8]), [client], engagement=True))  # fmt: skip
    first = min(j.start for j in jobs) if jobs else export - 24
    if habits.joined_as_student:
        reg = first - int(rng.integers(1, 30))
    else:
        reg = int(rng.integers(first, max(first + 1, export - 6)))
    reg = max(reg, _FIRST_LINKEDIN.year * 12 + _FIRST_LINKEDIN.month - 1)
    return jobs, reg, gaps


def make_person(seed: int, track: str | None = None, n_contacts: int | None = None) -> ThirdPerson:
    """A reproducible member of ``track`` (random when None); ``n_contacts`` fixes the size.

    Raises ValueError for an unknown track or a size outside 1..30,000.
    """
    rng = np.random.default_rng([seed, _STREAM])
    if track is None:
        track = TRACK_NAMES[int(rng.integers(len(TRACK_NAMES)))]
    if track not in TRACKS:
        raise ValueError(f"unknown track {track!r}; expected one of {TRACK_NAMES}")
    if n_contacts is not None and not 1 <= n_contacts <= MAX_CONTACTS:
        raise ValueError(f"n_contacts must be between 1 and {MAX_CONTACTS}, not {n_contacts}")
    spec = TRACKS[track]
    habits = draw_habits(rng, track)
    owner = (pick(rng, GIVEN), pick(rng, FAMILY))
    export = int(rng.integers(2022 * 12, 2026 * 12 + 9))
    jobs, reg, gaps = _career(rng, spec, track, habits, export)
    order = sorted(range(len(jobs)), key=lambda i: (-jobs[i].start, i))  # newest first
    index = {j: k for k, j in enumerate(order)}
    career = Career(
        positions=[Position(with_form(rng, jobs[i].company) if rng.random() < 0.5
                            else jobs[i].company, jobs[i].title, _month(jobs[i].start),
                            None if jobs[i].end is None else _month_end(jobs[i].end),
                            location=jobs[i].location) for i in order],
        owner_name=f"{owner[0]} {owner[1]}",
        registered_on=_month(reg) + timedelta(days=int(rng.integers(0, 28))),
        exported_on=_month(export) + timedelta(days=int(rng.integers(0, 28))),
    )  # fmt: skip
    if n_contacts is None:
        base = {"light": (20, 120), "normal": (150, 700), "heavy": (900, 2600)}[habits.usage]
        n_contacts = int(min(rng.integers(*base) * spec.size, 3000))
    rows = [
        _contact(rng, spec, habits, jobs, index, gaps, career, owner) for _ in range(n_contacts)
    ]
    return _assemble(rng, seed, track, career, habits, rows, jobs, index)


def _day(rng, lo: date, hi: date) -> date:
    span = (hi - lo).days
    return lo + timedelta(days=int(rng.integers(0, span + 1))) if span > 0 else lo


def _contact(rng, spec: Track, habits: Habits, jobs, index, gaps, career: Career, owner):
    """One contact: (first, last, company, title, day, email, label row)."""
    reg, export = career.registered_on, career.exported_on
    first, last = pick(rng, GIVEN), pick(rng, FAMILY)
    live = [i for i, j in enumerate(jobs)
            if (_month_end(j.end) if j.end is not None else export) >= reg]  # fmt: skip
    if live and rng.random() > habits.private_share:
        weights = np.array(
            [
                ((jobs[i].end or _to_month(export)) - max(jobs[i].start, _to_month(reg)) + 1)
                * (2.0 if jobs[i].end is None else 1.0)
                for i in live
            ],
            float,
        )
        i = live[int(rng.choice(len(live), p=weights / weights.sum()))]
        return _work(rng, spec, habits, jobs[i], index[i], career, first, last)
    return _private(rng, spec, habits, jobs, gaps, career, owner, first, last)


def _to_month(d: date) -> int:
    return d.year * 12 + d.month - 1


def _work(rng, spec: Track, habits: Habits, job: _Job, pos: int, career: Career, first, last):
    start = max(_month(job.start), career.registered_on)
    end = _month_end(job.end) if job.end is not None else career.exported_on
    end = min(end, career.exported_on)
    after = job.end is not None and rng.random() < 0.15
    day = (_day(rng, end, min(end + timedelta(days=_AFTER_END_DAYS), career.exported_on))
           if after else _day(rng, start, max(start, end)))  # fmt: skip
    employer = career.positions[pos].company
    if job.engagement or rng.random() < spec.outward:
        kind = "supplier" if rng.random() < 0.12 else spec.category
        if kind == "supplier":
            comp, title = (
                company(rng, (*spec.sector, "Services", "Partners")),
                pick(rng, spec.suppliers),
            )
        elif kind == "candidate":
            comp = company(rng, OTHER_SECTORS) if rng.random() < 0.8 else ""
            title = pick(rng, spec.counterparts)
        elif kind == "other work":
            comp, title = company(rng, spec.sector), pick(rng, spec.counterparts + spec.peers)
        else:
            comp, title = pick(rng, job.clients), pick(rng, spec.counterparts)
            comp = with_form(rng, comp) if rng.random() < 0.3 else comp
        source = "engagement" if job.engagement else kind
    else:
        kind, source = "colleague", "colleague"
        u = rng.random()
        comp = (
            abbreviation(job.company)
            if u < habits.abbreviated
            else with_form(rng, job.company)
            if u < habits.abbreviated + 0.2
            else job.company
        )
        title = _title(rng, spec.peers + spec.own, habits.english_only)
    if rng.random() < habits.moved_on:  # the export shows today's company and title
        comp, title = (
            company(rng, spec.sector + OTHER_SECTORS),
            _title(rng, spec.peers + spec.counterparts + OTHER_TITLES, habits.english_only),
        )
    if job.engagement:
        kind = "client"
    email = f"{first[0]}.{last}@{comp.split()[0]}.be".lower().replace(" ", "") if (
        comp and rng.random() < 0.04) else ""  # fmt: skip
    return first, last, comp, title, day, email, ("work", employer, pos, kind, source)


def _private(rng, spec: Track, habits: Habits, jobs, gaps, career: Career, owner, first, last):
    reg, export = career.registered_on, career.exported_on
    u = rng.random()
    student_share = 0.45 if habits.joined_as_student else 0.15
    if u < student_share:
        source = "alumni"
        burst = min(reg + timedelta(days=int(rng.integers(0, 540))), export)
        day = burst if habits.joined_as_student else _day(rng, reg, export)
        if rng.random() < 0.5:  # a fellow student now in the owner's trade: hard on purpose
            comp, title = company(rng, spec.sector), _title(rng, spec.own + spec.peers, False)
        elif rng.random() < 0.5:
            comp, title = (
                pick(rng, SCHOOLS),
                pick(
                    rng,
                    ("Student", "Masterstudent", "Alumnus", "PhD Student", "Teaching Assistant"),
                ),
            )
        else:
            comp, title = company(rng, OTHER_SECTORS), pick(rng, OTHER_TITLES)
    else:
        day = _day(rng, reg, export)
        if gaps and rng.random() < 0.2:
            g0, g1 = gaps[0]
            lo, hi = max(_month(g0), reg), min(_month_end(g1), export)
            day, source = (_day(rng, lo, hi), "gap") if lo <= hi else (day, "friend")
        else:
            source = "friend"
        r = rng.random()
        if r < 0.12:
            last, source = owner[1], "family"
        if spec.category != "candidate" and r > 0.94:
            comp, title, source = (
                company(rng, ("Interim", "Staffing", "Talent")),
                pick(rng, ("Recruiter", "Executive Search Consultant", "Headhunter")),
                "recruiter",
            )
        elif rng.random() < habits.friends_in_trade:
            comp, title = company(rng, spec.sector), _title(rng, spec.own + spec.peers, False)
        else:
            comp, title = company(rng, OTHER_SECTORS), pick(rng, OTHER_TITLES)
    email = (f"{first}.{last}@{pick(rng, PERSONAL_DOMAINS)}".lower().replace(" ", "")
             if rng.random() < 0.05 else "")  # fmt: skip
    return first, last, comp, title, day, email, ("private", "", -1, "private", source)


def _assemble(rng, seed, track, career, habits, rows, jobs, index) -> ThirdPerson:
    rows.sort(key=lambda r: r[4], reverse=True)  # newest connection first, as LinkedIn lists
    n = len(rows)
    company_, title_ = [r[2] for r in rows], [r[3] for r in rows]
    for k in range(n):
        if rng.random() < habits.missing:
            company_[k], title_[k] = "", ""
    contacts = conform_contacts(pd.DataFrame({
        "first_name": [r[0] for r in rows],
        "last_name": [r[1] for r in rows],
        "url": [f"https://www.linkedin.com/in/{r[0]}-{r[1]}-{seed % 997}{k}".lower()
                .replace(" ", "").replace("'", "") for k, r in enumerate(rows)],
        "email": [r[5] for r in rows],
        "company": company_,
        "position": title_,
        "connected_on": pd.to_datetime([r[4] for r in rows]),
        "row": np.arange(1, n + 1),
        "duplicate": np.zeros(n, bool),
    }))  # fmt: skip
    labels = pd.DataFrame([r[6] for r in rows], columns=LABEL_COLUMNS)
    labels["position_index"] = labels["position_index"].astype(np.int64)
    client_lists = {index[i]: [with_form(rng, c) for c in j.clients if rng.random() < 0.8]
                    for i, j in enumerate(jobs) if not j.engagement}  # fmt: skip
    return ThirdPerson(seed, track, career, contacts, labels, habits, client_lists)


def iter_persons(n: int, *, seed: int = 0, tracks: tuple[str, ...] | None = None):
    """``n`` members from consecutive seeds, cycling through ``tracks`` (all by default)."""
    tracks = tracks or TRACK_NAMES
    for k in range(n):
        yield make_person(seed + k, tracks[k % len(tracks)])
