"""One member of the fifth generator: career, network and the truth per contact.

The labelling conventions are listed, with their reasons, in the package docstring
(:mod:`model.synthetic.fifth`); each is named in the ``source`` column of the labels.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass, field
from datetime import date

import numpy as np
import pandas as pd

from ...career import Career
from ...schema import conform_contacts
from .career import Life, Stint, make_life
from .styling import company_text, position_text, seeking_or_blank
from .tracks import TRACK_NAMES, TRACKS, Track
from .words import (
    COMPANY_SUFFIXES,
    EVERYDAY_TITLES,
    GIVEN_MEN,
    GIVEN_WOMEN,
    NAME_PREFIXES,
    NAME_SUFFIXES,
    OFFICE_TITLES,
    ORGS,
    RECRUITER_TITLES,
    RENAMED,
    RETIRED_TITLES,
    SALES_TITLES,
    SELF_EMPLOYED,
    STUDENT_TITLES,
    SURNAMES,
)

LABEL_COLUMNS = ["label", "employer", "position_index", "category", "source"]
MAX_CONTACTS = 30_000  # LinkedIn's limit
_STREAM = 0x5F1F7B  # this generator's own random stream
# Private circles and their usual weights; recruiters and strangers move with the member.
_PRIVATE = {"friend": 0.2, "family": 0.06, "alumni": 0.17, "club": 0.12, "recruiter": 0.13,
            "stranger": 0.11, "second_degree": 0.12, "friend_at_employer": 0.03,
            "alumni_client": 0.03, "ex_pupil": 0.0}  # fmt: skip
# How much recruiters chase each track (lawyers, auditors and developers most).
_RECRUITER_PULL = {"lawyer": 1.6, "auditor": 1.8, "consultant": 1.4, "banker": 1.3,
                   "scaleup": 1.6, "teacher": 0.3, "medical_specialist": 0.5,
                   "psychologist": 0.5, "ngo_worker": 0.6, "journalist": 0.5}  # fmt: skip


@dataclass
class _Contact:
    first: str
    last: str
    company: str
    title: str  # the job, before the profile's own way of writing it
    day: int  # date ordinal
    source: str
    stint: int = -1  # the owner's stint (chronological) for work, -1 for private
    category: str = "private"


@dataclass
class FifthPerson:
    """A member made by the fifth generator: ``career``, ``contacts`` and ``labels`` row for
    row, as the other generators' persons; ``export_style`` says how their zip is written."""

    seed: int
    profession: str
    career: Career
    contacts: pd.DataFrame
    labels: pd.DataFrame
    life: Life
    export_style: dict
    client_lists: dict[int, list[str]] = field(default_factory=dict)
    accounts: dict[int, list[str]] = field(default_factory=dict)  # every client, per position

    def clients(self, position_index: int = 0) -> list[str]:
        """The client list the employer of ``position_index`` could hand over ([] if none)."""
        return list(self.client_lists.get(position_index, []))


def make_person(seed: int, track: str | None = None, n_contacts: int | None = None) -> FifthPerson:
    """A reproducible member of ``track`` (random when None); ``n_contacts`` fixes the size.

    Raises ValueError for an unknown track or a size outside 1..30,000.
    """
    rnd = random.Random(f"fifth:{seed}:{_STREAM}")
    if track is None:
        track = TRACK_NAMES[rnd.randrange(len(TRACK_NAMES))]
    if track not in TRACKS:
        raise ValueError(f"unknown track {track!r}; expected one of {TRACK_NAMES}")
    if n_contacts is not None and not 1 <= n_contacts <= MAX_CONTACTS:
        raise ValueError(f"n_contacts must be between 1 and {MAX_CONTACTS}, not {n_contacts}")
    spec = TRACKS[track]
    first, last = _name(rnd, owner=True)
    life = make_life(rnd, spec, first, last)
    net = _Network(rnd, spec, life)
    total = n_contacts or net.size()
    people = net.fill(total)
    contacts, labels = _assemble(rnd, net, people)
    style = _export_style(random.Random(f"fifth-export:{seed}"))
    listed = life.listed()
    accounts = {listed[i]: list(names) for i, names in net.portfolio.items()}
    return FifthPerson(seed, track, life.career(), contacts, labels, life, style,
                       net.client_lists(), accounts)  # fmt: skip


