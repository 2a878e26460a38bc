"""Read the dates people's exports contain, in whatever style LinkedIn or Excel wrote them.

Only distinct values are parsed (an export of 30,000 rows has a few thousand distinct dates),
with vectorised regular expressions. Day/month order of numeric dates (``3/5/21``) is decided
once per file from all its values: a first field above 12 proves day-first, a second field
above 12 proves month-first. When nothing proves either, a documented default is used and a
warning says so.
"""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pandas as pd

from .messages import Message

MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    (
        "jan january januari janv",
        "feb february februari febr",
        "mar march mrt maart mär märz mrz",
        "apr april",
        "may mei mai",
        "jun june juni",
        "jul july juli",
        "aug august augustus",
        "sep sept september",
        "oct october okt oktober",
        "nov november",
        "dec december dez dezember",
    ),
    start=1,
):
    for _name in _names.split():
        MONTHS[_name] = _number

# a zone after the clock (ISO's "Z", "+01:00", "UTC") is read past: the day is as written
_ZONE = r"(?:\s*(?:Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?))?"
_TIME = (
    r"(?:(?:,\s*|\s*T\s*|\s+)(?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2})(?:\.\d+)?)?"
    r"\s*(?P<ampm>[AaPp]\.?\s?[Mm]\.?)?" + _ZONE + r")?"
)
# One pattern with an alternative per family: one match per distinct value is the cost.
_DATE = re.compile(
    r"^(?:"
    r"(?P<iy>\d{4})(?P<isep>[-/.])(?P<im>\d{1,2})(?P=isep)(?P<id>\d{1,2})"  # 2021-09-16
    r"|(?P<na>\d{1,2})(?P<nsep>[-/.])(?P<nb>\d{1,2})(?P=nsep)(?P<ny>\d{4}|\d{2})"  # 3/5/21
    r"|(?P<td>\d{1,2})\.?[\s\-/]*(?P<tmon>[^\W\d_]+)\.?[\s\-/,]*(?P<ty>\d{4}|\d{2})"  # 5 mrt 2021
    r"|(?P<mmon>[^\W\d_]+)\.?[\s\-]+(?P<md>\d{1,2}),?\s+(?P<my>\d{4})"  # March 5, 2021
    r"|(?P<xs>[2-7]\d{4})(?:\.\d+)?"  # 44260: Excel's day number (a date cell saved as General)
    r")" + _TIME + r"$"
)
_EXCEL_EPOCH = np.datetime64("1899-12-30", "D")  # day 0 of Excel's 1900 system, leap bug included
_GROUPS = list(_DATE.groupindex)
_CLOCK_AT = re.compile(r"(?:,\s*|\s*T\s*|\s+)(?=\d{1,2}:\d{2})")
_CLOCK = re.compile(
    r"^(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*([AaPp]\.?\s?[Mm]\.?)?" + _ZONE + "$"
)
CLOCK_SPLIT_MIN = 2000  # distinct values from which dates and times are parsed apart

ORDERS = ("DMY", "MDY", "YMD", "text")


def parse_dates(
    values: pd.Series, *, path=None, delimiter: str = "", known_order: str = ""
) -> tuple[pd.Series, str, list[str]]:
    """Parse a column of date texts; returns (datetime64[ns] Series, order, warnings).

    ``order`` is "DMY", "MDY", "YMD", "text" or "" (no dates at all). Unreadable values become
    NaT and are counted in a warning. ``path`` names the file in warnings; ``delimiter`` ";"
    makes day-first the default for unresolvable numeric dates; ``known_order`` ("MDY" for
    LinkedIn's own Registration and Invitations files) is used without a warning unless the
    values contradict it.
    """
    text = pd.Series(values, copy=False).astype("str").fillna("")
    # stripped per distinct text, not per value: a million dates hold a few thousand texts
    raw_codes, raw = pd.factorize(text, use_na_sentinel=True)
    out, order, warnings = parse_coded_dates(
        raw_codes, raw, path=path, delimiter=delimiter, known_order=known_order
    )
    name = getattr(values, "name", None)
    return pd.Series(out, index=text.index, name=name), order, warnings


def parse_coded_dates(
    raw_codes: np.ndarray, raw, *, path=None, delimiter: str = "", known_order: str = ""
) -> tuple[np.ndarray, str, list[str]]:
    """:func:`parse_dates` of a column given as ``pd.factorize`` gives it: each value's code
    into the distinct texts ``raw`` (no missing one); the dates as a datetime64[ns] array.
    A reader that found the codes chunk by chunk (:mod:`model.readers.stream`) need not join
    a million texts to factorize them again."""
    where = Message("note.in_file", file=_name_of(path)) if path is not None else ""
    codes, uniques = pd.factorize(pd.Series(raw, dtype="str").str.strip())
    codes = codes[raw_codes]
    uniq = pd.Series(uniques, dtype="str")
    parts, order, warnings = _parse_uniques(uniq, where, delimiter, known_order)
    stamps = _assemble(parts)
    bad = stamps.isna() & (uniq != "").to_numpy()
    if bad.any():
        examples = ", ".join(repr(v) for v in uniq[bad][:3])
        count = int(np.isin(codes, np.flatnonzero(bad)).sum())
        warnings.append(Message("note.dates_unreadable", n=count, where=where, examples=examples))
    taken = np.where(codes >= 0, codes, 0)
    out = stamps.to_numpy()[taken] if len(stamps) else np.full(len(codes), np.datetime64("NaT"))
    out = np.where(codes >= 0, out, np.datetime64("NaT"))
    return out.astype("datetime64[ns]"), order, warnings


