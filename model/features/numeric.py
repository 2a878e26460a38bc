"""The arithmetic of the numeric feature transformers, free of scikit-learn.

The transformers (training, scikit-learn's contract) and the compiled predictor (start-up
without importing scikit-learn) both call these, so the two can never drift apart.
"""

from __future__ import annotations

import numpy as np


def timing_block(X: np.ndarray, edges: np.ndarray, cap: float) -> np.ndarray:
    """Per input column: known flag, log1p of the capped |value|, one 0/1 column per bin."""
    known = ~np.isnan(X)
    values = np.where(known, np.clip(np.abs(X), 0.0, cap), 0.0)
    blocks = [known.astype(float), np.log1p(values)]
    lower = -np.inf
    for edge in edges:
        blocks.append((known & (values > lower) & (values <= edge)).astype(float))
        lower = edge
    return np.stack(blocks, axis=2).reshape(X.shape[0], -1)  # rows × (inputs·(2 + bins))


def timing_names(names: list[str], edges: np.ndarray) -> list[str]:
    suffixes = ["known", "log"]
    lower = 0
    for edge in edges:
        suffixes.append(f"le{edge:g}" if lower == 0 else f"{lower:g}to{edge:g}")
        lower = edge
    return [f"{n}_{s}" for n in names for s in suffixes]


def signal_block(X: np.ndarray, pairs: list[tuple[int, int]]) -> np.ndarray:
    """The signals themselves followed by the product of each chosen pair."""
    if not pairs:
        return X
    return np.column_stack([X, *(X[:, a] * X[:, b] for a, b in pairs)])


def signal_names(names: list[str], pairs: list[tuple[int, int]]) -> list[str]:
    return names + [f"{names[a]}*{names[b]}" for a, b in pairs]