def iter_persons(n: int, *, seed: int = 0, tracks: tuple[str, ...] | None = None):
    """``n`` members from seeds ``seed``, ``seed + 1``, ... cycling through ``tracks``."""
    tracks = tracks or tuple(TRACK_NAMES)
    for k in range(n):
        yield make_person(seed + k, tracks[k % len(tracks)])


def _name(rnd: random.Random, owner: bool = False) -> tuple[str, str]:
    first = rnd.choice(GIVEN_WOMEN if rnd.random() < 0.5 else GIVEN_MEN)
    last = rnd.choice(SURNAMES)
    if last[0].islower() and rnd.random() < 0.12:  # "Van der Meer" as some write it
        last = last[0].upper() + last[1:]
    if not owner and rnd.random() < 0.04:  # degrees and pronouns typed into the name fields
        draw = rnd.random()
        if draw < 0.4:
            first = f"{rnd.choice(NAME_PREFIXES)} {first}"
        else:
            last = f"{last}{rnd.choice(NAME_SUFFIXES)}"
    return first, last


def _export_style(rnd: random.Random) -> dict:
    """How this member's export zip is written (see :mod:`.writer`)."""
    return {
        "notes": rnd.random() < 0.8,  # exports before 2022 had no "Notes:" preamble
        "quote_all": rnd.random() < 0.3,
        "crlf": rnd.random() < 0.4,
        "bom": rnd.random() < 0.1,
        "positions": rnd.random() < 0.9,  # some exports come without Positions.csv
        "complete": rnd.random() < 0.3,  # the "complete" archive rather than the basic one
        "extras": rnd.random() < 0.5,  # Skills.csv, Languages.csv, Email Addresses.csv
    }


