"""The personal layer: a small Bayesian logistic correction of the base model's logit.

    logit p = slope · base_logit + intercept + Σ w_f · feature_f

fitted on the person's decisions by Newton's method, with Gaussian priors that hold slope at 1,
intercept and every w_f at 0: with no decisions it *is* the base model, and each prior gives
way only as far as the decisions insist. The priors differ by kind of feature (a company
shared by a handful of contacts needs little evidence; a single title word more). The terms
are then *gated*: shrunk toward the prior by a number of their posterior standard deviations
(Laplace's approximation), the slope on its own, the intercept with each row's category and
period terms per row (their sum is what moves a contact), so a shift that one decision barely
supports, such as every contact's after a single "private", moves nothing, while one that
several agreeing decisions bear out is used nearly in full. One decision thus moves what it is
evidence about (its company, its title words), and only consistent decisions move the
calibration of every contact; the gates fade out over the first 80 decisions. Plain numpy:
fitting 200 decisions takes a few milliseconds, so it can run after every decision.
"""

from __future__ import annotations

import contextlib

import numpy as np

from .inputs import PersonalInputs

# Prior precision (1/variance) per kind of term; larger holds it closer to the base model.
# Chosen on generated persons never used in training (bench/learning.py) and the hand-made
# network of a profession no model was trained on (tests/learning_networks.py), never on the
# independent generator. The gates below, not the priors, keep one decision from shaking the
# table, so the priors can be looser than before (slope 20, intercept 16, category and timing
# 8 held the shared terms so firmly that 20 consistent decisions barely moved them either).
DEFAULT_PRIORS = {
    "slope": 4.0,
    "intercept": 4.0,
    "category": 2.0,
    "timing": 2.0,
    "word": 0.5,
    "company": 0.25,
}
# How many posterior standard deviations of a term are discounted before it is used (see
# _gated). A decision is evidence about its own company and title words: those terms are used
# as fitted. The slope moves every contact at once, and one "private" on a confident "work" is,
# to a logistic fit, a surprise of several standard deviations: it is held hardest. The
# intercept, category and period terms ("shared") are gated per row, together: they are
# collinear (every row has one category and one period), so each alone is uncertain while the
# sum that moves a contact may be sure once several decisions agree.
DEFAULT_GATES = {
    "slope": 3.0,
    "shared": 0.6,
    "word": 0.0,
    "company": 0.0,
}
SHARED = ("category", "timing")  # kinds that, with the intercept, every row holds one of
# The gates narrow linearly with the number of decisions and are gone at this many: by then
# each term's posterior is narrow anyway, and the gates only held back what the decisions agree
# on (on generated persons, 80 learned more at 25-100 decisions than gates that stay).
DEFAULT_GATE_FADE = 80


def _sigmoid(x: np.ndarray) -> np.ndarray:
    return 0.5 * (1.0 + np.tanh(0.5 * x))  # stable for any x


