"""TF-IDF of distinct strings without importing scikit-learn.

Importing scikit-learn costs about a second (it pulls in scipy.stats), more than a whole
classification of 30,000 contacts. The shipped model is therefore also kept in a compiled
form (see model/compiled.py) whose text features are computed here, the way scikit-learn's
TfidfVectorizer computes them for the options we train with; tests/test_compiled.py checks
the two agree on every row.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from itertools import chain, repeat

import numpy as np
import pandas as pd


def strip_accents(text: str) -> str:
    """Like scikit-learn's ``strip_accents_unicode``: NFKD, then drop combining marks."""
    try:
        text.encode("ascii")
        return text
    except UnicodeEncodeError:
        normalized = unicodedata.normalize("NFKD", text)
        return "".join(c for c in normalized if not unicodedata.combining(c))


MEMO_LIMIT = 50_000  # values a memo holds (a million contacts have ~28,000 distinct titles)


@lru_cache(maxsize=8)
def _pattern(token_pattern: str) -> re.Pattern:
    return re.compile(token_pattern)


def analyze(
    text: str, *, token_pattern: str, ngram_range: tuple[int, int], lowercase: bool, accents: bool
) -> list[str]:
    """Word n-grams of ``text`` in scikit-learn's order (unigrams, then bigrams, …)."""
    return _grams(text, _pattern(token_pattern).findall, *ngram_range, lowercase, accents)


def _grams(text: str, findall, lo: int, hi: int, lowercase: bool, accents: bool) -> list[str]:
    """:func:`analyze` with its settings resolved (called once per distinct string)."""
    if lowercase:
        text = text.lower()
    if accents and not text.isascii():
        text = strip_accents(text)
    tokens = findall(text)
    grams = list(tokens) if lo == 1 else []
    for n in range(max(lo, 2), min(hi, len(tokens)) + 1):
        grams += [" ".join(tokens[i : i + n]) for i in range(len(tokens) - n + 1)]
    return grams


def tfidf_distinct_rows(
    values,
    vocabulary: dict[str, int],
    idf: np.ndarray,
    *,
    token_pattern: str,
    ngram_range: tuple[int, int],
    lowercase: bool,
    accents: bool,
    sublinear_tf: bool,
    memo: dict[str, tuple[int, ...]] | None = None,
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """L2-normalised TF-IDF of each distinct value of ``values``, with numpy only.

    Returns ``(codes, indptr, indices, data)``: the distinct values' rows in CSR form and, per
    input row, the code of its distinct value. Importing scipy.sparse costs a run more than
    this whole computation, and a text block needs nothing but these arrays. ``memo``: a
    dict kept between calls with the same vocabulary and options (the pieces of one large
    export), holding each value's terms once found (until it holds MEMO_LIMIT values).
    """
    codes, uniques = pd.factorize(pd.Series(values, dtype=object).fillna("").astype(str))
    findall = _pattern(token_pattern).findall
    lo, hi = ngram_range
    # a plain list: iterating pandas' string Index item by item costs ~10x more per value
    texts = uniques.tolist()
    width = max(len(idf), 1)
    if memo is None:
        grams = [_grams(text, findall, lo, hi, lowercase, accents) for text in texts]
        # every gram of every distinct value looked up at once (-1: not in the vocabulary),
        # then counted per (value, term) in numpy: sorted by value, terms in index order
        terms = np.fromiter(map(vocabulary.get, chain.from_iterable(grams), repeat(-1)), np.int64)
        lengths = [len(g) for g in grams]
    else:  # each value's grams looked up once for all the calls (-1 kept: dropped below)
        found = {}
        for text in texts:
            if text not in memo:
                grams = _grams(text, findall, lo, hi, lowercase, accents)
                found[text] = tuple(map(vocabulary.get, grams, repeat(-1)))
        if len(memo) < MEMO_LIMIT:  # (a full memo keeps what it holds)
            memo.update(found)
            per_text = list(map(memo.__getitem__, texts))
        else:
            per_text = [found[t] if t in found else memo[t] for t in texts]
        terms = np.fromiter(chain.from_iterable(per_text), np.int64)
        lengths = list(map(len, per_text))
    owner = np.repeat(np.arange(len(uniques), dtype=np.int64), lengths)
    known = terms >= 0
    pairs, counts = np.unique(owner[known] * width + terms[known], return_counts=True)
    indices_a = pairs % width
    indptr_a = np.zeros(len(uniques) + 1, dtype=np.int64)
    np.cumsum(np.bincount(pairs // width, minlength=len(uniques)), out=indptr_a[1:])
    values_a = counts.astype(np.float64)
    if sublinear_tf:
        np.log(values_a, values_a)
        values_a += 1
    values_a *= idf[indices_a]
    row = np.repeat(np.arange(len(uniques)), np.diff(indptr_a))
    norms = np.sqrt(np.bincount(row, weights=values_a * values_a, minlength=len(uniques)))
    norms[norms == 0] = 1
    values_a *= (1 / norms)[row]
    return codes, indptr_a, indices_a, values_a
