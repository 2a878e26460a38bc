"""The order in which deciding the undecided contacts teaches most ("Most useful next").

A contact is worth deciding when the model is unsure of it (p_work near the threshold from
which it suggests work, 0.5 unless the model says otherwise) and when its
decision carries over to others: it shares its company or title with many undecided contacts.
But twenty near-identical contacts of one company in a row teach little more than the first
few, so each further contact of the same company or the same title is worth less.
"""

from __future__ import annotations

import numpy as np

from .inputs import Groups, PersonalInputs

SPREAD = 0.25  # weight of log(number of undecided contacts a decision carries over to)
REPEAT = 0.5  # each earlier contact of the same company/title in the order halves the worth


def usefulness(
    p_work: np.ndarray, inputs: PersonalInputs | Groups, undecided: np.ndarray, threshold: float
) -> np.ndarray:
    """Per row, how much deciding it would teach before diversity (0 for decided rows):
    1 at ``threshold``, falling to 0 at p_work 0 and 1."""
    t = min(max(float(threshold), 0.01), 0.99)
    p = np.nan_to_num(np.asarray(p_work, dtype=np.float64), nan=t)
    uncertainty = 1.0 - np.where(p < t, (t - p) / t, (p - t) / (1.0 - t))
    reach = np.zeros(len(p))
    for codes in (inputs.company, inputs.title):
        valid = (codes >= 0) & undecided
        sizes = np.bincount(codes[valid], minlength=max(int(codes.max(initial=-1)) + 1, 1))
        reach += np.where(codes >= 0, np.log1p(np.maximum(sizes[np.maximum(codes, 0)] - 1, 0)), 0)
    return np.where(undecided, uncertainty * (1.0 + SPREAD * reach), 0.0)


def review_order(
    p_work: np.ndarray, inputs: PersonalInputs | Groups, decided: np.ndarray, threshold: float
) -> np.ndarray:
    """The review order of every row: 1 for the contact whose decision helps most next, then
    2, 3, …; 0 for decided rows. ``threshold`` is the p_work from which work is suggested.
    Ties keep the input order."""
    decided = np.asarray(decided, dtype=bool)
    undecided = ~decided
    worth = usefulness(p_work, inputs, undecided, threshold)
    rows = np.flatnonzero(undecided)
    rows = rows[np.argsort(-worth[rows], kind="stable")]
    for codes in (inputs.company, inputs.title):
        # the k-th contact of a group (in the current order) is worth REPEAT**k of itself
        seen = _occurrence(codes[rows])
        worth[rows] *= _powers(REPEAT, seen)
        rows = rows[np.argsort(-worth[rows], kind="stable")]
    order = np.zeros(len(decided), dtype=np.int64)
    order[rows] = np.arange(1, len(rows) + 1)
    return order


def _occurrence(codes: np.ndarray) -> np.ndarray:
    """For each position, how many earlier positions hold the same code (0 for code -1):
    its rank among its code's positions, found by a stable sort of the codes as 16-bit
    digits (numpy's radix sort: one pass below 65,536 codes, two below 2**32). At a million
    rows 20-35 ms, pandas' hashed cumcount 30-80 ms, a stable sort of the int64 codes
    about twice that."""
    n = len(codes)
    shifted = codes.astype(np.int64) + 1  # -1 (no group) a code of its own, 0
    if not n:
        return np.zeros(0, np.int64)
    if int(shifted.max()) < 1 << 16:
        order = np.argsort(shifted.astype(np.uint16), kind="stable")
    else:  # the low digit first, then the high one, each sort stable: by the whole code
        order = np.argsort((shifted & 0xFFFF).astype(np.uint16), kind="stable")
        order = order[np.argsort((shifted[order] >> 16).astype(np.uint16), kind="stable")]
    ranked = shifted[order]
    starts = np.flatnonzero(np.r_[True, ranked[1:] != ranked[:-1]])
    seen = np.empty(n, np.int64)
    seen[order] = np.arange(n) - np.repeat(starts, np.diff(np.r_[starts, n]))
    return np.where(codes >= 0, seen, 0)


def _powers(base: float, exponents: np.ndarray) -> np.ndarray:
    """``base ** exponents`` (non-negative integers), each distinct power computed once
    (the same numbers as numpy's power of each: a table of them, looked up)."""
    if not len(exponents):
        return np.ones(0)
    return (base ** np.arange(int(exponents.max()) + 1, dtype=np.float64))[exponents]
