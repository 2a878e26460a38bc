"""Relate each contact to the owner's career: the raw facts every feature and reason uses.

The export shows a contact's *current* company and title and the date of connecting; what
matters for ownership is how those relate to the owner's jobs, so this step is career-aware
and runs per person, before the (person-independent) scikit-learn pipeline. It works on
distinct dates, companies and titles, so 30,000 contacts cost milliseconds.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date

import numpy as np
import pandas as pd

from .. import lexicons
from ..career import Career
from ..career_dates import DAYS_PER_MONTH
from ..inferred import is_inferred
from ..normalize import (
    email_domain,
    email_kinds,
    is_self_employed,
    match_companies,
    normalize_company,
    shares_surname,
    surname_keys,
)
from . import vocab
from .structure import STRUCTURE_COLUMNS, StructureTable, structure_facts, structure_table

NAT = np.datetime64("NaT", "D")
NEARBY_DAYS = 45  # "connected among colleagues": the window around a contact's date
RECENT_MOVE_MONTHS = 6  # a contact within this long after a job ended may belong to it
FIRST_MONTHS = 2  # the burst of school and university friends after joining LinkedIn

TIMING_COLUMNS = [
    "months_since_joined",
    "months_into_job",
    "months_after_job",
    "months_before_first_job",
]
NETWORK_COLUMNS = ["company_peers", "company_peers_same_job"]
SIGNAL_COLUMNS = [
    "no_date",
    "in_job",
    "in_gap",
    "before_first_job",
    "first_months",
    "company_is_employer",
    "company_weak_employer",
    "company_is_job_employer",
    "company_is_earlier_employer",
    "company_is_later_employer",
    "company_is_client",
    "company_weak_client",
    "same_sector",
    "company_empty",
    "company_self_employed",
    "title_empty",
    "title_client",
    "title_supplier",
    "title_colleague",
    "title_candidate",
    "title_private",
    "title_senior",
    "title_recruiter_approach",
    "hidden",
    "same_surname",
    "email_personal",
    "email_work",
    "email_employer_domain",
    "owner_recruiter",
    "owner_sales",
    "owner_no_career",
    "joined_mid_career",
    "colleagues_nearby",
    "owner_buys_staffing",
]
INTERACTIONS = [
    ("in_job", "title_client"),
    ("in_job", "title_supplier"),
    ("in_job", "title_colleague"),
    ("in_job", "title_private"),
    ("in_job", "company_empty"),
    ("in_job", "same_sector"),
    ("in_gap", "title_client"),
    ("before_first_job", "title_private"),
    ("first_months", "title_private"),
    ("owner_recruiter", "title_candidate"),
    ("owner_recruiter", "in_job"),
    ("owner_sales", "title_client"),
    ("no_date", "title_client"),
    ("no_date", "company_is_employer"),
    ("company_is_employer", "title_colleague"),
    ("first_months", "joined_mid_career"),
    ("first_months", "company_is_employer"),
    ("before_first_job", "company_is_employer"),
    ("first_months", "title_colleague"),
    ("colleagues_nearby", "title_colleague"),
    ("colleagues_nearby", "company_empty"),
    ("title_recruiter_approach", "owner_buys_staffing"),
    ("title_recruiter_approach", "in_job"),
]
TEXT_COLUMNS = ["position", "company"]
# STRUCTURE_COLUMNS (model.features.structure) are related when asked (``relate(...,
# structure=True)``): only a model trained with them (OwnershipClassifier's ``structure``) needs
# them, and the others should not pay for them.
FEATURE_INPUT_COLUMNS = (
    TIMING_COLUMNS + NETWORK_COLUMNS + STRUCTURE_COLUMNS + SIGNAL_COLUMNS + TEXT_COLUMNS
)
# The owner has no career of their own (inferred from the network, or none): what tells the
# two calibration scenarios apart (model.classifier.OwnershipClassifier's ``by_scenario``).
SCENARIO_FEATURE = "owner_no_career"


def _previous_job(days: np.ndarray, career: Career) -> tuple[np.ndarray, np.ndarray]:
    """Index of the position that most recently ended before each day (-1 if none) and the
    months since that end (NaN if none); computed once per distinct day."""
    ends = np.array([career.effective_end(p) for p in career.positions], dtype="datetime64[D]")
    unique, inverse = np.unique(days, return_inverse=True)
    if not len(ends):
        n = len(days)
        return np.full(n, -1), np.full(n, np.nan)
    ended = (ends[None, :] < unique[:, None]) & ~np.isnat(unique)[:, None]
    rank = np.where(ended, ends[None, :].astype(np.int64), np.iinfo(np.int64).min)
    prev = np.where(ended.any(axis=1), rank.argmax(axis=1), -1)
    since = np.where(
        prev >= 0, (unique - ends[np.maximum(prev, 0)]).astype(float) / DAYS_PER_MONTH, np.nan
    )
    return prev[inverse.ravel()], since[inverse.ravel()]


def timing_facts(
    dates: np.ndarray, career: Career, joined: np.datetime64 | None = None
) -> dict[str, np.ndarray]:
    """Where each date falls on the career (see :meth:`model.career.Career.timing`).

    ``job`` is the covering position (the most recently started when jobs overlap, -1 if none)
    and ``previous_job`` the one that most recently ended before the date (-1 if none): former
    colleagues and clients often connect in the months after a move. ``joined`` stands in
    for an unknown LinkedIn join date (default: the earliest of ``dates``).
    """
    days = np.asarray(dates, dtype="datetime64[D]")
    t = career.timing(days, joined=joined, first_months=FIRST_MONTHS)
    previous, since_previous = _previous_job(days, career)
    since_joined = t.months_on_linkedin
    since_joined = np.where(since_joined < -1, np.nan, np.clip(since_joined, 0, None))
    first = career.first_start
    before = t.before_first_job
    months_before_first = np.full(len(days), np.nan)
    if first is not None:
        gap_days = (np.datetime64(first, "D") - days).astype(float)
        months_before_first = np.where(before, gap_days / DAYS_PER_MONTH, np.nan)
    return {
        "job": t.position,
        "previous_job": previous,
        "months_into_job": t.months_into_position,
        "months_after_job": since_previous,
        "months_before_first_job": months_before_first,
        "months_since_joined": since_joined,
        "no_date": ~t.known,
        "in_job": t.position >= 0,
        "before_first_job": before,
        "in_gap": t.in_gap | t.after_last_job,
        "first_months": t.first_months,
    }


def _employer_facts(
    companies, career: Career, timing: dict, dates: np.ndarray, matched=None
) -> dict:
    """``matched``: :func:`match_companies` of ``companies`` against the employers, if known."""
    employers = [p.company for p in career.positions]
    if matched is not None:
        tier, best = matched
    elif employers:
        tier, best = match_companies(companies, employers)
    else:
        tier, best = np.zeros(len(companies), np.int8), np.full(len(companies), -1)
    strong = tier >= 2
    # A company can be the employer of several positions (a promotion, a return): compare keys.
    keys = np.array([p.employer_key for p in career.positions] + [""], dtype=object)
    best_key = keys[best]
    job_key = keys[timing["job"]]
    prev_key = keys[timing["previous_job"]]
    starts = np.array(
        [p.start or np.datetime64("NaT") for p in career.positions] + [np.datetime64("NaT")],
        dtype="datetime64[D]",
    )
    later = strong & (starts[best] > dates)  # NaT compares False
    return {
        "employer_match": np.where(strong, best, -1),
        "company_is_employer": strong,
        "company_weak_employer": tier == 1,
        "company_is_job_employer": strong & (best_key == job_key) & (timing["job"] >= 0),
        "company_is_earlier_employer": strong
        & (best_key == prev_key)
        & (timing["previous_job"] >= 0),
        "company_is_later_employer": later,
    }


@dataclass(frozen=True)
class CompanyTable:
    """What relating needs of each distinct company name of the whole network, computed once
    so that the chunks of a large export look it up instead of recomputing it per chunk."""

    names: pd.Index  # the distinct company texts (a missing one as "")
    key: np.ndarray  # per name, the code of its normalize_company key (into key_counts)
    has_key: np.ndarray  # per name, whether the key is non-empty
    tier: np.ndarray  # per name, match_companies against the career's employers: tier …
    best: np.ndarray  # … and best employer
    facts: tuple[np.ndarray, np.ndarray, np.ndarray]  # vocab.company_name_facts per name
    key_counts: np.ndarray  # contacts per key code
    width: int  # a (key, job) pair's code is key * width + job + 1
    pair_codes: np.ndarray  # the (key, job) pairs present, sorted …
    pair_counts: np.ndarray  # … and their contacts

    def rows(self, companies) -> np.ndarray | None:
        """Each company's index into ``names``; None if one is not there (not a chunk of
        the network the table was made of)."""
        index = self.names.get_indexer(pd.Series(companies, dtype=object).fillna(""))
        return None if len(index) and index.min() < 0 else index


@dataclass(frozen=True)
class NetworkFacts:
    """What relating a contact needs from the whole network, not just its own row: the
    owner's role (inferred from all titles when the career does not say) and how many
    contacts work at each company, overall and per job. Computed once, it lets a large
    export be related in chunks with the same result as in one piece."""

    role: str
    joined: object  # the earliest connection date, the join date when the career lacks it
    # normalised company key → contacts; key + "\x00" + job index → contacts (None: left
    # out, :meth:`for_pieces`)
    company_counts: pd.Series | None
    company_job_counts: pd.Series | None
    dated_days: np.ndarray  # every known connection day (int64), sorted
    dated_at_employer: np.ndarray  # running count of those at the employer of their time
    companies: CompanyTable | None = None  # per distinct company name, for relating chunks
    structure: StructureTable | None = None  # the network's structural facts (by key code)

    def for_pieces(self) -> NetworkFacts:
        """These facts for relating pieces of the same network only (whose every company is
        in :attr:`companies`): without the counts by key text, which only a company not in
        the table needs (pickled for a helper process: ~18 ms instead of ~75 ms at a million
        contacts). Relating a company not in the table with them raises ValueError."""
        if self.companies is None:
            return self
        return replace(self, company_counts=None, company_job_counts=None)


def network_facts(
    contacts: pd.DataFrame,
    career: Career,
    names=None,
    structure: bool = False,
    timing: NetworkTiming | None = None,
) -> NetworkFacts:
    """The :class:`NetworkFacts` of all of ``contacts`` (a cheap first pass). ``names``:
    ``pd.factorize`` of the companies (missing as "") and :func:`name_facts` of the distinct
    names, when computed already (in parts, by two processes: :mod:`model.scale.chunked`).
    ``structure``: also the network's :class:`~model.features.structure.StructureTable`, for
    relating chunks with ``structure``. ``timing``: :func:`network_timing` of the same, when
    computed already (while waiting for the other process's names). A row the reader marked
    a duplicate of an earlier one is not counted again (:func:`counted_rows`)."""
    if timing is None:
        timing = network_timing(contacts, career)
    keep = counted_rows(contacts)
    company = contacts["company"].to_numpy(dtype=object)
    if keep is not None:  # the one column needed, not the frame
        company = company[keep]
        names = names if names is None else (names[0][keep], *names[1:])
    dates, job, known = timing.dates, timing.job, timing.known
    table, rows, (key, keys, pair, pairs) = _company_table(company, job, career, names)
    at_employer = _at_job_employer(table, rows, career, timing.facts["job"])
    days, running = _dated_running_count(dates, at_employer)
    return NetworkFacts(
        role=timing.role,
        joined=known.min().item() if len(known) else None,
        company_counts=_counts(key, keys),
        company_job_counts=_counts(pair, pairs),
        dated_days=days,
        dated_at_employer=running,
        companies=table,
        structure=_structure_table(key, keys, job, dates, at_employer) if structure else None,
    )


def counted_rows(contacts: pd.DataFrame) -> np.ndarray | None:
    """Which rows the network's counts count: not those the reader marked a duplicate of an
    earlier row (one person listed 30 times is one colleague, not 30); None when every row
    counts (no ``duplicate`` column, or none marked)."""
    if "duplicate" not in contacts:
        return None
    duplicate = contacts["duplicate"].to_numpy(dtype=bool)
    return ~duplicate if duplicate.any() else None


@dataclass(frozen=True)
class NetworkTiming:
    """The part of :func:`network_facts` that needs no company names: each contact's date,
    job and :func:`timing_facts`, the known dates, the owner's role."""

    dates: np.ndarray  # datetime64[D]
    job: np.ndarray
    known: np.ndarray
    facts: dict[str, np.ndarray]
    role: str


def network_timing(contacts: pd.DataFrame, career: Career) -> NetworkTiming:
    """:class:`NetworkTiming` of all of ``contacts`` (a duplicate row not counted again)."""
    keep = counted_rows(contacts)
    dates = contacts["connected_on"].to_numpy(dtype="datetime64[ns]").astype("datetime64[D]")
    title = contacts["position"].to_numpy(dtype=object)
    if keep is not None:  # the two columns needed, not the frame
        dates, title = dates[keep], title[keep]
    job = career.timing(dates, first_months=FIRST_MONTHS).position
    known = dates[~np.isnat(dates)]
    facts = timing_facts(dates, career, known.min() if len(known) else None)
    role = vocab.owner_role(career) or vocab.infer_role(title)
    return NetworkTiming(dates, job, known, facts, role)


def _at_job_employer(table: CompanyTable, rows: np.ndarray, career: Career, job) -> np.ndarray:
    """:func:`_employer_facts`' ``company_is_job_employer`` of the network's rows (``rows``:
    each one's index into ``table``'s names; ``job``: its job), the employers' keys compared
    as integer codes instead of as texts a row each."""
    if not career.positions:
        return np.zeros(len(rows), dtype=bool)
    keys = [p.employer_key for p in career.positions] + [""]
    code = pd.factorize(np.array(keys, dtype=object))[0]  # equal keys, equal codes
    best = table.best[rows]
    return (table.tier[rows] >= 2) & (code[best] == code[job]) & (job >= 0)


def _structure_table(key, keys, job, dates, at_employer) -> StructureTable:
    """The network's structure table (asked for only: a model without the facts pays nothing)."""
    has_key = (np.asarray(keys, dtype=object) != "")[key]
    return structure_table(key, has_key, job, dates, at_employer)


def _company_table(
    company: np.ndarray, job: np.ndarray, career: Career, names=None
) -> tuple[CompanyTable, np.ndarray, tuple[np.ndarray, ...]]:
    """The :class:`CompanyTable` of a whole network (``job``: each row's job), each row's
    index into its names, and :func:`_company_keys` of the rows. ``names``: as
    :func:`network_facts`."""
    if names is None:
        codes, uniques = company_codes(company)
        name_keys, name_fact, tier, best = name_facts(uniques, career)
    else:
        codes, uniques, (name_keys, name_fact, tier, best) = names
    key, keys, pair, pairs = _company_keys(company, job, (codes, name_keys))
    name_key = np.zeros(len(uniques), dtype=key.dtype)
    name_key[codes] = key  # every row of a name has the same key
    width = len(career.positions) + 1
    pair_codes, pair_counts = _pair_counts(key, job, pair, len(pairs), width)
    table = CompanyTable(
        names=pd.Index(uniques, dtype=object),
        key=name_key,
        has_key=np.asarray(keys, dtype=object)[name_key] != "",
        tier=tier,
        best=best,
        facts=vocab.company_name_facts(name_fact),
        key_counts=np.bincount(key, minlength=len(keys)),
        width=width,
        pair_codes=pair_codes,
        pair_counts=pair_counts,
    )
    return table, codes, (key, keys, pair, pairs)


def _pair_counts(key, job, pair, n_pairs: int, width: int) -> tuple[np.ndarray, np.ndarray]:
    """``np.unique(key * width + job + 1, return_counts=True)``, from the rows' codes
    ``pair`` into their ``n_pairs`` distinct (key, job) pairs: one row of each pair read,
    the pairs sorted, not every row (~10 ms at a million contacts, against ~45 ms)."""
    counts = np.bincount(pair, minlength=n_pairs)
    first = np.zeros(n_pairs, dtype=np.intp)
    first[pair[::-1]] = np.arange(len(pair) - 1, -1, -1)  # any row of the pair does
    values = key[first] * width + (job[first] + 1)
    order = np.argsort(values)
    return values[order], counts[order]


def relate(
    contacts: pd.DataFrame,
    career: Career,
    clients: Sequence[str] | None = None,
    network: NetworkFacts | None = None,
    structure: bool = False,
) -> pd.DataFrame:
    """Per-contact facts relative to ``career`` (and the optional client list).

    Returns a DataFrame aligned with ``contacts`` holding FEATURE_INPUT_COLUMNS plus ``job``,
    ``previous_job``, ``employer_match`` and ``employer_index`` (the attributed position);
    STRUCTURE_COLUMNS only with ``structure``. ``network`` (of a larger whole that
    ``contacts`` is a chunk of) replaces what would otherwise be counted over ``contacts``
    alone; with ``structure`` it must hold the structure table (``network_facts(...,
    structure=True)``). Rows marked ``duplicate`` each get their facts but are not counted
    again in the network's counts.
    """
    dates = contacts["connected_on"].to_numpy(dtype="datetime64[ns]").astype("datetime64[D]")
    company = contacts["company"].to_numpy(dtype=object)
    title = contacts["position"].to_numpy(dtype=object)
    # each contact counted once in the network's counts: only its distinct rows are counted
    keep = counted_rows(contacts) if network is None else None
    timing = timing_facts(dates, career, network.joined if network else None)
    table = network.companies if network else None
    rows = table.rows(company) if table is not None else None  # None: computed here
    facts: dict[str, np.ndarray] = dict(timing)
    matched = (table.tier[rows], table.best[rows]) if rows is not None else None
    coded = None  # each row's code of its distinct company name, and the names: found once
    if rows is None:
        coded = pd.factorize(pd.Series(company, dtype=object).fillna(""), sort=False)
        if career.positions:
            matched = _matched_by_name(coded, career)
    facts.update(_employer_facts(company, career, timing, dates, matched))

    if clients:
        c_tier, _ = match_companies(company, list(clients))
    else:
        c_tier = np.zeros(len(contacts), np.int8)
    facts["company_is_client"] = c_tier >= 2
    facts["company_weak_client"] = c_tier == 1

    counted_titles = title if keep is None else title[keep]
    role = network.role if network else vocab.owner_role(career) or vocab.infer_role(counted_titles)
    facts.update(vocab.title_facts(title, role))
    # a recruiter at one of the owner's employers or clients is a colleague or a contact of
    # the business, never someone approaching the owner about a job
    facts["title_recruiter_approach"] = facts["title_recruiter_approach"] & ~(
        facts["company_is_employer"] | facts["company_weak_employer"] | (c_tier >= 1)
    )
    named = (rows, table.facts) if rows is not None else None
    facts.update(vocab.company_facts(company, career, timing["job"], named, coded))
    facts["title_empty"] = _blank(contacts["position"])
    facts["hidden"] = _blank(contacts["first_name"]) & _blank(contacts["last_name"])
    facts["same_surname"] = _same_surname(contacts["last_name"], career.owner_name)
    kinds = email_kinds(contacts["email"])
    facts["email_personal"] = kinds == "personal"
    facts["email_work"] = kinds == "work"
    facts["email_employer_domain"] = _employer_domain(contacts["email"], career)
    facts["owner_recruiter"] = np.full(len(contacts), role == "recruitment")
    facts["owner_sales"] = np.full(len(contacts), role == "sales")
    facts["owner_buys_staffing"] = np.full(len(contacts), role in lexicons.BUYS_STAFFING)
    # a career inferred from the network is not the person's own: the model still knows none
    facts["owner_no_career"] = np.full(len(contacts), not career.positions or is_inferred(career))
    facts["joined_mid_career"] = np.full(len(contacts), _joined_mid_career(career))
    facts["colleagues_nearby"] = colleagues_nearby(
        dates, facts["company_is_job_employer"], network, keep
    )
    facts["employer_index"] = attribute_employer(facts, career, dates, company, title)
    if rows is not None:
        facts.update(_table_peers(table, rows, timing["job"]))
        keyed = None  # the table's codes, taken only for the structural facts
    else:
        # the codes count the peers without a network; given one, only the structure needs them
        keyed = _key_codes(company, coded) if network is None or structure else None
        facts.update(company_peers(company, timing["job"], network, coded, keyed, keep))
    if structure:
        key, has_key = keyed if keyed is not None else (table.key[rows], table.has_key[rows])
        at_employer = facts["company_is_job_employer"]
        facts.update(
            _structure(network, rows, key, has_key, timing["job"], dates, at_employer, keep)
        )

    signals = set(SIGNAL_COLUMNS)  # made float64 here: one frame build, no column rewrites
    columns = {
        k: np.asarray(v, dtype=np.float64) if k in signals else np.asarray(v)
        for k, v in facts.items()
    }
    columns["position"] = contacts["position"].to_numpy()
    columns["company"] = contacts["company"].to_numpy()
    columns["connected_on"] = dates
    return pd.DataFrame(columns, index=contacts.index)


def _structure(
    network, rows, key, has_key, job, dates, at_employer, keep=None
) -> dict[str, np.ndarray]:
    """STRUCTURE_COLUMNS of the rows: looked up in the network's table when they are a chunk
    of it, else counted over these rows (those ``keep`` marks, when given)."""
    if network is not None and rows is not None:
        if network.structure is None:
            raise ValueError(
                "relate(structure=True) of a chunk needs network_facts(structure=True)"
            )
        return structure_facts(network.structure, key, has_key, job, dates, at_employer)
    counted = (key, has_key, job, dates, at_employer)
    if keep is not None:
        counted = tuple(np.asarray(a)[keep] for a in counted)
    table = structure_table(*counted)
    return structure_facts(table, key, has_key, job, dates, at_employer)


def _matched_by_name(coded: tuple[np.ndarray, pd.Index], career: Career) -> tuple:
    """:func:`match_companies` of each row's company against the career's employers, matched
    once per distinct name (``coded``: the rows' codes and the names)."""
    codes, names = coded
    tier, best = match_companies(
        np.asarray(names, dtype=object), [p.company for p in career.positions]
    )
    # a code of -1 (a missing value) takes the extra slot: no match, as match_companies says
    return np.append(tier, 0).astype(np.int8)[codes], np.append(best, -1)[codes]


def _blank(values: pd.Series) -> np.ndarray:
    """True where a text is empty or only whitespace (a missing value is not blank). Only
    the few values whose first character could be whitespace (cut to one character in one
    numpy pass: empty, ASCII space or not ASCII) are looked at in Python."""
    texts = values.to_numpy(dtype=object)
    first = texts.astype("U1").view(np.uint32)  # 0 for an empty text
    maybe = np.flatnonzero(_MAYBE_SPACE[np.minimum(first, 128)])
    out = np.zeros(len(texts), dtype=bool)
    out[maybe] = [isinstance(v, str) and not v.strip() for v in texts[maybe].tolist()]
    return out


# by first code point: could the text be blank? (128 stands for anything beyond ASCII)
_MAYBE_SPACE = np.array([c == 0 or chr(c).isspace() for c in range(128)] + [True])


def _joined_mid_career(career: Career) -> bool:
    """The owner had a job before joining LinkedIn, so the first burst of connections holds
    colleagues of then, not only school friends."""
    first = career.first_start
    return bool(first and career.registered_on and first < career.registered_on)


def _dated_running_count(dates: np.ndarray, flags: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The known days (int64) sorted, and the running count of ``flags`` in that order
    (one longer, starting at 0)."""
    days = np.asarray(dates, dtype="datetime64[D]")
    known = ~np.isnat(days)
    d = days[known].astype(np.int64)
    low = d.min() if len(d) else 0
    if len(d) and d.max() - low < 1 << 16:  # LinkedIn's years: a radix sort of 16 bits
        order = np.argsort((d - low).astype(np.uint16), kind="stable")
    else:
        order = np.argsort(d, kind="stable")
    flag = np.asarray(flags, dtype=bool)[known][order]
    return d[order], np.concatenate([[0], np.cumsum(flag)])


def colleagues_nearby(
    dates: np.ndarray,
    at_job_employer: np.ndarray,
    network: NetworkFacts | None = None,
    keep: np.ndarray | None = None,
) -> np.ndarray:
    """Share of the other contacts connected within NEARBY_DAYS of each contact's date who
    work at the employer of the job held then (0 without a date or neighbours). Counted over
    ``dates`` (those ``keep`` marks, when given: a duplicate row is no neighbour of its own)
    unless ``network`` (of the whole export) is given.

    A colleague who has since moved on shows another company, but was added in the same weeks
    as the colleagues who stayed: the employer's period is evidence of its own."""
    days = np.asarray(dates, dtype="datetime64[D]")
    known = ~np.isnat(days)
    out = np.zeros(len(days))
    if network is not None:
        sorted_days, running = network.dated_days, network.dated_at_employer
    elif keep is not None:
        flags = np.asarray(at_job_employer, dtype=bool)
        sorted_days, running = _dated_running_count(days[keep], flags[keep])
    else:
        sorted_days, running = _dated_running_count(days, at_job_employer)
    if not known.any() or len(sorted_days) < 2:
        return out
    d = days[known].astype(np.int64)
    own = np.asarray(at_job_employer, dtype=bool)[known]
    lo = np.searchsorted(sorted_days, d - NEARBY_DAYS, side="left")
    hi = np.searchsorted(sorted_days, d + NEARBY_DAYS, side="right")
    others = hi - lo - 1
    hits = running[hi] - running[lo] - own
    out[known] = np.where(others > 0, hits / np.maximum(others, 1), 0.0)
    return out


def company_codes(company: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Each row's code into the distinct company names (missing as ""), and those names."""
    return pd.factorize(pd.Series(company, dtype=object).fillna(""), sort=False)


def name_facts(names, career: Career) -> tuple[list[str], list[tuple], np.ndarray, np.ndarray]:
    """Of each distinct company name: its :func:`normalize_company` key, its
    :func:`vocab.company_name_fact`, its match tier and best employer of ``career``
    (:func:`match_companies`). Each name's own: a part of the names gives that part of the
    whole's, so two processes may share the work (~1.4 s of CPU for 120,000 names)."""
    # one pass per name: the key and the name's facts share normalize's cached cleaning
    per_name = [
        (normalize_company(u) if isinstance(u, str) else "", vocab.company_name_fact(u))
        for u in names
    ]
    employers = [p.company for p in career.positions]
    if employers:
        tier, best = match_companies(np.asarray(names, dtype=object), employers)
    else:
        tier, best = np.zeros(len(names), np.int8), np.full(len(names), -1)
    return [k for k, _ in per_name], [f for _, f in per_name], tier, best


def _company_keys(companies, job: np.ndarray, coded=None) -> tuple[np.ndarray, ...]:
    """Per row, the code of its company's :func:`normalize_company` key and of its (key, job)
    pair, with the text of each distinct one (the key; key + "\x00" + job index): the
    strings are made and looked up once per distinct value, never per row. ``coded``: each
    row's code of its distinct name and the names' keys, when known."""
    if coded is None:
        codes, uniques = pd.factorize(pd.Series(companies, dtype=object).fillna(""), sort=False)
        names = [normalize_company(u) if isinstance(u, str) else "" for u in uniques]
    else:
        codes, names = coded
    key_codes, keys = pd.factorize(np.array([*names, ""], dtype=object), sort=False)
    key = key_codes[codes]
    width = int(job.max(initial=-1)) + 2
    pair, pair_values = pd.factorize(key * width + (job + 1), sort=False)
    keys = np.asarray(keys, dtype=object)
    jobs = np.array([str(j) for j in range(-1, width - 1)], dtype=object)
    pairs = keys[pair_values // width] + "\x00" + jobs[pair_values % width]
    return key, keys, pair, pairs


def _counts(codes: np.ndarray, texts: np.ndarray) -> pd.Series:
    """How many rows hold each distinct text (``codes`` index ``texts``)."""
    return pd.Series(np.bincount(codes, minlength=len(texts)), index=texts)


def _key_codes(companies, coded=None) -> tuple[np.ndarray, np.ndarray]:
    """An integer code of each company's :func:`normalize_company` key (one per key) and
    whether the key is non-empty, working on the distinct names only (``coded``: the rows'
    codes and the names, when known)."""
    if coded is None:
        coded = pd.factorize(pd.Series(companies, dtype=object).fillna(""), sort=False)
    codes, uniques = coded
    keys = np.array(
        [*(normalize_company(u) if isinstance(u, str) else "" for u in uniques), ""], dtype=object
    )
    key_codes = pd.factorize(keys, sort=False)[0]
    return key_codes[codes], (keys != "")[codes]


def company_peers(
    companies,
    job: np.ndarray,
    network: NetworkFacts | None = None,
    coded=None,
    keyed=None,
    keep: np.ndarray | None = None,
) -> dict[str, np.ndarray]:
    """How many other contacts work at the same company, overall and among those connected
    during the same job (NaN without a company). Colleagues and clients come in clusters;
    friends' employers are scattered. Counted over ``companies`` unless ``network`` is given.
    ``coded``: ``pd.factorize`` of ``companies`` (missing ones as ""), when known; ``keyed``:
    :func:`_key_codes` of them, when known; ``keep``: the rows counted (a duplicate of an
    earlier row is not), when not all."""
    if network:
        if network.company_counts is None or network.company_job_counts is None:
            raise ValueError("a company not in the network's table, its counts left out")
        key, keys, pair, pairs = _company_keys(companies, job)
        peers = pd.Series(keys).map(network.company_counts).to_numpy(dtype=float)[key] - 1
        same_job = pd.Series(pairs).map(network.company_job_counts).to_numpy(dtype=float)[pair]
        same_job -= 1
        has = (keys != "")[key]
    else:  # counted on integer codes of the keys and (key, job) pairs: no joined strings
        codes, has = keyed if keyed is not None else _key_codes(companies, coded)
        pair = codes * (int(job.max(initial=-1)) + 2) + (job + 1)
        peers = np.bincount(codes)[codes].astype(float) - 1
        if len(pair) and pair.max() < 8 * len(pair) + 1024:  # small range: count, no sort
            same_job = np.bincount(pair)[pair].astype(float) - 1
        else:
            _, inverse, counts = np.unique(pair, return_inverse=True, return_counts=True)
            same_job = counts[inverse.ravel()].astype(float) - 1
        if keep is not None:  # rare (duplicates): counted again among the kept rows only
            peers, same_job = _kept_counts(codes, keep) - 1.0, _kept_counts(pair, keep) - 1.0
    return {
        "company_peers": np.where(has, peers, np.nan),
        "company_peers_same_job": np.where(has & (job >= 0), same_job, np.nan),
    }


def _kept_counts(values: np.ndarray, keep: np.ndarray) -> np.ndarray:
    """Per row, how many of the ``keep`` rows hold its value."""
    _, inverse = np.unique(values, return_inverse=True)
    inverse = inverse.ravel()
    return np.bincount(inverse[keep], minlength=inverse.max(initial=-1) + 1)[inverse].astype(float)


def _table_peers(table: CompanyTable, rows: np.ndarray, job: np.ndarray) -> dict[str, np.ndarray]:
    """:func:`company_peers` over the whole network, from its :class:`CompanyTable`."""
    key = table.key[rows]
    has = table.has_key[rows]
    peers = table.key_counts[key].astype(float) - 1
    pair = key * table.width + (job + 1)
    at = np.minimum(np.searchsorted(table.pair_codes, pair), max(len(table.pair_codes) - 1, 0))
    found = table.pair_codes[at] == pair if len(table.pair_codes) else np.zeros(len(pair), bool)
    same_job = np.where(found, table.pair_counts[at] - 1.0, np.nan) if len(pair) else peers
    return {
        "company_peers": np.where(has, peers, np.nan),
        "company_peers_same_job": np.where(has & (job >= 0), same_job, np.nan),
    }


def _same_surname(last_names: pd.Series, owner_name: str) -> np.ndarray:
    owner_last = owner_name.split(" ", 1)[1] if owner_name and " " in owner_name.strip() else ""
    owner_keys = surname_keys(owner_last) if owner_last else frozenset()
    if not owner_keys:
        return np.zeros(len(last_names), dtype=bool)
    return shares_surname(last_names, owner_keys)


def _employer_domain(emails: pd.Series, career: Career) -> np.ndarray:
    """The contact's e-mail domain names one of the owner's employers (e.g. jan@acme.nl)."""
    words = {w for p in career.positions for w in p.employer_key.split() if len(w) >= 3}
    if not words:
        return np.zeros(len(emails), dtype=bool)
    codes, uniques = pd.factorize(emails, sort=False)
    hits = np.array(
        [bool(set(email_domain(u).replace("-", ".").split(".")[:-1]) & words) for u in uniques]
        + [False]
    )
    return hits[codes]


def attribute_employer(
    facts: dict, career: Career, dates=None, company=None, title=None
) -> np.ndarray:
    """The position a contact would belong to if it is a work contact (-1 if the owner has none).

    A contact working at one of the owner's employers belongs to that employer's position;
    otherwise the job held when connecting; shortly after a job ended, that job (ex-colleagues
    and clients connect after a move) unless a new job had started; in a gap between jobs (or
    after the last), the job held last before it, never one that had not started yet (a
    Positions.csv start typed as 2030 would otherwise take every contact since the last job
    ended); before the first job, the first; with no date, the current or latest main job.
    Given the rows' ``dates``, ``company`` and ``title``, a contact met while several jobs
    ran goes to the one its evidence supports, else the main one (:func:`_concurrent_jobs`).
    """
    n = len(facts["job"])
    if not career.positions:
        return np.full(n, -1)
    fallback = _current_or_latest(career)
    out = np.where(facts["job"] >= 0, facts["job"], fallback)
    out = np.where((facts["job"] < 0) & (facts["previous_job"] >= 0), facts["previous_job"], out)
    recent_move = (facts["previous_job"] >= 0) & (
        np.nan_to_num(facts["months_after_job"], nan=1e9) <= RECENT_MOVE_MONTHS
    )
    early_in_job = np.nan_to_num(facts["months_into_job"], nan=1e9) <= 1.0
    out = np.where(recent_move & ((facts["job"] < 0) | early_in_job), facts["previous_job"], out)
    out = np.where(
        facts["before_first_job"], 0 if len(career.positions) == 1 else _first(career), out
    )
    if dates is not None and len(career.positions) > 1:
        held = (out == facts["job"]) & (facts["job"] >= 0)  # not moved to an earlier job
        out = _concurrent_jobs(out, held, career, dates, company, title)
    out = np.where(facts["employer_match"] >= 0, facts["employer_match"], out)
    return out.astype(np.int64)


def _concurrent_jobs(out, held, career: Career, dates, company, title) -> np.ndarray:
    """``out`` with each ``held`` row whose date more than one job covers given to the job its
    sector or title supports (its company's sector, or its title's line of work, is that
    job's), else to the main one of them (:func:`_main_rank`). The timing's covering job is
    the one started last: a side business typed in as current would take every contact."""
    starts = np.array([p.start or NAT for p in career.positions], dtype="datetime64[D]")
    ends = np.array(
        [career.effective_end(p) or NAT for p in career.positions], dtype="datetime64[D]"
    )
    days, inverse = np.unique(np.asarray(dates, dtype="datetime64[D]"), return_inverse=True)
    covers = (starts[None, :] <= days[:, None]) & (days[:, None] <= ends[None, :])  # NaT: no
    rows = np.flatnonzero(held & (covers.sum(axis=1) > 1)[inverse.ravel()])
    if not len(rows):
        return out
    covers = covers[inverse.ravel()[rows]]
    support = covers & _supports(career, np.asarray(company)[rows], np.asarray(title)[rows])
    among = np.where(support.any(axis=1)[:, None], support, covers)
    rank = _main_rank(career)
    out = np.array(out, copy=True)
    out[rows] = np.where(among, rank[None, :], len(rank)).argmin(axis=1)
    return out


def _supports(career: Career, company: np.ndarray, title: np.ndarray) -> np.ndarray:
    """Per row and position: the contact's company is in the employer's sector, or its title
    in the line of work of the position's title (a line of work, not "management")."""
    job_sector = np.array([lexicons.company_sector(p.company) for p in career.positions])
    job_family = np.array([lexicons.title_family(p.title) for p in career.positions])
    job_family = np.where(np.isin(job_family, list(lexicons.WORK_FAMILIES)), job_family, "")
    sector = lexicons.company_sectors(company).astype(str)
    family = lexicons.title_families(title).astype(str)
    same_sector = (sector[:, None] == job_sector[None, :]) & (job_sector != "")[None, :]
    same_work = (family[:, None] == job_family[None, :]) & (job_family != "")[None, :]
    return same_sector | same_work


def _main_rank(career: Career) -> np.ndarray:
    """Each position's rank as the main job among concurrent ones (0 = the most): no side job
    by its title (part-time, a board seat), no self-employment beside an employer, the longer
    time at its employer (a promotion splits one employer's years into positions), then the
    later started."""
    tenure = _tenures(career)
    order = sorted(
        range(len(career.positions)),
        key=lambda i: (
            career.positions[i].is_side_job,
            is_self_employed(career.positions[i].company),
            -tenure[i],
            -(career.positions[i].start or pd.Timestamp.min.date()).toordinal(),
        ),
    )
    rank = np.empty(len(order), dtype=np.int64)
    rank[order] = np.arange(len(order))
    return rank


def _tenures(career: Career) -> list[int]:
    """Per position, the days from the first start to the last end of the positions at its
    employer (of itself alone without an employer name); -1 when a date is unknown."""
    spans: dict[str, tuple] = {}
    for k, p in enumerate(career.positions):
        end = career.effective_end(p)
        if p.start is None or end is None:
            continue
        key = p.employer_key or f"\x00{k}"
        first, last = spans.get(key, (p.start, end))
        spans[key] = (min(first, p.start), max(last, end))
    tenure = []
    for k, p in enumerate(career.positions):
        span = spans.get(p.employer_key or f"\x00{k}")
        tenure.append((span[1] - span[0]).days if span else -1)
    return tenure


def _current_or_latest(career: Career) -> int:
    main = [i for i, p in enumerate(career.positions) if not p.is_side_job]
    candidates = main or range(len(career.positions))
    current = [i for i in candidates if career.positions[i].is_current]
    pool = current or candidates
    rank = _main_rank(career)
    return max(
        pool,
        key=lambda i: (_end_rank(career, career.positions[i]), -rank[i]),
    )


def _end_rank(career: Career, position) -> date:
    """When ``position`` ended, for ranking: a current job last of all; a past job whose end
    is unknown when the next job began (else when it started)."""
    if position.end_unknown and position.end is None:
        return career.effective_end(position) or position.start or pd.Timestamp.min.date()
    return position.end or pd.Timestamp.max.date()


def _first(career: Career) -> int:
    return min(
        range(len(career.positions)),
        key=lambda i: career.positions[i].start or pd.Timestamp.min.date(),
    )
