"""The feature transformers follow scikit-learn's contract and name their outputs."""

import numpy as np
import pandas as pd
import pytest
from sklearn.utils.estimator_checks import parametrize_with_checks

from model.classifier import OwnershipClassifier
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


# OwnershipClassifier learns from the frame of named facts ``relate`` derives from a contact
# and the owner's career (FEATURE_INPUT_COLUMNS: timing, signals and the title text); the
# generic checks feed anonymous numeric arrays, so every check that fits it on such an array
# cannot apply. Its parts (the transformers above, LogisticRegression, CalibratedClassifierCV)
# pass the checks themselves; the classifier's own behaviour is tested on generated persons.
_NEEDS_FACTS = "fits on relate()'s frame of named facts; the check gives an anonymous array"
_OWNERSHIP_NOT_APPLICABLE = {
    name: _NEEDS_FACTS
    for name in (
        "check_fit_score_takes_y",
        "check_estimators_overwrite_params",
        "check_dont_overwrite_parameters",
        "check_estimators_fit_returns_self",
        "check_readonly_memmap_input",
        "check_n_features_in_after_fitting",
        "check_positive_only_tag_during_fit",
        "check_estimators_dtypes",
        "check_complex_data",
        "check_dtype_object",
        "check_estimators_empty_data_messages",
        "check_pipeline_consistency",
        "check_estimators_nan_inf",
        "check_estimator_sparse_tag",
        "check_estimator_sparse_array",
        "check_estimator_sparse_matrix",
        "check_estimators_pickle",
        "check_f_contiguous_array_estimator",
        "check_classifier_data_not_an_array",
        "check_classifiers_one_label",
        "check_classifiers_train",
        "check_supervised_y_2d",
        "check_methods_sample_order_invariance",
        "check_methods_subset_invariance",
        "check_fit2d_1feature",
        "check_dict_unchanged",
        "check_fit_idempotent",
        "check_fit_check_is_fitted",
        "check_n_features_in",
        "check_fit2d_predict1d",
        "check_fit1d",
    )
}
_OWNERSHIP_NOT_APPLICABLE.update(
    {
        "check_classifiers_classes": "labels are work (1) and private (0) by design, not any "
        "class labels: the category model is a separate output",
        "check_classifiers_regression_target": _NEEDS_FACTS,
        "check_requires_y_none": _NEEDS_FACTS,
    }
)
# fit takes per-person weights (model.training.person_weights); the weight checks fit on
# anonymous arrays too. The weights themselves are tested in test_training_weights.py.
_OWNERSHIP_NOT_APPLICABLE.update(
    {
        name: _NEEDS_FACTS
        for name in (
            "check_all_zero_sample_weights_error",
            "check_classifiers_one_label_sample_weights",
            "check_sample_weight_equivalence_on_dense_data",
            "check_sample_weights_list",
            "check_sample_weights_not_an_array",
            "check_sample_weights_not_overwritten",
            "check_sample_weights_pandas_series",
            "check_sample_weights_shape",
        )
    }
)


def _ownership_expected_failures(estimator):
    return _OWNERSHIP_NOT_APPLICABLE


@parametrize_with_checks(
    [OwnershipClassifier()],
    expected_failed_checks=_ownership_expected_failures,
)
def test_ownership_classifier_contract(estimator, check):
    check(estimator)
