"""The ownership classifier: calibrated p_work, the attributed employer and a category.

One scikit-learn estimator, :class:`OwnershipClassifier`, does the learning on the facts that
:func:`model.features.relate.relate` derives from a contact and the owner's career. Training
and evaluation use it; the CLI and the app run :class:`model.predictor.OwnershipModel`, which
wraps it (or its compiled twin) with the card, the uncertainty band and the reasons.
"""

from __future__ import annotations

import numpy as np
from scipy import sparse
from sklearn.base import BaseEstimator, ClassifierMixin, clone
from sklearn.calibration import _SigmoidCalibration
from sklearn.compose import ColumnTransformer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import cross_val_predict
from sklearn.pipeline import Pipeline
from sklearn.utils.validation import check_is_fitted

from .features.category import consistent_categories
from .features.relate import (
    INTERACTIONS,
    NETWORK_COLUMNS,
    SCENARIO_FEATURE,
    SIGNAL_COLUMNS,
    STRUCTURE_COLUMNS,
    TIMING_COLUMNS,
)
from .features.transformers import DistinctTfidf, SignalFeatures, TimingFeatures

WORK_CATEGORIES = ("colleague", "client", "supplier", "candidate", "other work")


FEATURE_BLOCKS = ("timing", "network", "structure", "signals", "title")


def build_features(
    block_weights: dict[str, float] | None = None, structure=None
) -> ColumnTransformer:
    """The feature union: timing, company clusters, signals (with interactions) and title
    words. Company-name words are left out on purpose: held out they added nothing beyond the
    matching signals, and they are the words most specific to any one data set. Title words
    count only when several distinct titles share them (``distinct``): whole titles of the
    training generator must not become features of their own.

    ``block_weights`` (block name → factor, the others 1) multiplies a block's columns: in an
    L2-penalised regression that divides the block's effective penalty by the factor squared
    (scikit-learn's ``transformer_weights``). ``structure`` (None: none) names the columns of
    :data:`~model.features.structure.STRUCTURE_COLUMNS` the model uses: shares and percentiles
    in [0, 1], binned by quarters."""
    if block_weights:
        unknown = sorted(set(block_weights) - set(FEATURE_BLOCKS))
        if unknown:
            raise ValueError(f"unknown feature blocks {unknown}; known: {list(FEATURE_BLOCKS)}")
    structural = []
    if structure:
        unknown = sorted(set(structure) - set(STRUCTURE_COLUMNS))
        if unknown:
            raise ValueError(f"unknown structure columns {unknown}; known: {STRUCTURE_COLUMNS}")
        columns = [c for c in STRUCTURE_COLUMNS if c in set(structure)]
        structural = [("structure", TimingFeatures(edges=(0.25, 0.5, 0.75), cap=1.0), columns)]
    return ColumnTransformer(
        [
            ("timing", TimingFeatures(), TIMING_COLUMNS),
            ("network", TimingFeatures(edges=(0.5, 2.5, 9.5)), NETWORK_COLUMNS),
            *structural,
            ("signals", SignalFeatures(interactions=INTERACTIONS), SIGNAL_COLUMNS),
            (
                "title",
                DistinctTfidf(prefix="title", min_df=5, max_features=2000, distinct=True),
                "position",
            ),
        ],
        transformer_weights=dict(block_weights) if block_weights else None,
        verbose_feature_names_out=False,
    )


