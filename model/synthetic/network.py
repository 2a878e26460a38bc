"""A network from latent sources: who the owner knows, from where, and the ground truth.

Each source (family, school friends, colleagues of one employer, that employer's clients, ...)
yields a block of contacts with names, current company and title, the day they connected and
the label, employer and category a person who knows the story would give them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

import numpy as np

from ..career import Career
from .careers import Job
from .companies import make_companies
from .names import first_names, surnames
from .population import Population, pick_fields, random_fields, titles_for
from .professions import PRIVATE_SOURCES, WORK_SOURCES, Profession

_EPOCH = date(1970, 1, 1)
_YEAR = 365.25


def day_number(d: date) -> int:
    return (d - _EPOCH).days


@dataclass
class Block:
    """Contacts of one latent source; every array has one entry per contact."""

    source: str
    first: np.ndarray
    last: np.ndarray
    company: np.ndarray
    title: np.ndarray
    day: np.ndarray  # days since 1970-01-01
    position_index: np.ndarray  # -1 for private contacts

    @property
    def label(self) -> str:
        return "work" if self.source in WORK_SOURCES else "private"

    @property
    def category(self) -> str:
        return WORK_SOURCES.get(self.source, "private")


@dataclass
class Network:
    """What the sources share: the owner, the career, the population and per-job pools."""

    rng: np.random.Generator
    spec: Profession
    career: Career
    jobs: list[Job]
    owner_last: str
    n_total: int
    population: Population = field(init=False)
    join: int = field(init=False)
    export: int = field(init=False)
    specialism: tuple[str, ...] = field(init=False)
    _clients: dict[int, np.ndarray] = field(default_factory=dict, init=False)
    _suppliers: dict[int, np.ndarray] = field(default_factory=dict, init=False)

    def __post_init__(self) -> None:
        self.population = Population(self.rng, self.n_total)
        self.join = day_number(self.career.registered_on)
        self.export = day_number(self.career.exported_on)
        fields = self.spec.candidate_fields
        self.specialism = fields[self.rng.integers(len(fields))] if fields else ()
        self._activity = self._activity_curve()

    def _activity_curve(self) -> np.ndarray:
        """Cumulative LinkedIn activity per day since joining: busy and quiet years, growing.

        Every source samples its dates through it, so quiet years are quiet for work and
        private contacts alike.
        """
        days = np.arange(self.join, self.export + 1)
        years = (days - self.join) // 365
        per_year = self.rng.gamma(1.5, 1.0, int(years.max()) + 1) + 0.15
        per_year *= 1 + 0.08 * np.arange(len(per_year))  # usage grows over the years
        return np.cumsum(per_year[years])

    def sample_days(self, lo: int, hi: int, n: int) -> np.ndarray:
        """``n`` days in ``lo..hi`` (inside the LinkedIn years), following the activity curve."""
        lo, hi = max(lo, self.join), min(hi, self.export)
        if lo > hi:
            return np.full(n, hi, dtype=np.int64)
        cum = self._activity
        a = cum[lo - self.join - 1] if lo > self.join else 0.0
        b = cum[hi - self.join]
        offsets = np.searchsorted(cum, a + self.rng.random(n) * (b - a), side="right")
        return (self.join + np.minimum(offsets, hi - self.join)).astype(np.int64)

    # -- timing -------------------------------------------------------------------------
    def window(self, i: int) -> tuple[int, int]:
        """Days of job ``i`` on LinkedIn, (lo, hi); lo > hi when it ended before joining."""
        pos = self.jobs[i].position
        lo = max(day_number(pos.start) if pos.start else self.join, self.join)
        hi = min(day_number(pos.end) if pos.end else self.export, self.export)
        return lo, hi

    def continued(self, i: int) -> bool:
        """Whether job ``i`` went on at the same employer (a promotion listed separately)."""
        end = self.jobs[i].position.end
        if end is None:
            return False
        return any(
            j.company == self.jobs[i].company
            and j.position.start is not None
            and 0 <= (j.position.start - end).days <= 62
            for j in self.jobs
        )

    def promoted(self, i: int) -> bool:
        """Whether job ``i`` continues an earlier position at the same employer."""
        return any(self.continued(k) and self.jobs[k].company == self.jobs[i].company
                   and self.jobs[k].position.end < self.jobs[i].position.start
                   and (self.jobs[i].position.start - self.jobs[k].position.end).days <= 62
                   for k in range(len(self.jobs)))  # fmt: skip

    def burst(self, n: int) -> np.ndarray:
        """Days in the first burst after joining LinkedIn (old friends find you)."""
        days = self.join + self.rng.exponential(100, n).astype(np.int64)
        return np.minimum(days, self.export)

    def any_time(self, n: int) -> np.ndarray:
        """Days spread over the owner's LinkedIn years, as active as the owner was."""
        return self.sample_days(self.join, self.export, n)

    def in_job(self, i: int, n: int, early: float = 0.0) -> np.ndarray:
        """Days inside job ``i``, a share ``early`` in its first months (new colleagues).

        Jobs that ended before the owner joined LinkedIn reconnect in the joining burst.
        """
        lo, hi = self.window(i)
        if lo > hi:
            return self.burst(n)
        days = self.sample_days(lo, hi, n)
        first = self.rng.random(n) < early
        days[first] = np.minimum(lo + self.rng.exponential(60, first.sum()).astype(np.int64), hi)
        return days

    def moved_on(self, days: np.ndarray, rate_years: float = 5.0) -> np.ndarray:
        """Whether each contact has changed company since connecting on ``days``."""
        years = (self.export - days) / _YEAR
        return self.rng.random(len(days)) < 1 - np.exp(-years / rate_years)

    # -- companies ------------------------------------------------------------------------
    def employer_names(self, i: int, n: int) -> np.ndarray:
        """How ``n`` colleagues write employer ``i``: mostly the owner's spelling, some variants."""
        variants = np.array(self.jobs[i].company.variants(), dtype=object)
        p = np.full(len(variants), 0.45 / max(1, len(variants) - 1))
        p[0] = 0.55 if len(variants) > 1 else 1.0
        return variants[self.rng.choice(len(variants), n, p=p / p.sum())]

    def elsewhere(self, fields: np.ndarray) -> np.ndarray:
        """Companies fitting each row's field, for contacts who moved on or never were near."""
        return self.population.companies(self.population.sectors_for(fields))

    def _partner_pool(self, cache: dict, i: int, n: int, sectors, per: float) -> np.ndarray:
        """The organisations job ``i`` deals with (object array of Company), made once."""
        if i not in cache:
            k = int(np.clip(round(n / per), 2, 150))
            sector = None
            if sectors:
                sector = sectors[self.rng.integers(len(sectors))]
            companies = make_companies(self.rng, k, sector)
            if sectors and len(sectors) > 1:  # mix sectors within one employer's clients
                companies = [*companies[: k // 2], *_mixed(self.rng, k - k // 2, sectors)]
            pool = np.empty(len(companies), dtype=object)
            pool[:] = companies
            others = [other for other in cache.values() if len(other)]
            if others:  # the owner takes a few accounts along to the next employer
                earlier = np.concatenate(others)
                shared = self.rng.random(len(pool)) < 0.15
                pool[shared] = earlier[self.rng.integers(0, len(earlier), shared.sum())]
            cache[i] = pool
        return cache[i]

    def partners(self, kind: str, i: int, n: int) -> np.ndarray:
        """``n`` client or supplier company names of job ``i``; big accounts have many contacts.

        Each organisation has a usual spelling (with or without its legal form) and a few
        contacts type another one.
        """
        spec = self.spec
        if kind == "client":
            pool = self._partner_pool(self._clients, i, n, spec.client_sectors, 6.0)
        else:
            pool = self._partner_pool(self._suppliers, i, n, spec.supplier_sectors, 3.0)
        weights = 1.0 / np.arange(1, len(pool) + 1) ** 0.9
        picks = self.rng.choice(len(pool), n, p=weights / weights.sum())
        other = self.rng.random(n) < 0.2
        pick_variant = self.rng.integers(0, 1 << 30, n)
        names = np.empty(n, dtype=object)
        for k, (idx, alt) in enumerate(zip(picks, other, strict=True)):
            company = pool[idx]
            usual = company.name if len(company.name) % 5 < 2 else company.short
            variants = company.variants()
            names[k] = variants[pick_variant[k] % len(variants)] if alt else usual
        return names

    def client_lists(self) -> dict[int, list[str]]:
        """Per job, the client list its employer keeps: most of the clients met (in the
        employer's own spelling), plus prospects the owner never connected with."""
        out = {}
        for i, pool in sorted(self._clients.items()):
            kept = pool[self.rng.random(len(pool)) < 0.8]
            prospects = make_companies(self.rng, int(self.rng.integers(0, 1 + len(pool) // 3)))
            names = [c.name for c in kept] + [c.name for c in prospects]
            out[i] = sorted(set(names), key=str.lower)
        return out


def _mixed(rng: np.random.Generator, k: int, sectors: tuple[str, ...]):
    out = []
    for _ in range(k):
        out.extend(make_companies(rng, 1, sectors[rng.integers(len(sectors))]))
    return out


def _names(net: Network, n: int) -> tuple[np.ndarray, np.ndarray]:
    return first_names(net.rng, n), surnames(net.rng, n)


def _block(net: Network, source: str, n: int, company, title, day, position: int = -1) -> Block:
    first, last = _names(net, n)
    return Block(source, first, last, np.asarray(company, dtype=object),
                 np.asarray(title, dtype=object), np.asarray(day, dtype=np.int64),
                 np.full(n, position, dtype=np.int64))  # fmt: skip


# -- work sources ---------------------------------------------------------------------------
def _colleague_fields(net: Network, n: int) -> np.ndarray:
    # Half the colleagues do what the owner does; the rest are support and management.
    fields = pick_fields(net.rng, net.spec.colleague_fields, n)
    same = net.rng.random(n) < 0.5
    fields[same] = net.spec.colleague_fields[0]
    return fields


def colleagues(net: Network, i: int, n: int) -> Block:
    days = net.in_job(i, n, early=0.0 if net.promoted(i) else 0.35)
    fields = _colleague_fields(net, n)
    company = net.employer_names(i, n)
    left = net.moved_on(days, 4.0)
    company[left] = net.elsewhere(fields[left])
    return _block(net, "colleague", n, company, titles_for(net.rng, fields), days, i)


def ex_colleagues(net: Network, i: int, n: int) -> Block:
    end = net.jobs[i].position.end
    base = max(day_number(end), net.join) if end else net.export
    days = np.minimum(base + net.rng.exponential(40, n).astype(np.int64), net.export)
    fields = _colleague_fields(net, n)
    company = net.employer_names(i, n)
    left = net.rng.random(n) < 0.35
    company[left] = net.elsewhere(fields[left])
    return _block(net, "ex_colleague", n, company, titles_for(net.rng, fields), days, i)


def colleague_friends(net: Network, i: int, n: int) -> Block:
    # Met at work, became friends, connected whenever: label work, yet most clues say private.
    lo, _ = net.window(i)
    lo = min(lo, net.export)
    days = net.sample_days(lo, net.export, n)
    fields = np.where(net.rng.random(n) < 0.5, pick_fields(net.rng, net.spec.colleague_fields, n),
                      random_fields(net.rng, n))  # fmt: skip
    company = net.elsewhere(fields)
    stayed = net.rng.random(n) < 0.3
    company[stayed] = net.employer_names(i, int(stayed.sum()))
    return _block(net, "colleague_friend", n, company, titles_for(net.rng, fields), days, i)


def partners(net: Network, kind: str, i: int, n: int) -> Block:
    days = net.in_job(i, n)
    end = net.jobs[i].position.end
    if end is not None and net.join <= day_number(end) < net.export and not net.continued(i):
        # Former clients connect after the owner's move: still work for the old employer.
        late = net.rng.random(n) < 0.1
        after = day_number(end) + net.rng.exponential(75, late.sum()).astype(np.int64)
        days[late] = np.minimum(after, net.export)
    spec = net.spec
    if kind == "client":
        fields = pick_fields(net.rng, spec.client_fields or ("management",), n)
    else:
        fields = pick_fields(net.rng, spec.supplier_fields, n)
    company = net.partners(kind, i, n)
    left = net.moved_on(days, 6.0)
    if kind == "client" and spec.private_clients:
        # consumers (house buyers, mortgage clients): any job, any employer
        consumer = net.rng.random(n) < spec.private_clients
        fields[consumer] = random_fields(net.rng, int(consumer.sum()))
        left |= consumer
    company[left] = net.elsewhere(fields[left])
    return _block(net, kind, n, company, titles_for(net.rng, fields), days, i)


def recruiter_contacts(net: Network, n: int) -> Block:
    """Recruiters who approach the owner about jobs: private, often around job changes."""
    days = net.any_time(n)
    starts = [day_number(j.position.start) for j in net.jobs if j.position.start]
    starts = [d for d in starts if net.join < d <= net.export]
    if starts:  # job hunting: the months before a new job
        near = net.rng.random(n) < 0.4
        picked = np.array(starts)[net.rng.integers(0, len(starts), near.sum())]
        before = picked - net.rng.integers(0, 120, near.sum())
        days[near] = np.clip(before, net.join, net.export)
    fields = np.full(n, "recruitment", dtype=object)
    company = net.population.companies(np.full(n, "recruitment", dtype=object))
    return _block(net, "recruiter_contact", n, company, titles_for(net.rng, fields), days)


def candidates(net: Network, i: int, n: int) -> Block:
    days = net.in_job(i, n)
    fields = pick_fields(net.rng, net.specialism or ("sales",), n)
    titles = titles_for(net.rng, fields)
    company = net.elsewhere(fields)
    looking = net.rng.random(n) < 0.08
    titles[looking] = titles_for(net.rng, np.full(looking.sum(), "other", dtype=object))
    return _block(net, "candidate", n, company, titles, days, i)


def industry(net: Network, i: int, n: int) -> Block:
    days = net.in_job(i, n)
    fields = pick_fields(net.rng, net.spec.industry_fields or net.spec.colleague_fields, n)
    sectors = np.array(net.spec.sectors, dtype=object)[
        net.rng.integers(0, len(net.spec.sectors), n)
    ]
    other = net.rng.random(n) < 0.4
    sectors[other] = net.population.sectors_for(fields[other])
    company = net.population.companies(sectors)
    return _block(net, "industry", n, company, titles_for(net.rng, fields), days, i)


# -- private sources ------------------------------------------------------------------------
def private(net: Network, source: str, n: int) -> Block:
    rng = net.rng
    if source == "recruiter_contact":
        return recruiter_contacts(net, n)
    if source in ("school_friend", "university_friend"):
        days = np.where(rng.random(n) < 0.65, net.burst(n), net.any_time(n))
    elif source == "family":
        days = np.where(rng.random(n) < 0.35, net.burst(n), net.any_time(n))
    else:
        days = net.any_time(n)
    fields = random_fields(rng, n)
    if source == "university_friend":  # studied the same: they often work in the owner's field
        same = rng.random(n) < 0.45
        fields[same] = pick_fields(rng, net.spec.colleague_fields, int(same.sum()))
    if net.spec.name == "student" and source in ("school_friend", "university_friend", "friend"):
        young = rng.random(n) < 0.6  # a student's friends are mostly students themselves
        fields[young] = pick_fields(rng, ("student", "student", "student_job"), int(young.sum()))
    if source == "family":
        old = rng.random(n) < 0.25
        fields[old] = "other"
    company = net.elsewhere(fields)
    if source == "friend_at_work" and net.jobs:
        company = _friends_at_work_companies(net, n)
    block = _block(net, source, n, company, titles_for(rng, fields), days)
    if source == "family":
        block.last = _family_names(net, block.last)
    return block


def _friends_at_work_companies(net: Network, n: int) -> np.ndarray:
    rng = net.rng
    jobs = rng.integers(0, len(net.jobs), n)
    out = np.empty(n, dtype=object)
    for i in np.unique(jobs):
        rows = np.flatnonzero(jobs == i)
        if net.spec.client_fields and rng.random() < 0.5:
            out[rows] = net.partners("client", int(i), len(rows))
        else:
            out[rows] = net.employer_names(int(i), len(rows))
    return out


def _family_names(net: Network, last: np.ndarray) -> np.ndarray:
    rng = net.rng
    owner = net.owner_last
    kind = rng.random(len(last))
    out = last.copy()
    out[kind < 0.5] = owner
    core = owner.split()[-1]
    married = (kind >= 0.5) & (kind < 0.62)
    out[married] = [f"{a.split()[-1]}-{core}" if rng.random() < 0.5 else f"{core}-{a}"
                    for a in last[married]]  # fmt: skip
    return out


WORK_BUILDERS = {
    "colleague": colleagues,
    "ex_colleague": ex_colleagues,
    "colleague_friend": colleague_friends,
    "client": lambda net, i, n: partners(net, "client", i, n),
    "supplier": lambda net, i, n: partners(net, "supplier", i, n),
    "candidate": candidates,
    "industry": industry,
}
SOURCES: tuple[str, ...] = (*WORK_SOURCES, *PRIVATE_SOURCES)
