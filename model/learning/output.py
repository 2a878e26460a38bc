"""Personalised results for an output file: labelled contacts carry their label, the rest the
personal layer's suggestion, and every row its place in the review order."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from ..career import Career
from ..predictor import DEFAULT_FLAG_BAND
from .inputs import personal_inputs
from .labels import Labels
from .personalize import personalize
from .texts import personal_reason


@dataclass(frozen=True)
class PersonalOutput:
    """What `classify` writes beyond the base results."""

    results: pd.DataFrame  # RESULT_COLUMNS: labelled rows as decided, the rest personalised
    review_order: pd.Series  # Int64: 1 = most useful next; <NA> for decided rows
    changed: int  # undecided suggestions the decisions changed


def personal_output(
    contacts: pd.DataFrame,
    results: pd.DataFrame,
    career: Career | None,
    labels: Labels | None = None,
    *,
    threshold: float,
    flag_band: tuple[float, float] = DEFAULT_FLAG_BAND,
    language: str | None = None,
) -> PersonalOutput:
    """Personalise ``results`` (the base model's, for ``contacts``) with ``labels`` (None: no
    decisions, only the review order); ``threshold``: the model's work threshold."""
    n = len(results)
    decisions = labels.decision if labels is not None else np.full(n, "", dtype=object)
    inputs = personal_inputs(contacts, results, career)
    out = personalize(
        results, inputs, decisions, threshold=threshold, flag_band=flag_band, language=language
    )
    final = out.results
    if labels is not None and labels.decided.any():
        final = _with_labels(final, labels, inputs.employer, language)
    order = pd.array(np.where(out.review_order > 0, out.review_order, 0), dtype="Int64")
    order[out.review_order == 0] = pd.NA
    return PersonalOutput(final, pd.Series(order, name="review_order"), out.n_changed)


def _with_labels(
    results: pd.DataFrame, labels: Labels, timing_employer: np.ndarray, language: str | None
) -> pd.DataFrame:
    out = results.copy()
    rows = np.flatnonzero(labels.decided)
    label = labels.decision[rows]
    work = label == "work"
    suggestion = out["suggestion"].to_numpy(dtype=object).copy()
    p = out["p_work"].to_numpy(dtype=np.float64).copy()
    employer = out["employer"].to_numpy(dtype=object).copy()
    category = out["category"].to_numpy(dtype=object).copy()
    flagged = out["flagged"].to_numpy(dtype=bool).copy()
    reasons = out["reasons"].to_numpy(dtype=object).copy()
    was_work = suggestion[rows] == "work"
    given_employer = labels.employer[rows]
    employer[rows] = np.where(
        work,
        np.where(
            given_employer != "",
            given_employer,
            np.where(was_work, employer[rows], timing_employer[rows]),
        ),
        "",
    )
    category[rows] = np.where(work, np.where(was_work, category[rows], "other work"), "private")
    suggestion[rows] = label
    p[rows] = work.astype(np.float64)
    flagged[rows] = False
    for r, side in zip(rows.tolist(), label.tolist(), strict=True):
        old = reasons[r]
        old = tuple(old) if isinstance(old, tuple | list | np.ndarray) else ((old,) if old else ())
        reasons[r] = (personal_reason("decided", side, language), *old[:2])
    out["suggestion"] = pd.array(suggestion.astype(str), dtype="str")
    out["p_work"] = p
    out["employer"] = pd.array(employer.astype(str), dtype="str")
    out["category"] = pd.array(category.astype(str), dtype="str")
    out["flagged"] = flagged
    out["reasons"] = reasons
    return out


def classify_personal_to_file(
    model,
    contacts: pd.DataFrame,
    career: Career,
    out,
    clients=None,
    labels: Labels | None = None,
    *,
    progress=None,
    cancel=None,
) -> tuple[pd.DataFrame, PersonalOutput | None]:
    """Classify ``contacts``, apply ``labels`` (the person's decisions, if any) and write the
    classification table with a ``review_order`` column (and ``decision``, ``note`` with
    labels) to ``out``. Returns the results written and the personal outcome.

    An input larger than one chunk of :mod:`model.scale.chunked` (100,000 contacts; a LinkedIn
    export has at most 30,000) without labels is written in chunks, without a review order:
    ranking needs the whole table in memory. Raises InputError as the writers do."""
    from ..exports import classification_table, write_table
    from ..scale.chunked import CHUNK_ROWS, classify_to_file

    if labels is None and len(contacts) > CHUNK_ROWS:
        written = classify_to_file(
            model, contacts, career, out, clients, progress=progress, cancel=cancel
        )
        return written, None
    results = model.classify(contacts, career, clients, progress=progress, cancel=cancel)
    band = getattr(model, "flag_band", DEFAULT_FLAG_BAND)
    personal = personal_output(
        contacts, results, career, labels, threshold=model.threshold, flag_band=band
    )
    table = classification_table(contacts, personal.results)
    if labels is not None:
        table["decision"] = pd.array(labels.decision.astype(str), dtype="str")
        table["note"] = pd.array(labels.note.astype(str), dtype="str")
    table["review_order"] = personal.review_order.array
    write_table(table, out, progress=None, cancel=cancel)
    return personal.results, personal
