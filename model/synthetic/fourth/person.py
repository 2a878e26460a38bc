"""One member of the fourth generator: career, contacts and the truth per contact."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from ...career import Career, Position
from ...schema import conform_contacts
from . import ties
from .tracks import TRACK_NAMES, TRACKS
from .words import LOOSE_HEADLINES
from .worklife import WorkLife, make_worklife
from .writing import person_name, pick, title_as_written

LABEL_COLUMNS = ["label", "employer", "position_index", "category", "source"]
MAX_CONTACTS = 30_000  # LinkedIn's limit
NATURAL_MAX = 9_000  # the largest network drawn (a franchise owner, a networking officer)
_STREAM = 0x4F0A7  # this generator's own random stream
_EMAIL_DOMAINS = ("gmail.com", "hotmail.com", "ziggo.nl", "kpnmail.nl", "live.nl", "outlook.com",
                  "telenet.be", "skynet.be", "home.nl", "planet.nl")  # fmt: skip


@dataclass
class Habits:
    """How this member uses LinkedIn, drawn per member."""

    reach: float  # network size against the track's usual
    work_lean: float  # log-odds added to the track's work share
    blank_company: float  # share of contacts showing no company
    blank_title: float
    loose_title: float  # share with a headline that names no job
    course: bool  # a course burst during a job
    belgian: bool


@dataclass
class FourthPerson:
    """A member made by the fourth generator, with the fields training reads from any
    generator's persons: ``career``, ``contacts`` and ``labels`` row for row."""

    seed: int
    profession: str
    career: Career  # newest position first, as a reader returns it
    contacts: pd.DataFrame  # model.schema contact columns, newest connection first
    labels: pd.DataFrame  # LABEL_COLUMNS, row for row with contacts
    life: WorkLife
    habits: Habits
    client_lists: dict[int, list[str]] = field(default_factory=dict)
    listed: dict[int, int] = field(default_factory=dict)  # stint index -> position index

    def stint_of(self, position_index: int):
        """The job (:class:`.worklife.Stint`) behind ``career.positions[position_index]``."""
        for stint, position in self.listed.items():
            if position == position_index:
                return self.life.stints[stint]
        raise IndexError(f"no position {position_index}")

    def clients(self, position_index: int = 0) -> list[str]:
        """The customer list the employer of ``position_index`` could hand over ([] if none)."""
        return list(self.client_lists.get(position_index, []))


def draw_habits(rng) -> Habits:
    """A member's LinkedIn habits: mostly light users, a few heavy ones."""
    heavy = rng.random() < 0.06
    reach = float(rng.lognormal(0.0, 0.55)) * (float(rng.uniform(4, 15)) if heavy else 1.0)
    return Habits(
        reach=reach,
        work_lean=float(rng.normal(0, 0.5)) + (0.6 if heavy else 0.0),
        blank_company=float(rng.beta(1.5, 9)),
        blank_title=float(rng.beta(1.2, 14)),
        loose_title=float(rng.beta(1.2, 30)),
        course=bool(rng.random() < 0.3),
        belgian=bool(rng.random() < 0.25),
    )


def make_person(seed: int, track: str | None = None, n_contacts: int | None = None) -> FourthPerson:
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
    habits = draw_habits(rng)
    country = "BE" if habits.belgian else "NL"
    owner = person_name(rng, country)
    life = make_worklife(rng, spec, owner, country)
    years = max((life.exported - life.joined).days / 365.25, 0.2)
    total = n_contacts or int(np.clip(
        rng.lognormal(np.log(spec.size * habits.reach * min((years / 6) ** 0.5, 1.5)), 0.5),
        8, NATURAL_MAX))  # fmt: skip
    net = ties.Network(rng, life, owner)
    _fill(net, spec, habits, total)
    contacts, labels = _assemble(net, habits, total)
    career, listed = _career(life, owner)
    client_lists = {}
    for i, firms in net.portfolios.items():
        if i in listed and (spec.lists_clients or life.stints[i].kind in ("own", "family")):
            client_lists[listed[i]] = _client_list(rng, firms, life.country)
    return FourthPerson(seed, track, career, contacts, labels, life, habits, client_lists, listed)


def iter_persons(n: int, *, seed: int = 0, tracks: tuple[str, ...] | None = None):
    """``n`` members from seeds ``seed``, ``seed + 1``, ... cycling through ``tracks``."""
    tracks = tracks or TRACK_NAMES
    for k in range(n):
        yield make_person(seed + k, tracks[k % len(tracks)])