def _name_of(path) -> str:
    return Path(str(path)).name


def _parse_uniques(uniq: pd.Series, where: str, delimiter: str, known_order: str = ""):
    """Year/month/day/hour/minute/second arrays for each distinct text, plus order and notes."""
    values = uniq.tolist()
    if len(values) >= CLOCK_SPLIT_MIN and _may_hold_clocks(values):
        # Times of day make nearly every value distinct (LinkedIn's 2018 style); dates and
        # times apart have a few thousand distinct values each.
        dates, clocks = _split_clocks(values)
        date_codes, date_uniq = pd.factorize(np.array(dates, dtype=object))
        parts, order, warnings = _parse_texts(list(date_uniq), where, delimiter, known_order)
        parts = {k: v[date_codes] for k, v in parts.items()}
        clock_codes, clock_uniq = pd.factorize(np.array(clocks, dtype=object))
        hours, minutes, seconds = _parse_clocks(list(clock_uniq))
        parts["H"], parts["M"] = hours[clock_codes], minutes[clock_codes]
        parts["S"] = seconds[clock_codes]
        return parts, order, warnings
    return _parse_texts(values, where, delimiter, known_order)


def _may_hold_clocks(values: list[str]) -> bool:
    """False when no value can hold a time of day (a clock needs a colon): LinkedIn's
    "05 Mar 2021" then is parsed whole, the same parts without the split (~3 ms at 30k)."""
    return ":" in "".join(values)


def _split_clocks(values: list[str]) -> tuple[list[str], list[str]]:
    dates, clocks = [], []
    for value in values:
        match = _CLOCK_AT.search(value)
        if match:
            dates.append(value[: match.start()])
            clocks.append(value[match.end() :])
        else:
            dates.append(value)
            clocks.append("")
    return dates, clocks


