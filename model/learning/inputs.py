"""What the personal layer sees of each contact: the base logit and a few plain facts.

Only things that mean the same whatever the shipped model is: the base model's probability, its
category, the words of the title, the company's comparison key, and when the connection was
made relative to the owner's career. They are stored as (row, feature) pairs with a feature
name each, so a decision on one contact can move every other contact sharing a feature.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cached_property

import numpy as np
import pandas as pd

from ..career import Career
from ..normalize import fold, normalize_company

LOGIT_CLIP = 8.0  # |base logit| beyond this says nothing more; keeps the slope's fit sane
FIRST_MONTHS_DAYS = 183  # connections in the first half year on LinkedIn: old friends, school
# Words that say nothing about a contact whatever the profession (English and Dutch glue).
_GLUE = frozenset(
    [
        "a",
        "an",
        "and",
        "at",
        "bij",
        "de",
        "der",
        "den",
        "een",
        "en",
        "for",
        "het",
        "in",
        "of",
        "op",
        "te",
        "the",
        "to",
        "van",
        "voor",
        "with",
    ]
)
_WORD = re.compile(r"[^\W\d_]{2,}")


@dataclass(frozen=True)
class PersonalInputs:
    """Per contact: the base model's logit and the sparse features the personal layer fits."""

    logit: np.ndarray  # float64, the base model's logit of p_work, clipped to ±LOGIT_CLIP
    rows: np.ndarray  # int64, row of each (row, feature) pair
    cols: np.ndarray  # int64, feature of each pair
    names: np.ndarray  # str, one per feature: "category:client", "word:inkoper", "company:acme"…
    company: np.ndarray  # int64 code of the company key per row, -1 if none
    company_names: np.ndarray  # object: per company code, the first spelling in the contacts
    title: np.ndarray  # int64 code of the folded title per row, -1 if none
    employer: np.ndarray  # object: the employer a work decision would go to by timing

    def __len__(self) -> int:
        return len(self.logit)

    @cached_property  # read on every refit: computed once per set of inputs
    def kinds(self) -> np.ndarray:
        """The kind of each feature ("category", "word", "company", "timing")."""
        return np.array([n.split(":", 1)[0] for n in self.names.tolist()], dtype=object)


def base_logit(p_work) -> np.ndarray:
    """The logit of ``p_work``, clipped to ±LOGIT_CLIP (NaN counts as 0.5)."""
    p = np.nan_to_num(np.asarray(p_work, dtype=np.float64), nan=0.5)
    p = np.clip(p, 1e-6, 1 - 1e-6)
    return np.clip(np.log(p / (1 - p)), -LOGIT_CLIP, LOGIT_CLIP)


def title_words(title: str) -> list[str]:
    """The distinct folded words of a title, without glue words."""
    return sorted({w for w in _WORD.findall(fold(title)) if w not in _GLUE})


def personal_inputs(
    contacts: pd.DataFrame, results: pd.DataFrame, career: Career | None = None
) -> PersonalInputs:
    """Features of every contact for the personal layer, from the contacts as read, the base
    model's results (p_work, category) and the owner's career. Rows align with ``contacts``."""
    n = len(contacts)
    contacts = contacts.reset_index(drop=True)
    results = results.reset_index(drop=True)
    if len(results) != n:
        raise ValueError(f"{len(results)} results for {n} contacts")
    career = career or Career()
    features = _Features()

    category = _text(results, "category")
    codes, labels = pd.factorize(category, sort=True)
    features.add("category", codes.astype(np.int64), [str(x) for x in labels])

    title_codes, title_labels = _title_groups(contacts)
    features.add_title_words(title_codes, title_labels, n)

    company_codes, company_labels = _company_groups(contacts)
    features.add("company", company_codes, [str(x) for x in company_labels], min_rows=2)
    company_names = _first_spellings(contacts, company_codes, len(company_labels))

    period, period_labels, early, employer = _timing(contacts, career)
    features.add("timing", period, period_labels)
    features.add("timing", np.where(early, 0, -1).astype(np.int64), ["first months on LinkedIn"])

    rows, cols = features.pairs()
    return PersonalInputs(
        logit=base_logit(results["p_work"]) if "p_work" in results else np.zeros(n),
        rows=rows.astype(np.int64),
        cols=cols.astype(np.int64),
        names=np.asarray(features.names, dtype=str),
        company=company_codes,
        company_names=company_names,
        title=title_codes.astype(np.int64),
        employer=employer,
    )


