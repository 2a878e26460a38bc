"""Date arithmetic behind :mod:`model.career`: dates to day arrays, Positions.csv months, and
the vectorised timing table of connection dates against the owner's positions."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, datetime

import numpy as np
import pandas as pd

from .dates import MONTHS

# one date (date, datetime, numpy or ISO text) or an array / Series / Index / list of them
Dates = date | datetime | np.datetime64 | str | None | np.ndarray | pd.Series | pd.Index | list

DAYS_PER_MONTH = 365.25 / 12
NAT_DAY = np.datetime64("NaT", "D")


@dataclass(frozen=True)
class Timing:
    """Where each date falls on the career; arrays aligned with the dates asked about.

    ``position`` is the index (in ``Career.positions``) of the primary covering position — a
    main job before a side job, then the most recently started — or -1; months are NaN when
    they do not apply.
    """

    known: np.ndarray  # bool: the date is known (not NaT)
    position: np.ndarray  # int64
    n_covering: np.ndarray  # int64: how many positions cover the date (overlapping jobs)
    before_first_job: np.ndarray  # bool
    in_gap: np.ndarray  # bool: between the first start and the last end, in no position
    after_last_job: np.ndarray  # bool: after every position ended
    months_since_end: np.ndarray  # float64: since the latest end before it, outside positions
    months_into_position: np.ndarray  # float64: since the primary position started
    months_on_linkedin: np.ndarray  # float64: since joining LinkedIn (may be negative)
    first_months: np.ndarray  # bool: within the first months after joining

    def take(self, index: np.ndarray) -> Timing:
        """The rows at ``index`` (used to spread per-day results back over all dates)."""
        return Timing(**{k: v[index] for k, v in self.__dict__.items()})

    def scalar(self) -> dict:
        """The single row of a one-date Timing as plain Python values."""
        return {k: v[0].item() for k, v in self.__dict__.items()}


def timing_of_days(
    days: np.ndarray,
    starts: np.ndarray,
    ends: np.ndarray,
    priority: np.ndarray,
    join: date | None,
    first_months: float,
) -> Timing:
    """The Timing of each of ``days`` (datetime64[D]) against periods ``starts``..``ends``
    (datetime64[D], NaT unknown); ``priority`` ranks positions, highest = primary."""
    n = len(days)
    known = ~np.isnat(days)
    d = days.astype(np.int64)[:, None]
    s, e = starts.astype(np.int64)[None, :], ends.astype(np.int64)[None, :]
    has_start, has_end = ~np.isnat(starts)[None, :], ~np.isnat(ends)[None, :]

    cover = known[:, None] & has_start & (d >= s) & (d <= e)
    n_cov = cover.sum(axis=1).astype(np.int64)
    if len(starts):
        best = np.argmax(np.where(cover, priority[None, :], -1), axis=1)
    else:
        best = np.zeros(n, dtype=np.int64)
    position = np.where(n_cov > 0, best, -1).astype(np.int64)

    outside = known & (n_cov == 0)
    first = s[has_start].min() if has_start.any() else None
    last = e[has_end].max() if has_end.any() else None
    d1 = d[:, 0]
    before = known & (d1 < first) if first is not None else np.zeros(n, bool)
    after = outside & (d1 > last) if last is not None else np.zeros(n, bool)
    gap = outside & ~before & ~after if first is not None else np.zeros(n, bool)

    ended = has_end & (e < d)
    floor = np.iinfo(np.int64).min
    last_end = np.where(ended, e, floor).max(axis=1, initial=floor)
    since_end = np.where(outside & ended.any(axis=1), (d1 - last_end) / DAYS_PER_MONTH, np.nan)
    start_of = s[0, np.maximum(position, 0)] if len(starts) else np.zeros(n, np.int64)
    into = np.where(position >= 0, (d1 - start_of) / DAYS_PER_MONTH, np.nan)

    if join is not None and n:
        on_li = np.where(known, (d1 - day_number(join)) / DAYS_PER_MONTH, np.nan)
    else:
        on_li = np.full(n, np.nan)
    with np.errstate(invalid="ignore"):
        burst = known & (on_li < first_months)
    return Timing(known, position, n_cov, before, gap, after, since_end, into, on_li, burst)


def day_number(day: date) -> int:
    """Days since 1970-01-01, the integer form of datetime64[D]."""
    return int(np.datetime64(day, "D").astype(np.int64))


def as_days(dates: Dates) -> tuple[np.ndarray, bool]:
    """(datetime64[D] array, whether a single date was given); times of day are dropped."""
    if dates is None or isinstance(dates, (date, datetime, np.datetime64, str)):
        return np.array([_scalar_day(dates)], dtype="datetime64[D]"), True
    if isinstance(dates, (pd.Series, pd.Index)):
        if isinstance(dates.dtype, pd.DatetimeTZDtype):
            dates = (
                dates.dt.tz_localize(None)
                if isinstance(dates, pd.Series)
                else dates.tz_localize(None)
            )
        values = np.asarray(dates.to_numpy())
    else:
        values = np.asarray(dates)
    if values.dtype.kind != "M":
        values = pd.to_datetime(
            pd.Series(values.ravel(), dtype=object), errors="coerce", format="ISO8601"
        ).to_numpy()
    return values.astype("datetime64[D]").ravel(), False


def _scalar_day(value) -> np.datetime64:
    if value is None or (isinstance(value, str) and not value.strip()):
        return NAT_DAY
    if isinstance(value, datetime):
        value = value.date() if value.tzinfo is None else value.replace(tzinfo=None).date()
    if isinstance(value, str):
        ts = pd.to_datetime(value, errors="coerce")
        return NAT_DAY if pd.isna(ts) else np.datetime64(ts.date(), "D")
    return np.datetime64(value, "D")


_MONTHS = MONTHS  # one table of English and Dutch month names, in model.dates
_MONTH_YEAR = re.compile(r"([a-z]+)\.?\s*[-/ ]?\s*(\d{4})")
_NUMERIC_MONTH = re.compile(r"(?:(\d{4})[-/.](\d{1,2})|(\d{1,2})[-/.](\d{4}))")
# What Excel makes of "Sep 2021" when a Positions.csv is opened and saved: the 1st of that month,
# written as "Sep-21" (mmm-yy), "1-9-2021" (day first) or "9/1/2021" (month first).
_EXCEL_MONTH = re.compile(r"([a-z]+)\.?[-/ ](\d{2})")
_EXCEL_FIRST = re.compile(r"(\d{1,2})([-/.])(\d{1,2})\2(\d{4}|\d{2})")


def _full_year(text: str) -> int:
    year = int(text)
    return year if len(text) == 4 else year + (2000 if year < 70 else 1900)


def parse_month(text: str, *, end: bool = False) -> date | None:
    """A Positions.csv date ("Mar 2015", "mrt 2015", "2015", "2015-03", "03/2015", an ISO
    day, or Excel's re-saving of a month: "Mar-15", "1-3-2015", "3/1/2015") as the first day
    of that month or year — the last day when ``end`` — or None."""
    text = (text or "").strip().casefold() if isinstance(text, str) else ""
    year = month = day = None
    if m := re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", text):
        year, month, day = (int(g) for g in m.groups())
    elif (m := _MONTH_YEAR.fullmatch(text)) and m.group(1) in _MONTHS:
        year, month = int(m.group(2)), _MONTHS[m.group(1)]
    elif m := _NUMERIC_MONTH.fullmatch(text):
        year, month = int(m.group(1) or m.group(4)), int(m.group(2) or m.group(3))
    elif re.fullmatch(r"\d{4}", text):
        year, month = int(text), 12 if end else 1
    elif (m := _EXCEL_MONTH.fullmatch(text)) and m.group(1) in _MONTHS:
        year, month = _full_year(m.group(2)), _MONTHS[m.group(1)]
    elif (m := _EXCEL_FIRST.fullmatch(text)) and 1 in (int(m.group(1)), int(m.group(3))):
        a, b = int(m.group(1)), int(m.group(3))  # the 1 is the day: the other is the month
        year, month = _full_year(m.group(4)), b if a == 1 else a
    if year is None or not (1900 <= year <= 2200) or not (1 <= month <= 12):
        return None
    try:
        if day is not None:
            return date(year, month, day)
        last = calendar.monthrange(year, month)[1]
        return date(year, month, last if end else 1)
    except ValueError:
        return None
