"""Which companies stand out in a network: many contacts there, added in a burst.

How a LinkedIn network forms: in the first weeks at a new job a person connects with dozens
of colleagues, and keeps adding a few more while the job lasts; many of those colleagues still
work there when the export is made, so the employer shows up as a company that holds an unusual
share of the contacts and whose connection dates bunch in one period. Friends, classmates and
most business contacts are spread over many companies and over the years. A company's burst is
measured against the network itself (a network that grew fast in 2019 makes every company look
busy in 2019), so the test needs no idea of what the companies or titles are.

Everything is computed per company with pandas/numpy on sorted arrays: a few milliseconds for
30,000 contacts.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from ..normalize import normalize_companies

BURST_DAYS = 365  # the window a job's first wave of colleagues falls in
BURST_COLUMNS = [
    "key",
    "company",
    "contacts",
    "dated",
    "first_day",
    "last_day",
    "burst_start",
    "burst_contacts",
    "burst_expected",
    "peak_year",
    "peak_year_contacts",
]


NO_DAY = np.iinfo(np.int64).min  # what connection_days gives for an unknown date


def connection_days(contacts: pd.DataFrame) -> np.ndarray:
    """The connection date of each contact as int64 days since 1970 (NaT as INT64 minimum)."""
    days = contacts["connected_on"].to_numpy(dtype="datetime64[ns]").astype("datetime64[D]")
    return days.astype(np.int64)


def company_bursts(
    contacts: pd.DataFrame,
    min_contacts: int = 5,
    window_days: int = BURST_DAYS,
    top: int | None = None,
    keys: np.ndarray | None = None,
    factorized: tuple[np.ndarray, np.ndarray] | None = None,
) -> pd.DataFrame:
    """One row per company with at least ``min_contacts`` contacts (by normalised name; only
    the ``top`` largest when given), with BURST_COLUMNS: the spelling most contacts use, how
    many work there, how many have a date, the first and last connection day (int64 days),
    the start of the ``window_days`` window where its contacts came in most above the
    network's own pace, how many came in that window, how many the network's pace would have
    brought, and the year most were added (with its count). Sorted by contacts, most first.
    The frame's ``attrs["with_company"]`` holds the number of contacts with any company.
    ``keys``: the normalised company names, when the caller has them already;
    ``factorized``: ``pd.factorize(keys)``, likewise."""
    if factorized is None:
        if keys is None:
            keys = normalize_companies(contacts["company"].to_numpy(dtype=object))
        # integer codes: counting and picking rows on them is far cheaper than on the strings
        factorized = pd.factorize(keys)
    codes, uniques = factorized
    days = connection_days(contacts)
    sizes = np.bincount(codes, minlength=len(uniques))
    sizes[uniques == ""] = 0  # no company
    ranked = np.lexsort((np.arange(len(sizes)), -sizes))  # most contacts first, then first seen
    ranked = ranked[sizes[ranked] >= max(min_contacts, 1)]
    if top is not None:
        ranked = ranked[:top]
    company = contacts["company"].to_numpy(dtype=object)
    network_days = np.sort(days[days != NO_DAY])
    rows = [
        _company_row(
            uniques[k], int(sizes[k]), codes == k, company, days, network_days, window_days
        )
        for k in ranked
    ]
    out = pd.DataFrame(rows, columns=BURST_COLUMNS)
    out.attrs["with_company"] = int(sizes.sum())
    return out


def _company_row(key, size, rows, company, days, network_days, window) -> dict:
    """BURST_COLUMNS of one company whose contacts are ``rows`` (a few arrays of its own:
    a handful of companies is asked about, so plain numpy beats grouping all of them)."""
    spellings, counts = np.unique(company[rows].astype(str), return_counts=True)
    day = np.sort(days[rows])
    day = day[day != NO_DAY]
    out = {"key": key, "company": spellings[np.argmax(counts)], "contacts": size}
    out["dated"] = len(day)
    if not len(day):
        return out | dict.fromkeys(BURST_COLUMNS[4:], None)
    # contacts added in the window from each of its days, and what the network's pace gives
    inside = np.searchsorted(day, day + window, side="right") - np.arange(len(day))
    pace = np.searchsorted(network_days, day + window, side="right") - np.searchsorted(
        network_days, day, side="left"
    )
    expected = len(day) * pace / max(len(network_days), 1)
    best = int(np.argmax(inside - expected))
    years, per_year = np.unique(
        day.astype("datetime64[D]").astype("datetime64[Y]").astype(int) + 1970,
        return_counts=True,
    )
    peak = int(np.argmax(per_year))  # the earliest of equally busy years
    return out | {
        "first_day": int(day[0]),
        "last_day": int(day[-1]),
        "burst_start": int(day[best]),
        "burst_contacts": int(inside[best]),
        "burst_expected": float(expected[best]),
        "peak_year": int(years[peak]),
        "peak_year_contacts": int(per_year[peak]),
    }
