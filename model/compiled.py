"""The trained classifier as plain arrays, to predict without importing scikit-learn.

A whole ``classify`` process must start, read, classify and write 30,000 contacts in about a
second and a half, and importing scikit-learn alone takes about one. So training also writes
the fitted estimator's numbers — feature settings, TF-IDF vocabulary and weights, logistic
regression coefficients, the sigmoid calibration — into an ``.npz`` file that can hold only
arrays, never code, and is checked against its format before use (model/modelfile/twin.py).
The word pattern of the text features is fixed here in code: a pattern read from a file would
be a regular expression from anywhere, run on every title. :class:`CompiledClassifier`
predicts from them with numpy exactly as the estimator does (tests/test_compiled.py checks
every row); the skops file stays the model of record. Prediction imports no scipy either:
text features are kept once per distinct string (:class:`FeatureRows`), which is all a linear
model needs.
"""

from __future__ import annotations

import json
import weakref
from pathlib import Path

import numpy as np
import pandas as pd

from .errors import ModelFileError
from .features.numeric import signal_block, timing_block
from .features.relate import SCENARIO_FEATURE
from .features.text import tfidf_distinct_rows
from .messages import Message
from .modelfile.twin import FORMAT, read_twin
from .paths import atomic_path

TOKEN_PATTERN = r"(?u)\b\w\w+\b"  # scikit-learn's default: words of two or more characters
# per classifier, per text block: each distinct text's terms, kept between the pieces of a
# large export (~two thirds of a piece's titles were in an earlier one); beside the
# classifier, not in it, so never pickled with it (to the helper process) and gone with it.
# Made at a classifier's second call: filling one costs a run of one call (30,000 contacts) ~2 ms
_TEXT_MEMOS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def compile_classifier(estimator) -> dict[str, np.ndarray]:
    """The arrays of a fitted :class:`~model.classifier.OwnershipClassifier`."""
    arrays: dict[str, np.ndarray] = {}
    blocks = []
    for name, transformer, columns in estimator.features_.transformers_:
        if name == "remainder" or transformer == "drop":
            continue
        kind = type(transformer).__name__
        block = {"name": name, "kind": kind, "columns": columns}
        block.update(_block_arrays(name, kind, transformer, arrays))
        blocks.append(block)
    lr, calibrator = estimator.logistic_, estimator.calibrator_
    if type(calibrator).__name__ != "_SigmoidCalibration":
        raise ModelFileError("<model>", Message("model.only_sigmoid"))
    # feature blocks weighted in the fit (block_weights): the twin computes unweighted
    # columns, so each weight goes into the coefficients of its columns instead
    scale = estimator.column_scale() if hasattr(estimator, "column_scale") else 1.0
    arrays.update(
        work_coef=(lr.coef_.ravel() * scale).astype(float),
        work_intercept=lr.intercept_.astype(float),
        sigmoid=np.array([calibrator.a_, calibrator.b_], dtype=float),
        threshold=np.array([getattr(estimator, "threshold_", 0.5)], dtype=float),
        feature_names=np.asarray(estimator.features_.get_feature_names_out(), dtype=str),
    )
    inferred = getattr(estimator, "calibrator_inferred_", None)
    if inferred is not None:  # calibration by scenario: the inferred-career sigmoid
        arrays["sigmoid_inferred"] = np.array([inferred.a_, inferred.b_], dtype=float)
    if estimator.category_ is not None:
        arrays.update(
            category_coef=(estimator.category_.coef_ * scale).astype(float),
            category_intercept=estimator.category_.intercept_.astype(float),
            category_classes=np.asarray(estimator.category_.classes_, dtype=str),
        )
    arrays["meta"] = np.asarray(json.dumps({"format": FORMAT, "blocks": blocks}))
    return arrays


