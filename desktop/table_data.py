"""The contacts table's data as plain arrays: display strings, sort keys, search text, filters.

No Qt here: :func:`build_table_data` runs on the worker thread while a file opens, so the GUI
thread only swaps arrays in (see :mod:`desktop.table_model`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from model.schema import full_name

_BIG = np.iinfo(np.int64).max


@dataclass
class TableData:
    """Everything the table shows, as arrays aligned with the input's contact rows."""

    n: int
    display: dict[str, np.ndarray]  # column id -> object array of str
    sort_keys: dict[str, np.ndarray]  # column id -> int64, empties set to _BIG
    is_work: np.ndarray  # bool: the model's suggestion
    p_work: np.ndarray  # float64
    confidence: np.ndarray  # float64: p_work for a work suggestion, 1 - p_work for private
    flagged: np.ndarray  # bool
    reasons: np.ndarray  # object array of tuples of str
    connected_on: np.ndarray  # datetime64[ns]
    haystack: pd.Series  # lower-cased "name\ncompany\nposition" for the search box
    # name, company, position and connected as lists, which data() indexes one item at a
    # time faster than arrays; made here, off the GUI thread (30,000 rows: ~7 ms)
    texts: dict[str, list[str]] = field(default_factory=dict)


def _text_key(values: pd.Series) -> np.ndarray:
    """Case-insensitive sort codes; empty strings get _BIG so they sort last either way.

    Factorizes first and lower-cases only the distinct values (names and companies repeat).
    """
    codes, uniques = pd.factorize(values)
    lowered = pd.Series(uniques, dtype="str").str.lower().to_numpy(dtype=object)
    rank = np.empty(len(uniques) + 1, dtype=np.int64)
    rank[np.argsort(lowered, kind="stable")] = np.arange(len(uniques))
    rank[np.flatnonzero(lowered == "")] = _BIG
    rank[-1] = _BIG  # code -1: a missing value
    return rank[codes]


_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _format_dates(dates: pd.Series, names: Sequence[str] = _MONTHS) -> np.ndarray:
    """'05 Mar 2021' for each date ('' when missing), formatting each distinct date once;
    ``names``: the twelve month names to use (the interface language's)."""
    codes, uniques = pd.factorize(dates)
    days = np.asarray(uniques, dtype="datetime64[D]")
    months = days.astype("datetime64[M]")
    years = months.astype("datetime64[Y]").astype(np.int64) + 1970
    month = (months - days.astype("datetime64[Y]").astype("datetime64[M]")).astype(np.int64)
    day = (days - months.astype("datetime64[D]")).astype(np.int64) + 1
    labels = np.array(
        [f"{d:02d} {names[m]} {y}" for d, m, y in zip(day, month, years, strict=True)] + [""],
        dtype=object,
    )
    return labels[codes]  # code -1 (NaT) picks the trailing ""


_CONTACT_COLUMNS = ("name", "company", "position", "connected")  # from the contacts alone


def build_table_data(
    contacts: pd.DataFrame,
    results: pd.DataFrame,
    months: Sequence[str] = _MONTHS,
    *,
    previous: TableData | None = None,
) -> TableData:
    """Arrays for the table from a contact table (model.schema) and its classification results;
    dates with the month names ``months`` (desktop.fmt.short_months() for the interface's).
    ``previous``: the table of the same contacts with other results, whose columns that
    depend on the contacts alone (names, companies, titles, dates, search text) are reused
    as they are (the personal layer's refits: less work, nothing to free on the GUI thread).

    Pure pandas/numpy, safe to call on a worker thread. Both frames must have the same length.
    """
    if len(contacts) != len(results):
        raise ValueError("contacts and results differ in length")
    if previous is None or previous.n != len(contacts):
        previous = _contact_columns(contacts, months)
    return _with_results(previous, results)


@dataclass
class _ContactColumns:
    """The columns that depend on the contacts alone (what :func:`_with_results` reuses)."""

    n: int
    display: dict[str, np.ndarray]
    sort_keys: dict[str, np.ndarray]
    connected_on: np.ndarray
    haystack: pd.Series
    texts: dict[str, list[str]]


def _contact_columns(contacts: pd.DataFrame, months: Sequence[str]) -> _ContactColumns:
    name = full_name(contacts).reset_index(drop=True)
    company = contacts["company"].reset_index(drop=True)
    position = contacts["position"].reset_index(drop=True)
    dates = pd.Series(contacts["connected_on"].to_numpy(dtype="datetime64[ns]"))
    date_key = dates.to_numpy().astype(np.int64)
    date_key[dates.isna().to_numpy()] = _BIG
    display = {
        "name": name.to_numpy(dtype=object),
        "company": company.to_numpy(dtype=object),
        "position": position.to_numpy(dtype=object),
        "connected": _format_dates(dates, months),
    }
    sort_keys = {
        "name": _text_key(name),
        "company": _text_key(company),
        "position": _text_key(position),
        "connected": date_key,
    }
    haystack = (name + "\n" + company + "\n" + position).str.lower()
    texts = {c: display[c].tolist() for c in _CONTACT_COLUMNS}
    return _ContactColumns(len(contacts), display, sort_keys, dates.to_numpy(), haystack, texts)


def _with_results(previous: TableData | _ContactColumns, results: pd.DataFrame) -> TableData:
    """``previous``'s contact columns with the columns that follow the results built anew."""
    employer = results["employer"].astype("str").reset_index(drop=True)
    category = results["category"].astype("str").reset_index(drop=True)
    is_work = (results["suggestion"] == "work").to_numpy(dtype=bool)
    p_work = results["p_work"].to_numpy(dtype=np.float64)
    confidence = np.where(is_work, p_work, 1.0 - p_work)
    display = {c: previous.display[c] for c in _CONTACT_COLUMNS}
    display["employer"] = employer.to_numpy(dtype=object)
    display["category"] = category.to_numpy(dtype=object)
    sort_keys = {c: previous.sort_keys[c] for c in _CONTACT_COLUMNS}
    sort_keys.update(
        suggestion=(~is_work).astype(np.int64),
        confidence=np.round(confidence * 1e6).astype(np.int64),
        employer=_text_key(employer),
        category=_text_key(category),
    )
    return TableData(
        n=previous.n,
        display=display,
        sort_keys=sort_keys,
        is_work=is_work,
        p_work=p_work,
        confidence=confidence,
        flagged=results["flagged"].to_numpy(dtype=bool),
        reasons=results["reasons"].to_numpy(dtype=object),
        connected_on=previous.connected_on,
        haystack=previous.haystack,
        texts=previous.texts,
    )


def uncertain(data: TableData) -> np.ndarray:
    """Per row, whether the confidence is shown as "uncertain" rather than a percentage: the
    flagged rows, and any whose suggestion is less likely than not (p_work between 0.5 and a
    work threshold above it), so that a suggestion never shows a confidence against itself."""
    return data.flagged | (data.confidence < 0.5)


@dataclass(frozen=True)
class FilterSpec:
    """What the filter bar asks for. ``employer`` None means any employer."""

    text: str = ""
    suggestion: str = ""  # "" | "work" | "private" — applied to the final label
    flagged_only: bool = False
    employer: str | None = None
    category: str = ""
    undecided_only: bool = False
    month: tuple[int, int] | None = None  # (year, month): connected in that month
    # only these source rows (e.g. "the suggestions your decisions changed"), None: all rows
    rows: np.ndarray | None = field(default=None, compare=False)
