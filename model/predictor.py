"""The model a user runs: a trained classifier with its card, wrapped for classifying.

This module imports no scikit-learn: the shipped model is normally its compiled form (see
model/compiled.py), so the command line and the app start in a fraction of the time.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pandas as pd

from .adapt import ADAPT_BY_DEFAULT, LabelShiftAdapter, adaptation_reason, sample_rows
from .adapt import source_share as _source_share
from .career import Career
from .features.category import consistent_categories
from .features.relate import counted_rows, relate
from .inferred import infer_career, is_inferred
from .messages import Message
from .progress import checkpoint
from .schema import RESULT_COLUMNS, RESULT_DTYPES

DEFAULT_FLAG_BAND = (0.35, 0.65)  # flags about a quarter; outside it ~89 % are right


class OwnershipModel:
    """A trained classifier with its card: what the CLI and the app use to classify."""

    def __init__(
        self,
        estimator,
        card: dict | None = None,
        path: Path | None = None,
        *,
        adapt: bool = ADAPT_BY_DEFAULT,
    ):
        """``estimator``: a fitted OwnershipClassifier or its CompiledClassifier; ``adapt``:
        re-weight p_work to each network's own work share (model.adapt; needs the card's
        training work share, else it is not done)."""
        self.estimator = estimator
        self.card = card or {}
        self.path = path
        self.adapt = adapt

    @property
    def threshold(self) -> float:
        """The p_work from which work is suggested (chosen in training; 0.5 if not recorded)."""
        return float(getattr(self.estimator, "threshold_", 0.5))

    @property
    def uses_structure(self) -> bool:
        """Whether the model reads the network's structural facts (a ``structure`` feature
        block; :mod:`model.features.structure`), which relating then computes."""
        return uses_structure(self.estimator)

    @property
    def flag_band(self) -> tuple[float, float]:
        lo, hi = self.card.get("flag_band", DEFAULT_FLAG_BAND)
        return float(lo), float(hi)

    def classify(
        self,
        contacts: pd.DataFrame,
        career: Career,
        clients: Sequence[str] | None = None,
        *,
        flag_band=None,
        network=None,
        adaptation: LabelShiftAdapter | None = None,
        progress=None,
        cancel=None,
    ) -> pd.DataFrame:
        """Suggest work/private, employer, category and reasons for every contact.

        Returns a frame with RESULT_COLUMNS, aligned row for row with ``contacts``.
        ``network``: the :class:`~model.features.relate.NetworkFacts` of the whole export
        when ``contacts`` is one chunk of it; ``adaptation``: then the whole export's fitted
        adapter (:meth:`adapter_for`) when the model adapts, so every chunk uses one share.
        """
        from .explain import explain

        checkpoint(progress, cancel, 0.0, Message("progress.relating"))
        if len(contacts) == 0:
            return empty_results()
        if network is None:  # a chunk's career was inferred from the whole export already
            career = infer_career(contacts, career)  # the given career when it has positions
        facts = relate(contacts, career, clients, network, self.uses_structure)
        checkpoint(progress, cancel, 0.3, Message("progress.classifying"))
        Z = self.estimator.transform_features(facts)
        p_work = self.estimator.predict_proba_z(Z)[:, 1]
        if adaptation is None and network is None and self.adapt:
            adaptation = self.adapter_for(_counted(p_work, contacts)[sample_rows(len(p_work))])
        model_work = p_work >= self.threshold
        if adaptation is not None:
            p_work = adaptation.transform(p_work)
        checkpoint(progress, cancel, 0.6, Message("progress.explaining"))
        work = p_work >= self.threshold
        employer_names = np.array([p.company for p in career.positions] + [""], dtype=object)
        attributed = facts["employer_index"].to_numpy()
        if is_inferred(career):  # a guessed employer is named only for who works there
            attributed = np.where(facts["employer_match"].to_numpy() >= 0, attributed, -1)
        employer = np.where(work, employer_names[attributed], "")
        proposed = consistent_categories(self.estimator.predict_category_z(Z), facts)
        category = np.where(work, proposed, "private")
        lo, hi = flag_band or self.flag_band
        reasons = explain(self.estimator.contributions_z(Z), facts, work, career)
        if adaptation is not None:
            _say_tipped(reasons, work, model_work, adaptation)
        checkpoint(progress, cancel, 1.0, Message("progress.done"))
        return pd.DataFrame(
            {
                "suggestion": np.where(work, "work", "private").astype(object),
                "p_work": p_work.astype(np.float64),
                "employer": _texts(employer),
                "category": _texts(category),
                "flagged": (p_work >= lo) & (p_work <= hi),
                "reasons": reasons,
            },
            columns=RESULT_COLUMNS,
        )

    def adapter_for(self, p_work: np.ndarray) -> LabelShiftAdapter | None:
        """The network's adapter fitted on ``p_work`` (the model's, of the rows
        :func:`~model.adapt.sample_rows` picks), or None when the model does not adapt."""
        source = _source_share(self.card) if self.adapt else None
        if source is None:
            return None
        return LabelShiftAdapter(source).fit(p_work)

    def p_work(self, contacts: pd.DataFrame, career: Career, clients=None, network=None):
        """The model's own (unadapted) p_work of ``contacts`` for fitting :meth:`adapter_for`:
        relating and scoring only, NaN for a row the reader marked a duplicate (the share
        counts each contact once, as the network's counts do)."""
        facts = relate(contacts, career, clients, network, self.uses_structure)
        p_work = self.estimator.predict_proba_z(self.estimator.transform_features(facts))[:, 1]
        return _counted(p_work, contacts)


def _counted(p_work: np.ndarray, contacts: pd.DataFrame) -> np.ndarray:
    """``p_work`` with NaN for the rows the network's counts leave out (duplicates of an
    earlier row, :func:`~model.features.relate.counted_rows`): the adaptation's share skips
    NaN, so one person listed 30 times weighs as one contact there too."""
    keep = counted_rows(contacts)
    return p_work if keep is None else np.where(keep, p_work, np.nan)


def uses_structure(estimator) -> bool:
    """Whether ``estimator`` (an OwnershipClassifier or its compiled twin) has a
    ``structure`` feature block."""
    blocks = getattr(estimator, "blocks", None)  # the compiled twin
    if blocks is not None:
        return any(b["name"] == "structure" for b in blocks)
    return bool(getattr(estimator, "structure", None))


def _say_tipped(reasons: np.ndarray, work, model_work, adaptation: LabelShiftAdapter) -> None:
    """Put the adaptation first among the reasons of the rows it moved across the threshold:
    their other reasons argue for the side, but the model alone put them on the other."""
    tipped = np.flatnonzero(work != model_work)
    for side in ("work", "private"):
        rows = tipped[work[tipped] == (side == "work")]
        if len(rows):
            text = adaptation_reason(side, adaptation.share_, adaptation.source)
            for r in rows.tolist():
                reasons[r] = (text, *tuple(reasons[r])[:2])


def _texts(values: np.ndarray) -> np.ndarray:
    """``values`` as text for a str column: an object array of str is taken as it is (pandas
    would otherwise rebuild 30,000 strings from numpy's fixed-width copy), anything else as
    ``astype(str)``."""
    if values.dtype == object and set(map(type, values.tolist())) <= {str}:
        return values
    return values.astype(str)


def empty_results(n: int = 0) -> pd.DataFrame:
    """A result frame of ``n`` rows with RESULT_COLUMNS and their dtypes."""
    return pd.DataFrame(
        {
            c: pd.Series([None] * n, dtype=t if t != "str" else "str")
            for c, t in RESULT_DTYPES.items()
        },
        columns=RESULT_COLUMNS,
    )


def load_model(path: str | Path | None = None, *, compiled: bool = True) -> OwnershipModel:
    """The shipped model (``path=None``) or a model file; raises ModelFileError if unsafe.

    ``compiled=False`` loads the scikit-learn estimator itself (slower to import)."""
    from .persist import load_model as _load

    return _load(path, compiled=compiled)