class PersonalLayer:
    """A per-person correction of the base model, in the manner of a scikit-learn estimator.

    ``priors`` maps "slope", "intercept" and each feature kind to a prior precision;
    ``gates`` maps them to how many posterior standard deviations of a term are discounted
    before it is used (see :func:`_gated`), and ``gate_fade`` at how many decisions the gates
    are gone (0: they never fade).
    After :meth:`fit`: ``slope_``, ``intercept_``, ``coef_`` (one per feature of the inputs),
    ``n_decisions_``.
    """

    def __init__(
        self,
        priors: dict[str, float] | None = None,
        gates: dict[str, float] | None = None,
        gate_fade: int | None = None,
        max_iter: int = 30,
    ):
        self.priors = priors
        self.gates = gates
        self.gate_fade = gate_fade
        self.max_iter = max_iter

    # --- fitting ----------------------------------------------------------------------------

    def fit(self, inputs: PersonalInputs, rows, y) -> PersonalLayer:
        """Fit on decided ``rows`` of ``inputs`` with labels ``y`` (1 work, 0 private).

        Raises ValueError if rows and labels differ in length or a row is out of range."""
        rows = np.asarray(rows, dtype=np.int64).ravel()
        y = np.asarray(y, dtype=np.float64).ravel()
        if len(rows) != len(y):
            raise ValueError(f"{len(rows)} rows for {len(y)} labels")
        if len(rows) and (rows.min() < 0 or rows.max() >= len(inputs)):
            raise ValueError("a decided row is out of range")
        priors = {**DEFAULT_PRIORS, **(self.priors or {})}
        n_features = len(inputs.names)
        self.coef_ = np.zeros(n_features)
        self.slope_, self.intercept_ = 1.0, 0.0
        self.n_decisions_ = len(rows)
        self.shared_cols_ = np.zeros(0, dtype=np.int64)
        self.shared_cov_ = np.zeros((1, 1))
        self.shared_gate_ = 0.0
        if not len(rows):
            return self
        X, active = _design(inputs, rows)
        kinds = inputs.kinds[active] if len(active) else np.zeros(0, dtype=object)
        precision = np.concatenate(
            [[priors["slope"], priors["intercept"]], [priors[k] for k in kinds]]
        ).astype(np.float64)
        center = np.zeros(X.shape[1])
        center[0] = 1.0
        gate = {**DEFAULT_GATES, **(self.gates or {})}
        fade = DEFAULT_GATE_FADE if self.gate_fade is None else self.gate_fade
        narrow = max(0.0, 1.0 - len(rows) / fade) if fade > 0 else 1.0
        width = narrow * np.concatenate([[gate["slope"], 0.0], [gate.get(k, 0.0) for k in kinds]])
        # the shared block (intercept, category and timing terms) is gated per row, together
        shared = np.flatnonzero(np.isin(inputs.kinds, SHARED))
        local = np.full(n_features, -1, dtype=np.int64)
        local[active] = np.arange(len(active)) + 2
        in_fit = local[shared] >= 0
        block = np.concatenate([[1], local[shared][in_fit]]).astype(np.int64)
        with _one_blas_thread():
            w, cov = _newton(X, y, precision, center, self.max_iter, width > 0, block)
        w = _gated(w, np.sqrt(np.maximum(cov["variance"], 0.0)), center, width)
        self.slope_, self.intercept_ = float(w[0]), float(w[1])
        self.coef_[active] = w[2:]
        # posterior covariance of (intercept, every shared term); a term no decision touched
        # keeps its prior variance and no covariance with the others
        full = np.zeros((len(shared) + 1, len(shared) + 1))
        where = np.concatenate([[0], 1 + np.flatnonzero(in_fit)])
        full[np.ix_(where, where)] = cov["block"]
        untouched = 1 + np.flatnonzero(~in_fit)
        full[untouched, untouched] = [1.0 / priors[k] for k in inputs.kinds[shared[~in_fit]]]
        self.shared_cols_ = shared.astype(np.int64)
        self.shared_cov_ = full
        self.shared_gate_ = float(narrow * gate["shared"])
        return self

    # --- predicting -------------------------------------------------------------------------

    def terms(self, inputs: PersonalInputs) -> np.ndarray:
        """Per row, the sum of its feature terms as used (the part the features add to the
        logit; category and timing terms scaled by the row's gate, see :meth:`row_gate`)."""
        self._check_fitted()
        return np.bincount(inputs.rows, weights=self._pair_terms(inputs), minlength=len(inputs))

    def decision_function(self, inputs: PersonalInputs) -> np.ndarray:
        """The personal logit of every row."""
        self._check_fitted()
        gate = self.row_gate(inputs)
        return self.slope_ * inputs.logit + gate * self.intercept_ + self.terms(inputs)

    def predict_proba(self, inputs: PersonalInputs) -> np.ndarray:
        """The personal p_work of every row."""
        return _sigmoid(self.decision_function(inputs))

    def row_gate(self, inputs: PersonalInputs) -> np.ndarray:
        """Per row, the share of its shared shift (intercept + its category and timing terms)
        that is used: that shift shrunk toward 0 by ``shared_gate_`` of its posterior standard
        deviation, as a factor in [0, 1] (1 for a layer saved without the gate)."""
        self._check_fitted()
        n = len(inputs)
        cols = getattr(self, "shared_cols_", np.zeros(0, dtype=np.int64))
        gate = getattr(self, "shared_gate_", 0.0)
        if gate <= 0 or not len(cols) or len(cols) > 62:
            return np.ones(n)
        pos = np.zeros(len(inputs.names), dtype=np.int64)
        pos[cols] = np.arange(1, len(cols) + 1)
        hit = pos[inputs.cols] > 0
        shift = self.intercept_ + np.bincount(
            inputs.rows[hit], weights=self.coef_[inputs.cols[hit]], minlength=n
        )
        # rows share a handful of (category, period) patterns: one variance per pattern
        key = np.zeros(n, dtype=np.int64)
        np.add.at(key, inputs.rows[hit], np.left_shift(1, pos[inputs.cols[hit]]))
        patterns, which = np.unique(key, return_inverse=True)
        bits = (patterns[:, None] >> np.arange(1, len(cols) + 1)[None, :]) & 1
        a = np.hstack([np.ones((len(patterns), 1)), bits.astype(np.float64)])
        sd = np.sqrt(np.maximum(np.einsum("pi,ij,pj->p", a, self.shared_cov_, a), 0.0))[which]
        used = np.maximum(np.abs(shift) - gate * sd, 0.0)
        with np.errstate(divide="ignore", invalid="ignore"):
            return np.where(np.abs(shift) > 0, used / np.abs(shift), 0.0)

    def top_feature(self, inputs: PersonalInputs, rows) -> list[tuple[str, float]]:
        """For each of ``rows``: the feature name that moved it most, and its term ("", 0 if none)."""
        self._check_fitted()
        rows = np.asarray(rows, dtype=np.int64)
        best: dict[int, tuple[str, float]] = {int(r): ("", 0.0) for r in rows}
        hit = np.isin(inputs.rows, rows)
        terms = self._pair_terms(inputs)[hit]
        for r, c, term in zip(
            inputs.rows[hit].tolist(), inputs.cols[hit].tolist(), terms.tolist(), strict=True
        ):
            if abs(term) > abs(best[r][1]):
                best[r] = (str(inputs.names[c]), term)
        return [best[int(r)] for r in rows]

    def _pair_terms(self, inputs: PersonalInputs) -> np.ndarray:
        """The term of every (row, feature) pair as used: shared ones scaled by the row gate."""
        terms = self.coef_[inputs.cols]
        cols = getattr(self, "shared_cols_", np.zeros(0, dtype=np.int64))
        if len(cols):
            shared = np.isin(inputs.cols, cols)
            terms = terms.copy()
            terms[shared] *= self.row_gate(inputs)[inputs.rows[shared]]
        return terms

    def _check_fitted(self) -> None:
        if not hasattr(self, "coef_"):
            raise RuntimeError("PersonalLayer is not fitted; call fit() first")

    # --- saving as plain arrays -------------------------------------------------------------

    def to_arrays(self) -> dict[str, np.ndarray]:
        """The fitted numbers as plain arrays (for an ``.npz`` saved without pickle)."""
        self._check_fitted()
        return {
            "slope": np.array([self.slope_]),
            "intercept": np.array([self.intercept_]),
            "coef": self.coef_.astype(np.float64),
            "n_decisions": np.array([self.n_decisions_], dtype=np.int64),
            "shared_cols": np.asarray(self.shared_cols_, dtype=np.int64),
            "shared_cov": np.asarray(self.shared_cov_, dtype=np.float64),
            "shared_gate": np.array([self.shared_gate_]),
        }

    @classmethod
    def from_arrays(cls, arrays: dict[str, np.ndarray], n_features: int) -> PersonalLayer:
        """A fitted layer from :meth:`to_arrays`; ValueError if it does not fit the inputs."""
        coef = np.asarray(arrays["coef"], dtype=np.float64)
        if coef.shape != (n_features,) or not np.isfinite(coef).all():
            raise ValueError("the saved personal layer does not match these contacts")
        layer = cls()
        layer.coef_ = coef
        layer.slope_ = float(np.asarray(arrays["slope"]).ravel()[0])
        layer.intercept_ = float(np.asarray(arrays["intercept"]).ravel()[0])
        layer.n_decisions_ = int(np.asarray(arrays["n_decisions"]).ravel()[0])
        if not (np.isfinite(layer.slope_) and np.isfinite(layer.intercept_)):
            raise ValueError("the saved personal layer holds non-finite numbers")
        # a layer saved before the shared gate has none: its numbers are used as they are
        cols = np.asarray(arrays.get("shared_cols", np.zeros(0)), dtype=np.int64).ravel()
        cov = np.asarray(arrays.get("shared_cov", np.zeros((1, 1))), dtype=np.float64)
        gate = float(np.asarray(arrays.get("shared_gate", [0.0])).ravel()[0])
        if (
            cov.shape != (len(cols) + 1, len(cols) + 1)
            or (len(cols) and (cols.min() < 0 or cols.max() >= n_features))
            or not (np.isfinite(cov).all() and np.isfinite(gate))
        ):
            raise ValueError("the saved personal layer's gate does not match these contacts")
        layer.shared_cols_, layer.shared_cov_, layer.shared_gate_ = cols, cov, gate
        return layer