def _block_arrays(name: str, kind: str, transformer, arrays: dict[str, np.ndarray]) -> dict:
    """Put the fitted arrays of one feature block into ``arrays`` (as ``NAME.what``); returns
    the settings its entry in the meta data carries. Raises ModelFileError for a block the
    twin cannot compute."""
    if kind == "TimingFeatures":
        arrays[f"{name}.edges"] = np.asarray(transformer.edges_, dtype=float)
        return {"cap": float(transformer.cap)}
    if kind == "SignalFeatures":
        arrays[f"{name}.pairs"] = np.asarray(transformer.pairs_, dtype=np.int64).reshape(-1, 2)
        return {}
    if kind != "DistinctTfidf":
        raise ModelFileError("<model>", Message("model.cannot_compile", kind=kind))
    v = transformer.vectorizer_
    if (
        v.analyzer != "word"
        or v.norm != "l2"
        or v.stop_words
        or v.preprocessor
        or v.tokenizer
        or v.token_pattern != TOKEN_PATTERN
    ):
        raise ModelFileError("<model>", Message("model.cannot_compile_text", name=name))
    terms = sorted(v.vocabulary_, key=v.vocabulary_.get)
    arrays[f"{name}.terms"] = np.asarray(terms, dtype=str)
    arrays[f"{name}.idf"] = np.asarray(v.idf_, dtype=float)
    return {
        "ngram_range": list(v.ngram_range),
        "lowercase": bool(v.lowercase),
        "accents": v.strip_accents == "unicode",
        "sublinear_tf": bool(v.sublinear_tf),
    }


def save_compiled(arrays: dict[str, np.ndarray], path: str | Path) -> Path:
    """Write the arrays atomically as a compressed ``.npz``."""
    path = Path(path)
    with atomic_path(path) as tmp, open(tmp, "wb") as fh:
        np.savez_compressed(fh, **arrays)
    return path


def load_compiled(path: str | Path) -> CompiledClassifier:
    """Read a compiled model; raises ModelFileError (one line naming the file) unless its size,
    arrays, shapes, dtypes, block kinds and numbers all fit the format."""
    arrays, blocks = read_twin(Path(path))
    return CompiledClassifier(arrays, blocks)


class CompiledClassifier:
    """Predicts like the fitted OwnershipClassifier it was compiled from, with numpy only."""

    def __init__(self, arrays: dict[str, np.ndarray], blocks: list[dict]):
        self.arrays = arrays
        self.blocks = blocks
        self.names = arrays["feature_names"].astype(object)
        self.vocabularies = {
            b["name"]: {t: i for i, t in enumerate(arrays[f"{b['name']}.terms"].tolist())}
            for b in blocks
            if b["kind"] == "DistinctTfidf"
        }
        self.has_category = "category_coef" in arrays
        # the work/private threshold (models before it had one decided at 0.5)
        self.threshold_ = float(arrays["threshold"][0]) if "threshold" in arrays else 0.5
        # calibration by scenario (older twins have one sigmoid for every row)
        self.scenario_column = None
        if "sigmoid_inferred" in arrays:
            self.scenario_column = self.names.tolist().index(SCENARIO_FEATURE)

    def transform_features(self, X: pd.DataFrame) -> FeatureRows:
        """The feature rows of ``X`` (see :class:`FeatureRows`) for the ``*_z`` methods."""
        rows = FeatureRows(len(X))
        memos = _TEXT_MEMOS.get(self)
        if memos is None:  # a first call: nothing to reuse yet
            _TEXT_MEMOS[self] = {}
        for b in self.blocks:
            name, cols = b["name"], b["columns"]
            if b["kind"] == "TimingFeatures":
                values = X[cols].to_numpy(dtype=np.float64)
                rows.add_dense(timing_block(values, self.arrays[f"{name}.edges"], b["cap"]))
            elif b["kind"] == "SignalFeatures":
                values = X[cols].to_numpy(dtype=np.float64)
                pairs = [tuple(p) for p in self.arrays[f"{name}.pairs"].tolist()]
                rows.add_dense(signal_block(values, pairs))
            else:
                parts = tfidf_distinct_rows(
                    X[cols],
                    self.vocabularies[name],
                    self.arrays[f"{name}.idf"],
                    token_pattern=TOKEN_PATTERN,
                    ngram_range=tuple(b["ngram_range"]),
                    lowercase=b["lowercase"],
                    accents=b["accents"],
                    sublinear_tf=b["sublinear_tf"],
                    memo=memos.setdefault(name, {}) if memos is not None else None,
                )
                rows.add_distinct(*parts, width=len(self.arrays[f"{name}.idf"]))
        return rows

    def _decision(self, Z) -> np.ndarray:
        return np.asarray(Z @ self.arrays["work_coef"]).ravel() + self.arrays["work_intercept"][0]

    def predict_proba_z(self, Z) -> np.ndarray:
        a, b = self.arrays["sigmoid"]
        if self.scenario_column is not None:  # rows without a career of their own: own sigmoid
            inferred = Z.column(self.scenario_column) > 0.5
            a_own, b_own = self.arrays["sigmoid_inferred"]
            a, b = np.where(inferred, a_own, a), np.where(inferred, b_own, b)
        with np.errstate(over="ignore"):  # exp overflow is p = 0, which is right
            p = 1.0 / (1.0 + np.exp(a * self._decision(Z) + b))  # expit(-(a·d + b))
        return np.column_stack([1 - p, p])

    def predict_proba(self, X) -> np.ndarray:
        return self.predict_proba_z(self.transform_features(X))

    def predict_category_z(self, Z) -> np.ndarray:
        if not self.has_category:
            return np.full(Z.shape[0], "other work", dtype=object)
        scores = np.asarray(Z @ self.arrays["category_coef"].T + self.arrays["category_intercept"])
        # Two classes have one row of weights, as in scikit-learn: positive means the second.
        best = (scores[:, 0] > 0).astype(int) if scores.shape[1] == 1 else scores.argmax(axis=1)
        return self.arrays["category_classes"].astype(object)[best]

    def predict_category(self, X) -> np.ndarray:
        return self.predict_category_z(self.transform_features(X))

    def contributions_z(self, Z: FeatureRows) -> tuple:
        """Each feature's term in the work logit, as rows that can be pooled (``terms @ P``),
        and the feature names."""
        return _ScaledRows(Z, self.arrays["work_coef"]), self.names