class _Network:
    """Draws the member's contacts circle by circle."""

    def __init__(self, rnd: random.Random, track: Track, life: Life):
        self.rnd, self.track, self.life = rnd, track, life
        self.networker = rnd.lognormvariate(-0.3, 0.85)  # light users beside heavy networkers
        self.loudness = rnd.betavariate(1.5, 9)  # the network's taste for headlines
        self.blank_company = rnd.uniform(0.02, 0.1)
        self.start = life.joined.toordinal()
        self.end = life.exported.toordinal()
        # each client-serving stint has its own accounts, a few large and many small
        self.portfolio: dict[int, list[str]] = {}
        for i, s in enumerate(life.stints):
            if track.client_sectors and s.side in ("own", "business"):
                n = rnd.randint(3, 25)
                pool = [o for sec in track.client_sectors for o in ORGS[sec]]
                self.portfolio[i] = rnd.sample(pool, min(n, len(pool)))
        self.followed: dict[int, set[str]] = {}  # clients who came along to a later stint

    # --- sizes and shares ----------------------------------------------------------------

    def size(self) -> int:
        """How many contacts the member has: the track's size, the member's taste for
        networking and their years on LinkedIn."""
        years = max((self.end - self.start) / 365.25, 0.3)
        scale = min(math.sqrt(years / 8), 1.5)
        value = self.track.size * self.networker * scale * self.rnd.lognormvariate(0, 0.3)
        return int(min(max(value, 12), MAX_CONTACTS))

    def fill(self, total: int) -> list[_Contact]:
        """``total`` contacts: the member's work share of them drawn by kind of work tie,
        the rest by kind of private tie."""
        rnd, track = self.rnd, self.track
        odds = math.log(track.work_share / (1 - track.work_share)) + rnd.gauss(0, 0.45)
        share = 1 / (1 + math.exp(-odds))
        n_work = round(total * min(max(share, 0.08), 0.92))
        kinds = list(track.kinds)
        weights = [track.kinds[k] * rnd.gammavariate(4, 0.25) for k in kinds]
        people = [self.work(kind) for kind in rnd.choices(kinds, weights, k=n_work)]
        private = dict(_PRIVATE)
        private["recruiter"] *= _RECRUITER_PULL.get(track.name, 1.0) * rnd.uniform(0.4, 1.8)
        private["stranger"] *= self.networker
        if track.name in ("teacher", "researcher"):
            private["ex_pupil"] = 0.12
        if not self.portfolio:
            private["alumni_client"] = 0.0
        names = list(private)
        weights = [private[k] * rnd.gammavariate(3, 1 / 3) for k in names]
        people += [self.private(kind) for kind in rnd.choices(names, weights, k=total - n_work)]
        return people

    # --- work ------------------------------------------------------------------------------

    def _pick_stint(self, kind: str) -> int:
        """A stint weighted by its years on LinkedIn (a stint before joining gives the few
        looked up later), never one without that kind of contact."""
        weights = []
        for s in self.life.stints:
            lo, hi = s.start.toordinal(), s.until(self.life.exported).toordinal()
            on = max(0, hi - max(lo, self.start)) / 365.25
            off = max(0, min(hi, self.start) - lo) / 365.25
            w = min(on, 10) ** 0.85 + 0.15 * min(off, 10)
            if kind == "client" and s.side == "client":
                w = 0.0
            if kind == "colleague" and s.side == "business":
                w *= 0.15
            if kind == "candidate" and s.side != "own":
                w *= 0.2
            weights.append(max(w, 0.0))
        if sum(weights) <= 0:
            weights = [1.0] * len(weights)
        return self.rnd.choices(range(len(weights)), weights)[0]

    def _day_in(self, s: Stint) -> int:
        """A day during ``s`` on LinkedIn; for a stint before joining, soon after joining."""
        lo = max(s.start.toordinal(), self.start)
        hi = min(s.until(self.life.exported).toordinal(), self.end)
        if hi < lo:
            return min(self.start + int(self.rnd.expovariate(1 / 200)), self.end)
        if lo == self.start and self.rnd.random() < 0.3:  # the burst of joining LinkedIn
            return min(self.start + int(self.rnd.expovariate(1 / 60)), hi)
        return self.rnd.randint(lo, hi)

    def work(self, kind: str) -> _Contact:
        """A work contact of ``kind`` (colleague, client, supplier, candidate; anything else a
        fellow professional) met at a stint drawn by its years on LinkedIn."""
        if kind == "client" and not self.portfolio:
            kind = "peer"
        i = self._pick_stint(kind)
        first, last = _name(self.rnd)
        day = self._day_in(self.life.stints[i])
        meet = {"colleague": self._colleague, "client": self._client,
                "supplier": self._supplier, "candidate": self._candidate}  # fmt: skip
        return meet.get(kind, self._peer)(i, first, last, day)

    def _colleague(self, i: int, first: str, last: str, day: int) -> _Contact:
        """A colleague of stint ``i`` (or a fellow freelancer of one's own business), maybe
        connected after one of them left, maybe working elsewhere by now."""
        rnd, track, s = self.rnd, self.track, self.life.stints[i]
        years_ago = (self.end - day) / 365.25
        source = "colleague"
        after = bool(s.end) and rnd.random() < 0.12 and s.end.toordinal() < self.end - 30
        if after:  # connected after one of them left: still the colleague of that job
            lo = max(s.end.toordinal(), self.start)
            day = rnd.randint(lo, min(lo + 3 * 365, self.end))
        titles = (
            _staff_titles(s.company)
            if s.side == "client"
            else (track.colleagues + track.ladder[rnd.randrange(4)])
        )
        company = s.now_called
        if s.renamed_to:
            source = "colleague_renamed_employer"
        if s.side == "business":
            company, titles = rnd.choice(SELF_EMPLOYED), track.colleagues
            source = "associate"
        elif s.seconded_to and rnd.random() < 0.1:
            company, source = s.seconded_to, "colleague_seconded"
        if after:
            source = "colleague_after_leaving"
        moved = self._moved(company, years_ago, s.end is None, track.sector)
        title = rnd.choice(titles)
        if moved != company and moved in _OUTSIDE and rnd.random() < 0.7:
            title = rnd.choice(OFFICE_TITLES)  # a new line of work where they went
        return _Contact(first, last, moved, title, day, source, i, "colleague")

    def _client(self, i: int, first: str, last: str, day: int) -> _Contact:
        """A client of stint ``i``: the client one was seconded to, or one of its accounts
        (which may follow the member to a later job)."""
        rnd, track, s = self.rnd, self.track, self.life.stints[i]
        years_ago = (self.end - day) / 365.25
        source = "client"
        if s.seconded_to and rnd.random() < 0.6:
            company, source = s.seconded_to, "client_during_secondment"
        else:
            accounts = self.portfolio[i]
            company = accounts[min(int(rnd.expovariate(0.35)), len(accounts) - 1)]
            later = [j for j in range(i + 1, len(self.life.stints))
                     if j in self.portfolio]  # fmt: skip
            if later and rnd.random() < 0.1:  # this client followed the member
                self.followed.setdefault(later[0], set()).add(company)
                source = "client_followed_member"
        pool = [o for sec in track.client_sectors for o in ORGS[sec]]
        company = self._moved(company, years_ago, False, None, pool)
        return _Contact(first, last, company, rnd.choice(track.client_titles), day, source,
                        i, "client")  # fmt: skip

    def _supplier(self, i: int, first: str, last: str, day: int) -> _Contact:
        """A supplier of stint ``i``'s employer, or a salesperson pitching it unasked."""
        rnd, track = self.rnd, self.track
        if rnd.random() < 0.35:  # a salesperson pitching the employer, unasked
            return _Contact(first, last, rnd.choice(ORGS["vendor"]), rnd.choice(SALES_TITLES),
                            day, "cold_pitch", i, "supplier")  # fmt: skip
        return _Contact(first, last, rnd.choice(ORGS[track.supplier_sector]),
                        rnd.choice(track.supplier_titles), day, "supplier", i, "supplier")  # fmt: skip

    def _candidate(self, i: int, first: str, last: str, day: int) -> _Contact:
        """An applicant to stint ``i``'s employer: a student, a job seeker, a professional."""
        rnd = self.rnd
        if rnd.random() < 0.3:
            title, company = seeking_or_blank(rnd)
        else:
            title = rnd.choice(self.track.colleagues + STUDENT_TITLES)
            company = rnd.choice(ORGS["saas"] + ORGS["everyday"])
        return _Contact(first, last, company, title, day, "candidate", i, "candidate")

    def _peer(self, i: int, first: str, last: str, day: int) -> _Contact:
        """A fellow professional met during stint ``i``: at a conference, in a case, on a
        panel; at another organisation than the member's own."""
        rnd, track, s = self.rnd, self.track, self.life.stints[i]
        sector = rnd.choice(track.peer_sectors)
        company = rnd.choice([o for o in ORGS[sector] if o not in (s.company, s.now_called)])
        source = "conference" if rnd.random() < 0.5 else "peer"
        titles = track.peer_titles
        if sector != track.sector and rnd.random() < 0.5:  # the staff of that other world
            titles = _SECTOR_STAFF.get(sector, titles)
        return _Contact(first, last, company, rnd.choice(titles), day, source, i, "other work")

    def _moved(self, company: str, years_ago: float, current: bool, sector: str | None,
               pool: list[str] | None = None) -> str:  # fmt: skip
        """Where a contact works now: still at ``company``, or moved on (the export shows
        the contact's current company, not the one they had when connecting)."""
        rnd = self.rnd
        stay = math.exp(-years_ago / 7) * (0.95 if current else 0.8)
        if rnd.random() < stay:
            return company
        if rnd.random() < 0.15:  # on their own now, under a trade name or a holding
            if rnd.random() < 0.3:
                return f"{rnd.choice(SURNAMES).split()[-1]} Holding B.V."
            return rnd.choice(SELF_EMPLOYED)
        options = pool or (ORGS[sector] if sector else ORGS["everyday"])
        if rnd.random() < 0.3:
            options = ORGS["everyday"]
        moved_to = rnd.choice(options)
        # where they went is called by its name of today, unless the profile is stale
        return RENAMED.get(moved_to, moved_to) if rnd.random() < 0.85 else moved_to

    # --- private -------------------------------------------------------------------------

    def _private_day(self, burst: float) -> int:
        """A day on LinkedIn; ``burst`` of them in the first months after joining."""
        rnd = self.rnd
        if rnd.random() < burst:
            return min(self.start + int(rnd.expovariate(1 / 90)), self.end)
        # the network grows faster in later years
        return int(self.start + (self.end - self.start) * rnd.random() ** 0.7)

    def private(self, kind: str) -> _Contact:
        """A private contact of ``kind`` (family, alumni, recruiter, stranger, friend at a
        later employer, ex-pupil, friend, club, second degree)."""
        rnd = self.rnd
        first, last = _name(rnd)
        everyday_title = rnd.choice(EVERYDAY_TITLES)
        everyday_org = rnd.choice(ORGS["everyday"] + ORGS[rnd.choice(list(ORGS))])
        if kind == "family":
            return self._relative(first, last, everyday_org, everyday_title)
        if kind in ("alumni", "alumni_client"):
            return self._classmate(first, last, kind)
        if kind == "recruiter":
            return _Contact(first, last, rnd.choice(ORGS["recruitment"]),
                            rnd.choice(RECRUITER_TITLES), self._private_day(0.0), kind)  # fmt: skip
        if kind == "stranger":  # accepted invitations from people one never met
            title = rnd.choice(SALES_TITLES + EVERYDAY_TITLES + RECRUITER_TITLES[:4])
            return _Contact(first, last, everyday_org, title, self._private_day(0.0), kind)
        if kind == "friend_at_employer":
            friend = self._friend_at_employer(first, last)
            if friend is not None:
                return friend
            kind = "friend"
        if kind == "ex_pupil":  # former pupils or students, connecting as adults
            title = rnd.choice(STUDENT_TITLES + EVERYDAY_TITLES)
            return _Contact(first, last, everyday_org, title, self._private_day(0.0), kind)
        if rnd.random() < 0.05:
            everyday_title = rnd.choice(STUDENT_TITLES + RETIRED_TITLES)
        burst = {"friend": 0.35, "club": 0.15, "second_degree": 0.1}.get(kind, 0.1)
        return _Contact(first, last, everyday_org, everyday_title, self._private_day(burst), kind)

    def _relative(self, first: str, last: str, org: str, everyday_title: str) -> _Contact:
        """A relative: half share the member's surname; students and the retired among them."""
        rnd = self.rnd
        if rnd.random() < 0.5:
            last = self.life.last
        draw = rnd.random()
        title = (rnd.choice(STUDENT_TITLES) if draw < 0.2 else
                 rnd.choice(RETIRED_TITLES) if draw < 0.35 else everyday_title)  # fmt: skip
        return _Contact(first, last, org, title, self._private_day(0.4), "family")

    def _classmate(self, first: str, last: str, kind: str) -> _Contact:
        """A classmate of the same study: the same line of work, but a private tie."""
        rnd, track = self.rnd, self.track
        day = self._alumni_day()
        if kind == "alumni_client":  # a classmate who later became a client
            accounts = [o for i in self.portfolio for o in self.portfolio[i]]
            return _Contact(first, last, rnd.choice(accounts),
                            rnd.choice(track.client_titles), day, kind)  # fmt: skip
        title = rnd.choice(track.colleagues + track.ladder[rnd.randrange(4)])
        pool = ORGS[track.sector] + ORGS[rnd.choice(track.peer_sectors or (track.sector,))]
        return _Contact(first, last, rnd.choice(pool), title, day, kind)

    def _friend_at_employer(self, first: str, last: str) -> _Contact | None:
        """A friend first, who happens to work where the member went later; None when the
        member went nowhere later."""
        rnd = self.rnd
        first_there = {}
        for s in self.life.stints:
            if s.side != "business":
                first_there.setdefault(s.company, s)
        later = [s for s in first_there.values() if s.start.toordinal() > self.start + 60]
        if not later:
            return None
        s = rnd.choice(later)
        day = rnd.randint(self.start, s.start.toordinal() - 1)
        return _Contact(first, last, s.now_called, rnd.choice(self.track.colleagues), day,
                        "friend_at_employer")  # fmt: skip

    def _alumni_day(self) -> int:
        graduated = self.life.graduated.toordinal()
        if self.start < graduated and self.rnd.random() < 0.6:
            return self.rnd.randint(self.start, min(graduated, self.end))
        return self._private_day(0.3)

    def client_lists(self) -> dict[int, list[str]]:
        """Per listed position, what its employer could hand over: most accounts, as the
        employer writes them, plus the clients who came along from an earlier job."""
        if not self.track.hands_client_list:
            return {}
        rnd, listed = self.rnd, self.life.listed()
        lists = {}
        for i, accounts in self.portfolio.items():
            names = list(accounts) + sorted(self.followed.get(i, ()))
            kept = [n + rnd.choice(COMPANY_SUFFIXES[:2]) if rnd.random() < 0.2 else n
                    for n in names if rnd.random() < 0.8]  # fmt: skip
            lists[listed[i]] = kept
        return lists


