"""How much to review: the model's uncertain band, or the share the person chooses.

The classifier flags the contacts whose p_work falls in its uncertain band; how many that is
depends on the network (a quarter on one export, 40 % on another). A person with an hour to
spare may rather say "the 20 % most uncertain": those are the contacts most likely to be
wrong, p_work for a private suggestion and 1 - p_work for a work one (the threshold is not
0.5, so this is not the distance from 0.5).
"""

from __future__ import annotations

import numpy as np
import pandas as pd

SHARES = (0.1, 0.2, 0.3)  # the choices the app offers besides the model's band


def most_uncertain(p_work: np.ndarray, share: float, work: np.ndarray | None = None) -> np.ndarray:
    """A mask of the ``share`` (0..1) of contacts most likely wrong: p_work where ``work``
    (the suggested side) is False, 1 - p_work where it is True; without ``work``, those
    closest to 0.5. Ties go to the earlier row. Raises ValueError for a share outside 0..1."""
    if not 0.0 <= share <= 1.0:
        raise ValueError(f"share must be between 0 and 1, not {share}")
    p = np.nan_to_num(np.asarray(p_work, dtype=np.float64), nan=0.5)
    n = round(share * len(p))
    wrong = np.minimum(p, 1.0 - p) if work is None else np.where(work, 1.0 - p, p)
    mask = np.zeros(len(p), dtype=bool)
    mask[np.argsort(-wrong, kind="stable")[:n]] = True
    return mask


def with_share(results: pd.DataFrame, share: float | None, band: pd.Series | None = None):
    """``results`` with ``flagged`` set to the ``share`` most uncertain (None: the model's
    band, given as ``band`` or kept as it is). Returns a new frame; the input is unchanged."""
    out = results.copy()
    if share is None:
        if band is not None:
            out["flagged"] = band.to_numpy(dtype=bool)
        return out
    work = (out["suggestion"] == "work").to_numpy() if "suggestion" in out else None
    out["flagged"] = most_uncertain(out["p_work"].to_numpy(), share, work)
    return out


def choose_band(y, p_work, threshold: float, *, step: float = 0.01) -> tuple[float, float]:
    """The review band by a stated rule, from held-out truth ``y`` (1 work) and ``p_work``.

    Rule: flag a contact when its suggestion is more likely wrong than the average one, so
    that the band beats reviewing the same number of contacts at random by the most
    (maximise share of errors caught − share of contacts flagged). Each side of
    ``threshold`` is chosen on its own: the low edge over the private suggestions, the high
    edge over the work ones, on a grid of ``step``. Returns (low, high) with
    low <= threshold <= high; without errors, the threshold itself on both sides."""
    y = np.asarray(y, dtype=bool)
    p = np.asarray(p_work, dtype=np.float64)
    work = p >= threshold
    wrong = work != y
    errors, n = int(wrong.sum()), len(p)
    if errors == 0 or n == 0:
        return float(threshold), float(threshold)
    grid = np.round(np.arange(0.0, 1.0 + step / 2, step), 6)
    low = _best_edge(p[~work], wrong[~work], grid[grid <= threshold], errors, n, upper=False)
    high = _best_edge(p[work], wrong[work], grid[grid >= threshold], errors, n, upper=True)
    return float(low if low is not None else threshold), float(
        high if high is not None else threshold
    )


def _best_edge(p, wrong, edges, errors: int, n: int, *, upper: bool):
    """The edge among ``edges`` that maximises caught − flagged for one side's contacts
    (flagged: p >= edge on the private side, p <= edge on the work side); None when there
    are no edges or no contacts on this side (nothing to flag: the threshold is its edge)."""
    if len(edges) == 0 or len(p) == 0:
        return None
    order = np.argsort(p, kind="stable")
    sorted_p, sorted_wrong = p[order], np.cumsum(wrong[order])
    total = sorted_wrong[-1]
    if upper:
        count = np.searchsorted(sorted_p, edges, side="right")
        caught = np.where(count > 0, sorted_wrong[np.maximum(count - 1, 0)], 0)
    else:
        below = np.searchsorted(sorted_p, edges, side="left")
        count = len(p) - below
        caught = total - np.where(below > 0, sorted_wrong[np.maximum(below - 1, 0)], 0)
    gain = caught / errors - count / n
    return edges[int(np.argmax(gain))]
