"""scikit-learn transformers turning relational facts into model features, with named outputs.

They follow scikit-learn's contract (``__init__`` stores arguments, ``fit`` learns attributes
ending in ``_``, ``get_feature_names_out``) so a Pipeline can cross-validate, calibrate and
persist them as one estimator, and so explanations can name every feature.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
from scipy import sparse
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.utils.validation import check_is_fitted, validate_data

from .numeric import signal_block, signal_names, timing_block, timing_names


class TimingFeatures(TransformerMixin, BaseEstimator):
    """Durations in months (NaN = does not apply) → known flag, capped log and bins.

    Each input column ``c`` yields ``c_known`` (0/1), ``c_log`` (log1p of the capped value) and
    one 0/1 column per bin of ``edges`` (e.g. "within 3 months"), so a linear model can give the
    first months after an event a weight of their own.
    """

    def __init__(self, edges=(3.0, 12.0, 36.0), cap=240.0):
        self.edges = edges
        self.cap = cap

    def __sklearn_tags__(self):
        tags = super().__sklearn_tags__()
        tags.input_tags.allow_nan = True  # NaN means "does not apply", e.g. no date
        return tags

    def fit(self, X, y=None):
        X = validate_data(self, X, ensure_all_finite="allow-nan", dtype=np.float64)
        self.edges_ = np.asarray(sorted(self.edges), dtype=float)
        return self

    def transform(self, X):
        check_is_fitted(self, "edges_")
        X = validate_data(self, X, reset=False, ensure_all_finite="allow-nan", dtype=np.float64)
        return timing_block(X, self.edges_, self.cap)

    def get_feature_names_out(self, input_features=None):
        check_is_fitted(self, "edges_")
        names = _input_names(self, input_features)
        return np.asarray(timing_names(names, self.edges_), dtype=object)


class SignalFeatures(TransformerMixin, BaseEstimator):
    """0/1 and score signals passed through as floats, plus chosen pairwise products.

    ``interactions`` lists pairs of input column names (or indices); their product lets a
    linear model say "during a job AND a client-facing title" rather than each alone.
    """

    def __init__(self, interactions=()):
        self.interactions = interactions

    def fit(self, X, y=None):
        X = validate_data(self, X, dtype=np.float64)
        names = list(_input_names(self, None))
        self.pairs_ = [(_index(names, a), _index(names, b)) for a, b in (self.interactions or ())]
        return self

    def transform(self, X):
        check_is_fitted(self, "pairs_")
        X = validate_data(self, X, reset=False, dtype=np.float64)
        return signal_block(X, self.pairs_)

    def get_feature_names_out(self, input_features=None):
        check_is_fitted(self, "pairs_")
        names = list(_input_names(self, input_features))
        return np.asarray(signal_names(names, self.pairs_), dtype=object)


class DistinctTfidf(TransformerMixin, BaseEstimator):
    """TF-IDF of one text column, vectorising each distinct value once.

    Titles and companies repeat a lot in a network, so this is several times faster than
    vectorising every row. Lower-cased word unigrams and bigrams plus ``char_wb`` n-grams
    are optional (``analyzer``); ``prefix`` names the outputs, e.g. ``title:manager``.
    With ``distinct`` the vocabulary and IDF are learned from the distinct values, so a word
    is a feature only when ``min_df`` *different* texts use it: a title repeated a thousand
    times in one data set stays one document and cannot make its own words features.
    """

    def __init__(
        self,
        prefix="text",
        analyzer="word",
        ngram_range=(1, 2),
        min_df=3,
        max_features=3000,
        sublinear_tf=True,
        distinct=False,
    ):
        self.prefix = prefix
        self.analyzer = analyzer
        self.ngram_range = ngram_range
        self.min_df = min_df
        self.max_features = max_features
        self.sublinear_tf = sublinear_tf
        self.distinct = distinct

    def __sklearn_tags__(self):
        tags = super().__sklearn_tags__()
        tags.input_tags.string = True  # text; numbers are read as their text
        tags.input_tags.allow_nan = True  # a missing value is an empty text
        return tags

    def _column(self, X, reset: bool) -> pd.Series:
        """One text per row: a column (Series or list) as it is, a 2-D table's cells joined
        by spaces. A 1-D numpy array is refused, as scikit-learn's contract asks."""
        rows_are_cells = isinstance(X, (list, tuple)) and not any(
            isinstance(v, (list, tuple, np.ndarray)) for v in X[:1]
        )
        if isinstance(X, pd.Series) or rows_are_cells:
            values = np.asarray(X, dtype=object).reshape(-1)
            return pd.Series(values).fillna("").astype(str)
        table = validate_data(
            self, X, reset=reset, dtype=None, ensure_all_finite=False, ensure_min_features=1
        )
        frame = pd.DataFrame(np.asarray(table, dtype=object)).fillna("").astype(str)
        if frame.shape[1] == 1:
            return frame.iloc[:, 0]
        return frame.agg(" ".join, axis=1)

    def fit(self, X, y=None):
        text = self._column(X, reset=True)
        self.vectorizer_ = TfidfVectorizer(
            analyzer=self.analyzer,
            ngram_range=tuple(self.ngram_range),
            min_df=self.min_df,
            max_features=self.max_features,
            sublinear_tf=self.sublinear_tf,
            lowercase=True,
            strip_accents="unicode",
            dtype=np.float64,
        )
        if self.distinct:
            text = pd.Series(text.str.strip().str.lower().unique())
        try:
            self.vectorizer_.fit(text)
        except ValueError:  # no term reaches min_df: an empty vocabulary is still a model
            self.vectorizer_ = TfidfVectorizer(min_df=1).fit(["xx"])  # default words: compilable
        return self

    def transform(self, X):
        check_is_fitted(self, "vectorizer_")
        codes, uniques = pd.factorize(self._column(X, reset=False))
        matrix = self.vectorizer_.transform(uniques.astype(str))
        return sparse.csr_matrix(matrix[codes])

    def get_feature_names_out(self, input_features=None):
        check_is_fitted(self, "vectorizer_")
        terms = self.vectorizer_.get_feature_names_out()
        return np.asarray([f"{self.prefix}:{t}" for t in terms], dtype=object)


def _input_names(est, input_features):
    if input_features is not None:
        return [str(n) for n in input_features]
    if hasattr(est, "feature_names_in_"):
        return [str(n) for n in est.feature_names_in_]
    return [f"x{i}" for i in range(est.n_features_in_)]


def _index(names, key):
    if isinstance(key, (int, np.integer)):
        return int(key)
    return names.index(key)
