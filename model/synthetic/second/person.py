"""One generated member of the second generator: career, network and the truth per contact."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from ...career import Career
from ...schema import conform_contacts
from .circles import CIRCLE_CAPS, PRIVATE_CIRCLES, Circles, private_circle, work_circle
from .habits import Habits, draw_habits
from .life import Life, as_career, listed_order, make_life
from .naming import fill, pick, spelling
from .trades import TRADE_NAMES, TRADES, Trade
from .words import FAMILY, GIVEN, ODD_TITLES, TITLE_PREFIXES, TITLE_SUFFIXES

LABEL_COLUMNS = ["label", "employer", "position_index", "category", "source"]
MAX_CONTACTS = 30_000  # LinkedIn's limit
_STREAM = 0x5EC07D  # this generator's own random stream, apart from the first one's
# Recruiters chase some trades much more than others (IT and finance most, teachers least).
_RECRUITER_INTEREST = {"data_engineer": 3.0, "sysadmin": 1.8, "controller": 2.0,
                       "sales_engineer": 1.5, "hr_partner": 1.2, "primary_teacher": 0.2,
                       "district_nurse": 0.6, "chef": 0.4, "store_manager": 0.7}  # fmt: skip


@dataclass
class SecondPerson:
    """A member made by the second generator; the same fields the training code reads from
    the first one's persons: ``career``, ``contacts`` and ``labels`` row for row."""

    seed: int
    profession: str
    career: Career  # newest position first, as a reader returns it
    contacts: pd.DataFrame  # model.schema contact columns, newest connection first
    labels: pd.DataFrame  # LABEL_COLUMNS, row for row with contacts
    life: Life
    habits: Habits
    client_lists: dict[int, list[str]] = field(default_factory=dict)

    def clients(self, position_index: int = 0) -> list[str]:
        """The client list the employer of ``position_index`` could hand over ([] if none)."""
        return list(self.client_lists.get(position_index, []))


def make_person(seed: int, trade: str | None = None, n_contacts: int | None = None) -> SecondPerson:
    """A reproducible member of ``trade`` (random when None); ``n_contacts`` fixes the size.

    Raises ValueError for an unknown trade or a size outside 1..30,000.
    """
    rng = np.random.default_rng([seed, _STREAM])
    if trade is None:
        trade = TRADE_NAMES[int(rng.integers(len(TRADE_NAMES)))]
    if trade not in TRADES:
        raise ValueError(f"unknown trade {trade!r}; expected one of {TRADE_NAMES}")
    if n_contacts is not None and not 1 <= n_contacts <= MAX_CONTACTS:
        raise ValueError(f"n_contacts must be between 1 and {MAX_CONTACTS}, not {n_contacts}")
    spec = TRADES[trade]
    habits = draw_habits(rng)
    owner = (pick(rng, GIVEN), pick(rng, FAMILY))
    life = make_life(rng, spec, habits, owner)
    circles = Circles(rng, spec, habits, life, owner[1])
    total = n_contacts or _size(rng, spec, habits, life)
    _fill(circles, total)
    contacts, labels = _assemble(circles, total)
    career = as_career(life, f"{owner[0]} {owner[1]}")
    listed = listed_order(life)
    client_lists = {listed[i]: _client_list(rng, names) for i, names in circles.portfolios.items()
                    if spec.hands_client_list}  # fmt: skip
    return SecondPerson(seed, trade, career, contacts, labels, life, habits, client_lists)


def iter_persons(n: int, *, seed: int = 0, trades: tuple[str, ...] | None = None):
    """``n`` members from seeds ``seed``, ``seed + 1``, ... cycling through ``trades``."""
    trades = trades or TRADE_NAMES
    for k in range(n):
        yield make_person(seed + k, trades[k % len(trades)])


def _size(rng, spec: Trade, habits: Habits, life: Life) -> int:
    # networks grow with the years on LinkedIn, less than linearly
    years = max((life.exported - life.joined).days / 365.25, 0.3)
    scale = min((years / 8) ** 0.5, 1.6)
    reach = spec.work_share * habits.work_reach + (1 - spec.work_share) * habits.sociability
    return int(np.clip(rng.lognormal(np.log(spec.size * scale * reach), 0.45), 15, MAX_CONTACTS))


def _fill(c: Circles, total: int) -> None:
    """Split ``total`` over work kinds per job and private circles, and generate them."""
    rng, spec, habits, life = c.rng, c.trade, c.habits, c.life
    paid = [i for i, s in enumerate(life.stints) if not s.volunteer]
    # the trade's usual work share, moved by this member's habits (networker or sociable)
    odds = np.log(spec.work_share / (1 - spec.work_share)) + rng.normal(0, 0.4)
    odds += np.log(habits.work_reach / habits.sociability)
    share = float(np.clip(1 / (1 + np.exp(-odds)), 0.1, 0.93))
    if not paid:
        share = 0.0
    n_work = round(total * share)
    kinds = list(spec.mix)
    weights = np.array([spec.mix[k] for k in kinds]) * rng.gamma(4.0, 0.25, len(kinds))
    per_kind = (
        rng.multinomial(n_work, weights / weights.sum()) if n_work else np.zeros(len(kinds), int)
    )
    for kind, count in zip(kinds, per_kind, strict=True):
        if not count:
            continue
        job_weights = np.array([_job_weight(c, i, kind) for i in paid])
        if job_weights.sum() <= 0:
            job_weights = np.ones(len(paid))
        for i, n in zip(paid, rng.multinomial(count, job_weights / job_weights.sum()), strict=True):
            if n:
                work_circle(c, kind, i, int(n))
    _private(c, total - n_work)


