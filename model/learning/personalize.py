"""From decisions to new suggestions: fit the personal layer, re-suggest the undecided rows.

A decided contact is never changed here: its row keeps the base results (the caller shows the
decision itself). Only undecided rows get the personal p_work, suggestion, flag and, where the
personal layer changed their side, a reason saying which of the person's decisions did it.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from ..predictor import DEFAULT_FLAG_BAND
from .inputs import PersonalInputs
from .layer import PersonalLayer
from .order import review_order
from .texts import personal_reason, turned


@dataclass(frozen=True)
class Personalized:
    """The outcome of one refit."""

    results: pd.DataFrame  # the base results with the undecided rows re-suggested
    changed: np.ndarray  # bool per row: undecided rows whose suggestion differs from the base
    review_order: np.ndarray  # 1 = most useful next, 0 for decided rows
    layer: PersonalLayer

    @property
    def n_changed(self) -> int:
        """How many undecided suggestions differ from the base model's."""
        return int(self.changed.sum())


def decided_labels(decisions) -> tuple[np.ndarray, np.ndarray]:
    """Rows with a decision and their labels (1 work, 0 private) from a per-row array of
    "", "work", "private"."""
    decisions = np.asarray(decisions, dtype=object)
    rows = np.flatnonzero((decisions == "work") | (decisions == "private"))
    return rows, (decisions[rows] == "work").astype(np.int64)


def personalize(
    base: pd.DataFrame,
    inputs: PersonalInputs,
    decisions,
    *,
    threshold: float,
    layer: PersonalLayer | None = None,
    learn_from: np.ndarray | None = None,
    flag_band: tuple[float, float] = DEFAULT_FLAG_BAND,
    language: str | None = None,
) -> Personalized:
    """Fit ``layer`` (a fresh PersonalLayer if None) on ``decisions`` (per row "", "work" or
    "private") and re-suggest the undecided rows of ``base`` (the base model's results);
    ``threshold``: the model's p_work from which work is suggested (``OwnershipModel.threshold``).
    ``learn_from`` (a row mask) limits what is learned from, e.g. after a reset; decided rows
    outside it are still left alone.

    Raises ValueError if ``base``, ``inputs`` and ``decisions`` differ in length."""
    n = len(base)
    decisions = np.asarray(decisions, dtype=object)
    if len(inputs) != n or len(decisions) != n:
        raise ValueError(f"{len(inputs)} inputs and {len(decisions)} decisions for {n} results")
    rows, y = decided_labels(decisions)
    decided = np.zeros(n, dtype=bool)
    decided[rows] = True
    if learn_from is not None:
        keep = np.asarray(learn_from, dtype=bool)[rows]
        rows, y = rows[keep], y[keep]
    layer = (layer or PersonalLayer()).fit(inputs, rows, y)
    out = base.reset_index(drop=True).copy()
    p_base = out["p_work"].to_numpy(dtype=np.float64)
    p = np.where(decided, p_base, layer.predict_proba(inputs)) if len(rows) else p_base.copy()
    work, changed = suggest_at(out, p, decided, threshold, flag_band)
    if changed.any():
        _resuggest(out, inputs, layer, np.flatnonzero(changed), work, language)
    return Personalized(out, changed, review_order(p, inputs, decided, threshold), layer)


def suggest_at(
    out: pd.DataFrame,
    p: np.ndarray,
    decided: np.ndarray,
    threshold: float,
    flag_band: tuple[float, float],
) -> tuple[np.ndarray, np.ndarray]:
    """Set ``out``'s p_work, suggestion and (for undecided rows) flag from ``p``; returns which
    rows are work and which undecided rows changed side against ``out``'s suggestion."""
    base_work = out["suggestion"].to_numpy(dtype=object) == "work"
    work = p >= threshold
    changed = (work != base_work) & ~decided
    out["p_work"] = p
    out["suggestion"] = pd.array(np.where(work, "work", "private"), dtype="str")
    lo, hi = flag_band
    out["flagged"] = np.where(decided, out["flagged"].to_numpy(dtype=bool), (p >= lo) & (p <= hi))
    return work, changed


def _resuggest(
    out: pd.DataFrame,
    inputs: PersonalInputs,
    layer: PersonalLayer,
    rows: np.ndarray,
    work: np.ndarray,
    language: str | None,
) -> None:
    """Employer, category and a first reason for ``rows`` whose side the layer changed."""
    employer = out["employer"].to_numpy(dtype=object).copy()
    category = out["category"].to_numpy(dtype=object).copy()
    reasons = out["reasons"].to_numpy(dtype=object).copy()
    to_work = rows[work[rows]]
    to_private = rows[~work[rows]]
    employer[to_work] = inputs.employer[to_work]
    category[to_work] = "other work"
    employer[to_private] = ""
    category[to_private] = "private"
    for r, (name, _term) in zip(rows.tolist(), layer.top_feature(inputs, rows), strict=True):
        side = "work" if work[r] else "private"
        kind, _, label = name.partition(":")
        if kind == "word":
            text = personal_reason("word", side, language, word=label)
        elif kind == "company":
            company = inputs.company_names[inputs.company[r]] if inputs.company[r] >= 0 else label
            text = personal_reason("company", side, language, company=company)
        elif kind == "timing":
            text = personal_reason("timing", side, language)
        else:
            text = personal_reason("overall", side, language)
        old = reasons[r]
        old = tuple(old) if isinstance(old, tuple | list | np.ndarray) else ((old,) if old else ())
        reasons[r] = (text, *(turned(o, language) for o in old[:2]))  # they argued the other way
    out["employer"] = pd.array(employer.astype(str), dtype="str")
    out["category"] = pd.array(category.astype(str), dtype="str")
    out["reasons"] = reasons


__all__ = ["Personalized", "decided_labels", "personalize"]
