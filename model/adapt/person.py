"""One person's adaptation, fitted on their whole network when it is classified.

An export is one person's whole network, classified at once: unlabelled data of exactly the
kind the suggestions are for. :class:`LabelShiftAdapter` estimates that network's work share
(:func:`.label_shift.estimate_share`) and re-weights every p_work to it; the work/private
threshold stays the model's, so a contact changes side only when the re-weighting moves it
across.

All contacts are used, not one share per employer period: the label-shift assumption is
about the person (how much of the network is work), the classifier's timing features already
tell periods apart, and a period holds too few contacts for a share of its own. Above
``SAMPLE_ROWS`` contacts the share is estimated on every k-th row (:func:`sample_rows`), the
same rows whether the export is classified in one pass or in chunks, so both give the same
result; 30,000 contacts pin a single share to well under a percentage point.
"""

from __future__ import annotations

import numpy as np

from .label_shift import ShareEstimate, estimate_share, shift_posteriors

SAMPLE_ROWS = 30_000  # a LinkedIn export's maximum: every contact of a real export counts
STRENGTH = 1000.0  # the share's Beta prior, in contacts (see bench/adapt.py for the choice)
# measured not to gain (bench/adapt.py, docs/model-quality.md): an option only
ADAPT_BY_DEFAULT = False


def sample_rows(n: int, limit: int | None = None) -> np.ndarray:
    """The rows of an ``n``-contact export the share is estimated on: all up to ``limit``
    (None: ``SAMPLE_ROWS``), else every k-th row (k = ceil(n / limit)), from row 0."""
    limit = SAMPLE_ROWS if limit is None else limit
    step = max(1, -(-int(n) // max(int(limit), 1)))
    return np.arange(0, int(n), step, dtype=np.int64)


class LabelShiftAdapter:
    """Re-weight calibrated p_work to the work share of the network being classified.

    ``source``: the work share the model's p_work is calibrated at (its training data's);
    ``strength``: the Beta prior on the share, in contacts. ``fit(p_work)`` estimates
    ``share_`` (and ``estimate_``) from the network's calibrated p_work; ``transform(p_work)``
    returns them re-weighted to ``share_``."""

    def __init__(self, source: float, strength: float = STRENGTH):
        self.source = source
        self.strength = strength

    def fit(self, p_work) -> LabelShiftAdapter:
        """Estimate this network's work share from its calibrated ``p_work``."""
        self.estimate_: ShareEstimate = estimate_share(p_work, self.source, strength=self.strength)
        self.share_ = self.estimate_.share
        return self

    def transform(self, p_work) -> np.ndarray:
        """``p_work`` re-weighted from the source share to the fitted one (float64)."""
        if not hasattr(self, "share_"):
            raise RuntimeError("LabelShiftAdapter.transform before fit")
        return shift_posteriors(p_work, self.source, self.share_)

    def fit_transform(self, p_work) -> np.ndarray:
        """:meth:`fit` on ``p_work`` and return it re-weighted."""
        return self.fit(p_work).transform(p_work)


def source_share(card: dict) -> float | None:
    """The work share a model's p_work is calibrated at, from its card (None: not recorded,
    so the model cannot be adapted)."""
    value = (card or {}).get("trained_on", {}).get("work_share")
    try:
        share = float(value)
    except (TypeError, ValueError):
        return None
    return share if 0.0 < share < 1.0 else None