def _job_weight(c: Circles, i: int, kind: str) -> float:
    """How many of a kind's contacts a job gives: its years (saturating), fewer if it was over
    before the member joined LinkedIn, more for the recent ones."""
    stint, life = c.life.stints[i], c.life
    end = stint.end(life.exported)
    years = max((end - stint.start).days, 30) / 365.25
    weight = min(years, 8) ** 0.8
    if end < life.joined:  # only those looked up later
        weight *= 0.35
    if stint.own_business and kind == "colleague":
        weight *= 0.2
    if kind == "candidate" and stint.own_business:
        weight = 0.0
    return weight


def _private(c: Circles, n: int) -> None:
    if n <= 0:
        return
    rng, habits = c.rng, c.habits
    circles = dict(PRIVATE_CIRCLES)
    circles["recruiter"] *= habits.recruiter_pull * _RECRUITER_INTEREST.get(c.trade.name, 1.0)
    if c.trade.name == "agency_recruiter":  # recruiters befriend recruiters; few approach them
        circles["recruiter"] *= 0.3
    circles["study"] *= habits.study_friends
    if any(s.volunteer for s in c.life.stints):
        circles["volunteer"] = 0.6
    names = list(circles)
    weights = np.array([circles[k] for k in names]) * rng.gamma(3.0, 1 / 3.0, len(names))
    counts = rng.multinomial(n, weights / weights.sum())
    caps = np.array([CIRCLE_CAPS.get(k, n) for k in names])
    spill = int(np.maximum(counts - caps, 0).sum())
    counts = np.minimum(counts, caps)
    counts[names.index("acquaintance")] += spill  # big private networks are loose ties
    for name, count in zip(names, counts, strict=True):
        if count:
            private_circle(c, name, int(count))


def _client_list(rng, names: list[str]) -> list[str]:
    """What an employer hands over: most of the accounts, as the employer writes them, and
    some accounts nobody in the network works at."""
    kept = [spelling(rng, n) if rng.random() < 0.3 else n for n in dict.fromkeys(names)
            if n and rng.random() < 0.75]  # fmt: skip
    return kept


def _decorate(rng, title: np.ndarray, company: np.ndarray) -> None:
    """Seniority before a title and scope after it, for work and private contacts alike:
    people write their titles in their own way, whoever they are to the member."""
    for k in np.flatnonzero(rng.random(len(title)) < 0.12):
        if title[k] and not str(title[k]).startswith(("Senior", "Junior", "Student")):
            title[k] = pick(rng, TITLE_PREFIXES) + title[k]
    for k in np.flatnonzero(rng.random(len(title)) < 0.07):
        if title[k]:
            suffix = pick(rng, TITLE_SUFFIXES)
            if "{company}" in suffix and not company[k]:
                continue
            title[k] = title[k] + fill(rng, suffix.replace("{company}", "{{company}}")).replace(
                "{company}", str(company[k])
            )


def _assemble(c: Circles, total: int) -> tuple[pd.DataFrame, pd.DataFrame]:
    rng, habits, life = c.rng, c.habits, c.life
    people = c.contacts[:total]
    n = len(people)
    company = np.array([p.company for p in people], dtype=object)
    title = np.array([p.title for p in people], dtype=object)
    _decorate(rng, title, company)
    blank_c = rng.random(n) < habits.blank_company
    blank_t = rng.random(n) < habits.blank_title
    odd = rng.random(n) < habits.odd_title
    company[blank_c] = ""
    title[blank_t] = ""
    for k in np.flatnonzero(odd & ~blank_t):
        title[k] = pick(rng, ODD_TITLES)
    for k in np.flatnonzero(rng.random(n) < 0.01):  # some type their title in capitals
        title[k] = str(title[k]).upper()
    days = np.array([np.datetime64(p.day, "D") for p in people], dtype="datetime64[D]")
    # newest first; same-day contacts in no particular order
    shuffle = rng.permutation(n)
    order = shuffle[np.argsort(-days[shuffle].astype(np.int64), kind="stable")]
    listed = listed_order(life)
    employer = [life.stints[p.stint].position.company if p.stint >= 0 else "" for p in people]
    position = [listed[p.stint] if p.stint >= 0 else -1 for p in people]
    first = np.array([p.first for p in people], dtype=object)
    last = np.array([p.last for p in people], dtype=object)
    contacts = conform_contacts(pd.DataFrame({
        "first_name": first[order], "last_name": last[order],
        "url": [f"https://www.linkedin.com/in/{f.lower()}-{la.lower().replace(' ', '')}-{k:x}"
                for k, (f, la) in enumerate(zip(first[order], last[order], strict=True))],
        "email": "", "company": company[order], "position": title[order],
        "connected_on": days[order].astype("datetime64[ns]"),
        "row": np.arange(1, n + 1), "duplicate": False,
    }))  # fmt: skip
    labels = pd.DataFrame({
        "label": pd.array([people[k].label for k in order], dtype="str"),
        "employer": pd.array([employer[k] for k in order], dtype="str"),
        "position_index": np.array([position[k] for k in order], dtype=np.int64),
        "category": pd.array([people[k].category for k in order], dtype="str"),
        "source": pd.array([people[k].source for k in order], dtype="str"),
    })  # fmt: skip
    return contacts, labels
