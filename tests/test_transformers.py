"""The feature transformers follow scikit-learn's contract and name their outputs."""

import numpy as np
import pandas as pd
import pytest
from sklearn.utils.estimator_checks import parametrize_with_checks

from model.features.transformers import DistinctTfidf, SignalFeatures, TimingFeatures


@parametrize_with_checks([TimingFeatures(), SignalFeatures(), DistinctTfidf(min_df=1)])
def test_sklearn_contract(estimator, check):
    check(estimator)


def test_timing_bins_and_names():
    X = pd.DataFrame({"months_after_job": [0.5, 5.0, 40.0, np.nan]})
    t = TimingFeatures(edges=(3, 12)).fit(X)
    names = list(t.get_feature_names_out())
    out = pd.DataFrame(t.transform(X), columns=names)
    assert names == [
        "months_after_job_known",
        "months_after_job_log",
        "months_after_job_le3",
        "months_after_job_3to12",
    ]
    assert out["months_after_job_known"].tolist() == [1, 1, 1, 0]
    assert out["months_after_job_le3"].tolist() == [1, 0, 0, 0]
    assert out["months_after_job_3to12"].tolist() == [0, 1, 0, 0]
    assert out["months_after_job_log"].iloc[3] == 0


def test_signal_interactions_are_products():
    X = pd.DataFrame({"in_job": [1.0, 1.0, 0.0], "title_client": [1.0, 0.0, 1.0]})
    s = SignalFeatures(interactions=[("in_job", "title_client")]).fit(X)
    assert list(s.get_feature_names_out()) == ["in_job", "title_client", "in_job*title_client"]
    assert s.transform(X)[:, 2].tolist() == [1.0, 0.0, 0.0]


def test_distinct_tfidf_equals_rowwise_vectorising():
    titles = pd.Series(["Inkoper", "HR Manager", "Inkoper", "", "hr manager", "Student"] * 5)
    t = DistinctTfidf(prefix="title", min_df=1).fit(titles)
    fast = t.transform(titles).toarray()
    slow = t.vectorizer_.transform(titles).toarray()
    np.testing.assert_allclose(fast, slow)
    assert "title:inkoper" in set(t.get_feature_names_out())


def test_distinct_tfidf_unfitted_raises():
    from sklearn.exceptions import NotFittedError

    with pytest.raises(NotFittedError):
        DistinctTfidf().transform(pd.Series(["x"]))