def _parse_clocks(clocks: list[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Hour, minute, second arrays; an unreadable clock gets hour 99 so its value is NaT."""
    empty = ("0", "0", "0", None)
    rows = [
        empty if not c else (m.groups() if (m := _CLOCK.match(c)) else ("99", "0", "0", None))
        for c in clocks
    ]
    g = pd.DataFrame(rows, columns=["H", "M", "S", "ampm"], dtype=object)
    hours = _hours(_ints(g["H"], 0), g["ampm"])
    return hours, _ints(g["M"], 0), _ints(g["S"], 0)


def _hours(hour: np.ndarray, ampm: pd.Series) -> np.ndarray:
    """24-hour clock hours; a 12-hour value outside 1..12 becomes the invalid hour 99."""
    mark = ampm.fillna("").str.lower().str[:1].to_numpy()
    bad_12h = (mark != "") & ((hour < 1) | (hour > 12))
    hour = np.where(mark == "p", hour % 12 + 12, np.where(mark == "a", hour % 12, hour))
    return np.where(bad_12h, 99, hour)


def _parse_texts(values: list[str], where: str, delimiter: str, known_order: str = ""):
    """:func:`_parse_uniques` for whole texts, one regular-expression match each."""
    days = _linkedin_days(values)
    if days is not None:
        return days, "text", []
    empty = (None,) * len(_GROUPS)
    rows = [m.groups() if (m := _DATE.match(v)) else empty for v in values]
    g = pd.DataFrame(rows, columns=_GROUPS, dtype=object)

    iso, numeric = g["iy"].notna(), g["na"].notna()
    text_day, text_month = g["td"].notna(), g["mmon"].notna()
    month_name = g["tmon"].where(text_day, g["mmon"]).str.lower().map(MONTHS)
    order, warnings = "", []
    day_first = True
    if numeric.any():
        order, note = _numeric_order(g[numeric], where, delimiter, known_order)
        warnings += [note] if note else []
        day_first = order == "DMY"
    elif iso.any():
        order = "YMD"
    elif (text_day | text_month).any():
        order = "text"

    first, second = (g["na"], g["nb"]) if day_first else (g["nb"], g["na"])
    year = g["iy"].fillna(g["ny"]).fillna(g["ty"]).fillna(g["my"])
    month = g["im"].fillna(second).fillna(month_name.astype("Int64").astype(str))
    day = g["id"].fillna(first).fillna(g["td"]).fillna(g["md"])
    parts = {
        "y": _ints(year),
        "m": _ints(month),
        "d": _ints(day),
        "H": _ints(g["H"], 0),
        "M": _ints(g["M"], 0),
        "S": _ints(g["S"], 0),
    }
    two_digits = np.array([isinstance(v, str) and len(v) == 2 for v in year.tolist()], dtype=bool)
    parts["y"] = np.where(
        two_digits, np.where(parts["y"] < 70, 2000, 1900) + parts["y"], parts["y"]
    )
    parts["H"] = _hours(parts["H"], g["ampm"])
    serial = g["xs"].notna().to_numpy()
    if serial.any():
        days = _EXCEL_EPOCH + _ints(g["xs"][serial]).astype("timedelta64[D]")
        parts["y"][serial] = days.astype("datetime64[Y]").astype(int) + 1970
        parts["m"][serial] = days.astype("datetime64[M]").astype(int) % 12 + 1
        parts["d"][serial] = (days - days.astype("datetime64[M]")).astype(int) + 1
        order = order or "YMD"
    return parts, order, warnings


# LinkedIn's own style, "05 Mar 2021" (ASCII digits: any other digit goes the general way)
_LINKEDIN_DAY = re.compile(r"([0-9]{1,2}) ([^\W\d_]+) ([0-9]{4})")


def _linkedin_days(values: list[str]) -> dict | None:
    """The parts :func:`_parse_texts` makes of ``values`` when each is LinkedIn's own
    "05 Mar 2021" (a month name :data:`MONTHS` knows) or empty, and one at least is a date:
    what its day-month-year alternative reads, without its table of every alternative's
    groups (~10 ms for a few thousand distinct days, a few ms for ten). None otherwise."""
    match = _LINKEDIN_DAY.fullmatch
    found = [match(v) for v in values]
    if not any(found) or any(m is None and v != "" for m, v in zip(found, values, strict=True)):
        return None
    parts = [m.groups() if m else ("-1", "", "-1") for m in found]
    months = [MONTHS.get(month.lower(), 0) if month else -1 for _, month, _ in parts]
    if 0 in months:  # a word that is no month name known here
        return None
    zeros = np.zeros(len(values), dtype=np.int64)
    return {
        "y": np.array([int(y) for _, _, y in parts], dtype=np.int64),
        "m": np.array(months, dtype=np.int64),
        "d": np.array([int(d) for d, _, _ in parts], dtype=np.int64),
        "H": zeros,
        "M": zeros.copy(),
        "S": zeros.copy(),
    }


def _ints(values: pd.Series, missing: int = -1) -> np.ndarray:
    # numpy's str->int cast is ~10x faster than pd.to_numeric on object arrays
    return values.fillna(str(missing)).to_numpy(dtype="U").astype(np.int64)


def _numeric_order(
    numeric: pd.DataFrame, where: str, delimiter: str, known_order: str = ""
) -> tuple[str, str]:
    """Day/month order proven by the values, or the documented default with a note."""
    a = numeric["na"].astype(int)
    b = numeric["nb"].astype(int)
    dmy_proof = int((a > 12).sum())
    mdy_proof = int((b > 12).sum())
    example = numeric.index[0]
    if dmy_proof and mdy_proof:
        order = "DMY" if dmy_proof >= mdy_proof else "MDY"
        return order, Message("note.dates_mixed", where=where, order=_order_words(order))
    if dmy_proof:
        return "DMY", ""
    if mdy_proof:
        return "MDY", ""
    if known_order in ("DMY", "MDY"):
        return known_order, ""
    seps = set(numeric["nsep"])
    us_style = seps == {"/"} and delimiter != ";"
    order = "MDY" if us_style else "DMY"
    sample = numeric["na"][example] + numeric["nsep"][example] + numeric["nb"][example]
    key = "note.dates_ambiguous_us" if us_style else "note.dates_ambiguous_eu"
    return order, Message(key, where=where, sample=sample, order=_order_words(order))


def _order_words(order: str) -> Message:
    return Message("note.day_month" if order == "DMY" else "note.month_day")


def _assemble(parts: dict) -> pd.Series:
    """Timestamps from component arrays; impossible dates and times become NaT."""
    ok = (
        # contacts date from this age; it also keeps nanosecond timestamps in range
        (parts["y"] >= 1900)
        & (parts["y"] <= 2200)
        & (parts["m"] >= 1)
        & (parts["m"] <= 12)
        & (parts["d"] >= 1)
        & (parts["d"] <= 31)
        & (parts["H"] >= 0)
        & (parts["H"] < 24)
        & (parts["M"] >= 0)
        & (parts["M"] < 60)
        & (parts["S"] >= 0)
        & (parts["S"] < 60)
    )
    frame = pd.DataFrame(
        {
            "year": np.where(ok, parts["y"], 2000),
            "month": np.where(ok, parts["m"], 1),
            "day": np.where(ok, parts["d"], 1),
            "hour": np.where(ok, parts["H"], 0),
            "minute": np.where(ok, parts["M"], 0),
            "second": np.where(ok, parts["S"], 0),
        }
    )
    if not len(frame):
        return pd.Series([], dtype="datetime64[ns]")
    stamps = pd.to_datetime(frame, errors="coerce").astype("datetime64[ns]")
    return stamps.where(ok)  # Feb 30 is already NaT from to_datetime