class FeatureRows:
    """A feature matrix as a linear model uses it, without scipy: dense numeric blocks, and
    text blocks held once per distinct string (CSR arrays) with each row's code.

    Supports ``Z @ W`` for a weight vector or matrix (rows × features times features × k),
    ``shape`` and ``toarray()``; blocks are laid out left to right in the order added.
    """

    def __init__(self, n: int):
        self.n = n
        self.width = 0
        self._blocks: list[tuple] = []

    @property
    def shape(self) -> tuple[int, int]:
        return self.n, self.width

    def add_dense(self, values: np.ndarray) -> None:
        self._blocks.append(("dense", self.width, np.asarray(values, dtype=np.float64)))
        self.width += values.shape[1]

    def add_distinct(self, codes, indptr, indices, data, *, width: int) -> None:
        n_unique = len(indptr) - 1
        unique_row = np.repeat(np.arange(n_unique), np.diff(indptr))
        block = (codes, unique_row, indices, data, n_unique, width)
        self._blocks.append(("distinct", self.width, block))
        self.width += width

    def __matmul__(self, weights: np.ndarray) -> np.ndarray:
        weights = np.asarray(weights, dtype=np.float64)
        matrix = weights.reshape(len(weights), -1)
        # summed transposed, each result column a contiguous row: adding a pooled group's
        # column into a rows × groups array touched every row's cache line, once per group
        # (the very same additions; the result is a transposed view, Fortran-ordered)
        out_t = np.zeros((matrix.shape[1], self.n))
        for kind, offset, block in self._blocks:
            if kind == "dense":
                _add_dense(out_t, block, matrix[offset : offset + block.shape[1]])
                continue
            codes, unique_row, indices, data, n_unique, width = block
            # only the weight columns this block touches (pooled reasons: one or two of ~40)
            used = np.flatnonzero(np.any(matrix[offset : offset + width] != 0, axis=0))
            if not len(used) or not len(data):
                continue
            w = matrix[offset + indices][:, used] * data[:, None]
            per_unique = np.column_stack(
                [
                    np.bincount(unique_row, weights=w[:, k], minlength=n_unique)
                    for k in range(len(used))
                ]
            )
            if len(used) == out_t.shape[0]:
                out_t += per_unique[codes].T
            else:
                out_t[used] += per_unique[codes].T
        return out_t[0] if weights.ndim == 1 else out_t.T

    def column(self, j: int) -> np.ndarray:
        """Feature ``j`` of every row, as a dense vector."""
        for kind, offset, block in self._blocks:
            if kind == "dense" and offset <= j < offset + block.shape[1]:
                return block[:, j - offset]
        weights = np.zeros(self.width)
        weights[j] = 1.0
        return self @ weights

    def toarray(self) -> np.ndarray:
        """The dense matrix (tests and small inputs only)."""
        out = np.zeros(self.shape)
        for kind, offset, block in self._blocks:
            if kind == "dense":
                out[:, offset : offset + block.shape[1]] = block
                continue
            codes, unique_row, indices, data, n_unique, width = block
            unique = np.zeros((n_unique, width))
            unique[unique_row, indices] = data
            out[:, offset : offset + width] = unique[codes]
        return out


