"""Vocabulary pools: the generator's titles split once into a training pool and a held-out pool.

Whatever is fitted on generated persons (the classifier's title words) sees only the training
pool; evaluation can draw the same networks from the held-out pool, titles the model never saw,
which says how much of a figure comes from having seen the words. The split is by a stable
hash of each title, every ``HELD_OUT_EVERY``-th of a field, and never leaves a field empty.
Training draws from "train" and evaluation from "heldout" with ``with vocabulary(pool):``; outside
such a block (samples, tests, benchmarks) the generator uses "all", as it always did.
"""

from __future__ import annotations

import contextvars
import zlib
from collections.abc import Iterator
from contextlib import contextmanager

import numpy as np

POOLS = ("train", "heldout", "all")
HELD_OUT_EVERY = 4
_ACTIVE: contextvars.ContextVar[str] = contextvars.ContextVar("vocabulary_pool", default="all")


def _held_out(title: str) -> bool:
    return zlib.crc32(" ".join(title.lower().split()).encode("utf-8")) % HELD_OUT_EVERY == 0


def split_pools(titles: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """``titles`` of one field as {"train": …, "heldout": …, "all": …}, neither pool empty
    (a field of one title has it in both)."""
    held = tuple(t for t in titles if _held_out(t))
    train = tuple(t for t in titles if not _held_out(t))
    if not train or not held:  # too few to split: both pools keep the field alive
        train = held = tuple(titles)
    return {"train": train, "heldout": held, "all": tuple(titles)}


def pooled_arrays(fields: dict[str, tuple[str, ...]]) -> dict[str, dict[str, np.ndarray]]:
    """pool → field → object array of titles."""
    split = {f: split_pools(t) for f, t in fields.items()}
    return {p: {f: np.array(s[p], dtype=object) for f, s in split.items()} for p in POOLS}


def active_pool() -> str:
    """The pool the generator draws titles from now ("all" unless told otherwise)."""
    return _ACTIVE.get()


@contextmanager
def vocabulary(pool: str) -> Iterator[None]:
    """Draw titles from ``pool`` ("train", "heldout" or "all") inside the ``with`` block."""
    if pool not in POOLS:
        raise ValueError(f"unknown vocabulary pool {pool!r}; expected one of {POOLS}")
    token = _ACTIVE.set(pool)
    try:
        yield
    finally:
        _ACTIVE.reset(token)