def _fill(net: ties.Network, spec, habits: Habits, total: int) -> None:
    rng, life = net.rng, net.life
    stints = life.stints
    listed = [i for i, s in enumerate(stints) if s.listed and s.kind != "school"]
    odds = np.log(spec.work / (1 - spec.work)) + habits.work_lean
    share = float(np.clip(1 / (1 + np.exp(-odds)), 0.05, 0.92)) if listed else 0.0
    # the conventions' special circles take a few contacts each, before the split
    for i, s in enumerate(stints):
        if s.kind == "family" and s.listed:
            ties.family_business(net, i, int(rng.integers(1, 5)))
        if s.kind == "own" and s.listed and rng.random() < 0.6:
            ties.friend_customers(net, i, int(rng.integers(1, 4)))
        if s.kind == "school" and rng.random() < 0.6:
            ties.school_job(net, i, int(rng.integers(1, 4)))
        if not s.listed and s.kind != "school":
            ties.unlisted_job(net, i, int(rng.integers(1, 5)))
    if habits.course and listed:
        ties.course(net)
    left = max(total - len(net.ties), 0)
    n_work = round(left * share)
    hires = rng.random() < spec.hires
    ties.work(net, n_work, hires)
    weights = dict(ties.PRIVATE)
    weights["recruiter"] *= ties.recruiter_share(life)
    ties.private(net, total - len(net.ties), weights)


def _career(life: WorkLife, owner: tuple[str, str]) -> tuple[Career, dict[int, int]]:
    """The listed jobs newest first, as Positions.csv gives them; stint -> position index."""
    order = sorted((i for i, s in enumerate(life.stints) if s.listed),
                   key=lambda i: (life.stints[i].start, i), reverse=True)  # fmt: skip
    positions = []
    for i in order:
        s = life.stints[i]
        location = (
            f"{s.place}, {'België' if life.country == 'BE' else 'Nederland'}" if s.place else ""
        )
        positions.append(Position(company=s.company, title=s.title, start=s.start, end=s.end,
                                  description=s.description, location=location))  # fmt: skip
    career = Career(positions=positions, owner_name=f"{owner[0]} {owner[1]}",
                    registered_on=life.joined, exported_on=life.exported)  # fmt: skip
    return career, {i: k for k, i in enumerate(order)}


def _client_list(rng, firms: list[str], country: str) -> list[str]:
    """What the business would hand over: most of its customer firms, and a few that no
    contact works at."""
    from .writing import elsewhere

    kept = [f for f in dict.fromkeys(firms) if f and rng.random() < 0.8]
    kept += [elsewhere(rng, country) for _ in range(int(rng.integers(0, 4)))]
    return list(dict.fromkeys(kept))


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "lid"


def _assemble(net: ties.Network, habits: Habits, total: int) -> tuple[pd.DataFrame, pd.DataFrame]:
    rng, life = net.rng, net.life
    people = net.ties[:total]
    n = len(people)
    company = np.array([p.company for p in people], dtype=object)
    title = np.array([title_as_written(rng, p.title, p.company) for p in people], dtype=object)
    # habits of the export, the same for work and private contacts
    company[rng.random(n) < habits.blank_company] = ""
    title[rng.random(n) < habits.blank_title] = ""
    for k in np.flatnonzero(rng.random(n) < habits.loose_title):
        title[k] = pick(rng, LOOSE_HEADLINES).replace("{company}", str(company[k]) or "eigen zaak")
    days = np.array([np.datetime64(p.day, "D") for p in people], dtype="datetime64[D]")
    shuffle = rng.permutation(n)
    order = shuffle[np.argsort(-days[shuffle].astype(np.int64), kind="stable")]
    _, listed = _career(life, net.owner)
    first = [people[k].first for k in order]
    last = [people[k].last for k in order]
    urls, email = [], []
    for k, (f, la) in enumerate(zip(first, last, strict=True)):
        tail = f"-{int(rng.integers(16**7, 16**8)):x}" if rng.random() < 0.7 else f"{k + 1}"
        urls.append(f"https://www.linkedin.com/in/{_slug(f)}-{_slug(la)}{tail}")
        email.append(f"{_slug(f)}.{_slug(la)}@{pick(rng, _EMAIL_DOMAINS)}".replace("-", "")
                     if rng.random() < 0.02 else "")  # fmt: skip
    contacts = conform_contacts(pd.DataFrame({
        "first_name": first, "last_name": last, "url": urls, "email": email,
        "company": company[order], "position": title[order],
        "connected_on": days[order].astype("datetime64[ns]"),
        "row": np.arange(1, n + 1), "duplicate": False,
    }))  # fmt: skip
    stints = life.stints
    labels = pd.DataFrame({
        "label": pd.array([people[k].label for k in order], dtype="str"),
        "employer": pd.array([stints[people[k].stint].company if people[k].stint >= 0 else ""
                              for k in order], dtype="str"),
        "position_index": np.array([listed.get(people[k].stint, -1) if people[k].stint >= 0 else -1
                                    for k in order], dtype=np.int64),
        "category": pd.array([people[k].category for k in order], dtype="str"),
        "source": pd.array([people[k].source for k in order], dtype="str"),
    })  # fmt: skip
    return contacts, labels
