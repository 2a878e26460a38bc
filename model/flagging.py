"""How much to review: the model's uncertain band, or the share the person chooses.

The classifier flags the contacts whose p_work falls in its uncertain band; how many that is
depends on the network (a quarter on one export, 40 % on another). A person with an hour to
spare may rather say "the 20 % most uncertain": those are the contacts whose p_work is
closest to 0.5.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

SHARES = (0.1, 0.2, 0.3)  # the choices the app offers besides the model's band


def most_uncertain(p_work: np.ndarray, share: float) -> np.ndarray:
    """A mask of the ``share`` (0..1) of contacts whose p_work is closest to 0.5; ties go to
    the earlier row. Raises ValueError for a share outside 0..1."""
    if not 0.0 <= share <= 1.0:
        raise ValueError(f"share must be between 0 and 1, not {share}")
    p = np.asarray(p_work, dtype=np.float64)
    n = round(share * len(p))
    distance = np.abs(np.nan_to_num(p, nan=0.5) - 0.5)
    mask = np.zeros(len(p), dtype=bool)
    mask[np.argsort(distance, kind="stable")[:n]] = True
    return mask


def with_share(results: pd.DataFrame, share: float | None, band: pd.Series | None = None):
    """``results`` with ``flagged`` set to the ``share`` most uncertain (None: the model's
    band, given as ``band`` or kept as it is). Returns a new frame; the input is unchanged."""
    out = results.copy()
    if share is None:
        if band is not None:
            out["flagged"] = band.to_numpy(dtype=bool)
        return out
    out["flagged"] = most_uncertain(out["p_work"].to_numpy(), share)
    return out
