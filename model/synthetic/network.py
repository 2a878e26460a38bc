"""What the latent sources of one network share: the owner's timeline and organisations.

:class:`Network` holds the owner's LinkedIn years and activity, the jobs' windows, and the
organisations the owner deals with (employers' spellings, client and supplier portfolios, the
population's companies). The sources themselves are in :mod:`.sources`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

import numpy as np

from ..career import Career
from .behaviour import Behaviour
from .careers import Job
from .companies import make_companies
from .population import Population
from .professions import WORK_SOURCES, Profession

_EPOCH = date(1970, 1, 1)
_YEAR = 365.25


def day_number(d: date) -> int:
    """Days since 1970-01-01, the generator's date unit."""
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
        """The ground-truth label of every contact of this source."""
        return "work" if self.source in WORK_SOURCES else "private"

    @property
    def category(self) -> str:
        """The category of every contact of this source."""
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
    behaviour: Behaviour = field(default_factory=Behaviour)
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
        growth = self.behaviour.activity_growth  # usage grows (or lapses) over the years
        per_year *= np.maximum(1 + growth * np.arange(len(per_year)), 0.2)
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
        days = self.join + self.rng.exponential(self.behaviour.burst_days, n).astype(np.int64)
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
