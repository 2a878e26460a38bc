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


def connection_days(contacts: pd.DataFrame) -> np.ndarray:
    """The connection date of each contact as int64 days since 1970 (NaT as INT64 minimum)."""
    days = contacts["connected_on"].to_numpy(dtype="datetime64[ns]").astype("datetime64[D]")
    return days.astype(np.int64)


def company_bursts(
    contacts: pd.DataFrame, min_contacts: int = 5, window_days: int = BURST_DAYS
) -> pd.DataFrame:
    """One row per company with at least ``min_contacts`` contacts (by normalised name),
    with BURST_COLUMNS: the spelling most contacts use, how many work there, how many have a
    date, the first and last connection day (int64 days), the start of the ``window_days``
    window where its contacts came in most above the network's own pace, how many came in
    that window, how many the network's pace would have brought, and the year most were
    added (with its count). Sorted by contacts, most first."""
    keys = normalize_companies(contacts["company"].to_numpy(dtype=object))
    days = connection_days(contacts)
    known = days != np.iinfo(np.int64).min
    frame = pd.DataFrame(
        {"key": keys, "company": contacts["company"].to_numpy(dtype=object), "day": days}
    )
    frame = frame[frame["key"].ne("")]
    counts = frame["key"].value_counts()
    counts = counts[counts >= min_contacts]
    if counts.empty:
        return pd.DataFrame(columns=BURST_COLUMNS)
    frame = frame[frame["key"].isin(counts.index)]
    spelling = frame.groupby("key")["company"].agg(lambda s: s.value_counts().index[0])
    dated = frame[frame["day"] != np.iinfo(np.int64).min]
    all_days = np.sort(days[known])
    stats = pd.DataFrame({"contacts": counts})
    stats["company"] = spelling
    stats["dated"] = dated["key"].value_counts().reindex(stats.index, fill_value=0)
    grouped = dated.groupby("key")["day"]
    stats["first_day"] = grouped.min()
    stats["last_day"] = grouped.max()
    stats = stats.join(_best_windows(dated, all_days, window_days))
    years = pd.to_datetime(dated["day"], unit="D").dt.year
    per_year = dated.assign(year=years).groupby(["key", "year"]).size()
    top = per_year.sort_values(ascending=False, kind="stable").groupby(level="key").head(1)
    stats["peak_year"] = pd.Series(
        top.index.get_level_values("year"), top.index.get_level_values("key")
    )
    stats["peak_year_contacts"] = pd.Series(top.to_numpy(), top.index.get_level_values("key"))
    stats = stats.rename_axis("key").reset_index()
    return stats.sort_values(["contacts", "key"], ascending=[False, True], kind="stable")[
        BURST_COLUMNS
    ].reset_index(drop=True)


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
