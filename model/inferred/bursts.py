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
) -> pd.DataFrame:
    """One row per company with at least ``min_contacts`` contacts (by normalised name; only
    the ``top`` largest when given), with BURST_COLUMNS: the spelling most contacts use, how
    many work there, how many have a date, the first and last connection day (int64 days),
    the start of the ``window_days`` window where its contacts came in most above the
    network's own pace, how many came in that window, how many the network's pace would have
    brought, and the year most were added (with its count). Sorted by contacts, most first.
    The frame's ``attrs["with_company"]`` holds the number of contacts with any company.
    ``keys``: the normalised company names, when the caller has them already."""
    if keys is None:
        keys = normalize_companies(contacts["company"].to_numpy(dtype=object))
    days = connection_days(contacts)
    has = keys != ""
    counts = pd.Series(keys[has]).value_counts()
    counts = counts[counts.to_numpy() >= min_contacts]
    if top is not None:
        counts = counts.head(top)
    out = pd.DataFrame(columns=BURST_COLUMNS)
    if not counts.empty:
        out = _details(keys, contacts, days, counts, window_days)
    out.attrs["with_company"] = int(has.sum())
    return out


def _details(keys, contacts, days, counts: pd.Series, window_days: int) -> pd.DataFrame:
    """BURST_COLUMNS for the companies of ``counts`` (key → contacts)."""
    chosen = np.isin(keys, counts.index.to_numpy())
    frame = pd.DataFrame(
        {
            "key": keys[chosen],
            "company": contacts["company"].to_numpy(dtype=object)[chosen],
            "day": days[chosen],
        }
    )
    spellings = frame.groupby(["key", "company"], sort=False).size().reset_index(name="n")
    spellings = spellings.sort_values("n", ascending=False, kind="stable")
    spelling = spellings.drop_duplicates("key").set_index("key")["company"]
    known = days != NO_DAY
    dated = frame[frame["day"] != NO_DAY]
    stats = pd.DataFrame({"contacts": counts})
    stats["company"] = spelling
    stats["dated"] = dated["key"].value_counts().reindex(stats.index, fill_value=0)
    grouped = dated.groupby("key")["day"]
    stats["first_day"] = grouped.min()
    stats["last_day"] = grouped.max()
    stats = stats.join(_best_windows(dated, np.sort(days[known]), window_days))
    years = dated["day"].to_numpy().astype("datetime64[D]").astype("datetime64[Y]").astype(int)
    per_year = dated.assign(year=years + 1970).groupby(["key", "year"]).size()
    peak = per_year.sort_values(ascending=False, kind="stable").groupby(level="key").head(1)
    peak_keys = peak.index.get_level_values("key")
    stats["peak_year"] = pd.Series(peak.index.get_level_values("year"), peak_keys)
    stats["peak_year_contacts"] = pd.Series(peak.to_numpy(), peak_keys)
    return stats.rename_axis("key").reset_index()[BURST_COLUMNS]


def _best_windows(dated: pd.DataFrame, all_days: np.ndarray, window: int) -> pd.DataFrame:
    """Per company key: the window of ``window`` days, starting at one of its own connection
    days, where it gained most above the network's pace (burst_start, burst_contacts,
    burst_expected)."""
    if dated.empty:
        return pd.DataFrame(columns=["burst_start", "burst_contacts", "burst_expected"])
    codes, uniques = pd.factorize(dated["key"], sort=True)
    day = dated["day"].to_numpy(np.int64)
    order = np.lexsort((day, codes))
    codes, day = codes[order], day[order]
    # one sorted line: company code in the high bits, day in the low ones
    base = day.min()
    line = codes.astype(np.int64) * (1 << 32) + (day - base)
    inside = np.searchsorted(line, line + window, side="right") - np.arange(len(line))
    network_share = (
        np.searchsorted(all_days, day + window, side="right")
        - np.searchsorted(all_days, day, side="left")
    ) / max(len(all_days), 1)
    size = np.bincount(codes)[codes]
    expected = size * network_share
    excess = inside - expected
    best = pd.Series(excess).groupby(codes).idxmax().to_numpy()
    return pd.DataFrame(
        {
            "burst_start": day[best],
            "burst_contacts": inside[best],
            "burst_expected": expected[best],
        },
        index=pd.Index(uniques, name="key"),
    )