def _gated(w: np.ndarray, sd: np.ndarray, center: np.ndarray, width: np.ndarray) -> np.ndarray:
    """Each term shrunk toward its prior centre by ``width`` posterior standard deviations
    (soft thresholding): a term the decisions leave uncertain is not used at all, one they
    agree on is used nearly in full. Without it a single decision moves every term it
    touches a little, and a term shared by hundreds of contacts (the slope) then tips every
    contact near the threshold."""
    shift = w - center
    return center + np.sign(shift) * np.maximum(np.abs(shift) - width * sd, 0.0)


def _one_blas_thread():
    """A context in which BLAS uses one thread: on a busy laptop a multi-threaded BLAS makes
    these small solves 20-50 times slower (threads wait for each other), never faster."""
    global _CONTROLLER
    try:
        from threadpoolctl import ThreadpoolController  # comes with scikit-learn
    except ImportError:  # pragma: no cover - a build without it just runs as is
        return contextlib.nullcontext()
    if _CONTROLLER is None:
        _CONTROLLER = ThreadpoolController()
    return _CONTROLLER.limit(limits=1, user_api="blas")


_CONTROLLER = None


def _design(inputs: PersonalInputs, rows: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Dense design of the decided rows: [base logit, 1, active features]; active feature ids."""
    local = np.full(len(inputs), -1, dtype=np.int64)
    local[rows] = np.arange(len(rows))  # a row decided twice counts once (last label wins)
    hit = local[inputs.rows] >= 0
    active, col = np.unique(inputs.cols[hit], return_inverse=True)
    X = np.zeros((len(rows), 2 + len(active)))
    X[:, 0] = inputs.logit[rows]
    X[:, 1] = 1.0
    X[local[inputs.rows[hit]], 2 + col] = 1.0
    return X, active


def _newton(
    X: np.ndarray,
    y: np.ndarray,
    precision: np.ndarray,
    center: np.ndarray,
    max_iter: int,
    marginal: np.ndarray,
    block: np.ndarray,
) -> tuple[np.ndarray, dict[str, np.ndarray]]:
    """The MAP weights of a logistic regression with a Gaussian prior N(center, 1/precision),
    and parts of their posterior covariance (Laplace's approximation at the MAP): "marginal",
    a diagonal matrix of the variances of the weights where the mask ``marginal`` is set (0
    elsewhere), and "block", the covariance among the weights ``block``. Both are a handful
    of columns, so they cost little.

    Each Newton step solves (Λ + XᵀSX) δ = g through the n×n form of the Woodbury identity,
    cheap when there are more features than decisions; the n×n Gram matrix X Λ⁻¹ Xᵀ does not
    change between steps, so it is computed once."""
    w = center.copy()
    inv = 1.0 / precision
    gram = (X * inv) @ X.T
    eye = np.eye(len(y))

    def loss(w: np.ndarray) -> float:
        z = X @ w
        return float(np.sum(np.logaddexp(0, z) - y * z) + 0.5 * precision @ (w - center) ** 2)

    current = loss(w)
    for _ in range(max_iter):
        p = _sigmoid(X @ w)
        g = X.T @ (p - y) + precision * (w - center)
        s = np.sqrt(np.maximum(p * (1 - p), 1e-12))
        ig = inv * g
        v = s * np.linalg.solve(eye + s[:, None] * gram * s[None, :], s * (X @ ig))
        step = ig - inv * (X.T @ v)
        t = 1.0
        while True:  # halve the step until the loss falls (rarely needed)
            candidate = w - t * step
            new = loss(candidate)
            if new <= current + 1e-12 or t < 1e-4:
                break
            t *= 0.5
        w, done = candidate, current - new < 1e-9 * max(1.0, abs(current))
        current = new
        if done:
            break
    # (Λ + XᵀSX)⁻¹ = Λ⁻¹ − Λ⁻¹XᵀS½ M⁻¹ S½XΛ⁻¹ with M = I + S½XΛ⁻¹XᵀS½ (Woodbury)
    cols = np.union1d(np.flatnonzero(marginal), block)
    p = _sigmoid(X @ w)
    s = np.sqrt(np.maximum(p * (1 - p), 1e-12))
    B = s[:, None] * X[:, cols]
    C = np.linalg.solve(eye + s[:, None] * gram * s[None, :], B)
    sub = np.diag(inv[cols]) - inv[cols][:, None] * (B.T @ C) * inv[cols][None, :]
    at = np.searchsorted(cols, block)
    variance = np.zeros(len(w))
    variance[cols] = np.diag(sub)
    variance[~np.asarray(marginal, dtype=bool)] = 0.0
    return w, {"variance": variance, "block": sub[np.ix_(at, at)]}