def _add_dense(out_t: np.ndarray, block: np.ndarray, weights: np.ndarray) -> None:
    """``out_t += (block @ weights).T``. Pooling weights (each feature in one reason group:
    mostly zeros) are summed group by group over the features they hold, in feature order,
    instead of multiplying by every zero: on the block's used columns laid out as contiguous
    rows, with the additions numpy's ``add.reduceat`` over them would make (so the very same
    bits)."""
    rows, cols = np.nonzero(weights)
    if weights.shape[1] < 4 or len(rows) > 0.25 * weights.size:
        out_t += (block @ weights).T
        return
    if not len(rows):
        return
    order = np.argsort(cols, kind="stable")  # by group, features in their order within one
    rows, cols = rows[order], cols[order]
    used = np.unique(rows)
    columns = np.ascontiguousarray(block[:, used].T)  # one copy; each feature a row
    where = np.searchsorted(used, rows)
    starts = np.flatnonzero(np.r_[True, cols[1:] != cols[:-1]])
    weight = weights[rows, cols]
    for start, end in zip(starts.tolist(), [*starts[1:].tolist(), len(cols)], strict=True):
        terms = [columns[where[i]] * weight[i] for i in range(start, end)]
        total = terms[0] if len(terms) == 1 else terms[0] + _pairwise_sum(terms[1:])
        out_t[cols[start]] += total


def _pairwise_sum(terms: list[np.ndarray]) -> np.ndarray:
    """The sum of ``terms`` added as numpy's pairwise summation adds a contiguous run: one by
    one below eight, eight running sums combined in pairs up to 128, halves beyond."""
    n = len(terms)
    if n > 128:
        half = n // 2 - (n // 2) % 8
        return _pairwise_sum(terms[:half]) + _pairwise_sum(terms[half:])
    if n < 8:
        total = terms[0] + 0.0  # numpy starts from 0.0 (-0.0 becomes 0.0)
        for t in terms[1:]:
            total += t
        return total
    sums = [t.copy() for t in terms[:8]]
    whole = n - n % 8
    for i in range(8, whole, 8):
        for j in range(8):
            sums[j] += terms[i + j]
    total = ((sums[0] + sums[1]) + (sums[2] + sums[3])) + (
        (sums[4] + sums[5]) + (sums[6] + sums[7])
    )
    for t in terms[whole:]:
        total += t
    return total


class _ScaledRows:
    """``Z`` with each feature column multiplied by its weight, pooled lazily: ``terms @ P``
    equals ``Z @ (w[:, None] * P)`` and never builds the rows × features matrix."""

    def __init__(self, Z: FeatureRows, weights: np.ndarray):
        self.Z, self.weights = Z, weights
        self.shape = Z.shape

    def __matmul__(self, pool: np.ndarray) -> np.ndarray:
        pool = np.asarray(pool, dtype=np.float64)
        return self.Z @ (self.weights[:, None] * pool.reshape(len(pool), -1))
