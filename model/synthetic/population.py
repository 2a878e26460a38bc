"""The general population a network draws on: its fields of work and their organisations."""

from __future__ import annotations

import numpy as np

from .companies import SECTORS, make_companies
from .pools import active_pool, pooled_arrays
from .titles import TITLES

# How common each field of work is among the people a Dutch professional knows privately.
POPULATION_FIELDS: dict[str, float] = {
    "software": 0.05, "it_ops": 0.03, "it_management": 0.01, "consulting": 0.03,
    "recruitment": 0.015, "hr": 0.035, "sales": 0.09, "procurement": 0.015, "marketing": 0.05,
    "finance": 0.06, "banking": 0.035, "legal": 0.025, "management": 0.07, "project": 0.035,
    "office": 0.06, "education": 0.07, "healthcare": 0.10, "healthcare_management": 0.005,
    "real_estate": 0.01, "technical": 0.07, "logistics": 0.05, "retail": 0.07,
    "government": 0.05, "student": 0.05, "student_job": 0.01, "other": 0.06, "social": 0.03,
    "science": 0.015,
}  # fmt: skip
# Where people of a field work; None means an organisation of any sector.
FIELD_SECTORS: dict[str, tuple[str, ...] | None] = {
    "software": ("it", "it", "banking", "telecom", "consultancy"),
    "it_ops": ("it", "government", "healthcare", "banking"),
    "it_management": ("it", "government", "banking", "manufacturing", "retail"),
    "consulting": ("consultancy", "it"), "recruitment": ("recruitment",),
    "hr": None, "sales": None, "procurement": ("manufacturing", "government", "retail", "energy"),
    "marketing": ("marketing", "retail", "manufacturing"), "finance": ("finance", "finance", None),
    "banking": ("banking",), "legal": ("legal",), "management": None, "project": None,
    "office": None, "education": ("education",), "healthcare": ("healthcare",),
    "healthcare_management": ("healthcare",), "real_estate": ("real estate",),
    "technical": ("construction", "manufacturing", "energy"), "logistics": ("logistics",),
    "retail": ("retail", "hospitality"), "government": ("government",),
    "student": ("education",), "student_job": ("retail", "hospitality"), "other": None,
    "social": ("healthcare", "government", "nonprofit"),
    "science": ("education", "manufacturing", "healthcare", "energy"),
    "networker": ("international", "international", None),
}  # fmt: skip
_FIELD_NAMES = np.array(list(POPULATION_FIELDS), dtype=object)
_FIELD_P = np.array(list(POPULATION_FIELDS.values()))
_FIELD_P /= _FIELD_P.sum()
_TITLE_ARRAYS = pooled_arrays(TITLES)  # pool → field → titles


class Population:
    """Company pools per sector, built lazily and sized to the network being generated."""

    def __init__(self, rng: np.random.Generator, n_contacts: int):
        self.rng = rng
        self.size = int(np.clip(n_contacts / 12, 15, 400))
        self._pools: dict[str, np.ndarray] = {}

    def pool(self, sector: str) -> np.ndarray:
        """Names of the organisations of ``sector`` this network knows (object array)."""
        if sector not in self._pools:
            companies = make_companies(self.rng, self.size, sector)
            # Contacts mostly type the bare name; some include the legal form.
            use_full = self.rng.random(len(companies)) < 0.45
            names = [c.name if f else c.short for c, f in zip(companies, use_full, strict=True)]
            self._pools[sector] = np.array(names, dtype=object)
        return self._pools[sector]

    def companies(self, sectors: np.ndarray) -> np.ndarray:
        """One company per row, from the pool of that row's sector; rows may repeat companies."""
        out = np.empty(len(sectors), dtype=object)
        for sector in np.unique(sectors):
            rows = np.flatnonzero(sectors == sector)
            pool = self.pool(sector)
            # A few organisations are where many people work: Zipf-like popularity.
            weights = 1.0 / np.arange(1, len(pool) + 1) ** 0.7
            out[rows] = pool[self.rng.choice(len(pool), len(rows), p=weights / weights.sum())]
        return out

    def sectors_for(self, fields: np.ndarray) -> np.ndarray:
        """A sector per row fitting that row's field of work."""
        out = np.empty(len(fields), dtype=object)
        for field in np.unique(fields):
            rows = np.flatnonzero(fields == field)
            options = FIELD_SECTORS.get(field)
            picks = self.rng.integers(0, len(options or SECTORS), len(rows))
            chosen = np.array(options or SECTORS, dtype=object)[picks]
            none = np.array([c is None for c in chosen], dtype=bool)
            chosen[none] = np.array(SECTORS, dtype=object)[
                self.rng.integers(0, len(SECTORS), none.sum())
            ]
            out[rows] = chosen
        return out


def random_fields(rng: np.random.Generator, n: int) -> np.ndarray:
    """``n`` fields of work drawn from the population's mix."""
    return _FIELD_NAMES[rng.choice(len(_FIELD_NAMES), n, p=_FIELD_P)]


def titles_for(rng: np.random.Generator, fields: np.ndarray) -> np.ndarray:
    """One title per row from that row's field."""
    out = np.empty(len(fields), dtype=object)
    for field in np.unique(fields):
        rows = np.flatnonzero(fields == field)
        titles = _TITLE_ARRAYS[active_pool()][field]
        out[rows] = titles[rng.integers(0, len(titles), len(rows))]
    return out


def pick_fields(rng: np.random.Generator, fields: tuple[str, ...], n: int) -> np.ndarray:
    """``n`` fields drawn uniformly from ``fields`` (repeats weight a field)."""
    return np.array(fields, dtype=object)[rng.integers(0, len(fields), n)]