class OwnershipClassifier(ClassifierMixin, BaseEstimator):
    """Work-vs-private and work category from a frame of related facts (see ``relate``).

    One feature union (``features_``, a ColumnTransformer) feeds a logistic regression
    (``logistic_``; both together are the pipeline ``work_``) whose score a sigmoid
    (``calibrator_``) turns into p_work, a suggestion of work from ``threshold_`` on, and a
    multinomial regression for the work category (``category_``): the features are computed once per prediction, and both models stay
    linear, so every reason is a real term of the decision.

    ``fit(X, y, categories=None, groups=None)``: ``y`` is 1 for work, 0 for private;
    ``categories`` (work rows only matter) trains the category model; ``groups`` (one id per
    person, or per profession) keeps calibration folds apart, so no group is in both halves.

    ``by_scenario``: calibrate separately the rows whose owner gave a career and those whose
    career is inferred from the network or missing (``owner_no_career``; ``calibrator_`` and
    ``calibrator_inferred_``), chosen per row at prediction; one threshold for both. The
    share of work among contacts differs between the two, and one sigmoid fitted on their mix
    is wrong for each.

    ``weights_from_given`` (with ``by_scenario`` only; alone it changes nothing): the weights
    are learned from the rows whose owner gave a career; the others are scored by fold models
    fitted without them and serve only their scenario's calibration.

    ``C`` (0.03, strong regularisation) was chosen by cross-validation over held-out
    professions (240 training persons, 4 folds): macro-F1 0.7868 / 0.7874 / 0.7866 / 0.7856
    for C 0.03 / 0.1 / 0.5 / 2 — flat within noise, so the one-standard-error rule takes the
    strongest: a network of an unseen profession is what every real one is to the model, and
    weaker weights on generator-specific title words and signal combinations carry over better.

    ``block_weights`` (None: every block 1) gives a feature block a penalty of its own: a
    block's columns are multiplied by its factor ``w`` (see :func:`build_features`), which in
    the L2-penalised regression is a penalty divided by ``w**2`` for that block alone. The
    title words are the vocabulary of the source, the block least likely to carry over to an
    unlike network; the structural blocks (timing, network, signals) should.

    ``structure`` (None: not used) lists the structural facts of the network, relative to its
    size and habits (:mod:`model.features.structure`), that feed a block of their own.
    """

    def __init__(
        self,
        C: float = 0.03,
        category_C: float = 0.5,
        calibration: str = "sigmoid",
        cv: int = 4,
        by_scenario: bool = False,
        weights_from_given: bool = False,
        block_weights: dict[str, float] | None = None,
        structure: tuple[str, ...] | None = None,
    ):
        self.C = C
        self.category_C = category_C
        self.calibration = calibration
        self.cv = cv
        self.by_scenario = by_scenario
        self.weights_from_given = weights_from_given
        self.block_weights = block_weights
        self.structure = structure

    def __setstate__(self, state):
        # models saved before an option existed load with its default (else get_params,
        # repr and clone fail on the missing attribute)
        defaults = {
            "by_scenario": False,
            "weights_from_given": False,
            "block_weights": None,
            "structure": None,
        }
        super().__setstate__({**defaults, **state})

    def fit(self, X, y, categories=None, groups=None, sample_weight=None):
        y = np.asarray(y).astype(int)
        weights = {} if sample_weight is None else {"logistic__sample_weight": sample_weight}
        self.classes_ = np.array([0, 1])
        folds = _person_folds(groups, self.cv, len(y))
        # The whole pipeline — TF-IDF vocabulary included — is refitted inside each fold, so
        # calibration never sees scores of words it was fitted on.
        pipeline = Pipeline(
            [
                ("features", build_features(self.block_weights, self.structure)),
                ("logistic", LogisticRegression(C=self.C, max_iter=3000)),
            ]
        )
        inferred = scenario_of(X) if self.by_scenario else np.zeros(len(y), bool)
        if inferred.all():  # one scenario only: one calibrator
            inferred = np.zeros(len(y), bool)
        learn = ~inferred if self.weights_from_given and inferred.any() else None
        if learn is None:
            held_out = cross_val_predict(
                pipeline, X, y, cv=folds, method="decision_function", params=weights
            )
        else:
            held_out = _held_out_scores(pipeline, X, y, folds, sample_weight, learn)
        # Calibration and threshold are separate: p_work is calibrated on the held-out
        # scores; the work/private threshold is the one that balances errors on both sides
        # (best macro-F1) on those same scores, wherever that puts it.
        # ``sample_weight`` shapes which signals matter; p_work stays a per-contact
        # probability, so calibration and threshold count every contact the same.
        if learn is None:
            self.work_ = pipeline.fit(X, y, **weights)
        else:  # weights from given careers only; the others serve their calibration
            self.work_ = clone(pipeline).fit(
                _rows(X, learn), y[learn], **_weights_of(sample_weight, learn)
            )
        self.features_ = self.work_.named_steps["features"]
        self.logistic_ = self.work_.named_steps["logistic"]
        self.calibrator_ = _SigmoidCalibration().fit(held_out[~inferred], y[~inferred])
        self.calibrator_inferred_ = None
        if inferred.any():  # a career inferred (or none): p_work of its own
            self.calibrator_inferred_ = _SigmoidCalibration().fit(held_out[inferred], y[inferred])
            names = list(self.features_.get_feature_names_out())
            self.scenario_column_ = names.index(SCENARIO_FEATURE)
            # the column is 0/1 times its block's weight: cut halfway
            self.scenario_cut_ = 0.5 * self.column_scale()[self.scenario_column_]
        self.threshold_ = best_threshold(y, self._calibrate(held_out, inferred))
        Z = self.features_.transform(X)
        self.category_ = None
        if categories is not None:
            categories = np.asarray(categories, dtype=object)
            work = (y == 1) & np.isin(categories, WORK_CATEGORIES)
            if len(set(categories[work])) > 1:
                self.category_ = LogisticRegression(C=self.category_C, max_iter=3000).fit(
                    Z[np.flatnonzero(work)], categories[work].astype(str)
                )
        return self

    def transform_features(self, X):
        """The feature matrix (sparse) of ``X``; pass it to the ``*_z`` methods to reuse it."""
        check_is_fitted(self, "features_")
        return self.features_.transform(X)

    def column_scale(self) -> np.ndarray:
        """The factor of each feature column from ``block_weights`` (ones by default): the
        compiled twin folds it into the weights, so it computes unscaled columns."""
        check_is_fitted(self, "features_")
        width = len(self.features_.get_feature_names_out())
        scale = np.ones(width)
        for name, factor in (getattr(self, "block_weights", None) or {}).items():
            scale[self.features_.output_indices_[name]] = factor
        return scale

    def predict_proba(self, X) -> np.ndarray:
        return self.predict_proba_z(self.transform_features(X))

    def predict_proba_z(self, Z) -> np.ndarray:
        """Calibrated [p_private, p_work] of a feature matrix from :meth:`transform_features`.
        With calibration by scenario, rows whose owner has no career of their own (inferred
        or none: the ``owner_no_career`` feature) go through ``calibrator_inferred_``."""
        check_is_fitted(self, "work_")
        scores = self.logistic_.decision_function(Z)
        inferred = None
        if getattr(self, "calibrator_inferred_", None) is not None:  # older models: one
            column = Z[:, self.scenario_column_]
            inferred = np.asarray(column.todense() if sparse.issparse(column) else column)
            inferred = inferred.ravel() > getattr(self, "scenario_cut_", 0.5)
        p = np.clip(self._calibrate(scores, inferred), 0.0, 1.0)
        return np.column_stack([1 - p, p])

    def _calibrate(self, scores: np.ndarray, inferred: np.ndarray | None) -> np.ndarray:
        """p_work of decision ``scores``: the inferred-career sigmoid where ``inferred``."""
        p = self.calibrator_.predict(scores)
        own = getattr(self, "calibrator_inferred_", None)
        if own is not None and inferred is not None and inferred.any():
            p = np.where(inferred, own.predict(scores), p)
        return p

    def predict(self, X) -> np.ndarray:
        """1 (work) where p_work reaches ``threshold_``, else 0."""
        return (self.predict_proba(X)[:, 1] >= self.threshold_).astype(int)

    def predict_category(self, X) -> np.ndarray:
        """The work category of each row: the category model's choice where the facts allow
        it (see :func:`model.features.category.consistent_categories`)."""
        return consistent_categories(self.predict_category_z(self.transform_features(X)), X)

    def predict_category_z(self, Z) -> np.ndarray:
        check_is_fitted(self, "work_")
        if self.category_ is None:
            return np.full(Z.shape[0], "other work", dtype=object)
        return self.category_.predict(Z).astype(object)

    def contributions_z(self, Z) -> tuple:
        """Each feature's term in the work logit (sparse rows × features) and the names."""
        check_is_fitted(self, "work_")
        coef = self.logistic_.coef_.ravel()
        return sparse.csr_matrix(Z).multiply(coef).tocsr(), self.features_.get_feature_names_out()