class _Features:
    """The (row, feature) pairs and the feature names of :class:`PersonalInputs`, built one
    kind of feature at a time."""

    def __init__(self) -> None:
        self.chunks: list[tuple[np.ndarray, np.ndarray]] = []
        self.names: list[str] = []

    def add(self, kind: str, codes: np.ndarray, labels: list[str], min_rows: int = 1) -> None:
        """One-hot features ``kind:label`` for rows with code >= 0, kept if >= min_rows rows."""
        names = self.names
        valid = codes >= 0
        counts = np.bincount(codes[valid], minlength=len(labels))
        keep = np.flatnonzero(counts >= min_rows)
        new = np.full(len(labels) + 1, -1, dtype=np.int64)
        new[keep] = np.arange(len(names), len(names) + len(keep))
        names.extend(f"{kind}:{labels[i]}" for i in keep)
        mapped = new[np.where(valid, codes, len(labels))]
        rows = np.flatnonzero(mapped >= 0)
        self.chunks.append((rows, mapped[rows]))

    def add_title_words(self, title_codes: np.ndarray, title_labels, n: int) -> None:
        """``word:w`` for each title word on two contacts or more, found per distinct title
        and expanded to the ``n`` rows holding that title."""
        names = self.names
        vocab: dict[str, int] = {}
        t_rows, t_cols = [], []
        for code, words in enumerate(t.split() for t in title_labels):
            for w in words:
                t_rows.append(code)
                t_cols.append(vocab.setdefault(w, len(vocab)))
        if not vocab:
            return
        by_title = pd.DataFrame({"title": t_rows, "word": t_cols})
        per_row = pd.DataFrame({"row": np.arange(n), "title": title_codes})
        joined = per_row.merge(by_title, on="title")
        word_codes_rows = joined["row"].to_numpy(np.int64)
        word_codes = joined["word"].to_numpy(np.int64)
        df_word = np.bincount(word_codes, minlength=len(vocab))
        keep = df_word >= 2  # a word on one contact only teaches nothing about others
        new = np.full(len(vocab), -1, dtype=np.int64)
        kept = np.flatnonzero(keep)
        new[kept] = np.arange(len(names), len(names) + len(kept))
        words = list(vocab)
        names.extend(f"word:{words[i]}" for i in kept)
        mapped = new[word_codes]
        ok = mapped >= 0
        self.chunks.append((word_codes_rows[ok], mapped[ok]))

    def pairs(self) -> tuple[np.ndarray, np.ndarray]:
        """The rows and the features of every pair, in the order they were added."""
        if not self.chunks:
            return np.zeros(0, np.int64), np.zeros(0, np.int64)
        rows, cols = zip(*self.chunks, strict=True)
        return np.concatenate(rows), np.concatenate(cols)


def _first_spellings(contacts: pd.DataFrame, codes: np.ndarray, n_codes: int) -> np.ndarray:
    """Per company code, its first spelling in the contacts' company column."""
    spelled = _text(contacts, "company").to_numpy(dtype=object)
    names = np.empty(n_codes, dtype=object)
    valid = codes >= 0
    first = np.unique(codes[valid], return_index=True)[1]
    names[codes[valid][first]] = spelled[valid][first]
    return names


@dataclass(frozen=True)
class Groups:
    """What the review order needs of the contacts alone: who shares a company or a title."""

    company: np.ndarray  # int64 code of the company key per row, -1 if none
    title: np.ndarray  # int64 code of the folded title per row, -1 if none


def contact_groups(contacts: pd.DataFrame) -> Groups:
    """Who shares a company key or a title's words, as :func:`personal_inputs` groups them,
    without the rest (for ranking a table too large to personalise, see
    model.learning.output). The codes number the groups in order of first appearance, not
    alphabetically as personal_inputs' do: the review order depends only on who shares a
    group, and sorting a million keys as text cost more than the rest."""
    n = len(contacts)
    return Groups(
        _group_codes(contacts.get("company"), n, normalize_company),
        _group_codes(contacts.get("position"), n, _title_key),
    )


def _title_key(title: str) -> frozenset | str:
    """A title's group key for :func:`contact_groups`: the set of its :func:`title_words`
    ("" for none), equal exactly when their sorted join is (the words hold no space),
    without the sort and the join."""
    return frozenset(w for w in _WORD.findall(fold(title)) if w not in _GLUE) or ""


