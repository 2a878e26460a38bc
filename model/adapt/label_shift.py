"""Label shift: re-estimate one person's work share from their own unlabelled network.

The classifier's calibrated p_work assumes the work share of the contacts it was calibrated on
(the training data's, about 58 %). A real network has its own share (a recruiter's is mostly
work, a student's mostly private). Under label shift — the same contact looks the same whatever
the share, only the share differs — Bayes' rule gives the posterior for another share ``t``
from the one for the source share ``s``: the odds are multiplied by ``t/s : (1-t)/(1-s)``
(Saerens, Latinne & Decaestecker, "Adjusting the outputs of a classifier to new a priori
probabilities: a simple procedure", Neural Computation 14, 2002).

The share itself is unknown; their EM estimates it from the network's own posteriors:
E-step, adjust every p_work to the current share; M-step, the share is their mean. Here the
M-step is the MAP one under a Beta prior centred on the source share with ``strength``
pseudo-contacts (the bounded variant): a network of 20 contacts cannot run to 0 or 1, and a
network of thousands is hardly held back. Every step increases the (concave) posterior of the
share, so the iteration converges to its single maximum.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

EPS = 1e-6  # p_work is kept inside [EPS, 1 - EPS] so that every odds ratio is finite


@dataclass(frozen=True)
class ShareEstimate:
    """The outcome of :func:`estimate_share`."""

    share: float  # the estimated work share of the network
    source: float  # the share the posteriors were calibrated at
    contacts: int  # how many posteriors it was estimated from
    iterations: int
    converged: bool


def shift_posteriors(p_work, source: float, target: float) -> np.ndarray:
    """``p_work`` (calibrated at work share ``source``) re-weighted to work share ``target``.

    Both shares must lie strictly between 0 and 1. Vectorised; returns float64."""
    _check_share(source, "source")
    _check_share(target, "target")
    p = np.clip(np.asarray(p_work, dtype=np.float64), EPS, 1 - EPS)
    w1 = target / source
    w0 = (1 - target) / (1 - source)
    return w1 * p / (w1 * p + w0 * (1 - p))


def estimate_share(
    p_work,
    source: float,
    *,
    strength: float = 100.0,
    tol: float = 1e-6,
    max_iter: int = 500,
) -> ShareEstimate:
    """The MAP work share of a network from its calibrated ``p_work`` (EM of Saerens et al.).

    ``source``: the work share ``p_work`` was calibrated at; ``strength``: the Beta prior's
    weight in contacts, centred on ``source`` (0: the plain maximum-likelihood EM). The
    estimate always lies strictly between 0 and 1 when ``strength`` > 0; with no contacts it
    is ``source``. NaN posteriors (contacts not scored) are left out."""
    _check_share(source, "source")
    if strength < 0:
        raise ValueError(f"strength must be >= 0, not {strength}")
    p = np.asarray(p_work, dtype=np.float64)
    p = np.clip(p[~np.isnan(p)], EPS, 1 - EPS)
    n = len(p)
    if n == 0 or (strength == 0 and n < 1):
        return ShareEstimate(source, source, 0, 0, True)
    odds_source = source / (1 - source)
    prior = strength * source
    share = source
    for iteration in range(1, max_iter + 1):
        # E-step in odds form: adjusted p = p*r / (p*r + 1 - p), r = odds(share) / odds(source)
        r = share / (1 - share) / odds_source
        adjusted = p * r / (p * r + (1 - p))
        new = (adjusted.sum() + prior) / (n + strength)  # MAP M-step under Beta(1+κs, 1+κ(1-s))
        new = min(max(new, EPS), 1 - EPS)
        if abs(new - share) < tol:
            return ShareEstimate(float(new), source, n, iteration, True)
        share = new
    return ShareEstimate(float(share), source, n, max_iter, False)


def _check_share(value: float, name: str) -> None:
    if not 0.0 < value < 1.0:
        raise ValueError(f"the {name} work share must be between 0 and 1, not {value}")