def _rows(X, mask):
    return X[mask] if not hasattr(X, "iloc") else X.iloc[np.flatnonzero(mask)]


def _weights_of(sample_weight, mask) -> dict:
    return {} if sample_weight is None else {"logistic__sample_weight": sample_weight[mask]}


def _held_out_scores(pipeline, X, y, folds, sample_weight, learn) -> np.ndarray:
    """Decision scores of every row from a pipeline fitted on the other folds' ``learn`` rows."""
    scores = np.zeros(len(y))
    if isinstance(folds, int):  # no groups: the stratified folds cross_val_predict would use
        from sklearn.model_selection import check_cv

        folds = list(check_cv(folds, y, classifier=True).split(np.zeros(len(y)), y))
    for train, test in folds:
        train, test = np.sort(train), np.sort(test)
        train = train[learn[train]]
        fitted = clone(pipeline).fit(
            _rows(X, _mask(train, len(y))), y[train], **_weights_of(sample_weight, train)
        )
        scores[test] = fitted.decision_function(_rows(X, _mask(test, len(y))))
    return scores


def _mask(index, n) -> np.ndarray:
    mask = np.zeros(n, bool)
    mask[index] = True
    return mask


def scenario_of(X) -> np.ndarray:
    """True for the rows whose owner has no career of their own (inferred from the network,
    or none): the rows the inferred-career calibrator is for."""
    return np.asarray(X[SCENARIO_FEATURE], dtype=bool)


def best_threshold(y, p, lo: float = 0.3, hi: float = 0.7) -> float:
    """The p_work threshold in [lo, hi] with the best macro-F1 of ``p`` against ``y``."""
    from sklearn.metrics import f1_score

    grid = np.round(np.arange(lo, hi + 1e-9, 0.01), 2)
    scores = [f1_score(y, p >= t, average="macro") for t in grid]
    return float(grid[int(np.argmax(scores))])


def _person_folds(groups, n_splits: int, n: int):
    if groups is None:
        return n_splits
    from sklearn.model_selection import GroupKFold

    n_splits = min(n_splits, len(np.unique(groups)))  # a few persons: fewer folds
    return list(GroupKFold(n_splits=n_splits).split(np.zeros(n), groups=groups))