def _group_codes(values: pd.Series | None, n: int, key_of) -> np.ndarray:
    """Per row, an int64 code shared by the rows whose ``key_of(str(value))`` is the same
    non-empty key (-1 for an empty key or a missing value), computed once per distinct
    value."""
    if values is None:
        return np.full(n, -1, dtype=np.int64)
    codes, uniques = pd.factorize(values.to_numpy(dtype=object), sort=False)
    return coded_groups(codes, group_keys(uniques.tolist(), key_of))


def coded_groups(codes: np.ndarray, keys: list) -> np.ndarray:
    """:func:`_group_codes` from each row's code into the distinct values (-1: missing)
    and each distinct value's key."""
    keys = np.array([*keys, ""], dtype=object)
    key_codes = pd.factorize(keys, sort=False)[0].astype(np.int64)
    key_codes[keys == ""] = -1
    return key_codes[np.where(codes >= 0, codes, len(keys) - 1)]


def group_keys(values: list, key_of) -> list:
    """``key_of`` of each distinct value (given as text)."""
    return [key_of(u if isinstance(u, str) else str(u)) for u in values]


def title_keys(values: list) -> list:
    """:func:`_title_key` of each distinct title (any part of them: see
    model.learning.output, where a helper process finds half)."""
    return group_keys(values, _title_key)


def _title_groups(contacts: pd.DataFrame) -> tuple[np.ndarray, pd.Index]:
    return _grouped(_text(contacts, "position"), lambda t: " ".join(title_words(t)))


def _company_groups(contacts: pd.DataFrame) -> tuple[np.ndarray, pd.Index]:
    codes, labels = _grouped(_text(contacts, "company"), normalize_company)
    return codes.astype(np.int64), labels


def _grouped(values: pd.Series, fn) -> tuple[np.ndarray, pd.Index]:
    """The codes and sorted labels ``pd.factorize(keys, sort=True)`` gives for the key ``fn``
    of every value ("" is no key: code -1), with ``fn`` computed, and the keys hashed and
    sorted, once per distinct value, not per row (titles and companies repeat a lot)."""
    codes, uniques = pd.factorize(values)
    # a plain list: iterating pandas' string array item by item costs more than fn itself
    keys = pd.Series([*(fn(u) for u in uniques.tolist()), ""], dtype=object)
    key_codes, labels = pd.factorize(keys.replace("", None), sort=True)
    return key_codes[np.where(codes >= 0, codes, len(uniques))], labels


def _text(frame: pd.DataFrame, column: str) -> pd.Series:
    if column not in frame:
        return pd.Series([""] * len(frame), dtype=object)
    return frame[column].fillna("").astype(str).reset_index(drop=True)


def _timing(
    contacts: pd.DataFrame, career: Career
) -> tuple[np.ndarray, list[str], np.ndarray, np.ndarray]:
    """Per row a timing code (which job's period holds the date, before the first job, between
    jobs, no date) with its labels, whether it was made in the owner's first months on
    LinkedIn, and the employer of that period (else the current employer), which a work
    decision on the contact would go to."""
    n = len(contacts)
    when = pd.to_datetime(contacts.get("connected_on", pd.Series([pd.NaT] * n)), errors="coerce")
    days = _days(when)
    positions = [p for p in career.positions if p.company]
    labels = [f"job {i}" for i in range(len(positions))]
    labels += ["before first job", "between jobs", "no date"]
    before, gap, none = (len(positions) + i for i in range(3))
    code = np.full(n, gap, dtype=np.int64)
    code[np.isnan(days)] = none
    current = positions[0].company if positions else ""
    employer = np.full(n, current, dtype=object)
    starts = [p.start for p in positions if p.start]
    if starts:
        code[days < _day(min(starts))] = before
    end_default = career.exported_on or date.today()
    # oldest first, so a later job wins where periods overlap (the newer employer)
    for i in reversed(range(len(positions))):
        p = positions[i]
        # a past job whose end is unknown never runs until now (Career.effective_end)
        end = career.effective_end(p) if p.end_unknown else (p.end or end_default)
        if p.start is None or end is None:
            continue
        inside = (days >= _day(p.start)) & (days <= _day(end))
        code[inside] = i
        employer[inside] = p.company
    early = np.zeros(n, dtype=bool)
    if career.registered_on is not None:
        early = days - _day(career.registered_on) <= FIRST_MONTHS_DAYS  # NaN compares False
    return code, labels, early, employer


def _day(d: date) -> float:
    return float(np.datetime64(d, "D").astype(np.int64))


def _days(when: pd.Series) -> np.ndarray:
    out = when.to_numpy(dtype="datetime64[D]").astype(np.int64).astype(np.float64)
    out[when.isna().to_numpy()] = np.nan
    return out
