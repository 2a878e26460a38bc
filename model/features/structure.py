"""Structural facts of a network that mean the same whatever its size or source.

A raw count ("12 other contacts work there") means a cluster in a network of 150 and nothing
in one of 8,000, and how many contacts a member adds on one day is a habit of the member. Each
fact here is therefore relative to the person's own network: a percentile within it, or a
share of the company's contacts against the same share of the whole network. They are what
tells the hard cases apart without reading any word: a company whose contacts all came in
the owner's years at one employer is tied to that job (colleagues who moved on, clients); one
whose contacts are scattered over the years is where some friends happen to work.

Computed once per network (:func:`structure_table`, the first pass of a large export) and
looked up per row (:func:`structure_facts`), so a chunk gets the same values as the whole.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

STRUCTURE_COLUMNS = [
    "company_rank",
    "company_job_share",
    "company_time_share",
    "day_rank",
    "job_colleague_share",
]
TIME_WINDOW_DAYS = 182  # "connected in the same half year": a job's team, a project's client
MIN_OTHERS = 2  # a company's time profile needs at least this many other dated contacts


@dataclass(frozen=True)
class StructureTable:
    """Per network: what :func:`structure_facts` looks up. Key codes index ``key_rank`` and
    ``dated_key_counts``; a (key, job) code is ``key * width + job + 1``."""

    key_rank: np.ndarray  # per key code: mid-rank percentile of its size (NaN: no key)
    dated_key_counts: np.ndarray  # per key code: its dated contacts
    width: int
    pair_counts: np.ndarray  # per (key, job) code: its dated contacts
    base: int  # the earliest day (int64) minus the window, so day offsets are positive
    span: int  # a (key, day) code is key * span + day - base
    company_days: np.ndarray  # sorted (key, day) codes of dated contacts with a key
    dated: int  # dated contacts
    running: np.ndarray  # per day offset: dated contacts before it (span + 1 long)
    day_rank: np.ndarray  # per day offset: mid-rank percentile of its contacts (NaN: none)
    job_dated: np.ndarray  # per job + 1: dated contacts connected during it …
    job_at_employer: np.ndarray  # … and those of them working at its employer


def _mid_rank(sizes: np.ndarray, weight: np.ndarray) -> np.ndarray:
    """Per group of ``sizes`` (each holding ``weight`` members): the share of all members in
    smaller groups plus half the share in groups of the same size."""
    total = weight.sum()
    if not total:
        return np.full(len(sizes), np.nan)
    values, inverse = np.unique(sizes, return_inverse=True)
    mass = np.bincount(inverse.ravel(), weights=weight, minlength=len(values))
    below = np.concatenate([[0.0], np.cumsum(mass)[:-1]])
    return ((below + 0.5 * mass) / total)[inverse.ravel()]


def structure_table(
    key: np.ndarray, has_key: np.ndarray, job: np.ndarray, days: np.ndarray, at_employer
) -> StructureTable:
    """The :class:`StructureTable` of a whole network: per row its company's key code
    (``key``, codes from 0), whether the key is non-empty, the owner's job then (-1 none),
    the connection day (datetime64[D], NaT unknown) and whether the contact works at the
    employer of that job (``company_is_job_employer``)."""
    key = np.asarray(key, dtype=np.int64)
    has = np.asarray(has_key, dtype=bool)
    day = np.asarray(days, dtype="datetime64[D]")
    dated = ~np.isnat(day)
    d = day.astype(np.int64)
    n_keys = int(key.max(initial=-1)) + 1
    counts = np.bincount(key[has], minlength=n_keys)
    rank = np.full(n_keys, np.nan)
    used = np.flatnonzero(counts)
    rank[used] = _mid_rank(counts[used], counts[used].astype(float))
    both = dated & has
    width = int(job.max(initial=-1)) + 2
    pairs = np.bincount(key[both] * width + job[both] + 1, minlength=n_keys * width)
    known = d[dated]
    base = int(known.min()) - TIME_WINDOW_DAYS - 1 if len(known) else 0
    span = int(known.max()) - base + TIME_WINDOW_DAYS + 2 if len(known) else 1
    per_day = np.bincount(known - base, minlength=span)  # days as offsets: counted, no sort
    day_rank = np.full(span, np.nan)
    present = np.flatnonzero(per_day)
    day_rank[present] = _mid_rank(per_day[present], per_day[present].astype(float))
    return StructureTable(
        key_rank=rank,
        dated_key_counts=np.bincount(key[both], minlength=n_keys),
        width=width,
        pair_counts=pairs,
        base=base,
        span=span,
        company_days=np.sort(key[both] * span + (d[both] - base)),
        dated=len(known),
        running=np.concatenate([[0], np.cumsum(per_day)]),
        day_rank=day_rank,
        job_dated=np.bincount(job[dated] + 1, minlength=width),
        job_at_employer=np.bincount(
            job[dated & np.asarray(at_employer, bool)] + 1, minlength=width
        ),
    )


def structure_facts(
    table: StructureTable, key: np.ndarray, has_key: np.ndarray, job: np.ndarray, days, at_employer
) -> dict[str, np.ndarray]:
    """STRUCTURE_COLUMNS of rows (their key codes into ``table``, as :func:`structure_table`
    takes them), each counted over the network the table was made of:

    - ``company_rank``: where the contact's company stands by size among the network's
      contacts that show a company (mid-rank percentile: near 1 for the largest cluster);
    - ``company_job_share``: of the company's other dated contacts, the share connected in
      the same part of the owner's career as this one (the same job, or outside any job);
    - ``company_time_share``: c / (c + n), where c is the share of the company's other dated
      contacts connected within TIME_WINDOW_DAYS of this one and n the same share of the
      whole network (0.5: no more clustered than the network then; 1: only this company);
    - ``day_rank``: where the contact's connection day stands by its number of contacts
      among the network's dated contacts (mid-rank percentile);
    - ``job_colleague_share``: of the other contacts connected during the same job, the share
      working at that job's employer (a job whose additions were mostly colleagues adds few
      friends; its other contacts are likelier colleagues who moved on); NaN outside a job or
      with fewer than MIN_OTHERS others.

    NaN where a fact does not apply: no company, no date, or (both company shares) fewer
    than MIN_OTHERS other dated contacts at the company."""
    key = np.asarray(key, dtype=np.int64)
    has = np.asarray(has_key, dtype=bool)
    day = np.asarray(days, dtype="datetime64[D]")
    dated = ~np.isnat(day)
    d = np.where(dated, day.astype(np.int64), 0)  # NaT's integer would wrap in the sums
    n = len(key)
    safe = np.where(has, key, 0)
    if not len(table.key_rank):
        safe = np.zeros(n, np.int64)
        has = np.zeros(n, bool)
    rank = np.where(has, table.key_rank[safe] if len(table.key_rank) else np.nan, np.nan)
    both = dated & has
    others = np.where(both, table.dated_key_counts[safe] - 1 if has.any() else 0, 0)
    profile = both & (others >= MIN_OTHERS)
    pair = safe * table.width + job + 1
    same_part = table.pair_counts[np.where(profile, pair, 0)] if profile.any() else 1
    job_share = np.where(profile, (same_part - 1) / np.maximum(others, 1), np.nan)
    # only rows with a profile are looked up; their queries sorted, which searchsorted
    # walks far faster than scattered ones
    rows = np.flatnonzero(profile)
    offset = safe[rows] * table.span + (d[rows] - table.base)
    order = np.argsort(offset, kind="stable")
    near_company = np.zeros(n, np.int64)
    near_company[rows[order]] = np.searchsorted(
        table.company_days, offset[order] + TIME_WINDOW_DAYS, side="right"
    ) - np.searchsorted(table.company_days, offset[order] - TIME_WINDOW_DAYS, side="left")
    # a day outside the table's span (a chunk's date the network lacks) counts as unseen
    at = np.clip(d - table.base, 0, table.span - 1)
    top = np.clip(at + TIME_WINDOW_DAYS + 1, 0, table.span)
    near_all = table.running[top] - table.running[np.clip(at - TIME_WINDOW_DAYS, 0, table.span)]
    c = (near_company - 1) / np.maximum(others, 1)
    network = (near_all - 1) / max(table.dated - 1, 1)
    with np.errstate(invalid="ignore", divide="ignore"):
        time_share = np.where(c + network > 0, c / (c + network), 0.5)
    day_rank = table.day_rank[at]
    in_job = dated & (job >= 0)
    mates = table.job_dated[np.where(in_job, job + 1, 0)] - 1
    own = np.asarray(at_employer, bool)
    colleagues = table.job_at_employer[np.where(in_job, job + 1, 0)] - own
    enough = in_job & (mates >= MIN_OTHERS)
    return {
        "company_rank": rank,
        "company_job_share": job_share,
        "company_time_share": np.where(profile, time_share, np.nan),
        "day_rank": np.where(dated, day_rank, np.nan),
        "job_colleague_share": np.where(enough, colleagues / np.maximum(mates, 1), np.nan),
    }