_SECTOR_STAFF = {t.sector: t.colleagues for t in TRACKS.values()}
_SECTOR_STAFF["justice"] = ("Rechter", "Griffier", "Officier van Justitie", "Senior rechter",
                            "Juridisch medewerker", "Gerechtsauditeur", "Advocaat-generaal")  # fmt: skip
_OUTSIDE = frozenset(ORGS["everyday"]) | frozenset(SELF_EMPLOYED)


def _staff_titles(company: str) -> tuple[str, ...]:
    """Titles of the staff of an employer outside the member's own track: those of the track
    whose world it belongs to, else office titles."""
    for track in TRACKS.values():
        if company in ORGS[track.sector]:
            return track.colleagues
    return OFFICE_TITLES


def _assemble(rnd: random.Random, net: _Network, people: list[_Contact]):
    """Contacts (schema frame, newest first) and labels, row for row."""
    listed, career_positions = net.life.listed(), net.life.career().positions
    rows, truth = [], []
    for k, p in enumerate(people):
        rows.append(_contact_row(rnd, net, k, p))
        if p.stint >= 0:
            idx = listed[p.stint]
            truth.append(("work", career_positions[idx].company, idx, p.category, p.source))
        else:
            truth.append(("private", "", -1, "private", p.source))
    days = np.array([r[6] for r in rows], dtype=np.int64)
    shuffle = np.array(rnd.sample(range(len(rows)), len(rows)), dtype=np.int64)
    order = shuffle[np.argsort(-days[shuffle], kind="stable")]  # newest first
    return _contacts_frame(rows, days, order), _labels_frame(truth, order)


def _contact_row(rnd: random.Random, net: _Network, k: int, p: _Contact) -> tuple:
    """Contact ``k`` as the export shows it: first and last name, URL, e-mail, company,
    position, day (an ordinal)."""
    title, company = p.title, company_text(rnd, p.company)
    if p.source not in ("candidate",) and rnd.random() < 0.015:
        title, company = seeking_or_blank(rnd)
    elif rnd.random() < net.blank_company:
        company = ""
    position = position_text(rnd, title, company, p.source, net.loudness)
    if rnd.random() < 0.02:  # a profile with no current job shows no title
        position = ""
    email = _email(rnd, p, company)
    slug = f"{p.first}-{p.last}".lower().replace(" ", "-")
    url = f"https://www.linkedin.com/in/{slug}-{k * 7919 + rnd.randrange(1 << 20):x}"
    return (p.first, p.last, url, email, company, position, p.day)


def _contacts_frame(rows: list[tuple], days: np.ndarray, order: np.ndarray) -> pd.DataFrame:
    """The contacts in ``order`` as a schema frame."""
    epoch = date(1970, 1, 1).toordinal()
    return conform_contacts(pd.DataFrame({
        "first_name": [rows[k][0] for k in order], "last_name": [rows[k][1] for k in order],
        "url": [rows[k][2] for k in order], "email": [rows[k][3] for k in order],
        "company": [rows[k][4] for k in order], "position": [rows[k][5] for k in order],
        "connected_on": (days[order] - epoch).astype("datetime64[D]").astype("datetime64[ns]"),
        "row": np.arange(1, len(rows) + 1), "duplicate": False,
    }))  # fmt: skip


def _labels_frame(truth: list[tuple], order: np.ndarray) -> pd.DataFrame:
    """The labels in ``order``, row for row with the contacts."""
    return pd.DataFrame({
        "label": pd.array([truth[k][0] for k in order], dtype="str"),
        "employer": pd.array([truth[k][1] for k in order], dtype="str"),
        "position_index": np.array([truth[k][2] for k in order], dtype=np.int64),
        "category": pd.array([truth[k][3] for k in order], dtype="str"),
        "source": pd.array([truth[k][4] for k in order], dtype="str"),
    })  # fmt: skip


def _email(rnd: random.Random, p: _Contact, company: str) -> str:
    """Mostly empty, as LinkedIn shows only those who allow it."""
    if rnd.random() > 0.03:
        return ""
    local = f"{p.first}.{p.last}".lower().replace(" ", "")
    if p.stint >= 0 and company and rnd.random() < 0.6:
        domain = "".join(ch for ch in company.lower() if ch.isalnum())[:20] or "mail"
        return f"{local}@{domain}.nl"
    return f"{local}@{rnd.choice(('gmail.com', 'hotmail.com', 'outlook.com', 'ziggo.nl', 'kpnmail.nl'))}"
